"""The times the discourse lends: an event's own time and the one it lends to the events around it, the
dates of past habits, offsets inside an episode, nights, a clock time continued, flashbacks far back,
and the clock stamps heading a live blog's entries.  Read by :func:`timeline.pipeline.assemble`;
split out of the former pipeline.py."""

from __future__ import annotations

import bisect
import re
import datetime as dt

from typing import TYPE_CHECKING, Mapping, Optional, Sequence

from ..anchoring import Link, anchor_words
from ..model import Timex
from ..order.links import LinkRelation
from ..text import Doc
from ..events.factuality import attributive_set
from ..model import TimexType
from ..placement.facts import FLASHBACK_GAP

if TYPE_CHECKING:
    from ..anchoring.cues import AnchorWords
    from ..events.detect import EventMention
    from ..relations import PredictedRelation

from .words import _LAST_WORD_BEFORE, _LETTERS, _WORD_RUN


_TIME_RELATIONS = frozenset({LinkRelation.DURING, LinkRelation.STARTS_IN, LinkRelation.ENDS_IN, LinkRelation.BY})


def _past_habits(doc: Doc, mentions: Sequence["EventMention"], timexes: Sequence[Timex], lends: Mapping[str, str],
                 real: Mapping[str, bool], sentence_of: Mapping[str, int]) -> dict[str, str]:
    """Event -> the date told last before its sentence (the last real event with a date, no report, of the nearest
    sentence before it that has one), for a
    verb in the simple past with no time of its own in a sentence with a recurring time ("Every Friday she visited the
    woman at her flat"): a past habit (see :func:`habit_facts`)."""
    recurring = frozenset(doc.sentence_index(t.start) for t in timexes if t.type is TimexType.SET and not attributive_set(doc.text, t.start, t.end))
    if not recurring:
        return {}
    dates = frozenset(t.tid for t in timexes if t.type in (TimexType.DATE, TimexType.TIME) and t.earliest is not None and t.latest is not None)
    last: dict[int, str] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if lends.get(m.eid) in dates and real.get(m.eid, False) and m.cls != "REPORTING":
            last[sentence_of[m.eid]] = lends[m.eid]
    told = sorted(last)
    out = {}
    for m in mentions:
        k = bisect.bisect_left(told, sentence_of[m.eid])  # the nearest sentence before it that told a date
        if (k and sentence_of[m.eid] in recurring and m.pos == "VERB" and m.tense == "PAST" and m.aspect == "NONE"
                and m.cls != "REPORTING" and real.get(m.eid, False) and m.eid not in lends):
            out[m.eid] = last[told[k - 1]]
    return out


def _per_instance_lengths(doc: Doc, timexes: Sequence[Timex]) -> frozenset[str]:
    """The lengths a recurring time follows right after ("wore step counters for a week each year", "for two hours every
    morning"): each time's length, not the whole habit's, so no event lasts them (the habit is placed by
    :func:`_past_habits`)."""
    ordered = sorted(timexes, key=lambda t: t.start)
    return frozenset(t.tid for t, nxt in zip(ordered, ordered[1:])
                     if t.type is TimexType.DURATION and nxt.type is TimexType.SET and not doc.text[t.end : nxt.start].strip())


def _episode_offsets(doc: Doc, mentions: Sequence["EventMention"], timexes: Sequence[Timex],
                     predictions: Sequence["PredictedRelation"]) -> Sequence["PredictedRelation"]:
    """The learned relations without the orders between two events of a sentence that a length counted inside an episode
    stands between ("Alder Town took the lead after eight minutes, but Westbrook levelled ten minutes after the break":
    the "after" before the length, lexicon ``episode_offset_signals``, orders neither event against the other; a model
    reading it as an event signal said the taking came after the levelling); not a length of an event it names ("after
    three days of questioning": lexicon ``episode_offset_stops``)."""
    cues = anchor_words(doc.language)
    signals, stops = cues.episode_offset_signals, cues.episode_offset_stops
    heads = sorted(t.start for t in timexes if t.type is TimexType.DURATION
                   and (w := _LAST_WORD_BEFORE.search(doc.text, max(0, t.start - 12), t.start)) is not None and w.group(1).lower() in signals
                   and ((n := _FIRST_WORD_AFTER.match(doc.text, t.end)) is None or n.group(1).lower() not in stops))
    if not heads:
        return predictions
    where = {m.eid: m for m in mentions}

    def across(a: "EventMention", b: "EventMention") -> bool:
        first, then = (a, b) if a.start < b.start else (b, a)
        k = bisect.bisect_right(heads, first.end)
        return k < len(heads) and heads[k] < then.start and doc.sentence_index(a.start) == doc.sentence_index(b.start)

    return [p for p in predictions
            if not (p.kind == "event-event" and p.source in where and p.target in where and across(where[p.source], where[p.target]))]


def _timed(links: Sequence[Link], placed_times: frozenset[str]) -> dict[str, str]:
    """Event -> the placed time expression the text puts it in (its own time), first one wins."""
    out: dict[str, str] = {}
    for link in links:
        if link.relation in _TIME_RELATIONS and link.target in placed_times:
            out.setdefault(link.source, link.target)
    return out


def _taken_up_times(links: Sequence[Link], timed: Mapping[str, str], nouns: frozenset[str]) -> dict[str, str]:
    """Event -> the time of a dated event it is the same as (a SIMULTANEOUS link between two event nouns, followed at most
    three steps: "a league game on November 14 ... the match ... apologised after the game"), for events with no time of
    their own; a noun taking up a verb ("Brinton won 3-0 ... after the match") is too often another occasion to follow."""
    out: dict[str, str] = {}
    for _ in range(3):  # (a chain of takings-up: a few passes over the links, linear)
        grown = False
        for link in links:
            if link.relation is not LinkRelation.SIMULTANEOUS or link.source not in nouns or link.target not in nouns:
                continue
            for a, b in ((link.source, link.target), (link.target, link.source)):
                time = timed.get(b) or out.get(b)
                if time is not None and a not in timed and a not in out and a != b:
                    out[a], grown = time, True
        if not grown:
            break
    return out


def _lending(links: Sequence[Link], placed_times: frozenset[str], time_at: Mapping[str, int], event_at: Mapping[str, int],
             early_parts: frozenset[str] = frozenset()) -> dict[str, str]:
    """Event -> the time whose discourse it sets for the events around it: a time it lies in, or
    a deadline the sentence opens with ("By Saturday afternoon the river had burst its banks,
    and water stood ..."); a deadline after the event ("put out by 1 a.m.") bounds it alone; a part
    of a day it came before (``early_parts``: "found the animal before dawn on Thursday. A vet sedated it")."""
    out: dict[str, str] = {}
    for link in links:
        if link.target not in placed_times:
            continue
        if (link.relation is LinkRelation.DURING or (link.relation is LinkRelation.BY and time_at.get(link.target, 0) < event_at.get(link.source, 0))
                or (link.relation is LinkRelation.BEFORE and link.target in early_parts)):
            out.setdefault(link.source, link.target)
    return out


def _lasted_through(cues: "AnchorWords", text: str, t: Timex) -> bool:
    """(s56) Whether the word right before ``t`` is a signal that carries an event to the time's end ("fought the blaze
    through the night": ``signals`` read as "until"): a night lent whole, not most likely before its
    midnight."""
    before = _LAST_WORD_BEFORE.search(text, max(0, t.start - 16), t.start)
    return before is not None and cues.signals.get(before.group(1).lower()) == "until"


def _night_ends(doc: Doc, timexes: Sequence[Timex]) -> dict[str, dt.datetime]:
    """Each night named by its day (TIMEX3 ``...TNI`` told with a word of lexicon ``day_night_words``: "on Wednesday
    night"; not "overnight", a night lent whole) -> the midnight that ends its day: an event the discourse puts in it
    most likely lies before that midnight (placement ``night_facts``)."""
    cues = anchor_words(doc.language)
    words = cues.day_night_words
    out = {}
    for t in timexes:
        if (t.value is not None and t.value.endswith("TNI") and t.earliest is not None and t.latest is not None
                and t.latest - t.earliest <= dt.timedelta(days=1)  # (not a night of some day of a month: "2026-06-XXTNI")
                and any(w.lower() in words for w in _WORD_RUN.findall(t.text)) and not _lasted_through(cues, doc.text, t)):
            midnight = dt.datetime.combine(t.earliest.date(), dt.time(), t.earliest.tzinfo) + dt.timedelta(days=1)
            if t.earliest < midnight < t.latest:
                out[t.tid] = midnight
    return out
_FIRST_WORD_AFTER = re.compile(r"\s+(\w+)")


def _offset_episodes(doc: Doc, mentions: Sequence["EventMention"], links: Sequence[Link], spans: Mapping[str, tuple[dt.datetime, dt.datetime]],
                     happenings: frozenset[str], taken: frozenset[str], dated: frozenset[str]) -> dict[str, tuple[str, dt.datetime, dt.datetime]]:
    """Event -> (the earlier event, its likely day) for the happenings of the sentence right after one that tells of an
    earlier event in an offset clause ("grounded its fleet on Thursday, two days after an engine caught fire on a
    flight") when that sentence takes up a noun of the clause, and none of the main clause, with a definite word (lexicon
    ``taken_up_noun``: "The pilot shut down the engine and landed safely"): it goes on with that episode, whose day the
    offset gives (``spans``: the placed times of at most a day; ``happenings``: the undated simple past happenings
    that may take it; ``taken``: the events something else dates or ties; ``dated``: the events a time dates, whose
    sentence keeps its own time)."""
    cues = anchor_words(doc.language)
    text = doc.text
    by_id = {m.eid: m for m in mentions}
    sentence_of = {m.eid: doc.sentence_index(m.start) for m in mentions}
    dated_sentences = {sentence_of[m.eid] for m in mentions if m.eid in dated}
    out: dict[str, tuple[str, dt.datetime, dt.datetime]] = {}
    for link in links:
        x, span = by_id.get(link.source), spans.get(link.target)
        if x is None or span is None or link.relation is not LinkRelation.BEFORE or link.offset_min is None or link.offset_max is None:
            continue
        lo, hi = span[0] - link.offset_max, span[0] - link.offset_min  # where the earlier event ended
        day = lo.replace(hour=0, minute=0, second=0, microsecond=0)
        if hi - lo > dt.timedelta(days=1) or hi > day + dt.timedelta(days=1):
            continue  # not one calendar day
        s, e = doc.sentence_at(x.start)
        comma = text.rfind(",", s, x.start)
        if comma < 0:
            continue  # no offset clause of its own
        main = {w.lower() for w in _LETTERS.findall(text, s, comma)}
        clause = {w.lower() for w in _LETTERS.findall(text, comma, e)}
        k = sentence_of[x.eid] + 1
        if k >= len(doc.sentences):
            continue
        ns, ne = doc.sentences[k].start, doc.sentences[k].end
        taken_up = {m.group(1).lower() for m in cues.taken_up_noun.finditer(text, ns, ne)}
        if not taken_up & clause or taken_up & main or k in dated_sentences:
            continue  # "A plumber inspected the pool and the pipe": the main clause's pool keeps the lead's day
        for m in mentions:
            if sentence_of[m.eid] == k and m.eid in happenings and m.eid not in taken:
                out[m.eid] = (x.eid, day, day + dt.timedelta(days=1))
    return out


LATER_STEP_REACH = dt.timedelta(days=1)
"""The longest gap of a step told as coming a measured time after an event ("detained a man hours later") whose day the next
sentence's happenings go on with (:func:`_later_episodes`)."""


def _later_episodes(doc: Doc, mentions: Sequence["EventMention"], links: Sequence[Link],
                    days: Mapping[str, tuple[Optional[dt.datetime], Optional[dt.datetime]]], happenings: frozenset[str],
                    taken: frozenset[str], dated: frozenset[str], paragraph_of: Optional[Mapping[int, int]] = None) -> dict[str, tuple[str, dt.datetime, dt.datetime]]:
    """Event -> (the step before it, that step's day) for the happenings of the sentence right after one whose simple past
    verb a measured gap of at most :data:`LATER_STEP_REACH` puts after an event of one known day ("Two men threatened a
    cashier shortly after 7 a.m. on Saturday ... Officers detained the man hours later at a house. A second suspect fled on
    foot"): the story goes on that day, as it does after a day a time names (``days``: each event's certain earliest start
    and latest end; ``happenings``: the undated simple past happenings that may take it; ``taken``: the events something
    else dates or ties; ``dated``: the events a time dates, whose sentence keeps its own time), in the same paragraph
    (``paragraph_of``: :func:`_paragraphs` of ``doc``, when the caller has it)."""
    by_id = {m.eid: m for m in mentions}
    sentence_of = {m.eid: doc.sentence_index(m.start) for m in mentions}
    dated_sentences = {sentence_of[m.eid] for m in mentions if m.eid in dated}
    paragraph_of = _paragraphs(doc) if paragraph_of is None else paragraph_of
    out: dict[str, tuple[str, dt.datetime, dt.datetime]] = {}
    for link in links:
        x, span = by_id.get(link.source), days.get(link.target)
        if (x is None or span is None or span[0] is None or span[1] is None or link.relation is not LinkRelation.AFTER
                or link.offset_min is None or link.offset_max is None or link.offset_max > LATER_STEP_REACH
                or x.pos != "VERB" or x.tense != "PAST" or x.aspect != "NONE"):
            continue
        lo, hi = span[0] + link.offset_min, span[1] + link.offset_max  # where the later step lies
        day = lo.replace(hour=0, minute=0, second=0, microsecond=0)
        if hi > day + dt.timedelta(days=1):
            continue  # not one calendar day
        k = sentence_of[x.eid] + 1
        if k >= len(doc.sentences) or k in dated_sentences or paragraph_of.get(k) != paragraph_of.get(k - 1):
            continue
        for m in mentions:
            if sentence_of[m.eid] == k and m.eid in happenings and m.eid not in taken and m.eid not in out:
                out[m.eid] = (x.eid, day, day + dt.timedelta(days=1))
    return out


def _rest_of_day(continued: Mapping[str, str], timexes: Sequence[Timex]) -> dict[str, tuple[dt.datetime, dt.datetime]]:
    """Event -> (the start of the clock time it continues, the end of that time's day): what
    follows "noticed smoke shortly after 2 a.m." happened after 2 a.m. the same day, not in the
    half hour the clock time names."""
    spans = {t.tid: t.earliest for t in timexes if t.earliest is not None}
    out = {}
    for eid, tid in continued.items():
        start = spans.get(tid)
        if start is not None and start.year < dt.MAXYEAR:
            out[eid] = (start, dt.datetime.combine(start.date(), dt.time()) + dt.timedelta(days=1))
    return out


def _dated_object_relatives(doc: Doc, mentions: Sequence["EventMention"], lends: Mapping[str, str], spans: Mapping[str, tuple[dt.datetime, dt.datetime]],
                            past_times: frozenset[str], far_back: Mapping[str, str]) -> dict[str, str]:
    """Main verb -> the day of the story that dates a restrictive relative clause on its indefinite object (pattern
    ``dated_object_relative``: "Volunteers formed a queue that stretched around the block on Thursday evening": the
    forming is Thursday evening's too). Both verbs in the simple past, the main verb no report and dated by nothing of its
    own (``lends``: event -> the time it lies in); the time over before publication (``past_times``), a day or less long
    (``spans``: time -> its bounds) and not told as a flashback (``far_back``)."""
    cues = anchor_words(doc.language)
    text = doc.text
    ordered = sorted(mentions, key=lambda m: m.start)
    out: dict[str, str] = {}
    for m, r in zip(ordered, ordered[1:]):
        if (m.pos != "VERB" or r.pos != "VERB" or m.tense != "PAST" or r.tense != "PAST" or m.aspect != "NONE" or r.aspect != "NONE"
                or m.cls == "REPORTING" or m.eid in lends or r.eid not in lends or m.sentence_start != r.sentence_start):
            continue
        tid = lends[r.eid]
        span = spans.get(tid)
        if tid not in past_times or tid in far_back or span is None or span[1] - span[0] > dt.timedelta(days=1):
            continue
        if cues.dated_object_relative.fullmatch(text, m.end, r.start) is not None:
            out[m.eid] = tid
    return out


def _far_back(timexes: Sequence[Timex], placed_times: frozenset[str], end_of_now: dt.datetime) -> dict[str, str]:
    """Time -> the past time of the story told before it that it lies well before (``FLASHBACK_GAP``): "called off a
    strike on Thursday ... Drivers first walked out on March 3" tells March 3 as a flashback from Thursday."""
    out: dict[str, str] = {}
    latest_told: Optional[Timex] = None
    for t in sorted((t for t in timexes if t.tid in placed_times), key=lambda t: t.start):
        if latest_told is not None and t.latest is not None and t.latest + FLASHBACK_GAP <= latest_told.earliest:  # type: ignore[operator]
            out[t.tid] = latest_told.tid
        if t.earliest is not None and t.latest is not None and t.latest <= end_of_now and (latest_told is None or t.earliest > latest_told.earliest):  # type: ignore[operator]
            latest_told = t
    return out


def _mourning_flashbacks(text: str, mentions: Sequence["EventMention"], far_back: Mapping[str, str], lends: Mapping[str, str],
                         occasions: frozenset[str]) -> frozenset[str]:
    """(s64 place) The flashback times (``far_back``: time -> the story's time it lies well before) of a story whose time
    dates an occasion of mourning: a sentence with an event that time dates holds a word of ``occasions`` (lexicon
    ``mourning_occasions``: "Thousands attended the funeral of the singer on Tuesday", "A memorial service ... was held on
    Sunday"; the word need not be found as an event). The death told with a day of its own before it ("Lopes died on 2
    March after a long illness") is background: the next sentence ("Fans formed a guard of honour outside the cathedral")
    is back at the occasion's time, as after a background a year or more back."""
    if not far_back or not occasions:
        return frozenset()
    mourned: dict[str, bool] = {}
    for m in mentions:
        tid = lends.get(m.eid)
        if tid is None or tid not in far_back.values() or mourned.get(tid):
            continue
        mourned[tid] = any(w.lower() in occasions for w in _WORD.findall(text[m.sentence_start : m.sentence_end]))
    return frozenset(tid for tid, story in far_back.items() if mourned.get(story, False))


_WORD = re.compile(r"[^\W\d_]+")


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")  # a blank line ends a paragraph


def _paragraphs(doc: Doc) -> dict[int, int]:
    """Sentence index -> the paragraph it lies in (a blank line ends one)."""
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(doc.text)]
    return {i: bisect.bisect_left(breaks, s.start) for i, s in enumerate(doc.sentences)}


_STAMP_CLOCK = re.compile(r"T\d\d:\d\d")  # a time of day in a TIMEX3 value


def _entry_stamps(doc: Doc, mentions: Sequence["EventMention"], timexes: Sequence[Timex], placed: frozenset[str],
                  own: Mapping[str, str], paragraph_of: Optional[Mapping[int, int]] = None) -> dict[str, str]:
    """Event -> the clock time that heads its paragraph as a bare stamp (a live blog's entries: "11.40 a.m. The Green
    Party has taken control of the council." / "3.05 a.m. Labour held Westgate"), for the events of that paragraph no time
    of their own dates (``own``: event -> its time): the entry tells what was news at that time of the day the stamp's
    value gives. A stamp is a time of day that opens its paragraph with nothing before it and a capital after it, in
    a text with at least two such stamps (one clock time opening a paragraph is a lead, not a blog).  ``paragraph_of``:
    :func:`_paragraphs` of ``doc``, when the caller has it."""
    text = doc.text
    starts = {m.end() for m in _PARAGRAPH_BREAK.finditer(text)} | {0}
    stamps: list[tuple[int, str]] = []
    for t in timexes:
        if t.tid not in placed or t.value is None or _STAMP_CLOCK.search(t.value) is None:
            continue
        lead = t.start
        while lead > 0 and text[lead - 1] in " \t":
            lead -= 1
        after = text[t.end : t.end + 3].lstrip(" \t:—–-")
        if (lead in starts or (lead > 0 and text[lead - 1] == "\n" and (lead == 1 or text[lead - 2] == "\n"))) and after[:1].isupper():
            stamps.append((t.start, t.tid))
    if len(stamps) < 2:
        return {}
    paragraph_of = _paragraphs(doc) if paragraph_of is None else paragraph_of
    stamped = {paragraph_of[doc.sentence_index(start)]: tid for start, tid in stamps if doc.sentence_index(start) >= 0}
    out: dict[str, str] = {}
    for m in mentions:
        k = doc.sentence_index(m.start)
        tid = stamped.get(paragraph_of.get(k, -1))
        if tid is not None and m.eid not in own:
            out[m.eid] = tid
    return out
