"""``build``: text + reference time → a Timeline of events placed on the time axis.

The stages run one way: tag (times) → detect events → anchor (links with evidence) →
constraints → ordering engine (tight bounds, conflicts dropped by the documented policy)
→ :class:`~timeline.model.Timeline`.  The translation from links to constraints lives
here; everything else is in its own module.
"""

from __future__ import annotations

import bisect
import datetime as dt

import attrs
from typing import TYPE_CHECKING, Optional, Sequence

from .anchoring import REFERENCE, Link, anchor_events, implied_event_spans
from .context import ReferenceTimeLike
from .model import Event, EventAnchor, Timeline, Timex
from .order import Bound, Constraint, Fact, end_of, order, start_of
from .order import after as _after
from .order import before as _before
from .order import by as _by
from .order import during as _during
from .order import lasting as _lasting
from .order import overlaps as _overlaps
from .order import simultaneous as _simultaneous
from .order import since as _since
from .order import until as _until
from .tagger import tag

if TYPE_CHECKING:
    from .events.detect import EventMention

__all__ = ["build", "links_to_facts", "BUILD_MAX_CHARS"]

BUILD_MAX_CHARS = 300_000
"""Largest text ``build`` accepts by default (about 300 KB, a minute of work): ordering is
quadratic in the number of events, so longer inputs would look like a hang.  Articles are
far shorter; pass ``max_chars`` to raise it, or split long texts."""

_ZERO = dt.timedelta(0)
_FIXED = 10  # a resolved time's own bounds are not evidence to drop


def _timex_facts(t: Timex) -> list[Fact]:
    """A resolved time is an interval whose ends are pinned to its bounds."""
    if t.earliest is None and t.latest is None:
        return []
    return [Bound(p, when, when, evidence=t.text, strength=_FIXED) for p, when in ((start_of(t.tid), t.earliest), (end_of(t.tid), t.latest)) if when is not None]


def links_to_facts(links: Sequence[Link], timexes: Sequence[Timex], reference: Optional[tuple[dt.datetime, dt.datetime]]) -> list[Fact]:
    """The constraints the links stand for (see :class:`~timeline.anchoring.Link` for their meaning)."""
    placed = {t.tid for t in timexes if t.earliest is not None or t.latest is not None}
    facts: list[Fact] = []
    for t in timexes:
        facts.extend(_timex_facts(t))
    if reference is not None:
        facts += [Bound(start_of(REFERENCE), reference[0], reference[0], evidence="publication time", strength=_FIXED),
                  Bound(end_of(REFERENCE), reference[1], reference[1], evidence="publication time", strength=_FIXED)]
    for link in links:
        a, b, ev, s = link.source, link.target, link.evidence, link.strength
        if b == REFERENCE and reference is None:
            continue
        if b.startswith("t") and b not in placed and link.relation != "lasts":
            continue
        r = link.relation
        if r == "during":
            facts.extend(_during(a, b, evidence=ev, strength=s))
        elif r == "starts_in":
            facts += [Constraint(start_of(b), start_of(a), _ZERO, None, ev, s), Constraint(start_of(a), end_of(b), _ZERO, None, ev, s)]
        elif r == "ends_in":
            facts += [Constraint(start_of(b), end_of(a), _ZERO, None, ev, s), Constraint(end_of(a), end_of(b), _ZERO, None, ev, s)]
        elif r in ("by", "before_ref"):
            facts.extend(_by(a, b, evidence=ev, strength=s))
        elif r == "before":
            facts.extend(_before(a, b, evidence=ev, strength=s))
            if link.offset_max is not None:
                facts.append(Constraint(end_of(a), start_of(b), _ZERO, link.offset_max, ev, s))
        elif r == "after":
            facts.extend(_after(a, b, evidence=ev, strength=s))
            if link.offset_max is not None:
                facts.append(Constraint(end_of(b), start_of(a), _ZERO, link.offset_max, ev, s))
        elif r == "after_ref":
            facts.append(Constraint(start_of(b), start_of(a), _ZERO, None, ev, s))
        elif r == "overlaps_ref":
            facts.extend(_overlaps(a, b, evidence=ev, strength=s))
        elif r == "since":
            facts.extend(_since(a, b, evidence=ev, strength=s))
        elif r == "until":
            facts.extend(_until(a, b, evidence=ev, strength=s))
        elif r == "within":
            # "killed ... within 30 hours of the raid": starts once it has begun, ends by then + 40 h
            facts += [Constraint(start_of(b), start_of(a), _ZERO, None, ev, s)] + ([Constraint(start_of(b), end_of(a), None, link.offset_max, ev, s)] if link.offset_max is not None else [])
        elif r == "lasts":
            facts.extend(_lasting(a, link.offset_min, link.offset_max, evidence=ev, strength=s))
        elif r == "simultaneous":
            facts.extend(_simultaneous(a, b, evidence=ev, strength=s))
        elif r == "begun_by":
            facts.append(Constraint(start_of(b), start_of(a), _ZERO, _ZERO, ev, s))
        elif r == "ended_by":
            facts.append(Constraint(end_of(b), end_of(a), _ZERO, _ZERO, ev, s))
    return facts


def _outside_timexes(mentions: Sequence["EventMention"], timexes: Sequence[Timex]) -> list["EventMention"]:
    """The mentions that lie outside every time expression ("Read" in "4 Min Read", "hours" in
    "the early hours"): TimeML never nests an event in a TIMEX3, so the tagger's span wins."""
    spans = sorted((t.start, t.end) for t in timexes)
    starts = [s for s, _ in spans]
    out = []
    for m in mentions:
        k = bisect.bisect_right(starts, m.start) - 1  # the last timex starting at or before the mention
        inside = any(s < m.end and m.start < e for s, e in spans[max(0, k) : k + 2])
        if not inside:
            out.append(m)
    return out


def _with_implied(text: str, mentions: list) -> list:  # type: ignore[type-arg]
    """Add the nouns a timing signal shows to be events, renumbering e1, e2, ... in text order."""
    from .events.detect import EventMention
    from .events.tokens import sentences

    spans = implied_event_spans(text, mentions)
    if not spans:
        return mentions
    bounds = sentences(text)
    for s, e in spans:
        ss, se = next(((a, b) for a, b in bounds if a <= s < b), (s, e))
        mentions.append(EventMention("", text[s:e], s, e, ss, se, "OCCURRENCE", "NOUN"))
    mentions.sort(key=lambda m: m.start)
    return [attrs.evolve(m, eid=f"e{i}") for i, m in enumerate(mentions, 1)]


def _now_span(reference: Optional[dt.datetime]) -> Optional[tuple[dt.datetime, dt.datetime]]:
    if reference is None:
        return None
    if reference.time() == dt.time(0):
        return reference, reference + dt.timedelta(days=1)
    return reference, reference


def build(
    text: str,
    reference_time: Optional[ReferenceTimeLike],
    *,
    mode: str = "news",
    source: str = "",
    reference_time_source: str = "given by the caller",
    max_chars: int = BUILD_MAX_CHARS,
    event_model: str = "neural",
) -> Timeline:
    """Find the events of ``text``, anchor them, and place each on the time axis.

    Each event gets the interval its start and its end can lie in (``earliest_start`` ...
    ``latest_end``), the anchors that constrain it with the words that said so, and its
    place in a total order that respects every definite relation.  ``event_model``
    picks the event detector: ``"neural"`` (default, more accurate) or ``"perceptron"``
    (several times faster).
    """
    from .events.detect import check_event_model, detect_events

    check_event_model(event_model)  # before tagging: a typo fails fast
    doc = tag(text, reference_time, mode=mode, max_chars=max_chars)
    mentions = _with_implied(text, _outside_timexes(detect_events(text, event_model=event_model), doc.timexes))
    links = anchor_events(text, doc.timexes, mentions)
    ref = doc.reference_time
    facts = links_to_facts(links, doc.timexes, _now_span(ref))
    result = order(facts, origin=ref)
    by_source: dict[str, list[Link]] = {}
    for link in links:
        by_source.setdefault(link.source, []).append(link)
    eids = [m.eid for m in mentions]
    known = set(result.intervals)
    placed_groups = result.groups([e for e in eids if e in known])
    ordered = [e for group in placed_groups for e in group] + [e for e in eids if e not in known]
    position = {eid: i for i, eid in enumerate(ordered)}
    events = []
    for m in mentions:
        bounds = result[m.eid] if m.eid in known else None
        anchors = tuple(
            EventAnchor(link.target, link.relation, link.evidence, link.offset_min, link.offset_max) for link in by_source.get(m.eid, ())
        ) or (EventAnchor("none", "unanchored", "the text ties this event to no time or other event"),)
        events.append(
            Event(
                eid=m.eid, text=m.text, start=m.start, end=m.end, sentence=text[m.sentence_start : m.sentence_end].strip(),
                cls=m.cls, tense=m.tense, aspect=m.aspect, polarity=m.polarity, modality=m.modality,
                earliest_start=bounds.earliest_start if bounds else None, latest_start=bounds.latest_start if bounds else None,
                earliest_end=bounds.earliest_end if bounds else None, latest_end=bounds.latest_end if bounds else None,
                anchors=anchors,
            )
        )
    events.sort(key=lambda e: position[e.eid])
    placed_ids = [e for e in ordered if e in known]
    relations = tuple(r for r in result.relations(placed_ids) if r.relation == "BEFORE")
    groups = tuple(g for g in placed_groups if len(g) > 1)
    return Timeline(
        text=text, reference_time=ref, timexes=doc.timexes, events=tuple(events), relations=relations,
        conflicts=tuple(c.to_model() for c in result.conflicts), unordered_groups=groups, source=source,
        reference_time_source=reference_time_source,
    )
