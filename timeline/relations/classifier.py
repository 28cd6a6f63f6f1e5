"""The shipped relation classifiers: small feed-forward nets (or plain logistic regression)
over sparse string features and optional dense hidden-state features, run in numpy.

train/train_relations.py writes them to ``data/relations.npz``: for each task and variant,
the feature vocabulary, the dense part's centring, principal-axis projection and scaling, the layers' weights, a temperature
fitted on cross-validated predictions (so probabilities are calibrated) and the labels.
Loaded once, read-only, no network.
"""

from __future__ import annotations

import functools
import itertools
import operator
from importlib import resources
from typing import TYPE_CHECKING, Callable, Mapping, Optional, Sequence

import attrs

if TYPE_CHECKING:
    import numpy as np

    from .features import EventCodes

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
    _exact: list = attrs.field(factory=list, init=False, repr=False, eq=False)  # type: ignore[type-arg]  # [_ExactSums or None], made on first use

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

    def _exact_sums(self) -> "Optional[_ExactSums]":
        """What :func:`_sums_of_rows` needs when this model's sparse sums come out the same in any
        order (see :class:`_ExactSums`), else None; worked out once per model."""
        if not self._exact:
            self._exact.append(_ExactSums.of(self))
        return self._exact[0]  # type: ignore[no-any-return]

    def part_columns(self, coded: "Optional[EventCodes]" = None) -> "PartColumns":
        """A fresh mapper from shared feature lists to this model's columns (for one text; ``coded``: its
        events' parts as codes, :attr:`CandidateRows.coded`)."""
        return PartColumns(coded)

    def probabilities_of_rows(self, parts: "PartColumns", rows: "Sequence[tuple[Sequence[int], Sequence[str]]]",
                              part_lists: Sequence[Sequence[str]], dense: "Optional[Sequence[np.ndarray]]" = None) -> "np.ndarray":
        """:meth:`probabilities` of rows given as (indexes into ``part_lists``, own features): each
        row's features are its parts' features in order, then its own (the same columns, added in
        the same order, so the same floats)."""
        known = parts.table(part_lists)
        exact = self._exact_sums()
        if exact is not None and rows:
            z = _sums_of_rows(exact, self, parts, known, rows, part_lists)
            if z is not None:
                return self._probabilities_of_sums(z, dense)
        lengths: list[int] = []
        cols: list[int] = []
        get = self.vocab.get
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
        z = np.tile(b0, (len(lengths), 1)).astype(np.float64)
        if cols:
            _add_rows(z, lengths, cols, w0)
        return self._probabilities_of_sums(z, dense)

    def _probabilities_of_sums(self, z: "np.ndarray", dense: "Optional[Sequence[np.ndarray]]") -> "np.ndarray":
        """The probabilities from ``z``: each row's bias plus its sparse features' first-layer weights."""
        import numpy as np

        w0 = self.layers[0][0]
        n_vocab = len(self.vocab)
        if self.uses_dense and len(z):
            if dense is None:
                raise ValueError("this model needs hidden-state features")
            stacked = dense if isinstance(dense, np.ndarray) else np.stack(list(dense))
            # as float64 - float64 (a float32 widens exactly): the widened copy, then the mean taken
            # off in place (the same floats as ``np.subtract(..., dtype=np.float64)``, whose
            # buffered casting loop took twice as long)
            x = stacked.astype(np.float64)
            x -= self.mean.astype(np.float64)
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

    def __init__(self, coded: "Optional[EventCodes]" = None) -> None:
        self._known: "list[Optional[list[int]]]" = []
        self.sums: "Optional[_PartSums]" = None
        """Per part: its weights' sum, its features' names and count (:func:`_sums_of_rows`)."""
        self.coded = coded
        """The text's event parts as codes (None: every part looked up by its strings)."""
        self._code_columns: "dict[int, np.ndarray]" = {}

    def code_columns(self, get: "Callable[[str], Optional[int]]", k: int) -> "np.ndarray":
        """Column (-1 if unknown) of each feature of the coded vocabulary named with prefix ``k``: looked up once per
        distinct feature and prefix."""
        import numpy as np

        cols = self._code_columns.get(k)
        if cols is None:
            assert self.coded is not None
            prefix, vocabulary = self.coded.prefixes[k], self.coded.vocabulary
            cols = self._code_columns[k] = np.fromiter(map(get, [prefix + f for f in vocabulary], itertools.repeat(-1)),
                                                       dtype=np.intp, count=len(vocabulary))
        return cols

    def table(self, part_lists: Sequence[Sequence[str]]) -> "list[Optional[list[int]]]":
        """Each part's columns so far (None: not looked up yet), one entry per part of ``part_lists``;
        the caller fills the gaps it needs."""
        known = self._known
        if len(known) < len(part_lists):
            known.extend([None] * (len(part_lists) - len(known)))
        return known


_MANTISSA = 24
"""Significant bits of a float32: the shipped weights are float32 values, held as float64."""


@attrs.frozen
class _ExactSums:
    """Why a linear model's sparse sums need no fixed order, and what finding them fast needs.

    Every bias and sparse weight has at most 24 significant bits (a float32 value held as a
    float64), so each is a whole multiple of ``quantum``, the least significant bit of the
    smallest; so is every sum of them.  A float64 holds every multiple of ``quantum`` up to
    ``2**53 * quantum`` exactly, so while every partial sum stays below that (``|bias| + n *
    max|w|`` for a row of ``n`` features) no addition rounds: each row's sum is the exact sum,
    whatever the order, and so the same float as the set-ordered sum of the general path.  (A
    sum is -0.0 only when every term is; no bias is -0.0 here.)

    ``bits``: per column, one bit for its feature's name (the text before "="): a row whose
    features all have different names has different features, so it needs no set to count
    each once."""

    limit: float
    """The largest ``|bias| + n * max|w|`` that is exact."""
    max_bias: float
    max_weight: float
    bits: "np.ndarray"

    @classmethod
    def of(cls, model: "Classifier") -> "Optional[_ExactSums]":
        import numpy as np

        w0, b0 = model.layers[0]
        if len(model.layers) != 1 or not model.vocab:
            return None  # a hidden layer: the general path
        weights = np.concatenate([w0[: len(model.vocab)].ravel(), b0.ravel()])
        if not np.isfinite(weights).all() or (np.signbit(b0) & (b0 == 0)).any():
            return None
        nonzero = weights[weights != 0]
        if not len(nonzero):
            return None
        mantissa, exponent = np.frexp(nonzero)
        if not (np.ldexp(mantissa, _MANTISSA) == np.round(np.ldexp(mantissa, _MANTISSA))).all():
            return None  # more significant bits than a float32's
        quantum = np.ldexp(1.0, int(exponent.min()) - _MANTISSA)
        names: dict[str, int] = {}
        columns = [names.setdefault(f.split("=", 1)[0], len(names)) for f in model.vocab]
        if len(names) > 64 or sorted(model.vocab.values()) != list(range(len(model.vocab))):
            return None
        bits = np.zeros(len(model.vocab), dtype=np.uint64)
        bits[np.fromiter(model.vocab.values(), dtype=np.intp, count=len(model.vocab))] = np.left_shift(
            np.uint64(1), np.asarray(columns, dtype=np.uint64))
        return cls(float(np.ldexp(quantum, 53)) / 2, float(np.abs(b0).max()), float(np.abs(w0[: len(model.vocab)]).max()), bits)


@attrs.frozen
class _PartSums:
    """Per shared part of one text, for one model: done (0/1), the sum of its known features'
    weights, the OR of their name bits, their count."""

    done: "np.ndarray"
    sums: "np.ndarray"
    names: "np.ndarray"
    counts: "np.ndarray"


def _popcount(x: "np.ndarray") -> "np.ndarray":
    """Set bits of each uint64."""
    import numpy as np

    if hasattr(np, "bitwise_count"):
        return np.bitwise_count(x).astype(np.int64)
    table = np.array([bin(i).count("1") for i in range(256)], dtype=np.int64)
    return table[x.view(np.uint8).reshape(len(x), 8)].sum(axis=1)  # type: ignore[no-any-return]


def _sums_of_rows(exact: _ExactSums, model: "Classifier", parts: "PartColumns", known: "list[Optional[list[int]]]",
                  rows: "Sequence[tuple[Sequence[int], Sequence[str]]]", part_lists: Sequence[Sequence[str]]) -> "Optional[np.ndarray]":
    """Each row's bias plus the weights of its distinct known features, as the general path sums
    them (the same floats: see :class:`_ExactSums`), from its parts' sums; None when the rows'
    part lists differ in length or the sums could round (the caller takes the general path)."""
    import numpy as np

    shared_of = list(map(operator.itemgetter(0), rows))
    widths = set(map(len, shared_of))
    if len(widths) != 1:  # parts of different lengths
        return None
    width = widths.pop()
    if width == 0:
        return None
    index = np.fromiter(itertools.chain.from_iterable(shared_of), dtype=np.intp, count=width * len(rows)).reshape(len(rows), width)
    w0, b0 = model.layers[0]
    get = model.vocab.get
    n_parts = len(part_lists)
    table = parts.sums
    if table is None or len(table.done) < n_parts:
        table = parts.sums = _PartSums(np.zeros(n_parts, dtype=bool), np.zeros((n_parts, w0.shape[1])),
                                       np.zeros(n_parts, dtype=np.uint64), np.zeros(n_parts, dtype=np.int64))
    seen = np.zeros(n_parts, dtype=bool)
    seen[index.ravel()] = True
    wanted = np.flatnonzero(seen)  # np.unique(index), by a mask over the parts
    todo = wanted[~table.done[wanted]]
    coded = parts.coded
    if coded is not None and len(todo):  # (s64 speed) the events' parts from their codes, each prefix's in turn
        for k in range(len(coded.prefixes)):
            lo, hi = np.searchsorted(todo, (k * coded.count, (k + 1) * coded.count))
            if lo < hi:
                events = todo[lo:hi] - k * coded.count
                starts, ends = coded.offsets[events], coded.offsets[events + 1]
                lengths = ends - starts
                at = np.arange(int(lengths.sum())) + np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)  # each event's run of codes
                cols = parts.code_columns(get, k)[coded.codes[at]]
                owner = np.repeat(np.arange(hi - lo), lengths)
                known_ = cols >= 0
                _fill_parts(table, exact, w0, todo[lo:hi], owner[known_], cols[known_])
        todo = todo[~table.done[todo]]
    if len(todo):
        strings = [part_lists[k] for k in todo.tolist()]
        owner, cols = _known_columns(get, strings)
        _fill_parts(table, exact, w0, todo, owner, cols)
    counts = table.counts[index].sum(axis=1)
    names = np.bitwise_or.reduce(table.names[index], axis=1)  # the names of the row's parts
    unsure = _popcount(names) != counts  # one name twice in the parts: maybe one feature twice
    r_own, c_own = _known_columns(get, list(map(operator.itemgetter(1), rows)))
    if len(c_own):
        counts += np.bincount(r_own, minlength=len(rows))
        unsure[r_own[(exact.bits[c_own] & names[r_own]) != 0]] = True  # an own feature's name among the parts'
        key = np.sort(r_own * len(w0) + c_own)
        unsure[key[1:][key[1:] == key[:-1]] // len(w0)] = True  # an own feature twice
    if exact.max_bias + int(counts.max()) * exact.max_weight >= exact.limit:
        return None
    z = np.tile(b0, (len(rows), 1)).astype(np.float64)
    for k in range(index.shape[1]):
        z += table.sums[index[:, k]]
    for j in range(z.shape[1]) if len(c_own) else ():
        z[:, j] += np.bincount(r_own, weights=w0[c_own, j], minlength=len(rows))  # exact: any order; + 0.0 changes no sum here
    for r in np.flatnonzero(unsure).tolist():
        # maybe one feature twice: counted once (a set, summed in any order)
        shared, own = rows[r]
        found: set[int] = set()
        for k in shared:
            found.update(c for c in map(get, part_lists[k]) if c is not None)
        found.update(c for c in map(get, own) if c is not None)
        z[r] = b0
        if found:
            z[r] += w0[sorted(found)].sum(axis=0)
    return z


def _fill_parts(table: _PartSums, exact: _ExactSums, w0: "np.ndarray", todo: "np.ndarray", owner: "np.ndarray", cols: "np.ndarray") -> None:
    """Each part of ``todo`` done: its known columns ``cols`` (``owner``: the position in ``todo`` of each, in order) summed."""
    import numpy as np

    counts = np.bincount(owner, minlength=len(todo))
    table.counts[todo] = counts
    filled = counts > 0
    if filled.any():
        starts = (np.cumsum(counts) - counts)[filled]  # each filled part's run of ``cols``, up to the next one's
        table.sums[todo[filled]] = np.add.reduceat(w0[cols], starts, axis=0)  # exact: any order
        table.names[todo[filled]] = np.bitwise_or.reduceat(exact.bits[cols], starts)
    table.done[todo] = True


def _known_columns(get: "Callable[[str], Optional[int]]", lists: "Sequence[Sequence[str]]") -> "tuple[np.ndarray, np.ndarray]":
    """(which list, column) of each known feature of ``lists``, list after list."""
    import numpy as np

    lengths = list(map(len, lists))
    owner = np.repeat(np.arange(len(lists)), lengths)
    # each feature looked up by ``map`` (no Python step per feature): the same columns, in order
    cols = np.fromiter(map(get, itertools.chain.from_iterable(lists), itertools.repeat(-1)), dtype=np.intp, count=sum(lengths))
    known = cols >= 0
    return owner[known], cols[known]


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
