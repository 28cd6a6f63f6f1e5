"""Tokens and sentences with exact character offsets, in linear time.

A token is a run of letters/digits with inner hyphens or apostrophes ("cease-fire",
"don't"), or a single other non-space character.  Sentences end at . ! ? followed by space
and an upper-case letter or quote, or at a blank line; common abbreviations do not end one.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Token", "tokenize", "sentences"]

_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|\S")
_SENT_END = re.compile(r"(?<=[.!?])[\"”’')\]]?\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n\s*\n")
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Prof|Jr|Sr|Inc|Co|Corp|Ltd|No|U\.S|U\.N|U\.K|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|a\.m|p\.m)|\b[A-Z])\.$")


class Token(NamedTuple):
    start: int
    end: int
    text: str


def tokenize(text: str, start: int = 0, end: int = -1) -> list[Token]:
    """The tokens of ``text[start:end]`` with offsets into ``text``."""
    stop = len(text) if end < 0 else end
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, stop)]


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed, covering the text in order."""
    out = []
    pos = 0
    for m in _SENT_END.finditer(text):
        if m.group().startswith("\n") is False and _ABBREV.search(text, max(0, m.start() - 6), m.start()):
            continue
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    trimmed = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed
