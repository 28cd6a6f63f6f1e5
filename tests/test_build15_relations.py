"""``local_relations`` decides its pairs as arrays (``_pair_ids``, ``_plan``, ``_steps``) when a
text has many of them; asked pair by pair instead, every answer, its order and its confidence
stay the same: checked on made-up inputs where each table, bound and answer is drawn at random."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

import timeline.placement.relations as R
from timeline.anchoring import REFERENCE
from timeline.order.result import IntervalBounds

_LABELS = ("BEFORE", "AFTER", "INCLUDES", "IS_INCLUDED", "SIMULTANEOUS")
_DAY = dt.datetime(2026, 5, 4)


class _Doc:
    """Sentences of 100 characters each."""

    def sentence_index(self, start: int) -> int:
        return start // 100


class _Certain:
    """What the text entails, as a table of answers (the engine's own search is not under test)."""

    def __init__(self, names: list[str], answers: dict[tuple[str, str], str]) -> None:
        self.intervals = tuple(names)
        self._answers = answers

    def relation_function(self, budget=None):  # type: ignore[no-untyped-def]
        return lambda a, b: self._answers.get((a, b))

    def relations_of(self, pairs, budget=None):  # type: ignore[no-untyped-def]
        return [self._answers.get(pair) for pair in pairs]

    def _relation_codes(self, first, second, budget, pair=None):  # type: ignore[no-untyped-def]
        import numpy as np

        from timeline.order.result import RELATIONS

        found = [self._answers.get((self.intervals[x], self.intervals[y])) for x, y in zip(first.tolist(), second.tolist())]
        return np.array([0 if r is None else 1 + RELATIONS.index(r) for r in found], dtype=np.int8)


@st.composite
def _inputs(draw):  # type: ignore[no-untyped-def]
    zone = dt.timezone.utc if draw(st.integers(0, 9)) == 0 else None  # a time with a zone: pair by pair
    # few hours, so that bounds often meet or tie
    hour = st.sampled_from([None, 0, 1, 1, 2, 2, 3]).map(lambda h: None if h is None else _DAY.replace(tzinfo=zone) + dt.timedelta(hours=h))
    sure = st.sampled_from([0.2, 0.5, 0.51, 0.8, 1.0, 0.3333])
    n = draw(st.integers(1, 14))
    sentences = sorted(draw(st.lists(st.integers(0, 4), min_size=n, max_size=n)))
    events = [f"e{k}" for k in range(n)]
    mentions = [SimpleNamespace(eid=e, start=100 * s + k) for k, (e, s) in enumerate(zip(events, sentences))]
    timexes = []
    for k in range(draw(st.integers(0, 4))):
        early = _DAY.replace(tzinfo=zone) + dt.timedelta(hours=draw(st.integers(0, 5)))
        timexes.append(SimpleNamespace(tid=f"t{k}", start=100 * draw(st.integers(0, 4)) + 50, earliest=early,
                                       latest=early + dt.timedelta(hours=draw(st.integers(0, 3))), furniture=False, type="DATE"))
    names = [*events, *(t.tid for t in timexes), REFERENCE]
    bounds = {name: IntervalBounds(*(draw(hour) for _ in range(4))) for name in names if draw(st.integers(0, 3))}
    placed = {}
    for e in events:
        if draw(st.integers(0, 3)):
            start = _DAY.replace(tzinfo=zone) + dt.timedelta(hours=draw(st.integers(0, 5)))
            placed[e] = (start, start + dt.timedelta(hours=draw(st.integers(0, 2))))
    unplaced = frozenset(e for e in events if e not in placed and draw(st.booleans()))
    reference = None if draw(st.integers(0, 4)) == 0 else (_DAY.replace(tzinfo=zone) + dt.timedelta(hours=3),) * 2
    pick = st.one_of(st.sampled_from(events), st.sampled_from(names))  # mostly events
    accepted = [SimpleNamespace(source=draw(pick), target=draw(pick), kind=kind, confidence=draw(sure),
                                relation=draw(st.sampled_from(["START_BEFORE", "START_EQUAL"] if kind == "event-event" else _LABELS)))
                for kind in draw(st.lists(st.sampled_from(["event-event", "event-label", "event-dct"]), max_size=12))]
    predictions = [SimpleNamespace(source=draw(pick), target=draw(pick), relation=draw(st.sampled_from(_LABELS)), confidence=draw(sure),
                                   start_order=draw(st.sampled_from([None, "BEFORE", "AFTER", "EQUAL", "VAGUE"])), start_confidence=draw(sure))
                   for _ in range(draw(st.integers(0, 60)))]
    in_certain = [name for name in names if draw(st.integers(0, 3))]
    answers = {(a, b): draw(st.sampled_from(_LABELS)) for a in in_certain for b in in_certain if draw(st.integers(0, 3)) == 0}
    neighbours = draw(st.lists(st.sampled_from(sorted(placed)), max_size=10)) if placed else []
    return (_Doc(), mentions, timexes, _Certain(in_certain, answers), SimpleNamespace(bounds=bounds), accepted, placed, reference,
            predictions, neighbours, unplaced)


def _pair_by_pair(*args):  # type: ignore[no-untyped-def]
    saved = R._pair_ids
    R._pair_ids = lambda *a: None  # type: ignore[assignment]
    try:
        return R.local_relations(*args)
    finally:
        R._pair_ids = saved


def _as_arrays(*args):  # type: ignore[no-untyped-def]
    saved = R._PLAN_MIN
    R._PLAN_MIN = 1  # a few pairs go the arrays' way too
    try:
        return R.local_relations(*args)
    finally:
        R._PLAN_MIN = saved


@settings(max_examples=400, deadline=None)
@given(_inputs())
def test_pairs_as_arrays_give_the_relations_of_each_pair_asked_in_turn(args) -> None:  # type: ignore[no-untyped-def]
    assert _as_arrays(*args) == _pair_by_pair(*args)


def test_the_made_up_inputs_reach_every_kind_of_answer() -> None:
    """The comparison above sees relations of every kind: entailed, by tight bounds, by a kept
    order, by a learned label, by the likely intervals and by a guessed order."""
    seen: set[tuple[bool, float]] = set()
    labels: set[str] = set()

    @settings(max_examples=300, deadline=None)
    @given(_inputs())
    def collect(args) -> None:  # type: ignore[no-untyped-def]
        for r in _as_arrays(*args):
            seen.add((r.certain, 0.3 if r.confidence == 0.3 else 0.0))
            labels.add(r.relation)

    collect()
    assert {(True, 0.0), (False, 0.3), (False, 0.0)} <= seen
    assert labels == set(_LABELS)


def test_a_long_text_goes_the_arrays_way() -> None:
    """Pairs enough for the arrays: ``_pair_ids`` makes the local pairs, then the timeline
    neighbours outside them, as ``_local_pairs`` and ``_near_pairs`` do with names."""
    doc = _Doc()
    mentions = [SimpleNamespace(eid=f"e{k}", start=100 * (k // 3) + k % 3) for k in range(40)]
    sentences = [doc.sentence_index(m.start) for m in mentions]
    sentence_of = {m.eid: s for m, s in zip(mentions, sentences)}
    neighbours = [f"e{k}" for k in (0, 39, 1, 20, 21, 5, 35)]
    made = R._pair_ids(doc, mentions, [], True, sentences, sentence_of, neighbours, frozenset({REFERENCE}))
    assert made is not None
    names, first, second = made
    pairs = R._local_pairs(doc, mentions, [], True, sentences)
    near = R._near_pairs(neighbours, R.TIMELINE_REACH, pairs, sentence_of, frozenset({REFERENCE}))
    assert [(names[a], names[b]) for a, b in zip(first.tolist(), second.tolist())] == pairs + near
    assert near  # far apart in the text, near on the timeline


def test_tight_bounds_as_arrays_are_those_of_each_pair() -> None:
    """Every pair of bounds made of none, one or two of two hours (ties, open ends, empty
    intervals): the arrays name the relation :func:`_by_tight_ends` names, and only then."""
    import itertools

    import numpy as np

    values = (None, _DAY, _DAY + dt.timedelta(hours=1))
    bounds = {f"x{k}": IntervalBounds(*ends) for k, ends in enumerate(itertools.product(values, repeat=4))}
    names = list(bounds)
    spans = {name: (_DAY, _DAY) for name in names}
    a, b = (np.array(side, dtype=np.int64) for side in zip(*itertools.product(range(len(names)), repeat=2)))
    plan = R._plan(names, a, b, _Certain([], {}), spans, bounds, spans, frozenset(), [], [])
    assert plan is not None
    codes, rels = plan[-2], plan[-1]
    for x, y, code, rel in zip(a.tolist(), b.tolist(), codes.tolist(), rels.tolist()):
        expected = R._by_tight_bounds(bounds[names[x]], bounds[names[y]])
        assert (code == R._TIGHT, rel) == (expected is not None, expected), (bounds[names[x]], bounds[names[y]])
