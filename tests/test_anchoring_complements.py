"""A participle completing a verb leaves the time to the verb ("was reported missing that
evening"), and a word the model calls an adjective is a verb when an object follows it ("left
her car"): timeline/anchoring/times.py and timeline/events/detect.py. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline

REF = "2026-10-21"  # a Wednesday


def _events(text: str) -> dict[str, timeline.Event]:
    return {e.text: e for e in timeline.build(text, reference_time=REF).events}


@pytest.mark.parametrize("text, verb, start, end", [
    ("The boy was reported missing by his mother on Sunday evening.", "reported", dt.datetime(2026, 10, 18, 17), dt.datetime(2026, 10, 18, 22)),
    ("Two men were seen leaving the bank on Monday.", "seen", dt.datetime(2026, 10, 19), dt.datetime(2026, 10, 20)),
])
def test_the_time_dates_the_verb_a_participle_completes(text: str, verb: str, start: dt.datetime, end: dt.datetime) -> None:
    e = _events(text)[verb]
    assert (e.earliest_start, e.latest_end) == (start, end)


def test_the_state_the_participle_names_is_not_put_inside_the_time() -> None:
    e = _events("The boy was reported missing by his mother on Sunday evening.")["missing"]
    assert not any(str(a.relation) == "during" for a in e.anchors)


def test_a_participle_after_an_aspectual_verb_keeps_that_rule() -> None:
    events = _events("Workers began queuing outside the office on Monday.")
    assert (events["began"].earliest_start, events["began"].latest_end) == (dt.datetime(2026, 10, 19), dt.datetime(2026, 10, 20))


def test_an_adjective_reading_with_an_object_is_a_verb() -> None:
    # the event model reads "left" after this name as an adjective
    e = _events("Maria Kessel left her car at the trailhead on Sunday.")["left"]
    assert (e.earliest_start, e.latest_end) == (dt.datetime(2026, 10, 18), dt.datetime(2026, 10, 19))


def test_a_when_clause_after_a_participle_dates_the_verb() -> None:
    events = _events("The boy was reported missing by his mother when he failed to come home on Sunday night.")
    assert events["reported"].earliest_start == dt.datetime(2026, 10, 18, 19)
    assert not any(str(a.relation) == "during" for a in events["missing"].anchors)


def test_a_date_a_security_falls_due_dates_no_event_of_the_clause() -> None:
    events = _events("The utility sold $200 million of notes due March 1, 2031, priced at par to yield 5%.")
    for verb in ("sold", "priced"):
        assert events[verb].latest_end is not None and events[verb].latest_end <= dt.datetime(2026, 10, 22)
        assert not any(str(a.relation) == "during" for a in events[verb].anchors)


def test_a_named_day_outranks_a_length_read_as_a_date() -> None:
    # "in two weeks" here counts letters, not days ahead: the day named and the past tense win
    e = _events("Her second letter to the court in two weeks was published on Tuesday.")["published"]
    assert (e.earliest_start, e.latest_end) == (dt.datetime(2026, 10, 20), dt.datetime(2026, 10, 21))


def test_a_length_read_as_a_date_still_dates_a_plan() -> None:
    e = _events("The port will reopen in two weeks.")["reopen"]
    assert (e.earliest_start, e.latest_end) == (dt.datetime(2026, 11, 4), dt.datetime(2026, 11, 5))


def test_an_event_noun_with_a_phrase_after_it_begins_with_its_aspectual_verb() -> None:
    tl = timeline.build("Engineers said work on the new bridge would begin in March.", reference_time=REF)
    events = {e.text: e for e in tl.events}
    assert events["work"].earliest_start == dt.datetime(2027, 3, 1)
    assert not tl.conflicts  # the past tense of "said" is not the work's
    assert events["work"].likely_start is not None and events["work"].likely_start >= dt.datetime(2027, 3, 1)
