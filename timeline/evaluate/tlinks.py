"""timeline's own TLINKs on a gold corpus, for TempEval-3 Task C scoring.

Two settings, as TempEval-3 ran them: with the gold TIMEX3s and EVENTs given (``relate`` on
the gold entities; only the TLINKs are timeline's) and end to end (``build``: timeline finds
the times and events too; the scorer aligns them to gold by extent).  Each gold document
becomes a system :class:`TimeMLDocument` in memory; :func:`score_relations` scores them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable, Mapping, Optional, Sequence

from ..io.timeml import Annotation, TimeMLDocument, read_timeml, timexes_to_timeml
from ..model import Timeline

if TYPE_CHECKING:
    from ..relations import PredictedRelation

__all__ = ["system_document", "system_documents", "gold_entities", "tlink_triples", "learned_relations", "MIN_LINK_SCORE", "link_score", "DEFAULT_KINDS", "CERTAIN_KINDS", "MAX_EVENTS_BETWEEN", "MIN_LINKS_PER_EVENT", "PAIR_KINDS", "GIVEN_ATTRIBUTES"]

MIN_LINK_SCORE = 0.2
"""The least :func:`link_score` of a learned relation written as a TLINK (the certain ones
always are): the best on TBAQ with out-of-fold models, for every kind of pair (per-kind values
from 0.15 to 0.3 gained at most 0.02 F1; see docs/benchmarks.md)."""

_REFERENCE = "reference_time"


_INSTANCE_ATTRIBUTES = ("class", "tense", "aspect", "polarity", "modality", "pos")

GIVEN_ATTRIBUTES: tuple[str, ...] = ("class", "tense", "aspect", "modality", "pos")
"""The annotators' event attributes that Task C with gold entities hands to ``relate``; polarity
(and a part of speech :func:`gold_entities` does not take) is worked out from the text the
detector's way, as train/train_relations.py does for every attribute but the class when it trains
the relation models on gold events.  Chosen by what carries across TBAQ's halves (trained on one,
scored on the other) and out of fold, with the derived attributes from event models that did not
see the document: the half whose attributes are well formed (TimeBank) reads the given tense,
aspect, modality and part of speech better in both settings (+0.3 out of fold, +0.2 across the
halves, against the class alone), the other loses 0.1.  Polarity gains nothing on TimeBank and
costs AQUAINT 1.9 out of fold: its MAKEINSTANCEs say NEG for nearly half its events ("said" among
them), so it is not trusted.  The written TimeML keeps every gold attribute; only the models'
input changes (see docs/benchmarks.md and docs/conventions.md "(s45 taskc)")."""

_PARTS_OF_SPEECH = ("VERB", "NOUN", "ADJECTIVE")
"""The parts of speech :func:`gold_entities` takes from a MAKEINSTANCE; any other value (TimeML's
OTHER or PREPOSITION, or a corpus's UNKNOWN, as on most of AQUAINT's events) says no more than
that the annotators did not choose one, so the part of speech is left to be worked out."""


def gold_entities(doc: TimeMLDocument, attributes: Sequence[str] = _INSTANCE_ATTRIBUTES) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The gold EVENTs and TIMEX3s of ``doc`` as ``relate`` items, each event with those of its
    ``attributes`` the annotation gives (``class`` from the EVENT, the rest from its first
    MAKEINSTANCE; default all of them; a part of speech only when it is one of
    :data:`_PARTS_OF_SPEECH`)."""
    unknown = set(attributes) - set(_INSTANCE_ATTRIBUTES)
    if unknown:
        raise ValueError(f"attributes {sorted(unknown)} are not event attributes; use some of {', '.join(_INSTANCE_ATTRIBUTES)}")
    instance_of = {}
    for inst in doc.makeinstances:
        instance_of.setdefault(inst.get("eventID", ""), inst)
    events: list[dict[str, object]] = []
    timexes: list[dict[str, object]] = []
    for a in doc.annotations:
        if a.tag == "EVENT" and a.get("eid") and a.end > a.start:
            item: dict[str, object] = {"id": a.get("eid"), "start": a.start, "end": a.end}
            if a.get("class") and "class" in attributes:
                item["class"] = a.get("class")
            inst = instance_of.get(a.get("eid") or "", {})
            for key in ("tense", "aspect", "polarity", "modality", "pos"):
                if inst.get(key) and key in attributes and (key != "pos" or inst[key] in _PARTS_OF_SPEECH):
                    item[key] = inst[key]
            events.append(item)
        elif a.tag == "TIMEX3" and a.get("tid") and a.end > a.start and a.get("type") in ("DATE", "TIME", "DURATION", "SET"):
            timexes.append({"id": a.get("tid"), "start": a.start, "end": a.end, "type": a.get("type"), "value": a.get("value") or "", **({"mod": a.get("mod")} if a.get("mod") else {})})
    return events, timexes


PAIR_KINDS = ("dct", "timex", "same-sentence", "next-sentence")
"""The kinds of pair a TLINK can join: an event with the publication time, with a time
expression of its sentence, or with an event of its own or the next sentence."""


DEFAULT_KINDS = PAIR_KINDS
"""The kinds of pair that get a learned relation: all of them, now that :func:`link_score`
weighs each by how often annotators relate such a pair."""

CERTAIN_KINDS: tuple[str, ...] = ()
"""The kinds of pair whose text-entailed relations are written first, whatever their score.
None: on TBAQ (out of fold) the learned relations alone scored better (38.12 against 37.70
with the entailed event-time ones; see docs/benchmarks.md).  The engine reads a past tense as
"ended before the publication time", while TimeML annotators put what happened earlier on the
publication day inside it, and it relates a time to events that annotators leave unlinked."""


MIN_LINKS_PER_EVENT = 1.0
"""Besides every learned relation scoring at least :data:`MIN_LINK_SCORE`, the surest learned
relations of a text are written up to this many per event (rounded), whatever their score: the
linked models' probabilities carry their training annotators' density of links, which other
annotators do not share (trained on TimeBank, they wrote a fifth of the links AQUAINT's annotators
relate), while a number of links per event carries over.  On TBAQ out of fold 36.70 -> 36.64 F1;
across the halves (trained on one, scored on the other) 22.70 -> 26.33 (see docs/benchmarks.md)."""


MAX_EVENTS_BETWEEN = 2
"""A learned relation between two events is written only when at most this many events are
mentioned between them (annotators link nearby events; out of fold on TBAQ, see docs)."""


def _kind(r_source: str, r_target: str, timex_ids: frozenset[str], sentence_of: dict[str, int]) -> str:
    if _REFERENCE in (r_source, r_target):
        return "dct"
    if r_source in timex_ids or r_target in timex_ids:
        return "timex"
    return "same-sentence" if sentence_of.get(r_source) == sentence_of.get(r_target) else "next-sentence"


def link_score(p: "PredictedRelation") -> float:
    """How likely a learned relation is to be verified by TimeML annotators' graph: its label's
    probability times the probability that they relate the pair at all (when known)."""
    return p.confidence * (p.linked if p.linked is not None else 1.0)


def tlink_triples(tl: Timeline, learned: "Sequence[PredictedRelation]", *, min_confidence: "Optional[float | Mapping[str, float]]" = None,
                  kinds: Sequence[str] = DEFAULT_KINDS, certain_kinds: Sequence[str] = CERTAIN_KINDS,
                  max_events_between: Optional[int] = MAX_EVENTS_BETWEEN, min_links_per_event: float = MIN_LINKS_PER_EVENT) -> list[tuple[str, str, str]]:
    """The (source, relation, target) TLINKs for ``tl``: its certain relations of ``certain_kinds``,
    then the learned relations of ``kinds`` whose :func:`link_score` is at least ``min_confidence``
    (one number, or one per kind; None: :data:`MIN_LINK_SCORE`) or among the ``min_links_per_event``
    times the number of events surest ones, between events only with at most
    ``max_events_between`` events mentioned between them, surest first, each
    kept only if it agrees with the links kept before it (temporal awareness counts a
    contradiction against precision and gains nothing from it) and is not already entailed."""
    from ..evaluate.relations import Link, PointGraph
    from ..text import segment

    doc = segment(tl.text)
    timex_ids = frozenset(t.tid for t in tl.timexes)
    sentence_of = {e.eid: doc.sentence_index(e.start) for e in tl.events}
    rank = {e.eid: i for i, e in enumerate(sorted(tl.events, key=lambda e: (e.start, e.end, e.eid)))}
    ranked: list[tuple[float, str, str, str]] = []
    for r in tl.relations:
        if r.certain and _kind(r.source, r.target, timex_ids, sentence_of) in certain_kinds:
            ranked.append((2.0, r.source, r.relation, r.target))
    least: Mapping[str, float] = min_confidence if isinstance(min_confidence, Mapping) else dict.fromkeys(
        PAIR_KINDS, MIN_LINK_SCORE if min_confidence is None else float(min_confidence))
    eligible: list[tuple[float, str, str, str, float]] = []
    for p in learned:
        far = max_events_between is not None and p.source in rank and p.target in rank and abs(rank[p.source] - rank[p.target]) - 1 > max_events_between
        kind = _kind(p.source, p.target, timex_ids, sentence_of)
        if kind in kinds and not far:
            eligible.append((link_score(p), p.source, p.relation, p.target, least.get(kind, 1.0)))
    wanted = round(min_links_per_event * len(tl.events))  # the surest this many are written whatever their score
    floor = sorted((x[0] for x in eligible), reverse=True)[wanted - 1] if 0 < wanted <= len(eligible) else (0.0 if wanted > 0 else 2.0)
    ranked += [x[:4] for x in eligible if x[0] >= x[4] or x[0] >= floor]
    ranked.sort(key=lambda x: -x[0])  # stable: ties keep text order
    graph = PointGraph()
    out = []
    for _, source, relation, target in ranked:
        if graph.insert(Link(source, relation, target)) == "added":
            out.append((source, relation, target))
    return out


def learned_relations(tl: Timeline, events: Sequence[Mapping[str, object]], event_model: str) -> "list[PredictedRelation]":
    """The relation models' label for every local pair of ``tl`` (what placement weighed), for
    ``events`` given as :func:`timeline.relate` items."""
    from ..events.detect import detect_events_with_states
    from ..events.given import given_mentions
    from ..relations import predict_relations
    from ..text import segment

    doc = segment(tl.text)
    mentions = given_mentions(doc, events, reserved=frozenset(t.tid for t in tl.timexes) | {_REFERENCE})
    hidden = detect_events_with_states(doc, event_model=event_model)[1] if event_model == "neural" and mentions else None
    return predict_relations(doc, mentions, tl.timexes, hidden=hidden, model=event_model, linked=True)


def _as_items(tl: Timeline) -> list[dict[str, object]]:
    """``tl``'s events as :func:`timeline.relate` items (their attributes as found)."""
    items = []
    for e in tl.events:
        item: dict[str, object] = {"id": e.eid, "start": e.start, "end": e.end, "class": e.cls, "tense": e.tense, "aspect": e.aspect, "polarity": e.polarity}
        if e.modality is not None:
            item["modality"] = e.modality
        items.append(item)
    return items


def system_document(gold: TimeMLDocument, *, mode: str = "gold-entities", event_model: str = "neural", min_confidence: "Optional[float | Mapping[str, float]]" = None,
                    kinds: Sequence[str] = DEFAULT_KINDS) -> TimeMLDocument:
    """timeline's annotation of ``gold``'s text (gold entities or its own), as TimeML with TLINKs
    (:func:`tlink_triples`: certain relations, then learned ones of ``kinds`` whose score is at least ``min_confidence``, :data:`PAIR_KINDS`).
    With gold entities the relation models see the gold events with only :data:`GIVEN_ATTRIBUTES`."""
    from ..build import build, relate

    if mode == "gold-entities":
        events, timexes = gold_entities(gold, GIVEN_ATTRIBUTES)
        tl = relate(gold.text, gold.dct, events, timexes=timexes, event_model=event_model, max_chars=10**8)
        event_annotations = [a for a in gold.annotations if a.tag == "EVENT"]
        instances = {i.get("eventID"): i for i in gold.makeinstances}
        written_events: Sequence[object] = [
            Annotation("EVENT", a.start, a.end, a.text, {**a.attributes, **{k: v for k, v in instances.get(a.get("eid"), {}).items() if k in ("tense", "aspect", "polarity", "pos", "modality")}})
            for a in event_annotations
        ]
        learned = learned_relations(tl, events, event_model)
    else:
        tl = build(gold.text, gold.dct, event_model=event_model, max_chars=10**8)
        written_events = list(tl.events)
        learned = learned_relations(tl, _as_items(tl), event_model)
    dct_id = "t0"
    relations = [(s, r, dct_id if t == _REFERENCE else t) for s, r, t in tlink_triples(tl, learned, min_confidence=min_confidence, kinds=kinds)]
    relations = [(dct_id if s == _REFERENCE else s, r, t) for s, r, t in relations]
    if gold.dct is None:
        relations = [r for r in relations if dct_id not in (r[0], r[2])]
    text = timexes_to_timeml(gold.text, gold.dct, tl.timexes, gold.doc_id, events=written_events, relations=relations)  # type: ignore[arg-type]
    doc = read_timeml(text, name=gold.doc_id)
    if mode == "gold-entities":
        doc = _gold_ids(doc, gold)
    return doc


def _gold_ids(doc: TimeMLDocument, gold: TimeMLDocument) -> TimeMLDocument:
    """Write the gold instance ids and DCT id, as gold-entity scoring compares ids."""
    import attrs

    to_gold = {}
    for written in doc.makeinstances:
        g = gold.instance_of(written.get("eventID", ""))
        if g.get("eiid"):
            to_gold[written["eiid"]] = g["eiid"]
    if gold.dct_tid:
        to_gold["t0"] = gold.dct_tid

    def fix(link: dict[str, str]) -> dict[str, str]:
        return {k: (to_gold.get(v, v) if k in ("timeID", "relatedToTime", "eventInstanceID", "relatedToEventInstance") else v) for k, v in link.items()}

    instances = tuple({**mi, "eiid": to_gold.get(mi["eiid"], mi["eiid"])} for mi in doc.makeinstances)
    return attrs.evolve(doc, tlinks=tuple(fix(dict(t)) for t in doc.tlinks), makeinstances=instances, dct_tid=gold.dct_tid or doc.dct_tid)


def system_documents(golds: Iterable[TimeMLDocument], *, progress: Optional[Callable[[int], None]] = None, **options: object) -> list[TimeMLDocument]:
    """:func:`system_document` for each gold document (``progress(i)`` after each)."""
    out = []
    for i, g in enumerate(golds, 1):
        out.append(system_document(g, **options))  # type: ignore[arg-type]
        if progress is not None:
            progress(i)
    return out

