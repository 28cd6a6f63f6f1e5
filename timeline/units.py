"""Calendar units shared by recognition and resolution: their lengths, how many of one fit in another, and TIMEX3 length values."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from typing import Optional

from .model import Grain

__all__ = ["duration_value", "unit_length", "units_per"]

_DESIGNATOR = {
    Grain.SECOND: ("T", "S"),
    Grain.MINUTE: ("T", "M"),
    Grain.HOUR: ("T", "H"),
    Grain.PART_OF_DAY: ("T", "H"),
    Grain.DAY: ("", "D"),
    Grain.WEEKEND: ("", "WE"),
    Grain.WEEK: ("", "W"),
    Grain.MONTH: ("", "M"),
    Grain.SEASON: ("", "M"),
    Grain.QUARTER: ("", "Q"),
    Grain.HALF: ("", "M"),
    Grain.YEAR: ("", "Y"),
    Grain.DECADE: ("", "E"),  # TimeML's letters for an unknown number of decades, centuries, millennia (PXE, PXC, PXL);
    Grain.CENTURY: ("", "C"),  # a known number is written in years (P10Y)
    Grain.MILLENNIUM: ("", "L"),
}
# a unit expressed in the next smaller one, for fractional amounts and TIMEX3 conventions
_SMALLER = {
    Grain.MILLENNIUM: (Grain.YEAR, 1000),
    Grain.CENTURY: (Grain.YEAR, 100),
    Grain.DECADE: (Grain.YEAR, 10),
    Grain.YEAR: (Grain.MONTH, 12),
    Grain.HALF: (Grain.MONTH, 6),
    Grain.QUARTER: (Grain.MONTH, 3),
    Grain.SEASON: (Grain.MONTH, 3),
    Grain.MONTH: (Grain.DAY, 30),
    Grain.WEEK: (Grain.DAY, 7),
    Grain.WEEKEND: (Grain.DAY, 2),
    Grain.DAY: (Grain.HOUR, 24),
    Grain.PART_OF_DAY: (Grain.HOUR, 6),
    Grain.HOUR: (Grain.MINUTE, 60),
    Grain.MINUTE: (Grain.SECOND, 60),
}
# shortest and longest length of one unit
_LENGTH = {
    Grain.SECOND: (dt.timedelta(seconds=1), dt.timedelta(seconds=1)),
    Grain.MINUTE: (dt.timedelta(minutes=1), dt.timedelta(minutes=1)),
    Grain.HOUR: (dt.timedelta(hours=1), dt.timedelta(hours=1)),
    Grain.PART_OF_DAY: (dt.timedelta(hours=3), dt.timedelta(hours=12)),
    Grain.DAY: (dt.timedelta(days=1), dt.timedelta(days=1)),
    Grain.WEEKEND: (dt.timedelta(days=2), dt.timedelta(days=2)),
    Grain.WEEK: (dt.timedelta(days=7), dt.timedelta(days=7)),
    Grain.MONTH: (dt.timedelta(days=28), dt.timedelta(days=31)),
    Grain.SEASON: (dt.timedelta(days=90), dt.timedelta(days=92)),
    Grain.QUARTER: (dt.timedelta(days=90), dt.timedelta(days=92)),
    Grain.HALF: (dt.timedelta(days=181), dt.timedelta(days=184)),
    Grain.YEAR: (dt.timedelta(days=365), dt.timedelta(days=366)),
    Grain.DECADE: (dt.timedelta(days=3652), dt.timedelta(days=3653)),
    Grain.CENTURY: (dt.timedelta(days=36524), dt.timedelta(days=36525)),
    Grain.MILLENNIUM: (dt.timedelta(days=365242), dt.timedelta(days=365243)),
}


def units_per(big: Grain, small: Grain) -> Optional[float]:
    """How many ``small`` units make one ``big`` one, by the TIMEX3 conversions (a year is 12
    months, a month 30 days); None when ``small`` is not a smaller unit of ``big``."""
    n = 1.0
    while big in _SMALLER and big is not small:
        big, step = _SMALLER[big]
        n *= step
    return n if big is small and n > 1 else None


def unit_length(grain: Grain) -> tuple[dt.timedelta, dt.timedelta]:
    """Shortest and longest length of one unit of ``grain`` (a month is 28 to 31 days)."""
    return _LENGTH[grain]


def _integer_text(amount: float) -> str:
    """A whole amount as written digits: 13.8 billion is 13800000000, 1e29 is 1 and 29 zeros."""
    if amount == int(amount) and -_EXACT_INTEGERS < amount < _EXACT_INTEGERS:
        return str(int(amount))  # (the usual whole count: its digits as Decimal writes them, without making one)
    return str(int(Decimal(repr(float(amount))).to_integral_value()))


_EXACT_INTEGERS = 10**15  # a float of a whole number below this is written "N.0" by repr, which Decimal reads as N


def duration_value(grain: Grain, amount: Optional[float]) -> str:
    """The TIMEX3 duration value: P3W, PT40H, P10Y for a decade, P2Q for two quarters, PXY for "several years".

    Any finite amount is written out in full (``P999999999Y``, ``P13800000000Y``); an amount
    too large for a float (``inf``) is unknown, ``X``.
    """
    if amount is not None and not math.isfinite(amount):
        amount = None
    if grain in (Grain.DECADE, Grain.CENTURY, Grain.MILLENNIUM) and amount is not None:
        grain, amount = _SMALLER[grain][0], amount * _SMALLER[grain][1]
    if grain in (Grain.WEEKEND,) and amount is not None:
        grain, amount = Grain.DAY, amount * 2
    if grain is Grain.WEEK and amount is not None and abs(amount - round(amount)) > 1e-9:
        grain, amount = Grain.DAY, amount * 7
    if grain is Grain.QUARTER and amount is not None and abs(amount - round(amount)) > 1e-9:
        grain, amount = Grain.MONTH, amount * 3  # "1.5 quarters": P4M15D; whole quarters stay P2Q as TimeML writes them
    if amount is not None and abs(amount - round(amount)) > 1e-9:
        mixed = _mixed(grain, amount)
        if mixed is not None:
            return mixed
    while amount is not None and abs(amount - round(amount)) > 1e-9 and grain in _SMALLER:
        grain, amount = _SMALLER[grain][0], amount * _SMALLER[grain][1]
    if grain is Grain.SECOND and amount is not None and abs(amount - round(amount)) > 1e-9 and amount < 1e15:
        # "ran 100 metres in 9.58 seconds": ISO 8601 writes a fraction of the smallest unit, PT9.58S (was rounded, PT10S)
        return "PT" + format(Decimal(repr(round(float(amount), 6))).normalize(), "f") + "S"
    t, letter = _DESIGNATOR[grain]
    if amount is None:
        return f"P{t}X{letter}"
    return f"P{t}{_integer_text(amount)}{letter}"


_MIXED_STEPS = {Grain.YEAR: Grain.MONTH, Grain.MONTH: Grain.DAY, Grain.DAY: Grain.HOUR, Grain.HOUR: Grain.MINUTE, Grain.MINUTE: Grain.SECOND}


def _mixed(grain: Grain, amount: float) -> Optional[str]:
    """A fractional length in whole units of decreasing size, as TimeML writes it: 2.5 years
    is P2Y6M, a minute and a half PT1M30S, 1.5 days P1DT12H.  None when it does not come out
    in whole seconds within three steps, or the unit has no smaller calendar unit."""
    if grain not in _MIXED_STEPS or amount >= 1e15:
        return None
    parts: list[tuple[Grain, int]] = []
    for _ in range(4):
        whole = math.floor(amount + 1e-9)
        if whole:
            parts.append((grain, whole))
        amount -= whole
        if amount < 1e-9:
            break
        if grain not in _MIXED_STEPS:
            return None
        amount *= _SMALLER[grain][1]
        grain = _MIXED_STEPS[grain]
    else:
        return None
    date = "".join(f"{n}{_DESIGNATOR[g][1]}" for g, n in parts if not _DESIGNATOR[g][0])
    time = "".join(f"{n}{_DESIGNATOR[g][1]}" for g, n in parts if _DESIGNATOR[g][0])
    return "P" + date + ("T" + time if time else "")
