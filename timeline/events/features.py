"""Token features for the event model: the word, its affixes and shape, and its neighbours.

Shared by training (train/train_events.py) and inference (detect.py) so the two cannot drift.
"""

from __future__ import annotations

import contextlib
import contextvars
from typing import Callable, Iterator, Mapping, Optional, Sequence

from ..lexicon import load_data
from ._lemminflect import lemminflect

getAllLemmas = lemminflect().getAllLemmas  # imported without its spaCy hook (see ._lemminflect)
from lemminflect.core.LexicalUtils import applyCapsStyle, getCapsStyle  # noqa: E402 (after the package, imported above)

__all__ = ["token_features", "AUXILIARIES", "FeatureIds", "lexical", "lexical_memo", "shared_lexical", "Lexical"]

_WORDS = load_data("en", "events.toml")["features"]  # the shipped models are English: their features are too
AUXILIARIES = frozenset(_WORDS["auxiliaries"])
_DETERMINERS = frozenset(_WORDS["determiners"])
_PREPOSITIONS = ("of", "by", "in", "on", "at", "to", "for", "with")


Lexical = Callable[[str], tuple[tuple[str, ...], str]]
""":func:`lexical` or a memo of it."""


def lexical(word: str) -> tuple[tuple[str, ...], str]:
    """The parts of speech a (lower-case) word can have and its lemma, from lemminflect's lexicon.

    Not memoised (the library keeps no state between calls): a caller that asks about many
    words takes a :func:`lexical_memo` for the text at hand."""
    lemmas = getAllLemmas(word)
    if not lemmas:
        return (), word
    kinds = tuple(sorted(lemmas))
    for preferred in ("VERB", "NOUN", "ADJ", "AUX", "ADV"):
        if preferred in lemmas:
            return kinds, lemmas[preferred][0].lower()
    return kinds, next(iter(lemmas.values()))[0].lower()


_SHARED_LEXICAL: "contextvars.ContextVar[Optional[Lexical]]" = contextvars.ContextVar("timeline_shared_lexical", default=None)
"""The memo every :func:`lexical_memo` returns inside :func:`shared_lexical` (None outside one)."""


@contextlib.contextmanager
def shared_lexical() -> Iterator[None]:
    """(s63 speed) Inside the block (one ``build`` call), every :func:`lexical_memo` is the same memo, made on entry and
    dropped on exit: the detector, the relation features and a dozen anchoring and placement stages each looked the same
    words up again in a memo of their own (on a 150 KB news text 12,800 lookups, two thirds of them repeats, 6 us each).
    The memo holds the answers of a pure function of the word, so sharing it changes no answer; it is held by a context
    variable (each thread and task its own), reset when the block ends: nothing outlives the call."""
    token = _SHARED_LEXICAL.set(_new_lexical_memo())
    try:
        yield
    finally:
        _SHARED_LEXICAL.reset(token)


def lexical_memo() -> Lexical:
    """:func:`lexical` with a memo of its own: one per text (or per call), so a word is looked
    up once per text and nothing outlives the caller; inside :func:`shared_lexical`, that block's
    memo.  It reads lemminflect's own lookup
    tables directly where they are at hand (the same answer as :func:`lexical`, without the
    deep copies ``getAllLemmas`` makes of each entry; a test holds them together)."""
    shared = _SHARED_LEXICAL.get()
    return _new_lexical_memo() if shared is None else shared


def _new_lexical_memo() -> Lexical:
    """A fresh memo of :func:`lexical` (see :func:`lexical_memo`)."""
    memo: dict[str, tuple[tuple[str, ...], str]] = {}
    get = memo.get
    tables = _lemma_tables()
    if tables is None:
        ask: Lexical = lexical
    else:
        lemmas, overrides = tables

        def ask(word: str) -> tuple[tuple[str, ...], str]:
            return _lexical_of(lemmas.get(word.lower()), overrides.get(word.lower()), word)

    def lookup(word: str) -> tuple[tuple[str, ...], str]:
        found = get(word)
        if found is None:
            found = memo[word] = ask(word)
        return found

    return lookup


def _lemma_tables() -> "Optional[tuple[Mapping[str, Mapping[str, Sequence[str]]], Mapping[str, Mapping[str, Sequence[str]]]]]":
    """lemminflect's word -> {part of speech: lemmas} table and its overrides (loaded by it once,
    read here, never written), or None when this version of lemminflect keeps them otherwise."""
    from lemminflect import Lemmatizer

    lemmatizer = Lemmatizer()
    try:
        lemmas, overrides = lemmatizer._getLemmaDict(), lemmatizer._getOverridesDict()
    except AttributeError:
        return None
    return (lemmas, overrides) if isinstance(lemmas, dict) and isinstance(overrides, dict) else None


def _lexical_of(entry: "Optional[Mapping[str, Sequence[str]]]", extra: "Optional[Mapping[str, Sequence[str]]]", word: str) -> tuple[tuple[str, ...], str]:
    """:func:`lexical` of ``word`` from its entry in lemminflect's table and its overrides, as
    ``getAllLemmas`` merges them (the overrides win) and capitalises (as the word is)."""
    lemmas = {**entry, **extra} if entry and extra else (entry or extra)
    if not lemmas:
        return (), word
    kinds = tuple(sorted(lemmas))
    chosen = next((lemmas[k] for k in ("VERB", "NOUN", "ADJ", "AUX", "ADV") if k in lemmas), None)
    if chosen is None:
        chosen = next(iter(lemmas.values()))
    style = getCapsStyle(word)
    lemma = applyCapsStyle(chosen[0], style) if isinstance(chosen, (list, tuple)) else applyCapsStyle(chosen, style)[0]
    return kinds, lemma.lower()


def _shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if word.isupper():
        return "X"
    if word[:1].isupper():
        return "Xx"
    if word.isalpha():
        return "x"
    return "o"


def token_features(words: Sequence[str], i: int, sentence_start: bool, lexical: Lexical = lexical) -> list[str]:
    """Feature strings of token ``i`` of a sentence's ``words`` (original case); ``lexical``: a
    :func:`lexical_memo` when many tokens of one text are asked about."""
    w = words[i]
    lw = w.lower().replace("’", "'")
    prev = words[i - 1].lower() if i > 0 else "<s>"
    prev2 = words[i - 2].lower() if i > 1 else "<s>"
    nxt = words[i + 1].lower() if i + 1 < len(words) else "</s>"
    nxt2 = words[i + 2].lower() if i + 2 < len(words) else "</s>"
    feats = [
        "b",
        "w=" + lw,
        "s2=" + lw[-2:],
        "s3=" + lw[-3:],
        "s4=" + lw[-4:],
        "p3=" + lw[:3],
        "sh=" + _shape(w) + ("^" if sentence_start else ""),
        "pw=" + prev,
        "nw=" + nxt,
        "p2=" + prev2,
        "n2=" + nxt2,
        "pw_w=" + prev + "_" + lw,
        "w_nw=" + lw + "_" + nxt,
        "ps3=" + prev[-3:],
        "ns3=" + nxt[-3:],
    ]
    if prev in AUXILIARIES or prev2 in AUXILIARIES:
        feats.append("aux_before")
        feats.append("aux_s3=" + lw[-3:])
    if prev in _DETERMINERS:
        feats.append("det_before")
        feats.append("det_s3=" + lw[-3:])
    if nxt in _PREPOSITIONS:
        feats.append("prep_after=" + nxt)
    if len(lw) > 3 and lw.endswith(("ed", "ing")):
        feats.append("verbal_suffix")
    kinds, lemma = lexical(lw)
    feats.append("lem=" + lemma)
    feats.append("kinds=" + "+".join(kinds))
    feats.extend("can=" + k for k in kinds)
    if "NOUN" in kinds and "VERB" in kinds:
        feats.append("deverbal")
    pk = lexical(prev)[0]
    nk = lexical(nxt)[0]
    feats.append("pkinds=" + "+".join(pk))
    feats.append("nkinds=" + "+".join(nk))
    return feats


class FeatureIds:
    """The row of each of :func:`token_features`' strings in one weight table (``rows``; ``zero``
    for a string it lacks), in the same order, built from per-word parts made once per word.

    Scoring a text needs every token's rows, not its strings: a word's own features and its
    features as a neighbour are looked up once per distinct word of the text, not once per
    token.  One instance serves one text (its caches grow with the text's vocabulary);
    ``lexical`` may be a :func:`lexical_memo` shared with other lookups of the same text."""

    def __init__(self, rows: "dict[str, int]", zero: int, lexical: "Lexical | None" = None) -> None:
        self._get = rows.get
        self._zero = zero
        self._lexical = lexical or lexical_memo()
        self._own: dict[str, tuple] = {}  # type: ignore[type-arg]
        self._near: dict[str, tuple] = {}  # type: ignore[type-arg]

    def _id(self, feature: str) -> int:
        return self._get(feature, self._zero)

    def _own_part(self, w: str) -> tuple:  # type: ignore[type-arg]
        """The rows a word's own features take, whatever its neighbours."""
        get, z = self._get, self._zero  # :meth:`_id` written out (a dozen lookups per distinct word of a text)
        lw = w.lower().replace("’", "'")
        s3 = lw[-3:]
        head = [get("b", z), get("w=" + lw, z), get("s2=" + lw[-2:], z), get("s3=" + s3, z), get("s4=" + lw[-4:], z), get("p3=" + lw[:3], z)]
        shape = _shape(w)
        kinds, lemma = self._lexical(lw)
        tail = [get("verbal_suffix", z)] if len(lw) > 3 and lw.endswith(("ed", "ing")) else []
        tail += [get("lem=" + lemma, z), get("kinds=" + "+".join(kinds), z)]
        tail += [get("can=" + k, z) for k in kinds]
        if "NOUN" in kinds and "VERB" in kinds:
            tail.append(get("deverbal", z))
        part = (lw, head, get("sh=" + shape, z), get("sh=" + shape + "^", z), [get("aux_before", z), get("aux_s3=" + s3, z)],
                [get("det_before", z), get("det_s3=" + s3, z)], tail)
        self._own[w] = part
        return part

    def _near_part(self, x: str) -> tuple:  # type: ignore[type-arg]
        """The rows a (lower-case) word takes as a neighbour: before, after, two before, two after."""
        get, z = self._get, self._zero  # :meth:`_id` written out
        kinds = "+".join(self._lexical(x)[0])
        x3 = x[-3:]
        part = (get("pw=" + x, z), get("nw=" + x, z), get("p2=" + x, z), get("n2=" + x, z), get("ps3=" + x3, z), get("ns3=" + x3, z),
                get("pkinds=" + kinds, z), get("nkinds=" + kinds, z), get("prep_after=" + x, z) if x in _PREPOSITIONS else None,
                x in AUXILIARIES, x in _DETERMINERS)
        self._near[x] = part
        return part

    def ids(self, words: Sequence[str], i: int, sentence_start: bool) -> list[int]:
        """The rows of ``token_features(words, i, sentence_start)``, in its order."""
        w = words[i]
        lw, head, shape, shape_start, aux, det, tail = self._own.get(w) or self._own_part(w)
        prev = words[i - 1].lower() if i > 0 else "<s>"
        prev2 = words[i - 2].lower() if i > 1 else "<s>"
        nxt = words[i + 1].lower() if i + 1 < len(words) else "</s>"
        nxt2 = words[i + 2].lower() if i + 2 < len(words) else "</s>"
        near = self._near
        p = near.get(prev) or self._near_part(prev)
        p2 = near.get(prev2) or self._near_part(prev2)
        n = near.get(nxt) or self._near_part(nxt)
        n2 = near.get(nxt2) or self._near_part(nxt2)
        return self._row(head, shape_start if sentence_start else shape, p, p2, n, n2, prev, lw, nxt, aux, det, tail)

    def _row(self, head: list[int], shape: int, p: tuple, p2: tuple, n: tuple, n2: tuple,  # type: ignore[type-arg]
             prev: str, lw: str, nxt: str, aux: list[int], det: list[int], tail: list[int]) -> list[int]:
        out = head + [shape, p[0], n[1], p2[2], n2[3], self._get("pw_w=" + prev + "_" + lw, self._zero),
                      self._get("w_nw=" + lw + "_" + nxt, self._zero), p[4], n[5]]
        if p[9] or p2[9]:
            out += aux
        if p[10]:
            out += det
        if n[8] is not None:
            out.append(n[8])
        out += tail
        out.append(p[6])
        out.append(n[7])
        return out

    def sentence_ids(self, words: Sequence[str], indexes: Sequence[int]) -> list[list[int]]:
        """``[self.ids(words, i, i == 0) for i in indexes]`` (``words``: a whole sentence), each
        word lower-cased and its neighbour rows found once, not once per token next to it."""
        count = len(words)
        near, make_near = self._near, self._near_part
        lower: list[Optional[str]]
        parts: list[Optional[tuple]]  # type: ignore[type-arg]
        if 2 * len(indexes) >= count:  # most words asked about (the perceptron asks about every word): every word, in one pass
            lower = list(map(str.lower, words))
            parts = [near.get(x) or make_near(x) for x in lower]  # type: ignore[misc]
        else:  # a few words (those the encoder is unsure of): each one's neighbourhood
            lower = [None] * count
            parts = [None] * count
            for i in indexes:
                for k in range(max(0, i - 2), min(count, i + 3)):
                    if lower[k] is None:
                        x = lower[k] = words[k].lower()
                        parts[k] = near.get(x) or make_near(x)
        start = near.get("<s>") or make_near("<s>")
        end = near.get("</s>") or make_near("</s>")
        own, make_own = self._own, self._own_part
        get, zero = self._get, self._zero
        out = []
        for i in indexes:
            w = words[i]
            lw, head, shape, shape_start, aux, det, tail = own.get(w) or make_own(w)
            # :meth:`_row` written out (it runs for every word of a text)
            if i > 0:
                p, prev = parts[i - 1], lower[i - 1]
            else:
                p, prev, shape = start, "<s>", shape_start
            p2 = parts[i - 2] if i > 1 else start
            if i + 1 < count:
                n, nxt = parts[i + 1], lower[i + 1]
            else:
                n, nxt = end, "</s>"
            n2 = parts[i + 2] if i + 2 < count else end
            row = head + [shape, p[0], n[1], p2[2], n2[3], get(f"pw_w={prev}_{lw}", zero),  # type: ignore[index,operator]
                          get(f"w_nw={lw}_{nxt}", zero), p[4], n[5]]  # type: ignore[index]
            if p[9] or p2[9]:  # type: ignore[index]
                row += aux
            if p[10]:  # type: ignore[index]
                row += det
            if n[8] is not None:  # type: ignore[index]
                row.append(n[8])  # type: ignore[index]
            row += tail
            row.append(p[6])  # type: ignore[index]
            row.append(n[7])  # type: ignore[index]
            out.append(row)
        return out
