"""The pipeline behind ``build`` and ``relate``: text + reference time → a Timeline of events placed on the time axis.

The stages run one way: tag (times) → detect events → anchor (links with evidence) →
constraints → ordering engine (tight bounds, conflicts dropped by the documented policy)
→ :class:`~timeline.model.Timeline`.  The translation from links to constraints lives
here, with :func:`assemble`; the readers of the text it asks (asides, reports, occasions,
the story's steps, the times the discourse lends) are in :mod:`timeline.assembly`;
everything else is in its own module.
"""

from __future__ import annotations

import bisect

import contextlib
import datetime as dt
import gc
import re

import attrs
from types import MappingProxyType
from typing import TYPE_CHECKING, Iterator, Optional, Sequence

from .anchoring.coreference import reported_plans
from .anchoring import REFERENCE, Link, agent_takeups, anchor_events, charged_crimes, anchor_words, punished_reasons, attributive_events, coordinated_firsts, dateline_date, not_until, purpose_heads
from .model import AnchorKind, Event, EventAnchor, Timeline, Timex
from .order import Bound, Fact, IntervalBounds, Network, end_of, start_of
from .order.links import LinkRelation, Strength, link_facts
from .text import Doc, quotations
from .events.factuality import Factuality, attributive_set, factuality
from .model import TimexType
from .lexicon import load_lexicon
from .placement import (
    caller_relations,
    close_open,
    WIDE_HAPPENING,
    close_wide,
    continued_discourse,
    convention_facts,
    lead_retold,
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
    whole_nights,
    early_hours_facts,
    episode_facts,
    occasion_facts,
    offset_day_facts,
    carried_days,
    offset_timex_day_facts,
    withheld_moment_facts,
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
from .placement.occasion_days import occasion_part_facts
from .placement.match_clock import match_clock_facts
from .placement.narration import (narrated_steps, narrated_tie_predictions, perfect_list_facts, perfect_list_times, perfect_lists,
                                  told_step_facts, told_step_times, told_steps, reported_backstory, backstory_facts)
from .placement.days import aspect_moment_facts, offset_year_facts, taken_up_facts, year_end_facts
from .placement.discourse import habit_facts, lead_main_time
from .resolve.tense_cues import tense_words  # (s61 place) the words of calling off, for called_off_facts
from .placement.further import clock_onward_facts, final_years_facts, further_facts, paused_acts, paused_facts, stretch_start_facts, dwelling_facts, progressive_frame_facts, called_off_facts, life_facts, late_start_facts  # (s58 place) "a further month repairing"; (s59) "In her final years"
from .placement.facts import _aside_act_fact
from .placement.learned import BACKGROUND_GAP, sequence_kept, text_starts_first, text_tie_kept, text_tie_predictions

if TYPE_CHECKING:
    from .events.detect import EventMention
    from .relations import PredictedRelation

from .assembly.asides import _act_relatives, _relative_states, _aside_starts_dropped, _creation_acts, _final_asides, _final_superlatives, _opening_pronoun, _person_acts, _person_acts_past_clause, _scene_relatives, _place_asides, _relative, _relative_asides, _relative_clause_acts
from .assembly.lent import _dated_object_relatives, _entry_stamps, _episode_offsets, _far_back, _mourning_flashbacks, _lending, _later_episodes, _night_ends, _offset_episodes, _paragraphs, _past_habits, _per_instance_lengths, _rest_of_day, _taken_up_times, _timed
from .assembly.occasions import _admitted_acts, _at_the_scene, _compared_from, _count_framed, _figure_bases, _gerund_reasons, _held_at, _in_session, _said_in, _occasion_clocked, _occasion_times, _occasion_verbs, _phrase_nouns, _punished_times, _period_moves, _purpose_times, _session_moves, _occasion_objects
from .assembly.reports import _addressing, _aside_dated_reports, _attributions, _told_content, _coordinated_reports, _dated_subject_reports, _declarations, _declared_state_times, _directives, _end_attributions, _participle_reports, _passive_reports, _said_afterwards, _same_teller_reports, _second_reports, _teller_second_reports, _teller_goes_on, _bench_reports
from .assembly.steps import _expected_objects, _infinitive_objects, _restoring, _subject_nouns, _after_lasting, _after_signal_phrase, _after_background, _closing_anaphors, _comes_before, _coordinated_passives, _framed_by_perfect, _led, _lengthened, _moments, _narrated, _perfect_occasions, _restated, _restated_kin, _restated_undated, _shared_times, _signal_clauses, _states, _stretch_nouns, _stretch_starts, _subject_taken_up, _outcome_nouns, _opening_subject_nouns, _told_after_clauses, _told_later, _trailing_relatives, _modal_subject_nouns


__all__ = ["assemble", "links_to_facts"]

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


_OPEN = IntervalBounds(None, None, None, None)
_MEASURED_STEP = dt.timedelta(hours=6)
_NIGHT_TAIL = dt.timedelta(hours=6)  # how far into the publication day a night begun before it may reach and still be over
_RECENT = dt.timedelta(days=7)  # (s61) how far before publication a time lies that a lead's present perfect may be dated by however late it is told
_NEWS_KINDS = frozenset({"past-convention", "filing-day", "future-convention", "reported-speech", "publication-day", "event-dct", "news-day"})
"""Soft facts that read the reference time as the day the text was told (news); none in a narrative."""
_NOT_TOLD_YET = frozenset({"PRESENT", "FUTURE", "INFINITIVE"})
"""Tenses of a step still to come ("suspended the route until the inquiry ends"): no next step the story tells."""

_ORDERING = frozenset({LinkRelation.BEFORE, LinkRelation.AFTER})
# (s58) member tuples as module names: a member read off its enum class costs ~150 ns under Python 3.11 (EnumType.__getattr__)
_BEGUN_OR_ENDED = (LinkRelation.BEGUN_BY, LinkRelation.ENDED_BY)
"""Links that order an event against another: such an event is not thereby in its discourse's time."""


def _factuality(doc: Doc, mentions: Sequence["EventMention"], timexes: Sequence[Timex]) -> dict[str, Factuality]:
    """Per event, whether its clause makes it hypothetical or generic (a recurring time makes a habit)."""
    recurring = frozenset(doc.sentence_index(t.start) for t in timexes if t.type is TimexType.SET and not attributive_set(doc.text, t.start, t.end)
                          and not _counted_rate(doc.text, t))
    return {m.eid: f for m, f in zip(mentions, factuality(doc, mentions, recurring))}


_RATE_NOUN_BEFORE = re.compile(r"([A-Za-z]+s)\s+\Z")


def _counted_rate(text: str, t: Timex) -> bool:
    """(s64) Whether the recurring time ``t`` is the "a day" of a rate of things counted ("hundreds of interviews a day",
    "four flights a week"; recognize/productions/sets.py ``_counted_before`` makes it a SET): it counts the things, it
    makes no verb of its sentence a habit ("Qantas plans daily flights, up from four flights a week" plans once); "twice
    a day", "three times a week" still do."""
    if not t.text.lower().startswith(("a ", "an ")):
        return False
    before = _RATE_NOUN_BEFORE.search(text, max(0, t.start - 30), t.start)
    return before is not None and before.group(1).lower() != "times"


def _past(links: Sequence[Link], predictions: Sequence["PredictedRelation"]) -> dict[str, bool]:
    """Event -> True when its tense or the learned relation to publication time puts it before."""
    out = {p.source: True for p in predictions if p.kind == "event-dct" and p.relation == "BEFORE"}
    for link in links:
        if link.relation is LinkRelation.BEFORE_REF:
            out[link.source] = True
    return out


def _morning_start(language: str) -> dt.timedelta:
    """(s57) How long after midnight the morning begins (the earliest start of the lexicon's plain "MO" parts of a day,
    "morning": none narrowed, modified or gone by day, not "early hours" nor "dawn"): a night lasted through most likely
    ended then (placement/days.py ``night_facts``)."""
    starts = [entry["start"] for entry in load_lexicon(language)["parts_of_day"].values()
              if entry["code"] == "MO" and not any(entry.get(k) for k in ("mod", "narrowed", "gone_by_day"))]
    return dt.timedelta(hours=min(starts, default=0))


def _lasting(timexes: Sequence[Timex], shortest: dt.timedelta, longest: dt.timedelta) -> frozenset[str]:
    """The placed times whose extent is between ``shortest`` and ``longest``."""
    return frozenset(t.tid for t in timexes if t.earliest is not None and t.latest is not None and shortest <= t.latest - t.earliest <= longest)


_NARROW = (_ZERO, dt.timedelta(days=7))  # a weekend, "last week", a day, a part of a day: a sentence's undated events continue it
_CARRIED = (dt.timedelta(hours=4), dt.timedelta(days=1))  # a part of a day ("Tuesday night") up to a day: the next sentence carries it
_CLOCK = (_ZERO, dt.timedelta(hours=3, minutes=59))  # a clock time ("shortly after 2 a.m."): the next sentence carries the rest of its day
_STORY_NARROW = (_ZERO, dt.timedelta(days=366))
_TENSE_ORDERS = frozenset({LinkRelation.BEFORE, LinkRelation.BEFORE_REF})  # (s62 place) the orders a tense gives a past perfect
_STEP_CARRIED = (_ZERO, dt.timedelta(days=31))  # a month at most: a step "then" tells goes on in that time
"""In a narrative, what a sentence's undated events continue and the next sentence carries: up to a year
("In the spring of 1632 an army crossed the river. The garrison held out ..."); the story's time, not the reader's day."""
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+\Z")  # the word right before a position (searched up to it)
_MEASURED_TIED = dt.timedelta(days=1)
"""The shortest gap from a dated event that gives the event at its other end a time of its own (see ``tied``)."""
_FOREVER = dt.timedelta.max


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


def _quoted(text: str, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """The events told inside a quotation (direct speech): they and their teller lend each other no discourse time."""
    spans = quotations(text)
    if not spans:
        return frozenset()
    starts = [s for s, _ in spans]
    out = set()
    for m in mentions:
        k = bisect.bisect_right(starts, m.start) - 1
        if k >= 0 and m.start < spans[k][1]:
            out.add(m.eid)
    return frozenset(out)


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
    each_time = _per_instance_lengths(segmented, timexes)  # "for a week each year": no event lasts a week in all
    links = [link for link in links if not (link.relation is LinkRelation.LASTS and link.target in each_time)]
    # a habit ("Most crossings run twice a day in winter and every two hours in summer") lies in no one season or day:
    # its times are shown with it but bound nothing (else "in winter" and "in summer" conflict); its order to events stays
    time_ids = frozenset(t.tid for t in timexes)
    network = Network([*links_to_facts([link for link in links if link.source not in habits or link.target not in time_ids], timexes, now),
                       *given_hard], origin=ref)
    certain = network.result()  # what the text entails, before any guess
    placed_times = frozenset(t.tid for t in timexes if t.earliest is not None and t.latest is not None and not t.furniture)
    timed = _timed(links, placed_times)
    # "approved the deal in an online ballot that closed at 6 p.m. on Sunday": the ballot's day, the verb's only time
    placed_spans = MappingProxyType({t.tid: (t.earliest, t.latest) for t in timexes if t.tid in placed_times})  # (read by many steps below: built once)
    conveyed = _occasion_times(segmented, mentions, timed, placed_spans)  # type: ignore[misc]
    # "admitted taking the money at a hearing in September": done at that occasion, in its time
    # (s63 lead) an occasion noun the text takes up again ("at a meeting last night ... apologised at the start of the meeting")
    # has the time of the one it takes up
    taken_again = {a: timed[b] for link in links if link.relation is LinkRelation.SIMULTANEOUS and link.strength is Strength.DEFAULT
                   for a, b in ((link.source, link.target), (link.target, link.source)) if b in timed and a not in timed}
    conveyed = {**_held_at(segmented, mentions, {**taken_again, **timed}, placed_spans), **conveyed}  # type: ignore[arg-type]
    conveyed = {**_said_in(segmented, mentions, timed, placed_spans), **conveyed}  # type: ignore[arg-type]  (s61)
    conveyed = {**_aside_dated_reports(segmented, mentions, timed), **conveyed}  # (s63 lead) "Its report, published on Tuesday, said"
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

    text_first = text_starts_first(links)  # (read three times below: made once, never changed)
    predictions = text_tie_predictions(_episode_offsets(segmented, mentions, timexes, predict_relations(segmented, mentions, timexes, hidden=hidden, model=event_model)), links, text_first)
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
    # (and so does one against an undated gerund of its sentence, "beating Rovers 3-1 after trailing at half-time": the pair
    # goes on with the sentence's time, "reached the final on Tuesday night")
    # (a gerund a time signal opens: "for ignoring warnings" is a reason, whose order still ties the criticism)
    signal_words = anchor_words(segmented.language).event_signals
    undated_gerunds = frozenset(m.eid for m in mentions if m.pos == "VERB" and m.tense == "PRESPART" and m.eid not in timed
                                and (before := _WORD_BEFORE.search(text, max(0, m.start - 24), m.start)) is not None
                                and before.group(1).lower() in signal_words)
    tied = frozenset(link.source for link in links if (link.target in placed_times and link.relation is not LinkRelation.BEFORE)
                     or (link.relation in _ORDERING and link.target not in placed_times and link.likely_span is None
                         and not (link.relation is LinkRelation.BEFORE and (link.source, link.target) in next_steps)
                         and not ((link.target in undated_nouns or link.target in undated_gerunds)
                                  and sentence_of.get(link.target) == sentence_of.get(link.source))))  # "detained on Wednesday for blocking": still its sentence's time
    # (s60) "searched the woods on Monday and Tuesday, and a helicopter joined the search on Tuesday evening": the noun that
    # takes up a verb of its own sentence which its times tie is that verb's event, not in the time of its nearest verb
    first_at = {m.eid: m.start for m in mentions}
    tied |= frozenset(max((link.source, link.target), key=lambda eid: first_at.get(eid, -1)) for link in links
                      if link.relation is LinkRelation.SIMULTANEOUS and link.source in first_at and link.target in first_at
                      and sentence_of.get(link.source) == sentence_of.get(link.target)
                      and min((link.source, link.target), key=lambda eid: first_at.get(eid, -1)) in tied)
    # "suspended the contractor the week after the crash and replaced the software in January": an undated event noun that
    # takes up a happening told in an earlier sentence, and that a signal of its sentence orders another event against,
    # is that happening, at its time: it takes no time of its sentence (the crash is not January's)
    mention_at = {m.eid: m.start for m in mentions}
    taken_back = frozenset(max((link.source, link.target), key=lambda eid: mention_at.get(eid, -1)) for link in links
                           if link.relation is LinkRelation.SIMULTANEOUS and sentence_of.get(link.source) != sentence_of.get(link.target)
                           and link.source in undated_nouns and link.target in undated_nouns)  # (a noun taking up a noun: "show up ... the show" is none)
    tied |= frozenset(link.target for link in links if link.relation in _ORDERING and link.strength is Strength.SIGNAL
                      and link.target in taken_back and link.target in undated_nouns and sentence_of.get(link.target) == sentence_of.get(link.source))
    tied |= _restated_undated(links, mentions, sentence_of, frozenset(timed))
    # (s56) "were arrested within 40 hours of a raid ... in the early hours of Saturday": the window is the arrest's own time,
    # not the raid's hours the sentence told
    tied |= frozenset(link.source for link in links if link.relation is LinkRelation.WITHIN and link.target not in placed_times
                      and link.offset_max is not None and link.offset_max > _MEASURED_TIED)  # (a window of minutes or hours: the day told)
    # "won the cup in 1996, a year after they were promoted": a measured gap from a dated event at least as long as the
    # time that dates it gives the other end its own time (the year before), not the sentence's ("died in May 2025, a day
    # after he was given the dose" keeps May)
    time_lengths = {t.tid: t.latest - t.earliest for t in timexes if t.earliest is not None and t.latest is not None}
    tied |= frozenset(link.target for link in links if link.relation in _ORDERING and link.target not in placed_times and link.source in timed
                      and link.offset_min is not None and link.offset_max is not None
                      and (link.offset_min >= _MEASURED_TIED or (link.offset_min == dt.timedelta(0) and link.offset_max > _MEASURED_TIED))
                      and link.offset_max >= time_lengths.get(timed[link.source], _FOREVER))
    # (s56) and so does a window up to such a gap ("sacked on Monday morning, less than 48 hours after the club was knocked
    # out"): anywhere in the window, not in the morning the sentence names
    names = certain.intervals
    bounded = frozenset(eid for eid, b in zip(names, map(certain.__getitem__, names)) if b.earliest_start is not None and b.latest_end is not None)
    filed_early = filed is not now
    addressing = _addressing(segmented, mentions)
    declared = _declarations(segmented, mentions)  # "reported them missing", "was shown a red card": acts of the story
    declared_times = _declared_state_times(segmented, mentions, timed)  # (s60) "were reported missing on Tuesday evening"
    declared |= declared_times.keys()
    directing = _directives(segmented, mentions) | addressing | declared | _dated_subject_reports(segmented, mentions, timed)
    same_teller = _same_teller_reports(segmented, mentions, timed)  # "The mayor said on Thursday ... She denied that": that day
    directing |= same_teller.keys()
    closing_attributions = _end_attributions(segmented, mentions)  # '"...," she said.' after "told reporters on Sunday": that day
    directing |= closing_attributions.keys()
    bench = _bench_reports(segmented, mentions, timed, placed_spans)  # (s63) "Judge Alan Reed told her": at the sentencing
    directing |= bench.keys()
    # (s63 place) "Judge Helen Ward told him he had shown no remorse. She said ...": the same teller goes on at that occasion
    teller_goes_on = _teller_goes_on(segmented, mentions, frozenset(directing))
    directing |= teller_goes_on.keys()
    # (a report its occasion dates, "announced her decision in a statement posted on Saturday night", is a step of the story too)
    # (and a report told as a participle of its clause, "cut its forecast on Monday, saying demand had weakened", is said
    # as the clause's act is done: it takes the clause's time, not the publication's)
    participles = _participle_reports(mentions, segmented.language)
    participles |= _coordinated_reports(segmented, mentions, timed)  # "examined the canvas on Tuesday and confirmed": that day
    participles |= _second_reports(segmented, mentions, timed)  # "announced her death on Wednesday and said": that day too
    teller_seconds = _teller_second_reports(segmented, mentions, timed)  # (s60) "said on Monday that sales fell ... and warned that"
    in_order = [(m.eid, "OCCURRENCE" if m.eid in directing or m.eid in conveyed or m.eid in participles else m.cls, sentence_of[m.eid]) for m in mentions]
    past = _past(links, predictions)
    certain_of = dict(zip(names, map(certain.__getitem__, names)))
    days = {eid: (b.earliest_start, b.latest_end) for eid, b in certain_of.items()}
    begun = frozenset(eid for eid, b in certain_of.items() if now is not None and b.latest_start is not None and b.latest_start <= now[1])  # "began to recede"
    lends = _lending(links, placed_times, {t.tid: t.start for t in timexes}, {m.eid: m.start for m in mentions}, frozenset(parts_of_days := day_parts(timexes)))
    lends = {**conveyed, **lends}  # and sets the discourse's time for what follows ("She thanked the players")
    compared = _compared_from(segmented, mentions)  # "the largest since the privatisation in 1989": no time of the story
    compared |= _figure_bases(segmented, mentions)  # "down from 45 percent at the last election in 2022": the base's time
    lends = {eid: t for eid, t in lends.items() if eid not in compared}
    windows = event_windows(links, days, timed)  # "evacuated ... within 40 hours of the landfall, many of them lifted"
    # (a night named by the day before publication, "on Tuesday night" in a Wednesday paper, ends in the publication day's
    # first hours: it was over when the story was told, as a day before it)
    past_times = frozenset(t.tid for t in timexes if now is not None and t.latest is not None and t.earliest is not None
                           and (t.latest <= now[0] or (t.earliest < now[0] and t.latest <= now[0] + _NIGHT_TAIL)))
    now_told = frozenset(m.eid for m in mentions if m.tense == "PRESENT" or (m.tense != "PAST" and m.aspect in ("PERFECTIVE", "PERFECTIVE_PROGRESSIVE")))
    flashbacks = frozenset(m.eid for m in mentions if m.tense == "PAST" and m.aspect in ("PERFECTIVE", "PERFECTIVE_PROGRESSIVE"))
    flashbacks |= _framed_by_perfect(segmented, links, mentions, flashbacks, timed, sentence_of)
    flashbacks |= _perfect_occasions(links, mentions, flashbacks, sentence_of)
    relative, closed = _relative(segmented, mentions, [t.end for t in timexes])
    # "A footbridge built by volunteers collapsed on Saturday": how the bridge came to be, a past act told of the main
    # clause's subject, before its time (as a relative clause's act), not in it
    created = _creation_acts(segmented, mentions)
    relative |= created.keys()
    past = {**past, **dict.fromkeys(created, True)}
    expected = _expected_objects(segmented, mentions)  # (s57) "expect the repairs to take three weeks": ahead, not past
    past = {eid: was for eid, was in past.items() if eid not in expected}
    objects = _infinitive_objects(segmented, mentions, past)  # (s63 lead) "expected to sign a permanent deal in the summer"
    past = {eid: was for eid, was in past.items() if eid not in objects}
    # (s62) "said Tuesday it would cut 900 jobs": a reported "will" lies after the report, whatever the learned relation to
    # the publication time says (a tense link, "had said it would", still counts)
    tensed = frozenset(link.source for link in links if link.relation is LinkRelation.BEFORE_REF)
    past = {eid: was for eid, was in past.items() if not kinds[eid].reported_plan or eid in tensed}
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
    narrated = _led(mentions, real, happenings - (tied - stepping), addressing, relative)
    clocks = _lasting(timexes, *_CLOCK)
    far_back = {} if mode == "narrative" or now is None else _far_back(timexes, placed_times, now[1])
    spans = placed_spans
    background = frozenset(tid for tid, told in far_back.items() if spans[tid][1] + BACKGROUND_GAP <= spans[told][0])  # type: ignore[operator]
    background |= _mourning_flashbacks(segmented.text, mentions, far_back, lends,  # (s64 place) "attended the funeral on Tuesday. She
                                       anchor_words(segmented.language).mourning_occasions)  # died on 2 March. Fans formed a guard of honour": Tuesday
    attributions, paragraph_of = _attributions(segmented.text, mentions), _paragraphs(segmented)  # (each read three and two times below)
    ahead_times = frozenset(t.tid for t in timexes if now is not None and t.earliest is not None and t.earliest >= now[1])
    place_asides = _place_asides(segmented, mentions)  # "taken to hospital, where she had surgery on Thursday"
    stretch_starts = _stretch_starts(segmented, mentions)  # "since heavy rain began on Sunday": no scene gone on with
    trailing = _trailing_relatives(mentions, relative, text, anchor_words(segmented.language).complementizers)  # "called the police, who found the tools the next day"
    later_asides = {sentence_of[eid]: (spans[lends[eid]][0], lends[eid]) for eid in sorted(trailing, key=lambda e: -mention_at[e])
                    if lends.get(eid) in spans}
    # "Petch, who resigned as mayor in 2023, was released on bail": an aside a comma closes, dated well before the story's
    # time, dates only its participant's past ("The governor, who visited the site on Thursday, promised an inquiry": a day
    # of the story dates the sentence)
    far_asides = frozenset(eid for eid in closed if lends.get(eid) in far_back)
    anniversary_times, anniversary_clause = _anniversary_clauses(segmented, timexes, mentions, placed_times, timed, now, mode)  # (s62 place)
    continued = continued_discourse(in_order, lends, _opening_pronoun(segmented), real, past, past_times, timed, now_told,
                                    flashbacks | _told_after_clauses(segmented, mentions, lends) | stretch_starts,
                                    _lasting(timexes, *(_STORY_NARROW if mode == "narrative" else _CARRIED)) | clocks | _opening_old_times(timexes, placed_times, now, mode) | anniversary_times, narrated, addressing, clocks,
                                    far_back, paragraph_of,
                                    ahead_times, background - anniversary_times,
                                    attributions, lead_main_time(in_order, lends, real, past_times, flashbacks, ahead_times, segmented.text,
                                                                 {m.eid: (m.start, m.end) for m in mentions}, anchor_words(segmented.language).coordinators),
                                    undating=place_asides | trailing | far_asides, later_asides=later_asides, spans=spans,
                                    deadlines=frozenset(sentence_of[link.source] for link in links if link.relation is LinkRelation.BY
                                                        and link.target in past_times and link.source in sentence_of))
    restated = _restated(mentions, lends, sentence_of, narrated - timed.keys(), segmented)  # a verb told again: its first time
    restated = {**_restated_kin(segmented, mentions, lends, sentence_of, narrated - timed.keys()), **restated}  # in other words
    recent = frozenset(tid for tid, (a, b) in placed_spans.items() if now is not None and now[0] - a <= _RECENT and b <= now[1])  # (s61) (a difference: no date arithmetic past year 1)
    restated.update(_told_later(mentions, lends, sentence_of, frozenset(timed.keys()), recent))  # a lead's perfect dated later
    after_clock = _rest_of_day({eid: t for eid, t in continued.items() if t in clocks and eid not in restated}, timexes)
    narrow = _lasting(timexes, *(_STORY_NARROW if mode == "narrative" else _NARROW))
    continued = {**continued, **restated, **_shared_times(segmented, mentions, lends, narrow, past)}
    # "approached the board in June, but its offer was turned down": the passive clause in June, not at publication (a part of
    # a day to a month: not a clock time's minute, "began at 6 p.m., and several were removed", which the clock rules place)
    continued.update((eid, t) for eid, t in _coordinated_passives(segmented, mentions, lends, _lasting(timexes, _CARRIED[0], _STEP_CARRIED[1]), real).items()
                     if eid not in continued and eid not in timed)
    # "They bought the mill then and sold it in 2003" after "moved in 1978": the buying in 1978 (the time told before)
    continued.update((eid, t) for eid, t in _closing_anaphors(segmented, mentions, lends, real).items() if eid not in timed)
    # "formed a queue that stretched around the block on Thursday evening": the main verb on the relative clause's day
    continued.update((eid, t) for eid, t in _dated_object_relatives(segmented, mentions, lends, spans, past_times, far_back).items()
                     if eid not in continued and eid not in timed and real.get(eid, False))
    # "had bought fuel on Tuesday afternoon, had driven to the store ... and had set fire": a list of perfects, that afternoon
    own_timed = frozenset(timed) | frozenset(link.source for link in links if link.target in placed_times)  # (its own time orders it)
    listed = [(p, b) for p, b in perfect_lists(anchor_words(segmented.language), text, mentions, sentence_of, real) if b not in own_timed]
    continued.update((eid, t) for eid, t in perfect_list_times(listed, lends, narrow, own_timed).items() if eid not in continued)
    # "lowered its forecast on Wednesday after a rise in costs in the third quarter, and its shares fell": the main clause's time
    continued.update((eid, t) for eid, t in _after_signal_phrase(segmented, mentions, links, timed).items() if eid not in continued)
    # (s59) "He retired in 2019. After retiring he opened a bakery": the bakery in the background's time, not the story's
    # (over the discourse's way back to the story's time after a background: the signal ties it to the background)
    old_before = _year_before(now[0]) if now is not None else None  # (a year or more before publication)
    old_times = frozenset(t for t, (_, end) in spans.items() if old_before is not None and end <= old_before)
    continued.update((eid, t) for eid, t in _after_background(mentions, links, lends, old_times, past).items()
                     if eid not in timed and real.get(eid, False))
    # "withdrew it a fortnight later. Workers then staged a sit-in": the step told next, in that time
    stepped = told_steps(anchor_words(segmented.language), text, mentions, sentence_of, real)
    # "His sister said he had climbed the same route twice before": what an undated report looks back to, before the news
    event_ids = frozenset(m.eid for m in mentions)
    partners: dict[str, frozenset[str]] = {}
    for link in links:
        if link.source in event_ids and link.target in event_ids:
            partners[link.source] = partners.get(link.source, frozenset()) | {link.target}
            partners[link.target] = partners.get(link.target, frozenset()) | {link.source}
    backstory = [] if mode == "narrative" else reported_backstory(text, mentions, sentence_of, real, own_timed, lends, partners,
                                                                            anchor_words(segmented.language).stretch_openers)
    for y, _lead in backstory:  # (s59) "... released that evening. He told rescuers a squall had capsized the kayak": what an
        continued.pop(y, None)  # undated report looks back to is before the news, not the sentence before's time a pronoun took up
    continued.update((eid, t) for eid, t in told_step_times(stepped, {m.eid: m.start for m in mentions}, lends, _lasting(timexes, *_STEP_CARRIED),
                                                            own_timed).items() if eid not in continued)
    if mode != "narrative" and now is not None:  # "Stocks fell on Friday ... Kestrel Systems tumbled 3 1/2": Friday's session
        continued = {**_session_moves(segmented, mentions, lends, placed_spans,  # type: ignore[misc]
                                      now[1]), **continued}
        # "Orders fell for a third month in October ... New orders dropped 1.4 percent": October's figure
        continued = {**_period_moves(segmented, mentions, lends, placed_spans,  # type: ignore[misc]
                                     now[1]), **continued}
    continued.update((eid, lends[teller]) for eid, teller in same_teller.items() if teller in lends)
    continued.update((eid, lends[lead]) for eid, lead in bench.items() if eid not in continued and eid not in lends and lead in lends)
    for eid, teller in teller_goes_on.items():  # (in text order: a chain takes up each report before it)
        if eid not in continued and eid not in lends and (lends.get(teller) or continued.get(teller)) is not None:
            continued[eid] = lends.get(teller) or continued[teller]
    for eid, teller in closing_attributions.items():  # (in text order: a teller itself so attributed has its time already)
        if eid not in lends and (lends.get(teller) or continued.get(teller)) is not None:
            continued[eid] = lends.get(teller) or continued[teller]
    # "missed the race last year with a foot injury", "led by a minute at the finish": the noun at its verb's time
    punished = punished_reasons(segmented, mentions, segmented.language)  # (read three times below: made once)
    phrase_nouns = {noun: verb for noun, verb in _phrase_nouns(segmented, mentions, charged_crimes(segmented, mentions, segmented.language)
                                                               | punished).items()
                    if real.get(noun, False) and noun not in lends and noun not in timed and noun not in continued}
    continued.update((noun, lends.get(verb) or continued[verb]) for noun, verb in phrase_nouns.items()
                     if (lends.get(verb) or continued.get(verb)) is not None)
    # (s63 place) "The men, who carried a crowbar, smashed the screen": an act of the scene a taken-up subject's relative
    # clause tells, at the time the main clause goes on with (not one told with a length: "who worked there for 20 years")
    lengths_told = frozenset(link.source for link in links if link.relation is LinkRelation.LASTS)
    continued.update((act, lends.get(main) or continued[main]) for act, main in _scene_relatives(segmented, mentions, _person_acts(segmented, mentions)).items()
                     if real.get(act, False) and act not in lends and act not in timed and act not in continued and main not in timed
                     and act not in lengths_told
                     and (lends.get(main) or continued.get(main)) is not None)
    # (s63 place) "Fans held a vigil outside": the occasion a verb holds or takes part in, at the verb's time
    continued.update((noun, lends.get(verb) or continued[verb]) for noun, verb in _occasion_objects(segmented, mentions).items()
                     if real.get(noun, False) and noun not in lends and noun not in timed and noun not in continued
                     and (lends.get(verb) or continued.get(verb)) is not None)
    # (s56) "spread to a flat above, which forced a family onto the roof": an act a relative clause on a thing tells, at the
    # time of the verb it follows (or of the event noun it tells of: "The crash, which shut the road, injured the driver"; an
    # undated noun so told of is at its verb's time too)
    noun_hosts = frozenset(m.eid for m in mentions if m.pos != "VERB")
    for act, hosts in _act_relatives(segmented, mentions, relative, _relative_states(segmented, mentions, relative)).items():
        if act not in lends and act not in timed and act not in continued and real.get(act, False):
            host_time = next((t for t in (lends.get(h) or continued.get(h) for h in hosts) if t is not None), None)
            if host_time is not None:
                continued[act] = host_time
                for noun in hosts[:1]:
                    if noun in noun_hosts and noun not in lends and noun not in timed and noun not in continued and real.get(noun, False):
                        continued[noun] = host_time
    # (s56) "after a fire destroyed a warehouse on Wednesday night": an undated event noun right before its dated verb, its
    # subject, at that verb's time
    continued.update((noun, lends[verb]) for noun, verb in _subject_nouns(segmented, mentions).items()
                     if verb in lends and verb in timed and real.get(noun, False) and noun not in lends and noun not in timed and noun not in continued)
    # (s63 place) "said on Monday that the vote would follow the following evening": the noun at its verb's own time
    continued.update((noun, lends[verb]) for noun, verb in _modal_subject_nouns(segmented, mentions).items()
                     if verb in lends and verb in timed and noun not in lends and noun not in timed and noun not in continued)
    # "climbed the north face on her first attempt in 1974": the verb at its occasion's time
    continued.update((verb, lends[noun]) for verb, noun in _occasion_verbs(segmented, mentions).items()
                     if real.get(verb, False) and noun in lends and verb not in lends and verb not in timed and verb not in continued)
    # "A fire tore through a paint factory on Tuesday evening. ... Two workers were treated": the lead's day, not the publication
    # day (news only: a history has no publication day)
    # "grounded its fleet on Thursday, two days after an engine caught fire. The pilot shut down the engine": the fire's day
    episodes = {} if mode == "narrative" else _offset_episodes(
        segmented, mentions, links, {t.tid: (t.earliest, t.latest) for t in timexes if t.tid in placed_times and t.latest - t.earliest <= dt.timedelta(days=1)},  # type: ignore[misc,operator]
        happenings, frozenset(timed) | tied | conveyed.keys(), frozenset(timed))
    if mode != "narrative":  # "threatened a cashier shortly after 7 a.m. on Saturday ... detained the man hours later. A second suspect fled": Saturday
        episodes = {**_later_episodes(segmented, mentions, links, days, happenings, frozenset(timed) | tied | conveyed.keys(), frozenset(timed), paragraph_of), **episodes}
    reasons = _gerund_reasons(segmented, mentions)  # "was shown a red card for pushing the goalkeeper": no later scene
    # "watched the match, the largest crowd since the ground was rebuilt in 2009": after the record's base, not days on
    records = _final_superlatives(segmented, mentions) if mode != "narrative" else frozenset()
    named_dates = None if mode == "narrative" else _sentence_dates(segmented, [t for t in timexes if t.type is not TimexType.DURATION])  # (read twice below)
    lead_day = {} if mode == "narrative" else news_day(
        [(eid, "OCCURRENCE" if eid in told_then else cls, sentence) for eid, cls, sentence in in_order], lends, placed_spans, _lasting(timexes, *_CARRIED),  # type: ignore[misc]
        filed, real, past, happenings, frozenset(link.source for link in links if link.target in placed_times and link.relation is not LinkRelation.BEFORE) | conveyed.keys() | episodes.keys(), continued,
        tied, addressing, frozenset(link.source for link in links if link.relation is LinkRelation.AFTER and past.get(link.target, False)
                                    and link.source not in measured and link.target not in reasons and link.target not in records), flashbacks,  # ("scored four minutes after City had equalised": the same scene)
        closed | _final_asides(segmented, mentions) | records, _at_the_scene(segmented, mentions), attributions, paragraph_of, stretch_starts, _occasion_clocked(segmented),
        {noun: verb for noun, verb in phrase_nouns.items() if noun not in continued}, _restoring(segmented, mentions),
        named_dates)  # type: ignore[arg-type]  # (s58: the times it names, no length)
    # a past habit ("Every November the families laid wreaths") holds over a stretch: no one day the discourse carries
    habits = _past_habits(segmented, mentions, timexes, lends, real, sentence_of) if mode != "narrative" and now is not None else {}
    lead_day = {eid: day for eid, day in lead_day.items() if eid not in habits}
    said_after = {eid: t for eid, t in _said_afterwards(segmented, mentions, sentence_of, lead_day, continued).items() if eid not in continued}
    continued.update(said_after)
    continued = {eid: t for eid, t in continued.items() if eid not in lead_day and eid not in episodes and eid not in habits}  # a witness's perception: the lead's day, not the day carried
    if mode != "narrative":  # (s59 place) "... through the night, until first light.\n\nA lifeboat then towed the yacht": the lead's time again
        continued.update(lead_retold(in_order, lends, placed_spans, continued, real, past, paragraph_of, named_dates))  # type: ignore[arg-type]
    if mode != "narrative":  # a live blog's entry, headed by its clock time: that time, not the lead's day nor one carried
        stamped = _entry_stamps(segmented, mentions, timexes, frozenset(placed_times), {**conveyed, **lends}, paragraph_of)
        lead_day = {eid: day for eid, day in lead_day.items() if eid not in stamped}
        continued.update(stamped)
    in_order = [(eid, "OCCURRENCE" if (eid in told_then and eid in lead_day) or eid in said_after else cls, sentence) for eid, cls, sentence in in_order]  # no speech then
    # (nor a report spoken at the occasion it names: "told reporters after the race")
    # (s60) "searched the moor until dark and resumed at first light": the search the day before, not at first light
    paused = paused_acts(segmented, mentions, timed, placed_spans, real, anchor_words(segmented.language).resumption_verbs)  # type: ignore[arg-type]
    # (s60) "A road closed since the storm will reopen next week": the storm before now, not next week
    stretch_nouns = _stretch_nouns(segmented, mentions) if mode != "narrative" and now is not None else frozenset()
    continued = {eid: t for eid, t in continued.items() if eid not in paused}
    continued.update((eid, t) for eid, t in declared_times.items() if eid not in continued)
    continued.update(teller_seconds)
    continued.update(_subject_taken_up(segmented, mentions, timed))  # (s60) "... in January. The storm washed away": January
    continued.update((eid, t) for eid, t in _outcome_nouns(segmented, mentions, timed, real).items() if eid not in continued)  # (s64 place) "voted on Thursday ... After the result": Thursday
    # (s62 place) "to mark twenty years since a fire ... killed nine workers": the clause in the old time that past was told in
    continued.update(anniversary_clause)
    lead_day = {eid: day for eid, day in lead_day.items() if eid not in anniversary_clause}
    # (s61 place) "The accident blocked both lines", "An inspection afterwards found rotten timbers": the opening subject noun at
    # its verb's time, own or carried, not at the publication day
    continued.update((noun, t) for noun, t in ((noun, timed.get(verb) or continued.get(verb)) for noun, verb in _opening_subject_nouns(segmented, mentions).items())
                     if t is not None and real.get(noun, False) and noun not in timed and noun not in continued and noun not in lends)
    after_clock = {eid: span for eid, span in after_clock.items() if eid in continued}
    takeups = {noun: verb for noun, verb in agent_takeups(text, mentions, segmented.language).items() if noun not in timed}  # "the inspection"
    named = named_days(links, placed_spans)  # type: ignore[misc]
    named.update((noun, named[verb]) for noun, verb in takeups.items() if verb in named and noun not in named)  # "two weeks before the inspection"
    day_of_filing = publication_day(filed)
    sentence_times = _sentence_dates(segmented, timexes)
    # ("apologised to the referee after the game": the game a match dated earlier was, taken up)
    soon = soon_after_facts(links, real, {**_taken_up_times(links, {**conveyed, **timed}, frozenset(m.eid for m in mentions if m.pos == "NOUN")), **conveyed, **timed}, placed_spans,  # type: ignore[misc]
                            anchor_words(segmented.language).soon_after_signals, None if day_of_filing is None or mode == "narrative" else day_of_filing[0],
                            {m.eid: sentence_times[sentence_of[m.eid]][1] for m in mentions if sentence_of[m.eid] in sentence_times},
                            frozenset(m.eid for m in mentions if m.pos != "VERB" or (m.tense in ("PAST", "PRESPART", "NONE") and m.aspect == "NONE")))
    whole = whole_nights(text, timexes, mentions, anchor_words(segmented.language).whole_night_signals)  # "through the night": lasted it
    soft = [*given_soft, *likely_gap_facts([link for link in links if (link.source in anniversary_clause) == (link.target in anniversary_clause)], real, placed_times), *soon, *offset_day_facts(links, days, real, {**carried_days(continued, placed_spans), **named}), *offset_timex_day_facts(links, days, real, placed_spans), *offset_year_facts(links, days, real), *described_facts(mentions, describing | _relative_states(segmented, mentions, relative), real), *night_facts(links, timexes, real, continued, whole, _morning_start(segmented.language)), *year_end_facts(links, timexes, real, anchor_words(segmented.language).year_end_words), *early_hours_facts(days, real, past, publication_day(filed), frozenset(whole.values())), *occasion_facts(conveyed, timexes, real), *episode_facts(episodes), *day_part_facts(links, timexes, real, parts_of_days), *(f for f in sequence_facts(text, mentions, real, links, segmented.language, relative) if f.source not in teller_seconds and f.target not in teller_seconds), *taken_up_facts(takeups, real), *aspect_moment_facts(links, real), *withheld_moment_facts(links, placed_spans, real), *further_facts(mentions, links, timexes, timed, placed_spans, real, anchor_words(segmented.language).further_length_words),
            *clock_onward_facts(mentions, links, timed, placed_spans, real, frozenset(m.eid for m in mentions if m.tense == "PAST" and m.aspect == "NONE"),
                                continued),
            *final_years_facts(text, mentions, timexes, timed, placed_spans, real, sentence_of, {t.tid: segmented.sentence_index(t.start) for t in timexes},
                               anchor_words(segmented.language).life_end_words, anchor_words(segmented.language).death_words),
            *habit_facts(habits), *paused_facts(paused), *progressive_frame_facts(mentions, links, timed, real), *called_off_facts(text, mentions, timed, placed_spans, real, tense_words(segmented.language).appointing), *late_start_facts(text, mentions, timexes, timed, placed_spans, real, anchor_words(segmented.language).late_words), *life_facts(text, mentions, timed, placed_spans, real, anchor_words(segmented.language).death_words, anchor_words(segmented.language).life_subjects), *dwelling_facts(mentions, timed, placed_spans, real, anchor_words(segmented.language).dwelling_verbs, anchor_words(segmented.language).death_words), *stretch_start_facts(mentions, stretch_nouns, real, timed, None if now is None else now[0], placed_spans, sentence_of),
            *told_step_facts(text, mentions, stepped), *perfect_list_facts(text, mentions, listed), *backstory_facts(text, mentions, backstory),
            *occasion_part_facts(anchor_words(segmented.language), text, mentions, days, real, own_timed, segmented.language),
            *match_clock_facts(text, mentions, real, segmented.language),
            *_aside_starts_dropped(text_tie_kept(learned_facts(predictions, real, placed_times, verbs, publication_day(filed), sentence_of, bounded | frozenset(continued) | frozenset(lead_day) | conveyed.keys() | episodes.keys() | takeups.keys() | habits.keys(), filed_early,
                           sentence_times, days, flashbacks,
                           frozenset(m.eid for m in mentions if m.tense == "PAST" and m.aspect == "NONE"),
                           frozenset(m.eid for m in mentions if m.pos == "VERB" and m.tense == "PRESENT" and m.aspect == "NONE"),
                           frozenset(m.eid for m in mentions if m.pos == "VERB" and m.tense == "PRESENT" and m.aspect == "PERFECTIVE") - _lengthened(links),
                           {eid: b.latest_start for eid, b in certain_of.items() if b.latest_start is not None}), links, text_first),
                                  _relative_asides(segmented, mentions) & bounded,
                                  frozenset(m.eid for m in mentions if m.cls in ("REPORTING", "I_ACTION") and m.pos == "VERB" and m.tense == "PAST" and m.aspect == "NONE") - bounded,
                                  sentence_of),
            *news_day_facts(lead_day, placed_spans)]
    # "said on Monday that the roof repairs would be finished": a plan the report tells does not continue the report's day
    plans = reported_plans(text, mentions, frozenset(m.eid for m in mentions if kinds[m.eid].reported_plan), frozenset(dated))
    # "was flown to hospital and remained in a serious condition on Tuesday": the state's time is not the flight's
    before_states = frozenset(coordinated_firsts(segmented, mentions, frozenset(lends.keys() & _states(mentions))).values())
    today_start = None if now is None else dt.datetime.combine(now[0].date(), dt.time())  # (read per time below)
    soft += convention_facts(
        in_order, links, real, filed, {**conveyed, **timed}, past, load_conventions(), narrow | windows.keys(), tied | plans.keys() | before_states | expected, {**windows, **lends},
        attributions,
        frozenset(m.eid for m in mentions if m.pos == "VERB" and m.tense == "PRESENT"),
        past_times, filed_early, continued,
        frozenset(t.tid for t in timexes if now is not None and t.earliest is not None and t.earliest >= now[1]),
        _moments(segmented, mentions, certain), after_clock, relative, closed,
        begun, describing,
        lasting_states(segmented.text, mentions, segmented.language),
        {t.tid: t.latest - t.earliest for t in timexes if t.earliest is not None and t.latest is not None},
        {link.source: link.target for link in links if link.relation is LinkRelation.UNTIL and link.target in placed_times},
        frozenset(t.tid for t in timexes if now is not None and t.earliest is not None and t.earliest < today_start),  # (s58) the day's start once
        _rest_of_day({tid: tid for tid in clocks}, timexes),
        frozenset(link.source for link in links if link.relation in _BEGUN_OR_ENDED),
        flashbacks,
        {**created, **_person_acts(segmented, mentions), **(past_clause_acts := _person_acts_past_clause(segmented, mentions))},
        punished=_punished_times(links, punished | _admitted_acts(segmented, mentions, links),
                                 {**conveyed, **lends}),
        night_ends=_night_ends(segmented, timexes),
        count_framed=_count_framed(segmented, links, timexes, now),
        signal_clauses=_signal_clauses(links, sentence_of, {m.eid: m.start for m in mentions},
                                       frozenset(t.tid for t in timexes if t.type is TimexType.DURATION)),
        quoted=_quoted(text, mentions),
        begun_only=frozenset(link.source for link in links if link.relation is LinkRelation.BEGUN_BY)
        - frozenset(link.source for link in links if link.relation is LinkRelation.ENDED_BY),
        followers=_after_lasting(links, continued, sentence_of, {t.tid: t.latest - t.earliest for t in timexes if t.tid in placed_times}),  # type: ignore[operator]
        addressing=addressing,
        told_content=_told_content(segmented, mentions, addressing),
        infinitives=frozenset(m.eid for m in mentions if m.tense == "INFINITIVE"),  # (s58) "was scheduled to appear ... at midday"
        reported_ahead=plans,  # (s62) "said Tuesday it would cut 900 jobs": after the report
        # (s62 place) "A builder was jailed on Wednesday. He had taken deposits": a past perfect whose every link is its
        # tense's (before the simple past told before it, before now) is tied to nothing else
        tense_tied=_tense_tied(segmented, mentions, links, flashbacks),
    )
    if mode == "narrative":  # a history's events are not told the day it is read
        soft = [f for f in soft if f.target != REFERENCE and f.kind not in _NEWS_KINDS]
    # "who billed councils for residents after they had died was convicted": the act's own past clause (the deaths) is as
    # far back as the act; a learned order between the two would pin the act to the day before the verdict
    # (nor one with the rest of its sentence: "billed ... was convicted of fraud", the charge noun is the act itself)
    held_back = _relative_clause_acts(segmented, mentions, past_clause_acts)
    soft = [f for f in soft if not (f.kind in ("event-event", "event-label") and (f.source in held_back or f.target in held_back)
                                    and sentence_of.get(f.source) == sentence_of.get(f.target))]
    # (the clause inside, "after they had died", is an act of the relative clause as well: before the main clause's time)
    soft += [_aside_act_fact(eid, lends[main]) for eid, (main, inside) in held_back.items()
             if inside and main in lends and eid not in lends and real.get(eid, False) and past.get(eid, False)]
    soft = sequence_kept(soft)  # "noticed smoke and called the fire brigade": no learned label reverses a sequence told
    accepted = settle(network, soft) if real else []
    in_network = set(network.intervals)
    open_times = {t.tid for t in timexes if (t.earliest is None) != (t.latest is None)}
    open_ended = frozenset(link.source for link in links if link.target in open_times)
    open_ended |= punished  # "sentenced on Monday for taking bribes": no day of Monday's
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
        # ("shortly after") leaves them to be closed; s54: nor a wide "within", "joined the trial in September. Within weeks she
        # developed liver problems", which was squeezed onto the window's last day, 2 December)
        gap_ends = frozenset(eid for link in links if link.offset_min is not None and (link.relation in _ORDERING or link.relation is LinkRelation.WITHIN)
                             and (link.offset_max is None or link.offset_max - link.offset_min > WIDE_HAPPENING or link.offset_min > dt.timedelta(0)
                                  or (link.offset_max - link.offset_min == WIDE_HAPPENING and link.likely_max is None))  # (s56) "less than 48 hours after"
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
    order_of = timeline_order(likely, placed, [m.eid for m in mentions], accepted, predictions, text_first, narrated_pairs,
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


def _opening_old_times(timexes: Sequence[Timex], placed_times: Mapping[str, object], now: Optional[tuple[dt.datetime, dt.datetime]],
                       mode: str) -> frozenset[str]:
    """(s61 place) News: the first placed time of the text when it lasts a day to a month (:data:`_STEP_CARRIED`) and ends
    a year or more (:data:`BACKGROUND_GAP`) before publication ("Ten years ago this week, a gas explosion destroyed a block
    of flats. Firefighters searched the rubble for two days"; "In June 2017, ..."): the story opens by retelling that past,
    and the next sentence's undated happenings go on in it (a background told after the story's time, "The library opened
    in 1962. Speakers urged ...", is back at the story's time)."""
    if mode == "narrative" or now is None:
        return frozenset()
    old = _year_before(now[0])
    first = min((t for t in timexes if t.tid in placed_times and t.earliest is not None and t.latest is not None), key=lambda t: t.start, default=None)
    if (old is None or first is None or first.latest > old  # type: ignore[operator]
            or not _STEP_CARRIED[0] < first.latest - first.earliest <= _STEP_CARRIED[1]):  # type: ignore[operator]
        return frozenset()
    return frozenset({first.tid})


_YEARS_COUNT = re.compile(r"P(\d+)Y")


def _anniversary_clauses(segmented: Doc, timexes: Sequence[Timex], mentions: Sequence["EventMention"],
                         placed_times: Mapping[str, object], timed: Mapping[str, str], now: Optional[tuple[dt.datetime, dt.datetime]],
                         mode: str) -> tuple[frozenset[str], dict[str, str]]:
    """(s62 place) News: "gathered on Sunday to mark twenty years since a fire at a textile mill killed nine workers. The
    blaze started late on a Friday night in May 2007": a count of years right before one of ``since_words`` (lexicon
    [anniversaries]) tells a past that many years before publication; an old time of the text (a day to a month,
    :data:`_STEP_CARRIED`, ending a year or more before publication) whose start lies within a year of it is that past's
    time. The events of the clause the word opens (up to its sentence's end or a comma), with no time of their own, are
    in that time (was the story's day, Sunday), and that time is carried to the next sentence's undated happenings as a
    day is ("Three people drowned" after "The water rose overnight in October 1997"). With no such old time, nothing."""
    words = frozenset(w.lower() for w in load_lexicon(segmented.language).tables.get("anniversaries", {}).get("since_words", ()))
    if mode == "narrative" or now is None or not words:
        return frozenset(), {}
    old = _year_before(now[0])
    if old is None:
        return frozenset(), {}
    text = segmented.text
    olds = [t for t in timexes if t.tid in placed_times and t.earliest is not None and t.latest is not None and t.latest <= old
            and _STEP_CARRIED[0] < t.latest - t.earliest <= _STEP_CARRIED[1]]  # type: ignore[operator]
    carried: set[str] = set()
    clause: dict[str, str] = {}
    for count in timexes:
        match = _YEARS_COUNT.fullmatch(count.value or "")
        after = text[count.end : count.end + 12].split()
        if match is None or not after or after[0].lower() not in words:
            continue
        try:
            then = now[0].replace(year=now[0].year - int(match.group(1)))
        except ValueError:  # (29 February, or before year 1)
            continue
        near = [t for t in olds if abs(t.earliest - then) <= dt.timedelta(days=366)]  # type: ignore[operator]
        if not near:
            continue
        told = near[0].tid
        carried.add(told)
        sentence = segmented.sentence_index(count.start)
        stop = next((i for i, c in enumerate(text[count.end :], count.end) if c in ",;" or segmented.sentence_index(i) != sentence), len(text))
        for m in mentions:
            if count.end < m.start < stop and m.eid not in timed:
                clause[m.eid] = told
    return frozenset(carried), clause


def _tense_tied(segmented: Doc, mentions: Sequence["EventMention"], links: Sequence[Link], flashbacks: frozenset[str]) -> frozenset[str]:
    """(s62 place) "A builder was jailed on Wednesday. He had taken deposits from 40 customers": the past perfects whose every
    link is one their tense gives (before the simple past told before, before now), the first event of a sentence with no
    signal word (``event_signals``, ``strong_signals``: not "By then the flames had burned ...", "had sent three messages
    in the minute before the crash") and so not what a report of its sentence tells ("He told rescuers that he had
    slipped"): tied to nothing else, over before the day the discourse carries (see ``convention_facts``)."""
    cues = anchor_words(segmented.language)
    signals = frozenset(cues.event_signals) | cues.strong_signals
    first: dict[int, int] = {}
    for m in mentions:
        first[m.sentence_start] = min(first.get(m.sentence_start, m.start), m.start)
    touched: dict[str, bool] = {}
    for link in links:
        for eid in (link.source, link.target):
            if eid in flashbacks:
                touched[eid] = touched.get(eid, True) and link.strength is Strength.TENSE and link.relation in _TENSE_ORDERS
    text = segmented.text
    return frozenset(m.eid for m in mentions if touched.get(m.eid, False) and first[m.sentence_start] == m.start
                     and not signals.intersection(w.lower() for w in _WORDS_OF.findall(text[m.sentence_start : m.sentence_end])))


_WORDS_OF = re.compile(r"[A-Za-z]+")


def _year_before(t: dt.datetime) -> Optional[dt.datetime]:
    """(s59) ``t`` less :data:`BACKGROUND_GAP`, or None at the calendar's first year (no time lies a year before it)."""
    try:
        return t - BACKGROUND_GAP
    except OverflowError:
        return None
