"""Session 28, lead: where events sit in news the lead wrote for these tests."""
from __future__ import annotations

import datetime as dt

from timeline import build


def _event(tl, word):  # type: ignore[no-untyped-def]
    return next(e for e in tl.events if e.text == word)


def test_a_quarter_written_as_one_word_dates_the_noun_after_it_not_the_verb() -> None:
    # said on a Wednesday: the report is Thursday's, the earnings are the third quarter's
    tl = build("Acme will report third-quarter earnings on Thursday.", reference_time="2026-10-21")
    report = _event(tl, "report")
    assert (report.earliest_start, report.latest_end) == (dt.datetime(2026, 10, 22), dt.datetime(2026, 10, 23))


def test_a_quarter_premodifier_leaves_the_verb_to_the_month_after_it() -> None:
    tl = build("Telvar will report fourth-quarter results in late January.", reference_time="2026-10-21")
    report = _event(tl, "report")
    assert report.earliest_start is not None and report.earliest_start >= dt.datetime(2027, 1, 1)
    assert report.latest_end == dt.datetime(2027, 2, 1)
