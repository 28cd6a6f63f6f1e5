"""Time-expression values on news phrasing (twenty-eighth session, values helper): sentences written for these tests.

Every expected value and bound below was worked out by hand from docs/conventions.md (weekdays checked with a calendar),
not copied from the tagger's output.  Each case asserts the value, the bounds (to the minute) and the grain."""

from __future__ import annotations

import pytest

from timeline.model import Grain

from _timelines import check_timex as _check, timex_named as _timex  # value, bounds and grain of one expression


# --- a reporting verb with the saying's occasion between it and a bare month ("announced ... at a meeting ... in April"):
# the month is the saying's, past, however far back; without an occasion ("announced plans to open a store in May") the
# month may be what is announced, the closest


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Wed 9 Dec 2026: April 2026 (eight months back), not April 2027 (four months ahead)
        ("The mayor announced the scheme at a meeting in the old library in April.", "April", "2026-12-09", "2026-04",
         "2026-04-01T00:00", "2026-05-01T00:00", Grain.MONTH),
        # Wed 13 Jan 2027: June 2026 (its end 197 days back), not June 2027
        ("Ministers revealed the cuts in a speech to farmers in June.", "June", "2027-01-13", "2026-06",
         "2026-06-01T00:00", "2026-07-01T00:00", Grain.MONTH),
        # the medium it was said in (Wed 16 Dec 2026): May 2026
        ("The minister disclosed the figures in a letter to MPs in May.", "May", "2026-12-16", "2026-05",
         "2026-05-01T00:00", "2026-06-01T00:00", Grain.MONTH),
        # no occasion: what is announced, the May ahead
        ("The firm announced a new store in the town centre in May.", "May", "2026-12-09", "2027-05",
         "2027-05-01T00:00", "2027-06-01T00:00", Grain.MONTH),
    ],
)
def test_report_occasion(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a past signal's short phrase before a month ("since its high in February"): the month is past, as "since February"


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Wed 14 Oct 2026: February 2026, not February 2027 (the closer)
        ("Oil has climbed 20 percent since its low in February.", "February", "2026-10-14", "2026-02",
         "2026-02-01T00:00", "2026-03-01T00:00", Grain.MONTH),
        # Wed 18 Nov 2026: March 2026
        # Wed 14 Oct 2026: January 2026, not January 2027
        ("Gold has gained 18 percent since its low of January.", "January", "2026-10-14", "2026-01",
         "2026-01-01T00:00", "2026-02-01T00:00", Grain.MONTH),
        # a signal in the sentence before is no phrase of this one: the March ahead of "will open"
        ("Sales have risen since 2020. In March the firm will open a new plant.", "March", "2026-10-14", "2027-03",
         "2027-03-01T00:00", "2027-04-01T00:00", Grain.MONTH),
    ],
)
def test_past_signal_phrase(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a prospect stated in the present ("is likely", "is possible") lies ahead; an obligation ("must register") too


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Wed 9 Dec 2026: the weekend of 12-13 Dec (ISO week 50), not 5-6 Dec
        ("Snow is likely over the weekend, forecasters said.", "the weekend", "2026-12-09", "2026-W50-WE",
         "2026-12-12T00:00", "2026-12-14T00:00", Grain.WEEKEND),
        # Tue 8 Dec 2026: Monday 14 Dec, not Monday 7 Dec (the day before)
        ("A deal is possible on Monday, a union official said.", "Monday", "2026-12-08", "2026-12-14",
         "2026-12-14T00:00", "2026-12-15T00:00", Grain.DAY),
        # Wed 9 Dec 2026: Saturday 12 Dec and its 9 a.m.
        ("Riders in Saturday's road race must register by 9 a.m.", "Saturday", "2026-12-09", "2026-12-12",
         "2026-12-12T00:00", "2026-12-13T00:00", Grain.DAY),
        ("Riders in Saturday's road race must register by 9 a.m.", "9 a.m.", "2026-12-09", "2026-12-12T09:00",
         "2026-12-12T09:00", "2026-12-12T09:01", Grain.MINUTE),
        # "must have": a guess about the past, the Tuesday gone
        ("Tuesday's fire must have started in the kitchen.", "Tuesday", "2026-12-09", "2026-12-08",
         "2026-12-08T00:00", "2026-12-09T00:00", Grain.DAY),
    ],
)
def test_prospect_and_obligation(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a present in a clause of time ("after the takeover is approved", "when the merger closes") under a future or
# conditional auxiliary of its sentence is written for what is still ahead


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Wed 14 Oct 2026: the spring of 2027, not the one gone (as near: it ended 4.5 months back)
        ("The new owners will close the depot after the takeover is approved in the spring.", "the spring", "2026-10-14",
         "2027-SP", "2027-03-01T00:00", "2027-06-01T00:00", Grain.SEASON),
        # Wed 14 Oct 2026: April 2027, not April 2026 (its end as near)
        ("Shareholders would be paid when the merger is approved in April.", "April", "2026-10-14", "2027-04",
         "2027-04-01T00:00", "2027-05-01T00:00", Grain.MONTH),
    ],
)
def test_time_clause_under_future(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a present verb of a span with its length before the range's opener ("runs for six days from Thursday"): a notice of a
# span ahead, as "runs from Thursday"; the length is bounded from that day


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Wed 14 Jan 2026: Thursday 15 Jan, not 8 Jan; the six days 15 to 21 Jan
        ("The book fair runs for six days from Thursday.", "Thursday", "2026-01-14", "2026-01-15",
         "2026-01-15T00:00", "2026-01-16T00:00", Grain.DAY),
        ("The book fair runs for six days from Thursday.", "six days", "2026-01-14", "P6D",
         "2026-01-15T00:00", "2026-01-21T00:00", Grain.DAY),
        # Wed 14 Jan 2026: Saturday 17 Jan, not 10 Jan (the week would still be under way)
        ("The light show lasts for a week from Saturday.", "Saturday", "2026-01-14", "2026-01-17",
         "2026-01-17T00:00", "2026-01-18T00:00", Grain.DAY),
    ],
)
def test_span_with_length(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


# --- "overnight" in the past perfect after a day told before publication is the night that led into that day (what had
# happened by then), not the night after it ("Crews worked overnight" after the day stays that day's night)


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Wed 18 Mar 2026, Sunday 15 Mar: the night of Saturday 14 into Sunday
        ("The ferry service broke down on Sunday. Staff said the firm had changed its timetable overnight.", "overnight",
         "2026-03-18", "2026-03-14TNI", "2026-03-14T19:00", "2026-03-15T07:00", Grain.PART_OF_DAY),
        # not in the past perfect: Sunday's night
        ("The ferry service broke down on Sunday. Staff worked overnight to repair it.", "overnight",
         "2026-03-18", "2026-03-15TNI", "2026-03-15T19:00", "2026-03-16T07:00", Grain.PART_OF_DAY),
    ],
)
def test_overnight_in_past_perfect(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a past clock time after a day told ahead ("will stay shut until Friday") takes the last part of day told before
# publication ("on Monday evening"), not the publication day


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Wed 25 Nov 2026, Monday 23 Nov
        ("Gales closed the bridge on Monday evening, and it will stay shut until Friday. A lorry overturned on it at about "
         "7 p.m.", "7 p.m.", "2026-11-25", "2026-11-23T19:00", "2026-11-23T18:30", "2026-11-23T19:31", Grain.MINUTE),
        ("Gales closed the bridge on Monday evening, and it will stay shut until Friday. By midnight, the wind had dropped.",
         "midnight", "2026-11-25", "2026-11-23T24:00", "2026-11-23T23:30", "2026-11-24T00:30", Grain.PART_OF_DAY),
        # a whole day told after the part (Tuesday 24 Nov) is the one taken
        ("The bridge was closed on Monday evening. Repairs began on Tuesday, and it will reopen on Friday. Engineers "
         "arrived at 8 a.m.", "8 a.m.", "2026-11-25", "2026-11-24T08:00", "2026-11-24T08:00", "2026-11-24T08:01", Grain.MINUTE),
    ],
)
def test_clock_after_day_ahead(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a quarter or year counted in a run ("for a third straight quarter") in a past clause, with no such period told, is
# the last one over by publication (the run is of periods reported); ahead of a run still going, the one under way


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Wed 11 Nov 2026: the third quarter, not the fourth under way
        ("The carmaker posted a loss for a third straight quarter, it said on Tuesday.", "a third straight quarter",
         "2026-11-11", "2026-Q3", "2026-07-01T00:00", "2026-10-01T00:00", Grain.QUARTER),
        # Wed 11 Feb 2026: 2025
        ("Rail use fell for a second consecutive year, figures showed.", "a second consecutive year", "2026-02-11", "2025",
         "2025-01-01T00:00", "2026-01-01T00:00", Grain.YEAR),
        # no run: "earlier in the year" in a past clause is the year under way, the story's (Mon 2 Nov 2026), its part up to
        # the story's October (docs/conventions.md, "earlier"/"later": read from the story's time it was resolved from)
        ("The firm shed staff in October. Earlier in the year it closed a depot.", "Earlier in the year", "2026-11-02", "2026",
         "2026-01-01T00:00", "2026-11-01T00:00", Grain.YEAR),
        # not past: the year under way
        ("Rail use is set to fall for a second consecutive year.", "a second consecutive year", "2026-02-11", "2026",
         "2026-01-01T00:00", "2027-01-01T00:00", Grain.YEAR),
    ],
)
def test_run_of_periods(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a part of day in the past perfect that began before the story's day ("had cracked overnight" after "on Tuesday
# morning") does not move the story: a later clock time is still the story's day's


def test_perfect_night_keeps_the_story_day() -> None:
    # Wed 17 Jun 2026: Monday 15 Jun; the night of Sunday 14 into Monday; the 5 p.m. is Monday's
    text = ("A burst main flooded the square on Monday morning. Workers found that a valve had failed overnight. "
            "The water was turned off at 5 p.m.")
    _check(text, "overnight", "2026-06-17", "2026-06-14TNI", "2026-06-14T19:00", "2026-06-15T07:00", Grain.PART_OF_DAY)
    _check(text, "5 p.m.", "2026-06-17", "2026-06-15T17:00", "2026-06-15T17:00", "2026-06-15T17:01", Grain.MINUTE)


def test_perfect_part_of_an_earlier_day_opens_a_flashback() -> None:
    # Tue 14 Jul 2026: Saturday 11 Jul; "that afternoon" is Saturday's, the flashback's, not Monday's
    text = ("Two climbers were rescued on Monday evening. They had set off on Saturday morning, and a friend raised the "
            "alarm that afternoon.")
    _check(text, "that afternoon", "2026-07-14", "2026-07-11TAF", "2026-07-11T12:00", "2026-07-11T18:00", Grain.PART_OF_DAY)
