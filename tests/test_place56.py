"""Helper place, fifty-sixth session: events on the right day and in order (issue 10), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import likely_within, likely_within_day, only_event


# A bare month told after "and" as the next step of a month with its year is the one after it, also when the step's phrase
# has a "to" inside it ("led it to a national title"): resolve/named_years.py _next_step_month, _STEP_RANGE

def test_a_step_led_to_a_title_in_a_month_is_the_month_after_the_joining() -> None:
    """"Orla Pike joined the choir in September 2024 and led it to a national title in March." (Wednesday 9 December
    2026): March 2025, after the joining (not March 2024, before it)."""
    tl = timeline.build("Orla Pike joined the choir in September 2024 and led it to a national title in March.", reference_time="2026-12-09")
    assert likely_within(only_event(tl, "led"), dt.datetime(2025, 3, 1), dt.datetime(2025, 4, 1))


# An act a relative clause a comma and "which" open tells, after the verb of its sentence or of an event noun, happened
# at that time, not at publication (assembly/asides.py _act_relatives, lexicon act_relatives; pipeline)

def test_an_act_after_which_takes_the_time_its_sentence_goes_on_with() -> None:
    """"A gas main burst on Mill Lane on Sunday morning. The water flooded three cellars, which forced a bakery to close."
    (Wednesday 9 December 2026): the forcing on Sunday 6 December, with the flooding (not on the publication day)."""
    tl = timeline.build("A gas main burst on Mill Lane on Sunday morning. The water flooded three cellars, which forced a bakery to "
                        "close.", reference_time="2026-12-09")
    assert likely_within_day(only_event(tl, "forced"), dt.date(2026, 12, 6))


def test_an_act_after_which_after_a_date_takes_that_date() -> None:
    """"The band played a farewell show in Tarrow on November 14, which drew 2,000 people." (Wednesday 9 December 2026):
    the drawing on 14 November."""
    tl = timeline.build("The band played a farewell show in Tarrow on November 14, which drew 2,000 people.", reference_time="2026-12-09")
    assert likely_within_day(only_event(tl, "drew"), dt.date(2026, 11, 14))


def test_an_event_noun_and_its_relative_act_take_its_verbs_time() -> None:
    """"A van struck a footbridge on Thursday evening. The collision, which closed the road, hurt two cyclists."
    (Wednesday 9 December 2026): the collision and the closing on Thursday 3 December, with the hurting."""
    tl = timeline.build("A van struck a footbridge on Thursday evening. The collision, which closed the road, hurt two cyclists.",
                        reference_time="2026-12-09")
    assert likely_within_day(only_event(tl, "closed"), dt.date(2026, 12, 3))
    assert likely_within_day(only_event(tl, "collision"), dt.date(2026, 12, 3))


def test_a_thing_subjects_relative_act_stays_its_past() -> None:
    """"The council, which built the stadium, demolished it on Monday." (Wednesday 9 December 2026): no verb before the
    relative clause: the building is the council's past, before Monday (not on it)."""
    tl = timeline.build("The council, which built the stadium, demolished it on Monday.", reference_time="2026-12-09")
    built = only_event(tl, "built")
    assert built.likely_end is not None and built.likely_end <= dt.datetime(2026, 12, 7, tzinfo=built.likely_end.tzinfo)
