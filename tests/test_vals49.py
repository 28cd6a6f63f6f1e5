"""Session 49 (helper vals): news values and bounds of bench/stories-s49vals kinds (own sentences, past, present and future)."""

from __future__ import annotations

import datetime as dt

from _timelines import found_with_mods as _found  # (extent, value, mod) of every expression
from _timelines import value_and_instants as _bounds  # (value, earliest, latest) of one expression


def test_a_festival_of_several_days_is_its_year_bounded_by_its_days() -> None:
    """Festivals of other calendars and Lent (``[holidays]`` ``as_year``): valued as the year they fall in, picked by the
    clause's tense as a holiday's day is, bounded by their days (widened by a day either side where the moon or the region
    fixes them); were untagged."""
    assert _bounds("The market will open each evening during Ramadan.", "2027-01-20", "Ramadan") == (
        "2027", dt.datetime(2027, 2, 7), dt.datetime(2027, 3, 11))
    assert _bounds("Last year the prayers that end Ramadan were moved indoors.", "2027-03-02", "Ramadan")[0] == "2026"
    assert _bounds("Sales of buns always rise in Lent.", "2027-03-01", "Lent") == (
        "2027", dt.datetime(2027, 2, 10), dt.datetime(2027, 3, 28))
    assert _bounds("A menorah will be lit on each night of Hanukkah.", "2026-11-30", "Hanukkah") == (
        "2026", dt.datetime(2026, 12, 5), dt.datetime(2026, 12, 13))
    assert _bounds("He will bake unleavened bread for Passover.", "2027-03-01", "Passover")[0] == "2027"
    assert _bounds("The square will be lit for Diwali.", "2027-03-02", "Diwali") == (
        "2027", dt.datetime(2027, 10, 28), dt.datetime(2027, 10, 31))
    assert _bounds("Prayers for Eid were held in the park.", "2027-03-20", "Eid") == (
        "2027", dt.datetime(2027, 3, 8), dt.datetime(2027, 3, 11))
    assert _bounds("Ramadan 2025 began on a Saturday.", "2027-03-20", "Ramadan 2025")[0] == "2025"


def test_lent_is_a_festival_only_after_its_words_and_another_name_is_followed() -> None:
    """ "Lent" is the verb but after one of its ``after`` words ("in Lent", "during Lent"), and only capitalised; another
    name of a holiday is followed wherever a holiday is read ("Lunar New Year night" was a KeyError)."""
    assert _found("The bank Lent money to the club.", "2027-03-01") == []
    assert _found("Council Lent Club £2m in Secret Deal", "2027-03-01") == []
    assert _found("He lent his car to a friend during the week.", "2027-03-01") == [("the week", "2027-W09", None)]
    assert _found("Fireworks lit up the sky on Lunar New Year night.", "2026-03-01") == [
        ("Lunar New Year night", "2026-02-17TNI", None)]


def test_the_day_of_the_2001_attacks_is_that_day() -> None:
    """ "9/11", "the Sept. 11 attacks" (rule named_day, ``[named_days]``): the attacks of 2001, in a past, present or future
    clause (was the 11 September the tense picks, "9/11" untagged); "Sept. 11" not before "attacks" stays the day the tense
    picks, a score "9/11" and another month/day in digits are no such day."""
    assert _bounds("Firefighters laid wreaths for crews who died in the Sept. 11 attacks.", "2027-09-13", "Sept. 11") == (
        "2001-09-11", dt.datetime(2001, 9, 11), dt.datetime(2001, 9, 12))
    assert _found("The memory of the 9/11 attacks has shaped his career.", "2027-09-13") == [("9/11", "2001-09-11", None)]
    assert _found("A fund will help families of those killed in the September 11 terrorist attacks.", "2026-08-01") == [
        ("September 11", "2001-09-11", None)]
    assert _found("A memorial will open on Sept. 11.", "2026-08-01") == [("Sept. 11", "2026-09-11", None)]
    assert _found("She scored 9/11 in the spelling test.", "2026-08-01") == []
    assert _found("The bill is payable on 3/11.", "2026-08-01") == [("3/11", "2027-03-11", None)]


def test_super_tuesday_is_the_first_tuesday_of_march_the_tense_picks() -> None:
    """ "Super Tuesday" (``[holidays]``, capitalised): the first Tuesday of March, ahead in a future clause, gone in a past
    one (was "Tuesday", the nearest); "a super Tuesday for the club" is a weekday."""
    assert _bounds("She hopes to win eight of the states that vote on Super Tuesday.", "2028-02-28", "Super Tuesday") == (
        "2028-03-07", dt.datetime(2028, 3, 7), dt.datetime(2028, 3, 8))
    assert _found("Calder won nine states on Super Tuesday.", "2029-01-10") == [("Super Tuesday", "2028-03-07", None)]
    assert _found("It was a super Tuesday for the club.", "2028-02-28")[0][0] == "Tuesday"


def test_a_fraction_of_a_second_is_written_out() -> None:
    """A length in seconds with a fraction keeps it, as ISO 8601 writes the smallest unit ("ran 100 metres in 9.58
    seconds": PT9.58S, was rounded to PT10S); whole seconds and fractions of larger units as before."""
    assert _found("Osei ran 100 metres in 9.58 seconds on Sunday.", "2027-08-23")[0][:2] == ("9.58 seconds", "PT9.58S")
    assert _found("The winger was timed at 10.4 seconds.", "2027-08-23")[0][:2] == ("10.4 seconds", "PT10.4S")
    assert _found("The lap took 1.5 minutes.", "2027-08-23")[0][:2] == ("1.5 minutes", "PT1M30S")
    assert _found("The test lasts 12 seconds.", "2027-08-23")[0][:2] == ("12 seconds", "PT12S")


def test_the_holidays_after_a_word_of_time_are_the_december() -> None:
    """ "over the holidays", "for the holidays" (rule the_holidays): the December the clause points to, as "the holiday
    season" (was untagged); "holidays" without its article and word of time is no time."""
    assert _bounds("Extra buses will run over the holidays.", "2027-12-19", "the holidays") == (
        "2027-12", dt.datetime(2027, 12, 1), dt.datetime(2028, 1, 1))
    assert _found("Sales rose 4 percent over the holidays.", "2028-01-10") == [("the holidays", "2027-12", None)]
    assert _found("Workers get 25 paid holidays.", "2027-12-19") == []
    assert _found("The holidays were quiet for the shop.", "2027-12-19") == []
    assert _found("She planned for the holidays of her staff.", "2027-12-19") == []
