"""Helper place, fiftieth session: events on the right day and in order (issue 10), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import certain_relation, likely_within_day, only_event


# An attempt verb takes the order a signal gives its infinitive ("failed to agree before the election";
# anchoring/times.py attempt_order_links, lexicon attempt_verbs)

def test_a_failing_is_before_what_its_infinitive_was_to_come_before() -> None:
    """"Voters went to the polls on Sunday. The two parties failed to agree before the vote on a date for a debate."
    (Wednesday 10 June 2026): the failing came before the vote (the agreeing never did)."""
    tl = timeline.build("Voters went to the polls on Sunday. The two parties failed to agree before the vote on a date for a debate.",
                        reference_time="2026-06-10")
    failed, vote = only_event(tl, "failed"), only_event(tl, "vote")
    assert certain_relation(tl, "failed", "vote") == "BEFORE"
    assert failed.likely_end is not None and vote.likely_start is not None and failed.likely_end <= vote.likely_start


def test_an_attempt_declined_after_a_meeting_is_after_it() -> None:
    """"The minister declined to comment after the meeting on Tuesday." (Thursday 11 June 2026): the declining is after
    the meeting."""
    tl = timeline.build("The minister declined to comment after the meeting on Tuesday.", reference_time="2026-06-11")
    assert certain_relation(tl, "declined", "meeting") == "AFTER"


def test_a_verb_of_intention_is_not_ordered_by_its_infinitives_signal() -> None:
    """Negative: "The board agreed to sell the site before the merger." (Thursday 11 June 2026): the agreeing is no attempt;
    the selling is to come before the merger, the agreeing is not said to."""
    tl = timeline.build("The board agreed to sell the site before the merger.", reference_time="2026-06-11")
    assert certain_relation(tl, "agreed", "merger") is None


def test_a_failing_is_not_ordered_by_another_clauses_signal() -> None:
    """Negative: "The parties failed to agree on Monday, and the leader resigned before the vote on Friday." (Saturday 13
    June 2026): the signal is the resigning's; the failing is Monday's, not ordered against the vote by it."""
    tl = timeline.build("The parties failed to agree on Monday, and the leader resigned before the vote on Friday.",
                        reference_time="2026-06-13")
    failed = only_event(tl, "failed")
    assert not any(a.target == only_event(tl, "vote").eid for a in failed.anchors)


# What a verb of fearing takes as its clause is feared, not told as done (lexicon fearing_verbs, feared_complement;
# events/factuality.py _feared)

def test_what_was_feared_is_not_real_and_the_fearing_is() -> None:
    """"Radio contact with the yacht ended on Saturday, and relatives feared the crew had been lost." (Monday 15 June
    2026): the loss is not asserted; the fearing is real."""
    tl = timeline.build("Radio contact with the yacht ended on Saturday, and relatives feared the crew had been lost.",
                        reference_time="2026-06-15")
    assert not only_event(tl, "lost").real
    assert only_event(tl, "feared").real


def test_a_feared_clause_with_that_is_not_real() -> None:
    """"Neighbours feared that the boy drowned in the river." (Monday 15 June 2026): the drowning is feared."""
    tl = timeline.build("Neighbours feared that the boy drowned in the river.", reference_time="2026-06-15")
    assert not only_event(tl, "drowned").real


def test_a_verb_whose_subject_feared_something_is_real() -> None:
    """Negatives: "Residents who feared the floods left their homes on Sunday." and "Residents who feared that the dam had
    burst fled on Sunday." (Monday 15 June 2026): the leaving and the fleeing are told as done."""
    tl = timeline.build("Residents who feared the floods left their homes on Sunday.", reference_time="2026-06-15")
    assert only_event(tl, "left").real
    tl = timeline.build("Residents who feared that the dam had burst fled on Sunday.", reference_time="2026-06-15")
    assert only_event(tl, "fled").real


# A main verb goes on with the day of a restrictive relative clause on its indefinite object (lexicon pattern
# dated_object_relative; assembly/lent.py _dated_object_relatives)

def test_a_main_verb_takes_the_day_of_a_relative_clause_on_its_object() -> None:
    """"Fans formed a line that snaked around the stadium on Saturday morning." (Monday 15 June 2026): the forming is
    Saturday's too, not the publication day's."""
    tl = timeline.build("Fans formed a line that snaked around the stadium on Saturday morning.", reference_time="2026-06-15")
    assert likely_within_day(only_event(tl, "formed"), dt.date(2026, 6, 13))


def test_a_definite_object_or_a_far_time_gives_the_main_verb_no_day() -> None:
    """Negatives (Monday 15 June 2026): "He sold the van that broke down on Saturday." (a thing known before: the selling
    is not dated by the breakdown) and "Villagers built a wall that held back the river in 2019." (a year, not a day of the
    story): neither main verb takes the relative clause's time."""
    tl = timeline.build("He sold the van that broke down on Saturday.", reference_time="2026-06-15")
    assert not likely_within_day(only_event(tl, "sold"), dt.date(2026, 6, 13))
    tl = timeline.build("Villagers built a wall that held back the river in 2019.", reference_time="2026-06-15")
    built = only_event(tl, "built")
    assert built.likely_start is None or built.likely_start.year != 2019


# "Before that", "prior to that", "after that" closed by a mark order their verb against the event told before it
# (lexicon patterns before_then, after_then; anchoring/fronted.py _since_then_links)

def test_before_that_orders_its_verb_before_the_event_told_before() -> None:
    """"The ferry service was withdrawn in March. Before that, the company had cut the timetable." (Monday 15 June 2026):
    the cutting came before the withdrawal."""
    tl = timeline.build("The ferry service was withdrawn in March. Before that, the company had cut the timetable.", reference_time="2026-06-15")
    assert certain_relation(tl, "cut", "withdrawn") == "BEFORE"


def test_prior_to_that_and_after_that_order_their_verbs() -> None:
    """"The mine closed in 2019. Prior to that, it had employed 400 people. After that, the town shrank." (Monday 15 June
    2026): the employing before the closing, the shrinking after it."""
    tl = timeline.build("The mine closed in 2019. Prior to that, it had employed 400 people. After that, the town shrank.",
                        reference_time="2026-06-15")
    assert certain_relation(tl, "employed", "closed") == "BEFORE"
    assert certain_relation(tl, "shrank", "employed") == "AFTER" or certain_relation(tl, "shrank", "closed") == "AFTER"


def test_before_that_meeting_is_a_noun_phrase_not_an_order_of_the_event_before() -> None:
    """Negative: "The union balloted members on Monday. Before that meeting on Friday, the managers had left." (Saturday
    13 June 2026): "that" is a determiner; the leaving is not ordered before the balloting by it."""
    tl = timeline.build("The union balloted members on Monday. Before that meeting on Friday, the managers had left.", reference_time="2026-06-13")
    left = only_event(tl, "left")
    assert not any(a.target == only_event(tl, "balloted").eid for a in left.anchors)


# A second time after a coordinator goes to the event of the coordinated clause when the first verb keeps the first time
# (anchoring/times.py one_time_each, _coordinated_after)

def test_a_second_day_after_and_dates_the_coordinated_clause() -> None:
    """"The rover will leave the crater on July 2 and attempt a climb up the ridge the following day." (Monday 15 June
    2026): the leaving is July 2's, the attempt July 3's (the event model takes "attempt" for a noun)."""
    tl = timeline.build("The rover will leave the crater on July 2 and attempt a climb up the ridge the following day.", reference_time="2026-06-15")
    assert likely_within_day(only_event(tl, "leave"), dt.date(2026, 7, 2))
    assert likely_within_day(only_event(tl, "attempt"), dt.date(2026, 7, 3))


def test_two_days_joined_by_and_move_to_no_event() -> None:
    """Negative: "The road was closed on Monday and again on Tuesday." (Thursday 18 June 2026): no event of a clause stands
    between the two days; the closing keeps both (it begins on Monday) and no other event is made up for Tuesday."""
    tl = timeline.build("The road was closed on Monday and again on Tuesday.", reference_time="2026-06-18")
    closed = only_event(tl, "closed")
    assert len(tl.events) == 1
    assert closed.likely_start is not None and closed.likely_start.date() == dt.date(2026, 6, 15)


# A step told minutes after another is soon over on the scale of its gap (placement/facts.py SHORT_STEP_EXTENT,
# SHORT_STEP_SCALE)

def test_a_step_minutes_after_a_late_evening_event_stays_in_its_day() -> None:
    """"The doors closed at 10.30 p.m. on Friday, and a fire alarm sounded minutes later." (Monday 15 June 2026): the
    alarm is Friday night's, not carried past midnight by a three-hour guess."""
    tl = timeline.build("The doors closed at 10.30 p.m. on Friday, and a fire alarm sounded minutes later.", reference_time="2026-06-15")
    assert likely_within_day(only_event(tl, "sounded"), dt.date(2026, 6, 12))


def test_a_step_an_hour_after_keeps_the_longer_guess() -> None:
    """Negative: "The ferry left at 9 a.m. on Friday. An hour after it set off, the engine failed." (Monday 15 June 2026):
    a gap of an hour keeps the longer extent (the failing may last up to three hours); it still lies in Friday."""
    tl = timeline.build("The ferry left at 9 a.m. on Friday. An hour after it set off, the engine failed.", reference_time="2026-06-15")
    failed = only_event(tl, "failed")
    assert likely_within_day(failed, dt.date(2026, 6, 12))
    assert failed.likely_end is not None and failed.likely_start is not None
    assert failed.likely_end - failed.likely_start > dt.timedelta(hours=1)


# A verb of fearing in the simple past goes on with the scene's time (assembly/steps.py _narrated, events lexicon
# fearing_verbs)

def test_a_past_fearing_goes_on_with_the_time_before() -> None:
    """"Radio contact with the yacht was lost on Saturday evening. For several hours relatives feared the crew had
    drowned." (Tuesday 16 June 2026): the fearing is Saturday's, not the publication day's."""
    tl = timeline.build("Radio contact with the yacht was lost on Saturday evening. For several hours relatives feared the crew had drowned.",
                        reference_time="2026-06-16")
    assert likely_within_day(only_event(tl, "feared"), dt.date(2026, 6, 13))
    assert not only_event(tl, "drowned").real


def test_a_present_fear_does_not_go_on_with_the_time_before() -> None:
    """Negative: "The river burst its banks on Saturday. Residents fear the water will rise again." (Tuesday 16 June
    2026): the fearing holds now, not on Saturday."""
    tl = timeline.build("The river burst its banks on Saturday. Residents fear the water will rise again.", reference_time="2026-06-16")
    assert not likely_within_day(only_event(tl, "fear"), dt.date(2026, 6, 13))


def test_a_refusal_until_an_event_is_not_ordered_after_it() -> None:
    """Negative: "The minister quit on Friday. She had refused to resign until the audit appeared." (Monday 15 June 2026):
    the resigning comes after the audit (withheld until it), the refusing before; the refusing takes no "after"."""
    tl = timeline.build("The minister quit on Friday. She had refused to resign until the audit appeared.", reference_time="2026-06-15")
    assert certain_relation(tl, "refused", "appeared") != "AFTER"
