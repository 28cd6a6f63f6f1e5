"""Session 57, speed: exact shortcuts in recognition and resolution (the same output, less work).

- ``recognize._in_idiom`` asks its window search only where a phrase of lexicon [vetoes] idioms / names is written at
  one of the places it could hold the match (``_placed_phrases`` + ``_phrase_at``), in ASCII text.

Each test compares the shortcut with the full work it stands for, over sentences written for it.
"""

from __future__ import annotations

import random
import re

import pytest

from timeline.recognize import _idioms, _in_idiom, _phrase_at, _placed_phrases
from timeline.recognize.grammar import compile_grammar

# my own sentences: idioms and names of lexicon [vetoes] near, around and overlapping time words, in capitals and not
_IDIOM_TEXTS = [
    "Every now and then the tram to Orvel ran late; now it runs every day, and the day-to-day work fell to Mira on Friday.",
    "Tomas read the Mail on Sunday on a Sunday. Girl Friday opened on Friday night, and they called it a day at noon.",
    "In this day and age the Today programme is heard today; it was a matter of days, then a matter of weeks, now or never.",
    "Day to day costs at Brennick rose last week; the day-to-day-to-day running of the yard was built in a day on Monday.",
    "Fans of Saturday Night Live met at high noon on Saturday night; the Evening Standard came out that evening.",
    "It is now and again and again now; every now and then and then now and then; a matter of years, not of hours.",
]


def _spans(text: str) -> list[tuple[int, int]]:
    """Every span of one to four words of ``text`` (as a match may cover), and each word's pieces at a hyphen."""
    words = [(m.start(), m.end()) for m in re.finditer(r"[\w'-]+", text)]
    spans = [(words[i][0], words[j][1]) for i in range(len(words)) for j in range(i, min(i + 4, len(words)))]
    return spans + [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z]+", text)]


def _full_search(grammar, text: str, start: int, end: int) -> bool:  # type: ignore[no-untyped-def]
    """What ``_in_idiom`` answers without any shortcut: the window around the match searched for every phrase."""
    for key, lower in (("idioms", True), ("names", False)):
        pattern, width, joined = _idioms(grammar, key)
        if pattern is None:
            continue
        low = max(0, start - width)
        window = text[low : end + width]
        if lower:
            window = window.lower()
        inside = window[start - low : end - low]
        if inside in joined:
            if any(m.start() + low <= start and end <= m.end() + low for m in pattern.finditer(window)):
                return True
            continue
        cut = inside.rfind(" ")
        if lower and cut > 0 and inside[cut + 1 :] in joined:
            if any(start < m.start() + low < end < m.end() + low for m in pattern.finditer(window)):
                return True
    return False


@pytest.mark.parametrize("text", _IDIOM_TEXTS)
def test_in_idiom_answers_as_the_full_search(text: str) -> None:
    grammar = compile_grammar("en")
    found = 0
    for start, end in _spans(text):
        assert _in_idiom(grammar, text, start, end) == _full_search(grammar, text, start, end), text[start:end]
        found += _in_idiom(grammar, text, start, end)
    assert found >= 3  # (some spans do lie in a phrase)


def test_in_idiom_answers_as_the_full_search_in_random_texts() -> None:
    grammar = compile_grammar("en")
    pieces = ["now", "and", "then", "again", "every", "day", "to", "-", "a", "matter", "of", "days", "Sunday", "Mail", "on",
              "Girl", "Friday", "call", "it", "night", "high", "noon", "Day", "built", "in", "Today", "programme", "week"]
    rnd = random.Random(57)
    held = 0
    for _ in range(400):
        text = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10))).replace(" - ", "-")
        for start, end in _spans(text):
            answer = _in_idiom(grammar, text, start, end)
            assert answer == _full_search(grammar, text, start, end), (text, text[start:end])
            held += answer
    assert held > 50


def test_placed_phrases_hold_the_match_or_run_past_it() -> None:
    grammar = compile_grammar("en")
    holding = _placed_phrases(grammar, "idioms", "day", False)
    assert ("call it a day", -10) in holding and ("day-to-day", 0) in holding and ("day-to-day", -7) in holding
    past = _placed_phrases(grammar, "idioms", "last day", True)
    assert ("day-to-day", 5) in past and ("day to day", 5) in past
    assert ("day to day", 1) in _placed_phrases(grammar, "idioms", "xday to", True)  # (from the match's second character)
    assert ("a day late and a dollar short", 6) in _placed_phrases(grammar, "idioms", "built a", True)  # (its last one)
    assert all(not p.startswith("last") for p, _ in past)  # (a phrase opening where the match does holds it, asked apart)
    names = _placed_phrases(grammar, "names", "Friday", False)
    assert ("Man Friday", -4) in names and ("Girl Friday", -5) in names and ("friday", 0) not in names


def test_phrase_at_reads_the_text_where_the_phrase_would_be() -> None:
    text = "They Called It A Day at noon."
    start = text.index("Day")
    places = (("call it a day", -10), ("called it a day", -12))
    assert _phrase_at(text, places, start, True)
    assert not _phrase_at(text, places, start, False)  # (as written: no lower-case phrase there)
    assert not _phrase_at(text, (("called it a day", -13),), start, True)  # one character off
    assert not _phrase_at("a day", (("call it a day", -10),), 2, True)  # (before the text's start: none)


def test_story_saved_reads_every_attribute_of_its_state_in_order() -> None:
    from timeline.resolve.story import _STATE, Story

    story = Story()
    marks = [object() for _ in _STATE]
    for name, mark in zip(_STATE, marks):
        setattr(story, name, mark)
    assert story.saved() == tuple(marks)
    other = Story()
    other.restore(story.saved())
    assert other.saved() == tuple(marks)


def test_numeral_trie_is_the_grammars_lookahead() -> None:
    from timeline.recognize import _numeral_trie

    grammar = compile_grammar("en")
    for numeral in ("9.5", "9.45", "12.30", "1,000", "1999.5", "1,000,000", "7.45", "123456.7", "3,50"):
        assert _numeral_trie(grammar, numeral) is grammar.lookahead(numeral), numeral
        assert _numeral_trie(grammar, numeral) is grammar.lookahead(numeral), numeral  # (again, from the memo)
    assert _numeral_trie(grammar, "9.5") is not _numeral_trie(grammar, "1,000")


def test_numbers_with_decimals_and_thousands_keep_their_times() -> None:
    import timeline

    text = ("The Kelvar ferry left at 9.45 on Monday with 1,200 people; 2.5 million tickets were sold in 1,000 days, "
            "and the 12.30 train ran 3.5 hours late on 12.5.2026.")
    got = [(t.text, t.value) for t in timeline.tag(text, reference_time="2026-05-20")]
    assert ("9.45", "2026-05-18T09:45") in got and ("Monday", "2026-05-18") in got
    assert ("1,000 days", "P1000D") in got and ("3.5 hours", "PT3H30M") in got and ("12.5.2026", "2026-05-12") in got
