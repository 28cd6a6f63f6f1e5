"""Anchoring: tie each event to the time expressions, events and publication time that constrain it.

Input: the text, its resolved time expressions and its event mentions.  Output: typed
:class:`Link` records, each with the relation the words express and the words themselves
(evidence).  The ordering engine turns links into constraints between interval end points.

Heuristics, in the spirit of TimeML's TLINK annotation:
- event to time: a time expression governs the nearest event of its clause (the verb before
  it: "struck ... on Sunday"; else the one after it: "On Sunday, militants struck"); the
  signal word in front of it decides the relation (on/in/at/during, by, before, after,
  since, until, within, for);
- event to event: signals ("shortly after the raids", "before being charged", "hours after
  it was cut off") between two events of one sentence, and definite event nouns referring
  back to an earlier event of the same kind ("the assault" after "raids");
- event to publication time: tense and aspect (past ends before it, "will" starts after it).
"""

from __future__ import annotations

import datetime as dt
from typing import Mapping, Optional, Sequence

import attrs

from ..model import Timex, TimexType
from ..order.links import LinkRelation, Strength
from ..text import Doc, as_doc
from .cues import REFERENCE, AnchorWords, EventLike, Link, _by_sentence, _noun_phrase_dates, anchor_words, attributive_events, dateline_date
from .aspectual import _aspect_noun_links, _aspectual_links, _caused_links, _into_links, _journey_links
from .clause_links import _coordinated_report_links, _decided_after_links, _spending_links, _taking_links, _in_round_links, _effect_links, _perceived_links, _participle_report_links, _within_relative_links, _witness_links, _admitted_act_links, _discovered_links, _reported_subject_links, _contest_links, _staged_relative_links, _purpose_links, _preparing_links, _subject_relative_links, _reason_links, _response_links, _harm_relative_links, _agent_perception_links
from .coreference import _coreference_links, _retold_gerund_links, _charged_crimes, agent_takeups, charged_crimes, implied_event_spans, punished_reasons, _reason_relative_links
from .fronted import _far_since_links, _restated_change_links, _fronted_links, _sequence_verb_links, _since_then_links
from .perfect import _restated_act_links, _perfect_participle_links, _perfect_links, _flashback_links, _flashback_chain_links, _flashback_openings, _restated_perfect_links, _elided_perfect_links, _perfect_infinitive_links, _length_of_links
from .signals import _event_links
from .ages import age_links
from .tense import _reference_links, perfect_states_since
from .time_offsets import served_part_links
from .times import _time_links, attempt_order_links, coordinated_firsts, one_time_each, purpose_heads, spread_lengths

__all__ = ["Link", "EventLike", "AnchorWords", "anchor_events", "attributive_events", "not_until", "anchor_words", "dateline_date", "implied_event_spans", "purpose_heads", "coordinated_firsts", "agent_takeups", "punished_reasons", "REFERENCE", "Strength", "LinkRelation"]


def _not_verbs(language: str) -> frozenset[str]:
    """Words of the verb kind that are no act ("according"): the tense lexicon's ``not_verbs``."""
    from ..resolve.tense_cues import tense_words

    return tense_words(language).not_verbs


def anchor_events(text: "str | Doc", timexes: Sequence[Timex], events: Sequence[EventLike],
                  supposed: Optional[frozenset[str]] = None, now: "Optional[dt.datetime]" = None) -> tuple[Link, ...]:
    """All links the text gives, deterministic and in text order of their source events.
    ``supposed``: the events whose clause makes them hypothetical (see
    :func:`timeline.events.factuality.factuality`), when the caller has them already; ``now``: the
    end of the publication time, when known: a time that begins after it is ahead (a decision is not
    dated by a time ahead of it)."""
    doc = as_doc(text)
    cues = anchor_words(doc.language)
    events = sorted(events, key=lambda e: (e.start, e.end, e.eid))
    if supposed is None:
        from ..events.factuality import factuality

        supposed = frozenset(ev.eid for ev, f in zip(events, factuality(doc, events)) if f.hypothetical_clause)
    grouped = _by_sentence(doc, events)  # events by sentence, made once for the stages that read them so
    sentence_starts = _sentence_starts(doc, grouped)  # (and where those sentences start)
    phrase_dates = _noun_phrase_dates(cues, doc, timexes, events, grouped)
    time_links = _counted_days_dated(cues, doc.text, spread_lengths(cues, doc.text, one_time_each(cues, doc.text, list(_time_links(cues, doc, timexes, events, supposed, phrase_dates, grouped, now)), timexes, events), timexes), timexes)
    lasting = frozenset(link.source for link in time_links if link.relation in (LinkRelation.UNTIL, LinkRelation.OVERLAPS_REF))
    delayed = not_until(events, time_links)
    appointed = _appointed(time_links, timexes)
    dated = _dated(time_links, timexes)  # (read five times below)
    coreferent = list(_coreference_links(cues, doc.text, events, _charged_crimes(cues, doc.text, grouped), dated,
                                         {ev.eid: k for k, evs in grouped.items() for ev in evs}, _dated(time_links, [t for t in timexes if now is not None and t.latest is not None and t.latest <= now]),
                                         _dated(time_links, [t for t in timexes if now is not None and t.earliest is not None and t.earliest >= now]),
                                         frozenset(noun.eid for noun in phrase_dates.values() if noun is not None)))  # ("charged with the murder": the crime told after)
    coreferent += _retold_gerund_links(cues, doc.text, grouped, dated)  # (s59) "retired in 2007. After retiring": the retiring
    appointed |= frozenset(link.source for link in coreferent)  # "the walkout" after "a strike": the strike's time
    event_links = list(_event_links(cues, doc, events, timexes, phrase_dates, now))
    punishing = frozenset(ev.eid for ev in events if ev.text.lower() in cues.reason_distant_verbs)  # (s54) for the reasons' relative clauses
    links = [*time_links, *event_links, *_far_since_links(cues, doc, events, event_links, frozenset(t.start for t in timexes)), *_decided_after_links(cues, doc.text, events, event_links), *_restated_act_links(cues, doc.text, grouped), *_restated_perfect_links(doc.text, grouped, dated), *_restated_change_links(cues, doc, events), *_fronted_links(cues, doc, events, timexes, grouped), *_since_then_links(cues, doc, events, dated), *_sequence_verb_links(cues, doc.text, events), *_perceived_links(cues, doc.text, events), *_discovered_links(cues, doc.text, events), *_reported_subject_links(cues, doc.text, events), *_contest_links(cues, doc.text, events, frozenset(t.start for t in timexes)), *_staged_relative_links(cues, doc.text, events), *_participle_report_links(cues, doc.text, events, dated, _not_verbs(doc.language)), *_coordinated_report_links(cues, doc.text, grouped, dated), *_within_relative_links(cues, doc.text, events, timexes), *_spending_links(cues, doc.text, events), *_taking_links(cues, doc.text, events), *_in_round_links(cues, doc.text, events, dated), *_witness_links(cues, doc.text, grouped), *_admitted_act_links(cues, doc.text, events), *_response_links(cues, doc.text, events), *_effect_links(cues, doc.text, events), *_harm_relative_links(cues, doc.text, sorted(events, key=lambda e: e.start)), *_agent_perception_links(cues, doc.text, sorted(events, key=lambda e: e.start)), *(reasons := list(_reason_links(cues, doc.text, grouped))), *_reason_relative_links(cues, doc.text, events, [link for link in reasons if link.target in punishing]), *_purpose_links(cues, doc.text, grouped), *_preparing_links(cues, doc.text, grouped), *_subject_relative_links(cues, doc.text, grouped, sentence_starts, dated, _own_times(time_links, timexes), _time_anchors(timexes)), *_aspectual_links(cues, doc.text, events, frozenset(t.start for t in timexes)), *_caused_links(cues, doc.text, events),
             *_perfect_links(cues, doc.text, grouped, sentence_starts, timexes, supposed), *_perfect_infinitive_links(cues, doc.text, grouped, sentence_starts, timexes, supposed), *_length_of_links(cues, doc, events, timexes), *_perfect_participle_links(cues, doc.text, grouped),
             *(flashbacks := [*_flashback_links(cues, doc.text, grouped, sentence_starts, dated, supposed, timed := _dated_sentences(doc, timexes),
                                                openings := _flashback_openings(cues, doc.text, grouped, sentence_starts, dated, supposed, timed)),
                              *_flashback_chain_links(cues, doc.text, grouped, sentence_starts, dated, supposed, timed, openings)]),
             *_elided_perfect_links(cues, doc.text, grouped, flashbacks, dated, supposed),
             *coreferent, *age_links(cues, doc, events, timexes), *served_part_links(cues, doc, timexes, events), *_reference_links(cues, doc, events, lasting, supposed, delayed, appointed, perfect_states_since(cues, doc.text, events, [*time_links, *event_links]))]
    order = {ev.eid: i for i, ev in enumerate(events)}  # (by start: ``events`` is sorted by start, end and id, a stable sort by start changes nothing)
    links += list(_journey_links(cues, doc, events, links))  # "sailed on October 2. Nine days into the voyage": the sailing began it
    links += list(_aspect_noun_links(cues, doc.text, events, links))  # "after the start of the strike": the verb that began it
    links += list(_into_links(cues, doc, events, timexes, links))  # "Ten days into the strike, ...": counted from that verb
    links += attempt_order_links(cues, doc.text, grouped, [*time_links, *event_links])  # "failed to agree before the election": the failing too
    return tuple(sorted(links, key=lambda link: (order.get(link.source, 0), link.relation, link.target)))


COUNTED_DAY_RULES = frozenset({"ordinal_day"})  # the recognizer's rules for a day counted in an event ("the fourth day")


def _counted_days_dated(cues: AnchorWords, text: str, links: Sequence[Link], timexes: Sequence[Timex]) -> list[Link]:
    """``links`` with an event told on a day counted in another event that a time right after dates ("admitted two
    charges on the fourth day of his trial in June", ``counted_day_of``) put in that time instead: the counted day names
    no date of its own (resolved, it is counted from whatever day the story had, "Wednesday"), the time after it is the
    event's; a counted day with nothing dating it after ("on the third day, the jury retired") keeps its link."""
    ordered = sorted((t for t in timexes if t.start is not None), key=lambda t: t.start)
    after: dict[str, tuple[str, str]] = {}
    for t, u in zip(ordered, ordered[1:]):
        if (t.rule in COUNTED_DAY_RULES and u.earliest is not None and u.latest is not None
                and cues.counted_day_of.fullmatch(text, t.end, u.start)):
            after[t.tid] = (u.tid, text[t.start : u.end])
    if not after:
        return list(links)
    return [attrs.evolve(link, target=after[link.target][0], evidence=after[link.target][1])
            if link.relation is LinkRelation.DURING and link.target in after else link for link in links]


def not_until(events: Sequence[EventLike], links: Sequence[Link]) -> frozenset[str]:
    """The negated events a time says they waited for ("the bridge did not reopen until Monday"):
    negated in form, they happen in that time."""
    negated = frozenset(ev.eid for ev in events if ev.polarity == "NEG")
    return frozenset(link.source for link in links if link.relation is LinkRelation.STARTS_IN and link.source in negated)


def _appointed(time_links: Sequence[Link], timexes: Sequence[Timex]) -> frozenset[str]:
    """The events a date of their own dates ("called a strike for next Tuesday", "repairs planned
    for next spring") or ends ("extended the closure until Friday"): for a noun, that date, not the
    tense of the clause around it, says when."""
    dates = frozenset(t.tid for t in timexes if t.type in (TimexType.DATE, TimexType.TIME))
    return frozenset(link.source for link in time_links
                     if link.relation in (LinkRelation.DURING, LinkRelation.UNTIL) and link.target in dates)


def _sentence_starts(doc: Doc, grouped: Mapping[int, Sequence[EventLike]]) -> dict[int, int]:
    """Sentence index -> where it starts, for the sentences that hold events."""
    return {k: doc.sentence_at(events[0].start)[0] for k, events in grouped.items() if events}


def _dated_sentences(doc: Doc, timexes: Sequence[Timex]) -> frozenset[int]:
    """The sentences that name a date or a clock time with bounds (a length or a set names none)."""
    return frozenset(doc.sentence_index(t.start) for t in timexes
                     if t.type in (TimexType.DATE, TimexType.TIME) and t.earliest is not None and t.latest is not None)


def _dated(time_links: Sequence[Link], timexes: Sequence[Timex]) -> frozenset[str]:
    """The events a time expression of the text dates (a length dates nothing: "should take about 18 months")."""
    tids = frozenset(t.tid for t in timexes)
    return frozenset(link.source for link in time_links if link.target in tids and link.relation is not LinkRelation.LASTS)


def _own_times(time_links: Sequence[Link], timexes: Sequence[Timex]) -> dict[str, str]:
    """Event -> the time expression that dates it "during" ("searched the valley on Saturday"), when only one does."""
    tids = frozenset(t.tid for t in timexes)
    out: dict[str, str] = {}
    many: set[str] = set()
    for link in time_links:
        if link.target in tids and link.relation is LinkRelation.DURING:
            if link.source in out and out[link.source] != link.target:
                many.add(link.source)
            out[link.source] = link.target
    return {e: t for e, t in out.items() if e not in many}


def _time_anchors(timexes: Sequence[Timex]) -> dict[str, Optional[str]]:
    """Time expression -> the time expression it was resolved against ("the afternoon" after "on Saturday"), if any."""
    return {t.tid: t.anchor.timex_id for t in timexes}
