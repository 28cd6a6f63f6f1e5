"""The context a document is resolved in: reference time and document kind, always passed in."""

from __future__ import annotations

import datetime as _dt
import re
from typing import Union

from .errors import ReferenceTimeError

__all__ = ["ReferenceTimeLike", "parse_reference_time", "MODES", "EARLIEST_REFERENCE", "LATEST_REFERENCE"]

ReferenceTimeLike = Union[str, _dt.date, _dt.datetime]

MODES = ("news", "narrative")

_ISO_DATE = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$")

EARLIEST_REFERENCE = _dt.datetime(1, 1, 2)
"""The earliest reference time accepted: a day of margin before ``datetime.min``, so "yesterday" exists."""
LATEST_REFERENCE = _dt.datetime(9999, 12, 30, 23, 59, 59, 999999)
"""The last instant of the latest reference day accepted (9999-12-30), a day before ``datetime.max``."""
_RANGE = "0001-01-02 to 9999-12-30"

_ACCEPTED = "an ISO 8601 date or datetime string such as '2026-02-02' or '2026-02-02T09:30', a datetime.date, or a datetime.datetime"


def parse_reference_time(value: object, *, argument: str = "reference_time") -> _dt.datetime:
    """Turn what a user passes as the reference time into a naive datetime.

    A date becomes midnight of that day.  A string's UTC offset, if any, is ignored: the time
    as written is the article's wall-clock time.  A timezone-aware ``datetime`` is refused
    (pass its local wall-clock time as a naive datetime, or a date), and so is any day
    outside 0001-01-02 to 9999-12-30, the range in which every relative expression's own
    calendar arithmetic (a day either side) stays inside ``datetime``.
    """
    if isinstance(value, _dt.datetime):
        if value.tzinfo is not None and value.utcoffset() is not None:
            raise ReferenceTimeError(
                f"{argument}={value.isoformat()!r} is timezone-aware; pass the article's local wall-clock time as a naive "
                f"datetime (e.g. {value.replace(tzinfo=None).isoformat()!r}) or a date"
            )
        return _in_range(value.replace(tzinfo=None), value, argument)
    if isinstance(value, _dt.date):
        return _in_range(_dt.datetime(value.year, value.month, value.day), value, argument)
    if isinstance(value, str):
        day = _plain_day(value)
        return _in_range(day, value, argument) if day is not None else _parsed_string(value, argument)
    if value is None:
        raise ReferenceTimeError(f"{argument} is required; pass {_ACCEPTED}")
    raise TypeError(f"{argument} must be {_ACCEPTED}, not {type(value).__name__}")


def _parsed_string(value: str, argument: str) -> _dt.datetime:
    """A reference time written as a string (an ISO 8601 date or datetime), or the error saying what is wrong with it."""
    m = _ISO_DATE.match(value)
    if m:
        y, mo, d, hh, mm, ss, _tz = m.groups()
        try:
            parsed = _dt.datetime(int(y), int(mo), int(d), int(hh or 0), int(mm or 0), int(ss or 0))
        except ValueError as exc:
            if int(y) == 0:
                raise ReferenceTimeError(f"{argument}={value!r} is outside the accepted range {_RANGE} (year 0 does not exist)") from None
            raise ReferenceTimeError(f"{argument}={value!r} is not a valid date: {exc}") from None
        return _in_range(parsed, value, argument)
    raise ReferenceTimeError(f"{argument}={value!r} cannot be parsed; expected {_ACCEPTED}")


def _plain_day(value: str) -> "_dt.datetime | None":
    """Midnight of ``value`` when it is a plain ISO day "YYYY-MM-DD" of ASCII digits that exists (what the full pattern reads
    from it, without its search and groups: most publication dates), else None (the full parse then reads it, or says
    what is wrong with it); tests/test_tagspeed48.py holds the two to the same answers."""
    if len(value) != 10 or value[4] != "-" or value[7] != "-" or not value.isascii():
        return None
    year, month, day = value[:4], value[5:7], value[8:]
    if not (year.isdigit() and month.isdigit() and day.isdigit()):
        return None
    try:
        return _dt.datetime(int(year), int(month), int(day))
    except ValueError:
        return None  # (year 0, a day the month lacks: the full parse gives the error)


def _in_range(parsed: _dt.datetime, value: object, argument: str) -> _dt.datetime:
    """``parsed`` if its day lies in the accepted range, else a ReferenceTimeError naming the range."""
    if not EARLIEST_REFERENCE <= parsed <= LATEST_REFERENCE:
        shown = value.isoformat() if isinstance(value, _dt.date) else value
        raise ReferenceTimeError(f"{argument}={shown!r} is outside the accepted range {_RANGE} (a day inside each end of the calendar)")
    return parsed
