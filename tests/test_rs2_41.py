"""Session 41, rs2: the tense reading's quick tests skip only work whose answer they already know.

- tense._forecast_clause: the loop is read only when a forecast subject stands right before one of the words it reads;
- tense._headline_marker: the loop is read only when a marker stands among the words it reads;
- tense.tense_evidence: the words before the expression are tokenised once, for _tense_evidence and the clause-of-time test.

Each quick test is checked against the loop it guards (copied here as it was before the change), on own sentences and on
word lists hypothesis draws from the words the loops read.
"""

from __future__ import annotations

import re
from typing import Optional

from hypothesis import given, settings, strategies as st

import timeline
from timeline.resolve import tense as T, tense_cues, tense_signals
from timeline.resolve.tense_cues import TenseWords, tense_words
from timeline.text import Doc, segment

CUES = tense_words("en")


def _forecast_slow(before: list[str], cues: TenseWords) -> bool:
    """_forecast_clause as it was, without its quick test."""
    verbs = cues.forecast_verbs
    for k in range(len(before) - 1, max(0, len(before) - T._FORECAST_REACH) - 1, -1):
        w = before[k]
        lw = w.lower()
        if lw in verbs and k > 0 and w[:1].islower() and before[k - 1].lower() in cues.forecast_subjects:
            return True
        cue = tense_cues._cue(w, cues)
        if cue == "past" and k > 0 and lw not in cues.past and (before[k - 1].lower() in cues.prepositions or before[k - 1].lower() in cues.determiners):
            continue
        if lw in cues.boundaries or lw in cues.reporting or cue in ("past", "future"):
            return False
    return False


def _headline_slow(before: list[str], cues: TenseWords) -> Optional[int]:
    """_headline_marker as it was, without its quick test."""
    for k, w in enumerate(before[: T._HEADLINE_SUBJECT + 1]):
        if w.lower() in cues.headline_infinitive:
            return None if not 1 <= k <= T._HEADLINE_SUBJECT or k + 1 >= len(before) else k
    return None


def _tense_evidence_slow(doc: Doc, start: int, end: int) -> tuple[Optional[str], int]:
    """tense_evidence as it was: _tense_evidence tokenising its own words, the clause-of-time test tokenising them again."""
    tense, level = T._tense_evidence(doc, start, end)
    if tense == "present" and level <= 1:
        s = doc.sentence_at(start)[0]
        if T._future_time_clause(T._tokens(doc.text, max(s, start - 160), start, CUES), CUES):
            return "future", level
    return tense, level


_VOCAB = (sorted(CUES.forecast_subjects) + sorted(CUES.forecast_verbs)
          + ["Forecasters", "Outlook", "Shows", "SHOWS", "TO", "To", "to", "the", "a", "heavy", "rain", "snow", "coast", "cold", "untreated",
             "roads", "on", "fell", "will", "said", ",", "that", "Storm", "hit", "visit", "Paris", "minister"])
_WORDS = st.lists(st.sampled_from(_VOCAB), max_size=22)


@settings(max_examples=3000, deadline=None)
@given(_WORDS)
def test_forecast_quick_test_keeps_the_answer(before: list[str]) -> None:
    assert T._forecast_clause(before, CUES) == _forecast_slow(before, CUES)


@settings(max_examples=3000, deadline=None)
@given(_WORDS)
def test_headline_quick_test_keeps_the_answer(before: list[str]) -> None:
    assert T._headline_marker(before, CUES) == _headline_slow(before, CUES)


_EDGES = [
    # a forecast subject the farthest word back the loop reads a verb after (and one word further: out of reach)
    ["forecasters", "see"] + ["rain"] * 10,
    ["forecasters", "see"] + ["rain"] * 11,
    ["The", "outlook", "has", "snow", "for"],
    ["charts", "show", "the", "shares", "fell", "in"],
    ["Forecasters", "expect", "rain", "on"],
    # a headline marker at the last place read, and one past it
    ["Storm", "Bella", "and", "its", "heavy", "winds", "to", "hit"],
    ["Storm", "Bella", "and", "its", "heavy", "winds", "now", "to", "hit"],
    ["Minister", "to", "visit"],
    ["To"],
]


def test_quick_tests_on_edges() -> None:
    for before in _EDGES:
        assert T._forecast_clause(before, CUES) == _forecast_slow(before, CUES), before
        assert T._headline_marker(before, CUES) == _headline_slow(before, CUES), before
    assert T._forecast_clause(["forecasters", "see"] + ["rain"] * 10, CUES) is True
    assert T._headline_marker(["Storm", "Bella", "and", "its", "heavy", "winds", "to", "hit"], CUES) == 6


_SENTENCES = [
    "The forecast shows heavy rain for Saturday, and the charts show a cold front crossing the country late on Sunday.",
    "Forecasters see drier weather returning by Thursday after a wet week.",
    "Ferry operator to resume sailings Friday, the company said on Tuesday.",
    "Mayor to open the new bridge on Monday",
    "The firm will cut 40 jobs after the merger is completed in the spring.",
    "She said it would close two stores once the lease runs out in March.",
    "The match will be policed by 300 officers, with roads around the ground closed from 2 p.m. on Saturday.",
    "The council met on Tuesday and voted to delay the plan until next year.",
    "Asked on Wednesday whether he would resign, the minister said no.",
    "Deliveries ordered by December 18 are guaranteed to arrive before Christmas.",
    "On Friday the bakery sold out of bread, and on Saturday it will open at noon.",
    "Prices have risen since March, and analysts expect a cut in June.",
]


def test_tense_evidence_reads_as_before() -> None:
    """At every tagged expression, and at every word of the sentences read as if it were one."""
    for text in _SENTENCES:
        doc = segment(text)
        spans = [(t.start, t.end) for t in timeline.tag(text, reference_time="2026-03-04").timexes]
        assert spans, text
        spans += [(m.start(), m.end()) for m in re.finditer(r"[\w.:]+", text)]
        for start, end in spans:
            assert T.tense_evidence(doc, start, end) == _tense_evidence_slow(doc, start, end), (text, text[start:end])


def _future_signal_slow(text: str, start: int) -> bool:
    """before_future_signal as it was, without its last-word test."""
    if not tense_cues._may_hold_grouped(text, max(0, start - 40), start, tense_signals._future_signal_words("en")):
        return False
    before = " ".join(w.lower() for w in tense_cues._TOKEN.findall(text, max(0, start - 40), start) if w.lower() not in CUES.signal_fillers)
    return any(before.endswith(signal) and (len(before) == len(signal) or before[-len(signal) - 1] == " ") for signal in tense_signals._future_signals("en"))


_SIGNAL_TEXTS = [
    "Shops stocked up ahead of the weekend, as they did last year.",
    "Markets were calm ahead of Sunday's vote.",
    "Retailers are bracing for a busy Saturday, and the town is gearing up for Christmas.",
    "Sales were as strong as Friday's, the firm said, in the run-up to the holiday.",
    "The team is looking forward to Monday; fans are counting down to the final in advance of May.",
    "The bank's outlook for 2027 and its guidance for next year were cut; prepare for March.",
    "Prices rose as expected on Tuesday. Visitors came early, shortly before noon, for the fair.",
    "Elian 's family waited; Getting ready for Tuesday, AHEAD OF the summit, officials met.",
]


def test_future_signal_quick_test_keeps_the_answer() -> None:
    found = 0
    for text in _SIGNAL_TEXTS:
        for start in range(len(text) + 1):
            assert tense_signals.before_future_signal(text, start) == _future_signal_slow(text, start), (text, start)
            found += _future_signal_slow(text, start)
    assert found >= 10  # (the table holds times after a signal, not only times without one)


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(["ahead", "of", "as", "for", "brace", "in", "run", "up", "to", "advance", "the", "just", "Friday",
                                 "'s", " 's", "looking", "forward", "-", "outlook", "early", ",", "."]), max_size=12))
def test_future_signal_quick_test_on_drawn_words(words: list[str]) -> None:
    text = " ".join(words)
    for start in range(len(text) + 1):
        assert tense_signals.before_future_signal(text, start) == _future_signal_slow(text, start), (text, start)


# the token patterns as they were: "no digit before a word" tested before its first letter
_OLD_PATTERNS = {
    "_TOKEN": r"(?<!\d)[A-Za-z'’]+(?: ['’]s\b)?|,(?<!\d,)|,(?!\d)|:(?<!\d:)|:(?!\d)|[;()\"“”]",
    "_CLAUSE_TOKEN": r"(?<!\d)[A-Za-z'’]+(?:-[A-Za-z]+)*(?: ['’]s\b)?|,(?<!\d,)|,(?!\d)|:(?<!\d:)|:(?!\d)|[;()\"“”]",
    "_TOKEN_OR_NUMBER": r"(?<!\d)[A-Za-z'’]+(?: ['’]s\b)?|\d[\d.,]*|,(?<!\d,)|,(?!\d)|:(?<!\d:)|:(?!\d)|[;()\"“”]",
}
_TOKEN_TEXT = st.text(alphabet="aZq9 0’'-,:;.()\"“”s\n", max_size=40)


@settings(max_examples=3000, deadline=None)
@given(_TOKEN_TEXT, st.integers(0, 40), st.integers(0, 40))
def test_token_patterns_match_as_before(text: str, pos: int, endpos: int) -> None:
    for name, old in _OLD_PATTERNS.items():
        new = getattr(tense_cues, name)
        assert new.findall(text, pos, endpos) == re.compile(old).findall(text, pos, endpos), (name, text, pos, endpos)


def test_token_patterns_on_own_sentences() -> None:
    texts = _SENTENCES + _SIGNAL_TEXTS + ["At 9am the 1990s band's 21st show, 5:30 p.m., sold 1,200 tickets; 3rd-quarter sales (up 5%) — ‘Elian ’s’ 2nd."]
    for name, old in _OLD_PATTERNS.items():
        for text in texts:
            for pos in range(len(text)):
                assert getattr(tense_cues, name).findall(text, pos, pos + 30) == re.compile(old).findall(text, pos, pos + 30), (name, text, pos)
