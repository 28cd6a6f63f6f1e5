"""Resolution: underspecified meanings + reference time + tense + narrative → values and bounds.

News mode anchors deictic expressions ("yesterday", "last week") on the reference time and
anaphoric ones ("two days later", "the following morning") on the narrative's current
time, the last date the text resolved.  Narrative mode (history texts, as in HeidelTime)
anchors both on the narrative's current time.  Conventions for bound widths are in
docs/conventions.md.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Optional

import attrs

from ..lexicon import Lexicon, load_lexicon
from ..model import NO_ANCHOR, REFERENCE_ANCHOR, AnchorKind, Grain, Timex, TimexAnchor, TimexType
from ..recognize.meaning import Anchoring, CalendarSpec, Direction, DurationSpec, Mention, SetSpec, VagueSpec
from . import calendar as cal
from .calendar import Period
from .tense import after_past_signal, clause_tense, opens_past_clause, tense_evidence, until_signal
from ..text import Doc, as_doc
from .values import duration_value, unit_length

__all__ = ["resolve", "bounds_for_mod", "PRE_NARROWED_PARTS"]

# Parts of day whose lexicon hours already say "early"/"late": a START/END mod must not narrow again.
PRE_NARROWED_PARTS = frozenset({"early hours", "small hours", "wee hours", "early morning", "late morning", "early afternoon",
                                "late afternoon", "early evening", "late evening", "late night"})
_DAY = dt.timedelta(days=1)
_EPSILON = dt.timedelta(microseconds=1)
_ADJACENT_AFTER = re.compile(r"\s{0,3}(?:[A-Za-z]{2,20}\s{1,3}time\s{1,3})?(?:on\s{1,3}|,\s{0,2}|of\s{1,3})?$")  # "5 a.m. [Kabul time] on"
_MONTHS_PER = {Grain.MONTH: 1, Grain.QUARTER: 3, Grain.HALF: 6, Grain.YEAR: 12}
_DAY_GRAINS = (Grain.DAY, Grain.PART_OF_DAY, Grain.HOUR, Grain.MINUTE, Grain.SECOND)
_BACK_WEIGHT = 1.5  # narrative mode: a step back in time costs this many steps forward


def bounds_for_mod(period: Period, mod: Optional[str]) -> tuple[Optional[dt.datetime], Optional[dt.datetime]]:
    """Earliest/latest instants of ``period`` under a TIMEX3 mod.

    START/MID/END keep the first/middle/last third ("late 2024" = September to December);
    APPROX widens by one period on each side (at least 30 minutes), leaving a side open
    (None) where the widening would leave the calendar.
    """
    s, e = period.start, period.end
    length = e - s
    if mod == "START":
        return s, s + length / 3
    if mod == "MID":
        return s + length / 3, s + 2 * length / 3
    if mod == "END":
        return e - length / 3, e
    if mod == "APPROX":
        widen = max(length, dt.timedelta(minutes=30))
        return (s - widen if s - dt.datetime.min >= widen else None), (e + widen if dt.datetime.max - e >= widen else None)
    return s, e


@attrs.define
class _Narrative:
    """The story's current time while resolving one document (local to one call)."""

    day: Optional[Period] = None
    day_tid: Optional[str] = None
    any: Optional[Period] = None
    any_tid: Optional[str] = None
    by_grain: dict[Grain, tuple[Period, str]] = attrs.Factory(dict)
    current: Optional[Period] = None  # the story's current time: the last date that moved it
    current_tid: Optional[str] = None
    bc: Optional[tuple[int, Optional[int]]] = None  # the story is in this year (and month) before the common era
    bc_tid: Optional[str] = None
    focus: Optional[Period] = None  # the last period talked about that is not a look-back ("the quarter", not "a year ago")
    focus_tid: Optional[str] = None

    def update(self, period: Period, tid: str, moves: bool = True, looks_back: bool = False) -> None:
        """Record a resolved period; ``moves``: whether it moves the story's current time
        (a decade or century only refers to a span, it does not say when the story is);
        ``looks_back``: a comparison point ("a year ago", "two days earlier"), not what the story is about."""
        if moves or period.grain not in self.by_grain:
            self.by_grain[period.grain] = (period, tid)
        if period.grain > Grain.YEAR:
            return
        if moves:
            self.current, self.current_tid = period, tid
            self.bc = self.bc_tid = None
        if moves or not looks_back:
            self.focus, self.focus_tid = period, tid
        self.any, self.any_tid = period, tid
        if period.grain in _DAY_GRAINS:
            self.day, self.day_tid = period, tid


@attrs.frozen
class _Resolver:
    doc: Doc
    reference: Optional[dt.datetime]
    mode: str
    lexicon: Lexicon

    @property
    def text(self) -> str:
        return self.doc.text

    # ------------------------------------------------------------ anchors

    def anchor_for(self, anchoring: Anchoring, grain: Grain, story: _Narrative) -> tuple[Optional[dt.datetime], TimexAnchor]:
        """The instant a relative expression counts from, and what that instant is."""
        if anchoring is Anchoring.NARRATIVE or self.mode == "narrative":
            fine = grain in _DAY_GRAINS
            # a coarse offset counts from the story's current time, not from a look-back ("a year ago")
            period = story.day if fine else (story.focus or story.any)
            tid = story.day_tid if fine else (story.focus_tid if story.focus is not None else story.any_tid)
            if period is not None and tid is not None:
                return period.start, TimexAnchor(AnchorKind.TIMEX, tid)
        if self.reference is None:
            return None, NO_ANCHOR
        return self.reference, REFERENCE_ANCHOR

    def anchor_window(self, anchoring: Anchoring, grain: Grain, story: _Narrative) -> tuple[Optional[tuple[dt.datetime, dt.datetime]], TimexAnchor]:
        """The span the anchor instant can lie in: the story's current period, or "now"."""
        t, anchor = self.anchor_for(anchoring, grain, story)
        if anchor.kind is AnchorKind.TIMEX:
            period = story.day if grain in _DAY_GRAINS and story.day is not None else (story.focus or story.any)
            if period is not None:
                return (period.start, period.end), anchor
        if anchor.kind is AnchorKind.REFERENCE_TIME:
            return self.now_span(), anchor
        return None, anchor

    def direction(self, spec: CalendarSpec, mention: Mention, default: Direction, reach: int = 1) -> tuple[Direction, bool]:
        """Which way to look for "Saturday"/"March 3", and whether a verb near it said so (its
        own clause's, or with ``reach`` 0 only the one next to it)."""
        if spec.direction is not Direction.TENSE:
            return spec.direction, True
        if after_past_signal(self.text, mention.start):
            return Direction.PAST, True  # "has gained since January"
        tense, level = tense_evidence(self.doc, mention.start, mention.end)
        if tense != "future" and opens_past_clause(self.doc, mention.start):
            return Direction.PAST, True  # "Since the firm bought the unit in February, ..."
        strong = level <= reach  # a verb of its own clause; one further away may be about another time
        if tense == "past":
            if until_signal(self.doc, mention.start):
                return Direction.CLOSEST, False  # "extended its offer until Nov. 9": a deadline, either side of now
            return Direction.PAST, strong
        if tense == "future":
            return Direction.FUTURE, strong
        if tense == "present":
            return Direction.CLOSEST, strong
        return default, False

    def story_pick(self, cands: list[Period], story: _Narrative) -> Optional[Period]:
        """Narrative mode: which year a bare "September", "May 3" or "the summer" falls in.

        The story's current time decides, not the tense (a history is all past tense): a
        current year keeps its own; a current month or day takes the nearest candidate,
        counting a step back as ``_BACK_WEIGHT`` steps ahead, as stories mostly move forward.
        """
        now = story.current
        if self.mode != "narrative" or now is None or not cands:
            return None
        if now.grain >= Grain.YEAR:
            same = [c for c in cands if c.start.year == now.start.year]
            return same[0] if same else None

        def cost(c: Period) -> float:
            if c.start < now.end and now.start < c.end:
                return 0.0
            if c.start >= now.end:
                return (c.start - now.end).total_seconds()
            return _BACK_WEIGHT * (now.start - c.end).total_seconds()

        return min(cands, key=cost)

    def moves_story(self, spec: CalendarSpec, period: Period, mention: Mention, story: _Narrative) -> bool:
        """Narrative mode: whether a resolved date moves the story's current time or only
        refers to a time ("that year", "the previous quarter", a plan "for a campaign in 1810")."""
        shift = spec.shift
        if shift is not None and shift.grain >= Grain.MONTH and ((shift.amount or 0) < 0 or (shift.amount == 0 and shift.anchoring is Anchoring.NARRATIVE)):
            return False  # "that year", "the previous year", "two years ago": they look back
        if spec.same_grain_anchor and spec.year is not None:
            return False  # "the 1988 quarter": a comparison with the story's quarter in another year
        if self.mode != "narrative":
            return True
        now = story.current
        if now is not None and period.grain > now.grain and period.start <= now.start and now.end <= period.end:
            return False  # "in 1702" said on a day of 1702: the story stays on its day
        if _in_parentheses(self.text, mention.start, mention.end):
            return False  # an aside: "(the letters were found in 1790)"
        tense, _ = clause_tense(self.doc, mention.start, mention.end)
        return tense != "future"  # a plan or a prospect does not move the story

    # ------------------------------------------------------------ calendar specs

    def calendar(self, spec: CalendarSpec, mention: Mention, story: _Narrative, day_hint: Optional[tuple[dt.date, str]]) -> tuple[Optional[Period], TimexAnchor]:
        """The period a calendar spec denotes, or None when nothing anchors it."""
        if spec.grain is Grain.WEEK and spec.month is not None and spec.day is not None:  # "the week of March 6"
            day, anchor = self.calendar(attrs.evolve(spec, grain=Grain.DAY), mention, story, day_hint)
            return (None if day is None else cal.containing(day.start, Grain.WEEK)), anchor
        lex = self.lexicon
        if spec.same_grain_anchor and spec.year is not None and spec.grain is Grain.QUARTER:
            return self._quarter_in_year(spec.year, story)
        # absolute
        if spec.year is not None and spec.quarter is None and spec.half is None and spec.season is None and spec.holiday is None:
            if spec.month is None:
                return cal.year(spec.year), NO_ANCHOR
            if spec.day is None:
                return cal.month(spec.year, spec.month), NO_ANCHOR
            try:
                d = dt.date(spec.year, spec.month, spec.day)
            except ValueError:
                return None, NO_ANCHOR
            if spec.hour is not None:
                return cal.minute(dt.datetime(d.year, d.month, d.day, spec.hour, spec.minute or 0)), NO_ANCHOR
            return self._with_part(cal.day(d), spec), NO_ANCHOR
        if spec.decade is not None:
            return cal.decade(spec.decade), NO_ANCHOR
        if spec.century is not None:
            return cal.century(spec.century), NO_ANCHOR

        # clock time with its own day ("9 a.m. Tuesday"): resolve the day, then the minute
        if spec.hour is not None and (spec.weekday is not None or spec.month is not None or (spec.shift is not None and spec.shift.anchoring is Anchoring.REFERENCE)):
            day_period, anchor = self.calendar(attrs.evolve(spec, hour=None, minute=None, grain=Grain.DAY), mention, story, None)
            if day_period is None:
                return None, anchor
            d = day_period.start
            return cal.minute(d.replace(hour=spec.hour, minute=spec.minute or 0)), anchor
        # clock time: the day next to it, else the story's current day
        if spec.hour is not None:
            if day_hint is None:
                anchor_t, anchor = self.anchor_for(Anchoring.NARRATIVE, Grain.DAY, story)
                if anchor_t is None:
                    return None, NO_ANCHOR
                d = anchor_t.date()
            else:
                d, anchor = day_hint[0], TimexAnchor(AnchorKind.TIMEX, day_hint[1])
            return cal.minute(dt.datetime(d.year, d.month, d.day, spec.hour, spec.minute or 0)), anchor

        # pure shifts: "yesterday", "last week", "two days later", "three years ago"
        if spec.shift is not None and spec.weekday is None and spec.month is None and spec.quarter is None and spec.half is None and spec.season is None:
            base, anchor = self.anchor_for(spec.shift.anchoring, spec.shift.grain, story)
            if base is None or spec.shift.amount is None:
                return None, anchor
            amount = spec.shift.amount
            grain = spec.shift.grain
            recent, recent_tid = story.focus, story.focus_tid  # what the story is about, not a look-back ("year-earlier")
            if (grain is Grain.YEAR and spec.inherit_grain and recent is not None and recent_tid
                    and (Grain.MONTH <= recent.grain < Grain.YEAR if anchor.kind is AnchorKind.TIMEX else recent.grain in (Grain.QUARTER, Grain.HALF))):
                # "a year earlier" while the story talks about a quarter: the same quarter a year before;
                # "two years ago" counts from today, and keeps only a reporting period's grain (a quarter)
                moved = cal.add_months(recent.start.date(), 12 * int(amount))
                return cal.containing(dt.datetime(moved.year, moved.month, moved.day), recent.grain), TimexAnchor(AnchorKind.TIMEX, recent_tid)
            if amount != int(amount):
                base = base + dt.timedelta(days=amount * unit_length(grain)[0].days)
                amount, grain = 0, Grain.DAY
            if spec.grain is Grain.WEEKEND:
                return cal.shifted(base, Grain.WEEKEND, int(amount)), anchor
            if spec.same_grain_anchor:
                if spec.grain in story.by_grain:
                    last, tid = story.by_grain[spec.grain]
                    base, anchor = last.start, TimexAnchor(AnchorKind.TIMEX, tid)
                elif self.reference is not None:
                    base, anchor = self.reference, REFERENCE_ANCHOR
                    if spec.grain is Grain.QUARTER:
                        base = cal.shifted(base, Grain.QUARTER, -1).start  # said on publication day: the last reported quarter
                if (spec.relative_word == "latest" and self.reference is not None and amount == 0
                        and cal.containing(base, spec.grain).end > self.reference):
                    # "the latest quarter" has ended: not one still running (or ahead) at publication
                    base, anchor = cal.shifted(self.reference, spec.grain, -1).start, REFERENCE_ANCHOR
            if spec.grain > Grain.DAY and spec.grain != grain and grain in _MONTHS_PER:
                # "the year-earlier quarter": move the instant, keep the grain asked for
                moved = cal.add_months(base.date(), int(amount) * _MONTHS_PER[grain])
                return cal.containing(dt.datetime(moved.year, moved.month, moved.day), spec.grain), anchor
            if (spec.part_of_day and grain is Grain.DAY and amount == 1 and anchor.kind is AnchorKind.TIMEX
                    and story.day is not None and story.day.grain < Grain.DAY):
                # "the following night" after "the early hours of Saturday": the first such part of day
                # that begins after the story's time (Saturday night), not the one on the next date
                for d in (story.day.start.date(), story.day.start.date() + _DAY):
                    following = self._with_part(cal.day(d), spec)
                    if following.start > story.day.start:
                        return following, anchor
            period = cal.shifted(base, grain, int(amount))
            if spec.grain is Grain.PART_OF_DAY or spec.part_of_day:
                period = self._with_part(period, spec)
            return period, anchor

        if spec.shift is not None and spec.shift.anchoring is Anchoring.NARRATIVE and spec.shift.grain is Grain.YEAR:
            base, anchor = self.anchor_for(Anchoring.NARRATIVE, Grain.YEAR, story)  # "August of that year"
        else:
            base, anchor = self.anchor_for(Anchoring.REFERENCE, spec.grain, story)
        if base is None:
            return None, NO_ANCHOR
        year_: Optional[int]
        if spec.shift is not None and spec.shift.grain is Grain.YEAR and spec.shift.amount is not None:
            year_ = base.year + int(spec.shift.amount)
        else:
            year_ = spec.year
        today = base.date()
        story_years: tuple[int, ...] = ()
        if self.mode == "narrative" and story.current is not None and story.current_tid and year_ is None and spec.relative_word is None:
            y0 = story.current.start.year
            story_years = (y0 - 1, y0, y0 + 1)
            story_anchor = TimexAnchor(AnchorKind.TIMEX, story.current_tid)

        if spec.weekday is not None:
            d = self._weekday(spec, mention, today)
            return self._with_part(cal.day(d), spec), anchor
        if spec.holiday is not None:
            entry = lex["holidays"][spec.holiday]
            if year_ is not None:
                return cal.day(cal.holiday_date(entry, year_)), NO_ANCHOR if spec.year else anchor
            if story_years:
                picked = self.story_pick([cal.day(cal.holiday_date(entry, y)) for y in story_years], story)
                if picked is not None:
                    return picked, story_anchor
            direction, strong = self.direction(spec, mention, Direction.PAST)
            cands = [cal.holiday_date(entry, y) for y in (today.year - 1, today.year, today.year + 1)]
            return cal.day(_pick_date(cands, today, direction, strong)), anchor
        if spec.month is not None and spec.day is not None:
            if year_ is not None:
                try:
                    return self._with_part(cal.day(dt.date(year_, spec.month, spec.day)), spec), anchor
                except ValueError:
                    return None, anchor
            if story_years:
                days = []
                for y in story_years:
                    try:
                        days.append(cal.day(dt.date(y, spec.month, spec.day)))
                    except ValueError:
                        pass
                picked = self.story_pick(days, story)
                if picked is not None:
                    return self._with_part(picked, spec), story_anchor
            direction, strong = self.direction(spec, mention, Direction.CLOSEST)
            cands = []
            for y in (today.year - 1, today.year, today.year + 1):
                try:
                    cands.append(dt.date(y, spec.month, spec.day))
                except ValueError:
                    pass
            if not cands:
                return None, anchor
            return self._with_part(cal.day(_pick_date(cands, today, direction, strong)), spec), anchor
        if spec.day is not None and spec.month is None:
            return self._day_of_month(spec, mention, story, today), anchor
        if spec.month is not None:
            if year_ is not None:
                return cal.month(year_, spec.month), anchor
            rel = spec.relative_word
            cands_m = [cal.month(y, spec.month) for y in (today.year - 1, today.year, today.year + 1)]
            if story_years:
                picked = self.story_pick([cal.month(y, spec.month) for y in story_years], story)
                if picked is not None:
                    return picked, story_anchor
            if rel == "this":
                return cal.month(today.year, spec.month), anchor
            if rel == "last":
                return max((p for p in cands_m if p.end <= cal.month(today.year, today.month).start), key=lambda p: p.start), anchor
            if rel == "next":
                return min((p for p in cands_m if p.start >= cal.month(today.year, today.month).end), key=lambda p: p.start), anchor
            direction, strong = self.direction(spec, mention, Direction.CLOSEST)
            return _pick_period(cands_m, base, direction, strong), anchor
        if spec.quarter is not None:
            if year_ is not None:
                return cal.quarter(year_, spec.quarter), anchor if spec.year is None else NO_ANCHOR
            if story_years:
                picked = self.story_pick([cal.quarter(y, spec.quarter) for y in story_years], story)
                if picked is not None:
                    return picked, story_anchor
            current = cal.containing(base, Grain.QUARTER)
            cands_q = [cal.quarter(y, spec.quarter) for y in (today.year - 1, today.year, today.year + 1)]
            direction, strong = self.direction(spec, mention, Direction.PAST, reach=0)
            if direction is Direction.FUTURE and strong:
                # "due in Q3": the next one, this one included, or the one just ended, whose figures
                # come out after it ends ("expects to report third-quarter results" in October)
                return min((p for p in cands_q if p.end >= current.start), key=lambda p: p.start), anchor
            past = [p for p in cands_q if p.start <= current.start]
            return (max(past, key=lambda p: p.start) if past else cands_q[0]), anchor
        if spec.half is not None:
            if story_years:
                picked = self.story_pick([cal.half(y, spec.half) for y in story_years], story)
                if picked is not None:
                    return picked, story_anchor
            y = year_ if year_ is not None else today.year
            return cal.half(y, spec.half), anchor if spec.year is None else NO_ANCHOR
        if spec.season is not None:
            if spec.shift is not None and spec.shift.anchoring is Anchoring.NARRATIVE and spec.relative_word:
                if story.current is None and story.any is None:  # no story yet: "that summer" as a bare "summer"
                    return self.calendar(attrs.evolve(spec, shift=None, relative_word=None if spec.relative_word == "this" else spec.relative_word), mention, story, None)
                return self._season_from_story(spec, story, base), anchor
            if year_ is not None:
                return cal.season(year_, spec.season), anchor if spec.year is None else NO_ANCHOR
            if story_years:
                picked = self.story_pick([cal.season(y, spec.season) for y in story_years], story)
                if picked is not None:
                    return picked, story_anchor
            cands_s = [cal.season(y, spec.season) for y in (today.year - 2, today.year - 1, today.year, today.year + 1)]
            rel = spec.relative_word
            if rel == "this":
                inside = [p for p in cands_s if p.start <= base < p.end]
                return (inside[0] if inside else cal.season(today.year, spec.season)), anchor
            if rel == "last":
                return max((p for p in cands_s if p.end <= base), key=lambda p: p.start), anchor
            if rel == "next":
                return min((p for p in cands_s if p.start > base), key=lambda p: p.start), anchor
            direction, strong = self.direction(spec, mention, Direction.CLOSEST)
            return _pick_period(cands_s, base, direction, strong), anchor
        if spec.grain is Grain.WEEKEND:
            rel = spec.relative_word
            this = cal.containing(base, Grain.WEEKEND)
            if rel == "this":
                return this, anchor
            if rel == "next":
                return (cal.shifted(base, Grain.WEEKEND, 1) if base < this.start else cal.shifted(base, Grain.WEEKEND, 1)), anchor
            last = this if this.end <= base else cal.shifted(base, Grain.WEEKEND, -1)
            if rel == "last":
                return last, anchor
            if this.start <= base < this.end:
                return this, anchor
            nxt = this if this.start > base else cal.shifted(base, Grain.WEEKEND, 1)
            direction, _ = self.direction(spec, mention, Direction.PAST)
            return (nxt if direction is Direction.FUTURE else last), anchor
        if spec.part_of_day is not None:
            base_day, anchor = self.anchor_for(Anchoring.NARRATIVE, Grain.DAY, story)
            if base_day is None:
                return None, NO_ANCHOR
            return self._with_part(cal.day(base_day.date()), spec), anchor
        return None, anchor

    def _quarter_in_year(self, y: int, story: _Narrative) -> tuple[Optional[Period], TimexAnchor]:
        """ "the 2024 quarter": the quarter the story is about (else the last one reported), in year ``y``."""
        if Grain.QUARTER in story.by_grain:
            last, tid = story.by_grain[Grain.QUARTER]
            return cal.quarter(y, (last.start.month - 1) // 3 + 1), TimexAnchor(AnchorKind.TIMEX, tid)
        if self.reference is None:
            return None, NO_ANCHOR
        reported = cal.shifted(self.reference, Grain.QUARTER, -1)
        return cal.quarter(y, (reported.start.month - 1) // 3 + 1), REFERENCE_ANCHOR

    def _day_of_month(self, spec: CalendarSpec, mention: Mention, story: _Narrative, today: dt.date) -> Optional[Period]:
        """ "on the 14th": that day of the month the story is in; with no month in the story,
        of this month, the last or the next as the tense says (past: not after today)."""
        assert spec.day is not None
        month_of = next((p.start for p in (story.current, story.any, story.day) if p is not None and p.grain <= Grain.MONTH), None)
        if month_of is not None:
            first = month_of.date().replace(day=1)
        else:
            first = today.replace(day=1)
            direction, _ = self.direction(spec, mention, Direction.PAST)
            if direction is Direction.PAST and spec.day > today.day:
                first = cal.add_months(first, -1)
            elif direction is Direction.FUTURE and spec.day < today.day:
                first = cal.add_months(first, 1)
        try:
            return cal.day(first.replace(day=spec.day))
        except ValueError:
            return None

    def _season_from_story(self, spec: CalendarSpec, story: _Narrative, base: dt.datetime) -> Period:
        """ "the following spring", "the previous winter", "that summer": seen from the story's
        current period (after its end, before its start, or the one it lies in)."""
        assert spec.season is not None
        now = story.current or story.any or Period(base, base + _DAY, Grain.DAY, "")
        y = now.start.year
        cands = [cal.season(x, spec.season) for x in (y - 2, y - 1, y, y + 1, y + 2)]
        if spec.relative_word == "next":
            return min((p for p in cands if p.start >= now.end or (p.start > now.start and now.grain < Grain.SEASON)), key=lambda p: p.start)
        if spec.relative_word == "last":
            return max((p for p in cands if p.end <= now.start), key=lambda p: p.start)
        inside = [p for p in cands if p.start <= now.start < p.end]
        return inside[0] if inside else cal.season(y, spec.season)

    def _weekday(self, spec: CalendarSpec, mention: Mention, today: dt.date) -> dt.date:
        wd = spec.weekday
        assert wd is not None
        rel = spec.relative_word
        monday = today - dt.timedelta(days=today.isoweekday() - 1)
        if rel == "this":
            return monday + dt.timedelta(days=wd - 1)
        if rel == "next":
            return monday + dt.timedelta(days=7 + wd - 1)
        back = today - dt.timedelta(days=(today.isoweekday() - wd) % 7)
        if rel == "last":
            return back if back < today else back - dt.timedelta(days=7)
        direction, _ = self.direction(spec, mention, Direction.PAST)
        if direction is Direction.PAST:
            return back
        try:
            forward = today + dt.timedelta(days=(wd - today.isoweekday()) % 7)
        except OverflowError:  # the next one lies past 9999-12-31
            if direction is Direction.FUTURE:
                raise
            return back
        if direction is Direction.FUTURE:
            return forward
        if direction is Direction.CLOSEST:
            return back if (today - back) <= (forward - today) else forward
        return back

    def _with_part(self, period: Period, spec: CalendarSpec) -> Period:
        if not spec.part_of_day:
            return period
        entry = self.lexicon["parts_of_day"][spec.part_of_day]
        return cal.part_of_day(period.start.date(), entry["code"], float(entry["start"]), float(entry["end"]), entry.get("clock"))

    # ------------------------------------------------------------ durations and vague references

    def now_span(self) -> Optional[tuple[dt.datetime, dt.datetime]]:
        """When "now" can be: the reference instant, or its whole day if only a date was given."""
        if self.reference is None:
            return None
        if self.reference.time() == dt.time(0):
            return self.reference, self.reference + _DAY
        return self.reference, self.reference

    def lengths(self, spec: DurationSpec) -> tuple[Optional[dt.timedelta], Optional[dt.timedelta]]:
        """Shortest and longest length a duration can have, hedges included; None where
        the length is too long for a ``timedelta`` (999,999,999 days)."""
        lo, hi = unit_length(spec.grain)
        if spec.amount is None and spec.least is not None:  # "millions of years": at least that many, no most
            min_len, max_len = _scaled(lo, spec.least), None
        elif spec.amount is None:
            min_len, max_len = 2 * lo, 9 * hi  # "several years", "a few days": 2 to 9 units
        else:
            min_len, max_len = _scaled(lo, spec.amount), _scaled(hi, spec.amount)
        if spec.hedge:
            low, high = self.lexicon["hedges"].get(spec.hedge, (1.0, 1.0))
            return (None if min_len is None else _scaled(min_len, low)), (None if high < 0 or max_len is None else _scaled(max_len, high))
        return min_len, max_len


_HALF_YEAR = 183
_SEASON_ORDER = ("SP", "SU", "FA", "WI")


def _scaled(unit: dt.timedelta, factor: float) -> Optional[dt.timedelta]:
    """``unit * factor``, or None when that is longer than a ``timedelta`` can hold."""
    try:
        return unit * factor
    except (OverflowError, ValueError):  # too long, or an amount no float can hold
        return None


def _span_now(resolver: _Resolver, meaning: DurationSpec, story: _Narrative) -> tuple[Optional[tuple[dt.datetime, dt.datetime]], TimexAnchor]:
    """The "now" a span such as "the past N years" runs to: the story's day in a narrative, else the reference time."""
    if meaning.anchoring is Anchoring.NARRATIVE and story.day is not None and story.day_tid is not None:
        return (story.day.start, story.day.end), TimexAnchor(AnchorKind.TIMEX, story.day_tid)
    now = resolver.now_span()
    return now, (REFERENCE_ANCHOR if now is not None else NO_ANCHOR)


def _beyond_calendar(resolver: _Resolver, mention: Mention, tid: str, story: _Narrative) -> Timex:
    """A mention whose resolution left the calendar (before year 1, after 9999): its value
    where TIMEX3 can write it, the bound that stays inside the calendar, the other side open."""
    meaning = mention.meaning
    common = dict(tid=tid, text=mention.text, start=mention.start, end=mention.end, rule=mention.rule, furniture=mention.latent)
    if isinstance(meaning, VagueSpec):
        span = resolver.now_span()
        # a side moved out of the calendar is open, unless it moved across "now" ("millions of years
        # ago": latest before year 1), where "now" still bounds it
        earliest = None if span is None else _shifted_or_none(span[0], -meaning.days_before) or (span[1] if meaning.days_before < 0 else None)
        latest = None if span is None else _shifted_or_none(span[1], meaning.days_after) or (span[0] if meaning.days_after < 0 else None)
        if earliest is not None and latest is not None and earliest > latest:
            earliest = latest = None
        anchor = REFERENCE_ANCHOR if span is not None else NO_ANCHOR
        return Timex(type=TimexType.DATE, value=meaning.value, earliest=earliest, latest=latest, anchor=anchor, temporal_function=True, **common)  # type: ignore[arg-type]
    if isinstance(meaning, DurationSpec):
        grain, amount, anchoring = meaning.grain, meaning.amount, meaning.anchoring
        sign = {"earlier": -1, "later": 1}.get(meaning.span or "", 0)
    else:
        assert isinstance(meaning, CalendarSpec)
        shift = meaning.shift
        grain, amount, anchoring = (shift.grain, shift.amount, shift.anchoring) if shift is not None else (meaning.grain, None, Anchoring.REFERENCE)
        plain = amount is not None and amount != 0 and meaning.weekday is None and not meaning.same_grain_anchor
        sign = (1 if amount > 0 else -1) if plain and amount is not None else 0
    earliest = latest = None
    anchor = NO_ANCHOR
    if isinstance(meaning, DurationSpec) and meaning.span in ("past", "next"):
        # as in _resolve_mention: "the past N years" ends at now, "the next N years" starts there
        now, anchor = _span_now(resolver, meaning, story)
        if now is not None:
            earliest, latest = (None, now[1]) if meaning.span == "past" else (now[0], None)
    elif sign:
        window, anchor = resolver.anchor_window(anchoring, grain, story)
        if window is not None:
            # the time lies |amount| units from an instant in window: beyond that instant, and
            # beyond the whole window when the amount exceeds the window plus one unit
            lo, hi = unit_length(grain)
            reach = None if amount is None else _scaled(lo, abs(amount))
            far = amount is not None and (reach is None or reach >= window[1] - window[0] + hi)
            if sign < 0:
                latest = window[0] if far else window[1]
            else:
                earliest = window[1] if far else window[0]
    if isinstance(meaning, DurationSpec):
        min_len, max_len = resolver.lengths(meaning)
        return Timex(
            type=TimexType.DURATION, value=duration_value(meaning.grain, meaning.amount), mod=meaning.mod, earliest=earliest, latest=latest,
            grain=meaning.grain, anchor=anchor, temporal_function=anchor.kind is not AnchorKind.NONE, min_length=min_len, max_length=max_len, **common,  # type: ignore[arg-type]
        )
    value = ("PAST_REF" if sign < 0 else "FUTURE_REF") if sign and meaning.month is None and meaning.quarter is None else _unanchored_value(meaning)
    ttype = TimexType.TIME if meaning.grain < Grain.DAY else TimexType.DATE
    return Timex(type=ttype, value=value, mod=meaning.mod, earliest=earliest, latest=latest, grain=meaning.grain, anchor=anchor, temporal_function=True, **common)  # type: ignore[arg-type]


def _shifted_or_none(t: dt.datetime, days: float) -> Optional[dt.datetime]:
    """``t`` moved by ``days``, or None (an open bound) outside the calendar."""
    try:
        return t + dt.timedelta(days=days)
    except OverflowError:
        return None


def _pick_date(cands: list[dt.date], today: dt.date, direction: Direction, strong: bool) -> dt.date:
    """The candidate the tense points to; when only a distant verb said so and that candidate
    lies over half a year away, the closest one instead."""
    closest = min(cands, key=lambda c: (abs((c - today).days), c > today))
    if direction is Direction.PAST:
        past = [c for c in cands if c <= today]
        pick = max(past) if past else min(cands)
    elif direction is Direction.FUTURE:
        fut = [c for c in cands if c >= today]
        pick = min(fut) if fut else max(cands)
    else:
        return closest
    return pick if strong or abs((pick - today).days) <= _HALF_YEAR else closest


def _pick_period(cands: list[Period], base: dt.datetime, direction: Direction, strong: bool) -> Period:
    """As :func:`_pick_date` for periods: the tense's choice unless over half a year away."""

    def distance(p: Period) -> dt.timedelta:
        if p.start <= base < p.end:
            return dt.timedelta(0)
        return min(abs(p.start - base), abs(base - p.end))

    closest = min(cands, key=lambda p: (distance(p), p.start > base))
    if direction is Direction.PAST:
        past = [p for p in cands if p.start <= base]
        pick = max(past, key=lambda p: p.start) if past else cands[0]
    elif direction is Direction.FUTURE:
        fut = [p for p in cands if p.end > base]
        pick = min(fut, key=lambda p: p.start) if fut else cands[-1]
    else:
        return closest
    return pick if strong or distance(pick) <= dt.timedelta(days=_HALF_YEAR) else closest


def _is_duration_value(value: str) -> bool:
    """Whether a TIMEX3 value is a length ("P1Y", "PXY", "PT3H"), not a date or a reference ("PAST_REF")."""
    return re.match(r"P(?:T|X|\d)", value) is not None


def _unanchored_value(spec: CalendarSpec) -> str:
    """A value with X for what no reference time could fill ("Saturday" with no date known)."""
    if spec.month is not None and spec.day is not None:
        return f"XXXX-{spec.month:02d}-{spec.day:02d}"
    if spec.month is not None:
        return f"XXXX-{spec.month:02d}"
    if spec.weekday is not None:
        return f"XXXX-WXX-{spec.weekday}"
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


def _day_hint(resolver: _Resolver, mentions: list[Mention], i: int, story: _Narrative, cache: dict[int, Timex]) -> Optional[tuple[dt.date, str]]:
    """For a clock time, the date of a day expression written right next to it ("3 a.m. on Sunday")."""
    text = resolver.text
    if i + 1 < len(mentions):
        nxt = mentions[i + 1]
        if isinstance(nxt.meaning, CalendarSpec) and nxt.meaning.hour is None and _ADJACENT_AFTER.match(text[mentions[i].end : nxt.start]) and nxt.start - mentions[i].end <= 30:
            t = cache.get(i + 1) or _resolve_one(resolver, mentions, i + 1, story, cache)
            cache[i + 1] = t
            if t.earliest is not None and t.type in (TimexType.DATE, TimexType.TIME):
                return t.earliest.date(), t.tid
    if i > 0:
        prev = mentions[i - 1]
        gap = text[prev.end : mentions[i].start]
        if isinstance(prev.meaning, CalendarSpec) and len(gap) <= 5 and re.fullmatch(r"[\s,]*(?:at)?\s*", gap) and i - 1 in cache:
            t = cache[i - 1]
            if t.earliest is not None and t.type in (TimexType.DATE, TimexType.TIME) and t.grain in _DAY_GRAINS:
                return t.earliest.date(), t.tid
    return None


@functools.lru_cache(maxsize=None)
def _period_end_words(words: tuple[str, ...]) -> "re.Pattern[str]":
    return re.compile(r"\s{1,3}(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s{1,3}") for w in words) + r")\s{1,3}$", re.IGNORECASE)


def _period_ending(resolver: _Resolver, mentions: list[Mention], i: int, story: _Narrative, cache: dict[int, Timex]) -> Optional[tuple[Period, TimexAnchor]]:
    """ "the quarter ended Sept. 30", "the year ending June 30": the period that ends on the
    date written after it (its quarter or year; a fiscal year is named by the year it ends in)."""
    spec = mentions[i].meaning
    if i + 1 >= len(mentions) or not isinstance(spec, CalendarSpec) or spec.grain not in (Grain.QUARTER, Grain.YEAR, Grain.MONTH):
        return None
    nxt = mentions[i + 1]
    gap = resolver.text[mentions[i].end : nxt.start]
    if len(gap) > 20 or not _period_end_words(tuple(resolver.lexicon["period_end"]["words"])).fullmatch(gap):
        return None
    if not isinstance(nxt.meaning, CalendarSpec) or nxt.meaning.day is None:
        return None
    t = cache.get(i + 1) or _resolve_one(resolver, mentions, i + 1, story, cache)
    cache[i + 1] = t
    if t.earliest is None or t.latest is None or t.grain not in (Grain.DAY,):
        return None
    anchor = TimexAnchor(AnchorKind.TIMEX, t.tid)
    calendar_period = cal.containing(t.earliest, spec.grain)
    if calendar_period.end == t.latest:
        return calendar_period, anchor  # "the quarter ended Sept. 30": the third quarter
    # a fiscal period ("the year ended June 30"): the length that ends with that day, as a duration
    first = cal.add_months(t.latest.date(), -_MONTHS_PER[spec.grain])
    return Period(dt.datetime(first.year, first.month, first.day), t.latest, spec.grain, duration_value(spec.grain, 1.0)), anchor


@functools.lru_cache(maxsize=None)
def _coordination(connectors: tuple[str, ...]) -> "re.Pattern[str]":
    return re.compile(r"\s{0,3}(?:,\s{0,2})?(?:" + "|".join(re.escape(c) for c in connectors) + r")\s{0,3}")


def _with_coordinated_year(lexicon: Lexicon, text: str, mentions: list[Mention], i: int, spec: CalendarSpec) -> CalendarSpec:
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


def _in_parentheses(text: str, start: int, end: int, reach: int = 80) -> bool:
    """Whether [start, end) lies inside a parenthesis closed within ``reach`` characters."""
    before = text[max(0, start - reach) : start]
    after = text[end : end + reach]
    opened = before.rfind("(")
    return opened >= 0 and ")" not in before[opened:] and ")" in after and "(" not in after[: after.find(")")]


def _bc_month_year(story_bc: tuple[int, Optional[int]], month: int) -> int:
    """The BC year of a bare month while the story is in ``story_bc`` (years count down)."""
    y, current = story_bc
    if current is None or month >= current:
        return y
    back, ahead = current - month, 12 - current + month
    return y if _BACK_WEIGHT * back <= ahead else y - 1


def _resolve_bc(spec: CalendarSpec, story: _Narrative, tid: str) -> Optional[tuple[str, TimexAnchor]]:
    """Dates before the common era, which the datetime axis cannot hold: a value without bounds.

    A BC date moves the story into its year; while it is there (narrative mode), bare months,
    days and seasons and "the following year" take BC values too.
    """
    if spec.bc:
        if spec.decade is not None:
            return f"BC{spec.decade:03d}", NO_ANCHOR
        if spec.century is not None:
            return f"BC{spec.century:02d}", NO_ANCHOR
        y, anchor = spec.year, NO_ANCHOR
    elif (story.bc is not None and story.bc_tid is not None and spec.year is None and spec.decade is None and spec.century is None
          and (spec.relative_word is None or (spec.season is not None and spec.shift is not None and spec.shift.anchoring is Anchoring.NARRATIVE))):
        anchor = TimexAnchor(AnchorKind.TIMEX, story.bc_tid)
        shift = spec.shift
        if spec.season is not None and spec.relative_word is not None:  # "the following spring", "that summer"
            year = story.bc[0] - {"next": 1, "last": -1}.get(spec.relative_word, 0)
            story.bc, story.bc_tid = (year, None), tid
            return f"BC{year:04d}-{spec.season}", anchor
        if shift is not None and shift.grain is Grain.YEAR and shift.amount is not None and shift.anchoring is Anchoring.NARRATIVE and spec.grain is Grain.YEAR:
            year = story.bc[0] - int(shift.amount)  # "the following year": one fewer before the era
            if shift.amount > 0:
                story.bc, story.bc_tid = (year, None), tid
            return f"BC{year:04d}", anchor
        if shift is not None or spec.weekday is not None or spec.hour is not None or spec.part_of_day or spec.quarter or spec.half or spec.holiday:
            return None
        if spec.month is not None:
            y = _bc_month_year(story.bc, spec.month)
        elif spec.season is not None:
            y = story.bc[0]
        else:
            return None
    else:
        return None
    assert y is not None
    if spec.month is not None and spec.day is not None:
        value = f"BC{y:04d}-{spec.month:02d}-{spec.day:02d}"
    elif spec.month is not None:
        value = f"BC{y:04d}-{spec.month:02d}"
    elif spec.season is not None:
        value = f"BC{y:04d}-{spec.season}"
    else:
        value = f"BC{y:04d}"
    story.bc, story.bc_tid = (y, spec.month), tid
    return value, anchor


def _offset_date(resolver: _Resolver, meaning: DurationSpec, story: _Narrative, window: tuple[dt.datetime, dt.datetime], anchor: TimexAnchor,
                 earliest: dt.datetime, latest: dt.datetime) -> Optional[Period]:
    """In narrative mode, the calendar period an exact offset points to, when the story's time
    it counts from is at least as precise as the offset's unit ("three years later" from a year)."""
    if resolver.mode != "narrative" or anchor.kind is not AnchorKind.TIMEX or meaning.hedge or meaning.grain < Grain.DAY or meaning.grain > Grain.YEAR:
        return None
    if window[1] - window[0] > unit_length(meaning.grain)[1]:
        return None  # "two days later" after "in 1940": no day to name
    period = cal.containing(earliest, meaning.grain if meaning.grain is not Grain.WEEKEND else Grain.DAY)
    return period if period.end >= latest else None


def _resolve_one(resolver: _Resolver, mentions: list[Mention], i: int, story: _Narrative, cache: dict[int, Timex]) -> Timex:
    try:
        return _resolve_mention(resolver, mentions, i, story, cache)
    except OverflowError:  # calendar arithmetic left year 1..9999 (cal.BeyondCalendar, date overflow)
        return _beyond_calendar(resolver, mentions[i], f"t{i + 1}", story)


def _resolve_mention(resolver: _Resolver, mentions: list[Mention], i: int, story: _Narrative, cache: dict[int, Timex]) -> Timex:
    mention = mentions[i]
    meaning = mention.meaning
    tid = f"t{i + 1}"
    common = dict(tid=tid, text=mention.text, start=mention.start, end=mention.end, rule=mention.rule, furniture=mention.latent)
    if isinstance(meaning, SetSpec):
        return Timex(type=TimexType.SET, value=meaning.value, quant=meaning.quant, freq=meaning.freq, grain=Grain.UNKNOWN, **common)  # type: ignore[arg-type]
    if isinstance(meaning, VagueSpec):
        span = resolver.now_span()
        earliest = latest = None
        if span is not None:
            earliest = span[0] - dt.timedelta(days=meaning.days_before)
            latest = span[1] + dt.timedelta(days=meaning.days_after)
        anchor = REFERENCE_ANCHOR if span is not None else NO_ANCHOR
        ttype = TimexType.DURATION if _is_duration_value(meaning.value) else TimexType.DATE  # "recent years" = PXY, not PAST_REF
        return Timex(type=ttype, value=meaning.value, earliest=earliest, latest=latest, anchor=anchor, temporal_function=True, **common)  # type: ignore[arg-type]
    if isinstance(meaning, DurationSpec):
        min_len, max_len = resolver.lengths(meaning)
        earliest = latest = None
        anchor = NO_ANCHOR
        if meaning.span in ("later", "earlier") and meaning.amount is not None:
            # an offset: the bounds are the time it points to ("two days later" = that day)
            window, anchor = resolver.anchor_window(meaning.anchoring, meaning.grain, story)
            if window is not None:
                sign = 1 if meaning.span == "later" else -1
                low, high = resolver.lexicon["hedges"].get(meaning.hedge, (1.0, 1.0)) if meaning.hedge else (1.0, 1.0)
                unit_lo, unit_hi = unit_length(meaning.grain)
                near = low * meaning.amount * unit_lo
                far = None if high < 0 else high * meaning.amount * unit_hi
                if meaning.grain >= Grain.DAY and not meaning.hedge:
                    n = sign * int(round(meaning.amount))
                    earliest = cal.shifted(window[0], meaning.grain, n).start
                    latest = cal.shifted(max(window[0], window[1] - _EPSILON), meaning.grain, n).end
                elif sign > 0:
                    earliest, latest = window[0] + near, (None if far is None else window[1] + far)
                else:
                    earliest, latest = (None if far is None else window[0] - far), window[1] - near
                if earliest is not None and latest is not None:
                    # a look back or a hedged offset only refers; "two days later" moves the story (narrative mode)
                    moves = resolver.mode != "narrative" or (sign > 0 and not meaning.hedge)
                    story.update(Period(earliest, latest, meaning.grain, ""), tid, moves=moves, looks_back=sign < 0)
                    pointed = _offset_date(resolver, meaning, story, window, anchor, earliest, latest)
                    if pointed is not None:
                        # narrative mode: "two days later" is the date it points to, as a history's reader takes it
                        return Timex(type=TimexType.DATE, value=pointed.value, earliest=earliest, latest=latest, grain=pointed.grain, anchor=anchor,
                                     temporal_function=True, **common)  # type: ignore[arg-type]
        elif meaning.span is not None:
            now, anchor = _span_now(resolver, meaning, story)
            if now is not None:
                if meaning.span == "past":
                    earliest = now[0] - max_len if max_len is not None else None
                    latest = now[1]
                else:
                    earliest = now[0]
                    latest = now[1] + max_len if max_len is not None else None
        return Timex(
            type=TimexType.DURATION, value=duration_value(meaning.grain, meaning.amount), mod=meaning.mod, earliest=earliest, latest=latest,
            grain=meaning.grain, anchor=anchor, temporal_function=anchor.kind is not AnchorKind.NONE, min_length=min_len, max_length=max_len, **common,  # type: ignore[arg-type]
        )
    spec = _with_coordinated_year(resolver.lexicon, resolver.text, mentions, i, meaning)
    if spec.bc or (story.bc is not None and resolver.mode == "narrative"):
        bc = _resolve_bc(spec, story, tid)
        if bc is not None:
            value, anchor_bc = bc
            ttype = TimexType.TIME if spec.grain < Grain.DAY else TimexType.DATE
            return Timex(type=ttype, value=value, mod=spec.mod, grain=spec.grain, anchor=anchor_bc, temporal_function=anchor_bc.kind is not AnchorKind.NONE, **common)  # type: ignore[arg-type]
    day_hint = _day_hint(resolver, mentions, i, story, cache) if spec.hour is not None and spec.year is None else None
    ending = _period_ending(resolver, mentions, i, story, cache) if spec.same_grain_anchor and spec.year is None else None
    period, anchor = ending if ending is not None else resolver.calendar(spec, mention, story, day_hint)
    if period is None:
        ttype = TimexType.TIME if spec.grain < Grain.DAY else TimexType.DATE
        return Timex(type=ttype, value=_unanchored_value(spec), mod=spec.mod, grain=spec.grain, anchor=anchor, temporal_function=True, **common)  # type: ignore[arg-type]
    mod = spec.mod
    clock_hedge = resolver.lexicon["clock_hedges"].get(spec.hedge) if spec.hedge and period.grain is Grain.MINUTE else None
    if clock_hedge is not None and "before" in clock_hedge:  # "shortly before 11 p.m.": 22:30 .. 23:00, not the minute 23:00
        earliest = period.start - dt.timedelta(minutes=clock_hedge["before"])
        latest = period.start + dt.timedelta(minutes=clock_hedge["after"]) if clock_hedge["after"] else period.start
    elif spec.part_of_day in PRE_NARROWED_PARTS:
        earliest, latest = period.start, period.end
    else:
        earliest, latest = bounds_for_mod(period, mod)
    ttype = TimexType.TIME if period.grain < Grain.DAY else TimexType.DATE  # TimeML: a part of day is a TIME
    if _is_duration_value(period.value):  # a fiscal period named by its last day: a length with known bounds
        return Timex(type=TimexType.DURATION, value=period.value, earliest=period.start, latest=period.end, grain=period.grain, anchor=anchor,
                     temporal_function=True, min_length=period.end - period.start, max_length=period.end - period.start, **common)  # type: ignore[arg-type]
    timex = Timex(
        type=ttype, value=period.value, mod=mod, earliest=earliest, latest=latest, grain=period.grain, anchor=anchor,
        temporal_function=anchor.kind is not AnchorKind.NONE, **common,  # type: ignore[arg-type]
    )
    shift = spec.shift
    looks_back = (shift is not None and shift.grain >= Grain.MONTH and (shift.amount or 0) < 0) or (spec.same_grain_anchor and spec.year is not None)
    story.update(period, tid, moves=resolver.moves_story(spec, period, mention, story), looks_back=looks_back)
    return timex


def resolve(mentions: list[Mention], text: "str | Doc", reference_time: Optional[dt.datetime], *, mode: str = "news", language: str = "en") -> tuple[Timex, ...]:
    """Resolve ``mentions`` (in text order) into time expressions with values and bounds."""
    resolver = _Resolver(as_doc(text, language), reference_time, mode, load_lexicon(language))
    story = _Narrative()
    cache: dict[int, Timex] = {}
    out = []
    for i in range(len(mentions)):
        t = cache.pop(i, None) or _resolve_one(resolver, mentions, i, story, cache)
        out.append(t)
    return tuple(out)
