"""Time-expression values and bounds on news phrasing (seventeenth session, values helper): sentences written for these tests."""

from __future__ import annotations

import pytest

from timeline.tagger import tag

WEDNESDAY = "2026-12-02"  # the publication date of most cases: a Wednesday


def _timexes(text: str, dct: str = WEDNESDAY, mode: str = "news") -> dict[str, object]:
    return {t.text: t for t in tag(text, dct, mode=mode).timexes}


def _values(text: str, dct: str = WEDNESDAY) -> dict[str, str]:
    return {k: t.value for k, t in _timexes(text, dct).items()}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # a yearly date right after "after" in a clause that looks ahead: one gone at most two weeks ago is meant
        ("Shops reopen after Christmas.", "2026-12-27", "Christmas", "2026-12-25"),  # a Sunday
        ("The parliament returns after Christmas.", "2026-12-29", "Christmas", "2026-12-25"),  # a Tuesday
        # (s61 recog: "the [New Year] holiday" is the holiday's day, as "the [Thanksgiving] holiday"; was "[the New Year]" 2027)
        ("Trading resumes after the New Year holiday.", "2027-01-02", "New Year", "2027-01-01"),  # a Saturday
        ("The talks resume after Easter.", "2026-04-06", "Easter", "2026-04-05"),  # Easter Monday
        ("Lawmakers will return to work following Thanksgiving.", "2026-11-30", "Thanksgiving", "2026-11-26"),
        ("Markets will reopen after Jan. 1.", "2027-01-03", "Jan. 1", "2027-01-01"),
        # ... not one gone longer ago, nor one still ahead
        ("The talks will resume after Christmas.", "2026-06-20", "Christmas", "2026-12-25"),
        ("Shops will reopen after Christmas.", "2026-12-20", "Christmas", "2026-12-25"),
        ("Lawmakers will return after Thanksgiving.", "2026-12-14", "Thanksgiving", "2027-11-25"),
        # a past clause keeps its own way
        ("Shops reopened after Christmas.", "2026-12-29", "Christmas", "2026-12-25"),
    ],
)
def test_yearly_date_after_after_in_a_clause_looking_ahead(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # a present form that is a noun too names a scheduled event when its object stands between it and the time
        ("Apple reports earnings on Thursday.", WEDNESDAY, "Thursday", "2026-12-03"),
        ("The bank reports its third-quarter results on Tuesday.", WEDNESDAY, "Tuesday", "2026-12-08"),
        ("The retailer reports quarterly results on Tuesday.", "2026-12-04", "Tuesday", "2026-12-08"),  # a Friday
        ("The ministry releases the data on Friday.", WEDNESDAY, "Friday", "2026-12-04"),
        ("The government tables the budget on Tuesday.", WEDNESDAY, "Tuesday", "2026-12-08"),
        ("The agency posts its figures on Monday.", "2026-12-03", "Monday", "2026-12-07"),  # a Thursday
        # ... not as a noun, nor in the past
        ("Media reports on Tuesday said the minister had resigned.", WEDNESDAY, "Tuesday", "2026-12-01"),
        ("Press releases on Monday gave few details.", WEDNESDAY, "Monday", "2026-11-30"),
        ("News reports of fighting on Tuesday alarmed the capital.", WEDNESDAY, "Tuesday", "2026-12-01"),
        ("Media reports from the region on Tuesday said the minister had resigned.", WEDNESDAY, "Tuesday", "2026-12-01"),
        ("Media reports on the clashes on Tuesday in the north of the country alarmed investors.", WEDNESDAY, "Tuesday", "2026-12-01"),
        ("The company reported results on Tuesday.", WEDNESDAY, "Tuesday", "2026-12-01"),
    ],
)
def test_scheduled_verb_with_object(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(
    "text,dct,expression,value,earliest,latest",
    [
        # "the night", "dawn", "dusk" alone after a word that makes them a time
        ("During the night, rebels shelled the town.", WEDNESDAY, "the night", "2026-12-01TNI", "2026-12-01T19:00", "2026-12-02T06:00"),
        ("Rescuers will work through the night to reach the village.", WEDNESDAY, "the night", "2026-12-02TNI", "2026-12-02T19:00", "2026-12-03T06:00"),
        ("At dawn, troops entered the city.", "2026-12-05", "dawn", "2026-12-05TMO", "2026-12-05T04:00", "2026-12-05T08:00"),
        ("Shops must close before dusk.", WEDNESDAY, "dusk", "2026-12-02TEV", "2026-12-02T16:00", "2026-12-02T21:00"),
        # after a day the text names, that day's night
        ("Police arrived on Monday. During the night, the crowd dispersed.", WEDNESDAY, "the night", "2026-11-30TNI", "2026-11-30T19:00", "2026-12-01T06:00"),
        ("The fire burned through the night on Sunday.", WEDNESDAY, "the night", "2026-11-29TNI", "2026-11-29T19:00", "2026-11-30T06:00"),
    ],
)
def test_night_and_dawn_alone(text: str, dct: str, expression: str, value: str, earliest: str, latest: str) -> None:
    t = _timexes(text, dct)[expression]
    assert (t.value, t.type) == (value, "TIME")  # type: ignore[attr-defined]
    assert (t.earliest.isoformat(timespec="minutes"), t.latest.isoformat(timespec="minutes")) == (earliest, latest)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "The night was cold and the roads were icy.",
        "Dawn Smith said the council would appeal.",
        "The party promised a new dawn for the region.",
        "He spent the night in a police cell.",
        "Investigators studied tapes from the night the ferry sank.",
        "Investment in H2 production rose sharply, the company said.",
        "The band played H2 at the show.",
        "Sales rose in h2, the company said.",
    ],
)
def test_not_a_time(text: str) -> None:
    assert _values(text) == {}


@pytest.mark.parametrize(
    "text,dct,expression,value,earliest",
    [
        # "H1", "H2" alone in capitals: a half of the year, its direction as "the second half"
        ("The firm expects a rebound in H2.", "2026-08-10", "H2", "2026-H2", "2026-07-01T00:00"),
        ("Sales rose in H1, the company said.", "2026-08-10", "H1", "2026-H1", "2026-01-01T00:00"),
        ("Profit fell 3 percent in H2, the group said.", "2026-03-10", "H2", "2025-H2", "2025-07-01T00:00"),
    ],
)
def test_bare_half_in_capitals(text: str, dct: str, expression: str, value: str, earliest: str) -> None:
    t = _timexes(text, dct)[expression]
    assert t.value == value  # type: ignore[attr-defined]
    assert t.earliest.isoformat(timespec="minutes") == earliest  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text,start,end",
    [
        # a range written with one "a.m." that ends at "12 a.m.": a morning, to noon (not 10 p.m. to midnight)
        # (the coming Sunday since s18: "are open" before a named day is a notice of one ahead, see test_values18)
        ("The polls are open from 10 to 12 a.m. on Sunday.", ("10", "2026-12-06T10:00"), ("12 a.m.", "2026-12-06T12:00")),
        ("The clinic was open between 9:30 and 12 a.m. on Monday.", ("9:30", "2026-11-30T09:30"), ("12 a.m.", "2026-11-30T12:00")),
    ],
)
def test_morning_range_to_twelve_am(text: str, start: tuple[str, str], end: tuple[str, str]) -> None:
    values = _values(text)
    assert values[start[0]] == start[1]
    assert values[end[0]] == end[1]


@pytest.mark.parametrize(
    "text",
    [
        # a "12 a.m." after a p.m. start, or alone, is midnight
        "The party ran from 10 p.m. to 12 a.m. on Saturday.",
        "The blast came at 12 a.m. on Monday, police said.",
        "The shop is open from 12 a.m. to 6 a.m.",
    ],
)
def test_twelve_am_alone_is_midnight(text: str) -> None:
    value = _values(text)["12 a.m."]
    assert value[-6:] in ("T00:00", "T24:00")
