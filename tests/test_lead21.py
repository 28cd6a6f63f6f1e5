"""Events placed by the lead in the twenty-first session (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from _timelines import event as _event, likely_within_day, value_and_bounds


# a subject that denies its verb makes the event negated: not placed, listed as mentioned
@pytest.mark.parametrize(
    "text,word",
    [
        ("Nobody was hurt when the crane fell on Tuesday.", "hurt"),
        ("No one has claimed the break-in at the depot.", "claimed"),
        ("None of the forty passengers were injured in the crash on Monday.", "injured"),
        ("No arrests were made after the march on Saturday.", "made"),
        ("Neither driver was hurt in the collision.", "hurt"),
        ("Officials said nothing was taken from the safe.", "taken"),
        ("The storm passed, and no flights were cancelled at the airport.", "cancelled"),
    ],
)
def test_a_negative_subject_denies_its_verb(text: str, word: str) -> None:
    tl = timeline.build(text, reference_time="2026-12-03")
    e = _event(tl, word)
    assert e.polarity == "NEG" and not e.real
    assert e.likely_start is None  # as for "was not hurt": no likely interval


# the same words elsewhere in the sentence deny nothing: the verb after a relative clause, an
# object, a determiner inside a longer phrase than the reach
@pytest.mark.parametrize(
    "text,word",
    [
        ("Nobody knows why the bridge collapsed on Tuesday.", "collapsed"),
        ("The council said on Monday that it had no money and closed the pool.", "closed"),
        ("Rescuers found no survivors and left the site on Sunday.", "left"),
        ("No sooner had the ferry docked than the strike began on Friday.", "began"),
        ("Neither union would say what happened at the talks on Friday.", "happened"),
        ("The vote goes ahead on Monday, no matter what happens in court.", "happens"),
    ],
)
def test_a_negative_word_elsewhere_denies_nothing(text: str, word: str) -> None:
    tl = timeline.build(text, reference_time="2026-12-03")
    e = _event(tl, word)
    assert e.polarity == "POS" and e.real


# one word may stand between "for" (and its article) and a noun reason: the reason still came
# before the fine or the blame
@pytest.mark.parametrize(
    "text,reason,verb",
    [
        ("The club was fined on Monday for a safety breach at the stadium.", "breach", "fined"),
        ("The council was criticised on Monday for its slow response to the flood.", "response", "criticised"),
        ("Three players were fined on Monday for late arrivals.", "arrivals", "fined"),
    ],
)
def test_a_reason_with_a_modifier_comes_before_the_verb(text: str, reason: str, verb: str) -> None:
    tl = timeline.build(text, reference_time="2026-12-03")
    r, v = _event(tl, reason), _event(tl, verb)
    assert r.latest_end is not None and v.latest_end is not None and r.latest_end <= v.latest_end


# a word that looks ahead after "for" names what comes next, not a reason
@pytest.mark.parametrize(
    "text,noun,verb",
    [
        ("The driver was banned on Monday for the remaining rallies.", "rallies", "banned"),
        ("The driver was banned on Monday for the next meeting.", "meeting", "banned"),
    ],
)
def test_a_time_ahead_after_for_is_no_reason(text: str, noun: str, verb: str) -> None:
    tl = timeline.build(text, reference_time="2026-12-03")
    v = _event(tl, verb)
    n = _event(tl, noun)
    assert n.latest_end is None or v.latest_end is None or n.latest_end > v.latest_end


# "on Tuesday, two days after ..." after the verb's object event noun and a long phrase: the offset
# still orders the clause's verb, so what came two days before lands on Sunday
@pytest.mark.parametrize(
    "text,before,day",
    [
        ("The operator suspended its night crossings between the two ports on Tuesday, two days after an engine fire forced the crew to abandon ship.", "forced", "2026-06-07"),
        ("The council halted all building inspections across the county on Friday, a week after a school wall collapsed.", "collapsed", "2026-05-29"),
    ],
)
def test_an_offset_after_a_comma_orders_the_verb_of_a_long_clause(text: str, before: str, day: str) -> None:
    tl = timeline.build(text, reference_time="2026-06-10")
    assert likely_within_day(_event(tl, before), dt.date.fromisoformat(day))


# a week on from a part of a day is that whole day: the morning does not carry over a week
def test_a_week_after_a_morning_is_the_whole_day() -> None:
    text = "A water main burst on the night of 3 May. Plumbers arrived the next morning. The road reopened a week later."
    assert value_and_bounds(text, "a week", "2026-06-10") == ("P1W", "2026-05-11T00:00", "2026-05-12T00:00")
    # a week on from a day stays that day
    assert value_and_bounds("The bridge shut on 3 May. It reopened a week later.", "a week", "2026-06-10") == ("P1W", "2026-05-10T00:00", "2026-05-11T00:00")


# "about twenty minutes into the voyage" places the start within the voyage; it is no length of the
# start, which would shorten the half hour the crew had after it
def test_a_length_into_an_event_is_no_length_of_the_verb() -> None:
    text = "The blaze started in the hold shortly after 10 p.m. on Friday, about twenty minutes into the voyage. The crew put it out within half an hour."
    tl = timeline.build(text, reference_time="2026-06-10")
    started, put = _event(tl, "started"), _event(tl, "put")
    assert (started.earliest_start, started.latest_end) == (dt.datetime(2026, 6, 5, 22), dt.datetime(2026, 6, 5, 22, 30))
    assert put.latest_end == dt.datetime(2026, 6, 5, 23)  # half an hour after the latest start
    assert not tl.conflicts


# the subject noun of a "would" in a past report is still to come: its clause's past tense does
# not end it before publication
@pytest.mark.parametrize(
    "text,noun",
    [
        ("The council said repairs would be completed within a month.", "repairs"),
        ("The union said strikes would continue.", "strikes"),
    ],
)
def test_the_subject_of_a_would_is_not_past(text: str, noun: str) -> None:
    tl = timeline.build(text, reference_time="2026-06-10")
    assert _event(tl, noun).latest_end is None or _event(tl, noun).latest_end > dt.datetime(2026, 6, 11)


# an undated "will" is not squeezed onto the publication day: most likely within the months after it
@pytest.mark.parametrize(
    "text,word",
    [
        ("The council will publish its plan.", "publish"),
        ("The airline will cut 300 jobs, its chief executive said.", "cut"),
    ],
)
def test_an_undated_will_is_likely_in_the_months_ahead(text: str, word: str) -> None:
    tl = timeline.build(text, reference_time="2026-06-10")
    e = _event(tl, word)
    assert e.likely_start is not None and e.likely_end is not None
    assert e.likely_start >= dt.datetime(2026, 6, 10) and e.likely_end >= dt.datetime(2026, 7, 10)


# the infinitive of purpose of a dated "will" is a plan that time dates, a place and a time between them
@pytest.mark.parametrize(
    "text,word,day",
    [
        ("He will travel to the capital on March 12 to sign the treaty.", "sign", "2026-03-12"),
        ("Firefighters will return to the site on Monday to look for the cause.", "look", "2026-03-02"),
    ],
)
def test_a_purpose_after_a_place_and_a_time_is_planned_then(text: str, word: str, day: str) -> None:
    tl = timeline.build(text, reference_time="2026-03-01")
    e = _event(tl, word)
    assert e.real and likely_within_day(e, dt.date.fromisoformat(day))


# an infinitive an order or a summons governs is a firm plan: placed once a time of its own dates it
@pytest.mark.parametrize(
    "text,word,day",
    [
        ("The committee summoned the minister to testify on March 10.", "testify", "2026-03-10"),
        ("The court ordered the firm to repay its customers on April 2.", "repay", "2026-04-02"),
    ],
)
def test_an_ordered_infinitive_with_a_date_is_placed(text: str, word: str, day: str) -> None:
    tl = timeline.build(text, reference_time="2026-03-01")
    e = _event(tl, word)
    assert e.real and likely_within_day(e, dt.date.fromisoformat(day))


# what a verb of response takes as its object had begun by then: its latest start is the response's
@pytest.mark.parametrize(
    "text,noun,verb",
    [
        ("Hundreds mourned the deaths at a vigil on Sunday.", "deaths", "mourned"),
        ("The council condemned the bombing on Thursday.", "bombing", "condemned"),
    ],
)
def test_the_object_of_a_response_had_begun(text: str, noun: str, verb: str) -> None:
    tl = timeline.build(text, reference_time="2026-03-06")
    n, v = _event(tl, noun), _event(tl, verb)
    assert n.latest_start is not None and v.latest_end is not None and n.latest_start <= v.latest_end

