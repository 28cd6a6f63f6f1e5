"""(s60 vals) News: a day counted in a run ("for a third straight day") with a day written right after it is that day.

Rule ``ordinal_day`` values "a third straight day" as the day the clause is about: the story's day, the day told before
it in its clause ("The euro fell on Friday for a second straight day": Friday). A day written right after it, with only
"on" or a comma between ("Shares fell for a third straight day on Tuesday"), is that day too: the run ends there, not
on the day of publication.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

import attrs

from ..model import AnchorKind, Grain, Timex, TimexAnchor, TimexType
from ..recognize.meaning import Mention

if TYPE_CHECKING:
    from .anchors import Context

__all__ = ["run_days_told_after"]

RULE = "ordinal_day"
_BETWEEN = re.compile(r"\s*,?\s*(?:on\s+)?", re.I)  # what may lie between the run and its day


def run_days_told_after(ctx: "Context", mentions: Sequence[Mention], out: list[Timex]) -> list[Timex]:
    """``out`` with each day counted in a run that has a day written right after it valued as that day (see the module);
    ``out`` itself when there is none."""
    if ctx.mode != "news":
        return out
    moved = out
    for i, m in enumerate(mentions[:-1]):
        t, day = out[i], out[i + 1]
        if (m.rule != RULE or t.grain is not Grain.DAY or day.type is not TimexType.DATE or day.grain is not Grain.DAY
                or day.earliest is None or day.value == t.value or _BETWEEN.fullmatch(ctx.text, m.end, mentions[i + 1].start) is None):
            continue
        moved = list(moved) if moved is out else moved
        moved[i] = attrs.evolve(t, value=day.value, earliest=day.earliest, latest=day.latest, anchor=TimexAnchor(AnchorKind.TIMEX, day.tid))
    return moved
