"""The shortcuts that keep a long text's relations linear say what the plain definitions say."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.anchoring import REFERENCE
from timeline.placement.relations import _near_pairs


@st.composite
def _layouts(draw):  # type: ignore[no-untyped-def]
    """Mentions with their sentences, the local pairs a text makes of them, and a timeline order."""
    n = draw(st.integers(0, 14))
    sentence = sorted(draw(st.lists(st.integers(0, 6), min_size=n, max_size=n)))
    names = [f"e{k}" for k in range(n)]
    sentence_of = dict(zip(names, sentence))
    pairs = []
    for k, a in enumerate(names):
        pairs.append((a, REFERENCE))
        if sentence[k] % 2:
            pairs.append((a, "t1"))
        pairs += [(a, b) for j, b in enumerate(names) if j > k and sentence[j] - sentence[k] <= 1]
    neighbours = draw(st.lists(st.sampled_from(names), max_size=20)) if names else []
    if draw(st.booleans()):
        neighbours = draw(st.permutations(names))
    return neighbours, pairs, sentence_of, draw(st.integers(1, 5))


def _plain(neighbours, reach, pairs):  # type: ignore[no-untyped-def]
    local = set(pairs) | {(b, a) for a, b in pairs}
    return [(a, b) for i, a in enumerate(neighbours) for b in neighbours[i + 1 : i + 1 + reach] if (a, b) not in local]


@settings(max_examples=300, deadline=None)
@given(_layouts())
def test_near_pairs_by_sentence_are_those_outside_the_local_pairs(layout) -> None:  # type: ignore[no-untyped-def]
    """Two mentions are a local pair exactly when their sentences are the same or next to each
    other: the timeline neighbours left are those no local pair holds, repeats included."""
    neighbours, pairs, sentence_of, reach = layout
    assert _near_pairs(neighbours, reach, pairs, sentence_of, frozenset({"t1", REFERENCE})) == _plain(neighbours, reach, pairs)


def test_near_pairs_with_other_names_among_the_neighbours() -> None:
    """A time, the publication time or a name with no sentence among the neighbours: the pairs
    are checked against the local ones (a time of the sentence is a local pair, not a near one)."""
    sentence_of = {"e1": 0, "e2": 0, "e3": 5}
    pairs = [("e1", "e2"), ("e1", "t1"), ("e1", REFERENCE), ("e3", REFERENCE)]
    for neighbours in (["e1", "t1", "e2", "e3"], ["e3", REFERENCE, "e1"], ["e1", "x", "e3"]):
        assert _near_pairs(neighbours, 3, pairs, sentence_of, frozenset({"t1", REFERENCE})) == _plain(neighbours, 3, pairs)
    assert ("e1", "t1") not in _near_pairs(["e1", "t1"], 3, pairs, sentence_of, frozenset({"t1", REFERENCE}))
    assert _near_pairs(["e1", "e3", "e2"], 3, pairs, sentence_of, frozenset()) == [("e1", "e3"), ("e3", "e2")]


def test_near_pairs_when_a_mention_shares_a_time_s_name() -> None:
    """A mention named like a time of another sentence: the pair with that time is local although
    the mention's sentence is far, so the names are checked pair by pair."""
    sentence_of = {"e1": 0, "x": 5}
    pairs = [("e1", "x"), ("e1", REFERENCE), ("x", REFERENCE)]  # ("e1", "x"): e1 with the time x of its sentence
    assert _near_pairs(["e1", "x"], 2, pairs, sentence_of, frozenset({"x", REFERENCE})) == []
