"""Small helpers the recognition passes share: whether spans overlap or contain one another, and word alternations for
their patterns."""

from __future__ import annotations

import bisect
import re


from .meaning import Mention


def _inside(mentions: list[Mention], starts: list[int], start: int, end: int) -> list[int]:
    """Indices of the ``mentions`` (sorted, not nested; ``starts``: their starts) that overlap [start, end), found by
    bisection: a pass that looks at what each of its matches covers costs the matches' number, not that times the
    document's mentions."""
    k = lo = bisect.bisect_right(starts, start)
    while lo > 0 and mentions[lo - 1].end > start:
        lo -= 1
    return list(range(lo, bisect.bisect_left(starts, end, k)))


def _overlaps(mentions: list[Mention], starts: list[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``mentions`` (sorted; ``starts``: their starts, for bisection)."""
    k = bisect.bisect_right(starts, start)
    return (k > 0 and mentions[k - 1].end > start) or (k < len(mentions) and mentions[k].start < end)


def _alternation(words: tuple[str, ...]) -> str:
    """Words (or phrases, any spacing) as one regular-expression alternation, the longest first."""
    return "|".join(r"[ \t]{1,2}".join(re.escape(w) for w in p.split()) for p in sorted(words, key=len, reverse=True))


def _word_alternation(words: tuple[str, ...]) -> str:
    """Words as one regular-expression alternation, the longest first (each written as it is)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
