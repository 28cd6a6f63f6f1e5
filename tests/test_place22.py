"""Events placed (issue 10), session s22.  Sentences written for these tests.

A "before" time after the second of two verbs joined by "and" (sharing subject and auxiliary)
ends the first too: "were winched into a helicopter and flown to hospital before noon"
(lexicon ``shared_before_coordinators``: anchoring/times.py ``_coordinated_first``).  A noun of
another word restates a verb ("went aground" ... "the grounding"; lexicon ``same_kind``,
``verb_kinds``).  In a relative clause on the subject, a reporting verb after a signal's event noun
is the main verb, unless the noun can speak ("after the report said"; ``speaking_nouns``:
anchoring/signals.py ``_event_links``).  "reported him missing on Wednesday morning" dates the
reporting (``participle_gap``).  ", ten days after a swimmer slipped" after "said ... it would shut"
is a told past counted from the report (events/factuality.py ``_measured_aside``).  A plan told with
"would" in a past report is not put in the report's day (anchoring/events.py ``reported_plans``).
A purpose after "for" ("will close for repairs") begins no earlier than its verb (``purpose_nouns``:
anchoring/clause_links.py ``_purpose_links``).  An undated past happening in a relative clause on the
subject came before the passive main verb ("A cyclist who crashed on the descent was airlifted":
anchoring/clause_links.py ``_subject_relative_links``)."""

from __future__ import annotations

import datetime as dt

import timeline
from _timelines import event as _event, stated_before as _before, likely_within_day as _within_day

REF = "2026-04-17"  # a Friday; Monday is the 13th, Tuesday the 14th, Wednesday the 15th, Thursday the 16th


def _build(text: str) -> timeline.Timeline:
    return timeline.build(text, reference_time=REF)


def test_the_first_of_two_coordinated_verbs_ends_before_the_seconds_before_time() -> None:
    tl = _build("The crew were winched into a helicopter and flown to hospital before noon on Wednesday.")
    winched = _event(tl, "winched")
    assert any(a.relation == "before" for a in winched.anchors)
    assert _within_day(winched, dt.date(2026, 4, 15))
    assert winched.latest_end is not None and winched.latest_end <= dt.datetime(2026, 4, 15, 12, 0)


def test_a_verb_with_its_own_subject_after_and_does_not_share_the_before_time() -> None:
    tl = _build("The storm passed and the crowd dispersed before midnight on Wednesday.")
    assert not any(a.relation == "before" and a.target != "reference_time" for a in _event(tl, "passed").anchors)
    tl = _build("Police arrived, and dispersed the crowd before midnight on Wednesday.")
    assert not any(a.relation == "before" and a.target != "reference_time" for a in _event(tl, "arrived").anchors)


def test_a_noun_restating_a_verb_under_another_word_is_the_same_happening() -> None:
    tl = _build("A cargo ship went aground near the lighthouse on Monday. Its owners said a radar fault had been logged two days before the grounding.")
    assert any(a.relation == "simultaneous" and a.target == _event(tl, "went").eid for a in _event(tl, "grounding").anchors)
    assert _within_day(_event(tl, "logged"), dt.date(2026, 4, 11))  # two days before Monday
    tl = _build("The trawler was refloated on Tuesday. Engineers who surveyed the hull before the salvage said it was sound.")
    assert _within_day(_event(tl, "salvage"), dt.date(2026, 4, 14))
    assert _before(tl, "surveyed", "refloated")


def test_no_happening_is_the_speaker_of_a_reporting_verb_after_a_signal() -> None:
    tl = _build("Engineers who surveyed the hull before the inspection said it was sound.")
    surveyed, inspection = _event(tl, "surveyed"), _event(tl, "inspection")
    assert any(a.relation == "before" and a.target == inspection.eid for a in surveyed.anchors)
    tl = _build("Shares fell sharply after the report said sales had slowed.")  # a report does speak
    assert any(a.relation == "after" and a.target == _event(tl, "said").eid for a in _event(tl, "fell").anchors)


def test_a_time_after_a_verb_an_object_and_its_completing_participle_dates_the_verb() -> None:
    tl = _build("The skipper failed to return on Tuesday night. His crew reported him missing on Wednesday morning.")
    reported = _event(tl, "reported")
    assert any(a.relation == "during" and a.evidence == "on Wednesday morning" for a in reported.anchors)
    assert _within_day(reported, dt.date(2026, 4, 15))
    tl = _build("A trawler reported ice forming on Wednesday morning.")  # a noun object: the participle keeps its time
    assert not any(a.evidence == "on Wednesday morning" for a in _event(tl, "reported").anchors)


def test_a_reporting_verb_after_a_signal_is_the_nouns_own_once_the_main_verb_is_told() -> None:
    tl = _build("The recall came a week after the carmaker reported a fault in its brakes.")
    assert any(a.relation == "after" and a.target == _event(tl, "reported").eid for a in _event(tl, "came").anchors)


def test_a_measured_aside_after_a_would_clause_tells_a_past_event_counted_from_the_report() -> None:
    tl = _build("The council said on Tuesday that it would shut the pool, ten days after a swimmer slipped on its steps.")
    slipped = _event(tl, "slipped")
    assert slipped.real
    assert _within_day(slipped, dt.date(2026, 4, 4))  # ten days before the saying
    assert any(a.relation == "after" and a.target == slipped.eid for a in _event(tl, "said").anchors)
    for text in ("The council said on Tuesday that it would shut the pool after the inspectors left.",
                 "The council said on Tuesday that it would shut the pool, probably after the inspectors left."):  # still to come
        assert not _event(_build(text), "left").real



def test_a_plan_a_past_report_tells_with_would_is_not_put_in_the_reports_day() -> None:
    tl = _build("The harbour board said on Monday that the repairs would be completed soon.")
    completed = _event(tl, "completed")
    assert completed.real and completed.likely_start is not None
    assert completed.likely_start >= dt.datetime(2026, 4, 14)  # not on Monday, the report's day, nor before it
    assert _before(tl, "said", "completed")
    tl = _build("The harbour board said on Monday that the repairs were completed.")  # told as done: the report's day
    assert _within_day(_event(tl, "completed"), dt.date(2026, 4, 13))


def test_a_purpose_after_for_begins_no_earlier_than_its_verb() -> None:
    tl = _build("The lido will close for repairs from Monday.")
    close, repairs = _event(tl, "close"), _event(tl, "repairs")
    assert any(a.relation == "not_before" and a.target == close.eid for a in repairs.anchors)
    assert repairs.likely_start is not None and repairs.likely_start >= dt.datetime(2026, 4, 17)  # not before publication
    for text in ("The lido was closed for a week after repairs to its roof.", "The lido reopened after repairs to its roof."):
        assert not any(a.relation == "not_before" for a in _event(_build(text), "repairs").anchors)  # no purpose "for" right before it


def test_an_undated_happening_in_a_relative_clause_on_the_subject_came_before_the_main_verb() -> None:
    tl = _build("A cyclist who crashed on the descent was airlifted to hospital on Wednesday.")
    assert any(a.relation == "before" and a.target == _event(tl, "airlifted").eid for a in _event(tl, "crashed").anchors)
    assert _before(tl, "crashed", "airlifted")
    for text in ("The man who owned the kiosk was questioned on Wednesday.",  # a state, not a step before
                 "Officials said a cyclist who crashed on the descent was airlifted on Wednesday.",  # no subject of the sentence
                 "An organiser who spoke on condition of anonymity said on Wednesday that the race was over.",  # one act
                 "A cyclist who crashed after a tyre burst on the descent was airlifted on Wednesday.",  # the clause's own verb
                 "A marshal who attended the race drove the injured rider to hospital on Wednesday."):  # active: what it did meanwhile
        tl = _build(text)
        assert not any(a.relation == "before" and a.target != "reference_time" for e in tl.events for a in e.anchors), text
