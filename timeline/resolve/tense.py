"""The tense of the clause around an expression: decides "Saturday" backwards or forwards.

A cheap, linear heuristic: the nearest tense cue before the expression in its sentence,
else the nearest after it.  Cues are auxiliaries, modal/scheduling words and past forms.
"""

from __future__ import annotations

import re
from typing import Optional

from ..text import Doc

__all__ = ["clause_tense", "tense_evidence", "after_past_signal", "opens_past_clause", "until_signal", "PAST_FORMS"]

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
    if word in _MODALS:
        return "future"
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
# Words that may stand between such a signal and the expression: "since shortly after the Oct. 23 attack".
_SIGNAL_FILLERS = frozenset("shortly just soon right after before the early late mid".split())
# Intention verbs are future cues only as verbs ("plans to"), not as nouns ("the plan", "vacation plans").
_INTENT = frozenset("plan plans planned intends intend aims".split())
# Scheduling words: after a past auxiliary ("was scheduled for Sunday") the time may lie either side of now.
_SCHEDULING = frozenset("scheduled slated due expected planned set".split())
# Modals that put the clause ahead of now ("might come Tuesday"); lower case only ("May" is a month).
_MODALS = frozenset("might may".split())
_BE = frozenset("is are am was were be".split())
_PERFECT = frozenset("has have 've".split())
_UNTIL_SIGNALS = frozenset("until till through".split())
_DEFERRING = frozenset("extended extends extend postponed postpones delayed delays deferred adjourned gave given".split())
# Verbs that look ahead when an infinitive follows ("expects to release", "hopes to close").
_EXPECTING = frozenset("expects expect hopes hope intends aims".split())
_REPORTING_NOT_VERBS = frozenset("according".split())
_DETERMINERS = frozenset("the a an its their his her our my your this that these those".split())


def _cue_adjacent(words: list[str], reach: int, backwards: bool = True) -> Optional[str]:
    """The tense of the first content word: reporting verbs count here ("said Friday").

    ``words`` run backwards from the expression (or forwards after it); the verb is one of
    the first ``reach`` words, and an auxiliary just before it overrides its form: "will stay closed" is future, "was scheduled" past.
    A verb form that is no cue itself takes its auxiliary's tense ("was last seen Nov. 3").
    """
    for i, w in enumerate(words[:reach]):
        lw = w.lower()
        if lw in _SKIP:
            continue
        if lw in _REPORTING:
            if lw in _REPORTING_NOT_VERBS:
                return None  # "as soon as Tuesday, according to reports": no verb of this clause
            future = backwards and any(a.lower() in _AUX_FUTURE for a in words[i + 1 : i + 3])
            return "future" if future else "past"  # "would be declared early next year"
        cue = _with_auxiliary(words, i) if backwards else _cue(w)
        if cue is None and backwards and w[:1].islower():
            for aux in words[i + 1 : i + 4]:
                la = aux.lower()
                if la in _SKIP or la == "been" or la.endswith("ly"):
                    continue
                if la in _AUX_PAST:
                    return "present" if lw in _SCHEDULING else "past"  # "has set Nov. 10 as the deadline"
                if la in _AUX_FUTURE:
                    return "future"
                break
        return cue
    return None


def _infinitive(backwards: list[str], i: int) -> Optional[str]:
    """The tense an infinitive gives the verb ``backwards[i]``: "expects the deal to be completed
    by Dec. 15", "are to resume trading Tuesday" look ahead; "had hoped to be done by May" either way.
    None when the verb is no infinitive or nothing says more than "to" ("went to court")."""
    j = i + 1
    be_form = j < len(backwards) and backwards[j].lower() == "be"
    if be_form:
        j += 1
    verb = backwards[i]
    if j >= len(backwards) or backwards[j].lower() != "to" or not verb[:1].islower() or verb in _DETERMINERS or verb in _SKIP:
        return None
    if j + 1 < len(backwards) and backwards[j + 1].lower() in _BE:
        return "future" if backwards[j + 1].lower() in ("is", "are", "am") else "present"  # "is to resume", "was to resume"
    governing = None
    for k, w in enumerate(backwards[j + 1 : j + 7], start=j + 1):
        lw = w.lower()
        if lw in _BOUNDARY:
            break
        if lw in _SCHEDULING or lw in _INTENT or lw in _EXPECTING:
            # "set to expire Nov. 6", "expects to release in mid-November"; "had been set to" either side of now
            past_aux = any(a.lower() in _AUX_PAST for a in backwards[k + 1 : k + 4])
            return "present" if past_aux or lw in ("planned",) else "future"
        governing = _with_auxiliary(backwards, k, infinitives=False)
        if governing is not None:
            break
    if governing == "future":
        return "future"
    if be_form:
        return "present" if governing == "past" else "future"
    return None


def _with_auxiliary(backwards: list[str], i: int, infinitives: bool = True) -> Optional[str]:
    """The cue of ``backwards[i]``, unless an auxiliary just before it (later in the list) says otherwise.

    An intention word is a cue only as a verb ("plans to", not "the plan"); a scheduling word after a
    past auxiliary ("was scheduled for Sunday") says the time may lie either side of now ("present")."""
    lw = backwards[i].lower()
    after = backwards[i - 1].lower() if i > 0 else ""
    if lw in _INTENT:
        if i + 1 < len(backwards) and backwards[i + 1].lower() in _DETERMINERS:
            return None  # "the plan", "its plans": a noun
        if lw == "planned":
            return "present"  # "planned a rally for Saturday": ahead of the planning, either side of now
    if lw == "due" and after == "to" and i > 1 and backwards[i - 2].lower() in _DETERMINERS:
        return None  # "due to its loss": because of
    if infinitives:
        ahead = _infinitive(backwards, i)
        if ahead is not None:
            return ahead
    cue = _cue(backwards[i])
    if cue is not None and cue != "present" and lw not in _AUX_FUTURE and lw not in _AUX_PAST:
        for aux in backwards[i + 1 : i + 4]:
            la = aux.lower()
            if la in _BOUNDARY:
                break
            if la in _AUX_FUTURE:
                return "future"
            if la in _AUX_PAST:
                return "present" if cue == "future" and lw in _SCHEDULING else "past"
    return cue


def after_past_signal(text: str, start: int) -> bool:
    """Whether a signal like "since" comes right before ``start`` (its time is past), maybe
    through a few fillers ("since shortly after the Oct. 23 attack")."""
    before = _TOKEN.findall(text, max(0, start - 40), start)
    for w in reversed(before[-5:]):
        lw = w.lower()
        if lw in _PAST_SIGNALS:
            return True
        if lw not in _SIGNAL_FILLERS:
            return False
    return False


def until_signal(doc: Doc, start: int) -> bool:
    """Whether a deadline was moved to ``start``: "extended its offer until Nov. 9", "gave them
    until 9 a.m. Tuesday" (a past verb does not put such a time in the past; "stayed closed
    until Friday" does)."""
    s, _ = doc.sentence_at(start)
    before = _TOKEN.findall(doc.text, max(s, start - 120), start)
    for i, w in enumerate(reversed(before[-5:])):
        lw = w.lower()
        if lw in _UNTIL_SIGNALS:
            clause: list[str] = []
            for v in reversed(before[: len(before) - i - 1]):
                if v.lower() in _BOUNDARY:
                    break
                clause.append(v.lower())
            return any(v in _DEFERRING for v in clause[:10])
        if lw not in _SIGNAL_FILLERS:
            return False
    return False


def opens_past_clause(doc: Doc, start: int) -> bool:
    """Whether the clause holding ``start`` opens with a signal like "since" ("Since the firm
    bought the unit in February, ..."): a time in it lies before the main clause's."""
    s, _ = doc.sentence_at(start)
    before = _TOKEN.findall(doc.text, max(s, start - 120), start)
    first = None
    for w in reversed(before):
        if w.lower() in _BOUNDARY:
            break
        first = w.lower()
    return first in _PAST_SIGNALS


def _fronted_cue(clause_before: list[str], after: list[str]) -> Optional[str]:
    """ "In January, the company hired ...": a time phrase that opens the sentence takes the
    tense of the main verb after the comma (its subject may be several words long)."""
    if after[:1] != [","] or any(w.lower() not in _SKIP for w in clause_before):
        return None
    for w in after[1:9]:
        lw = w.lower()
        if lw in _BOUNDARY:
            return None
        if lw in _REPORTING and lw not in _REPORTING_NOT_VERBS:
            return "past"
        cue = _cue(w)
        if cue is not None:
            return cue
    return None


def tense_evidence(doc: Doc, start: int, end: int) -> tuple[Optional[str], int]:
    """('past' | 'present' | 'future' | None, where the cue was: 0 the adjacent verb, 1 the clause, 2 the sentence)."""
    text = doc.text
    s, e = doc.sentence_at(start)
    before = _TOKEN.findall(text, max(s, start - 160), start)
    after = _TOKEN.findall(text, end, min(e, end + 120))
    cue = _cue_adjacent(list(reversed(before[-7:])), 3) or _cue_adjacent([w for w in after[:3] if w not in ","], 3, backwards=False)
    if cue:
        return cue, 0
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
    fronted = _fronted_cue(clause_before, after)
    if fronted:
        return fronted, 0
    reported = None
    for level, group, backwards in ((1, clause_before, True), (1, clause_after, False), (2, list(reversed(before)), True), (2, after, False)):
        for i, word in enumerate(group[:14]):
            cue = _with_auxiliary(group, i) if backwards else _cue(word)
            if cue:
                # a past read only from an "-ed" ending ("preferred shares") is weaker than a known past form or
                # auxiliary ("was shot", "bought"); a present perfect ("has risen") is about now too
                lw = word.lower()
                aux = [a.lower() for a in group[i + 1 : i + 3]] if backwards else []
                guessed = cue == "past" and (lw in _PERFECT or (lw not in _PAST and not any(a in _AUX_PAST and a not in _PERFECT for a in aux)))
                return cue, (2 if guessed else level)
            if level == 1 and backwards and reported is None and word.lower() in _REPORTING:
                reported = "past"  # "told a news conference on Tuesday": the clause's own verb
        if level == 1 and not backwards and reported:
            return reported, 2  # a weak cue: what was said may be about any time
    return None, 2


def clause_tense(doc: Doc, start: int, end: int) -> tuple[Optional[str], bool]:
    """('past' | 'present' | 'future' | None, whether the cue is the adjacent verb).

    First the verb right next to the expression ("said Friday", "will vote on Sunday"),
    then the nearest cue in the same clause (before, then after), then in the sentence.
    """
    tense, level = tense_evidence(doc, start, end)
    return tense, level == 0
