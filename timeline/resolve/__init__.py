"""Resolution: underspecified meanings + reference time + tense + narrative → values and bounds.

News mode anchors deictic expressions ("yesterday", "last week") on the reference time and
anaphoric ones ("two days later", "the following morning") on the narrative's current
time, the last date the text resolved.  Narrative mode (history texts, as in HeidelTime)
anchors both on the narrative's current time.  Conventions for bound widths are in
docs/conventions.md.

The work is split by job: :mod:`.story` tracks the story's time, :mod:`.anchors` says what
an expression counts from, :mod:`.picking` reads the tense to choose past or future,
:mod:`.dates` (with :mod:`.shifts` and :mod:`.named`) finds a date's period,
:mod:`.durations` bounds lengths and vague references, :mod:`.neighbours` reads the
expressions next to one, :mod:`.bc` writes dates before the common era.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any, Iterable, Optional, Sequence

import attrs

from ..lexicon import load_lexicon
from ..model import NO_ANCHOR, AnchorKind, Grain, Mod, Timex, TimexAnchor, TimexType
from ..recognize.meaning import Anchoring, CalendarSpec, Direction, DurationSpec, Mention, SetSpec, VagueSpec
from ..recognize.offset_passes import ANNIVERSARY_AHEAD_RULE, ANNIVERSARY_YEAR_RULE
from ..recognize.story_passes import EVE_RULE, MILLENNIUM_RULE, NIGHT_RULE
from ..recognize.year_passes import SAME_TIME_RULE
from ..text import Doc, as_doc
from .anchors import Context
from .bc import resolve_bc
from .calendar import Period
from .dates import bounds_for_mod, half_bounds, calendar_period, unanchored_value
from .named import beside_bounds
from .named_frame import after_midnight, with_part
from .picking import direction
from . import calendar as cal
from .durations import count_range, inner_range, hedged_shift, reach, softened, set_value, beyond_calendar, duration_timex, hour_offset_timex, is_duration_value, vague_event_offset, vague_timex
from ..units import duration_value
from .neighbour_periods import reported_length, length_ending, length_starting, ends_period, period_ending, quarter_end_year
from .neighbour_ranges import opens_range, ordered_range, with_coordinated_year, with_coordinated_month, story_weekday, with_relative_year, with_joined_relative_year, story_year_after
from .neighbours import part_in_period_after, week_possessed_before, day_hint, named_day_after, period_part, week_named_after, weekday_beside_day, day_apposed_after, holiday_in_sentence, weekday_in_month, apposed_mod_bounds, with_apposed_weekday, day_named_before
from .story_periods import REGNAL_RULE
from .story import DAY_GRAINS, FLASHBACK_OPENERS, HOUR_GRAINS, Story, bc_aside, is_aside, looks_back, looks_back_day, moves_story
from .story_clauses import names_event, recurring_clock
from .story_events import parts_of_offset_days, apposed_date, restated_offset, event_offset, month_name, first_day_of_event, nth_day_counted, range_start_day, nth_day_of_event, restated_date, season_dated_after, offset_extents, eve_ahead, same_day_of_event, birthday_days
from .story_periods import story_short_years, decades_of_story_centuries, numbered_day_parts, part_without_day, news_nth_day, period_ends, night_timex, millennium_timex, regnal_years, regnal_year, regnal_moves, timex2_length, opening_year, earlier_part, writers_today, anniversary_in_year, rest_of_period, unknown_digits
from .story_speech import quotation_opening, quoted_deictic, said_weekday, quoted_shift, speech_time
from .tense import clause_tense
from .tense_cues import tense_words
from .tense_reports import in_past_perfect, passive_report, report_told, said_on, time_limit, past_form
from .tense_signals import after_comparison, after_past_signal
from .tense_cues import _may_hold, _may_hold_phrase

__all__ = ["resolve", "bounds_for_mod"]

_MOD_WORD = {Mod.START: "early", Mod.END: "late"}


_WORD_OR_APOSTROPHE = re.compile(r"[\w']+")
_LETTERS_OR_APOSTROPHE = re.compile(r"[A-Za-z']+")
_LAST_WORD_WINDOW = 40  # characters before an expression in which a step reads the last word first (a word not cut by its start is the sentence's last)
_TWO_WORDS_BEFORE = re.compile(r"(?:([A-Za-z]+)[ \t]+)?([A-Za-z]+)[ \t]+\Z")  # the last two words before a position
_OPENING_WORD = re.compile(r"\s*([A-Za-z]+)")
_AFTERNOON_OPEN_UNTIL = 6  # an hour up to this written with no a.m./p.m. or part of day is the afternoon's ("at 2:30", "3 o'clock")
_HALF_DAY = dt.timedelta(hours=12)
# (read per expression: a module's name is read faster than an enum's member, which goes through EnumType.__getattr__'s hook)
_DAY, _WEEK, _MINUTE, _HALF, _PART_OF_DAY, _START, _END = Grain.DAY, Grain.WEEK, Grain.MINUTE, Grain.HALF, Grain.PART_OF_DAY, Mod.START, Mod.END
_DATE, _TIME, _DURATION = TimexType.DATE, TimexType.TIME, TimexType.DURATION
_TIMEX, _NO_ANCHOR_KIND, _REFERENCE_KIND = AnchorKind.TIMEX, AnchorKind.NONE, AnchorKind.REFERENCE_TIME
_MONTH, _REFERENCE = Grain.MONTH, Anchoring.REFERENCE
_HALF_DAY_WRITTEN = re.compile(r"[ap]\.?\s?m\b|(?<![\d:.])0\d", re.I)  # "a.m.", "pm", an hour "09:00": no doubt left ("10:40", "9:05" open)


def _half_day_from_part(spec: Any, mention: Mention, hint: tuple[dt.date, str], resolved: Any) -> tuple[Any, tuple[dt.date, str]]:
    """ "at 7 o'clock on Saturday evening", "at 1 a.m. on Saturday night": a clock time written before a day's part is the
    time in that part: of an hour written without a.m. or p.m. the one of its two hours that lies in it (19:00), and in a
    night past midnight the next day's (Sunday 01:00); the spec and the day hint, changed only where one of them fits."""
    if not hint[1][1:].isdigit():
        return spec, hint
    part = resolved(int(hint[1][1:]) - 1)
    if part.grain is not Grain.PART_OF_DAY or part.earliest is None or part.latest is None:
        return spec, hint
    hours = [spec.hour] + ([spec.hour + 12] if 1 <= spec.hour < 12 and not _HALF_DAY_WRITTEN.search(mention.text) else [])
    for days in (0, 1):
        day = dt.datetime.combine(hint[0], dt.time()) + dt.timedelta(days=days)
        for hour in hours:
            if part.earliest <= day + dt.timedelta(hours=hour, minutes=spec.minute or 0) < part.latest:
                return attrs.evolve(spec, hour=hour), (day.date(), hint[1])
    return spec, hint


_OPEN_CLOCK = re.compile(r"(?:[A-Za-z]+\s+){0,2}(?:[1-9]|1[01])(?:[:.][0-5]\d|\s*o['\u2019]clock)")  # "2:30", "about 3 o'clock" (not a range's bare "2")


def _open_half_day(ctx: "Context", spec: Any, mention: Mention, hint: Optional[tuple[dt.date, str]], resolved: Any) -> bool:
    """News: whether a clock time is written with no a.m. or p.m., no 24-hour zero and no part of day of its own or beside it
    ("The meeting is at 2:30", "kicked off at 8 o'clock"): either half of the day may be meant."""
    if (ctx.mode != "news" or not isinstance(spec, CalendarSpec) or spec.hour is None or not 1 <= spec.hour <= 11 or spec.part_of_day
            or mention.rule == "bare_clock_range" or not _OPEN_CLOCK.fullmatch(mention.text)):
        return False  # (a range's bare hours, "open from 7 to 10", take their halves from each other)
    if hint is not None and hint[1][1:].isdigit() and resolved(int(hint[1][1:]) - 1).grain is Grain.PART_OF_DAY:
        return False  # "at 7 o'clock on Saturday evening": the part says which (see _half_day_from_part)
    return True


def _open_hour(hour: int, story: Story) -> tuple[int, bool]:
    """The hour meant by a clock hour written with either half of the day open (:func:`_open_half_day`), and whether the
    text said which: the reading that lies in the part of day the story told last, in its sentence or the one before ("The
    fire started on Saturday evening. The roof fell in at 9 o'clock": 21; "... on Saturday night. At 3.30 police arrived":
    3, the night's small hours), the afternoon's after a part from noon on; after a clock time told there, as written (the
    clock's own rules read it); else, not said, an hour up to ``_AFTERNOON_OPEN_UNTIL`` is the afternoon's ("The meeting is
    at 2:30": 14), a later one as written."""
    last = story.last
    if last is not None and last[1].grain is Grain.MINUTE and last[0] >= story.sentence - 1:
        return hour, False  # (dates.calendar_period: "at 2 p.m. ... at 2:30")
    if last is not None and last[1].grain is Grain.PART_OF_DAY and last[0] >= story.sentence - 1:
        midnight = dt.datetime.combine(last[1].start.date(), dt.time())
        start, end = ((t - midnight) / dt.timedelta(hours=1) for t in (last[1].start, last[1].end))
        for h in (hour + 12, hour, hour + 24):
            if start <= h < end:
                return h % 24, True
        if start >= 12:
            return hour + 12, True
    return (hour + 12 if hour <= _AFTERNOON_OPEN_UNTIL else hour), False


def _clock_signal(ctx: "Context", mention: Mention) -> Optional[dict[str, Any]]:
    """The ``[clock_signals]`` entry of the words right before a clock time, outside it ("moments before 8 p.m.", "soon after
    6 p.m.", "minutes after 2 p.m.", "a few minutes after"), bounded as ``[clock_hedges]`` are; None without one, or after
    an exact count ("20 minutes after 2 p.m." is 14:20, a length of its own)."""
    table = ctx.lexicon.tables.get("clock_signals")
    if not table:
        return None
    before = re.findall(r"[\w']+", ctx.text[max(0, mention.start - 40):mention.start].lower())
    for key, entry in table.items():
        words = key.split()
        if before[-len(words):] == words:
            count = before[-len(words) - 1] if len(before) > len(words) else ""
            if (count.isdigit() or count in ctx.lexicon["numbers"]) and any(
                    words[0] in unit["words"] for unit in ctx.lexicon["units"].values()):
                return None  # (not "a few minutes after 2 p.m.": 2 to 9 minutes after, as the signal says)
            # (a number before a signal that opens with no unit is a date's: "on November 3 towards midnight")
            return entry
    return None


def _part_hedge(ctx: "Context", text: str) -> Optional[dict[str, Any]]:
    """The ``[clock_hedges]`` entry of a hedge with a direction an expression opens with ("shortly before dawn"), else None."""
    words = " ".join(text.lower().split())
    return next((h for k, h in ctx.lexicon["clock_hedges"].items() if "before" in h and words.startswith(k + " ")), None)


def _part_clock(ctx: "Context", part: Optional[str], period: Period) -> dt.datetime:
    """The instant a part of day with a clock names: "midday" 12:00 (not the middle of its 11:00-14:00), "midnight" 00:00."""
    entry = ctx.lexicon["parts_of_day"].get(part, {}) if part else {}
    if "clock" not in entry:
        return period.start + (period.end - period.start) / 2
    hours, minutes = (int(x) for x in entry["clock"].split(":"))
    return period.start - dt.timedelta(hours=float(entry["start"])) + dt.timedelta(hours=hours, minutes=minutes)


def _part_with_mod(ctx: "Context", part: Optional[str], mod: Optional[Mod], period: Period) -> Optional[tuple[dt.datetime, dt.datetime]]:
    """ "late last night", "early Tuesday morning": the lexicon's hours for "late night" or
    "early morning" on that day, where it has them (not the last third of 19:00-06:00)."""
    word = _MOD_WORD.get(mod) if mod is not None else None
    parts = ctx.lexicon["parts_of_day"]
    if word is None or part is None or part not in parts or f"{word} {part}" not in parts:
        return None
    day = period.start - dt.timedelta(hours=float(parts[part]["start"]))
    narrowed = parts[f"{word} {part}"]
    return day + dt.timedelta(hours=float(narrowed["start"])), day + dt.timedelta(hours=float(narrowed["end"]))


def resolve(mentions: list[Mention], text: "str | Doc", reference_time: Optional[dt.datetime], *, mode: str = "news", language: str = "en") -> tuple[Timex, ...]:
    """Resolve ``mentions`` (in text order) into time expressions with values and bounds."""
    ctx = Context(as_doc(text, language), reference_time, mode, load_lexicon(language))
    held = _lexicon_memos(language)
    if held[0] is not ctx.lexicon:  # (the language's lexicon loaded again: nothing kept from the one before)
        held[0], held[1] = ctx.lexicon, {}
    ctx.memo.update(held[1])
    if ctx.mode == "narrative":
        mentions = story_short_years(mentions)  # "the rising of '98" after 1791: 1798
    story = Story(opening=opening_year(mentions) if ctx.mode == "narrative" else None)  # only narrative paths read it
    cache: dict[int, Timex] = {}
    out = []
    for i in range(len(mentions)):
        story.enter(ctx.doc, ctx.mode, mentions[i].start, mentions[i].end)
        story.stepping = story.narrative and _steps_on(mentions[i].meaning)
        if out and out[-1].grain is _DAY:  # the day just resolved, for a clock time written right after it ("on Sunday
            cache.setdefault(i - 1, out[-1])  # shortly after midnight"; not a night, "Tuesday night at 1 a.m." is Wednesday's)
        t = cache.pop(i, None) or _resolve_one(ctx, mentions, i, story, cache)
        cache.pop(i - 1, None)
        if isinstance(mentions[i].meaning, DurationSpec):  # "the next five to ten years": out to the larger count
            t = inner_range(ctx.lexicon, mentions[i].text, mentions[i].meaning, t, ctx.now_span())
        if isinstance(mentions[i].meaning, DurationSpec) and t.earliest is not None:  # "within a week or two"
            widened = count_range(ctx.lexicon, ctx.text, mentions, i, mentions[i].meaning, t, _pivot(ctx, t, out))
            t = t if widened is t else _past_offset_by_now(ctx, mentions[i], mentions[i].meaning, widened)  # (ends by now)
        dated = regnal_year(ctx, mentions, out + [t], i) if mentions[i].rule == REGNAL_RULE else None
        if dated is not None:  # "In the third year of his reign": that year, where the story goes on
            t = dated
            regnal_moves(story, t)
        story.remember(mentions[i].end)
        # (each step below only where its own first test can pass, that test asked here before the call: the mention before
        # a range's start for _range_start, a mod before for apposed_mod_bounds, a month for weekday_in_month, two
        # calendar expressions for ordered_range; tests/test_resspeed42.py checks that the steps answer the same without)
        if out and t.earliest is not None and mentions[i - 1].rule == _RANGE_START_RULE and _range_start(ctx, mentions, i) is not None:
            out[-1] = attrs.evolve(out[-1], earliest=t.earliest, latest=t.latest, anchor=t.anchor, temporal_function=True)  # "[two] or three days"
        if out:
            if out[-1].mod is not None:
                t = apposed_mod_bounds(ctx, mentions, i, out[-1], t)  # "late on Monday, Nov. 30": the date bounded as the weekday
            if t.grain is _MONTH:
                out[-1] = weekday_in_month(ctx, mentions, i, out[-1], t)  # "on a Saturday morning in May": some Saturday of that May
            if isinstance(mentions[i].meaning, CalendarSpec) and isinstance(mentions[i - 1].meaning, CalendarSpec):
                first, second = ordered_range(ctx, mentions, i, out[-1], t)
                for before, after in ((out[-1], first), (t, second)):
                    if after is not before:  # a year moved: the story's record of it moves too
                        story.move_year(after.tid, int(after.value[:4]) - int(before.value[:4]))
                out[-1], t = first, second
        out.append(t)
    out = birthday_days(ctx, mentions, same_day_of_event(ctx, mentions, parts_of_offset_days(ctx, mentions, decades_of_story_centuries(ctx, mentions, out))))
    timexes = tuple(_without_outside_leads(ctx, mentions, period_ends(ctx, mentions, numbered_day_parts(ctx, mentions, regnal_years(ctx, mentions, offset_extents(ctx, mentions, out))))))
    if len(held[1]) < len(_LEXICON_MEMO_KEYS):
        held[1].update((k, ctx.memo[k]) for k in _LEXICON_MEMO_KEYS if k in ctx.memo)
    return timexes


# what the steps work out from the lexicon alone, under these keys of Context.memo (the quick-test words and first letters
# of the signal tables, the connector patterns of picking.joined): the same for every document of a language
_LEXICON_MEMO_KEYS = ("up_to_now_ends", "open_signal_ends", "words:comparative_modifiers", "words:approx_signals", "words:day_part_signals_after",
                      "words:day_part_signals", "words:day_signals", "first_letters:half_modifiers", "joined:any", "joined:ordered",
                      "outside_leads_firsts")


@functools.lru_cache(maxsize=None)
def _lexicon_memos(language: str) -> list[Any]:
    """[the lexicon of ``language`` last resolved with, its entries of ``_LEXICON_MEMO_KEYS``]: worked out once per lexicon,
    not once per document (some ten a document, ~10 us: 2% of resolving TBAQ), and given to each document's memo. Only
    what a pure function of the (read-only) lexicon gives is kept, so every document reads what it would work out itself."""
    return [None, {}]


def _steps_on(meaning: object) -> bool:
    """Whether an expression steps on from a time the text told ("the next year", "the following spring", "two years
    later"): narrative mode counts it from a flashback's date in the sentence before (see :meth:`Story.flashback_local`)."""
    if isinstance(meaning, DurationSpec):
        return meaning.span == "later" and meaning.anchoring is Anchoring.NARRATIVE
    if isinstance(meaning, CalendarSpec) and meaning.shift is not None and meaning.shift.anchoring is Anchoring.NARRATIVE:
        return (meaning.shift.amount or 0) > 0 or (meaning.shift.amount == 0 and meaning.relative_word == "next")
    return False


_LEAD_WORD = re.compile(r"([a-z]+)[ \t]{1,2}(?=\S)")


def _without_outside_leads(ctx: Context, mentions: list[Mention], timexes: Sequence[Timex]) -> Sequence[Timex]:
    """News (TimeML): an expression opening with a word of lexicon [outside_leads] begins after it, its value, mod and bounds
    kept as read with it: "just [over an hour]", "right [now]" (``always``: the phrase's first word); "for about [five hours]", "at about [10:35
    a.m.]" (``bare``: the hedge the rule read, before a bare length, not an offset, or a clock time). Histories (TIMEX2)
    keep them. ``timexes`` are those of ``mentions``, one each, in order."""
    table = ctx.lexicon.tables.get("outside_leads") if ctx.mode == "news" else None
    if not table:
        return timexes
    out = list(timexes)
    firsts = ctx.memo.get("outside_leads_firsts")
    if firsts is None:  # (a phrase's first word, a hedge)
        firsts = ctx.memo["outside_leads_firsts"] = frozenset(p.split()[0] for p in table["always"] if p.split()) | frozenset(table["bare"])
    for k, (m, t) in enumerate(zip(mentions, timexes)):
        low = t.text.lower()
        lead = _LEAD_WORD.match(low)
        if lead is None or lead.group(1) not in firsts or not (" ".join(low.split()[:2]) in table["always"] or (lead.group(1) in table["bare"] and _bare_hedged(m.meaning, lead.group(1)))):
            continue
        out[k] = attrs.evolve(t, start=t.start + lead.end(), text=t.text[lead.end() :])
    return out


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
_FISCAL_SPLIT = re.compile(r"[\s-]+")


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
    if not any(w in words for w in table["words"]) or any(w in words for w in table.get("not_with", ())):
        return None
    year_start = dt.date(period.start.year, 1, 1)
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


def _said_count(ctx: Context, mentions: list[Mention], i: int, story: Story, cache: dict[int, Timex], t: Timex) -> Optional[Timex]:
    """Narrative mode: a quotation's plain count from its speaker's now ("yesterday", "last year", see
    :func:`.story.quoted_shift`) counted from when the quotation was said, where its sentence tells that
    (:func:`.story.speech_time`) at its grain or finer; None when it does not."""

    def ahead(j: int) -> Timex:
        told = cache.get(j) or _resolve_one(ctx, mentions, j, story, cache)
        cache[j] = told
        return told

    spec = mentions[i].meaning
    said = speech_time(ctx, mentions, i, story, ahead)
    if said is None or said[0].grain > spec.grain or spec.shift is None or spec.shift.amount is None:
        return None
    try:
        period = cal.shifted(said[0].start, spec.grain, int(spec.shift.amount))
    except (ValueError, OverflowError):
        return None
    return attrs.evolve(t, value=period.value, earliest=period.start, latest=period.end, anchor=TimexAnchor(AnchorKind.TIMEX, said[1]),
                        temporal_function=True)


def _said_deictic(ctx: Context, mentions: list[Mention], i: int, story: Story, cache: dict[int, Timex]) -> Optional[Period]:
    """Narrative mode: the day a quotation holding mention ``i`` was said, when its sentence dates the saying to the day
    (:func:`.story.speech_time`: 'On the 9th he wrote: "Last night we lost a sentry"'), else None.  Asked before the
    mention is resolved, while the story's day is still the saying's."""

    def ahead(j: int) -> Timex:
        told = cache.get(j) or _resolve_one(ctx, mentions, j, story, cache)
        cache[j] = told
        return told

    said = speech_time(ctx, mentions, i, story, ahead)
    if said is None or said[0].grain is not Grain.DAY or not said[1][1:].isdigit():
        return None
    opened = quotation_opening(ctx.text, mentions[i].start)  # the day told in the sentence the quotation opens in, not one
    told = mentions[int(said[1][1:]) - 1]  # told before it ("On 2 May 1951 he spoke. 'I am tonight ...,' he said": unknown)
    if opened < 0 or ctx.doc.sentence_index(opened) != ctx.doc.sentence_index(told.start):
        return None
    return said[0]


def _on_said_day(t: Timex, spec: CalendarSpec, said: Period, mention_text: str) -> Optional[Timex]:
    """A day or a part of one counted from its speaker's now ("today", "last night", "this morning": a count of days from
    now, ``spec.shift``), resolved as ``t``, moved to count from the day ``said`` instead; None when ``t`` is not so."""
    shift = spec.shift
    if spec.part_of_day is not None and mention_text.strip().lower() == spec.part_of_day:
        return None  # a bare "afternoon" ("will come for afternoon tea") is no count from the speaker's day
    if (t.earliest is None or t.latest is None or not _DAY_VALUE.match(t.value) or shift is None or shift.grain is not Grain.DAY
            or shift.amount is None or shift.amount != int(shift.amount)):
        return None
    try:
        base = dt.date.fromisoformat(t.value[:10]) - dt.timedelta(days=int(shift.amount))
        delta = said.start.date() - base
        day = dt.date.fromisoformat(t.value[:10]) + delta
        return attrs.evolve(t, value=day.isoformat() + t.value[10:], earliest=t.earliest + delta, latest=t.latest + delta)
    except (ValueError, OverflowError):
        return None


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?:T|$)")


def _resolve_one(ctx: Context, mentions: list[Mention], i: int, story: Story, cache: dict[int, Timex]) -> Timex:
    try:
        if ctx.mode != "narrative":
            # (each step below is a history's, false at once in news: quoted_shift, quoted_deictic, writers_today,
            # first_day_of_event, nth_day_of_event; tests/test_tagspeed37.py fails when one of them answers in news)
            if mentions[i].rule == "ordinal_day" and news_nth_day(ctx, mentions[i]):
                before = (story.day, story.day_tid, story.day_passed, None)
                t = _resolve_mention(ctx, mentions, i, story, cache)
                return (_counted_day(ctx, mentions[i], story, before, t) or t) if t.type is _DATE else t
            return _resolve_mention(ctx, mentions, i, story, cache)
        before = (story.day, story.day_tid, story.day_passed, range_start_day(story))  # (for a numbered day of an event, counted from the story's day)
        state = (story.saved(), story.current, story.current_tid) if ctx.mode == "narrative" and mentions[i].rule == "ordinal_day" else None
        if (said := said_weekday(ctx, mentions, i, story, lambda: _resolve_mention(ctx, mentions, i, story, cache), lambda j: cache.get(j) or cache.setdefault(j, _resolve_one(ctx, mentions, j, story, cache)))) is not None:
            return said  # 'a letter dated 3 June 1916: "On Tuesday we marched"': 30 May (story.said_weekday)
        said_day = _said_deictic(ctx, mentions, i, story, cache) if quoted_deictic(ctx, mentions[i].meaning, mentions[i]) else None
        kept = story.saved() if said_day is not None else None
        t = _resolve_mention(ctx, mentions, i, story, cache)
        ttype = t.type
        if ttype is _DATE and quoted_shift(ctx, mentions[i].meaning, mentions[i]):
            said = _said_count(ctx, mentions, i, story, cache, t)
            if said is not None:  # 'he wrote on 3 March: "Yesterday ..."': 2 March; '"Last year ...," he wrote in 1880': 1879
                return said
        if (ttype is _DATE or ttype is _TIME) and quoted_deictic(ctx, mentions[i].meaning, mentions[i]):
            said = _on_said_day(t, mentions[i].meaning, said_day, mentions[i].text) if said_day is not None else None
            if said is not None:
                story.restore(kept)  # 'he wrote on the 9th: "Last night we lost a sentry, and this morning ..."': the 8th, the 9th (the story stays on the day of the saying)
                return said
            return attrs.evolve(t, value=unknown_digits(t.value), earliest=None, latest=None)  # "he asked, 'What did you do today?'"
        if ttype is _DATE and writers_today(ctx, mentions[i].meaning, mentions[i]):
            now = ctx.now_span()  # "Today the ruins are a monument": the writer's present, not the story's day
            return attrs.evolve(t, value="PRESENT_REF", earliest=now[0] if now else None, latest=now[1] if now else None,
                                anchor=TimexAnchor(AnchorKind.REFERENCE_TIME), temporal_function=True)
        if ttype is _DURATION and first_day_of_event(ctx, mentions[i]):
            return _counted_day(ctx, mentions[i], story, before, t) or t  # "began on 13 August. On the first day ...": 13 August
        if ttype is _DATE and t.earliest is not None and nth_day_of_event(ctx, mentions[i], t.value):
            counted = _counted_day(ctx, mentions[i], story, before, t)
            if counted is not None:  # "The siege began on 3 May 1702. On the seventh day ...": 9 May, the story's day now
                return counted
            now = _story_time_of_day(state, before)
            if state is not None and now is not None:  # "In 1413 a rebellion broke out, and on the second day ...": 1413-XX-XX
                story.restore(state[0])  # (the story stays in 1413, not on a day told years before)
                value = now.start.strftime("%Y-%m") if now.grain is Grain.MONTH else f"{now.start.year:04d}-XX"
                return attrs.evolve(t, value=f"{value}-XX", earliest=now.start, latest=now.end, anchor=TimexAnchor(AnchorKind.TIMEX, state[2] or ""))
            month = cal.containing(t.earliest, Grain.MONTH)  # "The siege began in May 1702. On the seventh day ...": 1702-05-XX
            return attrs.evolve(t, value=f"{t.value[:7]}-XX", earliest=month.start, latest=month.end)
        return t
    except OverflowError:  # calendar arithmetic left year 1..9999 (cal.BeyondCalendar, date overflow)
        return beyond_calendar(ctx, mentions[i], f"t{i + 1}", story)


def _story_time_of_day(state: Optional[tuple[tuple[object, ...], Optional[Period], Optional[str]]],
                       before: tuple[Optional[Period], Optional[str], bool, Optional[Period]]) -> Optional[Period]:
    """Narrative: the story's month or year before a numbered day of an event was resolved (``state``: the story's saved
    state, its time and that time's id), when the story moved to it after the last day it told (``before``) or told none:
    what "the second day" lies in; else None."""
    current = state[1] if state is not None else None
    if current is None or current.grain not in (Grain.MONTH, Grain.YEAR) or not (before[2] or before[0] is None):
        return None
    return current


def _counted_day(ctx: Context, mention: Mention, story: Story, before: tuple[Optional[Period], Optional[str], bool, Optional[Period]], t: Timex) -> Optional[Timex]:
    """Narrative: ``t`` as the numbered day of an event it names (see :func:`.story.nth_day_counted`; ``before``: the
    story's day before it), the story's day from then on; None when the story told no day to count from."""
    counted = nth_day_counted(ctx, mention, story, before)
    if counted is None:
        return None
    day, first = counted
    story.update(day, t.tid)
    story.counted = (t.tid, first)
    return attrs.evolve(t, type=TimexType.DATE, value=day.value, grain=Grain.DAY, earliest=day.start, latest=day.end, min_length=None,
                        max_length=None, anchor=TimexAnchor(AnchorKind.TIMEX, before[1]), temporal_function=True)


def _offset_timex(ctx: Context, meaning: DurationSpec, offset: DurationSpec, told: Optional[tuple[object, ...]], story: Story,
                  common: dict[str, Any]) -> Timex:
    """A length, or (narrative) an offset from an event (see :func:`.story.event_offset`): counted from the story's time
    when the event was told (``told``), the story then going on from the date pointed to after it ("eight days after
    Fort Sumter"), not from one before it; hours and minutes on the story's day, else a length."""
    now = story.saved() if told is not None else None
    if told is not None:
        story.restore(told, recalled=True)
    offset = _open_hedge_closed(ctx, offset)
    t = hour_offset_timex(ctx, offset, story, common) if offset.grain in HOUR_GRAINS else None
    if t is None:
        t = duration_timex(ctx, offset if offset.grain not in HOUR_GRAINS else meaning, story, common)
    if offset is not meaning:
        t = vague_event_offset(t, offset, story)  # "months after the founder's death": XXXX-XX
    if now is not None and not (offset.span == "later" and t.type is TimexType.DATE):
        story.restore(now)
    return t


def _open_hedge_closed(ctx: Context, offset: DurationSpec) -> DurationSpec:
    """Narrative mode: "the war was declared over a week later", "more than two years later": an offset with an open hedge
    is a time the story reaches, as TIMEX2 histories date it (1881-W32), read as "just over" (lexicon [hedge_softeners]
    hedges) so that it points to its written amount's period; not a length with no end (P1W)."""
    table = ctx.lexicon.tables.get("hedge_softeners")
    if ctx.mode != "narrative" or offset.span not in ("later", "earlier") or offset.amount is None or not table or offset.hedge not in table["hedges"]:
        return offset
    closed = table["hedges"][offset.hedge]
    return attrs.evolve(offset, hedge=closed) if ctx.lexicon["hedges"].get(offset.hedge, (1.0, 1.0))[1] < 0 else offset


def _said_day(ctx: Context, mention: Mention, story: Story) -> Optional[tuple[tuple[dt.datetime, dt.datetime], TimexAnchor]]:
    """The day a limit ahead was set, when its sentence reports it on a past day told before it ("The minister said on
    Monday that the bridge would reopen within a month", "On Friday, the union told members a deal would come within
    days"): that day's span and id, else None (a limit ahead counts from now)."""
    if (ctx.mode != "news" or ctx.reference is None or story.day is None or story.day_tid is None
            or story.sentence_of.get(story.day_tid) != story.sentence or story.day.end > ctx.reference
            or story.end_of.get(story.day_tid, mention.start + 1) > mention.start):
        return None
    s, _ = ctx.doc.sentence_at(mention.start)
    reporting = tense_words(ctx.doc.language).reporting
    if not any(w.lower() in reporting for w in re.findall(r"[A-Za-z]+", ctx.text[s:mention.start])):
        return None
    return (story.day.start, story.day.end), TimexAnchor(AnchorKind.TIMEX, story.day_tid)


def _perfect_span(ctx: Context, mention: Mention, meaning: DurationSpec, t: Timex, story: Story) -> Timex:
    """ "The ship has been stuck for almost two weeks": a length after "for" in a present perfect clause (``[perfect_spans]``)
    runs up to now, from now less its longest reading, as "the past two weeks" (a past or future clause leaves it without
    a position: "was stuck for two weeks")."""
    table, now = ctx.lexicon.tables.get("perfect_spans"), ctx.now_span()
    if (not table or now is None or ctx.mode != "news" or t.type is not _DURATION or meaning.span is not None
            or t.earliest is not None or t.latest is not None or meaning.grain is None):
        return t
    s, _ = ctx.doc.sentence_at(mention.start)
    last = _last_word_before(ctx.text, s, mention.start)
    if last is not None and last not in table["before"]:
        return t  # (most lengths: the last word before it, read in a short window, is no word of the table)
    words = [w.lower() for w in _LETTERS_OR_APOSTROPHE.findall(ctx.text[s:mention.start])]
    if not words or words[-1] not in table["before"]:
        return t
    auxiliary = next((w for w in reversed(words) if w in table["perfect"] or w in table["not_perfect"]), None)
    if auxiliary not in table["perfect"]:
        return t
    return attrs.evolve(t, earliest=reach(ctx.lexicon, meaning, now[0], -1, far=True), latest=now[1], anchor=TimexAnchor(AnchorKind.REFERENCE_TIME),
                        temporal_function=True)


def _last_word_before(text: str, s: int, start: int) -> Optional[str]:
    """The last word (letters and apostrophes, lower case) of ``text[s:start]``, read in the ``_LAST_WORD_WINDOW``
    characters before ``start``; None when that window cannot say (no word in it, or one its first character may cut).
    Equal to the last of the words of the whole span where not None (tests/test_resspeed42.py)."""
    low = max(s, start - _LAST_WORD_WINDOW)
    last = None
    for last in _LETTERS_OR_APOSTROPHE.finditer(text, low, start):
        pass
    return last.group().lower() if last is not None and (last.start() > low or low == s) else None


def _past_offset_from_nothing(ctx: Context, mention: Mention, meaning: DurationSpec, t: Timex) -> Timex:
    """ "Nearly two weeks later, the bridge reopened" with no date told before it: counted from the publication day for
    lack of a story time it would lie after publication, which its past clause rules out; what it counts from is unknown,
    so it is bounded only by now (open .. the end of the reference day).  News mode; the value is kept."""
    now = ctx.now_span()
    if (ctx.mode != "news" or now is None or meaning.span != "later" or meaning.anchoring is not Anchoring.NARRATIVE
            or t.anchor.kind is not AnchorKind.REFERENCE_TIME or t.latest is None or t.latest <= now[1]):
        return t
    tense, _ = clause_tense(ctx.doc, mention.start, mention.end)
    return attrs.evolve(t, earliest=None, latest=now[1]) if tense == "past" else t


def _past_offset_by_now(ctx: Context, mention: Mention, meaning: DurationSpec, t: Timex) -> Timex:
    """ "The minister quit on Nov. 4. Days later, the cabinet collapsed." said on 10 Nov: counted from the story's day the
    offset reaches past publication (6 to 14 Nov), which its past clause rules out: it ends with the reference day (6 to
    11 Nov).  News mode; the value is kept; an offset wholly after now (a story that contradicts its date) is left alone."""
    now = ctx.now_span()
    if (ctx.mode != "news" or now is None or meaning.span != "later" or t.anchor.kind is not AnchorKind.TIMEX
            or t.latest is None or t.latest <= now[1] or (t.earliest is not None and t.earliest >= now[1])):
        return t
    tense, _ = clause_tense(ctx.doc, mention.start, mention.end)
    return attrs.evolve(t, latest=now[1]) if tense == "past" else t


def _length_in_past_clause(ctx: Context, mention: Mention, meaning: DurationSpec) -> DurationSpec:
    """ "Hale moved 400,000 pounds in five months": "in N units" (an offset from now) in a past clause is how long something
    took, a length with no place on the time axis; not a time ahead of publication, which the past rules out, nor one the
    story moves to ("In August of that year" after it stays in the story's year).  News mode."""
    if ctx.mode != "news" or meaning.span != "later" or meaning.anchoring is not Anchoring.REFERENCE:
        return meaning
    tense, _ = clause_tense(ctx.doc, mention.start, mention.end)
    return attrs.evolve(meaning, span=None) if tense == "past" else meaning


_RANGE_START_RULE = "range_start_duration"  # "[two] to [three weeks]": the first number of a range of lengths
_RANGE_GAP = re.compile(r"\s{0,3}(?:-|\u2013|to|or|and)\s{0,3}", re.IGNORECASE)


def _pivot(ctx: Context, t: Timex, out: list[Timex]) -> Optional[tuple[dt.datetime, dt.datetime]]:
    """What ``t`` was counted from: now, or an expression resolved before it; None when neither is known."""
    if t.anchor.kind is _REFERENCE_KIND:
        return ctx.now_span()
    j = int(t.anchor.timex_id[1:]) - 1 if t.anchor.kind is AnchorKind.TIMEX and t.anchor.timex_id and t.anchor.timex_id[1:].isdigit() else -1
    if 0 <= j < len(out) and out[j].earliest is not None and out[j].latest is not None:
        return out[j].earliest, out[j].latest
    return None


def _range_start(ctx: Context, mentions: list[Mention], i: int) -> Optional[DurationSpec]:
    """The shorter length of a range of lengths mention ``i`` ends ("two or three days", "24 to 48 hours"), else None."""
    if i == 0 or mentions[i - 1].rule != _RANGE_START_RULE:
        return None
    lower, upper = mentions[i - 1].meaning, mentions[i].meaning
    if (not isinstance(lower, DurationSpec) or not isinstance(upper, DurationSpec) or lower.grain is not upper.grain or lower.amount is None
            or upper.amount is None or lower.amount >= upper.amount or upper.hedge):
        return None
    return lower if _RANGE_GAP.fullmatch(ctx.text[mentions[i - 1].end:mentions[i].start]) else None


def _hedged_in(ctx: Context, mention: Mention, meaning: DurationSpec, t: Timex, lower: Optional[DurationSpec] = None) -> Timex:
    """ "The bridge will reopen in about two weeks", "in less than a month": a hedged length right after "in"
    (``[hedged_offsets]``) in a future clause points ahead from now as "in two weeks" does, to where the hedge's widths put
    it (now + 0.8 .. now + 1.2 x two weeks); after a first or a superlative in its clause ("at their highest in more than a
    decade") it is the span just gone, as "in N units" is; a past clause ("was built in about two weeks") keeps a bare length."""
    table, now = ctx.lexicon.tables.get("hedged_offsets"), ctx.now_span()
    if (not table or now is None or ctx.mode != "news" or t.type is not _DURATION or meaning.span is not None
            or not (meaning.hedge or lower) or t.earliest is not None or t.latest is not None):
        return t  # (``lower``: the shorter end of a range it closes, "in two or three days": from now + two days)
    words = ctx.text[max(0, mention.start - 30):mention.start].lower().split()
    softeners = ctx.lexicon.tables.get("hedge_softeners", {}).get("words", ())
    cut = next((n for n in (2, 1) if " ".join(words[-n:]) in softeners), 0)  # (a softener between: "in a little over a month")
    if len(words) <= cut or words[-1 - cut] not in table["before"] or not ctx.text[:mention.start].endswith((" ", "\t")):
        return t
    before_text = ctx.text[max(0, mention.start - 80):mention.start]
    words = re.findall(r"[a-z]+", re.split(r"[.;:!?,]", before_text)[-1].lower())
    vetoes = ctx.lexicon["vetoes"]
    if any(w in vetoes["look_back_before"] for w in words) and not any(w in vetoes["look_back_not_after"] for w in words):
        # "at their highest in more than a decade": the span just gone, as "the first strike in 20 years"
        return attrs.evolve(t, earliest=reach(ctx.lexicon, meaning, now[0], -1, far=True), latest=now[1],
                            anchor=TimexAnchor(AnchorKind.REFERENCE_TIME), temporal_function=True)
    tense, _ = clause_tense(ctx.doc, mention.start, mention.end)
    if tense != "future":
        return t
    return attrs.evolve(t, earliest=reach(ctx.lexicon, lower or meaning, now[0], 1, far=False), latest=reach(ctx.lexicon, meaning, now[1], 1, far=True),
                        anchor=TimexAnchor(AnchorKind.REFERENCE_TIME), temporal_function=True)


def _within_limit(ctx: Context, mention: Mention, meaning: DurationSpec, t: Timex, story: Story) -> Timex:
    """ "A deal could come within days", "The city fell within two weeks": a length after "within" is a time limit, so it
    lies between its anchor and the anchor plus its longest reading: now, or in a past clause the story's time (no bounds
    without one, nor without a tense: a past limit counted from nothing told)."""
    if t.type is not _DURATION or meaning.span is not None or t.earliest is not None or t.max_length is None:
        return t
    if not time_limit(ctx.doc, mention.start, mention.end):
        return t
    tense, _ = clause_tense(ctx.doc, mention.start, mention.end)
    if tense is None:
        return t  # no tense told: not known to look ahead ("He died within weeks": "died" is no cue the tense reader knows)
    said = _said_day(ctx, mention, story) if tense != "past" else None
    if said is not None:  # "said on Tuesday that the army would withdraw within two weeks": from that Tuesday
        window, anchor = said
    else:
        window, anchor = ctx.anchor_window(Anchoring.NARRATIVE if tense == "past" else Anchoring.REFERENCE, meaning.grain, story)
    if window is None or (tense == "past" and anchor.kind is not AnchorKind.TIMEX):
        return t
    if tense == "past" and ctx.mode == "news" and ctx.reference is not None and window[0] >= ctx.now_span()[1]:
        return t  # "Tickets go on sale on Friday, and last year's event sold out within 40 hours": a past limit counts from no day ahead
    return attrs.evolve(t, earliest=window[0], latest=reach(ctx.lexicon, meaning, window[1], 1, far=True), anchor=anchor, temporal_function=True)


_RECURRING_UNITS = {Grain.DAY: "XXXX-XX-XX", Grain.WEEK: "XXXX-WXX", Grain.MONTH: "XXXX-XX", Grain.YEAR: "XXXX"}  # narrative "every day" ...


def _perfect_part_before(ctx: Context, mention: Mention, period: Period, story: Story) -> bool:
    """News: whether a part of day in a past perfect clause ran into the story's day (or part of day) from before it ("a
    pipe had cracked overnight" after "on Tuesday morning"): what had happened by then, not where the story goes on (a part
    of an earlier day, "had entered the caves on Saturday morning" after Monday's rescue, opens a flashback instead)."""
    return (ctx.mode == "news" and period.grain is _PART_OF_DAY and story.day is not None
            and period.start < story.day.start < period.end and in_past_perfect(ctx.doc, mention.start, mention.end))


def _in_set_off_relative(ctx: Context, mention: Mention, period: Period) -> bool:
    """News: whether a day (or a time of day) lies inside a relative clause set off by commas in the middle of its sentence
    ("The shares, which fell on Tuesday ahead of the results, rose by midday"): a comma and a relative word before it with no
    other comma between, and a comma closing the clause after it, before the sentence ends."""
    if ctx.mode != "news" or period.grain not in DAY_GRAINS:
        return False
    s, e = ctx.doc.sentence_at(mention.start)
    comma = ctx.text.rfind(",", s, mention.start)
    if comma < 0:
        return False
    opener = _OPENING_WORD.match(ctx.text[comma + 1 : mention.start])
    if opener is None or opener.group(1).lower() not in tense_words(ctx.doc.language).relatives:
        return False
    close = ctx.text.find(",", mention.end, e)
    return close >= 0 and ctx.text[close + 1 : e].strip(" .\"'") != ""


_LAST_TOLD = re.compile(r"([A-Za-z]+)\s+([A-Za-z]+)\s+(?:(?:on|in|at)\s+)?$")


def _last_occurrence(ctx: Context, mention: Mention, period: Period) -> bool:
    """News: whether a day is told as the last time something happened (``[last_occurrence]``: "Its lifts last ran on April
    20", "was last seen on Tuesday"): a word of the table right before a past verb right before the day (maybe after a
    preposition); the story's day stays the one told before it."""
    if ctx.mode != "news" or period.grain not in DAY_GRAINS:
        return False
    table = ctx.lexicon.tables.get("last_occurrence") or {}
    words = table.get("words", ())
    if not _may_hold(ctx.text, max(0, mention.start - 40), mention.start, words):
        return False  # (most days: none of the words before them; the one the pattern's first group must be lies in its window)
    m = _LAST_TOLD.search(ctx.text, max(0, mention.start - 40), mention.start)
    return m is not None and m.group(1).lower() in table.get("words", ()) and past_form(m.group(2), tense_words(ctx.doc.language))


def _flashback_reads_perfect(story: Story, period: Period, outright: bool) -> bool:
    """Whether :meth:`.Story.leave_for_flashback` reads whether a day's clause is in the past perfect (a day ending by the
    story's day with no flashback open, or a day told outright while one is open): where it does not, the clause is not
    read (its first tests, asked before :func:`.tense.in_past_perfect`; tests/test_resspeed41.py checks both ways give the
    same story)."""
    if story.main_day is None:
        return story.day is not None and period.end <= story.day.start
    return outright


def _midnight_day(period: Period) -> Period:
    """The story's day after a time just past a midnight ("shortly after midnight", value ``DT24:00``): the part of the
    day the midnight begins (D+1 from 00:00), so that "later that day", "the next day" count from D+1, not from D."""
    start = dt.datetime.combine(dt.date.fromisoformat(period.value[:10]) + dt.timedelta(days=1), dt.time())
    return Period(start, max(period.end, start), period.grain, period.value)


def _hedged_clock(period: Period, earliest: Optional[dt.datetime], latest: Optional[dt.datetime]) -> Optional[tuple[dt.datetime, dt.datetime]]:
    """The window a clock time bounded wider than its minute may be in ("about 10 p.m.": 21:30 to 22:31, "shortly before 10
    p.m." 21:30 to 22:00), which an offset from it ("two hours later") counts from; None for a plain minute or another grain."""
    if period.grain is not _MINUTE or earliest is None or latest is None or (earliest, latest) == (period.start, period.end):
        return None
    return earliest, latest


def _late_part(ctx: Context, period: Period, earliest: Optional[dt.datetime], latest: Optional[dt.datetime]) -> Optional[dt.datetime]:
    """News: where a day bounded by its late part only begins ("late on Boxing Day", the words outside it: 16:00), so that
    a morning told after it is the next one; None for a day bounded whole or by an early part."""
    if (ctx.mode != "news" or period.grain is not _DAY or earliest is None or latest != period.end
            or not period.start + (period.end - period.start) / 2 <= earliest < period.end):
        return None
    return earliest


_SAME_TIME_FORMS = {Grain.DAY: "{0.year:04d}-{0.month:02d}-{0.day:02d}", Grain.MONTH: "{0.year:04d}-{0.month:02d}", Grain.YEAR: "{0.year:04d}"}  # the value of a period without one, by grain


def _resolve_mention(ctx: Context, mentions: list[Mention], i: int, story: Story, cache: dict[int, Timex]) -> Timex:
    mention = mentions[i]
    meaning = mention.meaning
    tid = f"t{i + 1}"
    common: dict[str, Any] = {"tid": tid, "text": mention.text, "start": mention.start, "end": mention.end, "rule": mention.rule, "furniture": mention.latent}
    if isinstance(meaning, SetSpec):
        # a history (TIMEX2) writes "daily", "weekly" as the calendar unit that recurs (XXXX-XX-XX), news (TIMEX3) as a length
        calendar = ctx.lexicon["sets"].get(mention.text.lower(), {}).get("calendar") if ctx.mode == "narrative" else None
        if ctx.mode == "narrative" and calendar is None and mention.rule == "set_every" and meaning.amount == 1.0 and meaning.grain in _RECURRING_UNITS:
            calendar = _RECURRING_UNITS[meaning.grain]  # "battered every day": XXXX-XX-XX, as "daily" (a rate, "30 a day", stays P1D)
        return Timex(type=TimexType.SET, value=calendar or set_value(meaning), quant=meaning.quant, freq=meaning.freq, grain=Grain.UNKNOWN, **common)
    if mention.rule == NIGHT_RULE:  # narrative "travelled at night", "night attacks": a night of no day said, BC in a story BC
        return night_timex(ctx, mention, story, common)
    if mention.rule == MILLENNIUM_RULE:  # narrative "the end of the 4th millennium BC": BC3, END
        return millennium_timex(ctx, mention, common)
    if isinstance(meaning, VagueSpec):
        return vague_timex(ctx, meaning, common, story)
    if mention.rule == SAME_TIME_RULE:  # narrative "At the same time, ...": the story's time, which it leaves where it is
        now = story.current
        if (now is None or story.current_tid is None) and story.bc is not None and story.bc_tid is not None:
            year, month = story.bc  # a story told in years BC: its year (and month)
            return Timex(type=TimexType.DATE, value=f"BC{year:04d}" + (f"-{month:02d}" if month is not None else ""),
                         grain=Grain.MONTH if month is not None else Grain.YEAR, anchor=TimexAnchor(AnchorKind.TIMEX, story.bc_tid),
                         temporal_function=True, **common)
        if now is None or story.current_tid is None:
            return Timex(type=TimexType.DATE, value="XXXX-XX-XX", grain=Grain.DAY, anchor=NO_ANCHOR, temporal_function=True, **common)
        value = now.value or _SAME_TIME_FORMS.get(now.grain, "")  # (a day an offset reached: "nine days later")
        value = value.format(now.start) if "{" in value else value
        return Timex(type=TimexType.DATE if now.grain >= Grain.DAY else TimexType.TIME, value=value, grain=now.grain, earliest=now.start,
                     latest=now.end, anchor=TimexAnchor(AnchorKind.TIMEX, story.current_tid), temporal_function=True, **common)

    def resolved(j: int) -> Timex:
        """Mention ``j`` resolved once: a neighbour's time, kept for when the loop reaches it."""
        t = cache.get(j) or _resolve_one(ctx, mentions, j, story, cache)
        cache[j] = t
        return t

    if mention.rule == ANNIVERSARY_AHEAD_RULE and i + 1 < len(mentions):  # narrative: the day told after it, in its sentence
        day = resolved(i + 1)
        if day.type is TimexType.DATE and day.grain is Grain.DAY:
            return Timex(type=TimexType.DATE, value=day.value, grain=Grain.DAY, earliest=day.earliest, latest=day.latest,
                         anchor=TimexAnchor(AnchorKind.TIMEX, f"t{i + 2}"), temporal_function=True, **common)

    if mention.rule == EVE_RULE and (eve := eve_ahead(ctx, mentions, i, story, lambda j: _resolve_one(ctx, mentions, j, story, {}), common)):
        return eve  # narrative "On the eve of the crossing ... The crossing began on 12 March 1799": 11 March
    if mention.rule == ANNIVERSARY_YEAR_RULE and i:  # narrative: "in 1913, on the fiftieth anniversary of his landing"
        year = resolved(i - 1)
        if year.type is TimexType.DATE and year.grain is Grain.YEAR and year.value.isdigit():
            return anniversary_in_year(ctx, mention, year, f"t{i}", story, common)

    if isinstance(meaning, DurationSpec):
        if meaning.hedge:  # "a little over a week": just over (the softener stands outside the expression)
            meaning = attrs.evolve(meaning, hedge=softened(ctx.lexicon, ctx.text[max(0, mention.start - 20):mention.start], meaning.hedge))
        meaning = _length_in_past_clause(ctx, mention, meaning)  # "moved 400,000 pounds in five months"
        offset, told = event_offset(ctx, meaning, mention, mentions[i - 1] if i else None, story)
        # (a date in the offset's own clause wins over an event told earlier: "On the morning of 8 April they surrendered,
        # twenty-three days after the offensive began" is the 8th, whatever "began" last named)
        restated = restated_date(ctx, meaning, mention, mentions[i - 1] if i else None, f"t{i}", story)
        if restated is not None:  # "signed on 30 May 1942, almost three years after the first shots": 1942
            value, period, of = restated
            return Timex(type=TimexType.DATE, value=value, grain=meaning.grain, earliest=period.start if period else None,
                         latest=period.end if period else None, anchor=TimexAnchor(AnchorKind.TIMEX, of), temporal_function=True, **common)
        lower = _range_start(ctx, mentions, i)  # "within two or three days": the words before the range count for it
        at = attrs.evolve(mention, start=mentions[i - 1].start) if lower is not None else mention
        t = _within_limit(ctx, at, meaning, _offset_timex(ctx, meaning, offset, told, story, common), story)
        t = _perfect_span(ctx, at, meaning, t, story)  # "has been stuck for almost two weeks"
        t = _hedged_in(ctx, at, meaning, t, lower)  # "will reopen in about two weeks", "in two or three days"
        t = _past_offset_from_nothing(ctx, mention, meaning, t)  # "Two days later, the bridge reopened." first
        if meaning.span == "past" and meaning.grain < Grain.DAY and t.earliest is not None and named_day_after(ctx, mentions, i):
            t = attrs.evolve(t, earliest=None, latest=None, anchor=NO_ANCHOR, temporal_function=False)  # "in the last ten minutes on Wednesday night"
        t = _past_offset_by_now(ctx, mention, meaning, t)  # "Nov. 4 ... Days later, the cabinet collapsed." said on 10 Nov
        reported = reported_length(ctx, mentions, i, resolved)
        if reported is not None:  # "Profit for the six months to June 30 rose": the first half is what the report is about
            story.update(reported[0], reported[1], ended=ctx.reference is not None and reported[0].end <= ctx.reference, settles=True)
        if t.type is _DATE and i + 1 < len(mentions) and apposed_date(ctx, meaning, mention, mentions[i + 1]):
            t = restated_offset(t, meaning.grain, resolved(i + 1), f"t{i + 2}")  # narrative "Ten months later, on 26 February 1815"
        written = timex2_length(meaning, mention.text) if ctx.mode == "narrative" and offset is meaning else None
        if written is not None and t.type is TimexType.DURATION and t.value == duration_value(meaning.grain, meaning.amount):
            t = attrs.evolve(t, value=written)  # "almost two decades": P2DE in a history
        t = length_ending(ctx, mentions, i, t, resolved)  # "the six months to June"
        t = length_starting(ctx, mentions, i, t, resolved, cache)  # "for ten days from Saturday", "from Monday for two weeks"
        return period_part(ctx, mentions, i, t, resolved)  # "the first two weeks of October"

    spec = meaning
    if meaning.year is None and i + 1 < len(mentions):  # (each of the four reads the year the expression lacks from the one after it)
        spec = with_joined_relative_year(ctx, mentions, i, with_relative_year(ctx, mentions, i, with_coordinated_year(ctx.lexicon, ctx.text, mentions, i, with_coordinated_month(ctx.lexicon, ctx.text, mentions, i, meaning))))
    # (below, a step whose first test is the mode, or a field of the expression, is called only where that test passes)
    if ctx.mode == "narrative" and isinstance(spec, CalendarSpec) and story_year_after(ctx, mentions, i, spec):
        told_year = resolved(i + 1)  # narrative "In March the following year": the year first, counted from the story's time
        if told_year.value.isdigit():
            spec = attrs.evolve(spec, year=int(told_year.value))
    if isinstance(spec, CalendarSpec) and spec.day is not None:
        spec = with_apposed_weekday(ctx, mentions, i, spec)  # "late on Monday, Nov. 9": the year in which Nov. 9 is a Monday
    dated = season_dated_after(ctx, spec, mention, mentions[i + 1] if i + 1 < len(mentions) else None) if ctx.mode == "narrative" and spec.season is not None else None
    if dated is not None:  # "their main summer offensive against southern Russia in June 1942": 1942-SU
        spec = attrs.evolve(spec, year=dated)
    ended_in = quarter_end_year(ctx, mentions, i, resolved) if isinstance(meaning, CalendarSpec) and meaning.quarter is not None else None
    if ended_in is not None:  # "the fiscal fourth quarter, which ended June 30": of that day's year
        spec = attrs.evolve(spec, year=ended_in)
    if spec.bc or ((story.bc is not None or (story.span is not None and story.span[2])) and ctx.mode == "narrative"):
        # "since 513 BC" looks back; "who had been born around 525 BC" is an aside
        part = ctx.lexicon["parts_of_day"].get(spec.part_of_day, {}) if spec.part_of_day else {}
        bc = resolve_bc(spec, story, tid, moves=not after_past_signal(ctx.text, mention.start) and not bc_aside(ctx, spec, mention, story),
                        part_code=None if "clock" in part else part.get("code"))
        if bc is not None:
            value, anchor_bc = bc
            ttype = TimexType.TIME if spec.grain < Grain.DAY else TimexType.DATE
            return Timex(type=ttype, value=value, mod=spec.mod, grain=spec.grain, anchor=anchor_bc, temporal_function=anchor_bc.kind is not AnchorKind.NONE, **common)
    # (a clock time that names its own day, "10 p.m. Tuesday", needs no hint: nor may it resolve the expressions after it
    # before it is itself resolved, "until 6 a.m. the following morning" counts from it)
    own_day = spec.weekday is not None or spec.month is not None or (spec.shift is not None and spec.shift.anchoring is _REFERENCE)
    hint = day_hint(ctx, mentions, i, resolved, cache) if (spec.hour is not None or _bare_part(spec)) and spec.year is None and not own_day else None
    open_half = spec.hour is not None and _open_half_day(ctx, spec, mention, hint, resolved)
    if open_half:
        hour, said = _open_hour(spec.hour, story)
        open_half = not said  # (bounded over both halves below when the text does not say which)
        if hour != spec.hour:
            spec = attrs.evolve(spec, hour=hour, half_day_open=False)  # "The meeting is at 2:30": the afternoon's
    if hint is not None and spec.hour is not None:
        spec, hint = _half_day_from_part(spec, mention, hint, resolved)  # "at 7 o'clock on Saturday evening": 19:00
    ending = period_ending(ctx, mentions, i, resolved) if spec.same_grain_anchor and spec.year is None else None
    same_day = _bare_day(ctx, spec)
    undated = None
    name = month_name(ctx, spec, mention) if ctx.mode == "narrative" else None
    told_name = story.month_names.get(name[:2]) if name is not None else None
    if told_name is not None:  # narrative: "the October days" told again in 1857 is the October of their first telling
        period, anchor = told_name[0], TimexAnchor(AnchorKind.TIMEX, told_name[1])
        story.set_aside()
    elif ending is None and same_day is not None and same_day in story.days:
        # news: "the Jan. 14 deadline" after "go home by Jan. 14" is that same date
        named, named_tid = story.days[same_day]
        period, anchor = named, TimexAnchor(AnchorKind.TIMEX, named_tid)
    else:
        in_week = ((week_named_after(ctx, mentions, i, resolved) or week_possessed_before(ctx, mentions, i, resolved)
                    or day_named_before(ctx, mentions, i, story.last)
                   or weekday_beside_day(ctx, mentions, i, resolved) or day_apposed_after(ctx, mentions, i, resolved)
                   or holiday_in_sentence(ctx, mentions, i, resolved) or story_weekday(ctx, mentions, i, story.last, resolved))
                   if ending is None and spec.weekday is not None else None)
        if in_week is not None:  # "on Tuesday next week"
            period, anchor = with_part(ctx, cal.day(in_week[0]), spec), TimexAnchor(AnchorKind.TIMEX, in_week[1])
        elif ending is None and hint is None and spec.hour is not None and not own_day and spec.day is None and recurring_clock(ctx, mentions, i):
            period, anchor = None, NO_ANCHOR  # "open on Sundays between 10 a.m. and 4 p.m.": the hours of every Sunday
        else:
            period, anchor = ending if ending is not None else calendar_period(ctx, spec, mention, story, hint)
        undated = part_without_day(ctx, spec, period, anchor, story) if period is not None and ctx.mode == "narrative" else None
        if undated is None and period is not None and period.grain is _PART_OF_DAY:
            undated = part_in_period_after(ctx, mentions, i, spec, resolved)  # "in a single afternoon in 1966"
        if undated is not None:  # narrative "In 1920 ... at nightfall": some day's evening of 1920, not the publication day's
            period, anchor = undated
        if same_day is not None and period is not None and period.grain is _DAY:
            story.days.setdefault(same_day, (period, tid))
        if name is not None and name[2] and period is not None:
            story.month_names[name[:2]] = (period, tid)
    if period is None:
        ttype = TimexType.TIME if spec.grain < Grain.DAY else TimexType.DATE
        return Timex(type=ttype, value=unanchored_value(spec), mod=spec.mod, grain=spec.grain, anchor=anchor, temporal_function=True, **common)
    mod = spec.mod
    clocked = period.grain is _MINUTE or (spec.part_of_day is not None and "clock" in ctx.lexicon["parts_of_day"].get(spec.part_of_day, {}))
    clock_hedge = ctx.lexicon["clock_hedges"].get(spec.hedge) if spec.hedge and clocked else None
    if clock_hedge is None and clocked and not spec.hedge and mod is None:
        clock_hedge = _clock_signal(ctx, mention)  # "moments before 8 p.m.", "soon after 6 p.m.": the words outside it
    if clock_hedge is not None and "before" in clock_hedge:  # "shortly before 11 p.m.": 22:30 .. 23:00, not the minute 23:00
        point = period.start if period.grain is Grain.MINUTE else _part_clock(ctx, spec.part_of_day, period)  # midnight: 00:00
        earliest = point - dt.timedelta(minutes=clock_hedge["before"])
        latest = point + dt.timedelta(minutes=clock_hedge["after"]) if clock_hedge["after"] else point
    elif spec.part_of_day and not clocked and period.grain is Grain.PART_OF_DAY and _part_hedge(ctx, mention.text) is not None:
        # "shortly before dawn", "just after dusk": the hedge's minutes before (after) the part's window, which is when dawn
        # may be (the mod stays APPROX, as the rule writes it: dawn is no minute); not an hour either side as "around dawn"
        hedge = _part_hedge(ctx, mention.text)
        earliest, latest = period.start - dt.timedelta(minutes=hedge["before"]), period.end + dt.timedelta(minutes=hedge["after"])
    elif period.value.endswith("-XX") or (spec.part_of_day is not None and _narrowed_part(ctx, spec.part_of_day)):
        # "later that day" on some day of a month: any of it; "the middle of the night": its hours already are the middle
        earliest, latest = period.start, period.end
    else:
        earliest, latest = (_part_with_mod(ctx, spec.part_of_day, mod, period) if mod is not None and spec.part_of_day is not None else None) or bounds_for_mod(period, mod)
        told = story.current if (anchor.kind is _TIMEX and story.current_tid is not None and anchor.timex_id == story.current_tid
                                 and story.current is not None and story.current.grain >= _DAY) else None  # (a day or longer: "later that
        # morning" after "shortly before dawn" keeps the morning's last part)
        earliest, latest = _before_or_after_now(ctx, mention, period, earliest, latest, told, spec)
        if spec.mod is not None and spec.shift is not None:
            earliest, latest = hedged_shift(ctx, spec, mention.text, story, ctx.text[max(0, mention.start - 20):mention.start]) or (earliest, latest)  # "nearly a decade ago"
        # (each step below only for the periods it can change: its own first test, asked here before the call)
        grain = period.grain
        if grain is _WEEK:
            earliest, latest = _week_of_month(ctx, mention, spec, period) or (earliest, latest)  # "the first week of April"
        if spec.shift is not None:
            earliest, latest = _trailing_unit(ctx, mention, spec, anchor) or (earliest, latest)  # "over the past year"
        now = ctx.now_span()
        if now is not None and period.start <= now[0] < period.end:
            earliest, latest = _up_to_now(ctx, mention, period) or (earliest, latest)  # "so far this year"
        earliest, latest = _open_signal(ctx, mention, earliest, latest)  # "until at least 2030"
        if grain is _DAY and mod is None:
            earliest, latest = _approx_signal(ctx, mention, period, mod, earliest, latest)  # "around March 3"
            earliest, latest = _day_signal(ctx, mention, period, mod, earliest, latest)  # "shortly after Easter"
            earliest, latest = _day_part_signal(ctx, mention, period, mod, earliest, latest)  # "late on Boxing Day"
        elif grain is _DAY and mod in (_START, _END):
            earliest, latest = _unusual_hour(ctx, mention, period, mod) or (earliest, latest)  # "Clinics will close early on Friday"
        which = _half_named(ctx, mention, period)
        if which is not None:  # "the first half of October": the 1st to the 15th, not the first third
            earliest, latest = half_bounds(period, which)
        if grain in _FISCAL_GRAINS:
            earliest, latest = _fiscal_period(ctx, mention, period, which) or (earliest, latest)  # "the first quarter of fiscal 2027"
        if spec.holiday is not None:
            earliest, latest = _turn_of(ctx, spec, period) or (earliest, latest)  # "at the turn of the year"
            earliest, latest = beside_bounds(ctx, spec, period) or (earliest, latest)  # "the week after Easter"
        if open_half and period.grain is Grain.MINUTE and earliest is not None and latest is not None:
            # "at 2:30": from the morning's reading to the afternoon's, whichever the value took
            earliest, latest = (earliest - _HALF_DAY, latest) if spec.hour >= 12 else (earliest, latest + _HALF_DAY)
    ttype = _TIME if period.grain < _DAY else _DATE  # TimeML: a part of day is a TIME
    if is_duration_value(period.value):  # a fiscal period named by its last day: a length with known bounds
        if anchor.kind is AnchorKind.TIMEX and anchor.timex_id is not None and period.grain is Grain.YEAR:
            story.fiscal_ends[anchor.timex_id] = period  # "a year earlier" counts from it (shifts.shifted_period)
        return Timex(type=TimexType.DURATION, value=period.value, earliest=period.start, latest=period.end, grain=period.grain, anchor=anchor,
                     temporal_function=True, min_length=period.end - period.start, max_length=period.end - period.start, **common)
    timex = Timex(
        type=ttype, value=period.value, mod=mod, earliest=earliest, latest=latest, grain=period.grain, anchor=anchor,
        temporal_function=anchor.kind is not _NO_ANCHOR_KIND, **common,
    )
    # "the quarter ended Sept. 30" says which quarter the story is about, whatever was named before
    if undated is not None:
        return timex  # some day's part: the story stays where it was, on its month or year
    moves = ending is not None or (moves_story(ctx, spec, period, mention, story, mentions) and not (spec.year is not None and is_aside(ctx, mentions, i, period, story))
                                   and told_name is None)
    if ctx.mode == "narrative" and story.bc is not None and anchor.kind is AnchorKind.REFERENCE_TIME:
        moves = False  # "at midnight" in a story told in years BC: read from the publication date, no time the story goes to
    ended = ctx.reference is not None and period.end <= ctx.reference
    # "ended Sept. 30" after "the fourth quarter" names that quarter's end: the story stays on the quarter
    names_end = ends_period(ctx, mentions, i)
    if names_end and ctx.mode == "narrative" and names_event(ctx, mentions[i - 1]):
        names_end = False  # "The war of 1812 ended in 1815": no last day of the year before it, when the story's war ended
    if (ctx.mode == "news" and story.day is not None and period.grain in DAY_GRAINS and said_on(ctx.doc, mention.start)
            and not report_told(ctx.doc, mention.end) and not (spec.hour is not None and passive_report(ctx.doc, mention.start))):
        return timex  # "attacked on March 2, officials said Tuesday": the day of the report leaves the story on its day
        # (not "a laboratory confirmed on Monday that ...": the report is an act of the story, "the next day" counts from it)
    since = after_past_signal(ctx.text, mention.start)  # "free since 1650": a look-back, not what the story is about
    # "ran from Monday to Friday": a range's start, not a point of comparison ("rose from $3 in March"); the weekday
    # ending it counts from it (a weekday after a far date, "bought from Sept. 14 to Thursday", counts from today)
    comparison = after_comparison(ctx.text, mention.start, ctx.doc.language) and not (
        spec.weekday is not None and opens_range(ctx, mentions, i) and isinstance(mentions[i + 1].meaning, CalendarSpec)
        and mentions[i + 1].meaning.weekday is not None)
    # news: "exports fell in November from October": a point of comparison of the grain of the period its sentence is about
    # is no time the story moves to ("the previous month" after it is still November's); so is one before that period in a
    # later sentence ("Orders rose in January. They were 2 percent higher than ... up 2 percent from December.")
    same_grain = story.by_grain.get(period.grain)
    compared = comparison and ctx.mode == "news" and (
        (story.last is not None and story.last[0] == story.sentence and story.last[1].grain is period.grain and story.last[2] == story.focus_tid)
        or (same_grain is not None and period.end <= same_grain[0].start))
    rest = rest_of_period(ctx, spec, mention, period, story) if ctx.mode == "narrative" else None  # "Later that year": the story goes on in the rest of it
    # "Earlier that year": a look-back to the year's part before the story's time, which stays put
    earlier = earlier_part(ctx, spec, mention, period, story) if ctx.mode == "narrative" else False
    # news: "The shares, which fell on Tuesday ahead of the results, rose 6 percent by midday": a day told inside a relative
    # clause set off by commas describes what it is said of; the story's day stays the one told before it
    # (nor does a part of day in the past perfect that began before the story's day or part: "closed the road on Tuesday
    # morning. Engineers found that a pipe had cracked overnight. The road reopened at 4 p.m.": Tuesday's 4 p.m.)
    kept_day = ((story.day, story.day_tid, story.day_from, story.day_window)
                if ctx.mode == "news" and period.grain in DAY_GRAINS and (_in_set_off_relative(ctx, mention, period) or _perfect_part_before(ctx, mention, period, story)
                or _last_occurrence(ctx, mention, period)) else None)
    if ctx.mode == "news" and (period.grain in DAY_GRAINS or period.grain in FLASHBACK_OPENERS):
        outright = anchor.kind is _REFERENCE_KIND
        story.leave_for_flashback(period, mention.end, _flashback_reads_perfect(story, period, outright) and in_past_perfect(ctx.doc, mention.start, mention.end),
                                  outright)
    # narrative: a winter, told without its year, that the story turned to from a time in the year of its December ("left on 19
    # October 1812. The winter came early that year"): "that year", "the following year" count from that year (1812), not from
    # its January's (1813)
    # (or from the time it was counted from, a flashback's: "In 1852 she had taught there, but the following winter the school
    # had closed, and the next year she had gone to Leeds": 1853)
    counted_from = story.bounds_of.get(anchor.timex_id) if anchor.timex_id is not None else None
    winter_from = (ctx.mode == "narrative" and period.grain is Grain.SEASON and period.value.endswith("-WI") and spec.year is None
                   and ((story.current is not None and story.current.start.year == period.start.year)
                        or (counted_from is not None and counted_from[0].year == period.start.year and counted_from[1] - counted_from[0] <= dt.timedelta(days=366))))
    story.update(period, tid, moves=(moves or rest is not None) and not names_end and not compared and not earlier, looks_back=looks_back(spec) or names_end or since or compared or earlier or (ctx.mode == "narrative" and looks_back_day(spec) and not moves),
                 ended=ended, settles=ending is not None, comparison=comparison, late_from=rest or (earliest if mod is _END else None)
                 or _late_part(ctx, period, earliest, latest), period_end=names_end)
    if winter_from:
        story.winter_from = tid
    if story.day_tid == tid:  # "about 10 p.m. ... two hours later": an offset counts from any minute the clock time may be
        story.day_window = _hedged_clock(period, earliest, latest)
    if story.day_tid == tid and period.grain is _PART_OF_DAY and after_midnight(ctx, spec):
        story.day = _midnight_day(period)  # "shortly after midnight on August 14 ... later that day": the 14th, not the 13th
    if kept_day is not None:
        story.day, story.day_tid, story.day_from, story.day_window = kept_day
        if story.told_days and story.told_days[-1][1] == tid:
            untold = story.told_days.pop()[0].start.date()  # nor is it a day the story told, for a past clause to go back to
            story.told_on[untold].pop()
            if not story.told_on[untold]:
                del story.told_on[untold]
    story.end_of[tid] = mention.end
    story.start_of[tid] = mention.start
    if earliest is not None and latest is not None:
        story.bounds_of[tid] = (earliest, latest)
    return timex
