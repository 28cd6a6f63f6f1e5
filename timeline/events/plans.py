"""Which placed events the text tells as still to come: planned, scheduled or expected.

A real event is placed on the timeline whether it happened or is only arranged: "will meet in Vienna on Monday",
"is due to be sentenced on Dec. 11", "a ceremony is scheduled for Nov. 2".  The text vouches for the arrangement,
not for the happening, so the reader is told which is which: :func:`planned` marks the event ("planned" in the JSON
form, "(planned)" after its date in Markdown and HTML).  Negated, conditional ("would", "could", "if") and generic
events stay unplaced, under "Also mentioned"; see docs/conventions.md, "Planned events".
"""

from __future__ import annotations

import datetime as dt
from typing import Optional, Protocol

__all__ = ["planned"]


class _Told(Protocol):
    tense: str
    reported_plan: bool
    earliest_start: Optional[dt.datetime]

    @property
    def real(self) -> bool: ...


def planned(e: _Told, reference: Optional[dt.datetime] = None) -> bool:
    """Whether ``e`` is a real event told as to come: in the future tense ("will stage a strike on Tuesday"), or a plan the
    text states firmly and dates (``reported_plan``: "said she would sentence him on June 3", "is scheduled to hold a press
    conference on Tuesday", "a ceremony is scheduled for Nov. 2"); with the publication time ``reference``, also one the
    text puts wholly after the publication day whatever its tense ("The trial opens on Monday", "is to meet on Friday").
    Not what a modal or a condition only supposes: that is no real event at all."""
    if not e.real:
        return False
    if e.tense == "FUTURE" or e.reported_plan:
        return True
    return reference is not None and e.earliest_start is not None and e.earliest_start.date() > reference.date()
