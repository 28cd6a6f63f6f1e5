"""Hypothesis strategies for random constraint networks (tests only: imports hypothesis).

Networks are small lists of :class:`Constraint`/:class:`Bound` facts over intervals named
``i0, i1, ...`` with offsets in whole seconds relative to :data:`ORIGIN`, so that brute
force over integer assignments is possible when every point is boxed.
"""

from __future__ import annotations

import datetime as _dt

from hypothesis import strategies as st

from .constraints import Bound, Constraint, Fact, Point, Side

__all__ = ["ORIGIN", "points", "constraints", "bounds", "facts", "networks", "boxed_networks", "box"]

ORIGIN = _dt.datetime(2024, 1, 1)
"""The datetime every generated offset is relative to."""


def points(n_intervals: int) -> st.SearchStrategy[Point]:
    """A start or end point of one of ``i0 .. i{n-1}``."""
    return st.builds(Point, st.sampled_from([f"i{k}" for k in range(n_intervals)]), st.sampled_from(list(Side)))


def constraints(n_intervals: int, span: int = 6) -> st.SearchStrategy[Constraint]:
    """A difference constraint with offsets in ``[-span, span]`` seconds (one side may be open)."""

    def make(source: Point, target: Point, lo: "int | None", hi: "int | None", strength: int) -> Constraint:
        if lo is None and hi is None:
            lo = 0
        if lo is not None and hi is not None and lo > hi:
            lo, hi = hi, lo
        td = lambda x: None if x is None else _dt.timedelta(seconds=x)  # noqa: E731
        return Constraint(source, target, td(lo), td(hi), evidence=f"{source}->{target}", strength=strength)

    offset = st.one_of(st.none(), st.integers(-span, span))
    return st.builds(make, points(n_intervals), points(n_intervals), offset, offset, st.integers(0, 3))


def bounds(n_intervals: int, span: int = 6) -> st.SearchStrategy[Bound]:
    """An absolute bound on one point within ``[0, span]`` seconds after :data:`ORIGIN`."""

    def make(point: Point, lo: "int | None", hi: "int | None", strength: int) -> Bound:
        if lo is None and hi is None:
            lo = 0
        if lo is not None and hi is not None and lo > hi:
            lo, hi = hi, lo
        at = lambda x: None if x is None else ORIGIN + _dt.timedelta(seconds=x)  # noqa: E731
        return Bound(point, at(lo), at(hi), evidence=f"bound {point}", strength=strength)

    offset = st.one_of(st.none(), st.integers(0, span))
    return st.builds(make, points(n_intervals), offset, offset, st.integers(0, 3))


def facts(n_intervals: int, span: int = 6) -> st.SearchStrategy[Fact]:
    """Either kind of fact."""
    return st.one_of(constraints(n_intervals, span), bounds(n_intervals, span))


def networks(max_intervals: int = 4, max_facts: int = 10, span: int = 6) -> st.SearchStrategy[list[Fact]]:
    """A list of facts over up to ``max_intervals`` intervals (may be inconsistent)."""
    return st.integers(1, max_intervals).flatmap(lambda n: st.lists(facts(n, span), min_size=1, max_size=max_facts))


def box(n_intervals: int, span: int) -> list[Fact]:
    """Bounds putting every point of ``i0 .. i{n-1}`` within ``[0, span]`` seconds (strongest facts)."""
    lo, hi = ORIGIN, ORIGIN + _dt.timedelta(seconds=span)
    return [Bound(Point(f"i{k}", side), lo, hi, evidence="box", strength=100) for k in range(n_intervals) for side in Side]


def boxed_networks(max_intervals: int = 3, max_facts: int = 8, span: int = 4) -> st.SearchStrategy[tuple[int, list[Fact]]]:
    """``(n, facts)`` where ``facts`` starts with :func:`box` so every point is finite and brute-forcible."""
    return st.integers(1, max_intervals).flatmap(
        lambda n: st.lists(facts(n, span), min_size=0, max_size=max_facts).map(lambda fs: (n, box(n, span) + fs))
    )
