"""Time-expression values and bounds on news phrasing (thirty-eighth session, values helper): sentences written for these
tests.

Every expected value and bound below was worked out by hand from docs/conventions.md (weekdays checked with a calendar),
not copied from the tagger's output.  Each case asserts the value, the bounds (to the minute) and the grain."""

from __future__ import annotations

import pytest

from timeline.model import Grain

from _timelines import check_day as _day, check_timex as _check  # value, bounds and grain of one expression


# --- a noun a prefix makes of a past form ("output" = out + put, "outlet" = out + let) is no past verb: the clause's
# tense is the infinitive's ("expects output to recover in the second half": ahead)


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest",
    [
        # Wed 12 May 2027: a plan for the half still ahead, this year's second half (was 2026-H2, "output" read as past)
        ("The smelter expects output to climb in the second half.", "the second half", "2027-05-12",
         "2027-H2", "2027-07-01T00:00", "2028-01-01T00:00"),
        # Tue 9 Mar 2027: "outlet" is the noun; the plan's half lies ahead
        ("The chain plans to open its first outlet in the second half.", "the second half", "2027-03-09",
         "2027-H2", "2027-07-01T00:00", "2028-01-01T00:00"),
    ],
)
def test_prefixed_noun_is_no_past(text: str, expression: str, dct: str, value: str, earliest: str, latest: str) -> None:
    _check(text, expression, dct, value, earliest, latest, Grain.HALF)


def test_output_as_past_verb_context_unchanged() -> None:
    # Wed 12 May 2027: a real past verb in the clause still decides ("fell"): the last second half, 2026's
    _check("Output fell in the second half.", "the second half", "2027-05-12", "2026-H2", "2026-07-01T00:00",
           "2027-01-01T00:00", Grain.HALF)


# --- a bare day of the month after a month told in its own sentence takes that month when the story has since moved only
# to a coarser period ("since 2010"), not the month of a day told in an earlier sentence


def test_day_of_month_after_month_in_its_sentence() -> None:
    # Wed 13 Jan 2027: the night told first is January's; "February ... since 2015, and on the 9th" is 9 Feb 2026
    # (was 9 Jan 2027, the month of the night, a day still ahead for a past verb)
    _day("Pumps ran overnight in the flooded streets. February was the wettest month since 2015, and on the 9th the river "
         "burst its banks.", "the 9th", "2027-01-13", "2026-02-09")


def test_day_of_month_after_story_day_stays_without_month() -> None:
    # Wed 13 Jan 2027: no month in the sentence: the story's day gives January (12 Jan, a day gone for the past verb)
    _day("Pumps ran overnight in the flooded streets. The wettest spell since 2015 peaked on the 12th.", "the 12th",
         "2027-01-13", "2027-01-12")


# --- the month after "the N months to" in a report's figures is a period's end: the clause's future is the figures', not
# the period's (as for a last day, "the year to March 31"): the nearest such month


@pytest.mark.parametrize(
    "text,dct,value,earliest,latest",
    [
        # Mon 9 Nov 2026: the six months to October just over; the figures come later (was October 2027)
        ("Sales figures for the six months to October will be released on December 1.", "2026-11-09", "2026-10",
         "2026-10-01T00:00", "2026-11-01T00:00"),
        # Mon 10 Aug 2026: the nearest October is ahead
        ("Sales figures for the six months to October will be released on December 1.", "2026-08-10", "2026-10",
         "2026-10-01T00:00", "2026-11-01T00:00"),
    ],
)
def test_month_ending_reported_period_nearest(text: str, dct: str, value: str, earliest: str, latest: str) -> None:
    _check(text, "October", dct, value, earliest, latest, Grain.MONTH)


def test_month_forecast_without_figures_stays_ahead() -> None:
    # Mon 9 Nov 2026: no figures named ("Prices will rise in October"): next October
    _check("Prices will rise in October.", "October", "2026-11-09", "2027-10", "2027-10-01T00:00", "2027-11-01T00:00",
           Grain.MONTH)


# --- a freeze set to a date ("froze rents until April", "were frozen until New Year's Day") is a measure whose end lies
# ahead, as a deadline moved is


@pytest.mark.parametrize(
    "text,expression,dct,day",
    [
        # Fri 18 Dec 2026: the coming New Year's Day (was 1 Jan 2026)
        ("Parking charges were frozen until New Year's Day.", "New Year's Day", "2026-12-18", "2027-01-01"),
        # Wed 21 Oct 2026: the Friday ahead, the 23rd (was the 16th)
        ("The board froze all hiring until Friday.", "Friday", "2026-10-21", "2026-10-23"),
    ],
)
def test_freeze_until_lies_ahead(text: str, expression: str, dct: str, day: str) -> None:
    _day(text, expression, dct, day)


def test_froze_without_until_stays_past() -> None:
    # Wed 21 Oct 2026: the weather froze (no "until"): the Friday gone
    _day("The lake froze on Friday.", "Friday", "2026-10-21", "2026-10-16")


# --- the futurate present of a preview: a line-up, a training session, questions answered, a case argued on a weekday
# ahead (plural forms only right after a plural subject; object forms only with their object between)


@pytest.mark.parametrize(
    "text,expression,dct,day",
    [
        # Thu 12 Nov 2026: the Saturday ahead, the 14th (was the 7th)
        ("Cyclists line up on Saturday for the hill climb.", "Saturday", "2026-11-12", "2026-11-14"),
        # Tue 10 Nov 2026: the coming Thursday, the 12th (was the 5th)
        ("The squads train on Thursday at the national stadium.", "Thursday", "2026-11-10", "2026-11-12"),
        # Mon 9 Nov 2026: Wednesday the 11th (was the 4th)
        ("The chancellor answers questions from MPs on Wednesday.", "Wednesday", "2026-11-09", "2026-11-11"),
    ],
)
def test_preview_present_looks_ahead(text: str, expression: str, dct: str, day: str) -> None:
    _day(text, expression, dct, day)


@pytest.mark.parametrize(
    "text,expression,dct,day",
    [
        # Thu 12 Nov 2026: the nouns: "a line", "the train" name no scheduled event; the past verb decides (Sunday the 8th)
        ("Shoppers formed a line on Sunday outside the store.", "Sunday", "2026-11-12", "2026-11-08"),
        ("The train on Tuesday was cancelled.", "Tuesday", "2026-11-12", "2026-11-10"),
    ],
)
def test_preview_nouns_stay(text: str, expression: str, dct: str, day: str) -> None:
    _day(text, expression, dct, day)


# --- hedges written before a clock time, outside it ([clock_signals]): "towards" the hour before, "close to" a quarter
# either side, "just shy of" the quarter before; a number before a signal with no unit is a date's ("on May 4 towards
# midnight"), not a count of minutes ("20 minutes after 2 p.m.")


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Tue 10 Nov 2026: "towards midnight" on the 3rd: 23:00 .. 24:00 (was 23:30 .. 00:30, the "3" taken for a count)
        ("The last ferry sailed on November 3 towards midnight.", "midnight", "2026-11-10", "2026-11-03T24:00",
         "2026-11-03T23:00", "2026-11-04T00:00", Grain.PART_OF_DAY),
        # ... and with the old signals too: "nearly midnight" after the day: the quarter before (was 23:30 .. 00:30)
        ("The last ferry sailed on November 3 nearly midnight.", "midnight", "2026-11-10", "2026-11-03T24:00",
         "2026-11-03T23:45", "2026-11-04T00:00", Grain.PART_OF_DAY),
        # Tue 10 Nov 2026: "toward 6 p.m. on Friday": 17:00 .. 18:00
        ("Rain spread inland toward 6 p.m. on Friday.", "6 p.m.", "2026-11-10", "2026-11-06T18:00", "2026-11-06T17:00",
         "2026-11-06T18:00", Grain.MINUTE),
        # "at close to 9 p.m.": 20:45 .. 21:15
        ("The vote was taken on Friday at close to 9 p.m.", "9 p.m.", "2026-11-10", "2026-11-06T21:00", "2026-11-06T20:45",
         "2026-11-06T21:15", Grain.MINUTE),
        # "just shy of 10 p.m.": 21:45 .. 22:00
        ("The jury returned at just shy of 10 p.m. on Friday.", "10 p.m.", "2026-11-10", "2026-11-06T22:00",
         "2026-11-06T21:45", "2026-11-06T22:00", Grain.MINUTE),
    ],
)
def test_clock_signals_outside(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


def test_counted_minutes_before_signal_stay_minute() -> None:
    # Tue 10 Nov 2026: "20 minutes after 2 p.m." counts 20 minutes: the clock 2 p.m. keeps its minute
    _check("The train left 20 minutes after 2 p.m. on Friday.", "2 p.m.", "2026-11-10", "2026-11-06T14:00",
           "2026-11-06T14:00", "2026-11-06T14:01", Grain.MINUTE)


# --- "the same month in 2019", "the same quarter of 2024": the story's month (quarter) in the year written right after


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Tue 10 Nov 2026: the story's month is September 2026; "the same month in 2021" is September 2021 (was 2026-09)
        ("House prices fell in September, the steepest drop since the same month in 2021.", "the same month", "2026-11-10",
         "2021-09", "2021-09-01T00:00", "2021-10-01T00:00", Grain.MONTH),
        # the story's quarter is the second; "the same quarter in 2023" is 2023-Q2 ("the same quarter of 2023" is untagged: recognizer)
        ("Exports rose in the second quarter, the best result since the same quarter in 2023.", "the same quarter",
         "2026-11-10", "2023-Q2", "2023-04-01T00:00", "2023-07-01T00:00", Grain.QUARTER),
    ],
)
def test_same_period_in_year(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


def test_same_period_without_year_stays() -> None:
    # Tue 10 Nov 2026: no year after it ("in 3,000 homes" is a count): the story's September
    _check("Power failed in September. In the same month in 3,000 homes the heating broke.", "the same month", "2026-11-10",
           "2026-09", "2026-09-01T00:00", "2026-10-01T00:00", Grain.MONTH)


# --- a weekday ahead after ", and" and a pronoun subject is another clause with its own subject, as after a determiner: it
# does not follow the day ahead told before it in its sentence


def test_pronoun_clause_does_not_follow_day_ahead() -> None:
    # Thu 2 Sep 2027: the match is on Sunday the 5th; "and he will rest on Friday" is the Friday ahead, the 3rd (was the 10th)
    _day("The match will kick off at 3 p.m. on Sunday, and he will rest on Friday.", "Friday", "2027-09-02", "2027-09-03")


def test_shared_subject_still_follows_day_ahead() -> None:
    # Thu 2 Sep 2027: no subject of its own ("and end on Friday"): the Friday after that Monday (the 6th), the 10th
    _day("The strike will begin at 6 a.m. on Monday, and end on Friday.", "Friday", "2027-09-02", "2027-09-10")
