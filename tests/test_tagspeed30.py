"""Session 30 (tagspeed): the memo of tense cues and the line-by-line search for unit fractions give what the plain
computations give."""

from __future__ import annotations

import attrs

import timeline
from timeline.resolve import tense_cues
from timeline.resolve.tense_cues import _cue, _read_cue, tense_words

# capitalised and lower-case forms differ ("May" a month, "may" a modal; "Led" a name, "led" a past form)
_WORDS = ["may", "May", "led", "Led", "will", "Will", "said", "rebuilt", "united", "United", "walked", "Walked", "is", "the", "planned"]


def test_cue_memo_keeps_each_word_as_written() -> None:
    cues = attrs.evolve(tense_words("en"))  # (a fresh memo)
    expected = {w: _read_cue(w, cues) for w in _WORDS}
    assert expected["may"] == "future" and expected["May"] is None and expected["led"] == "past" and expected["Led"] is None
    for _ in range(2):  # read, then remembered
        for w in _WORDS + list(reversed(_WORDS)):
            assert _cue(w, cues) == expected[w], w
    assert set(cues.cue_memo) == set(_WORDS)


def test_cue_memo_is_bounded(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(tense_cues, "_CUE_WORDS", 3)
    cues = attrs.evolve(tense_words("en"))
    assert [_cue(w, cues) for w in _WORDS] == [_read_cue(w, cues) for w in _WORDS]
    assert len(cues.cue_memo) == 3


def test_fractions_found_on_every_line_holding_one() -> None:
    # "quarter" on the first line is no fraction; a line without any fraction's word lies between the two found
    text = ("Shares rose in the first quarter.\nThe meeting ran for a quarter of an hour.\nNothing else happened.\n"
            "It took three quarters of an hour, then a half-hour.")
    found = [(t.text, t.value) for t in timeline.tag(text, reference_time="2026-12-04").timexes]
    assert found == [("the first quarter", "2026-Q1"), ("a quarter of an hour", "PT15M"), ("three quarters of an hour", "PT45M"),
                     ("a half-hour", "PT30M")]
