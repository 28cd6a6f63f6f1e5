"""What the words around an expression tell the resolver: hedges, bare days and parts, trailing units, signal words
before it, fiscal periods, turns of periods, before or after now."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any, Iterable, Optional

import attrs

from ..model import Grain, Mod, TimexAnchor
from ..recognize.meaning import Anchoring, CalendarSpec, Direction, DurationSpec, Mention
from .anchors import Context
from .calendar import Period
from .dates import bounds_for_mod, rest_phrase
from .picking import direction
from . import calendar as cal
from .durations import reach
from .tense_cues import _may_hold, _may_hold_phrase
from .shorthands import _DAY, _HALF, _REFERENCE, _REFERENCE_KIND, _TWO_WORDS_BEFORE, _WORD_OR_APOSTROPHE


def _bare_hedged(meaning: object, word: str) -> bool:
    """Whether ``meaning`` is a length with no anchoring span, or a clock time, hedged by ``word``."""
    if getattr(meaning, "hedge", None) != word:
        return False
    if isinstance(meaning, DurationSpec):
        return meaning.span is None
    return isinstance(meaning, CalendarSpec) and meaning.grain is Grain.MINUTE


def _bare_day(ctx: Context, spec: Any) -> Optional[tuple[int, int]]:
    """(month, day) of a news text's date written without year, weekday or clock time ("Jan. 14"), else None."""
    if (ctx.mode != "news" or spec.month is None or spec.day is None or spec.year is not None or spec.weekday is not None
            or spec.hour is not None or spec.shift is not None or spec.relative_word is not None or spec.part_of_day or spec.bc):
        return None
    return spec.month, spec.day


def _bare_part(spec: Any) -> bool:
    """A part of day of the story's day, its day not written ("at midnight", "in the evening"): a day
    written right after it ("at midnight on Dec. 31") is resolved first and becomes the story's day."""
    return bool(spec.part_of_day) and spec.shift is not None and spec.shift.grain is Grain.DAY and spec.shift.amount == 0 and spec.shift.anchoring is Anchoring.NARRATIVE


def _half_named(ctx: Context, mention: Mention, period: Any) -> Optional[int]:
    """1 or 2 when the expression opens with a modifier naming a half of its period ("the first half of October",
    "the second half of the month"; not a year's half, 2026-H1, which is its own period), else None."""
    table = ctx.lexicon.tables.get("half_modifiers", {})
    letters = _first_letters(ctx, "first_letters:half_modifiers", table)
    if period.grain is _HALF or (letters is not None and mention.text.lstrip()[:1].lower()[:1] not in letters):
        return None  # (most expressions: not the letter a phrase opens with; the words read below open with it, lower-cased)
    text = " ".join(mention.text.lower().split())
    for phrase, which in table.items():
        if text.startswith(phrase + " "):
            return int(which)
    return None


def _first_letters(ctx: Context, key: str, phrases: Iterable[str]) -> Optional[frozenset[str]]:
    """The first letters of ``phrases`` (lower case), worked out once per document under ``key``; None when a phrase has a
    character outside ASCII (a letter lower-cased alone may differ from that letter of a lower-cased text: a final sigma)."""
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = frozenset(p[:1] for p in phrases) if all(p.isascii() for p in phrases) else False
    return found or None  # type: ignore[return-value]


def _week_of_month(ctx: Context, mention: Mention, spec: CalendarSpec, period: Period) -> Optional[tuple[dt.datetime, dt.datetime]]:
    """ "the first week of April", "the last week of February": the month's seven days of that rank (1 to 7 April, 22 to
    28 February; ``[week_of_month_days]``), a first or last length of the month, not the ISO week its value names (which
    can begin in the month before); None for any other expression."""
    table = ctx.lexicon.tables.get("week_of_month_days", {})
    if period.grain is not Grain.WEEK or spec.month is None or spec.day is None or not table:
        return None
    rank = next((table[w] for w in mention.text.lower().split() if w in table), None)
    years = [y for y in {period.start.year, period.end.year} if period.start <= dt.datetime(y, spec.month, spec.day) < period.end]
    if rank is None or not years:
        return None
    month = cal.month(years[0], spec.month)
    start = month.start + dt.timedelta(days=rank - 1) if rank > 0 else month.end + dt.timedelta(days=rank)
    return start, start + dt.timedelta(days=7)


def _trailing_unit(ctx: Context, mention: Mention, spec: CalendarSpec, anchor: TimexAnchor) -> Optional[tuple[Optional[dt.datetime], Optional[dt.datetime]]]:
    """ "over the past year", "in the last month": one unit up to now (said on 9 March 2026, 9 Mar 2025 to the end of the
    day), not the calendar year or month its value names; only after a word of ``[trailing_units]`` ("The past year was the
    hottest on record" keeps the calendar year); "over the next year", "within the next decade" (``[leading_units]``): one
    unit from now on.  None for any other expression."""
    shift, now = spec.shift, ctx.now_span()
    if shift is None or shift.amount not in (-1, 1):
        return None
    table = ctx.lexicon.tables.get("trailing_units" if shift.amount == -1 else "leading_units")  # "over the next year": ahead
    words = mention.text.lower().split()
    # ("the next year" counts from the story's time: from now only when it was read from the publication date)
    from_now = shift.anchoring is _REFERENCE or (shift.amount == 1 and anchor.kind is _REFERENCE_KIND)
    if (not table or not from_now or now is None or len(words) != 3
            or words[0] != "the" or words[1] not in table["words"] or spec.weekday is not None or spec.part_of_day is not None):
        return None
    before = re.findall(r"[A-Za-z]+", ctx.text[max(0, mention.start - 20):mention.start])
    if not before or before[-1].lower() not in table["after"]:
        return None
    if shift.amount == 1:
        return now[0], reach(ctx.lexicon, DurationSpec(shift.grain, 1.0), now[1], 1, far=True)
    return reach(ctx.lexicon, DurationSpec(shift.grain, 1.0), now[0], -1, far=True), now[1]


def _up_to_now(ctx: Context, mention: Mention, period: Period) -> Optional[tuple[dt.datetime, dt.datetime]]:
    """ "so far this year", "this month to date" (``[up_to_now]``): the period under way up to now, its start to the end
    of the reference day, as "earlier this year"; None for any other expression or a period not under way."""
    table, now = ctx.lexicon.tables.get("up_to_now"), ctx.now_span()
    if not table or now is None or not period.start <= now[0] < period.end:
        return None
    if mention.text.lower() in ctx.lexicon.tables.get("to_date_abbreviations", {}):
        return period.start, min(now[1], period.end)  # (s52) "YTD": the words of "year to date" in one
    ends = ctx.memo.get("up_to_now_ends")
    if ends is None:
        ends = ctx.memo["up_to_now_ends"] = _last_words(tuple(table["before"]), tuple(table["after"]))
    befores, afters = ends  # type: ignore[misc]
    if (not _may_hold(ctx.text, max(0, mention.start - 20), mention.start, befores) and not _may_hold(ctx.text, mention.end, mention.end + 20, afters)
            and not _may_hold(mention.text, 0, len(mention.text), afters)):
        return None  # (most expressions: a phrase read below lies in its 20 characters or in the expression, its last word with it)
    before = " ".join(ctx.text[max(0, mention.start - 20):mention.start].lower().split())
    after = " ".join(ctx.text[mention.end:mention.end + 20].lower().split())
    inside = " ".join(mention.text.lower().replace("-", " ").split())  # "year-to-date": the words are the expression
    if not any(before.endswith(" " + p) or before == p for p in table["before"]) and not (
            after in table["after"] or _phrases_at(tuple(table["after"])).match(after)) and not any(
            inside.endswith(" " + p) for p in table["after"]):
        return None
    return period.start, min(now[1], period.end)


def _rest_from_now(ctx: Context, mention: Mention, period: Period, told: Optional[Period]) -> Optional[tuple[dt.datetime, dt.datetime]]:
    """(s63) "for the rest of the decade", "the remainder of the century" (``rests`` of [news_story_units] /
    [narrative_story_units]) whose period holds the time it counts from (``told``, the story's time it was resolved from,
    else now): what is left of it, from the start of that day to the period's end (said on 11 May 2032, 2032-05-11 ..
    2040-01-01; "rebuilt in 1768 and served as a prison for the rest of the century", 1768-01-01 .. 1800-01-01), not its
    last third as "late in the decade"; value and mod (END) kept.  None for any other expression."""
    now = (told.start, told.end) if told is not None else ctx.now_span()
    if now is None or not period.start <= now[0] < period.end or not rest_phrase(ctx, mention):
        return None
    day = dt.datetime.combine(now[0].date(), dt.time())
    return max(day, period.start), period.end


@functools.lru_cache(maxsize=None)
def _phrases_at(phrases: tuple[str, ...]) -> "re.Pattern[str]":
    """One pattern for "any of ``phrases`` as whole words at this point" (each compiled once, not per expression)."""
    return re.compile("(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")\b") if phrases else re.compile(r"(?!)")


@functools.lru_cache(maxsize=None)
def _word_suffixes(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """Each phrase with the space before it, for one ``str.endswith`` over all of them."""
    return tuple(" " + p for p in phrases)


@functools.lru_cache(maxsize=None)
def _last_words(*tables: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The last word of each phrase of each of ``tables``, once each, a tuple per table."""
    return tuple(tuple(dict.fromkeys(p.split()[-1] for p in phrases if p.split())) for phrases in tables)


def _open_signal(ctx: Context, mention: Mention, earliest: Optional[dt.datetime],
                 latest: Optional[dt.datetime]) -> tuple[Optional[dt.datetime], Optional[dt.datetime]]:
    """ "until at least 2030", "no later than Friday", "in 2028 at the earliest" (``[open_signals]``, words outside the
    expression): the time meant lies at that date or after (before) it, so the far side of its bounds is open."""
    table = ctx.lexicon.tables.get("open_signals")
    if not table:
        return earliest, latest
    ends = ctx.memo.get("open_signal_ends")
    if ends is None:  # (once per document: the tables' tuples are not rebuilt and hashed for every mention)
        ends = ctx.memo["open_signal_ends"] = _last_words(tuple(table["later_before"]) + tuple(table["earlier_before"]),
                                                          tuple(table["later_after"]) + tuple(table["earlier_after"]))
    befores, afters = ends  # type: ignore[misc]
    if not _may_hold(ctx.text, max(0, mention.start - 30), mention.start, befores) and not _may_hold(ctx.text, mention.end, mention.end + 30, afters):
        return earliest, latest  # (most expressions: a phrase read below lies in its 30 characters, its last word with it)
    before = " " + " ".join(ctx.text[max(0, mention.start - 30):mention.start].lower().split())
    after = " ".join(ctx.text[mention.end:mention.end + 30].lower().lstrip(" ,").split())
    if before.endswith(_word_suffixes(tuple(table["later_before"]))) or _phrases_at(tuple(table["later_after"])).match(after):
        return earliest, None
    if before.endswith(_word_suffixes(tuple(table["earlier_before"]))) or _phrases_at(tuple(table["earlier_after"])).match(after):
        return None, latest
    return earliest, latest


def _approx_signal(ctx: Context, mention: Mention, period: Period, mod: Optional[Mod], earliest: Optional[dt.datetime],
                   latest: Optional[dt.datetime]) -> tuple[Optional[dt.datetime], Optional[dt.datetime]]:
    """ "around March 3", "on or about Oct. 3", "sometime around Christmas" (``[approx_signals]``, a word outside the
    expression): a day bounded as with mod APPROX, a day wider on each side; value and mod kept."""
    table = ctx.lexicon.tables.get("approx_signals")
    if not table or mod is not None or period.grain is not _DAY:
        return earliest, latest  # (a day: "around March" or "around 2010" are taken in by the recognizer, or left whole)
    if not _may_hold_phrase(ctx.text, max(0, mention.start - 20), mention.start, _signal_words(ctx, "words:approx_signals", table["words"])):
        return earliest, latest  # (most days: no word of a signal before them)
    before = " " + " ".join(ctx.text[max(0, mention.start - 20):mention.start].lower().split())
    if not any(before.endswith(" " + w) for w in table["words"]) or ctx.text[mention.end:mention.end + 2] in ("'s", "\u2019s"):
        return earliest, latest  # (a place: "gathered around Tuesday's rally")
    return bounds_for_mod(period, Mod.APPROX)


def _signal_words(ctx: Context, key: str, *tables: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """The words of each phrase of ``tables`` (lists of a lexicon table), split once per document under ``key``: for the quick exact test
    (:func:`.tense._may_hold_phrase`) before a step reads the words next to an expression, which most expressions need not
    (a phrase whose words are not all in the window cannot end it)."""
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = _quick_phrases(tuple(tuple(p.split()) for phrases in tables for p in phrases))
    return found  # type: ignore[return-value]


@functools.lru_cache(maxsize=None)
def _quick_phrases(phrases: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """``phrases`` (each a tuple of words) for the quick test "every word of one of them is in the window": a phrase whose
    words include all of another's left out (the other is found wherever it is), each one's words once, in their order
    (the test of a phrase stops at its first missing word: longest first tested slower, "after" before "soon"). The test's
    answer is the same (tests/test_resspeed41.py)."""
    sets = [frozenset(p) for p in phrases]
    kept = [p for k, p in enumerate(phrases) if not any(sets[j] < sets[k] or (sets[j] == sets[k] and j < k) for j in range(len(phrases)))]
    return tuple(tuple(dict.fromkeys(p)) for p in kept)


def _day_signal(ctx: Context, mention: Mention, period: Period, mod: Optional[Mod], earliest: Optional[dt.datetime],
                latest: Optional[dt.datetime]) -> tuple[Optional[dt.datetime], Optional[dt.datetime]]:
    """ "shortly after Easter", "just before Christmas" (``[day_signals]``, words outside the expression): a day bounded from
    the entry's days before it to its days after it, the day itself included, as ``[clock_signals]`` bound a clock time;
    value and mod kept (not before a possessive, "shortly after Tuesday's vote", whose event is the point)."""
    table = ctx.lexicon.tables.get("day_signals")
    if not table or mod is not None or period.grain is not _DAY or ctx.text[mention.end:mention.end + 2] in ("'s", "\u2019s"):
        return earliest, latest
    if not _may_hold_phrase(ctx.text, max(0, mention.start - 30), mention.start, _signal_words(ctx, "words:day_signals", table)):
        return earliest, latest  # (most days: no word of a signal before them)
    before = " " + " ".join(_WORD_OR_APOSTROPHE.findall(ctx.text[max(0, mention.start - 30):mention.start].lower()))
    entry = next((e for k, e in table.items() if before.endswith(" " + k)), None)
    if entry is None:
        return earliest, latest
    return period.start - dt.timedelta(days=entry["before"]), period.end + dt.timedelta(days=entry["after"])


_FISCAL_GRAINS = {Grain.YEAR: 12, Grain.HALF: 6, Grain.QUARTER: 3}
_FISCAL_SPLIT = re.compile(r"[\s/-]+")


def _fiscal_period(ctx: Context, mention: Mention, period: Period, half: Optional[int] = None) -> Optional[tuple[dt.datetime, dt.datetime]]:
    """ "fiscal 2027", "the first quarter of fiscal 2027": where a fiscal year, half or quarter of that name may lie
    (``[fiscal_periods]``), from its part of a year starting at the earliest start to its part of one starting at the
    latest; the calendar period's bounds would leave out most firms' fiscal quarters. ``half`` (1, 2) is a half named of
    a year ("the second half of fiscal 2026"). None for any other period."""
    table = ctx.lexicon.tables.get("fiscal_periods")
    months = _FISCAL_GRAINS.get(period.grain)
    if not table or months is None:
        return None
    words = _FISCAL_SPLIT.split(mention.text.lower())
    numbers = [w for w in words if w.isdigit()]
    if not any(w in words for w in table["words"]) or (not numbers and any(w in words for w in table.get("not_with", ()))):
        return None  # ("the fiscal year": the year in question; "the 2027-28 fiscal year" is named)
    if not numbers:
        return None  # "its fiscal second quarter": no year named, the quarter its value names (s48: one quarter, not 14 months)
    year_start = dt.date(period.start.year, 1, 1)
    if period.grain is Grain.YEAR and half is None and len(numbers) == 2 and len(numbers[0]) == 4:
        # "fiscal year 2025-26", "the 2027-28 fiscal year": a fiscal year named by both its calendar years ends in the second
        # (whichever the value names), as "fiscal 2026" does
        second = int(numbers[0][:4 - len(numbers[1])] + numbers[1])
        if second == int(numbers[0]) + 1:
            year_start = dt.date(second, 1, 1)
    into = (period.start.month - 1) // months * months  # the months of the fiscal year before this part
    if half is not None and period.grain is Grain.YEAR:
        months, into = 6, 6 * (half - 1)
    first = cal.add_months(year_start, table["first_start"] + into)
    last = cal.add_months(year_start, table["last_start"] + into + months)
    return dt.datetime.combine(first, dt.time()), dt.datetime.combine(last, dt.time())


def _turn_of(ctx: Context, spec: CalendarSpec, period: Period) -> Optional[tuple[dt.datetime, dt.datetime]]:
    """ "the turn of the year": a holiday entry with ``turn`` names a boundary, so it is bounded by the late part of the
    month before the holiday's day and the early part of its month (as "late December" and "early January" are), not by
    the whole year its value names."""
    entry = ctx.lexicon["holidays"].get(spec.holiday) if spec.holiday else None
    if not entry or not entry.get("turn") or period.grain is not Grain.YEAR:
        return None
    day = dt.datetime(period.start.year, entry["month"], entry["day"])
    month = cal.containing(day, Grain.MONTH)
    before = cal.containing(month.start - dt.timedelta(days=1), Grain.MONTH)
    earliest, latest = bounds_for_mod(before, Mod.END)[0], bounds_for_mod(month, Mod.START)[1]
    return (earliest, latest) if earliest is not None and latest is not None else None


def _festival_days(ctx: Context, spec: CalendarSpec, period: Period) -> Optional[tuple[dt.datetime, dt.datetime]]:
    """ "during Ramadan", "in Lent", "Hanukkah 2026": a holiday entry with ``as_year`` is valued as the year it falls in,
    but bounded by its own days, ``days`` from its first day, widened by ``slack`` days either side where observers fix
    the day by the moon or by region (Ramadan 2027: 7 Feb .. 11 Mar; Hanukkah 2026: 5 .. 13 Dec)."""
    entry = ctx.lexicon["holidays"].get(spec.holiday) if spec.holiday else None
    if not entry or not entry.get("as_year") or period.grain is not Grain.YEAR:
        return None
    try:
        first = dt.datetime.combine(cal.holiday_date(entry, period.start.year), dt.time())
    except cal.BeyondCalendar:
        return None
    slack = dt.timedelta(days=int(entry.get("slack", 0)))
    return first - slack, first + dt.timedelta(days=int(entry.get("days", 1))) + slack


def _narrowed_part(ctx: Context, part: Optional[str]) -> bool:
    """Whether a part of day's lexicon hours already carry its mod ("middle of the night" 23:00-04:00 is mod MID): its
    window is then what the mod means, not to be narrowed to a third of it again; so are those marked ``narrowed`` ("late
    evening" 20:00-24:00 is already the late part of the evening)."""
    if part is None:
        return False
    entry = ctx.lexicon["parts_of_day"].get(part, {})
    return "mod" in entry or bool(entry.get("narrowed"))


def _day_part_signal(ctx: Context, mention: Mention, period: Period, mod: Optional[Mod], earliest: Optional[dt.datetime],
                     latest: Optional[dt.datetime]) -> tuple[Optional[dt.datetime], Optional[dt.datetime]]:
    """ "late on Boxing Day", "early on 8 November", "on Friday, late in the day" (``[day_part_signals]``, words outside the
    expression, before it or, ``END_AFTER`` / ``START_AFTER``, after it): the day bounded as with that mod, its last or first
    third (16:00-24:00, 00:00-08:00); value and mod kept."""
    table = ctx.lexicon.tables.get("day_part_signals")
    if not table or mod is not None or period.grain is not _DAY:
        return earliest, latest
    if _may_hold_phrase(ctx.text, mention.end, mention.end + 24,
                        _signal_words(ctx, "words:day_part_signals_after", table.get("END_AFTER", ()), table.get("START_AFTER", ()))):
        # (most days: no word of a signal after them; each word of one the words after it open with is a piece of them)
        after = " ".join(ctx.text[mention.end : mention.end + 24].lower().replace(",", " ").split())
        for name in ("END", "START"):  # "was signed on Friday, late in the day"
            if any(after == w or after.startswith(w + " ") or after.startswith(w + ".") for w in table.get(name + "_AFTER", ())):
                return bounds_for_mod(period, Mod[name])
    if not _may_hold_phrase(ctx.text, max(0, mention.start - 40), mention.start,
                            _signal_words(ctx, "words:day_part_signals", table.get("END", ()), table.get("START", ()))):
        return earliest, latest  # (most days: no word of a signal before them)
    before = " " + " ".join(ctx.text[max(0, mention.start - 40):mention.start].lower().split())
    for name in ("END", "START"):
        said = next((w for w in table.get(name, ()) if before.endswith(" " + w)), None)
        if said is not None and not any(before.endswith(f" {n} {said}") for n in table.get("not_after", ())):
            return bounds_for_mod(period, Mod[name])  # (not "was running late on Sunday": a delay)
    return earliest, latest


def _unusual_hour(ctx: Context, mention: Mention, period: Period, mod: Optional[Mod]) -> Optional[tuple[dt.datetime, dt.datetime]]:
    """ "Clinics will close early on Friday", "The ferry was running late on Sunday": an expression that takes in "early on" /
    "late on" (``[day_part_signals]``) after a word of ``unusual_after`` says the hour was unusual, not which part of the day: the
    whole day, as when the words stand outside it ("Stores opened early on Black Friday"); value and mod kept.  None
    otherwise."""
    table = ctx.lexicon.tables.get("day_part_signals")
    if not table or mod not in (Mod.START, Mod.END) or period.grain is not Grain.DAY:
        return None
    said = " ".join(mention.text.lower().split()[:2])
    if said not in table.get(Mod.END.name if mod is Mod.END else Mod.START.name, ()):
        return None
    before = ctx.text[max(0, mention.start - 30):mention.start].lower().split()
    return (period.start, period.end) if before and before[-1] in table.get("unusual_after", ()) else None


def _before_or_after_now(ctx: Context, mention: Mention, period: Any, earliest: Optional[dt.datetime],
                         latest: Optional[dt.datetime], told: Optional[Period] = None,
                         spec: Optional[CalendarSpec] = None) -> tuple[Optional[dt.datetime], Optional[dt.datetime]]:
    """ "Earlier this month", "later this year" said inside that period: the part of it before
    (after) now, not its first (last) third ("earlier this month" on the 4th is the 1st to the 4th,
    "earlier this year" in November January to November); the word may stand right before an expression that does not
    take it in ("later today", "earlier this morning": the rest of the day from now, the morning up to now).  ``told``: the
    story's time the expression was resolved from ("cut jobs in March. Later that year it closed two plants": after March,
    not after now), which then stands for now; ``spec``: the expression's meaning, whose direction caps a past one."""
    comparatives = ctx.memo.get("words:comparative_modifiers")
    if comparatives is None:
        comparatives = _signal_words(ctx, "words:comparative_modifiers", ctx.lexicon["comparative_modifiers"])
    near = ctx.text[max(0, mention.start - 30):mention.start] + "\n" + mention.text  # (one test of the words before it and its own)
    if not _may_hold_phrase(near, 0, len(near), comparatives):  # type: ignore[arg-type]
        return earliest, latest  # (most expressions: no "earlier" or "later" in them or before them)
    now = (told.start, told.end) if told is not None else ctx.now_span()
    if now is None:
        return earliest, latest
    day = dt.datetime.combine(now[0].date(), dt.time())
    if not (period.start <= now[0] < period.end or (period.start < day + dt.timedelta(days=1) and period.end > day)):
        return earliest, latest  # (a part of the reference day counts too: "earlier this morning", "later this evening")
    word = mention.text.split()[0].lower() if mention.text else ""
    if word not in ctx.lexicon["comparative_modifiers"]:
        # (not the end of an offset: "He arrived an hour later today")
        before = _TWO_WORDS_BEFORE.search(ctx.text[max(0, mention.start - 30):mention.start])
        if before and before.group(2).lower() in ctx.lexicon["comparative_modifiers"]:
            units = {w for unit in ctx.lexicon["units"].values() for w in unit["words"]}  # (only when a comparative is there)
            word = before.group(2).lower() if (before.group(1) or "").lower() not in units else word
    if word not in ctx.lexicon["comparative_modifiers"]:
        return earliest, latest
    mod = ctx.lexicon["comparative_modifiers"][word]
    if mod == "START" and period.start < now[1]:
        return period.start, min(now[1], period.end)  # "earlier this morning" said at 14:30: the whole morning
    if mod == "END" and period.end > now[0]:
        return max(now[0], period.start), _past_cap(ctx, spec, mention, period.end, told)
    return earliest, latest


def _past_cap(ctx: Context, spec: Optional[CalendarSpec], mention: Mention, end: dt.datetime, told: Optional[Period]) -> dt.datetime:
    """The end of "later in the week" / "later that year" counted from a story's time in a past news clause: not after the
    end of the reference day, since what the clause reports had happened by then ("The storm hit on Monday. Later in the
    week, engineers restored power" said on Thursday ends Thursday, not Sunday; not "was postponed until later in the week",
    "Later in the year it was set to close a plant", which look ahead); else ``end``."""
    now = ctx.now_span()
    if spec is None or told is None or ctx.mode != "news" or now is None or end <= now[1] or told.start >= now[1]:
        return end
    way, _ = direction(ctx, attrs.evolve(spec, direction=Direction.TENSE), mention, Direction.CLOSEST)
    return now[1] if way is Direction.PAST else end
