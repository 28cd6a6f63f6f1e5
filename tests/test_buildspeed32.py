"""The pipeline's learned relations as named tuples (relations.predicted_rows): the same records as
the per-row PredictedRelations the models' probabilities give, and the same timeline from them."""

from __future__ import annotations

import json

import attrs
import pytest

import timeline
import timeline.relations as relations
from timeline.events.detect import detect_events
from timeline.relations import PredictedRelation, PredictedRow, predict_relations, predicted_rows
from timeline.relations.classifier import load_classifiers
from timeline.relations.features import Layout, candidate_rows
from timeline.serialize import timeline_to_dict
from timeline.tagger import tag

STORY = (
    "The harbour authority closed the northern pier on Tuesday after a crane toppled into the water. "
    "Divers searched the wreck for two hours before engineers declared the site safe. "
    "The operator said it had inspected the crane in March and would review its checks. "
    "Ferries resumed on Wednesday morning, but the pier will stay shut until the end of the month. "
    "Local traders complained that deliveries were delayed while the cranes stood idle."
)
KINDS = {"dct": "event-dct", "timex": "event-timex", "pair": "event-event"}


def _reference(text, events, timexes, chunk, linked):
    """The predictions as the models' probabilities give them, one PredictedRelation per candidate row
    (the per-row loop predict_relations ran before it made named tuples), ``chunk`` rows scored at a time."""
    models = load_classifiers()
    found = candidate_rows(text, events, timexes, None, Layout.of(text))
    out = []
    for kind, task in (("dct", "dct"), ("timex", "timex"), ("pair", "tlink")):
        group = [r for r in found.rows if r[0] == kind]
        clf = models[(task, "perceptron")]
        start = models[("start", "perceptron")] if kind == "pair" else None
        link_model = models.get((f"linked_{kind}", "perceptron")) if linked else None
        mappers = {id(m): m.part_columns() for m in (clf, start, link_model) if m is not None}
        for at in range(0, len(group), chunk):
            rows = group[at : at + chunk]
            sparse = [(r[3], r[4]) for r in rows]
            probs = clf.probabilities_of_rows(mappers[id(clf)], sparse, found.parts)
            start_probs = None if start is None else start.probabilities_of_rows(mappers[id(start)], sparse, found.parts)
            link_probs = None if link_model is None else link_model.probabilities_of_rows(mappers[id(link_model)], sparse, found.parts)
            for n, r in enumerate(rows):
                best = int(probs[n].argmax())
                order, order_p = None, 0.0
                if start_probs is not None:
                    k = int(start_probs[n].argmax())
                    order, order_p = start.labels[k], float(start_probs[n][k])
                link = None if link_probs is None else float(link_probs[n][link_model.labels.index("LINKED")])
                out.append(PredictedRelation(r[1], r[2], clf.labels[best], float(probs[n][best]), KINDS[kind], order, order_p, link))
    return out


def _inputs():
    doc = tag(STORY, reference_time="2026-05-14")
    events = detect_events(STORY, event_model="perceptron")
    return events, doc.timexes


def test_row_fields_are_predicted_relations_fields():
    """A row has PredictedRelation's fields in its order, with its defaults (PredictedRelation(*row) is the same record)."""
    assert PredictedRow._fields == tuple(a.name for a in attrs.fields(PredictedRelation))
    assert PredictedRow._field_defaults == {a.name: a.default for a in attrs.fields(PredictedRelation) if a.default is not attrs.NOTHING}


@pytest.mark.parametrize("chunk", [2048, 5, 1])
@pytest.mark.parametrize("linked", [False, True])
def test_rows_are_the_per_row_predictions(monkeypatch, chunk, linked):
    """predicted_rows (and predict_relations from it) give each candidate row's labels and probabilities, in row order,
    scored in chunks or not (every kind of pair present: publication time, times, events)."""
    events, timexes = _inputs()
    monkeypatch.setattr(relations, "_CHUNK", chunk)
    expected = _reference(STORY, events, timexes, chunk, linked)
    assert {p.kind for p in expected} == set(KINDS.values()) and len(expected) > 40
    rows = predicted_rows(STORY, events, timexes, model="perceptron", linked=linked)
    assert all(type(r) is PredictedRow for r in rows)
    assert [tuple(r) for r in rows] == [attrs.astuple(p) for p in expected]
    assert predict_relations(STORY, events, timexes, model="perceptron", linked=linked) == expected


def test_timeline_from_rows_is_the_timeline_from_relations(monkeypatch):
    """The pipeline reads the rows as it read PredictedRelations: the same timeline, to the byte."""
    built = timeline.build(STORY, reference_time="2026-05-14", event_model="perceptron")

    def as_relations(text, events, timexes, *, hidden=None, model="neural", linked=False):
        return _reference(text, events, timexes, 2048, linked)

    monkeypatch.setattr(relations, "predicted_rows", as_relations)
    again = timeline.build(STORY, reference_time="2026-05-14", event_model="perceptron")
    assert len(built.relations) > 20
    assert json.dumps(timeline_to_dict(built), sort_keys=True, default=str) == json.dumps(timeline_to_dict(again), sort_keys=True, default=str)


def _tables_by_setdefault(predictions):
    """local_relations' prediction tables as it made them before _prediction_tables (written out: a row per name by
    setdefault, the start order's inverse both ways, the guesses at least STATED_ORDER_MIN sure)."""
    from timeline.placement.relations import STATED_ORDER_MIN

    inverse = {"BEFORE": "AFTER", "AFTER": "BEFORE"}
    learned, start_model, start_sure, guessed_order = {}, {}, {}, {}
    for p in predictions:
        learned.setdefault(p.source, {})[p.target] = (p.relation, p.confidence)
        if p.start_order is not None:
            start_model.setdefault(p.source, {})[p.target] = p.start_order
            start_model.setdefault(p.target, {})[p.source] = inverse.get(p.start_order, p.start_order)
            start_sure.setdefault(p.source, {})[p.target] = start_sure.setdefault(p.target, {})[p.source] = p.start_confidence
        if p.start_order in ("BEFORE", "AFTER") and p.start_confidence >= STATED_ORDER_MIN:
            guessed_order.setdefault(p.source, {})[p.target] = (p.start_order, p.start_confidence)
            guessed_order.setdefault(p.target, {})[p.source] = ("AFTER" if p.start_order == "BEFORE" else "BEFORE", p.start_confidence)
    return learned, start_model, start_sure, guessed_order


def test_prediction_tables_are_the_setdefault_tables():
    """_prediction_tables gives local_relations the tables it made before, for rows or PredictedRelations: pairs with
    themselves, pairs predicted again and both ways round (the later wins), start orders at exactly 0.5 sure."""
    import random

    from timeline.placement.relations import _prediction_tables

    draw = random.Random(32)
    names = ["e1", "e2", "e3", "t1", "reference_time"]
    orders = [None, "BEFORE", "AFTER", "EQUAL", "VAGUE"]
    labels = ["BEFORE", "AFTER", "INCLUDES", "IS_INCLUDED", "SIMULTANEOUS"]
    sures = [0.0, 0.25, 0.4999, 0.5, 0.75, 1.0]
    for case in range(300):
        rows = [PredictedRow(draw.choice(names), draw.choice(names), draw.choice(labels), draw.choice(sures), "event-event",
                             draw.choice(orders), draw.choice(sures)) for _ in range(draw.randint(0, 12))]
        for given in (rows, [PredictedRelation(*r) for r in rows]):
            assert _prediction_tables(given) == _tables_by_setdefault(given), case
    # the cases drawn above hold the hard ones
    assert _prediction_tables([PredictedRow("e1", "e1", "BEFORE", 0.6, "event-event", "BEFORE", 0.5)])[1] == {"e1": {"e1": "AFTER"}}

