"""Session 43 (helper vals): conventions measured on TBAQ and news values of the s43 value sets (sentences written for
this project)."""

from __future__ import annotations

import timeline


def _tags(sentence: str, dct: str = "2026-03-04") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timeline.tag(sentence, dct).timexes]


def test_now_opening_a_sentence_before_a_comma_is_a_discourse_marker() -> None:
    """ "Now, he says, ...": no time (lexicon [vetoes] discourse_openers; TBAQ leaves "Now," untagged in both halves);
    "Now the plan is clear", "For now, ...", "until now," and "now" inside a clause stay times."""
    assert _tags("Now, he says, the plan looks weak.") == []
    assert _tags("The bridge reopened. Now, the ferry has few riders.") == []
    assert _tags('"Now, we wait for the court," the mayor said.') == []
    assert _tags("Now the plan is clear.") == [("Now", "PRESENT_REF")]
    assert _tags("For now, the road stays shut.") == [("now", "PRESENT_REF")]
    assert _tags("Until now, nobody had asked the tenants.") == [("now", "PRESENT_REF")]
    assert _tags("The road is shut for now, the council said.") == [("now", "PRESENT_REF")]
    assert _tags("The firm now, after the sale, owns two mills.") == [("now", "PRESENT_REF")]


def test_a_season_that_is_also_a_verb_is_a_season_after_a_weather_word() -> None:
    """ "after a wet spring", "the mild fall": the season (lexicon [vetoes] season_weather after season_weather_determiners),
    bounded as the season; "a sharp fall in prices", "a hot spring", "prices fall" stay no time."""
    tl = timeline.tag("Yields fell after a wet spring.", "2027-08-18")
    assert [(t.text, t.value, t.earliest.date().isoformat(), t.latest.date().isoformat()) for t in tl.timexes] == [
        ("spring", "2027-SP", "2027-03-01", "2027-06-01")]
    assert _tags("The orchards will need rain after a dry fall.", "2027-12-01") == [("fall", "2027-FA")]
    assert _tags("Growers hope the wet spring is over.", "2027-05-20") == [("spring", "2027-SP")]
    assert _tags("Shares suffered a sharp fall in prices.") == []
    assert _tags("The hikers bathed in a hot spring.") == []
    assert _tags("Prices fall in a cold market.") == []
    assert _tags("Wheat prices may fall after a wet harvest.") == []
