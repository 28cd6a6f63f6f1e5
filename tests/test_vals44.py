"""Session 44 (helper vals): TBAQ conventions by half and news values of bench/stories-s44vals (own sentences)."""

from __future__ import annotations

import timeline


def _tags(sentence: str, dct: str = "2026-03-04") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timeline.tag(sentence, reference_time=dct).timexes]


def test_today_before_a_name_or_a_noun_the_day_owns_is_the_day() -> None:
    """The era nouns are matched in lower case and cut to the age's own words (lexicon [vetoes] era_nouns): "today's
    World Cup final", "today's voters" on polling day, "today's climate talks" are the day; "by today's standards", "in
    today's age" stay the present age."""
    assert _tags("Fans gathered early for today's World Cup final.") == [("today", "2026-03-04")]
    assert _tags("Polls opened at 7 a.m., and today's voters faced long queues.")[-1] == ("today", "2026-03-04")
    assert _tags("Ministers arrived for today's climate talks.") == [("today", "2026-03-04")]
    assert _tags("The car was slow by today's standards.") == []
    assert _tags("In today's age, letters are rare.") == []
