"""Time-expression values (issue: TempEval-3 value F1, fifteenth session): sentences written for these tests."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct).timexes}


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # an event put in a quarter by a future clause lies in a quarter not over yet ...
        ("Orders will pick up in the fourth quarter, the chairman said.", "2027-03-16", "the fourth quarter", "2027-Q4"),
        ("The shipyard is expected to deliver the hull during the third quarter.", "2026-12-01", "the third quarter", "2027-Q3"),
        # ... the one just ended while its figures are still coming out (weeks after its end) ...
        ("The brewer is expected to post a loss in the third quarter.", "2026-10-12", "the third quarter", "2026-Q3"),
        # ... or when its figures are named, however long after
        ("The miner will publish fourth-quarter results next week.", "2027-03-16", "fourth-quarter", "2026-Q4"),
        ("Analysts expect the miner to report a loss for the fourth quarter.", "2027-03-16", "the fourth quarter", "2026-Q4"),
        # a quarter under way is that one
        ("The plant will restart in the first quarter.", "2027-03-16", "the first quarter", "2027-Q1"),
    ],
)
def test_quarter_ahead(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value
