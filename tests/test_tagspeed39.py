"""Session 39 tagger speed: the lookahead tries are built most-tried-first from a guess of which characters follow a
start word (``lookahead.Profile``), skip the characters a token can never be followed by, and look past nodes of any
number of rules; what a walk leaves to try is still exactly what the rules can match (outputs identical)."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from timeline.lexicon import load_lexicon
from timeline.recognize import lookahead

from _timelines import recognized as _mentions, recognized_without_lookahead as _without_lookahead


def _toy(seed: int):  # type: ignore[no-untyped-def]
    def can_continue(ids: "tuple[int, ...] | list[int]", text: str) -> tuple[int, ...]:
        if text[-1] not in "ab -.":
            return ()  # five characters go on: a small tree, several levels deep
        return tuple(i for i in ids if (ord(text[-1]) * seed + i * 3 + len(text)) % 5 != 0)  # varied sets, deterministic
    return can_continue


def _slanted(text: str) -> "dict[str, float]":
    """A made-up guess: "a" likelier after "a", a space likelier after "b"."""
    odds = dict.fromkeys(lookahead.ALPHABET, 0.01)
    odds["a"] = 0.5 if text.endswith("a") else 0.1
    odds[" "] = 0.4 if text.endswith("b") else 0.05
    return odds


def _nodes(root: lookahead.Node) -> "list[tuple[lookahead.Node, str]]":
    out, stack = [], [(root, "")]
    while stack:
        node, path = stack.pop()
        out.append((node, path))
        stack.extend((child, path + c) for c, child in lookahead.children_of(node).items() if child is not None)
    return out


def _chance(path: str, chance) -> float:  # type: ignore[no-untyped-def]
    p = 1.0
    for k, c in enumerate(path):
        p *= chance(path[:k]).get(c, 0.0)
    return p


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=1, max_value=9), st.sampled_from([5, 30, 120]), st.booleans())
def test_a_trie_is_expanded_most_tried_first(seed: int, budget: int, slanted: bool) -> None:
    """No node is expanded while one a walk is likelier to try (its chance times its rules) is left unexpanded."""
    chance = _slanted if slanted else (lambda text: dict.fromkeys(lookahead.ALPHABET, 1 / len(lookahead.ALPHABET)))
    saved = lookahead.BUDGET
    try:
        lookahead.BUDGET = budget
        root = lookahead.build(list(range(8)), _toy(seed), chance=chance if slanted else None)
    finally:
        lookahead.BUDGET = saved
    expanded, waiting = [], []
    for node, path in _nodes(root):
        tried = _chance(path, chance) * len(node.rules)
        if node.other is not None:
            expanded.append(tried)
        elif len(node.rules) > lookahead.KEEP and len(path) < lookahead.DEPTH:
            waiting.append(tried)  # could have been expanded: the budget ran out first
    assert expanded and waiting
    assert min(expanded) >= max(waiting) * (1 - 1e-9), (budget, seed)


def test_characters_no_token_is_followed_by_are_not_expanded_but_stay_exact() -> None:
    """Outside ``first`` the root's children are made (their rules differ) but never looked past, and cost no budget."""
    def can_continue(ids: "tuple[int, ...] | list[int]", text: str) -> tuple[int, ...]:
        return tuple(i for i in ids if (ord(text[-1]) + i + len(text)) % 3 != 0)

    saved = lookahead.BUDGET
    try:
        lookahead.BUDGET = 40
        free = lookahead.build(list(range(6)), can_continue)
        after_token = lookahead.build(list(range(6)), can_continue, first=lookahead.AFTER_TOKEN)
    finally:
        lookahead.BUDGET = saved
    kids = lookahead.children_of(after_token)
    letters = [c for c, child in kids.items() if child is not None and c.isalnum()]
    assert letters and all(kids[c].other is None for c in letters)  # type: ignore[union-attr]
    assert all(kids[c].rules == can_continue(tuple(range(6)), c) for c in letters)  # type: ignore[union-attr]
    # the budget went to the characters that can follow: deeper there than the trie that spends it on letters too
    def depth(root: lookahead.Node, c: str) -> int:
        return max(len(path) for _, path in _nodes(root) if path.startswith(c))
    assert depth(after_token, " ") > depth(free, " ")


def test_the_profile_guesses_the_next_character_from_the_word_list() -> None:
    profile = lookahead.Profile(load_lexicon("en").tables["common_words"]["words"])
    for text in ["the", "the ", "the fi", "99", "1990.", ", ", "in t", "qzx", "a-", "$"]:
        odds = profile(text)
        assert abs(sum(odds.values()) - 1) < 1e-6 and set(odds) <= set(lookahead.ALPHABET), text
    after = profile("the fi")
    assert after["r"] > after["n"] > after["x"] > 0  # "first" before "find"; an unknown word is still possible
    assert max(profile("the first"), key=profile("the first").get) == " "
    assert max(profile("$"), key=profile("$").get).isdigit()


WORDS = ["the", "a", "in", "for", "last", "about", "first", "end", "of", "year", "u.s.", "cent", "99", "1", "early", "close",
         "second", "the same", "middle", "board", "chairman", "hour", "within", "next", "month", "quarter", "'s", ",", "."]


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12), st.sampled_from([" ", "  ", "\n", " , "]))
def test_deeper_tries_find_what_the_full_alternation_finds(words: "list[str]", gap: str) -> None:
    text = gap.join(words)
    assert _mentions(text) == _without_lookahead(text)


def test_own_sentences_tag_the_same_with_and_without_looking_ahead() -> None:
    for text in ["In the first hour of trading, shares of the board's chairman rose 99 cents.",
                 "For the second time in a year, the close came within the hour; about 12 of them left in the middle of the night.",
                 "The U.S. team arrives at the end of the month, about 1 p.m. on the first Monday.",
                 "He will be in the lead for about 3 more weeks, and in the first quarter of next year it ends."]:
        assert _mentions(text) == _without_lookahead(text), text


def test_the_profile_answers_the_same_whatever_was_asked_before() -> None:
    """Its memo must not mix cases up ("1999s" is a letter after digits, "xyzs" an unknown word): the tries shipped
    and those computed at run time must be the same (a key built after others came out different once)."""
    words = load_lexicon("en").tables["common_words"]["words"]
    texts = ["xyzs", "1999s", "the s", "s", "12th", "the", "1,", "a-", "'9", "q", ". ", "3 p", "zzt"]
    fresh = [lookahead.Profile(words)(t) for t in texts]
    shared = lookahead.Profile(words)
    assert [shared(t) for t in texts] == fresh
    shared = lookahead.Profile(words)
    assert [shared(t) for t in reversed(texts)][::-1] == fresh
