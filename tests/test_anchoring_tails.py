""""On Monday, three days after it broke out": the gap counts from the time before the comma;
"since then" takes the last dated event; an end known within one day starts that day (likely).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import timeline

REF = "2026-08-10"  # a Monday


def _events(text: str) -> dict[str, timeline.Event]:
    return {e.text: e for e in timeline.build(text, reference_time=REF).events}


def test_a_gap_after_a_comma_counts_from_the_time_before_it() -> None:
    events = _events("Crews were still clearing the rubble on Monday, three days after the quarry wall collapsed.")
    collapsed = events["collapsed"]
    # Monday minus three days is Friday 7 August: certainly ends that day, likely that day
    assert collapsed.latest_end == dt.datetime(2026, 8, 8)
    assert collapsed.earliest_end == dt.datetime(2026, 8, 7)
    assert collapsed.likely_start == dt.datetime(2026, 8, 7) and collapsed.likely_end <= dt.datetime(2026, 8, 8)
    # the clearing keeps only the order: it may have begun long before Monday
    clearing = events["clearing"]
    assert any(a.target == collapsed.eid and a.relation.value == "after" and a.offset_max is None for a in clearing.anchors)


def test_a_gap_with_no_time_before_the_comma_stays_on_the_verb() -> None:
    events = _events("Divers reached the small fishing boat off the northern cape, nearly 30 hours after it sank.")
    reached = events["reached"]
    anchor = next(a for a in reached.anchors if a.target == events["sank"].eid)
    assert anchor.relation.value == "after" and anchor.offset_max is not None


def test_since_then_counts_from_the_last_dated_event() -> None:
    events = _events("The library has been closed since March, when the roof failed after a storm damaged the gutters. "
                     "Readers have used a school hall since then.")
    used = events["used"]
    targets = {a.target for a in used.anchors if a.relation.value == "after"}
    assert targets == {events["failed"].eid}  # the roof failing (in March), not the gutters' damage told last
    assert used.earliest_start == dt.datetime(2026, 3, 1)


def test_within_a_length_with_nothing_to_count_from_counts_from_now_in_a_clause_ahead() -> None:
    events = _events("The port is expected to reopen within two weeks. The ferry was sold within two weeks.")
    reopen = events["reopen"]
    # from the publication day (Monday 10 August) to two weeks after its start
    assert (reopen.earliest_start, reopen.latest_end) == (dt.datetime(2026, 8, 10), dt.datetime(2026, 8, 24))
    assert reopen.real and reopen.likely_start is not None  # a firm plan the text now bounds
    # a past clause: within two weeks of something the text does not say
    sold = events["sold"]
    assert not any(str(a.relation) == "within" for a in sold.anchors)


def test_a_past_form_no_model_knows_is_a_verb() -> None:
    # "capsized" is in neither the detector's vocabulary nor the lexicon: its shape says past verb
    for model in ("neural", "perceptron"):
        tl = timeline.build("Divers reached the boat after it capsized.", reference_time=REF, event_model=model)
        events = {e.text: e for e in tl.events}
        assert events["capsized"].tense == "PAST", model
        assert any(a.target == events["capsized"].eid and str(a.relation) == "after" for a in events["reached"].anchors), model


def test_the_day_before_an_event_told_in_a_relative_clause() -> None:
    events = _events("The mayor signed the order the day before the deadline, which fell on August 5.")
    deadline, signed = events["deadline"], events["signed"]
    assert (deadline.earliest_start, deadline.latest_end) == (dt.datetime(2026, 8, 5), dt.datetime(2026, 8, 6))  # "which fell on"
    assert signed.latest_end == dt.datetime(2026, 8, 6)  # before it (the deadline may start late on the 5th) ...
    assert signed.earliest_end == dt.datetime(2026, 8, 3)  # ... by at most two days: "the day before"
