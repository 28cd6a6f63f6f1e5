"""An incremental simple temporal network over interval end points.

:class:`Network` accepts :class:`~timeline.order.constraints.Constraint` and
:class:`~timeline.order.constraints.Bound` facts, keeps itself consistent (dropping the
weakest constraint of each negative cycle it finds, see ``docs/ordering.md``), and hands
out immutable :class:`~timeline.order.result.OrderResult` snapshots.
"""

from __future__ import annotations

import datetime as _dt
from typing import Iterable, Optional, Union

from ._engine import INF, Engine
from .constraints import _START, Bound, Constraint, Fact, Point, end_of, start_of
from .result import Conflict, IntervalBounds, OrderResult

__all__ = ["Network", "STRUCTURAL_STRENGTH", "FactsLike"]

STRUCTURAL_STRENGTH = 2**62
"""Strength of the implicit ``start <= end`` of every interval; such facts are never dropped."""

_SECOND = _dt.timedelta(seconds=1)
_ZERO = _dt.timedelta(0)

FactsLike = Union[Fact, Iterable[Union[Fact, Iterable[Fact]]]]


def _floor_seconds(td: _dt.timedelta) -> int:
    return td.days * 86400 + td.seconds


def _ceil_seconds(td: _dt.timedelta) -> int:
    return td.days * 86400 + td.seconds + (1 if td.microseconds else 0)


def _moved(origin: _dt.datetime, seconds: float) -> Optional[_dt.datetime]:
    """``origin`` plus ``seconds``, or None (an open bound) when that lies outside ``datetime``'s range.

    A bound beyond the calendar is no bound the caller can use: an earliest before year 1 or a
    latest after 9999 constrains nothing representable, so leaving it open stays sound.  The one
    exception is a latest that whole-second rounding pushed less than a second past
    ``datetime.max`` (a bound given as ``datetime.max`` itself): it comes out as ``datetime.max``.
    """
    try:
        return origin + _dt.timedelta(0, seconds)  # (days, seconds): positional, no keyword parsing (thousands per result)
    except OverflowError:
        if seconds > 0 and seconds - 1 <= _floor_seconds(_dt.datetime.max - origin):
            return _dt.datetime.max  # a latest bound rounded up to the second just past the end: the end
        return None


def flatten_facts(facts: FactsLike) -> list[Fact]:
    """Accept one fact, or an iterable of facts and tuples of facts (as the relation constructors return)."""
    if facts.__class__ is tuple:  # a relation constructor's tuple of facts (thousands of trials per long text): one test per fact
        for item in facts:
            if item.__class__ is not Constraint and item.__class__ is not Bound:
                break
        else:
            return list(facts)
    if isinstance(facts, (Constraint, Bound)):
        return [facts]
    if isinstance(facts, (str, bytes)) or not hasattr(facts, "__iter__"):
        raise TypeError(f"expected a Constraint, a Bound or an iterable of them, got {type(facts).__name__}")
    out: list[Fact] = []
    for item in facts:
        if isinstance(item, (Constraint, Bound)):
            out.append(item)
        elif isinstance(item, (tuple, list)):
            for sub in item:
                if not isinstance(sub, (Constraint, Bound)):
                    raise TypeError(f"expected a Constraint or a Bound, got {type(sub).__name__}")
                out.append(sub)
        else:
            raise TypeError(f"expected a Constraint, a Bound or a tuple of them, got {type(item).__name__}")
    return out


class Network:
    """A simple temporal network you can keep adding constraints to.

    ``origin`` is the datetime that integer second 0 stands for; by default the first
    datetime seen in a :class:`Bound` (its value does not change any result).  Every
    interval named in a fact gets the implicit constraint ``start <= end``.

    Adding a constraint is incremental: a constraint the current feasible assignment
    already satisfies costs O(1) for consistency, otherwise a label-correcting pass runs
    from its tail over the points whose value must move; bounds are then tightened by a
    Dijkstra restricted to the points whose bound improves.
    """

    def __init__(self, facts: FactsLike = (), *, origin: Optional[_dt.datetime] = None) -> None:
        if origin is not None and not isinstance(origin, _dt.datetime):
            raise TypeError(f"origin must be a datetime.datetime or None, got {type(origin).__name__}")
        self._origin: Optional[_dt.datetime] = origin.replace(microsecond=0) if origin is not None else None
        self._engine = Engine()
        self._end_of: list[Optional[str]] = [None]  # point -> the interval it ends (None: a start, or the origin)
        self._intervals: dict[str, tuple[int, int]] = {}
        self._structural_edge: dict[str, int] = {}  # interval -> edge end -> start of weight 0
        # the facts in order of insertion; an interval's own start <= end is held as its name
        # until a conflict lists it (_fact makes the Constraint then): a long text has thousands
        self._facts: list[Union[Fact, str]] = []
        self._fact_edges: list[list[int]] = []
        self._fact_alive: list[bool] = []
        self._conflicts: list[Conflict] = []
        # a bound's datetime -> its edge weight in seconds, once the origin is fixed (thousands of a long text's bounds
        # share a few hundred datetimes: a day's midnight, the publication day's end)
        self._latest_seconds: dict[_dt.datetime, int] = {}
        self._earliest_seconds: dict[_dt.datetime, int] = {}
        self.last_touched = 0
        """Points whose label or bound moved in the last :meth:`add` (a cost measure)."""
        flat = flatten_facts(facts)
        if flat:
            self.extend(flat)

    # -- public -------------------------------------------------------------------------

    @property
    def origin(self) -> Optional[_dt.datetime]:
        """The datetime of second 0 (None until one is given or a Bound is seen)."""
        return self._origin

    @property
    def conflicts(self) -> tuple[Conflict, ...]:
        """Every conflict found so far, in the order found, each with what was dropped."""
        return tuple(self._conflicts)

    @property
    def intervals(self) -> tuple[str, ...]:
        """Interval names in order of first mention."""
        return tuple(self._intervals)

    def __len__(self) -> int:
        return len(self._facts)

    def extend(self, facts: FactsLike) -> tuple[Conflict, ...]:
        """Add many facts at once; returns the conflicts this caused.

        Facts are propagated strongest tier first.  Each tier is tried in one
        label-correcting pass; if that meets a negative cycle, the tier is undone and its
        facts are added one at a time (each cycle is then found while adding one of its
        weakest members, and is local to it).
        """
        flat = flatten_facts(facts)
        engine = self._engine
        before = len(self._conflicts)
        first = len(self._facts)
        self._insert_inactive(flat)
        tiers: dict[int, list[int]] = {}
        for index in range(first, len(self._facts)):
            fact = self._facts[index]
            tiers.setdefault(STRUCTURAL_STRENGTH if fact.__class__ is str else fact.strength, []).append(index)  # type: ignore[union-attr]
        out, inn, alive = engine.out, engine.inn, engine.edge_alive
        eu, ev, ew = engine.edge_u, engine.edge_v, engine.edge_w
        for strength in sorted(tiers, reverse=True):
            edges = [e for index in tiers[strength] for e in self._fact_edges[index]]
            snapshot = list(engine.p)
            for e in edges:  # engine.activate(e), written out (tens of thousands of edges per long text)
                if not alive[e]:
                    alive[e] = True
                    u, v = eu[e], ev[e]
                    out[u][e] = v
                    inn[v][e] = u
            if engine.relax(engine.violated_tails(edges)) is None:
                continue
            # the tier again, one fact at a time: each edge killed (engine.kill_edge), then put
            # back (engine.activate) and settled in turn, written out; an edge the potential
            # already satisfies needs no search (check_edge's own first test)
            engine.p = p = snapshot
            pred, fact_alive, edge_fact, settle_edge = engine.pred, self._fact_alive, engine.edge_fact, self._settle_edge
            for e in edges:
                if alive[e]:
                    alive[e] = False
                    v = ev[e]
                    del out[eu[e]][e]
                    del inn[v][e]
                    if pred[v] == e:
                        pred[v] = -1
            for e in edges:
                if fact_alive[edge_fact[e]]:
                    if not alive[e]:
                        alive[e] = True
                        u, v, w = eu[e], ev[e], ew[e]
                        out[u][e] = v
                        inn[v][e] = u
                        if p[u] + w >= p[v]:
                            continue
                    settle_edge(e)
        engine.bounds_valid = False
        return tuple(self._conflicts[before:])

    def add(self, facts: FactsLike) -> tuple[Conflict, ...]:
        """Add one fact (or a relation's tuple of facts) incrementally; returns the conflicts it caused."""
        return self._add(flatten_facts(facts), shortest=True)[0]

    def _add(self, flat: list[Fact], *, shortest: bool, defer_bounds: bool = False,
             pairs: Optional[list[list[tuple[int, int, int]]]] = None) -> tuple[tuple[Conflict, ...], list[int]]:
        """:meth:`add` of flattened facts, and the new edges; with ``shortest`` False a conflict may
        list any negative cycle (a trial that is withdrawn anyway); with ``defer_bounds`` the bounds
        are left for the caller to tighten (a trial tightens them only once it is kept).  ``pairs``:
        each fact's edges (:meth:`_pairs`) when the caller has them already."""
        engine = self._engine
        before = len(self._conflicts)
        first_new_fact = len(self._facts)
        new_edges: list[int] = []
        for k, fact in enumerate(flat):
            new_edges.extend(self._insert(fact, active=False, pairs=None if pairs is None else pairs[k]))
        touched = 0
        for e in new_edges:
            # one edge at a time: check_edge needs every other live edge satisfied
            if self._fact_alive[engine.edge_fact[e]]:
                engine.activate(e)
                touched += self._settle_edge(e, shortest=shortest)
        dropped_old = len(self._conflicts) > before and any(c.dropped_index < first_new_fact for c in self._conflicts[before:])
        if dropped_old:
            engine.bounds_valid = False
        elif engine.bounds_valid and not defer_bounds:
            touched += self._tighten(new_edges)
        self.last_touched = touched
        return tuple(self._conflicts[before:]), new_edges

    def _tighten(self, edges: list[int]) -> int:
        """Update the bounds for new live ``edges``; returns the points touched."""
        engine = self._engine
        touched = 0
        for e in edges:  # a loop, not a generator: a fact has one or two edges, and every soft fact comes here
            if engine.edge_alive[e]:
                touched += engine.update_bounds(e)
        return touched

    def try_add(self, facts: FactsLike) -> bool:
        """Add ``facts`` only if they agree with everything already in; True if they were kept.

        For soft knowledge (learned relations, conventions): facts that would close a
        negative cycle are withdrawn together and no conflict is recorded, so what is
        already in, textual evidence above all, is never dropped for a guess.  A refused trial
        leaves the bounds as they were (the same facts hold), so while they are known a fact
        that contradicts them is refused on sight, without a search (the cycle through the
        origin the bounds stand for is enough).
        """
        flat = flatten_facts(facts)
        engine = self._engine
        valid = engine.bounds_valid
        pairs = None
        if valid and self._origin is not None:
            pairs = [self._pairs(fact) for fact in flat]  # adds the intervals the facts name, as a trial would
            if self._refused_by_bounds(pairs):
                return False
        before = len(self._conflicts)
        first = len(self._facts)
        if pairs is None:
            _, new_edges = self._add(flat, shortest=False, defer_bounds=True)  # any cycle will do: the facts go again whichever it is
        else:
            new_edges = self._trial(flat, pairs)
        if len(self._conflicts) == before:
            if engine.bounds_valid:
                # _tighten, written out: most edges move no bound (update_bounds' own first tests)
                touched = 0
                eu, ev, ew, alive, fwd, bwd = engine.edge_u, engine.edge_v, engine.edge_w, engine.edge_alive, engine.fwd, engine.bwd
                for e in new_edges:
                    if alive[e]:
                        u, v, w = eu[e], ev[e], ew[e]
                        if fwd[u] + w < fwd[v] or bwd[v] + w < bwd[u]:
                            touched += engine.update_bounds(e)
                self.last_touched += touched
            return True
        for index in range(first, len(self._facts)):
            self._retract(index)
        if any(c.dropped_index < first for c in self._conflicts[before:]):
            # an older fact was the weakest of a cycle: bring it back (the new ones are gone)
            for c in self._conflicts[before:]:
                if c.dropped_index < first:
                    self._restore(c.dropped_index)
        del self._conflicts[before:]
        engine.bounds_valid = valid  # the facts are those before the trial, and the trial left the bounds alone
        return False

    def _trial(self, flat: list[Fact], pairs: list[list[tuple[int, int, int]]]) -> list[int]:
        """:meth:`_add` of ``flat`` with their edges ``pairs``, ``shortest`` False and ``defer_bounds``
        (for :meth:`try_add` only), written out for the trials of soft facts (thousands per long text, most agreeing at
        once): each fact registered and its edges recorded here, and an edge the potential
        already satisfies needs no search (check_edge's own first test); returns the new edges."""
        engine = self._engine
        facts, fact_alive, fact_edges = self._facts, self._fact_alive, self._fact_edges
        eu, ev, ew, ef, ea = engine.edge_u, engine.edge_v, engine.edge_w, engine.edge_fact, engine.edge_alive
        new_edges: list[int] = []
        for fact, fact_pairs in zip(flat, pairs):
            index = len(facts)
            facts.append(fact)
            fact_alive.append(True)
            ids = []
            for u, v, w in fact_pairs:
                ids.append(len(eu))
                eu.append(u)
                ev.append(v)
                ew.append(w)
                ef.append(index)
                ea.append(False)
            fact_edges.append(ids)
            new_edges += ids
        touched = 0
        out, inn, p = engine.out, engine.inn, engine.p
        for e in new_edges:
            # one edge at a time: check_edge needs every other live edge satisfied
            if fact_alive[ef[e]]:
                if not ea[e]:  # engine.activate(e)
                    ea[e] = True
                    u, v, w = eu[e], ev[e], ew[e]
                    out[u][e] = v
                    inn[v][e] = u
                    if p[u] + w >= p[v]:
                        continue  # satisfied: _settle_edge would find no cycle and move nothing
                touched += self._settle_edge(e, shortest=False)
        # (no bounds_valid = False when an older fact was dropped, as _add has: try_add then withdraws
        # the trial and restores what the bounds were known for)
        self.last_touched = touched
        return new_edges

    def _refused_by_bounds(self, pairs: list[list[tuple[int, int, int]]]) -> bool:
        """True when one of the facts' edges ``pairs`` closes a negative cycle through the origin
        by the (exact) bounds: ``latest(u) + w - earliest(v) < 0``."""
        fwd, bwd = self._engine.fwd, self._engine.bwd
        for edges in pairs:  # loops, not a generator (as in _tighten)
            for u, v, w in edges:
                if fwd[u] + bwd[v] + w < 0:
                    return True
        return False

    def _restore(self, index: int) -> None:
        """Bring back fact ``index`` after a trial that dropped it was withdrawn."""
        if not self._fact_alive[index]:
            self._fact_alive[index] = True
            for e in self._fact_edges[index]:  # one edge at a time, as in add
                if self._fact_alive[index]:
                    self._engine.activate(e)
                    self._settle_edge(e)
            self._engine.bounds_valid = False

    def result(self) -> OrderResult:
        """An immutable snapshot: tight bounds per interval, conflicts, and pairwise queries."""
        return self._result(copy=True)

    def last_result(self) -> OrderResult:
        """:meth:`result` without copying the network's state, for its last use: the result shares
        it, so the network must not be changed afterwards (a copy costs as much as a build's
        bounds)."""
        return self._result(copy=False)

    def bounds(self, interval: str) -> IntervalBounds:
        """Tight bounds of one interval (see :class:`IntervalBounds`)."""
        if interval not in self._intervals:
            raise KeyError(f"no interval named {interval!r} in this network")
        self._ensure_bounds()
        s, e = self._intervals[interval]
        return IntervalBounds(self._earliest(s), self._latest(s), self._earliest(e), self._latest(e))

    # -- internals ----------------------------------------------------------------------

    def _result(self, *, copy: bool) -> OrderResult:
        self._ensure_bounds()
        fwd, bwd, origin = self._engine.fwd, self._engine.bwd, self._origin
        # per point, as _earliest and _latest; each distinct bound moved once (many points share
        # one, a day's midnight), an unbounded one (INF) not at all: ``get`` gives it None
        if origin is None:
            earliest: list[Optional[_dt.datetime]] = [None] * len(bwd)
            latest: list[Optional[_dt.datetime]] = earliest
        else:
            back = {d: _moved(origin, -d) for d in set(bwd) if d != INF}
            ahead = {d: _moved(origin, d) for d in set(fwd) if d != INF}
            earliest = list(map(back.get, bwd))
            latest = list(map(ahead.get, fwd))
        bounds = {name: IntervalBounds(earliest[s], latest[s], earliest[e], latest[e]) for name, (s, e) in self._intervals.items()}
        engine = self._engine.snapshot() if copy else self._engine
        return OrderResult._build(
            origin=self._origin,
            bounds=bounds,
            conflicts=tuple(self._conflicts),
            engine=engine,
            intervals=dict(self._intervals) if copy else self._intervals,
        )

    def _ensure_bounds(self) -> None:
        if not self._engine.bounds_valid:
            self._engine.recompute_bounds()

    def _earliest(self, node: int) -> Optional[_dt.datetime]:
        d = self._engine.bwd[node]
        if d == INF or self._origin is None:
            return None
        return _moved(self._origin, -d)

    def _latest(self, node: int) -> Optional[_dt.datetime]:
        d = self._engine.fwd[node]
        if d == INF or self._origin is None:
            return None
        return _moved(self._origin, d)

    def _node(self, point: Point) -> int:
        ends = self._intervals.get(point.interval)  # by name: a Point's own hash goes through Python code
        if ends is None:
            self._ensure_interval(point.interval)
            ends = self._intervals[point.interval]
        return ends[0] if point.side is _START else ends[1]

    def _ensure_interval(self, name: str) -> None:
        """Add the interval ``name`` (a name a Point has checked) with its ``start <= end``: one live
        edge (start - end <= 0, as :meth:`_pairs` would make it) for a fact held as the name (:meth:`_fact`)."""
        if name in self._intervals:
            return
        engine = self._engine
        s = engine.add_node()
        e = engine.add_node()
        self._end_of.extend((None, name))
        self._intervals[name] = (s, e)
        index = len(self._facts)
        self._facts.append(name)
        if name.__class__ is not str:  # a str subclass: no placeholder that could be taken for a fact
            self._fact(index)
        self._fact_alive.append(True)
        edges = engine.add_edges([(e, s, 0)], index, active=True)
        self._fact_edges.append(edges)
        self._structural_edge[name] = edges[0]

    def _fact(self, index: int) -> Fact:
        """Fact ``index``; an interval's ``start <= end`` is made the first time it is asked for."""
        fact = self._facts[index]
        if isinstance(fact, str):
            name = fact
            fact = self._facts[index] = Constraint(start_of(name), end_of(name), _ZERO, None, f"{name} starts no later than it ends", STRUCTURAL_STRENGTH)
        return fact  # type: ignore[return-value]

    def _seconds_from_origin(self, when: _dt.datetime, *, ceil: bool) -> int:
        if self._origin is None:
            self._origin = when.replace(microsecond=0)
        if (when.tzinfo is None) != (self._origin.tzinfo is None):
            raise TypeError(f"cannot mix naive and aware datetimes: origin {self._origin.isoformat()}, bound {when.isoformat()}")
        delta = when - self._origin
        return _ceil_seconds(delta) if ceil else _floor_seconds(delta)

    def _insert_inactive(self, flat: list[Fact]) -> None:
        """:meth:`_insert` of each of ``flat`` in turn, inactive: for a :class:`Constraint` the work of
        :meth:`_pairs` and :meth:`Engine.add_edges` written out in one loop (a long text's
        thousands of facts each went through three calls); anything else goes through :meth:`_insert`."""
        facts, fact_alive, fact_edges = self._facts, self._fact_alive, self._fact_edges
        engine = self._engine
        eu, ev, ew, ef, ea = engine.edge_u, engine.edge_v, engine.edge_w, engine.edge_fact, engine.edge_alive
        intervals, node = self._intervals, self._node
        for fact in flat:
            if fact.__class__ is not Constraint:
                self._insert(fact, active=False)
                continue
            # u, v = self._node(fact.source), self._node(fact.target), with a known interval's lookup written out
            point = fact.source
            ends = intervals.get(point.interval)
            u = node(point) if ends is None else ends[0] if point.side is _START else ends[1]
            point = fact.target
            ends = intervals.get(point.interval)
            v = node(point) if ends is None else ends[0] if point.side is _START else ends[1]
            index = len(facts)
            facts.append(fact)
            fact_alive.append(True)
            e = len(eu)
            hi, lo = fact.max, fact.min
            if hi is not None:  # the edges in _pairs' order: max, then min
                eu.append(u)
                ev.append(v)
                ew.append(_ceil_seconds(hi))
                ef.append(index)
                ea.append(False)
            if lo is not None:
                eu.append(v)
                ev.append(u)
                ew.append(-_floor_seconds(lo))
                ef.append(index)
                ea.append(False)
            fact_edges.append([e] if len(eu) == e + 1 else [e, e + 1])

    def _insert(self, fact: Fact, *, active: bool = True, pairs: Optional[list[tuple[int, int, int]]] = None) -> list[int]:
        """Register ``fact`` and add its edges (unpropagated; ``pairs``: its :meth:`_pairs` if known); returns the new edge ids."""
        if pairs is None:
            pairs = self._pairs(fact)
        index = len(self._facts)
        self._facts.append(fact)
        self._fact_alive.append(True)
        edges = self._engine.add_edges(pairs, index, active=active)
        self._fact_edges.append(edges)
        return edges

    def _pairs(self, fact: Fact) -> list[tuple[int, int, int]]:
        """The edges ``(u, v, w)`` (``t_v - t_u <= w``) that ``fact`` stands for, its intervals added to the network."""
        if fact.__class__ is Constraint or isinstance(fact, Constraint):
            # u, v = self._node(fact.source), self._node(fact.target), a known interval's lookup written out
            intervals = self._intervals
            point = fact.source
            ends = intervals.get(point.interval)
            u = self._node(point) if ends is None else ends[0] if point.side is _START else ends[1]
            point = fact.target
            ends = intervals.get(point.interval)
            v = self._node(point) if ends is None else ends[0] if point.side is _START else ends[1]
            pairs = []
            if fact.max is not None:
                pairs.append((u, v, _ceil_seconds(fact.max)))
            if fact.min is not None:
                pairs.append((v, u, -_floor_seconds(fact.min)))
        elif isinstance(fact, Bound):
            v = self._node(fact.point)
            pairs = []
            # (_seconds_from_origin once per datetime: the origin is fixed by the first, and a datetime equal to one
            # seen has its awareness and the same distance from it)
            if fact.latest is not None:
                w = self._latest_seconds.get(fact.latest)
                if w is None:
                    w = self._latest_seconds[fact.latest] = self._seconds_from_origin(fact.latest, ceil=True)
                pairs.append((0, v, w))
            if fact.earliest is not None:
                w = self._earliest_seconds.get(fact.earliest)
                if w is None:
                    w = self._earliest_seconds[fact.earliest] = -self._seconds_from_origin(fact.earliest, ceil=False)
                pairs.append((v, 0, w))
        else:
            raise TypeError(f"expected a Constraint or a Bound, got {type(fact).__name__}")
        return pairs

    def _shortcut(self, cycle: list[int]) -> list[int]:
        """Replace a stretch ``end(i) .. start(i)`` of a negative cycle by the implicit ``start(i) <= end(i)``.

        Every interval's ``start <= end`` is always present, so a conflict must not list
        stated constraints that this implicit one makes redundant: after shortcutting, the
        cycle stays negative and removing any stated constraint of it restores consistency.
        """
        engine = self._engine
        changed = True
        while changed:
            changed = False
            total = sum(engine.edge_w[e] for e in cycle)
            tails = [engine.edge_u[e] for e in cycle]
            where = {node: k for k, node in enumerate(tails)}
            for k, node in enumerate(tails):
                interval = self._end_of[node]
                if interval is None:
                    continue
                s_node, e_node = self._intervals[interval]
                j = where.get(s_node)
                if j is None:
                    continue
                segment = cycle[k:j] if k < j else cycle[k:] + cycle[:j]
                structural = self._structural_edge[interval]
                if segment == [structural]:
                    continue
                if total - sum(engine.edge_w[e] for e in segment) < 0:
                    rest = cycle[j:] + cycle[:k] if k < j else cycle[j:k]
                    cycle = rest + [structural]
                    changed = True
                    break
        return cycle

    def _retract(self, index: int) -> None:
        """Withdraw fact ``index`` (removal only loosens, so the potential stays feasible)."""
        if self._fact_alive[index]:
            self._fact_alive[index] = False
            for e in self._fact_edges[index]:
                self._engine.kill_edge(e)
            self._engine.bounds_valid = False

    def _settle_edge(self, e: int, *, shortest: bool = True) -> int:
        """Propagate one new edge locally, dropping the weakest fact of each negative cycle it closes."""
        engine = self._engine
        touched = 0
        while engine.edge_alive[e]:
            cycle = engine.check_edge(e, shortest=shortest)
            if cycle is None:
                return touched
            touched += len(cycle)
            self._drop_weakest(self._shortcut(cycle))
        return touched

    def _drop_weakest(self, cycle: list[int]) -> None:
        """Record the conflict ``cycle`` and drop its weakest fact (latest inserted among equals)."""
        engine = self._engine
        fact_ids = list(dict.fromkeys(engine.edge_fact[e] for e in cycle))
        facts = self._facts
        candidates = [i for i in fact_ids if facts[i].__class__ is not str and facts[i].strength < STRUCTURAL_STRENGTH]  # type: ignore[union-attr]
        if not candidates:  # pragma: no cover - structural edges alone have weight >= 0
            raise RuntimeError("negative cycle made only of structural constraints")
        victim = min(candidates, key=lambda i: (facts[i].strength, -i))  # type: ignore[union-attr]
        self._fact_alive[victim] = False
        for e in self._fact_edges[victim]:
            engine.kill_edge(e)
        self._conflicts.append(
            Conflict(constraints=tuple(self._fact(i) for i in fact_ids), dropped=self._fact(victim), dropped_index=victim)
        )
