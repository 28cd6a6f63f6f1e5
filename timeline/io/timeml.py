"""TimeML 1.2.1 in and out: TEXT with inline TIMEX3/EVENT/SIGNAL, DCT, MAKEINSTANCE, TLINK.

Offsets are into the tag-stripped, entity-decoded TEXT.  Parsing goes through defusedxml:
entity-expansion bombs and external entities are refused with a :class:`TimeMLError`
naming the file, as is malformed XML (with its line).  ``write_timeml`` produces a file
``read_timeml`` reads back to the same document.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Iterator, Mapping, Optional, Protocol, Sequence, Union
from xml.sax.saxutils import escape, quoteattr

import attrs
import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from ..errors import TimeMLError
from ..model import Timex

__all__ = [
    "Annotation",
    "TLink",
    "TimeMLDocument",
    "read_timeml",
    "read_timeml_dir",
    "write_timeml",
    "timexes_to_timeml",
    "instance_id",
    "RELATION_TYPES",
]

_INLINE = ("TIMEX3", "EVENT", "SIGNAL")
_TIMEX_ATTRS = ("tid", "type", "value", "mod", "temporalFunction", "functionInDocument", "anchorTimeID", "beginPoint", "endPoint", "quant", "freq")


@attrs.frozen
class Annotation:
    """One inline TIMEX3, EVENT or SIGNAL: its tag, span in the stripped text and attributes."""

    tag: str
    start: int
    end: int
    text: str
    attributes: Mapping[str, str] = attrs.field(converter=lambda m: dict(sorted(m.items())), eq=True)

    @property
    def id(self) -> str:
        return self.attributes.get("tid") or self.attributes.get("eid") or self.attributes.get("sid") or ""

    def get(self, name: str, default: Optional[str] = None) -> Optional[str]:
        return self.attributes.get(name, default)


@attrs.frozen
class TimeMLDocument:
    """A TimeML document: its text, DCT, inline annotations and standoff links."""

    doc_id: str
    text: str
    dct: Optional[dt.datetime] = None
    dct_value: Optional[str] = None
    annotations: tuple[Annotation, ...] = ()
    makeinstances: tuple[Mapping[str, str], ...] = ()
    tlinks: tuple[Mapping[str, str], ...] = ()
    slinks: tuple[Mapping[str, str], ...] = ()
    alinks: tuple[Mapping[str, str], ...] = ()
    source: str = ""
    dct_tid: Optional[str] = None

    @property
    def instances(self) -> dict[str, Mapping[str, str]]:
        """MAKEINSTANCE attributes by instance id (eiid), in file order."""
        return {mi["eiid"]: mi for mi in self.makeinstances if mi.get("eiid")}

    @property
    def relations(self) -> tuple["TLink", ...]:
        """The TLINKs as (lid, relType, source id, target id); sources and targets are eiids or tids."""
        return tuple(TLink.from_attributes(t) for t in self.tlinks)

    @property
    def timexes(self) -> tuple[Annotation, ...]:
        return tuple(a for a in self.annotations if a.tag == "TIMEX3")

    @property
    def events(self) -> tuple[Annotation, ...]:
        return tuple(a for a in self.annotations if a.tag == "EVENT")

    @property
    def signals(self) -> tuple[Annotation, ...]:
        return tuple(a for a in self.annotations if a.tag == "SIGNAL")

    def entity_relations(self) -> tuple[tuple[str, str, str], ...]:
        """The TLINKs as (source, relType, target) with event instances replaced by their event ids."""
        to_event = {eiid: mi.get("eventID", eiid) for eiid, mi in self.instances.items()}
        return tuple((to_event.get(t.source, t.source), t.relation, to_event.get(t.target, t.target)) for t in self.relations)

    def instance_of(self, eid: str) -> Mapping[str, str]:
        """The first MAKEINSTANCE of event ``eid`` (tense, aspect, polarity, pos, modality)."""
        for mi in self.makeinstances:
            if mi.get("eventID") == eid:
                return mi
        return {}


@attrs.frozen
class TLink:
    """One TLINK: its id, relType, and the instance or time id on each side."""

    lid: str
    relation: str
    source: str
    target: str

    @classmethod
    def from_attributes(cls, attributes: Mapping[str, str]) -> "TLink":
        # a time id wins over an instance id on the same side, as in the TempEval-3 scorer
        source = attributes.get("timeID") or attributes.get("eventInstanceID") or ""
        target = attributes.get("relatedToTime") or attributes.get("relatedToEventInstance") or ""
        return cls(attributes.get("lid", ""), attributes.get("relType", ""), source, target)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _dct(value: Optional[str]) -> Optional[dt.datetime]:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?", value)
    if not m:
        return None
    y, mo, d, hh, mm = m.groups()
    try:
        return dt.datetime(int(y), int(mo), int(d), int(hh or 0), int(mm or 0))
    except ValueError:
        return None


def _walk(element: ET.Element, parts: list[str], spans: list[tuple[str, int, int, dict[str, str]]], pos: int) -> int:
    """Collect the text under ``element`` and its inline annotations' spans; returns the new offset."""
    if element.text:
        parts.append(element.text)
        pos += len(element.text)
    for child in element:
        tag = _local(child.tag)
        start = pos
        pos = _walk(child, parts, spans, pos)
        if tag in _INLINE:
            spans.append((tag, start, pos, dict(child.attrib)))
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    return pos


def read_timeml(source: Union[str, Path], *, name: Optional[str] = None) -> TimeMLDocument:
    """Read a TimeML file (a path) or TimeML markup (a str starting with '<')."""
    if isinstance(source, Path) or (isinstance(source, str) and not source.lstrip().startswith("<")):
        path = Path(source)
        label = name or str(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise TimeMLError(f"{label}: cannot read ({exc.strerror})") from None
    else:
        label = name or "<string>"
        data = source.encode("utf-8")
    try:
        root = SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise TimeMLError(f"{label}: refused unsafe XML ({type(exc).__name__}: entity declarations and external references are not allowed)") from None
    except ET.ParseError as exc:
        line, col = getattr(exc, "position", (0, 0))
        raise TimeMLError(f"{label}: malformed XML at line {line}, column {col}: {exc.msg if hasattr(exc, 'msg') else exc}") from None
    if _local(root.tag) != "TimeML":
        raise TimeMLError(f"{label}: not a TimeML document (root element <{_local(root.tag)}>)")
    doc_id, dct_value, dct_tid, text_el = None, None, None, None
    makeinstances, tlinks, slinks, alinks = [], [], [], []
    for child in root:
        tag = _local(child.tag)
        if tag == "DOCID":
            doc_id = (child.text or "").strip()
        elif tag == "DCT":
            timex = next((c for c in child.iter() if _local(c.tag) == "TIMEX3"), None)
            if timex is not None:
                dct_value = timex.get("value")
                dct_tid = timex.get("tid")
        elif tag == "TEXT":
            text_el = child
        elif tag == "MAKEINSTANCE":
            makeinstances.append(dict(child.attrib))
        elif tag == "TLINK":
            tlinks.append(dict(child.attrib))
        elif tag == "SLINK":
            slinks.append(dict(child.attrib))
        elif tag == "ALINK":
            alinks.append(dict(child.attrib))
    if text_el is None:
        raise TimeMLError(f"{label}: no <TEXT> element")
    parts: list[str] = []
    spans: list[tuple[str, int, int, dict[str, str]]] = []
    _walk(text_el, parts, spans, 0)
    text = "".join(parts)
    annotations = [Annotation(tag, start, end, text[start:end], attributes) for tag, start, end, attributes in spans]
    annotations.sort(key=lambda a: (a.start, -a.end, a.tag))
    stem = Path(label).stem if label != "<string>" else "document"
    return TimeMLDocument(
        doc_id=doc_id or stem, text=text, dct=_dct(dct_value), dct_value=dct_value, annotations=tuple(annotations),
        makeinstances=tuple(makeinstances), tlinks=tuple(tlinks), slinks=tuple(slinks), alinks=tuple(alinks), source=label,
        dct_tid=dct_tid,
    )


def read_timeml_dir(path: Union[str, Path]) -> Iterator[tuple[Path, Union[TimeMLDocument, TimeMLError]]]:
    """Every ``*.tml`` under ``path`` (sorted) with its document, or the error that file gave."""
    root = Path(path)
    if not root.is_dir():
        raise TimeMLError(f"{root}: not a directory")
    for f in sorted(root.rglob("*.tml")):
        try:
            yield f, read_timeml(f)
        except TimeMLError as exc:
            yield f, exc


def _attrs(attributes: Mapping[str, str]) -> str:
    return "".join(f" {k}={quoteattr(v)}" for k, v in attributes.items())


def _inline(text: str, annotations: Sequence[Annotation]) -> str:
    """``text`` with the annotations inserted as properly nested inline tags."""
    opens: dict[int, list[Annotation]] = {}
    closes: dict[int, list[Annotation]] = {}
    for a in sorted(annotations, key=lambda a: (a.start, -a.end)):
        opens.setdefault(a.start, []).append(a)
        closes.setdefault(a.end, []).append(a)
    out: list[str] = []
    stack: list[Annotation] = []
    last = 0
    for pos in sorted(set(opens) | set(closes) | {len(text)}):
        out.append(escape(text[last:pos]))
        last = pos
        for a in reversed(closes.get(pos, [])):
            if a in stack:
                stack.remove(a)
                out.append(f"</{a.tag}>")
        for a in opens.get(pos, []):
            if a.end == pos and a.start == pos:
                out.append(f"<{a.tag}{_attrs(a.attributes)}></{a.tag}>")
                continue
            out.append(f"<{a.tag}{_attrs(a.attributes)}>")
            stack.append(a)
    return "".join(out)


def write_timeml(doc: TimeMLDocument) -> str:
    """TimeML markup for ``doc``; :func:`read_timeml` reads it back to an equal document."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<TimeML>", f"<DOCID>{escape(doc.doc_id)}</DOCID>"]
    if doc.dct_value is not None:
        lines.append(f'<DCT><TIMEX3 tid={quoteattr(doc.dct_tid or "t0")} type="DATE" value={quoteattr(doc.dct_value)} temporalFunction="false" functionInDocument="CREATION_TIME">{escape(doc.dct_value)}</TIMEX3></DCT>')
    lines.append(f"<TEXT>{_inline(doc.text, doc.annotations)}</TEXT>")
    for tag, items in (("MAKEINSTANCE", doc.makeinstances), ("TLINK", doc.tlinks), ("SLINK", doc.slinks), ("ALINK", doc.alinks)):
        for item in items:
            lines.append(f"<{tag}{_attrs(item)} />")
    lines.append("</TimeML>")
    return "\n".join(lines) + "\n"


def timex_annotation(t: Timex, anchor_id: str = "t0") -> Annotation:
    """The TIMEX3 annotation of a tagged expression, TE3 style."""
    attributes = {"tid": t.tid, "type": t.type.value, "value": t.value, "temporalFunction": "true" if t.temporal_function else "false", "functionInDocument": "NONE"}
    if t.mod:
        attributes["mod"] = t.mod
    if t.temporal_function:
        attributes["anchorTimeID"] = t.anchor.timex_id if t.anchor.timex_id else anchor_id
    if t.quant:
        attributes["quant"] = t.quant
    if t.freq:
        attributes["freq"] = t.freq
    return Annotation("TIMEX3", t.start, t.end, t.text, attributes)


RELATION_TYPES: tuple[str, ...] = ("BEFORE", "AFTER", "INCLUDES", "IS_INCLUDED", "DURING", "DURING_INV", "SIMULTANEOUS",
                                    "IAFTER", "IBEFORE", "IDENTITY", "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY")
_INSTANCE_ATTRS = ("tense", "aspect", "polarity", "pos", "modality")


class _EventLike(Protocol):
    eid: str
    text: str
    start: int
    end: int
    cls: str


class _RelationLike(Protocol):
    source: str
    relation: str
    target: str


def instance_id(eid: str) -> str:
    """The MAKEINSTANCE id written for event ``eid``: "e12" -> "ei12", anything else -> "i" + eid."""
    m = re.fullmatch(r"e(\d+)", eid)
    return f"ei{m.group(1)}" if m else f"i{eid}"


def _event_parts(event: Union[Annotation, _EventLike]) -> tuple[Annotation, dict[str, str]]:
    """The inline EVENT annotation and the MAKEINSTANCE attributes of one event."""
    if isinstance(event, Annotation):
        eid = event.get("eid") or ""
        extra = {k: v for k in _INSTANCE_ATTRS if (v := event.get(k))}
        annotation = Annotation("EVENT", event.start, event.end, event.text, {k: v for k, v in event.attributes.items() if k not in _INSTANCE_ATTRS})
    else:
        eid = event.eid
        extra = {k: str(v) for k in _INSTANCE_ATTRS if (v := getattr(event, k, None))}
        annotation = Annotation("EVENT", event.start, event.end, event.text, {"eid": eid, "class": event.cls})
    if not eid:
        raise ValueError(f"event {event.text!r} at {event.start}-{event.end} has no eid")
    return annotation, {"eiid": instance_id(eid), "eventID": eid, **extra}


def _relation_triple(item: Union[tuple[str, str, str], _RelationLike]) -> tuple[str, str, str]:
    if isinstance(item, tuple):
        if len(item) != 3:
            raise ValueError(f"relation {item!r}: expected (source id, relation, target id)")
        return item
    return (item.source, item.relation, item.target)


def timexes_to_timeml(text: str, dct: Optional[dt.datetime], timexes: Sequence[Timex], doc_id: Optional[str] = None,
                      events: Sequence[Union[Annotation, _EventLike]] = (),
                      relations: Sequence[Union[tuple[str, str, str], _RelationLike]] = ()) -> str:
    """TE3-style TimeML for a tagged text: TIMEX3 and EVENT inline, the DCT as t0, MAKEINSTANCE and TLINK after TEXT.

    ``events`` are :class:`Annotation` EVENTs or event objects (``eid``, ``cls``, and
    optionally ``tense``, ``aspect``, ``polarity``, ``pos``, ``modality``); each gets one
    MAKEINSTANCE (:func:`instance_id`).  ``relations`` are ``(source, relation, target)``
    triples or objects with those attributes, whose ids are event ids, timex ids or the
    DCT's "t0", and whose relation is a TimeML relType; each becomes a TLINK.  Unknown ids or
    relation names raise ``ValueError`` naming the relation.
    """
    value = None
    if dct is not None:
        value = dct.date().isoformat() if dct.time() == dt.time(0) else dct.isoformat(timespec="minutes")
    annotations = [timex_annotation(t) for t in timexes]
    instances: list[dict[str, str]] = []
    kinds: dict[str, tuple[str, str]] = {}  # id -> (attribute suffix kind, id written)
    if dct is not None:
        kinds["t0"] = ("time", "t0")
    for t in timexes:
        kinds[t.tid] = ("time", t.tid)
    for event in events:
        annotation, instance = _event_parts(event)
        annotations.append(annotation)
        instances.append(instance)
        kinds[instance["eventID"]] = ("event", instance["eiid"])
        kinds.setdefault(instance["eiid"], ("event", instance["eiid"]))
    tlinks: list[dict[str, str]] = []
    for n, item in enumerate(relations, 1):
        source, relation, target = _relation_triple(item)
        rel = str(relation).upper()
        if rel not in RELATION_TYPES:
            raise ValueError(f"relation {(source, relation, target)!r}: unknown relation {relation!r} (one of {', '.join(RELATION_TYPES)})")
        for ident in (source, target):
            if ident not in kinds:
                raise ValueError(f"relation {(source, relation, target)!r}: unknown id {ident!r} (not an event, a time expression or the DCT t0)")
        (skind, sid), (tkind, tid) = kinds[source], kinds[target]
        tlinks.append({"lid": f"l{n}", "relType": rel,
                       ("timeID" if skind == "time" else "eventInstanceID"): sid,
                       ("relatedToTime" if tkind == "time" else "relatedToEventInstance"): tid})
    doc = TimeMLDocument(doc_id=doc_id or "document", text=text, dct=dct, dct_value=value, annotations=tuple(annotations),
                         makeinstances=tuple(instances), tlinks=tuple(tlinks), dct_tid="t0" if dct is not None else None)
    return write_timeml(doc)
