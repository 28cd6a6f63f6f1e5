"""Tense evidence for bare days in news (thirty-ninth session, the lead applying the values helper's tense changes):
sentences written for these tests, dates worked out by hand with a calendar."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.model import Grain

from _timelines import timex_named, value_and_bounds


@pytest.mark.parametrize(
    "text,expression,dct,day",
    [
        # Tue 10 Nov 2026: "cost" is past or present, but "and" ends its object: the doors open this coming Friday
        ("Tickets for the charity dinner cost £30 and doors open at 7 p.m. on Friday.", "Friday", "2026-11-10", "2026-11-13"),
        # Mon 18 May 2026: a possessive opens the object of a scheduled present ("answers ... questions"): Thursday ahead
        ("The chief executive answers shareholders' questions on Thursday.", "Thursday", "2026-05-18", "2026-05-21"),
        # Mon 14 Dec 2026: "must" in the reported clause looks ahead, though the relative clause before it is past
        ("The garage said owners who had left cars must collect them by noon on January 8.", "January 8", "2026-12-14",
         "2027-01-08"),
    ],
)
def test_bare_day_ahead_in_news(text: str, expression: str, dct: str, day: str) -> None:
    following = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
    assert value_and_bounds(text, expression, dct) == (day, day + "T00:00", following + "T00:00")
    assert timex_named(text, expression, dct).grain is Grain.DAY
