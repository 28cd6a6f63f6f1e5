"""``tag``: the temporal tagger's public entry point (recognise, then resolve)."""

from __future__ import annotations

import datetime as dt
import functools
import os
from typing import Any, Callable, Optional

from .context import MODES, ReferenceTimeLike, parse_reference_time
from .errors import InputError, InputTooLargeError
from .interop import text_of
from .lexicon import check_language, language_key
from .model import TaggedDocument
from .text import Doc, segment

__all__ = ["tag", "tag_doc", "check_text", "checked_language", "DEFAULT_MAX_CHARS"]

DEFAULT_MAX_CHARS = 20_000_000
"""Largest text ``tag`` accepts by default (20 million characters, ~20 MB); pass ``max_chars`` to raise it."""


def tag(
    text: str,
    reference_time: Optional[ReferenceTimeLike],
    *,
    mode: str = "news",
    language: str = "en",
    doc_id: Optional[str] = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    lexicon_dir: "Optional[str | os.PathLike[str]]" = None,
) -> TaggedDocument:
    """Find every time expression of ``text`` and resolve it against ``reference_time``.

    ``reference_time`` is the publication date (str in ISO 8601, date or datetime); pass
    ``None`` explicitly when it is unknown: relative expressions then keep X in their
    values and get no bounds.  ``mode`` is "news" (relative expressions count from the
    publication date) or "narrative" (from the story's current time, for history texts).
    ``text`` may also be a spaCy ``Doc`` (English): its text is tagged, segmented by timeline.
    ``language`` names a shipped lexicon ("en"); with ``lexicon_dir`` it names a directory of
    lexicon files under it instead (see docs/lexicon.md).  An unknown language raises a
    :class:`~timeline.lexicon.LexiconError` listing the available ones.
    """
    text = text_of(text)  # a spaCy Doc gives its text
    check_text(text, mode, max_chars)
    language = checked_language(language, lexicon_dir)
    ref = None if reference_time is None else parse_reference_time(reference_time)
    return tag_doc(segment(text, language), ref, mode=mode, doc_id=doc_id)


def checked_language(language: str, lexicon_dir: "Optional[str | os.PathLike[str]]" = None) -> str:
    """The key of ``language`` (in ``lexicon_dir`` when given), after checking it can be loaded."""
    key = language_key(language, lexicon_dir)
    check_language(key)
    return key


def check_text(text: object, mode: str, max_chars: int) -> None:
    """Raise a clear error for a non-str text, an unknown mode or a text over ``max_chars``."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}; decode bytes first (e.g. data.decode('utf-8'))")
    if mode not in MODES:
        raise InputError(f"mode={mode!r} is not supported; use one of {', '.join(MODES)}")
    if len(text) > max_chars:
        raise InputTooLargeError(f"text has {len(text):,} characters, more than max_chars={max_chars:,}; pass a larger max_chars (--max-chars on the command line) to process it")


def tag_doc(doc: Doc, reference_time: Optional[dt.datetime], *, mode: str = "news", doc_id: Optional[str] = None) -> TaggedDocument:
    """``tag`` on text already segmented and checked (the pipeline segments once and shares the :class:`Doc`)."""
    recognize, resolve = _stages()
    mentions = recognize(doc.text, doc.language, narrative=mode == "narrative")
    timexes = resolve(mentions, doc, reference_time, mode=mode, language=doc.language)
    return TaggedDocument(text=doc.text, reference_time=reference_time, timexes=timexes, mode=mode, doc_id=doc_id)


@functools.lru_cache(maxsize=None)
def _stages() -> "tuple[Callable[..., Any], Callable[..., Any]]":
    """The recognizer and the resolver, imported when a text is first tagged (the grammar and resolver load then, not with
    this module: ``batch`` reads DEFAULT_MAX_CHARS for the command line's help) and kept: an import statement in a function
    runs the import machinery at every call (about 3 us for a package, twice a document; tests/test_tagspeed47.py)."""
    from .recognize import recognize
    from .resolve import resolve

    return recognize, resolve
