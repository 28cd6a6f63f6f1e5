"""timeline: reconstruct timelines from news text.

Public API (everything else is private and may change)::

    tag(text, reference_time)        -> TaggedDocument   time expressions with TIMEX3 values and bounds
"""

from __future__ import annotations

from .context import parse_reference_time
from .errors import InputError, InputTooLargeError, ReferenceTimeError, TimeMLError, TimelineError
from .model import (
    AnchorKind,
    Conflict,
    Event,
    EventAnchor,
    Grain,
    Relation,
    TaggedDocument,
    Timeline,
    Timex,
    TimexAnchor,
    TimexType,
)

from .tagger import tag

__version__ = "0.1.0"

__all__ = [
    "AnchorKind",
    "Conflict",
    "Event",
    "EventAnchor",
    "Grain",
    "InputError",
    "InputTooLargeError",
    "ReferenceTimeError",
    "Relation",
    "TaggedDocument",
    "TimeMLError",
    "Timeline",
    "TimelineError",
    "Timex",
    "TimexAnchor",
    "TimexType",
    "parse_reference_time",
    "tag",
]
