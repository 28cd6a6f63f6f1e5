"""Events placed (issue 10), session s20.  Sentences written for these tests.

A length before "after" orders the clause's verb, not an event adjective of a name between them
("won the Harbour Open on Sunday, three days after ...": anchoring/signals.py ``_event_links``).
An event before a part of a named day ("found the animal before dawn on Saturday") most likely
lies on that day, in its early hours (placement/facts.py ``day_part_facts``), and the undated
happenings told next carry on that time (assembly/lent ``_lending``).  The infinitive a
causing verb makes its object do is one happening with it ("heavy seas forced the crew to abandon
the yacht": anchoring/aspectual.py ``_caused_links``, lexicon ``causing_verbs``).  "... on Tuesday and
called the police two hours later": hours counted from a day put the event in that day, after the
verb before it (anchoring/time_offsets.py ``_finer_offset``), not at 2 a.m. to 2 a.m. the next day.
"the walkout" refers back to "walked out" (a lemma and its particle in lexicon ``verb_kinds``:
anchoring/coreference.py ``_coreference_links``).  An infinitive up to six words after "forced" (its
object between them) is real (events.toml ``causing``, ``causing_reach``: events/factuality.py)."""

from __future__ import annotations

import datetime as dt

import timeline
from _timelines import event as _event, stated_before as _before, likely_within_day as _within_day
from timeline.events.detect import detect_events

REF = "2026-09-21"  # a Monday; Tuesday is the 15th, Wednesday the 16th, Friday the 18th, Saturday the 19th, Sunday the 20th


def _build(text: str) -> timeline.Timeline:
    return timeline.build(text, reference_time=REF)


def test_a_length_before_after_counts_from_the_verb_not_from_an_adjective_of_a_name() -> None:
    tl = _build("Marta Lind won the Harbour Open on Sunday, three days after fog had delayed the opening rounds.")
    assert [m.pos for m in detect_events("Marta Lind won the Harbour Open on Sunday.") if m.text == "Open"] == ["ADJECTIVE"]  # the reading at issue
    assert _within_day(_event(tl, "delayed"), dt.date(2026, 9, 17))  # Thursday, three days before the win


def test_before_dawn_on_a_day_is_most_likely_that_day_not_the_evening_told_before() -> None:
    tl = _build("A bull broke out of a farm near Elmsted on Tuesday evening. Neighbours reported sightings on Wednesday and Thursday, "
                "and a drone crew found the animal in a quarry before dawn on Saturday.")
    assert _within_day(_event(tl, "found"), dt.date(2026, 9, 19))  # not Tuesday evening, the discourse before it
    # the timeline lists the sightings first (an order of two likely intervals is stated only when the start order model
    # agrees, which it does not here: see docs/ordering.md)
    order = [e.text for e in tl.events]
    assert order.index("reported") < order.index("found")


def test_an_infinitive_a_causing_verb_makes_its_object_do_takes_the_verbs_day() -> None:
    tl = _build("A tanker picked up the crew on Saturday, two days after heavy seas had forced the skipper to abandon the yacht.")
    abandon = _event(tl, "abandon")
    assert abandon.real
    assert _within_day(abandon, dt.date(2026, 9, 17))  # Thursday, with the forcing; not Saturday, the sentence's day
    assert _before(tl, "abandon", "picked")


def test_hours_later_counted_from_a_day_stay_in_that_day_after_the_verb_before() -> None:
    tl = _build("Stewards at the depot noticed a broken lock on Tuesday and called the police two hours later.")
    called = _event(tl, "called")
    assert _within_day(called, dt.date(2026, 9, 15))
    assert called.latest_end is not None and called.latest_end.replace(tzinfo=None) <= dt.datetime(2026, 9, 16)  # not by 2 a.m. Wednesday
    assert any(a.relation == "after" and a.target == _event(tl, "noticed").eid for a in called.anchors)  # the hours count from the noticing


def test_weeks_later_counted_from_a_month_may_leave_that_month() -> None:
    tl = _build("The council approved the plan in March and the builders started work two weeks later.")
    started = _event(tl, "started")
    assert started.latest_end is not None and started.latest_end.replace(tzinfo=None) > dt.datetime(2026, 4, 1)  # not confined to March


def test_the_walkout_refers_back_to_walked_out_and_begins_on_its_day() -> None:
    tl = _build("Cleaners at Brannock hospital walked out on Tuesday over unpaid overtime. Managers hired agency staff on Thursday. "
                "The union said on Friday that more than forty operations had been cancelled since the walkout began.")
    walkout, walked = _event(tl, "walkout"), _event(tl, "walked")
    assert any(a.relation == "simultaneous" and a.target == walked.eid for a in walkout.anchors)
    assert _event(tl, "began").earliest_start is not None and _event(tl, "began").earliest_start.replace(tzinfo=None) < dt.datetime(2026, 9, 16)


def test_what_is_told_after_a_before_dawn_sentence_carries_on_its_day() -> None:
    tl = _build("A bull broke out of a farm near Elmsted on Tuesday evening. Neighbours reported sightings on Wednesday and Thursday, "
                "and a drone crew found the animal in a quarry before dawn on Saturday. A vet sedated the bull, and the farmer led it home.")
    assert _within_day(_event(tl, "sedated"), dt.date(2026, 9, 19))  # not the publication day


def test_an_infinitive_a_few_words_after_forced_and_its_object_is_real_and_placed() -> None:
    tl = _build("A flash flood near Marrow forced hundreds of families to leave their homes on Sunday.")
    leave = _event(tl, "leave")
    assert leave.real  # "forced ... to leave": they left
    assert _within_day(leave, dt.date(2026, 9, 20))
