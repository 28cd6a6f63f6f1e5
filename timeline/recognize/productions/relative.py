"""Productions of relative and anchored expressions: "two days later", "next week", "the day before", "years ago"."""

from __future__ import annotations

import re
from typing import Any, Mapping, Optional

import attrs

from ...model import Grain
from ..meaning import Anchoring, CalendarSpec, Direction, DurationSpec, Meaning, Shift, VagueSpec
from .common import MatchContext, Production, after_numeral, hedge_of, in_title, key_of, modifier_of, number_of, quant_of, unit_of, vague_least

__all__ = ["PRODUCTIONS"]


_HALF_IN = {Grain.CENTURY: (Grain.YEAR, 100), Grain.DECADE: (Grain.YEAR, 10), Grain.YEAR: (Grain.MONTH, 12), Grain.DAY: (Grain.HOUR, 24)}
"""Half of a unit counted in the unit below it ("half a century ago" is 50 years back)."""


_PART_IN = {**_HALF_IN, Grain.HOUR: (Grain.MINUTE, 60)}
"""A part of a unit ("a quarter of an hour ago") counted in the unit below it."""


def _part_of(ctx: MatchContext, g: dict[str, str]) -> Optional[float]:
    """The part of the unit an offset counts ("a quarter of", "three quarters of", "a quarter-"): lexicon
    [narrative_fractions] (its fractions, or its nouns before a hyphen); None when the rule found no part."""
    table = ctx.lexicon.tables.get("narrative_fractions") or {}
    if g.get("partof"):
        return float(table.get("fractions", {}).get(" ".join(g["partof"].lower().split()), 0.0)) or None
    if g.get("partnoun"):
        return float(table.get("nouns", {}).get(g["partnoun"].lower(), 0.0)) or None
    return None


def _shift(g: dict[str, str], ctx: MatchContext, sign: int, anchoring: Anchoring) -> Optional[Meaning]:
    """A date ``sign`` x amount units from the anchor, or a vague past/future when the amount is vague."""
    grain, mult = unit_of(ctx, g["unit"])
    if after_numeral(ctx):
        return None
    least = vague_least(ctx, g["num"])
    amount = None if least is not None else number_of(ctx, g["num"])
    if grain is Grain.SECOND and key_of(g["num"]) in ctx.lexicon["vetoes"]["second_ordinal_offset"]:
        return None  # "in a second round"
    if least is not None:  # "millions of years ago": at least that far, with no bound on the far side
        return VagueSpec("PAST_REF" if sign < 0 else "FUTURE_REF", grain=grain, least=least * mult)
    if amount is None:  # "several years ago", "a few days later": a vague past or future
        return VagueSpec("PAST_REF" if sign < 0 else "FUTURE_REF", grain=grain)
    amount *= mult
    part = _part_of(ctx, g)
    if part is not None:  # "a quarter of a century ago": 25 years back, in the unit below
        if grain not in _PART_IN:
            return None
        grain, amount = _PART_IN[grain][0], amount * _PART_IN[grain][1] * part
    elif "halfof" in g and grain in _HALF_IN:  # "half a century ago": 50 years back
        grain, amount = _HALF_IN[grain][0], amount * _HALF_IN[grain][1] / 2
    elif g.get("half") and grain in _HALF_IN:  # "a year and a half ago": 18 months back, in the unit below
        grain, amount = _HALF_IN[grain][0], (amount + 0.5) * _HALF_IN[grain][1]
    elif amount != int(amount) and grain in (Grain.CENTURY, Grain.DECADE, Grain.YEAR) and (amount * _PART_IN[grain][1]) == int(amount * _PART_IN[grain][1]):
        grain, amount = _PART_IN[grain][0], amount * _PART_IN[grain][1]  # "a half century ago", "1.5 years ago": the unit below
    grain = Grain.DAY if grain is Grain.WEEKEND else grain
    if grain is Grain.DECADE and anchoring is Anchoring.REFERENCE:
        grain, amount = Grain.YEAR, amount * 10  # "a decade ago" is the year ten years back, not the whole 2010s
    return CalendarSpec(grain, shift=Shift(grain, sign * amount, anchoring), mod=modifier_of(ctx, quant_of(g)), inherit_grain=True)


def _offset(g: dict[str, str], ctx: MatchContext, sign: int, anchoring: Anchoring) -> Optional[Meaning]:
    """ "two days later", "in two weeks": a TIMEX3 duration (the TimeML guidelines'
    convention) whose bounds are the time it points to."""
    spec = _shift(g, ctx, sign, anchoring)
    grain, _ = unit_of(ctx, g["unit"])
    if isinstance(spec, VagueSpec) and spec.least is None:
        # "a few days later", "in several weeks": an unknown amount of units, counted like "two days later"
        # (resolution gives it a vague value, FUTURE_REF or PAST_REF, and the bounds it points to)
        return DurationSpec(grain, None, mod=modifier_of(ctx, quant_of(g)), span="later" if sign > 0 else "earlier", anchoring=anchoring, hedge=hedge_of(g))
    if not isinstance(spec, CalendarSpec) or spec.shift is None or spec.shift.amount is None:
        return spec
    amount = abs(spec.shift.amount)  # in the grain's units already ("a fortnight": two weeks)
    if grain is Grain.DECADE and spec.shift.grain is Grain.YEAR:
        amount /= 10  # "in a decade": _shift counted it in years
    if "halfof" in g or g.get("half"):  # "half an hour later", "an hour and a half later": in the unit written
        amount = number_of(ctx, g["num"]) * unit_of(ctx, g["unit"])[1] * (0.5 if "halfof" in g else 1.0) + (0.5 if g.get("half") else 0.0)
    return DurationSpec(grain, amount, mod=spec.mod, span="later" if sign > 0 else "earlier", anchoring=anchoring, hedge=hedge_of(g))


def a_year_earlier(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "a year earlier": the year-ago period the story compares with (a DATE, as TimeBank
    annotates it): the same quarter or month a year before when the story is in one. "a year later", its mirror, is the
    date a year on in news; a history leaves it to rule anaphoric_offset (the whole phrase, TIMEX2's year)."""
    if key_of(g.get("dir", "earlier")) == "later":
        # counted as "two years later" is (from the story's time, its bounds the year it reaches), its value that year
        return None if ctx.narrative else DurationSpec(Grain.YEAR, 1.0, span="later", anchoring=Anchoring.NARRATIVE, as_date=True)
    return CalendarSpec(Grain.YEAR, shift=Shift(Grain.YEAR, -1, Anchoring.NARRATIVE), inherit_grain=True)


def anaphoric_offset(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "two days later", "two years earlier": an offset from the story's time."""
    d = key_of(g["dir"])
    sign = -1 if d.startswith(("earlier", "before", "previously")) else 1
    return _offset(g, ctx, sign, Anchoring.NARRATIVE)


_CLAUSE_START = re.compile(r"[.;:!?,]")


def _looks_back(ctx: MatchContext) -> bool:
    """ "the first strike in 20 years", "the fastest pace in four decades": after a first, a last or
    a superlative in its clause, "in N units" is the span just gone, not a time ahead."""
    before = ctx.text[max(0, ctx.start - 80) : ctx.start]
    cut = max((m.end() for m in _CLAUSE_START.finditer(before)), default=0)
    words = re.findall(r"[a-z]+", before[cut:].lower())
    return looks_back_in(words, ctx.lexicon["vetoes"])


def looks_back_in(words: list[str], vetoes: Mapping[str, Any]) -> bool:
    """Whether the clause's words before "in N units" hold a first, a last or a superlative (``look_back_before``) with no
    word that looks ahead after it (``look_back_not_after``: "the first phase will open in two years"); (s64) one before
    it does not count ("Runners are expected on Sunday for the first marathon in a decade": the decade just gone)."""
    last = max((i for i, w in enumerate(words) if w in vetoes["look_back_before"]), default=-1)
    return last >= 0 and not any(w in vetoes["look_back_not_after"] for w in words[last + 1 :])


def deictic_offset(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "three days ago", "two years from now" (dates), "in two weeks" (an offset from the publication date)."""
    if g.get("dir"):  # "two years from now", "a week hence": a date, as "N units ago"
        return _shift(g, ctx, 1, Anchoring.REFERENCE)
    if "dir" in g:  # "in N units"
        if ctx.narrative and not g["dir"] and number_of(ctx, g["num"]) is None:
            return None  # a history's "overrun in a few days": the time it took (rule duration), not a time ahead of now
        spec = _offset(g, ctx, 1, Anchoring.REFERENCE)
        if isinstance(spec, DurationSpec) and not g["dir"] and _looks_back(ctx):
            return attrs.evolve(spec, span="past")  # "the first strike in 20 years": the 20 years just gone
        return spec
    return _shift(g, ctx, -1, Anchoring.REFERENCE)  # "N units ago": a date, as TimeBank annotates it


def ago_anniversary(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "three years ago today", "a year ago this month": the day (week, month) that many years or
    months before the one written after it, one expression."""
    if "unit2" in g:  # "a week ago today": that many weeks back, in days
        weeks = _shift({**g, "unit": g["unit2"]}, ctx, -1, Anchoring.REFERENCE)
        if not isinstance(weeks, CalendarSpec) or weeks.shift is None or weeks.shift.amount is None:
            return None
        return CalendarSpec(Grain.DAY, shift=Shift(Grain.DAY, 7 * weeks.shift.amount, Anchoring.REFERENCE), mod=weeks.mod)
    spec = _shift(g, ctx, -1, Anchoring.REFERENCE)
    if not isinstance(spec, CalendarSpec):
        return None
    grain = _unit_grain(ctx, key_of(g["anniv"])) if "anniv" in g else Grain.DAY  # else the day itself ("today")
    return attrs.evolve(spec, grain=grain, inherit_grain=False)


def this_day_in(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "On this day in 1996", "on this date in 1944": the publication day's month and day in the year written."""
    return CalendarSpec(Grain.DAY, year=int(g["year"]), on_this_day=True)


def this_time(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "this time last year", "this time a year ago", "this time next week": the day that far from now."""
    if "unit2" not in g:
        return ago_anniversary(g, ctx)  # "this time a year ago": as "a year ago today"
    grain = _unit_grain(ctx, key_of(g["unit2"]))
    sign = -1 if "back" in g else 1  # the rule names "last" back, "next" ahead
    if grain is Grain.WEEK:
        return CalendarSpec(Grain.DAY, shift=Shift(Grain.DAY, 7 * sign, Anchoring.REFERENCE))  # the same weekday, as "a week ago today"
    return CalendarSpec(Grain.DAY, shift=Shift(grain, sign, Anchoring.REFERENCE))


def _unit_grain(ctx: MatchContext, unit: str) -> Grain:
    """The grain of a unit word after a relative word ("next week": WEEK)."""
    return Grain[ctx.lexicon["unit_grains"][unit]]


def relative_unit(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "last week", "this year", "the next day", "this morning": a unit relative to the anchor."""
    if in_title(ctx, after_name=False):
        return None  # "ABC's "This Week"": a programme's name
    unit = key_of(g["unit"])
    grain = _unit_grain(ctx, unit)
    rel = key_of(g.get("rel", "this"))
    relative = ctx.lexicon["relative"]
    mod = modifier_of(ctx, g.get("mod")) or modifier_of(ctx, g.get("quant_after"))  # "the next year or so": APPROX
    if rel in relative["year_ago"]:
        return CalendarSpec(grain, shift=Shift(Grain.YEAR, -1, Anchoring.NARRATIVE), mod=mod)
    if rel == "next" and g.get("the") and "quant_after" not in g:
        # "the next day" counts from the story's time, "next week" from today, and so does "in the next day or so" (not
        # "within the next year", which in a history counts from the story's year)
        rel = "following"
    anchoring = Anchoring.NARRATIVE if rel in relative["anaphoric"] else Anchoring.REFERENCE
    if grain is Grain.PART_OF_DAY:
        return CalendarSpec(Grain.PART_OF_DAY, shift=Shift(Grain.DAY, relative["shift"][rel], anchoring), part_of_day=unit, mod=mod)
    if grain is Grain.WEEKEND and rel in relative.get("first_ahead", ()):
        return CalendarSpec(Grain.WEEKEND, direction=Direction.FUTURE, mod=mod)  # "the coming weekend": the first one ahead
    if grain is Grain.WEEKEND:
        return CalendarSpec(Grain.WEEKEND, relative_word=rel if rel in ("last", "next", "this") else None,
                            shift=None if rel in ("last", "next", "this") else Shift(Grain.WEEK, relative["shift"][rel], anchoring), mod=mod)
    story_period = "the" in g and "rel" not in g and grain in (Grain.YEAR, Grain.DECADE)  # "the end of the year"
    return CalendarSpec(grain, shift=Shift(grain, relative["shift"][rel], anchoring), mod=mod, story_period=story_period)


def period_to_date(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "year to date", "month-to-date", "YTD": the period under way up to now (as "this year"); an abbreviation names its
    unit through lexicon ``[to_date_abbreviations]``."""
    if "abbr" in g:
        unit = ctx.lexicon.tables.get("to_date_abbreviations", {}).get(key_of(g["abbr"]))
        if unit is None:
            return None
        g = {**g, "unit": unit}
    return relative_unit(g, ctx)


_REPORT_WORD = re.compile(r"[A-Za-z]+")


def _reported_on(ctx: MatchContext, relative: Mapping[str, object]) -> bool:
    """Whether a word of lexicon ``reporting_context`` ("quarter", "profit", "sales") stands in the text not far before
    the match (``reporting_reach`` characters): the text reports a period's figures."""
    words = relative.get("reporting_context", ())
    reach = int(relative.get("reporting_reach", 3000))  # type: ignore[call-overload]
    return any(w.group().lower() in words for w in _REPORT_WORD.finditer(ctx.text, max(0, ctx.start - reach), ctx.start))


def anaphoric_period(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "the quarter", "the year-earlier period", "year-earlier": periods of the story's time."""
    rel = key_of(g.get("rel", "")).replace(" ", "-")
    unit = key_of(g.get("unit", "year"))
    grain = _unit_grain(ctx, unit)
    relative = ctx.lexicon["relative"]
    quarterly = grain is Grain.QUARTER  # quarters follow the story; years, months, weeks the publication date ...
    # ... unless the words say it is the story's period again ("the same month last year")
    words = key_of(ctx.surface).split()
    same = len(words) > 1 and words[1] in relative.get("same_period", ())
    anchoring = Anchoring.NARRATIVE if quarterly or (same and rel in relative["year_ago"]) else Anchoring.REFERENCE
    if rel in relative["year_ago"]:
        # "year-earlier profit" after "a third-quarter loss": that quarter a year before (inherit_grain)
        # "the same period last year": whatever period the report is about (a quarter, a half), as "the 1988 period"
        period = unit in relative.get("reporting_period", ())
        return CalendarSpec(grain, shift=Shift(Grain.YEAR, -1, anchoring), same_grain_anchor=quarterly, inherit_grain=not quarterly or period)
    if relative["shift"].get(rel) == -1:  # "the previous quarter", "the prior year"
        return CalendarSpec(grain, shift=Shift(grain, -1, anchoring), same_grain_anchor=quarterly)
    if unit in relative.get("reporting_period", ()) and (not rel or rel in relative["whole"]) and not _reported_on(ctx, relative):
        return None  # (s57) "refunds for the whole period" with no report of a quarter's figures: no calendar period (not
        # "the same period", which takes up a period told before and keeps its reading)
    if grain is Grain.YEAR and unit == "year" and (not rel or rel in relative["whole"]):
        after = ctx.text[ctx.end : ctx.end + 16].lower().split()
        if after and after[0] in ctx.lexicon["period_end"]["words"]:
            return CalendarSpec(grain, shift=Shift(grain, 0, Anchoring.REFERENCE), same_grain_anchor=True)  # "the year ended Sept. 30"
        # "for the full year", "for the year, volume was flat": the year the story is in (TimeML: a DATE),
        # the year of the quarter it reports when that is another
        return CalendarSpec(grain, shift=Shift(grain, 0, Anchoring.REFERENCE), reported_year=True)
    if grain is Grain.WEEK and not rel:
        after = ctx.text[ctx.end : ctx.end + 16].lower().split()
        if after and after[0] in ctx.lexicon["period_end"]["words"]:
            return CalendarSpec(grain, shift=Shift(grain, 0, Anchoring.REFERENCE), same_grain_anchor=True)  # "the week ended Friday"
    latest = "latest" if rel.split("-")[0] == "latest" else None  # "the latest quarter", "the latest fiscal year": one that has ended
    return CalendarSpec(grain, shift=Shift(grain, 0, anchoring), same_grain_anchor=quarterly, relative_word=latest)


def vague_ago(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "months ago", "decades ago": a vague past."""
    if re.search(r"[\d^][^\s,;:.!?)]*\s+$", ctx.text[max(0, ctx.start - 40) : ctx.start]):
        return None  # "1e30 years ago": a number too strange to read, not "some years ago"
    grain, _ = unit_of(ctx, g["unit"])
    return VagueSpec("PAST_REF", grain=grain)


def unit_beyond(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "the week before last", "the month after next": two units from now (the lexicon's [relative] beyond;
    the words are read off the match: a rule tried at every "the" keeps no capture groups)."""
    _, unit, *beyond = key_of(ctx.surface).split()
    grain = _unit_grain(ctx, unit)
    step = ctx.lexicon["relative"]["beyond"][" ".join(beyond)]
    if grain is Grain.WEEKEND:  # the weekend of the week two weeks away
        return CalendarSpec(Grain.WEEKEND, shift=Shift(Grain.WEEK, step, Anchoring.REFERENCE))
    return CalendarSpec(grain, shift=Shift(grain, step, Anchoring.REFERENCE))


def unit_before(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "the day before", "the year after": one unit from the story's current time."""
    unit = key_of(g["unit"])
    sign = -1 if key_of(g["dir"]) == "before" else 1
    grain = _unit_grain(ctx, unit)
    if grain is Grain.PART_OF_DAY:
        return CalendarSpec(Grain.PART_OF_DAY, shift=Shift(Grain.DAY, sign, Anchoring.NARRATIVE), part_of_day=unit)
    return CalendarSpec(grain, shift=Shift(grain, sign, Anchoring.NARRATIVE))


def in_the_unit(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "later in the day": the story's current day (week, month, year); "for a second night": that part of its day."""
    unit = key_of(g["unit"])
    grain = _unit_grain(ctx, unit)
    if ctx.surface.lower().split()[1:2] == ["first"] and ctx.word_before().lower() != "on" and not _first_part_of_event(ctx, unit):
        return None  # "the first night of the festival": no day counted; "on the first morning" is (rule ordinal_day)
    if grain is Grain.PART_OF_DAY:
        return CalendarSpec(Grain.PART_OF_DAY, shift=Shift(Grain.DAY, 0, Anchoring.NARRATIVE), part_of_day=unit)
    return CalendarSpec(grain, shift=Shift(grain, 0, Anchoring.NARRATIVE))


def _first_part_of_event(ctx: MatchContext, unit: str) -> bool:
    """(s62 vals) "the first afternoon of the festival" with no "on" before it: a part of the day (lexicon ``[ordinal_days]
    parts``, not "night", a show's opening performance) followed by "of" and a word of ``event_of`` ("the", "its") is the
    first day's part of an event the story tells, as "on the first afternoon" is ("Children's events fill the first
    afternoon of the festival")."""
    table = ctx.lexicon.tables.get("ordinal_days") or {}
    if unit == "night" or unit not in table.get("parts", ()):
        return False
    after = ctx.text[ctx.end : ctx.end + 12].lower().split()
    return len(after) >= 2 and after[0] == "of" and after[1] in table.get("event_of", ())


def late_in_the_unit(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """(s55 recog) "Late in the day, they voted", "Early in the year, the firm cut jobs": opening its sentence, the story's
    current day (week, month, year), its end (start). Elsewhere "late in the day" is left to the day it bounds ("on Friday,
    late in the day": lexicon ``[day_part_signals]``). Histories only (TIMEX2, as WikiWars): TimeBank leaves a news
    story's "Late in the day, lawyers for the family emerged" untagged."""
    if not ctx.narrative:
        return None
    before = ctx.text[max(0, ctx.start - 4) : ctx.start]
    told = before.rstrip()
    if told and "\n" not in before[len(told):] and told[-1] not in ".!?" and not (told[-1] in _QUOTES and told[-2:-1] in (".", "!", "?")):
        return None
    grain = _unit_grain(ctx, key_of(g["unit"]))
    return CalendarSpec(grain, shift=Shift(grain, 0, Anchoring.NARRATIVE), mod=modifier_of(ctx, g["mod"]))


_QUOTES = ('"', "\u201d")


PRODUCTIONS: tuple[Production, ...] = (
    a_year_earlier,
    anaphoric_offset,
    deictic_offset,
    ago_anniversary,
    this_day_in,
    this_time,
    relative_unit,
    period_to_date,
    anaphoric_period,
    vague_ago,
    unit_beyond,
    unit_before,
    in_the_unit,
    late_in_the_unit,
)
"""This module's productions, in the order they are listed above."""
