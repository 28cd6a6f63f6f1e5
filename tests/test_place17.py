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
    start, end = _likely(text, "leaked")  # in August (ending a minute early: before the noticing, August too since s35)
    assert start == dt.datetime(2026, 8, 1) and dt.datetime(2026, 8, 31) < end <= dt.datetime(2026, 9, 1)
    start, _ = _likely(text, "noticed")  # in the flashback's sentence: not the report's Tuesday
    assert start != dt.datetime(2026, 10, 13)


def test_without_a_report_the_flashback_time_is_not_continued() -> None:
    text = ("The pipe had burst in August. "
            "She apologised to the residents and promised a full refund.")
    start, _ = _likely(text, "apologised")
    assert start >= dt.datetime(2026, 9, 1)


def _stated(text: str, a: str, b: str) -> str:
    """The relation the timeline states of the events ``a`` and ``b`` (either way round), or ''."""
    tl = timeline.build(text, reference_time=REF)
    ids = {e.text: e.eid for e in tl.events}
    inverse = {"BEFORE": "AFTER", "AFTER": "BEFORE"}
    for r in tl.relations:
        if (r.source, r.target) == (ids[a], ids[b]):
            return r.relation
        if (r.source, r.target) == (ids[b], ids[a]):
            return inverse.get(r.relation, r.relation)
    return ""


def test_a_start_order_told_in_sequence_is_stated_when_the_start_model_vetoes_the_label() -> None:
    # "and" tells the order; a learned BEFORE label the start order model does not back used to
    # silence the pair altogether (placement/relations.py, local_relations)
    text = "Residents smelled gas on Tuesday evening. They traced it to a leaking tank shortly before midnight and sealed it overnight."
    assert _stated(text, "traced", "sealed") == "BEFORE"
