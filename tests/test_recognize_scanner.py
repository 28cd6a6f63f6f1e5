"""The scanner finds the tokens a rule may begin at, so the recognizer skips the others without a Python
step per word; it must never skip one a rule could begin at (timeline/recognize/grammar.py ``Grammar.scanner``)."""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from timeline.recognize import lookahead, recognize
from timeline.recognize.grammar import TOKEN, Grammar, _trie_alternation, compile_grammar

WORDS = [
    "the", "a", "party", "data", "todays", "about", "april", "apr", "q3", "q", "fy2026", "christmas's", "valentine's",
    "'90s", "'s", "'", "_2010", "2010", "12", "3rd", "²", "٣", "É", "märz", "Monday", "MAY", "may", "week", "weeks",
    "weekly", "last", "year", "ago", "noon", "at", "2:30", "p.m.", "mid-1990s", "early", "x1990s", "1990s", "of",
    "night", "two", "days", "later", ",", ".", "-", "(", "annually", "an", "and", "l'april", "5", "o'clock",
]


def _mentions(text: str) -> list[tuple[int, int, str, object]]:
    return [(m.start, m.end, m.rule, m.meaning) for m in recognize(text)]


def _scanning_every_token(text: str) -> list[tuple[int, int, str, object]]:
    """The mentions when every token is looked up, as before the scanner."""
    saved = Grammar.scanner
    try:
        every = re.compile(f"({TOKEN.pattern})")  # each token as group 1, as the scanner gives them
        Grammar.scanner = lambda self, ascii=False: every  # type: ignore[method-assign]
        return _mentions(text)
    finally:
        Grammar.scanner = saved  # type: ignore[method-assign]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12), st.sampled_from([" ", "  ", "\n", "-", "/"]))
def test_the_scanner_finds_what_looking_up_every_token_finds(words: list[str], gap: str) -> None:
    text = gap.join(words)
    assert _mentions(text) == _scanning_every_token(text)


def test_sentences_tag_the_same_with_the_scanner() -> None:
    text = ("About two weeks ago the party met; in Q3 and FY2026 the data held. Christmas's eve and the '90s came up "
            "at noon, at 2:30 p.m. last year, in the mid-1990s, early in April and annually since 1990.")
    found = _mentions(text)
    assert len(found) >= 8
    assert found == _scanning_every_token(text)


def _has_rules(g: Grammar, word: str, low: str, end: int) -> bool:
    trie = g.lookahead(word)
    if trie is not None and not word[0].isdigit():  # the scanner skips a word where its trie's walk finds no rule ("the a")
        return lookahead.walk(trie, low, end, g.node_matcher) is not None
    return trie is not None or g.matcher_for(word) is not None


def test_every_token_with_rules_is_found_and_most_others_are_skipped() -> None:
    g = compile_grammar("en", False)
    low = " ".join(WORDS).lower().replace("É", "é")
    found = {m.start(1) - 1: m.group(1) for m in g.scanner().finditer(" " + low)}
    plain = " ".join(w for w in WORDS if w.isascii()).lower()  # the ASCII scanner finds what the other does there
    assert ({m.start(1): m.group(1) for m in g.scanner(ascii=True).finditer(" " + plain)}
            == {m.start(1): m.group(1) for m in g.scanner().finditer(" " + plain)})
    tokens = [(m.start(), m.group()) for m in TOKEN.finditer(low)]
    for start, word in tokens:
        if _has_rules(g, word, low, start + len(word)):
            assert found.get(start) == word, word
    assert set(found) <= {start for start, _ in tokens}  # only whole tokens: not "april" of "l'april"
    skipped = {word for start, word in tokens if start not in found}
    assert {"party", "data", "todays", "and", "of", "l'april"} <= skipped
    assert {"q3", "fy2026", "christmas's", "'90s", "²", "٣", "about", "apr"} <= set(found.values())


def test_a_word_alternation_as_a_trie_matches_its_words_and_nothing_else() -> None:
    words = ["a", "about", "an", "apr", "april", "aug", "august", "b"]
    rx = re.compile(_trie_alternation(words))
    for w in words:
        assert rx.fullmatch(w), w
    for other in ["ab", "abo", "ap", "aprils", "au", "augu", "", "c", "bb", "n"]:
        assert not rx.fullmatch(other), other
