"""Helper place, sixty-fourth session: events on the right day and in order (issue 10), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand (2030: 19 March is a Tuesday, 15 October
a Tuesday).
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import likely_within, only_event


# A story whose time dates an occasion of mourning (lexicon mourning_occasions: "funeral", "memorial", "vigil", ...)
# tells a death dated well before it as background: the next sentence is back at the occasion's time
# (assembly/lent.py _mourning_flashbacks, feeding the background times of placement/discourse.py continued_discourse)

_FUNERAL = ("Hundreds attended the funeral of the boxer Lee Marsh in Rotherham on Friday. Marsh died on 3 January "
            "after a short illness. Boxers from his old club formed a guard of honour outside the church.")


def test_a_guard_of_honour_after_the_death_is_at_the_funeral() -> None:
    """_FUNERAL (Tuesday 19 March 2030): "formed" on Friday 15 March, the funeral's day (was 3 January, the death's day
    told in the sentence before)."""
    tl = timeline.build(_FUNERAL, reference_time="2030-03-19")
    assert likely_within(only_event(tl, "formed"), dt.datetime(2030, 3, 15), dt.datetime(2030, 3, 16))
    assert likely_within(only_event(tl, "died"), dt.datetime(2030, 1, 3), dt.datetime(2030, 1, 4))


def test_a_memorial_service_takes_its_scene_back_from_the_death() -> None:
    """"A memorial service for the nurse Joan Tate was held at the cathedral on Sunday. Tate died in a road crash in
    July. Colleagues lined the steps of the cathedral." (Tuesday 15 October 2030): "lined" on Sunday 13 October (was July
    2030, the crash's month)."""
    tl = timeline.build("A memorial service for the nurse Joan Tate was held at the cathedral on Sunday. Tate died in a "
                        "road crash in July. Colleagues lined the steps of the cathedral.", reference_time="2030-10-15")
    assert likely_within(only_event(tl, "lined"), dt.datetime(2030, 10, 13), dt.datetime(2030, 10, 14))


def test_a_flashback_in_a_story_of_no_mourning_still_goes_on() -> None:
    """"The council closed the depot on Friday. Drivers first walked out on 3 January. Pickets blocked the gates."
    (Tuesday 19 March 2030): no occasion of mourning, so "blocked", in the flashback's paragraph, goes on with 3 January
    (kept)."""
    tl = timeline.build("The council closed the depot on Friday. Drivers first walked out on 3 January. Pickets blocked "
                        "the gates.", reference_time="2030-03-19")
    assert likely_within(only_event(tl, "blocked"), dt.datetime(2030, 1, 3), dt.datetime(2030, 1, 4))


# An act of the life told in an aside set off by commas on the one whose death the lede tells, with no time in the
# aside, lies years back: most likely ended at least a year before the death and began within thirty years of it
# (placement/further.py life_facts, LIFE_ACT_GAP, LIFE_ACT_REACH)

def test_a_restrictive_relative_act_of_an_obituary_stays_recent() -> None:
    """"A walker who slipped on a frozen path in the Peak District has died. He died in hospital on Saturday." (Tuesday
    19 March 2030): no comma sets the clause off, so "slipped" is still told as what led to the death: in the days before
    Saturday 16 March (kept)."""
    tl = timeline.build("A walker who slipped on a frozen path in the Peak District has died. He died in hospital on "
                        "Saturday.", reference_time="2030-03-19")
    assert likely_within(only_event(tl, "slipped"), dt.datetime(2030, 3, 1), dt.datetime(2030, 3, 17))


def test_an_obituarys_aside_with_a_year_keeps_it() -> None:
    """"Mary Pike, who swam the Channel on her third attempt in 1981, has died aged 77. She died on Sunday." (Tuesday 19
    March 2030): the aside holds a year on "attempt", so the swim keeps 1981 (not the thirty years' reach)."""
    tl = timeline.build("Mary Pike, who swam the Channel on her third attempt in 1981, has died aged 77. She died on "
                        "Sunday.", reference_time="2030-03-19")
    assert likely_within(only_event(tl, "swam"), dt.datetime(1981, 1, 1), dt.datetime(1982, 1, 1))


# A happening in the simple past that a report spoken at an occasion, dated by a time of its own, tells ("An inquest
# heard on Tuesday that ...", "The court heard on Tuesday that ..."), with no time of its own, came before the hearing,
# how long before is not told: within the year before it, not on its day (placement/facts.py convention_facts heard_act)

def test_what_an_inquest_heard_happened_before_the_hearing() -> None:
    """"An inquest heard on Tuesday that a forklift driver died after a pallet fell on him at a warehouse in Selby."
    (Thursday 21 March 2030): "fell" before Tuesday 19 March, within the year before it (was Tuesday 19 March, the
    hearing's day)."""
    tl = timeline.build("An inquest heard on Tuesday that a forklift driver died after a pallet fell on him at a warehouse "
                        "in Selby.", reference_time="2030-03-21")
    assert likely_within(only_event(tl, "fell"), dt.datetime(2029, 3, 18), dt.datetime(2030, 3, 19))


def test_what_a_court_heard_happened_before_the_sitting() -> None:
    """"The court heard on Tuesday that a gardener stole jewellery from his employer." (Thursday 21 March 2030): "stole"
    ends by Tuesday 19 March (was Tuesday 19 March itself)."""
    tl = timeline.build("The court heard on Tuesday that a gardener stole jewellery from his employer.", reference_time="2030-03-21")
    assert likely_within(only_event(tl, "stole"), dt.datetime(2029, 3, 18), dt.datetime(2030, 3, 19))


def test_what_police_said_on_a_day_keeps_that_day() -> None:
    """"Police said on Tuesday that a man stole a tractor from a farm near Selby." (Thursday 21 March 2030): a report at
    no occasion: the theft keeps Tuesday 19 March, the news of the day (kept)."""
    tl = timeline.build("Police said on Tuesday that a man stole a tractor from a farm near Selby.", reference_time="2030-03-21")
    assert likely_within(only_event(tl, "stole"), dt.datetime(2030, 3, 19), dt.datetime(2030, 3, 20))


# "the result", "the outcome" (lexicon outcome_nouns after taken_up_articles), with no time of their own, are the outcome
# of the last contest or decision the story told with a time of its own: at its time (assembly/steps.py _outcome_nouns)

_DOCKERS = ("Dockers in Tilbury voted on Tuesday to accept a pay deal. The result was announced in a statement. "
            "The company welcomed the result.")


def test_the_result_of_a_vote_is_at_the_votes_time() -> None:
    """_DOCKERS (Thursday 21 March 2030): both "result" mentions on Tuesday 19 March, the vote's day (were 19 March up to
    the end of the publication day, 21 March)."""
    tl = timeline.build(_DOCKERS, reference_time="2030-03-21")
    results = [e for e in tl.events if e.text == "result"]
    assert len(results) == 2
    assert all(likely_within(e, dt.datetime(2030, 3, 19), dt.datetime(2030, 3, 20)) for e in results)


# A verb in the perfect with "since" and a noun after its object ("has lived in Alby with his wife since their wedding"):
# the noun's time starts it, however long the object (anchoring/signals.py _perfect_since_noun)

def test_a_perfect_state_since_a_dated_wedding_starts_then() -> None:
    """"Jim Hale has lived in Alby with his wife since their wedding in 1975." (Thursday 21 March 2030): "lived" from
    1975 up to the publication day (was the publication day alone: seven words between the verb and the noun)."""
    tl = timeline.build("Jim Hale has lived in Alby with his wife since their wedding in 1975.", reference_time="2030-03-21")
    lived = only_event(tl, "lived")
    assert lived.likely_start is not None and lived.likely_start.year == 1975
    assert lived.likely_end is not None and lived.likely_end >= dt.datetime(2030, 3, 21)


def test_a_perfect_act_since_a_dated_death_of_kin_starts_then() -> None:
    """"Tom Ward has run the bakery on Mill Lane with his brother since the death of their father in 2001." (Thursday 21
    March 2030): "run" from 2001 (was the publication day)."""
    tl = timeline.build("Tom Ward has run the bakery on Mill Lane with his brother since the death of their father in 2001.",
                        reference_time="2030-03-21")
    run = only_event(tl, "run")
    assert run.likely_start is not None and run.likely_start.year == 2001


# A programme's item told in the present before a time still to come (s63 ahead_present) lies in the whole run-up to
# that time, from the day after publication, as an undated "will" before it does (placement/facts.py convention_facts)

def test_a_present_act_before_christmas_spans_the_run_up() -> None:
    """"The cathedral choir sings at Lindford station before Christmas." (Monday 2 December 2030): from Tuesday 3
    December up to Christmas Day (was Tuesday 24 December alone, the day before the bound)."""
    tl = timeline.build("The cathedral choir sings at Lindford station before Christmas.", reference_time="2030-12-02")
    sings = only_event(tl, "sings")
    assert sings.likely_start == dt.datetime(2030, 12, 3) and sings.likely_end == dt.datetime(2030, 12, 25)


def test_a_lecture_given_before_christmas_spans_the_run_up() -> None:
    """"The former MP Ann Rowe gives a lecture at the town hall before Christmas." (Monday 2 December 2030): 3 to 25
    December (was 24 December alone)."""
    tl = timeline.build("The former MP Ann Rowe gives a lecture at the town hall before Christmas.", reference_time="2030-12-02")
    gives = only_event(tl, "gives")
    assert gives.likely_start == dt.datetime(2030, 12, 3) and gives.likely_end == dt.datetime(2030, 12, 25)


# A preview's reading, singing or speaking told in the present with a weekday is a programme's item ahead (lexicon
# tense.toml scheduled_present "reads", "sings", "speaks"): the weekday after publication

def test_a_poet_reading_on_a_weekday_is_the_next_one() -> None:
    """"The poet Sam Reed reads at Hatton library on Thursday." (Monday 2 December 2030): Thursday 5 December (was
    Thursday 28 November, the one before)."""
    tl = timeline.build("The poet Sam Reed reads at Hatton library on Thursday.", reference_time="2030-12-02")
    assert likely_within(only_event(tl, "reads"), dt.datetime(2030, 12, 5), dt.datetime(2030, 12, 6))


def test_a_choir_singing_on_a_weekday_is_the_next_one() -> None:
    """"The choir sings at the cathedral on Saturday." (Monday 2 December 2030): Saturday 7 December (was Saturday 30
    November)."""
    tl = timeline.build("The choir sings at the cathedral on Saturday.", reference_time="2030-12-02")
    assert likely_within(only_event(tl, "sings"), dt.datetime(2030, 12, 7), dt.datetime(2030, 12, 8))
