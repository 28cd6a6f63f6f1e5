"""Looking past a start word that several rules begin with ("the", "a", "early", a numeral) to the
characters after it only narrows which rules are tried: the mentions found are exactly those of the
full alternation (timeline/recognize/lookahead.py, ``Grammar.lookahead``, timeline/recognize/__init__.py)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings, strategies as st

from timeline.recognize import lookahead, recognize
from timeline.recognize.grammar import Grammar, compile_grammar

from _timelines import recognized as _mentions, recognized_without_lookahead as _without_lookahead
from timeline.recognize.precompiled import TRIE_MARK

WORDS = [
    "the", "a", "an", "early", "late", "mid", "no", "last", "next", "first", "third", "quarter", "year", "years",
    "week", "month", "day", "days", "company", "coming", "current", "century", "decade", "1990s", "2026", "12", "3",
    "march", "may", "monday", "summer", "morning", "evening", "of", "in", "on", "ago", "later", "past", "previous",
    "following", "same", "end", "beginning", "half", "two", "five", "hundred", "hours", "minutes", ",", ".", "'s",
    "fiscal", "period", "weekend", "night", "time", "times", "christmas", "season", "new", "co", "coup", "ye", "y",
    "sixties", "'90s", "noon", "dawn", "eve", "decades", "moment", "1980", "30", "31st", "2:30", "p.m.", "-",
    "summer", "offensive", "o", "off", "spring", "break", "4", "1066", "million", "percent", "a.m.", "bc", "of the",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14), st.sampled_from([" ", "  ", "\n", " , "]))
def test_looking_ahead_finds_what_the_full_alternation_finds(words: list[str], gap: str) -> None:
    text = gap.join(words)
    assert _mentions(text) == _without_lookahead(text)


def _rules_at(g: Grammar, text: str, word: str) -> "set[int] | None":
    """The rules a walk of ``word``'s trie leaves to try at the start of ``text`` (None: none)."""
    trie = g.lookahead(word)
    assert trie is not None
    m = lookahead.walk(trie, text, len(word), g.node_matcher)
    if m is None:
        return None
    if isinstance(m, tuple):
        return {i for i, _ in m}
    return {int(name[1:]) for name in m.groupindex if re.fullmatch(r"r\d+", name)}


def test_the_characters_after_a_start_word_narrow_the_rules_tried() -> None:
    g = compile_grammar("en", False)
    everything = set(g.start_rules("the"))
    assert _rules_at(g, "the party said", "the") is None  # no rule can go on with " party"
    coming = _rules_at(g, "the coming week", "the")
    assert coming and len(coming) < len(everything) // 4
    found = recognize("the coming week")
    assert found and g.rule_index(found[0].rule) in coming


def test_a_character_the_trie_does_not_branch_on_leaves_every_rule_of_the_node() -> None:
    g = compile_grammar("en", False)
    # a digit after "the " is outside the alphabet: the walk stops at "the " with all its rules, the decade's among them
    at_digit = _rules_at(g, "the 1990s", "the")
    assert at_digit is not None and g.rule_index(recognize("the 1990s")[0].rule) in at_digit
    # a numeral of four digits has its own trie: after "1066 pe" only the rules a year alone can match are left
    percent = _rules_at(g, "1066 percent", "1066")
    assert percent is not None and len(percent) < len(_rules_at(g, "1066 ", "1066") or ()) < len(g.start_rules("#"))


def test_a_lookaround_at_the_end_of_the_cut_text_does_not_rule_a_match_out() -> None:
    # "summer of" can go on as "summer of 1943" or "summer offensive"; partial matching of the rule itself
    # (with its lookahead) cannot tell at "summer of", so the trie is built from the rules without lookarounds
    found = recognize("Their summer offensive failed.")
    assert [m.text for m in found] == ["summer"]
    g = compile_grammar("en", False)
    fresh = g.build_lookahead("summer")  # computed now, not the shipped one
    assert fresh is not None
    m = lookahead.walk(fresh, "summer offensive", len("summer"), g.node_matcher)
    assert isinstance(m, tuple) and g.rule_index(found[0].rule) in {i for i, _ in m}
    assert [m.text for m in recognize("In the summer of 1943 it failed.")] == ["the summer of 1943"]


PATTERN_TEXTS = ["the coming week", "summer offensive", "summer of 1943", "early on monday", "1066 bc", "the 1990s",
                 "a year ago", "mid-morning", "3:40 a.m.", "twenty-one days", "no later than friday", "in march"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(PATTERN_TEXTS), st.sampled_from(["", " ", ".", "x", " of", "s"]))
def test_a_rule_without_lookarounds_matches_everything_the_rule_matches(text: str, tail: str) -> None:
    g = compile_grammar("en", False)
    for pattern in g.patterns:
        m = re.compile(pattern).match(text + tail)
        if m is not None:
            loose = re.compile(lookahead.without_lookarounds(pattern)).match(text + tail)
            assert loose is not None and loose.end() >= m.end() or loose is not None


def test_lookarounds_and_word_boundaries_are_left_out_classes_and_escapes_kept() -> None:
    assert lookahead.without_lookarounds(r"(?<=in )the(?!\s+x)\b(?:a|b)[(?!]\s(?=(?:x|y))z\\b") == r"the(?:a|b)[(?!]\sz\\b"
    assert lookahead.without_lookarounds(r"a[]b)](?!c(?:d))e\Bf") == r"a[]b)]ef"


def test_sentences_tag_the_same_with_and_without_looking_ahead() -> None:
    text = ("The company said the coming year would be hard. In the first quarter, the third in a row, sales fell; "
            "a year ago they rose. Early on Monday, the mid-1990s came up, and no later than the end of the month "
            "the late summer plan was dropped. The 14th of March, the past week, the day before, a day later.")
    found = _mentions(text)
    assert len(found) >= 8
    assert found == _without_lookahead(text)


def _example_sentences() -> list[str]:
    from timeline.lexicon import load_lexicon

    out = []
    for rule in load_lexicon("en").rules:
        for e in rule.get("examples", []):
            text = e.get("sentence") or e.get("text") if isinstance(e, dict) else e[0]
            out.append(re.sub(r"[\[\]]", "", text))
    return out


def test_an_alternation_and_its_rules_one_by_one_find_the_same_at_every_word() -> None:
    """The two ways a set of rules is tried (one alternation, or each rule's own pattern in turn)
    agree at every word of every rule's examples, a rule vetoed by its production included."""
    from timeline.recognize import _NORMALISE, _match_at, _match_each
    from timeline.recognize.grammar import TOKEN as _TOKEN

    g = compile_grammar("en", True)
    tried = vetoed = 0
    for sentence in _example_sentences():
        low = sentence.translate(_NORMALISE)
        for token in _TOKEN.finditer(low):
            key = "#" if token.group()[0].isdigit() else token.group()
            if key != "#" and key not in g.start_words:
                continue
            shipped = g._shipped()
            ids = shipped[key] if shipped is not None else g.start_rules(key)
            if not ids:
                continue
            one = _match_at(g, sentence, low, token.start(), g._combined(ids))
            each = _match_each(g, sentence, low, token.start(), tuple((i, g.rule_regex(i)) for i in ids))
            assert one == each, (sentence, token.group())
            tried += 1
            first = g._combined(ids).match(low, token.start())
            vetoed += first is not None and (one[0] is None or one[0].rule != g.rule_names[int(first.lastgroup[1:])])
    assert tried > 1000 and vetoed > 0  # some first matches are vetoed, so the fallbacks are compared too


def test_a_percent_sign_after_a_numeral_leaves_only_the_rules_that_go_on_with_it() -> None:
    # "%" is a character the tries branch on: "12 % of the vote" no longer leaves every rule that "12 " does
    g = compile_grammar("en", False)
    spaced = _rules_at(g, "12 ", "12") or set()
    percent = _rules_at(g, "12 % of the vote", "12") or set()
    assert g.rule_index("duration") in spaced and g.rule_index("duration") not in percent
    assert len(percent) < len(spaced)
    assert recognize("Turnout rose 12 % of the vote in 2024.")[0].text == "2024"


# the order nodes are expanded in (most tried first, by lookahead.Profile's guess): tests/test_tagspeed39.py


def test_a_shipped_trie_decodes_its_nodes_as_walks_reach_them_and_walks_the_same() -> None:
    g = compile_grammar("en", False)
    packed = g._shipped()[TRIE_MARK + "the"]
    lazy = lookahead.unpack(packed)
    assert all(isinstance(child, int) or child is None for child in lazy.children.values())  # no child made yet
    eager = lookahead.decode(lookahead.encode(lookahead.unpack(packed)))  # every node made

    def rules(m: "lookahead.Matcher") -> "set[int] | None":
        return None if m is None else {i for i, _ in m} if isinstance(m, tuple) else set(m.groupindex)

    for text in ["the coming week", "the party", "the first quarter", "the 1990s", "the same day", "the", "the end of"]:
        assert rules(lookahead.walk(lazy, text, 3, g.node_matcher)) == rules(lookahead.walk(eager, text, 3, g.node_matcher)), text
    decoded = [c for c, child in lazy.children.items() if isinstance(child, lookahead.Node)]
    assert " " in decoded and len(decoded) < len([c for c, child in lazy.children.items() if child is not None])
    assert lookahead.encode(lazy) == lookahead.encode(eager)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=3, max_value=9), st.integers(min_value=1, max_value=7), st.integers(min_value=2, max_value=90))
def test_a_packed_trie_unpacks_to_the_same_trie_holding_only_text_and_numbers(n_rules: int, seed: int, budget: int) -> None:
    def can_continue(ids: "tuple[int, ...] | list[int]", text: str) -> tuple[int, ...]:
        if text[-1] in "qxz%":
            return ()  # no rule goes on: a child of its own (most characters leave every rule)
        if text[-1] not in "ab -":
            return tuple(ids)
        return tuple(i for i in ids if (ord(text[-1]) * seed + i * 3 + len(text) * 5) % 7 != 0)

    saved = lookahead.BUDGET
    try:
        lookahead.BUDGET = budget
        built = lookahead.build(list(range(n_rules)), can_continue)
    finally:
        lookahead.BUDGET = saved
    unpacked = lookahead.unpack(lookahead.pack(built))
    sets, lines = unpacked.table  # type: ignore[misc]
    assert all(isinstance(line, str) for line in lines) and all(isinstance(i, int) for ids in sets for i in ids)
    assert 0 in lookahead.encode(built)[2].values()  # some character after which no rule goes on
    assert lookahead.encode(unpacked) == lookahead.encode(built)


def _rules_after_numeral(g: Grammar, text: str) -> "set[int] | None":
    """The rules a walk leaves at the numeral beginning ``text``, walked as ``recognize`` walks it: past its
    decimals or thousands ("9.5", "1,000") when it has some."""
    from timeline.recognize.grammar import NUMERAL_TAIL

    digits = re.match(r"\d+", text)
    assert digits is not None
    trie, end = g.lookahead(digits.group()), digits.end()
    tail = NUMERAL_TAIL.match(text, end)
    if tail is not None:
        trie, end = g.lookahead(text[: tail.end()]), tail.end()
    assert trie is not None
    m = lookahead.walk(trie, text, end, g.node_matcher)
    if m is None:
        return None
    return {i for i, _ in m} if isinstance(m, tuple) else {int(name[1:]) for name in m.groupindex if re.fullmatch(r"r\d+", name)}


def test_a_numerals_decimals_and_scale_word_are_looked_past() -> None:
    """ "9.5 million shares", "1,000 people": the walk goes on past the decimals (a trie of its own) and along
    the scale words (a path deeper than the budget reaches), where the duration rules stop; "9.5 million years"
    keeps the duration."""
    g = compile_grammar("en", False)
    duration = g.rule_index("duration")
    for text in ["9.5 million shares", "12.25 billion from", "3 million, or 5 cents", "1,000 people", "2,500,000 barrels",
                 "750 million shares", "4.5 trillion in"]:
        left = _rules_after_numeral(g, text)
        assert left is None or (duration not in left and len(left) <= lookahead.SPLIT), text  # two rules are not looked past
    for text in ["9.5 million years", "1,000 years", "3 million years ago", "2.5 hours", "750 million years"]:
        found = _rules_after_numeral(g, text)
        assert found is not None and duration in found, text
    assert [m.text for m in recognize("It lasted 2.5 million years, cost 9.5 million dollars and 1,000 days.")] == [
        "2.5 million years", "1,000 days"]


_DECIMAL_TAILS = [" million", " billion", " years", " hours", " a.m.", " p.m.", " pm", " on monday", " %", "%", " percent",
                  " ago", " days ago", " million years ago", " in 2026", " bc", ",", ".", " to 10.30", "-", " per cent", " times a year",
                  " minutes later", " gmt", " hrs", " o'clock", " of", " and 4.5 years", "s", "th"]


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.integers(min_value=0, max_value=30), st.integers(min_value=0, max_value=9999)),
       st.one_of(st.integers(min_value=0, max_value=60), st.integers(min_value=0, max_value=999)), st.integers(min_value=1, max_value=3),
       st.sampled_from(_DECIMAL_TAILS), st.sampled_from(["", "at ", "in ", "about ", "the ", "for "]), st.booleans())
@example(9, 30, 2, " p.m.", "at ", False).via("a time")
@example(12, 5, 1, " million years ago", "", False).via("a scaled duration")
@example(1999, 5, 1, " in 2026", "in ", False).via("a year's digits")
@example(12000, 0, 1, " years", "about ", True).via("thousands")
def test_numerals_with_decimals_or_thousands_tag_as_the_full_alternation_does(whole: int, fraction: int, places: int, tail: str,
                                                                             before: str, grouped: bool) -> None:
    """The decimals' and thousands' tries are computed from a few numerals of each shape; every numeral of the
    shape ("0.5", "09.30", "1999.250", "12,000") finds what the full alternation finds."""
    numeral = f"{whole:,}" if grouped else f"{whole}.{fraction % 10 ** places:0{places}d}"
    text = f"It was {before}{numeral}{tail} then."
    assert _mentions(text) == _without_lookahead(text)


def test_a_trie_follows_its_paths_past_the_budget() -> None:
    """With the budget spent near the root, a path (" million" after a numeral) is still followed to its end and
    the characters after it decided; without the path the walk stops short of it."""

    def can_continue(ids: "tuple[int, ...] | list[int]", text: str) -> tuple[int, ...]:
        if "zq" in text and not text.endswith("zq") and not text.startswith("zq "):
            return ()  # "zq" goes on only with a space
        if text.startswith("zq x"):
            return ()  # ... and then not with "x"
        return tuple(i for i in ids if (ord(text[-1]) + i + len(text)) % 11 != 0)

    saved = lookahead.BUDGET
    try:
        lookahead.BUDGET = 3
        plain = lookahead.build(list(range(8)), can_continue)
        followed = lookahead.build(list(range(8)), can_continue, paths=("zq",))
    finally:
        lookahead.BUDGET = saved

    def rules(root: "lookahead.Node", text: str) -> "set[int] | None":
        m = lookahead.walk(root, text, 0, lambda node, other: tuple((i, None) for i in (node.other if other else node.rules)) or None)
        return None if m is None else {i for i, _ in m}

    assert rules(followed, "zq x") is None and rules(followed, "zqa") is None  # decided after the path's end
    assert rules(plain, "zq x") and rules(plain, "zqa")  # the budget alone does not reach that deep
    assert rules(followed, "zq y")  # a space goes on


def test_a_numeral_has_at_most_ten_groups_of_thousands() -> None:
    """Each group of "1,000,000,..." is a token a rule may begin at; a count of unbounded groups was matched from
    each to the run's end (quadratic in a long run).  Ten groups are a count, eleven none, nor any group but the last."""
    ten = "1" + ",000" * 10
    assert [m.text for m in recognize(f"It took {ten} years.")] == [f"{ten} years"]
    eleven = f"It took {ten},000 years."
    assert [m.text for m in recognize(eleven) if m.start < eleven.index(",000 years")] == []  # (the last group may count alone)
    assert [m.text for m in recognize("It took 2,500 years.")] == ["2,500 years"]
