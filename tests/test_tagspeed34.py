"""Session 34 tagger speed: the fast paths give what the general ones give (outputs identical)."""

from __future__ import annotations

import random

import pytest

from timeline import text as T
from timeline.recognize import lookahead

# written for these tests: sentence ends after abbreviations, initials, clock marks, quotes, brackets and blank lines,
# and the separators \x1c-\x1f, which ``re``'s \s would read as spaces but ``regex``'s does not
TEXTS = [
    "The ferry left at 9 a.m. Passengers cheered. Mr. Olsen waved from the pier.",
    "Talks resume at 4 p.m. Tuesday, officials said. The vote is on Friday.",
    "Trains stop at 11 p.m. Lisbon time, the operator said. Buses run to 1 a.m. Porto local time on weekdays.",
    'He said: "We are done." (The board agreed.) [Notes follow.] 12 members voted.',
    "J. R. Hale wrote the report.\n\nIt ran to 40 pages.\nA draft came first.",
    "Prices rose.\x1cThe index fell.\x1fShares closed lower. \x1c The end.",
    "The U.S. Navy sailed.  then it docked.\n \n anchored at dawn.",
    "Was it late? yes.  Was it early!  No.\r\n\r\nFinal words.",
    "Sales grew 5 p.c. Investors shrugged etc. The firm, Inc. noted it.",
]


def _ascii_cuts(text: str, patterns: tuple[object, ...]) -> list[tuple[int, int, int, bool]]:
    """Each break of ``text`` found with ``patterns`` and whether it ends a sentence there (as :func:`.segment` asks)."""
    abbreviations, clause_final, openers, clock_marks, continuers, zone_nouns = T._abbreviations("en")
    return [(start, cut, end, text[start] == "\n" or T._ends_sentence(text, start, end, abbreviations, clause_final, openers, clock_marks,
                                                                        continuers, zone_nouns, patterns))  # type: ignore[arg-type]
            for start, cut, end in T._breaks(text, patterns)]  # type: ignore[arg-type]


@pytest.mark.parametrize("text", TEXTS)
def test_ascii_patterns_segment_as_unicode_ones(text: str) -> None:
    assert text.isascii()
    assert _ascii_cuts(text, T._ASCII) == _ascii_cuts(text, T._UNICODE)


def test_ascii_patterns_on_random_texts() -> None:
    pieces = ["Mr.", "a.m.", "p.m.", "U.S.", "J.", "Inc.", "etc.", ".", "!", "?", '"', "'", "(", ")", "[", "]", " ", "  ", "\n", "\n\n",
              "\t", "\x0b", "\x0c", "\r", "\x1c", "\x1f", "The", "he", "Lisbon", "time", "New", "York", "Tuesday", "5", "x", "A", "b"]
    rnd = random.Random(34)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 25)))
        assert _ascii_cuts(text, T._ASCII) == _ascii_cuts(text, T._UNICODE), repr(text)


def test_segment_reads_separators_as_regex_does() -> None:
    doc = T.segment("Prices rose.\x1cThe index fell. Shares closed.")
    assert [doc.text[s.start : s.end] for s in doc.sentences] == ["Prices rose.\x1cThe index fell.", "Shares closed."]


def _nodes(node: "lookahead.Node") -> int:
    return 1 + sum(_nodes(child) for child in lookahead.children_of(node).values() if child is not None)


def test_a_word_of_many_rules_gets_a_deeper_trie() -> None:
    """The node budget is :data:`lookahead.BUDGET` for each :data:`lookahead.RULES_PER_BUDGET` rules a start word begins (at
    least once): a toy partial matcher whose rules all go on with a, b, space or hyphen (a trie deeper than any budget)."""

    def can_continue(ids: "tuple[int, ...] | list[int]", text: str) -> tuple[int, ...]:
        return tuple(ids) if text[-1] in "ab -" else ()

    saved = lookahead.BUDGET
    try:
        lookahead.BUDGET = 7
        few = _nodes(lookahead.build(list(range(lookahead.RULES_PER_BUDGET)), can_continue))
        many = _nodes(lookahead.build(list(range(3 * lookahead.RULES_PER_BUDGET + 1)), can_continue))
    finally:
        lookahead.BUDGET = saved
    assert 7 < few <= 7 + 4  # the root and the budget's nodes (the last expansion may add up to four children at once)
    assert 21 < many <= 21 + 4
