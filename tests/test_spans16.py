"""An anaphoric span after a period of its sentence counts from that period (sixteenth session): sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag


def _span(text: str, dct: str, expression: str) -> tuple[dt.datetime, dt.datetime]:
    (t,) = [t for t in tag(text, dct).timexes if t.text == expression]
    assert t.earliest is not None and t.latest is not None
    return t.earliest, t.latest


@pytest.mark.parametrize(
    "text,expression,earliest,latest",
    [
        # "the previous three months" ends where the quarter named before it begins (was: up to publication)
        ("Output grew 2 percent in the July-September period, after 1 percent in the previous three months.",
         "the previous three months", "2026-04-01", "2026-07-01"),  # (s21: three calendar months, the second quarter)
        # "the following two months" begins where October ends
        ("Exports fell in October and are expected to recover in the following two months.", "the following two months", "2026-11-01", "2027-01-01"),
        ("The club lost money in 2025 after breaking even in the previous two years.", "the previous two years", "2023-01-01", "2025-01-01"),
    ],
)
def test_span_counts_from_the_period_before_it(text: str, expression: str, earliest: str, latest: str) -> None:
    assert _span(text, "2026-11-20", expression) == (dt.datetime.fromisoformat(earliest), dt.datetime.fromisoformat(latest))


def test_a_day_is_no_period_to_count_from() -> None:
    # a weekday before it in the sentence: the span runs up to the end of that day, as before, not to its start
    earliest, latest = _span("On Tuesday the firm said orders fell in the previous three months.", "2026-11-20", "the previous three months")
    assert latest == dt.datetime(2026, 11, 18)
    assert earliest <= dt.datetime(2026, 8, 18)
