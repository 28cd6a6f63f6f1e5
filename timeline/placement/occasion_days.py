"""A verb done on a part of the day of a happening the story told before it: "Police said a man bought petrol at a garage
on the morning of the fire" (the fire told earlier, on Saturday afternoon: the buying most likely on Saturday morning)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import TYPE_CHECKING, Mapping, Optional, Sequence

from ..events.features import lexical_memo
from ..lexicon import load_data
from ..order import Bound, end_of, start_of
from .base import SOFT_STRENGTH, SoftFact, _DAY, _midnight

if TYPE_CHECKING:
    from ..anchoring.cues import AnchorWords
    from ..events.detect import EventMention

OCCASION_DAY_CONFIDENCE = 0.7
"""How sure the likely layer is that a verb done "on the morning of the fire" lies in that part of the fire's day (as
sure as a verb done at an occasion a clause dates, ``OCCASION_CONFIDENCE``)."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+|[,;:()\"“”—–]")
_SUBJECT_GAP = 2  # words at most between a noun and the verb it is the subject of ("a fire gutted", "Fire quickly destroyed")


def _hours(language: str, cues: "AnchorWords") -> dict[str, tuple[int, int]]:
    """A part of the day or a day word -> its hours (``parts_of_day`` of the lexicon; a whole day for
    ``occasion_day_words``)."""
    parts = load_data(language, "lexicon.toml").get("parts_of_day", {})
    out = {word: (0, 24) for word in cues.occasion_day_words}
    for word in cues.occasion_part_words:
        entry = parts.get(word)
        if entry is not None:
            out[word] = (int(entry["start"]), int(entry["end"]))
    return out


def _occasion(cues: "AnchorWords", text: str, noun: str, before: int, mentions: Sequence["EventMention"],
              days: Mapping[str, tuple[Optional[dt.datetime], Optional[dt.datetime]]], yearly: bool = False) -> Optional[tuple[str, dt.datetime]]:
    """The happening ``noun`` takes up, told before ``before``, with the calendar day the text certainly puts it in: an
    event mention of that word, a verb of that lemma ("rescued" for "the rescue") or a word of its ``same_kind`` group
    ("voted" for "the election"), or the verb that word is the subject of ("Fire destroyed a warehouse", "a fire
    gutted"). ``yearly``: the calendar year instead, as its first day ("the year after the fire")."""
    def one_day(eid: str) -> Optional[dt.datetime]:
        lo, hi = days.get(eid, (None, None))
        if lo is None or hi is None:
            return None
        if yearly:  # ("the year after the fire": the fire's calendar year, its first day)
            return dt.datetime(lo.year, 1, 1) if (hi - dt.timedelta(microseconds=1)).year == lo.year else None
        if hi - lo > _DAY:
            return None
        return _midnight(lo)  # (a night is named by the day it starts on)

    verbs = [m for m in mentions if m.pos == "VERB" and m.end <= before]
    lemma_of = lexical_memo()
    kinds = frozenset(cues.kind_groups.get(noun, ()))
    for m in sorted(mentions, key=lambda m: m.start):
        if m.end > before:
            break
        word = m.text.lower() if m.pos != "VERB" else lemma_of(m.text.lower())[1]
        if (m.text.lower() == noun or word == noun or kinds.intersection(cues.kind_groups.get(word, ()))) and (day := one_day(m.eid)) is not None:
            return m.eid, day  # ("the rescue" takes up "rescued four fishermen on Tuesday evening"; "the election", "the vote")
    for found in re.finditer(rf"(?<!\w){re.escape(noun)}(?!\w)", text[:before], re.I):
        verb = next((v for v in verbs if v.start >= found.end()), None)
        if verb is None or verb.sentence_start != next((v.sentence_start for v in verbs if v.start >= found.end()), None):
            continue
        between = _WORD.findall(text, found.end(), verb.start)
        if len(between) <= _SUBJECT_GAP and all(w[0].isalnum() and w.lower() not in cues.event_signals for w in between):
            if (day := one_day(verb.eid)) is not None:
                return verb.eid, day
    return None


def _shifts(language: str) -> tuple[dict[str, int], dict[str, int], frozenset[str]]:
    """The words between the part of the day and the happening, each with the days (years, for a year word) it moves the
    part from the happening's (``occasion_part_shifts``: "of" 0, "after" 1, "before" -1); the day words that are a day
    before the happening's ("the eve of the election": ``occasion_eve_words``, -1 day, after "of" only); and the words of
    a year counted from the happening's (``occasion_year_words``: "the year after the fire")."""
    data = load_data(language, "anchoring.toml")
    shifts = {str(k).lower(): int(v) for k, v in data.get("occasion_part_shifts", {}).items()} or {"of": 0}
    return (shifts, {str(w).lower(): -1 for w in data.get("occasion_eve_words", ())},
            frozenset(str(w).lower() for w in data.get("occasion_year_words", ())))


_MARKS = ";:()\"“”"  # marks no phrase dates a verb across


def occasion_part_facts(cues: "AnchorWords", text: str, mentions: Sequence["EventMention"],
                        days: Mapping[str, tuple[Optional[dt.datetime], Optional[dt.datetime]]], real: Mapping[str, bool],
                        timed: frozenset[str], language: str = "en") -> list[SoftFact]:
    """ "bought petrol at a garage on the morning of the fire": a verb in the past with no time of its own (``timed``),
    followed in its clause by one of ``occasion_part_prepositions``, "the" (or an owner of ``occasion_part_owners``), a
    part of the day of ``occasion_part_words`` or a word of ``occasion_day_words``, "of" and an owner and a noun that
    takes up a happening told before whose day the text fixes (:func:`_occasion`): the verb most likely lies in that
    part of that day.  Only the verb told last before the phrase in its sentence; none inside a quotation's own time.
    The same phrase opening its sentence, maybe without the preposition, before a comma ("The morning after the fire,
    workers searched the site", "On the night of the rescue, the crew turned back") dates the first verb after it. A
    word of ``occasion_part_shifts`` other than "of" moves the part that many days from the happening's day ("after": the
    next day's morning), and a word of ``occasion_eve_words`` is the whole day before ("on the eve of the election"). A
    word of ``occasion_year_words`` is a calendar year counted so from the happening's, which the text must fix to one
    year; it needs no preposition after its verb ("bought new engines the year after the fire")."""
    hours = _hours(language, cues)
    if not hours or not cues.occasion_part_prepositions:
        return []
    shifts, eves, years = _shifts(language)
    hours = {**hours, **{word: (0, 24) for word in eves}}
    owners = "|".join(re.escape(w) for w in sorted(cues.occasion_part_owners))
    pattern = re.compile(rf"(?<!\w)(?:({'|'.join(re.escape(w) for w in sorted(cues.occasion_part_prepositions))})\s+)?the\s+"
                         rf"({'|'.join(re.escape(w) for w in sorted(hours.keys() | years))})\s+({'|'.join(re.escape(w) for w in sorted(shifts))})\s+"
                         rf"(?:{owners})\s+([^\W\d_]+)(?!\w)", re.I)
    verbs = sorted((m for m in mentions if m.pos == "VERB"), key=lambda m: m.start)
    starts = [v.start for v in verbs]
    out: list[SoftFact] = []
    for match in pattern.finditer(text):
        part, signal = match.group(2).lower(), match.group(3).lower()
        if part in eves and signal != "of":
            continue  # ("the eve after": no such day)
        k = bisect.bisect_left(starts, match.start())  # verbs[k]: the first verb at or after the phrase
        after = next((v for v in verbs[k : k + 1] if v.sentence_start <= match.start()), None)  # (in the phrase's sentence)
        fronted = (after is not None and not text[after.sentence_start : match.start()].strip(" \t\n\"“'‘")
                   and text[match.end() : match.end() + 2].lstrip().startswith(","))
        if fronted:  # "The morning after the fire, workers searched": the first verb after it
            verb = after
            if verb is None or any(c in text[match.end() + 1 : verb.start] for c in _MARKS):
                continue
        else:
            if match.group(1) is None and part not in years:
                continue  # ("spent the morning after the fire clearing up": not a time of the verb)
            verb = verbs[k - 1] if k > 0 and verbs[k - 1].end <= match.start() else None
            if verb is None or not match.start() < verb.sentence_end or any(c in text[verb.end : match.start()] for c in _MARKS):
                continue
        if verb.tense != "PAST" or not real.get(verb.eid, False) or verb.eid in timed:
            continue
        occasion = _occasion(cues, text, match.group(4).lower(), verb.sentence_start, mentions, days, part in years)
        if occasion is None:
            continue
        target, day = occasion
        if part in years:
            year = day.year + shifts.get(signal, 0)
            begin, end = dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)
        else:
            day += dt.timedelta(days=eves.get(part, 0) + shifts.get(signal, 0))
            begin, end = day + dt.timedelta(hours=hours[part][0]), day + dt.timedelta(hours=hours[part][1])
        evidence = f"done in the {part} {signal} a happening told before: most likely in it"
        facts = (Bound(start_of(verb.eid), begin, None, evidence, SOFT_STRENGTH), Bound(end_of(verb.eid), None, end, evidence, SOFT_STRENGTH))
        relation = "IS_INCLUDED" if begin <= occasion[1] < end and part not in eves else ("BEFORE" if end <= occasion[1] else "AFTER")
        out.append(SoftFact(verb.eid, target, relation, OCCASION_DAY_CONFIDENCE, "occasion", facts, evidence))
    return out
