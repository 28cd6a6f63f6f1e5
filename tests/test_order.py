"""Ordering engine: relation constructors, bounds, conflicts, order, incremental use, validate."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import model
import importlib

O = importlib.import_module("timeline.order")  # the package (timeline.order may be re-exported as the function)

D = dt.datetime
H = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)


def storm() -> list:
    return [
        O.bounded("t_sat", D(2024, 3, 2), D(2024, 3, 3), evidence="on Saturday"),
        O.during("hit", "t_sat", evidence="the storm hit on Saturday"),
        O.later("reopen", "hit", 2 * DAY, evidence="two days later the roads reopened"),
        O.before("warn", "hit", evidence="warnings were issued before the storm"),
        O.within("aid", "hit", 40 * H, evidence="aid arrived within 40 hours"),
    ]


def test_order_bounds_follow_relations():
    r = O.order(storm())
    assert r.consistent
    assert r["hit"] == O.IntervalBounds(D(2024, 3, 2), D(2024, 3, 3), D(2024, 3, 2), D(2024, 3, 3))
    assert r["reopen"].earliest_start == D(2024, 3, 4) and r["reopen"].latest_start == D(2024, 3, 5)
    assert r["reopen"].latest_end is None  # nothing bounds when the roads closed again
    assert r["warn"].earliest_start is None and r["warn"].latest_end == D(2024, 3, 3)
    assert r["aid"].latest_start == D(2024, 3, 3) + 40 * H


def test_order_definite_relations_and_groups():
    r = O.order(storm())
    assert r.before("warn", "hit") and not r.before("hit", "warn")
    assert r.relation("hit", "t_sat") == "IS_INCLUDED"
    assert r.relation("t_sat", "hit") == "INCLUDES"
    assert r.relation("reopen", "hit") == "AFTER"
    assert r.relation("warn", "aid") == "BEFORE"
    assert r.relation("reopen", "aid") is None  # aid may come before or after the reopening
    rels = set(r.relations(["warn", "hit", "reopen"]))
    assert model.Relation("warn", "BEFORE", "hit") in rels and model.Relation("hit", "BEFORE", "reopen") in rels
    assert r.groups(["reopen", "aid", "warn", "hit"]) == (("warn",), ("hit",), ("aid", "reopen"))
    assert r.ordered(["reopen", "hit", "warn"]) == ("warn", "hit", "reopen")


def test_order_groups_without_absolute_times():
    r = O.order([O.before("a", "b"), O.before("b", "c"), O.before("b", "d")])
    assert r.groups() == (("a",), ("b",), ("c", "d"))


def test_order_equal_bounds_ties_resolved_by_definite_before():
    # same bounds for both, but y is definitely before x: the order must say so
    r = O.order([O.bounded("x", D(2024, 1, 1), D(2024, 1, 2)), O.bounded("y", D(2024, 1, 1), D(2024, 1, 2)), O.before("y", "x")])
    assert r["x"] == r["y"]
    assert r.ordered() == ("y", "x")


def test_order_difference_is_tight():
    r = O.order(storm())
    assert r.difference(O.start_of("hit"), O.start_of("reopen")) == (2 * DAY, 2 * DAY)
    assert r.difference(O.end_of("hit"), O.start_of("aid")) == (dt.timedelta(0), 40 * H)
    assert r.difference(O.start_of("warn"), O.end_of("warn")) == (dt.timedelta(0), None)


def test_order_conflict_drops_weakest_and_reports_cycle():
    facts = storm() + [O.before("reopen", "warn", evidence="roads reopened before the warnings", strength=0)]
    r = O.order(facts)
    assert len(r.conflicts) == 1
    c = r.conflicts[0]
    assert c.dropped.evidence == "roads reopened before the warnings"
    assert "two days later the roads reopened" in c.evidence
    assert "warnings were issued before the storm" in c.evidence
    assert r.dropped == (c.dropped,)
    assert r.before("warn", "hit")  # the stronger facts survive
    m = c.to_model()
    assert isinstance(m, model.Conflict) and m.dropped == (str(c.dropped),)


def test_order_conflict_tie_drops_latest_inserted():
    r = O.order([O.before("a", "b", evidence="first"), O.at_least_after("a", "b", H, evidence="second")])
    assert [c.dropped.evidence for c in r.conflicts] == ["second"]


def test_order_conflicting_absolute_bounds():
    r = O.order([O.bounded("a", D(2024, 1, 5), None, evidence="after the 5th", strength=2), O.bounded("a", None, D(2024, 1, 3), evidence="by the 3rd")])
    assert [c.dropped.evidence for c in r.conflicts] == ["by the 3rd"]
    assert r["a"].earliest_start == D(2024, 1, 5)


@pytest.mark.parametrize(
    "make, holds",
    [
        (lambda: O.by("a", "t"), lambda r: r["a"].latest_end == D(2024, 1, 2)),
        (lambda: O.since("a", "t"), lambda r: (r["a"].earliest_start, r["a"].latest_start) == (D(2024, 1, 1), D(2024, 1, 2))),
        (lambda: O.until("a", "t"), lambda r: (r["a"].earliest_end, r["a"].latest_end) == (D(2024, 1, 1), D(2024, 1, 2))),
        (lambda: O.after("a", "t"), lambda r: r["a"].earliest_start == D(2024, 1, 1) and r.before("t", "a")),
        (lambda: O.includes("a", "t"), lambda r: r["a"].latest_start == D(2024, 1, 2) and r["a"].earliest_end == D(2024, 1, 1)),
        (lambda: O.simultaneous("a", "t"), lambda r: r["a"] == r["t"] and r.relation("a", "t") == "SIMULTANEOUS"),
        (lambda: O.overlaps("a", "t"), lambda r: r["a"].latest_start == D(2024, 1, 2) and r["a"].earliest_end == D(2024, 1, 1)),
    ],
)
def test_order_relation_constructors(make, holds):
    r = O.order([O.bounded("t", D(2024, 1, 1), D(2024, 1, 2)), make()])
    assert r.consistent and holds(r)


def test_order_instant_and_lasting():
    r = O.order([O.bounded("strike", D(2024, 1, 1), None), O.lasting("strike", 3 * DAY, 3 * DAY), O.instant("vote"), O.later("vote", "strike", DAY)])
    assert r["strike"].earliest_end == D(2024, 1, 4)
    assert r["vote"].earliest_start == r["vote"].earliest_end == D(2024, 1, 2)


def test_order_strict_before():
    r = O.order([O.before("a", "b", strict=True), O.instant("a"), O.instant("b"), O.bounded("a", D(2024, 1, 1), D(2024, 1, 1))])
    assert r["b"].earliest_start == D(2024, 1, 1, 0, 0, 1)


def test_order_subsecond_rounding_is_outward():
    r = O.order([O.later("b", "a", dt.timedelta(milliseconds=1500), dt.timedelta(milliseconds=1500))])
    assert r.consistent  # rounded to [1 s, 2 s]: never a spurious conflict
    assert r.difference(O.start_of("a"), O.start_of("b")) == (dt.timedelta(seconds=1), dt.timedelta(seconds=2))


def test_order_origin_does_not_change_results():
    a = O.order(storm())
    b = O.order(storm(), origin=D(1999, 12, 31, 13, 5))
    assert dict(a.bounds) == dict(b.bounds)


def test_network_incremental_matches_batch():
    network = O.Network(origin=D(2024, 1, 1))
    for fact in storm():
        network.add(fact)
    assert dict(network.result().bounds) == dict(O.order(storm()).bounds)
    assert network.intervals == ("t_sat", "hit", "reopen", "warn", "aid")


def test_network_result_is_a_snapshot():
    network = O.Network(storm())
    snap = network.result()
    network.add(O.bounded("warn", D(2024, 3, 1), None))
    assert snap["warn"].earliest_start is None
    assert network.bounds("warn").earliest_start == D(2024, 3, 1)


def test_network_add_reports_its_conflicts():
    network = O.Network(storm())
    assert network.add(O.before("hit", "reopen")) == ()
    conflicts = network.add(O.after("warn", "aid", strict=True, evidence="wrong"))
    assert len(conflicts) == 1 and conflicts[0].dropped.evidence == "wrong"
    assert network.conflicts == conflicts


@pytest.mark.parametrize(
    "call, error",
    [
        (lambda: O.before("", "b"), ValueError),
        (lambda: O.before(1, "b"), TypeError),
        (lambda: O.Constraint(O.start_of("a"), O.end_of("a"), dt.timedelta(2), dt.timedelta(1)), ValueError),
        (lambda: O.Constraint(O.start_of("a"), O.end_of("a")), ValueError),
        (lambda: O.Constraint("a", O.end_of("a"), dt.timedelta(0)), TypeError),
        (lambda: O.Constraint(O.start_of("a"), O.end_of("a"), 5), TypeError),
        (lambda: O.Bound(O.start_of("a"), D(2024, 1, 2), D(2024, 1, 1)), ValueError),
        (lambda: O.bounded("a"), ValueError),
        (lambda: O.within("a", "b", -H), ValueError),
        (lambda: O.order(["before a b"]), TypeError),
        (lambda: O.order(O.before("a", "b"), origin="2024-01-01"), TypeError),
        (lambda: O.order([O.bounded("a", D(2024, 1, 1)), O.bounded("b", D(2024, 1, 1, tzinfo=dt.timezone.utc))]), TypeError),
        (lambda: O.order(O.before("a", "b")).before("a", "zzz"), KeyError),
        (lambda: O.validate(O.before("a", "b"), relations=[("a", "SOMETIMES", "b")]), ValueError),
    ],
)
def test_order_bad_input_errors(call, error):
    with pytest.raises(error):
        call()


def test_validate_reports_violated_claims_with_evidence():
    facts = storm()
    violations = O.validate(
        facts,
        times={"hit": (D(2024, 3, 2, 6), D(2024, 3, 2, 9)), "reopen": D(2024, 3, 3, 12)},
        relations=[model.Relation("aid", "BEFORE", "hit"), ("warn", "before", "hit")],
    )
    claims = [v.claim for v in violations]
    assert claims == ["reopen from 2024-03-03T12:00:00 to 2024-03-03T12:00:00", "aid BEFORE hit"]
    assert "two days later the roads reopened" in violations[0].evidence
    assert "aid arrived within 40 hours" in violations[1].evidence


def test_validate_accepts_consistent_claims():
    assert O.validate(storm(), times={"hit": (D(2024, 3, 2, 6), D(2024, 3, 2, 9))}, relations=[("warn", "BEFORE", "reopen")]) == ()


def test_order_package_is_callable():
    import timeline

    assert dict(timeline.order(storm()).bounds) == dict(O.order(storm()).bounds)
    assert dict(O(storm()).bounds) == dict(O.order(storm()).bounds)


def test_order_two_negative_self_loops_both_dropped():
    """Regression: a second negative self-loop on the same point was missed (and bounds then looped)."""
    end = O.end_of("a")
    r = O.order([O.Constraint(end, end, None, -dt.timedelta(seconds=1), strength=2), O.Constraint(end, end, dt.timedelta(seconds=1), None, strength=3)])
    assert len(r.conflicts) == 2 and r["a"].latest_end is None


def test_network_add_reports_points_touched():
    network = O.Network(storm())
    network.bounds("hit")
    network.add(O.bounded("warn", D(2024, 3, 1), None))
    assert network.last_touched >= 1


def test_validate_claims_contradicting_each_other():
    violations = O.validate([O.lasting("a", H), O.lasting("b", H)], relations=[("a", "BEFORE", "b"), ("b", "BEFORE", "a")])
    assert [v.claim for v in violations] == ["b BEFORE a"]
    assert "claimed: a BEFORE b" in violations[0].evidence


class _Name(str):
    """A str subclass: a valid interval name."""


@pytest.mark.parametrize(
    "call, error",
    [
        (lambda: O.Point("", O.Side.START), ValueError),
        (lambda: O.Point(7, O.Side.START), TypeError),
        (lambda: O.Point("a", "start"), TypeError),  # the side's value, not a Side
        (lambda: O.Constraint(O.start_of("a"), "b", dt.timedelta(0)), TypeError),
        (lambda: O.Constraint(O.start_of("a"), O.end_of("a"), None, 5), TypeError),
        (lambda: O.Constraint(O.start_of("a"), O.end_of("a"), dt.timedelta(0), strength=True), TypeError),
        (lambda: O.Constraint(O.start_of("a"), O.end_of("a"), dt.timedelta(0), strength=1.0), TypeError),
        (lambda: O.Bound("a", D(2024, 1, 1)), TypeError),
        (lambda: O.Bound(O.start_of("a"), "2024-01-01"), TypeError),
        (lambda: O.Bound(O.start_of("a"), None, dt.date(2024, 1, 1)), TypeError),
        (lambda: O.Bound(O.start_of("a"), D(2024, 1, 1), strength=False), TypeError),
    ],
)
def test_every_fact_argument_is_checked(call, error):
    with pytest.raises(error):
        call()


def test_facts_accept_subclasses_of_their_types():
    class Moment(dt.datetime):
        pass

    class Span(dt.timedelta):
        pass

    point = O.Point(_Name("a"), O.Side.END)
    assert O.Constraint(O.start_of("a"), point, Span(0), None, strength=3).min == dt.timedelta(0)
    assert O.Bound(point, Moment(2024, 1, 1), None).earliest == D(2024, 1, 1)
    assert O.order(O.before(_Name("a"), "b")).before("a", "b")
