"""Helper vals, sixty-fourth session: TIMEX3 values and bounds of time expressions in news (issue 12), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand (23 November 2032 is a Tuesday; Christmas
Day 2032 a Saturday, so the weekend before it is 18-19 December, ISO week 51).
"""

from __future__ import annotations

import datetime as dt

import timeline


def _timex(tl: timeline.Timeline, text: str) -> timeline.Timex:
    found = [t for t in tl.timexes if t.text == text]
    assert len(found) == 1, [t.text for t in tl.timexes]
    return found[0]


# A year told after a holiday with "'s" names the thing it owns ("last year's record"), not the holiday's year
# (resolve/named_years.py year_told_after)

def test_a_possessive_year_after_a_holiday_weekend_is_not_its_year() -> None:
    """"Traders in Tullamore expect trade on the weekend before Christmas to beat last year's record." (Tuesday 23 November
    2032): the coming weekend, 2032-W51-WE, 18 .. 20 December (was 2031-W51-WE, last year's)."""
    tl = timeline.build("Traders in Tullamore expect trade on the weekend before Christmas to beat last year's record.",
                        reference_time="2032-11-23")
    t = _timex(tl, "the weekend before Christmas")
    assert (t.value, t.earliest, t.latest) == ("2032-W51-WE", dt.datetime(2032, 12, 18), dt.datetime(2032, 12, 20))


def test_a_year_told_after_a_holiday_without_s_still_holds() -> None:
    """"A St Stephen's Day swim in Bray raised 8,000 euro last year." (Tuesday 23 November 2032): no "'s" after the year, so
    the day is last year's, 2031-12-26 (the s63 reading kept)."""
    tl = timeline.build("A St Stephen's Day swim in Bray raised 8,000 euro last year.", reference_time="2032-11-23")
    assert _timex(tl, "St Stephen's Day").value == "2031-12-26"


# A range set off by commas after a possessive year ("Last year's fair, from ... to ..., drew") is that year's, both ends
# (resolve/named_years.py _POSSESSED_ASIDE, resolve/neighbour_ranges.py ordered_range)

def test_a_set_off_range_after_a_possessive_year_is_that_years() -> None:
    """"Last year's food fair, from May 30 to June 2, drew 300 traders." (Tuesday 23 November 2032): 30 May 2031 and 2 June
    2031 (were 30 May 2032 and 2 June 2032)."""
    tl = timeline.build("Last year's food fair, from May 30 to June 2, drew 300 traders.", reference_time="2032-11-23")
    start, end = _timex(tl, "May 30"), _timex(tl, "June 2")
    assert (start.value, end.value) == ("2031-05-30", "2031-06-02")
    assert (end.earliest, end.latest) == (dt.datetime(2031, 6, 2), dt.datetime(2031, 6, 3))


def test_a_range_end_a_year_after_its_start_comes_back_to_it() -> None:
    """"Last year's regatta, from July 8 to July 11, was cancelled." (Tuesday 23 November 2032): the start taken back to
    2031 by the possessive year, the end follows it: 2031-07-11 (was 2032-07-11, a year after its start)."""
    tl = timeline.build("Last year's regatta, from July 8 to July 11, was cancelled.", reference_time="2032-11-23")
    assert (_timex(tl, "July 8").value, _timex(tl, "July 11").value) == ("2031-07-08", "2031-07-11")


# A month listed after one still ahead with "and in", "and again in" comes after it (resolve/neighbour_ranges.py
# _listed_ahead)

def test_a_month_listed_after_a_month_ahead_is_after_it() -> None:
    """"Water charges rise in January and again in July, the utility said." (Tuesday 23 November 2032): January 2033 and
    July 2033 (July was 2032-07, gone)."""
    tl = timeline.build("Water charges rise in January and again in July, the utility said.", reference_time="2032-11-23")
    assert (_timex(tl, "January").value, _timex(tl, "July").value) == ("2033-01", "2033-07")
    assert _timex(tl, "July").earliest == dt.datetime(2033, 7, 1)


def test_months_listed_in_a_past_clause_stay_gone() -> None:
    """"Water charges rose in January and again in July." (Tuesday 23 November 2032): both 2032 (the first is not ahead)."""
    tl = timeline.build("Water charges rose in January and again in July.", reference_time="2032-11-23")
    assert (_timex(tl, "January").value, _timex(tl, "July").value) == ("2032-01", "2032-07")


# A fixture's day written with "'s" after a ticket noun and "at", "to" ("for seats at Friday's match") is the fixture the
# tickets are for, after the act, either side of now (lexicon tense.toml [signals] ticket_links; resolve/tense_reports.py
# for_fixture)

def test_a_fixtures_day_after_seats_at_is_after_the_queue() -> None:
    """"Supporters lined up on Monday for seats at Sunday's final in Limerick." (Tuesday 23 November 2032): Monday 22
    November, Sunday 28 November (was Sunday 21 November, the day before the queue)."""
    tl = timeline.build("Supporters lined up on Monday for seats at Sunday's final in Limerick.", reference_time="2032-11-23")
    t = _timex(tl, "Sunday")
    assert (t.value, t.earliest, t.latest) == ("2032-11-28", dt.datetime(2032, 11, 28), dt.datetime(2032, 11, 29))
    assert _timex(tl, "Monday").value == "2032-11-22"


def test_a_fixtures_day_after_places_at_is_after_the_queue() -> None:
    """"Parents queued on Monday for places at Wednesday's concert in the school." (Tuesday 23 November 2032): Wednesday 24
    November, the fixture after the queue (was Wednesday 17 November, the reading of a past clause)."""
    tl = timeline.build("Parents queued on Monday for places at Wednesday's concert in the school.", reference_time="2032-11-23")
    assert _timex(tl, "Wednesday").value == "2032-11-24"


# "Hallowe'en", the older spelling, is the holiday (lexicon [holidays])

def test_halloween_with_an_apostrophe_is_the_holiday() -> None:
    """"The museum in Omagh holds a lantern parade on Hallowe'en." (Wednesday 20 October 2032): 31 October 2032 (was
    untagged)."""
    tl = timeline.build("The museum in Omagh holds a lantern parade on Hallowe'en.", reference_time="2032-10-20")
    t = _timex(tl, "Hallowe'en")
    assert (t.value, t.earliest, t.latest) == ("2032-10-31", dt.datetime(2032, 10, 31), dt.datetime(2032, 11, 1))


# "early" after "falls", "comes", "came" says where the day falls against other years, not which part of the year (rules
# relative_unit, unit_of_period)

def test_a_holiday_that_falls_early_this_year_is_in_the_whole_year() -> None:
    """"Easter Sunday falls early this year, so the Lenten campaign starts sooner." (Wednesday 9 February 2033): "this
    year" is 2033, 1 January 2033 .. 1 January 2034, no mod (was "early this year", START, January to April)."""
    tl = timeline.build("Easter Sunday falls early this year, so the Lenten campaign starts sooner.", reference_time="2033-02-09")
    t = _timex(tl, "this year")
    assert (t.value, t.mod, t.earliest, t.latest) == ("2033", None, dt.datetime(2033, 1, 1), dt.datetime(2034, 1, 1))


def test_early_this_year_after_a_past_verb_keeps_its_start() -> None:
    """"The bakery cut prices early this year." (Wednesday 9 February 2033): the year's start, as before."""
    tl = timeline.build("The bakery cut prices early this year.", reference_time="2033-02-09")
    assert _timex(tl, "early this year").mod is not None


# "a busy night" is the story's night, no length P1D (lexicon [vetoes] character_units, character_words)

def test_a_busy_night_is_no_length() -> None:
    """"It was a busy night for lifeboat crews along the Wexford coast." (Wednesday 20 October 2032): nothing tagged (was
    "a busy night", P1D); "three busy nights" stays P3D."""
    tl = timeline.build("It was a busy night for lifeboat crews along the Wexford coast.", reference_time="2032-10-20")
    assert [t.text for t in tl.timexes] == []
    tl = timeline.build("The hostel had three busy nights during the festival.", reference_time="2032-10-20")
    assert _timex(tl, "three busy nights").value == "P3D"


def test_a_fixtures_day_before_the_sale_told_after_it_is_ahead() -> None:
    """"Tickets for Sunday's game against Mayo sold out within an hour on Monday." (Monday 14 March 2033): the sale on
    Monday 14 March, so Sunday 20 March (was Sunday 13 March, the day before the sale); the length between is passed over."""
    tl = timeline.build("Tickets for Sunday's game against Mayo sold out within an hour on Monday.", reference_time="2033-03-14")
    assert _timex(tl, "Sunday").value == "2033-03-20"
