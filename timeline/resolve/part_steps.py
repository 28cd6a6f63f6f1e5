"""(s62 vals) Two steps of a day to parts of the day told in turn count from the same day.

"Thieves broke into the museum on Friday night. Police found the van the following morning and made two arrests the
following evening": both steps count on from the Friday night, so the evening is Saturday's, the same date as the
morning, not Sunday's. A step to a part of day told after a part of its own date ("that afternoon ... the following
evening") stays the next date's (:func:`.shifts.shifted_period`); only a story's part reached by a step of one day
("the following morning", "the next morning": a word of the lexicon's ``[relative] shift`` worth one, then a part of
``[parts_of_day]``) whose hours end by the time the new part begins gives its date to the new step.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from .anchors import Context
    from .story import Story

__all__ = ["stepped_part_date"]


def stepped_part_date(ctx: "Context", story: "Story", part_of_day: str) -> Optional[dt.date]:
    """The date of the story's part of day when it was itself told as a step of one day ("the following morning") and
    ``part_of_day`` begins no earlier than that part ends (an evening, a night after a morning); else None."""
    day, tid = story.day, story.day_tid
    if day is None or tid is None or tid not in story.start_of or tid not in story.end_of:
        return None
    words = ctx.text[story.start_of[tid] : story.end_of[tid]].lower().split()
    parts = ctx.lexicon["parts_of_day"]
    shifts = ctx.lexicon["relative"]["shift"]
    if len(words) < 2 or words[-1] not in parts or not any(shifts.get(w) == 1 for w in words[:-1]):
        return None
    told, new = parts[words[-1]], parts.get(part_of_day)
    if new is None or float(new["start"]) < float(told["end"]):
        return None
    return day.start.date()
