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
