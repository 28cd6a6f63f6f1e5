"""Soft facts from the learned relations: event-publication time, start order and the text's own order, likely gaps,
"soon after"."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Iterable, Mapping, Optional, Sequence

import attrs

from ..anchoring import REFERENCE, Link
from ..order import Bound, Constraint, Fact, end_of, start_of
from ..order.links import LinkRelation, Strength
from ..order import by as _by
from ..order import during as _during
from ..order import overlaps as _overlaps
from .base import SOFT_STRENGTH, SoftFact, _DAY, _MINUTE, _ZERO, _in_day, _midnight, _shift

if TYPE_CHECKING:
    from ..relations import PredictedRelation


DCT_MIN = 0.7
"""A learned relation to the publication time is used only when the model is at least this sure."""

PLACING_LABEL_MIN = 0.65
"""A learned BEFORE/AFTER between two events of one sentence orders their starts in the likely
layer when at least this sure; across sentences the five-label model (cross-validated accuracy
0.57) is not used for placement, only the start-order model.  On TBAQ (bench_placement) this
raised day placement from 65.6% to 68.5% (AQUAINT) and 76.5% to 77.8% (TimeBank), and the
start order build states from MATRES F1 0.581 to 0.618 and 0.593 to 0.612."""

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
                   undated: Optional[tuple[dt.datetime, dt.datetime]] = None,
                   latest_starts: Optional[Mapping[str, dt.datetime]] = None) -> bool:
    """True when a guess that ``first`` starts no later than ``then`` (``equal``: at the same time)
    goes against the text's dates by at least :data:`APART_DATES`: ``first`` lies that far after
    ``then`` (``equal``: or before), each side read as the event's certain bounds (``days``: event
    -> certain (earliest start, latest end)) when both are known, else as the times its sentence
    names (``sentence_dates``: sentence index -> (earliest, latest)); at least one side certain,
    and the two in different sentences.  A side with no certain start whose sentence names no time goes on with the
    time one of the :data:`_TOLD_BACK` sentences before names, else with ``undated`` (the publication day).  A side read
    by its certain bounds ends at its latest start when known (``latest_starts``): the guess orders starts, and "left
    school at 15" after a birth in 1938 started by 1955 however long the leaving is let last."""
    if sentence_of is None or not sentence_dates or days is None:
        return False

    def span(eid: str) -> tuple[Optional[dt.datetime], Optional[dt.datetime], bool]:
        """(earliest, latest, whether they are the event's own certain bounds)."""
        lo, hi = days.get(eid, (None, None))
        if lo is not None and hi is not None:
            latest_start = (latest_starts or {}).get(eid)
            return lo, (hi if latest_start is None else min(hi, latest_start)), True
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


def _ahead_only(eid: str, sentence_of: Optional[Mapping[str, int]], sentence_dates: Optional[Mapping[int, tuple[dt.datetime, dt.datetime]]],
                day: Optional[tuple[dt.datetime, dt.datetime]]) -> bool:
    """Whether every time ``eid``'s sentence names lies after the publication day (``sentence_dates``: their hull)."""
    if day is None or sentence_of is None or not sentence_dates or eid not in sentence_of:
        return False
    lo = sentence_dates.get(sentence_of[eid], (None, None))[0]
    return lo is not None and lo >= day[1]


def learned_facts(predictions: Iterable["PredictedRelation"], real: Mapping[str, bool], placed_times: frozenset[str],
                  verbs: frozenset[str] = frozenset(), day: Optional[tuple[dt.datetime, dt.datetime]] = None,
                  sentence_of: Optional[Mapping[str, int]] = None, dated: frozenset[str] = frozenset(), filed_early: bool = False,
                  sentence_dates: Optional[Mapping[int, tuple[dt.datetime, dt.datetime]]] = None,
                  days: Optional[Mapping[str, tuple[Optional[dt.datetime], Optional[dt.datetime]]]] = None,
                  told_back: frozenset[str] = frozenset(), told_then: frozenset[str] = frozenset(),
                  told_now: frozenset[str] = frozenset(), told_perfect: frozenset[str] = frozenset(),
                  latest_starts: Optional[Mapping[str, dt.datetime]] = None) -> list[SoftFact]:
    """Soft facts from the relation models: interval relations to times, start order between events.

    Only real events take part; a time expression takes part only when it has bounds; start
    order only between two verbs (``verbs``) the model is sure of (:data:`START_ORDER_MIN`).
    A BEFORE/AFTER label between two events orders their starts only within one sentence
    (``sentence_of``: event -> sentence index) and when at least :data:`PLACING_LABEL_MIN` sure.
    An event the text bounds on both sides (``dated``) takes no guess about the publication
    time: the text outranks it ("reached the miners on Monday night" stays on Monday night).
    A start order across two sentences that the text's dates contradict by a year or more is
    dropped (:func:`_against_dates`; ``sentence_dates``: sentence index -> (earliest, latest) of
    the times it names; ``days``: event -> its certain (earliest start, latest end); ``latest_starts``: event -> its
    certain latest start). Nor does a guess
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
            if _against_dates(a, b, sentence_of, sentence_dates, days, p.start_order == "EQUAL", day, latest_starts):
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
        if p.relation == "BEFORE" and p.source not in verbs and _ahead_only(p.source, sentence_of, sentence_dates, day):
            continue  # "will stand in the elections next May": a noun of a sentence naming only times ahead is no past act
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


def text_tie_predictions(predictions: Sequence["PredictedRelation"], links: Sequence[Link],
                         first: Optional[set[tuple[str, str]]] = None) -> list["PredictedRelation"]:
    """``predictions`` with no start order where it puts an event's start before another's that a link of the text
    starts no later than it ("Tickets sold out within six hours of sales opening": the text starts the sale first).  The
    text's order is non-strict, so a guess the other way agrees with it when both start at the same minute: the network
    would keep it, at a tie, and the timeline would state it and list the pair its way.  It says nothing the text leaves
    open; without it the learned start order is neither a soft fact, nor stated, nor a tie-break of the listing.
    ``first``: :func:`text_starts_first` of ``links``, when the caller has it (read, never changed)."""
    first = text_starts_first(links) if first is None else first
    if not first:
        return list(predictions)
    out = []
    for p in predictions:
        if p.kind == "event-event" and _reverses_text(p.source, p.start_order, p.target, first):
            p = attrs.evolve(p, start_order=None, start_confidence=0.0)
        out.append(p)
    return out


def text_tie_kept(facts: Sequence[SoftFact], links: Sequence[Link], first: Optional[set[tuple[str, str]]] = None) -> list[SoftFact]:
    """``facts`` without the learned BEFORE/AFTER labels kept as a start order (kind ``event-label``) that put an event's
    start before another's which a link of the text starts no later than it, as :func:`text_tie_predictions` drops such
    start orders: the text's order is non-strict, so the network would keep the guess, at a tie, and the timeline would
    state and list the pair the guess's way (``first``: as for :func:`text_tie_predictions`)."""
    first = text_starts_first(links) if first is None else first
    if not first:
        return list(facts)
    return [f for f in facts if not (f.kind == "event-label" and _reverses_text(f.source, f.relation, f.target, first))]


def sequence_kept(facts: Sequence[SoftFact]) -> list[SoftFact]:
    """``facts`` without the learned BEFORE/AFTER labels kept as a start order (kind ``event-label``) that put the second
    of two events told in sequence before the first ("noticed smoke shortly after 2 a.m. and called the fire brigade":
    the calling after the noticing; a soft fact told ``"sequence"``, by :func:`~.discourse.sequence_facts` or the
    narration's steps), nor the learned start orders that do.  Both orders are non-strict: the network would keep the two, at a tie, and the timeline would state
    the pair the label's way."""
    told = {(f.source, f.target) for f in facts if f.told == "sequence" and f.relation == "START_BEFORE"}
    if not told:
        return list(facts)
    return [f for f in facts if not ((f.kind == "event-label" and f.relation in ("BEFORE", "AFTER")
                                      and ((f.target, f.source) if f.relation == "BEFORE" else (f.source, f.target)) in told)
                                     or (f.kind == "event-event" and f.told != "sequence" and f.relation == "START_BEFORE"
                                         and (f.target, f.source) in told))]


LIKELY_GAP_CONFIDENCE = 0.8
"""How sure the likely layer is that an event a signal like "since" orders began soon after the other."""


def likely_gap_facts(links: Sequence[Link], real: Mapping[str, bool], times: frozenset[str] = frozenset()) -> list[SoftFact]:
    """ "Trapped since a tunnel collapsed on Friday": the text says only *after*, but the state
    most likely began with the collapse; each link with a ``likely_max`` gap, as a soft fact (to a time of ``times`` too:
    "When they had not returned by 6 p.m., the friend alerted police", soon after 6 p.m.)."""
    out = []
    for link in links:
        if link.likely_max is not None and real.get(link.source, False) and (real.get(link.target, False) or link.target in times):
            first, then = (link.source, link.target) if link.relation == "before" else (link.target, link.source)
            fact = Constraint(end_of(first), start_of(then), _ZERO, link.likely_max, f"most likely began soon after: {link.evidence}", SOFT_STRENGTH)
            span = () if link.likely_span is None or link.relation != "before" else (
                Constraint(start_of(first), start_of(then), _ZERO, link.likely_span, f"most likely all of it shortly before: {link.evidence}", SOFT_STRENGTH),)
            if link.target in times and link.relation != "before":  # an act soon after a time told for it is soon over too
                span = (Constraint(end_of(first), end_of(then), _ZERO, link.likely_max, f"most likely over soon after: {link.evidence}", SOFT_STRENGTH),)
            out.append(SoftFact(then, first, "AFTER", LIKELY_GAP_CONFIDENCE, "signal-gap", (fact, *span), "began soon after"))
    return out


SOON_AFTER_CONFIDENCE = 0.8
"""How sure the likely layer is that an undated event told after a dated one ("flooded after the river burst its banks on
Tuesday") happened on that one's day."""


def soon_after_facts(links: Sequence[Link], real: Mapping[str, bool], timed: Mapping[str, str], spans: Mapping[str, tuple[dt.datetime, dt.datetime]],
                     signals: frozenset[str], before: Optional[dt.datetime], sentence_latest: Mapping[str, dt.datetime],
                     told_done: frozenset[str]) -> list[SoftFact]:
    """ "More than sixty homes flooded after the river burst its banks on Tuesday afternoon": an undated event that a
    signal of ``signals``, with no gap told, puts after an event a time of at most a day dates (s59: or a month, "collapsed
    after a fire at its warehouse in March": in March), over before ``before``
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
        if (span is None or span[1] - span[0] > SOON_AFTER_MONTH or span[1] > before or sentence_latest.get(link.source, span[1]) > span[1]
                or not signals.intersection(re.findall(r"[a-z]+", link.evidence.lower()))):
            continue
        # that day (or the time's end, a night's): over by then, else (it lasts longer) begun by then
        day_end = max(_shift(_midnight(span[0]), _DAY) or span[1], span[1])
        evidence = f"most likely soon after, {'that day' if span[1] - span[0] <= _DAY else 'in that time'}: {link.evidence}"  # ((s59) a month too)
        out.append(SoftFact(link.source, link.target, "AFTER", SOON_AFTER_CONFIDENCE, "signal-gap", (Bound(end_of(link.source), None, day_end, evidence, SOFT_STRENGTH),),
                            "began soon after"))
        out.append(SoftFact(link.source, link.target, "AFTER", SOON_AFTER_CONFIDENCE - 0.05, "signal-gap",
                            (Bound(start_of(link.source), None, day_end - _MINUTE, evidence, SOFT_STRENGTH),), "began soon after"))
    return out
SOON_AFTER_MONTH = dt.timedelta(days=31)
"""(s59) The longest time of the event before (a month) after which an undated event a signal puts after it most likely
began within that time (see :func:`soon_after_facts`)."""
BACKGROUND_GAP = dt.timedelta(days=366)
"""A flashback time that ends this long or more before the story's time is background, no scene of the story ("The library
opened in 1962"; not the quarter a report of Friday covers, whose charges were taken in it): see :func:`continued_discourse`."""
