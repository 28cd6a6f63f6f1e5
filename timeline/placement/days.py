"""Soft facts that put an event on a day: named days, offsets from a dated event or time, nights, occasions, episodes,
the early hours, parts of a day."""

from __future__ import annotations

from types import MappingProxyType
import bisect
import datetime as dt
from typing import TYPE_CHECKING, Mapping, Optional, Sequence


from ..anchoring import REFERENCE, Link
from ..order import Bound, Constraint, end_of, start_of
from ..order.links import LinkRelation
from ..order import during as _during
from ..model import Grain
from .base import SOFT_STRENGTH, SoftFact, _DAY, _ZERO, _midnight, _shift

if TYPE_CHECKING:
    from ..events.detect import EventMention
    from ..model import Timex


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


def carried_days(continued: Mapping[str, str], spans: Mapping[str, tuple[dt.datetime, dt.datetime]]) -> dict[str, dt.datetime]:
    """(s63 lead) Event -> the start of the one calendar day of the discourse's time it continues (``continued``: event -> that
    time; "The last passengers were brought ashore shortly before 6am on Saturday. Two crew members were treated"): the day
    it most likely lies in, from which a length in days after it counts ("Both were released two days later")."""
    return {eid: day for eid, t in continued.items() if (day := _one_day(spans.get(t))) is not None}


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


def whole_nights(text: str, timexes: Sequence["Timex"], mentions: Sequence["EventMention"], signals: frozenset[str]) -> dict[str, str]:
    """(s57) Night -> the event right before it in its sentence, for the nights a word of ``signals`` (lexicon
    ``whole_night_signals``: "through", "throughout") opens ("fought the fire through the night"): that verb lasted the
    night, not most likely over by its midnight (not "Crews arrived soon after and fought ...": only the fighting)."""
    if not signals:
        return {}
    ordered = sorted((m for m in mentions if m.pos == "VERB"), key=lambda m: m.end)
    ends = [m.end for m in ordered]
    out = {}
    for t in timexes:
        if t.value is None or not t.value.endswith("TNI"):
            continue
        before = text[max(0, t.start - 20) : t.start].split()
        k = bisect.bisect_right(ends, t.start) - 1
        if before and before[-1].lower() in signals and k >= 0 and ordered[k].sentence_end >= t.end:
            out[t.tid] = ordered[k].eid
    return out


def night_facts(links: Sequence[Link], timexes: Sequence["Timex"], real: Mapping[str, bool],
                continued: Mapping[str, str] = MappingProxyType({}), whole: Mapping[str, str] = MappingProxyType({}),
                morning: dt.timedelta = _ZERO) -> list[SoftFact]:
    """ "The warehouse caught fire on Friday night": most likely before Friday's midnight, though the night
    (19:00 to 06:00) runs into Saturday; one soft fact per event the text puts in such a night or ends in one
    ("searched the rubble until late on Monday night": over by Monday's midnight), or that
    carries on such a night from the sentence before (``continued``: event -> the time it continues; "A
    landslide buried the line on Thursday night. A freight train stopped short of the debris"). Not for a night in
    ``whole`` for the event it maps the night to (:func:`whole_nights`: "fought the fire through the night" lasted it):
    that one most likely lasted until the next morning began (``morning``: its start after midnight), not past it."""
    # (a night of some day of a month, "the same night" after "in June" (2026-06-XXTNI), names no midnight)
    nights = {t.tid: t for t in timexes if t.value is not None and t.value.endswith("TNI") and t.earliest is not None and t.latest is not None
              and t.latest - t.earliest <= _DAY}
    clocks = _hedged_clocks(timexes)
    out = []
    # a carried night is cut in with the discourse that carries it (its tier and kind of basis)
    carried = [(Link(eid, "during", t), "discourse") for eid, t in continued.items() if t in nights]
    for link, kind in (*((link, "night") for link in links), *carried):
        if link.target in clocks and link.relation in _IN_NIGHT and real.get(link.source, False):
            out.append(_clock_day_fact(link.source, clocks[link.target]))
        t = nights.get(link.target)
        if t is None or link.relation not in _IN_NIGHT or not real.get(link.source, False):
            continue
        midnight = _shift(_midnight(t.earliest), _DAY)  # type: ignore[arg-type]
        if midnight is None or not (t.earliest < midnight < t.latest):  # type: ignore[operator]
            continue
        fact = Bound(end_of(link.source), None, midnight, f"a night named by its day: most likely before its midnight ({t.text})", SOFT_STRENGTH)
        if whole.get(link.target) == link.source:
            dawn = min(t.latest, midnight + morning)  # type: ignore[operator]
            fact = Bound(end_of(link.source), None, dawn, f"lasted a night: most likely until the morning ({t.text})", SOFT_STRENGTH)
        out.append(SoftFact(link.source, t.tid, "IS_INCLUDED", NIGHT_CONFIDENCE, kind, (fact,)))
    return out


def _hedged_clocks(timexes: Sequence["Timex"]) -> dict[str, tuple["Timex", dt.datetime]]:
    """Clock times whose bounds a hedge widens over a midnight of the day their value names ("at about 11.30 p.m." on
    Saturday: 23:00 to 00:01; "around 12.10 a.m.": from the day before): time -> (it, the start of its value's day)."""
    out = {}
    for t in timexes:
        value = t.value or ""
        if (t.earliest is None or t.latest is None or len(value) < 13 or value[10] != "T" or not value[11:13].isdigit()
                or t.latest - t.earliest > _DAY):
            continue
        try:
            day = dt.datetime.fromisoformat(value[:10]).replace(tzinfo=t.earliest.tzinfo)
        except ValueError:
            continue
        midnight = _shift(day, _DAY)
        if midnight is not None and (t.earliest < day < t.latest or t.earliest < midnight < t.latest):
            out[t.tid] = (t, day)
    return out


def _clock_day_fact(eid: str, clock: tuple["Timex", dt.datetime]) -> SoftFact:
    """A hedged clock time's event most likely lies in the day its value names (see :func:`_hedged_clocks`)."""
    t, day = clock
    evidence = f"a hedged clock time: most likely on the day it names ({t.text})"
    fact = Bound(start_of(eid), day, None, evidence, SOFT_STRENGTH) if t.earliest < day else Bound(end_of(eid), None, _shift(day, _DAY), evidence, SOFT_STRENGTH)  # type: ignore[operator]
    return SoftFact(eid, t.tid, "IS_INCLUDED", NIGHT_CONFIDENCE, "night", (fact,))


YEAR_END_CONFIDENCE = 0.6
"""How sure the likely layer is that an event the text puts at "the end of the year" (or of a quarter) falls in its last
month: the expression's own bounds are its last third (TIMEX3 ``mod="END"``), but a reader dates "will close at the end of
the year" in December, as "late 2026" (no word of the end) stays the last third."""
_YEAR_END_GRAINS = frozenset({Grain.YEAR, Grain.HALF, Grain.QUARTER})


def year_end_facts(links: Sequence[Link], timexes: Sequence["Timex"], real: Mapping[str, bool], words: frozenset[str]) -> list[SoftFact]:
    """ "The bakery will close at the end of the year": one soft fact per real event the text puts in (or ends in) a year, half
    or quarter told by its end (``mod="END"`` and a word of ``words``, lexicon ``year_end_words``: "the end of the year",
    "the close of the quarter"): most likely in its last month. Not "late 2026", nor "by the end of the year" (a deadline
    it is done by, not a time it lies in)."""
    ends: dict[str, tuple["Timex", dt.datetime]] = {}
    for t in timexes:
        if (t.mod is None or t.mod.name != "END" or t.grain not in _YEAR_END_GRAINS or t.earliest is None or t.latest is None
                or not words.intersection(w.lower() for w in t.text.split())):
            continue
        last = _midnight(t.latest - _DAY).replace(day=1)
        if t.earliest < last < t.latest:
            ends[t.tid] = (t, last)
    out = []
    for link in links:
        if link.target not in ends or link.relation not in _IN_NIGHT or not real.get(link.source, False):
            continue
        t, last = ends[link.target]
        fact = Bound(start_of(link.source), last, None, f"the end of a year or quarter: most likely its last month ({t.text})", SOFT_STRENGTH)
        out.append(SoftFact(link.source, t.tid, "IS_INCLUDED", YEAR_END_CONFIDENCE, "year-end", (fact,)))
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


ASPECT_MOMENT_CONFIDENCE = 0.7
"""How sure the likely layer is that a verb of beginning is a moment of what it begins (see
:func:`aspect_moment_facts`)."""


def aspect_moment_facts(links: Sequence[Link], real: Mapping[str, bool]) -> list[SoftFact]:
    """ "the night shift had left the site an hour before the fire started": a verb that begins an event (a ``begun_by``
    link: the event starts when it happens) most likely is over by the time the event is, a moment at its start, not a
    stretch of its own running on to publication. One soft fact per such link between real events. (Not a verb that ends
    an event, ``ended_by``: "Several riders fainted and the stewards halted the race" of last year lost the fainting's
    order told in sequence, tests/test_order37.)"""
    out = []
    for link in links:
        if link.relation is not LinkRelation.BEGUN_BY or not real.get(link.source, False) or not real.get(link.target, False):
            continue
        event, verb = link.source, link.target
        evidence = f"a moment of what it begins or ends: {link.evidence}"
        fact = Constraint(end_of(verb), end_of(event), _ZERO, None, evidence, SOFT_STRENGTH)
        out.append(SoftFact(verb, event, "IS_INCLUDED", ASPECT_MOMENT_CONFIDENCE, "taken-up", (fact,), evidence, told="aspect-moment"))
    return out


WITHHELD_MOMENT_CONFIDENCE = 0.6
"""How sure the likely layer is that what "did not ... until" a time says happened lies in that time (see
:func:`withheld_moment_facts`)."""


def withheld_moment_facts(links: Sequence[Link], spans: Mapping[str, tuple[Optional[dt.datetime], Optional[dt.datetime]]],
                          real: Mapping[str, bool]) -> list[SoftFact]:
    """(s55) "Police did not leave the building until Friday", "the storm did not lift until the 14th": a negated verb
    "until" a time (a ``starts_in`` link, anchoring/times.py) happened in that time, a moment there, not a stretch from it to
    publication; ``spans``: a time's earliest and latest. One soft fact per such link to a time of known bounds."""
    out = []
    for link in links:
        span = spans.get(link.target)
        if link.relation is not LinkRelation.STARTS_IN or span is None or span[1] is None or not real.get(link.source, False):
            continue
        evidence = f"a moment in the time it waited for: {link.evidence}"
        fact = Bound(end_of(link.source), None, span[1], evidence, SOFT_STRENGTH)
        out.append(SoftFact(link.source, link.target, "IS_INCLUDED", WITHHELD_MOMENT_CONFIDENCE, "day-part", (fact,), evidence,
                            told="withheld-moment"))
    return out


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
                      past: Mapping[str, bool], day: Optional[tuple[dt.datetime, dt.datetime]], lasting: frozenset[str] = frozenset()) -> list[SoftFact]:
    """ "The prime minister spoke to reporters on Monday afternoon. Within hours she had sent her letter" (published on
    Tuesday): a past event the text certainly puts from before the publication day to at most :data:`EARLY_HOURS` into it
    (``days``: event -> certain earliest start, latest end) most likely ended by that day's midnight, as one put in a night
    named by its day does, rather than in the first hours of the publication day, where the news convention would squeeze it.
    Not an event in ``lasting`` (s57: one that lasted a night, "fought the fire through the night", :func:`whole_nights`)."""
    if day is None:
        return []
    out = []
    for eid, (lo, hi) in days.items():
        if eid in lasting or not real.get(eid, False) or not past.get(eid, False) or lo is None or hi is None or not (lo < day[0] < hi <= day[0] + EARLY_HOURS):
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


def day_part_facts(links: Sequence[Link], timexes: Sequence["Timex"], real: Mapping[str, bool],
                   parts: "Optional[Mapping[str, Timex]]" = None) -> list[SoftFact]:
    """ "Police raided the flats before dawn on Thursday": the words say only *before* the first
    light, but a reader puts the raid in Thursday's early hours; one soft fact per event a link
    puts before (or done by) a time that lies inside one day and does not start at its midnight (not "before
    Thursday", nor "before midnight", which ends the day)."""
    parts = day_parts(timexes) if parts is None else parts  # (``parts``: :func:`day_parts` of ``timexes``, when the caller has it)
    out = []
    for link in links:
        t = parts.get(link.target)
        if t is None or link.relation not in ("before", "by") or not real.get(link.source, False):
            continue  # (or done by it: "Most had returned home by Tuesday evening", on Tuesday)
        fact = Bound(start_of(link.source), _midnight(t.earliest), None, f"before a part of a day: most likely on that day ({t.text})", SOFT_STRENGTH)  # type: ignore[arg-type]
        out.append(SoftFact(link.source, t.tid, "BEFORE", DAY_PART_CONFIDENCE, "day-part", (fact,)))
    return out
