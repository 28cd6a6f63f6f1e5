"""Time-expression values and bounds on news phrasing (thirty-seventh session, values helper): sentences written for these
tests.

Every expected value and bound below was worked out by hand from docs/conventions.md (weekdays checked with a calendar),
not copied from the tagger's output.  Each case asserts the value, the bounds (to the minute) and the grain."""

from __future__ import annotations

import pytest

from timeline.model import Grain

from _timelines import check_timex as _check  # value, bounds and grain of one expression


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

