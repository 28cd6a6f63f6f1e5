"""TempEval-3 Task C scoring: temporal awareness (UzZaman & Allen 2011) of TLINK graphs.

Every interval X has a start and an end point (X_s < X_e); a TLINK becomes equalities and
strict orders between those points (BEFORE: X_e < Y_s; INCLUDES: X_s < Y_s and Y_e < X_e; ...).
Each side's links are added one at a time, in file order, to a point graph: a link whose
points the graph already entails is *redundant* and leaves the side's reduced graph; a link
contradicting what is in is *violated*, not added, but still scored; the others are added.

* precision: share of the system's reduced-graph-plus-violated links that the closure of the
  gold graph entails (or that the gold file states verbatim, in either direction);
* recall: the same for the gold's links against the system's closure;
* figures are micro-averaged over documents: sums of verified links over sums of links.

This reproduces the official TempEval-3 scorer's decisions, including its quirks, because
published Task C figures were computed with it: DURING is read as SIMULTANEOUS; a BEGINS
link is never verified through the closure (only by a verbatim match) and is a violation
when both its intervals are already in the graph; DURING_INV and unknown relation types are
violations and never verified through the closure.  By default (``closure="reference"``)
the graph is the reference scorer's timegraph (:mod:`._timegraph`), whose pseudo-time
bookkeeping occasionally entails more (or less) than the exact closure; ``closure="exact"``
uses :class:`PointGraph`, an exact closure over the same conventions.  The check against
the reference program is described in ``docs/benchmarks.md`` ("Relations (Task C)").
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Iterable, Iterator, Literal, Mapping, Optional, Sequence, Union

import attrs

from ..errors import TimeMLError
from ..io.timeml import TimeMLDocument, read_timeml
from ._timegraph import Timegraph
from .score import Span, match_spans

__all__ = [
    "Link",
    "PointGraph",
    "ReducedGraph",
    "DocumentRelationScore",
    "RelationScores",
    "Mode",
    "POINT_RELATIONS",
    "links_of",
    "reduce_links",
    "score_links",
    "align_links",
    "score_relations",
    "score_dirs",
]

Mode = Literal["gold-entities", "end-to-end"]
MODES: tuple[str, ...] = ("gold-entities", "end-to-end")
Closure = Literal["reference", "exact"]
CLOSURES: tuple[str, ...] = ("reference", "exact")

# Point constraints of each relType between the end points of X (source) and Y (target):
# (left, op, right) with points "xs", "xe", "ys", "ye" and op "<" or "=".
POINT_RELATIONS: Mapping[str, tuple[tuple[str, str, str], ...]] = {
    "BEFORE": (("xe", "<", "ys"),),
    "AFTER": (("ye", "<", "xs"),),
    "IBEFORE": (("xe", "=", "ys"),),
    "IAFTER": (("ye", "=", "xs"),),
    "BEGINS": (("xs", "=", "ys"), ("xe", "<", "ye")),
    "BEGUN_BY": (("xs", "=", "ys"), ("ye", "<", "xe")),
    "ENDS": (("xe", "=", "ye"), ("ys", "<", "xs")),
    "ENDED_BY": (("xe", "=", "ye"), ("xs", "<", "ys")),
    "INCLUDES": (("xs", "<", "ys"), ("ye", "<", "xe")),
    "IS_INCLUDED": (("ys", "<", "xs"), ("xe", "<", "ye")),
    "SIMULTANEOUS": (("xs", "=", "ys"), ("xe", "=", "ye")),
    "IDENTITY": (("xs", "=", "ys"), ("xe", "=", "ye")),
}
_SAME = ("SIMULTANEOUS", "IDENTITY")
_INVERSE = {"BEFORE": "AFTER", "AFTER": "BEFORE", "IBEFORE": "IAFTER", "IAFTER": "IBEFORE", "DURING": "DURING_BY",
            "BEGINS": "BEGUN_BY", "BEGUN_BY": "BEGINS", "ENDS": "ENDED_BY", "ENDED_BY": "ENDS",
            "INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES"}


@attrs.frozen
class Link:
    """One TLINK as the scorer sees it: source id, relType, target id (event instances or times)."""

    source: str
    relation: str
    target: str

    def inverse(self) -> "Link":
        """The same fact stated from the target (the reference scorer's inversion: upper-cased)."""
        return Link(self.target, _INVERSE.get(self.relation.upper(), self.relation.upper()), self.source)


def links_of(doc: TimeMLDocument) -> tuple[Link, ...]:
    """The TLINKs of ``doc`` in file order, DURING read as SIMULTANEOUS.

    The source is the ``timeID`` if present, else the ``eventInstanceID``; the target the
    ``relatedToTime`` if present, else ``relatedToEventInstance``.  A TLINK lacking a source,
    target or relType is left out, as the reference scorer does.
    """
    out = []
    for t in doc.tlinks:
        source = t.get("timeID") if "timeID" in t else t.get("eventInstanceID", "")
        target = t.get("relatedToTime") if "relatedToTime" in t else t.get("relatedToEventInstance", "")
        relation = t.get("relType", "")
        if not source or not target or not relation:
            continue
        out.append(Link(source, "SIMULTANEOUS" if relation == "DURING" else relation, target))
    return tuple(out)


class PointGraph:
    """Interval end points under '=' (merged classes) and '<' (edges between classes).

    Kept consistent by its callers: a constraint is added only when the graph does not
    already decide the two points' order.  Mutable, private to one scoring call.
    """

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}
        self._after: dict[str, set[str]] = {}  # class -> classes strictly after it
        self._before: dict[str, set[str]] = {}
        self._entities: set[str] = set()

    def has(self, entity: str) -> bool:
        return entity in self._entities

    def add_entity(self, entity: str) -> None:
        """Add X_s < X_e for a new interval."""
        if entity in self._entities:
            return
        self._entities.add(entity)
        for p in (entity + "\x00s", entity + "\x00e"):
            self._parent[p] = p
            self._after[p] = set()
            self._before[p] = set()
        self._after[entity + "\x00s"].add(entity + "\x00e")
        self._before[entity + "\x00e"].add(entity + "\x00s")

    def _find(self, p: str) -> str:
        root = p
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[p] != root:
            self._parent[p], p = root, self._parent[p]
        return root

    def _reaches(self, a: str, b: str) -> bool:
        seen = {a}
        todo = deque([a])
        while todo:
            for n in self._after[todo.popleft()]:
                if n == b:
                    return True
                if n not in seen:
                    seen.add(n)
                    todo.append(n)
        return False

    def relation(self, a: str, b: str) -> Optional[str]:
        """'<', '=', '>' between two points, or None when the graph leaves it open."""
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return "="
        if self._reaches(ra, rb):
            return "<"
        if self._reaches(rb, ra):
            return ">"
        return None

    def add(self, a: str, op: str, b: str) -> None:
        """Add ``a op b`` (op '<' or '='); the caller has checked it is consistent."""
        ra, rb = self._find(a), self._find(b)
        if op == "<":
            if ra != rb:
                self._after[ra].add(rb)
                self._before[rb].add(ra)
            return
        if ra == rb:
            return
        self._parent[rb] = ra
        for n in self._after.pop(rb):
            self._before[n].discard(rb)
            self._before[n].add(ra)
            self._after[ra].add(n)
        for n in self._before.pop(rb):
            self._after[n].discard(rb)
            self._after[n].add(ra)
            self._before[ra].add(n)

    def insert(self, link: Link) -> str:
        """Add ``link`` unless entailed or contradicted: returns "added", "redundant" or "violated"."""
        rel = link.relation.upper()
        x, y = link.source, link.target
        constraints = POINT_RELATIONS.get(rel)
        if x == y:
            redundant = rel in _SAME and self.has(x)
            self.add_entity(x)  # the reference scorer creates the interval even for a violation
            return "redundant" if redundant else "added" if rel in _SAME else "violated"
        if constraints is None:
            if not self.has(x) and not self.has(y):
                self.add_entity(x)
                self.add_entity(y)
            return "violated"
        p = self._points(Link(x, rel, y))
        if not (self.has(x) and self.has(y)):
            self.add_entity(x)
            self.add_entity(y)
            for a, op, b in constraints:
                self.add(p[a], op, p[b])
            return "added"
        if rel == "BEGINS":
            return "violated"
        now = [self.relation(p[a], p[b]) for a, _, b in constraints]
        if any(r is not None and r != op for r, (_, op, _) in zip(now, constraints)):
            return "violated"
        if all(r == op for r, (_, op, _) in zip(now, constraints)):
            return "redundant"
        for a, op, b in constraints:
            self.add(p[a], op, p[b])
        return "added"

    @staticmethod
    def _points(link: Link) -> dict[str, str]:
        return {"xs": link.source + "\x00s", "xe": link.source + "\x00e", "ys": link.target + "\x00s", "ye": link.target + "\x00e"}

    def entails(self, link: Link) -> bool:
        """Does the closure verify ``link``?  Never for BEGINS and unknown relTypes (reference behaviour)."""
        constraints = POINT_RELATIONS.get(link.relation)
        if constraints is None or link.relation == "BEGINS" or not (self.has(link.source) and self.has(link.target)):
            return False
        p = self._points(link)
        return all(self.relation(p[a], p[b]) == op for a, op, b in constraints)


@attrs.frozen
class ReducedGraph:
    """One side's links after insertion: kept (the reduced graph), redundant and violated."""

    kept: tuple[Link, ...]
    redundant: tuple[Link, ...]
    violated: tuple[Link, ...]
    graph: Union["PointGraph", "_ReferenceGraph"] = attrs.field(eq=False, repr=False)
    stated: frozenset[Link] = attrs.field(eq=False, repr=False)

    @property
    def scored(self) -> tuple[Link, ...]:
        """The links that are checked and counted: the reduced graph plus the violations."""
        return self.kept + self.violated


def reduce_links(links: Iterable[Link], closure: Closure = "reference") -> ReducedGraph:
    """Insert ``links`` in order, splitting them into kept, redundant and violated (see module doc).

    ``closure="reference"`` uses the reference scorer's timegraph (published figures);
    ``closure="exact"`` an exact point-algebra closure with the same conventions.
    """
    if closure not in CLOSURES:
        raise ValueError(f"closure must be one of {', '.join(CLOSURES)}, not {closure!r}")
    graph: Union[PointGraph, _ReferenceGraph] = PointGraph() if closure == "exact" else _ReferenceGraph()
    added: list[Link] = []
    redundant: list[Link] = []
    violated: list[Link] = []
    seen: set[Link] = set()
    stated: set[Link] = set()
    for link in links:
        if link.relation == "DURING":
            link = Link(link.source, "SIMULTANEOUS", link.target)
        stated.add(link)
        stated.add(link.inverse())
        if link in seen:
            continue
        seen.add(link)
        outcome = graph.insert(link)
        upper = Link(link.source, link.relation.upper(), link.target)
        if outcome == "violated":
            violated.append(upper)
        elif outcome == "redundant":
            redundant.append(upper)
        else:
            added.append(link)
    # A link leaves the reduced graph when the same line was recorded redundant or violated.
    dropped = set(redundant) | set(violated)
    kept = [link for link in added if link not in dropped]
    return ReducedGraph(tuple(kept), tuple(redundant), tuple(violated), graph, frozenset(stated))


class _ReferenceGraph:
    """Adapter giving the reference timegraph the interface of :class:`PointGraph`."""

    def __init__(self) -> None:
        self._tg = Timegraph()

    def insert(self, link: Link) -> str:
        return self._tg.add(link.source, link.relation, link.target)

    def entails(self, link: Link) -> bool:
        return self._tg.entails(link.source, link.relation, link.target)


@attrs.frozen
class DocumentRelationScore:
    """Counts of one document: verified system links, verified gold links and the totals."""

    doc_id: str
    precision_matched: int
    system_links: int
    recall_matched: int
    gold_links: int

    @property
    def precision(self) -> float:
        return self.precision_matched / self.system_links if self.system_links else 0.0

    @property
    def recall(self) -> float:
        return self.recall_matched / self.gold_links if self.gold_links else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@attrs.frozen
class RelationScores:
    """Temporal awareness over a corpus (micro-averaged), per-document counts, and problems met."""

    precision: float
    recall: float
    f1: float
    documents: tuple[DocumentRelationScore, ...]
    mode: str = "gold-entities"
    problems: tuple[str, ...] = ()

    @classmethod
    def from_documents(cls, documents: Sequence[DocumentRelationScore], mode: str = "gold-entities", problems: Sequence[str] = ()) -> "RelationScores":
        matched_p = sum(d.precision_matched for d in documents)
        matched_r = sum(d.recall_matched for d in documents)
        p = matched_p / sum(d.system_links for d in documents) if any(d.system_links for d in documents) else 0.0
        r = matched_r / sum(d.gold_links for d in documents) if any(d.gold_links for d in documents) else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return cls(p, r, f, tuple(documents), mode, tuple(problems))


def _verified(links: Sequence[Link], other: ReducedGraph) -> int:
    return sum(1 for link in links if link in other.stated or other.graph.entails(link))


def score_links(gold: Iterable[Link], system: Iterable[Link], doc_id: str = "", *, closure: Closure = "reference") -> DocumentRelationScore:
    """Temporal awareness counts of one document's system links against its gold links."""
    g, s = reduce_links(gold, closure), reduce_links(system, closure)
    return DocumentRelationScore(doc_id, _verified(s.scored, g), len(s.scored), _verified(g.scored, s), len(g.scored))


def _instance_lists(doc: TimeMLDocument) -> dict[str, list[str]]:
    """Event id -> its instance ids (eiids) in file order."""
    out: dict[str, list[str]] = {}
    for mi in doc.makeinstances:
        if mi.get("eiid") and mi.get("eventID"):
            out.setdefault(mi["eventID"], []).append(mi["eiid"])
    return out


def align_links(gold: TimeMLDocument, system: TimeMLDocument) -> tuple[Link, ...]:
    """The system's links with its entity ids replaced by the gold ids of the entities they match.

    End to end (Task ABC): system TIMEX3s and EVENTs are matched one-to-one to gold ones of
    the same kind by extent (identical extents first, then any overlap, as in Task A); the
    system DCT maps to the gold DCT.  An id with no gold counterpart is prefixed with
    ``system:`` so it can never verify a gold link: such links count against precision only.
    """
    mapping: dict[str, str] = {}
    if system.dct_tid and gold.dct_tid:
        mapping[system.dct_tid] = gold.dct_tid
    for kind in ("TIMEX3", "EVENT"):
        g = [Span(a.start, a.end, a.text, {"id": a.id}) for a in gold.annotations if a.tag == kind and a.id]
        s = [Span(a.start, a.end, a.text, {"id": a.id}) for a in system.annotations if a.tag == kind and a.id]
        matches, _, _ = match_spans(g, s)
        for m in matches:
            mapping[str(m.system.attributes["id"])] = str(m.gold.attributes["id"])
    gold_instances = _instance_lists(gold)
    system_instances = _instance_lists(system)
    system_event = {eiid: (eid, k) for eid, eiids in system_instances.items() for k, eiid in enumerate(eiids)}

    def convert(ident: str) -> str:
        if ident in system_event:  # the k-th instance of a system event -> the k-th of its gold event
            eid, k = system_event[ident]
            if eid not in mapping:
                return f"system:{ident}"
            options = gold_instances.get(mapping[eid], [mapping[eid]])
            return options[k] if k < len(options) else options[0]
        if ident in mapping:  # a time, or an event named by its eid
            gold_id = mapping[ident]
            return gold_instances.get(gold_id, [gold_id])[0]
        return f"system:{ident}"

    return tuple(Link(convert(link.source), link.relation, convert(link.target)) for link in links_of(system))


def score_relations(gold_docs: Iterable[TimeMLDocument], system_docs: Iterable[TimeMLDocument], *, mode: Mode = "gold-entities",
                    closure: Closure = "reference") -> RelationScores:
    """Task C temporal awareness of ``system_docs`` against ``gold_docs`` (paired by doc_id).

    ``mode="gold-entities"``: the system annotated the gold TIMEX3s and EVENTs and its TLINKs
    use their ids.  ``mode="end-to-end"`` (Task ABC): the system brought its own entities,
    aligned to gold ones by extent (:func:`align_links`).  A gold document without a system
    document counts with no system links.
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    if closure not in CLOSURES:
        raise ValueError(f"closure must be one of {', '.join(CLOSURES)}, not {closure!r}")
    systems = {d.doc_id: d for d in system_docs}
    docs, problems = [], []
    for g in gold_docs:
        s = systems.get(g.doc_id)
        if s is None:
            problems.append(f"{g.doc_id}: no system document; scored with no system links")
        docs.append(_score_pair(g, s, mode, closure))
    return RelationScores.from_documents(docs, mode, problems)


def _score_pair(gold: TimeMLDocument, system: Optional[TimeMLDocument], mode: str, closure: Closure) -> DocumentRelationScore:
    if system is None:
        system_links: tuple[Link, ...] = ()
    elif mode == "end-to-end":
        system_links = align_links(gold, system)
    else:
        system_links = links_of(system)
    return score_links(links_of(gold), system_links, gold.doc_id, closure=closure)


def _read(path: Path) -> Union[TimeMLDocument, TimeMLError]:
    try:
        return read_timeml(path)
    except TimeMLError as exc:
        return exc


def _pairs(gold_dir: Path, system_dir: Path) -> Iterator[tuple[Path, Path]]:
    for g in sorted(gold_dir.rglob("*.tml")):
        yield g, system_dir / g.relative_to(gold_dir)


def score_dirs(gold_dir: Union[str, Path], system_dir: Union[str, Path], *, mode: Mode = "gold-entities",
               closure: Closure = "reference") -> RelationScores:
    """Score every ``*.tml`` under ``gold_dir`` against the file of the same relative path in ``system_dir``.

    An unreadable gold file is reported and left out; a missing or unreadable system file is
    reported and its document scored with no system links (it still counts for recall).
    Raises :class:`TimeMLError` when a directory does not exist or holds no gold file.
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    if closure not in CLOSURES:
        raise ValueError(f"closure must be one of {', '.join(CLOSURES)}, not {closure!r}")
    gold_root, system_root = Path(gold_dir), Path(system_dir)
    for root, what in ((gold_root, "gold"), (system_root, "system")):
        if not root.is_dir():
            raise TimeMLError(f"{root}: {what} directory not found")
    docs, problems = [], []
    pairs = list(_pairs(gold_root, system_root))
    if not pairs:
        raise TimeMLError(f"{gold_root}: no .tml files")
    for gpath, spath in pairs:
        gold = _read(gpath)
        if isinstance(gold, TimeMLError):
            problems.append(f"skipped {gold}")
            continue
        system: Optional[Union[TimeMLDocument, TimeMLError]] = _read(spath) if spath.exists() else None
        if system is None:
            problems.append(f"{spath}: no system file; scored with no system links")
        elif isinstance(system, TimeMLError):
            problems.append(f"{system}; scored with no system links")
            system = None
        docs.append(_score_pair(gold, system, mode, closure))
    return RelationScores.from_documents(docs, mode, problems)
