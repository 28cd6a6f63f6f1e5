"""What the expressions next to one say about it: the day beside a clock time ("3 a.m. on
Sunday"), the last day that names a period ("the quarter ended Sept. 30"), the year of a
coordinated date ("March and May 1911")."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Callable, Optional

import attrs

from ..lexicon import Lexicon, load_data
from ..model import AnchorKind, Grain, Mod, Timex, TimexAnchor, TimexType
from ..recognize.meaning import Anchoring, CalendarSpec, Direction, DurationSpec, Mention
from . import calendar as cal
from .calendar import Period
from .picking import direction
from .shifts import MONTHS_PER
from .story import DAY_GRAINS
from .tense_cues import tense_words
from .tense_signals import after_following_signal, before_future_signal, before_preceding_signal
from .tense_verbs import span_notice
from ..units import duration_value

if TYPE_CHECKING:
    from .anchors import Context

__all__ = ["part_in_period_after", "reported_length", "week_possessed_before", "length_ending", "length_starting", "period_part", "day_hint", "ordered_range", "period_ending", "week_named_after", "weekday_beside_day", "day_apposed_after", "holiday_in_sentence", "weekday_in_month", "apposed_mod_bounds", "with_apposed_weekday", "with_coordinated_year", "with_coordinated_month", "story_weekday", "with_relative_year", "day_named_before"]

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
    if not isinstance(this, CalendarSpec) or not isinstance(end, CalendarSpec) or this.hour is None:
        return None
    end_clock = _clock_of(ctx, end)
    if end_clock is None:
        return None
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
    crosses = day_at == i + 1 and end_clock < (this.hour, this.minute or 0) and _in_range(ctx, mentions, i + 1)
    return t.earliest.date() - dt.timedelta(days=1 if crosses else 0), t.tid


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


def story_weekday(ctx: "Context", mentions: list[Mention], i: int, last: Optional[tuple[int, Period, str]],
                  resolved: Resolved) -> Optional[tuple[dt.date, str]]:
    """ "The festival runs from the 4th until the 6th of December. The parade leaves at 6 p.m. on the Saturday": a bare
    weekday after the definite article (``story_day_articles``), with no "after"/"before" a day following it, is the one of
    the days the story tells: the first such weekday of a range the last day told ends ("collects gifts from the 28th until
    December 12 ... on the Monday": 30 November), else the weekday nearest the last day told (three days either side), not
    the one nearest now.  ``last`` is the story's last date resolved (sentence, period, id)."""
    spec = mentions[i].meaning
    if (not isinstance(spec, CalendarSpec) or spec.weekday is None or spec.shift is not None or spec.relative_word
            or spec.hour is not None or last is None or last[1].grain > Grain.DAY):
        return None
    pairs = ctx.lexicon["date_pairs"]
    articles = pairs.get("story_day_articles", ())
    before = re.findall(r"[\w']+", ctx.text[max(0, mentions[i].start - 12) : mentions[i].start])
    if not articles or not before or before[-1] not in articles:
        return None
    after = re.findall(r"[\w']+", ctx.text[mentions[i].end : mentions[i].end + 12])
    if after and after[0].lower() in set(pairs.get("beside_after", ())) | set(pairs.get("beside_before", ())):
        return None  # "the Sunday after Thanksgiving": counted from that day (beside_bounds)
    told = last[1].start.date()
    j = int(last[2][1:]) - 1 if last[2][1:].isdigit() else -1  # (ids are "t" and the mention's number)
    if 0 < j < i and opens_range(ctx, mentions, j - 1):
        first = resolved(j - 1)
        if first.earliest is not None and first.grain is Grain.DAY and first.earliest.date() < told:
            day = first.earliest.date() + dt.timedelta(days=(spec.weekday - first.earliest.isoweekday()) % 7)
            if day <= told:
                return day, first.tid
    step = (spec.weekday - told.isoweekday() + 3) % 7 - 3
    return told + dt.timedelta(days=step), last[2]


_APPOSED_GAP = re.compile(r"\s{0,2},\s{1,3}")  # "late on Monday[, ]Nov. 30"


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
            or spec.month is not None or spec.day is not None or t.grain is not Grain.MONTH or t.earliest is None
            or t.latest is None or len(t.value) != 7 or before.earliest is None):
        return before
    clause = load_data(ctx.doc.language, "tense.toml")["clause"]
    lead = _LAST_WORD.findall(ctx.text, max(0, mentions[i - 1].start - 6), mentions[i - 1].start)
    gap = ctx.text[mentions[i - 1].end : mentions[i].start].split()
    if (not lead or lead[-1].lower() not in clause.get("indefinite", ()) or not ctx.text[mentions[i - 1].start - 1 : mentions[i - 1].start].isspace()
            or len(gap) != 1 or gap[0].lower() not in clause.get("month_links", ())):
        return before
    part = before.value[10:] if len(before.value) > 10 and before.value[10] == "T" else ""
    return attrs.evolve(before, value=f"{t.value}-XX{part}", earliest=t.earliest, latest=t.latest, anchor=TimexAnchor(AnchorKind.TIMEX, t.tid))


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
    """ "the six months to June 30", "the three months ended Sept. 30": a length of a half's (quarter's) months written with
    the last day of a half (quarter) after it is that period, which a report is about: the period and the day's id, else None."""
    spec = mentions[i].meaning
    if (ctx.mode != "news" or i + 1 >= len(mentions) or not isinstance(spec, DurationSpec) or spec.grain is not Grain.MONTH
            or spec.span is not None or spec.amount is None or spec.hedge or spec.amount not in _REPORTED_LENGTHS):
        return None
    nxt = mentions[i + 1]
    words = tuple(ctx.lexicon["period_end"]["words"])
    gap = ctx.text[mentions[i].end : nxt.start]
    if not words or len(gap) > 20 or not _period_end_words(words).fullmatch(gap) or not isinstance(nxt.meaning, CalendarSpec):
        return None
    if nxt.meaning.day is None or nxt.meaning.hour is not None:
        return None
    t = resolved(i + 1)
    if t.earliest is None or t.latest is None or t.grain is not Grain.DAY:
        return None
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


@functools.lru_cache(maxsize=None)
def _coordination(connectors: tuple[str, ...], articles: tuple[str, ...] = ()) -> "re.Pattern[str]":
    """The gap of two coordinated times: a connector, maybe after a comma and before one of ``articles`` ("from Saturday
    until [the] Tuesday after Easter")."""
    article = r"(?:(?:" + "|".join(re.escape(a) for a in articles) + r")\s{1,3})?" if articles else ""
    return re.compile(r"\s{0,3}(?:,\s{0,2})?(?:" + "|".join(re.escape(c) for c in connectors) + r")\s{0,3}" + article)


def _ordered_gap(ctx: "Context", gap: str) -> bool:
    """Whether ``gap`` joins two times as a range's ends ("Monday [to] Friday", "Saturday [until the] Tuesday after Easter")."""
    pairs = ctx.lexicon["date_pairs"]
    ordered = tuple(pairs.get("ordered", ()))
    return bool(ordered) and len(gap) <= 18 and _coordination(ordered, tuple(pairs.get("range_articles", ()))).fullmatch(gap) is not None


def with_coordinated_year(lexicon: Lexicon, text: str, mentions: list[Mention], i: int, spec: CalendarSpec) -> CalendarSpec:
    """ "March and May 1911", "March 5 to April 2, 1911", "the spring and early summer of 1943":
    a month or season without a year takes the year of the date it is coordinated with."""
    if (spec.month is None and spec.season is None) or spec.year is not None or spec.relative_word or spec.shift is not None or i + 1 >= len(mentions):
        return spec
    nxt = mentions[i + 1].meaning
    if not isinstance(nxt, CalendarSpec) or nxt.year is None or (nxt.month is None and nxt.season is None) or nxt.partial_year or nxt.bc:
        return spec
    if spec.season is not None and nxt.season is not None and _SEASON_ORDER.index(nxt.season) < _SEASON_ORDER.index(spec.season):
        return spec  # "the autumn and winter of 1943" is fine; "the winter and spring of 1920" crosses a year
    gap = text[mentions[i].end : mentions[i + 1].start]
    if len(gap) > 14 or not _coordination(tuple(lexicon["date_pairs"]["connectors"])).fullmatch(gap):
        return spec
    return attrs.evolve(spec, year=nxt.year)


def with_coordinated_month(lexicon: Lexicon, text: str, mentions: list[Mention], i: int, spec: CalendarSpec) -> CalendarSpec:
    """ "from the 4th until the 6th of December", "between the 10th and December 12": a bare day of the month joined to a
    day with its month takes that month (and its year, if written); a larger number than the other day's is of the month
    before ("from the 28th to March 3": 28 February), as a range's first end comes first."""
    if (spec.day is None or spec.month is not None or spec.year is not None or spec.weekday is not None or spec.hour is not None
            or spec.shift is not None or spec.relative_word is not None or spec.holiday is not None or spec.bc or i + 1 >= len(mentions)):
        return spec
    nxt = mentions[i + 1].meaning
    if (not isinstance(nxt, CalendarSpec) or nxt.month is None or nxt.day is None or nxt.hour is not None or nxt.shift is not None
            or nxt.relative_word is not None or nxt.bc):
        return spec
    gap = text[mentions[i].end : mentions[i + 1].start]
    if len(gap) > 14 or not _coordination(tuple(lexicon["date_pairs"]["connectors"])).fullmatch(gap):
        return spec
    if spec.day <= nxt.day:
        return attrs.evolve(spec, month=nxt.month, year=nxt.year)
    month, year = (nxt.month - 1, nxt.year) if nxt.month > 1 else (12, nxt.year - 1 if nxt.year is not None else None)
    return attrs.evolve(spec, month=month, year=year)


_RELATIVE_YEAR_GAP = re.compile(r"\s{1,3}")  # "Thanksgiving [ ]last year": only a space between


def with_relative_year(ctx: "Context", mentions: list[Mention], i: int, spec: CalendarSpec) -> CalendarSpec:
    """News: "Thanksgiving last year", "the night of March 16 last year": a holiday, day or season written without
    its year takes the year of "last year" ("next year", "this year") right after it, counted from the publication date."""
    if (ctx.mode != "news" or ctx.reference is None or spec.year is not None or spec.shift is not None or spec.relative_word is not None
            or spec.weekday is not None or spec.bc or (spec.holiday is None and spec.season is None and (spec.month is None or spec.day is None))
            or i + 1 >= len(mentions)):
        return spec
    nxt = mentions[i + 1].meaning
    if (not isinstance(nxt, CalendarSpec) or nxt.grain is not Grain.YEAR or nxt.shift is None or nxt.shift.grain is not Grain.YEAR
            or nxt.shift.anchoring is not Anchoring.REFERENCE or nxt.shift.amount is None or nxt.mod is not None):
        return spec
    if not _RELATIVE_YEAR_GAP.fullmatch(ctx.text, mentions[i].end, mentions[i + 1].start):
        return spec
    return attrs.evolve(spec, year=ctx.reference.year + int(nxt.shift.amount))


def story_year_after(ctx: "Context", mentions: list[Mention], i: int, spec: CalendarSpec) -> bool:
    """Narrative: whether a month, day, season or holiday written without its year has the story's year counted right
    after it ("In March the following year", "on 2 February the next year", "At Easter that year"): the date lies in
    that year, which counts from the story's time before the date moves it (not March of the story's year, nor the year
    after the date's)."""
    if (ctx.mode != "narrative" or spec.year is not None or spec.shift is not None or spec.relative_word is not None or spec.weekday is not None
            or spec.bc or (spec.month is None and spec.season is None and spec.holiday is None) or i + 1 >= len(mentions)):
        return False
    nxt = mentions[i + 1].meaning
    if (not isinstance(nxt, CalendarSpec) or nxt.grain is not Grain.YEAR or nxt.shift is None or nxt.shift.grain is not Grain.YEAR
            or nxt.shift.anchoring is not Anchoring.NARRATIVE or nxt.shift.amount is None or nxt.mod is not None
            or nxt.month is not None or nxt.season is not None):
        return False
    return _RELATIVE_YEAR_GAP.fullmatch(ctx.text, mentions[i].end, mentions[i + 1].start) is not None


def with_joined_relative_year(ctx: "Context", mentions: list[Mention], i: int, spec: CalendarSpec) -> CalendarSpec:
    """News: "between January and August last year", "in March or April next year": a month or season without a year
    joined to one written with a relative year takes that year, counted from the publication date (as "March and May
    1911" takes 1911)."""
    if (ctx.mode != "news" or ctx.reference is None or (spec.month is None and spec.season is None) or spec.year is not None
            or spec.shift is not None or spec.relative_word or spec.weekday is not None or spec.bc or i + 1 >= len(mentions)):
        return spec
    nxt = mentions[i + 1].meaning
    if (not isinstance(nxt, CalendarSpec) or nxt.year is not None or (nxt.month is None and nxt.season is None) or nxt.shift is None
            or nxt.shift.grain is not Grain.YEAR or nxt.shift.anchoring is not Anchoring.REFERENCE or nxt.shift.amount is None):
        return spec
    if spec.season is not None and nxt.season is not None and _SEASON_ORDER.index(nxt.season) < _SEASON_ORDER.index(spec.season):
        return spec  # "the winter and spring" crosses a year
    if spec.month is not None and nxt.month is not None and nxt.month < spec.month:
        return spec  # "from November to February next year" crosses one
    gap = ctx.text[mentions[i].end : mentions[i + 1].start]
    if len(gap) > 14 or not _coordination(tuple(ctx.lexicon["date_pairs"]["connectors"])).fullmatch(gap):
        return spec
    return attrs.evolve(spec, year=ctx.reference.year + int(nxt.shift.amount))


_YEARLESS_GRAINS = (Grain.DAY, Grain.MONTH, Grain.SEASON)  # a date without its year: the tense chooses which year
_LEADING_YEAR = re.compile(r"\d{4}(?=-)")


def _is_yearless(mention: Mention, t: Timex) -> bool:
    spec = mention.meaning
    return (isinstance(spec, CalendarSpec) and spec.year is None and spec.shift is None and spec.relative_word is None and spec.weekday is None
            and spec.hour is None and not spec.bc and t.grain in _YEARLESS_GRAINS and t.anchor.kind is not AnchorKind.NONE
            and t.earliest is not None and t.latest is not None and _LEADING_YEAR.match(t.value) is not None)


def _a_year_moved(t: Timex, years: int, ctx: "Optional[Context]" = None, mention: Optional[Mention] = None) -> Optional[Timex]:
    """``t`` a calendar year earlier or later (None where the day does not exist then: Feb. 29); a holiday's day
    (``mention``'s) is that holiday's day of the other year (Thanksgiving 2027-11-25 a year back is 2026-11-26)."""
    assert t.earliest is not None and t.latest is not None
    spec = mention.meaning if mention is not None else None
    if (ctx is not None and isinstance(spec, CalendarSpec) and spec.holiday is not None and t.grain is Grain.DAY
            and _LEADING_DAY.fullmatch(t.value)):
        day = cal.holiday_date(ctx.lexicon["holidays"][spec.holiday], int(t.value[:4]) + years)
        step = dt.datetime.combine(day, dt.time()) - t.earliest.replace(hour=0, minute=0, second=0, microsecond=0)
        return attrs.evolve(t, value=day.isoformat(), earliest=t.earliest + step, latest=t.latest + step)
    try:
        earliest, latest = t.earliest.replace(year=t.earliest.year + years), t.latest.replace(year=t.latest.year + years)
    except ValueError:
        return None
    return attrs.evolve(t, value=f"{int(t.value[:4]) + years:04d}{t.value[4:]}", earliest=earliest, latest=latest)


def opens_range(ctx: "Context", mentions: list[Mention], i: int) -> bool:
    """Whether a range's connector ("to", "through", "until") joins mention ``i`` to the next one ("from Monday to Friday")."""
    if i + 1 >= len(mentions):
        return False
    return _ordered_gap(ctx, ctx.text[mentions[i].end : mentions[i + 1].start])


def _days_moved(t: Timex, days: int) -> Timex:
    """``t`` (a day, maybe with its part of day) ``days`` days on."""
    assert t.earliest is not None and t.latest is not None
    step = dt.timedelta(days=days)
    moved = dt.date.fromisoformat(t.value[:10]) + step
    return attrs.evolve(t, value=moved.isoformat() + t.value[10:], earliest=t.earliest + step, latest=t.latest + step)


def _past_weekday_range(ctx: "Context", mentions: list[Mention], i: int, first: Timex, second: Timex) -> Optional[tuple[Timex, Timex]]:
    """ "The festival ran from Monday to Friday" said on Wednesday: a range of two bare weekdays in a past clause whose
    end came out ahead of now is the week before's (both ends a week back); None when that is not so.  An end on the
    day of now is not ahead of it ("Snow fell Monday through Wednesday" said on Wednesday: this week's)."""
    a, b = mentions[i - 1].meaning, mentions[i].meaning
    if not (isinstance(a, CalendarSpec) and isinstance(b, CalendarSpec) and a.weekday is not None and b.weekday is not None
            and a.relative_word is None and b.relative_word is None and a.shift is None and b.shift is None):
        return None
    if (ctx.reference is None or first.earliest is None or second.earliest is None or second.latest is None
            or second.earliest <= ctx.reference or first.earliest > second.earliest or not _LEADING_DAY.match(first.value)
            or not _LEADING_DAY.match(second.value)):
        return None
    if not (_ordered_gap(ctx, ctx.text[mentions[i - 1].end : mentions[i].start]) or _in_range(ctx, mentions, i)):
        return None
    way, strong = direction(ctx, b, mentions[i], Direction.CLOSEST)
    if way is not Direction.PAST or not strong:
        return None
    return _days_moved(first, -7), _days_moved(second, -7)


def _present_weekday_range(ctx: "Context", mentions: list[Mention], i: int, first: Timex, second: Timex) -> Optional[tuple[Timex, Timex]]:
    """ "The book fair lasts from Friday to Sunday" said on Monday: a range of two bare weekdays after a present verb of a span
    ("runs", "lasts") is not over yet, so when its end came out before now both ends are the week after's; None when not so
    ("The fair runs from Monday to Friday" said on Wednesday: under way, this week's).  "between Saturday and Tuesday" is as
    much a range (:func:`_in_range`), in both rules."""
    a, b = mentions[i - 1].meaning, mentions[i].meaning
    if not (isinstance(a, CalendarSpec) and isinstance(b, CalendarSpec) and a.weekday is not None and b.weekday is not None
            and a.relative_word is None and b.relative_word is None and a.shift is None and b.shift is None and a.hour is None and b.hour is None):
        return None
    if (ctx.reference is None or first.earliest is None or second.latest is None or second.latest > ctx.reference
            or not _LEADING_DAY.match(first.value) or not _LEADING_DAY.match(second.value)):
        return None
    if (not (_ordered_gap(ctx, ctx.text[mentions[i - 1].end : mentions[i].start]) or _in_range(ctx, mentions, i))
            or not span_notice(ctx.doc, mentions[i - 1].start)):
        return None
    return _days_moved(first, 7), _days_moved(second, 7)


_LEADING_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def ordered_range(ctx: "Context", mentions: list[Mention], i: int, first: Timex, second: Timex) -> tuple[Timex, Timex]:
    """ "ran from June to August", "between Dec. 5 and Jan. 9": two dates written without their
    year and joined as a range or list, whose years the tense chose one by one, are in order: when
    the second came out before the first, a range over already (the second end before now) has
    its start a year back (a clause in the past), else its end a year on.  Two weekdays (see
    :func:`_past_weekday_range`) move a week back together."""
    if i > 0:
        week_back = _past_weekday_range(ctx, mentions, i, first, second)
        if week_back is not None:
            return week_back
        week_on = _present_weekday_range(ctx, mentions, i, first, second)
        if week_on is not None:
            return week_on
    if i == 0 or not (_is_yearless(mentions[i - 1], first) and _is_yearless(mentions[i], second)):
        return first, second
    assert first.earliest is not None and second.earliest is not None and second.latest is not None
    if second.earliest >= first.earliest:
        return first, second
    gap = ctx.text[mentions[i - 1].end : mentions[i].start]
    if len(gap) > 14 or not _coordination(tuple(ctx.lexicon["date_pairs"]["connectors"])).fullmatch(gap):
        return first, second
    way, _ = direction(ctx, mentions[i].meaning, mentions[i], Direction.CLOSEST)  # type: ignore[arg-type]
    if way is Direction.PAST and ctx.reference is not None and second.latest <= ctx.reference:
        moved = _a_year_moved(first, -1, ctx, mentions[i - 1])
        return (moved, second) if moved is not None and moved.earliest is not None and moved.earliest <= second.earliest else (first, second)
    later = _a_year_moved(second, 1, ctx, mentions[i])
    return (first, later) if later is not None and later.earliest is not None and later.earliest >= first.earliest else (first, second)
