"""The shipped relation classifiers: small feed-forward nets (or plain logistic regression)
over sparse string features and optional dense hidden-state features, run in numpy.

train/train_relations.py writes them to ``data/relations.npz``: for each task and variant,
the feature vocabulary, the dense part's centring, principal-axis projection and scaling, the layers' weights, a temperature
fitted on cross-validated predictions (so probabilities are calibrated) and the labels.
Loaded once, read-only, no network.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import TYPE_CHECKING, Mapping, Optional, Sequence

import attrs

if TYPE_CHECKING:
    import numpy as np

__all__ = ["Classifier", "PartColumns", "load_classifiers", "read_classifiers", "TASKS"]

TASKS = ("dct", "timex", "tlink", "start", "linked_dct", "linked_timex", "linked_pair")
"""Event-publication time, event-time expression, event-event TLINK, event-event start order
(MATRES); and for each kind of pair, whether TimeML annotators relate it at all (LINKED/NONE)."""


@attrs.frozen
class Classifier:
    """One task's model: label probabilities for feature rows."""

    labels: tuple[str, ...]
    vocab: Mapping[str, int] = attrs.field(repr=False)
    mean: "Optional[np.ndarray]" = attrs.field(repr=False, eq=False)
    proj: "Optional[np.ndarray]" = attrs.field(repr=False, eq=False)
    scale: "Optional[np.ndarray]" = attrs.field(repr=False, eq=False)
    layers: "tuple[tuple[np.ndarray, np.ndarray], ...]" = attrs.field(repr=False, eq=False)
    temperature: float = 1.0

    @property
    def uses_dense(self) -> bool:
        """True when the model reads hidden-state features."""
        return self.mean is not None

    def probabilities(self, sparse: Sequence[Sequence[str]], dense: "Optional[Sequence[np.ndarray]]" = None) -> "np.ndarray":
        """(rows x labels) probabilities; unknown feature strings are ignored."""
        get = self.vocab.get
        lengths: list[int] = []
        cols: list[int] = []
        for feats in sparse:
            found = {k for k in map(get, feats) if k is not None}  # each feature counts once per row
            lengths.append(len(found))
            cols.extend(found)
        return self.probabilities_of_columns(lengths, cols, dense)

    def part_columns(self) -> "PartColumns":
        """A fresh mapper from shared feature lists to this model's columns (for one text)."""
        return PartColumns()

    def probabilities_of_rows(self, parts: "PartColumns", rows: "Sequence[tuple[Sequence[int], Sequence[str]]]",
                              part_lists: Sequence[Sequence[str]], dense: "Optional[Sequence[np.ndarray]]" = None) -> "np.ndarray":
        """:meth:`probabilities` of rows given as (indexes into ``part_lists``, own features): each
        row's features are its parts' features in order, then its own (the same columns, added in
        the same order, so the same floats)."""
        lengths: list[int] = []
        cols: list[int] = []
        get = self.vocab.get
        known = parts.table(part_lists)
        for shared, own in rows:
            found: set[int] = set()
            for k in shared:
                columns = known[k]
                if columns is None:
                    columns = known[k] = [c for c in map(get, part_lists[k]) if c is not None]
                found.update(columns)  # element by element, in order: the set a comprehension over the whole row builds
            if own:
                found.update([c for c in map(get, own) if c is not None])
            lengths.append(len(found))
            cols.extend(found)
        return self.probabilities_of_columns(lengths, cols, dense)

    def probabilities_of_columns(self, lengths: Sequence[int], cols: Sequence[int], dense: "Optional[Sequence[np.ndarray]]" = None) -> "np.ndarray":
        """:meth:`probabilities` of rows given as their distinct columns (``lengths[r]`` of ``cols`` per row, row after row)."""
        import numpy as np

        w0, b0 = self.layers[0]
        n_vocab = len(self.vocab)
        z = np.tile(b0, (len(lengths), 1)).astype(np.float64)
        if cols:
            _add_rows(z, lengths, cols, w0)
        if self.uses_dense and len(lengths):
            if dense is None:
                raise ValueError("this model needs hidden-state features")
            stacked = dense if isinstance(dense, np.ndarray) else np.stack(list(dense))
            x = np.subtract(stacked, self.mean, dtype=np.float64)  # as float64 - float64: one pass, no float64 copy first
            if self.proj is not None:
                x = x @ self.proj
            x = x / self.scale
            z += x @ w0[n_vocab:]
        for w, b in self.layers[1:]:
            z = np.maximum(z, 0.0) @ w + b
        z = z / self.temperature
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)


class PartColumns:
    """The columns of shared feature lists in one model's vocabulary, each list looked up once
    (known features only, in the list's order).  One instance serves one text."""

    def __init__(self) -> None:
        self._known: "list[Optional[list[int]]]" = []

    def table(self, part_lists: Sequence[Sequence[str]]) -> "list[Optional[list[int]]]":
        """Each part's columns so far (None: not looked up yet), one entry per part of ``part_lists``;
        the caller fills the gaps it needs."""
        known = self._known
        if len(known) < len(part_lists):
            known.extend([None] * (len(part_lists) - len(known)))
        return known


def _add_rows(z: "np.ndarray", lengths: Sequence[int], cols: Sequence[int], w: "np.ndarray") -> None:
    """``z[r] += w[k]`` for each row ``r`` and each of its ``lengths[r]`` indices ``k`` (``cols``,
    row after row), in that order: the sums of ``np.add.at`` to the last bit, at a third of its
    time.  Rows are padded with a row of zeros and summed one position at a time; adding +0.0
    changes no float but -0.0, and no sum here starts at -0.0 (then: ``np.add.at`` itself)."""
    import numpy as np

    counts = np.asarray(lengths, dtype=np.intp)
    flat = np.asarray(cols, dtype=np.intp)
    rows = np.repeat(np.arange(len(counts)), counts)
    if (np.signbit(z) & (z == 0)).any():
        np.add.at(z, rows, w[flat])
        return
    position = np.arange(len(flat)) - np.repeat(np.cumsum(counts) - counts, counts)
    padded = np.full((int(counts.max()), len(counts)), len(w), dtype=np.intp)  # position x row
    padded[position, rows] = flat
    extended = np.concatenate([w, np.zeros((1, w.shape[1]), dtype=w.dtype)])
    for at in padded:
        z += extended[at]


@functools.lru_cache(maxsize=1)
def load_classifiers() -> "Mapping[tuple[str, str], Classifier]":
    """Every shipped model by (task, variant); variant ``neural`` reads hidden states,
    ``perceptron`` features only."""
    return read_classifiers((resources.files(__package__) / "data" / "relations.npz").read_bytes())


def read_classifiers(raw: bytes) -> "Mapping[tuple[str, str], Classifier]":
    """The models of one relations.npz file's bytes (training writes per-fold files in this format)."""
    import io

    import numpy as np

    data = np.load(io.BytesIO(raw), allow_pickle=False)
    out: dict[tuple[str, str], Classifier] = {}
    keys = sorted({k.rsplit("/", 1)[0] for k in data.files})
    for key in keys:
        task, variant = key.split("/")
        vocab = {str(f): i for i, f in enumerate(data[f"{key}/vocab"])}
        mean = data[f"{key}/mean"] if f"{key}/mean" in data.files else None
        proj = data[f"{key}/proj"].astype(np.float64) if f"{key}/proj" in data.files else None
        scale = data[f"{key}/scale"] if f"{key}/scale" in data.files else None
        n_layers = sum(1 for k in data.files if k.startswith(f"{key}/W"))
        layers = tuple((data[f"{key}/W{i}"].astype(np.float64), data[f"{key}/b{i}"].astype(np.float64)) for i in range(n_layers))
        labels = tuple(str(x) for x in data[f"{key}/labels"])
        out[(task, variant)] = Classifier(labels, vocab, mean, proj, scale, layers, float(data[f"{key}/temperature"]))
    return out
