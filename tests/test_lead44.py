"""Session 44 (lead): a verb group has one finite auxiliary; a second one further back ends another clause, so its
negation does not deny the verb ("for work he never did was jailed")."""

from __future__ import annotations

import pytest

import timeline


def _polarity(text: str, word: str) -> str:
    tl = timeline.build(text, reference_time="2026-03-16", event_model="perceptron")
    return next(e.polarity for e in tl.events if e.text == word)


@pytest.mark.parametrize(("text", "word"), [
    ("A builder who was paid for work he never did was jailed on Friday.", "jailed"),
    ("The repairs the landlord said he never would were finished on Tuesday.", "finished"),
])
def test_a_negation_in_a_clause_before_the_verb_does_not_deny_it(text: str, word: str) -> None:
    assert _polarity(text, word) == "POS"


@pytest.mark.parametrize(("text", "word"), [
    ("The bridge was never reopened.", "reopened"),
    ("The plant could not have been closed.", "closed"),
    ("He hasn't been charged.", "charged"),
    ("The men did not return to the site.", "return"),
])
def test_a_negation_in_the_verb_group_still_denies_it(text: str, word: str) -> None:
    assert _polarity(text, word) == "NEG"


def test_the_jailing_is_placed_on_its_day() -> None:
    tl = timeline.build("A builder who was paid for work he never did was jailed on Friday.", reference_time="2026-03-16",
                        event_model="perceptron")
    jailed = next(e for e in tl.events if e.text == "jailed")
    assert jailed.likely_start is not None and jailed.likely_start.date().isoformat() == "2026-03-13"
