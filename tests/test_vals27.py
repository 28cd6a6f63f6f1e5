"""Time-expression values on news phrasing (twenty-seventh session, values helper): sentences written for these tests.

Every expected value and bound below was worked out by hand from docs/conventions.md (weekdays checked with a calendar),
not copied from the tagger's output.  Each case asserts the value, the bounds (to the minute) and the grain."""

from __future__ import annotations

import pytest

from timeline.model import Grain

from _timelines import check_timex as _check, timex_named as _timex  # value, bounds and grain of one expression


# --- a chamber's or an official's business in the present with its object after it ("debates the bill") is a fixture
# ahead, as "reports its results on Tuesday"; the plural noun ("TV debates on Tuesday drew ...") stays the day gone


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # published Wednesday 4 Feb 2026: Tuesday 10 Feb, not 3 Feb
        ("Parliament debates the farm bill on Tuesday.", "Tuesday", "2026-02-04", "2026-02-10", "2026-02-10T00:00", "2026-02-11T00:00", Grain.DAY),
        ("The senate considers the measure on Monday.", "Monday", "2026-02-04", "2026-02-09", "2026-02-09T00:00", "2026-02-10T00:00", Grain.DAY),
        ("The president signs the bill on Friday.", "Friday", "2026-02-04", "2026-02-06", "2026-02-06T00:00", "2026-02-07T00:00", Grain.DAY),
        # a plural noun with its verb after the time: the Tuesday gone
        ("TV debates on Tuesday drew large audiences.", "Tuesday", "2026-02-04", "2026-02-03", "2026-02-03T00:00", "2026-02-04T00:00", Grain.DAY),
    ],
)
def test_business_present_looks_ahead(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a time in the subject of a present perfect (or present passive) of calling off or moving an appointment is the
# appointment, ahead; the simple past stays the day gone


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # published Wednesday 12 Aug 2026: Saturday 15 Aug
        ("Outdoor events on Saturday have been cancelled.", "Saturday", "2026-08-12", "2026-08-15", "2026-08-15T00:00", "2026-08-16T00:00", Grain.DAY),
        ("The match on Saturday has been postponed.", "Saturday", "2026-08-12", "2026-08-15", "2026-08-15T00:00", "2026-08-16T00:00", Grain.DAY),
        ("The match on Sunday is postponed.", "Sunday", "2026-08-12", "2026-08-16", "2026-08-16T00:00", "2026-08-17T00:00", Grain.DAY),
        # "suspended" before "for" as "cancelled for Thursday" (published Wednesday 4 Feb 2026: Saturday 7 Feb)
        ("Trains have been suspended for Saturday.", "Saturday", "2026-02-04", "2026-02-07", "2026-02-07T00:00", "2026-02-08T00:00", Grain.DAY),
        # the simple past: Saturday 8 Aug
        ("The match on Saturday was postponed.", "Saturday", "2026-08-12", "2026-08-08", "2026-08-08T00:00", "2026-08-09T00:00", Grain.DAY),
    ],
)
def test_appointment_called_off_ahead(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a headline's "subject to verb" with no finite verb announces what lies ahead


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # published Wednesday 9 Sep 2026: Friday 11 Sep
        ("Storm Bella to hit coast Friday\n\nForecasters expect gales.", "Friday", "2026-09-09", "2026-09-11", "2026-09-11T00:00", "2026-09-12T00:00", Grain.DAY),
        # published Wednesday 4 Feb 2026: Monday 9 Feb, an attribution after the comma allowed
        ("Rail strike to go ahead on Monday, union says", "Monday", "2026-02-04", "2026-02-09", "2026-02-09T00:00", "2026-02-10T00:00", Grain.DAY),
        # a finite verb in the clause: the Monday gone (2 Feb); a name after "to": no infinitive
        ("The road to recovery began on Monday.", "Monday", "2026-02-04", "2026-02-02", "2026-02-02T00:00", "2026-02-03T00:00", Grain.DAY),
        ("Visitors to Paris on Monday saw snow.", "Monday", "2026-02-04", "2026-02-02", "2026-02-02T00:00", "2026-02-03T00:00", Grain.DAY),
    ],
)
def test_headline_infinitive_ahead(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a length joined to the day it starts on ("for ten days from Saturday", "from Monday for two weeks") is that stretch,
# the day its first; "N days from <weekday>" after "for" is two expressions unless a setting word makes it a date


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # published Wednesday 1 Apr 2026: Saturday 4 Apr .. 14 Apr 00:00 (4th to 13th, ten days)
        ("The bridge will close for ten days from Saturday.", "ten days", "2026-04-01", "P10D", "2026-04-04T00:00", "2026-04-14T00:00", Grain.DAY),
        ("The bridge will close for ten days from Saturday.", "Saturday", "2026-04-01", "2026-04-04", "2026-04-04T00:00", "2026-04-05T00:00", Grain.DAY),
        # Monday 6 Apr .. 20 Apr
        ("Buses will be diverted from Monday for two weeks.", "two weeks", "2026-04-01", "P2W", "2026-04-06T00:00", "2026-04-20T00:00", Grain.WEEK),
        # hours from a day: from its start to its end plus the hours (Tuesday 7 Apr 00:00 .. Saturday 11 Apr 00:00)
        ("Doctors will strike for 72 hours from Tuesday.", "72 hours", "2026-04-01", "PT72H", "2026-04-07T00:00", "2026-04-11T00:00", Grain.HOUR),
        # months from a day: 1 May .. 1 Aug
        ("The show runs for three months from May 1.", "three months", "2026-04-01", "P3M", "2026-05-01T00:00", "2026-08-01T00:00", Grain.MONTH),
        # a setting word before "for": one date, a week after the coming Friday (3 Apr): 10 Apr
        ("The committee set the vote for a week from Friday.", "a week from Friday", "2026-04-01", "2026-04-10", "2026-04-10T00:00", "2026-04-11T00:00", Grain.DAY),
    ],
)
def test_length_from_its_first_day(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


def test_length_from_a_year_keeps_its_own_bounds() -> None:
    """ "for ten years from 2010": the start is no day, the length keeps what it had (no stretch from 2010)."""
    t = _timex("He has worked there for ten years from 2010.", "ten years", "2026-04-01")
    assert (t.value, t.earliest is None or t.earliest.year != 2010) == ("P10Y", True)


# --- a bare clock time in a clause not past that opens with a scheduled event an earlier sentence dated is on that day,
# not on the day told last; a day gone is recalled by no such clause, nor does a compound ("semi-finals") recall "final"


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # published Monday 18 May 2026: polls on Sunday 24 May, rallies on Friday 22 May told after them
        ("Voters in Dessa go to the polls on Sunday. Both candidates will hold rallies in the capital on Friday. Polls close at 8 p.m.",
         "8 p.m.", "2026-05-18", "2026-05-24T20:00", "2026-05-24T20:00", "2026-05-24T20:01", Grain.MINUTE),
        ("The final is on Sunday. Semi-finals are played on Wednesday and Thursday. The final kicks off at 3 p.m.",
         "3 p.m.", "2026-05-18", "2026-05-24T15:00", "2026-05-24T15:00", "2026-05-24T15:01", Grain.MINUTE),
        # a head that is no event ("The man"): the story's day, Monday 18 May
        ("Police arrested a man on Saturday. The court hearing is on Monday. The man appears at 10 a.m.",
         "10 a.m.", "2026-05-18", "2026-05-18T10:00", "2026-05-18T10:00", "2026-05-18T10:01", Grain.MINUTE),
        # a participant named near a day ahead recalls nothing: the council's Thursday (21 May), the story's day, stays
        ("The mayor opens the fair on Saturday. The council meets on Thursday. The mayor is due to speak at 7 p.m.",
         "7 p.m.", "2026-05-18", "2026-05-21T19:00", "2026-05-21T19:00", "2026-05-21T19:01", Grain.MINUTE),
        # a day gone is recalled by no clause that looks ahead: the results' Wednesday (20 May), not the exam's Saturday
        ("The exam was sat on Saturday. Results are due on Wednesday. Exam results are published at 9 a.m.",
         "9 a.m.", "2026-05-18", "2026-05-20T09:00", "2026-05-20T09:00", "2026-05-20T09:01", Grain.MINUTE),
    ],
)
def test_clock_recalls_event_day(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


# --- "the week before (after) <holiday>": one expression, the ISO week holding most of the seven days, bounded by them


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Easter 2026 is Sunday 5 April: the week after is Monday 6 to Sunday 12 April, ISO week 15
        ("A second meeting is planned for the week after Easter.", "the week after Easter", "2026-03-09", "2026-W15", "2026-04-06T00:00", "2026-04-13T00:00", Grain.WEEK),
        # Christmas 2026 is a Friday: the seven days before are 18 to 24 December, four of them in ISO week 52 (21-24)
        ("Retailers expect record trade in the last week before Christmas.", "the last week before Christmas", "2026-12-14", "2026-W52", "2026-12-18T00:00", "2026-12-25T00:00", Grain.WEEK),
        # the seven days after it, 26 December to 1 January, five of them in ISO week 53 (28 Dec - 3 Jan)
        ("Sales usually collapse in the week after Christmas.", "the week after Christmas", "2026-12-14", "2026-W53", "2026-12-26T00:00", "2027-01-02T00:00", Grain.WEEK),
    ],
)
def test_week_beside_holiday(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a time in an aside between a subject and its verb takes the verb after the aside ("Their last walkout, in March,
# shut two wards"), not a weak reading that lets the closest month win


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # published Monday 26 Oct 2026: March 2026, not the closer March 2027
        ("Their last walkout, in March, shut two wards.", "March", "2026-10-26", "2026-03", "2026-03-01T00:00", "2026-04-01T00:00", Grain.MONTH),
        # Easter 2026 (5 April), not Easter 2027
        ("The strike, at Easter, shut two wards.", "Easter", "2026-10-26", "2026-04-05", "2026-04-05T00:00", "2026-04-06T00:00", Grain.DAY),
        # the verb after the aside looks ahead: Friday 30 Oct
        ("The minister, on Friday, will visit Leeds.", "Friday", "2026-10-26", "2026-10-30", "2026-10-30T00:00", "2026-10-31T00:00", Grain.DAY),
    ],
)
def test_aside_between_subject_and_verb(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a weekday right after a fixture's noun ("the derby on Sunday") in a clause with no tense cue or a present one lies
# ahead, as "Sunday's derby" does; a past clause keeps the day gone


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # published Friday 20 Nov 2026: Sunday 22 Nov
        ("Police step up patrols before the derby on Sunday.", "Sunday", "2026-11-20", "2026-11-22", "2026-11-22T00:00", "2026-11-23T00:00", Grain.DAY),
        ("Tickets for the match on Saturday are still available.", "Saturday", "2026-11-20", "2026-11-21", "2026-11-21T00:00", "2026-11-22T00:00", Grain.DAY),
        # past: Sunday 15 Nov
        ("Fans celebrated after the derby on Sunday.", "Sunday", "2026-11-20", "2026-11-15", "2026-11-15T00:00", "2026-11-16T00:00", Grain.DAY),
    ],
)
def test_fixture_before_weekday_ahead(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)
