"""Narrative mode, session 34 (helper narr): focused cases of each kind of error that fresh short histories (written and
valued by hand, as a history (TIMEX2) annotator would, before the tagger was run on them) showed."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, mode: str = "narrative") -> dict[str, str]:
    return {t.text: t.value for t in tag(text, "2026-12-01", mode=mode).timexes}


def _check(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a named month with "following"/"previous" in a story told in years BC counts from the story's month (was the
        # publication's year: 2027-08), and a later bare month follows it
        ("He crossed to Greece in January 48 BC, and the following August he beat Pompey. In October he sailed for Egypt.",
         {"the following August": "BC0048-08", "October": "BC0048-10"}),
        # (not later in the story's year: the next one, one fewer before the era)
        ("The fleet sailed in September 48 BC. The following August it came home.", {"The following August": "BC0047-08"}),
        ("The fleet sailed in September 48 BC. The previous August it had been refitted.", {"The previous August": "BC0048-08"}),
        # (after a year alone: the year after, as in the common era)
        ("The fleet sailed in 212 BC. The following May it came home.", {"The following May": "BC0211-05"}),
        # a week counted from the story's BC time is a week of its year (was the publication's week)
        ("Caesar crossed the river on 10 January 49 BC. Pompey left Rome that same week.", {"that same week": "BC0049-WXX"}),
    ],
)
def test_bc_story_named_month_and_week(text: str, expected: dict[str, str]) -> None:
    _check(text, expected)
