"""``tag``: the temporal tagger's public entry point (recognise, then resolve)."""

from __future__ import annotations

from typing import Optional

from .context import MODES, ReferenceTimeLike, parse_reference_time
from .errors import InputError, InputTooLargeError
from .model import TaggedDocument
from .recognize import recognize
from .resolve import resolve

__all__ = ["tag", "DEFAULT_MAX_CHARS"]

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
) -> TaggedDocument:
    """Find every time expression of ``text`` and resolve it against ``reference_time``.

    ``reference_time`` is the publication date (str in ISO 8601, date or datetime); pass
    ``None`` explicitly when it is unknown: relative expressions then keep X in their
    values and get no bounds.  ``mode`` is "news" (relative expressions count from the
    publication date) or "narrative" (from the story's current time, for history texts).
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}; decode bytes first (e.g. data.decode('utf-8'))")
    if mode not in MODES:
        raise InputError(f"mode={mode!r} is not supported; use one of {', '.join(MODES)}")
    if len(text) > max_chars:
        raise InputTooLargeError(f"text has {len(text):,} characters, more than max_chars={max_chars:,}; pass a larger max_chars to process it")
    ref = None if reference_time is None else parse_reference_time(reference_time)
    mentions = recognize(text, language)
    timexes = resolve(mentions, text, ref, mode=mode, language=language)
    return TaggedDocument(text=text, reference_time=ref, timexes=timexes, mode=mode, doc_id=doc_id)
