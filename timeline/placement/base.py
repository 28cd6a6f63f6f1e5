"""The soft fact and the calendar helpers every part of the likely layer shares."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Optional, Protocol

import attrs

from ..order import Bound, Fact, end_of, start_of
from ..order import after as _after
from ..order import before as _before
from ..order import during as _during
from ..order import includes as _includes

if TYPE_CHECKING:
    pass


class _MentionLike(Protocol):
    eid: str
    start: int

SOFT_STRENGTH = 0
"""Strength of every soft fact: below the weakest textual evidence (tense, strength 1)."""

_ZERO = dt.timedelta(0)
_DAY = dt.timedelta(days=1)
_MINUTE = dt.timedelta(minutes=1)
_KIND_RANK = {"extent": -2, "given": -1, "event-timex": 0, "night": 0, "year-end": 0, "day-part": 0, "early-hours": 0, "occasion": 0, "signal-gap": 0, "offset-day": 0, "described": 0, "sequence": 0, "taken-up": 0, "sequence-end": 1, "event-dct": 1, "reported-speech": 2, "discourse": 3, "event-event": 4, "event-label": 5,
              "filing-day": 6, "past-convention": 7, "future-convention": 8, "publication-day": 9}
_TIER = {"extent": 0, "given": 1, "event-timex": 2, "night": 2, "year-end": 2, "day-part": 2, "early-hours": 2, "occasion": 2, "event-dct": 2, "signal-gap": 2, "offset-day": 2, "described": 2, "sequence": 2, "taken-up": 2, "sequence-end": 2, "reported-speech": 3, "discourse": 3, "event-event": 4, "event-label": 5}
"""Soft knowledge goes in by tier, then by confidence: first that events take time, then the
caller's relations, then what ties events to times, then conventions of the discourse, then
start order between events, which refines placements rather than overriding them."""

@attrs.frozen
class SoftFact:
    """One piece of soft knowledge about ``source`` relative to ``target``, with its constraints."""

    source: str
    target: str
    relation: str  # BEFORE, AFTER, INCLUDES, IS_INCLUDED, SIMULTANEOUS, START_BEFORE / START_EQUAL, or STARTS_IN
    confidence: float
    kind: str
    facts: tuple[Fact, ...]
    evidence: str = ""
    fallback: bool = False
    """Tried only when nothing placed the event before it (a convention for undated events)."""
    told: str = ""
    """How the basis is told when not as its kind's: a key of the basis texts (reported speech on
    a dateline's day is told so, and ranks as any reported speech)."""

    def sort_key(self) -> tuple[bool, int, float, int, str, str]:
        """Fallbacks last; then by tier (see :data:`_TIER`), most confident first; ties broken by
        kind and names (deterministic)."""
        return (self.fallback, _TIER.get(self.kind, 5), -self.confidence, _KIND_RANK.get(self.kind, 9), self.source, self.target)


def _interval_facts(a: str, relation: str, b: str, evidence: str) -> tuple[Fact, ...]:
    """Constraints for ``a relation b`` between two intervals (TimeML label, a relative to b)."""
    kw = dict(evidence=evidence, strength=SOFT_STRENGTH)
    if relation == "BEFORE":
        return _before(a, b, **kw)
    if relation == "AFTER":
        return _after(a, b, **kw)
    if relation in ("IS_INCLUDED", "SIMULTANEOUS"):
        return _during(a, b, **kw)
    if relation == "INCLUDES":
        return _includes(a, b, **kw)
    return ()


def _in_day(a: str, day: tuple[dt.datetime, dt.datetime], evidence: str) -> tuple[Fact, ...]:
    """``a`` lies inside the publication day.  TimeML annotators put an event "in the
    publication time" when it falls on that day; a publication time with a clock reading is an
    instant, and no event that takes time fits inside an instant."""
    return (Bound(start_of(a), day[0], None, evidence, SOFT_STRENGTH), Bound(end_of(a), None, day[1], evidence, SOFT_STRENGTH))


def publication_day(reference: Optional[tuple[dt.datetime, dt.datetime]]) -> Optional[tuple[dt.datetime, dt.datetime]]:
    """The calendar day (or days) the publication time falls in, or None where the calendar ends."""
    if reference is None:
        return None
    day0 = _midnight(reference[0])
    end = _shift(_midnight(reference[1]), _DAY)
    if reference[1] > reference[0] and reference[1].time() == dt.time(0):
        end = reference[1]  # already a whole number of days
    return None if end is None else (day0, end)


def _shift(t: Optional[dt.datetime], delta: dt.timedelta) -> Optional[dt.datetime]:
    """``t + delta``, or None where the calendar ends."""
    if t is None:
        return None
    try:
        return t + delta
    except OverflowError:
        return None


def _midnight(t: dt.datetime) -> dt.datetime:
    return t.replace(hour=0, minute=0, second=0, microsecond=0)
