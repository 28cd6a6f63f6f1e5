"""Times counted from an event the text names ("the day after the assault", "on the third day of the siege", "a week
before the wedding"): finding the event's date, its extent and the offset."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional, Sequence

import attrs

from ..model import AnchorKind, Grain, Timex, TimexAnchor, TimexType
from ..recognize.meaning import Anchoring, CalendarSpec, DurationSpec, Mention
from ..recognize.offset_passes import ANNIVERSARY_OF_RULE, BIRTHDAY_RULE, CENTENARY_RULE
from ..recognize.story_passes import EVE_RULE, POD_OFFSET_RULE
from . import calendar as cal
from .calendar import Period
from .tense_cues import TenseWords, tense_words
from .tense_reports import past_form
from .story import BACK_WEIGHT, DAY_GRAINS, HOUR_GRAINS, _SENTENCE_END
from .story_clauses import _CUE_WORD, _WORD
from .story_told import EVENT_REACH, RETURN_RULES, _at, _event_head, _event_told, _first_noun, of_noun_end, owner_event

if TYPE_CHECKING:
    from .anchors import Context
    from .story import Story

__all__ = ["apposed_date", "restated_offset", "restated_date", "month_name", "season_dated_after", "nth_day_of_event", "nth_day_counted", "first_day_of_event", "range_start_day", "event_offset", "offset_extents", "same_day_of_event", "birthday_days", "eve_ahead"]

_AFTER_DATE = re.compile(r",\s*")  # a length set off by a comma right after a date
_AFTER_CLAUSE = re.compile(r"[^,.;:()\n]{1,80},\s*")  # ... or after the rest of the clause the date opens


def event_offset(ctx: "Context", meaning: DurationSpec, mention: Mention, before_it: Optional[Mention],
                 story: Optional[Story] = None) -> tuple[DurationSpec, Optional[tuple[object, ...]]]:
    """Narrative mode: a length written before "after" or "before" and what it counts from is an
    offset ("The fort fell on 12 April. The arsenal was seized eight days after the fall of the fort":
    20 April, as "eight days later"); not a length that a word before it makes one ("for three days
    after the battle", "lasted a week before the city fell").  It counts from the story's time, or, when
    an earlier sentence named what it counts from ("... to hold Fort Sumter. ... bombarded the fort on
    12 April. ... eight days after Fort Sumter"), from the story's time there (the second item, a state
    :meth:`Story.saved` gave, else None).  Hours and minutes ("three hours before the assault") are
    returned as offsets too, for :func:`~.durations.hour_offset_timex` to place on a day, and vague amounts ("months
    after the founder's death") for :func:`~.durations.vague_event_offset`."""
    table = ctx.lexicon.tables.get("event_offsets") if ctx.mode == "narrative" else None
    if (not table or meaning.span is not None or (meaning.amount is None and meaning.grain in HOUR_GRAINS)
            or not (Grain.DAY <= meaning.grain <= Grain.CENTURY or meaning.grain in HOUR_GRAINS)):
        return meaning, None  # (a decade, a century: "A century after his death" is a year, as "a decade earlier")
    after = _WORD.findall(ctx.text, mention.end, mention.end + 80)
    if mention.rule in (CENTENARY_RULE, BIRTHDAY_RULE, ANNIVERSARY_OF_RULE):  # "the centenary of his birth", "his thirtieth
        # birthday", "the tenth anniversary of its opening", "their twentieth anniversary": so many years after it
        inner = [w.lower() for w in _WORD.findall(ctx.text, mention.start, mention.end)] + [w.lower() for w in after[:1]]
        if story is None:
            told = None
        elif mention.rule == BIRTHDAY_RULE:
            told = _event_told(ctx, table, [_BIRTH], mention, story)
        elif "of" in inner[1:5]:  # (what "of" names, in the extent or after it)
            told = _event_told(ctx, table, _first_noun(table, _WORD.findall(ctx.text, mention.start, mention.end + 80)[inner.index("of") + 1 :]), mention, story)
        else:
            told = owner_event(ctx, table, mention, story)
        # (an anniversary falls on the day it counts from, when that was told with its day: "opened on 12 August 1864 ...
        # the tenth anniversary of its opening" is 1874-08-12; so does a centenary, as TIMEX2 annotators date "the sixth
        # anniversary of the city's fall" by its day (s46; s42 had kept the year): "the centenary of his birth" after "born
        # on 4 March 1822" is 1922-03-04, after "born in 1822" 1922; a birthday's day birthday_days finds)
        return ((attrs.evolve(meaning, span="later", anchoring=Anchoring.NARRATIVE, on_day=mention.rule in RETURN_RULES), told)
                if told is not None else (meaning, None))
    sign = table["directions"].get(after[0].lower()) if after else None
    if mention.rule == EVE_RULE:
        sign = -1 if after and after[0].lower() == "of" else None  # "the eve of the battle": the day before it
    if sign is not None and after[0].lower() in table.get("opening_directions", ()) and not _opens_clause(ctx, table, mention):
        return meaning, None  # "put six years into the work": a length ("Two months into the strike, ..." opens its clause)
    if sign is not None and after[0].islower() and _as_adverb(ctx, table, mention):
        # "the men who had set out two years before, ...": "before" ends the clause, an adverb, as "two years earlier"
        s, _ = ctx.doc.sentence_at(mention.start)
        before = _WORD.findall(ctx.text, max(s, mention.start - 40), mention.start)
        if meaning.grain in HOUR_GRAINS or _after_length_word(table, before):
            return meaning, None  # ("lasted a week before, ...": a length)
        return attrs.evolve(meaning, span="later" if sign > 0 else "earlier", anchoring=Anchoring.NARRATIVE), None
    if meaning.on_day and sign is not None and len(after) > 1 and after[1].lower() in ("that", "then"):
        # "ten years to the day after that (meeting)": from the story's time, the day just told
        return attrs.evolve(meaning, span="later" if sign > 0 else "earlier", anchoring=Anchoring.NARRATIVE), None
    if sign is None or not after[0].islower() or len(after) < 2 or after[1] in _SENTENCE_END or after[1].lower() in ("that", "then"):
        return meaning, None
    gap = ctx.text[mention.end : mention.end + 40].split(None, 2)
    if len(gap) > 1 and (gap[1][:1].isdigit() or gap[1].lower().rstrip(".,") in ctx.lexicon["months"]):
        return meaning, None  # "two days after 4 June": counted from the date written, another rule's
    s, _ = ctx.doc.sentence_at(mention.start)
    before = _WORD.findall(ctx.text, max(s, mention.start - 40), mention.start)
    if _after_length_word(table, before):
        return meaning, None  # "spent two days before the battle", (s55) "stayed only a week before marching south": a length
    s, e = ctx.doc.sentence_at(mention.start)
    phrase = _WORD.findall(ctx.text, mention.end, min(e, mention.end + 80))[1:]  # the words after "after", in its sentence
    told = _event_told(ctx, table, phrase, mention, story) if story is not None else None
    if (meaning.grain not in HOUR_GRAINS and before_it is not None and before_it.end >= s
            and ((told is None and (_AFTER_DATE.fullmatch(ctx.text, before_it.end, mention.start)
                                    or _AFTER_CLAUSE.fullmatch(ctx.text, before_it.end, mention.start)))
                 or (_AFTER_DATE.fullmatch(ctx.text, before_it.end, mention.start) and isinstance(before_it.meaning, CalendarSpec)
                     and before_it.meaning.grain <= meaning.grain))):
        # "shut in 1987, eighteen years after the strike": the date before restates it, from another time than the story's;
        # right after a date as fine as its unit even when the event was told ("in 421 BC, ten years after the war began",
        # the war told before; not "The massacre of 1962, four days after the vote": days from the vote)
        return meaning, None
    return attrs.evolve(meaning, span="later" if sign > 0 else "earlier", anchoring=Anchoring.NARRATIVE), told


def _opens_clause(ctx: "Context", table: dict, mention: Mention) -> bool:
    """Whether a time opens its sentence or a clause: nothing before it in its sentence, or a comma or one of
    ``[event_offsets] clause_links`` right before it ("Two months into the strike", ", and two years into the war")."""
    s, _ = ctx.doc.sentence_at(mention.start)
    before = _WORD.findall(ctx.text, max(s, mention.start - 40), mention.start)
    return not before or before[-1] == "," or before[-1].lower() in table.get("clause_links", ())


def _as_adverb(ctx: "Context", table: dict, mention: Mention) -> bool:
    """Whether "before" ("after") right after a length ends its clause or comes before the clause's verb ("two years
    before, ...", "who only a few months before had signed"), an adverb that counts from the story's time."""
    _, e = ctx.doc.sentence_at(mention.start)
    rx = _extent_patterns(tuple(table.get("offset_words", ())), (), tuple(table.get("offset_adverbs", ())), tuple(table.get("adverb_next", ())))[0]
    m = rx.match(ctx.text.lower(), mention.end, min(len(ctx.text), e + 1))
    return m is not None and ctx.text[m.start():m.end()].strip().lower() in table.get("offset_adverbs", ())


def month_name(ctx: "Context", spec: CalendarSpec, mention: Mention) -> Optional[tuple[int, str, bool]]:
    """Narrative mode: a bare month that names something with the word after it ("the July Crisis", "the October days",
    lexicon [month_names]): its month and that word, the key under which the telling of a proper name (the word
    capitalised, the third item) is kept, so that the name told again years later is of the same month ("Historians still
    argue about the July Crisis"; not "the May elections", which may come every year); else None."""
    table = ctx.lexicon.tables.get("month_names") if ctx.mode == "narrative" else None
    if (not table or spec.month is None or spec.year is not None or spec.day is not None or spec.shift is not None
            or spec.relative_word is not None or spec.weekday is not None or spec.season is not None):
        return None
    before = _WORD.findall(ctx.text, max(0, mention.start - 12), mention.start)
    after = _WORD.findall(ctx.text, mention.end, mention.end + 30)
    if not before or before[-1].lower() not in table["before"] or not after or not after[0][:1].isalpha():
        return None
    word = after[0].lower()
    return None if word in table["not_next"] or word in ctx.lexicon["months"] else (spec.month, word, after[0][:1].isupper())


_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d\Z")


def nth_day_of_event(ctx: "Context", mention: Mention, value: str) -> bool:
    """Narrative mode: whether "on the seventh day" (rule ordinal_day) counts the days of an event the story told, not a
    run of days up to the story's ("for a third straight day", lexicon [ordinal_days] running): histories (TIMEX2) know
    its month but not its day ("the second day" of a battle in August 480 BC: BC0480-08-XX), so the day is unknown."""
    table = ctx.lexicon.tables.get("ordinal_days") if ctx.mode == "narrative" else None
    if not table or mention.rule != "ordinal_day" or not _FULL_DAY.match(value):
        return False
    return not any(w in table["running"] for w in mention.text.lower().split())


def first_day_of_event(ctx: "Context", mention: Mention) -> bool:
    """Narrative mode: whether "the first day" (a length to the recognizer, P1D) is the first day of an event the story
    told, a day: written right after a word of ``[ordinal_days] first_after`` ("The assault began on 13 August. On the first
    day the allies took the bridge"), not "for the first day" or "in the first days of the siege"."""
    table = ctx.lexicon.tables.get("ordinal_days") if ctx.mode == "narrative" else None
    if not table or not table.get("first_after") or mention.rule != "anchored_span":
        return False
    words = mention.text.lower().split()
    if len(words) != 3 or words[0] != "the" or ctx.lexicon["ordinals"].get(words[1]) != 1 or words[2] != "day":
        return False
    before = _WORD.findall(ctx.text, max(0, mention.start - 12), mention.start)
    return bool(before) and before[-1].lower() in table["first_after"] and not ctx.text[mention.end:mention.end + 4].lower().startswith(" of ")


def range_start_day(story: Story) -> Optional[Period]:
    """Narrative mode: the first day of a range of days whose second end is the story's last day told ("between 26 and 29
    November"): the story is at its start, where its telling begins (see :func:`moves_story`); else None."""
    told = story.range_to
    now = story.current
    if (not story.narrative or told is None or story.day_tid is None or told[1] != story.day_tid or now is None or now.grain is not Grain.DAY
            or story.current_tid == story.day_tid or now.start >= told[0].start):
        return None
    return now


def nth_day_counted(ctx: "Context", mention: Mention, story: Story, before: tuple[Optional[Period], Optional[str], bool, Optional[Period]]) -> Optional[tuple[Period, Period]]:
    """Narrative mode: the day "On the second day" names when the story was on a day it told (``before``: the story's day,
    its id, whether the story has moved to a longer time since, and the first day of a range that day ends, see
    :func:`range_start_day`): its first day is that day (or that range's first day), or the first day of the
    numbered day just told ("On the second day ... on the third day" count from the same first day), so the Nth day is
    N - 1 days after it ("attacked on 14 August. On the second day": 15 August); that day and the first day, or None when no
    day is told (the month only)."""
    day, day_tid, passed, range_start = before
    words = mention.text.lower().split()
    table = ctx.lexicon.tables.get("ordinals", {})
    n = next((table[w] for w in words if w in table), None)
    if n is None:
        n = next((int(w[:-2]) for w in words if w[:-2].isdigit() and w[-2:] in ("st", "nd", "rd", "th")), None)
    if n is None or n < 1 or day is None or day_tid is None or passed or day.grain not in DAY_GRAINS:
        return None
    first = (story.counted[1] if story.counted is not None and story.counted[0] == day_tid
             else cal.containing((range_start or _closed_from(ctx, story, day, day_tid) or _counted_back(ctx, story, day, day_tid)
                                  or _onset_day(ctx, story, day, day_tid) or day).start, Grain.DAY))
    # ("between 26 and 29 November. On the third day": the 28th; "rose on 4 March. The next morning ... On the second day": the 5th)
    return cal.containing(first.start + dt.timedelta(days=n - 1), Grain.DAY), first


_CLAUSE_MARK = re.compile(r"[,;:.!?\n]")
CLOSED_FROM_DAYS = 31  # at most this many days from the first day told to the last one a closing names (s58 place)


def _closed_from(ctx: "Context", story: Story, day: Period, day_tid: str) -> Optional[Period]:
    """The first day of days counted that the story's day closes: the day told just before it in the same sentence (or in
    the sentence before it, s59), whose clause names a beginning (``[ordinal_days] onset``), with an ending (``[ordinal_days]
    closing``) written between the two ("The fair opened on Monday and ended on Friday. On the first afternoon": Monday, not
    Friday; "The fair opened on Monday. It closed on Friday. On the first afternoon": Monday); else None."""
    table = ctx.lexicon.tables.get("ordinal_days") or {}
    closing, onset = frozenset(table.get("closing", ())), frozenset(table.get("onset", ()))
    told = story.told_days
    # (the numbered day itself may be recorded after the story's day: "On the second day", a day, is resolved first)
    k = next((k for k in range(len(told) - 1, max(0, len(told) - 2) - 1, -1) if told[k][1] == day_tid), 0)
    if not closing or not onset or k < 1:
        return None
    earlier, tid = told[k - 1]
    apart = story.sentence_of.get(day_tid, -1) - story.sentence_of.get(tid, -2)  # the same sentence or the one before it
    if (apart not in (0, 1) or tid not in story.end_of or day_tid not in story.start_of
            or not earlier.start < day.start <= earlier.start + dt.timedelta(days=CLOSED_FROM_DAYS)):
        return None
    between = {w.lower() for w in _CUE_WORD.findall(ctx.text, story.end_of[tid], story.start_of[day_tid])}
    if not between & closing or not _clause_words(ctx, story.end_of[tid], story.start_of.get(tid)) & onset:
        return None
    return earlier



COUNTED_BACK_DAYS = 31  # at most this many days counted back from a last day told (s59 place)


def _counted_back(ctx: "Context", story: Story, day: Period, day_tid: str) -> Optional[Period]:
    """The first day of days counted that the story's day closes, counted back from it: its clause names an ending
    (``[ordinal_days] closing``) and a length of days written after it in that clause (a word of ``[ordinal_days] back_leads``,
    a number, a word of ``back_units``): "The festival ended on Sunday after four days. On the first morning": Thursday's
    morning (the Sunday is the fourth day), not Sunday's; else None (s59 place)."""
    table = ctx.lexicon.tables.get("ordinal_days") or {}
    closing, leads, units = (frozenset(table.get(key, ())) for key in ("closing", "back_leads", "back_units"))
    if not closing or not leads or not units or day_tid not in story.end_of:
        return None
    end = story.end_of[day_tid]
    if not _clause_words(ctx, end, story.start_of.get(day_tid)) & closing:
        return None
    mark = _CLAUSE_MARK.search(ctx.text, end, end + 80)
    words = [w.lower() for w in _CUE_WORD.findall(ctx.text, end, mark.start() if mark else min(len(ctx.text), end + 80))]
    numbers = ctx.lexicon.tables.get("numbers") or {}
    for k in range(len(words) - 2):
        if words[k] in leads and words[k + 2] in units:
            n = numbers.get(words[k + 1]) if not words[k + 1].isdigit() else int(words[k + 1])
            if isinstance(n, int) and 1 < n <= COUNTED_BACK_DAYS:
                return cal.containing(day.start - dt.timedelta(days=n - 1), Grain.DAY)
    return None


def _onset_day(ctx: "Context", story: Story, day: Period, day_tid: str) -> Optional[Period]:
    """Narrative mode: the day an event began whose days "On the second day" counts, when it is not the story's day: the
    story's day was told the day after it (or after a run of such days), and the clause of the story's day names no beginning
    while the earlier day's does (``[ordinal_days] onset``): "The weavers rose on 4 March. The next morning the mayor fled,
    and on the second day ...": the rising's second day, the 5th, not the morning's next day; "appeared on 2 June. The siege
    began the next morning. On the fourth day": counted from the morning.  None when no such day is told."""
    table = ctx.lexicon.tables.get("ordinal_days") or {}
    onset = frozenset(table.get("onset", ()))
    if not onset or day_tid not in story.end_of:
        return None
    at = story.end_of[day_tid]
    run: list[tuple[Period, str]] = []  # the story's days in the order told (its parts of days too: "the night of 17 October")
    for _, state, _ in story.times:
        told, tid = state[0], state[1]
        if isinstance(told, Period) and isinstance(tid, str) and story.end_of.get(tid, at + 1) <= at and (not run or run[-1][1] != tid):
            run.append((told, tid))  # (not the numbered day itself, recorded before)
    if not run or run[-1][1] != day_tid:
        run.append((day, day_tid))
    if _clause_words(ctx, story.end_of[day_tid], story.start_of.get(day_tid)) & onset:
        return None
    k, date = len(run) - 1, day.start.date()
    while k > 0:
        earlier, tid = run[k - 1]
        if tid not in story.end_of or (date - earlier.start.date()).days != 1:
            return None
        if _clause_words(ctx, story.end_of[tid], story.start_of.get(tid)) & onset:
            return earlier
        k, date = k - 1, earlier.start.date()
    return None


def _clause_words(ctx: "Context", end: int, start: Optional[int] = None) -> set[str]:
    """The words (lower case) of the clause an expression from ``start`` to ``end`` lies in, between the marks around it
    (not a mark inside it: "Easter Monday, 9 April 1798"; a line break ends a title)."""
    text = ctx.text
    marks = [m.start() for m in _CLAUSE_MARK.finditer(text, max(0, end - 200), end - 1 if start is None else start)]
    start = marks[-1] + 1 if marks else max(0, end - 200)
    after = _CLAUSE_MARK.search(text, end)
    stop = after.start() if after else len(text)
    return {w.lower() for w in _CUE_WORD.findall(text, start, stop)}


SEASON_DATE_REACH = 60  # characters from a season that qualifies a noun to the date of its clause that dates it


def season_dated_after(ctx: "Context", spec: CalendarSpec, mention: Mention, after: Optional[Mention]) -> Optional[int]:
    """Narrative mode: the year of a bare season that qualifies a noun ("their main summer offensive against southern
    Russia in June 1942") when the next expression, in the same clause, is a month or day written with its year: the year of
    the season nearest that date, a step back costing ``BACK_WEIGHT`` steps ahead as in :func:`story_pick` ("The summer
    offensive was planned in March 1917": 1917-SU; a winter is its January's year's); else None."""
    if (ctx.mode != "narrative" or after is None or spec.season is None or spec.year is not None or spec.shift is not None
            or spec.relative_word is not None):
        return None
    told = after.meaning
    if (not isinstance(told, CalendarSpec) or told.year is None or told.bc or told.shift is not None
            or after.start - mention.end > SEASON_DATE_REACH or any(c in ctx.text[mention.end : after.start] for c in ",;:.!?()")):
        return None
    following = _WORD.findall(ctx.text, mention.end, mention.end + 20)
    table = ctx.lexicon.tables.get("month_names")
    if not following or not following[0][:1].islower() or (table and following[0] in table["not_next"]):
        return None  # no noun qualified ("in the summer of ...", "the summer in June 1942")
    if told.month is None:
        # "the spring offensive of 1918", "The spring campaign of 1863": a year written right after the noun the season
        # qualifies names that year's season (a winter's is left: "the winter campaign of 1941" may begin in its December)
        between = _WORD.findall(ctx.text, mention.end, after.start)
        of_year = (told.grain is Grain.YEAR and told.season is None and told.quarter is None and told.half is None and spec.season != "WI"
                   and len(between) == 2 and between[1].lower() in (table or {}).get("year_links", ()))
        return told.year if of_year else None
    try:
        date = cal.containing(dt.datetime(told.year, told.month, told.day or 1), Grain.MONTH if told.day is None else Grain.DAY)
        cands = [cal.season(y, spec.season) for y in (told.year - 1, told.year, told.year + 1, told.year + 2)]
    except (ValueError, KeyError):
        return None

    def cost(c: Period) -> float:
        if c.start < date.end and date.start < c.end:
            return 0.0
        return (c.start - date.end).total_seconds() if c.start >= date.end else BACK_WEIGHT * (date.start - c.end).total_seconds()

    best = min(cands, key=cost)
    return int(best.value[:4])


RESTATED_GRAINS = (Grain.DAY, Grain.WEEK, Grain.MONTH, Grain.YEAR)
RESTATED_JOIN = 12  # characters at most between a clock time and the date it is told with ("11 a.m. [on ]11 November 1918")


def restated_date(ctx: "Context", meaning: DurationSpec, mention: Mention, before_it: Optional[Mention], before_tid: str,
                  story: Story) -> Optional[tuple[str, Optional[Period], str]]:
    """Narrative mode: the value of an offset that restates the date right before it, from a time the story has not told
    ("The treaty was signed on 30 May 1942, almost three years after the first shots": 1942; "The second war ended in 201
    BC, forty years after the first had ended": BC0201), as histories (TIMEX2) mark it: that date in the offset's unit
    (of the date, when the unit is finer than it: "in 1987, two days after" says no day); else None.  Returns the value,
    its period (None in years BC) and the id of the date restated (``before_tid``, that of ``before_it``)."""
    table = ctx.lexicon.tables.get("event_offsets") if ctx.mode == "narrative" else None
    if meaning.grain in (Grain.DECADE, Grain.CENTURY):  # "in 1998, a quarter of a century after the flood": 1998
        meaning = attrs.evolve(meaning, grain=Grain.YEAR)
    if meaning.on_day:  # "signed on 28 June 1919, five years to the day after the murder": the day itself
        meaning = attrs.evolve(meaning, grain=Grain.DAY)
    # ... or a step set off by a comma right after the date ("did not pay in gold again until May 1821, twenty-four years
    # later": 1821, not twenty-four years after May 1821)
    step = meaning.span in ("later", "earlier") and meaning.amount is not None
    if (not table or before_it is None or (meaning.span is not None and not step) or meaning.grain not in RESTATED_GRAINS
            or not (_AFTER_DATE.fullmatch(ctx.text, before_it.end, mention.start)
                    or (not step and _AFTER_CLAUSE.fullmatch(ctx.text, before_it.end, mention.start)))):
        return None  # ("In 1450 BC the king held his jubilee, thirty years after his accession": BC1450)
    after = _WORD.findall(ctx.text, mention.end, mention.end + 40)
    if not step and (not after or after[0] not in table["directions"]):
        return None
    if story.bc is not None and story.bc_tid == before_tid:
        # the date's year ("on the Ides of March 44 BC, seven years after the last battle": BC0044), or month
        if meaning.grain is Grain.MONTH and story.bc[1] is not None:
            return f"BC{story.bc[0]:04d}-{story.bc[1]:02d}", None, story.bc_tid
        return (f"BC{story.bc[0]:04d}", None, story.bc_tid) if meaning.grain is Grain.YEAR else None
    last = story.last
    joined = last is not None and last[0] == story.sentence and story.end_of.get(last[2], -1) >= before_it.start - RESTATED_JOIN
    if last is None or (last[2] != before_tid and not joined) or last[1].grain > meaning.grain:  # ("in the spring of 1919, four years after": 1919)
        # (a clock time told with the date, "at 11 a.m. on 11 November 1918, four years after", is the date told last)
        return None
    period = cal.containing(last[1].start, meaning.grain)
    return period.value, period, last[2]


_APPOSED = re.compile(r"\s+[A-Za-z]+\s*,\s*([A-Za-z]+)\s+")  # "[Ten months] later, on [26 February 1815]"


def apposed_date(ctx: "Context", meaning: DurationSpec, mention: Mention, after: Optional[Mention]) -> bool:
    """Narrative mode: whether the date right after an offset restates it ("Ten months later, on 26 February 1815",
    "Eighteen months later, in June 1927"): the offset's word, a comma and one of ``[event_offsets] restated_leads``
    between them."""
    table = ctx.lexicon.tables.get("event_offsets") if ctx.mode == "narrative" else None
    if not table or after is None or meaning.span is None or not isinstance(after.meaning, CalendarSpec):
        return False
    m = _APPOSED.fullmatch(ctx.text, mention.end, after.start)
    return bool(m and m.group(1).lower() in table.get("restated_leads", ()))


def restated_offset(t: Timex, grain: Grain, date: Timex, date_tid: str) -> Timex:
    """An offset restated by the date after it (see :func:`apposed_date`): that date in the offset's unit, as histories
    (TIMEX2) mark it ("Six weeks later, on 27 August": the week of 27 August, whatever six weeks from the story's day
    give; a decade or century counts in years, "A century later, in 1973": 1973); unchanged when the date is coarser than
    the unit ("Ten months later, in 1815") or has no place on the calendar."""
    grain = min(grain, Grain.YEAR)
    if date.type not in (TimexType.DATE, TimexType.TIME) or date.grain > grain:
        return t
    if date.value.startswith("BC"):  # years BC have no periods: the year only
        return attrs.evolve(t, value=date.value[:6], anchor=TimexAnchor(AnchorKind.TIMEX, date_tid)) if grain is Grain.YEAR else t
    if date.earliest is None:
        return t
    period = cal.containing(date.earliest, grain)
    return attrs.evolve(t, value=period.value, earliest=period.start, latest=period.end, anchor=TimexAnchor(AnchorKind.TIMEX, date_tid))


def offset_extents(ctx: "Context", mentions: list[Mention], timexes: list[Timex]) -> list[Timex]:
    """Narrative mode: each offset's extent as histories (TIMEX2) mark it, with the word after it that says which way
    it counts ("[two days later]", "[weeks earlier]", "[months before that]") and a hedge right before it ("[only a
    few days earlier]"), a season the words before it ("[later in the summer]"), a length the noun it qualifies and
    that noun's article ("[a sixty-day period]"); news (TimeML) leaves them out.
    ``timexes`` are those of ``mentions``, one each, in order."""
    table = ctx.lexicon.tables.get("event_offsets") if ctx.mode == "narrative" else None
    if not table or not table.get("offset_words"):
        return timexes
    after_rx, hedge_rx = _extent_patterns(tuple(table["offset_words"]), tuple(table.get("offset_hedges", ())),
                                          tuple(table.get("offset_adverbs", ())), tuple(table.get("adverb_next", ())))
    low = ctx.text.lower()
    out = list(timexes)
    lead_rx = _lead_pattern(tuple(table.get("season_leads", ())))
    cues = tense_words(ctx.doc.language)
    noun_rx, article_rx = _period_patterns(tuple(table.get("length_nouns", ())), tuple(table.get("length_articles", ())))
    for k, (m, t) in enumerate(zip(mentions, timexes)):
        if isinstance(m.meaning, CalendarSpec) and m.meaning.season is not None:
            lead = lead_rx.search(low, max(out[k - 1].end if k else 0, t.start - 20), t.start)
            if lead is not None:  # "[Later in the summer]"
                out[k] = attrs.evolve(t, start=lead.start(), text=ctx.text[lead.start() : t.end])
            continue
        if not isinstance(m.meaning, DurationSpec):
            continue
        named = _NAMED_LENGTH.match(t.text)
        if named is not None:  # "the [Seven Days]", "the [Hundred Days]": a name's words, not its article
            out[k] = attrs.evolve(t, start=t.start + named.end(), text=t.text[named.end() :])
            continue
        noun = noun_rx.match(low, t.end, timexes[k + 1].start if k + 1 < len(timexes) else len(low))
        article = article_rx.search(low, max(out[k - 1].end if k else 0, t.start - 12), t.start) if noun is not None else None
        if noun is not None and article is not None:  # "[a sixty-day period]", "[the same 28-day period]"
            out[k] = attrs.evolve(t, start=article.start(), end=noun.end(), text=ctx.text[article.start() : noun.end()])
            continue
        follows = after_rx.match(low, t.end, timexes[k + 1].start if k + 1 < len(timexes) else len(low))
        if follows is None:
            continue
        hedge = hedge_rx.search(low, max(out[k - 1].end if k else 0, t.start - 12), t.start)
        start = hedge.start(1) if hedge is not None else t.start
        out[k] = attrs.evolve(t, start=start, end=follows.end(), text=ctx.text[start : follows.end()])
    phrase = _phrase_words(tuple(table.get("length_phrase_leads", ())), tuple(table.get("offset_phrase_leads", ())),
                           tuple(table.get("phrase_links", ())), tuple(table.get("phrase_determiners", ())))
    for k, (m, t) in enumerate(zip(mentions, out)):
        if not (isinstance(m.meaning, DurationSpec) or m.rule in _EVENT_NAMING_RULES):
            continue
        limit = timexes[k + 1].start if k + 1 < len(timexes) else len(ctx.text)
        leads = phrase.length_leads if t.type is not TimexType.DATE else phrase.offset_leads
        end = _phrase_end(ctx.text, t.end, limit, leads, phrase, cues)
        if end is None and (m.rule in RETURN_RULES or m.rule in _EVENT_NAMING_RULES):
            # "[the tenth anniversary of its opening] a plate was fixed", "to mark [the sixth anniversary of the city's fall]
            # and to demand": up to its noun
            end = of_noun_end(ctx, table, t.end, limit)
        if end is not None:  # "[two months of fierce battles]", "[four days after the vote]": the event's words too
            out[k] = attrs.evolve(t, end=end, text=ctx.text[t.start : end])  # ("[the first two years of ...]": "the first" is the rule's)
    return out
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


_NAME = re.compile(r"\b[A-Z][a-z]+\b")
_BIRTH = "birth"  # what a birthday counts from (lexicon [event_offsets] told_by_verbs: "born")


def _names(ctx: "Context", start: int, end: int) -> set[str]:
    """The words written with a capital in [start, end), but a sentence's first."""
    return {r.group(0) for r in _NAME.finditer(ctx.text, start, end) if ctx.doc.sentence_at(r.start())[0] != r.start()}


def birthday_days(ctx: "Context", mentions: list[Mention], timexes: list[Timex]) -> list[Timex]:
    """Narrative mode: "his thirtieth birthday" (rule ``BIRTHDAY_RULE``), resolved as the year so many years after the birth
    told (see :func:`event_offset`), as the day it is when the birth was told with its day ("born on 4 March 1822": the
    thirtieth birthday is 1852-03-04), the last such day told before it in a sentence with the verb of a birth (lexicon
    [event_offsets] told_by_verbs).  ``timexes`` are those of ``mentions``, one each, in order."""
    table = ctx.lexicon.tables.get("event_offsets") if ctx.mode == "narrative" else None
    verb = ((table or {}).get("told_by_verbs") or {}).get(_BIRTH)
    if not verb:
        return timexes
    out = list(timexes)
    born = re.compile(rf"\b{re.escape(verb)}\b", re.IGNORECASE)
    for k, m in enumerate(mentions):
        t = out[k]
        if m.rule != BIRTHDAY_RULE or not isinstance(m.meaning, DurationSpec) or m.meaning.amount is None or not t.value.isdigit():
            continue
        for j in range(k - 1, -1, -1):
            if not _DAY_VALUE.fullmatch(out[j].value):
                continue
            s, e = ctx.doc.sentence_at(mentions[j].start)
            if born.search(ctx.text, s, e) is None:
                continue
            birth = dt.date.fromisoformat(out[j].value)
            if birth.year + int(m.meaning.amount) == int(t.value):
                try:
                    day = cal.day(birth.replace(year=int(t.value)))
                except ValueError:  # (29 February)
                    break
                out[k] = attrs.evolve(t, value=day.value, grain=Grain.DAY, earliest=day.start, latest=day.end, anchor=TimexAnchor(AnchorKind.TIMEX, f"t{j + 1}"))
            break
    return out


def same_day_of_event(ctx: "Context", mentions: list[Mention], timexes: list[Timex]) -> list[Timex]:
    """Narrative mode: "the same day", "that same evening" (lexicon [narrative_unit_offsets] same) after two days told in
    its sentence or the two before it is the day of the event its sentence names again by a name written with a capital
    (a place, a match's ground) before it, when only an earlier day's words name it ("initialled the draft at Tessin on 4 May 1721,
    and the king sealed it at Carlow on 9 May. The envoy rode out of Tessin the same evening": 4 May), not the day told
    last.  ``timexes`` are those of ``mentions``, one each, in order."""
    table = ctx.lexicon.tables.get("narrative_unit_offsets") if ctx.mode == "narrative" else None
    same = frozenset(table.get("same") or ()) if table else frozenset()
    if not same:
        return timexes
    out = list(timexes)
    for k, m in enumerate(mentions):
        words = m.text.lower().split()
        t = out[k]
        if len(words) != 3 or " ".join(words[:2]) not in same or t.earliest is None or not _DAY_VALUE.match(t.value):
            continue
        here = ctx.doc.sentence_index(m.start)
        days = [j for j in range(k - 1, -1, -1) if ctx.doc.sentence_index(mentions[j].start) >= here - 2][::-1]
        days = [j for j in days if out[j].grain is Grain.DAY and out[j].type is TimexType.DATE and _DAY_VALUE.fullmatch(out[j].value)
                and "\n" not in ctx.text[mentions[j].end : m.start]]
        if len(days) < 2 or out[days[-1]].value != t.value[:10]:
            continue
        low, _ = ctx.doc.sentence_at(m.start)
        said = _names(ctx, low, m.start)  # (told before it: "The same day" opening a sentence goes on from the day told last)
        hits = []
        for n, j in enumerate(days):
            begin = mentions[days[n - 1]].end if n else ctx.doc.sentence_at(mentions[j].start)[0]
            begin = max(begin, ctx.doc.sentence_at(mentions[j].start)[0])
            hits.append(bool(said & _names(ctx, begin, mentions[j].end)))
        if hits[-1] or hits.count(True) != 1:
            continue
        j = days[hits.index(True)]
        if out[j].value == t.value[:10]:
            continue
        delta = dt.date.fromisoformat(out[j].value) - dt.date.fromisoformat(t.value[:10])
        out[k] = attrs.evolve(t, value=out[j].value + t.value[10:], earliest=t.earliest + delta, latest=t.latest + delta if t.latest else None,
                              anchor=TimexAnchor(AnchorKind.TIMEX, f"t{j + 1}"))
    return out


def parts_of_offset_days(ctx: "Context", mentions: list[Mention], timexes: list[Timex]) -> list[Timex]:
    """Narrative mode: "the morning after the battle" (rule ``POD_OFFSET_RULE``), resolved as "the day after the battle" is,
    as that part of the day (lexicon [parts_of_day]: 1645-06-15TMO).  ``timexes`` are those of ``mentions``, one each."""
    if ctx.mode != "narrative":
        return timexes
    out = list(timexes)
    parts = ctx.lexicon["parts_of_day"]
    for k, m in enumerate(mentions):
        t = out[k]
        word = m.text.lower().split()[-1]
        if m.rule != POD_OFFSET_RULE or t.grain is not Grain.DAY or not _DAY_VALUE.fullmatch(t.value) or word not in parts:
            continue
        entry = parts[word]
        p = cal.part_of_day(dt.date.fromisoformat(t.value), entry["code"], float(entry["start"]), float(entry["end"]), entry.get("clock"))
        out[k] = attrs.evolve(t, type=TimexType.TIME, value=p.value, grain=p.grain, earliest=p.start, latest=p.end)
    return out


_EVENT_NAMING_RULES = frozenset({"narrative_anniversary", "narrative_anniversary_ahead"})  # a calendar expression that names an event too
PHRASE_WORDS = 8  # words at most of the event phrase a length or an offset names ("two months of fierce battles")
def _after_length_word(table: Mapping[str, Any], before: Sequence[str]) -> bool:
    """Whether the words before a length end in a word that makes it a length (lexicon [event_offsets] ``length_before``:
    "lasted a week before", "spent two days before"), read through a hedge (``offset_hedges``: (s55) "stayed only a week
    before marching south")."""
    hedges = table.get("offset_hedges", ())
    k = len(before)
    while k and before[k - 1].lower() in hedges:
        k -= 1
    return k > 0 and before[k - 1].lower() in table["length_before"]


_PHRASE_WORD = re.compile(r"[ \t]{1,2}([\w'\u2019-]+)")
_PHRASE_STOP = re.compile(r"[ \t]*(?:[,.;:\"()\u201c\u201d]|$)")


@attrs.frozen
class _PhraseWords:
    """The words of lexicon ``[event_offsets]`` that bound the event phrase after a length or an offset."""

    length_leads: frozenset[str]
    offset_leads: frozenset[str]
    links: frozenset[str]
    determiners: frozenset[str]


@functools.lru_cache(maxsize=4)
def _phrase_words(length_leads: tuple[str, ...], offset_leads: tuple[str, ...], links: tuple[str, ...],
                  determiners: tuple[str, ...]) -> _PhraseWords:
    """The phrase words as sets (read once per lexicon)."""
    return _PhraseWords(frozenset(length_leads), frozenset(offset_leads), frozenset(links), frozenset(determiners))


def _phrase_end(text: str, at: int, limit: int, leads: frozenset[str], phrase: _PhraseWords, cues: "TenseWords") -> Optional[int]:
    """Narrative extents: where the event phrase after a length or an offset ends ("[eight years of savage warfare]",
    "[A year after Marathon]"): a lead word, then at most ``PHRASE_WORDS`` words up to a stop, not ending on a link or a
    determiner (``phrase``); None when there is none, or when a determiner after a noun opens another clause ("Two years after his death
    the barons rebelled": no phrase), a verb in the past (``cues``) is among them, or the words run past ``limit`` (the next
    expression)."""
    lead = _PHRASE_WORD.match(text, at, limit)
    if lead is None or lead.group(1).lower() not in leads:
        return None
    words: list[str] = []
    pos = lead.end()
    subject = False  # the phrase ends before the subject pronoun of the clause it opens ("A year before his death [he] had")
    while True:
        w = _PHRASE_WORD.match(text, pos, limit)
        if w is None:
            break
        if words and w.group(1) in cues.subject_pronouns:
            subject = True
            break
        words.append(w.group(1).lower())
        pos = w.end()
        if len(words) > PHRASE_WORDS:
            return None
    stop = _PHRASE_STOP.match(text, pos)
    links, determiners = phrase.links, phrase.determiners
    if not words or (stop is None and not subject) or (pos < limit and stop is not None and stop.end() > limit) or words[-1] in links or words[-1] in determiners:
        return None
    if any(w in determiners and words[n - 1] not in links for n, w in enumerate(words) if n):
        return None
    if any(past_form(w, cues) and not (n and words[n - 1] in determiners) for n, w in enumerate(words)):
        return None  # a verb: the phrase ran into its clause ("In 1742, two years of drought ended.")
    return pos


_NAMED_LENGTH = re.compile(r"[Tt]he[ \t]{1,2}(?=[A-Z0-9][\w-]*[ \t]{1,2}[A-Z])")  # "the Seven Days", "the 4 Years": capitalised, a name


@functools.lru_cache(maxsize=None)
def _period_patterns(nouns: tuple[str, ...], articles: tuple[str, ...]) -> tuple["re.Pattern[str]", "re.Pattern[str]"]:
    """A noun a length qualifies ("sixty-day [period]") and the article before it ("[a] sixty-day")."""
    def alternation(items: tuple[str, ...]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"[ \t]{1,2}") for w in sorted(items, key=len, reverse=True)) or "(?!)"
    return (re.compile(r"[ \t]{1,2}(?:" + alternation(nouns) + r")\b"), re.compile(r"\b(?:" + alternation(articles) + r")[ \t]{1,2}$"))


@functools.lru_cache(maxsize=None)
def _lead_pattern(leads: tuple[str, ...]) -> "re.Pattern[str]":
    """Words right before a season that a history's expression begins with ("later in")."""
    alt = "|".join(re.escape(w).replace(r"\ ", r"[ \t]{1,2}") for w in sorted(leads, key=len, reverse=True)) or "(?!)"
    return re.compile(r"\b(?:" + alt + r")[ \t]{1,2}$")


@functools.lru_cache(maxsize=None)
def _extent_patterns(words: tuple[str, ...], hedges: tuple[str, ...], adverbs: tuple[str, ...],
                     adverb_next: tuple[str, ...]) -> tuple["re.Pattern[str]", "re.Pattern[str]"]:
    """The word that ends an offset's extent (right after it, not "later than"; "before" as an adverb, a verb or the
    clause's end after it), and a hedge right before it."""
    def alternation(items: tuple[str, ...]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"[ \t]{1,2}") for w in sorted(items, key=len, reverse=True)) or "(?!)"
    adverb = r"|(?:" + alternation(adverbs) + r")(?=[ \t]?[,;:.]|[ \t]{1,2}(?:" + alternation(adverb_next) + r")\b)"
    after = re.compile(r"[ \t]{1,2}(?:(?:" + alternation(words) + r")\b(?![ \t]{1,2}than\b)" + adverb + ")")
    hedge = re.compile(r"\b(" + alternation(hedges) + r")[ \t]{1,2}$")
    return after, hedge


EVE_AHEAD_SENTENCES = 3
"""Sentences after its own read for the day an eve counts from, when the text tells that day after it."""


BARE_EVE_SENTENCES = 2  # sentences back at most to the day "On the eve" with no "of" is the eve of


def _bare_eve(ctx: "Context", mentions: list[Mention], i: int, story: Story, common: dict[str, Any]) -> Optional[Timex]:
    """Narrative mode: "the eve" with no "of" after it ("The great attack was set for 1 July. On the eve Ellery wrote"):
    the day before the day told last, in its sentence or the :data:`BARE_EVE_SENTENCES` before it (a plan's day, which
    does not move the story, as well as one that does), where the story goes; None when no day was told so near."""
    if not story.told_days:
        return None
    day, tid = story.told_days[-1]
    j = int(tid[1:]) - 1 if tid[1:].isdigit() else -1
    here = ctx.doc.sentence_index(mentions[i].start)
    if not 0 <= j < i or here - ctx.doc.sentence_index(mentions[j].start) > BARE_EVE_SENTENCES or "\n" in ctx.text[mentions[j].end : mentions[i].start]:
        return None
    eve = cal.day(day.start.date() - dt.timedelta(days=1))
    story.update(eve, common["tid"])
    return Timex(type=TimexType.DATE, value=eve.value, grain=Grain.DAY, earliest=eve.start, latest=eve.end,
                 anchor=TimexAnchor(AnchorKind.TIMEX, tid), temporal_function=True, **common)


def eve_ahead(ctx: "Context", mentions: list[Mention], i: int, story: Story, resolve_ahead: "Callable[[int], Timex]",
              common: dict[str, Any]) -> Optional[Timex]:
    """Narrative mode: "the eve of the crossing" (rule ``EVE_RULE``) when the day of what "of" names is told only after it,
    in one of the next :data:`EVE_AHEAD_SENTENCES` sentences of its paragraph that names it before a day ("On the eve of
    the crossing Rocher wrote to his wife ... The crossing began on 12 March 1799": 11 March; "The assault had been fixed for
    28 August"): the day before that day, where the story goes (so "the next morning" after it is the day itself); None when
    an earlier sentence named it with a day of its own (see :func:`event_offset`), or no later one does.  ``resolve_ahead``
    resolves a later mention; the story is put back after it."""
    table = ctx.lexicon.tables.get("event_offsets")
    mention = mentions[i]
    if ctx.mode != "narrative" or mention.rule != EVE_RULE or not table:
        return None
    s, e = ctx.doc.sentence_at(mention.start)
    words = _WORD.findall(ctx.text, mention.end, min(e, mention.end + 80))
    if not words or words[0].lower() != "of":
        return _bare_eve(ctx, mentions, i, story, common)
    # what "of" names: the noun phrase's head, or its first word ("the eve of the crossing Rocher wrote": "crossing")
    first = next((w for w in words[1:4] if w.lower() not in table["event_skip"]), None)
    heads = {h for h in (_event_head(table, words[1:]), first) if h is not None and len(h) >= 3 and h[0].isalpha()}
    if not heads:
        return None
    named = re.compile(r"\b(?:" + "|".join(re.escape(h) for h in heads) + r")(?:s|es)?\b", re.IGNORECASE)
    here = ctx.doc.sentence_index(mention.start)
    sentences = ctx.doc.sentences
    for k in range(here - 1, max(-1, here - 1 - EVENT_REACH), -1):
        if named.search(ctx.text, sentences[k].start, sentences[k].end):
            times = story.times
            if bisect.bisect_right(times, sentences[k].end, key=_at) > bisect.bisect_left(times, sentences[k].start, key=_at):
                return None  # told earlier with a date of its own: counted from there (event_offset)
            break
    newline = ctx.text.find("\n", e)
    ends = len(ctx.text) if newline < 0 else newline
    for j in range(i + 1, len(mentions)):
        later = mentions[j]
        if later.start >= ends:
            break
        k = ctx.doc.sentence_index(later.start)
        if k > here + EVE_AHEAD_SENTENCES:
            break
        spec = later.meaning
        if k == here or not isinstance(spec, CalendarSpec) or spec.day is None or spec.month is None:
            continue
        if named.search(ctx.text, sentences[k].start, later.start) is None:
            continue
        state = story.saved()
        day = resolve_ahead(j)
        story.restore(state)
        if day.type is not TimexType.DATE or day.grain is not Grain.DAY or day.earliest is None or not _DAY_VALUE.fullmatch(day.value):
            return None
        eve = cal.day(day.earliest.date() - dt.timedelta(days=1))
        story.update(eve, common["tid"])
        return Timex(type=TimexType.DATE, value=eve.start.strftime("%Y-%m-%d"), grain=Grain.DAY, earliest=eve.start, latest=eve.end,
                     anchor=TimexAnchor(AnchorKind.TIMEX, f"t{j + 1}"), temporal_function=True, **common)
    return None
