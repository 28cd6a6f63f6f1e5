"""Events placed (issue 10), session s21.  Sentences written for these tests.

A phrase after an interjected ", the board said," orders the verb the interjection interrupts,
not the saying (anchoring/signals.py ``_interjected_teller``).  A bare noun of a synonym group
right after a signal ("nine minutes after liftoff") takes up the happening told before, and
"lifted off" tells a liftoff (lexicon ``same_kind``, ``verb_kinds``: anchoring/events.py
``_coreference_links``).  "ahead" is a signal only with "of" ("let the regatta go ahead the next
morning"; lexicon ``signal_objects``: anchoring/cues.py ``_signal_before``), and "until" orders a
told verb across a long object ("kept the ponies calm with hay and blankets until a trailer
arrived"; lexicon ``far_signals``: anchoring/signals.py ``_event_links``).  An event longer than the
clock time of the discourse it continues begins in that time ("jammed at about 7 p.m., trapping six
shoppers for five hours": placement/facts.py ``convention_facts``).  A signal with a name between it
and the time takes the name ("brought a generator from Corrin the next day": anchoring/cues.py
``_signal_before``).  A perception verb perceived the participle describing its object while it
went on ("heard metal scraping": anchoring/clause_links.py ``_perceived_links``).  A sentence whose
first verb a measured short gap orders after another ("rose about twenty minutes after the crew
inflated the bags") still carries on the day told before (pipeline ``_MEASURED_STEP``).  "waited
for the evening tide" ends then (lexicon ``awaiting_verbs``: anchoring/times.py)."""

from __future__ import annotations

import datetime as dt

import timeline
from _timelines import event as _event, stated_before as _before, likely_within_day as _within_day

REF = "2026-04-17"  # a Friday; Monday is the 13th, Tuesday the 14th, Wednesday the 15th, Thursday the 16th


def _build(text: str) -> timeline.Timeline:
    return timeline.build(text, reference_time=REF)


def test_a_gap_after_an_interjected_reporting_clause_counts_from_the_verb_before_it() -> None:
    tl = _build("Voters in Marlow elected a new mayor on Thursday, officials said, nine days after the old council collapsed.")
    collapsed = _event(tl, "collapsed")
    assert _within_day(collapsed, dt.date(2026, 4, 7))  # nine days before the election, not before the saying
    assert any(a.relation == "after" and a.target == collapsed.eid for a in _event(tl, "elected").anchors)


def test_a_bare_noun_after_a_signal_takes_up_the_happening_told_before() -> None:
    tl = _build("A probe lifted off from the coastal range on Tuesday morning, the agency said on Friday. The first stage "
                "dropped away two minutes after liftoff, and spectators who had watched the launch from a beach cheered.")
    lifted = _event(tl, "lifted")
    assert any(a.relation == "simultaneous" and a.target == lifted.eid for a in _event(tl, "liftoff").anchors)
    assert _within_day(_event(tl, "dropped"), dt.date(2026, 4, 14))  # Tuesday, two minutes after the lift-off
    assert _within_day(_event(tl, "launch"), dt.date(2026, 4, 14))  # "the launch": the same lift-off
    assert _before(tl, "lifted", "dropped")


def test_a_bare_noun_with_no_kind_told_before_stays_its_own() -> None:
    tl = _build("Fans waited outside the stadium on Tuesday. The gates opened an hour after kickoff on Wednesday.")
    assert not any(a.relation == "simultaneous" for a in _event(tl, "kickoff").anchors)


def test_ahead_without_of_is_no_signal_before_the_time() -> None:
    tl = _build("Gales closed the harbour on Saturday. The stewards let the regatta go ahead the next morning.")
    go = _event(tl, "go")
    assert not any(a.relation == "before" for a in go.anchors)  # "go ahead": no "ahead of" the morning
    assert any(a.relation == "during" and a.evidence == "the next morning" for a in go.anchors)
    assert _within_day(go, dt.date(2026, 4, 12))  # Sunday


def test_ahead_of_a_time_still_puts_the_event_before_it() -> None:
    tl = _build("Crews cleared the course ahead of Sunday, the stewards said.")
    assert any(a.relation == "before" for a in _event(tl, "cleared").anchors)


def test_until_orders_a_verb_across_a_long_object() -> None:
    tl = _build("Neighbours called the police early on Monday. Volunteers kept the stranded ponies calm with hay and blankets "
                "until a trailer arrived that evening.")
    kept, arrived = _event(tl, "kept"), _event(tl, "arrived")
    assert any(a.relation == "before" and a.target == arrived.eid for a in kept.anchors)
    assert _within_day(kept, dt.date(2026, 4, 13))  # Monday, before the trailer came that evening


def test_an_event_longer_than_its_sentences_clock_time_begins_in_it() -> None:
    tl = _build("A lift jammed between floors at about 7 p.m. on Tuesday, trapping six shoppers for five hours, the mall said on Friday.")
    trapping = _event(tl, "trapping")
    assert trapping.likely_start is not None and trapping.likely_end is not None
    assert dt.datetime(2026, 4, 14, 18) <= trapping.likely_start.replace(tzinfo=None) <= dt.datetime(2026, 4, 14, 20)  # begins at the jam
    assert trapping.likely_end - trapping.likely_start >= dt.timedelta(hours=5)  # and lasts its five hours


def test_a_signal_before_a_name_does_not_govern_the_time_after_the_name() -> None:
    tl = _build("Storms cut the island's ferry on Monday. Engineers brought a spare generator from Corrin the next day.")
    brought = _event(tl, "brought")
    assert not any(a.relation == "starts_in" for a in brought.anchors)  # "from Corrin": a place, not "from the next day on"
    assert _within_day(brought, dt.date(2026, 4, 14))


def test_a_signal_right_before_the_time_still_governs_it() -> None:
    tl = _build("The ferry has sailed from the harbour since Monday, the council said.")
    assert any(a.relation == "since" or a.relation == "starts_in" for a in _event(tl, "sailed").anchors)


def test_a_participle_describing_what_a_verb_perceived_happened_then() -> None:
    tl = _build("Thieves raided a jeweller in Brill late on Tuesday. A cleaner heard metal scraping and phoned the police.")
    scraping, heard = _event(tl, "scraping"), _event(tl, "heard")
    assert any(a.relation == "during" and a.target == scraping.eid for a in heard.anchors)
    assert _within_day(scraping, dt.date(2026, 4, 14))  # with the hearing, Tuesday; not some time in three months


def test_a_sentence_ordered_by_a_measured_short_gap_carries_on_the_day_told_before() -> None:
    tl = _build("Divers reached the sunken barge on Wednesday afternoon. "
                "The barge rose to the surface about twenty minutes after the crew inflated the lifting bags.")
    rose, inflated = _event(tl, "rose"), _event(tl, "inflated")
    assert _within_day(rose, dt.date(2026, 4, 15))  # Wednesday, the day told before; not the publication day
    assert _within_day(inflated, dt.date(2026, 4, 15))
    assert _before(tl, "inflated", "rose")


def test_waiting_for_a_time_ends_then() -> None:
    tl = _build("A ferry lost its rudder off Stenna on Tuesday morning. The crew waited for the evening tide and sailed into port at dusk.")
    waited = _event(tl, "waited")
    assert any(a.relation == "until" for a in waited.anchors)  # it ended as the evening came; it did not lie in it
    assert not any(a.relation == "during" and a.evidence.endswith("the evening") for a in waited.anchors)
    assert _within_day(waited, dt.date(2026, 4, 14))
