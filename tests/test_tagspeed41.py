"""Session 41 tagger speed: the fast paths give what the general ones give (outputs identical)."""

from __future__ import annotations

import random
import re

from timeline import text as T


def _spans(matches: "list[re.Match[str]]") -> list[tuple[int, int, int]]:
    return [(m.start(), -1 if m.lastindex is None else m.end(1), m.end()) for m in matches]


def _one_pattern(text: str) -> list[tuple[int, int, int]]:
    """The sentence ends of ``text`` as the one ASCII pattern (a class of the marks and the newline first) finds them."""
    return [(m.start(), -1 if m.group(1) is None else m.end(1), m.end()) for m in T._ASCII[0].finditer(text)]


def test_mark_by_mark_sentence_ends_are_the_one_patterns() -> None:
    # my own sentences: marks after closing quotes and brackets, blank lines inside and after a mark's spaces
    text = 'The ferry left. "It was late!" (Nobody knew?)\n\n\nThen it docked.\n \nDone. x.y 3.5 ok?\t\r\nYes!'
    assert _spans(T._ascii_ends(text)) == _one_pattern(text)
    # (the blank line after "docked." lies in its mark's spaces: one end, not two)
    assert _spans(T._ascii_ends(text)) == [(14, 15, 16), (28, 30, 31), (43, 45, 48), (62, 63, 66), (70, 71, 72), (82, 83, 86)]


def test_mark_by_mark_sentence_ends_on_random_texts() -> None:
    pieces = [".", "!", "?", "\n", "\n\n", " ", "  ", "\t", "\r", "\x0b", "\x0c", '"', "'", ")", "]", "x", "A", "5", "Mr."]
    rnd = random.Random(41)
    checked = 0
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        expected = _one_pattern(text)
        assert _spans(T._ascii_ends(text)) == expected, repr(text)
        checked += len(expected)
    assert checked > 10000  # (the texts do hold sentence ends)

