"""Which event a time expression governs: the verb or noun it modifies, past asides, reported subjects, objects and
complements."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Callable, Iterable, Optional, Sequence


from ..model import Timex, TimexType
from ..order.links import Strength
from .cues import AnchorWords, EventLike, Link
from .cues import _taken_from, _attributive, _nominal_participle, _clause_break, _signal_before, _tokens_between, _LAST_TOKEN, _NEXT_WORD, _PUNCT


def _names_charge(cues: AnchorWords, words: Sequence[str]) -> bool:
    """Whether ``words`` (between a verb and an event noun) hold a charge noun and the word that names the act after it
    (lexicon ``charge_nouns``, ``reason_prepositions``: "admitted two counts of dangerous driving on Monday", "denied a
    charge of arson on Friday"): the noun is the act charged, and a time after it dates the verb, the plea."""
    return any(w in cues.charge_nouns and nxt in cues.reason_prepositions for w, nxt in zip(words, words[1:]))


def _plea_of(cues: AnchorWords, text: str, verb: EventLike, verbs: Sequence[EventLike]) -> Optional[EventLike]:
    """The verb before a gerund that a charge noun names as the act charged ("admitted two counts of dangerous driving on
    Monday", "denied a charge of speeding"): the clause's verb, which a time after the gerund dates (:func:`_names_charge`)."""
    k = next((i for i, ev in enumerate(verbs) if ev is verb), -1)
    if k < 1 or verb.tense != "PRESPART":
        return None
    head = verbs[k - 1]
    words = _tokens_between(text, head.end, verb.start)
    if len(words) > 6 or _PUNCT.search(text, head.end, verb.start) or not _names_charge(cues, words):
        return None
    return head


_NOUN_OF_REACH = 10  # words at most from an event noun to a time after its "of" phrase (see _noun_of_second_time)


def _noun_of_second_time(cues: AnchorWords, text: str, noun: EventLike, timex: Timex, before: Sequence[EventLike],
                         starts: Sequence[int]) -> bool:
    """Whether a time after an event noun's "of" phrase (lexicon pattern ``noun_of`` opening it, at most
    :data:`_NOUN_OF_REACH` words, no mark, signal, coordinator or complementizer) dates the noun, because the clause's verb
    before the noun has a time of its own between them ("published a report on Thursday into the crash of a small plane
    near Molde Ridge last month": the crash's month, not a second time of the publishing). ``starts``: where the text's
    dates and times (no lengths) begin, in order."""
    if cues.noun_of.match(text, noun.end) is None or _PUNCT.search(text, noun.end, timex.start):
        return False
    words = _tokens_between(text, noun.end, timex.start)
    if len(words) > _NOUN_OF_REACH or any(w in cues.event_signals or w in cues.coordinators or w in cues.complementizers for w in words):
        return False
    verb = next((ev for ev in reversed(before) if ev.pos == "VERB" and ev.end <= noun.start), None)
    return verb is not None and bisect.bisect_left(starts, verb.end) < bisect.bisect_left(starts, noun.start)

def _governor(cues: AnchorWords, timex: Timex, in_sentence: Sequence[EventLike], text: str, sentence: tuple[int, int],
              supposed: frozenset[str] = frozenset(), now: Optional[dt.datetime] = None, timexes: Sequence[Timex] = (),
              starts: Sequence[int] = (), may: "Optional[tuple[Callable[[int, int], bool], Callable[[int, int], bool]]]" = None) -> Optional[EventLike]:
    """The event a time expression governs: the nearest verb before it in its clause, else after.
    ``supposed``: events the text does not say happened (an accusation's object, "on suspicion of
    arson on Friday"), which leave the time to their clause's verb; ``timexes``: the times of the sentence; ``starts``: where
    the text's dates and times begin, in order (see :func:`_noun_of_second_time`); ``may``: the text's
    :func:`~timeline.wordscan.may_match` of ``admission_topic`` and ``period_topic``, when the caller asks about many times (s61
    speed: a window that holds none of a pattern's words is not searched)."""
    s, e = sentence
    before = [ev for ev in in_sentence if ev.end <= timex.start and not _clause_break(cues, text, ev.end, timex.start)]
    after = [ev for ev in in_sentence if ev.start >= timex.end and not _clause_break(cues, text, timex.end, ev.start)]
    if (may is None or may[0](max(s, timex.start - 40), timex.start)) and cues.admission_topic.search(text, max(s, timex.start - 40), timex.start) is not None:
        return None  # (s53) "Tickets for Sunday sold out": Sunday is the occasion's day, not the selling's
    if (timex.type is TimexType.DURATION and after and after[0].pos == "NOUN" and cues.length_of.fullmatch(text, timex.end, after[0].start)
            and not _signal_before(cues, text, timex.start, s)[0]):
        return after[0]  # "ending months of talks": the length measures the talks ("within 40 hours of the landfall" counts from it)
    if (timex.type is TimexType.DURATION and before and before[-1].text.lower() in cues.span_closers
            and not _tokens_between(text, before[-1].end, timex.start) and cues.length_of.match(text, timex.end) is not None
            and not _signal_before(cues, text, timex.start, s)[0]):
        return None  # "ending 14 years of rule": the length measures the span the verb closes (no event), not the closing
    if before and after and _coordinated_front(cues, text, timex, before[-1], after[0], starts):
        return after[0]  # "employs 2,100 people and last year reported a profit": the reporting's year
    if before:
        figure = _figure_object(cues, text, timex, before, None if may is None else may[1])
        if figure is not None:
            return figure[0]  # "reported a loss of $5 million for the third quarter": the loss's period, not the report's
        # the nearest verb in front of it in its clause ("killed ... within 40 hours"), unless an
        # event noun sits right before it ("the attack on Sunday")
        nearest = before[-1]
        if nearest.pos == "NOUN" and _placed_signal_object(cues, text, nearest, timex):
            return nearest  # "was delayed after a break-in at the contractor's depot on Saturday night": the break-in's night
        if nearest.pos == "NOUN" and _noun_of_second_time(cues, text, nearest, timex, before, starts):
            return nearest  # "published a report on Thursday into the crash of a plane near Molde Ridge last month": the crash's
        if nearest.pos == "NOUN" and _signalled_gerund(cues, text, nearest, timex):
            return nearest  # (s54) "will play in the final after beating Corley Town 2-1 on Tuesday night": the beating's night
        if nearest.pos == "NOUN" and len(_tokens_between(text, nearest.end, timex.start)) <= 2:
            # "the attack on Sunday"; but the object of a verb right before it leaves the time to
            # the verb ("accepted a new pay offer late on Wednesday"), unless the verb is light
            # ("made landfall on Saturday"), reports ("said the attack on Sunday was planned") or
            # looks ahead to it ("expect a result by Monday", "promised a vote on Friday")
            k = len(before) - 2
            head = nearest
            while k >= 0 and before[k].pos == "NOUN" and (cues.noun_of.fullmatch(text, before[k].end, head.start)
                                                          or cues.noun_topic.fullmatch(text, before[k].end, head.start)):
                head, k = before[k], k - 1  # "rejected an offer of a 3 percent raise in January": the offer's verb
                # (s58) "signed a petition against the closures over the weekend": the signing's weekend, not the closures'
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
                              and ((not any(ev.pos == "VERB" for ev in after)
                                    and (next_word is None or next_word.group(1) not in cues.content_auxiliaries)  # ("said spending in 2025 had been too high": the told clause's)
                                    and not _told_predicate(cues, text, timex.end, sentence[1]))  # (s54) "... in the six weeks to January 3 were the weakest"
                                   or cues.relative_when.match(text, timex.end) is not None
                                   or (next_word is not None and next_word.group(1) in cues.event_signals)
                                   or _next_predicate(cues, text, timex, after)))
            word_before = _LAST_TOKEN.search(text, max(0, timex.start - 24), timex.start)
            sets_object = (verb is not None and verb.text.lower() in cues.scheduling_verbs and word_before is not None
                           and word_before.group(1).lower() in cues.scheduling_signals)  # "set a hearing for next Friday": the hearing's day
            at_occasion = (verb is not None and verb.tense in ("PRESPART", "INFINITIVE") and head.text.lower() in cues.occasions and bool(between_words)
                           and between_words[0] in cues.occasion_signals)  # "admitted causing death by dangerous driving at a hearing in December": the hearing's
            # (and "would ask the council to reconsider at its next meeting in February": the meeting's)
            if (verb is not None and verb.pos == "VERB" and not sets_object and not at_occasion and (verb.cls not in ("REPORTING", "I_STATE") or reports_object) and verb.text.lower() not in cues.light_verbs
                    and (verb.text.lower() not in cues.intention_verbs or _asked_before(cues, text, verb, timex, now, _aspect_before(cues, text, before, k)))
                    and verb.text.lower() not in cues.sequence_verbs and not _attributive(cues, verb, text)
                    and (_spaced_words(text, verb.end, head.start) <= 3 or (head.eid in supposed and verb.eid not in supposed and len(between_words) <= 6)
                         or (len(between_words) <= 6 and _taken_from(cues, between_words))
                         or (len(between_words) <= 6 and verb.text.lower() in cues.reason_verbs and between_words[-1] in cues.reason_prepositions)
                         or (len(between_words) <= 6 and _names_charge(cues, between_words)))
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
        if verbs and _undetected_clause_between(cues, text, verbs[-1], before, timex):
            return None  # (s54) "housed three families until the light was automated in 1992": the time is that clause's
        main = _main_after_aside(cues, text, verbs[-1], before, s) if verbs else None
        if main is not None:
            return main  # (s54) "The buyer, who was not named, bid by telephone on Wednesday afternoon": the bidding's, not the aside's
        if verbs:
            # the last verb that is its clause's own, else the last verb: tested from the last back, each test pure
            # (the rest of the verbs before the time are never asked about)
            verbs = [ev for ev in verbs if not _run_count(cues, text, ev)] or verbs  # "a loss for the third year running in March": the reporting's
            verb = next((ev for ev in reversed(verbs) if not _attributive(cues, ev, text)
                         and not _noun_modifier(cues, text, ev, _event_before(in_sentence, ev))  # "were given suspended sentences in January": the giving's
                         and not _nominal_participle(cues, text, ev, _event_before(in_sentence, ev))), verbs[-1])  # "lifted its flood warning on Wednesday": the lifting's
            dated_noun = _perfect_past_noun(cues, text, timex, verb, before, now, s)
            if dated_noun is not None:
                return dated_noun  # "has been charged with robbery after a raid on a shop last month": the raid's month
            pleaded = _plea_of(cues, text, verb, verbs)
            if pleaded is not None:
                return pleaded  # "admitted two counts of dangerous driving on Monday": the plea's day, not the driving's
            imposing = _forbidding_verb(cues, text, verb, verbs)
            if imposing is not None:
                return imposing  # "was banned from driving for three years on Friday": the ban's day and term
            if verb.cls == "REPORTING" and nearest is not verb and _complement_between(cues, text, verb.end, nearest.start):
                return nearest  # "said on Monday that repairs would last until Christmas": the repairs' end, not the saying's
            if (verb.cls == "REPORTING" and all(ev is verb or ev.pos == "NOUN" for ev in before if ev.start >= verb.start)
                    and cues.content_auxiliaries.intersection(_tokens_between(text, (nearest if nearest is not verb else verb).end, timex.start))):
                return None  # "said the dam would last a century", (s54) "said bookings for the summer were ahead of last year's": the
                # time is the told clause's, whose verb no event stands for (nor its subject noun, told before the verb)
            if (verb.cls != "REPORTING" and nearest is not verb and (nearest.pos == "NOUN" or nearest.tense == "PRESPART") and _complement_between(cues, text, verb.end, nearest.start)
                    and cues.content_auxiliaries.intersection(_tokens_between(text, nearest.end, timex.start))):
                return None  # (s57) "warned in October that trading had been weak since the summer": the told clause's time, whose
                # predicate no event stands for; not the warning's (a report's told clause: the rules above)
            if (verb is nearest and verb.tense == "PRESENT" and verb.text.lower() in cues.expecting_now_verbs and now is not None
                    and timex.earliest is not None and timex.earliest >= now):
                return None  # "once the site is safe, which officials expect by the end of next week": what is awaited is the time's
            told = _subordinate_event(cues, text, verb, before, timex.start)
            if told is not None:
                return told  # "would peak on Thursday before a band of storms moves in late on Friday": the storms' move
            if verb is nearest and verb.text.lower() in cues.content_verbs and _reported_subject(cues, text, verb, timex, after, timexes):
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
        if _signal_clause_after(cues, text, timex, first, s) is not None:
            return None  # (s61) "Thousands were without power on Tuesday after the storm hit": the time is the main clause's, whose
            # predicate no event stands for; the clause a signal opens is ordered against that time, not dated by it
        if timex.start - s > 4 and cues.offset_apposition.match(text, timex.end, after[0].start):
            return None  # "back on by Wednesday evening, two days after an ice storm brought down lines": the storm is the offset's start
        if first.cls != "REPORTING" and cues.opening_participle.match(text, s, timex.start) and "," in text[timex.end : first.start]:
            return None  # "Born in 1935 in a fishing village, Halla studied": the birth's year (not "Asked on Tuesday ..., he said")
        if first.cls == "REPORTING" and _trailing_attribution(text, timex, first, in_sentence):
            return None  # "Sales in the ten weeks to November 30 were weak, the company said": the told clause's time (its verb no event)
        if _in_aside(cues, text, s, timex, first):
            return None  # "The bond, which can be sold back to the bank in 2030, was priced at par": the aside's year, not the pricing's
        if first.pos == "VERB" and first.text.lower() in cues.figure_verbs and cues.fronted_figure_period.match(text[s : timex.start]):
            # "For the third quarter, the brewer reported a loss of 4 million pounds": the loss's period; the report came after
            return next((ev for ev in after if ev.start > first.end and ev.pos == "NOUN"), None)
        return first
    if timex.start - s <= 4:
        heading = cues.dated_heading.match(text, timex.end)
        if heading is not None:
            # a dated line ("Saturday 21 November: A resident reports a smell"): the first verb of the clause after the mark
            # (else its first event: "A resident reports a smell", a verb the detector took for a noun)
            told = [ev for ev in in_sentence if ev.start >= heading.end() and not _clause_break(cues, text, heading.end(), ev.start)]
            if told:
                return next((ev for ev in told if ev.pos == "VERB"), told[0])
    # a fronted time expression ("On Sunday, militants struck"): the first verb after it
    if timex.start - s <= 4 or text[timex.end : timex.end + 2].startswith(","):
        verbs_after = [ev for ev in in_sentence if ev.start >= timex.end and ev.pos == "VERB"
                       and not _clause_break(cues, text, timex.end, ev.start)]  # not the teller after a quotation: '"Last week was hard," she said'
        if verbs_after:
            return verbs_after[0]
    return None


def _signal_clause_after(cues: AnchorWords, text: str, timex: Timex, first: EventLike, sentence_start: int) -> Optional[str]:
    """The relation (lexicon ``event_signals``: "after" or "before") of a signal between a time that closes a main clause
    with no event before it and the first event after it, the word right after the time, no mark between ("Thousands were
    without power on Tuesday after the storm hit"; not "on Sunday, two days after a storm brought down lines"):
    the signal's clause is ordered against the time, not dated by it; None when there is no such signal or the time opens
    its sentence ("On Tuesday after the storm hit, crews ...")."""
    if timex.start - sentence_start <= 4:
        return None
    words = _tokens_between(text, timex.end, first.start)
    rel = cues.event_signals.get(words[0]) if words and not _PUNCT.search(text, timex.end, first.start) else None
    return rel if rel in ("after", "before") else None


def _perfect_past_noun(cues: AnchorWords, text: str, timex: Timex, verb: EventLike, before: Sequence[EventLike],
                       now: Optional[dt.datetime], sentence_start: int) -> Optional[EventLike]:
    """The event noun between a present perfect and a date over before now that follows it ("has been charged with robbery
    after a raid on a jewellery shop last month"): a present perfect takes no date of the past ("has been charged last
    month" is no English), so the date is the noun's. None for a span that reaches now ("has cut jobs this year") or a
    signal other than one of place in time ("has cut 300 jobs since March")."""
    if verb.tense != "PRESENT" or verb.aspect != "PERFECTIVE" or now is None or timex.type not in (TimexType.DATE, TimexType.TIME):
        return None
    if timex.latest is None or timex.latest > now:
        return None
    signal, _ = _signal_before(cues, text, timex.start, sentence_start)
    if signal is not None and cues.signals.get(signal) != "during":
        return None
    return next((ev for ev in reversed(before) if ev.pos == "NOUN" and ev.start > verb.end), None)


_JOINED_DATE_WORDS = 6  # words at most of a date and the coordinator after it ("[the late 1980s and] early 1990s")
_FRONTING_WORD = 6  # letters at most of the one word (a preposition) that may stand between the coordinator and the time


def _coordinated_front(cues: AnchorWords, text: str, timex: Timex, prev: EventLike, nxt: EventLike, starts: Sequence[int] = ()) -> bool:
    """Whether ``timex`` opens a verb's clause joined to the clause before it (lexicon ``time_fronting_coordinators``, maybe
    a short preposition, the time, then the finite verb ``nxt`` with nothing between): "and last year reported", "but on
    Monday said"; not a time joined to a date right before it ("aroused in the late 1980s and early 1990s remains": both
    are the arousing's; ``starts``: where the text's dates begin, in order)."""
    if nxt.pos != "VERB" or nxt.tense not in ("PAST", "PRESENT", "FUTURE") or text[timex.end : nxt.start].strip():
        return False
    k = bisect.bisect_left(starts, timex.start) - 1
    if k >= 0 and starts[k] >= prev.end:
        joined = _tokens_between(text, starts[k], timex.start)
        if joined and joined[-1] in cues.time_fronting_coordinators and len(joined) <= _JOINED_DATE_WORDS:
            return False
    words = _tokens_between(text, prev.end, timex.start)
    if words and words[-1] in cues.time_fronting_coordinators:
        return True
    return (len(words) >= 2 and words[-2] in cues.time_fronting_coordinators and words[-1].isalpha() and words[-1].islower()
            and len(words[-1]) <= _FRONTING_WORD)


_ATTRIBUTION_WORDS = 6  # words at most between an attribution's comma and its reporting verb (", a spokeswoman for the company said")


def _trailing_attribution(text: str, timex: Timex, verb: EventLike, in_sentence: Sequence[EventLike]) -> bool:
    """Whether ``verb`` reports in an attribution after the clause that holds ``timex`` ("..., the company said."): words, then
    a comma, between them, a few words from that comma to the verb and no event after the verb (not "On Monday, the company
    said", the time's own comma; not "..., the company said on Monday that prices would rise")."""
    comma = text.rfind(",", timex.end, verb.start)
    return (comma > timex.end and any(c.isalnum() for c in text[timex.end : comma])
            and len(_tokens_between(text, comma + 1, verb.start)) <= _ATTRIBUTION_WORDS
            and not any(ev.start >= verb.end for ev in in_sentence))


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


def _reported_subject(cues: AnchorWords, text: str, verb: EventLike, timex: Timex, after: Sequence[EventLike],
                      timexes: Sequence[Timex] = ()) -> bool:
    """Whether ``timex`` follows the subject of what ``verb`` reports: a noun phrase right after the verb (no signal,
    complementizer or punctuation first), then the time, then a verb group ("said sales in the third quarter rose",
    "said profit for the year to the end of March would be"). A time of ``timexes`` that the period runs up to
    (lexicon ``period_end_words``: "said profit in the three months to September dropped") is part of the subject."""
    words = _tokens_between(text, verb.end, timex.start)
    if not words or words[0] in cues.signals or words[0] in cues.complementizers or _PUNCT.search(text, verb.end, timex.start):
        return False
    end = timex.end
    for t in sorted(timexes, key=lambda t: t.start):
        joining = _tokens_between(text, end, t.start) if t.start >= end else []
        if joining and len(joining) <= 4 and all(w in cues.period_end_words for w in joining) and not _PUNCT.search(text, end, t.start):
            end = t.end
    nxt = _NEXT_WORD.match(text, end)
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


def _aspect_before(cues: AnchorWords, text: str, before: Sequence[EventLike], k: int) -> Optional[EventLike]:
    """The verb of beginning or ending right before the -ing form ``before[k]`` ("began planning"), or None."""
    if k < 1 or before[k].tense != "PRESPART":
        return None
    head = before[k - 1]
    lw = head.text.lower()
    return head if (lw in cues.begin_verbs or lw in cues.end_verbs) and not _tokens_between(text, head.end, before[k].start) else None


def _asked_before(cues: AnchorWords, text: str, verb: EventLike, timex: Timex, now: Optional[dt.datetime],
                  aspect: Optional[EventLike] = None) -> bool:
    """Whether a past verb that looks ahead to its object, not one that plans it, was done at a time before the
    publication day ("demanded her resignation on Monday", said on Wednesday: the demand's Monday; "promised a vote on
    Friday" ahead, "planned a march on Saturday": the object's); a planning verb made a demand by the word after it
    (``demanding_particles``: "called for his resignation the same day") is done at it too, and so is one made the plan's
    cancelling (``cancelling_particles``: "called off a planned strike on Wednesday"), and one a past verb of beginning
    or ending heads (``aspect``: "began planning the study in 2012": the beginning's year)."""
    tense = verb.tense if aspect is None else aspect.tense
    if now is None or timex.latest is None or tense != "PAST" or timex.latest > dt.datetime.combine(now.date(), dt.time()):
        return False
    if aspect is not None:
        return True
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


def _figure_object(cues: AnchorWords, text: str, timex: Timex, before: Sequence[EventLike],
                   may: "Optional[Callable[[int, int], bool]]" = None) -> Optional[tuple[Optional[EventLike]]]:
    """ "reported a loss of $5 million for the third quarter", "expects sales of $2 billion in 2027": with a figure
    verb (lexicon ``figure_verbs``) and an amount between it and the time, the time is the figure's period: the
    event noun the amount measures takes it, if any, and the verb none (a 1-tuple), else None (the usual governor).
    "results for the quarter" (patterns.period_topic) after any verb: no event takes it.  ``may``: the text's
    :func:`~timeline.wordscan.may_match` of ``period_topic``, when known."""
    verb = next((ev for ev in reversed(before) if ev.pos == "VERB"), None)
    lo = max(0, timex.start - 40)
    topic = cues.period_topic.search(text, lo, timex.start) if verb is not None and (may is None or may(lo, timex.start)) else None
    if topic is not None:  # "will publish its results for the quarter on 29 October": the quarter is the results'
        measured = topic.start("measured") if topic.groupdict().get("measured") else -1
        return (next((ev for ev in before if ev.start == measured and ev.pos == "NOUN"), None),)
    if verb is None or verb.text.lower() not in cues.figure_verbs or not cues.figure_amount.search(text, verb.end, timex.start):
        return None
    nouns = [ev for ev in before if ev.start > verb.end and ev.pos == "NOUN"]
    return (nouns[-1] if nouns else None,)


_PLACE_PHRASE_WORDS = 9  # words at most between an event noun and its time across a place phrase ("at the depot on")


def _placed_signal_object(cues: AnchorWords, text: str, noun: EventLike, timex: Timex) -> bool:
    """Whether an event noun an order signal and a determiner open ("after a break-in") has only a phrase of place between
    it and the time after it ("at the timing contractor's depot on Saturday night"): the time is the noun's, as it is
    right after the noun ("after a short illness on Sunday")."""
    words = _tokens_between(text, max(0, noun.start - 40), noun.start)
    if len(words) < 2 or words[-1] not in cues.determiners or not (
            cues.event_signals.get(words[-2]) in ("before", "after") or _within_of(cues, words[:-1])):
        return False
    between = _tokens_between(text, noun.end, timex.start)
    return (2 < len(between) <= _PLACE_PHRASE_WORDS and (between[0] in cues.setting_prepositions or between[0] in cues.target_prepositions)
            and _PUNCT.search(text, noun.end, timex.start) is None
            and not any(w in cues.event_signals or w in cues.coordinators or w in cues.complementizers for w in between))


def _within_of(cues: AnchorWords, words: Sequence[str]) -> bool:
    """(s56) Whether ``words`` end in a window counted from what follows: "within 40 hours of", "within a week of"
    (``within`` then at most three words of a length, then "of")."""
    return bool(words) and words[-1] == "of" and any(cues.signals.get(w) == "within" for w in words[-5:-2])


def _planned_object(cues: AnchorWords, text: str, verb: EventLike, nearest: EventLike) -> Optional[EventLike]:
    """ "planned a demonstration in the square on Saturday": the object event noun of a planning
    verb, when it is the last event before the time, takes the time (the plan came before)."""
    if verb.text.lower() not in cues.planning_verbs or nearest.pos != "NOUN" or nearest.start <= verb.end:
        return None
    if len(_tokens_between(text, verb.end, nearest.start)) > 3 or _clause_break(cues, text, verb.end, nearest.start):
        return None
    return nearest


_WORDS = re.compile(r"[A-Za-z]+")


def _spaced_words(text: str, a: int, b: int) -> int:
    """The words between ``a`` and ``b`` a space parts, a hyphened compound one ("won the round-island sailing race on
    Sunday": three words between the verb and its object, the winning's day as "won the race on Sunday")."""
    return len(text[a:b].split())


def _event_before(in_sentence: Sequence[EventLike], ev: EventLike) -> Optional[EventLike]:
    """The event mention of the sentence that ends last before ``ev`` starts, if any."""
    start = ev.start
    for x in reversed(in_sentence):  # (a loop, not next() over a generator: some 7,000 calls per 100 KB)
        if x.end <= start:
            return x
    return None


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


_GERUND_OBJECT_REACH = 6  # words at most between a gerund a signal opens and the time after its object (see _signalled_gerund)


def _signalled_gerund(cues: AnchorWords, text: str, nearest: EventLike, timex: Timex) -> bool:
    """Whether ``nearest``, an event the detector took for a noun, is a gerund (lexicon ``gerund``) right after an event
    signal ("after beating", "since winning") with at most :data:`_GERUND_OBJECT_REACH` words of its object and no mark
    between it and the time: the signal's clause, whose time it is, as for a gerund read as a verb."""
    if not cues.gerund.fullmatch(nearest.text.lower()):
        return False
    word = _LAST_TOKEN.search(text, max(0, nearest.start - 24), nearest.start)
    if word is None or word.group(1).lower() not in cues.event_signals or _PUNCT.search(text, nearest.end, timex.start):
        return False
    return len(_tokens_between(text, nearest.end, timex.start)) <= _GERUND_OBJECT_REACH


_PREDICATE_REACH = 6  # words at most between a time and the verb of the told clause it stands in the subject of
_CLAUSE_MARK = re.compile(r"[,;:.!?()]")


def _told_predicate(cues: AnchorWords, text: str, end: int, sentence_end: int) -> bool:
    """(s54) Whether a verb of lexicon ``content_auxiliaries`` follows the time within :data:`_PREDICATE_REACH` words, before
    any mark: the time stands in the subject of a told clause ("said like-for-like sales in the six weeks to January 3 were
    the weakest": the weeks are the sales', not the saying's), not in the object of a report ("reports its results on May 14")."""
    mark = _CLAUSE_MARK.search(text, end, sentence_end)
    for w in _tokens_between(text, end, mark.start() if mark else sentence_end)[:_PREDICATE_REACH]:
        if w in cues.coordinators:
            return False  # "reported the fault in writing on 4 May and had raised it again": a clause of its own
        if w in cues.content_auxiliaries:
            return True
    return False


def _main_after_aside(cues: AnchorWords, text: str, verb: EventLike, before: Sequence[EventLike], s: int) -> Optional[EventLike]:
    """(s54) The event right after the comma that closes a relative clause (lexicon ``relative_openers`` after a comma)
    holding ``verb``, when the detector took it for a noun: the main clause's verb ("The buyer, who was not named, bid by
    telephone on Wednesday": the bidding), which a time after it dates rather than the aside's verb; else None."""
    comma = text.find(",", verb.end)
    after = next((ev for ev in before if ev.start > comma >= 0), None)
    if comma < 0 or after is None or after.pos != "NOUN" or text[comma + 1 : after.start].strip():
        return None
    opened = text.rfind(",", s, verb.start)
    words = _tokens_between(text, opened + 1, verb.start) if opened >= 0 else []
    return after if words and words[0] in cues.relative_openers else None


def _undetected_clause_between(cues: AnchorWords, text: str, verb: EventLike, before: Sequence[EventLike], timex: Timex) -> bool:
    """(s54) Whether an event signal between ``verb`` and the time opens a clause of its own (a verb of lexicon
    ``content_auxiliaries`` after the signal: "until the light was automated in 1992") whose verb no event stands for (no
    event after ``verb`` before the time): the time is that clause's, not ``verb``'s ("housed three families until ...")."""
    if any(ev.start > verb.end for ev in before):
        return False
    between = _tokens_between(text, verb.end, timex.start)
    at = next((k for k, w in enumerate(between) if w in cues.event_signals), None)
    return at is not None and bool(cues.content_auxiliaries.intersection(between[at + 1 :]))
