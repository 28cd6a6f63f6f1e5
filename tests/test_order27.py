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


def test_a_fronted_phrase_no_comma_closes_orders_the_verb_after_its_subject_pronoun() -> None:
    """ "After the inquiry into the crash she resigned": no comma ends the phrase; "she" opens the main clause, whose
    verb comes after the inquiry."""
    text = "After the inquiry into the crash she resigned from the board."
    assert _certain(text, "resigned", "inquiry") == "AFTER"


def test_a_fronted_noun_phrase_without_a_comma_orders_the_work_after_it() -> None:
    """ "After her training in Leeds she worked at a clinic": the working came after the training."""
    text = "After her training in Leeds she worked at a clinic in York."
    assert _certain(text, "worked", "training") == "AFTER"


def test_a_fronted_phrase_whose_first_verb_has_a_subject_pronoun_is_not_the_phrase_verb() -> None:
    """ "Before the vote they met the mayor": "they met" is the main clause, not the vote's own verb."""
    text = "Before the vote they met the mayor at her office."
    assert _certain(text, "met", "vote") == "BEFORE"


def test_a_relative_clause_in_a_fronted_phrase_is_no_main_clause() -> None:
    """Control: "After the fire that destroyed the mill they rebuilt it": the destroying is the fire's, not after it."""
    text = "After the fire that destroyed the mill they rebuilt it in stone."
    assert _certain(text, "destroyed", "fire") != "AFTER"


def _latest_end(text: str, word: str) -> Optional[dt.datetime]:
    """The latest end the timeline gives the event with text ``word``."""
    tl = timeline.build(text, _REF)
    return next(e.latest_end for e in tl.events if e.text == word)


def test_what_is_due_by_a_deadline_a_scheduling_verb_sets_ends_by_it() -> None:
    """ "set July 1 as the deadline for the evacuation of the camp": the evacuation is done by the end of July 1."""
    text = "The ministry set July 1 as the deadline for the evacuation of the camp."
    assert _latest_end(text, "evacuation") == dt.datetime(2026, 7, 2)


def test_an_event_of_the_next_clause_is_not_due_by_the_deadline() -> None:
    """Control: "set July 1 as the deadline; the evacuation of the camp will take weeks": the evacuation is the next
    clause's, not bounded by the deadline."""
    text = "The ministry set July 1 as the deadline; the evacuation of the camp will take weeks."
    assert _latest_end(text, "evacuation") != dt.datetime(2026, 7, 2)


def test_a_call_in_the_progressive_leaves_the_date_to_what_it_calls_for() -> None:
    """ "is calling for a public vote on July 20 on the tower": July 20 is the vote's day, ahead; the calling is going
    on now, not on July 20 (as "called for", "calls for" already read)."""
    text = "The residents' group is calling for a public vote on July 20 on the new tower."
    assert _certain(text, "calling", "July 20") != "IS_INCLUDED"


def test_shortly_after_a_fronted_phrase_without_a_comma_bounds_the_gap() -> None:
    """ "Shortly after the vote she resigned": within a day of the vote (Monday), not any time before publication."""
    text = "The council voted on Monday to close the pool. Shortly after the vote she resigned from the council."
    tl = timeline.build(text, _REF)
    resigned = next(e for e in tl.events if e.text == "resigned")
    assert resigned.latest_start is not None and resigned.latest_start <= dt.datetime(2026, 6, 10)


def test_a_date_before_a_scheduling_verb_still_dates_it() -> None:
    """Control: "Traders on Friday as usual moved the market to the square": Friday, before the verb, is the moving's day
    (the object reading is for a date right after the verb only)."""
    text = "Traders on Friday as usual moved the market to the square."
    assert _certain(text, "moved", "Friday") == "IS_INCLUDED"


def test_a_possessive_victory_takes_up_the_winning_told_before() -> None:
    """ "won the election in May 2019. Shortly after her victory she closed the old market": the victory is the
    winning, so the closing came after it."""
    text = "The mayor won the election in May 2019. Shortly after her victory she closed the old market."
    assert _certain(text, "victory", "won") == "SIMULTANEOUS"
    assert _certain(text, "closed", "won") == "AFTER"


def test_a_possessive_with_a_word_of_another_instance_starts_a_new_one() -> None:
    """Control: "won the national title in 2019. After her second victory she retired": another win, not the first."""
    text = "She won the national title in 2019. After her second victory she retired from racing."
    assert _certain(text, "victory", "won") != "SIMULTANEOUS"


def test_a_possessive_with_first_is_one_of_several_and_takes_over_no_chain() -> None:
    """Control: "at a hearing on Monday ... At his first hearing in January ... before the hearing began": which hearing
    the last one is the text leaves open, as after "a hearing"; it is not put in January."""
    text = ("The striker admitted the assault at a hearing on Monday. At his first hearing in January, he had denied it. "
            "Fans sang outside before the hearing began.")
    tl = timeline.build(text, _REF)
    first, last = sorted((e for e in tl.events if e.text == "hearing"), key=lambda e: e.start)[1:]
    assert not any(r.certain and r.relation == "SIMULTANEOUS" and {r.source, r.target} == {first.eid, last.eid} for r in tl.relations)


def test_a_bare_year_right_after_a_verb_dates_the_noun_it_modifies() -> None:
    """ "Dealers were predicting 2027 sales of 40,000 cars": 2027 is the sales' year, not the predicting's."""
    text = "Dealers were predicting 2027 sales of 40,000 cars until the factory fire in May."
    assert _certain(text, "predicting", "2027") != "IS_INCLUDED"


def test_a_bare_year_right_after_a_verb_before_a_verb_dates_nothing_of_the_first() -> None:
    """ "Officials said 2027 would be a hard year": the saying was not in 2027."""
    text = "Officials said 2027 would be a hard year for the port."
    assert _certain(text, "said", "2027") != "IS_INCLUDED"


def test_a_year_after_a_preposition_still_dates_the_clause() -> None:
    """Control: "The port was sold in 2019 to investors": the sale's year."""
    text = "The old port was sold in 2019 to a group of investors."
    assert _certain(text, "sold", "2019") == "IS_INCLUDED"


def test_a_time_in_a_with_phrase_after_a_comma_is_the_phrase_s() -> None:
    """ "The buildup continued at a fast pace, with allied troops now part of the force": "now" is the troops' being part
    of it; the continuing is not put at the publication time."""
    text = "The military buildup continued at a fast pace, with allied troops now part of the force."
    assert _certain(text, "continued", "now") != "IS_INCLUDED"


def test_with_inside_a_clause_ends_nothing() -> None:
    """Control: "The team celebrated with fans on Sunday": Sunday is the celebrating's day."""
    text = "The team celebrated with its fans on Sunday."
    assert _certain(text, "celebrated", "Sunday") == "IS_INCLUDED"
