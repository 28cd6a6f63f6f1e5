"""Helper place, fifty-ninth session: events on the right day and in order (issue 10), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand (2027: 1 February is a Monday).
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import likely_within, only_event


def _timex(tl: timeline.Timeline, text: str) -> timeline.Timex:
    return next(t for t in tl.timexes if t.text == text)


# "On the second day" (a day, resolved before it is counted) after "opened on Monday and ended on Friday" counts from the
# Monday too (resolve/story_events.py _closed_from: the numbered day recorded after the story's day is skipped)

def test_the_second_day_of_days_a_closing_ends_counts_from_the_opening_day() -> None:
    """"The Brigg trade fair opened on Tuesday and closed on Saturday. On the second day, a roof panel fell into a stand."
    (Sunday 7 February 2027): Wednesday 3 February, not the Sunday after the Saturday."""
    tl = timeline.build("The Brigg trade fair opened on Tuesday and closed on Saturday. On the second day, a roof panel fell into "
                        "a stand.", reference_time="2027-02-07")
    assert _timex(tl, "the second day").value == "2027-02-03"
    assert likely_within(only_event(tl, "fell"), dt.datetime(2027, 2, 3), dt.datetime(2027, 2, 4))


def test_the_second_day_after_a_later_day_with_no_closing_counts_from_that_day() -> None:
    """"The Brigg trade fair opened on Tuesday. On Saturday the stallholders packed up. On the second day, a roof panel fell."
    (Sunday 7 February 2027): nothing closes the days between, so the count stays with the Saturday, as before (Sunday 7)."""
    tl = timeline.build("The Brigg trade fair opened on Tuesday. On Saturday the stallholders packed up. On the second day, a roof "
                        "panel fell.", reference_time="2027-02-07")
    assert _timex(tl, "the second day").value == "2027-02-07"


# The opening and the closing told in two sentences ("opened on Monday. It closed on Friday.") are joined the same way

def test_the_first_afternoon_after_days_told_in_two_sentences_is_the_opening_day() -> None:
    """"The Brigg trade fair opened on Tuesday. It closed on Saturday. On the first afternoon, a crane toppled in the car park."
    (Sunday 7 February 2027): Tuesday 2 February's afternoon, not Saturday's."""
    tl = timeline.build("The Brigg trade fair opened on Tuesday. It closed on Saturday. On the first afternoon, a crane toppled in "
                        "the car park.", reference_time="2027-02-07")
    assert _timex(tl, "the first afternoon").value == "2027-02-02TAF"
    assert likely_within(only_event(tl, "toppled"), dt.datetime(2027, 2, 2, 12), dt.datetime(2027, 2, 2, 18))


def test_an_opening_two_sentences_back_is_no_first_day() -> None:
    """"The Brigg trade fair opened on Tuesday. Crowds were small. It closed on Saturday. On the first afternoon, a crane
    toppled." (Sunday 7 February 2027): the opening is not in the sentence before the closing (another sentence comes
    between; it may be another event's day): the count stays with the Saturday (as before)."""
    tl = timeline.build("The Brigg trade fair opened on Tuesday. Crowds were small. It closed on Saturday. On the first "
                        "afternoon, a crane toppled.", reference_time="2027-02-07")
    assert _timex(tl, "the first afternoon").value != "2027-02-02TAF"


# A last day told with its length ("ended on Sunday after four days") is counted back from (resolve/story_events.py
# _counted_back; lexicon [ordinal_days] back_leads, back_units)

def test_the_first_morning_of_days_counted_back_from_their_last_day() -> None:
    """"The Lidd jazz weekend ended on Monday after three days. On the first morning, a marquee blew down." (Wednesday 10
    February 2027): Saturday 6 February's morning (the Monday is the third day)."""
    tl = timeline.build("The Lidd jazz weekend ended on Monday after three days. On the first morning, a marquee blew down.",
                        reference_time="2027-02-10")
    assert _timex(tl, "the first morning").value == "2027-02-06TMO"
    assert likely_within(only_event(tl, "blew"), dt.datetime(2027, 2, 6), dt.datetime(2027, 2, 7))


def test_the_second_day_counted_back_from_the_last_day() -> None:
    """"The Lidd jazz festival closed on Sunday after five days. On the second day, the headline act cancelled." (Wednesday 10
    February 2027): Thursday 4 February."""
    tl = timeline.build("The Lidd jazz festival closed on Sunday after five days. On the second day, the headline act cancelled.",
                        reference_time="2027-02-10")
    assert _timex(tl, "the second day").value == "2027-02-04"


def test_a_length_after_an_opening_is_not_counted_back() -> None:
    """"The Lidd jazz festival opened on Sunday after four days of rain. On the first morning, a marquee blew down." (Wednesday
    10 February 2027): no ending in the day's clause: the first morning is the Sunday's (the rain is no part of it)."""
    tl = timeline.build("The Lidd jazz festival opened on Sunday after four days of rain. On the first morning, a marquee blew down.",
                        reference_time="2027-02-10")
    assert _timex(tl, "the first morning").value == "2027-02-07TMO"
