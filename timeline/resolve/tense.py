"""The tense of the clause around an expression: decides "Saturday" backwards or forwards.

A cheap, linear heuristic: the nearest tense cue before the expression in its sentence,
else the nearest after it.  Cues are auxiliaries, modal/scheduling words and past forms.
"""

from __future__ import annotations

import re
from typing import Optional

__all__ = ["clause_tense", "sentence_bounds"]

_WORD = re.compile(r"[A-Za-z']+")
_FUTURE = frozenset(
    "will 'll shall wo won't going due scheduled slated expected plans plan planned intends intend aims "
    "upcoming next tomorrow forthcoming would". split()
)
_PRESENT = frozenset("is are am says say does do 's".split())
_PAST = frozenset(
    """was were had did struck began begun came went took made saw left met held fought killed
    won lost gave found got kept led ran sent spent stood thought brought bought caught fell felt heard
    hit knew laid lay paid put read rose sold shot shut slept spoke stole swept taught threw tore understood
    woke wore wrote broke chose drove flew forgot froze hid rode rang sang sank shook stuck stung swam swore
    withdrew overran overtook undertook beat bit blew built burnt burst cost cut dealt drew dug fed fled
    fought forbade forgave grew hung hurt lent let lit meant quit rid saw sought shed sat slid spread sprang
    strove struck swung wept wound has have ago yesterday""".split()
)
# Reporting verbs say when something was said, not when it happens: not tense cues.
_REPORTING = frozenset(
    "said told announced reported added stated noted explained confirmed claimed warned insisted "
    "declared disclosed revealed indicated suggested acknowledged argued predicted according".split()
)
_NOT_PAST = frozenset("need needed? indeed hundred red bed shed seed feed speed proceed exceed succeed breed greed".split())
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“‘'(\[])|\n\s*\n|\n(?=[A-Z#*\-])")


def sentence_bounds(text: str, start: int, end: int, window: int = 240) -> tuple[int, int]:
    """Approximate sentence around [start, end): within ``window`` characters either side."""
    lo = max(0, start - window)
    s = lo
    for m in _SENTENCE_END.finditer(text, lo, min(len(text), start + 1)):
        s = m.end()
    hi = min(len(text), end + window)
    m = _SENTENCE_END.search(text, end, hi)
    e = m.start() + 1 if m else hi
    return s, e


def _cue(word: str) -> Optional[str]:
    w = word.lower()
    if w in _REPORTING:
        return None
    if w in _FUTURE:
        return "future"
    if w in _PAST:
        return "past"
    if w in _PRESENT:
        return "present"
    if len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST:
        return "past"
    return None


def clause_tense(text: str, start: int, end: int) -> Optional[str]:
    """'past', 'present', 'future' or None for the clause holding text[start:end]."""
    s, e = sentence_bounds(text, start, end)
    before = _WORD.findall(text, s, start)
    for word in reversed(before[-12:]):
        cue = _cue(word)
        if cue:
            return cue
    for word in _WORD.findall(text, end, e)[:10]:
        cue = _cue(word)
        if cue:
            return cue
    return None
