"""Helper recog, sixty-first session: time expressions recognised with their TimeML extents and values (issue 12), in
sentences written for the purpose (bench/rec-s61 holds the held-out recognition set).

Dates worked out by hand: 7 December 2026 is a Monday; Christmas Day 2026 is a Friday, 2025 a Thursday.
"""

from __future__ import annotations

import timeline

DCT = "2026-12-07"  # a Monday


def _tags(text: str, reference: str = DCT) -> list[tuple[str, str]]:
    """(extent, value) of every time expression, in text order."""
    return [(t.text, t.value) for t in timeline.tag(text, reference_time=reference).timexes]


# A season or financial year written with a spaced dash or slash is one period, as when written close (rules
# year_named_period, season_year, fiscal_year: "{_}[-/]{_}" beside "[-/]"); a bare spaced pair stays two years


def test_a_season_written_with_a_spaced_dash_is_one_period() -> None:
    """"the 2023 - 24 season": the season that ends in 2024, one expression (was "[2023] - [24] season"), as "the
    2023-24 season"; an en dash the same."""
    assert _tags("The club finished fourth in the 2023 - 24 season.") == [("the 2023 - 24 season", "2024")]
    assert _tags("The club finished fourth in the 2023 \u2013 24 season.") == [("the 2023 \u2013 24 season", "2024")]
    assert _tags("The club finished fourth in the 2023-24 season.") == [("the 2023-24 season", "2024")]


def test_a_financial_year_written_with_a_spaced_slash_is_one_period() -> None:
    """"the 2024 / 25 financial year" ends in 2025 (was "[2024] / 25 financial year", the second year lost)."""
    assert _tags("Revenue fell in the 2024 / 25 financial year.") == [("the 2024 / 25 financial year", "2025")]
    assert _tags("The school year 2025 - 26 began badly.") == [("The school year 2025 - 26", "2026")]


def test_a_winter_of_two_years_written_with_a_spaced_dash() -> None:
    """"the winter of 2009 - 10": December 2009 to February 2010, the winter of 2010 (was "[the winter of 2009] - 10")."""
    assert _tags("The winter of 2009 - 10 was the coldest on record.") == [("The winter of 2009 - 10", "2010-WI")]


def test_a_bare_pair_written_with_a_spaced_slash_is_two_years() -> None:
    """A bare pair stays the two years of rule year_range, as "2025/26" and "2023 - 24" (tests/test_rec28.py): "2025 / 26"
    was "2025" alone, the second year untagged."""
    assert _tags("The council set its budget for 2025 / 26 on Tuesday.") == [("2025", "2025"), ("26", "2026"), ("Tuesday", "2026-12-01")]
    assert _tags("Prices rose sharply in 2023 - 24, the regulator said.") == [("2023", "2023"), ("24", "2024")]


# "the Christmas holiday" (one holiday, singular) with its article (rule holiday_season, [holidays] phrase_only)


def test_the_christmas_holiday_is_one_expression_its_day() -> None:
    """"ahead of the Christmas holiday" said on Monday 21 December 2026: Christmas Day 2026, the article and the noun
    inside (was "the [Christmas] holiday"); "the Christmas holiday period" is the December, as "the Christmas period"."""
    assert _tags("Shops were busy ahead of the Christmas holiday.", "2026-12-21") == [("the Christmas holiday", "2026-12-25")]
    assert _tags("Sales rose over the Christmas holiday period.", "2027-01-12") == [("the Christmas holiday period", "2026-12")]


def test_a_christmas_holiday_without_the_keeps_the_feast_alone() -> None:
    """"a Christmas holiday in Lapland" (a trip): only the feast, as before; "the Christmas holiday weekend" too."""
    assert _tags("She booked a Christmas holiday in Lapland.", "2026-12-21") == [("Christmas", "2026-12-25")]
    assert [t for t, _ in _tags("The Christmas holiday weekend was quiet.", "2027-01-12")] == ["Christmas"]


def test_a_weekday_after_the_christmas_holiday_is_still_that_day() -> None:
    """"ahead of the Christmas holiday on Friday" said on Monday 21 December 2026: Friday is Christmas Day, 25 December,
    as tests/test_values22.py asserts with the holiday alone tagged."""
    assert _tags("Markets were quiet ahead of the Christmas holiday on Friday.", "2026-12-21") == [
        ("the Christmas holiday", "2026-12-25"), ("Friday", "2026-12-25")]


# a reporting verb with a future auxiliary before it ("will be told") in the clause of a time: ahead (resolve/tense.py)


def test_a_time_after_will_be_told_lies_ahead() -> None:
    """"Staff will be told after Christmas." said on Monday 7 December 2026: Christmas 2026, 18 days ahead (was Christmas
    2025: "told" read as a past verb); "were told" keeps the past one."""
    assert _tags("Staff will be told after Christmas.") == [("Christmas", "2026-12-25")]
    assert _tags("Staff will be told after the vote in March.") == [("March", "2027-03")]
    assert _tags("Staff were told after Christmas.") == [("Christmas", "2025-12-25")]


# a weekday with its day written before a pair's second date ("from Friday 11 to Sunday 13 December"): one date of the
# month and year the pair names, the weekday inside (recognize/year_passes._with_paired_days); "Saturday 12th" alone one
# date as "Saturday the 12th" (rule weekday_the_day)


def test_a_weekday_and_its_day_before_a_pair_s_second_date() -> None:
    """"from Friday 11 to Sunday 13 December" said on Monday 7 December 2026: Friday 11 December (was "[Friday] 11", the
    Friday just gone, 4 December, and the 11 untagged); "between Thursday 3 and Saturday 5 June": 3 June 2027 (was the
    Thursday of next week)."""
    assert _tags("The festival runs from Friday 11 to Sunday 13 December.") == [
        ("Friday 11", "2026-12-11"), ("Sunday 13 December", "2026-12-13")]
    assert _tags("Voting takes place between Thursday 3 and Saturday 5 June.") == [
        ("Thursday 3", "2027-06-03"), ("Saturday 5 June", "2027-06-05")]


def test_a_weekday_then_a_day_with_its_suffix_is_one_date() -> None:
    """"on Saturday 12th and Sunday 13th" said on Monday 7 December 2026: 12 and 13 December (was the weekdays alone); a
    bare number after a weekday stays a count ("On Friday 11 soldiers were killed": the Friday gone, 4 December)."""
    assert _tags("The market will open on Saturday 12th and Sunday 13th.") == [("Saturday 12th", "2026-12-12"), ("Sunday 13th", "2026-12-13")]
    assert _tags("On Friday 11 soldiers were killed.") == [("Friday", "2026-12-04")]


def test_the_new_year_holiday_is_new_year_s_day() -> None:
    """"over the New Year holiday" said on Monday 7 December 2026, past: New Year's Day 2026, the holiday alone as "the
    [Thanksgiving] holiday" (was "[the New Year]", the whole year 2026); "after the new year" stays the year ahead."""
    assert _tags("Flights were cancelled over the New Year holiday.") == [("New Year", "2026-01-01")]
    assert _tags("Talks will resume after the new year.") == [("the new year", "2027")]
