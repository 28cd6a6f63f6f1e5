"""The pipeline behind ``build`` and ``relate``: text + reference time → a Timeline of events placed on the time axis.

The stages run one way: tag (times) → detect events → anchor (links with evidence) →
constraints → ordering engine (tight bounds, conflicts dropped by the documented policy)
→ :class:`~timeline.model.Timeline`.  The translation from links to constraints lives
here; everything else is in its own module.
"""

from __future__ import annotations

import bisect
import re
import contextlib
import datetime as dt
import gc

import attrs
from typing import TYPE_CHECKING, Iterator, Mapping, Optional, Sequence

from .anchoring.coreference import reported_plans
from .anchoring import REFERENCE, Link, agent_takeups, anchor_events, charged_crimes, anchor_words, punished_reasons, attributive_events, coordinated_firsts, dateline_date, implied_event_spans, not_until, purpose_heads
from .model import AnchorKind, Event, EventAnchor, Relation, Timeline, Timex
from .order import Bound, Fact, IntervalBounds, Network, end_of, start_of
from .order.links import LinkRelation, Strength, link_facts
from .text import Doc, Sentence
from .events.factuality import Factuality, attributive_set, factuality
from .model import TimexType
from .placement import (
    caller_relations,
    close_open,
    WIDE_HAPPENING,
    close_wide,
    continued_discourse,
    convention_facts,
    news_day,
    news_day_facts,
    day_part_facts,
    day_parts,
    described_facts,
    event_windows,
    filing_day,
    publication_day,
    learned_facts,
    likely_gap_facts,
    soon_after_facts,
    night_facts,
    early_hours_facts,
    episode_facts,
    occasion_facts,
    offset_day_facts,
    offset_timex_day_facts,
    named_days,
    likely_interval,
    lasting_states,
    load_conventions,
    local_relations,
    open_runs,
    own_basis,
    sequence_facts,
    settle,
    timeline_order,
)
from .placement.calibration import PROPAGATED, TEXT, load_calibration
from .placement.narration import narrated_steps, narrated_tie_predictions, told_step_facts, told_steps
from .placement.facts import BACKGROUND_GAP, FLASHBACK_GAP, _aside_act_fact, habit_facts, lead_main_time, offset_year_facts, taken_up_facts, text_starts_first, text_tie_kept, text_tie_predictions

if TYPE_CHECKING:
    from .anchoring.cues import AnchorWords
    from .events.detect import EventMention
    from .order import OrderResult
    from .placement import SoftFact
    from .relations import PredictedRelation

__all__ = ["assemble", "links_to_facts", "with_implied", "outside_timexes", "outside_furniture", "with_headline_events"]

_ZERO = dt.timedelta(0)
_FIXED = 10  # a resolved time's own bounds are not evidence to drop


def _timex_facts(t: Timex) -> list[Fact]:
    """A resolved time is an interval whose ends are pinned to its bounds."""
    if t.earliest is None and t.latest is None:
        return []
    return [Bound(p, when, when, evidence=t.text, strength=_FIXED) for p, when in ((start_of(t.tid), t.earliest), (end_of(t.tid), t.latest)) if when is not None]


def links_to_facts(links: Sequence[Link], timexes: Sequence[Timex], reference: Optional[tuple[dt.datetime, dt.datetime]]) -> list[Fact]:
    """The constraints the links stand for (see :class:`~timeline.anchoring.Link` for their meaning)."""
    placed = {t.tid for t in timexes if t.earliest is not None or t.latest is not None}
    times = {t.tid for t in timexes}
    facts: list[Fact] = []
    for t in timexes:
        facts.extend(_timex_facts(t))
    if reference is not None:
        facts += [Bound(start_of(REFERENCE), reference[0], reference[0], evidence="publication time", strength=_FIXED),
                  Bound(end_of(REFERENCE), reference[1], reference[1], evidence="publication time", strength=_FIXED)]
    for link in links:
        if link.target == REFERENCE and reference is None:
            continue
        if link.target in times and link.target not in placed and link.relation is not LinkRelation.LASTS:
            continue
        facts.extend(link_facts(link.relation, link.source, link.target, link.offset_min, link.offset_max, link.evidence, link.strength))
    return facts


def outside_timexes(mentions: Sequence["EventMention"], timexes: Sequence[Timex]) -> list["EventMention"]:
    """The mentions that lie outside every time expression ("Read" in "4 Min Read", "hours" in
    "the early hours"): TimeML never nests an event in a TIMEX3, so the tagger's span wins."""
    spans = sorted((t.start, t.end) for t in timexes)
    starts = [s for s, _ in spans]
    out = []
    for m in mentions:
        k = bisect.bisect_right(starts, m.start) - 1  # the last timex starting at or before the mention
        inside = any(s < m.end and m.start < e for s, e in spans[max(0, k) : k + 2])
        if not inside:
            out.append(m)
    return out


def outside_furniture(mentions: Sequence["EventMention"], doc: Doc) -> list["EventMention"]:
    """The mentions outside page furniture and the headline (see :mod:`timeline.events.furniture`)."""
    from .events.furniture import furniture_spans

    spans = furniture_spans(doc)
    if not spans:
        return list(mentions)
    starts = [s for s, _ in spans]
    out = []
    for m in mentions:
        k = bisect.bisect_right(starts, m.start) - 1
        if k < 0 or m.start >= spans[k][1]:
            out.append(m)
    return out


def with_headline_events(timeline: Timeline, doc: Doc, detected: Sequence["EventMention"]) -> Timeline:
    """``timeline`` with the headline's events the lead tells again (:func:`timeline.anchoring.headline.headline_partners`),
    each placed as its counterpart in the lead ("Sinks" as "their trawler sank ... late on Sunday"): same bounds, likely
    interval and relations, and simultaneous with it.  The rest of the pipeline never reads the headline (it is page
    furniture: no lead, sentence or learned relation counts it), so these come after; their ids follow the body's."""
    from .anchoring.cues import anchor_words
    from .anchoring.headline import headline_partners, retold_words
    from .events.detect import EventMention

    # a headline word the detector missed that a verb of the body tells again ("Carer Admits Stealing": "admitted") is one
    detected = [*detected, *(EventMention("", doc.text[s:e], s, e, *doc.sentence_at(s), partner.cls, partner.pos, "PRESENT")
                             for s, e, partner in retold_words(doc, detected))]
    times = frozenset(t.tid for t in timeline.timexes)
    dated = frozenset((e.start, e.end) for e in timeline.events if any(a.target in times and a.relation != "lasts" for a in e.anchors))
    told = headline_partners(anchor_words(doc.language), doc, detected, dated)
    if not told:
        return timeline
    by_span = {(e.start, e.end): e for e in timeline.events}
    taken = {e.eid for e in timeline.events}
    n = len(timeline.events)
    added: list[Event] = []
    relations: list[Relation] = []
    for m in sorted((m for m in detected if (m.start, m.end) in told), key=lambda m: m.start):
        partner = by_span.get((told[(m.start, m.end)].start, told[(m.start, m.end)].end))
        if partner is None:
            continue  # the counterpart is no event of the timeline (inside a time expression)
        n += 1
        while f"e{n}" in taken:
            n += 1
        eid = f"e{n}"
        taken.add(eid)
        added.append(attrs.evolve(partner, eid=eid, text=m.text, start=m.start, end=m.end, sentence=doc.text[m.sentence_start : m.sentence_end],
                                  anchors=(EventAnchor(partner.eid, "simultaneous", f"{m.text} (headline) … {partner.text}"),),
                                  likely_basis=f"the headline's event, told in the lead (“{partner.text}”)" if partner.likely_start is not None else ""))
        relations.append(Relation(eid, "SIMULTANEOUS", partner.eid, 1.0, True))
    if not added:
        return timeline
    copies: dict[str, list[str]] = {}
    for e in added:
        copies.setdefault(e.anchors[0].target, []).append(e.eid)
    for r in timeline.relations:  # the counterpart's relations hold for the headline's event too (and between two of them)
        if r.source in copies or r.target in copies:
            relations.extend(attrs.evolve(r, source=s, target=t) for s in (r.source, *copies.get(r.source, ())) for t in (r.target, *copies.get(r.target, ()))
                             if (s, t) != (r.source, r.target))
    after: dict[str, list[Event]] = {}
    for e in added:
        after.setdefault(e.anchors[0].target, []).append(e)
    events = tuple(x for e in timeline.events for x in (e, *after.get(e.eid, ())))
    return attrs.evolve(timeline, events=events, relations=(*timeline.relations, *relations))


def with_implied(doc: Doc, mentions: list) -> list:  # type: ignore[type-arg]
    """Add the nouns a timing signal shows to be events, renumbering e1, e2, ... in text order."""
    from .events.detect import EventMention

    text = doc.text
    spans = implied_event_spans(text, mentions, doc.language)
    if not spans:
        return mentions
    for s, e in spans:
        ss, se = doc.sentence_at(s)
        mentions.append(EventMention("", text[s:e], s, e, ss, se, "OCCURRENCE", "NOUN"))
    mentions.sort(key=lambda m: m.start)
    # ``attrs.evolve(m, eid=...)`` written out for the detector's own mentions (evolve reads every field by name, per mention)
    return [EventMention(f"e{i}", m.text, m.start, m.end, m.sentence_start, m.sentence_end, m.cls, m.pos, m.tense, m.aspect, m.polarity,
                         m.modality, m.score) if m.__class__ is EventMention else attrs.evolve(m, eid=f"e{i}")
            for i, m in enumerate(mentions, 1)]


_OPEN = IntervalBounds(None, None, None, None)
_MEASURED_STEP = dt.timedelta(hours=6)
_SUBJECT_GAP = re.compile(r"\s+(?:[A-Za-z]+\s+){0,3}|\s+")  # at most a short phrase ("on Friday") between a subject noun and its verb
"""The longest measured gap ("about an hour after") after which a verb still tells the story's next step."""
_NEWS_KINDS = frozenset({"past-convention", "filing-day", "future-convention", "reported-speech", "publication-day", "event-dct", "news-day"})
"""Soft facts that read the reference time as the day the text was told (news); none in a narrative."""
_NOT_TOLD_YET = frozenset({"PRESENT", "FUTURE", "INFINITIVE"})
"""Tenses of a step still to come ("suspended the route until the inquiry ends"): no next step the story tells."""

_ORDERING = frozenset({LinkRelation.BEFORE, LinkRelation.AFTER})
"""Links that order an event against another: such an event is not thereby in its discourse's time."""
_TIME_RELATIONS = frozenset({LinkRelation.DURING, LinkRelation.STARTS_IN, LinkRelation.ENDS_IN, LinkRelation.BY})


def _factuality(doc: Doc, mentions: Sequence["EventMention"], timexes: Sequence[Timex]) -> dict[str, Factuality]:
    """Per event, whether its clause makes it hypothetical or generic (a recurring time makes a habit)."""
    recurring = frozenset(doc.sentence_index(t.start) for t in timexes if t.type is TimexType.SET and not attributive_set(doc.text, t.start, t.end))
    return {m.eid: f for m, f in zip(mentions, factuality(doc, mentions, recurring))}


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


def _lowered_words(span: str) -> list[str]:
    """``[w.lower() for w in span.split()]``; an ASCII span lower-cased at once (the same words: ASCII letters keep their places)."""
    return span.lower().split() if span.isascii() else [w.lower() for w in span.split()]


def _opening_pronoun(doc: Doc) -> frozenset[int]:
    """The sentences that open with a pronoun taking up the one before ("It ended after ...") or that point back to its
    time with a phrase anywhere in them ("Two men were questioned at the time"; lexicon ``anaphoric_time_phrases``)."""
    cues = anchor_words(doc.language)
    openers, phrases = cues.anaphoric_openers, cues.anaphoric_time_phrases

    def points_back(s: Sentence) -> bool:
        joined = " ".join([t.text for t in s.tokens])
        words = " " + (joined.lower() if joined.isascii() else " ".join([t.text.lower() for t in s.tokens])) + " "
        return any(f" {phrase} " in words for phrase in phrases)

    return frozenset(i for i, s in enumerate(doc.sentences) if s.tokens and (s.tokens[0].text.lower() in openers or (phrases and points_back(s))))


def _relative(doc: Doc, mentions: Sequence["EventMention"], time_ends: Sequence[int] = ()) -> tuple[frozenset[str], frozenset[str]]:
    """(the events that describe a noun rather than tell the story's next step, those of them whose
    clause a comma closes): a verb right after a relative pronoun or a form of "be" after one
    ("families who lost their homes", "the prize, which was founded in 1921"), and every event of
    an aside a comma opens with a relative pronoun (``anchoring.toml`` pattern ``aside``: "Albright,
    who was born in Prague and fled after the takeover in 1948, made no secret ..."), and the first verb of a clause a
    comma and "when" open after a time (``time_ends``: "for the first time since 1998, when they lost the final")."""
    cues = anchor_words(doc.language)
    text = doc.text

    def word_before(m: "EventMention") -> str:
        words = _lowered_words(text[max(m.sentence_start, m.start - 24) : m.start])
        while len(words) > 1 and words[-1] in cues.passive_be:
            words.pop()
        return words[-1] if words else ""

    relative = {m.eid for m in mentions if m.pos == "VERB" and word_before(m) in cues.relative_openers}
    ordered = sorted(mentions, key=lambda m: m.start)
    closed = {m.eid for m, nxt in zip(ordered, ordered[1:]) if m.eid in relative and nxt.sentence_start == m.sentence_start
              and "," in text[m.end : nxt.start] and not _on_happening(text, m.start, m.sentence_start, cues)}
    if ordered:
        starts = [m.start for m in ordered]
        for match in cues.aside.finditer(text):
            shut = text.startswith(",", match.end()) and not _happening_before(text, match.start(), cues, doc.sentence_at(match.start())[0])
            for m in ordered[bisect.bisect_left(starts, match.start()) : bisect.bisect_left(starts, match.end())]:
                relative.add(m.eid)
                if shut:
                    closed.add(m.eid)
        for m in ordered:  # "The plan, first put forward in April, was approved": an aside on the opening noun phrase
            for x in _participle_aside(text, m, ordered, starts, cues):
                relative.add(x.eid)
                closed.add(x.eid)
        for end in time_ends:  # "for the first time since 1998, when they lost the final": the clause is the time's
            when = cues.relative_when.match(text, end)
            if when is not None and "," in when.group():
                k = bisect.bisect_left(starts, when.end())
                verb = ordered[k] if k < len(ordered) and ordered[k].pos == "VERB" else None  # (not past an event noun: "when the
                # plunge helped", whose noun takes the time from the verb)
                if verb is not None and doc.sentence_index(verb.start) == doc.sentence_index(end - 1):
                    relative.add(verb.eid)
    return frozenset(relative), frozenset(closed)


_WORD_BACK = re.compile(r"([A-Za-z-]+)\W*\Z")


def _happening_before(text: str, at: int, cues: "AnchorWords", sentence_start: Optional[int] = None) -> bool:
    """Whether the word ending right before ``at`` (a relative clause's antecedent) is an event noun of lexicon
    ``same_kind`` ("The fire, which broke out on March 14, destroyed ..."): the clause dates the happening the main
    clause goes on to tell of, so it lends its time past its closing comma.  Given ``sentence_start``, the head of the
    short phrase that opens the sentence before ``at`` counts too, past a modifier after it ("The last storm to hit the
    islands, which struck in January 2024, left ...": the storm struck then, the clause is about it)."""
    m = _WORD_BACK.search(text, max(0, at - 30), at)
    if m is not None and m.group(1).lower() in cues.kind_group:
        return True
    return sentence_start is not None and _opening_head(text, sentence_start, at, cues) in cues.kind_group


_OPENING_WORDS = 8  # words at most in the phrase that opens a sentence before an aside on it ("The last storm to hit the islands")
_WORDS = re.compile(r"[A-Za-z-]+|\S")


def _opening_head(text: str, sentence_start: int, at: int, cues: "AnchorWords") -> str:
    """The head noun of the short phrase from ``sentence_start`` to ``at`` (a comma or the end of a word), lower-cased:
    the word before the first that opens a modifier after it (lexicon ``attributive_before``: "to", "at", "of", ...),
    else the phrase's last word; "" when the phrase is long or holds a comma (then it is no mere subject)."""
    words = _WORDS.findall(text, sentence_start, at)
    while words and words[-1] == ",":
        words.pop()
    if not 1 < len(words) <= _OPENING_WORDS or any(not w[0].isalpha() for w in words):
        return ""
    lowered = [w.lower() for w in words]
    k = next((k for k in range(1, len(lowered)) if lowered[k] in cues.attributive_before), len(lowered))
    return lowered[k - 1]


def _on_happening(text: str, start: int, sentence_start: int, cues: "AnchorWords") -> bool:
    """Whether the verb at ``start``, right after a relative pronoun, describes an event noun (see :func:`_happening_before`)."""
    m = _WORD_BACK.search(text, max(sentence_start, start - 40), start)
    if m is None or m.group(1).lower() not in cues.relative_openers:
        return False
    return _happening_before(text, m.start(1), cues, sentence_start)


_SUBJECT_WORDS = 6  # words at most in the noun phrase an aside's comma follows ("The plan", "The old stone bridge")


def _participle_aside(text: str, m: "EventMention", ordered: Sequence["EventMention"], starts: Sequence[int], cues: "AnchorWords") -> Sequence["EventMention"]:
    """The events of an aside that ``m`` opens, a participle set off by commas right after the noun phrase that opens its
    sentence ("The plan, first put forward in April, was approved"; lexicon ``aside_adverbs`` may stand before it), when
    no verb comes before it in the sentence; else none.  What the aside dates is the noun's past, not the main clause's."""
    if m.pos != "VERB" or m.start <= m.sentence_start:
        return ()
    comma = text.rfind(",", m.sentence_start, m.start)
    if comma < 0 or any(w.lower() not in cues.aside_adverbs for w in text[comma + 1 : m.start].split()):
        return ()
    subject = text[m.sentence_start : comma].split()
    if not 0 < len(subject) <= _SUBJECT_WORDS or "," in text[m.sentence_start : comma]:
        return ()
    first = bisect.bisect_left(starts, m.sentence_start)
    if any(x.pos == "VERB" for x in ordered[first : bisect.bisect_left(starts, comma)]):
        return ()  # "Police arrived, found the body": a list of verbs, no aside
    close = text.find(",", m.end)
    end = text.find(".", m.end)
    if close < 0 or (0 <= end < close):
        return ()
    k = bisect.bisect_left(starts, m.start)
    inside = ordered[k : bisect.bisect_left(starts, close)]
    after = ordered[bisect.bisect_left(starts, close)] if bisect.bisect_left(starts, close) < len(ordered) else None
    if after is None or after.pos != "VERB" or after.sentence_start != m.sentence_start:
        return ()  # the main clause's verb follows the aside
    return inside


def _final_asides(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """The events of a relative aside a comma opens and its sentence's end closes ("Retailers blamed a weaker pound, which
    fell to a two-year low last week."): they describe a noun; their time moves no story (lexicon ``aside``)."""
    text = doc.text
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    out: set[str] = set()
    for match in anchor_words(doc.language).aside.finditer(text):
        if text.startswith(".", match.end()) and ordered:
            out.update(m.eid for m in ordered[bisect.bisect_left(starts, match.start()) : bisect.bisect_left(starts, match.end())])
    return frozenset(out)


_FINAL_APPOSITIVE = re.compile(r",\s+[^,;:.!?()\"“”\n]{1,160}\.")
_SPAN_WORD = re.compile(r"\b(?:since|in|for)\s+")


def _final_superlatives(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """The events of a record a comma sets off at the end of its sentence and measures over a span (lexicon
    ``superlative_span``: "More than 9,000 fans watched the game, the biggest crowd at the ground since it was rebuilt in
    2011."): what the record is measured against is no step of the story; its time moves none (see :func:`_final_asides`)."""
    text = doc.text
    cues = anchor_words(doc.language)
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    out: set[str] = set()
    for match in _FINAL_APPOSITIVE.finditer(text):
        begin = match.start() + 1
        while begin < match.end() and text[begin].isspace():
            begin += 1
        for word in _SPAN_WORD.finditer(text, begin, match.end()):
            span = cues.superlative_span.search(text, begin, word.end())
            if span is not None and span.start() == begin:
                out.update(m.eid for m in ordered[bisect.bisect_left(starts, begin) : bisect.bisect_left(starts, match.end())])
                break
    return frozenset(out)


def _place_asides(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """The events of an aside on a place a comma opens ("was taken to hospital, where she had surgery on Thursday"):
    what they tell happened there, at a time of its own; it dates nothing told before it (lexicon ``place_aside``)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    out: set[str] = set()
    for match in anchor_words(doc.language).place_aside.finditer(doc.text):
        out.update(m.eid for m in ordered[bisect.bisect_left(starts, match.start()) : bisect.bisect_left(starts, match.end())])
    return frozenset(out)


def _relative_asides(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """The events of a relative aside a comma opens ("Forecasters warned that the storm, which began on Sunday, would
    not ease": the beginning); lexicon ``aside``."""
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    out: set[str] = set()
    for match in anchor_words(doc.language).aside.finditer(doc.text):
        out.update(m.eid for m in ordered[bisect.bisect_left(starts, match.start()) : bisect.bisect_left(starts, match.end())])
    return frozenset(out)


def _aside_starts_dropped(facts: Sequence["SoftFact"], asides: frozenset[str], tellers: frozenset[str], sentence_of: Mapping[str, int]) -> list["SoftFact"]:
    """``facts`` less the learned guesses that order an undated report or warning in the simple past (``tellers``; one in
    the past perfect looks back, "Engineers, who inspected the building in October, had warned": the aside guides it) with
    an event of a relative aside of that sentence the text dates (``asides``): the aside tells a time of its own, which
    places no telling ("Forecasters warned that the storm, which began on Sunday, would not ease": the warning neither
    started on Sunday nor came before it)."""
    return [f for f in facts if not (f.kind in ("event-event", "event-label") and sentence_of.get(f.source) == sentence_of.get(f.target)
                                     and ((f.source in asides and f.target in tellers) or (f.target in asides and f.source in tellers)))]


def _night_ends(doc: Doc, timexes: Sequence[Timex]) -> dict[str, dt.datetime]:
    """Each night named by its day (TIMEX3 ``...TNI`` told with a word of lexicon ``day_night_words``: "on Wednesday
    night"; not "overnight", a night lent whole) -> the midnight that ends its day: an event the discourse puts in it
    most likely lies before that midnight (placement ``night_facts``)."""
    words = anchor_words(doc.language).day_night_words
    out = {}
    for t in timexes:
        if (t.value is not None and t.value.endswith("TNI") and t.earliest is not None and t.latest is not None
                and t.latest - t.earliest <= dt.timedelta(days=1)  # (not a night of some day of a month: "2026-06-XXTNI")
                and any(w.lower() in words for w in _WORD_RUN.findall(t.text))):
            midnight = dt.datetime.combine(t.earliest.date(), dt.time(), t.earliest.tzinfo) + dt.timedelta(days=1)
            if t.earliest < midnight < t.latest:
                out[t.tid] = midnight
    return out


_HAVE = frozenset({"had", "has", "have"})  # ("who had founded the firm": the perfect's auxiliary before the verb)


def _relative_acts(doc: Doc, ordered: Sequence["EventMention"]) -> Iterator[tuple[int, "EventMention"]]:
    """(index, mention) of the verbs of ``ordered`` (sorted by start) told as done (simple past, past perfect) right after a
    relative pronoun of a person or a thing (lexicon ``person_relatives``), a form of "be" or "have" allowed between ("who
    was fined", "who had founded"): the acts :func:`_person_acts` and :func:`_person_acts_past_clause` join to a main clause."""
    cues = anchor_words(doc.language)
    text = doc.text
    for i, m in enumerate(ordered):
        if m.pos != "VERB" or m.tense != "PAST" or m.aspect not in ("NONE", "PERFECTIVE"):
            continue
        words = _lowered_words(text[max(m.sentence_start, m.start - 24) : m.start])
        while len(words) > 1 and (words[-1] in cues.passive_be or words[-1] in _HAVE):
            words.pop()
        if words and words[-1] in cues.person_relatives:
            yield i, m


def _person_acts(doc: Doc, mentions: Sequence["EventMention"]) -> dict[str, str]:
    """Act -> its main clause's verb, for the verbs told as done (simple past, past perfect) right after a relative pronoun of a person or a
    thing (lexicon ``person_relatives``; a form of "be" or "have" between: "who was fined", "who had founded"; "The council, which built the
    stadium, demolished it on Monday") whose clause the sentence's
    next verb goes on from as its main clause, no word opening another clause between (lexicon ``subordinate_openers``):
    "Judge Roe, who ordered the inquiry, retired on Thursday", "A woman who stole from her employer was jailed"; not "a
    psychiatrist who worked in Oklahoma City, where 168 people were killed in 1995", whose next verb is the place's."""
    cues = anchor_words(doc.language)
    text = doc.text
    ordered = sorted(mentions, key=lambda m: m.start)
    out: dict[str, str] = {}
    for i, m in _relative_acts(doc, ordered):
        main = None
        j = i + 1
        while j < len(ordered) and ordered[j].sentence_start == m.sentence_start:  # (the rest of its sentence only)
            if ordered[j].pos == "VERB":
                main = ordered[j]
                break
            j += 1
        if main is not None and not any(w.strip(",;:").lower() in cues.subordinate_openers for w in text[m.end : main.start].split()):
            out[m.eid] = main.eid
    return out


def _next_verbs(ordered: Sequence["EventMention"], i: int, count: int) -> list["EventMention"]:
    """The first ``count`` verbs after ``ordered[i]`` in its sentence (fewer where the sentence ends first)."""
    out: list["EventMention"] = []
    for k in range(i + 1, len(ordered)):
        v = ordered[k]
        if v.sentence_start != ordered[i].sentence_start or len(out) == count:
            break
        if v.pos == "VERB":
            out.append(v)
    return out


_INNER_TAIL = 8  # words at most from the inner clause's verb to the main clause's ("after he was dismissed [from his job there was] jailed")


def _person_acts_past_clause(doc: Doc, mentions: Sequence["EventMention"]) -> dict[str, str]:
    """Act -> its main clause's verb, for a relative act (as :func:`_person_acts`) whose next verb ends a clause a word of
    lexicon ``subordinate_openers`` or ``clause_signals`` opens inside the relative clause, the main clause's verb following that one with
    only the inner clause's words and an auxiliary between, no comma: "A care home owner who billed councils for residents
    after they had died was convicted of fraud on Thursday" (billed -> convicted; the deaths are the billing's, "died was
    convicted" joins subject to verb), "A man who set fire to a warehouse after he was dismissed from his job there was
    jailed on Wednesday"."""
    cues = anchor_words(doc.language)
    text = doc.text
    ordered = sorted(mentions, key=lambda m: m.start)
    out: dict[str, str] = {}
    for i, m in _relative_acts(doc, ordered):
        verbs = _next_verbs(ordered, i, 2)
        if len(verbs) < 2:
            continue
        inner, main = verbs
        between = text[inner.end : main.start].split()
        openers = cues.subordinate_openers | cues.clause_signals | cues.past_clause_signals
        if (any(w.strip(",;:").lower() in openers for w in text[m.end : inner.start].split())
                and 0 < len(between) <= _INNER_TAIL and (between[-1].lower() in cues.passive_be or between[-1].lower() in _HAVE)
                and not any(w.lower() in openers or not w.replace("'", "").replace("’", "").isalpha() for w in between)):
            out[m.eid] = main.eid
    return out


def _relative_clause_acts(doc: Doc, mentions: Sequence["EventMention"]) -> dict[str, tuple[str, bool]]:
    """Act -> (its main clause's verb, whether it is the verb of the clause inside the relative clause) for the relative
    acts :func:`_person_acts_past_clause` finds and those inner verbs ("who billed councils for residents after they had
    died was convicted": billed and died -> convicted)."""
    acts = _person_acts_past_clause(doc, mentions)
    if not acts:
        return {}
    ordered = sorted(mentions, key=lambda m: m.start)
    out: dict[str, tuple[str, bool]] = {}
    for i, m in enumerate(ordered):
        if m.eid in acts:
            out[m.eid] = (acts[m.eid], False)
            inner = _next_verbs(ordered, i, 1)
            if inner and inner[0].eid != acts[m.eid]:
                out[inner[0].eid] = (acts[m.eid], True)
    return out


_HAPPENINGS = frozenset({"OCCURRENCE", "PERCEPTION", "I_ACTION", "ASPECTUAL"})
"""The classes of event a simple past tells as something that happened ("heard", "ordered", "began"), not a state or a report."""


def _narrated(doc: Doc, mentions: Sequence["EventMention"], relative: frozenset[str], addressing: frozenset[str] = frozenset()) -> frozenset[str]:
    """The happenings told in the simple past ("The captain ordered everyone on deck"), which carry
    on the day the sentence before told of; not a state that may still hold ("the site included"),
    nor a verb that describes a noun (``relative``: :func:`_relative`); a report spoken at an occasion
    (``addressing``: "Prosecutors told the court") is one."""
    holding = anchor_words(doc.language).holding_verbs
    return frozenset(m.eid for m in mentions if m.pos == "VERB" and m.tense == "PAST" and m.aspect == "NONE" and (m.cls in _HAPPENINGS or m.eid in addressing)
                     and m.text.lower() not in holding and m.eid not in relative)


def _comes_before(links: Sequence[Link], accepted: Sequence["SoftFact"], events: frozenset[str]) -> dict[str, str]:
    """Event -> an event of ``events`` it starts before: by a textual "before" (or the other's "after") link, else by a
    learned order the likely layer took in ("caused blackouts ... after two power stations shut down"); see ``close_open``."""
    out = {link.target: link.source for link in links if link.relation is LinkRelation.AFTER and link.source in events and link.target in events}
    out.update((link.source, link.target) for link in links if link.relation is LinkRelation.BEFORE and link.source in events and link.target in events)
    for fact in accepted:
        if fact.source in events and fact.target in events and fact.source != fact.target:
            if fact.relation in ("BEFORE", "START_BEFORE"):
                out.setdefault(fact.source, fact.target)
            elif fact.relation == "AFTER":
                out.setdefault(fact.target, fact.source)
    return out


def _led(mentions: Sequence["EventMention"], real: Mapping[str, bool], narrated: frozenset[str], addressing: frozenset[str] = frozenset()) -> frozenset[str]:
    """The narrated happenings of sentences whose first real past verb (not a report, unless one spoken
    at an occasion) is one too: in "The minister visited the town shortly after the floods began and
    promised aid" the sentence is told from the visit's own time, so no verb of it carries on the time
    of the sentence before."""
    first: dict[int, str] = {}
    for m in mentions:
        if m.pos == "VERB" and m.tense == "PAST" and (m.cls != "REPORTING" or m.eid in addressing) and real.get(m.eid, False):
            first.setdefault(m.sentence_start, m.eid)
    return frozenset(m.eid for m in mentions if m.eid in narrated and first.get(m.sentence_start) in narrated)


_RESTATED_REACH = 3  # sentences back a verb may restate an event told before


def _restated(mentions: Sequence["EventMention"], lends: Mapping[str, str], sentence_of: Mapping[str, int], candidates: frozenset[str]) -> dict[str, str]:
    """Event -> the time of an earlier mention of the same verb that a time dates, a few sentences
    back: a happening told again ("was found alive on Thursday ... Volunteers found her in a hut")."""
    from .events.features import lexical_memo  # lemminflect's tables load on first use

    lexical = lexical_memo()
    dated: dict[str, tuple[int, str]] = {}  # lemma -> (sentence, time) of its last dated mention
    out = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.pos != "VERB":
            continue
        lemma = lexical(m.text.lower())[1]
        if m.eid in lends:
            dated[lemma] = (sentence_of[m.eid], lends[m.eid])
        elif m.eid in candidates and lemma in dated and 0 < sentence_of[m.eid] - dated[lemma][0] <= _RESTATED_REACH:
            out[m.eid] = dated[lemma][1]
    return out


def _restated_kin(doc: Doc, mentions: Sequence["EventMention"], lends: Mapping[str, str], sentence_of: Mapping[str, int],
                  candidates: frozenset[str]) -> dict[str, str]:
    """Event -> the time of an earlier dated verb of its group of verbs that tell one happening (lexicon
    ``same_happening``), a few sentences back, for a verb of another lemma: the happening told again in other words
    ("hit and killed a cyclist last October ... Dent struck Ms Shaw on a country road": October)."""
    from .events.features import lexical_memo  # lemminflect's tables load on first use

    lexical = lexical_memo()
    groups = anchor_words(doc.language).same_happening
    # a verb "and" joins to a dated one shares its time ("hit and killed a cyclist last October")
    times = {**{first: lends[second] for second, first in coordinated_firsts(doc, mentions, frozenset(lends)).items()}, **lends}
    dated: dict[int, tuple[int, str, str]] = {}  # group -> (sentence, time, lemma) of its last dated mention
    out = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.pos != "VERB":
            continue
        lemma = lexical(m.text.lower())[1]
        group = next((i for i, g in enumerate(groups) if lemma in g), None)
        if group is None:
            continue
        if m.eid in times:
            dated[group] = (sentence_of[m.eid], times[m.eid], lemma)
        elif (m.eid in candidates and group in dated and dated[group][2] != lemma
              and 0 < sentence_of[m.eid] - dated[group][0] <= _RESTATED_REACH):
            out[m.eid] = dated[group][1]
    return out


_LEAD_SENTENCES = 2  # the sentences of a news lead, whose present perfect a later sentence may date


def _told_later(mentions: Sequence["EventMention"], lends: Mapping[str, str], sentence_of: Mapping[str, int],
                own: frozenset[str]) -> dict[str, str]:
    """Event -> the time of a later mention of the same verb that a time dates, for a present perfect of the lead with no
    time of its own (``own``: those with one): "A 17-year-old boy has been charged with murder ... He was charged late on
    Monday": the lead told the charging first, undated, as news leads do."""
    from .events.features import lexical_memo  # lemminflect's tables load on first use

    lexical = lexical_memo()
    waiting: dict[str, str] = {}  # lemma -> the lead's undated present perfect
    out = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.pos != "VERB":
            continue
        k = sentence_of[m.eid]
        lemma = lexical(m.text.lower())[1]
        if k < _LEAD_SENTENCES and m.tense == "PRESENT" and m.aspect == "PERFECTIVE" and m.eid not in own and m.eid not in lends:
            waiting.setdefault(lemma, m.eid)
        elif m.eid in lends and lemma in waiting and k - sentence_of[waiting[lemma]] <= _RESTATED_REACH + _LEAD_SENTENCES:
            out[waiting.pop(lemma)] = lends[m.eid]
    return out


def _states(mentions: Sequence["EventMention"]) -> frozenset[str]:
    """The events of class STATE ("remained in a serious condition on Tuesday"): a state's time says how things were
    then, not when the happening "and" joins to it before ("was flown to hospital and remained ...") took place."""
    return frozenset(m.eid for m in mentions if m.cls == "STATE")


def _shared_times(doc: Doc, mentions: Sequence["EventMention"], lends: Mapping[str, str], narrow: frozenset[str],
                  past: Mapping[str, bool]) -> dict[str, str]:
    """Event -> the time of the verb "and" joins it to, when that verb lies in a time of a week at most
    and the first has none of its own: "a crane toppled and crushed a van on Friday night" most
    likely toppled that night too (a likely reading only: the steps may lie apart)."""
    states = _states(mentions)
    seconds = frozenset(eid for eid, t in lends.items() if t in narrow and eid not in states)
    return {first: lends[second] for second, first in coordinated_firsts(doc, mentions, seconds).items()
            if past.get(first, False)}  # (one with a time of its own keeps it: see convention_facts)


_MOVE_SUBJECT_WORDS = 4  # words back from a price move's verb in which its subject's head is looked for
_MOVE_STOP = frozenset({",", ";", ":", "(", ")", "and", "but", "which", "who", "that", "after", "as", "while", "when"})


def _session_moves(doc: Doc, mentions: Sequence["EventMention"], lends: Mapping[str, str],
                   spans: Mapping[str, tuple[dt.datetime, dt.datetime]], publication_end: Optional[dt.datetime]) -> dict[str, str]:
    """Event -> the session's day of a market report: an undated move of a price or an index in the simple past with a
    figure after it ("Kestrel Systems tumbled 3 1/2 to 41 1/4", lexicon ``session_moves``, ``patterns.move_figure``),
    told after the report's first move a day dates ("Stocks fell on Friday"), is a move of that session (a market report
    tells one session: a later move dated to another day, "The stock fell 7/8 Thursday", is an aside and sets none);
    not a figure of a period ("Its sales fell 3 percent": lexicon ``period_figures`` among the words before the verb)."""
    if publication_end is None:
        return {}
    cues = anchor_words(doc.language)
    if not cues.session_moves:
        return {}
    text = doc.text
    session: Optional[str] = None
    out: dict[str, str] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.pos != "VERB" or m.text.lower() not in cues.session_moves or m.tense != "PAST" or m.aspect != "NONE":
            continue
        if m.eid in lends:
            span = spans.get(lends[m.eid])
            if session is None and span is not None and span[1] - span[0] <= dt.timedelta(days=1) and span[1] <= publication_end:
                session = lends[m.eid]
            continue
        if session is None or not cues.move_figure.match(text, m.end):
            continue
        before = _WORDS.findall(text, m.sentence_start, m.start)
        subject: list[str] = []
        for w in reversed(before[-_MOVE_SUBJECT_WORDS:]):
            if w.lower() in _MOVE_STOP:
                break
            subject.append(w.lower())
        if not subject or any(w in cues.period_figures for w in subject):
            continue
        out[m.eid] = session
    return out


def _moments(doc: Doc, mentions: Sequence["EventMention"], certain: "OrderResult") -> frozenset[str]:
    """The aspectual verbs of beginning or ending ("started", "ended") whose start the text bounds
    from below ("started an hour after the ferry left"): each a moment soon over.  One known only
    to end by some time ("three days after it broke out") keeps its start in that day (see ``close_open``)."""
    cues = anchor_words(doc.language)
    names = frozenset(certain.intervals)
    return frozenset(m.eid for m in mentions if m.pos == "VERB" and (m.text.lower() in cues.begin_verbs or m.text.lower() in cues.end_verbs)
                     and m.eid in names and certain[m.eid].earliest_start is not None)


def _attributions(text: str, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """Reporting events that attribute the clause before them ("..., officials said"): a comma
    stands between them and the event before; "the first case was reported in August" reports
    its subject and is no attribution."""
    out = set()
    previous_end = 0
    for m in sorted(mentions, key=lambda m: m.start):
        if m.cls == "REPORTING" and "," in text[previous_end : m.start]:
            out.add(m.eid)
        previous_end = m.end
    return frozenset(out)


def _participle_reports(mentions: Sequence["EventMention"], language: str) -> frozenset[str]:
    """Reports told as a participle of their clause ("cut its forecast on Monday, saying demand had weakened"): said as the
    clause's act was done, so they take its time, not the publication's; "according" (lexicon ``not_verbs``) is no act."""
    from .resolve.tense import tense_words

    not_verbs = tense_words(language).not_verbs
    return frozenset(m.eid for m in mentions if m.cls == "REPORTING" and m.tense == "PRESPART" and m.text.lower() not in not_verbs)


def _coordinated_reports(doc: Doc, mentions: Sequence["EventMention"], timed: Mapping[str, str]) -> frozenset[str]:
    """Past reports with no time of their own that "and" joins to a dated verb told right before them, sharing its subject
    ("Experts examined the canvas on Tuesday and confirmed it was genuine"): said as that act was done, at its time,
    not speech reported at publication (the join as :func:`anchoring.times.coordinated_firsts` finds it)."""
    wanted = frozenset(m.eid for m in mentions if m.cls == "REPORTING" and m.pos == "VERB" and m.tense == "PAST" and m.eid not in timed)
    # (and to an act of the story told in the simple past with no time of its own, "Afterwards, she thanked the crowd and
    # said she would rest": said as she thanked, at the time the story gives that act; not to a verb of what a report before
    # it in its sentence tells, "said on Tuesday that the ground was sold and added": the telling's own act is the report)
    first_report: dict[int, int] = {}  # sentence start -> where its first report stands
    for m in mentions:
        if m.cls == "REPORTING":
            first_report[m.sentence_start] = min(m.start, first_report.get(m.sentence_start, m.start))
    acts = frozenset(m.eid for m in mentions if m.cls != "REPORTING" and m.pos == "VERB" and m.tense == "PAST" and m.aspect == "NONE"
                     and not (m.sentence_start in first_report and first_report[m.sentence_start] < m.start))
    return frozenset(eid for eid, first in coordinated_firsts(doc, mentions, wanted).items() if first in timed or first in acts)


def _second_reports(doc: Doc, mentions: Sequence["EventMention"], timed: Mapping[str, str]) -> frozenset[str]:
    """Past reports with no time of their own that "and" joins right after a dated report whose object is a noun phrase,
    no told clause ("Her family announced her death on Wednesday and said she had been ill"): the same teller's one
    statement, said at its time, not speech reported at publication.  Not after a told clause ("said that prices rose and
    added", the last verb before is the clause's) nor across a comma or another verb."""
    cues = anchor_words(doc.language)
    out = []
    ordered = sorted(mentions, key=lambda m: m.start)
    verbs = [m for m in ordered if m.pos == "VERB"]
    for first, m in zip(verbs, verbs[1:]):
        if (m.cls != "REPORTING" or m.tense != "PAST" or m.aspect != "NONE" or m.eid in timed or first.cls != "REPORTING"
                or first.tense != "PAST" or first.eid not in timed or first.sentence_start != m.sentence_start):
            continue
        between = doc.text[first.end : m.start]
        words = between.lower().split()
        if (not words or words[-1] not in cues.shared_before_coordinators or len(words) > 10 or any(c in between for c in ",;:()\"“”")
                or cues.complementizers.intersection(words)):
            continue
        out.append(m.eid)
    return frozenset(out)


def _addressing(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """Past reporting verbs spoken at an occasion of the story ("Prosecutors told the court that ...", "told a news
    conference"; lexicon ``addressed_occasion``) or heard by it ("The jury heard that ...", lexicon ``occasion_subject``):
    said then, a step of the story, not speech reported at publication."""
    cues = anchor_words(doc.language)
    return frozenset(m.eid for m in mentions if m.cls in ("REPORTING", "PERCEPTION") and m.pos == "VERB" and m.tense == "PAST"
                     and ((m.cls == "REPORTING" and cues.addressed_occasion.match(doc.text, m.end) is not None)
                          or cues.occasion_subject.search(doc.text, max(m.sentence_start, m.end - 40), m.end) is not None))


def _dated_subject_reports(doc: Doc, mentions: Sequence["EventMention"], timed: Mapping[str, str]) -> frozenset[str]:
    """Past reporting verbs whose subject is an event noun a time of its own dates, the first event of its sentence with at
    most that time's short phrase between ("A recount on Friday confirmed that ...", "Tuesday's inquest heard"): said by
    that happening, at its time, not speech reported at publication."""
    out = []
    first: dict[int, "EventMention"] = {}
    for m in mentions:
        noun = first.get(m.sentence_start)
        if noun is None:
            first[m.sentence_start] = m
            continue
        if (m.cls == "REPORTING" and m.pos == "VERB" and m.tense == "PAST"
                and (noun.pos == "NOUN" or (m.text.lower() in anchor_words(doc.language).evidence_reports and _describing_participle(doc, noun)))
                and noun.eid in timed and _SUBJECT_GAP.fullmatch(doc.text, noun.end, m.start) is not None
                and next((x for x in mentions if noun.end <= x.start < m.start), None) is None):
            out.append(m.eid)
    return frozenset(out)


def _teller_anaphor(cues: "AnchorWords", subject: Sequence[str]) -> bool:
    """Whether a subject is "the" and a noun that takes up an organisation named before ("Meridian Lines said on Wednesday
    ... The company reported revenue of"; lexicon ``teller_anaphors``)."""
    return len(subject) == 2 and subject[0].lower() == "the" and subject[1].lower() in cues.teller_anaphors


def _same_teller_reports(doc: Doc, mentions: Sequence["EventMention"], timed: Mapping[str, str]) -> dict[str, str]:
    """Past reporting verbs that open the sentence right after the lead, the first sentence that dates an event, when its
    first event is a report a time of its own dates, their subject a pronoun or a short name ("The mayor said on Thursday
    that she would cooperate ... She denied that she had helped the firm", "... Ward denied"): the teller goes on with
    the statement of that day, not speech reported at publication (after a later report of another day, "She announced
    on Monday a reward ... She told envoys", the story may be back at its own day) (lexicon ``subject_pronouns``; a verb of ``statement_verbs`` the tagger does not class as reporting counts too).
    Report -> the dated report before it."""
    cues = anchor_words(doc.language)
    out: dict[str, str] = {}
    first: dict[int, "EventMention"] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        first.setdefault(doc.sentence_index(m.start), m)
    lead = min((doc.sentence_index(m.start) for m in mentions if m.eid in timed), default=-1)
    for k, m in first.items():
        before = first.get(k - 1)
        if (k - 1 != lead or before is None or (m.cls != "REPORTING" and m.text.lower() not in cues.statement_verbs) or m.pos != "VERB" or m.tense != "PAST" or m.aspect != "NONE" or m.eid in timed
                or before.cls != "REPORTING" or before.pos != "VERB" or before.tense != "PAST" or before.eid not in timed):
            continue
        subject = doc.text[m.sentence_start : m.start].split()
        if (len(subject) == 1 and subject[0].lower() in cues.subject_pronouns) or (
                2 <= len(subject) <= 3 and subject[0].lower() not in cues.determiners and all(_NAME_WORD.fullmatch(w) for w in subject)) or (
                _teller_anaphor(cues, subject)):
            out[m.eid] = before.eid  # (one capitalised word may be a group, "Officials denied": another teller)
    return out


def _end_attributions(doc: Doc, mentions: Sequence["EventMention"]) -> dict[str, str]:
    """Reports that close their sentence as a bare attribution (a subject pronoun and a past reporting verb after a comma
    or a closing quote, nothing but the full stop after it: '"We expect the wards to reopen soon," she said.', "It can be
    restored, they said.") right after a sentence that tells a past report: the pronoun takes up that teller, and the
    words were said at the same occasion (the report of "told reporters on Sunday", the judge's "told him" of the
    hearing), not as speech reported at publication (lexicon ``subject_pronouns``, ``statement_verbs``).
    Report -> the first past report of the sentence before."""
    cues = anchor_words(doc.language)
    text = doc.text
    out: dict[str, str] = {}
    first_report: dict[int, "EventMention"] = {}
    last: dict[int, "EventMention"] = {}

    def reports(m: "EventMention") -> bool:
        return (m.pos == "VERB" and m.tense == "PAST" and m.aspect == "NONE"
                and (m.cls == "REPORTING" or m.text.lower() in cues.statement_verbs))

    for m in sorted(mentions, key=lambda m: m.start):
        k = doc.sentence_index(m.start)
        last[k] = m
        if reports(m):
            first_report.setdefault(k, m)
    for k, m in last.items():
        before = first_report.get(k - 1)
        if before is None or not reports(m):
            continue
        end = doc.sentence_at(m.start)[1]
        if text[m.end : end].strip() not in (".", ""):
            continue
        head = text[max(doc.sentence_at(m.start)[0], m.start - 12) : m.start].rstrip()
        words = head.split()
        if len(words) < 2 or words[-1].lower() not in cues.subject_pronouns or not words[-2].endswith((",", '"', "\u201d")):
            continue
        out[m.eid] = before.eid
    return out


_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
"""A word of a person's name ("Helen Ward"); "The" matches too, so the subject's first word must be no determiner."""


_NOUN_PHRASE_OPENING = re.compile(r"\s*(?:[A-Z][a-z]+|[a-z]+)(?:\s+[a-z]+){0,3}\s+$")  # "Laboratory results ", "The tests "


def _describing_participle(doc: Doc, m: "EventMention") -> bool:
    """Whether ``m``, the first event of its sentence, is a bare past form right after the short noun phrase that opens
    the sentence ("Laboratory results received overnight confirmed ...", "Tests carried out on Monday showed ..."): the
    participle describes the subject, so a report a thing can make (lexicon ``evidence_reports``) is that thing's, at
    its time ("Residents evacuated on Sunday said" is speech at publication)."""
    if m.pos != "VERB" or m.tense != "PAST" or m.aspect != "NONE":
        return False
    start = doc.sentence_at(m.start)[0]
    return m.start - start <= 40 and _NOUN_PHRASE_OPENING.fullmatch(doc.text, start, m.start) is not None


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


_HELD_AT_SPAN = dt.timedelta(days=31)
"""The longest time of an occasion noun that sets a verb done at it (:func:`_held_at`): a day to a month."""


def _held_at(doc: Doc, mentions: Sequence["EventMention"], timed: Mapping[str, str], spans: Mapping[str, tuple[dt.datetime, dt.datetime]]) -> dict[str, str]:
    """Event -> the time of the occasion noun it was done at ("admitted taking the money from the gang at a hearing in
    September", "pleaded guilty at an earlier hearing on Monday"; lexicon ``held_at_nouns``, ``held_at_occasion``): a
    simple past verb with no time of its own, its object (no finite verb) between it and "at" or "during" and the noun,
    which a time of a day to a month dates: the verb was done there, in that time."""
    cues = anchor_words(doc.language)
    return _done_at(doc, mentions, timed, spans, cues.held_at_nouns, cues.held_at_occasion, _HELD_AT_SPAN, nouns_only=True)


def _in_session(doc: Doc, mentions: Sequence["EventMention"], timed: Mapping[str, str], spans: Mapping[str, tuple[dt.datetime, dt.datetime]]) -> dict[str, str]:
    """Event -> the time of the market session it was made in ("shares dropped 6 percent in Wednesday's trading", "rose
    sharply in early trading on Monday"; lexicon ``session_nouns``, ``in_session``): a simple past verb with no time of
    its own, the move's size and "in" or "during" between it and the session noun, which a time of at most a day dates."""
    cues = anchor_words(doc.language)
    return _done_at(doc, mentions, timed, spans, cues.session_nouns, cues.in_session, _DAY_SPAN, nouns_only=False)


def _done_at(doc: Doc, mentions: Sequence["EventMention"], timed: Mapping[str, str], spans: Mapping[str, tuple[dt.datetime, dt.datetime]],
             nouns: frozenset[str], between: "re.Pattern[str]", longest: dt.timedelta, nouns_only: bool) -> dict[str, str]:
    """Event -> the time of a noun of ``nouns`` (a noun mention when ``nouns_only``) that a time of at most ``longest``
    dates, for the simple past verb before it in its sentence with no time of its own, the words between them matching
    ``between`` whole (for :func:`_held_at`, :func:`_in_session`)."""
    out: dict[str, str] = {}
    last_verb: Optional["EventMention"] = None  # the last finite verb before w (linear: no scan back)
    for w in sorted(mentions, key=lambda m: m.start):
        t = timed.get(w.eid)
        v = last_verb
        if w.pos == "VERB" and w.tense not in ("PRESPART", "INFINITIVE", "NONE"):
            last_verb = w
        if (t is None or t not in spans or spans[t][1] - spans[t][0] > longest or (nouns_only and w.pos != "NOUN") or w.text.lower() not in nouns
                or v is None or v.sentence_start != w.sentence_start or v.tense != "PAST" or v.aspect != "NONE" or v.eid in timed):
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


_LAST_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_FIRST_WORD_AFTER = re.compile(r"\s+(\w+)")


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


_LETTERS = re.compile(r"[A-Za-z-]+")


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


def _directives(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """Reporting verbs that direct an act ("residents were told to keep their windows closed", "urged
    drivers to stay away"; lexicon ``directive_verbs``, ``directive_gap``): an order given at the story's time, not speech
    reported at publication."""
    cues = anchor_words(doc.language)
    ordered = sorted(mentions, key=lambda m: m.start)
    return frozenset(a.eid for a, b in zip(ordered, ordered[1:]) if a.cls == "REPORTING" and a.pos == "VERB" and b.tense == "INFINITIVE"
                     and a.text.lower() in cues.directive_verbs and cues.directive_gap.fullmatch(doc.text, a.end, b.start) is not None)


def _declarations(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """Reporting verbs whose object a state word completes ("A friend reported them missing", "declared him dead"; lexicon
    ``declared_state``), or told in the passive with the thing shown as its object ("was shown a red card"; lexicon
    ``shown_recipient``, matched from the be-form before the verb): an act of the story, done at its time, not speech
    reported at publication."""
    cues = anchor_words(doc.language)
    return frozenset(m.eid for m in mentions if m.cls == "REPORTING" and m.pos == "VERB"
                     and (cues.declared_state.match(doc.text, m.end) is not None
                          or cues.shown_recipient.search(doc.text, max(m.sentence_start, m.start - 8), min(len(doc.text), m.end + 8)) is not None))


def _compared_from(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """The events a superlative's span is counted from (lexicon ``superlative_span``: "the largest in the sector since the
    privatisation of the industry under the 1989 Water Act"): the time they lie in is where the comparison starts, no time
    of the story their sentence tells."""
    cues = anchor_words(doc.language)
    return frozenset(m.eid for m in mentions if cues.superlative_span.search(doc.text, max(m.sentence_start, m.start - 80), m.start) is not None)


def _figure_bases(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """The occasions a compared figure was the base at (lexicon ``figure_base``: "turnout was 38 percent, down from 45
    percent at the last election in 2022"): their time is the base's, no time of the story their sentence tells."""
    cues = anchor_words(doc.language)
    return frozenset(m.eid for m in mentions if cues.figure_base.search(doc.text, max(m.sentence_start, m.start - 80), m.start) is not None)


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
    return frozenset(k for k, (start, end) in enumerate(doc.spans) if cues.occasion_clock.search(doc.text, start, end) is not None)


def _said_afterwards(doc: Doc, mentions: Sequence["EventMention"], sentence_of: Mapping[str, int],
                     lead_day: Mapping[str, tuple[str, Optional[dt.datetime], dt.datetime]], continued: Mapping[str, str]) -> dict[str, str]:
    """Past reporting verbs with an adverb of ``after_occasion_adverbs`` right after them ("Harwick's manager said
    afterwards"), told right after a sentence whose happenings are on the lead's day (``lead_day``, see
    :func:`~timeline.placement.facts.news_day`) or go on with the time of the discourse (``continued``): spoken just
    after that occasion, so at its time too; so are those a phrase naming the occasion follows (``after_occasion_phrase``:
    "told reporters after the race", the phrase ending where an event noun begins). Report -> that time."""
    cues = anchor_words(doc.language)
    on_lead: dict[int, str] = {}
    for eid, (t, _start, _end) in lead_day.items():
        on_lead.setdefault(sentence_of[eid], t)
    for eid, t in continued.items():
        on_lead.setdefault(sentence_of[eid], t)
    out: dict[str, str] = {}
    noun_starts = frozenset(m.start for m in mentions if m.pos != "VERB")
    for m in mentions:
        if m.pos != "VERB" or m.cls != "REPORTING" or m.tense != "PAST" or sentence_of[m.eid] - 1 not in on_lead:
            continue
        after = doc.text[m.end : m.end + 12].split()
        phrase = cues.after_occasion_phrase.match(doc.text, m.end)
        if ((after and after[0].strip(",.;").lower() in cues.after_occasion_adverbs)
                or (phrase is not None and phrase.end() in noun_starts)):  # "told reporters after the race"
            out[m.eid] = on_lead[sentence_of[m.eid] - 1]
    return out


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


_TOLD_REACH = 4
"""Words at most between a clause signal and the passive report it opens ("when the final result was announced")."""


def _passive_reports(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """Reporting verbs told in the passive in a clause a signal opens ("cheered when the result was announced",
    "after the verdict was read out"): something that happened at the story's time, not speech reported at publication."""
    cues = anchor_words(doc.language)
    out = set()
    for m in mentions:
        if m.cls != "REPORTING" or m.pos != "VERB":
            continue
        words = [w.lower() for w in doc.text[m.sentence_start : m.start].split()]
        if not words or words[-1] not in cues.passive_be:
            continue
        for k in range(len(words) - 2, max(-1, len(words) - 3 - _TOLD_REACH), -1):
            if any(c in words[k] for c in ",;:()"):
                break  # the clause ends before the signal
            if words[k] in cues.clause_signals:
                out.add(m.eid)
                break
    return frozenset(out)


def _framed_by_perfect(doc: Doc, links: Sequence[Link], mentions: Sequence["EventMention"], flashbacks: frozenset[str],
                       timed: Mapping[str, str], sentence_of: Mapping[str, int]) -> frozenset[str]:
    """The simple past verbs a clause a signal opens after a past perfect of their sentence orders its flashback before
    ("said the driver had been using his phone for several minutes before he hit the first car", "said she had practised
    for two weeks before the tournament began"; a signal of lexicon ``event_signals`` meaning "before" between them):
    told from the past perfect's time, looking back with it, not the news's own step; none a time of its own dates (nor
    a verb "and" joins, "had fled in June and returned later that year", which the sequence orders)."""
    cues = anchor_words(doc.language)
    by_eid = {m.eid: m for m in mentions}
    simple = {m.eid for m in mentions if m.pos == "VERB" and m.tense == "PAST" and m.aspect == "NONE" and m.eid not in timed}
    return frozenset(link.target for link in links if link.relation is LinkRelation.BEFORE and link.source in flashbacks
                     and link.target in simple and sentence_of.get(link.source) == sentence_of.get(link.target)
                     and by_eid[link.source].end <= by_eid[link.target].start
                     and any(cues.event_signals.get(w.lower()) == "before"
                             for w in _LETTERS.findall(doc.text, by_eid[link.source].end, by_eid[link.target].start)))


_LETTERS = re.compile(r"[A-Za-z]+")


def _past(links: Sequence[Link], predictions: Sequence["PredictedRelation"]) -> dict[str, bool]:
    """Event -> True when its tense or the learned relation to publication time puts it before."""
    out = {p.source: True for p in predictions if p.kind == "event-dct" and p.relation == "BEFORE"}
    for link in links:
        if link.relation is LinkRelation.BEFORE_REF:
            out[link.source] = True
    return out


def _lasting(timexes: Sequence[Timex], shortest: dt.timedelta, longest: dt.timedelta) -> frozenset[str]:
    """The placed times whose extent is between ``shortest`` and ``longest``."""
    return frozenset(t.tid for t in timexes if t.earliest is not None and t.latest is not None and shortest <= t.latest - t.earliest <= longest)


_NARROW = (_ZERO, dt.timedelta(days=7))  # a weekend, "last week", a day, a part of a day: a sentence's undated events continue it
_CARRIED = (dt.timedelta(hours=4), dt.timedelta(days=1))  # a part of a day ("Tuesday night") up to a day: the next sentence carries it
_CLOCK = (_ZERO, dt.timedelta(hours=3, minutes=59))  # a clock time ("shortly after 2 a.m."): the next sentence carries the rest of its day
_STORY_NARROW = (_ZERO, dt.timedelta(days=366))
"""In a narrative, what a sentence's undated events continue and the next sentence carries: up to a year
("In the spring of 1632 an army crossed the river. The garrison held out ..."); the story's time, not the reader's day."""


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


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")  # a blank line ends a paragraph


_WORD_RUN = re.compile(r"[A-Za-z]+")
_MEASURED_TIED = dt.timedelta(days=1)
"""The shortest gap from a dated event that gives the event at its other end a time of its own (see ``tied``)."""
_FOREVER = dt.timedelta.max


def _lengthened(links: Sequence[Link]) -> frozenset[str]:
    """Events the text gives a length or a start of their own ("has worked there for 20 years", "has been closed since
    Monday"): a perfect that reaches back over them, not a new act."""
    return frozenset(link.source for link in links if link.relation in (LinkRelation.LASTS, LinkRelation.SINCE, LinkRelation.STARTS_IN))


_STRETCH_REACH = 6  # words at most between "since" and the verb of its clause ("since heavy rain began")


def _stretch_starts(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """The verbs of a clause that starts a stretch running up to now ("Floods have forced 12,000 people from their homes
    since heavy rain began on Sunday", lexicon ``stretch_openers``): the first verb after the opener in its sentence, no
    comma between, within :data:`_STRETCH_REACH` words. Its time is where the stretch begins, not a scene the story goes
    on with: like a flashback's, only another flashback continues it."""
    cues = anchor_words(doc.language)
    if not cues.stretch_openers:
        return frozenset()
    verbs = sorted((m for m in mentions if m.pos == "VERB"), key=lambda m: m.start)
    starts = [m.start for m in verbs]
    out = set()
    for w in _WORD_RUN.finditer(doc.text):
        if w.group().lower() not in cues.stretch_openers:
            continue
        k = bisect.bisect_left(starts, w.end())
        if k == len(verbs) or verbs[k].sentence_start != doc.sentence_at(w.start())[0]:
            continue
        between = doc.text[w.end() : verbs[k].start]
        words = _WORD_RUN.findall(between)
        if "," in between or len(words) > _STRETCH_REACH or between.lstrip()[:1].isdigit() or any(x.lower() in cues.event_signals for x in words):
            continue  # (not "since 1998 after beating City": a time, then a clause of another signal)
        out.add(verbs[k].eid)
    return frozenset(out)


def _told_after_clauses(doc: Doc, mentions: Sequence["EventMention"], lends: Mapping[str, str]) -> frozenset[str]:
    """Events in a clause that a signal of what came earlier ("after", "since"; lexicon ``[event_signals]`` mapped to
    "after") opens after a verb of their sentence that a time dates ("searched the house on Monday after a neighbour
    reported seeing a van there the night before"): told back from the main clause's time, which is the one the
    story goes on with, not the earlier clause's."""
    cues = anchor_words(doc.language)
    back_signals = frozenset(w for w, rel in cues.event_signals.items() if rel == "after")
    out: set[str] = set()
    by_sentence: dict[int, list["EventMention"]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence_start, []).append(m)
    for ms in by_sentence.values():
        ms.sort(key=lambda m: m.start)
        main = next((m for m in ms if m.pos == "VERB" and m.eid in lends), None)
        if main is None:
            continue
        later = [m for m in ms if m.start > main.end]
        if not later:
            continue
        opened = next((w.start() for w in _WORD_RUN.finditer(doc.text, main.end, later[-1].start) if w.group().lower() in back_signals), None)
        if opened is not None:
            out.update(m.eid for m in later if m.start > opened)
    return frozenset(out)


def _paragraphs(doc: Doc) -> dict[int, int]:
    """Sentence index -> the paragraph it lies in (a blank line ends one)."""
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(doc.text)]
    return {i: bisect.bisect_left(breaks, s.start) for i, s in enumerate(doc.sentences)}


_STAMP_CLOCK = re.compile(r"T\d\d:\d\d")  # a time of day in a TIMEX3 value


def _entry_stamps(doc: Doc, mentions: Sequence["EventMention"], timexes: Sequence[Timex], placed: frozenset[str],
                  own: Mapping[str, str]) -> dict[str, str]:
    """Event -> the clock time that heads its paragraph as a bare stamp (a live blog's entries: "11.40 a.m. The Green
    Party has taken control of the council." / "3.05 a.m. Labour held Westgate"), for the events of that paragraph no time
    of their own dates (``own``: event -> its time): the entry tells what was news at that time of the day the stamp's
    value gives. A stamp is a time of day that opens its paragraph with nothing before it and a capital after it, in
    a text with at least two such stamps (one clock time opening a paragraph is a lead, not a blog)."""
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
    paragraph_of = _paragraphs(doc)
    stamped = {paragraph_of[doc.sentence_index(start)]: tid for start, tid in stamps if doc.sentence_index(start) >= 0}
    out: dict[str, str] = {}
    for m in mentions:
        k = doc.sentence_index(m.start)
        tid = stamped.get(paragraph_of.get(k, -1))
        if tid is not None and m.eid not in own:
            out[m.eid] = tid
    return out


def _now_span(reference: Optional[dt.datetime]) -> Optional[tuple[dt.datetime, dt.datetime]]:
    if reference is None:
        return None
    if reference.time() == dt.time(0):
        return reference, reference + dt.timedelta(days=1)
    return reference, reference


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for one stage, then leave it as it was found.

    A stage builds many small objects that live until it returns; each full collection on the
    way re-scans all of them (and the loaded models), about a quarter of a long build's time.
    The stages make no reference cycles to reclaim; a collector the caller had disabled stays so."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def assemble(
    segmented: Doc, ref: Optional[dt.datetime], timexes: Sequence[Timex], mentions: Sequence["EventMention"], hidden: object,
    event_model: str, source: str, reference_time_source: str, given: object = (), mode: str = "news",
) -> Timeline:
    """Anchor, relate and place ``mentions`` among ``timexes``: the stages after recognition.

    ``mode="narrative"``: the reference time is only where the reader stands, so no guess ties an
    event to it (no news convention, no learned relation to the publication time): undated events
    take the story's time or none."""
    with collection_paused():
        return _assemble(segmented, ref, timexes, mentions, hidden, event_model, source, reference_time_source, given, mode)


def _bounded_below(b: IntervalBounds) -> bool:
    """Whether anything bounds an interval's start or end from below."""
    return b.earliest_start is not None or b.earliest_end is not None


def _story_bounded(b: IntervalBounds, now: Optional[tuple[dt.datetime, dt.datetime]]) -> bool:
    """Whether the story bounds an interval: from below, or from above before the reader's day ("By November 1941
    the army had launched a counter-offensive": likely then; a bound only at the reader's day, or a latest start a length
    before it, says nothing of it)."""
    return _bounded_below(b) or (now is not None and b.latest_end is not None and b.latest_end < now[0])


def _story_lengths(timexes: Sequence[Timex]) -> tuple[Timex, ...]:
    """A history's times with no bounds for a length counted from the reference time ("rebuilt the streets over the next
    decade" told of 1666 is not 2026-2036): in a narrative that is only the reader's day, not the story's."""
    return tuple(attrs.evolve(t, earliest=None, latest=None)
                 if t.type is TimexType.DURATION and t.anchor.kind is AnchorKind.REFERENCE_TIME and (t.earliest, t.latest) != (None, None) else t
                 for t in timexes)


def _sentence_dates(segmented: Doc, timexes: Sequence[Timex]) -> dict[int, tuple[dt.datetime, dt.datetime]]:
    """Sentence index -> (earliest, latest) of the bounded times it names (not page furniture)."""
    out: dict[int, tuple[dt.datetime, dt.datetime]] = {}
    for t in timexes:
        if t.earliest is None or t.latest is None or t.furniture:
            continue
        k = segmented.sentence_index(t.start)
        lo, hi = out.get(k, (t.earliest, t.latest))
        out[k] = (min(lo, t.earliest), max(hi, t.latest))
    return out


def _assemble(
    segmented: Doc, ref: Optional[dt.datetime], timexes: Sequence[Timex], mentions: Sequence["EventMention"], hidden: object,
    event_model: str, source: str, reference_time_source: str, given: object = (), mode: str = "news",
) -> Timeline:
    """:func:`assemble` itself."""
    text = segmented.text
    timexes = _story_lengths(timexes) if mode == "narrative" else tuple(timexes)
    kinds = _factuality(segmented, mentions, timexes)
    now = _now_span(ref)
    links = anchor_events(segmented, timexes, mentions, frozenset(eid for eid, f in kinds.items() if f.hypothetical_clause), None if now is None else now[1])
    known = frozenset(m.eid for m in mentions) | frozenset(t.tid for t in timexes) | ({REFERENCE} if now is not None else frozenset())
    given_hard, given_soft = caller_relations(given, known)
    habits = frozenset(eid for eid, f in kinds.items() if f.generic)
    # a habit ("Most crossings run twice a day in winter and every two hours in summer") lies in no one season or day:
    # its times are shown with it but bound nothing (else "in winter" and "in summer" conflict); its order to events stays
    time_ids = frozenset(t.tid for t in timexes)
    network = Network([*links_to_facts([link for link in links if link.source not in habits or link.target not in time_ids], timexes, now),
                       *given_hard], origin=ref)
    certain = network.result()  # what the text entails, before any guess
    placed_times = frozenset(t.tid for t in timexes if t.earliest is not None and t.latest is not None and not t.furniture)
    timed = _timed(links, placed_times)
    # "approved the deal in an online ballot that closed at 6 p.m. on Sunday": the ballot's day, the verb's only time
    conveyed = _occasion_times(segmented, mentions, timed, {t.tid: (t.earliest, t.latest) for t in timexes if t.tid in placed_times})  # type: ignore[misc]
    # "admitted taking the money at a hearing in September": done at that occasion, in its time
    placed_spans = {t.tid: (t.earliest, t.latest) for t in timexes if t.tid in placed_times}
    conveyed = {**_held_at(segmented, mentions, timed, placed_spans), **conveyed}  # type: ignore[arg-type]
    conveyed = {**_in_session(segmented, mentions, timed, placed_spans), **conveyed}  # type: ignore[arg-type]
    conveyed = {**_purpose_times(segmented, mentions, timed, placed_spans, None if now is None else now[0]), **conveyed}  # type: ignore[arg-type]
    heads = purpose_heads(segmented, mentions, frozenset(m.eid for m in mentions if kinds[m.eid].plan and m.eid not in timed))
    dated = timed.keys() | {link.source for link in links if link.relation is LinkRelation.WITHIN and link.target == REFERENCE}  # "within two weeks"
    planned = frozenset(m.eid for m in mentions if kinds[m.eid].reported_plan or (kinds[m.eid].plan and (m.eid in dated or heads.get(m.eid) in dated))
                        or (kinds[m.eid].awaited_step and m.eid in timed)  # "after the first walkout ends on Thursday": scheduled
                        or (kinds[m.eid].scheduled and m.eid in timed))  # "a ceremony is scheduled for Nov. 2": arranged, dated
    delayed = not_until(mentions, links)  # "did not reopen until Monday": it happened
    real = {m.eid: not ((m.polarity == "NEG" and m.eid not in delayed) or kinds[m.eid].generic or (m.eid not in planned and (m.modality is not None or kinds[m.eid].hypothetical_clause)))
            for m in mentions}
    from .relations import predict_relations  # numpy and the shipped models load on first use

    predictions = text_tie_predictions(_episode_offsets(segmented, mentions, timexes, predict_relations(segmented, mentions, timexes, hidden=hidden, model=event_model)), links)
    verbs = frozenset(m.eid for m in mentions if m.pos == "VERB")
    sentence_of = {m.eid: segmented.sentence_index(m.start) for m in mentions}
    # "called the fire service, and crews arrived": a learned order near even odds does not turn a narrated step round
    narrated_pairs = narrated_steps(anchor_words(segmented.language), text, mentions, sentence_of)
    predictions = narrated_tie_predictions(predictions, narrated_pairs)
    dateline = dateline_date(text, timexes, segmented.language)
    filed = filing_day(now, None if dateline is None else (dateline.earliest, dateline.latest))  # type: ignore[arg-type]
    # "forced a window some time before midnight" is tied to nothing by its deadline alone: the narration gives its start
    # "was pinned under a beam for six hours before being freed": the next step told, with no time of its own, ties nothing
    # (not what a report says, "Neighbours said the owner emptied the barn before ...": that may lie days back)
    reports_at = {m.sentence_start: m.start for m in reversed(mentions) if m.cls == "REPORTING"}  # the first report of each sentence
    told_at = {m.eid: m.start for m in mentions if m.tense not in _NOT_TOLD_YET and reports_at.get(m.sentence_start, m.start) >= m.start}
    next_steps = frozenset((link.source, link.target) for link in links
                           if link.relation is LinkRelation.BEFORE and link.source in told_at and link.target in told_at
                           and link.target not in timed and told_at[link.source] < told_at[link.target])
    # "was approved after a debate that lasted three hours": an order against an undated event noun of its own sentence
    # gives the pair no time; the verb still carries the story's
    undated_nouns = frozenset(m.eid for m in mentions if m.pos == "NOUN" and m.eid not in timed)
    tied = frozenset(link.source for link in links if (link.target in placed_times and link.relation is not LinkRelation.BEFORE)
                     or (link.relation in _ORDERING and link.target not in placed_times and link.likely_span is None
                         and not (link.relation is LinkRelation.BEFORE and (link.source, link.target) in next_steps)
                         and not (link.target in undated_nouns and sentence_of.get(link.target) == sentence_of.get(link.source))))  # "detained on Wednesday for blocking": still its sentence's time
    # "suspended the contractor the week after the crash and replaced the software in January": an undated event noun that
    # takes up a happening told in an earlier sentence, and that a signal of its sentence orders another event against,
    # is that happening, at its time: it takes no time of its sentence (the crash is not January's)
    mention_at = {m.eid: m.start for m in mentions}
    taken_back = frozenset(max((link.source, link.target), key=lambda eid: mention_at.get(eid, -1)) for link in links
                           if link.relation is LinkRelation.SIMULTANEOUS and sentence_of.get(link.source) != sentence_of.get(link.target)
                           and link.source in undated_nouns and link.target in undated_nouns)  # (a noun taking up a noun: "show up ... the show" is none)
    tied |= frozenset(link.target for link in links if link.relation in _ORDERING and link.strength is Strength.SIGNAL
                      and link.target in taken_back and link.target in undated_nouns and sentence_of.get(link.target) == sentence_of.get(link.source))
    # "won the cup in 1996, a year after they were promoted": a measured gap from a dated event at least as long as the
    # time that dates it gives the other end its own time (the year before), not the sentence's ("died in May 2025, a day
    # after he was given the dose" keeps May)
    time_lengths = {t.tid: t.latest - t.earliest for t in timexes if t.earliest is not None and t.latest is not None}
    tied |= frozenset(link.target for link in links if link.relation in _ORDERING and link.target not in placed_times and link.source in timed
                      and link.offset_min is not None and link.offset_max is not None and link.offset_min >= _MEASURED_TIED
                      and link.offset_max >= time_lengths.get(timed[link.source], _FOREVER))
    names = certain.intervals
    bounded = frozenset(eid for eid, b in zip(names, map(certain.__getitem__, names)) if b.earliest_start is not None and b.latest_end is not None)
    filed_early = filed is not now
    addressing = _addressing(segmented, mentions)
    declared = _declarations(segmented, mentions)  # "reported them missing", "was shown a red card": acts of the story
    directing = _directives(segmented, mentions) | addressing | declared | _dated_subject_reports(segmented, mentions, timed)
    same_teller = _same_teller_reports(segmented, mentions, timed)  # "The mayor said on Thursday ... She denied that": that day
    directing |= same_teller.keys()
    closing_attributions = _end_attributions(segmented, mentions)  # '"...," she said.' after "told reporters on Sunday": that day
    directing |= closing_attributions.keys()
    # (a report its occasion dates, "announced her decision in a statement posted on Saturday night", is a step of the story too)
    # (and a report told as a participle of its clause, "cut its forecast on Monday, saying demand had weakened", is said
    # as the clause's act is done: it takes the clause's time, not the publication's)
    participles = _participle_reports(mentions, segmented.language)
    participles |= _coordinated_reports(segmented, mentions, timed)  # "examined the canvas on Tuesday and confirmed": that day
    participles |= _second_reports(segmented, mentions, timed)  # "announced her death on Wednesday and said": that day too
    in_order = [(m.eid, "OCCURRENCE" if m.eid in directing or m.eid in conveyed or m.eid in participles else m.cls, sentence_of[m.eid]) for m in mentions]
    past = _past(links, predictions)
    certain_of = dict(zip(names, map(certain.__getitem__, names)))
    days = {eid: (b.earliest_start, b.latest_end) for eid, b in certain_of.items()}
    begun = frozenset(eid for eid, b in certain_of.items() if now is not None and b.latest_start is not None and b.latest_start <= now[1])  # "began to recede"
    lends = _lending(links, placed_times, {t.tid: t.start for t in timexes}, {m.eid: m.start for m in mentions}, frozenset(day_parts(timexes)))
    lends = {**conveyed, **lends}  # and sets the discourse's time for what follows ("She thanked the players")
    compared = _compared_from(segmented, mentions)  # "the largest since the privatisation in 1989": no time of the story
    compared |= _figure_bases(segmented, mentions)  # "down from 45 percent at the last election in 2022": the base's time
    lends = {eid: t for eid, t in lends.items() if eid not in compared}
    windows = event_windows(links, days, timed)  # "evacuated ... within 40 hours of the landfall, many of them lifted"
    past_times = frozenset(t.tid for t in timexes if now is not None and t.latest is not None and t.latest <= now[0])
    now_told = frozenset(m.eid for m in mentions if m.tense == "PRESENT" or (m.tense != "PAST" and m.aspect in ("PERFECTIVE", "PERFECTIVE_PROGRESSIVE")))
    flashbacks = frozenset(m.eid for m in mentions if m.tense == "PAST" and m.aspect in ("PERFECTIVE", "PERFECTIVE_PROGRESSIVE"))
    flashbacks |= _framed_by_perfect(segmented, links, mentions, flashbacks, timed, sentence_of)
    relative, closed = _relative(segmented, mentions, [t.end for t in timexes])
    describing = attributive_events(segmented, mentions)  # "from flooded streets": no step of the story
    # a verb a measured short gap orders after another ("swam out about an hour after the pontoons lifted it") still tells
    # the story's next step: that order does not keep its sentence from carrying on the time told before
    measured = frozenset(link.source for link in links if link.relation in _ORDERING and link.target not in placed_times
                         and link.offset_max is not None and link.offset_max <= _MEASURED_STEP)
    stepping = measured - frozenset(link.source for link in links if (link.target in placed_times and link.relation is not LinkRelation.BEFORE)
                                    or (link.relation in _ORDERING and link.target not in placed_times and link.source not in measured))
    # "cheered when the result was announced": a passive report in a clause a signal opens happened at the story's time; it
    # takes the lead's day as a happening (elsewhere it stays a report: the learned relations place it as one)
    told_then = _passive_reports(segmented, mentions)
    happenings = _narrated(segmented, mentions, relative | describing, addressing | told_then | declared)
    narrated = _led(mentions, real, happenings - (tied - stepping), addressing)
    clocks = _lasting(timexes, *_CLOCK)
    far_back = {} if mode == "narrative" or now is None else _far_back(timexes, placed_times, now[1])
    spans = {t.tid: (t.earliest, t.latest) for t in timexes if t.tid in placed_times}
    background = frozenset(tid for tid, told in far_back.items() if spans[tid][1] + BACKGROUND_GAP <= spans[told][0])  # type: ignore[operator]
    attributions, paragraph_of = _attributions(segmented.text, mentions), _paragraphs(segmented)  # (each read three and two times below)
    ahead_times = frozenset(t.tid for t in timexes if now is not None and t.earliest is not None and t.earliest >= now[1])
    place_asides = _place_asides(segmented, mentions)  # "taken to hospital, where she had surgery on Thursday"
    stretch_starts = _stretch_starts(segmented, mentions)  # "since heavy rain began on Sunday": no scene gone on with
    continued = continued_discourse(in_order, lends, _opening_pronoun(segmented), real, past, past_times, timed, now_told,
                                    flashbacks | _told_after_clauses(segmented, mentions, lends) | stretch_starts,
                                    _lasting(timexes, *(_STORY_NARROW if mode == "narrative" else _CARRIED)) | clocks, narrated, addressing, clocks,
                                    far_back, paragraph_of,
                                    ahead_times, background,
                                    attributions, lead_main_time(in_order, lends, real, past_times, flashbacks, ahead_times, segmented.text,
                                                                 {m.eid: (m.start, m.end) for m in mentions}, anchor_words(segmented.language).coordinators),
                                    undating=place_asides)
    restated = _restated(mentions, lends, sentence_of, narrated - timed.keys())  # a verb told again: its first time
    restated = {**_restated_kin(segmented, mentions, lends, sentence_of, narrated - timed.keys()), **restated}  # in other words
    restated.update(_told_later(mentions, lends, sentence_of, frozenset(timed.keys())))  # a lead's perfect dated later
    after_clock = _rest_of_day({eid: t for eid, t in continued.items() if t in clocks and eid not in restated}, timexes)
    narrow = _lasting(timexes, *(_STORY_NARROW if mode == "narrative" else _NARROW))
    continued = {**continued, **restated, **_shared_times(segmented, mentions, lends, narrow, past)}
    if mode != "narrative" and now is not None:  # "Stocks fell on Friday ... Kestrel Systems tumbled 3 1/2": Friday's session
        continued = {**_session_moves(segmented, mentions, lends, {t.tid: (t.earliest, t.latest) for t in timexes if t.tid in placed_times},  # type: ignore[misc]
                                      now[1]), **continued}
    continued.update((eid, lends[teller]) for eid, teller in same_teller.items() if teller in lends)
    for eid, teller in closing_attributions.items():  # (in text order: a teller itself so attributed has its time already)
        if eid not in lends and (lends.get(teller) or continued.get(teller)) is not None:
            continued[eid] = lends.get(teller) or continued[teller]
    # "missed the race last year with a foot injury", "led by a minute at the finish": the noun at its verb's time
    phrase_nouns = {noun: verb for noun, verb in _phrase_nouns(segmented, mentions, charged_crimes(segmented, mentions, segmented.language)
                                                               | punished_reasons(segmented, mentions, segmented.language)).items()
                    if real.get(noun, False) and noun not in lends and noun not in timed and noun not in continued}
    continued.update((noun, lends.get(verb) or continued[verb]) for noun, verb in phrase_nouns.items()
                     if (lends.get(verb) or continued.get(verb)) is not None)
    # "climbed the north face on her first attempt in 1974": the verb at its occasion's time
    continued.update((verb, lends[noun]) for verb, noun in _occasion_verbs(segmented, mentions).items()
                     if real.get(verb, False) and noun in lends and verb not in lends and verb not in timed and verb not in continued)
    # "A fire tore through a paint factory on Tuesday evening. ... Two workers were treated": the lead's day, not the publication
    # day (news only: a history has no publication day)
    # "grounded its fleet on Thursday, two days after an engine caught fire. The pilot shut down the engine": the fire's day
    episodes = {} if mode == "narrative" else _offset_episodes(
        segmented, mentions, links, {t.tid: (t.earliest, t.latest) for t in timexes if t.tid in placed_times and t.latest - t.earliest <= dt.timedelta(days=1)},  # type: ignore[misc,operator]
        happenings, frozenset(timed) | tied | conveyed.keys(), frozenset(timed))
    reasons = _gerund_reasons(segmented, mentions)  # "was shown a red card for pushing the goalkeeper": no later scene
    # "watched the match, the largest crowd since the ground was rebuilt in 2009": after the record's base, not days on
    records = _final_superlatives(segmented, mentions) if mode != "narrative" else frozenset()
    lead_day = {} if mode == "narrative" else news_day(
        [(eid, "OCCURRENCE" if eid in told_then else cls, sentence) for eid, cls, sentence in in_order], lends, {t.tid: (t.earliest, t.latest) for t in timexes if t.tid in placed_times}, _lasting(timexes, *_CARRIED),  # type: ignore[misc]
        filed, real, past, happenings, frozenset(link.source for link in links if link.target in placed_times and link.relation is not LinkRelation.BEFORE) | conveyed.keys() | episodes.keys(), continued,
        tied, addressing, frozenset(link.source for link in links if link.relation is LinkRelation.AFTER and past.get(link.target, False)
                                    and link.source not in measured and link.target not in reasons and link.target not in records), flashbacks,  # ("scored four minutes after City had equalised": the same scene)
        closed | _final_asides(segmented, mentions) | records, _at_the_scene(segmented, mentions), attributions, paragraph_of, stretch_starts, _occasion_clocked(segmented),
        {noun: verb for noun, verb in phrase_nouns.items() if noun not in continued})
    # a past habit ("Every November the families laid wreaths") holds over a stretch: no one day the discourse carries
    habits = _past_habits(segmented, mentions, timexes, lends, real, sentence_of) if mode != "narrative" and now is not None else {}
    lead_day = {eid: day for eid, day in lead_day.items() if eid not in habits}
    said_after = {eid: t for eid, t in _said_afterwards(segmented, mentions, sentence_of, lead_day, continued).items() if eid not in continued}
    continued.update(said_after)
    continued = {eid: t for eid, t in continued.items() if eid not in lead_day and eid not in episodes and eid not in habits}  # a witness's perception: the lead's day, not the day carried
    if mode != "narrative":  # a live blog's entry, headed by its clock time: that time, not the lead's day nor one carried
        stamped = _entry_stamps(segmented, mentions, timexes, frozenset(placed_times), {**conveyed, **lends})
        lead_day = {eid: day for eid, day in lead_day.items() if eid not in stamped}
        continued.update(stamped)
    in_order = [(eid, "OCCURRENCE" if (eid in told_then and eid in lead_day) or eid in said_after else cls, sentence) for eid, cls, sentence in in_order]  # no speech then
    # (nor a report spoken at the occasion it names: "told reporters after the race")
    after_clock = {eid: span for eid, span in after_clock.items() if eid in continued}
    takeups = {noun: verb for noun, verb in agent_takeups(text, mentions, segmented.language).items() if noun not in timed}  # "the inspection"
    named = named_days(links, {t.tid: (t.earliest, t.latest) for t in timexes if t.tid in placed_times})  # type: ignore[misc]
    named.update((noun, named[verb]) for noun, verb in takeups.items() if verb in named and noun not in named)  # "two weeks before the inspection"
    day_of_filing = publication_day(filed)
    sentence_times = _sentence_dates(segmented, timexes)
    soon = soon_after_facts(links, real, {**conveyed, **timed}, {t.tid: (t.earliest, t.latest) for t in timexes if t.tid in placed_times},  # type: ignore[misc]
                            anchor_words(segmented.language).soon_after_signals, None if day_of_filing is None or mode == "narrative" else day_of_filing[0],
                            {m.eid: sentence_times[sentence_of[m.eid]][1] for m in mentions if sentence_of[m.eid] in sentence_times},
                            frozenset(m.eid for m in mentions if m.pos != "VERB" or (m.tense in ("PAST", "PRESPART", "NONE") and m.aspect == "NONE")))
    soft = [*given_soft, *likely_gap_facts(links, real), *soon, *offset_day_facts(links, days, real, named), *offset_timex_day_facts(links, days, real, {t.tid: (t.earliest, t.latest) for t in timexes if t.tid in placed_times}), *offset_year_facts(links, days, real), *described_facts(mentions, describing, real), *night_facts(links, timexes, real, continued), *early_hours_facts(days, real, past, publication_day(filed)), *occasion_facts(conveyed, timexes, real), *episode_facts(episodes), *day_part_facts(links, timexes, real), *sequence_facts(text, mentions, real, links, segmented.language, relative), *taken_up_facts(takeups, real),
            *habit_facts(habits),
            *told_step_facts(text, mentions, told_steps(anchor_words(segmented.language), text, mentions, sentence_of, real)),
            *_aside_starts_dropped(text_tie_kept(learned_facts(predictions, real, placed_times, verbs, publication_day(filed), sentence_of, bounded | frozenset(continued) | frozenset(lead_day) | conveyed.keys() | episodes.keys() | takeups.keys(), filed_early,
                           sentence_times, days, flashbacks,
                           frozenset(m.eid for m in mentions if m.tense == "PAST" and m.aspect == "NONE"),
                           frozenset(m.eid for m in mentions if m.pos == "VERB" and m.tense == "PRESENT" and m.aspect == "NONE"),
                           frozenset(m.eid for m in mentions if m.pos == "VERB" and m.tense == "PRESENT" and m.aspect == "PERFECTIVE") - _lengthened(links)), links),
                                  _relative_asides(segmented, mentions) & bounded,
                                  frozenset(m.eid for m in mentions if m.cls in ("REPORTING", "I_ACTION") and m.pos == "VERB" and m.tense == "PAST" and m.aspect == "NONE") - bounded,
                                  sentence_of),
            *news_day_facts(lead_day)]
    # "said on Monday that the roof repairs would be finished": a plan the report tells does not continue the report's day
    plans = reported_plans(text, mentions, frozenset(m.eid for m in mentions if kinds[m.eid].reported_plan), frozenset(dated))
    # "was flown to hospital and remained in a serious condition on Tuesday": the state's time is not the flight's
    before_states = frozenset(coordinated_firsts(segmented, mentions, frozenset(lends.keys() & _states(mentions))).values())
    soft += convention_facts(
        in_order, links, real, filed, {**conveyed, **timed}, past, load_conventions(), narrow | windows.keys(), tied | plans.keys() | before_states, {**windows, **lends},
        attributions,
        frozenset(m.eid for m in mentions if m.pos == "VERB" and m.tense == "PRESENT"),
        past_times, filed_early, continued,
        frozenset(t.tid for t in timexes if now is not None and t.earliest is not None and t.earliest >= now[1]),
        _moments(segmented, mentions, certain), after_clock, relative, closed,
        begun, describing,
        lasting_states(segmented.text, mentions, segmented.language),
        {t.tid: t.latest - t.earliest for t in timexes if t.earliest is not None and t.latest is not None},
        {link.source: link.target for link in links if link.relation is LinkRelation.UNTIL and link.target in placed_times},
        frozenset(t.tid for t in timexes if now is not None and t.earliest is not None and t.earliest < dt.datetime.combine(now[0].date(), dt.time())),
        _rest_of_day({tid: tid for tid in clocks}, timexes),
        frozenset(link.source for link in links if link.relation in (LinkRelation.BEGUN_BY, LinkRelation.ENDED_BY)),
        flashbacks,
        {**_person_acts(segmented, mentions), **_person_acts_past_clause(segmented, mentions)},
        punished=_punished_times(links, punished_reasons(segmented, mentions, segmented.language) | _admitted_acts(segmented, mentions, links),
                                 {**conveyed, **lends}),
        night_ends=_night_ends(segmented, timexes),
        count_framed=_count_framed(segmented, links, timexes, now),
    )
    if mode == "narrative":  # a history's events are not told the day it is read
        soft = [f for f in soft if f.target != REFERENCE and f.kind not in _NEWS_KINDS]
    # "who billed councils for residents after they had died was convicted": the act's own past clause (the deaths) is as
    # far back as the act; a learned order between the two would pin the act to the day before the verdict
    # (nor one with the rest of its sentence: "billed ... was convicted of fraud", the charge noun is the act itself)
    held_back = _relative_clause_acts(segmented, mentions)
    soft = [f for f in soft if not (f.kind in ("event-event", "event-label") and (f.source in held_back or f.target in held_back)
                                    and sentence_of.get(f.source) == sentence_of.get(f.target))]
    # (the clause inside, "after they had died", is an act of the relative clause as well: before the main clause's time)
    soft += [_aside_act_fact(eid, lends[main]) for eid, (main, inside) in held_back.items()
             if inside and main in lends and eid not in lends and real.get(eid, False) and past.get(eid, False)]
    accepted = settle(network, soft) if real else []
    in_network = set(network.intervals)
    open_times = {t.tid for t in timexes if (t.earliest is None) != (t.latest is None)}
    open_ended = frozenset(link.source for link in links if link.target in open_times)
    open_ended |= punished_reasons(segmented, mentions, segmented.language)  # "sentenced on Monday for taking bribes": no day of Monday's
    closing = [m.eid for m in mentions if real[m.eid] and m.eid in in_network]
    if mode == "narrative":  # only the reader's time bounds it from above: nothing to take its day from
        closing = [eid for eid in closing if _story_bounded(network.bounds(eid), now)]
    close_open(network, closing, ref, open_ended, _comes_before(links, accepted, frozenset(closing)))
    looking_back = frozenset(sentence_of[eid] for eid in flashbacks)  # "It had leaked for weeks before anyone noticed": in a flashback's weeks
    if mode != "narrative":  # "taken to a hospital, where doctors said on Monday evening": that day, not the week before
        news_day0 = publication_day(filed)
        # (neither end of a gap between two events that is vague, open or measured: "three months after he left office",
        # "two months after auditors found", "dropped it two weeks later after the first bidder raised its price": the
        # latest start is only the gap's edge, the range mirrors the other event's; only a short gap from nothing
        # ("shortly after") leaves them to be closed)
        gap_ends = frozenset(eid for link in links if link.offset_min is not None and link.relation in _ORDERING
                             and (link.offset_max is None or link.offset_max - link.offset_min > WIDE_HAPPENING or link.offset_min > dt.timedelta(0))
                             for eid in (link.source, link.target))
        close_wide(network, [eid for eid in closing if eid in happenings and eid not in open_ended and eid not in timed and eid not in conveyed
                             and eid not in gap_ends and sentence_of[eid] not in looking_back], None if news_day0 is None else news_day0[0])
    likely = network.last_result()  # the network is not touched again
    by_source: dict[str, list[Link]] = {}
    for link in links:
        by_source.setdefault(link.source, []).append(link)
    names = {**{t.tid: t.text for t in timexes}, **{m.eid: m.text for m in mentions}}
    day = publication_day(filed)
    earlier = frozenset() if day is None else frozenset(n for n, b in likely.bounds.items() if b.latest_end is not None and b.latest_end <= day[0])
    trust = own_basis(accepted, names, earlier)
    calibrated = load_calibration()
    events = []
    in_certain, in_likely = set(certain.intervals), set(likely.intervals)
    sentence_texts: dict[tuple[int, int], str] = {}  # one string per sentence, shared by its events (not a copy each)
    for m in mentions:
        sentence_text = sentence_texts.get((m.sentence_start, m.sentence_end))
        if sentence_text is None:
            sentence_text = sentence_texts[(m.sentence_start, m.sentence_end)] = text[m.sentence_start : m.sentence_end].strip()
        cb = certain[m.eid] if m.eid in in_certain else _OPEN
        lb = likely[m.eid] if m.eid in in_likely else _OPEN
        anchors = tuple(
            EventAnchor(link.target, link.relation, link.evidence, link.offset_min, link.offset_max) for link in by_source.get(m.eid, ())
        ) or (EventAnchor("none", "unanchored", "the text ties this event to no time or other event"),)
        likely_start = likely_end = confidence = None
        basis = kind = ""
        if real[m.eid]:
            likely_start, likely_end = likely_interval(lb)
            if likely_start is not None and (cb.earliest_start, cb.latest_end) == (likely_start, likely_end):
                confidence, kind = 1.0, TEXT
            elif likely_start is not None:
                raw, basis, kind = trust.get(m.eid, (0.1, "propagated from the events around it", PROPAGATED))
                confidence = calibrated(kind, raw)
        events.append(
            Event(
                eid=m.eid, text=m.text, start=m.start, end=m.end, sentence=sentence_text,
                cls=m.cls, tense=m.tense, aspect=m.aspect, polarity=m.polarity, modality=m.modality,
                earliest_start=cb.earliest_start, latest_start=cb.latest_start, earliest_end=cb.earliest_end, latest_end=cb.latest_end,
                anchors=anchors, likely_start=likely_start, likely_end=likely_end, confidence=confidence, likely_basis=basis, likely_kind=kind,
                generic=kinds[m.eid].generic, hypothetical_clause=kinds[m.eid].hypothetical_clause, reported_plan=m.eid in planned, not_until=m.eid in delayed,
            )
        )
    placed = [e.eid for e in events if e.real and e.eid in in_likely]
    # (a news story's lead paragraph tells the outcome first: no text order of it with the steps told after it)
    lead_paragraph = min((paragraph_of.get(sentence_of[eid], 0) for eid in timed if eid in sentence_of), default=-1) if mode != "narrative" else -1
    summary = frozenset(m.eid for m in mentions if paragraph_of.get(sentence_of[m.eid], 0) <= lead_paragraph)
    order_of = timeline_order(likely, placed, [m.eid for m in mentions], accepted, predictions, text_starts_first(links), narrated_pairs,
                              summary=summary)
    events.sort(key=lambda e: order_of[e.eid])
    intervals = {e.eid: (e.likely_start, e.likely_end) for e in events if e.likely_start is not None and e.likely_end is not None}
    relations = local_relations(segmented, mentions, timexes, certain, likely, accepted, intervals, now, predictions,  # type: ignore[arg-type]
                                sorted(placed, key=order_of.__getitem__),
                                frozenset(e.eid for e in events if e.eid not in intervals and not (e.negated or e.generic)))
    placed_set = set(placed)
    # guesses that leave two events' starts equal can order them both ways; state only the order the timeline shows
    relations = tuple([r for r in relations if r.certain or r.relation not in ("BEFORE", "AFTER") or r.source not in placed_set  # (a list: no generator step per relation)
                       or r.target not in placed_set or (order_of[r.source] < order_of[r.target]) == (r.relation == "BEFORE")])
    groups = open_runs(likely, [e.eid for e in events if e.eid in placed_set])
    return Timeline(
        text=text, reference_time=ref, timexes=timexes, events=tuple(events), relations=relations,
        conflicts=tuple(c.to_model() for c in certain.conflicts), unordered_groups=groups, source=source,
        reference_time_source=reference_time_source, certain_order=certain, mode=mode,
    )
