"""Rendering: readable, deterministic, valid CommonMark, nothing silently dropped."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import attrs
import pytest
from markdown_it import MarkdownIt

import timeline
from timeline.model import Event, EventAnchor, Timeline
from timeline.render import to_html, to_json, to_markdown
from timeline.render.layout import time_label

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOTS = Path(__file__).parent / "snapshots"
D = dt.datetime


def _event(eid, text, sentence, es, le, anchors=(("t1", "during", "on Saturday"),), **kw) -> Event:
    return Event(eid=eid, text=text, start=0, end=len(text), sentence=sentence, earliest_start=es, latest_start=le, earliest_end=es, latest_end=le,
                 anchors=tuple(EventAnchor(*a) for a in anchors), **kw)


def _timeline(*events: Event) -> Timeline:
    return Timeline(text="Harbour fire\n\nA fire broke out.", reference_time=D(2026, 2, 2), timexes=(), events=events, source="test", reference_time_source="given")


@pytest.mark.parametrize(
    "start,end,label",
    [
        (D(2026, 1, 31), D(2026, 2, 1), "Sat 31 Jan 2026"),
        (D(2026, 1, 31), D(2026, 1, 31, 7), "Sat 31 Jan 2026, between midnight and about 07:00"),
        (None, D(2026, 2, 1, 16), "no later than Sun 1 Feb 2026, 16:00"),
        (D(1998, 1, 1), D(1999, 1, 1), "sometime in 1998"),
        (D(1990, 1, 1), D(2000, 1, 1), "sometime in the 1990s"),
        (D(2026, 3, 1), D(2026, 4, 1), "sometime in Mar 2026"),
        (None, None, "time unknown"),
    ],
)
def test_render_time_label_shows_uncertainty(start, end, label) -> None:
    assert time_label(start, end) == label


def test_render_markdown_groups_by_day_and_marks_sections() -> None:
    tl = _timeline(
        _event("e1", "broke", "A fire broke out at the harbour.", D(2026, 1, 31), D(2026, 1, 31, 7)),
        _event("e2", "grown", "Fires have grown more common.", D(2016, 2, 2), D(2026, 2, 3), anchors=(("t2", "during", "in recent years"),)),
        _event("e3", "spread", "The fire spread to the docks.", None, None, anchors=(("e1", "after", "spread after the fire"),)),
        _event("e4", "denied", "Officials denied it.", None, None, anchors=(("none", "unanchored", ""),)),
        _event("e5", "attack", "Nobody did not attack.", D(2026, 1, 31), D(2026, 2, 1), polarity="NEG"),
        _event("e6", "reopen", "The port could reopen.", None, None, anchors=(("none", "unanchored", ""),), modality="could"),
    )
    md = to_markdown(tl)
    assert "### Sat 31 Jan 2026" in md
    assert "**Sat 31 Jan 2026, between midnight and about 07:00**: A fire **broke** out at the harbour." in md
    assert "## Background" in md and "**grown**" in md
    assert "## Not placed on the time axis" in md and "**spread**" in md
    # a real event with no time at all (a narrative has no publication day to fall back on) is undated, not "mentioned"
    assert "denied" in md.split("## Undated", 1)[1].split("##", 1)[0]
    assert "## Also mentioned" in md and "reopen" in md.split("## Also mentioned", 1)[1] and "denied" not in md.split("## Also mentioned", 1)[1]
    # a negated event the text dates is listed as not having happened, never as an event
    assert "Sat 31 Jan 2026 (did not happen)**: Nobody did not **attack**" in md
    assert "attack" not in md.split("## Also mentioned", 1)[1]
    assert "(did not happen)" not in to_markdown(tl, include_hypothetical=True)


def test_render_sections_that_start_together_list_the_shorter_first() -> None:
    # the weekend's event is seen first in the text; the Saturday section still comes first
    tl = _timeline(
        _event("e1", "swept", "The storm swept ashore over the weekend.", D(2026, 1, 31), D(2026, 2, 2)),
        _event("e2", "broke", "A fire broke out at the harbour.", D(2026, 1, 31), D(2026, 1, 31, 7)),
    )
    md = to_markdown(tl)
    assert md.index("### Sat 31 Jan 2026\n") < md.index("### Sat 31 Jan 2026 to Sun 1 Feb 2026")


def test_render_markdown_is_valid_commonmark_and_escapes_article_text() -> None:
    tl = _timeline(_event("e1", "broke", "A *fire* [broke] out <b>here</b> # | `x`", D(2026, 1, 31), D(2026, 2, 1)))
    md = to_markdown(tl)
    tokens = MarkdownIt("commonmark").parse(md)
    html = MarkdownIt("commonmark").render(md)
    assert "<b>here</b>" not in html and "<em>fire</em>" not in html
    assert any(t.type == "fence" and t.info == "mermaid" for t in tokens)
    assert any(t.type == "heading_open" and t.tag == "h1" for t in tokens)


def test_render_mermaid_bars_span_the_uncertainty() -> None:
    tl = _timeline(_event("e1", "broke", "A fire broke out.", D(2026, 1, 31), D(2026, 1, 31, 7)))
    block = re.search(r"```mermaid\n(.*?)```", to_markdown(tl), re.S).group(1)
    assert "gantt" in block and "dateFormat YYYY-MM-DD HH:mm" in block
    assert "broke :e1, 2026-01-31 00:00, 2026-01-31 07:00" in block


def test_render_is_deterministic_for_every_format() -> None:
    text = (ROOT / "examples" / "storm-weekend.txt").read_text(encoding="utf-8")
    a = timeline.build(text, "2026-02-02", source="examples/storm-weekend.txt")
    b = timeline.build(text, "2026-02-02", source="examples/storm-weekend.txt")
    assert to_markdown(a) == to_markdown(b)
    assert to_json(a) == to_json(b)
    assert to_html(a) == to_html(b)
    assert to_html(a).startswith("<!DOCTYPE html>") and "<script src" not in to_html(a)  # inline script only


def test_render_example_article_snapshot() -> None:
    """The bundled example's Markdown, reviewed by hand; UPDATE_SNAPSHOTS=1 rewrites it."""
    text = (ROOT / "examples" / "storm-weekend.txt").read_text(encoding="utf-8")
    md = timeline.build(text, "2026-02-02", source="examples/storm-weekend.txt", reference_time_source="given on the command line").to_markdown()
    snap = SNAPSHOTS / "storm-weekend.md"
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        snap.write_text(md, encoding="utf-8")
        pytest.skip("snapshot rewritten: review its diff before committing")
    assert snap.exists(), f"missing snapshot {snap}: run with UPDATE_SNAPSHOTS=1 and review it"
    assert md == snap.read_text(encoding="utf-8")
    # facts the snapshot must show, whatever else changes
    assert "Sat 31 Jan 2026, between midnight and about 07:00" in md and "**landfall**" in md
    assert "no later than Sat 31 Jan 2026, 18:00" in md and "**burst**" in md


def test_render_event_with_pinned_start_is_listed_by_its_start() -> None:
    """ "The attacks began in the early hours of Saturday": dated by when it started."""
    e = Event(eid="e1", text="began", start=0, end=5, sentence="The raids began before dawn on Saturday.", earliest_start=D(2026, 1, 31),
              latest_start=D(2026, 1, 31, 7), earliest_end=D(2026, 1, 31), latest_end=D(2026, 2, 3), anchors=(EventAnchor("t1", "starts_in", "before dawn on Saturday"),))
    md = to_markdown(_timeline(e))
    assert "### Sat 31 Jan 2026" in md
    assert "**started Sat 31 Jan 2026, between midnight and about 07:00**" in md


def test_render_likely_label_reads_in_whole_hours_and_names_the_certain_range() -> None:
    e = Event(eid="e1", text="swept", start=0, end=5, sentence="The storm swept ashore.", earliest_start=D(2026, 1, 31), latest_start=D(2026, 2, 1),
              earliest_end=D(2026, 1, 31), latest_end=D(2026, 2, 2), likely_start=D(2026, 1, 31, 0, 1), likely_end=D(2026, 1, 31, 6, 58), confidence=0.7)
    from timeline.render.layout import placed_label

    assert placed_label(e) == "likely Sat 31 Jan 2026, between midnight and about 07:00; certainly between Sat 31 Jan 2026 and Sun 1 Feb 2026"
    exact = attrs.evolve(e, likely_start=e.earliest_start, likely_end=e.latest_end)
    assert placed_label(exact) == "between Sat 31 Jan 2026 and Sun 1 Feb 2026"


def test_render_conflicts_show_the_sentences_that_disagree_and_what_was_set_aside() -> None:
    tl = timeline.build("The talks ended on Friday. The talks ended before Thursday.", "2026-02-02", event_model="perceptron")
    section = tl.to_markdown().split("## Conflicting statements", 1)[1]
    assert "“The talks ended on Friday.” / “The talks ended before Thursday.”" in section
    assert "set aside “" in section and "<=" not in section  # words, not raw constraints


def test_render_time_label_an_end_at_midnight_closes_the_day_before() -> None:
    assert time_label(D(2026, 2, 1, 3, 10), D(2026, 2, 3)) == "between Sun 1 Feb 2026 03:10 and the end of Mon 2 Feb 2026"
