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


def test_a_verb_told_as_not_done_between_two_steps_does_not_break_their_sequence() -> None:
    # Monday 17 March 2031: "noticed payments he did not recognise and called the
    # police": the calling follows the noticing, in August 2030 (the negated "recognise" between them broke the pair, and
    # the calling fell to the publication day)
    tl = timeline.build("She was caught in August 2030 when her client's son noticed payments he did not recognise and called the "
                        "police.", reference_time="2031-03-17")
    called = _event(tl, "called")
    assert called.likely_start is not None and called.likely_end is not None, called
    assert dt.datetime(2030, 8, 1) <= called.likely_start and called.likely_end <= dt.datetime(2030, 9, 1), called


def test_within_hours_counts_from_a_step_of_the_story_not_from_a_relative_aside() -> None:
    # Monday 10 March 2031: "accepted his resignation within hours" counts from Saturday's story (8 March), not from the
    # electing of the aside "who was first elected in 2010" (it was put on 1 January 2011)
    tl = timeline.build("The minister resigned on Saturday. Pryce, who was first elected in 2010, denied any wrongdoing. The prime "
                        "minister accepted his resignation within hours.", reference_time="2031-03-10")
    assert _day(_event(tl, "accepted").likely_start) == dt.date(2031, 3, 8)


def test_a_report_a_vague_length_before_a_day_is_told_within_that_window() -> None:
    # Monday 10 March 2031: "resigned on Saturday, days after a newspaper revealed": the revealing ends one to nine days
    # before Saturday 8 March (certain) and, a report, lasts at most a day: its likely start is no more than a day before
    # that window (it reached back a year, after the learned order with the past perfect it tells)
    tl = timeline.build("Transport minister Alan Pryce resigned on Saturday, days after a newspaper revealed he had claimed "
                        "thousands of pounds for a second home he rarely used. Pryce, who was first elected in 2010, denied any "
                        "wrongdoing but said the row had become a distraction.", reference_time="2031-03-10")
    revealed = _event(tl, "revealed")
    assert revealed.likely_start is not None and revealed.likely_start >= dt.datetime(2031, 2, 26), revealed
    assert revealed.likely_end is not None and revealed.likely_end <= dt.datetime(2031, 3, 7), revealed


def test_a_time_gone_before_the_publication_day_dates_no_will() -> None:
    # Thursday 23 October 2031: "will pay $41 a share, a premium to the closing price on Tuesday": the paying lies ahead;
    # Tuesday 21 October is the price's day (the link made the paying certain on that Tuesday, dropping its "will")
    tl = timeline.build("Halden will pay $41 a share, a 28 percent premium to Brennan's closing price on Tuesday.", reference_time="2031-10-23")
    pay = _event(tl, "pay")
    assert pay.earliest_start is None or pay.earliest_start >= dt.datetime(2031, 10, 23), pay
    assert pay.likely_start is not None and pay.likely_start >= dt.datetime(2031, 10, 23), pay
    # a "will" on the publication day itself keeps its time
    tl = timeline.build("The board will hold a vote today.", reference_time="2031-10-23")
    assert _day(_event(tl, "hold").likely_start) == dt.date(2031, 10, 23)


def test_a_total_counted_since_a_time_gives_no_gap_soon_after_it() -> None:
    # Thursday 6 November 2031: "bringing the total since the outbreak began in late September to 61": the total is
    # counted over the span since then; the bringing is no step soon after the outbreak began (it was put in late
    # September, "most likely began soon after")
    tl = timeline.build("Health officials confirmed 14 new cases of measles on Wednesday, bringing the total since the outbreak began "
                        "in late September to 61.", reference_time="2031-11-06")
    bringing = _event(tl, "bringing")
    assert bringing.likely_start is not None and bringing.likely_start >= dt.datetime(2031, 11, 5), bringing
