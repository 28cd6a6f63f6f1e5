"""Settling the likely layer: soft facts in by tier and confidence, open sides closed at the
calendar day of what is known, and the basis each event's likely interval is told with."""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType
from typing import TYPE_CHECKING, Iterable, Mapping, Optional, Sequence


from ..order import Bound, Network, end_of, start_of
from ..order import IntervalBounds

if TYPE_CHECKING:
    pass


from .calibration import LIKELY_KINDS, PROPAGATED
from .base import SOFT_STRENGTH, SoftFact, _DAY, _MINUTE, _TIER, _midnight, _shift

_PLACING = frozenset({"event-timex", "discourse", "reported-speech", "past-convention", "offset-day", "occasion", "taken-up"})


def settle(network: Network, soft: Iterable[SoftFact]) -> list[SoftFact]:
    """Add ``soft`` to ``network`` most confident first, keeping each only if it agrees with
    everything already in; a fallback is skipped once its event is placed.  Before the fallbacks,
    a verb told right after another ("visited the town ... and promised aid") most likely
    happened the day the first did, once that day is known (:func:`_same_day`).  Returns the kept ones."""
    kept = []
    placed: set[str] = set()
    told: list[SoftFact] = []
    pending = True
    early = True  # the day of a verb told right after a placed one goes in before the discourse's time (see _same_day)
    done: set[str] = set()
    for fact in sorted(soft, key=SoftFact.sort_key):
        if early and (fact.fallback or _TIER.get(fact.kind, 5) >= _DISCOURSE_TIER):
            early = False
            kept += _same_day(network, told, done)
        if fact.fallback and pending:
            pending = False
            kept += _same_day(network, told, done)
        if fact.fallback and fact.source in placed:
            continue
        if network.try_add(fact.facts):
            kept.append(fact)
            if fact.kind in _PLACING:
                placed.add(fact.source)
            if fact.kind == "sequence":
                told.append(fact)
    if pending:
        kept += _same_day(network, told, done)
    return kept


_DISCOURSE_TIER = 3
"""The tier of the discourse's conventions: "the bridge collapsed on Tuesday and injured six drivers" keeps the injuring on
the collapse's day, not on the time the sentence's other clause names."""


SAME_DAY_CONFIDENCE = 0.7
"""How sure the likely layer is that the second of two verbs told in sequence happened on the day of the first."""


def _same_day(network: Network, told: Sequence[SoftFact], done: set[str]) -> list[SoftFact]:
    """For each sequence kept (``told``: the second verb after the first), when the first lies in one
    calendar day: the second over by that day's end, else (it lasts longer: "was arrested on
    Sunday and spent 40 days in custody") begun by it.  Repeated while a chain ("A, and B, and
    C") gains a day.  Returns the facts kept."""
    out = []
    grown = True
    while grown:
        grown = False
        for fact in told:
            if fact.source in done:
                continue
            b = network.bounds(fact.target)
            # a first verb bounded only at its end ("had noticed water seeping an hour before it collapsed"): its end's day
            first = b.earliest_start if b.earliest_start is not None else b.earliest_end
            if first is None or b.latest_end is None:
                continue
            day_end = _shift(_midnight(first), _DAY)
            if day_end is not None and b.latest_end > day_end:
                day_end = _month_end(first, b.latest_end)  # "noticed the withdrawals in July and called the police": in July too
                if day_end is None:  # (s64) "When bills tripled in 2023, they cut their hours and laid off two staff": in 2023 too
                    day_end = _year_end(first, b.latest_end)
            if day_end is None or b.latest_end > day_end:
                continue
            evidence = f"told right after an event of that day: {fact.evidence}"
            for facts in ((Bound(end_of(fact.source), None, day_end, evidence, SOFT_STRENGTH),),
                          (Bound(start_of(fact.source), None, day_end - _MINUTE, evidence, SOFT_STRENGTH),)):
                if network.try_add(facts):
                    out.append(SoftFact(fact.source, fact.target, "IS_INCLUDED", SAME_DAY_CONFIDENCE, "sequence", facts, fact.evidence))
                    done.add(fact.source)
                    grown = True
                    break
    return out


def _month_end(first: dt.datetime, last: dt.datetime) -> Optional[dt.datetime]:
    """The end of the calendar month ``first`` lies in, when an event from ``first`` to ``last`` lies in that month (a verb
    dated by a month, "noticed the withdrawals in July"), else None."""
    edge = dt.datetime(first.year + 1, 1, 1, tzinfo=first.tzinfo) if first.month == 12 else dt.datetime(first.year, first.month + 1, 1, tzinfo=first.tzinfo)
    return edge if last <= edge else None


def _year_end(first: dt.datetime, last: dt.datetime) -> Optional[dt.datetime]:
    """(s64) The end of the calendar year ``first`` lies in, when an event from ``first`` to ``last`` lies in that year (a
    verb dated by a year, "cut their hours in 2023"), else None."""
    edge = dt.datetime(first.year + 1, 1, 1, tzinfo=first.tzinfo)
    return edge if last <= edge else None


def _day_before_or_of(t: dt.datetime) -> dt.datetime:
    """The start of ``t``'s calendar day, or of the day before when ``t`` is a midnight."""
    day = _midnight(t)
    return day if day < t else (_shift(day, -_DAY) or day)


def _period_ending_at(t: dt.datetime) -> Optional[dt.datetime]:
    """The start of the month (or year) that ends within a few minutes after ``t``: a latest start
    just before a month's end comes from a month-long time ("before the vote in January"), so
    the whole month, not its last day, is what is known."""
    edge = _shift(t, 5 * _MINUTE)
    if edge is None or edge.day != 1 or edge.month == t.month:
        return None
    return dt.datetime(t.year, 1 if edge.month == 1 else t.month, 1)


def _before_a_long_one(b: IntervalBounds, anchor: dt.datetime) -> Optional[dt.datetime]:
    """For an event whose latest start comes from its length before a month- or year-long end ("she
    worked ... for ten years" before joining in 2019): the start that length before the start of
    that period, so closing the start does not squeeze what follows into the period's last day."""
    if anchor != b.latest_start or b.earliest_end is not None or b.latest_end is None or b.latest_start is None or b.latest_end - b.latest_start <= _DAY:
        return None
    period = _period_ending_at(b.latest_end - _MINUTE)
    return None if period is None else _shift(period, -(b.latest_end - b.latest_start))


def _day_after_or_of(t: dt.datetime) -> dt.datetime:
    """The end of ``t``'s calendar day (the next midnight after ``t``)."""
    return _shift(_midnight(t), _DAY) or t


_SQUEEZE_SPAN = 366 * _DAY
"""What an event comes before is kept from being squeezed only when that one's start is known within a year (a state
that may have begun any time in a century, "is adequate", says nothing of when the steps before it were taken)."""


def close_open(network: Network, eids: Iterable[str], reference: Optional[dt.datetime], open_ended: frozenset[str] = frozenset(),
               before: Mapping[str, str] = MappingProxyType({})) -> None:
    """Close the likely bounds left open at the calendar day of what is known (or of ``reference``):
    an event known to end after Monday 10:00 likely ends by Monday's end.

    In a minimal network any value of one point's tight range extends to a whole solution,
    so a bound inside that range always agrees: nothing is refused, and the order of the
    timeline can follow the network's bounds.  Events in ``open_ended`` are tied to a time the
    text leaves open ("13.8 billion years ago"): nothing is invented for them.  An event the text
    puts before another (``before``: event -> that event) starts no later than the day that one may
    start on: "resigned in August, a week after a report criticised the company for ignoring warnings"
    closed at the day of its latest start would push the criticism, and the resignation after it,
    into the last week of August."""
    for eid in eids:
        if eid in open_ended:
            continue
        b = network.bounds(eid)
        if b.earliest_start is None:
            anchor = next((x for x in (b.earliest_end, b.latest_start, b.latest_end, reference) if x is not None), None)
            if anchor is not None:
                lo = (_period_ending_at(anchor) if anchor == b.latest_start else None) or _day_before_or_of(anchor)
                if anchor == b.earliest_end and b.latest_end is not None and anchor == _midnight(anchor) and b.latest_end - anchor <= _DAY:
                    lo = anchor  # it ends within one calendar day ("three days after it broke out"): likely that day
                lo = _before_a_long_one(b, anchor) or lo
                later = network.bounds(before[eid]) if eid in before else None
                first = later.earliest_start if later is not None else None
                if (first is not None and later is not None and later.latest_start is not None and lo > first
                        and later.latest_start - first <= _SQUEEZE_SPAN):  # (not past what it comes before may start: that would squeeze it)
                    lo = _day_before_or_of(first)
                if b.latest_start is not None and lo > b.latest_start:  # it must start before its end is known to come
                    # (a latest start at a month's end comes from a month-long time, as above: the month, not its last day,
                    # else "joined in August" after it is squeezed into 31 August too)
                    lo = _period_ending_at(b.latest_start) or _day_before_or_of(b.latest_start)
                network.try_add(Bound(start_of(eid), lo, None, "no earlier evidence: the day of what is known", SOFT_STRENGTH))
                b = network.bounds(eid)
        if b.latest_end is None:
            anchor = next((x for x in (b.earliest_end, b.latest_start, b.earliest_start, reference) if x is not None), None)
            if anchor is not None:
                hi = _day_after_or_of(anchor)
                network.try_add(Bound(end_of(eid), None, hi, "no later evidence: the day of what is known", SOFT_STRENGTH))


GAP_REACH = 8 * _DAY
"""The widest range of starts a gap of days leaves (told in sequence, within a week before); see :func:`close_wide`."""

SPILL_HOURS = 6
_HOUR = dt.timedelta(hours=1)
"""A latest start at most this many hours past a month's (or year's) end, with a wider range of starts, comes from that
period and a short gap after it ("within an hour of going on sale last month"): not one day of it (:func:`close_wide`)."""

WIDE_HAPPENING = 2 * _DAY
"""A happening told in the simple past whose likely interval spans more than this (only a gap of days bounds its start)
is most likely on the day of its latest start (see :func:`close_wide`)."""


def close_wide(network: Network, eids: Iterable[str], day_start: Optional[dt.datetime]) -> None:
    """ "He was taken by ambulance to a hospital, where doctors said on Monday evening ...": a happening told in the
    simple past (``eids``) that must start by a time before the publication day (``day_start``) but whose earliest
    start only a gap of days sets (told in sequence: within a week before) most likely happened on the day of that
    latest start, the day of what is known, as :func:`close_open` closes an open start; kept only if it agrees."""
    if day_start is None:
        return
    for eid in eids:
        b = network.bounds(eid)
        if b.earliest_start is None or b.latest_start is None or b.latest_end is None or b.latest_start >= day_start:
            continue
        if b.latest_end - b.earliest_start <= WIDE_HAPPENING:
            continue
        period = _period_ending_at(b.latest_start)
        if period is not None:  # (a latest start at a month's or year's end comes from that period: not one day of it)
            # but a happening that must start in that period ("Several runners fainted and the organisers halted the race"
            # of last year) most likely ended in it too, not at any time up to the publication day
            period_end = _day_after_or_of(b.latest_start)
            if b.earliest_start >= period and b.latest_end > period_end and (b.earliest_end is None or b.earliest_end <= period_end):
                network.try_add(Bound(end_of(eid), None, period_end, "a happening that starts in a month or a year: most likely over in it", SOFT_STRENGTH))
            continue
        if b.latest_start - b.earliest_start > GAP_REACH and b.earliest_start == _midnight(b.earliest_start) and any(
                _period_ending_at(b.latest_start - k * _HOUR) is not None for k in range(1, SPILL_HOURS + 1)):
            continue  # ("sold out within an hour of going on sale last month": a month and a short gap bound its start)
        if b.latest_end < day_start and _period_ending_at(b.latest_end - _MINUTE) is not None:
            continue  # ("in 2019 ... lasted three days": its latest start is that length before the year's end, no day of it)
        lo = _day_before_or_of(b.latest_start)
        hi = _day_after_or_of(b.latest_start)
        if b.earliest_end is not None and b.earliest_end > hi:
            continue
        network.try_add(Bound(start_of(eid), lo, None, "a happening whose start only a gap bounds: the day of what is known", SOFT_STRENGTH))
        network.try_add(Bound(end_of(eid), None, hi, "a happening whose start only a gap bounds: the day of what is known", SOFT_STRENGTH))


def likely_interval(likely: IntervalBounds) -> tuple[Optional[dt.datetime], Optional[dt.datetime]]:
    """(likely start, likely end): the earliest the event can start and the latest it can end once
    the soft knowledge is in (both inside the certain bounds, as the network only got tighter)."""
    if likely.earliest_start is None or likely.latest_end is None:
        return None, None
    return likely.earliest_start, likely.latest_end


_BASIS = {
    "event-timex": "learned relation to “{target}”",
    "event-dct": "learned relation to the publication time",
    "filed-dct": "learned relation to the dateline's day",
    "event-event": "learned order with “{target}”",
    "event-label": "learned order with “{target}”",
    "reported-speech": "reported speech: at publication time",
    "filed-speech": "reported speech: on the dateline's day",
    "filed-past": "undated past event: most likely the dateline's day (news convention)",
    "discourse": "the time of the discourse around it (“{target}”)",
    "news-day": "told right after the lead: the lead's day (“{target}”)",
    "news-between": "told after a flashback to a disruption the lead ends: between the two (before “{target}”)",
    "episode": "goes on with the earlier event of an offset clause (“{target}”): its day",
    "past-convention": "undated past event: most likely the publication day (news convention)",
    "long-past": "undated past event of known length: most likely ended by the publication day (news convention)",
    "future-convention": "undated later event: within months of publication (news convention)",
    "publication-day": "no other evidence: the publication day",
    "given": "a relation given by the caller (to “{target}”)",
    "signal-gap": "most likely began soon after “{target}”",
    "offset-day": "calendar days counted from “{target}”",
    "offset-year": "calendar years counted from “{target}”",
    "described": "describes a noun of “{target}”: began before it",
    "aside-act": "a past act told in an aside: before its clause's time (“{target}”), within a year",
    "habit": "a past habit: from the time told before it (“{target}”) up to publication",
    "night": "a night named by its day (“{target}”): most likely before its midnight",
    "year-end": "the end of a year or quarter (“{target}”): most likely its last month",
    "day-part": "before a part of a day (“{target}”): most likely on that day",
    "early-hours": "certain to end in the first hours of the publication day: most likely before its midnight",
    "occasion": "done at an occasion a clause dates (“{target}”): most likely on that day",
    "sequence": "told right after “{target}”",
    "sequence-end": "told right before “{target}”: over by the time it began",
    "taken-up": "names the happening told as “{target}”",
    "aspect-moment": "begins “{target}”: a moment of it",
    "withheld-moment": "not until “{target}”: most likely then",
    "filing-day": "undated past event: most likely the dateline's day (news convention)",
}


_CAPPING = frozenset({"event-dct", "filed-dct"})


def own_basis(accepted: Sequence[SoftFact], names: Mapping[str, str], earlier: frozenset[str] = frozenset()) -> dict[str, tuple[float, str, str]]:
    """Per event, the raw confidence, a short description and the kind of basis (``LIKELY_KINDS``)
    of the soft fact that placed it: of the earliest tier (a time before an order between events),
    the most confident.

    ``names``: id -> words, to name a time expression or event in the description; ``earlier``:
    the events whose likely interval ends before the publication day, which a learned "before
    the publication time" (it only caps the end at that day) did not place."""
    best: dict[str, tuple[tuple[bool, int, float], float, str, str]] = {}
    for f in accepted:
        if f.kind == "extent" or (f.kind in _CAPPING and f.relation == "BEFORE" and f.source in earlier):
            continue
        for x, other in ((f.source, f.target), (f.target, f.source)):
            if x != f.source and f.kind != "event-event":
                continue
            rank = (f.fallback, _TIER.get(f.kind, 5), -f.confidence)
            if x not in best or rank < best[x][0]:
                told = f.told or f.kind
                best[x] = (rank, f.confidence, _BASIS.get(told, f.kind).format(target=names.get(other, other)), LIKELY_KINDS.get(told, PROPAGATED))
    return {x: (c, text, kind) for x, (_, c, text, kind) in best.items()}
