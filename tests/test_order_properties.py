"""Properties of the ordering engine, checked against brute force on small integer networks.

Every generated network is boxed (each point within [0, span] seconds of the origin), so
the satisfying integer assignments can be enumerated; with integer offsets an STN has a
real solution exactly when it has an integer one, so enumeration is an exact oracle.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterator, Optional

from hypothesis import given, settings
from hypothesis import strategies as st

import importlib

O = importlib.import_module("timeline.order")  # the package (timeline.order may be re-exported as the function)
from timeline.order import strategies as ost
from timeline.order.constraints import Constraint, Side

PROPS = settings(deadline=None)
SPAN = 3


def _seconds(td: Optional[dt.timedelta]) -> Optional[int]:
    return None if td is None else int(td.total_seconds())


def _at(when: Optional[dt.datetime]) -> Optional[int]:
    return None if when is None else int((when - ost.ORIGIN).total_seconds())


def solutions(n: int, facts: list, span: int = SPAN) -> Iterator[dict]:
    """Every integer assignment of the 2n points in [0, span] satisfying ``facts`` and start <= end."""
    points = [(f"i{k}", side) for k in range(n) for side in Side]
    pos = {p: i for i, p in enumerate(points)}
    checks: list[list] = [[] for _ in points]  # checked when the later of its points is assigned
    for k in range(n):
        checks[pos[(f"i{k}", Side.END)]].append((pos[(f"i{k}", Side.START)], pos[(f"i{k}", Side.END)], 0, None))
    for f in facts:
        if isinstance(f, Constraint):
            s, t = pos[(f.source.interval, f.source.side)], pos[(f.target.interval, f.target.side)]
            checks[max(s, t)].append((s, t, _seconds(f.min), _seconds(f.max)))
        else:
            v = pos[(f.point.interval, f.point.side)]
            checks[v].append((-1, v, _at(f.earliest), _at(f.latest)))
    values = [0] * len(points)

    def ok(i: int) -> bool:
        for s, t, lo, hi in checks[i]:
            diff = values[t] - (0 if s < 0 else values[s])
            if (lo is not None and diff < lo) or (hi is not None and diff > hi):
                return False
        return True

    def rec(i: int) -> Iterator[dict]:
        if i == len(points):
            yield {p: values[j] for p, j in pos.items()}
            return
        for x in range(span + 1):
            values[i] = x
            if ok(i):
                yield from rec(i + 1)

    yield from rec(0)


def kept(facts: list, result: O.OrderResult) -> list:
    dropped = [c.dropped for c in result.conflicts]
    out = []
    for f in facts:
        if f in dropped:
            dropped.remove(f)
        else:
            out.append(f)
    return out


def seconds_bounds(result: O.OrderResult, n: int) -> dict:
    out = {}
    for k in range(n):
        b = result[f"i{k}"]
        out[(f"i{k}", Side.START)] = (_at(b.earliest_start), _at(b.latest_start))
        out[(f"i{k}", Side.END)] = (_at(b.earliest_end), _at(b.latest_end))
    return out


@PROPS
@given(ost.boxed_networks(span=SPAN))
def test_order_soundness(case):
    """Every assignment satisfying the kept constraints lies within every reported bound."""
    n, facts = case
    result = O.order(facts)
    bounds = seconds_bounds(result, n)
    for sol in solutions(n, kept(facts, result)):
        for point, (lo, hi) in bounds.items():
            assert lo <= sol[point] <= hi


@PROPS
@given(ost.boxed_networks(span=SPAN))
def test_order_tightness(case):
    """Each reported bound is attained by some assignment satisfying the kept constraints."""
    n, facts = case
    result = O.order(facts)
    sols = list(solutions(n, kept(facts, result)))
    assert sols, "the kept constraints must be satisfiable"
    for point, (lo, hi) in seconds_bounds(result, n).items():
        assert min(s[point] for s in sols) == lo
        assert max(s[point] for s in sols) == hi


@PROPS
@given(ost.boxed_networks(span=SPAN))
def test_order_inconsistency_reported_iff_no_assignment(case):
    """Conflicts are reported (batch and incremental) exactly when no assignment satisfies all constraints."""
    n, facts = case
    feasible = next(solutions(n, facts), None) is not None
    assert (not O.order(facts).conflicts) == feasible
    network = O.Network()
    for f in facts:
        network.add(f)
    assert (not network.conflicts) == feasible


@PROPS
@given(ost.networks(max_intervals=4, max_facts=10))
def test_order_conflicts_are_irreducible(facts):
    """Each reported conflict is infeasible as a whole, and feasible once any one stated constraint is removed.

    (The implicit ``start <= end`` of an interval may be part of a conflict; it cannot be removed.)
    """
    for conflict in O.order(facts).conflicts:
        assert O.order(conflict.constraints).conflicts
        assert conflict.dropped in conflict.constraints
        assert conflict.dropped.strength < O.STRUCTURAL_STRENGTH
        for i, c in enumerate(conflict.constraints):
            if c.strength == O.STRUCTURAL_STRENGTH:
                continue
            rest = conflict.constraints[:i] + conflict.constraints[i + 1 :]
            assert not O.order(rest).conflicts


@PROPS
@given(ost.networks(max_intervals=4, max_facts=10).flatmap(lambda fs: st.tuples(st.just(fs), st.permutations(fs))))
def test_order_insertion_order_independent(pair):
    """For consistent constraints the bounds do not depend on insertion order, nor on batch vs incremental adding."""
    facts, shuffled = pair
    first = O.order(facts, origin=ost.ORIGIN)
    if first.conflicts:
        return
    assert dict(O.order(shuffled, origin=ost.ORIGIN).bounds) == dict(first.bounds)
    network = O.Network(origin=ost.ORIGIN)
    for f in shuffled:
        network.add(f)
    assert dict(network.result().bounds) == dict(first.bounds)


def _within(inner: O.IntervalBounds, outer: O.IntervalBounds) -> bool:
    def low_ok(a, b):  # a >= b, None = -inf
        return b is None or (a is not None and a >= b)

    def high_ok(a, b):  # a <= b, None = +inf
        return b is None or (a is not None and a <= b)

    return (
        low_ok(inner.earliest_start, outer.earliest_start)
        and high_ok(inner.latest_start, outer.latest_start)
        and low_ok(inner.earliest_end, outer.earliest_end)
        and high_ok(inner.latest_end, outer.latest_end)
    )


@PROPS
@given(st.integers(1, 4).flatmap(lambda n: st.tuples(st.lists(ost.facts(n), max_size=10), ost.facts(n))))
def test_order_monotonic_narrowing(pair):
    """Adding a constraint consistent with a consistent network only narrows bounds (batch and incremental)."""
    facts, extra = pair
    base = O.order(facts, origin=ost.ORIGIN)
    more = O.order(facts + [extra], origin=ost.ORIGIN)
    if base.conflicts or more.conflicts:
        return
    for name, b in base.bounds.items():
        assert _within(more[name], b)
    network = O.Network(facts, origin=ost.ORIGIN)
    network.bounds(network.intervals[0]) if network.intervals else None
    network.add(extra)
    assert dict(network.result().bounds) == dict(more.bounds)


@PROPS
@given(ost.boxed_networks(span=SPAN))
def test_order_definite_relations_are_exact(case):
    """``before(a, b)`` holds exactly when every satisfying assignment has end(a) <= start(b); groups respect it."""
    n, facts = case
    result = O.order(facts)
    if result.conflicts:
        return
    sols = list(solutions(n, facts))
    names = [f"i{k}" for k in range(n)]
    for a in names:
        for b in names:
            truth = all(s[(a, Side.END)] <= s[(b, Side.START)] for s in sols)
            assert result.before(a, b) == truth
    groups = result.groups()
    assert sorted(x for g in groups for x in g) == sorted(names)
    for gi, g in enumerate(groups):
        for later in groups[gi + 1 :]:
            for a in g:
                for b in later:
                    assert result.before(a, b)
    order = result.ordered()
    for i, a in enumerate(order):
        for b in order[:i]:
            assert not (result.before(a, b) and not result.before(b, a)), f"{a} strictly before {b} but listed after"


class _Hung(Exception):
    pass


def _alarm(signum, frame):  # type: ignore[no-untyped-def]
    raise _Hung("adding facts did not finish (a search started from a violated potential)")


@settings(max_examples=300, deadline=None)
@given(ost.networks(max_intervals=4, max_facts=14, span=6), st.integers(2, 4))
def test_order_adding_facts_in_groups_matches_the_batch(facts, group) -> None:  # type: ignore[no-untyped-def]
    """Facts added in groups (a relation's constraints arrive together) give the batch's
    bounds; each edge of a group is settled on its own, so a search never starts from a
    potential that another new edge already violates (that looped forever)."""
    import signal

    batch = O.order(facts)
    network = O.Network()
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(1)
    try:
        for k in range(0, len(facts), group):
            network.add(facts[k : k + group])
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    if not batch.conflicts:
        assert not network.conflicts
        assert network.result().bounds == batch.bounds
