"""A verb done on a part of the day of a happening the story told before it: "Police said a man bought petrol at a garage
on the morning of the fire" (the fire told earlier, on Saturday afternoon: the buying most likely on Saturday morning)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Mapping, Optional, Sequence

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
              days: Mapping[str, tuple[Optional[dt.datetime], Optional[dt.datetime]]]) -> Optional[tuple[str, dt.datetime]]:
    """The happening ``noun`` takes up, told before ``before``, with the calendar day the text certainly puts it in: an
    event mention of that word, or the verb that word is the subject of ("Fire destroyed a warehouse", "a fire gutted")."""
    def one_day(eid: str) -> Optional[dt.datetime]:
        lo, hi = days.get(eid, (None, None))
        if lo is None or hi is None or hi - lo > _DAY:
            return None
        return _midnight(lo)  # (a night is named by the day it starts on)

    verbs = [m for m in mentions if m.pos == "VERB" and m.end <= before]
    for m in sorted(mentions, key=lambda m: m.start):
        if m.end > before:
            break
        if m.text.lower() == noun and (day := one_day(m.eid)) is not None:
            return m.eid, day
    for found in re.finditer(rf"(?<!\w){re.escape(noun)}(?!\w)", text[:before], re.I):
        verb = next((v for v in verbs if v.start >= found.end()), None)
        if verb is None or verb.sentence_start != next((v.sentence_start for v in verbs if v.start >= found.end()), None):
            continue
        between = _WORD.findall(text, found.end(), verb.start)
        if len(between) <= _SUBJECT_GAP and all(w[0].isalnum() and w.lower() not in cues.event_signals for w in between):
            if (day := one_day(verb.eid)) is not None:
                return verb.eid, day
    return None


def occasion_part_facts(cues: "AnchorWords", text: str, mentions: Sequence["EventMention"],
                        days: Mapping[str, tuple[Optional[dt.datetime], Optional[dt.datetime]]], real: Mapping[str, bool],
                        timed: frozenset[str], language: str = "en") -> list[SoftFact]:
    """ "bought petrol at a garage on the morning of the fire": a verb in the past with no time of its own (``timed``),
    followed in its clause by one of ``occasion_part_prepositions``, "the" (or an owner of ``occasion_part_owners``), a
    part of the day of ``occasion_part_words`` or a word of ``occasion_day_words``, "of" and an owner and a noun that
    takes up a happening told before whose day the text fixes (:func:`_occasion`): the verb most likely lies in that
    part of that day.  Only the verb told last before the phrase in its sentence; none inside a quotation's own time."""
    hours = _hours(language, cues)
    if not hours or not cues.occasion_part_prepositions:
        return []
    owners = "|".join(re.escape(w) for w in sorted(cues.occasion_part_owners))
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in sorted(cues.occasion_part_prepositions))})\s+the\s+"
                         rf"({'|'.join(re.escape(w) for w in sorted(hours))})\s+of\s+(?:{owners})\s+([^\W\d_]+)(?!\w)", re.I)
    verbs = sorted((m for m in mentions if m.pos == "VERB"), key=lambda m: m.start)
    out: list[SoftFact] = []
    for match in pattern.finditer(text):
        verb = next((v for v in reversed(verbs) if v.end <= match.start()), None)
        if (verb is None or not match.start() < verb.sentence_end or verb.tense != "PAST" or not real.get(verb.eid, False)
                or verb.eid in timed or any(c in text[verb.end : match.start()] for c in ";:()\"“”")):
            continue
        occasion = _occasion(cues, text, match.group(2).lower(), verb.sentence_start, mentions, days)
        if occasion is None:
            continue
        target, day = occasion
        first, last = hours[match.group(1).lower()]
        evidence = f"done on the {match.group(1).lower()} of a happening told before: most likely in it"
        facts = (Bound(start_of(verb.eid), day + dt.timedelta(hours=first), None, evidence, SOFT_STRENGTH),
                 Bound(end_of(verb.eid), None, day + dt.timedelta(hours=last), evidence, SOFT_STRENGTH))
        out.append(SoftFact(verb.eid, target, "IS_INCLUDED", OCCASION_DAY_CONFIDENCE, "occasion", facts, evidence))
    return out
