"""Pair cues for the start-order model: what the words around two events say about their order.

Called by :func:`timeline.relations.features.candidates` for every event-event pair (earlier
mention first).  The words come from lexicon data (``relations.toml``, section ``cues``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from ..events.features import lexical
from ..lexicon import load_data

if TYPE_CHECKING:
    from ..events.detect import EventMention

__all__ = ["pair_cues", "governing_signal", "sentence_dates", "date_order"]

_CUES = load_data("en", "relations.toml")["cues"]  # the shipped models are English: their cues are too
_ORDER = dict(_CUES["order_signals"])
_GOVERNING = frozenset(_CUES["governing"])
_BREAKS = frozenset(_CUES["clause_breaks"])
_CONJUNCTIONS = frozenset(_CUES["conjunctions"])
_REACH = 4
"""How many words in front of an event a signal may stand and still govern it ("after the two ships collided")."""


def governing_signal(words: Sequence[str], first: int, stop: int) -> str:
    """The order signal within :data:`_REACH` words before ``words[first]`` (not at or before ``stop``), as its direction, or "none"."""
    for j in range(first - 1, max(stop, first - 1 - _REACH), -1):
        w = words[j]
        if w in _ORDER:
            return _ORDER[w]
        if w in _BREAKS:
            break
    return "none"


def sentence_dates(values: Sequence[str], sentences: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """Each sentence's calendar values ("1998-02-13", "1998-02", "1998"), from time expression values and their sentence indexes."""
    out: dict[int, tuple[str, ...]] = {}
    for v, n in zip(values, sentences):
        if _DATE.match(v):
            out[n] = out.get(n, ()) + (_DATE.match(v).group(0),)  # type: ignore[union-attr]
    return out


def date_order(xs: Sequence[str], ys: Sequence[str]) -> str:
    """How the calendar values ``xs`` lie against ``ys``: "earlier", "later", "overlap", "mixed" or "none" (either side undated)."""
    if not xs or not ys:
        return "none" if not xs and not ys else ("a_only" if xs else "b_only")
    seen = set()
    for x in xs:
        for y in ys:
            n = min(len(x), len(y))
            seen.add("overlap" if x[:n] == y[:n] else ("earlier" if x[:n] < y[:n] else "later"))
    return seen.pop() if len(seen) == 1 else "mixed"


_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?=$|T|-W|[^\d-])")


def pair_cues(
    a: "EventMention", a_words: Sequence[str], a_first: int, b: "EventMention", b_words: Sequence[str], b_first: int, between: Sequence[str], same: bool,
    a_dates: Sequence[str] = (), b_dates: Sequence[str] = (),
) -> list[str]:
    """The cue features of events ``a`` (earlier mention) and ``b``, each given with its sentence's lower-cased words, first word index and calendar values."""
    sig_a = governing_signal(a_words, a_first, -1)
    sig_b = governing_signal(b_words, b_first, (a_first if same else -1))
    clause = same and not any(w in _BREAKS for w in between)
    conj = next((w for w in between if w in _CONJUNCTIONS), "none")
    ta = f"{a.tense}/{a.aspect}/{b.tense}/{b.aspect}"
    feats = [
        f"c_sig={sig_a}/{sig_b}/{same}",
        f"c_clause={clause}",
        f"c_conj={conj}/{same}",
        f"c_ta={ta}",
        f"c_dates={date_order(a_dates, b_dates)}/{same}",
        f"c_mp={a.modality is not None}/{b.modality is not None}/{a.polarity}/{b.polarity}",
    ]
    if same:
        if _lemma(a.text) in _GOVERNING or a.cls in ("REPORTING", "I_STATE", "I_ACTION"):
            feats.append(f"c_a_governs_b={clause or conj in ('that', 'to')}/{b.tense}/{b.aspect}/{b.modality is not None}")
        if _lemma(b.text) in _GOVERNING or b.cls == "REPORTING":
            feats.append(f"c_b_governs_a={a.tense}/{a.aspect}/{b.tense}")
    return feats


def _lemma(text: str) -> str:
    words = text.split()
    return lexical((words[0] if words else text).lower().replace("’", "'"))[1]
