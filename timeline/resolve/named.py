"""Named calendar times without a full date: "Saturday", "Christmas", "March 3", "the 14th",
"June", "Q3", "the second half", "the summer", "the weekend", "the morning".

The year comes from the words ("last June", "August of that year"), else from the story
(narrative mode), else from the tense around the expression (see :mod:`.picking`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any, Callable, Iterator, Optional

import attrs

from ..lexicon import load_data
from ..model import NO_ANCHOR, REFERENCE_ANCHOR, AnchorKind, Grain, TimexAnchor
from ..recognize.meaning import Anchoring, CalendarSpec, Direction, Mention
from . import calendar as cal
from .calendar import Period
from .picking import direction, fixture_called_off, fixture_for, joined, joined_through_clock, just_after, opened_pair, no_look_back, pick_date, pick_period
from .story import ASIDE_YEARS, DAY_GRAINS, Story, opens_range, story_pick
from .story_days import future_day_anchor, past_day_anchor
from .tense import tense_evidence, clause_tense
from .tense_cues import tense_words
from .tense_reports import completed_by, ends_span, names_fixture, flow_in_period, said_on, after_until, ends_reported_period, in_past_perfect, names_report_period
from .tense_signals import after_past_signal, perfect_in_clause, period_begun_after, after_appointment, after_forewarning, after_occasion

if TYPE_CHECKING:
    from .anchors import Context

__all__ = ["beside_bounds", "named_period", "with_part", "after_midnight", "quarter_in_year", "reported_year", "year_told_before"]

_DAY = dt.timedelta(days=1)


@attrs.frozen
class _Frame:
    """What every named family needs: the instant it is seen from and the years it may take."""

    base: dt.datetime
    anchor: TimexAnchor
    year: Optional[int]  # given by the words ("last June": the publication year - 1)
    story_years: tuple[int, ...]  # narrative mode: the story's year and its neighbours
    story_anchor: Optional[TimexAnchor]

    @property
    def today(self) -> dt.date:
        return self.base.date()


REPORT_LAG = 45  # days after a quarter's end in which its figures are still coming out (earnings season)
NEAR_WEEKS = 13  # days between the Monday of now's week and the start of a last, this or next week (or weekend)


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
            and (spec.month is not None or spec.holiday is not None or spec.season is not None or spec.quarter is not None)):
        # (a quarter too: "A year earlier, the firm made a loss in the fourth quarter")
        told = (_month_of_that_year(ctx, spec, mention, story) or year_told_before(ctx, spec, mention, story)
                or _year_of_story_chain(ctx, spec, mention, story) or _month_after_told_month(ctx, spec, mention, story)
                or _month_looked_back(ctx, spec, mention, story))
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
        in_week = (in_week or _after_joined_day(ctx, spec, mention, story) or _near_fronted_day(ctx, spec, mention, story)
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


def _story_anchor(f: _Frame) -> TimexAnchor:
    assert f.story_anchor is not None
    return f.story_anchor


def reported_year(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> Optional[tuple[int, TimexAnchor]]:
    """ "For the full year", "the first half of the year" in a news report of a quarter over by publication:
    that quarter's year, when it is not the publication year (January results of the last fourth quarter);
    None otherwise, or in a plan ("expects sales to rise for the full year")."""
    if not spec.reported_year or ctx.reference is None or ctx.mode != "news":
        return None
    quarter = story.ended.get(Grain.QUARTER)
    if quarter is None or quarter[0].start.year == ctx.reference.year:
        return None
    way, _ = direction(ctx, spec, mention, Direction.PAST)
    if way is Direction.FUTURE:
        return None
    return quarter[0].start.year, TimexAnchor(AnchorKind.TIMEX, quarter[1])


def _year_relative(ctx: "Context", after_year: int, start: int) -> bool:
    """Whether the year written up to ``after_year`` is followed by a comma and a word of ``year_relatives`` ("in 2014,
    when ...") opening the clause that runs to ``start`` with no other mark: a clause about that year."""
    words = ctx.lexicon.tables.get("story_months", {}).get("year_relatives", ())
    m = re.match(r"\s*,\s*([A-Za-z]+)\b", ctx.text[after_year:start])
    return (m is not None and m.group(1).lower() in words
            and not any(c in ctx.text[after_year + m.end() : start] for c in ",;:("))


def _year_of_when_clause(ctx: "Context", mention: Mention, story: Story) -> Optional[tuple[int, TimexAnchor]]:
    """Narrative: the year told last in the sentence, written out, when a comma and a word of ``year_relatives`` after it
    open the clause the bare date stands in ("It failed in the panic of 1825, when its agents stopped payment on 12
    December": 1825's, though the year, naming an event, left the story in 1803), else None."""
    last = story.last
    if last is None or last[0] != story.sentence or last[1].grain is not Grain.YEAR or not last[1].value[:4].isdigit():
        return None
    year = int(last[1].value[:4])
    end = story.end_of.get(last[2], -1)
    if end < 0 or end > mention.start or ctx.text[end - 4 : end] != f"{year:04d}" or not _year_relative(ctx, end, mention.start):
        return None
    return year, TimexAnchor(AnchorKind.TIMEX, last[2])


def _year_phrase(ctx: "Context", after_year: int, start: int) -> bool:
    """Whether the year written up to ``after_year`` is followed by a comma, one of ``year_phrase_openers`` and at most
    ``year_phrase_words`` lower-case words up to ``start``, with no mark or verb between: a phrase of the year's clause ("The
    town last flooded in 2020, after a wet spring": that year's spring)."""
    table = ctx.lexicon.tables.get("story_months", {})
    m = re.match(r"\s*,\s*([A-Za-z]+)\b", ctx.text[after_year:start])
    if m is None or m.group(1).lower() not in table.get("year_phrase_openers", ()):
        return False
    rest = ctx.text[after_year + m.end() : start]
    words = rest.split()
    cues = tense_words(ctx.doc.language)
    return (len(words) <= int(table.get("year_phrase_words", 0)) and all(w.isalpha() and w.islower() for w in words)
            and not any(w in cues.past or w in cues.present or w in cues.aux_past or w in cues.aux_future for w in words))


def _same_subject_goes_on(ctx: "Context", after_year: int, start: int) -> bool:
    """Whether the clause that runs to ``start`` after the year's is only commas and then "and"/"but" with a verb and no
    subject of its own (``predicate_joiners``): "arrested in March 2025, three months after he left office, and was
    charged in June" goes on the arrest's story, so its bare month keeps that year."""
    table = ctx.lexicon.tables.get("story_months", {})
    joiners, auxiliaries = table.get("predicate_joiners", ()), table.get("predicate_auxiliaries", ())
    between = ctx.text[after_year:start]
    if not joiners or any(c in between for c in ";:("):
        return False
    words = re.findall(r"[A-Za-z']+", between[between.rfind(",") + 1 :])
    if len(words) < 2 or words[0].lower() not in joiners:
        return False
    k = 1
    while k < len(words) and words[k].lower() in auxiliaries:
        k += 1
    if k >= len(words) or not words[k].islower():
        return False
    return k > 1 or words[k].endswith("ed")


def year_told_before(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> Optional[tuple[int, TimexAnchor]]:
    """News: the year of a past year or month named just before in the same sentence, for a month, day, holiday or
    season with no year of its own in a clause that does not look ahead ("In 2011, sales fell in March"; "arrested in
    June 2010 and charged in July"), else None: the year must be written out, and in the same clause (no comma between)
    unless it opens the sentence.  After a season over by publication, a month takes the year that puts it nearest the
    season ("Last winter, the vaccine was offered from September")."""
    last = story.last
    season = last is not None and last[1].grain is Grain.SEASON and spec.month is not None and spec.season is None
    # a season after a season of a year written before it: that year's ("began in 2011 in the spring and moved to the autumn")
    seasons = last is not None and last[1].grain is Grain.SEASON and spec.season is not None and last[1].value[:4].isdigit()
    if (last is None or last[0] != story.sentence or (last[1].grain not in (Grain.YEAR, Grain.MONTH) and not season and not seasons)
            or ctx.reference is None or last[1].end > (ctx.reference if season else dt.datetime(ctx.reference.year, 1, 1))):
        return None
    year = _year_near(last[1], spec.month) if season else int(last[1].value[:4]) if seasons else last[1].start.year
    s, _ = ctx.doc.sentence_at(mention.start)
    at = ctx.text.rfind(str(year), s, mention.start)
    if at < 0:
        told_end = story.end_of.get(last[2], mention.start)
        if ctx.text[told_end : told_end + 2] in ("'s", "\u2019s") and _POSSESSED_ASIDE.fullmatch(ctx.text, told_end + 2, mention.start):
            # "last year's race, on April 20, raised 4 million": the day set off after the possessed noun is that year's
            return year, TimexAnchor(AnchorKind.TIMEX, last[2])
        if _year_of_possessed_fixture(ctx, told_end, mention):
            # "Last year's festival was cut short by storms in late June": the month the event the year owns was in
            return year, TimexAnchor(AnchorKind.TIMEX, last[2])
        if len(ctx.text[s:told_end].split()) > _FRONTED or ctx.text[told_end : told_end + 2] in ("'s", "\u2019s"):
            # the year was not written out ("sales fell from last year in March"); "Last year's champion" names a person
            return None
        at = told_end  # "Last year the company cancelled sailings on New Year's Eve": it opens the sentence, it holds for it
    elif after_past_signal(ctx.text, at, ctx.doc.language):
        return None  # "had worked there since 2019 and returned in December": a span from that year to now, not its year
    fronted = _FRONTED + (_SEASON_WORDS if season or seasons else 0)  # "In the summer of 1989 it moved, and that July ..."
    if (len(ctx.text[s:at].split()) > fronted and any(c in ctx.text[at:mention.start] for c in ",;:(")
            and not _year_relative(ctx, at + len(str(year)), mention.start) and not _same_subject_goes_on(ctx, at, mention.start)
            and not _year_phrase(ctx, at + len(str(year)), mention.start)):
        return None  # "a program approved in 1987 that ..., had bought shares through Sept. 29": another clause's year
    way, strong = direction(ctx, spec, mention, Direction.CLOSEST)
    if way is Direction.FUTURE and (strong or clause_tense(ctx.doc, mention.start, mention.end)[0] != "past"):
        return None  # (a past clause whose only look ahead is a deferral keeps the year: "began in 2011 ... and moved to the autumn")
    return year, TimexAnchor(AnchorKind.TIMEX, last[2])


_POSSESSED_NOUN = re.compile(r"\s{1,2}([a-z]+)(?:[\s-]{1,2}([a-z]+))?\b")  # "last year's [festival]", "'s [cup final]"


def _year_of_possessed_fixture(ctx: "Context", told_end: int, mention: Mention) -> bool:
    """Whether a year word written with "'s" right before a scheduled event's noun (``fixtures`` in tense.toml: "Last year's
    festival", "last year's cup final") is the subject of the past clause the month or day ``mention`` lies in: the event
    the year owns was then, so the date is in that year (not "Last year's champion won in June": a person, who may win
    again this year; nor a clause ahead)."""
    if ctx.text[told_end : told_end + 2] not in ("'s", "\u2019s"):
        return False
    m = _POSSESSED_NOUN.match(ctx.text, told_end + 2, mention.start)
    cues = tense_words(ctx.doc.language)
    if m is None or not ({m.group(1), m.group(2)} & cues.fixtures) or any(c in ctx.text[m.end() : mention.start] for c in ",;:("):
        return False
    return not _clause_between(ctx, m.end(), mention.start) and clause_tense(ctx.doc, mention.start, mention.end)[0] == "past"


def _year_of_story_chain(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> Optional[tuple[int, TimexAnchor]]:
    """News: the year of the date told last, in this sentence or the one before, for a month (or month day) with no year
    of its own in a past clause that carries that story on ("was caught on March 3 last year ... suspended the following
    week and arrested in May" said in October: May of last year), when that date is a week or finer, lies wholly in a
    year before publication, and the month does not come before it in that year; else None (after a bare year or month,
    "listed in 2015. Sales fell in May", "the August 1988 cease-fire ... the invasion on Aug. 2", the month keeps its own
    reading)."""
    last = story.last
    if (spec.month is not None and last is not None and last[0] in (story.sentence, story.sentence - 1) and last[1].grain is Grain.SEASON
            and ctx.reference is not None and last[1].end <= dt.datetime(ctx.reference.year, 1, 1)):
        # "Dunn was arrested in the summer of 2003. Police questioned him for two days in August": the season's year, when
        # the month lies in the season or in the month after it ("fined in January" after "that summer" of 2024 keeps its
        # own reading: months on, the story may have moved anywhere)
        y = _year_near(last[1], spec.month)
        month = cal.month(y, spec.month)
        if month.end <= last[1].start or month.start > last[1].end + _SEASON_SPILL:
            return None
        if sum(1 for n in story.sentence_of.values() if n == last[0]) > 1:
            return None  # "Last year's winner took the prize for a novel set in the winter of 1963. Entries closed on December
            # 15": a season told beside another time of its sentence may be a detail, not where the story is
        way, _ = direction(ctx, spec, mention, Direction.CLOSEST)
        return (y, TimexAnchor(AnchorKind.TIMEX, last[2])) if way is Direction.PAST else None
    if (spec.month is None or last is None or last[0] not in (story.sentence, story.sentence - 1) or last[1].grain >= Grain.MONTH
            or ctx.reference is None or last[1].end > dt.datetime(ctx.reference.year, 1, 1) or spec.month < last[1].start.month
            or last[1].end.year != last[1].start.year and last[1].end != dt.datetime(last[1].end.year, 1, 1)):
        return None
    way, _ = direction(ctx, spec, mention, Direction.CLOSEST)
    if way is not Direction.PAST:
        return None
    return last[1].start.year, TimexAnchor(AnchorKind.TIMEX, last[2])


def _month_after_told_month(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> Optional[tuple[int, TimexAnchor]]:
    """News: a bare month (no day, no year) in a past clause right after a month written with its year, in this sentence or
    the one before, in a year before publication's, and later in that year than it ("noticed a gap in the accounts in
    November 2024 and reported it. Hale was suspended in December": December 2024, the story's next step, not the
    December before publication), is of that year; else None (an earlier month, "in March 2019 ... in January", keeps
    its own reading, as does a month after a bare year or a day, see :func:`_year_of_story_chain`, or after the end of a
    range, "built between March 2024 and June 2025 ... learned of the problem in July")."""
    last = story.last
    if (spec.month is None or spec.day is not None or spec.season is not None or spec.shift is not None or last is None
            or last[0] not in (story.sentence, story.sentence - 1) or last[1].grain is not Grain.MONTH or ctx.reference is None
            or not re.fullmatch(r"\d{4}-\d\d", last[1].value) or last[1].end > dt.datetime(ctx.reference.year, 1, 1)
            or spec.month <= last[1].start.month):
        return None
    pairs = ctx.lexicon["date_pairs"]
    before = ctx.text[max(0, story.start_of.get(last[2], 0) - 40) : story.start_of.get(last[2], 0)].split()
    if before and (before[-1].lower() in pairs["connectors"] or before[-1].lower() in pairs.get("range_openers", ())):
        return None  # "models built between March 2024 and June 2025. Norland first learned of the problem in July": a range
        # describes a thing, the story is not at its end
    way, _ = direction(ctx, spec, mention, Direction.CLOSEST)
    if way is not Direction.PAST:
        return None
    return last[1].start.year, TimexAnchor(AnchorKind.TIMEX, last[2])


def _month_of_that_year(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> Optional[tuple[int, TimexAnchor]]:
    """News: a bare month after "that" (``story_months.same_year``) in a clause not looking ahead, when the date told last,
    in this sentence or the one before, is a year, season or month written with its year and begun before the year of
    publication ("was arrested in 2023 ... He resigned as mayor that December": 2023-12; "stranded skiers in the winter of
    2024. The lift stopped that December": 2024-12), is of the year written; else None ("that December" with no year told
    just before, or after a time of the publication year, keeps its own reading)."""
    last = story.last
    if (spec.month is None or spec.day is not None or spec.season is not None or spec.shift is not None or last is None
            or ctx.reference is None or last[0] not in (story.sentence, story.sentence - 1)
            or last[1].grain not in (Grain.YEAR, Grain.SEASON, Grain.MONTH) or not re.match(r"\d{4}", last[1].value)
            or last[1].start >= dt.datetime(ctx.reference.year, 1, 1)
            or _word_before(ctx.text, mention.start) not in ctx.lexicon["story_months"]["same_year"]):
        return None
    year = int(last[1].value[:4])
    if str(year) not in ctx.text[story.start_of.get(last[2], 0) : story.end_of.get(last[2], 0)]:
        return None  # ("last year ... that December": the year is not written, the month keeps its own reading)
    way, strong = direction(ctx, spec, mention, Direction.CLOSEST)
    if way is Direction.FUTURE and strong:
        return None
    return year, TimexAnchor(AnchorKind.TIMEX, last[2])


def _month_looked_back(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> Optional[tuple[int, TimexAnchor]]:
    """News: a bare month in a clause in the past perfect, when the date told last (within the two sentences before) lies
    in a year before publication's and is a month or finer, told in a sentence before: the last such month that begins
    before that date ("The paintings were taken in
    October last year ... The museum had closed for the refit in March": the March before that October; "The lift stopped
    that December ... The company had replaced the cable in October": that year's October), not the one nearest
    publication, which a look back from a past time cannot reach; else None (not from a year told in the month's own
    sentence: "The crane, delivered in 1988, had passed a check in May" is this May)."""
    last = story.last
    if (spec.month is None or spec.day is not None or spec.season is not None or spec.shift is not None or last is None
            or ctx.reference is None or not story.sentence - 2 <= last[0] < story.sentence
            or last[1].end > dt.datetime(ctx.reference.year, 1, 1) or last[1].grain > Grain.MONTH
            or not in_past_perfect(ctx.doc, mention.start, mention.end) or _rescheduled_from(ctx, mention)):
        return None  # ("Sentencing had been put back from April": the date first set, not a time the story looks back to)
    start_of_year = dt.datetime(ctx.reference.year, 1, 1)
    if any(story.bounds_of.get(tid, (start_of_year, start_of_year))[1] > start_of_year for tid in _told_in(story, last[0])):
        return None  # ("is expected to close by the end of December, once shareholders have voted at a meeting on Dec. 14": a
        # sentence that also tells a time of the publication year or later is no past the story is in)
    y = last[1].start.year
    year = y if cal.month(y, spec.month).start < last[1].start else y - 1
    return year, TimexAnchor(AnchorKind.TIMEX, last[2])


def _told_in(story: Story, sentence: int) -> Iterator[str]:
    """The ids of the dates recorded in ``sentence``, read back from the last recorded (dates are recorded in text order),
    so a look at a recent sentence costs what it holds, not the whole document."""
    for tid in reversed(story.sentence_of):
        k = story.sentence_of[tid]
        if k < sentence:
            return
        if k == sentence:
            yield tid


_SEASON_SPILL = dt.timedelta(days=31)  # how far after a season told a month may begin and still carry on its story


def _year_near(period: Period, month: int) -> int:
    """The year whose ``month`` lies nearest ``period`` (a season told over: "Last winter, the vaccine was offered from
    September" said in October 2026 is September 2025, three months before the winter of 2026, not the one after it)."""

    def gap(y: int) -> dt.timedelta:
        m = cal.month(y, month)
        return max(period.start - m.end, m.start - period.end, dt.timedelta(0))

    y0 = period.start.year
    return min((y0 - 1, y0, y0 + 1), key=lambda y: (gap(y), -y))


_POSSESSED_ASIDE = re.compile(r"\s{1,2}[a-z]+(?:[\s-]{1,2}[a-z]+)?\s{0,2},\s{1,2}(?:on\s{1,2}|in\s{1,2})?")  # "'s [race, on] April 20"
_FRONTED = 3  # words before a year that opens its sentence ("In 1915, ...", "By early February 1943, ..."): it holds for all of it
_SEASON_WORDS = 3  # ... and more before the year of a season that opens it ("In [the summer of] 1989, ...")


def _word_before(text: str, at: int) -> str:
    """The lower-case word right before ``at`` ("" at the start): what a month's determiner says."""
    m = re.search(r"([A-Za-z]+)\s+$", text[max(0, at - 30):at])
    return m.group(1).lower() if m else ""


def _told_before(ctx: "Context", mention: Mention) -> bool:
    """Whether ``mention`` lies before the story's time: in a past perfect clause, or (narrative) after "since" ("surrendered
    on 2 March 1867; its men had lived on horse meat since Christmas"); not (narrative) the date a plan was set for, which a
    past perfect does not put back ("The attack had been set for 19 June" told in May is that June)."""
    if ctx.mode == "narrative" and _set_for(ctx, mention):
        return False
    return in_past_perfect(ctx.doc, mention.start, mention.end) or (ctx.mode == "narrative" and after_past_signal(ctx.text, mention.start))


SET_FOR_REACH = 4  # words between a setting verb and "for" ("had fixed the sale for 2 July")
_CLAUSE_WORDS = re.compile(r"[^,;:.!?()]*$")


def _set_for(ctx: "Context", mention: Mention) -> bool:
    """Whether ``mention`` follows "for" with a verb that sets a date at most ``SET_FOR_REACH`` words before it in its clause
    (lexicon ``[relative] length_from_settings``: "had been set for", "was fixed for", "had scheduled the vote for")."""
    clause = _CLAUSE_WORDS.search(ctx.text, max(0, mention.start - 80), mention.start)
    words = clause.group().lower().split() if clause is not None else []
    settings = ctx.lexicon["relative"].get("length_from_settings", ())
    if len(words) >= 2 and words[-1] == "for" and any(w in settings for w in words[-2 - SET_FOR_REACH : -1]):
        return True
    # "had planned to march on Moscow in [the spring]": an infinitive of a plan, the date at its end
    plans, leads = ctx.lexicon["relative"].get("plan_infinitives", ()), ctx.lexicon["relative"].get("plan_leads", ())
    return (len(words) >= 3 and words[-1] in leads
            and any(w in plans and words[j + 1] == "to" for j, w in enumerate(words[:-2]) if j >= len(words) - 2 - PLAN_REACH))


PLAN_REACH = 6  # words between a plan's verb and the word before its date ("had planned to march on Moscow in")


def _in_story_year(ctx: "Context", story: Story, f: _Frame, period_in: Callable[[int], Period],
                   mention: Optional[Mention] = None) -> Optional[tuple[Period, TimexAnchor]]:
    """The period in the one of the story's years that ``story_pick`` chooses, else None
    (before the story's time in a past perfect clause of ``mention``)."""
    if not f.story_years:
        return None
    before = mention is not None and _told_before(ctx, mention)
    # (narrative: where a span told from a date earlier in its sentence ends lies after that date too, "by the end of March
    # they had taken every fortress except Orvel, which held out until October": October of that year, not the one before)
    ahead = mention is not None and (completed_by(ctx.doc, mention.start) or (ctx.mode == "narrative" and ends_span(ctx.doc, mention.start)))
    opening = mention is not None and ctx.mode == "narrative" and opens_range(ctx, mention)
    picked = story_pick(ctx.mode, [period_in(y) for y in f.story_years], story, before, ahead, opening)
    return None if picked is None else (picked, _story_anchor(f))


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
    way, strong = direction(ctx, spec, mention, Direction.PAST)
    if way is Direction.PAST and after_occasion(ctx.text, mention.start, ctx.doc.language):
        way, strong = Direction.CLOSEST, False  # "Amtrak added trains for Christmas" said in November: the coming one
    today = f.today
    cands = [cal.holiday_date(entry, y) for y in (today.year - 1, today.year, today.year + 1)]
    if spec.grain is Grain.WEEK:  # "Easter week began": the tense is about the week, not the holiday in it
        weeks = [_in_week(cal.day(d), spec) for d in cands]
        return pick_period(weeks, dt.datetime.combine(today, dt.time()), way, strong), f.anchor
    yearly = spec.direction is Direction.TENSE and no_look_back(ctx, mention, story, today)  # "last Christmas" said on Dec. 23: a year back
    return _in_week(cal.day(pick_date(cands, today, way, strong, yearly, just_after(ctx, mention, way))), spec), f.anchor


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
    picked = pick_date(cands, today, way, strong, no_look_back(ctx, mention, story, today), just_after(ctx, mention, way))
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
    return pick_period(cands_m, f.base, way, strong), f.anchor


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
        reporting = (f.base - current.start).days <= REPORT_LAG or names_report_period(ctx.text, mention.start, mention.end, ctx.doc.language)
        return min((p for p in cands_q if p.end > current.start or (reporting and p.end == current.start)), key=lambda p: p.start), f.anchor
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
    way, strong = direction(ctx, spec, mention, Direction.CLOSEST)
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
    if last[1].grain > Grain.MONTH or told_end > mention.start:
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


def _day_of_month(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story, today: dt.date,
                  anchor: TimexAnchor) -> tuple[Optional[Period], TimexAnchor]:
    """ "on the 14th": that day of the month the story is in (anchored on it); with no month in
    the story, of this month, the last or the next as the tense says (past: not after today)."""
    assert spec.day is not None
    month_of = next(((_week_day_start(p, spec.day) if p.grain in _WEEK_GRAINS else p.start, tid)
                     for p, tid in (_deictic_month(ctx, story), (story.current, story.current_tid), (story.any, story.any_tid), _sentence_month(story),
                                    (story.day, story.day_tid))
                     if p is not None and p.grain <= Grain.MONTH and tid
                     and (p.grain not in _WEEK_GRAINS or _week_day_start(p, spec.day) is not None)), None)
    if month_of is not None:
        first = month_of[0].date().replace(day=1)
        anchor = TimexAnchor(AnchorKind.TIMEX, month_of[1])
        moved = _day_against_tense(ctx, spec, mention, first, today)
        if moved is not None:
            first, anchor = moved, REFERENCE_ANCHOR
    else:
        first = today.replace(day=1)
        way, _ = direction(ctx, spec, mention, Direction.PAST)
        if way is Direction.PAST and spec.day > today.day:
            first = cal.add_months(first, -1)
        elif way is Direction.FUTURE and spec.day < today.day:
            first = cal.add_months(first, 1)
    try:
        return cal.day(first.replace(day=spec.day)), anchor
    except ValueError:
        return None, anchor


_WEEK_GRAINS = (Grain.WEEK, Grain.WEEKEND)


def _deictic_month(ctx: "Context", story: Story) -> tuple[Optional[Period], Optional[str]]:
    """The month told last when it is counted from now ("last month", "this month", "next month": a relative word of
    ``[relative] shift`` that is not anaphoric) in the sentence of the day or the one before, after the story's current
    time: a bare day of the month after it is that month's ("sold its seats for October sailings after fares were cut last
    month. From the 15th, children travelled free": 15 August, not October), which such a look-back, no move of the
    story, would leave to the month told before it; else (None, None)."""
    p, tid = story.any, story.any_tid
    if p is None or tid is None or p.grain is not Grain.MONTH or tid == story.current_tid:
        return None, None
    told, at = story.sentence_of.get(tid), story.start_of.get(tid)
    if told is None or at is None or story.sentence - told > 1:
        return None, None
    relative = ctx.lexicon["relative"]
    word = ctx.text[at : at + 12].split(" ", 1)[0].lower()
    if word not in relative["shift"] or word in relative["anaphoric"]:
        return None, None
    return p, tid


def _sentence_month(story: Story) -> tuple[Optional[Period], Optional[str]]:
    """The month told last, when it was told in the sentence being resolved, else (None, None): the month a bare day of
    the month after it belongs to when the story's time has since moved only to a coarser period ("December was the
    coldest month since 2010, and on the 19th the town recorded minus 14C" said in January: 19 December, not the
    January of a night told in an earlier sentence); tried after the story's current time, before its day."""
    told = story.by_grain.get(Grain.MONTH)
    if told is None or story.sentence_of.get(told[1]) != story.sentence:
        return None, None
    return told

def _week_day_start(week: Period, day: int) -> Optional[dt.datetime]:
    """The day of the month ``day`` inside a told week (or weekend), whichever of its months it falls in, else None: a week
    names no month of its own, so a bare day outside it ("Council Election Next Week" said on 27 April: "from the 28th"
    is tomorrow, not 28 May) takes its month from what else the story or now says."""
    for start in (week.start, week.end - dt.timedelta(days=1)):
        try:
            d = start.replace(day=day, hour=0, minute=0)
        except ValueError:
            continue
        if week.start <= d < week.end:
            return d
    return None


def _day_against_tense(ctx: "Context", spec: CalendarSpec, mention: Mention, first: dt.date,
                       today: dt.date) -> Optional[dt.date]:
    """News: the month to take "the 30th" from when the story's month would put it on the wrong side of the publication
    day for its own verb ("In May the firm said it would shut the plant. The last shift ends on the 30th", said on 10
    June, is 30 June; "Voting began on the 8th. The result will be certified on the 3rd" is 3 July; "took the lead for the
    first time on the 15th", said on 10 August, is 15 July: a verb of its own clause, not only the one next to it), else
    None."""
    assert spec.day is not None
    if ctx.mode != "news" or ctx.reference is None:
        return None
    try:
        day = first.replace(day=spec.day)
    except ValueError:
        return None
    way, strong = direction(ctx, spec, mention, Direction.CLOSEST, reach=1)  # a verb of its own clause
    if not strong:
        return None
    if way is Direction.FUTURE and day < today:
        this = today.replace(day=1)
        return this if spec.day >= today.day else cal.add_months(this, 1)
    if way is Direction.PAST and day > today:
        this = today.replace(day=1)
        return this if spec.day <= today.day else cal.add_months(this, -1)
    return None


def _month_from_story(month: int, ahead: bool, story: Story) -> Period:
    """ "the following September" ("the previous May"): the first such month after the story's
    current period (the last before it), as "the following spring" is."""
    local = story.local()
    now = (local[0] if local is not None else None) or story.now() or story.any
    assert now is not None
    if ahead and local is None:
        now = story.step_from(now)  # "By the end of 1924 ... the following March": 1925's
    y = now.start.year
    cands = [cal.month(x, month) for x in range(y - 2, y + 3)]
    if ahead:
        # ... in a winter, a later month of it ("spent the winter at Hanover. The following February": that winter's)
        inside = now.grain is Grain.SEASON and now.value.endswith("-WI")
        return min((p for p in cands if p.start > now.start and (p.end > now.end or (inside and p.end <= now.end))), key=lambda p: p.start)
    return max((p for p in cands if p.end <= now.start), key=lambda p: p.start)


def _holiday_from_story(entry: Any, way: str, story: Story) -> Period:
    """ "the following Christmas" ("the previous Easter"; ``way`` "next", "last"): the first such holiday after the story's
    current period (the last before it), as "the following September" is (:func:`_month_from_story`); "that Christmas"
    (``way`` "that"): the one in the story's year (not a look-back's of its sentence: "born in 1588; he died that Christmas")."""
    if way == "that":
        now = story.now() or story.any
        assert now is not None
        return cal.day(cal.holiday_date(entry, now.start.year))
    ahead = way == "next"
    local = story.local()
    now = (local[0] if local is not None else None) or story.now() or story.any
    assert now is not None
    if ahead and local is None:
        now = story.step_from(now)
    y = now.start.year
    cands = [cal.day(cal.holiday_date(entry, x)) for x in range(y - 2, y + 3)]
    if ahead:
        return min((p for p in cands if p.start >= now.end or (now.grain in DAY_GRAINS and p.start > now.start)), key=lambda p: p.start)
    return max((p for p in cands if p.end <= now.start), key=lambda p: p.start)


def _season_from_story(spec: CalendarSpec, story: Story, base: dt.datetime) -> Period:
    """ "the following spring", "the previous winter", "that summer": seen from the story's
    current period (after its end, before its start, or the one it lies in)."""
    assert spec.season is not None
    last = story.last
    if (story.narrative and spec.relative_word not in ("next", "last") and last is not None and last[0] >= story.sentence - 1
            and last[1].grain is Grain.SEASON and last[1].value.endswith("-" + spec.season)):
        # "The previous winter he had raised six regiments. That same winter a fever had killed his son": the winter just
        # named (in its sentence or the one before), look-back or not, not the one the story's time gives
        return last[1]
    local = story.local()
    now = (local[0] if local is not None else None) or story.now() or story.any or Period(base, base + _DAY, Grain.DAY, "")
    if local is None and story.narrative and story.focus is not None and story.focus.start >= now.end:
        now = story.focus  # "The war dragged on until the treaty of 1709. That summer": the later year told last, not the story's
    if local is None and spec.relative_word == "next":
        now = story.step_from(now)  # "By the end of 1924 the firm had failed, and the following spring": 1925's
    ranged = story.after_range(Grain.YEAR) if local is None and spec.relative_word == "next" else None
    if ranged is not None and ranged[0].start > now.start:
        # "The siege lasted from September 1854 to September 1855. The following winter": after the range's end, as "a
        # year later" counts from it (the story itself stays at its start)
        now = ranged[0]
    y = now.start.year
    if now.grain is Grain.SEASON:
        y = (now.start + (now.end - now.start) / 2).year  # "the winter of 1709 ... That spring": a winter's year is its January's
    cands = [cal.season(x, spec.season) for x in (y - 2, y - 1, y, y + 1, y + 2)]
    if spec.relative_word == "next":  # the first that begins after the story's time and outlasts it
        return min((p for p in cands if p.start > now.start and p.end > now.end), key=lambda p: p.start)
    if spec.relative_word == "last":
        return max((p for p in cands if p.end <= now.start), key=lambda p: p.start)
    inside = [p for p in cands if p.start <= now.start < p.end]
    if inside and not (spec.season == "WI" and now.grain >= Grain.YEAR):  # "In 1813 ... That winter": the one that begins that December
        return inside[0]
    if spec.season == "WI":
        return cal.season(y + 1, "WI")  # "on 19 October ... That winter": the winter that begins that December
    return cal.season(y, spec.season)


def _in_named_week(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> Optional[tuple[dt.date, TimexAnchor]]:
    """ "Next week, the council will vote on Tuesday", "This weekend, rain is likely on Saturday": a
    bare weekday after last, this or next week (or weekend) named earlier in its clause is that
    week's day (None when there is none, or the day is not in it: "Sunday" after "this weekend" is,
    "Monday" is not).  A weekday in another clause has its own day ("Talks stalled last week, and the
    union walked out on Monday" said on a Friday: this week's Monday)."""
    last = story.last
    if spec.relative_word is not None or spec.shift is not None or last is None or last[0] != story.sentence:
        return None
    today = ctx.reference.date() if ctx.reference is not None else None
    week_end = story.end_of.get(last[2], mention.start)
    if _clause_between(ctx, week_end, mention.start) or _in_aside(ctx, week_end, mention.start) or _attribution_between(ctx, week_end, mention.start):
        return None
    week = last[1]
    if week.grain not in (Grain.WEEK, Grain.WEEKEND) or today is None:
        return None
    monday = today - dt.timedelta(days=today.isoweekday() - 1)
    if abs((week.start.date() - monday).days) > NEAR_WEEKS:
        return None  # "a letter in two weeks ... on Tuesday": not a week this one, the last or the next
    assert spec.weekday is not None
    d = week.start.date() + dt.timedelta(days=(spec.weekday - week.start.isoweekday()) % 7)
    if not week.start.date() <= d < week.end.date():
        return None
    return d, TimexAnchor(AnchorKind.TIMEX, last[2])


def _in_spanned_week(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> Optional[tuple[dt.date, TimexAnchor]]:
    """News: a bare weekday in a past clause right after a sentence whose last date is a week over by publication, told
    as the span the work filled (``story_months.week_spans`` right before it: "Gardeners worked through last week to
    clear the debris. They laid new paths on Tuesday" said on a Wednesday): that week's day, not the one nearest
    publication; else None."""
    last = story.last
    if (ctx.mode != "news" or spec.relative_word is not None or spec.shift is not None or spec.weekday is None or last is None
            or last[0] != story.sentence - 1 or last[1].grain is not Grain.WEEK or ctx.reference is None or last[1].end > ctx.reference):
        return None
    spans = ctx.lexicon["story_months"].get("week_spans", ())
    if _word_before(ctx.text, story.start_of.get(last[2], 0)).lower() not in spans:
        return None
    if tense_evidence(ctx.doc, mention.start, mention.end)[0] != "past":
        return None
    d = last[1].start.date() + dt.timedelta(days=(spec.weekday - last[1].start.isoweekday()) % 7)
    if not last[1].start.date() <= d < last[1].end.date():
        return None
    return d, TimexAnchor(AnchorKind.TIMEX, last[2])


def _clause_between(ctx: "Context", start: int, end: int) -> bool:
    """Whether a clause boundary stands in the text between ``start`` and ``end``: a word that opens a clause
    ("that", "but", "while": the lexicon's clause boundaries), a semicolon, or a comma and a coordinator (", and")."""
    words = tense_words(ctx.doc.language)
    tokens = _CLAUSE_TOKEN.findall(ctx.text, start, end)
    for k, token in enumerate(tokens):
        lower = token.lower()
        if lower == ";" or (lower.isalpha() and lower in words.boundaries):
            return True
        if lower == "," and k + 1 < len(tokens) and tokens[k + 1].lower() in words.list_words:
            return True
    return False


_CLAUSE_TOKEN = re.compile(r"[^\W\d_]+|[,;]")


def _attribution_between(ctx: "Context", start: int, end: int) -> bool:
    """Whether a comma and then a reporting verb (``reporting`` in tense.toml) stand between ``start`` and ``end``: the time
    at ``end`` dates a trailing report ("Admissions doubled last week, the agency said on Monday": the report's Monday is
    not last week's)."""
    words = tense_words(ctx.doc.language)
    tokens = [t.lower() for t in _CLAUSE_TOKEN.findall(ctx.text, start, end)]
    last_comma = len(tokens) - 1 - tokens[::-1].index(",") if "," in tokens else -1  # ("Last week, the agency said, admissions
    # doubled on Monday": an aside; the clause after its last comma says)
    return last_comma >= 0 and any(t in words.reporting for t in tokens[last_comma + 1 :])


def _in_aside(ctx: "Context", end: int, start: int) -> bool:
    """Whether the time ending at ``end`` closes an aside between commas inside its sentence that the time at ``start``
    follows ("The curfew, imposed last week, runs from Saturday": the week dates the imposing, not the Saturday)."""
    if not _ASIDE_CLOSE.match(ctx.text, end) or "," in ctx.text[end:start].lstrip()[1:]:
        return False
    s, _ = ctx.doc.sentence_at(start)
    opening = ctx.text.rfind(",", s, end)
    return opening > s and ctx.text[s:opening].strip() != "" and not _CLAUSE_TOKEN.fullmatch(ctx.text[s:opening].strip())


_ASIDE_CLOSE = re.compile(r"\s*,")


def _against_its_verb(ctx: "Context", mention: Mention, day: dt.date) -> bool:
    """Whether the verb of the expression's clause puts it on the other side of the reference day than ``day``
    (a past verb and a day ahead, a future one and a day gone: "will be sworn in later this week and take office on
    Monday" said on a Tuesday is the next Monday, not this week's)."""
    if ctx.reference is None:
        return False
    tense, level = tense_evidence(ctx.doc, mention.start, mention.end)
    today = ctx.reference.date()
    return level <= 1 and ((tense == "past" and day > today) or (tense == "future" and day < today))


_TOLD_WEEK = dt.timedelta(days=7)  # a bare weekday names a day at most this far from publication


def _days_around(day: dt.date, reach: int) -> list[dt.date]:
    """The days at most ``reach`` days from ``day``, in order (those the calendar has)."""
    low = dt.date.fromordinal(max(1, day.toordinal() - reach))
    high = min(dt.date.max.toordinal(), day.toordinal() + reach)
    return [dt.date.fromordinal(k) for k in range(low.toordinal(), high + 1)]


_LAST_ORDINAL = dt.date.max.toordinal()


def _weekdays_around(day: dt.date, reach: int, weekday: int) -> list[dt.date]:
    """The days of ISO ``weekday`` among :func:`_days_around` ``day`` (in order), found without making every day of the reach."""
    first = day.toordinal() - reach
    first += (weekday - first) % 7  # (ordinal 1, 0001-01-01, is a Monday: ordinal k is ISO weekday (k - 1) % 7 + 1)
    return [dt.date.fromordinal(k) for k in range(first, day.toordinal() + reach + 1, 7) if 1 <= k <= _LAST_ORDINAL]


def _weekday_told_again(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> Optional[tuple[dt.date, TimexAnchor]]:
    """News: a bare weekday whose day the text already told, within a week of publication ("The final is on Saturday ...
    'After Saturday we can rest,' she said"), names that day again, unless the tense puts it on the other side of now
    ("drew on Wednesday ... Training resumes on Wednesday"); of two such days told, the one its tense points to.  None
    otherwise."""
    if (ctx.mode != "news" or ctx.reference is None or spec.relative_word is not None or spec.shift is not None or spec.month is not None
            or not story.told_on):
        return None  # (no day told yet: none to name again)
    today = ctx.reference.date()
    days = [d for d in _weekdays_around(today, _TOLD_WEEK.days, spec.weekday) if d in story.told_on]
    if not days:
        return None
    if days != [today]:  # (today alone is kept whichever way the tense points: its direction is not worked out)
        way, _ = direction(ctx, spec, mention, Direction.CLOSEST)
        if way is not Direction.CLOSEST:
            days = [d for d in days if (d <= today if way is Direction.PAST else d >= today)]
    if len(days) != 1:
        return None
    day = days[0]
    return day, TimexAnchor(AnchorKind.TIMEX, story.told_on[day][0])


_FRONTED_WORDS = 5  # words at most from a sentence's start to the end of a day that opens it ("On Christmas Day 2025,")
_FRONTED_FAR = dt.timedelta(days=7)  # a day opening its sentence this far before publication sets the week of a weekday after it


def _near_fronted_day(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> Optional[tuple[dt.date, TimexAnchor]]:
    """News: a bare weekday in a past clause whose sentence opens with a day over a week before publication ("Last Easter, a
    computer failure grounded flights for most of Saturday") is the one nearest that day, within three days, not this
    week's; None otherwise (a day told later in the sentence, a report's day: "said on Saturday")."""
    last = story.last
    if (ctx.mode != "news" or ctx.reference is None or spec.relative_word is not None or spec.shift is not None or last is None
            or last[0] != story.sentence or last[1].grain is not Grain.DAY or last[1].end.date() > ctx.reference.date() - _FRONTED_FAR):
        return None
    end = story.end_of.get(last[2])
    s, _ = ctx.doc.sentence_at(mention.start)
    if end is None or not ctx.text.startswith(",", end) or "," in ctx.text[s:end] or len(ctx.text[s:end].split()) > _FRONTED_WORDS:
        return None
    if said_on(ctx.doc, mention.start) or direction(ctx, spec, mention, Direction.PAST)[0] is not Direction.PAST:
        return None
    assert spec.weekday is not None
    day = last[1].start.date()
    step = (spec.weekday - day.isoweekday() + 3) % 7 - 3  # -3 .. 3 days from the told day
    return day + dt.timedelta(days=step), TimexAnchor(AnchorKind.TIMEX, last[2])


def _after_day_ahead(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story, d: dt.date) -> Optional[tuple[dt.date, TimexAnchor]]:
    """News: a weekday ahead told after another day ahead in its sentence, in a clause about what is ahead, follows it ("The
    strike will begin at 6 a.m. on Monday and end on Friday" said on a Wednesday: the Friday after that Monday, not the one
    before it); None when ``d`` already lies after that day, or the words say otherwise."""
    last = story.last
    if (ctx.mode != "news" or ctx.reference is None or spec.relative_word is not None or spec.shift is not None or last is None
            or last[0] != story.sentence or last[1].grain not in DAY_GRAINS or last[1].start.date() <= ctx.reference.date()
            or d >= last[1].start.date() or d <= ctx.reference.date()):
        return None
    told_end = story.end_of.get(last[2])
    cues = tense_words(ctx.doc.language)
    between = re.findall(r"[A-Za-z]+|,", ctx.text[told_end:mention.start]) if told_end is not None else []
    joins = [k for k, w in enumerate(between) if w.lower() in cues.list_words]
    if not joins:
        return None  # the day ahead names a thing, no step of the story ("Tickets for the Boxing Day derby go on sale on Monday")
    k = joins[0]
    if k > 0 and between[k - 1] == "," and k + 1 < len(between) and (
            between[k + 1].lower() in cues.determiners or between[k + 1].lower() in cues.singular_subjects
            or between[k + 1].lower() in cues.plural_subjects):
        # "The race is on Saturday, and the favourite will gallop on Friday", "The final starts at 4 p.m., and she will
        # practise on Saturday morning": another clause with its own subject (a pronoun too)
        return None
    if direction(ctx, spec, mention, Direction.PAST) != (Direction.FUTURE, True):
        return None
    assert spec.weekday is not None
    day = last[1].start.date()
    return day + dt.timedelta(days=(spec.weekday - day.isoweekday() - 1) % 7 + 1), TimexAnchor(AnchorKind.TIMEX, last[2])


_RUN_ITEM_WORDS = 4  # words at a clause's start among which the head of an item of a run's programme is looked for
_RUN_END_REACH = 12  # characters before a run's last day in which "until"/"to" is looked for ("runs [until] Saturday")


def _within_run(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story, d: dt.date) -> Optional[tuple[dt.date, TimexAnchor]]:
    """(session 42) News: a bare weekday of an item of a run's programme (``[event_recall] run_items``: "A signed performance
    is given on Thursday evening") told after a run ahead told by its two ends in one sentence ("A new comedy opens on
    Tuesday and runs until Saturday", said on a Wednesday) falls in that run: the next such weekday after ``d`` when ``d``
    lies before the run's first day and that one within it; None otherwise (a clause that looks back, a weekday already in
    the run, an item of no programme: "Tickets go on sale on Thursday" is before the run)."""
    table = ctx.lexicon.tables.get("event_recall")
    items = table.get("run_items") if table else None
    days = [(p, tid) for p, tid in story.told_days[-2:]]
    if ctx.mode != "news" or ctx.reference is None or not items or spec.relative_word is not None or spec.shift is not None or len(days) < 2:
        return None
    (first, first_tid), (last, last_tid) = days
    start, end = first.start.date(), last.start.date()
    if not (ctx.reference.date() < d < start < end) or d + dt.timedelta(days=7) > end or story.sentence_of.get(first_tid) != story.sentence_of.get(last_tid):
        return None
    at = story.start_of.get(last_tid)
    before = re.findall(r"[A-Za-z]+", ctx.text[max(0, at - _RUN_END_REACH) : at]) if at is not None else []
    if not before or before[-1].lower() not in tense_words(ctx.doc.language).until:
        return None  # "on Tuesday and on Saturday": no run
    s, _ = ctx.doc.sentence_at(mention.start)
    if story.sentence_of.get(last_tid) == ctx.doc.sentence_index(mention.start):
        return None
    opening = [w.lower() for w in re.findall(r"[A-Za-z]+", ctx.text[s : mention.start])[:_RUN_ITEM_WORDS]]
    if not any(w in items or (w.endswith("s") and w[:-1] in items) for w in opening):
        return None
    if direction(ctx, spec, mention, Direction.PAST)[0] is not Direction.FUTURE:
        return None
    return d + dt.timedelta(days=7), TimexAnchor(AnchorKind.TIMEX, first_tid)


def _before_story_day(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story, d: dt.date) -> Optional[tuple[dt.date, TimexAnchor]]:
    """News: a bare weekday in a past perfect clause that would fall after the story's day told last is the last such weekday
    before that day ("The walkers were found on Sunday. They had set off on Friday morning" said on a Friday: the Friday
    before that Sunday, not the publication day; the past perfect looks back from the story's day); so is one in a simple
    past clause that starts a run of days told on to the story's day (:func:`_told_on_to`); None otherwise."""
    last = story.last
    if (ctx.mode != "news" or ctx.reference is None or spec.relative_word is not None or spec.shift is not None or last is None
            or last[1].grain not in DAY_GRAINS or last[1].start.date() >= d):
        return None
    assert spec.weekday is not None
    day = last[1].start.date()
    before = day - dt.timedelta(days=(day.isoweekday() - spec.weekday - 1) % 7 + 1)
    if not (_perfect_before(ctx, mention) and in_past_perfect(ctx.doc, mention.start, mention.end)) and not _told_on_to(ctx, spec, mention, story, d, before, day):
        return None
    return before, TimexAnchor(AnchorKind.TIMEX, last[2])


def _told_on_to(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story, d: dt.date, before: dt.date, story_day: dt.date) -> bool:
    """News: whether a bare weekday in a simple past clause, the publication's own weekday (``d``, the publication day),
    starts a run of days told on to the story's day: the next weekday the text names, in the next sentence at the latest,
    told in the simple past, comes after the one before the story's day (``before``), at most :data:`_RUN_STEP_DAYS` days
    after it, and before that day ("The sailor was
    rescued on Sunday. She set off on Friday morning. The wind rose on Saturday night" published on a Friday: the Friday
    before); not when that next weekday names a day the text already told after the story's day ("arrived on Sunday ... were
    still searching on Monday. The minister, who met the governor on Sunday evening": that Sunday again, no step of a run)."""
    assert ctx.reference is not None and spec.weekday is not None
    if d != ctx.reference.date() or said_on(ctx.doc, mention.start) or direction(ctx, spec, mention, Direction.PAST)[0] is not Direction.PAST:
        return False
    _, end = ctx.doc.sentence_at(mention.start)
    following = _SPACE.match(ctx.text, end).end()  # type: ignore[union-attr]
    if following < len(ctx.text):
        end = ctx.doc.sentence_at(following)[1]  # the next sentence's end
    names = ctx.lexicon["weekdays"]
    shifts = ctx.lexicon["relative"]["shift"]
    for m in _WORD_AT.finditer(ctx.text, mention.end, end):
        n = names.get(m.group().lower())
        if n is None:
            continue
        previous = _WORD_AT.findall(ctx.text, max(0, m.start() - 20), m.start())
        if previous and previous[-1].lower() in shifts:
            return False  # one counted from elsewhere ("last Saturday")
        if any(t in story.told_on and t >= story_day for t in _weekdays_around(ctx.reference.date(), _TOLD_WEEK.days, int(n))):
            return False  # a day already told, after the story's day: told again, not the next step of a run
        # (a day between, "on Saturday night", told as a past step: not looked back on, "had bought the boat on Saturday",
        # nor ahead, "would run from Friday", "more rain was expected on Thursday")
        # (nor what a present perfect's act is for: "has issued a warning for Saturday" is no step told)
        step = (int(n) - spec.weekday - 1) % 7 + 1
        if step > _RUN_STEP_DAYS:
            return False  # a later day of another place or thread, no next step ("reached them early on Thursday. // In
            # Brask, the river burst its banks on Tuesday" in a roundup published on Thursday: Thursday is the publication day)
        return (before + dt.timedelta(days=step) < story_day and tense_evidence(ctx.doc, m.start(), m.end())[0] == "past"
                and not in_past_perfect(ctx.doc, m.start(), m.end()) and not perfect_in_clause(ctx.doc, m.start())
                and not _perfect_far_back(ctx, m.start()))
    return False


_RUN_STEP_DAYS = 3  # days at most from one step of a run of days told on to the story's day to the next
_PERFECT_FAR_BACK = 14  # words at most back from a weekday to the "has"/"have" of its clause


def _perfect_far_back(ctx: "Context", start: int) -> bool:
    """Whether a present perfect auxiliary opens the clause of the weekday at ``start`` further back than the tense
    module's short reach, no clause boundary between ("Forecasters have issued a warning for more heavy rain on
    Saturday": what the warning is for, ahead, no past step of a run of days)."""
    s, _ = ctx.doc.sentence_at(start)
    words = tense_words(ctx.doc.language)
    for token in reversed(_BACK_TOKEN.findall(ctx.text, s, start)[-_PERFECT_FAR_BACK:]):
        lower = token.lower()
        if lower in words.perfect:
            return True
        if not lower[:1].isalpha() or lower in words.boundaries:
            return False
    return False


_WORD_AT = re.compile(r"[A-Za-z]+")
_SPACE = re.compile(r"\s*")


_PERFECT_BACK = 8  # words at most back from a time to the "had" of its clause's past perfect ("had set off from Princetown on")
_BACK_TOKEN = re.compile(r"[A-Za-z'’]+|[,;:()\"“”]")


def _perfect_before(ctx: "Context", mention: Mention) -> bool:
    """Whether the "had" of a past perfect stands before the time in its clause, at most :data:`_PERFECT_BACK` words
    back ("Its crew had left Mallaig on Friday evening"), not one told after it ("repaid the money on Friday and said he
    had made a mistake": the Friday is the repaying's)."""
    s, _ = ctx.doc.sentence_at(mention.start)
    words = tense_words(ctx.doc.language)
    for token in reversed(_BACK_TOKEN.findall(ctx.text, s, mention.start)[-_PERFECT_BACK:]):
        lower = token.lower()
        if lower in words.past_perfect:
            return True
        if not lower[:1].isalpha() or lower in words.boundaries:
            return False
    return False


def _after_joined_day(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> Optional[tuple[dt.date, TimexAnchor]]:
    """ "The Fed meets next Tuesday and Wednesday", "from last Friday to Sunday": a bare weekday
    joined to the day named right before it is, after a range's connector, the first such day after
    that one, else (a list) the one nearest it ("statements made Friday and Thursday"); so is one set
    for an appointment after a day of its sentence ("told at a meeting on Tuesday evening, called a
    rally for Friday"); None otherwise."""
    last = story.last
    if spec.relative_word is not None or spec.shift is not None or last is None or last[0] != story.sentence or last[1].grain not in DAY_GRAINS:
        return None
    appointed = after_appointment(ctx.text, mention.start, ctx.doc.language) or after_forewarning(ctx.doc, mention.start)
    # "told on Tuesday ..., called a rally for Friday"; "rose on Tuesday as traders weighed the chance of a cut on Sunday"
    ranged = joined_through_clock(ctx, mention)  # "from 10 p.m. on Friday to 6 a.m. on Monday"
    if not appointed and not ranged and not joined(ctx, mention):
        return None
    assert spec.weekday is not None
    day = last[1].start.date()
    after = day + dt.timedelta(days=(spec.weekday - day.isoweekday() - 1) % 7 + 1)
    ordered = joined(ctx, mention, ordered=True) or opened_pair(ctx, mention, story.start_of.get(last[2]))
    if not appointed and not ranged and not ordered:
        week = _week_told(ctx, story, mention, day)
        if week is not None:  # "plays twice next week, on Tuesday and Saturday": a list of that week's days
            after = next((d for d in (after, after - dt.timedelta(days=7)) if week.start.date() <= d < week.end.date()), after)
        elif (after - day).days > 3:
            after -= dt.timedelta(days=7)  # a list: the nearer one, the day before ("Friday and Thursday")
    return after, TimexAnchor(AnchorKind.TIMEX, last[2])


def _week_told(ctx: "Context", story: Story, mention: Mention, day: dt.date) -> Optional[Period]:
    """The week told earlier in the sentence of ``mention`` that holds ``day`` (the weekday a list's day is joined to), or
    None: the list is of that week's days ("The club plays twice next week, on Tuesday and Saturday": next week's Saturday,
    not the one before Tuesday)."""
    week = story.by_grain.get(Grain.WEEK)
    if week is None:
        return None
    s, _ = ctx.doc.sentence_at(mention.start)
    if s <= story.start_of.get(week[1], -1) < mention.start and week[0].start.date() <= day < week[0].end.date():
        return week[0]
    return None


def _weekday(ctx: "Context", spec: CalendarSpec, mention: Mention, today: dt.date) -> dt.date:
    wd = spec.weekday
    assert wd is not None
    rel = spec.relative_word
    monday = today - dt.timedelta(days=today.isoweekday() - 1)
    if rel == "this":
        # the day of this week, unless the clause says it lies the other way: "The team plays this Friday"
        # said on a Saturday is the coming Friday, "played this Friday" said on a Tuesday the one just past
        this = monday + dt.timedelta(days=wd - 1)
        if this == today:
            return this  # (either way the same day: its direction is not worked out)
        way, strong = direction(ctx, spec, mention, Direction.CLOSEST)
        if strong and way is Direction.PAST and this > today:
            return this - dt.timedelta(days=7)
        if strong and way is Direction.FUTURE and this < today:
            return this + dt.timedelta(days=7)
        return this
    if rel == "next":
        return monday + dt.timedelta(days=7 + wd - 1)
    back = today - dt.timedelta(days=(today.isoweekday() - wd) % 7)
    if rel in ctx.lexicon["relative"]["anaphoric"] and ctx.lexicon["relative"]["shift"].get(rel, 0) > 0:
        return back + dt.timedelta(days=7)  # "the following Monday": the first one after the story's day
    if rel == "last" or rel in ctx.lexicon["relative"]["anaphoric"]:
        return back if back < today else back - dt.timedelta(days=7)
    if back == today:
        return back  # the day itself, looked for either way (its direction is not worked out)
    way, _ = direction(ctx, spec, mention, Direction.PAST)
    if way is Direction.PAST and _rescheduled_from(ctx, mention):
        way = Direction.CLOSEST  # "The match was moved from Saturday": the day first set, either side of now
    if (way is Direction.CLOSEST and ctx.text[mention.end : mention.end + 3].lstrip(" ")[:2] in ("'s", "\u2019s")
            and not names_fixture(ctx.text, mention.end, ctx.doc.language)):
        way = Direction.PAST  # "over Thursday's closing price": a present clause names a day already past (not "Saturday's match")
    if way is Direction.PAST:
        return back
    try:
        forward = today + dt.timedelta(days=(wd - today.isoweekday()) % 7)
    except OverflowError:  # the next one lies past 9999-12-31
        if way is Direction.FUTURE:
            raise
        return back
    if way is Direction.FUTURE:
        return forward
    if way is Direction.CLOSEST:
        # an act done for a fixture ("Tickets for Sunday's concert sold out") or calling it off is news before the
        # fixture: midweek, when the two lie three and four days off, the one ahead
        margin = 2 if fixture_for(ctx, mention) or fixture_called_off(ctx, mention) else 0
        return back if (forward - today).days - (today - back).days >= margin else forward
    return back


def _rescheduled_from(ctx: "Context", mention: Mention) -> bool:
    """Whether one of tense.toml ``rescheduled_from`` ("moved from", "brought forward from") stands right before
    ``mention`` in its sentence: the day a fixture was first set for (not before a possessive: "The fans moved from
    Saturday's rally to the square" is a move of people)."""
    if ctx.text[mention.end : mention.end + 2] in ("'s", "\u2019s"):
        return False
    phrases = load_data(ctx.doc.language, "tense.toml")["signals"].get("rescheduled_from", ())
    s, _ = ctx.doc.sentence_at(mention.start)
    words = [w.lower() for w in _WORD_RUN.findall(ctx.text, max(s, mention.start - 40), mention.start)[-4:]]
    return any(words[-len(p.split()) :] == p.split() for p in phrases)


_WORD_RUN = re.compile(r"[A-Za-z'\u2019]+")


def after_midnight(ctx: "Context", spec: CalendarSpec) -> bool:
    """Whether ``spec`` is a midnight just after which a time lies ("shortly after midnight", a hedge of ``[clock_hedges]``
    with mod AFTER): with a day named, the midnight that begins that day."""
    entry = ctx.lexicon["parts_of_day"].get(spec.part_of_day) if spec.part_of_day else None
    hedge = ctx.lexicon["clock_hedges"].get(spec.hedge) if spec.hedge else None
    return entry is not None and hedge is not None and hedge.get("mod") == "AFTER" and entry.get("clock") == "24:00"


def with_part(ctx: "Context", period: Period, spec: CalendarSpec) -> Period:
    """``period``'s day narrowed to the part of day the spec names ("Tuesday morning")."""
    if not spec.part_of_day:
        return period
    entry = ctx.lexicon["parts_of_day"][spec.part_of_day]
    day = period.start.date()
    if after_midnight(ctx, spec) and (spec.weekday is not None or spec.day is not None):
        day -= dt.timedelta(days=1)  # "shortly after midnight on Sunday": the midnight that begins Sunday, not the one ending it
    return cal.part_of_day(day, entry["code"], float(entry["start"]), float(entry["end"]), entry.get("clock"))
