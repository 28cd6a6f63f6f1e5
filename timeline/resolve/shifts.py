"""Times a number of units away from an anchor: "yesterday", "last week", "two years ago",
"the following morning", "the quarter", "the year-earlier period"."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Optional

import attrs

from ..model import REFERENCE_ANCHOR, AnchorKind, Grain, TimexAnchor
from ..recognize.meaning import Anchoring, CalendarSpec, Direction, Mention
from . import calendar as cal
from .calendar import Period
from .named_frame import with_part
from .part_steps import stepped_part_date
from .picking import direction
from .story import DAY_GRAINS, Story
from .story_days import past_day_anchor
from .tense import tense_evidence
from .tense_signals import after_comparison, after_forewarning, perfect_since, reported_perfect_since
from ..units import unit_length

if TYPE_CHECKING:
    from .anchors import Context

__all__ = ["is_pure_shift", "shifted_period", "MONTHS_PER"]

MONTHS_PER = {Grain.MONTH: 1, Grain.QUARTER: 3, Grain.HALF: 6, Grain.YEAR: 12}
_DAY = dt.timedelta(days=1)
# enum members as module names (a module name is read faster than an enum member: some 6,000 reads a TBAQ pass here)
_GRAIN_CENTURY, _GRAIN_DAY, _GRAIN_DECADE, _GRAIN_HALF, _GRAIN_MONTH, _GRAIN_PART_OF_DAY = Grain.CENTURY, Grain.DAY, Grain.DECADE, Grain.HALF, Grain.MONTH, Grain.PART_OF_DAY
_GRAIN_QUARTER, _GRAIN_SEASON, _GRAIN_WEEK, _GRAIN_WEEKEND, _GRAIN_YEAR = Grain.QUARTER, Grain.SEASON, Grain.WEEK, Grain.WEEKEND, Grain.YEAR
_REFERENCE_KIND, _TIMEX, _NARRATIVE, _REFERENCE, _CLOSEST, _FUTURE, _PAST, _TENSE = AnchorKind.REFERENCE_TIME, AnchorKind.TIMEX, Anchoring.NARRATIVE, Anchoring.REFERENCE, Direction.CLOSEST, Direction.FUTURE, Direction.PAST, Direction.TENSE
_REPORTING_GRAINS = (Grain.QUARTER, Grain.HALF)  # (tuples of members built once, not per call)
_DAY_WEEK_MONTH, _WEEK_MONTH, _DAY_WEEK = (Grain.DAY, Grain.WEEK, Grain.MONTH), (Grain.WEEK, Grain.MONTH), (Grain.DAY, Grain.WEEK)
SMALL_HOURS_END = 5  # a story time before this hour belongs to the night of the date before ("the early hours of Saturday")


def is_pure_shift(spec: CalendarSpec) -> bool:
    """Whether the spec is only a move from its anchor, with no calendar name to find."""
    return (spec.shift is not None and spec.weekday is None and spec.month is None and spec.quarter is None and spec.half is None and spec.season is None
            and spec.holiday is None)  # ("the day after Thanksgiving": the holiday, then the move)


def _story_year(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> Optional[tuple[Period, TimexAnchor]]:
    """News: "In 1975 she opened a shelter. By the end of the year, she had opened three more": a past clause
    right after a year the story told (in its sentence or the one before) is of that
    year (decade), not of the publication's."""
    focus, tid = story.focus, story.focus_tid
    last = story.last
    month = _the_month(ctx, spec, mention)
    if (not (spec.story_period or month) or ctx.mode != "news" or ctx.reference is None or focus is None or tid is None or last is None
            or last[2] != tid or last[0] < story.sentence - 1 or focus.grain > (_GRAIN_MONTH if month else _GRAIN_YEAR)):
        return None
    way, strong = direction(ctx, spec, mention, _CLOSEST)
    if month and way is _FUTURE and strong and focus.start >= ctx.reference:
        # "The plant will close on March 3 and the staff will leave by the end of the month" said in January: March's end,
        # a month told ahead and a clause about what is ahead
        return cal.containing(focus.start, spec.grain), TimexAnchor(_TIMEX, tid)
    if (way is not _PAST or not strong or perfect_since(ctx.doc, mention.start) or focus.end > ctx.reference
            or reported_perfect_since(ctx.doc, mention.start, None if last[0] < story.sentence else story.start_of.get(tid))):
        return None  # ("Shares have risen since the start of the year": up to now, this year; (s54) "He said costs had fallen
        # since the start of the year", no time of the saying in its sentence: the same, told as said)
    return cal.containing(focus.start, spec.grain), TimexAnchor(_TIMEX, tid)


def _the_month(ctx: "Context", spec: CalendarSpec, mention: Mention) -> bool:
    """Whether ``mention`` names "the month" of the story, with the article ("by the end of the month", "the middle of the
    month"; not "this month", which is the publication's), read as "the end of the year" is (``story_period``)."""
    if spec.grain is not _GRAIN_MONTH or spec.shift is None or spec.shift.amount != 0 or spec.shift.anchoring is not _REFERENCE:
        return False
    words = mention.text.lower().split()
    return len(words) >= 2 and words[-2] in ctx.lexicon["date_pairs"]["range_articles"]


def _reporting_focus(ctx: "Context", story: Story) -> tuple[Optional[Period], Optional[str]]:
    """What a comparison counts from ("a year earlier", "the previous quarter"): the story's focus, unless that is a day which
    is the publication day or lies in the last quarter (half) the story reported ("reported second-quarter profit on
    Tuesday", "the three months to June 30"): then that quarter (half), the period the report is about."""
    focus, tid = story.focus, story.focus_tid
    if (ctx.mode == "news" and focus is not None and focus.grain in _REPORTING_GRAINS and ctx.reference is not None
            and focus.end > ctx.reference and tid is not None and story.sentence_of.get(tid) != story.sentence):
        # a quarter still ahead told in an earlier sentence is a forecast ("warned that the second quarter would be worse.
        # The company sold 212,000 cars in the three months to March, against 225,000 a year earlier"): the comparison is
        # with the one reported, over by publication (not "expects sales to rise in the fourth quarter from a year earlier")
        reported = story.reported(focus.grain)
        if reported is not None and reported[0].end <= ctx.reference:
            return reported
    if ctx.mode != "news" or focus is None or focus.grain not in DAY_GRAINS:
        return focus, tid
    for grain in _REPORTING_GRAINS:
        named = story.reported(grain)
        if named is None:
            continue
        period, named_tid = named
        publication = ctx.reference is not None and focus.start <= ctx.reference < focus.end
        if publication or period.start <= focus.start < period.end:
            return period, named_tid
    return focus, tid


def _period_told_just_before(ctx: "Context", spec: CalendarSpec, story: Story) -> Optional[tuple[Period, str]]:
    """News: the quarter or half told last, in the sentence of a step back from the story's time that keeps the grain of
    what it steps from ("a year earlier"), when it was over by publication: said on 6 Jan 2028, "passenger numbers rose 3%
    in the final quarter of last year compared with a year earlier" is the fourth quarter of 2026, though a quarter named
    with "last year" is a look-back the story's time does not move to (its focus stays on the report's day)."""
    last = story.last
    if (ctx.mode != "news" or not spec.inherit_grain or spec.shift is None or spec.shift.anchoring is not _NARRATIVE
            or last is None or last[0] != story.sentence or last[1].grain not in _REPORTING_GRAINS or ctx.reference is None
            or last[1].end > ctx.reference):
        return None
    return last[1], last[2]


def _reporting_grain(ctx: "Context", recent: Period) -> bool:
    """A quarter or half that "two years ago" keeps the grain of: one over by publication, a period reported on; a quarter
    still ahead ("will apply for approval in the third quarter") is a plan, and "Ten years ago" after it is a year."""
    return recent.grain in _REPORTING_GRAINS and (ctx.reference is None or recent.end <= ctx.reference)


def _told_outside_now(ctx: "Context", grain: Grain, story: Story, mention: Mention, base: dt.datetime,
                      anchor: TimexAnchor) -> Optional[tuple[dt.datetime, TimexAnchor]]:
    """News: "the same month", "that year" (``not_now`` in ``[story_months]``) counted from a time of the story finer than
    the month (year) that lies in the month (year) of publication, which news would call "this month": the start of the
    last time told before it of that grain or finer that lies outside that period and is over by publication, and its id;
    None when there is none, or the words or the anchor say otherwise."""
    assert ctx.reference is not None
    words = frozenset(ctx.lexicon["story_months"].get("not_now", ()))
    now = cal.containing(ctx.reference, grain)
    told = story.bounds_of.get(anchor.timex_id or "")
    if (not words or words.isdisjoint(mention.text.lower().split()) or not now.start <= base < now.end
            or told is None or told[1] - told[0] >= now.end - now.start):
        return None  # (a month told in it, "hired staff in March ... that month", is that month)
    best: Optional[tuple[Period, str]] = None
    for g, (period, tid) in story.by_grain.items():  # (a handful of grains: no scan of the text)
        if (g <= grain and period.end <= now.start and story.end_of.get(tid, mention.start + 1) <= mention.start
                and (best is None or story.end_of.get(tid, -1) > story.end_of.get(best[1], -1))):
            best = (period, tid)
    return (best[0].start, TimexAnchor(_TIMEX, best[1])) if best is not None else None


def shifted_period(ctx: "Context", spec: CalendarSpec, story: Story, mention: Optional[Mention] = None) -> tuple[Optional[Period], TimexAnchor]:
    """The period ``spec.shift`` units away from its anchor (see :func:`is_pure_shift`)."""
    assert spec.shift is not None
    base, anchor = ctx.anchor_for(spec.shift.anchoring, spec.shift.grain, story)
    ranged = (story.after_range(spec.shift.grain) if ctx.mode == "narrative" and spec.shift.anchoring is _NARRATIVE
              and (spec.shift.amount or 0) >= 0 else None)
    if ranged is not None:  # "From 1901 to 1907 the firm grew. The following year": after the range's end
        base, anchor = ranged[0].start, TimexAnchor(_TIMEX, ranged[1])
    elif (base is not None and (spec.shift.amount or 0) < 0 and spec.shift.grain >= _GRAIN_YEAR and anchor.timex_id is not None
          and anchor.timex_id == story.winter_from):
        # "the previous year" in a winter the story turned to from its December's year looks back from its January's,
        # the year the winter ends ("... since the battle of the previous year", told of the winter of 1904-05: 1904)
        base = cal.year(base.year + 1).start
    if base is None or spec.shift.amount is None:
        return None, anchor
    amount = spec.shift.amount
    grain = spec.shift.grain
    if (mention is not None and ctx.mode == "news" and ctx.reference is not None and spec.shift.anchoring is _NARRATIVE
            and amount != 0 and grain < _GRAIN_YEAR and anchor.kind is _TIMEX and base.date() > ctx.reference.date()
            and not (amount > 0 and after_forewarning(ctx.doc, mention.start))):
        # "would meet on May Day ... had presented the budget the previous month": a look-back in a past clause does not
        # count from a day still to come, but from the last day told that is not after publication, as a clock time does;
        # nor does a step on ("was arrested on Sunday and was due in court on Friday. He was questioned the following
        # morning": Monday's, not the morning after Friday, which no past clause can tell of yet); but what a warning is about
        # lies after the warning ("warned of snow on Tuesday evening and ice the following morning": Wednesday's)
        base, anchor = past_day_anchor(ctx, mention, base, anchor, story)
    if (mention is not None and ctx.mode == "news" and ctx.reference is not None and amount == 0 and spec.grain is grain
            and _GRAIN_MONTH <= grain <= _GRAIN_YEAR and spec.shift.anchoring is _NARRATIVE and anchor.kind is _TIMEX):
        before_now = _told_outside_now(ctx, grain, story, mention, base, anchor)
        if before_now is not None:  # "cracked in October 2019 ... finished on Thursday. Work began the same month": 2019-10
            base, anchor = before_now
    told = _story_year(ctx, spec, mention, story) if mention is not None else None
    if told is not None:
        return told
    recent, recent_tid = _reporting_focus(ctx, story)  # what the story is about, not a look-back ("year-earlier")
    told_period = _period_told_just_before(ctx, spec, story)
    if told_period is not None:  # "rose in the final quarter of last year compared with a year earlier": that quarter's
        recent, recent_tid = told_period
    if (grain is _GRAIN_YEAR and spec.inherit_grain and not spec.same_grain_anchor and recent is not None and recent_tid
            and (_GRAIN_MONTH <= recent.grain < _GRAIN_YEAR if anchor.kind is _TIMEX else _reporting_grain(ctx, recent)
                 # "production fell 8% in October from a year ago": a month compared with the same month a year before
                 or (recent.grain is _GRAIN_MONTH and amount == -1 and mention is not None and after_comparison(ctx.text, mention.start, ctx.doc.language)))):
        # "a year earlier" while the story talks about a quarter: the same quarter a year before;
        # "two years ago" counts from today, and keeps only a reporting period's grain (a quarter)
        moved = cal.add_months(recent.start.date(), 12 * int(amount))
        return cal.containing(dt.datetime(moved.year, moved.month, moved.day), recent.grain), TimexAnchor(_TIMEX, recent_tid)
    reported = story.reported(grain) if grain in _REPORTING_GRAINS else None
    if (reported is not None and ctx.mode == "news" and grain is spec.grain and spec.shift.anchoring is _NARRATIVE and amount
            and (story.focus is None or story.focus.grain < grain
                 or (amount < 0 and recent_tid == reported[1] and story.focus_tid != recent_tid and mention is not None
                     and tense_evidence(ctx.doc, mention.start, mention.end)[0] == "past"))):
        # "the previous quarter" in a report of second-quarter results: the first quarter, whatever day or month the story
        # told since (the report's day, a dividend date ahead); a look-back after a forecast of the next half told in an
        # earlier sentence ("profit fell in the first half, and it expects a stronger second half. Completions were higher
        # than in the previous half") counts from the half reported, as "a year earlier" does (see _reporting_focus), in a
        # past clause ("Sales will be lower than in the previous half": the forecast's own, the half reported)
        return cal.shifted(reported[0].start, grain, int(amount)), TimexAnchor(_TIMEX, reported[1])
    span = story.span
    if (span is not None and grain is spec.grain and span[0] is grain and not span[2] and amount == int(amount)
            and (ctx.mode == "narrative" or spec.shift.anchoring is _NARRATIVE)):
        # "the next decade" after "the 1630s": counted from the decade named, not from the story's year
        of_grain = cal.decade if grain is _GRAIN_DECADE else cal.century
        return of_grain(span[1] + int(amount)), TimexAnchor(_TIMEX, span[3])
    if (span is not None and ctx.mode == "narrative" and grain is spec.grain is _GRAIN_CENTURY and span[0] is _GRAIN_DECADE and not span[2]
            and amount == int(amount)):
        # "dug in the 1620s. By the middle of the century": the century of the decade named (not the publication's)
        return cal.century(span[1] // 10 + int(amount)), TimexAnchor(_TIMEX, span[3])
    if amount != int(amount):
        base = base + dt.timedelta(days=amount * unit_length(grain)[0].days)
        amount, grain = 0, _GRAIN_DAY
    if spec.grain is _GRAIN_WEEKEND:
        if int(amount) == 1 and spec.shift.anchoring is _NARRATIVE and base < cal.containing(base, _GRAIN_WEEKEND).start:
            # "the following weekend" after a weekday: the weekend that ends its week, the first one after it
            return cal.containing(base, _GRAIN_WEEKEND), anchor
        return cal.shifted(base, _GRAIN_WEEKEND, int(amount)), anchor
    if spec.same_grain_anchor:
        named = story.reported(spec.grain) if spec.grain is _GRAIN_QUARTER else story.by_grain.get(spec.grain)
        half = story.ended.get(_GRAIN_HALF) if spec.grain is _GRAIN_QUARTER and spec.inherit_grain else None
        if half is not None and (named is None or story.end_of.get(half[1], -1) > story.end_of.get(named[1], -1)):
            # "the same period last year" after "profit in the first half": the half the report is about (over by publication),
            # when it was told after any quarter ("the first two quarters of 1990" ahead is no report)
            named, spec = half, attrs.evolve(spec, grain=_GRAIN_HALF)
        if named is not None:
            last, tid = named
            base, anchor = last.start, TimexAnchor(_TIMEX, tid)
        elif ctx.reference is not None:
            base, anchor = ctx.reference, REFERENCE_ANCHOR
            if spec.grain is _GRAIN_QUARTER:
                base = cal.shifted(base, _GRAIN_QUARTER, -1).start  # said on publication day: the last reported quarter
    if (spec.relative_word == "latest" and ctx.reference is not None and amount == 0
            and cal.containing(base, spec.grain).end > ctx.reference):
        # "the latest quarter", "the latest fiscal year" have ended: not one still running (or ahead) at publication
        base, anchor = cal.shifted(ctx.reference, spec.grain, -1).start, REFERENCE_ANCHOR
    if spec.grain >= _GRAIN_DAY and spec.grain != grain and grain in MONTHS_PER and spec.day is None and not spec.part_of_day:
        # "the year-earlier quarter", "three years ago today": move the instant, keep the grain asked for
        moved = cal.add_months(base.date(), int(amount) * MONTHS_PER[grain])
        return cal.containing(dt.datetime(moved.year, moved.month, moved.day), spec.grain), anchor
    if (spec.part_of_day and grain is _GRAIN_DAY and amount == 1 and anchor.kind is _TIMEX
            and story.day is not None and story.day.grain < _GRAIN_DAY):
        # "the following night" after "the early hours of Saturday": the small hours belong to the
        # night before, so the next night is Saturday's; after "that afternoon" (a part of its own
        # date) "the following evening" is the next date's, not the same day's later evening; after "the following
        # morning" it is that morning's date (both steps count from the same day: resolve/part_steps.py)
        stepped = stepped_part_date(ctx, story, spec.part_of_day)
        if stepped is not None:
            return with_part(ctx, cal.day(stepped), spec), anchor
        own = story.day.start.date() - (_DAY if story.day.start.hour < SMALL_HOURS_END else dt.timedelta(0))
        return with_part(ctx, cal.day(own + _DAY), spec), anchor
    if (spec.part_of_day and grain is _GRAIN_DAY and amount == 0 and anchor.kind is _TIMEX and story.day is not None
            and story.day.grain < _GRAIN_PART_OF_DAY and story.day.start.hour < 12
            and float(ctx.lexicon["parts_of_day"].get(spec.part_of_day, {}).get("end", 0)) > 24 + story.day.start.hour
            and story.told_days and story.told_days[-1][0].start.date() == story.day.start.date() - _DAY):
        # "The crash happened at 11 p.m. on Saturday ... reopened at 4 a.m. The driver was arrested the same night": a night
        # that runs past midnight, told at a small-hours clock time of the story, is the night those hours belong to, which
        # began the date before, when the story reached those hours from the day it told last, the date before (not the next
        # night; nor when the small hours are told with their own day, "An explosion destroyed a house at 4 a.m. on Saturday.
        # Neighbours stayed in a hotel that night": Saturday's; a part of day, "shortly after dawn on Monday", is no clock time)
        return with_part(ctx, cal.day(story.day.start.date() - _DAY), spec), anchor
    last = story.last
    if (amount == 0 and grain is _GRAIN_DAY
            and (spec.grain is _GRAIN_DAY and not spec.part_of_day
                 or (ctx.mode == "news" and spec.part_of_day and spec.grain is _GRAIN_PART_OF_DAY and mention is not None
                     and not frozenset(ctx.lexicon["story_months"].get("same_day", ())).isdisjoint(mention.text.lower().split())))
            # ("the same night", "that night"; not "later in the morning", "shortly after midnight")
            and spec.shift.anchoring is _NARRATIVE
            and last is not None and last[1].grain is _GRAIN_MONTH and last[0] >= story.sentence - 1
            and not (story.day is not None and last[1].start <= story.day.start < last[1].end)  # (s58) "yesterday ... this month ... the day"
            and not (story.day is not None and _month_in_flashback(ctx, story, last[2]))):
        # "most recently last October, when ... His name was crossed out that same day": a day of the month
        # named last (in its sentence or the one before), which one unknown (not the day the story had before it);
        # "The joints were damaged in June ... Engineers inspected the bridge the same night": a night of that June
        month = last[1]
        code = "T" + str(ctx.lexicon["parts_of_day"][spec.part_of_day]["code"]) if spec.part_of_day else ""
        return Period(month.start, month.end, _GRAIN_DAY, month.value + "-XX" + code), TimexAnchor(_TIMEX, last[2])
    now = story.current
    if (ctx.mode == "narrative" and grain in _DAY_WEEK_MONTH and spec.grain is grain and not spec.part_of_day
            and amount == int(amount) and spec.shift.anchoring is _NARRATIVE and now is not None and story.current_tid is not None
            and (_GRAIN_MONTH <= now.grain <= _GRAIN_YEAR if grain is not _GRAIN_MONTH else now.grain is _GRAIN_YEAR)
            and (anchor.kind is _REFERENCE_KIND or (anchor.kind is _TIMEX and anchor.timex_id == story.current_tid))):
        # a history with no day told since it moved to a month or year: "In 1651 the fleet sailed. That day (The next day)
        # the king died": some day of 1651, not the publication day (nor the day after the month's first); "That week":
        # some week of it, 1651-WXX (not the week of 1 January)
        if grain is _GRAIN_WEEK:
            value = f"{now.value[:4]}-WXX"
        elif grain is _GRAIN_MONTH:
            value = f"{now.value[:4]}-XX"  # "In 1805 he won; in the same month his father died": some month of 1805 (a season
            # names the month it begins with, see test_story_s9)
        else:
            value = f"{now.value}-XX" if now.grain is _GRAIN_MONTH else f"{now.value[:4]}-XX-XX"
        return Period(now.start, now.end, grain, value), TimexAnchor(_TIMEX, story.current_tid)
    if (ctx.mode == "news" and amount == 0 and grain in _WEEK_MONTH and spec.grain is grain and not spec.part_of_day
            and spec.shift.anchoring is _NARRATIVE and now is not None and story.current_tid is not None
            and anchor.kind is _TIMEX and anchor.timex_id == story.current_tid
            and (_GRAIN_MONTH <= now.grain <= _GRAIN_YEAR if grain is _GRAIN_WEEK else now.grain is _GRAIN_YEAR)
            and grain not in story.by_grain and _GRAIN_DAY not in story.by_grain):  # (no week or month told: "fell in September. In 2019 ... the same month")
        # news, the story at a month or a year: "was arrested in May 2023. He was suspended the same week": some week of
        # that May, which one unknown (not its first), bounded by the weeks that meet it; "the same month" after "in 2023":
        # some month of 2023 (not January)
        if grain is _GRAIN_WEEK:
            first, end = cal.containing(now.start, _GRAIN_WEEK).start, cal.containing(now.end - _DAY, _GRAIN_WEEK).end
            return Period(first, end, grain, f"{now.value[:4]}-WXX"), anchor
        return Period(now.start, now.end, grain, f"{now.value[:4]}-XX"), anchor
    if ctx.mode == "news" and amount == 1 and mention is not None and last is not None and last[0] == story.sentence and grain in _DAY_WEEK:
        from .durations import told_before_flashback  # (durations reads this module's users)

        flash = told_before_flashback(ctx, story, mention.start, mention.end)
        if flash is not None:  # (s58) "found it last month in a shed he had cleared years earlier, and ... the next day"
            last = (story.sentence, flash[0], flash[1])
    if (ctx.mode == "news" and grain in _DAY_WEEK and (spec.grain is grain or (grain is _GRAIN_DAY and spec.grain is _GRAIN_PART_OF_DAY))
            and (not spec.part_of_day or grain is _GRAIN_DAY) and amount == 1
            and spec.shift.anchoring is _NARRATIVE and mention is not None
            and last is not None and _GRAIN_MONTH <= last[1].grain <= _GRAIN_SEASON and last[0] >= story.sentence - 1
            and (anchor.kind is _REFERENCE_KIND or (anchor.kind is _TIMEX and anchor.timex_id == last[2])
                 or (anchor.kind is _TIMEX and story.sentence_of.get(anchor.timex_id or "", last[0]) < last[0]))
            and (ctx.reference is None or last[1].end <= ctx.reference)
            and tense_evidence(ctx.doc, mention.start, mention.end)[0] == "past"):
        # news with no day told, a month or season just before: "The scheme unravelled in March. She was suspended the
        # following day (week)": a day (week) after some day of that March, which one unknown; not the day after
        # publication, which a past clause cannot tell of; nor the day after a day told before the month ("was jailed on
        # Friday. The thefts came to light in March last year. She was suspended the next day": some day of March)
        step = _DAY if grain is _GRAIN_DAY else 7 * _DAY
        span = last[1]
        first, end = story.bounds_of.get(last[2], (span.start, span.end))  # ("mid-January": the 11th to the 21st)
        value = f"{span.value}-XX" if span.grain is _GRAIN_MONTH and grain is _GRAIN_DAY else f"{span.start.year:04d}-WXX" if grain is _GRAIN_WEEK else f"{span.start.year:04d}-XX-XX"
        if spec.part_of_day:
            # "the next morning" after such a month: a morning of some day after some day of it ("the lift stopped that
            # December ... Inspectors closed it the next morning": 2024-12-XXTMO), not the morning of publication
            value += "T" + str(ctx.lexicon["parts_of_day"][spec.part_of_day]["code"])
        return Period(first + step, end + step, grain, value), TimexAnchor(_TIMEX, last[2])
    if (amount == 0 and grain is _GRAIN_WEEK and spec.grain is _GRAIN_WEEK and mention is not None and anchor == REFERENCE_ANCHOR
            and base.weekday() == 6 and direction(ctx, attrs.evolve(spec, direction=_TENSE), mention, _PAST) == (_FUTURE, True)):
        amount = 1  # said on a Sunday, the last day of its week, "will vote later this week" is about the week that begins
    fiscal = story.fiscal_ends.get(anchor.timex_id) if anchor.kind is _TIMEX and anchor.timex_id is not None else None
    if fiscal is not None and grain is _GRAIN_YEAR and spec.grain is _GRAIN_YEAR and amount == int(amount):
        # "profit for the year to the end of March ... A year earlier": the year before that one (April to March), named as
        # fiscal years are by the year it ends in, not the calendar year of that March a year back
        start, end = (cal.add_months(d.date(), 12 * int(amount)) for d in (fiscal.start, fiscal.end))
        return Period(dt.datetime.combine(start, dt.time()), dt.datetime.combine(end, dt.time()), _GRAIN_YEAR,
                      f"{(end - _DAY).year:04d}"), anchor
    stretch = story.stretch_ends.get(anchor.timex_id) if anchor.kind is _TIMEX and anchor.timex_id is not None else None
    if stretch is not None and grain is _GRAIN_YEAR and spec.inherit_grain and amount == int(amount):
        # "sales rose in the nine months to September from a year earlier": the same months a year back, valued by the year
        # they lie in (TimeML has no value for nine months of a year), not the whole year
        start, end = (cal.add_months(d.date(), 12 * int(amount)) for d in (stretch.start, stretch.end))
        return Period(dt.datetime.combine(start, dt.time()), dt.datetime.combine(end, dt.time()), _GRAIN_YEAR,
                      f"{start.year:04d}"), anchor
    if (amount == 0 and grain is _GRAIN_DAY and spec.part_of_day and anchor.kind is _TIMEX and story.day is not None
            and story.day_tid == anchor.timex_id and story.day.value.endswith("-XX")):
        # (s55) "On the second day the Margrave was wounded, and that night his army withdrew" (the second day of a battle
        # of some September): that day's night, its date unknown (1744-09-XXTNI), not the night of the month's first day
        code = "T" + str(ctx.lexicon["parts_of_day"][spec.part_of_day]["code"])
        return Period(story.day.start, story.day.end, _GRAIN_PART_OF_DAY, story.day.value + code), anchor
    period = cal.shifted(base, grain, int(amount))
    if (mention is not None and ctx.mode == "news" and ctx.reference is not None and spec.shift.anchoring is _NARRATIVE
            and (amount > 0 or (amount == 0 and not spec.same_grain_anchor and spec.relative_word is None and _later_in(ctx, mention)))
            and anchor.kind is _TIMEX and period.end <= ctx.reference and not spec.part_of_day
            and spec.grain is grain and tense_evidence(ctx.doc, mention.start, mention.end) in (("future", 0), ("future", 1))):
        # "... in June 2019, he was at a dinner. The jury will be sent out the following week": a clause about what is ahead
        # does not count on from a time the story told long before now, but from now; nor does it look for "later in the
        # week" in a week over ("Oil prices rose on Friday, and traders expect more gains later in the week" said on a
        # Monday: this week; not "the quarter", "the latest quarter", named by the story's report, nor "that year")
        period, anchor = cal.shifted(ctx.reference, grain, int(amount)), REFERENCE_ANCHOR
    if spec.day is not None and grain is _GRAIN_MONTH:  # "the first of next month": that day of the month
        try:
            return cal.day(dt.date(period.start.year, period.start.month, spec.day)), anchor
        except ValueError:
            return None, anchor  # "the 31st of next month" in a month of 30 days
    if spec.grain is _GRAIN_PART_OF_DAY or spec.part_of_day:
        period = with_part(ctx, period, spec)
    return period, anchor


def _later_in(ctx: "Context", mention: Mention) -> bool:
    """Whether ``mention`` opens with a comparative word that keeps a period's end ("[later] in the week", mod END in
    ``[comparative_modifiers]``): a time after the story's, which a clause looking ahead cannot find in a period over."""
    words = mention.text.split(maxsplit=1)
    return bool(words) and ctx.lexicon["comparative_modifiers"].get(words[0].lower()) == "END"


def _month_in_flashback(ctx: "Context", story: Story, tid: str) -> bool:
    """(s59) Whether the month of id ``tid`` was told in a clause in the past perfect ("The fire broke out on March 9. The
    factory had been sold in January. Police asked anyone near the site that night": a look-back, not the story's time, so
    "that night" is the fire's, not some night of January)."""
    from .tense_reports import in_past_perfect

    end = story.end_of.get(tid)
    return end is not None and end > 0 and in_past_perfect(ctx.doc, end - 1, end)
