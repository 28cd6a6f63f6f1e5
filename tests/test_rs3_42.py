"""rs3 (session 42): speed paths that must give what the slow paths give.

- ``key_of``'s one-word fast path (a capture of letters and digits only is just lower-cased);
- ``_with_unit_fractions`` searching a line for "a quarter of a century" only when the pattern matches near one of its
  key words (``_may_match_near``), not along every line holding "quarter" or "half".
"""

import random
import re

import pytest

from timeline.recognize.offset_passes import _fraction_parts, _lines_holding, _may_match_near, _with_unit_fractions
from timeline.recognize import _NORMALISE
from timeline.recognize import recognize as _recognize_text
from timeline.recognize import offset_passes
from timeline.recognize.grammar import compile_grammar, longest_match
from timeline.recognize.productions.common import key_of

_WS = re.compile(r"\s+")


def _slow_key(word: str) -> str:
    return _WS.sub(" ", word.lower().replace("’", "'")).replace(" '", "'").strip().rstrip(".")


_WORDS = ["March", "MARCH", "3rd", "Sept.", "new year 's day", "New  Year’s", "Christmas", "İstanbul", "ΣΟΦΟΣ", "q3",
          "mid-", "twenty one", "Dec", " tuesday ", "Ⅻ", "２０２６", "o'clock", "fall.", "Ramadan", "x\u00a0y"]


def test_key_of_fast_path_same_as_slow_path():
    assert [key_of(w) for w in _WORDS] == [_slow_key(w) for w in _WORDS]


def test_key_of_values():
    assert (key_of("March"), key_of("Sept."), key_of("new year 's day"), key_of("3RD")) == ("march", "sept", "new year's day", "3rd")


def test_longest_match_bounded_and_unbounded():
    assert (longest_match(re.compile(r"(?<=x)ab{2,5}(?=c)")), longest_match(re.compile(r"a+b"))) == (6, None)


def _grammar():
    return compile_grammar("en", False)


def test_may_match_near_finds_a_fraction_and_skips_a_plain_quarter():
    keys, pattern, _grains, reach = _fraction_parts(_grammar(), "news_units")
    text = "profit rose in the third quarter.\nthe strike lasted a quarter of an hour."
    first_end = text.index("\n")
    assert not _may_match_near(pattern, text, 0, first_end, keys, reach)
    assert _may_match_near(pattern, text, first_end + 1, len(text), keys, reach)


# own sentences and pieces of them, shuffled into lines: the fraction's words near line ends, a hyphen after the unit, tabs
_PIECES = ["a", "an", "quarter", "quarters", "three", "one", "half", "of", "century", "decade", "year", "hour", "the", "in",
           "three-quarters", "-", " ", "  ", "\t", "\n", ",", "x", "profit", "rose"]
_SENTENCES = [
    "The canal took a quarter of a century to dig.",
    "Rates fell in the fourth quarter, and three quarters of a year later they rose again.",
    "He spoke for a half-hour, then for a quarter-century-old grievance.",
    "The half-year figures came a quarter\nof an hour late.",
    "She waited three-quarters of a decade; the quarter ended.",
    "One quarter of a\tcentury on, the firm's first half was its best.",
]


_PHRASES = ["a quarter of a century", "three quarters of an hour", "one quarter of a decade", "three-quarters of a year",
            "a half-century", "a quarter-hour", "an half-year", "a quarter of the year"]


def _texts() -> list[str]:
    rng = random.Random(42)
    texts = list(_SENTENCES)
    for _ in range(400):
        words = [rng.choice(_PIECES) for _ in range(rng.randint(3, 30))]
        for _ in range(rng.randint(0, 3)):  # a fraction phrase, its spaces written as one or two blanks, a tab or a line break
            phrase = "".join(rng.choice([" ", "  ", "\t", " \t", "\n", "   "]) if c == " " else c for c in rng.choice(_PHRASES))
            words.insert(rng.randint(0, len(words)), rng.choice(["", "-", "x", "(", "the "]) + phrase + rng.choice(["", "-", "s", ".", " x"]))
        texts.append(rng.choice([" ", "", "\n"]).join(words) if rng.random() < 0.3 else " ".join(words))
    return texts


@pytest.mark.parametrize("units", ["news_units", "units"])
def test_unit_fractions_same_with_and_without_the_near_key_test(monkeypatch, units):
    grammar = _grammar()
    texts = _texts()
    fast = []
    for text in texts:
        low = text.translate(_NORMALISE)
        fast.append(_with_unit_fractions(grammar, text, low, [], units, "unit_fraction"))
    monkeypatch.setattr(offset_passes, "_may_match_near", lambda *args: True)  # every line searched, as before
    slow = []
    for text in texts:
        low = text.translate(_NORMALISE)
        slow.append(_with_unit_fractions(grammar, text, low, [], units, "unit_fraction"))
    assert fast == slow
    assert sum(1 for found in fast if found) >= 20  # (the set holds fractions to find, not only misses)


def test_news_quarter_of_an_hour_still_a_fraction():
    found = [m for m in _recognize_text("The meeting ran for a quarter of an hour.") if m.rule == "unit_fraction"]
    assert [m.text for m in found] == ["a quarter of an hour"]


def test_fraction_keys_find_the_lines_every_phrase_word_finds():
    grammar = _grammar()
    table = grammar.lexicon["narrative_fractions"]
    every = tuple(sorted({max(p.split(), key=len) for p in table["fractions"]} | set(table["nouns"])))  # the keys before rs3
    keys = _fraction_parts(grammar, "news_units")[0]
    texts = _texts() + ["the first half\nrose", "Quarters of an hour\nthree-quarters", "no key here"]
    assert len(keys) < len(every)
    assert [_lines_holding(t.translate(_NORMALISE), keys) for t in texts] == [_lines_holding(t.translate(_NORMALISE), every) for t in texts]
