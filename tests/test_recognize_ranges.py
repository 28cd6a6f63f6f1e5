"""The second year of a range written short ("1947-54", "2027-28"). Sentences written for these tests."""

from __future__ import annotations

import pytest

import timeline


@pytest.mark.parametrize("text, expected", [
    ("During the war (1947-54), the army grew.", [("1947", "1947"), ("54", "1954")]),
    ("The budget for 2027-28 was approved.", [("2027", "2027"), ("28", "2028")]),
    ("Life improved in 2007-08, after the fighting of 2006-07.", [("2007", "2007"), ("08", "2008"), ("2006", "2006"), ("07", "2007")]),
    # across a century
    ("Sales rose in 1999-00, the firm said.", [("1999", "1999"), ("00", "2000")]),
    # a four-digit end is its own year already
    ("The war lasted from 1914-1918.", [("1914", "1914"), ("1918", "1918")]),
])
def test_a_short_second_year_of_a_range_is_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    doc = timeline.tag(text, "2026-03-09")
    assert [(t.text, t.value) for t in doc.timexes] == expected


@pytest.mark.parametrize("text", [
    "The report for 2025-12 is out.",  # a month of a year, not two years
    "The 2010-11-05 filing was late.",
])
def test_a_month_or_a_day_is_no_range(text: str) -> None:
    doc = timeline.tag(text, "2026-03-09")
    assert all(t.rule not in ("year_range", "year_range_end") for t in doc.timexes)


@pytest.mark.parametrize("text", ["3 to 1x days", "10-15a years", "20262026-01-31a year"])
def test_a_range_whose_second_end_is_no_number_is_no_length_and_no_crash(text: str) -> None:
    # the range rule's second end admits any word of digits and letters ("15a"): not a number, not an error
    assert not any(t.rule == "range_start_duration" for t in timeline.tag(text, reference_time="2026-12-31"))
