"""A Markdown timeline people want to read, with Mermaid diagrams of the uncertainty.

Diagrams: one Mermaid gantt per scale, because a single axis cannot show "between 00:00
and 07:00 on Saturday" and "sometime in the 1990s" at once.  The first covers the dated
events (hours to weeks), the second the background (years).  Each bar spans the whole
interval the event most likely lies in (its likely start to its likely end; the certain range
where the text does not pin it is given in the entry's label).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterable, Optional

from ..model import Timeline
from .layout import Entry, Layout, layout

__all__ = ["to_markdown", "md_escape", "mermaid_gantt"]

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def md_escape(text: str) -> str:
    """Article text made inert for Markdown (no emphasis, links, HTML or headings)."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _bold_trigger(summary: str, trigger: str) -> str:
    escaped = md_escape(summary)
    t = md_escape(trigger)
    return re.sub(rf"(?<![\w*]){re.escape(t)}(?!\w)", f"**{t}**", escaped, count=1)


def _entry_md(e: Entry) -> str:
    line = f"- **{md_escape(e.label)}**: {_bold_trigger(e.summary, e.trigger)}"
    if e.evidence:
        line += " — dated by " + "; ".join(f"“{md_escape(w)}”" for w in e.evidence)
    if e.order_open:
        line += " *(order among its neighbours uncertain)*"
    return line


def _task_name(text: str) -> str:
    return re.sub(r"[:;#,\n\r]", " ", text).strip()[:40] or "event"


def _story_axis(entries: Iterable[Entry]) -> str:
    """The axis of a narrative's chronology, by how long it runs: years, months, or days."""
    known = [t for e in entries for t in (e.start, e.end) if t is not None]
    extent = max(known) - min(known) if known else dt.timedelta(0)
    return "%Y" if extent > dt.timedelta(days=731) else "%b %Y" if extent > dt.timedelta(days=62) else "%d %b"


def _iso_day(t: dt.datetime) -> str:
    """``YYYY-MM-DD`` with four year digits (``strftime`` writes the year 850 as "850")."""
    return t.date().isoformat()


def mermaid_gantt(title: str, entries: Iterable[Entry], *, hours: bool, sections: Optional[dict[str, str]] = None, axis: Optional[str] = None) -> str:
    """A Mermaid gantt block whose bars span each entry's possible interval; ``axis``: a narrative's axis format (days)."""
    fmt = "%Y-%m-%d %H:%M" if hours else "%Y-%m-%d"
    lines = ["```mermaid", "gantt", f"    title {_task_name(title)}", f"    dateFormat {'YYYY-MM-DD HH:mm' if hours else 'YYYY-MM-DD'}",
             f"    axisFormat {axis or ('%d %b %H:%M' if hours else '%Y')}"]
    current = None
    for e in entries:
        if e.start is None or e.end is None:
            continue
        section = (sections or {}).get(e.eid, "Events")
        if section != current:
            lines.append(f"    section {_task_name(section)}")
            current = section
        end = e.end if e.end > e.start else e.start + (dt.timedelta(minutes=1) if hours else dt.timedelta(days=1))
        first, last = (_iso_day(e.start), _iso_day(max(end, e.start + dt.timedelta(days=1)))) if axis else (e.start.strftime(fmt), end.strftime(fmt))
        lines.append(f"    {_task_name(e.trigger)} :{e.eid}, {first}, {last}")
    lines.append("```")
    return "\n".join(lines)


def _render(lay: Layout, diagram: bool) -> str:
    out = [f"# {md_escape(lay.title)}", "", md_escape(lay.provenance), ""]
    out += ["## Timeline", ""]
    if not lay.chronology:
        out += ["No event in the text could be dated.", ""]
    for group in lay.chronology:
        out += [f"### {md_escape(group.heading)}", ""]
        out += [_entry_md(e) for e in group.entries]
        out.append("")
    if diagram and lay.chronology:
        sections = {e.eid: g.heading for g in lay.chronology for e in g.entries}
        dated = [e for g in lay.chronology for e in g.entries]
        if lay.narrative:  # a history's chronology runs over days to centuries: an axis in days, marked by its extent
            out += [mermaid_gantt("Dated events", dated, hours=False, sections=sections, axis=_story_axis(dated)), ""]
        else:
            out += [mermaid_gantt("Dated events", dated, hours=True, sections=sections), ""]
    if lay.background:
        out += ["## Background", "", "Long-range context the article gives.", ""]
        out += [_entry_md(e) for e in lay.background]
        out.append("")
        if diagram:
            out += [mermaid_gantt("Background", lay.background, hours=False), ""]
    if lay.unplaced:
        out += ["## Not placed on the time axis", "", "The text relates these events to others but gives no time for them.", ""]
        out += [_entry_md(e) for e in lay.unplaced]
        out.append("")
    if lay.undated:
        out += ["## Undated", "", "Events the text tells without any time for them: " + ", ".join(md_escape(m) for m in lay.undated) + ".", ""]
    if lay.mentioned:
        out += ["## Also mentioned", "", "Events the text denies, only supposes, or states as a habit (not placed): " + ", ".join(md_escape(m) for m in lay.mentioned) + ".", ""]
    if lay.conflicts:
        out += ["## Conflicting statements", "", "The text says things that cannot all be true; the least certain was set aside.", ""]
        out += [f"- {md_escape(c)}" for c in lay.conflicts]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def to_markdown(tl: Timeline, *, include_hypothetical: bool = False, include_undated: bool = True, diagram: bool = True) -> str:
    """The Markdown timeline of ``tl``: same input, same bytes.

    Negated and hypothetical events ("did not attack", "could reopen") are left out unless
    ``include_hypothetical``; page furniture never produces events.
    """
    return _render(layout(tl, include_hypothetical=include_hypothetical, include_undated=include_undated), diagram)
