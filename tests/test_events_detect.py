"""Event detection on sentences written for these tests."""

from __future__ import annotations

import pytest

from timeline.events.detect import detect_events
from timeline.events.tokens import sentences, tokenize


def _by_text(text: str):
    return {e.text: e for e in detect_events(text)}


def test_events_detect_finds_verbs_and_event_nouns() -> None:
    found = _by_text("Rebels attacked the garrison on Monday, and the explosion destroyed two bridges.")
    assert {"attacked", "explosion", "destroyed"} <= set(found)
    assert found["attacked"].pos == "VERB" and found["explosion"].pos == "NOUN"


def test_events_detect_reporting_class() -> None:
    assert _by_text("The governor said the roads were closed.")["said"].cls == "REPORTING"


@pytest.mark.parametrize(
    "sentence,word,tense,aspect",
    [
        ("Police arrested three men.", "arrested", "PAST", "NONE"),
        ("The council will vote on the plan.", "vote", "FUTURE", "NONE"),
        ("Engineers have repaired the line.", "repaired", "PRESENT", "PERFECTIVE"),
        ("Crews had evacuated the town.", "evacuated", "PAST", "PERFECTIVE"),
        ("Workers are clearing the roads.", "clearing", "PRESENT", "PROGRESSIVE"),
    ],
)
def test_events_detect_tense_and_aspect(sentence: str, word: str, tense: str, aspect: str) -> None:
    e = _by_text(sentence)[word]
    assert (e.tense, e.aspect) == (tense, aspect)


def test_events_detect_negation_and_modality() -> None:
    found = _by_text("The army did not attack the village, but the port could reopen soon.")
    assert found["attack"].polarity == "NEG"
    assert found["reopen"].modality == "could"
    assert found["reopen"].polarity == "POS"


def test_events_detect_offsets_slice_exactly() -> None:
    text = "Floodwaters rose overnight.\r\nResidents “fled” their homes\u00a0and officials warned of more rain."
    for e in detect_events(text):
        assert text[e.start : e.end] == e.text
        assert e.sentence_start <= e.start < e.end <= e.sentence_end


def test_events_detect_empty_and_odd_input() -> None:
    assert detect_events("") == ()
    assert detect_events("   \n\n ...  ") == ()
    with pytest.raises(TypeError):
        detect_events(None)  # type: ignore[arg-type]


def test_events_detect_is_deterministic_with_stable_ids() -> None:
    text = "The storm hit the coast and flooded the market."
    first, second = detect_events(text), detect_events(text)
    assert first == second
    assert [e.eid for e in first] == [f"e{i}" for i in range(1, len(first) + 1)]


def test_events_tokens_and_sentences() -> None:
    text = "Mr. Reyes spoke at 3 p.m. on Monday. Crews worked all night.\n\nThe port reopened."
    spans = sentences(text)
    assert [text[s:e] for s, e in spans] == ["Mr. Reyes spoke at 3 p.m. on Monday.", "Crews worked all night.", "The port reopened."]
    assert [t.text for t in tokenize("cease-fire, don't")] == ["cease-fire", ",", "don't"]
