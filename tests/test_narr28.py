"""Narrative mode, session 28 (helper narr): focused cases of each kind of error that fresh short histories (written and
valued by hand, as a history (TIMEX2) annotator would, before the tagger was run on them) showed."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, mode: str = "narrative") -> dict[str, str]:
    return {t.text: t.value for t in tag(text, "2026-12-01", mode=mode).timexes}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a movable feast tied to Easter, written with its date: one expression (was "Sunday, 18 May 1823")
        ("The chapel at Osk was blessed on Whit Sunday, 18 May 1823.", {"Whit Sunday, 18 May 1823": "1823-05-18"}),
        # ... bare, in the story's year (Easter 1755 was 30 March: Whit Sunday 18 May, Shrove Tuesday 11 February,
        # Trinity Sunday 25 May; checked with the Gregorian computus by hand, not read off the tagger)
        ("The fair at Lenz was granted its charter in 1755. On Shrove Tuesday the weavers marched, and on Whit Sunday the "
         "bishop came.", {"Shrove Tuesday": "1755-02-11", "Whit Sunday": "1755-05-18"}),
        ("The abbey of Rell was founded in 1755. The first abbot was chosen on Trinity Sunday.", {"Trinity Sunday": "1755-05-25"}),
    ],
)
def test_movable_feasts_tied_to_easter(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a length "to the day" after what a day was told of: that very day so many years (months) on, one expression
        # (was "Twenty years" P20Y and a spurious "the day after the armistice" 1902-08-12)
        ("The armistice was signed on 11 August 1902. Twenty years to the day after the armistice, the kings met again.",
         {"Twenty years to the day after the armistice": "1922-08-11"}),
        ("The fort surrendered on 4 March 1781. Six months to the day before the surrender, the siege had begun.",
         {"Six months to the day before the surrender": "1780-09-04"}),
        # ... "after that" (a demonstrative): from the day just told
        ("The kings met at Vellin on 11 August 1922. Ten years to the day after that meeting, a storm wrecked the hall.",
         {"Ten years to the day after that": "1932-08-11"}),
    ],
)
def test_a_length_to_the_day_lands_on_the_day_it_counts_from(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected
    assert not any(k.startswith("the day") for k in values), values


def test_to_the_day_from_a_year_stays_in_years() -> None:
    """Control: counted from a time only a year long, "to the day" cannot give a day: the year it points to."""
    values = _values("The abbey was founded in 1340. Twenty years to the day after the founding, it burned.")
    assert "1360" in values.values(), values
