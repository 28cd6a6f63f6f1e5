"""Time-expression values and bounds on news phrasing (eighteenth session, values helper): sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

WEDNESDAY = "2026-12-02"  # the publication date of most cases: a Wednesday


def _timexes(text: str, dct: str = WEDNESDAY, mode: str = "news") -> dict[str, object]:
    return {t.text: t for t in tag(text, dct, mode=mode).timexes}


def _values(text: str, dct: str = WEDNESDAY) -> dict[str, str]:
    return {k: t.value for k, t in _timexes(text, dct).items()}  # type: ignore[attr-defined]


def _bounds(text: str, expression: str, dct: str = WEDNESDAY) -> tuple[object, object]:
    t = _timexes(text, dct)[expression]
    return t.earliest, t.latest  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # a half of the year after "a" and an adjective, in a sentence about a business: the half, without the article
        ("The company expects a stronger second half.", "2026-05-12", "second half", "2026-H2"),
        ("Analysts see a softer second half for the economy.", "2026-04-20", "second half", "2026-H2"),
        ("Exports had a weak first half, the ministry said.", "2026-09-15", "first half", "2026-H1"),
        ("The retailer reported a record first half for sales.", "2026-08-03", "first half", "2026-H1"),
    ],
)
def test_half_after_an_adjective(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(
    "text",
    [
        "The company's team played a better second half and won the game.",  # a match's half (the play words)
        "Box office sales fell as critics found the film had a slower second half.",
        "Sales staff waited a second half hour for the bus.",  # half an hour
        "The company expects a first half of the loan to be repaid.",  # "a first half of": no half of the year
    ],
)
def test_no_half_of_the_year(text: str) -> None:
    assert all("half" not in k for k in _values(text, "2026-05-12")), _values(text, "2026-05-12")


def test_decade_end() -> None:
    t = _timexes("Most new homes must be carbon neutral by decade's end.", "2026-05-13")["decade's end"]
    assert (t.value, t.mod.value if t.mod else None) == ("202", "END")  # type: ignore[attr-defined]
    assert (t.earliest, t.latest) == (dt.datetime(2027, 1, 1), dt.datetime(2030, 1, 1))  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # "on this day in 1996": the publication day's month and day in that year, one expression
        ("On this day in 1996, the treaty was signed.", WEDNESDAY, "this day in 1996", "1996-12-02"),
        ("The city was freed on this date in 1944.", "2026-08-25", "this date in 1944", "1944-08-25"),
        ("On this day in 2003 the bridge opened to traffic.", "2027-03-15", "this day in 2003", "2003-03-15"),
        ("On this day in 1990, the wall came down.", "2028-02-29", "this day in 1990", "1990-02-28"),  # no Feb. 29 then
    ],
)
def test_this_day_in_a_year(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


def test_this_day_alone_is_the_publication_day() -> None:
    assert _values("On this day in history, the treaty was signed.")["this day"] == WEDNESDAY


@pytest.mark.parametrize(
    "text,start,end",
    [
        # a range of clock times ending at "12 a.m." before the day written after it: the midnight that ends that day
        ("The curfew lasted from 10 p.m. to 12 a.m. on Monday.", "2026-11-30T22:00", "2026-12-01T00:00"),
        ("The bar was open from 9 p.m. until 12 a.m. on Saturday.", "2026-11-28T21:00", "2026-11-29T00:00"),
        ("Voting ran from 6 p.m. to 12 a.m. on Friday, officials said.", "2026-11-27T18:00", "2026-11-28T00:00"),
        # ... so does a later hour (since s19: the night that begins the day written, as with the midnight that ends it)
        ("The curfew lasted from 10 p.m. to 6 a.m. on Monday.", "2026-11-30T22:00", "2026-12-01T06:00"),
    ],
)
def test_range_to_midnight_ends_the_day(text: str, start: str, end: str) -> None:
    values = list(_values(text).values())
    assert values[:2] == [start, end], values


def test_midnight_alone_begins_the_day() -> None:
    assert _values("The fireworks started at 12 a.m. on Saturday.")["12 a.m."] == "2026-11-28T00:00"
    # a list of times, no range: left as before
    assert _values("Shows were at 10 p.m. and 12 a.m. on Monday.")["12 a.m."] == "2026-11-30T00:00"


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a state after a present "be" on a named day: a notice of the day ahead, not the closest day
        ("The polls are open on Sunday.", "Sunday", "2026-12-06"),
        ("The polls are open from 10 to 12 a.m. on Sunday.", "Sunday", "2026-12-06"),
        ("Polls are open between 7 a.m. and 8 p.m. on Sunday.", "Sunday", "2026-12-06"),
        ("Banks are closed on Monday for the holiday.", "Monday", "2026-12-07"),
        ("The border is shut on Tuesday, the ministry said.", "Tuesday", "2026-12-08"),
        # ... not in the past, nor when the day belongs to something else in the clause
        ("Banks were closed on Monday.", "Monday", "2026-11-30"),
        ("The road is closed after a crash on Tuesday.", "Tuesday", "2026-12-01"),
        ("Banks have been closed since Monday.", "Monday", "2026-11-30"),
    ],
)
def test_state_after_present_be_looks_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value
