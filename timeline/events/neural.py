"""The neural event scorer: a small fine-tuned encoder, run with onnxruntime.

train/train_events_nn.py fine-tunes all-MiniLM-L6-v2 on TBAQ to label every word O or its
TimeML event class and exports it as int8 ONNX with its tokenizer (``data/events.onnx``,
``data/events-tokenizer.json``, ``data/events-labels.json``); train/static_events_onnx.py
then fixes its activation scales so sentences can share a run.  Loaded once, read-only, no
network.  A word is scored by the logits of its first sub-word or the mean of its sub-words', as in
training (``pool`` in the labels file).
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import TYPE_CHECKING, Iterator, Optional, Sequence

import attrs

if TYPE_CHECKING:
    import numpy as np

__all__ = ["NeuralScorer", "load_scorer", "MAX_WORDS", "HIDDEN_SIZE"]

MAX_WORDS = 100
"""Sentences longer than this are scored in chunks of this many words (as in training)."""

HIDDEN_SIZE = 384
"""Width of the encoder's hidden states (MiniLM-L6)."""

STATIC_MARK = "static_activation_scales"
"""Model metadata key train/static_events_onnx.py sets: fixed int8 scales, so batches are exact."""

PAD_TO = 4
"""A chunk's sub-words are padded up to a multiple of this; only chunks of one padded length
share a run (on TBAQ 4 was faster than 8, 16 or 32: less padding outweighs smaller runs)."""

BATCH_TOKENS = 512
"""At most this many padded sub-words in one encoder run (runs of 2048 were slower: the
activations no longer stay in cache)."""


@attrs.frozen
class NeuralScorer:
    """Per-word label scores from the exported encoder."""

    labels: tuple[str, ...]
    session: object = attrs.field(repr=False)
    tokenizer: object = attrs.field(repr=False)
    pool: str = "first"
    """How a word's sub-words make its score: the ``first`` one's logits, or their ``mean``."""

    def score(self, sentences: Sequence[Sequence[str]]) -> "list[np.ndarray]":
        """For each sentence (a list of words), a (words x labels) array of label scores.

        A word with no sub-word left (cut off by the encoder's length limit) gets the scores
        of a sure non-event: nothing is claimed without evidence."""
        return self._run(sentences, False)[0]

    def score_with_states(self, sentences: Sequence[Sequence[str]]) -> "tuple[list[np.ndarray], Optional[list[np.ndarray]]]":
        """The scores of :meth:`score` and, from the same encoder run, each sentence's
        (words x 384) last hidden states (a word's sub-words pooled as its scores are; zeros for
        a word cut off).  The states are None when the model file has no ``hidden`` output
        (see train/export_hidden.py)."""
        return self._run(sentences, self.has_states)

    @property
    def has_states(self) -> bool:
        """True when the model file exposes the encoder's last hidden state."""
        return "hidden" in {o.name for o in self.session.get_outputs()}  # type: ignore[attr-defined]

    @property
    def batches(self) -> bool:
        """True when the model file quantises with fixed scales (train/static_events_onnx.py),
        so a run of several sentences gives each exactly what it gets alone."""
        meta = self.session.get_modelmeta().custom_metadata_map  # type: ignore[attr-defined]
        return meta.get(STATIC_MARK) == "1"

    def _run(self, sentences: Sequence[Sequence[str]], states: bool) -> "tuple[list[np.ndarray], Optional[list[np.ndarray]]]":
        """Pooled per-word logits and, if asked, hidden states of every sentence chunk."""
        import numpy as np

        chunks: list[tuple[int, int, Sequence[str]]] = []
        for n, words in enumerate(sentences):
            for k in range(0, len(words), MAX_WORDS):
                chunks.append((n, k, words[k : k + MAX_WORDS]))
        none = np.full(len(self.labels), -1e4, dtype=np.float32)
        none[self.labels.index("O")] = 0.0
        out = [np.tile(none, (len(words), 1)) for words in sentences]
        hidden = [np.zeros((len(words), HIDDEN_SIZE), dtype=np.float32) for words in sentences] if states else None
        outputs = ["logits", "hidden"] if states else ["logits"]
        encs = self.tokenizer.encode_batch([list(words) for _, _, words in chunks], is_pretokenized=True)  # type: ignore[attr-defined]
        runs = self._batched if self.batches else self._one_by_one
        for (n, k, _), e, results in zip(chunks, encs, runs([e.ids for e in encs], outputs)):
            word_ids = e.word_ids
            pos = [j for j, w in enumerate(word_ids) if w is not None]
            if not pos:
                continue
            # a word's sub-words are contiguous: a segment starts where the word id changes
            starts = [i for i, j in enumerate(pos) if i == 0 or word_ids[j] != word_ids[pos[i - 1]]]
            words_here = np.array([word_ids[pos[i]] for i in starts], dtype=np.int64) + k
            first, last = pos[0], pos[-1] + 1
            span = slice(first, last) if last - first == len(pos) else pos  # only [CLS]/[SEP] around
            counts = np.diff(np.array(starts + [len(pos)], dtype=np.int64))[:, None] if self.pool == "mean" else None
            for r, target in zip(results, (out, hidden)):
                rows = r[span]
                if counts is not None:
                    target[n][words_here] = np.add.reduceat(rows, starts, axis=0) / counts  # type: ignore[index]
                else:
                    target[n][words_here] = rows[starts]  # type: ignore[index]
        return out, hidden

    def _batched(self, ids: "list[list[int]]", outputs: list[str]) -> "list[list[np.ndarray]]":
        """Each chunk's (tokens x width) outputs, chunks of one padded length run together.

        The scales are fixed, so a token's numbers depend on its own chunk only, but float
        sums (attention) may round differently at another padded length: a chunk is padded
        to a length its own size fixes (the next multiple of :data:`PAD_TO`), and only chunks
        of that length share a run, so no neighbour changes a single bit."""
        import numpy as np

        results: list[list[np.ndarray]] = [[] for _ in ids]
        groups: dict[int, list[int]] = {}
        for c, chunk in enumerate(ids):
            groups.setdefault(-(-len(chunk) // PAD_TO) * PAD_TO, []).append(c)
        run = self.session.run  # type: ignore[attr-defined]
        for length, members in groups.items():
            per = max(1, BATCH_TOKENS // length)
            for b in range(0, len(members), per):
                batch = members[b : b + per]
                x = np.zeros((len(batch), length), dtype=np.int64)  # 0 is [PAD]
                mask = np.zeros((len(batch), length), dtype=np.int64)
                for r, c in enumerate(batch):
                    x[r, : len(ids[c])] = ids[c]
                    mask[r, : len(ids[c])] = 1
                got = run(outputs, {"input_ids": x, "attention_mask": mask})
                for r, c in enumerate(batch):
                    results[c] = [g[r, : len(ids[c])] for g in got]
        return results

    def _one_by_one(self, ids: "list[list[int]]", outputs: list[str]) -> "Iterator[list[np.ndarray]]":
        """Each chunk's outputs from a run of its own, unpadded (a dynamically quantised model:
        its activation scales come from the whole input, so a batch would mix sentences)."""
        import numpy as np

        inputs = {i.name for i in self.session.get_inputs()}  # type: ignore[attr-defined]
        run = self.session.run  # type: ignore[attr-defined]
        for chunk in ids:
            x = np.array([chunk], dtype=np.int64)
            feeds = {"input_ids": x}
            if "attention_mask" in inputs:  # a model straight from train_events_nn.py
                feeds["attention_mask"] = np.ones_like(x)
            if "token_type_ids" in inputs:
                feeds["token_type_ids"] = np.zeros_like(x)
            yield [r[0] for r in run(outputs, feeds)]


@functools.lru_cache(maxsize=1)
def load_scorer() -> NeuralScorer:
    """The shipped encoder (read once; one intra-op thread so batches of documents scale by process)."""
    import onnxruntime
    from tokenizers import Tokenizer

    data = resources.files(__package__) / "data"
    meta = json.loads((data / "events-labels.json").read_text(encoding="utf-8"))
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    session = onnxruntime.InferenceSession((data / "events.onnx").read_bytes(), options, providers=["CPUExecutionProvider"])
    tokenizer = Tokenizer.from_str((data / "events-tokenizer.json").read_text(encoding="utf-8"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(256)
    return NeuralScorer(tuple(meta["labels"]), session, tokenizer, meta.get("pool", "first"))
