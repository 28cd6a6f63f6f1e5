"""The order a timeline states between events (session s30, helper order, bench/stories-s30order): kinds of textual
order that came out wrong, as certain orders, on our own sentences.  Each case has a control the fix must keep."""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import certain_relation as _certain
from _timelines import event, value

_REF = "2026-12-04"  # a Friday


# --- a weekday in the past perfect after a story day told before it ---------------------------------------------

def test_a_past_perfect_weekday_lies_before_the_story_day() -> None:
    """Published on a Friday, "The ferry docked on Sunday. Its crew had left on Friday evening": the past perfect looks
    back from Sunday, so the Friday before it (27 Nov), not the publication day after it."""
    text = "The ferry docked in Oban on Sunday. Its crew had left Mallaig on Friday evening."
    assert value(text, "Friday evening", _REF) == "2026-11-27TEV"
    tl = timeline.build(text, _REF)
    assert _certain(tl, "left", "docked") == "BEFORE"


def test_a_past_perfect_weekday_before_a_story_day_ahead_stays_in_the_publication_week() -> None:
    """Control: "The summit will open on Dec. 14. Its hosts had agreed the agenda on Tuesday" (published Friday 4 Dec):
    the Tuesday already lies before the story's day, so it stays the last one before publication (1 Dec), not the
    Tuesday right before 14 Dec."""
    text = "The summit will open in Bergen on Dec. 14. Its hosts had agreed the agenda on Tuesday."
    assert value(text, "Tuesday", _REF) == "2026-12-01"


def test_a_simple_past_weekday_after_a_story_day_is_the_publication_week() -> None:
    """Control: "The ferry docked on Sunday. Reporters met its crew on Friday": a simple past moves the story on;
    the Friday is the publication day."""
    text = "The ferry docked in Oban on Sunday. Reporters met its crew on Friday."
    assert value(text, "Friday", _REF) == "2026-12-04"



def test_a_weekday_before_a_later_past_perfect_keeps_its_week() -> None:
    """Control: "The mayor repaid the money on Thursday and said he had made a mistake": the "had" comes after the
    Thursday, which is the repaying's, in the publication week (3 Dec), not the week before the story's Tuesday."""
    text = "The auditor opened an inquiry on Tuesday. The mayor repaid the money on Thursday and said he had made a mistake."
    assert value(text, "Thursday", _REF) == "2026-12-03"

# --- a simple past verb inside the object of a past perfect -----------------------------------------------------

def test_a_verb_in_a_relative_clause_of_a_perfects_object_is_no_later_step() -> None:
    """ "the hall had been built with money residents raised": "raised" describes the money (a relative clause with no
    opener); the building is not certainly before the raising (a reader puts the raising first)."""
    tl = timeline.build("The council said on Tuesday that the hall had been built with money residents raised in 1990.", _REF)
    assert _certain(tl, "built", "raised") != "BEFORE"


def test_a_past_perfect_joined_by_and_is_still_before_the_next_verb() -> None:
    """Control: "Police had sealed off the street and officers searched the house": "and" makes the search a step after
    the sealing."""
    tl = timeline.build("Police had sealed off the street and officers searched the house.", _REF)
    assert _certain(tl, "sealed", "searched") == "BEFORE"



def test_a_past_perfect_before_by_the_time_is_still_before_the_next_verb() -> None:
    """Control: "smoke had filled the hall by the time the guard arrived": the phrase makes the arrival a later point."""
    tl = timeline.build("Smoke had filled the hall by the time the guard arrived.", _REF)
    assert _certain(tl, "filled", "arrived") == "BEFORE"


def test_a_past_perfect_in_a_relative_clause_is_before_the_main_verb() -> None:
    """Control: "A driver who had worked a double shift crashed": the perfect describes the subject, the main verb
    after its clause is told from later."""
    tl = timeline.build("A bus driver who had worked a double shift crashed into a wall.", _REF)
    assert _certain(tl, "worked", "crashed") == "BEFORE"


# --- a signal clause after two joined verbs ---------------------------------------------------------------------

def test_a_while_clause_after_two_joined_verbs_holds_for_both() -> None:
    """ "A lorry struck and killed a pedestrian while she was crossing the road": the striking too happened while she
    was crossing (it was a guess, which put the crossing after the striking)."""
    tl = timeline.build("A lorry struck and killed a pedestrian while she was crossing the road on Tuesday.", _REF)
    assert _certain(tl, "struck", "crossing") == "IS_INCLUDED"
    assert _certain(tl, "killed", "crossing") == "IS_INCLUDED"


def test_a_before_clause_after_two_joined_verbs_holds_for_both() -> None:
    """ "The pilot checked and refuelled the plane before the passengers boarded": both before the boarding."""
    tl = timeline.build("The pilot checked and refuelled the plane before the passengers boarded on Tuesday.", _REF)
    assert _certain(tl, "checked", "boarded") == "BEFORE"


def test_an_after_clause_is_not_shared_by_the_first_of_two_joined_verbs() -> None:
    """Control: "Guests arrived and ate after the speech ended": the eating came after the speech, the arriving may
    not have (guests arrive before a speech), so no certain order for it."""
    tl = timeline.build("Guests arrived and ate after the speech ended on Tuesday.", _REF)
    assert _certain(tl, "ate", "ended") == "AFTER"
    assert _certain(tl, "arrived", "ended") is None



def test_a_when_clause_with_a_happening_is_not_shared_by_the_first_of_two_joined_verbs() -> None:
    """Control: "The boxer was beaten and looked dazed when he left the ring": the leaving is no time around the beating
    (which came before it), so the beating is not placed inside it."""
    tl = timeline.build("The boxer was beaten and looked dazed when he left the ring on Saturday.", _REF)
    assert _certain(tl, "beaten", "left") not in ("IS_INCLUDED", "AFTER")


# --- a dash closes the phrase an event signal opens -------------------------------------------------------------

def test_a_dash_after_a_signal_closes_its_phrase() -> None:
    """ "a rider who finally won, as young as Tom -- Casey said he cried": "as" compares; the saying after the dash is no
    clause of it (it was read as the time the winning lay in: the winning then began after the saying; the "as" inside
    "Casey" must not count as the signal)."""
    tl = timeline.build("Fans cheered a rider who finally won, as young as Tom -- Casey said he cried.", _REF)
    assert _certain(tl, "won", "said") is None


def test_a_signal_with_no_dash_still_opens_its_clause() -> None:
    """Control: "the crews who worked as the storm hit": "as" opens the clause of "hit"."""
    tl = timeline.build("The mayor praised the crews who worked as the storm hit on Monday.", _REF)
    assert _certain(tl, "worked", "hit") is not None


# --- a time ahead after a verb told as done ---------------------------------------------------------------------

def test_a_present_perfect_verb_leaves_a_time_ahead_to_its_object() -> None:
    """ "The council has approved a concert in the park on Jan. 9, 2027": the approving is done; the day ahead is the
    concert's (it was the approving's, which then came after the concert)."""
    tl = timeline.build("The council has approved a concert in the park on Jan. 9, 2027.", _REF)
    assert _certain(tl, "approved", "concert") == "BEFORE"


def test_a_simple_present_verb_keeps_a_time_ahead() -> None:
    """Control: "The club plays its last match of the season on Jan. 9, 2027": a present told of a fixture lies in
    the day ahead."""
    tl = timeline.build("The club plays its last match of the season on Jan. 9, 2027.", _REF)
    assert event(tl, "plays").earliest_start == dt.datetime(2027, 1, 9)



def test_a_present_state_of_mind_leaves_a_time_ahead_to_its_object() -> None:
    """ "its chief expects heavy demand for new ferries throughout the 2030s": the expecting holds now; the decade ahead
    is the demand's (it was the expecting's, which then began after the operator spoke)."""
    tl = timeline.build("The ferry operator said its chief expects heavy demand for new ferries throughout the 2030s.", _REF)
    assert event(tl, "demand").earliest_start == dt.datetime(2030, 1, 1)
    assert event(tl, "expects").earliest_start is None

# --- a fronted period of the figures a report gives --------------------------------------------------------------

def test_a_fronted_period_before_a_figure_verb_is_the_figures() -> None:
    """ "For the third quarter, the brewer reported a loss": the quarter is the loss's; the report came after it (it was
    placed inside the quarter, before the events of the quarter's end it reports)."""
    tl = timeline.build("For the third quarter, the brewer reported a loss of 4 million pounds.", _REF)
    assert event(tl, "loss").earliest_start == dt.datetime(2026, 7, 1)
    assert event(tl, "reported").earliest_start is None


def test_a_fronted_period_before_another_verb_dates_it() -> None:
    """Control: "For the third quarter, the brewer earned 4 million pounds": the earning went on over the quarter."""
    tl = timeline.build("For the third quarter, the brewer earned 4 million pounds.", _REF)
    assert event(tl, "earned").earliest_start == dt.datetime(2026, 7, 1)


# --- the base of a comparison with a figure per share -------------------------------------------------------------

def test_a_comparison_base_with_a_figure_per_share_dates_no_event() -> None:
    """ "net profit climbed to $12 million, or 31 cents a share, from $9 million, or 24 cents a share, last year": last
    year is the old figure's, not the climb's (which then lay in the year before the report)."""
    text = "The brewer said net profit climbed to $12 million, or 31 cents a share, from $9 million, or 24 cents a share, last year."
    tl = timeline.build(text, _REF)
    assert event(tl, "climbed").earliest_start is None


def test_a_time_after_a_per_share_figure_with_no_base_still_dates_its_verb() -> None:
    """Control: "net profit climbed to $12 million, or 31 cents a share, in the third quarter": no base word ("from");
    the quarter is when the profit climbed."""
    tl = timeline.build("The brewer said net profit climbed to $12 million, or 31 cents a share, in the third quarter.", _REF)
    assert event(tl, "climbed").earliest_start == dt.datetime(2026, 7, 1)


# --- what a released thing did came after its release ---------------------------------------------------------------

def test_what_a_thrown_bomb_did_came_after_the_throwing() -> None:
    """ "a man threw a petrol bomb that gutted the shop": the gutting came after the throwing."""
    tl = timeline.build("Witnesses said on Monday a man threw a petrol bomb that gutted the shop.", _REF)
    assert _certain(tl, "gutted", "threw") == "AFTER"


def test_a_relative_clause_on_the_object_of_another_verb_tells_no_order() -> None:
    """Control: "The couple bought the house that burned down in the storm": the fire may have come before or after the sale."""
    tl = timeline.build("The couple bought the house that burned down in the storm.", _REF)
    assert _certain(tl, "burned", "bought") is None
