"""(s60 vals) News: "the same period a year earlier" after a stretch that is no calendar period is that stretch a year back.

"the year-earlier period", "the same period last year" (a quarter the resolver looks for, as in a quarterly report)
restate the period the report gave last. When that is a length ("in the nine months", "in the six weeks to January 4",
"in the first nine months of the year"), TimeBank writes the length's value (P9M: "In the nine months ... In the
year-earlier period", wsj_0760), not a quarter. Its bounds are the length's own moved back a year when the length has
them (the six weeks to 4 January 2028: 24 Nov 2026 .. 5 Jan 2027); else none. A length that is a calendar period
("the six months to June 30": the first half, which the resolver already found a year back) keeps the period's value.

The length is the nearest time told before it in its sentence or the one before, leaving out the times written as the
length's own end or year ("to January 4", "of the year": starting at most :data:`_OWN_REACH` characters after it);
any other time between (a quarter named after the length) leaves the expression as the resolver valued it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Sequence

import attrs

from ..model import AnchorKind, Grain, Timex, TimexAnchor, TimexType
from ..recognize.meaning import CalendarSpec, Mention
from . import calendar as cal

if TYPE_CHECKING:
    from .anchors import Context

__all__ = ["same_stretches"]

_OWN_REACH = 8  # characters after a length within which a time is the length's own ("the six weeks [to January 4]")
_LOOK_BACK = 4  # time expressions tried before, nearest first
_STRETCH = re.compile(r"P\d+[DWM]")  # a length of days, weeks or months (a year is a calendar period's grain)


def same_stretches(ctx: "Context", mentions: Sequence[Mention], out: list[Timex]) -> list[Timex]:
    """``out`` with each "same period a year earlier" told after a length valued as that length a year back (see the
    module); ``out`` itself when there is none."""
    if ctx.mode != "news":
        return out
    moved = out
    for i, m in enumerate(mentions):
        spec = m.meaning
        if not (isinstance(spec, CalendarSpec) and spec.same_grain_anchor and spec.inherit_grain and spec.shift is not None
                and spec.shift.grain is Grain.YEAR and spec.shift.amount == -1 and spec.year is None):
            continue
        first_sentence = ctx.doc.sentence_index(m.start) - 1
        for j in range(i - 1, max(-1, i - 1 - _LOOK_BACK), -1):
            if ctx.doc.sentence_index(out[j].start) < first_sentence:
                break
            if j > 0 and out[j - 1].type is TimexType.DURATION and 0 <= out[j].start - out[j - 1].end <= _OWN_REACH:
                continue  # the length's own end or year: "to January 4", "of the year"
            if out[j].type is TimexType.DURATION and _STRETCH.fullmatch(out[j].value):
                back = _year_back(out[i], out[j])
                if back.earliest is None or (back.earliest, back.latest) != (out[i].earliest, out[i].latest):
                    # (not when the resolver found the calendar period the length is, a year back: "the six months to
                    # June 30 ... the same period last year" is the first half, 2025-H1)
                    moved = list(moved) if moved is out else moved
                    moved[i] = back
            break
    return moved


def _year_back(t: Timex, length: Timex) -> Timex:
    """``t`` as ``length`` a year before (its value; its bounds a year back when it has them)."""
    earliest = latest = None
    if length.earliest is not None and length.latest is not None:
        earliest, latest = _back(length.earliest), _back(length.latest)
    return attrs.evolve(t, type=TimexType.DURATION, value=length.value, grain=length.grain, earliest=earliest, latest=latest,
                        anchor=TimexAnchor(AnchorKind.TIMEX, length.tid), min_length=length.min_length, max_length=length.max_length)


def _back(t: dt.datetime) -> dt.datetime:
    d = cal.add_months(t.date(), -12)
    return dt.datetime.combine(d, t.time())
