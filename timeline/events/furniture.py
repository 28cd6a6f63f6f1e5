"""Page furniture and headlines in scraped plain text: what is not part of the story's events.

Bylines, read-time lines, comment forms, share and follow prompts, tag lists and author bios
are kept out of events (their words are real, but nothing happens in them), and so is a
headline: a short first line without a full stop, set off by a blank line, whose events the
body tells again.  Patterns are language data (``timeline/lexicon/<lang>/furniture.toml``).
"""

from __future__ import annotations

import functools

import attrs
import regex

from ..lexicon import load_data
from ..text import Doc, headline_of_text

__all__ = ["furniture_spans", "load_furniture", "headline_span", "headline_of_text"]

_BIO = regex.compile(r"\p{Lu}[\w.\-]+ \p{Lu}[\w.\-]+(?: \p{Lu}[\w.\-]+)? is an? ")
"""How a bio opens: a personal name (two or three capitalised words), then "is a"."""


@attrs.frozen
class _Furniture:
    lines: tuple["regex.Pattern[str]", ...]
    bio_words: tuple[str, ...]


@functools.lru_cache(maxsize=None)
def load_furniture(language: str = "en") -> _Furniture:
    """The furniture patterns of ``language`` (checked by the lexicon loader), compiled once."""
    data = load_data(language, "furniture.toml")
    # bylines are told by their capitals; every other line pattern ignores case
    compiled = tuple(regex.compile(p, 0 if p.startswith("^[Bb]y ") else regex.IGNORECASE) for p in data["line_patterns"])
    return _Furniture(compiled, tuple(w.lower() for w in data["bio_words"]))


def _headline(doc: Doc) -> tuple[int, int] | None:
    """The first line when it reads as a headline: short, no closing full stop, a blank line after it."""
    return headline_of_text(doc.text)


def headline_span(doc: Doc) -> tuple[int, int] | None:
    """(start, end) of the headline of ``doc``, or None (see :func:`_headline`)."""
    return _headline(doc)


def furniture_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of every line of ``doc`` that is page furniture or the headline."""
    data = load_furniture(doc.language)
    text = doc.text
    out = []
    head = _headline(doc)
    if head is not None:
        out.append(head)
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            low = stripped.lower()
            if any(p.match(stripped) for p in data.lines) or (_BIO.match(stripped) and sum(w in low for w in data.bio_words) >= 2):
                out.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line)
    return out
