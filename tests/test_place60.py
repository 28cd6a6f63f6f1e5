"""Helper place, sixtieth session: events on the right day and in order (issue 10), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand (2027: 1 March is a Monday).
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import likely_within, only_event


# An act "and" joins right before a verb of resuming dated in the morning went on the day before (placement/further.py
# paused_acts, lexicon resumption_verbs)

def test_an_act_resumed_at_first_light_went_on_the_day_before() -> None:
    """"Two walkers were reported missing on Tuesday evening. Rescue teams searched the moor until dark and resumed at first
    light." (Wednesday 24 March 2027): the search on Tuesday 23 March, not squeezed into Wednesday's first light."""
    tl = timeline.build("Two walkers were reported missing on Tuesday evening. Rescue teams searched the moor until dark and resumed "
                        "at first light.", reference_time="2027-03-24")
    assert likely_within(only_event(tl, "searched"), dt.datetime(2027, 3, 23), dt.datetime(2027, 3, 24))
    assert likely_within(only_event(tl, "resumed"), dt.datetime(2027, 3, 24, 4), dt.datetime(2027, 3, 24, 8))


def test_an_act_resumed_in_the_afternoon_went_on_before_it_that_day() -> None:
    """"Divers searched the reservoir and resumed at 2 p.m." (Wednesday 24 March 2027): the first search that day, before
    2 p.m. (was at 2 p.m. itself)."""
    tl = timeline.build("Divers searched the reservoir and resumed at 2 p.m.", reference_time="2027-03-24")
    assert likely_within(only_event(tl, "searched"), dt.datetime(2027, 3, 24), dt.datetime(2027, 3, 24, 14))


def test_an_act_joined_to_another_verb_keeps_the_morning() -> None:
    """"Volunteers searched the moor and found the dog at first light." (Wednesday 24 March 2027): no resumption, the search
    stays in the morning told."""
    tl = timeline.build("Volunteers searched the moor and found the dog at first light.", reference_time="2027-03-24")
    assert likely_within(only_event(tl, "searched"), dt.datetime(2027, 3, 24, 4), dt.datetime(2027, 3, 24, 8))


# A report verb right before the state it declares, dated ("were reported missing on Tuesday evening"): that time
# (assembly/reports.py _declared_state_times)

def test_a_passive_declaration_in_a_relative_clause_takes_the_state_s_time() -> None:
    """"Two walkers who were reported missing on Hebble Moor on Tuesday evening were found safe on Wednesday morning, police
    said." (Wednesday 24 March 2027): the reporting on Tuesday evening, not at publication."""
    tl = timeline.build("Two walkers who were reported missing on Hebble Moor on Tuesday evening were found safe on Wednesday morning, "
                        "police said.", reference_time="2027-03-24")
    assert likely_within(only_event(tl, "reported"), dt.datetime(2027, 3, 23, 17), dt.datetime(2027, 3, 23, 22))


def test_an_undated_declaration_stays_a_report_of_the_day() -> None:
    """"Police said on Wednesday that the pair were reported missing." (Wednesday 24 March 2027): no time of the state's
    own: the report is the Wednesday's."""
    tl = timeline.build("Police said on Wednesday that the pair were reported missing.", reference_time="2027-03-24")
    assert likely_within(only_event(tl, "reported"), dt.datetime(2027, 3, 24), dt.datetime(2027, 3, 25))


def test_an_active_report_before_a_dated_noun_is_no_declaration() -> None:
    """"The council said repairs in 2025 were too slow." (Wednesday 24 March 2027): no passive: the saying stays the
    publication day's, not 2025."""
    tl = timeline.build("The council said repairs in 2025 were too slow.", reference_time="2027-03-24")
    assert likely_within(only_event(tl, "said"), dt.datetime(2027, 3, 24), dt.datetime(2027, 3, 25))


# An event noun "since" opens (a stretch running up to the sentence's time starts at it) is over before that time
# (assembly/steps.py _stretch_nouns, placement/further.py stretch_start_facts)

def test_a_storm_a_closure_runs_since_is_before_now_not_next_week() -> None:
    """"A road closed since the storm will reopen next week." (Thursday 11 March 2027): the storm before the Thursday (was
    put in next week, the reopening's time)."""
    tl = timeline.build("A road closed since the storm will reopen next week.", reference_time="2027-03-11")
    storm = only_event(tl, "storm")
    assert storm.likely_end is not None and storm.likely_end <= dt.datetime(2027, 3, 11)
    assert likely_within(only_event(tl, "reopen"), dt.datetime(2027, 3, 15), dt.datetime(2027, 3, 22))


def test_a_fire_a_closure_ran_since_is_before_the_reopening_day() -> None:
    """"The museum, shut since the fire, reopened on Monday." (Thursday 11 March 2027): the fire before Monday 8 March (was
    the publication day, after the reopening)."""
    tl = timeline.build("The museum, shut since the fire, reopened on Monday.", reference_time="2027-03-11")
    fire = only_event(tl, "fire")
    assert fire.likely_end is not None and fire.likely_end <= dt.datetime(2027, 3, 8)


def test_a_dated_noun_after_since_keeps_its_day() -> None:
    """"The road has been closed since a landslide on Monday." (Thursday 11 March 2027): Monday 8 March."""
    tl = timeline.build("The road has been closed since a landslide on Monday.", reference_time="2027-03-11")
    assert likely_within(only_event(tl, "landslide"), dt.datetime(2027, 3, 8), dt.datetime(2027, 3, 9))


# "lived ... and wrote": the second done while the first held, not soon after its end (placement/discourse.py
# sequence_facts, lexicon dwelling_verbs); the living told before a dated death is over by it (placement/further.py
# dwelling_facts)

def test_what_was_written_while_living_somewhere_begins_with_the_living() -> None:
    """"Penrose taught until 1995. After retiring he lived in a cottage and wrote three books. He died on Sunday." (Tuesday
    23 March 2027): the writing starts with the living in 1995, before the death (was the publication day, after it)."""
    tl = timeline.build("Penrose taught until 1995. After retiring he lived in a cottage and wrote three books. He died on Sunday.",
                        reference_time="2027-03-23")
    wrote, lived, died = only_event(tl, "wrote"), only_event(tl, "lived"), only_event(tl, "died")
    assert wrote.likely_start == lived.likely_start
    assert wrote.likely_end is not None and died.likely_start is not None and wrote.likely_end <= died.likely_start


def test_the_living_told_before_a_death_is_over_by_it() -> None:
    """"After the war she lived in a cottage by the sea. She died on Sunday." (Tuesday 23 March 2027): the living is over
    by Sunday's end (was up to the publication day, after the death)."""
    tl = timeline.build("After the war she lived in a cottage by the sea. She died on Sunday.", reference_time="2027-03-23")
    lived = only_event(tl, "lived")
    assert lived.likely_end is not None and lived.likely_end <= dt.datetime(2027, 3, 22)


# A report "and" joins after a period figure's move in a told clause is the teller's second statement, at the first
# report's time (assembly/reports.py _teller_second_reports)

def test_a_warning_after_a_quarter_s_figure_is_the_teller_s_on_its_day() -> None:
    """"Homeware chain Tresco said on Monday that its sales fell 8% in the last three months of 2026 and warned that profits
    would be lower this year." (Tuesday 9 March 2027): the warning on Monday 8 March (was the quarter)."""
    tl = timeline.build("Homeware chain Tresco said on Monday that its sales fell 8% in the last three months of 2026 and warned that "
                        "profits would be lower this year.", reference_time="2027-03-09")
    assert likely_within(only_event(tl, "warned"), dt.datetime(2027, 3, 8), dt.datetime(2027, 3, 9))
    assert likely_within(only_event(tl, "fell"), dt.datetime(2026, 10, 1), dt.datetime(2027, 1, 1))


def test_an_act_after_a_person_s_step_stays_in_the_told_clause() -> None:
    """"Police said on Monday that the driver fled in 2025 and admitted that he was drunk." (Tuesday 9 March 2027): the
    driver is no figure: the admission stays with his flight in 2025."""
    tl = timeline.build("Police said on Monday that the driver fled in 2025 and admitted that he was drunk.", reference_time="2027-03-09")
    assert likely_within(only_event(tl, "admitted"), dt.datetime(2025, 1, 1), dt.datetime(2026, 1, 1))


# A past progressive an act is told inside ("was sending a text when he hit") is placed with that act (placement/further.py
# progressive_frame_facts)

def test_a_relative_progressive_goes_with_its_when_clause_month() -> None:
    """"A van driver who was sending a text message when he hit and killed a cyclist in October was jailed for six years on
    Friday." (Saturday 13 March 2027): the sending in October 2026 (was October up to the Saturday)."""
    tl = timeline.build("A van driver who was sending a text message when he hit and killed a cyclist in October was jailed for six "
                        "years on Friday.", reference_time="2027-03-13")
    assert likely_within(only_event(tl, "sending"), dt.datetime(2026, 10, 1), dt.datetime(2026, 11, 1))
    assert likely_within(only_event(tl, "jailed"), dt.datetime(2027, 3, 12), dt.datetime(2027, 3, 13))



# A sentence opened by "The" and a noun an earlier sentence dated: its verb is that happening's act, at its time
# (assembly/steps.py _subject_taken_up, lexicon taken_up_articles)

def test_what_a_dated_storm_did_is_at_the_storm_s_time() -> None:
    """"The road has been closed since a storm in January. The storm washed away part of the sea wall." (Thursday 11 March
    2027): the washing away in January (was the start of February)."""
    tl = timeline.build("The road has been closed since a storm in January. The storm washed away part of the sea wall.",
                        reference_time="2027-03-11")
    assert likely_within(only_event(tl, "washed"), dt.datetime(2027, 1, 1), dt.datetime(2027, 2, 1))


def test_a_subject_named_by_no_dated_happening_takes_nothing() -> None:
    """"The road has been closed since a storm in January. The tide washed away part of the sea wall." (Thursday 11 March
    2027): "tide" names no dated happening: the washing is not put in January by it."""
    tl = timeline.build("The road has been closed since a storm in January. The tide washed away part of the sea wall.",
                        reference_time="2027-03-11")
    assert not likely_within(only_event(tl, "washed"), dt.datetime(2027, 1, 1), dt.datetime(2027, 2, 1))


def test_what_was_written_in_final_years_is_not_put_on_the_death_day() -> None:
    """"Quilter Ada Brenn was born in 1939. In her final years she lived in a flat above her shop and wrote a memoir. She
    died on Monday." (Tuesday 23 March 2027): the memoir begins with the living, years before Monday 22 March (was on the
    death day)."""
    tl = timeline.build("Quilter Ada Brenn was born in 1939. In her final years she lived in a flat above her shop and wrote a memoir. "
                        "She died on Monday.", reference_time="2027-03-23")
    wrote, died = only_event(tl, "wrote"), only_event(tl, "died")
    assert wrote.likely_start is not None and wrote.likely_start < dt.datetime(2027, 3, 1)
    assert likely_within(died, dt.datetime(2027, 3, 22), dt.datetime(2027, 3, 23))


def test_a_relative_clause_s_time_before_a_since_noun_does_not_bound_it() -> None:
    """"Kesby beat Orlen Town 3-2 on Saturday ... Their manager, Rob Ferris, called the defeat hard to take. Dane, who
    missed the first meeting of the sides in October with a hamstring injury, said the squad had trained twice a day since
    the defeat at Holm." (Monday 9 March 2026): the defeats are not put before October 2025 (the relative clause's month,
    told before the noun, is no time the stretch runs up to)."""
    tl = timeline.build("Kesby Hold On for Derby Win\n\nKesby beat Orlen Town 3-2 on Saturday to end a run of four league games "
                        "without a victory.\n\nOrlen had led 2-1 at half-time. Their manager, Rob Ferris, called the defeat hard to "
                        "take.\n\nDane, who missed the first meeting of the sides in October with a hamstring injury, said the squad "
                        "had trained twice a day since the defeat at Holm.", reference_time="2026-03-09")
    for defeat in (e for e in tl.events if e.text == "defeat"):
        assert defeat.likely_start is not None and defeat.likely_start >= dt.datetime(2026, 1, 1)
