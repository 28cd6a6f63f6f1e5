"""Events placed (issue 10), session s18.  Sentences written for these tests.

A time clause whose verb tells again a happening the story told before ("collapsed at 6 a.m. ...
before it fell", "left at 4 p.m. ... after it set off") takes up that happening
(timeline/anchoring/clauses.py ``_told_before``, lexicon ``same_happening``); a step told a measured
time after another is soon over (placement/facts.py ``convention_facts``); "About" opens a sentence
after "p.m." (text.toml); a named storm ("Cyclone Orla struck") is the storm told later
(``_subject_group``, lexicon ``named_kind``); the noun after "during" is no subject of the next verb
(lexicon ``noun_signals``); a signal after "noticed the deck sagging" orders the noticing (``_perceiver``)."""

from __future__ import annotations

import datetime as dt

import timeline

REF = "2026-10-16"  # a Friday; Saturday is the 10th, Sunday the 11th


def _event(text: str, word: str) -> timeline.Event:
    return next(e for e in timeline.build(text, reference_time=REF).events if e.text == word)


def _takes_up(e: timeline.Event) -> set[str]:
    return {a.target for a in e.anchors if str(a.relation) == "simultaneous"}


def test_a_pronoun_clause_after_a_signal_takes_up_the_collapse_told_before() -> None:
    text = "A footbridge over the canal collapsed at about 6 a.m. on Saturday. A jogger had crossed it ten minutes before it fell."
    fell, crossed = _event(text, "fell"), _event(text, "crossed")
    assert fell.likely_start is not None and fell.likely_end is not None
    assert dt.datetime(2026, 10, 10, 5) <= fell.likely_start and fell.likely_end <= dt.datetime(2026, 10, 10, 7)
    assert crossed.likely_end is not None and crossed.likely_end <= dt.datetime(2026, 10, 10, 7)  # not the publication day


def test_a_pronoun_clause_of_another_kind_takes_nothing_up() -> None:
    text = "A footbridge over the canal collapsed at about 6 a.m. on Saturday. A jogger had crossed it ten minutes before it closed."
    assert not _takes_up(_event(text, "closed"))


def test_a_fronted_clause_with_a_verb_and_particle_takes_up_the_departure() -> None:
    text = "The barge left the quay at 4 p.m. on Sunday. An hour after it set off, the engine failed."
    set_off = _event(text, "set")
    assert _takes_up(set_off)
    assert set_off.likely_start is not None and set_off.likely_start.date() == dt.date(2026, 10, 11)
    failed = _event(text, "failed")
    assert failed.likely_start is not None and failed.likely_start >= dt.datetime(2026, 10, 11, 17)


def test_the_verb_alone_without_its_particle_is_no_departure() -> None:
    text = "The barge left the quay at 4 p.m. on Sunday. An hour after it set the record, the engine failed."
    assert not _takes_up(_event(text, "set"))


SAILING = "The barge left the quay at 4 p.m. on Sunday. "


def test_a_step_told_a_measured_time_after_another_is_soon_over() -> None:
    failed = _event(SAILING + "An hour after it set off, the engine failed.", "failed")
    assert failed.likely_start is not None and failed.likely_end is not None
    assert failed.likely_start >= dt.datetime(2026, 10, 11, 17) and failed.likely_end <= dt.datetime(2026, 10, 12)  # not to publication


def test_a_report_told_a_measured_time_after_another_is_no_speech_at_publication() -> None:
    reported = _event(SAILING + "Half an hour after it set off, the skipper reported a leak.", "reported")
    assert reported.likely_start is not None and reported.likely_end is not None
    assert dt.datetime(2026, 10, 11, 16, 30) <= reported.likely_start and reported.likely_end <= dt.datetime(2026, 10, 12)


def test_a_step_with_a_length_of_its_own_keeps_it() -> None:
    fought = _event(SAILING + "Two hours after it set off, the crew fought a fire for six hours.", "fought")
    assert fought.likely_start is not None and fought.likely_end is not None
    assert fought.likely_end - fought.likely_start >= dt.timedelta(hours=6)


def test_a_sentence_opening_with_about_after_a_clock_time_is_its_own() -> None:
    # "at 6:15 p.m. About forty minutes after ...": two sentences (lexicon text.toml sentence_openers)
    struck = _event("The ferry left the pier on Sunday at 6:15 p.m. About forty minutes after it set out, it struck a rock.", "struck")
    assert struck.likely_start is not None and struck.likely_end is not None
    assert dt.datetime(2026, 10, 11, 18, 30) <= struck.likely_start and struck.likely_end <= dt.datetime(2026, 10, 12)


def test_a_named_cyclone_that_struck_is_the_cyclone_told_later() -> None:
    text = "Cyclone Orla struck the island on Saturday. The port reopened on Tuesday. Two divers drowned during the cyclone near the reef."
    drowned = _event(text, "drowned")
    assert drowned.likely_start is not None and drowned.likely_end is not None
    assert dt.datetime(2026, 10, 10) <= drowned.likely_start and drowned.likely_end <= dt.datetime(2026, 10, 11)


def test_a_name_of_no_happening_kind_is_not_the_cyclone() -> None:
    text = "Captain Orla struck the reef on Saturday. Two divers drowned during the cyclone near the island."
    tl = timeline.build(text, reference_time=REF)
    cyclone = next(e for e in tl.events if e.text == "cyclone")
    assert not _takes_up(cyclone)


def test_a_storm_that_swept_ashore_is_the_storm_told_later() -> None:
    text = "Storm Nessa swept ashore on Saturday. The port reopened on Tuesday. Two divers drowned during the storm near the reef."
    drowned = _event(text, "drowned")
    assert drowned.likely_start is not None and drowned.likely_end is not None
    assert dt.datetime(2026, 10, 10) <= drowned.likely_start and drowned.likely_end <= dt.datetime(2026, 10, 11)


def test_the_noun_after_during_is_no_subject_of_the_next_verb() -> None:
    text = "Storm Nessa swept ashore on Saturday. The port reopened on Tuesday. Police said a man arrested during the storm was released on bail."
    tl = timeline.build(text, reference_time=REF)
    arrested = next(e for e in tl.events if e.text == "arrested")
    released = next(e for e in tl.events if e.text == "released")
    assert released.eid not in {a.target for a in arrested.anchors}  # "during the storm was released": not during the release
    assert arrested.likely_start is not None and arrested.likely_end is not None
    assert dt.datetime(2026, 10, 10) <= arrested.likely_start and arrested.likely_end <= dt.datetime(2026, 10, 11)


BRIDGE = "A footbridge over the canal collapsed at about 6 a.m. on Saturday. "


def test_a_signal_after_a_perceived_participle_orders_the_perceiving() -> None:
    tl = timeline.build(BRIDGE + "A guard had noticed the deck sagging ten minutes before it fell.", reference_time=REF)
    noticed = next(e for e in tl.events if e.text == "noticed")
    fell = next(e for e in tl.events if e.text == "fell")
    assert fell.eid in {a.target for a in noticed.anchors if str(a.relation) == "before"}
    assert noticed.likely_end is not None and noticed.likely_end <= dt.datetime(2026, 10, 10, 7)  # not the publication day


def test_a_participle_after_a_verb_of_no_perception_keeps_the_signal() -> None:
    tl = timeline.build(BRIDGE + "A guard had kept the crowd waiting ten minutes before it fell.", reference_time=REF)
    kept = next(e for e in tl.events if e.text == "kept")
    assert not any(str(a.relation) == "before" for a in kept.anchors)
