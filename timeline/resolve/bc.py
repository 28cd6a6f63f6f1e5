"""Dates before the common era, which the datetime axis cannot hold: values without bounds."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from ..model import NO_ANCHOR, AnchorKind, Grain, Mod, TimexAnchor
from ..recognize.meaning import CalendarSpec
from .story import BACK_WEIGHT, Story

__all__ = ["resolve_bc", "bc_days_on"]

_SEASON_ORDER = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}  # in the year that names them (a winter is its January's year's)


def _bc_month_year(story_bc: tuple[int, Optional[int]], month: int) -> int:
    """The BC year of a bare month while the story is in ``story_bc`` (years count down)."""
    y, current = story_bc
    if current is None or month >= current:
        return y
    back, ahead = current - month, 12 - current + month
    return y if BACK_WEIGHT * back <= ahead else y - 1


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9}  # the month a season begins in (a winter: the December before its January)


def _season_ahead(story: Story, year: int, season: str) -> bool:
    """Whether "that summer" (``season`` of BC ``year``, a winter named by its January's year) begins after the story's
    BC time is over, or within the story's year when the story is told by its year alone: the story goes on into it."""
    assert story.bc is not None
    now_year, month = story.bc
    if season not in _SEASON_ORDER:
        return False
    if story.bc_season in _SEASON_ORDER:
        return year < now_year or (year == now_year and _SEASON_ORDER[season] > _SEASON_ORDER[story.bc_season])
    begins = (year + 1, 12) if season == "WI" else (year, _SEASON_START[season])  # (BC year, month) it begins in
    if month is None:
        return begins[0] == now_year or begins[0] < now_year
    return begins[0] < now_year or (begins[0] == now_year and begins[1] > month)


def _century_of_decade(spec: CalendarSpec, story: Story) -> bool:
    """Whether ``spec`` is a century counted from a decade BC the story named last ("In the 120s BC ... the end of the
    century": the decade's century, as in the common era)."""
    return (story.span is not None and story.span[2] and story.span[0] is Grain.DECADE and spec.grain is Grain.CENTURY
            and spec.shift is not None and spec.shift.grain is Grain.CENTURY and spec.shift.amount is not None)


def resolve_bc(spec: CalendarSpec, story: Story, tid: str, moves: bool = True, part_code: Optional[str] = None) -> Optional[tuple[str, TimexAnchor]]:
    """Dates before the common era, which the datetime axis cannot hold: a value without bounds.

    A BC date moves the story into its year (unless ``moves`` is false: a look-back, "since
    513 BC"); while it is there (narrative mode), bare months, days and seasons and "the
    following year" take BC values too; so does a bare part of day, whose TIMEX code is ``part_code``.
    """
    if spec.bc:
        if spec.decade is not None:
            story.span = (Grain.DECADE, spec.decade, True, tid)
            return f"BC{spec.decade:03d}", NO_ANCHOR
        if spec.century is not None:
            story.span = (Grain.CENTURY, spec.century, True, tid)
            return f"BC{spec.century:02d}", NO_ANCHOR
        y, anchor = spec.year, NO_ANCHOR
    elif (story.bc is None and story.span is not None and story.span[2] and spec.shift is not None and spec.shift.amount is not None
          and (spec.grain is spec.shift.grain is story.span[0] or _century_of_decade(spec, story))):
        # "In the 5th century BC ... In the following century", no BC year told yet: counted down from the century named
        # (after a decade named, from its century: "In the 120s BC ... by the end of the century": BC01)
        index = (story.span[1] // 10 if _century_of_decade(spec, story) else story.span[1]) - int(spec.shift.amount)
        width = 3 if spec.grain is Grain.DECADE else 2
        named = TimexAnchor(AnchorKind.TIMEX, story.span[3])
        return (f"BC{index:0{width}d}", named) if index >= 0 else (f"{-index - 1:0{width}d}", named)  # past the era: "00"
    elif (story.bc is not None and story.bc_tid is not None and spec.year is None and spec.decade is None and spec.century is None
          and (spec.relative_word is None or spec.season is not None or (spec.month is not None and spec.day is None))):
        # "the next spring", "the following August" too, no shift written
        anchor = TimexAnchor(AnchorKind.TIMEX, story.bc_tid)
        shift = spec.shift
        if spec.month is not None and spec.day is None and spec.relative_word in ("next", "last"):
            # "January 48 BC ... the following August": the first August after the story's month (one fewer before the
            # era when not later in its year), "the previous August" the last one before it; after a year alone, the
            # year after (before) it, as in the common era
            current = story.bc[1]
            if spec.relative_word == "next":
                year = story.bc[0] - (0 if current is not None and spec.month > current else 1)
                story.bc, story.bc_tid, story.bc_season = (year, spec.month), tid, None
            else:
                year = story.bc[0] + (0 if current is not None and spec.month < current else 1)
            return f"BC{year:04d}-{spec.month:02d}", anchor
        if spec.season is not None and spec.relative_word is not None:  # "the following spring", "that summer"
            year = story.bc[0] - {"next": 1, "last": -1}.get(spec.relative_word, 0)
            told = _SEASON_ORDER.get(story.bc_season or "")
            if told is not None and spec.relative_word in ("next", "last") and spec.season in _SEASON_ORDER:
                # after "the spring of 52 BC", "the following summer" is of 52 BC (a later season of the same year)
                later = _SEASON_ORDER[spec.season] > told if spec.relative_word == "next" else _SEASON_ORDER[spec.season] < told
                year = story.bc[0] if later else year
            if spec.relative_word not in ("next", "last") and spec.season == "WI" and (story.bc[1] is None or story.bc[1] > 2):
                # "in September ... that winter", "In 218 BC ... That winter": the one that begins that December, as in
                # named._season_from_story
                year -= 1
            if spec.relative_word == "next" or (spec.relative_word != "last" and _season_ahead(story, year, spec.season)):
                # "the following spring" moves the story; so does "that summer" after its spring, as in the common era
                # (story._season_ahead): "The war began in the spring of 431 BC. That summer ... The following summer": 430 BC
                if spec.relative_word not in ("next", "last") and spec.season == "WI" and year < story.bc[0]:
                    # a winter turned to from its December's year: a step of years counts from that year, as in the common
                    # era ("In 609 BC ... That winter ... The following year": 608 BC; "Two years later": 607 BC)
                    story.winter_from = tid
                story.bc, story.bc_tid, story.bc_season = (year, None), tid, spec.season
            return f"BC{year:04d}-{spec.season}", anchor
        if shift is not None and shift.grain is Grain.YEAR and shift.amount is not None and spec.grain is Grain.YEAR:
            # "the following year": one fewer before the era; "the year's campaign": the story's year
            # (in narrative mode deictic years count from the story too)
            year = story.bc[0] - int(shift.amount) + (1 if shift.amount > 0 and story.bc_tid == story.winter_from else 0)
            if shift.amount > 0:
                story.bc, story.bc_tid, story.bc_season = (year, None), tid, None
            return f"BC{year:04d}", anchor
        if (shift is not None and shift.grain is Grain.YEAR and shift.amount is not None and spec.day is None
                and (spec.season is not None or spec.month is not None)):
            # "the spring of that year", "August of the following year": of the story's BC year (one fewer for the following)
            year = story.bc[0] - int(shift.amount)
            if shift.amount > 0:
                story.bc, story.bc_tid, story.bc_season = (year, spec.month), tid, spec.season
            return (f"BC{year:04d}-{spec.season}" if spec.season is not None else f"BC{year:04d}-{spec.month:02d}"), anchor
        if shift is not None and shift.amount is not None and shift.grain is spec.grain and shift.grain in (Grain.DECADE, Grain.CENTURY):
            # "the following decade", "the previous century": counted down from the story's year
            size, width = (10, 3) if shift.grain is Grain.DECADE else (100, 2)
            index = story.bc[0] // size - int(shift.amount)
            if story.span is not None and story.span[0] is shift.grain and story.span[2]:  # after "the 470s BC": from that decade
                index, anchor = story.span[1] - int(shift.amount), TimexAnchor(AnchorKind.TIMEX, story.span[3])
            elif _century_of_decade(spec, story):  # "the century" after "the 120s BC": that decade's (BC01), not the year's
                assert story.span is not None
                index, anchor = story.span[1] // 10 - int(shift.amount), TimexAnchor(AnchorKind.TIMEX, story.span[3])
            return (f"BC{index:0{width}d}", anchor) if index >= 0 else None
        if shift is not None and shift.amount is not None and shift.grain is Grain.MONTH and spec.grain is Grain.MONTH and spec.month is None:
            # "the following month", "that month": counted from the story's month (a later month is one fewer before the era
            # past December); with no month told, a month of the story's year
            if story.bc[1] is None:
                return f"BC{story.bc[0]:04d}-XX", anchor
            n = story.bc[1] - 1 + int(shift.amount)
            year, month = story.bc[0] - n // 12, n % 12 + 1
            if shift.amount > 0:
                story.bc, story.bc_tid, story.bc_season = (year, month), tid, None
            return f"BC{year:04d}-{month:02d}", anchor
        if shift is not None and shift.amount is not None and shift.grain is Grain.WEEK and spec.grain is Grain.WEEK:
            # "that same week", "the following week": a week of the story's year whose number the Julian calendar does not
            # give (the era's ISO weeks do not reach it), not the publication's week
            return f"BC{story.bc[0]:04d}-WXX", anchor
        day = story.bc_day[1] if story.bc_day is not None and story.bc_day[0] == story.bc_tid and story.bc[1] is not None else None
        if shift is not None and shift.amount is not None and shift.grain is Grain.DAY and spec.grain is Grain.DAY and day is not None:
            # "30 September 52 BC ... on the following day": counted on the calendar (Julian leap years, 1 BC one of them)
            assert story.bc[1] is not None
            y, m, d = bc_days_on(story.bc[0], story.bc[1], day, int(shift.amount))
            if moves:
                story.bc, story.bc_tid, story.bc_season, story.bc_day = (y, m), tid, None, (tid, d)
            return f"BC{y:04d}-{m:02d}-{d:02d}", anchor
        if shift is not None and shift.amount is not None and shift.grain is Grain.DAY and spec.grain is Grain.DAY:
            # "the next day", "that same day": a day of the story's year (and month) whose date is not known
            month = f"{story.bc[1]:02d}" if story.bc[1] is not None else "XX"
            return f"BC{story.bc[0]:04d}-{month}-XX", anchor
        if (part_code is not None and spec.hour is None and spec.weekday is None and spec.month is None and spec.day is None
                and (shift is None or shift.grain is Grain.DAY)):
            # "that evening", "in the afternoon": a part of a day of the story's year (and month) whose date is not known;
            # of the story's day, or a day counted from it, when the story told it ("3 August 480 BC. That night": its night,
            # "The next morning": the 4th's morning, where the story goes)
            if day is not None:
                assert story.bc[1] is not None
                amount = int(shift.amount) if shift is not None and shift.amount is not None else 0
                y, m, d = bc_days_on(story.bc[0], story.bc[1], day, amount)
                if moves and amount:
                    story.bc, story.bc_tid, story.bc_season, story.bc_day = (y, m), tid, None, (tid, d)
                return f"BC{y:04d}-{m:02d}-{d:02d}T{part_code}", anchor
            month = f"{story.bc[1]:02d}" if story.bc[1] is not None else "XX"
            return f"BC{story.bc[0]:04d}-{month}-XXT{part_code}", anchor
        dated_part = part_code is not None and spec.month is not None and spec.day is not None  # "the morning of 3 August"
        if (shift is not None or spec.weekday is not None or spec.hour is not None or (spec.part_of_day and not dated_part) or spec.quarter
                or spec.half or spec.holiday):
            return None
        if spec.month is not None:
            y = _bc_month_year(story.bc, spec.month)
        elif spec.season is not None:
            y = story.bc[0]
            month = story.bc[1]
            if spec.season == "WI" and story.bc_early is not None and story.bc_early == story.bc_tid:
                pass  # "early in 52 BC ... in midwinter": the winter that opens the year told (as in the common era)
            elif spec.season == "WI" and (month is None or (month > 2 and 12 - month < BACK_WEIGHT * (month - 3))):
                # the winter after the year's campaigns (its January is a year later, one fewer before the era), unless
                # the story's month is nearer the winter before, a step back costing BACK_WEIGHT as in story_pick
                y -= 1
            elif spec.season == "WI" and month is not None:
                moves = False  # "June 479 BC ... Over the winter": a look back that leaves the story in its month
        else:
            return None
    else:
        return None
    assert y is not None
    if spec.month is not None and spec.day is not None:
        value = f"BC{y:04d}-{spec.month:02d}-{spec.day:02d}" + (f"T{part_code}" if part_code is not None and spec.part_of_day else "")
    elif spec.month is not None:
        value = f"BC{y:04d}-{spec.month:02d}"
    elif spec.season is not None:
        value = f"BC{y:04d}-{spec.season}"
    else:
        value = f"BC{y:04d}"
    if moves or story.bc is None:
        story.bc, story.bc_tid, story.bc_season = (y, spec.month), tid, spec.season
        story.bc_day = (tid, spec.day) if spec.month is not None and spec.day is not None else None
        story.bc_early = tid if spec.mod is Mod.START and spec.month is None and spec.season is None and spec.day is None else None
        story.span = None
    return value, anchor


def bc_days_on(year: int, month: int, day: int, days: int) -> tuple[int, int, int]:
    """The BC year, month and day ``days`` days on from ``day`` ``month`` of ``year`` BC (leap years every fourth,
    1 BC, 5 BC ...: the astronomical year 1 - year divisible by four)."""
    stand_in = 2000 if (1 - year) % 4 == 0 else 2001  # a common-era year with the same February
    moved = dt.date(stand_in, month, day) + dt.timedelta(days=days)
    return year - (moved.year - stand_in), moved.month, moved.day
