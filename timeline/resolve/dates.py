"""The period a date or time expression denotes: absolute dates, clock times, moves from an
anchor (:mod:`.shifts`) and named calendar times (:mod:`.named`); and its bounds under a mod."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from calendar import monthrange
from typing import TYPE_CHECKING, Iterable, Mapping, Optional

import attrs

from ..model import NO_ANCHOR, REFERENCE_ANCHOR, AnchorKind, Grain, Mod, TimexAnchor
from ..recognize.meaning import Anchoring, CalendarSpec, Direction, Mention
from . import calendar as cal
from .calendar import Period
from .clock_nights import evening_of_told_night
from .named import named_period, nth_weekday, quarter_in_year
from .named_frame import after_midnight, with_part
from .named_years import reported_year, year_told_before
from .picking import direction
from .shifts import is_pure_shift, shifted_period
from .story import Story
from .story_days import future_day_anchor, morning_after, past_day_anchor
from .story_periods import news_part_in_period
from .tense import clause_tense
from .tense_cues import tense_words
from .tense_reports import ends_span, in_past_perfect
from .tense_verbs import report_day_after

if TYPE_CHECKING:
    from .anchors import Context

__all__ = ["half_bounds", "calendar_period", "bounds_for_mod", "unanchored_value"]

_DAY = dt.timedelta(days=1)
_WEEK = dt.timedelta(days=7)
_PART_APPROX = dt.timedelta(hours=1)  # the most "around" widens a part of day by on each side


TURN_PAST = 10  # (s64) years past a century's turn after which a time told looks to the coming turn


def turn_ahead(ctx: "Context", year: int, mention: Mention) -> bool:
    """(s64) Whether "the turn of the century" told after a time of ``year`` is the coming turn, not the nearest: a
    history moves on from the time it told ("The mill was built in 1712 ... by the turn of the century it employed sixty
    men": 1800, not 1700), once that time is more than ``TURN_PAST`` years past the last turn; not in the past perfect
    (a look back: "In 1712 the abbey, which had been founded at the turn of the century, ..."), nor past the text's
    own time in a clause that does not look ahead."""
    low = year - year % 100
    if year - low <= TURN_PAST or in_past_perfect(ctx.doc, mention.start, mention.end):
        return False
    return ctx.reference is None or low + 100 <= ctx.reference.year


def bounds_for_mod(period: Period, mod: Optional[Mod]) -> tuple[Optional[dt.datetime], Optional[dt.datetime]]:
    """Earliest/latest instants of ``period`` under a TIMEX3 mod.

    START/MID/END keep the first/middle/last third (the middle of an ISO week: Tuesday to Thursday), cut where a reader would cut it: at the
    nearest month of a year or quarter ("late 2024" = September to December, "early next year"
    January to April), and of a shorter period at whole days or hours, widened to keep the
    whole third ("late August" from the 21st, "late last week" from Friday); APPROX widens by one period on each side (at least 30 minutes, a part of day at most an hour),
    leaving a side open (None) where the widening would leave the calendar; BEFORE / ON_OR_BEFORE / AFTER / ON_OR_AFTER
    leave the far side open ("pre-2000": up to 2000, "2028 or later": from 2028).
    """
    s, e = period.start, period.end
    if mod is None:
        return s, e  # (most periods: the whole of it, without reading the mods below one by one)
    length = e - s
    if mod is Mod.START:
        return s, _cut(s + length / 3, length, up=True)
    if mod is Mod.MID and length == _WEEK and s.isoweekday() == 1:
        return s + _DAY, s + 4 * _DAY  # the middle of a week is its Tuesday to Thursday, not the third from Wednesday to Friday
    if mod is Mod.MID:
        return _cut(s + length / 3, length, up=False), _cut(s + 2 * length / 3, length, up=True)
    if mod is Mod.END:
        return _cut(s + 2 * length / 3, length, up=False), e
    if mod is Mod.APPROX:
        # (a part of day is already a wide window, "about dusk" is 16-21 give or take an hour, not 11:00 to 02:00)
        widen = max(min(length, _PART_APPROX) if period.grain is Grain.PART_OF_DAY else length, dt.timedelta(minutes=30))
        return (s - widen if s - dt.datetime.min >= widen else None), (e + widen if dt.datetime.max - e >= widen else None)
    # open ends: "pre-2000" before the year, "2028 or later" from its start on, "post-1945" after its end, "1990 or earlier"
    # up to its end
    if mod is Mod.BEFORE:
        return None, s
    if mod is Mod.ON_OR_BEFORE:
        return None, e
    if mod is Mod.AFTER:
        return e, None
    if mod is Mod.ON_OR_AFTER:
        return s, None
    return s, e


def half_bounds(period: Period, which: int) -> tuple[dt.datetime, dt.datetime]:
    """The first (``which`` 1) or second (2) half of ``period``, cut where a reader would cut its middle ("the first half of
    October" is the 1st to the 15th, "the second half of the decade" its last five years), not a third as START/END."""
    s, e = period.start, period.end
    middle = _cut(s + (e - s) / 2, e - s, up=False)
    return (s, middle) if which == 1 else (middle, e)


def _cut(t: dt.datetime, length: dt.timedelta, up: bool) -> dt.datetime:
    """Where a reader cuts a third of a period of ``length`` near ``t``: the nearest year's start
    (periods of ten years and more) or month's (of about three months and more), whose thirds are
    whole years or months; else ``t``'s day (periods of two days and more) or hour, taken whole
    (``up``: the boundary after ``t``, else the one before)."""
    if length >= dt.timedelta(days=80):
        if length >= dt.timedelta(days=3650):
            low = dt.datetime(t.year, 1, 1)
            high = dt.datetime(t.year + 1, 1, 1) if t.year < dt.MAXYEAR else low
        else:
            low = dt.datetime(t.year, t.month, 1)
            nxt = cal.add_months(low.date(), 1) if (t.year, t.month) < (dt.MAXYEAR, 12) else low.date()
            high = dt.datetime(nxt.year, nxt.month, nxt.day)
        return low if t - low <= high - t else high
    low = dt.datetime(t.year, t.month, t.day) if length >= dt.timedelta(days=2) else t.replace(minute=0, second=0, microsecond=0)
    step = dt.timedelta(days=1) if length >= dt.timedelta(days=2) else dt.timedelta(hours=1)
    if not up or low == t or dt.datetime.max - low < step:
        return low
    return low + step


def calendar_period(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story, day_hint: Optional[tuple[dt.date, str]]) -> tuple[Optional[Period], TimexAnchor]:
    """The period a calendar spec denotes, or None when nothing anchors it."""
    if spec.month is not None and spec.day is not None and spec.grain in (Grain.WEEK, Grain.WEEKEND):  # "the week of March 6"
        if ctx.mode == "news" and spec.year is None and ctx.reference is not None and year_told_before(ctx, spec, mention, story) is None:
            # (not in a clause about a year told before it: "was 2017, when admissions peaked in the second week of January")
            # said during that week: the week under way, whatever the tense ("talks are set for the week of March 11"
            # said on March 13 is not next year's)
            for y in (ctx.reference.year - 1, ctx.reference.year, ctx.reference.year + 1):
                try:
                    week = cal.containing(dt.datetime(y, spec.month, spec.day), spec.grain)
                except ValueError:
                    continue
                if week.start <= ctx.reference < week.end:
                    return week, REFERENCE_ANCHOR
        day, anchor = calendar_period(ctx, attrs.evolve(spec, grain=Grain.DAY), mention, story, day_hint)
        return (None if day is None else cal.containing(day.start, spec.grain)), anchor
    if spec.weekday is not None and spec.grain is Grain.WEEK and spec.month is None and spec.day is None and spec.shift is None:
        # "midweek": the week of the weekday the tense picks (said on a Monday of the past, last week's)
        day, anchor = calendar_period(ctx, attrs.evolve(spec, grain=Grain.DAY, mod=None), mention, story, day_hint)
        return (None if day is None else cal.containing(day.start, Grain.WEEK)), anchor
    if spec.same_grain_anchor and spec.year is not None and spec.grain is Grain.QUARTER:
        return quarter_in_year(ctx, spec.year, story, spec.inherit_grain)
    if spec.on_this_day and spec.year is not None:  # "On this day in 1996": the reference's month and day that year
        if ctx.reference is None:
            return cal.year(spec.year), NO_ANCHOR
        ref = ctx.reference.date()
        day = min(ref.day, monthrange(spec.year, ref.month)[1])  # Feb. 29 said of a year without one: the 28th
        return cal.day(dt.date(spec.year, ref.month, day)), REFERENCE_ANCHOR
    if spec.century_turn:  # "the turn of the century": the century's first year nearest the story's time (a tie, a future clause: the later)
        base, anchor = ctx.anchor_for(Anchoring.NARRATIVE, Grain.YEAR, story)
        if ctx.mode == "narrative" and story.current is None and story.any is None and story.opening is not None:
            # "born in the early 1770s, and by the turn of the century he was known": before any date, the text's first year's
            base, anchor = story.opening[0].start, TimexAnchor(AnchorKind.TIMEX, story.opening[1])
        if base is None:
            return None, anchor
        low = base.year - base.year % 100
        later = base.year - low >= low + 100 - base.year or direction(ctx, spec, mention, Direction.CLOSEST)[0] is Direction.FUTURE
        if not later and anchor.kind is AnchorKind.TIMEX and (story.current is not None or story.any is not None):
            later = turn_ahead(ctx, base.year, mention)
        if spec.grain is Grain.CENTURY:  # narrative "the new century": the century that turn begins
            return cal.century((low + 100 if later else low) // 100), anchor
        return cal.year(low + 100 if later else low), anchor
    if spec.nth is not None and spec.month is None and spec.shift is not None and spec.weekday is not None:
        # (s52) "the last Sunday of the month", "the first Saturday of next month": that day of the month the shift names
        month, anchor = shifted_period(ctx, CalendarSpec(Grain.MONTH, shift=spec.shift), story, mention)
        day = None if month is None else nth_weekday(month.start.year, month.start.month, spec.weekday, spec.nth)
        if day is not None and spec.grain is Grain.WEEKEND:  # (s63) "the first weekend of the month": that Saturday's weekend
            return cal.containing(cal.day(day).start, Grain.WEEKEND), anchor
        return (None if day is None else cal.day(day)), anchor
    if spec.nth is not None:  # "the first Monday in May (2019)": a day its weekday and month choose
        return named_period(ctx, spec, mention, story)
    absolute = _absolute(ctx, spec)
    if absolute is not None:
        return absolute, NO_ANCHOR
    if spec.year is not None and spec.quarter is None and spec.half is None and spec.season is None and spec.holiday is None:
        return None, NO_ANCHOR  # an impossible date ("February 30, 2026")
    if spec.hour is not None:
        return _clock(ctx, spec, mention, story, day_hint)
    if is_pure_shift(spec):
        if spec.mod is Mod.END and past_rest(ctx, spec, mention, story):  # (s63) "declined for the rest of the decade"
            assert spec.shift is not None
            spec = attrs.evolve(spec, shift=attrs.evolve(spec.shift, anchoring=Anchoring.NARRATIVE))
        reported = reported_year(ctx, spec, mention, story)
        if reported is not None:
            return cal.year(reported[0]), reported[1]
        if spec.part_of_day and spec.shift is not None and spec.shift.grain is Grain.DAY and spec.shift.amount == 0:
            if (day_hint is not None and spec.shift.anchoring is Anchoring.NARRATIVE and not after_midnight(ctx, spec)
                    and not ctx.lexicon["parts_of_day"][spec.part_of_day].get("night_before")):
                # "The results were announced on October 16 in the afternoon": the part of the day written next to it,
                # whatever day the story is on (a report's day leaves it where it was)
                return with_part(ctx, cal.day(day_hint[0]), spec), TimexAnchor(AnchorKind.TIMEX, day_hint[1])
            in_period = news_part_in_period(ctx, spec, story)
            if in_period is not None:
                return in_period  # "Rain fell during the first week of September ... Overnight": a night of that week
            bare = spec
            spec = _night_before(ctx, spec, mention, story)
            night_back = spec is not bare
            if morning_after(ctx, spec, mention, story):  # "On the night of 3 August ... in the early hours": the 4th
                assert spec.shift is not None
                spec = attrs.evolve(spec, shift=attrs.evolve(spec.shift, amount=1))
            period, anchor = shifted_period(ctx, spec, story, mention)
            assert spec.shift is not None
            story_part = spec.shift.anchoring is Anchoring.NARRATIVE  # "at midnight": the story's, not "tonight"
            moved = past_day_anchor(ctx, mention, period.start, anchor, story) if period is not None and anchor.kind is AnchorKind.TIMEX else None
            if moved is not None and moved[1] != anchor and moved[0] is not None and ctx.reference is not None:
                # "... voted on Tuesday to hold an election on Jan. 17. The motion passed shortly after midnight": not that
                # day's; the last day told not after publication (Tuesday's), else the publication day's
                back = (moved[0].date() - ctx.reference.date()).days
                if (night_back and moved[1].kind is AnchorKind.TIMEX and back < 0
                        and _night_of_told_day(ctx, ctx.lexicon["parts_of_day"][spec.part_of_day], mention)):
                    spec = bare  # "Work began overnight" after a day told ahead: the night of the last day told before publication
                spec = attrs.evolve(spec, shift=attrs.evolve(spec.shift, anchoring=Anchoring.REFERENCE, amount=spec.shift.amount + back))
                period, anchor = shifted_period(ctx, spec, story)
                if moved[1].kind is AnchorKind.TIMEX:
                    anchor = moved[1]
            elif (period is not None and anchor.kind is AnchorKind.TIMEX and ctx.reference is not None
                    and period.start.date() < ctx.reference.date() and clause_tense(ctx.doc, mention.start, mention.end)[0] == "future"):
                # "will vote on Thursday evening, after talks broke down late on Monday. A result is expected shortly before
                # midnight": a part of day in a future clause does not take a day gone; the last day told not before
                # publication (Thursday), else the publication day (the mirror of the past clause's move above)
                ahead = future_day_anchor(ctx, mention, period.start, anchor, story)
                part = story.by_grain.get(Grain.PART_OF_DAY)  # a day told with its part ("on Thursday evening") is told too
                if (part is not None and part[0].start.date() >= ctx.reference.date()
                        and (ahead[1].kind is not AnchorKind.TIMEX or story.end_of.get(part[1], -1) > story.end_of.get(ahead[1].timex_id or "", -1))):
                    ahead = dt.datetime.combine(part[0].start.date(), dt.time()), TimexAnchor(AnchorKind.TIMEX, part[1])
                if ahead[1] != anchor and ahead[0] is not None:
                    assert spec.shift is not None
                    forward = (ahead[0].date() - ctx.reference.date()).days
                    spec = attrs.evolve(spec, shift=attrs.evolve(spec.shift, anchoring=Anchoring.REFERENCE, amount=spec.shift.amount + forward))
                    period, anchor = shifted_period(ctx, spec, story)
                    if ahead[1].kind is AnchorKind.TIMEX:
                        anchor = ahead[1]
            if (period is not None and day_hint is None and anchor.kind is AnchorKind.TIMEX
                    and (after_midnight(ctx, spec) or (_is_midnight(ctx, spec) and not _signalled(ctx, mention, "forward")))
                    and in_past_perfect(ctx.doc, mention.start, mention.end)):
                # "A fire destroyed the factory on Saturday. Two men had broken in shortly after midnight" (or "shortly before
                # midnight", "at midnight"): told before the story's day, the midnight that began it (not the one ending it)
                assert spec.shift is not None
                period, anchor = shifted_period(ctx, attrs.evolve(spec, shift=attrs.evolve(spec.shift, amount=spec.shift.amount - 1)), story)
            elif (period is not None and day_hint is None and anchor.kind is AnchorKind.TIMEX
                    and _midnight_before_small_hours(ctx, spec, mention, story, period)):
                # "was arrested at 3 a.m. on July 12 after a chase that began shortly before midnight": the midnight before
                # that clock time, which began its day (not the one ending it, a day later)
                assert spec.shift is not None
                period, anchor = shifted_period(ctx, attrs.evolve(spec, shift=attrs.evolve(spec.shift, amount=spec.shift.amount - 1)), story)
            if period is not None and day_hint is not None and after_midnight(ctx, spec) and period.start.date() == day_hint[0]:
                # "just after midnight on Oct. 11": the midnight that begins the day written next to it
                return with_part(ctx, cal.day(day_hint[0] - dt.timedelta(days=1)), spec), TimexAnchor(AnchorKind.TIMEX, day_hint[1])
            if period is not None and anchor.kind is AnchorKind.REFERENCE_TIME and story_part:
                step = _part_step(ctx, spec, mention, period)
                if step:  # "shortly after midnight" in a past clause: the midnight that began the day, not the one ending it
                    assert spec.shift is not None
                    period, anchor = shifted_period(ctx, attrs.evolve(spec, shift=attrs.evolve(spec.shift, amount=spec.shift.amount + step)), story)
            return period, anchor
        period, anchor = shifted_period(ctx, spec, story, mention)
        in_year = _same_in_year(ctx, spec, mention, period)
        if in_year is not None:
            return in_year, anchor  # "the lowest since the same month in 2019": the story's month of 2019
        if (period is not None and anchor.kind is AnchorKind.TIMEX and spec.shift is not None and spec.shift.amount == 0
                and spec.shift.grain is Grain.DAY and spec.grain is Grain.DAY
                and past_day_anchor(ctx, mention, period.start, anchor)[1].kind is AnchorKind.REFERENCE_TIME):
            # "A hearing set for Thursday was postponed. Earlier in the day, the judge denied a request": a day the
            # story has not reached yet is no day a past clause tells of; the publication day is
            return shifted_period(ctx, attrs.evolve(spec, shift=attrs.evolve(spec.shift, anchoring=Anchoring.REFERENCE)), story)
        step = _part_against_tense(ctx, spec, mention, period, anchor) or _run_against_tense(ctx, spec, mention, period)
        if step:
            assert spec.shift is not None
            return shifted_period(ctx, attrs.evolve(spec, shift=attrs.evolve(spec.shift, amount=step)), story, mention)
        return period, anchor
    return named_period(ctx, spec, mention, story)


_OF_PERIOD_PARTS = (Mod.START, Mod.MID, Mod.END)


def _part_against_tense(ctx: "Context", spec: CalendarSpec, mention: Mention, period: Optional[Period], anchor: TimexAnchor) -> int:
    """-1 (+1) when "the middle of the week", "the end of the month" (this one, counted from the publication date) has its
    part wholly ahead of (over before) the publication day while its clause is past (future): "Prices fell in the middle of
    the week" said on a Monday is last week's, "Rents will rise at the start of the month" said on the 15th next month's; else 0."""
    if (period is None or ctx.reference is None or anchor != REFERENCE_ANCHOR or spec.mod not in _OF_PERIOD_PARTS
            or spec.grain not in (Grain.WEEK, Grain.MONTH) or spec.shift is None or spec.shift.amount != 0 or spec.shift.grain is not spec.grain):
        return 0
    if mention.text.split()[0].lower() in ctx.lexicon["comparative_modifiers"]:
        return 0  # "promised a decision later this week": the part of this week after now, whatever the tense
    lo, hi = bounds_for_mod(period, spec.mod)
    if lo is None or hi is None:
        return 0
    way, strong = direction(ctx, attrs.evolve(spec, direction=Direction.TENSE), mention, Direction.CLOSEST)
    today = ctx.reference.date()
    if not strong:
        return 0
    if way is Direction.PAST and lo.date() > today:
        return -1
    if way is Direction.FUTURE and hi.date() <= today:
        return 1
    return 0


_RUN_GRAINS = (Grain.QUARTER, Grain.YEAR)


def _run_against_tense(ctx: "Context", spec: CalendarSpec, mention: Mention, period: Optional[Period]) -> int:
    """-1 when a quarter or year counted in a run ("fell for a third straight quarter", lexicon ``[ordinal_days] running``)
    came out as one not over by publication while its clause is past: the run told is of periods reported, the last one
    over ("reported a loss for a third straight quarter on Tuesday" said on 14 October: the third quarter); else 0.  A
    period the story told ("in the third quarter ... for a fourth straight quarter") is over already and stays."""
    table = ctx.lexicon.tables.get("ordinal_days")
    if (period is None or ctx.reference is None or ctx.mode != "news" or not table or spec.grain not in _RUN_GRAINS
            or spec.shift is None or spec.shift.amount != 0 or spec.shift.grain is not spec.grain or period.end <= ctx.reference):
        return 0
    if not set(w.lower() for w in mention.text.split()) & set(table.get("running", ())) and mention.rule not in table.get("run_rules", ()):
        return 0  # (s54: or the rule reads a run without such a word, "for a third year")
    return -1 if clause_tense(ctx.doc, mention.start, mention.end)[0] == "past" else 0


def _within_small_hours(ctx: "Context", day: Period) -> bool:
    """Whether the story's time, a clock time or a part of a day, lies in the small hours: a clock time, or a part that
    begins before the morning does (lexicon [parts_of_day] morning: "the early hours", "dawn"; not "the morning")."""
    morning = ctx.lexicon["parts_of_day"].get("morning", {})
    return day.grain is not Grain.PART_OF_DAY or "start" not in morning or day.start.hour < float(morning["start"])


def _night_before(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> CalendarSpec:
    """A bare "overnight" (a part of day marked ``night_before`` in the lexicon) that is not in a
    future clause: the night that ended on the anchor day, one day back; but after a time of the
    story's day from noon on ("lowered the signal at 4 p.m. Monday. The storm weakened overnight") the night that follows it;
    one marked ``night_of_day`` too ("during the night") is the night of any day the text names for it, that day's own."""
    assert spec.part_of_day is not None and spec.shift is not None
    entry = ctx.lexicon["parts_of_day"][spec.part_of_day]
    if not entry.get("night_before"):
        return spec
    into = _morning_day_after(ctx, mention)
    if into is not None and ctx.reference is not None and direction(ctx, spec, mention, Direction.PAST)[0] is not Direction.FUTURE:
        # "They climbed through the night and crossed the ridge at dawn on Saturday": the night that led into Saturday
        return attrs.evolve(spec, shift=attrs.evolve(spec.shift, anchoring=Anchoring.REFERENCE, amount=(into - ctx.reference.date()).days - 1))
    day = story.day
    if (entry.get("night_of_day") and spec.shift.anchoring is Anchoring.NARRATIVE and day is not None and day.grain in _CLOCK_GRAINS
            and day.start.hour < float(entry.get("end", 24)) - 24 and _within_small_hours(ctx, day)):
        # "The river burst its banks at 2 a.m. on Friday. During the night, ...": the night those small hours belong to,
        # which began the evening before (not after a morning that runs on past them: "on the morning of 3 December ...
        # Rescuers worked through the night": the night of the 3rd)
        return attrs.evolve(spec, shift=attrs.evolve(spec.shift, amount=-1))
    told = _told_first_hours(story, day.start.date()) if day is not None and entry.get("night_of_day") else None
    if (told is not None and spec.shift.anchoring is Anchoring.NARRATIVE and story.sentence_of.get(told) == story.sentence
            and story.end_of.get(told, mention.start) <= mention.start
            and not _told_in_sequence(ctx, story.end_of.get(told, mention.start), mention.start)
            and clause_tense(ctx.doc, mention.start, mention.end)[0] == "past"):
        # "was re-elected early on Friday after a count that ran through the night": the night those first hours ended,
        # told after them in their sentence as what came before (not "sank early on Saturday, and rescuers searched
        # through the night", the story carried on)
        return attrs.evolve(spec, shift=attrs.evolve(spec.shift, amount=-1))
    if entry.get("night_of_day") and shifted_period(ctx, spec, story)[1].kind is not AnchorKind.REFERENCE_TIME:
        return spec  # "Police arrived on Monday. During the night, ...", "through the night on Sunday": that day's night
    if spec.shift.anchoring is Anchoring.NARRATIVE and day is not None and day.grain in _CLOCK_GRAINS and day.start.hour >= NOON:
        return spec
    way, _ = direction(ctx, spec, mention, Direction.PAST)
    if way is Direction.FUTURE:
        return spec
    reported = _report_day(ctx, mention)
    if reported is not None and ctx.reference is not None:
        # "The death toll rose overnight, officials said on Sunday": the night before the day of the report
        back = (reported - ctx.reference.date()).days - 1
        return attrs.evolve(spec, shift=attrs.evolve(spec.shift, anchoring=Anchoring.REFERENCE, amount=back))
    if ctx.reference is not None and _day_of_subject_clause(ctx, entry, story, mention):
        # "A storm that reached the coast on Sunday moved inland overnight": Sunday says which storm; the night that ended
        # on the day it is said
        return attrs.evolve(spec, shift=attrs.evolve(spec.shift, anchoring=Anchoring.REFERENCE, amount=-1))
    if (_told_day_before_publication(ctx, spec, story) and _night_of_told_day(ctx, entry, mention)
            and not in_past_perfect(ctx.doc, mention.start, mention.end)):
        # "The storm hit the coast on Saturday. Crews worked overnight": Saturday's night (in the past perfect, "an update
        # the bank had installed overnight", the night before it, as with no day told)
        return spec
    later = _later_day(ctx, entry, mention)
    if later is not None and ctx.reference is not None:
        # "Fans queued overnight for tickets, which went on sale at 9 a.m. on Monday": the night that led into that day
        back = (later - ctx.reference.date()).days - 1
        return attrs.evolve(spec, shift=attrs.evolve(spec.shift, anchoring=Anchoring.REFERENCE, amount=back))
    if (ctx.mode == "news" and ctx.reference is not None and day is not None and spec.shift.anchoring is Anchoring.NARRATIVE
            and day.start.date() > ctx.reference.date()):
        # "A warning is in force until Friday. Temperatures fell overnight": a night told of the past does not lead into a
        # day still to come; the night that ended on the publication day
        return attrs.evolve(spec, shift=attrs.evolve(spec.shift, anchoring=Anchoring.REFERENCE, amount=-1))
    if (ctx.mode == "news" and ctx.reference is not None and day is not None and spec.shift.anchoring is Anchoring.NARRATIVE
            and day.grain is Grain.DAY and day.start.date() == ctx.reference.date() - dt.timedelta(days=1)):
        # (s53 lead) "Homes were evacuated on Thursday ... [sentences] ... The water began to recede overnight" in a Friday
        # paper: the night after the story's day and the night before publication are one; not the night before Thursday
        # (a story's day further back keeps that reading: "depressed initially by overnight losses in New York")
        return attrs.evolve(spec, shift=attrs.evolve(spec.shift, anchoring=Anchoring.REFERENCE, amount=-1))
    return attrs.evolve(spec, shift=attrs.evolve(spec.shift, amount=-1))


_LATER_WORD = re.compile(r"[^\W\d_]+")


def _later_day(ctx: "Context", entry: Mapping[str, object], mention: Mention) -> Optional[dt.date]:
    """The past day a news sentence tells after a bare night part ("Fans queued overnight for tickets, which went on sale at
    9 a.m. on Monday": Monday), a weekday the last one before publication, a deictic day counted from it; None when there is
    none, when it lies in a clause not past, or when a word of the entry's ``earlier_day_words`` stands between ("Stocks rose
    overnight after the bank cut rates on Friday": a day before the night)."""
    blockers = entry.get("earlier_day_words")
    if not isinstance(blockers, (list, tuple)) or ctx.reference is None or ctx.mode != "news":
        return None
    today = ctx.reference.date()
    _, end = ctx.doc.sentence_at(mention.end)
    for m in _LATER_WORD.finditer(ctx.text, mention.end, end):
        lw = m.group().lower()
        if lw in blockers:
            return None
        day = _word_day(ctx, lw, today)
        if day is None:
            continue
        if day >= today or clause_tense(ctx.doc, m.start(), m.end())[0] != "past":
            return None
        return day
    return None


_MORNING_REACH = 100
"""How far (characters) after a night part the morning of the day it leads into may be told."""


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of lexicon words or phrases, longest first, any run of spaces inside a phrase allowed."""
    return "|".join(re.escape(w).replace("\\ ", "\\s+") for w in sorted(words, key=len, reverse=True))


def _morning_day_after(ctx: "Context", mention: Mention) -> Optional[dt.date]:
    """The weekday of a morning told later in the sentence of a night part ("through the night, ... at dawn on
    [Saturday]", "... on [Friday] morning"; lexicon ``[night_into_day]``), the last one not after publication; None when
    there is none (or no publication day)."""
    table = ctx.lexicon.tables.get("night_into_day")
    if not table or ctx.reference is None:
        return None
    pattern = ctx.memo.get("night_into_day")
    if pattern is None:
        mornings, links, days = _alternatives(table["mornings"]), _alternatives(table["links"]), _alternatives(ctx.lexicon["weekdays"])
        pattern = ctx.memo["night_into_day"] = re.compile(
            rf"\b(?:(?:{mornings})\s+(?:{links})\s+(?P<day>{days})|(?P<named>{days})\s+(?:{mornings}))\b", re.IGNORECASE)
    _, end = ctx.doc.sentence_at(mention.end)
    m = pattern.search(ctx.text, mention.end, min(end, mention.end + _MORNING_REACH))  # type: ignore[union-attr]
    if m is None or not (m.group("day") or m.group("named"))[:1].isupper():
        return _morning_date_after(ctx, table, mention.end, min(end, mention.end + _MORNING_REACH))  # (a weekday is written with a capital: not "sat", "sun")
    return _last_weekday(ctx.reference.date(), int(ctx.lexicon["weekdays"][(m.group("day") or m.group("named")).lower()]))


def _morning_date_after(ctx: "Context", table: Mapping[str, object], start: int, end: int) -> Optional[dt.date]:
    """The date of a morning told by month and day later in the sentence of a night part ("searched through the night and
    found the body early on [January 18]", "... at dawn on [3 March]"; lexicon ``[night_into_day]`` ``date_mornings``),
    the last such day not after publication; None when there is none."""
    words = table.get("date_mornings")
    if not words or ctx.reference is None:
        return None
    pattern = ctx.memo.get("night_into_date")
    if pattern is None:
        mornings, links, months = _alternatives(words), _alternatives(table["links"]), _alternatives(ctx.lexicon["months"])
        pattern = ctx.memo["night_into_date"] = re.compile(
            rf"\b(?:{mornings})\s+(?:{links})\s+(?:(?P<month>{months})\.?\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>{months}))\b",
            re.IGNORECASE)
    m = pattern.search(ctx.text, start, end)  # type: ignore[union-attr]
    if m is None or not (m.group("month") or m.group("month2"))[:1].isupper():
        return None  # (a month is written with a capital: not "may")
    month, day = int(ctx.lexicon["months"][(m.group("month") or m.group("month2")).lower()]), int(m.group("day") or m.group("day2"))
    today = ctx.reference.date()
    for year in (today.year, today.year - 1):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            return None
        if found <= today:
            return found
    return None


def _report_day(ctx: "Context", mention: Mention) -> Optional[dt.date]:
    """The day of a report closing the sentence ("..., officials said on Sunday", "..., police said yesterday"): a weekday
    the last one not after publication, a deictic day counted from it; None when there is none (or no publication day)."""
    word = report_day_after(ctx.doc, mention.end)
    if word is None or ctx.reference is None:
        return None
    today = ctx.reference.date()
    day = _word_day(ctx, word.lower(), today)
    return day if day is not None and day <= today else None  # (not "tomorrow")


def _last_weekday(today: dt.date, weekday: int) -> dt.date:
    """The last day of ISO ``weekday`` not after ``today``: a weekday a news sentence tells of the past."""
    return today - dt.timedelta(days=(today.isoweekday() - weekday) % 7)


def _word_day(ctx: "Context", word: str, today: dt.date) -> Optional[dt.date]:
    """The day a lower-case word names seen from ``today``: a weekday the last one not after it, a deictic day
    ("yesterday", not a part such as "tonight") counted from it; else None.  (Shared by the night-into-day and report-day
    readings.)"""
    weekday = ctx.lexicon["weekdays"].get(word)
    if weekday is not None:
        return _last_weekday(today, int(weekday))
    deictic = ctx.lexicon["deictic_days"].get(word)
    if deictic is not None and "part" not in deictic:
        return today + dt.timedelta(days=int(deictic["offset"]))
    return None


_NEXT_WORD = re.compile(r"\s*([^\W\d_]+|\S)?")


def _night_of_told_day(ctx: "Context", entry: Mapping[str, object], mention: Mention) -> bool:
    """Whether a bare night part stands as an adverb, not before a noun: a mark, the text's end or a word of its
    ``night_after_day`` list follows it ("worked overnight to restore power", not "overnight losses")."""
    followers = entry.get("night_after_day")
    if not isinstance(followers, (list, tuple)):
        return False
    m = _NEXT_WORD.match(ctx.text, mention.end)
    word = m.group(1) if m else None
    return word is None or not word[0].isalpha() or word.lower() in followers


SUBJECT_CLAUSE_REACH = 4
"""Words at most before the relative word of a clause on a sentence's subject ("A storm that", "The wildfire, which")."""


def _day_of_subject_clause(ctx: "Context", entry: Mapping[str, object], story: Story, mention: Mention) -> bool:
    """Whether the story's day was told, in the night part's own sentence before it, in a relative clause on the sentence's
    subject: the sentence opens with a word of the entry's ``subject_openers``, and a word of its ``subject_clause_words``
    follows within ``SUBJECT_CLAUSE_REACH`` words ("A storm that reached the coast on Sunday moved inland overnight"); no
    "and" between the day and the night part (a clause joined to the day's goes on in it)."""
    openers, relatives = entry.get("subject_openers"), entry.get("subject_clause_words")
    if not isinstance(openers, (list, tuple)) or not isinstance(relatives, (list, tuple)) or story.day_tid is None:
        return False
    end = story.end_of.get(story.day_tid)
    i = ctx.doc.sentence_index(mention.start)
    if end is None or end > mention.start or i < 0 or i != ctx.doc.sentence_index(end - 1):
        return False
    tokens = ctx.doc.sentences[i].tokens
    words = [t.text.lower() for t in tokens[: SUBJECT_CLAUSE_REACH + 2]]
    if not words or words[0] not in openers:
        return False
    k = next((j for j, w in enumerate(words) if w in relatives), -1)
    if k < 2 or tokens[k].end > end:
        return False
    return all(t.text.lower() != "and" for t in tokens if end <= t.start and t.end <= mention.start)


def _told_day_before_publication(ctx: "Context", spec: CalendarSpec, story: Story) -> bool:
    """Whether a story's part of day counts from a whole day the text told before the publication day: a bare past
    "overnight" then is the night that follows that day, not the one before it (which it is of the publication day)."""
    assert spec.shift is not None
    day = story.day
    if ctx.mode != "news" or spec.shift.anchoring is not Anchoring.NARRATIVE or day is None or day.grain is not Grain.DAY:
        return False
    if story.day_tid is None or story.sentence_of.get(story.day_tid, -2) < story.sentence - 1:
        return False  # told in this sentence or the one before: "The bombings, on Aug. 7, killed 247 ... [two sentences] ... struck overnight" is last night
    _, anchor = shifted_period(ctx, spec, story)
    return anchor.kind is AnchorKind.TIMEX and ctx.reference is not None and day.start.date() < ctx.reference.date()


def _absolute(ctx: "Context", spec: CalendarSpec) -> Optional[Period]:
    """A date the words give in full ("March 3, 2024", "June 2023", "the 1990s"), or None."""
    if spec.year is not None and spec.quarter is None and spec.half is None and spec.season is None and spec.holiday is None:
        if spec.month is None:
            return cal.year(spec.year)
        if spec.day is None:
            return cal.month(spec.year, spec.month)
        try:
            d = dt.date(spec.year, spec.month, spec.day)
        except ValueError:
            return None
        if spec.hour is not None:
            return cal.minute(dt.datetime(d.year, d.month, d.day, spec.hour, spec.minute or 0))
        return with_part(ctx, cal.day(d), spec)
    if spec.decade is not None:
        return cal.decade(spec.decade)
    if spec.century is not None:
        return cal.century(spec.century)
    return None


NOON = 12  # hours in half a day: "2:30" after "2 p.m." is 14:30
EVENING_FROM = 17
"""A story whose current time is a clock reading or part of day from this hour on ..."""

SMALL_HOURS_UNTIL = 6
"""... takes a bare clock time before this hour ("1 a.m.") on the next day: it crossed midnight."""

_CLOCK_GRAINS = (Grain.PART_OF_DAY, Grain.HOUR, Grain.MINUTE, Grain.SECOND)


_OFFSET_TOKEN = re.compile(r"[^\W_]+|[,;:()]")
_OFFSET_REACH = 6
"""Words after a clock time within which a count of days or longer before/after an event may follow it."""
_DAY_OR_LONGER = ("DAY", "WEEKEND", "WEEK", "MONTH", "QUARTER", "YEAR")


def _counted_from_event(ctx: "Context", mention: Mention) -> bool:
    """Whether a clock time is followed, in its clause, by a count of days or longer and a direction of ``[event_offsets]``
    before what is no date ("saw the car at 6 a.m. near the house ten days before the shooting"): its day is counted from
    that event, which the story's day is not, so the day is left unknown."""
    table = ctx.lexicon.tables.get("event_offsets")
    if not table:
        return False
    _, end = ctx.doc.sentence_at(mention.end)
    words = [w.lower() for w in _OFFSET_TOKEN.findall(ctx.text, mention.end, min(end, mention.end + 120))]
    units = {w for u in ctx.lexicon["units"].values() if u.get("grain") in _DAY_OR_LONGER for w in u["words"]}
    for k, w in enumerate(words[: _OFFSET_REACH]):
        if not w[0].isalnum() and not (k == 0 and w == ","):
            return False  # (another clause; a comma right after it may set off the count: "at 10 p.m., two days before the fire")
        if (w.isdigit() or w in ctx.lexicon["numbers"]) and k + 3 < len(words) and words[k + 1] in units and words[k + 2] in table["directions"]:
            nxt = words[k + 3]
            return not (nxt.isdigit() or nxt in ctx.lexicon["weekdays"] or nxt in ctx.lexicon["months"] or nxt in ctx.lexicon["deictic_days"])
    return False


def _clock(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story, day_hint: Optional[tuple[dt.date, str]]) -> tuple[Optional[Period], TimexAnchor]:
    """A clock time: on its own day ("9 a.m. Tuesday"), the day next to it ("3 a.m. on
    Sunday"), else the story's current day."""
    assert spec.hour is not None
    if (day_hint is None and spec.weekday is None and spec.month is None and not (spec.shift is not None and spec.shift.anchoring is Anchoring.REFERENCE)
            and _counted_from_event(ctx, mention)):
        return None, NO_ANCHOR  # "a jogger saw the car at 6 a.m. ten days before the shooting": not on the story's day
    if spec.weekday is not None or spec.month is not None or (spec.shift is not None and spec.shift.anchoring is Anchoring.REFERENCE):
        day_period, anchor = calendar_period(ctx, attrs.evolve(spec, hour=None, minute=None, grain=Grain.DAY), mention, story, None)
        if day_period is None:
            return None, anchor
        d = day_period.start
        return cal.minute(d.replace(hour=spec.hour, minute=spec.minute or 0)), anchor
    if day_hint is None:
        anchor_t, anchor = ctx.anchor_for(Anchoring.NARRATIVE, Grain.DAY, story)
        if anchor_t is None:
            return None, NO_ANCHOR
        day = anchor_t.date()
        last = story.day if anchor.kind is AnchorKind.TIMEX else None
        if (spec.half_day_open and last is not None and last.grain is Grain.MINUTE and last.start.date() == day
                and last.start.hour >= NOON and (spec.hour + NOON, spec.minute or 0) >= (last.start.hour, last.start.minute)):
            # "the decision is at 2 p.m., followed by a news conference at 2:30": the afternoon's half-past two
            spec = attrs.evolve(spec, hour=spec.hour + NOON)
        if (last is not None and last.grain is Grain.DAY and story.day_from is not None and last.start.date() == day
                and spec.hour < SMALL_HOURS_UNTIL and not in_past_perfect(ctx.doc, mention.start, mention.end)):
            day += dt.timedelta(days=1)  # "The fire broke out late on Tuesday ... by 2 a.m.": the story has gone past midnight
        elif (last is not None and last.grain is Grain.DAY and last.start.date() == day
              and spec.hour < SMALL_HOURS_UNTIL and ends_span(ctx.doc, mention.start) and not in_past_perfect(ctx.doc, mention.start, mention.end)
              and (ctx.mode == "narrative" or _told_first_hours(story, day) is None)):
            # "On 18 May 1910 ... stayed at the telescope until four in the morning": a span from the story's day that ends
            # in the small hours has gone past midnight; in news too ("Fans celebrated on Saturday, and the party went on
            # until 3 a.m.": Sunday's), unless the day was told by its first hours ("early on Saturday ... until 4 a.m.")
            day += dt.timedelta(days=1)
        elif (last is not None and last.grain in _CLOCK_GRAINS and last.start.date() == day
                and ((last.start.hour >= EVENING_FROM and spec.hour < SMALL_HOURS_UNTIL) or _ends_clock_range(ctx, mention, last, spec)
                     or _after_later_part(ctx, mention, last, spec) or _after_night(ctx, mention, last, spec))):
            # "shortly before 11 p.m. on Sunday ... by 1 a.m.": the story has gone past midnight; so has the end of
            # "a curfew from 10 p.m. to 6 a.m."
            day += dt.timedelta(days=1)
        elif (last is not None and last.grain in _CLOCK_GRAINS and last.start.date() == day and last.start.hour < SMALL_HOURS_UNTIL
              and spec.hour >= EVENING_FROM and in_past_perfect(ctx.doc, mention.start, mention.end)):
            # "heard a bang at about 2.30 a.m. ... The owner, who had closed up at 11 p.m.": an evening told as over before the
            # story's small hours was the evening before them
            day -= dt.timedelta(days=1)
        evening = (_told_part_of_day_before(ctx, spec, mention, story, day) or _evening_before_published_morning(ctx, spec, mention, story, day)
                   or _part_before_report_day(ctx, spec, mention, story, day) if last is not None else None)
        if evening is not None:
            return cal.minute(dt.datetime(evening.year, evening.month, evening.day, spec.hour, spec.minute or 0)), TimexAnchor(AnchorKind.TIMEX, story.by_grain[Grain.PART_OF_DAY][1])
        night = (evening_of_told_night(ctx, spec, mention, story, day, _told_first_hours(story, day))
                 if last is not None and not (_signalled(ctx, mention, "forward") or _signalled(ctx, mention, "onward")) else None)
        if night is not None:  # "rescued late on Friday ... reached the valley at 3 a.m. on Saturday. ... set off at 7.40 p.m.": Friday's
            return cal.minute(dt.datetime.combine(night[0], dt.time(spec.hour, spec.minute or 0))), TimexAnchor(AnchorKind.TIMEX, night[1])
        moved, anchor = past_day_anchor(ctx, mention, dt.datetime.combine(day, dt.time()), anchor, story)
        day = moved.date() if moved is not None else day
        if moved is not None and last is not None:  # (the story's day ahead, a past clock taken back to the publication day)
            day = _evening_before_published_morning(ctx, spec, mention, story, day) or day
        recalled = _recalled_day(ctx, mention, story, day) if ctx.mode == "news" else None
        if recalled is None and ctx.mode == "news":
            recalled = _range_first_day(ctx, mention, story, day)
        if recalled is not None:  # "Voters go to the polls on Sunday. ... on Friday. Polls close at 8 p.m.": Sunday's
            day, anchor = recalled[0].start.date(), TimexAnchor(AnchorKind.TIMEX, recalled[1])
        if ctx.mode == "news" and anchor.kind is AnchorKind.TIMEX and ctx.reference is not None and day < ctx.reference.date():
            way, strong = direction(ctx, spec, mention, Direction.CLOSEST)
            if way is Direction.FUTURE and strong:
                # "Prices fell on Monday. The decision is at 2 p.m.": a clock time its own clause puts ahead is not on
                # a day the story has left behind; the publication day's (or the next, see _day_step), or the last day
                # ahead the story told ("travel to Hexford on Saturday ... missed training on Wednesday ... The trophy will
                # be presented at around 5 p.m.": Saturday's)
                ahead = next(((p, tid) for p, tid in reversed(story.told_days) if p.start.date() > ctx.reference.date()), None)
                if ahead is not None:
                    day, anchor = ahead[0].start.date(), TimexAnchor(AnchorKind.TIMEX, ahead[1])
                else:
                    day, anchor = ctx.reference.date(), REFERENCE_ANCHOR
        if _small_hours_ahead(ctx, spec, mention, day):
            day += dt.timedelta(days=1)  # "River levels would peak at about 3 a.m." in Saturday's paper: Sunday's 3 a.m.
    else:
        day, anchor = day_hint[0], TimexAnchor(AnchorKind.TIMEX, day_hint[1])
    if anchor.kind is AnchorKind.REFERENCE_TIME:
        day += dt.timedelta(days=_day_step(ctx, spec, mention, day))
    return cal.minute(dt.datetime(day.year, day.month, day.day, spec.hour, spec.minute or 0)), anchor


_RECALL_REACH = 60  # characters before a told day within which its sentence names the thing it dates ("the polls on Sunday")
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")


def _recalled_day(ctx: "Context", mention: Mention, story: Story, day: dt.date) -> Optional[tuple[Period, str]]:
    """News: the day an earlier sentence told for the thing a bare clock time's clause opens with, when that clause is not
    past ("Voters in Dessa go to the polls on Sunday. Both candidates will hold rallies on Friday. Polls close at 8 p.m.":
    Sunday 20:00, not Friday's): the head noun of the clause's subject (past determiners, ``[event_recall]``) written near
    a day told before, the latest such day; None when it is the day already taken, or nothing recalls one."""
    table = ctx.lexicon.tables.get("event_recall")
    if not table or not story.told_days:
        return None
    s, _ = ctx.doc.sentence_at(mention.start)
    words = _WORD.findall(ctx.text[s : mention.start])
    skip = set(table["determiners"])
    heads = [w.lower() for w in words[:4] if w.lower() not in skip][:1]
    heads = [h for h in heads if h in table["heads"] or h in table.get("starts", ())]
    if not heads or clause_tense(ctx.doc, mention.start, mention.end)[0] not in ("future", "present"):
        return None
    if heads[0] in table.get("starts", ()):
        heads = [h for h in table["heads"] if h not in table["starts"]]  # "Kick-off is at 3 p.m.": the start of the final, the match
    stems = [h[:-1] if h.endswith("s") else h for h in heads]
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(x) for x in stems) + r")s?(?![\w-])", re.IGNORECASE)  # (not "semi-finals")
    here = ctx.doc.sentence_index(mention.start)
    for period, tid in reversed(story.told_days):
        end = story.end_of.get(tid)
        if (end is None or story.sentence_of.get(tid, here) >= here or period.grain is not Grain.DAY
                or (ctx.reference is not None and period.start.date() < ctx.reference.date())):
            continue  # (a clause not past recalls no day gone: "The strike began on Monday ... The strike ends at midnight")
        ds, _ = ctx.doc.sentence_at(end - 1)
        if pattern.search(ctx.text[max(ds, end - _RECALL_REACH) : end]):
            return None if period.start.date() == day else (period, tid)
    return None


_RANGE_FIRST_WORDS = 3  # words at the clause's start among which "first"/"opening" is looked for ("The opening film starts")
_RANGE_END_REACH = 12  # characters before a told day in which the "until"/"to" making it a range's end is looked for


def _range_first_day(ctx: "Context", mention: Mention, story: Story, day: dt.date) -> Optional[tuple[Period, str]]:
    """News: the first day of a run told by its two ends in one sentence ("opens on Thursday and runs until March 6"), for a
    bare clock time whose clause opens with a word of the run's first occasion (``[event_recall] range_first``: "The opening
    film starts at 7.30 p.m.", "The first performance starts at 7 p.m."), when the day taken is the run's last; else None."""
    table = ctx.lexicon.tables.get("event_recall")
    firsts = table.get("range_first") if table else None
    if not firsts or len(story.told_days) < 2:
        return None
    s, _ = ctx.doc.sentence_at(mention.start)
    clause = _WORD.findall(ctx.text[s : mention.start])
    if not any(w.lower() in firsts for w in clause[:_RANGE_FIRST_WORDS]):
        # (from session 42) a clause of its own after a comma ("Gates open at 10 a.m., and the first act is on stage at noon"),
        # and a start of the day's programme ("Gates open at 10 a.m.", "The curtain goes up at 7.30 p.m.", "the bar opens at
        # 6 p.m.": ``starts`` and ``range_start_verbs``) name the run's first day too; not its last ("The closing concert starts
        # at 8 p.m.": ``range_last``)
        cut = max(ctx.text.rfind(",", s, mention.start), ctx.text.rfind(";", s, mention.start))
        clause = _WORD.findall(ctx.text[cut + 1 : mention.start]) if cut >= 0 else clause
        if clause[:1] and clause[0].lower() in ("and", "but", "then"):
            clause = clause[1:]
        opening = [w.lower() for w in clause[:_RANGE_FIRST_WORDS]]
        starts = set(table.get("starts", ())) | set(table.get("range_start_verbs", ()))
        if not any(w in firsts or w in starts for w in opening) or any(w.lower() in table.get("range_last", ()) for w in clause):
            return None
    (last, last_tid), (first, first_tid) = story.told_days[-1], story.told_days[-2]
    if last.start.date() != day or first.start.date() >= day:
        return None
    if story.sentence_of.get(first_tid) != story.sentence_of.get(last_tid) and (
            ctx.reference is None or first.start.date() < ctx.reference.date()):
        # (session 42) the ends in two sentences when the first lies ahead ("The Playhouse reopens on Saturday ... The first
        # show runs until May 15. The curtain goes up at 7.30 p.m."); not a run begun before publication
        return None
    at = story.start_of.get(last_tid)
    until = tense_words(ctx.doc.language).until
    before = _WORD.findall(ctx.text[max(0, at - _RANGE_END_REACH) : at]) if at is not None else []
    if not before or before[-1].lower() not in until:
        return None  # "on Thursday and on Friday": no run's end
    return first, first_tid


def _small_hours_ahead(ctx: "Context", spec: CalendarSpec, mention: Mention, day: dt.date) -> bool:
    """News with a publication date only: whether a bare small-hours clock time on the publication day is in a clause its
    own verb puts ahead ("would peak at about 3 a.m.", "will close at 2 a.m."): the paper is written after that day's small
    hours, so the next day's."""
    assert spec.hour is not None
    ref = ctx.reference
    if ctx.mode != "news" or ref is None or ref.time() != dt.time(0) or day != ref.date() or spec.hour >= SMALL_HOURS_UNTIL:
        return False
    way, strong = direction(ctx, spec, mention, Direction.CLOSEST)
    return way is Direction.FUTURE and strong


def _is_midnight(ctx: "Context", spec: CalendarSpec) -> bool:
    """Whether ``spec`` names a midnight (a part of day whose clock is 24:00), hedged or not."""
    return bool(spec.part_of_day) and ctx.lexicon["parts_of_day"][spec.part_of_day].get("clock") == "24:00"


FIRST_HOURS_UNTIL = 8
"""A told time lying wholly before this hour of its day ("early on Saturday" 00-08, "the early hours", "before dawn") is
one of the day's first hours: a midnight told near it is the one that began the day."""


def _told_first_hours(story: Story, day: dt.date) -> Optional[str]:
    """The id of the last time the story told in the first hours of ``day``: a small-hours clock time ("3 a.m."), the day told
    by its early part ("early on Saturday"), or a part of day of those hours ("in the early hours of Saturday", "dawn")."""
    start = dt.datetime.combine(day, dt.time())
    clock = story.by_grain.get(Grain.MINUTE)
    if clock is not None and clock[0].start.date() == day and clock[0].start.hour < SMALL_HOURS_UNTIL:
        return clock[1]
    for told in (story.by_grain.get(Grain.PART_OF_DAY), (story.day, story.day_tid) if story.day is not None else None):
        if told is None or told[1] is None:
            continue
        earliest, latest = story.bounds_of.get(told[1], (told[0].start, told[0].end))
        if start <= earliest and latest <= start + dt.timedelta(hours=FIRST_HOURS_UNTIL):
            return told[1]
    return None


def _midnight_before_small_hours(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story, period: Period) -> bool:
    """News: whether a midnight of the story's day ("midnight", "shortly before midnight", "shortly after midnight") follows,
    in a past clause of its sentence or the next, a time told in that day's first hours ("was arrested at 3 a.m. on July 12
    after a chase that began shortly before midnight", "The ferry sank early on Saturday. The alarm was raised shortly
    after midnight"): the midnight nearest that time is the one that began the day; not one that carries the story on
    ("stayed closed until midnight")."""
    if ctx.mode != "news" or not _is_midnight(ctx, spec):
        return False
    try:
        day = dt.date.fromisoformat(period.value[:10])  # the day the midnight ends ("2026-01-10T24:00")
    except ValueError:
        return False
    told = _told_first_hours(story, day)
    if told is None:
        return False
    if story.sentence - story.sentence_of.get(told, -2) > 1 or _signalled(ctx, mention, "forward"):
        return False
    if (story.sentence_of.get(told) == story.sentence and _told_in_sequence(ctx, story.end_of.get(told, mention.start), mention.start)
            and not _opens_small_hours(ctx, mention)):
        return False
    return clause_tense(ctx.doc, mention.start, mention.end)[0] == "past"


def _told_in_sequence(ctx: "Context", told_end: int, start: int) -> bool:
    """Whether the words between a time told in a day's first hours and a midnight after it in its sentence join the
    midnight's clause to it as what came next (``[first_hours_midnight]``: "early on Wednesday, and the river burst its
    banks shortly before midnight"), no word of an earlier time among them ("hours after it left port")."""
    table = ctx.lexicon.tables.get("first_hours_midnight") or {}
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", ctx.text[told_end:start])}
    return bool(words & set(table.get("sequence", ()))) and not words & set(table.get("earlier", ()))


def _opens_small_hours(ctx: "Context", mention: Mention) -> bool:
    """Whether a midnight opens a range to a small-hours clock time (``range_links`` and ``small_hours_marks`` of
    ``[first_hours_midnight]``: "between midnight and 3 a.m."): the range is a day's first hours, not what came after them."""
    table = ctx.lexicon.tables.get("first_hours_midnight") or {}
    links, marks = table.get("range_links", ()), table.get("small_hours_marks", ())
    if not links or not marks:
        return False
    m = re.match(r"\s{1,3}(?:" + "|".join(map(re.escape, links)) + r")\s{1,3}(\d{1,2})(?:[:.]\d\d)?\s?(?:"
                 + "|".join(re.escape(k) + (r"\b" if k[-1:].isalpha() else "") for k in marks) + ")",
                 ctx.text[mention.end : mention.end + 30], re.I)
    return m is not None and int(m.group(1)) < SMALL_HOURS_UNTIL


def _after_later_part(ctx: "Context", mention: Mention, last: Period, spec: CalendarSpec) -> bool:
    """Whether a small-hours clock time follows a told afternoon or evening in a clause that carries the story on ("The
    storm arrived on Sunday afternoon ... Winds peaked at 4 a.m.": Monday's 4 a.m.), not in the past perfect, which looks
    back ("had formed at 4 a.m.")."""
    assert spec.hour is not None
    return (last.grain is Grain.PART_OF_DAY and last.start.hour >= NOON and spec.hour < SMALL_HOURS_UNTIL
            and not in_past_perfect(ctx.doc, mention.start, mention.end))


def _after_night(ctx: "Context", mention: Mention, last: Period, spec: CalendarSpec) -> bool:
    """Whether a morning clock time follows a told evening or night in a past clause that carries the story on ("Fans
    queued overnight for tickets, which went on sale at 9 a.m.": the morning the night ended in; "Rain fell on Saturday
    evening. By 10 a.m. the river had burst its banks"), not in the past perfect, nor in a notice of what is ahead ("The
    concert is on Saturday night. Gates open at 10 a.m.": that Saturday)."""
    assert spec.hour is not None
    return (last.grain is Grain.PART_OF_DAY and last.start.hour >= EVENING_FROM and spec.hour < NOON and not spec.half_day_open
            and not in_past_perfect(ctx.doc, mention.start, mention.end) and clause_tense(ctx.doc, mention.start, mention.end)[0] == "past")


_IN_YEAR = re.compile(r"\s{1,3}(?:in|of)\s{1,3}(\d{4})\b(?![,.]?\d)")
_OF_YEAR_INSIDE = re.compile(r"\sof\s{1,3}(\d{4})$")  # "the same quarter of 2008" as one expression (rule period_a_year_ago)
_SAME_IN_YEAR_GRAINS = (Grain.MONTH, Grain.QUARTER, Grain.HALF)


def _same_in_year(ctx: "Context", spec: CalendarSpec, mention: Mention, period: Optional[Period]) -> Optional[Period]:
    """ "the same month in 2019", "the same quarter of 2024" (a word of ``same_period`` second, a year written right after
    "in"/"of" outside the expression): the story's month (quarter, half) of that year, not of the story's own; else None."""
    if (period is None or spec.shift is None or spec.shift.amount != 0 or period.grain not in _SAME_IN_YEAR_GRAINS
            or spec.grain is not period.grain):
        return None
    words = mention.text.lower().split()
    if len(words) < 3 or words[1] not in ctx.lexicon["relative"].get("same_period", ()):
        return None
    m = _IN_YEAR.match(ctx.text, mention.end) or _OF_YEAR_INSIDE.search(mention.text)
    if m is None:
        return None
    return cal.containing(dt.datetime(int(m.group(1)), period.start.month, 1), period.grain)


def _signalled(ctx: "Context", mention: Mention, which: str) -> bool:
    """Whether a word of lexicon ``[clock_carry_signals]`` ``which`` stands right before the mention, perhaps with a hedge
    between ("By about 8 p.m."): ``forward`` words carry the story on from its last time ("By 8 p.m. the road was
    open"); ``onward`` ones carry it on past that time ("By 9 p.m. the road had reopened"; not "from", which opens a
    span that may have begun before it: "Roads were closed from 10pm")."""
    table = ctx.lexicon.tables.get("clock_carry_signals")
    if not table or not table.get(which):
        return False
    pattern = _signal_pattern(tuple(table[which]), tuple(table.get("hedges", ())))
    return pattern.search(ctx.text, max(0, mention.start - _SIGNAL_REACH), mention.start) is not None


_SIGNAL_REACH = 16  # characters before a clock time in which its signal word (and a hedge) stands


@functools.lru_cache(maxsize=16)
def _signal_pattern(words: tuple[str, ...], hedges: tuple[str, ...]) -> "re.Pattern[str]":
    """A signal word (then perhaps a hedge) ending right at the end of the searched text."""
    hedge = rf"(?:(?:{_alternatives(hedges)})\s+)?" if hedges else ""
    return re.compile(rf"\b(?:{_alternatives(words)})\s+{hedge}\Z", re.IGNORECASE)


def _told_part_of_day_before(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story, day: dt.date) -> Optional[dt.date]:
    """ "ran aground late on Sunday evening, and the last passengers were brought ashore before 4 a.m. on Monday.
    The vessel left at 8:15 p.m.": a past clock time inside a part of day told for the day before the story's day
    (the story went past midnight) is that day's; not one that carries the story on ("By 8 p.m. ...")."""
    assert spec.hour is not None
    told = story.by_grain.get(Grain.PART_OF_DAY)
    if ctx.mode == "news" and told is not None and told[0].start.date() == day:
        return _told_late_part_before(ctx, spec, mention, story, day, told[0])
    if ctx.mode != "news" or told is None or told[0].start.date() != day - dt.timedelta(days=1):
        return None
    part = told[0]
    day_told = story.by_grain.get(Grain.DAY)
    if (day_told is not None and story.end_of.get(day_told[1], -1) > story.end_of.get(told[1], -1)
            and story.end_of.get(day_told[1], -1) >= ctx.doc.sentence_at(mention.start)[0]):
        return None  # the clock's own sentence told the day after that part ("late that evening. ... the next day, and ... at 6 p.m.")
    at = dt.datetime.combine(part.start.date(), dt.time(spec.hour, spec.minute or 0))
    if not part.start <= at < part.end or _signalled(ctx, mention, "forward"):
        return None
    way, strong = direction(ctx, spec, mention, Direction.CLOSEST)
    return part.start.date() if way is Direction.PAST and strong else None


_NIGHT_INTO_DAY = dt.timedelta(hours=12)
"""(s60) How far into the story's day a time told for the night before, in the sentence that told the story's part of day,
may run and still hold a clock time of that night ("ran aground off the point on Wednesday night and was refloated on
Thursday morning. It struck a sandbank at 10.40 p.m.": Wednesday's, the night running to Thursday's 06:00; not a night
told apart, "had made a change overnight. ... on Sunday afternoon. Service was restored at 9 p.m.": Sunday's)."""


def _told_late_part_before(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story, day: dt.date, part: Period) -> Optional[dt.date]:
    """ "A lorry struck the bridge late on Saturday, and engineers found cracks the following morning. The crash happened
    shortly before 11 p.m.": a past clock time outside the part of day the story is on, which a time shorter than a day
    told for the day before and ending with it holds ("late on Saturday", 16:00-24:00; not "overnight"), is that day's (s43 vals); not one that carries the
    story on ("By 9 p.m. ..."), nor one a whole day told holds ("on Saturday"), nor one whose own sentence told the
    story's part ("Divers inspected the hull at first light, and tugs pulled it clear shortly after 7 p.m.": that day's)."""
    assert spec.hour is not None
    if part.start <= dt.datetime.combine(day, dt.time(spec.hour, spec.minute or 0)) < part.end:
        return None
    before = dt.datetime.combine(day - dt.timedelta(days=1), dt.time(spec.hour, spec.minute or 0))
    midnight = dt.datetime.combine(day, dt.time())  # the holding time ends with that day ("late on Saturday") or ((s60) a night) that morning
    told = story.by_grain.get(Grain.PART_OF_DAY)
    if told is not None and story.end_of.get(told[1], -1) >= ctx.doc.sentence_at(mention.start)[0]:
        return None  # the clock's own sentence told the story's part ("inspected the hull at first light, and tugs pulled it clear shortly after 7 p.m.")
    told_in = story.sentence_of.get(told[1], -1) if told is not None else -1
    holding = [(earliest, latest) for tid, (earliest, latest) in itertools.islice(reversed(story.bounds_of.items()), _TOLD_BACK)
               if earliest <= before < latest and latest - earliest < dt.timedelta(days=1)
               and (latest <= midnight or (latest <= midnight + _NIGHT_INTO_DAY and story.sentence_of.get(tid) == told_in))]
    if not holding or _signalled(ctx, mention, "forward") or _signalled(ctx, mention, "onward"):
        return None
    way, strong = direction(ctx, spec, mention, Direction.CLOSEST)
    return before.date() if way is Direction.PAST and strong else None


_REPORT_REACH = 40  # characters before a day's expression in which the reporting verb it dates is looked for


def _part_before_report_day(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story, day: dt.date) -> Optional[dt.date]:
    """ "A fire destroyed a warehouse on Monday evening, and investigators said on Wednesday that it had been started
    deliberately. Neighbours called the fire brigade at about 7 p.m.": news, a past clock time with no day, when the story's
    day is a reporting verb's own ("said on Wednesday", words of ``[clause] skip`` between; tense.toml ``reporting``) and
    a part of an earlier day was told before it whose hours hold the clock ("Monday evening", 17-22 holds 7 p.m.): the
    report moved no scene, the clock is that part's day. Not a clock that carries the story on ("By 9 p.m. ...")."""
    told, day_told = story.by_grain.get(Grain.PART_OF_DAY), story.by_grain.get(Grain.DAY)
    if ctx.mode != "news" or told is None or day_told is None or day_told[0].start.date() != day:
        return None
    part, end = told[0], story.end_of.get(day_told[1], -1)
    if not part.start.date() < day or end <= story.end_of.get(told[1], -1) or end > mention.start:
        return None  # (the part told after the day, or the day is no earlier expression)
    cues = tense_words(ctx.doc.language)
    words = [w.lower() for w in _OFFSET_TOKEN.findall(ctx.text, max(0, end - _REPORT_REACH), end)][:-1]  # (the day's own word dropped)
    while words and words[-1] in cues.skip:
        words.pop()
    if not words or words[-1] not in cues.reporting:
        return None
    at = dt.datetime.combine(part.start.date(), dt.time(spec.hour, spec.minute or 0))  # type: ignore[arg-type]
    if not part.start <= at < part.end or _signalled(ctx, mention, "forward") or _signalled(ctx, mention, "onward"):
        return None
    way, strong = direction(ctx, spec, mention, Direction.CLOSEST)
    return part.start.date() if way is Direction.PAST and strong else None

def _evening_before_published_morning(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story, day: dt.date) -> Optional[dt.date]:
    """ "... on Sunday night. A man was rescued in the early hours of Monday. The coastguard was alerted at 11.20pm", told on
    Monday with a publication date only: an evening clock time in a past clause, after a morning part (the early hours) told
    for the publication day, is the evening before it (a past evening of the publication day lies after a paper written that
    day, when a time the story told holds it (the night before); not one that carries the story on ("By 9 p.m. ...").  Also when the story's day was one ahead and the past clock
    was taken back to the publication day ("... on Thursday morning. A warning was issued for Saturday. Roads were closed
    from 10pm": Wednesday's)."""
    assert spec.hour is not None
    ref = ctx.reference
    told = story.by_grain.get(Grain.PART_OF_DAY)
    if (ctx.mode != "news" or ref is None or ref.time() != dt.time(0) or day != ref.date() or spec.hour < EVENING_FROM
            or told is None or told[0].start.date() != day or told[0].end > dt.datetime.combine(day, dt.time(NOON))):
        return None
    if _signalled(ctx, mention, "onward") or clause_tense(ctx.doc, mention.start, mention.end)[0] != "past":
        return None
    before = dt.datetime.combine(day - dt.timedelta(days=1), dt.time(spec.hour, spec.minute or 0))
    # only back into a time the story told ("on Sunday night"): "rescued in the early hours of Monday. He was discharged at
    # 6pm" with no evening of Sunday told carries the story on to Monday's
    return before.date() if _told_time_holds(story, before) else None


_TOLD_BACK = 8  # dates recorded, the last first, among which a told time holding an instant is looked for


def _told_time_holds(story: Story, at: dt.datetime) -> bool:
    """Whether one of the last dates the story recorded, a day or shorter ("Sunday night", "Sunday"), holds ``at``."""
    for earliest, latest in itertools.islice(reversed(story.bounds_of.values()), _TOLD_BACK):
        if earliest <= at < latest and latest - earliest <= dt.timedelta(days=1):
            return True
    return False




_RANGE_GAP = 12  # characters before a clock time in which the word joining it to the range's start stands


def _ends_clock_range(ctx: "Context", mention: Mention, last: Period, spec: CalendarSpec) -> bool:
    """Whether the clock time ends a range begun by the story's last clock time or part of day
    ("from 10 p.m. [to] 6 a.m.", "from midnight to 6 a.m.") and is no later in the day than its
    start: the range has crossed midnight."""
    assert spec.hour is not None
    if last.grain not in (Grain.MINUTE, Grain.PART_OF_DAY) or (spec.hour, spec.minute or 0) > (last.start.hour, last.start.minute):
        return False
    before = ctx.text[max(0, mention.start - _RANGE_GAP) : mention.start].lower().rstrip()
    words = ctx.lexicon["date_pairs"]["connectors"]
    return any(before.endswith(w) and (not w.isalpha() or len(before) == len(w) or not before[-len(w) - 1].isalpha()) for w in words)


def _part_step(ctx: "Context", spec: CalendarSpec, mention: Mention, period: Period) -> int:
    """A bare part of day ("at midnight", "in the evening") seen from the publication day: a past
    clause's part whose middle lies after now is the day before's, a future clause's part whose
    middle lies before now the day after's, as is one of the day's first hours (``gone_by_day``) when now is a whole day;
    otherwise 0."""
    now = ctx.now_span()
    if now is None:
        return 0
    way, strong = direction(ctx, spec, mention, Direction.CLOSEST)
    if not strong:
        return 0
    middle = period.start + (period.end - period.start) / 2  # midnight is the minute around 00:00 that ends the day
    if way is Direction.PAST and middle >= now[1]:
        return -1
    if way is Direction.FUTURE and middle <= now[0]:
        return 1
    if (way is Direction.FUTURE and spec.part_of_day and now[1] - now[0] >= dt.timedelta(days=1) and now[0] <= period.start
            and ctx.lexicon["parts_of_day"][spec.part_of_day].get("gone_by_day")):
        return 1  # said on a date with no hour, "will go out in the early hours" is the next day's: today's are gone
    return 0


def _day_step(ctx: "Context", spec: CalendarSpec, mention: Mention, day: dt.date) -> int:
    """A bare clock time on the publication day when the reference time has a time of day: a
    past clause's time later than it is the day before ("was last seen at 7 p.m." published at
    10 a.m.), a future clause's time earlier than it the day after; otherwise 0."""
    ref = ctx.reference
    assert spec.hour is not None
    if ref is None or ref.time() == dt.time(0) or day != ref.date():
        return 0
    at = dt.datetime(day.year, day.month, day.day) + dt.timedelta(hours=spec.hour, minutes=spec.minute or 0)
    way, strong = direction(ctx, spec, mention, Direction.CLOSEST)
    if not strong:
        return 0
    if way is Direction.PAST and at > ref:
        return -1
    if way is Direction.FUTURE and at < ref:
        return 1
    return 0


def unanchored_value(spec: CalendarSpec) -> str:
    """A value with X for what no reference time could fill ("Saturday" with no date known)."""
    if spec.month is not None and spec.day is not None:
        return f"XXXX-{spec.month:02d}-{spec.day:02d}"
    if spec.month is not None:
        return f"XXXX-{spec.month:02d}"
    if spec.weekday is not None:
        return "XXXX-WXX" if spec.grain is Grain.WEEK else f"XXXX-WXX-{spec.weekday}"  # "midweek": some week
    if spec.season is not None:
        return f"XXXX-{spec.season}"
    if spec.quarter is not None:
        return f"XXXX-Q{spec.quarter}"
    if spec.grain is Grain.WEEKEND:
        return "XXXX-WXX-WE"
    if spec.hour is not None:
        return f"XXXX-XX-XXT{spec.hour:02d}:{spec.minute or 0:02d}"
    if spec.shift is not None and spec.shift.amount is not None:
        return "PAST_REF" if spec.shift.amount < 0 else "FUTURE_REF" if spec.shift.amount > 0 else "PRESENT_REF"
    return "XXXX-XX-XX"


STORY_UNIT_RULE = "narrative_story_unit"  # (recognize/story_passes: "the rest of the decade", "early in the century")


def rest_phrase(ctx: "Context", mention: Mention) -> bool:
    """(s63) Whether ``mention`` is "the rest of the decade", "the remainder of the century" (``rests`` of
    [news_story_units] / [narrative_story_units], as recognize/story_passes found it)."""
    if mention.rule != STORY_UNIT_RULE:
        return False
    table = ctx.lexicon.tables.get("news_story_units" if ctx.mode == "news" else "narrative_story_units") or {}
    words = " ".join(mention.text.lower().split())
    return any(words.startswith(r + " ") for r in table.get("rests", ()))


def past_rest(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> bool:
    """(s63) News: whether "the rest of the decade" is the decade of the story's time rather than the publication's: in a
    past clause after a time told before publication ("The mill closed in 1962 and the town declined for the rest of the
    decade", said in 2032: the 1960s, 196; in a clause ahead, "Sales fell in 2029. Dealers expect them to stay flat for the
    rest of the decade", the publication's, 203, as before)."""
    if (ctx.mode != "news" or spec.shift is None or spec.shift.anchoring is not Anchoring.REFERENCE or story.current is None
            or ctx.reference is None or story.current.end > ctx.reference or not rest_phrase(ctx, mention)):
        return False
    return clause_tense(ctx.doc, mention.start, mention.end)[0] == "past"
