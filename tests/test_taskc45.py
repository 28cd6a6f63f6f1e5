"""Session 45, Task C lane: the object a light verb carries is an event only when it is a noun
(anchoring/coreference.implied_event_spans, lexicon anchoring.toml ``implied`` group 2)."""

from __future__ import annotations

import pytest
from test_anchoring import events

import timeline
from timeline.anchoring import implied_event_spans


def _implied(text: str, *verbs: str) -> list[str]:
    return [text[s:e] for s, e in implied_event_spans(text, events(text, *verbs))]


@pytest.mark.parametrize("text, verbs", [
    ("Supporters held such rallies outside the court almost daily.", ("held",)),
    ("The families will make their case to the tribunal in June.", ("make",)),
    ("The delay made them late for the ceremony on Friday.", ("made",)),
    ("The council made some changes to the timetable last week.", ("made",)),
    ("Both sides held these talks in private on Monday.", ("held",)),
])
def test_a_pronoun_or_determiner_after_a_light_verb_is_no_event(text: str, verbs: tuple[str, ...]) -> None:
    assert _implied(text, *verbs) == []


@pytest.mark.parametrize("text, verbs", [
    ("The minister made similar remarks at the dinner on Thursday.", ("made", "remarks")),
    ("The agency made available the flight records on Monday.", ("made",)),
    ("The flooding made impossible any rescue on Sunday night.", ("made", "rescue")),
])
def test_a_word_that_is_no_noun_after_a_light_verb_is_no_event(text: str, verbs: tuple[str, ...]) -> None:
    assert _implied(text, *verbs) == []


@pytest.mark.parametrize("text, verbs, noun", [
    ("The storm made landfall on Saturday.", ("made",), "landfall"),
    ("Nurses held a rally outside the hospital on Tuesday.", ("held",), "rally"),
    ("Dockers staged a walkout at the port on Monday.", ("staged",), "walkout"),
    ("The club made changes to the squad last week.", ("made",), "changes"),
])
def test_a_noun_a_light_verb_carries_is_still_an_event(text: str, verbs: tuple[str, ...], noun: str) -> None:
    assert _implied(text, *verbs) == [noun]


def test_a_built_timeline_has_no_event_on_the_determiner() -> None:
    tl = timeline.build("Supporters held such rallies outside the court almost daily in March.", reference_time="2026-04-02", event_model="perceptron")
    assert "such" not in [e.text for e in tl.events]
