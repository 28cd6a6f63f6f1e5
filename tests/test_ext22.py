"""Session 22, helper ext: recognition on news text of my own (issue 12), the cases a rule example cannot carry.

Sentences written for this file; the expected extents follow the TIMEX3 guidelines (docs: shared TIMEX3 brief):
prepositions outside, the words that belong to the expression inside.
"""

from __future__ import annotations

import pytest

import timeline


def _tagged(text: str, reference: str = "2026-03-09", mode: str = "news") -> list[tuple[str, str, str]]:
    return [(t.text, t.type.value, t.value) for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def test_half_an_hour_after_a_money_word_in_the_sentence_before() -> None:
    """A rate's money word stands right before its "an hour"; across a full stop it is no rate ("pounds. Half an hour")."""
    found = _tagged("He took an envelope with 20,000 pounds. Half an hour later, he called a council officer.")
    assert [f[0] for f in found] == ["Half an hour"]
    assert found[0][2] == "PT30M"


def test_half_an_hour_after_a_money_word_ending_a_sentence() -> None:
    """The same for a plain length (rule duration): "pounds. Half an hour passed" is no rate."""
    found = _tagged("The fare rose to 20 pounds. Half an hour passed before the next bus came.")
    assert [(f[0], f[2]) for f in found] == [("Half an hour", "PT30M")]


def test_a_rate_is_still_no_length() -> None:
    assert _tagged("The ferry cruised at 30 kilometres an hour past the harbour wall.") == []


@pytest.mark.parametrize("text", [
    "The ferry docked in Friday Harbor after a rough crossing.",
    "The Friday Club raised money for the lifeboat crew.",
    "Fans gathered at Sunday Park to watch the parade.",
])
def test_a_weekday_that_begins_a_name_is_no_date(text: str) -> None:
    assert _tagged(text) == []


@pytest.mark.parametrize("text,expected", [
    ("On Friday President Ruiz opened the bridge.", "Friday"),  # after "on": a day, whatever the capital after it
    ("The talks resume in the Monday session, officials said.", "Monday"),  # the word after in lower case
    ("Port Strike to End at Friday Midnight", "Friday"),  # a headline: a part of day after it, capitalised, is no name
])
def test_a_weekday_before_a_capitalised_word_is_still_a_day(text: str, expected: str) -> None:
    assert expected in [f[0] for f in _tagged(text)]


def test_a_vague_count_after_in_in_a_history_is_the_time_it_took() -> None:
    """A history's "overrun in a few days" is a length (PXD), not a time ahead of now (was FUTURE_REF once "in N units"
    took vague counts); in news "will reopen in a few weeks" is a time ahead, with bounds."""
    hist = timeline.tag("In 1940 the Low Countries were overrun in a few days.", reference_time="2026-03-09", mode="narrative")
    few = [t for t in hist.timexes if t.text == "a few days"]
    assert few and few[0].value == "PXD" and few[0].type.value == "DURATION"
    news = timeline.tag("The bridge will reopen in a few weeks, the council said.", reference_time="2026-03-11")
    ahead = [t for t in news.timexes if t.text == "a few weeks"]
    assert ahead and ahead[0].earliest is not None and ahead[0].earliest.isoformat() >= "2026-03-25"


def test_news_story_of_my_own_extents() -> None:
    """A short story with the kinds fixed this session: each expression whole, nothing more."""
    text = ("The operator said on Monday that the ferry would return after a busy fortnight of repairs. Smoke was seen "
            "in the engine room late at night on Thursday. A warning stays in place until noon on Wednesday, and crews "
            "expect to reach the island within the hour. The 1970s-era engines had run for the better part of a decade.")
    assert [f[0] for f in _tagged(text)] == ["Monday", "a busy fortnight", "late at night", "Thursday", "noon", "Wednesday",
                                             "the hour", "1970s", "the better part of a decade"]
