"""English words moved from code into the lexicon (session 38): each list still decides what it decided in code.

Sentences are the project's own.  Each test names the lexicon key it depends on; emptying that key turns it red.
"""

from __future__ import annotations

import datetime as dt

import pytest

import timeline


def _timexes(text: str, ref: str, mode: str = "news") -> list[tuple[str, str, dt.datetime | None, dt.datetime | None]]:
    doc = timeline.tag(text, reference_time=ref, mode=mode)
    return [(t.text, t.value, t.earliest, t.latest) for t in doc.timexes]


def test_a_late_afternoon_is_not_narrowed_again_by_its_late():
    # [parts_of_day] "late afternoon" narrowed = true: its hours (15-19) already are the late part
    (found,) = _timexes("Late Friday afternoon the fire started.", "2020-01-01")
    assert found == ("Late Friday afternoon", "2019-12-27TAF", dt.datetime(2019, 12, 27, 15), dt.datetime(2019, 12, 27, 19))


def test_a_clock_time_after_by_carries_the_story_on_to_the_next_day():
    # [clock_carry_signals] forward: "By 8:15 p.m." after a night that ran into Monday is Monday's evening; without the
    # signal ("had left port at 8:15 p.m.") it is the evening the story began on
    story = ("The ship ran aground late on Sunday evening, and the last passengers were brought ashore before 4 a.m. on Monday. "
             "{} the vessel had been towed away.")
    assert _timexes(story.format("By 8:15 p.m."), "2020-01-01")[-1][1] == "2019-12-30T20:15"
    left = "The ship ran aground late on Sunday evening, and the last passengers were brought ashore before 4 a.m. on Monday. The vessel had left port at 8:15 p.m."
    assert _timexes(left, "2020-01-01")[-1][1] == "2019-12-29T20:15"


@pytest.mark.parametrize("text, extent", [
    # [event_offsets] length_phrase_leads / phrase_determiners: "of" opens a length's event phrase; "the" after it stays in
    ("In 1850 the war began. After the first two years of the siege, the town fell.", "the first two years of the siege"),
    # ... phrase_links: a determiner after a link stays in the phrase
    ("In 1850 the war began. Four days after the vote in the assembly, the king fled.", "Four days after the vote in the assembly"),
    ("In 1850 the war began. Three weeks after the battle of the river, peace came.", "Three weeks after the battle of the river"),
])
def test_narrative_event_phrases_follow_the_lexicon_words(text: str, extent: str):
    assert [t[0] for t in _timexes(text, "2020-01-01", "narrative")][-1] == extent


def test_a_determiner_after_a_noun_opens_another_clause():
    # [event_offsets] phrase_determiners: "the" after "death" (no link between) starts the main clause
    found = _timexes("In 1850 the war began. Two years after his death the barons, still angry, rose again.", "2020-01-01", "narrative")
    assert found[-1][0] == "Two years"


def test_a_phrase_ending_on_a_link_is_no_event_phrase():
    # [event_offsets] phrase_links: "and" cannot end the phrase
    assert [t[0] for t in _timexes("The town held out for three months of hunger and.", "2020-01-01", "narrative")] == ["three months"]
