"""Session 49 tagger speed: fast paths that must answer as the slow paths they stand before (outputs identical)."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings, strategies as st

from timeline.recognize import lookahead, recognize
from timeline.recognize.grammar import Grammar, compile_grammar

from _timelines import recognized, recognized_without_lookahead

# letters a numeral may carry joined to it, and what may follow the token
_SUFFIXES = ["st", "nd", "rd", "th", "s", "am", "pm", "a", "p", "m", "h", "hrs", "bn", "k", "q", "x", "yr", "yrs", "min", "sec",
             "ish", "er", "ies", "th-century", "s-era", "s'"]
_AFTER = ["", " anniversary", " century", " of may", ", 2009", " and the 1990s", "-", " ago", " years", "."]
# tokens that open with digits with no trie of their own, the digits walked from (their first, up to four) split off
_LONG = ["10000", "19990", "20260", "99999", "12345", "80486", "00000", "35527", "123456", "20090312", "200903121530", "30000000",
         "4x4", "12h30", "2009q1", "3q09", "10k2", "1990's", "50's", "1800's", "3's"]
_NUMERALS = [str(n) for n in range(100)] + [f"0{n}" for n in range(10)] + [
    "100", "101", "199", "200", "365", "911", "999", "1000", "1066", "1200", "1800", "1899", "1900", "1950", "1990", "1999",
    "2000", "2009", "2026", "2099", "2359", "2400", "3000", "4020", "8080", "9999", "0800"]


def _walked(g: Grammar, text: str, pos: int, digits: str) -> "set[int]":
    """The rules the walk of ``digits``' trie leaves at the numeral at ``pos`` (the fast path of _recognize)."""
    trie = g.lookahead(digits)
    assert trie is not None
    m = lookahead.walk(trie, text, pos + len(digits), g.node_matcher)
    if m is None:
        return set()
    if isinstance(m, tuple):
        return {i for i, _ in m}
    return {int(name[1:]) for name in m.groupindex if re.fullmatch(r"r\d+", name)}


@pytest.mark.parametrize("gated", [False, True])
def test_a_lettered_numerals_walk_keeps_every_rule_that_matches_it(gated: bool) -> None:
    """ "50th", "1990s", "10am" have no trie of their own (their key is "#": every rule a numeral can begin); the walk of
    their digits' trie through their letters must leave every one of those rules that matches there (the slow path
    tries them all)."""
    g = compile_grammar("en", gated)
    every = g.start_rules("#")
    regexes = {i: g.rule_regex(i) for i in every}
    narrowed = 0
    for numeral, suffix, after, before in itertools.product(_NUMERALS, _SUFFIXES, _AFTER, ["", "the "]):
        text = f"{before}{numeral}{suffix}{after}"
        pos = len(before)
        matching = {i for i in every if regexes[i].match(text, pos)}
        walked = _walked(g, text, pos, numeral)
        assert matching <= walked, (text, sorted(g.rule_names[i] for i in matching - walked))
        narrowed += len(walked) < len(every)
    assert narrowed > 1000  # (the walk leaves fewer rules than the slow path tries, for most of them: why it is there)


@pytest.mark.parametrize("gated", [False, True])
def test_a_long_or_mixed_numerals_walk_keeps_every_rule_that_matches_it(gated: bool) -> None:
    """ "80486", "20090312", "4x4", "1990's": the trie of the first digits (up to four) walked on through the rest."""
    g = compile_grammar("en", gated)
    every = g.start_rules("#")
    regexes = {i: g.rule_regex(i) for i in every}
    for token, after, before in itertools.product(_LONG, _AFTER + [".29", ".5 million", ",000 people", ":30 pm", "-2009", "/12", " 1/2"],
                                                  ["", "the ", "about "]):
        digits = re.match(r"[0-9]{1,4}", token).group()  # type: ignore[union-attr]
        text = f"{before}{token}{after}"
        pos = len(before)
        matching = {i for i in every if regexes[i].match(text, pos)}
        assert matching <= _walked(g, text, pos, digits), (text, sorted(g.rule_names[i] for i in matching - _walked(g, text, pos, digits)))


_SENTENCES = [
    "The club marked its 50th anniversary on Monday, and its 100th is due in 2074.",
    "Prices rose through the 1990s and fell in the 2000s; the 80s were calmer.",
    "The 3rd quarter ended on Sept. 30 and the 4th begins on Oct. 1.",
    "The shop opens at 10am and closes at 6pm, or at 5pm on the 24th.",
    "She finished 21st in the 100m final, 2nd in the 200m heats at 9pm.",
    "The 11th hour talks of the 1st of May went on until 3am Friday.",
    "The mid-1990s boom and the 1970s-era rules of the 19th century were set aside by 2010.",
    "He worked in the 60s, the '70s and the 1980s, in his 30s and 40s.",
    "Sales hit 2bn in 3q, up 12pct from 1q; the 5k race starts at 8am.",
    "The 4th of July parade and the 25th of December, 2009, were quiet.",
    "The 80486 chip sold 35000 units by 20090312; the index closed at 10432.29 in the 1990's rally.",
    "A 4x4 truck, code 12h30, filed for 2009q1 and the 10k2 model.",
]


@pytest.mark.parametrize("text", _SENTENCES)
def test_lettered_numerals_tag_as_with_every_rule_tried(text: str) -> None:
    assert recognized(text) == recognized_without_lookahead(text)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.sampled_from(_NUMERALS), st.sampled_from(_LONG), st.integers(min_value=10000, max_value=10**9).map(str)),
       st.sampled_from(_SUFFIXES + [""]), st.sampled_from(_AFTER), st.sampled_from(["", "the ", "in ", "about ", "on the "]))
def test_any_lettered_numeral_tags_as_with_every_rule_tried(numeral: str, suffix: str, after: str, before: str) -> None:
    text = f"It was {before}{numeral}{suffix}{after} then."
    assert recognized(text) == recognized_without_lookahead(text)


def test_a_lettered_numeral_is_walked_not_tried_against_every_rule() -> None:
    """The fast path is taken: "50th" is remembered with its digits' trie, walked from after its two digits."""
    g = compile_grammar("en", True)  # (the grammar recognition reads every text with: s59 speed)
    recognize("The 50th anniversary fair ranked 3rd.")
    matcher, trie, reach = g._memo["word_matchers"]["50th"]  # type: ignore[index]
    assert matcher is None and trie is g.lookahead("50") and reach == 2
    assert g._memo["word_matchers"]["3rd"][2] == 1  # type: ignore[index]
    recognize("The index closed at 10432 points.")
    assert g._memo["word_matchers"]["10432"][1:] == (g.lookahead("1043"), 4)  # type: ignore[index]
