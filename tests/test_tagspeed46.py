"""Session 46 tagger speed: each fast path gives what the general one gives (outputs identical)."""

from __future__ import annotations

import random

from timeline import text as T
from timeline.recognize import _rule_captures
from timeline.recognize.grammar import compile_grammar

# my own pieces of text around a full stop: words, abbreviations, initials, numbers, line breaks
STOP_PIECES = ["Mr", "U.S", "a.m", "J", "Inc", "said", "St", "e.g", " ", "  ", "\n", "\n\n", "7", "4.5", ".", ",", "(", "'", "x", "Q"]


def test_word_before_stop_in_ascii_text_is_the_patterns() -> None:
    rnd = random.Random(46)
    found = 0
    for _ in range(20000):
        text = "".join(rnd.choice(STOP_PIECES) for _ in range(rnd.randint(0, 8))) + "."
        at = len(text)
        m = T._ASCII[3].search(text, max(0, at - 16), at - 1)
        expected = m.group() if m else ""
        assert T._word_before_stop(text, at, T._ASCII) == expected, repr(text)
        found += bool(expected)
    assert found > 5000  # (most texts have a word before the stop; the rest check the empty answer)


def test_word_before_stop_reads_past_a_last_newline_as_the_pattern_does() -> None:
    # "$" stands before a newline that ends the text searched: the word before that newline is the pattern's match
    text = "Smith\n."
    assert T._ASCII[3].search(text, 0, len(text) - 1).group() == "Smith"
    assert T._word_before_stop(text, len(text), T._ASCII) == "Smith"
    assert T._word_before_stop("in\n\n.", 5, T._ASCII) == ""


# my own sentences: each holds expressions that rules with several captures read
RULE_TEXTS = ["Sales rose in the first quarter of 2025 and fell two weeks later.",
              "The bridge reopened at 9:45 a.m. on Tuesday, Nov. 3, after about three hours.",
              "He served for nearly a decade, from the mid-1990s to late 2004.",
              "The fair runs from June 4 to June 9, 2027, and again next spring; it opened 12 years ago.",
              "Late on Friday night the ferry left, some 40 minutes after 11 p.m., and the last week of March was calm."]


def test_rule_captures_read_at_once_are_the_groups_one_by_one() -> None:
    grammar = compile_grammar("en")
    compared = with_none = 0
    for text in RULE_TEXTS:
        low = text.lower()
        for index in range(len(grammar.rule_names)):
            rx = grammar.rule_regex(index)
            assert tuple(rx.groupindex) == grammar.group_names[index]
            for pos in range(len(low)):
                rm = rx.match(low, pos)
                if rm is None:
                    continue
                one_by_one = {g: v for g in grammar.group_names[index] if (v := rm.group(g)) is not None}
                assert list(_rule_captures(rm).items()) == list(one_by_one.items()), (text, grammar.rule_names[index])
                compared += 1
                with_none += len(one_by_one) < len(grammar.group_names[index])
    assert compared > 25 and with_none > 10  # (matches that leave groups empty: those must not be read)
