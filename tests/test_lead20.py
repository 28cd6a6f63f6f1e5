"""Events placed by the lead in the twentieth session (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from _timelines import event as _event, at as _at


# what "for" names after a verb of arrest, punishment or blame came before that verb; an arrest's
# reason most likely within the day before it, not in a year a neighbouring clause tells
@pytest.mark.parametrize(
    "text,reason,verb,likely_from",
    [
        ("Police arrested four fans outside the stadium on Saturday for fighting.", "fighting", "arrested", "2026-11-27"),
        ("A teacher was detained for the attack on Saturday.", "attack", "detained", "2026-11-27"),
        # the year of the next clause is not the looting's: the arrest (Saturday) is what it precedes
        ("A man arrested during the riot on Saturday for looting a bakery was jailed for a week last year.", "looting", "arrested", "2026-11-27"),
    ],
)
def test_an_arrest_comes_soon_after_its_reason(text: str, reason: str, verb: str, likely_from: str) -> None:
    tl = timeline.build(text, reference_time="2026-12-03")
    r, v = _event(tl, reason), _event(tl, verb)
    assert r.latest_end is not None and v.latest_end is not None and r.latest_end <= v.latest_end  # certain: not after the arrest
    assert r.likely_start is not None and r.likely_end is not None and v.likely_start is not None
    assert _at(likely_from) <= r.likely_start and r.likely_end <= v.likely_start + dt.timedelta(days=1)


@pytest.mark.parametrize(
    "text,reason,verb",
    [
        ("The airline was fined on Tuesday for the cancellations.", "cancellations", "fined"),
        ("The minister apologised on Friday for the delays.", "delays", "apologised"),
    ],
)
def test_a_reason_comes_before_the_verb_that_gives_it(text: str, reason: str, verb: str) -> None:
    tl = timeline.build(text, reference_time="2026-12-03")
    r, v = _event(tl, reason), _event(tl, verb)
    assert r.latest_end is not None and v.latest_end is not None and r.latest_end <= v.latest_end
    assert tl.before(r.eid, v.eid)


@pytest.mark.parametrize(
    "text,word",
    [
        # a purpose after "for" comes next, and a length is no reason at all
        ("The suspect was held on Monday for questioning.", "questioning"),
        ("Protesters were held for hours during the march on Sunday.", "march"),
    ],
)
def test_what_is_no_reason_is_not_put_before(text: str, word: str) -> None:
    tl = timeline.build(text, reference_time="2026-12-03")
    assert not tl.before(_event(tl, word).eid, _event(tl, "held").eid)


# the day that dates the arrest most likely dates its reason too: the reason continues its sentence's time
@pytest.mark.parametrize(
    "text,reason,day",
    [
        ("Police detained two drivers on Wednesday for blocking a bridge.", "blocking", "2026-12-02"),
        ("A guard was arrested at the depot on Monday for the theft of fuel.", "theft", "2026-11-30"),
    ],
)
def test_the_reason_of_a_dated_arrest_most_likely_falls_in_its_day(text: str, reason: str, day: str) -> None:
    e = _event(timeline.build(text, reference_time="2026-12-03"), reason)
    assert e.likely_start is not None and e.likely_end is not None
    assert _at(day) <= e.likely_start and e.likely_end <= _at(day) + dt.timedelta(days=1)


# what a vote or a decision decides is no purpose of it: the time after the infinitive is the decided event's
@pytest.mark.parametrize(
    "text,verb",
    [
        ("Bus drivers have voted to strike for two days next month, their union said on Friday.", "voted"),
        ("Members of the club voted to hold the final in Lisbon next spring.", "voted"),
    ],
)
def test_a_decision_is_not_dated_by_the_time_of_what_it_decides(text: str, verb: str) -> None:
    e = _event(timeline.build(text, reference_time="2026-12-03"), verb)
    assert e.latest_end is not None and e.latest_end <= _at("2026-12-04")


def test_a_decision_shares_a_past_time_of_what_it_decides() -> None:
    # a day already past dates the vote as well: the members accepted the offer by voting on Sunday
    e = _event(timeline.build("Union members voted to accept the offer on Sunday.", reference_time="2026-12-03"), "voted")
    assert (e.earliest_start, e.latest_end) == (_at("2026-11-29"), _at("2026-11-30"))


# "expected"/"due" after a noun with its complement: the time is the noun's, not the expecting's
@pytest.mark.parametrize(
    "text,noun,month",
    [
        ("The ministry said on Monday that a ruling about the licence was expected in April.", "ruling", "2027-04-01"),
        ("Officials said a decision about its future was due in March.", "decision", "2027-03-01"),
    ],
)
def test_an_expected_noun_with_a_complement_takes_the_time(text: str, noun: str, month: str) -> None:
    tl = timeline.build(text, reference_time="2026-12-03")
    e = _event(tl, noun)
    assert e.earliest_start == _at(month)
    assert not tl.conflicts


# a gap after a comma that follows a time ahead ("a final on March 3, ten days after ...") cannot
# count from that time when the event it names is past: the sentence's past verb is what follows it
def test_a_gap_after_a_time_ahead_counts_from_the_past_verb() -> None:
    text = "Ministers voted on Monday to hold a referendum on March 3, two weeks after the ceasefire collapsed."
    tl = timeline.build(text, reference_time="2026-12-03")
    collapsed = _event(tl, "collapsed")
    assert not tl.conflicts
    # two weeks before Monday 30 Nov: over by the end of 17 Nov, most likely on the 16th
    assert collapsed.latest_end is not None and collapsed.latest_end <= _at("2026-11-17")
    assert collapsed.likely_start is not None and _at("2026-11-16") <= collapsed.likely_start


# "start on X and end on Y": the second time is the end's, not the start's
def test_a_coordinated_end_takes_its_own_time() -> None:
    tl = timeline.build("The festival will start on June 2 and end on June 6 if the weather holds.", reference_time="2026-05-08")
    start = _event(tl, "start")
    assert not tl.conflicts
    assert (start.earliest_start, start.latest_end) == (_at("2026-06-02"), _at("2026-06-03"))


# "three days later" after a past month counts from that month, not from the publication date
def test_a_day_offset_after_a_past_month_counts_from_the_month() -> None:
    tl = timeline.build("The plant closed in late October. It reopened three days later.", reference_time="2026-12-03")
    offset = next(t for t in tl.timexes if t.text.startswith("three days"))
    assert offset.earliest is not None and offset.latest is not None
    assert _at("2026-10-04") <= offset.earliest and offset.latest <= _at("2026-11-04")
    reopened = _event(tl, "reopened")
    assert reopened.latest_end is not None and reopened.latest_end <= _at("2026-11-04")


# a past tense in a time clause after "would" is a time to come (the sequence of tenses), not a past event
@pytest.mark.parametrize(
    "text,word",
    [
        ("The chief executive said the jets would fly again before Christmas, once inspections were complete.", "complete"),
        ("The minister said he would resign after the report was published.", "published"),
    ],
)
def test_a_past_tense_after_would_in_a_time_clause_is_to_come(text: str, word: str) -> None:
    e = _event(timeline.build(text, reference_time="2026-12-03"), word)
    assert e.hypothetical_clause and e.latest_end is None


def test_a_past_tense_after_will_in_a_time_clause_stays_past() -> None:
    # "will" looks ahead from now: a past verb in its time clause is past ("before the report was leaked")
    e = _event(timeline.build("The minister will resign, aides said after the report was leaked.", reference_time="2026-12-03"), "leaked")
    assert not e.hypothetical_clause and e.latest_end is not None and e.latest_end <= _at("2026-12-04")


def test_a_day_offset_counts_from_the_month_told_since_the_last_day() -> None:
    # the last day told ("before Christmas", ahead) is older in the text than "late October": the offset counts from October
    text = "Officials said the line would reopen before Christmas. The fault was found in late October. Engineers replaced the part three days later."
    tl = timeline.build(text, reference_time="2026-12-03")
    offset = next(t for t in tl.timexes if t.text.startswith("three days"))
    assert offset.earliest is not None and offset.latest is not None
    assert _at("2026-10-04") <= offset.earliest and offset.latest <= _at("2026-11-04")


# "until" after a verb that moves a happening names the new time, which the act comes before
@pytest.mark.parametrize(
    "text,verb",
    [
        ("The judge adjourned the hearing until January 8.", "adjourned"),
        ("Organisers postponed the final until May because of the flooding.", "postponed"),
    ],
)
def test_a_rescheduling_act_comes_before_its_new_time(text: str, verb: str) -> None:
    tl = timeline.build(text, reference_time="2026-11-30")
    e = _event(tl, verb)
    assert not tl.conflicts
    assert e.latest_end is not None and e.latest_end <= _at("2026-12-01")


def test_a_when_clause_of_a_time_is_the_times_not_the_verbs() -> None:
    # "until March 2, when ...": the relative clause tells of March 2; the closing does not happen during it
    tl = timeline.build("The council closed the pool until March 2, 2027, when inspectors will return.", reference_time="2026-11-30")
    closed, ret = _event(tl, "closed"), _event(tl, "return")
    assert closed.earliest_start is None or closed.earliest_start < _at("2027-03-02")
    assert ret.earliest_start == _at("2027-03-02")


def test_preparing_for_an_event_is_not_dated_by_its_time() -> None:
    tl = timeline.build("The town is preparing for a festival in March.", reference_time="2026-11-30")
    assert _event(tl, "festival").earliest_start == _at("2027-03-01")
    preparing = _event(tl, "preparing")
    assert preparing.earliest_start is None or preparing.earliest_start < _at("2027-03-01")


@pytest.mark.parametrize(
    "text,verb,start",
    [
        # the noun after "from" is a state the object leaves: the time dates the verb
        ("The operator withdrew a sister ship from service last month after a similar fault.", "withdrew", "2026-11-01"),
        ("The army pulled two battalions of reservists from the offensive in March.", "pulled", "2026-03-01"),
    ],
)
def test_a_time_after_a_noun_the_object_is_taken_from_dates_the_verb(text: str, verb: str, start: str) -> None:
    e = _event(timeline.build(text, reference_time="2026-12-03"), verb)
    assert e.earliest_start == _at(start)


@pytest.mark.parametrize(
    "text,verb",
    [
        # a clock time a set makes recurrent is a time of each such day: it dates no one day
        ("The library will stay open until 9 p.m. on weekdays from next month.", "stay"),
        ("The ferry sails at 6 a.m. every day from April.", "sails"),
    ],
)
def test_a_recurring_clock_time_dates_no_event(text: str, verb: str) -> None:
    tl = timeline.build(text, reference_time="2026-03-02")
    e = _event(tl, verb)
    assert not tl.conflicts
    assert e.latest_end is None or e.latest_end > _at("2026-03-03")  # not held to the publication day's evening
