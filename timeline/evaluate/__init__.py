"""TempEval-3-compatible evaluation of time expressions (and events), with error analysis.

``evaluate(gold_docs, system_docs)`` scores system documents against gold ones matched by
document id; both may be :class:`~timeline.io.timeml.TimeMLDocument` (another system's
output, read from TimeML) and the system side may also be a
:class:`~timeline.model.TaggedDocument` (``timeline.tag`` output, whose ``rule`` is then
reported with each error).  Scoring follows TempEval-3 Task A (see :mod:`.score`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Optional, Sequence, Union

import attrs

from ..model import TaggedDocument
from .score import Counts, Match, Scores, Span, count, match_spans

__all__ = ["evaluate", "EvaluationResult", "ErrorItem", "DocumentScore", "Scores", "timex_spans", "event_spans"]

if TYPE_CHECKING:
    from ..io.timeml import TimeMLDocument
    from ..text import Doc

SystemDoc = Union["TimeMLDocument", TaggedDocument]


@attrs.frozen
class ErrorItem:
    """One miss, spurious tag or wrong attribute, with what a developer needs to fix it."""

    kind: str  # missed | spurious | wrong_value | wrong_type | wrong_extent
    doc: str
    sentence: str
    gold_text: Optional[str] = None
    gold_value: Optional[str] = None
    system_text: Optional[str] = None
    system_value: Optional[str] = None
    rule: str = ""


@attrs.frozen
class DocumentScore:
    doc: str
    timex: Counts
    event: Optional[Counts] = None


@attrs.frozen
class EvaluationResult:
    """Corpus scores (micro-averaged), per-document counts and the error list."""

    timex: Scores
    timex_counts: Counts
    event: Optional[Scores]
    event_counts: Optional[Counts]
    documents: tuple[DocumentScore, ...]
    errors: tuple[ErrorItem, ...]
    missing_documents: tuple[str, ...] = ()


def timex_spans(doc: SystemDoc) -> list[Span]:
    """The TIMEX3 extents of a document (DCT excluded: it is not in TEXT)."""
    if isinstance(doc, TaggedDocument):
        return [Span(t.start, t.end, t.text, {"type": t.type.value, "value": t.value}, t.rule) for t in doc.timexes]
    return [Span(a.start, a.end, a.text, {"type": a.get("type"), "value": a.get("value")}, a.get("rule", "") or "") for a in doc.timexes]


def event_spans(doc: TimeMLDocument) -> list[Span]:
    return [Span(a.start, a.end, a.text, {"class": a.get("class")}) for a in doc.events]


def _doc_id(doc: SystemDoc) -> str:
    return doc.doc_id or ""


def _stem(doc: SystemDoc) -> Optional[str]:
    """The file name a document was read from, without extension (ids inside files can differ)."""
    source = getattr(doc, "source", "")
    if not source or source == "<string>":
        return None
    return source.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]


def _sentence(doc: Doc, start: int, end: int) -> str:
    s, e = doc.sentence_at(start)
    return " ".join(doc.text[s:e].split())


def _errors(doc: str, text: str, matches: Sequence[Match], missed: Sequence[Span], spurious: Sequence[Span], typed: bool = True) -> list[ErrorItem]:
    from ..text import segment  # the text layer (regex, the lexicon) loads on first use

    segmented = segment(text)  # once, for every error's sentence
    out = [ErrorItem("missed", doc, _sentence(segmented, g.start, g.end), g.text, g.attributes.get("value")) for g in missed]
    out += [ErrorItem("spurious", doc, _sentence(segmented, s.start, s.end), None, None, s.text, s.attributes.get("value"), s.rule) for s in spurious]
    for m in matches:
        g, s = m.gold, m.system
        kind = None
        if (g.attributes.get("value") or None) != (s.attributes.get("value") or None):
            kind = "wrong_value"
        elif typed and (g.attributes.get("type") or None) != (s.attributes.get("type") or None):
            kind = "wrong_type"
        elif not g.same_extent(s):
            kind = "wrong_extent"
        if kind:
            out.append(ErrorItem(kind, doc, _sentence(segmented, g.start, g.end), g.text, g.attributes.get("value"), s.text, s.attributes.get("value"), s.rule))
    return out


def evaluate(gold_docs: Iterable[TimeMLDocument], system_docs: Iterable[SystemDoc], *, events: Optional[dict[str, Sequence[Span]]] = None) -> EvaluationResult:
    """Score ``system_docs`` against ``gold_docs`` (matched by document id), TempEval-3 style.

    ``events``: optional system event spans per document id (for systems whose output is
    not TimeML), scored against the gold EVENT tags.
    """
    systems: dict[str, SystemDoc] = {}
    for d in system_docs:
        systems.setdefault(_doc_id(d), d)
        stem = _stem(d)
        if stem:
            systems.setdefault(stem, d)
    timex_total, event_total = Counts(), Counts()
    any_events = False
    per_doc, errors, missing = [], [], []
    for gold in gold_docs:
        system = systems.get(gold.doc_id) or systems.get(_stem(gold) or "\0")
        if system is None:
            missing.append(gold.doc_id)
            continue
        gs, ss = timex_spans(gold), timex_spans(system)
        matches, missed, spurious = match_spans(gs, ss)
        typed = any(g.attributes.get("type") for g in gs)  # TIMEX2 gold has no type: values only
        c = count(matches, len(gs), len(ss), ("type", "value") if typed else ("value",))
        timex_total = timex_total + c
        errors += _errors(gold.doc_id, gold.text, matches, missed, spurious, typed)
        ec = None
        sys_events = (events or {}).get(gold.doc_id)
        if sys_events is None and not isinstance(system, TaggedDocument) and system.events:
            sys_events = event_spans(system)
        if sys_events is not None and gold.events:
            any_events = True
            ge = event_spans(gold)
            em, _, _ = match_spans(ge, sys_events)
            ec = count(em, len(ge), len(sys_events), ("class",))
            event_total = event_total + ec
        per_doc.append(DocumentScore(gold.doc_id, c, ec))
    return EvaluationResult(
        Scores.from_counts(timex_total), timex_total, Scores.from_counts(event_total) if any_events else None,
        event_total if any_events else None, tuple(per_doc), tuple(errors), tuple(missing),
    )
