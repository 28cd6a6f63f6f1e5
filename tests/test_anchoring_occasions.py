"""A verb "at" an occasion happens during it; a signal's noun never hands its link to the next
sentence's verb (timeline/anchoring/events.py).  Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline

REF = "2026-10-21"  # a Wednesday


def _events(text: str) -> dict[str, timeline.Event]:
    return {e.text: e for e in timeline.build(text, reference_time=REF).events}


@pytest.mark.parametrize("text, verb, day", [
    ("The minister announced the plan at a news conference on Tuesday.", "announced", dt.datetime(2026, 10, 20)),
    ("Workers were told of the decision at a meeting on Monday evening.", "told", dt.datetime(2026, 10, 19)),
    ("The senator spoke at a rally in the capital on Sunday.", "spoke", dt.datetime(2026, 10, 18)),
])
def test_a_verb_at_an_occasion_happens_during_it(text: str, verb: str, day: dt.datetime) -> None:
    e = _events(text)[verb]
    assert e.earliest_start is not None and e.latest_end is not None
    assert day <= e.earliest_start and e.latest_end <= day + dt.timedelta(days=1)
    assert any(a.relation.value == "during" and a.evidence.startswith(verb) for a in e.anchors)


def test_at_before_a_noun_that_is_no_occasion_ties_nothing() -> None:
    events = _events("The union hinted at a strike. The strike began on Friday.")
    hinted = events["hinted"]
    assert not any(a.relation.value == "during" for a in hinted.anchors)
    assert hinted.earliest_start is None  # not put on Friday through the strike


def test_a_signal_noun_at_a_sentence_end_keeps_its_link_in_its_sentence() -> None:
    events = _events("Officials met after the storm on Tuesday. Crews arrived on Sunday.")
    met = events["met"]
    targets = {a.target for a in met.anchors if a.relation.value == "after"}
    assert targets == {events["storm"].eid}


def test_the_occasion_is_the_noun_not_the_verb_after_it() -> None:
    events = _events("The senator spoke at a rally organised by farmers.")
    during = {a.target for a in events["spoke"].anchors if a.relation.value == "during"}
    assert during == {events["rally"].eid}  # not "organised": the rally was organised before it was held


def test_a_report_to_an_occasion_happens_during_it() -> None:
    told = _events("The minister told a news conference on Monday that the border would stay open.")["told"]
    assert (told.earliest_start, told.latest_end) == (dt.datetime(2026, 10, 19), dt.datetime(2026, 10, 20))
    # an audience that is no occasion ties nothing
    lone = _events("She told reporters nothing.")["told"]
    assert not any(str(a.relation) == "during" for a in lone.anchors)
