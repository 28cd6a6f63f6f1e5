"""Lead, thirty-seventh session: events a reader would date, found by building new articles.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import only_event as _event, likely_within as _within


def test_a_report_joined_to_a_dated_act_is_made_at_its_time() -> None:
    """"examined the bones on Tuesday and confirmed they were human": the confirming is done with the examining on
    Tuesday 21 April (publication Wednesday 22 April), not at publication like a report with nothing to date it."""
    tl = timeline.build("Experts examined the bones on Tuesday and confirmed they were human.", reference_time="2026-04-22")
    assert _within(_event(tl, "confirmed"), dt.datetime(2026, 4, 21), dt.datetime(2026, 4, 22))
    # a report in a sentence of its own is still reported at publication
    tl = timeline.build("Experts examined the bones on Tuesday. A spokesman confirmed they were human.", reference_time="2026-04-22")
    assert _within(_event(tl, "confirmed"), dt.datetime(2026, 4, 22), dt.datetime(2026, 4, 23))


def test_an_after_clause_does_not_move_the_story_to_its_time() -> None:
    """"closed the road on Friday after a driver reported fuel leaking the night before. A second tanker was towed
    away": the towing goes on from the closing's Friday (6 March), not from the Thursday night the after-clause tells."""
    text = ("A tanker overturned on the bypass on Thursday, police said on Saturday.\n\n"
            "Officers closed the road on Friday after a driver reported seeing fuel leaking from the tanker the night before. "
            "A second tanker was towed away and later refilled.")
    assert _within(_event(timeline.build(text, reference_time="2026-03-07"), "towed"), dt.datetime(2026, 3, 6), dt.datetime(2026, 3, 7))
    # with no after-clause, the sentence's last time is the one the story goes on with (publication Monday 9 March)
    text = text.replace("after a driver reported seeing fuel leaking from the tanker the night before", "and cleared the fuel on Saturday morning")
    towed = _event(timeline.build(text, reference_time="2026-03-09"), "towed")
    assert _within(towed, dt.datetime(2026, 3, 7), dt.datetime(2026, 3, 8))


def test_a_present_perfect_act_is_news_not_the_time_of_a_past_clause() -> None:
    """"A ring lost nine years ago has been returned": the returning is recent, around publication (Wednesday 10 June),
    not in the year the ring was lost, and it comes after the losing."""
    tl = timeline.build("A wedding ring lost on a beach nine years ago has been returned to its owner, the council said on Wednesday.",
                        reference_time="2026-06-10")
    returned, lost = _event(tl, "returned"), _event(tl, "lost")
    assert returned.likely_start is not None and returned.likely_start >= dt.datetime(2026, 1, 1)
    assert lost.likely_end is not None and lost.likely_end <= dt.datetime(2018, 1, 1)
    # nor does a learned guess that the perfect's act came first stretch it back to the theft's year
    tl = timeline.build("A violin stolen from the concert hall twelve years ago has been recovered in a loft, police said on Monday.",
                        reference_time="2026-06-08")
    recovered = _event(tl, "recovered")
    assert recovered.likely_start is not None and recovered.likely_start >= dt.datetime(2026, 1, 1)


def test_a_noun_after_to_stays_a_noun_before_the_next_morning() -> None:
    """"shut the tunnel to traffic the next morning": "traffic" is the state the tunnel is put in, not an infinitive, so
    the morning after Monday 2 March dates the shutting."""
    tl = timeline.build("Inspectors found a leak on Monday and shut the tunnel to traffic the next morning.", reference_time="2026-03-06")
    shut = _event(tl, "shut")
    assert shut.earliest_start is not None and shut.earliest_start >= dt.datetime(2026, 3, 3)
    assert shut.latest_end is not None and shut.latest_end <= dt.datetime(2026, 3, 4)
    assert all(e.tense == "NONE" for e in tl.events if e.text == "traffic")  # a noun: no infinitive


def test_the_far_end_of_a_year_gap_is_not_squeezed_into_the_dated_year() -> None:
    """"won the league in 2004, a year after it was promoted": the promotion lies about a year before the win, so its
    likely interval reaches back into 2003, not one day at the start of 2004 (the sentence's year)."""
    tl = timeline.build("The club won the league in 2004, a year after it was promoted.", reference_time="2026-07-13")
    promoted = _event(tl, "promoted")
    assert promoted.likely_start is not None and promoted.likely_end is not None
    assert promoted.likely_start <= dt.datetime(2003, 6, 1) and promoted.likely_end <= dt.datetime(2004, 1, 2)
    # and a whole number of years most likely counts calendar years: 2003
    assert dt.datetime(2003, 1, 1) <= promoted.likely_start and promoted.likely_end <= dt.datetime(2004, 1, 1)
    assert "calendar years" in promoted.likely_basis


def test_a_time_counted_back_from_now_dates_the_planning_not_its_object() -> None:
    """"The union called the walkout last week": the calling was last week (7-13 September, publication Thursday 17
    September); a plain weekday after a planning verb still dates the object ("planned a rally on Saturday")."""
    tl = timeline.build("The drivers' union called the walkout last week after pay talks collapsed.", reference_time="2026-09-17")
    called = _event(tl, "called")
    assert called.earliest_start is not None and called.latest_end is not None
    assert dt.datetime(2026, 9, 7) <= called.earliest_start and called.latest_end <= dt.datetime(2026, 9, 14)
    tl = timeline.build("Campaigners planned a rally on Saturday, the organisers said on Thursday.", reference_time="2026-09-17")
    assert _event(tl, "planned").earliest_start is None


def test_a_month_gap_from_a_month_leaves_the_other_end_out_of_that_month() -> None:
    """"reopened in June, a month after it was drained": the draining lies about a month before some day of June, so
    mostly in May; its likely interval reaches into May, not squeezed into the first two days of June (the
    sentence's month). A day's gap from a month ("in May 2025, a day after") keeps that month."""
    drained = _event(timeline.build("The pool reopened in June, a month after it was drained.", reference_time="2026-07-13"), "drained")
    assert drained.likely_start is not None and drained.likely_start < dt.datetime(2026, 5, 15)
    given = _event(timeline.build("The patient died in May 2025, a day after he was given the wrong drug.", reference_time="2026-07-13"), "given")
    assert _within(given, dt.datetime(2025, 5, 1), dt.datetime(2025, 6, 1))


def test_at_the_time_takes_up_the_time_the_sentence_before_told() -> None:
    """"The footbridge collapsed in a storm in August 2021. Three families were rehoused at the time": the rehousing was
    in August 2021, the time "at the time" points back to, not at publication (May 2026)."""
    tl = timeline.build("The footbridge collapsed in a storm in August 2021. Three families were rehoused at the time, but nobody was "
                        "compensated.", reference_time="2026-05-20")
    assert _within(_event(tl, "rehoused"), dt.datetime(2021, 8, 1), dt.datetime(2021, 9, 1))
