"""The relations a timeline states: for every local pair, certain when the text entails it,
else what the likely layer or a learned guess decides, with its confidence."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Mapping, Optional, Sequence


from ..anchoring import REFERENCE
from ..order import IntervalBounds
from ..order.result import LISTING_SEARCH_BUDGET

if TYPE_CHECKING:
    from ..model import Relation, Timex
    from ..order import OrderResult
    from ..relations import PredictedRelation
    from ..text import Doc


from .base import SoftFact, _MentionLike

_LABELS = ("BEFORE", "AFTER", "INCLUDES", "IS_INCLUDED", "SIMULTANEOUS")
_START_OF = {"BEFORE": "BEFORE", "INCLUDES": "BEFORE", "AFTER": "AFTER", "IS_INCLUDED": "AFTER", "SIMULTANEOUS": "EQUAL"}
"""The start order a TimeML relation implies (source's start against target's; INCLUDES: starts first)."""
_INVERSE = {"BEFORE": "AFTER", "AFTER": "BEFORE", "INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES", "SIMULTANEOUS": "SIMULTANEOUS"}
_START_INVERSE = {"BEFORE": "AFTER", "AFTER": "BEFORE"}


def _by_bounds(a: tuple[dt.datetime, dt.datetime], b: tuple[dt.datetime, dt.datetime], b_is_time: bool) -> Optional[str]:
    """The relation of an event's likely interval to a time's extent (or to another event's
    likely interval), or None.  Between two events only disjoint windows say anything: two
    events likely on the same day are not thereby simultaneous, nor is one inside the other."""
    if a[1] <= b[0] and a != b:
        return "BEFORE"
    if b[1] <= a[0] and a != b:
        return "AFTER"
    if not b_is_time:
        return None
    if b[0] <= a[0] and a[1] <= b[1]:
        return "IS_INCLUDED"
    if a[0] <= b[0] and b[1] <= a[1]:
        return "INCLUDES"
    return None


_Ends = tuple[Optional[dt.datetime], Optional[dt.datetime], Optional[dt.datetime], Optional[dt.datetime]]
"""An interval's bounds as a plain tuple: earliest start, latest start, earliest end, latest end."""


def _ends(b: IntervalBounds) -> _Ends:
    return b.earliest_start, b.latest_start, b.earliest_end, b.latest_end


def _by_tight_bounds(a: IntervalBounds, b: IntervalBounds) -> Optional[str]:
    """The relation the likely layer's tight bounds alone entail (sound; exact when one side is a
    pinned time), without a search per pair."""
    return _by_tight_ends(_ends(a), _ends(b))


def _by_tight_ends(a: _Ends, b: _Ends) -> Optional[str]:
    """:func:`_by_tight_bounds` of bounds as :func:`_ends` tuples (it runs for most pairs of a long
    text: unpacking a tuple costs less than reading four attributes)."""
    a_es, a_ls, a_ee, a_le = a
    b_es, b_ls, b_ee, b_le = b
    if a_es == a_ls == b_es == b_ls and a_ee == a_le == b_ee == b_le and a_es is not None and a_ee is not None:
        return "SIMULTANEOUS"
    if a_le is not None and b_es is not None and a_le <= b_es:
        return "BEFORE"
    if b_le is not None and a_es is not None and b_le <= a_es:
        return "AFTER"
    if b_ls is not None and a_es is not None and b_ls <= a_es and a_le is not None and b_ee is not None and a_le <= b_ee:
        return "IS_INCLUDED"
    if a_ls is not None and b_es is not None and a_ls <= b_es and b_le is not None and a_ee is not None and b_le <= a_ee:
        return "INCLUDES"
    return None


def _learned(learned: Mapping[str, Mapping[str, tuple[str, float]]], a: str, b: str) -> tuple[str, float]:
    """The learned label of ``a`` to ``b`` (``learned``: source -> target -> label and
    probability): as predicted, else the inverse of the label of ``b`` to ``a``, else none."""
    found = learned.get(a)
    if found is not None and b in found:
        return found[b]
    found = learned.get(b)
    if found is not None and a in found:
        label, sure = found[a]
        return _INVERSE[label], sure
    return _NO_LABEL


def _learned_of(found_a: Optional[Mapping[str, tuple[str, float]]], found_b: Optional[Mapping[str, tuple[str, float]]], a: str, b: str) -> tuple[str, float]:
    """:func:`_learned` given ``learned.get(a)`` and ``learned.get(b)``."""
    if found_a is not None and b in found_a:
        return found_a[b]
    if found_b is not None and a in found_b:
        label, sure = found_b[a]
        return _INVERSE[label], sure
    return _NO_LABEL


_NO_LABEL = ("", 0.0)


def local_pairs(doc: "Doc", mentions: Sequence["_MentionLike"], timexes: Sequence["Timex"], has_reference: bool) -> list[tuple[str, str]]:
    """The pairs the timeline decides: every event with the publication time, with each placed
    time expression of its sentence, and with every event of its own or the next sentence."""
    return _local_pairs(doc, mentions, timexes, has_reference, [doc.sentence_index(m.start) for m in mentions])


def _local_pairs(doc: "Doc", mentions: Sequence["_MentionLike"], timexes: Sequence["Timex"], has_reference: bool,
                 sentences: Sequence[int]) -> list[tuple[str, str]]:
    """:func:`local_pairs` given each mention's sentence (``sentences``, in the order of ``mentions``)."""
    pairs: list[tuple[str, str]] = []
    by_sentence: dict[int, list[str]] = {}
    for m, i in zip(mentions, sentences):
        by_sentence.setdefault(i, []).append(m.eid)
    times: dict[int, list[str]] = {}
    for t in timexes:
        if t.earliest is not None and t.latest is not None and not t.furniture and str(t.type) != "SET":
            times.setdefault(doc.sentence_index(t.start), []).append(t.tid)
    for i, eids in sorted(by_sentence.items()):
        following = by_sentence.get(i + 1, [])
        for k, a in enumerate(eids):
            if has_reference:
                pairs.append((a, REFERENCE))
            pairs.extend((a, t) for t in times.get(i, ()))
            pairs.extend((a, b) for b in eids[k + 1 :])
            pairs.extend((a, b) for b in following)
    return pairs


def _near_pairs(neighbours: Sequence[str], reach: int, pairs: Sequence[tuple[str, str]], sentence_of: Mapping[str, int],
                others: frozenset[str]) -> list[tuple[str, str]]:
    """Each of ``neighbours`` with the ``reach`` after it, but for the local ``pairs`` (either way round).

    ``sentence_of``: each mention's sentence, as the local pairs were made; ``others``: the other
    names the local pairs hold (times, the publication time).  When every neighbour is a mention
    named once, none of them among ``others``, two of them are a local pair exactly when they
    differ and their sentences are the same or next to each other: no set of the local pairs
    (some 250,000 pairs of names in 1 MB of news) is made or asked."""
    if all(n in sentence_of and n not in others for n in neighbours):
        sentences = [sentence_of[n] for n in neighbours]
        return [(a, b) for i, (a, s) in enumerate(zip(neighbours, sentences))
                for b, t in zip(neighbours[i + 1 : i + 1 + reach], sentences[i + 1 : i + 1 + reach]) if a == b or not -1 <= s - t <= 1]
    local = set(pairs)
    local.update([(b, a) for a, b in pairs])
    return [(a, b) for i, a in enumerate(neighbours) for b in neighbours[i + 1 : i + 1 + reach] if (a, b) not in local]


def local_relations(
    doc: "Doc",
    mentions: Sequence["_MentionLike"],
    timexes: Sequence["Timex"],
    certain: "OrderResult",
    likely: "OrderResult",
    accepted: Sequence[SoftFact],
    likely_intervals: Mapping[str, tuple[dt.datetime, dt.datetime]],
    reference_span: Optional[tuple[dt.datetime, dt.datetime]],
    predictions: Sequence["PredictedRelation"] = (),
    timeline_neighbours: Sequence[str] = (),
    unplaced: frozenset[str] = frozenset(),
) -> tuple["Relation", ...]:
    """A relation for every local pair the text or the likely layer decides, and for each event
    and the :data:`TIMELINE_REACH` events after it in ``timeline_neighbours`` (the placed events
    in timeline order), so that events far apart in the text but near on the timeline are related.

    Certain when the text alone entails it (the engine's definite relation over textual
    facts); otherwise the likely layer's definite relation, with the confidence of the soft
    fact behind it; for two events whose start order a kept guess fixes, the learned
    relation if it agrees with that order (else the order itself); otherwise a learned
    containment label (to a time; between two events only when the start order model does not
    find their starts the other way round); otherwise the relation of the two likely intervals
    as placed; otherwise a learned start order at least :data:`STATED_ORDER_MIN` sure (the
    timeline lists two events whose starts tie in that order, :func:`~.listing.timeline_order`).

    ``unplaced``: events with no likely interval whose start a learned order may still place
    against another event's, neither negated nor generic ("said it would cut jobs": the cut, if
    it comes, comes after the saying).  For such a pair only that start order (at least
    :data:`STATED_ORDER_MIN` sure) is stated, besides what the text entails.
    """
    from ..model import Relation

    # pair -> what is known of it, as source -> target -> value (no tuple made or hashed per pair)
    start_order: dict[str, dict[str, tuple[str, float]]] = {}
    kept_labels: dict[str, dict[str, tuple[str, float]]] = {}
    confidence: dict[str, dict[str, float]] = {}
    for f in accepted:
        if f.kind == "event-event":
            same = f.relation == "START_EQUAL"
            start_order.setdefault(f.source, {})[f.target] = ("EQUAL" if same else "BEFORE", f.confidence)
            start_order.setdefault(f.target, {})[f.source] = ("EQUAL" if same else "AFTER", f.confidence)
        elif f.kind == "event-label":
            kept_labels.setdefault(f.source, {})[f.target] = (f.relation, f.confidence)
            kept_labels.setdefault(f.target, {})[f.source] = (_INVERSE[f.relation], f.confidence)
        forward, backward = confidence.setdefault(f.source, {}), confidence.setdefault(f.target, {})
        forward[f.target] = max(forward.get(f.target, 0.0), f.confidence)
        backward[f.source] = max(backward.get(f.source, 0.0), f.confidence)
    learned: dict[str, dict[str, tuple[str, float]]] = {}  # as predicted; the reverse pair reads it inverted
    guessed_order: dict[str, dict[str, tuple[str, float]]] = {}
    start_model: dict[str, dict[str, str]] = {}  # the start order model's answer (BEFORE, AFTER, EQUAL, VAGUE), however unsure
    for p in predictions:
        learned.setdefault(p.source, {})[p.target] = (p.relation, p.confidence)
        if p.start_order is not None:
            start_model.setdefault(p.source, {})[p.target] = p.start_order
            start_model.setdefault(p.target, {})[p.source] = _START_INVERSE.get(p.start_order, p.start_order)
        if p.start_order in ("BEFORE", "AFTER") and p.start_confidence >= STATED_ORDER_MIN:
            guessed_order.setdefault(p.source, {})[p.target] = (p.start_order, p.start_confidence)
            guessed_order.setdefault(p.target, {})[p.source] = ("AFTER" if p.start_order == "BEFORE" else "BEFORE", p.start_confidence)
    spans = dict(likely_intervals)
    if reference_span is not None:
        spans[REFERENCE] = reference_span
    for t in timexes:
        if t.earliest is not None and t.latest is not None:
            spans[t.tid] = (t.earliest, t.latest)
    in_certain = set(certain.intervals)
    bounds = dict(likely.bounds)  # its names are those of likely.intervals
    ends = {name: _ends(b) for name, b in bounds.items()}
    out = []
    sentences = [doc.sentence_index(m.start) for m in mentions]
    pairs = _local_pairs(doc, mentions, timexes, reference_span is not None, sentences)
    sentence_of = dict(zip((m.eid for m in mentions), sentences))
    if len(sentence_of) < len(mentions):  # a name given twice: pair by pair
        sentence_of = {}
    near = _near_pairs(timeline_neighbours, TIMELINE_REACH, pairs, sentence_of, frozenset(t.tid for t in timexes) | {REFERENCE})
    every = [*pairs, *near]
    asked = [a in in_certain and b in in_certain for a, b in every]
    entailed = iter(certain.relations_of([pair for pair, ask in zip(every, asked) if ask], budget=LISTING_SEARCH_BUDGET))  # names checked here: all pairs at once
    nothing: dict[str, tuple[str, float]] = {}
    no_order: dict[str, str] = {}
    # what each name brings, looked up once per name rather than once per pair (a long text asks
    # about half a million pairs of some 40,000 names): its span, its likely bounds (None when the
    # likely layer does not hold it) and them as a tuple, whether it is an event placed there, its learned labels
    facts_of: dict[str, tuple[Optional[tuple[dt.datetime, dt.datetime]], Optional[IntervalBounds], Optional[_Ends], bool, Optional[Mapping[str, tuple[str, float]]]]] = {}
    last = None
    for (a, b), ask in zip(every, asked):
        rel = next(entailed) if ask else None
        if rel is not None:
            out.append(Relation(a, rel, b, 1.0, True))
            continue
        if a is not last:  # the pairs of one name come together
            last = a
            span_a, bound_a, ends_a, learned_a = spans.get(a), bounds.get(a), ends.get(a), learned.get(a)
            confidence_a, kept_a, start_a, guessed_a = (confidence.get(a, nothing), kept_labels.get(a, nothing), start_order.get(a, nothing),
                                                        guessed_order.get(a, nothing))
            model_a = start_model.get(a, no_order)
        if span_a is None and a not in unplaced:  # not a real event: only what the text entails is stated
            continue
        of_b = facts_of.get(b)
        if of_b is None:
            of_b = facts_of[b] = (spans.get(b), bounds.get(b), ends.get(b), b in likely_intervals, learned.get(b))
        span_b, bound_b, ends_b, b_placed, learned_b = of_b
        if span_a is None or b in unplaced:  # a possibility or an intention: its start order only
            guess = guessed_a.get(b)
            if guess is not None and (b_placed or b in unplaced):
                out.append(Relation(a, guess[0], b, round(guess[1], 3), False))
            continue
        both_likely = bound_a is not None and bound_b is not None
        rel = _by_tight_ends(ends_a, ends_b) if both_likely else None  # type: ignore[arg-type]
        if rel is not None:
            out.append(Relation(a, rel, b, round(confidence_a.get(b, 0.5), 3), False))  # type: ignore[attr-defined]
            continue
        kept = kept_a.get(b)
        order_sure = start_a.get(b) if kept is None else None
        if order_sure is not None:
            order, sure = order_sure
            label, label_sure = _learned_of(learned_a, learned_b, a, b)
            if _START_OF.get(label) == order:
                out.append(Relation(a, label, b, round(min(sure, label_sure), 3), False))
            else:
                out.append(Relation(a, {"BEFORE": "BEFORE", "AFTER": "AFTER", "EQUAL": "SIMULTANEOUS"}[order], b, round(sure, 3), False))
            continue
        # between two events the start order model has the say on which starts first: a label of the
        # five-label model is stated only when the start it implies is that model's answer
        # (SIMULTANEOUS is no honest answer when it says BEFORE; kept or not, such labels were right
        # in 20 of the 152 MATRES pairs of TBAQ where it said otherwise, in sample and out of fold)
        if kept is not None:
            label, label_sure = kept
            if model_a.get(b, _START_OF[label]) == _START_OF[label]:
                out.append(Relation(a, label, b, round(label_sure, 3), False))
            continue
        label, label_sure = _learned_of(learned_a, learned_b, a, b)
        containment = not b_placed or (label in ("INCLUDES", "IS_INCLUDED", "SIMULTANEOUS") and model_a.get(b, _START_OF[label]) == _START_OF[label])
        if containment and label and label_sure >= LABEL_MIN and both_likely and not _contradicts(bound_a, label, bound_b):  # type: ignore[arg-type]
            out.append(Relation(a, label, b, round(label_sure, 3), False))  # to a time, or containment: orders no events
            continue
        if span_b is not None:
            rel = _by_bounds(span_a, span_b, not b_placed)
            if rel is not None:
                out.append(Relation(a, rel, b, 0.3, False))
                continue
        guess = guessed_a.get(b)
        if guess is not None and both_likely:
            out.append(Relation(a, guess[0], b, round(guess[1], 3), False))
    return tuple(out)


STATED_ORDER_MIN = 0.5
"""A learned start order too unsure to shape the timeline (below :data:`START_ORDER_MIN`) is
still stated for a pair nothing else decides, when at least this sure and in the order the
timeline lists the two."""


TIMELINE_REACH = 24
"""How many following events on the timeline each event is related to, beyond its local pairs."""

LABEL_MIN = 0.5
"""A learned relation label is stated for an otherwise undecided pair when at least this sure."""



def _contradicts(a: IntervalBounds, relation: str, b: IntervalBounds) -> bool:
    """Whether the likely layer's bounds rule out ``a relation b`` (a cheap, sound check)."""

    def gt(x: Optional[dt.datetime], y: Optional[dt.datetime]) -> bool:
        return x is not None and y is not None and x > y

    if relation == "BEFORE":
        return gt(a.earliest_end, b.latest_start)
    if relation == "AFTER":
        return gt(b.earliest_end, a.latest_start)
    if relation in ("IS_INCLUDED", "SIMULTANEOUS"):
        return gt(b.earliest_start, a.latest_start) or gt(a.earliest_end, b.latest_end)
    if relation == "INCLUDES":
        return gt(a.earliest_start, b.latest_start) or gt(b.earliest_end, a.latest_end)
    return False
