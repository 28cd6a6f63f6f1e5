"""TIMEX2 (TIDES 2005) gold in: ACE/WikiWars-style ``<DOC>`` files with inline ``<TIMEX2>`` tags.

A file holds one or more ``<DOC>`` elements (``DOCID``, ``DATETIME``, ``TEXT``).  Each
document becomes a :class:`~timeline.io.timeml.TimeMLDocument` whose time expressions are
TIMEX3-shaped annotations, so the TempEval-3 scorer reads them unchanged: TIMEX2 ``val``
becomes ``value``; ``mod``, ``set``, ``anchor_val``, ``anchor_dir`` and ``comment`` are
kept as they are.  TIMEX2 has no ``type``: none is set, and evaluation then compares values
only.  Nested TIMEX2 tags (an event-based period containing a date) are all kept; a tag
without ``val`` has no value.  Offsets are into the tag-stripped TEXT.  Parsing goes
through defusedxml, like TimeML.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Iterator, Union

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from ..errors import TimeMLError
from .timeml import Annotation, TimeMLDocument, _dct

__all__ = ["read_timex2", "read_timex2_dir", "is_timex2", "TIMEX2_SUFFIXES"]

TIMEX2_SUFFIXES = (".key.xml", ".sgml", ".xml")
_RENAME = {"val": "value"}
_KEEP = ("val", "mod", "set", "anchor_val", "anchor_dir", "comment")


def is_timex2(path: Union[str, Path]) -> bool:
    """Whether ``path`` looks like a TIMEX2 file (a ``<DOC>`` root with ``<TIMEX2>`` or ``<TEXT>``)."""
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    return b"<DOC>" in head and b"<TimeML" not in head


def _walk(element: ET.Element, parts: list[str], spans: list[tuple[int, int, dict[str, str]]], pos: int) -> int:
    if element.text:
        parts.append(element.text)
        pos += len(element.text)
    for child in element:
        start = pos
        pos = _walk(child, parts, spans, pos)
        if child.tag == "TIMEX2":
            spans.append((start, pos, {_RENAME.get(k, k): v for k, v in child.attrib.items() if k in _KEEP}))
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    return pos


def _document(doc: ET.Element, label: str, index: int) -> TimeMLDocument:
    doc_id, dct_value, text_el = None, None, None
    for child in doc:
        if child.tag == "DOCID":
            doc_id = (child.text or "").strip()
        elif child.tag == "DATETIME":
            timex = child.find("TIMEX2")
            dct_value = (timex.get("val") if timex is not None else None) or "".join(child.itertext()).strip() or None
        elif child.tag == "TEXT":
            text_el = child
    if text_el is None:
        raise TimeMLError(f"{label}: document {index + 1} has no <TEXT> element")
    parts: list[str] = []
    spans: list[tuple[int, int, dict[str, str]]] = []
    _walk(text_el, parts, spans, 0)
    text = "".join(parts)
    annotations = sorted((Annotation("TIMEX3", s, e, text[s:e], a) for s, e, a in spans), key=lambda a: (a.start, -a.end))
    stem = re.sub(r"\.key$", "", Path(label).stem) if label != "<string>" else "document"
    return TimeMLDocument(doc_id=doc_id or stem, text=text, dct=_dct(dct_value), dct_value=dct_value, annotations=tuple(annotations), source=label)


def read_timex2(source: Union[str, Path]) -> list[TimeMLDocument]:
    """The documents of a TIMEX2 file (a path) or TIMEX2 markup (a str starting with '<')."""
    if isinstance(source, Path) or not source.lstrip().startswith("<"):
        label = str(source)
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise TimeMLError(f"{label}: cannot read ({exc.strerror})") from None
    else:
        label, data = "<string>", source.encode("utf-8")
    # a file may hold several <DOC> elements side by side: wrap them in one root
    body = re.sub(rb"^\s*<\?xml[^>]*\?>", b"", data)
    try:
        root = SafeET.fromstring(b"<DOCS>" + body + b"</DOCS>", forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise TimeMLError(f"{label}: refused unsafe XML ({type(exc).__name__})") from None
    except ET.ParseError as exc:
        line, col = getattr(exc, "position", (0, 0))
        raise TimeMLError(f"{label}: malformed XML at line {line}, column {col}") from None
    docs = [d for d in root if d.tag == "DOC"]
    if not docs:
        raise TimeMLError(f"{label}: no <DOC> element")
    return [_document(d, label, i) for i, d in enumerate(docs)]


def read_timex2_dir(path: Union[str, Path]) -> Iterator[tuple[Path, Union[TimeMLDocument, TimeMLError]]]:
    """Every TIMEX2 document of the ``*.xml``/``*.sgml`` files under ``path`` (sorted)."""
    root = Path(path)
    if not root.is_dir():
        raise TimeMLError(f"{root}: not a directory")
    for f in sorted(p for p in root.rglob("*") if p.is_file() and p.name.endswith((".xml", ".sgml")) and is_timex2(p)):
        try:
            for doc in read_timex2(f):
                yield f, doc
        except TimeMLError as exc:
            yield f, exc
