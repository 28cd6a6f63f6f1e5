"""Session 61 (lead): behaviour found by reading timelines of stories written for the purpose (sentences are ours)."""

from __future__ import annotations

import datetime as dt

import timeline
from _timelines import day_of as _day, numbered_event as _event  # (shared test lookups)


def test_a_verb_done_in_a_statement_or_an_interview_takes_its_time() -> None:
    # Monday 16 June 2031: the statement is "the next day" after Thursday 12 June, Friday 13 June; the announcing was done
    # in it (was left at the publication day); the same for "confirmed ... in an interview on Friday"
    tl = timeline.build("Two ministers called for his removal on Thursday, and he announced his decision in a brief statement "
                        "the next day.", reference_time="2031-06-16")
    assert _day(_event(tl, "announced").likely_start) == dt.date(2031, 6, 13)
    assert _day(_event(tl, "announced").likely_end - dt.timedelta(minutes=1)) == dt.date(2031, 6, 13)
    tl = timeline.build("The coach confirmed his plans in a radio interview on Friday.", reference_time="2031-06-16")
    assert _day(_event(tl, "confirmed").likely_start) == dt.date(2031, 6, 13)



def test_a_report_told_in_the_past_perfect_is_over_before_the_report_that_tells_it() -> None:
    # Monday 16 June 2031: "had claimed" (which the tagger reads as a report before "travel bills") lay before the
    # newspaper's report of last month, not at the publication day
    tl = timeline.build("A newspaper reported last month that the councillor had claimed travel bills for trips he never made.",
                        reference_time="2031-06-16")
    claimed = _event(tl, "claimed")
    assert claimed.likely_end is not None and claimed.likely_end <= dt.datetime(2031, 6, 1), claimed
    # said on Friday 13 June that he had warned them: the warning before that Friday
    tl = timeline.build("The mayor said on Friday that he had warned the council about the bridge.", reference_time="2031-06-16")
    warned = _event(tl, "warned")
    assert warned.likely_end is not None and warned.likely_end <= dt.datetime(2031, 6, 13), warned
    # a report in the simple past with no time of its own is still at the publication day
    tl = timeline.build("The councillor denied the claims, his lawyer said.", reference_time="2031-06-16")
    assert _day(_event(tl, "said").likely_start) == dt.date(2031, 6, 16)
