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


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # "overnight" before a day: that day's night, one expression (said on Wednesday 2026-10-14)
        ("Heavy rain flooded the valley overnight Sunday.", "2026-10-14", "overnight Sunday", "2026-10-11TNI"),
        ("Negotiators talked overnight Saturday into Sunday.", "2026-10-14", "overnight Saturday into Sunday", "2026-10-10TNI"),
        # "overnight into" a day: the night that ends on it
        ("Snow is expected to fall overnight into Friday.", "2026-10-14", "overnight into Friday", "2026-10-15TNI"),
        ("Fog lingered overnight into Monday, delaying flights.", "2026-10-14", "overnight into Monday", "2026-10-11TNI"),
    ],
)
def test_overnight_and_a_day(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # "two summers ago": the summer before the last one; a winter is named by its January's year
        ("The pool first opened two summers ago.", "2026-10-14", "two summers ago", "2025-SU"),
        ("Three winters ago the harbour froze solid.", "2026-10-14", "Three winters ago", "2024-WI"),
        # the season under way is not the last one
        ("The orchard was planted two springs ago.", "2026-04-20", "two springs ago", "2024-SP"),
        ("The orchard was planted two summers ago.", "2026-07-20", "two summers ago", "2024-SU"),
    ],
)
def test_seasons_ago(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # a weekday that opens the sentence as the subject of a present verb: the coming one (said Monday 2026-10-12)
        ("Thursday marks the tenth anniversary of the flood.", "2026-10-12", "Thursday", "2026-10-15"),
        ("Saturday brings the first frost of the year, forecasters say.", "2026-10-12", "Saturday", "2026-10-17"),
        # not the subject, or a past verb: as before
        ("Students received marks on Thursday.", "2026-10-12", "Thursday", "2026-10-08"),
        ("Thursday marked the tenth anniversary of the flood.", "2026-10-12", "Thursday", "2026-10-08"),
        ("The crowd that gathered in the main square Thursday marks a turning point.", "2026-10-12", "Thursday", "2026-10-08"),
    ],
)
def test_weekday_as_subject_of_a_present_verb(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value
