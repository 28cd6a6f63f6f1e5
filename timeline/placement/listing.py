"""The order a timeline lists its events in, the runs whose order is open, and relations a
caller hands in."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable, Mapping, Sequence

import attrs

from ..order import Fact

if TYPE_CHECKING:
    from ..order import OrderResult
    from ..relations import PredictedRelation


from .base import SoftFact, _interval_facts
from .narration import NARRATED_ORDER_MIN
from .relations import _LABELS, STATED_ORDER_MIN

def timeline_order(likely: "OrderResult", placed: Sequence[str], everything: Sequence[str], accepted: Sequence[SoftFact] = (),
                   guesses: Sequence["PredictedRelation"] = (), text_first: Iterable[tuple[str, str]] = (),
                   narrated: Iterable[tuple[str, str]] = (), summary: frozenset[str] = frozenset()) -> dict[str, int]:
    """Position of each event: placed real events by their likely bounds (a linear extension of
    every definite relation, ties resolved exactly), then the rest in text order.

    Events whose start bounds tie are put in the start order a kept guess gives them: the
    bounds of their ends must not reverse what the models said of their starts.  Then, among
    the same ties, in the start order the model finds most likely where the timeline's relations
    state it (``guesses``: learned relations whose start order is at least
    :data:`~timeline.placement.relations.STATED_ORDER_MIN` sure), so that the listing shows what
    the relations say.  Orders go in by rank (kept ones told in sequence by the text first, then
    the other kept ones, then the guesses; the surer first within each); one that would close a
    cycle with those already in is skipped.  Before all of them, the pairs of ``text_first`` ((x, y): a link of the text
    starts x no later than y, "sold out within six hours of sales opening"): with their starts tied, the text's order.
    Among the guesses, the narrated steps (``narrated``: (x, y), y told as the story's next step after x,
    :func:`~timeline.placement.narration.narrated_steps`) in the order told, as sure as
    :data:`~timeline.placement.narration.NARRATED_ORDER_MIN` ("called the fire service, and crews arrived").
    After all of them, the order the text tells tied events in, but for the events of ``summary`` (a news story's lead
    paragraph, which tells the outcome before the steps that led to it)."""
    ordered = likely.linear_order(placed)
    ranked: list[tuple[int, float, str, str]] = [(-1, 0.0, a, b) for a, b in text_first]
    for f in accepted:
        if f.kind == "event-event" and f.relation == "START_BEFORE":  # what the text tells in sequence before what a model learned
            ranked.append((0 if f.told == "sequence" else 1, -f.confidence, f.source, f.target))
        elif f.kind == "event-label":
            ranked.append((1, -f.confidence, *((f.source, f.target) if f.relation == "BEFORE" else (f.target, f.source))))
    for p in guesses:
        if p.kind == "event-event" and p.start_order in ("BEFORE", "AFTER") and p.start_confidence >= STATED_ORDER_MIN:
            ranked.append((2, -p.start_confidence, *((p.source, p.target) if p.start_order == "BEFORE" else (p.target, p.source))))
    ranked += [(2, -NARRATED_ORDER_MIN, a, b) for a, b in narrated]
    ranked.extend(_text_steps(likely, ordered, [e for e in everything if e not in summary]))
    if ranked:
        key = {n: (likely.bounds[n].earliest_start, likely.bounds[n].latest_start) for n in ordered}
        runs: list[list[str]] = []
        for n in ordered:
            if runs and key[runs[-1][-1]] == key[n]:
                runs[-1].append(n)
            else:
                runs.append([n])
        run_of = {n: k for k, run in enumerate(runs) if len(run) > 1 for n in run}
        edges: dict[int, list[tuple[str, str]]] = {}
        for _, _, a, b in sorted(ranked):
            # an order is used for two equal starts only where what is definite does not put b first
            # (b an instant that ends as a starts: "b before a" holds with their starts equal)
            k = run_of.get(a)
            if k is not None and run_of.get(b) == k and a != b and not likely.before(b, a):
                edges.setdefault(k, []).append((a, b))
        ordered = [n for k, run in enumerate(runs) for n in (_start_sorted(run, edges[k]) if k in edges else run)]
    seen = set(ordered)
    ordered += [e for e in everything if e not in seen]
    return {eid: i for i, eid in enumerate(ordered)}


def _text_steps(likely: "OrderResult", ordered: Sequence[str], everything: Sequence[str]) -> list[tuple[int, float, str, str]]:
    """Last of all, among events whose likely starts tie, the order the text tells them in (``everything`` is in text
    order): each event before the next one of its tie, as orders of the lowest rank (a match's goals on the lead's day:
    "led after 20 minutes ... hit the post ... levelled in the 58th minute", not the events' id order)."""
    position = {eid: k for k, eid in enumerate(everything)}
    key = {n: (likely.bounds[n].earliest_start, likely.bounds[n].latest_start) for n in ordered}
    last: dict[tuple, str] = {}
    out: list[tuple[int, float, str, str]] = []
    for n in sorted((n for n in ordered if n in position), key=position.__getitem__):
        before = last.get(key[n])
        if before is not None:
            out.append((3, 0.0, before, n))
        last[key[n]] = n
    return out


def _start_sorted(run: list[str], edges: Sequence[tuple[str, str]]) -> list[str]:
    """``run`` reordered so that a comes before b for each (a, b) of ``edges`` taken in the order
    given, skipping one that would close a cycle with those taken before; otherwise the given
    order is kept.

    The order is kept up to date edge by edge (Pearce and Kelly's dynamic topological order): an
    edge the current order already agrees with costs nothing; one that disagrees moves only the
    events between its two ends that must move, so the work stays near linear when, as here,
    edges join events mentioned near each other and mostly agree with the order given."""
    pos = {n: i for i, n in enumerate(run)}
    order = list(run)
    succ: dict[str, set[str]] = {}
    pred: dict[str, set[str]] = {}
    for a, b in edges:
        if b in succ.get(a, ()):
            continue
        low, high = pos[b], pos[a]
        if low < high:  # b is listed before a
            forward = _reach(b, succ, pos, lambda p: p <= high)
            if a in forward:
                continue  # b already comes before a by the edges taken: a cycle
            backward = _reach(a, pred, pos, lambda p: p >= low)
            moved = sorted(backward, key=pos.__getitem__) + sorted(forward, key=pos.__getitem__)
            for n, slot in zip(moved, sorted(pos[n] for n in moved)):
                pos[n] = slot
                order[slot] = n
        succ.setdefault(a, set()).add(b)
        pred.setdefault(b, set()).add(a)
    return order


def _reach(start: str, step: Mapping[str, set[str]], pos: Mapping[str, int], inside: Callable[[int], bool]) -> list[str]:
    """``start`` and every name reachable from it through ``step`` without leaving the positions ``inside`` admits."""
    seen = {start}
    stack = [start]
    while stack:
        n = stack.pop()
        for m in step.get(n, ()):
            if m not in seen and inside(pos[m]):
                seen.add(m)
                stack.append(m)
    return list(seen)


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
