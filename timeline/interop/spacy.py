"""A spaCy pipeline component (``pip install 'timeline[spacy]'``; registered by entry point).

    nlp = spacy.blank("en")
    nlp.add_pipe("timeline", config={"reference_time": "2026-02-02"})
    doc = nlp("The storm hit on Monday.")
    doc._.timexes     # [Span "on Monday"], each with span._.timex (a timeline.Timex)
    doc._.timeline    # [Span "hit"], events in timeline order, each with span._.event (a timeline.Event)

The reference time comes from ``doc._.reference_time`` when set (per document) or from the
component's config; ``build: false`` only tags time expressions.  timeline segments the text
itself, so a Doc needs no sentence boundaries.  Spans are aligned to spaCy's tokens
(expanded to whole tokens when timeline's offsets fall inside one).
"""

from __future__ import annotations

from typing import Any, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..errors import InputError

__all__ = ["TimelineComponent", "make_timeline"]

for _name in ("timexes", "timeline", "reference_time", "timeline_result"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
for _name in ("timex", "event"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


class TimelineComponent:
    """Tags time expressions and (unless ``build`` is false) builds the timeline of each Doc."""

    def __init__(self, reference_time: Optional[str] = None, mode: str = "news", build: bool = True, event_model: str = "neural") -> None:
        self.reference_time = reference_time
        self.mode = mode
        self.build = build
        self.event_model = event_model

    def __call__(self, doc: Doc) -> Doc:
        from .. import build as build_timeline
        from ..tagger import tag
        from . import text_of

        text = text_of(doc)  # refuses a Doc of another language
        ref: Any = doc._.reference_time if doc._.reference_time is not None else self.reference_time
        if self.build:
            tl = build_timeline(text, ref, mode=self.mode, event_model=self.event_model, source="spaCy Doc", reference_time_source="spaCy component")
            timexes, events = tl.timexes, tl.events
            doc._.timeline_result = tl
        else:
            timexes, events = tag(text, ref, mode=self.mode).timexes, ()
        doc._.timexes = [_span(doc, t.start, t.end, t.type.value, "timex", t) for t in timexes]
        doc._.timeline = [_span(doc, e.start, e.end, "EVENT", "event", e) for e in events] if self.build else None
        return doc


def _span(doc: Doc, start: int, end: int, label: str, attr: str, value: object) -> Span:
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is None:  # pragma: no cover - expand always finds tokens inside the text
        raise InputError(f"cannot align characters {start}..{end} with the Doc's tokens")
    setattr(span._, attr, value)
    return span


@Language.factory(
    "timeline",
    default_config={"reference_time": None, "mode": "news", "build": True, "event_model": "neural"},
)
def make_timeline(nlp: Language, name: str, reference_time: Optional[str], mode: str, build: bool, event_model: str) -> TimelineComponent:
    """The ``timeline`` factory (``nlp.add_pipe("timeline")``)."""
    if nlp.lang != "en":
        raise InputError(f"the timeline component reads English; this pipeline's language is {nlp.lang!r}")
    return TimelineComponent(reference_time=reference_time, mode=mode, build=build, event_model=event_model)
