"""Session 36, helper place: headline events placed as the lead tells them, reported plans after a participle
(sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

from timeline import build

from _timelines import event


def _inside(e, begin: dt.datetime, end: dt.datetime) -> bool:
    return (e.likely_start is not None and e.likely_end is not None
            and begin <= e.likely_start.replace(tzinfo=None) and e.likely_end.replace(tzinfo=None) <= end)


def _headline(tl, word: str):
    head = tl.text.index("\n")
    return next((e for e in tl.events if e.text == word and e.start < head), None)


def test_a_headline_event_takes_the_time_of_the_lead_event_of_its_kind() -> None:
    # published Tuesday 8 Sep 2026: "Sinks" is the sinking the lead dates to Sunday
    tl = build("Cargo Ship Sinks in Storm\n\nA cargo ship sank in the North Sea late on Sunday after its engine failed. "
               "All twelve crew were picked up by a tanker.", reference_time="2026-09-08")
    sinks = _headline(tl, "Sinks")
    assert sinks is not None and sinks.real
    assert _inside(sinks, dt.datetime(2026, 9, 6), dt.datetime(2026, 9, 7))
    sank = event(tl, "sank")
    assert any(r.source == sinks.eid and r.target == sank.eid and r.relation == "SIMULTANEOUS" for r in tl.relations)


def test_a_headline_verb_with_no_counterpart_is_the_lead_sentence_main_past_verb() -> None:
    # published Wednesday 14 Oct 2026: "Gets" is the jailing, not the taking the relative clause tells
    tl = build("Former Clerk Gets Three Years\n\nA former court clerk who took money from fines in 2022 was jailed for three years "
               "on Tuesday. She will appeal.", reference_time="2026-10-14")
    gets = _headline(tl, "Gets")
    assert gets is not None
    assert _inside(gets, dt.datetime(2026, 10, 13), dt.datetime(2026, 10, 14))
    # nor an undated past before the dated main verb ("collected", in the subject's clause)
    tl = build("Former Clerk Gets Two Years\n\nA former clerk who kept cash she collected from drivers was jailed for two years on Monday.",
               reference_time="2026-10-14")
    gets = _headline(tl, "Gets")
    assert gets is not None
    assert _inside(gets, dt.datetime(2026, 10, 12), dt.datetime(2026, 10, 13))
    jailed = event(tl, "jailed")
    assert any(r.source == gets.eid and r.target == jailed.eid and r.relation == "SIMULTANEOUS" for r in tl.relations)


def test_a_headline_verb_is_not_a_lead_verb_still_ahead_or_a_plan() -> None:
    # the lead's main verb is a future: no headline event is told
    tl = build("Bridge Shut\n\nThe old road bridge will remain closed until March, the council said on Friday.", reference_time="2026-10-03")
    assert _headline(tl, "Shut") is None
    # a headline's infinitive is a plan, not the lead's day
    tl = build("Factory to Shut\n\nThe owners of a paper mill announced on Monday that the mill would close in June.", reference_time="2026-10-03")
    assert _headline(tl, "Shut") is None


def test_a_plan_reported_by_a_participle_after_would_rather_is_real_and_dated() -> None:
    # published Thursday 22 Oct 2026
    tl = build("The firm turned down the offer on Wednesday, saying it would rather launch its own phone next summer.",
               reference_time="2026-10-22")
    launch = event(tl, "launch")
    assert launch.real
    assert _inside(launch, dt.datetime(2027, 6, 1), dt.datetime(2027, 9, 1))


def test_an_attempt_in_a_relative_clause_on_the_subject_comes_before_the_main_verb() -> None:
    # published Thursday 5 Nov 2026: the trying is the guard's, on the raid's day, before the pushing
    tl = build("Two men robbed a bank in Derby on Tuesday afternoon. A guard who tried to stop them was knocked to the ground.",
               reference_time="2026-11-05")
    tried, knocked = event(tl, "tried"), event(tl, "knocked")
    assert any(a.target == knocked.eid and a.relation == "before" for a in tried.anchors)
    assert _inside(tried, dt.datetime(2026, 11, 3), dt.datetime(2026, 11, 4))
