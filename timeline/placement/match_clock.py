"""Verbs on the clock of a match: "Dellmoor took the lead in the 23rd minute. ... the penalty was awarded after a defender
handled the ball in the 116th minute": the taking before the handling, in the order of their minutes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Mapping, Optional, Sequence

from ..lexicon import load_data
from ..order import Constraint, end_of, start_of
from .base import SOFT_STRENGTH, SoftFact, _ZERO

if TYPE_CHECKING:
    from ..events.detect import EventMention

MATCH_CLOCK_CONFIDENCE = 0.8
"""How sure the likely layer is that two verbs a match's clock times happened in the order of their minutes."""

MATCH_CLOCK_REACH = 4
"""Sentences at most between two verbs the clock orders (one match report; not a match told again later)."""

_BREAKS = re.compile(r'[;:()"“”]')
_CLAUSE_OPENING = re.compile(r",\s*(?:\w+\s+)?$")  # the phrase right after a comma (and maybe one word: ", and in stoppage time") opens a clause


def _count(word: str, numbers: Mapping[str, float]) -> Optional[float]:
    """A count written in digits or as a word of the lexicon's ``numbers``."""
    return float(word) if word.isdigit() else numbers.get(word.lower())


def _minute(match: "re.Match[str]", points: Mapping[str, float], numbers: Mapping[str, float]) -> Optional[float]:
    """The minute a phrase of ``occasion_minute`` names: its number ("in the 23rd minute"), a named point a little after
    or before ("after half-time"), a count of minutes from the start ("after ten minutes") or from a named period's start
    ("three minutes into extra time")."""
    groups = match.groupdict()
    if groups.get("minute"):
        return float(groups["minute"])
    if groups.get("count"):
        return _count(groups["count"], numbers)
    if groups.get("into") and groups.get("period"):
        count, start = _count(groups["into"], numbers), points.get(" ".join(groups["period"].lower().split()))
        return None if count is None or start is None else start + count
    if groups.get("at_point"):
        return points.get(" ".join(groups["at_point"].lower().split()))
    for group, step in (("after_point", 0.5), ("before_point", -0.5)):
        word = groups.get(group)
        if word and word.lower() in points:
            return points[word.lower()] + step
    return None


def match_clock_facts(text: str, mentions: Sequence["EventMention"], real: Mapping[str, bool], language: str = "en") -> list[SoftFact]:
    """A phrase of the lexicon pattern ``occasion_minute`` ("in the 23rd minute", "shortly after half-time", "after ten
    minutes", "three minutes into extra time", "in stoppage time"; named points and periods from
    ``occasion_clock_points``) times the past verb told last before it in its sentence (none across a mark of ``;:()`` or
    a quotation's), or, opening its sentence or its clause after a comma ("..., and in stoppage time Hart volleyed the
    winner"), the first verb after it; of two verbs so timed at most :data:`MATCH_CLOCK_REACH` sentences apart, the one
    at the earlier minute most likely started no later than the other (each verb with the next timed one in the text: a
    chain, linear in the text). A start order, not an end before the start: the verbs keep their likely start where
    nothing else moves it, so the listing keeps the untimed steps told between them in the told order."""
    data = load_data(language, "anchoring.toml")
    pattern_text = data.get("patterns", {}).get("occasion_minute")
    if not pattern_text:
        return []
    pattern = re.compile(pattern_text, re.I)
    clause_text = data.get("patterns", {}).get("occasion_minute_clause")
    clause = re.compile(clause_text, re.I) if clause_text else None
    points = {str(k).lower(): float(v) for k, v in data.get("occasion_clock_points", {}).items()}
    numbers = {str(k).lower(): float(v) for k, v in load_data(language, "lexicon.toml").get("numbers", {}).items()}
    verbs = sorted((m for m in mentions if m.pos == "VERB"), key=lambda m: m.start)
    starts = sorted({m.sentence_start for m in verbs})
    sentence_no = {s: k for k, s in enumerate(starts)}
    timed: list[tuple[float, int, "EventMention"]] = []
    echoes: list[tuple[float, int, "EventMention"]] = []  # (s62) verbs of a clause opened right after a minute
    k = 0
    for match in pattern.finditer(text):
        minute = _minute(match, points, numbers)
        while k < len(verbs) and verbs[k].end <= match.start():
            k += 1
        before = verbs[k - 1] if k > 0 else None
        verb = None
        opens = k < len(verbs) and verbs[k].sentence_start <= match.start() and (
            not text[verbs[k].sentence_start : match.start()].strip(' "“')
            or (before is not None and before.sentence_end > match.start() and _CLAUSE_OPENING.search(text, before.end, match.start())))
        if opens:
            verb = verbs[k]  # "In the 23rd minute, Dellmoor took the lead", "..., and in stoppage time Hart volleyed the winner"
        elif before is not None and before.sentence_end > match.start() and not _BREAKS.search(text, before.end, match.start()):
            verb = before
        if minute is None or verb is None or verb.tense != "PAST" or not real.get(verb.eid, False):
            continue
        if timed and timed[-1][2].eid == verb.eid:
            continue
        timed.append((minute, sentence_no[verb.sentence_start], verb))
        after = next((v for v in verbs[k:] if v.start >= match.end()), None)
        if (clause is not None and after is not None and after.sentence_start == verb.sentence_start and after.tense == "PAST"
                and real.get(after.eid, False) and clause.fullmatch(text, match.end(), after.start)):
            echoes.append((minute, sentence_no[after.sentence_start], after))  # (s62) "..., when Muir headed in": that minute
    out: list[SoftFact] = []
    for m1, s1, a in echoes:  # (s62) a clause's verb at its clause's minute, against every other verb the clock times near
        for m2, s2, b in timed:
            if abs(s2 - s1) > MATCH_CLOCK_REACH or m1 == m2:
                continue
            first, second = (a, b) if m1 < m2 else (b, a)
            evidence = f"on a match's clock, minute {min(m1, m2):g} before minute {max(m1, m2):g}"
            out.append(SoftFact(first.eid, second.eid, "START_BEFORE", MATCH_CLOCK_CONFIDENCE, "event-event",
                                (Constraint(start_of(first.eid), start_of(second.eid), _ZERO, None, evidence, SOFT_STRENGTH),), evidence, told="sequence"))
    for (m1, s1, a), (m2, s2, b) in zip(timed, timed[1:]):
        if abs(s2 - s1) > MATCH_CLOCK_REACH or m1 == m2:
            continue
        first, second = (a, b) if m1 < m2 else (b, a)
        evidence = f"on a match's clock, minute {min(m1, m2):g} before minute {max(m1, m2):g}"
        fact = Constraint(start_of(first.eid), start_of(second.eid), _ZERO, None, evidence, SOFT_STRENGTH)
        out.append(SoftFact(first.eid, second.eid, "START_BEFORE", MATCH_CLOCK_CONFIDENCE, "event-event", (fact,), evidence, told="sequence"))
    return out
