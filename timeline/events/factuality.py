"""Which event mentions are real happenings: negated, hypothetical and generic ones are not.

A timeline places real events; the others are listed as mentioned.  Negation and modality
come from the detector (auxiliaries in front of a verb); this module adds what the clause
says: a condition ("if the river rises"), an intention (an infinitive, "to approve"), or a
habit or general truth (present simple with "usually", or a recurring time such as "every
year").  Cue words are data: ``timeline/lexicon/<lang>/events.toml``.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from typing import AbstractSet, Optional, Protocol, Sequence

import attrs

from ..lexicon import load_data
from ..text import Doc, Token

__all__ = ["Factuality", "factuality", "load_cues"]

_TOKEN_START = operator.attrgetter("start")
"""A token's start offset: the key its sentence's tokens are sorted by."""
_TOKEN_END = operator.attrgetter("end")
"""A token's end offset (the tokens of a sentence never overlap: sorted by it too)."""


class _Mention(Protocol):
    start: int
    end: int
    pos: str
    tense: str
    aspect: str
    cls: str


@attrs.frozen
class Factuality:
    """What the clause around an event says about it."""

    hypothetical_clause: bool = False
    generic: bool = False
    reported_plan: bool = False
    """A "would" that reports a plan or forecast ("said she would sentence him on June 3"): real."""
    plan: bool = False
    """An infinitive a firm plan governs ("planned to leave on Thursday") or of purpose under "will"
    ("will meet on Tuesday to approve the package"): real once a time dates it (or the verb it serves)."""
    awaited_step: bool = False
    """A verb in a time clause of a sentence that looks ahead, with no condition ("will strike again after the first
    walkout ends on Thursday"): hypothetical only by its tense, a scheduled step once a time of its own dates it."""
    scheduled: bool = False
    """A noun event awaited as arranged ("a ceremony is scheduled for Nov. 2", "a protest is planned for Monday"; lexicon
    ``scheduled_subject``), in no condition: supposed until a time of its own dates it, then as planned as "will"."""


@attrs.frozen
class _Cues:
    conditional: frozenset[str]
    generic_adverbs: frozenset[str]
    clause_breaks: frozenset[str]
    time_clause_openers: frozenset[str] = frozenset()
    looking_ahead: frozenset[str] = frozenset()
    future_in_past: frozenset[str] = frozenset()
    aside_gap_units: frozenset[str] = frozenset()
    object_stops: frozenset[str] = frozenset()
    implicative: frozenset[str] = frozenset()
    implicative_phrases: tuple[tuple[str, ...], ...] = ()
    """Each phrase's words last first, as the clause words before a mention are read."""
    condition_ends: frozenset[str] = frozenset()
    inverted_conditional: frozenset[str] = frozenset()
    unrealised_objects: tuple[tuple[str, ...], ...] = ()
    alleged_objects: tuple[tuple[str, ...], ...] = ()
    object_reach: int = 0
    awaited_subject: "re.Pattern[str] | None" = None
    scheduled_subject: "re.Pattern[str] | None" = None
    reporting_forms: frozenset[str] = frozenset()
    firm_plans: frozenset[str] = frozenset()
    plan_auxiliaries: frozenset[str] = frozenset()
    reported_reach: int = 0
    question_openers: frozenset[str] = frozenset()
    supposal_modifiers: frozenset[str] = frozenset()
    negation: frozenset[str] = frozenset()
    creating_verbs: frozenset[str] = frozenset()
    causing: frozenset[str] = frozenset()
    causing_reach: int = 0
    instrument_verbs: frozenset[str] = frozenset()
    instrument_stops: frozenset[str] = frozenset()
    instrument_reach: int = 0
    time_taking: frozenset[str] = frozenset()
    probable_words: frozenset[str] = frozenset()
    deficit_ends: frozenset[str] = frozenset()
    deficit_reach: int = 0
    fearing_verbs: frozenset[str] = frozenset()
    feared_complement: "re.Pattern[str] | None" = None


@functools.lru_cache(maxsize=None)
def load_cues(language: str = "en") -> _Cues:
    """The factuality cue words of ``language`` (``<lang>/events.toml``), checked when loaded."""
    data = load_data(language, "events.toml")["factuality"]
    words = {key: frozenset(v.lower() for v in data[key]) for key in ("conditional", "generic_adverbs", "clause_breaks", "time_clause_openers", "looking_ahead", "object_stops", "implicative", "condition_ends")}
    for key in ("inverted_conditional", "reporting_forms", "question_openers", "supposal_modifiers", "creating_verbs", "firm_plans", "plan_auxiliaries", "future_in_past", "aside_gap_units", "causing", "time_taking", "probable_words", "deficit_ends", "fearing_verbs",
                "instrument_verbs", "instrument_stops"):
        words[key] = frozenset(v.lower() for v in data.get(key, ()))
    objects = tuple(sorted({tuple(v.lower().split()) for v in data["unrealised_objects"]}))
    alleged = tuple(sorted({tuple(v.lower().split()) for v in data.get("alleged_objects", ())}))
    awaited = data.get("awaited_subject")
    scheduled = data.get("scheduled_subject")
    feared = data.get("feared_complement")
    implicative_phrases = tuple(sorted({tuple(reversed(v.lower().split())) for v in data.get("implicative_phrases", ())}))
    words["negation"] = frozenset(v.lower() for v in load_data(language, "events.toml")["verb_group"]["negation"])
    return _Cues(**words, unrealised_objects=objects, implicative_phrases=implicative_phrases, alleged_objects=alleged, object_reach=int(data["object_reach"]), reported_reach=int(data.get("reported_reach", 0)),
                 causing_reach=int(data.get("causing_reach", 0)), deficit_reach=int(data.get("deficit_reach", 0)), instrument_reach=int(data.get("instrument_reach", data.get("causing_reach", 0))),
                 awaited_subject=re.compile(awaited, re.I) if awaited else None, scheduled_subject=re.compile(scheduled, re.I) if scheduled else None,
                 feared_complement=re.compile(feared, re.I) if feared else None)


FEARED_REACH = 9
"""Tokens at most between a verb of fearing and the verb of the clause it takes ("feared that the two young climbers had")."""


def _feared(cues: _Cues, text: str, tokens: Sequence[Token], k: int, lowered: Sequence[str], start: int) -> bool:
    """Whether the verb starting at ``start`` (token ``k`` of its sentence's ``tokens``) is what a verb of fearing before it
    takes as its object (lexicon ``fearing_verbs``, the words between matching ``feared_complement``: "feared the crew had
    been lost", "feared that he drowned"): feared, not told as done."""
    if cues.feared_complement is None:
        return False
    for j in range(k - 1, max(-1, k - 2 - FEARED_REACH), -1):
        if lowered[j] in cues.fearing_verbs:
            return tokens[j].end <= start and cues.feared_complement.fullmatch(text, tokens[j].end, start) is not None
    return False


def _won_back(cues: _Cues, before: Sequence[str]) -> bool:
    """Whether an infinitive (``before``: its clause's words, nearest first, "to" the first) comes right after a deficit it was
    won back from ("came from two goals down to beat", "recovered from 2-0 down to draw"): the result happened."""
    return len(before) > 2 and before[1] in cues.deficit_ends and "from" in before[2:2 + cues.deficit_reach]


def _used_for(cues: _Cues, before: Sequence[str]) -> bool:
    """Whether an infinitive (``before``: its clause's words, nearest first, "to" the first) is the purpose of a verb of
    using told as done ("used it to withdraw cash", "was used to carry the goods"; lexicon ``instrument_verbs``), not
    of a plan or a possibility ("will be used to build": a word of ``instrument_stops`` right before the verb); the verb at
    most ``instrument_reach`` words before "to" ("used the James Webb Space Telescope to watch")."""
    k = next((j for j, w in enumerate(before[: cues.instrument_reach + 1]) if w in cues.instrument_verbs), -1)
    return k > 0 and (k + 1 >= len(before) or before[k + 1] not in cues.instrument_stops)


TIME_TAKEN_REACH = 5
"""Words at most between a verb of taking time and the "to" of what it took ("took rescuers three more days to")."""


def _time_taken(cues: _Cues, before: Sequence[str]) -> bool:
    """Whether an infinitive (``before``: its clause's words, nearest first, "to" the first) is what a length of time was
    taken to do ("the jury took six hours to reach its verdict", "it took rescuers three days to reach the village"; lexicon
    ``time_taking`` and a unit of ``aside_gap_units`` between): it was done (not "took steps to curb prices", a purpose)."""
    k = next((j for j, w in enumerate(before[: TIME_TAKEN_REACH + 1]) if w in cues.time_taking), -1)
    return k > 1 and before[0] == "to" and any(w in cues.aside_gap_units for w in before[1:k])


def _clause_words(doc: Doc, start: int) -> list[str]:
    """The lower-cased words of the clause before ``start`` (nearest first), within its sentence."""
    i = doc.sentence_index(start)
    if i < 0:
        return []
    tokens = doc.sentences[i].tokens
    return _clause_words_at(load_cues(doc.language), tokens, bisect.bisect_left(tokens, start, key=_TOKEN_START))


def _clause_words_at(cues: _Cues, tokens: Sequence[Token], k: int, lowered: Optional[Sequence[str]] = None) -> list[str]:
    """:func:`_clause_words` of the sentence ``tokens`` before token ``k`` (``lowered``: the tokens' texts lower-cased, when known)."""
    out = []
    for j in range(k - 1, -1, -1):  # the tokens before ``start``, nearest first
        tok = tokens[j]
        w = tok.text.lower() if lowered is None else lowered[j]
        if w == "," and 0 < j < k - 1 and tokens[j - 1].text[-1:].isdigit() and tokens[j + 1].text[:1].isdigit() and tok.start == tokens[j - 1].end:
            continue  # the comma of a figure ("forcing 4,000 people to leave"), no clause break
        if w in cues.clause_breaks:
            break
        out.append(w)
        if len(out) >= 12:
            break
    return out


def anticipated(doc: Doc, mention: _Mention) -> bool:
    """Whether a present or present-perfect verb sits in a time clause of a sentence that looks
    ahead ("work will resume once the inquiry has begun", "... after the deal closes"), or a past
    one in a time clause after "would" ("would reopen once repairs were finished"): its tense
    then speaks of a time to come, and it has not happened yet."""
    cues = load_cues(doc.language)
    i = doc.sentence_index(mention.start)
    if i < 0:
        return False
    return _anticipated(cues, mention, doc.sentences[i].tokens)


def _may_be_anticipated(cues: _Cues, mention: _Mention) -> bool:
    """Whether :func:`_anticipated` needs to read the sentence: a verb of a tense a time clause can put ahead."""
    if mention.pos != "VERB" or mention.tense not in ("PRESENT", "NONE", "PAST") or mention.aspect == "PROGRESSIVE":
        return False
    if mention.tense == "NONE" and mention.aspect != "PERFECTIVE":
        return False
    return bool(cues.time_clause_openers)


def _anticipated(cues: _Cues, mention: _Mention, every: Sequence[Token], lowered: Optional[Sequence[str]] = None) -> bool:
    """:func:`anticipated` of a mention of the sentence whose tokens are ``every`` (``lowered``: their texts lower-cased,
    when the caller has them)."""
    if not _may_be_anticipated(cues, mention):
        return False
    # (in order, none overlapping: those ending by the start are a prefix, found by bisection)
    n = bisect.bisect_right(every, mention.start, key=_TOKEN_END)
    words = [t.text.lower() for t in every[:n]] if lowered is None else lowered
    # a past tense only after a future seen from the past ("said it would return to service once
    # inspections were complete": the sequence of tenses), not after "will" or "expects"
    ahead = cues.future_in_past if mention.tense == "PAST" else cues.looking_ahead
    openers, breaks = cues.time_clause_openers, cues.clause_breaks
    for k in range(n - 1, -1, -1):
        w = words[k]
        if w in openers:
            if mention.tense == "PAST" and _measured_aside(cues, words[:k]):
                return False  # "would cut 300 jobs, a month after a chain ended its contract": a told past, measured from the report
            return not ahead.isdisjoint(words[:k])
        if w in breaks and w != ",":
            return False
    return False


ASIDE_GAP_REACH = 4
"""Words at most between the comma and the opener of a measured aside (", nearly two months after")."""


def _measured_aside(cues: _Cues, words: Sequence[str]) -> bool:
    """Whether ``words`` (the clause before a time-clause opener) end in a comma and a short length:
    ", a month after", ", two days before"."""
    tail = words[-ASIDE_GAP_REACH - 1 :]
    if "," not in tail:
        return False
    gap = tail[len(tail) - 1 - tail[::-1].index(",") + 1 :]
    return 0 < len(gap) <= ASIDE_GAP_REACH and any(w in cues.aside_gap_units for w in gap)


def _unrealised_object(doc: Doc, mention: _Mention) -> bool:
    """Whether a noun event is the object of a verb that asks for it ("called for an inquiry"),
    a few words at most between them.  (The object of a supposed verb is not thereby supposed:
    "hoped to overturn the ruling" names a ruling that was made.)"""
    cues = load_cues(doc.language)
    if mention.pos == "VERB":
        return False
    return _object_of(doc, mention, cues.unrealised_objects)


_DENIAL_REACH = 3
"""Words at most between a negation and the verb it denies ("will not open", "did not formally call")."""


def _denied_creation(doc: Doc, mention: _Mention) -> bool:
    """Whether a noun event is the object of a verb that brings it about (lexicon ``creating_verbs``), a few words at most
    between them, and a negation stands right before that verb ("will not open an investigation", "did not hold a
    vote"): it did not happen."""
    cues = load_cues(doc.language)
    if mention.pos == "VERB" or cues.object_reach <= 0 or not cues.creating_verbs:
        return False
    before = _tokens_before(doc, mention.start, cues.object_reach + _DENIAL_REACH + 2)
    return _denied_in(cues, [t.text.lower() for t in before])


def _denied_in(cues: _Cues, words: Sequence[str]) -> bool:
    """:func:`_denied_creation` of a noun event with ``words`` before it (lower-cased, as :func:`_tokens_before` finds
    ``object_reach + _DENIAL_REACH + 2`` of them)."""
    if cues.object_reach <= 0 or not cues.creating_verbs:
        return False
    for k in range(len(words) - 1, max(-1, len(words) - 2 - cues.object_reach), -1):
        if words[k] in cues.creating_verbs:
            return not cues.negation.isdisjoint(words[max(0, k - _DENIAL_REACH) : k])
        if words[k] in cues.clause_breaks or words[k] in cues.object_stops:
            return False
    return False


def _alleged(doc: Doc, mention: _Mention) -> bool:
    """Whether an event is put forward as an accusation ("charged with smuggling", "accused of
    the killing"): the text does not say it happened, nor when."""
    cues = load_cues(doc.language)
    if mention.pos == "VERB" and mention.tense not in ("NONE", "PRESPART"):  # "accused of the robbery appeared": not its object
        before = _tokens_before(doc, mention.start, 1)
        return bool(before) and (before[-1].text.lower(),) in cues.alleged_objects  # "who allegedly took bribes"
    return _object_of(doc, mention, cues.alleged_objects)


def _tokens_before(doc: Doc, start: int, count: int) -> list[Token]:
    """The last ``count`` tokens of ``start``'s sentence that end by ``start`` (found by bisection)."""
    i = doc.sentence_index(start)
    if i < 0:
        return []
    tokens = doc.sentences[i].tokens
    k = bisect.bisect_left(tokens, start, key=_TOKEN_START)
    return [t for t in tokens[max(0, k - count - 1) : k] if t.end <= start][-count:]


def _object_of(doc: Doc, mention: _Mention, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of ``phrases`` ends at most ``object_reach`` words before ``mention``, in its clause."""
    cues = load_cues(doc.language)
    if cues.object_reach <= 0 or not phrases:
        return False
    before = _tokens_before(doc, mention.start, cues.object_reach + 3)
    return _object_in(cues, [t.text.lower() for t in before], phrases)


def _object_in(cues: _Cues, words: Sequence[str], phrases: tuple[tuple[str, ...], ...], ends: Optional[AbstractSet[str]] = None) -> bool:
    """:func:`_object_of` with the words before the mention (lower-cased, as :func:`_tokens_before` finds
    ``object_reach + 3`` of them); ``ends``: the phrases' last words, when the caller made them once for many mentions."""
    if cues.object_reach <= 0 or not phrases:
        return False
    if ends is None:
        ends = {phrase[-1] for phrase in phrases}  # a phrase can end only at its last word: the others are not compared there
    for k in range(len(words) - 1, max(-1, len(words) - 2 - cues.object_reach), -1):
        if words[k] in ends and any(tuple(words[k - len(phrase) + 1: k + 1]) == phrase for phrase in phrases):
            return True  # before the stops: "charged with" ends with one
        if words[k] in cues.clause_breaks or words[k] in cues.object_stops:
            return False
    return False


def _awaited(doc: Doc, mention: _Mention) -> bool:
    """Whether a noun event is the subject of an expectation ("a verdict is not expected before
    March", "a decision is due next week"): it has not happened yet."""
    cues = load_cues(doc.language)
    if mention.pos == "VERB" or cues.awaited_subject is None or cues.awaited_subject.match(doc.text, mention.end) is None:
        return False
    i = doc.sentence_index(mention.start)
    before = [t.text.lower() for t in doc.sentences[i].tokens if t.end <= mention.start][-3:] if i >= 0 else []
    return cues.object_stops.isdisjoint(before)  # "a review of the dispute is due": the review is awaited


def _scheduled(doc: Doc, mention: _Mention, before: Sequence[str]) -> bool:
    """Whether an awaited noun event (:func:`_awaited`) is awaited as arranged, not merely foreseen: "a ceremony is
    scheduled for Nov. 2", "the hearing is due on Friday" (lexicon ``scheduled_subject``; not "is not expected", "is
    likely"), with no condition before it in its clause (``before``) nor opening its sentence."""
    cues = load_cues(doc.language)
    if cues.scheduled_subject is None or cues.scheduled_subject.match(doc.text, mention.end) is None:
        return False
    return _awaited(doc, mention) and cues.conditional.isdisjoint(before) and not _opens_with_condition(doc, mention.start)


def _reported_plan(doc: Doc, mention: _Mention) -> bool:
    """Whether the "would" of ``mention`` is a reported "will" ("the judge said she would sentence
    him on June 3"): a reporting word a few words before it, no condition after it in the
    sentence, no "have" between it and the verb, and no subject only supposed between ("a longer strike would cost",
    ``supposal_modifiers``)."""
    cues = load_cues(doc.language)
    if getattr(mention, "modality", None) != "would" or cues.reported_reach <= 0:
        return False
    i = doc.sentence_index(mention.start)
    if i < 0:
        return False
    tokens = doc.sentences[i].tokens
    words = [t.text.lower() for t in tokens if t.end <= mention.start]
    k = next((k for k in range(len(words) - 1, max(-1, len(words) - 4), -1) if words[k] == "would"), -1)
    if k < 0:  # (s62) a verb that shares the "would" of the verb before it ("said it would cut 900 jobs and close its plant")
        k = next((k for k in range(len(words) - 1, -1, -1) if words[k] == "would"), -1)
    if k < 0 or "have" in words[k + 1:]:
        return False
    after = [t.text.lower() for t in tokens if t.start >= mention.end]
    if any(w in cues.conditional and not (w in cues.question_openers and after[j + 1 : j + 2] != ["or"]) for j, w in enumerate(after)):
        return False  # "would close if no buyer is found"; "would vote on whether to strike" asks a question, no condition
    for j in range(k - 1, max(0, k - cues.reported_reach - 1) - 1, -1):
        w = words[j]
        if w in cues.reporting_forms:
            return True
        if w in cues.conditional or w in (";", "(", ")"):
            return False
        if w in cues.supposal_modifiers and j > 0 and words[j - 1] in _SUPPOSING_DETERMINERS:
            return False  # "said that a longer strike would cost it contracts": the consequence of a supposed happening
    return False


_SUPPOSING_DETERMINERS = frozenset({"a", "an", "any"})


def _opens_with_condition(doc: Doc, start: int) -> bool:
    """Whether the sentence around ``start`` opens with a condition ("If convicted, he faces up
    to eight years"): its main clause is the consequence, as hypothetical as the condition."""
    cues = load_cues(doc.language)
    i = doc.sentence_index(start)
    if i < 0:
        return False
    tokens = doc.sentences[i].tokens
    return _opening_condition(cues, tokens) and not any(t.text.lower() in cues.condition_ends for t in tokens if t.end <= start)


def _opening_condition(cues: _Cues, tokens: Sequence[Token]) -> bool:
    """Whether the sentence of ``tokens`` opens with a conditional word (with the comma that ends it, after an inverted
    one): :func:`_opens_with_condition` but for the condition's end before the mention."""
    first = next((t.text.lower() for t in tokens if t.text.isalpha()), "")
    if first in cues.inverted_conditional:  # "Had the alarm sounded earlier, ...": a condition needs the comma that ends it
        if not any(t.text == "," for t in tokens):
            return False
    elif first not in cues.conditional:  # most sentences stop here, after a word or two
        return False
    return True


_PLAN_NEGATION_REACH = 2
"""Words at most between a negation and the firm-plan word it denies ("did not plan to", "has never agreed to")."""


def _firm_plan(cues: _Cues, near: Sequence[str], before: Sequence[str]) -> bool:
    """Whether a firm-plan word (lexicon ``firm_plans``) stands among ``near`` (the words right before an infinitive, nearest
    first) with no negation right before it (lexicon ``verb_group.negation``: "did not plan to return", "never agreed to
    sell": no plan, the infinitive is as supposed as any other)."""
    for k, w in enumerate(near):
        if w in cues.firm_plans:
            return cues.negation.isdisjoint(before[k + 1 : k + 1 + _PLAN_NEGATION_REACH])
    return False


_ADVERB_REACH = 2
"""Words at most between a generic adverb and the report or intention verb it makes a habit ("usually announce")."""


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def attributive_set(text: str, start: int, end: int) -> bool:
    """Whether the recurring time ``text[start:end]`` is one word used as an adjective before a noun ("in his daily life",
    "a weekly newspaper"): it describes the noun and makes no verb of its sentence a habit, as "meets weekly" does."""
    if not text[start:end].isalpha():
        return False
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return False
    from .features import lexical_memo  # lemminflect's tables load on first use

    return "NOUN" in lexical_memo()(nxt.group(1))[0]


def factuality(doc: Doc, mentions: Sequence[_Mention], recurring_sentences: frozenset[int] = frozenset()) -> list[Factuality]:
    """For each mention, whether its clause makes it hypothetical or generic.

    ``recurring_sentences``: indices of sentences holding a recurring time ("every year"),
    which make a present-tense event there a habit.
    """
    cues = load_cues(doc.language)
    out: list[Factuality] = [Factuality()] * len(mentions)
    # each mention's sentence, its tokens and the words before it are found once (each check below read them again), and a
    # sentence's own readings (its lower-cased words, whether it opens with a condition) once per sentence
    object_count = cues.object_reach + 3  # the words :func:`_unrealised_object` and :func:`_alleged` read
    denial_count = cues.object_reach + _DENIAL_REACH + 2  # those :func:`_denied_creation` reads
    count = max(object_count, denial_count, 1)
    sentence_words: dict[int, set[str]] = {}
    lowered_of: dict[int, list[str]] = {}  # a sentence's tokens lower-cased, once
    opening: dict[int, object] = {}
    sentences = doc.sentences
    unrealised_ends = {phrase[-1] for phrase in cues.unrealised_objects}  # (s62 speed: :func:`_object_in`'s last words, once per text)
    alleged_ends = {phrase[-1] for phrase in cues.alleged_objects}
    for index, m in enumerate(mentions):
        start = m.start
        i = doc.sentence_index(start)
        if i >= 0:
            tokens = sentences[i].tokens
            k = bisect.bisect_left(tokens, start, key=_TOKEN_START)
            lowered = lowered_of.get(i)
            if lowered is None:
                lowered = lowered_of[i] = [t.text.lower() for t in tokens]
            # :func:`_tokens_before` ``count`` words, lower-cased: the last ``n`` of these are its ``n`` words (of the tokens
            # before ``k`` only the last can end past ``start``); (s62 speed) read off the sentence's lower-cased words
            near = lowered[max(0, k - count - 1) : k - 1 if k and tokens[k - 1].end > start else k][-count:]
        else:
            tokens, k, near = (), 0, []
            lowered = []
        before = _clause_words_at(cues, tokens, k, lowered) if i >= 0 else []
        intended = (m.pos == "VERB" and m.tense == "INFINITIVE" and cues.implicative.isdisjoint(before[:4])
                    and not any(tuple(before[1:1 + len(p)]) == p for p in cues.implicative_phrases)
                    and cues.causing.isdisjoint(before[: cues.causing_reach])  # "forced hundreds of families to leave": they left
                    and not _used_for(cues, before)  # "used the card to withdraw cash": she withdrew it
                    and not _time_taken(cues, before)  # "took six hours to reach its verdict": it reached it
                    and not _won_back(cues, before))  # "came from two goals down to beat": it won
        # (:func:`_unrealised_object`, :func:`_awaited`, :func:`_alleged`, :func:`_denied_creation` with the words found)
        otherwise = (not cues.conditional.isdisjoint(before)
                     or (m.pos != "VERB" and _object_in(cues, near[-object_count:], cues.unrealised_objects, unrealised_ends))
                     or _awaited(doc, m)
                     or (bool(near) and (near[-1],) in cues.alleged_objects if m.pos == "VERB" and m.tense not in ("NONE", "PRESPART")
                         else _object_in(cues, near[-object_count:], cues.alleged_objects, alleged_ends))
                     or (m.pos != "VERB" and _denied_in(cues, near[-denial_count:])))
        if not otherwise and m.cls != "REPORTING" and i >= 0:  # :func:`_opens_with_condition`
            first = opening.get(i)
            if first is None:
                first = opening[i] = _opening_condition(cues, tokens)
            otherwise = first is True and not any(t.text.lower() in cues.condition_ends for t in tokens if t.end <= start)
        # "the jury is likely to return a verdict on Friday": a probability, however the verb group reads "is ... to return"
        otherwise = otherwise or (m.pos == "VERB" and before[:1] == ["to"] and len(before) > 1 and before[1] in cues.probable_words)
        # "feared the crew had been lost": what was feared is not told as done
        otherwise = otherwise or (m.pos == "VERB" and i >= 0 and bool(cues.fearing_verbs) and _feared(cues, doc.text, tokens, k, lowered, start))
        ahead = not otherwise and i >= 0 and _may_be_anticipated(cues, m) and _anticipated(cues, m, tokens, lowered)
        supposed = otherwise or ahead
        hypothetical = supposed or intended
        generic = False
        if m.pos == "VERB" and m.tense == "PRESENT" and m.aspect == "NONE" and m.cls not in ("REPORTING", "I_ACTION", "ASPECTUAL"):
            words = sentence_words.get(i)
            if words is None:
                words = sentence_words[i] = set(lowered)
            generic = bool(words & cues.generic_adverbs) or i in recurring_sentences
        elif m.pos == "VERB" and m.tense == "PRESENT" and m.aspect == "NONE":
            # a report or intention is a habit only with the adverb right before it ("Operators usually announce new
            # fares in the autumn"; not "Floods usually come in spring, officials say")
            generic = not cues.generic_adverbs.isdisjoint(before[:_ADVERB_REACH])
        plan = intended and not supposed and (_firm_plan(cues, before[:4], before) or not cues.plan_auxiliaries.isdisjoint(before))
        scheduled = m.pos != "VERB" and _scheduled(doc, m, before)
        if not hypothetical and m.pos != "VERB" and i >= 0 and _intended_object(cues, tokens, k, lowered, start):
            hypothetical, plan = True, True  # "promised to hold a referendum": as supposed as the holding, until a time of
            # its own dates it ("voted to hold a snap election on Jan. 17")
        reported = _reported_plan(doc, m) and not hypothetical
        awaited = ahead and not intended
        if not (hypothetical is False and generic is False and reported is False and plan is False and awaited is False and scheduled is False):
            out[index] = Factuality(hypothetical, generic, reported, plan, awaited, scheduled)
        # (s62 speed) else the list's own Factuality(), equal field for field: none is made per plain mention
    return out


def _intended_object(cues: _Cues, tokens: Sequence[Token], k: int, lowered: Sequence[str], start: int) -> bool:
    """Whether a noun event starting at ``start`` (token ``k`` of its sentence's ``tokens``, ``lowered`` their texts) is the
    object of an intended infinitive of a verb that brings it about (lexicon ``creating_verbs``: "promised to hold a
    referendum", "vowed to launch an inquiry"), at most ``object_reach`` words after it in its clause: a noun so made is no
    more real than the making, supposed until a time of its own dates it, then as planned as "will". Not the object of an
    intention's other verbs ("hoped to overturn the ruling": the ruling was made) nor of an infinitive that was done
    ("forced to call an election", "managed to stage the final")."""
    for j in range(k - 1, max(-1, k - 2 - cues.object_reach), -1):
        if tokens[j].end > start:
            continue
        w = lowered[j]
        if w in cues.creating_verbs:
            before = _clause_words_at(cues, tokens, j, lowered)
            return (before[:1] == ["to"] and cues.implicative.isdisjoint(before[:4])
                    and not any(tuple(before[1:1 + len(p)]) == p for p in cues.implicative_phrases)
                    and cues.causing.isdisjoint(before[: cues.causing_reach]) and not _used_for(cues, before)
                    and not _time_taken(cues, before) and not _won_back(cues, before))
        if w in cues.clause_breaks or w in cues.object_stops:
            return False
    return False


def _object_of_intention(doc: Doc, mention: _Mention) -> bool:
    """:func:`_intended_object` of one noun mention (its sentence and tokens found again)."""
    i = doc.sentence_index(mention.start)
    if mention.pos == "VERB" or i < 0:
        return False
    tokens = doc.sentences[i].tokens
    return _intended_object(load_cues(doc.language), tokens, bisect.bisect_left(tokens, mention.start, key=_TOKEN_START),
                            [t.text.lower() for t in tokens], mention.start)
