"""The relations a timeline states: for every local pair, certain when the text entails it,
else what the likely layer or a learned guess decides, with its confidence."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, Optional, Sequence


from ..anchoring import REFERENCE
from ..order import IntervalBounds
from ..order.result import LISTING_SEARCH_BUDGET, RELATIONS

if TYPE_CHECKING:
    import numpy as np

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
    learned, start_model, start_sure, guessed_order = _prediction_tables(predictions)
    spans = dict(likely_intervals)
    if reference_span is not None:
        spans[REFERENCE] = reference_span
    for t in timexes:
        if t.earliest is not None and t.latest is not None:
            spans[t.tid] = (t.earliest, t.latest)
    bounds = dict(likely.bounds)  # its names are those of likely.intervals
    sentences = [doc.sentence_index(m.start) for m in mentions]
    sentence_of = dict(zip((m.eid for m in mentions), sentences))
    if len(sentence_of) < len(mentions):  # a name given twice: pair by pair
        sentence_of = {}
    others = frozenset(t.tid for t in timexes) | {REFERENCE}
    steps: Iterable[tuple[str, str, int, Optional[str]]]
    paired = _pair_ids(doc, mentions, timexes, reference_span is not None, sentences, sentence_of, timeline_neighbours, others)
    plan = None if paired is None else _plan(*paired, certain, spans, bounds, likely_intervals, unplaced, accepted, predictions)
    if plan is None:  # a few pairs, times with a zone, or names given twice: each pair goes the whole way
        in_certain = set(certain.intervals)
        pairs = _local_pairs(doc, mentions, timexes, reference_span is not None, sentences)
        every = [*pairs, *_near_pairs(timeline_neighbours, TIMELINE_REACH, pairs, sentence_of, others)]
        asked = [a in in_certain and b in in_certain for a, b in every]
        entailed = iter(certain.relations_of([pair for pair, ask in zip(every, asked) if ask], budget=LISTING_SEARCH_BUDGET))
        steps = [(a, b, _ASK, None) if rel is None else (a, b, _CERTAIN, rel)
                 for (a, b), rel in zip(every, [next(entailed) if ask else None for ask in asked])]
    else:
        steps = _steps(certain, *plan)
    nothing: dict[str, tuple[str, float]] = {}
    no_order: dict[str, str] = {}

    def tight(a: str, b: str, rel: str) -> Optional["Relation"]:
        """The relation the likely layer's tight bounds give a pair, with the confidence of the soft
        fact between the two.  Two events no soft fact relates are ordered only by their likely
        intervals, each a guess of its own (one often the publication day by a learned relation or a
        news convention): their relation is not stated when the start order model finds another start
        order, however unsure (then such orders were right in 16-17% of TBAQ's MATRES pairs, reversed
        in 58%; in 23-26% when it was less than :data:`STATED_ORDER_MIN` sure), and has that model's
        probability as its confidence when it finds the same (right in 76-79% when at least that sure,
        in 38-40% below); 0.5 when it says nothing of the pair."""
        sure = confidence.get(a, nothing).get(b)
        if sure is not None or b not in likely_intervals:
            return Relation(a, rel, b, round(0.5 if sure is None else sure, 3), False)
        model = start_model.get(a, no_order).get(b)
        if model is None:
            return Relation(a, rel, b, 0.5, False)
        if model == _START_OF[rel]:
            return Relation(a, rel, b, round(start_sure[a][b], 3), False)
        return None

    def decide(a: str, b: str) -> Optional["Relation"]:
        """The relation of a pair the text does not decide, each check in turn (see above)."""
        span_a = spans.get(a)
        if span_a is None and a not in unplaced:  # not a real event: only what the text entails is stated
            return None
        span_b, bound_a, bound_b, b_placed = spans.get(b), bounds.get(a), bounds.get(b), b in likely_intervals
        if span_a is None or b in unplaced:  # a possibility or an intention: its start order only
            guess = guessed_order.get(a, nothing).get(b)
            if guess is not None and (b_placed or b in unplaced):
                return Relation(a, guess[0], b, round(guess[1], 3), False)
            return None
        both_likely = bound_a is not None and bound_b is not None
        rel = _by_tight_bounds(bound_a, bound_b) if both_likely else None  # type: ignore[arg-type]
        if rel is not None:
            return tight(a, b, rel)
        kept = kept_labels.get(a, nothing).get(b)
        model_a = start_model.get(a, no_order)
        if kept is not None and model_a.get(b, _START_OF[kept[0]]) == _START_OF[kept[0]]:
            return Relation(a, kept[0], b, round(kept[1], 3), False)
        # a kept label the start order model goes against says nothing; a kept start order still does
        # ("searched the glacier on Friday but bad weather forced them": told in sequence)
        order_sure = start_order.get(a, nothing).get(b)
        learned_a, learned_b = learned.get(a), learned.get(b)
        if order_sure is not None:
            order, sure = order_sure
            label, label_sure = _learned_of(learned_a, learned_b, a, b)
            if _START_OF.get(label) == order:
                return Relation(a, label, b, round(min(sure, label_sure), 3), False)
            return Relation(a, {"BEFORE": "BEFORE", "AFTER": "AFTER", "EQUAL": "SIMULTANEOUS"}[order], b, round(sure, 3), False)
        # between two events the start order model has the say on which starts first: a label of the
        # five-label model is stated only when the start it implies is that model's answer
        # (SIMULTANEOUS is no honest answer when it says BEFORE; kept or not, such labels were right
        # in 20 of the 152 MATRES pairs of TBAQ where it said otherwise, in sample and out of fold)
        if kept is not None:
            return None
        label, label_sure = _learned_of(learned_a, learned_b, a, b)
        containment = not b_placed or (label in _CONTAINMENT and model_a.get(b, _START_OF[label]) == _START_OF[label])
        if containment and label and label_sure >= LABEL_MIN and both_likely and not _contradicts(bound_a, label, bound_b):  # type: ignore[arg-type]
            return Relation(a, label, b, round(label_sure, 3), False)  # to a time, or containment: orders no events
        if span_b is not None:
            rel = _by_bounds(span_a, span_b, not b_placed)
            if rel is not None:
                return Relation(a, rel, b, 0.3, False)
        guess = guessed_order.get(a, nothing).get(b)
        if guess is not None and both_likely:
            return Relation(a, guess[0], b, round(guess[1], 3), False)
        return None

    out = [Relation(a, rel, b, 1.0, True) if step == _CERTAIN
           else tight(a, b, rel) if step == _TIGHT
           else decide(a, b)
           for a, b, step, rel in steps]
    return tuple([r for r in out if r is not None])


def _prediction_tables(predictions: Sequence["PredictedRelation"]) -> "tuple[dict[str, dict[str, tuple[str, float]]], dict[str, dict[str, str]], dict[str, dict[str, float]], dict[str, dict[str, tuple[str, float]]]]":
    """What :func:`local_relations` looks a pair's predictions up in, as source -> target -> value (no tuple made
    or hashed per pair): the learned label and its probability as predicted (the reverse pair reads it inverted);
    the start order model's answer (BEFORE, AFTER, EQUAL, VAGUE) however unsure, both ways round; its probability,
    both ways; and each start order BEFORE or AFTER at least :data:`STATED_ORDER_MIN` sure, both ways round.
    A later prediction of a pair overwrites an earlier one, the target's row written after the source's."""
    learned: dict[str, dict[str, tuple[str, float]]] = {}
    guessed_order: dict[str, dict[str, tuple[str, float]]] = {}
    start_model: dict[str, dict[str, str]] = {}
    start_sure: dict[str, dict[str, float]] = {}
    # each table's row of a name found with get (no empty dict made and dropped per write, as setdefault(name, {}) does;
    # fields read one by one: CPython specialises a slot's read, not a multi-name attrgetter's),
    # the rows written in the order they were (a pair with itself, or a pair predicted again, ends as it did)
    for p in predictions:
        source, target, order = p.source, p.target, p.start_order
        row = learned.get(source)
        if row is None:
            row = learned[source] = {}
        row[target] = (p.relation, p.confidence)
        if order is None:
            continue
        order_sure = p.start_confidence
        model_s = start_model.get(source)
        if model_s is None:
            model_s = start_model[source] = {}
        model_s[target] = order
        model_t = start_model.get(target)
        if model_t is None:
            model_t = start_model[target] = {}
        model_t[source] = _START_INVERSE.get(order, order)
        sure_s = start_sure.get(source)
        if sure_s is None:
            sure_s = start_sure[source] = {}
        sure_s[target] = order_sure
        sure_t = start_sure.get(target)
        if sure_t is None:
            sure_t = start_sure[target] = {}
        sure_t[source] = order_sure
        if (order == "BEFORE" or order == "AFTER") and order_sure >= STATED_ORDER_MIN:
            guess_s = guessed_order.get(source)
            if guess_s is None:
                guess_s = guessed_order[source] = {}
            guess_s[target] = (order, order_sure)
            guess_t = guessed_order.get(target)
            if guess_t is None:
                guess_t = guessed_order[target] = {}
            guess_t[source] = ("AFTER" if order == "BEFORE" else "BEFORE", order_sure)
    return learned, start_model, start_sure, guessed_order


_CONTAINMENT = ("INCLUDES", "IS_INCLUDED", "SIMULTANEOUS")  # closed under _INVERSE
_CERTAIN, _TIGHT, _ASK = 1, 2, 3
"""What :func:`local_relations` does with a pair: state what the text entails, state the relation
of the likely layer's tight bounds, or ask each check in turn (0: nothing can come of it)."""
_TIGHT_LABELS = (None, "SIMULTANEOUS", "BEFORE", "AFTER", "IS_INCLUDED", "INCLUDES")  # :func:`_by_tight_ends`' answers in its order
_PLAN_MIN = 64
"""Fewer pairs than this are asked one by one (the arrays cost more than they save)."""


def _pair_ids(doc: "Doc", mentions: Sequence["_MentionLike"], timexes: Sequence["Timex"], has_reference: bool, sentences: Sequence[int],
              sentence_of: Mapping[str, int], neighbours: Sequence[str], others: frozenset[str],
              ) -> "Optional[tuple[list[str], np.ndarray, np.ndarray]]":
    """The names, and as two arrays of indexes into them the pairs :func:`local_relations` decides:
    :func:`_local_pairs` then :func:`_near_pairs`, in their order, without a tuple per pair.  None
    when there are few pairs, or when a name is given twice or a timeline neighbour is no mention
    named once (then the pairs are made as names)."""
    if not sentence_of or not all(n in sentence_of and n not in others for n in neighbours):
        return None
    import numpy as np

    names = list(dict.fromkeys([REFERENCE, *sentence_of]))
    index = {name: k for k, name in enumerate(names)}
    by_sentence: dict[int, list[int]] = {}
    for m, i in zip(mentions, sentences):
        by_sentence.setdefault(i, []).append(index[m.eid])
    times: dict[int, list[int]] = {}
    for t in timexes:
        if t.earliest is not None and t.latest is not None and not t.furniture and str(t.type) != "SET":
            k = index.get(t.tid)
            if k is None:
                k = index[t.tid] = len(names)
                names.append(t.tid)
            times.setdefault(doc.sentence_index(t.start), []).append(k)
    reference = [index[REFERENCE]] if has_reference else []
    sources: list[int] = []
    counts: list[int] = []
    targets: list[int] = []
    for i, ids in sorted(by_sentence.items()):
        following = by_sentence.get(i + 1, [])
        head = reference + times.get(i, [])
        for k, a in enumerate(ids):
            before = len(targets)
            targets += head
            targets += ids[k + 1 :]
            targets += following
            sources.append(a)
            counts.append(len(targets) - before)
    near = np.array([index[n] for n in neighbours], dtype=np.int64)
    near_sentence = np.array([sentence_of[n] for n in neighbours], dtype=np.int64)
    n = len(near)
    later = np.arange(n)[:, None] + np.arange(1, TIMELINE_REACH + 1)[None, :]  # each neighbour's reach, row by row
    inside = later < n
    later = np.minimum(later, max(n - 1, 0))
    if n:
        apart = np.abs(near_sentence[:, None] - near_sentence[later]) > 1
        row, col = np.nonzero(inside & (apart | (near[:, None] == near[later])))  # in order: the local pairs hold the rest
    else:
        row = col = np.zeros(0, dtype=np.int64)
    first = np.concatenate([np.repeat(np.array(sources, dtype=np.int64), counts), near[row]])
    second = np.concatenate([np.array(targets, dtype=np.int64), near[later[row, col]] if n else np.zeros(0, dtype=np.int64)])
    if len(first) < _PLAN_MIN:
        return None
    return names, first, second


def _plan(names: list[str], a: "np.ndarray", b: "np.ndarray", certain: "OrderResult", spans: Mapping[str, tuple[dt.datetime, dt.datetime]],
          bounds: Mapping[str, IntervalBounds], placed: Mapping[str, object], unplaced: frozenset[str],
          accepted: Sequence[SoftFact], predictions: Sequence["PredictedRelation"],
          ) -> "Optional[tuple[list[str], np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]]":
    """For the pairs ``names[a[k]]``, ``names[b[k]]``: which of them the text may decide (as
    indexes into ``certain.intervals``, to ask it), and for every pair, whatever the text says of
    it: :data:`_TIGHT` with the tight bounds' relation, :data:`_ASK` when some later check may state
    something, 0 when none can (all of :func:`local_relations`' checks compared for all pairs at
    once, as arrays; :data:`_ASK` is a superset: the checks themselves decide those pairs).  None
    for a time with a zone (then every pair is asked)."""
    import numpy as np

    n_names = len(names)
    index = {name: k for k, name in enumerate(names)}
    times: list[Optional[dt.datetime]] = []
    for name in names:
        bound = bounds.get(name)
        times.extend((None, None, None, None) if bound is None else (bound.earliest_start, bound.latest_start, bound.earliest_end, bound.latest_end))
    for name in names:
        times.extend(spans.get(name) or (None, None))
    distinct = dict.fromkeys(times)
    distinct.pop(None, None)
    if any(t.tzinfo is not None for t in distinct):
        return None  # (a zone would need its own comparison; the text's times are naive)
    rank: dict[Optional[dt.datetime], float] = {t: float(k) for k, t in enumerate(sorted(distinct))}  # the times' order, as numbers
    rank[None] = math.nan  # no comparison holds for NaN, as no check holds for None
    points = np.fromiter(map(rank.__getitem__, times), dtype=np.float64, count=len(times))
    columns = points[: 4 * n_names].reshape(n_names, 4).T.copy(), points[4 * n_names :].reshape(n_names, 2).T.copy()
    in_certain = {name: k for k, name in enumerate(certain.intervals)}
    interval = np.fromiter(map(in_certain.get, names, itertools.repeat(-1)), dtype=np.int64, count=n_names)
    # each name's flags as bits: a span (1), unplaced (2), likely bounds (4), placed (8)
    flags = np.fromiter([(spans.get(name) is not None) + 2 * (name in unplaced) + 4 * (bounds.get(name) is not None) + 8 * (name in placed)
                         for name in names], dtype=np.uint8, count=n_names)
    fa, fb = flags[a], flags[b]
    ia, ib = interval[a], interval[b]
    asked_at = np.flatnonzero((ia >= 0) & (ib >= 0))
    has_span_a, unplaced_a = (fa & 1) != 0, (fa & 2) != 0
    real = has_span_a | unplaced_a  # else: not a real event, only what the text entails
    intention = real & (~has_span_a | ((fb & 2) != 0))  # a possibility or an intention: its start order only
    both = (fa & fb & 4) != 0
    # the tight bounds' relation (:func:`_by_tight_ends`), for the pairs it is asked of
    on = np.flatnonzero(real & ~intention & both)
    x, y = a[on], b[on]
    a_es, a_ls, a_ee, a_le = (column[x] for column in columns[0])
    b_es, b_ls, b_ee, b_le = (column[y] for column in columns[0])
    found = np.zeros(len(on), dtype=np.int8)
    for code, holds in ((5, (a_ls <= b_es) & (b_le <= a_ee)), (4, (b_ls <= a_es) & (a_le <= b_ee)), (3, b_le <= a_es), (2, a_le <= b_es),
                        (1, (a_es == a_ls) & (a_ls == b_es) & (b_es == b_ls) & (a_ee == a_le) & (a_le == b_ee) & (b_ee == b_le))):
        found[holds] = code  # the first that holds is the one written last
    tight = np.zeros(len(a), dtype=np.int8)
    tight[on] = found
    # what the tables say of each pair, as bits: a kept label or start order (1), a guessed order
    # (2), a learned label at least LABEL_MIN sure (4), that label a containment (8); a pair's bits
    # may say more than its tables hold (a prediction made again), never less
    get = index.get
    kept_at = [f.kind in ("event-event", "event-label") for f in accepted]
    sources = [f.source for f, keep in zip(accepted, kept_at) if keep]
    targets = [f.target for f, keep in zip(accepted, kept_at) if keep]
    p_sources = [p.source for p in predictions]
    p_targets = [p.target for p in predictions]
    guess_at = [p.start_order in ("BEFORE", "AFTER") and p.start_confidence >= STATED_ORDER_MIN for p in predictions]
    sure_at = [p.confidence >= LABEL_MIN for p in predictions]
    g_sources = [s for s, keep in zip(p_sources, guess_at) if keep]
    g_targets = [t for t, keep in zip(p_targets, guess_at) if keep]
    l_sources = [s for s, keep in zip(p_sources, sure_at) if keep]
    l_targets = [t for t, keep in zip(p_targets, sure_at) if keep]
    l_bits = [12 if p.relation in _CONTAINMENT else 4 for p, keep in zip(predictions, sure_at) if keep]
    ends_of = [*sources, *targets, *g_sources, *g_targets, *l_sources]
    other_ends = [*targets, *sources, *g_targets, *g_sources, *l_targets]
    x = np.fromiter(map(get, ends_of, itertools.repeat(-1)), dtype=np.int64, count=len(ends_of))
    y = np.fromiter(map(get, other_ends, itertools.repeat(-1)), dtype=np.int64, count=len(other_ends))
    bits = np.concatenate([np.full(2 * len(sources), 1, dtype=np.int64), np.full(2 * len(g_sources), 2, dtype=np.int64), np.array(l_bits, dtype=np.int64)])
    named = (x >= 0) & (y >= 0)
    table_keys, table_bits = (x * n_names + y)[named], bits[named]
    bits_of = _bits_of(table_keys, table_bits)
    # the pairs a later check may decide: a real event's, not by its tight bounds
    rest = np.flatnonzero(real & ~intention & (tight == 0))
    x, y = a[rest], b[rest]
    forward = bits_of(x * n_names + y)
    labels = forward | bits_of(y * n_names + x)  # a learned label is read either way round (the inverse of a containment is one)
    a0, a1 = (column[x] for column in columns[1])
    b0, b1 = (column[y] for column in columns[1])
    time_b = (fb[rest] & 8) == 0
    by_bounds = (a1 <= b0) | (b1 <= a0) | (time_b & (((b0 <= a0) & (a1 <= b1)) | ((a0 <= b0) & (b1 <= a1))))
    may = ((forward & 1) != 0) | by_bounds | (both[rest] & (((forward & 2) != 0) | ((labels & 8) != 0) | (time_b & ((labels & 4) != 0))))
    codes = np.where(tight != 0, _TIGHT, 0).astype(np.int8)
    codes[intention] = _ASK
    codes[rest[may]] = _ASK
    rels = np.array(_TIGHT_LABELS, dtype=object)[tight]
    return names, a, b, ia[asked_at], ib[asked_at], asked_at, codes, rels


def _bits_of(keys: "np.ndarray", bits: "np.ndarray") -> "Callable[[np.ndarray], np.ndarray]":
    """A lookup of the OR of the ``bits`` given to each of ``keys``: 0 for a key not among them."""
    import numpy as np

    order = np.argsort(keys, kind="stable")
    keys, bits = keys[order], bits[order]
    first = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]]) if len(keys) else np.zeros(0, dtype=np.intp)
    unique = keys[first]
    merged = np.bitwise_or.reduceat(bits, first) if len(keys) else bits

    def lookup(asked: "np.ndarray") -> "np.ndarray":
        if not len(unique):
            return np.zeros(len(asked), dtype=np.int64)
        at = np.minimum(np.searchsorted(unique, asked), len(unique) - 1)
        return np.where(unique[at] == asked, merged[at], 0)

    return lookup


def _steps(certain: "OrderResult", names: list[str], a: "np.ndarray", b: "np.ndarray", ia: "np.ndarray", ib: "np.ndarray",
           asked_at: "np.ndarray", codes: "np.ndarray", rels: "np.ndarray") -> Iterable[tuple[str, str, int, Optional[str]]]:
    """(source, target, what to do, relation) of every pair :func:`local_relations` states
    something of or asks about, in order: what the text entails first (``certain`` is asked about
    the pairs ``asked_at``, all at once), else :func:`_plan`'s code."""
    import numpy as np

    if len(asked_at) < 64:  # as :meth:`~.OrderResult.relations_of` asks a few pairs: one by one
        relation = certain.relation_function(LISTING_SEARCH_BUDGET)
        entailed = [relation(names[x], names[y]) for x, y in zip(a[asked_at].tolist(), b[asked_at].tolist())]
        found = np.array(entailed, dtype=object) if len(entailed) else np.zeros(0, dtype=object)
        known = np.not_equal(found, None)
        found = found[known]
    else:  # as codes: 0 for none, else 1 + the index in RELATIONS
        entailed_codes = certain._relation_codes(ia, ib, LISTING_SEARCH_BUDGET)
        known = entailed_codes != 0
        found = np.array((None, *RELATIONS), dtype=object)[entailed_codes[known]]
    at = asked_at[known]
    codes[at] = _CERTAIN
    rels[at] = found
    todo = np.flatnonzero(codes)
    return zip(map(names.__getitem__, a[todo].tolist()), map(names.__getitem__, b[todo].tolist()), codes[todo].tolist(), rels[todo].tolist())

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
