"""Session 33, helper place: events of news stories placed on their likely day (sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

from timeline import build

from _timelines import event, likely_within_day


def test_an_undated_event_after_a_dated_one_most_likely_happened_that_day() -> None:
    # published Friday 11 Dec 2026: the road flooded after the culvert collapsed on Wednesday evening, not on Friday
    tl = build("The B4567 at Pendle flooded after a culvert collapsed on Wednesday evening.", reference_time="2026-12-11")
    assert likely_within_day(event(tl, "flooded"), dt.date(2026, 12, 9))
    # "following" is such a signal too
    tl = build("Two men were arrested following a raid on a warehouse in Hull on Monday morning.", reference_time="2026-12-09")
    assert likely_within_day(event(tl, "arrested"), dt.date(2026, 12, 7))
    # a later time in the sentence takes it past that day: not put on the first one
    tl = build("After inspecting the dam on Monday and meeting engineers on Tuesday afternoon, the minister promised new funds.",
               reference_time="2026-12-09")
    promised = event(tl, "promised")
    assert promised.likely_start is not None and promised.likely_start >= dt.datetime(2026, 12, 8, 12)
    # an -ing participle so ordered is such an event too
    tl = build("Vantor shares rallied after announcing a buyback following a board meeting on Thursday evening.", reference_time="2026-06-13")
    assert likely_within_day(event(tl, "announcing"), dt.date(2026, 6, 11))
    # a present perfect goes on to now: not put on the day of what it came after
    tl = build("Trade at the market has slumped after the car park closed on 3 March.", reference_time="2026-06-10")
    slumped = event(tl, "slumped")
    assert slumped.likely_end is None or slumped.likely_end > dt.datetime(2026, 3, 5)


def test_a_report_whose_subject_is_a_dated_happening_is_made_at_its_time() -> None:
    # published Saturday 3 Oct 2026: the audit confirmed it on Thursday; no speech reported on Saturday
    tl = build("An audit on Thursday confirmed that the charity had lost 40,000 pounds to a fraudster.", reference_time="2026-10-03")
    assert likely_within_day(event(tl, "confirmed"), dt.date(2026, 10, 1))
    tl = build("An inspection on Tuesday confirmed that the footbridge over the canal was unsafe.", reference_time="2026-10-10")
    assert likely_within_day(event(tl, "confirmed"), dt.date(2026, 10, 6))


def test_a_time_that_holds_the_lead_s_day_does_not_move_the_story_off_it() -> None:
    # published Friday 4 Dec 2026: the landslip was on Wednesday morning; the crews dug and the cars were freed then, while
    # the line stayed shut for the rest of the week (a time that holds Wednesday)
    story = ("A landslip buried a railway line near Dawlish on Wednesday morning. Crews dug out two trapped cars as the mud "
             "kept moving, and the line closed for the rest of the week.")
    tl = build(story, reference_time="2026-12-04")
    assert likely_within_day(event(tl, "dug"), dt.date(2026, 12, 2))


def test_a_past_perfect_flashback_to_an_earlier_day_closes_within_its_paragraph() -> None:
    # published Thursday 10 Dec 2026: the fire was on Tuesday night; the inspection had been on Monday (a flashback the
    # past perfect tells); the next simple past is back at Tuesday night's news, not on the publication day
    tl = build("Fire destroyed a timber yard in Selby on Tuesday night. Inspectors had checked the site on Monday morning. "
               "Crews fought the flames.", reference_time="2026-12-10")
    fought = event(tl, "fought")
    assert fought.likely_start is not None and fought.likely_start >= dt.datetime(2026, 12, 8, 19)
    assert fought.likely_end is not None and fought.likely_end <= dt.datetime(2026, 12, 9, 7)
    # a flashback to the night before the lead's evening (it ends in the lead's day's small hours) looks back too
    tl = build("Fire destroyed a timber yard in Selby on Tuesday evening. Vandals had broken in on Monday night. "
               "Crews fought the flames.", reference_time="2026-12-10")
    fought = event(tl, "fought")
    assert fought.likely_start is not None and fought.likely_start >= dt.datetime(2026, 12, 8, 17)
    assert fought.likely_end is not None and fought.likely_end <= dt.datetime(2026, 12, 9)
