"""Candidate pairs and their features for the relation models.

Shared by training (train/train_relations.py) and inference (``predict_relations``) so the
two cannot drift.  Texts are split with the event detector's own sentence splitter and
tokenizer, so the per-word hidden states of its encoder pass line up with the words here.

Three kinds of candidates, all local (so their number is linear in the number of events):
every event with the publication time (``dct``), every event with every non-SET time
expression of its sentence (``timex``), every pair of events in one sentence or in adjacent
sentences, earlier mention first (``pair``).  Each candidate gets sparse string features
(TimeML attributes, lemmas, signal words, distance) and, when hidden states are given, a
dense vector built from them.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from typing import TYPE_CHECKING, Callable, NamedTuple, Optional, Sequence

import attrs

from ..events.features import lexical, lexical_memo
from ..lexicon import load_data
from ..text import Doc, Token, as_doc
from .cues import pair_cues, sentence_dates

if TYPE_CHECKING:
    import numpy as np

    from ..events.detect import EventMention
    from ..model import Timex

__all__ = ["Layout", "Candidate", "candidates", "CandidateRows", "EventCodes", "candidate_rows", "SIGNALS", "grain_of_value"]

_WORDS = load_data("en", "relations.toml")["features"]  # the shipped relation models are English: their features are too
SIGNALS = frozenset(_WORDS["signals"])
"""Words that often state or imply a temporal order between two clauses."""

_REPORTING = frozenset(_WORDS["reporting"])
_QUOTES = frozenset(_WORDS["quotes"])
_TIMEX_PREPS = frozenset(_WORDS["timex_prepositions"])


def _bucket(n: int) -> str:
    """A coarse bucket of a non-negative count, so distances generalise."""
    return _BUCKETS[n] if 0 <= n < len(_BUCKETS) else _bucket_of(n)


def _bucket_of(n: int) -> str:
    for limit, name in ((0, "0"), (1, "1"), (2, "2"), (4, "3-4"), (7, "5-7"), (12, "8-12"), (20, "13-20")):
        if n <= limit:
            return name
    return "21+"


_BUCKETS = tuple(_bucket_of(n) for n in range(22))
_CAP = len(_BUCKETS)
"""Counts from here on share one bucket ("21+"): ``_bucket(min(n, _CAP)) == _bucket(n)``."""


_GRAINS = tuple((re.compile(pattern), grain) for pattern, grain in (
    (r"\d{4}-\d{2}-\d{2}T.*", "time"), (r"\d{4}-\d{2}-\d{2}", "day"), (r"\d{4}-W\d{2}(-WE)?", "week"), (r"\d{4}-\d{2}", "month"),
    (r"\d{4}-(Q\d|H\d|SP|SU|FA|WI)", "season"), (r"\d{4}", "year"), (r"\d{2,3}X*", "decade"),
))
"""The value shapes of :func:`grain_of_value`, tried in order (compiled once: every time expression of a text is asked)."""


def grain_of_value(value: str) -> str:
    """The grain a TIMEX3 value states ("1998-02-13" day, "1998-W07" week, "P3D" duration, "PAST_REF" ref)."""
    v = value.strip()
    if v.endswith("_REF"):
        return v.lower()
    if v.startswith("P"):
        return "duration"
    for pattern, grain in _GRAINS:
        if pattern.fullmatch(v):
            return grain
    return "other"


_START = operator.attrgetter("start")
_TEXT = operator.attrgetter("text")


def _lowered(tokens: Sequence[Token]) -> list[str]:
    """``[t.text.lower().replace("’", "'") for t in tokens]``, the replacement made only in a sentence
    that has a curly apostrophe (lower-casing neither makes nor removes one)."""
    words = list(map(str.lower, map(_TEXT, tokens)))
    if any(map(operator.contains, words, itertools.repeat("’"))):
        return [w.replace("’", "'") for w in words]
    return words


@attrs.frozen
class Layout:
    """The text's sentences and words, as the event detector splits them."""

    spans: tuple[tuple[int, int], ...]
    tokens: tuple[tuple[Token, ...], ...]
    _starts: list[int] = attrs.field(init=False, repr=False, eq=False)
    _token_starts: list[list[int]] = attrs.field(init=False, repr=False, eq=False)
    lower: list[list[str]] = attrs.field(init=False, repr=False, eq=False)
    """Each sentence's words, lower-cased with straight apostrophes (computed once)."""

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_starts", [s for s, _ in self.spans])
        object.__setattr__(self, "_token_starts", [list(map(_START, toks)) for toks in self.tokens])
        object.__setattr__(self, "lower", [_lowered(toks) for toks in self.tokens])

    @classmethod
    def of(cls, text: "str | Doc") -> "Layout":
        """The sentences and words of the one segmentation (:func:`timeline.text.segment`)."""
        doc = as_doc(text)
        return cls(tuple(doc.spans), tuple(s.tokens for s in doc.sentences))

    def locate(self, start: int, end: int) -> tuple[int, int, int]:
        """(sentence, first word, last word) of the characters ``start..end``; words are those
        overlapping the span (the nearest word when none does)."""
        n = max(0, bisect.bisect_right(self._starts, start) - 1)
        toks = self.tokens[n] if self.tokens else ()
        if not toks:
            return n, 0, 0
        starts = self._token_starts[n]
        lo = max(0, bisect.bisect_right(starts, start) - 1)  # the last word starting at or before ``start`` (or the first)
        hi = bisect.bisect_left(starts, max(end, start + 1), lo)  # the words from ``lo`` up to here start before the span ends
        # of those, the ones ending after ``start``: the words are in order and apart, so their ends rise and those are the
        # last ones; every word after ``lo`` starts after ``start`` (s62 speed: no list of them made)
        first = lo if lo < hi and start < toks[lo].end else lo + 1
        if first >= hi:
            return n, lo, lo
        return n, first, hi - 1


@attrs.frozen
class Candidate:
    """One pair to classify: ``source`` relative to ``target`` (ids), with its features."""

    kind: str  # "dct" | "timex" | "pair"
    source: str
    target: str
    sparse: tuple[str, ...]
    dense: "Optional[np.ndarray]" = attrs.field(default=None, eq=False, repr=False)


class _Item(NamedTuple):
    """An event or time expression placed in the layout (a named tuple: thousands per long text,
    made at a quarter of a frozen class's cost)."""

    id: str
    start: int
    end: int
    sentence: int
    first: int
    last: int


def _lemma(word: str) -> str:
    return lexical(word.lower().replace("’", "'"))[1]


def _words(layout: Layout, n: int) -> list[str]:
    return layout.lower[n]


def _event_features(e: "EventMention", item: _Item, layout: Layout, p: str, lemma_of: "Callable[[str], str]" = _lemma) -> list[str]:
    """The event's own features, names prefixed with ``p``."""
    words = _words(layout, item.sentence)
    first_word = e.text.split()
    lemma = lemma_of(first_word[0] if first_word else e.text)
    prev = words[item.first - 1] if item.first > 0 else "<s>"
    prev2 = words[item.first - 2] if item.first > 1 else "<s>"
    nxt = words[item.last + 1] if item.last + 1 < len(words) else "</s>"
    signal = next((words[j] for j in range(item.first - 1, max(-1, item.first - 7), -1) if words[j] in SIGNALS), "none")
    quotes = sum(map(_QUOTES.__contains__, words[: item.first]))
    feats = [
        f"{p}cls={e.cls}", f"{p}pos={e.pos}", f"{p}tense={e.tense}", f"{p}aspect={e.aspect}", f"{p}pol={e.polarity}",
        f"{p}modal={e.modality is not None}", f"{p}ta={e.tense}/{e.aspect}/{e.pos}", f"{p}lem={lemma}", f"{p}pw={prev}",
        f"{p}pw2={prev2}", f"{p}nw={nxt}", f"{p}sig={signal}", f"{p}quoted={quotes % 2 == 1}",
        f"{p}first={item.first == 0}", f"{p}sent0={item.sentence == 0}",
    ]
    if lemma in _REPORTING or e.cls == "REPORTING":
        feats.append(f"{p}reporting")
    return feats


_FLAGS = tuple((f"quoted={quoted}", f"first={first}", f"sent0={sent0}")
               for quoted in (False, True) for first in (False, True) for sent0 in (False, True))
"""The last three features of :func:`_event_features` (unprefixed), by ``quoted * 4 + first * 2 + sent0``."""


def _events_features(evs: "Sequence[EventMention]", items: Sequence[_Item], layout: Layout, lemma_of: "Callable[[str], str]") -> list[list[str]]:
    """``[_event_features(e, it, layout, "", lemma_of) for e, it in zip(evs, items)]``, each distinct string made once
    per text (s64 speed: most events of a text share their attributes and many their words; 15 f-strings per event
    were three fifths of the time): the first seven by the event's attributes, the words' by the word, the flags made
    once for all."""
    lower = layout.lower
    heads: "dict[tuple[object, ...], list[str]]" = {}
    lem_of: dict[str, str] = {}
    pw_of: dict[str, str] = {}
    pw2_of: dict[str, str] = {}
    nw_of: dict[str, str] = {}
    sig_of: dict[str, str] = {}
    signals, quote_marks, reporting = SIGNALS, _QUOTES.__contains__, _REPORTING
    out = []
    for e, it in zip(evs, items):
        words = lower[it.sentence]
        first = it.first
        first_word = e.text.split()
        lemma = lemma_of(first_word[0] if first_word else e.text)
        prev = words[first - 1] if first > 0 else "<s>"
        prev2 = words[first - 2] if first > 1 else "<s>"
        nxt = words[it.last + 1] if it.last + 1 < len(words) else "</s>"
        signal = "none"
        for j in range(first - 1, max(-1, first - 7), -1):
            if words[j] in signals:
                signal = words[j]
                break
        quoted = sum(map(quote_marks, words[:first])) % 2 == 1
        cls, pos, tense, aspect, pol = e.cls, e.pos, e.tense, e.aspect, e.polarity
        modal = e.modality is not None
        # (plain strings: equal values read the same, so their parts are made once per text)
        plain = cls.__class__ is str and pos.__class__ is str and tense.__class__ is str and aspect.__class__ is str and pol.__class__ is str
        key = (cls, pos, tense, aspect, pol, modal)
        head = heads.get(key) if plain else None
        if head is None:
            head = [f"cls={cls}", f"pos={pos}", f"tense={tense}", f"aspect={aspect}", f"pol={pol}", f"modal={modal}", f"ta={tense}/{aspect}/{pos}"]
            if plain:
                heads[key] = head
        lem_s = lem_of.get(lemma)
        if lem_s is None:
            lem_s = lem_of[lemma] = f"lem={lemma}"
        pw_s = pw_of.get(prev)
        if pw_s is None:
            pw_s = pw_of[prev] = f"pw={prev}"
        pw2_s = pw2_of.get(prev2)
        if pw2_s is None:
            pw2_s = pw2_of[prev2] = f"pw2={prev2}"
        nw_s = nw_of.get(nxt)
        if nw_s is None:
            nw_s = nw_of[nxt] = f"nw={nxt}"
        sig_s = sig_of.get(signal)
        if sig_s is None:
            sig_s = sig_of[signal] = f"sig={signal}"
        feats = head + [lem_s, pw_s, pw2_s, nw_s, sig_s, *_FLAGS[quoted * 4 + (first == 0) * 2 + (it.sentence == 0)]]
        if lemma in reporting or cls == "REPORTING":
            feats.append("reporting")
        out.append(feats)
    return out


def _between(layout: Layout, a: _Item, b: _Item) -> list[str]:
    """Words strictly between ``a`` (earlier) and ``b`` (later), across at most one sentence break."""
    if a.sentence == b.sentence:
        return list(_words(layout, a.sentence)[a.last + 1 : b.first])
    return list(_words(layout, a.sentence)[a.last + 1 :]) + ["<br>"] + list(_words(layout, b.sentence)[: b.first])


def _words_between_features(between: Sequence[str], same: bool, with_words: bool) -> list[str]:
    """A pair's features of the words between its events: each distinct word (``with_words``:
    five words or fewer), then each signal word, then each with whether the pair shares a sentence."""
    feats = [f"bw={w}" for w in sorted(set(between))] if with_words else []
    sigs = SIGNALS.intersection(between)
    if sigs:
        ordered = sorted(sigs)
        feats += [f"sig_between={w}" for w in ordered]
        feats += [f"sig_between_same={w}/{same}" for w in ordered]
    return feats


def _gap(layout: Layout, a: _Item, b: _Item) -> int:
    return len(_between(layout, a, b))


def _state(hidden: "Optional[Sequence[np.ndarray]]", item: _Item) -> "Optional[np.ndarray]":
    """The mean hidden state of the item's words (None without states)."""
    if hidden is None or item.sentence >= len(hidden):
        return None
    rows = hidden[item.sentence][item.first : item.last + 1]
    if not len(rows):
        return None
    if len(rows) == 1 and rows.dtype.kind == "f":
        return rows[0] + 0.0  # the mean of one row, without numpy's reduction overhead: its one-term sum (from +0.0: -0.0 becomes 0.0) over 1
    return rows.mean(axis=0)


def _pair_dense(x: "Optional[np.ndarray]", y: "Optional[np.ndarray]") -> "Optional[np.ndarray]":
    import numpy as np

    if x is None or y is None:
        return None
    return np.concatenate([x, y, x * y])


def candidates(
    text: "str | Doc",
    events: "Sequence[EventMention]",
    timexes: "Sequence[Timex]",
    hidden: "Optional[Sequence[np.ndarray]]" = None,
    layout: Optional[Layout] = None,
) -> list[Candidate]:
    """Every candidate pair of the text with its features, in a fixed order (events by
    position then id, whatever order they were given in)."""
    rows = candidate_rows(text, events, timexes, hidden, layout)
    parts = rows.parts
    return [Candidate(kind, source, target, tuple(f for k in shared for f in parts[k]) + tuple(own), rows.dense_one(dense))
            for kind, source, target, shared, own, dense in rows.rows]


@attrs.frozen
class EventCodes:
    """The events' own feature lists of one text as codes into its vocabulary of distinct features: event ``i``'s
    features are ``vocabulary[c]`` for ``c`` in ``codes[offsets[i] : offsets[i + 1]]``, in order.  Parts ``i``,
    ``count + i`` and ``2 * count + i`` of :class:`CandidateRows` are those features named with ``prefixes[0]``,
    ``prefixes[1]`` and ``prefixes[2]`` before them."""

    count: int
    vocabulary: list[str]
    codes: "np.ndarray"
    offsets: "np.ndarray"
    prefixes: tuple[str, ...] = ("", "a_", "b_")

    @classmethod
    def of(cls, own: Sequence[Sequence[str]], distinct: "set[str]") -> "EventCodes":
        import numpy as np

        vocabulary = list(distinct)
        code_of = {f: k for k, f in enumerate(vocabulary)}
        lengths = np.fromiter(map(len, own), dtype=np.intp, count=len(own))
        total = int(lengths.sum())
        codes = np.fromiter(map(code_of.__getitem__, itertools.chain.from_iterable(own)), dtype=np.intp, count=total)
        offsets = np.zeros(len(own) + 1, dtype=np.intp)
        np.cumsum(lengths, out=offsets[1:])
        return cls(len(own), vocabulary, codes, offsets)


@attrs.frozen
class CandidateRows:
    """:func:`candidates` with each candidate's features in pieces: the lists several candidates
    share (an event's own features, a time expression's) once in ``parts``, and per row
    ``(kind, source, target, part indexes, its own features, dense)``.  A row's features are its
    parts' features in the order of the indexes, then its own: a model looks a shared list up
    once per text, not once per pair.  ``dense`` is None without hidden states, else the
    indexes ``(x, y)`` in ``states`` of the row's two mean states (``y`` -1 for an event and the
    publication time): the row's dense vector is ``x`` alone or ``[x, y, x * y]``."""

    parts: list[list[str]]
    rows: "list[tuple[str, str, str, tuple[int, ...], list[str], Optional[tuple[int, int]]]]"
    states: "list[Optional[np.ndarray]]" = attrs.field(factory=list)
    coded: "Optional[EventCodes]" = None
    """The first ``3 * coded.count`` parts (the events' own features, then named ``a_``, then ``b_``) as codes into the
    text's own vocabulary (s64 speed: a model looks each distinct feature up once per prefix, not once per event)."""

    def dense_one(self, spec: Optional[tuple[int, int]]) -> "Optional[np.ndarray]":
        """One row's dense vector (None without states)."""
        if spec is None:
            return None
        x, y = spec
        return self.states[x] if y < 0 else _pair_dense(self.states[x], self.states[y])

    def dense_of(self, specs: "Sequence[Optional[tuple[int, int]]]") -> "Optional[np.ndarray]":
        """The dense vectors of rows of one kind as one (rows x dims) array, made column block by
        column block (the same floats as stacking :meth:`dense_one` of each); None when a row has none."""
        import numpy as np

        if not specs or any(spec is None for spec in specs):
            return None
        states = self.states
        xs = [states[x] for x, _ in specs]  # type: ignore[misc]
        if any(v is None for v in xs):
            return None
        left = np.stack(xs)  # type: ignore[arg-type]
        if all(y < 0 for _, y in specs):  # type: ignore[misc]
            return left
        ys = [states[y] if y >= 0 else None for _, y in specs]  # type: ignore[misc]
        if any(v is None for v in ys):
            return None
        right = np.stack(ys)  # type: ignore[arg-type]
        return np.concatenate([left, right, left * right], axis=1)


def candidate_rows(
    text: "str | Doc",
    events: "Sequence[EventMention]",
    timexes: "Sequence[Timex]",
    hidden: "Optional[Sequence[np.ndarray]]" = None,
    layout: Optional[Layout] = None,
) -> CandidateRows:
    """The candidates of :func:`candidates`, their features in shared pieces (:class:`CandidateRows`)."""
    lay = layout or Layout.of(text)
    lower = lay.lower  # each sentence's words, lower-cased
    lexical_of = lexical_memo()  # this text's lemmas, each word looked up once

    def lemma_of(word: str) -> str:
        return lexical_of(word.lower().replace("’", "'"))[1]

    evs = sorted(events, key=lambda e: (e.start, e.end, e.eid))
    ev_items = [_Item(e.eid, e.start, e.end, *lay.locate(e.start, e.end)) for e in evs]
    tx = sorted((t for t in timexes if str(t.type) != "SET"), key=lambda t: (t.start, t.end, t.tid))
    tx_items = [_Item(t.tid, t.start, t.end, *lay.locate(t.start, t.end)) for t in tx]
    own = _events_features(evs, ev_items, lay, lemma_of)  # (each event's :func:`_event_features`)
    n_ev_total = len(evs)
    parts: list[list[str]] = list(own)  # part i: event i's own features; n + i: as the earlier event of a pair; 2n + i: as the later
    distinct = set().union(*own)
    for prefix in ("a_", "b_"):  # each feature named once per prefix: most events share most of theirs
        named = {f: prefix + f for f in distinct}
        parts += [list(map(named.__getitem__, feats)) for feats in own]
    coded = EventCodes.of(own, distinct)
    states = [_state(hidden, it) for it in ev_items]
    per_sentence: dict[int, list[int]] = {}
    rank: list[int] = []
    for i, it in enumerate(ev_items):
        rank.append(len(per_sentence.setdefault(it.sentence, [])))
        per_sentence[it.sentence].append(i)
    timexes_in: dict[int, int] = {}
    for t in tx_items:
        timexes_in[t.sentence] = timexes_in.get(t.sentence, 0) + 1
    out: "list[tuple[str, str, str, tuple[int, ...], list[str], Optional[np.ndarray]]]" = []
    dates = sentence_dates([t.value for t in tx], [t.sentence for t in tx_items])
    made: "dict[object, int]" = {}  # a run of features that depends on a few values only, by those values -> its part

    def part(key: object, make: "Callable[[], list[str]]") -> int:
        k = made.get(key)
        if k is None:
            k = made[key] = len(parts)
            parts.append(make())
        return k

    # event - publication time
    # (``part`` written out, its key one int: (s64 speed) no tuple and closure per event)
    dct_at: dict[int, int] = {}
    for i, (e, it) in enumerate(zip(evs, ev_items)):
        n_tx, n_sent, r = timexes_in.get(it.sentence, 0), len(per_sentence[it.sentence]), rank[i]
        n_tx, n_sent, r = n_tx if n_tx < _CAP else _CAP, n_sent if n_sent < _CAP else _CAP, r if r < _CAP else _CAP
        key = (n_tx * (_CAP + 1) + n_sent) * (_CAP + 1) + r
        k = dct_at.get(key)
        if k is None:
            k = dct_at[key] = len(parts)
            parts.append([f"sent_timexes={_bucket(n_tx)}", f"events_in_sent={_bucket(n_sent)}", f"rank_in_sent={_bucket(r)}"])
        out.append(("dct", e.eid, "reference_time", (i, k), [], None if hidden is None else (i, -1)))
    # event - time expression of the same sentence (``_between`` and ``part`` written out, as in the pair loop)
    first_of = [it.first for it in ev_items]
    grains: dict[str, str] = {}  # the grain of each value (many times of a text share one)
    last_of = [it.last for it in ev_items]
    for t, ti in zip(tx, tx_items):
        words = lower[ti.sentence]
        prep = words[ti.first - 1] if ti.first > 0 else "<s>"
        prep = prep if prep in _TIMEX_PREPS else "other"
        t_part = len(parts)
        grain = grains.get(t.value)
        if grain is None:
            grain = grains[t.value] = grain_of_value(t.value)
        t_type, t_first, t_last, t_start = str(t.type), ti.first, ti.last, ti.start  # str(): what an f-string writes, once (an enum's format is Python code)
        parts.append([f"t_type={t_type}", f"t_grain={grain}", f"t_prep={prep}", f"t_first={ti.first == 0}"])
        t_state = len(states)
        states.append(_state(hidden, ti))
        in_sentence = per_sentence.get(ti.sentence, ())
        for i in in_sentence:
            e = evs[i]
            before = ev_items[i].start < t_start
            lo, hi = (last_of[i], t_first) if before else (t_last, first_of[i])  # the last word of the earlier, the first of the later
            between = words[lo + 1 : hi]
            n_ev = sum(1 for j in in_sentence if lo < first_of[j] and last_of[j] < hi)
            n_between, comma = min(len(between), _CAP), "," in between
            key = ("timex", before, n_between, min(n_ev, _CAP), prep, e.cls, t_type, e.tense, comma)
            k = made.get(key)
            if k is None:
                k = made[key] = len(parts)
                parts.append([
                    f"event_first={before}", f"dist={_bucket(n_between)}", f"events_between={_bucket(n_ev)}",
                    f"prep_cls={prep}/{e.cls}", f"prep_order={prep}/{before}", f"type_tense={t_type}/{e.tense}",
                    f"comma_between={comma}", f"nearest={n_ev == 0}",
                ])
            sigs = SIGNALS.intersection(between)
            out.append(("timex", e.eid, t.tid, (i, t_part, k), [f"sig_between={w}" for w in sorted(sigs)] if sigs else [],
                        None if hidden is None else (i, t_state)))
    # event - event, same or adjacent sentence, earlier mention first
    reports = [e.cls == "REPORTING" or lemma_of(e.text) in _REPORTING for e in evs]
    kinds: "dict[tuple[str, str, str, str], int]" = {}
    kind_of = [kinds.setdefault((e.cls, e.tense, e.aspect, e.pos), len(kinds)) for e in evs]  # events alike in the pair features
    flags = [part(("flags", that, comma, adjacent), lambda: [f"that_between={that}", f"comma_between={comma}", f"adjacent_events={adjacent}"])
             for that in (False, True) for comma in (False, True) for adjacent in (False, True)]
    cues: "dict[tuple[int, int], list[str]]" = {}
    # the loop below is :func:`_between` and ``part`` written out: it runs for every pair of a long text
    sentence_of = [it.sentence for it in ev_items]
    intersect = SIGNALS.intersection
    worded: "dict[tuple[object, ...], list[str]]" = {}  # :func:`_words_between_features` by (same sentence, the words or their signals)
    # (a pair's place and its events' kinds keyed by one int each, in tables of their own: no tuple made and hashed per pair;
    # a part is still made the first time its key is met, so the parts come in the same order)
    placed_at: dict[int, int] = {}
    kinded_at: dict[int, int] = {}
    n_kinds = len(kinds)
    later_part = 2 * n_ev_total
    for i, (a, ai) in enumerate(zip(evs, ev_items)):
        a_first = per_sentence[ai.sentence][0] == i
        a_sentence, a_last = ai.sentence, ai.last
        a_next = a_sentence + 1
        a_words = lower[a_sentence]
        a_rest: Optional[list[str]] = None  # the words after ``a`` to its sentence's end, and a break
        a_reports = reports[i]
        a_part = n_ev_total + i
        a_kind = kind_of[i] * n_kinds
        cue_same = cue_next = None  # the sentences' dates: the same cue for every pair of the two
        for j in range(i + 1, n_ev_total):
            b_sentence = sentence_of[j]
            if b_sentence > a_next:
                break
            same = a_sentence == b_sentence
            if same:
                between = a_words[a_last + 1 : first_of[j]] if first_of[j] > a_last else []
            else:
                if a_rest is None:
                    a_rest = a_words[a_last + 1 :] + ["<br>"]
                between = a_rest + lower[b_sentence][: first_of[j]]
            n_ev = j - i - 1
            n_between = len(between)
            place = ((n_between if n_between < _CAP else _CAP) * (_CAP + 1) + (n_ev if n_ev < _CAP else _CAP)) * 2 + same
            k_place = placed_at.get(place)
            if k_place is None:
                k_place = placed_at[place] = len(parts)
                parts.append([f"same_sentence={same}", f"dist={_bucket(n_between)}", f"events_between={_bucket(n_ev)}"])
            kind = a_kind + kind_of[j]
            k_kind = kinded_at.get(kind)
            if k_kind is None:
                b = evs[j]
                k_kind = kinded_at[kind] = len(parts)
                parts.append([f"cls_pair={a.cls}/{b.cls}", f"tense_pair={a.tense}/{b.tense}", f"aspect_pair={a.aspect}/{b.aspect}", f"pos_pair={a.pos}/{b.pos}"])
            k_flags = flags[("that" in between) * 4 + ("," in between) * 2 + (n_ev == 0)]
            # the words' features, made once per run of words (or of signals, past five words)
            words_key = (same, *between) if n_between <= 5 else (same, intersect(between))
            said = worded.get(words_key)
            if said is None:
                said = worded[words_key] = _words_between_features(between, same, n_between <= 5)
            if same:
                if cue_same is None:
                    cue_same = cues.get((a_sentence, b_sentence))
                    if cue_same is None:
                        cue_same = cues[(a_sentence, b_sentence)] = pair_cues(dates.get(a_sentence, ()), dates.get(b_sentence, ()), same)
                feats = said + cue_same
                if a_reports:
                    feats.append("a_reports_b")
                if reports[j]:
                    feats.append("b_reports_a")
            else:
                if cue_next is None:
                    cue_next = cues.get((a_sentence, b_sentence))
                    if cue_next is None:
                        cue_next = cues[(a_sentence, b_sentence)] = pair_cues(dates.get(a_sentence, ()), dates.get(b_sentence, ()), same)
                feats = said + cue_next
                if a_first and per_sentence[b_sentence][0] == j:
                    feats.append("first_events_of_consecutive_sentences")
            out.append(("pair", a.eid, evs[j].eid, (a_part, later_part + j, k_place, k_kind, k_flags), feats,
                        None if hidden is None else (i, j)))
    return CandidateRows(parts, out, states, coded)
