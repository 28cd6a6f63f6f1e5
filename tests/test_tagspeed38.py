"""Session 38, tagspeed: the sub-pattern {PARTICLE} ("took [over] three years ago") opens with a lookahead for its hedge
words, before the lookbehind for each of its verbs.

Rules ``duration``, ``ago`` and ``anaphoric_offset`` try ``(?!{PARTICLE}...)`` at every position they are attempted at (every
numeral, "the", "about" ...), where a hedge word almost never stands; with the verbs' lookbehinds first, each attempt
evaluated all of them (about a third of those rules' cost when tagging TBAQ).  The lookahead is the words written after the
lookbehinds, at the same position, so the same strings match.  These tests compare the new form with the one it replaces,
on own strings, and check the lookahead tries (which leave lookarounds out) are unchanged.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline.lexicon import load_lexicon
from timeline.recognize import grammar as G
from timeline.recognize import lookahead
from timeline.recognize import recognize


def _table() -> dict:
    return load_lexicon("en")["vetoes"]["hedge_particles"]


def _plain(table: dict) -> str:
    """{PARTICLE} as it was written before session 38: the verbs' lookbehinds, then the words."""
    behind = "|".join(f"(?<=\\b{re.escape(v)}\\s)" for v in sorted(table["verbs"]))
    return "(?:" + behind + ")" + G._alternation(list(table["words"]))


def test_the_particle_pattern_opens_with_its_words() -> None:
    fast = G._particle(_table())
    assert fast.startswith("(?=") and fast != _plain(_table())


_PIECES = ["took", "taken", "handed", "won", "turned", "over", "overall", "overs", "ago", "later", "three", "years", "3", "the",
           "a", "x", " ", "  ", "\n", "-", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12))
@example(["took", " ", "over", " ", "three", " ", "years", " ", "ago"])
@example(["a", " ", "won", "  ", "overall", "\n", "turned", " ", "over"])
def test_the_particle_matches_what_the_plain_form_matches(pieces: list[str]) -> None:
    """At every position of a string of verbs, hedge words and others, both forms match the same span (or none)."""
    text = "".join(pieces)
    fast, plain = re.compile(G._particle(_table())), re.compile(_plain(_table()))
    for pos in range(len(text) + 1):
        a, b = fast.match(text, pos), plain.match(text, pos)
        assert (a and a.span()) == (b and b.span()), (text, pos)


def test_the_particle_matches_after_its_verbs_only() -> None:
    rx = re.compile(G._particle(_table()))
    assert rx.match("took over", 5).span() == (5, 9) and rx.match("handed over three", 7).span() == (7, 11)  # type: ignore[union-attr]
    assert all(rx.match(f"{verb} over", len(verb) + 1) for verb in _table()["verbs"])
    assert not rx.match("sold over", 5) and not rx.match("took overall", 5) and not rx.match("took 3", 5)


def test_the_rules_lookahead_tries_are_unchanged() -> None:
    """The tries and start rules are computed from each rule without its lookarounds, where {PARTICLE} stands only inside
    a negative lookahead: every rule reads the same with either form."""
    g = G.compile_grammar("en", False)
    subs = G._subpatterns(g.lexicon)
    old = dict(subs, PARTICLE=_plain(_table()))
    using = 0
    for rule in g.lexicon.rules:
        if "gate" in rule:
            continue
        new_body, old_body = G.expand(rule["pattern"], subs), G.expand(rule["pattern"], old)
        using += new_body != old_body
        assert lookahead.without_lookarounds(new_body) == lookahead.without_lookarounds(old_body), rule["name"]
    assert using >= 2  # ("duration", "ago": the rules the change is for)


def test_a_particle_before_an_offset_still_keeps_the_hedge_out() -> None:
    """ "took over three years ago": "over" is the verb's particle, not a hedge of the offset (own sentences)."""
    texts = {m.text for m in recognize("She took over three years ago as head of the board.")}
    assert "three years ago" in texts and not any(t.startswith("over") for t in texts)
    hedged = {m.text for m in recognize("The ferry ran over three years ago.")}
    assert any(t.startswith("over three years") for t in hedged), hedged
