"""Lead, twenty-third session: cases found by reading timelines of news texts written for the purpose."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline


def _event(text: str, word: str, reference: str = "2026-11-17") -> timeline.Event:
    tl = timeline.build(text, reference_time=reference)
    found = [e for e in tl.events if e.text == word]
    assert found, f"{word!r} not detected in {text!r}: {[e.text for e in tl.events]}"
    return found[0]


@pytest.mark.parametrize("text, word", [
    ("Union leaders said further strikes could follow before Christmas if no deal is reached.", "strikes"),
    ("Officials said the repairs might take weeks.", "repairs"),
    ("The minister said the strikes will continue until March.", "strikes"),
    ("Doctors said the outbreak must be contained.", "outbreak"),
])
def test_the_subject_of_a_modal_in_a_past_report_is_not_certainly_over(text: str, word: str) -> None:
    # the report is past, but what it says may (will, could) happen is not thereby before publication
    assert _event(text, word).latest_end is None


def test_a_noun_in_a_plain_past_report_still_ends_by_publication() -> None:
    assert _event("Officials said the repairs took weeks.", "repairs").latest_end == dt.datetime(2026, 11, 18)


def test_a_verb_joined_by_and_to_a_dated_verb_most_likely_shares_its_time() -> None:
    # "fell" has no time of its own; the verb "and" joins it to does: the night, not the charging month
    fell = _event("Ekdahl was charged in March 2025 after a container fell from his crane and killed a dock worker "
                  "on the night of 14 November 2024.", "fell")
    assert fell.likely_start is not None and fell.likely_end is not None
    assert dt.datetime(2024, 11, 14) <= fell.likely_start and fell.likely_end <= dt.datetime(2024, 11, 15, 6)



def _values(text: str, reference: str = "2026-11-17") -> dict[str, tuple[str, dt.datetime, dt.datetime]]:
    return {t.text: (t.value, t.earliest, t.latest) for t in timeline.tag(text, reference_time=reference)}


@pytest.mark.parametrize("text, start, end", [
    # the range's end is no later in the day than its start: it crossed midnight, and ends after it begins
    ("A curfew was imposed on Saturday, from midnight to 6 a.m.", "midnight", "6 a.m."),
    ("The road was shut on Friday from midnight until 7 a.m.", "midnight", "7 a.m."),
    ("The bridge closed on Friday from 10 p.m. to 6 a.m.", "10 p.m.", "6 a.m."),
])
def test_a_range_of_the_night_ends_after_it_begins(text: str, start: str, end: str) -> None:
    got = _values(text)
    assert got[start][1] < got[end][1]
    assert got[end][1] - got[start][1] < dt.timedelta(hours=10)
