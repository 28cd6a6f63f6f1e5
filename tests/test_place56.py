"""Helper place, fifty-sixth session: events on the right day and in order (issue 10), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import likely_within, likely_within_day, only_event


# A bare month told after "and" as the next step of a month with its year is the one after it, also when the step's phrase
# has a "to" inside it ("led it to a national title"): resolve/named_years.py _next_step_month, _STEP_RANGE

def test_a_step_led_to_a_title_in_a_month_is_the_month_after_the_joining() -> None:
    """"Orla Pike joined the choir in September 2024 and led it to a national title in March." (Wednesday 9 December
    2026): March 2025, after the joining (not March 2024, before it)."""
    tl = timeline.build("Orla Pike joined the choir in September 2024 and led it to a national title in March.", reference_time="2026-12-09")
    assert likely_within(only_event(tl, "led"), dt.datetime(2025, 3, 1), dt.datetime(2025, 4, 1))


# An act a relative clause a comma and "which" open tells, after the verb of its sentence or of an event noun, happened
# at that time, not at publication (assembly/asides.py _act_relatives, lexicon act_relatives; pipeline)

def test_an_act_after_which_takes_the_time_its_sentence_goes_on_with() -> None:
    """"A gas main burst on Mill Lane on Sunday morning. The water flooded three cellars, which forced a bakery to close."
    (Wednesday 9 December 2026): the forcing on Sunday 6 December, with the flooding (not on the publication day)."""
    tl = timeline.build("A gas main burst on Mill Lane on Sunday morning. The water flooded three cellars, which forced a bakery to "
                        "close.", reference_time="2026-12-09")
    assert likely_within_day(only_event(tl, "forced"), dt.date(2026, 12, 6))


def test_an_act_after_which_after_a_date_takes_that_date() -> None:
    """"The band played a farewell show in Tarrow on November 14, which drew 2,000 people." (Wednesday 9 December 2026):
    the drawing on 14 November."""
    tl = timeline.build("The band played a farewell show in Tarrow on November 14, which drew 2,000 people.", reference_time="2026-12-09")
    assert likely_within_day(only_event(tl, "drew"), dt.date(2026, 11, 14))


def test_an_event_noun_and_its_relative_act_take_its_verbs_time() -> None:
    """"A van struck a footbridge on Thursday evening. The collision, which closed the road, hurt two cyclists."
    (Wednesday 9 December 2026): the collision and the closing on Thursday 3 December, with the hurting."""
    tl = timeline.build("A van struck a footbridge on Thursday evening. The collision, which closed the road, hurt two cyclists.",
                        reference_time="2026-12-09")
    assert likely_within_day(only_event(tl, "closed"), dt.date(2026, 12, 3))
    assert likely_within_day(only_event(tl, "collision"), dt.date(2026, 12, 3))


def test_a_thing_subjects_relative_act_stays_its_past() -> None:
    """"The council, which built the stadium, demolished it on Monday." (Wednesday 9 December 2026): no verb before the
    relative clause: the building is the council's past, before Monday (not on it)."""
    tl = timeline.build("The council, which built the stadium, demolished it on Monday.", reference_time="2026-12-09")
    built = only_event(tl, "built")
    assert built.likely_end is not None and built.likely_end <= dt.datetime(2026, 12, 7, tzinfo=built.likely_end.tzinfo)


# A lead that tells a disruption's end ("Trams returned ... on Thursday", lexicon restoration_verbs) makes a new paragraph
# after the flashback to the disruption tell the steps between the two, not the lead's day (placement/undated.py news_day,
# _restored_from, news_day_facts; assembly/steps.py _restoring)

def test_a_paragraph_after_a_flashback_to_a_disruption_a_lead_ends_lies_between_them() -> None:
    """"Trams returned to the Esk line on Thursday, the operator said on Friday. / A landslip buried the track at Hurle on
    Sunday night. / Workers dug out the rails and rebuilt the embankment." (Saturday 12 December 2026): the digging after
    Sunday 6 December's night, before Thursday 10 December (not on the Thursday)."""
    tl = timeline.build("Trams returned to the Esk line on Thursday, the operator said on Friday.\n\nA landslip buried the track at "
                        "Hurle on Sunday night.\n\nWorkers dug out the rails and rebuilt the embankment.", reference_time="2026-12-12")
    assert likely_within(only_event(tl, "dug"), dt.datetime(2026, 12, 6, 19), dt.datetime(2026, 12, 10))
    assert likely_within(only_event(tl, "rebuilt"), dt.datetime(2026, 12, 6, 19), dt.datetime(2026, 12, 10))


def test_a_paragraph_after_a_flashback_before_a_finding_is_still_the_leads_day() -> None:
    """"A walker was found alive on Skell Moor on Thursday morning, police said on Friday. / She set out from Tolby on
    Monday and her son reported her missing on Tuesday. / A helicopter crew spotted her near a bothy." (Saturday 12
    December 2026): no disruption ended: the spotting is the finding's news, Thursday 10 December."""
    tl = timeline.build("A walker was found alive on Skell Moor on Thursday morning, police said on Friday.\n\nShe set out from Tolby "
                        "on Monday and her son reported her missing on Tuesday.\n\nA helicopter crew spotted her near a bothy.",
                        reference_time="2026-12-12")
    assert likely_within(only_event(tl, "spotted"), dt.datetime(2026, 12, 10, 5), dt.datetime(2026, 12, 11))


# An undated event noun right before its dated verb, its subject, happened when the verb did (assembly/steps.py
# _subject_nouns; pipeline)

def test_an_event_noun_subject_in_an_after_clause_takes_its_verbs_time() -> None:
    """"Police questioned a driver on Sunday after a crash closed the Brill road on Friday evening." (Wednesday 9 December
    2026): the crash on Friday 4 December's evening (not on the questioning's Sunday)."""
    tl = timeline.build("Police questioned a driver on Sunday after a crash closed the Brill road on Friday evening.", reference_time="2026-12-09")
    assert likely_within_day(only_event(tl, "crash"), dt.date(2026, 12, 4))


def test_an_event_noun_subject_with_words_before_it_takes_its_verbs_time() -> None:
    """"Police questioned a driver on Sunday after a huge gas explosion wrecked the Brill road on Friday evening."
    (Wednesday 9 December 2026): the explosion on Friday 4 December."""
    tl = timeline.build("Police questioned a driver on Sunday after a huge gas explosion wrecked the Brill road on Friday evening.",
                        reference_time="2026-12-09")
    assert likely_within_day(only_event(tl, "explosion"), dt.date(2026, 12, 4))
