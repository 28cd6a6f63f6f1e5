"""Reporting periods named by a month ("the December quarter"). Sentences written for these tests."""

from __future__ import annotations

import timeline


def test_a_month_that_ends_no_quarter_names_none() -> None:
    """ "the November quarter" is no quarter (November ends none): the month alone is tagged (the
    December quarter named first lets the rule be tried in this text)."""
    doc = timeline.tag("After the December quarter, sales rose in the November quarter, the firm said.", "2026-02-05")
    assert [(t.text, t.grain.name) for t in doc.timexes] == [("the December quarter", "QUARTER"), ("November", "MONTH")]


def test_the_quarter_that_ends_with_the_month() -> None:
    doc = timeline.tag("Sales rose in the March quarter, the firm said.", "2026-11-05")
    assert [(t.text, t.value) for t in doc.timexes] == [("the March quarter", "2026-Q1")]
