"""The order a timeline lists its events in, the runs whose order is open, and relations a
caller hands in."""

from __future__ import annotations

import heapq
from typing import TYPE_CHECKING, Mapping, Sequence

import attrs

from ..order import Fact

if TYPE_CHECKING:
    from ..order import OrderResult


from .base import SoftFact, _interval_facts
from .relations import _LABELS

def timeline_order(likely: "OrderResult", placed: Sequence[str], everything: Sequence[str], accepted: Sequence[SoftFact] = ()) -> dict[str, int]:
    """Position of each event: placed real events by their likely bounds (a linear extension of
    every definite relation, ties resolved exactly), then the rest in text order.

    Events whose start bounds tie are put in the start order a kept guess gives them: the
    bounds of their ends must not reverse what the models said of their starts."""
    ordered = likely.linear_order(placed)
    first = {(f.source, f.target) for f in accepted if f.kind == "event-event" and f.relation == "START_BEFORE"}
    first |= {(f.source, f.target) if f.relation == "BEFORE" else (f.target, f.source) for f in accepted if f.kind == "event-label"}
    if first:
        key = {n: (likely.bounds[n].earliest_start, likely.bounds[n].latest_start) for n in ordered}
        runs: list[list[str]] = []
        for n in ordered:
            if runs and key[runs[-1][-1]] == key[n]:
                runs[-1].append(n)
            else:
                runs.append([n])
        run_of = {n: k for k, run in enumerate(runs) if len(run) > 1 for n in run}
        successors: dict[str, list[str]] = {}
        for a, b in first:
            # a guess orders two equal starts only where what is definite does not put b first
            # (b an instant that ends as a starts: "b before a" holds with their starts equal)
            if a in run_of and run_of.get(b) == run_of[a] and not likely.before(b, a):
                successors.setdefault(a, []).append(b)
        ordered = [n for run in runs for n in (_start_sorted(run, successors) if len(run) > 1 else run)]
    seen = set(ordered)
    ordered += [e for e in everything if e not in seen]
    return {eid: i for i, eid in enumerate(ordered)}


def _start_sorted(run: list[str], first: Mapping[str, Sequence[str]]) -> list[str]:
    """``run`` reordered so that every kept (a, b) in ``first`` (a -> the b's) between its members
    has a before b, otherwise keeping the given order (a stable topological sort)."""
    members = set(run)
    after: dict[str, list[str]] = {n: [] for n in run}
    for a in run:
        for b in first.get(a, ()):
            if b in members and b != a:
                after[a].append(b)
    indeg = {n: 0 for n in run}
    for n in run:
        for m in after[n]:
            indeg[m] += 1
    rank = {n: i for i, n in enumerate(run)}
    ready = [rank[n] for n in run if indeg[n] == 0]
    heapq.heapify(ready)  # always the earliest-ranked ready one: each step O(log n), not a sort
    out: list[str] = []
    while ready:
        n = run[heapq.heappop(ready)]
        out.append(n)
        for m in after[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                heapq.heappush(ready, rank[m])
    return out if len(out) == len(run) else run  # a cycle of equal starts: keep the bounds' order


def open_runs(likely: "OrderResult", ordered: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """Runs of neighbours (in timeline order) whose mutual order even the likely layer leaves open."""
    runs: list[tuple[str, ...]] = []
    current: list[str] = []
    for a, b in zip(ordered, ordered[1:]):
        if likely.before(a, b):
            if len(current) > 1:
                runs.append(tuple(current))
            current = []
            continue
        if not current:
            current = [a]
        current.append(b)
    if len(current) > 1:
        runs.append(tuple(current))
    return tuple(runs)


def caller_relations(items: object, known: frozenset[str]) -> tuple[list[Fact], list[SoftFact]]:
    """A caller's relations: ``{"source", "relation", "target"}`` with an optional ``confidence``
    (default 1.0).  Confidence 1.0 is a fact as firm as the text's; below it, a soft guess.

    Raises :class:`InputError` naming the item for an unknown id, relation or a confidence
    outside [0, 1]."""
    from ..errors import InputError

    if isinstance(items, (str, bytes)) or not isinstance(items, (list, tuple)):
        raise InputError(f"relations must be a list of mappings, not {type(items).__name__}")
    hard: list[Fact] = []
    soft: list[SoftFact] = []
    for n, item in enumerate(items):
        where = f"relations[{n}]"
        if not isinstance(item, Mapping):
            raise InputError(f"{where} must be a mapping with 'source', 'relation', 'target', not {type(item).__name__}")
        unknown = set(item) - {"source", "relation", "target", "confidence"}
        if unknown:
            raise InputError(f"{where} has unknown keys {sorted(unknown)}")
        a, rel, b = item.get("source"), item.get("relation"), item.get("target")
        for side, name in (("source", a), ("target", b)):
            if name not in known:
                raise InputError(f"{where}: {side} {name!r} is not an event, a time expression or 'reference_time' of this document")
        if rel not in _LABELS:
            raise InputError(f"{where}: relation {rel!r} is not one of {', '.join(_LABELS)}")
        confidence = item.get("confidence", 1.0)
        if isinstance(confidence, bool) or not isinstance(confidence, (int, float)) or not 0.0 <= float(confidence) <= 1.0:
            raise InputError(f"{where}: confidence {confidence!r} is not a number in [0, 1]")
        facts = _interval_facts(str(a), str(rel), str(b), f"given: {a} {rel} {b}")
        if float(confidence) == 1.0:
            hard.extend(attrs.evolve(f, strength=_CALLER_STRENGTH) for f in facts)
        else:
            soft.append(SoftFact(str(a), str(b), str(rel), float(confidence), "given", facts, "given by the caller"))
    return hard, soft


_CALLER_STRENGTH = 3
"""A caller's certain relation weighs like an explicit signal word of the text."""
