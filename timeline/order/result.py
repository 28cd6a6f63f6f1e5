"""What ordering produces: tight bounds per interval, conflicts, definite relations, the order.

All relations here are *non-strict* and *definite*: ``before(a, b)`` holds when every
assignment that satisfies the (kept) constraints has ``end(a) <= start(b)``.
"""

from __future__ import annotations

import datetime as _dt
import heapq
import itertools
import types
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, Optional, Sequence

import attrs

from .. import model as _model
from ._engine import CUT, INF
from .constraints import _START, Fact, Point, Side

if TYPE_CHECKING:
    import numpy as np

    from ._engine import Engine

__all__ = ["IntervalBounds", "Conflict", "OrderResult", "RELATIONS"]

RELATIONS = ("SIMULTANEOUS", "BEFORE", "AFTER", "IS_INCLUDED", "INCLUDES")
"""Definite relations reported, in the order of preference when several hold."""
_CODES: dict[Optional[str], int] = {None: 0, **{name: k + 1 for k, name in enumerate(RELATIONS)}}


@attrs.frozen
class IntervalBounds:
    """The tightest bounds all kept constraints allow on an interval's start and end (None = unbounded)."""

    earliest_start: Optional[_dt.datetime]
    latest_start: Optional[_dt.datetime]
    earliest_end: Optional[_dt.datetime]
    latest_end: Optional[_dt.datetime]


@attrs.frozen
class Conflict:
    """Constraints that cannot all hold (a negative cycle: drop any one and the rest can), and the one dropped."""

    constraints: tuple[Fact, ...]
    dropped: Fact
    dropped_index: int = attrs.field(default=-1, eq=False, repr=False)  # insertion index of ``dropped``

    @property
    def evidence(self) -> tuple[str, ...]:
        """The evidence of each conflicting constraint, in cycle order."""
        return tuple(c.evidence for c in self.constraints)

    def to_model(self) -> _model.Conflict:
        """The pipeline's :class:`timeline.model.Conflict` (constraints as text)."""
        return _model.Conflict(
            constraints=tuple(str(c) for c in self.constraints),
            evidence=self.evidence,
            dropped=(str(self.dropped),),
            dropped_evidence=(self.dropped.evidence,),
        )


def _span(seconds: float) -> Optional[_dt.timedelta]:
    """``seconds`` as a timedelta; None when unbounded or longer than a timedelta holds (999,999,999 days)."""
    if seconds in (INF, -INF):
        return None
    try:
        return _dt.timedelta(0, seconds)  # (days, seconds)
    except OverflowError:
        return None


_UNBOUNDED = 1 << 61
"""An unbounded distance in the int64 arrays of :meth:`OrderResult.relations_of` (a sum of two stays below 2**63)."""
_EXACT_FLOAT = float(1 << 53)
"""Finite distances below this in size (285 million years in seconds) go into those arrays (read
through float64, which holds them exactly; sums of two stay below 2**63); beyond, pair by pair."""


def _key_low(value: Optional[_dt.datetime]) -> tuple[int, Optional[_dt.datetime]]:
    return (0, None) if value is None else (1, value)  # None = -infinity


def _key_high(value: Optional[_dt.datetime]) -> tuple[int, Optional[_dt.datetime]]:
    return (1, None) if value is None else (0, value)  # None = +infinity


@attrs.frozen(eq=False)
class OrderResult:
    """Tight bounds for every interval, the conflicts resolved, and definite-relation queries.

    Pairwise queries (``before``, ``difference``, ``relation``) run a Dijkstra from one
    point on demand; ``relations``/``groups`` run one per interval asked about.
    """

    origin: Optional[_dt.datetime]
    bounds: Mapping[str, IntervalBounds]
    conflicts: tuple[Conflict, ...]
    _engine: "Engine" = attrs.field(repr=False)
    _intervals: Mapping[str, tuple[int, int]] = attrs.field(repr=False)
    _lazy: dict[str, object] = attrs.field(factory=dict, repr=False)  # components, computed on first query

    @classmethod
    def _build(cls, *, origin, bounds, conflicts, engine, intervals) -> "OrderResult":  # type: ignore[no-untyped-def]
        return cls(origin, types.MappingProxyType(bounds), conflicts, engine, intervals)

    # -- simple accessors ---------------------------------------------------------------

    @property
    def consistent(self) -> bool:
        """True when no constraint had to be dropped."""
        return not self.conflicts

    @property
    def dropped(self) -> tuple[Fact, ...]:
        """The constraints dropped to restore consistency."""
        return tuple(c.dropped for c in self.conflicts)

    @property
    def intervals(self) -> tuple[str, ...]:
        """Interval names in order of first mention."""
        return tuple(self._intervals)

    def __getitem__(self, interval: str) -> IntervalBounds:
        try:
            return self.bounds[interval]
        except KeyError:
            raise KeyError(f"no interval named {interval!r} in this result") from None

    # -- pairwise -----------------------------------------------------------------------

    def _node(self, point: Point) -> int:
        if not isinstance(point, Point):
            raise TypeError(f"expected a Point, got {type(point).__name__}")
        ends = self._intervals.get(point.interval)  # by name: a Point's own hash goes through Python code
        if ends is None:
            raise KeyError(f"no interval named {point.interval!r} in this result")
        return ends[0] if point.side is _START else ends[1]

    def _check(self, interval: str) -> None:
        if not isinstance(interval, str):
            raise TypeError(f"interval name must be a str, got {type(interval).__name__}")
        if interval not in self._intervals:
            raise KeyError(f"no interval named {interval!r} in this result")

    def _max_diff(self, p: int, q: int) -> float:
        """The most ``t_q - t_p`` can be, in seconds (INF if unbounded)."""
        return self._engine.distances_from(p, {q}).get(q, INF)

    def _point(self, p: "Point | str") -> Point:
        """A Point as given, or the point a name stands for: ``"a"`` is a's start, ``"a.start"``/``"a.end"`` pick a side."""
        if isinstance(p, Point):
            return p
        if not isinstance(p, str):
            raise TypeError(f"expected a Point or an interval name, got {type(p).__name__}")
        if p not in self._intervals:
            name, _, side = p.rpartition(".")
            if name in self._intervals and side in ("start", "end"):
                return Point(name, Side(side))
        self._check(p)
        return Point(p, Side.START)

    def difference(self, p: "Point | str", q: "Point | str") -> tuple[Optional[_dt.timedelta], Optional[_dt.timedelta]]:
        """Tight ``(min, max)`` of ``q - p`` over all consistent assignments (None = unbounded).

        ``p`` and ``q`` are Points or names, as in :meth:`before`: a bare name stands for the
        interval's start, ``"name.end"`` for its end; an unknown name raises KeyError."""
        a, b = self._node(self._point(p)), self._node(self._point(q))
        hi = self._max_diff(a, b)
        lo = self._max_diff(b, a)
        return (_span(-lo), _span(hi))

    def before(self, a: str, b: str) -> bool:
        """True when every consistent assignment has ``end(a) <= start(b)`` (non-strict: they may meet)."""
        self._check(a)
        self._check(b)
        if _bounds_before(self.bounds[a], self.bounds[b]):
            return True
        sb, ea = self._intervals[b][0], self._intervals[a][1]
        return self._distance(sb, ea) <= 0

    def _components(self) -> list[int]:
        """Component of each point in the graph without the origin and the pinned points (-1 for those).

        A shortest path through the origin or a pinned point is as long as the bounds say
        (``latest(y) - earliest(x)``), so points in different components are related by
        their bounds alone and need no search."""
        comp = self._lazy.get("components")
        if comp is None:
            engine = self._engine
            n = len(engine.p)
            pinned = [f != INF and f == -b for f, b in zip(engine.fwd, engine.bwd)]
            pinned[0] = True  # the origin
            u, v, alive, _ = self._edge_arrays()
            import numpy as np

            at = np.fromiter(pinned, dtype=np.bool_, count=n)
            joined = np.flatnonzero(alive & ~at[u] & ~at[v])
            comp = np.where(at, -1, _array_classes(n, u[joined], v[joined])).tolist()
            self._lazy["components"] = comp
        return comp  # type: ignore[return-value]

    def _equal(self) -> list[int]:
        """Class of each point among the points that direct edges of weight <= 0 both ways make equal
        in every assignment (one event mentioned again and again, each mention simultaneous with
        the last): two points of one class are 0 apart with no search along the run."""
        eq = self._lazy.get("equal")
        if eq is None:
            import numpy as np

            n = len(self._engine.p)
            u, v, alive, nonpositive = self._edge_arrays()
            # each live edge u -> v of weight <= 0 as the number u * n + v; a pair u < v joins when v -> u is one too
            at = np.flatnonzero(alive & nonpositive)
            u, v = u[at], v[at]
            both = np.flatnonzero((u < v) & np.isin(v * n + u, u * n + v))
            eq = _array_classes(n, u[both], v[both]).tolist()
            self._lazy["equal"] = eq
        return eq  # type: ignore[return-value]

    def _edge_arrays(self) -> "tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]":
        """The engine's edges as arrays, made once: tails, heads, whether each is live, whether its
        weight is <= 0 (one pass over each list in C, not a tuple per edge in Python: a long text's
        network has hundreds of thousands of edges, whose int objects lie all over the heap)."""
        arrays = self._lazy.get("edges")
        if arrays is None:
            import numpy as np

            engine = self._engine
            m = len(engine.edge_u)
            u = np.fromiter(engine.edge_u, dtype=np.int64, count=m)
            v = np.fromiter(engine.edge_v, dtype=np.int64, count=m)
            alive = np.fromiter(engine.edge_alive, dtype=np.bool_, count=m)
            try:
                nonpositive = np.fromiter(engine.edge_w, dtype=np.int64, count=m) <= 0
            except OverflowError:  # a weight beyond int64 (no text's): compared one by one
                nonpositive = np.fromiter([w <= 0 for w in engine.edge_w], dtype=np.bool_, count=m)
            arrays = self._lazy["edges"] = (u, v, alive, nonpositive)
        return arrays  # type: ignore[return-value]

    def _distance(self, x: int, y: int) -> float:
        """The most ``t_y - t_x`` can be, by the bounds when no search can do better (0 standing for
        any value <= 0 that a search finds: callers only compare it with 0)."""
        return self._distance_fn()(x, y)

    def _distance_fn(self, budget: Optional[int] = None):  # type: ignore[no-untyped-def]
        """:meth:`_distance` as a function over this result's fixed arrays (made once: a long text
        asks it about a million times); searches are kept, as the result never changes.  With a
        ``budget``, a search that stops before it is done raises :class:`_Undecided`."""
        key = "distance" if budget is None else f"distance/{budget}"
        fn = self._lazy.get(key)
        if fn is not None:
            return fn
        engine = self._engine
        comp = self._components()
        eq = self._equal()
        fwd, bwd, p = engine.fwd, engine.bwd, engine.p
        nonpositive = engine.nonpositive_targets  # the engine, not self: no reference cycle through the cache
        n = len(p)
        searches: dict[int, Optional[bool]] = {}  # x * n + y -> the answer: ints and bools, no pair kept (nor tracked by the collector)

        def distance(x: int, y: int) -> float:
            by_bounds = fwd[y] + bwd[x]
            c = comp[x]
            if c == -1 or c != comp[y] or by_bounds <= 0:
                return by_bounds
            # lower bounds from the bounds: above 0, no search can bring it to 0
            if (fwd[x] != INF and fwd[y] - fwd[x] > 0) or (bwd[y] != INF and bwd[x] - bwd[y] > 0):
                return by_bounds
            if eq[x] == eq[y]:
                return 0  # equal in every assignment: the search would find it
            pair = x * n + y
            reached = searches.get(pair, _UNASKED)
            if reached is _UNASKED:  # one target: its own bounds prune the search best (a search cut short is not tried again)
                got = nonpositive(x, {y}, -p[y], fwd[y], bwd[y], budget)
                reached = searches[pair] = True if y in got else (None if CUT in got else False)
            if reached is None:
                raise _Undecided
            return 0 if reached else by_bounds  # callers only ask whether it is <= 0

        self._lazy[key] = distance
        return distance

    def _nonpositive(self, x: int, targets: set[int]) -> set[int]:
        """The points of ``targets`` whose distance from ``x`` is <= 0 (a search pruned by their bounds)."""
        engine = self._engine
        return engine.nonpositive_targets(
            x, targets, max(-engine.p[t] for t in targets), min(engine.fwd[t] for t in targets), max(engine.bwd[t] for t in targets)
        )

    def relation(self, a: str, b: str) -> Optional[str]:
        """The definite relation of ``a`` to ``b`` (one of :data:`RELATIONS`), or None if the text leaves it open."""
        self._check(a)
        self._check(b)
        (sa, ea), (sb, eb) = self._intervals[a], self._intervals[b]
        # _classify only asks whether each distance is <= 0: the bounds decide most, a pruned search the rest
        return _classify(self._distance_fn(), sa, ea, sb, eb)

    def relation_function(self, budget: Optional[int] = None) -> "Callable[[str, str], Optional[str]]":
        """:meth:`relation` as a function of two names this result holds, without the argument
        checks: for a caller asking about hundreds of thousands of pairs of known names.  With a
        ``budget``, a pair whose answer needs a longer search is left open (None)."""
        intervals = self._intervals
        d = self._distance_fn(budget)

        def relation(a: str, b: str) -> Optional[str]:
            sa, ea = intervals[a]
            sb, eb = intervals[b]
            try:
                return _classify(d, sa, ea, sb, eb)
            except _Undecided:
                return None

        return relation

    def relations_of(self, pairs: Sequence[tuple[str, str]], budget: Optional[int] = None) -> list[Optional[str]]:
        """:meth:`relation` of each pair of names this result holds (unchecked), the bounds of all
        pairs compared at once: only the pairs they leave open are classified one by one.  With a
        ``budget`` (:data:`LISTING_SEARCH_BUDGET`), a pair whose answer needs a search over more
        points is left open (None); every other answer is :meth:`relation`'s."""
        if len(pairs) < 64:
            relation = self.relation_function(budget)
            return [relation(a, b) for a, b in pairs]
        import numpy as np

        index = {name: k for k, name in enumerate(self._intervals)}
        both = np.fromiter(map(index.__getitem__, itertools.chain.from_iterable(pairs)), dtype=np.int64, count=2 * len(pairs)).reshape(len(pairs), 2)
        return self._relations_at(both[:, 0], both[:, 1], budget, pairs.__getitem__)

    def _relations_at(self, first: "np.ndarray", second: "np.ndarray", budget: Optional[int],
                      pair: "Optional[Callable[[int], tuple[str, str]]]" = None) -> list[Optional[str]]:
        """:meth:`relations_of` of the pairs of intervals ``first[k]``, ``second[k]`` (their
        indexes in :attr:`intervals`); ``pair(k)``: the names of pair ``k`` (by default, from
        the indexes)."""
        import numpy as np

        return np.array((None, *RELATIONS), dtype=object)[self._relation_codes(first, second, budget, pair)].tolist()  # type: ignore[no-any-return]

    def _relation_codes(self, first: "np.ndarray", second: "np.ndarray", budget: Optional[int],
                        pair: "Optional[Callable[[int], tuple[str, str]]]" = None) -> "np.ndarray":
        """:meth:`_relations_at` as codes: 0 for None, else 1 + the relation's index in :data:`RELATIONS`."""
        import numpy as np

        relation = self.relation_function(budget)
        if pair is None:
            names = self.intervals
            pair = lambda k: (names[first[k]], names[second[k]])  # noqa: E731
        engine = self._engine
        arrays = []
        for values in (engine.fwd, engine.bwd):
            as_float = np.array(values, dtype=np.float64)  # whole seconds below 2**53 (285 million years) convert exactly
            unbounded = as_float == INF
            bounded = as_float[~unbounded]
            if not ((np.abs(bounded) < _EXACT_FLOAT) & (bounded == np.trunc(bounded))).all():
                return np.array([_CODES[relation(*pair(k))] for k in range(len(first))], dtype=np.int8)  # beyond what the arrays hold exactly
            arrays.append(np.where(unbounded, float(_UNBOUNDED), as_float).astype(np.int64))
        fwd, bwd = arrays
        comp, eq = np.array(self._components(), dtype=np.int64), np.array(self._equal(), dtype=np.int64)
        intervals = self._intervals
        ends = np.array(list(intervals.values()), dtype=np.int64).reshape(len(intervals), 2)
        sa, ea, sb, eb = ends[first, 0], ends[first, 1], ends[second, 0], ends[second, 1]

        def at_most_zero(x: "np.ndarray", y: "np.ndarray") -> "tuple[np.ndarray, np.ndarray]":
            """(surely <= 0, decided) of the most ``t_y - t_x`` can be, as :meth:`_distance_fn` decides it without a search."""
            by_bounds = fwd[y] + bwd[x] <= 0
            cx = comp[x]
            more = (cx == -1) | (cx != comp[y]) | ((fwd[x] != _UNBOUNDED) & (fwd[y] - fwd[x] > 0)) | ((bwd[y] != _UNBOUNDED) & (bwd[x] - bwd[y] > 0))
            same = eq[x] == eq[y]
            yes = by_bounds | (~more & same)
            return yes, yes | more

        ab, ab_known = at_most_zero(sa, sb)
        ba, ba_known = at_most_zero(sb, sa)
        ee, ee_known = at_most_zero(ea, eb)
        ee_back, ee_back_known = at_most_zero(eb, ea)
        before, before_known = at_most_zero(sb, ea)
        after, after_known = at_most_zero(sa, eb)
        known = ab_known & ba_known & ee_known & ee_back_known & before_known & after_known
        code = np.select([ab & ba & ee & ee_back, before, after, ab & ee_back, ba & ee], [1, 2, 3, 4, 5], 0).astype(np.int8)
        for k in np.flatnonzero(~known).tolist():
            code[k] = _CODES[relation(*pair(k))]  # a search decides
        return code

    def relations(self, intervals: Optional[Iterable[str]] = None) -> tuple[_model.Relation, ...]:
        """Every definite relation among ``intervals`` (default: all), each pair once, as model Relations."""
        names = self._names(intervals)
        nodes = {n for name in names for n in self._intervals[name]}
        dist = {n: self._engine.distances_from(n, nodes) for n in nodes}

        def d(x: int, y: int) -> float:
            return dist[x].get(y, INF)

        out = []
        for i, a in enumerate(names):
            sa, ea = self._intervals[a]
            for b in names[i + 1 :]:
                sb, eb = self._intervals[b]
                rel = _classify(d, sa, ea, sb, eb)
                if rel is not None:
                    out.append(_model.Relation(a, rel, b))
        return tuple(out)

    # -- the order ----------------------------------------------------------------------

    def _names(self, intervals: Optional[Iterable[str]]) -> list[str]:
        if intervals is None:
            return list(self._intervals)
        if isinstance(intervals, str):
            raise TypeError("intervals must be an iterable of names, not a single str")
        names = list(dict.fromkeys(intervals))
        for name in names:
            self._check(name)
        return names

    def groups(self, intervals: Optional[Iterable[str]] = None) -> tuple[tuple[str, ...], ...]:
        """``intervals`` (default: all) in timeline order, cut into groups.

        Every member of a group is definitely before (non-strictly) every member of every
        later group; within a group the text leaves at least some mutual order open, and
        members are listed by their bounds (earliest start, latest start, earliest end,
        latest end), then by definite relations, then by name.  A singleton group is an
        interval whose place is fully determined relative to the others asked about.
        """
        names = self._names(intervals)
        if not names:
            return ()
        seq = self._sorted(names)
        engine = self._engine
        fwd, bwd = engine.fwd, engine.bwd
        starts = [self._intervals[n][0] for n in seq]
        ends = [self._intervals[n][1] for n in seq]
        # earlier intervals whose bounds alone put them before seq[k] (latest end <= its earliest
        # start) are skipped with a max-tree over the latest ends, so each k looks only at the
        # others, in order, until the first that is not before it
        tree = _MaxTree([_key_high(self.bounds[n].latest_end) for n in seq])
        # f[k]: the first earlier position j whose interval is not definitely before seq[k]
        f = []
        for k, name in enumerate(seq):
            es = self.bounds[name].earliest_start
            threshold = (0, es) if es is not None else (-1, None)  # nothing is before an unbounded start by bounds
            s = starts[k]
            searched: list[int] = []  # positions only a search can decide, in order
            first_not = k
            j = tree.first_above(0, k, threshold)
            while j < k:
                x = ends[j]
                # the most end(j) - start(k) can be is at least these; above 0, j is not before k
                if (fwd[s] != INF and fwd[x] - fwd[s] > 0) or (bwd[x] != INF and bwd[s] - bwd[x] > 0):
                    first_not = j
                    break
                searched.append(j)
                j = tree.first_above(j + 1, k, threshold)
            if searched:
                reached = self._nonpositive(s, {ends[j] for j in searched})
                failing = next((j for j in searched if ends[j] not in reached), None)
                if failing is not None:
                    first_not = failing
            f.append(first_not)
        # a cut after position i is valid when every later k has f[k] > i
        out: list[tuple[str, ...]] = []
        suffix_min = [0] * (len(seq) + 1)
        suffix_min[len(seq)] = len(seq)
        for k in range(len(seq) - 1, -1, -1):
            suffix_min[k] = min(f[k], suffix_min[k + 1])
        current: list[str] = []
        for i, name in enumerate(seq):
            current.append(name)
            if suffix_min[i + 1] > i:
                out.append(tuple(current))
                current = []
        return tuple(out)

    def ordered(self, intervals: Optional[Iterable[str]] = None) -> tuple[str, ...]:
        """A total order of ``intervals`` (default: all) respecting every definite ``before``."""
        return tuple(name for group in self.groups(intervals) for name in group)

    def linear_order(self, intervals: Iterable[str]) -> list[str]:
        """``intervals`` sorted by their bounds, ties ordered by definite ``before``: a total
        order respecting every definite relation, without the pairwise work of :meth:`groups`."""
        return self._sorted(self._names(intervals))

    def _sorted(self, names: list[str]) -> list[str]:
        """Sort by bounds (a linear extension of definite ``before`` up to ties), resolving ties exactly."""

        bounds = self.bounds
        held = [bounds[name] for name in names]
        # each bound as its rank among the distinct bounds (None below every earliest, above every
        # latest, as _key_low/_key_high order them): a key of four ints per name, not four pairs
        # around datetimes compared again at every step of the sort
        distinct = dict.fromkeys([t for b in held for t in (b.earliest_start, b.latest_start, b.earliest_end, b.latest_end)])
        distinct.pop(None, None)
        rank: dict[Optional[_dt.datetime], int] = {t: k for k, t in enumerate(sorted(distinct))}
        low, high = rank.copy(), rank
        low[None] = -1
        high[None] = len(distinct)
        ranked = [(low[b.earliest_start], high[b.latest_start], low[b.earliest_end], high[b.latest_end], name) for b, name in zip(held, names)]
        ranked.sort()
        out: list[str] = []
        i = 0
        while i < len(ranked):
            key = ranked[i][:4]
            j = i + 1
            while j < len(ranked) and ranked[j][:4] == key:
                j += 1
            out.extend(self._topological([r[4] for r in ranked[i:j]]) if j - i > 1 else (ranked[i][4],))
            i = j
        return out

    def _topological(self, run: list[str]) -> list[str]:
        """Order a run of equal-bounds intervals by strict definite ``before`` (mutual ones by name).

        Equal bounds decide every pair the same way in both directions, so only a search can
        order two of them strictly: one pruned search per start, over the run's ends in its
        component (a run can be most of the events of a long text, so no pass over all pairs)."""
        engine = self._engine
        fwd, bwd = engine.fwd, engine.bwd
        starts = {n: self._intervals[n][0] for n in run}
        ends = {n: self._intervals[n][1] for n in run}
        by_bounds = [fwd[ends[n]] for n in run], [bwd[starts[n]] for n in run]
        if max(by_bounds[0]) + max(by_bounds[1]) <= 0:
            return sorted(run)  # the bounds put each before every other: all mutual
        if min(by_bounds[0]) + min(by_bounds[1]) <= 0:
            return self._topological_pairwise(run)  # bounds that differ in seconds (beyond the calendar)
        comp = self._components()
        owner = {ends[n]: n for n in run}
        targets: dict[int, set[int]] = {}
        for n in run:
            if comp[ends[n]] != -1:
                targets.setdefault(comp[ends[n]], set()).add(ends[n])
        latest = min(by_bounds[0])
        earliest = max(bwd[ends[n]] for n in run)
        key_limit = {c: max(-engine.p[t] for t in ts) for c, ts in targets.items()}
        found: dict[str, set[str]] = {}  # b -> the a's whose end is definitely no later than b's start
        for b in run:
            c = comp[starts[b]]
            if c != -1 and c in targets:
                reached = engine.nonpositive_targets(starts[b], targets[c], key_limit[c], latest, earliest)
                found[b] = {owner[t] for t in reached} - {b}
        strict: dict[str, set[str]] = {n: set() for n in run}
        indeg = {n: 0 for n in run}
        for b, firsts in found.items():
            for a in firsts:
                if b not in found.get(a, ()):
                    strict[a].add(b)
                    indeg[b] += 1
        return _kahn(run, strict, indeg)

    def _topological_pairwise(self, run: list[str]) -> list[str]:
        """:meth:`_topological` pair by pair (for runs whose bounds in seconds are not all equal)."""
        strict: dict[str, set[str]] = {n: set() for n in run}
        indeg = {n: 0 for n in run}
        for i, a in enumerate(run):
            for b in run[i + 1 :]:
                ab, ba = self.before(a, b), self.before(b, a)
                if ab != ba:
                    first, second = (a, b) if ab else (b, a)
                    strict[first].add(second)
                    indeg[second] += 1
        return _kahn(run, strict, indeg)


def _kahn(run: list[str], strict: dict[str, set[str]], indeg: dict[str, int]) -> list[str]:
    """Topological order of ``run`` under ``strict``, the smallest name first among those free."""
    ready = sorted(n for n in run if indeg[n] == 0)
    heapq.heapify(ready)
    out = []
    while ready:
        n = heapq.heappop(ready)
        out.append(n)
        for m in strict[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                heapq.heappush(ready, m)
    return out


class _MaxTree:
    """A max segment tree over comparable keys: the first position in a range whose key exceeds a threshold, in O(log n)."""

    __slots__ = ("size", "node")

    def __init__(self, keys: list) -> None:  # type: ignore[type-arg]
        size = 1
        while size < len(keys):
            size *= 2
        low = (-2, None)  # below every key
        node = [low] * (2 * size)
        node[size : size + len(keys)] = keys
        for i in range(size - 1, 0, -1):
            a, b = node[2 * i], node[2 * i + 1]
            node[i] = a if b <= a else b
        self.size, self.node = size, node

    def first_above(self, lo: int, hi: int, threshold: tuple) -> int:  # type: ignore[type-arg]
        """The first position in ``[lo, hi)`` whose key is greater than ``threshold``, else ``hi``."""
        node, size = self.node, self.size
        if lo >= hi:
            return hi
        # walk up from lo collecting the right-hand subtrees in order, then descend into the first hit
        i = lo + size
        right_end = hi + size
        stack_right = []
        l, r = i, right_end
        left_nodes = []
        while l < r:
            if l & 1:
                left_nodes.append(l)
                l += 1
            if r & 1:
                r -= 1
                stack_right.append(r)
            l //= 2
            r //= 2
        for x in left_nodes + stack_right[::-1]:
            if threshold < node[x]:
                while x < size:
                    x = 2 * x if threshold < node[2 * x] else 2 * x + 1
                return x - size
        return hi


def _bounds_before(a: IntervalBounds, b: IntervalBounds) -> bool:
    """Bounds alone show ``end(a) <= start(b)`` in every assignment."""
    return a.latest_end is not None and b.earliest_start is not None and a.latest_end <= b.earliest_start


LISTING_SEARCH_BUDGET = 256
"""The most points one search may expand when a timeline lists the relations of its local pairs:
a text that tells one event again and again (one component over the whole text) would otherwise
make each pair's search as long as the text.  A pair it cannot decide within that is left open."""


_UNASKED = object()
"""A pair no search has been asked about yet (a search that stopped early is kept as None)."""


class _Undecided(Exception):
    """A budgeted search stopped before it was done: the pair's relation is left open."""


def _classify(d, sa: int, ea: int, sb: int, eb: int) -> Optional[str]:  # type: ignore[no-untyped-def]
    """The preferred definite relation given ``d(x, y)`` = the most ``t_y - t_x`` can be."""
    if d(sa, sb) <= 0 and d(sb, sa) <= 0 and d(ea, eb) <= 0 and d(eb, ea) <= 0:
        return "SIMULTANEOUS"
    if d(sb, ea) <= 0:
        return "BEFORE"
    if d(sa, eb) <= 0:
        return "AFTER"
    if d(sa, sb) <= 0 and d(eb, ea) <= 0:
        return "IS_INCLUDED"
    if d(sb, sa) <= 0 and d(ea, eb) <= 0:
        return "INCLUDES"
    return None


def _array_classes(n: int, u: "np.ndarray", v: "np.ndarray") -> "np.ndarray":
    """The class of each of ``n`` points once every pair ``u[k]``, ``v[k]`` is joined, as the least
    point of the class (two points share a class exactly as :func:`_classes` finds; only the
    representative differs, and callers only compare classes).  Roots hook onto the least root
    a pair joins them to, then every point jumps to its root, until no pair joins two roots: a
    few passes over arrays instead of a Python step per pair."""
    import numpy as np

    parent = np.arange(n, dtype=np.int64)
    while len(u):
        pu, pv = parent[u], parent[v]
        apart = pu != pv
        if not apart.any():
            break
        u, v, pu, pv = u[apart], v[apart], pu[apart], pv[apart]
        np.minimum.at(parent, np.maximum(pu, pv), np.minimum(pu, pv))  # a root only ever points lower: no cycle
        while True:
            up = parent[parent]
            if np.array_equal(up, parent):
                break
            parent = up
    return parent


def _classes(n: int, pairs: Iterable[tuple[int, int]]) -> list[int]:
    """The class (a representative point) of each of ``n`` points once every pair is joined:
    union-find with path halving, linear in the pairs for the graphs a text makes."""
    parent = list(range(n))
    # ``parent[find(u)] = find(v)`` for each pair, then ``find`` of every point, with ``find`` (path
    # halving) written out: a long text joins some 100,000 pairs.  As in that assignment, v's root
    # is found first.
    for u, v in pairs:
        while parent[v] != v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        while parent[u] != u:
            parent[u] = parent[parent[u]]
            u = parent[u]
        parent[u] = v
    out = []
    for x in range(n):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        out.append(x)
    return out
