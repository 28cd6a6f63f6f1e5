"""The neural event scorer's encoder runs, on sentences written for these tests."""

from __future__ import annotations

import numpy as np

from timeline.events.neural import HIDDEN_SIZE, load_scorer

_WORDS = [
    "The ferry sank near the harbour after its engine failed .".split(),
    "Witnesses said the crew had radioed for help .".split(),
    "Divers will resume the search on Thursday .".split(),
]


def test_events_neural_scores_and_states_of_a_sentence_are_exactly_those_it_gets_alone() -> None:
    # the relation models read these states: a neighbour must not move them by a single bit
    scorer = load_scorer()
    together_scores, together_states = scorer.score_with_states(_WORDS)
    assert together_states is not None
    for k, words in enumerate(_WORDS):
        (alone_scores,), (alone_states,) = scorer.score_with_states([words])
        assert alone_states.shape == (len(words), HIDDEN_SIZE)
        assert np.array_equal(alone_scores, together_scores[k])
        assert np.array_equal(alone_states, together_states[k])
    assert np.array_equal(scorer.score(_WORDS)[1], together_scores[1])


def test_events_neural_shipped_graph_takes_padded_batches() -> None:
    # train/lean_events_onnx.py drops the token types; train/static_events_onnx.py adds the mask
    session = load_scorer().session
    assert [i.name for i in session.get_inputs()] == ["input_ids", "attention_mask"]  # type: ignore[attr-defined]
    assert {o.name for o in session.get_outputs()} == {"logits", "hidden"}  # type: ignore[attr-defined]
