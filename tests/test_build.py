"""End to end: text + publication date -> events placed on the time axis (sentences written here)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import timeline
from timeline.build import build

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "storm-weekend.txt"


def _first(tl, word: str):
    return next(e for e in tl.events if e.text == word)


def test_build_attack_story_bounds() -> None:
    text = (
        "Gunmen attacked three police posts in the early hours of Saturday morning. "
        "Troops killed 20 of them within 30 hours of the assault, officials said on Monday. "
        "The interior minister visited the town shortly after the raids."
    )
    tl = build(text, "2026-02-02")
    attacked = _first(tl, "attacked")
    assert attacked.earliest_start == dt.datetime(2026, 1, 31, 0) and attacked.latest_end == dt.datetime(2026, 1, 31, 7)
    killed = _first(tl, "killed")
    assert killed.latest_end == dt.datetime(2026, 2, 1, 13)  # 07:00 Saturday + 30 hours at the latest
    visited = _first(tl, "visited")
    assert visited.latest_end is not None and visited.latest_end <= dt.datetime(2026, 2, 3)
    attacks = _first(tl, "raids")
    assert tl.before(attacks, visited)
    assert any(a.relation == "after" and "shortly after the raids" in a.evidence for a in visited.anchors)


def test_build_future_event_starts_after_publication() -> None:
    tl = build("The parliament will vote on the budget.", "2026-02-02")
    vote = _first(tl, "vote")
    assert vote.earliest_start == dt.datetime(2026, 2, 2)
    assert any(a.target == "reference_time" and a.relation == "after_ref" for a in vote.anchors)


def test_build_held_for_days_before_being_charged() -> None:
    tl = build("The suspect was arrested on March 2, 2025 and held for 18 days before being charged.", "2026-02-02")
    held, charged = _first(tl, "held"), _first(tl, "charged")
    assert tl.before(held, charged)
    # charged no later than the end of the publication day, held for 18 days before it
    assert charged.latest_start == dt.datetime(2026, 2, 3)
    assert held.latest_start == dt.datetime(2026, 2, 3) - dt.timedelta(days=18)
    assert not tl.before(charged, held)


def test_build_conflicts_are_reported_and_a_timeline_still_produced() -> None:
    tl = build("The talks ended on Friday. The talks ended before Thursday.", "2026-02-02")
    assert [e.text for e in tl.events].count("ended") == 2
    assert len(tl.conflicts) == 1
    (conflict,) = tl.conflicts
    assert len(conflict.dropped) == 1 and "on Friday" in conflict.evidence and "before Thursday" in conflict.evidence


def test_build_events_without_anchor_say_so() -> None:
    tl = build("Analysts debated the plan.", None)
    debated = _first(tl, "debated")
    assert {a.target for a in debated.anchors} == {"reference_time"}  # only its tense says anything
    assert debated.likely_start is None and debated.earliest_start is None  # and there is nothing to count from
    plan = _first(build("The plan stalled.", "2026-02-02"), "stalled")
    assert plan.likely_start is not None


def test_build_example_article_everything_reported_ends_by_publication() -> None:
    tl = build(EXAMPLE.read_text(encoding="utf-8"), "2026-02-02")
    landfall = min((e for e in tl.events if e.text == "landfall"), key=lambda e: e.start)
    assert landfall.latest_start is not None and landfall.latest_start <= dt.datetime(2026, 1, 31, 7)
    for e in tl.events:
        if e.tense == "PAST" and e.polarity == "POS" and e.latest_end is not None:
            assert e.latest_end <= dt.datetime(2026, 2, 3)
    # the timeline is in an order consistent with every relation between real events
    position = {e.eid: i for i, e in enumerate(tl.events)}
    real = {e.eid for e in tl.events if e.real}
    ordered = [r for r in tl.relations if r.source in real and r.target in real and r.relation in ("BEFORE", "AFTER")]
    assert ordered
    for r in ordered:
        first, second = (r.source, r.target) if r.relation == "BEFORE" else (r.target, r.source)
        assert position[first] < position[second], r


def test_build_refuses_texts_beyond_its_limit_with_a_clear_error() -> None:
    import pytest

    with pytest.raises(timeline.InputTooLargeError, match="max_chars"):
        build("The storm hit on Sunday. " * 20, "2026-02-02", max_chars=100)


def test_build_default_limit_is_a_guard_of_megabytes_not_a_speed_limit() -> None:
    """build grows linearly now: the default limit admits a megabyte of text and refuses just past its value."""
    import pytest

    from timeline.build import BUILD_MAX_CHARS
    from timeline.tagger import check_text

    check_text("x" * 1_000_000, "news", BUILD_MAX_CHARS)  # a 1 MB text is accepted by default
    with pytest.raises(timeline.InputTooLargeError, match="max_chars"):
        build("x" * (BUILD_MAX_CHARS + 1), "2026-02-02")


def test_build_no_event_inside_a_time_expression() -> None:
    text = "Bridge Reopens After Repairs\n5 Min Read\n\nEngineers reopened the bridge in the early hours of Friday after a night of work."
    tl = build(text, "2026-03-09")
    spans = [(t.start, t.end) for t in tl.timexes]
    assert spans, "the tagger should find the time expressions"
    for e in tl.events:
        assert not any(s < e.end and e.start < end for s, end in spans), e.text
    assert "reopened" in {e.text for e in tl.events}


def test_build_unknown_event_model_is_a_clear_error() -> None:
    import pytest

    with pytest.raises(timeline.InputError, match="event_model='crf'"):
        build("The storm hit.", "2026-02-02", event_model="crf")


def test_build_example_every_real_event_is_placed_and_died_on_sunday_night() -> None:
    tl = build(EXAMPLE.read_text(encoding="utf-8"), "2026-02-02")
    real = [e for e in tl.events if e.real]
    assert len(real) >= 30
    for e in real:
        assert e.likely_start is not None and e.likely_end is not None and e.likely_start <= e.likely_end, e
        assert e.confidence is not None and 0.0 <= e.confidence <= 1.0
    for e in tl.events:
        if not e.real:
            assert e.likely_start is None and e.likely_end is None
    died = _first(tl, "died")
    collapsed = _first(tl, "collapsed")
    # its "when" clause dates it: it happened during the collapse, which the text puts at 3:40
    assert [(a.target, str(a.relation)) for a in died.anchors if a.target == collapsed.eid] == [(collapsed.eid, "during")]
    assert dt.datetime(2026, 2, 1, 1) <= died.earliest_start <= died.latest_end <= dt.datetime(2026, 2, 1, 6)
    assert dt.datetime(2026, 2, 1, 1) <= died.likely_start <= died.likely_end <= dt.datetime(2026, 2, 1, 6)
    for word in ("stood", "lifted", "promised"):
        assert _first(tl, word).likely_start is not None


def test_build_likely_interval_lies_inside_the_certain_bounds() -> None:
    tl = build(EXAMPLE.read_text(encoding="utf-8"), "2026-02-02")
    for e in tl.events:
        if e.likely_start is None:
            continue
        assert e.earliest_start is None or e.earliest_start <= e.likely_start
        assert e.latest_start is None or e.likely_start <= e.latest_start
        assert e.earliest_end is None or e.earliest_end <= e.likely_end
        assert e.latest_end is None or e.likely_end <= e.latest_end


def test_build_reported_speech_sits_at_publication() -> None:
    tl = build("The mayor said the bridge would reopen.", "2026-05-04")
    said = _first(tl, "said")
    assert said.likely_start == dt.datetime(2026, 5, 4) and said.likely_end == dt.datetime(2026, 5, 5)
    assert "publication" in said.likely_basis


def test_build_relations_cover_every_event_with_publication_time_and_local_pairs() -> None:
    text = "Rescuers reached the village on Friday. They found two survivors. The army arrived later."
    tl = build(text, "2026-05-04")
    pairs = {(r.source, r.target) for r in tl.relations}
    for e in tl.events:
        if e.real:
            assert (e.eid, "reference_time") in pairs, e.text
    for r in tl.relations:
        assert r.relation in ("BEFORE", "AFTER", "INCLUDES", "IS_INCLUDED", "SIMULTANEOUS")
        assert 0.0 <= r.confidence <= 1.0
        if r.certain:
            assert r.confidence == 1.0
    reached = _first(tl, "reached")
    assert any(r.source == reached.eid and r.target == "reference_time" and r.relation == "BEFORE" and r.certain for r in tl.relations)


def test_build_json_carries_likely_intervals_and_relations() -> None:
    import json

    from timeline.render import to_json

    data = json.loads(to_json(build("The mayor said the bridge would reopen.", "2026-05-04")))
    said = next(e for e in data["events"] if e["text"] == "said")
    assert said["likely_start"] == "2026-05-04T00:00" and said["confidence"] is not None
    assert {"source", "target", "relation", "confidence", "certain"} <= set(data["relations"][0])


def test_build_invents_no_likely_time_for_an_event_tied_to_an_open_ended_time() -> None:
    tl = build("The rock formed 13.8 billion years ago.", "2026-02-02")
    formed = _first(tl, "formed")
    assert formed.latest_end == dt.datetime(2026, 2, 2) and formed.earliest_start is None
    assert formed.likely_start is None and formed.likely_end is None


def test_build_published_in_the_first_minute_of_a_day() -> None:
    """The publication-day convention must not ask an event to start before the day begins."""
    tl = build("The talks ended. Officials met again.", dt.datetime(2026, 2, 2, 0, 0, 30), event_model="perceptron")
    for e in tl.events:
        if e.real:
            assert e.likely_start is not None and e.likely_start <= e.likely_end


def test_build_example_states_the_order_of_events_far_apart_on_the_timeline() -> None:
    # the evacuation (Saturday-Sunday) and the pumping (Monday) are many events apart in timeline
    # order; a reader still expects the relation stated, and the text entails it
    tl = build(EXAMPLE.read_text(encoding="utf-8"), "2026-02-02")
    evacuated, pumping = _first(tl, "evacuated").eid, _first(tl, "pumping").eid
    stated = {(r.source, r.target): r for r in tl.relations}
    r = stated.get((evacuated, pumping)) or stated.get((pumping, evacuated))
    assert r is not None and r.certain
    assert (r.source, r.relation) in ((evacuated, "BEFORE"), (pumping, "AFTER"))


def test_stages_pause_the_collector_and_leave_it_as_found() -> None:
    """A build pauses the cyclic collector while its stages run and restores it, on error too,
    and a collector the caller had disabled stays disabled."""
    import gc

    import pytest

    from timeline.pipeline import collection_paused

    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        with collection_paused():
            raise RuntimeError("stage failed")
    assert gc.isenabled()
    gc.disable()
    try:
        build("The council met on Monday. Two days later, the bridge reopened.", "2026-03-04", event_model="perceptron")
        assert not gc.isenabled()
    finally:
        gc.enable()
    build("The council met on Monday. Two days later, the bridge reopened.", "2026-03-04", event_model="perceptron")
    assert gc.isenabled()
