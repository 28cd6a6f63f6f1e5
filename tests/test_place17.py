"""Events placed (issue 10), session s17: the narration after a flashback inside a report goes
back to the report's time (timeline/placement/facts.py ``continued_discourse``).  Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import timeline

REF = "2026-10-16"  # a Friday


def _likely(text: str, word: str) -> tuple[dt.datetime, dt.datetime]:
    e = next(e for e in timeline.build(text, reference_time=REF).events if e.text == word)
    assert e.likely_start is not None and e.likely_end is not None
    return e.likely_start, e.likely_end


def test_after_a_flashback_in_a_report_the_narration_returns_to_the_report_day() -> None:
    text = ("The mayor said on Tuesday that the pipe had burst in August. "
            "She apologised to the residents and promised a full refund.")
    assert _likely(text, "apologised") == (dt.datetime(2026, 10, 13), dt.datetime(2026, 10, 14))


def test_a_flashback_after_a_flashback_in_a_report_still_takes_the_flashback_time() -> None:
    text = ("The mayor said on Tuesday that the pipe had burst in August. "
            "It had leaked for weeks before anyone noticed.")
    assert _likely(text, "leaked") == (dt.datetime(2026, 8, 1), dt.datetime(2026, 9, 1))
    start, _ = _likely(text, "noticed")  # in the flashback's sentence: not the report's Tuesday
    assert start != dt.datetime(2026, 10, 13)


def test_without_a_report_the_flashback_time_is_not_continued() -> None:
    text = ("The pipe had burst in August. "
            "She apologised to the residents and promised a full refund.")
    start, _ = _likely(text, "apologised")
    assert start >= dt.datetime(2026, 9, 1)
