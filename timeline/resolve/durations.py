"""Lengths and vague references: "three weeks", "the past 48 hours", "two days later",
"recently"; and what is left of any expression whose resolution leaves the calendar."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import TYPE_CHECKING, Any, Optional

import attrs

from ..lexicon import Lexicon
from ..model import NO_ANCHOR, REFERENCE_ANCHOR, AnchorKind, Grain, Timex, TimexAnchor, TimexType
from ..recognize.meaning import Anchoring, CalendarSpec, DurationSpec, Mention, SetSpec, VagueSpec
from . import calendar as cal
from .anchors import span_now
from .bc import bc_days_on
from .calendar import Period
from .dates import unanchored_value
from .story import HOUR_GRAINS, Story
from ..units import duration_value, unit_length

if TYPE_CHECKING:
    from .anchors import Context

__all__ = ["lengths", "reach", "count_range", "softened", "hedged_shift", "duration_timex", "hour_offset_timex", "vague_timex", "beyond_calendar", "is_duration_value"]

_EPSILON = dt.timedelta(microseconds=1)
_DAY = dt.timedelta(days=1)


_DURATION_VALUE = re.compile(r"P(?:T|X|\d)")


def is_duration_value(value: str) -> bool:
    """Whether a TIMEX3 value is a length ("P1Y", "PXY", "PT3H"), not a date or a reference ("PAST_REF")."""
    return value[:1] == "P" and _DURATION_VALUE.match(value) is not None  # (most values are dates: no match tried)


def lengths(lexicon: Lexicon, spec: DurationSpec) -> tuple[Optional[dt.timedelta], Optional[dt.timedelta]]:
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
        low, high = lexicon["hedges"].get(spec.hedge, (1.0, 1.0))
        min_len, max_len = (None if min_len is None else _scaled(min_len, low)), (None if high < 0 or max_len is None else _scaled(max_len, high))
        if spec.grain >= Grain.DAY:  # "almost a decade": whole days, not 2,921 days and 14 h 24 min
            min_len, max_len = _whole_days(min_len, down=True), _whole_days(max_len, down=False)
    return min_len, max_len


def _whole_days(length: Optional[dt.timedelta], down: bool) -> Optional[dt.timedelta]:
    """``length`` rounded to whole days, down or up: a hedge's share of a unit of a day or more is no clock time."""
    if length is None or not length % _DAY:
        return length
    days = length // _DAY
    return dt.timedelta(days=days if down else days + 1)


_MONTHS_IN = {Grain.MONTH: 1, Grain.QUARTER: 3, Grain.SEASON: 3, Grain.HALF: 6, Grain.YEAR: 12, Grain.DECADE: 120, Grain.CENTURY: 1200,
              Grain.MILLENNIUM: 12000}


def reach(lexicon: Lexicon, spec: DurationSpec, t: dt.datetime, sign: int, far: bool) -> Optional[dt.datetime]:
    """Where a length counted from ``t`` ends (``sign`` 1 ahead, -1 back), at its longest reading (``far``) or its shortest,
    hedges included; None where it has no longest.  A whole number of months (or quarters, years, decades) is counted on
    the calendar: "the past three months" said on 9 March runs from 9 December and "the past decade" from 9 March ten years
    before, not 93 or 3,653 days back (the longest a month or a year can be, which only fits one of them)."""
    if spec.amount is None and (spec.least is not None or spec.hedge):
        min_len, max_len = lengths(lexicon, spec)
        length = max_len if far else min_len
        return None if length is None else t + sign * length
    if spec.amount is None:
        units = 9.0 if far else 2.0  # "the past few years", "several months later": 2 to 9 units
    else:
        low, high = lexicon["hedges"].get(spec.hedge, (1.0, 1.0)) if spec.hedge else (1.0, 1.0)
        factor = high if far else low
        if factor < 0:
            return None
        units = factor * spec.amount
    months = _MONTHS_IN.get(spec.grain)
    if months is not None and abs(units * months - round(units * months)) < 1e-9:
        moved = cal.add_months(t.date(), sign * int(round(units * months)))
        return dt.datetime.combine(moved, t.time())
    length = _scaled(unit_length(spec.grain)[1 if far else 0], units)
    if spec.hedge and spec.grain >= Grain.DAY:  # "about two weeks ago": 5 to 9 whole days back, not 8.4 days to 14:24
        length = _whole_days(length, down=not far)
    return None if length is None else t + sign * length


_COUNT = r"([a-z]+|\d+)"


def _count(lexicon: Lexicon, word: str) -> Optional[float]:
    """The value of a count word or numeral ("two", "3"); None for anything else."""
    k = word.lower()
    if k.isdigit():
        return float(k)
    value = lexicon["numbers"].get(k)
    return None if value is None else float(value)


def inner_range(lexicon: Lexicon, text: str, meaning: DurationSpec, t: Timex, now: Optional[tuple[dt.datetime, dt.datetime]]) -> Timex:
    """ "the next five to ten years", "the past two or three years": a range of counts inside one span expression, which
    the recognizer keeps as its fewest units (``least``) with no most, is bounded out to its larger count from now on
    the open side (said on 24 Mar 2027, 24 Mar 2027 .. 25 Mar 2037, not open); ``t`` unchanged otherwise."""
    if meaning.amount is not None or meaning.least is None or now is None or meaning.anchoring is not Anchoring.REFERENCE or (t.earliest is None) == (t.latest is None):
        return t
    table = lexicon.tables.get("count_range_partners", {})
    joins = set(table.get("after", ())) | set(table.get("before", ()))
    words = re.findall(r"[\w,]+", text.lower())
    counts = [c for k in range(1, len(words) - 1) if words[k] in joins
              for c in (_count(lexicon, words[k - 1].replace(",", "")), _count(lexicon, words[k + 1].replace(",", ""))) if c is not None]
    most = max(counts, default=None)
    if most is None or most <= meaning.least:
        return t
    far = DurationSpec(grain=meaning.grain, amount=most)
    try:
        if t.latest is None:  # ahead: from now to the larger count after it
            return attrs.evolve(t, latest=reach(lexicon, far, now[1], 1, far=True))
        return attrs.evolve(t, earliest=reach(lexicon, far, now[0], -1, far=True))
    except (cal.BeyondCalendar, OverflowError):  # "the past 2,000 to 3,000 years": before year 1, left open
        return t


def _partner(lexicon: Lexicon, text: str, mentions: list[Mention], i: int) -> Optional[float]:
    """The count joined to mention ``i``'s length by a word of ``[count_range_partners]`` and left out of every expression:
    "a week [or two]" after it, "[Two or] three days later" before it; None without one."""
    table = lexicon.tables.get("count_range_partners", {})
    mention = mentions[i]
    after = re.match(r"\s+(" + "|".join(map(re.escape, table.get("after", ()))) + r")\s+" + _COUNT + r"\b(?!\s*-)", text[mention.end:mention.end + 20], re.I)
    if table.get("after") and after is not None:
        start = mention.end + after.start(2)
        if not any(m.start <= start < m.end for m in mentions):  # "a week or two months": that is an expression of its own
            return _count(lexicon, after.group(2))
    before = re.search(r"(?:^|[^\w-])" + _COUNT + r"\s+(" + "|".join(map(re.escape, table.get("before", ()))) + r")\s+$",
                       text[max(0, mention.start - 20):mention.start], re.I)
    if table.get("before") and before is not None:
        start = mention.start - 20 + before.start(1) if mention.start >= 20 else before.start(1)
        if not any(m.start <= start < m.end for m in mentions):
            return _count(lexicon, before.group(1))
    return None


def count_range(lexicon: Lexicon, text: str, mentions: list[Mention], i: int, meaning: DurationSpec, t: Timex,
                pivot: Optional[tuple[dt.datetime, dt.datetime]]) -> Timex:
    """ "within a week or two", "in a day or two", "Two or three days later": a count joined to a length and left out of
    the expression (TimeML tags one length) is the range's other end, so the bounds cover both counts.  ``pivot`` is what
    the length is counted from (now, the story's day): a span from it (a limit, "has been shut for") reaches to the
    longer count; an offset away from it ("later", "in") runs from the shorter count's time to the longer's."""
    if t.type is not TimexType.DURATION or t.earliest is None or t.latest is None or pivot is None or meaning.amount is None or meaning.hedge:
        return t
    other = _partner(lexicon, text, mentions, i)
    if other is None or other == meaning.amount or other <= 0:
        return t
    delta = DurationSpec(grain=meaning.grain, amount=abs(other - meaning.amount))
    longer = other > meaning.amount
    if t.earliest <= pivot[0] and t.latest >= pivot[1]:  # a span from the pivot: only its far side moves, out to the longer
        if not longer:
            return t
        if t.latest > pivot[1]:
            return attrs.evolve(t, latest=reach(lexicon, delta, t.latest, 1, far=True))
        return attrs.evolve(t, earliest=reach(lexicon, delta, t.earliest, -1, far=True))
    if t.earliest >= pivot[1]:  # an offset ahead: the shorter count's time is nearer
        return (attrs.evolve(t, latest=reach(lexicon, delta, t.latest, 1, far=True)) if longer
                else attrs.evolve(t, earliest=reach(lexicon, delta, t.earliest, -1, far=True)))
    if t.latest <= pivot[0]:  # an offset back
        return (attrs.evolve(t, earliest=reach(lexicon, delta, t.earliest, -1, far=True)) if longer
                else attrs.evolve(t, latest=reach(lexicon, delta, t.latest, 1, far=True)))
    return t


def _hedge_of(lexicon: Lexicon, text: str) -> Optional[str]:
    """The hedge of ``[hedges]`` an expression opens with ("nearly a decade ago") or has after its amount ("a year or so
    ago"), the longest that fits; None without one."""
    words = " ".join(text.lower().split())
    found = [h for h in lexicon["hedges"] if words.startswith(h + " ") or (h in lexicon["trailing_hedges"] and f" {h} " in f" {words} ")]
    return max(found, key=len) if found else None


def softened(lexicon: Lexicon, before: str, hedge: Optional[str]) -> Optional[str]:
    """The hedge a softener written right before an expression makes of its open hedge (``[hedge_softeners]``): "a little
    over a year ago", "slightly more than a week" are "just over" (1 to 1.2 x), not any length from one up; else ``hedge``."""
    table = lexicon.tables.get("hedge_softeners")
    if not table or hedge not in table["hedges"]:
        return hedge
    words = " " + " ".join(before.lower().split())
    return table["hedges"][hedge] if any(words.endswith(" " + w) for w in table["words"]) else hedge


def hedged_shift(ctx: "Context", spec: CalendarSpec, text: str, story: Story, before: str = "") -> Optional[tuple[Optional[dt.datetime], Optional[dt.datetime]]]:
    """ "nearly a decade ago", "more than a week ago", "a year or so ago": a hedged number of units back from now (or on from
    it) lies where the hedge's widths (``[hedges]``) put that length, not in the calendar period of the bare count ("more
    than a week ago" said on 9 March is any time up to 3 March, not the week of 2 March); None when ``spec`` is no such
    count (a weekday or month named with it, "a week ago Tuesday", keeps its day)."""
    shift = spec.shift
    if (shift is None or not shift.amount or spec.mod is None or spec.weekday is not None or spec.month is not None or spec.day is not None
            or spec.hour is not None or spec.part_of_day is not None):
        return None
    hedge = softened(ctx.lexicon, before, _hedge_of(ctx.lexicon, text))
    window, _ = ctx.anchor_window(shift.anchoring, shift.grain, story)
    if hedge is None or window is None:
        return None
    length = DurationSpec(grain=shift.grain, amount=abs(shift.amount), hedge=hedge)
    if shift.amount < 0:
        return reach(ctx.lexicon, length, window[0], -1, far=True), reach(ctx.lexicon, length, window[1], -1, far=False)
    return reach(ctx.lexicon, length, window[0], 1, far=False), reach(ctx.lexicon, length, window[1], 1, far=True)


def _scaled(unit: dt.timedelta, factor: float) -> Optional[dt.timedelta]:
    """``unit * factor``, or None when that is longer than a ``timedelta`` can hold."""
    try:
        return unit * factor
    except (OverflowError, ValueError):  # too long, or an amount no float can hold
        return None


def set_value(meaning: SetSpec) -> str:
    """The TIMEX3 value of a recurrence ("every Monday" XXXX-WXX-1, "Tuesday nights" XXXX-WXX-2TNI, "each July" XXXX-07, "every two weeks" P2W)."""
    if meaning.weekday is not None:
        return f"XXXX-WXX-{meaning.weekday}" + (f"T{meaning.part_of_day}" if meaning.part_of_day else "")
    if meaning.month is not None:
        return f"XXXX-{meaning.month:02d}"
    if meaning.season is not None:
        return f"XXXX-{meaning.season}"
    if meaning.part_of_day is not None:
        return f"XXXX-XX-XXT{meaning.part_of_day}"
    if meaning.grain is Grain.WEEKEND:
        # "every weekend" is the weekend of every week, as "weekends"; "every other weekend" recurs every two weeks, "every
        # few weekends" every few
        return "XXXX-WXX-WE" if meaning.amount == 1.0 else duration_value(Grain.WEEK, meaning.amount)
    if meaning.grain is not None:
        return duration_value(meaning.grain, meaning.amount)
    return meaning.value or "XXXX"


def vague_width(meaning: VagueSpec) -> tuple[float, float]:
    """Days before and after now that a vague time spans.  "Several years ago" lies between 9
    years and 2 years back (the longest and shortest readings of "several" units); "millions of
    years ago" at least ``least`` units back, with no far side; otherwise the lexicon's width."""
    if meaning.grain is None:
        return meaning.days_before or 0.0, meaning.days_after or 0.0
    lo, hi = unit_length(meaning.grain)
    short, long_ = lo.total_seconds() / 86400, hi.total_seconds() / 86400
    if meaning.least is not None:
        near = meaning.least * short
        return (math.inf, -near) if meaning.value == "PAST_REF" else (-near, math.inf)
    return (9 * long_, -2 * short) if meaning.value == "PAST_REF" else (-2 * short, 9 * long_)


def vague_timex(ctx: "Context", meaning: VagueSpec, common: dict[str, Any], story: Optional[Story] = None) -> Timex:
    """ "now", "recently", "recent years": a span around the reference time; in a history around the story's time
    ("There were now three capitals" told of 1927 is not the publication day)."""
    if meaning.unbounded:  # (s58) "[the week] before the collapse": the happening's unit, which no calendar word gives
        ttype = TimexType.TIME if "T" in meaning.value else TimexType.DATE
        return Timex(type=ttype, value=meaning.value, grain=meaning.grain, anchor=NO_ANCHOR, temporal_function=False, **common)
    span = ctx.now_span()
    anchor = REFERENCE_ANCHOR if span is not None else NO_ANCHOR
    if ctx.mode == "narrative" and story is not None and story.current is not None and story.current_tid is not None:
        span, anchor = (story.current.start, story.current.end), TimexAnchor(AnchorKind.TIMEX, story.current_tid)
    elif ctx.mode == "narrative" and story is not None and story.bc is not None and story.bc_tid is not None:
        # a history before the common era: its "now" is that BC year, off the datetime axis, not the reader's day
        span, anchor = None, TimexAnchor(AnchorKind.TIMEX, story.bc_tid)
    earliest = latest = None
    if span is not None:
        before, after = vague_width(meaning)
        earliest = span[0] - dt.timedelta(days=before)
        latest = span[1] + dt.timedelta(days=after)
    ttype = TimexType.DURATION if is_duration_value(meaning.value) else TimexType.DATE  # "recent years" = PXY, not PAST_REF
    if span is not None and ctx.mode == "news" and meaning.value == "PRESENT_REF" and (ahead := _vague_ahead(ctx, common)) is not None:
        return Timex(type=ttype, value="FUTURE_REF", earliest=span[0], latest=span[1] + dt.timedelta(days=ahead), anchor=anchor,
                     temporal_function=True, **common)  # (s58) "signed him for the new season": the coming one
    return Timex(type=ttype, value=meaning.value, earliest=earliest, latest=latest, anchor=anchor, temporal_function=True, **common)


def _vague_ahead(ctx: "Context", common: dict[str, Any]) -> Optional[int]:
    """(s58) News: the days ahead a present "the new season" reaches (lexicon [vague_ahead] ``after``) when it stands after one
    of ``leads`` ("signed the striker for the new season") or in a clause told ahead ("open the new season on August 5"
    said in June: the coming one); else None ("a strong start to the new season": the one under way)."""
    table = ctx.lexicon.tables.get("vague_ahead")
    start, end = common["start"], common["end"]
    if not table or ctx.text[start:end].lower() not in table.get("phrases", ()):
        return None
    before = " " + " ".join(re.findall(r"[a-z]+", ctx.text[max(0, start - 20) : start].lower())) + " "
    if any(before.endswith(" " + lead + " ") for lead in table.get("leads", ())):
        return int(table["after"])
    from .tense import clause_tense  # (tense reads this module's users)

    return int(table["after"]) if clause_tense(ctx.doc, start, end)[0] == "future" else None


_IN_YEARS = {Grain.DECADE: 10, Grain.CENTURY: 100}
_FINER = {Grain.YEAR: (Grain.MONTH, 12), Grain.MONTH: (Grain.DAY, 30), Grain.DAY: (Grain.HOUR, 24)}  # a fraction of a unit, in a finer one
_ONE_DAY = dt.timedelta(days=1)
_DAY_SIZED = (Grain.WEEK, Grain.HOUR)  # offsets in these units that may point to one whole day (whole weeks, 24-hour counts)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _past_offset_from_gone_day(ctx: "Context", meaning: DurationSpec, mention: Mention, story: Story,
                               window: Optional[tuple[dt.datetime, dt.datetime]], anchor: TimexAnchor,
                               ) -> tuple[Optional[tuple[dt.datetime, dt.datetime]], TimexAnchor]:
    """(s61 vals) News: an offset on ("two days later") told in a past clause does not count from a day of the story still
    to come, which no past can follow ("The pool closed after a leak on 2 April and will reopen on Thursday afternoon, the
    manager said. Inspectors condemned the roof two days later", said on Monday 3 May: 4 April, not 8 May), but from the
    last day told that is not after publication, as a step on does ("the following morning", story_days.past_day_anchor);
    with no such day told it is left as it was (ends by now, readings._past_offset_by_now). (s62 vals) So does an offset
    back ("three days earlier") in a clause in the past perfect, which looks back from a past time, not from a day still
    to come ("The bridge was closed on 21 September and will reopen on Friday. Engineers had been warned about the
    cracks three days earlier": 18 September, not three days before Friday), or in a past clause whose day it reaches is
    after publication."""
    if (ctx.mode != "news" or ctx.reference is None or window is None or meaning.span not in ("later", "earlier")
            or meaning.anchoring is not Anchoring.NARRATIVE or anchor.kind is not AnchorKind.TIMEX
            or window[0].date() <= ctx.reference.date()):
        return window, anchor
    if meaning.span == "earlier":
        from .tense_reports import in_past_perfect  # (tense_reports reads this module's users)

        reached = reach(ctx.lexicon, meaning, window[0], -1, False)  # (its latest day: the shortest reading back)
        if not in_past_perfect(ctx.doc, mention.start, mention.end) and (reached is None or reached.date() <= ctx.reference.date()):
            return window, anchor  # (a simple past may look back from a day ahead to a day gone: "The final is on Sunday.
            # He named his team three days earlier", said on the Thursday: that Thursday)
    from .story_days import past_day_anchor  # (read only for an offset from a day ahead: rare)
    day, moved = past_day_anchor(ctx, mention, window[0], anchor, story)
    if day is None or moved.kind is not AnchorKind.TIMEX or moved.timex_id == anchor.timex_id or day.date() > ctx.reference.date():
        return window, anchor
    start = dt.datetime.combine(day.date(), dt.time())
    return (start, start + _ONE_DAY), moved


def duration_timex(ctx: "Context", meaning: DurationSpec, story: Story, common: dict[str, Any],
                   mention: Optional[Mention] = None) -> Timex:
    """A length; an offset ("two days later") is bounded by the time it points to, a span
    ("the past 48 hours") by the anchor it runs to or from."""
    tid = common["tid"]
    if ctx.mode == "narrative" and common["rule"] == "narrative_age":
        _age_moves(ctx, meaning, story, tid)
    span = story.span
    if (ctx.mode == "narrative" and span is not None and not span[2] and meaning.span in ("later", "earlier")
            and (meaning.grain is span[0] or (meaning.grain is Grain.CENTURY and span[0] is Grain.DECADE))
            and meaning.amount is not None and meaning.amount == int(meaning.amount) and not meaning.hedge):
        # "pawned in the 1340s, redeemed a decade later": the decade after the one named (no year told since), not ten years
        # on from the story's last year; so "a century later" after a century, and after a decade the decade a century on
        # ("mills by the 1230s. A century later": the 1330s)
        step = 10 if meaning.grain is not span[0] else 1
        n = span[1] + (1 if meaning.span == "later" else -1) * int(meaning.amount) * step
        if n >= 0:
            named = cal.decade(n) if span[0] is Grain.DECADE else cal.century(n)
            return Timex(type=TimexType.DATE, value=named.value, earliest=named.start, latest=named.end, grain=named.grain,
                         anchor=TimexAnchor(AnchorKind.TIMEX, span[3]), temporal_function=True, **common)
    if (meaning.span in ("later", "earlier") and meaning.anchoring is Anchoring.NARRATIVE and meaning.grain in _IN_YEARS and meaning.amount is not None
            and not meaning.hedge):
        # "a decade later": ten years on from the story's time, as "ten years later" (not the next decade); in a history
        # the year it points to (TIMEX2: "a decade earlier" = BC0500)
        meaning = attrs.evolve(meaning, grain=Grain.YEAR, amount=meaning.amount * _IN_YEARS[meaning.grain])
    min_len, max_len = lengths(ctx.lexicon, meaning)
    earliest = latest = None
    anchor = NO_ANCHOR
    bc_date = _bc_offset(ctx, meaning, story)
    if bc_date is not None:
        # "14 years later", "two days later" while a history is before the common era: that BC year (month, day), no bounds
        # (off the datetime axis)
        assert story.bc_tid is not None
        anchor = TimexAnchor(AnchorKind.TIMEX, story.bc_tid)
        year, month, day = bc_date
        if meaning.span == "later":
            story.bc, story.bc_tid, story.bc_season = (year, month), tid, None
            story.bc_day = (tid, day) if day is not None else None
        value = f"BC{year:04d}" + (f"-{month:02d}" if month is not None else "") + (f"-{day:02d}" if day is not None else "")
        return Timex(type=TimexType.DATE, value=value, grain=meaning.grain, anchor=anchor, temporal_function=True, **common)
    if meaning.span in ("later", "earlier"):
        # an offset: the bounds are the time it points to ("two days later" = that day; "a few
        # days later" = 2 to 9 days on, as "a few days" is long)
        window, anchor = ctx.anchor_window(meaning.anchoring, meaning.grain, story)
        told_since = (ctx.mode != "narrative" and anchor.kind is AnchorKind.TIMEX and story.current_tid is not None and anchor.timex_id != story.current_tid
                      and story.sentence_of.get(story.current_tid, -1) > story.sentence_of.get(anchor.timex_id or "", -1))
        if (meaning.anchoring is Anchoring.NARRATIVE and story.current is not None and story.current_tid is not None
                and ((anchor.kind is AnchorKind.REFERENCE_TIME and (ctx.mode == "narrative" or (ctx.reference is not None and story.current.end <= ctx.reference)))
                     or (told_since and ctx.reference is not None and story.current.end <= ctx.reference))):
            # "In 1917 ... Ten days later": a history counts from its own time, a year if that is all it told; so does
            # news whose story is at a past month ("came to light in late October ... three days later": not from now, nor
            # from a day told in an earlier sentence, "before Christmas")
            window, anchor = (story.current.start, story.current.end), TimexAnchor(AnchorKind.TIMEX, story.current_tid)
        ranged = story.after_range(meaning.grain) if ctx.mode == "narrative" and meaning.span == "later" else None
        if ranged is not None:  # "The war lasted from 1914 to 1918. Two years later": after the range's end
            window, anchor = (ranged[0].start, ranged[0].end), TimexAnchor(AnchorKind.TIMEX, ranged[1])
        before_flashback = _before_flashback(ctx, meaning, story, common)
        if before_flashback is not None:  # (s58) "found it last month in a shed he had cleared years earlier, and ... two days later"
            window, anchor = before_flashback
        elif mention is not None:
            window, anchor = _past_offset_from_gone_day(ctx, meaning, mention, story, window, anchor)
        if (ctx.mode == "narrative" and window is not None and meaning.grain >= Grain.YEAR and anchor.timex_id is not None
                and anchor.timex_id == story.winter_from):
            # a winter the story turned to from its December's year counts on from that year, as "the following year" does
            # ("In 1609 ... That winter the river froze. Two years later": 1611, not 1612)
            year = cal.year(window[0].year)
            window = (year.start, year.end)
        if window is not None and meaning.on_day and meaning.amount is not None and window[1] - window[0] <= _ONE_DAY:
            # "twenty years to the day after the armistice" (told on 11 August 1902): the very day twenty years on, as that
            # many days later (a day's value); counted from a longer time it stays an offset in its unit
            meaning = attrs.evolve(meaning, grain=Grain.DAY, amount=float(abs(_days_on(window[0], meaning, 1 if meaning.span == "later" else -1))))
        if window is not None:
            sign = 1 if meaning.span == "later" else -1
            if (ctx.mode == "narrative" and meaning.anchoring is Anchoring.NARRATIVE and meaning.amount is not None and not meaning.hedge
                    and meaning.grain is Grain.YEAR and meaning.amount != int(meaning.amount)
                    and meaning.amount * _FINER[meaning.grain][1] == int(meaning.amount * _FINER[meaning.grain][1])
                    and window[1] - window[0] <= unit_length(_FINER[meaning.grain][0])[1]):
                # "In March 1834 ... a year and a half later": from a month (or a day) the month eighteen months on (1835-09),
                # as a history's reader counts it; from a year, the year it reaches (below)
                meaning = attrs.evolve(meaning, grain=_FINER[meaning.grain][0], amount=meaning.amount * _FINER[meaning.grain][1])
            if meaning.amount is not None and meaning.grain is Grain.WEEK and not meaning.hedge and meaning.amount == int(meaning.amount):
                # "a week earlier" after "on Wednesday": the Wednesday before, not the calendar week before
                # a week on from a part of a day is that day, no longer its morning ("the next morning ... a week later")
                shift = dt.timedelta(days=7 * sign * int(meaning.amount))
                earliest = cal.containing(window[0] + shift, Grain.DAY).start
                latest = cal.containing(max(window[0], window[1] - _EPSILON) + shift, Grain.DAY).end
                if ctx.mode == "narrative" and window[1] - window[0] < _ONE_DAY:
                    latest = earliest + _ONE_DAY  # (from a night, the day it began: "that night ... A week later" is one day, its week's)
            elif meaning.amount is not None and meaning.grain in _FINER and meaning.amount != int(meaning.amount) and not meaning.hedge:
                # "a year and a half later": eighteen months on from the start of the story's time, in the year that reaches
                # (not two years: round(1.5) = 2)
                finer, per = _FINER[meaning.grain]
                reached = cal.containing(cal.shifted(window[0], finer, sign * int(round(meaning.amount * per))).start, meaning.grain)
                earliest, latest = reached.start, reached.end
            elif meaning.amount is not None and meaning.grain >= Grain.DAY and not meaning.hedge:
                n = sign * int(round(meaning.amount))
                earliest = cal.shifted(window[0], meaning.grain, n).start
                latest = cal.shifted(max(window[0], window[1] - _EPSILON), meaning.grain, n).end
            elif sign > 0:
                earliest, latest = reach(ctx.lexicon, meaning, window[0], 1, far=False), reach(ctx.lexicon, meaning, window[1], 1, far=True)
            else:
                earliest, latest = reach(ctx.lexicon, meaning, window[0], -1, far=True), reach(ctx.lexicon, meaning, window[1], -1, far=False)
            # "crossed the desert in fifteen days": in a history a length (P15D, see _offset_date), no time the story is at
            length = ctx.mode == "narrative" and meaning.anchoring is not Anchoring.NARRATIVE and meaning.amount is not None
            if earliest is not None and latest is not None and not length:
                # a look back or a hedged offset only refers; "two days later" moves the story (narrative mode)
                moves = ctx.mode != "narrative" or (sign > 0 and not meaning.hedge and meaning.amount is not None
                                                    and not (story.flashback and story.current is not None and latest <= story.current.start))
                # (a step inside a flashback, before the story's time, stays there: "was elected in 1884. He had come to the
                # town in 1861, and had married three years later. That year": 1884)
                at = Period(earliest, latest, meaning.grain, "")
                if meaning.grain in _DAY_SIZED and latest - earliest == _ONE_DAY and earliest.time() == dt.time(0):
                    # (s54) "A week later", "48 hours later" counted from a day point to one day: the story is on that day, as
                    # after "two days later" ("... and the next morning": the morning after it)
                    at = Period(earliest, latest, Grain.DAY, "")
                if ctx.mode == "narrative" and meaning.amount is not None and meaning.grain is Grain.YEAR:
                    year = _offset_date(ctx, meaning, window, anchor.kind is AnchorKind.TIMEX, earliest, latest)
                    if year is not None and year.grain is Grain.YEAR and not (year.start <= earliest and latest <= year.end):
                        # counted from a winter ("the winter of 1659 ... twenty years later, on 26 September"): the story is in
                        # the year pointed to (1679), not in the winter-long stretch across its turn
                        at = year
                _note_flashback(ctx, sign, story, common)
                story.update(at, tid, moves=moves, looks_back=sign < 0)
                if meaning.amount is None and ctx.mode == "narrative":
                    # "a few days later" in a history: a vague time after the story's (FUTURE_REF, as TIMEX2 corpora annotate it),
                    # 2 to 9 days after it; in news a length of unknown amount (PXD, as TimeBank), with the same bounds
                    return Timex(type=TimexType.DATE, value="FUTURE_REF" if sign > 0 else "PAST_REF", earliest=earliest, latest=latest,
                                 anchor=anchor, temporal_function=True, **common)
                if meaning.as_date and anchor.kind is AnchorKind.TIMEX:
                    # (s53) news "a year later" after a time told: the year it points to, a DATE (as TimeBank's "a year
                    # earlier"), same bounds; with no time told before it, a length as "two years later" is
                    year = cal.containing(earliest, Grain.YEAR)
                    if year.start == earliest and year.end == latest:
                        return Timex(type=TimexType.DATE, value=year.value, earliest=earliest, latest=latest, grain=Grain.YEAR, anchor=anchor,
                                     temporal_function=True, **common)
                pointed = _offset_date(ctx, meaning, window, anchor.kind is AnchorKind.TIMEX, earliest, latest)
                if pointed is not None:
                    # narrative mode: "two days later" is the date it points to, as a history's reader takes it
                    return Timex(type=TimexType.DATE, value=pointed.value, earliest=earliest, latest=latest, grain=pointed.grain, anchor=anchor,
                                 temporal_function=True, **common)
    elif meaning.span is None and meaning.grain is Grain.MONTH and meaning.amount is not None and 3 < meaning.amount < 12:
        story.leave_reporting_period()  # "for the nine months": the story's period is no longer one quarter
    elif meaning.span is not None:
        now, anchor = span_now(ctx, meaning, story, (common["start"], common["end"]))
        if now is not None:
            if meaning.span == "past":
                earliest, latest = reach(ctx.lexicon, meaning, now[0], -1, far=True), now[1]
            else:
                earliest, latest = now[0], reach(ctx.lexicon, meaning, now[1], 1, far=True)
    return Timex(
        type=TimexType.DURATION, value=duration_value(meaning.grain, meaning.amount), mod=meaning.mod, earliest=earliest, latest=latest,
        grain=meaning.grain, anchor=anchor, temporal_function=anchor.kind is not AnchorKind.NONE, min_length=min_len, max_length=max_len, **common,
    )


_FLASHBACK_MEMO = "s58_flashback_look_back"  # ctx.memo: (sentence, the story's focus and its id) before a look-back in the past perfect


def _note_flashback(ctx: "Context", sign: int, story: Story, common: dict[str, Any]) -> None:
    """(s58) News: an offset back ("years earlier") in a clause in the past perfect keeps, for its sentence, the time the
    sentence was at before it (see :func:`_before_flashback`)."""
    if ctx.mode == "narrative" or sign > 0:
        return
    # the time told last in its sentence ("found it last month in a shed he had cleared years earlier"), else the story's
    at = (story.last[1], story.last[2]) if story.last is not None and story.last[0] == story.sentence else (story.focus, story.focus_tid)
    if at[0] is None or at[1] is None:
        return
    from .tense_reports import in_past_perfect  # (tense_reports reads this module's users)

    if in_past_perfect(ctx.doc, common["start"], common["end"]):
        ctx.memo[_FLASHBACK_MEMO] = (story.sentence, at[0], at[1])


def _before_flashback(ctx: "Context", meaning: DurationSpec, story: Story, common: dict[str, Any]) -> Optional[tuple[tuple[dt.datetime, dt.datetime], TimexAnchor]]:
    """(s58) News: the time an offset forward ("two days later") counts from when its sentence looked back in the past
    perfect before it and its own clause is not in the past perfect: the time the story was at before that look-back ("A
    farmer found it last month in a shed he had cleared years earlier, and he called the police two days later": two days
    after a day of last month, not after the clearing). In the next sentence the step still counts from the look-back ("Its
    owners had sold it two years earlier. A month later the new owner renamed it")."""
    told = told_before_flashback(ctx, story, common["start"], common["end"]) if meaning.span == "later" else None
    return ((told[0].start, told[0].end), TimexAnchor(AnchorKind.TIMEX, told[1])) if told is not None else None


def told_before_flashback(ctx: "Context", story: Story, start: int, end: int) -> Optional[tuple[Period, str]]:
    """(s58) News: the time (and its id) the sentence of [start, end) was at before a look-back in the past perfect told in it
    (see :func:`_note_flashback`), when [start, end) is not in the past perfect itself; else None. Read by
    :func:`_before_flashback` and by shifts ("and he called the police the next day")."""
    told = ctx.memo.get(_FLASHBACK_MEMO) if ctx.mode != "narrative" else None
    if told is None or told[0] != story.sentence:
        return None
    from .tense_reports import in_past_perfect

    if in_past_perfect(ctx.doc, start, end):
        return None  # "had cleared it years earlier and had sold it two days later": the flashback goes on
    return told[1], told[2]


def _age_moves(ctx: "Context", meaning: DurationSpec, story: Story, tid: str) -> None:
    """Narrative: an age told while the story is at a birth ("was born on 12 May 1868. At the age of nineteen she entered
    the college") moves the story that many years on (to 1887), so "Three years later" is 1890, not 1871; the age keeps its
    value (P19Y).  Only when the story's time was told in a sentence with a word of ``[narrative_ages] births``."""
    births = ctx.lexicon.tables.get("narrative_ages", {}).get("births", ())
    now, now_tid = story.current, story.current_tid
    if (not births or now is None or now_tid is None or meaning.grain is not Grain.YEAR or meaning.amount is None
            or meaning.amount != int(meaning.amount) or meaning.hedge or now.grain > Grain.YEAR):
        return
    k = story.sentence_of.get(now_tid)
    if k is None or not 0 <= k < len(ctx.doc.sentences):
        return
    sentence = ctx.doc.sentences[k]
    if not any(w in births for w in ctx.text[sentence.start : sentence.end].lower().split()):
        born = None if story.flashback else _birth_year(ctx, births, story)
        if born is not None and now.start.year < born + int(meaning.amount) < now.start.year + AGE_STEP_YEARS:
            # "born in 1821. At the age of eighteen ... two years later he moved to Rome. He came home aged 34 ... The
            # following winter": the story moves on to the age's year (1855), when that lies ahead of it
            story.update(cal.year(born + int(meaning.amount)), tid)
        return
    story.update(cal.year(now.start.year + int(meaning.amount)), tid)


AGE_STEP_YEARS = 60
"""Years at most an age told later in a life moves the story on (a longer step is no life's next age)."""

BIRTH_REACH = 40
"""Dates recorded looked back through (the latest first) for the birth an age told later counts from."""


def _birth_year(ctx: "Context", births: Any, story: Story) -> Optional[int]:
    """Narrative: the year of the birth the text told last (a date of a year or finer recorded in a sentence with a word of
    ``[narrative_ages] births``, within the :data:`BIRTH_REACH` dates recorded last), else None; None too when that sentence
    tells dates of two years ("she was born in 1935 and her brother in 1938")."""
    found: Optional[int] = None
    at = -1
    for n, tid in enumerate(reversed(story.sentence_of)):
        k = story.sentence_of[tid]
        if n >= BIRTH_REACH or (found is not None and k != at):
            break
        if not 0 <= k < len(ctx.doc.sentences) or (found is None and k == at):
            continue
        sentence = ctx.doc.sentences[k]
        if k != at and not any(w in births for w in ctx.text[sentence.start : sentence.end].lower().split()):
            at = k
            continue
        bounds = story.bounds_of.get(tid)
        if bounds is None or bounds[1] - bounds[0] > dt.timedelta(days=366):
            continue
        if found is not None and bounds[0].year != found:
            return None
        found, at = bounds[0].year, k
    return found


def hour_offset_timex(ctx: "Context", meaning: DurationSpec, story: Story, common: dict[str, Any]) -> Optional[Timex]:
    """Narrative mode: "three hours before the declaration", "forty minutes after the blast" on the story's
    day: that day (TIMEX2 histories write the date; the hour of what it counts from is seldom told), bounded by
    the day shifted by the offset; it does not move the story.  None without a day told since the story moved."""
    if (ctx.mode != "narrative" or meaning.grain not in HOUR_GRAINS or meaning.span not in ("later", "earlier") or meaning.amount is None
            or story.day is None or story.day_tid is None or story.day_passed or story.day.grain is not Grain.DAY
            or story.day.end - story.day.start > _ONE_DAY or not _DAY_VALUE.fullmatch(story.day.value)):
        return None  # (one day written out: not the span "twelve days after" a month points to)
    shift = (1 if meaning.span == "later" else -1) * meaning.amount * unit_length(meaning.grain)[0]
    return Timex(type=TimexType.DATE, value=story.day.value, earliest=story.day.start + shift, latest=story.day.end + shift, grain=Grain.DAY,
                 anchor=TimexAnchor(AnchorKind.TIMEX, story.day_tid), temporal_function=True, **common)


_UNKNOWN_AT = {Grain.DAY: "XXXX-XX-XX", Grain.WEEK: "XXXX-WXX", Grain.MONTH: "XXXX-XX", Grain.YEAR: "XXXX"}


def vague_event_offset(t: Timex, offset: DurationSpec, story: Story) -> Timex:
    """Narrative mode: a vague amount counted from an event ("months after the founder's death", "only a few weeks
    before"): some period of its unit, none of its digits known (as TIMEX2 histories write it: XXXX-XX), with the
    bounds of "a few months later" from the story's time; ``t`` as it is for any other offset."""
    value = _UNKNOWN_AT.get(offset.grain)
    if offset.amount is not None or value is None or t.value not in ("FUTURE_REF", "PAST_REF"):
        return t
    return attrs.evolve(t, value=("BC" if story.bc is not None else "") + value, grain=offset.grain)


def _bc_offset(ctx: "Context", meaning: DurationSpec, story: Story) -> Optional[tuple[int, Optional[int], Optional[int]]]:
    """Narrative mode, a story before the common era: the BC year (month, day) an exact offset points to ("14 years
    later" from 445 BC is 431 BC; "three months later" from June 216 BC September 216 BC; "two days later" from 15 March
    44 BC the 17th, on the Julian calendar), when the story's time is as precise as the offset's unit; else None (also
    when it would reach the era)."""
    if (ctx.mode != "narrative" or story.bc is None or story.bc_tid is None or meaning.span not in ("later", "earlier")
            or meaning.grain not in (Grain.YEAR, Grain.MONTH, Grain.DAY) or meaning.amount is None or meaning.hedge
            or meaning.amount != int(meaning.amount)):
        return None
    sign = 1 if meaning.span == "later" else -1
    amount = sign * int(meaning.amount)
    year, month = story.bc
    if meaning.grain is Grain.YEAR:
        if amount > 0 and story.bc_tid == story.winter_from:
            year += 1  # from a winter turned to from its December's year: from that year (see bc.resolve_bc)
        year, month, day = year - amount, None, None
    elif meaning.grain is Grain.MONTH:
        if month is None:
            return None
        n = month - 1 + amount
        year, month, day = year - n // 12, n % 12 + 1, None
    else:
        told = story.bc_day
        if month is None or told is None or told[0] != story.bc_tid:
            return None
        year, month, day = bc_days_on(year, month, told[1], amount)
    return (year, month, day) if year >= 1 else None


def _days_on(t: dt.datetime, meaning: DurationSpec, sign: int) -> int:
    """The days from ``t``'s day to the same day ``meaning.amount`` of its units on (``sign`` 1) or back (-1)."""
    n = sign * int(round(meaning.amount or 0))
    d = t.date()
    if meaning.grain in (Grain.YEAR, Grain.MONTH):
        return (cal.add_months(d, n * (12 if meaning.grain is Grain.YEAR else 1)) - d).days
    return n * unit_length(meaning.grain)[0].days


def _offset_date(ctx: "Context", meaning: DurationSpec, window: tuple[dt.datetime, dt.datetime], from_story: bool,
                 earliest: dt.datetime, latest: dt.datetime) -> Optional[Period]:
    """In narrative mode, the calendar period an exact offset points to, when the story's time
    it counts from is at least as precise as the offset's unit ("three years later" from a year)."""
    if not from_story or meaning.amount is None or meaning.grain < Grain.DAY:
        return None
    if ctx.mode != "narrative" and not (meaning.grain is Grain.YEAR and meaning.span == "later" and not meaning.hedge
                                        and float(meaning.amount).is_integer()):
        # (s53) news keeps the TimeML length ("three days later": P3D), but whole years after a time the story told with its
        # year are the year they point to, as a news reader takes them ("bought the site in 2025 and first submitted plans
        # a year later": 2026)
        return None
    if meaning.anchoring is not Anchoring.NARRATIVE:
        return None  # "won five battles in eighteen days": counted from now, in a history a length (TIMEX2: P18D, P7W)
    if meaning.hedge:
        # "almost two decades earlier", "just over a year later": the period of its unit that the amount
        # written points to (TIMEX2: 1945 -> "194"), not a length
        if meaning.grain > Grain.DECADE or meaning.grain is Grain.WEEKEND:
            return None
        if window[1] - window[0] > unit_length(meaning.grain)[1]:
            # "less than a week later" after "in March 1913": some week of 1913
            return _unknown_in(meaning.grain, earliest, latest, window)
        n = (1 if meaning.span == "later" else -1) * int(round(meaning.amount))
        if meaning.grain is Grain.DECADE:
            return cal.containing(cal.shifted(window[0], Grain.YEAR, 10 * n).start, Grain.DECADE)
        return cal.shifted(window[0], meaning.grain, n)
    if meaning.grain > Grain.YEAR:
        return None
    if window[1] - window[0] > unit_length(meaning.grain)[1]:
        # "three weeks later" after "in the spring of 1812": some week of 1812 (TIMEX2/3 write what is known: 1812-WXX)
        # ("in seven weeks", counted from now, is a length in a history: "lost 65,000 men in seven weeks")
        return _unknown_in(meaning.grain, earliest, latest, window)
    period = cal.containing(earliest, meaning.grain if meaning.grain is not Grain.WEEKEND else Grain.DAY)
    if period.end < latest and meaning.grain is Grain.DAY and window[1] - window[0] <= _ONE_DAY:
        return period  # counted from a part of a day ("On the night of 2 October ... two days later"): from its day, the 4th
    if period.end < latest and meaning.grain in (Grain.MONTH, Grain.YEAR):
        # counted from a time across the turn of a year ("that winter", 1917-WI, December to March ... "Two years later"):
        # from the year that holds most of it, the year its value names (1919), not a length; so from a week across the
        # turn of a month ("By the last week of August 1889 ... Two months after the strike": October, the week's August)
        return cal.shifted(window[0] + (window[1] - window[0]) / 2, meaning.grain, (1 if meaning.span == "later" else -1) * int(round(meaning.amount)))
    return period if period.end >= latest else None


def _unknown_in(grain: Grain, earliest: dt.datetime, latest: dt.datetime, window: tuple[dt.datetime, dt.datetime]) -> Optional[Period]:
    """Some period of ``grain`` between ``earliest`` and ``latest``, its value written with the year
    (and month) they share and X's for the rest ("1812-WXX", "1917-04-XX"); counted from a whole year
    (``window``), that year ("In 1917 ... Ten days later": 1917-XX-XX); None for a grain it has no form for."""
    last = latest - _EPSILON
    whole_year = window[0] == dt.datetime(window[0].year, 1, 1) and window[1] == dt.datetime(window[0].year + 1, 1, 1)
    year = f"{earliest.year:04d}" if earliest.year == last.year else f"{window[0].year:04d}" if whole_year else "XXXX"
    if grain is Grain.WEEK:
        value = f"{year}-WXX"
    elif grain is Grain.DAY:
        month = f"{earliest.month:02d}" if (earliest.year, earliest.month) == (last.year, last.month) else "XX"
        value = f"{year}-{month}-XX"
    elif grain is Grain.MONTH:
        value = f"{year}-XX"
    else:
        return None
    return Period(earliest, latest, grain, value)


def beyond_calendar(ctx: "Context", mention: Mention, tid: str, story: Story) -> Timex:
    """A mention whose resolution left the calendar (before year 1, after 9999): its value
    where TIMEX3 can write it, the bound that stays inside the calendar, the other side open."""
    meaning = mention.meaning
    common: dict[str, Any] = dict(tid=tid, text=mention.text, start=mention.start, end=mention.end, rule=mention.rule, furniture=mention.latent)
    if isinstance(meaning, VagueSpec):
        span = ctx.now_span()
        # a side moved out of the calendar is open, unless it moved across "now" ("millions of years
        # ago": latest before year 1), where "now" still bounds it
        before, after = vague_width(meaning)
        earliest = None if span is None else _shifted_or_none(span[0], -before) or (span[1] if before < 0 else None)
        latest = None if span is None else _shifted_or_none(span[1], after) or (span[0] if after < 0 else None)
        if earliest is not None and latest is not None and earliest > latest:
            earliest = latest = None
        anchor = REFERENCE_ANCHOR if span is not None else NO_ANCHOR
        return Timex(type=TimexType.DATE, value=meaning.value, earliest=earliest, latest=latest, anchor=anchor, temporal_function=True, **common)
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
        # as in duration_timex: "the past N years" ends at now, "the next N years" starts there
        now, anchor = span_now(ctx, meaning, story)
        if now is not None:
            earliest, latest = (None, now[1]) if meaning.span == "past" else (now[0], None)
    elif sign:
        window, anchor = ctx.anchor_window(anchoring, grain, story)
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
        min_len, max_len = lengths(ctx.lexicon, meaning)
        return Timex(
            type=TimexType.DURATION, value=duration_value(meaning.grain, meaning.amount), mod=meaning.mod, earliest=earliest, latest=latest,
            grain=meaning.grain, anchor=anchor, temporal_function=anchor.kind is not AnchorKind.NONE, min_length=min_len, max_length=max_len, **common,
        )
    value = ("PAST_REF" if sign < 0 else "FUTURE_REF") if sign and meaning.month is None and meaning.quarter is None else unanchored_value(meaning)
    ttype = TimexType.TIME if meaning.grain < Grain.DAY else TimexType.DATE
    return Timex(type=ttype, value=value, mod=meaning.mod, earliest=earliest, latest=latest, grain=meaning.grain, anchor=anchor, temporal_function=True, **common)


def _shifted_or_none(t: dt.datetime, days: float) -> Optional[dt.datetime]:
    """``t`` moved by ``days``, or None (an open bound) outside the calendar."""
    try:
        return t + dt.timedelta(days=days)
    except OverflowError:
        return None
