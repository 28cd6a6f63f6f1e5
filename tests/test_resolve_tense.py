"""The clause a time expression is read in: which commas end it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from timeline.resolve.tense import tense_evidence
from timeline.text import as_doc


def _evidence(text: str, expression: str) -> tuple[object, int]:
    start = text.index(expression)
    return tense_evidence(as_doc(text, "en"), start, start + len(expression))


@pytest.mark.parametrize("text, expression, expected", [
    # the commas of a list of titles do not end the clause: "stepped down" is its verb
    ("He succeeds Ann Lee, who stepped down as chairman, president and chief executive in March.", "March", ("past", 1)),
    ("The mayor, who resigned as treasurer, secretary or clerk in May, stays on.", "May", ("past", 1)),
    # a comma right before "and" joins two clauses: the second one's verb decides
    ("Rates were cut, and in March the central bank is expected to act.", "March", ("future", 1)),
])
def test_a_list_comma_does_not_end_the_clause(text: str, expression: str, expected: tuple[object, int]) -> None:
    assert _evidence(text, expression) == expected


@pytest.mark.parametrize("text, expression, expected", [
    # an aspectual verb's infinitive happens at the verb's own time: "started to drop in May" is past
    ("Prices started to drop in May.", "May", "past"),
    ("Sales began to fall in the spring.", "the spring", "past"),
    ("Prices will start to drop in May.", "May", "future"),
])
def test_an_aspectual_verbs_infinitive_takes_its_tense(text: str, expression: str, expected: str) -> None:
    assert _evidence(text, expression)[0] == expected


def test_an_aspectual_infinitive_dates_last_may_in_march() -> None:
    import timeline

    may = next(t for t in timeline.tag("Prices started to drop in May.", "2026-03-04").timexes if t.text == "May")
    assert may.value == "2025-05"
    # an infinitive after another past verb still looks ahead: a decision about a later closing
    may = next(t for t in timeline.tag("The firm decided to close the plant in May.", "2026-03-04").timexes if t.text == "May")
    assert may.value == "2026-05"
