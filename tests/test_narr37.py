"""Narrative mode, session 37 (helper narr): focused cases of each kind of error that fresh short histories (written and
valued by hand, as a history (TIMEX2) annotator would, before the tagger was run on them: bench/histories-s37narr)
showed. Own sentences."""

from __future__ import annotations

import pytest

from _timelines import story_values  # expression -> narrative value, told on 1 Dec 2026


@pytest.mark.parametrize(
    "text,expected",
    [
        # a four-digit year opening a sentence after "In" is a year before a plural the year rules count
        # (was missed, and the story's later dates fell back on the day it was told)
        ("In 1712 workers from the coast built a dam across the river. The following spring it burst.",
         {"1712": "1712", "The following spring": "1713-SP"}),
        ("The college grew slowly. In 1931 students from four countries came to its summer school.", {"1931": "1931"}),
        ("In 1688 soldiers of the duke burned the mill. Two years later it was rebuilt.",
         {"1688": "1688", "Two years later": "1690"}),
    ],
)
def test_opening_year_before_plural(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # inside a sentence, after "in", the number before a plural stays a count
        ("The new stoves were fitted in 1500 homes that winter.", {"1500": None}),
        ("The company sold the lamps in 1200 shops.", {"1200": None}),
    ],
)
def test_count_inside_sentence_stays(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # before 1600 the opening year needs a year near it in text and time, else it stays a count
        ("The duke took the town in 1486. In 1488 soldiers of the duke burned the mill.", {"1488": "1488"}),
        ("In 1488 cases the court sent the debtor to prison.", {"1488": None}),
        # (or people who act after it, whom "in" cannot count)
        ("In 1488 rebels from the hills burned the mill.", {"1488": "1488"}),
        # after "By", "After", "During" opening the sentence only before such a word
        ("The pits were closed one by one. By 1931 workers from the valley were leaving for the coast.", {"1931": "1931"}),
        ("After 1763 soldiers moved west over the mountains.", {"1763": "1763"}),
        ("By 1600 votes to 1200 the council chose the new site.", {"1600": None}),
    ],
)
def test_opening_early_year_needs_a_year_near(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a year and a half on from a month (or a day) is the month eighteen months on (was 1835, the year it reaches)
        ("In May 1834 the surgeon opened a practice at Clifton. A year and a half later he married.",
         {"A year and a half later": "1835-11"}),
        ("The mill was opened on 12 June 1790. Half a year later it burned down.", {"Half a year later": "1790-12"}),
        ("In February 1902 the school was founded, and two and a half years later it moved to the coast.",
         {"two and a half years later": "1904-08"}),
        # (from a year alone it stays the year it reaches)
        ("The first school was founded in 1902. A year and a half later it moved to the coast.",
         {"A year and a half later": "1903"}),
    ],
)
def test_fraction_of_years_from_a_month(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "the century" after a decade BC named is that decade's century (was the story year's, BC02, or with no BC year
        # told the publication's, 20)
        ("The city was founded in 310 BC. In the 140s BC it traded with Egypt, and by the end of the century it ruled the "
         "coast.", {"the end of the century": "BC01"}),
        ("In the 340s BC the town built its walls. In the following century it was abandoned.",
         {"the following century": "BC02"}),
    ],
)
def test_century_after_bc_decade(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a bare date in a clause that ", when" opens after a year is that year's, though the year (naming an event) left
        # the story where it was (was 1791-05 and 1791-05-02)
        ("The guild hall was built in 1791. It burned in the great fire of 1798, when a spark from a forge set it alight on "
         "3 May. The previous night had been windy.", {"3 May": "1798-05-03", "The previous night": "1798-05-02TNI"}),
        # (a flashback's "when" clause keeps its year, and the story stays where it was)
        ("The school opened in March 1851. It had been planned since 1846, when the vicar wrote to the bishop in June. "
         "Two years later it had a hundred pupils.", {"June": "1846-06", "Two years later": "1853"}),
    ],
)
def test_when_clause_after_year(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "Earlier that month (year)" looks back: a step forward after it counts from the story's time, not from the part
        # of the month (year) before it (was 1856-WXX and 1856-XX)
        ("The mine flooded on 14 March 1856. Two days later the pumps were working again. Earlier that month the "
         "manager had asked for new pumps. A fortnight later the inquest opened.", {"A fortnight later": "1856-W13"}),
        ("The mill closed in September 1856. Earlier that year its owner had sold the looms. Two months later the "
         "building burned.", {"Two months later": "1856-11"}),
    ],
)
def test_earlier_that_unit_looks_back(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected
