"""Token features for the event model: the word, its affixes and shape, and its neighbours.

Shared by training (train/train_events.py) and inference (detect.py) so the two cannot drift.
"""

from __future__ import annotations

import functools
from typing import Sequence

from lemminflect import getAllLemmas

from ..lexicon import load_data

__all__ = ["token_features", "AUXILIARIES"]

_WORDS = load_data("en", "events.toml")["features"]  # the shipped models are English: their features are too
AUXILIARIES = frozenset(_WORDS["auxiliaries"])
_DETERMINERS = frozenset(_WORDS["determiners"])


@functools.lru_cache(maxsize=65536)
def lexical(word: str) -> tuple[tuple[str, ...], str]:
    """The parts of speech a (lower-case) word can have and its lemma, from lemminflect's lexicon."""
    lemmas = getAllLemmas(word)
    if not lemmas:
        return (), word
    kinds = tuple(sorted(lemmas))
    for preferred in ("VERB", "NOUN", "ADJ", "AUX", "ADV"):
        if preferred in lemmas:
            return kinds, lemmas[preferred][0].lower()
    return kinds, next(iter(lemmas.values()))[0].lower()


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


def token_features(words: Sequence[str], i: int, sentence_start: bool) -> list[str]:
    """Feature strings of token ``i`` of a sentence's ``words`` (original case)."""
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
    if nxt in ("of", "by", "in", "on", "at", "to", "for", "with"):
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
