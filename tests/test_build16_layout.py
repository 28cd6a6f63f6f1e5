"""The relation features' Layout: each sentence's words lower-cased with straight apostrophes,
the apostrophes replaced only in a sentence that has a curly one (the fast path must give the
words the plain formula gives, for any text); times' type features as ``str`` of the type."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.relations.features import Layout, candidate_rows
from timeline.text import segment

_ALPHABET = "abcXYZ’'İΣσς. ,-\n0"


@settings(deadline=None, max_examples=300)
@given(st.text(alphabet=_ALPHABET, max_size=80))
def test_lower_words_are_each_token_lowered_with_straight_apostrophes(text: str) -> None:
    layout = Layout.of(segment(text, "en"))
    assert layout.lower == [[t.text.lower().replace("’", "'") for t in toks] for toks in layout.tokens]
    assert layout._token_starts == [[t.start for t in toks] for toks in layout.tokens]


def test_curly_apostrophes_in_one_sentence_only() -> None:
    layout = Layout.of(segment("The mayor’s office CLOSED. Rescue teams didn't stop.", "en"))
    words = [w for sentence in layout.lower for w in sentence]
    assert "mayor's" in words and "closed" in words and "didn't" in words
    assert not any("’" in w for w in words)


def test_time_features_name_the_type_as_its_value() -> None:
    from timeline import tag

    text = "Police closed the bridge on Monday. It reopened two days later."
    doc = segment(text, "en")
    times = tag(text, "2026-10-14").timexes
    from timeline.events.detect import detect_events

    events = detect_events(doc, event_model="perceptron")
    rows = candidate_rows(doc, events, times)
    kinds = {f for part in rows.parts for f in part if f.startswith(("t_type=", "type_tense="))}
    assert "t_type=DATE" in kinds
    assert any(f.startswith("type_tense=DATE/") for f in kinds)
    assert not any("TimexType" in f for f in kinds)


def test_pair_parts_are_each_events_own_features_prefixed_in_order() -> None:
    """Part i is event i's own features; n + i the same features named a_..., 2n + i b_...,
    each in the same order (one name table per prefix for the whole text)."""
    from timeline.events.detect import detect_events

    text = ("The council approved the budget on Monday and the mayor signed it. "
            "Residents protested, and police arrested two men after the march ended.")
    doc = segment(text, "en")
    events = detect_events(doc, event_model="perceptron")
    rows = candidate_rows(doc, events, ())
    n = len(events)
    assert n >= 4
    for i in range(n):
        own = rows.parts[i]
        assert rows.parts[n + i] == ["a_" + f for f in own]
        assert rows.parts[2 * n + i] == ["b_" + f for f in own]
