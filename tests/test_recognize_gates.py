"""Gated rules ("44 BC", "the 3/14 deadline", "the '90s") apply only to texts where a gate's pattern
matches next to one of its ``near`` strings (timeline/recognize/grammar.py ``gates_open``)."""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from timeline.lexicon import load_lexicon
from timeline.recognize import recognize
from timeline.recognize.grammar import gates_open


GATES = [(tuple(r["gate"]["near"]), re.compile(r["gate"]["pattern"])) for r in load_lexicon("en").rules if "gate" in r]


def _open_by_definition(low: str) -> bool:
    """The definition, one substring search per ``near`` string of each gate."""
    for near, pattern in GATES:
        for literal in near:
            i = low.find(literal)
            while i >= 0:
                if pattern.search(low, max(0, i - 16), i + len(literal) + 4):
                    return True
                i = low.find(literal, i + 1)
    return False


PIECES = ["the", " ", "  ", "'", "’", "90s", "'90", "44", "bc", " bc", "b.c.", "ad", " ad", "a.d.", "on", "3/14", "/", "1q", "first",
          "half", "half of", "quarter", "june", "from", "ago", "week", "day", "2nd", "day", "morning", " morning", "christmas", "eve",
          "today", "this week", "the next", "for", "before last", "after next", "nineteen", "ninety", "two thousand", "shares", "-", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=16))
def test_gates_open_as_defined(pieces: list[str]) -> None:
    low = "".join(pieces)
    assert gates_open("en", low) == _open_by_definition(low)


def test_gated_rules_tag_only_where_their_gate_opens() -> None:
    assert gates_open("en", "the city was founded in 44 bc.")
    assert gates_open("en", "between '98 and '99")
    assert not gates_open("en", "the company's shares rose 5% from monday.")
    assert not gates_open("en", "")
    # the edges of the window around a near string, and a near string shared by two gates
    for low, expected in [("first half ofx", True), ("the first half of", False), ("results for the jan-apr quarter", True),
                          ("the june quarter", True), ("the quarter", False)]:
        assert gates_open("en", low) is expected, low
        assert _open_by_definition(low) is expected, low
    found = [(m.text, m.rule) for m in recognize("The city was founded in 44 BC.")]
    assert any(text.startswith("44") for text, _ in found)


def test_gates_open_as_defined_at_every_cut_of_the_rule_examples() -> None:
    """Every prefix of every rule example that holds a ``near`` string: the windows' edges matter there
    ("first half of" ends where "of" may go on)."""
    checked = 0
    for rule in load_lexicon("en").rules:
        for e in rule.get("examples", []):
            text = (e.get("sentence") or e.get("text") if isinstance(e, dict) else e[0]).replace("[", "").replace("]", "").lower()
            if not any(lit in text for near, _ in GATES for lit in near):
                continue
            for n in range(1, len(text) + 1):
                assert gates_open("en", text[:n]) == _open_by_definition(text[:n]), text[:n]
                checked += 1
    assert checked > 1000
