"""The tense of the clause around an expression: decides "Saturday" backwards or forwards.

A cheap, linear heuristic: the nearest tense cue before the expression in its sentence,
else the nearest after it.  Cues are auxiliaries, modal/scheduling words and past forms.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

import attrs

from ..lexicon import load_data
from ..text import Doc

__all__ = ["clause_tense", "after_past_signal", "PAST_FORMS", "TenseWords", "tense_words"]

_WORD = re.compile(r"[A-Za-z']+")


@attrs.frozen
class TenseWords:
    """The tense cues of one language (``<lang>/tense.toml``), as sets for lookup."""

    future: frozenset[str]
    present: frozenset[str]
    past: frozenset[str]
    reporting: frozenset[str]
    not_past: frozenset[str]
    past_suffix: str
    past_min_length: int
    skip: frozenset[str]
    boundaries: frozenset[str]
    aux_future: frozenset[str]
    aux_past: frozenset[str]
    past_signals: frozenset[str]


@functools.lru_cache(maxsize=None)
def tense_words(language: str = "en") -> TenseWords:
    """The tense cues of ``language``, loaded and checked once."""
    data = load_data(language, "tense.toml")
    cues, clause, aux = data["cues"], data["clause"], data["auxiliaries"]
    return TenseWords(
        frozenset(cues["future"]), frozenset(cues["present"]), frozenset(cues["past"]), frozenset(cues["reporting"]),
        frozenset(cues["not_past"]), data["regular_past"]["suffix"], data["regular_past"]["min_length"],
        frozenset(clause["skip"]), frozenset(clause["boundaries"]), frozenset(aux["future"]), frozenset(aux["past"]),
        frozenset(data["signals"]["past"]),
    )


PAST_FORMS = tense_words("en").past  # English irregular past forms (the event detector's verb attributes)


def _cue(word: str, cues: TenseWords) -> Optional[str]:
    w = word.lower()
    if w in cues.reporting:
        return None
    if w in cues.future:
        return "future"
    if w in cues.past:
        return "past"
    if w in cues.present:
        return "present"
    if (cues.past_suffix and len(w) >= cues.past_min_length and w.endswith(cues.past_suffix) and w not in cues.not_past
            and not word[:1].isupper()):  # not "United"
        return "past"
    return None


_TOKEN = re.compile(r"[A-Za-z']+|[,;:()\"“”]")


def _cue_adjacent(words: list[str], reach: int, cues: TenseWords) -> Optional[str]:
    """The tense of the first content word: reporting verbs count here ("said Friday").

    ``words`` run backwards from the expression (or forwards after it); the verb is one of
    the first ``reach`` words, and an auxiliary just before it overrides its form: "will stay closed" is future, "was scheduled" past.
    """
    for i, w in enumerate(words[:reach]):
        lw = w.lower()
        if lw in cues.skip:
            continue
        if lw in cues.reporting:
            return "past"
        return _with_auxiliary(words, i, cues)
    return None


def _with_auxiliary(backwards: list[str], i: int, cues: TenseWords) -> Optional[str]:
    """The cue of ``backwards[i]``, unless an auxiliary just before it (later in the list) says otherwise."""
    lw = backwards[i].lower()
    cue = _cue(backwards[i], cues)
    if cue is not None and cue != "present" and lw not in cues.aux_future and lw not in cues.aux_past:
        for aux in backwards[i + 1 : i + 4]:
            la = aux.lower()
            if la in cues.boundaries:
                break
            if la in cues.aux_future:
                return "future"
            if la in cues.aux_past:
                return "past"
    return cue


def after_past_signal(text: str, start: int, language: str = "en") -> bool:
    """Whether the word right before ``start`` is a signal like "since" (its time is past)."""
    before = _TOKEN.findall(text, max(0, start - 12), start)
    return bool(before) and before[-1].lower() in tense_words(language).past_signals


def clause_tense(doc: Doc, start: int, end: int) -> tuple[Optional[str], bool]:
    """('past' | 'present' | 'future' | None, whether the cue is the adjacent verb).

    First the verb right next to the expression ("said Friday", "will vote on Sunday"),
    then the nearest cue in the same clause (before, then after), then in the sentence.
    """
    cues = tense_words(doc.language)
    text = doc.text
    s, e = doc.sentence_at(start)
    before = _TOKEN.findall(text, max(s, start - 160), start)
    after = _TOKEN.findall(text, end, min(e, end + 120))
    cue = _cue_adjacent(list(reversed(before[-7:])), 3, cues) or _cue_adjacent([w for w in after[:3] if w not in ","], 3, cues)
    if cue:
        return cue, True
    clause_before: list[str] = []
    for w in reversed(before):
        if w.lower() in cues.boundaries:
            break
        clause_before.append(w)
    clause_after: list[str] = []
    for w in after:
        if w.lower() in cues.boundaries:
            break
        clause_after.append(w)
    for group, backwards in ((clause_before, True), (clause_after, False), (list(reversed(before)), True), (after, False)):
        for i, word in enumerate(group[:14]):
            cue = _with_auxiliary(group, i, cues) if backwards else _cue(word, cues)
            if cue:
                return cue, False
    return None, False
