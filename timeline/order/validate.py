"""Check someone else's timeline (e.g. a language model's) against the constraints a text gives.

Each asserted time and each asserted relation is a *claim*.  Claims are added, one at a
time and weaker than every constraint, to the network built from the constraints; a claim
that closes a negative cycle is reported with the constraints it contradicts (their
evidence says which words rule it out) and is then withdrawn, so one bad claim does not
cause reports against later ones.  Claims may also contradict earlier accepted claims;
those appear among ``against`` with evidence ``"claimed: ..."``.
"""

from __future__ import annotations

import datetime as _dt
from typing import Callable, Iterable, Mapping, Optional, Union

import attrs

from .. import model as _model
from . import constraints as _c
from .constraints import Bound, Fact, Point, end_of, start_of
from .network import FactsLike, Network

__all__ = ["Violation", "validate", "CLAIM_STRENGTH", "CLAIMABLE_RELATIONS"]

CLAIM_STRENGTH = -(2**62)
"""Strength given to claims: weaker than any constraint, so a claim is what gets dropped."""

CLAIMABLE_RELATIONS: dict[str, Callable[..., tuple[Fact, ...]]] = {
    "BEFORE": _c.before,
    "AFTER": _c.after,
    "IS_INCLUDED": _c.during,
    "DURING": _c.during,
    "INCLUDES": _c.includes,
    "SIMULTANEOUS": _c.simultaneous,
    "OVERLAP": _c.overlaps,
    "OVERLAPS": _c.overlaps,
}
"""Relation names accepted in claims (TimeML-style, case-insensitive)."""

TimeClaim = Union[_dt.datetime, tuple[Optional[_dt.datetime], Optional[_dt.datetime]]]
RelationClaim = Union[_model.Relation, tuple[str, str, str]]


@attrs.frozen
class Violation:
    """A claim no assignment satisfying the constraints allows, and the constraints that rule it out."""

    claim: str
    facts: tuple[Fact, ...]
    against: tuple[Fact, ...]

    @property
    def evidence(self) -> tuple[str, ...]:
        """The evidence of the constraints the claim contradicts."""
        return tuple(f.evidence for f in self.against)


def _time_claim(name: str, value: TimeClaim) -> tuple[str, tuple[Fact, ...]]:
    start: Optional[_dt.datetime]
    end: Optional[_dt.datetime]
    if isinstance(value, _dt.datetime):
        start = end = value
    elif isinstance(value, tuple) and len(value) == 2:
        start, end = value
    else:
        raise TypeError(f"times[{name!r}] must be a datetime or a (start, end) pair, got {type(value).__name__}")
    label = f"{name} from {start.isoformat() if start else '?'} to {end.isoformat() if end else '?'}"
    evidence = f"claimed: {label}"
    facts: list[Fact] = []
    if start is not None:
        facts.append(Bound(start_of(name), start, start, evidence, CLAIM_STRENGTH))
    if end is not None:
        facts.append(Bound(end_of(name), end, end, evidence, CLAIM_STRENGTH))
    if not facts:
        raise ValueError(f"times[{name!r}] asserts neither a start nor an end")
    return label, tuple(facts)


def _relation_claim(claim: RelationClaim) -> tuple[str, tuple[Fact, ...]]:
    if isinstance(claim, _model.Relation):
        source, rel, target = claim.source, claim.relation, claim.target
    elif isinstance(claim, tuple) and len(claim) == 3:
        source, rel, target = claim
    else:
        raise TypeError(f"a relation claim must be a timeline.model.Relation or a (source, relation, target) tuple, got {claim!r}")
    if not isinstance(rel, str):
        raise TypeError(f"relation name must be a str, got {type(rel).__name__}")
    make: Optional[Callable[..., tuple[Fact, ...]]] = CLAIMABLE_RELATIONS.get(rel.upper())
    if make is None:
        raise ValueError(f"unknown relation {rel!r} in claim; accepted: {', '.join(sorted(CLAIMABLE_RELATIONS))}")
    label = f"{source} {rel.upper()} {target}"
    return label, make(source, target, evidence=f"claimed: {label}", strength=CLAIM_STRENGTH)


def _points(fact: Fact) -> tuple[Point, ...]:
    """The interval points a fact mentions (the origin is not one)."""
    return tuple(getattr(fact, a) for a in ("source", "target", "point") if isinstance(getattr(fact, a, None), Point))


def validate(
    facts: FactsLike,
    *,
    times: Optional[Mapping[str, TimeClaim]] = None,
    relations: Iterable[RelationClaim] = (),
    origin: Optional[_dt.datetime] = None,
) -> tuple[Violation, ...]:
    """Report every claim (asserted time or relation) that the constraints ``facts`` rule out.

    ``times`` maps an interval name to a datetime (an instant) or a ``(start, end)`` pair
    (either may be None); ``relations`` are :class:`timeline.model.Relation` or
    ``(source, relation, target)`` tuples with names from :data:`CLAIMABLE_RELATIONS`.
    If ``facts`` conflict among themselves they are first reconciled as :func:`order` does.
    """
    network = Network(facts, origin=origin)
    claims: list[tuple[str, tuple[Fact, ...]]] = []
    for name, value in (times or {}).items():
        claims.append(_time_claim(name, value))
    for rel in relations:
        claims.append(_relation_claim(rel))
    known = set(network.intervals)
    unknown = sorted({p.interval for _, claim_facts in claims for f in claim_facts for p in _points(f)} - known)
    if unknown:
        raise KeyError(f"no interval named {', '.join(map(repr, unknown))} in the facts")
    out: list[Violation] = []
    for label, claim_facts in claims:
        first = len(network)
        conflicts = network.add(claim_facts)
        if conflicts:
            mine = set(range(first, first + len(claim_facts)))
            against: list[Fact] = []
            for conflict in conflicts:
                against.extend(f for f in conflict.constraints if f not in claim_facts and f not in against)
            out.append(Violation(label, claim_facts, tuple(against)))
            for index in mine:
                network._retract(index)
    return tuple(out)
