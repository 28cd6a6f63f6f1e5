"""pandas DataFrames of events and time expressions, and back (``pip install 'timeline[pandas]'``).

One row per event (``Timeline.to_pandas()``) or per expression (``TaggedDocument.to_pandas()``).
The columns are those of the JSON output, with instants as ``datetime64[us]`` (NaT where a
bound is open; microseconds so that the whole calendar, years 1 to 9999, fits) and lengths as
``timedelta64[us]``.  ``events_from_frame`` turns an event table back into events.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Iterable, Optional

from ..model import Event, Timex
from ..serialize import event_from_dict, event_to_dict, timex_from_dict, timex_to_dict

__all__ = ["events_frame", "timexes_frame", "events_from_frame", "timexes_from_frame", "EVENT_TIME_COLUMNS", "TIMEX_TIME_COLUMNS"]

EVENT_TIME_COLUMNS = ("earliest_start", "latest_start", "earliest_end", "latest_end", "likely_start", "likely_end")
TIMEX_TIME_COLUMNS = ("earliest", "latest")
TIMEX_LENGTH_COLUMNS = ("min_length", "max_length")
_EVENT_COLUMNS = (
    "eid", "text", "start", "end", "sentence", "class", "tense", "aspect", "polarity", "modality", *EVENT_TIME_COLUMNS,
    "confidence", "likely_basis", "likely_kind", "real", "generic", "hypothetical", "hypothetical_clause", "reported_plan", "not_until", "anchors",
)
_TIMEX_COLUMNS = (
    "tid", "start", "end", "text", "type", "value", "mod", *TIMEX_TIME_COLUMNS, "grain", "anchor", "rule",
    "temporal_function", "furniture", *TIMEX_LENGTH_COLUMNS, "quant", "freq",
)


def _pandas():  # type: ignore[no-untyped-def]
    try:
        import pandas
    except ImportError:
        raise ImportError("to_pandas() needs pandas, an optional extra of timeline: pip install 'timeline[pandas]'") from None
    return pandas


def events_frame(events: Iterable[Event]):  # type: ignore[no-untyped-def]
    """A DataFrame with one row per event, in the order given (a timeline's order)."""
    pd = _pandas()
    import numpy as np

    events = list(events)
    columns: dict[str, Any] = {name: [] for name in _EVENT_COLUMNS}
    for e in events:
        record = event_to_dict(e)
        for name in _EVENT_COLUMNS:
            if name in EVENT_TIME_COLUMNS:
                columns[name].append(getattr(e, name))
            elif name == "anchors":
                columns[name].append(record["anchors"])
            else:
                columns[name].append(record[name])
    frame = pd.DataFrame({name: pd.Series(values, dtype=object) for name, values in columns.items()}, columns=list(_EVENT_COLUMNS))
    for name in EVENT_TIME_COLUMNS:
        frame[name] = pd.Series(np.array(columns[name], dtype="datetime64[us]"), index=frame.index)
    for name in ("start", "end"):
        frame[name] = frame[name].astype("int64")
    for name in ("real", "generic", "hypothetical", "hypothetical_clause", "reported_plan", "not_until"):
        frame[name] = frame[name].astype("bool")
    frame["confidence"] = frame["confidence"].astype("float64")
    return frame


def timexes_frame(timexes: Iterable[Timex]):  # type: ignore[no-untyped-def]
    """A DataFrame with one row per time expression, in text order."""
    pd = _pandas()
    import numpy as np

    timexes = list(timexes)
    columns: dict[str, Any] = {name: [] for name in _TIMEX_COLUMNS}
    for t in timexes:
        record = timex_to_dict(t)
        for name in _TIMEX_COLUMNS:
            if name in TIMEX_TIME_COLUMNS or name in TIMEX_LENGTH_COLUMNS:
                columns[name].append(getattr(t, name))
            else:
                columns[name].append(record.get(name))
    frame = pd.DataFrame({name: pd.Series(values, dtype=object) for name, values in columns.items()}, columns=list(_TIMEX_COLUMNS))
    for name in TIMEX_TIME_COLUMNS:
        frame[name] = pd.Series(np.array(columns[name], dtype="datetime64[us]"), index=frame.index)
    for name in TIMEX_LENGTH_COLUMNS:
        frame[name] = pd.Series(np.array([np.timedelta64("NaT") if v is None else v for v in columns[name]], dtype="timedelta64[us]"), index=frame.index)
    for name in ("start", "end"):
        frame[name] = frame[name].astype("int64")
    for name in ("temporal_function", "furniture"):
        frame[name] = frame[name].astype("bool")
    return frame


def _py(value: Any) -> Any:
    """A plain Python value of a cell (None for NaT/NaN, datetime/timedelta for pandas types)."""
    pd = _pandas()
    if value is None:
        return None
    if isinstance(value, (list, dict, tuple, str)):
        return value
    if pd.isna(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if isinstance(value, pd.Timedelta):
        return value.to_pytimedelta()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def _iso(value: Optional[dt.datetime]) -> Optional[str]:
    from ..serialize import iso

    return iso(value)


def events_from_frame(frame) -> tuple[Event, ...]:  # type: ignore[no-untyped-def]
    """The events of an event table (the inverse of :func:`events_frame`)."""
    out = []
    for row in frame.to_dict(orient="records"):
        record = {name: _py(row.get(name)) for name in _EVENT_COLUMNS}
        for name in EVENT_TIME_COLUMNS:
            record[name] = _iso(record[name])
        record["anchors"] = list(record["anchors"] or ())
        out.append(event_from_dict(record))
    return tuple(out)


def timexes_from_frame(frame) -> tuple[Timex, ...]:  # type: ignore[no-untyped-def]
    """The expressions of an expression table (the inverse of :func:`timexes_frame`)."""
    from ..serialize import iso_duration

    out = []
    for row in frame.to_dict(orient="records"):
        record = {name: _py(row.get(name)) for name in _TIMEX_COLUMNS}
        for name in TIMEX_TIME_COLUMNS:
            record[name] = _iso(record[name])
        for name in TIMEX_LENGTH_COLUMNS:
            record[name] = iso_duration(record[name])
        for name in ("quant", "freq", "min_length", "max_length"):
            if record[name] is None:
                del record[name]
        out.append(timex_from_dict(record))
    return tuple(out)
