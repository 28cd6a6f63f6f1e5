"""What the ordering engine is told: interval end points, difference constraints, absolute bounds.

Every event or resolved time is an *interval* named by a string; it has two points,
its start and its end.  A :class:`Constraint` bounds the signed distance between two
points (``min <= target - source <= max``); a :class:`Bound` pins one point between two
datetimes.  The relation constructors below (``before``, ``during``, ``within`` ...) turn
the words of a text into such facts; each returns a tuple because one relation may need
several point constraints ("during" bounds both ends).  All of them carry the words that
justified them (``evidence``) and a ``strength`` used to decide what to drop on conflict.
"""

from __future__ import annotations

import datetime as _dt
import enum
from typing import Optional, Union

import attrs

__all__ = [
    "Side",
    "Point",
    "start_of",
    "end_of",
    "Constraint",
    "Bound",
    "Fact",
    "before",
    "after",
    "at_least_after",
    "during",
    "includes",
    "overlaps",
    "simultaneous",
    "by",
    "since",
    "until",
    "within",
    "later",
    "instant",
    "lasting",
    "bounded",
]

_ZERO = _dt.timedelta(0)
_SECOND = _dt.timedelta(seconds=1)


class Side(str, enum.Enum):
    """Which end of an interval a point is."""

    START = "start"
    END = "end"

    __str__ = str.__str__  # (s58) the value, as ``self.value`` gives it, without two Python calls (read tens of thousands of times a build)


_set = object.__setattr__  # how a frozen class sets its own fields
_START, _END = Side.START, Side.END
"""The sides as module names: an enum member read off its class costs ten times a global's lookup."""


def _check_name(name: object, what: str) -> str:
    if not isinstance(name, str):
        raise TypeError(f"{what}: interval name must be a str, got {type(name).__name__}")
    if not name:
        raise ValueError(f"{what}: interval name must not be empty")
    return name


@attrs.frozen(init=False)
class Point:
    """The start or the end of the interval named ``interval``."""

    interval: str
    side: Side

    def __init__(self, interval: str, side: Side) -> None:
        # attrs' own __init__ and then a post-init check, in one call (the pipeline makes tens of
        # thousands of points per long text); the common case (a non-empty str, a Side) is decided
        # by one test each
        _set(self, "interval", interval)
        _set(self, "side", side)
        if interval.__class__ is not str or not interval:
            _check_name(interval, "Point")
        if side.__class__ is not Side and not isinstance(side, Side):
            raise TypeError(f"Point {interval}: side must be a Side, got {side!r}")

    def __str__(self) -> str:
        return f"{self.interval}.{self.side}"


def start_of(interval: str) -> Point:
    """The start point of ``interval``."""
    if interval.__class__ is not str or not interval:  # the common case in one test, as in Point (tens of thousands per long text)
        _check_name(interval, "start_of")
    return Point(interval, _START)


def end_of(interval: str) -> Point:
    """The end point of ``interval``."""
    if interval.__class__ is not str or not interval:
        _check_name(interval, "end_of")
    return Point(interval, _END)


def _check_delta(value: object, what: str) -> Optional[_dt.timedelta]:
    if value is not None and not isinstance(value, _dt.timedelta):
        raise TypeError(f"{what} must be a datetime.timedelta or None, got {type(value).__name__}")
    return value


def _check_time(value: object, what: str) -> Optional[_dt.datetime]:
    if value is not None and not isinstance(value, _dt.datetime):
        raise TypeError(f"{what} must be a datetime.datetime or None, got {type(value).__name__}")
    return value


def _check_strength(value: object, what: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what}: strength must be an int, got {type(value).__name__}")


@attrs.frozen(init=False)
class Constraint:
    """``min <= target - source <= max`` (``None`` = unbounded on that side).

    ``evidence`` is the text that said so; ``strength`` ranks constraints when some must be
    dropped to restore consistency (weakest dropped first).
    """

    source: Point
    target: Point
    min: Optional[_dt.timedelta] = None
    max: Optional[_dt.timedelta] = None
    evidence: str = ""
    strength: int = 1

    def __init__(self, source: Point, target: Point, min: Optional[_dt.timedelta] = None, max: Optional[_dt.timedelta] = None,
                 evidence: str = "", strength: int = 1) -> None:
        # attrs' own __init__ and then the checks, in one call (as Point; ten thousand per long text)
        _set(self, "source", source)
        _set(self, "target", target)
        _set(self, "min", min)
        _set(self, "max", max)
        _set(self, "evidence", evidence)
        _set(self, "strength", strength)
        # the checks in this order; a plain Point, timedelta or int passes each with one test
        # (source, then target: written out, no loop over the names)
        if source.__class__ is not Point and not isinstance(source, Point):
            raise TypeError(f"Constraint.source must be a Point, got {type(source).__name__}")
        if target.__class__ is not Point and not isinstance(target, Point):
            raise TypeError(f"Constraint.target must be a Point, got {type(target).__name__}")
        lo, hi = min, max
        if lo is not None and lo.__class__ is not _dt.timedelta:
            _check_delta(lo, "Constraint.min")
        if hi is not None and hi.__class__ is not _dt.timedelta:
            _check_delta(hi, "Constraint.max")
        if lo is None and hi is None:
            raise ValueError(f"Constraint {self.source} -> {self.target}: min and max are both None (constrains nothing)")
        if lo is not None and hi is not None and lo > hi:
            raise ValueError(f"Constraint {self.source} -> {self.target}: min {self.min} exceeds max {self.max}")
        if strength.__class__ is not int:
            _check_strength(strength, "Constraint")

    def __str__(self) -> str:
        lo = "-inf" if self.min is None else str(self.min)
        hi = "+inf" if self.max is None else str(self.max)
        return f"{lo} <= {self.target} - {self.source} <= {hi}"


@attrs.frozen(init=False)
class Bound:
    """``earliest <= point <= latest`` on the time axis (``None`` = unbounded)."""

    point: Point
    earliest: Optional[_dt.datetime] = None
    latest: Optional[_dt.datetime] = None
    evidence: str = ""
    strength: int = 1

    def __init__(self, point: Point, earliest: Optional[_dt.datetime] = None, latest: Optional[_dt.datetime] = None,
                 evidence: str = "", strength: int = 1) -> None:
        # attrs' own __init__ and then the checks, in one call (as Point: thousands per long text)
        _set(self, "point", point)
        _set(self, "earliest", earliest)
        _set(self, "latest", latest)
        _set(self, "evidence", evidence)
        _set(self, "strength", strength)
        if point.__class__ is not Point and not isinstance(point, Point):
            raise TypeError(f"Bound.point must be a Point, got {type(point).__name__}")
        if earliest is not None and earliest.__class__ is not _dt.datetime:
            _check_time(earliest, "Bound.earliest")
        if latest is not None and latest.__class__ is not _dt.datetime:
            _check_time(latest, "Bound.latest")
        if earliest is None and latest is None:
            raise ValueError(f"Bound on {point}: earliest and latest are both None (constrains nothing)")
        if earliest is not None and latest is not None:
            if (earliest.tzinfo is None) != (latest.tzinfo is None):
                raise TypeError(f"Bound on {point}: earliest and latest mix naive and aware datetimes")
            if earliest > latest:
                raise ValueError(f"Bound on {point}: earliest {earliest} after latest {latest}")
        if strength.__class__ is not int:
            _check_strength(strength, "Bound")

    def __str__(self) -> str:
        lo = "-inf" if self.earliest is None else self.earliest.isoformat()
        hi = "+inf" if self.latest is None else self.latest.isoformat()
        return f"{lo} <= {self.point} <= {hi}"


Fact = Union[Constraint, Bound]


def before(a: str, b: str, *, strict: bool = False, evidence: str = "", strength: int = 1) -> tuple[Fact, ...]:
    """``a`` ends no later than ``b`` starts (they may meet), or, if ``strict``, at least a second earlier."""
    return (Constraint(end_of(a), start_of(b), _SECOND if strict else _ZERO, None, evidence, strength),)


def after(a: str, b: str, *, strict: bool = False, evidence: str = "", strength: int = 1) -> tuple[Fact, ...]:
    """``a`` starts no earlier than ``b`` ends (at least a second later if ``strict``)."""
    return before(b, a, strict=strict, evidence=evidence, strength=strength)


def at_least_after(a: str, b: str, gap: _dt.timedelta, *, evidence: str = "", strength: int = 1) -> tuple[Fact, ...]:
    """``a`` starts at least ``gap`` after ``b`` ends ("more than two days after")."""
    if _check_delta(gap, "at_least_after gap") is None:
        raise TypeError("at_least_after: gap must be a timedelta, got None")
    return (Constraint(end_of(b), start_of(a), gap, None, evidence, strength),)


def during(a: str, t: str, *, evidence: str = "", strength: int = 1) -> tuple[Fact, ...]:
    """``a`` is included in ``t`` (TimeML IS_INCLUDED / DURING): both ends inside ``t``."""
    return (
        Constraint(start_of(t), start_of(a), _ZERO, None, evidence, strength),
        Constraint(end_of(a), end_of(t), _ZERO, None, evidence, strength),
    )


def includes(a: str, b: str, *, evidence: str = "", strength: int = 1) -> tuple[Fact, ...]:
    """``a`` includes ``b``."""
    return during(b, a, evidence=evidence, strength=strength)


def overlaps(a: str, b: str, *, evidence: str = "", strength: int = 1) -> tuple[Fact, ...]:
    """``a`` and ``b`` share at least one instant (each starts no later than the other ends)."""
    return (
        Constraint(start_of(a), end_of(b), _ZERO, None, evidence, strength),
        Constraint(start_of(b), end_of(a), _ZERO, None, evidence, strength),
    )


def simultaneous(a: str, b: str, *, evidence: str = "", strength: int = 1) -> tuple[Fact, ...]:
    """``a`` and ``b`` start together and end together."""
    return (
        Constraint(start_of(a), start_of(b), _ZERO, _ZERO, evidence, strength),
        Constraint(end_of(a), end_of(b), _ZERO, _ZERO, evidence, strength),
    )


def by(a: str, t: str, *, evidence: str = "", strength: int = 1) -> tuple[Fact, ...]:
    """``a`` ends no later than ``t`` ends ("by Friday")."""
    return (Constraint(end_of(a), end_of(t), _ZERO, None, evidence, strength),)


def since(a: str, t: str, *, evidence: str = "", strength: int = 1) -> tuple[Fact, ...]:
    """``a`` began within ``t`` ("closed since Monday")."""
    return (
        Constraint(start_of(t), start_of(a), _ZERO, None, evidence, strength),
        Constraint(start_of(a), end_of(t), _ZERO, None, evidence, strength),
    )


def until(a: str, t: str, *, evidence: str = "", strength: int = 1) -> tuple[Fact, ...]:
    """``a`` ended within ``t`` ("open until Friday")."""
    return (
        Constraint(start_of(t), end_of(a), _ZERO, None, evidence, strength),
        Constraint(end_of(a), end_of(t), _ZERO, None, evidence, strength),
    )


def within(a: str, b: str, span: _dt.timedelta, *, evidence: str = "", strength: int = 1) -> tuple[Fact, ...]:
    """``a`` starts after ``b`` ends, by at most ``span`` ("within 40 hours of the vote")."""
    if _check_delta(span, "within span") is None:
        raise TypeError("within: span must be a timedelta, got None")
    if span < _ZERO:
        raise ValueError(f"within: span must not be negative, got {span}")
    return (Constraint(end_of(b), start_of(a), _ZERO, span, evidence, strength),)


def later(
    a: str,
    b: str,
    offset_min: _dt.timedelta,
    offset_max: Optional[_dt.timedelta] = None,
    *,
    evidence: str = "",
    strength: int = 1,
) -> tuple[Fact, ...]:
    """``a`` starts between ``offset_min`` and ``offset_max`` (default: exactly ``offset_min``) after ``b`` starts.

    The metric offset of "two days later"; a vague offset ("about two days") passes both.
    """
    if _check_delta(offset_min, "later offset_min") is None:
        raise TypeError("later: offset_min must be a timedelta, got None")
    _check_delta(offset_max, "later offset_max")
    return (Constraint(start_of(b), start_of(a), offset_min, offset_min if offset_max is None else offset_max, evidence, strength),)


def instant(a: str, *, evidence: str = "", strength: int = 1) -> tuple[Fact, ...]:
    """``a`` has no duration (start = end)."""
    return (Constraint(start_of(a), end_of(a), _ZERO, _ZERO, evidence, strength),)


def lasting(
    a: str,
    min_length: Optional[_dt.timedelta],
    max_length: Optional[_dt.timedelta] = None,
    *,
    evidence: str = "",
    strength: int = 1,
) -> tuple[Fact, ...]:
    """``a`` lasts between ``min_length`` and ``max_length`` ("a three-day strike")."""
    return (Constraint(start_of(a), end_of(a), min_length, max_length, evidence, strength),)


def bounded(
    a: str,
    earliest: Optional[_dt.datetime] = None,
    latest: Optional[_dt.datetime] = None,
    *,
    evidence: str = "",
    strength: int = 1,
) -> tuple[Fact, ...]:
    """``a`` lies within ``[earliest, latest]``: starts no earlier than ``earliest``, ends no later than ``latest``.

    Use it for a resolved time expression's bounds; ``None`` leaves that side open.
    """
    _check_time(earliest, "bounded earliest")
    _check_time(latest, "bounded latest")
    if earliest is None and latest is None:
        raise ValueError(f"bounded({a!r}): earliest and latest are both None (constrains nothing)")
    if earliest is not None and latest is not None and earliest > latest:
        raise ValueError(f"bounded({a!r}): earliest {earliest} after latest {latest}")
    out: list[Fact] = []
    if earliest is not None:
        out.append(Bound(start_of(a), earliest, None, evidence, strength))
    if latest is not None:
        out.append(Bound(end_of(a), None, latest, evidence, strength))
    return tuple(out)
