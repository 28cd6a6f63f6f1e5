"""(s60 vals) News: "the turn of the century" is not counted from the day a report is dated.

The resolver takes the turn nearest the story's time (rule ``century_turn``). A trailing attribution ("..., the dig's
leader said on Tuesday.") makes the report's day the story's latest time, though it only dates the telling: "Archaeologists
found musket balls from a siege of 1590, the dig's leader said on Tuesday. The abbey was roofless by the turn of the
century" is 1600, not 2000. Such a turn is counted instead from the time told last before the report's day, in its
sentence or the one before, that is no report's day itself, as the resolver counts it (the nearest turn; the later one
on a tie or in a future clause, which this pass leaves alone).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

import attrs

from ..model import AnchorKind, Timex, TimexAnchor, TimexType
from ..recognize.meaning import CalendarSpec, Mention
from . import calendar as cal
from .dates import bounds_for_mod, turn_ahead
from .tense import tense_evidence
from .tense_reports import report_told, said_on

if TYPE_CHECKING:
    from .anchors import Context

__all__ = ["turns_past_reports"]

RULE = "century_turn"
_LOOK_BACK = 6  # time expressions tried before the report's day, nearest first
_YEAR = re.compile(r"\d{4}")


def turns_past_reports(ctx: "Context", mentions: Sequence[Mention], out: list[Timex]) -> list[Timex]:
    """``out`` with each turn of the century counted from a report's day counted from the time told before that day (see
    the module); ``out`` itself when there is none."""
    if ctx.mode != "news":
        return out
    moved = out
    tids = {t.tid: k for k, t in enumerate(out)}
    for i, m in enumerate(mentions):
        if m.rule != RULE or not isinstance(m.meaning, CalendarSpec) or m.meaning.century is not None:
            continue
        t = out[i]
        k = tids.get(t.anchor.timex_id or "", -1) if t.anchor.kind is AnchorKind.TIMEX else -1
        if k < 0 or k >= i or not _report_day(ctx, out[k]) or not _YEAR.fullmatch(t.value):
            continue
        if tense_evidence(ctx.doc, m.start, m.end)[0] == "future":
            continue
        base = _told_before(ctx, out, k)
        if base is None:
            continue
        year = out[base].earliest.year  # type: ignore[union-attr]
        low = year - year % 100
        turn = low + 100 if year - low >= low + 100 - year or turn_ahead(ctx, year, m) else low
        if turn != int(t.value):
            moved = list(moved) if moved is out else moved
            earliest, latest = bounds_for_mod(cal.year(turn), t.mod)  # (as the resolver bounds it: "about" a year)
            moved[i] = attrs.evolve(t, value=f"{turn:04d}", earliest=earliest, latest=latest, anchor=TimexAnchor(AnchorKind.TIMEX, out[base].tid))
    return moved


def _report_day(ctx: "Context", t: Timex) -> bool:
    """Whether ``t`` dates a trailing report ("..., officials said on Tuesday"), not what the report tells."""
    return said_on(ctx.doc, t.start) and not report_told(ctx.doc, t.end)


def _told_before(ctx: "Context", out: Sequence[Timex], k: int) -> "int | None":
    """The nearest time before ``out[k]`` in its sentence or the one before with a year of its own, no report's day."""
    first = ctx.doc.sentence_index(out[k].start) - 1
    for j in range(k - 1, max(-1, k - 1 - _LOOK_BACK), -1):
        t = out[j]
        if ctx.doc.sentence_index(t.start) < first:
            return None
        if t.type is TimexType.DATE and t.earliest is not None and _YEAR.match(t.value) and not _report_day(ctx, t):
            return j
    return None
