"""The verb next to an expression: auxiliaries, modals, infinitives and scheduled presents that settle a clause's tense
before its cue words are counted."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Optional

from ..text import Doc
from .tense_cues import _TOKEN, _TOKEN_OR_NUMBER, _cue, _may_hold, tense_words

if TYPE_CHECKING:
    from .tense_cues import TenseWords

__all__ = ["span_notice"]

_NEGATION_REACH = 6  # words before an open modal in which a negation of its clause stands


def _open_modal(backwards: list[str], k: int, cues: TenseWords) -> bool:
    """Whether ``backwards[k]`` is a modal that looks ahead unless a negation or a perfect follows it
    ("could hit by Wednesday night"; not "could not be reached on Sunday", "could have struck on Monday"),
    nor after a negation of its clause ("Neither he nor his aides could be located Wednesday")."""
    if backwards[k] not in cues.open_modals or k == 0 or backwards[k - 1].lower() in cues.open_modal_stops:
        return False
    if (k + 1 < len(backwards) and backwards[k + 1].lower() in cues.noun_openers) or backwards[k - 1].lower() in cues.prepositions:
        return False  # "bought a can of petrol on the evening of Feb. 11": a noun, no modal
    for w in backwards[k + 1 : k + 1 + _NEGATION_REACH]:
        lw = w.lower()
        if lw in cues.boundaries:
            break
        if lw in cues.open_modal_negations:
            return False
    return True


def _cue_adjacent(words: list[str], reach: int, cues: TenseWords, backwards: bool = True) -> Optional[str]:
    """The tense of the first content word: reporting verbs count here ("said Friday").

    ``words`` run backwards from the expression (or forwards after it); the verb is one of
    the first ``reach`` words, and an auxiliary just before it overrides its form: "will stay closed" is future, "was scheduled" past.
    A verb form that is no cue itself takes its auxiliary's tense ("was last seen Nov. 3").
    """
    for i, w in enumerate(words[:reach]):
        lw = w.lower()
        if backwards and lw in cues.prospects and i + 1 < len(words) and words[i + 1].lower() in cues.be and words[i + 1].lower() in cues.aux_past:
            return "present"  # "a cut was possible in March", "was likely by Friday": a prospect reported lay after the report, either side of now
        if lw in cues.skip or (backwards and _adverb(w, cues)):
            continue  # "meet separately Monday": the verb is further on
        if backwards and (lw in cues.scheduled or (lw in cues.scheduled_adjacent and i > 0 and words[i - 1].lower() in cues.prepositions)):
            scheduled = _scheduled_present(words, i, cues)
            if scheduled is not None:
                return scheduled
        if lw in cues.reporting:
            if lw in cues.not_verbs:
                return None  # "as soon as Tuesday, according to reports": no verb of this clause
            if backwards and lw in cues.staged and w[:1].islower() and _passive_present(words, i, cues):
                return "future"  # "The winner is announced on Monday": an act set for a day ahead, as "is held"
            future = backwards and any(a.lower() in cues.aux_future for a in words[i + 1 : i + 3])
            if not future and backwards and i + 1 < len(words) and words[i + 1].lower() in _INFINITIVE_NEXT:
                ahead = _infinitive(words, i, cues)  # "The result is due to be declared late on Saturday": the infinitive's governor says
                if ahead is not None:
                    return ahead
            return "future" if future else "past"  # "would be declared early next year"
        if backwards and _be_state(words, i, cues):
            return "future"  # "Banks are closed on Monday": a notice of a day ahead
        cue = _with_auxiliary(words, i, cues) if backwards else _forward_cue(words, i, cues)
        if backwards and cue in (None, "past") and w[:1].islower() and _obliged(words, i, cues):
            return "future"  # "must be paid by Friday", "must name a chief by Friday": an obligation ahead
        if cue is None and backwards and w[:1].islower():
            for k, aux in enumerate(words[i + 1 : i + 4], start=i + 1):
                la = aux.lower()
                if la in cues.noun_openers:
                    break  # "will have a gallop on Friday": a noun after its article, whose "have" is no auxiliary of it
                if la in cues.skip or la == "been" or la.endswith("ly"):
                    continue
                if (la in cues.aux_past and (lw in cues.scheduling or lw in cues.appointing) and la in cues.perfect and i > 0
                        and words[i - 1].lower() in cues.appointment_prepositions):
                    return "future"  # "A hearing has been set for Monday": the appointment made, ahead
                if la in cues.perfect and k + 1 < len(words) and words[k + 1].lower() in cues.perfect_ahead:
                    return "future"  # "will have talks on Friday": ahead
                if la in cues.aux_past and _dated_act(words, i, k, cues):
                    return "past"  # "had forecast in March that output would recover": when the forecast was made
                if la in cues.aux_past:
                    return "present" if lw in cues.scheduling else "past"  # "has set Nov. 10 as the deadline"
                if la in cues.aux_future or _open_modal(words, k, cues):
                    return "future"
                if la in cues.be_present and lw in cues.scheduling:
                    return "future"  # "is set for Oct. 12"
                break
        return cue
    return None


def _obliged(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether a modal of obligation governs the verb ``backwards[i]`` ("must [be] paid", "must not [be] delayed", "must
    name"), through "be", a negation or an -ly adverb only; not a perfect ("must have left")."""
    for w in backwards[i + 1 : i + 4]:
        lw = w.lower()
        if lw in cues.obligation_modals:
            return True
        if not (lw in cues.be or lw in cues.negation or (lw.endswith("ly") and lw not in cues.not_adverbs)):
            return False
    return False


def _be_state(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether ``backwards[i]`` is a state ("open", "closed") right after a present "be" ("Polls are open on Sunday"): said of
    a named day, a notice of one ahead."""
    return backwards[i].lower() in cues.be_states and i + 1 < len(backwards) and backwards[i + 1].lower() in cues.be_present


def _span_present(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether ``backwards[i]`` is a present verb of a span opening its range ("The curfew runs from 10 p.m.", "The fair lasts
    from Friday"): said of a named day, a notice of one ahead; not a noun ("the trial runs", "two home runs on Sunday")."""
    if _span_opener(backwards, i, cues) is None:
        return False
    before = backwards[i + 1].lower() if i + 1 < len(backwards) else ""
    if before in cues.determiners or before == "to" or before in cues.aux_past or before in cues.aux_future or before in cues.be:
        return False
    for k in range(i + 1, min(i + 2 + _NOUN_MODIFIERS, len(backwards))):  # its subject: "The [night] curfew", not an object
        lw = backwards[k].lower()
        if lw in cues.determiners:  # "recalled the bank runs": a determiner right after a verb opens its object
            return k + 1 >= len(backwards) or _cue(backwards[k + 1], cues) in (None, "present")
        if lw in cues.past or lw in cues.aux_past or lw in cues.aux_future:
            return False  # "hit two home runs": a verb before the noun
    return True


_SPAN_LENGTH = 3  # words at most of a length between a span verb and its range's opener ("runs for [nine days] from")


def _span_opener(backwards: list[str], i: int, cues: TenseWords) -> Optional[int]:
    """The index of the word opening the range of the present verb of a span ``backwards[i]`` ("runs [from]", "runs for nine
    days [from]"), or None when no opener follows it (maybe after its length)."""
    if i == 0 or backwards[i] not in cues.span_present:
        return None
    if backwards[i - 1].lower() in cues.span_openers:
        return i - 1
    if backwards[i - 1].lower() not in cues.span_lengths:
        return None
    for k in range(i - 2, max(-1, i - 3 - _SPAN_LENGTH), -1):
        lw = backwards[k].lower()
        if lw in cues.span_openers:
            return k if k < i - 2 else None  # a length between: "for [nine days] from"
        if lw in cues.boundaries or _cue(backwards[k], cues) is not None:
            return None
    return None


def span_notice(doc: Doc, start: int) -> bool:
    """Whether the time at ``start`` opens the range of a present verb of a span ("The fair runs from [Monday] to Friday"):
    the span is not over yet."""
    cues = tense_words(doc.language)
    s, _ = doc.sentence_at(start)
    backwards = list(reversed(_TOKEN.findall(doc.text, max(s, start - 80), start)))
    return len(backwards) > 1 and _span_present(backwards, 1, cues)


_STATE_PHRASE = 4  # words at most of a state's own phrase between it and its range's opener ("is shut [to traffic] from")


def _state_notice(backwards: list[str], cues: TenseWords) -> bool:
    """Whether ``backwards`` (nearest first) open with a range's opener ("from", "until") after a present "be" state and at
    most a short phrase of its own with no verb ("The A38 is closed [in both directions] from", "The ferry is withdrawn [from
    service] from", "is shut [to traffic] from"): a notice of a span ahead (read by :func:`after_copula`; no span under way, as
    :func:`span_notice` may find: "is shut from 8 p.m. on Monday until 6 a.m. on Friday" said on a Friday is next week's)."""
    if not backwards or backwards[0].lower() not in cues.span_openers:
        return False
    for k in range(1, min(len(backwards), 2 + _STATE_PHRASE)):
        w = backwards[k]
        lw = w.lower()
        if lw in cues.be_states:
            return _be_state(backwards, k, cues)
        if lw in cues.boundaries or lw in cues.list_words and k == 1 or not w.isalpha() or (_cue(w, cues) is not None and w[:1].islower()):
            return False
    return False


_CLOCK_LEAD_REACH = 30  # characters before a day in which a clock time and its joining word are looked for ("11:45 p.m. GMT on")
_DIGIT = re.compile(r"\d")


def clock_lead(doc: Doc, start: int) -> int:
    """Where a clock time written right before a day begins ("until [5 a.m. on] Monday", "from [midnight on] Friday"): the
    words before it are the day's as much as the clock time's; ``start`` when there is none."""
    cues = tense_words(doc.language)
    s, _ = doc.sentence_at(start)
    begin = max(s, start - _CLOCK_LEAD_REACH)
    if _DIGIT.search(doc.text, begin, start) is None and not _may_hold(doc.text, begin, start, cues.clock_names):
        return start  # (most days) no number and no clock name in reach: no clock time, tested without tokenising
    toks = list(_TOKEN_OR_NUMBER.finditer(doc.text, begin, start))
    k = len(toks)
    if k and toks[k - 1].group().lower() in cues.clock_day_joins:
        k -= 1
    if k and toks[k - 1].group().lower() in cues.clock_names:
        return toks[k - 1].start()
    j = k
    while j and toks[j - 1].group().lower() in cues.clock_words:
        j -= 1
    if j == k or not j or not toks[j - 1].group()[0].isdigit():
        return start  # a clock time has its letters ("5 a.m."): not a bare number ("Route 9 on Monday")
    while j > 1 and toks[j - 2].group()[0].isdigit() and doc.text[toks[j - 2].end() : toks[j - 1].start()] in (":", "."):
        j -= 1  # "5:30 p.m.": the hour too
    return toks[j - 1].start()


_REPORT_DAY_REACH = 100  # characters after a time in which ", officials said on Sunday" is looked for


def report_day_after(doc: Doc, end: int) -> Optional[str]:
    """The day word of a report that closes the sentence after a comma ("The toll rose overnight, officials said on
    [Sunday]", "..., police said [yesterday]"): what the clause before tells is counted from that day; None when there is none."""
    cues = tense_words(doc.language)
    _, e = doc.sentence_at(end)
    toks = _TOKEN.findall(doc.text, end, min(e, end + _REPORT_DAY_REACH))
    if "," not in toks:
        return None
    after = toks[toks.index(",") + 1 :]
    for k, w in enumerate(after[:5]):
        lw = w.lower()
        if lw in cues.boundaries:
            return None
        if lw in cues.reporting and lw not in cues.not_verbs:
            rest = [v for v in after[k + 1 : k + 3] if v.lower() not in cues.skip]
            return rest[0] if rest else None
    return None


def range_end_day(doc: Doc, end: int) -> Optional[str]:
    """The day word that ends a range opened at ``end`` ("Friday [to] midnight on [Saturday]", "Friday [until] 10 a.m. on
    [Saturday]", "Friday [to Sunday]"), maybe through a clock time; None when no range word follows."""
    cues = tense_words(doc.language)
    _, e = doc.sentence_at(end)
    toks = [m.group() for m in _TOKEN_OR_NUMBER.finditer(doc.text, end, min(e, end + 40))]
    if not toks or (toks[0].lower() not in cues.until and toks[0].lower() not in cues.range_words):
        return None
    for w in toks[1:7]:
        lw = w.lower()
        if w[0].isdigit() or lw in cues.clock_words or lw in cues.clock_names or lw in cues.clock_day_joins:
            continue
        return w
    return None


def _clock_range_word(word: str, cues: TenseWords) -> bool:
    """Whether ``word`` may stand between a verb and a day as part of clock times before the day ("are open [from] 10 [to]
    12 [a.m. on] Sunday", "runs [until noon on] Wednesday"; the numbers are no words here)."""
    lw = word.lower()
    return lw in cues.skip or lw in cues.clock_words or lw in cues.range_words or lw in cues.clock_names


def _forward_cue(words: list[str], i: int, cues: TenseWords) -> Optional[str]:
    """The cue of ``words[i]`` read after the expression: a present "be" before a scheduling or
    expecting word looks ahead ("the vote on Sunday is expected to be close", "is set to")."""
    cue = _cue(words[i], cues)
    if cue is None and words[i].lower() in cues.obligation_modals and not (i + 1 < len(words) and words[i + 1].lower() in cues.perfect):
        return "future"  # "Runners in Sunday's race must start by 8 a.m.": an obligation ahead (not "must have left")
    if words[i].lower() in cues.perfect or words[i].lower() in cues.be_present:
        for w in words[i + 1 : i + 4]:
            lw = w.lower()
            if lw in cues.appointing:
                return "future"  # "Outdoor events on Saturday have been cancelled": an appointment called off, still ahead
            if lw != "been" and not _adverb(w, cues):
                break
    if cue == "present" and words[i].lower() in cues.be_present:
        for w in words[i + 1 : i + 3]:
            lw = w.lower()
            if lw in cues.scheduling or lw in cues.expecting:
                return "future"
            if not _adverb(w, cues):
                break
    return cue


def _adverb(word: str, cues: TenseWords) -> bool:
    """Whether ``word`` is an adverb in -ly ("separately"), not a noun such as "rally"."""
    lw = word.lower()
    return word[:1].islower() and len(lw) >= 6 and lw.endswith("ly") and lw not in cues.not_adverbs


def _scheduled_present(backwards: list[str], i: int, cues: TenseWords) -> Optional[str]:
    """The tense of a present form that names a scheduled event ("Lawmakers return on Jan. 20",
    "the leaders meet Monday"): ahead of now; None when it is a noun ("the vote Monday"), an
    infinitive or the word after an auxiliary, which the usual rules read; a capitalised word is
    a name ("since the Australian Open in January")."""
    if not backwards[i][:1].islower():
        return None
    j = i + 1
    while j < len(backwards) and backwards[j].lower() in cues.negation:
        j += 1  # "did not reopen": the auxiliary before the negation
    before = backwards[j].lower() if j < len(backwards) else ""
    if before in cues.determiners or before == "to" or before in cues.aux_past or before in cues.aux_future or before in cues.be:
        return None
    if before in cues.prepositions or before in cues.count_words:
        return None  # "The motion passed by 112 votes to 48 shortly after midnight": a noun after its preposition (the number is no token) or a count ("by two votes")
    if before in cues.holding or (j < len(backwards) and _cue(backwards[j], cues) is not None):
        return None  # "stayed open Sunday", "were open on Monday": an adjective after a verb
    if backwards[i].lower() in cues.be_states and _past_object(backwards, j, cues):
        return None  # "Guards found a side gate open on Tuesday": the state of a past verb's object, not a verb
    # "Train drivers on the Kelby line walk out on Saturday": a plural head before a short phrase of a preposition (not "in the
    # European vote", a noun after the phrase's determiner, which the noun test below reads)
    headed = backwards[i].lower() in cues.scheduled_plural and not before.endswith("s") and _plural_head_before(backwards, j, cues)
    if backwards[i].lower() in cues.scheduled_plural and not (before.endswith("s") or before in cues.plural_subjects or headed):
        return None  # "after a strong start on Saturday": a noun; "Ticket sales start on Saturday": the verb of a plural subject
    if backwards[i].lower() in cues.scheduled_verbs or backwards[i].lower() in cues.scheduled_adjacent or headed:
        return "future"  # "Voters in the state go to the polls", "The rest of the round follows on Saturday": no noun
    for k in range(j + 1, min(j + _NOUN_MODIFIERS + 1, len(backwards) - 1)):  # "in the European vote": a noun, past a modifier or two
        if not backwards[k - 1].isalpha() or _cue(backwards[k - 1], cues) is not None:
            break
        if backwards[k].lower() in cues.determiners:
            if backwards[k + 1].lower() in cues.prepositions:
                return None
            if _cue(backwards[k + 1], cues) == "past" and backwards[k + 1][:1].islower():
                return None  # "Having lost a budget vote on Wednesday": a noun, the object of a past verb
            break
    return "future"


_NOUN_MODIFIERS = 2  # words between a determiner and a noun ("the [European] vote", "the [June local] vote")
_SUBJECT_PHRASE = 4  # words at most of a phrase after a subject's head, before its verb ("Drivers [on the Kelby line] walk out")


def _plural_head_before(backwards: list[str], j: int, cues: TenseWords) -> bool:
    """Whether the words from ``backwards[j]`` on (nearest first) are a short phrase of a preposition after a plural head
    ("Train drivers [on the Kelby line]", "Nurses [at the hospital]"): the subject of a plural present before them."""
    for k in range(j, min(len(backwards) - 1, j + _SUBJECT_PHRASE + 1)):
        w = backwards[k]
        lw = w.lower()
        if not w.isalpha() or lw in cues.boundaries or (_cue(w, cues) is not None and w[:1].islower()):
            return False
        if lw in cues.prepositions:
            head = backwards[k + 1]
            # (a capital only as the clause's first word: "Cleaners at Kelby General Hospital walk out")
            return (k > j and head.isalpha() and (head[:1].islower() or k + 2 == len(backwards)) and _cue(head.lower(), cues) is None
                    and (head.endswith("s") or head.lower() in cues.plural_subjects) and head.lower() not in cues.count_words)
    return False


def _past_object(backwards: list[str], j: int, cues: TenseWords) -> bool:
    """Whether the words from ``backwards[j]`` on are a noun phrase right after a past verb ("found [a side gate]", "left
    [the doors]"): a state word before them ("open") is the object's, and the past verb is the clause's; a reporting verb
    is no cue here ("confirmed the gates open on Sunday": what is reported has its own verb)."""
    for k in range(j, min(j + _NOUN_MODIFIERS + 2, len(backwards))):
        w = backwards[k]
        if k > j and _cue(w, cues) == "past" and w[:1].islower():
            return backwards[k - 1].lower() not in cues.list_words  # "Tickets cost £12 and doors open": "and" ends the past verb's object
        if not (w.isalpha() and w[:1].islower()) or (w.lower() not in cues.determiners and _cue(w, cues) is not None):
            return False
    return False


def _infinitive(backwards: list[str], i: int, cues: TenseWords) -> Optional[str]:
    """The tense an infinitive gives the verb ``backwards[i]``: "expects the deal to be completed
    by Dec. 15", "are to resume trading Tuesday" look ahead; "had hoped to be done by May" either way.
    None when the verb is no infinitive or nothing says more than "to" ("went to court")."""
    j = i + 1
    be_form = j < len(backwards) and backwards[j].lower() == "be"
    if be_form:
        j += 1
    verb = backwards[i]
    if j >= len(backwards) or backwards[j].lower() != "to" or not verb[:1].islower() or verb in cues.determiners or verb in cues.skip:
        return None
    if j + 1 < len(backwards) and backwards[j + 1].lower() in cues.be:
        return "future" if backwards[j + 1].lower() in cues.be_present else "present"  # "is to resume", "was to resume"
    governing = None
    for k, w in enumerate(backwards[j + 1 : j + 7], start=j + 1):
        lw = w.lower()
        if lw in cues.boundaries:
            break
        if lw in cues.offering:
            # "offered to meet the union on Wednesday", "agreed to pay on Monday": the act after the offer, either side of
            # now (the closest); a present perfect ("has agreed to meet on Wednesday") still holds, so ahead
            perfect = any(a.lower() in cues.perfect for a in backwards[k + 1 : k + 4] if a.lower() not in cues.boundaries)
            return "future" if perfect else "present"
        if lw in cues.scheduling or lw in cues.intent or lw in cues.expecting or lw in cues.readiness:
            # "set to expire Nov. 6", "expects to release in mid-November"; "had been set to" either side of now; a
            # present perfect ("has vowed to march on Saturday", "has been set to") still holds, so ahead; a readiness
            # after "was" is reported ("said he was ready to meet on Tuesday"), not after "had"
            past_aux = any(a.lower() in cues.aux_past and a.lower() not in cues.perfect
                           and (lw not in cues.readiness or a.lower() not in cues.be) for a in backwards[k + 1 : k + 4])
            return "present" if past_aux or lw in ("planned",) else "future"
        governing = _with_auxiliary(backwards, k, cues, infinitives=False)
        if governing is not None:
            if lw in cues.aspectual:
                return governing  # "started to drop in May": the start's own time, not ahead of it
            break
    if governing == "future":
        return "future"
    if be_form:
        return "present" if governing == "past" else "future"
    return None


def _after_noun_opener(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether ``backwards[i]`` comes right after an article or possessive (``noun_openers``), maybe with one of
    ``noun_modifiers`` between ("the first cut", "a cut"): it opens a noun there, no verb."""
    k = i + 1
    while k < len(backwards) and k <= i + _NOUN_MODIFIERS and backwards[k].lower() in cues.noun_modifiers:
        k += 1  # "the first rate cut": two of them
    return k < len(backwards) and backwards[k].lower() in cues.noun_openers


_INFINITIVE_NEXT = frozenset(("to", "be"))  # the word before a verb (next in a backwards list) that :func:`_infinitive` can read
# each of them in every mix of cases ("to", "To", "TO", ...): a token (ASCII letters) is one of them exactly when its lower case is
# one of _INFINITIVE_NEXT, tested without lower-casing it
_INFINITIVE_NEXT_CASED = frozenset("".join(cs) for w in _INFINITIVE_NEXT for cs in itertools.product(*((c, c.upper()) for c in w)))


def _with_auxiliary(backwards: list[str], i: int, cues: TenseWords, infinitives: bool = True) -> Optional[str]:
    """The cue of ``backwards[i]``, unless an auxiliary just before it (later in the list) says otherwise.

    An intention word is a cue only as a verb ("plans to", not "the plan"); a scheduling word after a
    past auxiliary ("was scheduled for Sunday") says the time may lie either side of now ("present")."""
    word = backwards[i]
    lw = word.lower()
    if (lw not in cues.auxiliary_heads and word not in cues.open_modals and _cue(word, cues) is None
            and not (infinitives and i + 1 < len(backwards) and backwards[i + 1].lower() in _INFINITIVE_NEXT)):
        return None  # (most words) no cue of its own, no infinitive, none of the words the tests below read first: all fail
    after = backwards[i - 1].lower() if i > 0 else ""
    if lw in cues.perfect and i + 1 < len(backwards) and backwards[i + 1].lower() in cues.perfect_ahead:
        return "future"  # "will have a final gallop on Friday", "will have finished by March": ahead
    if lw in cues.perfect and i > 0 and (backwards[i - 1].lower() in cues.noun_openers or backwards[i - 1].lower() in cues.have_counts):
        return "present"  # "The team has a game on Saturday", "have two home games": "has" before a noun is the verb itself, no perfect
    if backwards[i] in cues.open_modals:
        return "future" if _open_modal(backwards, i, cues) else None
    if lw in cues.intent:
        if i + 1 < len(backwards) and backwards[i + 1].lower() in cues.determiners:
            return None  # "the plan", "its plans": a noun
        if lw in cues.intent_nouns and (_noun_before_preposition(backwards, i, cues) or _plan_for_thing(backwards, i, cues)):
            return None  # "adopted a revised plan on Friday", "discussed plans for the merger": a noun, no verb of the clause
        if lw == "planned":
            if i + 1 < len(backwards) and backwards[i + 1].lower() in cues.be_present:
                return "future"  # "talks are planned for Oct. 5": a plan that stands now
            return "present"  # "planned a rally for Saturday": ahead of the planning, either side of now
    if lw in cues.past_expectation and i + 1 < len(backwards) and backwards[i + 1].lower() in cues.subject_pronouns:
        return "present"  # (s53) "faster than it expected in the spring": expected then, ahead of that, either side of now
    if lw in cues.scheduling and i + 1 < len(backwards) and backwards[i + 1].lower() in cues.superseded:
        return "present"  # "originally scheduled for June 15": a plan given up, either side of now
    if lw in cues.scheduling and i + 1 < len(backwards) and backwards[i + 1].lower() in cues.reached_due:
        return "past"  # "a bond payment that fell due on March 1": the day came, gone by ("falls due on Friday" looks ahead)
    if lw == "due" and after == "to" and i > 1 and backwards[i - 2].lower() in cues.determiners:
        return None  # "due to its loss": because of
    if infinitives and i + 1 < len(backwards) and backwards[i + 1].lower() in _INFINITIVE_NEXT:  # ("to", "be to": else no infinitive)
        ahead = _infinitive(backwards, i, cues)
        if ahead is not None:
            return ahead
    cue = _cue(backwards[i], cues)
    if cue == "present" and i + 1 < len(backwards) and backwards[i + 1].lower() in cues.aux_future:
        return "future"  # "will stay open late on Friday", "will say on Friday": the auxiliary's
    if cue is None and lw in cues.scheduling and _passive_present(backwards, i, cues):
        return "future"  # "rain is forecast for much of the weekend": no past or present form of its own
    if (cue == "past" and lw not in cues.past and lw not in cues.holding and backwards[i][:1].islower()
            and any(w.lower() in cues.holding for w in backwards[i + 1 : i + 1 + _HELD_REACH])):
        return None  # "will keep its flights suspended until Oct. 31": the holding verb's tense, not the participle's
    if cue == "past" and lw in cues.present_alike and i + 1 < len(backwards) and backwards[i + 1].lower() in cues.holding:
        return None  # "will close early and stay shut on Boxing Day": a state the holding verb keeps, no past of its own
    if cue == "past" and lw in cues.present_alike and i + 1 < len(backwards) and backwards[i + 1].lower() in cues.list_words:
        return None  # "will hold rates on Nov. 6 and cut in the spring": the verb it is joined to says
    if cue == "past" and lw in cues.present_alike and _after_noun_opener(backwards, i, cues):
        return None  # "Analysts expect the first cut in June": a noun, no past
    if cue == "past" and backwards[i][:1].islower() and i + 1 < len(backwards) and backwards[i + 1].lower() in cues.adjective_prepositions:
        return None  # "will train behind closed doors on Saturday": an adjective before its noun, no verb
    if cue == "past" and lw in cues.present_alike and i + 1 < len(backwards) and backwards[i + 1].lower() == "to":
        return None  # "want the bank to cut rates on March 19": a bare infinitive, no past (as "to raise" is none)
    if cue == "past" and lw not in cues.be and _passive_present(backwards, i, cues):
        if lw in cues.staged and backwards[i][:1].islower():
            return "future"  # "A relaxed screening is held on Monday afternoon": a fixture's notice, ahead (as "hosts", "hears")
        return "present"  # "when the case is known in May": a passive in the present, not a past form
    if cue is not None and cue != "present" and lw not in cues.aux_future and lw not in cues.aux_past:
        for k, aux in enumerate(backwards[i + 1 : i + 4], start=i + 1):
            la = aux.lower()
            if la in cues.boundaries:
                break
            if la in cues.aux_future or aux in cues.modals or _open_modal(backwards, k, cues):
                if k > i + 1 and cue == "past" and not _helps_participle(backwards[i + 1], cues):
                    break  # "would ease fears raised in the autumn": the participle qualifies a noun, its own past
                return "future"  # "will be resolved", "may finally be resolved"
            if la in cues.aux_past and la in cues.perfect and (lw in cues.scheduling or lw in cues.appointing) and after in cues.appointment_prepositions:
                return "future"  # "The vote has been scheduled for Monday": the appointment made, ahead
            if la in cues.perfect and k + 1 < len(backwards) and backwards[k + 1].lower() in cues.perfect_ahead:
                return "future"  # "will have finished by March": a future perfect, ahead
            if la in cues.aux_past and _dated_act(backwards, i, k, cues):
                return "past"  # "The firm had expected in January to hire 200 staff": when it expected it
            if la in cues.aux_past:
                return "present" if cue == "future" and lw in cues.scheduling else "past"
    return cue


_SCHEDULED_REACH = 8  # words before a time in which a scheduled present of its clause is looked for


def _scheduled_before(before: list[str], cues: TenseWords) -> bool:
    """Whether a scheduled present form ("appears", "meets", ``scheduled_present``) that names a fixture, or a future
    auxiliary ("will go on trial"), stands among the last words of the clause before a time ("A man appears in court on
    Monday accused of fraud", "will go on trial on Monday accused of taking bribes"): a past form right after the time
    is then a participle of the subject, not the clause's verb."""
    backwards: list[str] = []
    for w in reversed(before[-_SCHEDULED_REACH:]):
        if w.lower() in cues.boundaries:
            break
        backwards.append(w)
    return any((w.lower() in cues.scheduled and _scheduled_present(backwards, i, cues) == "future") or w.lower() in cues.aux_future
               for i, w in enumerate(backwards))


def _dated_act(backwards: list[str], i: int, k: int, cues: TenseWords) -> bool:
    """Whether the scheduling word ``backwards[i]`` is the active perfect of the auxiliary right before it (``backwards[k]``,
    no "been" between) and the time follows it after one of ``act_prepositions`` ("had forecast in March that output would
    recover", "had expected in January to hire"): the time dates the forecasting or planning, a past act; not an appointment
    ("has been scheduled for Monday") nor what was expected ("had been expected in January")."""
    aux = backwards[k].lower()
    return (k == i + 1 and i > 0 and backwards[i].lower() in cues.scheduling and (aux in cues.perfect or aux in cues.past_perfect)
            and backwards[i - 1].lower() in cues.act_prepositions)


def _helps_participle(word: str, cues: TenseWords) -> bool:
    """Whether ``word``, right before a past form, lets an auxiliary further back govern it ("will [be] resolved", "will
    be [fully] reopened", a holding verb: "will [stay] shut"); a noun there ("would ease [fears] raised") makes the form a
    participle of its own.  Without the list every word helps, as before it."""
    lw = word.lower()
    return (not cues.participle_helpers or lw in cues.participle_helpers or lw in cues.holding
            or (lw.endswith("ly") and lw not in cues.not_adverbs))


def _noun_before_preposition(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether the intention word ``backwards[i]`` ("plan", "plans") is followed right away by the preposition of the time
    (``backwards[0]``) and has a verb a few words before it ("adopted a revised plan on Friday", "released its budget plan
    in March"): a noun, the time is the verb's before it; not with no verb before it ("The firm plans for June a launch"),
    nor with words between ("unveiled plans for a rally on Saturday": the time may be the rally's, planned ahead)."""
    return i == 1 and backwards[0].lower() in cues.prepositions and _verb_before_plan(backwards, i, cues)


def _verb_before_plan(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether a verb (a word with a tense cue) stands at most :data:`_PLAN_OBJECT` words before the noun ``backwards[i]``,
    with no clause boundary between: the verb that governs the plan."""
    for w in backwards[i + 1 : i + 1 + _PLAN_OBJECT]:
        if w.lower() in cues.boundaries:
            return False
        if _cue(w, cues) is not None:
            return True
    return False


_PLAN_OBJECT = 4  # words between a verb and the noun "plan" it governs ("adopted [a revised] plan", "released [its budget] plan")


def _plan_for_thing(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether the intention noun ``backwards[i]`` ("plans") opens a phrase of what it is for (tense.toml
    ``intent_noun_objects``: "for") naming a thing, no fixture (signals ``fixtures``), right up to the preposition of the
    time, with a verb a few words before the noun: "approved plans for a tram line to the airport on Tuesday night" is
    the approval's Tuesday (not "unveiled plans for a rally on Saturday": the rally's, planned ahead)."""
    if i < 2 or backwards[0].lower() not in cues.prepositions or backwards[i - 1].lower() not in cues.intent_noun_objects:
        return False
    if any(w.lower() in cues.fixtures or w.lower() in cues.boundaries or w.lower() in cues.phrase_openers or _cue(w, cues) is not None
           for w in backwards[1 : i - 1]):
        return False  # an occasion planned ("a rally"), a clause's edge, a verb or a phrase of its own between ("a plan for the
        # remaining forces with a withdrawal date sometime in late 2008": the date's): not a thing's plan
    return _verb_before_plan(backwards, i, cues)


_HELD_REACH = 3  # words between a holding verb and its participle ("keep [its flights] suspended")


def _passive_present(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether a present "be" stands right before the participle ``backwards[i]`` (an adverb
    in -ly or a negation may come between): "is heard", "are widely expected", "is not heard"."""
    for w in backwards[i + 1 : i + 4]:
        lw = w.lower()
        if lw.endswith("ly") or lw in cues.negation:
            continue
        return lw in cues.be_present
    return False
