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
