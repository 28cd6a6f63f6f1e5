"""News values found by the lead in the seventeenth session (sentences written for these tests)."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct).timexes}


# published on Friday 17 April 2026: last week is 6-12 April, this week's Monday the 13th, next week 20-26 April
@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a weekday in another clause than the week its sentence named has its own day: the one just gone
        ("Talks stalled last week, and the union walked out on Monday.", "Monday", "2026-04-13"),
        ("The first cases were reported last week; a laboratory confirmed the cause on Tuesday.", "Tuesday", "2026-04-14"),
        ("Sales slowed last week, but the shop was busy again on Wednesday.", "Wednesday", "2026-04-15"),
        # in the week's own clause the weekday is that week's day, with or without a comma after the week
        ("Last week, on Tuesday, the board met.", "Tuesday", "2026-04-07"),
        ("Next week, the council will vote on Tuesday.", "Tuesday", "2026-04-21"),
        ("Next week the board will meet on Monday and vote on Tuesday.", "Monday", "2026-04-20"),
        ("This weekend, rain is likely on Saturday.", "Saturday", "2026-04-18"),
    ],
)
def test_weekday_in_or_out_of_the_weeks_clause(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-04-17")[expression] == value


@pytest.mark.parametrize(
    "text,value",
    [
        # "the fall" as autumn: with a year, as a frame, after "in" with a capitalised place after it, "this fall"
        ("The new school will open in the fall.", "2026-FA"),
        ("In the fall, the bakery plans to hire ten people.", "2026-FA"),
        ("The fair returns in the fall in Chicago.", "2026-FA"),
        ("This fall, enrolment rose again.", "2026-FA"),
        ("Wheat prices rose in the fall of 2024.", "2024-FA"),
        ("Tourism suffered in the fall.", "2025-FA"),
        ("Injured in March, he returned in the fall.", "2025-FA"),
    ],
)
def test_the_fall_as_autumn(text: str, value: str) -> None:
    assert [t.value for t in tag(text, "2026-04-17").timexes if t.text.lower().endswith("fall") or "fall of" in t.text] == [value]


@pytest.mark.parametrize(
    "text",
    [
        # a tumble or a drop: a word of harm earlier in the clause, or a follower ("from", "in" + a lower-case word)
        "He had broken a leg in the fall.",
        "She was badly hurt in the fall.",
        "He died of injuries suffered in the fall.",
        "The fall into recession was swift.",
        "The fall in prices hurt farmers.",
    ],
)
def test_the_fall_as_a_tumble_is_not_tagged(text: str) -> None:
    assert tag(text, "2026-04-17").timexes == ()


@pytest.mark.parametrize("code", ["2025-13-01", "2024-00-17", "2023-19-05", "2026-04-00", "2026-04-32"])
def test_an_iso_string_with_no_such_month_or_day_is_no_date(code: str) -> None:
    # a month 00 or 13-19, a day 00 or 32-39: a code, not a date (nor a range of years "2025-13")
    assert tag(f"Lot {code} was recalled by the maker.", "2026-04-17").timexes == ()


def test_an_iso_date_with_a_day_past_the_months_end_stays_tagged_but_unresolved() -> None:
    # February 30 is a date written wrong, not a code: tagged, with no bounds (see resolve/dates.py)
    (t,) = tag("The order was dated 2026-02-30 by mistake.", "2026-04-17").timexes
    assert (t.text, t.earliest, t.latest) == ("2026-02-30", None, None)
