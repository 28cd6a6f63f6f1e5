"""Lead, twenty-third session: cases found by reading timelines of news texts written for the purpose."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from _timelines import built_event


def _event(text: str, word: str, reference: str = "2026-11-17") -> timeline.Event:
    return built_event(text, word, reference)


@pytest.mark.parametrize("text, word", [
    ("Union leaders said further strikes could follow before Christmas if no deal is reached.", "strikes"),
    ("Officials said the repairs might take weeks.", "repairs"),
    ("The minister said the strikes will continue until March.", "strikes"),
    ("Doctors said the outbreak must be contained.", "outbreak"),
])
def test_the_subject_of_a_modal_in_a_past_report_is_not_certainly_over(text: str, word: str) -> None:
    # the report is past, but what it says may (will, could) happen is not thereby before publication
    assert _event(text, word).latest_end is None


def test_a_noun_in_a_plain_past_report_still_ends_by_publication() -> None:
    assert _event("Officials said the repairs took weeks.", "repairs").latest_end == dt.datetime(2026, 11, 18)


def test_a_verb_joined_by_and_to_a_dated_verb_most_likely_shares_its_time() -> None:
    # "fell" has no time of its own; the verb "and" joins it to does: the night, not the charging month
    fell = _event("Ekdahl was charged in March 2025 after a container fell from his crane and killed a dock worker "
                  "on the night of 14 November 2024.", "fell")
    assert fell.likely_start is not None and fell.likely_end is not None
    assert dt.datetime(2024, 11, 14) <= fell.likely_start and fell.likely_end <= dt.datetime(2024, 11, 15, 6)



def _values(text: str, reference: str = "2026-11-17") -> dict[str, tuple[str, dt.datetime, dt.datetime]]:
    return {t.text: (t.value, t.earliest, t.latest) for t in timeline.tag(text, reference_time=reference)}


@pytest.mark.parametrize("text, start, end", [
    # the range's end is no later in the day than its start: it crossed midnight, and ends after it begins
    ("A curfew was imposed on Saturday, from midnight to 6 a.m.", "midnight", "6 a.m."),
    ("The road was shut on Friday from midnight until 7 a.m.", "midnight", "7 a.m."),
    ("The bridge closed on Friday from 10 p.m. to 6 a.m.", "10 p.m.", "6 a.m."),
])
def test_a_range_of_the_night_ends_after_it_begins(text: str, start: str, end: str) -> None:
    got = _values(text)
    assert got[start][1] < got[end][1]
    assert got[end][1] - got[start][1] < dt.timedelta(hours=10)


def test_the_span_a_superlative_is_measured_over_dates_no_event() -> None:
    text = "Its shares fell 9 percent on Wednesday, their biggest one-day drop since March 2020, before recovering slightly."
    tl = timeline.build(text, reference_time="2026-10-28")
    by_word = {e.text: e for e in tl.events}
    for word in ("drop", "recovering"):
        e = by_word[word]
        assert e.likely_start is None or e.likely_start >= dt.datetime(2026, 10, 1), (word, e.likely_start)
        assert e.earliest_start is None or e.earliest_start >= dt.datetime(2026, 10, 1), (word, e.earliest_start)


def test_a_superlative_over_a_length_does_not_bound_the_event() -> None:
    growth = _event("Sales rose 2 percent in the third quarter, the weakest growth in three years.", "growth", "2026-10-28")
    assert growth.earliest_start is None or growth.earliest_start >= dt.datetime(2026, 7, 1)


def test_since_without_a_superlative_still_bounds_the_event() -> None:
    fallen = _event("Their shares have fallen since March 2020.", "fallen", "2026-10-28")
    assert fallen.earliest_start is not None and dt.datetime(2020, 3, 1) <= fallen.earliest_start < dt.datetime(2020, 4, 1)


@pytest.mark.parametrize("text, expected", [
    # "set" reads as either tense; the plan after "and" is the planning told in the past, not a time ahead
    ("The pair set out from the hut early on Saturday and planned to return the same evening.", "2026-08-08"),
    ("Volunteers set up the stage on Saturday and planned to open the gates at noon.", "2026-08-08"),
    # a verb after "and" with its own future keeps the day ahead
    ("The squad will travel on Saturday and plans to train on Sunday.", "2026-08-15"),
])
def test_a_plan_told_after_and_does_not_move_a_bare_weekday_ahead(text: str, expected: str) -> None:
    saturday = next(t for t in timeline.tag(text, reference_time="2026-08-12") if "Saturday" in t.text)
    assert saturday.value == expected


def test_the_last_minutes_before_a_named_day_are_not_the_minutes_up_to_now() -> None:
    # "the last ten minutes" of the match on Wednesday night: no span ending at publication
    got = _values("Harbourside scored twice in the last ten minutes on Wednesday night to win.", "2026-05-07")
    assert got["the last ten minutes"][0] == "PT10M" and got["the last ten minutes"][1] is None
    scored = _event("Harbourside scored twice in the last ten minutes on Wednesday night to win.", "scored", "2026-05-07")
    assert scored.earliest_start == dt.datetime(2026, 5, 6, 19)


def test_the_past_hours_alone_still_run_up_to_now() -> None:
    got = _values("Officials evacuated 300 homes in the past 24 hours.", "2026-05-07")
    assert got["the past 24 hours"][2] == dt.datetime(2026, 5, 8)


@pytest.mark.parametrize("text", ["She kept teaching until her late seventies.", "He still ran marathons in his sixties.",
                                  "The new coach is in his mid-forties."])
def test_a_decade_word_after_a_possessive_is_an_age(text: str) -> None:
    assert list(timeline.tag(text, reference_time="2026-06-11")) == []


@pytest.mark.parametrize("text, value", [("Prices rose in the late seventies.", "197"), ("In late seventies Britain, strikes were common.", "197"),
                                         ("The band recorded her 1990s albums in London.", "199")])
def test_a_decade_without_a_possessive_is_still_a_decade(text: str, value: str) -> None:
    assert [t.value for t in timeline.tag(text, reference_time="2026-06-11")] == [value]


def test_a_year_in_an_opening_participle_phrase_does_not_date_the_main_verb() -> None:
    text = ("Born in 1935 in a fishing village on the coast, Halla studied in Helsinki and opened her own office in 1964. "
            "Two years later she won a competition to rebuild the harbour.")
    tl = timeline.build(text, reference_time="2026-06-11")
    by_word = {e.text: e for e in tl.events}
    assert by_word["studied"].earliest_start is None or by_word["studied"].earliest_start.year != 1935
    assert by_word["won"].earliest_start == dt.datetime(1966, 1, 1)  # two years after 1964, not after the birth year



def test_a_superlative_after_a_possessive_and_its_when_clause() -> None:
    # "the region's largest fire since the summer of 2017, when blazes destroyed 40 homes": the span dates no event, but
    # the "when" clause's verb lies in it
    destroyed = _event("It is the region's largest fire since the summer of 2017, when blazes destroyed 40 homes.", "destroyed", "2026-08-18")
    assert destroyed.earliest_start == dt.datetime(2017, 6, 1) and destroyed.latest_end == dt.datetime(2017, 9, 1)


def test_a_report_spoken_at_an_occasion_continues_the_occasions_day() -> None:
    # "told the court" is said at the trial, not reported at publication; the year in what was told dates neither the
    # telling nor its sentence, and the flashback "had opened three weeks earlier" does not replace Thursday
    text = ("A jury on Thursday convicted the former mayor of taking bribes, ending a trial that had opened three weeks earlier. "
            "Prosecutors told the court that he accepted the money in 2022.")
    told = _event(text, "told", "2026-11-27")
    assert told.likely_start == dt.datetime(2026, 11, 26) and told.likely_end == dt.datetime(2026, 11, 27)


def test_a_plain_report_still_sits_at_publication() -> None:
    text = ("A jury on Thursday convicted the former mayor of taking bribes. "
            "His lawyer said he would appeal.")
    said = _event(text, "said", "2026-11-27")
    assert said.likely_start == dt.datetime(2026, 11, 27)
