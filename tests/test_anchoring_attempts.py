"""A time after the infinitive of an attempt dates the attempt too ("failed to return that
night"); after an intention it dates only what is intended (timeline/anchoring/times.py).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline

REF = "2026-10-21"  # a Wednesday


def _events(text: str) -> dict[str, timeline.Event]:
    return {e.text: e for e in timeline.build(text, reference_time=REF).events}


@pytest.mark.parametrize("text, verb, day", [
    ("The witness refused to testify on Monday.", "refused", dt.datetime(2026, 10, 19)),
    ("Two prisoners tried to escape on Sunday.", "tried", dt.datetime(2026, 10, 18)),
    ("The ferry failed to sail on Tuesday.", "failed", dt.datetime(2026, 10, 20)),
])
def test_an_attempt_shares_the_time_of_its_infinitive(text: str, verb: str, day: dt.datetime) -> None:
    e = _events(text)[verb]
    assert (e.earliest_start, e.latest_end) == (day, day + dt.timedelta(days=1))


def test_an_intention_does_not() -> None:
    e = _events("The two sides agreed to meet on Friday.")["agreed"]
    assert e.earliest_start is None or e.earliest_start < dt.datetime(2026, 10, 23)
    assert not any(str(a.relation) == "during" for a in e.anchors)
