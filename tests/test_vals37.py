"""Time-expression values and bounds on news phrasing (thirty-seventh session, values helper): sentences written for these
tests.

Every expected value and bound below was worked out by hand from docs/conventions.md (weekdays checked with a calendar),
not copied from the tagger's output.  Each case asserts the value, the bounds (to the minute) and the grain."""

from __future__ import annotations

import pytest

from timeline.model import Grain

from _timelines import check_day as _day, check_timex as _check  # value, bounds and grain of one expression


# --- a midnight in the past perfect, counted from a day of the story, is the midnight that began that day, hedged before
# or bare as well as hedged after ("had ... shortly before midnight": the night before the day's event)


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest",
    [
        # Thu 5 Mar 2026: Tuesday the 3rd; the call was made before the grounding, the midnight that began Tuesday (was Tuesday's end)
        ("The tanker ran aground early on Tuesday. Its crew had sent a distress call shortly before midnight.",
         "shortly before midnight", "2026-03-05", "2026-03-02T24:00", "2026-03-02T23:30", "2026-03-03T00:00"),
        # Mon 14 Sep 2026: Saturday the 12th, a whole day told; the midnight that began it, 23:30 Fri to 00:30 Sat
        ("Thieves emptied the jeweller's shop on Saturday. They had cut the power at midnight, detectives said.",
         "midnight", "2026-09-14", "2026-09-11T24:00", "2026-09-11T23:30", "2026-09-12T00:30"),
    ],
)
def test_past_perfect_midnight_began_the_day(text: str, expression: str, dct: str, value: str, earliest: str, latest: str) -> None:
    _check(text, expression, dct, value, earliest, latest, Grain.PART_OF_DAY)


def test_past_perfect_midnight_carried_on_by_until_stays() -> None:
    # Wed 7 Oct 2026: "until midnight" carries the story on from Monday: Monday's end (23:30 Mon to 00:30 Tue)
    _check("Counting started on Monday. Staff had worked until midnight.", "midnight", "2026-10-07",
           "2026-10-05T24:00", "2026-10-05T23:30", "2026-10-06T00:30", Grain.PART_OF_DAY)


# --- a midnight told in a past clause near a time of a day's first hours (its early part, "the early hours", dawn, a
# small-hours clock time) is the midnight that began the day, hedged after it too; not one the sentence goes on to by "and"


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest",
    [
        # Fri 6 Nov 2026: Thursday the 5th told by its early part; the alarm just after the midnight that began it (was Friday 00:00)
        ("A warehouse burned down early on Thursday. The alarm was raised shortly after midnight.",
         "shortly after midnight", "2026-11-06", "2026-11-04T24:00", "2026-11-05T00:00", "2026-11-05T00:30"),
        # Mon 20 Apr 2026: Sunday the 19th, a small-hours clock time; just after midnight is Sunday 00:00-00:15 (was Monday's)
        ("Two cars collided at 2 a.m. on Sunday. Witnesses called police just after midnight about a car racing on the bypass.",
         "just after midnight", "2026-04-20", "2026-04-18T24:00", "2026-04-19T00:00", "2026-04-19T00:15"),
        # Sun 2 Aug 2026: Saturday the 1st; "hours after" tells an earlier time: Friday's midnight
        ("The yacht capsized in the early hours of Saturday, hours after it sailed shortly before midnight.",
         "shortly before midnight", "2026-08-02", "2026-07-31T24:00", "2026-07-31T23:30", "2026-08-01T00:00"),
        # Wed 13 May 2026: dawn on Tuesday the 12th; the bare midnight near it is the one that began Tuesday
        ("Firefighters left the mill before dawn on Tuesday. They had been called out at midnight.",
         "midnight", "2026-05-13", "2026-05-11T24:00", "2026-05-11T23:30", "2026-05-12T00:30"),
    ],
)
def test_midnight_near_first_hours_began_the_day(text: str, expression: str, dct: str, value: str, earliest: str, latest: str) -> None:
    _check(text, expression, dct, value, earliest, latest, Grain.PART_OF_DAY)


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest",
    [
        # Thu 15 Jan 2026: Wednesday the 14th; ", and" carries the sentence on: Wednesday's own midnight
        ("Snow began to fall early on Wednesday, and the pass was closed shortly before midnight.",
         "shortly before midnight", "2026-01-15", "2026-01-14T24:00", "2026-01-14T23:30", "2026-01-15T00:00"),
        # Sat 21 Mar 2026: Friday the 20th at 4 a.m., "and then": the midnight ending Friday
        ("The strike began at 4 a.m. on Friday and then ended shortly before midnight.",
         "shortly before midnight", "2026-03-21", "2026-03-20T24:00", "2026-03-20T23:30", "2026-03-21T00:00"),
    ],
)
def test_midnight_after_first_hours_in_sequence_ends_the_day(text: str, expression: str, dct: str, value: str, earliest: str, latest: str) -> None:
    _check(text, expression, dct, value, earliest, latest, Grain.PART_OF_DAY)


# --- a simple present of a scheduled or forecast event right before a bare weekday is ahead of now (tense.toml
# scheduled_plural / scheduled_objects): recesses, strikes, clock changes, walkouts, a chamber's business, a payment, an arrival


@pytest.mark.parametrize(
    "text,expression,dct,day",
    [
        # Wed 3 Jun 2026: the Friday ahead, the 5th (was the 29 May gone)
        ("Most schools break up for the summer on Friday.", "Friday", "2026-06-03", "2026-06-05"),
        # Wed 21 Oct 2026: Sunday the 25th (was the 18th)
        ("The clocks change on Sunday, an hour earlier than last year.", "Sunday", "2026-10-21", "2026-10-25"),
        # Tue 15 Sep 2026: Thursday the 17th (was the 10th)
        ("Junior doctors strike on Thursday in a dispute over rotas.", "Thursday", "2026-09-15", "2026-09-17"),
        # Tue 17 Feb 2026: Monday the 23rd
        ("Councillors debate the proposal on Monday.", "Monday", "2026-02-17", "2026-02-23"),
        # Wed 25 Nov 2026: Friday the 27th
        ("Pensioners receive the winter fuel payment on Friday.", "Friday", "2026-11-25", "2026-11-27"),
        # Tue 14 Apr 2026: Friday the 17th
        ("Storm Nadia reaches the west coast on Friday.", "Friday", "2026-04-14", "2026-04-17"),
        ("Hospital cleaners walk out on Friday over unpaid wages.", "Friday", "2026-04-14", "2026-04-17"),
    ],
)
def test_scheduled_present_looks_ahead(text: str, expression: str, dct: str, day: str) -> None:
    _day(text, expression, dct, day)


@pytest.mark.parametrize(
    "text,expression,dct,day",
    [
        # the same words as nouns after a determiner, or in the past, look back (Tue 14 Apr 2026: Friday the 10th)
        ("Bosses blamed a strike on Friday for the lost sales.", "Friday", "2026-04-14", "2026-04-10"),
        ("Junior doctors struck on Friday in a dispute over rotas.", "Friday", "2026-04-14", "2026-04-10"),
    ],
)
def test_scheduled_words_as_nouns_or_past_look_back(text: str, expression: str, dct: str, day: str) -> None:
    _day(text, expression, dct, day)


# --- a bare weekday in an aside after a noun that a named week possesses ("Last week's storm, which hit on Thursday,") is
# that week's day (lexicon [possessed_week]); a clause joined by "and" is no such aside


@pytest.mark.parametrize(
    "text,expression,dct,day",
    [
        # Sat 14 Mar 2026: last week is 2 to 8 March, its Thursday the 5th (was the 12th, this week's)
        ("Last week's gas explosion, which destroyed three houses on Thursday, is being investigated.", "Thursday", "2026-03-14", "2026-03-05"),
        # Fri 16 Oct 2026: last week's Thursday is the 8th (was the 15th)
        ("Last week's council meeting, which was held on Thursday, ended in uproar.", "Thursday", "2026-10-16", "2026-10-08"),
        ("Last week's crash, when a lorry hit a bus on Thursday, closed the ring road.", "Thursday", "2026-10-16", "2026-10-08"),
    ],
)
def test_weekday_in_aside_of_possessed_week(text: str, expression: str, dct: str, day: str) -> None:
    _day(text, expression, dct, day)


def test_weekday_after_possessed_week_in_joined_clause_keeps_its_own_reading() -> None:
    # Sat 14 Mar 2026: "and on Tuesday" opens a clause of its own: this week's Tuesday, the 10th
    _day("Last week's vote was close, and on Tuesday the bill passed its final stage.", "Tuesday", "2026-03-14", "2026-03-10")


# --- more verbs of a day set: a date brought forward is a new date (tense.toml deferring), a stage entered (scheduled_objects)


@pytest.mark.parametrize(
    "text,expression,dct,day",
    [
        # Wed 14 Oct 2026: Monday the 19th (was the 12th)
        ("The final vote has been brought forward to Monday.", "Monday", "2026-10-14", "2026-10-19"),
        # Wed 14 Oct 2026: Saturday the 17th (was the 10th)
        ("The walkout by refuse collectors enters its third week on Saturday.", "Saturday", "2026-10-14", "2026-10-17"),
    ],
)
def test_day_set_by_bringing_forward_or_entering(text: str, expression: str, dct: str, day: str) -> None:
    _day(text, expression, dct, day)


# --- a part of day with no day in a future clause does not take a day gone: the last day (or day with its part) told not
# before publication, else the publication day (the mirror of the past clause's move to a day not after publication)


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest",
    [
        # Wed 16 Sep 2026: Thursday evening the 17th told first, Monday after it; the result ends Thursday (was Monday's end)
        ("The council will vote on Thursday evening, after talks collapsed late on Monday. A result is expected shortly before midnight.",
         "shortly before midnight", "2026-09-16", "2026-09-17T24:00", "2026-09-17T23:30", "2026-09-18T00:00"),
        # Wed 22 Apr 2026: only Monday the 20th told: the publication day's afternoon (was Monday's)
        ("Talks between the two sides collapsed late on Monday. Negotiators will meet again in the afternoon.",
         "the afternoon", "2026-04-22", "2026-04-22TAF", "2026-04-22T12:00", "2026-04-22T18:00"),
    ],
)
def test_part_of_day_in_future_clause_leaves_a_day_gone(text: str, expression: str, dct: str, value: str, earliest: str, latest: str) -> None:
    _check(text, expression, dct, value, earliest, latest, Grain.PART_OF_DAY)


def test_part_of_day_in_past_clause_keeps_the_day_gone() -> None:
    # Wed 22 Apr 2026: a past clause keeps Monday the 20th's afternoon
    _check("Talks between the two sides collapsed late on Monday. Negotiators had met in the afternoon.",
           "the afternoon", "2026-04-22", "2026-04-20TAF", "2026-04-20T12:00", "2026-04-20T18:00", Grain.PART_OF_DAY)
