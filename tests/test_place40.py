"""Session 40, helper place: a roundup's later paragraph is no step of a run of days; "called off" a planned act is done
at its time; a causing participle with a figure in its object; a past report lends nothing to a clause told ahead; an
infinitive's gap after a comma is its head verb's; a correction note is page furniture (sentences written for these
tests)."""
from __future__ import annotations

import datetime as dt

from timeline import build

from _timelines import event


def _inside(e, begin: dt.datetime, end: dt.datetime) -> bool:
    return (e.likely_start is not None and e.likely_end is not None
            and begin <= e.likely_start.replace(tzinfo=None) and e.likely_end.replace(tzinfo=None) <= end)


def _value(tl, text: str) -> str:
    return next(t.value for t in tl.timexes if t.text == text)


def test_a_later_paragraph_days_back_is_no_next_step_of_a_run() -> None:
    # published Thursday 12 March 2026: "early on Thursday" is the publication day; Monday, told next for another town,
    # is four days after the Thursday before, no step of a run of days told on to Wednesday
    tl = build("Ice closed the coast road on Wednesday, and lorries queued for hours before gritters cleared it early on "
               "Thursday.\n\nIn Marsh End, a water main burst on Monday and cut supply to 200 homes.", reference_time="2026-03-12")
    assert _value(tl, "early on Thursday") == "2026-03-12"
    # a run of days one apart still looks back (published Friday 10 April 2026)
    tl = build("The sailor was rescued on Sunday. She set off on Friday morning. The wind rose on Saturday night.",
               reference_time="2026-04-10")
    assert _value(tl, "Friday morning") == "2026-04-03TMO"


def test_called_off_a_planned_act_is_done_at_the_time_after_it() -> None:
    # published Thursday 12 March 2026: the calling off was on Tuesday 10th
    tl = build("The dockers' union called off a planned walkout on Tuesday after the port raised its pay offer.",
               reference_time="2026-03-12")
    assert _inside(event(tl, "called"), dt.datetime(2026, 3, 10), dt.datetime(2026, 3, 11))


def test_a_causing_participle_with_a_figure_in_its_object_shares_the_infinitive_time() -> None:
    # published Monday 9 March 2026: the forcing was early on Monday, not in the night before
    tl = build("Floodwater rose through the night, forcing 1,200 residents to leave their homes early on Monday.",
               reference_time="2026-03-09")
    assert _inside(event(tl, "forcing"), dt.datetime(2026, 3, 9), dt.datetime(2026, 3, 10))


def test_a_past_report_takes_no_time_from_a_clause_told_ahead() -> None:
    # published Wednesday 15 July 2026: the minister spoke before September; the return is on 8 September
    tl = build("The minister said more cuts were likely when parliament returns on September 8.", reference_time="2026-07-15")
    said = event(tl, "said")
    assert said.likely_end is not None and said.likely_end.replace(tzinfo=None) <= dt.datetime(2026, 7, 16)


def test_a_gap_after_an_infinitive_measures_its_head_verb() -> None:
    # published Friday 13 March 2026: the agreeing was on Friday 13th, the failing about a week before it
    tl = build("The two clubs agreed on Friday to replay the match, a week after floodlights failed at the ground.",
               reference_time="2026-03-13")
    failed = event(tl, "failed")
    assert failed.likely_end is not None and failed.likely_end.replace(tzinfo=None) <= dt.datetime(2026, 3, 8)


def test_a_correction_note_is_page_furniture() -> None:
    # published Friday 13 March 2026: the wrong day a correction quotes dates nothing of the story
    tl = build("The inquiry into the ferry fire opened on Tuesday in Harwick.\n\nCorrection: An earlier version of this "
               "article said the inquiry began on Monday.", reference_time="2026-03-13")
    assert not [e for e in tl.events if e.text == "began"]
    assert _inside(event(tl, "opened"), dt.datetime(2026, 3, 10), dt.datetime(2026, 3, 11))


def test_a_dated_relative_aside_places_no_undated_warning_around_it() -> None:
    # published Thursday 12 March 2026: the warning is told undated (the publication day), not on the gale's Saturday
    tl = build("The coast road was closed on March 2.\n\nForecasters warned that the gale, which began on Saturday, would not "
               "blow itself out before Friday.", reference_time="2026-03-12")
    assert _inside(event(tl, "warned"), dt.datetime(2026, 3, 12), dt.datetime(2026, 3, 13))


def test_an_infinitive_a_causing_participle_makes_happen_is_real_past_a_figure() -> None:
    # published Monday 9 March 2026: the comma of "2,500" is no clause break: the residents did leave, on Monday
    tl = build("The river burst its banks overnight, forcing 2,500 residents to leave their homes early on Monday.",
               reference_time="2026-03-09")
    leave = event(tl, "leave")
    assert leave.real
    assert _inside(leave, dt.datetime(2026, 3, 9), dt.datetime(2026, 3, 10))


def test_a_happening_noun_with_a_hyphened_particle_is_an_event() -> None:
    # "stand-off", "pile-up" are happenings (lexicon happening_compounds); the models leave them out
    tl = build("Police ended a stand-off with a gunman on Tuesday. A pile-up on the ring road closed two lanes.",
               reference_time="2026-03-12")
    assert [e.text for e in tl.events if "-" in e.text] == ["stand-off", "pile-up"]


def test_a_time_after_a_place_phrase_dates_the_signal_object_noun() -> None:
    # published Monday 9 March 2026: the break-in was on Saturday night; the closing of the shop was not
    tl = build("The shop stayed shut on Sunday after a break-in at its warehouse in Dunmore on Saturday night.",
               reference_time="2026-03-09")
    assert _inside(event(tl, "break-in"), dt.datetime(2026, 3, 7, 12), dt.datetime(2026, 3, 8))
    assert _inside(event(tl, "shut"), dt.datetime(2026, 3, 8), dt.datetime(2026, 3, 9))


def test_a_past_perfect_warning_keeps_the_guide_of_its_dated_aside() -> None:
    # published Tuesday 8 December 2026: "had warned" looks back; it is not put on the publication day after the collapse
    tl = build("A wall collapse at the Dunmore depot forced the firm to stop deliveries on Monday. The wall fell shortly after "
               "heavy rain overnight. Surveyors, who inspected the depot in September, had warned that the wall needed repair.",
               reference_time="2026-12-08")
    warned = event(tl, "warned")
    assert warned.likely_start is not None and warned.likely_start.replace(tzinfo=None) < dt.datetime(2026, 12, 7)
