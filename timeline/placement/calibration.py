"""What an event's ``confidence`` reports: the share of likely intervals of the same kind that held
on TBAQ, not the raw number the soft fact was settled with.

The raw confidences order the soft facts (a learned probability, a convention's prior); they are
not probabilities that the placement is right: reported speech, settled at 0.75, lands in its gold
day 94% of the time.  ``train/calibrate_confidence.py`` measures, per kind of basis and raw
confidence band, how often the likely interval meets the event's gold day, and writes
``timeline/data/confidence.json``; ``Calibration`` reads that table back.
"""

from __future__ import annotations

import bisect
import functools
import json
from importlib import resources
from typing import Any, Mapping

import attrs

LIKELY_KINDS: Mapping[str, str] = {
    "event-timex": "learned-time",
    "event-dct": "learned-publication",
    "filed-dct": "learned-publication",
    "event-event": "learned-order",
    "event-label": "learned-order",
    "reported-speech": "reported-speech",
    "filed-speech": "reported-speech",
    "filed-past": "past-convention",
    "past-convention": "past-convention",
    "filing-day": "past-convention",
    "discourse": "discourse",
    "news-day": "discourse",
    "news-between": "discourse",
    "episode": "discourse",
    "long-past": "long-past",
    "future-convention": "future-convention",
    "publication-day": "publication-day",
    "given": "given",
    "signal-gap": "signal-gap",
    "offset-day": "signal-gap",
    "offset-year": "signal-gap",
    "described": "sequence",
    "aside-act": "sequence",
    "night": "night",
    "day-part": "night",
    "withheld-moment": "night",  # (s55) "did not leave until Friday": in the time waited for, as a part of a day places
    "year-end": "night",  # a named part of a period, narrowed by convention (helper place, s46)
    "early-hours": "night",
    "occasion": "discourse",
    "sequence": "sequence",
    "sequence-end": "sequence",
    "taken-up": "discourse",
    "aspect-moment": "discourse",  # "before the fire started": the starting is a moment of the fire (helper place, s48)
    "habit": "discourse",  # "Every Friday she visited": from the time told before up to publication (helper leads, s38)
}
"""A soft fact's kind (or what it was told as) -> the kind of basis an event reports as ``likely_kind``."""

TEXT = "text"
"""``likely_kind`` of an event whose likely interval is its certain one: the text alone places it."""
PROPAGATED = "propagated"
"""``likely_kind`` of an event placed by no soft fact of its own, only through the others'."""
KINDS = frozenset({TEXT, PROPAGATED, *LIKELY_KINDS.values()})

_UNCALIBRATED = frozenset({TEXT, "given"})  # the text's own certainty; the caller's own confidence


@attrs.frozen
class Calibration:
    """Per kind of basis, raw confidence bands (upper edges, ascending) and the share that held in each."""

    bands: Mapping[str, tuple[tuple[float, ...], tuple[float, ...]]] = attrs.field(factory=dict)

    def __call__(self, kind: str, raw: float) -> float:
        """The calibrated confidence of a likely interval of ``kind`` settled with ``raw``; ``raw``
        itself for a kind the table does not know (too rare to measure) or must not change."""
        if kind in _UNCALIBRATED or kind not in self.bands:
            return raw
        edges, rates = self.bands[kind]
        return rates[min(bisect.bisect_left(edges, raw), len(rates) - 1)]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Calibration":
        """Read ``{"kinds": {kind: {"edges": [...], "rates": [...]}}}``; a ``ValueError`` names what is wrong."""
        kinds = data.get("kinds") if isinstance(data, Mapping) else None
        if not isinstance(kinds, Mapping):
            raise ValueError("confidence calibration: expected an object with a 'kinds' object")
        bands = {}
        for kind, entry in kinds.items():
            if kind not in KINDS:
                raise ValueError(f"confidence calibration: unknown kind {kind!r} (known: {', '.join(sorted(KINDS))})")
            edges, rates = (entry.get(k) if isinstance(entry, Mapping) else None for k in ("edges", "rates"))
            if not isinstance(edges, list) or not isinstance(rates, list) or not rates or len(edges) != len(rates):
                raise ValueError(f"confidence calibration: kind {kind!r} needs lists 'edges' and 'rates' of one non-zero length")
            if not all(isinstance(x, (int, float)) and 0.0 <= x <= 1.0 for x in (*edges, *rates)):
                raise ValueError(f"confidence calibration: kind {kind!r} has an edge or rate outside [0, 1]")
            if any(a >= b for a, b in zip(edges, edges[1:])):
                raise ValueError(f"confidence calibration: kind {kind!r} has edges that do not ascend")
            bands[kind] = (tuple(map(float, edges)), tuple(map(float, rates)))
        return cls(bands)


@functools.lru_cache(maxsize=1)
def load_calibration() -> Calibration:
    """The calibration shipped with the package (read once)."""
    text = (resources.files("timeline") / "data" / "confidence.json").read_text(encoding="utf-8")
    return Calibration.from_dict(json.loads(text))
