"""The one text layer: sentence splitting with abbreviations, Unicode tokens, offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import timeline
from timeline.lexicon import check_text_data
from timeline.text import segment, tokenize


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in segment(text).spans]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The storm hit Mr. Smith's house on Saturday. It was late.", ["The storm hit Mr. Smith's house on Saturday.", "It was late."]),
        ("She met J. Okoro in Kigali. They spoke.", ["She met J. Okoro in Kigali.", "They spoke."]),
        ("The U.S. Navy sailed. Crowds watched.", ["The U.S. Navy sailed.", "Crowds watched."]),
        ("Talks ended at 5 p.m. The vote follows.", ["Talks ended at 5 p.m.", "The vote follows."]),
        ("The bus left at 5 p.m. Tuesday.", ["The bus left at 5 p.m. Tuesday."]),
        ("Headline without a stop\n\nBody text here.", ["Headline without a stop", "Body text here."]),
        ("“We are ready,” she said. “Go.”", ["“We are ready,” she said.", "“Go.”"]),
        ("Ødegaard scored. Émile replied!", ["Ødegaard scored.", "Émile replied!"]),
        ("Prices rose 3.5 percent. 12 firms closed.", ["Prices rose 3.5 percent.", "12 firms closed."]),
        # a blank line ends a paragraph even when what follows cannot open a sentence
        ("The ferry sailed.\n\nthen the wind rose.", ["The ferry sailed.", "then the wind rose."]),
        ("Rain fell all night (heavily.) \n \n and into the morning.", ["Rain fell all night (heavily.)", "and into the morning."]),
        ("Rain fell. and kept falling.", ["Rain fell. and kept falling."]),
        ("Is it over?! Nobody knows.", ["Is it over?!", "Nobody knows."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_unicode_tokens_keep_their_letters() -> None:
    doc = segment("Im März sank der Kurs.")
    assert [t.text for t in doc.sentences[0].tokens] == ["Im", "März", "sank", "der", "Kurs", "."]


def test_token_offsets_point_into_the_text() -> None:
    text = "A cease-fire didn't hold; fighting resumed."
    doc = segment(text)
    for tok in doc.sentences[0].tokens:
        assert text[tok.start : tok.end] == tok.text
    assert "cease-fire" in doc.sentences[0].words and "didn't" in doc.sentences[0].words


def test_sentence_at_finds_the_holding_sentence() -> None:
    text = "First one here. Second one there."
    doc = segment(text)
    assert doc.sentence_at(text.index("Second")) == (16, len(text))
    assert doc.sentence_at(text.index("one")) == (0, 15)


def test_abbreviation_no_longer_cuts_the_clause_that_dates_an_event() -> None:
    tl = timeline.build("The storm hit Mr. Smith's house on Saturday.", reference_time="2026-12-28")
    hit = next(e for e in tl.events if e.text == "hit")
    assert hit.earliest_start is not None and hit.earliest_start.date().isoformat() == "2026-12-26"


def test_text_data_shape_is_checked() -> None:
    with pytest.raises(ValueError, match="abbreviations"):
        check_text_data({"abbreviations": "Mr", "clause_final": [], "sentence_openers": []}, "xx")


_words = st.sampled_from(["Mr.", "storm", "U.S.", "hit", "On", "Saturday.", "It", "5", "p.m.", "The", "\n\n", "März", "“Go.”", "!", "J."])


@given(st.lists(_words, max_size=40).map(" ".join))
def test_sentences_cover_every_token_once_in_order(text: str) -> None:
    doc = segment(text)
    seen = [t for s in doc.sentences for t in s.tokens]
    assert seen == tokenize(text)
    for s in doc.sentences:
        assert s.start < s.end and not text[s.start].isspace() and not text[s.end - 1].isspace()
        assert all(s.start <= t.start and t.end <= s.end for t in s.tokens)
    non_space = [i for i, c in enumerate(text) if not c.isspace()]
    assert all(any(s.start <= i < s.end for s in doc.sentences) for i in non_space)


def test_tokens_are_made_once_and_only_when_a_sentence_is_read(monkeypatch) -> None:
    import timeline.text as text_module

    calls: list[str] = []
    real = text_module.tokenize

    def counting(text: str, start: int = 0, end: int = -1) -> list:  # type: ignore[type-arg]
        calls.append(text)
        return real(text, start, end)

    monkeypatch.setattr(text_module, "tokenize", counting)
    body = "The ferry left at 6 p.m. on Sunday. It hit the pier an hour later. Nobody was hurt."
    doc = segment(body)
    timeline.tag(doc.text, reference_time="2026-05-12")  # tagging reads spans only
    assert calls == []
    assert [t.text for t in doc.sentences[1].tokens] == ["It", "hit", "the", "pier", "an", "hour", "later", "."]
    assert [t.text for t in doc.sentences[0].tokens][-3:] == ["on", "Sunday", "."]
    assert len(calls) == 1  # the whole text once, shared by its sentences
    assert [t for s in doc.sentences for t in s.tokens] == real(body)
