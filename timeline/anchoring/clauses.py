"""Event to event, shared words of a clause: the kind of an event (synonym group, verb kinds), the object
right after a verb, the subject of a relative clause, a sentence's end.  The readers of signals, fronted
clauses, perfects, clause verbs, aspectual verbs and coreference all ask these; split out of the former
anchoring/events.py so that each of those reads alone (it imports none of them)."""

from __future__ import annotations

import bisect
import re
from typing import Callable, Mapping, Optional, Sequence


from .cues import AnchorWords, EventLike, anchor_words, subject_participle
from .cues import _clause_break, _tokens_between, _PUNCT, _LAST_TOKEN, _NEXT_WORD


def _ongoing(ev: EventLike) -> bool:
    """Whether ``ev`` was going on or held rather than happened: a progressive or a state ("were watching", "was asleep")."""
    return ev.aspect in ("PROGRESSIVE", "PERFECTIVE_PROGRESSIVE") or ev.cls == "STATE"


_DESCRIBED_SUBJECT_WORDS = 3
"""Words at most of a subject before the relative pronoun that describes it ("a developer who", "the man who")."""


def _after_relative_opener(cues: AnchorWords, text: str, x: EventLike) -> bool:
    """Whether a relative opener (auxiliaries after it) stands right before the verb ``x`` ("the river that burst"): the
    verb of another relative clause, no main verb."""
    words = _tokens_between(text, max(0, x.start - 40), x.start)
    k = len(words)
    while k > 0 and words[k - 1] in cues.clause_auxiliaries:
        k -= 1
    return k > 0 and words[k - 1] in cues.relative_openers


def _main_verb_pending(cues: AnchorWords, text: str, ordered: Sequence[EventLike], sentence_start: int, a: EventLike) -> bool:
    """Whether ``a`` is in a relative clause on the sentence's subject ("Divers who inspected the
    hull before ..."), or is a participle right after it (``subject_participle``: "The defences built after the
    floods held"), no verb told before it: the sentence's main verb is still to come.  ``ordered``: by start."""
    opener = None
    for m in _WORD.finditer(text, sentence_start, a.start):
        if m.group().lower() in cues.relative_openers:
            opener = m.start()
    if opener is None:
        return subject_participle(cues, text, a, sentence_start, _verb_between(ordered, sentence_start, a.start))
    return not _verb_between(ordered, sentence_start, opener)


def _verb_between(ordered: Sequence[EventLike], start: int, end: int) -> bool:
    """Whether a verb of ``ordered`` (by start) starts in [start, end)."""
    for k in range(bisect.bisect_left(ordered, start, key=lambda x: x.start), len(ordered)):
        if ordered[k].start >= end:
            return False
        if ordered[k].pos == "VERB":
            return True
    return False


def _last_finite(cues: AnchorWords, text: str, ordered: Sequence[EventLike], verb: EventLike, sentence_end: int) -> bool:
    """Whether ``verb`` is the last finite verb of its sentence that could be its main one: every finite verb after it is
    joined to it by a coordinator or opens a relative clause ("appeared in court on Monday and was charged"; not "after a
    fire in the hold spread said": the saying is the main verb)."""
    last = verb.end
    for k in range(bisect.bisect_right(ordered, verb.start, key=lambda x: x.start), len(ordered)):  # (from the verb on: linear)
        x = ordered[k]
        if x.pos != "VERB" or x.tense not in ("PAST", "PRESENT"):
            if x.start >= sentence_end:
                break
            continue
        if x.start >= sentence_end:
            break
        gap = _tokens_between(text, last, x.start)
        if not (cues.coordinators.intersection(gap) or cues.relative_openers.intersection(gap)):
            return False
        last = x.end
    return True


def pending_main_verb(text: str, ordered: Sequence[EventLike], a: EventLike, sentence: tuple[int, int], language: str = "en") -> Optional[EventLike]:
    """The main verb of a sentence whose subject a relative clause holding ``a`` describes, when a clause a signal opens
    after ``a`` ends before it ("A man who was arrested on Friday after a break-in at a warehouse appeared in court on
    Monday": the appearing); the first verb of a past or present tense after ``a`` that is the sentence's last such verb
    but for those joined to it (see :func:`_last_finite`); None when ``a`` is in no such clause or no verb qualifies."""
    cues = anchor_words(language)
    s, e = sentence
    if not _main_verb_pending(cues, text, ordered, s, a):
        return None
    for k in range(bisect.bisect_left(ordered, a.end, key=lambda x: x.start), len(ordered)):  # (from ``a`` on, not the text's start)
        x = ordered[k]
        if x.start >= e:
            break
        if x.pos == "VERB" and x.tense in ("PAST", "PRESENT") and not _after_relative_opener(cues, text, x) and _last_finite(cues, text, ordered, x, e):
            return x
    return None


RELATIVE_SUBJECT_WORDS = 2
"""Words at most after the determiner of a noun subject of a relative clause with no opener ("a report [the bank had]
commissioned")."""

_NOMINAL = frozenset({"NOUN", "ADJECTIVE"})
"""Parts of speech of an event that is no clause's verb: a signal after one orders the verb before it."""
_FINITE = frozenset({"PAST", "PRESENT", "FUTURE"})
_NOT_PAST = frozenset({"PRESENT", "FUTURE", "NONE"})
"""Tenses of a clause not told in the past: in the present, the future or after a modal ("would end")."""
"""Tenses of a verb with a subject of its own (not a participle, an infinitive or a gerund)."""


PERCEIVED_REACH = 3
"""Words at most between a perception verb and the participle describing its object ("noticed water seeping")."""


TOLD_REACH = 4
"""How many sentences back a time clause's verb is taken up ("Hours after the strike began")."""


def _told_before(cues: AnchorWords, grouped: Mapping[int, Sequence[EventLike]], ev: EventLike, sentence: int,
                 lexical: "Callable[[str], tuple[tuple[str, ...], str]]", taken: "set[str] | frozenset[str]" = frozenset(),
                 text: str = "") -> Optional[EventLike]:
    """The verb of the same kind told in the :data:`TOLD_REACH` sentences before ``ev``'s: a time clause
    takes up what the story has told ("The strike began at 4 a.m. ... Hours after the strike began")."""
    kind = _verb_kind(cues, text, ev, lexical)
    earlier = [x for k in range(max(0, sentence - TOLD_REACH), sentence) for x in grouped.get(k, ()) if x.pos == "VERB" and x.eid not in taken]
    return next((x for x in reversed(earlier) if _verb_kind(cues, text, x, lexical) == kind), None)


def _verb_kind(cues: AnchorWords, text: str, ev: EventLike, lexical: "Callable[[str], tuple[tuple[str, ...], str]]") -> str:
    """What a verb mention tells, for taking it up: its group of verbs that tell one happening
    (``same_happening``: by lemma, or lemma and the particle after it, "gave way", "took off"),
    else :func:`_kind`."""
    lemma = lexical(ev.text.lower())[1]
    after = _NEXT_WORD.match(text, ev.end, ev.end + 24) if text else None
    phrase = f"{lemma} {after.group(1)}" if after is not None else ""
    for i, group in enumerate(cues.same_happening):
        if phrase in group or lemma in group:
            return f"happening{i}"
    if phrase in cues.headline_phrasal_verbs:
        return phrase  # (s62) "went back to work on Friday ... postponed while it went on": another verb than the bare one
    return _kind(cues, ev.text, lexical)


_AHEAD_GAP = re.compile(r"\s+(?:[A-Za-z']+\s+){1,3}")
"""At most three words (auxiliaries: "will", "would be", "is to be") between a noun and the verb it is the subject of."""


def _subject_of_ahead(text: str, noun: EventLike, verb: EventLike) -> bool:
    """Whether ``noun`` is the subject of the verb right after it, told as still to come (future tense or a modal: "the match
    will go ahead", "the vote would be held"), a few words between and no punctuation."""
    return (verb.pos == "VERB" and (verb.tense == "FUTURE" or getattr(verb, "modality", None) is not None)
            and _AHEAD_GAP.fullmatch(text, noun.end, verb.start) is not None)


def _simple_finite(cues: AnchorWords, text: str, ev: EventLike) -> bool:
    """Whether ``ev`` is a verb told as finite and simple: right after a finite "be" or a subject pronoun (lexicon
    ``finite_markers``: "was flawed", "it served"), not a participle ("the plant, closed since ...") or a perfect ("has
    been closed since": "been" stands before it)."""
    if ev.pos != "VERB":
        return False
    before = _LAST_TOKEN.search(text, max(0, ev.start - 12), ev.start)
    return before is not None and before.group(1).lower() in cues.finite_markers
_REDUCED_RELATIVE = re.compile(r"\b([A-Za-z]+)\s+(?:he|she|it|we|they|i|you)\s+$")


_OBJECT_WORDS = 3  # words between a verb and the head of its object noun phrase ("a four-day strike")


_SENTENCE_END = re.compile(r"\n\s*\n|[a-z]{2}[.!?][\"'”’)]*\s+[\"“‘(]?[A-Z]")
"""A sentence's end between two words: a paragraph break, or a full stop after a lower-case word and a capital after it
(not "U.S." or "Dr." before a name)."""


def _object_gap(cues: AnchorWords, text: str, a: int, b: int) -> bool:
    """Between a verb and an event noun: the start of its object noun phrase ("ending a four-day
    strike", "started the fire"), a few words with no signal, clause break, punctuation or sentence end
    ("stopped when the audit started. The trial opened": the trial is no object of "started")."""
    words = _tokens_between(text, a, b)
    return (len(words) <= _OBJECT_WORDS and not _PUNCT.search(text, a, b) and not _clause_break(cues, text, a, b)
            and not _SENTENCE_END.search(text, max(0, a - 2), b)
            and not any(w in cues.signals or w in cues.event_signals for w in words)
            and not (words and words[0] in cues.object_barriers))  # "ended without a deal": no object
_WORD = re.compile(r"[\w'’]+")


def _kind(cues: AnchorWords, word: str, lexical: "Callable[[str], tuple[tuple[str, ...], str]]") -> str:
    """What a mention names, for coreference: its synonym group, else its lemma (``lexical``: the text's memo of it)."""
    w = word.lower()
    lemma = lexical(w)[1]
    first = cues.kind_group
    i, j = first.get(w), first.get(lemma)  # the first group holding the word or its lemma
    if i is None and j is None:
        return lemma
    return f"group{i if j is None else j if i is None else min(i, j)}"


def _other_kinds(cues: AnchorWords, word: str, lexical: "Callable[[str], tuple[tuple[str, ...], str]]", kind: str) -> tuple[str, ...]:
    """The synonym groups besides ``kind`` (:func:`_kind`) that hold ``word`` or its lemma: a word listed in several groups
    may name a happening of each ("the raid" after "robbed": a robbery; after "stormed": an attack)."""
    w = word.lower()
    groups = (*cues.kind_groups.get(w, ()), *cues.kind_groups.get(lexical(w)[1], ()))
    return tuple(dict.fromkeys(k for k in (f"group{i}" for i in groups) if k != kind))


def _group_of(cues: AnchorWords, word: str) -> Optional[str]:
    """The synonym group a plain word belongs to ("earthquake"), or None."""
    i = cues.kind_group.get(word.lower().strip(".,;:!?\"'”“"))
    return None if i is None else f"group{i}"


def _subject_of(text: str, noun: EventLike, verb: EventLike) -> bool:
    """Whether ``noun`` stands right before ``verb`` with at most two words (auxiliaries) between."""
    between = text[noun.end : verb.start]
    return verb.start >= noun.end and len(between.split()) <= 2 and not any(c in between for c in ",;:()")
