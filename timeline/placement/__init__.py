"""Likely placement: the second layer of bounds, from learned relations and news conventions.

The certain layer is what the text entails.  The likely layer adds soft knowledge as
constraints of strength 0, below every textual one, in a fixed order: highest confidence
first, each kept only if it agrees with everything already in (``Network.try_add``); a
guess never displaces textual evidence or a more confident guess.  Soft knowledge is:

- learned relations (``timeline.relations``): event to publication time, to a time
  expression of its sentence, and start-point order of nearby events;
- news conventions, measured on TBAQ (``train/measure_news_conventions.py``): reported
  speech happens at publication time; an event with no time of its own continues the time
  of the discourse before it; an undated past event most likely happened on the publication
  day; an undated future one within a few months after it.

Negated, hypothetical and generic events take no part: they get no likely interval.
"""

from __future__ import annotations

from .base import SOFT_STRENGTH, SoftFact, publication_day
from .days import day_part_facts, day_parts, described_facts, event_windows, night_facts, whole_nights, early_hours_facts, episode_facts, occasion_facts, offset_day_facts, carried_days, offset_timex_day_facts, named_days, withheld_moment_facts
from .discourse import SEQUENCE_CONFIDENCE, continued_discourse, lasting_states, sequence_facts
from .facts import FILING_MAX_DAYS, WIDE_REACH, Conventions, convention_facts, filing_day, load_conventions
from .learned import DCT_MIN, LIKELY_GAP_CONFIDENCE, PLACING_LABEL_MIN, START_ORDER_MIN, learned_facts, likely_gap_facts, soon_after_facts
from .undated import lead_retold, news_day, news_day_facts
from .listing import caller_relations, open_runs, timeline_order
from .relations import LABEL_MIN, STATED_ORDER_MIN, TIMELINE_REACH, local_pairs, local_relations
from .settling import WIDE_HAPPENING, close_open, close_wide, likely_interval, own_basis, settle

__all__ = [
    "WIDE_HAPPENING",
    "SoftFact", "Conventions", "day_part_facts", "day_parts", "described_facts", "event_windows", "load_conventions", "learned_facts", "continued_discourse", "convention_facts", "lead_retold", "news_day", "news_day_facts", "likely_gap_facts", "soon_after_facts", "night_facts", "whole_nights", "early_hours_facts", "episode_facts", "occasion_facts", "offset_day_facts", "carried_days", "offset_timex_day_facts", "named_days", "withheld_moment_facts", "lasting_states", "sequence_facts", "filing_day",
    "publication_day", "settle", "close_open", "close_wide", "likely_interval", "local_pairs", "local_relations", "own_basis", "caller_relations",
    "timeline_order", "open_runs", "SOFT_STRENGTH", "DCT_MIN", "FILING_MAX_DAYS", "LIKELY_GAP_CONFIDENCE", "SEQUENCE_CONFIDENCE",
    "START_ORDER_MIN", "WIDE_REACH", "LABEL_MIN", "PLACING_LABEL_MIN", "STATED_ORDER_MIN", "TIMELINE_REACH",
]
