"""Session 51 (helper vals): news values and bounds of bench/stories-s51vals kinds (own sentences, past, present and future)."""

from __future__ import annotations

import datetime as dt

from _timelines import found_with_mods as _found  # (extent, value, mod) of every expression
from _timelines import value_and_instants as _bounds  # (value, earliest, latest) of one expression


def test_a_time_that_is_the_subject_of_what_is_said_takes_the_tense_of_its_verb() -> None:
    """A time right after a saying verb and right before a finite verb is the subject of what is said: its verb's tense,
    not the saying's, picks the period (said in December, "Farmers say the spring was the wettest" is last spring, was the
    coming one; "Residents say Tuesday was" the last Tuesday, was the coming one). A time with no verb right after it stays
    the saying's ("said Friday it will close", "said Tuesday's crash was")."""
    assert _bounds("Farmers say the spring was the wettest on record.", "2027-12-20", "the spring") == (
        "2027-SP", dt.datetime(2027, 3, 1), dt.datetime(2027, 6, 1))
    assert _bounds("Residents say Tuesday was the worst day of the floods.", "2027-12-20", "Tuesday")[0] == "2027-12-14"
    assert _bounds("Residents believe that Tuesday was the worst day.", "2027-12-20", "Tuesday")[0] == "2027-12-14"
    assert _bounds("Officials said Friday will be the last day of trading.", "2027-12-20", "Friday")[0] == "2027-12-24"
    # the saying's own time
    assert _bounds("The company said Friday it will close the plant.", "2027-12-20", "Friday")[0] == "2027-12-17"
    assert _bounds("Police said Tuesday's crash was caused by ice.", "2027-12-20", "Tuesday")[0] == "2027-12-14"
    assert _bounds("Organisers say Sunday's race is open to all.", "2027-12-20", "Sunday")[0] == "2027-12-26"


def test_the_same_month_or_that_year_is_not_the_month_of_publication() -> None:
    """News: "the same month", "that year" counted from a weekday told in the month (year) of publication would be that
    month (year), which news calls "this month": they are the period of the last time told before that lies outside it
    (was 2027-03, 2027). A month told in the publication's month, with no other before it, keeps its "that month"."""
    text = ("Repairs to the Brenton dam, which was cracked by floods in October 2019, were finished on Thursday. Engineers "
            "began work the same month, but stopped in 2021.")
    assert _bounds(text, "2027-03-19", "the same month") == ("2019-10", dt.datetime(2019, 10, 1), dt.datetime(2019, 11, 1))
    text = "The dam, which was cracked by floods in 2019, was repaired on Thursday. Engineers began work that year."
    assert _bounds(text, "2027-03-19", "that year") == ("2019", dt.datetime(2019, 1, 1), dt.datetime(2020, 1, 1))
    # a month told in the month of publication stays what "that month" names
    assert _bounds("The firm hired 200 people in March. It said on Thursday it will hire 100 more that month.", "2027-03-19",
                   "that month")[0] == "2027-03"
    # a weekday of another month than publication's keeps its month
    assert _bounds("The dam cracked in October 2019. Repairs were finished on Thursday. Work began the same month.",
                   "2027-03-01", "the same month")[0] == "2027-02"


def test_a_fiscal_year_named_by_two_calendar_years_lies_where_the_one_it_ends_in_may() -> None:
    """A fiscal or financial year written with both its calendar years ("the 2026-27 fiscal year", "fiscal year 2025-26",
    "the 2026/27 financial year") is bounded as a fiscal year named by the second (1 Feb of the first .. 1 Jan after the
    second), whatever year its value names (was the calendar year of the value); "the fiscal year" with no number keeps
    the calendar's bounds."""
    assert _bounds("The agency's budget for the 2026-27 fiscal year rose.", "2027-06-14", "the 2026-27 fiscal year") == (
        "2027", dt.datetime(2026, 2, 1), dt.datetime(2028, 1, 1))
    assert _bounds("The plan covers fiscal year 2025-26.", "2027-06-14", "fiscal year 2025-26")[1:] == (
        dt.datetime(2025, 2, 1), dt.datetime(2027, 1, 1))
    assert _bounds("Profit in the 2026/27 financial year doubled.", "2027-06-14", "the 2026/27 financial year")[1:] == (
        dt.datetime(2026, 2, 1), dt.datetime(2028, 1, 1))
    assert _bounds("Revenue in fiscal year 2027 rose.", "2027-06-14", "fiscal year 2027")[1:] == (
        dt.datetime(2026, 2, 1), dt.datetime(2028, 1, 1))
    assert _bounds("Revenue rose in the fiscal year.", "2027-06-14", "the fiscal year") == (
        "2027", dt.datetime(2027, 1, 1), dt.datetime(2028, 1, 1))


def test_a_time_booked_for_in_a_present_clause_lies_ahead() -> None:
    """A month or season after "for" and a noun of something set for a time ("bookings", "reservations") in a present
    clause lies ahead, however far (said on 10 Jan 2028, "Hotel bookings for the summer are up" is summer 2028, was the one
    gone, nearer; "Reservations for August are strong" said in October is next August); in a past clause it stays the
    nearest either way (convention of the appointments: "Bookings for the summer were down" said in October, 2027)."""
    assert _bounds("Hotel bookings for the summer are up 20 percent.", "2028-01-10", "the summer") == (
        "2028-SU", dt.datetime(2028, 6, 1), dt.datetime(2028, 9, 1))
    assert _bounds("Reservations for August are strong, the owners say.", "2027-10-10", "August")[0] == "2028-08"
    assert _bounds("Reservations for August are strong.", "2027-07-15", "August")[0] == "2027-08"
    assert _bounds("Bookings for the summer were down, the firm said.", "2027-10-10", "the summer")[0] == "2027-SU"


def test_last_after_and_a_relative_or_a_habit_adverb_is_the_verb_not_the_span_just_gone() -> None:
    """ "will start on Sunday and last 48 hours", "works that last six months", "usually last two hours": "last" is the
    verb, the length a bare one with no bounds (was "last 48 hours" bounded as the 48 hours up to publication); a
    headline's "Last 48 hours" and "the last three months" after "and" stay the span just gone."""
    assert _found("The strike will start on Sunday and last 48 hours.", "2027-03-19") == [
        ("Sunday", "2027-03-21", None), ("48 hours", "PT48H", None)]
    assert _bounds("The strike will start on Sunday and last 48 hours.", "2027-03-19", "48 hours") == ("PT48H", None, None)
    assert _found("Repairs that last six months are rare.", "2027-03-19") == [("six months", "P6M", None)]
    assert _found("Sessions usually last two hours.", "2027-03-19") == [("two hours", "PT2H", None)]
    assert _bounds("Last 48 hours: what we know.", "2027-03-19", "Last 48 hours")[1:] == (
        dt.datetime(2027, 3, 17), dt.datetime(2027, 3, 20))
    assert _bounds("Sales fell in March and in the last three months.", "2027-03-19", "the last three months")[1:] == (
        dt.datetime(2026, 12, 19), dt.datetime(2027, 3, 20))


def test_a_bare_day_after_by_or_until_smaller_than_the_day_told_is_of_the_next_month() -> None:
    """ "By the 2nd" / "until the 6th" after a day or a late part of a month told later in that month is the next month's
    day (was a day before the storm); a day on or after the day told, or after another word, stays that month's; a day
    that would move a past clause past publication stays too."""
    text = "The storm hit on December 28. By the 2nd, power had been restored to every home."
    assert _bounds(text, "2028-01-12", "the 2nd") == ("2028-01-02", dt.datetime(2028, 1, 2), dt.datetime(2028, 1, 3))
    assert _bounds("The river burst its banks in late December. By the 3rd, the water had receded.", "2028-01-12",
                   "the 3rd")[0] == "2028-01-03"
    assert _bounds("The strike began on December 20 and lasted until the 6th.", "2028-01-12", "the 6th")[0] == "2028-01-06"
    # kept
    assert _bounds("The storm hit on December 28. By the 30th, power had been restored.", "2028-01-12", "the 30th")[0] == "2027-12-30"
    assert _bounds("The storm hit on December 28. Forecasters had warned of it on the 20th.", "2028-01-12", "the 20th")[0] == "2027-12-20"
    assert _bounds("The storm hit on January 8. By the 2nd, the warnings had gone out.", "2028-01-12", "the 2nd")[0] == "2028-01-02"
