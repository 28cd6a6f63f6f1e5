"""What the words next to an expression say of a period's end or length: "the quarter ended Sept. 30", "the year to
March", a length ending or starting at a time."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Callable, Optional

import attrs

from ..model import AnchorKind, Grain, Mod, Timex, TimexAnchor, TimexType
from ..recognize.meaning import CalendarSpec, DurationSpec, Mention
from . import calendar as cal
from .calendar import Period
from .shifts import MONTHS_PER
from ..units import duration_value
from .neighbours import _opened

if TYPE_CHECKING:
    from .anchors import Context
    from .neighbours import Resolved
    from .story import Story

__all__ = ["reported_length", "length_ending", "length_starting", "period_ending"]

_ENDED_GRAINS = (Grain.WEEK, Grain.MONTH, Grain.QUARTER, Grain.YEAR)  # periods a text names by their last day


@functools.lru_cache(maxsize=None)
def _period_end_words(words: tuple[str, ...]) -> "re.Pattern[str]":
    return re.compile(r"\s{1,3}(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s{1,3}") for w in words) + r")\s{1,3}$", re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _end_words_after_comma(words: tuple[str, ...]) -> "re.Pattern[str]":
    return re.compile(r",?\s{1,3}(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s{1,3}") for w in words) + r")\s{1,3}$", re.IGNORECASE)


def quarter_end_year(ctx: "Context", mentions: list[Mention], i: int, resolved: Callable[[int], Timex]) -> Optional[int]:
    """ "the fiscal first quarter ended Sept. 30", "its fiscal fourth quarter, which ended June 30": a quarter named by its
    number and its last day is labelled with the year that day falls in (TimeML's label for a fiscal quarter, whose
    calendar namesake may lie elsewhere), or None."""
    spec = mentions[i].meaning
    if (not isinstance(spec, CalendarSpec) or spec.quarter is None or spec.grain is not Grain.QUARTER or spec.year is not None
            or spec.shift is not None or i + 1 >= len(mentions)):
        return None
    nxt = mentions[i + 1]
    gap = ctx.text[mentions[i].end : nxt.start]
    words = tuple(ctx.lexicon["period_end"]["words"])
    if not words or len(gap) > 22 or not _end_words_after_comma(words).fullmatch(gap):
        return None
    if not isinstance(nxt.meaning, CalendarSpec) or nxt.meaning.month is None:
        return None  # "ended Sept. 30", "ending in March": a day or month of the calendar
    t = resolved(i + 1)
    if t.earliest is None or t.grain not in (Grain.DAY, Grain.MONTH):
        return None
    return t.earliest.year


def ends_period(ctx: "Context", mentions: list[Mention], i: int) -> bool:
    """Whether mention ``i`` is the last day of the period named just before it ("the fourth
    quarter ended Sept. 30"): part of that period's name, not a new time for the story."""
    if i == 0:
        return False
    before = mentions[i - 1].meaning
    table = ctx.lexicon["period_end"]
    if isinstance(before, DurationSpec) and before.amount is not None and not before.hedge:
        # "the 12 weeks to November 8": a length named by its last day (see :func:`length_ending`), no new time either
        opener = mentions[i - 1].text.lower().split()[:1]
        if not opener or opener[0] not in table.get("length_openers", ()):
            return False
        words = tuple(table["words"]) + tuple(table.get("length_ends", ()))
    elif not isinstance(before, CalendarSpec) or before.grain not in _ENDED_GRAINS:
        return False
    else:
        words = tuple(table["words"])  # (built only for an expression after a period or a length: most return above)
    gap = ctx.text[mentions[i - 1].end : mentions[i].start]
    return bool(words) and len(gap) <= 20 and _period_end_words(words).fullmatch(gap) is not None


_REPORTED_LENGTHS = {3: Grain.QUARTER, 6: Grain.HALF}  # months: a length of so many, to the last day of such a period, is it


def reported_length(ctx: "Context", mentions: list[Mention], i: int, resolved: Resolved) -> Optional[tuple[Period, str]]:
    """ "the six months to June 30", "the three months ended Sept. 30", "the three months to September": a length of a half's
    (quarter's) months written with the last day or month of a half (quarter) after it is that period, which a report is
    about: the period and the day's (month's) id, else None."""
    spec = mentions[i].meaning
    if (ctx.mode != "news" or i + 1 >= len(mentions) or not isinstance(spec, DurationSpec) or spec.grain is not Grain.MONTH
            or spec.span is not None or spec.amount is None or spec.hedge or spec.amount not in _REPORTED_LENGTHS):
        return None
    nxt = mentions[i + 1]
    words = tuple(ctx.lexicon["period_end"]["words"])
    gap = ctx.text[mentions[i].end : nxt.start]
    if not words or len(gap) > 20 or not _period_end_words(words).fullmatch(gap) or not isinstance(nxt.meaning, CalendarSpec):
        return None
    if (nxt.meaning.day is None and nxt.meaning.grain is not Grain.MONTH) or nxt.meaning.hour is not None:
        return None
    t = resolved(i + 1)
    if (t.earliest is None or t.latest is None or t.grain not in (Grain.DAY, Grain.MONTH)
            or not (t.mod is None or (t.mod is Mod.END and t.grain is Grain.MONTH))):
        return None  # ("the three months to mid-September": no sure last month; "to the end of September" is September's last day)
    period = cal.containing(t.earliest, _REPORTED_LENGTHS[int(spec.amount)])
    return (period, t.tid) if period.end == t.latest else None


def period_ending(ctx: "Context", mentions: list[Mention], i: int, resolved: Resolved) -> Optional[tuple[Period, TimexAnchor]]:
    """ "the quarter ended Sept. 30", "the year ending June 30", "the year to March": the period that
    ends on the date (or with the month) written after it (its quarter or year; a fiscal year is
    named by the year it ends in)."""
    spec = mentions[i].meaning
    if i + 1 >= len(mentions) or not isinstance(spec, CalendarSpec) or spec.grain not in _ENDED_GRAINS:
        return None
    nxt = mentions[i + 1]
    gap = ctx.text[mentions[i].end : nxt.start]
    words = tuple(ctx.lexicon["period_end"]["words"])
    if not words or len(gap) > 20 or not _period_end_words(words).fullmatch(gap):
        return None  # a language without such words names no period by its last day
    if not isinstance(nxt.meaning, CalendarSpec):
        return None
    month_end = nxt.meaning.grain is Grain.MONTH and nxt.meaning.month is not None and spec.grain > Grain.MONTH
    if nxt.meaning.day is None and nxt.meaning.shift is None and nxt.meaning.weekday is None and not month_end:
        return None  # "ended Sept. 30", "ending tomorrow", "ended Friday": a day; "the year to March": a month's end
    t = resolved(i + 1)
    if t.earliest is None or t.latest is None or t.grain not in ((Grain.DAY, Grain.MONTH) if month_end else (Grain.DAY,)):
        return None
    anchor = TimexAnchor(AnchorKind.TIMEX, t.tid)
    calendar_period = cal.containing(t.earliest, spec.grain)
    if calendar_period.end == t.latest:
        return calendar_period, anchor  # "the quarter ended Sept. 30": the third quarter
    # a fiscal period ("the year ended June 30", "the week ended Friday"): the length that ends with that day, as a duration
    if spec.grain is Grain.WEEK:
        return Period(t.latest - dt.timedelta(days=7), t.latest, spec.grain, duration_value(spec.grain, 1.0)), anchor
    first = cal.add_months(t.latest.date(), -MONTHS_PER[spec.grain])
    return Period(dt.datetime(first.year, first.month, first.day), t.latest, spec.grain, duration_value(spec.grain, 1.0)), anchor


_CLOCK_VALUE = re.compile(r"T\d\d:\d\d$")  # a part of day with a clock reading ("midnight" T24:00, "noon" T12:00)


def length_ending(ctx: "Context", mentions: list[Mention], i: int, t: Timex, resolved: Resolved) -> Timex:
    """ "the six months to June", "the nine months ended Sept. 30", "the five years to 2025", "the 24 hours to 6 a.m.": a length after an opener
    (``length_openers`` in ``[period_end]``) named by the day, month or year it ends with, as "the year to January" is,
    is bounded by that stretch (1 January to 1 July for the first); its value stays the length (``P6M``)."""
    spec = mentions[i].meaning
    table = ctx.lexicon.tables.get("period_end")
    if (not table or not isinstance(spec, DurationSpec) or t.type is not TimexType.DURATION or t.earliest is not None
            or t.latest is not None or spec.span is not None or spec.amount is None or spec.hedge or i + 1 >= len(mentions)):
        return t
    words = mentions[i].text.lower().split()
    if not words or words[0] not in table.get("length_openers", ()):
        return t
    gap = ctx.text[mentions[i].end : mentions[i + 1].start]
    ends = tuple(table["words"]) + tuple(table.get("length_ends", ()))  # ("the 12 months through June")
    if len(gap) > 20 or not _period_end_words(ends).fullmatch(gap) or not isinstance(mentions[i + 1].meaning, CalendarSpec):
        return t
    end = resolved(i + 1)
    if end.earliest is None or end.latest is None or end.mod not in (None, Mod.END):
        return t  # ("the six months to mid-June": no sure last day; "to the end of June" is June's last day)
    if end.grain in (Grain.DAY, Grain.MONTH, Grain.YEAR):
        last = end.latest
    elif end.grain is Grain.MINUTE and end.mod is None:
        last = end.earliest  # "the 24 hours to 6 a.m.": up to 06:00
    elif end.grain is Grain.PART_OF_DAY and end.mod is None and _CLOCK_VALUE.search(end.value):
        last = end.earliest + (end.latest - end.earliest) / 2  # "the 24 hours to midnight": the middle of its half hour each side
    else:
        return t
    from .durations import reach

    start = reach(ctx.lexicon, spec, last, -1, far=True)
    if start is None:
        return t
    return attrs.evolve(t, earliest=start, latest=last, anchor=TimexAnchor(AnchorKind.TIMEX, end.tid), temporal_function=True)


def length_starting(ctx: "Context", mentions: list[Mention], i: int, t: Timex, resolved: Resolved, cache: dict[int, Timex]) -> Timex:
    """ "for ten days from Saturday", "from Monday for two weeks", "for 72 hours from Tuesday": an exact length after an opener
    (``length_openers`` in ``[period_start]``) joined to the day (or time) it starts on by one of its ``words`` is bounded by
    that stretch, the day counted as its first: 4 April to 14 April for the first said on 1 April 2026; a length shorter
    than a day runs from the day's start to its end plus the length (the hours may begin any time that day). The value
    stays the length (``P10D``)."""
    spec = mentions[i].meaning
    table = ctx.lexicon.tables.get("period_start")
    if (not table or not isinstance(spec, DurationSpec) or t.type is not TimexType.DURATION or t.earliest is not None
            or t.latest is not None or spec.span is not None or spec.amount is None or spec.hedge):
        return t
    openers, words = tuple(table["length_openers"]), tuple(table["words"])
    start = None
    if i + 1 < len(mentions) and isinstance(mentions[i + 1].meaning, CalendarSpec) and _opened(openers).search(ctx.text[max(0, mentions[i].start - 12) : mentions[i].start]):
        gap = ctx.text[mentions[i].end : mentions[i + 1].start]
        if len(gap) <= 20 and _period_end_words(words).fullmatch(gap):
            start = resolved(i + 1)  # "for ten days from Saturday"
    if start is None and i and i - 1 in cache and isinstance(mentions[i - 1].meaning, CalendarSpec):
        gap = ctx.text[mentions[i - 1].end : mentions[i].start]
        if len(gap) <= 12 and _period_end_words(openers).fullmatch(gap) and _opened(words).search(ctx.text[max(0, mentions[i - 1].start - 20) : mentions[i - 1].start]):
            start = cache[i - 1]  # "from Monday for two weeks"
    if start is None or start.earliest is None or start.latest is None or start.grain > Grain.DAY or start.mod is not None:
        return t
    from .durations import reach

    days = spec.grain >= Grain.DAY and start.grain is Grain.DAY
    end = reach(ctx.lexicon, spec, start.earliest if days else start.latest, 1, far=True)
    if end is None:
        return t
    return attrs.evolve(t, earliest=start.earliest, latest=end, anchor=TimexAnchor(AnchorKind.TIMEX, start.tid), temporal_function=True)


def first_months(ctx: "Context", mentions: list[Mention], i: int, t: Timex, story: "Story") -> Timex:
    """News: "the first nine months", "the first six months" with no period after them (TimeBank tags them alone, ``P9M``) are
    the first so many months of the publication year, as "the first half" is the year's: said on 18 Nov 2027, "rose 4% in
    the first nine months" is 1 Jan .. 1 Oct 2027; in a past clause before they are over ("sales rose in the first nine
    months" said in January 2028), those of the year before. Only with "the" and a figure in the sentence (a report's
    numbers); left unbounded when the story is in another year, or "of"/"after" follows ("the first six months after
    the flood")."""
    spec = mentions[i].meaning
    parts = ctx.lexicon.tables.get("period_parts")
    if (ctx.mode != "news" or ctx.reference is None or not parts or not isinstance(spec, DurationSpec) or t.type is not TimexType.DURATION
            or t.earliest is not None or t.latest is not None or spec.span is not None or spec.hedge or spec.amount is None
            or spec.grain not in (Grain.MONTH, Grain.QUARTER) or spec.amount != int(spec.amount)):
        return t
    months = int(spec.amount) * MONTHS_PER[spec.grain]
    words = mentions[i].text.lower().split()
    if not 1 <= months < 12 or len(words) < 3 or words[0] != "the" or words[1] not in parts["first"]:
        return t  # ("its first nine months": of the owner's life or term)
    following = ctx.text[mentions[i].end : mentions[i].end + 12].split()
    if following and following[0].lower().strip(",.;:") in tuple(parts["of"]) + tuple(parts.get("unreported_after", ())):
        return t  # ("the first nine months of trading": a part of something else; "of 2025" is period_part's)
    start, end = ctx.doc.sentence_at(mentions[i].start)
    if not re.search(r"\d", ctx.text[start : mentions[i].start] + ctx.text[mentions[i].end : end]):
        return t  # a figure in its sentence tells a report's period ("rose 4% in the first nine months"), not some other start
    from .tense import clause_tense

    year = ctx.reference.year
    end = dt.datetime(year, months + 1, 1)
    if end > ctx.reference and clause_tense(ctx.doc, mentions[i].start, mentions[i].end)[0] == "past":
        year, end = year - 1, dt.datetime(year - 1, months + 1, 1)
    focus = story.focus
    if focus is not None and Grain.MONTH <= focus.grain <= Grain.YEAR and focus.start.year != year:
        return t
    return attrs.evolve(t, earliest=dt.datetime(year, 1, 1), latest=end, anchor=TimexAnchor(AnchorKind.REFERENCE_TIME), temporal_function=True)
