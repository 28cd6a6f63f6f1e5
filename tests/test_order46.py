"""Order and days of session s46 (helper order, bench/stories-s46order): a dated line ("Saturday 21 November: A resident
reports a smell") dates the clause after its mark (anchoring/governor.py, lexicon pattern ``dated_heading``); a learned
label or start order that reverses two events told in sequence ("noticed smoke ... and called the fire brigade") is dropped
(placement/learned.py ``sequence_kept``).
Sentences written for these tests; each kind has negatives the rule must leave alone."""

from __future__ import annotations

import datetime as dt

import timeline
from tests._timelines import event, likely_within_day, stated_before
from timeline.anchoring import anchor_words
from timeline.placement.base import SoftFact
from timeline.placement.learned import sequence_kept

_DCT = "2026-12-09"


def _build(text: str, ref: str = _DCT) -> timeline.Timeline:
    return timeline.build(text, reference_time=ref)


# --- dated lines -------------------------------------------------------------------------------------------------------

def test_a_dated_line_dates_the_verb_after_its_colon() -> None:
    tl = _build("Monday 23 November: The company issues a boil notice for 4,000 households.")
    issues = event(tl, "issues")
    assert issues.earliest_start == dt.datetime(2026, 11, 23)
    assert likely_within_day(issues, dt.date(2026, 11, 23))


def test_a_list_of_dated_lines_is_in_the_order_of_its_dates() -> None:
    tl = _build("This is how the week unfolded.\n\nMonday 23 November: The company issues a boil notice for 4,000 households.\n\n"
                "Wednesday 25 November: Engineers find a cracked valve at the works.\n\nFriday 27 November: The valve is replaced.")
    for word, day in (("issues", 23), ("find", 25), ("replaced", 27)):
        assert likely_within_day(event(tl, word), dt.date(2026, 11, day)), word


def test_the_mark_of_a_dated_line() -> None:
    """The lexicon's ``dated_heading``, read right after the time: a colon or a dash set off by spaces, then the clause;
    not a clock's colon ("10:30"), a hyphen inside a word, words before the colon or a comma."""
    mark = anchor_words("en").dated_heading
    for after in (": A resident reports", " - Contractors erect", " \u2014 Contractors erect", "\u2013Crews close"):
        assert mark.match(after) is not None, after
    for after in (":30 the council met", "-based firm", "'s deadline: the union", ", crews closed the road", " was wet"):
        assert mark.match(after) is None, after


# --- a learned label against an order told in sequence --------------------------------------------------------------

def _fact(source: str, target: str, relation: str, kind: str, told: str = "") -> SoftFact:
    return SoftFact(source, target, relation, 0.8, kind, (), "test", told=told)


def test_a_learned_label_against_a_sequence_told_is_dropped() -> None:
    told = _fact("e1", "e2", "START_BEFORE", "event-event", told="sequence")
    against = [_fact("e1", "e2", "AFTER", "event-label"), _fact("e2", "e1", "BEFORE", "event-label"),
               _fact("e2", "e1", "START_BEFORE", "event-event")]  # (the last: a learned start order)
    assert sequence_kept([told, *against]) == [told]


def test_labels_that_agree_or_order_other_pairs_stay() -> None:
    told = _fact("e1", "e2", "START_BEFORE", "event-event", told="sequence")
    kept = [_fact("e1", "e2", "BEFORE", "event-label"), _fact("e2", "e1", "AFTER", "event-label"),
            _fact("e3", "e1", "BEFORE", "event-label"), _fact("e2", "e3", "AFTER", "event-label"),
            _fact("e1", "e2", "IS_INCLUDED", "event-label"), _fact("e3", "e4", "START_BEFORE", "event-event", told="sequence")]
    assert sequence_kept([told, *kept]) == [told, *kept]
    assert sequence_kept(kept[:4]) == kept[:4]  # no sequence told: nothing to drop


def test_two_verbs_joined_by_and_keep_their_order_against_the_label() -> None:
    """The label model finds the calling before the noticing (0.83 sure); the text tells them in sequence."""
    tl = _build("A night watchman noticed smoke shortly after 2 a.m. and called the fire brigade.", "2026-10-19")
    assert stated_before(tl, "noticed", "called")


# --- "X, which followed Y" ------------------------------------------------------------------------------------------

def test_a_relative_clause_on_the_subject_orders_it_after_what_it_followed() -> None:
    tl = _build("The strike, which followed a pay dispute, ended on Monday.")
    assert stated_before(tl, "dispute", "strike")
    assert any(r.certain for r in tl.relations if {r.source, r.target} == {event(tl, "dispute").eid, event(tl, "strike").eid})


def test_no_order_when_the_relative_clause_has_a_subject_of_its_own() -> None:
    """ "The advice, which the council followed": the council followed the advice; no event follows another."""
    cues = anchor_words("en")
    text = "The advice, which the council followed, came after the flood."
    assert cues.relative_gap.fullmatch(text, text.index("advice") + 6, text.index("followed")) is None


# --- "but later", "and then" ----------------------------------------------------------------------------------------

def test_a_report_then_a_step_told_with_later() -> None:
    tl = _build("Police initially said the fire was an accident but later withdrew the statement.")
    assert stated_before(tl, "said", "withdrew")


def test_the_mark_of_a_stepped_sequence() -> None:
    mark = anchor_words("en").stepped_sequence
    for between in (" the fire was an accident but later ", " the charge and then ", " it, but eventually ", " a bang and then the lights "):
        assert mark.fullmatch(between) is not None, between
    for between in (" the fire was an accident but ", " the charge and ", " that it would later ", " it; but later ",
                    " a bang and then the lights in the hall "):
        assert mark.fullmatch(between) is None, between


def test_a_step_with_a_subject_of_its_own_after_and_then() -> None:
    tl = _build('"We heard a bang and then the lights went out," a resident said.')
    assert stated_before(tl, "heard", "went")
