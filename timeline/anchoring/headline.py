"""Headline events: the story's lead tells them again, so each takes the time of its counterpart there.

A headline ("Trawler Sinks", "Former Councillor Gets Four Years") is a short first line the body
retells.  A headline event whose kind (synonym group or lemma, as for coreference) an event of the
body shares is the first such event ("Sinks" and "their trawler sank"); the headline's first verb,
after a subject of at most :data:`_HEADLINE_SUBJECT` words, with no such counterpart is the lead
sentence's main verb when that is a past (the first verb there that does not open a relative clause:
"A former councillor who took cash ... was jailed ... on Tuesday"), unless it stands after an infinitive marker (lexicon ``headline_ahead_markers``: "Plant to Shut" tells a plan,
not the lead's day).  Any other headline event is not told (left out, as page furniture).
"""

from __future__ import annotations

import re
from typing import Callable, Optional, Sequence

from ..text import Doc
from .cues import AnchorWords, EventLike

__all__ = ["headline_partners", "retold_words"]

_HEADLINE_SUBJECT = 3
"""Words at most before the headline's verb that may be the lead's main verb: its subject ("Former Councillor [Gets]");
a verb further on stands after a clause opener ("Heat Cuts Short City Marathon as Dozens [Treated]")."""

_WORDS = re.compile(r"[\w'’-]+")

_LAST_WORD = re.compile(r"([\w'’]+)\W*$")


def _word_before(text: str, start: int) -> str:
    """The word right before ``start`` (lower case), within its line."""
    m = _LAST_WORD.search(text, max(0, start - 30), start)
    return m.group(1).lower() if m is not None and "\n" not in text[m.start() : start] else ""


def headline_partners(cues: AnchorWords, doc: Doc, events: Sequence[EventLike],
                      dated: Optional[frozenset[tuple[int, int]]] = None) -> dict[tuple[int, int], EventLike]:
    """(start, end) of each headline event the lead tells -> that lead event (see the module).  ``dated``: (start, end)
    of the events a time expression dates, when known; the lead's main verb is then the first such one ("A former clerk
    who took money from fines in 2022 was jailed ... on Tuesday": not a noun the detector took for a verb)."""
    from ..events.features import lexical_memo
    from ..events.furniture import headline_span
    from .clauses import _kind

    head = headline_span(doc)
    if head is None:
        return {}
    ordered = sorted(events, key=lambda e: e.start)
    in_head = [ev for ev in ordered if head[0] <= ev.start < head[1]]
    if not in_head:
        return {}
    body = [ev for ev in ordered if ev.start >= head[1]]
    if not body:
        return {}
    first = doc.sentence_index(body[0].start)
    opening = [ev for ev in body if doc.sentence_index(ev.start) == first]
    lexical = lexical_memo()
    text = doc.text
    kinds: dict[str, EventLike] = {}
    for ev in body:  # the lead's first, then the rest of the story's ("Boy Pulled From River" ... "a neighbour pulled him out")
        if _word_before(text, ev.start) in cues.earlier_occasion_adverbs:
            continue  # "Rovers last reached the final in 1997": an earlier occasion, not the headline's
        kinds.setdefault(_kind(cues, ev.text, lexical) + _particle(cues, text, ev, lexical), ev)
    main: Optional[EventLike] = None
    for ev in opening:
        if ev.pos != "VERB" or cues.relative_openers.intersection(_words_before(text, ev)):
            continue
        if getattr(ev, "tense", "PAST") == "FUTURE" or getattr(ev, "aspect", "NONE") == "PROGRESSIVE":
            break  # "will remain", "is recovering": the lead's news is no past the headline's verb tells
        if getattr(ev, "tense", "PAST") == "PAST" and (dated is None or (ev.start, ev.end) in dated):
            main = ev  # "was jailed ... on Tuesday" (not "fines", a noun taken for a verb, in the clause before it)
            break
    out: dict[tuple[int, int], EventLike] = {}
    for k, ev in enumerate(in_head):
        kind = _kind(cues, ev.text, lexical)
        partner: Optional[EventLike] = kinds.get(kind + _particle(cues, text, ev, lexical))
        if (partner is None and k == 0 and ev.pos == "VERB" and main is not None
                and len(_WORDS.findall(text, head[0], ev.start)) <= _HEADLINE_SUBJECT
                and _word_before(text, ev.start) not in cues.headline_ahead_markers):
            partner = main
        if partner is not None:
            out[(ev.start, ev.end)] = partner
    return out


_PARTICLE = re.compile(r"[ \t]+([A-Za-z]+)")


def _particle(cues: AnchorWords, text: str, ev: EventLike, lexical: Callable[[str], tuple[object, str]]) -> str:
    """" " and the particle right after a verb when the two make a phrasal verb of lexicon ``headline_phrasal_verbs`` ("set
    off": " off"), else "" (nouns none; "moved out" keeps the sense of "moved")."""
    if ev.pos != "VERB" or not cues.headline_phrasal_verbs:
        return ""
    m = _PARTICLE.match(text, ev.end)
    if m is None:
        return ""
    word = m.group(1).lower()
    return " " + word if f"{lexical(ev.text.lower())[1]} {word}" in cues.headline_phrasal_verbs else ""


def retold_words(doc: Doc, events: Sequence[EventLike]) -> list[tuple[int, int, EventLike]]:
    """(start, end, body verb) for each headline word no event covers whose lemma a verb of the body shares ("Carer Admits
    Stealing" and "A care worker admitted stealing"; "Storm Floods Harbour Town" and "homes were flooded"): an event the
    detector missed in a headline's capitals, which the body tells again (the same word: a synonym group would take
    "Election" for "voted")."""
    from ..events.features import lexical_memo
    from ..events.furniture import headline_span

    head = headline_span(doc)
    if head is None:
        return []
    covered = [(ev.start, ev.end) for ev in events if head[0] <= ev.start < head[1]]
    lexical = lexical_memo()
    kinds: dict[str, EventLike] = {}
    for ev in sorted(events, key=lambda e: e.start):
        if ev.start >= head[1] and ev.pos == "VERB":
            kinds.setdefault(lexical(ev.text.lower())[1], ev)
    out = []
    for m in _WORDS.finditer(doc.text, head[0], head[1]):
        if any(s < m.end() and m.start() < e for s, e in covered):
            continue
        partner = kinds.get(lexical(m.group(0).lower())[1])
        if partner is not None:
            out.append((m.start(), m.end(), partner))
    return out


def _words_before(text: str, ev: EventLike) -> list[str]:
    """The three words right before ``ev`` in its line (lower case): a relative pronoun and its auxiliaries ("who had been elected")."""
    return re.findall(r"[\w'’]+", text[max(0, ev.start - 30) : ev.start].split("\n")[-1].lower())[-3:]
