"""Events placed (issue 10), session s19.  Sentences written for these tests.

A second clause with a new subject after ", and" ("..., and he called the river police") is told
in sequence after the first (lexicon ``patterns.sequence``), also after a past perfect that a
signal bounds at its end only (placement/facts.py ``sequence_facts``, placement/settling.py
``_same_day``).  A perception of an event noun happens during it ("heard the blast":
anchoring/clause_links.py ``_perceived_links``), and the noun's verb follows a relative perception ("A
teacher who watched the launch drove her pupils home": lexicon ``patterns.perceived_object``), with
"drove" before "her" a verb, not a noun (events/detect.py).  "Talks would restart within days, a
mediator said on Thursday": the days count from the saying after the comma (anchoring/times.py
``_reporting_would``).  "The road stayed closed for six weeks" after a sentence dated "in March":
the closure most likely began in March (placement/facts.py ``convention_facts``, pipeline
``_lasting_states``), not ended at publication."""

from __future__ import annotations

import datetime as dt

import timeline
from _timelines import event as _event, stated_before as _before, likely_within_day as _within_day

REF = "2026-10-16"  # a Friday; Saturday is the 10th, Sunday the 11th, Tuesday the 13th


def _build(text: str) -> timeline.Timeline:
    return timeline.build(text, reference_time=REF)


def test_a_clause_with_a_new_subject_after_and_is_told_in_sequence() -> None:
    tl = _build("The union's members voted on the offer by text message on Tuesday, and the union announced the result at 6 p.m.")
    assert _before(tl, "voted", "announced")


def test_a_clause_with_a_pronoun_subject_after_a_past_perfect_takes_its_day() -> None:
    tl = _build("The lock gate collapsed at 11 p.m. on Saturday. A keeper had spotted water seeping through the gate about an hour before it gave way, "
                "and he called the river police.")
    assert _within_day(_event(tl, "called"), dt.date(2026, 10, 10))  # not the publication day


def test_a_clause_after_but_is_no_sequence() -> None:
    tl = _build("The union's members voted on the offer by text message on Tuesday, but the union announced the result at 6 p.m.")
    assert not _before(tl, "voted", "announced")


LAUNCH = "The rocket launch took place on Tuesday afternoon. "
TUESDAY = dt.date(2026, 10, 13)


def test_hearing_an_event_happens_during_it_and_the_hearer_acts_after() -> None:
    tl = _build("A blast tore through a warehouse on Tuesday evening. A guard who heard the blast called the police.")
    assert _within_day(_event(tl, "heard"), TUESDAY)
    assert _within_day(_event(tl, "called"), TUESDAY)  # not the publication day


def test_who_watched_the_launch_drove_her_pupils_home_on_its_day() -> None:
    tl = _build(LAUNCH + "A teacher who watched the launch drove her pupils home.")
    assert _within_day(_event(tl, "watched"), TUESDAY)
    assert _within_day(_event(tl, "drove"), TUESDAY)


def test_a_relative_verb_of_no_perception_tells_no_sequence() -> None:
    tl = _build(LAUNCH + "A teacher who attended the launch drove her pupils home.")
    assert not _before(tl, "attended", "drove")  # told in sequence, it would be stated


def test_would_within_days_counts_from_the_attribution_after_the_comma() -> None:
    tl = _build("Talks between the two unions would restart within days, a government mediator said on Tuesday.")
    restart = _event(tl, "restart")
    assert restart.earliest_start is not None and restart.earliest_start.replace(tzinfo=None) >= dt.datetime(2026, 10, 13)
    assert restart.latest_end is not None and restart.latest_end.replace(tzinfo=None) <= dt.datetime(2026, 10, 24)


SLIDE = "A landslide buried the mountain road in a storm in March. "


def test_a_lasting_state_told_after_a_dated_sentence_began_in_its_time() -> None:
    closed = _event(_build(SLIDE + "The road stayed closed for six weeks."), "closed")
    assert closed.likely_start is not None and closed.likely_end is not None
    assert dt.datetime(2026, 3, 1) <= closed.likely_start.replace(tzinfo=None)
    assert closed.likely_end.replace(tzinfo=None) <= dt.datetime(2026, 5, 14)  # six weeks after March at the latest, not October


def test_a_lasting_state_in_the_present_perfect_reaches_up_to_now() -> None:
    closed = _event(_build(SLIDE + "The road has stayed closed for six weeks."), "closed")
    assert closed.likely_end is not None and closed.likely_end.replace(tzinfo=None) >= dt.datetime(2026, 10, 16)


def test_a_length_without_a_verb_of_lasting_keeps_the_convention() -> None:
    closed = _event(_build(SLIDE + "The road was closed for six weeks."), "closed")
    assert closed.likely_end is not None and closed.likely_end.replace(tzinfo=None) >= dt.datetime(2026, 10, 16)
