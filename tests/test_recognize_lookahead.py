"""Looking past a start word that many rules begin with ("the", "a", "early") to the next letters
only narrows which rules are tried: the mentions found are exactly those of the full alternation
(timeline/recognize/grammar.py ``Grammar.follow_rules``, timeline/recognize/__init__.py)."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from timeline.recognize import recognize
from timeline.recognize.grammar import Grammar, compile_grammar

WORDS = [
    "the", "a", "an", "early", "late", "mid", "no", "last", "next", "first", "third", "quarter", "year", "years",
    "week", "month", "day", "days", "company", "coming", "current", "century", "decade", "1990s", "2026", "12", "3",
    "march", "may", "monday", "summer", "morning", "evening", "of", "in", "on", "ago", "later", "past", "previous",
    "following", "same", "end", "beginning", "half", "two", "five", "hundred", "hours", "minutes", ",", ".", "'s",
    "fiscal", "period", "weekend", "night", "time", "times", "christmas", "season", "new", "co", "coup", "ye", "y",
    "sixties", "'90s", "noon", "dawn", "eve", "decades", "moment", "1980", "30", "31st", "2:30", "p.m.", "-",
]


def _mentions(text: str) -> list[tuple[int, int, str, object]]:
    return [(m.start, m.end, m.rule, m.meaning) for m in recognize(text)]


def _without_lookahead(text: str) -> list[tuple[int, int, str, object]]:
    """The mentions when every start word is tried against all its rules."""
    grammars = [compile_grammar("en", gated) for gated in (False, True)]
    saved = Grammar.follow_for
    try:
        Grammar.follow_for = lambda self, token: None  # type: ignore[method-assign]
        for g in grammars:
            g._memo.pop("word_matchers", None)
        return _mentions(text)
    finally:
        Grammar.follow_for = saved  # type: ignore[method-assign]
        for g in grammars:
            g._memo.pop("word_matchers", None)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14), st.sampled_from([" ", "  ", "\n", " , "]))
def test_looking_ahead_finds_what_the_full_alternation_finds(words: list[str], gap: str) -> None:
    text = gap.join(words)
    assert _mentions(text) == _without_lookahead(text)


def test_the_words_after_a_start_word_narrow_the_rules_tried() -> None:
    g = compile_grammar("en", False)
    follow = g.follow_for("the")
    assert follow is not None
    full = g.matcher_for("the")
    assert follow.get(" co") is not None and follow.get(" co") is not full  # "the coming week": a few rules
    assert 0 < len(g.follow_rules("the")[" co"]) < len(g.start_rules("the"))
    assert g.follow_for("monday") is None  # a start word few rules begin with is not looked past


def test_sentences_tag_the_same_with_and_without_looking_ahead() -> None:
    text = ("The company said the coming year would be hard. In the first quarter, the third in a row, sales fell; "
            "a year ago they rose. Early on Monday, the mid-1990s came up, and no later than the end of the month "
            "the late summer plan was dropped. The 14th of March, the past week, the day before, a day later.")
    found = _mentions(text)
    assert len(found) >= 8
    assert found == _without_lookahead(text)
