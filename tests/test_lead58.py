"""Session 58 (lead): behaviour found by reading timelines of stories written for the purpose (sentences are ours)."""

from __future__ import annotations

import datetime as dt

import timeline
from _timelines import day_of as _day, numbered_event as _event, tagged_values as _values  # (shared test lookups)


def test_a_time_after_a_topic_phrase_dates_the_verb_not_the_topic() -> None:
    # Thursday 4 Mar 2027: "signed a petition against the closures over the weekend": the signing's weekend (27-28 Feb);
    # the closures argued about are not dated by it
    text = "More than 4,000 people signed a petition against the closures over the weekend."
    tl = timeline.build(text, reference_time="2027-03-04")
    signed = _event(tl, "signed")
    assert signed.earliest_start == dt.datetime(2027, 2, 27) and signed.latest_end == dt.datetime(2027, 3, 1), signed
    closures = [e for e in tl.events if e.text == "closures"]
    assert not closures or closures[0].earliest_start is None, closures
    # with no verb before it, the first noun of the phrase takes the time ("The protest against the closures on Friday")
    tl = timeline.build("The protest against the closures on Friday drew 300 people.", reference_time="2027-03-04")
    protest = _event(tl, "protest")
    assert protest.earliest_start == dt.datetime(2027, 2, 26) and protest.latest_end == dt.datetime(2027, 2, 27), protest


def test_by_a_week_on_a_weekday_after_a_delay_is_the_amount_and_the_day() -> None:
    # "delayed the vote by a week on Wednesday": a week is how long the delay is; Wednesday (3 March) is when it was done
    values = _values("The council delayed the vote by a week on Wednesday.", "2027-03-04")
    assert values == {"a week": "P1W", "Wednesday": "2027-03-03"}, values
    tl = timeline.build("The council delayed the vote by a week on Wednesday.", reference_time="2027-03-04")
    delayed = _event(tl, "delayed")
    assert delayed.earliest_start == dt.datetime(2027, 3, 3) and delayed.latest_end == dt.datetime(2027, 3, 4), delayed
    # with no setting word, "by a week on Monday" is still the British date (a week after the coming Monday)
    assert _values("The report will be ready by a week on Monday.", "2027-03-04") == {"a week on Monday": "2027-03-15"}
    assert _values("The final is a week on Saturday.", "2027-03-04") == {"a week on Saturday": "2027-03-13"}


def test_a_length_written_as_a_modifier_measures_its_noun_not_the_verb() -> None:
    # Saturday 10 Aug 2030: "agreed a five-year contract on Friday": the agreeing is Friday's, not five years long
    tl = timeline.build("The striker agreed a five-year contract on Friday.", reference_time="2030-08-10")
    agreed = _event(tl, "agreed")
    assert agreed.earliest_start == dt.datetime(2030, 8, 9) and agreed.latest_end == dt.datetime(2030, 8, 10), agreed
    # a noun no event stands for ("bond"): the selling is not ten years long, ending on the publication day
    sold = _event(timeline.build("The bank sold a ten-year bond.", reference_time="2030-08-10"), "sold")
    assert sold.likely_start is not None and sold.likely_start >= dt.datetime(2030, 8, 1), sold
    # a length after its verb is still the verb's ("the talks lasted three days")
    tl = timeline.build("The talks lasted three days and ended on Friday.", reference_time="2030-08-10")
    lasted = _event(tl, "lasted")
    assert lasted.likely_start is not None and lasted.likely_end is not None
    assert lasted.likely_end - lasted.likely_start >= dt.timedelta(days=2), lasted


def test_a_participle_after_a_state_verb_lasts_until_its_time() -> None:
    # Tuesday 13 Jul 2032: "will stay closed until Thursday": the schools are closed from now until Thursday, not in the
    # hour before Thursday begins
    text = "Schools will stay closed until Thursday after temperatures passed 40C on Monday, the ministry said."
    tl = timeline.build(text, reference_time="2032-07-13")
    closed = _event(tl, "closed")
    assert closed.likely_start is not None and closed.likely_start <= dt.datetime(2032, 7, 13, 12), closed
    assert closed.likely_end is not None and closed.likely_end >= dt.datetime(2032, 7, 15), closed


def test_a_definite_noun_takes_up_the_same_word_before_an_indefinite_one_of_its_kind() -> None:
    # Thursday 4 Mar 2027: "was due to vote on a budget ... until an election is held, probably in the autumn ... The
    # council delayed the vote by a week on Wednesday": the budget vote, not the autumn's election
    text = ("The council was due to vote on a budget on Thursday. Her deputy will act as mayor until an election is held, "
            "probably in the autumn. The council delayed the vote by a week on Wednesday.")
    tl = timeline.build(text, reference_time="2027-03-04")
    vote = _event(tl, "vote", 1)
    assert vote.likely_start is None or vote.likely_start < dt.datetime(2027, 6, 1), vote
    # the same word told before it is still taken up when no other mention came between
    text = "An election was called for May. Turnout in the election was low."
    tl = timeline.build(text, reference_time="2027-06-10")
    second = _event(tl, "election", 1)
    assert second.likely_start is not None and second.likely_start.month == 5, second


def test_a_passive_progressive_holds_at_the_publication_time() -> None:
    # "A new flood wall ... is still being built": the building goes on now (was PRESENT with no aspect, unanchored, and
    # took the day of a flood years back from a learned guess)
    text = ("The river last flooded the town in January 2030. A new flood wall, which was due to be finished last autumn, "
            "is still being built.")
    tl = timeline.build(text, reference_time="2033-11-10")
    built = _event(tl, "built")
    assert built.aspect == "PROGRESSIVE" and built.tense == "PRESENT", built
    assert built.latest_end is None or built.latest_end > dt.datetime(2033, 11, 10), built
    assert built.likely_end is not None and built.likely_end >= dt.datetime(2033, 11, 10), built
    # past passive progressive, and an active progressive as before
    questioned = _event(timeline.build("Two men were being questioned on Monday.", reference_time="2033-11-10"), "questioned")
    assert (questioned.tense, questioned.aspect) == ("PAST", "PROGRESSIVE"), questioned
    # a plain passive is no progressive
    built = _event(timeline.build("The wall was built in 1990.", reference_time="2033-11-10"), "built")
    assert built.aspect == "NONE", built


def test_a_verb_of_a_relative_clause_on_a_harmful_happening_lies_within_it() -> None:
    # "a fire that killed two of his tenants ... The fire broke out in the early hours of 3 March 2031": the killing was in
    # the fire, not before the jailing at any time in the year before
    text = ("A landlord who ignored repeated warnings about faulty wiring was jailed for eight years on Thursday over a fire "
            "that killed two of his tenants. The fire broke out in the early hours of 3 March 2031 at a house he let.")
    tl = timeline.build(text, reference_time="2034-02-24")
    killed = _event(tl, "killed")
    assert killed.earliest_start is not None and killed.earliest_start >= dt.datetime(2031, 3, 3), killed
    assert any(a.target == _event(tl, "fire").eid and a.relation.value == "during" for a in killed.anchors), killed.anchors
    # a noun of no harmful happening is not what its relative clause's verb lies within ("a review that examined")
    tl = timeline.build("The minister announced a review that examined the spending.", reference_time="2034-02-24")
    review, examined = _event(tl, "review"), _event(tl, "examined")
    assert not any(a.target == review.eid for a in examined.anchors), examined.anchors


def test_a_passive_done_by_an_agent_who_perceived_something_comes_after_the_perceiving() -> None:
    # Thursday 13 Oct 2033: "The spills were discovered by a group of anglers who noticed dead fish in the summer of 2031":
    # the discovery came with the noticing, not on the publication day; "rescued by a farmer who spotted him on Sunday"
    text = "The spills were discovered by a group of anglers who noticed dead fish near the weir in the summer of 2031."
    discovered = _event(timeline.build(text, reference_time="2033-10-13"), "discovered")
    assert discovered.earliest_start is not None and discovered.earliest_start >= dt.datetime(2031, 6, 1), discovered
    assert discovered.likely_start is not None and discovered.likely_start < dt.datetime(2031, 10, 1), discovered
    rescued = _event(timeline.build("The climber was rescued by a farmer who spotted him on Sunday.", reference_time="2033-10-13"), "rescued")
    assert rescued.earliest_start is not None and rescued.earliest_start >= dt.datetime(2033, 10, 9), rescued
    assert rescued.likely_start is not None and rescued.likely_start < dt.datetime(2033, 10, 12), rescued
    # an active verb before "by" is no passive done by an agent: "The council stood by a resident who saw the crash on
    # Sunday" says nothing of the order of the standing and the seeing
    tl = timeline.build("The council stood by a resident who saw the crash on Sunday.", reference_time="2033-10-13")
    stood, saw = _event(tl, "stood"), _event(tl, "saw")
    assert not any(a.target == stood.eid for a in saw.anchors), saw.anchors


def test_a_cause_participle_after_a_comma_shares_its_clause_time() -> None:
    # Wednesday 16 Feb 2033: "reported its first annual loss on Tuesday, blaming weak demand and a recall last spring": the
    # blaming is part of Tuesday's report; last spring is the recall's
    text = ("Vellant Motors reported its first annual loss in ten years on Tuesday, blaming weak demand in Europe and the "
            "cost of a recall of 400,000 cars last spring.")
    blaming = _event(timeline.build(text, reference_time="2033-02-16"), "blaming")
    assert blaming.earliest_start == dt.datetime(2033, 2, 15) and blaming.latest_end == dt.datetime(2033, 2, 16), blaming
    # the cause's time stays off the participle when no event stands for the cause ("citing weak sales last spring")
    citing = _event(timeline.build("The firm cut 300 jobs on Monday, citing weak sales last spring.", reference_time="2033-02-16"), "citing")
    assert citing.earliest_start == dt.datetime(2033, 2, 14) and citing.latest_end == dt.datetime(2033, 2, 15), citing


def test_what_ends_after_a_length_lasted_that_long() -> None:
    # Wednesday 11 Jun 2031: "The strike ended on Friday after 12 days": the strike ran from about 25 May to Friday 6 June
    tl = timeline.build("The strike ended on Friday after 12 days.", reference_time="2031-06-11")
    strike = _event(tl, "strike")
    assert strike.earliest_start is not None and strike.earliest_start >= dt.datetime(2031, 5, 24), strike
    assert strike.latest_end == dt.datetime(2031, 6, 7), strike
    # past an appositive to its end verb, and "after twelve days on Friday" is a length and a day, not a date 12 days on
    text = "The strike, the third this year, ended after twelve days on Friday."
    assert _values(text, "2031-06-11") == {"this year": "2031", "twelve days": "P12D", "Friday": "2031-06-06"}
    strike = _event(timeline.build(text, reference_time="2031-06-11"), "strike")
    assert strike.latest_end == dt.datetime(2031, 6, 7), strike
    assert strike.earliest_start is not None and strike.earliest_start >= dt.datetime(2031, 5, 24), strike
    # "closed for a week on Monday": the week it closed for, and the Monday it closed
    assert _values("The school closed for a week on Monday.", "2031-06-11") == {"a week": "P1W", "Monday": "2031-06-09"}


def test_a_past_progressive_of_the_scene_carries_the_day_told_before() -> None:
    # Friday 12 Nov 2032: "derailed ... shortly after 8 a.m. on Thursday ... The train was travelling at about 60 mph when
    # its carriages left the tracks. Passengers were led along the line": all Thursday's, not the publication day
    text = ("A train derailed near Whitmoor shortly after 8 a.m. on Thursday, injuring 40 people.\n\nThe train was travelling "
            "at about 60 mph when its front two carriages left the tracks on a bend. Passengers were led along the line to a farm.")
    tl = timeline.build(text, reference_time="2032-11-12")
    for word in ("travelling", "left", "led"):
        e = _event(tl, word)
        assert _day(e.likely_start) == dt.date(2032, 11, 11) and e.likely_end is not None, e
        assert e.likely_end <= dt.datetime(2032, 11, 12), e


def test_a_gerund_after_before_is_the_next_step_of_its_clause() -> None:
    # Wednesday 25 May 2033: "raided on Saturday afternoon ... took watches worth 300,000 pounds before escaping on
    # motorbikes": the escape was that Saturday, not the publication day
    text = ("A jewellery shop was raided on Saturday afternoon, police said on Tuesday. Three masked men smashed display cases "
            "and took watches worth about 300,000 pounds before escaping on motorbikes.")
    escaping = _event(timeline.build(text, reference_time="2033-05-25"), "escaping")
    assert _day(escaping.likely_start) == dt.date(2033, 5, 21), escaping
    assert escaping.likely_end is not None and escaping.likely_end <= dt.datetime(2033, 5, 22), escaping


def test_the_day_after_a_month_that_holds_the_day_told_is_that_day() -> None:
    # Tuesday 21 Mar 2034: "cancelled 400 operations yesterday after its system crashed for the second time this month ...
    # for most of the day": yesterday (20 March), not some day of March
    text = ("A hospital cancelled 400 operations yesterday after its system crashed for the second time this month. "
            "Ambulances were diverted for most of the day.")
    the_day = [t for t in timeline.tag(text, reference_time="2034-03-21") if t.text == "the day"]
    assert [(t.value, t.earliest, t.latest) for t in the_day] == [("2034-03-20", dt.datetime(2034, 3, 20), dt.datetime(2034, 3, 21))]
    # a month told with no day of it before keeps the unknown day ("last seen in October ... the same day")
    text = "The fault was last seen in October, when a server failed. Engineers worked on it the same day."
    assert _values(text, "2034-03-21")["the same day"] == "2033-10-XX"


def test_a_passive_report_with_an_infinitive_is_an_instruction_of_the_story() -> None:
    # Tuesday 21 Mar 2034: "cancelled 400 operations yesterday. Staff were told to use paper records": the telling was
    # yesterday's, a step of the story, not speech reported on the publication day
    text = "A hospital cancelled 400 operations yesterday. Staff were told to use paper records, and ambulances were diverted."
    told = _event(timeline.build(text, reference_time="2034-03-21"), "told")
    assert _day(told.likely_start) == dt.date(2034, 3, 20) and told.likely_end == dt.datetime(2034, 3, 21), told
    # an active report is still speech reported at publication ("Managers told staff that ...")
    text = "A hospital cancelled 400 operations yesterday. Managers told staff that the system had failed."
    told = _event(timeline.build(text, reference_time="2034-03-21"), "told")
    assert _day(told.likely_start) == dt.date(2034, 3, 21), told


def test_within_after_an_infinitive_of_a_past_verb_counts_from_that_verb() -> None:
    # "agreed on Monday to repay the loan within a month": the month runs from Monday's agreeing, not from publication
    text = "The firm agreed on Monday to repay the loan within a month."
    tl = timeline.build(text, reference_time="2034-02-24")
    agreed, repay = _event(tl, "agreed"), _event(tl, "repay")
    assert any(a.target == agreed.eid and str(a.relation) == "within" for a in repay.anchors), repay.anchors
    assert repay.earliest_start == dt.datetime(2034, 2, 20), repay
    # a future verb still counts from now
    repair = _event(timeline.build("The council will repair the road within six weeks.", reference_time="2034-02-24"), "repair")
    assert repair.earliest_start == dt.datetime(2034, 2, 24), repair


def test_a_signal_after_an_of_phrase_object_orders_the_verb() -> None:
    # Wednesday 11 Jun 2031: "Crew reported a loss of steering about 40 minutes before the grounding": the reporting came
    # before the grounding (late on Monday), not on the publication day
    text = ("A passenger ferry ran aground off Harwick late on Monday, the coastguard said. Crew reported a loss of steering "
            "about 40 minutes before the grounding, the operator said on Tuesday evening.")
    reported = _event(timeline.build(text, reference_time="2031-06-11"), "reported")
    assert reported.latest_end is not None and reported.latest_end <= dt.datetime(2031, 6, 10), reported
    assert _day(reported.likely_start) == dt.date(2031, 6, 9), reported


def test_an_offset_counts_past_a_sentence_of_what_did_not_happen() -> None:
    # "gave way shortly after 6 a.m. on Saturday ... No one was hurt. The night shift had left the pit about 20 minutes
    # earlier": the leaving was 20 minutes before the collapse, not before a hurting that did not happen
    text = ("A section of the quarry wall gave way shortly after 6 a.m. on Saturday, the company said on Sunday. No one was hurt. "
            "The night shift had left the pit about 20 minutes earlier.")
    tl = timeline.build(text, reference_time="2032-03-08")
    left, gave = _event(tl, "left"), _event(tl, "gave")
    assert any(a.target == gave.eid for a in left.anchors), left.anchors
    assert left.latest_end is not None and left.latest_end <= dt.datetime(2032, 3, 6, 7), left


def test_the_crash_takes_up_a_vessel_hitting_the_thing_it_struck() -> None:
    # "The ferry hit the ship at about 6:15 a.m. on Saturday ... the steering had been switched to manual control two minutes
    # before the crash": the crash is the hitting, so the switching was that Saturday morning
    text = ("The ferry hit the ship at about 6:15 a.m. on Saturday. Investigators found that its steering had been switched "
            "to manual control two minutes before the crash, the operator said.")
    tl = timeline.build(text, reference_time="2029-11-14")
    switched = _event(tl, "switched")
    assert switched.latest_end is not None and switched.latest_end <= dt.datetime(2029, 11, 10, 7), switched
