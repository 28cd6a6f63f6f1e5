"""local_relations' tables of the learned relations (placement.relations._prediction_tables): the tables it made
before, written out here."""

from __future__ import annotations

from types import SimpleNamespace

from timeline.relations import PredictedRelation


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
    """_prediction_tables gives local_relations the tables it made before, for PredictedRelations or any object with
    their fields (as the hypothesis tests of local_relations hand in): pairs with
    themselves, pairs predicted again and both ways round (the later wins), start orders at exactly 0.5 sure."""
    import random

    from timeline.placement.relations import _prediction_tables

    draw = random.Random(32)
    names = ["e1", "e2", "e3", "t1", "reference_time"]
    orders = [None, "BEFORE", "AFTER", "EQUAL", "VAGUE"]
    labels = ["BEFORE", "AFTER", "INCLUDES", "IS_INCLUDED", "SIMULTANEOUS"]
    sures = [0.0, 0.25, 0.4999, 0.5, 0.75, 1.0]
    for case in range(300):
        rows = [PredictedRelation(draw.choice(names), draw.choice(names), draw.choice(labels), draw.choice(sures), "event-event",
                                  draw.choice(orders), draw.choice(sures)) for _ in range(draw.randint(0, 12))]
        for given in (rows, [SimpleNamespace(source=r.source, target=r.target, relation=r.relation, confidence=r.confidence,
                                             start_order=r.start_order, start_confidence=r.start_confidence) for r in rows]):
            assert _prediction_tables(given) == _tables_by_setdefault(given), case
    # the cases drawn above hold the hard ones
    assert _prediction_tables([PredictedRelation("e1", "e1", "BEFORE", 0.6, "event-event", "BEFORE", 0.5)])[1] == {"e1": {"e1": "AFTER"}}

