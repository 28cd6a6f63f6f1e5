"""Session 29, build speed: each shortcut gives the answer of the plain computation it replaces."""

from __future__ import annotations

import pytest


def test_scores_summed_in_chunks_are_the_per_token_sums_in_feature_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tokens are scored a chunk at a time (each chunk padded only to its own widest token): every
    token's scores are still its features' weights added in their order, whatever the chunk size,
    and a token in a chunk of short ones is no different from one among long ones."""
    import timeline.events.detect as detect
    from timeline.events.detect import _Dense, _scores

    weights = {"big": {"B": 1e16}, "one": {"B": 1.0}, "minus": {"B": -1e16}, "half": {"A": 0.5, "C": -0.25},
               "tiny": {"A": 1e-17, "C": 3.0}}
    labels = ("A", "B", "C", "O")
    dense = _Dense.of(weights, labels)
    rows = [["one", "big", "minus"], ["tiny"], ["big", "one", "minus", "half", "tiny"], [], ["half", "unseen", "tiny"],
            ["big", "minus", "one"], ["half"], ["unseen"], ["one", "one", "big", "minus", "half", "half", "tiny"]]
    plain = [[repr(_scores(weights, labels, feats)[label]) for label in labels] for feats in rows]
    for chunk in (1, 2, 3, 4, 100):
        monkeypatch.setattr(detect, "_SCORE_CHUNK", chunk)
        got = dense.scores(rows)
        assert got.shape == (len(rows), len(labels))
        assert [[repr(float(x)) for x in row] for row in got] == plain, chunk
    assert dense.scores([]).shape == (0, len(labels))
