"""Session 50 (lead): behaviour found by reading timelines of stories written for the purpose (sentences are ours)."""

from __future__ import annotations

import datetime as dt

from _timelines import event as _event  # the first event with that word
from _timelines import value_and_bounds

import timeline


def test_a_purpose_ahead_does_not_date_a_past_deed() -> None:
    # "stored hay for next winter": the storing was done before the winter it was for, not in it (no certain bounds there)
    tl = timeline.build("Farmers stored hay for next winter.", reference_time="2026-10-21")
    stored = _event(tl, "stored")
    assert stored.earliest_start is None
    assert stored.latest_end is not None and stored.latest_end <= dt.datetime(2026, 10, 22)


def test_a_purpose_ahead_leaves_the_clause_its_own_order() -> None:
    # "had bought its cocoa for next year before prices peaked in August": bought before August's peak, not in next year
    tl = timeline.build("The company said it had bought most of its cocoa for next year before prices peaked in August.",
                        reference_time="2026-10-21")
    bought, peaked = _event(tl, "bought"), _event(tl, "peaked")
    assert peaked.earliest_start == dt.datetime(2026, 8, 1) and peaked.latest_end == dt.datetime(2026, 9, 1)
    assert bought.likely_end is not None and bought.likely_end <= dt.datetime(2026, 9, 1)
    assert not tl.conflicts


def test_a_period_for_which_something_was_earned_still_dates_it() -> None:
    # the purpose reading is only for times ahead: "earned 2 million pounds for the third quarter" lies in the quarter
    tl = timeline.build("The firm earned 2 million pounds for the third quarter.", reference_time="2026-10-21")
    earned = _event(tl, "earned")
    assert earned.earliest_start == dt.datetime(2026, 7, 1) and earned.latest_end == dt.datetime(2026, 10, 1)


def test_a_gerund_subject_of_a_reported_clause_takes_its_time() -> None:
    # "said spending in 2025 was too high": 2025 is the spending's year; the saying is the publication day's
    tl = timeline.build("The minister said spending in 2025 was too high.", reference_time="2026-10-21")
    said, spending = _event(tl, "said"), _event(tl, "spending")
    assert spending.earliest_start == dt.datetime(2025, 1, 1) and spending.latest_end == dt.datetime(2026, 1, 1)
    assert said.earliest_start is None and said.likely_start == dt.datetime(2026, 10, 21)


def test_a_participle_completing_a_verb_still_gives_the_verb_its_time() -> None:
    # not a reported clause: "was seen leaving at noon" dates the seeing
    tl = timeline.build("The driver was seen leaving at noon.", reference_time="2026-10-21")
    seen = _event(tl, "seen")
    assert seen.earliest_start is not None and seen.earliest_start.date() == dt.date(2026, 10, 21)


def test_a_period_running_up_to_a_month_is_the_subject_of_the_reported_clause() -> None:
    # "said profit in the three months to September dropped": the three months are the dropping's, not the saying's
    tl = timeline.build("The company said profit in the three months to September dropped to 41 million pounds.",
                        reference_time="2026-10-21")
    said, dropped = _event(tl, "said"), _event(tl, "dropped")
    assert dropped.earliest_start == dt.datetime(2026, 7, 1) and dropped.latest_end == dt.datetime(2026, 10, 1)
    assert said.likely_start == dt.datetime(2026, 10, 21)


def test_a_report_of_its_object_on_a_day_is_still_that_days() -> None:
    # negative of the above: no told clause after the time, "announced its results on Monday" is Monday's announcing
    tl = timeline.build("The firm announced its results on Monday.", reference_time="2026-10-21")
    announced = _event(tl, "announced")
    assert announced.earliest_start == dt.datetime(2026, 10, 19)


def test_an_event_noun_subject_of_a_reported_clause_takes_its_time() -> None:
    # "said the strike in 2025 had been costly": a clause follows the time (its auxiliary), so the time is the strike's
    tl = timeline.build("The union said the strike in 2025 had been costly.", reference_time="2026-10-21")
    strike, said = _event(tl, "strike"), _event(tl, "said")
    assert strike.earliest_start == dt.datetime(2025, 1, 1) and strike.latest_end == dt.datetime(2026, 1, 1)
    assert said.earliest_start is None


def test_a_thing_built_after_an_event_is_not_built_after_the_main_verb() -> None:
    # "The bridge built after the war collapsed on Friday": "after the war" is a phrase; the collapse is the main verb
    tl = timeline.build("The bridge built after the war collapsed on Friday.", reference_time="2026-04-16")
    built, collapsed = _event(tl, "built"), _event(tl, "collapsed")
    assert collapsed.earliest_start == dt.datetime(2026, 4, 10)
    assert built.likely_end is not None and built.likely_end <= dt.datetime(2026, 4, 10)


def test_a_participle_of_making_after_an_event_noun_does_not_take_the_main_verb() -> None:
    # "defences built after the 2024 floods held": the building is certainly after the floods, not after the holding
    tl = timeline.build("The flood defences built after the 2024 floods held for most of the day.", reference_time="2026-04-16")
    built = _event(tl, "built")
    assert built.earliest_start == dt.datetime(2024, 1, 1)
    assert not any(r.certain and {r.source, r.target} == {built.eid, _event(tl, "held").eid} for r in tl.relations)


def test_a_verb_after_a_pronoun_keeps_the_clause_its_signal_opens() -> None:
    # negative: "What they built after the storm passed" is a clause of its own, the passing came first
    tl = timeline.build("What they built after the storm passed was a wall.", reference_time="2026-04-16")
    built, passed = _event(tl, "built"), _event(tl, "passed")
    assert any(r.certain and (r.source, r.relation, r.target) == (built.eid, "AFTER", passed.eid) for r in tl.relations)


def _certain(tl: timeline.Timeline, a: str, relation: str, b: str) -> bool:
    ea, eb = _event(tl, a).eid, _event(tl, b).eid
    return any(r.certain and (r.source, r.relation, r.target) == (ea, relation, eb) for r in tl.relations)


def test_a_measured_gap_reaches_back_past_the_verbs_object() -> None:
    # "received the first signal from the probe 40 minutes after lift-off": the receiving is 40 minutes after the lift-off
    tl = timeline.build("The probe lifted off early on Thursday. Its launch had been held up by high winds on Tuesday. "
                        "Controllers received the first signal from the probe 40 minutes after lift-off, and its solar panels opened about "
                        "an hour later.", reference_time="2026-04-16")
    received = _event(tl, "received")
    assert received.earliest_start == dt.datetime(2026, 4, 16, 0, 40)


def test_a_signal_of_the_first_clause_does_not_stop_the_second_counting_from_it() -> None:
    # "... 40 minutes after lift-off, and its solar panels opened about an hour later": an hour after the receiving
    tl = timeline.build("Controllers received the first signal 40 minutes after lift-off, and its solar panels opened about an hour later.",
                        reference_time="2026-04-16")
    assert _certain(tl, "received", "BEFORE", "opened")


def test_hours_counted_from_a_day_told_before_count_from_the_event_of_that_sentence() -> None:
    # "lifted off on Thursday. Its solar panels opened an hour later": an hour after the lifting, not after Thursday's start
    tl = timeline.build("The probe lifted off on Thursday. Its solar panels opened an hour later.", reference_time="2026-04-16")
    assert _certain(tl, "lifted", "BEFORE", "opened")


def test_a_clause_after_a_signals_phrase_goes_on_with_the_main_clauses_time() -> None:
    # "lowered its forecast on Wednesday after a sharp rise ... in the third quarter, and its shares fell": Wednesday's fall
    tl = timeline.build("The firm lowered its forecast on Wednesday after a sharp rise in the price of cocoa in the third quarter, "
                        "and its shares fell 9 percent.", reference_time="2026-10-23")
    fell = _event(tl, "fell")
    assert fell.likely_start == dt.datetime(2026, 10, 21) and fell.likely_end == dt.datetime(2026, 10, 22)


def test_an_agent_participle_aside_on_the_subject_tells_a_deed_done() -> None:
    # "The bridge, closed by engineers in March, will reopen": the closing was done, the March before (not the next one)

    assert value_and_bounds("The bridge, closed by engineers in March, will reopen next month.", "March", "2026-11-02") == (
        "2026-03", "2026-03-01T00:00", "2026-04-01T00:00")
    assert value_and_bounds("A review, ordered by ministers in May, is under way.", "May", "2026-11-02")[0] == "2026-05"


def test_a_companion_participle_aside_keeps_the_main_clauses_direction() -> None:
    # negative: "The summit, followed by a dinner on Friday, will be held in Rome": the dinner's Friday is ahead

    assert value_and_bounds("The summit, followed by a dinner on Friday, will be held in Rome.", "Friday", "2026-11-02") == (
        "2026-11-06", "2026-11-06T00:00", "2026-11-07T00:00")


def test_a_plan_begun_at_a_time_is_begun_then() -> None:
    # "began planning the study in 2012": 2012 is when the planning began, not when the study was held
    tl = timeline.build("The team began planning the study in 2012 after a smaller trial found similar results.", reference_time="2026-05-13")
    began, study = _event(tl, "began"), _event(tl, "study")
    assert began.earliest_start == dt.datetime(2012, 1, 1) and began.latest_end == dt.datetime(2013, 1, 1)
    assert study.earliest_start is None


def test_a_part_of_day_named_by_a_happening_has_no_day_of_its_own() -> None:
    # "The morning after the fire": the fire's next morning, which no calendar word gives; not the publication day's morning

    text = "A fire destroyed the mill in 1990. The morning after the fire, workers searched the ruins."
    assert value_and_bounds(text, "The morning", "2026-03-10") == ("XXXX-XX-XXTMO", "none", "none")
    tl = timeline.build(text, reference_time="2026-03-10")
    assert _event(tl, "searched").earliest_start is None


def test_a_part_of_day_of_a_dated_day_keeps_its_day() -> None:
    # negative: a part of day with no happening after it keeps the reference day

    assert value_and_bounds("In the evening the council met.", "the evening", "2026-03-10") == (
        "2026-03-10TEV", "2026-03-10T17:00", "2026-03-10T22:00")


def test_participles_after_a_signals_clause_go_on_with_its_time() -> None:
    # negative: "after the storm swept ashore over the weekend, forcing thousands from their homes": the weekend's
    tl = timeline.build("Schools stayed shut on Monday after the storm swept ashore over the weekend, forcing thousands from their homes.",
                        reference_time="2026-02-03")
    forcing = _event(tl, "forcing")
    assert forcing.likely_start is not None and forcing.likely_end is not None
    assert forcing.likely_start >= dt.datetime(2026, 1, 31) and forcing.likely_end <= dt.datetime(2026, 2, 2)


def test_a_time_of_one_picked_from_a_count_does_not_bound_the_verb() -> None:
    # "Three trains were cancelled, the first at 6 a.m.": 6 a.m. is the first cancellation's, the cancelling is not all then
    tl = timeline.build("Three trains were cancelled, the first at 6 a.m.", reference_time="2027-05-13")
    assert _event(tl, "cancelled").earliest_start is None
    tl = timeline.build("The shop closed at 6 p.m., the earliest in years.", reference_time="2027-05-13")
    assert _event(tl, "closed").earliest_start == dt.datetime(2027, 5, 13, 18, 0)  # (no apposition before the time)
