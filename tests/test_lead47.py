"""Session 47 (lead): behaviour found by reading timelines of stories written for the purpose (sentences are ours)."""

from __future__ import annotations

import datetime as dt

from _timelines import event as _event  # the first event with that word
from _timelines import value as _value  # the TIMEX3 value of an expression

import timeline


def test_an_undated_present_state_holds_at_publication_not_later() -> None:
    # "employs" is not a later event: it is not given the "within months of publication" convention of a "will"
    tl = timeline.build("The company employs 310 people.", reference_time="2027-05-22")
    employs = _event(tl, "employs")
    assert employs.likely_kind != "future-convention"
    assert employs.likely_start == dt.datetime(2027, 5, 22) and employs.likely_end == dt.datetime(2027, 5, 23)


def test_an_undated_will_keeps_the_months_after_publication() -> None:
    # the negative: what lies ahead is still most likely within months of publication, not on its day
    tl = timeline.build("The council will review the plan.", reference_time="2027-05-22")
    review = _event(tl, "review")
    assert review.likely_kind == "future-convention"
    assert review.likely_end is not None and review.likely_end > dt.datetime(2027, 6, 22)


def test_a_passive_order_is_given_in_the_hour_its_infinitive_tells() -> None:
    # "were told to leave ... shortly before midnight": the telling is that night, not the publication day
    tl = timeline.build("Residents were told to leave their homes shortly before midnight on Wednesday.", reference_time="2027-02-13")
    told = _event(tl, "told")
    assert told.likely_start is not None and told.likely_end is not None
    assert dt.datetime(2027, 2, 10) <= told.likely_start and told.likely_end <= dt.datetime(2027, 2, 11)


def test_a_passive_order_is_given_in_the_past_month_its_infinitive_tells() -> None:
    # told to leave in January, written in February: the telling came before the leaving, most likely in January
    tl = timeline.build("Staff were told to leave the site in January.", reference_time="2027-02-13")
    told = _event(tl, "told")
    assert told.likely_start == dt.datetime(2027, 1, 1) and told.likely_end == dt.datetime(2027, 2, 1)


def test_a_passive_order_does_not_take_a_time_ahead() -> None:
    # the negative: a time still ahead is what was ordered, not when; the telling keeps the publication day
    tl = timeline.build("Staff were told to leave the site in March.", reference_time="2027-02-13")
    told = _event(tl, "told")
    assert told.likely_start == dt.datetime(2027, 2, 13) and told.likely_end == dt.datetime(2027, 2, 14)


def test_a_possessive_after_a_timing_signal_is_no_event() -> None:
    # "a week after the council's auditors raised concerns": the council owns the auditors; the raising is the event
    # the week counts from, which puts it a week before the resignation, not two months later
    tl = timeline.build("He resigned in March 2023, a week after the council's auditors raised concerns, and was arrested "
                        "two months later.", reference_time="2026-12-02")
    assert [e.text for e in tl.events] == ["raised", "resigned", "arrested"]
    raised = _event(tl, "raised")
    assert raised.likely_start is not None and raised.likely_start < dt.datetime(2023, 4, 1)


def test_the_noun_a_timing_signal_introduces_is_still_an_event() -> None:
    # the negative: with no possessive the signal's noun is an event of its own ("within hours of the storm")
    from timeline.anchoring.coreference import implied_event_spans

    text = "The roof was repaired within hours of the storm on Friday."
    assert [text[s:e] for s, e in implied_event_spans(text, [])] == ["storm"]
    owner = "The roof was repaired within hours of the storm's arrival on Friday."
    assert "storm" not in [owner[s:e] for s, e in implied_event_spans(owner, [])]


def test_a_length_a_recurring_time_follows_is_each_times_not_the_habits() -> None:
    # "wore counters for a week each year": not one week before publication, a habit since the study began
    text = ("Researchers followed 12,000 adults for a decade, starting in 2014. The volunteers wore step counters for a "
            "week each year.")
    tl = timeline.build(text, reference_time="2027-04-16")
    wore = _event(tl, "wore")
    assert wore.likely_start == dt.datetime(2014, 1, 1)
    assert wore.likely_end is not None and wore.likely_end <= dt.datetime(2027, 4, 17)
    assert "habit" in wore.likely_basis


def test_a_length_with_no_recurring_time_after_it_is_the_events() -> None:
    # the negative: "for a week" alone is the event's own length
    from timeline.assembly.lent import _per_instance_lengths
    from timeline.text import as_doc

    for text, lengths in (("They wore the counters for a week each year.", ["a week"]),
                          ("They wore the counters for a week in 2024.", []),
                          ("They wore the counters for a week, and each year they met.", [])):
        tags = timeline.tag(text, reference_time="2027-04-16")
        each = _per_instance_lengths(as_doc(text), tags)
        assert [t.text for t in tags if t.tid in each] == lengths, text


def test_that_before_an_indefinite_noun_is_no_definite_mention() -> None:
    # "warned on Monday that an election would delay the budget": a new (hypothetical) election, not Thursday's vote
    text = ("The premier survived a confidence vote late on Thursday. She had warned on Monday that an election would "
            "delay the new budget.")
    tl = timeline.build(text, reference_time="2027-03-19")
    vote, election = _event(tl, "vote"), _event(tl, "election")
    assert vote.eid not in [a.target for a in election.anchors]


def test_a_demonstrative_with_words_between_still_takes_up_the_chain() -> None:
    # the negative: "that early vote" is definite and refers back to the vote told before
    from timeline.anchoring.cues import anchor_words

    definite = anchor_words("en").definite
    assert definite.search("after that early ") is not None
    assert definite.search("said that an ") is None and definite.search("warned that another ") is None
    text = "The council held a vote on Monday night. Officials said that early vote was close."
    tl = timeline.build(text, reference_time="2027-03-19")
    votes = [e for e in tl.events if e.text == "vote"]
    assert len(votes) == 2 and votes[1].likely_start == votes[0].likely_start


def test_an_aside_act_with_a_length_lasted_up_to_its_clauses_time() -> None:
    # "who was stranded for two nights was rescued on Sunday": the two nights end at the rescue, not a year before it
    tl = timeline.build("A hiker who was stranded for two nights was rescued on Sunday.", reference_time="2027-06-16")
    stranded = _event(tl, "stranded")
    assert stranded.likely_end is not None and stranded.likely_start is not None
    assert dt.datetime(2027, 6, 12) <= stranded.likely_end <= dt.datetime(2027, 6, 14)
    assert stranded.likely_start >= dt.datetime(2027, 6, 9)


def test_an_aside_act_with_no_length_keeps_the_wide_year_before() -> None:
    # the negative: "who ordered the inquiry" has no length: most likely within a year before, not the day before
    tl = timeline.build("Judge Roe, who ordered the inquiry, retired on Thursday.", reference_time="2027-06-16")
    ordered = _event(tl, "ordered")
    assert ordered.likely_start is not None and ordered.likely_start < dt.datetime(2027, 1, 1)


def test_what_a_side_needs_from_a_fixture_lies_ahead() -> None:
    # a preview: "need only a draw ... on Saturday" is the coming Saturday, even after a past clause in the sentence
    assert _value("Harlow Town need only a draw at Corley on Saturday to avoid relegation, a week after a late goal "
                  "rescued them.", "Saturday", "2027-05-07") == "2027-05-08"
    assert _value("The champions need a win on Sunday.", "Sunday", "2027-05-07") == "2027-05-09"


def test_what_a_side_needed_or_a_need_reported_on_a_day_lies_behind() -> None:
    # the negatives: the past form, and a report's day after the need
    assert _value("The club needed a draw on Saturday.", "Saturday", "2027-05-07") == "2027-05-01"
    assert _value("The hospital needs more nurses, its chief executive said on Saturday.", "Saturday", "2027-05-07") == "2027-05-01"


def test_a_signals_subject_with_a_name_beside_it_is_no_event() -> None:
    # "since their manager, Ruth Ames, took charge": the manager is the clause's subject, the taking charge the event
    from timeline.anchoring.coreference import implied_event_spans
    from timeline.events.detect import EventMention

    text = "Harlow have lost just once since their manager, Ruth Ames, took charge in January."
    tl = timeline.build(text, reference_time="2027-05-07")
    assert "manager" not in [e.text for e in tl.events]
    # the negatives: a happening noun stays an event though a verb follows its aside ("after the strike, called by the
    # union, ended"), and so does one whose aside no verb follows
    other = "Talks resumed after the strike, called by the union, ended on Friday."
    ended = other.index("ended")
    verb = EventMention("e1", "ended", ended, ended + 5, 0, len(other), "OCCURRENCE", "VERB")
    assert [other[s:e] for s, e in implied_event_spans(other, [verb])] == ["strike"]
    other = "Prices rose after the storm, which hit on Friday, and fell again."
    assert [other[s:e] for s, e in implied_event_spans(other, [])] == ["storm"]


def test_an_evening_told_as_over_before_the_small_hours_is_the_evening_before() -> None:
    # "heard a bang at about 2.30 a.m. ... who had closed up at 11 p.m.": Sunday's 11 p.m., before Monday's small hours
    text = ("A fire destroyed a shop early on Monday. Neighbours heard a bang at about 2.30 a.m. The owner, who had closed "
            "up at 11 p.m., said he was shocked.")
    assert _value(text, "11 p.m.", "2027-08-17") == "2027-08-15T23:00"


def test_an_evening_told_in_the_simple_past_or_after_an_afternoon_stays_on_its_day() -> None:
    # the negatives: the simple past carries the story on; a past perfect after an afternoon's clock time is that day's
    assert _value("Neighbours heard a bang at about 2.30 a.m. on Monday. The owner closed the shop at 11 p.m.", "11 p.m.",
                  "2027-08-17") == "2027-08-16T23:00"
    assert _value("The alarm sounded at 2 p.m. on Monday. The building had been evacuated by 3 p.m.", "3 p.m.",
                  "2027-08-17") == "2027-08-16T15:00"


def test_hours_later_counts_from_the_last_step_of_the_story_not_a_look_back() -> None:
    # the sentence before "hours later" only looks back (a report of past perfects): the length counts from the step before
    text = ("Firefighters took three hours to bring the blaze under control. The owner, who had closed up at 11 p.m., said "
            "he had received threatening messages. The boy was detained at his home hours later.")
    tl = timeline.build(text, reference_time="2027-08-17")
    ids = {e.eid: e.text for e in tl.events}
    detained = _event(tl, "detained")
    assert [ids.get(a.target) for a in detained.anchors if a.relation.value == "after"] == ["took"]


def test_hours_later_after_a_step_of_the_story_counts_from_it() -> None:
    # the negative: a sentence with a step told in the simple past is what the length counts from
    text = ("Firefighters took three hours to bring the blaze under control. The owner closed the shop. The boy was "
            "detained at his home hours later.")
    tl = timeline.build(text, reference_time="2027-08-17")
    ids = {e.eid: e.text for e in tl.events}
    detained = _event(tl, "detained")
    assert [ids.get(a.target) for a in detained.anchors if a.relation.value == "after"] == ["closed"]


def test_a_night_told_after_a_days_first_hours_as_what_came_before_is_the_night_they_ended() -> None:
    # "re-elected early on Friday after a count that ran through the night": Thursday's night, not Friday's
    text = "Sara Lindqvist was re-elected mayor early on Friday after a count that ran through the night."
    assert _value(text, "the night", "2027-05-08") == "2027-05-06TNI"


def test_a_night_the_story_carries_on_into_stays_that_days() -> None:
    # the negative: "and rescuers searched through the night" goes on from the first hours to that day's night
    text = "The ferry sank early on Thursday, and rescuers searched through the night."
    assert _value(text, "the night", "2027-05-08") == "2027-05-06TNI"
