"""Which events the clause around them makes supposed rather than real (timeline/events/factuality.py).

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

import timeline

REF = "2026-10-14"


def _event(text: str, word: str, occurrence: int = 0) -> timeline.Event:
    tl = timeline.build(text, reference_time=REF)
    found = [e for e in tl.events if e.text == word]
    assert len(found) > occurrence, f"{word!r} not found as an event in {text!r}: {[e.text for e in tl.events]}"
    return sorted(found, key=lambda e: e.start)[occurrence]


@pytest.mark.parametrize("text, word", [
    ("Work on the dam will resume once the inquiry has begun.", "begun"),
    ("The ferries would sail again after the harbour reopens.", "reopens"),
    ("The schools will open again when the water has drained.", "drained"),
])
def test_a_present_verb_in_a_time_clause_of_a_sentence_looking_ahead_has_not_happened(text: str, word: str) -> None:
    e = _event(text, word)
    assert not e.real and e.hypothetical_clause
    # and the present perfect is no evidence that it lies before publication
    assert e.latest_end is None or e.latest_end > dt.datetime(2026, 10, 15)


@pytest.mark.parametrize("text, word", [
    ("Work on the dam resumed once the inquiry had begun.", "begun"),
    ("The ferries sailed again after the harbour reopened on Monday.", "reopened"),
    ("The curfew was lifted when the river fell.", "fell"),
])
def test_a_time_clause_told_in_the_past_stays_real(text: str, word: str) -> None:
    assert _event(text, word).real


def test_the_subject_of_an_anticipated_verb_is_not_dated_by_the_clause_tense() -> None:
    e = _event("Union leaders have called for an inquiry, and work will resume once the inquiry has begun.", "inquiry", 1)
    assert e.latest_end is None or e.latest_end > dt.datetime(2026, 10, 15)


@pytest.mark.parametrize("text, word", [
    ("Union leaders have called for an independent inquiry.", "inquiry"),
    ("The mayor demanded a recount of the votes.", "recount"),
    ("Protesters are seeking the return of the confiscated boats.", "return"),
    ("The health minister has asked for an inquiry into the outbreak.", "inquiry"),
])
def test_what_a_verb_asks_for_or_supposes_is_not_real(text: str, word: str) -> None:
    assert not _event(text, word).real


@pytest.mark.parametrize("text, word", [
    ("Union leaders called the strike on Monday.", "strike"),
    ("She completed the purchase in June.", "purchase"),
    ("The company resumed production on Tuesday.", "production"),
    ("The mayor demanded answers after the flooding of the old town.", "flooding"),
    ("Lawyers hope to overturn the ruling in the spring.", "ruling"),
])
def test_a_done_thing_or_a_noun_out_of_reach_stays_real(text: str, word: str) -> None:
    assert _event(text, word).real


@pytest.mark.parametrize("text, word, real", [
    # an infinitive after a verb that says it happened is real ...
    ("A storm forced the company to close two plants in September.", "close", True),
    ("Rescuers managed to reach the miners on Monday.", "reach", True),
    # ... or that it began to
    ("The floods began to recede on Sunday.", "recede", True),
    ("Prices started to fall in May.", "fall", True),
    # ... after one of intention it is not (a firm plan with no time of its own neither)
    ("The company plans to close two plants.", "close", False),
    ("Rescuers hope to reach the miners on Monday.", "reach", False),
])
def test_an_infinitive_after_an_implicative_verb_happened(text: str, word: str, real: bool) -> None:
    assert _event(text, word).real is real


@pytest.mark.parametrize("text, word, real", [
    ("If convicted, he faces up to eight years in prison.", "faces", False),
    ("Unless talks resume, the strike will continue into May.", "continue", False),
    ("If the court agrees, the appeal will be heard, his lawyer said.", "said", True),
    ("Whether the merger succeeds is unclear, but the shares rose on Monday.", "rose", True),
])
def test_the_consequence_of_a_condition_a_sentence_opens_with_is_hypothetical(text: str, word: str, real: bool) -> None:
    assert _event(text, word).real is real


@pytest.mark.parametrize("text, word, real", [
    ("A verdict is not expected before March.", "verdict", False),
    ("A decision is due next week.", "decision", False),
    ("A review of the dispute is due to report in June.", "dispute", True),
    ("The verdict came on Tuesday.", "verdict", True),
])
def test_the_subject_of_an_expectation_has_not_happened(text: str, word: str, real: bool) -> None:
    assert _event(text, word).real is real


@pytest.mark.parametrize("text, word, real", [
    ("The judge said she would sentence him on November 3.", "sentence", True),
    ("The brewery announced on Monday that it would close its bottling hall next spring.", "close", True),
    ("Officials told residents the road would reopen within a week.", "reopen", True),
    # a condition after it, "have", or no reporting word: still supposed
    ("The owner said the bakery would close if no buyer is found.", "close", False),
    ("The mayor said a tunnel would have cost twice as much.", "cost", False),
    ("A tunnel would cost twice as much.", "cost", False),
])
def test_a_would_reporting_a_plan_is_the_past_s_will(text: str, word: str, real: bool) -> None:
    e = _event(text, word)
    assert e.real is real
    assert e.modality == "would"  # the TimeML attribute stays as written
    assert e.reported_plan is real
    assert (e.likely_start is not None) is real


def test_a_reported_plan_sits_on_its_day_and_survives_json() -> None:
    tl = timeline.build("The judge said on Friday that she would sentence him on November 3.", reference_time=REF)
    e = next(e for e in tl.events if e.text == "sentence")
    assert (e.likely_start, e.likely_end) == (dt.datetime(2026, 11, 3), dt.datetime(2026, 11, 4))
    from timeline.serialize import event_from_dict

    back = event_from_dict(e.to_dict())
    assert back.reported_plan and back.real and back == e


@pytest.mark.parametrize("text, word, real", [
    ("The team planned to leave the capital on Thursday.", "leave", True),
    ("The board is expected to approve the merger on Friday.", "approve", True),
    # an infinitive of purpose under "will", the verb it serves dated
    ("The cabinet will meet on Thursday to approve the budget.", "approve", True),
    # no time of its own, a hope, or a condition: still supposed
    ("The team planned to leave the capital.", "leave", False),
    ("The minister will travel to the capital to sign the treaty.", "sign", False),
    ("The minister travelled to the capital on Thursday to sign the treaty.", "sign", False),
    ("She hopes to finish the race on Sunday.", "finish", False),
    ("If the weather holds, the crew plans to launch the balloon on Sunday.", "launch", False),
])
def test_a_dated_infinitive_of_a_firm_plan_is_placed(text: str, word: str, real: bool) -> None:
    e = _event(text, word)
    assert e.real is real and e.reported_plan is real
    assert (e.likely_start is not None) is real
    if real:  # on its own day (REF is a Wednesday)
        assert e.likely_start is not None and e.likely_start.weekday() in (3, 4) and e.likely_end - e.likely_start <= dt.timedelta(days=1)


def test_a_present_tense_event_does_not_continue_a_time_ahead() -> None:
    tl = timeline.build("The board is expected to approve the merger on Friday.", reference_time=REF)
    expected = next(e for e in tl.events if e.text == "expected")
    friday = dt.datetime(2026, 10, 16)
    assert not (expected.likely_start is not None and expected.likely_start >= friday and expected.likely_end <= friday + dt.timedelta(days=1))
