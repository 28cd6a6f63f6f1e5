"""The dated events of a timeline, shared by the calendar-like renderers (TimelineJS, iCalendar, HTML).

Each event the readable layout places (chronology and background; coreferent mentions once)
with the interval it is drawn on (the likely interval of a real event, the certain range
otherwise), the calendar grain that interval is written at, and its human label.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

import attrs

from ..model import Event, Timeline
from .layout import layout

__all__ = ["Dated", "dated_events", "grain_of", "last_unit"]


@attrs.frozen
class Dated:
    event: Event
    start: dt.datetime
    end: dt.datetime
    grain: str  # "year", "month", "day" or "minute"
    label: str
    background: bool
    order_open: bool


def _midnight(t: dt.datetime) -> bool:
    return (t.hour, t.minute, t.second, t.microsecond) == (0, 0, 0, 0)


def grain_of(start: dt.datetime, end: dt.datetime) -> str:
    """The coarsest calendar unit both ends of ``[start, end)`` fall on: year, month, day or minute."""
    if not (_midnight(start) and _midnight(end)) or end <= start:
        return "minute"
    if start.day == 1 and end.day == 1:
        return "year" if start.month == 1 and end.month == 1 else "month"
    return "day"


def last_unit(end: dt.datetime, grain: str) -> dt.datetime:
    """The start of the last whole ``grain`` unit inside ``[., end)`` (an inclusive end date)."""
    if grain == "year":
        return end.replace(year=end.year - 1)
    if grain == "month":
        return (end - dt.timedelta(days=1)).replace(day=1)
    if grain == "day":
        return end - dt.timedelta(days=1)
    return end


def dated_events(tl: Timeline, *, include_hypothetical: bool = False) -> list[Dated]:
    """The events with a bounded interval, in timeline order (see the module docstring)."""
    lay = layout(tl, include_hypothetical=include_hypothetical, include_undated=False)
    out: list[Dated] = []
    entries = [(entry, False) for group in lay.chronology for entry in group.entries] + [(entry, True) for entry in lay.background]
    for entry, background in entries:
        start: Optional[dt.datetime] = entry.start
        end: Optional[dt.datetime] = entry.end
        if start is None or end is None:
            continue
        out.append(Dated(tl.event(entry.eid), start, end, grain_of(start, end), entry.label, background, entry.order_open))
    return out
