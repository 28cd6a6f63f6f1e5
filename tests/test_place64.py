"""Helper place, sixty-fourth session: events on the right day and in order (issue 10), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand (2030: 19 March is a Tuesday, 15 October
a Tuesday).
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import likely_within, only_event


# A story whose time dates an occasion of mourning (lexicon mourning_occasions: "funeral", "memorial", "vigil", ...)
# tells a death dated well before it as background: the next sentence is back at the occasion's time
# (assembly/lent.py _mourning_flashbacks, feeding the background times of placement/discourse.py continued_discourse)

_FUNERAL = ("Hundreds attended the funeral of the boxer Lee Marsh in Rotherham on Friday. Marsh died on 3 January "
            "after a short illness. Boxers from his old club formed a guard of honour outside the church.")


def test_a_guard_of_honour_after_the_death_is_at_the_funeral() -> None:
    """_FUNERAL (Tuesday 19 March 2030): "formed" on Friday 15 March, the funeral's day (was 3 January, the death's day
    told in the sentence before)."""
    tl = timeline.build(_FUNERAL, reference_time="2030-03-19")
    assert likely_within(only_event(tl, "formed"), dt.datetime(2030, 3, 15), dt.datetime(2030, 3, 16))
    assert likely_within(only_event(tl, "died"), dt.datetime(2030, 1, 3), dt.datetime(2030, 1, 4))


def test_a_memorial_service_takes_its_scene_back_from_the_death() -> None:
    """"A memorial service for the nurse Joan Tate was held at the cathedral on Sunday. Tate died in a road crash in
    July. Colleagues lined the steps of the cathedral." (Tuesday 15 October 2030): "lined" on Sunday 13 October (was July
    2030, the crash's month)."""
    tl = timeline.build("A memorial service for the nurse Joan Tate was held at the cathedral on Sunday. Tate died in a "
                        "road crash in July. Colleagues lined the steps of the cathedral.", reference_time="2030-10-15")
    assert likely_within(only_event(tl, "lined"), dt.datetime(2030, 10, 13), dt.datetime(2030, 10, 14))


def test_a_flashback_in_a_story_of_no_mourning_still_goes_on() -> None:
    """"The council closed the depot on Friday. Drivers first walked out on 3 January. Pickets blocked the gates."
    (Tuesday 19 March 2030): no occasion of mourning, so "blocked", in the flashback's paragraph, goes on with 3 January
    (kept)."""
    tl = timeline.build("The council closed the depot on Friday. Drivers first walked out on 3 January. Pickets blocked "
                        "the gates.", reference_time="2030-03-19")
    assert likely_within(only_event(tl, "blocked"), dt.datetime(2030, 1, 3), dt.datetime(2030, 1, 4))
