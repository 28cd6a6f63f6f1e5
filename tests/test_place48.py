"""Helper place, forty-eighth session: events on the right day and in order (issue 10), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import likely_within_day, only_event


# The object of a creating verb that is only intended ("promised to hold a referendum"; events/factuality.py
# _intended_creator, lexicon creating_verbs)

def test_the_object_of_an_intended_holding_is_supposed() -> None:
    """"The governor pledged on Monday to hold a referendum on the new constitution." (Wednesday 6 May 2026): the pledge is
    past; the referendum is only pledged: not real, no past day."""
    tl = timeline.build("The governor pledged on Monday to hold a referendum on the new constitution.", reference_time="2026-05-06")
    assert only_event(tl, "pledged").real
    referendum = only_event(tl, "referendum")
    assert not referendum.real and referendum.likely_start is None


def test_a_dated_intended_holding_keeps_its_object_planned() -> None:
    """"The board agreed to stage a ballot on June 2.": a firm plan a time dates: the ballot is real, on June 2."""
    tl = timeline.build("The board agreed to stage a ballot on June 2.", reference_time="2026-05-06")
    assert only_event(tl, "ballot").real
    assert likely_within_day(only_event(tl, "ballot"), dt.date(2026, 6, 2))


def test_a_dated_object_of_a_voted_holding_is_planned() -> None:
    """"Councillors voted on Monday to dissolve the board and hold an election on July 9." (Wednesday 6 May 2026): the
    holding is no firm plan of its own, but the election has a time of its own: arranged, on July 9."""
    tl = timeline.build("Councillors voted on Monday to dissolve the board and hold an election on July 9.", reference_time="2026-05-06")
    assert only_event(tl, "election").real
    assert likely_within_day(only_event(tl, "election"), dt.date(2026, 7, 9))


def test_the_object_of_a_done_or_other_infinitive_stays_real() -> None:
    """Negatives: "The minister was forced to call an election." (forced: it was called) and "The mayor hoped to overturn
    the ruling." (overturning makes no ruling: the ruling was made) keep their nouns real."""
    forced = timeline.build("The minister was forced to call an election.", reference_time="2026-05-06")
    assert only_event(forced, "election").real
    hoped = timeline.build("The mayor hoped to overturn the ruling.", reference_time="2026-05-06")
    assert only_event(hoped, "ruling").real


# An awaiting verb in a relative clause on an event noun ("the next election, which is due in 2028"; lexicon pattern
# awaited_relative, anchoring/times.py _scheduled_event)

def test_a_relative_clause_that_awaits_a_noun_dates_it() -> None:
    """"Ministers met on Tuesday ahead of the inquiry, which is due in September." (Wednesday 6 May 2026): the inquiry is
    in September 2026, not on the publication day."""
    tl = timeline.build("Ministers met on Tuesday ahead of the inquiry, which is due in September.", reference_time="2026-05-06")
    inquiry = only_event(tl, "inquiry")
    assert inquiry.likely_start is not None and inquiry.likely_end is not None
    assert dt.datetime(2026, 9, 1) <= inquiry.likely_start and inquiry.likely_end <= dt.datetime(2026, 10, 1)


def test_a_past_expectation_in_a_relative_clause_dates_nothing() -> None:
    """Negative: "Fans cheered the final, which was expected in May." (a past expectation may have been overtaken): the
    final is not put in May by the relative clause."""
    tl = timeline.build("Fans cheered the final, which was expected in May.", reference_time="2026-06-10")
    final = only_event(tl, "final")
    assert not (final.likely_start is not None and dt.datetime(2026, 5, 1) <= final.likely_start
                and final.likely_end is not None and final.likely_end <= dt.datetime(2026, 6, 1))


# A definite noun after a past verb does not take up an occasion named as another one and dated ahead ("the next election,
# which is due in 2028 ... welcomed the vote"; anchoring/coreference.py _past_object)

def test_a_welcomed_vote_is_not_the_next_election_ahead() -> None:
    """"The council voted on Thursday. The minister promised to hold a referendum before the next election, which is due in
    2028. Tenants welcomed the vote." (Friday 8 May 2026): the vote welcomed is Thursday's voting (7 May), not the
    election of 2028."""
    tl = timeline.build("The council voted on Thursday. The minister promised to hold a referendum before the next election, "
                        "which is due in 2028. Tenants welcomed the vote.", reference_time="2026-05-08")
    assert only_event(tl, "election").likely_start == dt.datetime(2028, 1, 1)
    assert likely_within_day(only_event(tl, "vote"), dt.date(2026, 5, 7))


def test_a_welcomed_vote_takes_up_one_the_story_awaits() -> None:
    """Negative: "The council promised a vote, which is scheduled for June 3. The unions welcomed the vote on Tuesday."
    (Friday 8 May 2026): no modifier names the promised vote as another one: the vote welcomed is that one, on June 3."""
    tl = timeline.build("The council promised a vote, which is scheduled for June 3. The unions welcomed the vote on Tuesday.",
                        reference_time="2026-05-08")
    first, second = sorted((e for e in tl.events if e.text == "vote"), key=lambda e: e.start)
    assert likely_within_day(first, dt.date(2026, 6, 3))
    assert any(a.target == first.eid and a.relation == "simultaneous" for a in second.anchors)


# The sentence after a step a measured gap of hours puts after an event of one day goes on that day ("detained the man
# hours later. A second suspect fled"; assembly/lent.py _later_episodes)

_LATER = ("Two men threatened a shopkeeper with a bat shortly after 8 a.m. on Saturday. Officers detained one of them hours "
          "later at a flat. The other escaped on a bicycle and is still being sought.")


def test_the_sentence_after_a_step_hours_later_goes_on_that_day() -> None:
    """"Two men threatened a shopkeeper with a bat shortly after 8 a.m. on Saturday. Officers detained one of them hours
    later at a flat. The other escaped on a bicycle and is still being sought." (Friday 8 May 2026): the escape is
    Saturday's (2 May), the day the detaining goes on with, not the publication day's."""
    tl = timeline.build(_LATER, reference_time="2026-05-08")
    assert likely_within_day(only_event(tl, "escaped"), dt.date(2026, 5, 2))


def test_a_new_paragraph_is_not_gone_on_with() -> None:
    """Negative: the same story with the last sentence in a new paragraph: the detaining does not lend it Saturday."""
    apart = timeline.build(_LATER.replace(" The other", "\n\nThe other"), reference_time="2026-05-08")
    assert not likely_within_day(only_event(apart, "escaped"), dt.date(2026, 5, 2))


# What a permission lets happen at a time of its own is placed as a plan is (lexicon firm_plans += allowed, permitted)

def test_a_return_allowed_on_a_day_happens_that_day() -> None:
    """"Residents were allowed to return to their homes on Tuesday." (Friday 8 May 2026): the return is real, on Tuesday 5 May."""
    tl = timeline.build("Residents were allowed to return to their homes on Tuesday.", reference_time="2026-05-08")
    assert only_event(tl, "return").real
    assert likely_within_day(only_event(tl, "return"), dt.date(2026, 5, 5))


def test_an_undated_or_refused_permission_leaves_the_act_supposed() -> None:
    """Negatives: "Residents were allowed to return to their homes." (no time of its own) and "Residents were not allowed
    to return to their homes on Tuesday." (refused) leave the return supposed."""
    for text in ("Residents were allowed to return to their homes.", "Residents were not allowed to return to their homes on Tuesday."):
        assert not only_event(timeline.build(text, reference_time="2026-05-08"), "return").real


# An aside a comma closes, dated well before the story, dates only its participant's past (pipeline far_asides,
# placement/discourse.py continued_discourse ``undating``)

def test_an_aside_years_back_leaves_the_main_verb_on_the_story_day() -> None:
    """"A jury convicted the treasurer of theft on Thursday. The treasurer, who joined the club in 2011, was released on
    bail and will be sentenced on June 2." (Saturday 9 May 2026): the release goes on with Thursday (7 May); 2011 is the
    joining's, June 2 the sentencing's."""
    tl = timeline.build("A jury convicted the treasurer of theft on Thursday. The treasurer, who joined the club in 2011, "
                        "was released on bail and will be sentenced on June 2.", reference_time="2026-05-09")
    assert likely_within_day(only_event(tl, "released"), dt.date(2026, 5, 7))


def test_an_aside_on_a_story_day_still_dates_its_sentence() -> None:
    """Negative: "Crews pumped water from the tunnel overnight on Tuesday. The mayor, who visited the tunnel on Thursday,
    promised an inquiry." (Saturday 9 May 2026): the aside's Thursday is a day of the story: the promise does not go on
    with Tuesday night."""
    tl = timeline.build("Crews pumped water from the tunnel overnight on Tuesday. The mayor, who visited the tunnel on Thursday, "
                        "promised an inquiry.", reference_time="2026-05-09")
    assert not likely_within_day(only_event(tl, "promised"), dt.date(2026, 5, 5))


# A verb that begins an event is a moment of it, not a stretch running on to publication (placement/days.py
# aspect_moment_facts)

_BARN = ("Fire gutted a barn at a farm in Hollin on Tuesday night. Crews fought the blaze for three hours before bringing it "
         "under control early on Wednesday. Nobody was hurt; the farmer had locked the gates an hour before the fire started.")


def test_the_start_of_a_fire_is_on_the_fire_s_night() -> None:
    """(Friday 8 May 2026) "before the fire started": the starting is a moment of Tuesday night's fire (5 May), not a
    stretch from then to the publication day."""
    tl = timeline.build(_BARN, reference_time="2026-05-08")
    assert likely_within_day(only_event(tl, "started"), dt.date(2026, 5, 5))


def test_the_fire_keeps_its_own_night() -> None:
    """Negative: the moment takes nothing from the fire: the gutting stays on Tuesday night, not pulled to the starting's
    certain range."""
    tl = timeline.build(_BARN, reference_time="2026-05-08")
    assert likely_within_day(only_event(tl, "gutted"), dt.date(2026, 5, 5))
