"""Session 30, helper place: events of news stories placed on their likely day (sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

from timeline import build

from _timelines import event, likely_within_day, stated_before


def _within(ev, first: dt.datetime, last: dt.datetime) -> bool:  # type: ignore[no-untyped-def]
    """Whether the likely interval of ``ev`` lies inside ``first`` .. ``last``."""
    return ev.likely_start is not None and ev.likely_end is not None and first <= ev.likely_start and ev.likely_end <= last


def test_a_participle_before_a_sentence_noun_leaves_the_month_to_the_giving() -> None:
    # published Thursday 12 Nov 2026: the brother's sentence was given in March, not at publication
    tl = build("A former council officer was jailed on Tuesday for fraud. "
               "Her brother, who admitted hiding the cash, was given a suspended prison sentence in March.", reference_time="2026-11-12")
    assert _within(event(tl, "given"), dt.datetime(2026, 3, 1), dt.datetime(2026, 4, 1))
    assert _within(event(tl, "sentence"), dt.datetime(2026, 3, 1), dt.datetime(2026, 4, 1))
    tl = build("Four council officials were jailed on Monday for taking bribes. "
               "Two builders who paid them were given suspended sentences in May.", reference_time="2026-11-12")
    given = event(tl, "given")
    assert _within(given, dt.datetime(2026, 5, 1), dt.datetime(2026, 6, 1))
    assert any(a.relation == "during" and a.evidence.endswith("May") for a in given.anchors)  # the text's month, not the story's
    tl = build("Two nurses were jailed on Wednesday. Three managers were given suspended sentences in January.", reference_time="2026-12-03")
    assert any(a.relation == "during" and a.evidence.endswith("January") for a in event(tl, "given").anchors)  # not the adjective's
    # a verb with its own object keeps the time ("suspended the hearing in June")
    tl = build("Four council officials were jailed on Monday. The judge suspended the hearing in June.", reference_time="2026-11-12")
    assert _within(event(tl, "suspended"), dt.datetime(2026, 6, 1), dt.datetime(2026, 7, 1))


def test_what_a_jury_heard_was_heard_at_the_trial_not_at_publication() -> None:
    # published Thursday 17 Sep 2026, the verdict on Monday 14 Sep
    tl = build("A jury in Merton convicted a former postman on Monday of stealing parcels. "
               "The jury heard that he hid the parcels in his garage. He shook his head as the verdict was read.",
               reference_time="2026-09-17")
    monday = dt.date(2026, 9, 14)
    assert likely_within_day(event(tl, "heard"), monday)
    assert likely_within_day(event(tl, "shook"), monday)


def test_a_year_the_court_heard_of_does_not_carry_past_the_hearing() -> None:
    # "The court heard that she opened false accounts in 2023": the next sentence is back at the sentencing's day
    tl = build("A former bank clerk was jailed on Monday for stealing from customers. "
               "The court heard that she opened false accounts in 2023 and moved money into them. She cried as she was led away.",
               reference_time="2026-09-17")
    monday = dt.date(2026, 9, 14)
    assert likely_within_day(event(tl, "heard"), monday)
    assert likely_within_day(event(tl, "cried"), monday)
    # what the court heard is not the hearing's day
    assert _within(event(tl, "moved"), dt.datetime(2023, 1, 1), dt.datetime(2024, 1, 1))


def test_a_charged_crime_is_the_killing_told_after_it() -> None:
    # published Friday 10 Jul 2026: the murder and the killing are the shooting of Sunday evening, not the charge's day
    tl = build("Detectives charged a woman on Wednesday with the murder of her neighbour in Ashford. "
               "The neighbour was shot dead in his garden on Sunday evening. Police said the killing followed a dispute over a fence.",
               reference_time="2026-07-10")
    sunday = dt.date(2026, 7, 5)
    assert likely_within_day(event(tl, "shot"), sunday)
    assert likely_within_day(event(tl, "murder"), sunday)
    assert likely_within_day(event(tl, "killing"), sunday)
    assert likely_within_day(event(tl, "charged"), dt.date(2026, 7, 8))


def test_an_ing_noun_after_its_determiner_leaves_the_time_to_the_verb() -> None:
    # "lifted its flood warning ... on Wednesday morning": the lifting's morning, not the warning's
    tl = build("The Environment Agency lifted its flood warning for the river Arle on Wednesday morning after levels fell "
               "overnight.", reference_time="2026-02-12")
    lifted = event(tl, "lifted")
    assert _within(lifted, dt.datetime(2026, 2, 11, 5), dt.datetime(2026, 2, 11, 12))
    assert lifted.earliest_start is not None and lifted.earliest_start >= dt.datetime(2026, 2, 11)  # a certain bound: the text's time


def test_an_admission_in_an_aside_on_the_subject_came_before_the_sentence() -> None:
    # "Her brother, who admitted hiding the cash, was given a suspended sentence in March": the admission came first
    tl = build("A former council officer was jailed on Tuesday for fraud. "
               "Her brother, who admitted hiding the cash, was given a suspended sentence in March.", reference_time="2026-11-12")
    assert stated_before(tl, "admitted", "given")
    admitted = event(tl, "admitted")
    assert any(a.relation == "before" and a.target == event(tl, "given").eid for a in admitted.anchors)  # the text's order
    # a deed told in such an aside may lie long before: the words tie it to nothing
    tl = build("A retired headteacher was honoured on Tuesday. Her husband, who founded the village choir, was praised in March.",
               reference_time="2026-11-12")
    assert not any(a.target == event(tl, "praised").eid for a in event(tl, "founded").anchors)


def test_a_killing_named_first_is_the_shooting_told_after_it() -> None:
    # published Monday 26 Oct 2026: "The killing of a ferry captain" is the shooting of Friday night
    tl = build("The killing of a ferry captain in Port Ellis has shaken the island's small fishing community. "
               "He was shot in the chest on Friday night as he locked up the harbour office. "
               "Even before the killing, harbour staff had asked for better lighting.", reference_time="2026-10-26")
    friday = dt.date(2026, 10, 23)
    assert likely_within_day(event(tl, "shot"), friday)
    assert likely_within_day(event(tl, "killing"), friday)
    # a verb of the noun's own kind may tell a part of it: "their strike" is not the first walkout
    tl = build("Cleaners at Rowan hospital ended their strike on Thursday after managers raised their pay offer. "
               "The cleaners first walked out on April 7.", reference_time="2026-10-16")
    assert likely_within_day(event(tl, "walked"), dt.date(2026, 4, 7))
    assert not any(a.target == event(tl, "walked").eid for a in event(tl, "strike").anchors)


def test_the_killing_told_a_few_sentences_after_a_shooting_is_that_shooting() -> None:
    # published Monday 26 Oct 2026: "the killing" takes up "was shot" two sentences back
    tl = build("A taxi driver was shot in the neck on Friday night as he waited at a rank in Corby. "
               "Police have not named a suspect. The killing has shocked drivers across the town.", reference_time="2026-10-26")
    assert likely_within_day(event(tl, "killing"), dt.date(2026, 10, 23))
    # told further back, a shooting (the guard survived) is not the killing a later paragraph names
    tl = build("A guard was shot in the arm on Friday during a robbery in Corby. He was treated in hospital and sent home. "
               "Police arrested two men on Saturday. Both men were questioned for several hours. "
               "Detectives are also looking into the killing of a shopkeeper in Kettering.", reference_time="2026-10-26")
    assert not any(a.target == event(tl, "shot").eid for a in event(tl, "killing").anchors)


def test_a_year_before_a_named_modifier_dates_the_noun_not_the_charge() -> None:
    # "is charged in ... the 2019 Harbour bombing": the bombing's year, not the charging's
    tl = build("A former soldier appeared in court on Tuesday. He is also charged in two attacks, including the 2019 Harbour "
               "bombing that wounded six people.", reference_time="2026-05-07")
    bombing = event(tl, "bombing")
    assert _within(bombing, dt.datetime(2019, 1, 1), dt.datetime(2020, 1, 1))
    assert not any(a.relation == "during" and "2019" in a.evidence for a in event(tl, "charged").anchors)
