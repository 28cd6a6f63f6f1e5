"""Session 32, helper place: events of news stories placed on their likely day (sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

from timeline import build

from _timelines import event, likely_within_day


def test_a_when_clause_on_a_comparison_base_does_not_date_the_change() -> None:
    # published Monday 14 Sep 2026: the sales fell this year; the league was won a year before
    tl = build("Rovers lost 2-1 at home on Saturday. Season ticket sales fell 20 percent from a year earlier, when the club won the league.",
               reference_time="2026-09-14")
    fell, won = event(tl, "fell"), event(tl, "won")
    assert won.likely_start is not None and won.likely_end is not None
    assert dt.datetime(2025, 1, 1) <= won.likely_start and won.likely_end <= dt.datetime(2026, 1, 1)
    assert fell.likely_start is not None and fell.likely_start >= dt.datetime(2026, 1, 1)
    assert not any(a.target == won.eid for a in fell.anchors)


def test_a_time_a_cause_verb_names_does_not_date_the_verb() -> None:
    # published Tuesday 10 Mar 2026: the resorts blamed the winter on Monday; the winter is the cause, not when they blamed it
    tl = build("Ski resorts in the Alps reported their worst season in a decade on Monday, blaming a mild winter for the lack of snow.",
               reference_time="2026-03-10")
    assert likely_within_day(event(tl, "blaming"), dt.date(2026, 3, 9))
    tl = build("A wet summer was blamed for the poor potato harvest.", reference_time="2026-11-20")
    blamed = event(tl, "blamed")
    assert blamed.likely_start is not None and blamed.likely_start >= dt.datetime(2026, 9, 1)
    # a time with a signal is when the blaming was done
    tl = build("Council officials blamed the flooding on Sunday on a blocked drain.", reference_time="2026-07-02")
    assert likely_within_day(event(tl, "blamed"), dt.date(2026, 6, 28))


_RESCUE = ("A fisherman missing at sea was rescued on Tuesday afternoon, the coastguard said.\n\n"
           "He set out from Whitby on Saturday. His wife raised the alarm on Sunday when he did not come back.{gap}"
           "A lifeboat crew pulled him from the water. He was flown to hospital in Middlesbrough.")


def test_a_new_paragraph_after_a_flashback_to_earlier_days_is_back_at_the_lead_s_day() -> None:
    # published Wednesday 15 Jul 2026: the rescue was on Tuesday; Saturday and Sunday are the flashback of how he went missing
    tl = build(_RESCUE.format(gap="\n\n"), reference_time="2026-07-15")
    assert likely_within_day(event(tl, "pulled"), dt.date(2026, 7, 14))
    assert likely_within_day(event(tl, "flown"), dt.date(2026, 7, 14))
    # in the flashback's own paragraph the narration goes on with Sunday, as before
    tl = build(_RESCUE.format(gap=" "), reference_time="2026-07-15")
    assert likely_within_day(event(tl, "pulled"), dt.date(2026, 7, 12))
    # an undated report in the flashback (no carried day) and the paragraph after it: the lead's day
    tl = build("A walker who had been missing for two days was found alive on Monday morning, police said.\n\n"
               "She was last seen on Friday when she left a hostel. Her son reported her missing on Saturday.\n\n"
               "A helicopter crew spotted her near a loch. She was taken to hospital in Fort William.", reference_time="2026-10-06")
    assert likely_within_day(event(tl, "spotted"), dt.date(2026, 10, 5))
    assert likely_within_day(event(tl, "taken"), dt.date(2026, 10, 5))


def test_what_a_witness_saw_came_shortly_before_the_witness_raised_the_alarm() -> None:
    # published Wednesday 11 Nov 2026: the men were seen on Sunday evening, when the neighbour phoned; not on Wednesday
    tl = build("Two men were seen loading boxes into a van outside a pharmacy in Leek, according to a neighbour who phoned "
               "police on Sunday evening.", reference_time="2026-11-11")
    assert likely_within_day(event(tl, "seen"), dt.date(2026, 11, 8))
    tl = build("A cyclist who called an ambulance on Friday afternoon said she saw the lorry hit the wall.", reference_time="2026-11-11")
    assert likely_within_day(event(tl, "saw"), dt.date(2026, 11, 6))
    # a main clause's alarm is no witness's: what is seen after it is not put before it
    tl = build("Residents called the council on Monday evening and later saw the repair crews arrive.", reference_time="2026-11-11")
    assert not any(a.relation == "before" and a.target == event(tl, "called").eid for a in event(tl, "saw").anchors)


def test_a_past_perfect_lasting_a_length_when_a_dated_event_came_is_over_by_it() -> None:
    # published Friday 13 Nov 2026: the sale was on Thursday; the two weeks out of service lead up to it
    for text in ("The ferry had been idle for two weeks when it was sold on Thursday.",
                 "The ferry had been out of service for two weeks when it was sold on Thursday."):
        tl = build(text, reference_time="2026-11-13")
        assert likely_within_day(event(tl, "sold"), dt.date(2026, 11, 12)), text
        first = event(tl, "idle") if "idle" in text else event(tl, "out")
        assert first.latest_end is not None and first.latest_end <= dt.datetime(2026, 11, 13), text
    # with no length, a perfect whose object noun stands before "when" is left as it was (said as the claims appeared)
    tl = build("The mayor had denied any wrongdoing when the claims first appeared, but the council opened an inquiry on Friday.",
               reference_time="2026-11-13")
    assert not any(a.relation == "before" and a.target == event(tl, "appeared").eid for a in event(tl, "denied").anchors)


def test_a_length_told_of_an_undated_later_event_counts_from_now() -> None:
    # published Tuesday 10 Mar 2026: the closure starts now and lasts two weeks; the absence begins now, its end is open
    tl = build("The council said on Monday that the coast road would be closed for two weeks.", reference_time="2026-03-10")
    closed = event(tl, "closed")
    assert closed.likely_start is not None and closed.likely_end is not None
    assert dt.datetime(2026, 3, 9) <= closed.likely_start and closed.likely_end <= dt.datetime(2026, 4, 1)
    tl = build("The club said on Monday that its captain would miss at least three weeks.", reference_time="2026-03-10")
    miss = event(tl, "miss")
    assert miss.likely_start is not None and miss.likely_start <= dt.datetime(2026, 3, 17)
