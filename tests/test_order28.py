"""The order a timeline states between events (session s28, helper order, bench/stories-s28order): kinds of textual
order that came out wrong, as certain orders, on TBAQ's MATRES pairs and on our own sentences.  Each case has a
control the fix must keep."""

from __future__ import annotations

import datetime as dt
from typing import Optional

import timeline

from _timelines import certain_relation
from _timelines import event as _event  # the first event of a timeline with that word

_REF = dt.datetime(2026, 12, 4)


def _build(text: str) -> timeline.Timeline:
    return timeline.build(text, _REF)


def _certain(text: str, a: str, b: str) -> Optional[str]:
    """The certain relation the timeline of ``text`` states of the event with text ``a`` to the one with text ``b``."""
    return certain_relation(_build(text), a, b)


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


def test_a_year_before_a_name_and_its_noun_is_the_noun_s_not_the_verb_s() -> None:
    """ "had been predicting 2027 Velto profits": the profits' year; the predicting was done before the cut."""
    text = "Analysts had been predicting 2027 Velto profits of 900 million euros, but on Thursday they cut their forecasts."
    tl = _build(text)
    ev = _event(tl, "predicting")
    assert ev.earliest_start is None or ev.earliest_start < dt.datetime(2026, 12, 3)
    assert _certain(text, "predicting", "cut") != "AFTER"


def test_a_year_after_a_verb_and_a_preposition_still_dates_the_verb() -> None:
    """Control: "were sold in 2019 Velto cars ..." is no premodifier: "sold in 2019" is the selling's year."""
    tl = _build("The plant sold in 2019 Velto trucks to the army, a spokesman said.")
    ev = _event(tl, "sold")
    assert ev.earliest_start == dt.datetime(2019, 1, 1)


def test_a_report_dated_before_a_when_clause_of_its_time_is_done_then() -> None:
    """ "first reported the shortage in March, when a supplier shut a plant": the "when" clause tells of March; the
    reporting was in March, not on the publication day."""
    tl = _build("The firm first reported the shortage in March, when a supplier in Spain shut a plant after a flood.")
    ev = _event(tl, "reported")
    assert ev.likely_start is not None and ev.likely_start < dt.datetime(2026, 4, 1)
    tl = _build("The ministry first announced the outbreak in July, when two farms in the north culled their flocks.")
    assert _event(tl, "announced").earliest_start == dt.datetime(2026, 7, 1)


def test_a_report_whose_object_clause_has_a_verb_still_leaves_the_time_to_it() -> None:
    """Control: "reported the attack in March was planned abroad": the clause after the time is what is reported, and
    March is the attack's, not the reporting's."""
    tl = _build("Officials reported the attack in March was planned abroad.")
    ev = _event(tl, "reported")
    assert not any(a.relation == "during" for a in ev.anchors)  # after the attack, but not inside March
    assert ev.latest_start is None or ev.latest_start > dt.datetime(2026, 4, 1)


def test_has_since_puts_its_verb_after_the_clause_before() -> None:
    """ "resigned after being questioned, and the company has since sold the ship": the sale came after the
    resignation, certainly."""
    text = "The captain resigned after being questioned by police, and the company has since sold the ship."
    assert _certain(text, "resigned", "sold") == "BEFORE"


def test_has_since_in_a_reported_sentence_skips_the_reporting_verb() -> None:
    """ "Police said the driver, who fled, has since been charged": the charging is after the fleeing; nothing says it
    came after the saying."""
    text = "Police said on Friday that the driver, who fled the scene, has since been charged."
    assert _certain(text, "fled", "charged") == "BEFORE"
    assert _certain(text, "said", "charged") != "AFTER"


def test_since_with_a_year_is_no_adverb() -> None:
    """Control: "has since 2019 run the depot": "since" opens a time, not the adverb; it orders the running against
    no event told before it."""
    text = "She joined the firm in 2015 and has since 2019 run the depot in Leeds."
    assert _certain(text, "joined", "run") is None


def test_a_when_clause_lies_inside_a_main_verb_that_was_going_on() -> None:
    """ "The children were watching television when the bomb exploded": the watching began first and holds the
    explosion; a timeline must not say the watching began after it."""
    assert _certain("The children were watching television when the bomb exploded.", "watching", "exploded") == "INCLUDES"
    assert _certain("The guards were asleep when the thieves broke in.", "asleep", "broke") == "INCLUDES"


def test_a_fronted_when_clause_lies_inside_an_ongoing_main_verb() -> None:
    """ "When the bomb exploded, the children were watching television": the same, the clause first."""
    assert _certain("When the bomb exploded, the children were watching television.", "exploded", "watching") == "IS_INCLUDED"


def test_a_when_clause_of_a_happening_main_verb_still_holds_it() -> None:
    """Control: "The river rose when the dam burst": a happening at the time of the clause, as before."""
    assert _certain("The river rose when the dam burst.", "rose", "burst") == "IS_INCLUDED"
    assert _certain("When the dam burst, the river rose.", "rose", "burst") == "IS_INCLUDED"


def test_a_year_inside_a_relative_aside_is_not_the_main_verb_s() -> None:
    """ "The notes, which mature in 2031, were priced to yield 6%": 2031 is the maturity's; the pricing is told in the
    past, before publication."""
    tl = _build("The notes, which mature in 2031, were priced to yield 6%.")
    ev = _event(tl, "priced")
    assert ev.earliest_start is None or ev.earliest_start < dt.datetime(2027, 1, 1)


def test_a_time_after_the_aside_still_dates_the_main_verb() -> None:
    """Control: "The notes, which the city issued, were priced on Tuesday": Tuesday is outside the aside."""
    tl = _build("The notes, which the city issued, were priced on Tuesday.")
    assert _event(tl, "priced").earliest_start == dt.datetime(2026, 12, 1)



def test_a_time_before_the_verb_and_in_no_aside_still_dates_it() -> None:
    """Control: "Sales in 2019 rose 5%": the year right before the verb, in no aside, is the rise's."""
    tl = _build("Sales in 2019 rose 5% at the Leeds plant.")
    assert _event(tl, "rose").earliest_start == dt.datetime(2019, 1, 1)
