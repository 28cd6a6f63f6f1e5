"""Time-expression values on news phrasing (forty-second session, values helper): sentences written for these tests.

Every expected value below was worked out by hand from docs/conventions.md (weekdays checked with a calendar), not copied
from the tagger's output.  Each test states its own assertions."""

from __future__ import annotations

import pytest

from _timelines import value, value_and_bounds


# --- a present "be" state with a short phrase of its own before its range's opener ("is closed to lorries from 9 p.m. on
# Monday", "is withdrawn from service from Friday"): a notice of a span ahead (tense._state_notice, be_states)


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # Wed 9 Jun 2027: the Monday ahead is 14 Jun (the one gone, 7 Jun, was the closest)
        ("The Ashby tunnel is closed to lorries from 9 p.m. on Monday.", "Monday", "2027-06-09", "2027-06-14"),
        ("The Ashby tunnel is closed to lorries from 9 p.m. on Monday.", "9 p.m.", "2027-06-09", "2027-06-14T21:00"),
        # Mon 7 Jun 2027: no clock time, the Friday ahead is 11 Jun (4 Jun was the closest)
        ("The swimming pool is closed to the public from Friday.", "Friday", "2027-06-07", "2027-06-11"),
        # Wed 9 Jun: a new state word (be_states "suspended"), a phrase of places between; Sunday 13 Jun
        ("Trains are suspended between Ashby and Pell from 7 a.m. on Sunday.", "Sunday", "2027-06-09", "2027-06-13"),
    ],
)
def test_state_phrase_notice_lies_ahead(text: str, expression: str, dct: str, expected: str) -> None:
    assert value(text, expression, dct) == expected


def test_state_phrase_in_the_past_stays_behind() -> None:
    # control: a past "be" is a report, the Friday gone (4 Jun 2027, said Monday 7 Jun)
    assert value("The swimming pool was closed to the public from Friday.", "Friday", "2027-06-07") == "2027-06-04"


# --- a decree's start through a clock time, and the range's end ("has issued a dispersal order from 6 p.m. on Friday until
# 2 a.m. on Saturday"): after the decree, the closest (decreeing += "issued"; tense.after_decreed_start)


def test_issued_order_from_clock_on_weekday() -> None:
    # Wed 9 Jun 2027: Friday 11 Jun (the past tense alone gave 4 Jun)
    text = "Police have issued a dispersal order from 6 p.m. on Friday until 2 a.m. on Saturday."
    assert value(text, "Friday", "2027-06-09") == "2027-06-11"


def test_issued_order_range_end() -> None:
    # the range's end through "until" and its clock: Saturday 12 Jun
    text = "Police have issued a dispersal order from 6 p.m. on Friday until 2 a.m. on Saturday."
    assert value(text, "Saturday", "2027-06-09") == "2027-06-12"


# --- a bare clock time after a run told by its two ends, in a clause of a start ("Doors open at 9.30 a.m.", "Stalls open at
# 10 a.m."): the run's first day (event_recall starts, range_start_verbs; dates._range_first_day)


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # Tue 8 Jun 2027: the fair opens Friday 11 Jun and runs until Monday 14 Jun
        ("The craft fair opens on Friday and runs until Monday. Doors open at 9.30 a.m.", "9.30 a.m.", "2027-06-11T09:30"),
        ("The book sale opens on Friday and runs until Monday. Stalls open at 10 a.m.", "10 a.m.", "2027-06-11T10:00"),
        # a clause of its own after a comma, opening with "first"
        ("The craft fair opens on Friday and runs until Monday. Parking is free, and the first talk is at 11 a.m.", "11 a.m.",
         "2027-06-11T11:00"),
    ],
)
def test_start_clock_takes_the_runs_first_day(text: str, expression: str, expected: str) -> None:
    assert value(text, expression, "2027-06-08") == expected


def test_closing_clock_keeps_the_runs_last_day() -> None:
    # control: a word of the run's last occasion (range_last) keeps the day told last, Monday 14 Jun
    text = "The craft fair opens on Friday and runs until Monday. The closing auction starts at 4 p.m."
    assert value(text, "4 p.m.", "2027-06-08") == "2027-06-14T16:00"


# --- a holiday's fixture sold: the fixture after the sale, the closest (tense.for_fixture, _sold_after_fixture)


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # Wed 17 Nov 2027: an owner between "for" and the day
        ("Tickets for the club's Boxing Day game sold out on Monday.", "Boxing Day", "2027-11-17", "2027-12-26"),
        # the other side and an adverb between the noun and the sale
        ("The Boxing Day match against Pell also sold out on Monday.", "Boxing Day", "2027-11-17", "2027-12-26"),
        # Wed 8 Dec 2027: a return game put on sale (fixture_modifiers "return", fixture_sales "went on sale"): Easter 2028
        ("Kelby said the Easter Monday return game went on sale on Friday.", "Easter Monday", "2027-12-08", "2028-04-17"),
        # an owner between "for" and the day, no sale word after the noun: the act's fixture
        ("Fans bought tickets for the club's Boxing Day game on Monday.", "Boxing Day", "2027-12-08", "2027-12-26"),
        ("Fans bought tickets for Kelby Town's Boxing Day game on Monday.", "Boxing Day", "2027-12-08", "2027-12-26"),
    ],
)
def test_holiday_fixture_sold_lies_after_the_sale(text: str, expression: str, dct: str, expected: str) -> None:
    assert value(text, expression, dct) == expected


# --- "is given" (staged): a show or talk given on a day ahead


def test_given_present_passive_lies_ahead() -> None:
    # Thu 10 Jun 2027: Monday 14 Jun (the closest was 7 Jun)
    assert value_and_bounds("The lecture is given at 7 p.m. on Monday.", "Monday", "2027-06-10") == (
        "2027-06-14", "2027-06-14T00:00", "2027-06-15T00:00")


# --- a plural present after a subject with a phrase of a preposition ("Bus drivers in the city walk out on Friday")


def test_plural_head_before_phrase_names_a_scheduled_act() -> None:
    # Mon 7 Jun 2027: Friday 11 Jun (no tense read: the Friday gone, 4 Jun)
    assert value("Bus drivers in the city walk out on Friday.", "Friday", "2027-06-07") == "2027-06-11"


# --- a bare half in a sentence with no business word, right after a sentence about a business's half ("Sales in the first
# half were flat. It expects a busier second half."): the next half of the same report (periods._half_told_before)


def test_bare_half_after_a_reported_half() -> None:
    # Wed 11 Aug 2027: the second half of 2027 (was untagged)
    text = "The chain said on Tuesday that sales in the first half were flat. It expects a busier second half as new shops open."
    assert value_and_bounds(text, "second half", "2027-08-11") == ("2027-H2", "2027-07-01T00:00", "2028-01-01T00:00")


def test_bare_half_after_a_match_half_stays_untagged() -> None:
    # control: the sentence before is about a match (a play word), no half of the year
    from timeline.tagger import tag

    text = "Rovers scored twice in the first half. They hope for a better second half next time."
    assert [t.text for t in tag(text, "2027-08-11", mode="news").timexes if "half" in t.text] == []


# --- a bare weekday of an item of a run's programme, after a run ahead told by its two ends: within the run
# (named._within_run, event_recall run_items)

_RUN = "The panto opens at the Corn Exchange on Tuesday and runs until Sunday. "


def test_programme_item_weekday_falls_in_the_run() -> None:
    # Wed 1 Dec 2027: the run is Tue 7 .. Sun 12 Dec; "Thursday" is the 9th, not tomorrow (2 Dec)
    assert value(_RUN + "A relaxed performance is given on Thursday.", "Thursday", "2027-12-01") == "2027-12-09"


def test_sale_weekday_stays_before_the_run() -> None:
    # control: tickets are no item of the programme: the coming Thursday, 2 Dec
    assert value(_RUN + "Tickets go on sale on Thursday.", "Thursday", "2027-12-01") == "2027-12-02"


def test_capitalised_plural_head_opening_the_clause() -> None:
    # Mon 7 Jun 2027: the head opens the sentence, a name in the phrase: Friday 11 Jun (was the Friday gone, 4 Jun)
    assert value("Porters at Pell Central Station walk out on Friday.", "Friday", "2027-06-07") == "2027-06-11"


def test_start_clock_after_a_run_told_in_two_sentences() -> None:
    # Wed 9 Jun 2027: the museum reopens Saturday 12 Jun; its exhibition runs until 20 Jun (told in the next sentence):
    # the doors open on the first day ahead, not on the run's end
    text = "The museum reopens on Saturday after a refit. Its first exhibition runs until June 20. Doors open at 10 a.m."
    assert value(text, "10 a.m.", "2027-06-09") == "2027-06-12T10:00"
