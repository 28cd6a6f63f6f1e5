"""Session 58, speed: exact shortcuts in the build's stages after tagging (the same timeline, less work).

- ``wordscan.runs_in``: the runs of one character class whose lower case is a word of a small set, found where the
  words are written in the lower-cased text instead of reading every run (``anchoring.fronted._far_since_links``,
  ``assembly.steps._stretch_starts``).

Each shortcut is compared with the work it stands for, over sentences written for it, and the callers' answers on
sentences of their own.
"""

from __future__ import annotations

import random
import re

import pytest

from timeline.wordscan import runs_in

# my own sentences: the wanted words in capitals, inside longer words, at the ends, next to marks and other scripts
_TEXTS = [
    "Since the Harlow mill shut, Since-then and sinces aside, the town has waited since March; SINCE then, nothing.",
    "until Until UNTIL untilled pre-until until's until’s x-until until",
    "Ever since the quay at Orvelin flooded, the ferry has run only since dawn, sincerely yours, since.",
    "Caf\u00e9 owners in Br\u00fcnnhall said since the fire that \u212aelvin since \u0130stanbul since then it rained.",
    "",
    "since",
    "   since   ",
]


def _reference(pattern: "re.Pattern[str]", text: str, words: "set[str]") -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text) if m.group().lower() in words]


def _found(pattern: "re.Pattern[str]", text: str, words: "set[str]") -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in runs_in(pattern, text, words)]


@pytest.mark.parametrize("pattern", [re.compile(r"[A-Za-z]+"), re.compile(r"[\w'’]+"), re.compile(r"[A-Za-z’']+")])
@pytest.mark.parametrize("text", _TEXTS)
def test_runs_in_finds_what_reading_every_run_finds(pattern: "re.Pattern[str]", text: str) -> None:
    for words in ({"since"}, {"until", "since"}, {"since", "sinces"}, {"until's", "until’s"}, {"then", "since"}, set()):
        assert _found(pattern, text, words) == _reference(pattern, text, words), (text, words)


def test_runs_in_finds_each_run_once_at_its_start() -> None:
    text = "Since since, SINCE; sincesince since-since"
    got = _found(re.compile(r"[A-Za-z]+"), text, {"since"})
    assert [g[0] for g in got] == [0, 6, 13, 31, 37]
    assert [g[2] for g in got] == ["Since", "since", "SINCE", "since", "since"]


def test_runs_in_over_random_texts() -> None:
    rng = random.Random(58)
    pieces = ["since", "Since", "SINCE", "until", "Until", "sinc", "e", "ince", "s", " ", " ", ",", "-", "'", "’", "é", "\u0130",
              "\u212a", "then", "x", "\n"]
    patterns = [re.compile(r"[A-Za-z]+"), re.compile(r"[\w'’]+")]
    for _ in range(600):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        for pattern in patterns:
            for words in ({"since"}, {"since", "until"}, {"e", "s"}):
                assert _found(pattern, text, words) == _reference(pattern, text, words), (text, words, pattern.pattern)


def _doc_and_events(text: str):  # type: ignore[no-untyped-def]
    from timeline.events.detect import detect_events
    from timeline.text import segment

    doc = segment(text, "en")
    return doc, detect_events(doc, event_model="perceptron")


def test_stretch_starts_takes_the_verb_after_since() -> None:
    from timeline.assembly.steps import _stretch_starts

    text = ("Landslips have cut the Tarn valley road twice since heavy rain began on Sunday. "
            "The council said crews worked through the night. Since then the Orvel bridge has stayed shut.")
    doc, events = _doc_and_events(text)
    got = {next(e.text for e in events if e.eid == eid) for eid in _stretch_starts(doc, events)}
    assert got == {"began", "stayed"}  # (the base tree's answer: "Since then" opens a stretch too)


@pytest.mark.parametrize("text, pair", [
    ("Fishermen in Arden have sold their catch at the auction in Tolley since the harbour market burned down.", ("sold", "burned")),
    ("Pupils have studied in portable classrooms after the flooding at their school since the river burst its banks.", ("studied", "burst")),
    ("Mira Voss had been living in a rented flat above the bakery since the landlord raised the rent.", None),
])
def test_far_since_orders_the_verb_past_a_noun_after_what_since_introduces(text: str, pair: "tuple[str, str] | None") -> None:
    from timeline.anchoring.cues import anchor_words
    from timeline.anchoring.fronted import _far_since_links

    doc, events = _doc_and_events(text)
    names = {e.eid: e.text for e in events}
    got = [(names[link.source], str(link.relation), names[link.target]) for link in _far_since_links(anchor_words("en"), doc, events, [])]
    assert got == ([] if pair is None else [(pair[0], "after", pair[1])])
