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
