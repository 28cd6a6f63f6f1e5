"""Helper place, sixty-third session: events on the right day and in order (issue 10), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand (2027: 29 November is a Monday, 10 May a
Monday).
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import likely_within, only_event


# A present form that gives a talk, a reading or a concert with its object after it names a programme's item ahead of
# publication: the weekday after it is the next one (lexicon tense.toml scheduled_objects "gives", "give")

def test_a_reading_given_on_a_weekday_is_the_next_one() -> None:
    """"The novelist Ruth Carr gives a reading at Ashby library on Wednesday." (Monday 29 November 2027): Wednesday 1
    December (was Wednesday 24 November, the one before)."""
    tl = timeline.build("The novelist Ruth Carr gives a reading at Ashby library on Wednesday.", reference_time="2027-11-29")
    assert likely_within(only_event(tl, "gives"), dt.datetime(2027, 12, 1), dt.datetime(2027, 12, 2))


def test_a_concert_given_by_a_plural_subject_is_ahead() -> None:
    """"The town's brass bands give a free concert in the park on Sunday." (Monday 29 November 2027): Sunday 5 December
    (was Sunday 28 November)."""
    tl = timeline.build("The town's brass bands give a free concert in the park on Sunday.", reference_time="2027-11-29")
    assert likely_within(only_event(tl, "give"), dt.datetime(2027, 12, 5), dt.datetime(2027, 12, 6))


# A verb told in the present, bounded from above by a time still to come ("before Christmas"), is ahead of publication
# (placement/facts.py convention_facts ahead_present)

def test_a_present_act_before_a_time_ahead_is_after_publication() -> None:
    """"The choir sings carols in the market square before Christmas." (Monday 29 November 2027): after the
    publication day and before Christmas Day (was the publication day, 29 November)."""
    tl = timeline.build("The choir sings carols in the market square before Christmas.", reference_time="2027-11-29")
    assert likely_within(only_event(tl, "sings"), dt.datetime(2027, 11, 30), dt.datetime(2027, 12, 25))


def test_a_present_report_verb_before_a_time_ahead_is_not_at_publication() -> None:
    """"The bishop of Carn gives a talk at the cathedral before Christmas." (Monday 29 November 2027): "gives" (a
    reporting verb to the tagger) is after the publication day and before Christmas Day (was the publication day, as
    reported speech)."""
    tl = timeline.build("The bishop of Carn gives a talk at the cathedral before Christmas.", reference_time="2027-11-29")
    assert likely_within(only_event(tl, "gives"), dt.datetime(2027, 11, 30), dt.datetime(2027, 12, 25))


# A past report opening its sentence with a subject pronoun, right after a sentence whose first event is a report the
# story tells as a step (told to someone at a hearing), goes on at that occasion (assembly/reports.py _teller_goes_on)

_JAILED = ("A driver who killed a cyclist while using his phone was jailed for six years on Tuesday.\n\n"
           "Judge Helen Ward told him he had shown no remorse. She said the cyclist's family would never recover. "
           "She added that the sentence could not undo the harm.")


def test_the_judges_next_report_is_on_the_day_of_the_sentence() -> None:
    """_JAILED (Wednesday 12 May 2027): "She said", after "Judge Helen Ward told him" of the sentencing on Tuesday 11
    May, is on Tuesday 11 May (was the publication day, as reported speech)."""
    tl = timeline.build(_JAILED, reference_time="2027-05-12")
    assert likely_within(only_event(tl, "said"), dt.datetime(2027, 5, 11), dt.datetime(2027, 5, 12))


def test_a_chain_of_the_judges_reports_stays_on_the_day_of_the_sentence() -> None:
    """_JAILED (Wednesday 12 May 2027): "She added", after "She said", is on Tuesday 11 May too (was the publication
    day)."""
    tl = timeline.build(_JAILED, reference_time="2027-05-12")
    assert likely_within(only_event(tl, "added"), dt.datetime(2027, 5, 11), dt.datetime(2027, 5, 12))


# A past report whose subject opens with a bench title, with no time of its own, in a story whose first dated event is a
# verb of sentencing, was spoken at that sentencing (assembly/reports.py _bench_reports, lexicon bench_titles,
# sentencing_verbs)

_NURSE = ("A nurse who stole drugs from a hospital ward was jailed for two years on Tuesday.\n\n"
          "Mary Holt, 41, took morphine from the ward's store over eight months in 2025.\n\n"
          "Colleagues raised the alarm after stock checks showed gaps.\n\n"
          "Judge Alan Reed told her she had abused the trust of patients.")


def test_the_judges_words_paragraphs_after_the_sentence_are_on_its_day() -> None:
    """_NURSE (Wednesday 12 May 2027): "Judge Alan Reed told her", three paragraphs after the jailing on Tuesday 11 May,
    is on Tuesday 11 May (was the publication day)."""
    tl = timeline.build(_NURSE, reference_time="2027-05-12")
    assert likely_within(only_event(tl, "told"), dt.datetime(2027, 5, 11), dt.datetime(2027, 5, 12))


# A past perfect in what an undated report after the lead says is over by the lead's end (placement/narration.py
# backstory_facts)

_ROOFER = ("A roofer who took payments for repairs he never made was jailed on Friday. Police arrested him in March after a "
           "pensioner complained. He admitted fraud in August. The judge said he had cheated customers for years.")


def test_what_the_judge_says_was_done_is_over_by_the_sentence() -> None:
    """_ROOFER (Monday 18 October 2027): the cheating the judge tells in the past perfect ends by the end of the jailing's
    Friday 15 October (was the publication day, running on after the sentence)."""
    tl = timeline.build(_ROOFER, reference_time="2027-10-18")
    cheated = only_event(tl, "cheated")
    assert cheated.likely_end is not None and cheated.likely_end <= dt.datetime(2027, 10, 16)


def test_the_judge_after_months_told_between_is_on_the_day_of_the_sentence() -> None:
    """_ROOFER (Monday 18 October 2027): "The judge said", after sentences dated March and August, is on Friday 15
    October, the jailing's day (was the publication day)."""
    tl = timeline.build(_ROOFER, reference_time="2027-10-18")
    assert likely_within(only_event(tl, "said"), dt.datetime(2027, 10, 15), dt.datetime(2027, 10, 16))


# An event noun that is the object of a verb of holding or taking part in an occasion is at the verb's time
# (assembly/occasions.py _occasion_objects, lexicon occasion_object_verbs, occasion_object)

_MOURNERS = ("Mourners packed a church in Hull on Friday for the funeral of a singer. Fans held a vigil outside, and a choir "
             "led the singing.")


def test_a_vigil_held_after_a_dated_sentence_is_on_its_day() -> None:
    """_MOURNERS (Wednesday 12 May 2027): the vigil the fans held is on Friday 7 May, the holding's day (was the
    publication day)."""
    tl = timeline.build(_MOURNERS, reference_time="2027-05-12")
    assert likely_within(only_event(tl, "vigil"), dt.datetime(2027, 5, 7), dt.datetime(2027, 5, 8))


def test_the_singing_a_choir_led_is_on_the_leading_day() -> None:
    """_MOURNERS (Wednesday 12 May 2027): "led the singing", a gerund after its determiner, is on Friday 7 May (was the
    publication day)."""
    tl = timeline.build(_MOURNERS, reference_time="2027-05-12")
    assert likely_within(only_event(tl, "singing"), dt.datetime(2027, 5, 7), dt.datetime(2027, 5, 8))


def test_a_protest_staged_afterwards_is_that_evening() -> None:
    """"About 300 people attended a public meeting in Troon on Thursday evening. Residents staged a protest outside the
    hall afterwards." (Wednesday 12 May 2027): the protest on Thursday 6 May (was the publication day)."""
    tl = timeline.build("About 300 people attended a public meeting in Troon on Thursday evening. Residents staged a protest "
                        "outside the hall afterwards.", reference_time="2027-05-12")
    assert likely_within(only_event(tl, "protest"), dt.datetime(2027, 5, 6), dt.datetime(2027, 5, 7))


# A person's act told in a relative clause set off by commas on a subject that takes up the story's people is part of
# the scene, at the main clause's time (assembly/asides.py _scene_relatives, lexicon scene_relatives)

_RAIDERS = ("Two men robbed a post office in Kelby on Friday night. The men, who wore balaclavas and carried a crowbar, "
            "smashed the counter screen before they escaped in a stolen car.")


def test_what_the_raiders_wore_is_part_of_the_raid() -> None:
    """_RAIDERS (Monday 10 May 2027): the wearing is on Friday 7 May, the raid's night (was the publication day)."""
    tl = timeline.build(_RAIDERS, reference_time="2027-05-10")
    assert likely_within(only_event(tl, "wore"), dt.datetime(2027, 5, 7), dt.datetime(2027, 5, 8))


def test_an_act_joined_in_the_relative_clause_is_part_of_the_raid_too() -> None:
    """_RAIDERS (Monday 10 May 2027): "and carried a crowbar", joined to "wore", follows it as the next step told: on
    Friday 7 May too (was running from the raid's night to the publication day)."""
    tl = timeline.build(_RAIDERS, reference_time="2027-05-10")
    assert likely_within(only_event(tl, "carried"), dt.datetime(2027, 5, 7), dt.datetime(2027, 5, 8))


# An event noun right before a modal and a verb with a time of its own is that verb's subject, at its time (assembly/
# steps.py _modal_subject_nouns, lexicon modal_subject_gap)

def test_a_vote_that_would_follow_the_following_evening_is_then() -> None:
    """"The council said on Monday that the vote would follow the following evening." (Wednesday 12 May 2027): the vote
    on the evening of Tuesday 11 May (was Monday 10 May, the report's day)."""
    tl = timeline.build("The council said on Monday that the vote would follow the following evening.", reference_time="2027-05-12")
    assert likely_within(only_event(tl, "vote"), dt.datetime(2027, 5, 11, 12), dt.datetime(2027, 5, 12))
