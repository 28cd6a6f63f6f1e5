"""The order a timeline states between events (session s32, helper order, bench/stories-s32order): kinds of textual
order that came out wrong on our own sentences.  Each case has a control the fix must keep."""

from __future__ import annotations

import timeline

from _timelines import certain_relation as _certain

_REF = "2026-12-03"  # a Thursday


# --- a state verb carrying a participle, before a signal clause -------------------------------------------------

def test_a_state_verb_carrying_a_participle_shares_its_until_clause() -> None:
    """ "The library will stay closed until engineers repair the roof": the staying is the closed state, so it began
    before the repair, as the closing did."""
    tl = timeline.build("The library will stay closed until engineers repair the roof.", _REF)
    assert _certain(tl, "closed", "repair") == "BEFORE"
    assert _certain(tl, "stay", "repair") == "BEFORE"


def test_a_past_state_verb_carrying_a_participle_shares_its_after_clause() -> None:
    """ "The road remained closed after the river burst its banks": the remaining came after the flood, as the closed
    state did."""
    tl = timeline.build("The road remained closed after the river burst its banks.", _REF)
    assert _certain(tl, "closed", "burst") == "AFTER"
    assert _certain(tl, "remained", "burst") == "AFTER"


def test_a_state_verb_is_not_put_inside_a_during_clause() -> None:
    """Control: "The station remained closed during the strike": the state may have held before the strike and after
    it; the remaining is not put inside the strike (only "before"/"after" clauses are shared)."""
    tl = timeline.build("The station remained closed during the strike on Monday.", _REF)
    assert _certain(tl, "remained", "strike") is None
