"""Which start order `build` states for two events nothing in the text orders, and how the
timeline lists them (session 10: more right orders stated)."""

from __future__ import annotations

from typing import Callable, Iterator, Sequence

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
import timeline.relations as relations
from timeline.placement.listing import _start_sorted

# two events the text puts on the same day and orders in no other way
_SAME_DAY = "The council approved the plan on Monday. The mayor praised it on Monday."


@pytest.fixture
def learned(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., timeline.Timeline]]:
    """``build`` with what the relation models say of one pair of events set by the test."""

    def build(text: str, first: str, second: str, label: str, label_sure: float, start: str, start_sure: float) -> timeline.Timeline:
        real = relations.predict_relations

        def predict(doc, mentions, timexes, **kwargs):  # type: ignore[no-untyped-def]
            ids = {m.text: m.eid for m in mentions}
            out = []
            for p in real(doc, mentions, timexes, **kwargs):
                if (p.source, p.target) == (ids[first], ids[second]):
                    p = attrs.evolve(p, relation=label, confidence=label_sure, start_order=start, start_confidence=start_sure)
                    seen.append(p)
                out.append(p)
            return out

        seen: list[relations.PredictedRelation] = []

        monkeypatch.setattr(relations, "predict_relations", predict)
        try:
            tl = timeline.build(text, reference_time="2026-03-04", event_model="perceptron")
        finally:
            monkeypatch.setattr(relations, "predict_relations", real)
        assert len(seen) == 1, "the models are asked about the pair once, earlier mention first"
        return tl

    yield build


def _stated(tl: timeline.Timeline, a: str, b: str) -> list[tuple[str, str, str]]:
    ids = {e.text: e.eid for e in tl.events}
    words = {v: k for k, v in ids.items()}
    return [(words[r.source], r.relation, words[r.target]) for r in tl.relations if {r.source, r.target} == {ids[a], ids[b]}]


def test_a_containment_label_is_not_stated_against_the_start_order_model(learned) -> None:  # type: ignore[no-untyped-def]
    """The five-label model says SIMULTANEOUS, the start order model says the praise came first:
    two events do not start together when the model of their starts says otherwise."""
    tl = learned(_SAME_DAY, "approved", "praised", "SIMULTANEOUS", 0.9, "AFTER", 0.6)
    assert _stated(tl, "approved", "praised") == [("approved", "AFTER", "praised")]
    # when the start order model finds the starts equal, the label stands
    tl = learned(_SAME_DAY, "approved", "praised", "SIMULTANEOUS", 0.9, "EQUAL", 0.6)
    assert _stated(tl, "approved", "praised") == [("approved", "SIMULTANEOUS", "praised")]
    # and so does a containment that starts as the start order model says
    tl = learned(_SAME_DAY, "approved", "praised", "INCLUDES", 0.9, "BEFORE", 0.6)
    assert _stated(tl, "approved", "praised") == [("approved", "INCLUDES", "praised")]
    # the start order model leaves it open: no start is implied either way
    tl = learned(_SAME_DAY, "approved", "praised", "SIMULTANEOUS", 0.9, "VAGUE", 0.6)
    assert _stated(tl, "approved", "praised") == []


def test_a_kept_label_is_stated_only_as_the_start_order_model_has_it(learned) -> None:  # type: ignore[no-untyped-def]
    """A sure BEFORE/AFTER of the five-label model orders two starts of one sentence in the
    likely layer (and so the listing); the relation is stated only when the start order model
    agrees."""
    text = "The council approved the plan; the mayor praised it on Monday."  # (no "and": no sequence told, see test_order38)
    tl = learned(text, "approved", "praised", "AFTER", 0.9, "AFTER", 0.6)
    assert _stated(tl, "approved", "praised") == [("approved", "AFTER", "praised")]
    assert [e.text for e in tl.events] == ["praised", "approved"]
    tl = learned(text, "approved", "praised", "AFTER", 0.9, "VAGUE", 0.6)
    assert _stated(tl, "approved", "praised") == []
    assert [e.text for e in tl.events] == ["praised", "approved"]  # kept all the same
    tl = learned(text, "approved", "praised", "BEFORE", 0.9, "AFTER", 0.6)
    assert _stated(tl, "approved", "praised") == []
    tl = learned(text, "approved", "praised", "BEFORE", 0.9, "BEFORE", 0.6)
    assert _stated(tl, "approved", "praised") == [("approved", "BEFORE", "praised")]


def test_the_listing_shows_a_stated_order_against_the_order_told(learned) -> None:  # type: ignore[no-untyped-def]
    """Two events on one day, the later-told one started first by a guess too unsure to shape
    the timeline but sure enough to be stated: it is stated, and the timeline lists them so."""
    tl = learned(_SAME_DAY, "approved", "praised", "BEFORE", 0.3, "AFTER", 0.6)
    assert _stated(tl, "approved", "praised") == [("approved", "AFTER", "praised")]
    assert [e.text for e in tl.events] == ["praised", "approved"]
    # the same guess in the order told changes nothing in the listing
    tl = learned(_SAME_DAY, "approved", "praised", "BEFORE", 0.3, "BEFORE", 0.6)
    assert _stated(tl, "approved", "praised") == [("approved", "BEFORE", "praised")]
    assert [e.text for e in tl.events] == ["approved", "praised"]
    # too unsure to be stated: neither stated nor listed against the text
    tl = learned(_SAME_DAY, "approved", "praised", "BEFORE", 0.3, "AFTER", 0.4)
    assert _stated(tl, "approved", "praised") == []
    assert [e.text for e in tl.events] == ["approved", "praised"]


def test_start_sorted_takes_orders_in_rank_and_skips_one_closing_a_cycle() -> None:
    run = ["a", "b", "c", "d"]
    assert _start_sorted(run, []) == run
    assert _start_sorted(run, [("b", "a")]) == ["b", "a", "c", "d"]
    # c before a, a before b: both moved, d stays
    assert _start_sorted(run, [("c", "a"), ("a", "b")]) == ["c", "a", "b", "d"]
    # a cycle: the last-ranked of its orders is the one skipped
    assert _start_sorted(run, [("b", "c"), ("c", "a"), ("a", "b")]) == ["b", "c", "a", "d"]
    assert _start_sorted(run, [("a", "b"), ("b", "c"), ("c", "a")]) == run


def _closes_cycle(taken: Sequence[tuple[str, str]], a: str, b: str) -> bool:
    """Whether ``b`` reaches ``a`` over ``taken`` (the plain definition)."""
    seen, stack = {b}, [b]
    while stack:
        n = stack.pop()
        if n == a:
            return True
        for x, y in taken:
            if x == n and y not in seen:
                seen.add(y)
                stack.append(y)
    return False


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 9).flatmap(lambda n: st.tuples(st.permutations([f"e{k}" for k in range(n)]),
                                                      st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=25))))
def test_start_sorted_respects_every_order_it_takes(case) -> None:  # type: ignore[no-untyped-def]
    """The result holds the same events; every order is respected unless those ranked before it
    (and taken) already put its two events the other way round; with every order agreeing with
    the run, the run is unchanged."""
    run, picks = case
    edges = [(run[i], run[j]) for i, j in picks if i != j]
    out = _start_sorted(list(run), edges)
    assert sorted(out) == sorted(run)
    pos = {n: i for i, n in enumerate(out)}
    taken: list[tuple[str, str]] = []
    for a, b in edges:
        if not _closes_cycle(taken, a, b):
            taken.append((a, b))
            assert pos[a] < pos[b], (a, b)
    agreeing = [(a, b) for a, b in edges if run.index(a) < run.index(b)]
    assert _start_sorted(list(run), agreeing) == list(run)


def test_start_sorted_on_a_long_run_moves_only_what_it_must() -> None:
    """A long run (a day of a long text) with local orders, some against the run: each one
    against it is respected, and events no order touches keep their places."""
    run = [f"e{k}" for k in range(20_000)]
    edges = []
    for k in range(0, 20_000 - 3, 3):
        edges.append((run[k], run[k + 1]))
        if k % 2:
            edges.append((run[k + 2], run[k]))  # the third told started first
    out = _start_sorted(run, edges)
    pos = {n: i for i, n in enumerate(out)}
    assert all(pos[a] < pos[b] for a, b in edges)
    assert out[-2:] == run[-2:] and out[:3] == run[:3]


def test_a_possibility_with_no_likely_interval_is_ordered_by_a_stated_guess(learned) -> None:  # type: ignore[no-untyped-def]
    """ "Might cut jobs" gets no likely interval, but the start order model may still place its
    start against the warning's, as MATRES annotators do; the guess is stated when sure enough."""
    text = "The union warned on Monday that the company might cut jobs."
    tl = learned(text, "warned", "cut", "BEFORE", 0.3, "AFTER", 0.6)
    assert next(e for e in tl.events if e.text == "cut").likely_start is None
    assert _stated(tl, "warned", "cut") == [("warned", "AFTER", "cut")]
    assert [(r.confidence, r.certain) for r in tl.relations if r.relation == "AFTER"] == [(0.6, False)]
    tl = learned(text, "warned", "cut", "BEFORE", 0.3, "BEFORE", 0.7)
    assert _stated(tl, "warned", "cut") == [("warned", "BEFORE", "cut")]
    tl = learned(text, "warned", "cut", "BEFORE", 0.9, "BEFORE", 0.4)
    assert _stated(tl, "warned", "cut") == []  # the five-label model is no start order
    # two possibilities: ordered the same way
    tl = learned("The company might close the plant and could cut jobs, the union warned on Monday.", "close", "cut", "BEFORE", 0.3, "BEFORE", 0.6)
    assert [e.likely_start for e in tl.events if e.text in ("close", "cut")] == [None, None]
    assert _stated(tl, "close", "cut") == [("close", "BEFORE", "cut")]
    tl = learned("The company might close the plant and could cut jobs, the union warned on Monday.", "close", "cut", "BEFORE", 0.3, "AFTER", 0.6)
    assert _stated(tl, "close", "cut") == [("close", "AFTER", "cut")]


def test_a_negated_event_gets_no_guessed_order(learned) -> None:  # type: ignore[no-untyped-def]
    """What did not happen did not start: only what the text entails is stated of it."""
    tl = learned("The company did not close the plant, the union said on Monday.", "close", "said", "BEFORE", 0.9, "BEFORE", 0.9)
    assert next(e for e in tl.events if e.text == "close").negated
    assert _stated(tl, "close", "said") == []
