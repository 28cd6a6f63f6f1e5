"""What a rendered timeline shows, independent of the output format.

A :class:`Layout` groups a Timeline's events into the chronological part (grouped by day,
or by month/year/decade when the text is coarser), the background (long-range context),
and what could not be placed, with for each entry an honest time label, a one-line
summary, the words that date it and whether its order among its neighbours is open.
Markdown and HTML renderers only format a Layout.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

import attrs

from ..events.plans import planned
from ..model import Conflict, Event, Timeline
from ..text import Doc, segment

__all__ = ["Entry", "Group", "Layout", "layout", "time_label", "placed_label", "MAX_MAIN_SPAN"]

MAX_MAIN_SPAN = dt.timedelta(days=62)
"""Events whose possible span is longer than this go to the background section (news; a narrative has none)."""

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY = dt.timedelta(days=1)


@attrs.frozen
class Entry:
    """One line of the timeline."""

    eid: str
    label: str
    summary: str
    trigger: str
    evidence: tuple[str, ...]
    order_open: bool
    start: Optional[dt.datetime]
    end: Optional[dt.datetime]


@attrs.frozen
class Group:
    """Entries under one heading (a day, a month, a year ...)."""

    heading: str
    entries: tuple[Entry, ...]


@attrs.frozen
class Layout:
    title: str
    provenance: str
    chronology: tuple[Group, ...]
    background: tuple[Entry, ...]
    unplaced: tuple[Entry, ...]
    mentioned: tuple[str, ...]  # negated, supposed or habitual events the text does not date, by trigger
    conflicts: tuple[str, ...]
    undated: tuple[str, ...] = ()  # real events with no time at all (in a narrative: no publication day to fall back on), by trigger
    narrative: bool = False  # a history: the chronology runs over years, decades, centuries (no background section)


def _day(t: dt.datetime) -> str:
    return f"{_DAYS[t.weekday()]} {t.day} {_MONTHS[t.month - 1]} {t.year}"


def _clock(t: dt.datetime) -> str:
    if t.hour == 0 and t.minute == 0:
        return "midnight"
    return f"{t.hour:02d}:{t.minute:02d}"


def _midnight(t: dt.datetime) -> bool:
    return t.hour == 0 and t.minute == 0 and t.second == 0


def time_label(start: Optional[dt.datetime], end: Optional[dt.datetime]) -> str:
    """A human label for "somewhere in [start, end]" that shows the uncertainty honestly."""
    if start is None and end is None:
        return "time unknown"
    if start is None:
        assert end is not None
        if _midnight(end):
            return f"no later than {_day(end - _DAY)}"
        return f"no later than {_day(end)}, {_clock(end)}"
    if end is None:
        return f"no earlier than {_day(start)}" + ("" if _midnight(start) else f", {_clock(start)}")
    if end <= start:
        return f"{_day(start)}, at {_clock(start)}" if not _midnight(start) else f"around midnight, {_day(start - _DAY)} to {_day(start)}"
    if end - start <= _DAY and start.date() == (end - dt.timedelta(microseconds=1)).date():
        if _midnight(start) and end - start == _DAY:
            return _day(start)
        return f"{_day(start)}, between {_clock(start)} and about {_clock(end) if not _midnight(end) else 'midnight'}"
    if _midnight(start) and _midnight(end):
        last = end - _DAY
        if start.year == last.year and start.month == last.month and start.day == 1 and (end.day == 1):
            return f"sometime in {_MONTHS[start.month - 1]} {start.year}" if end.month != start.month or end.year != start.year else _day(start)
        if start.month == 1 and start.day == 1 and end.month == 1 and end.day == 1:
            if end.year - start.year == 1:
                return f"sometime in {start.year}"
            if start.year % 10 == 0 and end.year - start.year == 10:
                return f"sometime in the {start.year}s"
            return f"between {start.year} and {end.year - 1}"
        if end - start > dt.timedelta(days=366):
            return f"between {_MONTHS[start.month - 1]} {start.year} and {_MONTHS[last.month - 1]} {last.year}"
        return f"between {_day(start)} and {_day(last)}"
    s = _day(start) + ("" if _midnight(start) else f" {_clock(start)}")
    e = f"the end of {_day(end - _DAY)}" if _midnight(end) else f"{_day(end)} {_clock(end)}"  # an end at midnight closes the day before
    return f"between {s} and {e}"


def _heading(start: dt.datetime, end: dt.datetime) -> str:
    """The group an entry falls under: its day, else its month, year or decade."""
    width = end - start
    if width <= _DAY or start.date() == (end - dt.timedelta(microseconds=1)).date():
        return _day(start)
    if width <= dt.timedelta(days=8):
        last = end - dt.timedelta(microseconds=1)
        return f"{_day(start)} to {_day(last)}"  # a few days: the span itself
    if start.year == (end - dt.timedelta(microseconds=1)).year:
        if start.month == (end - dt.timedelta(microseconds=1)).month:
            return f"{_MONTHS[start.month - 1]} {start.year}"
        return str(start.year)
    return f"{start.year // 10 * 10}s"


def _ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 11th, 21st: a century's number."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _story_heading(start: dt.datetime, end: dt.datetime) -> str:
    """The group of an entry in a narrative: as :func:`_heading` up to a year, then its decade, its century (when it
    spans more than half of one) or its years ("1909 to 1913")."""
    last = end - dt.timedelta(microseconds=1)
    if start.year == last.year:
        return _heading(start, end)
    if start.year // 10 == last.year // 10:
        return f"{start.year // 10 * 10}s"
    if start.year // 100 == last.year // 100 and last.year - start.year >= 50:
        return f"{_ordinal(start.year // 100 + 1)} century"
    return f"{start.year} to {last.year}"


def _summary(e: Event, limit: int = 28) -> str:
    """The event's sentence, trimmed to about ``limit`` words around the trigger."""
    sentence = " ".join(e.sentence.split())
    words = sentence.split(" ")
    if len(words) <= limit:
        return sentence
    at = next((i for i, w in enumerate(words) if e.text in w), 0)
    lo = max(0, min(at - limit // 3, len(words) - limit))
    hi = lo + limit
    return ("… " if lo else "") + " ".join(words[lo:hi]) + (" …" if hi < len(words) else "")


def _dating_words(e: Event) -> tuple[str, ...]:
    """The article's words that date the event (tense-only evidence is left out)."""
    out = []
    for a in e.anchors:
        if a.target in ("none", "reference_time") or not a.evidence:
            continue
        out.append(a.evidence)
    return tuple(dict.fromkeys(out))


def _representatives(tl: Timeline) -> dict[str, str]:
    """Each event's representative: mentions of one event (linked as simultaneous, with the
    same bounds) are shown once, at their first mention in the text after the headline (a headline's event is told again
    in the lead, whose sentence says more)."""
    from ..events.furniture import headline_of_text

    head = headline_of_text(tl.text)
    head_end = head[1] if head is not None else 0
    by_id = {e.eid: e for e in tl.events}
    parent = {e.eid: e.eid for e in tl.events}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for e in tl.events:
        for a in e.anchors:
            other = by_id.get(a.target)
            if a.relation == "simultaneous" and other is not None and (e.earliest_start, e.latest_end) == (other.earliest_start, other.latest_end):
                ra, rb = find(e.eid), find(other.eid)
                if ra != rb:
                    first, second = sorted((ra, rb), key=lambda x: (by_id[x].start < head_end, by_id[x].start, x))
                    parent[second] = first
    return {eid: find(eid) for eid in parent}


def _known_start(e: Event) -> Optional[tuple[dt.datetime, dt.datetime]]:
    """The start window when the text pins the start (within a day) but not the end."""
    es, ls, le = e.earliest_start, e.latest_start, e.latest_end
    if es is None or ls is None or ls - es > _DAY:
        return None
    if le is not None and le - es <= _DAY:
        return None  # the whole event fits in a day: the usual label says it
    return es, ls


def _shown(e: Event, include_hypothetical: bool) -> bool:
    return include_hypothetical or e.real


def _kind_of_unreal(e: Event) -> str:
    if e.negated:
        return "did not happen"
    if e.hypothetical:
        return "planned or possible"
    return "habitual"


_SNAP = dt.timedelta(minutes=5)


def _snapped(t: dt.datetime, up: bool, limit: Optional[dt.datetime]) -> dt.datetime:
    """``t`` moved to the whole hour within a few minutes of it (for reading: the likely layer's
    one-minute steps between events are not news), never past the certain ``limit``."""
    hour = t.replace(minute=0, second=0, microsecond=0)
    target = hour + dt.timedelta(hours=1) if up and t != hour else hour
    if abs(target - t) > _SNAP or target == t:
        return t
    if limit is not None and (target > limit if up else target < limit):
        return t
    return target


def placed_label(e: Event, reader_day: Optional[dt.datetime] = None) -> str:
    """The label of an event placed by its likely interval, with the certain range where it differs:
    "likely Sat 31 Jan 2026; certainly no later than Mon 2 Feb 2026".  ``reader_day`` (a narrative's reference time):
    a range bounded only by it ("no later than" the day the history is read) says nothing of the story."""
    assert e.likely_start is not None and e.likely_end is not None
    if (e.earliest_start, e.latest_end) == (e.likely_start, e.likely_end):
        return time_label(e.likely_start, e.likely_end)
    likely = time_label(_snapped(e.likely_start, False, e.earliest_start), _snapped(e.likely_end, True, e.latest_end))
    read_only = reader_day is not None and e.earliest_start is None and e.latest_end is not None and e.latest_end >= reader_day
    if (e.earliest_start is None and e.latest_end is None) or read_only:
        return f"likely {likely}; the text does not date it"
    return f"likely {likely}; certainly {time_label(e.earliest_start, e.latest_end)}"


def layout(tl: Timeline, *, include_hypothetical: bool = False, include_undated: bool = True) -> Layout:
    """Arrange ``tl`` for reading (see the module docstring).

    A narrative (``tl.mode == "narrative"``) has no background: its years are the timeline, so every dated event is in the
    chronology, grouped by its day, month, year, decade, century or years."""
    narrative = tl.mode == "narrative"
    longest = dt.timedelta.max if narrative else MAX_MAIN_SPAN
    heading_of = _story_heading if narrative else _heading
    open_ids = {eid for group in tl.unordered_groups for eid in group}
    title = _title(tl)
    provenance = _provenance(tl)
    groups: dict[str, list[Entry]] = {}
    background: list[Entry] = []
    unplaced: list[Entry] = []
    mentioned: list[str] = []
    undated: list[str] = []
    times = {t.tid: t for t in tl.timexes if t.earliest is not None and t.latest is not None}
    representative = _representatives(tl)
    members: dict[str, list[Event]] = {}
    for e in sorted(tl.events, key=lambda x: x.start):
        members.setdefault(representative[e.eid], []).append(e)
    for e in tl.events:
        rep = representative[e.eid]
        words = tuple(dict.fromkeys(w for member in members.get(rep, [e]) for w in _dating_words(member)))
        qualifier = ""
        if not _shown(e, include_hypothetical):
            # negated, hypothetical or generic: listed by what the text says of its time, if anything
            if not words or (e.earliest_start is None and e.latest_end is None) or rep != e.eid:
                if rep == e.eid:
                    mentioned.append(e.text)
                continue
            qualifier = " (" + _kind_of_unreal(e) + ")"
        if rep != e.eid:
            continue  # a later mention of an event listed at its first mention ("the landfall")
        started = _known_start(e)
        if e.real and e.likely_start is not None and e.likely_end is not None:
            start, end = e.likely_start, e.likely_end
            if started is not None and (e.earliest_start, e.latest_end) == (start, end):
                label = "started " + time_label(*started)
            else:
                started, label = None, placed_label(e, tl.reference_time if narrative else None)
            if planned(e, None if narrative else tl.reference_time):
                label += " (planned)"  # "will meet on Monday": placed on its day, told as arranged, not as done
            if not words:
                words = (e.likely_basis,) if e.likely_basis else ()
            entry = Entry(e.eid, label, _summary(e), e.text, words, e.eid in open_ids, start, end)
            if end - start > longest and started is None:
                background.append(entry)
                continue
            heading = heading_of(*started) if started is not None else heading_of(start, end)
            groups.setdefault(heading, []).append(entry)  # headings keep the order they were first seen
            continue
        start, end = e.earliest_start, e.latest_end
        read_only = narrative and start is None and end is not None and tl.reference_time is not None and end >= tl.reference_time
        label = "not dated by the story" if read_only else time_label(start, end)  # "no later than" the day a history is read says nothing of it
        if started is not None:
            label = "started " + time_label(*started)  # "the attacks began in the early hours of Saturday"
        entry = Entry(e.eid, label + qualifier, _summary(e), e.text, words, e.eid in open_ids, start, end)
        time_anchor = next((times[a.target] for a in e.anchors if a.target in times), None)
        if words and (start is not None or end is not None) and (start is None or end is None) and time_anchor is not None:
            assert time_anchor.earliest is not None and time_anchor.latest is not None  # only bounded times are in ``times``
            heading = heading_of(time_anchor.earliest, time_anchor.latest)  # "by the end of 2027" sits under 2027
            groups.setdefault(heading, []).append(entry)  # headings keep the order they were first seen
            continue
        if start is not None and end is not None and words:
            if end - start > longest and started is None:
                background.append(entry)
                continue
            heading = heading_of(*started) if started is not None else heading_of(start, end)
            groups.setdefault(heading, []).append(entry)  # headings keep the order they were first seen
        elif words:
            unplaced.append(entry)
        elif include_undated:
            (undated if e.real else mentioned).append(e.text)
    first_seen = {h: i for i, h in enumerate(groups)}

    def when(h: str) -> tuple[dt.datetime, dt.datetime, int]:
        # by start; of two that start together the shorter first ("Sat 31 Jan" before "Sat 31 Jan to Sun 1 Feb")
        known = [t for entry in groups[h] for t in (entry.start, entry.end) if t is not None]
        return (min(known), max(known), first_seen[h]) if known else (dt.datetime.max, dt.datetime.max, first_seen[h])

    chronology = tuple(Group(h, tuple(_mark_open(groups[h]))) for h in sorted(groups, key=when))
    segmented = segment(tl.text) if tl.conflicts else None  # once, for every conflict's sentences
    conflicts = tuple(_conflict_line(segmented, c) for c in tl.conflicts if segmented is not None)
    return Layout(title, provenance, chronology, tuple(background), tuple(unplaced), tuple(dict.fromkeys(mentioned)), conflicts,
                  tuple(dict.fromkeys(undated)), narrative)


def _misleading(a: Entry, b: Entry) -> bool:
    """Two entries whose listed order could mislead: their intervals partly overlap (equal, nested
    or disjoint intervals show their relation in the labels themselves)."""
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    if (a.start, a.end) == (b.start, b.end):
        return False
    overlap = a.start < b.end and b.start < a.end
    nested = (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
    return overlap and not nested


def _conflict_line(doc: "Doc", c: "Conflict") -> str:
    """A conflict as a reader sees it: the sentences that disagree, and which words were set aside."""
    text = doc.text

    def sentence_of(words: str) -> Optional[str]:
        at = text.find(words.split(" … ")[0]) if words else -1
        if at < 0:
            return None
        s, e = doc.sentence_at(at)
        return " ".join(text[s:e].split())

    phrases = [w for w in dict.fromkeys(c.evidence) if w and w not in ("publication time",)]
    sentences = [x for x in dict.fromkeys(sentence_of(w) for w in phrases) if x]
    said = " / ".join(f"“{x}”" for x in sentences) or "; ".join(phrases)
    dropped = [w for w in c.dropped_evidence if w]
    if not dropped:
        return said
    return f"{said}: these cannot all hold; set aside “{dropped[0]}”, kept the rest"


def _mark_open(entries: list[Entry]) -> list[Entry]:
    """Keep the order-open flag only where a neighbour in the same heading is open too and
    the two intervals partly overlap: there the order shown is a guess that matters."""
    out = []
    for i, entry in enumerate(entries):
        neighbours = [entries[j] for j in (i - 1, i + 1) if 0 <= j < len(entries)]
        flag = entry.order_open and any(n.order_open and _misleading(entry, n) for n in neighbours)
        out.append(attrs.evolve(entry, order_open=flag))
    return out


def _title(tl: Timeline) -> str:
    first = next((line.strip() for line in tl.text.splitlines() if line.strip()), "")
    first = re.sub(r"\s+", " ", first)
    if len(first) > 100:
        first = first[:97].rsplit(" ", 1)[0] + "…"
    return f"Timeline: {first}" if first else "Timeline"


def _provenance(tl: Timeline) -> str:
    source = tl.source or "text"
    if tl.reference_time is None:
        return f"Built from {source} without a publication date: relative times are left open."
    ref = tl.reference_time
    when = _day(ref) + ("" if _midnight(ref) else f" {_clock(ref)}")
    how = f" ({tl.reference_time_source})" if tl.reference_time_source else ""
    if tl.mode == "narrative":  # a history: the reference time is only the reader's day
        return f"Built from {source} as a narrative (a history): times count from the story; {when}{how} is only the day it is read."
    return f"Built from {source}; publication date {when}{how}."
