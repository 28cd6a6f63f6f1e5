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


# --- a length after "within" is a time limit: from its anchor to the anchor plus the longest reading of the length


@pytest.mark.parametrize(
    "text,expression,earliest,latest",
    [
        # ahead of now (a date-only publication day: now is that whole day); "days" is 2 to 9 days, "weeks" 2 to 9 weeks
        ("A deal could come within days.", "days", "2026-12-02T00:00", "2026-12-12T00:00"),
        ("Talks may end within weeks, the envoy said.", "weeks", "2026-12-02T00:00", "2027-02-04T00:00"),
        ("The report is expected within two weeks.", "two weeks", "2026-12-02T00:00", "2026-12-17T00:00"),
        # in a past clause: from the story's day
        ("Rebels reached the city on Monday. It fell within days.", "days", "2026-11-30T00:00", "2026-12-10T00:00"),
        # no bounds: counted from an event named after it, a past clause with no time told, a clause of no known tense
        ("Rescuers arrived within minutes of the blast.", "minutes", "none", "none"),
        ("Crews will reach the site within hours of an alarm.", "hours", "none", "none"),
        ("The city fell within days.", "days", "none", "none"),
        ("He died within weeks.", "weeks", "none", "none"),
        # not a time limit: a plain length
        ("The talks could last for weeks.", "weeks", "none", "none"),
    ],
)
def test_within_is_a_time_limit(text: str, expression: str, earliest: str, latest: str) -> None:
    assert _bounds(text, expression) == (earliest, latest)


def test_within_leaves_the_event_link_from_now() -> None:
    """The time limit's bounds are the timex's; the event after it is still linked as a length from now (anchoring)."""
    from timeline import build

    events = {e.text: e for e in build("The bridge is expected to reopen within two weeks.", reference_time=WEDNESDAY).events}
    assert events["reopen"].earliest_start is not None


# --- "midweek": the middle (Tuesday to Thursday) of the week whose Wednesday the tense picks


@pytest.mark.parametrize(
    "text,dct,expression,value,earliest,latest",
    [
        ("Prices fell midweek.", MONDAY, "midweek", "2026-W49", "2026-12-01T00:00", "2026-12-04T00:00"),
        ("The council will meet mid-week.", MONDAY, "mid-week", "2026-W50", "2026-12-08T00:00", "2026-12-11T00:00"),
        ("A midweek game is planned.", MONDAY, "midweek", "2026-W50", "2026-12-08T00:00", "2026-12-11T00:00"),
        ("Shares rallied midweek, traders said.", "2026-12-11", "midweek", "2026-W50", "2026-12-08T00:00", "2026-12-11T00:00"),
        # the middle of any ISO week is its Tuesday to Thursday (it was Wednesday to Friday, the week's middle third)
        ("Talks resume in the middle of next week.", MONDAY, "the middle of next week", "2026-W51", "2026-12-15T00:00", "2026-12-18T00:00"),
    ],
)
def test_midweek(text: str, dct: str, expression: str, value: str, earliest: str, latest: str) -> None:
    t = _timexes(text, dct)[expression]
    assert (t.value, t.mod.name) == (value, "MID")  # type: ignore[attr-defined]
    assert _bounds(text, expression, dct) == (earliest, latest)


def test_midweek_with_no_date_is_some_week() -> None:
    t = {x.text: x for x in tag("Prices fell midweek.", None).timexes}["midweek"]
    assert t.value == "XXXX-WXX"


# --- "the first two weeks of October": the length (TimeML tags it apart from the period) bounded by the part it names


@pytest.mark.parametrize(
    "text,expression,earliest,latest",
    [
        ("The fair will fill the first two weeks of October.", "the first two weeks", "2027-10-01T00:00", "2027-10-15T00:00"),
        ("Sales slowed in the last ten days of June.", "the last ten days", "2026-06-21T00:00", "2026-07-01T00:00"),
        ("Profit rose in the first nine months of 2025.", "the first nine months", "2025-01-01T00:00", "2025-10-01T00:00"),
        ("Talks stalled in the final three months of last year.", "the final three months", "2025-10-01T00:00", "2026-01-01T00:00"),
        # an unknown amount: somewhere in the period
        ("Rain fell in the first few weeks of May.", "the first few weeks", "2026-05-01T00:00", "2026-06-01T00:00"),
        # unchanged: no period after it (the past two weeks up to now), or no calendar period
        ("Prices rose in the last two weeks.", "the last two weeks", "2026-11-18T00:00", "2026-12-03T00:00"),
        # (no calendar period: no bounds; the extent keeps "the first", as TimeML's does before any "of" phrase)
        ("Witnesses spoke in the first two weeks of the trial.", "the first two weeks", "none", "none"),
    ],
)
def test_part_of_a_period(text: str, expression: str, earliest: str, latest: str) -> None:
    assert _bounds(text, expression) == (earliest, latest)


def test_part_of_a_period_keeps_timeml_values() -> None:
    values = _values("The fair will fill the first two weeks of October.")
    assert values == {"the first two weeks": "P2W", "October": "2027-10"}


# --- a present span over two weekdays is not over yet


@pytest.mark.parametrize(
    "text,dct,start,end",
    [
        ("The book fair lasts from Friday to Sunday.", MONDAY, "2026-12-11", "2026-12-13"),
        # under way: this week's
        ("The fair runs from Monday to Friday.", "2026-12-09", "2026-12-07", "2026-12-11"),
        # a past range stays
        ("The fair ran from Friday to Sunday.", MONDAY, "2026-12-04", "2026-12-06"),
    ],
)
def test_present_weekday_range_is_not_over(text: str, dct: str, start: str, end: str) -> None:
    assert list(_values(text, dct).values()) == [start, end]


# --- "the first half of October": a half of the period, not its first third


@pytest.mark.parametrize(
    "text,expression,mod,earliest,latest",
    [
        ("Sales fell in the first half of October.", "the first half of October", "START", "2026-10-01T00:00", "2026-10-16T00:00"),
        ("Sales rose in the second half of May.", "the second half of May", "END", "2026-05-16T00:00", "2026-06-01T00:00"),
        ("Rents rose in the first half of the decade.", "the first half of the decade", "START", "2020-01-01T00:00", "2025-01-01T00:00"),
        # a third still: "early", "late"
        ("Sales fell in early October.", "early October", "START", "2026-10-01T00:00", "2026-10-12T00:00"),
    ],
)
def test_half_of_a_period(text: str, expression: str, mod: str, earliest: str, latest: str) -> None:
    t = _timexes(text)[expression]
    assert t.mod.name == mod  # type: ignore[attr-defined]
    assert _bounds(text, expression) == (earliest, latest)
