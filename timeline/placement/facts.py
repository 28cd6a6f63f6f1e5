"""What goes into the likely layer: learned relations, news conventions, and what the words
suggest beyond what they entail ("since", "and" between two past verbs, a dateline)."""

from __future__ import annotations

from types import MappingProxyType

import bisect
import datetime as dt
import functools
import json
import re
from importlib import resources
from typing import TYPE_CHECKING, Iterable, Mapping, Optional, Sequence

import attrs

from ..anchoring import REFERENCE, Link
from ..order import Bound, Constraint, Fact, end_of, start_of
from ..order.links import LinkRelation, Strength
from ..order import by as _by
from ..order import during as _during
from ..order import overlaps as _overlaps

if TYPE_CHECKING:
    from ..anchoring.cues import AnchorWords
    from ..events.detect import EventMention
    from ..model import Timex
    from ..relations import PredictedRelation


from .base import SOFT_STRENGTH, SoftFact, _DAY, _MINUTE, _ZERO, _in_day, _midnight, _shift, publication_day

DCT_MIN = 0.7
"""A learned relation to the publication time is used only when the model is at least this sure."""

PLACING_LABEL_MIN = 0.65
"""A learned BEFORE/AFTER between two events of one sentence orders their starts in the likely
layer when at least this sure; across sentences the five-label model (cross-validated accuracy
0.57) is not used for placement, only the start-order model.  On TBAQ (bench_placement) this
raised day placement from 65.6% to 68.5% (AQUAINT) and 76.5% to 77.8% (TimeBank), and the
start order build states from MATRES F1 0.581 to 0.618 and 0.593 to 0.612."""

WIDE_REACH = 1
"""An undated event continues a time longer than a week only when it is the next event mention
to the one that time dates (counted in event mentions)."""

START_ORDER_MIN = 0.75
"""Start order between two events is used only when the model is at least this sure and both
are verbs (MATRES, which it learned from, orders verbs on the main axis only)."""

APART_DATES = dt.timedelta(days=365)
"""A learned start order between events of two sentences is dropped when the text dates one of
them (both certain bounds) at least this far from every time the other's sentence names, in the
other order: the model sees the words around the two verbs, not the dates, and a sentence dated
years away tells another episode ("The last strike at the port, in the summer of 2019, lasted
three weeks" after a sentence of this week's plans): the text's dates outrank a guess, which
would drag an undated event across years.  One side must be the text's own date of an event: a
year named in passing ("under a 1978 treaty") does not date the sentence's events."""


_TOLD_BACK = 3
"""Sentences back :func:`_against_dates` looks for the time an undated sentence goes on with."""


def _against_dates(first: str, then: str, sentence_of: Optional[Mapping[str, int]],
                   sentence_dates: Optional[Mapping[int, tuple[dt.datetime, dt.datetime]]],
                   days: Optional[Mapping[str, tuple[Optional[dt.datetime], Optional[dt.datetime]]]], equal: bool = False,
                   undated: Optional[tuple[dt.datetime, dt.datetime]] = None) -> bool:
    """True when a guess that ``first`` starts no later than ``then`` (``equal``: at the same time)
    goes against the text's dates by at least :data:`APART_DATES`: ``first`` lies that far after
    ``then`` (``equal``: or before), each side read as the event's certain bounds (``days``: event
    -> certain (earliest start, latest end)) when both are known, else as the times its sentence
    names (``sentence_dates``: sentence index -> (earliest, latest)); at least one side certain,
    and the two in different sentences.  A side with no certain start whose sentence names no time goes on with the
    time one of the :data:`_TOLD_BACK` sentences before names, else with ``undated`` (the publication day)."""
    if sentence_of is None or not sentence_dates or days is None:
        return False

    def span(eid: str) -> tuple[Optional[dt.datetime], Optional[dt.datetime], bool]:
        """(earliest, latest, whether they are the event's own certain bounds)."""
        lo, hi = days.get(eid, (None, None))
        if lo is not None and hi is not None:
            return lo, hi, True
        sentence = sentence_of.get(eid)
        lo, hi = sentence_dates.get(sentence, (None, None)) if sentence is not None else (None, None)
        if lo is None and hi is None and undated is not None and sentence is not None and days.get(eid, (None, None))[0] is None:
            # an event with no certain start in a sentence that names no time: the time the nearest of the three
            # sentences before it names, else the publication day ("died on Sunday. Her family said she had been ill for several months": not
            # before the practice she opened in 1971, told next)
            lo, hi = next((sentence_dates[k] for k in range(sentence - 1, sentence - 1 - _TOLD_BACK, -1) if k in sentence_dates), undated)
        return lo, hi, False

    (a_lo, a_hi, a_own), (b_lo, b_hi, b_own) = span(first), span(then)
    if a_lo is None or a_hi is None or b_lo is None or b_hi is None or not (a_own or b_own) or sentence_of.get(first) == sentence_of.get(then):
        return False
    return a_lo - b_hi >= APART_DATES or (equal and b_lo - a_hi >= APART_DATES)


@attrs.frozen
class Conventions:
    """News conventions measured on TBAQ (see ``timeline/data/conventions.json``)."""

    past_days_before_publication: int
    past_confidence: float
    future_max_days_after: int
    future_confidence: float


@functools.lru_cache(maxsize=1)
def load_conventions() -> Conventions:
    """The measured conventions shipped with the package (read once)."""
    data = json.loads((resources.files("timeline") / "data" / "conventions.json").read_text(encoding="utf-8"))["conventions"]
    return Conventions(int(data["past_days_before_publication"]), float(data["past_confidence"]), int(data["future_max_days_after"]), float(data["future_confidence"]))


FILING_MAX_DAYS = 3  # a dateline up to this many days before publication names the day the story was filed


def filing_day(now: Optional[tuple[dt.datetime, dt.datetime]], dateline: Optional[tuple[dt.datetime, dt.datetime]]) -> Optional[tuple[dt.datetime, dt.datetime]]:
    """The day the news conventions read as "now": the dateline's day when the story was filed
    a day or more before publication ("BRUSSELS, March 2 (Agency) --" in a paper of March 3:
    what it reports without a date happened on the 2nd), else the publication time itself."""
    day = publication_day(now)
    if day is None or dateline is None or not (day[0] - FILING_MAX_DAYS * _DAY <= dateline[0] < day[0]):
        return now
    return dateline


def _dct_facts(a: str, relation: str, evidence: str, day: Optional[tuple[dt.datetime, dt.datetime]] = None) -> tuple[Fact, ...]:
    """A relation to the publication time, read as TimeML annotators mean it: the moment of
    writing lies somewhere in the publication day, so BEFORE is "over by the end of it", AFTER
    "not begun before it starts", IS_INCLUDED "on that day", and INCLUDES "holds at some
    moment of it"."""
    kw = dict(evidence=evidence, strength=SOFT_STRENGTH)
    if relation == "BEFORE":
        return _by(a, REFERENCE, **kw)
    if relation == "AFTER":
        return (Constraint(start_of(REFERENCE), start_of(a), _ZERO, None, evidence, SOFT_STRENGTH),)
    if relation in ("IS_INCLUDED", "SIMULTANEOUS"):
        return _in_day(a, day, evidence) if day is not None else _during(a, REFERENCE, **kw)
    if relation == "INCLUDES":
        return _overlaps(a, REFERENCE, **kw)
    return ()


def _now_after_ahead(a: str, b: str, equal: bool, told_now: frozenset[str], day: Optional[tuple[dt.datetime, dt.datetime]],
                     days: Optional[Mapping[str, tuple[Optional[dt.datetime], Optional[dt.datetime]]]]) -> bool:
    """Whether "``a`` starts before (``equal``: with) ``b``" puts an event told in the simple present after or with one
    the text bounds wholly after the publication day."""
    if day is None or days is None:
        return False

    def ahead(eid: str) -> bool:
        start = days.get(eid, (None, None))[0]
        return start is not None and start >= day[1]
    return (b in told_now and ahead(a)) or (equal and a in told_now and ahead(b))


def learned_facts(predictions: Iterable["PredictedRelation"], real: Mapping[str, bool], placed_times: frozenset[str],
                  verbs: frozenset[str] = frozenset(), day: Optional[tuple[dt.datetime, dt.datetime]] = None,
                  sentence_of: Optional[Mapping[str, int]] = None, dated: frozenset[str] = frozenset(), filed_early: bool = False,
                  sentence_dates: Optional[Mapping[int, tuple[dt.datetime, dt.datetime]]] = None,
                  days: Optional[Mapping[str, tuple[Optional[dt.datetime], Optional[dt.datetime]]]] = None,
                  told_back: frozenset[str] = frozenset(), told_then: frozenset[str] = frozenset(),
                  told_now: frozenset[str] = frozenset(), told_perfect: frozenset[str] = frozenset()) -> list[SoftFact]:
    """Soft facts from the relation models: interval relations to times, start order between events.

    Only real events take part; a time expression takes part only when it has bounds; start
    order only between two verbs (``verbs``) the model is sure of (:data:`START_ORDER_MIN`).
    A BEFORE/AFTER label between two events orders their starts only within one sentence
    (``sentence_of``: event -> sentence index) and when at least :data:`PLACING_LABEL_MIN` sure.
    An event the text bounds on both sides (``dated``) takes no guess about the publication
    time: the text outranks it ("reached the miners on Monday night" stays on Monday night).
    A start order across two sentences that the text's dates contradict by a year or more is
    dropped (:func:`_against_dates`; ``sentence_dates``: sentence index -> (earliest, latest) of
    the times it names; ``days``: event -> its certain (earliest start, latest end)). Nor does a guess
    that an event told in the simple past (``told_then``) started before one told in the past perfect
    (``told_back``) stand: the tenses say the other way round ("ending a consultation that had run since
    the spring. ... after a debate that lasted three hours": the debate did not start before the consultation).
    Nor does a guess that a verb told in the simple present (``told_now``: it holds at publication) starts after, or
    with, an event the text puts wholly after publication ("Services will start late on Friday. Shares are expected to
    rise": the expecting is now, not after Friday). Nor does a guess that an act told in the present perfect with no
    length or start of its own (``told_perfect``: "has been found") started before one told in the simple past that the
    text puts a year or more before publication: the perfect tells what is newly done ("A painting stolen eleven years
    ago has been found": found after the theft; with no such date, TBAQ's start orders say the guess is mostly right).
    """
    out = []

    def long_over(eid: str) -> bool:  # over a year or more before publication, by the text's own bounds
        end = (days or {}).get(eid, (None, None))[1]
        return day is not None and end is not None and end + BACKGROUND_GAP <= day[0]

    for p in predictions:
        if not real.get(p.source, False):
            continue
        if p.kind == "event-event":
            if not real.get(p.target, False):
                continue
            same = sentence_of is None or sentence_of.get(p.source) == sentence_of.get(p.target)
            if same and p.confidence >= PLACING_LABEL_MIN and p.relation in ("BEFORE", "AFTER"):
                # kept as the order of their starts: a guess may order two events, not cut their windows
                first, second = (p.source, p.target) if p.relation == "BEFORE" else (p.target, p.source)
                if not (first in told_perfect and second in told_then and long_over(second)):  # (the perfect's act is the newer: see below)
                    evidence = f"learned: {p.source} {p.relation} {p.target}"
                    facts = (Constraint(start_of(first), start_of(second), _ZERO, None, evidence, SOFT_STRENGTH),)
                    out.append(SoftFact(p.source, p.target, p.relation, p.confidence, "event-label", facts, f"learned {p.relation}"))
            if p.start_order not in ("BEFORE", "AFTER", "EQUAL") or p.start_confidence < START_ORDER_MIN or p.source not in verbs or p.target not in verbs:
                continue
            a, b = (p.source, p.target) if p.start_order != "AFTER" else (p.target, p.source)
            if _against_dates(a, b, sentence_of, sentence_dates, days, p.start_order == "EQUAL", day):
                continue
            if p.start_order != "EQUAL" and a in told_then and b in told_back:
                continue  # the past perfect tells what came before the simple past's time
            if p.start_order != "EQUAL" and a in told_perfect and b in told_then and long_over(b):
                continue  # the present perfect tells what is newly done, after what the simple past tells
            if _now_after_ahead(a, b, p.start_order == "EQUAL", told_now, day, days):
                continue  # what holds now did not start after (or with) what is still ahead
            evidence = f"learned: {a} starts {'with' if p.start_order == 'EQUAL' else 'before'} {b}"
            hi = _ZERO if p.start_order == "EQUAL" else None
            fact = Constraint(start_of(a), start_of(b), _ZERO, hi, evidence, SOFT_STRENGTH)
            out.append(SoftFact(a, b, "START_EQUAL" if p.start_order == "EQUAL" else "START_BEFORE", p.start_confidence, "event-event", (fact,), evidence))
            continue
        if p.kind == "event-timex":
            continue  # which event a time governs is anchoring's job (90% agreement); the model only labels pairs
        if p.confidence < DCT_MIN or p.source in dated:
            continue
        facts = _dct_facts(p.source, p.relation, f"learned: {p.source} {p.relation} publication time", day)
        if facts:
            told = "filed-dct" if filed_early and p.kind == "event-dct" else ""  # ``day`` is the dateline's
            out.append(SoftFact(p.source, p.target, p.relation, p.confidence, p.kind, facts, f"learned {p.relation}", told=told))
    return out


_TEXT_FIRST_SOURCE = frozenset({"before"})
"""Link relations by which the source starts no later than the target: "before" (it ends first)."""
_TEXT_FIRST_TARGET = frozenset({"after", "within", "not_before"})
"""Link relations by which the target starts no later than the source ("within six hours of sales opening")."""


def text_starts_first(links: Sequence[Link]) -> set[tuple[str, str]]:
    """(x, y) for every link of the text by which ``x`` starts no later than ``y`` (see :func:`text_tie_kept`)."""
    first: set[tuple[str, str]] = set()
    for link in links:
        relation = str(link.relation)
        if relation in _TEXT_FIRST_SOURCE:
            first.add((link.source, link.target))
        elif relation in _TEXT_FIRST_TARGET:
            first.add((link.target, link.source))
    return first


def _reverses_text(source: str, relation: "Optional[str]", target: str, first: set[tuple[str, str]]) -> bool:
    """Whether ``source relation target`` (BEFORE or AFTER) starts an event before one the text starts no later than it."""
    if relation not in ("BEFORE", "AFTER"):
        return False
    a, b = (source, target) if relation == "BEFORE" else (target, source)
    return (b, a) in first


def text_tie_predictions(predictions: Sequence["PredictedRelation"], links: Sequence[Link]) -> list["PredictedRelation"]:
    """``predictions`` with no start order where it puts an event's start before another's that a link of the text
    starts no later than it ("Tickets sold out within six hours of sales opening": the text starts the sale first).  The
    text's order is non-strict, so a guess the other way agrees with it when both start at the same minute: the network
    would keep it, at a tie, and the timeline would state it and list the pair its way.  It says nothing the text leaves
    open; without it the learned start order is neither a soft fact, nor stated, nor a tie-break of the listing."""
    first = text_starts_first(links)
    if not first:
        return list(predictions)
    out = []
    for p in predictions:
        if p.kind == "event-event" and _reverses_text(p.source, p.start_order, p.target, first):
            p = attrs.evolve(p, start_order=None, start_confidence=0.0)
        out.append(p)
    return out


def text_tie_kept(facts: Sequence[SoftFact], links: Sequence[Link]) -> list[SoftFact]:
    """``facts`` without the learned BEFORE/AFTER labels kept as a start order (kind ``event-label``) that put an event's
    start before another's which a link of the text starts no later than it, as :func:`text_tie_predictions` drops such
    start orders: the text's order is non-strict, so the network would keep the guess, at a tie, and the timeline would
    state and list the pair the guess's way."""
    first = text_starts_first(links)
    if not first:
        return list(facts)
    return [f for f in facts if not (f.kind == "event-label" and _reverses_text(f.source, f.relation, f.target, first))]


LIKELY_GAP_CONFIDENCE = 0.8
"""How sure the likely layer is that an event a signal like "since" orders began soon after the other."""


def likely_gap_facts(links: Sequence[Link], real: Mapping[str, bool]) -> list[SoftFact]:
    """ "Trapped since a tunnel collapsed on Friday": the text says only *after*, but the state
    most likely began with the collapse; each link with a ``likely_max`` gap, as a soft fact."""
    out = []
    for link in links:
        if link.likely_max is not None and real.get(link.source, False) and real.get(link.target, False):
            first, then = (link.source, link.target) if link.relation == "before" else (link.target, link.source)
            fact = Constraint(end_of(first), start_of(then), _ZERO, link.likely_max, f"most likely began soon after: {link.evidence}", SOFT_STRENGTH)
            span = () if link.likely_span is None or link.relation != "before" else (
                Constraint(start_of(first), start_of(then), _ZERO, link.likely_span, f"most likely all of it shortly before: {link.evidence}", SOFT_STRENGTH),)
            out.append(SoftFact(then, first, "AFTER", LIKELY_GAP_CONFIDENCE, "signal-gap", (fact, *span), "began soon after"))
    return out


SOON_AFTER_CONFIDENCE = 0.8
"""How sure the likely layer is that an undated event told after a dated one ("flooded after the river burst its banks on
Tuesday") happened on that one's day."""


def soon_after_facts(links: Sequence[Link], real: Mapping[str, bool], timed: Mapping[str, str], spans: Mapping[str, tuple[dt.datetime, dt.datetime]],
                     signals: frozenset[str], before: Optional[dt.datetime], sentence_latest: Mapping[str, dt.datetime],
                     told_done: frozenset[str]) -> list[SoftFact]:
    """ "More than sixty homes flooded after the river burst its banks on Tuesday afternoon": an undated event that a
    signal of ``signals``, with no gap told, puts after an event a time of at most a day dates, over before ``before``
    (the publication day), most likely happened that day (over by its end, else begun by it), not on the publication
    day the convention for undated past events gives.  Not when its sentence names a later time (``sentence_latest``:
    event -> the latest end of its sentence's times): "After inspecting the dam on Monday and meeting engineers on
    Tuesday afternoon, the minister promised new funds" goes on past that day.  Only an event told as done (``told_done``:
    a noun, or a verb in the simple past or an -ing form, not in the present, a perfect or a progressive): "Sales have
    slumped after the car park closed on 3 March" go on to now."""
    if before is None:
        return []
    out = []
    for link in links:
        if (link.relation is not LinkRelation.AFTER or link.strength != Strength.SIGNAL or link.likely_max is not None or link.offset_max is not None
                or (link.offset_min is not None and link.offset_min > _ZERO) or link.source in timed or link.target not in timed
                or link.source not in told_done or not real.get(link.source, False) or not real.get(link.target, False)):
            continue
        span = spans.get(timed[link.target])
        if (span is None or span[1] - span[0] > _DAY or span[1] > before or sentence_latest.get(link.source, span[1]) > span[1]
                or not signals.intersection(re.findall(r"[a-z]+", link.evidence.lower()))):
            continue
        # that day (or the time's end, a night's): over by then, else (it lasts longer) begun by then
        day_end = max(_shift(_midnight(span[0]), _DAY) or span[1], span[1])
        evidence = f"most likely soon after, that day: {link.evidence}"
        out.append(SoftFact(link.source, link.target, "AFTER", SOON_AFTER_CONFIDENCE, "signal-gap", (Bound(end_of(link.source), None, day_end, evidence, SOFT_STRENGTH),),
                            "began soon after"))
        out.append(SoftFact(link.source, link.target, "AFTER", SOON_AFTER_CONFIDENCE - 0.05, "signal-gap",
                            (Bound(start_of(link.source), None, day_end - _MINUTE, evidence, SOFT_STRENGTH),), "began soon after"))
    return out


OFFSET_DAY_CONFIDENCE = 0.9
"""How sure the likely layer is that "two days later" counts calendar days from the event it
counts from: "Two days later, on Tuesday" after an undated visit puts the visit on Sunday."""


def _one_day(b: Optional[tuple[Optional[dt.datetime], Optional[dt.datetime]]]) -> Optional[dt.datetime]:
    """The start of the one calendar day the bounds (earliest start, latest end) lie in, else None."""
    if b is None or b[0] is None or b[1] is None:
        return None
    day = _midnight(b[0])
    end = _shift(day, _DAY)
    return day if end is not None and b[1] <= end else None


NAMED_DAY_CONFIDENCE = 0.6
"""How sure the likely layer is of a calendar day counted from an event only most likely on one day (see
:func:`named_days`): "The storm struck on Monday night. Two days after the storm, ..." is most likely Wednesday."""
_NAMED_DAY_HOPS = 4
"""How many links at most :func:`named_days` follows from a time to an event it names the day of."""


def named_days(links: Sequence[Link], spans: Mapping[str, tuple[dt.datetime, dt.datetime]]) -> dict[str, dt.datetime]:
    """Event -> the start of the calendar day it most likely lies in: the day a time of at most a day names (the day
    a night is named by: "on Monday night" is Monday's), of an event in that time, and of the event another lies in or
    is the same as ("The storm struck on Monday night": the storm's; "after the storm": the same storm's)."""
    out: dict[str, dt.datetime] = {}
    for link in links:
        span = spans.get(link.target)
        if link.relation is LinkRelation.DURING and span is not None and span[1] - span[0] <= _DAY:
            out.setdefault(link.source, _midnight(span[0]))
    for _ in range(_NAMED_DAY_HOPS):
        grown = False
        for link in links:
            pairs = ((link.source, link.target),) if link.relation is LinkRelation.DURING else (
                ((link.source, link.target), (link.target, link.source)) if link.relation is LinkRelation.SIMULTANEOUS else ())
            for inner, outer in pairs:
                if inner in out and outer not in out and outer not in spans:
                    out[outer] = out[inner]
                    grown = True
        if not grown:
            break
    return out


def offset_day_facts(links: Sequence[Link], days: Mapping[str, tuple[Optional[dt.datetime], Optional[dt.datetime]]],
                     real: Mapping[str, bool], likely_day: Mapping[str, dt.datetime] = MappingProxyType({})) -> list[SoftFact]:
    """ "The minister visited the town. Two days later, on Tuesday, the cabinet met": a length in
    days between two events (a link's ``likely_days``) most likely counts calendar days, so the
    event whose day the text gives (``days``: event -> its certain earliest start and latest end)
    puts the other on the day that many days away; one soft fact per such link.  An event only most
    likely on one day (``likely_day``, :func:`named_days`) puts it there too, believed less."""
    out = []
    for link in links:
        if link.likely_days is None or not real.get(link.source, False) or not real.get(link.target, link.target in days):
            continue  # (a time the text dates, "on Thursday, a day after being charged", counts as known too)
        for known, other, sign in ((link.target, link.source, 1), (link.source, link.target, -1)):
            day = _one_day(days.get(known))
            confidence = OFFSET_DAY_CONFIDENCE
            if day is None and known in likely_day:
                day, confidence = likely_day[known], NAMED_DAY_CONFIDENCE
            start = None if day is None else _shift(day, sign * link.likely_days * _DAY)
            end = None if start is None else _shift(start, _DAY)
            if start is None or end is None or _one_day(days.get(other)) is not None:
                continue
            evidence = f"counts calendar days: {link.evidence}"
            facts = (Bound(start_of(other), start, None, evidence, SOFT_STRENGTH), Bound(end_of(other), None, end, evidence, SOFT_STRENGTH))
            out.append(SoftFact(other, known, "AFTER" if sign * link.likely_days > 0 else "BEFORE", confidence, "offset-day", facts,
                                link.evidence))
            break
    return out


def offset_timex_day_facts(links: Sequence[Link], days: Mapping[str, tuple[Optional[dt.datetime], Optional[dt.datetime]]],
                           real: Mapping[str, bool], spans: Mapping[str, tuple[Optional[dt.datetime], Optional[dt.datetime]]]) -> list[SoftFact]:
    """ "resigned on Friday night, two days after a newspaper revealed the deal": a length in days between an event and a
    time of at most a day (a link's ``likely_days`` to a time expression, ``spans``: its earliest and latest) counts
    calendar days from the day that time names (a night is named by the day it begins on), so the event lies on the day
    that many days away (Wednesday), not in the hours the night's bounds shifted by two days would give (Wednesday
    19:00 to Thursday 06:00); :func:`offset_day_facts` does the same between two events."""
    out = []
    for link in links:
        span = spans.get(link.target)
        if (link.likely_days is None or span is None or span[0] is None or span[1] is None or span[1] - span[0] > _DAY
                or not real.get(link.source, False) or _one_day(days.get(link.source)) is not None):
            continue
        start = _shift(_midnight(span[0]), link.likely_days * _DAY)
        end = None if start is None else _shift(start, _DAY)
        if start is None or end is None:
            continue
        evidence = f"counts calendar days: {link.evidence}"
        facts = (Bound(start_of(link.source), start, None, evidence, SOFT_STRENGTH), Bound(end_of(link.source), None, end, evidence, SOFT_STRENGTH))
        out.append(SoftFact(link.source, link.target, "AFTER" if link.likely_days > 0 else "BEFORE", OFFSET_DAY_CONFIDENCE, "offset-day", facts,
                            link.evidence))
    return out


def _one_year(b: Optional[tuple[Optional[dt.datetime], Optional[dt.datetime]]]) -> Optional[int]:
    """The one calendar year the bounds (earliest start, latest end) lie in, else None."""
    if b is None or b[0] is None or b[1] is None:
        return None
    year = b[0].year
    return year if b[1] <= dt.datetime(year + 1, 1, 1) else None


def offset_year_facts(links: Sequence[Link], days: Mapping[str, tuple[Optional[dt.datetime], Optional[dt.datetime]]],
                      real: Mapping[str, bool]) -> list[SoftFact]:
    """ "won the cup in 1996, a year after they were promoted": a length in whole years between two events (a link's
    ``likely_years``) most likely counts calendar years, so the event the text puts in one year (``days``: event -> its
    certain earliest start and latest end) puts the other in the year that many years away (one fact per link)."""
    out = []
    for link in links:
        if link.likely_years is None or not real.get(link.source, False) or not real.get(link.target, link.target in days):
            continue
        for known, other, sign in ((link.target, link.source, 1), (link.source, link.target, -1)):
            year = _one_year(days.get(known))
            if year is None or _one_year(days.get(other)) is not None:
                continue
            target_year = year + sign * link.likely_years
            if not dt.MINYEAR <= target_year < dt.MAXYEAR:
                break
            evidence = f"counts calendar years: {link.evidence}"
            facts = (Bound(start_of(other), dt.datetime(target_year, 1, 1), None, evidence, SOFT_STRENGTH),
                     Bound(end_of(other), None, dt.datetime(target_year + 1, 1, 1), evidence, SOFT_STRENGTH))
            out.append(SoftFact(other, known, "AFTER" if sign * link.likely_years > 0 else "BEFORE", OFFSET_DAY_CONFIDENCE, "offset-day", facts,
                                link.evidence, told="offset-year"))
            break
    return out


WINDOW_MAX = dt.timedelta(days=2)
"""The longest window an event dated only through another event may lend its sentence (see :func:`event_windows`)."""


def event_windows(links: Sequence[Link], days: Mapping[str, tuple[Optional[dt.datetime], Optional[dt.datetime]]],
                  timed: Mapping[str, str]) -> dict[str, str]:
    """Event -> itself, for each event the text dates only by a length from another event ("had
    evacuated 3,200 residents within 40 hours of the landfall"), when that puts it in a window of
    at most :data:`WINDOW_MAX` (``days``: event -> certain earliest start, latest end): such an event
    sets the time of its sentence as a time would ("..., many of them lifted from rooftops by
    helicopter" happened during the evacuation).  ``timed``: the events a time dates, which are left out."""
    out = {}
    for link in links:
        if link.relation is not LinkRelation.WITHIN or link.target == REFERENCE or link.source in timed or link.target not in days:
            continue
        lo, hi = days.get(link.source, (None, None))
        if lo is not None and hi is not None and hi - lo <= WINDOW_MAX:
            out[link.source] = link.source
    return out


DESCRIBED_CONFIDENCE = 0.8
"""How sure the likely layer is that a participle describing a noun ("from flooded streets") began before the verb of its clause."""


def described_facts(mentions: Sequence["EventMention"], describing: frozenset[str], real: Mapping[str, bool]) -> list[SoftFact]:
    """ "Crews were pumping water from flooded streets on Monday": a participle that describes a noun
    (``describing``) names a state the noun was already in, so its happening began no later than
    the verb before it in its sentence (not a report); one soft fact per such participle."""
    out = []
    verb: Optional["EventMention"] = None
    for m in sorted(mentions, key=lambda m: m.start):
        if verb is not None and verb.sentence_start != m.sentence_start:
            verb = None
        if m.eid in describing:
            if verb is not None and real.get(m.eid, False) and real.get(verb.eid, False):
                evidence = f"describes a noun of “{verb.text}”: began before it"
                fact = Constraint(start_of(m.eid), start_of(verb.eid), _ZERO, None, evidence, SOFT_STRENGTH)
                out.append(SoftFact(m.eid, verb.eid, "START_BEFORE", DESCRIBED_CONFIDENCE, "described", (fact,), evidence))
        elif m.pos == "VERB" and m.cls != "REPORTING":
            verb = m
    return out


NIGHT_CONFIDENCE = 0.6
"""How sure the likely layer is that an event the text puts in a night named by its day ("caught fire
on Friday night", "the night of May 3") ended by that day's midnight: the night is the evening of
the day named (TIMEX3 ``...TNI``), and TBAQ dates such events by that day."""


_IN_NIGHT = frozenset({"during", "until"})  # "caught fire on Friday night"; "searched the rubble until late on Monday night"


def night_facts(links: Sequence[Link], timexes: Sequence["Timex"], real: Mapping[str, bool],
                continued: Mapping[str, str] = MappingProxyType({})) -> list[SoftFact]:
    """ "The warehouse caught fire on Friday night": most likely before Friday's midnight, though the night
    (19:00 to 06:00) runs into Saturday; one soft fact per event the text puts in such a night or ends in one
    ("searched the rubble until late on Monday night": over by Monday's midnight), or that
    carries on such a night from the sentence before (``continued``: event -> the time it continues; "A
    landslide buried the line on Thursday night. A freight train stopped short of the debris")."""
    # (a night of some day of a month, "the same night" after "in June" (2026-06-XXTNI), names no midnight)
    nights = {t.tid: t for t in timexes if t.value is not None and t.value.endswith("TNI") and t.earliest is not None and t.latest is not None
              and t.latest - t.earliest <= _DAY}
    out = []
    # a carried night is cut in with the discourse that carries it (its tier and kind of basis)
    carried = [(Link(eid, "during", t), "discourse") for eid, t in continued.items() if t in nights]
    for link, kind in (*((link, "night") for link in links), *carried):
        t = nights.get(link.target)
        if t is None or link.relation not in _IN_NIGHT or not real.get(link.source, False):
            continue
        midnight = _shift(_midnight(t.earliest), _DAY)  # type: ignore[arg-type]
        if midnight is None or not (t.earliest < midnight < t.latest):  # type: ignore[operator]
            continue
        fact = Bound(end_of(link.source), None, midnight, f"a night named by its day: most likely before its midnight ({t.text})", SOFT_STRENGTH)
        out.append(SoftFact(link.source, t.tid, "IS_INCLUDED", NIGHT_CONFIDENCE, kind, (fact,)))
    return out


OCCASION_CONFIDENCE = 0.7
"""How sure the likely layer is that a verb whose only time is that of a clause on the occasion or medium it was done
at or in ("approved the deal in an online ballot that closed at 6 p.m. on Sunday") happened on that time's day."""
OCCASION_PART = dt.timedelta(hours=1)
"""A time of a clause on an occasion at least this long (a part of a day, a day) holds the verb itself; a shorter one (a
clock time: "a ballot that closed at 6 p.m.") its day up to it."""


def occasion_facts(conveyed: Mapping[str, str], timexes: Sequence["Timex"], real: Mapping[str, bool]) -> list[SoftFact]:
    """ "Members approved the deal in an online ballot that closed at 6 p.m. on Sunday", "praised her work in an interview
    broadcast on Sunday night": the verb has no time of its own, only its occasion's (``conveyed``: event -> the time of
    the clause on that occasion, at most a day long); a reader puts it on that time's calendar day (a night named by
    its day: in it, before its midnight; a clock time: on its day, by it), not on the publication day."""
    spans = {t.tid: (t.earliest, t.latest) for t in timexes if t.earliest is not None and t.latest is not None}
    out = []
    for eid, tid in conveyed.items():
        lo, hi = spans.get(tid, (None, None))
        if lo is None or hi is None or not real.get(eid, False):
            continue
        first = _midnight(lo)
        last = _shift(first, _DAY)
        if last is None:
            continue
        if hi - lo > _DAY:  # a month ("admitted the theft at a hearing in September"): in it
            first, last = lo, hi
        elif hi - lo >= OCCASION_PART:  # a part of the day ("on Sunday night"): in it, up to its midnight
            first, last = lo, min(hi, last)
        else:  # a clock time ("a ballot that closed at 6 p.m."): its day, up to it
            last = min(hi, last)
        evidence = "done at an occasion a clause dates: most likely on that day"
        facts = (Bound(start_of(eid), first, None, evidence, SOFT_STRENGTH), Bound(end_of(eid), None, last, evidence, SOFT_STRENGTH))
        out.append(SoftFact(eid, tid, "IS_INCLUDED", OCCASION_CONFIDENCE, "occasion", facts, evidence))
    return out


EPISODE_CONFIDENCE = 0.65
"""How sure the likely layer is that the sentence right after an offset clause, taking up a noun of it, happened on the
day of the clause's event (as sure as the lead's day: see :data:`NEWS_DAY_CONFIDENCE`)."""


def episode_facts(episodes: Mapping[str, tuple[str, dt.datetime, dt.datetime]]) -> list[SoftFact]:
    """ "grounded its fleet on Thursday, two days after an engine caught fire on a flight. The pilot shut down the engine
    and landed safely": one soft fact per happening that goes on with the earlier event of an offset clause
    (``episodes``: event -> (that event, its day's start and end)): on that day, not the lead's."""
    evidence = "takes up the earlier event an offset clause told: its day"
    return [SoftFact(eid, x, "IS_INCLUDED", EPISODE_CONFIDENCE, "discourse",
                     (Bound(start_of(eid), first, None, evidence, SOFT_STRENGTH), Bound(end_of(eid), None, last, evidence, SOFT_STRENGTH)),
                     evidence, told="episode")
            for eid, (x, first, last) in episodes.items()]


TAKEN_UP_CONFIDENCE = 0.7
"""How sure the likely layer is that an act noun names the happening its agent's verb told (see :func:`taken_up_facts`)."""


def taken_up_facts(takeups: Mapping[str, str], real: Mapping[str, bool]) -> list[SoftFact]:
    """ "Health inspectors visited a plant on June 2 ... three days before the inspection": one soft fact per act noun
    that names the happening its agent's verb told (``takeups``: noun -> verb, :func:`~timeline.anchoring.agent_takeups`):
    it lies in that happening's time."""
    out = []
    for noun, verb in takeups.items():
        if real.get(noun, False) and real.get(verb, False):
            evidence = "names the happening its agent's verb told"
            out.append(SoftFact(noun, verb, "IS_INCLUDED", TAKEN_UP_CONFIDENCE, "taken-up", tuple(_during(noun, verb, evidence=evidence, strength=SOFT_STRENGTH)), evidence))
    return out


EARLY_HOURS_CONFIDENCE = 0.55
"""How sure the likely layer is of an :func:`early_hours_facts` cut (below :data:`NIGHT_CONFIDENCE`: an event put in a
named night, which such a cut also covers, keeps the night as its basis)."""
EARLY_HOURS = dt.timedelta(hours=6)
"""How far into the publication day an undated past event's certain end may reach (a window of hours after an event of
the day before: "Within hours she had sent her letter") for it to end most likely before that day began."""


def early_hours_facts(days: Mapping[str, tuple[Optional[dt.datetime], Optional[dt.datetime]]], real: Mapping[str, bool],
                      past: Mapping[str, bool], day: Optional[tuple[dt.datetime, dt.datetime]]) -> list[SoftFact]:
    """ "The prime minister spoke to reporters on Monday afternoon. Within hours she had sent her letter" (published on
    Tuesday): a past event the text certainly puts from before the publication day to at most :data:`EARLY_HOURS` into it
    (``days``: event -> certain earliest start, latest end) most likely ended by that day's midnight, as one put in a night
    named by its day does, rather than in the first hours of the publication day, where the news convention would squeeze it."""
    if day is None:
        return []
    out = []
    for eid, (lo, hi) in days.items():
        if not real.get(eid, False) or not past.get(eid, False) or lo is None or hi is None or not (lo < day[0] < hi <= day[0] + EARLY_HOURS):
            continue
        fact = Bound(end_of(eid), None, day[0], "certain to end in the first hours of the publication day: most likely before its midnight", SOFT_STRENGTH)
        out.append(SoftFact(eid, REFERENCE, "BEFORE", EARLY_HOURS_CONFIDENCE, "early-hours", (fact,)))
    return out


DAY_PART_CONFIDENCE = 0.6
"""How sure the likely layer is that an event the text puts before a part of a named day or a clock
time of it ("raided the flats before dawn on Thursday", "left before 9 a.m. on Friday") began after
that day's midnight: in its early hours, not on a day before it."""


def day_parts(timexes: Sequence["Timex"]) -> dict[str, "Timex"]:
    """Time id -> time, for the times inside one day that do not start at its midnight ("dawn on
    Thursday", "9 a.m. on Friday"): an event before one most likely lies on that day."""
    return {t.tid: t for t in timexes if t.earliest is not None and t.latest is not None and t.earliest != _midnight(t.earliest)
            and t.latest <= _midnight(t.earliest) + _DAY}


def day_part_facts(links: Sequence[Link], timexes: Sequence["Timex"], real: Mapping[str, bool]) -> list[SoftFact]:
    """ "Police raided the flats before dawn on Thursday": the words say only *before* the first
    light, but a reader puts the raid in Thursday's early hours; one soft fact per event a link
    puts before (or done by) a time that lies inside one day and does not start at its midnight (not "before
    Thursday", nor "before midnight", which ends the day)."""
    parts = day_parts(timexes)
    out = []
    for link in links:
        t = parts.get(link.target)
        if t is None or link.relation not in ("before", "by") or not real.get(link.source, False):
            continue  # (or done by it: "Most had returned home by Tuesday evening", on Tuesday)
        fact = Bound(start_of(link.source), _midnight(t.earliest), None, f"before a part of a day: most likely on that day ({t.text})", SOFT_STRENGTH)  # type: ignore[arg-type]
        out.append(SoftFact(link.source, t.tid, "BEFORE", DAY_PART_CONFIDENCE, "day-part", (fact,)))
    return out


LASTING_AFTER_CONFIDENCE = 0.6
"""How sure the likely layer is that a lasting past event with no time of its own, told right after
a sentence dated in the past, began in that sentence's time ("damaged in a storm in January. The line
remained closed for three months")."""


SEQUENCE_CONFIDENCE = 0.7
"""How sure the likely layer is that two past verbs joined by "and" happened in the order told."""

SEQUENCE_GAP = dt.timedelta(days=1)
"""... and that the second began within this long after the first ended: "was arrested in
November, and spent 40 days in custody" (the custody began with the arrest, not at publication);
"a gale tore the ferry loose and damaged the ramp" (the damage is the gale's day)."""


def sequence_facts(text: str, mentions: Sequence["EventMention"], real: Mapping[str, bool], links: Sequence[Link] = (),
                   language: str = "en", relative: frozenset[str] = frozenset()) -> list[SoftFact]:
    """ "Firefighters arrived at the scene and put out the blaze": two past-tense verbs of one
    clause joined by "and" most likely started in the order told (``sequence`` in the
    language's anchoring cues); the second may start with the first, never before it.  When the
    first closes a clause a signal hangs on the verb before it ("arrived eight minutes after the
    alarm sounded and put out the blaze"), that verb is the one "and" joins (``links``: the
    anchoring links, whose event-to-event signal links say so), unless a comma set the signal's
    phrase off ("reopened on Tuesday, four days after a crane collapsed and killed two workers":
    "and" joins inside the phrase).  A relative clause closed by a
    comma ("received the prize, which was founded in 1921, and thanked ...": ``relative``, the
    verbs that describe a noun) tells no sequence with what follows it."""
    from ..anchoring import anchor_words
    from ..order.links import Strength

    cues = anchor_words(language)
    verbs = [m for m in mentions if m.pos == "VERB"]
    by_id = {m.eid: m for m in verbs}
    head_of: dict[str, "EventMention"] = {}
    for link in links:  # "had noticed water seeping ... before it collapsed": the clause's first verb, not the participle, is the head
        if (link.strength == Strength.SIGNAL and link.relation in ("after", "before") and link.source in by_id and link.target in by_id
                and by_id[link.source].start < by_id[link.target].start
                and (link.target not in head_of or by_id[link.source].start < head_of[link.target].start)):
            head_of[link.target] = by_id[link.source]
    for link in links:  # "visited shortly after the floods began to recede and promised": the verb "began" begins is its clause's last
        if link.relation in ("begun_by", "ended_by") and link.target in head_of and link.source in by_id and by_id[link.target].start < by_id[link.source].start:
            head_of[link.source] = head_of[link.target]
    out = []
    for last, b in zip(verbs, verbs[1:]):
        a = head_of.get(last.eid, last)
        if a is not last and "," in text[a.end : last.start] and "," not in text[last.end : b.start]:
            a = last  # "reopened on Tuesday, four days after a crane collapsed onto a berth and killed": "and" joins inside the clause
        if (a.sentence_start != b.sentence_start or not real.get(a.eid, False) or not real.get(b.eid, False)
                or a.tense != "PAST" or b.tense != "PAST" or a.aspect not in ("NONE", "PERFECTIVE") or b.aspect != "NONE"
                or (a.cls == "REPORTING" and not _reported_step(cues, a, last, b))):
            continue
        if a.eid in relative and "," in text[a.end : b.start]:
            continue
        # "A farmer who saw the landing drove the injured to a clinic": the perceiver acts after perceiving
        perceived = a is last and a.cls == "PERCEPTION" and a.eid in relative and cues.perceived_object.fullmatch(text, a.end, b.start)
        if perceived or cues.sequence.fullmatch(text, last.end, b.start):
            evidence = f"told in sequence: {text[a.start : b.end]}"
            fact = Constraint(start_of(a.eid), start_of(b.eid), _ZERO, None, evidence, SOFT_STRENGTH)
            out.append(SoftFact(a.eid, b.eid, "START_BEFORE", SEQUENCE_CONFIDENCE, "event-event", (fact,), "told in sequence", told="sequence"))
            soon = Constraint(end_of(a.eid), start_of(b.eid), None, SEQUENCE_GAP, evidence, SOFT_STRENGTH)
            out.append(SoftFact(b.eid, a.eid, "AFTER", SEQUENCE_CONFIDENCE, "sequence", (fact, soon), "told in sequence"))
    return out


def _reported_step(cues: "AnchorWords", a: "EventMention", last: "EventMention", b: "EventMention") -> bool:
    """Whether the report ``a`` is a step of the story "and" orders: a verb of ``object_reports`` (whose object may be the
    thing reported, "A guard reported a smell of diesel, and the operator halted trains") right before ``b`` (``last``: the
    verb "and" joins; a clause it reports would put its own verb between), ``b`` no report itself."""
    return a is last and b.cls != "REPORTING" and a.text.lower() in cues.object_reports


def lasting_states(text: str, mentions: Sequence["EventMention"], language: str = "en") -> frozenset[str]:
    """The states a verb says lasted ("remained closed", "stayed shut", "the strike lasted"), outside
    a sentence told in the present perfect ("has remained closed for months" reaches up to now)."""
    from ..anchoring import anchor_words

    cues = anchor_words(language)
    states = cues.state_verbs | cues.lasting_verbs
    perfect = frozenset(m.sentence_start for m in mentions if m.pos == "VERB" and m.tense == "PRESENT" and m.aspect == "PERFECTIVE")
    out = set()
    for m in mentions:
        words = text[max(m.sentence_start, m.start - 24) : m.start].split()
        if m.sentence_start not in perfect and (m.text.lower() in states or (words and words[-1].lower() in states)):
            out.add(m.eid)
    return frozenset(out)


FLASHBACK_GAP = dt.timedelta(days=7)
"""A past time told this long or more before a time the story told earlier is a flashback (see :func:`continued_discourse`)."""
BACKGROUND_GAP = dt.timedelta(days=366)
"""A flashback time that ends this long or more before the story's time is background, no scene of the story ("The library
opened in 1962"; not the quarter a report of Friday covers, whose charges were taken in it): see :func:`continued_discourse`."""


def continued_discourse(events: Sequence[tuple[str, str, int]], lends: Mapping[str, str], opening: frozenset[int], real: Mapping[str, bool],
                        past: Mapping[str, bool], past_times: frozenset[str], timed: Mapping[str, str], now_told: frozenset[str] = frozenset(),
                        flashbacks: frozenset[str] = frozenset(), carried: frozenset[str] = frozenset(),
                        narrated: frozenset[str] = frozenset(), addressing: frozenset[str] = frozenset(),
                        clock_times: frozenset[str] = frozenset(), far_back: Mapping[str, str] = MappingProxyType({}),
                        paragraph_of: Mapping[int, int] = MappingProxyType({}), ahead: frozenset[str] = frozenset(),
                        background: frozenset[str] = frozenset(), attributing: frozenset[str] = frozenset(),
                        lead_main: Mapping[int, str] = MappingProxyType({}), undating: frozenset[str] = frozenset()) -> dict[str, str]:
    """Event -> the time it continues from the sentence before: its sentence opens with a pronoun
    taking that sentence up (``opening``: "The last strike, in 2019, lasted 11 days. It ended after
    the government appointed a mediator.") and dates nothing itself, the event is past and the
    earlier time (of the last real event there that is no report) was over before publication;
    an event the text ties to a time (``timed``) keeps its own, and one told in the present or the
    perfect (``now_told``: "It is the largest reward the government has ever offered") reaches now;
    the time of a flashback (``flashbacks``, events told in the past perfect: "She had sprained her
    ankle on Sunday. She was flown to hospital") is continued only by another flashback; after a
    flashback inside a report with a time of its own ("The owner said on Wednesday that the unit
    had been repaired in March. He apologised"), a sentence with no flashback continues the
    report's time. Without a
    pronoun, a day or a part of one (``carried``; not a clock time, which no other event shares) is
    continued by a happening told in the simple past that the text ties to nothing (``narrated``:
    "A fire broke out on Tuesday. The crew abandoned the vessel"). What a report spoken at an
    occasion (``addressing``: "Prosecutors told the court that he accepted the money in 2022") says
    after it dates neither it nor its sentence: the telling continues the occasion's time; and a
    flashback told after a time of the story in one sentence ("convicted him on Thursday, ending a
    trial that had opened three weeks earlier") does not take that time's place. A report at a clock time
    (``clock_times``: "A tenant reported a smell of gas shortly before 9 p.m.") is a step of the story, not speech
    reported at publication: its time is carried as a happening's. A day told well before a time the story told
    earlier (``far_back``: flashback time -> that story time; "called off a strike on Thursday ... Drivers first walked
    out on March 3") is a flashback: only a happening the narration itself tells in its paragraph (``paragraph_of``:
    sentence -> paragraph) goes on with it; what an undated report says after it ("Union leaders said the deal was
    approved") is left to the conventions for reports, and a new paragraph ("Councillors voted by 31 to 9") is back at
    the story's time. A time that begins after publication (``ahead``: "Councillors voted to close the library next
    spring") is a plan's: it keeps no past step of its sentence from going on with the time before. A flashback time
    that ends :data:`BACKGROUND_GAP` or more before the story's time (``background``: "The library opened in 1962.
    Several speakers urged ...") is no scene: an undated happening after it, in a sentence that does not open with a
    pronoun, is back at the story's time. A report spoken at an occasion that attributes what its sentence told before it
    (``attributing``: "She began taking the drugs in 2021, the court heard") is not dated by what it attributes: the
    hearing continues the time before its sentence. A sentence opening with a pronoun that takes up the speaker of a report
    spoken at an occasion its own time dates ("The climber's brother gave evidence at the first hearing in May. He told
    the inquest that ..."), even a time well before the story's, tells that occasion's report. A lead that dates its main act and then an act on another day
    (``lead_main``: lead sentence -> its main act's time; see :func:`lead_main_time`) hands on its main act's time to a
    new paragraph that does not open by taking up the sentence before ("won the shield on Saturday ... and celebrated on
    Monday. Alder Town took the lead after eight minutes": the match's Saturday). The time of an event in an aside that
    dates nothing told before it (``undating``: "was taken to hospital, where she had surgery on Thursday") leaves the
    events before it in its sentence to go on with the sentence before's time."""
    last_time: dict[int, str] = {}
    told_in: dict[str, int] = {}  # a flashback time -> the paragraph it was told in
    told_back: dict[int, bool] = {}
    past_told: dict[int, str] = {}  # sentence -> the last time of a real event it told that is not a plan's ahead
    reported_at: dict[int, str] = {}
    dated: set[int] = set()
    addressed: set[int] = set()  # sentences in which a report spoken at an occasion has been passed
    spoke_at: dict[int, str] = {}  # sentence -> the own time of its first report spoken at an occasion
    for eid, cls, sentence in events:
        if eid in addressing:
            addressed.add(sentence)
            if eid in lends and real.get(eid, False):
                spoke_at.setdefault(sentence, lends[eid])
        if eid in lends and lends[eid] in far_back:
            told_in.setdefault(lends[eid], paragraph_of.get(sentence, 0))
        if eid in lends and sentence not in addressed:
            if lends[eid] not in ahead and eid not in undating:  # ("Councillors voted to close the library next spring": a plan's time ahead dates no past step of its sentence)
                dated.add(sentence)
            if (real.get(eid, False) and (cls != "REPORTING" or lends[eid] in clock_times)
                    and not (eid in flashbacks and sentence in last_time and not told_back[sentence])):
                last_time[sentence] = lends[eid]
                told_back[sentence] = eid in flashbacks
                if lends[eid] not in ahead:
                    past_told[sentence] = lends[eid]
            elif real.get(eid, False):
                reported_at.setdefault(sentence, lends[eid])
        elif eid in lends and eid in addressing and real.get(eid, False) and lends[eid] not in far_back:
            reported_at.setdefault(sentence, lends[eid])  # "On Monday the judge told her ...": that sitting's time (not "admitted it at a hearing in March")
    # a sentence whose time is a plan's ahead leaves an occasion's time where the sentence before it set it ("admitted the
    # theft on Monday. She will be sentenced next month. The court heard that ..."): heard at Monday's sitting
    before_plan = {sentence: last_time[sentence - 1] for sentence, t in last_time.items()
                   if t in ahead and sentence - 1 in last_time and last_time[sentence - 1] not in ahead}
    looking_back = frozenset(sentence for eid, _cls, sentence in events if eid in flashbacks)
    out = {}
    reporting: set[int] = set()  # sentences in which an undated report has been passed
    telling: set[int] = set()  # sentences in which a report spoken at an occasion has been passed
    for eid, cls, sentence in events:
        if cls == "REPORTING" and eid not in lends and eid not in addressing and real.get(eid, False):
            reporting.add(sentence)
        if eid in addressing:
            telling.add(sentence)
        elif sentence in telling:
            continue  # "Prosecutors told the court that he took the money and hid it": what was told, not the telling's time
        if cls == "I_STATE" and sentence in reporting:
            continue  # "She said the crews expected to contain it": what a report says was thought is thought when it is said
        t = last_time.get(sentence - 1)
        if t is not None and t not in past_times and reported_at.get(sentence - 1) in past_times and eid in narrated:
            # "told staff on Tuesday that the plant would close at the end of the year. Workers then staged a sit-in": what
            # the report said lies ahead; the story goes on from the telling's time, not the plan's
            t = reported_at[sentence - 1]
        if (sentence - 1 in lead_main and t is not None and sentence not in opening
                and paragraph_of.get(sentence, 0) != paragraph_of.get(sentence - 1, 0)):
            t = lead_main[sentence - 1]  # the lead's main act: what the next paragraph goes on to tell of
        if t is None and eid in addressing:
            t = reported_at.get(sentence - 1)  # "On Tuesday the judge told him ... The court heard that": heard at that sitting
        if eid in addressing and sentence - 1 in before_plan and (t is None or t in ahead):
            t = before_plan[sentence - 1]
        elif eid in addressing and (t is None or t in ahead) and sentence - 1 in past_told:
            t = past_told[sentence - 1]  # "was banned on Thursday and will be sentenced in January. The judge said": Thursday's sitting
        if eid in addressing and sentence in opening and sentence - 1 in spoke_at:
            t = spoke_at[sentence - 1]  # "gave evidence at the first hearing in May. He told the inquest": at that hearing
        elif t is not None and t in told_in and sentence in reporting:
            continue  # a flashback's day: not what an undated report says of it (which the conventions for reports place)
        if t is not None and t in told_in and paragraph_of.get(sentence, 0) != told_in[t]:
            t = far_back[t]  # nor a new paragraph: the story's time
        elif t is not None and t in background and t in far_back and sentence not in opening and eid not in flashbacks:
            t = far_back[t]  # nor after a year's or a month's background ("The library opened in 1962. Speakers urged ..."): the story's time
        if t is not None and told_back.get(sentence - 1, False) and eid not in flashbacks:
            # "The owner said on Wednesday that the unit had been repaired in March. He apologised":
            # after a flashback inside a report, a sentence with none is back at the report's time
            t = reported_at.get(sentence - 1)
            if t is None or sentence in looking_back:
                continue
        heard_after = eid in addressing and eid in attributing  # "..., the court heard": its sentence's times are what it heard
        if (t is not None and (sentence in opening or (t in carried and (eid in narrated or heard_after))) and (sentence not in dated or heard_after)
                and t in past_times and cls != "REPORTING"
                and real.get(eid, False) and past.get(eid, False) and eid not in timed and eid not in now_told):
            out[eid] = t
            if sentence not in last_time:  # the narration goes on: the next sentence may continue the same time
                last_time[sentence] = t
                told_back[sentence] = told_back.get(sentence - 1, False)
    return out


_WORDS = re.compile(r"[^\W\d_]+")


def lead_main_time(events: Sequence[tuple[str, str, int]], lends: Mapping[str, str], real: Mapping[str, bool],
                   past_times: frozenset[str], flashbacks: frozenset[str] = frozenset(), ahead: frozenset[str] = frozenset(),
                   text: str = "", offsets: Mapping[str, tuple[int, int]] = MappingProxyType({}),
                   coordinators: frozenset[str] = frozenset()) -> dict[int, str]:
    """The lead sentence -> its main act's time, when the lead (the first sentence that dates a real event other than a
    report) dates its main act (its first dated one, no flashback) to a time over before publication and an act after it
    to another ("Westbrook won the county shield on Saturday, beating Alder Town 3-1, and celebrated with a civic
    reception on Monday"): the news is the main act, and the paragraph after the lead tells of it, not of the act joined on after it (see
    :func:`continued_discourse`). Empty when the lead dates one time only, or a time ahead of publication (``ahead``), or
    when no coordinator (``coordinators``) joins the later act to the main one in the ``text`` between them (``offsets``)."""
    times: list[tuple[str, str]] = []
    lead = None
    for eid, cls, sentence in events:
        if lead is not None and sentence != lead:
            break
        if eid in lends and real.get(eid, False) and cls != "REPORTING":
            lead = sentence
            times.append((eid, lends[eid]))
    if lead is None or len({t for _eid, t in times}) < 2:
        return {}
    first_eid, first = times[0]
    later_eid = next(eid for eid, t in times if t != first)
    if first_eid not in offsets or later_eid not in offsets or not coordinators.intersection(
            w.lower() for w in _WORDS.findall(text, offsets[first_eid][1], offsets[later_eid][0])):
        return {}  # the later act joined on ("..., and celebrated on Monday"), not the main verb after a relative clause's
        # dated act ("A van driver who hit a cyclist in May was banned on Friday": Friday's is the news)
    if first_eid in flashbacks or first not in past_times or any(t in ahead for _eid, t in times):  # (the later act may be the
        # publication day's, not a plan's ahead: "showed the company is moving to prepare for a turnaround next year")
        return {}
    return {lead: first}


HABIT_CONFIDENCE = 0.7
"""How sure the likely layer is that a past habit held from the time told before it up to publication (see :func:`habit_facts`)."""


def habit_facts(habits: Mapping[str, str]) -> list[SoftFact]:
    """ "Doyle took the card in February ... Every Friday she visited the woman": a habit told in the simple past with a
    recurring time in its clause (``habits``: event -> the time of the sentence before it) is no one day's act, neither
    the publication day's nor that time's: it most likely held from the start of that time up to publication, an honest
    wide interval."""
    evidence = "a past habit (a recurring time in its clause): from the time told before it, before publication"
    return [SoftFact(eid, t, "AFTER", HABIT_CONFIDENCE, "discourse",
                     (Constraint(start_of(t), start_of(eid), _ZERO, None, evidence, SOFT_STRENGTH),
                      Constraint(end_of(eid), end_of(REFERENCE), _ZERO, None, evidence, SOFT_STRENGTH)),
                     told="habit")
            for eid, t in habits.items()]


ASIDE_ACT_CONFIDENCE = 0.7
"""How sure the likely layer is that an undated past act a relative clause tells of the subject of a dated clause came in the
year before that clause's time (see :func:`convention_facts`)."""


def _main_after(timed_here: Sequence[tuple[int, str, bool, bool, bool, bool]], k: int, past_times: frozenset[str],
                events: Sequence[tuple[str, str, int]], verb: Optional[str]) -> list[tuple[int, str, bool, bool, bool, bool]]:
    """The timed event of a sentence (``convention_facts``' tuples) after position ``k`` that is ``verb`` (the main clause's
    verb a relative clause before it describes the subject of), no report, dated to a time over before publication."""
    if verb is None:
        return []
    return [x for x in timed_here if x[0] > k and not x[4] and not x[5] and x[1] in past_times and events[x[0]][0] == verb]


def _aside_act_fact(eid: str, t_main: str,
                    evidence: str = "a past act a relative clause tells of the subject of a dated clause: before its time, within a year") -> SoftFact:
    """ "Judge Roe, who ordered the inquiry, retired on Thursday", "A woman who stole from her employer was jailed on
    Thursday": a past act a relative clause tells of the subject of a dated main clause came before that clause's time,
    how long before is not told: most likely within :data:`BACKGROUND_GAP` before it, an honest wide interval rather
    than the publication day after it or the day right before it."""
    return SoftFact(eid, t_main, "BEFORE", ASIDE_ACT_CONFIDENCE, "discourse",
                    (Constraint(end_of(eid), start_of(t_main), _ZERO, None, evidence, SOFT_STRENGTH),
                     Constraint(start_of(eid), start_of(t_main), _ZERO, BACKGROUND_GAP, evidence, SOFT_STRENGTH)),
                    told="aside-act")  # told as what it is: before the clause's time, not in it
FUTURE_LENGTH_START = dt.timedelta(days=7)
"""How soon after publication an undated later event the text gives a length ("would miss at least three weeks") most likely
begins: the length counts from now."""
MOMENT = dt.timedelta(hours=1)
"""The longest a beginning or an end ("the fire started", "the talks ended") most likely takes."""
MEASURED_EXTENT = dt.timedelta(hours=3)
"""The longest a happening told a measured time after another ("an hour after it set off, the engine
failed", "twenty minutes after take-off the pilot reported smoke") most likely takes."""
MEASURED_CONFIDENCE = 0.6
"""How sure the likely layer is of :data:`MEASURED_EXTENT`."""


def convention_facts(
    events: Sequence[tuple[str, str, int]],
    links: Sequence[Link],
    real: Mapping[str, bool],
    reference: Optional[tuple[dt.datetime, dt.datetime]],
    timed: Mapping[str, str],
    past: Mapping[str, bool],
    conventions: Conventions,
    narrow: Optional[frozenset[str]] = None,
    tied: frozenset[str] = frozenset(),
    inside: Optional[Mapping[str, str]] = None,
    attributions: Optional[frozenset[str]] = None,
    present: frozenset[str] = frozenset(),
    past_times: frozenset[str] = frozenset(),
    filed_early: bool = False,
    continued: Mapping[str, str] = MappingProxyType({}),
    future_times: frozenset[str] = frozenset(),
    moments: frozenset[str] = frozenset(),
    rest_of_day: Mapping[str, tuple[dt.datetime, dt.datetime]] = MappingProxyType({}),
    relative: frozenset[str] = frozenset(),
    relative_closed: frozenset[str] = frozenset(),
    begun: frozenset[str] = frozenset(),
    describing: frozenset[str] = frozenset(),
    lasting_states: frozenset[str] = frozenset(),
    time_lengths: Mapping[str, dt.timedelta] = MappingProxyType({}),
    until: Mapping[str, str] = MappingProxyType({}),
    earlier_times: frozenset[str] = frozenset(),
    clock_days: Mapping[str, tuple[dt.datetime, dt.datetime]] = MappingProxyType({}),
    phased: frozenset[str] = frozenset(),
    flashbacks: frozenset[str] = frozenset(),
    told_acts: Optional[Mapping[str, str]] = None,
    punished: Mapping[str, str] = MappingProxyType({}),
    night_ends: Mapping[str, dt.datetime] = MappingProxyType({}),
    count_framed: frozenset[str] = frozenset(),
) -> list[SoftFact]:
    """Soft facts from news conventions.

    ``events``: (eid, class, sentence index) in text order; ``timed``: event -> the time
    expression it is anchored to by the text; ``past``: event -> whether it is known (tense
    or learned) to lie before publication; ``narrow``: the times at most a week long, the only
    ones whose discourse any undated event of the sentence continues (None: all); ``tied``: the
    events the text relates to a time in any way or orders against another event ("empty
    since March", "planned before the vote"): they have an anchor of their own and continue no
    discourse;
    ``inside``: event -> the time whose discourse it sets (it lies in that time, or a sentence
    opens with it as a deadline), the only times an undated event continues ("put out by
    1 a.m." lends nothing; default: ``timed``); ``attributions``: the reporting events that
    attribute what comes before them ("..., officials said on Thursday"), which lend their time
    to nothing before them (default: every reporting event); ``present``: the events told in the
    present tense, which continue no time of ``past_times`` (the times over before publication):
    "founded in 1987 and runs eleven routes" runs now, not in 1987; ``filed_early``: ``reference``
    is the dateline's day, before publication (:func:`filing_day`), so an undated past event is
    over by its end; ``continued``: event -> the earlier sentence's time it continues
    (:func:`continued_discourse`), for an event whose own sentence lends it none; ``future_times``:
    the times that begin after publication, which a present-tense event does not continue either
    ("the board is expected to approve the merger on Friday": the expecting is now); ``moments``:
    aspectual verbs ("began", "ended"), whose own time is a moment (at most :data:`MOMENT`);
    ``rest_of_day``: event -> (from, to) for a continued time that is a clock time, which the
    event follows within its day rather than lies in ("noticed smoke shortly after 2 a.m. ...
    Firefighters arrived"); ``relative``: the events right after a relative pronoun, whose time
    dates nothing told before them ("were placed on the list, which began in 1950"), nor, when a
    comma closes their clause (``relative_closed``), anything told after it; ``begun``: the events
    the text has begun before publication ("the floods began to recede"), which no convention
    for later events puts after it; ``describing``: the participles that describe a noun ("pumping
    water from flooded streets on Monday"), which take no time of their sentence (the streets
    flooded before); ``lasting_states``: the states a verb says lasted ("remained closed"), which,
    with a length and no time of their own, most likely began in the time the sentence before told; ``until``: event ->
    the time it lasted until ("the road remained shut until Monday afternoon"), which for such a state is its end:
    it most likely began in the time the sentence before told too (not on the day it ended); ``earlier_times``: the
    times that begin before the publication day, which an event the text puts after publication does not continue;
    ``phased``: the events an aspectual verb begins or ends ("the council meeting began at 6 p.m."), which lie in the
    day of a clock time their sentence tells, not in its minute; ``flashbacks``: the events told in the past perfect, which
    take no time of a report told before them in their sentence when they are happenings ("reported on Monday that she had
    used the funds": the use was over before the report, not on its day; "said that they had concluded" keeps it);
    ``told_acts``: past act -> the main clause's verb, for the verbs told as done (simple past, past perfect) in a relative
    clause on a person whose main clause goes on right after it (None: none), which came before that verb's time when a
    time dates it ("Judge Roe, who ordered the inquiry, retired on Thursday"; not "a driver who was using his phone when he
    hit a cyclist was jailed", going on at the crash, nor "leaders who led the 1992 protests have moved", the protests' time);
    ``punished``: reason -> the time of the verb of punishment that gives it ("was jailed on Tuesday for accepting bribes"):
    the reason came before that time, most likely within a year, not in it (nor on the publication day).
    """
    out: list[SoftFact] = []
    day = publication_day(reference)
    lengths = {link.source: link.offset_min for link in links if link.relation is LinkRelation.LASTS and link.offset_min is not None}
    ahead = frozenset(link.source for link in links if link.relation is LinkRelation.AFTER_REF)  # "will" events: not on the publication day by default
    # "An hour after it set off, the engine failed": a start the text puts a measured length after
    # another event is a step of the story, most likely over soon, not stretched to publication
    measured = frozenset(link.source for link in links if link.relation is LinkRelation.AFTER and link.offset_max is not None
                         and link.strength == Strength.SIGNAL and link.target != REFERENCE)
    for eid, _cls, _sentence in events:
        if real.get(eid, False):  # an event takes some time: no guess may squeeze it to an instant
            out.append(SoftFact(eid, eid, "EXTENT", 1.0, "extent", (Constraint(start_of(eid), end_of(eid), _MINUTE, None, "an event takes some time", SOFT_STRENGTH),)))
            if eid in moments:  # "the fire started an hour after the ferry left": a beginning is over soon
                out.append(SoftFact(eid, eid, "EXTENT", 0.9, "extent", (Constraint(start_of(eid), end_of(eid), None, MOMENT, "a beginning or an end is a moment", SOFT_STRENGTH),)))
            elif eid in measured:  # "An hour after it set off, the engine failed": a step of the story, soon over
                out.append(SoftFact(eid, eid, "EXTENT", MEASURED_CONFIDENCE, "extent", (Constraint(start_of(eid), end_of(eid), None, MEASURED_EXTENT,
                                                                                                  "told a measured time after another event: a step soon over", SOFT_STRENGTH),)))
    own_time = set(timed)
    in_sentence: dict[int, list[tuple[int, str, bool, bool, bool, bool]]] = {}  # sentence -> (position, time, lends nothing before, nothing after, relative, a report) of its timed events
    lends = timed if inside is None else inside
    for k, (eid, cls, sentence) in enumerate(events):
        if eid in lends and real.get(eid, False):  # a supposed event's time is no discourse time ("expects sales to recover next year")
            # a report after an event, or a relative clause ("the list, which began in 1950"), lends nothing to what comes before it,
            # and a relative clause a comma closes nothing to what follows ("the prize, which was founded in 1921, and thanked")
            in_sentence.setdefault(sentence, []).append((k, lends[eid], (eid in attributions if attributions is not None else cls == "REPORTING") or eid in relative,
                                                         eid in relative_closed, eid in relative, cls == "REPORTING"))
    for k, (eid, cls, sentence) in enumerate(events):
        if not real.get(eid, False):
            continue
        if reference is not None and cls == "REPORTING" and eid not in own_time:
            out.append(SoftFact(eid, REFERENCE, "IS_INCLUDED", 0.75, "reported-speech", _in_day(eid, day, "reported speech sits at publication time") if day is not None
                                else _during(eid, REFERENCE, evidence="reported speech sits at publication time", strength=SOFT_STRENGTH),
                                told="filed-speech" if filed_early else ""))
            continue
        if eid in punished and eid not in own_time and past.get(eid, False):  # "jailed on Tuesday for accepting bribes": before, not on Tuesday
            out.append(_aside_act_fact(eid, punished[eid], "the reason a punishment is given for: before its time, within a year"))
        elif eid in rest_of_day and eid not in own_time:  # after the clock time the sentence before told, that day
            after, day_end = rest_of_day[eid]
            evidence = "continues the day of the discourse around it, after its clock time"
            out.append(SoftFact(eid, continued[eid], "AFTER", 0.65, "discourse", (Bound(start_of(eid), after, None, evidence, SOFT_STRENGTH),
                                                                              Bound(end_of(eid), None, day_end, evidence, SOFT_STRENGTH))))
        elif eid in continued and eid not in own_time:  # "It ended after ...": the sentence before's time
            out.append(SoftFact(eid, continued[eid], "IS_INCLUDED", 0.65, "discourse", _during(eid, continued[eid], evidence="continues the time of the discourse around it", strength=SOFT_STRENGTH)))
        elif eid not in own_time and eid not in tied and eid not in describing:
            # the discourse's time: the nearest timed event of its own sentence, but not a report
            # after it ("... forced 40 families out, officials said on Thursday"): what a report
            # attributes happened before it (the previous sentence's time was tried too: on TBAQ
            # it placed fewer events in their gold day)
            here = [x for x in in_sentence.get(sentence, ()) if not (x[2] and x[0] > k) and not (x[3] and x[0] < k)
                    and (x[4] or eid not in relative_closed) and x[1] != eid  # nor does the main clause lend to an aside ("Residents, who spent the night ...,")
                    and not (x[5] and x[0] < k and eid in flashbacks and cls == "OCCURRENCE")  # nor a report to a past perfect happening it tells ("reported on Monday that she had used the funds")
                    and not (x[0] > k and events[x[0]][0] in flashbacks and eid not in flashbacks and past.get(eid, False))]
            # (nor a past perfect told after a verb of the simple past to that verb: "fled in a car that had been stolen the
            # night before": the stealing's night is before the fleeing's time, not its time)
            nearest = min(here, key=lambda x: (abs(x[0] - k), x[0])) if here else None
            telling = [x for x in in_sentence.get(sentence, ()) if x[5] and x[0] < k and eid in flashbacks and cls == "OCCURRENCE" and x[1] != eid]
            # (not an end or a decision reached, "said Wednesday that they had concluded": that is the report's news)
            if nearest is None and telling and past.get(eid, False):
                # "reported on Monday that she had used the funds": over by the report's time, when is not told
                t_told = max(telling)[1]
                evidence = "told in the past perfect by a dated report: over before the report's time"
                out.append(SoftFact(eid, t_told, "BEFORE", 0.65, "discourse", (Constraint(end_of(eid), start_of(t_told), _ZERO, None, evidence, SOFT_STRENGTH),)))
            main = _main_after(in_sentence.get(sentence, ()), k, past_times, events, (told_acts or {}).get(eid))
            aside_act = (eid in relative and cls == "OCCURRENCE" and bool(main) and past.get(eid, False) and reference is not None
                         and (nearest is None or nearest in main))
            if aside_act:
                out.append(_aside_act_fact(eid, min(main)[1]))
            t, confidence = (nearest[1], 0.65) if nearest is not None and not aside_act else ("", 0.0)
            if nearest is not None and narrow is not None and t not in narrow and abs(nearest[0] - k) > WIDE_REACH:
                # a year or a month named in the sentence is background ("X, charged in 1996, ..."): on
                # TBAQ the sentence's other events mostly fall on the publication day, not in that year;
                # the event next to it shares it ("held last year before being charged")
                t = ""
            if t and eid in present and (t in past_times or t in future_times):
                t = ""
            if t and eid in ahead and t in earlier_times:
                t = ""  # "will play in the final after beating City on Wednesday night": what lies ahead is not in a time begun before
            length = lengths.get(eid)
            if t and length is not None and t in time_lengths and time_lengths[t] < length <= _DAY:
                # "fell at about 4 a.m., trapping four miners for nine hours": too long for the time, it begins in it
                # (hours at most: a length of months after a day, "gave them five months", is seldom the verb's own)
                evidence = "begins in the time of the discourse around it, which is shorter than it lasts"
                out.append(SoftFact(eid, t, "STARTS_IN", confidence, "discourse", (Constraint(start_of(t), start_of(eid), _ZERO, None, evidence, SOFT_STRENGTH),
                                                                                  Constraint(start_of(eid), end_of(t), _ZERO, None, evidence, SOFT_STRENGTH))))
            elif t and t in clock_days and nearest is not None and nearest[0] < k:
                # "the meeting began at 6 p.m., and several of them were removed": after the clock time, that day, not
                # in the minute it names (which only the event it dates fills)
                after, day_end = clock_days[t]
                evidence = "continues the day of the discourse around it, after its clock time"
                out.append(SoftFact(eid, t, "AFTER", confidence, "discourse", (Bound(start_of(eid), after, None, evidence, SOFT_STRENGTH),
                                                                               Bound(end_of(eid), None, day_end, evidence, SOFT_STRENGTH))))
            elif t and t in clock_days and nearest is not None and eid in phased:
                # "the council meeting began at 6 p.m.": the meeting lies in that day, not in the minute the clock time names
                # (which only its beginning fills; "The blast occurred at about 10:35 a.m." keeps the minute)
                after, day_end = clock_days[t]
                evidence = "lies in the day of the discourse around it, not in its clock time"
                out.append(SoftFact(eid, t, "IS_INCLUDED", confidence, "discourse", (Bound(start_of(eid), day_end - _DAY, None, evidence, SOFT_STRENGTH),
                                                                                    Bound(end_of(eid), None, day_end, evidence, SOFT_STRENGTH))))
            elif t and t in night_ends:
                # "struck a cyclist on Wednesday night and drove off": the night named by its day, most likely before its
                # midnight, as the dated event (:func:`night_facts`)
                evidence = "continues the time of the discourse around it, a night named by its day: most likely before its midnight"
                out.append(SoftFact(eid, t, "IS_INCLUDED", confidence, "discourse", (*_during(eid, t, evidence=evidence, strength=SOFT_STRENGTH),
                                                                                    Bound(end_of(eid), None, night_ends[t], evidence, SOFT_STRENGTH))))
            elif t:
                out.append(SoftFact(eid, t, "IS_INCLUDED", confidence, "discourse", _during(eid, t, evidence="continues the time of the discourse around it", strength=SOFT_STRENGTH)))
        elif (eid in tied and eid not in own_time and eid in relative and cls == "OCCURRENCE" and told_acts and eid in told_acts
              and past.get(eid, False) and reference is not None):
            main = _main_after(in_sentence.get(sentence, ()), k, past_times, events, told_acts[eid])  # ("A woman who stole from her employer was jailed on
            if main:  # Thursday": the stealing, ordered before the jailing, most likely not the day before it)
                out.append(_aside_act_fact(eid, min(main)[1]))
        length = lengths.get(eid)
        if (length is not None and length > _DAY and eid in lasting_states and past.get(eid, False) and eid not in own_time
                and eid not in continued and sentence not in in_sentence):
            # "A bridge was damaged in a storm in January. The line remained closed for three months": a
            # lasting past event told right after a dated one most likely began in that time, not ended at publication
            before = [x for x in in_sentence.get(sentence - 1, ()) if not x[2] and not x[4] and x[1] in past_times]
            if before:
                t0 = max(before)[1]
                evidence = "a lasting event told right after a dated one most likely began in its time"
                out.append(SoftFact(eid, t0, "STARTS_IN", LASTING_AFTER_CONFIDENCE, "discourse",
                                    (Constraint(start_of(t0), start_of(eid), _ZERO, None, evidence, SOFT_STRENGTH),
                                     Constraint(start_of(eid), end_of(t0), _ZERO, None, evidence, SOFT_STRENGTH))))
        if eid in until and eid in lasting_states and past.get(eid, False) and eid not in continued and until[eid] not in future_times:
            # (not a state that lasts until a time still ahead, "will remain closed until Friday": it holds now)
            # "A landslip blocked the road on Friday night. The road remained shut until Monday afternoon": the time
            # is the state's end; it most likely began in the time the sentence before told
            before = [x for x in in_sentence.get(sentence - 1, ()) if not x[2] and not x[4] and x[1] in past_times and x[1] != until[eid]]
            if before:
                t0 = max(before)[1]
                evidence = "a state that lasted until a time, told right after a dated event, most likely began in its time"
                out.append(SoftFact(eid, t0, "STARTS_IN", LASTING_AFTER_CONFIDENCE, "discourse",
                                    (Constraint(start_of(t0), start_of(eid), _ZERO, None, evidence, SOFT_STRENGTH),
                                     Constraint(start_of(eid), end_of(t0), _ZERO, None, evidence, SOFT_STRENGTH))))
        if reference is None or (eid in own_time and not (eid in count_framed and past.get(eid, False))):
            continue  # conventions are for undated events only (a count's period, "for the third time this year", dates no day)
        day0 = _midnight(reference[0])
        earliest = _shift(day0, -conventions.past_days_before_publication * _DAY)
        after_window = _shift(earliest, _MINUTE)
        last_minute = _shift(reference[1], -_MINUTE)
        if earliest is None or after_window is None or last_minute is None:
            continue  # at the calendar's edge no convention can be written down
        last_minute = max(last_minute, earliest)  # published in the first minute of its day
        # the event must reach into that window, not merely touch its start
        reaches_window = Bound(end_of(eid), after_window, None, "publication window", SOFT_STRENGTH)
        if past.get(eid, False):
            length = lengths.get(eid)
            if length is not None and length > _DAY:
                # "stealing ... over six years": a long past event most likely ended shortly before publication
                start_from = _shift(earliest, -length)
                if start_from is not None:
                    out.append(SoftFact(eid, REFERENCE, "BEFORE", conventions.past_confidence, "past-convention",
                                        (Bound(start_of(eid), start_from, None, "an undated past event most likely happened shortly before publication", SOFT_STRENGTH),
                                         reaches_window, Bound(end_of(eid), None, reference[1], "an undated past event most likely happened shortly before publication", SOFT_STRENGTH)),
                                        fallback=True, told="long-past"))
            if filed_early:  # tried first and on its own: "barred until 2028" keeps the start the convention gives
                out.append(SoftFact(eid, REFERENCE, "BEFORE", conventions.past_confidence, "filing-day",
                                    (Bound(end_of(eid), None, reference[1], "an undated past event is over when the story is filed", SOFT_STRENGTH),), fallback=True))
            out.append(SoftFact(eid, REFERENCE, "BEFORE", conventions.past_confidence, "past-convention",
                                (Bound(start_of(eid), earliest, None, "an undated past event most likely happened shortly before publication", SOFT_STRENGTH), reaches_window),
                                fallback=True, told="filed-past" if filed_early else ""))
        elif eid not in begun:
            latest = _shift(reference[1], conventions.future_max_days_after * _DAY)
            if latest is not None and lengths.get(eid) is not None:  # "would last a century": it begins within months, then lasts
                latest = _shift(latest, lengths[eid])
            if latest is not None:
                out.append(SoftFact(eid, REFERENCE, "AFTER", conventions.future_confidence, "future-convention",
                                    (Bound(end_of(eid), None, latest, "an undated later event most likely falls within months of publication", SOFT_STRENGTH),)))
            soon = _shift(reference[1], FUTURE_LENGTH_START)
            if eid in lengths and soon is not None:
                # "would miss at least three weeks", "will be closed for two weeks": a length told of what lies ahead, with no
                # time of its own, counts from now (not squeezed against the end of the months the convention allows)
                out.append(SoftFact(eid, REFERENCE, "AFTER", conventions.future_confidence, "future-convention",
                                    (Bound(start_of(eid), _midnight(reference[0]), soon, "a length told of an undated later event counts from now", SOFT_STRENGTH),)))
        if eid in ahead and not past.get(eid, False):
            continue  # an undated "will": TBAQ's dated ones fall a median 49 days after publication, seldom on its day
        out.append(SoftFact(eid, REFERENCE, "IS_INCLUDED", 0.05, "publication-day",
                            (Bound(start_of(eid), earliest, last_minute, "publication day", SOFT_STRENGTH), reaches_window,
                             Bound(end_of(eid), None, reference[1], "publication day", SOFT_STRENGTH)), fallback=True))
    return out


NEWS_DAY_REACH = 3
"""How many sentences after the lead an undated happening may take the lead's day (see :func:`news_day`)."""
NEWS_DAY_PERCEIVED_REACH = 5
"""How many sentences after the lead a witness's perception told in a report may take the lead's day, even past a
sentence that moved the story ("The company sent engineers on Wednesday morning. ... Others said they heard a loud
bang"): what witnesses perceived is the news itself."""
NEWS_DAY_MAX_DAYS = 4
"""The furthest before publication (in calendar days) a lead's day may lie for the sentences after it to take it."""
NEWS_DAY_CLOCK = dt.timedelta(hours=6)
"""A time the story names after its lead that ends at most this long after the lead's day ("shortly after
midnight") is a step of the same news, not a new day: the news day goes on past it."""
_PERCEIVED = frozenset({"PERCEPTION"})
"""The event classes of a witness's perception ("heard", "saw", "felt"): what a report right after the lead says was perceived is the news."""
NEWS_DAY_CONFIDENCE = 0.65
"""How sure the likely layer is that an undated happening told right after the lead happened on the lead's day."""


def news_day(events: Sequence[tuple[str, str, int]], lends: Mapping[str, str], spans: Mapping[str, tuple[dt.datetime, dt.datetime]],
             carried: frozenset[str], reference: Optional[tuple[dt.datetime, dt.datetime]], real: Mapping[str, bool],
             past: Mapping[str, bool], happenings: frozenset[str], time_tied: frozenset[str],
             continued: Mapping[str, str], ordered: frozenset[str] = frozenset(),
             speech: frozenset[str] = frozenset(), following: frozenset[str] = frozenset(),
             flashbacks: frozenset[str] = frozenset(), asides: frozenset[str] = frozenset(),
             on_scene: frozenset[str] = frozenset(), attributing: frozenset[str] = frozenset(),
             paragraph_of: Mapping[int, int] = MappingProxyType({}),
             stretch_starts: frozenset[str] = frozenset(), clocked: frozenset[int] = frozenset(),
             phrase_nouns: Mapping[str, str] = MappingProxyType({})) -> dict[str, tuple[str, Optional[dt.datetime], dt.datetime]]:
    """Event -> (the lead's time, from, to) for each undated happening told in the few sentences
    after a lead that dates the news to a day before publication ("A fire tore through a paint
    factory on Tuesday evening" in a paper of Wednesday; "Firefighters battled the blaze for six
    hours before they brought it under control shortly after midnight. Two workers were treated
    for smoke inhalation"): the news happened that day, not on the publication day.

    The lead is the first sentence that tells a real past event other than a report; it must date
    one (``lends``: event -> the time it sets for its sentence; ``carried``: the times of a day or a
    part of one) to one calendar day one to :data:`NEWS_DAY_MAX_DAYS` days before the publication day
    (``reference``), and name no time outside that day ("were rescued on Thursday after their trawler
    lost power late on Tuesday" tells of two days).  For :data:`NEWS_DAY_REACH` sentences after it, a happening told in the
    simple past (``happenings``; not a report, a state, a flashback or a verb in the present)
    that no time dates (``time_tied``: the events the text relates to a time; ``continued``: those
    a discourse time already places; a deadline after it, "before midnight", is no time of its own)
    most likely happened from the lead's time to the end of its day (a night named by its day ends
    at midnight), and after the latest time of that day a sentence before it told (the story's clock
    moves forward).  A happening the text orders before another event ("battled the blaze for six
    hours before they brought it under control") takes it too, and in a sentence that names a time
    of the lead's day only such a one (``ordered``), since the sentence's time places the others;
    one the text puts after another past event (``following``: "The governor toured the valley shortly
    after the water receded") may lie days on and does not.  A sentence that names a time outside
    the lead's day (beyond :data:`NEWS_DAY_CLOCK` after it) moves the story and ends the reach:
    "Residents returned on Wednesday morning" is the publication day's news; a time inside an aside a comma
    closes (``asides``: "Osei, who founded the company in 1998, said ...") tells a participant's past and does not.  Reports are left to
    the publication day, where TimeML annotators put them, and so is a report spoken at an occasion
    (``speech``: "Prosecutors told the court", which the trial dates, not the verdict), and what a
    report says after it in its sentence ("... told the court that he hid the transfers").  An undated
    flashback told after the lead (``flashbacks``, the past perfect: "told reporters at the scene that the
    fire had started in a storage room"), until a sentence names a time outside the lead's day, most
    likely ended by the end of that day (its start is left open): it comes back with ``None`` as its from.
    A happening done at the scene (``on_scene``: "The driver was arrested at the scene") up to
    :data:`NEWS_DAY_PERCEIVED_REACH` sentences after the lead takes the lead's day even past a sentence that moved the story.
    In the report-led sentence that ends the reach, if within it, a witness's perception (:data:`_PERCEIVED`:
    "Residents said they heard a loud crack shortly before the deck gave way") and the happenings after it take
    the lead's day: what was perceived is the news. Sentences that end the reach only by looking back to days before the
    lead's ("was found alive on Monday morning. He was last seen on Friday ... His daughter reported him missing on
    Saturday") are a flashback: a new paragraph (``paragraph_of``: sentence -> paragraph) after them, still within the
    reach, is back at the lead's day ("A helicopter crew spotted him near a bothy"). A lead's time that only starts a
    stretch running up to now (``stretch_starts``: "have forced 12,000 people from their homes since heavy rain began on
    Sunday") dates no news day. A sentence that names a time on the clock of the lead's occasion (``clocked``: "in the 58th
    minute", "in stoppage time") still tells it and does not count against the reach. An event noun in a phrase of the
    scene of a happening so placed (``phrase_nouns``: noun -> verb, "led by more than a minute at the finish") takes its
    verb's time."""
    day = publication_day(reference)
    if day is None:
        return {}
    lead: Optional[tuple[int, str]] = None
    opening = min((sentence for eid, cls, sentence in events if real.get(eid, False) and past.get(eid, False) and cls != "REPORTING"), default=None)
    headed = False  # a real past act of the lead before it: "came from two goals down to beat Millbrook on Saturday" (the
    # infinitive, made real by its head, is as past as the head)
    for eid, cls, sentence in events:
        if (sentence == opening and eid in lends and real.get(eid, False) and cls != "REPORTING" and (past.get(eid, False) or headed)
                and eid not in stretch_starts):
            lead = (sentence, lends[eid])
            break
        headed = headed or (sentence == opening and real.get(eid, False) and past.get(eid, False) and cls != "REPORTING")
    if lead is None or lead[1] not in carried or lead[1] not in spans:
        return {}
    lo, hi = spans[lead[1]]
    first = _midnight(lo)
    last = _shift(first, _DAY)
    earliest_day = _shift(day[0], -NEWS_DAY_MAX_DAYS * _DAY)
    if last is None or earliest_day is None or not (earliest_day <= first and last <= day[0]) or lo >= last:
        return {}
    start, end = max(lo, first), last  # from the lead's time to the end of its day: what is told after the lead follows it
    reach = _shift(last, NEWS_DAY_CLOCK)
    # the lead itself counts: "rescued on Thursday after their trawler lost power late on Tuesday" names no one news day
    # a time of an aside a comma closes ("Osei, who founded the company in 1998, said ...") tells a participant's past, not a new day of the story
    # nor does the time of a report that attributes what its sentence told before it ("The talks collapsed over the price of
    # steel, a council official said on Tuesday": the saying's day, not the collapse's)
    # nor does a time that holds the whole lead's day ("the town's school closed for the rest of the week"): the story may
    # still be on that day, and the sentence's undated happenings ("Firefighters rescued a couple as the water rose") are
    containing = frozenset(t for t, (t_lo, t_hi) in spans.items() if t_lo <= first and last <= t_hi and t_hi - t_lo > _DAY)
    moved = {sentence for eid, _cls, sentence in events if eid in lends and lends[eid] in spans and sentence >= lead[0] and eid not in asides
             and eid not in attributing and lends[eid] not in containing
             and not (first <= spans[lends[eid]][0] and reach is not None and spans[lends[eid]][1] <= reach)}
    # "was flown to a hospital and remained in a serious condition on Tuesday": a state's time moves the story from the
    # state on; the happenings told before it in its sentence, dated by nothing else, are still the lead's day's
    held: dict[int, int] = {}  # moved sentence -> the position of the state whose time moved it (-1: moved by anything else)
    for k, (eid, cls, sentence) in enumerate(events):
        if sentence in moved and sentence not in held and eid in lends and eid not in asides:
            held[sentence] = k if cls == "STATE" else -1
    # a sentence led by a report ("The company said the cause was unknown.") breaks the narration, as it breaks a carried day
    leaders: dict[int, str] = {}
    for eid, cls, sentence in events:
        if real.get(eid, False) and past.get(eid, False) and sentence not in leaders:
            leaders[sentence] = "REPORTING" if eid in speech else cls
    told = {sentence for sentence, cls in leaders.items() if cls == "REPORTING" and sentence > lead[0]}
    free = sorted(k for k in clocked if k > lead[0])

    def reach_end(sentence: int) -> int:
        """The last sentence the reach gets to when ``sentence`` is told: the sentences of the occasion's clock up to it
        count for nothing."""
        return lead[0] + NEWS_DAY_REACH + bisect.bisect_right(free, sentence)
    stop = min(moved | told, default=lead[0] + NEWS_DAY_REACH + len(free) + 1)
    # a sentence that ends the reach only by looking back (every time it names ends by the lead's day: "He was last seen
    # on Friday") is a flashback; a new paragraph after such sentences alone is back at the news of the lead's day
    # (by the lead's time: "had issued a flood warning on Monday night" before a Tuesday-afternoon lead looks back too)
    looking_back = {sentence for sentence in moved | told
                    if sentence in moved and all(spans[lends[eid]][1] <= lo for eid, _cls, k in events
                                                 if k == sentence and eid in lends and lends[eid] in spans and eid not in asides and eid not in attributing)}
    # such a sentence whose first dated verb is in the past perfect ("The agency had issued a flood warning on Monday night,
    # when the gauge passed its alert level") is a flashback the tense closes: the simple past after it, even in its
    # paragraph ("Residents who were evacuated spent the night in the leisure centre"), is back at the news
    perfect_back = {sentence for sentence in looking_back
                    if next((eid for eid, _cls, k in events if k == sentence and eid in lends and eid not in asides), None) in flashbacks}

    def back_at_lead(sentence: int) -> bool:
        """Whether ``sentence`` lies in a paragraph after the flashback sentences that alone ended the reach, within the
        reach (which counts the news's sentences, not the flashback's); or that names a time on the clock of the lead's
        occasion (``clocked``: "His first goal came in the 12th minute"), which only the news's occasion has."""
        before = [k for k in moved | told if k < sentence]
        return (bool(before) and all(k in looking_back for k in before) and sentence <= lead[0] + NEWS_DAY_REACH + len(before)
                and (paragraph_of.get(sentence, 0) > max(paragraph_of.get(k, 0) for k in before) or all(k in perfect_back for k in before)
                     or sentence in clocked))  # ("He had surgery in March. His first goal came in the 12th minute": the match's clock)
    # the story's clock inside the lead's day: "The system failed at about 5:30 a.m. ... was restored just after 11 a.m.
    # Some travellers slept in the terminal" (the sleeping came after 11 a.m.)
    clock: dict[int, dt.datetime] = {}
    for eid, _cls, sentence in events:
        span = spans.get(lends.get(eid, ""))
        if span is not None and first <= span[0] < end and span[1] <= end and sentence >= lead[0]:
            clock[sentence] = max(clock.get(sentence, span[0]), span[0])
    # (an aside's time dates its participant's past, not its sentence: "More than 9,000 fans watched the game, the biggest
    # crowd since the ground was rebuilt in 2011" leaves the watching to the lead's day)
    dated = frozenset(sentence for eid, _cls, sentence in events if eid in lends and eid not in attributing and eid not in asides and lends[eid] not in containing)
    reported: set[int] = set()  # sentences in which a report has been passed: what follows is what it says
    perceiving: set[int] = set()  # report-led sentences in which a witness's perception has been passed
    out: dict[str, tuple[str, Optional[dt.datetime], dt.datetime]] = {}
    for k, (eid, cls, sentence) in enumerate(events):
        if phrase_nouns.get(eid) in out and eid not in lends and eid not in time_tied and real.get(eid, False):
            out[eid] = out[phrase_nouns[eid]]  # "led by more than a minute at the finish": the leading's time
            continue
        if cls == "REPORTING" or eid in speech:
            reported.add(sentence)
            continue
        if (eid in on_scene and lead[0] < sentence <= lead[0] + NEWS_DAY_PERCEIVED_REACH and eid in happenings and real.get(eid, False)
                and past.get(eid, False) and eid not in lends and eid not in time_tied and sentence not in dated):
            out[eid] = (lead[1], start, end)  # "was arrested at the scene": where, and so when, the news happened
            continue
        # "Residents said they heard a loud bang": a witness's perception, told in the report right after the lead, is of
        # the news itself (the report is the publication day's; what was perceived happened on the lead's day)
        # (and so did what the perception is told to have perceived after it: "... shortly before the deck gave way")
        if (stop <= sentence <= lead[0] + NEWS_DAY_PERCEIVED_REACH and sentence in told and sentence in reported
                and (cls in _PERCEIVED or sentence in perceiving) and eid in happenings and real.get(eid, False) and past.get(eid, False)
                and eid not in lends and eid not in time_tied and sentence not in dated):
            # (even where the discourse would carry the day of the sentence before: "Inspectors examined the boiler on
            # Monday morning. Neighbours said they heard a loud bang": the pipeline drops that carried day for it)
            out[eid] = (lead[1], max([start, *(t for k, t in clock.items() if k < sentence)]), end)
            perceiving.add(sentence)
            continue
        # what the story says had happened before ("told reporters that the fire had started in a storage room"), until it
        # names another day, was over by the end of the lead's day: the past perfect looks back from the news
        if (lead[0] < sentence < min(moved, default=sentence + 1) and eid in flashbacks and real.get(eid, False)
                and past.get(eid, False) and eid not in lends and eid not in time_tied and eid not in continued):
            out[eid] = (lead[1], None, end)
            continue
        returned = sentence not in dated and back_at_lead(sentence)
        # (back at the lead's day, a flashback's day the discourse would carry over the paragraph break is dropped: "His wife
        # raised the alarm on Sunday.\n\nA lifeboat crew pulled him from the water" is the rescue's Tuesday)
        carried_back = eid in continued and continued[eid] in spans and spans[continued[eid]][1] <= first
        if (((lead[0] < sentence <= reach_end(sentence) and (sentence < stop or (sentence == stop and k < held.get(sentence, -1))))
             or returned)
                and eid in happenings and sentence not in reported and real.get(eid, False)
                and past.get(eid, False) and eid not in lends and eid not in time_tied and (eid not in continued or (returned and carried_back))
                and eid not in following and (sentence not in dated or eid in ordered or sentence == stop)):
            # back after a flashback, the story goes on from the lead's news: after the part of the day it named ("found on
            # Thursday morning. ...\n\nShe was flown to hospital": after the morning)
            resumed = min(hi, end) if returned and hi < end else start
            out[eid] = (lead[1], max([resumed, *(t for k, t in clock.items() if k < sentence)]), end)
    return out


def news_day_facts(placed: Mapping[str, tuple[str, Optional[dt.datetime], dt.datetime]]) -> list[SoftFact]:
    """One soft fact per event :func:`news_day` puts on the lead's day: inside that time and day (a
    flashback, with no start: over by the day's end)."""
    evidence = "an undated happening told right after the lead: the lead's day"
    out = []
    for eid, (t, start, end) in placed.items():
        if start is None:
            facts: tuple[Fact, ...] = (Bound(end_of(eid), None, end, "told as over before the news of the lead's day", SOFT_STRENGTH),)
            out.append(SoftFact(eid, t, "BEFORE", NEWS_DAY_CONFIDENCE, "discourse", facts, evidence, told="news-day"))
        else:
            facts = (Bound(start_of(eid), start, None, evidence, SOFT_STRENGTH), Bound(end_of(eid), None, end, evidence, SOFT_STRENGTH))
            out.append(SoftFact(eid, t, "IS_INCLUDED", NEWS_DAY_CONFIDENCE, "discourse", facts, evidence, told="news-day"))
    return out
