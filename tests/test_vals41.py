"""Time-expression values and bounds on news phrasing (forty-first session, values helper): sentences written for these
tests.

Every expected value and bound below was worked out by hand from docs/conventions.md (weekdays checked with a calendar),
not copied from the tagger's output.  Each test states its own assertions: value, bounds to the minute."""

from __future__ import annotations

import pytest

from _timelines import value_and_bounds


def _texts(text: str, dct: str) -> list[str]:
    from timeline.tagger import tag

    return [t.text for t in tag(text, dct, mode="news").timexes]


# --- "a fortnight on Monday", "a fortnight from Friday": one date, as "a week on Tuesday" (rule days_from_day; was "a
# fortnight" P2W and a bare weekday)


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest",
    [
        # Wed 9 Jun 2027: the coming Monday is 14 Jun, two weeks on 28 Jun; at a sentence's end
        ("The pool reopens a fortnight on Monday.", "a fortnight on Monday", "2027-06-09", "2027-06-28", "2027-06-28T00:00",
         "2027-06-29T00:00"),
        # Friday 11 Jun, two weeks on 25 Jun
        ("The ballot closes a fortnight from Friday, the union said.", "a fortnight from Friday", "2027-06-09", "2027-06-25",
         "2027-06-25T00:00", "2027-06-26T00:00"),
    ],
)
def test_fortnight_from_weekday(text: str, expression: str, dct: str, value: str, earliest: str, latest: str) -> None:
    assert value_and_bounds(text, expression, dct) == (value, earliest, latest)


# --- "the previous half" in a past clause after a forecast of the coming half told in an earlier sentence: the half before
# the one reported, not before the forecast one


def test_previous_half_after_forecast_counts_from_reported_half() -> None:
    # Wed 4 Aug 2027: the first half reported (2027-H1), the second forecast; margins compared with 2026-H2 (was 2027-H1)
    text = ("The brewer said on Tuesday that sales rose in the first half, and it expects a busier second half. "
            "Margins were wider than in the previous half.")
    assert value_and_bounds(text, "the previous half", "2027-08-04") == ("2026-H2", "2026-07-01T00:00", "2027-01-01T00:00")


def test_previous_half_in_a_forecast_stays_the_reported_half() -> None:
    # control: a future clause compares the forecast half with the one before it, the half reported (2027-H1)
    text = ("The brewer said on Tuesday that sales rose in the first half, and it expects a busier second half. "
            "Margins will be wider than in the previous half.")
    assert value_and_bounds(text, "the previous half", "2027-08-04") == ("2027-H1", "2027-01-01T00:00", "2027-07-01T00:00")


# --- a holiday's fixture that is the subject of a sale ("its Boxing Day regatta had sold out"): the fixture after the sale,
# either side of now, as "had sold out the Boxing Day regatta"


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest",
    [
        # Thu 12 Nov 2026: this year's Boxing Day (was 2025's: the past perfect)
        ("The rowing club said its Boxing Day regatta had sold out.", "Boxing Day", "2026-11-12", "2026-12-26",
         "2026-12-26T00:00", "2026-12-27T00:00"),
        # Wed 25 Nov 2026: a present perfect, the coming New Year's Day (tense.toml fixtures + "dip")
        ("Organisers said the New Year's Day dip has sold out.", "New Year's Day", "2026-11-25", "2027-01-01",
         "2027-01-01T00:00", "2027-01-02T00:00"),
    ],
)
def test_fixture_sold_out_is_the_one_after_the_sale(text: str, expression: str, dct: str, value: str, earliest: str,
                                                    latest: str) -> None:
    assert value_and_bounds(text, expression, dct) == (value, earliest, latest)


def test_fixture_not_sold_stays_past() -> None:
    # control: no sale, a past clause: last year's Boxing Day
    assert value_and_bounds("The rowing club said its Boxing Day regatta was a success.", "Boxing Day", "2026-11-12") == (
        "2025-12-26", "2025-12-26T00:00", "2025-12-27T00:00")


# --- "retires" is a scheduled present (tense.toml scheduled_present): a month ahead, not the nearest one gone


def test_retires_in_month_is_ahead() -> None:
    # Tue 15 Jun 2027: March 2028 (was March 2027, three months back against nine ahead)
    assert value_and_bounds("The bishop retires at a service in March.", "March", "2027-06-15") == (
        "2028-03", "2028-03-01T00:00", "2028-04-01T00:00")


# --- a race's or a show's half is no half of the year ([vetoes.bare_half] play: race, runners, riders, concert, ...)


def test_race_half_is_untagged() -> None:
    # a reporting word ("percent") in the sentence, but it is about runners: no time
    text = "Runners were 3 percent slower in the second half, the organisers said."
    assert "the second half" not in _texts(text, "2027-04-12")


def test_concert_half_is_untagged() -> None:
    text = "The concert raised £2 million, and the choir sang carols for the first half."
    assert "the first half" not in _texts(text, "2027-04-12")


def test_business_half_still_tagged() -> None:
    # control: a business's half keeps its year
    text = "The insurer said profit rose 3 percent in the second half."
    assert value_and_bounds(text, "the second half", "2027-04-12") == ("2026-H2", "2026-07-01T00:00", "2027-01-01T00:00")


# --- "the weekend before Christmas", "the weekend after Easter": one expression, the weekend wholly before (after) the
# holiday (rule week_beside_holiday; was "the weekend", the story's own, and the holiday)


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest",
    [
        # Christmas 2028 is a Monday: the weekend before it is 23-24 Dec, ending at its start
        ("Retailers expect their busiest trading on the weekend before Christmas.", "the weekend before Christmas",
         "2028-11-20", "2028-W51-WE", "2028-12-23T00:00", "2028-12-25T00:00"),
        # Christmas 2027 is a Saturday: the weekend before it is 18-19 Dec, not the holiday's own
        ("Traders hope for snow on the weekend before Christmas.", "the weekend before Christmas", "2027-10-04", "2027-W50-WE",
         "2027-12-18T00:00", "2027-12-20T00:00"),
        # Christmas 2026 is a Friday: the weekend after it is 26-27 Dec
        ("The sales begin the weekend after Christmas.", "the weekend after Christmas", "2026-12-01", "2026-W52-WE",
         "2026-12-26T00:00", "2026-12-28T00:00"),
        # Easter Sunday 2028 is 16 Apr: the weekend after it is 22-23 Apr, not Easter's own
        ("The craft fair returns the weekend after Easter.", "the weekend after Easter", "2028-02-10", "2028-W16-WE",
         "2028-04-22T00:00", "2028-04-24T00:00"),
    ],
)
def test_weekend_beside_holiday(text: str, expression: str, dct: str, value: str, earliest: str, latest: str) -> None:
    assert value_and_bounds(text, expression, dct) == (value, earliest, latest)
