"""Pair cues for the start-order model: how the calendar dates of two events' sentences lie.

Called by :func:`timeline.relations.features.candidates` for every event-event pair (earlier
mention first).  Two events in sentences that name different days, months or years usually
start in that order ("talks opened on 3 May ... on 9 May the union walked out"); words
around the pair are already features there.
"""

from __future__ import annotations

import re
from typing import Sequence

__all__ = ["pair_cues", "sentence_dates", "date_order"]

_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?=$|T|-W|[^\d-])")
"""The calendar part of a TIMEX3 value: year, year-month or day ("1998-02-13T10:00" -> "1998-02-13",
a week its year); a quarter or season ("1998-Q1") is left out, as the shipped models were trained."""


def sentence_dates(values: Sequence[str], sentences: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """Each sentence's calendar values, from time expression values and their sentence indexes (undated values left out)."""
    out: dict[int, tuple[str, ...]] = {}
    for v, n in zip(values, sentences):
        m = _DATE.match(v)
        if m:
            out[n] = out.get(n, ()) + (m.group(0),)
    return out


def date_order(xs: Sequence[str], ys: Sequence[str]) -> str:
    """How calendar values ``xs`` lie against ``ys``: "earlier", "later", "overlap" (one holds the
    other), "mixed", or which side alone is dated ("a_only", "b_only", "none")."""
    if not xs or not ys:
        return "none" if not xs and not ys else ("a_only" if xs else "b_only")
    seen = set()
    for x in xs:
        for y in ys:
            n = min(len(x), len(y))
            seen.add("overlap" if x[:n] == y[:n] else ("earlier" if x[:n] < y[:n] else "later"))
    return seen.pop() if len(seen) == 1 else "mixed"


def pair_cues(a_dates: Sequence[str], b_dates: Sequence[str], same: bool) -> list[str]:
    """The cue features of an event pair from the calendar values of the earlier mention's sentence (``a_dates``) and the later one's."""
    return [f"c_dates={date_order(a_dates, b_dates)}/{same}"]
