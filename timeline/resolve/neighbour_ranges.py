"""Coordinated and ordered neighbours: the year of "March and May 1911", relative years joined to a date, and the order
of a range's two ends."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Optional

import attrs

from ..lexicon import Lexicon
from ..model import AnchorKind, Grain, Timex
from ..recognize.meaning import Anchoring, CalendarSpec, Direction, Mention
from . import calendar as cal
from .calendar import Period
from .picking import direction
from .tense_verbs import span_notice
from .neighbours import _SEASON_ORDER, _in_range

if TYPE_CHECKING:
    from .anchors import Context
    from .neighbours import Resolved

__all__ = ["ordered_range", "with_coordinated_year", "with_coordinated_month", "story_weekday", "with_relative_year"]

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
_HALF_YEAR = dt.timedelta(days=183)  # (s53) a list's two holidays written without years lie within this of each other


def _holiday_of(mention: Mention) -> bool:
    """Whether ``mention`` names a holiday's day ("Easter Monday", "Boxing Day")."""
    return isinstance(mention.meaning, CalendarSpec) and mention.meaning.holiday is not None and mention.meaning.grain is Grain.DAY


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
    gap = ctx.text[mentions[i - 1].end : mentions[i].start]
    if len(gap) > 14 or not _coordination(tuple(ctx.lexicon["date_pairs"]["connectors"])).fullmatch(gap):
        return _listed_ahead(ctx, mentions, i, first, second, gap)
    # (s53) two holidays listed (not a range's ends): holidays are listed in any order ("Easter Monday and Shrove Tuesday"),
    # months and days in the calendar's (see below)
    listed = (_holiday_of(mentions[i - 1]) and _holiday_of(mentions[i]) and not _ordered_gap(ctx, gap) and not _in_range(ctx, mentions, i))
    if second.earliest >= first.earliest:
        if (second.earliest - first.earliest > _HALF_YEAR and _ordered_gap(ctx, gap) and not listed
                and (back := _a_year_moved(second, -1, ctx, mentions[i])) is not None and back.earliest is not None
                and back.earliest >= first.earliest):
            # (s64) a range's end lies nearest after its start: "Last year's festival, from June 25 to June 28, drew ..." (its
            # start taken back a year by the possessive year) ends that June 28, not the one a year on
            return first, back
        if listed and second.earliest - first.earliest > _HALF_YEAR:
            # (s53) a list's second holiday lies nearest the first ("closed on Easter Sunday and Easter Monday" in a past clause
            # said in December: both April's gone, not Easter Monday of the year ahead)
            back = _a_year_moved(second, -1, ctx, mentions[i])
            if back is not None and back.earliest is not None and abs(back.earliest - first.earliest) < second.earliest - first.earliest:
                return first, back
        return first, second
    if listed and first.earliest - second.earliest <= _HALF_YEAR:
        # (s53) a list's second holiday before the first but near it keeps its year ("open on Easter Monday and Shrove Tuesday":
        # the Shrove Tuesday seven weeks before that Easter Monday, not the one a year on); a range's ends stay in order
        return first, second
    way, _ = direction(ctx, mentions[i].meaning, mentions[i], Direction.CLOSEST)  # type: ignore[arg-type]
    if way is Direction.PAST and ctx.reference is not None and second.latest <= ctx.reference:
        moved = _a_year_moved(first, -1, ctx, mentions[i - 1])
        return (moved, second) if moved is not None and moved.earliest is not None and moved.earliest <= second.earliest else (first, second)
    later = _a_year_moved(second, 1, ctx, mentions[i])
    return (first, later) if later is not None and later.earliest is not None and later.earliest >= first.earliest else (first, second)


def _listed_ahead(ctx: "Context", mentions: list[Mention], i: int, first: Timex, second: Timex, gap: str) -> tuple[Timex, Timex]:
    """(s64) A yearless month or day listed after one still ahead, joined by "and" and the list's own words only
    (``[date_pairs] list_fillers``: "Rates rise in January and in July", "... in January and again in July" said in
    November), comes after it: the one a year on when its own reading fell before the first (July gone, not the July after
    the January ahead)."""
    assert first.earliest is not None and second.earliest is not None
    pairs = ctx.lexicon["date_pairs"]
    words = re.findall(r"[^\W\d_]+|[^\w\s]", gap.lower())
    fillers = set(pairs["connectors"]) | set(pairs.get("list_fillers", ()))
    if (ctx.reference is None or second.earliest >= first.earliest or first.earliest < ctx.reference or len(words) > 4
            or "and" not in words or any(w not in fillers for w in words)):
        return first, second
    later = _a_year_moved(second, 1, ctx, mentions[i])
    return (first, later) if later is not None and later.earliest is not None and later.earliest >= first.earliest else (first, second)
