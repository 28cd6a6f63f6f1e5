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


def _regs(rx: "re.Pattern[str]", text: str) -> object:
    m = rx.match(text)
    return None if m is None else (m.regs, m.lastgroup)


def test_word_tries_match_as_the_alternations_on_random_words() -> None:
    import re

    from timeline.recognize.grammar import _alternation

    rnd = random.Random(4242)
    # words of a few letters with spaces, hyphens, apostrophes and full stops inside (as lexicon phrases: "a.m.",
    # "new year's", "mid-march"), dotted abbreviations or not; what follows makes the engine go back into the words
    letters, marks = "abc", [" ", "-", "'", "."]
    tails = ["", r"\.", "b", r"\s?x", "(?!b)", r"(?:\s{1,6})c\b", r"-?a"]
    shaped = compared = 0
    for _ in range(1500):
        words = set()
        for _ in range(rnd.randint(1, 7)):
            w = "".join(rnd.choice(letters) for _ in range(rnd.randint(1, 3)))
            for _ in range(rnd.randint(0, 2)):
                w += rnd.choice(marks + ["", ""]) + "".join(rnd.choice(letters) for _ in range(rnd.randint(1, 2)))
            words.add(w)
        dotted = rnd.random() < 0.5
        flat, trie = _alternation(sorted(words), dotted_abbreviations=dotted), _alternation(sorted(words), dotted_abbreviations=dotted, trie=True)
        shaped += flat != trie
        for tail in tails:
            a, b = re.compile(f"(?P<w>{flat})(?P<t>{tail})"), re.compile(f"(?P<w>{trie})(?P<t>{tail})")
            for _ in range(12):
                text = rnd.choice(sorted(words)) if rnd.random() < 0.7 else ""
                text += "".join(rnd.choice(["a", "b", "c", " ", "  ", "-", " - ", "'", " '", ".", "x", "\t"]) for _ in range(rnd.randint(0, 4)))
                assert _regs(a, text) == _regs(b, text), (sorted(words), dotted, tail, text)
                compared += 1
    assert shaped > 700 and compared == 1500 * len(tails) * 12  # (most sets are written as tries)


def test_word_trie_keeps_the_alternation_where_two_branches_open_with_spaces() -> None:
    import re

    from timeline.recognize.grammar import _alternation

    # "a b c d", "a-b c", "a b": the alternation tries "a-b c" (longer) before "a b", and its hyphen may be a space: on
    # "a b c" it matches all of it; a trie trying the words after "a " first would stop at "a b"
    words = ["a b c d", "a-b c", "a b"]
    flat, trie = _alternation(words), _alternation(words, trie=True)
    assert re.match(trie, "a b c").group() == re.match(flat, "a b c").group() == "a b c"


def test_compiled_rules_match_as_their_patterns_on_news_sentences() -> None:
    import re

    grammar = compile_grammar("en", True)
    assert grammar.patterns != grammar.compiled and len(grammar.patterns) == len(grammar.compiled)
    pairs = [(re.compile(a), re.compile(b)) for a, b in zip(grammar.patterns, grammar.compiled) if a != b]
    # my own sentences: months, weekdays, units, counts, parts of day, zones, hedges, in capitals and abbreviated
    text = ("on jan. 5, 2026 the board met; on sept 30 and on tuesday morning at 9:30 a.m. est it voted. "
            "about three weeks later, some 2.5 million shares changed hands in the first quarter. "
            "nearly two and a half years ago, in mid-march, the ferry ran late for 20 minutes or so. "
            "a couple of days before christmas eve, tens of thousands of people waited until 6 p.m. moscow time. "
            "the next five years, the last decade, a fortnight from today, three-quarters of an hour, "
            "no fewer than eleven months, up to a dozen weekends, over the past 48 hours, the 1990s.")
    hits = 0
    for m in re.finditer(r"(?<![a-z0-9'])[a-z0-9']", text):
        for a, b in pairs:
            x, y = a.match(text, m.start()), b.match(text, m.start())
            assert (None if x is None else (x.regs, x.lastgroup)) == (None if y is None else (y.regs, y.lastgroup)), text[m.start() : m.start() + 30]
            hits += x is not None
    assert hits > 40
