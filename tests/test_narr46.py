"""Session 46 (helper narr): narrative-mode values of the story's current time, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests._timelines import story_values


# an early year after "from" before a stop is a year, with a year near it in text and time ("ruled the city from 1120." was
# untagged); past, present and future tense
@pytest.mark.parametrize("text, expected", [
    ("Count Aldo ruled the city from 1120. His son died in 1171.", {"1120": "1120", "1171": "1171"}),
    ("The abbey was rich by 1150. Abbot Giles governs it from 1203, and he builds a tower in 1210.", {"1203": "1203"}),
    ("The duke died in 1311. His widow will hold the town from 1312; her son comes of age in 1330.", {"1312": "1312"}),
])
def test_an_early_year_after_from_before_a_stop(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


# negatives: a count after "from" (a range goes on, a noun follows, or no year near it in time) stays untagged
@pytest.mark.parametrize("text, count", [
    ("In 1150 the guild had 1200 members, up from 1100 members in 1140.", "1100"),
    ("The garrison was cut to 400 men from 900. The war ended in 1150.", "900"),
    ("Count Aldo ruled the city from 1120.", "1120"),  # (no year near it: a number alone)
])
def test_a_count_after_from_stays_untagged(text: str, count: str) -> None:
    assert count not in story_values(text)
