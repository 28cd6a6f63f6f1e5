"""The batch queries of an ordering result agree with the one-pair queries they stand in for."""

from __future__ import annotations

import importlib

from hypothesis import given, settings

from timeline.order import strategies as ost

O = importlib.import_module("timeline.order")


@settings(deadline=None, max_examples=300)
@given(ost.networks(max_intervals=6, max_facts=14, span=6))
def test_relations_of_is_relation_for_every_pair(facts) -> None:  # type: ignore[no-untyped-def]
    """``relations_of`` compares the bounds of all pairs at once and searches only the rest:
    for every ordered pair (enough of them to take the batch path) it says what ``relation`` says."""
    result = O.order(facts)
    names = list(result.intervals)
    pairs = [(a, b) for a in names for b in names] * 4
    assert result.relations_of(pairs) == [result.relation(a, b) for a, b in pairs]
    function = result.relation_function()
    assert [function(a, b) for a, b in pairs] == [result.relation(a, b) for a, b in pairs]


def test_relations_of_a_long_run_of_equal_events() -> None:
    """Points made equal by a run of simultaneous mentions, an order only a search finds, and
    pairs the bounds decide: the batch answers as the pair query does."""
    run = [f"m{i}" for i in range(40)]
    facts = [f for a, b in zip(run, run[1:]) for f in O.simultaneous(a, b)]
    facts += [*O.before("m39", "later"), *O.before("earlier", "m0"), *O.before("x", "y"), *O.includes("y", "z")]
    result = O.order(facts)
    names = list(result.intervals)
    pairs = [(a, b) for a in names for b in names]
    got = result.relations_of(pairs)
    assert got == [result.relation(a, b) for a, b in pairs]
    assert got[pairs.index(("m0", "m39"))] == "SIMULTANEOUS" and got[pairs.index(("earlier", "later"))] == "BEFORE"


@settings(deadline=None, max_examples=100)
@given(ost.networks(max_intervals=5, max_facts=10, span=6))
def test_last_result_is_the_result(facts) -> None:  # type: ignore[no-untyped-def]
    """The snapshot that shares the network's state has the bounds, conflicts and relations of the copying one."""
    network = O.Network(facts, origin=ost.ORIGIN)
    copied = network.result()
    shared = network.last_result()
    names = list(copied.intervals)
    assert dict(shared.bounds) == dict(copied.bounds) and shared.conflicts == copied.conflicts
    assert [shared.relation(a, b) for a in names for b in names] == [copied.relation(a, b) for a in names for b in names]


def test_point_classes_are_the_connected_components() -> None:
    """The union-find behind a result's components and equal classes (written out for speed)
    gives each point a representative of its connected component, one per component."""
    import random

    from timeline.order.result import _classes

    rng = random.Random(3)
    for _ in range(200):
        n = rng.randint(1, 40)
        pairs = [(rng.randrange(n), rng.randrange(n)) for _ in range(rng.randint(0, 60))]
        roots = _classes(n, iter(pairs))
        neighbours: dict[int, set[int]] = {i: set() for i in range(n)}
        for u, v in pairs:
            neighbours[u].add(v)
            neighbours[v].add(u)
        seen: dict[int, int] = {}
        for start in range(n):
            if start in seen:
                continue
            stack, members = [start], {start}
            while stack:
                for y in neighbours[stack.pop()] - members:
                    members.add(y)
                    stack.append(y)
            (root,) = {roots[x] for x in members}  # one representative per component ...
            assert root in members and roots[root] == root
            seen.update(dict.fromkeys(members, root))
        assert len(set(seen.values())) == len(set(roots))  # ... and a different one for each


@settings(deadline=None, max_examples=300)
@given(ost.networks(max_intervals=7, max_facts=18, span=6))
def test_bounds_from_the_origin_are_the_distances_each_point_expanded_once(facts) -> None:  # type: ignore[no-untyped-def]
    """The bounds a result reads are the shortest distances to and from the origin (Bellman-Ford
    over the live edges, in the test), found expanding each reachable point once."""
    network = O.Network(facts, origin=ost.ORIGIN)
    network.result()  # the bounds computed from scratch
    engine = network._engine
    n = len(engine.p)
    live = [(u, v, w) for u, v, w, alive in zip(engine.edge_u, engine.edge_v, engine.edge_w, engine.edge_alive) if alive]
    inf = float("inf")
    for dist, arcs in ((engine.fwd, live), (engine.bwd, [(v, u, w) for u, v, w in live])):
        plain = [inf] * n
        plain[0] = 0
        for _ in range(n):
            for u, v, w in arcs:
                if plain[u] + w < plain[v]:
                    plain[v] = plain[u] + w
        assert dist == plain
    for edges, sign, bounds in ((engine.out, -1, engine.fwd), (engine.inn, 1, engine.bwd)):
        fresh = [inf] * n
        fresh[0] = 0
        expanded = engine._from_origin(fresh, edges, sign)
        assert fresh == bounds and expanded == sum(d != inf for d in fresh) - 1


@settings(deadline=None, max_examples=300)
@given(ost.networks(max_intervals=7, max_facts=18, span=3))
def test_equal_classes_are_joined_by_edges_of_weight_at_most_zero_both_ways(facts) -> None:  # type: ignore[no-untyped-def]
    """Two points share a class exactly when a chain of point pairs, each with live edges of
    weight <= 0 both ways, joins them (a search in the test)."""
    result = O.order(facts)
    engine = result._engine
    n = len(engine.p)
    tight = {(u, v) for u, v, w, alive in zip(engine.edge_u, engine.edge_v, engine.edge_w, engine.edge_alive) if alive and w <= 0}
    neighbours: dict[int, set[int]] = {x: set() for x in range(n)}
    for u, v in tight:
        if (v, u) in tight and u != v:
            neighbours[u].add(v)
            neighbours[v].add(u)
    eq = result._equal()
    for x in range(n):
        members, stack = {x}, [x]
        while stack:
            for y in neighbours[stack.pop()] - members:
                members.add(y)
                stack.append(y)
        assert {y for y in range(n) if eq[y] == eq[x]} == members


@settings(deadline=None, max_examples=300)
@given(ost.networks(max_intervals=7, max_facts=18, span=3))
def test_components_leave_out_the_origin_and_the_pinned_points(facts) -> None:  # type: ignore[no-untyped-def]
    """A result's components: -1 for the origin and every point whose bounds pin it, and for the
    others one class per set joined by live edges that avoid those points (a search in the test)."""
    result = O.Network(facts, origin=ost.ORIGIN).result()
    engine = result._engine
    n = len(engine.p)
    inf = float("inf")
    pinned = {0} | {x for x in range(n) if engine.fwd[x] != inf and engine.fwd[x] == -engine.bwd[x]}
    neighbours: dict[int, set[int]] = {x: set() for x in range(n)}
    for u, v, alive in zip(engine.edge_u, engine.edge_v, engine.edge_alive):
        if alive and u not in pinned and v not in pinned:
            neighbours[u].add(v)
            neighbours[v].add(u)
    comp = result._components()
    assert {x for x in range(n) if comp[x] == -1} == pinned
    for x in set(range(n)) - pinned:
        members, stack = {x}, [x]
        while stack:
            for y in neighbours[stack.pop()] - members:
                members.add(y)
                stack.append(y)
        assert {y for y in range(n) if comp[y] == comp[x]} == members


@settings(deadline=None, max_examples=100)
@given(ost.networks(max_intervals=5, max_facts=10, span=6), ost.networks(max_intervals=6, max_facts=14, span=6))
def test_a_result_answers_the_same_after_the_network_grows(facts, more) -> None:  # type: ignore[no-untyped-def]
    """A result is a snapshot: facts added to its network afterwards (new edges, dropped ones)
    change none of its relations, groups or pairwise differences."""
    network = O.Network(facts, origin=ost.ORIGIN)
    snap = network.result()
    names = list(snap.intervals)
    pairs = [(a, b) for a in names for b in names] * 4

    def answers():  # type: ignore[no-untyped-def]
        return ([snap.relation(a, b) for a, b in pairs], snap.relations_of(pairs), snap.groups(),
                [snap.difference(a, b) for a, b in pairs[: len(names) ** 2]])

    before = answers()
    snap._lazy.clear()
    for fact in more:
        network.add(fact)
    network.result()
    assert answers() == before


@settings(deadline=None, max_examples=1500)
@given(ost.networks(max_intervals=6, max_facts=14, span=6))
def test_relations_of_with_a_budget_says_what_relation_says_or_leaves_it_open(facts) -> None:  # type: ignore[no-untyped-def]
    """With a search budget a pair may be left open, never given another relation."""
    result = O.order(facts)
    names = list(result.intervals)
    pairs = [(a, b) for a in names for b in names] * 4
    exact = [result.relation(a, b) for a, b in pairs]
    for budget in (1, 3):
        listed = result.relations_of(pairs, budget=budget)
        assert all(got is None or got == want for got, want in zip(listed, exact))


def test_a_budget_leaves_open_an_order_only_a_long_search_proves() -> None:
    """A run of 40 simultaneous mentions with an order at its far end: the search walks the run, so
    a budget of 5 points leaves the pair open; the exact query and the listing's budget decide it."""
    R = importlib.import_module("timeline.order.result")
    run = [f"m{i}" for i in range(40)]
    facts = [f for a, b in zip(run, run[1:]) for f in O.simultaneous(a, b)]
    facts += [*O.before("m39", "later"), *O.before("x", "y")]
    result = O.order(facts)
    names = list(result.intervals)
    pairs = [(a, b) for a in names for b in names]
    k = pairs.index(("m0", "later"))
    assert result.relation("m0", "later") == "BEFORE"
    assert result.relations_of(pairs)[k] == "BEFORE"
    assert result.relations_of(pairs, budget=R.LISTING_SEARCH_BUDGET)[k] == "BEFORE"
    assert result.relations_of(pairs, budget=5)[k] is None
