"""Session 50 (helper vals): news values and bounds of bench/stories-s50vals kinds (own sentences, past, present and future)."""

from __future__ import annotations

import datetime as dt

from _timelines import found_with_mods as _found  # (extent, value, mod) of every expression
from _timelines import value_and_instants as _bounds  # (value, earliest, latest) of one expression


def test_four_digits_and_hrs_after_at_are_a_clock_time() -> None:
    """The military "at 1400 hrs" / "at 0630 hours" is that minute in a sentence of amounts too (was the length PT1400H
    there: the amounts veto of dotted clock times), in a past, present and future clause; a length stays one without "at"
    or with "of" after it, and a dotted number among amounts stays no time."""
    assert _bounds("European shares were flat at 0930 GMT as traders waited for the central bank, which will announce its "
                   "decision at 1400 hrs on Thursday.", "2028-02-16", "1400 hrs") == (
        "2028-02-17T14:00", dt.datetime(2028, 2, 17, 14, 0), dt.datetime(2028, 2, 17, 14, 1))
    assert _bounds("The pound rose 2 percent before the minister landed at 0630 hours.", "2028-02-16", "0630 hours")[0] == "2028-02-16T06:30"
    assert _found("Shares closed at 10.15 on Friday.", "2028-02-16") == [("Friday", "2028-02-11", None)]
    assert _bounds("The convoy left the base at 0630 hours on Sunday.", "2028-02-16", "0630 hours")[0] == "2028-02-13T06:30"
    assert _bounds("The gates open at 0900 hrs each morning.", "2028-02-16", "0900 hrs")[0] == "2028-02-16T09:00"
    assert _found("Volunteers logged 1400 hours of work last year.", "2028-02-16")[0] == ("1400 hours", "PT1400H", None)
    assert _found("The union put the backlog at 1400 hours of unpaid overtime.", "2028-02-16") == [("1400 hours", "PT1400H", None)]
    assert _found("Pilots must fly 1500 hours before they can apply.", "2028-02-16") == [("1500 hours", "PT1500H", None)]


def test_this_coming_weekday_said_on_that_weekday_is_a_week_on() -> None:
    """ "this coming Monday" said on a Monday is the next one (was the reference day); said on another day it is still the
    first one ahead, and a bare weekday said on its day stays that day."""
    assert _bounds("The operator will add a late sailing from this coming Monday.", "2027-08-30", "this coming Monday") == (
        "2027-09-06", dt.datetime(2027, 9, 6), dt.datetime(2027, 9, 7))
    assert _bounds("The market is held this coming Friday, as every month.", "2027-08-27", "this coming Friday")[0] == "2027-09-03"
    assert _bounds("The market is held this coming Friday.", "2027-08-25", "this coming Friday")[0] == "2027-08-27"
    assert _bounds("The market is held on Friday.", "2027-08-27", "Friday")[0] == "2027-08-27"
    assert _bounds("Talks began this past Monday.", "2027-08-30", "this past Monday")[0] == "2027-08-23"


def test_a_month_in_a_present_perfect_clause_is_read_from_now_not_a_year_told_before() -> None:
    """A month (and "the 12 months to" it) in a present perfect clause after a simple past clause that told an old year
    runs up to now: the month nearest now (was that old year's). The told year holds for a month of its own clause, a
    past clause after it, and a sentence it opens."""
    text = "House prices in the town rose from 2020 to 2023 but have barely moved in the 12 months to October."
    assert _bounds(text, "2027-11-26", "October")[0] == "2027-10"
    assert _bounds(text, "2027-11-26", "the 12 months") == ("P12M", dt.datetime(2026, 11, 1), dt.datetime(2027, 11, 1))
    assert _bounds("The plant's output fell sharply in 2023, and the firm has hired 40 staff since March.", "2027-11-26",
                   "March")[0] == "2027-03"
    assert _bounds("Visitor numbers will keep growing, though they have stalled since June, after record years in 2022 and 2023.",
                   "2027-11-26", "June")[0] == "2027-06"
    # the told year kept: a past clause, the year's own clause, a year that opens the sentence
    assert _bounds("House prices in the town rose from 2020 to 2023 but fell in October.", "2027-11-26", "October")[0] == "2023-10"
    assert _bounds("The firm's sales have grown every year since 2019, most of all in March.", "2027-11-26", "March")[0] != "2019-03"
    assert _bounds("In 2023, prices have been at their highest in March.", "2027-11-26", "March")[0] == "2023-03"


def test_weekday_fortnight_and_weekday_after_next_or_before_last() -> None:
    """ "on Monday fortnight" is two weeks after the coming Monday (as "Tuesday week" one); "the Monday after next" a week
    after next Monday, "the Friday before last" a week before last Friday (were the coming Monday, the last Friday);
    "next"/"last" that open a time of their own are not read so."""
    assert _bounds("The vote is on Monday fortnight.", "2027-05-19", "Monday fortnight") == (
        "2027-06-07", dt.datetime(2027, 6, 7), dt.datetime(2027, 6, 8))
    assert _bounds("Work on the bridge will start the Monday after next.", "2027-05-19", "the Monday after next") == (
        "2027-05-31", dt.datetime(2027, 5, 31), dt.datetime(2027, 6, 1))
    assert _bounds("The roads were closed the Friday before last by snow.", "2027-05-19", "the Friday before last") == (
        "2027-05-07", dt.datetime(2027, 5, 7), dt.datetime(2027, 5, 8))
    assert _bounds("Staff say they were paid the Thursday before last.", "2027-05-22", "the Thursday before last")[0] == "2027-05-13"
    assert [e for e, _, _ in _found("Counting starts on the Monday after next week's vote.", "2027-05-19")] == ["Monday", "next week"]
    assert [e for e, _, _ in _found("The Friday before last year's final was wet.", "2027-05-19")] == ["Friday", "last year"]
    assert [e for e, _, _ in _found("The Monday fortnight of talks ended.", "2027-05-19")] == ["Monday"]


def test_the_week_beginning_a_day_is_the_week_it_opens() -> None:
    """ "the week beginning (starting, commencing) November 8" / "8 November" is the ISO week that day opens, in a past,
    present and future clause (was "the week", the reference's, and the day alone); "the week starting fires" is no date."""
    assert _bounds("The results are due in the week beginning November 8.", "2027-10-13", "the week beginning November 8") == (
        "2027-W45", dt.datetime(2027, 11, 8), dt.datetime(2027, 11, 15))
    assert _bounds("Roadworks began in the week starting 6 September.", "2027-10-13", "the week starting 6 September")[0] == "2027-W36"
    assert _bounds("Bins will be emptied late in the week commencing 27th December.", "2027-12-10",
                   "the week commencing 27th December")[0] == "2027-W52"
    assert [e for e, _, _ in _found("He spent the week starting fires.", "2027-10-13")] == ["the week"]
