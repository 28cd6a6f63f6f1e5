"""'Did not reopen until Monday': negated in form, the event happens in that time (timeline/
anchoring/times.py, anchoring.not_until, Event.not_until); the past auxiliary 'did' before a
negation makes the weekday a past one (timeline/resolve/tense.py). Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline.serialize import event_from_dict

REF = "2026-10-21"  # a Wednesday
LAST_MONDAY = dt.datetime(2026, 10, 19)


@pytest.mark.parametrize("text", [
    "The bridge did not reopen until Monday.",
    "The bridge didn't reopen until Monday.",
    "The bridge didn’t reopen until Monday.",
])
def test_the_weekday_after_did_not_is_a_past_one(text: str) -> None:
    (t,) = timeline.tag(text, reference_time=REF)
    assert t.value == "2026-10-19"


def test_a_negated_event_waited_for_happens_in_the_time() -> None:
    tl = timeline.build("The bridge did not reopen until Monday.", reference_time=REF)
    e = tl.events[0]
    assert e.not_until and e.real and not e.negated and e.polarity == "NEG"
    assert e.earliest_start == LAST_MONDAY and e.latest_start == LAST_MONDAY + dt.timedelta(days=1)
    assert e.likely_start is not None and e.likely_start >= LAST_MONDAY
    assert e.latest_end == dt.datetime(2026, 10, 22)  # told in the past: over by the end of the publication day
    back = event_from_dict(e.to_dict())
    assert back.not_until and back == e


def test_a_plain_negation_is_still_not_real() -> None:
    e = timeline.build("The bridge did not reopen on Monday.", reference_time=REF).events[0]
    assert e.negated and not e.real and not e.not_until and e.likely_start is None


def test_a_possible_delay_stays_possible() -> None:
    e = next(e for e in timeline.build("Service may not return until late March.", reference_time=REF).events if e.text == "return")
    assert e.not_until and not e.real and e.hypothetical
