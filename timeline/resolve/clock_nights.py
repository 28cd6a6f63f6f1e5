"""News: a clock time told back into the evening of a night the lede told across midnight."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING, Optional

from ..recognize.meaning import CalendarSpec, Direction, Mention
from .picking import direction

if TYPE_CHECKING:
    from .anchors import Context
    from .story import Story

__all__ = ["evening_of_told_night"]

_TOLD_BACK = 8  # dates recorded, the last first, among which the late time of the day before is looked for


def evening_of_told_night(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story, day: dt.date,
                          first: Optional[str]) -> Optional[tuple[dt.date, str]]:
    """ "Forty climbers were rescued late on Friday, and the last of them reached the valley shortly after 3 a.m. on Saturday.
    ... The storm struck after the group set off at 7.40 p.m.": in news, a sentence that told a time shorter than a day
    ending with the day before the story's day ("late on Saturday", 16:00-24:00) and ``first``, the id of a time told in that
    day's first hours (a small-hours clock time, "early on Sunday"), tells of one night; a past clock time of a later
    sentence that lies inside that late time on the day before (no clock of those first hours can) goes back into the
    night's evening: that day (and the id of the late time). Not after a story told over several sentences ("The
    storm hit late on Friday. Power went off at 2 a.m. on Saturday. It was restored at 8.30 p.m.": Saturday's), nor in a
    clause that is not past (the caller leaves out clocks that carry the story on, "By 9 p.m. ...")."""
    assert spec.hour is not None
    said = story.sentence_of.get(first, -1) if first is not None else -1
    if ctx.mode != "news" or first is None or not 0 <= said < story.sentence:
        return None
    at = dt.datetime.combine(day, dt.time(spec.hour, spec.minute or 0))
    before, midnight = at - dt.timedelta(days=1), dt.datetime.combine(day, dt.time())
    late = next((tid for tid, (earliest, latest) in itertools.islice(reversed(story.bounds_of.items()), _TOLD_BACK)
                 if story.sentence_of.get(tid) == said and earliest <= before < latest == midnight
                 and latest - earliest < dt.timedelta(days=1)), None)
    if late is None:
        return None
    way, strong = direction(ctx, spec, mention, Direction.CLOSEST)
    return (before.date(), late) if way is Direction.PAST and strong else None
