"""Narrative mode tags more (bare early years after "in", "by", ...): the negative corpus must stay
untagged there too, and those years only in narrative mode."""

from __future__ import annotations

from importlib import resources

import pytest

import timeline


def _sentences() -> list[str]:
    data = (resources.files("timeline.lexicon") / "en" / "negative.txt").read_text(encoding="utf-8")
    return [line for line in data.splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("sentence", _sentences())
def test_negative_corpus_nothing_tagged_in_narrative_mode(sentence: str) -> None:
    doc = timeline.tag(sentence, reference_time="2026-02-02", mode="narrative")
    assert [t.text for t in doc.timexes] == []


# a three-digit year stays a history's (a four-digit one before 1600 is a year in news too: tests/test_values15b.py)
@pytest.mark.parametrize("sentence", ["In 453 the old harbour town fell.", "The duke ruled until 890 and then retired."])
def test_early_year_only_in_narrative_mode(sentence: str) -> None:
    news = timeline.tag(sentence, reference_time="2026-02-02", mode="news")
    story = timeline.tag(sentence, reference_time="2026-02-02", mode="narrative")
    assert [t.text for t in news.timexes] == []
    assert [t.rule for t in story.timexes] == ["early_year"]


def test_bc_era_ends_at_a_year_of_the_common_era() -> None:
    """After a year AD the bare early years are AD again."""
    doc = timeline.tag("Rome fell in 410 BC. The town was rebuilt in AD 420. By 450 it was rich.", reference_time="2026-02-02", mode="narrative")
    assert [(t.text, t.value) for t in doc.timexes] == [("410 BC", "BC0410"), ("AD 420", "0420"), ("450", "0450")]


@pytest.mark.parametrize("sentence,expected", [
    ("The king reigned from 1066 to 1087.", [("1066", "1066"), ("1087", "1087")]),
    ("In 1453 and 1454 the walls were rebuilt.", [("1453", "1453"), ("1454", "1454")]),
    ("Hannibal crossed the Alps in 218 BC. From 211 to 207 he fought in the south.", [("218 BC", "BC0218"), ("211", "BC0211"), ("207", "BC0207")]),
    # too far apart, or three digits outside a story in years BC: amounts
    ("The price rose from 1200 to 1500, the clerk wrote.", []),
    ("The garrison grew from 300 to 400, and then shrank.", []),
])
def test_range_of_early_years(sentence: str, expected: list[tuple[str, str]]) -> None:
    doc = timeline.tag(sentence, reference_time="2026-02-02", mode="narrative")
    assert [(t.text, t.value) for t in doc.timexes] == expected
