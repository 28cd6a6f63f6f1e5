"""Session s30 lead: what a reader of a rendered harbour story distrusted (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import event as _event  # the first event of a timeline with that word
from _timelines import likely_within_day


def test_a_verb_and_joins_inside_an_offset_clause_shares_its_day() -> None:
    # "three days after a gale tore ... and damaged": the gale damaged the ramp on Monday 23 Nov, not on the Thursday
    # the ferry resumed nor on the publication day (Friday 27 Nov 2026)
    tl = timeline.build("The ferry resumed sailings on Thursday, three days after a gale tore the vessel from its moorings "
                        "and damaged the loading ramp.", reference_time="2026-11-27")
    assert likely_within_day(_event(tl, "tore"), dt.date(2026, 11, 23))
    assert likely_within_day(_event(tl, "damaged"), dt.date(2026, 11, 23))


def test_a_verb_and_joins_after_an_unpunctuated_clause_still_follows_the_main_verb() -> None:
    # "arrived ten minutes after the alarm sounded and put out the fire": the crews put it out, after arriving
    tl = timeline.build("A kitchen fire broke out at a school in Corby on Monday. Crews arrived ten minutes after the alarm sounded "
                        "and put out the fire.", reference_time="2026-11-27")
    put = _event(tl, "put")
    assert put.likely_basis is not None and "arrived" in put.likely_basis
    assert likely_within_day(put, dt.date(2026, 11, 23))


def test_a_verb_joined_by_and_to_a_placed_verb_takes_no_guess_about_publication() -> None:
    # "collapsed ... and killed two workers": the killing is the collapse's, on Friday 6 Feb, not Tuesday's reopening
    tl = timeline.build("The dock reopened on Tuesday morning, four days after a crane collapsed onto a berth and killed two workers.",
                        reference_time="2026-02-10")
    assert likely_within_day(_event(tl, "collapsed"), dt.date(2026, 2, 6))
    assert likely_within_day(_event(tl, "killed"), dt.date(2026, 2, 6))


def test_an_event_ordered_before_the_next_step_still_continues_the_story() -> None:
    # "was pinned for six hours before being freed": both on the Tuesday the roof fell, not on the publication day
    tl = timeline.build("A barn roof fell in shortly before 5 a.m. on Tuesday. A farmhand was pinned under a beam for six hours "
                        "before being freed by firefighters.", reference_time="2026-11-27")
    assert likely_within_day(_event(tl, "pinned"), dt.date(2026, 11, 24))
    freed = _event(tl, "freed")
    assert freed.likely_start is not None and freed.likely_start.date() == dt.date(2026, 11, 24)


def test_the_span_a_superlative_is_measured_over_dates_no_event() -> None:
    # "the worst disaster in the river valley since 1998": 1998 is where the comparison starts, not the disaster
    tl = timeline.build("The flood is the worst disaster in the river valley since 1998.", reference_time="2026-11-27")
    disaster = _event(tl, "disaster")
    assert disaster.earliest_start is None
    assert not any(a.relation == "since" for a in disaster.anchors)


def test_before_a_time_that_ends_is_before_its_end() -> None:
    # "before the week ended": by the end of the week of 23-29 Nov 2026, not before the week began
    tl = timeline.build("The firm repaid the loan before the week ended.", reference_time="2026-11-27")
    repaid = _event(tl, "repaid")
    assert not any(a.relation == "before" and a.target.startswith("t") for a in repaid.anchors)
    assert any(a.relation == "by" for a in repaid.anchors)
    assert repaid.likely_start is not None and repaid.likely_start >= dt.datetime(2026, 11, 23)


def test_before_a_time_that_begins_orders_against_the_beginning_told() -> None:
    # "before the next financial year begins in April": before the April beginning, whatever the year's bounds
    tl = timeline.build("The authority must save 4.2 million pounds before the next financial year begins in April.",
                        reference_time="2026-11-27")
    save, begins = _event(tl, "save"), _event(tl, "begins")
    assert any(a.relation == "before" and a.target == begins.eid for a in save.anchors)


def test_a_guess_that_the_simple_past_started_before_the_past_perfect_is_dropped() -> None:
    # "... a consultation that had run since the spring. ... a debate that lasted three hours": the model's guess that
    # the debate (e1, simple past) started before the consultation (e2, past perfect) goes against the tenses
    from timeline.placement.learned import learned_facts
    from timeline.relations import PredictedRelation

    guess = [PredictedRelation("e1", "e2", "VAGUE", 0.3, "event-event", start_order="BEFORE", start_confidence=0.9)]
    real = {"e1": True, "e2": True}
    verbs = frozenset({"e1", "e2"})
    kept = learned_facts(guess, real, frozenset(), verbs)
    assert [f.relation for f in kept] == ["START_BEFORE"]  # with no tenses known the guess stands
    assert learned_facts(guess, real, frozenset(), verbs, told_back=frozenset({"e2"}), told_then=frozenset({"e1"})) == []
    after = [PredictedRelation("e2", "e1", "VAGUE", 0.3, "event-event", start_order="BEFORE", start_confidence=0.9)]
    assert [f.relation for f in learned_facts(after, real, frozenset(), verbs, told_back=frozenset({"e2"}), told_then=frozenset({"e1"}))] == ["START_BEFORE"]


def test_a_debate_told_after_a_flashback_stays_on_the_vote_s_day() -> None:
    # published Friday 27 Nov 2026; the vote and the debate before it were on Wednesday night, the consultation ran
    # from the spring
    text = ("The water board voted on Wednesday night to close two of its seven pumping stations, ending a review that had run "
            "since the spring. Members approved the plan by 9 votes to 4 after a debate that lasted almost three hours.")
    tl = timeline.build(text, reference_time="2026-11-27")
    debate = _event(tl, "lasted")
    assert debate.likely_start is not None and debate.likely_start >= dt.datetime(2026, 11, 24)


def test_what_follows_a_clock_time_in_its_sentence_lies_after_it_that_day() -> None:
    # "began at 6 p.m., and several were removed": after 6 p.m. on Wednesday 25 Nov, not inside the minute of 6 p.m.
    text = ("The council voted on Wednesday night to shut two libraries. The meeting began at 6 p.m., and several "
            "protesters were removed from the gallery when they shouted at the chairman.")
    tl = timeline.build(text, reference_time="2026-11-27")
    removed = _event(tl, "removed")
    assert removed.likely_start == dt.datetime(2026, 11, 25, 18)
    assert removed.likely_end is not None and removed.likely_end > dt.datetime(2026, 11, 25, 18, 30)
    assert removed.likely_end <= dt.datetime(2026, 11, 26)
