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


# --- narrative placement and rendering ---------------------------------------------------------------------------

import timeline  # noqa: E402
from timeline.render.layout import Entry  # noqa: E402
from timeline.render.markdown import mermaid_gantt  # noqa: E402

_LIFE = ("Tomas Orrel, bell-founder\n\n"
         "Tomas Orrel was born in 1702 in a mill town on the Dane. He cast his first bell in 1725. "
         "During the 1740s he travelled through the northern parishes. In 1751 he opened a foundry at Wexham and trained two apprentices. "
         "He died in 1779.")


def test_timeline_knows_its_mode() -> None:
    """A narrative build says so; a news build (the default) too."""
    assert timeline.build(_LIFE, "2026-12-04", mode="narrative").mode == "narrative"
    assert timeline.build(_LIFE, "2026-12-04").mode == "news"


def test_narrative_markdown_has_the_years_as_timeline() -> None:
    """A life told in years and a decade: every dated event under its year or decade in the Timeline, no Background,
    and no 'certainly no later than' the reader's day; news keeps the years in the Background."""
    md = timeline.build(_LIFE, "2026-12-04", mode="narrative").to_markdown()
    assert "## Background" not in md
    for heading in ("### 1702", "### 1725", "### 1740s", "### 1751", "### 1779"):
        assert heading in md
    assert md.index("### 1702") < md.index("### 1740s") < md.index("### 1779")
    assert "no later than Fri 4 Dec 2026" not in md
    assert "as a narrative" in md
    assert "axisFormat %Y" in md
    news = timeline.build(_LIFE, "2026-12-04").to_markdown()
    assert "## Background" in news and "### 1702" not in news


def test_story_heading_decade_century_years() -> None:
    """Past a year a narrative groups by decade, by century (a span of over half of one), else by its years."""
    from timeline.render.layout import _story_heading

    assert _story_heading(dt.datetime(1930, 1, 1), dt.datetime(1940, 1, 1)) == "1930s"
    assert _story_heading(dt.datetime(1500, 1, 1), dt.datetime(1600, 1, 1)) == "16th century"
    assert _story_heading(dt.datetime(1909, 1, 1), dt.datetime(1914, 1, 11)) == "1909 to 1914"
    assert _story_heading(dt.datetime(1897, 3, 1), dt.datetime(1897, 4, 1)) == "Mar 1897"


def test_narrative_gantt_writes_four_year_digits() -> None:
    """Mermaid's YYYY-MM-DD needs 0850, not strftime's 850; a part of a day still gets a day-long bar."""
    early = Entry("e1", "sometime in 850", "Fishers settled.", "settled", (), False, dt.datetime(850, 1, 1), dt.datetime(851, 1, 1))
    morning = Entry("e2", "a morning", "They climbed.", "climbed", (), False, dt.datetime(1911, 7, 4, 5), dt.datetime(1911, 7, 4, 12))
    block = mermaid_gantt("Dated events", [early, morning], hours=False, axis="%Y")
    assert "settled :e1, 0850-01-01, 0851-01-01" in block
    assert "climbed :e2, 1911-07-04, 1911-07-05" in block


def test_length_counted_from_the_readers_day_does_not_place_a_history() -> None:
    """'over the next decade' told of 1666 is not 2026-2036: in a narrative that length, in a past clause, runs from the
    story's year (1666 to the end of 1676; session s34: it had no bounds at all before)."""
    text = "A great fire destroyed the old town in 1666. The citizens rebuilt the streets in brick over the next decade."
    tl = timeline.build(text, "2026-12-04", mode="narrative")
    rebuilt = next(e for e in tl.events if e.text == "rebuilt")
    assert rebuilt.likely_start is None or rebuilt.likely_start.year < 1700
    decade = next(t for t in tl.timexes if t.text == "the next decade")
    assert (decade.earliest, decade.latest) == (dt.datetime(1666, 1, 1), dt.datetime(1677, 1, 1))
    news = timeline.build(text, "2026-12-04")
    assert next(t for t in news.timexes if t.text == "the next decade").earliest is not None


def test_event_bounded_only_from_above_by_the_story_is_placed_then() -> None:
    """'By the end of that summer they had drained the basin': closed at the story's time it is bounded by (1706),
    where only the reader's day would bound it from above it stays undated."""
    text = ("In 1705 the duke quarrelled with the guild over the tolls of the canal. "
            "By the summer of 1706 his engineers had drained the upper basin.")
    tl = timeline.build(text, "2026-12-04", mode="narrative")
    drained = next(e for e in tl.events if e.text == "drained")
    assert drained.likely_start is not None and drained.likely_end is not None
    assert dt.datetime(1705, 1, 1) <= drained.likely_start and drained.likely_end <= dt.datetime(1706, 9, 1)
