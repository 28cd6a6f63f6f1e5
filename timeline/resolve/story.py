"""The story's time while one document is resolved: what it is about, and whether a date moves it.

News anchors anaphora ("two days later", "that quarter") on the story's current time, the
last date the text resolved; narrative mode (histories) anchors everything there.  A
look-back ("a year ago") or an aside only refers to a time: it does not move the story.
A heading that names one year ("1943: The invasion") holds its section to that year.

The story's helpers live beside it: `story_clauses` (clause shapes around a date), `story_days` (the day a
bare news date hangs on), `story_events` (times counted from a named event), `story_periods` (periods filled in
from the story's years) and `story_speech` (quoted and reported speech).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import operator
import re
from typing import TYPE_CHECKING, Optional

import attrs

from ..lexicon import load_data
from ..model import Grain
from ..recognize.meaning import Anchoring, CalendarSpec, Mention
from ..text import Doc
from . import calendar as cal
from .calendar import Period
from .picking import joined
from .tense import clause_tense
from .tense_reports import completed_by, ends_span, in_past_perfect
from .tense_signals import after_past_signal

if TYPE_CHECKING:
    from .anchors import Context
from .story_clauses import _WORD, _event_opens_sentence, after_life_word, between_commas, counterfactual, dates_planning, future_cue_outside, in_modifier_clause, in_parentheses, in_reduced_clause, in_time_clause, joined_clause, names_event, opens_in_past_perfect, opens_sentence, perfect_after_comma, plan_in_describing_clause, reported_modal
from .story_speech import in_quotation, quoted_title

__all__ = ["Story", "DAY_GRAINS", "SPAN_SIZES", "BACK_WEIGHT", "opens_range", "ASIDE_YEARS", "ASIDE_RETURNS", "story_pick", "moves_story", "is_aside", "looks_ahead", "looks_back", "looks_back_day", "heading_lines", "HEADING_WORDS", "SECTION_SPILL", "SECTION_LEFT", "bc_aside", "HOUR_GRAINS"]

DAY_GRAINS = (Grain.DAY, Grain.PART_OF_DAY, Grain.HOUR, Grain.MINUTE, Grain.SECOND)
FLASHBACK_NEAR = dt.timedelta(days=3)
"""News: a day told outright in the simple past after a flashback opened moves the story on to it when it ends less than
this before the story's day ("had leaked on Sunday, and builders fixed it on Tuesday", the story on Wednesday: the story
goes on from Tuesday); one further back goes on with the flashback ("had been closed in January ... checked it on February 3"
in a story of March 16), which its paragraph's end closes."""
_G_DAY, _G_QUARTER, _G_YEAR = Grain.DAY, Grain.QUARTER, Grain.YEAR  # (Story.update's reads, once per expression)
_CLOCK_GRAINS = (Grain.MINUTE, Grain.HOUR)  # (s59) a clock time told in the simple past after a flashback opened moves the story on
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
    signal_main: Optional[tuple[int, tuple[object, ...]]] = None  # news: the index of a day told in an "after" clause before its sentence's own day, and the story's state before it (see resolve.readings.signal_clause_day)
    counted: Optional[tuple[str, Period]] = None  # narrative: the id of the last numbered day of an event ("the second day") and its first day
    start_of: dict[str, int] = attrs.Factory(dict)  # id of each date recorded -> where its expression begins in the text
    winter_from: Optional[str] = None  # narrative: the id of the last winter told without its year the story turned to from its December's year
    fiscal_ends: dict[str, Period] = attrs.Factory(dict)  # news: id of the day or month a year was named by ("the year to March 31") -> that year
    stretch_ends: dict[str, Period] = attrs.Factory(dict)  # news: id of the day or month a stretch of months under a year was named by ("the nine months to September") -> that stretch
    main_line: Optional[tuple[object, ...]] = None  # narrative: the story's state before a paragraph that opened in the past perfect (see :meth:`back_to_main_line`)
    flash_paragraph: int = -1  # narrative: where that paragraph begins
    paragraph: int = -1  # narrative: where the paragraph of the last expression entered begins

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
        self.back_to_main_line(doc, start)
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
        elif (self.main_day is not None and (told_outright or period.grain in _CLOCK_GRAINS) and not perfect
              and period.end > self.main_day[0].start - FLASHBACK_NEAR):  # type: ignore[attr-defined]
            self.main_day = None  # (a day told in the simple past well before the story's goes on with the flashback)
            # ((s59) so does a clock time told in the simple past: "had been walking on Saturday evening when he fell ...
            # rescuers reached the shaft shortly after 8 p.m.": the narration has taken up the flashback's night)
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

    def back_to_main_line(self, doc: Doc, start: int) -> None:
        """Narrative mode: at the first expression of a paragraph whose first sentence is in the past perfect, while the story
        has a time, keep the story's state (the main line); the paragraph's own dates go on from each other, in the past
        perfect or not ("The old bell had been given to the church in 1597. It cracked in a frost in January 1740"); at the
        first expression of a later paragraph, when the story is still before the main line's time, it is back there ("The
        new bell was hung in May": the May after the recasting in 1762, not 1740's).  A flashback that caught up with the
        main line leaves nothing to come back to."""
        para = _paragraph_start(doc.text, start)
        if para == self.paragraph:
            return
        self.paragraph = para
        if self.main_line is not None and para > self.flash_paragraph:
            main = dict(zip(_STATE, self.main_line))
            now, then = self.current, main["current"]
            if isinstance(then, Period) and now is not None and now.end <= then.start and not self.bc and not main["bc"]:
                self.restore(self.main_line, recalled=True)
            self.main_line, self.flash_paragraph = None, -1
        if self.main_line is None and self.current is not None and para > 0:
            s, _ = doc.sentence_at(para)
            if in_past_perfect(doc, s, s):  # (its main clause: as opens_in_past_perfect reads a sentence)
                self.main_line, self.flash_paragraph = self.saved(), para

    def remember(self, at: int) -> None:
        """Narrative mode: note the story's time after the expression that ends at ``at``, when it changed, for an
        offset from an event told earlier to go back to ("eight days after Fort Sumter", see :func:`event_offset`)."""
        key = (self.current_tid, self.day_tid, self.bc_tid)
        if self.narrative and (not self.times or self.times[-1][2] != key) and any(key):
            self.times.append((at, self.saved(), key))

    def saved(self) -> tuple[object, ...]:
        """What the story's current time is made of (see :meth:`restore`)."""
        return _READ_STATE(self)  # type: ignore[no-any-return]

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
_READ_STATE = operator.attrgetter(*_STATE)  # (s57) the tuple of those attributes in one call, not a generator's step each (Story.saved)


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")  # a blank line ends a paragraph


def _paragraph_start(text: str, at: int) -> int:
    """Where the paragraph of ``at`` begins (after the last blank line before it; 0 in the first)."""
    k = max(text.rfind("\n\n", 0, at), text.rfind("\n \n", 0, at))
    return 0 if k < 0 else k + 2

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
            and not before and ended[0].grain < Grain.YEAR and ended[0].start > now.start
            and (now.grain < Grain.YEAR or (ended[0].grain in (Grain.MONTH, Grain.SEASON) and ended[0].end <= now.end))):
        # the sentence before ended a span that ran on from the story's time: "reached Jamaica in May and lay there until
        # the autumn. During the winter": the winter after that autumn (a range told "from May to August" is told from its start);
        # so from a year to a month of it ("In 1756 they found an ally, and by November the ports were theirs. The army
        # spent the winter at Kesh": the winter after that November, 1757's)
        now = ended[0]
    if (ended is not None and ended[2] < story.sentence and story.any_tid == ended[1] and not before and not opening
            and now.grain < Grain.YEAR and ended[0].start >= now.end):
        # a range told in an earlier sentence, nothing dated since: the story is at its start, and a bare month or season
        # after it does not step back before that start ("The siege lasted from June 1620 to March 1621. In April": 1621's,
        # not the April before the siege; a past perfect may look back: "In April the garrison had ...")
        cands = [c for c in cands if c.end > now.start] or cands
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
            if c.grain is Grain.SEASON:
                # a season out of that year is a step back over the whole of it, not to its end ("fell on the 3rd [of
                # January 1673] ... by the autumn": 1673's, not the autumn just before that January)
                return weight * (now.start - c.start).total_seconds()
        return weight * (now.start - c.end).total_seconds()

    return min(cands, key=cost)


_INDEFINITE_AFTER = re.compile(r"[ \t]{1,3}([a-z]+)[ \t]{1,3}([A-Za-z]+|\d{3,4}\b)")  # "a Tuesday[ in July]", "a Sunday[ in 1950]"


def indefinite_day(ctx: "Context", spec: CalendarSpec, mention: Mention) -> bool:
    """(s57) Whether a bare weekday stands after an indefinite article (tense.toml [clause] ``indefinite``) with a month or
    year right after it, one of ``month_links`` between ("inspected it on a Tuesday in July", "born on a Sunday in 1950"):
    some such day of that month or year (resolve.neighbours.weekday_in_month), which moves no story to a day of its own."""
    if spec.month is not None or spec.day is not None or spec.relative_word or spec.shift is not None:
        return False
    m = _INDEFINITE_AFTER.match(ctx.text, mention.end)
    if m is None:
        return False  # (most weekdays) no link and month or year right after
    clause = load_data(ctx.doc.language, "tense.toml")["clause"]
    lead = _WORD.findall(ctx.text, max(0, mention.start - 6), mention.start)
    told = m.group(2)
    if m.group(1) in clause.get("season_that", ()) and told in ctx.lexicon["seasons"]:
        return bool(lead) and lead[-1].lower() in clause.get("indefinite", ())  # (s58) "on a Tuesday that summer": some day of it
    return (bool(lead) and lead[-1].lower() in clause.get("indefinite", ()) and m.group(1) in clause.get("month_links", ())
            and (told.isdigit() or told[0].isupper() and told.lower() in ctx.lexicon["months"]))


def moves_story(ctx: "Context", spec: CalendarSpec, period: Period, mention: Mention, story: Story,
                mentions: Optional[list[Mention]] = None) -> bool:
    """Narrative mode: whether a resolved date moves the story's current time or only
    refers to a time ("that year", "the previous quarter", a plan "for a campaign in 1810"); ``mentions``: the text's
    time expressions, whose words are no tense cue of another (see :func:`future_cue_outside`)."""
    shift = spec.shift
    if (shift is not None and shift.grain >= Grain.MONTH and ((shift.amount or 0) < 0 or (shift.amount == 0 and shift.anchoring is Anchoring.NARRATIVE))
            and not (ctx.mode == "narrative" and (_counts_ahead(ctx, spec.relative_word) or _season_ahead(spec, period, story)))
            and not (ctx.mode == "news" and month_of_shifted_year(spec) and shift.anchoring is Anchoring.REFERENCE)
            and not (ctx.mode == "news" and _look_back_past_story(ctx, spec, period, mention, story))):
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
    if counterfactual(ctx, mention):
        return story.set_aside()  # what did not happen: "If the council had borrowed the money in 1899, it would have been
        # finished by the summer of 1901. In the summer of that year": the story's year, not 1901
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


def _look_back_past_story(ctx: "Context", spec: CalendarSpec, period: Period, mention: Mention, story: Story) -> bool:
    """(s58) News: whether a look-back counted from now ("last month", "two years ago") lies after the time the story is at,
    told in a clause not in the past perfect ("A bell stolen in June 1994 ... A farmer found it last month ... two days
    later"): the story goes on to it, the latest thing told, as to a month named; a look-back before the story's time
    (a comparison, "up from last year") still only refers, and so does a part of the unit it looks back to ("the final
    quarter of last year": a reported period, from which "two years ago" would count quarters)."""
    shift = spec.shift
    if (shift is None or shift.anchoring is not Anchoring.REFERENCE or story.current is None or period.start < story.current.end
            or period.grain is not shift.grain):
        return False  # (nor a part of the unit looked back to: "reported a fall in the final quarter of last year", a report's)
    from .tense_cues import tense_words

    cues = tense_words(ctx.doc.language)
    s, _ = ctx.doc.sentence_at(mention.start)
    for w in reversed(_WORD.findall(ctx.text, max(s, mention.start - 80), mention.start)[-_LOOK_BACK_CLAUSE:]):
        if w.lower() in cues.past_perfect or w.lower() in cues.boundaries:
            return w.lower() not in cues.past_perfect  # "had found it last month": a flashback's; "who had ..., found": its own clause
    return True


_LOOK_BACK_CLAUSE = 8  # words read back from a look-back for the "had" of its clause (see _look_back_past_story)


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


def _counts_ahead(ctx: "Context", word: Optional[str]) -> bool:
    """Whether a relative word counts forward ("next", "following", "coming")."""
    if word is None:
        return False
    relative = ctx.lexicon["relative"]
    return relative["shift"].get(relative["aliases"].get(word, word), 0) > 0


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


def month_of_shifted_year(spec: CalendarSpec) -> bool:
    """Whether the shift only gives a named month (or day) its year ("in March last year", "on June 3 last year"): a date
    that says when, as "in March 2025" would, not a look-back."""
    return spec.month is not None and spec.shift is not None and spec.shift.grain is Grain.YEAR
HOUR_GRAINS = (Grain.MINUTE, Grain.HOUR)
