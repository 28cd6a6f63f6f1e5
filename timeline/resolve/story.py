"""The story's time while one document is resolved: what it is about, and whether a date moves it.

News anchors anaphora ("two days later", "that quarter") on the story's current time, the
last date the text resolved; narrative mode (histories) anchors everything there.  A
look-back ("a year ago") or an aside only refers to a time: it does not move the story.
A heading that names one year ("1943: The invasion") holds its section to that year.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Any, Callable, Optional

import attrs

from ..model import REFERENCE_ANCHOR, AnchorKind, Grain, Mod, Timex, TimexAnchor, TimexType
from ..recognize.meaning import Anchoring, CalendarSpec, Direction, DurationSpec, Mention
from ..recognize import BIRTHDAY_RULE, CENTENARY_RULE, DECADE_OF_STORY_RULE, EVE_RULE, POD_OFFSET_RULE, story_decade_rank
from ..text import Doc
from . import calendar as cal
from .calendar import Period
from .picking import absolute_phrase as _absolute_phrase, direction as _direction, joined
from .tense import TenseWords, after_past_signal, clause_tense, completed_by, ends_span, in_past_perfect, met_in_clause, past_form, tense_words

if TYPE_CHECKING:
    from .anchors import Context

__all__ = ["Story", "story_short_years", "part_without_day", "night_timex", "millennium_timex", "regnal_years", "regnal_year", "regnal_moves", "apposed_date", "restated_offset", "timex2_length", "restated_date", "month_name", "season_dated_after", "nth_day_of_event", "nth_day_counted", "first_day_of_event", "range_start_day", "DAY_GRAINS", "SPAN_SIZES", "BACK_WEIGHT", "opens_range", "ASIDE_YEARS", "ASIDE_RETURNS", "story_pick", "moves_story", "is_aside", "looks_ahead", "looks_back", "looks_back_day", "perfect_after_comma", "names_event", "in_parentheses", "past_day_anchor", "dates_planning", "heading_lines", "HEADING_WORDS", "SECTION_SPILL", "SECTION_LEFT", "morning_after", "future_day_anchor", "bc_aside", "rest_of_period", "event_offset", "offset_extents", "HOUR_GRAINS", "quoted_deictic", "said_weekday", "same_day_of_event", "birthday_days", "quoted_shift", "speech_time", "writers_today", "anniversary_in_year", "unknown_digits", "opening_year", "earlier_part", "eve_ahead"]

DAY_GRAINS = (Grain.DAY, Grain.PART_OF_DAY, Grain.HOUR, Grain.MINUTE, Grain.SECOND)
FLASHBACK_NEAR = dt.timedelta(days=3)
"""News: a day told outright in the simple past after a flashback opened moves the story on to it when it ends less than
this before the story's day ("had leaked on Sunday, and builders fixed it on Tuesday", the story on Wednesday: the story
goes on from Tuesday); one further back goes on with the flashback ("had been closed in January ... checked it on February 3"
in a story of March 16), which its paragraph's end closes."""
_G_DAY, _G_QUARTER, _G_YEAR = Grain.DAY, Grain.QUARTER, Grain.YEAR  # (Story.update's reads, once per expression)
FLASHBACK_OPENERS = (Grain.WEEK, Grain.MONTH)  # a past perfect week or month before the story's day opens a flashback too ("had been closed in February")
SPAN_SIZES = {Grain.DECADE: 10, Grain.CENTURY: 100}  # years in a decade, a century
BACK_WEIGHT = 1.5  # narrative mode: a step back in time costs this many steps forward
YEAR_BACK_WEIGHT = 6.0  # ... and a step back out of the year of the story's day (its month, for a season), see story_pick
SENTENCE_BACK = dt.timedelta(days=31)  # narrative mode: how far back of a day told in its sentence a bare date may lie
SENTENCE_BACK_MONTH = dt.timedelta(days=28)  # ... and of a month: the month before it, no earlier
SECTION_LEFT = 2  # narrative mode: that many dates with a year past a year section's, one after the other, leave it
SECTION_SPILL = 1  # narrative mode: a section headed by a year tells of it and of up to this many years after


@attrs.define
class Story:
    """The story's current time while resolving one document (local to one call)."""

    day: Optional[Period] = None
    day_tid: Optional[str] = None
    any: Optional[Period] = None
    any_tid: Optional[str] = None
    by_grain: dict[Grain, tuple[Period, str]] = attrs.Factory(dict)
    current: Optional[Period] = None  # the story's current time: the last date that moved it
    current_tid: Optional[str] = None
    previous: Optional[Period] = None  # narrative: the story's current time before the date that moved it last (a month or day
    # the story jumped from: "in September 1958 ... In February 1959 ... in October" goes back into the months jumped over)
    bc: Optional[tuple[int, Optional[int]]] = None  # the story is in this year (and month) before the common era
    bc_tid: Optional[str] = None
    bc_season: Optional[str] = None  # ... and the season it was told with ("the spring of 52 BC": "SP"), else None
    bc_day: Optional[tuple[str, int]] = None  # ... and the id of the BC date told with its day, and that day ("30 September 52 BC")
    bc_early: Optional[str] = None  # ... and the id of a BC year told early ("early in 52 BC": START, no month), whose winter is its own
    focus: Optional[Period] = None  # the last period talked about that is not a look-back ("the quarter", not "a year ago")
    focus_tid: Optional[str] = None
    days: dict[tuple[int, int], tuple[Period, str]] = attrs.Factory(dict)  # news: the date each bare "Jan. 14" was taken for
    month_names: dict[tuple[int, str], tuple[Period, str]] = attrs.Factory(dict)  # narrative: the month of each proper name told ("the July Crisis")
    ended: dict[Grain, tuple[Period, str]] = attrs.Factory(dict)  # as by_grain, for periods over by publication ("the quarter" reported)
    sentence: int = -1  # the sentence of the expression being resolved
    last: Optional[tuple[int, Period, str]] = None  # the sentence, period and id of the last date resolved (no comparison point)
    section_years: Optional[tuple[int, int]] = None  # narrative: the years a section heading named ("1943: The invasion")
    section_line: int = -1  # the heading line that named them
    under: int = -1  # the last heading line passed
    ahead: int = 0  # dates written with a year past the section's years, one after the other
    section_checked: bool = True  # whether a date with a year has shown the text under it still in the section's years
    in_heading: bool = False  # the expression being resolved lies on a heading line
    heading: int = -1  # the heading line it lies on
    in_title: bool = False  # ... and that line is the first of the text
    headings: Optional[tuple[tuple[int, int], ...]] = None  # narrative: the heading lines of the text, found once
    narrative: bool = False  # the document is resolved in narrative mode
    day_passed: bool = False  # narrative: the story has moved to a month, season or year since its day was told
    aside: bool = False  # narrative: the date being resolved is an aside or a prospect, which no anaphor counts from
    span: Optional[tuple[Grain, int, bool, str]] = None  # the decade or century named since the last date: grain, number, BC, id
    late: Optional[Period] = None  # narrative: the end part of the story's year when it moved to "late 1916", "the end of 1452"
    late_told: Optional[tuple[Period, str]] = None  # narrative: the end part of the story's year told without moving it there, and its id
    sentence_of: dict[str, int] = attrs.Factory(dict)  # id of each date recorded -> its sentence
    end_of: dict[str, int] = attrs.Factory(dict)  # id of each date recorded -> where its expression ends in the text
    bounds_of: dict[str, tuple[dt.datetime, dt.datetime]] = attrs.Factory(dict)  # id of each date recorded -> its bounds ("mid-January": 11-22)
    opening: Optional[tuple[Period, str]] = None  # narrative: the year of the first date written with its year, and its id, for dates told before it
    times: list[tuple[int, tuple[object, ...], tuple[Optional[str], ...]]] = attrs.Factory(list)  # narrative: (end of the expression, story state, its ids) each time the story's time changed
    flashback: bool = False  # narrative: the expression being resolved lies in a clause in the past perfect ("That winter ... had fed")
    aside_closed: bool = False  # narrative: ... and the date recorded last, in its sentence, was an aside whose clause a comma closed before it
    joined: bool = False  # narrative: ... in a clause joined by ", and" to the clause of the date told before it in its sentence
    ranging: bool = False  # narrative: ... is the second end of a range ("from 1914 to [1918]")
    range_to: Optional[tuple[Period, str, int]] = None  # narrative: the last such end recorded, its id and sentence
    last_flashback: bool = False  # narrative: ... and so did the date recorded last ("had feared a strike since 1887")
    hung: bool = False  # narrative: the date being resolved lies in a clause hung on a flashback's main clause ("had first been drawn to it as a girl, when her uncle took her to a lecture in 1874")
    last_hung: bool = False  # narrative: ... and so did the date recorded last
    stepping: bool = False  # narrative: the expression being resolved steps on from a time ("the next year", "two years later", "the following spring")
    set_off: bool = False  # narrative: the date being resolved is an aside set off by commas or parentheses ("once before, in 1861,")
    last_set_off: bool = False  # narrative: ... and so was the date recorded last
    last_aside: bool = False  # narrative: the date recorded last was an aside (see :meth:`set_aside`)
    life: bool = False  # narrative: the date being resolved is a life's date in passing ("Her brother died in 1856")
    last_life: bool = False  # narrative: ... and so was the date recorded last
    told_days: list[tuple[Period, str]] = attrs.Factory(list)  # the days recorded, in the order told, and their ids
    told_on: dict[dt.date, list[str]] = attrs.Factory(dict)  # the same days by date (ids in the order told), to look one up without a scan
    day_from: Optional[dt.datetime] = None  # news: where the story's day was told to begin when only its late part was meant ("late on Friday": 16:00)
    day_window: Optional[tuple[dt.datetime, dt.datetime]] = None  # the bounds of the story's day when it is a hedged clock time ("about 10 p.m.")
    main_day: Optional[tuple[object, ...]] = None  # news: the story's day (see :meth:`leave_for_flashback`) before a past perfect took it back to an earlier day
    flash_end: int = -1  # news: where the last expression of that flashback ends
    spanned: Optional[int] = None  # narrative: where the end of a span ends that runs on from a date told before it in its sentence, with a verb between ("reached it in May and lay there until [the autumn]"), not a range's ("from May to [August]")
    counted: Optional[tuple[str, Period]] = None  # narrative: the id of the last numbered day of an event ("the second day") and its first day
    start_of: dict[str, int] = attrs.Factory(dict)  # id of each date recorded -> where its expression begins in the text
    winter_from: Optional[str] = None  # narrative: the id of the last winter told without its year the story turned to from its December's year
    fiscal_ends: dict[str, Period] = attrs.Factory(dict)  # news: id of the day or month a year was named by ("the year to March 31") -> that year

    def enter(self, doc: Doc, mode: str, start: int, end: Optional[int] = None) -> None:
        """Move to the expression that begins at ``start`` (its sentence; narrative mode: whether it lies on a heading
        line, and whether its clause is in the past perfect)."""
        self.sentence = doc.sentence_index(start)
        self.narrative = mode == "narrative"
        self.aside = self.set_off = self.ranging = self.life = self.hung = False
        if not self.narrative:
            self.back_from_flashback(doc, start)
            return
        self.flashback = end is not None and in_past_perfect(doc, start, end)
        between = doc.text[self.end_of.get(self.last[2], start) : start] if self.last is not None else ""
        self.joined = (self.last is not None and self.last[0] == self.sentence
                       and joined_clause(doc, self.end_of.get(self.last[2], start), start))
        # (a life's date in passing whose own clause the comma of ", and" closes is what the clause joined to it counts from:
        # "Her brother died in 1856, and she came home the next spring": 1857)
        self.aside_closed = (self.last is not None and self.last[0] == self.sentence and self.last_aside and "," in between
                             and not (self.last_life and self.joined and between.count(",") + between.count(";") == 1))
        if self.headings is None:
            self.headings = heading_lines(doc.text)
        k = bisect.bisect_right(self.headings, (start, len(doc.text) + 1)) - 1
        self.in_heading = k >= 0 and self.headings[k][0] <= start < self.headings[k][1]
        self.heading = k if self.in_heading else -1
        self.in_title = self.heading == 0 and not doc.text[: self.headings[0][0]].strip()
        if k > self.section_line and k != self.under:
            self.under, self.section_checked = k, False  # a heading without a date: its text may have left the section's years

    def leave_for_flashback(self, period: Period, end: int, perfect: bool, told_outright: bool) -> None:
        """News: note a day about to be recorded that ends at ``end``; ``perfect``: its clause is in the past perfect;
        ``told_outright``: it names its own day ("on Monday"), not one counted from the story's ("the day after").
        A past perfect day before the story's day opens a flashback ("sank on Thursday. Its owners had failed an
        inspection on Monday"): the day told before it is kept for the story to come back to; the anaphors of the
        flashback's own paragraph go on from its days ("... and repaired the pump the day after").  A day told outright
        outside the past perfect moves the story on: there is nothing to come back to."""
        if (perfect and self.main_day is None and self.day is not None and (period.grain in DAY_GRAINS or period.grain in FLASHBACK_OPENERS)
                and period.end <= self.day.start):
            self.main_day = (self.day, self.day_tid, self.day_from, self.day_window, self.focus, self.focus_tid)
        elif (self.main_day is not None and told_outright and not perfect
              and period.end > self.main_day[0].start - FLASHBACK_NEAR):  # type: ignore[attr-defined]
            self.main_day = None  # (a day told in the simple past well before the story's goes on with the flashback)
        if self.main_day is not None:
            self.flash_end = end

    def back_from_flashback(self, doc: Doc, start: int) -> None:
        """News: at the first expression after the paragraph of a flashback has ended (see :meth:`leave_for_flashback`),
        the story is back on the day told before it, and on what it was about then ("... the day after.\n\nThe crew were
        picked up that evening": the evening of the sinking, a day the story has come back to, not one it left behind)."""
        if self.main_day is None or self.flash_end < 0 or not _PARAGRAPH_BREAK.search(doc.text, self.flash_end, start):
            return
        self.day, self.day_tid, self.day_from, self.day_window, self.focus, self.focus_tid = self.main_day  # type: ignore[assignment]
        self.main_day, self.flash_end = None, -1

    def remember(self, at: int) -> None:
        """Narrative mode: note the story's time after the expression that ends at ``at``, when it changed, for an
        offset from an event told earlier to go back to ("eight days after Fort Sumter", see :func:`event_offset`)."""
        key = (self.current_tid, self.day_tid, self.bc_tid)
        if self.narrative and (not self.times or self.times[-1][2] != key) and any(key):
            self.times.append((at, self.saved(), key))

    def saved(self) -> tuple[object, ...]:
        """What the story's current time is made of (see :meth:`restore`)."""
        return tuple(getattr(self, name) for name in _STATE)

    def restore(self, state: tuple[object, ...], recalled: bool = False) -> None:
        """Put back a state :meth:`saved` returned; ``recalled``: an earlier one, so no look-back of the sentence it was in holds."""
        for name, value in zip(_STATE, state):
            setattr(self, name, value)
        if recalled:
            self.last = None

    def set_aside(self, set_off: bool = False) -> bool:
        """Mark the date being resolved as an aside or a prospect ("(found in 1790)", "planned for
        1853", a year outside the section): it neither moves the story nor becomes what "that
        month", "five years previously" count from; ``set_off``: by commas or parentheses, so not even
        the rest of its sentence counts from it (see :meth:`local`).  Returns False, the date does not move the story."""
        self.aside, self.set_off = True, set_off
        return False

    def out_of_section(self, spec: CalendarSpec, period: Period) -> bool:
        """Narrative mode: whether a date written with its year lies outside the years of the
        section heading it is under ("2008: The army rearms" ... "as opposed to a peak in summer
        2007"): a comparison or a look-back that does not move the story.  Under a later heading
        without a date, the first date written with a year says whether the text is still in
        those years ("Spring offensives" ... "on March 31, 2008") or has left them ("Aftermath" ...
        "In 2011"): then the section is over; so it is after ``SECTION_LEFT`` dates past its years
        one after the other ("The war in the east, 1941" ... "In 1943 ..., and in 1944 ...")."""
        if self.section_years is None or self.in_heading or spec.year is None:
            return False
        first, last = self.section_years
        ahead = period.start.year > last + SECTION_SPILL
        out = (period.end - dt.timedelta(microseconds=1)).year < first or ahead
        self.ahead = self.ahead + 1 if ahead else 0
        if not self.section_checked or self.ahead >= SECTION_LEFT:
            self.section_checked = True
            if out:
                self.section_years = None
                return False
        return out

    def now(self) -> Optional[Period]:
        """The story's current time as a bare month or season is placed from: the end part of
        its year when it moved to "late 1916" (a later "March" is of 1917), else all of it."""
        return self.late or self.current

    def local(self) -> Optional[tuple[Period, str]]:
        """The date named last in the sentence being resolved when it is not what the story is
        about (a look-back): "Two years ago a fire killed four workers, and the rules were
        tightened the following spring" counts from it, not from the story's time; so does, in a clause in the past
        perfect, the look-back of the sentence before (:meth:`flashback_local`)."""
        if (self.last is None or self.last[0] != self.sentence or self.last[2] in (self.focus_tid, self.current_tid) or self.last_set_off
                or self.aside_closed):
            # (nor an aside set off by commas: "had crossed it once before, in 1861, and had spent the previous winter ...";
            # nor one in a clause closed before it: "His predecessor, who had held the see since 1270, had left ..., and that
            # year Anselm sold ...")
            return self.flashback_local()
        return self.last[1], self.last[2]

    def step_from(self, now: Period) -> Period:
        """Narrative mode: what "the following spring", "the following March" count from: the end of the story's year told
        last (:attr:`late_told`, in its sentence or the one before) when it lies after ``now``, else ``now``."""
        told = self.late_told
        if (told is None or self.last is None or self.last[2] != told[1] or self.last[0] < self.sentence - 1
                or told[0].start < now.end):
            return now
        return told[0]

    def after_range(self, grain: Grain) -> Optional[tuple[Period, str]]:
        """Narrative mode: the second end of a range told in an earlier sentence with no date told since, at least as
        precise as ``grain``: what a step forward counts from ("The war lasted from 1914 to 1918. Two years later": 1920),
        while the story itself stays at the range's start, where its telling begins (see :func:`moves_story`)."""
        told = self.range_to
        if not self.narrative or told is None or told[2] >= self.sentence or self.any_tid != told[1] or told[0].grain > grain:
            return None
        return told[0], told[1]

    def flashback_local(self) -> Optional[tuple[Period, str]]:
        """Narrative mode: in a clause in the past perfect, the look-back named last in the sentence before, in the past
        perfect too and before the story's time ("The owners had feared a strike since 1887. That winter a committee had
        fed the families": the winter of 1887, not of the story's 1891); else None."""
        if (not (self.flashback or (self.stepping and self.last_hung)) or not self.last_flashback or self.last is None or self.last[0] != self.sentence - 1 or self.current is None
                or self.last[2] in (self.focus_tid, self.current_tid) or self.last[1].end > self.current.start or self.last_aside):
            # (an aside is no look-back the story went to: "the first town it had held since the war of 1650. The previous
            # month had been quiet": the month before the story's)
            return None
        return self.last[1], self.last[2]

    def reported(self, grain: Grain) -> Optional[tuple[Period, str]]:
        """The last period of ``grain`` the story named that was over by publication ("the
        quarter" after a forecast for the next one is still the quarter reported), else the last one."""
        return self.ended.get(grain) or self.by_grain.get(grain)

    def leave_reporting_period(self) -> None:
        """The story now talks about a span that is no reporting quarter ("for the nine months"):
        "a year earlier" after it is the year before, not the last quarter named a year before."""
        if self.focus is not None and Grain.MONTH < self.focus.grain < Grain.YEAR:
            self.focus = cal.containing(self.focus.start, Grain.YEAR)

    def move_year(self, tid: str, years: int) -> None:
        """The date recorded as ``tid`` was moved ``years`` years after it was recorded ("Sept. 17-18": the
        range's end, first taken for last year's, is the year of its start): every record of it moves too,
        so that "the next day" after the range counts from the day as it was finally read."""

        def moved(record: Optional[Period]) -> Optional[Period]:
            if record is None:
                return None
            try:
                start, end = record.start.replace(year=record.start.year + years), record.end.replace(year=record.end.year + years)
            except ValueError:  # Feb. 29 in a year without it
                return record
            value = f"{int(record.value[:4]) + years:04d}{record.value[4:]}" if record.value[:4].isdigit() else record.value
            return Period(start, end, record.grain, value)

        if self.day_tid == tid:
            self.day = moved(self.day)
        if self.any_tid == tid:
            self.any = moved(self.any)
        if self.current_tid == tid:
            self.current = moved(self.current)
        if self.focus_tid == tid:
            self.focus = moved(self.focus)
        if self.last is not None and self.last[2] == tid:
            self.last = (self.last[0], moved(self.last[1]) or self.last[1], tid)
        for table in (self.by_grain, self.ended):
            for grain, (p, t) in list(table.items()):
                if t == tid:
                    table[grain] = (moved(p) or p, t)
        for key, (p, t) in list(self.days.items()):
            if t == tid:
                self.days[key] = (moved(p) or p, t)

    def update(self, period: Period, tid: str, moves: bool = True, looks_back: bool = False, ended: bool = False, settles: bool = False,
               comparison: bool = False, late_from: Optional[dt.datetime] = None, period_end: bool = False) -> None:
        """Record a resolved period; ``moves``: whether it moves the story's current time
        (a decade or century only refers to a span, it does not say when the story is);
        ``looks_back``: a comparison point ("a year ago", "two days earlier"), not what the story is about;
        ``ended``: the period was over by publication (a reported quarter, not a forecast one);
        ``settles``: it names the reported period outright ("the quarter ended Sept. 30");
        ``comparison``: a point of comparison ("up from a year ago"), which no anaphor counts from;
        ``late_from``: where the end part of a year begins, when the date is written as it ("late 1916");
        ``period_end``: the last day of a period named just before it ("the 12 weeks to November 8"), which in news is no
        day a later part of a day ("by midday") belongs to.

        The quarter a report is about is the first one over by publication that it names ("third-quarter
        net rose ... After a flat second quarter ..., the year-earlier period" is the third quarter's),
        unless a later one is named by its last day."""
        self.sentence_of[tid] = self.sentence
        if self.ranging:
            self.range_to = (period, tid, self.sentence)
        grain = period.grain  # (read below: enum members as module names, read faster)
        if grain is _G_DAY and tid:
            self.told_days.append((period, tid))
            self.told_on.setdefault(period.start.date(), []).append(tid)
        # a date of a flashback ("since 1887. That winter ... had fed") is no more what the story is about than its look-back
        flash = not moves and self.current is not None and period.end <= self.current.start and self.flashback_local() is not None
        if moves or period.grain not in self.by_grain:
            self.by_grain[period.grain] = (period, tid)
        first_only = grain is _G_QUARTER and not settles
        if ended and not looks_back and ((moves and not first_only) or period.grain not in self.ended):
            self.ended[period.grain] = (period, tid)
        if grain > _G_YEAR:
            if period.grain in SPAN_SIZES and not looks_back:
                self.span = (period.grain, period.start.year // SPAN_SIZES[period.grain], False, tid)
            if not comparison and not self.narrative:
                self.last = (self.sentence, period, tid)  # news: "signed in the early 1990s and renewed a decade later"
            return
        if moves or not looks_back:
            self.span = None
        if self.in_heading:
            if self.section_line == self.heading or looks_back or self.in_title:
                # a range ("Reconstruction, 1865-1877") or an open span ("... since 1950") heads a theme, not a stretch
                # of the story; so does the title ("The War of 1812")
                self.section_years = None
            else:
                self.section_years = (period.start.year, (period.end - dt.timedelta(microseconds=1)).year)
            self.section_line = self.under = self.heading
            self.section_checked, self.ahead = True, 0
        if not comparison:
            self.last = (self.sentence, period, tid)
            self.last_flashback, self.last_set_off, self.last_aside, self.last_life = self.flashback, self.set_off, self.aside, self.life
            self.last_hung = self.hung
        # "In January 1924 ... By the end of 1924 the firm had failed, and the following spring": the end of the story's year
        # told while the story stays on its earlier time (a bare date after it may still step back: "By late 1949 ... On
        # April 23"), from which a step forward of a season or month counts (see :meth:`step_from`)
        self.late_told = ((Period(late_from, period.end, Grain.MONTH, period.value), tid)
                          if self.narrative and not moves and late_from is not None and period.grain is Grain.YEAR and self.current is not None
                          and period.start <= self.current.start and self.current.end <= late_from else None)
        if moves:
            self.previous = self.current
            self.current, self.current_tid = period, tid
            # "By late 1916 ... That winter", "... In March": seen from the year's end, not from all of it
            self.late = (Period(late_from, period.end, Grain.MONTH, period.value)
                         if self.narrative and late_from is not None and period.grain is Grain.YEAR else None)
            self.bc = self.bc_tid = self.bc_season = None
            self.day_passed = self.narrative  # "In June 1651 ... On the same day": not a day of 1645 told before
        if moves or not (looks_back or flash or (self.flashback and self.current is not None and period.end <= self.current.start) or (self.aside and self.current is not None)):  # a first date is what the story is about
            self.focus, self.focus_tid = period, tid
        self.any, self.any_tid = period, tid
        if self.narrative and moves and period.grain is Grain.WEEK and period.end - period.start == dt.timedelta(days=1):
            # "a fortnight later" from a day (or its evening) points to one day: the story's day now ("... the next morning");
            # a calendar week ("the first week of June 1651") is no day
            self.day, self.day_tid, self.day_passed = Period(period.start, period.end, Grain.DAY, period.start.strftime("%Y-%m-%d")), tid, False
        elif period.grain in DAY_GRAINS and not (self.narrative and (looks_back or self.flashback or self.aside) and not moves and self.day is not None
                                                 and not self.day_passed) and not (comparison and looks_back and not moves and not self.narrative) \
                and not (period_end and not self.narrative):
            # (news: "to 6.12 percent from 6.08 percent late Wednesday" is a point of comparison: the story keeps its day)
            # (narrative: "On 7 December ... A day earlier ... The following day" counts from the 7th, not from the look-back;
            # so does "entered the city on 14 September, which its people had abandoned the day before. That night")
            self.day, self.day_tid = period, tid
            self.day_passed = False
            self.day_from = late_from if not self.narrative and grain is _G_DAY else None


_STATE = ("day", "day_tid", "day_from", "day_window", "current", "current_tid", "previous", "focus", "focus_tid", "any", "any_tid", "last", "last_flashback", "last_set_off", "last_aside", "last_life", "day_passed", "late", "late_told", "bc", "bc_tid", "bc_season", "bc_day", "bc_early", "span")


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")  # a blank line ends a paragraph

HEADING_WORDS = 12  # a heading line has at most this many words
_SENTENCE_END = ".!?;,:"
_HEADING_MARKS = "#="  # Markdown and wiki heading marks


def heading_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each heading line of ``text``: a line of its own, followed by a blank line
    (or the end), of a few words, that begins with a capital or a digit and does not end as a sentence
    does ("1943: The invasion", "Spring offensives", "## 1943", "== 1943 =="); not the lines of a
    hard-wrapped paragraph, which run on into each other."""
    out = []
    lines = text.split("\n")
    start = 0
    for k, raw in enumerate(lines):
        end = start + len(raw)
        line = raw.strip().strip(_HEADING_MARKS).strip()
        blank_after = k + 1 >= len(lines) or not lines[k + 1].strip()
        if (line and blank_after and (line[0].isupper() or line[0].isdigit()) and line[-1] not in _SENTENCE_END
                and len(line.split()) <= HEADING_WORDS):
            out.append((start, end))
        start = end + 1
    return tuple(out)


def joined_clause(doc: Doc, start: int, end: int) -> bool:
    """Whether the text between two dates of a sentence holds a comma or semicolon and "and" ("or") that join a clause to
    the first one's, with no relative or subordinate clause opened after it: "announced it on 12 March, and the academy
    gave her its prize in December"; not "surrendered after a siege that began in January"."""
    cues = tense_words(doc.language)
    words = [w.lower() for w in _WORD.findall(doc.text, start, end)]
    at = next((k for k in range(len(words) - 1, 0, -1) if words[k] in cues.list_words and words[k - 1] in (",", ";")), None)
    return at is not None and not any(w in cues.boundaries or w in cues.relatives for w in words[at + 1 :])


def opens_range(ctx: "Context", mention: Mention) -> bool:
    """Narrative mode: whether ``mention`` is the first end of a range told as one piece: a word of ``[date_pairs]
    range_openers`` right before it and a connector of ``ordered`` (or "and" after "between") right after it ("from
    [October] to March", "between [May] and August")."""
    pairs = ctx.lexicon["date_pairs"]
    openers = pairs.get("range_openers", ())
    if not openers:
        return False
    before = _WORD.findall(ctx.text, max(0, mention.start - 16), mention.start)
    after = _WORD.findall(ctx.text, mention.end, min(len(ctx.text), mention.end + 12))
    if not before or not after or before[-1].lower() not in openers:
        return False
    link = after[0].lower()
    return link in pairs.get("ordered", ()) or (link == "and" and before[-1].lower() in pairs.get("openers", ()))


def story_pick(mode: str, cands: list[Period], story: Story, before: bool = False, ahead: bool = False,
               opening: bool = False) -> Optional[Period]:
    """Narrative mode: which year a bare "September", "May 3" or "the summer" falls in.

    The story's current time decides, not the tense (a history is all past tense): a
    current year keeps its own; a current month or day takes the nearest candidate,
    counting a step back as ``BACK_WEIGHT`` steps ahead, as stories mostly move forward.
    With ``before`` (a past perfect clause: "had spent the spring organizing"), only the
    candidates that begin before the story's current time ends; with ``ahead`` (the point by which something happened:
    "in March was increased to 200,000 by December"), only those that do not end before a date told earlier in its sentence.  A later date named earlier in
    the same sentence that did not move the story ("held the town until October 15") counts
    as its time: the dates of one sentence follow each other.  ``opening``: the candidates are the first end of a range
    told as one piece (:func:`opens_range`), which may step back from a month as far as the range's end allows.
    """
    now = story.now() or (story.opening[0] if story.opening is not None else None)  # before any year, the text's first
    if mode != "narrative" or now is None or not cands:
        return None
    last = story.last
    if (last is not None and last[0] == story.sentence and not story.last_aside and now.grain < Grain.YEAR and (last[1].grain <= Grain.MONTH or last[1].grain is Grain.YEAR)
            and last[1].start > now.start):
        # a sentence's dates follow each other: "... until October 15, and reached the coast on December 10"; "The offensive of
        # 1916 opened on 1 July" told on a day of 1915 (a year naming an event does not move the story, its date does)
        now = last[1]
    ended = story.range_to
    if (ended is not None and ended[2] == story.sentence - 1 and story.any_tid == ended[1] and story.spanned == story.end_of.get(ended[1])
            and not before and now.grain < Grain.YEAR and ended[0].grain < Grain.YEAR and ended[0].start > now.start):
        # the sentence before ended a span that ran on from the story's time: "reached Jamaica in May and lay there until
        # the autumn. During the winter": the winter after that autumn (a range told "from May to August" is told from its start)
        now = ended[0]
    if before and now.grain < Grain.YEAR:
        cands = [c for c in cands if c.start < now.end] or cands
    elif (last is not None and last[0] == story.sentence and not story.last_aside and not story.last_flashback and not story.flashback
          and story.joined and now.grain <= Grain.MONTH and last[1].start >= now.start):
        # the clauses of a sentence joined by ", and" follow each other: "announced it on 12 March, and the prize came in
        # December" (not the December before; "surrendered after a siege that began in January" looks back); a step of
        # days back is a clause told alongside ("fell on 14 July, and the fort was taken on 12 July")
        # (after a month, at most the month before it: "In March 1917 ..., and in January" is 1918's)
        back = SENTENCE_BACK if now.grain in DAY_GRAINS else SENTENCE_BACK_MONTH
        cands = [c for c in cands if c.end > now.start - back] or cands
    if ahead and not before and now.grain < Grain.YEAR and last is not None and last[0] == story.sentence and not story.last_aside:
        # (after a date told earlier in its sentence: "in March was increased to 200,000 by December"; alone, "was
        # repulsed by late September" may look back a little at what the story told)
        cands = [c for c in cands if c.end > last[1].start] or cands
    if story.section_years is not None:  # under "2008: ...", a bare "March" is of 2008, wherever the overview ended
        first, last = story.section_years
        last = max(last, (now.end - dt.timedelta(microseconds=1)).year)  # ... unless the story went on into 2009
        cands = [c for c in cands if c.start.year <= last and first <= (c.end - dt.timedelta(microseconds=1)).year] or cands
    if now.grain >= Grain.YEAR:  # the candidate mostly in that year (a winter is its January's year's)
        same = [c for c in cands if (c.start + (c.end - c.start) / 2).year == now.start.year]
        return same[0] if same else None

    def cost(c: Period) -> float:
        if c.start < now.end and now.start < c.end:
            return 0.0
        if c.start >= now.end:
            return (c.start - now.end).total_seconds()
        weight = BACK_WEIGHT
        if (c.end - dt.timedelta(microseconds=1)).year < now.start.year and (
                (now.grain in DAY_GRAINS and c.grain in (Grain.MONTH, Grain.SEASON)) or (now.grain is Grain.MONTH and c.grain is Grain.SEASON)
                or (((now.grain is Grain.MONTH and c.grain is Grain.MONTH) or (now.grain in DAY_GRAINS and c.grain is Grain.DAY)) and not opening
                    and not (story.previous is not None and story.previous.grain <= Grain.MONTH and story.previous.end <= c.start))):
            # a bare month or season after a day told with its year, a season after a month: a step back out of that year
            # costs more ("On 14 March 1204 he was seized ... released in November": 1204's; "launched in March 1794 ...
            # sailed in the autumn": 1794's; a month after a month too, "In March 1924 ... In December": 1924's, unless the story
            # had just jumped over it ("September 1958 ... In February 1959 ... in October": 1958's) or it opens a range)
            weight = YEAR_BACK_WEIGHT
        return weight * (now.start - c.end).total_seconds()

    return min(cands, key=cost)


def moves_story(ctx: "Context", spec: CalendarSpec, period: Period, mention: Mention, story: Story,
                mentions: Optional[list[Mention]] = None) -> bool:
    """Narrative mode: whether a resolved date moves the story's current time or only
    refers to a time ("that year", "the previous quarter", a plan "for a campaign in 1810"); ``mentions``: the text's
    time expressions, whose words are no tense cue of another (see :func:`future_cue_outside`)."""
    shift = spec.shift
    if (shift is not None and shift.grain >= Grain.MONTH and ((shift.amount or 0) < 0 or (shift.amount == 0 and shift.anchoring is Anchoring.NARRATIVE))
            and not (ctx.mode == "narrative" and (_counts_ahead(ctx, spec.relative_word) or _season_ahead(spec, period, story)))
            and not (ctx.mode == "news" and month_of_shifted_year(spec) and shift.anchoring is Anchoring.REFERENCE)):
        return False  # "that year", "the previous year", "two years ago": they look back ("the following summer" moves on)
    if ctx.mode == "narrative" and looks_back_day(spec) and perfect_after_comma(ctx, mention):
        return False  # "On 3 September ... The day before, eleven had died. The next day": the 4th, counted from the story's day
    if spec.same_grain_anchor and spec.year is not None:
        return False  # "the 1988 quarter": a comparison with the story's quarter in another year
    if ctx.mode != "narrative":
        return True
    if (shift is not None and shift.grain in DAY_GRAINS and shift.anchoring is Anchoring.NARRATIVE and story.current is not None
            and story.current.grain not in DAY_GRAINS and (story.day is None or story.day_passed)):
        return False  # "In 1987 ... That day": a day the story cannot place does not move it off its year
    if quoted_title(ctx.text, mention.start, mention.end):
        return story.set_aside(set_off=True)  # a title in quotation marks (the song "White Christmas" was played) names no time
    if story.current is not None and period.end <= story.current.start and in_quotation(ctx.text, mention.start, mention.end):
        # a speaker looking back in a quotation is no time the story goes to: '"We sailed from Plymouth on 12 April," Drake
        # wrote' told on 2 May: "The next day" is the 3rd (reported, "wrote that he had sailed", is a past perfect); a
        # quoted date after the story's time tells it on ('"On 14 June we reached the lake," he wrote. Two days later')
        return story.set_aside()
    if range_end(ctx, mention, story):
        if clause_tense(ctx.doc, mention.start, mention.end)[0] == "future":
            return story.set_aside()  # a prospect's span: "wrote in December that the pits would stay shut until [the spring of 1928]"
        if in_parentheses(ctx.text, mention.start, mention.end) and story.current is not None:
            return story.set_aside(set_off=True)  # a life's span in passing: "In 1916 the general (1865-1929) took command"
        story.ranging = True  # (a step forward in a later sentence counts from it, see Story.after_range)
        first_end = story.end_of.get(story.any_tid or "", mention.start)
        between = [w.lower() for w in _WORD.findall(ctx.text, first_end, mention.start)]
        story.spanned = mention.end if len(between) > RANGE_LINK_WORDS else None
        lasting = set(ctx.lexicon.tables.get("look_ahead_spans", {}).get("lasting", ()))
        if (story.spanned is not None and story.current is not None and period.start.year - story.current.start.year > SPAN_AHEAD_YEARS
                and not lasting & set(between)):
            # a state told to run on far beyond the story's date is a look ahead: "surrendered on 14 September 1571, and the
            # Venetians held it until 1617. The following spring": 1572 (not "began in 1702 and lasted until 1709")
            story.ranging = False
            return story.set_aside()
        return False  # "fought between August 1916 and March 1917": the story is at the range's start, where its telling begins
    if looks_ahead(ctx, spec):
        return story.set_aside()  # a prospect someone speaks of: "envisioned the withdrawal of troops by next summer"
    now = story.current
    if now is not None and period.grain > now.grain and period.start <= now.start and now.end <= period.end:
        return False  # "in 1702" said on a day of 1702: the story stays on its day
    if story.out_of_section(spec, period):
        return story.set_aside()  # "1820: The rising" ... "worse than the defeat of 1815": a year outside the section is an aside
    if spec.year is not None and names_event(ctx, mention):
        if now is not None and now.grain <= Grain.YEAR and now.start.year - period.start.year >= ASIDE_YEARS:
            # years before the story's time ("In 1850 the port was governed under the charter of 1712. Two years later"): no
            # more what a step counts from than a look-back (a later one is where the story goes: "In 1650 ... In the great
            # fire of 1666 the market burned. The following year": 1667)
            return story.set_aside()
        if now is not None and period.start >= now.end and _event_opens_sentence(ctx, mention) and not in_past_perfect(ctx.doc, mention.start, mention.end):
            return True  # "At the Olympics of 1912 he won two medals. The final was swum on the 10th of July": 1912's
        return False  # "the new taxes of 1355 fell on the survivors": a year that names an event refers to it, the story stays
    ahead = goes_on_ahead(ctx, mentions, mention, period, story)
    if (now is not None and abs(now.start.year - period.start.year) >= ASIDE_YEARS and now.grain <= Grain.YEAR and not ahead
            and between_commas(ctx, mention) and not opens_sentence(ctx, mention)):
        return story.set_aside(set_off=True)  # an aside set off by commas, years away: "The old constitution, of 1831, was abolished" told in 1848
    if (now is not None and abs(now.start.year - period.start.year) >= ASIDE_YEARS and now.grain <= Grain.YEAR
            and not opens_sentence(ctx, mention) and ((in_modifier_clause(ctx, mention) and not ahead) or (after_life_word(ctx, mention) and not in_time_clause(ctx, mention)))):
        # a date in a clause that describes someone or something, years away: "The fort, built in the 1690s and rebuilt
        # after 1760, barred the road", "Its colonel, who was born in 1771 and trained ..., held it"; "was born in 1771"
        story.life = after_life_word(ctx, mention)
        return story.set_aside()
    if (now is not None and abs(now.start.year - period.start.year) >= ASIDE_YEARS and now.grain <= Grain.YEAR and not ahead
            and in_reduced_clause(ctx, mention)):
        return story.set_aside()  # "A report published in 2005 showed that there was no attack on 4 August" told in 1964
    if in_parentheses(ctx.text, mention.start, mention.end):
        return story.set_aside(set_off=True)  # an aside: "(the letters were found in 1790)"
    if after_past_signal(ctx.text, mention.start):
        return False  # a look-back: "the province, part of the empire since 1702, ..."
    if in_past_perfect(ctx.doc, mention.start, mention.end):
        return False  # a flashback: "who had spent the spring organizing an army"
    if (now is not None and now.grain <= Grain.YEAR and now.start.year - period.start.year >= ASIDE_YEARS
            and opens_in_past_perfect(ctx, mention)):
        # a date years back in a clause hung on a flashback's main clause: "She had trained in Edinburgh, where she
        # qualified in 1884" told in 1889 is the flashback's, which no "That year" counts from
        story.flashback = True
        # (the flashback's event, the first date of its sentence, is what a step in the next sentence counts from: "had been
        # drawn to it as a girl, when her uncle took her to a lecture in 1874. The next year": 1875; not after a date of the
        # main clause, "had been planned since 1846, when the vicar wrote in June. Two years later": the story's)
        story.hung = story.last is None or story.last[0] != story.sentence
        return False
    if (now is not None and now.grain <= Grain.MONTH and now.start.year - period.start.year >= ASIDE_YEARS and story.last_flashback
            and story.last is not None and story.last[0] == story.sentence - 1):
        # a flashback told on in the simple past in the sentence after its past perfect: "In March 1889 she was elected ...
        # She had come to London in 1872 ... Her first picture was shown in 1878; that autumn": the flashback's autumn
        story.flashback = True
        return False
    tense, _ = clause_tense(ctx.doc, mention.start, mention.end)
    if reported_modal(ctx, mention):
        # "they said that the land could not be won back before 1440. Work began the following year": 1423 ("He could no
        # longer ride by the spring of 1581, and that summer he died" is told, no one's prospect)
        return story.set_aside()
    if ends_span(ctx.doc, mention.start):
        # where a span ends: "an assault that lasted until the fall of the city in February 1945"; where a prospect's span
        # ends is an aside, what no "That winter" counts from ("wrote that the pits would stay shut until the spring of 1928")
        return False if tense != "future" else story.set_aside()
    if tense == "future" and _event_opens_sentence(ctx, mention) and plan_in_describing_clause(ctx, mention):
        return True  # "The 1916 offensive, planned for May, opened only on 4 June": the plan describes the subject
    if tense == "future" and mentions is not None and not future_cue_outside(ctx, mention, mentions):
        return True  # "spent the next four years there, graduating in 1894": the "next" of a time counts on in the story
    # a plan or a prospect does not move the story; the day the planning was done does
    return tense != "future" or dates_planning(ctx, mention) or story.set_aside()


FORWARD_STEP_YEARS = 5  # narrative: a date this many years at most after the story's year, in a clause that describes the
# subject ("Her first paper, sent to a journal in March 1923, was refused" told in 1921), is where the story goes on


def goes_on_ahead(ctx: "Context", mentions: Optional[list[Mention]], mention: Mention, period: Period, story: Story) -> bool:
    """Narrative mode: whether a date a little after the story's year (at most ``FORWARD_STEP_YEARS``) is where the story
    goes on though a describing clause holds it ("Her first paper, sent to a journal in March 1923, was refused; that month
    she moved": 1923's month, told in 1921): the next date written with a year does not come back to the story's time
    (within a year of it), as an aside's would ("In 1757 ... The fort, rebuilt in 1760, held out. ... In 1758")."""
    now = story.current
    if (ctx.mode != "narrative" or mentions is None or now is None or now.grain > Grain.YEAR
            or not ASIDE_YEARS <= period.start.year - now.start.year <= FORWARD_STEP_YEARS):
        return False
    i = bisect.bisect_right(mentions, mention.start, key=lambda m: m.start)
    for later in mentions[i:]:
        spec = later.meaning
        if not isinstance(spec, CalendarSpec) or spec.year is None or spec.shift is not None or spec.bc:
            continue
        return abs(spec.year - now.start.year) > 1
    return True


def plan_in_describing_clause(ctx: "Context", mention: Mention) -> bool:
    """Narrative mode: whether the first word after a date that looks ahead is a participle opening a clause set off by
    commas, a comma after it later in the sentence ("The 1916 offensive, planned for May, was put off"): the clause
    describes the subject, the sentence's own verb is told, and the date is when the story is."""
    cues = tense_words(ctx.doc.language)
    _, e = ctx.doc.sentence_at(mention.start)
    words = _WORD.findall(ctx.text, mention.end, e)
    ahead = cues.future | cues.aux_future | cues.intent
    for k, w in enumerate(words):
        lw = w.lower()
        if lw in ahead:
            return k > 0 and words[k - 1] == "," and _participle(w, cues) and "," in words[k + 1 :]
    return False


def opens_in_past_perfect(ctx: "Context", mention: Mention) -> bool:
    """Narrative mode: whether the sentence of ``mention`` opens in the past perfect, its main clause a flashback ("He had
    first gone down the pit [in 1898], when he was twelve"; "She had trained in Edinburgh, where she qualified [in 1884]")."""
    s, _ = ctx.doc.sentence_at(mention.start)
    return s < mention.start and in_past_perfect(ctx.doc, s, s)


def reported_modal(ctx: "Context", mention: Mention) -> bool:
    """Narrative mode: whether a date stands in a clause reported by a word of saying (tense cues ``reporting``, then
    perhaps ``report_content``: "said that") with a modal of what may be (``backshifted``, ``open_modals``: "could",
    "might", "should") between them, in one clause: "they said that the land could not be won back before 1440" is a
    prospect someone spoke of, no time the story goes to (a "would" clause is already read as the future)."""
    cues = tense_words(ctx.doc.language)
    s, _ = ctx.doc.sentence_at(mention.start)
    words = [w.lower() for w in _WORD.findall(ctx.text, s, mention.start)]
    modal = False
    for w in reversed(words):
        if w in cues.backshifted or w in cues.open_modals:
            modal = True
        elif w in cues.reporting:
            return modal
        elif w in cues.boundaries and w not in cues.report_content:
            return False
    return False


def future_cue_outside(ctx: "Context", mention: Mention, mentions: list[Mention]) -> bool:
    """Narrative mode: whether the sentence of a date holds a word that looks ahead ("will", "planned", "next") outside
    its time expressions: in a history "the next four years", "the following spring" count on from the story's time and
    make no clause of the sentence a prospect."""
    s, e = ctx.doc.sentence_at(mention.start)
    cues = tense_words(ctx.doc.language)
    # (and the verbs that look ahead to an infinitive: "promised his captors to pay the ransom by 1420", "hoped to reach Lima
    # by the end of 1821")
    ahead = cues.future | cues.aux_future | cues.modals | cues.expecting
    spans = [(m.start, m.end) for m in mentions if m.end > s and m.start < e]
    for w in _CUE_WORD.finditer(ctx.text, s, e):
        word = w.group().lower()
        if word in ahead and (word not in cues.modals or w.group().islower()) and not any(a <= w.start() < b for a, b in spans):
            return True
    return False


_CUE_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def bc_range_end(ctx: "Context", mention: Mention) -> bool:
    """Whether ``mention`` (a year BC) is the second end of a range told as one piece: a range connector right before it and
    one of ``[date_pairs] range_openers`` a little before that in its sentence ("from 612 BC to [589 BC]")."""
    if not joined(ctx, mention, ordered=True):
        return False
    openers = ctx.lexicon["date_pairs"].get("range_openers", ())
    s, _ = ctx.doc.sentence_at(mention.start)
    words = _WORD.findall(ctx.text, max(s, mention.start - _OPENED_REACH), mention.start)
    return any(w.lower() in openers for w in words)


def bc_aside(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> bool:
    """Narrative mode: whether a year BC written in full is an aside in a story told in years BC, as
    :func:`moves_story` reads one in a story of the common era: years away from the story's year and
    in a past perfect clause, a describing clause, after a life word or in parentheses ("In 480 BC ...
    Its admiral, who had been born around 525 BC, ...": the story stays in 480 BC)."""
    if ctx.mode != "narrative" or story.bc is None or spec.year is None or not spec.bc or opens_sentence(ctx, mention):
        return False
    if bc_range_end(ctx, mention):
        return True  # "ruled from 612 BC to [589 BC]": the story is at the range's start, as in the common era (see moves_story)
    if in_past_perfect(ctx.doc, mention.start, mention.end) or in_parentheses(ctx.text, mention.start, mention.end):
        return True
    # (as in the common era, a life word in a clause that makes the story's own person its subject tells the story's time:
    # "He reigned for forty-four years; he died in 526 BC, and the next year ...")
    return abs(story.bc[0] - spec.year) >= ASIDE_YEARS and (in_modifier_clause(ctx, mention) or (after_life_word(ctx, mention)
                                                                                               and not in_time_clause(ctx, mention)))


NOON = 12  # hours: a part of day that starts before it is a morning part; one that starts at or after it is later in the day
NIGHT_FROM = 19  # hours: a part of the story's day that starts at or after it is its night ...
EVENING_PART = 17  # ... after which a part that starts before this hour (morning, midday, afternoon) is the next day's


def morning_after(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> bool:
    """Whether a bare morning part ("in the early hours", "in the morning") told after the story's
    evening or night (or clock time) is the next morning ("On the night of 3 August ... in the early hours": 4 August;
    news: "Snow fell overnight and into the morning": the morning after the night); after a night, an
    afternoon too ("Heavy rain fell overnight. By the afternoon, ..."); "that morning", "the same
    morning" stay on the story's date."""
    day = story.day
    late = story.day_from is not None and day is not None and day.grain is Grain.DAY  # news: "late on Friday ... by dawn"
    if spec.part_of_day is None or day is None or (day.grain not in (Grain.PART_OF_DAY, Grain.MINUTE) and not late) or story.day_passed:
        return False  # (a clock time counts as its part: "at 9 p.m. on Saturday ... By morning": Sunday's)
    parts = ctx.lexicon["parts_of_day"]
    part = parts.get(spec.part_of_day)
    hour = story.day_from.hour if late and story.day_from is not None else day.start.hour
    if part is None or hour < NOON:
        return False
    if float(part["start"]) >= NOON and not (hour >= NIGHT_FROM and float(part["start"]) < EVENING_PART):
        return False
    shifts = ctx.lexicon["relative"]["shift"]
    return not any(shifts.get(w) == 0 for w in mention.text.lower().split())


ASIDE_YEARS = 2
"""Narrative mode: a date written with its year at least this many years away from the story's
current year is an aside when the next dates written with a year come back (see :func:`is_aside`)."""

ASIDE_RETURNS = 2
"""... that many of them, one after the other."""


def is_aside(ctx: "Context", mentions: list[Mention], i: int, period: Period, story: Story) -> bool:
    """Narrative mode: whether a date written with its year is an aside that leaves the story
    where it is: a flash-forward ("In November 2008, protesters burned an effigy" told in a story
    of April 2003) or a flashback, known as one because the next two dates written with a year are
    back in the story's time (within a year of its current year).  Bare dates
    after it ("on April 15") stay in the story's year."""
    now = story.current
    if ctx.mode != "narrative" or now is None or now.grain > Grain.YEAR:
        return False
    here, year_now = period.start.year, now.start.year
    if abs(here - year_now) < ASIDE_YEARS:
        return False
    seen = 0
    for later in mentions[i + 1 :]:
        spec = later.meaning
        if not isinstance(spec, CalendarSpec) or spec.year is None or spec.shift is not None or spec.bc:
            continue
        if abs(spec.year - year_now) > 1:
            return False
        seen += 1
        if seen == ASIDE_RETURNS:
            return True  # the story comes back to its own time (not one look-back: "was named 1965's Man of the Year")
    return False


STALE_SENTENCES = 3  # sentences after which a day told before publication no longer dates a bare clock time or part of day


LEDE_REACH = dt.timedelta(days=2)  # a first told day this close before publication is the day the report is about (not a
# period's end further back: "in the five weeks to January 3" in a report published on 6 January)


def past_day_anchor(ctx: "Context", mention: Mention, day: Optional[dt.datetime], anchor: TimexAnchor,
                    story: Optional[Story] = None) -> tuple[Optional[dt.datetime], TimexAnchor]:
    """News: a clock time or part of day told in the past tense does not take the story's day
    when that day is still to come ("Lawmakers voted on Monday to hold an election on Jan. 17. The
    motion passed at 11:40 p.m."): it counts from the last day told that is not after publication
    (Monday), else from the publication day; when that day was told STALE_SENTENCES or more sentences before, from the lede's
    day, the first told, if at most LEDE_REACH before publication ("stores opened early on New Year's Day" four sentences before "Shares rose 7 per cent by midday" in
    a trading update of Thursday 8 January that opened "said on Thursday": that Thursday's midday)."""
    if (day is not None and anchor.kind is AnchorKind.TIMEX and ctx.mode == "news" and ctx.reference is not None
            and day.date() > ctx.reference.date() and clause_tense(ctx.doc, mention.start, mention.end)[0] == "past"
            and not _absolute_phrase(ctx, mention)):
        told = next(((p, tid) for p, tid in reversed(story.told_days if story is not None else []) if p.start.date() <= ctx.reference.date()), None)
        if told is not None and story is not None and story.sentence - story.sentence_of.get(told[1], story.sentence) >= STALE_SENTENCES:
            # a day the story has long left: what the report tells now happened on the lede's day ("won in Berlin on Sunday
            # ... On Wednesday I fly home ... runners had finished by 4:30 p.m.": Sunday's), or on its own
            lede = story.told_days[0]
            told = lede if dt.timedelta(0) <= ctx.reference.date() - lede[0].start.date() <= LEDE_REACH else None
        part = _told_part_before(ctx, story, told)
        if part is not None:
            # "cut power on Monday night, and some will not be reconnected until Thursday. A tree fell ... shortly before
            # 9 p.m.": a part of day or clock time told after the last such day, not after publication, is the story's day
            return dt.datetime.combine(part[0].start.date(), dt.time()), TimexAnchor(AnchorKind.TIMEX, part[1])
        if told is not None:  # the latest first: no pass over every day told for each clock time
            return told[0].start, TimexAnchor(AnchorKind.TIMEX, told[1])
        return ctx.reference, REFERENCE_ANCHOR
    if (day is not None and anchor.kind is AnchorKind.TIMEX and ctx.mode == "news" and ctx.reference is not None and story is not None
            and story.told_days and anchor.timex_id is not None and story.told_days[0][1] != anchor.timex_id
            and story.told_days[0][0].start.date() <= ctx.reference.date() and _left_behind(story, anchor.timex_id)
            and clause_tense(ctx.doc, mention.start, mention.end)[0] == "past"):
        # "Asian stocks fell on Thursday ... The Fed's decision on Wednesday ... [the fourth quarter, February, December, early
        # January] ... the Hang Seng slipped in afternoon trade": a day the story has long left for other times is not the one
        # meant; the lede's day (the first told) is
        return story.told_days[0][0].start, TimexAnchor(AnchorKind.TIMEX, story.told_days[0][1])
    return day, anchor


_AHEAD_REACH = 6  # days told, counted back from the last, among which a step on in a future clause looks for one not yet gone


def future_day_anchor(ctx: "Context", mention: Mention, day: Optional[dt.datetime], anchor: TimexAnchor,
                      story: Story) -> tuple[Optional[dt.datetime], TimexAnchor]:
    """News: a step on told in a future or present clause ("Moss limped off in last Saturday's win. ... Rovers host Leeds
    the following Tuesday", said on Thursday 12 Nov 2026; "Last year's opening night, on July 4, was cut short. The second
    concert, on the following Saturday, is sold out") does not count from a day gone by publication, which no future can
    follow from: it counts from the last day told that is not before publication (the coming Saturday: the 17th), else
    from the publication day; the mirror of :func:`past_day_anchor`."""
    if (day is None or anchor.kind is not AnchorKind.TIMEX or ctx.mode != "news" or ctx.reference is None
            or day.date() >= ctx.reference.date() or clause_tense(ctx.doc, mention.start, mention.end)[0] not in ("future", "present")):
        return day, anchor
    today = ctx.reference.date()
    for p, tid in story.told_days[: -_AHEAD_REACH - 1 : -1]:
        if p.start.date() >= today:
            return p.start, TimexAnchor(AnchorKind.TIMEX, tid)
    return ctx.reference, REFERENCE_ANCHOR


_TOLD_PARTS = (Grain.PART_OF_DAY, Grain.HOUR, Grain.MINUTE)


def _told_part_before(ctx: "Context", story: Optional[Story], told: Optional[tuple[Period, str]]) -> Optional[tuple[Period, str]]:
    """The last part of day or clock time the story told that lies on a day not after publication and was told after
    ``told`` (the last such whole day), in its sentence or later; None when there is none."""
    if story is None or ctx.reference is None:
        return None
    after = story.end_of.get(told[1], -1) if told is not None else -1
    best: Optional[tuple[Period, str]] = None
    for grain in _TOLD_PARTS:
        rec = story.by_grain.get(grain)
        if rec is None or rec[0].start.date() > ctx.reference.date() or story.end_of.get(rec[1], -1) <= after:
            continue
        if best is None or story.end_of.get(rec[1], -1) > story.end_of.get(best[1], -1):
            best = rec
    return best


def _left_behind(story: Story, tid: str) -> bool:
    """Whether the day recorded as ``tid`` was told STALE_SENTENCES or more sentences back and the story has moved to
    another time in a later sentence since (not a day whose story goes on without dates, or with look-backs only: "On
    Saturday police raided a house. ... weapons hidden since 2019 ... In the evening, ..." keeps Saturday's evening)."""
    told = story.sentence_of.get(tid)
    focus = story.focus_tid
    return (told is not None and story.sentence - told >= STALE_SENTENCES and focus is not None and focus != tid
            and story.sentence_of.get(focus, -1) > told)


_PLANNING_REACH = 8  # words of the main clause after a fronted date in which its verb is looked for
_WORD = re.compile(r"(?:[^\W\d_]|')+|(?<!\d),|,(?!\d)|;|:|\(|\)|\"")  # words and marks; the comma of "2,000" is no mark


def dates_planning(ctx: "Context", mention: Mention) -> bool:
    """Narrative mode: whether a date opens a sentence whose main verb is an intention word
    ("On October 2, 1803, the admiral planned an attack", "In a speech on May 1, the general
    intended ..."): the date is when the planning was done, which moves the story; the time
    planned for ("will attack in 1808") does not."""
    cues = tense_words(ctx.doc.language)
    _, e = ctx.doc.sentence_at(mention.start)
    words = _WORD.findall(ctx.text, mention.end, min(e, mention.end + 160))
    if words[:1] != [","]:
        return False
    for w in words[1 : _PLANNING_REACH + 1]:
        lw = w.lower()
        if lw in cues.boundaries:
            return False
        if lw in cues.intent or lw in cues.expecting:
            return w[:1].islower()
        if lw in cues.future or lw in cues.aux_future:
            return False
    return False


COMMA_ASIDE_WORDS = 2  # words between the comma and a date set off by commas ("of 1831", "built in 1610")


def between_commas(ctx: "Context", mention: Mention) -> bool:
    """Whether a date is set off by commas inside its sentence, with at most ``COMMA_ASIDE_WORDS``
    words before it after the first ("The old constitution, of 1831, was abolished", "The fortress,
    built in 1610, fell")."""
    s, _ = ctx.doc.sentence_at(mention.start)
    before = _WORD.findall(ctx.text, max(s, mention.start - 40), mention.start)
    after = _WORD.findall(ctx.text, mention.end, mention.end + 2)
    if after[:1] != [","] or "," not in before:
        return False
    cues = tense_words(ctx.doc.language)
    k = len(before) - 1 - before[::-1].index(",")
    words = before[k + 1 :]
    following = _WORD.findall(ctx.text, mention.end, mention.end + 12)[1:2]
    if words and words[0].lower() not in cues.prepositions and following and following[0].isalpha() and (following[0].lower() in cues.list_words or (
            following[0].lower() in cues.boundaries and following[0].lower() not in cues.relatives and following[0].lower() != "that")):
        # "The first section, to Holt, opened on 1 May 1794, but that winter ...": a verb after the comma, the date ends
        # its clause (not "had crossed once before, in 1861, and had spent ...")
        return False
    # ", and on 5 March 1971, the troops ...": the date opens a clause of the story
    return len(words) <= COMMA_ASIDE_WORDS and not any(w.lower() in cues.boundaries or w.lower() in cues.list_words for w in words)


SUBJECT_WORDS = 4  # words before the comma that opens a describing clause after the subject ("The old fortress, built in 1690, ...")


def in_modifier_clause(ctx: "Context", mention: Mention) -> bool:
    """Whether a date lies in a clause set off by commas that describes a noun: a relative clause
    ("the fortress, which was rebuilt in 1760, fell") or, after the subject opening the sentence, a
    participle clause ("The fortress, built in the 1690s and rebuilt after 1760, barred the road",
    "Its colonel, born in 1771 and trained as an engineer, held it"); not a clause of the story
    ("Meanwhile, the army reached the coast in 1760, where ...")."""
    s, _ = ctx.doc.sentence_at(mention.start)
    before = _WORD.findall(ctx.text, s, mention.start)
    if "," not in before:
        return False
    k = len(before) - 1 - before[::-1].index(",")
    words = [w.lower() for w in before[k + 1 :]]
    cues = tense_words(ctx.doc.language)
    if not words:
        return False
    if words[0] in cues.relatives:
        inner = words[1:]
    elif (before.index(",") == k and k <= SUBJECT_WORDS and _participle(before[k + 1], cues)
          and not any(_participle(w, cues) or w in cues.aux_past or w in cues.be for w in before[:k])):  # "The navy sailed south, reached ..."
        inner = words
    else:
        return False
    return not any(w in cues.boundaries for w in inner)


REDUCED_REACH = 3  # words between the participle of a describing phrase and its date ("published [in] 2005", "built [by the Dutch in]")


def in_reduced_clause(ctx: "Context", mention: Mention) -> bool:
    """Whether a date lies in a participle phrase right after the subject that opens its sentence, with no commas, the
    sentence's own verb after it ("A report published in 2005, however, showed that ...", "The letters found in 1790 were
    burned"); not a date of the main clause ("The army reached the coast in 1760": no verb after the date)."""
    s, e = ctx.doc.sentence_at(mention.start)
    before = _WORD.findall(ctx.text, s, mention.start)
    cues = tense_words(ctx.doc.language)
    if not 2 <= len(before) <= SUBJECT_WORDS + 1 + REDUCED_REACH or any(not w[:1].isalpha() for w in before):
        return False
    participles = ctx.lexicon.tables.get("reduced_clauses", {}).get("participles", ())
    at = next((k for k, w in enumerate(before) if (past_form(w, cues) or w.lower() in participles or w.lower() in cues.aux_past
                                                   or w.lower() in cues.be)
               and not (k and before[k - 1].lower() in cues.determiners)), None)  # ("An undated report": an adjective)
    if at is None or not 1 <= at <= SUBJECT_WORDS or len(before) - at - 1 > REDUCED_REACH or before[at].lower() in cues.aux_past or before[at].lower() in cues.be:
        return False
    after = _WORD.findall(ctx.text, mention.end, min(e, mention.end + 60))
    if after[:1] == [","] and "," in after[1:4]:
        after = after[after.index(",", 1) + 1 :]  # past an aside: ", however,"
    verb = after[0].lower() if after else ""
    return past_form(verb, cues) or verb in cues.reporting or verb in cues.aux_past or verb in cues.be  # "revealed", "were"


def _participle(word: str, cues: "TenseWords") -> bool:
    """Whether a word is a past participle or a life word opening a describing clause ("built", "rebuilt", "born")."""
    w = word.lower()
    if word[:1].isupper() or w in cues.aux_past or w in cues.be:
        return False
    return (w in cues.past or w in cues.life_asides or any(w.endswith(p) and len(w) > len(p) + 1 for p in cues.past if len(p) >= 4)
            or (bool(cues.past_suffix) and len(w) >= cues.past_min_length and w.endswith(cues.past_suffix) and w not in cues.not_past))


LIFE_WORDS = 4  # words between a life word and its date ("born in Lyon in 1771")


def after_life_word(ctx: "Context", mention: Mention) -> bool:
    """Whether a life word ("born") comes shortly before a date in its clause: "was born in Lyon in 1771"."""
    s, _ = ctx.doc.sentence_at(mention.start)
    cues = tense_words(ctx.doc.language)
    return met_in_clause(reversed(_WORD.findall(ctx.text, max(s, mention.start - 60), mention.start)[-(LIFE_WORDS + 1) :]), cues.life_asides, cues)


def in_time_clause(ctx: "Context", mention: Mention) -> bool:
    """Whether a date stands in a clause that opens its sentence with a time word (lexicon [life_dates] openers), or with
    a pronoun that makes the story's own person its subject (``subjects``), before the comma that closes it: "When her
    father died in 1836 the family moved", "He died in Stockholm on 2 November 1900" tell the story's time, not a life's
    date in passing ("Its colonel fled west and died in Vienna in 1840")."""
    s, _ = ctx.doc.sentence_at(mention.start)
    words = _WORD.findall(ctx.text, s, mention.start)
    table = ctx.lexicon["life_dates"]
    return (bool(words) and (words[0].lower() in table["openers"] or (words[0] in table.get("subjects", ()))) and "," not in ctx.text[s : mention.start])


OPENING_WORDS = 3  # words before a date that opens its sentence ("In 1861", "Finally, in late 1933")


def _event_opens_sentence(ctx: "Context", mention: Mention) -> bool:
    """Narrative mode: whether a year that names an event stands in the phrase that opens its sentence, after a word of
    lexicon [narrative_event_years] ``openers`` and at most ``words`` words ("At the Stockholm Olympics of 1912 he won",
    "In the great fire of 1666 the market burned"), no comma between: where the story goes, not a reference in passing."""
    table = ctx.lexicon.tables.get("narrative_event_years")
    if not table:
        return False
    s, _ = ctx.doc.sentence_at(mention.start)
    before = ctx.text[s : mention.start]
    words = _WORD.findall(before)
    return bool(words) and words[0].lower() in table["openers"] and len(words) <= int(table["words"]) and "," not in before


def opens_sentence(ctx: "Context", mention: Mention) -> bool:
    """Whether a date stands at the start of its sentence, after at most a few words."""
    s, _ = ctx.doc.sentence_at(mention.start)
    return len(_WORD.findall(ctx.text, s, mention.start)) <= OPENING_WORDS


def _counts_ahead(ctx: "Context", word: Optional[str]) -> bool:
    """Whether a relative word counts forward ("next", "following", "coming")."""
    if word is None:
        return False
    relative = ctx.lexicon["relative"]
    return relative["shift"].get(relative["aliases"].get(word, word), 0) > 0


def rest_of_period(ctx: "Context", spec: CalendarSpec, mention: Mention, period: Period, story: Story) -> Optional[dt.datetime]:
    """Narrative mode: where the rest of the story's year begins when "Later that year" names it ("In March 1963 ...
    Later that year ... on November 18": the story goes on after March, the November is of 1963), else None."""
    shift = spec.shift
    now = story.current
    if (ctx.mode != "narrative" or shift is None or shift.amount != 0 or shift.anchoring is not Anchoring.NARRATIVE or shift.grain is not Grain.YEAR
            or period.grain is not Grain.YEAR or now is None or not (period.start <= now.start and now.end < period.end)):
        return None
    word = mention.text.split()[0].lower() if mention.text else ""
    return now.end if ctx.lexicon["comparative_modifiers"].get(word) == "END" else None


def earlier_part(ctx: "Context", spec: CalendarSpec, mention: Mention, period: Period, story: Story) -> bool:
    """Narrative mode: whether "Earlier that year" ("earlier that month") names the part of the story's year (month) before
    its time, a look-back the story does not go to ("The strike began in October 1869. Earlier that year the owners had
    cut wages. Two months later": December 1869, not counted from the year's start); the counterpart of
    :func:`rest_of_period`."""
    shift = spec.shift
    now = story.current
    if (ctx.mode != "narrative" or shift is None or shift.amount != 0 or shift.anchoring is not Anchoring.NARRATIVE
            or shift.grain not in (Grain.YEAR, Grain.MONTH) or period.grain is not shift.grain or now is None
            or not (period.start <= now.start and now.start < period.end)):
        return False
    word = mention.text.split()[0].lower() if mention.text else ""
    return ctx.lexicon["comparative_modifiers"].get(word) == "START"


def names_event(ctx: "Context", mention: Mention) -> bool:
    """Whether a date follows "of" after a noun, naming what it happened to ("the plague of 1348", "the treaty of 886")."""
    cues = tense_words(ctx.doc.language)
    words = _WORD.findall(ctx.text, max(0, mention.start - 40), mention.start)
    return (len(words) >= 2 and words[-1].lower() in cues.event_of and words[-2].isalpha()
            and words[-2].lower() not in cues.event_of_not_after)


SPAN_AHEAD_YEARS = 10  # narrative: a state told to run on from the story's date further than this ("held it until 1617" told
# in 1571) is a look ahead, not where a step forward in the next sentence counts from
RANGE_LINK_WORDS = 2  # words at most between the ends of a range told as one ("from May to", "between 1643 and")


def range_end(ctx: "Context", mention: Mention, story: Story) -> bool:
    """Narrative mode: whether ``mention`` is the second end of a range whose first end the sentence
    named right before it ("from 1643 to [1646]", "between August 1916 and [March 1917]")."""
    if story.any_tid is None or story.sentence_of.get(story.any_tid) != story.sentence:
        return False
    if joined(ctx, mention, ordered=True):
        return True
    if (completed_by(ctx.doc, mention.start) and isinstance(mention.meaning, CalendarSpec) and mention.meaning.shift is None
            and mention.meaning.relative_word is None):
        return True  # the point a span told from that date ran to: "in March was increased to 200,000 by December" (not a
        # prospect counted from now, "spoke of a withdrawal by next summer")
    openers = ctx.lexicon["date_pairs"].get("openers", ())
    if not openers:
        return False
    return _opened_pair(tuple(openers)).search(ctx.text, max(0, mention.start - _OPENED_REACH), mention.start) is not None


_OPENED_REACH = 60  # characters before a range's second end in which its opener and first end are looked for


@functools.lru_cache(maxsize=None)
def _opened_pair(openers: tuple[str, ...]) -> "re.Pattern[str]":
    """An opener, a first end and "and" right before a range's second end ("between 1643 and [1646]")."""
    return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(o) for o in openers) + r")\s[^.;:!?]{1,40}?\sand\s{1,3}\Z", re.I)


def _season_ahead(spec: CalendarSpec, period: Period, story: Story) -> bool:
    """Narrative mode: whether "that winter" names a season that begins after the story's time is over
    ("besieged the port from May to August ... That winter the count withdrew ... He died in January"):
    the story goes on into it, as with "the following winter"; so does one that begins in the story's year ("In 1638 he was
    appointed. That summer he built an observatory. During the winter ...": the story is in that summer, whose winter is
    the one ahead)."""
    now = story.current
    return spec.season is not None and now is not None and (
        period.start >= now.end or (now.grain is Grain.YEAR and now.start <= period.start < now.end))


def looks_ahead(ctx: "Context", spec: CalendarSpec) -> bool:
    """Narrative mode: whether a date counts ahead from the speaker's own time ("next summer",
    "next year"), not from the story's ("the following summer"): in a history that is a plan or a
    prospect someone speaks of, not where the story has got to."""
    relative = ctx.lexicon["relative"]
    if spec.relative_word is not None and spec.shift is None:
        word = relative["aliases"].get(spec.relative_word, spec.relative_word)
        return _counts_ahead(ctx, word) and word not in relative["anaphoric"]
    shift = spec.shift
    return shift is not None and shift.anchoring is Anchoring.REFERENCE and (shift.amount or 0) > 0


def looks_back(spec: CalendarSpec) -> bool:
    """Whether a date is a comparison point, not what the story is about ("a year ago", "the 1988 quarter")."""
    shift = spec.shift
    return (shift is not None and shift.grain >= Grain.MONTH and (shift.amount or 0) < 0) or (spec.same_grain_anchor and spec.year is not None)


def looks_back_day(spec: CalendarSpec) -> bool:
    """Narrative mode: whether a date is a day (or part of one) counted back from the story's ("the day before", "the
    previous evening"); in a clause in the past perfect, a look-back the story's day stays put for (see
    :func:`perfect_after_comma`)."""
    shift = spec.shift
    return shift is not None and shift.grain in DAY_GRAINS and shift.amount is not None and shift.amount < 0


_COMMA_AFTER = re.compile(r"\s*,")


def perfect_after_comma(ctx: "Context", mention: Mention) -> bool:
    """Whether a time opening its sentence and set off by a comma heads a clause in the past perfect ("The day before,
    eleven people had died in the street"): a flashback, as it is without the comma."""
    m = _COMMA_AFTER.match(ctx.text, mention.end)
    return m is not None and opens_sentence(ctx, mention) and in_past_perfect(ctx.doc, mention.start, m.end())


def month_of_shifted_year(spec: CalendarSpec) -> bool:
    """Whether the shift only gives a named month (or day) its year ("in March last year", "on June 3 last year"): a date
    that says when, as "in March 2025" would, not a look-back."""
    return spec.month is not None and spec.shift is not None and spec.shift.grain is Grain.YEAR


def in_parentheses(text: str, start: int, end: int, reach: int = 80) -> bool:
    """Whether [start, end) lies inside a parenthesis closed within ``reach`` characters."""
    before = text[max(0, start - reach) : start]
    after = text[end : end + reach]
    opened = before.rfind("(")
    return opened >= 0 and ")" not in before[opened:] and ")" in after and "(" not in after[: after.find(")")]



_AFTER_DATE = re.compile(r",\s*")  # a length set off by a comma right after a date
_AFTER_CLAUSE = re.compile(r"[^,.;:()\n]{1,80},\s*")  # ... or after the rest of the clause the date opens
HOUR_GRAINS = (Grain.MINUTE, Grain.HOUR)


def event_offset(ctx: "Context", meaning: DurationSpec, mention: Mention, before_it: Optional[Mention],
                 story: Optional[Story] = None) -> tuple[DurationSpec, Optional[tuple[object, ...]]]:
    """Narrative mode: a length written before "after" or "before" and what it counts from is an
    offset ("The fort fell on 12 April. The arsenal was seized eight days after the fall of the fort":
    20 April, as "eight days later"); not a length that a word before it makes one ("for three days
    after the battle", "lasted a week before the city fell").  It counts from the story's time, or, when
    an earlier sentence named what it counts from ("... to hold Fort Sumter. ... bombarded the fort on
    12 April. ... eight days after Fort Sumter"), from the story's time there (the second item, a state
    :meth:`Story.saved` gave, else None).  Hours and minutes ("three hours before the assault") are
    returned as offsets too, for :func:`~.durations.hour_offset_timex` to place on a day, and vague amounts ("months
    after the founder's death") for :func:`~.durations.vague_event_offset`."""
    table = ctx.lexicon.tables.get("event_offsets") if ctx.mode == "narrative" else None
    if (not table or meaning.span is not None or (meaning.amount is None and meaning.grain in HOUR_GRAINS)
            or not (Grain.DAY <= meaning.grain <= Grain.CENTURY or meaning.grain in HOUR_GRAINS)):
        return meaning, None  # (a decade, a century: "A century after his death" is a year, as "a decade earlier")
    after = _WORD.findall(ctx.text, mention.end, mention.end + 80)
    if mention.rule in (CENTENARY_RULE, BIRTHDAY_RULE):  # "the centenary of his birth", "his thirtieth birthday": years after
        words = _first_noun(table, after[1:]) if mention.rule != BIRTHDAY_RULE else [_BIRTH]  # (what "of" names; a birthday's birth)
        told = _event_told(ctx, table, words, mention, story) if story is not None else None
        return (attrs.evolve(meaning, span="later", anchoring=Anchoring.NARRATIVE), told) if told is not None else (meaning, None)
    sign = table["directions"].get(after[0].lower()) if after else None
    if mention.rule == EVE_RULE:
        sign = -1 if after and after[0].lower() == "of" else None  # "the eve of the battle": the day before it
    if sign is not None and after[0].lower() in table.get("opening_directions", ()) and not _opens_clause(ctx, table, mention):
        return meaning, None  # "put six years into the work": a length ("Two months into the strike, ..." opens its clause)
    if sign is not None and after[0].islower() and _as_adverb(ctx, table, mention):
        # "the men who had set out two years before, ...": "before" ends the clause, an adverb, as "two years earlier"
        s, _ = ctx.doc.sentence_at(mention.start)
        before = _WORD.findall(ctx.text, max(s, mention.start - 40), mention.start)
        if meaning.grain in HOUR_GRAINS or (before and before[-1].lower() in table["length_before"]):
            return meaning, None  # ("lasted a week before, ...": a length)
        return attrs.evolve(meaning, span="later" if sign > 0 else "earlier", anchoring=Anchoring.NARRATIVE), None
    if meaning.on_day and sign is not None and len(after) > 1 and after[1].lower() in ("that", "then"):
        # "ten years to the day after that (meeting)": from the story's time, the day just told
        return attrs.evolve(meaning, span="later" if sign > 0 else "earlier", anchoring=Anchoring.NARRATIVE), None
    if sign is None or not after[0].islower() or len(after) < 2 or after[1] in _SENTENCE_END or after[1].lower() in ("that", "then"):
        return meaning, None
    gap = ctx.text[mention.end : mention.end + 40].split(None, 2)
    if len(gap) > 1 and (gap[1][:1].isdigit() or gap[1].lower().rstrip(".,") in ctx.lexicon["months"]):
        return meaning, None  # "two days after 4 June": counted from the date written, another rule's
    s, _ = ctx.doc.sentence_at(mention.start)
    before = _WORD.findall(ctx.text, max(s, mention.start - 40), mention.start)
    if before and before[-1].lower() in table["length_before"]:
        return meaning, None
    s, e = ctx.doc.sentence_at(mention.start)
    phrase = _WORD.findall(ctx.text, mention.end, min(e, mention.end + 80))[1:]  # the words after "after", in its sentence
    told = _event_told(ctx, table, phrase, mention, story) if story is not None else None
    if (meaning.grain not in HOUR_GRAINS and before_it is not None and before_it.end >= s
            and ((told is None and (_AFTER_DATE.fullmatch(ctx.text, before_it.end, mention.start)
                                    or _AFTER_CLAUSE.fullmatch(ctx.text, before_it.end, mention.start)))
                 or (_AFTER_DATE.fullmatch(ctx.text, before_it.end, mention.start) and isinstance(before_it.meaning, CalendarSpec)
                     and before_it.meaning.grain <= meaning.grain))):
        # "shut in 1987, eighteen years after the strike": the date before restates it, from another time than the story's;
        # right after a date as fine as its unit even when the event was told ("in 421 BC, ten years after the war began",
        # the war told before; not "The massacre of 1962, four days after the vote": days from the vote)
        return meaning, None
    return attrs.evolve(meaning, span="later" if sign > 0 else "earlier", anchoring=Anchoring.NARRATIVE), told


def _first_noun(table: dict, words: list[str]) -> list[str]:
    """The words after "of" up to the first that is not skipped before a noun ([event_offsets] event_skip, a possessive),
    and the capitalised words right after a capitalised one: "the opening" of "the opening passed without ceremony",
    "Great Fire" of "the Great Fire was marked"."""
    out: list[str] = []
    noun = False
    for word in words[:6]:
        low = word.lower()
        leading = low in table["event_skip"] or low.endswith("'s") or low.endswith("'")
        if noun and not (word[:1].isupper() and out[-1][:1].isupper()):
            break
        noun = noun or not leading
        out.append(word)
    return out


def _opens_clause(ctx: "Context", table: dict, mention: Mention) -> bool:
    """Whether a time opens its sentence or a clause: nothing before it in its sentence, or a comma or one of
    ``[event_offsets] clause_links`` right before it ("Two months into the strike", ", and two years into the war")."""
    s, _ = ctx.doc.sentence_at(mention.start)
    before = _WORD.findall(ctx.text, max(s, mention.start - 40), mention.start)
    return not before or before[-1] == "," or before[-1].lower() in table.get("clause_links", ())


def _as_adverb(ctx: "Context", table: dict, mention: Mention) -> bool:
    """Whether "before" ("after") right after a length ends its clause or comes before the clause's verb ("two years
    before, ...", "who only a few months before had signed"), an adverb that counts from the story's time."""
    _, e = ctx.doc.sentence_at(mention.start)
    rx = _extent_patterns(tuple(table.get("offset_words", ())), (), tuple(table.get("offset_adverbs", ())), tuple(table.get("adverb_next", ())))[0]
    m = rx.match(ctx.text.lower(), mention.end, min(len(ctx.text), e + 1))
    return m is not None and ctx.text[m.start():m.end()].strip().lower() in table.get("offset_adverbs", ())


def month_name(ctx: "Context", spec: CalendarSpec, mention: Mention) -> Optional[tuple[int, str, bool]]:
    """Narrative mode: a bare month that names something with the word after it ("the July Crisis", "the October days",
    lexicon [month_names]): its month and that word, the key under which the telling of a proper name (the word
    capitalised, the third item) is kept, so that the name told again years later is of the same month ("Historians still
    argue about the July Crisis"; not "the May elections", which may come every year); else None."""
    table = ctx.lexicon.tables.get("month_names") if ctx.mode == "narrative" else None
    if (not table or spec.month is None or spec.year is not None or spec.day is not None or spec.shift is not None
            or spec.relative_word is not None or spec.weekday is not None or spec.season is not None):
        return None
    before = _WORD.findall(ctx.text, max(0, mention.start - 12), mention.start)
    after = _WORD.findall(ctx.text, mention.end, mention.end + 30)
    if not before or before[-1].lower() not in table["before"] or not after or not after[0][:1].isalpha():
        return None
    word = after[0].lower()
    return None if word in table["not_next"] or word in ctx.lexicon["months"] else (spec.month, word, after[0][:1].isupper())


_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d\Z")


def nth_day_of_event(ctx: "Context", mention: Mention, value: str) -> bool:
    """Narrative mode: whether "on the seventh day" (rule ordinal_day) counts the days of an event the story told, not a
    run of days up to the story's ("for a third straight day", lexicon [ordinal_days] running): histories (TIMEX2) know
    its month but not its day ("the second day" of a battle in August 480 BC: BC0480-08-XX), so the day is unknown."""
    table = ctx.lexicon.tables.get("ordinal_days") if ctx.mode == "narrative" else None
    if not table or mention.rule != "ordinal_day" or not _FULL_DAY.match(value):
        return False
    return not any(w in table["running"] for w in mention.text.lower().split())


def first_day_of_event(ctx: "Context", mention: Mention) -> bool:
    """Narrative mode: whether "the first day" (a length to the recognizer, P1D) is the first day of an event the story
    told, a day: written right after a word of ``[ordinal_days] first_after`` ("The assault began on 13 August. On the first
    day the allies took the bridge"), not "for the first day" or "in the first days of the siege"."""
    table = ctx.lexicon.tables.get("ordinal_days") if ctx.mode == "narrative" else None
    if not table or not table.get("first_after") or mention.rule != "anchored_span":
        return False
    words = mention.text.lower().split()
    if len(words) != 3 or words[0] != "the" or ctx.lexicon["ordinals"].get(words[1]) != 1 or words[2] != "day":
        return False
    before = _WORD.findall(ctx.text, max(0, mention.start - 12), mention.start)
    return bool(before) and before[-1].lower() in table["first_after"] and not ctx.text[mention.end:mention.end + 4].lower().startswith(" of ")


def range_start_day(story: Story) -> Optional[Period]:
    """Narrative mode: the first day of a range of days whose second end is the story's last day told ("between 26 and 29
    November"): the story is at its start, where its telling begins (see :func:`moves_story`); else None."""
    told = story.range_to
    now = story.current
    if (not story.narrative or told is None or story.day_tid is None or told[1] != story.day_tid or now is None or now.grain is not Grain.DAY
            or story.current_tid == story.day_tid or now.start >= told[0].start):
        return None
    return now


def nth_day_counted(ctx: "Context", mention: Mention, story: Story, before: tuple[Optional[Period], Optional[str], bool, Optional[Period]]) -> Optional[tuple[Period, Period]]:
    """Narrative mode: the day "On the second day" names when the story was on a day it told (``before``: the story's day,
    its id, whether the story has moved to a longer time since, and the first day of a range that day ends, see
    :func:`range_start_day`): its first day is that day (or that range's first day), or the first day of the
    numbered day just told ("On the second day ... on the third day" count from the same first day), so the Nth day is
    N - 1 days after it ("attacked on 14 August. On the second day": 15 August); that day and the first day, or None when no
    day is told (the month only)."""
    day, day_tid, passed, range_start = before
    words = mention.text.lower().split()
    table = ctx.lexicon.tables.get("ordinals", {})
    n = next((table[w] for w in words if w in table), None)
    if n is None:
        n = next((int(w[:-2]) for w in words if w[:-2].isdigit() and w[-2:] in ("st", "nd", "rd", "th")), None)
    if n is None or n < 1 or day is None or day_tid is None or passed or day.grain not in DAY_GRAINS:
        return None
    first = (story.counted[1] if story.counted is not None and story.counted[0] == day_tid
             else cal.containing((range_start or _onset_day(ctx, story, day, day_tid) or day).start, Grain.DAY))
    # ("between 26 and 29 November. On the third day": the 28th; "rose on 4 March. The next morning ... On the second day": the 5th)
    return cal.containing(first.start + dt.timedelta(days=n - 1), Grain.DAY), first


_CLAUSE_MARK = re.compile(r"[,;:.!?\n]")


def _onset_day(ctx: "Context", story: Story, day: Period, day_tid: str) -> Optional[Period]:
    """Narrative mode: the day an event began whose days "On the second day" counts, when it is not the story's day: the
    story's day was told the day after it (or after a run of such days), and the clause of the story's day names no beginning
    while the earlier day's does (``[ordinal_days] onset``): "The weavers rose on 4 March. The next morning the mayor fled,
    and on the second day ...": the rising's second day, the 5th, not the morning's next day; "appeared on 2 June. The siege
    began the next morning. On the fourth day": counted from the morning.  None when no such day is told."""
    table = ctx.lexicon.tables.get("ordinal_days") or {}
    onset = frozenset(table.get("onset", ()))
    if not onset or day_tid not in story.end_of:
        return None
    at = story.end_of[day_tid]
    run: list[tuple[Period, str]] = []  # the story's days in the order told (its parts of days too: "the night of 17 October")
    for _, state, _ in story.times:
        told, tid = state[0], state[1]
        if isinstance(told, Period) and isinstance(tid, str) and story.end_of.get(tid, at + 1) <= at and (not run or run[-1][1] != tid):
            run.append((told, tid))  # (not the numbered day itself, recorded before)
    if not run or run[-1][1] != day_tid:
        run.append((day, day_tid))
    if _clause_words(ctx, story.end_of[day_tid], story.start_of.get(day_tid)) & onset:
        return None
    k, date = len(run) - 1, day.start.date()
    while k > 0:
        earlier, tid = run[k - 1]
        if tid not in story.end_of or (date - earlier.start.date()).days != 1:
            return None
        if _clause_words(ctx, story.end_of[tid], story.start_of.get(tid)) & onset:
            return earlier
        k, date = k - 1, earlier.start.date()
    return None


def _clause_words(ctx: "Context", end: int, start: Optional[int] = None) -> set[str]:
    """The words (lower case) of the clause an expression from ``start`` to ``end`` lies in, between the marks around it
    (not a mark inside it: "Easter Monday, 9 April 1798"; a line break ends a title)."""
    text = ctx.text
    marks = [m.start() for m in _CLAUSE_MARK.finditer(text, max(0, end - 200), end - 1 if start is None else start)]
    start = marks[-1] + 1 if marks else max(0, end - 200)
    after = _CLAUSE_MARK.search(text, end)
    stop = after.start() if after else len(text)
    return {w.lower() for w in _CUE_WORD.findall(text, start, stop)}


SEASON_DATE_REACH = 60  # characters from a season that qualifies a noun to the date of its clause that dates it


def season_dated_after(ctx: "Context", spec: CalendarSpec, mention: Mention, after: Optional[Mention]) -> Optional[int]:
    """Narrative mode: the year of a bare season that qualifies a noun ("their main summer offensive against southern
    Russia in June 1942") when the next expression, in the same clause, is a month or day written with its year: the year of
    the season nearest that date, a step back costing ``BACK_WEIGHT`` steps ahead as in :func:`story_pick` ("The summer
    offensive was planned in March 1917": 1917-SU; a winter is its January's year's); else None."""
    if (ctx.mode != "narrative" or after is None or spec.season is None or spec.year is not None or spec.shift is not None
            or spec.relative_word is not None):
        return None
    told = after.meaning
    if (not isinstance(told, CalendarSpec) or told.year is None or told.bc or told.shift is not None
            or after.start - mention.end > SEASON_DATE_REACH or any(c in ctx.text[mention.end : after.start] for c in ",;:.!?()")):
        return None
    following = _WORD.findall(ctx.text, mention.end, mention.end + 20)
    table = ctx.lexicon.tables.get("month_names")
    if not following or not following[0][:1].islower() or (table and following[0] in table["not_next"]):
        return None  # no noun qualified ("in the summer of ...", "the summer in June 1942")
    if told.month is None:
        # "the spring offensive of 1918", "The spring campaign of 1863": a year written right after the noun the season
        # qualifies names that year's season (a winter's is left: "the winter campaign of 1941" may begin in its December)
        between = _WORD.findall(ctx.text, mention.end, after.start)
        of_year = (told.grain is Grain.YEAR and told.season is None and told.quarter is None and told.half is None and spec.season != "WI"
                   and len(between) == 2 and between[1].lower() in (table or {}).get("year_links", ()))
        return told.year if of_year else None
    try:
        date = cal.containing(dt.datetime(told.year, told.month, told.day or 1), Grain.MONTH if told.day is None else Grain.DAY)
        cands = [cal.season(y, spec.season) for y in (told.year - 1, told.year, told.year + 1, told.year + 2)]
    except (ValueError, KeyError):
        return None

    def cost(c: Period) -> float:
        if c.start < date.end and date.start < c.end:
            return 0.0
        return (c.start - date.end).total_seconds() if c.start >= date.end else BACK_WEIGHT * (date.start - c.end).total_seconds()

    best = min(cands, key=cost)
    return int(best.value[:4])


RESTATED_GRAINS = (Grain.DAY, Grain.WEEK, Grain.MONTH, Grain.YEAR)
RESTATED_JOIN = 12  # characters at most between a clock time and the date it is told with ("11 a.m. [on ]11 November 1918")


def restated_date(ctx: "Context", meaning: DurationSpec, mention: Mention, before_it: Optional[Mention], before_tid: str,
                  story: Story) -> Optional[tuple[str, Optional[Period], str]]:
    """Narrative mode: the value of an offset that restates the date right before it, from a time the story has not told
    ("The treaty was signed on 30 May 1942, almost three years after the first shots": 1942; "The second war ended in 201
    BC, forty years after the first had ended": BC0201), as histories (TIMEX2) mark it: that date in the offset's unit
    (of the date, when the unit is finer than it: "in 1987, two days after" says no day); else None.  Returns the value,
    its period (None in years BC) and the id of the date restated (``before_tid``, that of ``before_it``)."""
    table = ctx.lexicon.tables.get("event_offsets") if ctx.mode == "narrative" else None
    if meaning.grain in (Grain.DECADE, Grain.CENTURY):  # "in 1998, a quarter of a century after the flood": 1998
        meaning = attrs.evolve(meaning, grain=Grain.YEAR)
    if meaning.on_day:  # "signed on 28 June 1919, five years to the day after the murder": the day itself
        meaning = attrs.evolve(meaning, grain=Grain.DAY)
    # ... or a step set off by a comma right after the date ("did not pay in gold again until May 1821, twenty-four years
    # later": 1821, not twenty-four years after May 1821)
    step = meaning.span in ("later", "earlier") and meaning.amount is not None
    if (not table or before_it is None or (meaning.span is not None and not step) or meaning.grain not in RESTATED_GRAINS
            or not (_AFTER_DATE.fullmatch(ctx.text, before_it.end, mention.start)
                    or (not step and _AFTER_CLAUSE.fullmatch(ctx.text, before_it.end, mention.start)))):
        return None  # ("In 1450 BC the king held his jubilee, thirty years after his accession": BC1450)
    after = _WORD.findall(ctx.text, mention.end, mention.end + 40)
    if not step and (not after or after[0] not in table["directions"]):
        return None
    if story.bc is not None and story.bc_tid == before_tid:
        # the date's year ("on the Ides of March 44 BC, seven years after the last battle": BC0044), or month
        if meaning.grain is Grain.MONTH and story.bc[1] is not None:
            return f"BC{story.bc[0]:04d}-{story.bc[1]:02d}", None, story.bc_tid
        return (f"BC{story.bc[0]:04d}", None, story.bc_tid) if meaning.grain is Grain.YEAR else None
    last = story.last
    joined = last is not None and last[0] == story.sentence and story.end_of.get(last[2], -1) >= before_it.start - RESTATED_JOIN
    if last is None or (last[2] != before_tid and not joined) or last[1].grain > meaning.grain:  # ("in the spring of 1919, four years after": 1919)
        # (a clock time told with the date, "at 11 a.m. on 11 November 1918, four years after", is the date told last)
        return None
    period = cal.containing(last[1].start, meaning.grain)
    return period.value, period, last[2]


_APPOSED = re.compile(r"\s+[A-Za-z]+\s*,\s*([A-Za-z]+)\s+")  # "[Ten months] later, on [26 February 1815]"


def apposed_date(ctx: "Context", meaning: DurationSpec, mention: Mention, after: Optional[Mention]) -> bool:
    """Narrative mode: whether the date right after an offset restates it ("Ten months later, on 26 February 1815",
    "Eighteen months later, in June 1927"): the offset's word, a comma and one of ``[event_offsets] restated_leads``
    between them."""
    table = ctx.lexicon.tables.get("event_offsets") if ctx.mode == "narrative" else None
    if not table or after is None or meaning.span is None or not isinstance(after.meaning, CalendarSpec):
        return False
    m = _APPOSED.fullmatch(ctx.text, mention.end, after.start)
    return bool(m and m.group(1).lower() in table.get("restated_leads", ()))


def restated_offset(t: Timex, grain: Grain, date: Timex, date_tid: str) -> Timex:
    """An offset restated by the date after it (see :func:`apposed_date`): that date in the offset's unit, as histories
    (TIMEX2) mark it ("Six weeks later, on 27 August": the week of 27 August, whatever six weeks from the story's day
    give; a decade or century counts in years, "A century later, in 1973": 1973); unchanged when the date is coarser than
    the unit ("Ten months later, in 1815") or has no place on the calendar."""
    grain = min(grain, Grain.YEAR)
    if date.type not in (TimexType.DATE, TimexType.TIME) or date.grain > grain:
        return t
    if date.value.startswith("BC"):  # years BC have no periods: the year only
        return attrs.evolve(t, value=date.value[:6], anchor=TimexAnchor(AnchorKind.TIMEX, date_tid)) if grain is Grain.YEAR else t
    if date.earliest is None:
        return t
    period = cal.containing(date.earliest, grain)
    return attrs.evolve(t, value=period.value, earliest=period.start, latest=period.end, anchor=TimexAnchor(AnchorKind.TIMEX, date_tid))


def offset_extents(ctx: "Context", mentions: list[Mention], timexes: list[Timex]) -> list[Timex]:
    """Narrative mode: each offset's extent as histories (TIMEX2) mark it, with the word after it that says which way
    it counts ("[two days later]", "[weeks earlier]", "[months before that]") and a hedge right before it ("[only a
    few days earlier]"), a season the words before it ("[later in the summer]"), a length the noun it qualifies and
    that noun's article ("[a sixty-day period]"); news (TimeML) leaves them out.
    ``timexes`` are those of ``mentions``, one each, in order."""
    table = ctx.lexicon.tables.get("event_offsets") if ctx.mode == "narrative" else None
    if not table or not table.get("offset_words"):
        return timexes
    after_rx, hedge_rx = _extent_patterns(tuple(table["offset_words"]), tuple(table.get("offset_hedges", ())),
                                          tuple(table.get("offset_adverbs", ())), tuple(table.get("adverb_next", ())))
    low = ctx.text.lower()
    out = list(timexes)
    lead_rx = _lead_pattern(tuple(table.get("season_leads", ())))
    cues = tense_words(ctx.doc.language)
    noun_rx, article_rx = _period_patterns(tuple(table.get("length_nouns", ())), tuple(table.get("length_articles", ())))
    for k, (m, t) in enumerate(zip(mentions, timexes)):
        if isinstance(m.meaning, CalendarSpec) and m.meaning.season is not None:
            lead = lead_rx.search(low, max(out[k - 1].end if k else 0, t.start - 20), t.start)
            if lead is not None:  # "[Later in the summer]"
                out[k] = attrs.evolve(t, start=lead.start(), text=ctx.text[lead.start() : t.end])
            continue
        if not isinstance(m.meaning, DurationSpec):
            continue
        named = _NAMED_LENGTH.match(t.text)
        if named is not None:  # "the [Seven Days]", "the [Hundred Days]": a name's words, not its article
            out[k] = attrs.evolve(t, start=t.start + named.end(), text=t.text[named.end() :])
            continue
        noun = noun_rx.match(low, t.end, timexes[k + 1].start if k + 1 < len(timexes) else len(low))
        article = article_rx.search(low, max(out[k - 1].end if k else 0, t.start - 12), t.start) if noun is not None else None
        if noun is not None and article is not None:  # "[a sixty-day period]", "[the same 28-day period]"
            out[k] = attrs.evolve(t, start=article.start(), end=noun.end(), text=ctx.text[article.start() : noun.end()])
            continue
        follows = after_rx.match(low, t.end, timexes[k + 1].start if k + 1 < len(timexes) else len(low))
        if follows is None:
            continue
        hedge = hedge_rx.search(low, max(out[k - 1].end if k else 0, t.start - 12), t.start)
        start = hedge.start(1) if hedge is not None else t.start
        out[k] = attrs.evolve(t, start=start, end=follows.end(), text=ctx.text[start : follows.end()])
    phrase = _phrase_words(tuple(table.get("length_phrase_leads", ())), tuple(table.get("offset_phrase_leads", ())),
                           tuple(table.get("phrase_links", ())), tuple(table.get("phrase_determiners", ())))
    for k, (m, t) in enumerate(zip(mentions, out)):
        if not (isinstance(m.meaning, DurationSpec) or m.rule in _EVENT_NAMING_RULES):
            continue
        limit = timexes[k + 1].start if k + 1 < len(timexes) else len(ctx.text)
        leads = phrase.length_leads if t.type is not TimexType.DATE else phrase.offset_leads
        end = _phrase_end(ctx.text, t.end, limit, leads, phrase, cues)
        if end is not None:  # "[two months of fierce battles]", "[four days after the vote]": the event's words too
            out[k] = attrs.evolve(t, end=end, text=ctx.text[t.start : end])  # ("[the first two years of ...]": "the first" is the rule's)
    return out


_NUMBERED_DAY_VALUE = re.compile(r"(?:BC)?\d{4}-\d\d-(?:\d\d|XX)\Z")


def numbered_day_parts(ctx: "Context", mentions: list[Mention], timexes: list[Timex]) -> list[Timex]:
    """Narrative mode: a numbered day of an event with a part of it written before it, one expression as histories (TIMEX2)
    mark it: "[the morning of the third day]" is that day's morning (``[ordinal_days] parts``, hours from ``[parts_of_day]``),
    "[the end of the second day]" its end (``part_ends``: mod END).  ``timexes`` are those of ``mentions``, one each, in order."""
    table = ctx.lexicon.tables.get("ordinal_days") if ctx.mode == "narrative" else None
    if not table or not (table.get("parts") or table.get("part_ends")):
        return timexes
    parts, ends = tuple(table.get("parts", ())), dict(table.get("part_ends", {}))
    lead = _numbered_part_lead(parts + tuple(ends))
    day_parts = ctx.lexicon["parts_of_day"]
    out = list(timexes)
    for k, (m, t) in enumerate(zip(mentions, timexes)):
        if m.rule not in ("ordinal_day", "anchored_span") or t.type is not TimexType.DATE or not _NUMBERED_DAY_VALUE.match(t.value):
            continue
        found = lead.search(ctx.text, max(out[k - 1].end if k else 0, t.start - 30), t.start)
        if found is None:
            continue
        word = found.group(1).lower()
        if word in ends:
            out[k] = attrs.evolve(t, start=found.start(), text=ctx.text[found.start() : t.end], mod=ends[word],
                                  earliest=bounds_for_mod_day(t.earliest, t.latest, ends[word])[0],
                                  latest=bounds_for_mod_day(t.earliest, t.latest, ends[word])[1])
            continue
        hours = day_parts.get(word)
        if hours is None:
            continue
        known = t.earliest is not None and t.latest is not None and t.latest - t.earliest == dt.timedelta(days=1)
        earliest = t.earliest + dt.timedelta(hours=hours["start"]) if known and t.earliest is not None else t.earliest
        latest = t.earliest + dt.timedelta(hours=hours["end"]) if known and t.earliest is not None else t.latest
        out[k] = attrs.evolve(t, start=found.start(), text=ctx.text[found.start() : t.end], value=f"{t.value}T{hours['code']}",
                              type=TimexType.TIME, grain=Grain.PART_OF_DAY, earliest=earliest, latest=latest)
    return out


def bounds_for_mod_day(earliest: Optional[dt.datetime], latest: Optional[dt.datetime], mod: str) -> tuple[Optional[dt.datetime], Optional[dt.datetime]]:
    """The first (``START``) or last (``END``) third of a day told by its bounds, whole hours; unknown bounds stay."""
    if earliest is None or latest is None or latest - earliest != dt.timedelta(days=1):
        return earliest, latest
    third = dt.timedelta(hours=8)
    return (earliest, earliest + third) if mod == "START" else (latest - third, latest)


@functools.lru_cache(maxsize=None)
def _numbered_part_lead(words: tuple[str, ...]) -> "re.Pattern[str]":
    """ "the morning of ", "the end of " right before a numbered day."""
    return re.compile(r"\b[Tt]he[ \t]{1,2}(" + "|".join(re.escape(w) for w in words) + r")[ \t]{1,2}of[ \t]{1,2}\Z", re.IGNORECASE)


_PART_PERIOD = re.compile(r"(\d{4})-(\d\d)\Z|(\d{4})\Z|(\d{3})\Z|(\d\d)\Z")  # a month, year, decade or century value


def period_ends(ctx: "Context", mentions: list[Mention], timexes: list[Timex]) -> list[Timex]:
    """Narrative mode: the first or last day, month or year of a period told as one ("[the last day of the month]", "[the
    last year of the decade]"), as histories (TIMEX2) date it: that day, month or year (1124-03-31, 1779), where the
    recognizer found the period alone, or a length before it ("the last year": P1Y), which gives way (lexicon
    ``[period_ends]``).  ``timexes`` are those of ``mentions``, one each, in order; the result may be shorter."""
    table = ctx.lexicon.tables.get("period_ends") if ctx.mode == "narrative" else None
    if not table:
        return timexes
    firsts, lasts, units = tuple(table["firsts"]), tuple(table["lasts"]), tuple(table["units"])
    lead = _period_part_lead(firsts + lasts, units)
    out: list[Timex] = []
    for k, t in enumerate(timexes):
        told = _untagged_period(ctx, table, t, out, timexes[k + 1].start if k + 1 < len(timexes) else len(ctx.text))
        if told is not None:  # "ruled for two years. In the last year of the decade": the story's decade, left untagged
            out.append(told)
            continue
        found = _PART_PERIOD.match(t.value) if t.type is TimexType.DATE else None
        before = lead.search(ctx.text, max(0, t.start - 40), t.start) if found is not None else None
        if before is None or (out and out[-1].end > before.start() and not (before.start() <= out[-1].start and out[-1].type is TimexType.DURATION)):
            out.append(t)
            continue
        last, unit = before.group(1).lower() in lasts, before.group(2).lower()
        month, year, decade, century = found.group(2), found.group(1) or found.group(3), found.group(4), found.group(5)
        period: Optional[Period] = None
        if unit == "day" and month:
            first = dt.date(int(year), int(month), 1)
            period = cal.day(cal.month(first.year, first.month).end.date() - dt.timedelta(days=1) if last else first)
        elif unit == "day" and found.group(3):
            period = cal.day(dt.date(int(year), 12, 31) if last else dt.date(int(year), 1, 1))
        elif unit == "month" and found.group(3):
            period = cal.month(int(year), 12 if last else 1)
        elif unit == "year" and decade:
            period = cal.year(int(decade) * 10 + (9 if last else 0))
        elif unit == "year" and century:
            period = cal.year(int(century) * 100 + (99 if last else 0))
        if period is None:
            out.append(t)
            continue
        if out and before.start() <= out[-1].start:
            out.pop()  # "the last year" (a length) gives way to "the last year of the decade"
        out.append(attrs.evolve(t, start=before.start(), text=ctx.text[before.start() : t.end], value=period.value, grain=period.grain,
                                earliest=period.start, latest=period.end))
    return out


_YEAR_START = re.compile(r"(\d{4})(?:-|\Z)")


def _untagged_period(ctx: "Context", table: dict[str, Any], t: Timex, out: list[Timex], next_start: int) -> Optional[Timex]:
    """ "the last year" (a length) followed by "of the decade" ("of the century") the recognizer left out (no expression
    begins before ``next_start`` there): that year of the decade (century) of the last year told before it, one expression;
    else None."""
    words = t.text.lower().split()
    if t.type is not TimexType.DURATION or len(words) != 3 or words[0] != "the" or words[2] != "year":
        return None
    if words[1] not in table["firsts"] and words[1] not in table["lasts"]:
        return None
    tail = _UNIT_TAIL.match(ctx.text, t.end)
    year = next((int(y.group(1)) for y in (_YEAR_START.match(x.value) for x in reversed(out) if x.type is TimexType.DATE) if y is not None), None)
    if tail is None or year is None or next_start < tail.end():
        return None
    size = 10 if tail.group(1).lower() == "decade" else 100
    first = year - year % size
    period = cal.year(first + size - 1 if words[1] in table["lasts"] else first)
    return attrs.evolve(t, type=TimexType.DATE, end=tail.end(), text=ctx.text[t.start : tail.end()], value=period.value, grain=period.grain,
                        earliest=period.start, latest=period.end, min_length=None, max_length=None)


_UNIT_TAIL = re.compile(r"[ \t]{1,2}of[ \t]{1,2}the[ \t]{1,2}(decade|century)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _period_part_lead(ordinals: tuple[str, ...], units: tuple[str, ...]) -> "re.Pattern[str]":
    """ "the last day of ", "the first year of " right before a period."""
    return re.compile(r"\b[Tt]he[ \t]{1,2}(" + "|".join(re.escape(w) for w in ordinals) + r")[ \t]{1,2}(" + "|".join(re.escape(w) for w in units)
                      + r")[ \t]{1,2}of[ \t]{1,2}\Z", re.IGNORECASE)


MILLENNIUM_VALUE = re.compile(r"(BC)?(\d)\Z")


def millennium_timex(ctx: "Context", mention: Mention, common: dict[str, object]) -> Timex:
    """Narrative mode: a millennium (recognize._with_millennia; its value in the VagueSpec, "BC5", "1") as a DATE with
    the mod of a point modifier written in it ("the end of the 4th millennium BC": END) and, in the common era, its
    thousand years as bounds (none before it: years BC have no periods)."""
    value = mention.meaning.value  # type: ignore[union-attr]
    words = " ".join(mention.text.lower().replace("-", " ").split())
    mod = next((Mod(m) for w, m in sorted(ctx.lexicon["modifiers"].items(), key=lambda x: -len(x[0]))
                if m in ("START", "MID", "END") and (words.startswith(w + " ") or words.startswith("the " + w + " "))), None)
    m = MILLENNIUM_VALUE.match(value)
    earliest = latest = None
    if m is not None and m.group(1) is None:
        n = int(m.group(2))
        period = Period(dt.datetime(max(1, n * 1000), 1, 1), dt.datetime(n * 1000 + 1000, 1, 1) if n < 9 else dt.datetime.max, Grain.MILLENNIUM, value)
        from .dates import bounds_for_mod  # (dates imports this module)
        earliest, latest = bounds_for_mod(period, mod)
    return Timex(type=TimexType.DATE, value=value, mod=mod, grain=Grain.MILLENNIUM, earliest=earliest, latest=latest, **common)  # type: ignore[arg-type]


_PART_CODE = re.compile(r"T(?:[A-Z]{2}|\d\d:\d\d)\Z")


def part_without_day(ctx: "Context", spec: CalendarSpec, period: Period, anchor: TimexAnchor, story: Story) -> Optional[tuple[Period, TimexAnchor]]:
    """Narrative mode: a part of a day no day told names ("In June 1920 ... In the morning", "In 1920 ... at nightfall",
    no day since the story moved to its month or year) is some day's of the story's month or year, as histories (TIMEX2)
    write it (1920-06-XXTMO, 1920-XX-XXTEV; the period spans the story's), not the month's first day nor the publication
    day the anchor fell back to; None when a day is told, or written in the expression."""
    if (ctx.mode != "narrative" or not spec.part_of_day or period.grain is not Grain.PART_OF_DAY or spec.day is not None
            or spec.weekday is not None or spec.month is not None or spec.year is not None):
        return None
    now, tid = story.current, story.current_tid
    if now is None or tid is None or now.grain <= Grain.DAY:
        return None
    if not (anchor.kind is AnchorKind.REFERENCE_TIME or (anchor.kind is AnchorKind.TIMEX and anchor.timex_id == tid)):
        return None
    code = _PART_CODE.search(period.value)
    if code is None:
        return None
    if now.grain is Grain.MONTH:
        value = f"{now.value}-XX{code.group(0)}"
    elif Grain.MONTH < now.grain <= Grain.YEAR:
        value = f"{now.value[:4]}-XX-XX{code.group(0)}"
    else:
        return None
    return Period(now.start, now.end, Grain.PART_OF_DAY, value), TimexAnchor(AnchorKind.TIMEX, tid)


_ONE_NIGHT = re.compile(r"\b[Aa]n?[ \t]{1,2}\Z")


def night_timex(ctx: "Context", mention: Mention, story: Story, common: dict[str, object]) -> Timex:
    """Narrative mode: "travelled at night", "night attacks" (recognize._with_generic_nights): a night of no day said,
    XXXX-XX-XXTNI as histories (TIMEX2) write it (BCXXXX-XX-XXTNI in a story told in years BC); in a sentence that told a
    day it is that day's night ("On 3 June 1920 the scouts crossed at night"), and one night ("in a night-raid") in a
    sentence that told a month is of some day of it ("In mid April ... in a night-raid": 1918-04-XXTNI)."""
    last = story.last
    if (last is not None and last[0] == story.sentence
            and (last[1].grain is Grain.DAY or (last[1].grain is Grain.MONTH and _ONE_NIGHT.search(ctx.text, max(0, mention.start - 4), mention.start)))):
        value = last[1].value + ("TNI" if last[1].grain is Grain.DAY else "-XXTNI")
        return Timex(type=TimexType.TIME, value=value, grain=Grain.PART_OF_DAY, anchor=TimexAnchor(AnchorKind.TIMEX, last[2]),
                     temporal_function=True, **common)  # type: ignore[arg-type]
    return Timex(type=TimexType.TIME, value=("BC" if story.bc is not None else "") + "XXXX-XX-XXTNI", grain=Grain.PART_OF_DAY, **common)  # type: ignore[arg-type]


REGNAL_RULE = "regnal_year"  # recognize._with_regnal_years
ACCESSION_SENTENCES = 20  # sentences back at most from a year of a reign to the accession it counts from (a history tells
# "in the thirteenth year of his reign" paragraphs after "came to the throne in 209 BC"; s23 raised it from 3)
_YEAR_VALUE = re.compile(r"(BC)?(\d{4})(?:-|\Z)")


_SHORT_YEAR_TEXT = re.compile(r"[\x27\u2019]\d\d\b")


def story_short_years(mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: a year written with two digits after an apostrophe ("the rising of '98", "June '44") is the one with
    those digits nearest the year of the common era written in full last before it (1798 after "founded in 1791"; a tie
    goes to the earlier), not one of 1950-2049 as in news; with none before it, as read.  (A decision of resolution, taken
    before any expression is resolved: moved here from recognition in s44, with the same output.)"""
    out = list(mentions)
    last: Optional[int] = None
    for k, m in enumerate(mentions):
        spec = m.meaning
        if not isinstance(spec, CalendarSpec) or spec.year is None or spec.bc or spec.shift is not None:
            continue
        if not spec.partial_year:
            last = spec.year
        elif last is not None and _SHORT_YEAR_TEXT.search(m.text):
            digits = spec.year % 100
            year = min((c * 100 + digits for c in range(last // 100 - 1, last // 100 + 2) if c * 100 + digits > 0),
                       key=lambda y: (abs(y - last), y))  # type: ignore[operator]
            if year != spec.year:
                out[k] = attrs.evolve(m, meaning=attrs.evolve(spec, year=year))
    return out


def decades_of_story_centuries(ctx: "Context", mentions: list[Mention], timexes: list[Timex]) -> list[Timex]:
    """Narrative mode: "the last decade of the century" (rule ``DECADE_OF_STORY_RULE``), resolved as the story's century,
    as that century's decade of the rank it names (the story in 1132: 119), as "the last decade of the 12th century" is.
    ``timexes`` are those of ``mentions``, one each, in order."""
    if ctx.mode != "narrative":
        return timexes
    out = list(timexes)
    year: Optional[int] = None  # the last year told before mention k
    for k, m in enumerate(mentions):
        t = out[k]
        if m.rule == SHORT_DECADE_RULE and t.grain is Grain.DECADE and _SHORT_DECADE.search(m.text) and _DECADE_VALUE.fullmatch(t.value):
            out[k] = _story_short_decade(t, year if year is not None else _first_year(out))
        told = _CE_YEAR.match(out[k].value)
        if told or (out[k].grain is Grain.DECADE and _DECADE_VALUE.fullmatch(out[k].value)):  # ("the 1980s and '90s": 199)
            year = int(told.group(1)) if told else int(out[k].value) * 10 + 5
        if m.rule != DECADE_OF_STORY_RULE or t.grain is not Grain.CENTURY or not _CENTURY_VALUE.fullmatch(t.value):
            continue
        rank = story_decade_rank(ctx.lexicon, m.text)
        if rank is None:
            continue
        d = int(t.value) * 10 + rank - 1
        period = cal.decade(d)
        out[k] = attrs.evolve(t, value=f"{d:03d}", grain=Grain.DECADE, earliest=period.start, latest=period.end)
    return out


_CENTURY_VALUE = re.compile(r"\d\d")
SHORT_DECADE_RULE = "decade"  # "the '60s" is read by rule decade (the 1960s; the 1930s to the 2020s)
_SHORT_DECADE = re.compile(r"[\x27\u2019]\d0s")
_DECADE_VALUE = re.compile(r"\d{3}")
_CE_YEAR = re.compile(r"(\d{4})(?:-|\Z)")


def _first_year(timexes: list[Timex]) -> Optional[int]:
    """The year of the first of ``timexes`` dated within a year of the common era, else None."""
    return next((int(y.group(1)) for y in (_CE_YEAR.match(t.value) for t in timexes) if y), None)


def _story_short_decade(t: Timex, year: Optional[int]) -> Timex:
    """A decade written short ("the '60s", ``t`` as read, 196) in a history: the decade with those digits nearest the
    story's ``year`` (told last before it, else the text's first year): 186 in a story of 1852, 193 in one of 1896; a
    tie goes to the earlier one.  ``t`` as it is with no year."""
    if year is None:
        return t
    digit = int(t.value) % 10
    best = min((c * 10 + digit for c in range(year // 100 - 1, year // 100 + 2) if c >= 0),
               key=lambda d: (max(d * 10 - year, year - d * 10 - 9, 0), d))
    if best == int(t.value):
        return t
    period = cal.decade(best)
    return attrs.evolve(t, value=f"{best:03d}", earliest=period.start, latest=period.end)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


_NAME = re.compile(r"\b[A-Z][a-z]+\b")
_BIRTH = "birth"  # what a birthday counts from (lexicon [event_offsets] told_by_verbs: "born")


def _names(ctx: "Context", start: int, end: int) -> set[str]:
    """The words written with a capital in [start, end), but a sentence's first."""
    return {r.group(0) for r in _NAME.finditer(ctx.text, start, end) if ctx.doc.sentence_at(r.start())[0] != r.start()}


def birthday_days(ctx: "Context", mentions: list[Mention], timexes: list[Timex]) -> list[Timex]:
    """Narrative mode: "his thirtieth birthday" (rule ``BIRTHDAY_RULE``), resolved as the year so many years after the birth
    told (see :func:`event_offset`), as the day it is when the birth was told with its day ("born on 4 March 1822": the
    thirtieth birthday is 1852-03-04), the last such day told before it in a sentence with the verb of a birth (lexicon
    [event_offsets] told_by_verbs).  ``timexes`` are those of ``mentions``, one each, in order."""
    table = ctx.lexicon.tables.get("event_offsets") if ctx.mode == "narrative" else None
    verb = ((table or {}).get("told_by_verbs") or {}).get(_BIRTH)
    if not verb:
        return timexes
    out = list(timexes)
    born = re.compile(rf"\b{re.escape(verb)}\b", re.IGNORECASE)
    for k, m in enumerate(mentions):
        t = out[k]
        if m.rule != BIRTHDAY_RULE or not isinstance(m.meaning, DurationSpec) or m.meaning.amount is None or not t.value.isdigit():
            continue
        for j in range(k - 1, -1, -1):
            if not _DAY_VALUE.fullmatch(out[j].value):
                continue
            s, e = ctx.doc.sentence_at(mentions[j].start)
            if born.search(ctx.text, s, e) is None:
                continue
            birth = dt.date.fromisoformat(out[j].value)
            if birth.year + int(m.meaning.amount) == int(t.value):
                try:
                    day = cal.day(birth.replace(year=int(t.value)))
                except ValueError:  # (29 February)
                    break
                out[k] = attrs.evolve(t, value=day.value, grain=Grain.DAY, earliest=day.start, latest=day.end, anchor=TimexAnchor(AnchorKind.TIMEX, f"t{j + 1}"))
            break
    return out


def same_day_of_event(ctx: "Context", mentions: list[Mention], timexes: list[Timex]) -> list[Timex]:
    """Narrative mode: "the same day", "that same evening" (lexicon [narrative_unit_offsets] same) after two days told in
    its sentence or the two before it is the day of the event its sentence names again by a name written with a capital
    (a place, a match's ground) before it, when only an earlier day's words name it ("initialled the draft at Tessin on 4 May 1721,
    and the king sealed it at Carlow on 9 May. The envoy rode out of Tessin the same evening": 4 May), not the day told
    last.  ``timexes`` are those of ``mentions``, one each, in order."""
    table = ctx.lexicon.tables.get("narrative_unit_offsets") if ctx.mode == "narrative" else None
    same = frozenset(table.get("same") or ()) if table else frozenset()
    if not same:
        return timexes
    out = list(timexes)
    for k, m in enumerate(mentions):
        words = m.text.lower().split()
        t = out[k]
        if len(words) != 3 or " ".join(words[:2]) not in same or t.earliest is None or not _DAY_VALUE.match(t.value):
            continue
        here = ctx.doc.sentence_index(m.start)
        days = [j for j in range(k - 1, -1, -1) if ctx.doc.sentence_index(mentions[j].start) >= here - 2][::-1]
        days = [j for j in days if out[j].grain is Grain.DAY and out[j].type is TimexType.DATE and _DAY_VALUE.fullmatch(out[j].value)
                and "\n" not in ctx.text[mentions[j].end : m.start]]
        if len(days) < 2 or out[days[-1]].value != t.value[:10]:
            continue
        low, _ = ctx.doc.sentence_at(m.start)
        said = _names(ctx, low, m.start)  # (told before it: "The same day" opening a sentence goes on from the day told last)
        hits = []
        for n, j in enumerate(days):
            begin = mentions[days[n - 1]].end if n else ctx.doc.sentence_at(mentions[j].start)[0]
            begin = max(begin, ctx.doc.sentence_at(mentions[j].start)[0])
            hits.append(bool(said & _names(ctx, begin, mentions[j].end)))
        if hits[-1] or hits.count(True) != 1:
            continue
        j = days[hits.index(True)]
        if out[j].value == t.value[:10]:
            continue
        delta = dt.date.fromisoformat(out[j].value) - dt.date.fromisoformat(t.value[:10])
        out[k] = attrs.evolve(t, value=out[j].value + t.value[10:], earliest=t.earliest + delta, latest=t.latest + delta if t.latest else None,
                              anchor=TimexAnchor(AnchorKind.TIMEX, f"t{j + 1}"))
    return out


def parts_of_offset_days(ctx: "Context", mentions: list[Mention], timexes: list[Timex]) -> list[Timex]:
    """Narrative mode: "the morning after the battle" (rule ``POD_OFFSET_RULE``), resolved as "the day after the battle" is,
    as that part of the day (lexicon [parts_of_day]: 1645-06-15TMO).  ``timexes`` are those of ``mentions``, one each."""
    if ctx.mode != "narrative":
        return timexes
    out = list(timexes)
    parts = ctx.lexicon["parts_of_day"]
    for k, m in enumerate(mentions):
        t = out[k]
        word = m.text.lower().split()[-1]
        if m.rule != POD_OFFSET_RULE or t.grain is not Grain.DAY or not _DAY_VALUE.fullmatch(t.value) or word not in parts:
            continue
        entry = parts[word]
        p = cal.part_of_day(dt.date.fromisoformat(t.value), entry["code"], float(entry["start"]), float(entry["end"]), entry.get("clock"))
        out[k] = attrs.evolve(t, type=TimexType.TIME, value=p.value, grain=p.grain, earliest=p.start, latest=p.end)
    return out


def regnal_years(ctx: "Context", mentions: list[Mention], timexes: list[Timex]) -> list[Timex]:
    """Narrative mode: every "the tenth year of his reign" of ``mentions`` as the year it is (see :func:`regnal_year`), for
    those resolution has not dated already.  ``timexes`` are those of ``mentions``, one each, in order."""
    if ctx.mode != "narrative":
        return timexes
    out = list(timexes)
    for k, m in enumerate(mentions):
        if m.rule == REGNAL_RULE and out[k].type is not TimexType.DATE:
            out[k] = regnal_year(ctx, mentions, out, k) or out[k]
    return out


def regnal_year(ctx: "Context", mentions: list[Mention], timexes: list[Timex], k: int) -> Optional[Timex]:
    """Narrative mode: "the tenth year of his reign" (rule ``REGNAL_RULE``, ``timexes[k]``) as the year it is, as histories
    (TIMEX2) date it: the year of a date right before it, set off by a comma, that it restates ("In AD 527, the first year
    of the emperor Lucian's reign": 0527); else the year told last before it in a sentence, at most ``ACCESSION_SENTENCES``
    back, with a word of ``[regnal_years] accession`` ("came to the throne in 1792 BC ... the tenth year of his reign":
    BC1783), or, for the reign of an heir (``heirs``: "his son's reign"), of ``successions`` too ("died in 350 BC ... the
    first year of his son's reign": BC0350).  With neither None (it stays a length, one year).  ``timexes`` up to ``k``
    are resolved."""
    table = ctx.lexicon.tables.get("regnal_years") if ctx.mode == "narrative" else None
    m, t = mentions[k], timexes[k]
    if not table or m.rule != REGNAL_RULE:
        return None
    year = None
    if k and _restating(tuple(table.get("restating") or ())).fullmatch(ctx.text, timexes[k - 1].end, t.start):
        year, n, of = _YEAR_VALUE.match(timexes[k - 1].value), 1, timexes[k - 1].tid  # the date it restates: its year
    else:
        words = t.text.lower().split()
        accession = set(table["accession"])
        heir = any(w in table.get("heirs", ()) for w in words)
        if len(words) > 2 and words[-2] in table.get("office_links", ()):
            accession.add(words[-1])  # "his sixth year as bishop": "was made bishop of Carrow on 11 November 1683" is its start
        ends = set(table.get("span_ends", ()))
        if heir:
            accession |= set(table.get("successions", ()))  # "the first year of his son's reign": from his father's death
        word = words[1]
        n = int(word.rstrip("stndrh")) if word[0].isdigit() else int(ctx.lexicon["ordinals"].get(word, 0))
        here = ctx.doc.sentence_index(t.start)
        reigned = None  # an heir's: the years the ruler before reigned, told after the accession ("He reigned for forty-one years")
        heir_at = _heir_told(ctx, table, t.start)  # "His son Harald reigned for nine years; in the third year of his reign"
        for j in range(k - 1, -1, -1):
            told = _YEAR_VALUE.match(timexes[j].value)
            back = here - ctx.doc.sentence_index(timexes[j].start)
            if back > ACCESSION_SENTENCES:
                break
            if heir_at is not None and timexes[j].start >= heir_at and timexes[j].type is TimexType.DURATION:
                continue  # (the heir's own reign: "reigned for nine years" is no length of the reign before; "succeeded in
                # 1680" is its accession, counted as any)
            if heir_at is not None and not heir:
                heir = True
                accession |= set(table.get("successions", ()))  # his reign is the heir's: it counts from the ruler's death
            s, e = ctx.doc.sentence_at(timexes[j].start)
            told_words = {w.lower() for w in _WORD.findall(ctx.text, s, e)}
            length = _YEARS_LENGTH.fullmatch(timexes[j].value) if timexes[j].type is TimexType.DURATION else None
            if heir and reigned is None and length is not None and set(table["accession"]) & told_words:
                reigned = int(length.group(1))
            if (told is not None and timexes[j].type is TimexType.DATE and accession & told_words and ends
                    and {w.lower() for w in _WORD.findall(ctx.text, max(s, timexes[j].start - 20), timexes[j].start)[-1:]} & ends
                    and _range_first(ctx, table, timexes, j, s) is None):
                continue  # where a rule ended, not began: "Her uncle ruled for her as regent until 1711"
            if told is not None and timexes[j].type is TimexType.DATE and accession & told_words:
                j = _accession_date(ctx, accession, timexes, j, s)  # "he died in 526 BC, and the next year ...": 526 BC
                year, of = _YEAR_VALUE.match(timexes[j].value) or told, timexes[j].tid
                if reigned is not None and not set(table.get("successions", ())) & told_words:
                    n += reigned  # "came to the throne in 1290 BC ... He reigned for forty-one years. ... his son's reign": 1249 BC
                first = _range_first(ctx, table, timexes, j, s)
                if first is not None:
                    year, of = _YEAR_VALUE.match(timexes[first].value), timexes[first].tid
                break
    if year is None:
        return None
    bc = year.group(1) is not None
    y = int(year.group(2)) + (n - 1) * (-1 if bc else 1)
    if bc and y < 1:  # across the era's start (no year 0): "crowned in 4 BC ... the tenth year": AD 6
        bc, y = False, 1 - y
    period = None if bc else cal.year(y)
    return attrs.evolve(t, type=TimexType.DATE, value=f"BC{y:04d}" if bc else f"{y:04d}", grain=Grain.YEAR,
                        earliest=period.start if period else None, latest=period.end if period else None,
                        min_length=None, max_length=None, anchor=TimexAnchor(AnchorKind.TIMEX, of), temporal_function=True)


def _heir_told(ctx: "Context", table: dict[str, Any], at: int) -> Optional[int]:
    """Where the sentence of a year of a reign that begins at ``at`` (up to it) tells an heir taking the throne, a possessive and
    a noun of ``[regnal_years] heir_nouns`` with an accession word after it ("His son Harald reigned for nine years; in the
    third year of his reign"); so may the sentence right before it ("The duke died in 1467. His son Charles succeeded him. In
    the fourth year of his reign": 1470): the reign is the heir's, counted from the ruler's death; else None."""
    nouns = table.get("heir_nouns")
    if not nouns:
        return None
    start = ctx.doc.sentence_at(at)[0]
    accession = set(table["accession"])
    spans = [(start, at)]
    if start > 0:
        spans.append((ctx.doc.sentence_at(max(0, start - 1))[0], start))
    for s, e in spans:
        words = [(w.group().lower(), w.start()) for w in _WORD.finditer(ctx.text, s, e)]
        for i, (w, pos) in enumerate(words[:-1]):
            if w in table["possessives"] and (words[i + 1][0] in nouns or (i + 2 < len(words) and words[i + 2][0] in nouns)):
                if accession & {v for v, _ in words[i + 2:]}:
                    return pos
    return None


def regnal_moves(story: Story, t: Timex) -> None:
    """Narrative mode: the story goes on in the year of a reign just dated ("In the third year of his reign he took Saray,
    and two years later ...": two years after that year), as it would after the year written out."""
    if t.value.startswith("BC"):
        if story.bc is not None and story.bc[0] == int(t.value[2:]) and story.bc[1] is not None:
            return  # (the story already on a month or day of that year, as below)
        story.bc, story.bc_tid, story.bc_season, story.bc_day, story.bc_early = (int(t.value[2:]), None), t.tid, None, None, None
    elif t.earliest is not None and t.latest is not None:
        now = story.current
        if now is not None and now.grain < Grain.YEAR and now.start.year == t.earliest.year and now.end <= t.latest:
            # "He died on 14 July 1289, in the twenty-third year of his reign, and was buried a week later": a reign's year
            # that holds the story's day restates it, as "in 1702" said on a day of 1702 does; the story stays on its day
            return
        story.update(cal.year(t.earliest.year), t.tid)


_YEARS_LENGTH = re.compile(r"P(\d+)Y")  # a length of whole years ("forty-one years": P41Y)
ACCESSION_REACH = 4  # words at most between an accession (death) word and the date it is told with ("died in Memphis in 526 BC")


def _accession_date(ctx: "Context", accession: set[str], timexes: list[Timex], j: int, sentence_start: int) -> int:
    """The index of the date of the sentence that ends at ``timexes[j]`` told right after a word of ``accession`` (at most
    ``ACCESSION_REACH`` words before it), the latest such; else ``j``, the sentence's last date."""
    for i in range(j, -1, -1):
        if timexes[i].start < sentence_start:
            break
        words = [w.lower() for w in _WORD.findall(ctx.text, max(sentence_start, timexes[i].start - 50), timexes[i].start)][-ACCESSION_REACH:]
        if (timexes[i].type is TimexType.DATE and _YEAR_VALUE.match(timexes[i].value) is not None and accession & set(words)):
            return i
    return j


@functools.lru_cache(maxsize=None)
def _restating(words: tuple[str, ...]) -> "re.Pattern[str]":
    """A comma, then perhaps one of ``words``, between a date and the year of a reign it restates ("1140, in the tenth")."""
    return re.compile(r",\s*" + (r"(?:(?:" + "|".join(re.escape(w) for w in words) + r")\s+)?" if words else ""))


def _range_first(ctx: "Context", table: dict[str, Any], timexes: list[Timex], j: int, sentence_start: int) -> Optional[int]:
    """The index of the first year that opens a range of years in the sentence up to ``timexes[j]`` ("ruled from [485] to
    466 BC"; "ruled from [1210] to 1230, but in 1225 ..."), joined by one of ``[regnal_years] range_links``; else None."""
    links = table.get("range_links")
    i = j
    while links and i and timexes[i - 1].start >= sentence_start:
        i -= 1
    for a in range(i, j):
        if (_YEAR_VALUE.match(timexes[a].value) is not None and _YEAR_VALUE.match(timexes[a + 1].value) is not None
                and ctx.text[timexes[a].end : timexes[a + 1].start].strip().lower() in links):
            return a
    return None


_EVENT_NAMING_RULES = frozenset({"narrative_anniversary", "narrative_anniversary_ahead"})  # a calendar expression that names an event too
PHRASE_WORDS = 8  # words at most of the event phrase a length or an offset names ("two months of fierce battles")
_PHRASE_WORD = re.compile(r"[ \t]{1,2}([\w'\u2019-]+)")
_PHRASE_STOP = re.compile(r"[ \t]*(?:[,.;:\"()\u201c\u201d]|$)")


@attrs.frozen
class _PhraseWords:
    """The words of lexicon ``[event_offsets]`` that bound the event phrase after a length or an offset."""

    length_leads: frozenset[str]
    offset_leads: frozenset[str]
    links: frozenset[str]
    determiners: frozenset[str]


@functools.lru_cache(maxsize=4)
def _phrase_words(length_leads: tuple[str, ...], offset_leads: tuple[str, ...], links: tuple[str, ...],
                  determiners: tuple[str, ...]) -> _PhraseWords:
    """The phrase words as sets (read once per lexicon)."""
    return _PhraseWords(frozenset(length_leads), frozenset(offset_leads), frozenset(links), frozenset(determiners))


def _phrase_end(text: str, at: int, limit: int, leads: frozenset[str], phrase: _PhraseWords, cues: "TenseWords") -> Optional[int]:
    """Narrative extents: where the event phrase after a length or an offset ends ("[eight years of savage warfare]",
    "[A year after Marathon]"): a lead word, then at most ``PHRASE_WORDS`` words up to a stop, not ending on a link or a
    determiner (``phrase``); None when there is none, or when a determiner after a noun opens another clause ("Two years after his death
    the barons rebelled": no phrase), a verb in the past (``cues``) is among them, or the words run past ``limit`` (the next
    expression)."""
    lead = _PHRASE_WORD.match(text, at, limit)
    if lead is None or lead.group(1).lower() not in leads:
        return None
    words: list[str] = []
    pos = lead.end()
    while True:
        w = _PHRASE_WORD.match(text, pos, limit)
        if w is None:
            break
        words.append(w.group(1).lower())
        pos = w.end()
        if len(words) > PHRASE_WORDS:
            return None
    stop = _PHRASE_STOP.match(text, pos)
    links, determiners = phrase.links, phrase.determiners
    if not words or stop is None or (pos < limit and stop.end() > limit) or words[-1] in links or words[-1] in determiners:
        return None
    if any(w in determiners and words[n - 1] not in links for n, w in enumerate(words) if n):
        return None
    if any(past_form(w, cues) and not (n and words[n - 1] in determiners) for n, w in enumerate(words)):
        return None  # a verb: the phrase ran into its clause ("In 1742, two years of drought ended.")
    return pos


_NAMED_LENGTH = re.compile(r"[Tt]he[ \t]{1,2}(?=[A-Z0-9][\w-]*[ \t]{1,2}[A-Z])")  # "the Seven Days", "the 4 Years": capitalised, a name


@functools.lru_cache(maxsize=None)
def _period_patterns(nouns: tuple[str, ...], articles: tuple[str, ...]) -> tuple["re.Pattern[str]", "re.Pattern[str]"]:
    """A noun a length qualifies ("sixty-day [period]") and the article before it ("[a] sixty-day")."""
    def alternation(items: tuple[str, ...]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"[ \t]{1,2}") for w in sorted(items, key=len, reverse=True)) or "(?!)"
    return (re.compile(r"[ \t]{1,2}(?:" + alternation(nouns) + r")\b"), re.compile(r"\b(?:" + alternation(articles) + r")[ \t]{1,2}$"))


@functools.lru_cache(maxsize=None)
def _lead_pattern(leads: tuple[str, ...]) -> "re.Pattern[str]":
    """Words right before a season that a history's expression begins with ("later in")."""
    alt = "|".join(re.escape(w).replace(r"\ ", r"[ \t]{1,2}") for w in sorted(leads, key=len, reverse=True)) or "(?!)"
    return re.compile(r"\b(?:" + alt + r")[ \t]{1,2}$")


@functools.lru_cache(maxsize=None)
def _extent_patterns(words: tuple[str, ...], hedges: tuple[str, ...], adverbs: tuple[str, ...],
                     adverb_next: tuple[str, ...]) -> tuple["re.Pattern[str]", "re.Pattern[str]"]:
    """The word that ends an offset's extent (right after it, not "later than"; "before" as an adverb, a verb or the
    clause's end after it), and a hedge right before it."""
    def alternation(items: tuple[str, ...]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"[ \t]{1,2}") for w in sorted(items, key=len, reverse=True)) or "(?!)"
    adverb = r"|(?:" + alternation(adverbs) + r")(?=[ \t]?[,;:.]|[ \t]{1,2}(?:" + alternation(adverb_next) + r")\b)"
    after = re.compile(r"[ \t]{1,2}(?:(?:" + alternation(words) + r")\b(?![ \t]{1,2}than\b)" + adverb + ")")
    hedge = re.compile(r"\b(" + alternation(hedges) + r")[ \t]{1,2}$")
    return after, hedge


def _event_head(table: dict, words: list[str]) -> Optional[str]:
    """The word that names what an offset counts from ("Sumter" of "Fort Sumter", "vote" of "the vote",
    "declaration" of "Japan's declaration of war"): the last word of the noun phrase after "after" or
    "before"; None for a pronoun ("after it had begun") or when there is none."""
    skip, stop = table["event_skip"], table["event_stop"]
    phrase: list[str] = []
    for word in words[:6]:
        low = word.lower()
        if word in _SENTENCE_END or low in stop or (phrase and (low in skip or low in table["event_pronouns"])):
            break  # (a pronoun after the noun opens the next clause: "The year before his death he returned")
        if low in skip or low.endswith("'s") or low.endswith("'"):
            continue  # "the", "his"; "Japan's", "the commander's"
        phrase.append(word)
    if not phrase or phrase[0].lower() in table["event_pronouns"]:
        return None
    names = [w for w in phrase if w[:1].isupper()]
    head = names[-1] if names else phrase[-1]
    return head if len(head) >= 3 else None


def _event_told(ctx: "Context", table: dict, words: list[str], mention: Mention, story: Story) -> Optional[tuple[object, ...]]:
    """The story's time when an earlier sentence named what an offset counts from: when that sentence tells dates, the
    last one told before the name, else its first; else the last date told in that sentence's paragraph before it, else
    the first told after it in the paragraph ("Lincoln
    was determined to hold Fort Sumter. ... bombarded the fort on April 12"), else the last one before;
    None when no earlier sentence names it or the story had no time then."""
    head = _event_head(table, words)
    if head is None or not story.times or any(head.lower() in u["words"] for u in ctx.lexicon["units"].values()):
        return None  # (a unit names a time, not an event: "forty years after their best year" is found as the time it restates)
    verb = (table.get("told_by_verbs") or {}).get(head.lower())  # "his death": "died in 1897" names it too
    named = re.compile(rf"\b(?:{re.escape(head)}(?:s|es)?|({re.escape(verb)}))\b" if verb else rf"\b{re.escape(head)}(?:s|es)?\b", re.IGNORECASE)
    sentences = ctx.doc.sentences
    last = min(story.sentence, len(sentences)) - 1
    recalled = _recalled(ctx)
    for k in range(last, max(-1, last - EVENT_REACH), -1):
        sent = sentences[k]
        word = named.search(ctx.text, sent.start, sent.end)
        if word is not None and recalled is not None and recalled.search(ctx.text, max(sent.start, word.start() - 40), word.start()):
            continue  # (s43) "On the tenth anniversary of its opening": a sentence that dates a return of it, not it
        if word is not None:
            break
    else:
        return None
    lo = max(0, sent.start - QUOTE_REACH)
    newline = ctx.text.rfind("\n", lo, sent.start)
    opens = newline + 1 if newline >= 0 else lo
    closes = ctx.text.find("\n", sent.end, mention.start)
    closes = mention.start if closes < 0 else closes
    times = story.times  # in text order: found by bisection
    first, upto = bisect.bisect_left(times, opens, key=_at), bisect.bisect_right(times, sent.end, key=_at)
    own = bisect.bisect_left(times, sent.start, key=_at)
    if word.lastindex and (own < upto or own > 0):  # a verb ("born in 1838 and died in 1897"): the date told after it, recorded or not
        after = _date_after(ctx, story, k, word.end(), times[own if own < upto else own - 1][1])
        if after is not None:
            return after
    if own < upto:  # the sentence dates what it names: by the date told before the name, else its first ("On February 27,
        # 2009, Obama gave a speech ..., announcing a withdrawal by August 31, 2010": the speech's day, not the prospect's)
        named_at = bisect.bisect_right(times, word.start(), key=_at, lo=own, hi=upto)
        return times[named_at - 1 if named_at > own else own][1]
    if upto > first:
        return times[upto - 1][1]
    if upto < len(times) and times[upto][0] <= closes:
        return times[upto][1]
    return times[upto - 1][1] if upto > 0 else None


def _recalled(ctx: "Context") -> "Optional[re.Pattern[str]]":
    """A pattern for the words before a name that make it a return of what it names: a noun of lexicon [anniversaries]
    (``nouns``, ``centenaries``), "of" and the words of [event_offsets] event_skip ("the tenth anniversary of its ")."""
    table = ctx.lexicon.tables.get("anniversaries") or {}
    skip = (ctx.lexicon.tables.get("event_offsets") or {}).get("event_skip", ())
    return _recalled_pattern(tuple(table.get("nouns", ())) + tuple(table.get("centenaries", {})), tuple(skip))


@functools.lru_cache(maxsize=None)
def _recalled_pattern(nouns: tuple[str, ...], skip: tuple[str, ...]) -> "Optional[re.Pattern[str]]":
    if not nouns:
        return None
    words = "|".join(re.escape(w) for w in sorted(skip, key=len, reverse=True))
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in nouns) + r")\s+of\s+(?:(?:" + words + r")\s+)*$", re.IGNORECASE)


def _date_after(ctx: "Context", story: Story, k: int, at: int, base: tuple[object, ...]) -> Optional[tuple[object, ...]]:
    """The story's state ``base`` moved to the first date recorded after ``at`` in sentence ``k`` (within the
    :data:`BIRTH_REACH` dates recorded last), of a year or finer, else None."""
    found = None
    for n, tid in enumerate(reversed(story.sentence_of)):
        sk = story.sentence_of[tid]
        if n >= DATES_REACH or sk < k:
            break
        if sk == k and story.start_of.get(tid, -1) >= at:
            found = tid  # (read back from the latest: the last kept is the first after the verb)
    bounds = story.bounds_of.get(found) if found is not None else None
    if bounds is None or bounds[1] - bounds[0] > dt.timedelta(days=366):
        return None
    period = cal.year(bounds[0].year) if bounds[1] - bounds[0] > dt.timedelta(days=31) else cal.containing(bounds[0], Grain.DAY)
    state = dict(zip(_STATE, base))
    state.update(current=period, current_tid=found, any=period, any_tid=found, focus=period, focus_tid=found,
                 day=period if period.grain is Grain.DAY else None, day_tid=found if period.grain is Grain.DAY else None)
    return tuple(state[name] for name in _STATE)


DATES_REACH = 60
"""Dates recorded looked back through for one told in a given sentence."""


def _at(time: tuple[int, tuple[object, ...], tuple[Optional[str], ...]]) -> int:
    return time[0]


EVENT_REACH = 50
"""Sentences looked back through for the event an offset counts from ("eight days after the fall of the fort")."""

QUOTE_REACH = 2000
"""Characters read on each side of an expression to find the quotation it lies in (a paragraph is rarely longer)."""

_OPEN_QUOTES = "\u201c"
_CLOSE_QUOTES = "\u201d"


def in_quotation(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies inside a quotation that opens and closes in its paragraph (line); only the
    :data:`QUOTE_REACH` characters on each side are read, so a text of one long line costs linear time."""
    low, high = max(0, start - QUOTE_REACH), min(len(text), end + QUOTE_REACH)
    line_start = text.rfind("\n", low, start) + 1 or low
    line_end = text.find("\n", end, high)
    before, after = text[line_start:start], text[end : high if line_end < 0 else line_end]
    if before.count('"') % 2 == 1 and '"' in after:
        return True
    return before.count(_OPEN_QUOTES) > before.count(_CLOSE_QUOTES) and _CLOSE_QUOTES in after


TITLE_WORDS = 5  # words at most of a title in quotation marks (see quoted_title)
_TITLE_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*|\d+")


def quoted_title(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is part of a short title in quotation marks: the marks close round it and a few words written
    with capitals ("White Christmas", "The Ides of March"), not a sentence said ('"We sailed on Christmas Day," he wrote')."""
    low = max(0, start - 40)
    high = min(len(text), end + 40)
    before, after = text[low:start], text[end:high]
    opened = max(before.rfind('"'), before.rfind("\u201c"))
    closed = min((k for k in (after.find('"'), after.find("\u201d")) if k >= 0), default=-1)
    if opened < 0 or closed < 0 or not in_quotation(text, start, end):
        return False
    inner = before[opened + 1 :] + text[start:end] + after[:closed]
    if any(mark in inner for mark in ".,;:!?"):
        return False
    words = _TITLE_WORD.findall(inner)
    small = {"of", "the", "a", "an", "in", "on", "at", "and", "to", "for"}
    return 0 < len(words) <= TITLE_WORDS and len(words) > len(_TITLE_WORD.findall(text[start:end])) and all(
        w[:1].isupper() or w.isdigit() or (k and w in small) for k, w in enumerate(words))


def quoted_deictic(ctx: "Context", spec: object, mention: Mention) -> bool:
    """Narrative mode: whether an expression counted from the speaker's own now ("today", "tonight",
    "15 months ago", "afternoon") is said inside a quotation ("'How many did you lose today?' he asked"):
    a history does not say on which day its speakers spoke, so its day and month are unknown (TIMEX2
    histories write XXXX-XX-XX, XXXX-XX-XXTNI); a year or a season said so keeps its value."""
    if ctx.mode != "narrative" or not isinstance(spec, CalendarSpec) or spec.year is not None or spec.grain > Grain.MONTH:
        return False
    shift = spec.shift
    deictic = ((shift is not None and shift.anchoring is Anchoring.REFERENCE)
               or (spec.part_of_day is not None and spec.month is None and spec.day is None and spec.weekday is None
                   and (shift is None or len(mention.text.split()) == 1)))  # a bare "afternoon" (not "that afternoon")
    return deictic and in_quotation(ctx.text, mention.start, mention.end)


def quoted_shift(ctx: "Context", spec: object, mention: Mention) -> bool:
    """Narrative mode: whether the expression is a plain count from the speaker's now ("yesterday", "tomorrow", "last year",
    "next month": a unit and a shift, nothing else) said inside a quotation."""
    if ctx.mode != "narrative" or not isinstance(spec, CalendarSpec) or spec.shift is None or spec.shift.amount is None:
        return False
    if spec.shift.anchoring is not Anchoring.REFERENCE or spec.shift.grain is not spec.grain or spec.bc:
        return False
    if any(v is not None for v in (spec.year, spec.month, spec.day, spec.weekday, spec.quarter, spec.half, spec.season,
                                   spec.decade, spec.part_of_day, spec.relative_word)):
        return False
    return in_quotation(ctx.text, mention.start, mention.end)


def speech_time(ctx: "Context", mentions: list[Mention], i: int, story: Story, ahead: "Callable[[int], Timex]") -> Optional[tuple[Period, str]]:
    """Narrative mode: when the quotation holding mention ``i`` was said, as its own sentence tells it outside the
    quotation, next to a verb of lexicon [quoted_speech] ('Ordway wrote to his wife on 3 March: "Yesterday ..."': the
    story's time, told last in the sentence before the quotation; '"Last year ...," he wrote in January 1880': the first
    date after it, resolved ahead by ``ahead``; with none in its sentence, the story's day told in the sentence before); a
    quotation going on in the next sentence ('"...," he wrote. "We have bread ..."') is said then too; (period, tid) or
    None (no such verb or time: the day stays unknown)."""
    verbs = (ctx.lexicon.tables.get("quoted_speech") or {}).get("verbs", ())
    at = ctx.doc.sentence_index(mentions[i].start)
    if not verbs or at < 0:
        return None
    if not _speech_verb_in(ctx, verbs, at):  # a later sentence of the quotation ('he wrote: "Snow again. We start tomorrow."'):
        opened = quotation_opening(ctx.text, mentions[i].start)  # the sentence it opened in tells when it was said
        at = ctx.doc.sentence_index(opened) if opened >= 0 else -1
        if at > 0 and not _speech_verb_in(ctx, verbs, at) and opened >= ctx.doc.sentences[at].start and _quoted_in(ctx, at - 1):
            at -= 1  # a quotation going on after '"...," he wrote.': the sentence before tells it
        if at < 0 or not _speech_verb_in(ctx, verbs, at):
            return None
    low, high = ctx.doc.sentences[at].start, ctx.doc.sentences[at].end
    j = i - 1
    while j >= 0 and mentions[j].start >= low:
        if isinstance(mentions[j].meaning, CalendarSpec) and not in_quotation(ctx.text, mentions[j].start, mentions[j].end):
            if story.current is not None and story.current_tid == f"t{j + 1}":
                return story.current, story.current_tid
            return None
        j -= 1
    j = i + 1
    while j < len(mentions) and mentions[j].end <= high:
        if isinstance(mentions[j].meaning, CalendarSpec) and not in_quotation(ctx.text, mentions[j].start, mentions[j].end):
            told = ahead(j)
            if told.type is not TimexType.DATE or told.earliest is None or told.grain not in _SPEECH_GRAINS:
                return None
            return cal.containing(told.earliest, told.grain), f"t{j + 1}"
        j += 1
    # none in its sentence: the story's day, told in the sentence before ("His last letter is dated 10 November 1855.
    # "The horses were killed on Thursday," he wrote.")
    k = int(story.current_tid[1:]) - 1 if story.current_tid and story.current_tid[1:].isdigit() else -1
    if (story.current is not None and story.current.grain is Grain.DAY and 0 <= k < i and ctx.doc.sentence_index(mentions[k].start) == at - 1
            and not in_quotation(ctx.text, mentions[k].start, mentions[k].end) and "\n" not in ctx.text[mentions[k].end : low]):
        return story.current, story.current_tid
    return None


def _quoted_in(ctx: "Context", at: int) -> bool:
    """Whether sentence ``at`` holds a quotation mark (a quotation closes in it)."""
    sentence = ctx.doc.sentences[at]
    return any(q in ctx.text[sentence.start : sentence.end] for q in ('"', _CLOSE_QUOTES))


_SPEECH_GRAINS = (Grain.DAY, Grain.WEEK, Grain.MONTH, Grain.SEASON, Grain.QUARTER, Grain.YEAR)


def _speech_verb_in(ctx: "Context", verbs: Any, at: int) -> bool:
    """Whether sentence ``at`` has a verb of ``verbs`` outside a quotation."""
    return any(w.text.lower() in verbs and not in_quotation(ctx.text, w.start, w.end) for w in ctx.doc.sentences[at].tokens)


def quotation_opening(text: str, start: int) -> int:
    """Where the quotation holding ``start`` opens in its paragraph (line), the offset of its opening mark; -1 when
    ``start`` is in none (see :func:`in_quotation`; only :data:`QUOTE_REACH` characters back are read)."""
    low = max(0, start - QUOTE_REACH)
    line_start = text.rfind("\n", low, start) + 1 or low
    before = text[line_start:start]
    if before.count('"') % 2 == 1:
        return line_start + before.rfind('"')
    if before.count(_OPEN_QUOTES) > before.count(_CLOSE_QUOTES):
        return line_start + before.rfind(_OPEN_QUOTES)
    return -1


def _reported_day(ctx: "Context", mentions: list[Mention], i: int, story: Story) -> Optional[tuple[Period, str]]:
    """The day told earlier in the sentence of mention ``i`` (a day-grain date, recorded by the story whether it moved it
    or not: "In a letter of 12 October 1861 she said"), when a verb of [quoted_speech] stands between that day and the
    mention ("... that the regiment would march on Monday"): (day, its tid), else None."""
    verbs = (ctx.lexicon.tables.get("quoted_speech") or {}).get("verbs", ())
    at = ctx.doc.sentence_index(mentions[i].start)
    if not verbs or at < 0 or not story.told_days:
        return None
    for day, tid in reversed(story.told_days):
        j = int(tid[1:]) - 1 if tid[1:].isdigit() else -1
        if not 0 <= j < i or ctx.doc.sentence_index(mentions[j].start) != at:
            return None
        spec = mentions[j].meaning
        if isinstance(spec, CalendarSpec) and spec.day is None:
            continue  # (another weekday so said: "would begin on Thursday, the mortars having landed on Monday")
        told = any(mentions[j].end <= w.start < mentions[i].start and w.text.lower() in verbs for w in ctx.doc.sentences[at].tokens)
        return (day, tid) if told else None
    return None


def said_weekday(ctx: "Context", mentions: list[Mention], i: int, story: Story, here: "Callable[[], Timex]",
                 ahead: "Callable[[int], Timex]") -> Optional[Timex]:
    """Narrative mode: a bare weekday said inside a quotation whose saying is dated to the day (see :func:`speech_time`:
    'In a letter dated 3 June 1916 he wrote: "On Tuesday we marched ... We go up again on Monday."'), counted from that
    day, as its writer counts: the one before it in a past clause or after "since" (30 May), else the one after (5 June);
    it does not move the story, which stays on the day the letter was written.  So too a weekday of reported speech after
    a day told in its sentence ("In a letter of 12 October 1861 she said that the regiment would march on Monday": 14
    October, see :func:`_reported_day`).  ``here`` resolves the mention as usual
    (its fields; the story is put back after it), ``ahead`` a later mention.  None for any other expression."""
    spec, m = mentions[i].meaning, mentions[i]
    if (ctx.mode != "narrative" or not isinstance(spec, CalendarSpec) or spec.weekday is None or spec.day is not None
            or spec.month is not None or spec.year is not None or spec.relative_word is not None or spec.part_of_day is not None
            or spec.hour is not None or spec.shift is not None and spec.shift.amount not in (None, 0) or spec.bc):
        return None
    quoted = in_quotation(ctx.text, m.start, m.end)
    state = story.saved()
    said = speech_time(ctx, mentions, i, story, ahead) if quoted else _reported_day(ctx, mentions, i, story)
    if said is None or said[0].grain is not Grain.DAY:
        return None
    told = len(story.told_days)
    t = here()
    story.restore(state)
    for period, tid in story.told_days[told:]:  # (the day it was read as is no day the story told)
        tids = story.told_on.get(period.start.date())
        if tids and tid in tids:
            tids.remove(tid)
    del story.told_days[told:]
    if t.type is not TimexType.DATE:
        return None
    way, _ = _direction(ctx, attrs.evolve(spec, direction=Direction.TENSE), m, Direction.FUTURE)
    day = said[0].start.date()
    if way is Direction.PAST:
        when = day - dt.timedelta(days=(day.isoweekday() - spec.weekday) % 7 or 7)
    else:
        when = day + dt.timedelta(days=(spec.weekday - day.isoweekday()) % 7 or 7)
    period = cal.day(when)
    return attrs.evolve(t, value=period.value, earliest=period.start, latest=period.end, anchor=TimexAnchor(AnchorKind.TIMEX, said[1]),
                        temporal_function=True)


def anniversary_in_year(ctx: "Context", mention: Mention, year: Timex, year_tid: str, story: Story, common: dict[str, object]) -> Timex:
    """Narrative mode: "in 1913, on the fiftieth anniversary of his landing" (its rank from lexicon [ordinals],
    [anniversaries] ordinals or "50th"): the day of that year the years count from, when the story told a day of the year
    so many years before ("landed on 19 April 1863": 1913-04-19, the first such day told; the recognizer asks for one),
    else the year itself (that day is 29 February and the year has none)."""
    word = mention.text.lower().split()[1].split("-year")[0]
    ranks = {**ctx.lexicon["ordinals"], **(ctx.lexicon.tables.get("anniversaries") or {}).get("ordinals", {})}
    n = int(word.rstrip("stndrh")) if word[0].isdigit() else int(ranks.get(word, 0))
    y = int(year.value)
    day = next((p for p, _ in story.told_days if p.start.year == y - n), None) if n else None
    try:
        period = cal.day(dt.date(y, day.start.month, day.start.day)) if day is not None else None
    except ValueError:  # 29 February in a year without it
        period = None
    if period is None:
        return Timex(type=TimexType.DATE, value=year.value, grain=Grain.YEAR, earliest=year.earliest, latest=year.latest,
                     anchor=TimexAnchor(AnchorKind.TIMEX, year_tid), temporal_function=True, **common)  # type: ignore[arg-type]
    return Timex(type=TimexType.DATE, value=period.value, grain=Grain.DAY, earliest=period.start, latest=period.end,
                 anchor=TimexAnchor(AnchorKind.TIMEX, year_tid), temporal_function=True, **common)  # type: ignore[arg-type]


def writers_today(ctx: "Context", spec: object, mention: Mention) -> bool:
    """Narrative mode: whether the expression is the writer's own "today" outside a quotation ("Today the ruins are a
    national monument", "in what is today Belgium"): a history's present, as TIMEX2 histories mark it (PRESENT_REF), not
    the story's day (a word of lexicon [deictic_days] with offset 0; one with a part of the day is a TIME, left so)."""
    if ctx.mode != "narrative" or not isinstance(spec, CalendarSpec) or spec.shift is None or spec.shift.amount != 0:
        return False
    return " ".join(mention.text.lower().split()) in ctx.lexicon["deictic_days"]


_DIGITS = re.compile(r"^(\d{4})(-W?\d\d)?(-\d\d)?")


def unknown_digits(value: str) -> str:
    """The value with its calendar digits unknown ("1965-03-08" -> "XXXX-XX-XX", "1968-05-10TNI" -> "XXXX-XX-XXTNI")."""
    return _DIGITS.sub(lambda m: re.sub(r"\d", "X", m.group(0)), value, count=1)


def opening_year(mentions: list[Mention]) -> Optional[tuple[Period, str]]:
    """The year of the first date written with its year (of the common era, not counted from another time), which the
    story's dates told before any year belong to ("On 28 June the archduke was shot ... The year was 1914"), else None."""
    for k, m in enumerate(mentions):
        spec = m.meaning
        if isinstance(spec, CalendarSpec) and spec.year is not None and spec.shift is None and not spec.bc and not spec.partial_year:
            try:
                return cal.containing(dt.datetime(spec.year, 1, 1), Grain.YEAR), f"t{k + 1}"
            except (ValueError, OverflowError):
                return None
    return None


_TIMEX2_UNITS = {Grain.DECADE: "DE", Grain.CENTURY: "CE", Grain.MILLENNIUM: "ML"}
_DECIMAL_UNITS = {Grain.YEAR: "Y", Grain.MONTH: "M", Grain.WEEK: "W", Grain.DAY: "D"}
_DECIMAL = re.compile(r"\d\.\d")


def timex2_length(spec: DurationSpec, text: str) -> Optional[str]:
    """Narrative mode: a length as histories (TIMEX2) write it, where TimeML writes it otherwise: decades and centuries
    in their own units ("two decades" P2DE, not P20Y), an amount written with a decimal point as written ("22.8 years
    old" P22.8Y, not P22Y9M18D); None when TimeML's value is TIMEX2's too."""
    amount = spec.amount
    if amount is None or amount <= 0:
        return None
    whole = abs(amount - round(amount)) < 1e-9
    if spec.grain in _TIMEX2_UNITS and whole:
        return f"P{int(round(amount))}{_TIMEX2_UNITS[spec.grain]}"
    if spec.grain in _DECIMAL_UNITS and not whole and _DECIMAL.search(text):
        return f"P{amount:g}{_DECIMAL_UNITS[spec.grain]}"
    return None


EVE_AHEAD_SENTENCES = 3
"""Sentences after its own read for the day an eve counts from, when the text tells that day after it."""


BARE_EVE_SENTENCES = 2  # sentences back at most to the day "On the eve" with no "of" is the eve of


def _bare_eve(ctx: "Context", mentions: list[Mention], i: int, story: Story, common: dict[str, Any]) -> Optional[Timex]:
    """Narrative mode: "the eve" with no "of" after it ("The great attack was set for 1 July. On the eve Ellery wrote"):
    the day before the day told last, in its sentence or the :data:`BARE_EVE_SENTENCES` before it (a plan's day, which
    does not move the story, as well as one that does), where the story goes; None when no day was told so near."""
    if not story.told_days:
        return None
    day, tid = story.told_days[-1]
    j = int(tid[1:]) - 1 if tid[1:].isdigit() else -1
    here = ctx.doc.sentence_index(mentions[i].start)
    if not 0 <= j < i or here - ctx.doc.sentence_index(mentions[j].start) > BARE_EVE_SENTENCES or "\n" in ctx.text[mentions[j].end : mentions[i].start]:
        return None
    eve = cal.day(day.start.date() - dt.timedelta(days=1))
    story.update(eve, common["tid"])
    return Timex(type=TimexType.DATE, value=eve.value, grain=Grain.DAY, earliest=eve.start, latest=eve.end,
                 anchor=TimexAnchor(AnchorKind.TIMEX, tid), temporal_function=True, **common)


def eve_ahead(ctx: "Context", mentions: list[Mention], i: int, story: Story, resolve_ahead: "Callable[[int], Timex]",
              common: dict[str, Any]) -> Optional[Timex]:
    """Narrative mode: "the eve of the crossing" (rule ``EVE_RULE``) when the day of what "of" names is told only after it,
    in one of the next :data:`EVE_AHEAD_SENTENCES` sentences of its paragraph that names it before a day ("On the eve of
    the crossing Rocher wrote to his wife ... The crossing began on 12 March 1799": 11 March; "The assault had been fixed for
    28 August"): the day before that day, where the story goes (so "the next morning" after it is the day itself); None when
    an earlier sentence named it with a day of its own (see :func:`event_offset`), or no later one does.  ``resolve_ahead``
    resolves a later mention; the story is put back after it."""
    table = ctx.lexicon.tables.get("event_offsets")
    mention = mentions[i]
    if ctx.mode != "narrative" or mention.rule != EVE_RULE or not table:
        return None
    s, e = ctx.doc.sentence_at(mention.start)
    words = _WORD.findall(ctx.text, mention.end, min(e, mention.end + 80))
    if not words or words[0].lower() != "of":
        return _bare_eve(ctx, mentions, i, story, common)
    # what "of" names: the noun phrase's head, or its first word ("the eve of the crossing Rocher wrote": "crossing")
    first = next((w for w in words[1:4] if w.lower() not in table["event_skip"]), None)
    heads = {h for h in (_event_head(table, words[1:]), first) if h is not None and len(h) >= 3 and h[0].isalpha()}
    if not heads:
        return None
    named = re.compile(r"\b(?:" + "|".join(re.escape(h) for h in heads) + r")(?:s|es)?\b", re.IGNORECASE)
    here = ctx.doc.sentence_index(mention.start)
    sentences = ctx.doc.sentences
    for k in range(here - 1, max(-1, here - 1 - EVENT_REACH), -1):
        if named.search(ctx.text, sentences[k].start, sentences[k].end):
            times = story.times
            if bisect.bisect_right(times, sentences[k].end, key=_at) > bisect.bisect_left(times, sentences[k].start, key=_at):
                return None  # told earlier with a date of its own: counted from there (event_offset)
            break
    newline = ctx.text.find("\n", e)
    ends = len(ctx.text) if newline < 0 else newline
    for j in range(i + 1, len(mentions)):
        later = mentions[j]
        if later.start >= ends:
            break
        k = ctx.doc.sentence_index(later.start)
        if k > here + EVE_AHEAD_SENTENCES:
            break
        spec = later.meaning
        if k == here or not isinstance(spec, CalendarSpec) or spec.day is None or spec.month is None:
            continue
        if named.search(ctx.text, sentences[k].start, later.start) is None:
            continue
        state = story.saved()
        day = resolve_ahead(j)
        story.restore(state)
        if day.type is not TimexType.DATE or day.grain is not Grain.DAY or day.earliest is None or not _DAY_VALUE.fullmatch(day.value):
            return None
        eve = cal.day(day.earliest.date() - dt.timedelta(days=1))
        story.update(eve, common["tid"])
        return Timex(type=TimexType.DATE, value=eve.start.strftime("%Y-%m-%d"), grain=Grain.DAY, earliest=eve.start, latest=eve.end,
                     anchor=TimexAnchor(AnchorKind.TIMEX, f"t{j + 1}"), temporal_function=True, **common)
    return None
