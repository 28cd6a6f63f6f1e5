"""(s58 helper place) A length that adds to what the story told: "Builders will spend a further month repairing the church"
begins after the latest time an event told before it is dated by (the quake "at 4am"), not at the start of the publication
day, where the conventions for what lies ahead put it."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from types import MappingProxyType
from typing import TYPE_CHECKING, Mapping, Optional, Sequence
import datetime as dt

ZERO = dt.timedelta(0)

from ..anchoring import Link
from ..order import Bound, Constraint, end_of, start_of
from ..order.links import LinkRelation
from .base import SOFT_STRENGTH, SoftFact

if TYPE_CHECKING:
    from ..events import EventMention
    from ..model import Timex

__all__ = ["CLOCK_GRAIN", "FURTHER_CONFIDENCE", "FINAL_SPAN", "clock_onward_facts", "final_years_facts", "further_facts",
           "PAUSE_CONFIDENCE", "paused_acts", "paused_facts", "stretch_start_facts", "dwelling_facts",
           "PROGRESSIVE_TAIL", "progressive_frame_facts", "CALLED_OFF_REACH", "called_off_facts", "life_facts", "LIFE_LEDE", "PART_GRAIN",
           "late_start_facts"]

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


FINAL_SPAN = 3
"""How many of the length's units before the death an event in the last part of a life most likely begins by ("In her final
years": within three years of the death)."""

_UNIT_DAYS = {"Y": 365, "M": 30, "W": 7, "D": 1}


def final_years_facts(text: str, mentions: Sequence["EventMention"], timexes: Sequence["Timex"], timed: Mapping[str, str],
                      spans: Mapping[str, tuple[dt.datetime, dt.datetime]], real: Mapping[str, bool],
                      sentence_of: Mapping[str, int], timex_sentence: Mapping[str, int],
                      life_end: frozenset[str], deaths: frozenset[str]) -> list[SoftFact]:
    """(s59 place) One soft fact per real event told after a length with no number opened (or led, in ``text``, by the word
    before it) by a word of ``life_end`` (lexicon ``life_end_words``: "In her final years", value PXY; "In his last years")
    in its sentence (``sentence_of``: event -> sentence;
    ``timex_sentence``: time -> sentence), when the story tells a real death (a word of ``deaths``) dated by a time of its
    own (``timed``; ``spans``: time -> its bounds): the event is over by the end of the death's time and begins at most
    :data:`FINAL_SPAN` of the length's units before the death ("lived in a flat above her workshop and wrote a memoir. She
    died on Monday": both before Monday's end, not on the publication day)."""
    if not life_end or not deaths:
        return []
    death = next((timed[m.eid] for m in sorted(mentions, key=lambda m: m.start)
                  if m.text.lower() in deaths and real.get(m.eid, False) and timed.get(m.eid) in spans), None)
    if death is None:
        return []
    lengths = {}
    for t in timexes:
        words = [*text[max(0, t.start - 12):t.start].lower().split()[-1:], *t.text.lower().split()]  # ("In his last [years]")
        if (t.type.value == "DURATION" and t.tid in timex_sentence and len(t.value) >= 3 and t.value[0] == "P" and t.value[1] == "X"
                and t.value[-1] in _UNIT_DAYS and any(w in life_end for w in words[:3])):
            lengths.setdefault(timex_sentence[t.tid], t)
    if not lengths:
        return []
    low, high = spans[death]
    out = []
    for m in mentions:
        t = lengths.get(sentence_of.get(m.eid, -1))
        if t is None or m.start < t.end or not real.get(m.eid, False) or m.eid in timed or m.cls == "REPORTING":
            continue
        evidence = f"told in the last part of a life ({t.text!r}): over by the death's time ({death})"
        begin = low - dt.timedelta(days=FINAL_SPAN * _UNIT_DAYS[t.value[-1]])
        out.append(SoftFact(m.eid, death, "BEFORE", FURTHER_CONFIDENCE, "discourse",
                            (Bound(start_of(m.eid), begin, None, evidence, SOFT_STRENGTH), Bound(end_of(m.eid), None, high, evidence, SOFT_STRENGTH)), evidence))
    return out


CLOCK_GRAIN = dt.timedelta(hours=2)
"""The longest time that counts as a clock time of the story's clock ("at about 3 a.m.": 02:30-03:31)."""


PART_GRAIN = dt.timedelta(hours=8)
"""(s61 place) The longest time that counts as a part of a day for a deadline told after it ("shed its load on Friday
morning. Police reopened the motorway by lunchtime": after the morning's start, not from midnight)."""


def clock_onward_facts(mentions: Sequence["EventMention"], links: Sequence[Link], timed: Mapping[str, str],
                       spans: Mapping[str, tuple[dt.datetime, dt.datetime]], real: Mapping[str, bool],
                       narrated: frozenset[str], continued: Mapping[str, str] = MappingProxyType({})) -> list[SoftFact]:
    """(s59 place) The story's clock moves forward: one soft fact per real happening told in the simple past (``narrated``)
    after a real act dated by a clock time (``timed``: event -> its own time; ``spans``: time -> its bounds; at most
    :data:`CLOCK_GRAIN` long), when its own time is a longer one that holds that clock time ("struck the bridge at about
    6 a.m. ... Engineers closed the line and inspected the bridge during the morning") or, with no time of its own, a
    deadline later on that clock time's day ("The blaze began at about 3 a.m. ... Crews put out the flames by midday"): it
    begins after that clock time's start, not at the part of the day's start or the day's midnight. (s61) The deadline
    rule holds after an act dated by a part of a day too (at most :data:`PART_GRAIN`: "shed its load on Friday morning.
    Police reopened the motorway by lunchtime": after the morning's start)."""
    deadlines: dict[str, str] = {}
    for link in links:
        if link.relation in (LinkRelation.BEFORE, LinkRelation.BY) and link.target in spans:
            deadlines.setdefault(link.source, link.target)
    out = []
    last = None  # the last clock time of a real act told so far
    part = None  # (s61) the last clock time or part of a day (at most PART_GRAIN) of a real act told so far
    for m in sorted(mentions, key=lambda m: m.start):
        if not real.get(m.eid, False) or m.cls == "REPORTING":
            continue
        own = timed.get(m.eid) or continued.get(m.eid)
        if part is not None and m.eid in narrated:
            by = deadlines.get(m.eid) if own is None or own == deadlines.get(m.eid) else None
            evidence = ""
            if last is not None:
                lo, hi = spans[last]
                if by is None and own in spans and own != last and spans[own][0] <= lo and hi <= spans[own][1] and spans[own][1] - spans[own][0] > CLOCK_GRAIN:
                    evidence, after = f"told after an act at a clock time its own time holds ({last}): after it", last
            if not evidence and by is not None:
                lo = spans[part][0]
                if lo < spans[by][0] and spans[by][0] - lo < dt.timedelta(days=1) and spans[by][0].date() == lo.date():
                    evidence, after = f"done by a time later that day than an act told before it ({part}): after that act's time starts", part
            if evidence:
                out.append(SoftFact(m.eid, after, "AFTER", FURTHER_CONFIDENCE, "discourse", (Bound(start_of(m.eid), lo, None, evidence, SOFT_STRENGTH),), evidence))
        if m.eid in timed and timed[m.eid] in spans and spans[timed[m.eid]][1] - spans[timed[m.eid]][0] <= PART_GRAIN:
            part = timed[m.eid]
            last = part if spans[part][1] - spans[part][0] <= CLOCK_GRAIN else last
    return out


PAUSE_CONFIDENCE = 0.7
"""How sure the likely layer is that an act a resumption in the morning takes up went on the day before (above the
discourse's time, :data:`FURTHER_CONFIDENCE`, which would put it in the resumption's morning)."""

_MORNING_END = 12  # a resumption's own time starting before this hour of its day: the pause was the night before


def paused_acts(doc, mentions: Sequence["EventMention"], timed: Mapping[str, str], spans: Mapping[str, tuple[dt.datetime, dt.datetime]],
                real: Mapping[str, bool], verbs: frozenset[str]) -> dict[str, tuple[str, dt.datetime, dt.datetime]]:
    """(s60 place) Act -> (the resumption, the earliest start, the latest end) for each real past act with no time of its
    own that "and" joins right before a verb of resuming (lexicon ``resumption_verbs``, by lemma) dated by a time within
    one day: the act paused before the resumption.  A time that starts in the morning ("Rescue teams searched the moor
    until dark and resumed at first light"): the pause was the night, so the act went on the day before, not in the
    morning the sentence names; a later one ("searched the lake and resumed at 2 p.m."): earlier that day, before it."""
    if not verbs:
        return {}
    from ..anchoring.times import coordinated_firsts
    from ..events.features import lexical_memo  # lemminflect's tables load on first use

    lexical = lexical_memo()
    resuming = frozenset(m.eid for m in mentions if m.pos == "VERB" and m.tense == "PAST" and m.eid in timed and timed[m.eid] in spans
                         and lexical(m.text.lower())[1] in verbs)
    out = {}
    for later, first in coordinated_firsts(doc, mentions, resuming).items():
        lo, hi = spans[timed[later]]
        day = dt.datetime.combine(lo.date(), dt.time(), tzinfo=lo.tzinfo)
        if first in timed or not real.get(first, False) or hi - day > dt.timedelta(days=1):
            continue
        out[first] = (later, day - dt.timedelta(days=1), day) if lo.hour < _MORNING_END else (later, day, lo)
    return out


def paused_facts(paused: Mapping[str, tuple[str, dt.datetime, dt.datetime]]) -> list[SoftFact]:
    """One soft fact per act of :func:`paused_acts`: within its window before the resumption."""
    out = []
    for eid, (later, earliest, latest) in paused.items():
        evidence = f"resumed ({later}) later: went on before, the day before a resumption in the morning"
        out.append(SoftFact(eid, later, "BEFORE", PAUSE_CONFIDENCE, "discourse",
                            (Bound(start_of(eid), earliest, None, evidence, SOFT_STRENGTH),
                             Bound(end_of(eid), None, latest, evidence, SOFT_STRENGTH)), evidence))
    return out


def stretch_start_facts(mentions: Sequence["EventMention"], nouns: frozenset[str], real: Mapping[str, bool], timed: Mapping[str, str],
                        now_start: "dt.datetime | None",
                        spans: Mapping[str, tuple[dt.datetime, dt.datetime]] = MappingProxyType({}),
                        sentence_of: Mapping[str, int] = MappingProxyType({})) -> list[SoftFact]:
    """(s60 place) One soft fact per real event noun with no time of its own that a stretch up to now starts at (``nouns``,
    assembly/steps.py ``_stretch_nouns``: "A road closed since the storm will reopen next week"): over before the
    publication day (``now_start``, its first minute), not in a time the sentence tells ahead; and before the start of
    the earliest own time (``timed``: event -> time; ``spans``: time -> bounds) of a real event told after it in its
    sentence when that is earlier ("The museum, shut since the fire, reopened on Monday": the stretch ran up to the
    Monday; not a relative clause's time before it, "Dane, who missed the first meeting in October, said the squad had
    trained since the defeat")."""
    if now_start is None or not nouns:
        return []
    at = {m.eid: m.start for m in mentions}
    out = []
    for eid in sorted(nouns):
        if real.get(eid, False) and eid not in timed:
            k = sentence_of.get(eid, -1)
            by = min([now_start, *(spans[tid][0] for e, tid in timed.items() if tid in spans and real.get(e, False) and sentence_of.get(e) == k
                                    and at.get(e, -1) > at[eid])])
            evidence = "a stretch running up to its sentence's time starts at it (\"since the storm\"): before that time"
            out.append(SoftFact(eid, "reference_time", "BEFORE", PAUSE_CONFIDENCE, "discourse", (Bound(end_of(eid), None, by, evidence, SOFT_STRENGTH),), evidence))
    return out


def _dated_death(ordered: Sequence["EventMention"], timed: Mapping[str, str], spans: Mapping[str, tuple[dt.datetime, dt.datetime]],
                 real: Mapping[str, bool], deaths: frozenset[str]) -> Optional["EventMention"]:
    """The first real death (a word of ``deaths``) of ``ordered`` (text order) dated by a time of its own, or None."""
    return next((m for m in ordered if m.text.lower() in deaths and real.get(m.eid, False) and timed.get(m.eid) in spans), None)


def dwelling_facts(mentions: Sequence["EventMention"], timed: Mapping[str, str], spans: Mapping[str, tuple[dt.datetime, dt.datetime]],
                   real: Mapping[str, bool], dwelling: frozenset[str], deaths: frozenset[str]) -> list[SoftFact]:
    """(s60 place) One soft fact per real past verb of where someone lived (``dwelling``, lexicon ``dwelling_verbs``) with
    no time of its own told before a real death (a word of ``deaths``) dated by a time of its own (``timed``; ``spans``:
    time -> its bounds): over by the end of the death's time ("After retiring he lived in a cottage by the estuary. He
    died on Sunday": not up to the publication day)."""
    if not dwelling or not deaths:
        return []
    ordered = sorted(mentions, key=lambda m: m.start)
    death = _dated_death(ordered, timed, spans, real, deaths)
    if death is None:
        return []
    high = spans[timed[death.eid]][1]
    evidence = f"where someone lived, told before a death ({death.eid}): over by the death's time"
    return [SoftFact(m.eid, death.eid, "BEFORE", FURTHER_CONFIDENCE, "discourse", (Bound(end_of(m.eid), None, high, evidence, SOFT_STRENGTH),), evidence)
            for m in ordered if m.start < death.start and m.pos == "VERB" and m.tense == "PAST" and m.text.lower() in dwelling
            and real.get(m.eid, False) and m.eid not in timed]


PROGRESSIVE_TAIL = dt.timedelta(0)
"""How long after the end of an act told inside it ("was sending a text message when he hit a cyclist") a past progressive
most likely went on: it was going on when the act came and is most likely placed with it (the act's time is a day or a
month, wider than either), not up to the story's day."""


def progressive_frame_facts(mentions: Sequence["EventMention"], links: Sequence[Link], timed: Mapping[str, str],
                            real: Mapping[str, bool]) -> list[SoftFact]:
    """(s60 place) One soft fact per real past progressive with no time of its own that a real act is told inside (an
    anchoring link "during" from the act to it: "A van driver who was sending a text message when he hit and killed a
    cyclist in October was jailed on Friday"): it began by the act's start and ended within :data:`PROGRESSIVE_TAIL` of
    the act's end (in October), not stretched up to the main clause's day."""
    progressive = {m.eid: m for m in mentions if m.tense == "PAST" and m.aspect == "PROGRESSIVE" and m.pos == "VERB"
                   and real.get(m.eid, False) and m.eid not in timed}
    out = []
    seen = set()
    for link in links:
        if link.relation is not LinkRelation.DURING or link.target not in progressive or link.target in seen or not real.get(link.source, False):
            continue
        seen.add(link.target)
        y, x = link.target, link.source
        evidence = f"going on when {x} came: ended soon after it"
        out.append(SoftFact(y, x, "INCLUDES", FURTHER_CONFIDENCE + 0.05, "discourse",
                            (Constraint(start_of(y), start_of(x), ZERO, None, evidence, SOFT_STRENGTH),
                             Constraint(end_of(x), end_of(y), ZERO, PROGRESSIVE_TAIL, evidence, SOFT_STRENGTH)), evidence))
    return out


CALLED_OFF_REACH = 3
"""Words at most between a verb of calling off and the fixture noun it calls off ("Saturday's match [was] cancelled",
"cancelled [Saturday's] parade")."""


def called_off_facts(text: str, mentions: Sequence["EventMention"], timed: Mapping[str, str],
                     spans: Mapping[str, tuple[dt.datetime, dt.datetime]], real: Mapping[str, bool],
                     appointing: frozenset[str]) -> list[SoftFact]:
    """(s61 place) One soft fact per real past verb of calling off (``appointing``, tense.toml: "cancelled", "postponed")
    with no time of its own, whose subject or object is an event noun of its sentence dated by a time of its own that is
    over by publication ("Saturday's match was postponed after the pitch froze", published on Sunday; or the sentence's
    opening subject, no comma between: "Saturday's match had been due to kick off at noon but was postponed"): the calling off
    came by the end of the fixture's time, not after it (was the publication day, after the clause's act that took the
    fixture's day)."""
    if not appointing:
        return []
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]  # (s63 speed) the nouns of a sentence and the mentions between two places, found
    nouns: dict[int, list["EventMention"]] = {}  # from these, not by a scan of every mention per verb
    for m in ordered:
        if m.pos == "NOUN" and real.get(m.eid, False):
            nouns.setdefault(m.sentence_start, []).append(m)
    out = []
    for verb in ordered:
        if (verb.pos != "VERB" or verb.tense != "PAST" or verb.text.lower() not in appointing or verb.eid in timed
                or not real.get(verb.eid, False)):
            continue
        for noun in nouns.get(verb.sentence_start, ()):
            left, right = (noun, verb) if noun.start < verb.start else (verb, noun)
            between = text[left.end : right.start]
            opening = left is noun and len(text[noun.sentence_start : noun.start].split()) <= CALLED_OFF_REACH
            # (s62 place) "A concert that had been due to start at noon on Saturday was cancelled": the opening subject's
            # time is the one its infinitive between takes
            fixture = timed.get(noun.eid) if timed.get(noun.eid) in spans else None if not opening else next(
                (timed[m.eid] for m in ordered[bisect_right(starts, noun.end) : bisect_left(starts, verb.start)]
                 if m.tense == "INFINITIVE" and timed.get(m.eid) in spans), None)
            if fixture is None or any(c in between for c in ",;:") or (len(between.split()) > CALLED_OFF_REACH and not opening):
                continue
            high = spans[fixture][1]
            evidence = f"called off the fixture {noun.eid}: by the end of its time"
            out.append(SoftFact(verb.eid, noun.eid, "BEFORE", FURTHER_CONFIDENCE + 0.1, "discourse",
                                (Bound(end_of(verb.eid), None, high, evidence, SOFT_STRENGTH),), evidence))
            break
    return out


LIFE_LEDE = 2
"""(s61 place) The first sentences with an event (a headline and the lede) in which the death must be told for the text to be
an obituary whose acts :func:`life_facts` closes."""


def life_facts(text: str, mentions: Sequence["EventMention"], timed: Mapping[str, str], spans: Mapping[str, tuple[dt.datetime, dt.datetime]],
               real: Mapping[str, bool], deaths: frozenset[str], subjects: frozenset[str]) -> list[SoftFact]:
    """(s61 place) One soft fact per real simple-past verb, not a report, with no time of its own, right after a word of
    ``subjects`` (lexicon ``life_subjects``; not "She was found by a neighbour", where a be-form comes between): "who"
    before a real death (a word of ``deaths``) in its sentence ("Margaret Olsen, who designed the Harbour Library, has died
    at the age of 91"), "he"/"she" in a sentence after the first death's, with no death told before it in its own ("She
    died on Tuesday. Born in Oslo, she trained as a nurse"), or joined by "and" right after such a verb: an act of the life
    the death closes, over by the start of the first death dated by a time of its own (was the publication day, or the
    death's day the discourse carried). Only for deaths told in the first :data:`LIFE_LEDE` sentences with an event (a
    headline and the lede), as an obituary tells them: not "The court heard ... She died in hospital two days later. ...
    He changed his plea", where "he" is someone else."""
    if not deaths or not subjects:
        return []
    ordered = sorted(mentions, key=lambda m: m.start)
    dated = _dated_death(ordered, timed, spans, real, deaths)
    if dated is None:
        return []
    low = spans[timed[dated.eid]][0]
    lede = frozenset(sorted({m.sentence_start for m in ordered})[:LIFE_LEDE])
    told = [m for m in ordered if m.text.lower() in deaths and real.get(m.eid, False)]
    if not told or told[0].sentence_start not in lede:
        return []
    first = told[0].sentence_start
    evidence = f"an act of the life the death ({dated.eid}) closes: over by it"
    out = []
    sentences_of: dict[str, set[int]] = {}  # (s63 speed) the sentences of each id's mentions, and those of the acts so far:
    for m in ordered:  # "joined" is asked of these, not by a scan of every mention per verb
        sentences_of.setdefault(m.eid, set()).add(m.sentence_start)
    act_sentences: set[int] = set()
    for m in ordered:
        if (m.pos != "VERB" or m.tense != "PAST" or m.aspect != "NONE" or m.cls == "REPORTING" or m.eid in timed
                or not real.get(m.eid, False) or m.text.lower() in deaths):
            continue
        words = text[m.sentence_start : m.start].split()
        before = words[-1].lower().strip(",") if words else ""
        joined = before == "and" and m.sentence_start in act_sentences
        if before == "who":
            ok = any(d.sentence_start == m.sentence_start and d.sentence_start in lede and d.start > m.start for d in told)
        elif before in subjects or joined:
            ok = m.sentence_start > first and not any(d.sentence_start == m.sentence_start and d.start < m.start for d in told)
        else:
            ok = False
        if not ok:
            continue
        act_sentences |= sentences_of[m.eid]
        out.append(SoftFact(m.eid, dated.eid, "BEFORE", FURTHER_CONFIDENCE, "discourse", (Bound(end_of(m.eid), None, low, evidence, SOFT_STRENGTH),), evidence))
    return out


def late_start_facts(text: str, mentions: Sequence["EventMention"], timexes: Sequence["Timex"], timed: Mapping[str, str],
                     spans: Mapping[str, tuple[dt.datetime, dt.datetime]], real: Mapping[str, bool], late: frozenset[str]) -> list[SoftFact]:
    """(s62 place) "Saturday's cup final, which had been due to kick off at noon, started three hours late after heavy rain
    flooded the pitch": a real past verb with no time of its own, right before a length (a duration with its least
    length known) and a word of ``late`` (lexicon ``late_words``), in a sentence whose infinitive (the time set for it)
    a time of at most a day dates, began that length after that time (the start between the time's start and end, each
    moved on by the length; was the fixture's day from its start, before the time it came late after)."""
    if not late:
        return []
    lengths = _by_start([t for t in timexes if t.min_length is not None])
    out = []
    for verb in mentions:
        if verb.pos != "VERB" or verb.tense != "PAST" or verb.eid in timed or not real.get(verb.eid, False):
            continue
        length = _first_right_after(text, verb.end, lengths)
        if length is None or length.end >= verb.sentence_end:
            continue
        after = text[length.end : verb.sentence_end].split()
        if not after or after[0].strip(",.;:").lower() not in late:
            continue
        due = next((m for m in mentions if m.sentence_start == verb.sentence_start and m.tense == "INFINITIVE" and m.start < verb.start
                    and timed.get(m.eid) in spans and spans[timed[m.eid]][1] - spans[timed[m.eid]][0] <= dt.timedelta(days=1)), None)
        if due is None:
            continue
        low, high = spans[timed[due.eid]]
        gap_low = length.min_length
        gap_high = length.max_length if length.max_length is not None else length.min_length
        evidence = f"came {length.text} late after the time set for it ({due.eid}): that long after it"
        out.append(SoftFact(verb.eid, due.eid, "AFTER", FURTHER_CONFIDENCE + 0.1, "discourse",
                            (Bound(start_of(verb.eid), low + gap_low, high + gap_high, evidence, SOFT_STRENGTH),), evidence))
    return out


def _by_start(timexes: Sequence["Timex"]) -> tuple[list[int], list[tuple[int, "Timex"]]]:
    """(s63 speed) ``timexes`` sorted by start, each with its place in the given order, and their starts: made once per
    call for :func:`_first_right_after`."""
    ranked = sorted(((t.start, i, t) for i, t in enumerate(timexes)), key=lambda x: (x[0], x[1]))
    return [s for s, _, _ in ranked], [(i, t) for _, i, t in ranked]


def _first_right_after(text: str, pos: int, indexed: tuple[list[int], list[tuple[int, "Timex"]]]) -> Optional["Timex"]:
    """(s63 speed) The first time (in the given order) that starts at ``pos`` or after it with only white space between:
    ``next(t for t in timexes if t.start >= pos and not text[pos : t.start].strip())`` without a scan of every time per
    call. The starts are sorted, and once the words between hold more than white space, so do those of every later start."""
    starts, ranked = indexed
    best: Optional[tuple[int, "Timex"]] = None
    for k in range(bisect_left(starts, pos), len(starts)):
        if text[pos : starts[k]].strip():
            break
        if best is None or ranked[k][0] < best[0]:
            best = ranked[k]
    return None if best is None else best[1]
