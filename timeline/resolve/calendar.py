"""Calendar periods and their arithmetic: the half-open span [start, end) a value denotes.

Months and years are moved on the Gregorian calendar (month ends, leap days); weeks are ISO weeks
(so 2026 has 53).  Every period knows its TIMEX3 value string.

A period that does not fit in ``datetime`` (before year 1, after 9999) raises
:class:`BeyondCalendar`, an ``OverflowError``; one that ends exactly where the calendar
ends (the year 9999, December 9999) ends at ``datetime.max`` instead of 10000-01-01.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any, Optional

import attrs
from dateutil.easter import EASTER_JULIAN, EASTER_ORTHODOX, easter

from ..model import Grain

__all__ = [
    "BeyondCalendar",
    "Period",
    "day",
    "week",
    "weekend",
    "month",
    "quarter",
    "half",
    "season",
    "year",
    "decade",
    "century",
    "part_of_day",
    "minute",
    "hour",
    "containing",
    "shifted",
    "holiday_date",
    "add_months",
]

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_LAST_DATE, _ONE_DAY = dt.date.max, dt.timedelta(days=1)


class BeyondCalendar(OverflowError):
    """A period or instant lies outside what ``datetime`` can hold (before year 1 or after 9999)."""


@attrs.frozen
class Period:
    """A calendar period: half-open [start, end), its grain and its TIMEX3 value."""

    start: dt.datetime
    end: dt.datetime
    grain: Grain
    value: str


def _midnight(d: dt.date) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day)


def _first_of(y: int, m: int = 1, *, end: bool = False) -> dt.datetime:
    """Midnight of the first of month ``m`` (may exceed 12) of year ``y``; as a period's ``end``,
    10000-01-01 is ``datetime.max``."""
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    if end and (y, m) == (dt.MAXYEAR + 1, 1):
        return dt.datetime.max
    if not dt.MINYEAR <= y <= dt.MAXYEAR:
        raise BeyondCalendar(f"year {y} is outside the calendar (1 to 9999)")
    return dt.datetime(y, m, 1)


def _day_after(d: dt.date) -> dt.datetime:
    """Midnight after day ``d``; after 9999-12-31 it is ``datetime.max``."""
    return dt.datetime.max if d == dt.date.max else _midnight(d + dt.timedelta(days=1))


def add_months(d: dt.date, n: int) -> dt.date:
    """``d`` moved by ``n`` months, clamped to the month's end (Jan 31 + 1 month = Feb 28/29)."""
    months = d.year * 12 + d.month - 1 + n
    if not dt.MINYEAR <= months // 12 <= dt.MAXYEAR:
        raise BeyondCalendar(f"{d.isoformat()} moved by {n} months is outside the calendar")
    y, m = divmod(months, 12)  # (as pendulum's add(months=n), which this replaced: the day kept, at most the month's last)
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def day(d: dt.date) -> Period:
    start = dt.datetime(d.year, d.month, d.day)  # (_midnight and _day_after written out: made for most expressions)
    return Period(start, dt.datetime.max if d == _LAST_DATE else start + _ONE_DAY, _G_DAY, d.isoformat())


def _iso_day(iso_year: int, iso_week: int, iso_day: int) -> dt.date:
    if not dt.MINYEAR <= iso_year <= dt.MAXYEAR:
        raise BeyondCalendar(f"ISO year {iso_year} is outside the calendar")
    monday = dt.date.fromisocalendar(iso_year, iso_week, 1)  # every ISO week's Monday lies in 0001..9999
    if iso_day > 1 and dt.date.max - monday < dt.timedelta(days=iso_day - 1):
        raise BeyondCalendar(f"day {iso_day} of {iso_year}-W{iso_week:02d} is after 9999-12-31")
    return monday + dt.timedelta(days=iso_day - 1)


def week(iso_year: int, iso_week: int) -> Period:
    monday = _iso_day(iso_year, iso_week, 1)
    return Period(_midnight(monday), _midnight(monday + dt.timedelta(days=7)), _G_WEEK, f"{iso_year:04d}-W{iso_week:02d}")


def weekend(iso_year: int, iso_week: int) -> Period:
    saturday = _iso_day(iso_year, iso_week, 6)
    return Period(_midnight(saturday), _midnight(saturday + dt.timedelta(days=2)), Grain.WEEKEND, f"{iso_year:04d}-W{iso_week:02d}-WE")


def month(y: int, m: int) -> Period:
    return Period(_first_of(y, m), _first_of(y, m + 1, end=True), _G_MONTH, f"{y:04d}-{m:02d}")


def quarter(y: int, q: int) -> Period:
    first = 3 * (q - 1) + 1
    return Period(_first_of(y, first), _first_of(y, first + 3, end=True), _G_QUARTER, f"{y:04d}-Q{q}")


def half(y: int, h: int) -> Period:
    first = 6 * (h - 1) + 1
    return Period(_first_of(y, first), _first_of(y, first + 6, end=True), _G_HALF, f"{y:04d}-H{h}")


def season(y: int, code: str) -> Period:
    """Meteorological seasons; winter Y runs from December Y-1 to February Y: the winter named by
    the year of its January and February ("the winter of 1994", TIMEX2's and TBAQ's reading)."""
    first = _SEASON_START[code]
    base = y - 1 if code == "WI" else y
    return Period(_first_of(base, first), _first_of(base, first + 3, end=True), _G_SEASON, f"{y:04d}-{code}")


def year(y: int) -> Period:
    return Period(_first_of(y), _first_of(y + 1, end=True), _G_YEAR, f"{y:04d}")


def decade(d: int) -> Period:
    if d < 0:
        raise BeyondCalendar(f"decade {d} is outside the calendar")
    return Period(_first_of(max(1, d * 10)), _first_of(d * 10 + 10, end=True), Grain.DECADE, f"{d:03d}")


def century(c: int) -> Period:
    if c < 0:
        raise BeyondCalendar(f"century {c} is outside the calendar")
    return Period(_first_of(max(1, c * 100)), _first_of(c * 100 + 100, end=True), Grain.CENTURY, f"{c:02d}")


def part_of_day(d: dt.date, code: str, start_hours: float, end_hours: float, clock: Optional[str] = None) -> Period:
    """A part of day; hours beyond 24 run into the next morning ("Thursday night")."""
    base = _midnight(d)
    start = base + dt.timedelta(hours=start_hours)
    end = base + dt.timedelta(hours=end_hours)
    value = f"{d.isoformat()}T{clock}" if clock else f"{d.isoformat()}T{code}"
    return Period(start, end, Grain.PART_OF_DAY, value)


def minute(t: dt.datetime) -> Period:
    t = t.replace(second=0, microsecond=0)
    return Period(t, _after(t, dt.timedelta(minutes=1)), Grain.MINUTE, f"{t.year:04d}-{t.month:02d}-{t.day:02d}T{t.hour:02d}:{t.minute:02d}")


def hour(t: dt.datetime) -> Period:
    t = t.replace(minute=0, second=0, microsecond=0)
    return Period(t, _after(t, dt.timedelta(hours=1)), Grain.HOUR, f"{t.year:04d}-{t.month:02d}-{t.day:02d}T{t.hour:02d}")


def _after(t: dt.datetime, step: dt.timedelta) -> dt.datetime:
    """``t + step`` for the end of a period; the last one of the calendar ends at ``datetime.max``."""
    return dt.datetime.max if dt.datetime.max - t < step else t + step


# (:func:`containing` and :func:`shifted` test the grain member by member, and the period makers above name theirs, several
# times per expression: module names are
# read faster than an enum's members, which go through EnumType.__getattr__'s hook)
(_G_CENTURY, _G_DAY, _G_DECADE, _G_HALF, _G_HOUR, _G_MILLENNIUM, _G_MINUTE,
 _G_MONTH, _G_PART_OF_DAY, _G_QUARTER, _G_SEASON, _G_SECOND, _G_UNKNOWN, _G_WEEK, _G_WEEKEND, _G_YEAR) = (
    Grain.CENTURY, Grain.DAY, Grain.DECADE, Grain.HALF, Grain.HOUR, Grain.MILLENNIUM, Grain.MINUTE,
    Grain.MONTH, Grain.PART_OF_DAY, Grain.QUARTER, Grain.SEASON, Grain.SECOND, Grain.UNKNOWN, Grain.WEEK, Grain.WEEKEND, Grain.YEAR)


def containing(t: dt.datetime, grain: Grain) -> Period:
    """The period of ``grain`` that contains instant ``t``."""
    d = t.date()
    if grain <= _G_MINUTE:
        return minute(t)
    if grain is _G_HOUR:
        return hour(t)
    if grain in (_G_DAY, _G_PART_OF_DAY):
        return day(d)
    if grain is _G_WEEK:
        iy, iw, _ = d.isocalendar()
        return week(iy, iw)
    if grain is _G_WEEKEND:
        iy, iw, _ = d.isocalendar()
        return weekend(iy, iw)
    if grain is _G_MONTH:
        return month(d.year, d.month)
    if grain is _G_QUARTER:
        return quarter(d.year, (d.month - 1) // 3 + 1)
    if grain is _G_HALF:
        return half(d.year, (d.month - 1) // 6 + 1)
    if grain is _G_SEASON:
        code = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(d.month, "FA")
        return season(d.year + 1 if d.month == 12 else d.year, code)
    if grain is _G_YEAR:
        return year(d.year)
    if grain is _G_DECADE:
        return decade(d.year // 10)
    if grain in (_G_CENTURY, _G_MILLENNIUM, _G_UNKNOWN):
        return century(d.year // 100)
    raise ValueError(f"no period for grain {grain}")


def shifted(t: dt.datetime, grain: Grain, n: int) -> Period:
    """The period of ``grain`` that lies ``n`` periods from the one containing ``t``."""
    if grain <= _G_HOUR:
        step = {_G_SECOND: dt.timedelta(seconds=1), _G_MINUTE: dt.timedelta(minutes=1), _G_HOUR: dt.timedelta(hours=1)}[grain]
        return containing(t + n * step, grain)
    d = t.date()
    if grain in (_G_DAY, _G_PART_OF_DAY):
        return day(d + dt.timedelta(days=n))
    if grain in (_G_WEEK, _G_WEEKEND):
        return containing(t + dt.timedelta(weeks=n), grain)
    if grain is _G_MONTH:
        return containing(_midnight(add_months(d.replace(day=1), n)), grain)
    if grain is _G_QUARTER:
        return containing(_midnight(add_months(d.replace(day=1), 3 * n)), grain)
    if grain is _G_HALF:
        return containing(_midnight(add_months(d.replace(day=1), 6 * n)), grain)
    if grain is _G_SEASON:
        return containing(_midnight(add_months(d.replace(day=1), 3 * n)), grain)
    if grain is _G_YEAR:
        return year(d.year + n)
    if grain is _G_DECADE:
        return decade(d.year // 10 + n)
    if grain in (_G_CENTURY, _G_MILLENNIUM):
        return century(d.year // 100 + n)
    raise ValueError(f"cannot shift by grain {grain}")


GREGORIAN_FIRST_YEAR = 1583  # the first whole year of the Gregorian calendar (October 1582); earlier dates are Julian


def holiday_date(entry: dict[str, Any], y: int) -> dt.date:
    """The date of a holiday in year ``y`` from its lexicon entry (fixed, Easter-based, nth weekday, or listed by year)."""
    if not dt.MINYEAR <= y <= dt.MAXYEAR:
        raise BeyondCalendar(f"year {y} is outside the calendar (1 to 9999)")
    if "dates" in entry:  # a holiday of another calendar (the lunar new year): the day the lexicon lists for the year
        prefix = f"{y:04d}-"
        for written in entry["dates"]:
            if written.startswith(prefix):
                return dt.date.fromisoformat(written)
        raise BeyondCalendar(f"the lexicon lists no day of this holiday in year {y}")
    if "easter" in entry:
        # before the Gregorian reform histories date by the Julian calendar, whose Easter is reckoned the old way (Easter
        # 1066: 16 April, not the Gregorian reckoning's 22 April); the Orthodox churches keep the Julian reckoning
        # (``reckoning = "orthodox"``, its day given on the Gregorian calendar: Orthodox Easter 2010 is 4 April)
        if entry.get("reckoning") == "orthodox":
            day = easter(y, EASTER_ORTHODOX) if y >= GREGORIAN_FIRST_YEAR else easter(y, EASTER_JULIAN)
        else:
            day = easter(y, EASTER_JULIAN) if y < GREGORIAN_FIRST_YEAR else easter(y)
        return day + dt.timedelta(days=int(entry["easter"]))
    if "nth" in entry:
        m, wd, n = int(entry["month"]), int(entry["weekday"]), int(entry["nth"])
        if n > 0:
            first = dt.date(y, m, 1)
            offset = (wd - first.isoweekday()) % 7
            result = first + dt.timedelta(days=offset + 7 * (n - 1))
            return result + dt.timedelta(days=int(entry.get("after_day", 0)))
        last = add_months(dt.date(y, m, 1), 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.isoweekday() - wd) % 7)
    return dt.date(y, int(entry["month"]), int(entry["day"]))
