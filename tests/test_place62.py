"""Helper place, sixty-second session: events on the right day and in order (issue 10), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand (2027: 1 March is a Monday, 12 April a
Monday).
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import likely_within, only_event


# News: "N years since" a clause tells a past N years before publication; the clause is in the old time of the text that
# lies then, and that time is carried on (pipeline.py _anniversary_clauses, lexicon [anniversaries] since_words)

_FERRY = ("Hundreds gathered in Selby on Saturday to mark thirty years since a ferry sank in the Humber. The ferry went "
          "down in a storm in January 1997. Eleven passengers drowned. A new pier opened in 2001.")


def test_the_clause_of_years_since_is_in_the_old_month_told_later() -> None:
    """_FERRY (Monday 12 April 2027): thirty years before 2027 is 1997, and "January 1997" is told in the next sentence;
    the sinking lies in January 1997 (was Saturday 10 April 2027, the gathering's day)."""
    tl = timeline.build(_FERRY, reference_time="2027-04-12")
    assert likely_within(only_event(tl, "sank"), dt.datetime(1997, 1, 1), dt.datetime(1997, 2, 1))


def test_the_old_month_of_an_anniversary_is_carried_to_the_next_sentence() -> None:
    """_FERRY (Monday 12 April 2027): "Eleven passengers drowned", after the sentence dated January 1997, is in January
    1997 (was Saturday 10 April 2027: a month thirty years back read as a background the story returns from)."""
    tl = timeline.build(_FERRY, reference_time="2027-04-12")
    assert likely_within(only_event(tl, "drowned"), dt.datetime(1997, 1, 1), dt.datetime(1997, 2, 1))


def test_the_gathering_of_an_anniversary_stays_on_its_day() -> None:
    """_FERRY (Monday 12 April 2027): the gathering itself stays on Saturday 10 April 2027."""
    tl = timeline.build(_FERRY, reference_time="2027-04-12")
    assert likely_within(only_event(tl, "gathered"), dt.datetime(2027, 4, 10), dt.datetime(2027, 4, 11))


# A demand with its object between ("called for him to go"), its infinitive dated by a past time: the demand was made
# then (anchoring/times.py _intention_told_then, lexicon demanding_particles)

def test_a_call_for_someone_to_go_on_a_past_day_is_made_that_day() -> None:
    """"Supporters called for the manager to quit on Saturday after a cup defeat." (Monday 15 March 2027): the calling
    on Saturday 13 March (was the publication day, after the Saturday)."""
    tl = timeline.build("Supporters called for the manager to quit on Saturday after a cup defeat.", reference_time="2027-03-15")
    assert likely_within(only_event(tl, "called"), dt.datetime(2027, 3, 13), dt.datetime(2027, 3, 14))


def test_a_call_told_in_the_past_perfect_is_made_on_its_day() -> None:
    """"The chairman of the club resigned on Friday. Fans had called for him to go on Tuesday." (Monday 15 March 2027):
    the calling on Tuesday 9 March, before the resigning on Friday 12 March."""
    tl = timeline.build("The chairman of the club resigned on Friday. Fans had called for him to go on Tuesday.", reference_time="2027-03-15")
    assert likely_within(only_event(tl, "called"), dt.datetime(2027, 3, 9), dt.datetime(2027, 3, 10))


# A fixture opening its sentence, dated only by the infinitive of a relative clause between it and its calling off
# ("that had been due to start at noon on Saturday was cancelled"): called off by the end of that time
# (placement/further.py called_off_facts)

def test_a_fixture_due_in_a_relative_clause_is_called_off_by_its_time() -> None:
    """"A charity match in Leeds that had been due to kick off at 3pm on Sunday was postponed after the pitch froze."
    (Tuesday 9 March 2027): the postponing on Sunday 7 March (was the publication day)."""
    tl = timeline.build("A charity match in Leeds that had been due to kick off at 3pm on Sunday was postponed after the pitch froze.",
                        reference_time="2027-03-09")
    assert likely_within(only_event(tl, "postponed"), dt.datetime(2027, 3, 7), dt.datetime(2027, 3, 8))


# A past perfect opening its sentence after a dated simple past, linked to nothing but by its tense, is over before that
# day (placement/facts.py convention_facts told-back branch, pipeline.py _tense_tied)

def test_a_past_perfect_after_a_dated_sentence_is_over_before_its_day() -> None:
    """"A landlord was fined on Thursday. He had let a flat with no fire alarm to four students." (Monday 15 March 2027):
    the letting before Thursday 11 March (was on the Thursday, the past perfect's tense link to "fined" counted as a tie)."""
    tl = timeline.build("A landlord was fined on Thursday. He had let a flat with no fire alarm to four students.", reference_time="2027-03-15")
    assert likely_within(only_event(tl, "let"), dt.datetime(2026, 3, 1), dt.datetime(2027, 3, 11))


# A match's clock: the first verb of a clause opened right after a minute (", when ...") is at that minute too; "after
# the break" is a point of the clock (placement/match_clock.py, patterns occasion_minute_clause, occasion_clock_points)

def _starts_before(tl: timeline.Timeline, a: str, b: str) -> bool:
    """``a`` listed no later than ``b``, and a relation stating ``a`` before ``b`` (or ``b`` after ``a``)."""
    x, y = only_event(tl, a).eid, only_event(tl, b).eid
    return only_event(tl, a).likely_start <= only_event(tl, b).likely_start and any(
        (r.source, r.relation, r.target) in ((x, "BEFORE", y), (y, "AFTER", x)) for r in tl.relations)


def test_a_when_clause_after_a_late_minute_is_after_an_earlier_minute() -> None:
    """"Ayr beat Troon 2-1 on Saturday. Troon levelled in the 60th minute, and Ayr won it in the 88th minute, when Baird
    scored from a corner." (Monday 15 March 2027): the scoring at the 88th minute, after the levelling at the 60th."""
    tl = timeline.build("Ayr beat Troon 2-1 on Saturday. Troon levelled in the 60th minute, and Ayr won it in the 88th minute, "
                        "when Baird scored from a corner.", reference_time="2027-03-15")
    assert _starts_before(tl, "levelled", "scored")


def test_after_the_break_is_a_point_of_a_match_s_clock() -> None:
    """"Ayr beat Troon 2-1 on Saturday. Ayr won it in the 88th minute. Troon's goalkeeper was sent off after the break."
    (Monday 15 March 2027): the sending off just after minute 45, before the winning at the 88th, though told after it."""
    tl = timeline.build("Ayr beat Troon 2-1 on Saturday. Ayr won it in the 88th minute. Troon's goalkeeper was sent off after the break.",
                        reference_time="2027-03-15")
    assert _starts_before(tl, "sent", "won")


# A verb of beginning told back in the past perfect, opening its sentence with no complement event, is a step before the
# simple past told before it, and over by its start (placement/narration.py told_steps, told_step_facts)

def test_a_fire_that_had_started_is_over_by_the_call_told_before() -> None:
    """"Firefighters were called to a timber yard in Diss at 3am on Sunday. The fire had started in a shed." (Monday 15
    March 2027): the starting early on Sunday 14 March, by 3am (was the publication day, after the call)."""
    tl = timeline.build("Firefighters were called to a timber yard in Diss at 3am on Sunday. The fire had started in a shed.",
                        reference_time="2027-03-15")
    assert likely_within(only_event(tl, "started"), dt.datetime(2027, 3, 14), dt.datetime(2027, 3, 14, 3, 1))


# A past verb right before a length and "late", in a sentence whose infinitive a time dates (the time set for it):
# began that length after that time (placement/further.py late_start_facts, lexicon late_words)

def test_a_match_that_started_two_hours_late_started_after_its_time() -> None:
    """"Saturday's derby, which had been due to kick off at 3pm, started two hours late after a power cut." (Monday 15
    March 2027): the starting at 5pm or later on Saturday 13 March, two hours after the 3pm set for it (was the Saturday
    from its midnight)."""
    tl = timeline.build("Saturday's derby, which had been due to kick off at 3pm, started two hours late after a power cut.",
                        reference_time="2027-03-15")
    assert likely_within(only_event(tl, "started"), dt.datetime(2027, 3, 13, 17), dt.datetime(2027, 3, 14))
