"""Helper place, forty-seventh session: events on the right day and in order (issue 10), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import anchors_of, certain_relation, likely_within_day, only_event


# A charge noun between a plea and the act charged ("admitted two counts of dangerous driving on Monday"; lexicon
# charge_nouns, anchoring/governor.py _plea_of, anchoring/clause_links.py _charged_act)

def test_a_time_after_the_act_a_count_names_dates_the_plea() -> None:
    """"A taxi driver admitted three counts of careless driving on Tuesday at Holm magistrates' court." (Thursday 14 May
    2026): Tuesday (12 May) is the admitting's day; the driving came before it, not on it."""
    tl = timeline.build("A taxi driver admitted three counts of careless driving on Tuesday at Holm magistrates' court.",
                        reference_time="2026-05-14")
    assert likely_within_day(only_event(tl, "admitted"), dt.date(2026, 5, 12))
    assert not likely_within_day(only_event(tl, "driving"), dt.date(2026, 5, 12))
    assert certain_relation(tl, "driving", "admitted") == "BEFORE"


def test_the_act_after_a_charge_noun_mention_came_before_the_denial() -> None:
    """"The pair denied a charge of arson on Friday.": the charge noun is a mention of its own; the arson it names, if
    done, came before the denial, which Friday dates."""
    tl = timeline.build("The pair denied a charge of arson on Friday.", reference_time="2026-05-14")
    assert likely_within_day(only_event(tl, "denied"), dt.date(2026, 5, 8))
    assert ("before", only_event(tl, "denied").eid) in anchors_of(only_event(tl, "arson"))


def test_a_gerund_after_other_words_keeps_its_own_time() -> None:
    """Negative: "The club admitted the cost of running the ground on Saturday was too high." has no charge noun: the time
    stays with the running, the nearest verb, and no order before the admitting is read."""
    tl = timeline.build("The club admitted the cost of running the ground on Saturday was too high.", reference_time="2026-05-14")
    assert ("before", only_event(tl, "admitted").eid) not in anchors_of(only_event(tl, "running"))
    assert not likely_within_day(only_event(tl, "admitted"), dt.date(2026, 5, 9))


# A word of several same_kind groups takes up the latest mention of any (lexicon same_kind, anchoring/coreference.py)

def test_the_raid_takes_up_a_robbery_told_by_a_verb() -> None:
    """"Two men robbed a petrol station in Kelsey on Friday night. A cashier who was working during the raid was
    unhurt." (Monday 11 May 2026): the raid is the robbery, on Friday night (8 May), and so is the working in it."""
    tl = timeline.build("Two men robbed a petrol station in Kelsey on Friday night. A cashier who was working during the raid "
                        "was unhurt.", reference_time="2026-05-11")
    assert certain_relation(tl, "raid", "robbed") == "SIMULTANEOUS"
    assert likely_within_day(only_event(tl, "raid"), dt.date(2026, 5, 8))
    assert likely_within_day(only_event(tl, "working"), dt.date(2026, 5, 8))


def test_the_raid_takes_up_the_latest_of_its_kinds() -> None:
    """Negative: "Thieves robbed a bank in Arlo in March. Troops stormed a compound near the border on Friday. The raid
    left two men dead.": the raid is the storming told last (an attack), not the robbery in March."""
    tl = timeline.build("Thieves robbed a bank in Arlo in March. Troops stormed a compound near the border on Friday. The raid "
                        "left two men dead.", reference_time="2026-05-11")
    assert certain_relation(tl, "raid", "stormed") == "SIMULTANEOUS"
    assert certain_relation(tl, "raid", "robbed") != "SIMULTANEOUS"
    assert likely_within_day(only_event(tl, "raid"), dt.date(2026, 5, 8))


def test_the_match_takes_up_a_win_told_by_a_verb() -> None:
    """"Corlow beat Brenby 2-0 on Saturday. Their captain said the team had trained for the match all week." (Monday 11
    May 2026): the match is Saturday's (9 May), the training came before it (lexicon preparing_verbs)."""
    tl = timeline.build("Corlow beat Brenby 2-0 on Saturday. Their captain said the team had trained for the match all week.",
                        reference_time="2026-05-11")
    assert certain_relation(tl, "match", "beat") == "SIMULTANEOUS"
    assert likely_within_day(only_event(tl, "match"), dt.date(2026, 5, 9))
    assert certain_relation(tl, "trained", "match") == "BEFORE"


def test_training_after_the_match_is_not_put_before_it() -> None:
    """Negative: "The squad trained after the match on Saturday." has no "for": the training is not getting ready for the
    match, and comes after it."""
    tl = timeline.build("The squad trained after the match on Saturday.", reference_time="2026-05-11")
    assert certain_relation(tl, "trained", "match") == "AFTER"


def test_training_for_a_length_orders_nothing() -> None:
    """Negative: "She trained for six years as a nurse before she joined the charity in 2019.": no event noun follows
    "for", so nothing is read as the occasion of the training; the joining still comes after it."""
    tl = timeline.build("She trained for six years as a nurse before she joined the charity in 2019.", reference_time="2026-05-11")
    assert certain_relation(tl, "trained", "joined") == "BEFORE"
    assert all(a.target != only_event(tl, "trained").eid for e in tl.events for a in e.anchors if e.text == "nurse")
