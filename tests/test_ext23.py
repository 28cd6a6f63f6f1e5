"""Session 23, helper ext: recognition extents on news text of my own (issue 12), beyond what a rule example carries.

Sentences written for this file; the expected extents follow the TIMEX3 guidelines (docs: shared TIMEX3 brief):
prepositions outside, determiners and the words that belong to the expression inside.
"""

from __future__ import annotations

import pytest

import timeline


def _tagged(text: str, reference: str = "2026-03-09", mode: str = "news") -> list[tuple[str, str, str]]:
    return [(t.text, t.type.value, t.value) for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


@pytest.mark.parametrize("text,extent,value", [
    ("The ferry service should resume within a week or two, the operator said.", "a week or two", "P1W"),
    ("The mayor expects a decision in a year or two.", "a year or two", "P1Y"),
    ("Crews needed an hour or two to clear the line.", "an hour or two", "PT1H"),
])
def test_a_unit_or_two_is_one_length(text: str, extent: str, value: str) -> None:
    """ "a week or two": one length (was "a week" alone), valued by its first count."""
    found = [(f[0], f[2]) for f in _tagged(text)]
    assert found == [(extent, value)]


def test_every_two_or_three_years_is_one_set() -> None:
    assert _tagged("Storms like this come every two or three years.") == [("every two or three years", "SET", "P2Y")]


@pytest.mark.parametrize("text,extent,kind,value", [
    ("The owners spent the past year and a half on repairs.", "the past year and a half", "DURATION", "P1Y6M"),
    ("The driver was first charged a year and a half ago.", "a year and a half ago", "DATE", "2024-09"),
    ("The bridge will reopen in a year and a half, the council said.", "a year and a half", "DURATION", "P1Y6M"),
])
def test_a_unit_and_a_half_stays_whole(text: str, extent: str, kind: str, value: str) -> None:
    """ "the past year and a half" was "the past year" (a DATE); "a year and a half ago" was a length without "ago"."""
    assert _tagged(text) == [(extent, kind, value)]


def test_the_past_year_alone_is_still_the_year_before() -> None:
    assert _tagged("Over the past year, sales fell.") == [("the past year", "DATE", "2025")]


@pytest.mark.parametrize("text,extent,value", [
    ("Smoke was seen late at night, police said.", "late at night", "2026-03-08TNI"),
    ("Gusts were recorded in the dead of night at the point.", "the dead of night", "2026-03-08TNI"),
    ("The fire broke out in the middle of the night on Tuesday.", "the middle of the night", "2026-03-03TNI"),
    ("The judge adjourned the hearing at lunchtime.", "lunchtime", "2026-03-09TMI"),
    ("The manager spoke at lunchtime on Friday.", "lunchtime", "2026-03-06TMI"),
])
def test_parts_of_the_night_and_day(text: str, extent: str, value: str) -> None:
    """Untagged before ("late at night", "the dead of night", "lunchtime"), or only the weekday was."""
    assert [(f[0], f[2]) for f in _tagged(text)][:1] == [(extent, value)]
    assert [f[0] for f in _tagged(text)][1:] == ([text.split(" on ")[1].rstrip(".")] if " on " in text else [])


def test_a_part_of_day_with_a_modifier_before_trading() -> None:
    """ "mid-morning trading": the time is tagged; "in morning trading" (no modifier) stays untagged, as before."""
    assert [f[0] for f in _tagged("Shares fell 8 percent in mid-morning trading on Friday.")] == ["mid-morning", "Friday"]
    assert [f[0] for f in _tagged("Shares fell 8 percent in morning trading on Friday.")] == ["Friday"]


@pytest.mark.parametrize("text,reference,value", [
    ("The chain plans to close 14 stores by the turn of the year.", "2026-11-05", "2027"),
    ("It is the fourth storm since the turn of the year.", "2027-01-12", "2027"),
])
def test_the_turn_of_the_year(text: str, reference: str, value: str) -> None:
    """ "the turn of the year": the year that begins at it, the article inside (was "the year", the current one)."""
    assert _tagged(text, reference=reference) == [("the turn of the year", "DATE", value)]


def test_turn_of_the_year_needs_its_article() -> None:
    """As a holiday of the lexicon it is no day on its own (no "Jan. 1" from "a turn of the year")."""
    found = _tagged("Markets often see a turn of the year rally.")
    assert not [f for f in found if "turn" in f[0] or f[1] == "DATE" and f[2].endswith("-01-01")]


def test_much_of_the_day() -> None:
    """The quantifier is outside, the day it takes a part of inside (was untagged)."""
    assert _tagged("The road stayed closed for much of the day, police said.", reference="2026-11-18") == [("the day", "DATE", "2026-11-18")]


def test_the_day_alone_is_not_tagged() -> None:
    assert _tagged("The day the bridge opened was cold.") == []


@pytest.mark.parametrize("text,reference,extent,value", [
    ("Marlow warned that the holiday season would be hard.", "2026-11-05", "the holiday season", "2026-12"),
    ("Sales rose over the festive season, the chain said.", "2027-01-12", "the festive season", "2026-12"),
])
def test_the_holiday_season(text: str, reference: str, extent: str, value: str) -> None:
    assert _tagged(text, reference=reference) == [(extent, "DATE", value)]


def test_in_the_next_hour() -> None:
    assert _tagged("Power should be back in the next hour, the operator said.") == [("the next hour", "DURATION", "PT1H")]


def test_the_early_hours_of_the_following_morning() -> None:
    """One expression (was "the early hours" PTXH and "the following morning")."""
    found = _tagged("The storm hit on Monday. Temperatures fell in the early hours of the following morning.", reference="2026-03-11")
    assert ("the early hours of the following morning", "TIME", "2026-03-10TMO") in found


@pytest.mark.parametrize("text,extent", [
    ("Sales fell for a fourth straight quarter, the retailer said.", "a fourth straight quarter"),
    ("The club finished third for a fourth straight year.", "a fourth straight year"),
])
def test_an_ordinal_unit_in_a_run(text: str, extent: str) -> None:
    assert [f[0] for f in _tagged(text)] == [extent]


@pytest.mark.parametrize("text", [
    "The firm won a second straight title.",
    "She was elected to a third term.",
    "It was their fifth consecutive win at home.",
])
def test_an_ordinal_without_a_run_of_time_is_no_date(text: str) -> None:
    assert _tagged(text) == []


def test_the_dead_of_winter() -> None:
    assert [f[0] for f in _tagged("In the dead of winter the lake freezes.")] == ["the dead of winter"]


def test_candlemas() -> None:
    assert _tagged("The town sleeps from Christmas to Candlemas.", reference="2026-12-28")[-1] == ("Candlemas", "DATE", "2027-02-02")


@pytest.mark.parametrize("text,extent,value", [
    ("He had been at a party until well after 2am, the court heard.", "well after 2am", "2026-03-09T02:00"),
    ("We have spent the past three and a half years fixing the business.", "the past three and a half years", "P3Y6M"),
    ("The club will start talks in the next fortnight.", "the next fortnight", "P2W"),
    ("The fog could linger until Wednesday lunchtime.", "Wednesday lunchtime", "2026-03-11TMI"),
])
def test_batch_two_extents(text: str, extent: str, value: str) -> None:
    """Second batch of my articles: each was untagged or cut short before."""
    assert [(f[0], f[2]) for f in _tagged(text)] == [(extent, value)]


def test_the_night_alone_after_other_words_stays_untagged() -> None:
    assert _tagged("The night was cold, and the events of the night shocked the town.") == []

