"""Session 60, helper vals: values and bounds of time expressions in news (sentences written for these tests)."""

from __future__ import annotations

import pytest

from timeline.model import Grain, TimexType
from _timelines import check_value_bounds_grain as _check, timexes_by_text as _tx  # (shared test lookups)


# 1. weekdays joined before one plural part of day: one part of each day in a one-off clause, sets otherwise
@pytest.mark.parametrize("text, ref, expected", [
    # a future clause: the coming Wednesday and Thursday afternoons (said on Monday 5 March 2029)
    ("The swimming pool in Bunclody will open to the public on Wednesday and Thursday afternoons, its manager said.", "2029-03-05",
     {"Wednesday": ("2029-03-07TAF", "2029-03-07T12:00", "2029-03-07T18:00"),
      "Thursday afternoons": ("2029-03-08TAF", "2029-03-08T12:00", "2029-03-08T18:00")}),
    # a past clause with its week: last week's Monday and Tuesday nights
    ("The Tralee bypass was closed on Monday and Tuesday nights last week for resurfacing.", "2029-03-07",
     {"Monday": ("2029-02-26TNI", "2029-02-26T19:00", "2029-02-27T06:00"),
      "Tuesday nights": ("2029-02-27TNI", "2029-02-27T19:00", "2029-02-28T06:00")}),
    # three weekdays: the first, read as a day alone, joins the others
    ("Crews will reline the tunnel at Dunkettle on Monday, Tuesday and Wednesday nights.", "2029-03-02",
     {"Monday": ("2029-03-05TNI", "2029-03-05T19:00", "2029-03-06T06:00"),
      "Tuesday": ("2029-03-06TNI", "2029-03-06T19:00", "2029-03-07T06:00"),
      "Wednesday nights": ("2029-03-07TNI", "2029-03-07T19:00", "2029-03-08T06:00")}),
    # reported future ("would")
    ("Gardaí said on Friday that checkpoints would be set up on Saturday and Sunday evenings.", "2029-03-05",
     {"Saturday": ("2029-03-10TEV", "2029-03-10T17:00", "2029-03-10T22:00"),
      "Sunday evenings": ("2029-03-11TEV", "2029-03-11T17:00", "2029-03-11T22:00")}),
])
def test_joined_weekdays_with_a_plural_part_in_a_one_off_clause_are_days(text: str, ref: str, expected: dict) -> None:
    found = _tx(text, ref)
    for expression, (value, earliest, latest) in expected.items():
        assert found[expression].type is TimexType.TIME
        _check(found[expression], value, earliest, latest, Grain.PART_OF_DAY)


@pytest.mark.parametrize("text, expected", [
    # the present: what the pool does each week
    ("The swimming pool in Bunclody opens to the public on Wednesday and Thursday afternoons.",
     {"Wednesday": "XXXX-WXX-3TAF", "Thursday afternoons": "XXXX-WXX-4TAF"}),
    # the present of a state
    ("Lifeguards say the pool in Bunclody is busiest on Wednesday and Thursday afternoons.",
     {"Wednesday": "XXXX-WXX-3TAF", "Thursday afternoons": "XXXX-WXX-4TAF"}),
    # a habitual word ("from June") in a future clause
    ("The ferry to Inishturk will sail on Monday and Tuesday nights from June.",
     {"Monday": "XXXX-WXX-1TNI", "Tuesday nights": "XXXX-WXX-2TNI"}),
    # a habitual word and no other time
    ("Under the new timetable the ferry to Inishturk will usually sail on Monday and Tuesday nights.",
     {"Monday": "XXXX-WXX-1TNI", "Tuesday nights": "XXXX-WXX-2TNI"}),
    # a past clause with a year: the nights recurred through it
    ("The ferry to Inishturk sailed on Monday and Tuesday nights in 1998.",
     {"Monday": "XXXX-WXX-1TNI", "Tuesday nights": "XXXX-WXX-2TNI"}),
    # a lone plural: a set
    ("Crews will reline the tunnel at Dunkettle on Tuesday nights.", {"Tuesday nights": "XXXX-WXX-2TNI"}),
])
def test_joined_weekdays_with_a_plural_part_stay_sets_where_they_recur(text: str, expected: dict) -> None:
    found = _tx(text, "2029-03-05")
    for expression, value in expected.items():
        assert found[expression].type is TimexType.SET
        _check(found[expression], value, None, None, Grain.UNKNOWN)


# 2. a step on told in the past does not count past publication
@pytest.mark.parametrize("text, ref, expression, value, earliest, latest, grain", [
    # a deed in a relative clause, a plan and a report's day told before the step: the deed's weekend
    ("Repairs to the pier at Kilkee, which a storm damaged on 2 February, will be finished in June, the council said on "
     "Monday. Divers checked the piles the following weekend.", "2028-02-16",
     "the following weekend", "2028-W05-WE", "2028-02-05", "2028-02-07", Grain.WEEKEND),
    # a deed's day at the end of a 53-week ISO year: its weekend is in week 53
    ("The harbour wall at Ardglass, which waves breached on 29 December, will be rebuilt by April, engineers said on "
     "Monday. Crews dropped rock armour into the gap the following weekend.", "2027-01-05",
     "the following weekend", "2026-W53-WE", "2027-01-02", "2027-01-04", Grain.WEEKEND),
    # a week
    ("Repairs to the pier at Kilkee, which a storm damaged on 2 February, will be finished soon, the council said on "
     "Monday. Divers checked the piles the following week.", "2028-02-16",
     "the following week", "2028-W06", "2028-02-07", "2028-02-14", Grain.WEEK),
])
def test_a_step_on_in_a_past_clause_counts_from_a_day_it_is_over_by_publication(text: str, ref: str, expression: str, value: str,
                                                                                earliest: str, latest: str, grain: Grain) -> None:
    _check(_tx(text, ref)[expression], value, earliest, latest, grain)


@pytest.mark.parametrize("text, ref, expression, value, earliest, latest, grain", [
    # a future clause: the step lies ahead (counted from the report's Monday)
    ("Repairs to the pier at Kilkee, which a storm damaged on 2 February, will be finished in June, the council said on "
     "Monday. Divers will check the piles the following weekend.", "2028-02-16", "the following weekend", "2028-W07-WE", "2028-02-19", "2028-02-21", Grain.WEEKEND),
    # what a warning is about lies ahead of the warning (a past verb)
    ("Repairs to the pier at Kilkee, which a storm damaged on 2 February, will be finished in June, the council said on "
     "Monday. Forecasters warned of more gales the following weekend.", "2028-02-16",
     "the following weekend", "2028-W07-WE", "2028-02-19", "2028-02-21", Grain.WEEKEND),
])
def test_a_step_on_ahead_of_publication_stays_where_it_may_be(text: str, ref: str, expression: str, value: str,
                                                              earliest: str, latest: str, grain: Grain) -> None:
    _check(_tx(text, ref)[expression], value, earliest, latest, grain)


# 3. "the same period a year earlier" after a length: that length a year back
@pytest.mark.parametrize("text, expression, value, earliest, latest, grain", [
    ("Sales at Corrib Stores rose 4% in the six weeks to January 4, against a fall of 2% in the same period a year earlier.",
     "the same period a year earlier", "P6W", "2026-11-24", "2027-01-05", Grain.WEEK),
    ("Takings at the Shannon ferries rose 6% in the 12 weeks to Dec. 30, compared with the same period last year.",
     "the same period last year", "P12W", "2026-10-08", "2026-12-31", Grain.WEEK),
    # a length with no bounds: its value, no bounds (TimeBank: "In the nine months ... In the year-earlier period" P9M)
    ("In the nine months, Corrib Foods had net income of 8 million euro. In the year-earlier period, it earned 7 million euro.",
     "the year-earlier period", "P9M", None, None, Grain.MONTH),
    # a quarter told last: the quarter a year back, as before
    ("Profit at Corrib Foods rose 4% in the third quarter, compared with the same period a year earlier.",
     "the same period a year earlier", "2026-Q3", "2026-07-01", "2026-10-01", Grain.QUARTER),
])
def test_the_same_period_a_year_earlier_restates_the_length_told_before(text: str, expression: str, value: str,
                                                                        earliest: "str | None", latest: "str | None", grain: Grain) -> None:
    _check(_tx(text, "2028-02-10")[expression], value, earliest, latest, grain)


# 4. a step of years told in the past, counted from a report's day past publication: from the year told before
def test_the_following_year_after_a_reports_day_counts_from_the_year_told_before() -> None:
    text = "The tower house at Ballyfin fell in 1642, the dig's leader said on Tuesday. The following year it was rebuilt."
    _check(_tx(text, "2029-11-14")["The following year"], "1643", "1643-01-01", "1644-01-01", Grain.YEAR)


# 5. a day of a month with no year after a month of a year long before publication: of that year
@pytest.mark.parametrize("text, expression, value, earliest, latest, grain", [
    ("Divers have found cannon from a siege of Rathmore that began in March 1642. The garrison held out for six weeks, and "
     "the gate was forced on the morning of 30 April, the dig's leader said on Tuesday.",
     "the morning of 30 April", "1642-04-30TMO", "1642-04-30T05:00", "1642-04-30T12:00", Grain.PART_OF_DAY),
    ("The flour mill at Clonmore burned down in March 1952. It reopened on 30 April, the owner's son said.",
     "30 April", "1952-04-30", "1952-04-30", "1952-05-01", Grain.DAY),
    # after a bare year centuries back: a day, and a bare month
    ("The siege of Rathmore began in 1642. The gate was forced on the morning of 30 April, the dig's leader said.",
     "the morning of 30 April", "1642-04-30TMO", "1642-04-30T05:00", "1642-04-30T12:00", Grain.PART_OF_DAY),
    ("The siege of Rathmore began in 1642. The gate was forced in April.", "April", "1642-04", "1642-04-01", "1642-05-01", Grain.MONTH),
    # a day before the month told (a flashback): of that year too
    ("The flour mill at Clonmore burned down in May 1952. It had been insured on 30 April.",
     "30 April", "1952-04-30", "1952-04-30", "1952-05-01", Grain.DAY),
])
def test_a_day_after_a_month_of_a_far_year_is_of_that_year(text: str, expression: str, value: str, earliest: str, latest: str,
                                                            grain: Grain) -> None:
    _check(_tx(text, "2029-11-14")[expression], value, earliest, latest, grain)


@pytest.mark.parametrize("text, expression, value", [
    # a year not far back: the day keeps its own reading (the report's year)
    ("The Clonmore mill company was founded in May 2019. Its shares fell on 3 June, the company said.", "3 June", "2029-06-03"),
    # a future clause
    ("The flour mill at Clonmore burned down in March 1952. It will reopen on 30 April.", "30 April", "2030-04-30"),
    # a bare year not centuries back: a company's background, the report's own day
    ("The Clonmore mill company was listed in 1990. Its shares fell on 3 June, the company said on Tuesday.", "3 June", "2029-06-03"),
])
def test_a_day_after_a_near_year_or_ahead_keeps_its_reading(text: str, expression: str, value: str) -> None:
    assert _tx(text, "2029-11-14")[expression].value == value


# 6. "the turn of the century" after a report's day: counted from the time told before the report
@pytest.mark.parametrize("text, value, earliest, latest", [
    ("The tower house at Ballyfin fell in 1672, the dig's leader said on Tuesday. By the turn of the century it was a ruin.",
     "1700", "1699-01-01", "1702-01-01"),
    ("Monks left the priory at Kells in 1586, the dig's leader said on Tuesday. By the turn of the century it was roofless.",
     "1600", "1598-12-31", "1602-01-02"),
    # a future clause keeps the turn ahead of publication
    ("The tower house at Ballyfin fell in 1672, the dig's leader said on Tuesday. By the turn of the century it will be restored.",
     "2100", "2099-01-01", "2102-01-01"),
    # the report's year near a turn: that turn
    ("The Slaney Hotel opened in 1998, its owners said on Monday. It was sold at the turn of the century.",
     "2000", "1998-12-31", "2002-01-02"),
])
def test_the_turn_of_the_century_after_a_reports_day(text: str, value: str, earliest: str, latest: str) -> None:
    t = _tx(text, "2029-11-14")["the turn of the century"]
    _check(t, value, earliest, latest, Grain.YEAR)
    assert t.mod == "APPROX"


# 7. a day counted in a run with a day written right after it: that day
@pytest.mark.parametrize("text, expression, value, earliest, latest", [
    ("Shares in Corrib Foods fell for a third straight day on Tuesday.", "a third straight day", "2028-02-08", "2028-02-08", "2028-02-09"),
    ("Shares in Corrib Foods fell for the third consecutive day, on Tuesday, as costs rose.", "the third consecutive day",
     "2028-02-08", "2028-02-08", "2028-02-09"),
    # no day after it (the next sentence's is not its own): the story's day, publication's
    ("Shares in Corrib Foods fell for a third straight day. On Tuesday they had risen.", "a third straight day",
     "2028-02-10", "2028-02-10", "2028-02-11"),
])
def test_a_day_counted_in_a_run_takes_the_day_written_after_it(text: str, expression: str, value: str, earliest: str, latest: str) -> None:
    _check(_tx(text, "2028-02-10")[expression], value, earliest, latest, Grain.DAY)


def test_a_month_after_the_year_a_thing_was_made_keeps_its_reading() -> None:
    # a bare year centuries back, but the year the show was founded: background, the committee's January is the report's
    text = ("The Kilmessan show was founded in 1884 and ran every summer except in wartime. A committee of villagers decided in January "
            "to revive it.")
    _check(_tx(text, "2026-08-13")["January"], "2026-01", "2026-01-01", "2026-02-01", Grain.MONTH)


def test_the_same_period_after_a_length_that_is_a_half_stays_the_half() -> None:
    text = "Profit at Corrib Foods for the six months to June 30 rose 4%, up from the same period last year."
    _check(_tx(text, "2026-07-30")["the same period last year"], "2025-H1", "2025-01-01", "2025-07-01", Grain.HALF)
