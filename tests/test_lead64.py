"""Session 64 (lead): behaviour found by reading timelines of stories written for the purpose (sentences are ours)."""

from __future__ import annotations

import datetime as dt

import timeline
from _timelines import numbered_event as _event  # (shared test lookups)


def test_a_year_opening_the_sentence_holds_for_a_holiday_after_a_month_it_dated() -> None:
    # Friday 19 November 2032: "Last year, a surge in flu cases in December closed two wards over Christmas": December 2031
    # and Christmas 2031; the month had taken the opening year, but the holiday after it went to 25 December 2032 (the
    # month was not a year written out); a clause that looks ahead still takes the coming Christmas
    tags = timeline.tag("Last year, a surge in flu cases in December closed two wards over Christmas.", reference_time="2032-11-19")
    assert [(t.text, t.value) for t in tags] == [("Last year", "2031"), ("December", "2031-12"), ("Christmas", "2031-12-25")]
    tags = timeline.tag("This year, the market opened in March and will close before Christmas.", reference_time="2032-11-19")
    assert [t.value for t in tags if t.text == "Christmas"] == ["2032-12-25"]


def test_what_a_happening_taken_up_again_did_lies_in_it() -> None:
    # Tuesday 23 November 2032: "A gas main exploded under a street on Friday. Engineers repaired it on Sunday. The
    # explosion injured three people": the injuring is Friday's (19 November), not Sunday's (the sentence before)
    tl = timeline.build("A gas main exploded under a street on Friday. Engineers repaired it on Sunday. The explosion injured "
                        "three people.", reference_time="2032-11-23")
    injured = _event(tl, "injured")
    assert injured.likely_start is not None and injured.likely_end is not None, injured
    assert dt.datetime(2032, 11, 19) <= injured.likely_start and injured.likely_end <= dt.datetime(2032, 11, 20), injured


def test_a_step_told_after_one_dated_by_a_year_stays_in_that_year() -> None:
    # Friday 19 November 2032: "When rents doubled in 2024, the owners cut their hours and sold the van": the selling is a
    # step of 2024; it was put right after the end of 2024 (the first step's likely interval was the whole year)
    tl = timeline.build("The bakery opened in 2019. When rents doubled in 2024, the owners cut their hours and sold the van.",
                        reference_time="2032-11-19")
    sold = _event(tl, "sold")
    assert sold.likely_start is not None and sold.likely_end is not None, sold
    assert dt.datetime(2024, 1, 1) <= sold.likely_start and sold.likely_end <= dt.datetime(2025, 1, 1), sold


def test_a_participle_telling_what_an_act_did_lies_with_that_act() -> None:
    # Tuesday 23 November 2032: "A cyclist who ran a red light on 9 June, injuring a pedestrian, was fined on Friday": the
    # injuring is 9 June's, with the act it tells the result of; it was put on Friday (19 November), the main clause's day
    tl = timeline.build("A cyclist who ran a red light on 9 June, injuring a pedestrian, was fined on Friday.", reference_time="2032-11-23")
    injuring = _event(tl, "injuring")
    assert injuring.likely_start is not None and injuring.likely_end is not None, injuring
    assert dt.datetime(2032, 6, 9) <= injuring.likely_start and injuring.likely_end <= dt.datetime(2032, 6, 10), injuring


def test_an_age_phrase_puts_its_act_in_the_calendar_year_counted_from_the_birth() -> None:
    # Friday 19 November 2032: "Born in 1951, he joined the navy at 17": most likely 1968, as a reader counts; the certain
    # range (late 1967 to early 1970, the birthday unknown) stays, but the likely interval was put at its far end, in 1970
    tl = timeline.build("Born in 1951, he joined the navy at 17. He died on Sunday.", reference_time="2032-11-19")
    joined = _event(tl, "joined")
    assert joined.likely_start is not None and joined.likely_end is not None, joined
    assert dt.datetime(1968, 1, 1) <= joined.likely_start and joined.likely_end <= dt.datetime(1969, 1, 1), joined
    assert joined.earliest_start is not None and joined.earliest_start < dt.datetime(1968, 1, 1), joined


def test_a_first_before_in_n_units_looks_back_though_the_clause_looks_ahead_before_it() -> None:
    # Friday 19 November 2032: "Crowds are expected on Sunday for the town's first carnival in a decade": the decade just
    # gone (bounded from November 2022 to now), not one ahead; "expected" comes before the "first" it would veto, so it
    # vetoes nothing; one after it still does ("The first phase will open in two years": ahead)
    (_, decade) = timeline.tag("Crowds are expected on Sunday for the town's first carnival in a decade.", reference_time="2032-11-19")
    assert decade.value == "P10Y" and decade.latest == dt.datetime(2032, 11, 20), decade
    assert decade.earliest is not None and decade.earliest.year == 2022, decade
    (years,) = timeline.tag("The first phase will open in two years.", reference_time="2032-11-19")
    assert years.earliest is not None and years.earliest >= dt.datetime(2033, 1, 1), years


def test_until_after_an_active_present_perfect_and_its_object_looks_ahead() -> None:
    # Friday 19 November 2032: "The ferry company has suspended all crossings until Monday": the suspension holds now, so
    # Monday is 22 November (it was the Monday gone, 15 November); the simple past keeps its reading
    (monday,) = timeline.tag("The ferry company has suspended all crossings until Monday.", reference_time="2032-11-19")
    assert monday.value == "2032-11-22", monday
    (monday,) = timeline.tag("The ferry company suspended all crossings until Monday.", reference_time="2032-11-19")
    assert monday.value == "2032-11-15", monday


def test_a_definite_noun_a_future_verb_has_as_object_is_not_the_past_occasion_of_its_kind() -> None:
    # Friday 19 November 2032: "Organisers cancelled the 2020 race after a storm. The mayor, who will start the race, ...":
    # the race she will start is this year's, not the 2020 one (it was put in 2020, and the starting with it)
    tl = timeline.build("Thousands are expected in the town on Saturday for its first regatta since 2019. Organisers cancelled the "
                        "2020 race after a storm. The mayor, who will start the race, said on Monday that she was delighted.",
                        reference_time="2032-11-19")
    for word, nth in (("race", 1), ("start", 0)):
        ev = _event(tl, word, nth)
        assert ev.likely_start is not None and ev.likely_start >= dt.datetime(2032, 11, 19), ev


def test_a_capitalised_word_in_ing_inside_a_name_is_no_event() -> None:
    # "near Elm Cutting", "at Mill Landing": place names the detector read as gerunds (they were events, placed on the
    # publication day); a headline's title case is untouched, and so is a sentence-opening gerund
    tl = timeline.build("A landslip buried the line near Elm Cutting on Friday. Police closed Mill Landing on Saturday.",
                        reference_time="2032-11-23")
    assert {"Cutting", "Landing"}.isdisjoint(e.text for e in tl.events), [e.text for e in tl.events]
    assert {"buried", "closed"} <= {e.text for e in tl.events}, [e.text for e in tl.events]
    tl = timeline.build("Heavy Flooding Hits Town\n\nFlooding hit the town on Friday.", reference_time="2032-11-23")
    assert {"Flooding", "Hits"} <= {e.text for e in tl.events}, [e.text for e in tl.events]


def test_a_rate_of_things_counted_makes_no_habit_of_its_sentence() -> None:
    # "The airline plans nightly flights to Lisbon, up from the current three flights a week": "a week" counts flights (a
    # SET since s64 recog), the planning is one act, real (a recurring time in its sentence made it a habit)
    tl = timeline.build("The airline plans nightly flights to Lisbon, up from the current three flights a week.", reference_time="2032-11-19")
    assert _event(tl, "plans").real, tl.events
