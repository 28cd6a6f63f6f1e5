"""A past perfect before "when" was over by the time of the clause "when" opens ("the thieves had
gone when officers arrived"); a simple past overlaps it (timeline/anchoring/events.py,
``perfect_signals`` in the language's anchoring cues).  Sentences written for these tests."""

from __future__ import annotations

import pytest

import timeline

REF = "2026-01-14"


def _relation(text: str, a: str, b: str) -> str:
    events = {e.text: e for e in timeline.build(text, reference_time=REF).events}
    target = events[b].eid
    return next(str(x.relation.value) for x in events[a].anchors if x.target == target)


@pytest.mark.parametrize("text, a, b", [
    ("The thieves had gone when officers arrived at the shop.", "gone", "arrived"),
    ("The fire had spread to the roof when crews arrived.", "spread", "arrived"),
])
def test_a_past_perfect_before_when_is_over_by_then(text: str, a: str, b: str) -> None:
    assert _relation(text, a, b) == "before"


@pytest.mark.parametrize("text, a, b", [
    ("The thieves fled when officers arrived at the shop.", "fled", "arrived"),
    ("The roof collapsed when the fire spread to the attic.", "collapsed", "spread"),
])
def test_a_simple_past_before_when_overlaps_it(text: str, a: str, b: str) -> None:
    assert _relation(text, a, b) == "during"
