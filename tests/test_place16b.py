"""A learned start order between events of two sentences does not drag an event across years
when the times the two sentences name say the opposite (session s16, issue 10:
``placement.facts.learned_facts`` and ``APART_DATES``). Text and sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import timeline
from timeline.order import start_of
from timeline.placement import learned_facts
from timeline.relations import PredictedRelation

HARBOUR = """Harbour Strike Ends After Nine Days

Dock workers in Portmere voted on Thursday to end a strike that had halted cargo traffic since Nov. 10, union officials said.

Under the agreement, wages will rise 4 percent this year and 3.5 percent in each of the next two years. The first increase will be paid at the end of December.

The port authority said normal operations would resume by Saturday, though clearing the backlog could take until mid-December.

The last strike at the port, in the summer of 2019, lasted three weeks.
"""
REF = dt.datetime(2026, 11, 20)


def test_an_undated_event_of_this_week_is_not_placed_in_a_summer_years_before() -> None:
    # the model guessed "clearing" starts before "lasted" (adjacent sentences); the last sentence
    # is dated 2019, the one of "clearing" names this week and December: it is no placement
    built = timeline.build(HARBOUR, reference_time=REF)
    clearing = next(e for e in built.events if e.text == "clearing")
    lasted = next(e for e in built.events if e.text == "lasted")
    assert clearing.likely_start is not None and clearing.likely_start.replace(tzinfo=None) >= dt.datetime(2026, 11, 1)
    assert "lasted" not in (clearing.likely_basis or "")
    assert not any(r.source == clearing.eid and r.target == lasted.eid and r.relation == "BEFORE" for r in built.relations)
    assert not any(r.source == lasted.eid and r.target == clearing.eid and r.relation == "AFTER" for r in built.relations)


Span = tuple[dt.datetime, dt.datetime]


def _orders(first_dates: Span, then_dates: Span, start_order: str = "BEFORE", same_sentence: bool = False,
            certain: tuple[str, ...] = ("e2",)) -> list[str]:
    """The start orders ``learned_facts`` keeps for one guess that e1 starts ``start_order`` e2,
    e1 in a sentence naming ``first_dates``, e2 in one naming ``then_dates`` (with
    ``same_sentence``: e2 in e1's sentence); the events in ``certain`` are dated by the text to
    those spans."""
    guess = PredictedRelation("e1", "e2", "VAGUE", 0.5, "event-event", start_order, 0.9)
    sentence_of = {"e1": 0, "e2": 0 if same_sentence else 1}
    dates = {0: first_dates, 1: then_dates}
    days = {e: (first_dates if e == "e1" else then_dates) for e in certain}
    kept = learned_facts([guess], {"e1": True, "e2": True}, frozenset(), frozenset({"e1", "e2"}), None, sentence_of,
                         sentence_dates=dates, days=days)
    return [f.relation for f in kept if f.kind == "event-event"]


def _span(y: int, m: int, d: int, days: int = 1) -> Span:
    start = dt.datetime(y, m, d)
    return start, start + dt.timedelta(days=days)


NOW, SUMMER_2019, SUMMER_2026 = _span(2026, 11, 21), _span(2019, 6, 1, 92), _span(2026, 6, 1, 92)


def test_a_learned_start_order_against_dates_years_apart_is_dropped() -> None:
    assert _orders(NOW, SUMMER_2019) == []  # e2 dated in 2019, e1's sentence names this week
    assert _orders(NOW, SUMMER_2019, certain=("e1",)) == []  # either side may be the dated event
    assert _orders(NOW, SUMMER_2019, "EQUAL") == []
    assert _orders(SUMMER_2019, NOW, "EQUAL") == []
    assert _orders(SUMMER_2019, NOW, "AFTER") == []


def test_a_learned_start_order_that_agrees_spans_less_than_a_year_or_dates_no_event_is_kept() -> None:
    assert _orders(SUMMER_2019, NOW) == ["START_BEFORE"]  # agrees with the dates
    assert _orders(NOW, SUMMER_2026) == ["START_BEFORE"]  # months apart: a flashback may run either way
    assert _orders(NOW, SUMMER_2019, same_sentence=True) == ["START_BEFORE"]  # one sentence: the model sees both
    assert _orders(NOW, SUMMER_2019, "AFTER") == ["START_BEFORE"]  # e2 before e1: agrees
    assert _orders(NOW, SUMMER_2019, certain=()) == ["START_BEFORE"]  # a year named in passing dates no event
    kept = learned_facts([PredictedRelation("e1", "e2", "VAGUE", 0.5, "event-event", "BEFORE", 0.9)], {"e1": True, "e2": True},
                         frozenset(), frozenset({"e1", "e2"}), None, {"e1": 0, "e2": 1})  # no dates given: as before
    assert [f.facts[0].source for f in kept] == [start_of("e1")]
