"""Lead, twenty-sixth session: cases found by reading timelines of news texts written for the purpose."""

from __future__ import annotations

import pytest

import timeline
from _timelines import at, built_event

REFERENCE = "2026-11-30"


@pytest.mark.parametrize("text, word, first, end", [
    # one verb told at two times with the verb left out the second time: it spans both, from the first to the second
    ("The company cut 200 jobs in March and another 150 in June, a spokesman said.", "cut", "2026-03-01", "2026-07-01"),
    ("Sales rose 6 percent in June and 4 percent in March.", "rose", "2026-03-01", "2026-07-01"),
    ("The bank forecast growth of 2 percent this year and 2.5 percent next year.", "growth", "2026-01-01", "2028-01-01"),
    ("The deal gives drivers a 6 percent rise this year and a further 4 percent in April 2027.", "rise", "2026-01-01", "2027-05-01"),
])
def test_a_verb_left_out_before_a_second_time_spans_both_times(text: str, word: str, first: str, end: str) -> None:
    tl = timeline.build(text, reference_time=REFERENCE)
    e = next(e for e in tl.events if e.text == word)
    assert (e.earliest_start, e.latest_end) == (at(first), at(end))
    assert not tl.conflicts  # lying in both times was a contradiction the text never made


@pytest.mark.parametrize("text, word, begin, end", [
    # a verb, or an event noun, of its own between or after the two times: each time is its own event's
    ("He was arrested in March and released in June.", "released", "2026-06-01", "2026-07-01"),
    ("He was arrested in March and released in June.", "arrested", "2026-03-01", "2026-04-01"),
    ("Polls closed on Sunday, May 31, and the first count on the following day put her ahead.", "put", "2026-06-01", "2026-06-02"),
    ("Polls closed on Sunday, May 31, and the first count on the following day put her ahead.", "closed", "2026-05-31", "2026-06-01"),
])
def test_two_times_with_their_own_verbs_stay_apart(text: str, word: str, begin: str, end: str) -> None:
    e = built_event(text, word, REFERENCE)
    assert (e.earliest_start, e.latest_end) == (at(begin), at(end))


def test_a_passive_would_after_a_report_counts_its_limit_from_the_report() -> None:
    # "would be balloted within three weeks": the passive's "be" stands between the "would" and the verb
    e = built_event("She said on Monday that members would be balloted on the offer within three weeks.", "balloted", REFERENCE)
    assert e.latest_end is not None and e.latest_end <= at("2026-12-22")
    assert e.earliest_start is not None and e.earliest_start >= at("2026-11-30")
