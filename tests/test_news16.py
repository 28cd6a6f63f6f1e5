"""News values and bounds found on articles written for the sixteenth session (sentences written for these tests)."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct).timexes}


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # "the following weekend" after a Tuesday is the weekend that ends that week (was the one a week later)
        ("The walkout began on Nov. 10. By the following weekend more than 40 ships were waiting.", "the following weekend", "2026-W46-WE"),
        ("Crews arrived on Wednesday, Nov. 11, and the following weekend the roads reopened.", "the following weekend", "2026-W46-WE"),
        # after a Saturday it is the next week's weekend; "the previous weekend" is the one before the week
        ("The walkout began on Saturday, Nov. 7. By the following weekend more than 40 ships were waiting.", "the following weekend", "2026-W46-WE"),
        ("The walkout began on Nov. 10. The previous weekend talks had failed.", "The previous weekend", "2026-W45-WE"),
    ],
)
def test_following_weekend(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-11-20")[expression] == value


def _bounds(text: str, dct: str, expression: str) -> tuple[str, str]:
    (t,) = [t for t in tag(text, dct).timexes if t.text == expression]
    assert t.earliest is not None and t.latest is not None
    return t.earliest.date().isoformat(), t.latest.date().isoformat()


@pytest.mark.parametrize(
    "text,expression,bounds",
    [
        # an offset counts from the date of its own sentence even when that date is a look-back of another year
        # than the story's (was: a week after 2021, the year of the sentence before)
        ("He took bribes between 2018 and 2021. She was indicted in March of last year and pleaded not guilty a week later.",
         "a week", ("2025-03-08", "2025-04-08")),
        ("Losses mounted from 2019 to 2021. The firm was sold in June of last year and renamed two months later.",
         "two months", ("2025-08-01", "2025-09-01")),
    ],
)
def test_offset_counts_from_its_own_sentence(text: str, expression: str, bounds: tuple[str, str]) -> None:
    assert _bounds(text, "2026-11-20", expression) == bounds


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a range of clock times ending at "midnight on <day>" / "noon <day>": its start is on that day (was the publication day)
        ("The shelters were open from 6 p.m. to midnight on Monday.", "6 p.m.", "2026-11-16T18:00"),
        ("The office was open from 9 a.m. to noon on Friday.", "9 a.m.", "2026-11-13T09:00"),
        # a range crossing midnight into the day written after it starts the evening before
        ("The roads were shut from 10 p.m. to noon Sunday.", "10 p.m.", "2026-11-14T22:00"),
    ],
)
def test_clock_range_ending_at_noon_or_midnight_of_a_day(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-11-18")[expression] == value


def test_offset_after_a_decade_of_its_sentence() -> None:
    # news: "a decade later" after "the early 1990s" lies in the 2000s (was ten years after publication: 2036)
    assert _bounds("The treaty was signed in the early 1990s and renewed a decade later.", "2026-11-20", "a decade") == ("2000-01-01", "2010-01-01")
    assert _bounds("The line opened in the 1980s and closed two years later.", "2026-11-20", "two years") == ("1982-01-01", "1992-01-01")
