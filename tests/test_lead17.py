"""News values found by the lead in the seventeenth session (sentences written for these tests)."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct).timexes}


# published on Friday 17 April 2026: last week is 6-12 April, this week's Monday the 13th, next week 20-26 April
@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a weekday in another clause than the week its sentence named has its own day: the one just gone
        ("Talks stalled last week, and the union walked out on Monday.", "Monday", "2026-04-13"),
        ("The first cases were reported last week; a laboratory confirmed the cause on Tuesday.", "Tuesday", "2026-04-14"),
        ("Sales slowed last week, but the shop was busy again on Wednesday.", "Wednesday", "2026-04-15"),
        # in the week's own clause the weekday is that week's day, with or without a comma after the week
        ("Last week, on Tuesday, the board met.", "Tuesday", "2026-04-07"),
        ("Next week, the council will vote on Tuesday.", "Tuesday", "2026-04-21"),
        ("Next week the board will meet on Monday and vote on Tuesday.", "Monday", "2026-04-20"),
        ("This weekend, rain is likely on Saturday.", "Saturday", "2026-04-18"),
    ],
)
def test_weekday_in_or_out_of_the_weeks_clause(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-04-17")[expression] == value
