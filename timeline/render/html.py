"""One self-contained HTML page: every dated event on a zoomable time axis, then the readable timeline.

The axis draws each event's likely interval as a bar and its certain range (what the text
alone allows) as a whisker, open-ended where the text leaves a side open.  Zoom with the
buttons, the mouse wheel or a pinch; drag to pan; tap an event for its sentence.  No network:
the script and style are inline, the data is a JSON block in the page.  Without scripts the
list below the axis says the same.  The page fits a phone screen (labels above the bars).
"""

from __future__ import annotations

import datetime as dt
import html
import json
from typing import Any, Optional

from ..model import Timeline
from ._dated import dated_events
from .layout import Entry, layout

__all__ = ["to_html", "chart_data"]

_EPOCH = dt.datetime(1970, 1, 1)

_STYLE = (
    ":root{--bar:#3b6fc4;--whisker:#555;--bg:#fff;--fg:#1b1b1b;--muted:#666}"
    "*{box-sizing:border-box}"
    "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:var(--fg);background:var(--bg);max-width:60rem;margin:0 auto;padding:.8rem;line-height:1.5;font-size:16px}"
    "h1{font-size:1.35rem;line-height:1.3}h2{font-size:1.15rem;margin-top:1.6rem}h3{margin-bottom:.2rem;font-size:1rem}"
    "li{margin:.3rem 0}.label{font-weight:600}.open{color:#a15c00;font-style:italic}.prov{color:var(--muted);font-size:.9rem}"
    "#controls{display:flex;gap:.4rem;flex-wrap:wrap;align-items:center;margin:.6rem 0}"
    "#controls button{font-size:1rem;min-width:2.6rem;min-height:2.4rem;border:1px solid #999;border-radius:6px;background:#f4f4f4;cursor:pointer}"
    "#range{color:var(--muted);font-size:.85rem}"
    "#chart{border:1px solid #ddd;border-radius:6px;overflow:hidden;touch-action:pan-y;user-select:none;-webkit-user-select:none}"
    "#axis{display:block;width:100%;cursor:grab}"
    "#axis .tick line{stroke:#e3e3e3}#axis .tick text{fill:var(--muted);font-size:11px}"
    "#axis .bar{fill:var(--bar)}#axis .event.bg .bar{fill:#8aa5d6}"
    "#axis .whisker{stroke:var(--whisker);stroke-width:1.5}#axis .whisker.open{stroke-dasharray:4 3}"
    "#axis .name{font-size:13px;fill:var(--fg)}#axis .name tspan.when{fill:var(--muted);font-size:11px}"
    "#axis .event:focus .bar,#axis .event.sel .bar{fill:#c4573b}#axis .event{cursor:pointer;outline:none}"
    "#details{min-height:3rem;margin:.6rem 0;padding:.5rem .7rem;background:#f6f6f6;border-radius:6px;font-size:.95rem}"
    ".key{font-size:.85rem;color:var(--muted)}.key svg{vertical-align:middle}"
)

# The chart: plain DOM and SVG, no libraries.  Times are milliseconds on the article's own
# local axis, drawn as UTC so that no browser time zone shifts them.
_SCRIPT = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  var svg = document.getElementById("axis");
  var NS = "http://www.w3.org/2000/svg";
  var ROW = 44, TOP = 26, MIN_SPAN = 60000;
  var events = data.events;
  var lo = 0, hi = 1, selected = null;
  var MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  function el(name, attrs, parent) {
    var node = document.createElementNS(NS, name);
    for (var k in attrs) { if (Object.prototype.hasOwnProperty.call(attrs, k)) node.setAttribute(k, attrs[k]); }
    if (parent) parent.appendChild(node);
    return node;
  }
  function extent(all) {
    var a = Infinity, b = -Infinity;
    var shown = all ? events : events.filter(function (e) { return !e.background; });
    if (!shown.length) shown = events;
    shown.forEach(function (e) {
      [e.start, e.end].concat(all ? [e.earliest, e.latest] : []).forEach(function (t) {
        if (t !== null && isFinite(t)) { a = Math.min(a, t); b = Math.max(b, t); }
      });
    });
    if (!isFinite(a)) { a = data.reference === null ? 0 : data.reference; b = a + 86400000; }
    if (b - a < MIN_SPAN) { a -= 43200000; b += 43200000; }
    var pad = (b - a) * 0.04;
    return [a - pad, b + pad];
  }
  function fit() { var r = extent(false); lo = r[0]; hi = r[1]; draw(); }  // the story's own span: background events lie off to the side
  function fitAll() { var r = extent(true); lo = r[0]; hi = r[1]; draw(); }
  function width() { return Math.max(280, svg.parentNode.clientWidth || 600); }
  function x(t, w) { return (t - lo) / (hi - lo) * w; }
  function clampX(v, w) { return Math.max(-20, Math.min(w + 20, v)); }
  function pad2(n) { return (n < 10 ? "0" : "") + n; }
  function fmt(t, step) {
    var d = new Date(t);
    if (step >= 31536000000) return String(d.getUTCFullYear());
    if (step >= 2419200000) return MON[d.getUTCMonth()] + " " + d.getUTCFullYear();
    if (step >= 86400000) return d.getUTCDate() + " " + MON[d.getUTCMonth()] + " " + d.getUTCFullYear();
    var clock = pad2(d.getUTCHours()) + ":" + pad2(d.getUTCMinutes());
    return (d.getUTCHours() === 0 && d.getUTCMinutes() === 0) ? d.getUTCDate() + " " + MON[d.getUTCMonth()] : clock;
  }
  function full(t) { var d = new Date(t); return fmt(t, 86400000) + " " + pad2(d.getUTCHours()) + ":" + pad2(d.getUTCMinutes()); }
  function ticks(w) {
    var span = hi - lo, want = Math.max(2, Math.floor(w / 90)), H = 3600000, D = 86400000;
    var fixed = [60000, 300000, 900000, 1800000, H, 3 * H, 6 * H, 12 * H, D, 2 * D, 7 * D];
    var out = [], i, t;
    for (i = 0; i < fixed.length; i++) {
      if (span / fixed[i] <= want) {
        for (t = Math.ceil(lo / fixed[i]) * fixed[i]; t <= hi; t += fixed[i]) out.push(t);
        return { step: fixed[i], at: out };
      }
    }
    var months = [1, 3, 6], years = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000];
    var first = new Date(lo);
    for (i = 0; i < months.length; i++) {
      if (span / (months[i] * 2629800000) <= want) {
        var m = first.getUTCFullYear() * 12 + first.getUTCMonth();
        m = Math.ceil(m / months[i]) * months[i];
        for (;; m += months[i]) {
          var d = new Date(0); d.setUTCFullYear(Math.floor(m / 12), m % 12, 1); d.setUTCHours(0, 0, 0, 0);
          t = d.getTime(); if (t > hi) break; if (t >= lo) out.push(t);
        }
        return { step: 2629800000 * months[i], at: out };
      }
    }
    var k = years[years.length - 1];
    for (i = 0; i < years.length; i++) { if (span / (years[i] * 31557600000) <= want) { k = years[i]; break; } }
    for (var y = Math.ceil(first.getUTCFullYear() / k) * k; ; y += k) {
      var dy = new Date(0); dy.setUTCFullYear(y, 0, 1); dy.setUTCHours(0, 0, 0, 0);
      t = dy.getTime(); if (t > hi) break; if (t >= lo) out.push(t);
    }
    return { step: 31557600000 * k, at: out };
  }
  function draw() {
    var w = width(), h = TOP + events.length * ROW + 8;
    svg.setAttribute("viewBox", "0 0 " + w + " " + h);
    svg.setAttribute("height", h);
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    var tk = ticks(w), axis = el("g", { "class": "ticks" }, svg);
    tk.at.forEach(function (t) {
      var g = el("g", { "class": "tick" }, axis), px = x(t, w);
      el("line", { x1: px, x2: px, y1: 16, y2: h }, g);
      var label = el("text", { x: px + 3, y: 12 }, g); label.textContent = fmt(t, tk.step);
    });
    events.forEach(function (e, i) {
      var y = TOP + i * ROW;
      var g = el("g", { "class": "event" + (e.background ? " bg" : "") + (selected === e.eid ? " sel" : ""), "data-eid": e.eid, tabindex: "0", role: "button" }, svg);
      var tip = el("title", {}, g); tip.textContent = e.headline + " \u2014 " + e.label;
      var wy = y + 27;
      if (e.earliest !== null || e.latest !== null) {
        var a = e.earliest === null ? -20 : clampX(x(e.earliest, w), w), b = e.latest === null ? w + 20 : clampX(x(e.latest, w), w);
        el("line", { "class": "whisker" + (e.earliest === null || e.latest === null ? " open" : ""), x1: a, x2: b, y1: wy, y2: wy }, g);
        if (e.earliest !== null) el("line", { "class": "whisker cap", x1: a, x2: a, y1: wy - 6, y2: wy + 6 }, g);
        if (e.latest !== null) el("line", { "class": "whisker cap", x1: b, x2: b, y1: wy - 6, y2: wy + 6 }, g);
      }
      var s = clampX(x(e.start, w), w), f = clampX(x(e.end, w), w), bw = Math.max(4, f - s);
      if (f - s < 4) s = (s + f) / 2 - 2;
      el("rect", { "class": "bar", x: s, y: y + 22, width: bw, height: 10, rx: 2 }, g);
      var name = el("text", { "class": "name", x: 0, y: y + 16 }, g);
      var off = e.end < lo ? "\u25C2 " : "", after = e.start > hi ? " \u25B8" : "";
      var head = el("tspan", { "font-weight": "600" }, name); head.textContent = off + e.headline + after;
      var when = el("tspan", { "class": "when", dx: 6 }, name); when.textContent = e.short;
      var len = name.getComputedTextLength() + 6;  // the advance does not count the tspan's dx
      if (len > w - 8) { when.textContent = ""; len = name.getComputedTextLength(); }
      var tx = (x(e.start, w) + x(e.end, w)) / 2 - len / 2;  // centred over the bar, kept inside the axis
      name.setAttribute("x", Math.max(4, Math.min(tx, w - 4 - len)));
      g.addEventListener("click", function () { show(e); });
      g.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); show(e); } });
    });
    var span = hi - lo, unit = span > 2 * 31557600000 ? 31557600000 : span > 60 * 86400000 ? 2629800000 : span > 3 * 86400000 ? 86400000 : 0;
    document.getElementById("range").textContent = unit ? fmt(lo, unit) + " \u2013 " + fmt(hi, unit) : full(lo) + " \u2013 " + full(hi);
  }
  function show(e) {
    selected = e.eid;
    var box = document.getElementById("details");
    box.textContent = "";
    var b = document.createElement("b"); b.textContent = e.headline + ": ";
    box.appendChild(b);
    box.appendChild(document.createTextNode(e.label + ". "));
    var q = document.createElement("q"); q.textContent = e.sentence;
    box.appendChild(q);
    draw();
  }
  function zoom(factor, at) {
    var w = width(), center = lo + (at === undefined ? 0.5 : at / w) * (hi - lo);
    var span = Math.max(MIN_SPAN, (hi - lo) * factor);
    var frac = (center - lo) / (hi - lo);
    lo = center - frac * span; hi = lo + span;
    draw();
  }
  function pan(px) { var shift = px / width() * (hi - lo); lo -= shift; hi -= shift; draw(); }
  document.getElementById("zoom-in").addEventListener("click", function () { zoom(0.5); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoom(2); });
  document.getElementById("zoom-fit").addEventListener("click", fit);
  document.getElementById("zoom-all").addEventListener("click", fitAll);
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var box = svg.getBoundingClientRect();
    zoom(ev.deltaY > 0 ? 1.25 : 0.8, ev.clientX - box.left);
  }, { passive: false });
  var pointers = {}, lastX = null, lastGap = null;
  function gap() {
    var xs = Object.keys(pointers).map(function (k) { return pointers[k]; });
    return xs.length === 2 ? Math.abs(xs[0] - xs[1]) : null;
  }
  svg.addEventListener("pointerdown", function (ev) {
    pointers[ev.pointerId] = ev.clientX; lastX = ev.clientX; lastGap = gap();
  });
  svg.addEventListener("pointermove", function (ev) {
    if (!(ev.pointerId in pointers)) return;
    pointers[ev.pointerId] = ev.clientX;
    var g = gap();
    if (g !== null && lastGap) {
      var box = svg.getBoundingClientRect(), xs = Object.keys(pointers).map(function (k) { return pointers[k]; });
      zoom(lastGap / Math.max(g, 1), (xs[0] + xs[1]) / 2 - box.left); lastGap = g;
    } else if (g === null && lastX !== null && Math.abs(ev.clientX - lastX) > 0) {
      pan(ev.clientX - lastX); lastX = ev.clientX;
    }
  });
  function release(ev) { delete pointers[ev.pointerId]; lastGap = gap(); lastX = null; }
  svg.addEventListener("pointerup", release);
  svg.addEventListener("pointercancel", release);
  window.addEventListener("resize", draw);
  fit();
})();
"""


def _ms(t: Optional[dt.datetime]) -> Optional[int]:
    if t is None:
        return None
    return int((t.replace(tzinfo=None) - _EPOCH) // dt.timedelta(milliseconds=1))


def _short(label: str) -> str:
    """The axis label: the likely part of an event's label."""
    head = label.split(";", 1)[0]
    return head[len("likely "):] if head.startswith("likely ") else head


def chart_data(tl: Timeline, *, include_hypothetical: bool = False) -> dict[str, Any]:
    """What the page's script draws: one record per dated event, times in milliseconds since 1970."""
    events = []
    for d in dated_events(tl, include_hypothetical=include_hypothetical):
        e = d.event
        events.append({
            "eid": e.eid, "headline": e.text, "sentence": " ".join(e.sentence.split()), "label": d.label, "short": _short(d.label),
            "start": _ms(d.start), "end": _ms(d.end), "earliest": _ms(e.earliest_start), "latest": _ms(e.latest_end),
            "background": d.background, "confidence": e.confidence,
        })
    return {"events": events, "reference": _ms(tl.reference_time)}


def _entry(e: Entry) -> str:
    words = "; ".join(f"“{html.escape(w)}”" for w in e.evidence)
    summary = html.escape(e.summary).replace(html.escape(e.trigger), f"<b>{html.escape(e.trigger)}</b>", 1)
    out = f'<li><span class="label">{html.escape(e.label)}</span>: {summary}'
    if words:
        out += f" — dated by {words}"
    if e.order_open:
        out += ' <span class="open">(order relative to its neighbours not fixed by the text)</span>'
    return out + "</li>"


def _json_for_script(data: dict[str, Any]) -> str:
    """JSON that cannot close the script element it sits in."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


_KEY = (
    '<p class="key"><svg width="34" height="12" aria-hidden="true"><rect x="2" y="2" width="30" height="8" rx="2" fill="#3b6fc4"/></svg> likely time '
    '<svg width="40" height="12" aria-hidden="true"><line x1="2" y1="6" x2="38" y2="6" stroke="#555" stroke-width="1.5"/>'
    '<line x1="2" y1="1" x2="2" y2="11" stroke="#555" stroke-width="1.5"/><line x1="38" y1="1" x2="38" y2="11" stroke="#555" stroke-width="1.5"/></svg>'
    " what the text allows (dashed: open on that side)</p>"
)


def to_html(tl: Timeline, *, include_hypothetical: bool = False) -> str:
    """A standalone page (inline script and style, no external assets), deterministic."""
    lay = layout(tl, include_hypothetical=include_hypothetical)
    data = chart_data(tl, include_hypothetical=include_hypothetical)
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(lay.title)}</title>",
        f"<style>{_STYLE}</style></head><body>", f"<h1>{html.escape(lay.title)}</h1>", f'<p class="prov">{html.escape(lay.provenance)}</p>',
    ]
    if data["events"]:
        parts += [
            '<section aria-label="time axis">',
            '<div id="controls"><button id="zoom-in" type="button" aria-label="zoom in">+</button>'
            '<button id="zoom-out" type="button" aria-label="zoom out">−</button>'
            '<button id="zoom-fit" type="button" aria-label="fit the story">fit</button>'
            '<button id="zoom-all" type="button" aria-label="show everything, background included">all</button><span id="range"></span></div>',
            _KEY,
            '<div id="chart"><svg id="axis" role="img" aria-label="events on a time axis"></svg></div>',
            '<div id="details" aria-live="polite">Tap or click an event for its sentence. Drag to move, pinch or use the buttons to zoom.</div>',
            "</section>",
            f'<script type="application/json" id="timeline-data">{_json_for_script(data)}</script>',
            f"<script>{_SCRIPT}</script>",
        ]
    parts.append("<h2>Timeline</h2>")
    for group in lay.chronology:
        parts.append(f"<h3>{html.escape(group.heading)}</h3><ul>" + "".join(_entry(e) for e in group.entries) + "</ul>")
    if lay.background:
        parts.append("<h2>Background</h2><ul>" + "".join(_entry(e) for e in lay.background) + "</ul>")
    if lay.unplaced:
        parts.append("<h2>Not placed on the time axis</h2><ul>" + "".join(_entry(e) for e in lay.unplaced) + "</ul>")
    if lay.undated:
        parts.append("<h2>Undated</h2><p>" + html.escape(", ".join(lay.undated)) + ".</p>")
    if lay.mentioned:
        parts.append("<h2>Also mentioned</h2><p>" + html.escape(", ".join(lay.mentioned)) + ".</p>")
    if lay.conflicts:
        parts.append("<h2>Conflicting statements</h2><ul>" + "".join(f"<li>{html.escape(c)}</li>" for c in lay.conflicts) + "</ul>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
