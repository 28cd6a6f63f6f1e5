"""The time of a sentence told in the past perfect (a flashback) is not continued by the simple
past of the next sentence, which returns to the story's line (timeline/placement/facts.py,
``continued_discourse``). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import timeline

REF = "2026-10-16"  # a Friday


def _likely(text: str, word: str) -> tuple[dt.datetime, dt.datetime]:
    e = next(e for e in timeline.build(text, reference_time=REF).events if e.text == word)
    assert e.likely_start is not None and e.likely_end is not None
    return e.likely_start, e.likely_end


def test_a_simple_past_after_a_flashback_does_not_take_its_time() -> None:
    start, _ = _likely("A climber was found alive on Thursday. She had broken her wrist on Sunday afternoon. She was flown to a hospital in the city.", "flown")
    assert start >= dt.datetime(2026, 10, 12)


def test_a_simple_past_after_a_simple_past_still_does() -> None:
    start, end = _likely("A climber was found alive on Thursday. She broke her wrist on Sunday afternoon. She was flown to a hospital in the city.", "flown")
    assert (start, end) == (dt.datetime(2026, 10, 11, 12), dt.datetime(2026, 10, 11, 18))


def test_a_flashback_after_a_flashback_does() -> None:
    start, end = _likely("A climber was found alive on Thursday. She had broken her wrist on Sunday afternoon. She had crawled to a hut.", "crawled")
    assert (start, end) == (dt.datetime(2026, 10, 11, 12), dt.datetime(2026, 10, 11, 18))
