"""Session 28, throughput: the lookups that replaced scans and enum calls give what the scans gave."""

from __future__ import annotations

import attrs
import pytest

from timeline.anchoring.cues import Link, anchor_words
from timeline.anchoring.clauses import _group_of, _kind
from timeline.order.links import LinkRelation, Strength


def _lemmas(table: dict[str, str]):  # type: ignore[no-untyped-def]
    """A stand-in for the lemma memo: ``table`` word -> lemma, else the word itself."""
    return lambda word: ((), table.get(word, word))


def test_kind_is_the_first_group_holding_the_word_or_its_lemma() -> None:
    # the word in the second group and its lemma in the first: the first group wins, as the scan over the groups found
    cues = attrs.evolve(anchor_words("en"), same_kind=(frozenset({"blaze"}), frozenset({"blazes", "inferno"}), frozenset({"blazes"})))
    assert _kind(cues, "Blazes", _lemmas({"blazes": "blaze"})) == "group0"
    # the word in the first group, its lemma in a later one: still the first
    cues = attrs.evolve(cues, same_kind=(frozenset({"rallies"}), frozenset({"rally"})))
    assert _kind(cues, "rallies", _lemmas({"rallies": "rally"})) == "group0"
    # in no group: the lemma itself
    assert _kind(cues, "Votes", _lemmas({"votes": "vote"})) == "vote"


def test_group_of_is_the_first_group_holding_the_word() -> None:
    cues = attrs.evolve(anchor_words("en"), same_kind=(frozenset({"storm"}), frozenset({"quake", "tremor"}), frozenset({"tremor"})))
    assert _group_of(cues, "Tremor,") == "group1"  # (punctuation stripped, lower-cased)
    assert _group_of(cues, "storm") == "group0"
    assert _group_of(cues, "flood") is None


def test_link_converters_give_the_enum_members() -> None:
    link = Link("e1", "during", "t1", "on Sunday", 3)
    assert link.relation is LinkRelation.DURING and link.strength is Strength.SIGNAL
    assert Link("e1", LinkRelation.BEFORE, "e2").strength is Strength.DEFAULT
    assert Link("e1", "before", "e2", strength=True).strength is Strength.TENSE  # as Strength(True) reads it
    with pytest.raises(ValueError):
        Link("e1", "sometime", "e2")
    with pytest.raises(ValueError):
        Link("e1", "during", "e2", strength=7)
