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
