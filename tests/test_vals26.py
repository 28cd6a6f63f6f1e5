"""Time-expression values on news phrasing (twenty-sixth session, values helper): sentences written for these tests.

Every expected value and bound below was worked out by hand from docs/conventions.md (weekdays checked with a calendar),
not copied from the tagger's output.  Each case asserts the value, the bounds (to the minute) and the grain."""

from __future__ import annotations

import pytest

from timeline.model import Grain
from timeline.tagger import tag

from _timelines import check_timex as _check, timex_named as _timex  # value, bounds and grain of one expression


# --- present forms of a scheduled change or honour ("becomes", "receives") look ahead, as "opens" does; a present form
# that is also a noun ("reports") looks ahead with its object after it, a hyphenated modifier included


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # published Friday 3 July 2026: 1 January 2026 is over, the law takes effect on the coming one
        ("The new tax becomes law on January 1.", "January 1", "2026-07-03", "2027-01-01", "2027-01-01T00:00", "2027-01-02T00:00", Grain.DAY),
        # published Friday 15 May 2026: Sunday 17 May ahead (not 10 May)
        ("The veteran actor receives a lifetime award on Sunday.", "Sunday", "2026-05-15", "2026-05-17", "2026-05-17T00:00", "2026-05-18T00:00", Grain.DAY),
        # published Tuesday 14 July 2026: February 2027, not the February gone
        ("The lender reports full-year results in February.", "February", "2026-07-14", "2027-02", "2027-02-01T00:00", "2027-03-01T00:00", Grain.MONTH),
        # a past form stays a past: "became law on January 1" said in July is this year's
        ("The new tax became law on January 1.", "January 1", "2026-07-03", "2026-01-01", "2026-01-01T00:00", "2026-01-02T00:00", Grain.DAY),
    ],
)
def test_scheduled_present(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


# --- an appointment called off, booked or moved, in the present perfect with "for": the appointment's day, ahead


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # published Tuesday 20 Oct 2026: Thursday 22 and Friday 23 Oct
        ("All sailings have been cancelled for Thursday and Friday.", "Thursday", "2026-10-20", "2026-10-22", "2026-10-22T00:00", "2026-10-23T00:00", Grain.DAY),
        ("All sailings have been cancelled for Thursday and Friday.", "Friday", "2026-10-20", "2026-10-23", "2026-10-23T00:00", "2026-10-24T00:00", Grain.DAY),
        ("The town hall has been booked for Saturday.", "Saturday", "2026-10-20", "2026-10-24", "2026-10-24T00:00", "2026-10-25T00:00", Grain.DAY),
        # the simple past with "on" is the day it was called off: Saturday 17 Oct
        ("The final was cancelled on Saturday.", "Saturday", "2026-10-20", "2026-10-17", "2026-10-17T00:00", "2026-10-18T00:00", Grain.DAY),
    ],
)
def test_appointment_called_off(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


# --- "the 15th" after an ordinal of a counted noun ("the second hole") counts holes, no day: not tagged


@pytest.mark.parametrize(
    "text",
    [
        "Garcia made an eagle at the second hole and took the lead on the 15th.",
        "The leader dropped back at the 20th mile. She was caught by the 24th.",
        "He crashed on the fourth lap and retired on the 9th.",
    ],
)
def test_counted_ordinal_no_day(text: str) -> None:
    assert [t.text for t in tag(text, "2026-07-20", mode="news").timexes if t.text.startswith("the ")] == []


def test_ordinal_day_still_a_day() -> None:
    # no counted noun before it: said on Monday 20 July 2026, "on the 15th" in a past clause is 15 July
    _check("The bank cut its rates on the 15th.", "the 15th", "2026-07-20", "2026-07-15", "2026-07-15T00:00", "2026-07-16T00:00", Grain.DAY)


# --- a weekday dating a trailing report after the week the clause named ("..., the agency said on Monday") is the
# report's own day, not that week's


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # published Monday 15 June 2026: the report's Monday is the publication day, not 8 June
        ("Hospital admissions doubled last week, the health agency said on Monday.", "Monday", "2026-06-15", "2026-06-15", "2026-06-15T00:00", "2026-06-16T00:00", Grain.DAY),
        # published Friday 19 June 2026: Thursday 18 June, not 11 June
        ("Sales slumped last week, the retailer announced on Thursday.", "Thursday", "2026-06-19", "2026-06-18", "2026-06-18T00:00", "2026-06-19T00:00", Grain.DAY),
        # the week's own clause after an aside keeps the week: last week's Monday, 8 June
        ("Last week, the agency said, admissions doubled on Monday.", "Monday", "2026-06-19", "2026-06-08", "2026-06-08T00:00", "2026-06-09T00:00", Grain.DAY),
    ],
)
def test_report_after_week(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a bare month in a clause carrying on a sentence opened by a season of a year ("In the summer of 1989 ..., and in
# July") is of that year


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        ("In the summer of 1989 the fair moved to the racecourse, and in July it sold out.", "July", "2026-08-12", "1989-07", "1989-07-01T00:00", "1989-08-01T00:00", Grain.MONTH),
        ("In the spring of 2011 the clinic opened a ward, and in April it hired ten nurses.", "April", "2026-10-06", "2011-04", "2011-04-01T00:00", "2011-05-01T00:00", Grain.MONTH),
    ],
)
def test_month_after_fronted_season(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a bare clock time in a future clause after a past day told takes the last day ahead the story told, not the
# publication day


def test_future_clock_after_past_day() -> None:
    # published Thursday 21 May 2026: Saturday 23 May, the fixture's day; "around" widens the minute by 30 on each side
    text = ("The champions travel to Hexford on Saturday. Their captain missed training on Wednesday. "
            "The trophy will be presented at around 5 p.m.")
    _check(text, "around 5 p.m.", "2026-05-21", "2026-05-23T17:00", "2026-05-23T16:30", "2026-05-23T17:31", Grain.MINUTE)


def test_future_clock_no_day_ahead() -> None:
    # no day ahead told: the publication day, Thursday 21 May 2026
    text = "Prices fell on Monday. The decision will be announced at 2 p.m."
    _check(text, "2 p.m.", "2026-05-21", "2026-05-21T14:00", "2026-05-21T14:00", "2026-05-21T14:01", Grain.MINUTE)


# --- "early on" / "late on" taken into a weekday's expression after a word of an unusual hour ("close early on Friday",
# "was running late on Sunday"): the whole day, as when the words stand outside the expression


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # published Monday 15 June 2026: Friday 19 June, all of it
        ("Vaccination clinics will close early on Friday.", "early on Friday", "2026-06-15", "2026-06-19", "2026-06-19T00:00", "2026-06-20T00:00", Grain.DAY),
        # Sunday 14 June, all of it (the delay's "late" stays outside the expression since session 29: [vetoes] delay)
        ("The night ferry was running late on Sunday.", "Sunday", "2026-06-15", "2026-06-14", "2026-06-14T00:00", "2026-06-15T00:00", Grain.DAY),
        # no such word: the last third of Friday 12 June, 16:00 to midnight
        ("The river burst its banks late on Friday.", "late on Friday", "2026-06-15", "2026-06-12", "2026-06-12T16:00", "2026-06-13T00:00", Grain.DAY),
        # a past of an act names the late part of the day: Thursday 11 June, 16:00 to midnight
        ("The verdict came late on Thursday.", "late on Thursday", "2026-06-15", "2026-06-11", "2026-06-11T16:00", "2026-06-12T00:00", Grain.DAY),
    ],
)
def test_unusual_hour_whole_day(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


# --- the active perfect of a scheduling word right before "in"/"on" + a time dates the forecasting or planning itself, a
# past act ("had forecast in March that ..."); what was expected ("had been expected in January") keeps its reading


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # published Tuesday 6 Oct 2026: March 2026 (March 2027 would be a forecast made in the future)
        ("The airline had forecast in March that demand would recover.", "March", "2026-10-06", "2026-03", "2026-03-01T00:00", "2026-04-01T00:00", Grain.MONTH),
        ("The brewer had expected in January to hire 200 staff.", "January", "2026-10-06", "2026-01", "2026-01-01T00:00", "2026-02-01T00:00", Grain.MONTH),
        # a passive names what was expected: either side of now, the closest, January 2027 (three months ahead, nine back)
        ("The verdict had been expected in January.", "January", "2026-10-06", "2027-01", "2027-01-01T00:00", "2027-02-01T00:00", Grain.MONTH),
    ],
)
def test_forecast_act_dated(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


# --- more programme verbs ("airs", "sits", "gets under way") and preparations or hopes for a day, in the present: ahead


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # published Wednesday 25 March 2026: Monday 30 March, Tuesday 31 March, Sunday 29 March
        ("The documentary airs on Monday.", "Monday", "2026-03-25", "2026-03-30", "2026-03-30T00:00", "2026-03-31T00:00", Grain.DAY),
        ("The appeal court sits again on Tuesday.", "Tuesday", "2026-03-25", "2026-03-31", "2026-03-31T00:00", "2026-04-01T00:00", Grain.DAY),
        ("The race gets under way at 11 a.m. on Sunday.", "Sunday", "2026-03-25", "2026-03-29", "2026-03-29T00:00", "2026-03-30T00:00", Grain.DAY),
        # preparations in the present: Sunday 29 March, not 22 March (three days back)
        ("Preparations for Sunday's marathon are in full swing.", "Sunday", "2026-03-25", "2026-03-29", "2026-03-29T00:00", "2026-03-30T00:00", Grain.DAY),
        # the past form "aired" stays a past: Monday 23 March
        ("The documentary aired on Monday.", "Monday", "2026-03-25", "2026-03-23", "2026-03-23T00:00", "2026-03-24T00:00", Grain.DAY),
    ],
)
def test_programme_and_preparations(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a month or season foreseen with "would"/"could" in a "that" clause after a report dated to a past month of its
# sentence lies ahead of the report: the first one not over when the report was made


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # published Monday 20 April 2026: the March after the February report is March 2026, not March 2027
        ("The minister said in February that prices would peak in March.", "March", "2026-04-20", "2026-03", "2026-03-01T00:00", "2026-04-01T00:00", Grain.MONTH),
        # the winter under way in January 2026 (Dec 2025 - Feb 2026), not the next one
        ("The retailer had warned in January that the winter would be weak.", "the winter", "2026-04-20", "2026-WI", "2025-12-01T00:00", "2026-03-01T00:00", Grain.SEASON),
        # a month still ahead of publication stays ahead: December 2026
        ("The firm said in February that it would expand in December.", "December", "2026-04-20", "2026-12", "2026-12-01T00:00", "2027-01-01T00:00", Grain.MONTH),
    ],
)
def test_foreseen_after_dated_report(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a bare month in a past clause in the sentence after a season of an earlier year takes that season's year (the one
# that puts the month nearest the season)


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        ("The suspect was arrested in the summer of 2003. Police questioned him for two days in August.", "August", "2026-10-13", "2003-08", "2003-08-01T00:00", "2003-09-01T00:00", Grain.MONTH),
        ("Sales slumped in the spring of 2024. Prices recovered in June.", "June", "2026-10-13", "2024-06", "2024-06-01T00:00", "2024-07-01T00:00", Grain.MONTH),
        # a month long after the season keeps its own reading: said on 11 May 2026, January 2026 (the closest gone)
        ("Asbestos was found in the summer of 2024. The contractor was fined in January.", "January", "2026-05-11", "2026-01", "2026-01-01T00:00", "2026-02-01T00:00", Grain.MONTH),
        # a season told beside another time of its sentence may be a detail: said on 4 Jan 2027, the closest December 15
        ("Last year's winner took the prize for a novel set in the winter of 1963. Entries closed on December 15.", "December 15", "2027-01-04", "2026-12-15", "2026-12-15T00:00", "2026-12-16T00:00", Grain.DAY),
        # a clause that looks ahead keeps its own reading: March 2027
        ("Floods hit the valley in the winter of 2024. The council will rebuild the bridge in March.", "March", "2026-10-13", "2027-03", "2027-03-01T00:00", "2027-04-01T00:00", Grain.MONTH),
    ],
)
def test_month_after_season_sentence(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a weekday in the subject of a present notice of an hour ("Kick-off on Sunday is at 3 p.m.") lies ahead


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # published Wednesday 13 May 2026: Sunday 17 May (not 10 May, three days back), and the clock time on it
        ("Kick-off on Sunday is at 3 p.m.", "Sunday", "2026-05-13", "2026-05-17", "2026-05-17T00:00", "2026-05-18T00:00", Grain.DAY),
        ("Kick-off on Sunday is at 3 p.m.", "3 p.m.", "2026-05-13", "2026-05-17T15:00", "2026-05-17T15:00", "2026-05-17T15:01", Grain.MINUTE),
        # no hour after the copula: a present of a day gone, Monday 11 May
        ("The attack on Monday is the third this year.", "Monday", "2026-05-13", "2026-05-11", "2026-05-11T00:00", "2026-05-12T00:00", Grain.DAY),
    ],
)
def test_subject_notice(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


# --- an appearance in court in the present is a fixture ahead, also with a participle of the subject after the time


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # published Wednesday 8 July 2026: Monday 13 July, not 6 July
        ("A man appears in court on Monday accused of fraud.", "Monday", "2026-07-08", "2026-07-13", "2026-07-13T00:00", "2026-07-14T00:00", Grain.DAY),
        ("The pair appear before magistrates on Friday.", "Friday", "2026-07-08", "2026-07-10", "2026-07-10T00:00", "2026-07-11T00:00", Grain.DAY),
        # no fixture verb before it: the past form after the time is the clause's verb, Monday 6 July
        ("Shares on Monday closed at a record.", "Monday", "2026-07-08", "2026-07-06", "2026-07-06T00:00", "2026-07-07T00:00", Grain.DAY),
    ],
)
def test_court_appearance(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a present "be" of an offer made from a day ("available", `be_states`) is a notice of a day ahead


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # published Wednesday 21 Oct 2026: Monday 26 Oct, not 19 Oct
        ("Flu jabs are available from Monday for over-65s.", "Monday", "2026-10-21", "2026-10-26", "2026-10-26T00:00", "2026-10-27T00:00", Grain.DAY),
        # the past stays a past: Monday 19 Oct
        ("Flu jabs were available from Monday.", "Monday", "2026-10-21", "2026-10-19", "2026-10-19T00:00", "2026-10-20T00:00", Grain.DAY),
    ],
)
def test_available_from(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)
