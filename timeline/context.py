"""The context a document is resolved in: reference time and document kind, always passed in."""

from __future__ import annotations

import datetime as _dt
import re
from typing import Union

from .errors import ReferenceTimeError

__all__ = ["ReferenceTimeLike", "parse_reference_time", "MODES"]

ReferenceTimeLike = Union[str, _dt.date, _dt.datetime]

MODES = ("news", "narrative")

_ISO_DATE = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$")

_ACCEPTED = "an ISO 8601 date or datetime string such as '2026-02-02' or '2026-02-02T09:30', a datetime.date, or a datetime.datetime"


def parse_reference_time(value: object, *, argument: str = "reference_time") -> _dt.datetime:
    """Turn what a user passes as the reference time into a naive datetime.

    A date becomes midnight of that day; a timezone-aware datetime keeps its wall-clock time
    (the article's local time) and drops the zone.
    """
    if isinstance(value, _dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, _dt.date):
        return _dt.datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        m = _ISO_DATE.match(value)
        if m:
            y, mo, d, hh, mm, ss, _tz = m.groups()
            try:
                return _dt.datetime(int(y), int(mo), int(d), int(hh or 0), int(mm or 0), int(ss or 0))
            except ValueError as exc:
                raise ReferenceTimeError(f"{argument}={value!r} is not a valid date: {exc}") from None
        raise ReferenceTimeError(f"{argument}={value!r} cannot be parsed; expected {_ACCEPTED}")
    if value is None:
        raise ReferenceTimeError(f"{argument} is required; pass {_ACCEPTED}")
    raise TypeError(f"{argument} must be {_ACCEPTED}, not {type(value).__name__}")
