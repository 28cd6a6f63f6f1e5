"""Session 24, helper ext: recognition extents on news text of my own (issue 12), beyond what a rule example carries.

Sentences written for this file; the expected extents follow the TIMEX3 guidelines (docs/conventions.md "Extents"):
prepositions outside, determiners and the words that belong to the expression inside; a name is no time.
"""

from __future__ import annotations

import pytest

import timeline


def _tagged(text: str, reference: str = "2026-11-30", mode: str = "news") -> list[tuple[str, str, str]]:
    return [(t.text, t.type.value, t.value) for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


@pytest.mark.parametrize("text,expected", [
    # a capitalised match right before a capitalised head word of a name (lexicon [vetoes] name_heads)
    ("The ferry sails between Friday Harbor and the mainland on Tuesday.", [("Tuesday", "DATE", "2026-12-01")]),
    ("FRIDAY HARBOR, Wash. (Wire) - A ferry ran aground in 2025.", [("2025", "DATE", "2025")]),
    ("She opened the bakery on New Year Road in 1994.", [("1994", "DATE", "1994")]),
    ("Neighbours on 24 Hour Street queued in the snow.", []),
    ("The moderate Tuesday Group backed the bill.", []),
    # the same words before a lower-case word, or with a stop between, stay times
    ("The shop shut on Friday. Street vendors sold bread instead.", [("Friday", "DATE", "2026-11-27")]),
    ("Crowds met at the square for New Year celebrations.", [("New Year", "DATE", "2027-01-01")]),
])
def test_a_time_word_opening_a_name_is_no_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _tagged(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare month after a title, after a capitalised first name in running text, or before "who": a person
    ("Rep. April Jones said her members would back the bill.", []),
    ("The harbour master, Will August, said the crews knew the rocks.", []),
    ("Defender Ray March headed the winner.", []),
    ("March, who joined from Hill City, had not scored.", []),
    # still months: after a date word, in a title-case headline, after an acronym
    ("In March, who knows what the board will do.", [("March", "DATE", "2027-03")]),  # the next March
    ("Sales Rise In January As Shoppers Return", [("January", "DATE", "2027-01")]),  # the nearest January
    ("The OPEC June meeting was delayed.", [("June", "DATE", "2026-06")]),
])
def test_a_month_as_a_first_name_is_no_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _tagged(text) == expected


@pytest.mark.parametrize("text,extent,value", [
    ("Snow is expected from about seven in the evening.", "seven in the evening", "2026-11-30T19:00"),
    ("By four in the afternoon it will be dark.", "four in the afternoon", "2026-11-30T16:00"),
    ("The patrol got back at two in the morning.", "two in the morning", "2026-11-30T02:00"),
])
def test_an_hour_in_words_before_its_part_of_day_is_one_clock_time(text: str, extent: str, value: str) -> None:
    """Was the part of day alone ("the evening"), with a value a day off."""
    assert [(t[0], t[2]) for t in _tagged(text)] == [(extent, value)]


def test_a_count_before_a_part_of_day_stays_a_count() -> None:
    assert [t[0] for t in _tagged("Of the two buses she took the one in the morning.")] == ["the morning"]


@pytest.mark.parametrize("text,expected", [
    ("The club finished ninth in the 2024-25 season.", [("the 2024-25 season", "DATE", "2025")]),
    ("Last season I could not buy a goal.", [("Last season", "DATE", "PAST_REF")]),
    ("This season is their first in the top flight.", [("This season", "DATE", "PRESENT_REF")]),
    ("Lawmakers must pass a budget for the 2027 fiscal year.", [("the 2027 fiscal year", "DATE", "2027")]),
])
def test_a_season_or_fiscal_year_named_by_its_years_is_one_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    """ "the 2024-25 season" was two dates ("2024", "25"); "last season" was nothing."""
    assert _tagged(text) == expected


@pytest.mark.parametrize("text,extent,value", [
    ("The drought ran into a second summer.", "a second summer", "2026-SU"),
    ("A deal before the Christmas holidays looks unlikely.", "the Christmas holidays", "2026-12"),
    ("Her lease would run into the 2120s.", "the 2120s", "212"),
])
def test_whole_extents(text: str, extent: str, value: str) -> None:
    assert [(t[0], t[2]) for t in _tagged(text)] == [(extent, value)]


def test_two_years_apart_are_no_season() -> None:
    """ "2010-14" before "season" is no season of two years in a row: the rule refuses, the year stays alone."""
    assert [t[0] for t in _tagged("Prices rose through the 2010-14 season.")][:1] == ["2010"]


def test_a_weekday_before_who_is_a_person() -> None:
    """ "Captain Tom Friday, who ...": a surname (was a date); a weekday before "when" stays a day."""
    assert _tagged("Captain Tom Friday, who missed the final, scored twice.") == []
    assert [t[0] for t in _tagged("The vote is on Friday, when lawmakers return.")] == ["Friday"]


def test_two_counts_of_a_frequency_are_one_set() -> None:
    """ "once or twice a decade" was "twice a decade" alone."""
    assert _tagged("Storms like this came once or twice a decade.") == [("once or twice a decade", "SET", "P10Y")]
