"""The simple temporal network on integer seconds: consistency, conflict dropping, tight bounds.

Private.  Points are integers (0 is the origin); an edge ``u -> v`` of weight ``w`` means
``t_v - t_u <= w``.  The engine keeps

* a *potential* ``p`` with ``p[v] <= p[u] + w`` for every live edge (a feasible assignment;
  it exists exactly when the graph has no negative cycle), maintained by a label-correcting
  (FIFO Bellman-Ford) pass that checks the predecessor graph for a cycle every ``n``
  relaxations (a cycle there is a negative cycle: an irreducible infeasible set);
* ``fwd[v] = dist(origin, v)`` (the latest time of ``v``) and ``bwd[v] = dist(v, origin)``
  (minus the earliest), computed by Dijkstra on the reduced weights ``w + p[u] - p[v] >= 0``
  and updated incrementally when an edge is added.
"""

from __future__ import annotations

import heapq
from collections import deque
from typing import Iterable, Optional

INF = float("inf")

__all__ = ["Engine", "INF"]


CUT = -1
"""What a budgeted search adds to its result when it stopped before it was done."""


class Engine:
    """Mutable STN over integer points with per-edge fact ids; see the module docstring."""

    __slots__ = ("out", "inn", "edge_u", "edge_v", "edge_w", "edge_fact", "edge_alive", "p", "pred", "fwd", "bwd", "bounds_valid")

    def __init__(self) -> None:
        # u -> {edge: v} and v -> {edge: u} (the weight is edge_w[edge]): removal is O(1) even at a
        # hub (the origin has an edge to and from every bounded point); iteration keeps insertion order.
        # Ints only, no tuple per edge: such dicts are not tracked by the cyclic garbage collector,
        # whose first pass after a build would otherwise walk every edge of the timeline's result
        self.out: list[dict[int, int]] = [{}]
        self.inn: list[dict[int, int]] = [{}]
        self.edge_u: list[int] = []
        self.edge_v: list[int] = []
        self.edge_w: list[int] = []
        self.edge_fact: list[int] = []
        self.edge_alive: list[bool] = []
        self.p: list[int] = [0]
        self.pred: list[int] = [-1]
        self.fwd: list[float] = [0]
        self.bwd: list[float] = [0]
        self.bounds_valid = True

    # -- building -----------------------------------------------------------------------

    def add_node(self) -> int:
        """A new unconstrained point; returns its index."""
        self.out.append({})
        self.inn.append({})
        self.p.append(0)
        self.pred.append(-1)
        self.fwd.append(INF)
        self.bwd.append(INF)
        return len(self.p) - 1

    def add_edge(self, u: int, v: int, w: int, fact: int, *, active: bool = True) -> int:
        """Append the edge ``t_v - t_u <= w`` (not yet propagated); returns its id.

        An inactive edge is recorded but not in the graph until :meth:`activate`.
        """
        e = len(self.edge_u)
        self.edge_u.append(u)
        self.edge_v.append(v)
        self.edge_w.append(w)
        self.edge_fact.append(fact)
        self.edge_alive.append(False)
        if active:
            self.activate(e)
        return e

    def add_edges(self, edges: "list[tuple[int, int, int]]", fact: int, *, active: bool = True) -> list[int]:
        """:meth:`add_edge` of each ``(u, v, w)`` of ``edges`` in turn; returns their ids."""
        first = len(self.edge_u)
        if len(edges) == 1:  # most facts are one edge: neither a loop nor a range set up (16,000 facts per 100 KB)
            ((u, v, w),) = edges
            self.edge_u.append(u)
            self.edge_v.append(v)
            self.edge_w.append(w)
            self.edge_fact.append(fact)
            self.edge_alive.append(False)
            ids = [first]
        else:
            for u, v, w in edges:
                self.edge_u.append(u)
                self.edge_v.append(v)
                self.edge_w.append(w)
                self.edge_fact.append(fact)
                self.edge_alive.append(False)
            ids = list(range(first, len(self.edge_u)))
        if active:
            for e in ids:
                self.activate(e)
        return ids

    def activate(self, e: int) -> None:
        """Put a recorded edge into the graph (not yet propagated)."""
        if self.edge_alive[e]:
            return
        self.edge_alive[e] = True
        u, v = self.edge_u[e], self.edge_v[e]
        self.out[u][e] = v
        self.inn[v][e] = u

    def kill_edge(self, e: int) -> None:
        """Remove edge ``e`` from the graph (its fact was dropped)."""
        if not self.edge_alive[e]:
            return
        self.edge_alive[e] = False
        u, v = self.edge_u[e], self.edge_v[e]
        del self.out[u][e]
        del self.inn[v][e]
        if self.pred[v] == e:
            self.pred[v] = -1

    def copy(self) -> "Engine":
        """An independent copy (adjacency lists and labels), for immutable results."""
        other = Engine.__new__(Engine)
        other.out = [dict(a) for a in self.out]
        other.inn = [dict(a) for a in self.inn]
        other.edge_u = list(self.edge_u)
        other.edge_v = list(self.edge_v)
        other.edge_w = list(self.edge_w)
        other.edge_fact = list(self.edge_fact)
        other.edge_alive = list(self.edge_alive)
        other.p = list(self.p)
        other.pred = list(self.pred)
        other.fwd = list(self.fwd)
        other.bwd = list(self.bwd)
        other.bounds_valid = self.bounds_valid
        return other

    def snapshot(self) -> "Engine":
        """A copy for queries only (an :class:`~timeline.order.result.OrderResult`'s): the forward
        adjacency, the edges and the labels; no incoming adjacency or predecessors, which only
        adding edges reads (half the copying and memory of :meth:`copy`)."""
        other = Engine.__new__(Engine)
        other.out = [dict(a) for a in self.out]
        other.inn = []
        other.edge_u = list(self.edge_u)
        other.edge_v = list(self.edge_v)
        other.edge_w = list(self.edge_w)
        other.edge_fact = []
        other.edge_alive = list(self.edge_alive)
        other.p = list(self.p)
        other.pred = []
        other.fwd = list(self.fwd)
        other.bwd = list(self.bwd)
        other.bounds_valid = self.bounds_valid
        return other

    # -- consistency --------------------------------------------------------------------

    def violated_tails(self, edges: Iterable[int]) -> deque[int]:
        """Queue of tails of the given edges that the current potential violates."""
        p, eu, ev, ew = self.p, self.edge_u, self.edge_v, self.edge_w
        return deque(dict.fromkeys(eu[e] for e in edges if self.edge_alive[e] and p[eu[e]] + ew[e] < p[ev[e]]))

    def relax(self, queue: deque[int]) -> Optional[list[int]]:
        """Run label correction from ``queue``; return a negative cycle's edges, or None once feasible.

        FIFO Bellman-Ford with Tarjan's subtree disassembly: the shortest-path tree is kept
        as a preorder thread; when ``v`` improves through ``u`` its subtree is detached
        (those labels are stale), and finding ``u`` inside it is a negative cycle, caught
        as soon as it closes.  Invariant: every edge whose tail is not queued (or detached)
        is satisfied; detached points are re-queued before returning a cycle, so the pass
        can resume after the caller kills an edge of it.
        """
        p, pred, out, eu, ew = self.p, self.pred, self.out, self.edge_u, self.edge_w
        n = len(p)
        root = n
        # preorder thread over the tree; initially every point hangs off a virtual root
        nxt = list(range(1, n + 2))
        nxt[n] = 0
        nxt[n - 1] = root
        prv = list(range(-1, n + 1))
        prv[0] = root
        prv[n] = n - 1
        depth = [1] * (n + 1)
        depth[root] = 0
        pred[:] = [-1] * n  # (one slice, not a step per point: pred is as long as p)
        inq = bytearray(n)
        for x in queue:
            inq[x] = 1
        detached: list[int] = []
        popleft, append = queue.popleft, queue.append
        while queue:
            u = popleft()
            if not inq[u]:
                continue
            inq[u] = 0
            pu = p[u]
            du = depth[u]
            for e, v in out[u].items():
                nd = pu + ew[e]
                if nd >= p[v]:
                    continue
                if v == u:
                    if not inq[u]:
                        inq[u] = 1
                        queue.appendleft(u)
                    return [e]
                # detach v's subtree, looking for u in it
                dv = depth[v]
                if dv > 0:
                    x = nxt[v]
                    while depth[x] > dv:
                        if x == u:
                            cycle = []
                            y = u
                            while y != v:
                                cycle.append(pred[y])
                                y = eu[pred[y]]
                            cycle.reverse()
                            cycle.append(e)
                            for z in detached:
                                if depth[z] < 0 and not inq[z]:
                                    inq[z] = 1
                                    append(z)
                            if not inq[u]:
                                inq[u] = 1
                                queue.appendleft(u)
                            return cycle
                        depth[x] = -1
                        inq[x] = 0
                        detached.append(x)
                        x = nxt[x]
                    # unlink v .. (last descendant) and v itself: prv[v] -> x
                    a = prv[v]
                    nxt[a] = x
                    prv[x] = a
                p[v] = nd
                pred[v] = e
                # link v right after u
                b = nxt[u]
                nxt[u] = v
                prv[v] = u
                nxt[v] = b
                prv[b] = v
                depth[v] = du + 1
                if not inq[v]:
                    inq[v] = 1
                    append(v)
        return None

    def check_edge(self, e: int, *, shortest: bool = True) -> Optional[list[int]]:
        """Make ``p`` satisfy live edge ``e`` too, or return a negative cycle through ``e`` (``p`` unchanged).

        ``p`` must satisfy every other live edge.  The points whose value must drop are those
        whose reduced distance from ``e``'s head is below the violation; reaching ``e``'s tail
        among them is a negative cycle.  A search from the head alone would, when there is a
        cycle, flood every point a hub (the origin) reaches before it meets the tail, so a
        search back from the tail runs alongside, the step going to the side that has scanned
        fewer edges once its next point is expanded: a cycle is found where the two meet, and
        without one the backward side costs about as much as the forward side, which is
        needed anyway to move the values.  With ``shortest`` the cycle is a most negative one through
        ``e`` (a shortest path head -> tail plus ``e``; among equals, the one where the two
        searches meet first); otherwise the first found (enough to refuse a trial fact).
        """
        u, v, w = self.edge_u[e], self.edge_v[e], self.edge_w[e]
        p = self.p
        limit = -(w + p[u] - p[v])
        if limit <= 0:
            return None
        if u == v:
            return [e]
        out, inn, eu, ev, ew = self.out, self.inn, self.edge_u, self.edge_v, self.edge_w
        pop, push = heapq.heappop, heapq.heappush
        # forward from v: reduced distance, capped at limit (= "need not move")
        dist: dict[int, int] = {v: 0}
        parent: dict[int, int] = {v: e}
        done: set[int] = set()
        settled: list[int] = []
        heap = [(0, v)]
        # backward from u: reduced distance to u
        bdist: dict[int, int] = {u: 0}
        bparent: dict[int, int] = {}
        bdone: set[int] = set()
        bheap = [(0, u)]
        best = limit  # shortest meeting found so far (reduced length of a walk v -> u)
        meet = -1
        fwork = bwork = 0  # edges scanned by each side
        while True:
            while heap and heap[0][1] in done:
                pop(heap)
            while bheap and bheap[0][1] in bdone:
                pop(bheap)
            if not heap or not bheap or heap[0][0] + bheap[0][0] >= best:
                break  # one side is exhausted, or no walk through points unsettled on both sides is shorter
            # step the side that stays cheaper after expanding its next point: a hub (the origin)
            # is expanded only when the other side has done as much work
            xf, xb = heap[0][1], bheap[0][1]
            if fwork + len(out[xf]) <= bwork + len(inn[xb]):
                rx, x = pop(heap)
                done.add(x)
                settled.append(x)
                if x == u:
                    best, meet = rx, u
                    break
                fwork += len(out[x]) + 1
                base = rx + p[x]
                for ey, y in out[x].items():
                    ny = base + ew[ey] - p[y]
                    if ny < dist.get(y, best):
                        dist[y] = ny
                        parent[y] = ey
                        push(heap, (ny, y))
                        by = bdist.get(y)
                        if by is not None and ny + by < best:
                            best, meet = ny + by, y
            else:
                rx, x = pop(bheap)
                bdone.add(x)
                bwork += len(inn[x]) + 1
                base = rx - p[x]
                for ey, y in inn[x].items():
                    ny = base + ew[ey] + p[y]
                    if ny < bdist.get(y, best):
                        bdist[y] = ny
                        bparent[y] = ey
                        push(bheap, (ny, y))
                        fy = dist.get(y)
                        if fy is not None and ny + fy < best:
                            best, meet = ny + fy, y
            if meet >= 0 and not shortest:
                break
        if meet < 0:
            # no cycle: finish the forward search (the points that must move) and move them
            while heap:
                rx, x = pop(heap)
                if x in done:
                    continue
                done.add(x)
                settled.append(x)
                base = rx + p[x]
                for ey, y in out[x].items():
                    ny = base + ew[ey] - p[y]
                    if ny < dist.get(y, limit):
                        dist[y] = ny
                        parent[y] = ey
                        push(heap, (ny, y))
            pred = self.pred
            for x in settled:
                p[x] -= limit - dist[x]
                pred[x] = parent[x]
            return None
        # the walk v ~> meet ~> u along both search trees, cut at its first repeated point
        # (the loop cut off uses only old edges, so its weight is >= 0 and the rest stays negative)
        fpath = [meet]
        while fpath[-1] != v:
            fpath.append(eu[parent[fpath[-1]]])
        fpath.reverse()
        bnodes = [meet]
        while bnodes[-1] != u:
            bnodes.append(ev[bparent[bnodes[-1]]])
        where = {x: k for k, x in enumerate(bnodes)}
        cut = next(k for k, x in enumerate(fpath) if x in where)
        cycle = [parent[x] for x in fpath[1 : cut + 1]]
        cycle += [bparent[x] for x in bnodes[where[fpath[cut]] : -1]]
        cycle.append(e)
        return cycle

    def pred_cycle(self) -> Optional[list[int]]:
        """A cycle of the predecessor graph as edge ids in path order, or None."""
        pred, eu = self.pred, self.edge_u
        n = len(pred)
        state = bytearray(n)  # 0 unseen, 1 on the current walk, 2 finished
        for s in range(n):
            if state[s]:
                continue
            walk = []
            x = s
            while x != -1 and not state[x]:
                state[x] = 1
                walk.append(x)
                e = pred[x]
                x = eu[e] if e >= 0 else -1
            if x != -1 and state[x] == 1:
                cycle = []
                y = x
                while True:
                    e = pred[y]
                    cycle.append(e)
                    y = eu[e]
                    if y == x:
                        break
                cycle.reverse()
                return cycle
            for y in walk:
                state[y] = 2
        return None

    # -- bounds -------------------------------------------------------------------------

    def recompute_bounds(self) -> None:
        """Exact ``fwd``/``bwd`` from the origin by two Dijkstra runs on reduced weights."""
        n = len(self.p)
        self.fwd = [INF] * n
        self.bwd = [INF] * n
        self.fwd[0] = 0
        self.bwd[0] = 0
        self._from_origin(self.fwd, self.out, -1)
        self._from_origin(self.bwd, self.inn, 1)
        self.bounds_valid = True

    def _from_origin(self, dist: list[float], edges: list[dict[int, int]], sign: int) -> int:
        """Dijkstra from the origin (``dist[0] = 0``) over ``edges`` on the reduced weights
        ``w - sign * (p[x] - p[y])``: ``out`` with ``sign = -1`` gives ``fwd``, ``inn`` with 1 gives ``bwd``.

        The origin touches every bounded point, so its neighbours are sorted at once and merged
        with a heap of the points found later, instead of all going through the heap (it grew
        to a third of a long text's points, each step dearer).  Returns the points expanded after
        the origin (each once: the keys taken are never below the last one taken)."""
        p, ew = self.p, self.edge_w
        pop, push = heapq.heappop, heapq.heappush
        # the origin is settled first (its key is the least: reduced distances are >= 0)
        first: list[tuple[float, int]] = []
        for e, y in edges[0].items():
            w = ew[e]
            if w < dist[y]:
                dist[y] = w
                first.append((w + sign * p[y], y))
        first.sort()
        heap: list[tuple[float, int]] = []
        # the points a zero reduced weight away from the one being expanded: their key is the least
        # there is, so their distance is final; they are expanded next without the heap (most
        # edges of a text's network have reduced weight 0: a chain of equal points)
        same: list[int] = []
        i, m = 0, len(first)
        expanded = 0
        k: float = 0
        while True:
            if same:
                x = same.pop()  # key k, found just now: not stale
            else:
                if heap and (i == m or heap[0] < first[i]):
                    k, x = pop(heap)
                elif i < m:
                    k, x = first[i]
                    i += 1
                else:
                    return expanded
                if k != dist[x] + sign * p[x]:
                    continue
            dx = dist[x]
            expanded += 1
            for e, y in edges[x].items():
                nd = dx + ew[e]
                if nd < dist[y]:
                    dist[y] = nd
                    ky = nd + sign * p[y]
                    if ky == k:
                        same.append(y)
                    else:
                        push(heap, (ky, y))

    def update_bounds(self, e: int) -> int:
        """Tighten ``fwd``/``bwd`` after adding live edge ``e``; returns the points touched."""
        u, v, w = self.edge_u[e], self.edge_v[e], self.edge_w[e]
        touched = 0
        if self.fwd[u] + w < self.fwd[v]:
            self.fwd[v] = self.fwd[u] + w
            touched += self._forward(self.fwd, [(self.fwd[v] - self.p[v], v)])
        if self.bwd[v] + w < self.bwd[u]:
            self.bwd[u] = self.bwd[v] + w
            touched += self._backward(self.bwd, [(self.bwd[u] + self.p[u], u)])
        return touched

    def _forward(self, dist: list[float], heap: list[tuple[float, int]]) -> int:
        """Dijkstra over ``out`` from the points of ``heap`` (keys ``dist - p``); returns the points
        expanded: those whose ``dist`` moved, each once (a point a zero reduced weight away goes
        on a stack of final points, not the heap, as in :meth:`_from_origin`)."""
        return self._settle(dist, heap, self.out, -1)

    def _backward(self, dist: list[float], heap: list[tuple[float, int]]) -> int:
        """:meth:`_forward` over ``inn`` (keys ``dist + p``)."""
        return self._settle(dist, heap, self.inn, 1)

    def _settle(self, dist: list[float], heap: list[tuple[float, int]], edges: list[dict[int, int]], sign: int) -> int:
        p, ew = self.p, self.edge_w
        pop, push = heapq.heappop, heapq.heappush
        settled = 0
        same: list[int] = []
        k: float = 0
        while True:
            if same:
                x = same.pop()
            elif heap:
                k, x = pop(heap)
                if k != dist[x] + sign * p[x]:
                    continue
            else:
                return settled
            dx = dist[x]
            settled += 1
            for e, y in edges[x].items():
                nd = dx + ew[e]
                if nd < dist[y]:
                    dist[y] = nd
                    ky = nd + sign * p[y]
                    if ky == k:
                        same.append(y)
                    else:
                        push(heap, (ky, y))

    def distances_from(self, src: int, targets: Optional[set[int]] = None, *, nonpositive_only: bool = False) -> dict[int, int]:
        """``dist(src, x)`` (the most ``t_x - t_src`` can be) for the points reached.

        Stops once every point of ``targets`` is settled; unreached points are absent
        (unbounded).  With ``nonpositive_only`` the caller only cares whether each target's
        distance is <= 0, and the search stops once no remaining target can still be.
        """
        p, out, ew = self.p, self.out, self.edge_w
        pop, push = heapq.heappop, heapq.heappush
        dist: dict[int, int] = {src: 0}
        done: dict[int, int] = {}
        heap = [(-p[src], src)]
        remaining = set(targets) if targets is not None else None
        # target t has dist <= 0 iff its key dist - p[t] <= -p[t]; keys pop in increasing order
        limit = max(-p[t] for t in remaining) if nonpositive_only and remaining else INF
        while heap:
            k, x = pop(heap)
            if k > limit:
                break
            if x in done:
                continue
            dx = dist[x]
            done[x] = dx
            if remaining is not None:
                remaining.discard(x)
                if not remaining:
                    break
            for e, y in out[x].items():
                nd = dx + ew[e]
                if y not in done and nd < dist.get(y, INF):
                    dist[y] = nd
                    push(heap, (nd - p[y], y))
        return done

    def nonpositive_targets(self, src: int, targets: set[int], key_limit: float, latest: float, earliest: float,
                            budget: Optional[int] = None) -> set[int]:
        """The points of ``targets`` whose ``dist(src, t)`` is <= 0.

        ``key_limit`` is ``max(-p[t])`` over the targets (a key beyond it cannot be <= 0 at any
        of them); ``latest``/``earliest`` are the least ``fwd`` and the greatest ``bwd`` among the
        targets, so ``dist(x, t) >= max(latest - fwd[x], bwd[x] - earliest)`` and a point whose
        distance plus that is above 0 is not expanded (an A*-style prune by the bounds).  A
        target is found as soon as a walk of weight <= 0 reaches it (a walk is never shorter
        than the distance), and the search stops once every target is found: in a long run of
        equal points (one thing mentioned again and again) the answer is usually a step away.
        With a ``budget``, the search stops after expanding that many points and, if it stopped
        before it was done, the result holds :data:`CUT` (-1, no point) as well.
        """
        p, out, fwd, bwd, ew = self.p, self.out, self.fwd, self.bwd, self.edge_w
        pop, push = heapq.heappop, heapq.heappush
        found: set[int] = set()
        if src in targets:
            found.add(src)
            if len(found) == len(targets):
                return found
        dist: dict[int, int] = {src: 0}
        done: set[int] = set()
        # among equal keys, the point nearest a single target in creation order (text order) first:
        # a run of equal points is walked towards the target instead of away from it
        aim = next(iter(targets)) if len(targets) == 1 else 0
        heap = [(-p[src], abs(src - aim), src)]
        wanted = len(targets)
        while heap:
            k, _, x = pop(heap)
            if k > key_limit:
                break
            if x in done:
                continue
            done.add(x)
            if budget is not None and len(done) > budget:
                found.add(CUT)
                break
            dx = dist[x]
            fx, bx = fwd[x], bwd[x]
            if (fx != INF and dx + latest - fx > 0) or (earliest != INF and dx + bx - earliest > 0):
                continue  # every target is more than 0 away through x
            for e, y in out[x].items():
                nd = dx + ew[e]
                if y not in done and nd < dist.get(y, INF):
                    dist[y] = nd
                    push(heap, (nd - p[y], abs(y - aim), y))
                    if nd <= 0 and y in targets and y not in found:
                        found.add(y)
                        if len(found) == wanted:
                            return found
        return found
