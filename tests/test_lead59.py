"""Session 59 (lead): behaviour found by reading timelines of stories written for the purpose (sentences are ours)."""

from __future__ import annotations

import datetime as dt

import timeline
from _timelines import day_of as _day, numbered_event as _event, tagged_values as _values  # (shared test lookups)


def test_a_gerund_after_a_signal_tells_again_the_dated_event_of_its_verb() -> None:
    # Tuesday 7 May 2030: "After retiring" after "retired ... in 2007" (or "her retirement in 2007") is that retiring, not
    # an undated act of the publication day; what came after it is certainly after 2007
    for first in ("She retired from the bench in 2007.", "She sat on the bench until her retirement in 2007."):
        tl = timeline.build(f"{first} After retiring she chaired an inquiry into prison conditions.", reference_time="2030-05-07")
        retiring = _event(tl, "retiring")
        assert (retiring.earliest_start, retiring.latest_end) == (dt.datetime(2007, 1, 1), dt.datetime(2008, 1, 1)), retiring
        assert _event(tl, "chaired").earliest_start == dt.datetime(2007, 1, 1), _event(tl, "chaired")
    # a gerund of another verb is not taken up, nor one with no signal before it
    tl = timeline.build("She retired from the bench in 2007. After moving to Kelso she chaired an inquiry.", reference_time="2030-05-07")
    assert _event(tl, "moving").earliest_start is None, _event(tl, "moving")
    tl = timeline.build("She retired from the bench in 2007. Last week she recalled retiring without regret.", reference_time="2030-05-07")
    assert _event(tl, "retiring").earliest_start != dt.datetime(2007, 1, 1), _event(tl, "retiring")


def test_a_claim_of_money_owed_is_an_act_not_a_report() -> None:
    # Friday 24 Sep 2027: "had claimed expenses" in what a report dated Tuesday (21 Sep) says came before that report; as
    # a report verb it was put at publication (reported speech)
    tl = timeline.build("A newspaper reported on Tuesday that the minister had claimed expenses for a second home.", reference_time="2027-09-24")
    claimed = _event(tl, "claimed")
    assert claimed.cls == "OCCURRENCE", claimed
    assert claimed.likely_end is not None and claimed.likely_end <= dt.datetime(2027, 9, 21), claimed
    # "claimed that ..." stays a report
    tl = timeline.build("The company claimed on Monday that its accounts were sound.", reference_time="2027-09-24")
    assert _event(tl, "claimed").cls == "REPORTING"


def test_that_night_after_a_month_told_in_a_look_back_is_the_story_day() -> None:
    # Wednesday 10 Apr 2030: the January of a past-perfect aside is no time of the story: "that night" is the fire's
    # (9 March); a month the story told in the simple past still gives some night of that month
    text = "The fire broke out on March 9. The factory had been sold in January. Police asked anyone near the site that night to come forward."
    assert _values(text, "2030-04-10")["that night"] == "2030-03-09TNI"
    text = "The fire broke out on March 9. The joints were damaged in June. Engineers inspected the bridge the same night."
    assert _values(text, "2030-04-10")["the same night"] == "2029-06-XXTNI"


def test_a_gerund_after_a_signal_does_not_take_up_an_undated_participle() -> None:
    # "aides holding their breath ... after holding talks": two holdings; the talks are not the aides' undated holding
    text = ("Aides were holding their breath on Monday. The envoy met the minister last week after holding talks with the rebels.")
    tl = timeline.build(text, reference_time="2027-05-12")
    holding = _event(tl, "holding", 1)
    assert not any(a.target == _event(tl, "holding").eid for a in holding.anchors), holding.anchors


def test_what_a_signal_puts_after_a_background_act_goes_on_in_its_time() -> None:
    # Tuesday 7 May 2030: "After retiring she chaired an inquiry" after "retired in 2007": most likely 2007, not the
    # publication day (nor the story's Saturday, told first); certainly after the retiring
    for lead in ("", "The judge died on Saturday. "):
        tl = timeline.build(f"{lead}She retired from the bench in 2007. After retiring she chaired an inquiry into prisons.", reference_time="2030-05-07")
        chaired = _event(tl, "chaired")
        assert chaired.earliest_start == dt.datetime(2007, 1, 1), chaired
        assert chaired.likely_start is not None and chaired.likely_start.year == 2007, chaired
    # a recent act: the story's conventions (the day told) stay
    tl = timeline.build("He was released from prison on Monday. After leaving the jail he went to his mother's house.", reference_time="2027-09-24")
    assert _day(_event(tl, "went").likely_start) == dt.date(2027, 9, 20), _event(tl, "went")


def test_a_court_that_heard_on_a_day_dates_the_hearing_not_the_story() -> None:
    # Wednesday 10 Sep 2031: "a court heard on Tuesday" is the hearing's day, as "police said on Tuesday": the clock times
    # after it are the raid's (3 June); "heard" as a perception dates what was heard
    text = ("A farmer found three men in his barn in the early hours of June 3, a court heard on Tuesday. "
            "He called the police at 2.41 a.m. Officers stopped the van two days later.")
    values = _values(text, "2031-09-10")
    assert values["Tuesday"] == "2031-09-09" and values["2.41 a.m."] == "2031-06-03T02:41", values
    assert values["two days later"] == "2031-06-05" if "two days later" in values else values["two days"] == "P2D", values
    text = "He said he heard a dog barking at 2.30 a.m. on Sunday and went out. He heard shouting at 2.41 a.m."
    assert _values(text, "2031-09-10")["2.41 a.m."] == "2031-09-07T02:41"


def test_more_of_a_happening_is_another_one() -> None:
    # Thursday 13 Jan 2028: "warned that more rain was forecast" names other rain than the rain of Sunday and Monday ("that"
    # opens the clause: no demonstrative taking the rain up)
    text = "The river rose after heavy rain on Sunday and Monday. The agency warned that more rain was forecast for the weekend."
    tl = timeline.build(text, reference_time="2028-01-13")
    first, more = _event(tl, "rain"), _event(tl, "rain", 1)
    assert not any(a.target == first.eid for a in more.anchors), more.anchors


def test_a_week_told_in_a_relative_clause_does_not_frame_the_main_clause_weekday() -> None:
    # Tuesday 22 May 2029: "who went missing last week" dates the going missing; "on Monday" of the main clause is the
    # Monday just gone (21 May), not last week's (14 May); a week that opens the clause still frames its weekday
    assert _values("A kayaker who went missing last week was found safe on an island on Monday.", "2029-05-22")["Monday"] == "2029-05-21"
    assert _values("A man who was arrested last week appeared in court on Monday.", "2029-05-22")["Monday"] == "2029-05-21"
    assert _values("Last week, the council voted on Monday to close the pool.", "2029-05-22")["Monday"] == "2029-05-14"


def test_a_relative_act_with_a_participle_after_it_comes_before_its_main_clause() -> None:
    # Tuesday 22 May 2029: "who went missing off the coast" is told of the kayaker found on Monday: before that Monday, as
    # "who disappeared" (the participle "missing" is no main clause verb)
    tl = timeline.build("A kayaker who went missing off the coast was found safe on an island on Monday.", reference_time="2029-05-22")
    went = _event(tl, "went")
    assert went.likely_end is not None and went.likely_end <= dt.datetime(2029, 5, 21), went


def test_an_act_after_a_missed_deadline_comes_soon_after_it() -> None:
    # Friday 10 Feb 2034: "When they had not returned by 6 p.m., the friend alerted police": certainly after 6 p.m. on the
    # Wednesday told, most likely that evening (not at publication, not the next morning)
    text = ("The pair set off on Wednesday and called a friend at about 11 a.m. When they had not returned by 6 p.m., "
            "the friend alerted police. A crew spotted them at first light on Thursday.")
    tl = timeline.build(text, reference_time="2034-02-10")
    alerted = _event(tl, "alerted")
    assert alerted.earliest_start is not None and alerted.earliest_start >= dt.datetime(2034, 2, 8, 18), alerted
    assert alerted.likely_end is not None and alerted.likely_end <= dt.datetime(2034, 2, 9), alerted


def test_a_bare_verb_perceived_happens_when_it_is_seen() -> None:
    # Thursday 16 Oct 2031: "saw it pass his stop" on the Tuesday morning told: the passing is then, not at publication
    text = "The coach began moving at about 8.50 a.m. on Tuesday. Dale Rourke saw it pass his stop and jumped into the cab."
    tl = timeline.build(text, reference_time="2031-10-16")
    saw, passing = _event(tl, "saw"), _event(tl, "pass")
    assert any(a.target == passing.eid for a in saw.anchors), saw.anchors
    assert _day(passing.likely_start) == dt.date(2031, 10, 14), passing


def test_a_participle_report_after_an_infinitive_is_told_during_the_finite_verb() -> None:
    # "agreed to step down on Friday, saying ...": the saying is the agreeing's, not the infinitive's (which has no tense)
    text = "The minister agreed on Tuesday to step down, saying he had lost the confidence of colleagues."
    tl = timeline.build(text, reference_time="2033-06-16")
    saying, agreed = _event(tl, "saying"), _event(tl, "agreed")
    assert any(a.target == agreed.eid for a in saying.anchors), saying.anchors


def test_a_month_after_the_cause_a_blaming_names_dates_the_cause() -> None:
    # Friday 16 Nov 2029: "blamed a strike by junior doctors in September": the strike's September, not the blaming's
    # (the verb's own day is a day: "blamed the delays on Monday on a fault" keeps Monday for the blaming)
    tl = timeline.build("Health officials blamed a strike by junior doctors in September.", reference_time="2029-11-16")
    strike, blamed = _event(tl, "strike"), _event(tl, "blamed")
    assert (strike.earliest_start, strike.latest_end) == (dt.datetime(2029, 9, 1), dt.datetime(2029, 10, 1)), strike
    assert blamed.earliest_start is None, blamed
    tl = timeline.build("Officials blamed the delays on Monday on a fault.", reference_time="2029-11-16")
    assert _event(tl, "blamed").earliest_start == dt.datetime(2029, 11, 12)
    # a comparison's time is no cause's ("attributed the decline to higher costs compared with a year earlier")
    tl = timeline.build("The unit attributed the decline to higher borrowing costs compared with a year earlier.", reference_time="2029-11-16")
    tids = {t.tid for t in tl.timexes}
    assert not any(a.target in tids for a in _event(tl, "decline").anchors), _event(tl, "decline").anchors


def test_a_clock_time_told_in_the_simple_past_after_a_flashback_takes_it_up() -> None:
    # Monday 11 Mar 2030: the lead is Sunday afternoon; "had been walking on Saturday evening" opens a flashback, and the
    # simple past "reached the shaft shortly after 8 p.m." narrates it on: the next paragraph's "overnight", "dawn" and
    # "3.45 p.m." go on from Saturday night, not from the lead's Sunday
    text = ("A boy was rescued on Sunday afternoon after almost 20 hours in a mineshaft.\n\n"
            "He had been walking with friends on Saturday evening when he fell. His friends ran for help, and rescuers "
            "reached the shaft shortly after 8 p.m.\n\n"
            "Volunteers lowered a medic to the boy overnight. A specialist team arrived at dawn, and the boy was lifted out "
            "at about 3.45 p.m.")
    values = _values(text, "2030-03-11")
    assert values["overnight"] == "2030-03-09TNI", values
    assert values["dawn"] == "2030-03-10TMO" and values["3.45 p.m."] == "2030-03-10T15:45", values


def test_an_undated_act_after_an_act_of_a_month_most_likely_falls_in_that_month() -> None:
    # Thursday 21 Jun 2029: "collapsed after a fire at its warehouse in March": most likely in March (certainly after the
    # fire's start), not left open up to publication
    tl = timeline.build("The company collapsed after a fire at its warehouse in March.", reference_time="2029-06-21")
    collapsed = _event(tl, "collapsed")
    assert collapsed.likely_end is not None and collapsed.likely_end <= dt.datetime(2029, 4, 1), collapsed
    assert collapsed.latest_end is not None and collapsed.latest_end > dt.datetime(2029, 4, 1), collapsed  # (not certain)


def test_a_part_of_a_dated_day_last_year_is_one_expression_and_dates_the_clause() -> None:
    # Saturday 12 May 2029: "on the evening of 3 September last year when his van struck" is one time (not a part of day
    # and a year apart), and the striking is that evening's
    text = "He was driving on the A38 on the evening of 3 September last year when his van struck a cyclist."
    tl = timeline.build(text, reference_time="2029-05-12")
    assert [(t.text, t.value) for t in tl.timexes] == [("the evening of 3 September last year", "2028-09-03TEV")]
    struck = _event(tl, "struck")
    assert struck.earliest_start == dt.datetime(2028, 9, 3, 17) and struck.latest_end == dt.datetime(2028, 9, 3, 22), struck


def test_a_report_joined_to_a_report_is_told_at_its_time() -> None:
    # "said ... had peaked on Tuesday afternoon ..., but warned that": the warning is the saying's (publication), not the
    # peak's afternoon; "said on Monday that ..., and added that": Monday's
    tl = timeline.build("The agency said levels had peaked on Tuesday afternoon and were now falling slowly, but warned that more "
                        "rain was forecast for the weekend.", reference_time="2028-01-13")
    warned, said = _event(tl, "warned"), _event(tl, "said")
    assert any(a.target == said.eid for a in warned.anchors), warned.anchors
    assert _day(warned.likely_start) == dt.date(2028, 1, 13), warned
    tl = timeline.build("Police said on Monday that the man had been arrested, and added that he would appear in court.", reference_time="2028-01-13")
    assert _day(_event(tl, "added").earliest_start) == dt.date(2028, 1, 10)
    # after the closing quotation mark of what was said too ("... million" but declined to ...)
    tl = timeline.build('The chief executive said on Monday the cost "would not exceed $100 million" but declined to give a breakdown.', reference_time="2028-01-13")
    assert _day(_event(tl, "declined").earliest_start) == dt.date(2028, 1, 10), _event(tl, "declined")


def test_the_quick_test_before_the_weekday_direction_pass_finds_what_it_needs() -> None:
    # (speed) the pass for "the Saturday after." runs only where a direction is written right before a stop
    from timeline.recognize.offset_passes import _direction_stop

    found = _direction_stop(("before", "after"))
    assert found.search("held the dinner the saturday after.") and found.search("the sunday before , the leaders met")
    assert not found.search("the saturday after the regatta") and not found.search("afterwards, they left")


def test_a_length_before_a_signal_and_a_day_counts_calendar_days_from_it() -> None:
    # Monday 18 May 2026: "three days after May 2" is 5 May; "eight days before Sunday" (17 May) is 9 May; "two weeks after
    # Easter" (5 Apr) is 19 Apr: certainly from that day's start, most likely that day
    for text, day in (("The sides met three days after May 2.", dt.date(2026, 5, 5)),
                      ("The sides met eight days before Sunday.", dt.date(2026, 5, 9)),
                      ("The talks resumed two weeks after Easter.", dt.date(2026, 4, 19))):
        tl = timeline.build(text, reference_time="2026-05-18")
        ev = _event(tl, "met" if "met" in text else "resumed")
        assert _day(ev.likely_start) == day and ev.likely_end == dt.datetime.combine(day, dt.time()) + dt.timedelta(days=1), (text, ev)
    tl = timeline.build("The sides met three days after May 2.", reference_time="2026-05-18")
    assert _event(tl, "met").earliest_start == dt.datetime(2026, 5, 5)
