"""The tense of the clause around an expression: decides "Saturday" backwards or forwards.

A cheap, linear heuristic: the nearest tense cue before the expression in its sentence,
else the nearest after it.  Cues are auxiliaries, modal/scheduling words and past forms.
"""

from __future__ import annotations

import re
from typing import Optional

from ..text import Doc

__all__ = ["clause_tense", "after_past_signal", "PAST_FORMS"]

_WORD = re.compile(r"[A-Za-z']+")
_FUTURE = frozenset(
    "will 'll shall wo won't going due scheduled slated expected plans plan planned intends intend aims "
    "upcoming next tomorrow forthcoming would". split()
)
_PRESENT = frozenset("is are am says say does do 's".split())
PAST_FORMS = _PAST = frozenset(
    """was were had did struck began begun came went took made saw left met held fought killed
    won lost gave found got kept led ran sent spent stood thought brought bought caught fell felt heard
    hit knew laid lay paid put read rose sold shot shut slept spoke stole swept taught threw tore understood
    woke wore wrote broke chose drove flew forgot froze hid rode rang sang sank shook stuck stung swam swore
    withdrew overran overtook undertook beat bit blew built burnt burst cost cut dealt drew dug fed fled
    fought forbade forgave grew hung hurt lent let lit meant quit rid saw sought shed sat slid spread sprang
    strove struck swung wept wound has have ago yesterday""".split()
)
# Reporting verbs say when something was said, not when it happens: not tense cues.
_REPORTING = frozenset(
    "said told announced reported added stated noted explained confirmed claimed warned insisted "
    "declared disclosed revealed indicated suggested acknowledged argued predicted according".split()
)
_NOT_PAST = frozenset("need needed? indeed hundred red bed shed seed feed speed proceed exceed succeed breed greed".split())
def _cue(word: str) -> Optional[str]:
    w = word.lower()
    if w in _REPORTING:
        return None
    if w in _FUTURE:
        return "future"
    if w in _PAST:
        return "past"
    if w in _PRESENT:
        return "present"
    if len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST and not word[:1].isupper():  # not "United"
        return "past"
    return None


_TOKEN = re.compile(r"[A-Za-z']+|[,;:()\"“”]")
_SKIP = frozenset("on at by for from until till in the a of since as soon early late this last next about around "
                  "morning afternoon evening night local time".split())
_BOUNDARY = frozenset(", ; : ( ) \" “ ” that which who whom whose when while because but although whereas".split())


# Auxiliaries that set the tense of the verb form after them: "will stay closed", "was scheduled",
# "has gained".  Checked just before the verb next to the expression.
_AUX_FUTURE = frozenset("will 'll shall wo won't would going".split())
_AUX_PAST = frozenset("was were had has have 've 'd".split())
# Signals whose time lies before the clause's own: "since January" is in the past.
_PAST_SIGNALS = frozenset("since".split())


def _cue_adjacent(words: list[str], reach: int) -> Optional[str]:
    """The tense of the first content word: reporting verbs count here ("said Friday").

    ``words`` run backwards from the expression (or forwards after it); the verb is one of
    the first ``reach`` words, and an auxiliary just before it overrides its form: "will stay closed" is future, "was scheduled" past.
    """
    for i, w in enumerate(words[:reach]):
        lw = w.lower()
        if lw in _SKIP:
            continue
        if lw in _REPORTING:
            return "past"
        return _with_auxiliary(words, i)
    return None


def _with_auxiliary(backwards: list[str], i: int) -> Optional[str]:
    """The cue of ``backwards[i]``, unless an auxiliary just before it (later in the list) says otherwise."""
    lw = backwards[i].lower()
    cue = _cue(backwards[i])
    if cue is not None and cue != "present" and lw not in _AUX_FUTURE and lw not in _AUX_PAST:
        for aux in backwards[i + 1 : i + 4]:
            la = aux.lower()
            if la in _BOUNDARY:
                break
            if la in _AUX_FUTURE:
                return "future"
            if la in _AUX_PAST:
                return "past"
    return cue


def after_past_signal(text: str, start: int) -> bool:
    """Whether the word right before ``start`` is a signal like "since" (its time is past)."""
    before = _TOKEN.findall(text, max(0, start - 12), start)
    return bool(before) and before[-1].lower() in _PAST_SIGNALS


def clause_tense(doc: Doc, start: int, end: int) -> tuple[Optional[str], bool]:
    """('past' | 'present' | 'future' | None, whether the cue is the adjacent verb).

    First the verb right next to the expression ("said Friday", "will vote on Sunday"),
    then the nearest cue in the same clause (before, then after), then in the sentence.
    """
    text = doc.text
    s, e = doc.sentence_at(start)
    before = _TOKEN.findall(text, max(s, start - 160), start)
    after = _TOKEN.findall(text, end, min(e, end + 120))
    cue = _cue_adjacent(list(reversed(before[-7:])), 3) or _cue_adjacent([w for w in after[:3] if w not in ","], 3)
    if cue:
        return cue, True
    clause_before: list[str] = []
    for w in reversed(before):
        if w.lower() in _BOUNDARY:
            break
        clause_before.append(w)
    clause_after: list[str] = []
    for w in after:
        if w.lower() in _BOUNDARY:
            break
        clause_after.append(w)
    for group, backwards in ((clause_before, True), (clause_after, False), (list(reversed(before)), True), (after, False)):
        for i, word in enumerate(group[:14]):
            cue = _with_auxiliary(group, i) if backwards else _cue(word)
            if cue:
                return cue, False
    return None, False
