"""A weekday in a headline is the day the body tells under the same name.

A headline is written in few words and often with no tense a reader of the resolver can use ("Heatwave to Peak on
Thursday", "Rovers Beaten at Home Saturday"); the lead says the same day again in a full sentence, which the resolver
reads well. So a bare weekday of the headline (no month, day or year of its own) takes the date of the first weekday of the
same name the body tells, with its own part of the day kept.  News only: a history has no headline of this kind.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Sequence

import attrs

from ..model import Timex, TimexAnchor, AnchorKind
from ..recognize.meaning import CalendarSpec, Mention
from ..text import headline_of_text

if TYPE_CHECKING:
    from .anchors import Context

__all__ = ["headline_weekdays"]

_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def _bare_weekday(spec: object) -> bool:
    """A weekday with nothing of a date beside it ("Thursday", "Thursday night"; not "Thursday, May 4")."""
    return (isinstance(spec, CalendarSpec) and spec.weekday is not None and spec.month is None and spec.day is None
            and spec.year is None and spec.holiday is None)


def headline_weekdays(ctx: "Context", mentions: Sequence[Mention], out: list[Timex]) -> list[Timex]:
    """``out`` with each bare weekday of the headline moved to the date of the body's first weekday of that name
    (see the module); ``out`` itself when there is nothing to move."""
    line_end = ctx.text.find("\n")
    if ctx.mode != "news" or not mentions or line_end < 0 or mentions[0].start > line_end:
        return out  # (quick test: no time expression on the first line, no headline's)
    head = headline_of_text(ctx.text)
    if head is None:
        return out
    moved = list(out)
    for i, m in enumerate(mentions):
        if m.start >= head[1]:
            break
        if not _bare_weekday(m.meaning) or not _DATE.match(out[i].value):
            continue
        weekday = m.meaning.weekday  # type: ignore[attr-defined]
        j = next((j for j in range(i + 1, len(mentions)) if mentions[j].start >= head[1]
                  and _bare_weekday(mentions[j].meaning) and mentions[j].meaning.weekday == weekday), None)  # type: ignore[attr-defined]
        if j is None or not _DATE.match(out[j].value):
            continue
        delta = dt.date.fromisoformat(out[j].value[:10]) - dt.date.fromisoformat(out[i].value[:10])
        if not delta:
            continue
        t = out[i]
        moved[i] = attrs.evolve(t, value=out[j].value[:10] + t.value[10:], earliest=t.earliest + delta if t.earliest else None,
                                latest=t.latest + delta if t.latest else None, anchor=TimexAnchor(AnchorKind.TIMEX, out[j].tid),
                                temporal_function=True)
    return moved
