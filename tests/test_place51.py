"""Helper place, fifty-first session: events on the right day and in order (issue 10), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import likely_within, likely_within_day, only_event


# A part of a day named by a happening (placement/occasion_days.py, lexicon occasion_part_shifts, occasion_eve_words)

def test_the_morning_after_a_dated_fire_is_the_next_mornings() -> None:
    """"A fire destroyed a grain store in Pellam on Monday evening. The morning after the fire, farmers searched the
    ashes." (Thursday 22 October 2026): the searching on Tuesday morning, not the publication day."""
    tl = timeline.build("A fire destroyed a grain store in Pellam on Monday evening. The morning after the fire, farmers searched the ashes.",
                        reference_time="2026-10-22")
    assert likely_within(only_event(tl, "searched"), dt.datetime(2026, 10, 20, 5), dt.datetime(2026, 10, 20, 12))


def test_the_night_of_a_rescue_told_by_its_verb() -> None:
    """"Volunteers rescued two climbers on Tuesday evening. On the night of the rescue, the team lost its radio."
    (Friday 13 November 2026): "the rescue" takes up "rescued"; the losing on Tuesday night."""
    tl = timeline.build("Volunteers rescued two climbers on Tuesday evening. On the night of the rescue, the team lost its radio.",
                        reference_time="2026-11-13")
    lost = only_event(tl, "lost")
    assert likely_within(lost, dt.datetime(2026, 11, 10, 19), dt.datetime(2026, 11, 11, 7))


def test_the_eve_of_a_dated_storm_is_the_day_before() -> None:
    """"The storm reached the coast on Tuesday. On the eve of the storm, residents bought bottled water." (Thursday 22
    October 2026): the buying on Monday 19."""
    tl = timeline.build("The storm reached the coast on Tuesday. On the eve of the storm, residents bought bottled water.",
                        reference_time="2026-10-22")
    assert likely_within_day(only_event(tl, "bought"), dt.date(2026, 10, 19))


def test_a_verb_before_the_day_of_a_dated_happening() -> None:
    """"The bridge collapsed on Sunday. Engineers inspected it on the evening before the collapse." (Thursday 22
    October 2026): the inspecting on Saturday evening."""
    tl = timeline.build("The bridge collapsed on Sunday. Engineers inspected it on the evening before the collapse.",
                        reference_time="2026-10-22")
    assert likely_within(only_event(tl, "inspected"), dt.datetime(2026, 10, 17, 17), dt.datetime(2026, 10, 17, 22))



# A clock time after a report's day goes back to the part of the day the story told (resolve/dates.py
# _part_before_report_day)

def test_a_clock_time_after_a_reports_day_is_in_the_evening_told_before() -> None:
    """"A blaze gutted a bakery in Orsk on Monday evening, and detectives said on Wednesday that it had been arson.
    Neighbours raised the alarm at about 8 p.m." (Thursday 22 October 2026): Monday 20:00, not Wednesday."""
    tl = timeline.build("A blaze gutted a bakery in Orsk on Monday evening, and detectives said on Wednesday that it had been arson. "
                        "Neighbours raised the alarm at about 8 p.m.", reference_time="2026-10-22")
    raised = only_event(tl, "raised")
    assert raised.earliest_start is not None and raised.earliest_start.date() == dt.date(2026, 10, 19)


def test_a_clock_time_after_a_deeds_day_stays_on_it() -> None:
    """Negative: "A blaze gutted a bakery in Orsk on Monday evening, and the owner reopened it on Wednesday. Customers
    queued at about 8 p.m." (Thursday 22 October 2026): Wednesday's day is a deed's, the story is on it: Wednesday 20:00."""
    tl = timeline.build("A blaze gutted a bakery in Orsk on Monday evening, and the owner reopened it on Wednesday. "
                        "Customers queued at about 8 p.m.", reference_time="2026-10-22")
    queued = only_event(tl, "queued")
    assert queued.earliest_start is not None and queued.earliest_start.date() == dt.date(2026, 10, 21)


# "next" in a possessive time ("next year's fair") is that time's, no tense of the clause (resolve/tense.py time_heads)

def test_a_deed_for_next_years_fair_on_monday_is_last_monday() -> None:
    """"The potter booked a stall for next year's craft fair on Monday." (Friday 18 September 2026): the booking was
    Monday 14, not the Monday ahead; the fair is next year's."""
    tl = timeline.build("The potter booked a stall for next year's craft fair on Monday.", reference_time="2026-09-18")
    assert likely_within_day(only_event(tl, "booked"), dt.date(2026, 9, 14))


def test_a_future_deed_for_next_seasons_games_on_tuesday_is_ahead() -> None:
    """Negative: "The club will sign a lease for next season's games on Tuesday." (Friday 18 September 2026): the
    clause's own "will" puts Tuesday ahead, the 22nd."""
    tl = timeline.build("The club will sign a lease for next season's games on Tuesday.", reference_time="2026-09-18")
    assert likely_within_day(only_event(tl, "sign"), dt.date(2026, 9, 22))


# A happening told after another in a sentence on the match's clock is the lead's day (placement/undated.py news_day)

def test_a_penalty_awarded_after_a_handball_in_the_116th_minute_is_the_matchs_day() -> None:
    """"Brenford won the trophy on Saturday, beating Ullam 3-2. The decisive penalty was awarded after a defender handled
    the ball in the 116th minute." (Sunday 31 May 2026): the awarding on Saturday, with the match, not the publication
    day."""
    tl = timeline.build("Brenford won the trophy on Saturday, beating Ullam 3-2. The decisive penalty was awarded after a defender "
                        "handled the ball in the 116th minute.", reference_time="2026-05-31")
    assert likely_within_day(only_event(tl, "awarded"), dt.date(2026, 5, 30))


def test_a_deed_after_another_with_no_match_clock_may_lie_days_on() -> None:
    """Negative: "Brenford won the trophy on Saturday, beating Ullam 3-2. The coach resigned after the owners criticised
    his tactics." (Sunday 31 May 2026): no clock of the match; the resigning is not put on Saturday."""
    tl = timeline.build("Brenford won the trophy on Saturday, beating Ullam 3-2. The coach resigned after the owners criticised his tactics.",
                        reference_time="2026-05-31")
    assert not likely_within_day(only_event(tl, "resigned"), dt.date(2026, 5, 30))


# ", and" with a name as the new subject tells a sequence (anchoring.toml patterns.sequence)

def test_a_named_subject_after_and_is_the_next_step() -> None:
    """"The referee awarded a free kick, and Marsh curled it into the net." (Sunday 31 May 2026): the curling started
    after the awarding, not before."""
    tl = timeline.build("The referee awarded a free kick, and Marsh curled it into the net.", reference_time="2026-05-31")
    awarded, curled = only_event(tl, "awarded"), only_event(tl, "curled")
    assert any(r.source == awarded.eid and r.target == curled.eid and r.relation == "BEFORE"
               or r.source == curled.eid and r.target == awarded.eid and r.relation == "AFTER" for r in tl.relations)



# A time after an event noun's "of" phrase dates the noun when the verb before has its own time (anchoring/governor.py
# _noun_of_second_time)

def test_a_report_on_thursday_into_the_crash_of_a_plane_last_month() -> None:
    """"Inspectors published a report on Thursday into the crash of a cargo plane near Vessa Ridge last month."
    (Friday 23 January 2026): the crash in December 2025, the publishing on Thursday 22."""
    tl = timeline.build("Inspectors published a report on Thursday into the crash of a cargo plane near Vessa Ridge last month.",
                        reference_time="2026-01-23")
    crash = only_event(tl, "crash")
    assert likely_within(crash, dt.datetime(2025, 12, 1), dt.datetime(2026, 1, 1))
    assert likely_within_day(only_event(tl, "published"), dt.date(2026, 1, 22))


def test_a_time_after_an_of_phrase_with_no_time_of_the_verb_stays_the_verbs() -> None:
    """Negative: "Inspectors published a report into the crash of a cargo plane last month." (Friday 23 January 2026): no
    other time for the publishing; the month is still read as the publishing's (December 2025)."""
    tl = timeline.build("Inspectors published a report into the crash of a cargo plane last month.", reference_time="2026-01-23")
    assert likely_within(only_event(tl, "published"), dt.datetime(2025, 12, 1), dt.datetime(2026, 1, 1))


def test_the_eve_of_the_election_takes_up_a_dated_vote() -> None:
    """"Residents of Amberley voted for a new mayor on Thursday. On the eve of the election, both candidates held
    rallies." (Friday 27 February 2026): "the election" takes up the voting (lexicon same_kind); the rallies' holding on
    Wednesday 25."""
    tl = timeline.build("Residents of Amberley voted for a new mayor on Thursday. On the eve of the election, both candidates held rallies.",
                        reference_time="2026-02-27")
    assert likely_within_day(only_event(tl, "held"), dt.date(2026, 2, 25))


def test_a_happening_of_another_kind_is_no_occasion() -> None:
    """Negative: "A storm hit the coast on Tuesday. The morning after the blaze, crews searched the site." (Friday 27
    February 2026): a blaze is no storm; the searching is not put on Wednesday morning."""
    tl = timeline.build("A storm hit the coast on Tuesday. The morning after the blaze, crews searched the site.", reference_time="2026-02-27")
    assert not likely_within(only_event(tl, "searched"), dt.datetime(2026, 2, 25, 5), dt.datetime(2026, 2, 25, 12))


# Verbs on a match's clock in the order of their minutes (placement/match_clock.py, lexicon patterns.occasion_minute,
# occasion_clock_points)

def _before(tl: timeline.Timeline, a: str, b: str) -> bool:
    ea, eb = only_event(tl, a), only_event(tl, b)
    return any((r.source, r.relation, r.target) in ((ea.eid, "BEFORE", eb.eid), (eb.eid, "AFTER", ea.eid)) for r in tl.relations)


def test_verbs_at_two_minutes_of_a_match_are_in_the_minutes_order() -> None:
    """"Kelby beat Vantor 2-1 on Saturday. Vantor went ahead in the 12th minute. Kelby levelled in the 71st minute through
    Osei." (Sunday 31 May 2026): the going ahead before the levelling."""
    tl = timeline.build("Kelby beat Vantor 2-1 on Saturday. Vantor went ahead in the 12th minute. Kelby levelled in the 71st minute "
                        "through Osei.", reference_time="2026-05-31")
    assert _before(tl, "went", "levelled")
    assert not _before(tl, "levelled", "went")


def test_a_minute_told_later_can_be_earlier_on_the_clock() -> None:
    """"Kelby beat Vantor 2-1 on Saturday. Osei sealed the win in the 88th minute. Vantor had gone ahead in the 12th
    minute." (Sunday 31 May 2026): told second, the 12th minute's verb is the earlier one."""
    tl = timeline.build("Kelby beat Vantor 2-1 on Saturday. Osei sealed the win in the 88th minute. Vantor scored first in the 12th minute.",
                        reference_time="2026-05-31")
    assert _before(tl, "scored", "sealed")


def test_after_half_time_is_after_a_first_half_minute() -> None:
    """"Kelby beat Vantor 2-1 on Saturday. Kelby levelled shortly after half-time. Vantor scored first in the 30th
    minute." (Sunday 31 May 2026): told second, the 30th minute's scoring is before the levelling just after the 45th."""
    tl = timeline.build("Kelby beat Vantor 2-1 on Saturday. Kelby levelled shortly after half-time. Vantor scored first in the 30th minute.",
                        reference_time="2026-05-31")
    assert _before(tl, "scored", "levelled")


def test_the_year_after_a_dated_fire_is_the_next_year() -> None:
    """"A fire gutted the Lorne theatre in 2009. The town bought two new fire engines the year after that fire." (Friday
    26 June 2026): the buying in 2010, not on the publication day (lexicon occasion_year_words)."""
    tl = timeline.build("A fire gutted the Lorne theatre in 2009. The town bought two new fire engines the year after that fire.",
                        reference_time="2026-06-26")
    assert likely_within(only_event(tl, "bought"), dt.datetime(2010, 1, 1), dt.datetime(2011, 1, 1))


def test_the_year_before_a_dated_fire_opening_a_sentence() -> None:
    """"A fire gutted the Lorne theatre in 2009. The year before the fire, inspectors had warned of faulty wiring."
    (Friday 26 June 2026): the warning in 2008."""
    tl = timeline.build("A fire gutted the Lorne theatre in 2009. The year before the fire, inspectors had warned of faulty wiring.",
                        reference_time="2026-06-26")
    assert likely_within(only_event(tl, "warned"), dt.datetime(2008, 1, 1), dt.datetime(2009, 1, 1))


def test_the_year_after_a_happening_no_year_fixes_dates_nothing() -> None:
    """Negative: "A fire gutted the Lorne theatre in the 2000s. The town bought new engines the year after the fire."
    (Friday 26 June 2026): the fire's decade fixes no year; the buying is put in no year after it."""
    tl = timeline.build("A fire gutted the Lorne theatre in the 2000s. The town bought new engines the year after the fire.",
                        reference_time="2026-06-26")
    bought = only_event(tl, "bought")
    assert bought.likely_start is None or bought.likely_end is None or bought.likely_end - bought.likely_start != dt.timedelta(days=365)


# A bare morning part after an hour counted from an evening clock time is the next morning (resolve/story_days.py
# morning_after)

def test_dawn_after_an_hour_counted_from_an_evening_clock_is_the_next_day() -> None:
    """"The ferry sent a distress call at about 9 p.m. on Saturday. Radio contact ended an hour later. Divers reached the
    wreck at dawn." (Monday 27 April 2026): Sunday's dawn, not Saturday's."""
    tl = timeline.build("The ferry sent a distress call at about 9 p.m. on Saturday. Radio contact ended an hour later. "
                        "Divers reached the wreck at dawn.", reference_time="2026-04-27")
    assert likely_within_day(only_event(tl, "reached"), dt.date(2026, 4, 26))


def test_an_afternoon_after_an_hour_counted_from_a_morning_clock_is_the_same_day() -> None:
    """Negative: "The market opened at 9 a.m. on Saturday. Stalls sold out two hours later. Crowds gathered in the
    afternoon." (Monday 27 April 2026): Saturday's afternoon."""
    tl = timeline.build("The market opened at 9 a.m. on Saturday. Stalls sold out two hours later. Crowds gathered in the afternoon.",
                        reference_time="2026-04-27")
    assert likely_within_day(only_event(tl, "gathered"), dt.date(2026, 4, 25))


def test_minutes_counted_into_extra_time_follow_a_late_minute() -> None:
    """"Kelby beat Vantor 3-2 on Saturday. Osei scored again three minutes into extra time. Vantor levelled in the 88th
    minute." (Sunday 31 May 2026): told second, minute 88 is before minute 93."""
    tl = timeline.build("Kelby beat Vantor 3-2 on Saturday. Osei scored again three minutes into extra time. Vantor levelled in the 88th minute.",
                        reference_time="2026-05-31")
    assert _before(tl, "levelled", "scored")


def test_after_ten_minutes_is_an_early_minute() -> None:
    """"Kelby beat Vantor 2-1 on Saturday. Osei equalised in the 60th minute. Vantor went ahead after ten minutes."
    (Sunday 31 May 2026): told second, the tenth minute's going ahead is before the 60th minute's equaliser."""
    tl = timeline.build("Kelby beat Vantor 2-1 on Saturday. Osei equalised in the 60th minute. Vantor went ahead after ten minutes.",
                        reference_time="2026-05-31")
    assert _before(tl, "went", "equalised")


def test_a_clock_phrase_after_and_times_the_verb_after_it() -> None:
    """"Kelby beat Vantor 2-1 on Saturday. Osei's header was saved, and in stoppage time Dunn volleyed the winner. Kelby
    levelled in the 80th minute." (Sunday 31 May 2026): "in stoppage time" opens the clause after ", and": the
    volleying's (minute 90), not the saving's; the 80th minute's levelling, told after, is before it."""
    tl = timeline.build("Kelby beat Vantor 2-1 on Saturday. Osei's header was saved, and in stoppage time Dunn volleyed the winner. "
                        "Kelby levelled in the 80th minute.", reference_time="2026-05-31")
    assert _before(tl, "levelled", "volleyed")


def test_untimed_steps_of_a_match_keep_the_told_order_in_the_listing() -> None:
    """"Kelby beat Vantor 2-1 on Saturday. Vantor hit the bar early on. Kelby levelled in the 55th minute. Osei's shot
    was blocked, and Dunn scored in the 80th minute." (Sunday 31 May 2026): the clock orders the levelling before the
    scoring without moving them past the untimed hitting and blocking in the listing."""
    tl = timeline.build("Kelby beat Vantor 2-1 on Saturday. Vantor hit the bar early on. Kelby levelled in the 55th minute. "
                        "Osei's shot was blocked, and Dunn scored in the 80th minute.", reference_time="2026-05-31")
    position = {e.text: k for k, e in enumerate(tl.events)}
    assert position["hit"] < position["levelled"] < position["blocked"] < position["scored"]
