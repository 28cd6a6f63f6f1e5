"""The period a finished TIMEX3 value denotes: for time expressions that arrive already resolved.

Gold TimeML, another tagger's output or a caller's own times carry a value ("2026-01-31",
"1998-W03", "2025-Q3", "2026-02-01T03:40", "PRESENT_REF") but no bounds; this turns the value
into the half-open period ``[start, end)`` the timeline engine needs.  Parts of day take the
widest hours the lexicon gives their code; a given ``mod`` narrows or opens it as the tagger's own bounds are.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Optional

from ..lexicon import load_lexicon
from ..model import Grain, to_mod
from . import calendar as cal

if TYPE_CHECKING:
    from ..model import Timex

__all__ = ["period_of_value", "given_timexes", "TIMEX_KEYS"]

_VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2})(?:T(?:(?P<hh>\d{2})(?::(?P<mi>\d{2})(?::(?P<ss>\d{2}))?)?|(?P<pod>[A-Z]{2})))?)?"
    r"|W(?P<w>\d{2})(?P<we>-WE)?|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<season>SP|SU|FA|WI)))?$"
)
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")


@functools.lru_cache(maxsize=None)
def _part_hours(language: str) -> dict[str, tuple[float, float]]:
    """TIMEX3 part-of-day code -> the widest [start, end) hours the lexicon gives it."""
    out: dict[str, tuple[float, float]] = {}
    for entry in load_lexicon(language)["parts_of_day"].values():
        lo, hi = out.get(entry["code"], (entry["start"], entry["end"]))
        out[entry["code"]] = (min(lo, entry["start"]), max(hi, entry["end"]))
    return out


def period_of_value(value: str, reference: Optional[dt.datetime] = None, language: str = "en") -> Optional[tuple[Optional[dt.datetime], Optional[dt.datetime], Grain]]:
    """``(earliest, latest, grain)`` of a TIMEX3 DATE/TIME value, or None when it names no period
    (durations, sets, unknown forms).  ``PRESENT_REF`` is ``reference``; ``PAST_REF`` and
    ``FUTURE_REF`` are open on their far side.  Values the calendar cannot hold give None."""
    try:
        return _period(value.strip(), reference, language)
    except (ValueError, OverflowError):
        return None


def _period(value: str, reference: Optional[dt.datetime], language: str) -> Optional[tuple[Optional[dt.datetime], Optional[dt.datetime], Grain]]:
    if value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
        if reference is None:
            return None
        return {
            "PRESENT_REF": (reference, reference, Grain.UNKNOWN),
            "PAST_REF": (None, reference, Grain.UNKNOWN),
            "FUTURE_REF": (reference, None, Grain.UNKNOWN),
        }[value]
    m = _VALUE.match(value)
    if m is None:
        dm = _DECADE.match(value)
        if dm:
            p = cal.decade(int(dm.group(1)))
            return p.start, p.end, p.grain
        cm = _CENTURY.match(value)
        if cm:
            p = cal.century(int(cm.group(1)))
            return p.start, p.end, p.grain
        return None
    y = int(m["y"])
    if m["w"]:
        p = cal.weekend(y, int(m["w"])) if m["we"] else cal.week(y, int(m["w"]))
    elif m["q"]:
        p = cal.quarter(y, int(m["q"]))
    elif m["h"]:
        p = cal.half(y, int(m["h"]))
    elif m["season"]:
        p = cal.season(y, m["season"])
    elif m["m"] is None:
        p = cal.year(y)
    elif m["d"] is None:
        p = cal.month(y, int(m["m"]))
    else:
        day = dt.date(y, int(m["m"]), int(m["d"]))
        if m["pod"]:
            hours = _part_hours(language).get(m["pod"])
            if hours is None:
                p = cal.day(day)
            else:
                p = cal.part_of_day(day, m["pod"], *hours)
        elif m["hh"] is None:
            p = cal.day(day)
        elif m["mi"] is None:
            p = cal.hour(dt.datetime(y, day.month, day.day, int(m["hh"]) % 24))
        else:
            t = dt.datetime(y, day.month, day.day, int(m["hh"]) % 24, int(m["mi"]), int(m["ss"] or 0))
            return t, t + dt.timedelta(minutes=1) if m["ss"] is None else t, Grain.MINUTE if m["ss"] is None else Grain.SECOND
    return p.start, p.end, p.grain


TIMEX_KEYS = frozenset({"id", "start", "end", "type", "value", "mod"})


def given_timexes(text: str, items: object, reference: Optional[dt.datetime], language: str = "en") -> tuple["Timex", ...]:
    """A caller's time expressions (``Timex`` objects, or mappings ``{"id", "start", "end", "type",
    "value"}`` with an optional ``mod``) with bounds worked out from their values.

    Raises :class:`InputError` naming the first bad item."""
    from ..errors import InputError
    from ..model import Timex, TimexType
    from .dates import bounds_for_mod

    if isinstance(items, (str, bytes)) or not isinstance(items, (list, tuple)):
        raise InputError(f"timexes must be a list of mappings or Timex objects, not {type(items).__name__}")
    out: list[Timex] = []
    seen: set[str] = set()
    for n, item in enumerate(items):
        where = f"timexes[{n}]"
        if isinstance(item, Timex):
            if item.end > len(text):
                raise InputError(f"{where} ({item.tid!r}): span {item.start}..{item.end} is not inside the text (length {len(text)})")
            timex = item
        else:
            if not isinstance(item, dict):
                raise InputError(f"{where} must be a mapping or a Timex, not {type(item).__name__}")
            unknown = set(item) - TIMEX_KEYS
            if unknown:
                raise InputError(f"{where} has unknown keys {sorted(unknown)}; accepted: {sorted(TIMEX_KEYS)}")
            tid, start, end, kind, value = (item.get(k) for k in ("id", "start", "end", "type", "value"))
            if not isinstance(tid, str) or not tid:
                raise InputError(f"{where}: 'id' must be a non-empty str, got {tid!r}")
            if not (type(start) is int and type(end) is int and 0 <= start < end <= len(text)):
                raise InputError(f"{where} ({tid!r}): span {start!r}..{end!r} is not inside the text (length {len(text)})")
            if kind not in {t.value for t in TimexType}:
                raise InputError(f"{where} ({tid!r}): type {kind!r} is not one of DATE, TIME, DURATION, SET")
            if not isinstance(value, str):
                raise InputError(f"{where} ({tid!r}): 'value' must be a str, got {value!r}")
            try:
                mod = to_mod(item.get("mod"))
            except ValueError as exc:
                raise InputError(f"{where} ({tid!r}): {exc}") from None
            ttype = TimexType(kind)
            found = period_of_value(value, reference, language) if ttype in (TimexType.DATE, TimexType.TIME) else None
            earliest, latest, grain = found if found is not None else (None, None, Grain.UNKNOWN)
            if mod is not None and earliest is not None and latest is not None and earliest < latest:
                # the mod's bounds, as the tagger gives them: "late 2024" (2024, END) is September to December
                earliest, latest = bounds_for_mod(cal.Period(earliest, latest, grain, value), mod)
            timex = Timex(tid, text[start:end], start, end, ttype, value, mod, earliest, latest, grain, rule="given")
        if timex.tid in seen or timex.tid == "reference_time":
            raise InputError(f"{where}: id {timex.tid!r} is used twice")
        seen.add(timex.tid)
        out.append(timex)
    return tuple(sorted(out, key=lambda t: (t.start, t.end, t.tid)))
