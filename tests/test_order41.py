"""The order a timeline gives events (session s41, helper order, bench/stories-s41order): the time a planning verb was
done at, a noun that restates an earlier happening, a flashback's length counted from the flashback, the act a signal
orders after a phrasal verb, an adjective that is no event.  Each kind has a control the rule must keep."""

from __future__ import annotations

import datetime as dt

import timeline
from tests._timelines import anchors_of, event, likely_within, likely_within_day, stated_before


def test_a_past_time_after_called_that_no_for_opens_is_the_calling() -> None:
    # published Monday 14 Sep 2026: the election was called on Friday 11 Sep; the election itself is the vote in October
    tl = timeline.build("Prime Minister Aron Dahl called an early election on Friday after his partner quit the government. "
                        "The vote will be held on 4 October.", "2026-09-14")
    assert ("during", tl.timexes[0].tid) in anchors_of(event(tl, "called"))
    assert likely_within_day(event(tl, "called"), dt.date(2026, 9, 11))
    assert likely_within_day(event(tl, "election"), dt.date(2026, 10, 4))


def test_a_planning_verb_that_is_no_calling_keeps_the_time_for_its_object() -> None:
    # control: "planned a march on Saturday" (published Monday 14 Sep): the march's Saturday, not the planning's
    tl = timeline.build("Residents planned a march on Saturday.", "2026-09-14")
    saturday = tl.timexes[0].tid
    assert ("during", saturday) not in anchors_of(event(tl, "planned"))
    assert ("during", saturday) in anchors_of(event(tl, "march"))


def test_the_theft_takes_up_what_was_stolen_earlier() -> None:
    tl = timeline.build("A painting stolen from a museum in 2019 was found in a garage on Friday. Detectives believe the "
                        "thieves sold the painting soon after the theft.", "2026-11-08")
    theft = event(tl, "theft")
    assert ("simultaneous", event(tl, "stolen").eid) in anchors_of(theft)
    assert likely_within(theft, dt.datetime(2019, 1, 1), dt.datetime(2020, 1, 1))
    sold, found = event(tl, "sold"), event(tl, "found")
    assert sold.latest_start is not None and found.earliest_start is not None and sold.latest_start < found.earliest_start


_MUSEUM = ("A painting has been found in a garage, police said on Saturday. Thieves had broken in through a skylight. "
           "The museum {} new alarms a month earlier.")


def test_a_length_told_in_a_flashback_counts_from_the_flashback() -> None:
    # "a month earlier" after a past perfect, told in the past perfect: a month before the break-in, not October 2026
    tl = timeline.build(_MUSEUM.format("had fitted"), "2026-11-08")
    fitted = event(tl, "fitted")
    assert ("before", event(tl, "broken").eid) in anchors_of(fitted)
    assert not likely_within(fitted, dt.datetime(2026, 10, 1), dt.datetime(2026, 11, 1))


def test_a_length_told_in_the_simple_past_after_a_flashback_is_not_counted_from_it() -> None:
    # control: the simple past after the flashback is back in the story: no step from the break-in
    tl = timeline.build(_MUSEUM.format("fitted"), "2026-11-08")
    assert ("before", event(tl, "broken").eid) not in anchors_of(event(tl, "fitted"))


def test_walked_out_of_a_meeting_before_a_ballot_orders_the_walking_out() -> None:
    tl = timeline.build("Several delegates walked out of a meeting before the ballot.", "2026-03-26")
    assert stated_before(tl, "walked", "ballot")
    assert ("before", event(tl, "ballot").eid) in anchors_of(event(tl, "walked"))


def test_final_before_a_noun_is_no_event() -> None:
    for text in ("Four councillors walked out before the final vote.", "Four councillors walked out before the final count."):
        tl = timeline.build(text, "2026-10-22")
        assert "final" not in [e.text for e in tl.events], text
    tl = timeline.build("Four councillors walked out before the final vote.", "2026-10-22")
    assert stated_before(tl, "walked", "vote")


def test_a_final_that_names_the_match_stays_an_event() -> None:
    # control: "the final on Sunday", "reached the final": the occasion
    for text in ("The final on Sunday was tense.", "They reached the final and won it.", "They won a final that had been postponed."):
        tl = timeline.build(text, "2026-10-22")
        assert "final" in [e.text for e in tl.events], text


def test_a_present_perfect_in_the_lead_is_the_dated_past_that_tells_it_again() -> None:
    # "has been found" in the lead, "found ... on Friday" further down: one finding, on Friday 6 Nov
    tl = timeline.build("A painting stolen in 2019 has been found in a garage, police said on Saturday. Thieves had cut the "
                        "canvas from its frame. A builder found the painting on Friday.", "2026-11-08")
    first = event(tl, "found")
    assert ("simultaneous", [e for e in tl.events if e.text == "found"][-1].eid) in anchors_of(first)
    assert likely_within_day(first, dt.date(2026, 11, 6))
    assert stated_before(tl, "cut", "found")


def test_a_present_perfect_further_down_is_not_taken_for_a_later_dated_past() -> None:
    # control: past the lead, "have been killed" may sum up many: not one happening with the dated one after it
    tl = timeline.build("The army said on Monday it would stay. Its patrols met little resistance. Sixty soldiers have been "
                        "killed in the region. Fighters killed two soldiers on Sunday.", "2026-11-10")
    killed = [e for e in tl.events if e.text == "killed"]
    assert len(killed) == 2
    assert ("simultaneous", killed[1].eid) not in anchors_of(killed[0])


def test_what_a_verb_of_finding_out_discovered_came_before_it() -> None:
    tl = timeline.build("A treasurer admitted stealing money from a charity. The charity discovered the thefts in May.", "2026-12-10")
    assert ("before", event(tl, "discovered").eid) in anchors_of(event(tl, "thefts"))
    assert stated_before(tl, "stealing", "discovered")


def test_a_negated_finding_out_orders_nothing() -> None:
    # control: "never discovered the thefts" found nothing out
    tl = timeline.build("The charity never discovered the thefts.", "2026-12-10")
    assert ("before", event(tl, "discovered").eid) not in anchors_of(event(tl, "thefts"))
