"""timeline's own TLINKs on a gold corpus, for TempEval-3 Task C scoring.

Two settings, as TempEval-3 ran them: with the gold TIMEX3s and EVENTs given (``relate`` on
the gold entities; only the TLINKs are timeline's) and end to end (``build``: timeline finds
the times and events too; the scorer aligns them to gold by extent).  Each gold document
becomes a system :class:`TimeMLDocument` in memory; :func:`score_relations` scores them.
"""

from __future__ import annotations

from typing import Callable, Iterable, Optional, Sequence

from ..io.timeml import Annotation, TimeMLDocument, read_timeml, timexes_to_timeml
from ..model import Relation, Timeline

__all__ = ["system_document", "system_documents", "gold_entities", "DEFAULT_MIN_CONFIDENCE", "DEFAULT_KINDS", "PAIR_KINDS"]

DEFAULT_MIN_CONFIDENCE = 0.5
"""Guessed relations less sure than this are not written as TLINKs (the certain ones always are).
With :data:`DEFAULT_KINDS`, the best of a small grid on TBAQ (both halves agree; see docs/benchmarks.md)."""

_REFERENCE = "reference_time"


def gold_entities(doc: TimeMLDocument) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The gold EVENTs (with their MAKEINSTANCE attributes) and TIMEX3s of ``doc`` as ``relate`` items."""
    instance_of = {}
    for inst in doc.makeinstances:
        instance_of.setdefault(inst.get("eventID", ""), inst)
    events: list[dict[str, object]] = []
    timexes: list[dict[str, object]] = []
    for a in doc.annotations:
        if a.tag == "EVENT" and a.get("eid") and a.end > a.start:
            item: dict[str, object] = {"id": a.get("eid"), "start": a.start, "end": a.end}
            if a.get("class"):
                item["class"] = a.get("class")
            inst = instance_of.get(a.get("eid") or "", {})
            for key in ("tense", "aspect", "polarity", "modality", "pos"):
                if inst.get(key):
                    item[key] = inst[key] if key != "pos" or inst[key] in ("VERB", "NOUN", "ADJECTIVE") else "OTHER"
            events.append(item)
        elif a.tag == "TIMEX3" and a.get("tid") and a.end > a.start and a.get("type") in ("DATE", "TIME", "DURATION", "SET"):
            timexes.append({"id": a.get("tid"), "start": a.start, "end": a.end, "type": a.get("type"), "value": a.get("value") or "", **({"mod": a.get("mod")} if a.get("mod") else {})})
    return events, timexes


PAIR_KINDS = ("dct", "timex", "same-sentence", "next-sentence")
"""The kinds of pair a TLINK can join: an event with the publication time, with a time
expression, or with an event of its own or the next sentence."""


DEFAULT_KINDS = ("dct", "timex", "same-sentence")
"""Guessed relations between events of adjacent sentences cost more precision than they bring recall."""


def _kind(tl: Timeline, r: "Relation", sentence_of: dict[str, int]) -> str:
    if r.target == _REFERENCE:
        return "dct"
    if r.target not in sentence_of:
        return "timex"
    return "same-sentence" if sentence_of[r.source] == sentence_of[r.target] else "next-sentence"


def _triples(tl: Timeline, dct_id: str, min_confidence: float, kinds: Sequence[str] = PAIR_KINDS) -> list[tuple[str, str, str]]:
    from ..text import segment

    doc = segment(tl.text)
    sentence_of = {e.eid: doc.sentence_index(e.start) for e in tl.events}
    out = []
    for r in tl.relations:
        if not r.certain and r.confidence < min_confidence:
            continue
        if not r.certain and _kind(tl, r, sentence_of) not in kinds:
            continue
        out.append((r.source, r.relation, dct_id if r.target == _REFERENCE else r.target))
    return out


def system_document(gold: TimeMLDocument, *, mode: str = "gold-entities", event_model: str = "neural", min_confidence: float = DEFAULT_MIN_CONFIDENCE,
                    kinds: Sequence[str] = DEFAULT_KINDS) -> TimeMLDocument:
    """timeline's annotation of ``gold``'s text (gold entities or its own), as TimeML with TLINKs.

    Certain relations are always written; guessed ones only when at least ``min_confidence``
    sure and of one of ``kinds`` (:data:`PAIR_KINDS`)."""
    from ..build import build, relate

    if mode == "gold-entities":
        events, timexes = gold_entities(gold)
        tl = relate(gold.text, gold.dct, events, timexes=timexes, event_model=event_model, max_chars=10**8)
        event_annotations = [a for a in gold.annotations if a.tag == "EVENT"]
        instances = {i.get("eventID"): i for i in gold.makeinstances}
        written_events: Sequence[object] = [
            Annotation("EVENT", a.start, a.end, a.text, {**a.attributes, **{k: v for k, v in instances.get(a.get("eid"), {}).items() if k in ("tense", "aspect", "polarity", "pos", "modality")}})
            for a in event_annotations
        ]
    else:
        tl = build(gold.text, gold.dct, event_model=event_model, max_chars=10**8)
        written_events = list(tl.events)
    dct_id = "t0"
    relations = _triples(tl, dct_id, min_confidence, kinds)
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

