"""``build`` and ``relate``: text + reference time → a Timeline of events placed on the time axis.

The entry points only; the stages are in :mod:`timeline.pipeline` and load on first use, so
``import timeline`` stays cheap.
"""

from __future__ import annotations

import os
from typing import Mapping, Optional, Sequence

from .context import ReferenceTimeLike, parse_reference_time
from .model import Timeline

__all__ = ["build", "relate", "BUILD_MAX_CHARS"]

BUILD_MAX_CHARS = 2_000_000
"""Largest text ``build`` accepts by default (about 2 MB): a guard against a mistaken input (a
whole archive passed as one text), not a speed limit (time grows about linearly with the text,
see docs/benchmarks.md "Scale"); memory is the bound, about 1 GB per MB of news with the
perceptron model and more with the neural one.  Pass ``max_chars`` to raise it."""


def build(
    text: str,
    reference_time: Optional[ReferenceTimeLike],
    *,
    mode: str = "news",
    source: str = "",
    reference_time_source: str = "given by the caller",
    max_chars: int = BUILD_MAX_CHARS,
    event_model: str = "neural",
    language: str = "en",
    lexicon_dir: "Optional[str | os.PathLike[str]]" = None,
) -> Timeline:
    """Find the events of ``text``, anchor them, and place each on the time axis.

    Each event gets the interval its start and its end can lie in (``earliest_start`` ...
    ``latest_end``), the anchors that constrain it with the words that said so, and its
    place in a total order that respects every definite relation.  ``event_model``
    picks the event detector: ``"neural"`` (default, more accurate) or ``"perceptron"``
    (several times faster).  ``language`` and ``lexicon_dir`` pick the lexicon as in
    :func:`timeline.tag` (the event models are English).
    """
    from .events.detect import check_event_model, detect_events_with_states
    from .events.features import shared_lexical
    from .assembly.mentions import outside_furniture, outside_names, outside_timexes, with_headline_events, with_implied
    from .pipeline import assemble, collection_paused
    from .tagger import check_text, checked_language, tag_doc
    from .text import segment

    check_event_model(event_model)  # before tagging: a typo fails fast
    check_text(text, mode, max_chars)
    language = checked_language(language, lexicon_dir)
    ref = None if reference_time is None else parse_reference_time(reference_time)
    with collection_paused(), shared_lexical():  # segmentation and tagging too make many small objects and no cycles;
        # (s63 speed) one memo of words' lemmas for every stage of this build, dropped when it returns
        segmented = segment(text, language)  # the one segmentation every stage reads
        doc = tag_doc(segmented, ref, mode=mode)
        detected, hidden = detect_events_with_states(segmented, event_model=event_model)  # one encoder pass for events and relations
        mentions = outside_timexes(with_implied(segmented, outside_names(outside_furniture(detected, segmented), segmented)), doc.timexes)
        timeline = assemble(segmented, ref, doc.timexes, mentions, hidden, event_model, source, reference_time_source, mode=mode)
        timeline = with_headline_events(timeline, segmented, outside_timexes(detected, doc.timexes))  # the lead's time
        # freed before the collector resumes: its first pass then scans what the timeline holds, not
        # also the text's tokens, tags and mentions (a third of that pass in a long build)
        del segmented, doc, detected, hidden, mentions
    return timeline


def relate(
    text: str,
    reference_time: Optional[ReferenceTimeLike],
    events: Sequence[Mapping[str, object]],
    *,
    timexes: Optional[Sequence[object]] = None,
    relations: Sequence[Mapping[str, object]] = (),
    mode: str = "news",
    source: str = "",
    max_chars: int = BUILD_MAX_CHARS,
    event_model: str = "neural",
    language: str = "en",
    lexicon_dir: "Optional[str | os.PathLike[str]]" = None,
) -> Timeline:
    """Order the caller's own events (and times): the timeline of ``build`` over given entities.

    ``events``: mappings ``{"id", "start", "end"}`` with optional TimeML attributes (see
    :mod:`timeline.events.given`); ``timexes``: mappings ``{"id", "start", "end", "type",
    "value"}`` or :class:`Timex` objects, or None to tag the text; ``relations``: what the caller
    already knows, ``{"source", "relation", "target", "confidence"}`` (1.0, the default, is as
    firm as the text; below it, a guess the engine keeps only if it agrees).  Ids are kept, so the
    relations come back in the caller's names.  ``event_model`` only picks the encoder
    features of the relation models (``"perceptron"``: none).  A bad item raises
    :class:`InputError` naming it.
    """
    from .anchoring import REFERENCE
    from .events.detect import check_event_model, detect_events_with_states
    from .events.given import given_mentions
    from .pipeline import assemble
    from .resolve.period import given_timexes
    from .tagger import check_text, checked_language, tag_doc
    from .text import segment

    check_event_model(event_model)
    check_text(text, mode, max_chars)
    language = checked_language(language, lexicon_dir)
    ref = None if reference_time is None else parse_reference_time(reference_time)
    segmented = segment(text, language)
    times = tag_doc(segmented, ref, mode=mode).timexes if timexes is None else given_timexes(text, timexes, ref)
    mentions = given_mentions(segmented, events, reserved=frozenset(t.tid for t in times) | {REFERENCE})
    hidden = detect_events_with_states(segmented, event_model=event_model)[1] if event_model == "neural" else None
    return assemble(segmented, ref, times, mentions, hidden, event_model, source, "given by the caller", relations, mode=mode)
