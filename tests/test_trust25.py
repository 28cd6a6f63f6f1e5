"""Which orders ``local_relations`` states from two likely intervals alone, and how sure it says
it is: between two events no soft fact relates, the order of their guessed days is not stated when
the learned start order model finds the other start first (however unsure), or finds no order (VAGUE, EQUAL);
stated at that model's probability when it agrees, at 0.5 when it has no answer (issue 10, docs/ordering.md)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any, Optional

import pytest

import timeline
import timeline.placement.relations as R
from timeline.anchoring import REFERENCE
from timeline.order.result import IntervalBounds

_MON = dt.datetime(2026, 6, 1)
_TUE = _MON + dt.timedelta(days=1)
_WED = _TUE + dt.timedelta(days=1)


class _Doc:
    """Sentences of 100 characters each."""

    def sentence_index(self, start: int) -> int:
        return start // 100


class _Certain:
    """A text that entails nothing about the pair."""

    intervals: tuple[str, ...] = ()

    def relation_function(self, budget: Any = None) -> Any:
        return lambda a, b: None

    def relations_of(self, pairs: Any, budget: Any = None) -> list[None]:
        return [None for _ in pairs]


def _day(start: dt.datetime) -> IntervalBounds:
    return IntervalBounds(start, start, start + dt.timedelta(days=1), start + dt.timedelta(days=1))


def _relate(start_order: Optional[str] = None, start_confidence: float = 0.0, fact: Optional[float] = None,
            timex: bool = False, time_order: Optional[str] = None) -> dict[tuple[str, str], Any]:
    """The relations stated for event e0 (likely Monday) and e1 (likely Tuesday) of one sentence,
    no soft fact between them unless ``fact`` (a kept start order that sure); with a learned start
    order of e0 to e1 when given; with a time t0 (Wednesday) in the sentence when ``timex``."""
    mentions = [SimpleNamespace(eid="e0", start=0), SimpleNamespace(eid="e1", start=10)]
    timexes = [SimpleNamespace(tid="t0", start=50, earliest=_WED, latest=_WED + dt.timedelta(days=1), furniture=False, type="DATE")] if timex else []
    likely = SimpleNamespace(bounds={"e0": _day(_MON), "e1": _day(_TUE), REFERENCE: _day(_WED), **({"t0": _day(_WED)} if timex else {})})
    intervals = {"e0": (_MON, _TUE), "e1": (_TUE, _WED)}
    accepted = [SimpleNamespace(source="e0", target="e1", kind="event-event", relation="START_BEFORE", confidence=fact)] if fact else []
    predictions = ([SimpleNamespace(source="e0", target="e1", relation="VAGUE", confidence=0.2, start_order=start_order,
                                    start_confidence=start_confidence)] if start_order else [])
    if time_order:  # a learned start order of e0 to the time
        predictions.append(SimpleNamespace(source="e0", target="t0", relation="VAGUE", confidence=0.2, start_order=time_order, start_confidence=0.9))
    out = R.local_relations(_Doc(), mentions, timexes, _Certain(), likely, accepted, intervals, None, predictions)  # type: ignore[arg-type]
    return {(r.source, r.target): r for r in out}


def test_two_guessed_days_no_model_speaks_of_keep_their_order_at_one_half() -> None:
    """Monday and Tuesday, each a guess of its own, and no learned start order for the pair."""
    rel = _relate()[("e0", "e1")]
    assert (rel.relation, rel.confidence, rel.certain) == ("BEFORE", 0.5, False)


def test_two_guessed_days_state_the_order_the_start_model_shares_at_its_probability() -> None:
    rel = _relate("BEFORE", 0.74)[("e0", "e1")]
    assert (rel.relation, rel.confidence, rel.certain) == ("BEFORE", 0.74, False)
    assert _relate("BEFORE", 0.41)[("e0", "e1")].confidence == 0.41  # agreeing, but unsure: as unsure


def test_two_guessed_days_the_start_model_reverses_state_nothing() -> None:
    """Neither the days' order (the model finds it the other way round) nor the model's (against the days)."""
    assert ("e0", "e1") not in _relate("AFTER", 0.9)
    assert ("e0", "e1") not in _relate("AFTER", R.STATED_ORDER_MIN)


def test_a_start_model_unsure_of_the_other_order_still_leaves_the_days_order_unstated() -> None:
    """Against a model below STATED_ORDER_MIN such orders were still reversed more often than right."""
    assert ("e0", "e1") not in _relate("AFTER", R.STATED_ORDER_MIN - 0.1)


def test_a_vague_or_equal_start_model_states_nothing() -> None:
    assert ("e0", "e1") not in _relate("VAGUE", 0.9)
    assert ("e0", "e1") not in _relate("EQUAL", 0.3)


def test_a_soft_fact_between_the_two_keeps_its_own_confidence() -> None:
    rel = _relate(fact=0.83)[("e0", "e1")]
    assert (rel.relation, rel.confidence) == ("BEFORE", 0.83)


def test_an_event_and_a_time_are_still_related_by_the_likely_day() -> None:
    """A time's extent is the text's, not a guess: the event's likely day orders it, whatever a model says."""
    rel = _relate(timex=True, time_order="AFTER")[("e0", "t0")]
    assert (rel.relation, rel.confidence, rel.certain) == ("BEFORE", 0.5, False)


@pytest.mark.parametrize("arrays", [False, True])
def test_the_arrays_way_states_the_same(arrays: bool) -> None:
    """Decided as arrays (many pairs) or pair by pair, the same answer."""
    saved = R._PLAN_MIN
    R._PLAN_MIN = 1 if arrays else 10**9
    try:
        assert ("e0", "e1") not in _relate("AFTER", 0.9)
        assert ("e0", "e1") not in _relate("VAGUE", 0.9)
        assert _relate("BEFORE", 0.66)[("e0", "e1")].confidence == 0.66
        assert ("e0", "e1") not in _relate("AFTER", 0.3)
        assert ("e0", "e1") in _relate()
    finally:
        R._PLAN_MIN = saved
