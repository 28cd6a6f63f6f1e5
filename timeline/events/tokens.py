"""Tokens and sentences for the event detector: thin views of the one text layer (:mod:`timeline.text`)."""

from __future__ import annotations

from ..text import Token, segment, tokenize

__all__ = ["Token", "tokenize", "sentences"]


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed, covering the text in order."""
    return segment(text).spans
