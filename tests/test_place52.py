"""Helper place, fifty-second session: events on the right day and in order (issue 10), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import likely_within, likely_within_day, only_event


# A hedged clock time near midnight (placement/days.py _hedged_clocks): most likely on the day its value names

def test_a_hedged_clock_time_before_midnight_stays_on_its_day() -> None:
    """"A barn burned down in Ashby on Saturday night. Neighbours saw the flames at about 11.40 p.m." (Friday 4 December
    2026): "about" widens the clock to 23:10..00:11, but the seeing is most likely on Saturday 28 November."""
    tl = timeline.build("A barn burned down in Ashby on Saturday night. Neighbours saw the flames at about 11.40 p.m.", reference_time="2026-12-04")
    saw = only_event(tl, "saw")
    assert likely_within_day(saw, dt.date(2026, 11, 28))
    assert likely_within(saw, dt.datetime(2026, 11, 28, 23), dt.datetime(2026, 11, 29))


def test_a_hedged_clock_time_after_midnight_stays_on_its_day() -> None:
    """"A van crashed on the ring road early on Sunday. It hit a wall at around 12.15 a.m." (Friday 4 December 2026):
    "around" widens the clock back into Saturday, but the hitting is most likely on Sunday 29 November."""
    tl = timeline.build("A van crashed on the ring road early on Sunday. It hit a wall at around 12.15 a.m.", reference_time="2026-12-04")
    assert likely_within(only_event(tl, "hit"), dt.datetime(2026, 11, 29), dt.datetime(2026, 11, 29, 1))


# "The same day" in the paragraph after a background paragraph (resolve/readings.py _background_month)

_PIER = ("The old pier at Castow reopened on Tuesday after a long repair.\n\nThe pier was closed in May 2009 after a storm. "
         "Its owners fenced it off that evening.")


def test_the_same_day_after_a_background_paragraph_is_the_storys_day() -> None:
    """A paragraph in the simple past about May 2009, then "On the same day, the mayor cut a ribbon." in the next one
    (Friday 4 December 2026): the story's Tuesday 1 December, not a day of May 2009; the cutting on that day."""
    tl = timeline.build(_PIER + "\n\nOn the same day, the mayor cut a ribbon.", reference_time="2026-12-04")
    assert [t.value for t in tl.timexes if t.text == "the same day"] == ["2026-12-01"]
    assert likely_within_day(only_event(tl, "cut"), dt.date(2026, 12, 1))


def test_the_same_day_after_a_recent_month_is_left_to_it() -> None:
    """A month less than a year back ("closed in May 2026") opens no background: "the same day" in the next paragraph
    stays with it (2026-05), as before."""
    tl = timeline.build(_PIER.replace("2009", "2026") + "\n\nOn the same day, the mayor cut a ribbon.", reference_time="2026-12-04")
    (value,) = [t.value for t in tl.timexes if t.text == "the same day"]
    assert value.startswith("2026-05")


# A bare part of day in a past perfect clause after the telling's part of day (resolve/readings.py _perfect_part_after_report)

def test_a_night_in_a_past_perfect_clause_after_an_afternoon_report_is_the_night_before() -> None:
    """"Snow closed the Brisk pass on Sunday. A police spokeswoman said on Monday afternoon that ploughs had cleared the
    road during the night." (Wednesday 2 December 2026): the night before the telling, Sunday's (2026-11-29TNI), not
    Monday's; the clearing most likely before Monday 30 November."""
    tl = timeline.build("Snow closed the Brisk pass on Sunday. A police spokeswoman said on Monday afternoon that ploughs had cleared "
                        "the road during the night.", reference_time="2026-12-02")
    assert [t.value for t in tl.timexes if t.text == "the night"] == ["2026-11-29TNI"]
    assert likely_within(only_event(tl, "cleared"), dt.datetime(2026, 11, 29, 12), dt.datetime(2026, 11, 30, 12))



# A step told by a trailing "soon after" with no object (placement/narration.py _trailing_step, told_step_trailers)

def test_soon_after_with_no_object_follows_the_sentence_before_despite_a_night_of_its_own() -> None:
    """"A barn burned down in Ashby on Saturday night. Neighbours saw the flames at 11.20 p.m. and rang the fire service.
    Crews arrived soon after and fought the fire through the night." (Friday 4 December 2026): the arriving starts
    after the ringing (23:20), not at the night's start (19:00)."""
    tl = timeline.build("A barn burned down in Ashby on Saturday night. Neighbours saw the flames at 11.20 p.m. and rang the fire service. "
                        "Crews arrived soon after and fought the fire through the night.", reference_time="2026-12-04")
    arrived = only_event(tl, "arrived")
    assert arrived.likely_start is not None and arrived.likely_start >= dt.datetime(2026, 11, 28, 23, 20)
    assert likely_within_day(arrived, dt.date(2026, 11, 28))


def test_an_evening_after_an_acts_morning_in_a_past_perfect_clause_stays_on_that_day() -> None:
    """"Two anglers went missing near Tarnby. They had left the harbour on Friday morning and planned to come back that
    evening." (Saturday 5 December 2026): the morning is an act's, no report's: "that evening" is Friday's (2026-12-04TEV)."""
    tl = timeline.build("Two anglers went missing near Tarnby. They had left the harbour on Friday morning and planned to come back "
                        "that evening.", reference_time="2026-12-05")
    assert [t.value for t in tl.timexes if t.text == "that evening"] == ["2026-12-04TEV"]
