"""Time-expression values and bounds on news and narrative phrasing (thirtieth session, values helper): sentences written
for these tests.

Every expected value and bound below was worked out by hand from docs/conventions.md (weekdays checked with a calendar),
not copied from the tagger's output.  Each case asserts the value, the bounds (to the minute) and the grain."""

from __future__ import annotations

import pytest

from timeline.model import Grain

from _timelines import check_timex as _check  # value, bounds and grain of one expression


# --- "Later in the week" / "Later in the year" counted from a story's day in a past news clause: capped at the end of
# the reference day (what the clause reports had happened by publication), not the period's end


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Thu 19 Nov 2026: Tuesday is 17 Nov (ISO week 47, 16-22 Nov); past: 17 Nov .. end of 19 Nov
        ("The ferry ran aground on Tuesday. Later in the week, divers inspected the hull.", "Later in the week",
         "2026-11-19", "2026-W47", "2026-11-17T00:00", "2026-11-20T00:00", Grain.WEEK),
        # Wed 7 Oct 2026: from April to the end of 7 Oct, not to 1 Jan 2027
        ("The bakery chain opened ten shops in April. Later in the year it closed its oldest branch.", "Later in the year",
         "2026-10-07", "2026", "2026-04-01T00:00", "2026-10-08T00:00", Grain.YEAR),
        # control, a future clause: the rest of the week after Tuesday, to Monday 23 Nov
        ("The ferry ran aground on Tuesday. Later in the week, divers will inspect the hull.", "Later in the week",
         "2026-11-19", "2026-W47", "2026-11-17T00:00", "2026-11-23T00:00", Grain.WEEK),
        # control, a deadline moved in a past clause looks ahead: Wed 11 Nov 2026, Monday 9 Nov .. Monday 16 Nov
        ("The storm hit the coast on Monday. The council vote was postponed until later in the week.", "later in the week",
         "2026-11-11", "2026-W46", "2026-11-09T00:00", "2026-11-16T00:00", Grain.WEEK),
        # control, a year over before publication: its own end (1 Jan 2026 is before 22 Jan 2026)
        ("The council approved the budget in March last year. Later in the year it cut bus fares.", "Later in the year",
         "2026-01-21", "2025", "2025-03-01T00:00", "2026-01-01T00:00", Grain.YEAR),
    ],
)
def test_later_in_the_period_in_a_past_clause_ends_with_the_reference_day(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a deadline moved to a day named with "bank holiday" before it: the day ahead, as "moved to Monday"


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Wed 20 May 2026: the late May bank holiday is Monday 25 May (not Monday 18 May, before publication)
        ("The parish council has moved the plant sale to the bank holiday Monday.", "Monday",
         "2026-05-20", "2026-05-25", "2026-05-25T00:00", "2026-05-26T00:00", Grain.DAY),
        # Wed 26 Aug 2026: a past deferring verb, the day ahead: Monday 31 Aug
        ("The final was postponed to the bank holiday Monday.", "Monday",
         "2026-08-26", "2026-08-31", "2026-08-31T00:00", "2026-09-01T00:00", Grain.DAY),
        # control, no deferring verb: a past clause's Monday is the last one (Wed 27 May 2026: 25 May)
        ("Crowds packed the beaches on the bank holiday Monday.", "Monday",
         "2026-05-27", "2026-05-25", "2026-05-25T00:00", "2026-05-26T00:00", Grain.DAY),
    ],
)
def test_a_deadline_moved_to_the_bank_holiday_monday_lies_ahead(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- narrative: "the winter of Y" told when the story is already in Y after its January and February is the winter that
# begins in December Y (value as written), and a bare month after it follows it


def _check_narrative(text: str, expression: str, value: str, earliest: str, latest: str, grain: object) -> None:
    """``_check`` for a history read in narrative mode (the reader's day 4 Dec 2026 plays no part)."""
    from timeline.tagger import tag

    found = [t for t in tag(text, "2026-12-04", mode="narrative").timexes if t.text == expression]
    assert found, f"{expression!r} not tagged"
    t = found[0]
    got = (t.value, t.earliest.isoformat(timespec="minutes") if t.earliest else "none",
           t.latest.isoformat(timespec="minutes") if t.latest else "none", t.grain)
    assert got == (value, earliest, latest, grain)


_LISBON = "The fleet reached Lisbon in June 1808 and stayed through the winter of 1808. In January the admiral was recalled."


@pytest.mark.parametrize(
    "text,expression,value,earliest,latest,grain",
    [
        # the story is in June 1808: the winter of December 1808 to February 1809, and its January is 1809's
        (_LISBON, "the winter of 1808", "1808-WI", "1808-12-01T00:00", "1809-03-01T00:00", Grain.SEASON),
        (_LISBON, "January", "1809-01", "1809-01-01T00:00", "1809-02-01T00:00", Grain.MONTH),
        # control, the past perfect looks back: the winter that ended in February 1808
        ("The fleet reached Lisbon in June 1808. Its crews had suffered in the winter of 1808.", "the winter of 1808",
         "1808-WI", "1807-12-01T00:00", "1808-03-01T00:00", Grain.SEASON),
        # control, a story told by its year alone: the winter named by its January's year
        ("The regiment was raised in 1808. In the winter of 1808 it drilled at Dover.", "the winter of 1808",
         "1808-WI", "1807-12-01T00:00", "1808-03-01T00:00", Grain.SEASON),
    ],
)
def test_the_winter_of_the_story_year_told_after_its_february_is_the_one_ahead(text, expression, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check_narrative(text, expression, value, earliest, latest, grain)


# --- narrative: a bare month after "by" with a date told earlier in its sentence is the point the span from that date ran
# to: not before it ("in March was increased to 20,000 by December" is that year's December), and the story stays at the
# span's start (a month two sentences on is counted from March, not from December)

_MARINES = ("The marines landed on 8 March 1803. The force of 3,500 in March was increased to 20,000 by December. The men "
            "were unused to the heat. In May the first forts were finished.")


@pytest.mark.parametrize(
    "text,expression,value,earliest,latest,grain",
    [
        # December 1803 (nine months on from March), not December 1802 (three months back)
        (_MARINES, "December", "1803-12", "1803-12-01T00:00", "1804-01-01T00:00", Grain.MONTH),
        # the story stays in March 1803: May 1803, not May 1804 (after December)
        (_MARINES, "May", "1803-05", "1803-05-01T00:00", "1803-06-01T00:00", Grain.MONTH),
        # control, no date before it in its sentence: "by" may look back a little at what the story told (Sept 1703)
        ("The offensive opened on 2 October 1703. At the same time an attack on the port was repulsed by late September.",
         "late September", "1703-09", "1703-09-21T00:00", "1703-10-01T00:00", Grain.MONTH),
        # control, no "by": the nearest December stays the one before
        ("The marines landed on 8 March 1803. The force of 3,500 in March had been raised in December.", "December",
         "1802-12", "1802-12-01T00:00", "1803-01-01T00:00", Grain.MONTH),
    ],
)
def test_a_month_after_by_ends_a_span_from_a_date_of_its_sentence(text, expression, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check_narrative(text, expression, value, earliest, latest, grain)


# --- a clock time followed in its clause by a count of days (or longer) before/after an event: its day is counted from
# that event, not the story's day, so it is left unknown (no bounds) rather than put on the day told last

_RIFLE = "The rifle was found on April 8. "


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        (_RIFLE + "A jogger saw the car at 6 a.m. near the house ten days before the shooting.", "6 a.m.",
         "2026-04-19", "XXXX-XX-XXT06:00", "none", "none", Grain.MINUTE),
        # a comma right after the clock may set the count off
        (_RIFLE + "A neighbour heard shots at 10 p.m., two days before the fire.", "10 p.m.",
         "2026-04-19", "XXXX-XX-XXT22:00", "none", "none", Grain.MINUTE),
        # control, a step on from the story's day ("two days later") is no event's count: the clock is on 8 April
        (_RIFLE + "Police arrived at 10 p.m. and left two days later.", "10 p.m.",
         "2026-04-19", "2026-04-08T22:00", "2026-04-08T22:00", "2026-04-08T22:01", Grain.MINUTE),
        # control, hours from an event keep the story's day
        (_RIFLE + "Police arrived at 10 p.m., three hours after the fire.", "10 p.m.",
         "2026-04-19", "2026-04-08T22:00", "2026-04-08T22:00", "2026-04-08T22:01", Grain.MINUTE),
        # control, a count before a date names that date's neighbour, not an event: not this rule (the story's day)
        (_RIFLE + "Police arrived at 10 p.m. two days before April 10.", "10 p.m.",
         "2026-04-19", "2026-04-08T22:00", "2026-04-08T22:00", "2026-04-08T22:01", Grain.MINUTE),
    ],
)
def test_a_clock_time_counted_from_an_event_has_no_day(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a time opening its sentence before "was due/set/expected to ...": a plan reported, either side of now (the nearest),
# as the same words read after the verb ("was due to vote on Friday"); a plain past verb keeps the past


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Wed 11 Nov 2026: Friday 13 Nov (two days ahead) is nearer than Friday 6 Nov (five back)
        ("On Friday the council was due to vote on the plan.", "Friday",
         "2026-11-11", "2026-11-13", "2026-11-13T00:00", "2026-11-14T00:00", Grain.DAY),
        ("In December the firm was set to close its last plant.", "December",
         "2026-11-11", "2026-12", "2026-12-01T00:00", "2027-01-01T00:00", Grain.MONTH),
        # the plan's "later in the year" is not capped at publication (it looks either way, not back)
        ("The firm cut jobs in March. Later in the year it was set to close a plant.", "Later in the year",
         "2026-11-11", "2026", "2026-03-01T00:00", "2027-01-01T00:00", Grain.YEAR),
        # control: Monday 9 Nov (two back) is nearer than Monday 16 Nov
        ("On Monday the council was due to vote on the plan.", "Monday",
         "2026-11-11", "2026-11-09", "2026-11-09T00:00", "2026-11-10T00:00", Grain.DAY),
        # control: "was set" with no infinitive is no plan ("a record was set"): the last Friday
        ("On Friday a new course record was set by a French runner.", "Friday",
         "2026-11-11", "2026-11-06", "2026-11-06T00:00", "2026-11-07T00:00", Grain.DAY),
        # control: a past verb, the last Friday (6 Nov)
        ("On Friday the council voted on the plan.", "Friday",
         "2026-11-11", "2026-11-06", "2026-11-06T00:00", "2026-11-07T00:00", Grain.DAY),
    ],
)
def test_an_opening_time_before_a_reported_plan_takes_the_nearest(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)
