"""Helper place, fifty-fifth session: events on the right day and in order (issue 10), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import likely_within, likely_within_day, only_event, timex_value


# "On the fourth evening," of a trip counts the days from the day the story told it began, and keeps its part of the day
# (resolve/readings.py _counted_part, resolve/__init__.py); "on the first morning" is such a part after "on" (rule
# ordinal_day, production in_the_unit)

def test_a_numbered_evening_counts_from_the_day_the_climb_began() -> None:
    """"The climbers left the base camp at dawn on November 30. On the fourth evening, an avalanche buried their tents.
    They dug them out the next morning." (Wednesday 9 December 2026): 30 Nov, 1, 2, 3 Dec: the evening of 3 December;
    the next morning 4 December's."""
    tl = timeline.build("The climbers left the base camp at dawn on November 30. On the fourth evening, an avalanche buried "
                        "their tents. They dug them out the next morning.", reference_time="2026-12-09")
    assert timex_value(tl, "the fourth evening") == "2026-12-03TEV"
    assert likely_within(only_event(tl, "buried"), dt.datetime(2026, 12, 3, 12), dt.datetime(2026, 12, 4))
    assert likely_within_day(only_event(tl, "dug"), dt.date(2026, 12, 4))


def test_a_numbered_afternoon_of_a_fair_counts_from_its_opening() -> None:
    """"The Lamberhurst fair opened on Monday. On the third afternoon, a ride broke down." (Wednesday 9 December 2026):
    Monday 7, Tuesday 8, Wednesday 9: the 9th's afternoon."""
    tl = timeline.build("The Lamberhurst fair opened on Monday. On the third afternoon, a ride broke down.", reference_time="2026-12-09")
    assert timex_value(tl, "the third afternoon") == "2026-12-09TAF"


def test_on_the_first_morning_is_the_morning_of_the_day_a_trip_began() -> None:
    """"The crew sailed from Orrin at dawn on Monday. A deckhand fell ill on the first morning." (Wednesday 9 December
    2026): Monday 7 December's morning, one expression."""
    tl = timeline.build("The crew sailed from Orrin at dawn on Monday. A deckhand fell ill on the first morning.", reference_time="2026-12-09")
    assert timex_value(tl, "the first morning") == "2026-12-07TMO"
    assert likely_within_day(only_event(tl, "fell"), dt.date(2026, 12, 7))


def test_the_first_night_of_a_festival_is_no_counted_part() -> None:
    """Negative: "The first night of the Harwell festival drew 3,000 people." -- no "on" before it: no time expression
    (the rule's "first" needs "on" before it)."""
    tl = timeline.build("The first night of the Harwell festival drew 3,000 people.", reference_time="2026-12-09")
    assert [t.text for t in tl.timexes] == []


# An event noun that is the subject of a verb of effect ("a defeat left the club bottom", "a loss sent the club into the
# bottom three") in a signal's clause: the verb began soon after the noun (lexicon [anchoring] effect_verbs,
# patterns.effect_subject_gap), so the noun is on the verb's day, not the discourse's

def test_a_defeat_that_left_the_club_bottom_is_on_the_day_before_the_sacking() -> None:
    """"Ostley Rovers sacked coach Dan Ferro on Sunday, a day after a 4-0 defeat by Wexham left the club bottom of the
    table." (Tuesday 8 December 2026): the sacking Sunday 6 December, the defeat (and the leaving) Saturday 5 December."""
    tl = timeline.build("Ostley Rovers sacked coach Dan Ferro on Sunday, a day after a 4-0 defeat by Wexham left the club bottom "
                        "of the table.", reference_time="2026-12-08")
    assert likely_within_day(only_event(tl, "sacked"), dt.date(2026, 12, 6))
    assert likely_within_day(only_event(tl, "defeat"), dt.date(2026, 12, 5))


def test_a_loss_that_sent_a_club_down_is_two_days_before_the_sacking() -> None:
    """"Farley Town sacked their manager on Monday, two days after a 3-0 loss to Dunham sent them into the bottom four."
    (Wednesday 9 December 2026): the sacking Monday 7 December, the loss Saturday 5 December ("to Dunham" between the noun
    and its verb)."""
    tl = timeline.build("Farley Town sacked their manager on Monday, two days after a 3-0 loss to Dunham sent them into the bottom "
                        "four.", reference_time="2026-12-09")
    assert likely_within_day(only_event(tl, "loss"), dt.date(2026, 12, 5))


# The first of two verbs told in sequence is over by soon after the second began (placement/discourse.py
# sequence_facts, kind "sequence-end")

def test_studies_told_before_a_decade_of_work_end_when_the_work_begins() -> None:
    """"Born in 1942, Pask studied law and worked for a decade at the ministry before winning a seat in 1979." (Tuesday 8
    December 2026): the studying ends by the time the work began (about 1969), not at publication."""
    tl = timeline.build("Ivor Pask, a former minister, died on Sunday, his family said. Born in 1942, Pask studied law and worked "
                        "for a decade at the ministry before winning a seat in 1979.", reference_time="2026-12-08")
    studied = only_event(tl, "studied")
    assert studied.likely_end is not None and studied.likely_end.replace(tzinfo=None) <= dt.datetime(1980, 1, 1)
    assert studied.likely_start is not None and studied.likely_start.year >= 1942


# "before the end of April" in a past clause said in December: the April gone (resolve/named.py _month, picking.before_gone)

def test_before_the_end_of_april_said_in_december_is_this_year_s_april() -> None:
    """"Ada Rusk joined the study on March 9. She developed a rash before the end of April." (Thursday 3 December 2026):
    the end of April 2026 (not 2027's run-up), and the rash in April."""
    tl = timeline.build("Ada Rusk joined the study on March 9. She developed a rash before the end of April.", reference_time="2026-12-03")
    assert timex_value(tl, "the end of April") == "2026-04"
    assert likely_within(only_event(tl, "developed"), dt.datetime(2026, 3, 9), dt.datetime(2026, 5, 1))


def test_a_month_just_ahead_after_before_stays_ahead() -> None:
    """Negative: "Shoppers crowded the malls before December." said on Thursday 26 November 2026: December 2026, the run-up
    of the month ahead (within the reach of [day_signals] "run up to")."""
    tl = timeline.build("Shoppers crowded the malls before December.", reference_time="2026-11-26")
    assert timex_value(tl, "December") == "2026-12"


# "the next day" opening the times of the sentence after one whose last day was told in an "after" clause before the
# main clause's day counts from the main clause's day (resolve/readings.py signal_clause_day, next_day_offset; lexicon
# [signal_clause_days])

def test_charged_the_next_day_counts_from_the_arrest_not_the_crash() -> None:
    """"Police arrested a man on Monday after a lorry hit a bus shelter in Alsop on Saturday night. He was charged the next
    day." (Friday 4 December 2026): arrested Monday 30 November, the crash Saturday 28th's night, charged Tuesday 1
    December."""
    tl = timeline.build("Police arrested a man on Monday after a lorry hit a bus shelter in Alsop on Saturday night. He was charged "
                        "the next day.", reference_time="2026-12-04")
    assert timex_value(tl, "the next day") == "2026-12-01"
    assert likely_within_day(only_event(tl, "charged"), dt.date(2026, 12, 1))


def test_a_day_later_after_an_after_clause_counts_from_the_main_clause() -> None:
    """"Firefighters rescued two climbers on Thursday after they fell on Tuesday. They left hospital a day later." (Monday
    7 December 2026): rescued Thursday 3 December, left hospital Friday 4 December."""
    tl = timeline.build("Firefighters rescued two climbers on Thursday after they fell on Tuesday. They left hospital a day later.",
                        reference_time="2026-12-07")
    assert likely_within_day(only_event(tl, "left"), dt.date(2026, 12, 4))


def test_a_clock_time_taking_up_the_after_clause_keeps_its_day() -> None:
    """Negative: "Homes in Marlow were without gas on Friday after a main cracked late on Wednesday. The firm said the main
    split at about 11 p.m. and supplies came back the following afternoon." (Monday 7 December 2026): the first time of the
    next sentence is a clock time (the cracking's, Wednesday 2 December); the following afternoon is Thursday's."""
    tl = timeline.build("Homes in Marlow were without gas on Friday after a main cracked late on Wednesday. The firm said the main "
                        "split at about 11 p.m. and supplies came back the following afternoon.", reference_time="2026-12-07")
    assert timex_value(tl, "11 p.m.").startswith("2026-12-02T23")
    assert timex_value(tl, "the following afternoon") == "2026-12-03TAF"


# An indefinite event noun with no time of its own (of [anchoring] taken_up_kinds: over in a moment) is the happening a past
# verb of its kind with a time of its own tells in a later sentence (anchoring/coreference.py _lead_taken_up)

def test_a_bridge_collapse_in_the_lead_is_the_fall_told_after() -> None:
    """"An inquiry into a bridge collapse at Selham that killed two drivers opened on Monday. The bridge fell into the river
    on March 3." (Tuesday 8 December 2026): the collapse on 3 March (was on the inquiry's Monday's discourse or a year)."""
    tl = timeline.build("An inquiry into a bridge collapse at Selham that killed two drivers opened on Monday. The bridge fell into the "
                        "river on March 3.", reference_time="2026-12-08")
    assert likely_within_day(only_event(tl, "collapse"), dt.date(2026, 3, 3))
    assert likely_within_day(only_event(tl, "opened"), dt.date(2026, 12, 7))


# A past verb of state in a relative clause set off by ", which" on a thing ("the village hall, which hosted a food bank")
# began before the act of the clause before it (assembly/asides.py _relative_states, lexicon relative_state_verbs)

def test_a_wing_which_hosted_a_bakery_hosted_it_before_the_fire() -> None:
    """"Fire gutted the old mill in Tansley on Sunday night. The blaze destroyed the east wing, which hosted a bakery."
    (Wednesday 9 December 2026): the hosting began before the destroying (not at publication)."""
    tl = timeline.build("Fire gutted the old mill in Tansley on Sunday night. The blaze destroyed the east wing, which hosted a bakery.",
                        reference_time="2026-12-09")
    housed, destroyed = only_event(tl, "hosted"), only_event(tl, "destroyed")
    assert housed.likely_start is not None and destroyed.likely_start is not None
    assert housed.likely_start <= destroyed.likely_start


def test_a_tree_which_blocked_a_road_blocked_it_after_it_fell() -> None:
    """Negative: "Winds brought down an oak in Tansley on Sunday night. The oak fell across the lane, which blocked the road."
    (Wednesday 9 December 2026): "blocked" is no state the road was in before (not of relative_state_verbs): no earlier start."""
    tl = timeline.build("Winds brought down an oak in Tansley on Sunday night. The oak hit a wall, which blocked the road.",
                        reference_time="2026-12-09")
    blocked, hit = only_event(tl, "blocked"), only_event(tl, "hit")
    assert blocked.likely_start is not None and hit.likely_start is not None
    assert blocked.likely_start >= hit.likely_start
