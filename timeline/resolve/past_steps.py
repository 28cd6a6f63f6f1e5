"""(s60 vals) News: a step on told in the past tense is over by publication; counted past it, it counts from an earlier day.

"The following weekend", "the next week", "the following month", "the following year" count on from the story's time. News tells a deed and
then the day it was reported, or a plan, before the step ("The pier, which a storm damaged on 2 February, will be
repaired by June, the council said on Monday. Divers checked it the following weekend"): counted from the report's
Monday (or from publication, after the plan) the weekend is still to come, which a past clause cannot tell of. Such a
step is counted instead from the nearest day told before it from which it is over by the publication day (the storm's
2 February: the weekend of 5-6 February); a step of months or years also from a month or year ("The castle fell in
1642, the dig's leader said on Tuesday. The following year it was rebuilt": 1643, not the year after publication). The resolver's own guard for a day still to come
(:func:`.story_days.past_day_anchor`) only sees a day the story holds; this pass reads the days the text told.

Only a step of one unit or more ahead (``shift`` counted from the story), in a past clause (the verb or its clause),
not about what a warning is of ("warned of snow the following morning"), with a day told before it that gives a
step over by publication; the value, bounds and anchor then come from that day.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Optional, Sequence

import attrs

from ..model import AnchorKind, Grain, Timex, TimexAnchor, TimexType
from ..recognize.meaning import Anchoring, CalendarSpec, Mention
from . import calendar as cal
from .tense import tense_evidence
from .tense_signals import after_forewarning

if TYPE_CHECKING:
    from .anchors import Context

__all__ = ["past_steps_over"]

_GRAINS = (Grain.DAY, Grain.WEEKEND, Grain.WEEK, Grain.MONTH, Grain.YEAR)  # the steps taken: "the following day/weekend/week/month/year"
_LOOK_BACK = 8  # time expressions tried before the step, nearest first


def past_steps_over(ctx: "Context", mentions: Sequence[Mention], out: list[Timex]) -> list[Timex]:
    """``out`` with each step on told in the past and counted past publication counted from the nearest earlier day
    that puts it by publication (see the module); ``out`` itself when there is none."""
    if ctx.mode != "news" or ctx.reference is None:
        return out
    today = ctx.reference.date()
    moved = out
    for i, m in enumerate(mentions):
        spec = m.meaning
        if not _step_on(spec) or out[i].earliest is None or out[i].earliest.date() <= today or out[i].anchor.kind is not AnchorKind.TIMEX:
            continue
        tense, level = tense_evidence(ctx.doc, m.start, m.end)
        if tense != "past" or level > 1 or after_forewarning(ctx.doc, m.start):
            continue
        assert isinstance(spec, CalendarSpec) and spec.shift is not None
        for j in range(i - 1, max(-1, i - 1 - _LOOK_BACK), -1):
            day = out[j]
            if (day.type is not TimexType.DATE or day.earliest is None or day.tid == out[i].anchor.timex_id
                    or not (day.grain is Grain.DAY or (spec.grain >= Grain.MONTH and Grain.DAY <= day.grain <= spec.grain))):
                continue  # (a day for a step of days or weeks; a month or year also for a step of months or years)
            if day.earliest.date() >= today:
                continue
            period = _step(day.earliest, spec.grain, int(spec.shift.amount or 0))
            if period is not None and period.start.date() <= today:
                moved = list(moved) if moved is out else moved
                moved[i] = attrs.evolve(out[i], value=period.value, earliest=period.start, latest=period.end,
                                        anchor=TimexAnchor(AnchorKind.TIMEX, day.tid))
                break
    return moved


def _step_on(spec: object) -> bool:
    """A step of whole units ahead counted from the story ("the following weekend"), of a grain :data:`_GRAINS` holds."""
    return (isinstance(spec, CalendarSpec) and spec.shift is not None and spec.shift.anchoring is Anchoring.NARRATIVE
            and (spec.shift.amount or 0) >= 1 and spec.shift.amount == int(spec.shift.amount) and spec.grain in _GRAINS
            and spec.shift.grain is (Grain.WEEK if spec.grain is Grain.WEEKEND else spec.grain) and spec.part_of_day is None
            and spec.weekday is None and spec.day is None)


def _step(base: dt.datetime, grain: Grain, amount: int) -> Optional[cal.Period]:
    """The period ``amount`` units of ``grain`` after the time that starts at ``base`` (a weekend: the one that ends the
    day's week, as the resolver counts "the following weekend" after a weekday)."""
    if amount < 1:
        return None
    if grain is Grain.WEEKEND:
        own = cal.containing(base, Grain.WEEKEND)
        if base < own.start:
            return cal.shifted(own.start, Grain.WEEKEND, amount - 1) if amount > 1 else own
        return cal.shifted(base, Grain.WEEKEND, amount)
    return cal.shifted(base, grain, amount)
