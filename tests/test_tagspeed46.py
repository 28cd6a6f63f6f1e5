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


def test_may_lead_is_false_only_where_no_lead_word_matches() -> None:
    from timeline.resolve import _LEAD_WORD, _may_lead

    pieces = ["about", "just", "over", "Five", "hours", "a.m.", "10:35", "\t", " ", "  ", "-", ",", "x", "é", "\n"]
    rnd = random.Random(4646)
    skipped = 0
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 5)))
        if not _may_lead(text):
            skipped += 1
            assert _LEAD_WORD.match(text.lower()) is None, repr(text)
    assert skipped > 2000


def test_unit_index_gives_the_first_unit_listing_a_word() -> None:
    from timeline.lexicon import load_lexicon
    from timeline.model import Grain
    from timeline.recognize.productions.common import MatchContext, unit_of

    lexicon = load_lexicon("en")
    ctx = MatchContext("x", 0, 1, lexicon)

    def scanned(word: str) -> "tuple[Grain, float] | None":  # the table read in order, as unit_of read it before
        for unit in lexicon["units"].values():
            if word in unit["words"]:
                return Grain[unit["grain"]], float(unit.get("multiplier", 1))
        return None

    words = {w for unit in lexicon["units"].values() for w in unit["words"]}
    assert len(words) > 20
    for word in sorted(words) + ["Years", "FORTNIGHTS", "fortnight", "decades", "qtr"]:
        expected = scanned(word.lower())
        if expected is None:
            try:
                unit_of(ctx, word)
            except ValueError:
                continue
            raise AssertionError(word)
        assert unit_of(ctx, word) == expected, word
    # a word two units list is the first one's (none does in the shipped table: the order is what the scan gives)
    assert all(unit_of(ctx, w) == scanned(w) for w in words)


def test_unit_index_keeps_the_first_unit_of_a_word_two_list() -> None:
    from timeline.lexicon import Lexicon
    from timeline.model import Grain
    from timeline.recognize.productions.common import MatchContext, unit_of

    units = {"week": {"grain": "WEEK", "words": ["week", "weeks", "wk"]},
             "fortnight": {"grain": "WEEK", "multiplier": 2, "words": ["fortnight", "wk"]}}
    lexicon = Lexicon("tagspeed46-units", {"units": units}, ())
    ctx = MatchContext("x", 0, 1, lexicon)
    assert unit_of(ctx, "wk") == (Grain.WEEK, 1.0)  # the first unit listing it, as a scan in order finds
    assert unit_of(ctx, "Fortnight") == (Grain.WEEK, 2.0)
    other = Lexicon("tagspeed46-units", {"units": {"day": {"grain": "DAY", "words": ["wk"]}}}, ())
    assert unit_of(MatchContext("x", 0, 1, other), "wk") == (Grain.DAY, 1.0)  # another table for the language: indexed anew
