"""Narrative mode, session 21: six short histories written for these tests (a naturalist's life, a king's reign in the
15th century BC, a trading company of the 17th century, a crisis told day by day, a frontier city of the 6th century,
a newspaper's history), each expression's value worked out by hand as a history (TIMEX2) annotator would write it before
the tagger was run; then focused cases of each kind of error the histories showed, fixed in code and lexicon."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, mode: str = "narrative") -> dict[str, str]:
    return {t.text: t.value for t in tag(text, "2026-12-01", mode=mode).timexes}


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # "that December" after a day of April: the story's year, not the nearer December of the year before
        ("The guild was chartered on 1 April 1602. Its first caravan left that December.", "December", "1602-12"),
        ("The mill was sold in May 1771; the new owner pulled it down that November.", "November", "1771-11"),
        # ... and what counts from it follows
        ("The guild was chartered on 1 April 1602. Its first caravan left that December and came back five months later.",
         "five months later", "1603-05"),
        # without "that" the month is picked as before: here a past perfect looks back to the December before
        ("The guild was chartered on 1 April 1602. Its rivals had tried to stop it in December.", "December", "1601-12"),
    ],
)
def test_that_month_is_of_the_storys_year(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value

