"""Session 55 (lead): behaviour found by reading timelines of stories written for the purpose (sentences are ours)."""

from __future__ import annotations

import timeline


def _value(text: str, dct: str, words: str) -> str:
    """The value of the time expression reading ``words`` in ``text`` tagged with publication date ``dct``."""
    found = [t for t in timeline.tag(text, reference_time=dct) if t.text == words]
    assert found, f"{words!r} not tagged"
    return found[0].value


def test_a_day_stated_in_the_present_after_a_named_clock_time_lies_ahead() -> None:
    # said on Wednesday 12 Mar 2031: "is noon on Monday" states the coming Monday, as "is 5 p.m. on Monday" does
    assert _value("The deadline for bids is noon on Monday.", "2031-03-12", "Monday") == "2031-03-17"
    assert _value("The meeting is at midnight on Friday.", "2031-03-12", "Friday") == "2031-03-14"
    # a past copula keeps the day behind
    assert _value("The deadline for bids was noon on Monday.", "2031-03-12", "Monday") == "2031-03-10"


def test_a_hedged_length_after_a_verb_of_staying_is_no_offset_in_a_history() -> None:
    # "stayed only a week before marching": a length of the stay, not "a week before" the march
    text = "The duke entered the town on 23 June 1641. He stayed only a week before marching south."
    found = {t.text: t.value for t in timeline.tag(text, reference_time="2026-12-07", mode="narrative")}
    assert found.get("a week") == "P1W", found
    # an offset said with no such verb stays one expression
    text = "The duke entered the town on 23 June 1641. He left a week before the battle."
    assert "a week before the battle" in {t.text for t in timeline.tag(text, reference_time="2026-12-07", mode="narrative")}
