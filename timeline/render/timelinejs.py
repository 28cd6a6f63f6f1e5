"""TimelineJS 3 JSON (Knight Lab's timeline widget): a title slide and one slide per dated event.

Each slide's dates come from the event's likely interval (its certain range when it has no
likely one) at the grain the interval has: a day-long interval gives year, month and day; a
month gives year and month; an exact time gives hours and minutes.  ``end_date`` is inclusive
as TimelineJS reads it (the last day, month or year the event covers) and left out when the
event fits in one unit.  headline = the event's words, text = its sentence, display_date = the
honest label ("likely Tue 3 Mar 2026; certainly no later than ..."), unique_id = the event id.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from typing import Any

from ..model import Timeline
from ._dated import dated_events, last_unit
from .layout import layout

__all__ = ["to_timelinejs", "timelinejs_dict"]

_FIELDS = {"year": ("year",), "month": ("year", "month"), "day": ("year", "month", "day"), "minute": ("year", "month", "day", "hour", "minute")}


def _date(t: dt.datetime, grain: str) -> dict[str, int]:
    fields = _FIELDS[grain]
    out = {name: getattr(t, name) for name in fields}
    if grain == "minute" and t.second:
        out["second"] = t.second
    return out


def timelinejs_dict(tl: Timeline, *, include_hypothetical: bool = False) -> dict[str, Any]:
    """The TimelineJS document as a dict (see the module docstring)."""
    lay = layout(tl, include_hypothetical=include_hypothetical, include_undated=False)
    events = []
    for d in dated_events(tl, include_hypothetical=include_hypothetical):
        e = d.event
        slide: dict[str, Any] = {"start_date": _date(d.start, d.grain)}
        last = last_unit(d.end, d.grain)
        if last > d.start:
            slide["end_date"] = _date(last, d.grain)
        sentence = html.escape(" ".join(e.sentence.split()) or e.text)
        slide["text"] = {"headline": e.text, "text": sentence}
        slide["display_date"] = d.label
        if d.background:
            slide["group"] = "Background"
        slide["unique_id"] = e.eid
        events.append(slide)
    return {"title": {"text": {"headline": lay.title, "text": html.escape(lay.provenance)}}, "events": events, "scale": "human"}


def to_timelinejs(tl: Timeline, *, include_hypothetical: bool = False) -> str:
    """TimelineJS 3 JSON text of ``tl``."""
    return json.dumps(timelinejs_dict(tl, include_hypothetical=include_hypothetical), ensure_ascii=False, indent=2) + "\n"
