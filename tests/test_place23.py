"""Events placed (issue 10), session s23.  Sentences written for these tests.

A round of a competition a determiner introduces is an event noun ("in the semi-finals on
Saturday", "The final is on Sunday"; the singular only where no noun follows: lexicon ``round_nouns``,
anchoring/events.py ``implied_event_spans``), and "follow" with a time and no object says its subject
noun took place then ("the semi-finals follow on Saturday"; lexicon ``occurrence``).  A dated past
happening in a relative clause on the subject came before a main verb with no day of its own ("A boat
that carried supplies on Sunday capsized in the evening"), as an undated one does; a main verb of
``befalling_verbs`` counts as a passive one does (anchoring/clause_links.py ``_subject_relative_links``).  A bare
verb right after "and"/"or" shares the "to" or the modal of the verb before it ("planned to cut 40 jobs and
hire drivers": events/detect.py ``_shared_group``, lexicon ``sharing_coordinators``).  "The verdict"
restates "convicted"/"acquitted" (lexicon ``same_kind``, ``verb_kinds``).  "after it started" takes up
"a fire broke out" told before (lexicon ``same_happening``)."""

from __future__ import annotations

import datetime as dt

import timeline
from _timelines import event as _event, stated_before as _before, likely_within_day as _within_day

REF = "2026-05-22"  # a Friday; Monday is the 18th, Tuesday the 19th, Wednesday the 20th, Thursday the 21st, Saturday the 23rd


def _build(text: str) -> timeline.Timeline:
    return timeline.build(text, reference_time=REF)


def _texts(tl: timeline.Timeline) -> list[str]:
    return [e.text for e in tl.events]


def test_a_round_of_a_competition_is_an_event_dated_by_its_time() -> None:
    tl = _build("Hollins knocked out the champion in the semi-finals on Tuesday. The final is on Saturday.")
    assert _within_day(_event(tl, "semi-finals"), dt.date(2026, 5, 19))
    assert _within_day(_event(tl, "final"), dt.date(2026, 5, 23))
    assert _before(tl, "semi-finals", "final")
    tl = _build("The Rovers lost in the other semi-final, a day before the club sacked its coach.")
    assert "semi-final" in _texts(tl)


def test_final_before_a_noun_is_no_round() -> None:
    tl = _build("The inspectors published the final report on Tuesday after a final check of the dam.")
    assert "final" not in _texts(tl)


def test_a_round_that_follows_on_a_day_takes_place_that_day() -> None:
    tl = _build("The first round ended on Tuesday, and the quarter-finals follow on Saturday.")
    assert _within_day(_event(tl, "quarter-finals"), dt.date(2026, 5, 23))
    tl = _build("The strike followed the collapse of pay talks on Monday.")  # "followed" with an object orders, no occurrence
    assert not any(a.relation == "simultaneous" for a in _event(tl, "strike").anchors)


def _before_link(tl: timeline.Timeline, a: str, b: str) -> bool:
    return any(x.relation == "before" and x.target == _event(tl, b).eid for x in _event(tl, a).anchors)


def test_a_dated_happening_in_a_relative_clause_on_the_subject_came_before_the_main_verb() -> None:
    tl = _build("A lorry that delivered hay to the farm on Tuesday overturned on the bypass in the afternoon.")
    assert _before_link(tl, "delivered", "overturned")
    assert _before(tl, "delivered", "overturned")
    tl = _build("A ferry that left the harbour on Monday was stopped by coastguards in the evening.")
    assert _before(tl, "left", "stopped")
    assert _within_day(_event(tl, "stopped"), dt.date(2026, 5, 18))


def test_a_relative_clause_tells_no_order_against_a_main_verb_of_another_time_or_an_earlier_one() -> None:
    tl = _build("A guard who spoke to reporters on Tuesday was hired in 2019.")
    assert not _before_link(tl, "spoke", "hired")
    tl = _build("A driver who crashed into a wall had been stopped by police.")
    assert not _before_link(tl, "crashed", "stopped")


def _verb(text: str, word: str):  # type: ignore[no-untyped-def]
    from timeline.events.detect import detect_events

    return next(m for m in detect_events(text) if m.text == word)


def test_a_bare_verb_after_and_shares_the_infinitive_or_modal_before_it() -> None:
    hire = _verb("The bakery planned to cut 40 jobs and hire temporary drivers.", "hire")
    assert hire.tense == "INFINITIVE"
    assert not _event(_build("The bakery planned to cut 40 jobs and hire temporary drivers."), "hire").real
    assert _verb("The owners hope to repair the 1,500 seats and repaint the stand.", "repaint").tense == "INFINITIVE"  # a number's comma
    assert _verb("The mill could shut the kiln or sell it.", "sell").modality == "could"


def test_a_verb_after_and_keeps_its_own_group_after_a_told_verb() -> None:
    assert _verb("Crews cleared the road and repair the bridge each spring.", "repair").tense == "PRESENT"


def test_the_verdict_restates_a_conviction() -> None:
    tl = _build("A jury convicted a plumber of fraud on Tuesday. His lawyer said after the verdict that he would appeal.")
    assert any(a.relation == "simultaneous" and a.target == _event(tl, "convicted").eid for a in _event(tl, "verdict").anchors)
    assert _within_day(_event(tl, "verdict"), dt.date(2026, 5, 19))
    tl = _build("Magistrates acquitted two climbers of trespass on Monday. The landowner said he would challenge the verdict.")
    assert _within_day(_event(tl, "verdict"), dt.date(2026, 5, 18))


def test_a_pronoun_clause_after_a_signal_takes_up_the_outbreak_told_before() -> None:
    tl = _build("A fire broke out in a paint store on Tuesday evening. Crews arrived ten minutes after it started.")
    assert any(a.relation == "simultaneous" and a.target == _event(tl, "broke").eid for a in _event(tl, "started").anchors)
    arrived = _event(tl, "arrived")
    assert arrived.earliest_start is not None and arrived.earliest_start >= dt.datetime(2026, 5, 19, 17, 0)
