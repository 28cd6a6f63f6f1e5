"""(s58 helper place) A length that adds to what the story told: "Builders will spend a further month repairing the church"
begins after the latest time an event told before it is dated by (the quake "at 4am"), not at the start of the publication
day, where the conventions for what lies ahead put it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping, Sequence
import datetime as dt

from ..anchoring import Link
from ..order import Bound, start_of
from ..order.links import LinkRelation
from .base import SOFT_STRENGTH, SoftFact

if TYPE_CHECKING:
    from ..events import EventMention
    from ..model import Timex

__all__ = ["FURTHER_CONFIDENCE", "further_facts"]

FURTHER_CONFIDENCE = 0.65
"""How sure the likely layer is that an event lasting "a further month" begins after the story's latest dated act before it
(as sure as the discourse's time: see :data:`timeline.placement.undated.NEWS_DAY_CONFIDENCE`)."""


def further_facts(mentions: Sequence["EventMention"], links: Sequence[Link], timexes: Sequence["Timex"], timed: Mapping[str, str],
                  spans: Mapping[str, tuple[dt.datetime, dt.datetime]], real: Mapping[str, bool], words: frozenset[str]) -> list[SoftFact]:
    """One soft fact per real event that lasts a length opened by a word of ``words`` (lexicon ``further_length_words``:
    "a further month", "another week"): it begins after the end of the time (``timed``: event -> its own time; ``spans``:
    time -> its bounds) of the last real event told before it that has one and is no report."""
    if not words:
        return []
    opened = frozenset(t.tid for t in timexes if t.type.value == "DURATION" and any(w in words for w in t.text.lower().split()[:2]))
    adding = frozenset(link.source for link in links if link.relation is LinkRelation.LASTS and link.target in opened)
    if not adding:
        return []
    out = []
    last = None  # the time of the last real dated event told so far
    for m in sorted(mentions, key=lambda m: m.start):
        if m.eid in adding and last is not None and real.get(m.eid, False):
            evidence = f"lasts a further length: after the story's latest dated act before it ({last})"
            out.append(SoftFact(m.eid, last, "AFTER", FURTHER_CONFIDENCE, "discourse", (Bound(start_of(m.eid), spans[last][1], None, evidence, SOFT_STRENGTH),), evidence))
        if m.eid in timed and timed[m.eid] in spans and real.get(m.eid, False) and m.cls != "REPORTING":
            last = timed[m.eid]
    return out
