"""Session 42 tagger speed: the fast paths give what the general ones give (outputs identical)."""

from __future__ import annotations

import random

from timeline.recognize import lookahead as L
from timeline.recognize.grammar import compile_grammar


def _rules(matcher: object) -> object:
    """A walk's matcher, comparable: the rule numbers it tries (one by one), the pattern, or None."""
    if isinstance(matcher, tuple):
        return tuple(i for i, _ in matcher)
    return matcher


# my own pieces: words that follow start words in news ("the coming week", "two days later", "1,200 people", "9.45 a.m.")
PIECES = [" ", "  ", "-", ".", ",", ":", "'", "\n", "the", "week", "weeks", "day", "days", "coming", "next", "year", "years",
          "later", "ago", "million", "people", "a.m.", "pm", "of", "state", "s", "th", "30", "5", "x", "é", ")", "\""]
WORDS = ["the", "a", "about", "last", "two", "friday", "early", "next", "1", "12", "2026", "1990", "9.5", "12.30", "1,000"]


def test_memoised_walk_gives_the_character_walk() -> None:
    grammar = compile_grammar("en")
    rnd = random.Random(42)
    walked = ended_deep = 0
    for _ in range(6000):
        word = rnd.choice(WORDS)
        trie = grammar.lookahead(word)
        assert trie is not None, word
        after = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 6)))
        text = "He said " + word + after
        pos = len("He said ") + len(word)
        # the memo is filled by earlier walks over other texts: the walk must still read this text
        expected = _rules(L.walk_by_character(trie, text, pos, grammar.node_matcher))
        assert _rules(L.walk(trie, text, pos, grammar.node_matcher)) == expected, (word, after)
        walked += 1
        ended_deep += len(after) > L.STEP
    assert walked == 6000 and ended_deep > 1000


def test_memoised_walk_on_news_sentences() -> None:
    grammar = compile_grammar("en")
    # my own sentences: walks that stop at once, within a piece, at its last character, past it and at the text's end
    text = ("The talks resume the coming week, two days later than planned; about 1,200 people came. "
            "Last Friday, 9.5 million shares traded. The state said the 1990s were early. Next")
    found = set()
    for start in range(len(text)):
        for word in ("the", "two", "about", "last", "next", "1", "9.5", "1990"):
            low = text.lower()
            if not low.startswith(word, start):
                continue
            trie = grammar.lookahead(word)
            pos = start + len(word)
            expected = _rules(L.walk_by_character(trie, low, pos, grammar.node_matcher))
            assert _rules(L.walk(trie, low, pos, grammar.node_matcher)) == expected, (word, low[pos : pos + 12])
            found.add(expected is None)
    assert found == {True, False}  # (some walks find no rule, some find rules)
