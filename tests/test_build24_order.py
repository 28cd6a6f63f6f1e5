"""The ordering engine's shortcuts (written in the nineteenth session, merged in the twenty-fourth) say what the long way says."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from timeline.order.links import LinkRelation, Strength, link_facts

O = importlib.import_module("timeline.order")

DAY = dt.timedelta(days=1)


@pytest.mark.parametrize("relation", list(LinkRelation))
def test_a_link_relation_and_its_value_make_the_same_facts(relation):
    """A member finds its facts without a call to LinkRelation(); its str value still gets them through it."""
    by_member = link_facts(relation, "vote", "t1", DAY, 2 * DAY, "two days after the count", Strength.SIGNAL)
    by_value = link_facts(relation.value, "vote", "t1", DAY, 2 * DAY, "two days after the count", Strength.SIGNAL)
    assert by_member == by_value
    assert all(f.strength == 3 and f.strength.__class__ is int for f in by_member)


def test_a_link_relation_given_by_its_name_is_refused():
    """"DURING" is the member's name, not its value: ValueError, as LinkRelation("DURING") says."""
    with pytest.raises(ValueError):
        link_facts("DURING", "vote", "t1", None, None, "during the week", 2)  # type: ignore[arg-type]


def test_points_of_the_same_interval_and_side_are_equal_and_hash_alike():
    """A Point made by start_of is the Point made by hand, and keeps attrs' frozen behaviour."""
    import attrs

    a, b = O.start_of("rally"), O.Point("rally", O.Side.START)
    assert a == b and hash(a) == hash(b) and a != O.end_of("rally")
    assert attrs.evolve(a, side=O.Side.END) == O.end_of("rally")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.interval = "march"  # type: ignore[misc]


def test_bounds_of_a_result_are_each_interval_s_own():
    """Earliest and latest come from the two directions of the network, each point's own."""
    t = dt.datetime(2024, 5, 1)
    r = O.order([
        O.bounded("day", t, t + DAY, evidence="on May 1"),
        O.during("speech", "day", evidence="spoke on May 1"),
        O.later("march", "speech", 2 * DAY, evidence="two days later they marched"),
    ])
    day, march = r.bounds["day"], r.bounds["march"]
    assert (day.earliest_start, day.latest_end) == (t, t + DAY)
    # the march starts two days after the speech starts, which lies within the day
    assert march.earliest_start == t + 2 * DAY and march.latest_start == t + 3 * DAY
    assert march.latest_end is None  # nothing ends it


def test_points_made_equal_only_by_edges_both_ways():
    """A chain of mentions said to be simultaneous is one class of equal points; an end that is
    only no later than the next start (one way) is not, so "before" stays "before"."""
    facts = [O.simultaneous("said1", "said2", evidence="it said again"), O.simultaneous("said2", "said3", evidence="and again"),
             O.before("said3", "vote", evidence="before the vote")]
    r = O.order(facts)
    assert r.relation("said1", "said3") == "SIMULTANEOUS"
    assert r.relation("said1", "vote") == "BEFORE" and r.relation("vote", "said1") == "AFTER"
    # two instants, one no later than the other: they may coincide, but nothing says they do
    r = O.order([O.instant("fall"), O.instant("shot"), O.before("shot", "fall", evidence="the shot came before the fall")])
    assert r.relation("shot", "fall") == "BEFORE" and r.before("shot", "fall") and not r.before("fall", "shot")
