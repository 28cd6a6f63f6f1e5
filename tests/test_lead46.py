"""Session 46, lead: where events sit (sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

from timeline import build


def _event(tl, word):  # type: ignore[no-untyped-def]
    return next(e for e in tl.events if e.text == word)


def test_a_request_with_its_object_before_the_act_was_made_at_a_past_time() -> None:
    """ "asked for it to be demolished last year", "urged the council to reopen the road last week": the asking is dated
    by the past time, the act asked for may never have come (lexicon directive_verbs, pattern directed_infinitive)."""
    tl = build("Local councillors had asked for the mill to be demolished last year.", reference_time="2026-11-18")
    asked = _event(tl, "asked")
    assert (asked.earliest_start, asked.latest_end) == (dt.datetime(2025, 1, 1), dt.datetime(2026, 1, 1))
    tl = build("Residents urged the council to reopen the ferry road last week.", reference_time="2026-11-18")
    urged = _event(tl, "urged")
    assert (urged.earliest_start, urged.latest_end) == (dt.datetime(2026, 11, 9), dt.datetime(2026, 11, 16))


def test_a_request_for_an_act_at_a_time_ahead_is_not_dated_by_it() -> None:
    """A time ahead is the act's: the urging is not next week (it has been told, so it is past)."""
    tl = build("Residents urged the council to reopen the ferry road next week.", reference_time="2026-11-18")
    urged, reopen = _event(tl, "urged"), _event(tl, "reopen")
    assert urged.earliest_start is None or urged.earliest_start < dt.datetime(2026, 11, 23)
    assert not any(a.target.startswith("t") for a in urged.anchors)
    assert reopen.earliest_start == dt.datetime(2026, 11, 23)


def test_a_present_verb_of_expecting_right_before_a_time_ahead_is_not_dated_by_it() -> None:
    """ "which officials expect by the end of next week": the time is what is awaited (lexicon expecting_now_verbs); the
    expecting is now.  A verb of expecting with a noun object between keeps handing the time to the noun."""
    tl = build("The inquiry will open once the pier is safe, which engineers expect by the end of next week.",
               reference_time="2026-11-18")
    expect = _event(tl, "expect")
    assert not any(a.target.startswith("t") for a in expect.anchors)
    assert expect.likely_start is not None and expect.likely_start < dt.datetime(2026, 11, 23)
    tl = build("Engineers expect repairs to the pier by Friday.", reference_time="2026-11-18")
    repairs = _event(tl, "repairs")
    assert repairs.likely_end is not None and repairs.likely_end <= dt.datetime(2026, 11, 21)


def test_an_event_noun_after_through_in_a_phrase_of_a_dated_verb_takes_its_time() -> None:
    """ "took the lead in the 12th minute through a free kick" after a Tuesday-night lead (published Wednesday): the kick
    is the taking's, Tuesday night, not the publication day (lexicon pattern phrase_noun)."""
    text = ("Westhaven reached the final on Tuesday night with a 3-2 win over Dunmore. "
            "Dunmore took the lead in the ninth minute through a free kick.")
    tl = build(text, reference_time="2026-11-25")
    kick = _event(tl, "kick")
    assert kick.likely_start is not None and kick.likely_end is not None
    assert dt.datetime(2026, 11, 24) <= kick.likely_start and kick.likely_end <= dt.datetime(2026, 11, 25)
