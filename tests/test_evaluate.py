"""TempEval-3 scoring on small TimeML fixtures written for these tests (hand-computed figures)."""

from __future__ import annotations

import pytest

from timeline.evaluate import evaluate
from timeline.evaluate.score import Span, match_spans, prf
from timeline.io.timeml import read_timeml

GOLD = """<?xml version="1.0"?>
<TimeML><DOCID>fixture1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2026-02-02" temporalFunction="false" functionInDocument="CREATION_TIME">2026-02-02</TIMEX3></DCT>
<TEXT>The ferry <EVENT eid="e1" class="OCCURRENCE">sank</EVENT> <TIMEX3 tid="t1" type="DATE" value="2026-01-31">on Saturday</TIMEX3>; divers <EVENT eid="e2" class="OCCURRENCE">searched</EVENT> for <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3> and the port <EVENT eid="e3" class="OCCURRENCE">reopened</EVENT> <TIMEX3 tid="t3" type="DATE" value="2026-02-02">today</TIMEX3>. Talks are due <TIMEX3 tid="t4" type="DATE" value="2026-03">in March</TIMEX3>.</TEXT>
</TimeML>"""

# a system output: exact "two days" (right value), "Saturday" (relaxed only, wrong value),
# "today" with a wrong type, "March" missed, one spurious tag on "port"; events: sank (exact), reopened (class wrong)
SYSTEM = """<?xml version="1.0"?>
<TimeML><DOCID>fixture1</DOCID>
<TEXT>The ferry <EVENT eid="e1" class="OCCURRENCE">sank</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2026-01-24">Saturday</TIMEX3>; divers searched for <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3> and the <TIMEX3 tid="t5" type="DATE" value="XXXX">port</TIMEX3> <EVENT eid="e3" class="STATE">reopened</EVENT> <TIMEX3 tid="t3" type="TIME" value="2026-02-02">today</TIMEX3>. Talks are due in March.</TEXT>
</TimeML>"""


def test_evaluate_fixture_figures_by_hand() -> None:
    r = evaluate([read_timeml(GOLD)], [read_timeml(SYSTEM)])
    c = r.timex_counts
    assert (c.gold, c.system, c.relaxed, c.strict) == (4, 4, 3, 2)
    assert r.timex.relaxed_f1 == pytest.approx(0.75)  # P = R = 3/4
    assert r.timex.strict_f1 == pytest.approx(0.5)  # P = R = 2/4
    assert r.timex.attribute_accuracy["value"] == pytest.approx(2 / 3)  # two days, today
    assert r.timex.attribute_f1["value"] == pytest.approx(2 / 3 * 0.75)
    assert r.timex.attribute_f1["type"] == pytest.approx(2 / 3 * 0.75)  # today has the wrong type
    assert r.event is not None
    assert r.event.relaxed_precision == pytest.approx(1.0) and r.event.relaxed_recall == pytest.approx(2 / 3)
    assert r.event.attribute_accuracy["class"] == pytest.approx(0.5)
    kinds = sorted(e.kind for e in r.errors)
    assert kinds == ["missed", "spurious", "wrong_type", "wrong_value"]
    wrong = next(e for e in r.errors if e.kind == "wrong_value")
    assert (wrong.gold_text, wrong.gold_value, wrong.system_text, wrong.system_value) == ("on Saturday", "2026-01-31", "Saturday", "2026-01-24")
    assert "ferry" in wrong.sentence


def test_evaluate_matching_is_one_to_one() -> None:
    gold = [Span(0, 10, "g")]
    system = [Span(0, 4, "a"), Span(5, 10, "b")]
    matches, missed, spurious = match_spans(gold, system)
    assert len(matches) == 1 and missed == [] and len(spurious) == 1


def test_evaluate_exact_extent_wins_over_earlier_overlap() -> None:
    gold = [Span(0, 5, "g1"), Span(6, 12, "g2")]
    system = [Span(0, 12, "wide"), Span(6, 12, "exact")]
    matches, _, _ = match_spans(gold, system)
    assert {(m.gold.text, m.system.text) for m in matches} == {("g1", "wide"), ("g2", "exact")}


def test_evaluate_prf_edge_cases() -> None:
    assert prf(0, 0, 0) == (0.0, 0.0, 0.0)
    assert prf(1, 2, 4) == pytest.approx((0.5, 0.25, 1 / 3))


def test_evaluate_documents_matched_by_id_missing_reported() -> None:
    r = evaluate([read_timeml(GOLD)], [])
    assert r.missing_documents == ("fixture1",)
