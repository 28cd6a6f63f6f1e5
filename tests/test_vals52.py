"""Session 52 (helper vals): news values and bounds of time expressions left by s51 (own sentences)."""

from __future__ import annotations

import datetime as dt

from _timelines import found_with_mods as _found  # (extent, value, mod) of every expression
from _timelines import value_and_instants as _bounds  # (value, earliest, latest) of one expression


def test_a_24_hour_clock_led_by_a_zero_is_a_clock_time() -> None:
    """Four digits led by a zero after a word that leads a time ("at 0945", "from 0715") are a 24-hour clock time with no
    "hours" written (was untagged): its half of the day is known, so it is bounded by its minute. Not before a noun ("at 0945
    points") and never four digits that do not start with a zero ("since 2015" stays a year)."""
    assert _bounds("Trading in the shares was halted at 0945 and resumed an hour later.", "2028-03-08", "0945") == (
        "2028-03-08T09:45", dt.datetime(2028, 3, 8, 9, 45), dt.datetime(2028, 3, 8, 9, 46))
    assert _bounds("The convoy will leave the base at 0600 on Friday.", "2028-03-08", "0600") == (
        "2028-03-10T06:00", dt.datetime(2028, 3, 10, 6, 0), dt.datetime(2028, 3, 10, 6, 1))
    assert _bounds("Police closed the road from 0715 until noon.", "2028-03-08", "0715")[0] == "2028-03-08T07:15"
    # a sentence of amounts does not veto it (no amount is written with a leading zero and no decimal point)
    assert _bounds("Shares fell 3 percent after the bank spoke at 0830.", "2028-03-08", "0830")[0] == "2028-03-08T08:30"
    assert _found("The index was at 0945 points on Monday.", "2028-03-08") == [("Monday", "2028-03-06", None)]
    assert _found("Sales have doubled since 2015.", "2028-03-08") == [("2015", "2015", None)]


def test_the_nth_weekday_of_a_month_named_by_relative_words() -> None:
    """"the last Sunday of the month", "the first Saturday of next month", "the second Tuesday of last month": one
    expression, the nth day of that weekday in the month the relative words name (was split into "last Sunday", the
    Sunday of last week, and "the month"); "the following month" counts from the story's time."""
    assert _bounds("The first market will be held on the last Sunday of the month.", "2027-05-17",
                   "the last Sunday of the month") == ("2027-05-30", dt.datetime(2027, 5, 30), dt.datetime(2027, 5, 31))
    assert _bounds("The new rates apply from the first Saturday of next month.", "2028-03-08",
                   "the first Saturday of next month") == ("2028-04-01", dt.datetime(2028, 4, 1), dt.datetime(2028, 4, 2))
    assert _bounds("The board met on the second Tuesday of last month.", "2028-03-08",
                   "the second Tuesday of last month") == ("2028-02-08", dt.datetime(2028, 2, 8), dt.datetime(2028, 2, 9))
    assert _bounds("The fair opened on May 3. It closed on the first Friday of the following month.", "2027-09-01",
                   "the first Friday of the following month")[0] == "2027-06-04"
    # a month named keeps its own rule
    assert _bounds("Funding runs out on the last Friday of April.", "2028-03-08", "the last Friday of April")[0] == "2028-04-28"
