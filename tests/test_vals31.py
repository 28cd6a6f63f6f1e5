"""Time-expression values and bounds on news phrasing (thirty-first session, values helper): sentences written for these
tests.

Every expected value and bound below was worked out by hand from docs/conventions.md (weekdays checked with a calendar),
not copied from the tagger's output.  Each case asserts the value, the bounds (to the minute) and the grain."""

from __future__ import annotations

import pytest

from timeline.model import Grain

from _timelines import check_timex as _check  # value, bounds and grain of one expression


# --- a directive to act on a day: in the present perfect (given lately, still in force) the day ahead; a warning to act
# ("warned farmers to ...") is a directive; in the simple past the closest day either side of now


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Thu 25 Jun 2026: Monday ahead is 29 Jun (the closest, 22 Jun, is 3 days back)
        ("The union has told its drivers to strike on Monday.", "Monday",
         "2026-06-25", "2026-06-29", "2026-06-29T00:00", "2026-06-30T00:00", Grain.DAY),
        ("Shoppers have been told to collect their parcels by Monday.", "Monday",
         "2026-06-25", "2026-06-29", "2026-06-29T00:00", "2026-06-30T00:00", Grain.DAY),
        # control, the simple past: the closest Monday, 22 Jun
        ("The union told its drivers to strike on Monday.", "Monday",
         "2026-06-25", "2026-06-22", "2026-06-22T00:00", "2026-06-23T00:00", Grain.DAY),
        # Thu 15 Jan 2026: a warning to act, the closest Saturday: 17 Jan (2 days ahead; 10 Jan is 5 back)
        ("Forecasters warned farmers to move their sheep on Saturday.", "Saturday",
         "2026-01-15", "2026-01-17", "2026-01-17T00:00", "2026-01-18T00:00", Grain.DAY),
        # control, a warning given on a day (no infinitive between): the past Saturday
        ("Forecasters warned on Saturday that the river would rise.", "Saturday",
         "2026-01-15", "2026-01-10", "2026-01-10T00:00", "2026-01-11T00:00", Grain.DAY),
    ],
)
def test_a_directive_sets_the_day_of_what_it_directs(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a part of day written right after a date ("on October 16 in the afternoon") is that date's, whatever day the story
# was on (a report's day, "was announced on", leaves the story where it was)


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Wed 21 Oct 2026
        ("The strike ended on October 12. The verdict was announced on October 16 in the afternoon.", "the afternoon",
         "2026-10-21", "2026-10-16TAF", "2026-10-16T12:00", "2026-10-16T18:00", Grain.PART_OF_DAY),
        ("The ferry sailed on October 12. Its arrival was reported on Friday, October 16, in the evening.", "the evening",
         "2026-10-21", "2026-10-16TEV", "2026-10-16T17:00", "2026-10-16T22:00", Grain.PART_OF_DAY),
        # control, a part of day not written next to the date: the story's day (12 Oct, the report's day leaves it there)
        ("The strike ended on October 12. The verdict was announced on October 16. In the afternoon, pickets went home.",
         "the afternoon", "2026-10-21", "2026-10-12TAF", "2026-10-12T12:00", "2026-10-12T18:00", Grain.PART_OF_DAY),
    ],
)
def test_a_part_of_day_after_a_date_is_that_dates(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- one of a day's first hours (dawn, the small hours) bare in a future clause said on a date with no hour: the next
# day's (the publication day's are gone by the time its report is read)


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Wed 21 Oct 2026: the next day's, 22 Oct
        ("Snowploughs will clear the pass at first light.", "first light",
         "2026-10-21", "2026-10-22TMO", "2026-10-22T04:00", "2026-10-22T08:00", Grain.PART_OF_DAY),
        ("Engineers will test the new signals in the small hours.", "the small hours",
         "2026-10-21", "2026-10-22TMO", "2026-10-22T00:00", "2026-10-22T05:00", Grain.PART_OF_DAY),
        # control, a past clause: the publication day's
        ("Engineers tested the new signals in the small hours.", "the small hours",
         "2026-10-21", "2026-10-21TMO", "2026-10-21T00:00", "2026-10-21T05:00", Grain.PART_OF_DAY),
        # control, a whole morning (not gone by the day): the publication day's
        ("The minister will open the bridge in the morning.", "the morning",
         "2026-10-21", "2026-10-21TMO", "2026-10-21T05:00", "2026-10-21T12:00", Grain.PART_OF_DAY),
        # control, published at 03:00 (a time of day): that day's dawn lies ahead of now
        ("Snowploughs will clear the pass at first light.", "first light",
         "2026-10-21T03:00", "2026-10-21TMO", "2026-10-21T04:00", "2026-10-21T08:00", Grain.PART_OF_DAY),
        # control, a day told: its dawn (Saturday 24 Oct)
        ("The march is on Saturday. Stewards will arrive at dawn.", "dawn",
         "2026-10-21", "2026-10-24TMO", "2026-10-24T04:00", "2026-10-24T08:00", Grain.PART_OF_DAY),
    ],
)
def test_a_future_first_hour_is_the_next_days(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a past form right after a preposition is an adjective before its noun ("behind closed doors"), no past verb of the
# clause: the clause's own verb says which way the day lies


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Thu 13 Aug 2026: Saturday ahead 15 Aug, Monday ahead 17 Aug
        ("Both squads will train behind closed doors on Saturday.", "Saturday",
         "2026-08-13", "2026-08-15", "2026-08-15T00:00", "2026-08-16T00:00", Grain.DAY),
        ("The museum will reopen with reduced hours on Monday.", "Monday",
         "2026-08-13", "2026-08-17", "2026-08-17T00:00", "2026-08-18T00:00", Grain.DAY),
        # control, a past verb of the clause: the past Monday, 10 Aug
        ("The museum reopened with reduced hours on Monday.", "Monday",
         "2026-08-13", "2026-08-10", "2026-08-10T00:00", "2026-08-11T00:00", Grain.DAY),
    ],
)
def test_a_past_form_after_a_preposition_is_no_verb(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- hedges written before a clock time, outside it ([clock_signals]): "just gone 2pm" the quarter hour after, "shortly
# past 2pm" the half hour after, "almost 9pm" the quarter hour before (not the clock's minute: the event is not at it)


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Wed 21 Oct 2026: Sunday 18, Monday 19, Tuesday 20 Oct
        ("The shop was robbed just gone 2pm on Monday.", "2pm",
         "2026-10-21", "2026-10-19T14:00", "2026-10-19T14:00", "2026-10-19T14:15", Grain.MINUTE),
        ("The lorry overturned shortly past 6am on Tuesday.", "6am",
         "2026-10-21", "2026-10-20T06:00", "2026-10-20T06:00", "2026-10-20T06:30", Grain.MINUTE),
        ("The lights went out at almost 9pm on Sunday.", "9pm",
         "2026-10-21", "2026-10-18T21:00", "2026-10-18T20:45", "2026-10-18T21:00", Grain.MINUTE),
        # control, "nearly" before a count, not before the clock: the minute
        ("Nearly 200 people were evacuated at 2pm on Monday.", "2pm",
         "2026-10-21", "2026-10-19T14:00", "2026-10-19T14:00", "2026-10-19T14:01", Grain.MINUTE),
    ],
)
def test_a_hedge_before_a_clock_time_bounds_it(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a part of day alone after an article, before its noun ("an evening rally on Wednesday"): dated by the day after the
# noun, as a hyphenated one ("a pre-dawn raid on Tuesday") is


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Mon 21 Dec 2026: Friday 18 (past), Wednesday 23, Friday 25 (ahead)
        ("The party will hold an evening rally on Wednesday.", "evening",
         "2026-12-21", "2026-12-23TEV", "2026-12-23T17:00", "2026-12-23T22:00", Grain.PART_OF_DAY),
        ("Staff attended a morning briefing on Friday.", "morning",
         "2026-12-21", "2026-12-18TMO", "2026-12-18T05:00", "2026-12-18T12:00", Grain.PART_OF_DAY),
        ("Unions face a midnight deadline on Friday.", "midnight",
         "2026-12-21", "2026-12-25T24:00", "2026-12-25T23:30", "2026-12-26T00:30", Grain.PART_OF_DAY),
        # control, no article before it (no noun after it either): the publication day's dawn, not Tuesday's
        ("He left at dawn and on Tuesday flew home.", "dawn",
         "2026-12-21", "2026-12-21TMO", "2026-12-21T04:00", "2026-12-21T08:00", Grain.PART_OF_DAY),
    ],
)
def test_a_part_of_day_before_its_noun_takes_the_nouns_day(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- "will have" looks ahead ("will have a final gallop on Friday", "will have finished by Friday"); "would have" does not


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Thu 26 Mar 2026: Friday ahead 27 Mar, the past one 20 Mar
        ("The favourite will have a final gallop on Friday morning.", "Friday morning",
         "2026-03-26", "2026-03-27TMO", "2026-03-27T05:00", "2026-03-27T12:00", Grain.PART_OF_DAY),
        ("They will have talks on Friday.", "Friday",
         "2026-03-26", "2026-03-27", "2026-03-27T00:00", "2026-03-28T00:00", Grain.DAY),
        ("The repairs will have finished by Friday.", "Friday",
         "2026-03-26", "2026-03-27", "2026-03-27T00:00", "2026-03-28T00:00", Grain.DAY),
        # "has" before its noun is the verb, a present, no perfect: the closest Friday, 27 Mar (the past one is 6 days back)
        ("The firm has a hearing on Friday.", "Friday",
         "2026-03-26", "2026-03-27", "2026-03-27T00:00", "2026-03-28T00:00", Grain.DAY),
        # control, a present perfect: the past Friday
        ("The firm has held a hearing on Friday.", "Friday",
         "2026-03-26", "2026-03-20", "2026-03-20T00:00", "2026-03-21T00:00", Grain.DAY),
        # control, a counterfactual past
        ("The council would have voted on Friday.", "Friday",
         "2026-03-26", "2026-03-20", "2026-03-20T00:00", "2026-03-21T00:00", Grain.DAY),
    ],
)
def test_will_have_looks_ahead(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a bare "overnight" told of the past after a day still to come: the night that ended on the publication day, not the
# night before that day


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Thu 5 Feb 2026: the night of Wednesday 4 Feb into Thursday
        ("A frost warning is in force until Friday. Temperatures dropped to minus 6C overnight.", "overnight",
         "2026-02-05", "2026-02-04TNI", "2026-02-04T19:00", "2026-02-05T07:00", Grain.PART_OF_DAY),
        # control, a day told before publication: that day's night (Tuesday 3 Feb)
        ("The storm hit on Tuesday. Temperatures dropped overnight.", "overnight",
         "2026-02-05", "2026-02-03TNI", "2026-02-03T19:00", "2026-02-04T07:00", Grain.PART_OF_DAY),
    ],
)
def test_a_past_night_does_not_lead_into_a_day_ahead(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a clock time written "9am" holds no verb "am" (a present "be" that sent the day after it ahead)


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Thu 6 Aug 2026: Sunday 2 Aug back, 9 Aug ahead
        ("Police were called at 2am on Sunday.", "Sunday",
         "2026-08-06", "2026-08-02", "2026-08-02T00:00", "2026-08-03T00:00", Grain.DAY),
        ("The bar opened at 9am on Sunday.", "9am",
         "2026-08-06", "2026-08-02T09:00", "2026-08-02T09:00", "2026-08-02T09:01", Grain.MINUTE),
        # control, a future clause: the Sunday ahead
        ("The bar will open at 9am on Sunday.", "Sunday",
         "2026-08-06", "2026-08-09", "2026-08-09T00:00", "2026-08-10T00:00", Grain.DAY),
    ],
)
def test_a_clock_written_9am_holds_no_verb(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a bare midnight told in a past clause right after a small-hours clock time of the story's day is the midnight
# before that time, which began the day (not the one ending it, nearly a day later)


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Thu 6 Aug 2026
        ("The accused had been arrested at 3am on July 12 after a car chase that began shortly before midnight.",
         "shortly before midnight", "2026-08-06", "2026-07-11T24:00", "2026-07-11T23:30", "2026-07-12T00:00", Grain.PART_OF_DAY),
        ("Police were called at 2am on Sunday. The fight had started at midnight.", "midnight",
         "2026-08-06", "2026-08-01T24:00", "2026-08-01T23:30", "2026-08-02T00:30", Grain.PART_OF_DAY),
        # control, a midnight the story runs on to ("until"): the one ending Sunday
        ("Police were called at 2am on Sunday, and the road stayed closed until midnight.", "midnight",
         "2026-08-06", "2026-08-02T24:00", "2026-08-02T23:30", "2026-08-03T00:30", Grain.PART_OF_DAY),
        # control, an evening clock time: the midnight ending its day
        ("Police were called at 6pm on Sunday. Officers stayed at the scene past midnight.", "midnight",
         "2026-08-06", "2026-08-02T24:00", "2026-08-02T23:30", "2026-08-03T00:30", Grain.PART_OF_DAY),
    ],
)
def test_a_midnight_after_a_small_hours_clock_began_its_day(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- "the following morning" in a past news clause after a day still to come counts from the last day told that is not
# after publication (as a look-back already did), not from the day ahead


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Wed 21 Oct 2026: Sunday 18, Monday 19 (past), Friday 23 (ahead)
        ("The man was arrested on Sunday and was due in court on Friday. He was questioned the following morning.",
         "the following morning", "2026-10-21", "2026-10-19TMO", "2026-10-19T05:00", "2026-10-19T12:00", Grain.PART_OF_DAY),
        ("Officials said on Monday that the bridge would reopen on November 2. Engineers began work the following morning.",
         "the following morning", "2026-10-21", "2026-10-20TMO", "2026-10-20T05:00", "2026-10-20T12:00", Grain.PART_OF_DAY),
        # control, a future clause: the morning after Saturday 24 Oct
        ("The final is on Saturday. The team will fly home the following morning.", "the following morning",
         "2026-10-21", "2026-10-25TMO", "2026-10-25T05:00", "2026-10-25T12:00", Grain.PART_OF_DAY),
    ],
)
def test_a_past_step_on_does_not_count_from_a_day_ahead(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a fixture's day an act was done for ("named his side for Saturday's match", "for the June 7 friendly"), in a past
# clause: the fixture lies after the act, the closest such day either side of now (not the past one by the clause's tense)


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Thu 14 May 2026: Saturday 16 May ahead (9 May is 5 days back); 7 Jun 2026 ahead (2025's is 11 months back)
        ("The coach named his side for Saturday's match.", "Saturday",
         "2026-05-14", "2026-05-16", "2026-05-16T00:00", "2026-05-17T00:00", Grain.DAY),
        ("The club has named its squad for the June 7 friendly.", "June 7",
         "2026-05-14", "2026-06-07", "2026-06-07T00:00", "2026-06-08T00:00", Grain.DAY),
        # Mon 11 May 2026: the closest is the Saturday just played, 9 May
        ("The coach named his side for Saturday's match.", "Saturday",
         "2026-05-11", "2026-05-09", "2026-05-09T00:00", "2026-05-10T00:00", Grain.DAY),
        # control, the fixture itself told in the past: played
        ("Saturday's match ended in a draw.", "Saturday",
         "2026-05-14", "2026-05-09", "2026-05-09T00:00", "2026-05-10T00:00", Grain.DAY),
    ],
)
def test_a_fixture_an_act_was_done_for_lies_after_it(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- "late in the day" / "early in the day" written right before ("late in the day on Friday") or after ("on Friday, late
# in the day") a day, outside it: the day bounded as mod END / START would (16:00 to midnight, midnight to 08:00)


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Wed 21 Oct 2026: Friday 16 Oct, Monday 19 Oct
        ("The deal was signed on Friday, late in the day.", "Friday",
         "2026-10-21", "2026-10-16", "2026-10-16T16:00", "2026-10-17T00:00", Grain.DAY),
        ("Shares fell late in the day on Friday.", "Friday",
         "2026-10-21", "2026-10-16", "2026-10-16T16:00", "2026-10-17T00:00", Grain.DAY),
        ("The strike was called off on Monday early in the day.", "Monday",
         "2026-10-21", "2026-10-19", "2026-10-19T00:00", "2026-10-19T08:00", Grain.DAY),
        # control, "the day's" names a thing of the day: the whole day
        ("The deal was signed on Monday, early in the day's session.", "Monday",
         "2026-10-21", "2026-10-19", "2026-10-19T00:00", "2026-10-20T00:00", Grain.DAY),
    ],
)
def test_late_in_the_day_bounds_the_day_beside_it(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a present perfect right after the date ("The marathon on April 26 has attracted ...") is weak evidence: the date
# stays within half a year of now; "remain"/"stay" are presents; a fixture's weekday in a present clause ("has a meeting
# on Monday") lies ahead


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Thu 26 Feb 2026: 26 Apr 2026 ahead (2025's is 10 months back); Sunday 22 Feb back
        ("The marathon on April 26 has attracted a record 60,000 entries.", "April 26",
         "2026-02-26", "2026-04-26", "2026-04-26T00:00", "2026-04-27T00:00", Grain.DAY),
        # control, the simple past: a year back
        ("The race on April 26 was won by a Kenyan.", "April 26",
         "2026-02-26", "2025-04-26", "2025-04-26T00:00", "2025-04-27T00:00", Grain.DAY),
        # control, a weekday with a present perfect: the past one
        ("The storm on Sunday has left 40 homes without power.", "Sunday",
         "2026-02-26", "2026-02-22", "2026-02-22T00:00", "2026-02-23T00:00", Grain.DAY),
        # Thu 22 Jan 2026: the coming weekend 24-25 Jan (the closest; 17-18 Jan is 4 days back)
        ("Flood warnings remain in place for the weekend.", "the weekend",
         "2026-01-22", "2026-W04-WE", "2026-01-24T00:00", "2026-01-26T00:00", Grain.WEEKEND),
        # control, a present after "will": ahead (Mon 9 Mar 2026: Saturday 14 Mar, not the closest, 7 Mar)
        ("The cafe will stay open late at night on Saturday.", "Saturday",
         "2026-03-09", "2026-03-14", "2026-03-14T00:00", "2026-03-15T00:00", Grain.DAY),
        # Thu 20 Aug 2026: Monday 24 Aug ahead (17 Aug is 3 days back)
        ("The council has a special meeting on Monday to discuss the pool.", "Monday",
         "2026-08-20", "2026-08-24", "2026-08-24T00:00", "2026-08-25T00:00", Grain.DAY),
    ],
)
def test_present_clauses_and_present_perfects_about_now(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a month joined to one written with a relative year ("between January and August last year") takes that year


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Thu 18 Jun 2026
        ("She took the money between January and August last year.", "January",
         "2026-06-18", "2025-01", "2025-01-01T00:00", "2025-02-01T00:00", Grain.MONTH),
        ("Work will run from March to May next year.", "March",
         "2026-06-18", "2027-03", "2027-03-01T00:00", "2027-04-01T00:00", Grain.MONTH),
        # control, a range crossing the year: November is this year's
        ("Work will run from November to February next year.", "November",
         "2026-06-18", "2026-11", "2026-11-01T00:00", "2026-12-01T00:00", Grain.MONTH),
        # control, not joined (another clause): the tense's March
        ("Sales fell in March, and in August last year they rose.", "March",
         "2026-06-18", "2026-03", "2026-03-01T00:00", "2026-04-01T00:00", Grain.MONTH),
    ],
)
def test_a_month_joined_to_a_relative_year_takes_it(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a weekday ahead after another day ahead of its sentence follows it only when the two are steps of one subject ("will
# begin on Monday and end on Friday"), not in another clause with its own subject after ", and the ..."


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Thu 26 Mar 2026: Friday 27 Mar is the day before the race on Saturday 28 Mar
        ("The race is on Saturday, and the favourite will have a final gallop on Friday morning.", "Friday morning",
         "2026-03-26", "2026-03-27TMO", "2026-03-27T05:00", "2026-03-27T12:00", Grain.PART_OF_DAY),
        # control, steps of one subject: the Friday after Monday 30 Mar
        ("The strike will begin at 6am on Monday and end on Friday.", "Friday",
         "2026-03-26", "2026-04-03", "2026-04-03T00:00", "2026-04-04T00:00", Grain.DAY),
    ],
)
def test_a_day_ahead_in_another_clause_does_not_follow_the_first(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)
