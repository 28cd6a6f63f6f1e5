"""Tense of a clause whose verb is a scheduling word in a present passive (sixteenth session): sentences written for these tests."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct).timexes}


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # published on a Friday: "is forecast" with words between it and the expression looks ahead
        ("Rain is forecast for much of the weekend.", "2026-11-20", "the weekend", "2026-W47-WE"),
        ("Heavy snow is forecast for most of the weekend across the hills.", "2026-11-20", "the weekend", "2026-W47-WE"),
        # the same scheduling word after a past "be" keeps the weekend just gone
        ("Rain was forecast for much of the weekend.", "2026-11-20", "the weekend", "2026-W46-WE"),
        # published on a Monday: the plan stands now, so the Thursday ahead
        ("A ruling is scheduled for some time on Thursday.", "2026-11-23", "Thursday", "2026-11-26"),
    ],
)
def test_scheduling_passive_looks_ahead(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value
