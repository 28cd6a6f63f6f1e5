"""Session 49 (lead): behaviour found by reading timelines of stories written for the purpose (sentences are ours)."""

from __future__ import annotations

import datetime as dt

from _timelines import event as _event  # the first event with that word

import timeline


def _before_day(e: timeline.Event, day: dt.datetime) -> bool:
    return e.likely_end is not None and e.likely_end <= day


def test_a_thing_made_by_someone_was_made_before_its_clause() -> None:
    # "A footbridge built by volunteers collapsed on Saturday": the building came before the collapse, not on its day
    tl = timeline.build("A footbridge built by volunteers collapsed on Saturday.", reference_time="2027-10-14")
    built, collapsed = _event(tl, "built"), _event(tl, "collapsed")
    assert collapsed.likely_start == dt.datetime(2027, 10, 9)
    assert _before_day(built, dt.datetime(2027, 10, 9))
    assert "aside" in built.likely_basis


def test_a_creation_aside_set_off_by_commas_is_before_too() -> None:
    # "The ship, designed by a Danish firm, sank on Monday": not the publication day the learned guess gave it
    tl = timeline.build("The ship, designed by a Danish firm, sank on Monday.", reference_time="2027-10-14")
    assert _before_day(_event(tl, "designed"), dt.datetime(2027, 10, 11))
