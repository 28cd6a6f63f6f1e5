"""Narrative mode, session 24: focused cases of each kind of error that new short histories (written, and valued by
hand as a history (TIMEX2) annotator would, before the tagger was run on them) showed."""

from __future__ import annotations

import pytest

from timeline.model import Mod
from timeline.tagger import tag


def _values(text: str, mode: str = "narrative") -> dict[str, str]:
    return {t.text: t.value for t in tag(text, "2026-12-01", mode=mode).timexes}


@pytest.mark.parametrize(
    "text,expected",
    [
        # "early/late in the century (decade)": the story's century (decade), as "early in the next decade" is read
        ("The abbey was built in 1212. Its lands had been given to the monks early in the century.", {"early in the century": "12"}),
        ("The mill opened in 1784, and late in the decade it burned down.", {"late in the decade": "178"}),
        ("The port grew in 1520. Early in the century its merchants had bought a charter.", {"Early in the century": "15"}),
        # a word after the unit that makes it another period: left
        ("The port grew in 1520. Early in the century that followed it silted up.", {"Early in the century": None}),
        ("The port grew in 1520. Late in the decade before the war it was rich.", {"Late in the decade": None}),
    ],
)
def test_early_or_late_in_the_story_unit(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_early_in_the_century_has_its_mod() -> None:
    timexes = {t.text: t for t in tag("The bridge was finished in 1612; it had been planned early in the century and paid for late in the decade.",
                                      "2026-12-01", mode="narrative").timexes}
    assert (timexes["early in the century"].mod, timexes["late in the decade"].mod) == (Mod.START, Mod.END)


def test_early_in_the_century_is_left_in_news() -> None:
    assert "early in the century" not in _values("The bridge opened in 1912. It had been planned early in the century.", mode="news")
