"""Session 62 (lead): behaviour found by reading timelines of stories written for the purpose (sentences are ours)."""

from __future__ import annotations

import datetime as dt

import timeline
from _timelines import day_of as _day, numbered_event as _event  # (shared test lookups)


def test_a_verb_after_a_relative_aside_on_its_subject_takes_the_tense_of_that_verb() -> None:
    # Tuesday 15 April 2031: "The museum opened to the public in September" is last September (2030-09); with a relative
    # aside between the subject and its verb it was read as a weak past and the month resolved ahead (2031-09); the same
    # aside before a timetable present ("end on Sunday") sent the Sunday back to the one gone (13 April) instead of 20 April
    (t,) = timeline.tag("The museum, which cost a lot, opened to the public in September.", reference_time="2031-04-15")
    assert t.value == "2030-09"
    (_, sunday) = timeline.tag("The talks, which began in March, end on Sunday.", reference_time="2031-04-15")
    assert sunday.value == "2031-04-20"


def test_a_bare_verb_after_and_shares_the_will_of_a_verb_told_with_a_clock_time() -> None:
    # Tuesday 15 April 2031: "will arrive ... at 10.30 a.m. and walk": the walking lies ahead on Thursday 17 April as the
    # arriving; the dots of "10.30 a.m." broke the shared verb group, and "walk" was read as a present at the publication day
    tl = timeline.build("The minister will open the new library on Thursday. She will arrive by train at 10.30 a.m. and walk "
                        "to the library.", reference_time="2031-04-15")
    walk = _event(tl, "walk")
    assert walk.tense == "FUTURE"
    assert _day(walk.likely_start) == dt.date(2031, 4, 17), walk


def test_a_time_clause_takes_up_a_verb_told_before_only_as_the_same_phrasal_verb() -> None:
    # Saturday 14 June 2031: "while it went on" is the strike going on (2 June for eleven days), not the nurses' going back
    # to work on Friday 13 June: nothing makes the postponing certain on that Friday
    tl = timeline.build("Nurses went back to work on Friday. The strike began on June 2 and lasted eleven days. Hundreds of "
                        "operations were postponed while it went on.", reference_time="2031-06-14")
    postponed = _event(tl, "postponed")
    assert postponed.earliest_start is None or postponed.earliest_start < dt.datetime(2031, 6, 13), postponed
    assert not any(r.certain and {r.source, r.target} == {_event(tl, "went", 1).eid, _event(tl, "went").eid} for r in tl.relations)


def test_a_past_perfect_done_in_a_session_a_year_dates_is_in_that_year() -> None:
    # Friday 21 November 2031: "had approved the deal in a closed session in 2022": the approving was done at that session,
    # in 2022 (it was left at the publication day: "in" before the occasion noun, a past perfect and a year's time were each
    # outside the rule of "admitted the theft at a hearing in September")
    tl = timeline.build("Councillors had approved the deal in a closed session in 2022.", reference_time="2031-11-21")
    approved = _event(tl, "approved")
    assert approved.likely_start is not None and approved.likely_end is not None, approved
    assert dt.datetime(2022, 1, 1) <= approved.likely_start and approved.likely_end <= dt.datetime(2023, 1, 1), approved
    tl = timeline.build("Councillors approved the deal at a closed session in March.", reference_time="2031-11-21")
    approved = _event(tl, "approved")
    assert _day(approved.likely_start) >= dt.date(2031, 3, 1) and approved.likely_end <= dt.datetime(2031, 4, 1), approved


def test_an_undated_would_a_dated_report_tells_lies_after_the_report_not_at_publication() -> None:
    # Tuesday 11 November 2031: "said Monday it would cut 900 jobs and close its plant": the cutting lies after Monday's
    # report, within months (it was put on the publication day, read as a past event from its learned relation); "close"
    # shares the "would" across "and" and is a reported plan too (it was read as a mere supposition, never placed)
    tl = timeline.build("The steelmaker said Monday it would cut 900 jobs and close its plant in Wexley.", reference_time="2031-11-11")
    cut, close = _event(tl, "cut"), _event(tl, "close")
    assert cut.likely_start is not None and cut.likely_end is not None, cut
    assert cut.likely_start >= dt.datetime(2031, 11, 11), cut
    assert cut.likely_end > dt.datetime(2031, 11, 12), cut  # not squeezed into the publication day
    assert close.real and close.likely_start is not None and close.likely_start >= dt.datetime(2031, 11, 11), close
    # Wednesday 12 November 2031: with a deadline on the second verb the learned relation put "cut" before publication
    tl = timeline.build("Harlow Steel said Tuesday it would cut 900 jobs and close its plant by the end of next year.",
                        reference_time="2031-11-12")
    cut = _event(tl, "cut")
    assert cut.likely_start is not None and cut.likely_start >= dt.datetime(2031, 11, 12), cut
    assert cut.likely_end is not None and cut.likely_end > dt.datetime(2031, 11, 13), cut


def test_what_a_document_says_takes_the_time_an_aside_gives_for_its_publication() -> None:
    # Friday 21 November 2031: "The review, published last Thursday, found ...": the finding is the review's, on Thursday
    # 20 November (it was put on the publication day: an aside set off by commas lent its time to nothing after it); a
    # relative aside of publishing does the same ("which was released in October": the showing in October 2031)
    tl = timeline.build("The review, published last Thursday, found that the council had paid too much for the land.",
                        reference_time="2031-11-21")
    assert _day(_event(tl, "found").likely_start) == dt.date(2031, 11, 20)
    tl = timeline.build("The audit, which was released in October, showed that the council had overspent.", reference_time="2031-11-21")
    showed = _event(tl, "showed")
    assert showed.likely_start is not None and showed.likely_end is not None, showed
    assert dt.datetime(2031, 10, 1) <= showed.likely_start and showed.likely_end <= dt.datetime(2031, 11, 1), showed
    # an aside of another making keeps the noun's past to itself: the finding is not dated by the commissioning
    tl = timeline.build("The review, commissioned in 2029, found that the council had paid too much.", reference_time="2031-11-21")
    assert _event(tl, "found").likely_start >= dt.datetime(2031, 1, 1)
