"""Lead, twenty-fourth session: cases found by reading timelines of news texts written for the purpose."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from _timelines import built_event


def _event(text: str, word: str, reference: str = "2026-10-14") -> timeline.Event:
    return built_event(text, word, reference)


def _values(text: str, reference: str = "2026-10-14") -> dict[str, str]:
    return {t.text: t.value for t in timeline.tag(text, reference_time=reference)}


def test_an_adverb_first_before_a_past_verb_is_no_superlative_span() -> None:
    # "the council first proposed in 2018": a verb stands between "first" and the year, so the year dates it
    proposed = _event("Villagers want a bypass, which the council first proposed in 2017 and dropped a year later.", "proposed")
    assert proposed.earliest_start == dt.datetime(2017, 1, 1)
    assert proposed.latest_end == dt.datetime(2018, 1, 1)


def test_a_superlative_span_still_dates_no_event() -> None:
    drop = _event("The index fell 6 percent on Monday, the first such fall since 2020.", "fell")
    assert drop.earliest_start == dt.datetime(2026, 10, 12)


@pytest.mark.parametrize("text, word, day", [
    # each period excludes the day, so a link to it would contradict the day
    ("The brewer will publish its results for the third quarter on 3 November.", "publish", dt.datetime(2026, 11, 3)),
    ("The airline cut its passenger forecast for 2027 on Monday.", "cut", dt.datetime(2026, 10, 12)),
    ("The city raised its housing target for 2028 on Friday.", "raised", dt.datetime(2026, 10, 9)),
])
def test_the_period_figures_are_for_does_not_date_the_verb(text: str, word: str, day: dt.datetime) -> None:
    ev = _event(text, word)
    assert ev.earliest_start == day
    assert ev.latest_end == day + dt.timedelta(days=1)


def test_a_measured_figure_still_lies_in_its_period() -> None:
    loss = _event("The chain reported a loss for the second quarter.", "loss")
    assert loss.earliest_start == dt.datetime(2026, 4, 1)
    assert loss.latest_end == dt.datetime(2026, 7, 1)


def test_a_day_after_a_starting_clock_time_does_not_hold_the_whole_event() -> None:
    # "from 7 a.m. next Tuesday": the walk-out starts then and lasts two days; Tuesday is no container
    text = "Cleaners will walk out for 48 hours from 6 a.m. next Tuesday, their union said on Wednesday."
    tl = timeline.build(text, reference_time="2026-10-14")
    walk = next(e for e in tl.events if e.text == "walk")
    assert walk.earliest_start == dt.datetime(2026, 10, 20, 6)
    assert walk.latest_end is not None and walk.latest_end >= dt.datetime(2026, 10, 22, 6)
    assert not tl.conflicts


def test_a_day_after_a_clock_time_at_which_it_happened_still_holds_it() -> None:
    crash = _event("The lorry overturned at 5:10 a.m. on Sunday.", "overturned")
    assert crash.earliest_start >= dt.datetime(2026, 10, 11) and crash.latest_end <= dt.datetime(2026, 10, 12)


def test_an_evening_clock_time_after_the_story_passed_midnight_is_the_evenings() -> None:
    text = ("A coach carrying 40 pupils slid off the road late on Friday evening, and the last of them reached home shortly "
            "after 3 a.m. on Saturday, police said. The coach had left the museum at 9:30 p.m. and crashed about an hour later.")
    assert _values(text, "2026-10-10")["9:30 p.m."] == "2026-10-09T21:30"


def test_an_evening_clock_time_that_carries_the_story_on_stays_on_its_day() -> None:
    text = ("The fire started late on Friday evening and was under control by 4 a.m. on Saturday. By 9 p.m. the first "
            "families had gone back.")
    assert _values(text, "2026-10-12")["9 p.m."] == "2026-10-10T21:00"


@pytest.mark.parametrize("text, day, value", [
    # said on a Monday: the last Friday or Saturday is nearer than the next, so only the words can look ahead
    ("The mayor said she was ready to sign the deal at any time before Friday.", "2026-10-12", "2026-10-16"),
    ("He said he was willing to meet the drivers on Friday.", "2026-10-12", "2026-10-16"),
    ("The coach firm is keen to restart the route on Saturday.", "2026-10-12", "2026-10-17"),
    ("Ferries to the island have been suspended until at least Saturday.", "2026-10-12", "2026-10-17"),
    ("The museum has been closed until Friday.", "2026-10-12", "2026-10-16"),
])
def test_readiness_and_a_state_held_now_look_ahead(text: str, day: str, value: str) -> None:
    assert list(_values(text, day).values()) == [value]


@pytest.mark.parametrize("text, day, value", [
    ("The museum had been closed until Friday.", "2026-10-12", "2026-10-09"),
    ("The museum was closed until Friday.", "2026-10-12", "2026-10-09"),
    ("The mayor had been ready to sign the deal on Friday.", "2026-10-12", "2026-10-09"),
])
def test_a_state_told_in_the_past_still_looks_back(text: str, day: str, value: str) -> None:
    assert list(_values(text, day).values()) == [value]


def test_a_clause_after_a_stated_time_and_a_gap_came_that_long_before() -> None:
    # no event of its own clause before the time: the clause after ", three days after" is counted back from it
    text = "Water was back on in most streets by Friday morning, three days after a main burst under the square."
    burst = _event(text, "burst", "2026-10-17")
    assert burst.latest_end is not None and burst.latest_end <= dt.datetime(2026, 10, 14)
    assert burst.likely_start is not None and dt.datetime(2026, 10, 13) <= burst.likely_start


def test_a_time_with_a_gap_after_it_does_not_date_the_counted_clause() -> None:
    text = "Water was back on in most streets by Friday morning, three days after a main burst under the square."
    burst = _event(text, "burst", "2026-10-17")
    assert burst.likely_end is not None and burst.likely_end < dt.datetime(2026, 10, 15)


def test_a_time_inside_a_quotation_does_not_date_the_teller_after_it() -> None:
    said = _event('"Last month was the hardest of my career," said the coach after the game on Saturday.', "said", "2026-10-19")
    assert said.earliest_start is None or said.earliest_start >= dt.datetime(2026, 10, 1)


def test_a_fronted_time_still_dates_the_first_verb_after_it() -> None:
    struck = _event("Last month, floods struck the coast.", "struck", "2026-10-19")
    assert struck.earliest_start == dt.datetime(2026, 9, 1) and struck.latest_end == dt.datetime(2026, 10, 1)


def test_a_time_after_an_aside_keeps_the_tense_of_its_clause_not_of_a_clause_after_it() -> None:
    # said on 17 Nov 2026: "would cut ... by the end of March" is next March, whatever "after bookings fell" says
    text = "The carrier said on Tuesday it would cut 900 jobs, about a tenth of its staff, by the end of March, after sales fell."
    assert _values(text, "2026-11-17")["the end of March"] == "2027-03"


@pytest.mark.parametrize("text, value", [
    # said on a Monday: the last Friday is nearer than the next, so only the verb after the comma looks ahead
    ("Witnesses said that, on Sunday, gunmen fired on the convoy.", "2026-11-15"),
    ("Talks failed in May, but on Friday, the drivers will strike again.", "2026-11-20"),
])
def test_a_fronted_time_still_takes_the_main_verb_after_it(text: str, value: str) -> None:
    assert _values(text, "2026-11-16")["Sunday" if "Sunday" in text else "Friday"] == value


def test_a_time_closing_a_clause_a_signal_opens_dates_that_clauses_event() -> None:
    text = "Forecasters said the heat would peak on Tuesday before a line of storms moves in from the south late on Thursday."
    tl = timeline.build(text, reference_time="2026-03-02")
    peak = next(e for e in tl.events if e.text == "peak")
    assert peak.earliest_start == dt.datetime(2026, 3, 3) and peak.latest_end == dt.datetime(2026, 3, 4)
    assert not tl.conflicts


def test_a_time_after_a_short_signal_phrase_still_dates_the_verb() -> None:
    held = _event("Police held two men after a brawl outside a club late on Friday.", "held", "2026-03-02")
    assert held.latest_end is not None and held.latest_end <= dt.datetime(2026, 2, 28)


def test_a_figure_compared_against_a_noun_of_an_amount_is_the_base_not_the_events_time() -> None:
    text = "The chain reported a loss of 30 million euros for the half year, against a profit of 9 million a year earlier."
    loss = _event(text, "loss", "2026-11-17")
    assert loss.earliest_start is None or loss.earliest_start >= dt.datetime(2026, 1, 1)


def test_bookings_for_a_season_are_the_seasons_not_the_verbs() -> None:
    text = "The ferry firm said on Tuesday it would cut sailings after bookings for the winter fell sharply."
    bookings = _event(text, "bookings", "2026-11-17")  # made before the season they are for
    assert bookings.earliest_start is None or bookings.earliest_start < dt.datetime(2026, 12, 1)
    assert bookings.likely_start is not None and bookings.likely_start < dt.datetime(2026, 12, 1)


@pytest.mark.parametrize("text, value", [
    # said on Tuesday 15 May 2001: this week's Monday is gone, so a future clause's Monday is the next
    ("The new chief will be sworn in later this week and start work on Monday.", "2001-05-21"),
    ("Earlier this week, the board met on Monday.", "2001-05-14"),
    ("Next week, the board will meet on Tuesday.", "2001-05-22"),
])
def test_a_weekday_after_a_named_week_respects_its_clauses_tense(text: str, value: str) -> None:
    assert [t.value for t in timeline.tag(text, reference_time="2001-05-15")][-1] == value


def test_a_day_compared_against_past_an_amount_does_not_move_the_story() -> None:
    text = ("Shares rose on Thursday. Bond prices fell, lifting the yield to 5.2 percent from 5.1 percent late Wednesday. "
            "The ministry said earlier in the day that exports grew.")
    got = _values(text, "2000-04-06")
    assert got["late Wednesday"] == "2000-04-05"
    assert got["earlier in the day"] == "2000-04-06"


def test_a_day_told_without_comparison_still_moves_the_story() -> None:
    text = "Shares rose on Thursday. Bond prices fell late Wednesday. The ministry said earlier in the day that exports grew."
    assert _values(text, "2000-04-06")["earlier in the day"] == "2000-04-05"


def test_a_fronted_time_before_an_offset_aside_still_dates_the_main_clause() -> None:
    text = "In May, a week after the anniversary of the treaty, a car bomb killed two guards."
    killed = _event(text, "killed", "2026-10-19")
    assert killed.earliest_start == dt.datetime(2026, 5, 1) and killed.latest_end == dt.datetime(2026, 6, 1)


def test_a_signal_clause_closed_by_a_comma_leaves_the_time_to_what_follows() -> None:
    text = "Responding 12 days after the border raids in the north, army units Friday shelled two villages."
    raids = _event(text, "raids", "2026-10-19")
    assert raids.earliest_start is None or raids.earliest_start < dt.datetime(2026, 10, 16)


def test_close_open_with_a_known_end_after_a_months_end_start_keeps_the_month() -> None:
    # e1 starts before e2 ("joined in January", a learned order) and is known to end on 10 March (a gap to a later
    # event): its start closes at the month it must start by, and e2 is not dragged onto 31 January
    from timeline.order import Bound, Constraint, Network, end_of, start_of
    from timeline.placement import close_open

    jan, feb = dt.datetime(2026, 1, 1), dt.datetime(2026, 2, 1)
    minute = dt.timedelta(minutes=1)
    net = Network([Bound(start_of("e2"), jan, None), Bound(end_of("e2"), None, feb), Constraint(start_of("e2"), end_of("e2"), minute, None),
                   Constraint(start_of("e1"), start_of("e2"), dt.timedelta(0), None), Constraint(start_of("e1"), end_of("e1"), minute, None),
                   Bound(end_of("e1"), dt.datetime(2026, 3, 10), dt.datetime(2026, 3, 11))])
    close_open(net, ["e1", "e2"], None)
    assert net.bounds("e1").earliest_start == jan
    assert net.bounds("e2").earliest_start == jan


@pytest.mark.parametrize("text, word", [
    ("A former treasurer was jailed for seven years at the county court on Tuesday.", "jailed"),
    ("The driver was banned for two years on Tuesday.", "banned"),
])
def test_a_term_imposed_is_no_length_of_the_event(text: str, word: str) -> None:
    tl = timeline.build(text, reference_time="2026-11-13")
    ev = next(e for e in tl.events if e.text == word)
    assert ev.earliest_start == dt.datetime(2026, 11, 10) and ev.latest_end == dt.datetime(2026, 11, 11)
    assert not tl.conflicts


def test_a_stay_for_a_length_still_lasts_it() -> None:
    held = _event("The suspect was held for 18 days from 3 May.", "held", "2026-11-13")
    assert held.earliest_end is not None and held.earliest_end >= dt.datetime(2026, 5, 20)


def test_a_first_in_a_year_is_when_it_happened() -> None:
    became = _event("In her second term, she became the city's first woman mayor in 1986.", "became", "2026-12-01")
    assert became.earliest_start == dt.datetime(1986, 1, 1) and became.latest_end == dt.datetime(1987, 1, 1)


def test_a_first_in_a_length_is_still_a_span() -> None:
    # (the length's own case is tests/test_lead23.py::test_a_superlative_over_a_length_does_not_bound_the_event)
    text = "Prices rose 4 percent in March, the fastest rise since 2019."
    rise = _event(text, "rose", "2026-12-01")
    assert rise.earliest_start == dt.datetime(2026, 3, 1)


def test_a_report_at_a_clock_time_is_a_step_the_next_sentence_continues() -> None:
    # "reported smoke shortly before 11 p.m." is a happening of the story, not speech at publication: the undated
    # sentence after it continues that evening, after the clock time
    text = ("Smoke filled a block of flats in Dunmore late on Friday, the fire service said on Sunday. A neighbour reported "
            "the smoke shortly before 11 p.m. Firefighters shut off the gas and searched every floor.")
    searched = _event(text, "searched", "2026-11-15")
    assert searched.likely_start is not None and searched.likely_end is not None
    assert dt.datetime(2026, 11, 13, 22) <= searched.likely_start and searched.likely_end <= dt.datetime(2026, 11, 14)


def test_a_report_at_a_day_is_not_carried_on() -> None:
    # "police said on Sunday" attributes; the next sentence continues the fire's Friday, not the report's Sunday
    text = "A fire damaged a block of flats late on Friday, police said on Sunday. Residents were moved to a hotel."
    moved = _event(text, "moved", "2026-11-15")
    assert moved.likely_start is not None and moved.likely_start < dt.datetime(2026, 11, 14)
