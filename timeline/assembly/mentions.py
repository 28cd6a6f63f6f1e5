"""Which event mentions the stages take: those outside time expressions and page furniture, the nouns a
timing signal shows to be events, and the headline's events the lead tells again.  ``build`` calls these
around :func:`timeline.pipeline.assemble`; split out of the former pipeline.py."""

from __future__ import annotations

import bisect
import re

import attrs
from typing import TYPE_CHECKING, Sequence

from ..anchoring import implied_event_spans
from ..model import Event, EventAnchor, Relation, Timeline, Timex
from ..text import Doc

if TYPE_CHECKING:
    from ..events.detect import EventMention


def outside_timexes(mentions: Sequence["EventMention"], timexes: Sequence[Timex]) -> list["EventMention"]:
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


def outside_furniture(mentions: Sequence["EventMention"], doc: Doc) -> list["EventMention"]:
    """The mentions outside page furniture and the headline (see :mod:`timeline.events.furniture`)."""
    from ..events.furniture import furniture_spans

    spans = furniture_spans(doc)
    if not spans:
        return list(mentions)
    starts = [s for s, _ in spans]
    out = []
    for m in mentions:
        k = bisect.bisect_right(starts, m.start) - 1
        if k < 0 or m.start >= spans[k][1]:
            out.append(m)
    return out


_NAME_WORD = re.compile(r"[A-Z][a-z’'-]*\Z")
"""A capitalised word (a part of a name: "Elm", "Harbour")."""
_WORD_BEFORE = re.compile(r"([A-Za-z’'-]+)\s+\Z")
_WORD_AFTER = re.compile(r"\s+([A-Za-z’'-]+)")


def outside_names(mentions: Sequence["EventMention"], doc: Doc) -> list["EventMention"]:
    """(s64) The mentions that are no part of a name: a capitalised word in -ing inside its sentence, right after or
    before another capitalised word ("near Elm Cutting", "at Mill Landing", "Harbour Meeting Hall"), names a place, not a
    happening (the detector read a gerund).  Headlines are page furniture, taken out before this."""
    text = doc.text
    out = []
    for m in mentions:
        word = m.text
        if (len(word) > 4 and word[0].isupper() and word[1:].islower() and word.endswith("ing") and m.start > m.sentence_start):
            before = _WORD_BEFORE.search(text, max(m.sentence_start, m.start - 24), m.start)
            after = _WORD_AFTER.match(text, m.end, min(len(text), m.end + 24))
            named_before = before is not None and before.start(1) > m.sentence_start and _NAME_WORD.match(before.group(1)) is not None
            named_after = after is not None and _NAME_WORD.match(after.group(1)) is not None
            if named_before or named_after:
                continue
        out.append(m)
    return out


def with_headline_events(timeline: Timeline, doc: Doc, detected: Sequence["EventMention"]) -> Timeline:
    """``timeline`` with the headline's events the lead tells again (:func:`timeline.anchoring.headline.headline_partners`),
    each placed as its counterpart in the lead ("Sinks" as "their trawler sank ... late on Sunday"): same bounds, likely
    interval and relations, and simultaneous with it.  The rest of the pipeline never reads the headline (it is page
    furniture: no lead, sentence or learned relation counts it), so these come after; their ids follow the body's."""
    from ..anchoring.cues import anchor_words
    from ..anchoring.headline import headline_partners, retold_words
    from ..events.detect import EventMention

    # a headline word the detector missed that a verb of the body tells again ("Carer Admits Stealing": "admitted") is one
    detected = [*detected, *(EventMention("", doc.text[s:e], s, e, *doc.sentence_at(s), partner.cls, partner.pos, "PRESENT")
                             for s, e, partner in retold_words(doc, detected))]
    times = frozenset(t.tid for t in timeline.timexes)
    dated = frozenset((e.start, e.end) for e in timeline.events if any(a.target in times and a.relation != "lasts" for a in e.anchors))
    told = headline_partners(anchor_words(doc.language), doc, detected, dated)
    if not told:
        return timeline
    by_span = {(e.start, e.end): e for e in timeline.events}
    taken = {e.eid for e in timeline.events}
    n = len(timeline.events)
    added: list[Event] = []
    relations: list[Relation] = []
    for m in sorted((m for m in detected if (m.start, m.end) in told), key=lambda m: m.start):
        partner = by_span.get((told[(m.start, m.end)].start, told[(m.start, m.end)].end))
        if partner is None:
            continue  # the counterpart is no event of the timeline (inside a time expression)
        n += 1
        while f"e{n}" in taken:
            n += 1
        eid = f"e{n}"
        taken.add(eid)
        added.append(attrs.evolve(partner, eid=eid, text=m.text, start=m.start, end=m.end, sentence=doc.text[m.sentence_start : m.sentence_end],
                                  anchors=(EventAnchor(partner.eid, "simultaneous", f"{m.text} (headline) … {partner.text}"),),
                                  likely_basis=f"the headline's event, told in the lead (“{partner.text}”)" if partner.likely_start is not None else ""))
        relations.append(Relation(eid, "SIMULTANEOUS", partner.eid, 1.0, True))
    if not added:
        return timeline
    copies: dict[str, list[str]] = {}
    for e in added:
        copies.setdefault(e.anchors[0].target, []).append(e.eid)
    for r in timeline.relations:  # the counterpart's relations hold for the headline's event too (and between two of them)
        if r.source in copies or r.target in copies:
            relations.extend(attrs.evolve(r, source=s, target=t) for s in (r.source, *copies.get(r.source, ())) for t in (r.target, *copies.get(r.target, ()))
                             if (s, t) != (r.source, r.target))
    after: dict[str, list[Event]] = {}
    for e in added:
        after.setdefault(e.anchors[0].target, []).append(e)
    events = tuple(x for e in timeline.events for x in (e, *after.get(e.eid, ())))
    return attrs.evolve(timeline, events=events, relations=(*timeline.relations, *relations))


def with_implied(doc: Doc, mentions: list) -> list:  # type: ignore[type-arg]
    """Add the nouns a timing signal shows to be events, renumbering e1, e2, ... in text order."""
    from ..events.detect import EventMention

    text = doc.text
    spans = implied_event_spans(text, mentions, doc.language)
    if not spans:
        return mentions
    for s, e in spans:
        ss, se = doc.sentence_at(s)
        mentions.append(EventMention("", text[s:e], s, e, ss, se, "OCCURRENCE", "NOUN"))
    mentions.sort(key=lambda m: m.start)
    # ``attrs.evolve(m, eid=...)`` written out for the detector's own mentions (evolve reads every field by name, per mention)
    return [EventMention(f"e{i}", m.text, m.start, m.end, m.sentence_start, m.sentence_end, m.cls, m.pos, m.tense, m.aspect, m.polarity,
                         m.modality, m.score) if m.__class__ is EventMention else attrs.evolve(m, eid=f"e{i}")
            for i, m in enumerate(mentions, 1)]
