"""The order a timeline gives events (session s43, helper order, bench/stories-s43order): a noun that names a crash
before the verb that tells it, and an aspectual verb with an object of its own.  Each kind has a control the rule must
keep."""

from __future__ import annotations

import datetime as dt

import timeline
from tests._timelines import anchors_of, event, likely_within_day, stated_before


def test_a_crash_named_in_the_lead_is_the_collision_told_after_it() -> None:
    # published Thursday 8 Oct 2026: the crash is the colliding on 14 November 2025, so "minutes before the crash" is
    # minutes before the colliding
    tl = timeline.build("An inquiry blamed a signal fault for the tram crash. Two trams collided at a junction on the "
                        "evening of 14 November 2025. Minutes before the crash, a controller had cleared the second tram.",
                        "2026-10-08")
    assert ("simultaneous", event(tl, "collided").eid) in anchors_of(event(tl, "crash"))
    assert stated_before(tl, "cleared", "collided")


def test_a_crash_a_when_clause_tells_is_its_colliding() -> None:
    tl = timeline.build("Two passengers were killed in a crash on the A40 early on Monday, when a coach collided with a "
                        "lorry. Investigators said the driver had worked for 14 hours before the crash.", "2026-11-17")
    assert ("simultaneous", event(tl, "collided").eid) in anchors_of(event(tl, "crash"))
    assert stated_before(tl, "worked", "collided")


def test_a_crash_with_no_when_clause_is_not_the_next_colliding() -> None:
    # control: an indefinite crash and a colliding in the next sentence may be two crashes
    tl = timeline.build("Two passengers were killed in a crash on the A40 early on Monday. A van collided with a bus in "
                        "Oxford on Sunday.", "2026-11-17")
    assert ("simultaneous", event(tl, "collided").eid) not in anchors_of(event(tl, "crash"))


def test_a_crash_far_from_its_when_is_not_the_colliding() -> None:
    # control: "when" opens a clause about something else, many words on
    tl = timeline.build("He was hurt in a crash last year and was still in pain in March this year, when the team "
                        "collided with its sponsor over pay.", "2026-11-17")
    assert ("simultaneous", event(tl, "collided").eid) not in anchors_of(event(tl, "crash"))


def test_an_aspectual_verb_with_an_object_does_not_end_its_subject() -> None:
    # "The crash closed the road": the road closed for nine hours; the crash did not end when the closing did
    tl = timeline.build("A lorry crashed on the A40 on Monday. The crash closed the road for nine hours.", "2026-11-17")
    crash = event(tl, "crash")
    assert all(relation != "ended_by" for relation, _ in anchors_of(crash))


def test_an_aspectual_verb_with_no_object_still_ends_its_subject() -> None:
    # control: "The exhibition closed on Sunday" ends the exhibition
    tl = timeline.build("The exhibition opened in May. The exhibition closed on Sunday.", "2026-11-17")
    exhibition = [e for e in tl.events if e.text == "exhibition"][-1]
    assert any(relation == "ended_by" for relation, _ in anchors_of(exhibition))


def test_a_time_after_an_aspectual_verb_is_no_object() -> None:
    # control: "closed the next day": a determiner, but a time expression starts there
    from timeline.anchoring import anchor_words
    from timeline.anchoring.aspectual import _has_object

    text = "The show closed the next day."
    closed = event(timeline.build("The show closed.", "2026-11-17"), "closed")
    assert _has_object(anchor_words("en"), text, closed, frozenset())
    assert not _has_object(anchor_words("en"), text, closed, frozenset({closed.end + 1}))


def test_a_when_clause_after_another_verb_is_not_the_nouns() -> None:
    # control: the "when" follows another clause's verb ("stayed"): it times that clause, not the crash
    tl = timeline.build("He was hurt in a crash and stayed in hospital until March, when the team collided with its "
                        "sponsor.", "2026-11-17")
    assert ("simultaneous", event(tl, "collided").eid) not in anchors_of(event(tl, "crash"))


def test_a_length_in_the_next_sentence_counts_from_the_last_step_of_a_chain() -> None:
    # "left ... and hit the pier 25 minutes later. Coastguards reached the scene within ten minutes": after the hitting
    tl = timeline.build("A ferry left the island at 6.40 a.m. on Sunday and hit a pier 25 minutes later. Coastguards "
                        "reached the scene within ten minutes.", "2026-09-14")
    assert ("within", event(tl, "hit").eid) in anchors_of(event(tl, "reached"))
    assert stated_before(tl, "hit", "reached")


def test_a_length_in_the_next_sentence_counts_from_the_main_verb_before_a_clause() -> None:
    # control: "broke out ... after a fryer overheated": the second verb is no next step; the length counts from the first
    tl = timeline.build("A fire broke out in a kitchen at 2 a.m. on Sunday after a fryer overheated. Crews put it out "
                        "within an hour.", "2026-09-14")
    put = event(tl, "put")
    assert ("within", event(tl, "broke").eid) in anchors_of(put)
    assert ("within", event(tl, "overheated").eid) not in anchors_of(put)
