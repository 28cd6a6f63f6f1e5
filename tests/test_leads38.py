"""Helper leads, thirty-eighth session: kinds of the lead's list of misses on held-out text, in new sentences.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import only_event as _event, likely_within as _within


_RACE = ("Ellis Moor won the hill race on Saturday, finishing four minutes ahead of the field, and received the cup at a dinner on Monday.\n\n"
         "The leaders broke away after twenty minutes. Moor passed them on the last climb.")


def test_the_paragraph_after_a_lead_with_two_days_tells_of_its_main_act() -> None:
    """"won the hill race on Saturday ... and received the cup at a dinner on Monday." (published Wednesday 16 September
    2026): the race's steps in the next paragraph ("broke away", "passed") are Saturday 12's, the main act's, not the
    dinner's Monday 14."""
    tl = timeline.build(_RACE, reference_time="2026-09-16")
    for word in ("broke", "passed"):
        assert _within(_event(tl, word), dt.datetime(2026, 9, 12), dt.datetime(2026, 9, 13)), word
    # the later act may be the publication day's: "and paraded it through the town on Monday" published that Monday
    text = _RACE.replace("received the cup at a dinner", "paraded it through the town")
    tl = timeline.build(text, reference_time="2026-09-14")
    assert _within(_event(tl, "broke"), dt.datetime(2026, 9, 12), dt.datetime(2026, 9, 13))


def test_a_lead_with_two_days_leaves_a_sentence_taking_up_its_last_act() -> None:
    """Not the main act's time: a sentence that opens with a pronoun takes up the sentence before ("It ..."), and a lead
    with one day has nothing to choose."""
    text = ("Firefighters rescued two climbers from a ledge on Friday and flew them to hospital on Saturday.\n\n"
            "They were treated for cold and released.")
    tl = timeline.build(text, reference_time="2026-09-16")
    assert _within(_event(tl, "treated"), dt.datetime(2026, 9, 12), dt.datetime(2026, 9, 13))
    text = ("Ellis Moor won the hill race on Saturday, finishing four minutes ahead of the field.\n\n"
            "The leaders broke away after twenty minutes.")
    tl = timeline.build(text, reference_time="2026-09-16")
    assert _within(_event(tl, "broke"), dt.datetime(2026, 9, 12), dt.datetime(2026, 9, 13))


def test_a_dated_act_of_a_relative_clause_is_not_the_lead_s_main_act() -> None:
    """"A cyclist who struck a walker on a towpath in June was fined on Thursday. Magistrates heard that ...": Thursday's
    fine is the news (no coordinator joins it to June's act), so the hearing is Thursday 1 October 2026's, not June's."""
    text = ("A cyclist who struck a walker on a towpath in June was fined on Thursday.\n\n"
            "Magistrates heard that he had been riding at more than 20 mph.")
    heard = _event(timeline.build(text, reference_time="2026-10-02"), "heard")
    assert _within(heard, dt.datetime(2026, 10, 1), dt.datetime(2026, 10, 2))


def test_the_purpose_of_a_verb_of_using_told_as_done_happened() -> None:
    """"used the card to pay for flights between May and July" (published 2 October 2026): the paying is real, placed in
    2026, not a purpose left unplaced; a plan ("will be used to pay") or a possibility ("could be used") stays unreal."""
    tl = timeline.build("He stole the card in April and used it to pay for flights between May and July, the court heard.",
                        reference_time="2026-10-02")
    pay = _event(tl, "pay")
    assert pay.real
    assert _within(pay, dt.datetime(2026, 5, 1), dt.datetime(2026, 8, 1))
    tl = timeline.build("The van was used to carry the stolen goods.", reference_time="2026-10-02")
    assert _event(tl, "carry").real
    for text in ("The money will be used to pay for a new roof.", "The money could be used to pay for a new roof."):
        assert not _event(timeline.build(text, reference_time="2026-10-02"), "pay").real, text


def test_a_pronoun_taking_up_a_dated_speaker_tells_at_that_occasion() -> None:
    """"The driver's sister gave evidence at an earlier hearing in March. She told the inquest that ..." (published Friday
    9 October 2026, the ruling on Thursday): the telling is at March's hearing, not at Thursday's ruling."""
    text = ("A coroner ruled on Thursday that the death of a lorry driver on the A9 was an accident.\n\n"
            "The driver's sister gave evidence at an earlier hearing in March. She told the inquest that her brother had "
            "worked a double shift the day before the crash.")
    told = _event(timeline.build(text, reference_time="2026-10-09"), "told")
    assert _within(told, dt.datetime(2026, 3, 1), dt.datetime(2026, 4, 1))
    # with no pronoun taking up the speaker, the telling is not carried back to March
    text = text.replace("She told the inquest", "The pathologist told the inquest")
    told = _event(timeline.build(text, reference_time="2026-10-09"), "told")
    assert not _within(told, dt.datetime(2026, 3, 1), dt.datetime(2026, 4, 1))


def test_a_past_habit_holds_from_the_date_told_before_it_to_publication() -> None:
    """"He bought the van in May. Every Saturday he drove it to the market": the driving is a habit from May up to
    publication (Wednesday 14 October 2026), not the publication day's act."""
    text = "He bought the van in May. Every Saturday he drove it to the market in Tarn."
    drove = _event(timeline.build(text, reference_time="2026-10-14"), "drove")
    assert drove.likely_start is not None and drove.likely_end is not None
    assert dt.datetime(2026, 5, 1) <= drove.likely_start < dt.datetime(2026, 6, 1)
    assert dt.datetime(2026, 10, 1) <= drove.likely_end <= dt.datetime(2026, 10, 15)


def test_a_night_before_a_dated_morning_leads_into_that_day() -> None:
    """"searched through the night and found him early on March 3" (published Friday 12 June 2026): the night that led
    into 3 March, not the night before the last weekday told."""
    text = "A coroner ruled on Thursday that the walker died of cold. Teams searched through the night and found him early on March 3."
    night = next(t for t in timeline.build(text, reference_time="2026-06-12").timexes if t.text == "the night")
    assert night.value == "2026-03-02TNI"
    text = text.replace("early on March 3", "at dawn on 3 March")
    night = next(t for t in timeline.build(text, reference_time="2026-06-12").timexes if t.text == "the night")
    assert night.value == "2026-03-02TNI"


def test_a_length_counted_inside_an_episode_orders_neither_side() -> None:
    """"Kelso scored after six minutes, but Arden equalised soon after the restart": the "after" before the length counts
    it from the kick-off, it is no signal between "scored" and "equalised": no learned "scored AFTER equalised"."""
    text = "Kelso scored after six minutes, but Arden equalised soon after the restart."
    tl = timeline.build(text, reference_time="2026-09-14")
    scored, equalised = _event(tl, "scored").eid, _event(tl, "equalised").eid
    assert not any((r.source, r.relation, r.target) in ((scored, "AFTER", equalised), (equalised, "BEFORE", scored)) for r in tl.relations)
    # the length of an event it names ("after three days of questioning") is no such count: the order after it stays
    tl = timeline.build("The suspect implicated two other men after three days of questioning.", reference_time="2026-09-14")
    implicated, questioning = _event(tl, "implicated").eid, _event(tl, "questioning").eid
    assert any((r.source, r.relation, r.target) in ((implicated, "AFTER", questioning), (questioning, "BEFORE", implicated)) for r in tl.relations)


def test_a_past_habit_takes_no_day_of_the_story() -> None:
    """"Hundreds gathered in Tarn on Sunday ... The river burst its banks on March 3, 2019. Every spring the families held a
    vigil by the bridge" (published Monday 9 March 2026): the vigils are a habit since the flood, not Sunday's act."""
    text = ("Hundreds gathered in Tarn on Sunday to remember the flood.\n\n"
            "The river burst its banks on March 3, 2019. Every spring the families held a vigil by the bridge.")
    held = _event(timeline.build(text, reference_time="2026-03-09"), "held")
    assert held.likely_start is not None and held.likely_start < dt.datetime(2020, 1, 1)
