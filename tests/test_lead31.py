"""Lead, thirty-first session: likely times a reader of a whole article would not trust.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import only_event as _event  # the one event of a timeline with that word


def test_a_state_lasting_until_a_day_ahead_holds_now_not_since_an_old_date() -> None:
    """"will stay closed until Thursday" after a sentence about 2021 began lately, not in 2021."""
    text = ("A freight train left the rails near Holt in March 2021 and spilled diesel into a stream.\n\n"
            "The level crossing will stay closed until Thursday while engineers replace the barrier.")
    tl = timeline.build(text, reference_time="2026-11-18")  # a Wednesday
    closed = _event(tl, "closed")
    assert closed.likely_start is not None and closed.likely_end is not None
    assert closed.likely_start >= dt.datetime(2026, 11, 11)
    assert closed.likely_end <= dt.datetime(2026, 11, 20)


def test_a_state_that_lasted_until_a_past_day_still_began_in_the_time_told_before() -> None:
    """The control: "remained shut until Monday" after "on Saturday night" began that night."""
    text = ("A landslip blocked the coast road on Saturday night.\n\n"
            "The road remained shut until Monday afternoon.")
    tl = timeline.build(text, reference_time="2026-11-18")
    shut = _event(tl, "shut")
    assert shut.likely_start is not None
    assert dt.datetime(2026, 11, 14, 12) <= shut.likely_start < dt.datetime(2026, 11, 15, 12)


def test_what_a_report_says_was_thought_is_thought_when_it_is_said() -> None:
    """"She said the crews feared ..." after a quote about Monday: the fearing is the saying's, not Monday's."""
    text = ('"We lost two pumps on Monday," the station commander said.\n\n'
            "She said the crews feared the wind would turn again.")
    tl = timeline.build(text, reference_time="2026-11-18")
    feared = _event(tl, "feared")
    assert feared.likely_start is not None
    assert feared.likely_start >= dt.datetime(2026, 11, 18)


def test_a_noun_after_to_is_no_infinitive_and_leaves_the_occasions_month_to_the_verb() -> None:
    """"pleaded guilty to theft at a short hearing in May": "theft" is no verb, so the pleading is May's."""
    tl = timeline.build("The club treasurer pleaded guilty to theft at a short hearing in May.", reference_time="2026-10-07")
    theft = _event(tl, "theft")
    assert theft.tense != "INFINITIVE"
    pleaded = _event(tl, "pleaded")
    assert pleaded.likely_start is not None and pleaded.likely_end is not None
    assert dt.datetime(2026, 5, 1) <= pleaded.likely_start and pleaded.likely_end <= dt.datetime(2026, 6, 1)


def test_to_makes_an_infinitive_of_a_word_the_lexicon_lets_be_a_verb_or_does_not_know() -> None:
    """The control: the check keeps verbs ("appeal", "strike") and unknown words, and refuses only nouns and adjectives."""
    from timeline.events.detect import _can_be_verb

    assert _can_be_verb("appeal") and _can_be_verb("strike") and _can_be_verb("zorbulate")
    assert not _can_be_verb("fraud") and not _can_be_verb("theft") and not _can_be_verb("ill")


def test_an_event_noun_with_an_infinitive_of_purpose_is_what_takes_place() -> None:
    """"A hearing to settle how much the firm must pay is due to take place in March": the hearing is in March."""
    tl = timeline.build("A hearing to settle how much the firm must pay is due to take place in March.", reference_time="2026-10-07")
    hearing = _event(tl, "hearing")
    assert hearing.earliest_start == dt.datetime(2027, 3, 1)
    assert hearing.latest_end == dt.datetime(2027, 4, 1)


def test_the_object_of_the_infinitive_is_not_what_takes_place() -> None:
    """"Talks to end the dispute took place on Monday": the talks were on Monday, the dispute is not certainly so."""
    tl = timeline.build("Talks to end the dispute took place on Monday.", reference_time="2026-10-07")
    assert _event(tl, "Talks").earliest_start == dt.datetime(2026, 10, 5)
    assert _event(tl, "dispute").earliest_start is None


def test_a_predicate_inside_the_infinitives_own_clause_is_not_the_nouns() -> None:
    """"a meeting to decide whether the race would go ahead": the going ahead is the race's, not the meeting's."""
    tl = timeline.build("Stewards called a meeting to decide whether the race would go ahead on Sunday.", reference_time="2026-10-07")
    meeting = _event(tl, "meeting")
    assert not any(a.target == _event(tl, "go").eid for a in meeting.anchors)


def test_speaking_outside_court_with_no_article_is_at_the_story_occasion() -> None:
    """"said outside court" (no article, as "said outside the court") speaks on the day of the hearing told before."""
    text = ("A lorry driver was banned from the road for three years on Monday.\n\n"
            "His employer said outside court that the firm would review its training.")
    tl = timeline.build(text, reference_time="2026-10-07")
    said = _event(tl, "said")
    assert said.likely_start == dt.datetime(2026, 10, 5) and said.likely_end == dt.datetime(2026, 10, 6)


def test_the_subject_of_a_clause_a_signal_opens_is_no_event() -> None:
    """"fell after the company warned": the company is who warned, not something that happened."""
    tl = timeline.build("Shares in the baker slid on Thursday after the company warned that sales would fall.", reference_time="2026-10-16")
    assert "company" not in [e.text for e in tl.events]
    slid, warned = _event(tl, "slid"), _event(tl, "warned")
    assert any(a.relation == "after" and a.target == warned.eid for a in slid.anchors)


def test_a_happening_word_after_a_signal_is_still_taken_for_an_event() -> None:
    """The control: "after the blaze spread" keeps the blaze, a word of a happening, even with a verb after it."""
    from test_anchoring import events

    from timeline.anchoring import implied_event_spans

    text = "Crews arrived after the blaze spread, and after the council met."
    verbs = events(text, "arrived", "spread", "met")
    spans = [text[s:e] for s, e in implied_event_spans(text, verbs)]
    assert "blaze" in spans and "council" not in spans


def test_a_signal_far_from_its_verb_still_orders_it_past_the_subject() -> None:
    """"started in the boiler room about an hour after the tanker left port": the start is about an hour after leaving."""
    tl = timeline.build("The fire started in the boiler room about an hour after the tanker left port.", reference_time="2026-10-16")
    started, left = _event(tl, "started"), _event(tl, "left")
    assert any(a.relation == "after" and a.target == left.eid for a in started.anchors)


def test_an_occasion_a_day_owns_is_an_event_on_that_day() -> None:
    """"for Saturday's fixture" (said on a Friday of a game ahead): the fixture is an event, on the Saturday to come."""
    tl = timeline.build("The visitors will be without their goalkeeper for Saturday's fixture.", reference_time="2026-11-20")
    fixture = _event(tl, "fixture")
    assert fixture.likely_start == dt.datetime(2026, 11, 21) and fixture.likely_end == dt.datetime(2026, 11, 22)


def test_a_noun_a_day_owns_that_is_no_occasion_is_no_event() -> None:
    """The control: "Monday's budget figures" names no happening the day owns."""
    tl = timeline.build("Councillors argued over Monday's budget figures.", reference_time="2026-11-20")
    assert "budget" not in [e.text for e in tl.events] and "figures" not in [e.text for e in tl.events]


def test_the_defeat_takes_up_the_losing_told_before() -> None:
    """"lost 3-1 at home last Sunday ... since the defeat": the defeat is that Sunday's."""
    text = ("The hosts lost 3-1 at home last Sunday.\n\n"
            "Their coach said on Thursday that the team had rested since the defeat.")
    tl = timeline.build(text, reference_time="2026-11-20")
    defeat = _event(tl, "defeat")
    assert defeat.earliest_start == dt.datetime(2026, 11, 15) and defeat.latest_end == dt.datetime(2026, 11, 16)


def test_what_a_court_heard_after_a_dated_telling_was_heard_at_that_sitting() -> None:
    """"On Monday the judge told him ... The court heard that ...": heard on the Monday, not on the publication day."""
    text = ("A former council treasurer was jailed for four years on Monday. On Monday the judge told her she had abused her post.\n\n"
            "The court heard that she moved the money into a relative's account.")
    tl = timeline.build(text, reference_time="2026-10-07")
    heard = _event(tl, "heard")
    assert heard.likely_start == dt.datetime(2026, 10, 5) and heard.likely_end == dt.datetime(2026, 10, 6)


def test_a_year_earlier_after_a_base_in_pounds_dates_no_event() -> None:
    """"down from £38 million a year earlier": the year is the base of a comparison, not when the firm spoke."""
    tl = timeline.build("The brewer said profit would be about £29 million, down from £38 million a year earlier.", reference_time="2026-10-16")
    said = _event(tl, "said")
    assert said.earliest_start is None and said.latest_end == dt.datetime(2026, 10, 17)


def test_a_participle_after_reported_content_takes_the_reports_tense() -> None:
    """"warned that profits would fall, citing a cool summer" (said in October): the summer just past, not next year's."""
    doc = timeline.tag("The grocer warned that profits would fall, citing a cool summer.", "2026-10-16")
    assert [t.value for t in doc.timexes] == ["2026-SU"]


def test_a_participle_after_a_main_clause_keeps_that_clauses_tense() -> None:
    """The control: with no reported content the verb before the comma still says ("will hire ..., starting in the summer")."""
    doc = timeline.tag("The grocer will hire 40 drivers, starting in the summer.", "2026-10-16")
    assert [t.value for t in doc.timexes] == ["2027-SU"]


def test_a_day_owning_a_departure_an_act_was_done_for_is_the_closest_one() -> None:
    """"had booked extra crew for Thursday's first flight", said on a Tuesday: the Thursday ahead, two days on."""
    doc = timeline.tag("The airline said it had booked extra crew for Thursday's first flight.", "2026-11-10")
    assert [t.value for t in doc.timexes] == ["2026-11-12"]


def test_a_verb_ordered_only_after_an_undated_noun_of_its_sentence_carries_the_storys_time() -> None:
    """"voted on Monday evening ... The scheme was approved by 9 votes to 4 after a debate that lasted two hours": Monday evening's."""
    text = ("Members of the parish board voted on Monday evening to sell the old school hall.\n\n"
            "The scheme was approved by 9 votes to 4 after a debate that lasted two hours.")
    tl = timeline.build(text, reference_time="2026-11-26")
    approved = _event(tl, "approved")
    assert approved.likely_start is not None and approved.likely_end is not None
    assert dt.datetime(2026, 11, 23, 12) <= approved.likely_start and approved.likely_end <= dt.datetime(2026, 11, 24, 6)


def test_an_infinitive_at_an_occasion_happens_at_it_and_leaves_the_occasion_its_month() -> None:
    """"would urge the board to decide at its next meeting in March": the meeting is March's, the deciding at it."""
    tl = timeline.build("Parents said they would urge the board to decide at its next meeting in March.", reference_time="2026-11-26")
    meeting, decide = _event(tl, "meeting"), _event(tl, "decide")
    assert meeting.earliest_start == dt.datetime(2027, 3, 1) and meeting.latest_end == dt.datetime(2027, 4, 1)
    assert any(a.relation == "during" and a.target == meeting.eid for a in decide.anchors)


def test_a_time_after_the_subject_of_what_is_said_dates_the_said_not_the_saying() -> None:
    """"said sales in the second quarter fell": the falling is in the quarter; the saying is not."""
    tl = timeline.build("The grocer said sales in the second quarter fell 3 percent.", reference_time="2026-10-16")
    fell, said = _event(tl, "fell"), _event(tl, "said")
    assert fell.earliest_start == dt.datetime(2026, 4, 1) and fell.latest_end == dt.datetime(2026, 7, 1)
    assert said.earliest_start is None
