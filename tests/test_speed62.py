"""Helper speed, sixty-second session (issue 11, build throughput): each fast path gives what the general one gives.

No timing is asserted: the tests hold the outputs of the faster ways to those of the ways they replace.
"""

from __future__ import annotations

import random
import re

from timeline.anchoring.cues import AnchorWords, _signal_before, anchor_words
from timeline.lexicon import load_data

# my own pieces of text: the characters and words a clause break may begin with, the words around them, digits before and
# after a colon, curly and straight quotation marks, backquotes, and a few letters outside ASCII
BREAK_PIECES = ["and", "but", "And", "band", "butter", "abandoned", "he", "she", "they", "I", "was", "were", "had", "is",
                "closed", "reopened", "bed", "which", "who", "while", "with", "where", ",", ";", ":", "(", ")", '"', "“", "”",
                "``", "''", "'", "`", "10", "30", "a", "b", "café", "İ", " ", "  ", "\n", ", ", "-", "."]


def test_clause_break_is_searched_behind_a_lookahead_with_the_same_matches() -> None:
    # (s62) AnchorWords.clause_break is wordscan.scanner's form of the lexicon pattern: "(?=[...])" before it lets ``re``
    # skip in C the places no break can begin; every window of a text finds the same match (or none) as the pattern itself
    cues = anchor_words("en")
    raw = re.compile(load_data("en", "anchoring.toml")["patterns"]["clause_break"])
    assert cues.clause_break.pattern.startswith("(?=[") and cues.clause_break.pattern != raw.pattern
    rnd = random.Random(62)
    for _ in range(3000):
        text = "".join(rnd.choice(BREAK_PIECES) + rnd.choice(["", " "]) for _ in range(rnd.randint(0, 14)))
        for _ in range(6):
            a = rnd.randint(0, len(text))
            b = rnd.randint(a, len(text))
            got, want = cues.clause_break.search(text, a, b), raw.search(text, a, b)
            assert (got is None) == (want is None), (text, a, b)
            assert got is None or want is None or got.span() == want.span(), (text, a, b)


class _Everything(frozenset):  # type: ignore[type-arg]
    """A set that holds every word: :func:`_signal_before` then tries every hedge, as it did before s62."""

    def __contains__(self, item: object) -> bool:
        return True


# "until at least next Wednesday", "no later than Friday": signals, hedges and the words around them (mine)
SIGNAL_PIECES = ["until", "by", "before", "on", "at", "least", "at least", "no later than", "later", "than", "no", "not",
                 "until at least", "at least until", "ahead", "ahead of", "of", "the", "next", "early", "said", ",", ";",
                 "police", "6 percent", "Until", "AT LEAST", "late", "as", "soon", "as soon as"]


def test_signal_before_tries_the_hedges_only_after_a_word_one_ends_in() -> None:
    # (s62) a hedge is tried only when the last word before the time is the last word of some hedge
    # (AnchorWords.hedge_ends): the signal and evidence are those found trying every hedge
    cues = anchor_words("en")
    assert cues.hedge_ends and all(h[-1] in cues.hedge_ends for h in cues.signal_hedges if h)
    every = _every_hedge(cues)
    rnd = random.Random(621)
    hedged = 0
    for _ in range(4000):
        before = " ".join(rnd.choice(SIGNAL_PIECES) for _ in range(rnd.randint(0, 6)))
        text = (before + " " if before else "") + "Wednesday"
        start = len(text) - len("Wednesday")
        got = _signal_before(cues, text, start, 0)
        assert got == _signal_before(every, text, start, 0), text
        hedged += got[0] is not None and any(" ".join(h) in got[1].lower() for h in cues.signal_hedges if h)
    assert hedged > 50  # (the hedged signals were met, not only plain ones)


def _every_hedge(cues: AnchorWords) -> AnchorWords:
    import copy

    every = copy.copy(cues)
    object.__setattr__(every, "hedge_ends", _Everything())
    return every


def _fronted(text: str) -> list[tuple[str, str, str]]:
    from timeline.anchoring.fronted import _fronted_links
    from timeline.events.detect import detect_events
    from timeline.text import segment

    doc = segment(text)
    events = detect_events(doc, event_model="perceptron")
    words = {ev.eid: ev.text for ev in events}
    return [(words[link.source], str(link.relation.value), words[link.target]) for link in _fronted_links(anchor_words("en"), doc, events)]


def test_a_sentence_opening_phrase_is_found_in_its_lower_cased_opening() -> None:
    # (s62) fronted_phrases and opening_time_phrases are looked for in the sentence's opening lower-cased once (an ASCII
    # opening), each phrase with the space after it; an opening with other characters reads each phrase's own span
    assert _fronted("By the time firefighters arrived, the roof had collapsed.") == [("collapsed", "before", "arrived")]
    assert _fronted("BY THE TIME firefighters arrived, the roof had collapsed.") == [("collapsed", "before", "arrived")]
    assert _fronted("By the time Zoë arrived, the roof had collapsed.") == [("collapsed", "before", "arrived")]  # (ë: not ASCII)
    assert _fronted("The last time the ferry cut sailings, a petition gathered 8,000 names.") == [("gathered", "during", "cut")]
    assert _fronted("By the timetable agreed in May, the ferry sailed at noon.") == []  # "time" is no word of its own here


# my own story: a sentencing, a sentence that steps back in the past perfect, and one that steps back after a report
FLASHBACK_STORY = ("A van driver was jailed for four years on Wednesday. Reid had admitted causing the death of a cyclist. "
                   "Prosecutors said he had checked his phone before the crash. He had driven for nine hours without a break.")


def test_flashback_openings_made_once_give_the_links_each_reader_finds_alone() -> None:
    # (s62) anchor_events makes each sentence's past-perfect opening once (_flashback_openings) and hands it to
    # _flashback_links and _flashback_chain_links, which made it each for themselves before: the same links
    from timeline.anchoring import _dated_sentences, _sentence_starts
    from timeline.anchoring.cues import _by_sentence
    from timeline.anchoring.perfect import _flashback_chain_links, _flashback_links, _flashback_openings
    from timeline.events.detect import detect_events
    from timeline.text import segment

    cues = anchor_words("en")
    doc = segment(FLASHBACK_STORY)
    events = sorted(detect_events(doc, event_model="perceptron"), key=lambda e: (e.start, e.end, e.eid))
    grouped = _by_sentence(doc, events)
    starts = _sentence_starts(doc, grouped)
    timed = _dated_sentences(doc, [])
    openings = _flashback_openings(cues, doc.text, grouped, starts, frozenset(), frozenset(), timed)
    assert sum(a is not None for a in openings.values()) >= 2  # "had admitted", "had driven" open their sentences
    alone = list(_flashback_links(cues, doc.text, grouped, starts, frozenset(), frozenset(), timed))
    chained = list(_flashback_chain_links(cues, doc.text, grouped, starts, frozenset(), frozenset(), timed))
    assert alone and chained
    assert list(_flashback_links(cues, doc.text, grouped, starts, frozenset(), frozenset(), timed, openings)) == alone
    assert list(_flashback_chain_links(cues, doc.text, grouped, starts, frozenset(), frozenset(), timed, openings)) == chained


def test_anchoring_punctuation_is_searched_behind_a_lookahead_with_the_same_matches() -> None:
    # (s62) anchoring's _PUNCT ("[;()]|[,:](?!\\d)|(?<!\\d)[,:]": not the comma of "400,000" nor the colon of "7:15") behind
    # wordscan.scanner's lookahead: the same match in every window
    from timeline.anchoring import cues as C

    raw = re.compile(r"[;()]|[,:](?!\d)|(?<!\d)[,:]")
    assert C._PUNCT.pattern.startswith("(?=[") and C._PUNCT.pattern.endswith("(?:" + raw.pattern + ")")
    rnd = random.Random(622)
    pieces = ["400", ",", "000", "7", ":", "15", ";", "(", ")", "said", " ", "a", "9"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10)))
        a = rnd.randint(0, len(text))
        b = rnd.randint(a, len(text))
        got, want = C._PUNCT.search(text, a, b), raw.search(text, a, b)
        assert (got is None) == (want is None) and (got is None or got.span() == want.span()), (text, a, b)  # type: ignore[union-attr]


def _locate_general(layout: object, start: int, end: int) -> tuple[int, int, int]:
    """Layout.locate as it was before s62: the words overlapping the span listed, the first and last taken."""
    import bisect

    n = max(0, bisect.bisect_right(layout._starts, start) - 1)  # type: ignore[attr-defined]
    toks = layout.tokens[n] if layout.tokens else ()  # type: ignore[attr-defined]
    if not toks:
        return n, 0, 0
    starts = layout._token_starts[n]  # type: ignore[attr-defined]
    lo = max(0, bisect.bisect_right(starts, start) - 1)
    hi = bisect.bisect_left(starts, max(end, start + 1), lo)
    idx = [i for i in range(lo, hi) if start < toks[i].end]
    return (n, lo, lo) if not idx else (n, idx[0], idx[-1])


def test_layout_locates_every_span_as_the_word_list_did() -> None:
    # (s62) relations.features.Layout.locate finds the first and last word overlapping a span from the words' order
    # (their ends rise), not from a list of them: the same (sentence, first, last) for every span, inside words, between
    # them, across sentences and past the text's ends
    from timeline.relations.features import Layout

    rnd = random.Random(623)
    pieces = ["The", "ferry", "ran", "aground", "on", "Tuesday", ".", ",", "  ", " ", "\n\n", "It's", "10:30", "a.m.", "(", ")"]
    for _ in range(300):
        text = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        layout = Layout.of(text)
        for _ in range(40):
            start = rnd.randint(-2, len(text) + 2)
            end = rnd.randint(start, len(text) + 3)
            assert layout.locate(start, end) == _locate_general(layout, start, end), (text, start, end)


def _time_links_of(text: str, dct: str) -> list[tuple[str, str, str]]:
    import datetime as dt

    from timeline.anchoring import anchor_events
    from timeline.events.detect import detect_events
    from timeline.tagger import tag
    from timeline.text import segment

    doc = segment(text)
    timexes = tag(text, dt.datetime.fromisoformat(dct)).timexes
    events = detect_events(doc, event_model="perceptron")
    words = {**{ev.eid: ev.text for ev in events}, **{t.tid: t.text for t in timexes}}
    return [(words.get(link.source, link.source), str(link.relation.value), words.get(link.target, link.target))
            for link in anchor_events(doc, timexes, events) if link.target in {t.tid for t in timexes}]


def test_a_record_date_after_two_maturity_words_dates_nothing() -> None:
    # (s62) _time_links reads the two words before a time only when the last of them may end a two-word maturity entry
    # ("of record": "record"), the word before it already read; "of record May 29" still dates no event of the clause
    # (my sentence: the record date is the holders', not the declaring's; the payment date is the payout's)
    assert _time_links_of("The board declared a dividend of 5 cents, payable Aug. 1 to shareholders of record July 10.", "2026-05-14") == []
    links = _time_links_of("Directors approved a payout on Tuesday to holders of record May 29.", "2026-05-14")
    assert links and not any(target == "May 29" for _, _, target in links), links

