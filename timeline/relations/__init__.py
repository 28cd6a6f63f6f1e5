"""Learned temporal relations: event-publication time, event-time expression, event-event.

Small classifiers trained on TBAQ TLINKs and MATRES start-point order
(train/train_relations.py) over hand features and, with the neural event model, the
encoder states of the detector's own pass (so relations cost little extra time).  Every
relation comes with a calibrated probability; the ordering engine decides what to keep.

TimeML labels are reduced to BEFORE, AFTER, INCLUDES, IS_INCLUDED and SIMULTANEOUS, always
the source relative to the target: IBEFORE/IAFTER as BEFORE/AFTER; BEGINS/ENDS as
IS_INCLUDED and BEGUN_BY/ENDED_BY as INCLUDES (a part at the start or end of the other);
DURING, DURING_INV and IDENTITY as SIMULTANEOUS (as TempEval-3's scorer treats them).
"""

from __future__ import annotations

import operator
from typing import TYPE_CHECKING, Mapping, Optional, Sequence

import attrs

from .classifier import Classifier, PartColumns, load_classifiers
from .features import CandidateRows, Layout, candidate_rows

if TYPE_CHECKING:
    import numpy as np

    from ..text import Doc

    from ..events.detect import EventMention
    from ..model import Timex

    _Row = tuple[str, str, str, tuple[int, ...], list[str], Optional[tuple[int, int]]]  # a candidate as CandidateRows holds it

__all__ = ["PredictedRelation", "predict_relations", "RELATIONS", "START_ORDERS", "RELATION_MODELS"]

RELATIONS = ("BEFORE", "AFTER", "INCLUDES", "IS_INCLUDED", "SIMULTANEOUS")
"""The relation labels, source relative to target."""

START_ORDERS = ("BEFORE", "AFTER", "EQUAL", "VAGUE")
"""MATRES start-point order of two events: how the source's start relates to the target's."""

RELATION_MODELS = ("neural", "perceptron")
"""``neural``: hidden states of the event encoder plus hand features; ``perceptron``: hand
features only (for the fast event model, or when no states are at hand).  A task shipped
without a neural model (the states did not help it in cross-validation) uses its
features-only model under both."""

_KINDS = {"dct": "event-dct", "timex": "event-timex", "pair": "event-event"}


@attrs.frozen
class PredictedRelation:
    """One learned relation: ``source`` relative to ``target``, with its probability."""

    source: str
    target: str
    relation: str
    confidence: float
    kind: str
    start_order: Optional[str] = None
    start_confidence: float = 0.0
    linked: Optional[float] = None
    """With ``linked=True``: the probability that TimeML annotators relate this pair at all (their
    graph's closure does), from the ``linked_*`` models; None when not asked for or not shipped."""


def _check_hidden(hidden: "Sequence[np.ndarray]", layout: Layout) -> None:
    """Raise ValueError unless there is one (words x dims) array per sentence of the text."""
    if len(hidden) != len(layout.spans):
        raise ValueError(f"hidden: {len(hidden)} arrays for {len(layout.spans)} sentences")
    for n, (h, toks) in enumerate(zip(hidden, layout.tokens)):
        if getattr(h, "ndim", 0) != 2 or h.shape[0] != len(toks):
            raise ValueError(f"hidden[{n}]: shape {getattr(h, 'shape', None)} does not match the sentence's {len(toks)} words")


def predict_relations(
    text: "str | Doc",
    events: "Sequence[EventMention]",
    timexes: "Sequence[Timex]",
    *,
    hidden: "Optional[Sequence[np.ndarray]]" = None,
    model: str = "neural",
    linked: bool = False,
) -> list[PredictedRelation]:
    """Every event with ``reference_time``; every event with each non-SET time expression of
    its sentence; every pair of events in one sentence or adjacent sentences (earlier mention
    as source).  Pairs are local, so the output is linear in the number of events, and it
    does not depend on the order the events are given in.

    ``hidden``: per-sentence (words x 384) states from the event detector's run
    (:func:`timeline.events.detect.detect_events_with_states`); under ``model="neural"``
    they are computed here when not given.  ``model`` is one of :data:`RELATION_MODELS`.
    ``linked``: also fill :attr:`PredictedRelation.linked` (for writing TLINKs; placement does not use it).
    """
    if model not in RELATION_MODELS:
        raise ValueError(f"model={model!r} is not supported; use one of {', '.join(RELATION_MODELS)}")
    ids = [e.eid for e in events]
    if len(set(ids)) != len(ids):
        raise ValueError(f"duplicate event ids: {sorted({i for i in ids if ids.count(i) > 1})}")
    layout = Layout.of(text)
    if model == "neural":
        if hidden is None and events:
            from ..events.neural import load_scorer

            hidden = load_scorer().score_with_states([[t.text for t in toks] for toks in layout.tokens])[1]
        if hidden is not None:
            _check_hidden(hidden, layout)
    variant = "neural" if model == "neural" and hidden is not None else "perceptron"
    models = load_classifiers()
    found = candidate_rows(text, events, timexes, hidden if variant == "neural" else None, layout)
    by_kind: "dict[str, list[_Row]]" = {"dct": [], "timex": [], "pair": []}
    for row in found.rows:
        by_kind[row[0]].append(row)
    out: list[PredictedRelation] = []
    for kind, task in (("dct", "dct"), ("timex", "timex"), ("pair", "tlink")):
        group = by_kind[kind]
        if not group:
            continue
        clf = models.get((task, variant)) or models[(task, "perceptron")]
        start = (models.get(("start", variant)) or models[("start", "perceptron")]) if kind == "pair" else None
        link_model = models.get((f"linked_{kind}", "perceptron")) if linked else None
        mappers = {id(m): m.part_columns(found.coded) for m in (clf, start, link_model) if m is not None}  # each model's columns of the shared parts, per text
        for chunk in (group[i : i + _CHUNK] for i in range(0, len(group), _CHUNK)):
            predicted = _predict_chunk(chunk, found, mappers, clf, start, kind)
            if link_model is not None:
                column = link_model.labels.index("LINKED")
                probs = link_model.probabilities_of_rows(mappers[id(link_model)], [(r[3], r[4]) for r in chunk], found.parts)[:, column]
                predicted = [attrs.evolve(p, linked=float(q)) for p, q in zip(predicted, probs)]
            out.extend(predicted)
    return out


_CHUNK = 2048
"""Candidates scored at a time: the dense features of a long text's pairs stay out of one array."""


def _predict_chunk(group: "Sequence[_Row]", found: "CandidateRows", mappers: "Mapping[int, PartColumns]",
                   clf: "Classifier", start: "Optional[Classifier]", kind: str) -> list[PredictedRelation]:
    """The predictions for one chunk of candidate rows of one kind."""
    out = []
    sparse = list(zip(map(operator.itemgetter(3), group), map(operator.itemgetter(4), group)))  # (shared parts, own features) of each row
    dense = None
    if clf.uses_dense or (start is not None and start.uses_dense):
        dense = found.dense_of([r[5] for r in group])  # one array for both models
        if dense is None:
            raise ValueError("this model needs hidden-state features")
    probs = clf.probabilities_of_rows(mappers[id(clf)], sparse, found.parts, dense if clf.uses_dense else None)
    start_probs = None
    if start is not None:
        start_probs = start.probabilities_of_rows(mappers[id(start)], sparse, found.parts, dense if start.uses_dense else None)
    rows = range(len(group))
    bests = probs.argmax(axis=1)
    best_p = probs[rows, bests].tolist()
    orders: list = [None] * len(group)  # type: ignore[type-arg]
    order_ps = [0.0] * len(group)
    if start is not None and start_probs is not None:
        ks = start_probs.argmax(axis=1)
        orders = [start.labels[k] for k in ks.tolist()]
        order_ps = start_probs[rows, ks].tolist()
    label_of = clf.labels
    relation_kind = _KINDS[kind]
    for r, best, p, order, order_p in zip(group, bests.tolist(), best_p, orders, order_ps):
        out.append(PredictedRelation(r[1], r[2], label_of[best], p, relation_kind, order, order_p))
    return out
