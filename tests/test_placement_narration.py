"""An undated happening told in the simple past carries on the day (or part of a day) the
sentence before it told of; a state that may still hold, a report, a present and a longer time
do not (timeline/placement/facts.py ``continued_discourse``, timeline/pipeline.py). Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import timeline

REF = "2026-07-22"  # a Wednesday
TUESDAY = (dt.datetime(2026, 7, 21), dt.datetime(2026, 7, 22))


def _likely(text: str, word: str) -> tuple[dt.datetime, dt.datetime]:
    e = next(e for e in timeline.build(text, reference_time=REF).events if e.text == word)
    assert e.likely_start is not None and e.likely_end is not None
    return e.likely_start, e.likely_end


def _inside(span: tuple[dt.datetime, dt.datetime], day: tuple[dt.datetime, dt.datetime]) -> bool:
    return day[0] <= span[0] and span[1] <= day[1]


def test_a_happening_in_the_next_sentence_stays_on_that_day() -> None:
    text = "A fire broke out on a cargo ship on Tuesday. The crew abandoned the vessel within minutes."
    assert _inside(_likely(text, "abandoned"), TUESDAY)


def test_a_state_that_may_still_hold_does_not() -> None:
    text = "Inspectors closed the warehouse on Tuesday. The building contained hundreds of barrels of paint."
    assert not _inside(_likely(text, "contained"), TUESDAY)


def test_nor_after_a_month() -> None:
    text = "A fire broke out on a cargo ship in March. The crew abandoned the vessel within minutes."
    start, end = _likely(text, "abandoned")
    assert not (dt.datetime(2026, 3, 1) <= start and end <= dt.datetime(2026, 4, 1))


def test_nor_a_clock_time() -> None:
    text = "A footbridge collapsed at about 3:40 a.m. on Tuesday. Rescuers pulled two men from the river."
    start, end = _likely(text, "pulled")
    assert end - start > dt.timedelta(hours=2)


def test_nor_an_event_the_text_orders() -> None:
    text = "A storm flooded the valley on Tuesday. The governor toured the valley shortly after the water receded."
    assert not _inside(_likely(text, "toured"), TUESDAY)


def test_a_long_undated_past_event_ends_by_publication() -> None:
    # a six-year event told as past: not six years from the publication day on
    start, end = _likely("A jury on Tuesday convicted a former clerk of stealing money from the town over six years.", "stealing")
    assert end <= dt.datetime(2026, 7, 23)
    assert start <= dt.datetime(2020, 7, 23)


def test_a_verb_told_again_keeps_the_time_of_its_first_mention() -> None:
    text = ("A missing climber was found alive on Sunday morning. A search had begun on Thursday, and a helicopter "
            "joined it the next day. Volunteers found her in a hut below the ridge.")
    found = [e for e in timeline.build(text, reference_time=REF).events if e.text == "found"]
    sunday = (dt.datetime(2026, 7, 19), dt.datetime(2026, 7, 20))
    assert len(found) == 2 and all(e.likely_start is not None and _inside((e.likely_start, e.likely_end), sunday) for e in found)


def test_a_beginning_the_text_bounds_from_below_is_soon_over() -> None:
    start, end = _likely("The fire started in the engine room an hour after the ferry left the harbour at 7 a.m. on Tuesday.", "started")
    assert start >= dt.datetime(2026, 7, 21, 8) and end - start <= dt.timedelta(hours=1)


def test_a_beginning_known_only_to_end_by_a_day_keeps_its_start_in_that_day() -> None:
    start, end = _likely("Firefighters were still battling the wildfire on Tuesday, three days after it broke out.", "broke")
    assert (start, end) == (dt.datetime(2026, 7, 18), dt.datetime(2026, 7, 19))


def test_the_narration_carries_the_day_on_through_sentences_with_no_time_of_their_own() -> None:
    text = ("A fire broke out on a cargo ship on Tuesday. The crew abandoned the vessel within minutes. "
            "A fishing boat picked up the sailors from a life raft.")
    assert _inside(_likely(text, "abandoned"), TUESDAY)
    assert _inside(_likely(text, "picked"), TUESDAY)


def test_a_perception_or_an_order_told_in_the_simple_past_is_a_happening_too() -> None:
    text = "A fire broke out on a cargo ship on Tuesday. A deckhand heard an explosion. The captain ordered the crew into the boats."
    assert _inside(_likely(text, "heard"), TUESDAY)
    assert _inside(_likely(text, "ordered"), TUESDAY)


def test_a_break_in_the_narration_stops_the_carry() -> None:
    # a report in the middle ("..., the company said") continues nothing: nor does what follows it
    text = ("A fire broke out on a cargo ship on Tuesday. The company said the cause was unknown. "
            "A fishing boat picked up the sailors from a life raft.")
    assert not _inside(_likely(text, "picked"), TUESDAY)


def test_a_sentence_led_by_a_verb_with_a_time_of_its_own_carries_nothing_on() -> None:
    # the visit is told from its own time ("shortly after ..."): the promise made with it does not
    # fall back to the day of the sentence before
    text = ("A footbridge collapsed at about 3:40 a.m. on Tuesday. The mayor visited the town shortly after "
            "the water began to fall and promised new bridges.")
    assert not _inside(_likely(text, "promised"), TUESDAY)


def test_a_deadline_alone_leaves_the_start_to_the_narration() -> None:
    text = ("A caretaker locked the museum at 6 p.m. on Tuesday. Burglars forced a window some time before midnight, "
            "cut the alarm wires and emptied two cases.")
    start, end = _likely(text, "forced")
    assert dt.datetime(2026, 7, 21, 18) <= start and end <= dt.datetime(2026, 7, 22)
    assert _inside(_likely(text, "emptied"), TUESDAY)
