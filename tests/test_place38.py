"""Session 38, helper place: a follow-up's "a day after" clause with a long subject, a second report joined to a dated
one, a price move in a dated market session, "the company" going on with the lead's report, and a verb told in sequence
after one a gap dates (sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

from timeline import build

from _timelines import event


def _inside(e, begin: dt.datetime, end: dt.datetime) -> bool:
    return (e.likely_start is not None and e.likely_end is not None
            and begin <= e.likely_start.replace(tzinfo=None) and e.likely_end.replace(tzinfo=None) <= end)


def test_a_day_after_a_clause_with_a_long_subject_dates_it_the_day_before() -> None:
    # published Friday 13 Nov 2026: the wall fell on Wednesday, the day before the road closed
    tl = build("Police closed the coast road on Thursday, a day after part of the sea wall fell into the bay.",
               reference_time="2026-11-13")
    assert _inside(event(tl, "closed"), dt.datetime(2026, 11, 12), dt.datetime(2026, 11, 13))
    assert _inside(event(tl, "fell"), dt.datetime(2026, 11, 11), dt.datetime(2026, 11, 12))
    # no length before the signal: a role after a comma ("as interim chair and said") is no clause the comma sets off
    tl = build("The board named its treasurer, Ann Cole, as interim chair and said on Monday it would hire a new chief.",
               reference_time="2026-11-13")
    assert not any(a.relation.value == "during" and a.target == event(tl, "said").eid for a in event(tl, "named").anchors)


def test_the_verb_joined_to_a_gap_dated_one_keeps_its_day() -> None:
    # published Friday 13 Nov 2026: the wall fell on Wednesday and blocked the road then, not on Thursday
    tl = build("Police closed the coast road on Thursday, a day after part of the sea wall fell into the bay and blocked "
               "the harbour entrance.", reference_time="2026-11-13")
    assert _inside(event(tl, "blocked"), dt.datetime(2026, 11, 11), dt.datetime(2026, 11, 12))


def test_a_report_joined_to_a_dated_report_is_said_at_its_time() -> None:
    # published Friday 13 Nov 2026: the council announced and said on Tuesday, not on the publication day
    tl = build("The council announced his death on Tuesday and said he had served the town for 30 years.",
               reference_time="2026-11-13")
    assert _inside(event(tl, "announced"), dt.datetime(2026, 11, 10), dt.datetime(2026, 11, 11))
    assert _inside(event(tl, "said"), dt.datetime(2026, 11, 10), dt.datetime(2026, 11, 11))
    # after a told clause the second report is no part of the dated one
    tl = build("The club said on Tuesday that the ground was sold and added that the team would move.", reference_time="2026-11-13")
    assert not _inside(event(tl, "added"), dt.datetime(2026, 11, 10), dt.datetime(2026, 11, 11))


def test_a_price_move_in_a_dated_market_session_lies_in_its_day() -> None:
    # published Friday 13 Nov 2026: the shares fell in Thursday's trading (the sentence's plan ahead is no time of it)
    tl = build("The miner will announce a new plan in January, and its shares slumped 9 percent in Thursday's trading.",
               reference_time="2026-11-13")
    assert _inside(event(tl, "slumped"), dt.datetime(2026, 11, 12), dt.datetime(2026, 11, 13))
    tl = build("The miner cut its output forecast. Its shares slumped 9 percent in early trading on Wednesday.",
               reference_time="2026-11-13")
    assert _inside(event(tl, "slumped"), dt.datetime(2026, 11, 11), dt.datetime(2026, 11, 12))


def test_the_company_goes_on_with_the_lead_report() -> None:
    # published Friday 13 Nov 2026: the results were reported with Thursday's statement
    tl = build("Harlow Mining said on Thursday that its profit halved in the third quarter.\n\n"
               "The company reported sales of 300 million dollars for the three months to September.",
               reference_time="2026-11-13")
    assert _inside(event(tl, "reported"), dt.datetime(2026, 11, 12), dt.datetime(2026, 11, 13))


def test_a_happening_told_again_in_other_words_takes_its_time() -> None:
    # published Friday 13 Nov 2026: the lorry struck the boy in March, when the lead's "hit" happened, not on Thursday
    tl = build("A lorry driver who hit and injured a boy in March was fined on Thursday.\n\n"
               "Paul Reed struck the boy at a crossing near his school.", reference_time="2026-11-13")
    assert _inside(event(tl, "struck"), dt.datetime(2026, 3, 1), dt.datetime(2026, 4, 1))
