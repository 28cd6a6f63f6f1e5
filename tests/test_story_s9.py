"""Narrative mode, session 9: the story's time in history-style text (own sentences)."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, mode: str = "narrative", dct: str = "2026-02-02") -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct, mode=mode).timexes}


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # the day the planning was done moves the story: what follows counts from it
        ("The army wintered in the hills in 1805. In a speech on September 10, 1807, the general planned a withdrawal. "
         "On October 1 the army began its retreat.", "October 1", "1807-10-01"),
        ("In the winter of 1803 the admiral drew up his charts. On October 2, 1803, he planned an attack on the harbour "
         "for the following spring.", "the following spring", "1804-SP"),
        ("The war began in 1640. In May 1642, the council intended a truce. In June the fighting resumed.", "June", "1642-06"),
        # ... but the time a plan is for does not
        ("The army took the city on 3 March 1702. In 1705, the king will plan a new campaign, the envoy wrote. In April the envoy left.",
         "April", "1702-04"),
    ],
)
def test_dated_planning_moves_the_story(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value
