"""Events placed (issue 10), session s24.  Sentences written for these tests.

"The resignation" restates "resigned" (lexicon ``same_kind``, ``verb_kinds``): a report "after the
resignation" follows the resigning the story dated."""

from __future__ import annotations

import datetime as dt

import timeline
from _timelines import event as _event, stated_before as _before, likely_within_day as _within_day

REF = "2026-05-22"  # a Friday; Monday is the 18th, Tuesday the 19th, Wednesday the 20th, Thursday the 21st


def _build(text: str) -> timeline.Timeline:
    return timeline.build(text, reference_time=REF)


def test_the_resignation_restates_resigned() -> None:
    tl = _build("The transport secretary resigned on Tuesday. Her deputy said after the resignation that the rail plan would go ahead.")
    resignation = _event(tl, "resignation")
    assert any(a.relation == "simultaneous" and a.target == _event(tl, "resigned").eid for a in resignation.anchors)
    assert _within_day(resignation, dt.date(2026, 5, 19))
    assert _before(tl, "resigned", "said")
    tl = _build("Two board members resigned on Monday. The chairman accepted the resignations and thanked them.")
    assert _within_day(_event(tl, "resignations"), dt.date(2026, 5, 18))
