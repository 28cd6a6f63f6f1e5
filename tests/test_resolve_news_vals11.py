"""News values on unseen text (issue 12, eleventh session): sentences written for these tests."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct).timexes}


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # the end of a yearless range is put in its start's year after the story recorded it: what counts from it follows
        ("A hearing is set for Sept. 17-18. Aides said a deal could come the next day.", "the next day", "2026-09-19"),
        ("Talks are planned for Oct. 5-6 in Geneva, and a vote could follow the next day.", "the next day", "2026-10-07"),
    ],
)
def test_an_anaphor_counts_from_a_range_end_as_finally_read(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-03-03")[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # past a comma, a form read as past only from its "-ed" is a participle phrase, not the clause's verb
        ("The mayor will cut the ribbon on Thursday, followed by a parade through the old town.", "Thursday", "2026-10-22"),
        ("The team will hold a vote on Friday, accompanied by a review of the budget.", "Friday", "2026-10-23"),
        # ... a reporting verb there still is ("Tuesday, police said")
        ("The fire started on Thursday, police said.", "Thursday", "2026-10-15"),
        # "and" before an auxiliary opens a verb with a tense of its own
        ("The bank reported results on Tuesday and will hold a call with investors on Friday.", "Tuesday", "2026-10-20"),
        ("The bank posted results on Tuesday and will hold a call with investors on Friday.", "Friday", "2026-10-23"),
        # a past form written as the present, joined by "and" to a verb ahead, is ahead too
        ("The bank will hold rates on Nov. 6 and cut them in the spring.", "the spring", "2027-SP"),
        ("Traders expect the bank to pause in December and cut in the spring.", "the spring", "2027-SP"),
        ("The bank held rates in March and cut them in the spring.", "the spring", "2026-SP"),
        # "are planned for": a plan that stands now
        ("Talks are planned for Oct. 28 in Geneva.", "Oct. 28", "2026-10-28"),
        ("Talks are planned for Oct. 5 in Geneva.", "Oct. 5", "2027-10-05"),
    ],
)
def test_the_verb_of_its_own_clause_says_which_way(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-10-21")[expression] == value
