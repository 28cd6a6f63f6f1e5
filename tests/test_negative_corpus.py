"""Things that must not be tagged: ages, counts, money, model numbers, "May I", verbs."""

from __future__ import annotations

from importlib import resources

import pytest

import timeline


def _sentences() -> list[str]:
    data = (resources.files("timeline.lexicon") / "en" / "negative.txt").read_text(encoding="utf-8")
    return [line for line in data.splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("sentence", _sentences())
def test_negative_corpus_nothing_tagged(sentence: str) -> None:
    doc = timeline.tag(sentence, reference_time="2026-02-02")
    assert [t.text for t in doc.timexes] == []
