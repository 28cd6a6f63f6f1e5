"""Ordering: events and times as intervals, relations as difference constraints, tight bounds.

Public API (the package itself is callable: ``timeline.order(facts)`` is ``order(facts)``)::

    order(facts, *, origin=None)   -> OrderResult   propagate, resolve conflicts, query
    Network(facts=(), *, origin=None)               the same, incrementally (.add / .extend / .result)
    validate(facts, *, times=..., relations=...) -> tuple[Violation, ...]

Facts are :class:`Constraint` (``min <= target - source <= max`` between interval end
points) and :class:`Bound` (a point between two datetimes), usually built with the relation
constructors (``before``, ``during``, ``within`` ...).  See ``docs/ordering.md``.
"""

from __future__ import annotations

import datetime as _dt
import sys as _sys
import types as _types
from typing import Optional

from .constraints import (
    Bound,
    Constraint,
    Fact,
    Point,
    Side,
    after,
    at_least_after,
    before,
    bounded,
    by,
    during,
    end_of,
    includes,
    instant,
    lasting,
    later,
    overlaps,
    simultaneous,
    since,
    start_of,
    until,
    within,
)
from .network import STRUCTURAL_STRENGTH, FactsLike, Network
from .result import RELATIONS, Conflict, IntervalBounds, OrderResult
from .validate import Violation, validate

__all__ = [
    "order",
    "validate",
    "Network",
    "OrderResult",
    "IntervalBounds",
    "Conflict",
    "Violation",
    "Constraint",
    "Bound",
    "Fact",
    "Point",
    "Side",
    "start_of",
    "end_of",
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
    "RELATIONS",
    "STRUCTURAL_STRENGTH",
]


def order(facts: FactsLike, *, origin: Optional[_dt.datetime] = None) -> OrderResult:
    """Propagate ``facts`` to the tightest bounds, dropping the weakest constraint of each conflict.

    ``facts``: Constraints/Bounds, or the tuples the relation constructors return (mixed
    freely).  ``origin`` only fixes which datetime is second 0; results do not depend on it.
    Always returns a result; ``result.conflicts`` says what was dropped and why.
    """
    network = Network(facts, origin=origin)
    return network._result(copy=False)


class _CallableModule(_types.ModuleType):
    """Lets ``timeline.order(facts)`` call :func:`order` while ``timeline.order.before`` etc. stay importable.

    Re-exporting the function as ``timeline.order`` would shadow this package (and break
    ``from timeline import order``); making the package callable gives both spellings.
    """

    def __call__(self, facts: FactsLike, *, origin: Optional[_dt.datetime] = None) -> OrderResult:
        return order(facts, origin=origin)


_sys.modules[__name__].__class__ = _CallableModule
