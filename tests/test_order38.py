"""The order a timeline gives events (session s38, helper order, bench/stories-s38order): kinds of textual order that
came out unstated or reversed on our own sentences.  Each kind has a control the fix must keep."""

from __future__ import annotations

import timeline
from _timelines import nth_event as _nth
from _timelines import relation_between as _stated
from _timelines import anchors_of as _anchors


# --- "Having lost the vote, she ...": a perfect participle is over before its clause's verb ------------------------

def test_an_opening_perfect_participle_comes_before_the_main_verb() -> None:
    """ "Having lost the vote in committee, the chairman had offered to stay on until a successor was found": the losing
    came first, though the main verb is a past perfect (which would otherwise look back past the participle)."""
    tl = timeline.build("Having lost the vote in committee, the chairman had offered to stay on until a successor was found.",
                        "2026-12-10")
    lost, offered = _nth(tl, "lost"), _nth(tl, "offered")
    assert ("before", offered.eid) in _anchors(lost)
    assert ("before", lost.eid) not in _anchors(offered)
    assert _stated(tl, lost, offered) == "BEFORE"


def test_a_trailing_perfect_participle_comes_before_the_clause_before_its_comma() -> None:
    """ "The coach stepped down on Friday, having failed a fitness test in the morning": the failing came first."""
    tl = timeline.build("The coach stepped down on Friday, having failed a fitness test in the morning.", "2026-12-10")
    failed, stepped = _nth(tl, "failed"), _nth(tl, "stepped")
    assert ("before", stepped.eid) in _anchors(failed)


def test_a_present_participle_tells_no_order_before_the_main_verb() -> None:
    """Control: "Leaving the hall, the chairman thanked the staff": a plain participle is no perfect; no such link."""
    tl = timeline.build("Leaving the hall on Monday, the chairman thanked the staff.", "2026-12-10")
    leaving, thanked = _nth(tl, "Leaving"), _nth(tl, "thanked")
    assert ("before", thanked.eid) not in _anchors(leaving)


# --- "charged over the collapse": "over" names the reason of a verb of charge or punishment ------------------------

def test_over_names_the_reason_of_a_charge() -> None:
    """ "Police arrested a driver over the crash on the ring road": the crash came before the arrest."""
    tl = timeline.build("Police arrested a driver on Tuesday over the crash on the ring road.", "2026-12-10")
    crash, arrested = _nth(tl, "crash"), _nth(tl, "arrested")
    assert ("before", arrested.eid) in _anchors(crash)
    assert _stated(tl, crash, arrested) == "BEFORE"


def test_over_after_a_verb_of_no_reason_orders_nothing() -> None:
    """Control: "The plane circled over the protest for an hour": no verb of reason; the protest gets no such link."""
    tl = timeline.build("The plane circled over the protest for an hour on Tuesday.", "2026-12-10")
    protest, circled = _nth(tl, "protest"), _nth(tl, "circled")
    assert ("before", circled.eid) not in _anchors(protest)


# --- "crashed ... and the organisers halted the race": "and" with a new subject and no comma tells a sequence --------

def test_and_with_a_new_subject_and_no_comma_tells_a_sequence() -> None:
    """ "Two riders crashed on the bend and the stewards stopped the race on Sunday": the crash started first (the
    learned guess alone put it after the stopping); a start-point order, so a crash still going on counts too."""
    tl = timeline.build("Two riders crashed on the bend and the stewards stopped the race on Sunday. Both were unhurt.", "2026-12-15")
    assert _stated(tl, _nth(tl, "crashed"), _nth(tl, "stopped")) in ("BEFORE", "INCLUDES")


def test_and_with_an_object_noun_phrase_tells_no_new_clause() -> None:
    """Control: "searched the house and the garden" has no verb after the new noun phrase: nothing to order."""
    tl = timeline.build("Police searched the house and the garden on Monday and found nothing.", "2026-12-15")
    assert _stated(tl, _nth(tl, "searched"), _nth(tl, "found")) in ("BEFORE", "")


# --- "The raid on Sunday, in which ...": a time of the noun's between it and the relative opener --------------------

def test_a_time_of_the_noun_may_stand_before_a_within_relative() -> None:
    """ "Police are hunting two men after the robbery on Sunday, in which a guard was beaten": the beating happened
    during the robbery, and so on that Sunday."""
    tl = timeline.build("Police are hunting two men after the robbery on Sunday, in which a guard was beaten.", "2026-12-16")
    beaten, robbery = _nth(tl, "beaten"), _nth(tl, "robbery")
    assert ("during", robbery.eid) in _anchors(beaten)
    assert (beaten.earliest_start, beaten.latest_end) == (robbery.earliest_start, robbery.latest_end)
    assert robbery.earliest_start is not None and robbery.latest_end is not None


def test_a_place_between_the_noun_and_a_within_relative_takes_no_link() -> None:
    """Control: "the robbery at the depot, in which ...": "in which" may be the depot's; no link to the robbery."""
    tl = timeline.build("Police are hunting two men after the robbery at the depot, in which a guard was beaten.", "2026-12-16")
    assert ("during", _nth(tl, "robbery").eid) not in _anchors(_nth(tl, "beaten"))


def test_and_before_a_noun_with_its_own_relative_clause_tells_no_sequence() -> None:
    """Control: "thanked the firemen and the nurses they worked with": "and" joins two objects; the nurses' working, in a
    relative clause with no opener, is no next step of the thanking."""
    tl = timeline.build("The mayor thanked the firemen and the nurses they worked with.", "2026-12-15")
    assert _stated(tl, _nth(tl, "thanked"), _nth(tl, "worked")) != "BEFORE"


# --- "the vote, which closed on Monday": closing a vote, a ballot or a consultation ends it ---------------------------

def test_a_vote_that_closed_ended_then() -> None:
    """ "In the vote, which closed on Monday, members backed the offer. The union announced the result on Wednesday":
    the vote ended on the Monday, so it began before the Wednesday's announcement."""
    tl = timeline.build("In the vote, which closed on Monday, members backed the offer. The union announced the result on "
                        "Wednesday.", "2026-12-10")
    vote, closed = _nth(tl, "vote"), _nth(tl, "closed")
    assert ("ended_by", closed.eid) in _anchors(vote)
    assert _stated(tl, vote, _nth(tl, "announced")) == "BEFORE"


def test_closing_a_non_event_ends_no_event() -> None:
    """Control: "The shop closed its doors on Monday after the sale": the sale is what came before, not what closed."""
    tl = timeline.build("The shop closed its doors on Monday after the sale.", "2026-12-10")
    assert ("ended_by", _nth(tl, "closed").eid) not in _anchors(_nth(tl, "sale"))


def test_and_before_a_passive_state_tells_no_sequence() -> None:
    """Control: "A man was arrested over the bombings and the army was involved in the search": the army's part is no
    next step of the arrest (no comma, a passive after the new subject)."""
    tl = timeline.build("A man was arrested in connection with the bombings and the army was involved in the search.", "2026-12-10")
    assert _stated(tl, _nth(tl, "arrested"), _nth(tl, "involved")) != "BEFORE"


# --- "Having lost the vote, she had promised ...": the past perfect after an opening participle looks back -----------

def test_a_past_perfect_after_an_opening_participle_steps_back_from_the_sentence_before() -> None:
    """ "The chairman resigned on Monday. Having lost the vote, he had offered to stay on as chairman": the offer was
    made before the resignation the sentence before told (a flashback), as it would be with no participle."""
    tl = timeline.build("The chairman resigned on Monday. Having lost the vote, he had offered to stay on as chairman.", "2026-12-10")
    assert ("before", _nth(tl, "resigned").eid) in _anchors(_nth(tl, "offered"))


def test_a_simple_past_after_an_opening_participle_is_no_flashback() -> None:
    """Control: "The chairman resigned on Monday. Having lost the vote, he left the room": no perfect, no step back."""
    tl = timeline.build("The chairman resigned on Monday. Having lost the vote, he left the room.", "2026-12-10")
    assert ("before", _nth(tl, "resigned").eid) not in _anchors(_nth(tl, "left"))


# --- "decided to stop after her injury flared up": the deciding came after the past clause too ----------------------

def test_a_decision_to_do_something_after_a_past_event_came_after_it() -> None:
    """ "The club voted to close the ground after the stand collapsed in March": the vote came after the collapse (the
    "after" orders the infinitive; the deciding verb right before it follows as well)."""
    tl = timeline.build("The club voted to close the ground after the stand collapsed in March.", "2026-12-07")
    voted, collapsed = _nth(tl, "voted"), _nth(tl, "collapsed")
    assert ("after", collapsed.eid) in _anchors(voted)
    assert _stated(tl, voted, collapsed) == "AFTER"


def test_a_decision_about_what_follows_an_event_ahead_is_not_ordered_after_it() -> None:
    """Control: "The club voted to close the ground after the season ends": the ending is still to come; the vote is not
    after it."""
    tl = timeline.build("The club voted on Monday to close the ground after the season ends.", "2026-12-07")
    assert ("after", _nth(tl, "ends").eid) not in _anchors(_nth(tl, "voted"))


# --- "The bank warned of losses. The warning came ...": a noun of a verb's stem, said to take place, is that verb's act --

def test_a_noun_of_a_told_verb_that_came_is_that_act() -> None:
    """ "Shares fell on Friday after the bank warned of losses. The warning came a day after regulators fined the bank":
    the warning that came is the warning of the sentence before, so the fall came after it."""
    tl = timeline.build("Shares fell on Friday after the bank warned of losses. The warning came a day after regulators "
                        "fined the bank.", "2026-12-09")
    came, warned = _nth(tl, "came"), _nth(tl, "warned")
    assert ("simultaneous", warned.eid) in _anchors(came)
    assert _stated(tl, _nth(tl, "fell"), came) == "AFTER"


def test_a_noun_of_another_stem_that_came_is_no_told_act() -> None:
    """Control: "The bank warned of losses. The news came as a shock": "news" is built on no told verb; no such link."""
    tl = timeline.build("The bank warned of losses on Friday. The news came as a shock to investors.", "2026-12-09")
    assert ("simultaneous", _nth(tl, "warned").eid) not in _anchors(_nth(tl, "came"))


def test_and_inside_a_signal_clause_tells_no_sequence_with_the_verb_before_the_signal() -> None:
    """Control: "The walkout began on March 3 after talks between the union and the port authority broke down": the
    "and" joins the two sides of "between", after the signal; the talks broke down first, as "after" says."""
    tl = timeline.build("The walkout began on March 3 after talks between the union and the port authority broke down.", "2026-03-13")
    assert _stated(tl, _nth(tl, "broke"), _nth(tl, "began")) == "BEFORE"


def test_a_decision_a_measured_gap_after_a_past_event_keeps_the_gap() -> None:
    """ "The club agreed on Monday to sign the striker, a week after his old club rejected a bid": the week is the
    agreeing's (as before s38): the rejection a week before the Monday."""
    tl = timeline.build("The club agreed on Monday to sign the striker, a week after his old club rejected a bid.", "2026-12-09")
    agreed, rejected = _nth(tl, "agreed"), _nth(tl, "rejected")
    assert ("after", rejected.eid) in _anchors(agreed)
    assert rejected.likely_start is not None and rejected.likely_start.day == 30
