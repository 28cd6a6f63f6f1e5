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


# my own sentences, with idioms and names of lexicon [vetoes] near time words, in capitals and not
VETO_TEXTS = [
    "Every now and then the ferry ran late, but now it runs every day. It was a day-to-day job until Friday.",
    "She read the Mail on Sunday on Sunday morning; Girl Friday opened on a Friday. They called it a day at noon.",
    "In this day and age the Today programme airs today. He was named Player of the Month for the month of May.",
    "Day to day costs rose last week, and the day-to-day running of the yard fell to him on Monday night.",
]


def _spans_of(text: str) -> list[tuple[int, int]]:
    """Every span of one to four words of ``text`` (as a match may cover)."""
    words = [(m.start(), m.end()) for m in re.finditer(r"[\w'-]+", text)]
    return [(words[i][0], words[j][1]) for i in range(len(words)) for j in range(i, min(i + 4, len(words)))]


def test_in_idiom_fast_path_gives_the_full_search() -> None:
    from timeline.recognize import _in_idiom
    from timeline.recognize.grammar import compile_grammar

    grammar = compile_grammar("en")
    found = 0
    for text in VETO_TEXTS:
        assert text.isascii()
        slow = text + " " * 80 + "\u00e9"  # (not ASCII: the full search, the same characters around each span)
        for start, end in _spans_of(text):
            fast = _in_idiom(grammar, text, start, end)
            assert fast == _in_idiom(grammar, slow, start, end), text[start:end]
            found += fast
    assert found >= 8  # (some spans do lie in a phrase: "now", "a day", "Sunday" of "Mail on Sunday", ...)


def test_titled_unit_is_asked_of_capitals_only() -> None:
    from timeline.recognize import _titled_unit
    from timeline.recognize.grammar import compile_grammar

    grammar = compile_grammar("en")
    text = "He was named Player of the Month, then player of the month again."
    start = text.index("the Month")
    assert _titled_unit(grammar, text, start, start + len("the Month"))
    low = text.index("the month")
    assert not _titled_unit(grammar, text, low, low + len("the month"))
