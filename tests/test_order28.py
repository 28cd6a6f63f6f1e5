"""The order a timeline states between events (session s28, helper order, bench/stories-s28order): kinds of textual
order that came out wrong, as certain orders, on TBAQ's MATRES pairs and on our own sentences.  Each case has a
control the fix must keep."""

from __future__ import annotations

import datetime as dt
from typing import Optional

import timeline

_REF = dt.datetime(2026, 12, 4)
_INVERSE = {"BEFORE": "AFTER", "AFTER": "BEFORE", "INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES", "SIMULTANEOUS": "SIMULTANEOUS"}


def _build(text: str) -> timeline.Timeline:
    return timeline.build(text, _REF)


def _event(tl: timeline.Timeline, word: str):  # type: ignore[no-untyped-def]
    """The first event with text ``word``."""
    return next(e for e in tl.events if e.text == word)


def _certain(text: str, a: str, b: str) -> Optional[str]:
    """The certain relation ``tl.relations`` states of the event with text ``a`` to the one with text ``b``."""
    tl = _build(text)
    x, y = _event(tl, a).eid, _event(tl, b).eid
    for r in tl.relations:
        if r.certain and (r.source, r.target) == (x, y):
            return r.relation
        if r.certain and (r.source, r.target) == (y, x):
            return _INVERSE[r.relation]
    return None


def test_a_state_said_to_hold_now_may_have_begun_before_the_publication_day() -> None:
    """ "with the volunteers now camped by the river": they camped there before Tuesday's saying, or may have; the
    timeline must not state for certain that the camping began after it."""
    text = ("The council said on Tuesday that the flood had receded. The clean-up went on through the week, "
            "with volunteers now camped by the river to guard the dykes.")
    tl = _build(text)
    assert _event(tl, "camped").earliest_start is None
    assert _certain(text, "said", "camped") is None


def test_a_progressive_with_now_holds_now_without_starting_today() -> None:
    """ "The chain is now opening shops in every county": under way, not begun on the publication day."""
    tl = _build("The chain is now opening shops in every county, its owner said.")
    ev = _event(tl, "opening")
    assert ev.earliest_start is None
    assert ev.latest_start is not None and ev.latest_start <= dt.datetime(2026, 12, 5)


def test_a_named_day_still_holds_its_event() -> None:
    """Control: "camped by the river on Tuesday" lies in Tuesday."""
    tl = _build("Volunteers camped by the river on Tuesday to guard the dykes.")
    ev = _event(tl, "camped")
    assert ev.earliest_start == dt.datetime(2026, 12, 1)
