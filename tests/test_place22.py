"""Events placed (issue 10), session s22.  Sentences written for these tests.

A "before" time after the second of two verbs joined by "and" (sharing subject and auxiliary)
ends the first too: "were winched into a helicopter and flown to hospital before noon"
(lexicon ``shared_before_coordinators``: anchoring/times.py ``_coordinated_first``)."""

from __future__ import annotations

import datetime as dt

import timeline
from _timelines import event as _event, stated_before as _before, likely_within_day as _within_day

REF = "2026-04-17"  # a Friday; Monday is the 13th, Tuesday the 14th, Wednesday the 15th, Thursday the 16th


def _build(text: str) -> timeline.Timeline:
    return timeline.build(text, reference_time=REF)


def test_the_first_of_two_coordinated_verbs_ends_before_the_seconds_before_time() -> None:
    tl = _build("The crew were winched into a helicopter and flown to hospital before noon on Wednesday.")
    winched = _event(tl, "winched")
    assert any(a.relation == "before" for a in winched.anchors)
    assert _within_day(winched, dt.date(2026, 4, 15))
    assert winched.latest_end is not None and winched.latest_end <= dt.datetime(2026, 4, 15, 12, 0)


def test_a_verb_with_its_own_subject_after_and_does_not_share_the_before_time() -> None:
    tl = _build("The storm passed and the crowd dispersed before midnight on Wednesday.")
    assert not any(a.relation == "before" and a.target != "reference_time" for a in _event(tl, "passed").anchors)
    tl = _build("Police arrived, and dispersed the crowd before midnight on Wednesday.")
    assert not any(a.relation == "before" and a.target != "reference_time" for a in _event(tl, "arrived").anchors)

