"""Speed paths of the build (helper buildspeed, forty-third session) held against the slow paths they replace.

Each fast path must give exactly what the code it replaced gives; the slow path is written out here.
Sentences written for these tests.
"""

from __future__ import annotations

import re
from typing import Optional

from timeline.anchoring import anchor_words
from timeline.anchoring import cues as C
from timeline.events import factuality as F
from timeline.events.detect import EventMention
from timeline.assembly.asides import _lowered_words
from timeline.text import segment

_TEXTS = [
    "The ferry did not sail until at least Wednesday, and the council met ahead of Sunday's vote.",
    "Crews worked by the light of the moon; the road reopened on Monday, officials said.",
    "Fans queued outside the Café Mozart before dawn; the ΟΔΟΣ sign fell at the latest by noon.",
    "Prices rose by 6 percent in March, the agency said, a month after the İzmir plant closed.",
    "It appeared before magistrates last August, and the KELVIN \u212a unit was replaced within two weeks.",
    "Shares fell ahead of the results, at most until Friday, while the strike went ahead the next morning.",
]


def _slow_tokens_between(text: str, a: int, b: int) -> list[str]:
    return [w.lower() for w in C._WORD.findall(text, a, b)]


def test_tokens_between_is_the_slow_word_list() -> None:
    for text in _TEXTS:
        for a in range(0, len(text), 3):
            for b in range(a, min(len(text), a + 70) + 1, 5):
                assert C._tokens_between(text, a, b) == _slow_tokens_between(text, a, b), (text, a, b)


def test_lowered_words_is_each_word_lower_cased() -> None:
    for text in _TEXTS:
        for a in range(0, len(text), 2):
            span = text[a : a + 24]
            assert _lowered_words(span) == [w.lower() for w in span.split()], span


def _slow_signal_before(cues, text: str, start: int, sentence_start: int) -> tuple[Optional[str], str]:  # type: ignore[no-untyped-def]
    """:func:`~timeline.anchoring.cues._signal_before` as it read before the forty-third session (each word lower-cased where read)."""
    lo = max(sentence_start, start - 40)
    cut = max(text.rfind(",", lo, start), text.rfind(";", lo, start), text.rfind(":", lo, start))
    words = list(C._WORD.finditer(text, lo if cut < 0 else cut + 1, start))
    lowered = tuple(m.group().lower() for m in words)
    hedged: tuple[str, ...] = ()
    for hedge in cues.signal_hedges:
        if hedge and lowered[-len(hedge):] == hedge:
            words, hedged = words[: -len(hedge)], hedge
            break
    for k in range(len(words) - 1, max(-1, len(words) - 3), -1):
        m = words[k]
        w = m.group().lower()
        if k > 0 and cues.signal_objects.get(words[k - 1].group().lower()) == w:
            m = words[k - 1]
            w = m.group().lower()
        elif w in cues.signal_objects and (k + 1 >= len(words) or words[k + 1].group().lower() != cues.signal_objects[w]):
            continue
        elif w in cues.signals and k + 1 < len(words) and words[k + 1].group()[:1].isupper():
            return None, ""
        elif w in cues.signals and k + 1 < len(words) and C._bare_noun(words[k + 1].group()):
            return None, ""
        if w in cues.signals:
            if C._AMOUNT.search(text, m.end(), start):
                return None, ""
            before = tuple(x.group().lower() for x in words[max(0, k - 3) : k])
            if cues.signals[w] in C._ENDING and (hedged in cues.open_hedges or any(before[-len(h):] == h for h in cues.open_hedges if h)):
                return C._OPEN_END, text[m.start() : start].strip()
            return w, text[m.start() : start].strip()
    return None, ""


def test_signal_before_is_the_slow_one_before_every_word() -> None:
    cues = anchor_words("en")
    found = set()
    for text in _TEXTS:
        for m in re.finditer(r"\w+", text):  # every word's start stands for a time's
            fast = C._signal_before(cues, text, m.start(), 0)
            assert fast == _slow_signal_before(cues, text, m.start(), 0), (text, m.group())
            found.add(fast[0])
    assert {"until", "ahead", "by", C._OPEN_END, None} <= found  # the paths the texts reach: a plain signal, "ahead of", a hedge, none


_CLAUSES = " ".join([
    "Work on the bridge will resume once the divers have finished their survey.",
    "The company said it would cut 300 jobs, a month after a supplier ended its contract.",
    "The mill would reopen once repairs were finished, the owners said.",
    "Drivers expect delays after the road closes, and the depot will shut when the strike begins.",
])


def _slow_anticipated(cues, mention, every) -> bool:  # type: ignore[no-untyped-def]
    """:func:`~timeline.events.factuality._anticipated` as it read before the forty-third session (each token lower-cased where read)."""
    import bisect

    if mention.pos != "VERB" or mention.tense not in ("PRESENT", "NONE", "PAST") or mention.aspect == "PROGRESSIVE":
        return False
    if mention.tense == "NONE" and mention.aspect != "PERFECTIVE":
        return False
    if not cues.time_clause_openers:
        return False
    tokens = every[: bisect.bisect_right(every, mention.start, key=lambda t: t.end)]
    ahead = cues.future_in_past if mention.tense == "PAST" else cues.looking_ahead
    for k in range(len(tokens) - 1, -1, -1):
        w = tokens[k].text.lower()
        if w in cues.time_clause_openers:
            if mention.tense == "PAST" and F._measured_aside(cues, [t.text.lower() for t in tokens[:k]]):
                return False
            return any(t.text.lower() in ahead for t in tokens[:k])
        if w in cues.clause_breaks and w != ",":
            return False
    return False


def test_anticipated_with_the_sentence_words_is_the_slow_one() -> None:
    doc = segment(_CLAUSES)
    cues = F.load_cues(doc.language)
    kinds = [("VERB", "PRESENT", "NONE"), ("VERB", "PAST", "NONE"), ("VERB", "NONE", "PERFECTIVE"), ("VERB", "PRESENT", "PROGRESSIVE"), ("NOUN", "NONE", "NONE")]
    answers = set()
    for sentence in doc.sentences:
        tokens = sentence.tokens
        lowered = [t.text.lower() for t in tokens]
        for tok in tokens:
            for pos, tense, aspect in kinds:
                m = EventMention("e1", tok.text, tok.start, tok.end, sentence.start, sentence.end, "OCCURRENCE", pos, tense, aspect, "POS", None)
                slow = _slow_anticipated(cues, m, tokens)
                assert F._anticipated(cues, m, tokens) == slow, (tok.text, pos, tense, aspect)
                assert F._anticipated(cues, m, tokens, lowered) == slow, (tok.text, pos, tense, aspect)
                assert (F._may_be_anticipated(cues, m) and F._anticipated(cues, m, tokens, lowered)) == slow
                answers.add(slow)
    assert answers == {True, False}
