"""Sentences share encoder runs, and no sentence's numbers depend on which others share its run."""

from __future__ import annotations

import attrs
import numpy as np

from timeline.events.neural import NeuralScorer, load_scorer

# four sentences of the same length in words and sub-words, so they pad to one length and share a run
_SAME = [
    "The mayor opened the new bridge on Friday .".split(),
    "A judge delayed the final ruling until May .".split(),
    "The club signed a young striker last week .".split(),
    "Heavy rain flooded the old market this morning .".split(),
]
_OTHER = [
    "Rescuers pulled two hikers from the canyon after a storm trapped them overnight .".split(),
    "Talks collapsed .".split(),
]


@attrs.frozen
class _Recording:
    """A session that passes runs through and keeps the batch shape of each."""

    inner: object
    shapes: list = attrs.field(factory=list)

    def run(self, names, feeds):  # type: ignore[no-untyped-def]
        """Record the input's shape, then run."""
        self.shapes.append(feeds["input_ids"].shape)
        return self.inner.run(names, feeds)  # type: ignore[attr-defined]

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.inner, name)


def _recording() -> "tuple[NeuralScorer, _Recording]":
    shipped = load_scorer()
    session = _Recording(shipped.session)
    return attrs.evolve(shipped, session=session), session


def test_neural_batching_sentences_of_one_length_share_a_run() -> None:
    scorer, session = _recording()
    assert scorer.batches
    scorer.score(_SAME)
    assert session.shapes[0][0] == len(_SAME)  # one run, a row each
    assert len(session.shapes) == 1


def test_neural_batching_scores_and_states_do_not_depend_on_the_other_sentences_of_a_run() -> None:
    # exact equality: the scale of every int8 activation is fixed, not taken from the batch
    scorer, session = _recording()
    scores, states = scorer.score_with_states(_SAME + _OTHER)
    assert states is not None
    assert max(shape[0] for shape in session.shapes) >= len(_SAME)
    for k, words in enumerate(_SAME + _OTHER):
        (alone,), (alone_states,) = scorer.score_with_states([words])
        assert np.array_equal(alone, scores[k])
        assert np.array_equal(alone_states, states[k])
    # and in another company, in another order
    rotated = _SAME[2:] + _OTHER[::-1] + _SAME[:2]
    again = scorer.score(rotated)
    for words, got in zip(rotated, again):
        assert np.array_equal(got, scores[(_SAME + _OTHER).index(words)])
