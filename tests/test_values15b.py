"""Time-expression values (TempEval-3 value F1, fifteenth session, second values helper): sentences written for these tests."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, dct: str, mode: str = "news") -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct, mode=mode).timexes}


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a news story names an old year bare, after a word that asks for a time, as a history does
        ("The portrait, sold on Tuesday, was painted in 1508.", "1508", "1508"),
        ("The town hall was built in 1347 by the wool merchants.", "1347", "1347"),
        ("In 1453 the harbour town fell, and its walls were never rebuilt.", "1453", "1453"),
        ("The museum says the chest was made before 1590.", "1590", "1590"),
        ("The well has been used since early 1520, a plaque says.", "early 1520", "1520"),
    ],
)
def test_bare_early_year_in_news(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-10-14")[expression] == value


@pytest.mark.parametrize(
    "text",
    [
        # amounts stay amounts: a hedge, "by", a capitalised noun counted, a three-digit number
        "Attendance at the parade was about 1200.",
        "Sales rose by 1400, the shop said.",
        "The navy flew in 1500 Marines to guard the harbour.",
        "The club was founded in 450 and grew.",
        "In 1200 cases the clinic found nothing.",
    ],
)
def test_amounts_are_no_early_year_in_news(text: str) -> None:
    assert _values(text, "2026-10-14") == {}

