"""Helper place, fifty-seventh session: events on the right day and in order (issue 10), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import likely_within, only_event


# A service verb with "again" in its clause ("Ferries sailed again", lexicon service_verbs, restoration_adverbs) ends a
# disruption like "reopened": a new paragraph after the flashback to the disruption lies between the two
# (assembly/steps.py _restoring, _again_after)

_SAILED = ("Ferries sailed again to Inchmore on Wednesday, the operator said on Thursday.\n\nA storm damaged the pier at "
           "Calloway on Saturday night.\n\nDivers inspected the piles and welders repaired the ramp.")


def test_a_service_running_again_ends_the_disruption_a_flashback_tells() -> None:
    """The ferries above (Thursday 10 December 2026): the inspecting and the repairing after the storm of Saturday 5
    December's night and before the sailing of Wednesday 9 December (not on the Wednesday)."""
    tl = timeline.build(_SAILED, reference_time="2026-12-10")
    assert likely_within(only_event(tl, "inspected"), dt.datetime(2026, 12, 5, 19), dt.datetime(2026, 12, 9))
    assert likely_within(only_event(tl, "repaired"), dt.datetime(2026, 12, 5, 19), dt.datetime(2026, 12, 9))


def test_a_gang_striking_again_ends_nothing() -> None:
    """"The gang struck again in Bexley on Wednesday, police said on Thursday. / The men had robbed a jeweller in Calloway on
    Saturday night. / Detectives searched a flat and arrested a man." (Thursday 10 December 2026): "struck" is no service:
    the searching is the Wednesday's news (not between the two robberies)."""
    tl = timeline.build("The gang struck again in Bexley on Wednesday, police said on Thursday.\n\nThe men had robbed a jeweller in "
                        "Calloway on Saturday night.\n\nDetectives searched a flat and arrested a man.", reference_time="2026-12-10")
    assert likely_within(only_event(tl, "searched"), dt.datetime(2026, 12, 9), dt.datetime(2026, 12, 10))


def test_a_service_without_again_is_no_end() -> None:
    """"Ferries sailed to Inchmore on Wednesday ..." (the same story without "again"): the inspecting on the Wednesday."""
    tl = timeline.build(_SAILED.replace(" again", ""), reference_time="2026-12-10")
    assert likely_within(only_event(tl, "inspected"), dt.datetime(2026, 12, 9), dt.datetime(2026, 12, 10))


# A night "through" or "throughout" opens ("fought the fire through the night", lexicon whole_night_signals) is lasted
# by what it dates: not most likely over by its midnight (placement/days.py whole_nights, night_facts, early_hours_facts)

def test_a_fire_fought_through_the_night_lasts_past_midnight() -> None:
    """"A fire broke out in a bakery in Molden on Saturday evening. Forty firefighters fought the fire through the night."
    (Sunday 6 December 2026): the fighting from Saturday 5 December's evening into Sunday's early hours (not ended by
    Saturday's midnight)."""
    tl = timeline.build("A fire broke out in a bakery in Molden on Saturday evening. Forty firefighters fought the fire through the "
                        "night.", reference_time="2026-12-06")
    fought = only_event(tl, "fought")
    assert likely_within(fought, dt.datetime(2026, 12, 5, 17), dt.datetime(2026, 12, 6, 7))
    assert fought.likely_end is not None and fought.likely_end > dt.datetime(2026, 12, 6, 3, tzinfo=fought.likely_end.tzinfo)


def test_a_fire_fought_through_the_night_told_days_later_lasts_past_midnight() -> None:
    """The same two sentences told on Wednesday 9 December 2026 (the night not before the publication day): the fighting
    still into Sunday 6 December's early hours."""
    tl = timeline.build("A fire broke out in a bakery in Molden on Saturday evening. Forty firefighters fought the fire through the "
                        "night.", reference_time="2026-12-09")
    fought = only_event(tl, "fought")
    assert fought.likely_end is not None and fought.likely_end > dt.datetime(2026, 12, 6, 3, tzinfo=fought.likely_end.tzinfo)


def test_a_fire_fought_on_a_named_night_is_still_before_its_midnight() -> None:
    """"... Forty firefighters fought the fire on Saturday night." (Wednesday 9 December 2026): the night named by its
    day: most likely before Saturday's midnight."""
    tl = timeline.build("A fire broke out in a bakery in Molden on Saturday evening. Forty firefighters fought the fire on Saturday "
                        "night.", reference_time="2026-12-09")
    assert likely_within(only_event(tl, "fought"), dt.datetime(2026, 12, 5, 17), dt.datetime(2026, 12, 6))


# A part of a day "in" opens before or after an occasion ("in the afternoon before the vote", lexicon same_day_parts,
# same_day_part_prepositions) lies on the occasion's own day, not the day next to it (anchoring/signals.py _same_day_part)

def test_a_gathering_in_the_afternoon_before_a_vote_is_on_the_votes_day() -> None:
    """"The council approved the tower, a spokesman said on Wednesday. About 200 residents had gathered outside the hall in
    the afternoon before the vote on Tuesday." (Wednesday 9 December 2026): the gathering on Tuesday 8 December (not on
    the Monday before, nor the Wednesday)."""
    tl = timeline.build("The council approved the tower, a spokesman said on Wednesday. About 200 residents had gathered outside the "
                        "hall in the afternoon before the vote on Tuesday.", reference_time="2026-12-09")
    assert likely_within(only_event(tl, "gathered"), dt.datetime(2026, 12, 8), dt.datetime(2026, 12, 9))


def test_a_rally_the_evening_before_a_vote_is_on_the_day_before() -> None:
    """"Residents held a rally the evening before the vote on Tuesday." (Wednesday 9 December 2026): no "in": the eve,
    Monday 7 December."""
    tl = timeline.build("Residents held a rally the evening before the vote on Tuesday.", reference_time="2026-12-09")
    assert likely_within(only_event(tl, "held"), dt.datetime(2026, 12, 7), dt.datetime(2026, 12, 8))


# An event noun a present verb of awaiting has for its object with "to" after it ("expects the repairs to take two
# months", lexicon expected_object_markers) lies ahead of the telling: no past, no time of its sentence, no learned
# "before publication" (assembly/steps.py _expected_objects; pipeline)

def test_repairs_expected_to_take_two_months_lie_ahead() -> None:
    """"A storm damaged the pier at Orme on Monday. The council expects the repairs to take two months." (Wednesday 9
    December 2026): the repairs from the telling on, into 2027 (not the two months before it)."""
    tl = timeline.build("A storm damaged the pier at Orme on Monday. The council expects the repairs to take two months.",
                        reference_time="2026-12-09")
    repairs = only_event(tl, "repairs")
    assert repairs.likely_start is not None and repairs.likely_start >= dt.datetime(2026, 12, 9, tzinfo=repairs.likely_start.tzinfo)
    assert repairs.likely_end is not None and repairs.likely_end >= dt.datetime(2027, 1, 20, tzinfo=repairs.likely_end.tzinfo)


def test_repairs_expected_in_a_dated_sentence_are_not_on_its_day() -> None:
    """"A landslip shut the railway between Hagley and Brent on Monday, and engineers expect the repairs to take three
    weeks." (Wednesday 9 December 2026): the repairs not on the Monday of the shutting (from the telling on)."""
    tl = timeline.build("A landslip shut the railway between Hagley and Brent on Monday, and engineers expect the repairs to take "
                        "three weeks.", reference_time="2026-12-09")
    repairs = only_event(tl, "repairs")
    assert repairs.likely_start is not None and repairs.likely_start >= dt.datetime(2026, 12, 8, tzinfo=repairs.likely_start.tzinfo)


def test_repairs_that_took_two_days_stay_past() -> None:
    """"A storm damaged the pier at Orme on Monday. The repairs took two days." (Wednesday 9 December 2026): no awaiting:
    the repairs before the telling."""
    tl = timeline.build("A storm damaged the pier at Orme on Monday. The repairs took two days.", reference_time="2026-12-09")
    repairs = only_event(tl, "repairs")
    assert repairs.likely_end is not None and repairs.likely_end <= dt.datetime(2026, 12, 9, 12, tzinfo=repairs.likely_end.tzinfo)


def test_digging_through_the_night_ends_when_the_morning_begins() -> None:
    """"A tunnel wall collapsed at the Penrose mine on Tuesday evening. Rescuers dug through the night, and on Wednesday
    morning they reached the two trapped men." (Friday 11 December 2026): the digging into Wednesday 9 December's early
    hours, over when the morning begins (05:00), before the reaching."""
    tl = timeline.build("A tunnel wall collapsed at the Penrose mine on Tuesday evening. Rescuers dug through the night, and on "
                        "Wednesday morning they reached the two trapped men.", reference_time="2026-12-11")
    dug = only_event(tl, "dug")
    assert dug.likely_end is not None
    assert dt.datetime(2026, 12, 9, 3, tzinfo=dug.likely_end.tzinfo) <= dug.likely_end <= dt.datetime(2026, 12, 9, 5, tzinfo=dug.likely_end.tzinfo)


# A clock time a verb of rescheduling moves something to ("has been moved to 5pm on Saturday") carries its day: the day
# is the new time's, not the moving's (anchoring/times.py _days_of_bounding_clocks, _moved_to_clock)

def test_a_final_moved_to_a_clock_time_on_a_day_was_not_moved_on_that_day() -> None:
    """"The Ebbw Cup final has been moved to 5pm on Saturday after floodlights failed, the league said on Thursday."
    (Thursday 10 December 2026): the moving before the telling (by Thursday 10 December), not on Saturday 12 December."""
    tl = timeline.build("The Ebbw Cup final has been moved to 5pm on Saturday after floodlights failed, the league said on Thursday.",
                        reference_time="2026-12-10")
    moved = only_event(tl, "moved")
    assert moved.likely_end is not None and moved.likely_end <= dt.datetime(2026, 12, 11, tzinfo=moved.likely_end.tzinfo)


def test_a_road_closed_until_a_clock_time_on_a_day_ends_then() -> None:
    """"Police closed the road until 6pm on Friday, the council said on Saturday." (Saturday 12 December 2026): the
    closing over by 18:00 on Friday 11 December (the bounding clock time carries its day, as before)."""
    tl = timeline.build("Police closed the road until 6pm on Friday, the council said on Saturday.", reference_time="2026-12-12")
    closed = only_event(tl, "closed")
    assert likely_within(closed, dt.datetime(2026, 12, 11), dt.datetime(2026, 12, 11, 18, 2))


# A noun of a natural happening the event models leave out (lexicon missed_happenings: "landslip", "avalanche") is an
# event, placed with its verb (events/detect.py _with_compounds)

def test_a_landslip_that_shut_a_railway_is_an_event_on_its_day() -> None:
    """"A landslip shut the railway between Hagley and Brent on Monday." (Wednesday 9 December 2026): the landslip is an
    event, on Monday 7 December with the shutting."""
    tl = timeline.build("A landslip shut the railway between Hagley and Brent on Monday.", reference_time="2026-12-09")
    assert likely_within(only_event(tl, "landslip"), dt.datetime(2026, 12, 7), dt.datetime(2026, 12, 8))
