"""Narrative stories in the story bench (``mode = narrative``, ``a @ YYYY`` / ``a @ YYYY-MM``) and the
Markdown of a narrative (s25 helper hist)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from _scripts import load_script


def _bench():  # type: ignore[no-untyped-def]
    return load_script("bench/bench_stories.py", "_bench_stories_hist25")


def test_pairs_file_reads_mode_and_coarse_periods(tmp_path: Path) -> None:
    """A ``mode = narrative`` line sets the mode; ``@`` takes a year, a month or a day."""
    f = tmp_path / "siege.pairs"
    f.write_text("mode = narrative\nreference_time = 2026-12-04\nmarched < besieged\nmarched @ 1641\n"
                 "besieged @ 1641-09  # a month\nfell @ 1641-10-02\n", encoding="utf-8")
    ref, pairs, days, mode = _bench().read_story(f)
    assert (ref, mode) == ("2026-12-04", "narrative")
    assert pairs == [("marched", "besieged")]
    assert days == [("marched", "1641"), ("besieged", "1641-09"), ("fell", "1641-10-02")]


def test_pairs_file_without_mode_is_news(tmp_path: Path) -> None:
    """No mode line: news, as every story set before s25."""
    f = tmp_path / "fire.pairs"
    f.write_text("reference_time = 2026-03-02\nlit < spread\n", encoding="utf-8")
    assert _bench().read_story(f)[3] == "news"
    assert _bench().read_pairs(f) == ("2026-03-02", [("lit", "spread")], [])


def test_period_of_a_year_a_month_a_day() -> None:
    """A year, a month (December runs to the next year) and a day, as half-open ranges."""
    period = _bench().period
    assert period("1641") == (dt.datetime(1641, 1, 1), dt.datetime(1642, 1, 1))
    assert period("1641-12") == (dt.datetime(1641, 12, 1), dt.datetime(1642, 1, 1))
    assert period("1641-02") == (dt.datetime(1641, 2, 1), dt.datetime(1641, 3, 1))
    assert period("1641-10-02") == (dt.datetime(1641, 10, 2), dt.datetime(1641, 10, 3))
