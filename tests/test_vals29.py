"""Time-expression values on news phrasing (twenty-ninth session, values helper): sentences written for these tests.

Every expected value and bound below was worked out by hand from docs/conventions.md (weekdays checked with a calendar),
not copied from the tagger's output.  Each case asserts the value, the bounds (to the minute) and the grain."""

from __future__ import annotations

import pytest

from timeline.model import Grain
from timeline.tagger import tag

from _timelines import check_timex as _check, timex_named as _timex  # value, bounds and grain of one expression


# --- a bare "overnight" in a past news sentence that tells a past day after it: the night that led into that day


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Tue 10 Mar 2026: the sale on Monday 9 Mar, the queue the Sunday night before it (not Monday night)
        ("Fans queued outside the arena overnight for tickets, which went on sale at 9 a.m. on Monday.", "overnight",
         "2026-03-10", "2026-03-08TNI", "2026-03-08T19:00", "2026-03-09T07:00", Grain.PART_OF_DAY),
        # Thu 3 Sep 2026: doors opened Wednesday 2 Sep, the queue Tuesday night 1 Sep
        ("Queues began forming overnight, and the doors opened at 8 a.m. on Wednesday.", "overnight",
         "2026-09-03", "2026-09-01TNI", "2026-09-01T19:00", "2026-09-02T07:00", Grain.PART_OF_DAY),
        # a day after "after" lies before the night: the night before publication stays (Mon 9 Mar night)
        ("Stocks rose overnight after the bank cut rates on Friday.", "overnight",
         "2026-03-10", "2026-03-09TNI", "2026-03-09T19:00", "2026-03-10T07:00", Grain.PART_OF_DAY),
        # a day in the next sentence is not this one's: the night before publication
        ("Fans queued overnight for tickets. They went on sale on Saturday.", "overnight",
         "2026-03-10", "2026-03-09TNI", "2026-03-09T19:00", "2026-03-10T07:00", Grain.PART_OF_DAY),
    ],
)
def test_overnight_before_a_day_told_later_in_its_sentence(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a half of the year named alone in a sentence about a business's figures ("turnover", "bookings")


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Wed 19 Aug 2026: the first half just reported, January to June 2026
        ("Turnover fell 3 percent in the first half.", "the first half", "2026-08-19", "2026-H1",
         "2026-01-01T00:00", "2026-07-01T00:00", Grain.HALF),
        # Thu 23 Jul 2026: the second half under way, July to December 2026
        ("The carrier said bookings for the second half looked strong.", "the second half", "2026-07-23", "2026-H2",
         "2026-07-01T00:00", "2027-01-01T00:00", Grain.HALF),
    ],
)
def test_a_bare_half_in_a_sentence_about_turnover_or_bookings(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


@pytest.mark.parametrize("text", ["The hosts shot 38 percent from the field in the first half.",
                                  "The visitors enjoyed 60 percent possession in the second half."])
def test_a_match_half_with_a_percentage_is_no_half_of_the_year(text: str) -> None:
    assert not [t for t in tag(text, "2026-08-19", mode="news").timexes if "half" in t.text]


# --- "set" (a past form the present shares) as the verb of a relative clause or after "she": its own past, not the
# future of the main clause; not before "for" (an appointment made)


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Mon 5 Oct 2026: April 2026 (six months back), not April 2027 (the main clause's "will")
        ("Last year's winner, who set a course record in April, will not defend her title on Sunday.", "April",
         "2026-10-05", "2026-04", "2026-04-01T00:00", "2026-05-01T00:00", Grain.MONTH),
        ("She set a course record in April and will run again on Sunday.", "April",
         "2026-10-05", "2026-04", "2026-04-01T00:00", "2026-05-01T00:00", Grain.MONTH),
        # "set the trial for April": the appointment, the main clause's future says (April 2027)
        ("The judge, who set the trial for April, will retire on Sunday.", "April",
         "2026-10-05", "2027-04", "2027-04-01T00:00", "2027-05-01T00:00", Grain.MONTH),
    ],
)
def test_set_in_a_relative_clause_is_its_own_past(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- the amount a change started from, dated after "from" in a past clause ("rose to $42 in June from $29.75 in March"):
# a value measured already, behind; in a future clause the forecast's path may lie ahead


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Fri 30 Oct 2026: the present perfect is a weak past, and March 2027 (four months ahead) was the closest
        ("The stock has risen to $42 a share in June from $29.75 in March.", "March", "2026-10-30", "2026-03",
         "2026-03-01T00:00", "2026-04-01T00:00", Grain.MONTH),
        ("Unemployment has fallen from a high of 9 percent in March.", "March", "2026-10-30", "2026-03",
         "2026-03-01T00:00", "2026-04-01T00:00", Grain.MONTH),
        # a forecast: "will fall ... from 4 percent in March" said on 30 Oct 2026 is the March ahead
        ("Inflation will fall to 2 percent in June from 4 percent in March.", "March", "2026-10-30", "2027-03",
         "2027-03-01T00:00", "2027-04-01T00:00", Grain.MONTH),
    ],
)
def test_the_time_of_the_amount_a_change_started_from_is_behind(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- "the <weekday> after (before) <day>": the first such weekday after (before) the day, whatever the tense


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Fri 20 Nov 2026: Thanksgiving Thu 26 Nov, the Sunday after it 29 Nov (not the Sunday gone, 15 Nov, nor 22 Nov)
        ("Airports expect record crowds on the Sunday after Thanksgiving.", "Sunday", "2026-11-20", "2026-11-29",
         "2026-11-29T00:00", "2026-11-30T00:00", Grain.DAY),
        # Thu 10 Dec 2026: Christmas 2025 a Thursday, the Saturday before it 20 Dec 2025
        ("Shops were busiest on the Saturday before Christmas last year.", "Saturday", "2026-12-10", "2025-12-20",
         "2025-12-20T00:00", "2025-12-21T00:00", Grain.DAY),
        # Christmas 2026 a Friday: the Thursday before it is Christmas Eve
        ("The vote is on the Thursday before Christmas.", "Thursday", "2026-12-10", "2026-12-24",
         "2026-12-24T00:00", "2026-12-25T00:00", Grain.DAY),
        # a weekday that is the day itself: the next one after it (14 June 2026 a Sunday; the Sunday after it 21 June)
        ("The fair closes on the Sunday after June 14.", "Sunday", "2026-06-01", "2026-06-21",
         "2026-06-21T00:00", "2026-06-22T00:00", Grain.DAY),
        # no article: "on Tuesday after the flood receded" is a weekday and a clause (Tue 1 Dec 2026 from Thu 3 Dec)
        ("Volunteers cleared mud on Tuesday after Christmas lights were switched on.", "Tuesday", "2026-12-03", "2026-12-01",
         "2026-12-01T00:00", "2026-12-02T00:00", Grain.DAY),
    ],
)
def test_the_weekday_after_or_before_a_day(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- an incident that "was reported" at a late clock time: the story goes on from that time, so its small hours after it
# are the next day's (not the report's day that leaves the story where it was)


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Tue 12 May 2026: reported about 23:15 on Saturday 9 May, under control by about 03:00 on Sunday 10 May
        ("The blaze was reported at about 11.15pm on Saturday and was under control by roughly 3am.", "roughly 3am",
         "2026-05-12", "2026-05-10T03:00", "2026-05-10T02:30", "2026-05-10T03:31", Grain.MINUTE),
        ("The fire was reported at 11 p.m. on Sunday and was out by 1 a.m.", "1 a.m.",
         "2026-05-12", "2026-05-11T01:00", "2026-05-11T01:00", "2026-05-11T01:01", Grain.MINUTE),
    ],
)
def test_small_hours_after_an_incident_reported_late(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


def test_a_report_time_said_actively_still_leaves_the_story_on_its_day() -> None:
    # Tue 12 May 2026: "officials reported at 11 p.m. on Sunday" dates the report; the fire's story stays on Saturday
    # afternoon, so "by 1 a.m." is the night after it, Sunday 10 May 01:00 (not Monday's)
    _check("The fire broke out on Saturday afternoon, officials reported at 11 p.m. on Sunday. It was out by 1 a.m.", "1 a.m.",
           "2026-05-12", "2026-05-10T01:00", "2026-05-10T01:00", "2026-05-10T01:01", Grain.MINUTE)


# --- a subject with a possessive ("Last year's race") before an aside holding a date: the verb after the aside says


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Wed 2 Sep 2026: 7 Sep 2025 (the past verb), not 7 Sep 2026 five days ahead
        ("Last year's race, on September 7, was cut short by heat.", "September 7", "2026-09-02", "2025-09-07",
         "2025-09-07T00:00", "2025-09-08T00:00", Grain.DAY),
        # a subject of four words (up to six): the second _SUBJECT_WORDS of tense.py (3) had shadowed this one; Wed 14 Oct
        # 2026: March 2026, not 2027
        ("The union's last walkout, in March, closed two wards.", "March", "2026-10-14", "2026-03",
         "2026-03-01T00:00", "2026-04-01T00:00", Grain.MONTH),
    ],
)
def test_a_date_in_an_aside_after_a_possessive_subject(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a fixture's day after "before" in a past clause ("deserved a rest before Saturday's league match"): the fixture
# nearest, either way; a plain weekday after "before" stays behind ("The talks ended before Saturday")


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Thu 12 Nov 2026: the coming Saturday 14 Nov (two days ahead), not 7 Nov (five back); the kick-off is on it
        ("Dunmore's coach rested six players in Tuesday's cup tie, saying they deserved a break before Saturday's league "
         "match.", "Saturday", "2026-11-12", "2026-11-14", "2026-11-14T00:00", "2026-11-15T00:00", Grain.DAY),
        ("The striker was injured in training before Saturday's match.", "Saturday", "2026-11-12", "2026-11-14",
         "2026-11-14T00:00", "2026-11-15T00:00", Grain.DAY),
        # Mon 9 Nov 2026: the Saturday just played, 7 Nov
        ("The striker was injured in training before Saturday's match.", "Saturday", "2026-11-09", "2026-11-07",
         "2026-11-07T00:00", "2026-11-08T00:00", Grain.DAY),
        # no fixture: behind (7 Nov)
        ("The talks ended before Saturday.", "Saturday", "2026-11-12", "2026-11-07", "2026-11-07T00:00", "2026-11-08T00:00", Grain.DAY),
        # a present clause: a possessive day naming no fixture is past (said on Friday 13 Nov: Thursday 12 Nov)
        ("Shares trade above Thursday's closing price.", "Thursday", "2026-11-13", "2026-11-12", "2026-11-12T00:00",
         "2026-11-13T00:00", Grain.DAY),
        # a present clause with a fixture one word after the possessive: ahead
        ("Fans are excited about Saturday's league match.", "Saturday", "2026-11-12", "2026-11-14", "2026-11-14T00:00",
         "2026-11-15T00:00", Grain.DAY),
    ],
)
def test_a_fixture_day_after_before_in_a_past_clause_is_the_nearest(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)
