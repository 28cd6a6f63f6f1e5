"""Session 35, helper place: events of news stories placed on their likely day (sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

from timeline import build

from _timelines import event


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

