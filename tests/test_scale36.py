"""Helper scale (session 36): the ordering engine's memory shape and its array passes keep their answers."""

from __future__ import annotations

import gc
import importlib
import random

import numpy as np
from hypothesis import given, settings

from timeline.order import strategies as ost
from timeline.order._engine import Engine
from timeline.order.result import _array_classes

O = importlib.import_module("timeline.order")


def _partition(labels: list[int]) -> set[frozenset[int]]:
    """The classes a labelling makes, as sets of points."""
    out: dict[int, set[int]] = {}
    for point, label in enumerate(labels):
        out.setdefault(label, set()).add(point)
    return {frozenset(c) for c in out.values()}


def _components(n: int, pairs: list[tuple[int, int]]) -> set[frozenset[int]]:
    """Connected components by a plain search (the test's own)."""
    neighbours: dict[int, set[int]] = {i: set() for i in range(n)}
    for u, v in pairs:
        neighbours[u].add(v)
        neighbours[v].add(u)
    seen: set[int] = set()
    out = set()
    for start in range(n):
        if start in seen:
            continue
        stack, members = [start], {start}
        while stack:
            for y in neighbours[stack.pop()] - members:
                members.add(y)
                stack.append(y)
        seen |= members
        out.add(frozenset(members))
    return out


def test_array_classes_are_the_connected_components_each_named_by_its_least_point() -> None:
    """Random graphs, long chains given in the worst order (each pair joining the chain's far end)
    and stars: the classes are the components, and each point's class is the least point of its own."""
    rng = random.Random(36)
    cases = []
    for _ in range(300):
        n = rng.randint(1, 50)
        cases.append((n, [(rng.randrange(n), rng.randrange(n)) for _ in range(rng.randint(0, 70))]))
    cases.append((200, [(k + 1, k) for k in range(199)][::-1]))  # a chain, from its far end
    cases.append((200, [(k, 199 - k) for k in range(100)] + [(k, k + 1) for k in range(0, 198, 2)]))  # a zigzag
    cases.append((60, [(59, k) for k in range(59)]))  # a star on the last point
    for n, pairs in cases:
        u = np.array([a for a, _ in pairs], dtype=np.int64)
        v = np.array([b for _, b in pairs], dtype=np.int64)
        labels = _array_classes(n, u, v).tolist()
        assert _partition(labels) == _components(n, pairs)
        assert all(labels[p] == min(c) for c in _partition(labels) for p in c)


def test_engine_adjacency_holds_no_tracked_object() -> None:
    """The adjacency dicts hold edge ids and points only (ints): the cyclic collector does not
    track them, in the live engine or in a result's snapshot, and searches read the weights."""
    engine = Engine()
    a, b, c = engine.add_node(), engine.add_node(), engine.add_node()
    edges = engine.add_edges([(0, a, 100), (a, 0, -10), (a, b, 5), (b, c, 7), (c, a, 3)], 0)
    assert engine.relax(engine.violated_tails(edges)) is None
    engine.recompute_bounds()
    for adjacency in (engine.out, engine.inn, engine.snapshot().out):
        assert all(not gc.is_tracked(d) for d in adjacency)
    assert engine.fwd[c] == 112 and engine.bwd[c] == -7  # latest 100 + 5 + 7; earliest 10 - 3 (a is at most 3 after c)
    found = engine.distances_from(a, {c})
    assert (found[b], found[c]) == (5, 12)


def test_result_classes_of_a_run_of_equal_events_and_a_pinned_day() -> None:
    """A run of simultaneous mentions is one class of equal points (no search along it); a
    pinned point is in no component; an unrelated pair stays apart."""
    run = [f"m{i}" for i in range(30)]
    facts = [f for x, y in zip(run, run[1:]) for f in O.simultaneous(x, y)]
    facts += [*O.before("x", "y"), *O.before("m29", "late")]
    result = O.order(facts)
    eq, comp = result._equal(), result._components()
    nodes = result._intervals
    starts = {eq[nodes[m][0]] for m in run}
    assert len(starts) == 1 and len({eq[nodes[m][1]] for m in run}) == 1
    assert eq[nodes["x"][0]] != eq[nodes["y"][0]]
    assert comp[nodes["x"][1]] == comp[nodes["y"][0]] != comp[nodes["m0"][0]]
    assert comp[0] == -1  # the origin
    assert result.relation("m0", "m29") == "SIMULTANEOUS" and result.relation("m0", "late") == "BEFORE"


def test_a_search_cut_short_is_kept_and_not_run_again(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A listing's budgeted search that stops before it is done leaves the pair open, and asking
    about the same pair again answers the same without searching again (nor does a finished one)."""
    from timeline.order import _engine

    run = [f"m{i}" for i in range(60)]
    facts = [f for x, y in zip(run, run[1:]) for f in O.before(x, y)]
    facts += [f for x, y in zip(run, run[1:]) for f in O.before(f"{x}b", f"{y}b")]
    facts += [*O.before("m0", "m0b"), *O.before("m59b", "tail")]
    result = O.order(facts)
    calls = []
    search = _engine.Engine.nonpositive_targets

    def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args[0])
        return search(self, *args, **kwargs)

    monkeypatch.setattr(_engine.Engine, "nonpositive_targets", counted)
    short = result.relation_function(budget=4)
    full = result.relation_function()
    first = [short("m0", "m59b"), full("m0", "m59b"), short("m1", "m2b")]
    asked = len(calls)
    assert asked >= 2 and first[0] is None and first[1] == "BEFORE"  # only a search finds it; four points are too few
    assert [short("m0", "m59b"), full("m0", "m59b"), short("m1", "m2b")] == first
    assert len(calls) == asked  # all three kept


def _sorted_by_pairs(result, names):  # type: ignore[no-untyped-def]
    """The listing as it was sorted before: four (flag, datetime) pairs per name (the test's copy)."""
    from timeline.order.result import _key_high, _key_low

    keys = {}
    for name in names:
        b = result.bounds[name]
        keys[name] = (_key_low(b.earliest_start), _key_high(b.latest_start), _key_low(b.earliest_end), _key_high(b.latest_end))
    seq = sorted(names, key=lambda n: (keys[n], n))
    out, i = [], 0
    while i < len(seq):
        j = i + 1
        while j < len(seq) and keys[seq[j]] == keys[seq[i]]:
            j += 1
        out.extend(result._topological(seq[i:j]) if j - i > 1 else seq[i:j])
        i = j
    return out


@settings(deadline=None, max_examples=300)
@given(ost.networks(max_intervals=8, max_facts=16, span=4))
def test_listing_sorted_by_bound_ranks_is_the_listing_by_bounds(facts) -> None:  # type: ignore[no-untyped-def]
    """Bounds as ranks among the distinct bounds (open ends first or last) sort the intervals as the
    bounds themselves do, ties and their exact order included."""
    result = O.order(facts)
    names = list(result.intervals)
    assert result._sorted(names) == _sorted_by_pairs(result, names)
    assert result._sorted(names[::-1]) == _sorted_by_pairs(result, names[::-1])


def test_listing_ranks_open_bounds_and_a_day_shared() -> None:
    """An interval with no earliest start lists first, one with no latest end after those that
    have one with the same start; two equal intervals keep the exact order of a search."""
    import datetime as dt

    day = dt.datetime(2026, 3, 4)
    facts = [*O.bounded("pinned", day, day + dt.timedelta(hours=1)), *O.before("open", "pinned"),
             *O.bounded("late", day, None), *O.bounded("same", day, day + dt.timedelta(hours=1)), *O.before("pinned", "same")]
    result = O.order(facts)
    names = list(result.intervals)
    assert result._sorted(names) == _sorted_by_pairs(result, names)
    assert result._sorted(names)[0] == "open"
