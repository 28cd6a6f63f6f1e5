"""Helper place, sixty-first session: events on the right day and in order (issue 10), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand (2027: 1 March is a Monday).
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import likely_within, only_event


# An event noun opening its sentence as the subject of a simple-past verb lies at the verb's time, own or carried
# (assembly/steps.py _opening_subject_nouns, lexicon opening_subject_articles, subject_adverbs)

def test_an_opening_subject_noun_takes_its_verb_s_carried_day() -> None:
    """"A coach overturned on the A1 on Thursday evening. The accident closed the road for six hours." (Saturday 6 March
    2027): the accident on Thursday 4 March with the closing, not on the publication day."""
    tl = timeline.build("A coach overturned on the A1 on Thursday evening. The accident closed the road for six hours.",
                        reference_time="2027-03-06")
    assert likely_within(only_event(tl, "accident"), dt.datetime(2027, 3, 4), dt.datetime(2027, 3, 5))


def test_an_opening_subject_noun_with_an_adverb_takes_its_verb_s_day() -> None:
    """"A wall at the stadium collapsed on Tuesday. An inspection afterwards found loose bricks." (Thursday 4 March 2027):
    the inspection on Tuesday 2 March with the finding (was the publication day)."""
    tl = timeline.build("A wall at the stadium collapsed on Tuesday. An inspection afterwards found loose bricks.",
                        reference_time="2027-03-04")
    assert likely_within(only_event(tl, "inspection"), dt.datetime(2027, 3, 2), dt.datetime(2027, 3, 3))


# A past verb of calling off whose subject or object is a fixture dated by a time of its own came by the end of that time
# (placement/further.py called_off_facts, tense.toml appointing)

def test_a_fixture_called_off_after_a_clause_act_is_called_off_by_its_day() -> None:
    """"Sunday's race was postponed after the track flooded." (Tuesday 9 March 2027): the postponement by the end of Sunday
    7 March, with the flooding, not on Monday after the flooding took the race's day."""
    tl = timeline.build("Sunday's race was postponed after the track flooded.", reference_time="2027-03-09")
    assert likely_within(only_event(tl, "postponed"), dt.datetime(2027, 3, 7), dt.datetime(2027, 3, 8))


def test_a_fixture_opening_its_sentence_is_called_off_by_its_day() -> None:
    """"Sunday's race had been due to start at 11am but was cancelled after the track flooded." (Tuesday 9 March 2027): the
    cancelling on Sunday 7 March (was Monday), the sentence's opening subject the fixture."""
    tl = timeline.build("Sunday's race had been due to start at 11am but was cancelled after the track flooded.", reference_time="2027-03-09")
    assert likely_within(only_event(tl, "cancelled"), dt.datetime(2027, 3, 7), dt.datetime(2027, 3, 8))


# News: the text's first time, a day to a month a year or more before publication, is carried to the next sentence's
# undated happenings (pipeline.py _opening_old_times)

def test_a_story_opening_on_an_old_month_goes_on_in_it() -> None:
    """"In March 2019, a storm flattened the pier at Southport. Volunteers cleared the beach." (Wednesday 10 March 2027):
    the clearing in March 2019 with the storm, not on the publication day."""
    tl = timeline.build("In March 2019, a storm flattened the pier at Southport. Volunteers cleared the beach.", reference_time="2027-03-10")
    assert likely_within(only_event(tl, "cleared"), dt.datetime(2019, 3, 1), dt.datetime(2019, 4, 1))


def test_a_story_opening_on_an_old_week_goes_on_in_it() -> None:
    """"Eight years ago this week, floods swept through Carlisle. Soldiers built flood walls." (Wednesday 10 March 2027):
    the week of Monday 4 March 2019 (eight years back from the week of Monday 8 March 2027), not the
    publication day."""
    tl = timeline.build("Eight years ago this week, floods swept through Carlisle. Soldiers built flood walls.", reference_time="2027-03-10")
    assert likely_within(only_event(tl, "built"), dt.datetime(2019, 3, 4), dt.datetime(2019, 3, 11))


# A real past act right after the death sentence's "who", or after "she"/"he" in a later sentence, is an act of the life
# the death closes: over by the death (placement/further.py life_facts, lexicon life_subjects, life_passive)

def test_a_relative_act_of_the_dead_is_before_the_death() -> None:
    """"Peter Quill, who founded the town's rowing club, has died aged 84, his son said on Friday. He died on Wednesday."
    (Saturday 6 March 2027): the founding before Wednesday 3 March (was after the death, up to the publication day)."""
    tl = timeline.build("Peter Quill, who founded the town's rowing club, has died aged 84, his son said on Friday. He died on Wednesday.",
                        reference_time="2027-03-06")
    assert only_event(tl, "founded").likely_end <= dt.datetime(2027, 3, 3)


def test_an_act_told_after_the_death_is_before_it() -> None:
    """"Peter Quill died on Wednesday aged 84. Raised in Hull, he trained as an engineer and worked on the docks." (Saturday
    6 March 2027): the training and the work over by Wednesday 3 March (the training was on the death's day)."""
    tl = timeline.build("Peter Quill died on Wednesday aged 84. Raised in Hull, he trained as an engineer and worked on the docks.",
                        reference_time="2027-03-06")
    assert only_event(tl, "trained").likely_end <= dt.datetime(2027, 3, 3)
    assert only_event(tl, "worked").likely_end <= dt.datetime(2027, 3, 3)


def test_a_passive_after_the_death_is_no_act_of_the_life() -> None:
    """"Peter Quill died on Wednesday aged 84. He was found by a neighbour." (Saturday 6 March 2027): the finding is not
    put before the death (it stays on the death's day, where the discourse carries it)."""
    tl = timeline.build("Peter Quill died on Wednesday aged 84. He was found by a neighbour.", reference_time="2027-03-06")
    assert likely_within(only_event(tl, "found"), dt.datetime(2027, 3, 3), dt.datetime(2027, 3, 4))


def test_a_bare_plural_opening_subject_takes_its_verb_s_carried_day() -> None:
    """"Storms swept across Kent on Tuesday. Protests blocked the bridge." (Thursday 4 March 2027): the protests on Tuesday
    2 March with the blocking (a bare plural, no article; was the publication day)."""
    tl = timeline.build("Storms swept across Kent on Tuesday. Protests blocked the bridge.", reference_time="2027-03-04")
    assert likely_within(only_event(tl, "Protests"), dt.datetime(2027, 3, 2), dt.datetime(2027, 3, 3))


# A deadline later the same day after an act dated by a part of a day: after that part's start
# (placement/further.py clock_onward_facts, PART_GRAIN)

def test_a_deadline_after_a_morning_act_starts_after_the_morning_starts() -> None:
    """"A water main burst in Hove on Tuesday morning. Engineers restored supplies by lunchtime." (Thursday 4 March 2027):
    the restoring on Tuesday 2 March, from the morning's start (05:00 in the lexicon's parts of day), not from midnight."""
    tl = timeline.build("A water main burst in Hove on Tuesday morning. Engineers restored supplies by lunchtime.", reference_time="2027-03-04")
    assert likely_within(only_event(tl, "restored"), dt.datetime(2027, 3, 2, 5), dt.datetime(2027, 3, 2, 15))


def test_a_death_told_late_in_a_court_story_closes_no_acts() -> None:
    """"A driver was jailed on Friday over a crash that killed a cyclist. The court heard that the cyclist was hit near Leek
    on 3 May 2026. She died in hospital on 5 May. He sold his van and moved abroad." (Saturday 6 March 2027):
    the death is told late, in a story of something else, and "he" is the driver: the moving is not put before 5 May."""
    tl = timeline.build("A driver was jailed on Friday over a crash that killed a cyclist. The court heard that the cyclist was hit near Leek "
                        "on 3 May 2026. She died in hospital on 5 May. He sold his van and moved abroad.", reference_time="2027-03-06")
    moved = only_event(tl, "moved")
    assert moved.likely_end is None or moved.likely_end > dt.datetime(2026, 5, 5)
