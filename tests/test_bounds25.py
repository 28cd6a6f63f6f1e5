"""Uncertainty bounds on news phrasing (twenty-fifth session, values helper): sentences written for these tests.

Every expected bound below was worked out by hand from docs/conventions.md (hedged clock times, offsets), not copied
from the tagger's output."""

from __future__ import annotations

import pytest

from _timelines import value_and_bounds as _got  # (value, earliest, latest) of the expression


# --- an offset from a hedged clock time ("about 3 p.m.", "shortly before 6 a.m.") counts from every minute the clock time
# may be, not from its minute alone


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Thursday 5 March 2026: "about 3 p.m." on Monday 2 March is 14:30 to 15:31, so two hours on 16:30 to 17:31
        ("The lorry overturned at about 3 p.m. on Monday. The road reopened two hours later.", "two hours", "2026-03-05",
         ("PT2H", "2026-03-02T16:30", "2026-03-02T17:31")),
        # "shortly before 6 a.m." is 05:30 to 06:00: twenty minutes on, 05:50 to 06:20
        ("The alarm sounded shortly before 6 a.m. on Tuesday. Crews arrived 20 minutes later.", "20 minutes", "2026-03-05",
         ("PT20M", "2026-03-03T05:50", "2026-03-03T06:20")),
        # "just after 11 p.m." is 23:00 to 23:15; "about an hour" 48 to 72 minutes: 23:48 to 00:27 on Saturday
        ("The bridge closed just after 11 p.m. on Friday. Traffic moved again about an hour later.", "about an hour",
         "2026-03-05", ("PT1H", "2026-02-27T23:48", "2026-02-28T00:27")),
        # a plain clock time: its minute, two hours on
        ("The lorry overturned at 3 p.m. on Monday. The road reopened two hours later.", "two hours", "2026-03-05",
         ("PT2H", "2026-03-02T17:00", "2026-03-02T17:01")),
    ],
)
def test_offset_from_hedged_clock(text: str, expression: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, dct) == expected
