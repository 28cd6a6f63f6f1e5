"""Session 47 tagger speed: per-document work skipped where it cannot act (outputs identical)."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline import tagger
from timeline.lexicon import load_lexicon
from timeline.recognize import recognize
from timeline.recognize.grammar import compile_grammar
from timeline.recognize.story_passes import _round_decades_beside_decades
from timeline.recognize.year_passes import _with_bare_clock_ranges, _with_early_range_ends, _with_paired_days
from timeline.resolve import resolve
from timeline.resolve import story_events, story_periods
from timeline.resolve.anchors import Context
from timeline.text import segment

REF = "2026-03-11"


def test_tag_doc_stages_are_the_recognizer_and_the_resolver() -> None:
    assert tagger._stages() == (recognize, resolve)


# my own sentences: each holds what one of the recognizer's later passes adds
@pytest.mark.parametrize("text, rule, expected", [
    ("The library is open on Saturday from 10 to 4.", "bare_clock_range", ["10", "4"]),
    ("The ferry sails every morning from 6 to 9.", "bare_clock_range", ["6", "9"]),
    ("The fair runs on April 6-7 at the showground.", "paired_day", ["7"]),
    ("Trials are set for 3-4 May in the old hall.", "paired_day", ["3"]),
])
def test_later_passes_still_add_their_expressions(text: str, rule: str, expected: list[str]) -> None:
    found = [t.text for t in timeline.tag(text, reference_time=REF).timexes if t.rule == rule]
    assert found == expected


def test_round_hundred_beside_a_decade_is_still_a_decade() -> None:
    doc = timeline.tag("Prices doubled between the 1890s and the 1900s, records show.", reference_time=REF)
    assert [t.value for t in doc.timexes] == ["189", "190"]


def test_early_range_end_still_found_in_a_history() -> None:
    doc = timeline.tag("The abbey was built from 1066 to 1087.", reference_time=REF, mode="narrative")
    assert [(t.text, t.value, t.rule) for t in doc.timexes] == [("1066", "1066", "early_year"), ("1087", "1087", "early_year_end")]


# texts with none of what each pass looks for: every pass gives back the very list it was given
@pytest.mark.parametrize("text", ["x", "The council met on Tuesday.", "Sales rose 4 percent in the first half.", "It rained for two days."])
def test_later_recognition_passes_give_back_their_input_when_nothing_applies(text: str) -> None:
    grammar = compile_grammar("en", False)
    low = text.lower()
    mentions = recognize(text, "en")
    assert _with_bare_clock_ranges(grammar, text, low, mentions) is mentions
    assert _with_paired_days(grammar, text, low, mentions) is mentions
    assert _with_early_range_ends(grammar, text, low, mentions) is mentions
    assert _round_decades_beside_decades(grammar, low, mentions) is mentions


NARRATIVE_STEPS = [story_events.birthday_days, story_events.same_day_of_event, story_events.parts_of_offset_days,
                   story_periods.decades_of_story_centuries, story_events.offset_extents, story_periods.regnal_years,
                   story_periods.numbered_day_parts, story_periods.period_ends]


@pytest.mark.parametrize("step", NARRATIVE_STEPS, ids=lambda f: f.__name__)
def test_history_steps_give_back_their_input_in_news(step) -> None:  # type: ignore[no-untyped-def]
    # resolve() calls these only in narrative mode: in news each must return the list it is given, unchanged
    text = "On his thirtieth birthday, the morning after the battle, in the third year of his reign, the same day, two days later."
    doc = segment(text)
    mentions = recognize(text, "en")
    timexes = list(resolve(mentions, doc, dt.datetime(2026, 3, 11), mode="news"))
    ctx = Context(doc, dt.datetime(2026, 3, 11), "news", load_lexicon("en"))
    assert step(ctx, mentions, timexes) is timexes
