"""Helper speed, sixty-first session (issue 11, build throughput): each fast path gives what the general one gives.

No timing is asserted: the tests hold the outputs of the faster ways to those of the ways they replace.
"""

from __future__ import annotations

import random
import re

import timeline
from timeline import text as T

# my own pieces of ASCII text: words, hyphens and apostrophes inside and around them, digits, marks, every kind of space
# and the separators \x1c-\x1f (a token for ``regex``, whitespace for ``re``'s own \s)
TOKEN_PIECES = ["said", "It's", "o'clock", "10-12", "-", "'", "x", "Q", "7", "_", "a_b", ".", ",", '"', "(", " ", "  ", "\t",
                "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x00", "\x7f", "--", "''", "re-open", "e-mail's"]


def _general(text: str, start: int = 0, end: int = -1) -> list[T.Token]:
    """The tokens as the ``regex`` pattern finds them (the way every text took before s61)."""
    stop = len(text) if end < 0 else end
    return [T.Token(m.start(), m.end(), m.group()) for m in T._TOKEN.finditer(text, start, stop)]


def test_ascii_tokens_are_the_general_patterns() -> None:
    rnd = random.Random(61)
    for _ in range(20000):
        text = "".join(rnd.choice(TOKEN_PIECES) for _ in range(rnd.randint(0, 12)))
        assert T.tokenize(text) == _general(text), repr(text)
        start = rnd.randint(0, len(text))
        end = rnd.randint(start, len(text))
        assert T.tokenize(text, start, end) == _general(text, start, end), (repr(text), start, end)


def test_every_ascii_character_is_tokenised_as_before() -> None:
    every = "".join(map(chr, range(128)))
    assert T.tokenize(every) == _general(every)
    assert T.tokenize("The ferry left at 6 a.m. on Tuesday\x1c and didn't return.") == _general("The ferry left at 6 a.m. on Tuesday\x1c and didn't return.")


def test_a_text_with_other_characters_takes_the_general_pattern() -> None:
    # the curly apostrophe and accented letters are the ``regex`` pattern's alone
    text = "The café’s owner re‑opened it on Friday."
    assert T.tokenize(text) == _general(text)
    assert [t.text for t in T.tokenize(text)][:3] == ["The", "café’s", "owner"]


# anchoring/perfect.py _perfect_participle: a verb with no marker ("having") in the 24 characters before it is told at once
# that it is no perfect participle; the words the full test reads are those of the lower-cased span

PARTICIPLE_PIECES = ["Having", "having", "HAVING", "been", "not", "lost", "the", "vote", ",", ".", " ", "  ", "\n", "’", "'",
                     "Ünited", "café", "haveing", "behaving", "beHaving", "Σ", "İ", "-", "having-been"]


def _perfect_participle_general(cues: object, text: str, ev: object) -> bool:
    from timeline.anchoring.cues import _tokens_between

    before = _tokens_between(text, max(0, ev.start - 24), ev.start)[-2:]  # type: ignore[attr-defined]
    if before and before[-1] in ("been", "not") and len(before) == 2:
        before = before[:1]
    return bool(before) and before[-1] in cues.perfect_participle_markers  # type: ignore[attr-defined]


class _At:
    def __init__(self, start: int) -> None:
        self.start = start


def test_perfect_participle_quick_test_gives_the_full_tests_answer() -> None:
    from timeline.anchoring.cues import anchor_words
    from timeline.anchoring.perfect import _perfect_participle

    cues = anchor_words("en")
    rnd = random.Random(612)
    told = 0
    for _ in range(3000):
        text = " ".join(rnd.choice(PARTICIPLE_PIECES) for _ in range(rnd.randint(1, 9)))
        for start in range(len(text) + 1):
            expected = _perfect_participle_general(cues, text, _At(start))
            assert _perfect_participle(cues, text, _At(start)) == expected, (repr(text), start)
            told += expected
    assert told > 1000  # (many positions right after a marker, "Having been", "having not": the answer True is checked too)


def test_a_sentence_opening_perfect_participle_is_found() -> None:
    """"Having lost the vote, the minister resigned on Friday.": "lost" is a perfect participle, "resigned" is not."""
    from timeline.anchoring.cues import anchor_words
    from timeline.anchoring.perfect import _perfect_participle

    cues = anchor_words("en")
    text = "Having lost the vote, the minister resigned on Friday. HAVING been warned twice, the club was fined."
    assert _perfect_participle(cues, text, _At(text.index("lost")))
    assert _perfect_participle(cues, text, _At(text.index("warned")))
    assert not _perfect_participle(cues, text, _At(text.index("resigned")))


# anchoring/time_offsets.py compared_base with the text's may_match of its two patterns (as _time_links asks it): the same
# answer for every time of the text as the searches alone give

COMPARED = ("Shares in the airline had their biggest one-day drop since March 2020 on Monday. Sales fell 8 percent from a "
            "year earlier in the third quarter, the company said on Tuesday. Profit was lower than in 2019. It became the first "
            "woman-led council in 1986. The river reached its highest level in 40 years last week.")


def test_compared_base_with_the_texts_word_tests_gives_the_searches_answer() -> None:
    """The times of my sentences (reference Wednesday 7 April 2027): "since March 2020", "a year earlier", "in 2019", "in 40
    years" are bases or spans compared over; "on Monday", "in the third quarter", "on Tuesday", "in 1986", "last week" are not."""
    from timeline.anchoring.cues import anchor_words
    from timeline.anchoring.time_offsets import compared_base
    from timeline.wordscan import may_match

    cues = anchor_words("en")
    times = timeline.tag(COMPARED, "2027-04-07").timexes
    may = (may_match(cues.superlative_span, COMPARED), may_match(cues.comparison_base, COMPARED))
    answers = {t.text: compared_base(cues, COMPARED, t, 0) for t in times}
    assert answers == {t.text: compared_base(cues, COMPARED, t, 0, may) for t in times}
    assert {text for text, compared in answers.items() if compared} == {"March 2020", "a year earlier", "2019", "40 years"}


# anchoring/governor.py _governor with the text's may_match of admission_topic and period_topic (as _time_links asks it)

GOVERNED = ("Tickets for Saturday sold out within an hour, the club said on Monday. The retailer will publish its results for the "
            "quarter on 29 October. Seats for the final went on sale on Tuesday.")


def test_governor_with_the_texts_word_tests_gives_the_searches_answer() -> None:
    """My sentences (reference Wednesday 7 April 2027): "Saturday" is the day of what the tickets are for, so no verb of its
    clause takes it, while "on Monday" is the saying's; the words before "the quarter" name the results (lexicon period_topic)."""
    from timeline.anchoring.cues import _by_sentence, anchor_words
    from timeline.anchoring.governor import _governor
    from timeline.events.detect import detect_events
    from timeline.text import segment
    from timeline.wordscan import may_match

    cues = anchor_words("en")
    doc = segment(GOVERNED)
    events = sorted(detect_events(doc, event_model="perceptron"), key=lambda e: (e.start, e.end, e.eid))
    grouped = _by_sentence(doc, events)
    may = (may_match(cues.admission_topic, GOVERNED), may_match(cues.period_topic, GOVERNED))
    governed = {}
    for t in timeline.tag(GOVERNED, "2027-04-07").timexes:
        in_sentence = grouped.get(doc.sentence_index(t.start), ())
        plain = _governor(cues, t, in_sentence, GOVERNED, doc.sentence_at(t.start))
        assert _governor(cues, t, in_sentence, GOVERNED, doc.sentence_at(t.start), may=may) is plain, t.text
        governed[t.text] = None if plain is None else plain.text
    assert governed["Saturday"] is None and governed["Monday"] == "said"


# wordscan.scanner: a whole-text scan from the characters a match can begin with gives the pattern's own matches

SCAN_PIECES = ["since then", "Since then", "SINCE THEN", "until then", "Till then", "before that,", "After this.", "has since",
               "have long since", "'ve since", "Saturday's derby", "week's big final", "the semi-finals", "a final on",
               "within 30 hours of the raid", "made landfall", "Following the", "shortly after the", "İ", "ı", "ſ", "K",
               " ", "  ", "\n", ",", ".", ";", "x", "Q", "’s", "'s", "the", "vote", "2020", "-"]


def test_scanner_finds_what_the_pattern_finds() -> None:
    from timeline.anchoring.cues import anchor_words
    from timeline.wordscan import scanner

    cues = anchor_words("en")
    patterns = [v for v in (getattr(cues, name) for name in dir(cues) if not name.startswith("_")) if isinstance(v, re.Pattern)]
    rnd = random.Random(614)
    texts = ["".join(rnd.choice(SCAN_PIECES) for _ in range(rnd.randint(0, 30))) for _ in range(300)]
    texts.append(" ".join(SCAN_PIECES))
    scanned = 0
    for pattern in patterns:
        fast = scanner(pattern)
        scanned += fast is not pattern
        for text in texts:
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [(m.span(), m.groups()) for m in pattern.finditer(text)], (pattern.pattern, text)
    assert scanned > 20  # (most lexicon patterns open with words: they get the lookahead)


def test_scanner_keeps_a_pattern_whose_first_characters_it_cannot_tell() -> None:
    from timeline.wordscan import scanner

    for kept in (r"\w+ed", r"x*y", r"(?i:since) then", r"[^a]b", r"(?:a|)b", r".b", r"\bb?"):
        pattern = re.compile(kept)
        assert scanner(pattern) is pattern, kept
    folded = scanner(re.compile(r"\bkeep\b", re.I))  # case folding: "K" (the Kelvin sign) matches "k"
    assert [m.group() for m in folded.finditer("KEEP, keep, \u212aeep")] == ["KEEP", "keep", "\u212aeep"]
    verbose = scanner(re.compile(r"since \s+ then  # a comment at the end", re.X))
    assert [m.span() for m in verbose.finditer("ever since  then")] == [(5, 16)]
