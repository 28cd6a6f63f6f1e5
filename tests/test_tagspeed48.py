"""Session 48 tagger speed: fast paths that must answer as the slow paths they stand before (outputs identical)."""

from __future__ import annotations

import itertools

import pytest

import timeline
from timeline import context
from timeline.errors import ReferenceTimeError
from timeline.recognize.grammar import compile_grammar
from timeline.recognize.offset_passes import _fraction_parts, _lines_holding, _may_match_near, _with_unit_fractions
from timeline.recognize import recognize

REF = "2026-03-11"


def _slow(value: str) -> "object":
    """The full parse of a string reference time: its datetime, or the error message it gives."""
    try:
        return context._parsed_string(value, "reference_time")
    except ReferenceTimeError as exc:
        return str(exc)


def _fast(value: str) -> "object":
    try:
        return context.parse_reference_time(value)
    except ReferenceTimeError as exc:
        return str(exc)


# plain days (existing, impossible, out of range, year 0) and strings that only look like one
_DAYS = ["2026-03-11", "1998-02-13", "2024-02-29", "2023-02-29", "2026-02-30", "2026-13-01", "2026-00-10", "0000-01-01",
         "0001-01-01", "0001-01-02", "9999-12-30", "9999-12-31", "2026-3-011", "2026/03/11", "20260311", " 2026-03-1",
         "2026-03-1 ", "２０２６-03-11", "2026-0٣-11", "2026-03-11T09:30", "2026-03-11Z", "abcd-ef-gh", "2026--3-11", "+026-03-11"]


@pytest.mark.parametrize("value", _DAYS)
def test_plain_day_fast_path_answers_as_the_full_parse(value: str) -> None:
    assert _fast(value) == _slow(value)


def test_plain_day_fast_path_agrees_on_every_day_shape() -> None:
    # every "YYYY-MM-DD" built from these parts: leap days, month ends, month 0 and 13, year 0 and the calendar's ends
    years, months, days = ("0000", "0001", "1900", "2000", "2024", "2026", "9999"), ("00", "01", "02", "04", "12", "13"), ("00", "01", "28", "29", "30", "31", "32")
    for y, m, d in itertools.product(years, months, days):
        value = f"{y}-{m}-{d}"
        assert _fast(value) == _slow(value), value


def test_plain_day_fast_path_is_taken_for_plain_days_only() -> None:
    assert context._plain_day("2026-03-11") is not None
    assert context._plain_day("2026-02-30") is None  # (the full parse says what is wrong)
    assert context._plain_day("2026-03-11T00:00") is None
    assert context._plain_day("２０２６-03-11") is None


# my own sentences: fractions of units in news, one ending its line, one in a later paragraph
_FRACTION_TEXTS = [
    "The lift was stuck for a quarter of an hour on Monday.",
    "Crews worked for three quarters of an hour\nbefore the line reopened.",
    "Officials said the pumps ran for a half-hour.\n\nThe road reopened at noon after a quarter-hour of checks.",
    "The rail link took a quarter of a century to build, its engineers said.",
    "Sales in the second quarter rose by half, the company said.\nThe first half was flat.",
    "A quarter of the staff left last year, and half of them returned.",
]


@pytest.mark.parametrize("text", _FRACTION_TEXTS)
def test_whole_text_fraction_check_finds_what_any_line_holds(text: str) -> None:
    # the fast path returns before the lines are searched when no key of the whole text has a match near it: that check must
    # be True wherever the search of a line finds a match (else a fraction a line holds would be lost)
    grammar = compile_grammar("en", False)
    low = text.lower()
    keys, pattern, _grains, reach = _fraction_parts(grammar, "news_units")
    line_match = any(pattern.search(low, s, e) for s, e in _lines_holding(low, keys))
    if line_match:
        assert _may_match_near(pattern, low, 0, len(low), keys, reach)


def test_fractions_are_still_found_in_news() -> None:
    found = [(t.text, t.value) for t in timeline.tag(_FRACTION_TEXTS[1], reference_time=REF).timexes if t.rule == "unit_fraction"]
    assert found == [("three quarters of an hour", "PT45M")]
    found = [t.text for t in timeline.tag(_FRACTION_TEXTS[0], reference_time=REF).timexes if t.rule == "unit_fraction"]
    assert found == ["a quarter of an hour"]


@pytest.mark.parametrize("text", ["x", "Sales in the second quarter rose by half, the company said.", "It rained for two days."])
def test_unit_fractions_give_back_their_input_when_no_fraction_is_near_a_key(text: str) -> None:
    grammar = compile_grammar("en", False)
    mentions = recognize(text, "en")
    assert _with_unit_fractions(grammar, text, text.lower(), mentions, "news_units", "unit_fraction") is mentions
