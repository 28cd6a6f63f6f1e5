"""Bringing one's own entities: order my events and times (timeline.relate)."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline.resolve.period import period_of_value

TEXT = "The ferry sank near the harbour on Saturday. Divers recovered the hull two days later. The inquiry will open in March."


def _span(word: str, eid: str) -> dict[str, object]:
    i = TEXT.index(word)
    return {"id": eid, "start": i, "end": i + len(word)}


def _events() -> list[dict[str, object]]:
    return [_span("sank", "A1"), _span("recovered", "A2"), _span("open", "A3")]


def _times() -> list[dict[str, object]]:
    i = TEXT.index("Saturday")
    return [{"id": "T1", "start": i, "end": i + 8, "type": "DATE", "value": "2026-01-31"}]


def test_relate_keeps_the_callers_ids_and_places_the_events() -> None:
    tl = timeline.relate(TEXT, "2026-02-02", _events(), timexes=_times())
    assert [e.eid for e in sorted(tl.events, key=lambda e: e.start)] == ["A1", "A2", "A3"]
    sank = tl.event("A1")
    assert (sank.earliest_start, sank.latest_end) == (dt.datetime(2026, 1, 31), dt.datetime(2026, 2, 1))
    assert any(r.source == "A1" and r.target == "T1" and r.relation == "IS_INCLUDED" and r.certain for r in tl.relations)
    opening = tl.event("A3")
    assert opening.tense == "FUTURE" and opening.earliest_start == dt.datetime(2026, 2, 2)  # worked out from "will"


def test_relate_takes_the_callers_relations_firm_and_soft() -> None:
    firm = timeline.relate(TEXT, "2026-02-02", _events(), timexes=_times(), relations=[{"source": "A2", "relation": "AFTER", "target": "A1"}])
    assert firm.before("A1", "A2")
    soft = timeline.relate(TEXT, "2026-02-02", _events(), timexes=_times(),
                           relations=[{"source": "A2", "relation": "IS_INCLUDED", "target": "T1", "confidence": 0.9}])
    recovered = soft.event("A2")
    assert not soft.before("A1", "A2")  # a guess never becomes certain
    assert (recovered.likely_start, recovered.likely_end) == (dt.datetime(2026, 1, 31), dt.datetime(2026, 2, 1))
    assert "given by the caller" in recovered.likely_basis


def test_relate_refuses_a_guess_that_contradicts_the_text() -> None:
    tl = timeline.relate(TEXT, "2026-02-02", _events(), timexes=_times(),
                         relations=[{"source": "A1", "relation": "AFTER", "target": "reference_time", "confidence": 0.99}])
    sank = tl.event("A1")
    assert sank.likely_end is not None and sank.likely_end <= dt.datetime(2026, 2, 1)  # still on Saturday
    assert not tl.conflicts  # a refused guess is not a conflict of the text


@pytest.mark.parametrize(
    "events, relations, message",
    [
        ([{"id": "A1", "start": 4, "end": 400}], [], r"events\[0\] \('A1'\): span 4..400"),
        ([{"id": "A1", "start": 4, "end": 9}, {"id": "A1", "start": 10, "end": 14}], [], r"events\[1\]: id 'A1' is used twice"),
        ([{"id": "A1", "start": 4, "end": 9, "colour": "red"}], [], r"events\[0\] has unknown keys \['colour'\]"),
        ([{"id": "A1", "start": 4, "end": 9, "class": "EVENTISH"}], [], r"class 'EVENTISH'"),
        ([{"id": "A1", "start": 4, "end": 9}], [{"source": "A1", "relation": "BEFORE", "target": "ghost"}], r"relations\[0\]: target 'ghost'"),
        ([{"id": "A1", "start": 4, "end": 9}], [{"source": "A1", "relation": "SOON", "target": "T1"}], r"relations\[0\]: relation 'SOON'"),
        ([{"id": "A1", "start": 4, "end": 9}], [{"source": "A1", "relation": "BEFORE", "target": "T1", "confidence": 1.5}], r"confidence 1.5"),
    ],
)
def test_relate_bad_items_are_named(events, relations, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=message):
        timeline.relate(TEXT, "2026-02-02", events, timexes=_times(), relations=relations)


def test_relate_bad_time_items_are_named() -> None:
    with pytest.raises(ValueError, match=r"timexes\[0\] \('T1'\): type 'DAY'"):
        timeline.relate(TEXT, "2026-02-02", _events(), timexes=[{**_times()[0], "type": "DAY"}])


@pytest.mark.parametrize(
    "value, start, end",
    [
        ("2026-01-31", dt.datetime(2026, 1, 31), dt.datetime(2026, 2, 1)),
        ("2026-W05", dt.datetime(2026, 1, 26), dt.datetime(2026, 2, 2)),
        ("2025-Q3", dt.datetime(2025, 7, 1), dt.datetime(2025, 10, 1)),
        ("2026-02-01T03:40", dt.datetime(2026, 2, 1, 3, 40), dt.datetime(2026, 2, 1, 3, 41)),
        ("199", dt.datetime(1990, 1, 1), dt.datetime(2000, 1, 1)),
        ("2026-SU", dt.datetime(2026, 6, 1), dt.datetime(2026, 9, 1)),
    ],
)
def test_period_of_a_finished_value(value: str, start: dt.datetime, end: dt.datetime) -> None:
    found = period_of_value(value)
    assert found is not None and found[:2] == (start, end)


def test_period_of_value_is_none_for_what_names_no_period() -> None:
    assert period_of_value("P3D") is None and period_of_value("2026-13-40") is None and period_of_value("PRESENT_REF") is None
