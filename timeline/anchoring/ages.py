"""Ages: "Born in Lagos in 1935, she moved to Britain at the age of 19" puts the move 19 years after the birth.

An age phrase (lexicon pattern ``age_phrase``: "at the age of 19", "aged 85", "at age seventy") dates the event of its
clause by the one birth the text tells (lexicon ``birth_verbs``): that many years after it, less than a year more.  A text
that tells two births gives no such link: whose age it is would be a guess; (s63) one that tells none but one age now
("a 16-year-old", lexicon pattern ``current_age``) dates a younger age's event back from the publication.
"""

from __future__ import annotations

import bisect
import functools
import datetime as dt
import re
from typing import Iterator, Optional, Sequence

from ..lexicon import load_lexicon
from ..model import Timex, TimexType
from ..order.links import LinkRelation, Strength
from ..text import Doc
from .cues import REFERENCE, AnchorWords, EventLike, Link, _clause_break

__all__ = ["age_links"]

_YEAR_MIN = dt.timedelta(days=365)  # the shortest year an age counts
_YEAR_MAX = dt.timedelta(days=366)  # ... and the longest
_OLDEST = 130  # no age beyond this is a person's
_DATE_REACH = 60  # characters at most from the birth word to its date ("born in a fishing village near Lagos in 1935")


@functools.lru_cache(maxsize=None)
def _birth_pattern(words: frozenset[str]) -> "re.Pattern[str]":
    """Any of the birth words, as a word (case ignored)."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.I)


def _years(word: str, numbers: dict[str, float]) -> Optional[int]:
    """The whole number of years ``word`` writes ("19", "nineteen", "forty-five"), or None."""
    if word.isdigit():
        return int(word)
    parts = word.lower().split("-")
    if not all(p in numbers for p in parts):
        return None
    total = sum(numbers[p] for p in parts)
    return int(total) if total == int(total) else None


def age_links(cues: AnchorWords, doc: Doc, events: Sequence[EventLike], timexes: Sequence[Timex]) -> Iterator[Link]:
    """The event each age phrase dates, after the text's one birth by that many years (a link with offsets), in text order.
    The birth is its event when the detector found one, else the date told right after the birth word ("Born in Lagos
    in 1935"), from whose start the years count."""
    text = doc.text
    if not cues.birth_verbs:
        return
    words = list(_birth_pattern(cues.birth_verbs).finditer(text))
    if not words:
        yield from _back_from_now(cues, doc, events)
        return
    if len(words) != 1:
        return
    at = words[0]
    born = next((ev for ev in events if ev.start == at.start()), None)
    target, slack = (born.eid, dt.timedelta(0)) if born is not None else (None, dt.timedelta(0))
    if born is None:
        s, e = doc.sentence_at(at.start())
        date = next((t for t in timexes if at.end() <= t.start < min(e, at.end() + _DATE_REACH) and t.type is TimexType.DATE
                     and t.earliest is not None and t.latest is not None and not _clause_break(cues, text, at.end(), t.start)), None)
        if date is None or date.earliest is None or date.latest is None:
            return
        target, slack = date.tid, date.latest - date.earliest  # (a year: the birth may lie anywhere in it)
    verbs = sorted((ev for ev in events if ev.pos == "VERB" and ev.eid != target), key=lambda ev: ev.start)
    starts = [ev.start for ev in verbs]
    numbers = load_lexicon(doc.language)["numbers"]
    for m in cues.age_phrase.finditer(text):
        years = _years(m.group("years"), numbers)
        if years is None or not 0 < years <= _OLDEST or m.start() < at.end():
            continue
        verb = _clause_verb(cues, doc, verbs, starts, m)
        if verb is None:
            continue
        # (s64) most likely the calendar year that many after the birth's ("Born in 1932, she left school at 14": 1946), as
        # a reader counts, not anywhere in the two years the birthday leaves open
        yield Link(verb.eid, LinkRelation.AFTER, target, m.group(0), Strength.SIGNAL, years * _YEAR_MIN - slack, (years + 1) * _YEAR_MAX,
                   likely_years=years)


def _clause_verb(cues: AnchorWords, doc: Doc, verbs: Sequence[EventLike], starts: Sequence[int], m: "re.Match[str]") -> Optional[EventLike]:
    """The verb of ``verbs`` (sorted, ``starts`` their starts) an age phrase ``m`` dates: the one right before it in its
    sentence and clause, else the one right after it."""
    text = doc.text
    s, e = doc.sentence_at(m.start())
    k = bisect.bisect_left(starts, m.start())
    before = verbs[k - 1] if k > 0 and verbs[k - 1].start >= s and not _clause_break(cues, text, verbs[k - 1].end, m.start()) else None
    after = verbs[k] if k < len(verbs) and verbs[k].start < e and not _clause_break(cues, text, m.end(), verbs[k].start) else None
    return before or after


def _current_age(cues: AnchorWords, text: str, numbers: dict[str, float]) -> Optional[int]:
    """The one age now the text tells (lexicon pattern ``current_age``: "a 16-year-old", "Karen Doyle, 44,"), or None when
    it tells none or two different ones (whose age an age phrase gives would be a guess)."""
    ages = {_years(m.group("years") or m.group("listed"), numbers) for m in cues.current_age.finditer(text)}
    return ages.pop() if len(ages) == 1 else None


def _back_from_now(cues: AnchorWords, doc: Doc, events: Sequence[EventLike]) -> Iterator[Link]:
    """(s63 lead) With no birth told and one age now (:func:`_current_age`): each age phrase of a younger age ("A
    16-year-old ... started writing poems when she was 11") dates the simple past verb of its clause back from the
    publication by the difference, give or take the year the birthday may fall in (an event at 11 of someone 16 now lies
    between six and four years before publication)."""
    text = doc.text
    numbers = load_lexicon(doc.language)["numbers"]
    now = _current_age(cues, text, numbers)
    if now is None:
        return
    verbs = sorted((ev for ev in events if ev.pos == "VERB" and ev.tense == "PAST"), key=lambda ev: ev.start)
    starts = [ev.start for ev in verbs]
    for m in cues.age_phrase.finditer(text):
        years = _years(m.group("years"), numbers)
        if years is None or not 0 < years < now:
            continue
        verb = _clause_verb(cues, doc, verbs, starts, m)
        if verb is None:
            continue
        gap = now - years
        yield Link(verb.eid, LinkRelation.BEFORE, REFERENCE, m.group(0), Strength.SIGNAL, (gap - 1) * _YEAR_MIN, (gap + 1) * _YEAR_MAX)
