"""Network.extend's written-out insertion (h15-build2): the same network as inserting fact by fact.

Network() registers a batch's Constraints in one loop (no _pairs/_insert/add_edges call per
fact); these tests build the same facts with that loop replaced by the general per-fact path
and compare everything the network keeps: edges, each fact's edges, the potential, bounds and
conflicts (a changed edge order or weight changes which fact a conflict drops).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.order import Network
from timeline.order import strategies as ost
from timeline.order.constraints import Constraint, after, before, bounded, during, end_of, lasting, later, start_of

PROPS = settings(deadline=None, max_examples=300)


def _per_fact(self: Network, flat: list) -> None:
    for fact in flat:
        self._insert(fact, active=False)


def _state(net: Network) -> tuple:
    engine = net._engine
    result = net.result()
    return (
        engine.edge_u, engine.edge_v, engine.edge_w, engine.edge_fact, engine.edge_alive, engine.p,
        net._fact_edges, net._fact_alive, net._facts, net._intervals,
        sorted(result.bounds.items()), result.conflicts,
    )


def _build(batches: list[list], per_fact: bool) -> tuple:
    with pytest.MonkeyPatch.context() as m:
        if per_fact:
            m.setattr(Network, "_insert_inactive", _per_fact)
        net = Network(batches[0])
        for batch in batches[1:]:
            net.extend(batch)
        return _state(net)


@PROPS
@given(ost.networks(max_intervals=5, max_facts=14), st.integers(0, 3))
def test_batch_insertion_equals_per_fact(facts, cut):
    # two batches: the second meets intervals the first made, and new ones
    k = len(facts) * cut // 3
    batches = [facts[:k], facts[k:]]
    assert _build(batches, per_fact=False) == _build(batches, per_fact=True)


def test_story_network_equals_per_fact():
    """A made-up story: times bounded, events during them, metric offsets (min and max both
    given), lengths, and a contradiction in a weaker tier so a conflict is dropped."""
    day = dt.datetime(2026, 3, 2)
    facts = [
        *bounded("monday", day, day + dt.timedelta(days=1), strength=10),
        *bounded("friday", day + dt.timedelta(days=4), day + dt.timedelta(days=5), strength=10),
        *during("storm", "monday", strength=3),
        *during("repairs", "friday", strength=3),
        *later("vote", "storm", dt.timedelta(hours=2), dt.timedelta(hours=5), strength=2),
        *lasting("repairs", dt.timedelta(hours=1), dt.timedelta(hours=8), strength=2),
        *before("repairs", "storm", strict=True, strength=1),  # contradicts the times: dropped
        *after("vote", "storm", strength=1),
        Constraint(end_of("vote"), start_of("repairs"), dt.timedelta(minutes=1), dt.timedelta(days=3), "", 1),
    ]
    fast = _build([facts], per_fact=False)
    assert fast == _build([facts], per_fact=True)
    assert fast[-1], "the weak contradiction must be a conflict"
    # a both-sided constraint makes two edges, max first (t_v - t_u <= max), then min (as -min, reversed)
    eu, ev, ew = fast[0], fast[1], fast[2]
    k = ew.index(5 * 3600)
    assert ew[k + 1] == -2 * 3600 and (eu[k], ev[k]) == (ev[k + 1], eu[k + 1])


def test_an_intervals_own_start_before_end_is_listed_as_a_constraint():
    """Each interval's start <= end is kept as its name until a conflict lists it: the conflict
    then holds that Constraint (with its evidence and strength), one object per interval across
    conflicts, and never the dropped one."""
    from timeline.order.network import STRUCTURAL_STRENGTH

    net = Network()
    net.extend([*before("fire", "alarm", strict=True, strength=3), *before("alarm", "fire", strict=True, strength=2)])
    net.extend([*before("alarm", "fire", strict=True, strength=1)])
    own = Constraint(start_of("alarm"), end_of("alarm"), dt.timedelta(0), None, "alarm starts no later than it ends", STRUCTURAL_STRENGTH)
    conflicts = net.conflicts
    assert len(conflicts) == 2
    for c in conflicts:
        assert own in c.constraints
        assert all(isinstance(f, Constraint) for f in c.constraints)
        assert c.dropped.strength < STRUCTURAL_STRENGTH
    first = next(f for f in conflicts[0].constraints if f == own)
    second = next(f for f in conflicts[1].constraints if f == own)
    assert first is second
    assert len(net) == 5  # three stated facts and two intervals' own


def test_own_start_before_end_is_never_withdrawn(monkeypatch):
    """The intervals' start <= end edges go in first, in a tier of their own: a weak tier that
    meets a cycle is withdrawn and redone fact by fact, and that never touches them."""
    from timeline.order._engine import Engine

    killed: list[int] = []
    kill = Engine.kill_edge

    def spy(self, e):
        killed.append(e)
        return kill(self, e)

    monkeypatch.setattr(Engine, "kill_edge", spy)
    net = Network([*before("fire", "alarm", strict=True, strength=1), *before("alarm", "fire", strict=True, strength=1)])
    assert len(net.conflicts) == 1 and killed  # the tier was withdrawn
    assert not set(killed) & set(net._structural_edge.values())
    assert all(net._engine.edge_alive[e] for e in net._structural_edge.values())


def _general_trial(self: Network, flat: list, pairs: list) -> list[int]:
    return self._add(flat, shortest=False, defer_bounds=True, pairs=pairs)[1]


def _tried(hard: list, soft: list[list], written_out: bool) -> tuple:
    with pytest.MonkeyPatch.context() as m:
        if not written_out:
            m.setattr(Network, "_trial", _general_trial)
        net = Network(hard, origin=ost.ORIGIN)
        net.result()  # bounds known: the trials take the path with the edges worked out first
        kept = []
        for facts in soft:
            kept.append((net.try_add(facts), net.last_touched, net._engine.bounds_valid, list(net._engine.fwd), list(net._engine.bwd)))
            if net._engine.bounds_valid:  # the bounds tightened after the trial are the exact ones
                exact = net._engine.copy()
                exact.recompute_bounds()
                assert (exact.fwd, exact.bwd) == (net._engine.fwd, net._engine.bwd)
        return kept, _state(net)


@PROPS
@given(ost.networks(max_intervals=5, max_facts=8), st.lists(st.lists(ost.facts(5), min_size=1, max_size=3), max_size=8))
def test_trials_equal_the_general_path(hard, soft):
    """try_add's written-out trial keeps and refuses what the general _add path does, with the
    same cost measure, bounds and network state after each trial."""
    assert _tried(hard, soft, written_out=True) == _tried(hard, soft, written_out=False)
