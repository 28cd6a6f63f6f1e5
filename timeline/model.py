"""Frozen value classes shared by every stage: time expressions, events, timelines.

Times on the axis are naive :class:`datetime.datetime` values in the article's own local
time (news rarely says its zone, and mixing zones would invent precision).  Lengths are
:class:`datetime.timedelta`.  ``None`` as a bound means "unbounded on that side".
"""

from __future__ import annotations

import datetime as _dt
import enum
from typing import Optional

import attrs

__all__ = [
    "TimexType",
    "Grain",
    "Mod",
    "AnchorKind",
    "TimexAnchor",
    "Timex",
    "TaggedDocument",
    "EventAnchor",
    "Event",
    "Relation",
    "Conflict",
    "Timeline",
]


class TimexType(str, enum.Enum):
    """The four TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"

    __str__ = str.__str__  # (s58) the value, as ``self.value`` gives it, without two Python calls (read tens of thousands of times a build)


class Mod(enum.StrEnum):
    """The TIMEX3 ``mod`` values: where in the period, or how the length compares."""

    BEFORE = "BEFORE"
    AFTER = "AFTER"
    ON_OR_BEFORE = "ON_OR_BEFORE"
    ON_OR_AFTER = "ON_OR_AFTER"
    LESS_THAN = "LESS_THAN"
    MORE_THAN = "MORE_THAN"
    EQUAL_OR_LESS = "EQUAL_OR_LESS"
    EQUAL_OR_MORE = "EQUAL_OR_MORE"
    START = "START"
    MID = "MID"
    END = "END"
    APPROX = "APPROX"


def to_mod(value: "Optional[str | Mod]") -> Optional[Mod]:
    """A TIMEX3 mod from its name (None stays None); an unknown name is a ValueError that names it."""
    if value is None or isinstance(value, Mod):
        return value
    try:
        return Mod(str(value).upper())
    except ValueError:
        raise ValueError(f"unknown TIMEX3 mod {value!r}; expected one of {', '.join(m.value for m in Mod)}") from None


class Grain(enum.IntEnum):
    """Granularity of a value, finest first; comparing grains compares coarseness."""

    SECOND = 1
    MINUTE = 2
    HOUR = 3
    PART_OF_DAY = 4
    DAY = 5
    WEEKEND = 6
    WEEK = 7
    MONTH = 8
    SEASON = 9
    QUARTER = 10
    HALF = 11
    YEAR = 12
    DECADE = 13
    CENTURY = 14
    MILLENNIUM = 15
    UNKNOWN = 16

    def __str__(self) -> str:
        return self.name.lower()


class AnchorKind(str, enum.Enum):
    """What a relative expression was resolved against."""

    REFERENCE_TIME = "reference_time"  # the publication date / document creation time
    TIMEX = "timex"  # an earlier expression of the same text (narrative anaphora)
    NONE = "none"  # absolute, or a bare duration

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class TimexAnchor:
    """The anchor a relative expression was resolved against."""

    kind: AnchorKind
    timex_id: Optional[str] = None  # set when kind is TIMEX

    def __str__(self) -> str:
        return self.timex_id if self.kind is AnchorKind.TIMEX and self.timex_id else str(self.kind)


NO_ANCHOR = TimexAnchor(AnchorKind.NONE)
REFERENCE_ANCHOR = TimexAnchor(AnchorKind.REFERENCE_TIME)


@attrs.frozen
class Timex:
    """One resolved time expression: its surface, TIMEX3 annotation and uncertainty bounds.

    ``earliest``/``latest`` bound the period on the time axis (for a DATE/TIME the period
    it denotes; for an anchored DURATION the span it covers, when known).  For durations
    ``min_length``/``max_length`` bound the length itself ("nearly three weeks").
    """

    tid: str
    text: str
    start: int
    end: int
    type: TimexType
    value: str
    mod: Optional[Mod] = attrs.field(default=None, converter=to_mod)
    earliest: Optional[_dt.datetime] = None
    latest: Optional[_dt.datetime] = None
    grain: Grain = Grain.UNKNOWN
    anchor: TimexAnchor = NO_ANCHOR
    rule: str = ""
    temporal_function: bool = False
    quant: Optional[str] = None
    freq: Optional[str] = None
    min_length: Optional[_dt.timedelta] = None
    max_length: Optional[_dt.timedelta] = None
    furniture: bool = False  # page furniture such as "4 Min Read": real, but not part of the story

    def __attrs_post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"Timex {self.tid}: bad offsets {self.start}..{self.end}")
        if self.earliest is not None and self.latest is not None and self.earliest > self.latest:
            raise ValueError(f"Timex {self.tid}: earliest {self.earliest} after latest {self.latest}")

    def to_dict(self) -> dict:
        """The JSON-ready dict of this expression (ISO 8601 strings; see ``timeline schema``)."""
        from .serialize import timex_to_dict

        return timex_to_dict(self)

    def to_json(self, **dumps_options: object) -> str:
        """:meth:`to_dict` as a JSON string (``json.dumps`` options such as ``indent`` pass through)."""
        return _dumps(self.to_dict(), dumps_options)


@attrs.frozen
class TaggedDocument:
    """The tagger's output: the text, the reference time used, and its time expressions."""

    text: str
    reference_time: Optional[_dt.datetime]
    timexes: tuple[Timex, ...] = ()
    mode: str = "news"
    doc_id: Optional[str] = None

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.timexes)

    def __len__(self) -> int:
        return len(self.timexes)

    def to_dict(self) -> dict:
        """The JSON form (``timeline tag --format json``): reference time, mode, expressions."""
        from .serialize import tagged_document_to_dict

        return tagged_document_to_dict(self)

    def to_json(self, **dumps_options: object) -> str:
        """:meth:`to_dict` as a JSON string (``json.dumps`` options such as ``indent`` pass through)."""
        return _dumps(self.to_dict(), dumps_options)

    def to_pandas(self):  # type: ignore[no-untyped-def]
        """A pandas DataFrame with one row per expression and typed datetime/timedelta columns
        (needs the optional extra: ``pip install 'timeline[pandas]'``)."""
        from .interop.pandas import timexes_frame

        return timexes_frame(self.timexes)


@attrs.frozen
class EventAnchor:
    """One constraint on an event: what it is tied to, how, and the words that said so.

    ``target`` is a timex id ("t3"), an event id ("e2"), ``"reference_time"``, or ``"none"``
    for an event the text does not anchor (its bounds then come only from propagation).
    ``relation`` is one of during, before, after, by, since, until, within, includes, ...
    """

    target: str
    relation: str
    evidence: str = ""
    offset_min: Optional[_dt.timedelta] = None  # metric facts: "two days later", "within 40 hours"
    offset_max: Optional[_dt.timedelta] = None


@attrs.frozen
class Event:
    """An event mention placed on the time axis with intervals for its start and end."""

    eid: str
    text: str
    start: int
    end: int
    sentence: str = ""
    cls: str = "OCCURRENCE"
    tense: str = "NONE"
    aspect: str = "NONE"
    polarity: str = "POS"
    modality: Optional[str] = None
    earliest_start: Optional[_dt.datetime] = None
    latest_start: Optional[_dt.datetime] = None
    earliest_end: Optional[_dt.datetime] = None
    latest_end: Optional[_dt.datetime] = None
    anchors: tuple[EventAnchor, ...] = ()
    likely_start: Optional[_dt.datetime] = None
    """Best estimate of the earliest the event started (certain bounds plus learned relations and
    news conventions); set for every real event, None for negated, hypothetical and generic ones."""
    likely_end: Optional[_dt.datetime] = None
    """Best estimate of the latest the event ended; [likely_start, likely_end] lies inside the certain bounds."""
    confidence: Optional[float] = None
    """How much to trust the likely interval, in [0, 1]: 1.0 when the text alone fixes it, else the
    share of likely intervals of the same kind and band that held on TBAQ (calibrated, see
    ``timeline.placement.calibration``)."""
    likely_basis: str = ""
    """What placed the likely interval where the text alone does not ("reported at publication time", ...)."""
    likely_kind: str = ""
    """The kind of that basis as a code, for filtering: "text" (the text alone places it),
    "learned-time", "learned-publication", "learned-order", "reported-speech", "discourse",
    "past-convention", "long-past", "future-convention", "publication-day", "night", "sequence",
    "signal-gap", "given" or "propagated"; "" when the event has no likely interval."""
    generic: bool = False
    """A habitual or general statement ("floods are common here") rather than one happening."""
    hypothetical_clause: bool = False
    """Inside a condition or a possibility ("if the river rises") although the verb has no modal."""
    reported_plan: bool = False
    """A plan the text states firmly and dates, as good as "will": a "would" after a reporting word
    ("the judge said she would sentence him on June 3") or an infinitive of a firm plan with a time
    of its own ("planned to leave the capital on Thursday"); real although it has a modal or an intention."""
    not_until: bool = False
    """Negated in form, it happens at a time the text names ("the bridge did not reopen until
    Monday": it reopened on Monday); real although its polarity is NEG."""

    @property
    def negated(self) -> bool:
        """The text says it did not (or will not) happen; not "did not reopen until Monday"."""
        return self.polarity == "NEG" and not self.not_until

    @property
    def hypothetical(self) -> bool:
        return not self.reported_plan and (self.modality is not None or self.hypothetical_clause)

    @property
    def real(self) -> bool:
        """An event the text says happens or happened: neither negated, hypothetical nor generic."""
        return not (self.negated or self.hypothetical or self.generic)

    def to_dict(self) -> dict:
        """The JSON form of this event (one item of ``Timeline.to_dict()["events"]``)."""
        from .serialize import event_to_dict

        return event_to_dict(self)

    def to_json(self, **dumps_options: object) -> str:
        return _dumps(self.to_dict(), dumps_options)


@attrs.frozen
class Relation:
    """A relation between two events (or an event and a time or the publication time).

    ``certain``: the text alone entails it (every consistent placement agrees); otherwise it
    is the best guess of the learned relations and conventions, with ``confidence`` in [0, 1].
    """

    source: str
    relation: str  # BEFORE, AFTER, INCLUDES, IS_INCLUDED, SIMULTANEOUS
    target: str
    confidence: float = 1.0
    certain: bool = True


@attrs.frozen
class Conflict:
    """A set of constraints that cannot all hold, with their evidence and what was dropped."""

    constraints: tuple[str, ...]
    evidence: tuple[str, ...]
    dropped: tuple[str, ...] = ()
    dropped_evidence: tuple[str, ...] = ()  # the words behind what was set aside


@attrs.frozen
class Timeline:
    """Events in timeline order with their bounds, the times, and what could not be reconciled."""

    text: str
    reference_time: Optional[_dt.datetime]
    timexes: tuple[Timex, ...]
    events: tuple[Event, ...]
    relations: tuple[Relation, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    unordered_groups: tuple[tuple[str, ...], ...] = ()  # events whose mutual order the text leaves open
    source: str = ""
    reference_time_source: str = ""  # how the publication date was obtained
    mode: str = "news"
    """How the text was read: "news" (the reference time is when it was told) or "narrative" (a history: only the reader's day)."""
    certain_order: Optional[object] = attrs.field(default=None, eq=False, repr=False)
    """The ordering engine's result over what the text entails (an OrderResult), for exact queries."""

    def event(self, eid: str) -> Event:
        for e in self.events:
            if e.eid == eid:
                return e
        raise KeyError(f"no event with id {eid!r}")

    def _name(self, x: "Event | str") -> str:
        name = x if isinstance(x, str) else x.eid
        if not any(e.eid == name for e in self.events) and not any(t.tid == name for t in self.timexes) and name != "reference_time":
            raise KeyError(f"no event or time expression named {name!r} in this timeline")
        return name

    def before(self, a: "Event | str", b: "Event | str") -> bool:
        """True when every consistent placement puts ``a``'s end before ``b``'s start (the text alone decides)."""
        ida, idb = self._name(a), self._name(b)
        result = self.certain_order
        if result is not None:
            names = result.bounds  # type: ignore[attr-defined]
            return ida in names and idb in names and bool(result.before(ida, idb))  # type: ignore[attr-defined]
        return any(r.source == ida and r.target == idb and r.relation == "BEFORE" and r.certain for r in self.relations)

    def to_markdown(self, **options: object) -> str:
        from .render.markdown import to_markdown

        return to_markdown(self, **options)  # type: ignore[arg-type]

    def to_dict(self) -> dict:
        """The JSON form (``timeline build``): events in order, times, relations, open groups, conflicts."""
        from .serialize import timeline_to_dict

        return timeline_to_dict(self)

    def to_json(self, **dumps_options: object) -> str:
        """:meth:`to_dict` as a JSON string (``json.dumps`` options such as ``indent`` pass through)."""
        return _dumps(self.to_dict(), dumps_options)

    def to_pandas(self):  # type: ignore[no-untyped-def]
        """A pandas DataFrame with one row per event, in timeline order, with typed datetime
        columns (needs the optional extra: ``pip install 'timeline[pandas]'``)."""
        from .interop.pandas import events_frame

        return events_frame(self.events)


def _dumps(data: dict, options: dict) -> str:
    import json

    options = {"ensure_ascii": False, **options}
    return json.dumps(data, **options)  # type: ignore[arg-type]
