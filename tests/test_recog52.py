"""Helper recog, session 52: news forms of time expressions that were missed or mis-tagged (a part of the day counted in
a run, "for a second night"; four-digit clock times written without "hours"; "the closing days of"), on sentences written
for the purpose (bench/rec-s52 holds the held-out recognition set)."""

from __future__ import annotations

import timeline

DCT = "2009-12-19T17:00"  # a Saturday, 5 p.m.


def _tags(text: str, reference: str = DCT, mode: str = "news") -> list[tuple[str, str, str]]:
    """(extent, value, mod) of every time expression, in text order."""
    return [(t.text, t.value, t.mod.value if t.mod else "") for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def test_a_part_of_the_day_counted_in_a_run() -> None:
    """ "for a second night", "the fourth night of protests", "the third evening": that part of the story's day (rule
    ordinal_day, as "for a third straight day"; were untagged); before a noun it describes it is no time."""
    assert _tags("Rioting broke out for a second night in Lanford.") == [("a second night", "2009-12-18TNI", "")]
    assert _tags("Police braced for a third night of violence.") == [("a third night", "2009-12-19TNI", "")]
    assert _tags("On the third evening of the festival, 2,000 people came.")[0][0] == "the third evening"
    assert _tags("Rain fell on the second morning of the test.") == [("the second morning", "2009-12-19TMO", "")]
    assert _tags("He worked a second night shift.") == []
    assert _tags("The town's second evening paper closed.") == []
    assert _tags("It was her second night's sleep in a week.") == [("a week", "P1W", "")]
    # the day itself stays as it was
    assert _tags("The index rose for the third consecutive day.") == [("the third consecutive day", "2009-12-19", "")]


def test_a_part_of_the_day_counted_in_a_history() -> None:
    """In a history the part of the day is the story's day's (the day the last date told)."""
    tags = _tags("The fleet sailed on 3 May 1702. On the third evening the ship sank.", mode="narrative")
    assert tags[-1] == ("the third evening", "1702-05-03TEV", "")


def test_four_digit_clock_times_with_no_hours() -> None:
    """Four digits from 0000 to 0959 after a word that leads a time are a clock time ("at 0945", "from 0600"; were
    untagged), and 1000 to 2359 after "at", "from", "until" with a weekday or "tonight" after them ("at 2215 on
    Saturday"; was the year 2215); before a date, amid amounts or after other words they stay as they were."""
    assert _tags("Flights resume at 0945 on Monday.") == [("0945", "2009-12-21T09:45", ""), ("Monday", "2009-12-21", "")]
    assert _tags("The fire started at 0415.") == [("0415", "2009-12-19T04:15", "")]
    assert _tags("Police were called at 2215 on Saturday.")[0] == ("2215", "2009-12-19T22:15", "")
    assert _tags("The bar is open until 2300 tonight.")[0] == ("2300", "2009-12-19T23:00", "")
    assert _tags("The ferry leaves at 1730 Sunday.") == [("1730 Sunday", "2009-12-20T17:30", "")]
    assert _tags("At 1945 on May 8 the war ended in Europe.")[0] == ("1945", "1945", "")
    assert _tags("The index closed at 1730 on Monday.")[0] == ("1730", "1730", "")
    assert _tags("The code is 0945-12.") == []


def test_the_closing_days_of() -> None:
    """ "the closing (opening, dying, waning) days of": the article and adjective inside, as "the final days of" (were
    "days" alone)."""
    assert _tags("The deal was signed in the closing days of 2008.") == [("the closing days", "PXD", ""), ("2008", "2008", "")]
    assert _tags("It happened in the opening weeks of the year.")[0] == ("the opening weeks", "PXW", "")
    assert _tags("The law came in during the dying days of the old government.") == [("the dying days", "PXD", "")]
