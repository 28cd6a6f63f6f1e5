"""Session 34, helper place: events of news stories placed on their likely day (sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

from timeline import build

from _timelines import event, likely_within_day


def test_a_report_spoken_on_a_call_past_its_hearers_is_a_step_of_the_story() -> None:
    # published Thursday 12 Nov 2026: the results came on Wednesday; the chief told analysts on a call then, not on Thursday
    tl = build("Dunmore Cables lowered its profit outlook on Wednesday. Its finance chief told investors on a conference call "
               "that copper prices had doubled.", reference_time="2026-11-12")
    assert likely_within_day(event(tl, "told"), dt.date(2026, 11, 11))
    # at a briefing, past the hearers, too
    tl = build("The council closed the library on Monday. Its leader told reporters at a briefing that the roof was unsafe.",
               reference_time="2026-11-12")
    assert likely_within_day(event(tl, "told"), dt.date(2026, 11, 9))
    # a call as what was said ("said the call ...") is no occasion: the report stays at publication
    tl = build("The council closed the library on Monday. Its leader said the call for a review came too late.",
               reference_time="2026-11-12")
    assert likely_within_day(event(tl, "said"), dt.date(2026, 11, 12))


def test_a_dated_step_in_a_time_clause_of_a_plan_is_scheduled_not_supposed() -> None:
    # published Monday 9 Nov 2026: the ban ends on Wednesday (a step the text dates), then the club plays again
    tl = build("Rovers will play at home again on 21 November after the stadium ban ends on Wednesday.", reference_time="2026-11-09")
    ends = event(tl, "ends")
    assert ends.real
    assert likely_within_day(ends, dt.date(2026, 11, 11))
    # a condition keeps it supposed, even dated
    tl = build("Rovers will play at home again on 21 November if the stadium ban ends on Wednesday.", reference_time="2026-11-09")
    assert not event(tl, "ends").real
    # and with no time of its own it stays unplaced (nothing says when)
    tl = build("Rovers will play at home again after the stadium ban ends.", reference_time="2026-11-09")
    assert not event(tl, "ends").real


def test_a_past_perfect_a_dated_report_tells_is_over_before_the_report() -> None:
    # published Wednesday 25 Nov 2026: the auditors reported on Monday; the use of the donations they told of came before,
    # not on Monday
    tl = build("The charity's auditors reported on Monday that its founder had used donations to buy a flat.", reference_time="2026-11-25")
    used = event(tl, "used")
    assert used.likely_end is not None and used.likely_end <= dt.datetime(2026, 11, 23)
    assert likely_within_day(event(tl, "reported"), dt.date(2026, 11, 23))
    # an end reached ("had concluded") is the report's news: it keeps the report's day
    tl = build("Fire officers said on Monday that they had concluded that the barn fire was arson.", reference_time="2026-11-25")
    assert likely_within_day(event(tl, "concluded"), dt.date(2026, 11, 23))
    # a simple past the report tells keeps the report's day (the discourse's time)
    tl = build("The charity's auditors reported on Monday that its founder used donations to buy a flat.", reference_time="2026-11-25")
    assert likely_within_day(event(tl, "used"), dt.date(2026, 11, 23))


def test_a_hearing_that_attributes_a_dated_past_continues_the_story_s_day() -> None:
    # published Monday 7 Dec 2026: sentenced on Friday; what the court heard is dated 2021, the hearing is Friday's
    tl = build("A former porter was jailed on Friday. He began selling patients' medicines in 2021, Truro Crown Court heard.",
               reference_time="2026-12-07")
    assert likely_within_day(event(tl, "heard"), dt.date(2026, 12, 4))
    assert event(tl, "began").likely_start is not None and event(tl, "began").likely_start.year == 2021
    # a report that is no occasion's stays at publication, where the conventions for reports put it
    tl = build("A former porter was jailed on Friday. He began selling patients' medicines in 2021, his lawyer said.",
               reference_time="2026-12-07")
    assert likely_within_day(event(tl, "said"), dt.date(2026, 12, 7))


def test_an_aside_that_ends_its_sentence_does_not_move_the_story_off_the_lead_s_day() -> None:
    # published Thursday 3 Dec 2026: prices rose on Monday; the pound's fall last week is an aside about the pound that ends
    # its sentence, so the queues after it are still Monday's news, not the publication day's
    story = ("Prices at the pump rose on Monday. Retailers blamed a weaker pound, which fell to a two-year low last week. "
             "Drivers queued at some stations.")
    tl = build(story, reference_time="2026-12-03")
    assert likely_within_day(event(tl, "queued"), dt.date(2026, 11, 30))
    fell = event(tl, "fell")
    assert fell.likely_start is not None and fell.likely_start >= dt.datetime(2026, 11, 23)
    assert fell.likely_end is not None and fell.likely_end <= dt.datetime(2026, 11, 30)
    # a time of the main clause still moves the story: the queues of Wednesday are not Monday's
    story = ("Prices at the pump rose on Monday. Retailers blamed a weaker pound on Wednesday. Drivers queued at some stations.")
    tl = build(story, reference_time="2026-12-03")
    assert not likely_within_day(event(tl, "queued"), dt.date(2026, 11, 30))


def test_a_time_after_a_participle_completing_an_object_dates_the_verb() -> None:
    # published Monday 16 Nov 2026: the guard found the door (forced, at some time before) on Friday morning
    tl = build("A security guard had found a door forced on Friday morning.", reference_time="2026-11-16")
    found = event(tl, "found")
    assert any(a.target != "reference_time" for a in found.anchors)
    assert likely_within_day(found, dt.date(2026, 11, 13))
    # a report's object clause is no such complement: the time stays the crash's
    tl = build("The driver said the car crashed on Friday morning.", reference_time="2026-11-16")
    assert all(a.target == "reference_time" for a in event(tl, "said").anchors)
