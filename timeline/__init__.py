"""timeline: reconstruct timelines from news text.

Public API (everything else is private and may change)::

    tag(text, reference_time)        -> TaggedDocument   time expressions with TIMEX3 values and bounds
    build(text, reference_time)      -> Timeline         events placed on the time axis, in order
    relate(text, reference_time, events, timexes=...) -> Timeline   the same over your own events and times
    order(facts)                     -> OrderResult      the ordering engine on your own events and relations
    validate(facts, times=..., relations=...)            check a timeline produced elsewhere
    to_markdown(timeline)            -> str              a readable timeline (also Timeline.to_markdown())
    evaluate(gold_docs, system_docs) -> EvaluationResult TempEval-3 scores and errors
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .context import parse_reference_time
from .errors import InputError, InputTooLargeError, LexiconError, ReferenceTimeError, TimeMLError, TimelineError
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

# build/relate and evaluate keep their heavy imports inside the functions that use them, so
# ``import timeline`` stays cheap; binding them here keeps them callable after their modules load.
from .build import build, relate
from .evaluate import EvaluationResult, evaluate

if TYPE_CHECKING:
    from . import order
    from .order import OrderResult, validate
    from .tagger import tag

_LAZY = {
    "tag": ("tagger", "tag"),
    "OrderResult": ("order", "OrderResult"),
    "validate": ("order", "validate"),
}


def __getattr__(name: str) -> Any:
    """Load the rest of the pipeline's modules when first used (PEP 562)."""
    import importlib

    if name == "order":  # a callable package: timeline.order(facts) == timeline.order.order(facts)
        return importlib.import_module(".order", __name__)
    if name in _LAZY:
        module, attribute = _LAZY[name]
        value = getattr(importlib.import_module(f".{module}", __name__), attribute)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")


__version__ = "0.1.0"

__all__ = [
    "AnchorKind",
    "Conflict",
    "Event",
    "EventAnchor",
    "Grain",
    "InputError",
    "InputTooLargeError",
    "LexiconError",
    "ReferenceTimeError",
    "Relation",
    "TaggedDocument",
    "TimeMLError",
    "Timeline",
    "TimelineError",
    "Timex",
    "TimexAnchor",
    "TimexType",
    "EvaluationResult",
    "OrderResult",
    "build",
    "evaluate",
    "order",
    "parse_reference_time",
    "relate",
    "tag",
    "to_markdown",
    "validate",
]


def to_markdown(tl: Timeline, **options: object) -> str:
    """The Markdown timeline of ``tl`` (see :mod:`timeline.render.markdown`)."""
    from .render.markdown import to_markdown as _to_markdown

    return _to_markdown(tl, **options)  # type: ignore[arg-type]
