"""Helper vals, sixty-second session: values and bounds of time expressions in news (issue 12), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand (2030: 7 October is a Monday).
"""

from __future__ import annotations

import datetime as dt

import timeline


def _timex(text: str, reference: str, words: str) -> timeline.Timex:
    found = [t for t in timeline.tag(text, reference_time=reference) if t.text == words]
    assert len(found) == 1, [t.text for t in timeline.tag(text, reference_time=reference)]
    return found[0]


# Two steps of a day to parts of the day told in turn count from the same day (resolve/part_steps.py)

def test_the_following_evening_after_the_following_morning_is_the_same_date() -> None:
    """"Thieves broke into the museum on Friday night. Police found the van the following morning and made two arrests the
    following evening." (Wednesday 9 October 2030): Friday night is the 4th's, the morning the 5th's, and the evening
    the 5th's too (was the 6th's, a day after the morning)."""
    text = ("Thieves broke into the museum on Friday night. Police found the van the following morning and made two arrests "
            "the following evening.")
    t = _timex(text, "2030-10-09", "the following evening")
    assert (t.value, t.earliest, t.latest) == ("2030-10-05TEV", dt.datetime(2030, 10, 5, 17), dt.datetime(2030, 10, 5, 22))


def test_the_following_evening_after_that_afternoon_stays_the_next_date() -> None:
    """"The bank approved the loan on 3 September. That afternoon the board met, and the following evening it voted to
    sell the branch." (9 October 2030): after a part of its own date ("that afternoon", the 3rd) the evening is the next
    date's, the 4th (unchanged)."""
    text = "The bank approved the loan on 3 September. That afternoon the board met, and the following evening it voted to sell the branch."
    assert _timex(text, "2030-10-09", "the following evening").value == "2030-09-04TEV"


# A morning told after the story's afternoon: hours inside a morning look back to its date, and a past clause tells no
# morning after publication (resolve/story_days.py morning_after, lexicon [parts_of_day] within_morning)

def test_mid_morning_after_an_early_afternoon_is_that_date() -> None:
    """"Temperatures reached 31C at Malin Head in the early afternoon on Sunday. Beaches were busy by mid-morning."
    (Tuesday 8 October 2030): Sunday the 6th's mid-morning, 09:00-11:00 (was Monday's, the morning after the afternoon)."""
    text = "Temperatures reached 31C at Malin Head in the early afternoon on Sunday. Beaches were busy by mid-morning."
    t = _timex(text, "2030-10-08", "mid-morning")
    assert (t.value, t.earliest, t.latest) == ("2030-10-06TMO", dt.datetime(2030, 10, 6, 9), dt.datetime(2030, 10, 6, 11))


def test_by_morning_after_a_late_afternoon_is_still_the_next_morning() -> None:
    """"The storm hit the coast in the late afternoon on Sunday. By morning, 10,000 homes were without power." (8 October
    2030): the whole morning after the afternoon is Monday the 7th's (unchanged)."""
    text = "The storm hit the coast in the late afternoon on Sunday. By morning, 10,000 homes were without power."
    assert _timex(text, "2030-10-08", "morning").value == "2030-10-07TMO"


def test_a_past_morning_after_the_publication_day_s_afternoon_stays_on_that_day() -> None:
    """"Fire crews were called to the factory in the early afternoon. By morning, the roof had collapsed." (Tuesday 8
    October 2030): the afternoon is the publication day's, and the past clause's morning is the 8th's too, not the 9th,
    after publication."""
    text = "Fire crews were called to the factory in the early afternoon. By morning, the roof had collapsed."
    t = _timex(text, "2030-10-08", "morning")
    assert (t.value, t.earliest, t.latest) == ("2030-10-08TMO", dt.datetime(2030, 10, 8, 5), dt.datetime(2030, 10, 8, 12))


# An offset back in a past perfect clause looks back from a past time, not from a day still to come
# (resolve/durations.py _past_offset_from_gone_day)

def test_three_days_earlier_in_a_past_perfect_counts_from_the_day_gone() -> None:
    """"The bridge was closed on 21 September and will reopen on Friday. Engineers had been warned about the cracks three
    days earlier." (Tuesday 8 October 2030): three days before Saturday 21 September, the 18th (was the publication day,
    three days before Friday the 11th)."""
    text = ("The bridge was closed on 21 September and will reopen on Friday. Engineers had been warned about the cracks "
            "three days earlier.")
    t = _timex(text, "2030-10-08", "three days")
    assert (t.value, t.earliest, t.latest) == ("P3D", dt.datetime(2030, 9, 18), dt.datetime(2030, 9, 19))


def test_three_days_earlier_in_a_simple_past_reaching_past_publication_counts_from_the_day_gone() -> None:
    """"The coach named his team on Tuesday, and the final is on Sunday. The captain was injured three days earlier."
    (Wednesday 9 October 2030): three days before the Tuesday told (the 8th), the 5th; not three days before Sunday the
    13th, the 10th, after publication."""
    text = "The coach named his team on Tuesday, and the final is on Sunday. The captain was injured three days earlier."
    t = _timex(text, "2030-10-09", "three days")
    assert (t.earliest, t.latest) == (dt.datetime(2030, 10, 5), dt.datetime(2030, 10, 6))


# After a year whose clause tells a course of events begun then, the next sentence's past days and months are of it
# (resolve/far_days.py _begun_in, lexicon [story_months] course_onsets)

def test_a_day_after_a_course_begun_in_a_year_is_of_that_year() -> None:
    """"The thefts began in 2023. She opened a second account on 12 March." (Sunday 16 October 2033): 12 March 2023,
    bounded by that day (was 12 March 2033, the report's year)."""
    t = _timex("The thefts began in 2023. She opened a second account on 12 March.", "2033-10-16", "12 March")
    assert (t.value, t.earliest, t.latest) == ("2023-03-12", dt.datetime(2023, 3, 12), dt.datetime(2023, 3, 13))


def test_a_day_after_a_listing_year_keeps_the_report_s_year() -> None:
    """"The company was listed in 2023. Its shares fell on 3 June." (16 October 2033): a listing is no course begun; the
    day keeps the report's year, 3 June 2033 (unchanged)."""
    assert _timex("The company was listed in 2023. Its shares fell on 3 June.", "2033-10-16", "3 June").value == "2033-06-03"


# "the first morning (afternoon, evening) of the <event>" with no "on" before it: the first day's part, counted as "on
# the first morning" is (recognize/productions/relative.py _first_part_of_event, resolve/story_periods.news_nth_day;
# lexicon [ordinal_days] onset and closing with a timetable's present)

def test_the_first_morning_of_the_fair_is_the_opening_day_s() -> None:
    """"The Limerick Book Fair opens on Friday and runs until Monday. Publishers meet buyers during the first morning of the
    fair." (Monday 7 October 2030): Friday the 11th's morning, 05:00-12:00 (was untagged)."""
    text = ("The Limerick Book Fair opens on Friday and runs until Monday. Publishers meet buyers during the first morning "
            "of the fair.")
    t = _timex(text, "2030-10-07", "the first morning")
    assert (t.value, t.earliest, t.latest) == ("2030-10-11TMO", dt.datetime(2030, 10, 11, 5), dt.datetime(2030, 10, 11, 12))


def test_the_first_night_of_the_fair_stays_untagged() -> None:
    """"The Limerick Book Fair opens on Friday. The first night of the fair is sold out." (7 October 2030): a first night
    is a show's opening performance; no time expression (unchanged)."""
    tl = timeline.tag("The Limerick Book Fair opens on Friday. The first night of the fair is sold out.", reference_time="2030-10-07")
    assert [t.text for t in tl] == ["Friday"]


# A timetable's plural present right after a plural subject names the coming weekday (resolve/picking.scheduled_run,
# tense.toml schedule_verbs_plural)

def test_a_plural_timetable_verb_names_the_coming_weekday() -> None:
    """"The council voted on Monday to close the pool. The lifeguards finish on Friday." (Wednesday 9 October 2030): the
    coming Friday, the 11th (was Friday the 4th, gone)."""
    text = "The council voted on Monday to close the pool. The lifeguards finish on Friday."
    t = _timex(text, "2030-10-09", "Friday")
    assert (t.value, t.earliest, t.latest) == ("2030-10-11", dt.datetime(2030, 10, 11), dt.datetime(2030, 10, 12))


def test_an_infinitive_of_a_timetable_verb_names_no_coming_weekday() -> None:
    """"The ferry had been due to sail again on Monday, but stayed in port." (Wednesday 9 October 2030): "to sail" is no
    plural present; the Monday gone, the 7th (unchanged)."""
    t = _timex("The ferry had been due to sail again on Monday, but stayed in port.", "2030-10-09", "Monday")
    assert t.value == "2030-10-07"


# A day of a month dating a deed someone is judged for is gone, whatever the clause's tense (resolve/picking.py
# _deed_of_reason, tense.toml reason_deed_links)

def test_a_deed_judged_in_a_future_clause_is_dated_in_the_past() -> None:
    """"A Cork man will be sentenced next week for a crash on 12 August." (Tuesday 8 October 2030): the crash is done, 12
    August 2030 (was 12 August 2031, read ahead with the sentencing)."""
    t = _timex("A Cork man will be sentenced next week for a crash on 12 August.", "2030-10-08", "12 August")
    assert (t.value, t.earliest, t.latest) == ("2030-08-12", dt.datetime(2030, 8, 12), dt.datetime(2030, 8, 13))


def test_a_fixture_s_date_with_no_verb_of_reason_stays_ahead() -> None:
    """"Tickets for the concert on 12 December will go on sale on Friday." (8 October 2030): no verb of a reason; the
    concert's 12 December 2030, ahead (unchanged)."""
    t = _timex("Tickets for the concert on 12 December will go on sale on Friday.", "2030-10-08", "12 December")
    assert t.value == "2030-12-12"
