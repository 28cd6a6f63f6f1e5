"""The signal words read right before a time ("since", "than", "for", "until" after "extended", ...), in any case.

The readers first look for the signal in the text before the time and tokenise it only when it is
there; these tests check the signal is found whatever its case and that without it nothing is.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from timeline.resolve.tense_reports import opens_past_clause, until_signal
from timeline.resolve.tense_signals import after_appointment, after_comparison, after_directive, after_known_comparison, after_past_signal
from timeline.text import as_doc


def _at(text: str, expression: str) -> int:
    return text.index(expression)


@pytest.mark.parametrize("text, expected", [
    ("Sales have risen since shortly after January.", True),
    ("SALES HAVE RISEN SINCE January.", True),
    ("Sales rose sharply in January.", False),
])
def test_a_past_signal(text: str, expected: bool) -> None:
    assert after_past_signal(text, _at(text, "January")) is expected


@pytest.mark.parametrize("text, expected", [
    ("Output will be higher than in March.", True),
    ("OUTPUT WILL BE HIGHER THAN IN March.", True),
    ("Output will be higher in March.", False),
])
def test_a_known_comparison(text: str, expected: bool) -> None:
    assert after_known_comparison(text, _at(text, "March")) is expected


@pytest.mark.parametrize("text, expected", [
    ("Exports were up from October.", True),
    ("Exports were up FROM October.", True),
    ("Exports were up in October.", False),
])
def test_a_comparison(text: str, expected: bool) -> None:
    assert after_comparison(text, _at(text, "October")) is expected


@pytest.mark.parametrize("text, expected", [
    ("Unions called a rally outside the plant for Friday.", True),
    ("Unions called a RALLY outside the plant FOR Friday.", True),
    ("Unions called a rally outside the plant on Friday.", False),
])
def test_an_appointment(text: str, expected: bool) -> None:
    assert after_appointment(text, _at(text, "Friday")) is expected


@pytest.mark.parametrize("text, expected", [
    ("Officials ordered schools closed on Thursday.", True),
    ("Officials ORDERED schools closed on Thursday.", True),
    ("Officials kept schools closed on Thursday.", False),
])
def test_a_directive(text: str, expected: bool) -> None:
    assert after_directive(as_doc(text, "en"), _at(text, "Thursday")) is expected


@pytest.mark.parametrize("text, expected", [
    ("Since the firm bought the unit in February, it has grown.", True),
    ("SINCE the firm bought the unit in February, it has grown.", True),
    ("After the firm bought the unit in February, it grew.", False),
])
def test_a_clause_opened_by_a_past_signal(text: str, expected: bool) -> None:
    assert opens_past_clause(as_doc(text, "en"), _at(text, "February")) is expected


@pytest.mark.parametrize("text, expected", [
    ("The bidder extended its offer until Nov. 9.", True),
    ("The bidder EXTENDED its offer until Nov. 9.", True),
    ("The shop stayed closed until Nov. 9.", False),
])
def test_a_deadline_moved(text: str, expected: bool) -> None:
    assert until_signal(as_doc(text, "en"), _at(text, "Nov. 9")) is expected


def _words(text: str) -> list[str]:
    from timeline.resolve.tense import _tokens
    from timeline.resolve.tense_cues import tense_words

    return _tokens(text, 0, len(text), tense_words("en"))


def test_the_clause_marks_a_number_keeps() -> None:
    # a comma or colon inside a number ("1,200", "5:30") is no mark of a clause; one after a number is
    assert _words("Sales of 1,200 units, at 5:30: up") == ["Sales", "of", "units", ",", "at", ":", "up"]
    assert _words("In 2019, prices rose; 3,4 :x") == ["In", ",", "prices", "rose", ";", ":", "x"]


@pytest.mark.parametrize("text", ["He lives next to the embassy", "HE LIVES NEXT TO THE EMBASSY"])
def test_a_phrase_of_no_tense_is_blanked_in_any_case(text: str) -> None:
    assert _words(text)[2:4] == ["-", "-"]


def test_a_phrase_needs_all_its_words() -> None:
    assert _words("He will be next in line")[3] == "next"


@pytest.mark.parametrize("text, expression, expected", [
    ("Traders will square positions ahead of the weekend.", "the weekend", True),
    ("TRADERS WILL SQUARE POSITIONS AHEAD OF the weekend.", "the weekend", True),
    ("Shops hired staff in the run-up to Christmas.", "Christmas", True),
    ("The offer may come as early as Tuesday.", "Tuesday", True),
    ("Traders squared positions over the weekend.", "the weekend", False),
    ("Prices were as high as in March.", "March", False),
])
def test_a_future_signal(text: str, expression: str, expected: bool) -> None:
    from timeline.resolve.tense_signals import before_future_signal

    assert before_future_signal(text, _at(text, expression)) is expected


def test_a_phrase_with_an_apostrophe_is_looked_for_as_the_tokens_read_it() -> None:
    # the tokens read "’" as "'": a phrase of no tense written with "'" may be there when the text has "’"
    from timeline.resolve.tense_cues import _may_hold_phrase

    text = "Fans say they CAN’T WAIT for Sunday"
    assert _may_hold_phrase(text, 0, len(text), (("can't", "wait"),), curly=True)
    assert not _may_hold_phrase(text, 0, len(text), (("can't", "wait"),))
    assert not _may_hold_phrase(text, 0, len(text), (("can't", "stop"),), curly=True)
