"""Named calendar times without a full date: "Saturday", "Christmas", "March 3", "the 14th",
"June", "Q3", "the second half", "the summer", "the weekend", "the morning".

The year comes from the words ("last June", "August of that year"), else from the story
(narrative mode), else from the tense around the expression (see :mod:`.picking`).

This module holds the entry point and one resolver per kind; `named_frame` (what they share), `named_years` (the
year a bare month or season belongs to) and `named_days` (the day a bare weekday or day of the month names) beside it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Optional

import attrs

from ..model import NO_ANCHOR, REFERENCE_ANCHOR, AnchorKind, Grain, TimexAnchor
from ..recognize.meaning import Anchoring, CalendarSpec, Direction, Mention
from . import calendar as cal
from .calendar import Period
from .picking import SOON, before_gone, direction, just_after, no_look_back, pick_date, pick_period
from .story import ASIDE_YEARS, DAY_GRAINS, Story, story_pick
from .story_days import future_day_anchor, past_day_anchor
from .tense_cues import tense_words
from .tense_reports import completed_by, flow_in_period, tells_figures, after_until, ends_reported_period, in_past_perfect, names_report_period
from .tense_signals import period_begun_after, after_occasion

if TYPE_CHECKING:
    from .anchors import Context
from .named_days import _after_day_ahead, _after_joined_day, _change_ahead, _headline_change, _until_season, _clashing_fixture, _happened_on, _against_its_verb, _before_story_day, _day_of_month, _holiday_from_story, _in_named_week, _in_spanned_week, _month_from_story, _near_fronted_day, _season_from_story, _weekday, _weekday_told_again, _within_run
from .named_frame import _CLAUSE_TOKEN, _DAY, _Frame, _clause_between, _in_story_year, _story_anchor, _told_before, _word_before, with_part
from .far_days import day_in_far_year
from .named_years import _month_after_told_month, _month_looked_back, _month_of_that_year, _year_of_story_chain, _year_of_when_clause, reported_year, year_told_after, year_told_before

if TYPE_CHECKING:
    from .named_frame import _Frame

__all__ = ["beside_bounds", "named_period", "with_part", "quarter_in_year", "reported_year", "year_told_before"]


REPORT_LAG = 45  # days after a quarter's end in which its figures are still coming out (earnings season)
_HALF_ENDING = dt.timedelta(days=31)  # (s55 recog) a half with less than this left, told in a clause that looks ahead, is next year's


def named_period(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> tuple[Optional[Period], TimexAnchor]:
    """The period a named calendar time denotes, or None when nothing anchors it."""
    if spec.shift is not None and spec.shift.anchoring is Anchoring.NARRATIVE and spec.shift.grain is Grain.YEAR:
        base, anchor = ctx.anchor_for(Anchoring.NARRATIVE, Grain.YEAR, story)  # "August of that year"
    else:
        base, anchor = ctx.anchor_for(Anchoring.REFERENCE, spec.grain, story)
    if base is None and spec.year is not None and spec.shift is None:
        base = dt.datetime(spec.year, 1, 1)  # no reference time, but the words name the year ("the spring of 1632")
    elif base is None and ctx.mode == "narrative" and story.current is not None and story.current_tid:
        base = story.current.start  # no reference time: the story's time stands in ("In 1632 ... On 3 July")
    if base is None:
        return None, NO_ANCHOR
    year_: Optional[int]
    if spec.shift is not None and spec.shift.grain is Grain.YEAR and spec.shift.amount is not None:
        year_ = base.year + int(spec.shift.amount)
    else:
        year_ = spec.year
    story_years: tuple[int, ...] = ()
    story_anchor = None
    if ctx.mode == "narrative" and story.current is not None and story.current_tid and year_ is None and spec.relative_word is None:
        y0 = story.current.start.year
        story_years = (y0 - 1, y0, y0 + 1)
        story_anchor = TimexAnchor(AnchorKind.TIMEX, story.current_tid)
    elif ctx.mode == "narrative" and story.current is None and story.opening is not None and year_ is None and spec.relative_word is None:
        y0 = story.opening[0].start.year  # "On 28 June the archduke was shot ... The year was 1914": the text's first year
        story_years = (y0 - 1, y0, y0 + 1)
        story_anchor = TimexAnchor(AnchorKind.TIMEX, story.opening[1])
    if (ctx.mode == "news" and year_ is None and spec.relative_word is None and spec.weekday is None
            and (spec.month is not None or spec.holiday is not None or spec.season is not None or spec.quarter is not None
                 or spec.half is not None)):
        # (a quarter too: "A year earlier, the firm made a loss in the fourth quarter"; s63: a half too)
        told = (_month_of_that_year(ctx, spec, mention, story) or year_told_before(ctx, spec, mention, story)
                or _year_of_story_chain(ctx, spec, mention, story) or _month_after_told_month(ctx, spec, mention, story)
                or _month_looked_back(ctx, spec, mention, story) or day_in_far_year(ctx, spec, mention, story)
                or year_told_after(ctx, spec, mention, story))
        if told is not None:
            year_, anchor = told
    if (ctx.mode == "narrative" and year_ is None and spec.relative_word is None and spec.weekday is None
            and (spec.month is not None or spec.holiday is not None or spec.season is not None)):
        told = _year_of_when_clause(ctx, mention, story)
        if told is not None:
            year_, anchor = told
    f = _Frame(base, anchor, year_, story_years, story_anchor)

    if spec.weekday is not None and spec.nth is not None and spec.month is not None:
        return _nth_weekday(ctx, spec, mention, story, f)
    if spec.weekday is not None:
        if spec.relative_word in ctx.lexicon["relative"]["anaphoric"]:  # "the previous Friday": before the story's day
            story_base, story_anchor_ = ctx.anchor_for(Anchoring.NARRATIVE, Grain.DAY, story)
            if ctx.lexicon["relative"]["shift"].get(spec.relative_word, 0) > 0:  # a step on in a future clause: not from a day gone
                story_base, story_anchor_ = future_day_anchor(ctx, mention, story_base, story_anchor_, story)
            if story_base is not None:
                return with_part(ctx, cal.day(_weekday(ctx, spec, mention, story_base.date())), spec), story_anchor_
        in_week = _in_named_week(ctx, spec, mention, story)
        if in_week is not None and _against_its_verb(ctx, mention, in_week[0]):
            in_week = None  # "Airports expect a busy Christmas week, with crowds screened on Sunday" said on Tuesday: the Sunday gone
        in_week = (in_week or _clashing_fixture(ctx, spec, mention, story) or _after_joined_day(ctx, spec, mention, story) or _near_fronted_day(ctx, spec, mention, story)
                   or _weekday_told_again(ctx, spec, mention, story) or _in_spanned_week(ctx, spec, mention, story))
        if in_week is not None:
            return with_part(ctx, cal.day(in_week[0]), spec), in_week[1]
        if ctx.mode == "narrative" and spec.relative_word is None and spec.shift is None:
            if anchor.kind is not AnchorKind.TIMEX and (story.current is not None or story.opening is not None):
                return None, NO_ANCHOR  # "In the autumn of 1962 ... On Sunday": no day told to count from, not the DCT's week
            if anchor.kind is AnchorKind.TIMEX and not in_past_perfect(ctx.doc, mention.start, mention.end):
                # a history is told in the past tense and moves forward: "told on Monday 15 October ... On Friday" = the 19th
                return with_part(ctx, cal.day(f.today + dt.timedelta(days=(spec.weekday - f.today.isoweekday()) % 7)), spec), anchor
        d = _weekday(ctx, spec, mention, f.today)
        if spec.shift is not None and spec.shift.grain is Grain.DAY and spec.shift.amount is not None:
            d += dt.timedelta(days=int(spec.shift.amount))  # "the day before last Tuesday"
        later = (_after_day_ahead(ctx, spec, mention, story, d) or _before_story_day(ctx, spec, mention, story, d)
                 or _within_run(ctx, spec, mention, story, d))
        if later is not None:
            return with_part(ctx, cal.day(later[0]), spec), later[1]
        return with_part(ctx, cal.day(d), spec), anchor
    if spec.holiday is not None:
        return _holiday(ctx, spec, mention, story, f)
    if spec.month is not None and spec.day is not None:
        return _month_day(ctx, spec, mention, story, f)
    if spec.day is not None and spec.month is None:
        day, day_anchor = _day_of_month(ctx, spec, mention, story, f.today, anchor)
        return (with_part(ctx, day, spec) if day is not None and spec.part_of_day else day), day_anchor  # "the night of the 20th"
    if spec.month is not None:
        return _month(ctx, spec, mention, story, f)
    if spec.quarter is not None:
        return _quarter(ctx, spec, mention, story, f)
    if spec.half is not None:
        half = spec.half
        in_story = _in_story_year(ctx, story, f, lambda y: cal.half(y, half))
        if in_story is not None:
            return in_story
        reported = reported_year(ctx, spec, mention, story)
        if reported is not None:
            return cal.half(reported[0], half), reported[1]
        y = year_ if year_ is not None else f.today.year
        this_half = cal.half(y, half)
        if (spec.reported_year and ctx.reference is not None and this_half.start + (this_half.end - this_half.start) / 2 > ctx.reference
                and not (this_half.start <= ctx.reference and period_begun_after(ctx.doc, mention.end))):
            # (not one under way told as begun: "said trading in the second half had started well" said on Sept. 1 is this one)
            way, _ = direction(ctx, spec, mention, Direction.CLOSEST)
            if way is Direction.PAST:
                y -= 1  # "sales fell in the second half of the year" said in March: last year's (most of this one is ahead)
        elif (year_ is None and spec.relative_word is None and ctx.reference is not None
              and this_half.end - _HALF_ENDING <= ctx.reference
              and not ((ctx.reference - this_half.end).days <= REPORT_LAG and tells_figures(ctx.doc, mention.start))
              and not names_report_period(ctx.text, mention.start, mention.end, ctx.doc.language)):
            # (s53) a half of this year gone told in a clause that looks ahead is next year's ("expects to break even in the
            # first half" said in November: 2028-H1), as a quarter is; not the half just ended in a sentence of its figures;
            # (s55 recog) so is one with less than a month left ("will reopen in the second half" said on 19 December)
            way, strong = direction(ctx, spec, mention, Direction.PAST)
            if way is Direction.FUTURE and strong:
                y += 1
        return cal.half(y, spec.half), anchor if spec.year is None else NO_ANCHOR
    if spec.season is not None:
        return _season(ctx, spec, mention, story, f)
    if spec.grain is Grain.WEEKEND:
        return _weekend(ctx, spec, mention, story, f)
    if spec.part_of_day is not None:
        base_day, anchor = past_day_anchor(ctx, mention, *ctx.anchor_for(Anchoring.NARRATIVE, Grain.DAY, story), story)
        if base_day is None:
            return None, NO_ANCHOR
        return with_part(ctx, cal.day(base_day.date()), spec), anchor
    return None, anchor


def _holiday(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story, f: _Frame) -> tuple[Optional[Period], TimexAnchor]:
    """A holiday's day (its week, its part of day: "Christmas night")."""
    if (ctx.mode == "narrative" and spec.grain is Grain.DAY and spec.shift is not None and spec.shift.anchoring is Anchoring.NARRATIVE
            and spec.shift.amount == 0 and spec.relative_word in ("next", "last", "that") and (story.current is not None or story.any is not None)):
        return _holiday_from_story(ctx.lexicon["holidays"][spec.holiday], spec.relative_word, story), f.anchor  # "the following Christmas"
    beside = beside_week(spec)
    if beside:  # "the week after Easter": the ISO week holding the fourth of the seven days after (before) the holiday
        day, anchor = _holiday_day(ctx, attrs.evolve(spec, grain=Grain.DAY, shift=None), mention, story, f)
        return (None if day is None else cal.containing(day.start + dt.timedelta(days=_BESIDE_MIDDLE * beside), Grain.WEEK)), anchor
    if spec.grain is Grain.WEEKEND and spec.shift is not None and spec.shift.grain is Grain.WEEKEND and spec.shift.amount:
        # "the weekend before Christmas" ("after Easter"): the last weekend ending by the holiday's start (the first beginning
        # at its end or after), of the holiday's own year as the tense picks it
        day, anchor = _holiday_day(ctx, attrs.evolve(spec, grain=Grain.DAY, shift=None), mention, story, f)
        if day is None:
            return None, anchor
        if spec.shift.amount < 0:
            weekend = cal.containing(day.start, Grain.WEEKEND)
            return (weekend if weekend.end <= day.start else cal.shifted(day.start, Grain.WEEKEND, -1)), anchor
        weekend = cal.containing(day.end - _DAY, Grain.WEEKEND)
        return (weekend if weekend.start >= day.end else cal.shifted(day.end - _DAY, Grain.WEEKEND, 1)), anchor
    period, anchor = _holiday_day(ctx, spec, mention, story, f)
    if period is not None and spec.shift is not None and spec.shift.grain is Grain.DAY and spec.shift.amount and spec.grain is Grain.DAY:
        period = cal.day(period.start.date() + dt.timedelta(days=int(spec.shift.amount)))  # "the day after Thanksgiving"
    return (with_part(ctx, period, spec) if period is not None and spec.part_of_day else period), anchor


_BESIDE_MIDDLE = 4  # the middle of the seven days before (after) a holiday is the fourth day from it


def beside_week(spec: CalendarSpec) -> int:
    """-1 (1) for the seven days before (after) a holiday ("the week before Christmas", "the week after Easter"), else 0."""
    if spec.holiday is None or spec.grain is not Grain.WEEK or spec.shift is None or spec.shift.grain is not Grain.WEEK or not spec.shift.amount:
        return 0
    return -1 if spec.shift.amount < 0 else 1


def beside_bounds(ctx: "Context", spec: CalendarSpec, period: Period) -> Optional[tuple[dt.datetime, dt.datetime]]:
    """The seven days before (after) the holiday whose ISO week ``period`` is (see :func:`beside_week`): "the week after
    Easter 2026" is 6 to 13 April, "the week before Christmas 2026" 18 to 25 December."""
    way = beside_week(spec)
    if not way or period.grain is not Grain.WEEK:
        return None
    entry = ctx.lexicon["holidays"][spec.holiday]
    for y in (period.start.year - 1, period.start.year, period.start.year + 1):
        day = dt.datetime.combine(cal.holiday_date(entry, y), dt.time())
        if period.start <= day + dt.timedelta(days=_BESIDE_MIDDLE * way) < period.end:
            return (day - dt.timedelta(days=7), day) if way < 0 else (day + dt.timedelta(days=1), day + dt.timedelta(days=8))
    return None


def _holiday_day(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story, f: _Frame) -> tuple[Optional[Period], TimexAnchor]:
    assert spec.holiday is not None
    entry = ctx.lexicon["holidays"][spec.holiday]
    if f.year is not None:
        return _in_week(cal.day(cal.holiday_date(entry, f.year)), spec), NO_ANCHOR if spec.year else f.anchor
    if spec.grain is Grain.YEAR:  # "dragged on into the new year" told on 22 December: the year its first day begins, not the story's
        in_year = _in_story_year(ctx, story, f, lambda y: cal.day(cal.holiday_date(entry, y)))
        if in_year is not None:
            return _in_week(in_year[0], spec), in_year[1]
    in_story = _in_story_year(ctx, story, f, lambda y: _in_week(cal.day(cal.holiday_date(entry, y)), spec), mention)
    if in_story is not None:
        return in_story
    if spec.grain is Grain.DAY:  # (s63 lead) "announced last autumn that they would close the shop at Easter": the first Easter after the report
        reported = _reported_ahead(ctx, mention, story, [cal.day(cal.holiday_date(entry, y)) for y in (f.today.year - 1, f.today.year, f.today.year + 1)])
        if reported is not None:
            return reported
    way, strong = direction(ctx, spec, mention, Direction.PAST)
    if way is Direction.PAST and after_occasion(ctx.text, mention.start, ctx.doc.language):
        way, strong = Direction.CLOSEST, False  # "Amtrak added trains for Christmas" said in November: the coming one
    today = f.today
    cands = [cal.holiday_date(entry, y) for y in (today.year - 1, today.year, today.year + 1)]
    if spec.grain is Grain.WEEK:  # "Easter week began": the tense is about the week, not the holiday in it
        weeks = [_in_week(cal.day(d), spec) for d in cands]
        return pick_period(weeks, dt.datetime.combine(today, dt.time()), way, strong), f.anchor
    yearly = spec.direction is Direction.TENSE and no_look_back(ctx, mention, story, today)  # "last Christmas" said on Dec. 23: a year back
    yearly = yearly and not _happened_on(ctx, mention)  # (s55) "burned down on Christmas Day" said on Dec. 14: the one gone
    picked = pick_date(cands, today, way, strong, yearly, just_after(ctx, mention, way))
    if before_gone(ctx, mention, way, strong, picked, today):
        picked = max((c for c in cands if c <= today), default=picked)  # "found cracks before Christmas" said in October: the one gone
    return _in_week(cal.day(picked), spec), f.anchor


def _in_week(day: Period, spec: CalendarSpec) -> Period:
    """The holiday's day, or with a WEEK grain ("Easter week") the ISO week it falls in (a YEAR grain: "the new year"); with
    a WEEKEND grain ("Labor Day weekend") the weekend next to it: a Monday's is the one just before it."""
    if spec.grain is Grain.WEEKEND:
        return cal.containing(day.start - _DAY if day.start.isoweekday() == 1 else day.start, Grain.WEEKEND)
    return cal.containing(day.start, spec.grain) if spec.grain in (Grain.WEEK, Grain.YEAR) else day


def _month_day(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story, f: _Frame) -> tuple[Optional[Period], TimexAnchor]:
    assert spec.month is not None and spec.day is not None
    if f.year is not None:
        try:
            return with_part(ctx, cal.day(dt.date(f.year, spec.month, spec.day)), spec), f.anchor
        except ValueError:
            return None, f.anchor
    if f.story_years:
        days = []
        for y in f.story_years:
            try:
                days.append(cal.day(dt.date(y, spec.month, spec.day)))
            except ValueError:
                pass
        picked = story_pick(ctx.mode, days, story, _told_before(ctx, mention), completed_by(ctx.doc, mention.start))
        if picked is not None:
            return with_part(ctx, picked, spec), _story_anchor(f)
    way, strong = direction(ctx, spec, mention, Direction.CLOSEST)
    if way is Direction.FUTURE and ends_reported_period(ctx.doc, mention.start, [w for w in ctx.lexicon["period_end"]["words"] if " " not in w]):
        # "Results for the year to March 31 are due on June 2": the clause's future is the figures', not the period's; the
        # period is the one whose end lies nearest (said in May, the year that ended in March)
        way = Direction.CLOSEST
    today = f.today
    cands = []
    for y in (today.year - 1, today.year, today.year + 1):
        try:
            cands.append(dt.date(y, spec.month, spec.day))
        except ValueError:
            pass
    if not cands:
        return None, f.anchor
    if spec.named_weekday is not None:
        named = [c for c in cands if c.isoweekday() == spec.named_weekday]
        if len(named) == 1:  # "Tuesday, Nov. 3": the year in which that day is a Tuesday
            return with_part(ctx, cal.day(named[0]), spec), f.anchor
    yearly = no_look_back(ctx, mention, story, today) and not _happened_on(ctx, mention)  # (s55) "burned down on Dec. 25"
    picked = pick_date(cands, today, way, strong, yearly, just_after(ctx, mention, way))
    if before_gone(ctx, mention, way, strong, picked, today):
        picked = max((c for c in cands if c <= today), default=picked)  # "found cracks before Dec. 25" said in October: the one gone
    return with_part(ctx, cal.day(picked), spec), f.anchor


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> Optional[dt.date]:
    """The month's ``nth`` day of ISO ``weekday`` (-1: the last), None when it has no such day (a fifth Monday)."""
    if nth < 0:
        last = cal.add_months(dt.date(year, month, 1), 1) - _DAY
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    d = first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    return d if d.month == month else None


def _nth_weekday(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story, f: _Frame) -> tuple[Optional[Period], TimexAnchor]:
    """ "the first Monday in May": that day of the month, the year chosen as for a month day."""
    assert spec.month is not None and spec.weekday is not None and spec.nth is not None
    if spec.grain is Grain.WEEKEND:  # (s63) "the last weekend in July": the weekend of that Saturday
        found, anchor = _nth_weekday(ctx, attrs.evolve(spec, grain=Grain.DAY), mention, story, f)
        return (None if found is None else cal.containing(found.start, Grain.WEEKEND)), anchor
    month, weekday, nth = spec.month, spec.weekday, spec.nth
    if f.year is not None:
        d = nth_weekday(f.year, month, weekday, nth)
        return (None if d is None else cal.day(d)), f.anchor if spec.year is None else NO_ANCHOR
    if f.story_years:
        days = [cal.day(d) for d in (nth_weekday(y, month, weekday, nth) for y in f.story_years) if d is not None]
        picked = story_pick(ctx.mode, days, story, _told_before(ctx, mention))
        if picked is not None:
            return picked, _story_anchor(f)
    today = f.today
    cands = [d for d in (nth_weekday(y, month, weekday, nth) for y in (today.year - 1, today.year, today.year + 1)) if d is not None]
    if not cands:
        return None, f.anchor
    way, strong = direction(ctx, spec, mention, Direction.CLOSEST)
    return cal.day(pick_date(cands, today, way, strong, no_look_back(ctx, mention, story, today))), f.anchor


def _month(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story, f: _Frame) -> tuple[Optional[Period], TimexAnchor]:
    assert spec.month is not None
    if (spec.shift is not None and spec.shift.anchoring is Anchoring.NARRATIVE and spec.shift.amount == 0 and spec.relative_word in ("next", "last")
            and (story.current is not None or story.any is not None)):
        return _month_from_story(spec.month, spec.relative_word == "next", story), f.anchor  # "the following September"
    if f.year is not None:
        return cal.month(f.year, spec.month), f.anchor
    rel = spec.relative_word
    today = f.today
    cands_m = [cal.month(y, spec.month) for y in (today.year - 1, today.year, today.year + 1)]
    month = spec.month
    if f.story_years and _word_before(ctx.text, mention.start) in ctx.lexicon["story_months"]["same_year"]:
        named = story.last
        if (named is not None and named[0] == story.sentence and not story.last_set_off and not story.last_flashback
                and not story.last_aside and Grain.MONTH < named[1].grain <= Grain.YEAR and not named[1].value.startswith("BC")
                and 0 < named[1].start.year - f.story_years[1] <= ASIDE_YEARS):
            # "lost in the offensive of 1918 and retaken that August" told in 1917: the year just ahead its sentence named;
            # not a look-back ("bought the old mill of 1690, and that December moved in" told in 1702), nor a far end
            # ("founded a company that would trade until 1850, and that December he married")
            return cal.month(named[1].start.year, month), TimexAnchor(AnchorKind.TIMEX, named[2])
        return cal.month(f.story_years[1], month), _story_anchor(f)  # narrative "sailed that December": the story's year's
    in_story = _in_story_year(ctx, story, f, lambda y: cal.month(y, month), mention)
    if in_story is not None:
        return in_story
    if rel == "this":
        return cal.month(today.year, spec.month), f.anchor
    if rel == "last":
        return max((p for p in cands_m if p.end <= cal.month(today.year, today.month).start), key=lambda p: p.start), f.anchor
    if rel == "next":
        return min((p for p in cands_m if p.start >= cal.month(today.year, today.month).end), key=lambda p: p.start), f.anchor
    reported = _reported_ahead(ctx, mention, story, cands_m)
    if reported is not None:
        return reported  # "The minister said in February that prices would peak in March" said in April: this March
    if cands_m[1].start <= f.base < cands_m[1].end:
        return cands_m[1], f.anchor  # the month under way: every way below picks it (its direction is not worked out)
    way, strong = direction(ctx, spec, mention, Direction.CLOSEST)
    if way is not Direction.FUTURE and _headline_change(ctx, mention):
        way, strong = Direction.FUTURE, True  # (s57) "Lido Reopens in May" said in August: next May
    if way is not Direction.PAST and names_report_period(ctx.text, mention.start, mention.end, ctx.doc.language):
        way, strong = Direction.PAST, True  # "October data will be watched" said in January: figures of a month begun already
    if way is Direction.FUTURE and ends_reported_period(ctx.doc, mention.start, [w for w in ctx.lexicon["period_end"]["words"] if " " not in w]):
        # "Results for the three months to September will be published on November 3": the clause's future is the figures',
        # not the period's (as for a period's last day, see _month_day): the month nearest, said in October the one gone
        way = Direction.CLOSEST
    if way is not Direction.PAST and flow_in_period(ctx.text, mention.start, ctx.doc.language):
        begun = max((p for p in cands_m if p.start <= f.base), key=lambda p: p.start, default=None)
        if begun is not None and f.base - begun.end <= dt.timedelta(days=REPORT_LAG):
            # "Analysts expect holiday sales in November to rise" said on 2 December: the month just over, whose figures are
            # still to come; one long over is a forecast of the next ("sales in November" said in March)
            return begun, f.anchor
    if just_after(ctx, mention, way):
        # "Staff return after the Christmas break" said on 3 January: what follows a month (a holiday named as one) may follow
        # one just over, SOON at most before now, as a yearly date after "after" may (see pick_date): December gone
        just = [p for p in cands_m if dt.timedelta(0) <= f.base - p.end <= SOON]
        if just:
            return just[-1], f.anchor
    picked = pick_period(cands_m, f.base, way, strong)
    if before_gone(ctx, mention, way, strong, picked.start.date(), f.today):
        # "developed kidney problems before the end of April" said in December: the April gone, not the run-up of the next
        return max((p for p in cands_m if p.end.date() <= f.today), key=lambda p: p.start, default=picked), f.anchor
    return picked, f.anchor


def _quarter(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story, f: _Frame) -> tuple[Optional[Period], TimexAnchor]:
    assert spec.quarter is not None
    if f.year is not None:
        return cal.quarter(f.year, spec.quarter), f.anchor if spec.year is None else NO_ANCHOR
    quarter = spec.quarter
    in_story = _in_story_year(ctx, story, f, lambda y: cal.quarter(y, quarter))
    if in_story is not None:
        return in_story
    today = f.today
    current = cal.containing(f.base, Grain.QUARTER)
    cands_q = [cal.quarter(y, spec.quarter) for y in (today.year - 1, today.year, today.year + 1)]
    if cands_q[1].start == current.start:
        return cands_q[1], f.anchor  # the quarter under way: either way below picks it (its direction is not worked out)
    way, strong = direction(ctx, spec, mention, Direction.PAST, reach=1)
    if way is Direction.FUTURE and strong:
        # "due in Q3": the next one, this one included, or the one just ended, whose figures come out after it
        # ends ("expects to report third-quarter results" in October): that one only while its figures are
        # still coming out or when they are named ("Sales will rise in the fourth quarter" said in March is
        # this year's, "will release fourth-quarter results" the last)
        # (s53) ... and only in a sentence of figures: "A listing is possible in the third quarter" said in November is next year's
        reporting = (((f.base - current.start).days <= REPORT_LAG and tells_figures(ctx.doc, mention.start))
                     or names_report_period(ctx.text, mention.start, mention.end, ctx.doc.language))
        return min((p for p in cands_q if p.end > current.start or (reporting and p.end == current.start)), key=lambda p: p.start), f.anchor
    if way is Direction.CLOSEST:
        # (s53) "told reporters that a cut was possible in the third quarter" said in June: what was possible after a report
        # lies either side of now, the nearest (this year's, not last year's)
        return pick_period(cands_q, f.base, way, strong), f.anchor
    past = [p for p in cands_q if p.start <= current.start]
    return (max(past, key=lambda p: p.start) if past else cands_q[0]), f.anchor


def _winter_after_story(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> Optional[Period]:
    """Narrative: "the winter of Y" told when the story is already in Y after that year's January and February ("reached
    Jamaica in May 1721 and lay at anchor through the winter of 1721"): the winter that begins in December Y, its value
    still Y's as written; the story goes on into it ("In February" is 1722's).  Not in the past perfect ("had survived the
    winter of 1721"); a story told by the year alone starts before the winter's end and keeps it; else None."""
    current = story.current
    if (ctx.mode != "narrative" or spec.season != "WI" or spec.year is None or spec.relative_word is not None
            or current is None or current.start.year != spec.year):
        return None
    own = cal.season(spec.year, "WI")
    if current.start < own.end or in_past_perfect(ctx.doc, mention.start, mention.end):
        return None
    following = cal.season(spec.year + 1, "WI")
    return attrs.evolve(following, value=own.value)


def _season(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story, f: _Frame) -> tuple[Optional[Period], TimexAnchor]:
    assert spec.season is not None
    if spec.shift is not None and spec.shift.anchoring is Anchoring.NARRATIVE and spec.relative_word:
        if story.current is None and story.any is None:  # no story yet: "that summer" as a bare "summer"
            if spec.season == "WI" and spec.relative_word == "next":
                # (s56) "The king died the following winter", nothing told: the winter following the story's year (the
                # reference year), which begins in its December; said in December, the one that began then, not the one a
                # year on as "next winter" (the same elsewhere in the year)
                return cal.season(f.today.year + 1, "WI"), f.anchor
            return named_period(ctx, attrs.evolve(spec, shift=None, relative_word=None if spec.relative_word == "this" else spec.relative_word), mention, story)
        return _season_from_story(spec, story, f.base), f.anchor
    if f.year is not None:
        later = _winter_after_story(ctx, spec, mention, story)
        if later is not None:
            return later, NO_ANCHOR
        return cal.season(f.year, spec.season), f.anchor if spec.year is None else NO_ANCHOR
    flashback = _flashback_season(ctx, spec, story, f)
    if flashback is not None:
        return flashback
    season = spec.season
    in_story = _in_story_year(ctx, story, f, lambda y: cal.season(y, season), mention)
    if in_story is not None:
        return in_story
    today, base = f.today, f.base
    # up to two years on: said in December, winter (today.year + 1)-WI is under way and "next winter" is the one after it
    cands_s = [cal.season(y, spec.season) for y in (today.year - 2, today.year - 1, today.year, today.year + 1, today.year + 2)]
    rel = spec.relative_word
    if rel == "this":
        inside = [p for p in cands_s if p.start <= base < p.end]
        if inside:
            return inside[0], f.anchor
        # out of season, a clause that says which way picks the one just gone or the one to come ("snow was heavy this
        # winter" said in March: the winter that ended in February, not the next)
        way, _ = direction(ctx, attrs.evolve(spec, relative_word=None), mention, Direction.CLOSEST)
        last = max((p for p in cands_s if p.end <= base), key=lambda p: p.start)
        if way is Direction.PAST and base - last.end < dt.timedelta(days=92):  # within a season of its end
            return last, f.anchor
        if way is Direction.FUTURE:
            return min((p for p in cands_s if p.start > base), key=lambda p: p.start), f.anchor
        this_year = [p for p in cands_s if p.start.year == today.year]  # "this winter" in October: the one that begins in December
        return (this_year[0] if this_year else cal.season(today.year, spec.season)), f.anchor
    if rel == "last":
        last_s = max((p for p in cands_s if p.end <= base), key=lambda p: p.start)
        if spec.shift is not None and spec.shift.grain is Grain.SEASON and spec.shift.amount:  # "two summers ago": a year before the last
            year_of_last = last_s.start.year + (1 if spec.season == "WI" else 0)  # a winter is named by its January's year
            return cal.season(year_of_last + int(spec.shift.amount), spec.season), f.anchor
        return last_s, f.anchor
    if rel == "next":
        return min((p for p in cands_s if p.start > base), key=lambda p: p.start), f.anchor
    reported = _reported_ahead(ctx, mention, story, cands_s)
    if reported is not None:
        return reported  # "had warned in January that the winter would be weak" said in April: the winter then under way
    if _change_ahead(ctx, mention):  # (s56) "moves to the board in the summer" said in January: the coming summer
        return pick_period(cands_s, base, Direction.FUTURE, True), f.anchor
    way, strong = direction(ctx, spec, mention, Direction.CLOSEST)
    if way is not Direction.PAST and spec.mod is None and _until_season(ctx, mention):  # (s57) "closed until the summer" said in July: next summer
        return min((p for p in cands_s if p.start > base), key=lambda p: p.start), f.anchor
    if way is Direction.FUTURE and _after_following_word(ctx, mention):
        # "expects a record summer after a slow winter" said in March: the winter just over, which what is ahead follows
        last = max((p for p in cands_s if p.end <= base), key=lambda p: p.start)
        if base - last.end < _SEASON_LENGTH:
            return last, f.anchor
    return pick_period(cands_s, base, way, strong), f.anchor


def _flashback_season(ctx: "Context", spec: CalendarSpec, story: Story, f: _Frame) -> Optional[tuple[Period, TimexAnchor]]:
    """Narrative mode: a bare season ("the autumn", "the winter") in a clause in the past perfect after a look-back told
    in its sentence (or in the past perfect in the sentence before, see :meth:`Story.local`) before the story's time is the
    look-back's season, as "that autumn" is: "crossed on 6 September 1795. ... In June 1794 a crossing had failed, and in
    the autumn the river had been too high": 1794's autumn, not the story's; "In 1846 he had lost a ship ... and had spent
    the winter at Pond Inlet": the winter that began that December (1847-WI).  None elsewhere (the story's season)."""
    if ctx.mode != "narrative" or f.year is not None or spec.relative_word is not None or spec.shift is not None or not story.flashback:
        return None
    local = story.local()
    now = story.current
    if local is None or now is None or local[0].grain < Grain.DAY or local[0].end > now.start:
        return None
    return _season_from_story(spec, story, f.base), TimexAnchor(AnchorKind.TIMEX, local[1])


_SEASON_LENGTH = dt.timedelta(days=92)
_SUBJECT_VERB = 3  # words after a time that is its clause's subject in which its verb's auxiliary stands ("the winter [would]")


def _subject_verb(ctx: "Context", mention: Mention) -> list[str]:
    """The first words after ``mention`` (lower case), up to a comma or a semicolon: the auxiliary of the verb of a clause
    whose subject the time is ("that the winter would be weak")."""
    out: list[str] = []
    for t in _CLAUSE_TOKEN.findall(ctx.text, mention.end, min(len(ctx.text), mention.end + 40))[:_SUBJECT_VERB]:
        if t in ",;":
            break
        out.append(t.lower())
    return out


def _reported_ahead(ctx: "Context", mention: Mention, story: Story, cands: list[Period]) -> Optional[tuple[Period, TimexAnchor]]:
    """News: a month or season in a clause reported with a backshifted modal ("would", ``backshifted`` in tense.toml) after
    "that" and a reporting or forecasting verb dated by a past month or day told just before in its sentence ("The minister
    said in February that prices would peak in March", "had warned in January that the winter would be weak"): what was
    foreseen lay ahead of the report, so the first of ``cands`` not over when the report was made (said in April: this March,
    the winter then under way), not the one ahead of publication.  None otherwise."""
    last = story.last
    if ctx.mode != "news" or ctx.reference is None or last is None or last[0] != story.sentence or last[1].end > ctx.reference:
        return None
    told_end = story.end_of.get(last[2], mention.start)
    if last[1].grain > Grain.SEASON or told_end > mention.start:  # (s63 lead) a season's report too ("announced last autumn")
        return None
    cues = tense_words(ctx.doc.language)
    tokens = [t.lower() for t in _CLAUSE_TOKEN.findall(ctx.text, told_end, mention.start)]
    opener = next((k for k, t in enumerate(tokens) if t in cues.report_content), None)
    before = ctx.text[max(0, told_end - 80):told_end]
    verbs = [t.lower() for t in _CLAUSE_TOKEN.findall(before)][-4:]
    if (opener is None or any(t in cues.boundaries and t not in cues.report_content for t in tokens[opener + 1 :])
            or not any(t in cues.backshifted for t in tokens[opener + 1 :] + _subject_verb(ctx, mention))
            or not any(v in cues.reporting or v in cues.scheduling or v in cues.expecting for v in verbs + tokens[:opener])):
        return None
    after = [p for p in cands if p.end > last[1].start]
    return (min(after, key=lambda p: p.start), TimexAnchor(AnchorKind.TIMEX, last[2])) if after else None
_FOLLOWING_GAP = 2  # words between "after" and a season: an article and an adjective ("after [a slow] winter")


def _after_following_word(ctx: "Context", mention: Mention) -> bool:
    """Whether a word of ``following`` ("after") stands before the expression, with at most an article or possessive and a
    lower-case word between ("after a slow winter", "after the long winter", "after winter")."""
    words = tense_words(ctx.doc.language)
    before = _CLAUSE_TOKEN.findall(ctx.text, max(0, mention.start - 40), mention.start)[-(_FOLLOWING_GAP + 1):]
    for k in range(len(before) - 1, -1, -1):
        w = before[k]
        if w.lower() in words.following:
            between = before[k + 1 :]
            return all(b.islower() for b in between) and (not between or between[0] in words.noun_openers)
    return False


def _weekend(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story, f: _Frame) -> tuple[Optional[Period], TimexAnchor]:
    base, anchor = f.base, f.anchor
    rel = spec.relative_word
    this = cal.containing(base, Grain.WEEKEND)
    if rel == "this":
        if this.start > base and base - cal.shifted(base, Grain.WEEKEND, -1).end < dt.timedelta(days=2):
            way, strong = direction(ctx, attrs.evolve(spec, relative_word=None), mention, Direction.FUTURE)
            if way is Direction.PAST and strong:
                return cal.shifted(base, Grain.WEEKEND, -1), anchor  # "Fans gathered this weekend" said on Monday: the one just gone
        return this, anchor
    if rel == "next":
        return (cal.shifted(base, Grain.WEEKEND, 1) if base < this.start else cal.shifted(base, Grain.WEEKEND, 1)), anchor
    last = this if this.end <= base else cal.shifted(base, Grain.WEEKEND, -1)
    if rel == "last":
        return last, anchor
    if ctx.mode == "narrative" and rel is None and anchor.kind is AnchorKind.TIMEX and not in_past_perfect(ctx.doc, mention.start, mention.end):
        # a history moves forward: "walked out on Monday, 3 May 1926 ... called in troops at the weekend" = 8-9 May
        return (this if base < this.end else cal.shifted(base, Grain.WEEKEND, 1)), anchor
    if this.start <= base < this.end:
        if (this.end - base <= dt.timedelta(days=1) and not after_until(ctx.doc, mention.start)
                and direction(ctx, spec, mention, Direction.PAST)[0] is Direction.FUTURE):
            # said on its last day, "will arrive by the weekend" is the next one ("will continue through the weekend": this one)
            return cal.shifted(base, Grain.WEEKEND, 1), anchor
        return this, anchor
    nxt = this if this.start > base else cal.shifted(base, Grain.WEEKEND, 1)
    way, strong = direction(ctx, spec, mention, Direction.PAST)
    # (either side of now by a verb of its own clause, a weekend is the coming one unless the last ended less than a day ago:
    # "said more rain was likely at the weekend" on a Thursday is the next, "crowded the stores before the weekend" on a
    # Monday the one just gone; a weak "either side", "worked through the weekend to clear the line", stays the last)
    pick = nxt if way is Direction.FUTURE or (way is Direction.CLOSEST and strong and base - last.end >= dt.timedelta(days=1)) else last
    after_day = _weekend_after_day(ctx, mention, story, base)
    if after_day is not None and (after_day[0].start > pick.start if way is Direction.FUTURE else after_day[0].end <= base and after_day[0].start < pick.start):
        return after_day  # "Shops open on Thanksgiving Day and stay open through the weekend" said a week before: that day's weekend
    return pick, anchor


def _weekend_after_day(ctx: "Context", mention: Mention, story: Story, base: dt.datetime) -> Optional[tuple[Period, TimexAnchor]]:
    """The weekend that ends the week of a day named earlier in the clause of a bare "the weekend" ("The fair opens on
    Dec. 3 and runs through the weekend": 5-6 Dec), or None."""
    last = story.last
    if ctx.mode != "news" or last is None or last[0] != story.sentence or last[1].grain not in DAY_GRAINS or not last[2]:
        return None
    end = story.end_of.get(last[2], mention.start)
    if _clause_between(ctx, end, mention.start):
        return None
    pairs = ctx.lexicon["date_pairs"]
    fillers = set(pairs["connectors"]) | set(pairs.get("list_fillers", ()))
    if all(w.lower() in fillers or w == "," for w in _CLAUSE_TOKEN.findall(ctx.text, end, mention.start)):
        return None  # "Rain is expected on Monday and over the weekend": a list, each time on its own
    return cal.containing(last[1].start, Grain.WEEKEND), TimexAnchor(AnchorKind.TIMEX, last[2])


def quarter_in_year(ctx: "Context", y: int, story: Story, reporting: bool = False) -> tuple[Optional[Period], TimexAnchor]:
    """ "the 2024 quarter": the quarter the story is about (else the last one reported), in year ``y``;
    ``reporting`` ("the 2024 period"): the year instead when the story has left the quarter for a
    longer stretch of the year ("the first nine months")."""
    if reporting and story.focus is not None and story.focus.grain is Grain.YEAR and story.focus_tid is not None:
        return cal.year(y), TimexAnchor(AnchorKind.TIMEX, story.focus_tid)
    named = story.reported(Grain.QUARTER)
    if named is not None:
        last, tid = named
        return cal.quarter(y, (last.start.month - 1) // 3 + 1), TimexAnchor(AnchorKind.TIMEX, tid)
    if ctx.reference is None:
        return None, NO_ANCHOR
    reported = cal.shifted(ctx.reference, Grain.QUARTER, -1)
    return cal.quarter(y, (reported.start.month - 1) // 3 + 1), REFERENCE_ANCHOR
