"""Events placed by the lead in the nineteenth session (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from _timelines import event as _event, at as _at


_RAID = "Gunmen stormed a hotel in the capital on Tuesday night."


# a sentence that opens with a short-gap word before its signal is a time clause like "After ..."
@pytest.mark.parametrize(
    "second,word,certain_latest_start,likely_latest_end",
    [
        # "shortly": within a day certainly, most likely within hours of the attack (Tuesday 19:00 - Wednesday 06:00)
        ("Shortly after the attacks, the government closed the border.", "closed", "2026-12-03 06:00", "2026-12-02 12:00"),
        ("Soon after the assault, the army sealed the district.", "sealed", "2026-12-04 06:00", "2026-12-02 18:00"),
        # mid-sentence the same words already worked; they keep working
        ("The government closed the border shortly after the attacks.", "closed", "2026-12-03 06:00", "2026-12-02 12:00"),
    ],
)
def test_a_short_gap_before_a_fronted_signal_orders_and_bounds(second: str, word: str, certain_latest_start: str, likely_latest_end: str) -> None:
    tl = timeline.build(f"{_RAID} {second}", reference_time="2026-12-03")
    e = _event(tl, word)
    assert e.earliest_start is not None and e.earliest_start >= _at("2026-12-01 19:00")  # after the storming began
    assert e.latest_start is not None and e.latest_start <= _at(certain_latest_start)
    assert e.likely_end is not None and e.likely_end <= _at(likely_latest_end)


def test_a_modifier_before_a_fronted_signal_keeps_the_order_without_a_gap() -> None:
    tl = timeline.build("The polls closed at 8 p.m. on Sunday. Long after the polls closed, officials were still counting ballots.",
                        reference_time="2026-12-03")
    e = _event(tl, "counting")
    assert e.earliest_start is not None and e.earliest_start >= _at("2026-11-29 20:00")
    closings = {x.eid for x in tl.events if x.text == "closed"}
    assert any(a.target in closings and a.relation == "after" for a in e.anchors)


@pytest.mark.parametrize(
    "text,verb,noun",
    [
        (_RAID + " The attacks left nine people dead.", "stormed", "attacks"),
        ("A bomb exploded outside the station at 7 a.m. on Monday. Witnesses said the blast shattered windows.", "exploded", "blast"),
    ],
)
def test_a_definite_noun_takes_up_a_verb_that_told_the_same_kind_of_happening(text: str, verb: str, noun: str) -> None:
    tl = timeline.build(text, reference_time="2026-12-03")
    v, n = _event(tl, verb), _event(tl, noun)
    assert v.earliest_start is not None and (n.earliest_start, n.latest_end) == (v.earliest_start, v.latest_end)


def test_a_verb_kind_needs_a_definite_noun() -> None:
    # "an attack" is another one: nothing takes the storming's night
    tl = timeline.build(_RAID + " Officials fear an attack on the airport.", reference_time="2026-12-03")
    assert _event(tl, "attack").earliest_start is None


@pytest.mark.parametrize(
    "text,word",
    [
        ("A reporter was held for 18 days last year before being charged with smuggling.", "smuggling"),
        ("Two men accused of the robbery appeared in court on Monday.", "robbery"),
        ("Police arrested a woman on suspicion of arson on Friday.", "arson"),
        ("The councillor, who allegedly took bribes in 2023, resigned on Tuesday.", "took"),
    ],
)
def test_what_an_accusation_names_is_not_placed(text: str, word: str) -> None:
    e = _event(timeline.build(text, reference_time="2026-12-03"), word)
    assert e.hypothetical_clause and e.likely_start is None


@pytest.mark.parametrize(
    "text,word,day",
    [
        # the accused appeared: real, and dated by its own time
        ("Two men accused of the robbery appeared in court on Monday.", "appeared", "2026-11-30"),
        # the arrest, not the alleged arson, is what Friday dates
        ("Police arrested a woman on suspicion of arson on Friday.", "arrested", "2026-11-27"),
        ("The councillor, who allegedly took bribes in 2023, resigned on Tuesday.", "resigned", "2026-12-01"),
    ],
)
def test_the_real_events_around_an_accusation_keep_their_day(text: str, word: str, day: str) -> None:
    e = _event(timeline.build(text, reference_time="2026-12-03"), word)
    assert not e.hypothetical_clause
    assert (e.earliest_start, e.latest_end) == (_at(day), _at(day) + dt.timedelta(days=1))


@pytest.mark.parametrize(
    "text,noun,day",
    [
        ("Unions called a four-hour strike for next Tuesday.", "strike", "2026-03-17"),
        ("The council set a hearing for next Friday after a long debate.", "hearing", "2026-03-20"),
    ],
)
def test_a_noun_set_for_a_date_is_not_put_in_the_past_by_its_clause(text: str, noun: str, day: str) -> None:
    # the clause is past ("called"), the noun is set for a day to come: no conflict to report
    tl = timeline.build(text, reference_time="2026-03-12")
    e = _event(tl, noun)
    assert not tl.conflicts
    assert e.earliest_start == _at(day) and e.latest_end == _at(day) + dt.timedelta(days=1)


_HIT = "A ferry hit a fishing boat at 6 p.m. on 1 March 2026."


@pytest.mark.parametrize(
    "middle,other",
    [
        # a flashback in the past perfect is not the event a "within" counts from
        ("The crew had been drinking for hours.", "drinking"),
        # nor a verb describing a noun ("who testified in May 2025")
        ("Lawyers for the crew, who testified in May 2025, asked for a delay.", "testified"),
    ],
)
def test_within_does_not_count_from_a_flashback_or_a_relative_clause(middle: str, other: str) -> None:
    tl = timeline.build(f"{_HIT} {middle} Officials said the boat sank within minutes.", reference_time="2026-03-15")
    sank, o = _event(tl, "sank"), _event(tl, other)
    assert all(a.target != o.eid for a in sank.anchors)


def test_within_after_a_report_of_the_story_counts_from_the_event_before() -> None:
    tl = timeline.build(f"{_HIT} The court heard that the boat sank within minutes.", reference_time="2026-03-15")
    sank = _event(tl, "sank")
    assert sank.earliest_start == _at("2026-03-01 18:00") and sank.latest_end is not None and sank.latest_end <= _at("2026-03-01 19:02")


def test_the_departure_takes_up_the_leaving() -> None:
    tl = timeline.build("The ferry left the quay at 6:10 p.m. on Sunday. Passengers said the crew had been drinking for hours before the departure.",
                        reference_time="2026-03-15")
    drinking = _event(tl, "drinking")
    assert drinking.latest_end is not None and drinking.latest_end <= _at("2026-03-15 18:11")


@pytest.mark.parametrize(
    "text",
    [
        # begun, not over: a 72-hour strike from Monday 06:00 still runs on Tuesday
        "Dock workers began a 72-hour strike at 6 a.m. on Monday.",
        # the walkout is the strike: its clause's past tense does not end it before publication
        "Dock workers began a 72-hour strike at 6 a.m. on Monday. The walkout followed the collapse of pay talks.",
        # a noun a date of its own dates: the clause's past perfect does not put it in the past
        "Repairs had been planned for next spring, the council said.",
    ],
)
def test_a_nouns_clause_tense_is_no_conflict_when_the_text_says_more(text: str) -> None:
    tl = timeline.build(text, reference_time="2026-03-10")
    assert not tl.conflicts


@pytest.mark.parametrize(
    "text,word,earliest",
    [
        # a "within" of a planned event counts from the event to come before it in its sentence
        ("Tickets go on sale next Monday, and the club expects them to sell out within hours.", "sell", "2026-05-04"),
        ("The council will vote on Friday, and work will begin within weeks.", "begin", "2026-05-01"),
        # with nothing to come before it, from the publication date
        ("The port is expected to reopen within two weeks.", "reopen", "2026-04-29"),
    ],
)
def test_within_of_a_planned_event_counts_from_the_event_to_come_before_it(text: str, word: str, earliest: str) -> None:
    e = _event(timeline.build(text, reference_time="2026-04-29"), word)
    assert e.earliest_start == _at(earliest)
