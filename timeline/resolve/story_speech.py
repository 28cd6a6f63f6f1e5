"""Quoted and reported speech: what a quotation's deictic words refer to, when the words were said, and a weekday said
in them."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any, Callable, Optional

import attrs

from ..model import AnchorKind, Grain, Timex, TimexAnchor, TimexType
from ..recognize.meaning import Anchoring, CalendarSpec, Direction, Mention
from . import calendar as cal
from .calendar import Period
from .picking import direction as _direction

if TYPE_CHECKING:
    from .anchors import Context
    from .story import Story

__all__ = ["quoted_deictic", "said_weekday", "quoted_shift", "speech_time"]

QUOTE_REACH = 2000
"""Characters read on each side of an expression to find the quotation it lies in (a paragraph is rarely longer)."""

_OPEN_QUOTES = "\u201c"
_CLOSE_QUOTES = "\u201d"


def in_quotation(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies inside a quotation that opens and closes in its paragraph (line); only the
    :data:`QUOTE_REACH` characters on each side are read, so a text of one long line costs linear time."""
    low, high = max(0, start - QUOTE_REACH), min(len(text), end + QUOTE_REACH)
    line_start = text.rfind("\n", low, start) + 1 or low
    line_end = text.find("\n", end, high)
    before, after = text[line_start:start], text[end : high if line_end < 0 else line_end]
    if before.count('"') % 2 == 1 and '"' in after:
        return True
    return before.count(_OPEN_QUOTES) > before.count(_CLOSE_QUOTES) and _CLOSE_QUOTES in after


TITLE_WORDS = 5  # words at most of a title in quotation marks (see quoted_title)
_TITLE_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*|\d+")


def quoted_title(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is part of a short title in quotation marks: the marks close round it and a few words written
    with capitals ("White Christmas", "The Ides of March"), not a sentence said ('"We sailed on Christmas Day," he wrote')."""
    low = max(0, start - 40)
    high = min(len(text), end + 40)
    before, after = text[low:start], text[end:high]
    opened = max(before.rfind('"'), before.rfind("\u201c"))
    closed = min((k for k in (after.find('"'), after.find("\u201d")) if k >= 0), default=-1)
    if opened < 0 or closed < 0 or not in_quotation(text, start, end):
        return False
    inner = before[opened + 1 :] + text[start:end] + after[:closed]
    if any(mark in inner for mark in ".,;:!?"):
        return False
    words = _TITLE_WORD.findall(inner)
    small = {"of", "the", "a", "an", "in", "on", "at", "and", "to", "for"}
    return 0 < len(words) <= TITLE_WORDS and len(words) > len(_TITLE_WORD.findall(text[start:end])) and all(
        w[:1].isupper() or w.isdigit() or (k and w in small) for k, w in enumerate(words))


def quoted_deictic(ctx: "Context", spec: object, mention: Mention) -> bool:
    """Narrative mode: whether an expression counted from the speaker's own now ("today", "tonight",
    "15 months ago", "afternoon") is said inside a quotation ("'How many did you lose today?' he asked"):
    a history does not say on which day its speakers spoke, so its day and month are unknown (TIMEX2
    histories write XXXX-XX-XX, XXXX-XX-XXTNI); a year or a season said so keeps its value."""
    if ctx.mode != "narrative" or not isinstance(spec, CalendarSpec) or spec.year is not None or spec.grain > Grain.MONTH:
        return False
    shift = spec.shift
    deictic = ((shift is not None and shift.anchoring is Anchoring.REFERENCE)
               or (spec.part_of_day is not None and spec.month is None and spec.day is None and spec.weekday is None
                   and (shift is None or len(mention.text.split()) == 1)))  # a bare "afternoon" (not "that afternoon")
    return deictic and in_quotation(ctx.text, mention.start, mention.end)


def quoted_shift(ctx: "Context", spec: object, mention: Mention) -> bool:
    """Narrative mode: whether the expression is a plain count from the speaker's now ("yesterday", "tomorrow", "last year",
    "next month": a unit and a shift, nothing else) said inside a quotation."""
    if ctx.mode != "narrative" or not isinstance(spec, CalendarSpec) or spec.shift is None or spec.shift.amount is None:
        return False
    if spec.shift.anchoring is not Anchoring.REFERENCE or spec.shift.grain is not spec.grain or spec.bc:
        return False
    if any(v is not None for v in (spec.year, spec.month, spec.day, spec.weekday, spec.quarter, spec.half, spec.season,
                                   spec.decade, spec.part_of_day, spec.relative_word)):
        return False
    return in_quotation(ctx.text, mention.start, mention.end)


def speech_time(ctx: "Context", mentions: list[Mention], i: int, story: Story, ahead: "Callable[[int], Timex]") -> Optional[tuple[Period, str]]:
    """Narrative mode: when the quotation holding mention ``i`` was said, as its own sentence tells it outside the
    quotation, next to a verb of lexicon [quoted_speech] ('Ordway wrote to his wife on 3 March: "Yesterday ..."': the
    story's time, told last in the sentence before the quotation; '"Last year ...," he wrote in January 1880': the first
    date after it, resolved ahead by ``ahead``; with none in its sentence, the story's day told in the sentence before); a
    quotation going on in the next sentence ('"...," he wrote. "We have bread ..."') is said then too; (period, tid) or
    None (no such verb or time: the day stays unknown)."""
    verbs = (ctx.lexicon.tables.get("quoted_speech") or {}).get("verbs", ())
    at = ctx.doc.sentence_index(mentions[i].start)
    if not verbs or at < 0:
        return None
    if not _speech_verb_in(ctx, verbs, at):  # a later sentence of the quotation ('he wrote: "Snow again. We start tomorrow."'):
        opened = quotation_opening(ctx.text, mentions[i].start)  # the sentence it opened in tells when it was said
        at = ctx.doc.sentence_index(opened) if opened >= 0 else -1
        if at > 0 and not _speech_verb_in(ctx, verbs, at) and opened >= ctx.doc.sentences[at].start and _quoted_in(ctx, at - 1):
            at -= 1  # a quotation going on after '"...," he wrote.': the sentence before tells it
        if at < 0 or not _speech_verb_in(ctx, verbs, at):
            return None
    low, high = ctx.doc.sentences[at].start, ctx.doc.sentences[at].end
    j = i - 1
    while j >= 0 and mentions[j].start >= low:
        if isinstance(mentions[j].meaning, CalendarSpec) and not in_quotation(ctx.text, mentions[j].start, mentions[j].end):
            if story.current is not None and story.current_tid == f"t{j + 1}":
                return story.current, story.current_tid
            return None
        j -= 1
    j = i + 1
    while j < len(mentions) and mentions[j].end <= high:
        if isinstance(mentions[j].meaning, CalendarSpec) and not in_quotation(ctx.text, mentions[j].start, mentions[j].end):
            told = ahead(j)
            if told.type is not TimexType.DATE or told.earliest is None or told.grain not in _SPEECH_GRAINS:
                return None
            return cal.containing(told.earliest, told.grain), f"t{j + 1}"
        j += 1
    # none in its sentence: the story's day, told in the sentence before ("His last letter is dated 10 November 1855.
    # "The horses were killed on Thursday," he wrote.")
    k = int(story.current_tid[1:]) - 1 if story.current_tid and story.current_tid[1:].isdigit() else -1
    if (story.current is not None and story.current.grain is Grain.DAY and 0 <= k < i and ctx.doc.sentence_index(mentions[k].start) == at - 1
            and not in_quotation(ctx.text, mentions[k].start, mentions[k].end) and "\n" not in ctx.text[mentions[k].end : low]):
        return story.current, story.current_tid
    return None


def _quoted_in(ctx: "Context", at: int) -> bool:
    """Whether sentence ``at`` holds a quotation mark (a quotation closes in it)."""
    sentence = ctx.doc.sentences[at]
    return any(q in ctx.text[sentence.start : sentence.end] for q in ('"', _CLOSE_QUOTES))


_SPEECH_GRAINS = (Grain.DAY, Grain.WEEK, Grain.MONTH, Grain.SEASON, Grain.QUARTER, Grain.YEAR)


def _speech_verb_in(ctx: "Context", verbs: Any, at: int) -> bool:
    """Whether sentence ``at`` has a verb of ``verbs`` outside a quotation."""
    return any(w.text.lower() in verbs and not in_quotation(ctx.text, w.start, w.end) for w in ctx.doc.sentences[at].tokens)


def quotation_opening(text: str, start: int) -> int:
    """Where the quotation holding ``start`` opens in its paragraph (line), the offset of its opening mark; -1 when
    ``start`` is in none (see :func:`in_quotation`; only :data:`QUOTE_REACH` characters back are read)."""
    low = max(0, start - QUOTE_REACH)
    line_start = text.rfind("\n", low, start) + 1 or low
    before = text[line_start:start]
    if before.count('"') % 2 == 1:
        return line_start + before.rfind('"')
    if before.count(_OPEN_QUOTES) > before.count(_CLOSE_QUOTES):
        return line_start + before.rfind(_OPEN_QUOTES)
    return -1


def _reported_day(ctx: "Context", mentions: list[Mention], i: int, story: Story) -> Optional[tuple[Period, str]]:
    """The day told earlier in the sentence of mention ``i`` (a day-grain date, recorded by the story whether it moved it
    or not: "In a letter of 12 October 1861 she said"), when a verb of [quoted_speech] stands between that day and the
    mention ("... that the regiment would march on Monday"): (day, its tid), else None."""
    verbs = (ctx.lexicon.tables.get("quoted_speech") or {}).get("verbs", ())
    at = ctx.doc.sentence_index(mentions[i].start)
    if not verbs or at < 0 or not story.told_days:
        return None
    for day, tid in reversed(story.told_days):
        j = int(tid[1:]) - 1 if tid[1:].isdigit() else -1
        if not 0 <= j < i or ctx.doc.sentence_index(mentions[j].start) != at:
            return None
        spec = mentions[j].meaning
        if isinstance(spec, CalendarSpec) and spec.day is None:
            continue  # (another weekday so said: "would begin on Thursday, the mortars having landed on Monday")
        told = any(mentions[j].end <= w.start < mentions[i].start and w.text.lower() in verbs for w in ctx.doc.sentences[at].tokens)
        return (day, tid) if told else None
    return None


def said_weekday(ctx: "Context", mentions: list[Mention], i: int, story: Story, here: "Callable[[], Timex]",
                 ahead: "Callable[[int], Timex]") -> Optional[Timex]:
    """Narrative mode: a bare weekday said inside a quotation whose saying is dated to the day (see :func:`speech_time`:
    'In a letter dated 3 June 1916 he wrote: "On Tuesday we marched ... We go up again on Monday."'), counted from that
    day, as its writer counts: the one before it in a past clause or after "since" (30 May), else the one after (5 June);
    it does not move the story, which stays on the day the letter was written.  So too a weekday of reported speech after
    a day told in its sentence ("In a letter of 12 October 1861 she said that the regiment would march on Monday": 14
    October, see :func:`_reported_day`).  ``here`` resolves the mention as usual
    (its fields; the story is put back after it), ``ahead`` a later mention.  None for any other expression."""
    spec, m = mentions[i].meaning, mentions[i]
    if (ctx.mode != "narrative" or not isinstance(spec, CalendarSpec) or spec.weekday is None or spec.day is not None
            or spec.month is not None or spec.year is not None or spec.relative_word is not None or spec.part_of_day is not None
            or spec.hour is not None or spec.shift is not None and spec.shift.amount not in (None, 0) or spec.bc):
        return None
    quoted = in_quotation(ctx.text, m.start, m.end)
    state = story.saved()
    said = speech_time(ctx, mentions, i, story, ahead) if quoted else _reported_day(ctx, mentions, i, story)
    if said is None or said[0].grain is not Grain.DAY:
        return None
    told = len(story.told_days)
    t = here()
    story.restore(state)
    for period, tid in story.told_days[told:]:  # (the day it was read as is no day the story told)
        tids = story.told_on.get(period.start.date())
        if tids and tid in tids:
            tids.remove(tid)
    del story.told_days[told:]
    if t.type is not TimexType.DATE:
        return None
    way, _ = _direction(ctx, attrs.evolve(spec, direction=Direction.TENSE), m, Direction.FUTURE)
    day = said[0].start.date()
    if way is Direction.PAST:
        when = day - dt.timedelta(days=(day.isoweekday() - spec.weekday) % 7 or 7)
    else:
        when = day + dt.timedelta(days=(spec.weekday - day.isoweekday()) % 7 or 7)
    period = cal.day(when)
    return attrs.evolve(t, value=period.value, earliest=period.start, latest=period.end, anchor=TimexAnchor(AnchorKind.TIMEX, said[1]),
                        temporal_function=True)
