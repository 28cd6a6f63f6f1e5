"""Likely placement: the second layer of bounds, from learned relations and news conventions.

The certain layer is what the text entails.  The likely layer adds soft knowledge as
constraints of strength 0, below every textual one, in a fixed order: highest confidence
first, each kept only if it agrees with everything already in (``Network.try_add``); a
guess never displaces textual evidence or a more confident guess.  Soft knowledge is:

- learned relations (``timeline.relations``): event to publication time, to a time
  expression of its sentence, and start-point order of nearby events;
- news conventions, measured on TBAQ (``train/measure_news_conventions.py``): reported
  speech happens at publication time; an event with no time of its own continues the time
  of the discourse before it; an undated past event most likely happened on the publication
  day; an undated future one within a few months after it.

Negated, hypothetical and generic events take no part: they get no likely interval.
"""

from __future__ import annotations

import datetime as dt
import functools
import heapq
import json
from importlib import resources
from typing import TYPE_CHECKING, Iterable, Mapping, Optional, Protocol, Sequence

import attrs

from .anchoring import REFERENCE, Link
from .order import Bound, Constraint, Fact, Network, end_of, start_of
from .order import after as _after
from .order import before as _before
from .order import by as _by
from .order import during as _during
from .order import overlaps as _overlaps
from .order import includes as _includes
from .order import IntervalBounds

if TYPE_CHECKING:
    from .model import Relation, Timex
    from .events.detect import EventMention
    from .order import OrderResult
    from .relations import PredictedRelation
    from .text import Doc


class _MentionLike(Protocol):
    eid: str
    start: int

__all__ = [
    "SoftFact", "Conventions", "load_conventions", "learned_facts", "convention_facts", "settle", "close_open", "likely_interval",
    "local_pairs", "local_relations", "own_basis", "caller_relations", "timeline_order", "open_runs", "SOFT_STRENGTH",
]

SOFT_STRENGTH = 0
"""Strength of every soft fact: below the weakest textual evidence (tense, strength 1)."""

_ZERO = dt.timedelta(0)
_DAY = dt.timedelta(days=1)
_MINUTE = dt.timedelta(minutes=1)
_KIND_RANK = {"extent": -2, "given": -1, "event-timex": 0, "signal-gap": 0, "event-dct": 1, "reported-speech": 2, "discourse": 3, "event-event": 4, "event-label": 5,
              "filing-day": 6, "past-convention": 7, "future-convention": 8, "publication-day": 9}
_TIER = {"extent": 0, "given": 1, "event-timex": 2, "event-dct": 2, "signal-gap": 2, "reported-speech": 3, "discourse": 3, "event-event": 4, "event-label": 5}
"""Soft knowledge goes in by tier, then by confidence: first that events take time, then the
caller's relations, then what ties events to times, then conventions of the discourse, then
start order between events, which refines placements rather than overriding them."""

DCT_MIN = 0.7
"""A learned relation to the publication time is used only when the model is at least this sure."""

WIDE_REACH = 1
"""An undated event continues a time longer than a week only when it is the next event mention
to the one that time dates (counted in event mentions)."""

START_ORDER_MIN = 0.75
"""Start order between two events is used only when the model is at least this sure and both
are verbs (MATRES, which it learned from, orders verbs on the main axis only)."""


@attrs.frozen
class SoftFact:
    """One piece of soft knowledge about ``source`` relative to ``target``, with its constraints."""

    source: str
    target: str
    relation: str  # BEFORE, AFTER, INCLUDES, IS_INCLUDED, SIMULTANEOUS, or START_BEFORE / START_EQUAL
    confidence: float
    kind: str
    facts: tuple[Fact, ...]
    evidence: str = ""
    fallback: bool = False
    """Tried only when nothing placed the event before it (a convention for undated events)."""

    def sort_key(self) -> tuple[bool, int, float, int, str, str]:
        """Fallbacks last; then by tier (see :data:`_TIER`), most confident first; ties broken by
        kind and names (deterministic)."""
        return (self.fallback, _TIER.get(self.kind, 5), -self.confidence, _KIND_RANK.get(self.kind, 9), self.source, self.target)


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


def learned_facts(predictions: Iterable["PredictedRelation"], real: Mapping[str, bool], placed_times: frozenset[str],
                  verbs: frozenset[str] = frozenset(), day: Optional[tuple[dt.datetime, dt.datetime]] = None,
                  sentence_of: Optional[Mapping[str, int]] = None, dated: frozenset[str] = frozenset()) -> list[SoftFact]:
    """Soft facts from the relation models: interval relations to times, start order between events.

    Only real events take part; a time expression takes part only when it has bounds; start
    order only between two verbs (``verbs``) the model is sure of (:data:`START_ORDER_MIN`).
    A BEFORE/AFTER label between two events orders their starts only within one sentence
    (``sentence_of``: event -> sentence index) and when at least :data:`PLACING_LABEL_MIN` sure.
    An event the text bounds on both sides (``dated``) takes no guess about the publication
    time: the text outranks it ("reached the miners on Monday night" stays on Monday night).
    """
    out = []
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
                evidence = f"learned: {p.source} {p.relation} {p.target}"
                facts = (Constraint(start_of(first), start_of(second), _ZERO, None, evidence, SOFT_STRENGTH),)
                out.append(SoftFact(p.source, p.target, p.relation, p.confidence, "event-label", facts, f"learned {p.relation}"))
            if p.start_order not in ("BEFORE", "AFTER", "EQUAL") or p.start_confidence < START_ORDER_MIN or p.source not in verbs or p.target not in verbs:
                continue
            a, b = (p.source, p.target) if p.start_order != "AFTER" else (p.target, p.source)
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
            out.append(SoftFact(p.source, p.target, p.relation, p.confidence, p.kind, facts, f"learned {p.relation}"))
    return out


LIKELY_GAP_CONFIDENCE = 0.8
"""How sure the likely layer is that an event a signal like "since" orders began soon after the other."""


def likely_gap_facts(links: Sequence[Link], real: Mapping[str, bool]) -> list[SoftFact]:
    """ "Trapped since a tunnel collapsed on Friday": the text says only *after*, but the state
    most likely began with the collapse; each link with a ``likely_max`` gap, as a soft fact."""
    out = []
    for link in links:
        if link.likely_max is not None and real.get(link.source, False) and real.get(link.target, False):
            fact = Constraint(end_of(link.target), start_of(link.source), _ZERO, link.likely_max, f"most likely began soon after: {link.evidence}", SOFT_STRENGTH)
            out.append(SoftFact(link.source, link.target, "AFTER", LIKELY_GAP_CONFIDENCE, "signal-gap", (fact,), "began soon after"))
    return out


SEQUENCE_CONFIDENCE = 0.7
"""How sure the likely layer is that two past verbs joined by "and" happened in the order told."""


def sequence_facts(text: str, mentions: Sequence["EventMention"], real: Mapping[str, bool], links: Sequence[Link] = (),
                   language: str = "en") -> list[SoftFact]:
    """ "Firefighters arrived at the scene and put out the blaze": two past-tense verbs of one
    clause joined by "and" most likely started in the order told (``sequence`` in the
    language's anchoring cues); the second may start with the first, never before it.  When the
    first closes a clause a signal hangs on the verb before it ("arrived eight minutes after the
    alarm sounded and put out the blaze"), that verb is the one "and" joins (``links``: the
    anchoring links, whose event-to-event signal links say so)."""
    from .anchoring import anchor_words
    from .order.links import Strength

    cues = anchor_words(language)
    verbs = [m for m in mentions if m.pos == "VERB"]
    by_id = {m.eid: m for m in verbs}
    head_of = {link.target: by_id[link.source] for link in links
               if link.strength == Strength.SIGNAL and link.relation in ("after", "before") and link.source in by_id and link.target in by_id
               and by_id[link.source].start < by_id[link.target].start}
    out = []
    for last, b in zip(verbs, verbs[1:]):
        a = head_of.get(last.eid, last)
        if (a.sentence_start != b.sentence_start or not real.get(a.eid, False) or not real.get(b.eid, False)
                or a.tense != "PAST" or b.tense != "PAST" or a.aspect != "NONE" or b.aspect != "NONE" or a.cls == "REPORTING"):
            continue
        if cues.sequence.fullmatch(text, last.end, b.start):
            fact = Constraint(start_of(a.eid), start_of(b.eid), _ZERO, None, f"told in sequence: {text[a.start : b.end]}", SOFT_STRENGTH)
            out.append(SoftFact(a.eid, b.eid, "START_BEFORE", SEQUENCE_CONFIDENCE, "event-event", (fact,), "told in sequence"))
    return out


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
    over by its end.
    """
    out: list[SoftFact] = []
    day = publication_day(reference)
    for eid, _cls, _sentence in events:
        if real.get(eid, False):  # an event takes some time: no guess may squeeze it to an instant
            out.append(SoftFact(eid, eid, "EXTENT", 1.0, "extent", (Constraint(start_of(eid), end_of(eid), _MINUTE, None, "an event takes some time", SOFT_STRENGTH),)))
    own_time = set(timed)
    in_sentence: dict[int, list[tuple[int, str, bool]]] = {}  # sentence -> (position, time, is a report) of its timed events
    lends = timed if inside is None else inside
    for k, (eid, cls, sentence) in enumerate(events):
        if eid in lends and real.get(eid, False):  # a supposed event's time is no discourse time ("expects sales to recover next year")
            in_sentence.setdefault(sentence, []).append((k, lends[eid], eid in attributions if attributions is not None else cls == "REPORTING"))
    for k, (eid, cls, sentence) in enumerate(events):
        if not real.get(eid, False):
            continue
        if reference is not None and cls == "REPORTING" and eid not in own_time:
            out.append(SoftFact(eid, REFERENCE, "IS_INCLUDED", 0.75, "reported-speech", _in_day(eid, day, "reported speech sits at publication time") if day is not None
                                else _during(eid, REFERENCE, evidence="reported speech sits at publication time", strength=SOFT_STRENGTH)))
            continue
        if eid not in own_time and eid not in tied:
            # the discourse's time: the nearest timed event of its own sentence, but not a report
            # after it ("... forced 40 families out, officials said on Thursday"): what a report
            # attributes happened before it (the previous sentence's time was tried too: on TBAQ
            # it placed fewer events in their gold day)
            here = [x for x in in_sentence.get(sentence, ()) if not (x[2] and x[0] > k)]
            nearest = min(here, key=lambda x: (abs(x[0] - k), x[0])) if here else None
            t, confidence = (nearest[1], 0.65) if nearest is not None else ("", 0.0)
            if nearest is not None and narrow is not None and t not in narrow and abs(nearest[0] - k) > WIDE_REACH:
                # a year or a month named in the sentence is background ("X, charged in 1996, ..."): on
                # TBAQ the sentence's other events mostly fall on the publication day, not in that year;
                # the event next to it shares it ("held last year before being charged")
                t = ""
            if t and eid in present and t in past_times:
                t = ""
            if t:
                out.append(SoftFact(eid, t, "IS_INCLUDED", confidence, "discourse", _during(eid, t, evidence="continues the time of the discourse around it", strength=SOFT_STRENGTH)))
        if reference is None or eid in own_time:
            continue  # conventions are for undated events only
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
            if filed_early:  # tried first and on its own: "barred until 2028" keeps the start the convention gives
                out.append(SoftFact(eid, REFERENCE, "BEFORE", conventions.past_confidence, "filing-day",
                                    (Bound(end_of(eid), None, reference[1], "an undated past event is over when the story is filed", SOFT_STRENGTH),), fallback=True))
            out.append(SoftFact(eid, REFERENCE, "BEFORE", conventions.past_confidence, "past-convention",
                                (Bound(start_of(eid), earliest, None, "an undated past event most likely happened shortly before publication", SOFT_STRENGTH), reaches_window),
                                fallback=True))
        else:
            latest = _shift(reference[1], conventions.future_max_days_after * _DAY)
            if latest is not None:
                out.append(SoftFact(eid, REFERENCE, "AFTER", conventions.future_confidence, "future-convention",
                                    (Bound(end_of(eid), None, latest, "an undated later event most likely falls within months of publication", SOFT_STRENGTH),)))
        out.append(SoftFact(eid, REFERENCE, "IS_INCLUDED", 0.05, "publication-day",
                            (Bound(start_of(eid), earliest, last_minute, "publication day", SOFT_STRENGTH), reaches_window,
                             Bound(end_of(eid), None, reference[1], "publication day", SOFT_STRENGTH)), fallback=True))
    return out


_PLACING = frozenset({"event-timex", "discourse", "reported-speech", "past-convention"})


def settle(network: Network, soft: Iterable[SoftFact]) -> list[SoftFact]:
    """Add ``soft`` to ``network`` most confident first, keeping each only if it agrees with
    everything already in; a fallback is skipped once its event is placed.  Returns the kept ones."""
    kept = []
    placed: set[str] = set()
    for fact in sorted(soft, key=SoftFact.sort_key):
        if fact.fallback and fact.source in placed:
            continue
        if network.try_add(fact.facts):
            kept.append(fact)
            if fact.kind in _PLACING:
                placed.add(fact.source)
    return kept


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


def _day_after_or_of(t: dt.datetime) -> dt.datetime:
    """The end of ``t``'s calendar day (the next midnight after ``t``)."""
    return _shift(_midnight(t), _DAY) or t


def close_open(network: Network, eids: Iterable[str], reference: Optional[dt.datetime], open_ended: frozenset[str] = frozenset()) -> None:
    """Close the likely bounds left open at the calendar day of what is known (or of ``reference``):
    an event known to end after Monday 10:00 likely ends by Monday's end.

    In a minimal network any value of one point's tight range extends to a whole solution,
    so a bound inside that range always agrees: nothing is refused, and the order of the
    timeline can follow the network's bounds.  Events in ``open_ended`` are tied to a time the
    text leaves open ("13.8 billion years ago"): nothing is invented for them."""
    for eid in eids:
        if eid in open_ended:
            continue
        b = network.bounds(eid)
        if b.earliest_start is None:
            anchor = next((x for x in (b.earliest_end, b.latest_start, b.latest_end, reference) if x is not None), None)
            if anchor is not None:
                lo = (_period_ending_at(anchor) if anchor == b.latest_start else None) or _day_before_or_of(anchor)
                network.try_add(Bound(start_of(eid), lo, None, "no earlier evidence: the day of what is known", SOFT_STRENGTH))
                b = network.bounds(eid)
        if b.latest_end is None:
            anchor = next((x for x in (b.earliest_end, b.latest_start, b.earliest_start, reference) if x is not None), None)
            if anchor is not None:
                hi = _day_after_or_of(anchor)
                network.try_add(Bound(end_of(eid), None, hi, "no later evidence: the day of what is known", SOFT_STRENGTH))


def likely_interval(likely: IntervalBounds) -> tuple[Optional[dt.datetime], Optional[dt.datetime]]:
    """(likely start, likely end): the earliest the event can start and the latest it can end once
    the soft knowledge is in (both inside the certain bounds, as the network only got tighter)."""
    if likely.earliest_start is None or likely.latest_end is None:
        return None, None
    return likely.earliest_start, likely.latest_end


_LABELS = ("BEFORE", "AFTER", "INCLUDES", "IS_INCLUDED", "SIMULTANEOUS")
_START_OF = {"BEFORE": "BEFORE", "INCLUDES": "BEFORE", "AFTER": "AFTER", "IS_INCLUDED": "AFTER", "SIMULTANEOUS": "EQUAL"}
"""The start order a TimeML relation implies (source's start against target's; INCLUDES: starts first)."""
_INVERSE = {"BEFORE": "AFTER", "AFTER": "BEFORE", "INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES", "SIMULTANEOUS": "SIMULTANEOUS"}


def _by_bounds(a: tuple[dt.datetime, dt.datetime], b: tuple[dt.datetime, dt.datetime], b_is_time: bool) -> Optional[str]:
    """The relation of an event's likely interval to a time's extent (or to another event's
    likely interval), or None.  Between two events only disjoint windows say anything: two
    events likely on the same day are not thereby simultaneous, nor is one inside the other."""
    if a[1] <= b[0] and a != b:
        return "BEFORE"
    if b[1] <= a[0] and a != b:
        return "AFTER"
    if not b_is_time:
        return None
    if b[0] <= a[0] and a[1] <= b[1]:
        return "IS_INCLUDED"
    if a[0] <= b[0] and b[1] <= a[1]:
        return "INCLUDES"
    return None


def _by_tight_bounds(a: IntervalBounds, b: IntervalBounds) -> Optional[str]:
    """The relation the likely layer's tight bounds alone entail (sound; exact when one side is a
    pinned time), without a search per pair."""
    a_es, a_ls, a_ee, a_le = a.earliest_start, a.latest_start, a.earliest_end, a.latest_end
    b_es, b_ls, b_ee, b_le = b.earliest_start, b.latest_start, b.earliest_end, b.latest_end
    if a_es == a_ls == b_es == b_ls and a_ee == a_le == b_ee == b_le and a_es is not None and a_ee is not None:
        return "SIMULTANEOUS"
    if a_le is not None and b_es is not None and a_le <= b_es:
        return "BEFORE"
    if b_le is not None and a_es is not None and b_le <= a_es:
        return "AFTER"
    if b_ls is not None and a_es is not None and b_ls <= a_es and a_le is not None and b_ee is not None and a_le <= b_ee:
        return "IS_INCLUDED"
    if a_ls is not None and b_es is not None and a_ls <= b_es and b_le is not None and a_ee is not None and b_le <= a_ee:
        return "INCLUDES"
    return None


def _learned(learned: Mapping[str, Mapping[str, tuple[str, float]]], a: str, b: str) -> tuple[str, float]:
    """The learned label of ``a`` to ``b`` (``learned``: source -> target -> label and
    probability): as predicted, else the inverse of the label of ``b`` to ``a``, else none."""
    found = learned.get(a)
    if found is not None and b in found:
        return found[b]
    found = learned.get(b)
    if found is not None and a in found:
        label, sure = found[a]
        return _INVERSE[label], sure
    return _NO_LABEL


_NO_LABEL = ("", 0.0)


def local_pairs(doc: "Doc", mentions: Sequence["_MentionLike"], timexes: Sequence["Timex"], has_reference: bool) -> list[tuple[str, str]]:
    """The pairs the timeline decides: every event with the publication time, with each placed
    time expression of its sentence, and with every event of its own or the next sentence."""
    pairs: list[tuple[str, str]] = []
    by_sentence: dict[int, list[str]] = {}
    for m in mentions:
        by_sentence.setdefault(doc.sentence_index(m.start), []).append(m.eid)
    times: dict[int, list[str]] = {}
    for t in timexes:
        if t.earliest is not None and t.latest is not None and not t.furniture and str(t.type) != "SET":
            times.setdefault(doc.sentence_index(t.start), []).append(t.tid)
    for i, eids in sorted(by_sentence.items()):
        following = by_sentence.get(i + 1, [])
        for k, a in enumerate(eids):
            if has_reference:
                pairs.append((a, REFERENCE))
            pairs.extend((a, t) for t in times.get(i, ()))
            pairs.extend((a, b) for b in eids[k + 1 :])
            pairs.extend((a, b) for b in following)
    return pairs


def local_relations(
    doc: "Doc",
    mentions: Sequence["_MentionLike"],
    timexes: Sequence["Timex"],
    certain: "OrderResult",
    likely: "OrderResult",
    accepted: Sequence[SoftFact],
    likely_intervals: Mapping[str, tuple[dt.datetime, dt.datetime]],
    reference_span: Optional[tuple[dt.datetime, dt.datetime]],
    predictions: Sequence["PredictedRelation"] = (),
    timeline_neighbours: Sequence[str] = (),
) -> tuple["Relation", ...]:
    """A relation for every local pair the text or the likely layer decides, and for each event
    and the :data:`TIMELINE_REACH` events after it in ``timeline_neighbours`` (the placed events
    in timeline order), so that events far apart in the text but near on the timeline are related.

    Certain when the text alone entails it (the engine's definite relation over textual
    facts); otherwise the likely layer's definite relation, with the confidence of the soft
    fact behind it; for two events whose start order a kept guess fixes, the learned
    relation if it agrees with that order (else the order itself); otherwise the relation
    of the two likely intervals as placed.
    """
    from .model import Relation

    # pair -> what is known of it, as source -> target -> value (no tuple made or hashed per pair)
    start_order: dict[str, dict[str, tuple[str, float]]] = {}
    kept_labels: dict[str, dict[str, tuple[str, float]]] = {}
    confidence: dict[str, dict[str, float]] = {}
    for f in accepted:
        if f.kind == "event-event":
            same = f.relation == "START_EQUAL"
            start_order.setdefault(f.source, {})[f.target] = ("EQUAL" if same else "BEFORE", f.confidence)
            start_order.setdefault(f.target, {})[f.source] = ("EQUAL" if same else "AFTER", f.confidence)
        elif f.kind == "event-label":
            kept_labels.setdefault(f.source, {})[f.target] = (f.relation, f.confidence)
            kept_labels.setdefault(f.target, {})[f.source] = (_INVERSE[f.relation], f.confidence)
        forward, backward = confidence.setdefault(f.source, {}), confidence.setdefault(f.target, {})
        forward[f.target] = max(forward.get(f.target, 0.0), f.confidence)
        backward[f.source] = max(backward.get(f.source, 0.0), f.confidence)
    learned: dict[str, dict[str, tuple[str, float]]] = {}  # as predicted; the reverse pair reads it inverted
    guessed_order: dict[str, dict[str, tuple[str, float]]] = {}
    for p in predictions:
        learned.setdefault(p.source, {})[p.target] = (p.relation, p.confidence)
        if p.start_order in ("BEFORE", "AFTER") and p.start_confidence >= STATED_ORDER_MIN:
            guessed_order.setdefault(p.source, {})[p.target] = (p.start_order, p.start_confidence)
            guessed_order.setdefault(p.target, {})[p.source] = ("AFTER" if p.start_order == "BEFORE" else "BEFORE", p.start_confidence)
    spans = dict(likely_intervals)
    if reference_span is not None:
        spans[REFERENCE] = reference_span
    for t in timexes:
        if t.earliest is not None and t.latest is not None:
            spans[t.tid] = (t.earliest, t.latest)
    in_certain, in_likely = set(certain.intervals), set(likely.intervals)
    bounds = dict(likely.bounds)
    out = []
    pairs = local_pairs(doc, mentions, timexes, reference_span is not None)
    local = set(pairs)
    local.update([(b, a) for a, b in pairs])
    near = [(a, b) for i, a in enumerate(timeline_neighbours) for b in timeline_neighbours[i + 1 : i + 1 + TIMELINE_REACH]
            if (a, b) not in local]
    every = [*pairs, *near]
    asked = [a in in_certain and b in in_certain for a, b in every]
    entailed = iter(certain.relations_of([pair for pair, ask in zip(every, asked) if ask]))  # names checked here: all pairs at once
    nothing: dict[str, tuple[str, float]] = {}
    for (a, b), ask in zip(every, asked):
        rel = next(entailed) if ask else None
        if rel is not None:
            out.append(Relation(a, rel, b, 1.0, True))
            continue
        if a not in spans:  # not a real event: only what the text entails is stated
            continue
        both_likely = a in in_likely and b in in_likely
        rel = _by_tight_bounds(bounds[a], bounds[b]) if both_likely else None
        if rel is not None:
            out.append(Relation(a, rel, b, round(confidence.get(a, nothing).get(b, 0.5), 3), False))  # type: ignore[arg-type]
            continue
        kept = kept_labels.get(a, nothing).get(b)
        order_sure = start_order.get(a, nothing).get(b) if kept is None else None
        if order_sure is not None:
            order, sure = order_sure
            label, label_sure = _learned(learned, a, b)
            if _START_OF.get(label) == order:
                out.append(Relation(a, label, b, round(min(sure, label_sure), 3), False))
            else:
                out.append(Relation(a, {"BEFORE": "BEFORE", "AFTER": "AFTER", "EQUAL": "SIMULTANEOUS"}[order], b, round(sure, 3), False))
            continue
        if kept is not None:
            label, label_sure = kept
            out.append(Relation(a, label, b, round(label_sure, 3), False))
            continue
        label, label_sure = _learned(learned, a, b)
        containment = b not in likely_intervals or label in ("INCLUDES", "IS_INCLUDED", "SIMULTANEOUS")
        if containment and label and label_sure >= LABEL_MIN and both_likely and not _contradicts(bounds[a], label, bounds[b]):
            out.append(Relation(a, label, b, round(label_sure, 3), False))  # to a time, or containment: orders no events
            continue
        if b in spans:
            rel = _by_bounds(spans[a], spans[b], b not in likely_intervals)
            if rel is not None:
                out.append(Relation(a, rel, b, 0.3, False))
                continue
        guess = guessed_order.get(a, nothing).get(b)
        if guess is not None and both_likely:
            out.append(Relation(a, guess[0], b, round(guess[1], 3), False))
    return tuple(out)


STATED_ORDER_MIN = 0.5
"""A learned start order too unsure to shape the timeline (below :data:`START_ORDER_MIN`) is
still stated for a pair nothing else decides, when at least this sure and in the order the
timeline lists the two."""


TIMELINE_REACH = 24
"""How many following events on the timeline each event is related to, beyond its local pairs."""

LABEL_MIN = 0.5
"""A learned relation label is stated for an otherwise undecided pair when at least this sure."""

PLACING_LABEL_MIN = 0.65
"""A learned BEFORE/AFTER between two events of one sentence orders their starts in the likely
layer when at least this sure; across sentences the five-label model (cross-validated accuracy
0.57) is not used for placement, only the start-order model.  On TBAQ (bench_placement) this
raised day placement from 65.6% to 68.5% (AQUAINT) and 76.5% to 77.8% (TimeBank), and the
start order build states from MATRES F1 0.581 to 0.618 and 0.593 to 0.612."""


def _contradicts(a: IntervalBounds, relation: str, b: IntervalBounds) -> bool:
    """Whether the likely layer's bounds rule out ``a relation b`` (a cheap, sound check)."""

    def gt(x: Optional[dt.datetime], y: Optional[dt.datetime]) -> bool:
        return x is not None and y is not None and x > y

    if relation == "BEFORE":
        return gt(a.earliest_end, b.latest_start)
    if relation == "AFTER":
        return gt(b.earliest_end, a.latest_start)
    if relation in ("IS_INCLUDED", "SIMULTANEOUS"):
        return gt(b.earliest_start, a.latest_start) or gt(a.earliest_end, b.latest_end)
    if relation == "INCLUDES":
        return gt(a.earliest_start, b.latest_start) or gt(b.earliest_end, a.latest_end)
    return False


_BASIS = {
    "event-timex": "learned relation to “{target}”",
    "event-dct": "learned relation to the publication time",
    "event-event": "learned order with “{target}”",
    "event-label": "learned order with “{target}”",
    "reported-speech": "reported speech: at publication time",
    "discourse": "the time of the discourse around it (“{target}”)",
    "past-convention": "undated past event: most likely the publication day (news convention)",
    "future-convention": "undated later event: within months of publication (news convention)",
    "publication-day": "no other evidence: the publication day",
    "given": "a relation given by the caller (to “{target}”)",
    "signal-gap": "most likely began soon after “{target}”",
    "filing-day": "undated past event: most likely the dateline's day (news convention)",
}


def own_basis(accepted: Sequence[SoftFact], names: Mapping[str, str]) -> dict[str, tuple[float, str]]:
    """Per event, the confidence and a short description of the soft fact that placed it: of
    the earliest tier (a time before an order between events), the most confident.

    ``names``: id -> words, to name a time expression or event in the description."""
    best: dict[str, tuple[tuple[bool, int, float], float, str]] = {}
    for f in accepted:
        if f.kind == "extent":
            continue
        for x, other in ((f.source, f.target), (f.target, f.source)):
            if x != f.source and f.kind != "event-event":
                continue
            rank = (f.fallback, _TIER.get(f.kind, 5), -f.confidence)
            if x not in best or rank < best[x][0]:
                best[x] = (rank, f.confidence, _BASIS.get(f.kind, f.kind).format(target=names.get(other, other)))
    return {x: (c, text) for x, (_, c, text) in best.items()}


def timeline_order(likely: "OrderResult", placed: Sequence[str], everything: Sequence[str], accepted: Sequence[SoftFact] = ()) -> dict[str, int]:
    """Position of each event: placed real events by their likely bounds (a linear extension of
    every definite relation, ties resolved exactly), then the rest in text order.

    Events whose start bounds tie are put in the start order a kept guess gives them: the
    bounds of their ends must not reverse what the models said of their starts."""
    ordered = likely.linear_order(placed)
    first = {(f.source, f.target) for f in accepted if f.kind == "event-event" and f.relation == "START_BEFORE"}
    first |= {(f.source, f.target) if f.relation == "BEFORE" else (f.target, f.source) for f in accepted if f.kind == "event-label"}
    if first:
        key = {n: (likely.bounds[n].earliest_start, likely.bounds[n].latest_start) for n in ordered}
        runs: list[list[str]] = []
        for n in ordered:
            if runs and key[runs[-1][-1]] == key[n]:
                runs[-1].append(n)
            else:
                runs.append([n])
        run_of = {n: k for k, run in enumerate(runs) if len(run) > 1 for n in run}
        successors: dict[str, list[str]] = {}
        for a, b in first:
            # a guess orders two equal starts only where what is definite does not put b first
            # (b an instant that ends as a starts: "b before a" holds with their starts equal)
            if a in run_of and run_of.get(b) == run_of[a] and not likely.before(b, a):
                successors.setdefault(a, []).append(b)
        ordered = [n for run in runs for n in (_start_sorted(run, successors) if len(run) > 1 else run)]
    seen = set(ordered)
    ordered += [e for e in everything if e not in seen]
    return {eid: i for i, eid in enumerate(ordered)}


def _start_sorted(run: list[str], first: Mapping[str, Sequence[str]]) -> list[str]:
    """``run`` reordered so that every kept (a, b) in ``first`` (a -> the b's) between its members
    has a before b, otherwise keeping the given order (a stable topological sort)."""
    members = set(run)
    after: dict[str, list[str]] = {n: [] for n in run}
    for a in run:
        for b in first.get(a, ()):
            if b in members and b != a:
                after[a].append(b)
    indeg = {n: 0 for n in run}
    for n in run:
        for m in after[n]:
            indeg[m] += 1
    rank = {n: i for i, n in enumerate(run)}
    ready = [rank[n] for n in run if indeg[n] == 0]
    heapq.heapify(ready)  # always the earliest-ranked ready one: each step O(log n), not a sort
    out: list[str] = []
    while ready:
        n = run[heapq.heappop(ready)]
        out.append(n)
        for m in after[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                heapq.heappush(ready, rank[m])
    return out if len(out) == len(run) else run  # a cycle of equal starts: keep the bounds' order


def open_runs(likely: "OrderResult", ordered: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """Runs of neighbours (in timeline order) whose mutual order even the likely layer leaves open."""
    runs: list[tuple[str, ...]] = []
    current: list[str] = []
    for a, b in zip(ordered, ordered[1:]):
        if likely.before(a, b):
            if len(current) > 1:
                runs.append(tuple(current))
            current = []
            continue
        if not current:
            current = [a]
        current.append(b)
    if len(current) > 1:
        runs.append(tuple(current))
    return tuple(runs)


def caller_relations(items: object, known: frozenset[str]) -> tuple[list[Fact], list[SoftFact]]:
    """A caller's relations: ``{"source", "relation", "target"}`` with an optional ``confidence``
    (default 1.0).  Confidence 1.0 is a fact as firm as the text's; below it, a soft guess.

    Raises :class:`InputError` naming the item for an unknown id, relation or a confidence
    outside [0, 1]."""
    from .errors import InputError

    if isinstance(items, (str, bytes)) or not isinstance(items, (list, tuple)):
        raise InputError(f"relations must be a list of mappings, not {type(items).__name__}")
    hard: list[Fact] = []
    soft: list[SoftFact] = []
    for n, item in enumerate(items):
        where = f"relations[{n}]"
        if not isinstance(item, Mapping):
            raise InputError(f"{where} must be a mapping with 'source', 'relation', 'target', not {type(item).__name__}")
        unknown = set(item) - {"source", "relation", "target", "confidence"}
        if unknown:
            raise InputError(f"{where} has unknown keys {sorted(unknown)}")
        a, rel, b = item.get("source"), item.get("relation"), item.get("target")
        for side, name in (("source", a), ("target", b)):
            if name not in known:
                raise InputError(f"{where}: {side} {name!r} is not an event, a time expression or 'reference_time' of this document")
        if rel not in _LABELS:
            raise InputError(f"{where}: relation {rel!r} is not one of {', '.join(_LABELS)}")
        confidence = item.get("confidence", 1.0)
        if isinstance(confidence, bool) or not isinstance(confidence, (int, float)) or not 0.0 <= float(confidence) <= 1.0:
            raise InputError(f"{where}: confidence {confidence!r} is not a number in [0, 1]")
        facts = _interval_facts(str(a), str(rel), str(b), f"given: {a} {rel} {b}")
        if float(confidence) == 1.0:
            hard.extend(attrs.evolve(f, strength=_CALLER_STRENGTH) for f in facts)
        else:
            soft.append(SoftFact(str(a), str(b), str(rel), float(confidence), "given", facts, "given by the caller"))
    return hard, soft


_CALLER_STRENGTH = 3
"""A caller's certain relation weighs like an explicit signal word of the text."""
