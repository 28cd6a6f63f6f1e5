"""News values on unseen text (issue 12, tenth session): sentences written for these tests."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct).timexes}


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a coarser period named last (a season, a year) is no anchor for a week or a month: the day named before it is
        ("A judge set a trial date of Sept. 14 for the mayor, who was charged last spring. Jury selection starts the week before.",
         "the week before", "2026-W37"),
        ("The plant shut on Oct. 2 after a fire in 2019 damaged it. It had passed an inspection the month before.",
         "the month before", "2026-09"),
        # ... or the last period of its own grain
        ("Exports fell in November, and sales for the year were flat. They had risen the previous month.",
         "the previous month", "2026-10"),
        # a period of the unit's own grain or finer is still the anchor
        ("The fair ended in August. The month before, crowds were thin.", "The month before", "2026-07"),
    ],
)
def test_a_unit_away_counts_from_a_period_no_coarser(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-12-06")[expression] == value
