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


def test_ytd_is_the_year_to_date() -> None:
    """The business abbreviations "YTD", "QTD", "MTD" (lexicon [to_date_abbreviations]) are "year to date", "quarter to
    date", "month to date": the period under way from its start to the end of the reference day (was untagged)."""
    assert _bounds("YTD sales at the chain are up 4 percent.", "2028-03-08", "YTD") == (
        "2028", dt.datetime(2028, 1, 1), dt.datetime(2028, 3, 9))
    assert _bounds("The fund has returned 6 percent YTD, its manager said.", "2028-03-08", "YTD") == (
        "2028", dt.datetime(2028, 1, 1), dt.datetime(2028, 3, 9))
    assert _bounds("Bookings are 2 percent lower QTD.", "2028-05-10", "QTD") == (
        "2028-Q2", dt.datetime(2028, 4, 1), dt.datetime(2028, 5, 11))
    assert _found("The YTD-adjusted figure rose on Monday.", "2028-03-08") == [("Monday", "2028-03-06", None)]


def test_a_year_earlier_than_is_a_length() -> None:
    """"a year earlier than required" compares: the count is a length (the lead), as "two years later than planned", no
    date a year back (was the year 2027); "up from a year earlier" stays the year-ago date."""
    assert _bounds("The plant was finished a year earlier than required.", "2028-03-08", "a year") == ("P1Y", None, None)
    assert _bounds("The road opened one year earlier than planned.", "2028-03-08", "one year")[0] == "P1Y"
    assert _bounds("Profit rose from $4 million a year earlier.", "2028-03-08", "a year earlier") == (
        "2027", dt.datetime(2027, 1, 1), dt.datetime(2028, 1, 1))


def test_the_price_a_premium_is_measured_against_is_behind() -> None:
    """A day a few words after a price ("price", "close": tense.toml [signals] measured_values) that follows "premium" or
    "discount" (known_measures), or owning such a price ("Thursday's closing price"), dates the price the offer is measured
    against: set already, so behind even in a future clause (was the coming Friday). A discount on a day with no price
    between is no such measure ("will be sold at a discount on Saturday": ahead)."""
    assert _bounds("Holders will get 410 pence, a 30 percent premium to Kestrel's closing price on Friday.", "2028-03-08",
                   "Friday") == ("2028-03-03", dt.datetime(2028, 3, 3), dt.datetime(2028, 3, 4))
    assert _bounds("The bid will value the shares at a 20 percent premium to their closing price on Monday.", "2028-03-08",
                   "Monday")[0] == "2028-03-06"
    assert _bounds("The notes will convert at a premium over Thursday's closing price.", "2028-03-08", "Thursday")[0] == "2028-03-02"
    assert _bounds("Tickets will be sold at a discount on Saturday.", "2028-03-08", "Saturday")[0] == "2028-03-11"
    assert _bounds("Fans will get a discount for Saturday's game.", "2028-03-08", "Saturday")[0] == "2028-03-11"
