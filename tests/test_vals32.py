"""Time-expression values and bounds on news phrasing (thirty-second session, values helper): sentences written for these
tests.

Every expected value and bound below was worked out by hand from docs/conventions.md (weekdays checked with a calendar),
not copied from the tagger's output.  Each case asserts the value, the bounds (to the minute) and the grain."""

from __future__ import annotations

import pytest

from timeline.model import Grain

from _timelines import check_timex as _check  # value, bounds and grain of one expression


# --- a weekday with a day set off after it by a comma that falls on it names that day; "late"/"early" on the weekday
# bound the apposed day too


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Wed 18 Nov 2026: the past Monday alone would be 16 Nov; Nov. 9 is a Monday
        ("The board approved the merger late on Monday, Nov. 9.", "late on Monday",
         "2026-11-18", "2026-11-09", "2026-11-09T16:00", "2026-11-10T00:00", Grain.DAY),
        ("The board approved the merger late on Monday, Nov. 9.", "Nov. 9",
         "2026-11-18", "2026-11-09", "2026-11-09T16:00", "2026-11-10T00:00", Grain.DAY),
        # the Friday ahead alone is 20 Nov; the day after Thanksgiving (26 Nov) is Friday 27 Nov
        ("Malls will open at 6 a.m. on Friday, the day after Thanksgiving.", "Friday",
         "2026-11-18", "2026-11-27", "2026-11-27T00:00", "2026-11-28T00:00", Grain.DAY),
        ("The parade is on Thursday, Thanksgiving Day.", "Thursday",
         "2026-11-18", "2026-11-26", "2026-11-26T00:00", "2026-11-27T00:00", Grain.DAY),
        # "early" on the weekday: the apposed date is its first third too (00:00-08:00)
        ("Gunmen attacked the convoy early Sunday, Nov. 15.", "Nov. 15",
         "2026-11-18", "2026-11-15", "2026-11-15T00:00", "2026-11-15T08:00", Grain.DAY),
        # the date takes the year in which it falls on the weekday, as "Monday, Nov. 9" written as one does (here the same
        # year; "approved plans ... late on Monday" alone reads "plans" as a verb of intent and looks ahead, 23 Nov)
        ("Councillors approved plans for a new stadium late on Monday, Nov. 9, after a six-hour debate.", "Nov. 9",
         "2026-11-18", "2026-11-09", "2026-11-09T16:00", "2026-11-10T00:00", Grain.DAY),
        ("Councillors approved plans for a new stadium late on Monday, Nov. 9, after a six-hour debate.", "late on Monday",
         "2026-11-18", "2026-11-09", "2026-11-09T16:00", "2026-11-10T00:00", Grain.DAY),
        # control: Nov. 11 is a Monday in none of 2025-2027: no apposition, the past Monday (16 Nov) and a whole 11 Nov
        ("The board approved the merger late on Monday, Nov. 11.", "late on Monday",
         "2026-11-18", "2026-11-16", "2026-11-16T16:00", "2026-11-17T00:00", Grain.DAY),
        ("The board approved the merger late on Monday, Nov. 11.", "Nov. 11",
         "2026-11-18", "2026-11-11", "2026-11-11T00:00", "2026-11-12T00:00", Grain.DAY),
    ],
)
def test_a_weekday_names_the_day_apposed_to_it(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- what a warning is about lies after the warning: "the following morning" after a day ahead it names steps on from
# that day (the look-back of a past clause from a day still to come does not apply)


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Mon 9 Feb 2026: Wednesday night is 11 Feb, the morning after it Thursday 12 Feb (not Tuesday 10 Feb)
        ("Forecasters warned of gales on Wednesday night and flooding the following morning.", "the following morning",
         "2026-02-09", "2026-02-12TMO", "2026-02-12T05:00", "2026-02-12T12:00", Grain.PART_OF_DAY),
        ("Sleet is expected on Tuesday evening, and the Met Office has warned of black ice the following morning.",
         "the following morning", "2026-02-09", "2026-02-11TMO", "2026-02-11T05:00", "2026-02-11T12:00", Grain.PART_OF_DAY),
        # the warning's own day inside the phrase ("warned on Monday of"): Wednesday night ahead, 11 Feb (not 4 Feb)
        ("Forecasters warned on Monday of gales on Wednesday night.", "Wednesday night",
         "2026-02-09", "2026-02-11TNI", "2026-02-11T19:00", "2026-02-12T06:00", Grain.PART_OF_DAY),
        ("Forecasters warned late on Monday of gales on Wednesday night.", "Wednesday night",
         "2026-02-09", "2026-02-11TNI", "2026-02-11T19:00", "2026-02-12T06:00", Grain.PART_OF_DAY),
        # control: a relative clause's own past after it ("which hit on Sunday"): the Sunday gone, 8 Feb
        ("Forecasters warned on Friday of gales, which hit on Sunday.", "Sunday",
         "2026-02-09", "2026-02-08", "2026-02-08T00:00", "2026-02-09T00:00", Grain.DAY),
    ],
)
def test_the_following_part_after_a_warned_day_ahead(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- ", and <verb>" with no subject shares the subject and auxiliary before the comma ("will begin on Monday, and end on
# Friday"): the second day is a step after the first, ahead


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Wed 23 Sep 2026: Saturday 26 Sep, the Thursday after it 1 Oct (not Thursday 24 Sep, before the opening)
        ("The exhibition will open on Saturday, and close on Thursday.", "Thursday",
         "2026-09-23", "2026-10-01", "2026-10-01T00:00", "2026-10-02T00:00", Grain.DAY),
        # Monday 28 Sep, the Friday after it 2 Oct (not 25 Sep)
        ("Engineers will shut the line on Monday, and reopen it on Friday.", "Friday",
         "2026-09-23", "2026-10-02", "2026-10-02T00:00", "2026-10-03T00:00", Grain.DAY),
        # control: a subject of its own after "and" ("retailers now look"): no verb sharing the past before the comma; Sat 28
        # Nov 2026, Cyber Monday 30 Nov (the past one would be 1 Dec 2025)
        ("Black Friday sales rose 4 percent on Friday, and retailers now look to Cyber Monday.", "Cyber Monday",
         "2026-11-28", "2026-11-30", "2026-11-30T00:00", "2026-12-01T00:00", Grain.DAY),
    ],
)
def test_a_verb_after_comma_and_shares_the_future(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a clock time written with no a.m./p.m. and no part of day: the part told just before says which half; with none, an
# hour up to 6 is the afternoon's, and the bounds run from the morning's reading to the afternoon's (either may be meant)


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Wed 6 May 2026: Friday 8 May; the afternoon's 14:30, bounded 02:30 .. 14:31
        ("The inquest resumes at 2:30 on Friday.", "2:30",
         "2026-05-06", "2026-05-08T14:30", "2026-05-08T02:30", "2026-05-08T14:31", Grain.MINUTE),
        # Saturday 2 May
        ("Police were called to the pub at 3.30 on Saturday.", "3.30",
         "2026-05-06", "2026-05-02T15:30", "2026-05-02T03:30", "2026-05-02T15:31", Grain.MINUTE),
        # an hour after 6: the value as written, the bounds over both halves
        ("The match kicked off at 8 o'clock on Saturday.", "8 o'clock",
         "2026-05-06", "2026-05-02T08:00", "2026-05-02T08:00", "2026-05-02T20:01", Grain.MINUTE),
        # the evening told just before says which: 21:00, its minute
        ("Fire broke out at the mill on Saturday evening. The roof fell in at 9 o'clock.", "9 o'clock",
         "2026-05-06", "2026-05-02T21:00", "2026-05-02T21:00", "2026-05-02T21:01", Grain.MINUTE),
        # a night told just before: its small hours, Sunday 03:30
        ("Fighting broke out on Saturday night. At 3.30, police arrived.", "3.30",
         "2026-05-06", "2026-05-03T03:30", "2026-05-03T03:30", "2026-05-03T03:31", Grain.MINUTE),
        # controls: the part beside it, and "am" written, leave the minute
        ("The alarm sounded at 6 o'clock on Saturday morning.", "6 o'clock",
         "2026-05-06", "2026-05-02T06:00", "2026-05-02T06:00", "2026-05-02T06:01", Grain.MINUTE),
        ("The alarm sounded at 4 o'clock on Saturday morning.", "4 o'clock",
         "2026-05-06", "2026-05-02T04:00", "2026-05-02T04:00", "2026-05-02T04:01", Grain.MINUTE),
        ("The patrol was called out at 3.30am on Saturday.", "3.30am",
         "2026-05-06", "2026-05-02T03:30", "2026-05-02T03:30", "2026-05-02T03:31", Grain.MINUTE),
    ],
)
def test_a_clock_time_with_its_half_of_the_day_open(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a bare weekday right after "for", the time something is for: ahead in a present or present perfect clause


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Wed 18 Nov 2026: Sunday ahead 22 Nov (the closest, 15 Nov, is 3 days back)
        ("The striker, who scored twice against Rovers, is doubtful for Sunday.", "Sunday",
         "2026-11-18", "2026-11-22", "2026-11-22T00:00", "2026-11-23T00:00", Grain.DAY),
        # Saturday ahead 21 Nov (a past clause's Saturday would be 14 Nov)
        ("The club has sold 40,000 tickets for Saturday.", "Saturday",
         "2026-11-18", "2026-11-21", "2026-11-21T00:00", "2026-11-22T00:00", Grain.DAY),
        # controls: a possessive is what was done about (a past Saturday); the simple past keeps the clause's tense
        ("Two men have been charged for Saturday's attack.", "Saturday",
         "2026-11-18", "2026-11-14", "2026-11-14T00:00", "2026-11-15T00:00", Grain.DAY),
        ("The club sold 40,000 tickets for Saturday.", "Saturday",
         "2026-11-18", "2026-11-14", "2026-11-14T00:00", "2026-11-15T00:00", Grain.DAY),
    ],
)
def test_a_weekday_something_is_for_lies_ahead(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a phrase opened by "with" after a comma has no verb of its own: its time takes the tense of the clause before


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Thu 27 Aug 2026: the Monday after the Saturday ahead (29 Aug) is 31 Aug (the closest Monday, 24 Aug, is 3 back)
        ("The carnival opens on Saturday, with the main parade on Monday.", "Monday",
         "2026-08-27", "2026-08-31", "2026-08-31T00:00", "2026-09-01T00:00", Grain.DAY),
        ("The carnival returns to the city this weekend, with the main parade on Monday.", "Monday",
         "2026-08-27", "2026-08-31", "2026-08-31T00:00", "2026-09-01T00:00", Grain.DAY),
        # a future clause's month: March 2027, ten months ahead (a far verb alone would give way to the closest, March 2026)
        ("The company will close three plants, with the first closure in March.", "March",
         "2026-05-20", "2027-03", "2027-03-01T00:00", "2027-04-01T00:00", Grain.MONTH),
        # control: in the past, the Monday gone
        ("The carnival opened on Saturday, with the main parade on Monday.", "Monday",
         "2026-08-27", "2026-08-24", "2026-08-24T00:00", "2026-08-25T00:00", Grain.DAY),
    ],
)
def test_a_with_phrase_takes_the_clause_tense(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a half of the year under way at publication, told as begun, is that half (most of it still ahead)


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Tue 1 Sep 2026: the second half began on 1 July
        ("The retailer said trading in the second half had started well.", "the second half",
         "2026-09-01", "2026-H2", "2026-07-01T00:00", "2027-01-01T00:00", Grain.HALF),
        # controls: no verb of beginning, and a half not yet begun (said in March), stay last year's
        ("The retailer said trading in the second half was weak.", "the second half",
         "2026-09-01", "2025-H2", "2025-07-01T00:00", "2026-01-01T00:00", Grain.HALF),
        ("The retailer said trading in the second half had started well.", "the second half",
         "2026-03-10", "2025-H2", "2025-07-01T00:00", "2026-01-01T00:00", Grain.HALF),
    ],
)
def test_a_half_told_as_begun_is_the_one_under_way(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- "a year earlier" after a year named by its last day ("the year to the end of March") is the year before that one,
# April to March, named by the year it ends in


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Thu 21 May 2026: the year to the end of March 2026 runs from 1 Apr 2025; a year earlier, 1 Apr 2024 .. 1 Apr 2025
        ("The retailer made a pre-tax profit of £1.2bn for the year to the end of March. A year earlier it made £900m.",
         "A year earlier", "2026-05-21", "2025", "2024-04-01T00:00", "2025-04-01T00:00", Grain.YEAR),
        # the year ended 30 June 2025 (the June 30 behind): the previous one, 1 Jul 2023 .. 1 Jul 2024
        ("Profit for the year ended June 30 rose from the previous year.", "the previous year",
         "2026-05-21", "2024", "2023-07-01T00:00", "2024-07-01T00:00", Grain.YEAR),
        # control: a calendar year ("ended Dec. 31") stays the calendar year before
        ("Sales in the year ended Dec. 31 rose 5 percent from a year earlier.", "a year earlier",
         "2026-05-21", "2024", "2024-01-01T00:00", "2025-01-01T00:00", Grain.YEAR),
    ],
)
def test_a_year_earlier_than_a_year_named_by_its_end(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- lexicon: a bill topped on a day ahead ("headline", a verb with its object, scheduled_objects); Mothering Sunday (the
# fourth Sunday of Lent, Easter - 21 days)


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Fri 7 Aug 2026: Saturday night ahead, 8 Aug (a past clause's would be 1 Aug)
        ("The band, who toured Japan in May, headline the festival on Saturday night.", "Saturday night",
         "2026-08-07", "2026-08-08TNI", "2026-08-08T19:00", "2026-08-09T06:00", Grain.PART_OF_DAY),
        # control: the noun, no object between ("The headlines on Saturday"): the Saturday gone
        ("The headlines on Saturday said little.", "Saturday",
         "2026-08-07", "2026-08-01", "2026-08-01T00:00", "2026-08-02T00:00", Grain.DAY),
        # Easter 2026 is 5 April: Mothering Sunday 15 March
        ("Mothers will be treated to breakfast in bed on Mothering Sunday.", "Mothering Sunday",
         "2026-03-05", "2026-03-15", "2026-03-15T00:00", "2026-03-16T00:00", Grain.DAY),
    ],
)
def test_lexicon_additions_of_the_session(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)
