"""The times an event takes from the occasion, medium or session it was done at: occasion clauses,
hearings, market sessions and moves, punishments and their reasons, admitted acts, purposes,
comparisons and counts, the scene, phrase nouns and occasion clocks.  Read by
:func:`timeline.pipeline.assemble`; split out of the former pipeline.py."""

from __future__ import annotations

import re
import datetime as dt

from typing import TYPE_CHECKING, Mapping, Optional, Sequence

from ..anchoring import REFERENCE, Link, anchor_words
from ..model import Timex
from ..order.links import LinkRelation
from ..text import Doc
from ..wordscan import may_match

if TYPE_CHECKING:
    from ..events.detect import EventMention

from .words import _LAST_WORD_BEFORE, _WORDS


_MOVE_SUBJECT_WORDS = 4  # words back from a price move's verb in which its subject's head is looked for
_MOVE_STOP = frozenset({",", ";", ":", "(", ")", "and", "but", "which", "who", "that", "after", "as", "while", "when"})


def _move_subject(text: str, m: "EventMention") -> list[str]:
    """The lower-cased words right before a move's verb in its sentence, back to a clause stop (at most
    :data:`_MOVE_SUBJECT_WORDS`): where its subject's head is looked for ("New orders from abroad dropped")."""
    subject: list[str] = []
    for w in reversed(_WORDS.findall(text, m.sentence_start, m.start)[-_MOVE_SUBJECT_WORDS:]):
        if w.lower() in _MOVE_STOP:
            break
        subject.append(w.lower())
    return subject


def _session_moves(doc: Doc, mentions: Sequence["EventMention"], lends: Mapping[str, str],
                   spans: Mapping[str, tuple[dt.datetime, dt.datetime]], publication_end: Optional[dt.datetime]) -> dict[str, str]:
    """Event -> the session's day of a market report: an undated move of a price or an index in the simple past with a
    figure after it ("Kestrel Systems tumbled 3 1/2 to 41 1/4", lexicon ``session_moves``, ``patterns.move_figure``),
    told after the report's first move a day dates ("Stocks fell on Friday"), is a move of that session (a market report
    tells one session: a later move dated to another day, "The stock fell 7/8 Thursday", is an aside and sets none);
    not a figure of a period ("Its sales fell 3 percent": lexicon ``period_figures`` among the words before the verb). (s63)
    With no move dated to a day before it, a move told in a session (a word of ``session_nouns`` after it in its sentence:
    "Shares fell 7 percent in early trading") is of the news day's session (:func:`_news_day`)."""
    if publication_end is None:
        return {}
    cues = anchor_words(doc.language)
    if not cues.session_moves:
        return {}
    text = doc.text
    session: Optional[str] = None
    out: dict[str, str] = {}
    ordered = sorted(mentions, key=lambda m: m.start)
    news_day = _news_day(ordered, lends, spans, publication_end)
    for m in ordered:
        if m.pos != "VERB" or m.text.lower() not in cues.session_moves or m.tense != "PAST" or m.aspect != "NONE":
            continue
        if m.eid in lends:
            span = spans.get(lends[m.eid])
            if session is None and span is not None and span[1] - span[0] <= dt.timedelta(days=1) and span[1] <= publication_end:
                session = lends[m.eid]
            continue
        if not cues.move_figure.match(text, m.end):
            continue
        day = session
        if day is None and news_day is not None and any(w.lower() in cues.session_nouns for w in _WORDS.findall(text, m.end, m.sentence_end)):
            day = news_day  # (s63 lead) "Harbour Line said Thursday ... Shares fell 7 percent in early trading": the news day's session
        if day is None:
            continue
        subject = _move_subject(text, m)
        if not subject or any(w in cues.period_figures for w in subject):
            continue
        out[m.eid] = day
    return out


_WORDS = re.compile(r"[^\W\d_]+")


def _news_day(ordered: Sequence["EventMention"], lends: Mapping[str, str], spans: Mapping[str, tuple[dt.datetime, dt.datetime]],
              publication_end: dt.datetime) -> Optional[str]:
    """(s63 lead) The time of the first event of the first sentence that a time of at most a day, over by the end of the
    publication day, dates ("Harbour Line said Thursday it would cut 1,200 jobs"): the day the news broke."""
    if not ordered:
        return None
    for m in ordered:
        if m.sentence_start != ordered[0].sentence_start:
            return None
        span = spans.get(lends.get(m.eid, ""))
        if span is not None and span[1] - span[0] <= dt.timedelta(days=1) and span[1] <= publication_end:
            return lends[m.eid]
    return None


_PERIOD_SPAN = (dt.timedelta(days=1), dt.timedelta(days=366))
"""The lengths of a period a data report's figures are of (longer than a day: a month, a quarter, a year)."""


def _period_moves(doc: Doc, mentions: Sequence["EventMention"], lends: Mapping[str, str],
                  spans: Mapping[str, tuple[dt.datetime, dt.datetime]], publication_end: Optional[dt.datetime]) -> dict[str, str]:
    """Event -> the period of a data report: an undated move in the simple past with a figure after it (lexicon
    ``session_moves``, ``patterns.move_figure``) whose subject names a period's figure (``period_figures``,
    ``period_move_subjects``: "New orders dropped 1.4 percent"), told after a move a period over by publication dates
    ("Orders fell for a third month in October"), is a figure of that period, not a happening of the publication day;
    a later move dated to another period sets that one."""
    if publication_end is None:
        return {}
    cues = anchor_words(doc.language)
    subjects = cues.period_figures | cues.period_move_subjects
    if not cues.session_moves or not subjects:
        return {}
    text = doc.text
    period: Optional[str] = None
    out: dict[str, str] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.pos != "VERB" or m.text.lower() not in cues.session_moves or m.tense != "PAST":
            continue
        if m.eid in lends:
            span = spans.get(lends[m.eid])
            if span is not None and _PERIOD_SPAN[0] < span[1] - span[0] <= _PERIOD_SPAN[1] and span[1] <= publication_end:
                period = lends[m.eid]
            continue
        if period is None or m.aspect != "NONE" or not cues.move_figure.match(text, m.end):
            continue
        if subjects.intersection(_move_subject(text, m)):
            out[m.eid] = period
    return out


def _occasion_times(doc: Doc, mentions: Sequence["EventMention"], timed: Mapping[str, str], spans: Mapping[str, tuple[dt.datetime, dt.datetime]]) -> dict[str, str]:
    """Event -> the time of a clause on the occasion or medium it was done at or in, its only time (lexicon
    ``occasion_clause``: "approved the deal in an online ballot that closed at 6 p.m. on Sunday", "praised her work in an
    interview broadcast on Sunday night"): a simple past verb with no time of its own, the clause's word the next event
    after its next verbs (a participle the tagger took for a noun, "broadcast", too), dated to a time of at most a day; "charged a man who was arrested on Wednesday" names no occasion."""
    cues = anchor_words(doc.language)
    ordered = sorted(mentions, key=lambda m: m.start)
    out: dict[str, str] = {}
    last_verb: Optional["EventMention"] = None  # the verb before w (no slice of all before it: linear)
    for w in ordered:
        v, t = last_verb, timed.get(w.eid)
        if w.pos == "VERB":
            last_verb = w
        if t is None or t not in spans or spans[t][1] - spans[t][0] > dt.timedelta(days=1):
            continue
        if (v is not None and v.sentence_start == w.sentence_start and v.tense == "PAST" and v.aspect == "NONE" and v.eid not in timed
                and cues.occasion_clause.fullmatch(doc.text, v.end, w.start) is not None):
            out[v.eid] = t
    return out


_HELD_AT_SPAN = dt.timedelta(days=366)
"""The longest time of an occasion noun that sets a verb done at it (:func:`_held_at`): a day to a year (s62: "approved the
deal in a closed session in 2022")."""


def _held_at(doc: Doc, mentions: Sequence["EventMention"], timed: Mapping[str, str], spans: Mapping[str, tuple[dt.datetime, dt.datetime]]) -> dict[str, str]:
    """Event -> the time of the occasion noun it was done at ("admitted taking the money from the gang at a hearing in
    September", "pleaded guilty at an earlier hearing on Monday"; lexicon ``held_at_nouns``, ``held_at_occasion``): a
    simple past verb or (s62) a past perfect ("Councillors had approved the deal in a closed session in 2022") with no time
    of its own, its object (no finite verb) between it and "at", "during" or "in" and the noun, which a time of a day to a
    year dates: the verb was done there, in that time."""
    cues = anchor_words(doc.language)
    return _done_at(doc, mentions, timed, spans, cues.held_at_nouns, cues.held_at_occasion, _HELD_AT_SPAN, nouns_only=True, perfect=True)


def _said_in(doc: Doc, mentions: Sequence["EventMention"], timed: Mapping[str, str], spans: Mapping[str, tuple[dt.datetime, dt.datetime]]) -> dict[str, str]:
    """Event -> the time of the medium noun it was done in ("announced his decision in a short statement the next day",
    "confirmed the plans in an interview on Friday"; lexicon ``medium_nouns``, ``in_medium``): as :func:`_held_at`, with
    "in" before the noun: the verb was done in that statement or interview, in the noun's time."""
    cues = anchor_words(doc.language)
    return _done_at(doc, mentions, timed, spans, cues.medium_nouns, cues.in_medium, _HELD_AT_SPAN, nouns_only=True)


def _in_session(doc: Doc, mentions: Sequence["EventMention"], timed: Mapping[str, str], spans: Mapping[str, tuple[dt.datetime, dt.datetime]]) -> dict[str, str]:
    """Event -> the time of the market session it was made in ("shares dropped 6 percent in Wednesday's trading", "rose
    sharply in early trading on Monday"; lexicon ``session_nouns``, ``in_session``): a simple past verb with no time of
    its own, the move's size and "in" or "during" between it and the session noun, which a time of at most a day dates."""
    cues = anchor_words(doc.language)
    return _done_at(doc, mentions, timed, spans, cues.session_nouns, cues.in_session, _DAY_SPAN, nouns_only=False)


def _done_at(doc: Doc, mentions: Sequence["EventMention"], timed: Mapping[str, str], spans: Mapping[str, tuple[dt.datetime, dt.datetime]],
             nouns: frozenset[str], between: "re.Pattern[str]", longest: dt.timedelta, nouns_only: bool, perfect: bool = False) -> dict[str, str]:
    """Event -> the time of a noun of ``nouns`` (a noun mention when ``nouns_only``) that a time of at most ``longest``
    dates, for the simple past verb before it in its sentence with no time of its own, the words between them matching
    ``between`` whole (for :func:`_held_at`, :func:`_in_session`); a past perfect too when ``perfect``."""
    aspects = ("NONE", "PERFECTIVE") if perfect else ("NONE",)
    out: dict[str, str] = {}
    last_verb: Optional["EventMention"] = None  # the last finite verb before w (linear: no scan back)
    for w in sorted(mentions, key=lambda m: m.start):
        t = timed.get(w.eid)
        v = last_verb
        if w.pos == "VERB" and w.tense not in ("PRESPART", "INFINITIVE", "NONE"):
            last_verb = w
        if (t is None or t not in spans or spans[t][1] - spans[t][0] > longest or (nouns_only and w.pos != "NOUN") or w.text.lower() not in nouns
                or v is None or v.sentence_start != w.sentence_start or v.tense != "PAST" or v.aspect not in aspects or v.eid in timed):
            continue
        if between.fullmatch(doc.text, v.end, w.start) is not None:
            out[v.eid] = t
    return out


_DAY_SPAN = dt.timedelta(days=1)
"""The longest time that dates a market session for :func:`_in_session` (a day's trading, not a week's)."""


def _gerund_reasons(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """The gerunds right after a signal that puts the verb before them after them (lexicon ``gerund_signals``: "was shown a
    red card for pushing the goalkeeper", "fined for speeding"): the reason of that verb, which does not move its verb to a
    later scene of the story the way "toured the valley after the water receded" does."""
    signals = frozenset(w for w, rel in anchor_words(doc.language).gerund_signals.items() if rel == "after")
    return frozenset(m.eid for m in mentions if m.tense == "PRESPART"
                     and (w := _LAST_WORD_BEFORE.search(doc.text, max(0, m.start - 12), m.start)) is not None and w.group(1).lower() in signals)


def _punished_times(links: Sequence[Link], reasons: frozenset[str], lends: Mapping[str, str]) -> dict[str, str]:
    """Reason -> the time of the punishment it is given for ("jailed for five years on Tuesday for accepting bribes": the
    accepting -> Tuesday), for the reasons a verb of punishment gives and the acts a verb of admission names (``reasons``:
    :func:`punished_reasons`, :func:`_admitted_acts`); the publication time when no time dates the punishment or the
    admission ("admitted stealing from the till": before it is reported, not on that day)."""
    out: dict[str, str] = {}
    for link in links:
        reason, verb = ((link.target, link.source) if link.relation is LinkRelation.AFTER else
                        (link.source, link.target) if link.relation is LinkRelation.BEFORE else ("", ""))
        if reason in reasons:
            if verb in lends:
                out[reason] = lends[verb]  # a time dates the punishment: before it
            else:
                out.setdefault(reason, REFERENCE)
    return out


def _admitted_acts(doc: Doc, mentions: Sequence["EventMention"], links: Sequence[Link]) -> frozenset[str]:
    """The acts a verb of admission or denial names by a gerund right after it ("admitted stealing from the till", "denied
    taking the money"; lexicon ``admission_verbs``): ordered before that verb by the anchoring links."""
    verbs = frozenset(m.eid for m in mentions if m.pos == "VERB" and m.text.lower() in anchor_words(doc.language).admission_verbs)
    gerunds = frozenset(m.eid for m in mentions if m.tense == "PRESPART")
    return frozenset(link.source for link in links if link.relation is LinkRelation.BEFORE and link.target in verbs and link.source in gerunds)


def _compared_from(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """The events a superlative's span is counted from (lexicon ``superlative_span``: "the largest in the sector since the
    privatisation of the industry under the 1989 Water Act"): the time they lie in is where the comparison starts, no time
    of the story their sentence tells."""
    cues = anchor_words(doc.language)
    possible = may_match(cues.superlative_span, doc.text)  # (s58) no search where none of the pattern's words is written
    return frozenset(m.eid for m in mentions if possible(max(m.sentence_start, m.start - 80), m.start)
                     and cues.superlative_span.search(doc.text, max(m.sentence_start, m.start - 80), m.start) is not None)


def _figure_bases(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """The occasions a compared figure was the base at (lexicon ``figure_base``: "turnout was 38 percent, down from 45
    percent at the last election in 2022"): their time is the base's, no time of the story their sentence tells."""
    cues = anchor_words(doc.language)
    possible = may_match(cues.figure_base, doc.text)  # (s61) no search where none of the pattern's words is written
    return frozenset(m.eid for m in mentions if possible(max(m.sentence_start, m.start - 80), m.start)
                     and cues.figure_base.search(doc.text, max(m.sentence_start, m.start - 80), m.start) is not None)


_COUNT_REACH = 40  # characters back from a time in which an ordinal count before it is looked for


def _count_framed(doc: Doc, links: Sequence[Link], timexes: Sequence[Timex], now: Optional[tuple[dt.datetime, dt.datetime]]) -> frozenset[str]:
    """The events a period holding now dates only as the span an ordinal count runs over (lexicon ``count_frame``: "raised
    its rate for the third time this year", "the second rise this month"): the period says where the count runs, not
    which day; the news conventions place the event within it."""
    if now is None:
        return frozenset()
    cues = anchor_words(doc.language)
    frames = frozenset(t.tid for t in timexes if t.earliest is not None and t.latest is not None and t.earliest <= now[0] < t.latest
                       and cues.count_frame.search(doc.text, max(0, t.start - _COUNT_REACH), t.start) is not None)
    return frozenset(link.source for link in links if link.target in frames and link.relation is LinkRelation.DURING)


def _at_the_scene(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """The verbs right before "at the scene" (lexicon ``at_the_scene``: "was arrested at the scene", "died at the scene"):
    done where the news happened, and so when it did."""
    cues = anchor_words(doc.language)
    return frozenset(m.eid for m in mentions if m.pos == "VERB" and cues.at_the_scene.match(doc.text, m.end) is not None)


def _phrase_nouns(doc: Doc, mentions: Sequence["EventMention"], charged: frozenset[str]) -> dict[str, str]:
    """Event nouns in a phrase of a verb's own scene (lexicon ``phrase_noun``: "led by more than a minute at the finish",
    "missed the race last year with a foot injury"), the verb the nearest before them in their sentence with no comma
    between: noun -> verb; what the noun names was at the verb's time, not on a day of its own. Not a charge ("charged
    with the murder", ``charged``: the crime was before), nor a noun after a verb that is not in the past."""
    cues = anchor_words(doc.language)
    out: dict[str, str] = {}
    verb: Optional["EventMention"] = None
    for m in sorted(mentions, key=lambda m: m.start):
        if verb is not None and verb.sentence_start != m.sentence_start:
            verb = None
        if m.pos == "VERB":
            verb = m if m.cls != "REPORTING" else None
        elif (verb is not None and m.eid not in charged and verb.tense in ("PAST", "PRESPART", "PASTPART")
              and cues.phrase_noun.fullmatch(doc.text, verb.end, m.start)):
            out[m.eid] = verb.eid
    return out


def _occasion_objects(doc: Doc, mentions: Sequence["EventMention"]) -> dict[str, str]:
    """(s63 place) Event nouns that are the object of a real simple past verb of holding, leading or taking part in an
    occasion (lexicon ``occasion_object_verbs``), right after it with a determiner and at most two modifiers between
    (``occasion_object``: "Fans held a vigil outside", "Residents staged a protest outside the hall afterwards", "a choir
    led the singing", a gerund after its determiner a noun too): noun -> verb; the noun is at the verb's time."""
    cues = anchor_words(doc.language)
    if not cues.occasion_object_verbs:
        return {}
    ordered = sorted(mentions, key=lambda m: m.start)
    return {noun.eid: verb.eid for verb, noun in zip(ordered, ordered[1:])
            if verb.pos == "VERB" and (noun.pos == "NOUN" or noun.text.lower().endswith("ing")) and verb.tense == "PAST" and verb.aspect == "NONE" and verb.polarity != "NEG"
            and verb.text.lower() in cues.occasion_object_verbs and verb.sentence_start == noun.sentence_start
            and cues.occasion_object.fullmatch(doc.text, verb.end, noun.start) is not None}


def _occasion_verbs(doc: Doc, mentions: Sequence["EventMention"]) -> dict[str, str]:
    """Verbs done on an occasion of their subject's that an event noun right after them names (lexicon
    ``occasion_phrase``: "climbed the north face of the Eiger on her first attempt in 1974"): verb -> noun; the verb
    was done at the noun's time. The noun is the next event after the verb in its sentence, with no comma between."""
    cues = anchor_words(doc.language)
    ordered = sorted(mentions, key=lambda m: m.start)
    return {verb.eid: noun.eid for verb, noun in zip(ordered, ordered[1:])
            if verb.pos == "VERB" and noun.pos != "VERB" and verb.sentence_start == noun.sentence_start
            and cues.occasion_phrase.fullmatch(doc.text, verb.end, noun.start)}


def _occasion_clocked(doc: Doc) -> frozenset[int]:
    """The sentences that name a time on the clock of the occasion a lead tells (lexicon ``occasion_clock``: "in the 58th
    minute", "in stoppage time", "four minutes into the second half"): they go on telling the match or race."""
    cues = anchor_words(doc.language)
    possible = may_match(cues.occasion_clock, doc.text)  # (s58) no search where none of the pattern's words is written
    return frozenset(k for k, (start, end) in enumerate(doc.spans) if possible(start, end) and cues.occasion_clock.search(doc.text, start, end) is not None)


def _purpose_times(doc: Doc, mentions: Sequence["EventMention"], timed: Mapping[str, str], spans: Mapping[str, tuple[dt.datetime, dt.datetime]],
                   now: Optional[dt.datetime]) -> dict[str, str]:
    """Event -> the time of the infinitive clause of its purpose, for a simple past verb with no time of its own followed
    by its object and "to" (lexicon ``purpose_object``: "won a scholarship to study architecture in Manchester in 1959",
    "used the telescope to watch it pass in front of its star between October and December last year"): the deed was
    done for that, at that time, as was the infinitive itself when the time dates a verb after it; the first time of the
    clause (up to a comma) over before ``now``. Not a verb whose infinitive is its complement (lexicon
    ``infinitive_complement_verbs``, ``intention_verbs``, ``planning_verbs``: "agreed to sell the firm in 2027")."""
    if now is None:
        return {}
    cues = anchor_words(doc.language)
    stops = cues.infinitive_complement_verbs | cues.intention_verbs | cues.planning_verbs
    text = doc.text
    ordered = sorted(mentions, key=lambda m: m.start)
    out: dict[str, str] = {}
    for k, v in enumerate(ordered[:-1]):
        if v.pos != "VERB" or v.tense != "PAST" or v.aspect != "NONE" or v.eid in timed or v.text.lower() in stops:
            continue
        j = next((j for j in range(k + 1, min(k + 4, len(ordered))) if ordered[j].pos == "VERB"), None)  # (past an event noun: "won a grant to study")
        n = ordered[j] if j is not None else None
        if n is None or n.sentence_start != v.sentence_start or cues.purpose_object.fullmatch(text, v.end, n.start) is None:
            continue
        for w in ordered[j:]:
            if w.sentence_start != v.sentence_start or any(c in text[n.start : w.start] for c in ",;:"):
                break
            t = timed.get(w.eid)
            if t is not None:
                if t in spans and spans[t][1] <= now:
                    out[v.eid] = t
                    if n.eid not in timed:
                        out[n.eid] = t
                break
    return out
