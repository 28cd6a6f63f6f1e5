"""Session 43, helper place: the head noun of a subject completed by a phrase is the happening its predicate dates ("the
draw for the quarter-finals takes place on Sunday"); an ordinal day of someone's span ("on the third day of her trial
in March") is no day of the story (sentences written for these tests)."""
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


def test_an_ordinal_day_of_someones_span_is_no_story_day() -> None:
    doc = tag("He changed his plea on the fourth day of his trial in June.", reference_time="2026-09-10")
    assert [t.text for t in doc.timexes] == ["June"]


def test_an_ordinal_day_of_someones_span_leaves_the_month_to_the_event() -> None:
    # published Thursday 10 September 2026: the change of plea is in June, not on the publication day
    tl = build("He changed his plea on the fourth day of his trial in June.", reference_time="2026-09-10")
    june = dt.datetime(2026, 6, 1)
    assert likely_within(only_event(tl, "changed"), june, dt.datetime(2026, 7, 1))


def test_an_ordinal_day_in_a_run_stays_the_story_day() -> None:
    # control: "its fifth day" of a strike still going on is the story's day
    doc = tag("The strike entered its fifth day on Friday.", reference_time="2026-09-10")
    assert "its fifth day" in [t.text for t in doc.timexes]
