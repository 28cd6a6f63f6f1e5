"""The order a timeline states between events (issue 10): kinds of textual order that came out reversed on the
stories of session s27 (helper order, bench/stories-s27order) and on TBAQ's MATRES pairs.  Each case has a control
the fix must keep."""

from __future__ import annotations

import datetime as dt
from typing import Optional

import timeline

_REF = dt.datetime(2026, 6, 10)
_INVERSE = {"BEFORE": "AFTER", "AFTER": "BEFORE", "INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES", "SIMULTANEOUS": "SIMULTANEOUS"}


def _certain(text: str, a: str, b: str) -> Optional[str]:
    """The certain relation ``tl.relations`` states of the event or time with text ``a`` to the one with text ``b``."""
    tl = timeline.build(text, _REF)
    ids = {e.text: e.eid for e in reversed(tl.events)} | {t.text: t.tid for t in reversed(tl.timexes)}
    x, y = ids[a], ids[b]
    for r in tl.relations:
        if r.certain and (r.source, r.target) == (x, y):
            return r.relation
        if r.certain and (r.source, r.target) == (y, x):
            return _INVERSE[r.relation]
    return None


def test_since_before_a_modal_clause_gives_a_reason_not_a_time() -> None:
    """ "opposed the merger, since it would close two depots": the closing, if it comes, comes later; the opposing
    did not begin after it."""
    text = "The drivers' union opposed the merger, since it would close two depots."
    assert _certain(text, "opposed", "close") != "AFTER"


def test_since_before_a_future_clause_leaves_the_dates_to_order() -> None:
    """ "filled their tanks on Monday, since fuel prices will rise in March": Monday comes first."""
    text = "Drivers filled their tanks on Monday, since fuel prices will rise in March."
    assert _certain(text, "filled", "rise") == "BEFORE"


def test_a_fronted_since_before_a_future_clause_orders_nothing() -> None:
    """ "Since the ferry will stop soon, islanders bought boats": a reason."""
    text = "Since the ferry will stop soon, islanders bought small boats."
    assert _certain(text, "bought", "stop") != "AFTER"


def test_since_before_a_past_clause_still_orders() -> None:
    """Control: "has been closed since the flood damaged it": the closure began after the damage."""
    text = "The footbridge has been closed since the flood damaged it."
    assert _certain(text, "closed", "damaged") == "AFTER"


def test_a_fronted_since_before_a_past_clause_still_orders() -> None:
    """Control: "Since the plant shut, the town has lost a dozen shops": the losing came after."""
    text = "Since the paper mill shut, the town has lost a dozen shops."
    assert _certain(text, "lost", "shut") == "AFTER"


def test_a_date_a_scheduling_verb_fixes_is_not_its_day() -> None:
    """ "The council set June 30 as the deadline for objections": June 30 is the deadline; the setting was done
    before (in the past, here before June 10), not on June 30."""
    text = "The council set June 30 as the deadline for objections, the clerk said."
    assert _certain(text, "set", "June 30") != "IS_INCLUDED"


def test_a_date_right_after_another_verb_before_as_still_dates_it() -> None:
    """Control: "Prices fell June 3 as traders sold": the fall was on June 3 (no scheduling verb)."""
    text = "Copper prices fell June 3 as traders sold their stocks."
    assert _certain(text, "fell", "June 3") == "IS_INCLUDED"
