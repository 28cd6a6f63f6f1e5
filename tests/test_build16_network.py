"""Ordering-network details written out for speed: a bound's datetime and a span from seconds
(``timedelta(0, s)``, positional), and a tier redone fact by fact after its batch pass met a
negative cycle (the edges killed and put back in the loop itself)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import order as O
from timeline.order.network import _moved
from timeline.order.result import _span

_ORIGIN = dt.datetime(2026, 10, 14, 12, 0)


@settings(deadline=None, max_examples=300)
@given(st.one_of(st.integers(-10**12, 10**12), st.integers(-10**17, 10**17), st.floats(-1e12, 1e12, allow_nan=False)))
def test_seconds_become_the_same_datetimes_and_spans(seconds: float) -> None:
    try:
        expected = _ORIGIN + dt.timedelta(seconds=seconds)
    except OverflowError:
        expected = None
    got = _moved(_ORIGIN, seconds)
    assert got == expected or (expected is None and got in (None, dt.datetime.max))
    try:
        span = dt.timedelta(seconds=seconds)
    except OverflowError:
        span = None
    assert _span(seconds) == span


def test_a_weak_tier_with_a_contradiction_is_redone_fact_by_fact() -> None:
    """Two days bound a meeting and a vote; weak facts put the meeting after the vote and the
    vote after the meeting (a cycle): the later of the two is dropped, the rest kept, and the
    network answers as if the facts had come one at a time."""
    day = dt.timedelta(days=1)
    strong = [*O.bounded("t1", _ORIGIN, _ORIGIN + day, evidence="Monday", strength=10),
              *O.bounded("t2", _ORIGIN + 2 * day, _ORIGIN + 3 * day, evidence="Wednesday", strength=10),
              *O.during("meeting", "t1", evidence="on Monday", strength=3),
              *O.during("vote", "t2", evidence="on Wednesday", strength=3)]
    weak = [*O.before("meeting", "vote", evidence="then", strength=2),
            *O.before("vote", "meeting", evidence="earlier", strength=2),
            *O.before("meeting", "lunch", evidence="before lunch", strength=2)]
    batch = O.Network([*strong, *weak], origin=_ORIGIN)
    one_by_one = O.Network(strong, origin=_ORIGIN)
    for fact in weak:
        one_by_one.add(fact)
    assert [c.dropped.evidence for c in batch.conflicts] == ["earlier"]
    assert [c.dropped.evidence for c in one_by_one.conflicts] == ["earlier"]
    a, b = batch.result(), one_by_one.result()
    assert a.bounds == b.bounds
    assert a.before("meeting", "vote") and a.before("meeting", "lunch")
    assert b.bounds["lunch"].earliest_start == _ORIGIN
