"""The reference scorer's timegraph, re-implemented so Task C figures match the published ones.

TempEval-3 verified links with a *timegraph* (Gerevini, Schubert & Schaeffer style): the end
points of intervals sit on chains ordered by integer pseudo-times; chains are joined by
cross-chain edges kept per chain at "connection points".  Two points are ordered when they
share a chain (compare pseudo-times) or when a search from one reaches the other's chain
through connection points at or after it, never revisiting a chain on the way.

That structure is not an exact closure: pseudo-times placed at a third or half of a gap can
coincide (two intervals both inside the same pair of equal times come out equal), and one
insertion path gives the new start a fixed pseudo-time.  Published Task C figures carry
those effects, so this module reproduces the structure's insertion rules and queries
faithfully (our own code, not the reference program's); :class:`~.relations.PointGraph` is
the exact closure.  Relation names are upper-case TimeML relTypes, DURING already read as
SIMULTANEOUS.
"""

from __future__ import annotations

from typing import Optional

__all__ = ["Timegraph"]

_NIL = "-1"
_BASE = 100000
_STEP = 1000

_REVERSE = {"BEFORE": "AFTER", "AFTER": "BEFORE", "IBEFORE": "IAFTER", "IAFTER": "IBEFORE", "DURING": "DURING_BY",
            "BEGINS": "BEGUN_BY", "BEGUN_BY": "BEGINS", "ENDS": "ENDED_BY", "ENDED_BY": "ENDS",
            "INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES", "IDENTITY": "SIMULTANEOUS", "SIMULTANEOUS": "SIMULTANEOUS"}

# The point checks of each relation, in the order they are made: (left, right, required).
_CHECKS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "BEFORE": (("x2", "y1", "<"),),
    "AFTER": (("y2", "x1", "<"),),
    "IBEFORE": (("x2", "y1", "="),),
    "IAFTER": (("y2", "x1", "="),),
    "BEGUN_BY": (("x1", "y1", "="), ("y2", "x2", "<")),
    "ENDS": (("x2", "y2", "="), ("y1", "x1", "<")),
    "ENDED_BY": (("x2", "y2", "="), ("x1", "y1", "<")),
    "INCLUDES": (("x1", "y1", "<"), ("y2", "x2", "<")),
    "IS_INCLUDED": (("y1", "x1", "<"), ("x2", "y2", "<")),
    "SIMULTANEOUS": (("x1", "y1", "="), ("x2", "y2", "=")),
    "IDENTITY": (("x1", "y1", "="), ("x2", "y2", "=")),
}

# Cross-chain edges added when a relation joins two intervals already in the graph:
# (later, earlier) pairs, then sibling links (a, b) recorded both ways.
_MERGE: dict[str, tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]] = {
    "BEFORE": ((("y1", "x2"),), ()),
    "AFTER": ((("x1", "y2"),), ()),
    "IBEFORE": ((("x2", "y1"), ("y1", "x2")), (("x2", "y1"),)),
    "IAFTER": ((("x1", "y2"), ("y2", "x1")), (("x1", "y2"),)),
    "BEGUN_BY": ((("x1", "y1"), ("y1", "x1"), ("x2", "y2")), (("x1", "y1"),)),
    "ENDS": ((("x1", "y1"), ("x2", "y2"), ("y2", "x2")), (("x2", "y2"),)),
    "ENDED_BY": ((("y1", "x1"), ("y2", "x2"), ("x2", "y2")), (("x2", "y2"),)),
    "INCLUDES": ((("y1", "x1"), ("x2", "y2")), ()),
    "IS_INCLUDED": ((("x1", "y1"), ("y2", "x2")), ()),
    "SIMULTANEOUS": ((("x1", "y1"), ("y1", "x1"), ("x2", "y2"), ("y2", "x2")), (("x1", "y1"), ("x2", "y2"))),
    "IDENTITY": ((("x1", "y1"), ("y1", "x1"), ("x2", "y2"), ("y2", "x2")), (("x1", "y1"), ("x2", "y2"))),
}

# A fresh pair of intervals: per point, (pseudo-time steps above the base, parent, child, sibling).
_FRESH: dict[str, dict[str, tuple[int, str, str, str]]] = {
    "BEFORE": {"x1": (0, _NIL, "x2", ""), "x2": (1, "x1", "y1", ""), "y1": (2, "x2", "y2", ""), "y2": (3, "y1", _NIL, "")},
    "AFTER": {"y1": (0, _NIL, "y2", ""), "y2": (1, "y1", "x1", ""), "x1": (2, "y2", "x2", ""), "x2": (3, "x1", _NIL, "")},
    "IBEFORE": {"x1": (0, _NIL, "x2 y1", ""), "x2": (1, "x1", "y2", "y1"), "y1": (1, "x1", "y2", "x2"), "y2": (2, "y1 x2", _NIL, "")},
    "IAFTER": {"y1": (0, _NIL, "y2 x1", ""), "y2": (1, "y1", "x2", "x1"), "x1": (1, "y1", "x2", "y2"), "x2": (2, "x1 y2", _NIL, "")},
    "BEGINS": {"x1": (0, _NIL, "x2", "y1"), "y1": (0, _NIL, "x2", "x1"), "x2": (1, "x1 y1", "y2", ""), "y2": (2, "x2", _NIL, "")},
    "BEGUN_BY": {"x1": (0, _NIL, "y2", "y1"), "y1": (0, _NIL, "y2", "x1"), "y2": (1, "x1 y1", "x2", ""), "x2": (2, "y2", _NIL, "")},
    "ENDS": {"y1": (0, _NIL, "x1", ""), "x1": (1, "y1", "x2 y2", ""), "x2": (2, "x1", _NIL, "y2"), "y2": (2, "x1", _NIL, "x2")},
    "ENDED_BY": {"x1": (0, _NIL, "y1", ""), "y1": (1, "x1", "x2 y2", ""), "x2": (2, "y1", _NIL, "y2"), "y2": (2, "y1", _NIL, "x2")},
    "INCLUDES": {"x1": (0, _NIL, "y1", ""), "y1": (1, "x1", "y2", ""), "y2": (2, "y1", "x2", ""), "x2": (3, "y2", _NIL, "")},
    "IS_INCLUDED": {"y1": (0, _NIL, "x1", ""), "x1": (1, "y1", "x2", ""), "x2": (2, "x1", "y2", ""), "y2": (3, "x2", _NIL, "")},
    "SIMULTANEOUS": {"x1": (0, _NIL, "x2 y2", "y1"), "y1": (0, _NIL, "x2 y2", "x1"), "x2": (1, "x1 y1", _NIL, "y2"), "y2": (1, "x1 y1", _NIL, "x2")},
}
_FRESH["IDENTITY"] = _FRESH["SIMULTANEOUS"]


def _has(name: str, names: str) -> bool:
    """Is ``name`` one of the space-separated ``names``?"""
    return name in names.split(" ")


class _Point:
    __slots__ = ("chain", "pseudo", "parent", "child", "sibling")

    def __init__(self) -> None:
        self.chain = 0
        self.pseudo = 0
        self.parent = ""
        self.child = ""
        self.sibling = ""


class _Chain:
    __slots__ = ("points", "cross")

    def __init__(self) -> None:
        self.points: list[str] = []  # connection points, in order of creation
        self.cross: dict[str, list[str]] = {}  # connection point -> points after it on other chains


class Timegraph:
    """One side's TLINKs as the reference timegraph: insertion outcome and point queries."""

    def __init__(self) -> None:
        self.points: dict[str, _Point] = {}
        self.meta: dict[int, _Chain] = {}
        self.next_chain = 0

    # -- structure ---------------------------------------------------------------------
    def _after(self, later: _Point, later_name: str, earlier: _Point, earlier_name: str) -> None:
        """Record that ``later_name`` comes after ``earlier_name`` across chains."""
        chain = self.meta.get(earlier.chain)
        if chain is None:
            chain = self.meta[earlier.chain] = _Chain()
        if earlier_name not in chain.points:
            chain.points.append(earlier_name)
        cross = chain.cross.setdefault(earlier_name, [])
        if later_name not in cross:
            cross.append(later_name)

    def _new_chain(self) -> int:
        self.next_chain += 1
        return self.next_chain - 1

    def _point_after(self, x: str, y: str) -> _Point:
        ny, nx = self.points[y], _Point()
        nx.pseudo = ny.pseudo + _STEP
        if ny.child == _NIL:
            nx.chain, ny.child, nx.parent, nx.child = ny.chain, x, y, _NIL
        else:
            nx.chain, nx.parent, nx.child = self._new_chain(), _NIL, _NIL
            self._after(nx, x, ny, y)
        return nx

    def _point_before(self, x: str, y: str) -> _Point:
        ny, nx = self.points[y], _Point()
        nx.pseudo = ny.pseudo - _STEP
        if ny.parent == _NIL:
            nx.chain, ny.parent, nx.parent, nx.child = ny.chain, x, _NIL, y
        else:
            nx.chain, nx.parent, nx.child = self._new_chain(), _NIL, _NIL
            self._after(ny, y, nx, x)
        return nx

    def _point_between(self, x: str, y: str, z: str) -> _Point:
        ny, nz, nx = self.points[y], self.points[z], _Point()
        if ny.chain == nz.chain and _has(z, ny.child) and _has(y, nz.parent):
            nx.chain, ny.child, nz.parent, nx.parent, nx.child = ny.chain, x, x, y, z
            nx.pseudo = ny.pseudo + (nz.pseudo - ny.pseudo) // 2
        elif ny.child == _NIL:
            nx.chain, ny.child, nx.parent, nx.child = ny.chain, x, y, _NIL
            nx.pseudo = ny.pseudo + _STEP
            self._after(nz, z, nx, x)
        elif nz.parent == _NIL:
            nz.parent, nx.child, nx.chain = x, z, nz.chain
            nx.pseudo = nz.pseudo - _STEP
            self._after(nx, x, ny, y)
        else:
            nx.chain = self._new_chain()
            nx.pseudo = ny.pseudo + (nz.pseudo - ny.pseudo) // 2
            self._after(nx, x, ny, y)
            self._after(nz, z, nx, x)
        return nx

    # -- queries -----------------------------------------------------------------------
    def _reaches(self, start: _Point, goal: _Point) -> bool:
        """A search through connection points at or after each point, no chain twice on a path."""
        stack: list[tuple[_Point, frozenset[int]]] = [(start, frozenset())]
        while stack:
            node, history = stack.pop()
            if node.chain == goal.chain:
                if node.pseudo <= goal.pseudo:
                    return True
                continue
            history = history | {node.chain}
            chain = self.meta.get(node.chain)
            if chain is None:
                continue
            for cp in chain.points:
                if node.pseudo <= self.points[cp].pseudo:
                    for name in chain.cross[cp]:
                        nxt = self.points[name]
                        if nxt.chain not in history:
                            stack.append((nxt, history))
        return False

    def point_relation(self, a: str, b: str) -> Optional[str]:
        """'<', '=', '>' between two named points, or None when undecided."""
        na, nb = self.points[a], self.points[b]
        if na.chain == nb.chain:
            return "<" if na.pseudo < nb.pseudo else ">" if na.pseudo > nb.pseudo else "="
        forward, backward = self._reaches(na, nb), self._reaches(nb, na)
        if forward and backward:
            return "="
        return "<" if forward else ">" if backward else None

    def has(self, entity: str) -> bool:
        return entity + "_s" in self.points and entity + "_e" in self.points

    def _check(self, x: str, y: str, relation: str) -> Optional[bool]:
        """True: entailed; None: undecided (may be added); False: contradicted or not checkable."""
        checks = _CHECKS.get(relation)
        if checks is None or not (self.has(x) and self.has(y)):
            return False
        names = {"x1": x + "_s", "x2": x + "_e", "y1": y + "_s", "y2": y + "_e"}
        decided = True
        for left, right, required in checks:
            r = self.point_relation(names[left], names[right])
            if r is None:
                decided = False
            elif r != required:
                return False
        return True if decided else None

    def entails(self, x: str, relation: str, y: str) -> bool:
        """Is ``x relation y`` verified by this graph?  (BEGINS never is: reference behaviour.)"""
        return self._check(x, y, relation) is True

    # -- insertion -----------------------------------------------------------------------
    def add(self, x_id: str, relation: str, y_id: str) -> str:
        """Insert one link: returns "added", "redundant" or "violated"."""
        rel = relation.upper()
        violated = x_id == y_id and rel not in ("IDENTITY", "SIMULTANEOUS")
        names = {"x1": x_id + "_s", "x2": x_id + "_e", "y1": y_id + "_s", "y2": y_id + "_e"}
        pts = self.points
        if names["y1"] not in pts and names["y2"] not in pts and names["x1"] in pts and names["x2"] in pts:
            rel = _REVERSE.get(rel, rel)
            names = {"x1": y_id + "_s", "x2": y_id + "_e", "y1": x_id + "_s", "y2": x_id + "_e"}
        handled = violated
        if not any(n in pts for n in names.values()):
            handled = self._fresh(names, rel) or handled
        elif names["x1"] not in pts and names["x2"] not in pts and names["y1"] in pts and names["y2"] in pts:
            handled = self._attach(names, rel) or handled
        if violated:
            return "violated"
        if handled:
            return "added"
        outcome = self._check(x_id, y_id, rel)
        if outcome is False:
            return "violated"
        if outcome is True:
            return "redundant"
        self._merge(x_id, y_id, rel)
        return "added"

    def _fresh(self, names: dict[str, str], rel: str) -> bool:
        """Both intervals new: one new chain holding the four points."""
        chain = self._new_chain()
        made = {k: _Point() for k in ("x1", "x2", "y1", "y2")}
        for p in made.values():
            p.chain = chain
        layout = _FRESH.get(rel)
        if layout is not None:
            for key, (steps, parent, child, sibling) in layout.items():
                p = made[key]
                p.pseudo = _BASE + steps * _STEP
                p.parent = " ".join(names.get(t, t) for t in parent.split(" "))
                p.child = " ".join(names.get(t, t) for t in child.split(" "))
                p.sibling = " ".join(names.get(t, t) for t in sibling.split(" ")) if sibling else ""
        for key in ("x1", "x2", "y1", "y2"):
            self.points[names[key]] = made[key]
        return layout is not None

    def _attach(self, n: dict[str, str], rel: str) -> bool:
        """Interval x new, interval y in the graph: place x's points around y's."""
        x1, x2, y1, y2 = n["x1"], n["x2"], n["y1"], n["y2"]
        ny1, ny2 = self.points[y1], self.points[y2]
        nx1, nx2 = _Point(), _Point()
        same = ny1.chain == ny2.chain
        if rel == "BEFORE":
            nx1.pseudo = -_STEP  # set from x2's pseudo-time before that is assigned
            nx1.parent, nx1.child = _NIL, x2
            nx2.pseudo, nx2.parent, nx2.child = ny1.pseudo - _STEP, x1, y1
            if ny1.parent == _NIL:
                nx1.chain = nx2.chain = ny1.chain
                ny1.parent = x2
            else:
                nx1.chain = nx2.chain = self._new_chain()
                ny1.parent += " " + x2
                self._after(ny1, y1, nx2, x2)
        elif rel == "AFTER":
            nx1.pseudo, nx1.parent, nx1.child = ny2.pseudo + _STEP, y2, x2
            nx2.pseudo, nx2.parent, nx2.child = nx1.pseudo + _STEP, x1, _NIL
            if ny2.child == _NIL:
                nx1.chain = nx2.chain = ny2.chain
                ny2.child = x1
            else:
                nx1.chain = nx2.chain = self._new_chain()
                ny2.child += " " + x1
                self._after(nx1, x1, ny2, y2)
        elif rel == "IBEFORE":
            ny1.sibling += " " + x2
            ny2.parent += " " + x2
            nx2.pseudo, nx2.child, nx2.sibling = ny1.pseudo, ny1.child, ny1.sibling + " " + y1
            nx1.pseudo, nx1.child, nx1.parent = nx2.pseudo - _STEP, x2 + " " + y1, _NIL
            if ny1.parent == _NIL:
                nx1.chain = nx2.chain = ny1.chain
                ny1.parent = x1
                nx2.parent = x1
            else:
                nx1.chain, nx2.chain = self.next_chain, ny1.chain
                ny1.parent += " " + x1
                nx2.parent = ny1.parent
                self.next_chain += 1
                self._after(nx2, x2, nx1, x1)
        elif rel == "IAFTER":
            ny1.child += " " + x1
            if ny2.child == _NIL:
                ny2.sibling += " " + x1
                ny2.child = x2
                nx1.chain = nx2.chain = ny2.chain
                nx1.pseudo, nx1.parent, nx1.child, nx1.sibling = ny2.pseudo, ny2.parent, x2, ny2.sibling + " " + y2
                nx2.pseudo, nx2.parent, nx2.child = nx1.pseudo + _STEP, x1 + " " + y2, _NIL
            else:
                nx1 = ny2  # x's start is y's end point itself
                nx1.sibling += " " + y2
                ny2.child += " " + x2
                ny2.sibling += " " + x1
                nx2.chain = self.next_chain
                nx2.pseudo, nx2.parent, nx2.child = ny2.pseudo + _STEP, x1 + " " + y2, _NIL
                self.next_chain += 1
                self._after(nx2, x2, nx1, x1)
        elif rel == "BEGINS":
            if _has(y2, ny1.child) and _has(y1, ny2.parent) and same:
                nx1 = ny1
                ny1.sibling += " " + y1
                nx2.chain, nx2.parent, nx2.child = ny1.chain, x1 + " " + y1, y2
                ny1.sibling += " " + x1
                ny1.child = ny1.child.replace(y2, x2)
                nx2.pseudo = ny1.pseudo + (ny2.pseudo - ny1.pseudo) // 2
                ny2.parent = ny2.parent.replace(y1, x2)
            else:
                nx2 = self._point_between(x2, y1, y2)
                ny1.sibling += " " + x1
                nx1 = ny1
                nx1.sibling += " " + y1
        elif rel == "BEGUN_BY":
            if ny2.child == _NIL and same:
                nx2.chain, nx2.pseudo = ny1.chain, ny2.pseudo + _STEP
                ny1.sibling += " " + x1
                nx1 = ny1
                nx1.sibling += " " + y1
                ny2.parent += " " + x1
                nx2.parent, ny2.child, nx2.child = y2, x2, _NIL
            else:
                nx2 = self._point_after(x2, y2)
                nx1 = ny1
        elif rel == "ENDS":
            if _has(y2, ny1.child) and _has(y1, ny2.parent) and same:
                nx1.chain = nx2.chain = ny1.chain
                nx1.pseudo = ny1.pseudo + (ny2.pseudo - ny1.pseudo) // 2
                nx2.pseudo = ny2.pseudo
                ny1.child, nx1.parent, nx1.child, nx2.parent = x1, y1, x2, x1
                nx2.sibling = ny2.sibling + " " + y2
                ny2.sibling += " " + x2
                nx2.child, ny2.parent = ny2.child, x1
            else:
                nx2 = ny2
                nx1 = self._point_between(x1, y1, y2)
        elif rel == "ENDED_BY":
            if ny1.parent == _NIL and same:
                nx1.chain = nx2.chain = ny1.chain
                nx1.pseudo, nx2.pseudo = ny1.pseudo - _STEP, ny2.pseudo
                nx1.parent, nx1.child = _NIL, y1
                nx2.parent, nx2.child, nx2.sibling = ny2.parent, ny2.child, ny2.sibling + " " + y2
                ny1.parent = x1
                ny1.child += " " + x2
                ny2.sibling += " " + x2
            else:
                nx2 = ny2
                nx1 = self._point_before(x1, y1)
        elif rel == "INCLUDES":
            if ny1.parent == _NIL and ny2.child == _NIL and same:
                nx1.chain, nx2.chain = ny1.chain, ny2.chain
                ny1.parent = x1
                nx1.pseudo, nx1.parent, nx1.child = ny1.pseudo - _STEP, _NIL, y1
                ny2.child = x2
                nx2.parent, nx2.child, nx2.pseudo = y2, _NIL, ny2.pseudo + _STEP
            elif ny1.parent != _NIL or ny2.child != _NIL:
                nx1.chain = nx2.chain = self._new_chain()
                nx1.pseudo, nx2.pseudo = ny1.pseudo - _STEP, ny2.pseudo + _STEP
                nx1.parent, nx2.parent, nx2.child = _NIL, x1, _NIL
                self._after(ny1, y1, nx1, x1)
                self._after(nx2, x2, ny2, y2)
            else:
                nx1 = self._point_before(x1, y1)
                nx2 = self._point_after(x2, y2)
        elif rel == "IS_INCLUDED":
            nx1.pseudo = ny1.pseudo + (ny2.pseudo - ny1.pseudo) // 3
            nx2.pseudo = ny1.pseudo + (ny2.pseudo - ny1.pseudo) * 2 // 3
            if _has(y2, ny1.child) and _has(y1, ny2.parent) and same:
                nx1.chain = nx2.chain = ny1.chain
                nx1.parent = ny1.sibling + " " + y1
                nx2.child = ny2.sibling + " " + y2
                ny1.child, nx1.child, nx2.parent = x1, x2, x1
            else:
                nx1.chain = nx2.chain = self._new_chain()
                nx1.parent, nx1.child, nx2.parent, nx2.child = _NIL, x2, x1, _NIL
                self._after(nx1, x1, ny1, y1)
                self._after(ny2, y2, nx2, x2)
        elif rel in ("SIMULTANEOUS", "IDENTITY"):
            if same:
                ny1.sibling += " " + y1
                ny2.sibling += " " + y2
                ny1.sibling += " " + x1
                ny2.sibling += " " + x2
            nx1, nx2 = ny1, ny2  # x's end points are y's
        else:
            return False
        self.points[x1], self.points[x2], self.points[y1], self.points[y2] = nx1, nx2, ny1, ny2
        return True

    def _merge(self, x: str, y: str, rel: str) -> None:
        """Join two intervals already in the graph by cross-chain edges."""
        names = {"x1": x + "_s", "x2": x + "_e", "y1": y + "_s", "y2": y + "_e"}
        edges, siblings = _MERGE[rel]
        for later, earlier in edges:
            self._after(self.points[names[later]], names[later], self.points[names[earlier]], names[earlier])
        for a, b in siblings:
            self.points[names[a]].sibling += " " + names[b]
            self.points[names[b]].sibling += " " + names[a]
