"""Parts of a day and clock times the resolver narrows: half days, open hours, the clock a signal word gives, hedged
parts."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Optional

import attrs

from ..model import Grain, Mod
from ..recognize.meaning import CalendarSpec, Mention
from .anchors import Context
from .calendar import Period
from .story import Story


_MOD_WORD = {Mod.START: "early", Mod.END: "late"}
_AFTERNOON_OPEN_UNTIL = 6  # an hour up to this written with no a.m./p.m. or part of day is the afternoon's ("at 2:30", "3 o'clock")
_HALF_DAY = dt.timedelta(hours=12)
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
