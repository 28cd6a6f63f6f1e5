"""Event to time: which event a time expression governs, and what its signal word says of it.

The governing event is found by :mod:`.governor`; times counted from what the text told before (offsets from a
previous event, "within ... of", lengths and served terms) are read by :mod:`.time_offsets`."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from types import MappingProxyType
from typing import Callable, Iterable, Mapping, Optional, Sequence
import attrs


from ..model import AnchorKind, Grain, Mod, Timex, TimexType
from ..order.links import LinkRelation, Strength
from ..text import Doc
from ..wordscan import may_match

from .cues import REFERENCE, AnchorWords, EventLike, Link, anchor_words, calendar_days
from .cues import _OPEN_END, _attributive, _completes, _by_sentence, _clause_break, _in_dateline, _signal_before, _tokens_between, _LAST_TOKEN, _NEXT_WORD, _PUNCT
from .governor import _WORDS, _asked_before, _event_before, _governor, _noun_modifier, _offset_apposition, _reported_subject, _signal_clause_after
from .time_offsets import _coarse_antecedent, _compared_with, _duration_links, _finer_offset, _in_subject_appositive, _inside_relative_when, _offset_from_previous_event, _relative_when, _stale_antecedent, _within_of_previous


_PRESENT = "PRESENT_REF"
"""The TIMEX3 value of "now", "currently": the present, which a state holding now may have begun before."""



def _ordered_clause(cues: AnchorWords, text: str, t: Timex, in_sentence: Sequence[EventLike], sentence_start: int) -> Optional[Link]:
    """The link of the first event of a clause an "after" signal opens right after a time that closes a main clause with no
    event of its own ("Thousands were without power on Tuesday after the storm hit": the hitting is over by Tuesday's end;
    :func:`governor._signal_clause_after`); None for anything else ("before" says only that it came later, which the
    learned order weighs)."""
    if t.type is TimexType.DURATION or any(ev.end <= t.start and not _clause_break(cues, text, ev.end, t.start) for ev in in_sentence):
        return None
    after = [ev for ev in in_sentence if ev.start >= t.end and not _clause_break(cues, text, t.end, ev.start)]
    if not after:
        return None
    first = next((ev for ev in after if ev.pos == "VERB"), after[0])
    if _signal_clause_after(cues, text, t, first, sentence_start) != "after":
        return None
    return Link(first.eid, "by", t.tid, text[t.start : first.end], Strength.DEFAULT)

def _range_roles(cues: AnchorWords, doc: Doc, timexes: Sequence[Timex], events: Sequence[EventLike] = ()) -> dict[str, str]:
    """Time -> the relation an event has to it as one end of a range ("between 2019 and 2023")."""
    text = doc.text
    roles: dict[str, str] = {}
    ordered = sorted((t for t in timexes if t.type is not TimexType.SET), key=lambda t: t.start)
    starts = sorted(ev.start for ev in events)
    for first, second in zip(ordered, ordered[1:]):
        if first.type is TimexType.DURATION and second.type is not TimexType.DURATION and cues.length_to.fullmatch(text, first.end, second.start):
            roles[second.tid] = "until"  # "the three months to Sept. 30": it ends in that day
            continue
        if TimexType.DURATION in (first.type, second.type):
            continue  # "sentenced on Tuesday to four years": a length is no end of a range
        if not cues.range_joiner.fullmatch(text, first.end, second.start):
            gapped = _gapped_range(cues, text, first, second, starts)
            signal, _ = _signal_before(cues, text, first.start, doc.sentence_at(first.start)[0]) if gapped is not None else (None, "")
            if gapped is not None and (signal is None or cues.signals.get(signal) == "during"):  # not "since March and ..."
                roles.setdefault(gapped[0].tid, cues.range_first["in"])
                roles[gapped[1].tid] = cues.range_second["in"]
            continue
        signal, _ = _signal_before(cues, text, first.start, doc.sentence_at(first.start)[0])
        if signal in cues.range_first and signal in cues.range_second:
            pair = _in_time_order(first, second) if cues.signals.get(signal) == "during" else None
            begin, end = pair if pair is not None else (first, second)  # "in June and in March": from March
            roles.setdefault(begin.tid, cues.range_first[signal])
            roles[end.tid] = cues.range_second[signal]
        elif signal is None and cues.coordinators & {w.lower() for w in _WORDS.findall(text[first.end : second.start])}:
            pair = _in_time_order(first, second)  # "won the title last year and in 2023": from 2023 to last year
            if pair is not None:
                roles.setdefault(pair[0].tid, cues.range_first["in"])
                roles[pair[1].tid] = cues.range_second["in"]
    return roles


def _in_time_order(first: Timex, second: Timex) -> Optional[tuple[Timex, Timex]]:
    """The two times, earlier first, when each is bounded and neither lies inside the other; else None."""
    if first.earliest is None or second.earliest is None or first.latest is None or second.latest is None:
        return None
    if first.earliest <= second.earliest and first.latest <= second.latest:
        return first, second
    if second.earliest <= first.earliest and second.latest <= first.latest:
        return second, first
    return None  # one inside the other ("in 2026 and in March"): no range


def _gapped_range(cues: AnchorWords, text: str, first: Timex, second: Timex, starts: Sequence[int]) -> Optional[tuple[Timex, Timex]]:
    """The earlier and the later of two times one verb is told at with the verb left out the second time ("cut 200
    jobs in March and another 150 in June"): the verb spans both, so each is one end of a range, not a time it lies in
    (lying in both would be a contradiction). None unless the text between is such a joiner with no event in it."""
    if not cues.gapped_range_joiner.fullmatch(text, first.end, second.start) or not cues.gapped_range_end.match(text, second.end):
        return None  # (a verb after the second time: "and the first count on the following day put her ahead")
    at = bisect.bisect_left(starts, first.end)
    if at < len(starts) and starts[at] < second.start:
        return None  # "was arrested in March and released in June", "and the count on Monday": an event of its own
    return _in_time_order(first, second)  # "6 percent in June and 4 percent in March": from March


def one_time_each(cues: AnchorWords, text: str, links: Sequence[Link], timexes: Sequence[Timex], events: Sequence[EventLike]) -> list[Link]:
    """``links`` with, for an event the clause ties to two times it cannot lie in both of, only the nearer time ("cut
    power on Monday evening, the board said on Thursday" with "cut" not found: "said" is Thursday's): lying in two
    disjoint times is a contradiction of the reading, not of the text. A stronger signal wins over nearness, and a
    time with no clause opening between it and the event over one behind "whether", "which" ...; a time a signal of
    purpose introduces ("stocked it for the winter last month": lexicon ``purpose_time_signals``) loses to any other."""
    bounds = {t.tid: (t.earliest, t.latest, t.start, t.end) for t in timexes if t.earliest is not None and t.latest is not None}
    spans = {ev.eid: (ev.start, ev.end) for ev in events}
    moved: dict[int, Link] = {}
    during: dict[str, list[Link]] = {}
    for link in links:
        if link.relation is LinkRelation.DURING and link.target in bounds and link.source in spans:
            during.setdefault(link.source, []).append(link)
    dropped: set[int] = set()
    by_start: Optional[list[EventLike]] = None  # (made the first time a dropped link looks for a reason between)
    starts: list[int] = []
    by_id: dict[str, EventLike] = {}
    for eid, own in during.items():
        if len(own) < 2:
            continue
        start, end = spans[eid]

        def rank(link: Link) -> tuple[bool, int, bool, int]:
            _, _, t0, t1 = bounds[link.target]
            between = text[end:t0] if t0 >= end else text[t1:start]
            opened = any(w.lower() in cues.subordinate_openers for w in _WORDS.findall(between))
            first = _WORDS.match(link.evidence)
            purpose = first is not None and first.group().lower() in cues.purpose_time_signals
            return (purpose, -int(link.strength), opened, t0 - end if t0 >= end else start - t1)

        own.sort(key=rank)
        kept: list[Link] = []
        for link in own:
            lo, hi, _, _ = bounds[link.target]
            if any(hi <= bounds[k.target][0] or bounds[k.target][1] <= lo for k in kept):
                dropped.add(id(link))
                if by_start is None:
                    by_start = sorted(events, key=lambda ev: ev.start)
                    starts = [ev.start for ev in by_start]
                    by_id = {ev.eid: ev for ev in events}
                inner = _reason_between(cues, text, by_id.get(eid), end, bounds[link.target][2], by_start, starts)
                inner = inner or _coordinated_after(cues, text, end, [bounds[k.target] for k in kept], bounds[link.target], events)
                if inner is not None:  # "jailed on Monday for setting fire to a warehouse in February": the setting's month
                    moved[id(link)] = attrs.evolve(link, source=inner.eid, evidence=text[inner.start : bounds[link.target][3]])
            else:
                kept.append(link)
    return [moved.get(id(link), link) for link in links if id(link) not in dropped or id(link) in moved] if dropped else list(links)


def _coordinated_after(cues: AnchorWords, text: str, end: int, kept: Sequence[tuple], dropped: tuple, events: Sequence[EventLike]) -> Optional[EventLike]:
    """The first event of the clause a coordinator opens right after a time the event ending at ``end`` keeps (``kept``:
    the bounds and offsets of its kept times), when the dropped time (``dropped``) follows in that clause: "will separate
    from the orbiter on May 28 and attempt a touchdown near the pole the following day" (the event model took "attempt"
    for a noun, so the governor gave both days to "separate"): the attempt's day."""
    after = [k for k in kept if end <= k[2] and k[3] <= dropped[2]]
    if not after:
        return None
    gap_start = max(k[3] for k in after)
    opener = _COORDINATED_OPENER.match(text, gap_start)
    if opener is None or opener.group(1).lower() not in cues.coordinators or _PUNCT.search(text, opener.end(), dropped[2]):
        return None
    return next((ev for ev in sorted(events, key=lambda ev: ev.start) if opener.end() <= ev.start and ev.end <= dropped[2]), None)


_COORDINATED_OPENER = re.compile(r"\s*(\w+)\s")
"""The word right after a time: the coordinator that opens the next clause ("on May 28[ and ]attempt")."""


def spread_lengths(cues: AnchorWords, text: str, links: Sequence[Link], timexes: Sequence[Timex]) -> list[Link]:
    """``links`` with the first of two lengths of one event, the second right after it behind a word of lexicon
    ``spread_signals`` ("deliberated for nine hours over two days", "40 hours of talks across three weeks"), read as the
    time the event took in all, at least that long from its start to its end, not its whole extent: the second length is
    the stretch it was spread over.  Both as exact lengths cannot hold together."""
    if not cues.spread_signals:
        return list(links)
    by_tid = {t.tid: t for t in timexes}
    lasting: dict[str, list[Link]] = {}
    for link in links:
        if link.relation is LinkRelation.LASTS and link.target in by_tid and link.offset_max is not None:
            lasting.setdefault(link.source, []).append(link)
    totals: set[int] = set()
    for own in lasting.values():
        own.sort(key=lambda link: by_tid[link.target].start)
        for first, second in zip(own, own[1:]):
            a, b = by_tid[first.target], by_tid[second.target]
            words = _WORDS.findall(text, a.end, b.start)
            if (len(words) == 1 and words[0].lower() in cues.spread_signals and second.offset_min is not None
                    and first.offset_max is not None and first.offset_max < second.offset_min):
                totals.add(id(first))
    return [attrs.evolve(link, offset_max=None) if id(link) in totals else link for link in links] if totals else list(links)


def _reason_between(cues: AnchorWords, text: str, verb: Optional[EventLike], end: int, time_start: int, by_start: Sequence[EventLike],
                    starts: Sequence[int]) -> Optional[EventLike]:
    """The deed a punishment or other reason verb (lexicon ``reason_verbs``) names after its preposition (``reason_prepositions``)
    between it and a later time it cannot lie in besides its own, in the time's clause: the time is the deed's ("jailed on
    Monday for setting fire to a furniture warehouse in February": the setting's), not nobody's ("condemned on Saturday the
    attacks in Kenya Friday" is left alone: an object, not a reason)."""
    if verb is None or verb.text.lower() not in cues.reason_verbs:
        return None
    inner = []  # (the events between, from ``by_start``, in text order, and ``starts``, theirs)
    for k in range(bisect.bisect_right(starts, end), len(by_start)):
        if by_start[k].start >= time_start:
            break
        if by_start[k].end <= time_start:
            inner.append(by_start[k])
    if not inner or _clause_break(cues, text, inner[0].end, time_start):
        return None
    words = [w for w in _tokens_between(text, end, inner[0].start) if w not in cues.determiners]
    return inner[0] if words and words[-1] in cues.reason_prepositions else None


def _told_done(ev: EventLike) -> bool:
    """Whether the tense tells ``ev`` as done or holding by now: a simple past, a present perfect ("has invited"), or a
    state of mind in the simple present ("expects heavy demand for new ferries throughout the 2030s": held now)."""
    return ev.tense == "PAST" or (ev.tense == "PRESENT" and (ev.aspect == "PERFECTIVE" or (ev.aspect == "NONE" and ev.cls == "I_STATE")))


def _object_ahead(cues: AnchorWords, text: str, t: Timex, ev: EventLike, events: Sequence[EventLike], now: Optional[dt.datetime]) -> Optional[EventLike]:
    """The event noun between a past (or present perfect) verb and a time wholly after the publication day, which the time dates instead
    ("had been talking about the planned visit of the minister in September", "invited the ministers to a ceremony on
    March 12"): a past act cannot lie ahead, what it was about can. None if no such noun lies in the clause."""
    if now is None or t.earliest is None or ev.pos != "VERB" or not _told_done(ev) or ev.end > t.start:
        return None
    if t.earliest.date() <= now.date():
        return None  # (compared by day: no sum that can leave the calendar)
    nouns = [x for x in events if x.pos == "NOUN" and ev.end <= x.start and x.end <= t.start]
    if not nouns or _clause_break(cues, text, ev.end, t.start):
        return None
    return nouns[-1]


def _gerund_object(text: str, ev: EventLike, x: EventLike) -> bool:
    """A bare gerund right after the verb, as its object: "adjourned [sentencing] until November 13", "postponed [voting]
    to Friday" (the happening moved, as "the vote" is), not a participle told after a comma or a word between."""
    return x.pos == "VERB" and x.tense == "PRESPART" and not _tokens_between(text, ev.end, x.start)


_MOVED_SUBJECT_OF_REACH = 8  # words at most between a moved happening and its verb when an "of" phrase completes it


def _moved_to(cues: AnchorWords, text: str, ev: EventLike, t: Timex, in_sentence: Sequence[EventLike]) -> Iterable[Link]:
    """The happening a rescheduling verb ``ev`` sets to ``t``: its object ("postponed [the vote] until May") or, with no
    event between verb and time, its subject ("[The launch] of the lander has been pushed back to next year"). A moving
    verb puts it in ``t``; another ("extended [the closure] until Friday") makes it last until ``t``."""
    if ev.pos != "VERB":
        return
    ahead = [x for x in in_sentence if x.start >= ev.end and x.end <= t.start]
    moved: Optional[EventLike] = None
    if ahead:
        x = ahead[0]
        if x.pos == "NOUN" and all(y.pos != "VERB" for y in ahead) and len(_tokens_between(text, ev.end, x.start)) <= 3:
            moved = x
        elif _gerund_object(text, ev, x) and all(y.pos != "VERB" for y in ahead[1:]):  # "adjourned [sentencing] until November 13"
            moved = x
    else:
        prior = [x for x in in_sentence if x.end <= ev.start]
        if prior and prior[-1].pos == "NOUN":
            between = text[prior[-1].end : ev.start]
            words = between.split()
            if not any(c in between for c in ",;:()") and (len(words) <= 2 or (words[0].lower() == "of" and len(words) <= _MOVED_SUBJECT_OF_REACH)):
                moved = prior[-1]
    if moved is not None:
        relation = "during" if ev.text.lower() in cues.moving_verbs else "until"
        yield Link(moved.eid, relation, t.tid, text[min(moved.start, ev.start) : t.end], Strength.SIGNAL)


def _time_links(cues: AnchorWords, doc: Doc, timexes: Sequence[Timex], events: Sequence[EventLike], supposed: frozenset[str] = frozenset(),
                phrase_dates: Mapping[str, Optional[EventLike]] = MappingProxyType({}),
                grouped: Optional[Mapping[int, Sequence[EventLike]]] = None, now: Optional[dt.datetime] = None) -> Iterable[Link]:
    text = doc.text
    grouped = _by_sentence(doc, events) if grouped is None else grouped
    roles = _range_roles(cues, doc, timexes, events)
    compared_may = (may_match(cues.superlative_span, text), may_match(cues.comparison_base, text))  # (each time's window, below)
    governor_may = (may_match(cues.admission_topic, text), may_match(cues.period_topic, text))
    start_of = {t.tid: t.start for t in timexes}
    earliest_of = {t.tid: t.earliest for t in timexes}
    timed_sentences = frozenset(doc.sentence_index(t.start) for t in timexes)  # the sentences that name a time
    recurring = _recurring_clock_times(timexes, text)
    clock_days = _days_of_bounding_clocks(cues, doc, timexes)
    by_start = sorted(timexes, key=lambda x: (x.start, x.end))
    next_two = {x.tid: by_start[k + 1 : k + 3] for k, x in enumerate(by_start)}  # (the times that may end a period told by ``t``)
    date_starts = [x.start for x in by_start if x.type is not TimexType.DURATION]  # (a time of a verb before an event noun)
    # (s54) "the six weeks to January 3": the day ends the length before it and dates what the length dates
    ended_length = {second.tid: first.tid for first, second in zip(by_start, by_start[1:]) if first.type is TimexType.DURATION
                    and second.type is not TimexType.DURATION and cues.length_to.fullmatch(text, first.end, second.start)}
    governor_of: dict[str, EventLike] = {}
    day_gaps = _day_gaps(cues, text, by_start)  # (s59) "met three days after May 2": the length before the signal, by the day's start
    two_word_ends = frozenset(w.rsplit(" ", 1)[-1] for w in cues.maturity_words if " " in w)  # ("of record": "record")
    for t in timexes:
        if t.furniture or t.type is TimexType.SET or _in_dateline(cues, text, t) or t.tid in recurring or t.tid in clock_days:
            continue
        before = _LAST_TOKEN.search(text, max(0, t.start - 24), t.start)
        if before is not None and before.group(1).lower() in cues.maturity_words:
            continue  # "debentures due Oct. 15, 2031, priced at 99": the date the debentures fall due
        # (the last two words, only when the last one may end a two-word entry: it is ``before``'s word when both are found; s62 speed)
        two = (_LAST_TWO_TOKENS.search(text, max(0, t.start - 32), t.start) if before is None or before.group(1).lower() in two_word_ends
               else None)
        if two is not None and " ".join(two.group(1, 2)).lower() in cues.maturity_words:
            continue  # "payable Dec. 15 to stock of record Nov. 17": the record date, not the declaring's
        sentence = doc.sentence_at(t.start)
        in_sentence = grouped.get(doc.sentence_index(t.start), ())
        measured = _measured_noun(cues, text, t, in_sentence)
        if measured is not None:  # "a seven-year restoration", "the three-week trial": the noun's length
            yield Link(measured.eid, "lasts", t.tid, text[t.start : measured.end], Strength.DEFAULT, t.min_length, t.max_length)
            continue
        if _modifies_word(cues, text, t):
            continue  # (s58) "agreed a five-year contract": the contract's length (no event), not the agreeing's
        if t.tid in phrase_dates:  # a date inside a noun phrase dates its noun, if an event, and nothing of the clause
            noun = phrase_dates[t.tid]
            if noun is not None:
                yield Link(noun.eid, "during", t.tid, text[t.start : noun.end], Strength.SIGNAL)
            continue
        if cues.ranked_apposition.search(text, max(sentence[0], t.start - 60), t.start) is not None:
            continue  # "40 aftershocks in the next 24 hours, the largest of them at 7:15 a.m.": that aftershock's time, not the following's
        ev = _governor(cues, t, in_sentence, text, sentence, supposed, now, next_two[t.tid], date_starts, governor_may)
        if ended_length.get(t.tid) in governor_of:
            ev = governor_of[ended_length[t.tid]]  # (s54) "sales in the six weeks to January 3": the sales', as the weeks are
        if ev is not None:
            governor_of[t.tid] = ev
        if ev is not None and _in_subject_appositive(text, t, ev, in_sentence, sentence[0]):
            continue  # "Substitute Callum Reid, on the pitch for only four minutes, headed the winner": the subject's, not the heading's
        if ev is not None and _cause_object(cues, text, t, ev, sentence[0]):
            cause = next((x for x in reversed(in_sentence) if ev.end <= x.start and x.end <= t.start and x.pos == "NOUN"), None) if t.start >= ev.end else None
            if cause is not None and not _clause_break(cues, text, cause.end, t.start):
                # (s59) "blamed a strike by junior doctors in September": the strike's September
                yield Link(cause.eid, "during", t.tid, text[cause.start : t.end], Strength.DEFAULT)
            continue  # "blaming a wet summer for the losses": the summer is the cause named, not when the blaming was done
        if ev is not None and _date_object(cues, text, t, ev):
            # "set Dec. 15 as the deadline for applications": the deadline's day, not the setting's; what is due then is done by it
            due = next((x for x in in_sentence if x.start >= t.end and x.pos == "NOUN" and not _clause_break(cues, text, t.end, x.start)), None)
            if due is not None:
                yield Link(due.eid, "by", t.tid, text[t.start : due.end], Strength.DEFAULT)
            continue
        if ev is None:
            ordered = _ordered_clause(cues, text, t, in_sentence, sentence[0])
            if ordered is not None:
                yield ordered  # (s61) "were without power on Tuesday after the storm hit": the storm hit by Tuesday's end
                continue
            yield from _offset_apposition(cues, text, t, timexes, in_sentence, sentence[0])
            continue
        if (ev.pos == "VERB" and ev.tense == "FUTURE" and now is not None and t.latest is not None
                and t.latest <= now - dt.timedelta(days=1)):
            continue  # (s62) "Halden will pay $41 a share, a premium to Brennan's closing price on Tuesday" said on Thursday:
            # a time gone before the publication day dates no "will" (it names something known, here the price)
        if _inside_relative_when(cues, text, t, ev):
            # "the third fire since June, when a blaze destroyed 40 homes": the clause's verb lies in June; the time's
            # own signal ("since") is the main clause's, which has no event here
            yield Link(ev.eid, "during", t.tid, text[t.start : ev.end], Strength.DEFAULT)
            continue
        if _other_aspect_between(cues, text, ev, t):
            continue
        if t.tid not in roles and _compared_with(cues, text, t, ev, compared_may):
            yield from _relative_when(cues, text, t, in_sentence, ev, linked=False)  # "6.8% from Oct. 13, when the plunge ...": the plunge's day
            continue
        head = _aspect_head(cues, text, ev, in_sentence) or _complement_head(cues, text, ev, in_sentence)
        if head is not None and not (head.text.lower() in cues.content_verbs
                                     and _reported_subject(cues, text, head, t, [x for x in in_sentence if x.start >= t.end])):
            ev = head  # "began queuing on Monday": the beginning is on Monday (not "said spending in 2025 was too high": the told clause's)
        signal, said = _signal_before(cues, text, t.start, sentence[0])
        if signal is None or cues.signals.get(signal) == "during":  # ("adjourned the hearing until January 8": the adjourning's)
            ev = _object_ahead(cues, text, t, ev, in_sentence, now) or _held_object(cues, text, t, ev, in_sentence) or ev
            kept = _object_of_denied(cues, text, t, ev, in_sentence, signal)
            if kept is not None:  # "would not stand in the elections next May": the elections are next May all the same
                yield Link(kept.eid, "during", t.tid, text[kept.start : t.end], Strength.DEFAULT)
        if signal == _OPEN_END:
            if ev.tense == "PRESENT" and getattr(ev, "modality", None) is None and now is not None and t.earliest is not None and t.earliest >= now:
                # "have been suspended until at least Friday", a Friday ahead: no certain end, but it holds now
                # ("will close on Monday until at least Friday" may not have begun)
                yield Link(ev.eid, "overlaps_ref", REFERENCE, (said + " " + t.text).strip(), Strength.SIGNAL)
            continue  # "closed until at least next Wednesday": the time is no certain end
        evidence = (said + " " + t.text).strip() if said else t.text
        coarse = _coarse_antecedent(t, doc, start_of)
        offset = (_offset_from_previous_event(cues, doc, t, ev, grouped, coarse, _stale_antecedent(t, doc, start_of, timed_sentences),
                                              start_of.get(t.anchor.timex_id or "") if coarse else None)
                  or _within_of_previous(cues, doc, t, ev, grouped, signal, evidence))
        finer = _finer_offset(cues, doc, t, ev, in_sentence, start_of) if offset is None else None
        if finer:
            yield from finer
            continue
        if offset is not None:
            yield offset
            if not coarse:
                continue  # else the time it names still bounds the event
        if t.type is TimexType.DURATION and (t.earliest is None or cues.signals.get(signal or "") == "within"):
            # (a time limit's own bounds, "within two weeks", are the timex's: the event is linked as a length from now)
            yield from _duration_links(cues, text, t, ev, signal, evidence, in_sentence, sentence, supposed)
            continue
        if t.earliest is None and t.latest is None:
            continue
        if (t.type is TimexType.DURATION and t.min_length is not None and t.anchor.kind is AnchorKind.TIMEX
                and t.earliest == earliest_of.get(t.anchor.timex_id or "") and cues.signals.get(signal or "") == "lasts"):
            # "held for 18 days from 3 May": a length that starts on a day it names bounds the event and is still its length
            yield Link(ev.eid, "lasts", t.tid, evidence, Strength.DEFAULT, t.min_length, t.max_length)
        relation = roles.get(t.tid) or cues.signals.get(signal or "", "during")
        if relation in ("within", "lasts"):
            relation = "by" if relation == "within" else "during"
        if (signal in cues.purpose_time_signals and t.type is not TimexType.DURATION and ev.pos == "VERB" and _told_done(ev)
                and now is not None and t.earliest is not None and t.earliest >= now and ev.text.lower() not in cues.scheduling_verbs):
            continue  # "stored hay for next winter", "bought its cocoa for next year": the purpose lies ahead, the deed does not
        if relation == "before" and t.mod == Mod.END:
            relation = "by"  # "would publish the findings before the end of the year": a deadline, by the year's end, not before its last months
        if relation == "until" and signal in cues.spanning_signals and t.text.split(maxsplit=1)[0].lower() in cues.determiners:
            relation = "during"  # "worked through the weekend": throughout it ("through Sunday" ends in it)
        if relation == "until" and ev.polarity == "NEG":
            relation = "starts_in"  # "did not reopen until Monday": it reopened on Monday
        elif relation == "until" and ev.text.lower() in cues.rescheduling_verbs:
            relation = "before"  # "adjourned the case until January 8": the adjourning came before it
            yield from _moved_to(cues, text, ev, t, in_sentence)
        elif (relation == "during" and signal is None and ev.text.lower() in cues.rescheduling_verbs and before is not None
              and before.group(1).lower() in cues.rescheduling_signals):
            relation = "before"  # "was extended to Nov. 16": the new date, after the extending
            yield from _moved_to(cues, text, ev, t, in_sentence)
        elif signal in cues.awaiting_signals and ev.text.lower() in cues.awaiting_verbs and t.type is not TimexType.DURATION:
            relation = "until"  # "waited for the evening tide": the waiting ends then, it does not lie in it
        told_of, verb = _time_told_of(cues, text, t, in_sentence)
        if verb is not None and relation in ("before", "after") and verb is not ev:
            # "must save the money before the next financial year begins in April": before the beginning told
            yield Link(ev.eid, relation, verb.eid, text[ev.start : verb.end], Strength.SIGNAL)
        if told_of == "end" and relation == "before":
            relation = "by"  # "repaid the loan before the week ended": before its end, not its start
        elif told_of == "begin" and relation == "after":
            continue  # "moved in after the school year began": after its start only, which no link to the time says
        # an aspectual verb ("began on Saturday") is itself the moment of beginning: it lies in
        # the time, and the event it begins starts with it (its begun_by link)
        strength = Strength.SIGNAL if signal in cues.strong_signals else Strength.DEFAULT
        if t.type is TimexType.DURATION:
            # a length read as a date ("in two weeks") is believed least: a named day or the tense wins
            # ("the second letter in two weeks was published on Tuesday": on Tuesday)
            strength = Strength.TENSE
        scheduled = _scheduled_event(cues, text, ev, signal, in_sentence)
        if scheduled is not None:
            yield Link(scheduled.eid, relation, t.tid, text[scheduled.start : t.end], strength)
            yield Link(ev.eid, "before", scheduled.eid, text[scheduled.start : ev.end], Strength.DEFAULT)  # planned before it happens
        elif relation == "during" and t.value == _PRESENT:
            # "troops now camped in the desert", "is now reaching every town": what holds now may have begun before
            # the publication day; it overlaps the present, it does not lie inside its day
            yield Link(ev.eid, "overlaps_ref", REFERENCE, evidence, strength)
        else:
            gap = day_gaps.get(t.tid) if relation in ("before", "after") else None
            if gap is not None:  # (s59) "met three days after May 2": on May 5 (calendar days: from the day's end, one less)
                yield Link(ev.eid, relation, t.tid, evidence, strength, gap - _ONE_DAY, gap,
                           likely_days=gap.days if relation == "after" else -gap.days)
            else:
                yield Link(ev.eid, relation, t.tid, evidence, strength)
            first = _coordinated_first(cues, text, ev, in_sentence) if relation == "before" else None
            if first is not None:  # "lowered into lifeboats and brought ashore before dawn": the first step too
                yield Link(first.eid, relation, t.tid, text[first.start : t.end], strength)
            purpose = _purpose_head(cues, text, ev, in_sentence)
            if purpose is not None and purpose.text.lower() in cues.decision_verbs and now is not None and t.earliest is not None and t.earliest >= now:
                purpose = None  # "voted to strike next month": a time ahead is what was decided, not when
            if purpose is not None and relation == "during":
                yield Link(purpose.eid, relation, t.tid, text[purpose.start : t.end], strength)
            offer = _intention_told_then(cues, text, ev, in_sentence, t, now) if purpose is None and relation == "during" else None
            if offer is not None:  # "offered to buy the chain in June", told in September: the offer's June
                yield Link(offer.eid, relation, t.tid, text[offer.start : t.end], strength)
            light = _light_head(cues, text, ev, in_sentence)
            if light is not None and relation == "during":
                yield Link(light.eid, relation, t.tid, text[light.start : t.end], strength)  # "took effect in 1995": the taking too
            carrier = _state_carrier(cues, text, ev, in_sentence) if relation == "until" else None
            if carrier is not None:  # "stayed closed until Tuesday morning": the staying ends then too
                yield Link(carrier.eid, relation, t.tid, text[carrier.start : t.end], strength)
        yield from _relative_when(cues, text, t, in_sentence, ev)


def _time_told_of(cues: AnchorWords, text: str, t: Timex, in_sentence: Sequence[EventLike]) -> tuple[Optional[str], Optional[EventLike]]:
    """("begin" or "end", the verb) when ``t`` is the subject of a verb of beginning or ending right after it ("before
    the week ended", "after the season began"): the signal then orders against that end of the time, not the whole."""
    verb = next((x for x in in_sentence if x.start >= t.end), None)
    if verb is None or verb.pos != "VERB" or text[t.end : verb.start].strip():
        return None, None
    word = verb.text.lower()
    kind = "begin" if word in cues.begin_verbs else "end" if word in cues.end_verbs else None
    return kind, verb if kind is not None else None


def _object_of_denied(cues: AnchorWords, text: str, t: Timex, ev: EventLike, in_sentence: Sequence[EventLike],
                      signal: Optional[str]) -> Optional[EventLike]:
    """The event noun right before ``t`` (nothing but its signal between) in the clause of a negated verb ``ev`` ("did not
    attend the meeting on Friday", "would not stand in the elections next May"): the time dates the noun, which the
    negation leaves real, as well as the verb; None when there is no such noun."""
    if ev.pos != "VERB" or ev.polarity != "NEG" or t.start < ev.end:
        return None
    nouns = [x for x in in_sentence if ev.end <= x.start and x.end <= t.start]
    if not nouns or nouns[-1].pos != "NOUN" or _clause_break(cues, text, ev.end, t.start):
        return None
    gap = _tokens_between(text, nouns[-1].end, t.start)
    return nouns[-1] if not gap or (len(gap) == 1 and gap[0] == signal) else None


def _held_object(cues: AnchorWords, text: str, t: Timex, ev: EventLike, in_sentence: Sequence[EventLike]) -> Optional[EventLike]:
    """The event noun a verb of a state that holds (lexicon ``holding_verbs``) has as its object, between it and ``t``
    ("the holidays, which included a trip to Florida in 2023"): the time dates the trip, not the including, a state
    with no time of its own; None when no such noun stands there, or a clause break does."""
    if ev.pos != "VERB" or ev.text.lower() not in cues.holding_verbs or t.start < ev.end:
        return None
    noun = next((x for x in in_sentence if ev.end <= x.start and x.end <= t.start), None)
    if noun is None or noun.pos != "NOUN" or _clause_break(cues, text, ev.end, t.start):
        return None
    return noun


def _date_object(cues: AnchorWords, text: str, t: Timex, ev: EventLike) -> bool:
    """Whether ``t`` is the object of the scheduling verb ``ev`` right before it, as a word of ``date_object_words``
    after it says ("set Dec. 15 as the deadline"): the date the verb fixes, not the day it was done on."""
    if ev.pos != "VERB" or ev.text.lower() not in cues.scheduling_verbs or t.start < ev.end or text[ev.end : t.start].strip():
        return False
    after = _NEXT_WORD.match(text, t.end)
    return after is not None and after.group(1) in cues.date_object_words


_CAUSE_REACH = 3
"""Words at most between a cause verb and a time that is its object, or before a time that is its passive subject."""


def _cause_object(cues: AnchorWords, text: str, t: Timex, ev: EventLike, sentence_start: int) -> bool:
    """Whether ``t`` is the cause a cause verb (lexicon ``cause_verbs``) names: its object ("blaming a wet summer for the
    losses": an article or possessive first, at most :data:`_CAUSE_REACH` words, no signal, no punctuation) or the subject of
    its passive ("A mild winter was blamed for the poor sales"); a time with a signal ("blamed the delays on Monday on a
    fault") or with no article ("Officials Tuesday blamed") is when the verb was done."""
    if ev.pos != "VERB" or ev.text.lower() not in cues.cause_verbs or t.type is TimexType.DURATION:
        return False
    if t.start >= ev.end:
        lead, gap = text[ev.end : t.start], ""
    else:
        lead, gap = text[sentence_start : t.start], text[t.end : ev.start]
        if not set(_tokens_between(text, t.end, ev.start)) <= cues.passive_be or not _tokens_between(text, t.end, ev.start):
            return False
    if _PUNCT.search(lead) or _PUNCT.search(gap):
        return False
    if t.start >= ev.end and ev.text.lower().endswith("ing") and text[max(0, ev.start - 2) : ev.start] == ", ":
        # (s58) "reported a loss on Tuesday, blaming weak demand and a recall last spring": a participle set off after its
        # main clause shares that clause's time; a time in what it names is the cause's
        return 0 < len(lead.split()) <= _PARTICIPLE_CAUSE_REACH
    words = [w.lower() for w in lead.split()] + [w.lower() for w in t.text.split()[:1]]
    if not words or words[0] not in cues.determiners:
        return False
    if (t.start >= ev.end and t.grain is not None and t.grain >= Grain.MONTH and len(words) <= _PARTICIPLE_CAUSE_REACH + 1
            and len(words) >= 2 and cues.signals.get(words[-2]) == "during"):  # ("in September"; not "compared with a year earlier")
        return True  # (s59) "blamed a strike by junior doctors in September": a month or longer after the cause's noun is the
        # cause's (the verb's own day is a day: "blamed the delays on Monday on a fault")
    if len(words) > _CAUSE_REACH + 1:
        return False
    return not any(w in cues.signals for w in words[:-1])


_PARTICIPLE_CAUSE_REACH = 12
"""Words at most between a cause participle set off by a comma and a time its object names (see :func:`_cause_object`)."""

_LAST_TWO_TOKENS = re.compile(r"(?:^|\s)(\S+)\s+(\S+)\s+\Z")
"""The two tokens right before a position (searched up to it), for a maturity phrase of two words ("of record")."""

_SHARED_REACH = 8
"""Words at most between the first of two coordinated verbs and the second ("lowered into lifeboats and brought")."""


_ONE_DAY = dt.timedelta(days=1)


def _day_gaps(cues: AnchorWords, text: str, by_start: Sequence[Timex]) -> dict[str, dt.timedelta]:
    """(s59) Day -> the whole days a length written right before its signal counts ("met three days after May 2", "eight
    days before Sunday": lexicon ``length_as_gap``, nothing else between): the gap between the event and that day, counted
    in calendar days (the event's day is that many days on or back)."""
    out: dict[str, dt.timedelta] = {}
    for length, day in zip(by_start, by_start[1:]):
        if length.type is not TimexType.DURATION or day.grain is not Grain.DAY or day.type is TimexType.DURATION:
            continue
        days = calendar_days(length)
        gap = cues.length_as_gap.match(text, length.end)
        if days is not None and days > 0 and gap is not None and not text[gap.end() : day.start].strip():
            out[day.tid] = dt.timedelta(days=days)
    return out


def _coordinated_first(cues: AnchorWords, text: str, ev: EventLike, in_sentence: Sequence[EventLike]) -> Optional[EventLike]:
    """ "were lowered into lifeboats and brought ashore before dawn": the verb told right before
    ``ev`` and joined to it by a coordinator of steps right before ``ev`` (so the two share their
    subject and auxiliary), with no comma and no other verb between, which therefore also came
    before a time ``ev`` came before."""
    verbs = [x for x in in_sentence if x.end <= ev.start and x.pos == "VERB"]
    if ev.pos != "VERB" or not verbs:
        return None
    first = verbs[-1]
    words = _tokens_between(text, first.end, ev.start)
    if (not words or words[-1] not in cues.shared_before_coordinators or len(words) > _SHARED_REACH
            or first.cls == "REPORTING" or any(c in text[first.end : ev.start] for c in ",;:()") or _attributive(cues, first, text)
            or any(x.pos == "VERB" for x in in_sentence if first.end <= x.start and x.end <= ev.start)):
        return None
    return first


_SET_AFTER = re.compile(r"\s*(?:on|at|in|during|every|each|,)?\s*\Z", re.I)
"""What may stand between a clock time and the set that makes it recurrent ("until 9 p.m. on weekdays")."""


def _recurring_clock_times(timexes: Sequence[Timex], text: str) -> frozenset[str]:
    """The clock times a set right after them makes recurrent ("stay open until 9 p.m. on weekdays",
    "at 6 a.m. every day"): a time of each such day, no one day's, so they date no event."""
    ordered = sorted(timexes, key=lambda t: t.start)
    return frozenset(t.tid for t, after in zip(ordered, ordered[1:])
                     if t.type is TimexType.TIME and after.type is TimexType.SET and after.start - t.end <= 8
                     and _SET_AFTER.match(text[t.end : after.start]) is not None)


def _days_of_bounding_clocks(cues: AnchorWords, doc: Doc, timexes: Sequence[Timex]) -> frozenset[str]:
    """The days right after a clock time that a signal makes one end of the event ("will walk out for 48
    hours from 7 a.m. next Tuesday", "closed until 6 p.m. on Friday"): the clock time, which carries its
    day, dates the event; the day alone would put the whole event inside it. (s57) So too a clock time a verb of
    rescheduling moves something to ("has been moved to 5pm on Saturday", :func:`_moved_to_clock`): the day is the new
    time's, not the moving's."""
    text = doc.text
    ordered = sorted((t for t in timexes if t.type is not TimexType.SET), key=lambda t: t.start)
    days = set()
    for clock, day in zip(ordered, ordered[1:]):
        if clock.type is not TimexType.TIME or day.type is not TimexType.DATE or day.start - clock.end > 6:
            continue
        if cues.clock_day_gap.match(text, clock.end, day.start) is None:
            continue
        signal, _ = _signal_before(cues, text, clock.start, doc.sentence_at(clock.start)[0])
        if cues.signals.get(signal or "", "during") not in ("during", "within", "lasts") or _moved_to_clock(cues, text, clock, doc.sentence_at(clock.start)[0]):
            days.add(day.tid)
    return frozenset(days)


_MOVED_REACH = 4  # words at most from the verb of rescheduling to its "to" ("moved the derby to", "moved the home match to")


def _moved_to_clock(cues: AnchorWords, text: str, clock: Timex, sentence_start: int) -> bool:
    """(s57) Whether a word of ``rescheduling_signals`` ("to") opens the clock time, after a verb of ``rescheduling_verbs``
    at most :data:`_MOVED_REACH` words before it in its clause ("has been moved to 5pm", "moved the final to 3pm")."""
    start = max(sentence_start, clock.start - 80)
    words = _tokens_between(text, start, clock.start)
    if not words or words[-1] not in cues.rescheduling_signals:
        return False
    reach = words[-2 - _MOVED_REACH : -1]
    clause = text[start : clock.start]
    verb = max((clause.lower().rfind(w) for w in reach if w in cues.rescheduling_verbs), default=-1)
    return verb >= 0 and _PUNCT.search(clause, verb) is None


def _other_aspect_between(cues: AnchorWords, text: str, ev: EventLike, t: Timex) -> bool:
    """ "will start on June 2 and end on June 4": a beginning or an end coordinated after the event
    (which the detector may have missed) is what the time dates, not the event."""
    if ev.end > t.start:
        return False
    words = _tokens_between(text, ev.end, t.start)
    return any(w in cues.coordinators and (words[k + 1] in cues.begin_verbs or words[k + 1] in cues.end_verbs) for k, w in enumerate(words[:-1]))


def _measured_noun(cues: AnchorWords, text: str, t: Timex, in_sentence: Sequence[EventLike]) -> Optional[EventLike]:
    """The event noun a length written as its modifier measures ("a seven-year restoration")."""
    if t.type is not TimexType.DURATION or t.min_length is None or not cues.length_modifier.fullmatch(t.text):
        return None
    noun = next((ev for ev in in_sentence if ev.start >= t.end), None)
    if noun is None or noun.pos != "NOUN" or text[t.end : noun.start].strip():
        return None
    return noun


_WORD_NEXT = re.compile(r" [A-Za-z]")


_VERB_AND_ARTICLE = re.compile(r"([A-Za-z]+)\s+(?:an?|the|his|her|their|its|my|our|your)\s+\Z")


def _modifies_word(cues: AnchorWords, text: str, t: Timex) -> bool:
    """(s58) Whether a length written as a modifier ("a five-year contract", lexicon pattern ``length_modifier``) stands
    right before a word: it measures that word's thing, which no event stands for (:func:`_measured_noun` takes the event
    nouns), never a verb of its clause; unless a verb that takes its object's length (lexicon ``object_length_verbs``:
    "served a five-year term") stands right before its article."""
    if not (t.type is TimexType.DURATION and t.min_length is not None and cues.length_modifier.fullmatch(t.text) is not None
            and _WORD_NEXT.match(text, t.end) is not None):
        return False
    verb = _VERB_AND_ARTICLE.search(text, max(0, t.start - 24), t.start)
    return verb is None or verb.group(1).lower() not in cues.object_length_verbs


def _scheduled_event(cues: AnchorWords, text: str, ev: EventLike, signal: Optional[str], in_sentence: Sequence[EventLike]) -> Optional[EventLike]:
    """ "A public meeting is scheduled for Monday", "a verdict is expected next week": the event noun
    a scheduling or expecting verb puts at the time (the head noun, past a phrase completing it)."""
    word = ev.text.lower()
    # "A protest is planned outside the venue on Monday": "on" after a present passive (checked below) names the day too
    on_day = signal in cues.arranged_day_signals and word in cues.scheduling_verbs and word not in cues.expecting_verbs
    if not ((signal in cues.scheduling_signals and word in cues.scheduling_verbs) or (word in cues.expecting_verbs and signal not in cues.not_expected_signals)
            or on_day):
        return None
    noun = _event_before(in_sentence, ev)
    if noun is None or noun.pos != "NOUN":
        return None
    comma = text.find(",", noun.end, ev.start)  # "a concert by the city orchestra, is planned for"
    apposed = comma >= 0 and cues.noun_complement.fullmatch(text[noun.end : comma] + " ") and cues.subject_gap.fullmatch(text, comma + 1, ev.start)
    gap = _tokens_between(text, noun.end, ev.start)
    completed = bool(gap) and gap[-1] in cues.passive_be and cues.noun_complement.fullmatch(text, noun.end, ev.start) is not None  # "a decision on its future was expected"
    # a passive ("A victory parade has been provisionally scheduled for Sunday", "a parade in the old town was set for"):
    # the noun is its subject (the nearest event before the verb) with no clause break between
    before_verb = [w for w in gap if not w.endswith("ly")]
    passive = bool(before_verb) and before_verb[-1] in cues.passive_be and not _clause_break(cues, text, noun.end, ev.start)
    if on_day and not (passive and before_verb[-1] in cues.arranged_be):
        return None
    # "the next election, which is due in 2028": a relative clause on the noun awaits it as "the election is due" does
    relative = not on_day and cues.awaited_relative.fullmatch(text, noun.end, ev.start) is not None
    if not apposed and not completed and not passive and not relative and (len(gap) > 2 or _clause_break(cues, text, noun.end, ev.start)):
        return None
    head = _event_before(in_sentence, noun)  # "a vote on any new offer is expected next week": the vote
    if head is not None and head.pos == "NOUN" and cues.noun_complement.fullmatch(text, head.end, noun.start):
        return head
    return noun


def _aspect_head(cues: AnchorWords, text: str, ev: EventLike, in_sentence: Sequence[EventLike]) -> Optional[EventLike]:
    """ "began queuing on Monday afternoon", "stopped working in May": the aspectual verb right before
    a verb is what the time dates; the verb only begins (or ends) there (see ``_aspectual_links``)."""
    if ev.pos != "VERB":
        return None
    prev = _event_before(in_sentence, ev)
    if prev is None or prev.pos != "VERB" or not cues.aspect_gap.fullmatch(text, prev.end, ev.start):
        return None
    word = prev.text.lower()
    return prev if word in cues.begin_verbs or word in cues.end_verbs else None


def _state_carrier(cues: AnchorWords, text: str, ev: EventLike, in_sentence: Sequence[EventLike]) -> Optional[EventLike]:
    """ "stayed closed until Tuesday", "remained shut until Monday": the state verb right before the word the
    time bounds carries that state, so it lasts until the same time (the word alone would leave the verb undated); so
    does an aspectual verb that carries on the happening after it ("continued to teach until 2019")."""
    prev = _event_before(in_sentence, ev)
    if prev is None or prev.pos != "VERB":
        return None
    if prev.text.lower() in cues.carrying_aspectuals and cues.aspect_gap.fullmatch(text, prev.end, ev.start):
        return prev  # "continued to teach until 2019": the continuing ends then too
    if prev.text.lower() not in cues.state_verbs or text[prev.end : ev.start].strip():
        return None
    return prev


def _complement_head(cues: AnchorWords, text: str, ev: EventLike, in_sentence: Sequence[EventLike]) -> Optional[EventLike]:
    """ "was reported missing that evening", "were seen leaving at noon": a participle right after a verb
    completes it; the time dates the verb (the state it names may have begun before)."""
    prev = _event_before(in_sentence, ev)
    return prev if prev is not None and _completes(cues, text, prev, ev) else None


def _light_head(cues: AnchorWords, text: str, ev: EventLike, in_sentence: Sequence[EventLike]) -> Optional[EventLike]:
    """ "made landfall on Saturday", "took effect in 1995": the light verb whose object noun a time dates
    (past a modifier that is an event of its own: "held a special election in 2011")."""
    if ev.pos != "NOUN":
        return None
    prev = _event_before(in_sentence, ev)
    if prev is not None and ((prev.pos != "VERB" and not _tokens_between(text, prev.end, ev.start))
                             or _noun_modifier(cues, text, prev, _event_before(in_sentence, prev), ev)):
        prev = _event_before(in_sentence, prev)  # "held a special election", "was given a suspended sentence"
    if prev is None or prev.pos != "VERB" or prev.text.lower() not in cues.light_verbs or len(_tokens_between(text, prev.end, ev.start)) > 3:
        return None
    return prev


def _purpose_head(cues: AnchorWords, text: str, ev: EventLike, in_sentence: Sequence[EventLike], reach: int = 0) -> Optional[EventLike]:
    """ "returned to work on Thursday": the happening verb an infinitive of purpose follows shares its time
    (not an intention, a report or a state: "agreed to meet on Monday" is the meeting's time only);
    so does an attempt ("failed to return that night", "refused to testify on Monday").  ``reach``:
    how many words may stand between the verb and the infinitive's marker ("will meet on Thursday to
    approve it"), none by default."""
    if ev.pos != "VERB":
        return None
    prev = _event_before(in_sentence, ev)
    if prev is None or prev.pos != "VERB" or not (prev.cls == "OCCURRENCE" or prev.text.lower() in cues.attempt_verbs):
        return None
    if prev.text.lower() in cues.scheduling_verbs or prev.text.lower() in cues.expecting_verbs:
        return None  # "had been set to expire on Nov. 6": the setting came before the day it set
    if not reach:
        return prev if cues.infinitive_marker.fullmatch(text, prev.end, ev.start) else None
    marker = None
    for marker in cues.infinitive_marker.finditer(text, prev.end, ev.start):
        pass  # the last marker: the one right before the infinitive
    if marker is None or marker.end() != ev.start:
        return None
    if len(_tokens_between(text, prev.end, marker.start())) > reach or _clause_break(cues, text, prev.end, marker.start()):
        return None
    return prev


_ATTEMPT_ORDERS = frozenset({LinkRelation.BEFORE, LinkRelation.AFTER, LinkRelation.BY})


def attempt_order_links(cues: AnchorWords, text: str, grouped: Mapping[int, Sequence[EventLike]], links: Sequence[Link]) -> list[Link]:
    """ "failed to agree before the election", "declined to comment after the vote": an infinitive an attempt verb heads
    (lexicon ``attempt_verbs``, the infinitive's marker right after it) ordered by a signal against an event or a time: the
    attempt is told as done on that side as well (the failing came before the election; the agreeing never did). A time of
    the clause dates the attempt already (:func:`_purpose_head`); this carries the order of a signal's "before", "after"
    or "by" (``links``: the anchoring links, whose signal links from the infinitive are read)."""
    if not cues.attempt_verbs:
        return []
    by_eid = {ev.eid: (ev, evs) for evs in grouped.values() for ev in evs}
    out = []
    for link in links:
        if link.relation not in _ATTEMPT_ORDERS or link.strength != Strength.SIGNAL or link.source not in by_eid:
            continue
        ev, in_sentence = by_eid[link.source]
        if ev.pos != "VERB" or ev.tense != "INFINITIVE":
            continue
        prev = _event_before(in_sentence, ev)
        if (prev is None or prev.pos != "VERB" or prev.text.lower() not in cues.attempt_verbs or prev.tense != "PAST"
                or not cues.infinitive_marker.fullmatch(text, prev.end, ev.start) or prev.eid == link.target):
            continue
        if prev.text.lower() in cues.withholding_verbs and cues.withheld_signals.intersection(_WORDS.findall(link.evidence.lower())):
            continue  # "had refused to step down until the report appeared": the stepping down after it, the refusing before
        out.append(Link(prev.eid, link.relation.value, link.target, text[prev.start : ev.end] + " … " + link.evidence, link.strength,
                        link.offset_min, link.offset_max))
    return out


def _intention_told_then(cues: AnchorWords, text: str, ev: EventLike, in_sentence: Sequence[EventLike], t: Timex,
                         now: Optional[dt.datetime]) -> Optional[EventLike]:
    """ "offered to buy the chain in June", "agreed to sell the site in March", told later: the past intention right before
    the infinitive was told at that time too (the infinitive's act may never have come), when the time is over before the
    publication day and the verb neither plans nor schedules (see :func:`_asked_before`); so was a request or order with
    its object between (lexicon ``directive_verbs``, pattern ``directed_infinitive``: "asked for it to be demolished last
    year", "urged the council to reopen the road last week") when the time counts back from now (``told_back_time_words``:
    a named past year may be what was asked for, "asked a builder to repair the roof in 2024")."""
    if ev.pos != "VERB":
        return None
    prev = _event_before(in_sentence, ev)
    if prev is None or prev.pos != "VERB" or prev.polarity == "NEG":
        return None
    directive = prev.text.lower() in cues.directive_verbs
    following = _NEXT_WORD.match(text, prev.end)
    # (s62 place) "called for him to go on Thursday": a demand ("for", ``demanding_particles``) made then, no scheduling
    demand = (directive and following is not None and following.group(1).lower() in cues.demanding_particles
              and cues.directed_infinitive.fullmatch(text, prev.end, ev.start) is not None)
    directed = demand or (directive  # "urged the council to reopen the road last week": the urging's week
                          and cues.directed_infinitive.fullmatch(text, prev.end, ev.start) is not None
                          and bool(cues.told_back_time_words.intersection(t.text.lower().split())))  # (not "asked a builder to repair the roof in 2024")
    # "Residents were told to leave their homes shortly before midnight": told with no object between (a passive), the
    # order was given in that time, as "asked to" is (an I_ACTION); a time ahead is what was ordered (``_asked_before``)
    directed = directed or (directive and cues.infinitive_marker.fullmatch(text, prev.end, ev.start) is not None)
    if (not directed and (prev.cls != "I_ACTION" or not cues.infinitive_marker.fullmatch(text, prev.end, ev.start))
            or (prev.text.lower() in cues.scheduling_verbs and not demand) or prev.text.lower() in cues.expecting_verbs
            or not _asked_before(cues, text, prev, t, now)):
        return None
    return prev


_PURPOSE_REACH = 7  # words between a verb and the marker of the infinitive of its purpose, for purpose_heads


def purpose_heads(doc: Doc, events: Sequence[EventLike], infinitives: frozenset[str]) -> dict[str, str]:
    """Infinitive -> the verb it is the purpose of ("the cabinet will meet to approve the package",
    "will meet on Thursday to approve it": a few words may stand between), for each event of
    ``infinitives`` (the ones a caller asks about) that has one."""
    return _each_in_sentence(doc, events, infinitives, lambda cues, ev, in_sentence: _purpose_head(cues, doc.text, ev, in_sentence, _PURPOSE_REACH))


def coordinated_firsts(doc: Doc, events: Sequence[EventLike], seconds: frozenset[str]) -> dict[str, str]:
    """Verb -> the verb told right before it and joined to it by "and" (see :func:`_coordinated_first`),
    for each event of ``seconds`` (the ones a caller asks about) that has one: "a crane toppled and
    crushed a van on Friday night" tells two steps of one moment."""
    return _each_in_sentence(doc, events, seconds, lambda cues, ev, in_sentence: _coordinated_first(cues, doc.text, ev, in_sentence))


def _each_in_sentence(doc: Doc, events: Sequence[EventLike], wanted: frozenset[str],
                      find: Callable[[AnchorWords, EventLike, Sequence[EventLike]], Optional[EventLike]]) -> dict[str, str]:
    """Event -> the event ``find`` gives for it among the events of its sentence, for each event of ``wanted``."""
    if not wanted:
        return {}
    cues = anchor_words(doc.language)
    out: dict[str, str] = {}
    ordered = sorted(events, key=lambda e: e.start)
    for ev, in_sentence in _with_sentence_events(doc, ordered, wanted):
        other = find(cues, ev, in_sentence)
        if other is not None:
            out[ev.eid] = other.eid
    return out


def _with_sentence_events(doc: Doc, ordered: Sequence[EventLike], wanted: frozenset[str]) -> "list[tuple[EventLike, Sequence[EventLike]]]":
    """(event, the events of its sentence) for each event of ``ordered`` (in text order) whose id is in ``wanted``, in that
    order: the groups of :func:`_by_sentence`, each cut (s58) from ``ordered`` by bisection at its sentence's bounds
    rather than every event's sentence looked up (a caller asks about a few events of a long text)."""
    starts = [ev.start for ev in ordered]
    bounds = [s.start for s in doc.sentences]  # an event's sentence: the last one starting at or before it (Doc.sentence_index)
    found = []
    for j, ev in enumerate(ordered):
        if ev.eid in wanted:
            k = bisect.bisect_right(bounds, ev.start) - 1
            lo = bisect.bisect_left(starts, bounds[k]) if k >= 0 else 0
            hi = bisect.bisect_left(starts, bounds[k + 1]) if k + 1 < len(bounds) else len(ordered)
            found.append((ev, ordered[lo:hi]))
    return found
