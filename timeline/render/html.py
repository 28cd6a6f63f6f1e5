"""A self-contained HTML page with the same content as the Markdown timeline."""

from __future__ import annotations

import html

from ..model import Timeline
from .layout import Entry, layout

__all__ = ["to_html"]

_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}"
    "h3{margin-bottom:.2rem}li{margin:.3rem 0}.label{font-weight:600}.open{color:#a15c00;font-style:italic}"
    ".bar{display:inline-block;height:.5rem;background:#4a7bd0;border-radius:2px;vertical-align:middle}"
)


def _entry(e: Entry) -> str:
    words = "; ".join(f"“{html.escape(w)}”" for w in e.evidence)
    summary = html.escape(e.summary).replace(html.escape(e.trigger), f"<b>{html.escape(e.trigger)}</b>", 1)
    out = f'<li><span class="label">{html.escape(e.label)}</span>: {summary}'
    if words:
        out += f" — dated by {words}"
    if e.order_open:
        out += ' <span class="open">(order relative to its neighbours not fixed by the text)</span>'
    return out + "</li>"


def to_html(tl: Timeline, *, include_hypothetical: bool = False) -> str:
    """A standalone page (no scripts, no external assets)."""
    lay = layout(tl, include_hypothetical=include_hypothetical)
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{html.escape(lay.title)}</title>",
        f"<style>{_STYLE}</style></head><body>", f"<h1>{html.escape(lay.title)}</h1>", f"<p>{html.escape(lay.provenance)}</p>", "<h2>Timeline</h2>",
    ]
    for group in lay.chronology:
        parts.append(f"<h3>{html.escape(group.heading)}</h3><ul>" + "".join(_entry(e) for e in group.entries) + "</ul>")
    if lay.background:
        parts.append("<h2>Background</h2><ul>" + "".join(_entry(e) for e in lay.background) + "</ul>")
    if lay.unplaced:
        parts.append("<h2>Not placed on the time axis</h2><ul>" + "".join(_entry(e) for e in lay.unplaced) + "</ul>")
    if lay.mentioned:
        parts.append("<h2>Also mentioned</h2><p>" + html.escape(", ".join(lay.mentioned)) + ".</p>")
    if lay.conflicts:
        parts.append("<h2>Conflicting statements</h2><ul>" + "".join(f"<li>{html.escape(c)}</li>" for c in lay.conflicts) + "</ul>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
