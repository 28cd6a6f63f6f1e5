"""Session 54 (lead): behaviour found by reading timelines of stories written for the purpose (sentences are ours)."""

from __future__ import annotations

import datetime as dt

from _timelines import event as _event  # the first event with that word

import timeline


def _value(text: str, dct: str, words: str) -> str:
    """The value of the time expression reading ``words`` in ``text`` tagged with publication date ``dct``."""
    found = [t for t in timeline.tag(text, reference_time=dct) if t.text == words]
    assert found, f"{words!r} not tagged"
    return found[0].value


def test_plans_for_a_thing_leave_the_time_to_the_verb_before_them() -> None:
    # said on Wednesday 13 Nov 2030: the council approved on the Tuesday just gone; "plans" is a noun, no future cue
    text = "The city council approved plans for a tram line to the airport on Tuesday night, ending a long debate."
    assert _value(text, "2030-11-13", "Tuesday night") == "2030-11-12TNI"
    approved = _event(timeline.build(text, reference_time="2030-11-13"), "approved")
    assert approved.likely_start is not None and approved.likely_start.date() == dt.date(2030, 11, 12)
    # an occasion planned keeps the reading ahead: the parade is the coming Saturday's
    assert _value("The council approved plans for a victory parade on Saturday.", "2030-11-13", "Saturday") == "2030-11-16"
