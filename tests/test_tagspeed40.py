"""Session 40 tagger speed: the scanner skips a start word where its lookahead trie says no rule can go on with the
characters after it ("the party"), so no Python step walks the trie there (``lookahead.dead_paths``,
``Grammar.scanner_filters``); the tokens it still finds are looked up as before (outputs identical)."""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from timeline.recognize import lookahead, recognize
from timeline.recognize.grammar import Grammar, compile_grammar

WORDS = ["the", "a", "in", "for", "at", "an", "this", "last", "early", "about", "two", "year", "may", "march", "week", "next"]
ALT = ["to", "that"]  # common start words too few rules begin with to have a trie: one for their filter only
AFTER = [" ", "  ", ", ", ". ", "\n", "-", "/", " (", '"', ": ", "; "]
NEXT = ["party", "coming", "first", "end", "past", "1990s", "2026", "day", "week", "weeks", "of", "same", "morning", "next",
        "year", "years", "month", "cat", "co", "q3", "'90s", "mid-1990s", "fy", "late", "spring", "two", "ten", "half", "x"]


def _walk_finds_none(trie: lookahead.Node, text: str) -> bool:
    return lookahead.walk(trie, text, 0, lambda node, other: (node.other if other else node.rules) or None) is None


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(WORDS), st.sampled_from(AFTER), st.sampled_from(NEXT), st.sampled_from(AFTER), st.sampled_from([1, 2, 3, 5]))
def test_a_dead_path_is_one_where_the_walk_finds_no_rule(word: str, gap: str, after: str, gap2: str, depth: int) -> None:
    """What the filter skips, a walk of the word's trie would have ended at "no rule" (the filter is exact)."""
    trie = compile_grammar("en").lookahead(word)
    assert trie is not None
    dead = lookahead.dead_paths(trie, depth)
    text = gap + after + gap2
    if dead is not None and re.match(dead, text):
        assert _walk_finds_none(trie, text), (word, text)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(ALT), st.sampled_from(AFTER), st.sampled_from(NEXT + WORDS), st.sampled_from(AFTER))
def test_a_dead_path_of_a_filter_trie_is_one_where_no_rule_matches(word: str, gap: str, after: str, gap2: str) -> None:
    """A word without a lookahead trie ("to") gets one for the scanner's filter: what it skips, no rule matches."""
    grammar = compile_grammar("en")
    trie = grammar.filter_lookahead(word)
    assert trie is not None and grammar.lookahead(word) is None
    dead = lookahead.dead_paths(trie, lookahead.SCAN_DEPTH_COMMON)
    text = word + gap + after + gap2
    matcher = grammar.matcher_for(word)
    assert matcher is not None
    if dead is not None and re.match(dead, text[len(word):]):
        assert matcher.match(text) is None, text


def test_dead_paths_cover_the_common_misses() -> None:
    trie = compile_grammar("en").lookahead("the")
    assert trie is not None
    dead = lookahead.dead_paths(trie, 5)
    assert dead is not None
    assert re.match(dead, " party") and re.match(dead, " cat")
    assert not re.match(dead, " coming") and not re.match(dead, " first") and not re.match(dead, " 1990s")
    assert lookahead.dead_paths(trie, 1, first="") is None  # no first character: nothing is dead


def _mentions(text: str, filters: "dict[str, str] | None") -> "list[tuple[int, int, str, object]]":
    """The mentions of ``text`` with the scanner built with ``filters`` (None: the shipped ones)."""
    saved = Grammar.scanner
    try:
        Grammar.scanner = lambda self, ascii=False: re.compile(self.scanner_pattern(ascii, filters=filters))  # type: ignore[method-assign]
        return [(m.start, m.end, m.rule, m.meaning) for m in recognize(text)]
    finally:
        Grammar.scanner = saved  # type: ignore[method-assign]


def _filters() -> "dict[str, str]":
    grammar = compile_grammar("en")
    tries = {w: grammar.lookahead(w) for w in WORDS}
    tries.update({w: grammar.filter_lookahead(w) for w in ALT})
    filters = grammar.scanner_filters({w: t for w, t in tries.items() if t is not None})
    assert {"the", "a", "in", "for", "to", "that"} <= set(filters)
    return filters


FILTERS = _filters()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS + ALT + NEXT), st.sampled_from(AFTER)), min_size=1, max_size=10))
def test_the_filtered_scanner_finds_the_same_expressions(pieces: "list[tuple[str, str]]") -> None:
    text = "".join(w + gap for w, gap in pieces)
    assert _mentions(text, FILTERS) == _mentions(text, {})


def test_sentences_tag_the_same_with_the_filtered_scanner() -> None:
    text = ("The party met in the coming weeks; for the first time in a year, at the end of March, the cat slept. "
            "About two weeks ago this week's data came in; last year the early 1990s were in the news, a day later. "
            "From May to date, up to this day, that day and that week, he went to the fair that year.")
    found = _mentions(text, FILTERS)
    assert len(found) >= 7
    assert found == _mentions(text, {})


def test_the_filtered_scanner_skips_a_word_no_rule_goes_on_from() -> None:
    grammar = compile_grammar("en")
    plain = re.compile(grammar.scanner_pattern(True, filters={}))
    filtered = re.compile(grammar.scanner_pattern(True, filters=FILTERS))
    text = " the party met in the coming weeks"
    assert [m.group(1) for m in plain.finditer(text)] == ["the", "in", "the", "coming", "weeks"]
    assert [m.group(1) for m in filtered.finditer(text)] == ["in", "the", "coming", "weeks"]  # "the party" skipped, "in the" kept
