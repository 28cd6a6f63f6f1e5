"""Session 31 (tagspeed): the quick test before "before"-like signals are read gives what reading them gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from timeline.resolve.tense_cues import _TOKEN, tense_words
from timeline.resolve.tense_signals import before_preceding_signal


def _preceding_by_definition(text: str, start: int) -> bool:
    """:func:`before_preceding_signal` as written before the quick test: the words before ``start`` (a "the" dropped) end in
    one of the preceding signals."""
    words = [w.lower() for w in _TOKEN.findall(text, max(0, start - 30), start)]
    if words[-1:] == ["the"]:
        words.pop()
    return any(tuple(words[-len(p):]) == p for p in tense_words("en").preceding)


# pieces of the signals, cut and cased every way, and words around them: a window may hold a signal whole, in part, or
# cut at its left edge ("...ing up to the")
_PIECES = ["before", "Before", "BEFORE", "befor", "e", "leading", "Leading", "up", "to", "up to", "on", "the", "The", "eve",
           "of", "eve of", "lead", "ing", " ", "  ", ",", ".", "-", "'s", "’", "shoppers", "crowded", "malls", "x", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.integers(min_value=0, max_value=3))
def test_quick_test_never_changes_the_answer(pieces: list[str], cut: int) -> None:
    text = "".join(pieces) + " Christmas"
    start = len(text) - len(" Christmas") + 1 - min(cut, 1)  # at the time, or one character into the space before it
    assert before_preceding_signal(text, start) == _preceding_by_definition(text, start)


def test_signals_before_a_time_are_found() -> None:
    for text, expected in [("Shoppers crowded the malls before Christmas.", True), ("in the days leading up to the holiday", True),
                           ("Crowds gathered On The Eve Of Christmas.", True), ("Shoppers crowded the malls at Christmas.", False),
                           ("before the malls opened at Christmas", False)]:
        start = text.index("Christmas") if "Christmas" in text else text.index("holiday")
        assert before_preceding_signal(text, start) is expected, text
        assert _preceding_by_definition(text, start) is expected, text


def test_a_past_clause_before_christmas_takes_the_closest_one() -> None:
    # said on Dec. 22, "before Christmas" in a past clause is this Christmas, three days ahead (the closest), not last year's
    found = [(t.text, t.value) for t in timeline.tag("Shoppers crowded the malls before Christmas.", reference_time="2026-12-22").timexes]
    assert found == [("Christmas", "2026-12-25")]
