"""Session 51 (lead): behaviour found by reading timelines of stories written for the purpose (sentences are ours)."""

from __future__ import annotations

import datetime as dt

from _timelines import event as _event  # the first event with that word
from _timelines import value_and_bounds

import timeline


def test_a_bare_form_after_a_and_a_noun_is_a_noun() -> None:
    # "a distress call": the bare form after "a" and a noun has no subject to agree with; the call is the sending's object,
    # and the clock time dates the sending (it was the call's, a "present-tense verb", and the sending had none)
    tl = timeline.build("The captain sent a distress call at 10:02 p.m. on Tuesday.", reference_time="2027-05-12")
    sent = _event(tl, "sent")
    assert sent.earliest_start == dt.datetime(2027, 5, 11, 22, 2)
    assert sent.latest_end is not None and sent.latest_end <= dt.datetime(2027, 5, 11, 22, 3)
    assert _event(tl, "call").tense == "NONE"


def test_a_bare_form_after_a_plural_quantifier_stays_a_verb() -> None:
    # "A few residents visit": a plural subject agrees with the bare form; "A man will call": the auxiliary makes a verb
    tl = timeline.build("A few residents visit the clinic every week. A man will call on Friday.", reference_time="2027-05-12")
    assert _event(tl, "visit").tense == "PRESENT"
    assert _event(tl, "call").tense == "FUTURE"


def test_a_past_form_that_is_also_bare_stays_the_verb() -> None:
    # "A storm hit the coast": "hit" is past as well as bare, so the subject may be "a storm"
    tl = timeline.build("A storm hit the coast on Sunday.", reference_time="2027-05-12")
    hit = _event(tl, "hit")
    assert hit.tense == "PAST"
    assert hit.earliest_start == dt.datetime(2027, 5, 9)


def test_within_a_length_of_the_sending_follows_the_sending() -> None:
    # the lifeboats reached the ship within half an hour of the call sent at 10:02 p.m., not after the later landing
    text = ("The ferry struck rocks late on Tuesday. The captain sent a distress call at 10:02 p.m. Two lifeboats reached the "
            "vessel within half an hour, and the last passengers were brought ashore shortly after 1 a.m.")
    tl = timeline.build(text, reference_time="2027-05-12")
    reached = _event(tl, "reached")
    assert reached.likely_start is not None and reached.likely_end is not None
    assert dt.datetime(2027, 5, 11, 22, 2) <= reached.likely_start and reached.likely_end <= dt.datetime(2027, 5, 11, 22, 33)


def test_after_a_game_a_match_dated_earlier_is_that_day() -> None:
    # "after the game": the game is the match a day dated two sentences before; the apology most likely came that day,
    # not on the publication day a learned order with a plan ahead would give
    text = ("Rovena striker Marco Dalli was banned for six matches on Thursday for pushing a referee during a league game on "
            "November 14. The league's disciplinary panel heard the case on Wednesday and announced its decision the following "
            "morning. Dalli, who was sent off in the 78th minute of the match, apologised to the referee after the game. "
            "The ban starts immediately, so Dalli will miss Sunday's derby against Vellano.")
    tl = timeline.build(text, reference_time="2027-11-26")
    apologised = _event(tl, "apologised")
    assert apologised.likely_start is not None and apologised.likely_end is not None
    assert dt.datetime(2027, 11, 14) <= apologised.likely_start and apologised.likely_end <= dt.datetime(2027, 11, 15)


def test_the_figures_of_a_data_report_are_of_its_period() -> None:
    # "Orders fell ... in October": the undated moves of the figures after it are October's, not the publication day's
    text = ("Factory orders fell 2 percent in October, the statistics office said on Monday. "
            "New orders from abroad dropped 1.4 percent, and domestic orders edged up 0.3 percent.")
    tl = timeline.build(text, reference_time="2027-12-07")
    for word in ("dropped", "edged"):
        e = _event(tl, word)
        assert e.likely_start == dt.datetime(2027, 10, 1) and e.likely_end == dt.datetime(2027, 11, 1), word
        assert e.earliest_start is None  # a likely reading only: the text does not entail it


def test_a_market_move_after_a_data_report_is_not_of_its_period() -> None:
    # a move whose subject names no period's figure (a price on the day: "The currency lost 0.4 percent") keeps the day
    text = ("Factory orders fell 2 percent in October, the statistics office said on Monday. "
            "The currency lost 0.4 percent against the dollar after the release.")
    tl = timeline.build(text, reference_time="2027-12-07")
    lost = _event(tl, "lost")
    assert lost.likely_start is not None and lost.likely_start >= dt.datetime(2027, 12, 6)


def test_a_move_dated_to_another_period_sets_that_one() -> None:
    # "Sales rose ... in the third quarter" after an October report: later undated figures are the quarter's
    text = ("Factory orders fell 2 percent in October, the office said on Monday. Retail sales rose 1 percent in the third "
            "quarter. Online sales climbed 4 percent.")
    tl = timeline.build(text, reference_time="2027-12-07")
    climbed = _event(tl, "climbed")
    assert climbed.likely_start == dt.datetime(2027, 7, 1) and climbed.likely_end == dt.datetime(2027, 10, 1)


def test_a_learned_order_against_an_age_the_text_gives_is_dropped() -> None:
    # "left school at 15" after a birth in 1938 started by 1955, however long the leaving may last: a guess that the
    # illness told after the death of this week started before it would drag the illness back seventy years
    text = ("The novelist Clara Vennor died on Sunday at her home. She was 88.\n\n"
            "Her publisher said she had been ill for several months and died peacefully in her sleep.\n\n"
            "Born in 1938 in the village of Holt, the daughter of a miner, Vennor left school at 15 and worked in a textile mill "
            "before she began writing short stories in her twenties.")
    tl = timeline.build(text, reference_time="2026-11-17")
    ill = _event(tl, "ill")
    assert ill.likely_start is not None and ill.likely_start >= dt.datetime(2025, 11, 1)
    left = _event(tl, "left")
    assert left.latest_start is not None and left.latest_start <= dt.datetime(1955, 2, 1)


def test_a_length_after_a_closing_verb_measures_the_span_closed() -> None:
    # "ending 14 years of rule": the rule lasted 14 years; the ending is no 14-year event running into the future
    tl = timeline.build("The Unity Party won the election on Sunday, ending 14 years of rule by the Front.", reference_time="2027-06-08")
    ending = _event(tl, "ending")
    assert ending.likely_end is not None and ending.likely_end <= dt.datetime(2027, 6, 9)
    assert not any(a.relation == "lasts" for a in ending.anchors)
    # a verb that is no closer keeps the length as its own
    lasted = _event(timeline.build("The siege lasted 52 days of hunger.", reference_time="2027-06-08"), "lasted")
    assert any(a.relation == "lasts" for a in lasted.anchors)


def test_an_earlier_occasion_named_in_passing_is_not_taken_up_sentences_on() -> None:
    # "the last election in 2022" is a side mention; "had called the election in March", three sentences on, is Sunday's
    text = ("The Unity Party won the general election on Sunday. It took 212 of the 350 seats, up from 96 at the last election "
            "in 2022. Turnout was 71 percent. Party leader Mira Castell thanked her supporters. Prime minister Teodor Vask had "
            "called the election in March.")
    tl = timeline.build(text, reference_time="2027-06-08")
    elections = sorted((e for e in tl.events if e.text == "election"), key=lambda e: e.start)
    assert len(elections) == 3
    assert elections[2].likely_start == dt.datetime(2027, 6, 6)


def test_an_earlier_occasion_named_in_passing_is_taken_up_right_after() -> None:
    # told in the very next sentence, "The election" may well be the last one: it stays so
    text = ("The Unity Party won the general election on Sunday. It took 212 seats, up from 96 at the last election in 2022. "
            "The election was marred by fraud.")
    tl = timeline.build(text, reference_time="2027-06-08")
    elections = sorted((e for e in tl.events if e.text == "election"), key=lambda e: e.start)
    assert elections[2].likely_start == dt.datetime(2022, 1, 1)


def test_a_sentence_told_all_in_the_past_dates_a_far_month_day_back() -> None:
    # the verb is far from "March 3", but nothing in the sentence looks ahead: last March, not the March 97 days on
    text = ("The court heard that he had sent and received 14 text messages in the 20 minutes before the crash on the A61 "
            "near Tilbury on the morning of March 3.")
    assert value_and_bounds(text, "the morning of March 3", "2027-11-26")[0] == "2027-03-03TMO"


def test_a_sentence_with_an_infinitive_keeps_the_closest_month_day() -> None:
    # "announced an agreement to acquire the firm ... in March": the acquiring may lie ahead, so the closest March stays
    text = ("The bank, which runs branches in 45 towns across the north, announced an agreement to acquire the building society "
            "from its owners in March.")
    assert value_and_bounds(text, "March", "2027-11-26")[0] == "2028-03"


def test_a_warning_of_action_ahead_leaves_the_time_to_the_action() -> None:
    # "has warned of further action later this month": the action's time, not the warning's (which had certain bounds in
    # the rest of the month, starting on the publication day)
    tl = timeline.build("The union has warned of further action later this month.", reference_time="2027-07-24")
    warned, action = _event(tl, "warned"), _event(tl, "action")
    assert warned.earliest_start is None
    assert action.earliest_start == dt.datetime(2027, 7, 24) and action.latest_end == dt.datetime(2027, 8, 1)


def test_a_participle_ordered_after_a_gerund_keeps_its_sentence_time() -> None:
    # "beating Rovers 3-1 after trailing at half-time": the order against an undated gerund of its own sentence gives the
    # pair no time of its own; the beating goes on with "Tuesday night" (was the publication day)
    text = "Ashton City reached the final of the Northern Cup on Tuesday night, beating Castle Rovers 3-1 after trailing at half-time."
    tl = timeline.build(text, reference_time="2027-04-21")
    beating = _event(tl, "beating")
    assert beating.likely_start is not None and beating.likely_end is not None
    assert dt.datetime(2027, 4, 20, 19) <= beating.likely_start and beating.likely_end <= dt.datetime(2027, 4, 21, 6)
