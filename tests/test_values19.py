"""Time-expression values and bounds on news phrasing (nineteenth session, values helper): sentences written for these tests."""

from __future__ import annotations

import pytest

from timeline.tagger import tag

WEDNESDAY = "2026-12-02"  # the publication date of most cases: a Wednesday
MONDAY = "2026-12-07"  # a Monday: the last Saturday is two days back, the next five days ahead


def _timexes(text: str, dct: str = WEDNESDAY, mode: str = "news") -> dict[str, object]:
    return {t.text: t for t in tag(text, dct, mode=mode).timexes}


def _values(text: str, dct: str = WEDNESDAY) -> dict[str, str]:
    return {k: t.value for k, t in _timexes(text, dct).items()}  # type: ignore[attr-defined]


def _bounds(text: str, expression: str, dct: str = WEDNESDAY) -> tuple[str, str]:
    t = _timexes(text, dct)[expression]
    earliest, latest = t.earliest, t.latest  # type: ignore[attr-defined]
    return (earliest.isoformat(timespec="minutes") if earliest else "none", latest.isoformat(timespec="minutes") if latest else "none")


# --- clock ranges before a day: the night that begins the day written after the range; a list stays on the day


@pytest.mark.parametrize(
    "text,start,end",
    [
        # a range crossing midnight with the day written after it: the night that begins that day
        ("The party ran from 9 p.m. to 2 a.m. on Friday.", "2026-11-27T21:00", "2026-11-28T02:00"),
        ("Stores stayed open between 10 p.m. and 3 a.m. on Saturday.", "2026-11-28T22:00", "2026-11-29T03:00"),
        ("The curfew lasted from 11 p.m. to 5 a.m. on Monday.", "2026-11-30T23:00", "2026-12-01T05:00"),
        # the end naming its own day ("2 a.m. Sunday"): the range began the evening before
        ("The party ran from 10 p.m. to 2 a.m. Sunday.", "2026-11-28T22:00", "2026-11-29T02:00"),
        # not crossing midnight: both on the day
        ("Polls were open from 7 a.m. to 8 p.m. on Tuesday.", "2026-12-01T07:00", "2026-12-01T20:00"),
    ],
)
def test_range_over_midnight_begins_on_the_day(text: str, start: str, end: str) -> None:
    assert list(_values(text).values())[:2] == [start, end]


@pytest.mark.parametrize(
    "text,first,second",
    [
        # a list of times joined by "and" (no "between"): each is a time of the day written after them
        ("Sirens sounded at 10 p.m. and 12 a.m. on Monday.", ("10 p.m.", "2026-11-30T22:00"), ("12 a.m.", "2026-11-30T00:00")),
        ("Flares went up at 11 p.m. and 1 a.m. on Sunday.", ("11 p.m.", "2026-11-29T23:00"), ("1 a.m.", "2026-11-29T01:00")),
    ],
)
def test_listed_times_are_on_the_day(text: str, first: tuple[str, str], second: tuple[str, str]) -> None:
    values = _values(text)
    assert values[first[0]] == first[1]
    assert values[second[0]] == second[1]


# --- a present verb of a span opening its range ("runs from", "lasts from") looks ahead


@pytest.mark.parametrize(
    "text,expression,value",
    [
        ("The curfew runs from 10 p.m. to 12 a.m. on Saturday.", "Saturday", "2026-12-12"),
        ("The curfew runs from 10 p.m. to 12 a.m. on Saturday.", "10 p.m.", "2026-12-12T22:00"),
        ("The curfew runs from 10 p.m. to 12 a.m. on Saturday.", "12 a.m.", "2026-12-13T00:00"),
        ("The book fair lasts from Friday to Sunday.", "Friday", "2026-12-11"),
        ("The book fair lasts from Friday to Sunday.", "Sunday", "2026-12-13"),
        # unchanged: the noun "runs", a past verb, a day that names a thing ("Saturday's game")
        ("He hit two home runs on Sunday.", "Sunday", "2026-12-06"),
        ("The curfew ran from 10 p.m. to 12 a.m. on Saturday.", "Saturday", "2026-12-05"),
        ("Two home runs from Saturday's game were shown again.", "Saturday", "2026-12-05"),
        # ... nor the noun after a verb and its object's determiner, or right after a past verb
        ("Traders recalled the bank runs from Saturday.", "Saturday", "2026-12-05"),
        ("She hit home runs from Saturday onward.", "Saturday", "2026-12-05"),
        # an adjective in "-ed" in the subject is no verb
        ("The extended curfew runs from 10 p.m. to 12 a.m. on Saturday.", "Saturday", "2026-12-12"),
    ],
)
def test_present_span_verb_looks_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text, MONDAY)[expression] == value
