"""The ordering engine's bounds searches (``Engine._from_origin``, ``update_bounds``) with many
edges of reduced weight 0: the points such an edge reaches are expanded from a stack, not the
heap.  The bounds must still be the shortest distances to and from the origin, each point
expanded once, and ``update_bounds`` must count exactly the points whose bound moved."""

from __future__ import annotations

from collections import deque

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from timeline.order._engine import INF, Engine


def _plain(n: int, arcs: list[tuple[int, int, int]]) -> list[float]:
    """Bellman-Ford distances from point 0 (the test's oracle)."""
    dist: list[float] = [INF] * n
    dist[0] = 0
    for _ in range(n):
        for u, v, w in arcs:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
    return dist


@st.composite
def _graphs(draw: st.DrawFn) -> tuple[int, list[tuple[int, int, int]], list[tuple[int, int, int]]]:
    """(points, edges, later edges), feasible by construction: a drawn potential ``q`` and each
    weight ``q[v] - q[u]`` plus a slack that is mostly 0, so equal keys, zero reduced weights and
    points reached twice (a dearer route first) abound; the origin (0) has edges to and from
    some points, as bounds give it.  The later edges may close a negative cycle."""
    n = draw(st.integers(2, 10))
    q = draw(st.lists(st.integers(0, 6), min_size=n, max_size=n))
    slack = st.sampled_from([0, 0, 0, 1, 2, 5])

    def edge(u: int, v: int, extra: int) -> tuple[int, int, int]:
        return u, v, q[v] - q[u] + extra

    point = st.integers(0, n - 1)
    edges = [edge(u, v, x) for u, v, x in draw(st.lists(st.tuples(point, point, slack), max_size=26))]
    edges += [edge(0, v, x) for v, x in draw(st.lists(st.tuples(st.integers(1, n - 1), slack), max_size=4))]
    edges += [edge(v, 0, x) for v, x in draw(st.lists(st.tuples(st.integers(1, n - 1), slack), max_size=4))]
    later = [edge(u, v, x) for u, v, x in draw(st.lists(st.tuples(point, point, st.integers(-3, 2)), min_size=1, max_size=6))]
    return n, edges, later


def _engine(n: int, edges: list[tuple[int, int, int]]) -> Engine:
    engine = _feasible(n, edges)
    assume(engine is not None)  # a feasible potential p
    return engine  # type: ignore[return-value]


def _feasible(n: int, edges: list[tuple[int, int, int]]) -> "Engine | None":
    """An engine over points 0..n-1 with ``edges`` live and relaxed; None when they close a negative cycle."""
    engine = Engine()
    for _ in range(n - 1):
        engine.add_node()
    ids = engine.add_edges(edges, 0, active=True) if edges else []
    cycle = engine.relax(deque(dict.fromkeys(engine.edge_u[e] for e in ids)))
    return engine if cycle is None else None


def _arcs(engine: Engine) -> list[tuple[int, int, int]]:
    return [(u, v, w) for u, v, w, alive in zip(engine.edge_u, engine.edge_v, engine.edge_w, engine.edge_alive) if alive]


@settings(deadline=None, max_examples=400)
@given(_graphs())
def test_bounds_from_scratch_are_the_distances_each_point_expanded_once(graph) -> None:  # type: ignore[no-untyped-def]
    n, edges, _ = graph
    engine = _engine(n, edges)
    engine.recompute_bounds()
    arcs = _arcs(engine)
    assert engine.fwd == _plain(n, arcs)
    assert engine.bwd == _plain(n, [(v, u, w) for u, v, w in arcs])
    for adjacency, sign in ((engine.out, -1), (engine.inn, 1)):
        fresh: list[float] = [INF] * n
        fresh[0] = 0
        expanded = engine._from_origin(fresh, adjacency, sign)
        assert expanded == sum(d != INF for d in fresh) - 1


@settings(deadline=None, max_examples=400)
@given(_graphs())
def test_update_bounds_moves_them_to_the_distances_and_counts_the_points_moved(graph) -> None:  # type: ignore[no-untyped-def]
    n, edges, later = graph
    engine = _engine(n, edges)
    engine.recompute_bounds()
    for u, v, w in later:
        (e,) = engine.add_edges([(u, v, w)], 1, active=True)
        if engine.check_edge(e) is not None:
            engine.kill_edge(e)  # it closes a negative cycle: not kept
            continue
        fwd, bwd = list(engine.fwd), list(engine.bwd)
        touched = engine.update_bounds(e)
        arcs = _arcs(engine)
        assert engine.fwd == _plain(n, arcs)
        assert engine.bwd == _plain(n, [(y, x, c) for x, y, c in arcs])
        assert touched == sum(a != b for a, b in zip(fwd, engine.fwd)) + sum(a != b for a, b in zip(bwd, engine.bwd))


def test_a_chain_of_equal_points_behind_a_dearer_one() -> None:
    """Points 1 = 2 = 3 (zero both ways) hang off the origin at 5; point 4 is reached at 2 through
    a costlier-looking route: every bound is its distance, found once each."""
    engine = _feasible(6, [(0, 1, 5), (1, 2, 0), (2, 1, 0), (2, 3, 0), (3, 2, 0), (0, 4, 2), (4, 3, 1), (3, 5, 0), (1, 0, -1)])
    assert engine is not None
    engine.recompute_bounds()
    assert engine.fwd == [0, 3, 3, 3, 2, 3]  # 1, 2, 3 by way of 4 (2 + 1), not the origin's 5
    assert engine.bwd == [0, -1, -1, -1, 0, INF]  # 4 -> 3 -> 2 -> 1 -> origin: 1 + 0 + 0 - 1


def test_a_point_reached_twice_is_counted_once() -> None:
    """Origin -> 1 at 10, 1 -> 2 at 1, 1 -> 3 -> 2 at 0 + 0; a new origin -> 1 at 5 moves 1, 2 and 3
    to 5: three points touched, though 2 is first found at 6 (through the direct edge)."""
    engine = _feasible(4, [(0, 1, 10), (1, 2, 1), (1, 3, 0), (3, 2, 0)])
    assert engine is not None
    engine.recompute_bounds()
    assert engine.fwd == [0, 10, 10, 10]
    (e,) = engine.add_edges([(0, 1, 5)], 1, active=True)
    assert engine.check_edge(e) is None
    assert engine.update_bounds(e) == 3
    assert engine.fwd == [0, 5, 5, 5]
