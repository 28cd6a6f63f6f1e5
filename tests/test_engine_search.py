"""The engine's incremental search against from-scratch shortest paths, and groups() against pairwise before.

``Engine.check_edge`` searches from both ends of a new edge; these properties pin what it must
still compute: the same potential update as a from-scratch computation, a cycle exactly when
one exists, and (with ``shortest``) a most negative cycle through the new edge.
"""

from __future__ import annotations

import importlib
from typing import Optional

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.order import strategies as ost
from timeline.order._engine import Engine

O = importlib.import_module("timeline.order")

INF = float("inf")


def _distances(n: int, edges: list[tuple[int, int, int]]) -> list[list[float]]:
    """All-pairs shortest distances (Floyd-Warshall); the graph must have no negative cycle."""
    d = [[0 if i == j else INF for j in range(n)] for i in range(n)]
    for a, b, w in edges:
        d[a][b] = min(d[a][b], w)
    for k in range(n):
        dk = d[k]
        for i in range(n):
            dik = d[i][k]
            if dik == INF:
                continue
            di = d[i]
            for j in range(n):
                if dik + dk[j] < di[j]:
                    di[j] = dik + dk[j]
    return d


def _has_negative_cycle(n: int, edges: list[tuple[int, int, int]]) -> bool:
    """Bellman-Ford from a virtual source joined to every point."""
    dist = [0] * n
    for _ in range(n):
        changed = False
        for a, b, w in edges:
            if dist[a] + w < dist[b]:
                dist[b] = dist[a] + w
                changed = True
        if not changed:
            return False
    return True


def _live(engine: Engine, but: Optional[int] = None) -> list[tuple[int, int, int]]:
    return [(engine.edge_u[e], engine.edge_v[e], engine.edge_w[e]) for e in range(len(engine.edge_u)) if engine.edge_alive[e] and e != but]


edge_lists = st.integers(2, 7).flatmap(
    lambda n: st.tuples(
        st.just(n),
        st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1), st.integers(-6, 6)), min_size=1, max_size=30),
        st.lists(st.integers(0, 1000), min_size=30, max_size=30),
    )
)


@settings(deadline=None, max_examples=400)
@given(edge_lists, st.booleans())
def test_check_edge_matches_from_scratch(case, shortest: bool) -> None:  # type: ignore[no-untyped-def]
    """Each added edge: a cycle iff the live graph has a negative one; otherwise the potential
    becomes min(old, old[tail] + w + dist(head, .)), as a from-scratch search gives."""
    n, edges, picks = case
    engine = Engine()
    for _ in range(n - 1):
        engine.add_node()
    for k, (a, b, w) in enumerate(edges):
        e = engine.add_edge(a, b, w, k)
        while engine.edge_alive[e]:
            old = list(engine.p)
            others = _live(engine, but=e)
            cycle = engine.check_edge(e, shortest=shortest)
            if cycle is None:
                assert not _has_negative_cycle(n, others + [(a, b, w)])
                d = _distances(n, others)
                assert engine.p == [min(old[x], old[a] + w + d[b][x]) for x in range(n)]
                break
            assert _has_negative_cycle(n, others + [(a, b, w)])
            assert engine.p == old  # unchanged when refusing
            assert cycle[-1] == e and all(engine.edge_alive[c] for c in cycle)
            tails = [engine.edge_u[c] for c in cycle]
            assert len(set(tails)) == len(tails)  # simple
            assert all(engine.edge_v[c] == tails[(i + 1) % len(cycle)] for i, c in enumerate(cycle))  # closed
            weight = sum(engine.edge_w[c] for c in cycle)
            assert weight < 0
            if shortest:
                assert weight == w + _distances(n, others)[b][a]  # a most negative cycle through e
            engine.kill_edge(cycle[picks[k] % len(cycle)])  # drop one, as the network does, and go on


@settings(deadline=None, max_examples=300)
@given(ost.networks(max_intervals=6, max_facts=14, span=6))
def test_groups_are_the_finest_cut_of_the_order(facts) -> None:  # type: ignore[no-untyped-def]
    """groups() cuts the order exactly where everything before the cut is definitely before everything after."""
    result = O.order(facts)
    names = list(result.intervals)
    if not names:
        return
    seq = result.linear_order(names)
    expected: list[tuple[str, ...]] = []
    current: list[str] = []
    for i, name in enumerate(seq):
        current.append(name)
        if all(result.before(a, b) for a in seq[: i + 1] for b in seq[i + 1 :]):
            expected.append(tuple(current))
            current = []
    assert result.groups() == tuple(expected)


def test_order_keeps_intervals_that_are_mutually_before() -> None:
    """Two instants forced to the same moment are each before the other: both are listed, by name."""
    facts = [*O.simultaneous("b", "a"), *O.instant("a"), *O.instant("c"), *O.before("c", "a")]
    result = O.order(facts)
    assert result.before("a", "b") and result.before("b", "a")
    assert result.ordered() == ("c", "a", "b")


def test_relations_along_a_long_run_of_equal_events() -> None:
    """One event mentioned again and again (each mention simultaneous with the last) is the same
    moment throughout the run, but an event merely before the next one is not simultaneous with it."""
    run = [f"m{i}" for i in range(60)]
    facts = [f for a, b in zip(run, run[1:]) for f in O.simultaneous(a, b)]
    facts += [*O.before("m59", "later"), *O.before("earlier", "m0"), *O.before("x", "y")]
    result = O.order(facts)
    assert result.relation("m0", "m59") == "SIMULTANEOUS"
    assert result.relation("m59", "m0") == "SIMULTANEOUS"
    assert result.relation("m30", "later") == "BEFORE"
    assert result.relation("later", "m0") == "AFTER"
    assert result.relation("earlier", "later") == "BEFORE"
    assert result.relation("x", "y") == "BEFORE"
    assert result.relation("y", "x") == "AFTER"


@settings(deadline=None, max_examples=300)
@given(st.lists(st.lists(ost.facts(4, span=6), min_size=1, max_size=3), min_size=1, max_size=12), st.lists(st.integers(0, 10), max_size=12))
def test_try_add_keeps_a_trial_exactly_when_it_agrees_and_the_bounds_stay_exact(trials, peeks) -> None:  # type: ignore[no-untyped-def]
    """Each trial is kept exactly when a network of what was kept plus the trial has no conflict,
    and after every trial (kept or refused) the bounds are those of a network built from scratch
    from what was kept, whether or not they were asked for in between (refusals by the bounds
    alone rely on them being exact)."""
    network = O.Network(origin=ost.ORIGIN)
    kept: list = []
    for k, trial in enumerate(trials):
        fresh = O.Network(kept + list(trial), origin=ost.ORIGIN)
        assert network.try_add(trial) == (not fresh.conflicts)
        if not fresh.conflicts:
            kept += list(trial)
        if k in peeks or k == len(trials) - 1:
            expected = O.Network(kept, origin=ost.ORIGIN)
            for name in network.intervals:
                assert network.bounds(name) == (expected.bounds(name) if name in expected.intervals else O.IntervalBounds(None, None, None, None))
