"""Session 47 (helper narr): narrative-mode values of the story's current time, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests._timelines import story_values


# "his last year in office", "the final year of her reign": an ordinal counted from the end of the rule, the year the rule
# ended when a range or a span told it ("from 1850 to 1858", "served until 1858"; was 1848, two years before the accession);
# past, present and future tense
@pytest.mark.parametrize("text, expected", [
    ("He was elected mayor in 1850 and served until 1858. In his last year in office he opened the railway.",
     {"his last year in office": "1858"}),
    ("She ruled from 1702 to 1714. In the final year of her reign she made peace with the north.",
     {"the final year of her reign": "1714"}),
    ("The abbot is elected in 1480 and holds office until 1496. In his last year in office he builds a mill.",
     {"his last year in office": "1496"}),
    ("She will be crowned in 2031 and will rule until 2040. In the last year of her reign she will open the dam.",
     {"the last year of her reign": "2040"}),
])
def test_the_last_year_of_a_rule_is_the_year_it_ended(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


# negatives: with no end of the rule told, it stays a length; a year counted from the start is counted as before
@pytest.mark.parametrize("text, expected", [
    ("He came to the throne in 1850. In the last year of his reign he opened the railway.",
     {"the last year of his reign": "P1Y"}),
    ("He ruled from 1850 to 1858. In the third year of his reign he married.", {"the third year of his reign": "1852"}),
])
def test_a_year_of_a_rule_without_its_end(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected
