"""Lead, thirty-sixth session: events a reader would date, found by building new articles.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import only_event as _event  # the one event of a timeline with that word


def test_an_irregular_participle_after_and_shares_the_passive_before_it() -> None:
    """"was released on Monday and flown to Rome": "flown" shares "was", so it is a past event told right after the
    release (Monday 9 March, the report on Tuesday 10 March), not a present tense left undated."""
    tl = timeline.build("The engineer was released on Monday and flown to Rome, the ministry said on Tuesday.",
                        reference_time="2026-03-10")
    flown = _event(tl, "flown")
    assert flown.tense == "PAST"
    assert flown.likely_start is not None and flown.likely_end is not None
    assert dt.datetime(2026, 3, 9) <= flown.likely_start and flown.likely_end <= dt.datetime(2026, 3, 10)
    assert flown.latest_start is not None and flown.latest_start <= dt.datetime(2026, 3, 11)


def test_a_bare_irregular_participle_is_past_but_a_base_form_stays_present() -> None:
    """A reduced relative ("the van stolen from the depot") is a past act; "come" and "cut" are also present forms."""
    tl = timeline.build("The van stolen from the depot was found on Friday.", reference_time="2026-03-10")
    assert _event(tl, "stolen").tense == "PAST"
    assert _event(timeline.build("Buyers come to the market every week.", reference_time="2026-03-10"), "come").tense == "PRESENT"


def _timex(text: str, reference: str, words: str) -> timeline.Timex:
    return next(t for t in timeline.tag(text, reference_time=reference) if t.text == words)


def test_a_month_after_since_a_year_is_not_that_years() -> None:
    """"had worked there since 2019 and returned in December": the span runs from 2019 to the story's time, so the
    December is the last one before publication (10 March 2026), not December 2019; a plain year still lends its own."""
    assert _timex("She had worked in the valley since 2019 and returned there in December.", "2026-03-10", "December").value == "2025-12"
    assert _timex("She moved to the valley in 2019 and returned there in December.", "2026-03-10", "December").value == "2019-12"


def test_an_after_clause_past_an_event_noun_the_verb_happens_in_orders_the_verb() -> None:
    """"finished second in the race last year after falling": the falling came before the finishing, in that year
    (not left anywhere between the year's start and the publication day)."""
    tl = timeline.build("She finished second in the race last year after falling at a water station.", reference_time="2026-05-03")
    falling, finished = _event(tl, "falling"), _event(tl, "finished")
    assert any(r.source == finished.eid and r.target == falling.eid and r.relation == "AFTER"
               or r.source == falling.eid and r.target == finished.eid and r.relation == "BEFORE" for r in tl.relations)
    assert falling.likely_end is not None and falling.likely_end <= dt.datetime(2026, 1, 1)
    # a time of its own after the noun ("in the final on Sunday after ..."): the noun is what the signal orders, and the
    # verb keeps the discourse's Sunday rather than an open stretch after Friday
    tl = timeline.build("The champion will face her sister in the final on Sunday after both won their semi-finals on Friday.",
                        reference_time="2026-10-07")
    face = _event(tl, "face")
    assert face.likely_start is not None and face.likely_end is not None
    assert dt.datetime(2026, 10, 11) <= face.likely_start and face.likely_end <= dt.datetime(2026, 10, 12)


def test_an_ing_form_after_to_is_no_infinitive() -> None:
    """"gave priority to finding survivors": "to" is a preposition there, so "finding" is no intention left unplaced;
    "promised to bring" (a verb that only ends in -ing) stays an infinitive."""
    tl = timeline.build("Rescuers gave priority to finding survivors after the quake on Friday.", reference_time="2026-03-10")
    finding = _event(tl, "finding")
    assert finding.tense != "INFINITIVE" and not finding.hypothetical_clause
    assert finding.likely_start is not None
    assert _event(timeline.build("The mayor promised to bring the culprits to court.", reference_time="2026-03-10"), "bring").tense == "INFINITIVE"


def test_a_future_word_of_another_time_is_no_tense_of_the_clause() -> None:
    """"approved its budget for next year on Tuesday" (said on Saturday 19 December 2009): "next" belongs to "next year",
    the clause is past, so Tuesday is the 15th; with "will" it is the 22nd, and "the next meeting is on Tuesday" too."""
    assert _timex("The council approved its budget for next year on Tuesday.", "2009-12-19", "Tuesday").value == "2009-12-15"
    assert _timex("The council approved a plan for the coming weeks on Monday.", "2009-12-19", "Monday").value == "2009-12-14"
    assert _timex("The council will approve its budget for next year on Tuesday.", "2009-12-19", "Tuesday").value == "2009-12-22"
    assert _timex("The next meeting is on Tuesday.", "2009-12-19", "Tuesday").value == "2009-12-22"


def test_a_recurring_word_before_a_noun_makes_no_habit() -> None:
    """"the conditions he faces in his daily life": "daily" describes the life, so "lack" is a state said now, placed;
    "The ferry sails daily" is a habit (not placed), as before."""
    tl = timeline.build("Officials said on Tuesday they lack information about the conditions he faces in his daily life.",
                        reference_time="2026-03-10")
    lack = _event(tl, "lack")
    assert not lack.generic and lack.likely_start is not None
    assert _event(timeline.build("The ferry sails daily to the island.", reference_time="2026-03-10"), "sails").generic
