"""An iCalendar (RFC 5545) file of a timeline's dated events.

One VEVENT per event the readable timeline places, over its likely interval (its certain
range when it has none): whole days, months or years as all-day events (``VALUE=DATE``, end
exclusive as in the timeline itself), anything finer as floating local times (news rarely
gives a zone, and timeline keeps the article's own local time).  SUMMARY = the event's words,
DESCRIPTION = the sentence and the honest label.  DTSTAMP is the publication date (no clock is
read, so the same timeline always gives the same file).
"""

from __future__ import annotations

import datetime as dt
import hashlib

from ..model import Timeline
from ._dated import dated_events

__all__ = ["to_ics"]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Lines longer than 75 octets folded as RFC 5545 says (CRLF and a space), never inside a character."""
    out, current, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > (75 if not out else 74):
            out.append(current)
            current, size = "", 0
        current += ch
        size += n
    out.append(current)
    return "\r\n ".join(out)


def _when(name: str, t: dt.datetime, all_day: bool) -> str:
    if all_day:
        return f"{name};VALUE=DATE:{t:%Y%m%d}"
    return f"{name}:{t:%Y%m%dT%H%M%S}"


def to_ics(tl: Timeline, *, include_hypothetical: bool = False) -> str:
    """The iCalendar text of ``tl`` (CRLF line ends)."""
    stamp = tl.reference_time or dt.datetime(1970, 1, 1)
    key = hashlib.sha1((tl.source + "\0" + tl.text).encode("utf-8")).hexdigest()[:16]
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timeline//timeline from news text//EN", "CALSCALE:GREGORIAN"]
    for d in dated_events(tl, include_hypothetical=include_hypothetical):
        e = d.event
        all_day = d.grain != "minute"
        description = " ".join(e.sentence.split()) + f"\n\nWhen: {d.label}"
        if e.likely_basis:
            description += f" ({e.likely_basis})"
        lines += [
            "BEGIN:VEVENT",
            f"UID:{e.eid}-{key}@timeline",
            f"DTSTAMP:{stamp:%Y%m%dT%H%M%S}Z",
            _when("DTSTART", d.start, all_day),
        ]
        if d.end > d.start:
            lines.append(_when("DTEND", d.end, all_day))
        lines += [f"SUMMARY:{_escape(e.text)}", f"DESCRIPTION:{_escape(description)}"]
        if d.event.confidence is not None:
            lines.append(f"X-TIMELINE-CONFIDENCE:{d.event.confidence:g}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)
