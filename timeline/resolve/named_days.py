"""The day a bare weekday or day of the month names: the week it falls in, the story's run of days, and what the verb
next to it says."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any, Optional


from ..lexicon import load_data
from ..text import headline_of_text
from ..model import REFERENCE_ANCHOR, AnchorKind, Grain, TimexAnchor
from ..recognize.meaning import CalendarSpec, Direction, Mention
from . import calendar as cal
from .calendar import Period
from .picking import direction, fixture_called_off, fixture_for, fixture_told_ahead, joined, joined_through_clock, opened_pair
from .story import DAY_GRAINS, Story
from .tense import tense_evidence
from .tense_cues import _cue, tense_words
from .tense_reports import names_fixture, said_on, in_past_perfect
from .tense_signals import for_weekday, perfect_in_clause, after_appointment, after_forewarning
from .named_frame import NEAR_WEEKS, _CLAUSE_TOKEN, _DAY, _clause_between, _rescheduled_from, _word_before

if TYPE_CHECKING:
    from .anchors import Context


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
        elif _limit_after_told(ctx, spec, mention, story, month_of, today):
            first = cal.add_months(first, 1)  # "The storm hit on December 28. By the 2nd, power had been restored": 2 January
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


def _limit_after_told(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story, month_of: tuple[dt.datetime, str],
                      today: dt.date) -> bool:
    """Whether a bare day of the month right after a word of a limit or a time after (``day_limits`` in
    ``[story_months]``: "By the 2nd", "until the 5th") is smaller than the first day of the time of the story it counts
    from ("The storm hit on December 28", "in late December"), so that it lies in the next month: a limit told after a time
    is not before it. Not when that puts a past clause's day after publication."""
    assert spec.day is not None
    words = ctx.lexicon["story_months"].get("day_limits", ())
    told = story.bounds_of.get(month_of[1])
    if not words or told is None or _word_before(ctx.text, mention.start) not in words:
        return False
    if told[0].date().replace(day=1) != month_of[0].date().replace(day=1) or spec.day >= told[0].day:
        return False  # (a day on or after the time told, "By the 30th": that month's)
    try:
        day = cal.add_months(month_of[0].date().replace(day=1), 1).replace(day=spec.day)
    except ValueError:
        return False
    return not (ctx.mode == "news" and day > today and tense_evidence(ctx.doc, mention.start, mention.end)[0] == "past")


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
    if _time_clause_between(ctx, week_end, mention.start):
        return None  # (s53 lead) "Talks broke down twice last week before a mediator was called in on Monday": another clause's day
    if _week_in_relative(ctx, story.start_of.get(last[2], week_end)):
        return None  # (s59) "A kayaker who went missing last week was found on Monday": the week is the relative clause's
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


def _week_in_relative(ctx: "Context", week_start: int) -> bool:
    """(s59) Whether the week starting at ``week_start`` lies in a relative clause (a relative pronoun of tense.toml
    ``relatives`` between its sentence's start, or the last comma before it, and the week) that a weekday after it
    does not share ("A man who was arrested last week appeared in court on Monday": this week's
    Monday; "Last week, a man who ..." frames nothing here, the week is not in the clause)."""
    s, _ = ctx.doc.sentence_at(week_start)
    words = tense_words(ctx.doc.language)
    before = [t.lower() for t in _CLAUSE_TOKEN.findall(ctx.text, s, week_start)]
    if "," in before:
        before = before[len(before) - before[::-1].index(",") :]
    return not words.relatives.isdisjoint(before)


def _time_clause_between(ctx: "Context", start: int, end: int) -> bool:
    """Whether a word that opens a clause of time (tense.toml ``time_clauses``: "before", "after", "until", "when") stands
    between ``start`` and ``end``: a weekday after it is that clause's, not a day of a week named before it."""
    words = tense_words(ctx.doc.language)
    return any(t.lower() in words.time_clauses for t in _CLAUSE_TOKEN.findall(ctx.text, start, end))


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
            or between[k + 1].lower() in cues.plural_subjects or _bare_subject(between[k + 1 : k + 3], cues)):
        # "The race is on Saturday, and the favourite will gallop on Friday", "The final starts at 4 p.m., and she will
        # practise on Saturday morning": another clause with its own subject (a pronoun too; (s54) a bare noun before a
        # modal: "Kick-off is at 4.30 p.m., and fans can collect tickets from Thursday")
        return None
    if direction(ctx, spec, mention, Direction.PAST) != (Direction.FUTURE, True):
        return None
    assert spec.weekday is not None
    day = last[1].start.date()
    return day + dt.timedelta(days=(spec.weekday - day.isoweekday() - 1) % 7 + 1), TimexAnchor(AnchorKind.TIMEX, last[2])


_CLASH_WORDS = 12  # words at most from a clash word's phrase ("a clash with") to the weekday after it ("[a rugby international in the city] on"),
# none of them an auxiliary, a form of "be", a modal or a clause word (s56: was 6, with no such test)


def _clashing_fixture(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> Optional[tuple[dt.date, TimexAnchor]]:
    """(s55) News: a bare weekday a few words after a clash with a fixture (tense.toml ``clash_links``: "has been moved to
    Sunday because of a clash with a rugby international on Saturday") names the day nearest the day told before it in its
    sentence, within three days either side (the fixture the other was set round), whichever way the clause's tense
    points (the perfect "has been moved" made it the Saturday gone); None without such a day or phrase, or with an auxiliary
    or a clause word between the phrase and the day (s56)."""
    last = story.last
    links = load_data(ctx.doc.language, "tense.toml")["signals"].get("clash_links", ())
    if (ctx.mode != "news" or not links or spec.relative_word is not None or spec.shift is not None or last is None
            or last[0] != story.sentence or last[1].grain not in DAY_GRAINS):
        return None
    told_end = story.end_of.get(last[2])
    if told_end is None or told_end > mention.start:
        return None
    between = re.findall(r"[A-Za-z]+|[,;:()]", ctx.text[told_end:mention.start])
    words = [w.lower() for w in between]
    for link in links:
        link_words = link.split()
        n = len(link_words)
        starts = [k for k in range(len(words) - n + 1) if words[k : k + n] == link_words]
        if starts and len(words) - (starts[-1] + n) <= _CLASH_WORDS and not any(not w.isalpha() for w in words[starts[-1] :]):
            break
    else:
        return None
    cues = tense_words(ctx.doc.language)
    stops = (cues.boundaries, cues.be, cues.aux_past, cues.aux_future, cues.modals, cues.open_modals)
    if any(w in stop for w in words[starts[-1] + n :] for stop in stops):
        return None  # (s56) "a clash with Ashby and fans were told on Saturday": the day is the telling's, its verb says
    assert spec.weekday is not None
    day = last[1].start.date()
    step = (spec.weekday - day.isoweekday() + 3) % 7 - 3  # -3 .. 3 days from the told day
    return day + dt.timedelta(days=step), TimexAnchor(AnchorKind.TIMEX, last[2])


_CHANGE_REACH = 8  # words at most of a clause between a verb of change and the "in" before a season ("moves [to the board] in")
_CHANGE_CLAUSE = re.compile(r"[,;:.!?()\"“”]")


def _change_ahead(ctx: "Context", mention: Mention) -> bool:
    """(s56) News: whether a bare season comes right after one of tense.toml [signals] ``change_links`` ("in") with a verb of
    ``change_verbs`` (a present form: "moves", "opens") among the few words of its clause before it, that verb led by no
    determiner and no other verb ("The finance director moves to the board in the summer" said in January, "opens a new
    depot in the spring"): a change set for a season, the coming one (or the one under way), not the closest (last summer);
    "made two moves in the summer" (a past verb first, the noun) is not one."""
    signals = load_data(ctx.doc.language, "tense.toml")["signals"]
    verbs, links = signals.get("change_verbs", ()), signals.get("change_links", ())
    if ctx.mode != "news" or not verbs or not links:
        return False
    s, _ = ctx.doc.sentence_at(mention.start)
    marks = [m.end() for m in _CHANGE_CLAUSE.finditer(ctx.text, s, mention.start)]
    words = [w.lower() for w in re.findall(r"[A-Za-z']+", ctx.text[marks[-1] if marks else s : mention.start])]
    if not words or words[-1] not in links:
        return False
    cues = tense_words(ctx.doc.language)
    for k in range(len(words) - 2, max(-1, len(words) - 2 - _CHANGE_REACH), -1):
        if words[k] in verbs:
            return not (k > 0 and (words[k - 1] in cues.determiners or words[k - 1] in cues.noun_openers)) and all(
                _cue(w, cues) is None and w not in cues.boundaries for w in words[:k])
    return False


def _headline_change(ctx: "Context", mention: Mention) -> bool:
    """(s57) News: whether ``mention`` lies on the headline line (:func:`timeline.text.headline_of_text`) right after a
    present verb of change (tense.toml [signals] ``change_verbs``, ``change_verbs_plural``), a link of ``change_links`` or
    "on" (``happened_links``) between at most: "Harbour Talks Resume Tuesday" said on a Wednesday, "Lido Reopens in May"
    said in August: a headline's present with a day or month of a change is the change set ahead, not one done (the
    coming Tuesday, next May).  A past form ("Talks Resumed Tuesday") or no such verb leaves the day to its tense."""
    if ctx.mode != "news":
        return False
    head = headline_of_text(ctx.text)
    if head is None or not head[0] <= mention.start < head[1]:
        return False
    signals = load_data(ctx.doc.language, "tense.toml")["signals"]
    words = [w.lower() for w in re.findall(r"[A-Za-z']+", ctx.text[head[0] : mention.start])]
    if words and (words[-1] in signals.get("change_links", ()) or words[-1] in signals.get("happened_links", ())):
        words.pop()
    return bool(words) and (words[-1] in signals.get("change_verbs", ()) or words[-1] in signals.get("change_verbs_plural", ()))


def _until_season(ctx: "Context", mention: Mention) -> bool:
    """(s57) News: whether a bare season comes right after a word that ends a span (tense.toml [signals] ``span_end``:
    "until", "till"; "the" may stand between, as part of the expression): "will stay closed until the summer" said in
    July, "Beach Cafe Closed Until Summer": a span runs up to the season's start, so the season is one that has not begun
    (next summer), not the one under way.  The caller asks it only of a clause that does not look back."""
    if ctx.mode != "news":
        return False
    before = re.findall(r"[A-Za-z]+", ctx.text[max(0, mention.start - 12) : mention.start])
    return bool(before) and before[-1].lower() in tense_words(ctx.doc.language).span_end


def _clash_day(ctx: "Context", spec: object, mention: Mention, story: Story) -> bool:
    """(s56) News: whether ``mention`` is a bare weekday of a fixture clashed with (:func:`_clashing_fixture`): the other
    fixture's day, beside the story's, so the story keeps its day ("has been moved to Sunday because of a clash with a
    concert on Saturday. Kick-off will be at 2 p.m.": Sunday's 2 p.m.)."""
    return (isinstance(spec, CalendarSpec) and spec.weekday is not None and spec.month is None and spec.day is None
            and _clashing_fixture(ctx, spec, mention, story) is not None)


_HAPPENED_BETWEEN = 2  # particles or adverbs at most between a past verb and the "on" before a yearly day ("burned [down] on")


def _happened_on(ctx: "Context", mention: Mention) -> bool:
    """(s55) News: whether a past verb stands right before one of tense.toml ``happened_links`` ("on") and ``mention`` (a
    holiday or month day), at most a particle or adverb between ("The pier burned down on Christmas Day", "Flights were
    cancelled on Christmas Eve", "Shops closed early on Christmas Eve"): the act was done on that day, so the day is gone,
    also when the same day lies a few days ahead (the yearly "soon ahead" reading of picking.pick_date is for a day named
    through a noun or a readying, "braced for heavy traffic on Dec. 24", "the parade on Christmas Day was canceled")."""
    links = load_data(ctx.doc.language, "tense.toml")["signals"].get("happened_links", ())
    if not links:
        return False
    s, _ = ctx.doc.sentence_at(mention.start)
    words = re.findall(r"[A-Za-z]+|[^\sA-Za-z]", ctx.text[max(s, mention.start - 60) : mention.start])
    if len(words) < 2 or words[-1].lower() not in links:
        return False
    cues = tense_words(ctx.doc.language)
    if words[-2] == ",":
        return _set_off_deed(ctx, mention, cues)
    for w in reversed(words[-2 - _HAPPENED_BETWEEN : -1]):
        if not w.isalpha() or not w[:1].islower():
            break
        cue = _cue(w, cues)
        if cue is not None:
            return cue == "past"  # (a report too: "The mayor told reporters on Christmas Eve" said on Dec. 19 is last year's)
        if w.lower() in cues.reporting:
            # (s56) "The mayor said on Christmas Eve that ...": the saying's day, what is said after it (without "that", "said on
            # Christmas Eve the bridge would reopen", the day may be what is said's)
            after = re.findall(r"[A-Za-z]+|[^\sA-Za-z]", ctx.text[mention.end : mention.end + 20])
            return bool(after) and after[0].lower() in cues.report_content
    return _deed_on(ctx, mention, cues)


def _set_off_deed(ctx: "Context", mention: Mention, cues: Any) -> bool:
    """(s63) News: whether "on" and ``mention`` (a holiday or month day) are set off by commas right before the simple past
    verb of their subject ("The last final, on October 3, drew 20,000", "The crash, on October 2, killed four people" said
    on 27 September): the subject's deed was done that day, the one gone, as with the verb before "on"; not before an
    auxiliary ("The parade, on Christmas Day, was cancelled": the day ahead may be what was cancelled)."""
    after = re.findall(r"[A-Za-z]+|[^\sA-Za-z]", ctx.text[mention.end : mention.end + 24])
    if len(after) < 2 or after[0] != "," or not after[1].isalpha() or not after[1][:1].islower():
        return False
    verb = after[1].lower()
    return (_cue(after[1], cues) == "past" and verb not in cues.aux_past and verb not in cues.be and verb not in cues.perfect
            and not any(verb in ws for ws in (cues.appointing, cues.scheduling, cues.decreeing, cues.deferring, cues.reporting)))


_DEED_REACH = 8  # words at most of an object and a place between a past verb and the "on" before a yearly day


def _deed_on(ctx: "Context", mention: Mention, cues: Any) -> bool:
    """(s56) News: whether a past verb has only its object and a place between it and the "on" before ``mention`` (a holiday
    or month day: "Police made 31 arrests in Carlow on New Year's Eve", "Officers seized 40 kilos of cocaine at the port on
    Christmas Eve" said on Dec. 19): the deed was done that day, the one gone.  Not after a verb that sets, decides or tells
    of a day (tense.toml ``appointing``, ``scheduling``, ``decreeing``, ``deferring``, ``reporting``, [signals]
    ``deciding_verbs``: "approved a road closure on New Year's Eve", the closure's day ahead), a perfect ("has closed roads
    on"), an adjective after a determiner ("the revised timetable on"), nor with "for"/"to" or a clause mark between ("braced
    for heavy traffic on Dec. 24", "sold tickets for the parade on Christmas Day")."""
    s, _ = ctx.doc.sentence_at(mention.start)
    toks = re.findall(r"[A-Za-z]+|\d[\d,.]*|[^\sA-Za-z\d]", ctx.text[max(s, mention.start - 120) : mention.start])
    deciding = load_data(ctx.doc.language, "tense.toml")["signals"].get("deciding_verbs", ())
    stops = (cues.appointment_prepositions, cues.headline_infinitive, cues.boundaries)
    for k in range(len(toks) - 2, max(-1, len(toks) - 2 - _DEED_REACH), -1):
        w = toks[k]
        lw = w.lower()
        if not (w.isalpha() or w[:1].isdigit()) or any(lw in stop for stop in stops):
            return False
        cue = _cue(w, cues) if w[:1].islower() else None
        if cue is None:
            continue
        before = toks[k - 1].lower() if k > 0 else ""
        return (cue == "past" and k < len(toks) - 2 and lw not in cues.perfect and before not in cues.perfect
                and before not in cues.determiners and not any(lw in ws for ws in (
                    cues.appointing, cues.scheduling, cues.decreeing, cues.deferring, cues.reporting, deciding)))
    return False


def _bare_subject(words: list[str], cues: Any) -> bool:
    """(s54) Whether ``words`` are a bare noun and a modal or future auxiliary ("fans can", "crews will"): a clause of its
    own subject."""
    if len(words) < 2 or not words[0].isalpha() or words[0][:1].isupper():
        return False
    second = words[1].lower()
    return (second in cues.modals or second in cues.open_modals or second in cues.obligation_modals
            or second in cues.perfect_ahead)  # ("will", "shall")


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
    if for_weekday(ctx.doc, mention.start, mention.end):
        return None  # (s53 lead) "had already cancelled most services for Friday": the day they were for, not a day looked back to
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
    if not appointed and not ranged and _gone_for_its_verb(ctx, mention, after):
        return None  # (s53) "The show opened last Monday and runs until Saturday" said on Monday: the Saturday ahead
    ordered = joined(ctx, mention, ordered=True) or opened_pair(ctx, mention, story.start_of.get(last[2]))
    if not appointed and not ranged and not ordered:
        week = _week_told(ctx, story, mention, day)
        if week is not None:  # "plays twice next week, on Tuesday and Saturday": a list of that week's days
            after = next((d for d in (after, after - dt.timedelta(days=7)) if week.start.date() <= d < week.end.date()), after)
        elif (after - day).days > 3:
            after -= dt.timedelta(days=7)  # a list: the nearer one, the day before ("Friday and Thursday")
    return after, TimexAnchor(AnchorKind.TIMEX, last[2])


def _gone_for_its_verb(ctx: "Context", mention: Mention, day: dt.date) -> bool:
    """News: whether ``day`` (a weekday counted from the day told before it in its sentence) is gone by publication while the
    verb of its own clause looks ahead ("The show opened last Monday and runs until Saturday", "Voting began last Monday and
    will run until Saturday" said on Monday 15 Nov: not the 13th): that clause is not the range told before it, whose end it
    would be, and the weekday is picked as a bare one."""
    if ctx.mode != "news" or ctx.reference is None or day >= ctx.reference.date():
        return False
    tense, level = tense_evidence(ctx.doc, mention.start, mention.end)
    return tense == "future" and level <= 1


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


def _act_day_before(ctx: "Context", mention: Mention, today: dt.date) -> Optional[dt.date]:
    """(s64) The day of a bare weekday told last before ``mention`` in its sentence (else the first after it), read as the one
    gone (the day of the act a fixture's day is told for: "Supporters lined up on Monday for seats at Sunday's final",
    "Tickets for Sunday's match sold out within an hour on Monday"), or None."""
    mentions = ctx.memo.get("doc_mentions")
    if not mentions:
        return None
    before = [m for m in mentions if m.end <= mention.start]  # type: ignore[attr-defined]
    after = [m for m in mentions if m.start >= mention.end and isinstance(m.meaning, CalendarSpec)]  # type: ignore[attr-defined]
    sentence = ctx.doc.sentence_at(mention.start)[0]  # (after it: the first date, past a length: "sold out within an hour on Monday")
    told = (before[-1] if before and ctx.doc.sentence_at(before[-1].start)[0] == sentence
            else after[0] if after and ctx.doc.sentence_at(after[0].start)[0] == sentence else None)
    if told is None:
        return None
    spec = told.meaning
    if (not isinstance(spec, CalendarSpec) or spec.weekday is None or spec.relative_word is not None or spec.shift is not None
            or spec.month is not None or spec.day is not None or spec.year is not None):
        return None
    return today - dt.timedelta(days=(today.isoweekday() - spec.weekday) % 7)


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
        if spec.direction is Direction.FUTURE and spec.shift is None:
            return back + dt.timedelta(days=7)  # "this coming Monday" said on a Monday: the first one ahead, a week on (not "a week on Saturday")
        return back  # the day itself, looked for either way (its direction is not worked out)
    way, _ = direction(ctx, spec, mention, Direction.PAST)
    if way is not Direction.FUTURE and _headline_change(ctx, mention):
        way = Direction.FUTURE  # (s57) "Harbour Talks Resume Tuesday": the coming Tuesday
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
        for_fixture = fixture_for(ctx, mention)
        margin = 2 if for_fixture or fixture_called_off(ctx, mention) or fixture_told_ahead(ctx, mention) else 0
        if for_fixture and (act := _act_day_before(ctx, mention, today)) is not None and back < act:
            return forward  # (s64) "lined up on Monday for seats at Sunday's final": the fixture after the act's day
        return back if (forward - today).days - (today - back).days >= margin else forward
    return back
