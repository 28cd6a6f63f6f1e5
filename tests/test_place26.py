"""Events placed on the news day (session s26, helper place): what a witness perceived, told in the report right after the lead."""

from __future__ import annotations

import datetime as dt

import timeline
from tests._timelines import event, likely_within_day

SILO = ("A grain silo exploded at a farm near Oxley on Saturday evening. "
        "Neighbours said they heard two blasts before the roof fell into the yard. "
        "The owner said on Monday that the farm would reopen next month.")


def test_what_witnesses_heard_after_the_lead_is_on_the_lead_day() -> None:
    """Published Monday 9 Nov 2026: the blasts were heard on Saturday (the explosion's day), not on the
    publication day, though the sentence that tells it is led by a report."""
    tl = timeline.build(SILO, "2026-11-09")
    assert likely_within_day(event(tl, "heard"), dt.date(2026, 11, 7))


def test_what_the_perception_saw_happen_after_it_is_on_the_lead_day_too() -> None:
    """The roof fell after the blasts were heard: the same Saturday."""
    tl = timeline.build(SILO, "2026-11-09")
    assert likely_within_day(event(tl, "fell"), dt.date(2026, 11, 7))


def test_the_report_itself_stays_on_the_publication_day() -> None:
    """The neighbours' saying is placed where TimeML annotators put undated reports: the publication day."""
    tl = timeline.build(SILO, "2026-11-09")
    assert likely_within_day(event(tl, "said"), dt.date(2026, 11, 9))


def test_what_a_report_says_without_a_perception_is_not_moved() -> None:
    """ "Neighbours said the owner had the tractors moved before ...": no witness's perception; what a
    report says may lie days back, so it is not put on the lead's day by the report's place in the story."""
    text = ("A grain silo exploded at a farm near Oxley on Saturday evening. "
            "Neighbours said the owner emptied the barn before the roof fell into the yard. "
            "The owner said on Monday that the farm would reopen next month.")
    tl = timeline.build(text, "2026-11-09")
    assert not likely_within_day(event(tl, "emptied"), dt.date(2026, 11, 7))


def test_an_event_lasting_until_a_night_named_by_its_day_ends_by_its_midnight() -> None:
    """ "until late on Saturday night" (a night runs 19:00 to 06:00): published Monday 9 Nov 2026, the
    volunteers' work most likely ended on Saturday, as an event put in that night does."""
    text = ("Volunteers filled sandbags along the river in Hexham until late on Saturday night. "
            "The water level fell on Sunday.")
    tl = timeline.build(text, "2026-11-09")
    assert likely_within_day(event(tl, "filled"), dt.date(2026, 11, 7))


BUS = ("A cyclist was struck by a bus in Marlow on Saturday morning. "
       "The driver, who joined the bus company in 2015, was breathalysed at the scene. "
       "The cyclist broke both legs.")


def test_a_time_in_an_aside_about_a_participant_does_not_end_the_lead_day() -> None:
    """Published Monday 9 Nov 2026: "who joined the bus company in 2015" tells the driver's past, not a new day of
    the story, so the next sentence's undated injury is still Saturday's news."""
    tl = timeline.build(BUS, "2026-11-09")
    assert likely_within_day(event(tl, "broke"), dt.date(2026, 11, 7))


def test_a_time_outside_an_aside_still_ends_the_lead_day() -> None:
    """The same story with the driver's past told in a sentence of its own: 2015 lies years before the story's day, a
    background a reader leaves at once (session 31: the assertion was "not on the lead's day"; a reader puts the
    injury in Saturday's collision), so the undated injury after it is back on Saturday."""
    tl = timeline.build(BUS.replace(", who joined the bus company in 2015,", " joined the bus company in 2015 and") , "2026-11-09")
    assert likely_within_day(event(tl, "broke"), dt.date(2026, 11, 7))


KAYAK = ("A kayaker who had been missing for two days was found on an island in Loch Varr on Sunday morning. "
         "She was flown by helicopter to a hospital in Fort Kell, where nurses said on Sunday evening that she was cold but unhurt.")


def test_a_happening_bounded_only_by_a_gap_of_days_is_on_the_day_of_what_is_known() -> None:
    """Published Tuesday 10 Nov 2026: the flight came before what the nurses said on Sunday evening; only a week's gap
    bounded it from below (a likely interval from 1 to 10 November): most likely on Sunday, the day of what is known."""
    tl = timeline.build(KAYAK, "2026-11-10")
    assert likely_within_day(event(tl, "flown"), dt.date(2026, 11, 8))


def test_a_happening_dated_to_a_year_keeps_the_year() -> None:
    """ "opened a second shop in 2019": the text dates it to the year; it is not squeezed into the year's last day."""
    text = ("A bakery chain closed all its shops in Harwell on Monday. "
            "The chain opened a second shop in 2019 and hired twelve bakers.")
    e = event(timeline.build(text, "2026-11-10"), "opened")
    assert e.likely_start == dt.datetime(2019, 1, 1) and e.likely_end == dt.datetime(2020, 1, 1)


def test_an_event_certain_to_end_in_the_publication_days_first_hours_most_likely_ended_before_it() -> None:
    """Published Monday 9 Nov 2026: "Within hours" of Sunday afternoon's remarks reaches at most into Monday's first hours;
    the resignation most likely came on Sunday, not squeezed into Monday's early hours by the news convention."""
    text = ("The club's chairman told reporters on Sunday afternoon that the manager would stay. "
            "Within hours the manager had resigned.")
    assert likely_within_day(event(timeline.build(text, "2026-11-09"), "resigned"), dt.date(2026, 11, 8))
