"""Event to time: which event a time expression governs, and what its signal word says of it."""

from __future__ import annotations

import bisect
import functools
import datetime as dt
import re
from types import MappingProxyType
from typing import Callable, Iterable, Mapping, Optional, Sequence
import attrs


from ..model import AnchorKind, Mod, Timex, TimexType
from ..order.links import LinkRelation, Strength
from ..text import Doc

from .cues import REFERENCE, AnchorWords, EventLike, Link, anchor_words, calendar_days
from .clauses import _subject_of
from .cues import _OPEN_END, _taken_from, _attributive, _nominal_participle, _completes, _by_sentence, _clause_break, _in_dateline, _signal_before, _tokens_between, _LAST_TOKEN, _NEXT_WORD, _PUNCT


_PRESENT = "PRESENT_REF"
"""The TIMEX3 value of "now", "currently": the present, which a state holding now may have begun before."""


def _governor(cues: AnchorWords, timex: Timex, in_sentence: Sequence[EventLike], text: str, sentence: tuple[int, int],
              supposed: frozenset[str] = frozenset(), now: Optional[dt.datetime] = None) -> Optional[EventLike]:
    """The event a time expression governs: the nearest verb before it in its clause, else after.
    ``supposed``: events the text does not say happened (an accusation's object, "on suspicion of
    arson on Friday"), which leave the time to their clause's verb."""
    s, e = sentence
    before = [ev for ev in in_sentence if ev.end <= timex.start and not _clause_break(cues, text, ev.end, timex.start)]
    after = [ev for ev in in_sentence if ev.start >= timex.end and not _clause_break(cues, text, timex.end, ev.start)]
    if (timex.type is TimexType.DURATION and after and after[0].pos == "NOUN" and cues.length_of.fullmatch(text, timex.end, after[0].start)
            and not _signal_before(cues, text, timex.start, s)[0]):
        return after[0]  # "ending months of talks": the length measures the talks ("within 40 hours of the landfall" counts from it)
    if before:
        figure = _figure_object(cues, text, timex, before)
        if figure is not None:
            return figure[0]  # "reported a loss of $5 million for the third quarter": the loss's period, not the report's
        # the nearest verb in front of it in its clause ("killed ... within 40 hours"), unless an
        # event noun sits right before it ("the attack on Sunday")
        nearest = before[-1]
        if nearest.pos == "NOUN" and _placed_signal_object(cues, text, nearest, timex):
            return nearest  # "was delayed after a break-in at the contractor's depot on Saturday night": the break-in's night
        if nearest.pos == "NOUN" and len(_tokens_between(text, nearest.end, timex.start)) <= 2:
            # "the attack on Sunday"; but the object of a verb right before it leaves the time to
            # the verb ("accepted a new pay offer late on Wednesday"), unless the verb is light
            # ("made landfall on Saturday"), reports ("said the attack on Sunday was planned") or
            # looks ahead to it ("expect a result by Monday", "promised a vote on Friday")
            k = len(before) - 2
            head = nearest
            while k >= 0 and before[k].pos == "NOUN" and cues.noun_of.fullmatch(text, before[k].end, head.start):
                head, k = before[k], k - 1  # "rejected an offer of a 3 percent raise in January": the offer's verb
            if k >= 0 and _noun_modifier(cues, text, before[k], before[k - 1] if k else None, head):
                k -= 1  # "were given suspended sentences in January": the giving's month, not the adjective's
            verb = before[k] if k >= 0 else None
            between_words = _tokens_between(text, verb.end, head.start) if verb is not None else []
            # a report of its object, with no clause after the time, is done at it ("reports its
            # full-year results on May 14"), unlike "said the attack on Sunday was planned"
            # ("first reported the shortage in October, when a supplier closed a plant": the clause after "when" is the time's)
            # ("admitted the fraud in September after auditors found gaps": a clause a signal opens after the time is its own, the
            # admitting's month)
            next_word = _NEXT_WORD.match(text, timex.end)
            reports_object = (verb is not None and verb.cls == "REPORTING"
                              and (not any(ev.pos == "VERB" for ev in after) or cues.relative_when.match(text, timex.end) is not None
                                   or (next_word is not None and next_word.group(1) in cues.event_signals)
                                   or _next_predicate(cues, text, timex, after)))
            word_before = _LAST_TOKEN.search(text, max(0, timex.start - 24), timex.start)
            sets_object = (verb is not None and verb.text.lower() in cues.scheduling_verbs and word_before is not None
                           and word_before.group(1).lower() in cues.scheduling_signals)  # "set a hearing for next Friday": the hearing's day
            at_occasion = (verb is not None and verb.tense in ("PRESPART", "INFINITIVE") and head.text.lower() in cues.occasions and bool(between_words)
                           and between_words[0] in cues.occasion_signals)  # "admitted causing death by dangerous driving at a hearing in December": the hearing's
            # (and "would ask the council to reconsider at its next meeting in February": the meeting's)
            if (verb is not None and verb.pos == "VERB" and not sets_object and not at_occasion and (verb.cls not in ("REPORTING", "I_STATE") or reports_object) and verb.text.lower() not in cues.light_verbs
                    and (verb.text.lower() not in cues.intention_verbs or _asked_before(cues, text, verb, timex, now))
                    and verb.text.lower() not in cues.sequence_verbs and not _attributive(cues, verb, text)
                    and (len(between_words) <= 3 or (head.eid in supposed and verb.eid not in supposed and len(between_words) <= 6)
                         or (len(between_words) <= 6 and _taken_from(cues, between_words))
                         or (len(between_words) <= 6 and verb.text.lower() in cues.reason_verbs and between_words[-1] in cues.reason_prepositions))
                    and not cues.coordinators.intersection(between_words)
                    and not cues.complementizers.intersection(between_words)  # "estimated that the earthquake last month will cost": the quake's month
                    and not any(w in cues.event_signals for w in between_words)):  # "led it until her death in 1938": the death's year
                return verb
            return head
        verbs = [ev for ev in before if ev.pos == "VERB"]
        if (verbs and nearest.pos == "NOUN" and after and after[0].pos == "VERB" and not text[timex.end : after[0].start].strip()
                and cues.noun_complement.fullmatch(text, nearest.end, timex.start) is not None
                and any(w in cues.event_signals for w in _tokens_between(text, verbs[-1].end, nearest.start))):
            # "will stay up, after a 2-1 win over Dunmore on Tuesday night lifted them": the time ends the subject of the
            # clause a signal opens, a noun and its complement (lexicon pattern noun_complement) right before that clause's
            # verb: the win's, not the verb's before the signal (not "improved their offer after talks at the conciliation
            # service last week.", where the time may be the improving's)
            return nearest
        if verbs:
            # the last verb that is its clause's own, else the last verb: tested from the last back, each test pure
            # (the rest of the verbs before the time are never asked about)
            verbs = [ev for ev in verbs if not _run_count(cues, text, ev)] or verbs  # "a loss for the third year running in March": the reporting's
            verb = next((ev for ev in reversed(verbs) if not _attributive(cues, ev, text)
                         and not _noun_modifier(cues, text, ev, _event_before(in_sentence, ev))  # "were given suspended sentences in January": the giving's
                         and not _nominal_participle(cues, text, ev, _event_before(in_sentence, ev))), verbs[-1])  # "lifted its flood warning on Wednesday": the lifting's
            imposing = _forbidding_verb(cues, text, verb, verbs)
            if imposing is not None:
                return imposing  # "was banned from driving for three years on Friday": the ban's day and term
            if verb.cls == "REPORTING" and nearest is not verb and _complement_between(cues, text, verb.end, nearest.start):
                return nearest  # "said on Monday that repairs would last until Christmas": the repairs' end, not the saying's
            if verb.cls == "REPORTING" and verb is nearest and cues.content_auxiliaries.intersection(_tokens_between(text, verb.end, timex.start)):
                return None  # "said the dam would last a century": the time is the told clause's, whose verb no event stands for
            told = _subordinate_event(cues, text, verb, before, timex.start)
            if told is not None:
                return told  # "would peak on Thursday before a band of storms moves in late on Friday": the storms' move
            if verb is nearest and verb.text.lower() in cues.content_verbs and _reported_subject(cues, text, verb, timex, after):
                # "The company said sales in the third quarter rose": the quarter is the rising's; "said profits in 2025 were
                # higher": no event of the report's clause is dated
                return next((ev for ev in after if ev.pos == "VERB"), None)
            return _planned_object(cues, text, verb, nearest) or verb
        nouns = [ev for ev in before if ev.pos == "NOUN"]
        if (nouns and after and after[0].pos == "VERB" and after[0].tense in ("PAST", "PRESENT", "FUTURE") and not text[timex.end : after[0].start].strip()
                and _PUNCT.search(text, nouns[-1].end, timex.start)):
            return after[0]  # "Just ahead of the minister's trip, the department on Sunday issued a warning": the issuing's day
        if nouns:
            return nouns[-1]
    if after:
        verbs = [ev for ev in after if ev.pos == "VERB"]
        first = verbs[0] if verbs else after[0]
        if timex.start - s > 4 and cues.offset_apposition.match(text, timex.end, after[0].start):
            return None  # "back on by Wednesday evening, two days after an ice storm brought down lines": the storm is the offset's start
        if first.cls != "REPORTING" and cues.opening_participle.match(text, s, timex.start) and "," in text[timex.end : first.start]:
            return None  # "Born in 1935 in a fishing village, Halla studied": the birth's year (not "Asked on Tuesday ..., he said")
        if _in_aside(cues, text, s, timex, first):
            return None  # "The bond, which can be sold back to the bank in 2030, was priced at par": the aside's year, not the pricing's
        if first.pos == "VERB" and first.text.lower() in cues.figure_verbs and cues.fronted_figure_period.match(text[s : timex.start]):
            # "For the third quarter, the brewer reported a loss of 4 million pounds": the loss's period; the report came after
            return next((ev for ev in after if ev.start > first.end and ev.pos == "NOUN"), None)
        return first
    # a fronted time expression ("On Sunday, militants struck"): the first verb after it
    if timex.start - s <= 4 or text[timex.end : timex.end + 2].startswith(","):
        verbs_after = [ev for ev in in_sentence if ev.start >= timex.end and ev.pos == "VERB"
                       and not _clause_break(cues, text, timex.end, ev.start)]  # not the teller after a quotation: '"Last week was hard," she said'
        if verbs_after:
            return verbs_after[0]
    return None



def _run_count(cues: AnchorWords, text: str, ev: EventLike) -> bool:
    """Whether ``ev`` is a participle that counts a run after a unit ("for the third year running", lexicon
    ``run_participles``, ``run_units``): no verb of its clause."""
    if ev.text.lower() not in cues.run_participles:
        return False
    word = _LAST_TOKEN.search(text, max(0, ev.start - 24), ev.start)
    return word is not None and word.group(1).lower() in cues.run_units


def _forbidding_verb(cues: AnchorWords, text: str, verb: EventLike, verbs: Sequence[EventLike]) -> Optional[EventLike]:
    """The verb of punishment (lexicon ``term_verbs``) right before the gerund ``verb`` with only a word of
    ``term_object_openers`` between ("banned from driving", "barred from entering"): what it forbids is no act of a time
    told after it; None otherwise."""
    k = next((i for i, ev in enumerate(verbs) if ev is verb), -1)
    if k < 1 or not verb.text.lower().endswith("ing") or verbs[k - 1].text.lower() not in cues.term_verbs:
        return None
    between = _tokens_between(text, verbs[k - 1].end, verb.start)
    return verbs[k - 1] if len(between) == 1 and between[0].lower() in cues.term_object_openers else None


_RATE_UNIT = re.compile(r"(?:an?|per|each)\s", re.I)  # the length of a rate ("a day", "per hour")


def _next_predicate(cues: AnchorWords, text: str, timex: Timex, after: Sequence[EventLike]) -> bool:
    """Whether the first event after a time is a verb that only a coordinator ("and") joins to it: a second predicate of
    the clause's subject ("announced her death on Wednesday and said she had been ill"), not the verb of a told clause
    whose subject the time ends ("said the attack on Sunday was planned")."""
    if not after or after[0].pos != "VERB" or after[0].tense not in ("PAST", "PRESENT"):
        return False
    words = _tokens_between(text, timex.end, after[0].start)
    return len(words) == 1 and words[0] in cues.coordinators


def _before_aside(text: str, end: int, verb: int) -> bool:
    """Whether a noun ending at ``end`` can be the subject of the verb at ``verb``: no comma between them, or an aside set
    off by two commas after the noun ("The trial, which opened in May, lasted"); not a noun inside the aside, one comma
    before the verb ("The scheme, approved after a public inquiry, took six years": the inquiry did not take them)."""
    return text.count(",", end, verb) != 1  # (one comma: the noun is inside an aside whose closing comma comes before the verb)


_RELATIVE_ASIDE = re.compile(r"\s*,\s*(?:which|who|that)\b[^,]*,\s*\Z", re.I)


def _set_off(text: str, end: int, verb: int) -> bool:
    """Whether exactly a relative clause set off by two commas stands between a noun ending at ``end`` and the verb at
    ``verb`` ("The trial, which opened in May, lasted")."""
    return _RELATIVE_ASIDE.match(text, end, verb) is not None


def _complement_between(cues: AnchorWords, text: str, start: int, end: int) -> bool:
    """Whether a complementizer ("that") stands between a report and an event told after it: the event is in what was
    reported."""
    return bool(cues.complementizers.intersection(_tokens_between(text, start, end)))


def _reported_subject(cues: AnchorWords, text: str, verb: EventLike, timex: Timex, after: Sequence[EventLike]) -> bool:
    """Whether ``timex`` follows the subject of what ``verb`` reports: a noun phrase right after the verb (no signal,
    complementizer or punctuation first), then the time, then a verb group ("said sales in the third quarter rose",
    "said profit for the year to the end of March would be")."""
    words = _tokens_between(text, verb.end, timex.start)
    if not words or words[0] in cues.signals or words[0] in cues.complementizers or _PUNCT.search(text, verb.end, timex.start):
        return False
    nxt = _NEXT_WORD.match(text, timex.end)
    return nxt is not None and (nxt.group(1) in cues.content_auxiliaries or (bool(after) and after[0].pos == "VERB" and after[0].start == nxt.start(1)))


def _in_aside(cues: AnchorWords, text: str, sentence_start: int, timex: Timex, ev: EventLike) -> bool:
    """Whether ``timex`` lies in a relative aside (lexicon ``aside``: ", which can be sold back in 2030,") that ends
    before ``ev``: the aside's time, which no event of the aside took up, is not the main clause's."""
    opener = text.rfind(", ", sentence_start, timex.start)
    m = cues.aside.match(text, opener) if opener >= 0 else None
    return m is not None and m.end() >= timex.end and text.startswith(",", m.end()) and ev.start > m.end()


def _offset_apposition(cues: AnchorWords, text: str, t: Timex, timexes: Sequence[Timex], in_sentence: Sequence[EventLike],
                       sentence_start: int) -> Iterable[Link]:
    """ "Power was back on by Wednesday evening, two days after an ice storm brought down lines": with no event of
    its own clause before the time, the clause after ", <length> after" came that long before the time (the same
    link the event side makes when the clause before it has a verb); not a fronted time ("In May, a week after the
    vote, a bomb killed ...": an aside, the main clause after it is the time's)."""
    if t.type not in (TimexType.DATE, TimexType.TIME) or t.earliest is None or t.latest is None:
        return
    m = cues.offset_apposition.match(text, t.end)
    if m is None or t.start - sentence_start <= 4 or any(ev.end <= t.start and ev.pos == "VERB" for ev in in_sentence):
        return
    length = next((d for d in timexes if d.type is TimexType.DURATION and d.min_length is not None and t.end < d.start and d.end <= m.end()), None)
    after = [ev for ev in in_sentence if ev.start >= m.end()]
    target = next((ev for ev in after[:2] if ev.pos == "VERB"), after[0] if after else None)
    if length is None or target is None or _clause_break(cues, text, m.end(), target.start) or "," in text[m.end() : target.start]:
        return
    slack = t.latest - t.earliest
    relation = "before" if m.group(0).lower().rstrip().endswith("after") else "after"
    yield Link(target.eid, relation, t.tid, text[t.start : target.end], Strength.SIGNAL,
               max(dt.timedelta(0), length.min_length - slack), length.max_length)


def _subordinate_event(cues: AnchorWords, text: str, verb: EventLike, before: Sequence[EventLike], at_time: int) -> Optional[EventLike]:
    """The event of a clause that a signal opens between ``verb`` and the time ("peak on Thursday before a band of
    storms moves in from the west late on Friday"): the last event after the signal, when the clause has a word
    between the signal and it (a subject: not "left before dawn", "arrived after talks on Friday")."""
    later = [ev for ev in before if ev.start > verb.end]
    if not later or _PUNCT.search(text, later[-1].end, at_time):
        return None  # ("Retaliating 13 days after the embassy bombings, forces on Thursday launched": the clause has ended)
    words = _tokens_between(text, verb.end, later[-1].start)
    at = next((k for k in range(len(words) - 1, -1, -1) if words[k] in cues.clause_signals), None)
    if at is None or len(words) - at < 3 or any(ev.start > verb.end and ev.end <= later[-1].start and ev.pos == "VERB" for ev in later[:-1]):
        return None
    return later[-1]


def _asked_before(cues: AnchorWords, text: str, verb: EventLike, timex: Timex, now: Optional[dt.datetime]) -> bool:
    """Whether a past verb that looks ahead to its object, not one that plans it, was done at a time before the
    publication day ("demanded her resignation on Monday", said on Wednesday: the demand's Monday; "promised a vote on
    Friday" ahead, "planned a march on Saturday": the object's); a planning verb made a demand by the word after it
    (``demanding_particles``: "called for his resignation the same day") is done at it too, and so is one made the plan's
    cancelling (``cancelling_particles``: "called off a planned strike on Wednesday")."""
    if now is None or timex.latest is None or verb.tense != "PAST" or timex.latest > dt.datetime.combine(now.date(), dt.time()):
        return False
    if verb.text.lower() not in cues.planning_verbs:
        return True
    if verb.text.lower() in cues.for_dated_verbs:
        signal = _LAST_TOKEN.search(text, max(0, timex.start - 24), timex.start)
        if signal is not None and signal.group(1).lower() not in cues.scheduling_signals:
            return True  # "called an early election on Friday" (past): the call's Friday; "called a strike for Friday": the strike's
    before = _LAST_TOKEN.search(text, max(0, verb.start - 12), verb.start)
    if before is not None and before.group(1).lower() in cues.first_act_words:
        return True  # "first proposed the ban in January": the proposing's January
    if cues.told_back_time_words.intersection(timex.text.lower().split()):
        return True  # "called the strike last week", "proposed the ban two months ago": counted back from now, the act's time
    after = _NEXT_WORD.match(text, verb.end)
    return after is not None and (after.group(1).lower() in cues.demanding_particles or after.group(1).lower() in cues.cancelling_particles)


def _figure_object(cues: AnchorWords, text: str, timex: Timex, before: Sequence[EventLike]) -> Optional[tuple[Optional[EventLike]]]:
    """ "reported a loss of $5 million for the third quarter", "expects sales of $2 billion in 2027": with a figure
    verb (lexicon ``figure_verbs``) and an amount between it and the time, the time is the figure's period: the
    event noun the amount measures takes it, if any, and the verb none (a 1-tuple), else None (the usual governor).
    "results for the quarter" (patterns.period_topic) after any verb: no event takes it."""
    verb = next((ev for ev in reversed(before) if ev.pos == "VERB"), None)
    topic = cues.period_topic.search(text, max(0, timex.start - 40), timex.start) if verb is not None else None
    if topic is not None:  # "will publish its results for the quarter on 29 October": the quarter is the results'
        measured = topic.start("measured") if topic.groupdict().get("measured") else -1
        return (next((ev for ev in before if ev.start == measured and ev.pos == "NOUN"), None),)
    if verb is None or verb.text.lower() not in cues.figure_verbs or not cues.figure_amount.search(text, verb.end, timex.start):
        return None
    nouns = [ev for ev in before if ev.start > verb.end and ev.pos == "NOUN"]
    return (nouns[-1] if nouns else None,)


_PLACE_PHRASE_WORDS = 7  # words at most between an event noun and its time across a place phrase ("at the depot on")


def _placed_signal_object(cues: AnchorWords, text: str, noun: EventLike, timex: Timex) -> bool:
    """Whether an event noun an order signal and a determiner open ("after a break-in") has only a phrase of place between
    it and the time after it ("at the timing contractor's depot on Saturday night"): the time is the noun's, as it is
    right after the noun ("after a short illness on Sunday")."""
    words = _tokens_between(text, max(0, noun.start - 24), noun.start)
    if len(words) < 2 or cues.event_signals.get(words[-2]) not in ("before", "after") or words[-1] not in cues.determiners:
        return False
    between = _tokens_between(text, noun.end, timex.start)
    return (2 < len(between) <= _PLACE_PHRASE_WORDS and between[0] in cues.setting_prepositions and _PUNCT.search(text, noun.end, timex.start) is None
            and not any(w in cues.event_signals or w in cues.coordinators or w in cues.complementizers for w in between))


def _planned_object(cues: AnchorWords, text: str, verb: EventLike, nearest: EventLike) -> Optional[EventLike]:
    """ "planned a demonstration in the square on Saturday": the object event noun of a planning
    verb, when it is the last event before the time, takes the time (the plan came before)."""
    if verb.text.lower() not in cues.planning_verbs or nearest.pos != "NOUN" or nearest.start <= verb.end:
        return None
    if len(_tokens_between(text, verb.end, nearest.start)) > 3 or _clause_break(cues, text, verb.end, nearest.start):
        return None
    return nearest


_WORDS = re.compile(r"[A-Za-z]+")


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
    time with no clause opening between it and the event over one behind "whether", "which" ..."""
    bounds = {t.tid: (t.earliest, t.latest, t.start, t.end) for t in timexes if t.earliest is not None and t.latest is not None}
    spans = {ev.eid: (ev.start, ev.end) for ev in events}
    moved: dict[int, Link] = {}
    during: dict[str, list[Link]] = {}
    for link in links:
        if link.relation is LinkRelation.DURING and link.target in bounds and link.source in spans:
            during.setdefault(link.source, []).append(link)
    dropped: set[int] = set()
    for eid, own in during.items():
        if len(own) < 2:
            continue
        start, end = spans[eid]

        def rank(link: Link) -> tuple[int, bool, int]:
            _, _, t0, t1 = bounds[link.target]
            between = text[end:t0] if t0 >= end else text[t1:start]
            opened = any(w.lower() in cues.subordinate_openers for w in _WORDS.findall(between))
            return (-int(link.strength), opened, t0 - end if t0 >= end else start - t1)

        own.sort(key=rank)
        kept: list[Link] = []
        for link in own:
            lo, hi, _, _ = bounds[link.target]
            if any(hi <= bounds[k.target][0] or bounds[k.target][1] <= lo for k in kept):
                dropped.add(id(link))
                inner = _reason_between(cues, text, eid, end, bounds[link.target][2], events)
                if inner is not None:  # "jailed on Monday for setting fire to a warehouse in February": the setting's month
                    moved[id(link)] = attrs.evolve(link, source=inner.eid, evidence=text[inner.start : bounds[link.target][3]])
            else:
                kept.append(link)
    return [moved.get(id(link), link) for link in links if id(link) not in dropped or id(link) in moved] if dropped else list(links)


def _reason_between(cues: AnchorWords, text: str, eid: str, end: int, time_start: int, events: Sequence[EventLike]) -> Optional[EventLike]:
    """The deed a punishment or other reason verb (lexicon ``reason_verbs``) names after its preposition (``reason_prepositions``)
    between it and a later time it cannot lie in besides its own, in the time's clause: the time is the deed's ("jailed on
    Monday for setting fire to a furniture warehouse in February": the setting's), not nobody's ("condemned on Saturday the
    attacks in Kenya Friday" is left alone: an object, not a reason)."""
    verb = next((ev for ev in events if ev.eid == eid), None)
    if verb is None or verb.text.lower() not in cues.reason_verbs:
        return None
    inner = [ev for ev in events if end < ev.start and ev.end <= time_start]
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
    start_of = {t.tid: t.start for t in timexes}
    earliest_of = {t.tid: t.earliest for t in timexes}
    timed_sentences = frozenset(doc.sentence_index(t.start) for t in timexes)  # the sentences that name a time
    recurring = _recurring_clock_times(timexes, text)
    clock_days = _days_of_bounding_clocks(cues, doc, timexes)
    for t in timexes:
        if t.furniture or t.type is TimexType.SET or _in_dateline(cues, text, t) or t.tid in recurring or t.tid in clock_days:
            continue
        before = _LAST_TOKEN.search(text, max(0, t.start - 24), t.start)
        if before is not None and before.group(1).lower() in cues.maturity_words:
            continue  # "debentures due Oct. 15, 2031, priced at 99": the date the debentures fall due
        two = _LAST_TWO_TOKENS.search(text, max(0, t.start - 32), t.start)
        if two is not None and " ".join(two.group(1, 2)).lower() in cues.maturity_words:
            continue  # "payable Dec. 15 to stock of record Nov. 17": the record date, not the declaring's
        sentence = doc.sentence_at(t.start)
        in_sentence = grouped.get(doc.sentence_index(t.start), ())
        measured = _measured_noun(cues, text, t, in_sentence)
        if measured is not None:  # "a seven-year restoration", "the three-week trial": the noun's length
            yield Link(measured.eid, "lasts", t.tid, text[t.start : measured.end], Strength.DEFAULT, t.min_length, t.max_length)
            continue
        if t.tid in phrase_dates:  # a date inside a noun phrase dates its noun, if an event, and nothing of the clause
            noun = phrase_dates[t.tid]
            if noun is not None:
                yield Link(noun.eid, "during", t.tid, text[t.start : noun.end], Strength.SIGNAL)
            continue
        ev = _governor(cues, t, in_sentence, text, sentence, supposed, now)
        if ev is not None and _in_subject_appositive(text, t, ev, in_sentence, sentence[0]):
            continue  # "Substitute Callum Reid, on the pitch for only four minutes, headed the winner": the subject's, not the heading's
        if ev is not None and _cause_object(cues, text, t, ev, sentence[0]):
            continue  # "blaming a wet summer for the losses": the summer is the cause named, not when the blaming was done
        if ev is not None and _date_object(cues, text, t, ev):
            # "set Dec. 15 as the deadline for applications": the deadline's day, not the setting's; what is due then is done by it
            due = next((x for x in in_sentence if x.start >= t.end and x.pos == "NOUN" and not _clause_break(cues, text, t.end, x.start)), None)
            if due is not None:
                yield Link(due.eid, "by", t.tid, text[t.start : due.end], Strength.DEFAULT)
            continue
        if ev is None:
            yield from _offset_apposition(cues, text, t, timexes, in_sentence, sentence[0])
            continue
        if _inside_relative_when(cues, text, t, ev):
            # "the third fire since June, when a blaze destroyed 40 homes": the clause's verb lies in June; the time's
            # own signal ("since") is the main clause's, which has no event here
            yield Link(ev.eid, "during", t.tid, text[t.start : ev.end], Strength.DEFAULT)
            continue
        if _other_aspect_between(cues, text, ev, t):
            continue
        if t.tid not in roles and _compared_with(cues, text, t, ev):
            yield from _relative_when(cues, text, t, in_sentence, ev, linked=False)  # "6.8% from Oct. 13, when the plunge ...": the plunge's day
            continue
        ev = _aspect_head(cues, text, ev, in_sentence) or _complement_head(cues, text, ev, in_sentence) or ev  # "began queuing on Monday": the beginning is on Monday
        signal, said = _signal_before(cues, text, t.start, sentence[0])
        if signal is None or cues.signals.get(signal) == "during":  # ("adjourned the hearing until January 8": the adjourning's)
            ev = _object_ahead(cues, text, t, ev, in_sentence, now) or _held_object(cues, text, t, ev, in_sentence) or ev
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
    words = [w.lower() for w in lead.split()] + [w.lower() for w in t.text.split()[:1]]
    if not words or words[0] not in cues.determiners or len(words) > _CAUSE_REACH + 1:
        return False
    return not any(w in cues.signals for w in words[:-1])


_LAST_TWO_TOKENS = re.compile(r"(?:^|\s)(\S+)\s+(\S+)\s+\Z")
"""The two tokens right before a position (searched up to it), for a maturity phrase of two words ("of record")."""

_SHARED_REACH = 8
"""Words at most between the first of two coordinated verbs and the second ("lowered into lifeboats and brought")."""


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
    day, dates the event; the day alone would put the whole event inside it."""
    text = doc.text
    ordered = sorted((t for t in timexes if t.type is not TimexType.SET), key=lambda t: t.start)
    days = set()
    for clock, day in zip(ordered, ordered[1:]):
        if clock.type is not TimexType.TIME or day.type is not TimexType.DATE or day.start - clock.end > 6:
            continue
        if cues.clock_day_gap.match(text, clock.end, day.start) is None:
            continue
        signal, _ = _signal_before(cues, text, clock.start, doc.sentence_at(clock.start)[0])
        if cues.signals.get(signal or "", "during") not in ("during", "within", "lasts"):
            days.add(day.tid)
    return frozenset(days)


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


def _event_before(in_sentence: Sequence[EventLike], ev: EventLike) -> Optional[EventLike]:
    """The event mention of the sentence that ends last before ``ev`` starts, if any."""
    return next((x for x in reversed(in_sentence) if x.end <= ev.start), None)


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
    if not apposed and not completed and not passive and (len(gap) > 2 or _clause_break(cues, text, noun.end, ev.start)):
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


def _noun_modifier(cues: AnchorWords, text: str, ev: EventLike, prev: Optional[EventLike], head: Optional[EventLike] = None) -> bool:
    """Whether the participle ``ev`` modifies the noun after it (the event noun ``head``, when given): "given a suspended
    prison sentence", or right after a verb that is no auxiliary, "were given suspended sentences": an adjective, not
    the clause's verb."""
    if ev.pos != "VERB" or ev.tense not in ("PAST", "NONE", "PASTPART") or ev.aspect != "NONE":
        return False
    if head is not None:
        between = _tokens_between(text, ev.end, head.start)
    else:
        word = _NEXT_WORD.match(text, ev.end, ev.end + 30)
        between = [word.group(1)] if word is not None else []
        if not between:
            return False
    if len(between) > 2 or any(w in cues.determiners or w in cues.signals or w in cues.reason_prepositions or w in cues.coordinators
                               or w in cues.subordinate_openers or w in cues.object_barriers for w in between):
        return False  # "suspended the sentence", "suspended for a year", "got married in May": a verb and what follows it
    if _attributive(cues, ev, text):
        return True
    return (prev is not None and prev.pos == "VERB" and not text[prev.end : ev.start].strip()
            and prev.text.lower() not in cues.passive_be and prev.text.lower() not in cues.perfect_auxiliaries)


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


def _intention_told_then(cues: AnchorWords, text: str, ev: EventLike, in_sentence: Sequence[EventLike], t: Timex,
                         now: Optional[dt.datetime]) -> Optional[EventLike]:
    """ "offered to buy the chain in June", "agreed to sell the site in March", told later: the past intention right before
    the infinitive was told at that time too (the infinitive's act may never have come), when the time is over before the
    publication day and the verb neither plans nor schedules (see :func:`_asked_before`)."""
    if ev.pos != "VERB":
        return None
    prev = _event_before(in_sentence, ev)
    if (prev is None or prev.pos != "VERB" or prev.cls != "I_ACTION" or prev.polarity == "NEG"
            or prev.text.lower() in cues.scheduling_verbs or prev.text.lower() in cues.expecting_verbs
            or not cues.infinitive_marker.fullmatch(text, prev.end, ev.start) or not _asked_before(cues, text, prev, t, now)):
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
    for in_sentence in _by_sentence(doc, sorted(events, key=lambda e: e.start)).values():
        for ev in in_sentence:
            if ev.eid in wanted:
                other = find(cues, ev, in_sentence)
                if other is not None:
                    out[ev.eid] = other.eid
    return out


def _inside_relative_when(cues: AnchorWords, text: str, t: Timex, ev: EventLike) -> bool:
    """Whether ``ev``, the event found to govern ``t``, stands inside a relative "when" clause on ``t`` ("since June, when
    a blaze destroyed ..."): the time is not that verb's by its own signal."""
    if ev.start < t.end:
        return False
    m = cues.relative_when.match(text, t.end)
    return m is not None and ev.start >= m.end()


def _relative_when(cues: AnchorWords, text: str, t: Timex, in_sentence: Sequence[EventLike], governed: EventLike, linked: bool = True) -> Iterable[Link]:
    """ "since March, when the owner closed the site": the relative clause's first verb lies in the time
    (``linked``: the governed event has its own link to the time, so the verb is another)."""
    m = cues.relative_when.match(text, t.end)
    if m is None:
        return
    verb = next((ev for ev in in_sentence if ev.start >= m.end() and ev.pos == "VERB"), None)
    if verb is None or (linked and verb.eid == governed.eid) or len(_tokens_between(text, m.end(), verb.start)) > 6 or _clause_break(cues, text, m.end(), verb.start):
        return
    yield Link(verb.eid, "during", t.tid, text[t.start : verb.end], Strength.DEFAULT)


_OFFSET_SLACK = (0.5, 1.5)
"""An anaphoric length between two events ("two days later") is read as this share of it, at
least and at most: the calendar's slack (two days later may be 36 or 60 hours on)."""


_COARSE = dt.timedelta(days=2)


def _coarse_antecedent(t: Timex, doc: Doc, start_of: Mapping[str, int]) -> bool:
    """ "noticed the losses last spring. The treasurer resigned two weeks later": a length counted
    from a time longer than a day or two, told in the sentence before, dates the event it counts
    from better than that time does (within one sentence, "complained in the spring, and the bank
    opened a review a month later", the event is not the sentence before's)."""
    if t.anchor.kind is not AnchorKind.TIMEX or t.earliest is None or t.latest is None or t.latest - t.earliest <= _COARSE:
        return False
    at = start_of.get(t.anchor.timex_id or "")
    return at is not None and doc.sentence_index(at) == doc.sentence_index(t.start) - 1


def _stale_antecedent(t: Timex, doc: Doc, start_of: Mapping[str, int], timed_sentences: frozenset[int]) -> bool:
    """ "Two people died at 3:40 a.m. on Sunday. The minister visited the town shortly after the
    floods began to recede. Two days later, on Tuesday, the cabinet will meet": a length counted
    from a time two or more sentences back, past a sentence that names no time, counts from what
    that sentence told (the visit), not from the older time.  ``timed_sentences``: the indexes of
    the sentences that name a time."""
    if t.anchor.kind is not AnchorKind.TIMEX or t.rule != "anaphoric_offset":
        return False
    at = start_of.get(t.anchor.timex_id or "")
    i = doc.sentence_index(t.start)
    if at is None or doc.sentence_index(at) >= i - 1:
        return False
    return i - 1 not in timed_sentences


def _offset_from_previous_event(cues: AnchorWords, doc: Doc, t: Timex, ev: EventLike, grouped: Mapping[int, Sequence[EventLike]],
                                coarse: bool = False, stale: bool = False, anchor_at: Optional[int] = None) -> Optional[Link]:
    """ "The minister visited the town. Two days later, the cabinet met.": with no dated time
    before it, the length counts from the previous sentence's first verb event, not from now;
    so does a vague one ("Hours later, it ran aground"), which is no length of the event; when
    ``coarse`` (:func:`_coarse_antecedent`), one counted from a long time the sentence before told;
    and, when ``stale`` (:func:`_stale_antecedent`), one counted from a time told before the sentence
    before, which counts from that sentence's event when it is a happening told in the simple past.
    A length in days most likely also counts calendar days (``likely_days``).  ``anchor_at``: where the long time it
    counts from stands in the sentence before (when ``coarse``): the verb right before it is the event it dates (see
    :func:`_dated_antecedent`)."""
    if t.min_length is None or t.max_length is None:
        return None
    after = _NEXT_WORD.match(doc.text, t.end, t.end + 20)
    relation = cues.offset_direction.get(after.group(1)) if after is not None else None
    # "Hours later, it ran aground": a vague length before "later" counts from the event before too
    vague = (t.type is TimexType.DURATION and "X" in t.value and t.earliest is None and after is not None
             and cues.length_as_gap.match(doc.text, t.end) is None)
    if not ((t.rule == "anaphoric_offset" and (t.anchor.kind is AnchorKind.REFERENCE_TIME or coarse or stale)) or (vague and relation is not None)):
        return None
    i = doc.sentence_index(t.start)
    # "A farmer called police, who arrested him an hour later": a past verb told before the event in its own sentence is
    # what the length counts from, not the sentence before's (not one a signal clause hangs from: "called the brigade when
    # flames appeared minutes later" counts from what came before the call)
    own = [e for e in grouped.get(i, ()) if e.end <= ev.start and e.pos == "VERB" and e.tense == "PAST" and e.cls != "REPORTING"] if relation else []
    if own and any(w in cues.event_signals for w in _tokens_between(doc.text, own[-1].end, ev.start)):
        own = []
    previous = own[-1:] or ([e for e in grouped.get(i - 1, ()) if e.pos == "VERB" and e.cls != "REPORTING"] if relation and i > 0 else [])
    if not previous or (stale and not own and not (previous[0].tense == "PAST" and previous[0].aspect == "NONE")
                        and not _flashback_step(previous[0], ev)):
        return None
    if anchor_at is not None and not own:
        previous = _dated_antecedent(doc, previous, anchor_at) or previous
    lo, hi = _OFFSET_SLACK
    evidence = doc.text[t.start : after.end()] if after is not None else t.text
    days = calendar_days(t)
    return Link(ev.eid, relation, previous[0].eid, evidence, Strength.SIGNAL, t.min_length * lo, t.max_length * hi,
                likely_days=None if days is None else (days if relation == "after" else -days))


def _flashback_step(previous: EventLike, ev: EventLike) -> bool:
    """Whether ``ev`` and the event ``previous`` of the sentence before are both told in the past perfect ("Thieves had
    broken in through a skylight. The museum had fitted new alarms a month earlier"): a length counted back or on from a
    time two sentences back counts, past the flashback, from the flashback's event (see :func:`_stale_antecedent`)."""
    return all(e.tense == "PAST" and e.aspect == "PERFECTIVE" for e in (previous, ev))


def _in_subject_appositive(text: str, t: Timex, ev: EventLike, in_sentence: Sequence[EventLike], sentence_start: int) -> bool:
    """Whether ``t`` stands in a phrase set off by commas between the sentence's subject and its verb ``ev``, right before
    it, with no verb in the phrase nor in the subject ("Substitute Callum Reid, on the pitch for only four minutes, headed
    the winner"): the phrase describes the subject; its length is no length of the verb."""
    if t.end > ev.start or t.type is not TimexType.DURATION:
        return False  # (a date there dates the subject's act: "The last big storm, in early March, closed the road")
    opening = text.rfind(",", sentence_start, t.start)
    closing = text.find(",", t.end, ev.start)
    if opening < 0 or closing < 0 or text[closing + 1 : ev.start].strip() or "," in text[closing + 1 : ev.start]:
        return False
    if "," in text[sentence_start:opening] or "\n" in text[sentence_start:ev.start]:
        return False
    return not any(x.pos == "VERB" and sentence_start <= x.start < closing for x in in_sentence)


def _dated_antecedent(doc: Doc, previous: Sequence[EventLike], anchor_at: int) -> list[EventLike]:
    """ "Her first album, recorded in a single afternoon in 1966, sold poorly, but a series she presented in 1971 made her a
    household name. She toured America two years later": a length counted from a long time of the sentence before counts
    from the verb that time dates, the last one before it in its clause (no comma between: "presented", not "recorded"),
    not the sentence's first verb; [] when there is none."""
    before = [e for e in previous if e.end <= anchor_at and "," not in doc.text[e.end : anchor_at]]
    return before[-1:]


def _finer_offset(cues: AnchorWords, doc: Doc, t: Timex, ev: EventLike, in_sentence: Sequence[EventLike],
                  start_of: Mapping[str, int]) -> list[Link]:
    """ "discovered the empty pen on Monday and alerted police an hour later": a length of hours counted
    from a time of its own sentence a day or longer (an hour from a day) puts the event in that time,
    after the past verb before it (whose length it counts), not at that time's start plus the length
    (the alert at 1 a.m.); no link when the sentence has no such verb."""
    if (t.rule != "anaphoric_offset" or t.anchor.kind is not AnchorKind.TIMEX or t.max_length is None or t.earliest is None
            or t.latest is None or t.max_length >= _FINER or t.latest - t.earliest < _FINER):
        return []
    at = start_of.get(t.anchor.timex_id or "")
    if at is None or doc.sentence_index(at) != doc.sentence_index(t.start):
        return []
    after = _NEXT_WORD.match(doc.text, t.end, t.end + 20)
    relation = cues.offset_direction.get(after.group(1)) if after is not None else None
    previous = [e for e in in_sentence if e.end <= ev.start and e.pos == "VERB" and e.tense == "PAST" and e.cls != "REPORTING"]
    if relation is None or not previous or previous[-1].start < at - _NEAR_ANCHOR:
        return []
    evidence = doc.text[t.start : after.end()]  # type: ignore[union-attr]
    return [Link(ev.eid, "during", t.anchor.timex_id, evidence, Strength.DEFAULT),  # type: ignore[arg-type]
            Link(ev.eid, relation, previous[-1].eid, evidence, Strength.SIGNAL, None, t.max_length * _OFFSET_SLACK[1])]


_FINER = dt.timedelta(days=1)
"""A length shorter than this counted from a time at least this long (hours from a day) is finer than it."""
_NEAR_ANCHOR = 80
"""How far (characters) before the time a length counts from the verb it counts from may stand."""


_BASE_REACH = 60
"""How far (characters) before a time the base of a comparison may begin ("from $158.2 million, or $12.45 a share, ")."""


def _compared_with(cues: AnchorWords, text: str, t: Timex, ev: EventLike) -> bool:
    """Whether ``t`` is the base its event's change is measured against ("sales fell 8 percent
    from a year earlier", "profit was lower than in 2019") or the span a superlative is measured
    over ("the biggest drop since March 2020"): such a time dates no event."""
    return compared_base(cues, text, t, ev.start)


def compared_base(cues: AnchorWords, text: str, t: Timex, start: int) -> bool:
    """:func:`_compared_with` for the event (or the clause) that begins at ``start``: shared with the event links, where
    a relative "when" after such a time tells of the base, not of the changing verb."""
    span = cues.superlative_span.search(text, max(0, t.start - 60), t.start)
    if span is not None and (t.type is TimexType.DURATION or not cues.superlative_in.search(span.group())):
        return True  # "their biggest one-day drop since March 2020": the span the drop is the biggest in (not "became the
        # first woman mayor in 1986": a date after "in" is when it happened; "the first snow in 20 years" a span)
    if not cues.comparison_base.search(text, max(0, t.start - _BASE_REACH), t.start):
        return False
    lo = min(start, t.start)
    return cues.comparison_change.search(text, lo, t.start) is not None


_FIRST_WORD = re.compile(r"[^A-Za-z]{0,4}([A-Za-z]+)")  # a sentence's first word, past an opening quote or bracket


def _within_of_previous(cues: AnchorWords, doc: Doc, t: Timex, ev: EventLike, grouped: Mapping[int, Sequence[EventLike]],
                        signal: Optional[str], evidence: str) -> Optional[Link]:
    """ "The first case was confirmed on Aug. 27. Within a fortnight the virus had spread.": a
    length after "within", counting from nothing of its own, counts from the previous sentence's
    first verb event when it opens its sentence; after a past verb ("The crew put it out within
    an hour") it counts from the past verb before it in the sentence, else from the sentence
    before's first past one."""
    if signal is None or cues.signals.get(signal) != "within" or t.type is not TimexType.DURATION or t.max_length is None:
        return None
    s, _ = doc.sentence_at(t.start)
    if cues.within_target.match(doc.text, t.end):
        return None  # "within 40 hours of the landfall"
    i = doc.sentence_index(t.start)
    if ev.cls == "PERCEPTION" and any(ev.end <= e.start and e.end <= t.start for e in grouped.get(i, ())):
        return None  # "said they saw the water rise within minutes": the length of what was perceived, no gap after the story's last step
    previous = [e for e in grouped.get(i - 1, ()) if e.pos == "VERB"] if i > 0 else []
    if len(_tokens_between(doc.text, s, t.start)) > 1:
        if ev.tense != "PAST" or ev.pos != "VERB":
            return None  # "will be repaired within a month" counts from now (_duration_links)
        earlier = [e for e in grouped.get(i, ()) if e.end <= ev.start and e.pos == "VERB"]
        told = [e for e in earlier if e.tense == "PAST" and e.cls not in _NOT_TOLD and not _in_closed_aside(cues, doc.text, s, e, ev)]
        if told:  # "Police arrived and arrested him within an hour"
            return Link(ev.eid, "within", told[-1].eid, evidence, Strength.SIGNAL, dt.timedelta(0), t.max_length)
        opener = _FIRST_WORD.match(doc.text, s)
        if earlier and opener is not None and opener.group(1).lower() in cues.fronted_signals:
            return None  # "When the recall was announced, shops removed the pots within hours": the clause times it
        # else only a report stands before it ("Officials said engineers repaired it within three hours"): the sentence
        # before's first past event that is not a report ("The port is expected to reopen ..." lends nothing)
        previous = [e for e in previous if e.tense == "PAST" and e.cls not in _NOT_TOLD and e.aspect == "NONE" and not _relative(cues, doc.text, e)]
        # not a flashback ("had been drinking for hours") or a clause describing a noun ("the trial, which opened")
        previous = previous[-1:] if previous and _chained(cues, doc.text, previous) else previous
    if not previous:
        return None
    return Link(ev.eid, "within", previous[0].eid, evidence, Strength.SIGNAL, dt.timedelta(0), t.max_length)


def _chained(cues: AnchorWords, text: str, told: Sequence[EventLike]) -> bool:
    """Whether the past verbs ``told`` of a sentence are one chain of steps, each joined to the one before by a
    coordinator (lexicon ``coordinators``) and nothing that opens another clause ("The vessel left the island at 6.40 a.m.
    and hit the pier 25 minutes later": a length told in the next sentence counts from the last step, the hitting)."""
    if len(told) < 2:
        return False
    for a, b in zip(told, told[1:]):
        words = [w.lower() for w in _tokens_between(text, a.end, b.start)]
        if (not cues.coordinators.intersection(words) or _PUNCT.search(text, a.end, b.start)
                or any(w in cues.event_signals or w in cues.clause_signals or w in cues.relative_openers for w in words)):
            return False
    return True


def _in_closed_aside(cues: AnchorWords, text: str, sentence_start: int, e: EventLike, ev: EventLike) -> bool:
    """Whether ``e`` lies in a relative aside a comma opens and another closes before ``ev`` ("The barrier, which cost
    30 million pounds and was completed in 2021, failed within hours": the completing is no step of the story the
    failing follows)."""
    comma = text.rfind(",", sentence_start, e.start)
    if comma < 0 or "," not in text[e.end : ev.start]:
        return False
    opener = _NEXT_WORD.match(text, comma + 1)
    return opener is not None and opener.group(1) in cues.relative_openers and opener.group(1) != "that"


_NOT_TOLD = frozenset({"REPORTING", "PERCEPTION", "I_STATE"})
"""Classes of verb that tell of the story, not in it: "The court heard that the boat sank within minutes"."""


_NOT_AHEAD = frozenset({"REPORTING", "PERCEPTION", "I_STATE", "I_ACTION", "STATE", "ASPECTUAL"})
"""Classes of present or future verb a later "within" does not count from ("expects it to sell out within hours")."""


def _relative(cues: AnchorWords, text: str, ev: EventLike) -> bool:
    """Whether ``ev`` opens a relative clause ("the trial, which opened in September")."""
    word = _LAST_TOKEN.search(text, max(0, ev.start - 24), ev.start)
    return word is not None and word.group(1).lower() in cues.relative_openers


def _reporting_would(cues: AnchorWords, text: str, ev: EventLike, events: Sequence[EventLike]) -> Optional[EventLike]:
    """The past report whose "would" ``ev`` follows ("they said they would appeal", "would be balloted"), or, with
    none before it, that attributes its clause after a comma ("..., the mediator said"), if any."""
    word = _LAST_TOKEN.search(text, max(0, ev.start - 24), ev.start)
    if word is not None and word.group(1).lower() in cues.passive_be:  # the passive's "be" after the "would"
        word = _LAST_TOKEN.search(text, max(0, word.start(1) - 24), word.start(1))
    if word is None or word.group(1).lower() != "would":
        return None
    reports = [x for x in events if x.end <= ev.start and x.cls == "REPORTING" and x.tense == "PAST"]
    if reports:
        return reports[-1]
    # "Talks would restart within days, a mediator said on Thursday": the attribution after a comma
    return next((x for x in events if x.start >= ev.end and x.cls == "REPORTING" and x.tense == "PAST" and "," in text[ev.end : x.start]), None)


def _duration_links(cues: AnchorWords, text: str, t: Timex, ev: EventLike, signal: Optional[str], evidence: str, events: Sequence[EventLike], sentence: tuple[int, int],
                    supposed: frozenset[str] = frozenset()) -> Iterable[Link]:
    """ "for 18 days" (length), "within 30 hours of the raid" (start soon after another event)."""
    if signal is not None and cues.signals.get(signal) == "within":
        after = text[t.end : t.end + 40]
        m = cues.within_target.match(after)
        target = None
        if m:
            target = next((x for x in events if t.end + m.end() <= x.start <= t.end + m.end() + 25 and x.eid != ev.eid), None)
        if target is not None:
            said = signal + " "
            yield Link(ev.eid, "within", target.eid, text[t.start - len(said) if text[max(0, t.start - len(said)) : t.start].lower() == said else t.start : target.end],
                       Strength.SIGNAL, dt.timedelta(0), t.max_length)
        elif m is None and ev.tense in ("FUTURE", "INFINITIVE") and t.max_length is not None:
            # "the port is expected to reopen within two weeks", "will be repaired within a month": from now; but
            # "Tickets go on sale next Monday, and the club expects them to sell out within hours": from the sale
            ahead = [x for x in events if x.end <= ev.start and x.pos == "VERB" and x.tense in ("PRESENT", "FUTURE") and x.aspect == "NONE"
                     and x.cls not in _NOT_AHEAD and not _subject_of(text, x, ev)]  # "work will begin": its subject
            origin = ahead[-1].eid if ahead else REFERENCE
            yield Link(ev.eid, "within", origin, text[max(0, t.start - len(signal) - 1) : t.end], Strength.SIGNAL, dt.timedelta(0), t.max_length)
        elif m is None and t.max_length is not None:
            # "said on Wednesday they would appeal within 30 days": the past's "will", from the saying
            report = _reporting_would(cues, text, ev, events)
            if report is not None:
                yield Link(ev.eid, "within", report.eid, text[max(0, t.start - len(signal) - 1) : t.end], Strength.SIGNAL, dt.timedelta(0), t.max_length)
        return
    if signal is None and cues.length_as_gap.match(text, t.end):
        return  # "eight minutes after the alarm": the gap between two events (see _event_links)
    word = _LAST_TOKEN.search(text, max(0, t.start - 24), t.start)
    if signal is None and word is not None and word.group(1).lower() in cues.not_a_length_after:
        return  # "sentenced to six years": the length of the sentence, not of the sentencing
    if signal is None and word is not None and word.group(1).lower() in cues.amount_verbs:
        return  # "a detour that adds 20 minutes to the trip": an amount the verb changes, not how long it took
    if signal is None and _RATE_UNIT.match(t.text) and cues.rate_amount.search(text, max(0, t.start - 40), t.start):
        return  # "would run 900 trains a day": a rate, not how long the running takes
    if signal is not None and cues.signals.get(signal) == "lasts" and ev.text.lower() in cues.term_verbs:
        return  # "was jailed for nine years on Thursday": the term imposed, not how long the jailing took
    if (signal is None or signal in cues.duration_signals) and t.min_length is not None:
        yield Link(ev.eid, "lasts", t.tid, evidence, Strength.DEFAULT if signal else Strength.TENSE, t.min_length, t.max_length)
        if ev.text.lower() in cues.lasting_verbs and ev.eid not in supposed:  # "is expected to last six weeks": a guess, not the trial's length
            subject = next((x for x in reversed(events) if x.end <= ev.start and x.pos == "NOUN" and x.start >= sentence[0]
                            and _before_aside(text, x.end, ev.start) and (not _clause_break(cues, text, x.end, ev.start) or _set_off(text, x.end, ev.start))), None)
            if subject is not None:  # "the trial ... lasted five weeks": the lasting is the trial
                yield Link(ev.eid, "simultaneous", subject.eid, text[subject.start : ev.end], Strength.DEFAULT)


@functools.lru_cache(maxsize=None)
def _served_part_cues(language: str) -> Optional[tuple[frozenset[str], "re.Pattern[str]", Mapping[str, float], Mapping[str, str], "re.Pattern[str]"]]:
    """Lexicon ``served_part`` of ``language`` (verbs, phrase, parts, quantities, term_after), compiled; None when absent."""
    from ..lexicon import load_data

    data = load_data(language, "anchoring.toml").get("served_part")
    if not data:
        return None
    return (frozenset(w.lower() for w in data["verbs"]), re.compile(data["phrase"], re.I), dict(data["parts"]), dict(data["quantities"]),
            re.compile(data["term_after"], re.I))


_TERM_REACH = 40  # characters at most from a verb of a term ("sentenced to", "jailed for") to the length it imposes
_SPACES = re.compile(r"[\s-]+")


def served_part_links(cues: AnchorWords, doc: Doc, timexes: Sequence[Timex], events: Sequence[EventLike]) -> Iterable[Link]:
    """A part of a prison term served ("having served more than half of her sentence"; lexicon ``served_part``) lasts
    that part of the last term the text imposed before it ("sentenced to ten years", lexicon ``term_verbs``; "a ten-year
    sentence"): a ``lasts`` link to that term's length, scaled (at least half of ten years, at most all ten); none when
    the text gave no term before it."""
    found = _served_part_cues(doc.language)
    if found is None:
        return
    verbs, phrase, parts, quantities, term_after = found
    text = doc.text
    terms = []  # (start, length) of the lengths a term verb imposes, in text order
    for t in sorted(timexes, key=lambda t: t.start):
        if t.type is not TimexType.DURATION or t.min_length is None or t.max_length is None:
            continue
        before = text[max(0, t.start - _TERM_REACH) : t.start].lower().split()
        if any(w in cues.term_verbs for w in before) or term_after.match(text, t.end) is not None:
            terms.append(t)
    if not terms:
        return
    starts = [t.start for t in terms]
    for ev in events:
        if ev.pos != "VERB" or ev.text.lower() not in verbs:
            continue
        m = phrase.match(text, ev.end)
        if m is None:
            continue
        k = bisect.bisect_left(starts, ev.start) - 1
        if k < 0:
            continue
        term = terms[k]
        part = parts.get(_SPACES.sub(" ", m.group("part").lower()))
        if part is None:
            continue
        quantity = quantities.get(_SPACES.sub(" ", (m.group("quantity") or "").lower()), "about")
        low, high = term.min_length * part, term.max_length * part
        if quantity == "above":
            high = term.max_length
        elif quantity == "below":
            low = dt.timedelta(0)
        yield Link(ev.eid, "lasts", term.tid, text[ev.start : m.end()], Strength.DEFAULT, low, high)
