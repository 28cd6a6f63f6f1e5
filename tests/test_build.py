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
    assert charged.earliest_start is not None and charged.earliest_start >= dt.datetime(2025, 3, 2) + dt.timedelta(days=18) or charged.earliest_start is None


def test_build_conflicts_are_reported_and_a_timeline_still_produced() -> None:
    tl = build("The talks ended on Friday. The talks ended before Thursday.", "2026-02-02")
    assert tl.events
    for c in tl.conflicts:
        assert c.dropped and c.evidence


def test_build_events_without_anchor_say_so() -> None:
    tl = build("Analysts debated the plan.", None)
    assert tl.events
    for e in tl.events:
        assert e.anchors


def test_build_example_article_everything_reported_ends_by_publication() -> None:
    tl = build(EXAMPLE.read_text(encoding="utf-8"), "2026-02-02")
    landfall = min((e for e in tl.events if e.text == "landfall"), key=lambda e: e.start)
    assert landfall.latest_start is not None and landfall.latest_start <= dt.datetime(2026, 1, 31, 7)
    for e in tl.events:
        if e.tense == "PAST" and e.polarity == "POS" and e.latest_end is not None:
            assert e.latest_end <= dt.datetime(2026, 2, 3)
    # the timeline is in an order consistent with every definite relation
    position = {e.eid: i for i, e in enumerate(tl.events)}
    for r in tl.relations:
        assert position[r.source] < position[r.target]


def test_build_refuses_texts_beyond_its_limit_with_a_clear_error() -> None:
    import pytest

    with pytest.raises(timeline.InputTooLargeError, match="max_chars"):
        build("The storm hit on Sunday. " * 20, "2026-02-02", max_chars=100)


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
