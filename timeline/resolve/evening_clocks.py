"""(s59 vals) A clock time told in words after an afternoon or evening the story is in: that part's hour.

"Fog closed in over the bay on Friday evening, and the trawler hit the rocks at a quarter to six": the clock has no
a.m./p.m. and no part of the day of its own, and the story is in Friday evening (17:00 .. 22:00), so it is 17:45 that
evening, not 05:45 the next morning. Only a part of the day that begins at noon or later and ends by midnight (lexicon
[parts_of_day]: afternoon, evening; not a night, which runs into the morning: "queued overnight ... went on sale at nine
o'clock" is the morning's), only when the hour twelve on lies inside it (or is its end), and only with no day of its own told with the
clock. A clock written with digits and a dot ("at 5.45") already leaves its half of the day open (recognize clock_dotted).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from ..model import Grain
from ..recognize.meaning import CalendarSpec, Mention
from .calendar import Period

if TYPE_CHECKING:
    from .anchors import Context

__all__ = ["evening_clock"]

_NOON = 12
_HALF_SAID = re.compile(r"[ap]\.?\s?m\b|\bnoon\b|\bmidday\b|\bmidnight\b|\d[:.]\d", re.I)  # (a.m./p.m., or a dotted clock: left as it is)


def evening_clock(ctx: "Context", spec: CalendarSpec, mention: Mention, last: Period) -> CalendarSpec:
    """``spec`` moved to the afternoon or evening ``last`` (the part of the day the story told last) when it is a clock
    time below noon told with no half of the day (see the module); else ``spec`` itself."""
    if (spec.hour is None or not 1 <= spec.hour < _NOON or spec.half_day_open or last.grain is not Grain.PART_OF_DAY
            or last.start.hour < _NOON or last.end.date() != last.start.date() or spec.weekday is not None
            or spec.month is not None or spec.day is not None or _HALF_SAID.search(mention.text)):
        return spec
    words = mention.text.lower().split()
    if any(w in ctx.lexicon["parts_of_day"] for w in words):
        return spec  # ("at six in the morning": its own part)
    at = last.start.replace(hour=spec.hour + _NOON, minute=spec.minute or 0)
    return attrs.evolve(spec, hour=spec.hour + _NOON) if last.start <= at <= last.end else spec  # (its end hour too: "finished at ten o'clock")
