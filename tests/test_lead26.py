"""Lead, twenty-sixth session: cases found by reading timelines of news texts written for the purpose."""

from __future__ import annotations

import datetime as dt

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


def _one_time_each(text: str, word: str, strengths: tuple[int, int] = (3, 3)) -> list[str]:
    """The times ``one_time_each`` keeps for the event ``word`` of ``text`` linked "during" to its first two times."""
    from timeline.anchoring.cues import Link, anchor_words
    from timeline.anchoring.times import one_time_each
    from timeline.tagger import tag

    times = tag(text, "2026-05-15").timexes[:2]
    start = text.index(word)
    event = type("E", (), {"eid": "e1", "text": word, "start": start, "end": start + len(word), "pos": "VERB"})()
    links = [Link("e1", "during", t.tid, t.text, s) for t, s in zip(times, strengths)]
    return [times[[t.tid for t in times].index(link.target)].text for link in one_time_each(anchor_words(), text, links, times, [event])]


def test_an_event_keeps_only_the_nearer_of_two_times_it_cannot_lie_in_both_of() -> None:
    # "cut power on Monday evening, the board said on Thursday" with "cut" not found: "said" is Thursday's
    assert _one_time_each("Power failed on Monday evening, the health board said on Thursday.", "said") == ["Thursday"]
    assert _one_time_each("On Monday evening the board said power was back on Thursday.", "said") == ["Monday evening"]


def test_a_stronger_link_wins_over_nearness() -> None:
    assert _one_time_each("Power failed on Monday evening, the health board said on Thursday.", "said", (3, 2)) == ["Monday evening"]


def test_times_that_overlap_are_both_kept() -> None:
    assert _one_time_each("The strike in May was the longest of the spring of 2026.", "strike") == ["May", "the spring of 2026"]


def test_a_time_behind_a_clause_opener_is_not_the_main_verbs() -> None:
    # "now" belongs to the clause "whether" opens; "Tomorrow" is the vote's though "now" is nearer
    assert _one_time_each("Tomorrow the regional council of the county will vote on whether the school now in the valley can move.", "vote") == ["Tomorrow"]
    e = built_event("Tomorrow the council will vote on whether a school now located in the valley can move.", "vote", "2026-03-03")
    assert (e.earliest_start, e.latest_end) == (at("2026-03-04"), at("2026-03-05"))


def test_two_times_joined_by_and_without_a_signal_span_the_event_earlier_first() -> None:
    tl = timeline.build("She won the title last year and in 2023.", reference_time="2026-05-15")
    won = next(e for e in tl.events if e.text == "won")
    assert (won.earliest_start, won.latest_end) == (at("2023-01-01"), at("2026-01-01"))
    assert not tl.conflicts


def test_a_day_then_to_and_a_month_is_no_range() -> None:
    # "a revision Friday to December's figures": "to" joins the revision to what it revised, not two ends of a range
    e = built_event("Officials made a small revision Friday to December's figures.", "revision", "2026-02-09")
    assert (e.earliest_start, e.latest_end) == (at("2026-02-06"), at("2026-02-07"))


@pytest.mark.parametrize("text, word, tense, polarity", [
    ("The rules have not yet been written, officials said.", "written", "PRESENT", "NEG"),
    ("The rules haven't yet been written, officials said.", "written", "PRESENT", "NEG"),
    ("The freed tourists were later flown to the capital.", "flown", "PAST", "POS"),
    ("The suspect had not even been questioned.", "questioned", "PAST", "NEG"),
])
def test_adverbs_inside_a_verb_group_keep_its_auxiliaries(text: str, word: str, tense: str, polarity: str) -> None:
    e = built_event(text, word, REFERENCE)
    assert (e.tense, e.polarity) == (tense, polarity)
    assert (e.likely_start is None) == (polarity == "NEG")  # a denied event is not placed


@pytest.mark.parametrize("text, word, begin, end", [
    # a past act cannot lie ahead: a time after the publication day dates the event noun it was about
    ("He said he had been talking about the slated visit of the trade minister in September.", "visit", "2026-09-01", "2026-10-01"),
    # a time in the past stays the verb's, noun or not
    ("The council approved the merger of the two schools in March.", "approved", "2026-03-01", "2026-04-01"),
])
def test_a_time_ahead_of_a_past_verb_dates_the_noun_it_was_about(text: str, word: str, begin: str, end: str) -> None:
    tl = timeline.build(text, reference_time="2026-08-26")
    e = next(e for e in tl.events if e.text == word)
    assert (e.earliest_start, e.latest_end) == (at(begin), at(end))
    assert all(a.evidence != "in September" for x in tl.events if x.text == "talking" for a in x.anchors)


@pytest.mark.parametrize("text, expression, expected", [
    # a comma, then "and" with a verb and no subject of its own: the same subject's story, the year told before holds
    ("Reese was arrested in March 2025, three months after he left office, and was charged in June.", "June", "2025-06"),
    ("He was arrested in March 2025, and charged in June.", "June", "2025-06"),
    # a subject of its own after "and": another clause, the month is read on its own
    ("The plant opened in 2019, and workers went on strike in June.", "June", "2026-06"),
    ("The plant opened in 2019, and Ahmed joined the board in June.", "June", "2026-06"),
])
def test_a_predicate_joined_after_a_comma_keeps_the_year_told_before(text: str, expression: str, expected: str) -> None:
    from _timelines import value

    assert value(text, expression, "2026-11-28") == expected


def test_a_start_a_vague_gap_sets_keeps_the_gaps_window() -> None:
    # "three months after he left office": the latest start is the gap's edge, not the day the text knows
    e = built_event("Reese was arrested in March 2025, three months after he left office, and was charged in June.", "left", "2026-11-28")
    assert e.likely_start is not None and e.likely_end is not None
    assert e.likely_end - e.likely_start > dt.timedelta(days=20)
    assert e.likely_start <= at("2024-12-15") <= e.likely_end


@pytest.mark.parametrize("text, word, begin, end", [
    # a past verb that looks ahead to its object, at a time before the publication day: the verb's time
    ("Opposition leaders demanded her resignation on Monday.", "demanded", "2026-11-30", "2026-12-01"),
    # a planning verb keeps the time for what it plans
    ("The union planned a march on Saturday.", "march", "2026-12-05", "2026-12-06"),
    ("The club had scheduled a friendly match on November 28.", "match", "2026-11-28", "2026-11-29"),
])
def test_a_demand_before_publication_is_dated_by_its_time(text: str, word: str, begin: str, end: str) -> None:
    e = built_event(text, word, "2026-12-02")
    assert (e.earliest_start, e.latest_end) == (at(begin), at(end))


def test_a_clock_time_after_a_day_told_later_than_an_evening_is_that_days() -> None:
    from _timelines import value

    text = ("Union leaders met managers on Tuesday and agreed a new offer late that evening. Members voted on the offer "
            "the next day, and the union announced the result at 6 p.m.")
    assert value(text, "6 p.m.", "2026-03-13") == "2026-03-11T18:00"


def test_a_flashback_opened_by_a_past_perfect_month_goes_on_in_the_simple_past_and_ends_with_its_paragraph() -> None:
    from _timelines import value

    text = ("A pier in Dunmore collapsed on Monday afternoon, the coastguard said on Tuesday.\n\n"
            "The pier had been closed for a week in January after a storm. Divers checked it on February 3 and it "
            "reopened the next day.\n\n"
            "Ferries were suspended overnight while crews searched the water.")
    assert value(text, "the next day", "2026-03-17") == "2026-02-04"  # the flashback's own anaphor
    assert value(text, "overnight", "2026-03-17") == "2026-03-16TNI"  # back on the story's day: Monday night
