"""What the expressions next to one say about it: the day beside a clock time ("3 a.m. on
Sunday"), the last day that names a period ("the quarter ended Sept. 30"), the year of a
coordinated date ("March and May 1911").

The days and weeks are here; `neighbour_periods` (ends and lengths of periods) and `neighbour_ranges`
(coordinated years, ordered ranges) beside it."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Callable, Optional

import attrs

from ..lexicon import load_data
from ..model import AnchorKind, Grain, Mod, Timex, TimexAnchor, TimexType
from ..recognize.meaning import Anchoring, CalendarSpec, Direction, DurationSpec, Mention
from . import calendar as cal
from .calendar import Period
from .picking import direction
from .shifts import MONTHS_PER
from .story import DAY_GRAINS
from .tense_cues import tense_words
from .tense_signals import after_following_signal, before_future_signal, before_preceding_signal

if TYPE_CHECKING:
    from .anchors import Context

__all__ = ["limit_of_dated_deed", "part_in_period_after", "week_possessed_before", "period_part", "day_hint", "week_named_after", "weekday_beside_day", "day_apposed_after", "holiday_in_sentence", "weekday_in_month", "apposed_mod_bounds", "with_apposed_weekday", "day_named_before"]

_ADJACENT_AFTER = re.compile(r"\s{0,3}(?:[A-Za-z]{2,20}\s{1,3}time\s{1,3})?(?:\([^()\n]{1,30}\)\s{0,3})?(?:on\s{1,3}(?:the\s{1,3})?|,\s{0,2}|of\s{1,3})?$")  # "5 a.m. [Kabul time] [(0030 GMT)] on [the]"
_SEASON_ORDER = ("SP", "SU", "FA", "WI")
# "a pre-dawn [raid on the family's home] on April 22": a hyphenated part of day before its noun, the noun and at most one
# short phrase after it, then "on" and the day that dates the noun (and so the part of day)
_ATTRIBUTIVE_GAP = re.compile(r"\s{1,3}[a-z]+(?:\s{1,3}(?:on|at|in|of|near|outside)\s{1,3}(?:[A-Za-z]+['’]?s?\s{1,3}){0,3}[a-z]+)?\s{1,3}on\s{1,3}$")


Resolved = Callable[[int], Timex]  # the time expression of mention i, resolved once (cached by the caller)


def named_day_after(ctx: "Context", mentions: list[Mention], i: int) -> bool:
    """Whether a day or part of day written right after mention ``i`` names when it was ("scored twice in the
    last ten minutes on Wednesday night"): a span such as "the last ten minutes" is then the end of something
    on that day (the match), not the minutes up to now."""
    if i + 1 >= len(mentions):
        return False
    nxt = mentions[i + 1]
    return (isinstance(nxt.meaning, CalendarSpec) and nxt.meaning.hour is None and nxt.meaning.grain <= Grain.DAY
            and nxt.start - mentions[i].end <= 12 and _ADJACENT_AFTER.match(ctx.text[mentions[i].end : nxt.start]) is not None)


def day_hint(ctx: "Context", mentions: list[Mention], i: int, resolved: Resolved, cache: dict[int, Timex]) -> Optional[tuple[dt.date, str]]:
    """For a clock time, the date of a day expression written right next to it ("3 a.m. on Sunday")."""
    text = ctx.text
    if i + 1 < len(mentions):
        nxt = mentions[i + 1]
        # (not across a sentence end hidden in "p.m.": "at 11 p.m. The next day, ..." is no "11 p.m. Tuesday")
        gap = text[mentions[i].end : nxt.start]
        if (isinstance(nxt.meaning, CalendarSpec) and nxt.meaning.hour is None
                and (_ADJACENT_AFTER.match(gap) or (("-" in mentions[i].text or _attributive_part(ctx, mentions[i])) and _ATTRIBUTIVE_GAP.match(gap)))
                and nxt.start - mentions[i].end <= 60 and ctx.doc.sentence_at(nxt.start)[0] <= mentions[i].start):
            t = resolved(i + 1)
            if t.earliest is not None and t.type in (TimexType.DATE, TimexType.TIME):
                return t.earliest.date() + dt.timedelta(days=1 if _ends_past_midnight(ctx, mentions, i) else 0), t.tid
        end_day = _range_end_day(ctx, mentions, i, resolved)
        if end_day is not None:
            return end_day
    if i > 0:
        prev = mentions[i - 1]
        gap = text[prev.end : mentions[i].start]
        if isinstance(prev.meaning, CalendarSpec) and len(gap) <= 5 and _day_time_gap(tuple(ctx.lexicon["date_pairs"].get("day_time_links", ()))).fullmatch(gap) and i - 1 in cache:
            t = cache[i - 1]
            if t.earliest is not None and t.type in (TimexType.DATE, TimexType.TIME) and t.grain in DAY_GRAINS:
                return t.earliest.date(), t.tid
    return None


def part_in_period_after(ctx: "Context", mentions: list[Mention], i: int, spec: CalendarSpec, resolved: Resolved) -> Optional[tuple[Period, TimexAnchor]]:
    """ "recorded in a single afternoon in 1966", "one evening in May 1971": a part of day no day names (no clock part),
    written right before one of lexicon ``[date_pairs] part_period_links`` and a month or a year, is some day's of that
    period (1966-XX-XXTAF, 1971-05-XXTEV; the period spans the month's or year's), not the story's day; None otherwise."""
    if (not spec.part_of_day or spec.day is not None or spec.weekday is not None or spec.month is not None or spec.year is not None
            or spec.hour is not None or i + 1 >= len(mentions)):
        return None
    entry = ctx.lexicon["parts_of_day"].get(spec.part_of_day, {})
    nxt = mentions[i + 1]
    words = ctx.text[mentions[i].end : nxt.start].split()
    if ("clock" in entry or "code" not in entry or len(words) != 1 or words[0].lower() not in ctx.lexicon["date_pairs"].get("part_period_links", ())
            or not isinstance(nxt.meaning, CalendarSpec) or nxt.meaning.hour is not None or nxt.meaning.part_of_day):
        return None
    t = resolved(i + 1)
    if t.type is not TimexType.DATE or t.earliest is None or t.latest is None:
        return None
    if t.grain is Grain.MONTH and re.fullmatch(r"\d{4}-\d\d", t.value):
        value = f"{t.value}-XXT{entry['code']}"
    elif t.grain is Grain.YEAR and re.fullmatch(r"\d{4}", t.value):
        value = f"{t.value}-XX-XXT{entry['code']}"
    else:
        return None
    return Period(t.earliest, t.latest, Grain.PART_OF_DAY, value), TimexAnchor(AnchorKind.TIMEX, t.tid)


def _attributive_part(ctx: "Context", mention: Mention) -> bool:
    """Whether the mention is a part of day written alone after an article or possessive, so before its noun ("an evening
    rally on Wednesday", "a dawn raid on Tuesday", "a midnight deadline on Friday"): dated by the day after the noun, as a
    hyphenated one is."""
    words = mention.text.split()
    openers = tense_words(ctx.doc.language).noun_openers
    if len(words) == 2 and words[0].lower() in openers:  # the article inside the extent: "[The dawn] service on Easter Sunday"
        return words[1].lower() in ctx.lexicon["parts_of_day"]
    if len(words) != 1 or words[0].lower() not in ctx.lexicon["parts_of_day"]:
        return False
    before = re.findall(r"[\w']+", ctx.text[max(0, mention.start - 12) : mention.start])
    # (or a preposition of lexicon [date_pairs] attributive_part_openers before a plural noun: "arrested in dawn raids on June 3")
    return bool(before) and (before[-1].lower() in openers or before[-1].lower() in ctx.lexicon["date_pairs"].get("attributive_part_openers", ()))


@functools.lru_cache(maxsize=None)
def _day_time_gap(links: tuple[str, ...]) -> "re.Pattern[str]":
    """The gap between a day and a time of it written right after ("Sunday at 3 p.m.", "October 16 in the afternoon")."""
    words = "|".join(re.escape(w) for w in links)
    return re.compile(r"[\s,]*(?:" + words + r")?\s*" if words else r"[\s,]*")


@functools.lru_cache(maxsize=None)
def _joined(connectors: tuple[str, ...]) -> "re.Pattern[str]":
    return re.compile(r"\s{0,3}(?:" + "|".join(re.escape(c) for c in connectors) + r")\s{0,3}")


def _range_end_day(ctx: "Context", mentions: list[Mention], i: int, resolved: Resolved) -> Optional[tuple[dt.date, str]]:
    """ "from 7 a.m. to 8 p.m. on Election Day", "between 9 a.m. and 5 p.m. Tuesday": the start of a range
    of clock times whose day is written after its end is on that day.  A range crossing midnight whose end names
    its own day ("from 10 p.m. to 6 a.m. Sunday") starts the day before; one with the day written after the whole
    range ("from 9 p.m. to 2 a.m. on Friday") is the night that begins that day (its end is on the next, see
    :func:`_ends_past_midnight`).  The times of a list ("at 10 p.m. and 2 a.m. on Monday") are all on the day."""
    if i + 1 >= len(mentions):
        return None
    this, end = mentions[i].meaning, mentions[i + 1].meaning
    if not isinstance(this, CalendarSpec) or not isinstance(end, CalendarSpec):
        return None
    this_clock, end_clock = _clock_of(ctx, this), _clock_of(ctx, end)
    if (this_clock is None or end_clock is None) and not _parts_range(this, end):
        return None  # (s58) two parts of the day ("from dawn to dusk on Friday", "from noon to dusk") as two clock times
    gap = ctx.text[mentions[i].end : mentions[i + 1].start]
    if len(gap) > 14 or not _joined(tuple(ctx.lexicon["date_pairs"]["connectors"])).fullmatch(gap):
        return None  # "from 7 a.m. to 8 p.m.", "at 9 a.m. and 5 p.m."; not times of two clauses ("at 9 p.m., and 10 p.m. on ...")
    if end.weekday is not None or end.month is not None:
        day_at = i + 1  # "to 6 a.m. Sunday": the end names its own day
    elif i + 2 < len(mentions):
        day = mentions[i + 2]
        if (not isinstance(day.meaning, CalendarSpec) or day.meaning.hour is not None or day.start - mentions[i + 1].end > 60
                or not _ADJACENT_AFTER.match(ctx.text[mentions[i + 1].end : day.start])):
            return None
        day_at = i + 2
    else:
        return None
    t = resolved(day_at)
    if t.earliest is None or t.type not in (TimexType.DATE, TimexType.TIME) or t.grain not in DAY_GRAINS:
        return None
    crosses = (day_at == i + 1 and this_clock is not None and end_clock is not None and end_clock < this_clock
               and _in_range(ctx, mentions, i + 1))
    return t.earliest.date() - dt.timedelta(days=1 if crosses else 0), t.tid


def _parts_range(this: CalendarSpec, end: CalendarSpec) -> bool:
    """(s58) Whether two mentions are bare times of one day, each a part of the day or a clock time with no day, month
    or year of its own: "from dawn to dusk", "from noon to dusk" (the first's day comes from the day after the end)."""
    return all((spec.part_of_day or spec.hour is not None) and spec.weekday is None and spec.month is None
               and spec.year is None and spec.day is None and spec.relative_word is None
               and (spec.shift is None or (spec.shift.grain is Grain.DAY and spec.shift.amount == 0
                                           and spec.shift.anchoring is Anchoring.NARRATIVE))
               for spec in (this, end))  # (a bare part's shift: the story's day, not "this morning")


def _in_range(ctx: "Context", mentions: list[Mention], i: int) -> bool:
    """Whether mentions i - 1 and i are the two ends of one range ("from 10 p.m. to 2 a.m.", "between 10 p.m. and
    2 a.m."), not the items of a list ("at 10 p.m. and 2 a.m.")."""
    pairs = ctx.lexicon["date_pairs"]
    gap = ctx.text[mentions[i - 1].end : mentions[i].start]
    if len(gap) > 14:
        return False
    if _joined(tuple(pairs["ordered"])).fullmatch(gap):
        return True
    if not _joined(tuple(pairs["connectors"])).fullmatch(gap):
        return False
    return _opened(tuple(pairs.get("openers", ()))).search(ctx.text, max(0, mentions[i - 1].start - 12), mentions[i - 1].start) is not None


@functools.lru_cache(maxsize=None)
def _opened(openers: tuple[str, ...]) -> "re.Pattern[str]":
    return re.compile(r"\b(?:" + "|".join(re.escape(o) for o in openers) + r")\s{1,3}$" if openers else r"(?!)", re.IGNORECASE)


def _ends_past_midnight(ctx: "Context", mentions: list[Mention], i: int) -> bool:
    """Whether mention i is a clock time ending a range begun at a later hour, the day written after it ("from 10 p.m. to
    12 a.m. on Monday", "from 9 p.m. to 2 a.m. on Friday"): the range is the night that begins that day, so its end is on
    the day after (the midnight that ends the day, not the one that begins it).  Not in a list ("at 10 p.m. and 12 a.m.")."""
    if i == 0:
        return False
    this, start = mentions[i].meaning, mentions[i - 1].meaning
    if not isinstance(this, CalendarSpec) or not isinstance(start, CalendarSpec) or this.hour is None or start.hour is None:
        return False
    if this.weekday is not None or this.month is not None or start.weekday is not None or start.month is not None:
        return False
    return (this.hour, this.minute or 0) < (start.hour, start.minute or 0) and _in_range(ctx, mentions, i)


def _clock_of(ctx: "Context", spec: CalendarSpec) -> Optional[tuple[int, int]]:
    """(hour, minute) of a clock time, or of a part of day that is one instant ("noon", "midnight": its
    lexicon ``clock``, midnight as 24:00, the end of its day); None for anything else."""
    if spec.hour is not None:
        return spec.hour, spec.minute or 0
    clock = ctx.lexicon["parts_of_day"].get(spec.part_of_day or "", {}).get("clock") if spec.part_of_day else None
    if not clock:
        return None
    hour, minute = str(clock).split(":")
    return int(hour), int(minute)


_PART_GRAINS = (Grain.MONTH, Grain.QUARTER, Grain.HALF, Grain.YEAR)  # periods "the first two weeks of ..." names a part of


def period_part(ctx: "Context", mentions: list[Mention], i: int, t: Timex, resolved: Resolved) -> Timex:
    """ "the first two weeks of October", "the last ten days of June", "the first nine months of 2025": a length (TimeML tags it
    apart from the period after it) is bounded by the part of that period it names, from its start (its end) on (back) by the
    length, at most the whole period; a length of unknown amount ("the first few weeks of May") by its longest reading."""
    spec = mentions[i].meaning
    parts = ctx.lexicon.tables.get("period_parts")
    if not parts or not isinstance(spec, DurationSpec) or t.type is not TimexType.DURATION or i + 1 >= len(mentions):
        return t
    words = mentions[i].text.lower().split()
    first = bool(set(words[:2]) & set(parts["first"]))
    if not first and not set(words[:2]) & set(parts["last"]):
        return t
    gap = ctx.text[mentions[i].end : mentions[i + 1].start].split()
    if len(gap) != 1 or gap[0].lower() not in parts["of"] or not isinstance(mentions[i + 1].meaning, CalendarSpec):
        return t
    whole = resolved(i + 1)
    if whole.earliest is None or whole.latest is None or whole.grain not in _PART_GRAINS or whole.mod is not None:
        return t
    length = t.max_length
    if length is None or length >= whole.latest - whole.earliest:
        length = whole.latest - whole.earliest  # "the first few weeks of May" (2 to 9 weeks): somewhere in May
    if length == whole.latest - whole.earliest:
        point = whole.latest if first else whole.earliest
    elif spec.amount is not None and spec.amount == int(spec.amount) and spec.grain in (Grain.MONTH, Grain.QUARTER, Grain.YEAR):
        months = int(spec.amount) * MONTHS_PER[spec.grain]  # whole months: "the first nine months" ends on the 1st, not after 274 days
        edge = cal.add_months((whole.earliest if first else whole.latest).date(), months if first else -months)
        point = dt.datetime.combine(edge, dt.time())
    else:
        from .durations import reach  # (an unknown count of months, "the final months of 2025", on the calendar too)

        point = reach(ctx.lexicon, spec, whole.earliest if first else whole.latest, 1 if first else -1, far=True) or (
            whole.earliest + length if first else whole.latest - length)
        point = min(max(point, whole.earliest), whole.latest)
    earliest, latest = (whole.earliest, point) if first else (point, whole.latest)
    return attrs.evolve(t, earliest=earliest, latest=latest, anchor=TimexAnchor(AnchorKind.TIMEX, whole.tid), temporal_function=True)


_SAME_DAY_GAP = re.compile(r"(?:\s{1,3}(?P<noun>[A-Za-z]{3,12}))?\s{1,3}on\s{1,3}|\s{0,2},\s{1,3}")  # "Labor Day [holiday] on Monday", "Christmas, Friday"


def day_named_before(ctx: "Context", mentions: list[Mention], i: int, last: Optional[tuple[int, Period, str]]) -> Optional[tuple[dt.date, str]]:
    """ "ahead of the Labor Day holiday on Monday", "on Christmas Day, Friday": a bare weekday written right after a day
    that falls on it names that day again (its own tense may point the other way).  ``last`` is the story's last date
    resolved (sentence, period, id): the day before must be it (so already resolved, nothing is resolved ahead here)."""
    spec = mentions[i].meaning
    if not isinstance(spec, CalendarSpec) or spec.weekday is None or spec.shift is not None or spec.relative_word or i == 0:
        return None
    before = mentions[i - 1].meaning
    if not isinstance(before, CalendarSpec) or before.weekday is not None or before.hour is not None:
        return None
    gap = _SAME_DAY_GAP.fullmatch(ctx.text, mentions[i - 1].end, mentions[i].start)
    if gap is None or (gap.group("noun") and gap.group("noun").lower() not in ctx.lexicon["date_pairs"].get("same_day_nouns", ())):
        return None  # "its Christmas trading on Thursday": the trading's day, not Christmas again
    if last is None or last[2] != f"t{i}" or last[1].grain is not Grain.DAY or last[1].start.isoweekday() != spec.weekday:
        return None
    return last[1].start.date(), last[2]


_APPOSED_GAP = re.compile(r"\s{0,2},\s{1,3}| {1,2}")  # "late on Monday[, ]Nov. 30", "late on Friday[ ]30 April" (the weekday taken into "late on")


def day_apposed_after(ctx: "Context", mentions: list[Mention], i: int, resolved: Resolved) -> Optional[tuple[dt.date, str]]:
    """ "late on Monday, Nov. 9", "on Friday, the day after Thanksgiving", "on Thursday, Thanksgiving Day": a bare weekday
    with a day set off after it by a comma that falls on it names that day (the weekday alone, read by the tense, may be a
    week off: said on Wednesday 18 Nov 2026, "announced late on Monday, Nov. 9" is 9 Nov, not the 16th)."""
    spec = mentions[i].meaning
    if (not isinstance(spec, CalendarSpec) or spec.weekday is None or spec.shift is not None or spec.relative_word
            or spec.hour is not None or spec.part_of_day or i + 1 >= len(mentions)):
        return None
    after = mentions[i + 1].meaning
    if (not isinstance(after, CalendarSpec) or after.weekday is not None or after.hour is not None or after.part_of_day
            or not _APPOSED_GAP.fullmatch(ctx.text, mentions[i].end, mentions[i + 1].start)):
        return None
    t = resolved(i + 1)
    if t.earliest is None or t.grain is not Grain.DAY or t.type is not TimexType.DATE or t.earliest.isoweekday() != spec.weekday:
        return None
    return t.earliest.date(), t.tid


_OCCASION_NOUN = re.compile(r" {1,2}[a-z]")  # "Black Friday [d]eals": the holiday names the occasion of a noun
# days from a holiday a bare weekday of its sentence may name, in this order: the holiday, its eve ("Black Friday sale opens
# on Thursday"), the two days after it ("Good Friday processions ... the Easter Vigil begins on Saturday", "... Mass on Sunday")
_HOLIDAY_DAYS = (0, -1, 1, 2)
_HOLIDAY_REACH = 13  # days: a holiday further from now is no weekday's week ("fell on Thursday after a weak Christmas" in March)


def _occasion_link(ctx: "Context", start: int) -> bool:
    """Whether one of ``occasion_links`` (tense.toml signals) stands right before ``start``: "[for] Black Friday"."""
    words = _LAST_WORD.findall(ctx.text, max(0, start - 12), start)
    links = load_data(ctx.doc.language, "tense.toml")["signals"].get("occasion_links", ())
    return bool(words) and ctx.text[start - 1 : start].isspace() and words[-1].lower() in links


_LAST_WORD = re.compile(r"[A-Za-z]+")


def _in_span(ctx: "Context", mentions: list[Mention], start: int, end: int) -> range:
    """The indices of ``mentions`` (in text order) that start in [start, end): found by bisection on their starts, worked out
    once per list (a scan of every mention per weekday made a long text's resolution quadratic)."""
    cached = ctx.memo.get("mention_starts")
    if not (isinstance(cached, tuple) and cached[0] is mentions):
        cached = ctx.memo["mention_starts"] = (mentions, [m.start for m in mentions])
    starts = cached[1]
    return range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))


def holiday_in_sentence(ctx: "Context", mentions: list[Mention], i: int, resolved: Resolved) -> Optional[tuple[dt.date, str]]:
    """ "Black Friday deals start at midnight on Thursday", "the Black Friday sale ... until 10pm on Friday": a bare
    weekday in a sentence that names a holiday falling on that weekday, the day after it or one of the two days before it is
    that holiday, its eve or a day of its weekend (said on Thursday 19 Nov 2026 with Black Friday on the 27th, the Thursday
    is the 26th, not that day; "Good Friday processions ..., and the Easter Vigil begins on Saturday": Easter
    Saturday).  The holiday is read
    by its own words (one after the weekday by its lexicon entry alone, the nearest now: resolving it ahead of the weekday
    would tell the story its time first); the first one in the sentence that fits wins, if it lies within two weeks of now
    on the side the weekday's clause looks to, and names the occasion of something (a lower-case word right after it, or
    "for"/"on" right before it), no signal like "ahead of" before it."""
    spec = mentions[i].meaning
    if (not isinstance(spec, CalendarSpec) or spec.weekday is None or spec.shift is not None or spec.relative_word
            or ctx.reference is None):
        return None
    today = ctx.reference.date()
    way = None
    s, e = ctx.doc.sentence_at(mentions[i].start)
    for j in _in_span(ctx, mentions, s, e):
        m = mentions[j]
        other = m.meaning
        if (j == i or not isinstance(other, CalendarSpec) or other.grain is not Grain.DAY or other.holiday is None
                or other.year is not None or other.shift is not None or other.weekday is not None or other.hour is not None):
            continue
        if any(signal(ctx.text, m.start, ctx.doc.language) for signal in (before_future_signal, before_preceding_signal, after_following_signal)):
            continue  # "Ahead of Black Friday, the chain will report on Thursday": a time set apart from the holiday
        if not (_OCCASION_NOUN.match(ctx.text, m.end) or _occasion_link(ctx, m.start)):
            continue  # "The chain, which expects a strong Black Friday, will report on Thursday": no occasion named
        if j < i:
            t = resolved(j)
            if t.earliest is None or t.grain is not Grain.DAY or t.type is not TimexType.DATE:
                continue
            day, tid = t.earliest.date(), t.tid
        else:  # one after it, by its lexicon entry alone (resolving it ahead of the weekday would tell the story its time)
            entry = ctx.lexicon["holidays"].get(other.holiday)
            if entry is None:
                continue
            day = min((cal.holiday_date(entry, y) for y in (today.year - 1, today.year, today.year + 1)), key=lambda d: abs((d - today).days))
            tid = f"t{j + 1}"
        if way is None:
            way, _ = direction(ctx, spec, mentions[i], Direction.PAST)
        if (abs((day - today).days) > _HOLIDAY_REACH or (way is Direction.PAST and day > today)
                or (way is Direction.FUTURE and day < today)):
            continue  # "Sales rose on Friday ahead of Black Friday": the weekday's clause looks the other way
        for offset in _HOLIDAY_DAYS:  # the holiday itself, its eve, then the days of its weekend after it
            if (day + dt.timedelta(days=offset)).isoweekday() == spec.weekday:
                return day + dt.timedelta(days=offset), tid
    return None


def with_apposed_weekday(ctx: "Context", mentions: list[Mention], i: int, spec: CalendarSpec) -> CalendarSpec:
    """ "late on Monday, Nov. 9": a month day with no year set off by a comma after a bare weekday takes that weekday as
    its own, as "Monday, Nov. 9" written as one expression does (the year in which the two agree)."""
    if (i == 0 or spec.month is None or spec.day is None or spec.year is not None or spec.named_weekday is not None
            or spec.weekday is not None):
        return spec
    before = mentions[i - 1].meaning
    if (not isinstance(before, CalendarSpec) or before.weekday is None or before.shift is not None or before.relative_word
            or before.hour is not None or before.part_of_day or not _APPOSED_GAP.fullmatch(ctx.text, mentions[i - 1].end, mentions[i].start)):
        return spec
    return attrs.evolve(spec, named_weekday=before.weekday)


def weekday_in_month(ctx: "Context", mentions: list[Mention], i: int, before: Timex, t: Timex) -> Timex:
    """ "on a Saturday morning in May", "one Friday night in November": a weekday after an indefinite article (tense.toml
    ``clause.indefinite``) with a month resolved right after it (one of ``month_links`` between) is some such day of that
    month, which one unknown: ``before`` (the weekday's expression) returned with the month's bounds and value ("2026-05-XX",
    its part of day kept: "2026-05-XXTMO"), not the weekday nearest now (a crash "on a Saturday morning in May" told in
    June is no Saturday of June)."""
    spec = mentions[i - 1].meaning if i > 0 else None
    if (not isinstance(spec, CalendarSpec) or spec.weekday is None or spec.shift is not None or spec.relative_word
            or spec.month is not None or spec.day is not None or t.earliest is None or t.latest is None or before.earliest is None
            or not (t.grain is Grain.MONTH and len(t.value) == 7 or t.grain is Grain.YEAR and len(t.value) == 4 and t.value.isdigit()
                    or t.grain is Grain.SEASON and len(t.value) == 7 and t.value[:4].isdigit())):
        return before  # (s57: or a year right after it, "born on a Sunday in 1950": some Sunday of 1950, "1950-XX-XX")
    clause = load_data(ctx.doc.language, "tense.toml")["clause"]
    lead = _LAST_WORD.findall(ctx.text, max(0, mentions[i - 1].start - 6), mentions[i - 1].start)
    gap = ctx.text[mentions[i - 1].end : mentions[i].start].split()
    if t.grain is Grain.SEASON:  # (s58) "on a Tuesday that summer": some day of that season ("2020-XX-XX", its bounds)
        gap = ["in"] if not gap and mentions[i].text.split()[0].lower() in clause.get("season_that", ()) else []
        t = attrs.evolve(t, value=t.value[:4], grain=Grain.YEAR)
    if (not lead or lead[-1].lower() not in clause.get("indefinite", ()) or not ctx.text[mentions[i - 1].start - 1 : mentions[i - 1].start].isspace()
            or len(gap) != 1 or gap[0].lower() not in clause.get("month_links", ())):
        return before
    part = before.value[10:] if len(before.value) > 10 and before.value[10] == "T" else ""
    unknown = "-XX" if t.grain is Grain.MONTH else "-XX-XX"
    return attrs.evolve(before, value=f"{t.value}{unknown}{part}", earliest=t.earliest, latest=t.latest, anchor=TimexAnchor(AnchorKind.TIMEX, t.tid))


def limit_of_dated_deed(ctx: "Context", mentions: list[Mention], i: int, before: Timex, t: Timex) -> Timex:
    """(s57) "within two weeks of the vote on 4 May", "within days of his arrest on Tuesday": a length after "within"
    (tense.toml ``within``) counted from a deed named after it (``within_counted`` "of", a determiner at most, the noun,
    one of [signals] ``dated_deed_links``) whose date comes right after: ``before`` (the length, unbounded) returned
    bounded from that date's start to its end plus the length's longest reading, as "within two weeks" said on that day."""
    meaning = mentions[i - 1].meaning
    if (not isinstance(meaning, DurationSpec) or meaning.span is not None or before.type is not TimexType.DURATION
            or before.earliest is not None or t.earliest is None or t.latest is None or t.type is not TimexType.DATE):
        return before
    cues = tense_words(ctx.doc.language)
    lead = _LAST_WORD.findall(ctx.text, max(0, mentions[i - 1].start - 12), mentions[i - 1].start)
    gap = ctx.text[mentions[i - 1].end : mentions[i].start].split()
    signals = load_data(ctx.doc.language, "tense.toml")["signals"]
    if (not 3 <= len(gap) <= 4 or gap[-1] not in signals.get("dated_deed_links", ()) or (len(gap) == 4 and gap[1] not in cues.determiners)
            or not gap[-2].isalpha() or not gap[-2].islower()):
        return before
    from .durations import reach  # (here: durations reads this module's neighbours' users)
    anchor = TimexAnchor(AnchorKind.TIMEX, t.tid)
    if lead and lead[-1].lower() in cues.within and gap[0] in cues.within_counted:
        return attrs.evolve(before, earliest=t.earliest, latest=past_limit_end(ctx, mentions[i - 1], reach(ctx.lexicon, meaning, t.latest, 1, far=True)),
                            anchor=anchor, temporal_function=True)
    way = 1 if gap[0] in signals.get("offset_after", ()) else -1 if gap[0] in signals.get("offset_before", ()) else 0
    if way == 0 or (lead and lead[-1].lower() in cues.within):
        return before
    # "Two days after the vote on 4 May": the day it points to, as "two days later" after that day
    ends = sorted((reach(ctx.lexicon, meaning, t.earliest, way, far=way < 0), reach(ctx.lexicon, meaning, t.latest, way, far=way > 0)),
                  key=lambda d: d or dt.datetime.min)
    if ends[0] is None or ends[1] is None:
        return before
    return attrs.evolve(before, earliest=ends[0], latest=ends[1], anchor=anchor, temporal_function=True)


def past_limit_end(ctx: "Context", mention: Mention, latest: Optional[dt.datetime]) -> Optional[dt.datetime]:
    """(s57) News: ``latest`` (where a time limit counted from a told day ends) cut at the end of the reference day in a
    past clause, where it would run past it ("resigned within days of his arrest on Tuesday" said on Wednesday: by the end
    of Wednesday), as an offset counted from a story's day is (docs/conventions.md)."""
    now = ctx.now_span() if ctx.mode == "news" else None
    if latest is None or now is None or latest <= now[1]:
        return latest
    from .tense import clause_tense  # (read only when the limit runs past now)
    return now[1] if clause_tense(ctx.doc, mention.start, mention.end)[0] == "past" else latest


def apposed_mod_bounds(ctx: "Context", mentions: list[Mention], i: int, before: Timex, t: Timex) -> Timex:
    """ "late on Monday, Nov. 30", "early Sunday, Nov. 15": a day set off by a comma after the weekday it names again, that
    weekday narrowed by "late"/"early" (mod END/START), is bounded as that weekday is (16:00-24:00, 00:00-08:00), as "late
    on Nov. 30" would be; value and mod kept."""
    if (i == 0 or t.mod is not None or before.mod is None or before.mod not in (Mod.START, Mod.END) or t.grain is not Grain.DAY or before.grain is not Grain.DAY
            or before.value != t.value or before.earliest is None or t.earliest is None
            or not _APPOSED_GAP.fullmatch(ctx.text, mentions[i - 1].end, mentions[i].start)):
        return t
    if not (t.earliest <= before.earliest and before.latest is not None and t.latest is not None and before.latest <= t.latest):
        return t
    return attrs.evolve(t, earliest=before.earliest, latest=before.latest)


_WEEK_AFTER = re.compile(r"\s{1,3}(?:of\s{1,3})?")  # "Tuesday next week", "Friday of last week"
_WORD_GAP = re.compile(r"\s{1,3}([A-Za-z]+)\s{1,3}")  # "Sunday [after] Thanksgiving"
_LEAD_WORD = re.compile(r"([A-Za-z]+)\s{1,3}\Z")  # "[the] Sunday after Thanksgiving"


def weekday_beside_day(ctx: "Context", mentions: list[Mention], i: int, resolved: Resolved) -> Optional[tuple[dt.date, str]]:
    """ "the Sunday after Thanksgiving", "the Friday before Christmas": a bare weekday after an article (``[date_pairs]
    beside_articles``) with a word of ``beside_after`` (``beside_before``) and a day right after it is the first such weekday
    after (before) that day, whatever the tense ("Airports expect crowds on the Sunday after Thanksgiving", said on Friday
    20 Nov 2026: 29 Nov, not the 22nd)."""
    spec = mentions[i].meaning
    pairs = ctx.lexicon["date_pairs"]
    articles = pairs.get("beside_articles", ())
    if (not articles or not isinstance(spec, CalendarSpec) or spec.weekday is None or spec.shift is not None or spec.relative_word
            or spec.hour is not None or i + 1 >= len(mentions)):
        return None
    lead = _LEAD_WORD.search(ctx.text[max(0, mentions[i].start - 12) : mentions[i].start])
    gap = _WORD_GAP.fullmatch(ctx.text, mentions[i].end, mentions[i + 1].start)
    if lead is None or lead.group(1).lower() not in articles or gap is None:
        return None
    word = gap.group(1).lower()
    step = 1 if word in pairs.get("beside_after", ()) else -1 if word in pairs.get("beside_before", ()) else 0
    if not step or not isinstance(mentions[i + 1].meaning, CalendarSpec):
        return None
    t = resolved(i + 1)
    if t.earliest is None or t.grain is not Grain.DAY or t.type is not TimexType.DATE:
        return None
    day = t.earliest.date()
    return day + dt.timedelta(days=step * ((step * (spec.weekday - day.isoweekday()) - 1) % 7 + 1)), t.tid


def week_named_after(ctx: "Context", mentions: list[Mention], i: int, resolved: Resolved) -> Optional[tuple[dt.date, str]]:
    """ "on Tuesday next week", "Friday of last week", "from Monday through Thursday next week": a bare
    weekday with the week named right after it (or after the weekday it is joined to) is that week's day."""
    spec = mentions[i].meaning
    if not isinstance(spec, CalendarSpec) or spec.weekday is None or spec.shift is not None or spec.relative_word or spec.hour is not None:
        return None
    j = i + 1
    if j < len(mentions):
        joined = mentions[j].meaning
        if (isinstance(joined, CalendarSpec) and joined.weekday is not None and joined.shift is None and not joined.relative_word
                and _joined(tuple(ctx.lexicon["date_pairs"]["connectors"])).fullmatch(ctx.text[mentions[i].end : mentions[j].start])):
            j += 1  # "Monday through Thursday next week"
    if j >= len(mentions):
        return None
    week = mentions[j].meaning
    if (not isinstance(week, CalendarSpec) or week.grain is not Grain.WEEK or week.shift is None or week.shift.anchoring is not Anchoring.REFERENCE
            or not _WEEK_AFTER.fullmatch(ctx.text[mentions[j - 1].end : mentions[j].start])):
        return None
    t = resolved(j)
    if t.earliest is None or t.latest is None or t.latest - t.earliest != dt.timedelta(days=7):
        return None
    return t.earliest.date() + dt.timedelta(days=(spec.weekday - t.earliest.isoweekday()) % 7), t.tid


_POSSESSED_NOUN_WORDS = 4  # words of the noun a week possesses ("last week's [emergency council] meeting")
_ASIDE_REACH = 80  # characters from the aside's comma to the weekday ("which hit the coast on Thursday")


@functools.lru_cache(maxsize=None)
def _possessed_week_gap(possessives: tuple[str, ...], openers: tuple[str, ...]) -> "re.Pattern[str]":
    return re.compile(r"(?:" + "|".join(re.escape(p) for p in possessives) + r")(?:\s{1,3}[\w-]+){1,%d}\s{0,2},\s{1,3}(?:%s)\b[^,.;:!?]{0,%d}"
                      % (_POSSESSED_NOUN_WORDS, "|".join(re.escape(o) for o in openers), _ASIDE_REACH), re.IGNORECASE)


def week_possessed_before(ctx: "Context", mentions: list[Mention], i: int, resolved: Resolved) -> Optional[tuple[dt.date, str]]:
    """ "Last week's storm, which hit on Thursday, caused ...": a bare weekday in an aside set off by a comma right after a
    noun that a week named just before possesses (``[possessed_week]``) is that week's day, whatever the clause's tense."""
    spec = mentions[i].meaning
    if (not isinstance(spec, CalendarSpec) or spec.weekday is None or spec.shift is not None or spec.relative_word
            or spec.hour is not None or i == 0):
        return None
    table = ctx.lexicon.tables.get("possessed_week") or {}
    if not table.get("possessives") or not table.get("openers"):
        return None
    week = mentions[i - 1].meaning
    if (not isinstance(week, CalendarSpec) or week.grain is not Grain.WEEK or week.shift is None
            or week.shift.anchoring is not Anchoring.REFERENCE):
        return None
    gap = _possessed_week_gap(tuple(table["possessives"]), tuple(table["openers"])).fullmatch(ctx.text, mentions[i - 1].end, mentions[i].start)
    if gap is None:
        return None
    t = resolved(i - 1)
    if t.earliest is None or t.latest is None or t.latest - t.earliest != dt.timedelta(days=7):
        return None
    return t.earliest.date() + dt.timedelta(days=(spec.weekday - t.earliest.isoweekday()) % 7), t.tid
