"""Session 35, helper place: events of news stories placed on their likely day (sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

from timeline import build

from _timelines import event, likely_within_day


def _inside(e, begin: dt.datetime, end: dt.datetime) -> bool:
    return (e.likely_start is not None and e.likely_end is not None
            and begin <= e.likely_start.replace(tzinfo=None) and e.likely_end.replace(tzinfo=None) <= end)


def test_a_reported_plan_about_a_question_is_real_and_placed() -> None:
    # published Monday 22 Jun 2026: "whether" after the verb opens what the vote is about, no condition on the plan
    tl = build("Dock workers met their employers on Friday. Their union said members would vote next week on whether to strike.",
               reference_time="2026-06-22")
    vote = event(tl, "vote")
    assert vote.real
    assert _inside(vote, dt.datetime(2026, 6, 29), dt.datetime(2026, 7, 6))
    assert not event(tl, "strike").real
    # "whether or not" is a condition: the plan stays supposed
    tl = build("The organisers said the parade would go ahead on Sunday whether or not it rained.", reference_time="2026-06-22")
    assert not event(tl, "go").real
    # and so is "if"
    tl = build("Their union said members would vote next week if talks failed.", reference_time="2026-06-22")
    assert not event(tl, "vote").real


def test_an_aside_on_a_happening_that_opens_the_sentence_dates_its_main_verb() -> None:
    # published Tuesday 13 Oct 2026: the aside dates the flood the subject phrase names, past a modifier after its head
    text = ("Roads near the river were closed on Tuesday. The worst flood to reach the valley, which came in March 2019, "
            "cut off four villages for a week.")
    cut = event(build(text, reference_time="2026-10-13"), "cut")
    assert _inside(cut, dt.datetime(2019, 3, 1), dt.datetime(2019, 4, 1))
    # a subject that is no happening keeps its own story: the aside describes the thing, not the main verb's time
    text = ("Roads near the river were closed on Tuesday. The oldest bridge in the valley, which opened in March 2019, "
            "carried four lorries an hour.")
    carried = event(build(text, reference_time="2026-10-13"), "carried")
    assert not _inside(carried, dt.datetime(2019, 3, 1), dt.datetime(2019, 4, 1))


def test_a_part_of_a_term_served_lasts_that_part_of_the_term_imposed() -> None:
    # published Thursday 3 Sep 2026: jailed for eight years, half of it served: about four years, not a day or a month
    tl = build("A lorry driver was jailed for eight years in March 2022 for smuggling cigarettes. He was freed on Tuesday "
               "having served half of his sentence.", reference_time="2026-09-03")
    serving = [e for e in tl.events if e.text == "served"][0]
    assert serving.likely_start is not None and serving.likely_end is not None
    length = serving.likely_end - serving.likely_start
    assert dt.timedelta(days=3 * 365) < length < dt.timedelta(days=5 * 365)
    assert any(a.relation == "lasts" for a in serving.anchors)
    # "more than half" of a ten-year term: at least five years
    tl = build("A banker was sentenced to ten years in 2019. She was released last month after serving more than half of "
               "her sentence.", reference_time="2026-09-03")
    serving = event(tl, "serving")
    assert serving.likely_end - serving.likely_start >= dt.timedelta(days=5 * 365)
    # no term told before it: no length is made up
    tl = build("The banker was released last month after serving half of her sentence.", reference_time="2026-09-03")
    assert not any(a.relation == "lasts" for a in event(tl, "serving").anchors)


def test_a_time_after_the_object_of_a_holding_verb_dates_the_object() -> None:
    # published Saturday 7 Feb 2026: the tour held a visit; the visit is what May dates, the holding has no time
    tl = build("The minister resigned on Friday. Her expenses, which included a visit to a golf resort in May 2024, "
               "cost the taxpayer 9,000 pounds.", reference_time="2026-02-07")
    visit = event(tl, "visit")
    assert _inside(visit, dt.datetime(2024, 5, 1), dt.datetime(2024, 6, 1))
    assert not any(a.target != "reference_time" and a.relation == "during" for a in event(tl, "included").anchors)
    # a verb that is no state keeps the time: the attending was in May
    tl = build("The minister resigned on Friday. She attended a visit to a golf resort in May 2024.", reference_time="2026-02-07")
    assert _inside(event(tl, "attended"), dt.datetime(2024, 5, 1), dt.datetime(2024, 6, 1))


def test_a_sentence_told_only_of_a_plan_ahead_leaves_the_story_at_the_time_before_it() -> None:
    # published Wednesday 11 Mar 2026: the hearing was Monday; "next month" is the plan's, no scene for the court's hearing
    tl = build("A van driver admitted dangerous driving at Hull Crown Court on Monday. He will be sentenced next month. "
               "The court heard that he had been reading messages on his phone.", reference_time="2026-03-11")
    assert likely_within_day(event(tl, "heard"), dt.date(2026, 3, 9))
    # with no plan between, the same hearing continues the day before it too
    tl = build("A van driver admitted dangerous driving at Hull Crown Court on Monday. "
               "The court heard that he had been reading messages on his phone.", reference_time="2026-03-11")
    assert likely_within_day(event(tl, "heard"), dt.date(2026, 3, 9))


def test_an_infinitive_under_a_denied_plan_is_no_plan_and_not_placed() -> None:
    # published Thursday 3 Sep 2026: she did not plan to return, so the return is not a dated happening
    tl = build("The freed journalist said she would rest and did not plan to return to work this year.", reference_time="2026-09-03")
    back = event(tl, "return")
    assert not back.real and back.likely_start is None
    # a plan not denied stays a plan, placed in its year
    tl = build("The freed journalist said she planned to return to work this year.", reference_time="2026-09-03")
    back = event(tl, "return")
    assert back.real and _inside(back, dt.datetime(2026, 1, 1), dt.datetime(2027, 1, 1))


def test_the_object_of_a_denied_creating_verb_did_not_happen() -> None:
    # published Saturday 7 Feb 2026: no investigation was opened, so none is placed
    tl = build("The mayor resigned on Friday. Police said they would not open an investigation.", reference_time="2026-02-07")
    inquiry = event(tl, "investigation")
    assert not inquiry.real and inquiry.likely_start is None
    # one opened is real
    tl = build("The mayor resigned on Friday. Police opened an investigation on Thursday.", reference_time="2026-02-07")
    assert event(tl, "investigation").real
    # a denied verb that does not bring the noun about leaves it real: the meeting took place
    tl = build("The mayor resigned on Friday. He did not attend the meeting on Thursday.", reference_time="2026-02-07")
    assert event(tl, "meeting").real


def test_a_past_act_told_in_an_aside_on_a_dated_subject_came_before_its_time() -> None:
    # published Friday 27 Nov 2026: the judge ordered the inquiry before she retired on Thursday, not on the Friday after
    tl = build("Judge Ann Roe, who ordered the inquiry into the hospital, retired on Thursday.", reference_time="2026-11-27")
    ordered = event(tl, "ordered")
    assert ordered.likely_end is not None and ordered.likely_end.replace(tzinfo=None) <= dt.datetime(2026, 11, 26)
    assert ordered.likely_start.replace(tzinfo=None) >= dt.datetime(2025, 11, 1)  # wide, within the year before: no day is made up
    assert ordered.likely_end - ordered.likely_start > dt.timedelta(days=300)
    # an aside with a time of its own keeps it
    tl = build("Judge Ann Roe, who ordered the inquiry in March, retired on Thursday.", reference_time="2026-11-27")
    assert _inside(event(tl, "ordered"), dt.datetime(2026, 3, 1), dt.datetime(2026, 4, 1))
    # a restrictive relative the text orders before the main verb too: the theft came before the jailing, not the day before
    tl = build("A woman who stole 40,000 pounds from her employer was jailed on Thursday.", reference_time="2026-11-27")
    stole = event(tl, "stole")
    assert stole.likely_end.replace(tzinfo=None) <= dt.datetime(2026, 11, 26)
    assert stole.likely_end - stole.likely_start > dt.timedelta(days=300)


def test_a_report_confirming_a_plan_takes_no_time_of_the_plan() -> None:
    # published Monday 22 Jun 2026: the confirming was before publication; the match it confirms is on Saturday
    tl = build("The club has confirmed that the match will go ahead on Saturday.", reference_time="2026-06-22")
    confirmed = event(tl, "confirmed")
    assert confirmed.earliest_start is None or confirmed.earliest_start.replace(tzinfo=None) < dt.datetime(2026, 6, 23)
    assert confirmed.likely_start is not None and confirmed.likely_start.replace(tzinfo=None) < dt.datetime(2026, 6, 23)
    # a happening confirmed is still responded to: the confirming comes no earlier than it
    tl = build("The council has confirmed the closure of the library, which shut its doors last month.", reference_time="2026-06-22")
    assert any(a.relation == "not_before" for a in event(tl, "confirmed").anchors)
