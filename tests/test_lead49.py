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


def test_a_passive_main_verb_of_making_keeps_its_time() -> None:
    # the negative: "was built by volunteers and opened on Friday" is the clause's own verb, in the story's time
    tl = timeline.build("The hall was built by volunteers and opened on Friday.", reference_time="2027-10-14")
    built = _event(tl, "built")
    assert "aside" not in (built.likely_basis or "")


def test_a_making_verb_not_followed_by_its_agent_is_no_aside() -> None:
    # the negative: "Volunteers built a footbridge and opened it on Saturday": a verb of the story, that Saturday
    tl = timeline.build("Volunteers built a footbridge and opened it on Saturday.", reference_time="2027-10-14")
    assert "aside" not in (_event(tl, "built").likely_basis or "")
