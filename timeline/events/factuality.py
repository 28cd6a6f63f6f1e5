"""Which event mentions are real happenings: negated, hypothetical and generic ones are not.

A timeline places real events; the others are listed as mentioned.  Negation and modality
come from the detector (auxiliaries in front of a verb); this module adds what the clause
says: a condition ("if the river rises"), an intention (an infinitive, "to approve"), or a
habit or general truth (present simple with "usually", or a recurring time such as "every
year").  Cue words are data: ``timeline/lexicon/<lang>/events.toml``.
"""

from __future__ import annotations

import functools
from typing import Protocol, Sequence

import attrs

from ..lexicon import load_data
from ..text import Doc

__all__ = ["Factuality", "factuality", "load_cues"]


class _Mention(Protocol):
    start: int
    end: int
    pos: str
    tense: str
    aspect: str
    cls: str


@attrs.frozen
class Factuality:
    """What the clause around an event says about it."""

    hypothetical_clause: bool = False
    generic: bool = False


@attrs.frozen
class _Cues:
    conditional: frozenset[str]
    generic_adverbs: frozenset[str]
    clause_breaks: frozenset[str]


@functools.lru_cache(maxsize=None)
def load_cues(language: str = "en") -> _Cues:
    """The factuality cue words of ``language`` (``<lang>/events.toml``), checked when loaded."""
    data = load_data(language, "events.toml")["factuality"]
    return _Cues(**{key: frozenset(v.lower() for v in data[key]) for key in ("conditional", "generic_adverbs", "clause_breaks")})


def _clause_words(doc: Doc, start: int) -> list[str]:
    """The lower-cased words of the clause before ``start`` (nearest first), within its sentence."""
    i = doc.sentence_index(start)
    if i < 0:
        return []
    cues = load_cues(doc.language)
    out = []
    for tok in reversed(doc.sentences[i].tokens):
        if tok.start >= start:
            continue
        w = tok.text.lower()
        if w in cues.clause_breaks:
            break
        out.append(w)
        if len(out) >= 12:
            break
    return out


def factuality(doc: Doc, mentions: Sequence[_Mention], recurring_sentences: frozenset[int] = frozenset()) -> list[Factuality]:
    """For each mention, whether its clause makes it hypothetical or generic.

    ``recurring_sentences``: indices of sentences holding a recurring time ("every year"),
    which make a present-tense event there a habit.
    """
    cues = load_cues(doc.language)
    out = []
    for m in mentions:
        before = _clause_words(doc, m.start)
        hypothetical = any(w in cues.conditional for w in before) or (m.pos == "VERB" and m.tense == "INFINITIVE")
        generic = False
        if m.pos == "VERB" and m.tense == "PRESENT" and m.aspect == "NONE" and m.cls not in ("REPORTING", "I_ACTION", "ASPECTUAL"):
            i = doc.sentence_index(m.start)
            sentence_words = {t.text.lower() for t in doc.sentences[i].tokens} if i >= 0 else set()
            generic = bool(sentence_words & cues.generic_adverbs) or i in recurring_sentences
        out.append(Factuality(hypothetical, generic))
    return out
