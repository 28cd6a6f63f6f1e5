"""Session 43, helper place: the head noun of a subject completed by a phrase is the happening its predicate dates ("the
draw for the quarter-finals takes place on Sunday"); "its fifth day" of a run stays the story's day (sentences written
for these tests).  (The helper's veto on "the third day of her trial" was taken out in review: TE3 tags such days.)"""
from __future__ import annotations

import datetime as dt

from timeline import build, tag

from _timelines import likely_within, likely_within_day, only_event


def test_the_head_of_a_completed_subject_takes_place_on_the_day() -> None:
    # published Thursday 12 March 2026: the draw is on Sunday 15, not on the publication day
    tl = build("The draw for the semi-finals takes place on Sunday at the town hall.", reference_time="2026-03-12")
    assert likely_within_day(only_event(tl, "draw"), dt.date(2026, 3, 15))


def test_the_head_of_a_completed_passive_subject_is_held_on_the_day() -> None:
    tl = build("A service for the missing sailors will be held on Friday in the harbour.", reference_time="2026-03-12")
    service = only_event(tl, "service")
    assert likely_within_day(service, dt.date(2026, 3, 13)) and service.likely_kind == "text"


def test_a_completed_subject_of_another_predicate_is_not_dated_by_the_text() -> None:
    # control: "was criticised" says nothing took place; the draw gets Sunday only from the discourse, not as the text's
    tl = build("The draw for the semi-finals was criticised by fans on Sunday.", reference_time="2026-03-12")
    assert only_event(tl, "draw").likely_kind != "text"


def test_the_head_of_a_completed_subject_is_dated_by_the_text() -> None:
    tl = build("The draw for the semi-finals takes place on Sunday at the town hall.", reference_time="2026-03-12")
    assert only_event(tl, "draw").likely_kind == "text"


def test_an_ordinal_day_in_a_run_stays_the_story_day() -> None:
    # control: "its fifth day" of a strike still going on is the story's day
    doc = tag("The strike entered its fifth day on Friday.", reference_time="2026-09-10")
    assert "its fifth day" in [t.text for t in doc.timexes]
