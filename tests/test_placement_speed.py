"""The shortcuts that keep a long text's relations linear say what the plain definitions say."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.anchoring import REFERENCE
from timeline.order.result import IntervalBounds
from timeline.placement.relations import _by_tight_bounds, _near_pairs


@st.composite
def _layouts(draw):  # type: ignore[no-untyped-def]
    """Mentions with their sentences, the local pairs a text makes of them, and a timeline order."""
    n = draw(st.integers(0, 14))
    sentence = sorted(draw(st.lists(st.integers(0, 6), min_size=n, max_size=n)))
    names = [f"e{k}" for k in range(n)]
    sentence_of = dict(zip(names, sentence))
    pairs = []
    for k, a in enumerate(names):
        pairs.append((a, REFERENCE))
        if sentence[k] % 2:
            pairs.append((a, "t1"))
        pairs += [(a, b) for j, b in enumerate(names) if j > k and sentence[j] - sentence[k] <= 1]
    neighbours = draw(st.lists(st.sampled_from(names), max_size=20)) if names else []
    if draw(st.booleans()):
        neighbours = draw(st.permutations(names))
    return neighbours, pairs, sentence_of, draw(st.integers(1, 5))


def _plain(neighbours, reach, pairs):  # type: ignore[no-untyped-def]
    local = set(pairs) | {(b, a) for a, b in pairs}
    return [(a, b) for i, a in enumerate(neighbours) for b in neighbours[i + 1 : i + 1 + reach] if (a, b) not in local]


@settings(max_examples=300, deadline=None)
@given(_layouts())
def test_near_pairs_by_sentence_are_those_outside_the_local_pairs(layout) -> None:  # type: ignore[no-untyped-def]
    """Two mentions are a local pair exactly when their sentences are the same or next to each
    other: the timeline neighbours left are those no local pair holds, repeats included."""
    neighbours, pairs, sentence_of, reach = layout
    assert _near_pairs(neighbours, reach, pairs, sentence_of, frozenset({"t1", REFERENCE})) == _plain(neighbours, reach, pairs)


def test_near_pairs_with_other_names_among_the_neighbours() -> None:
    """A time, the publication time or a name with no sentence among the neighbours: the pairs
    are checked against the local ones (a time of the sentence is a local pair, not a near one)."""
    sentence_of = {"e1": 0, "e2": 0, "e3": 5}
    pairs = [("e1", "e2"), ("e1", "t1"), ("e1", REFERENCE), ("e3", REFERENCE)]
    for neighbours in (["e1", "t1", "e2", "e3"], ["e3", REFERENCE, "e1"], ["e1", "x", "e3"]):
        assert _near_pairs(neighbours, 3, pairs, sentence_of, frozenset({"t1", REFERENCE})) == _plain(neighbours, 3, pairs)
    assert ("e1", "t1") not in _near_pairs(["e1", "t1"], 3, pairs, sentence_of, frozenset({"t1", REFERENCE}))
    assert _near_pairs(["e1", "e3", "e2"], 3, pairs, sentence_of, frozenset()) == [("e1", "e3"), ("e3", "e2")]


def test_near_pairs_when_a_mention_shares_a_time_s_name() -> None:
    """A mention named like a time of another sentence: the pair with that time is local although
    the mention's sentence is far, so the names are checked pair by pair."""
    sentence_of = {"e1": 0, "x": 5}
    pairs = [("e1", "x"), ("e1", REFERENCE), ("x", REFERENCE)]  # ("e1", "x"): e1 with the time x of its sentence
    assert _near_pairs(["e1", "x"], 2, pairs, sentence_of, frozenset({"x", REFERENCE})) == []


def _plain_local_relations(doc, mentions, timexes, certain, likely, accepted, likely_intervals, reference_span,  # type: ignore[no-untyped-def]
                           predictions=(), timeline_neighbours=(), unplaced=frozenset()):
    """``local_relations`` by its definition, pair by pair: every lookup by the pair's names, the
    relations the text entails asked one pair at a time, the near pairs by a set of the local ones."""
    from timeline.model import Relation
    from timeline.placement import relations as R

    start_order, kept_labels, confidence, learned, guessed_order, model_order, model_sure = {}, {}, {}, {}, {}, {}, {}
    for f in accepted:
        if f.kind == "event-event":
            same = f.relation == "START_EQUAL"
            start_order[(f.source, f.target)] = ("EQUAL" if same else "BEFORE", f.confidence)
            start_order[(f.target, f.source)] = ("EQUAL" if same else "AFTER", f.confidence)
        elif f.kind == "event-label":
            kept_labels[(f.source, f.target)] = (f.relation, f.confidence)
            kept_labels[(f.target, f.source)] = (R._INVERSE[f.relation], f.confidence)
        for key in ((f.source, f.target), (f.target, f.source)):
            confidence[key] = max(confidence.get(key, 0.0), f.confidence)
    for p in predictions:
        learned.setdefault(p.source, {})[p.target] = (p.relation, p.confidence)
        if p.start_order is not None:
            model_order[(p.source, p.target)] = p.start_order
            model_order[(p.target, p.source)] = {"BEFORE": "AFTER", "AFTER": "BEFORE"}.get(p.start_order, p.start_order)
            model_sure[(p.source, p.target)] = model_sure[(p.target, p.source)] = p.start_confidence
        if p.start_order in ("BEFORE", "AFTER") and p.start_confidence >= R.STATED_ORDER_MIN:
            guessed_order[(p.source, p.target)] = (p.start_order, p.start_confidence)
            guessed_order[(p.target, p.source)] = ("AFTER" if p.start_order == "BEFORE" else "BEFORE", p.start_confidence)
    spans = dict(likely_intervals)
    if reference_span is not None:
        spans[REFERENCE] = reference_span
    for t in timexes:
        if t.earliest is not None and t.latest is not None:
            spans[t.tid] = (t.earliest, t.latest)
    in_certain, in_likely = set(certain.intervals), set(likely.intervals)
    pairs = R.local_pairs(doc, mentions, timexes, reference_span is not None)
    out = []
    for a, b in [*pairs, *_plain(timeline_neighbours, R.TIMELINE_REACH, pairs)]:
        rel = certain.relation(a, b) if a in in_certain and b in in_certain else None
        if rel is not None:
            out.append(Relation(a, rel, b, 1.0, True))
            continue
        if a not in spans and a not in unplaced:
            continue
        if a not in spans or b in unplaced:
            guess = guessed_order.get((a, b))
            if guess is not None and (b in likely_intervals or b in unplaced):
                out.append(Relation(a, guess[0], b, round(guess[1], 3), False))
            continue
        both_likely = a in in_likely and b in in_likely
        rel = R._by_tight_bounds(likely[a], likely[b]) if both_likely else None
        if rel is not None:  # two events no soft fact relates: as the start order model has it (docs/ordering.md)
            sure, model = confidence.get((a, b)), model_order.get((a, b))
            if sure is not None or b not in likely_intervals:
                out.append(Relation(a, rel, b, round(0.5 if sure is None else sure, 3), False))
            elif model is None:
                out.append(Relation(a, rel, b, 0.5, False))
            elif model == R._START_OF[rel]:
                out.append(Relation(a, rel, b, round(model_sure[(a, b)], 3), False))
            continue
        kept = kept_labels.get((a, b))
        order_sure = start_order.get((a, b)) if kept is None else None
        if order_sure is not None:
            order, sure = order_sure
            label, label_sure = R._learned(learned, a, b)
            if R._START_OF.get(label) == order:
                out.append(Relation(a, label, b, round(min(sure, label_sure), 3), False))
            else:
                out.append(Relation(a, {"BEFORE": "BEFORE", "AFTER": "AFTER", "EQUAL": "SIMULTANEOUS"}[order], b, round(sure, 3), False))
            continue
        if kept is not None:
            if model_order.get((a, b), R._START_OF[kept[0]]) == R._START_OF[kept[0]]:
                out.append(Relation(a, kept[0], b, round(kept[1], 3), False))
            continue
        label, label_sure = R._learned(learned, a, b)
        containment = b not in likely_intervals or (label in ("INCLUDES", "IS_INCLUDED", "SIMULTANEOUS")
                                                    and model_order.get((a, b), R._START_OF[label]) == R._START_OF[label])
        if containment and label and label_sure >= R.LABEL_MIN and both_likely and not R._contradicts(likely[a], label, likely[b]):
            out.append(Relation(a, label, b, round(label_sure, 3), False))
            continue
        if b in spans:
            rel = R._by_bounds(spans[a], spans[b], b not in likely_intervals)
            if rel is not None:
                out.append(Relation(a, rel, b, 0.3, False))
                continue
        guess = guessed_order.get((a, b))
        if guess is not None and both_likely:
            out.append(Relation(a, guess[0], b, round(guess[1], 3), False))
    return tuple(out)


def test_local_relations_are_those_of_the_plain_definition(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """On generated news (many events, times, kept guesses and learned labels), the relations
    ``build`` states are those of the definition asked pair by pair, in the same order."""
    import sys
    from pathlib import Path

    import timeline
    import timeline.pipeline as pipeline

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from generate_corpus import news_text

    calls = []
    real = pipeline.local_relations

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append((args, kwargs))
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "local_relations", recording)
    text = news_text(30_000, seed=3)
    tl = timeline.build(text, "2026-03-04", event_model="perceptron")
    (args, kwargs), = calls
    plain = _plain_local_relations(*args, **kwargs)
    assert real(*args, **kwargs) == plain
    assert len(plain) > 1000 and len({(r.certain, r.confidence) for r in plain}) > 5  # many kinds of answer were compared
    assert {r.relation for r in tl.relations} == set(R_LABELS)


R_LABELS = ("BEFORE", "AFTER", "INCLUDES", "IS_INCLUDED", "SIMULTANEOUS")


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from("abc"), st.dictionaries(st.sampled_from("abc"), st.tuples(st.sampled_from(R_LABELS), st.floats(0, 1)))),
       st.sampled_from("abcd"), st.sampled_from("abcd"))
def test_learned_label_from_each_side_s_own_labels(learned, a, b) -> None:  # type: ignore[no-untyped-def]
    """The learned label of a pair from what was predicted from each of its names: as predicted
    from ``a``, else the inverse of the label predicted from ``b``, else none."""
    from timeline.placement.relations import _INVERSE, _learned_of

    if b in learned.get(a, {}):
        expected = learned[a][b]
    elif a in learned.get(b, {}):
        expected = (_INVERSE[learned[b][a][0]], learned[b][a][1])
    else:
        expected = ("", 0.0)
    assert _learned_of(learned.get(a), learned.get(b), a, b) == expected


def _bounds(points: list[int]) -> "IntervalBounds":
    """Bounds from four hours of one day, ordered so that they describe a possible interval."""
    es, ls, ee, le = sorted(points)
    day = dt.datetime(2026, 5, 4)
    return IntervalBounds(day + dt.timedelta(hours=es), day + dt.timedelta(hours=ls),
                          day + dt.timedelta(hours=ee), day + dt.timedelta(hours=le))


_HOLDS = {
    "BEFORE": lambda a, b: a[1] <= b[0],
    "AFTER": lambda a, b: b[1] <= a[0],
    "IS_INCLUDED": lambda a, b: b[0] <= a[0] and a[1] <= b[1],
    "INCLUDES": lambda a, b: a[0] <= b[0] and b[1] <= a[1],
    "SIMULTANEOUS": lambda a, b: a == b,
}


@settings(max_examples=400, deadline=None)
@given(st.lists(st.integers(0, 23), min_size=4, max_size=4), st.lists(st.integers(0, 23), min_size=4, max_size=4),
       st.lists(st.floats(0, 1), min_size=4, max_size=4))
def test_the_relation_of_tight_bounds_holds_for_every_interval_inside_them(pa, pb, picks) -> None:  # type: ignore[no-untyped-def]
    """Whatever relation the bounds alone give holds for any start and end chosen inside them
    (an interval ending after it starts): read the wrong field and some choice breaks it."""
    a, b = _bounds(pa), _bounds(pb)
    relation = _by_tight_bounds(a, b)
    if relation is None:
        return

    def pick(bounds: IntervalBounds, u: float, v: float) -> tuple[dt.datetime, dt.datetime]:
        start = bounds.earliest_start + (bounds.latest_start - bounds.earliest_start) * u
        end = max(start, bounds.earliest_end) + (bounds.latest_end - max(start, bounds.earliest_end)) * v
        return start, end

    for u, v in ((0, 0), (1, 1), (0, 1), (1, 0), (picks[0], picks[1]), (picks[2], picks[3])):
        for x, y in ((0, 0), (1, 1), (1, 0), (0, 1), (picks[1], picks[2])):
            assert _HOLDS[relation](pick(a, u, v), pick(b, x, y)), (relation, a, b)


def test_tight_bounds_name_containment_either_way() -> None:
    day = dt.datetime(2026, 5, 4)
    h = lambda n: day + dt.timedelta(hours=n)  # noqa: E731
    inner, outer = IntervalBounds(h(10), h(11), h(12), h(13)), IntervalBounds(h(2), h(9), h(14), h(20))
    assert _by_tight_bounds(inner, outer) == "IS_INCLUDED"
    assert _by_tight_bounds(outer, inner) == "INCLUDES"
    assert _by_tight_bounds(IntervalBounds(h(1), h(2), h(3), h(4)), IntervalBounds(h(5), h(6), h(7), h(8))) == "BEFORE"
    assert _by_tight_bounds(IntervalBounds(h(5), h(6), h(7), h(8)), IntervalBounds(h(1), h(2), h(3), h(4))) == "AFTER"
    assert _by_tight_bounds(IntervalBounds(h(1), h(5), h(6), h(9)), IntervalBounds(h(3), h(4), h(7), h(8))) is None  # may overlap either way
