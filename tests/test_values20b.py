"""Time-expression values and bounds for issue 12 (twentieth session, helper `dir`): a bare weekday, part of day or clock
time governed by a past verb lies not after the publication day.  Sentences written for these tests.

Every expected value and bound below was worked out by hand from docs/conventions.md (weekdays checked with a calendar:
Wed 9 Dec 2026 is the publication day throughout, Tue 8 Dec and Sun 6 Dec the days before it), not copied from the
tagger's output."""

from __future__ import annotations

import pytest

from _timelines import value_and_bounds

DCT = "2026-12-09"


def _got(text: str, expression: str, dct: str = DCT) -> tuple[str, str, str]:
    return value_and_bounds(text, expression, dct)


# --- a state word ("open") after a past verb's object is the object's state, not a scheduled present verb


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        ("Guards found a side gate open on Tuesday.", "Tuesday", ("2026-12-08", "2026-12-08T00:00", "2026-12-09T00:00")),
        ("Cleaners left the back doors open on Sunday.", "Sunday", ("2026-12-06", "2026-12-06T00:00", "2026-12-07T00:00")),
        ("Inspectors found hatches open on Tuesday.", "Tuesday", ("2026-12-08", "2026-12-08T00:00", "2026-12-09T00:00")),
        # not changed: a notice of a day ahead, and what is said has its own present verb
        ("The new gallery is open on Tuesday.", "Tuesday", ("2026-12-15", "2026-12-15T00:00", "2026-12-16T00:00")),
        ("The gates open on Sunday.", "Sunday", ("2026-12-13", "2026-12-13T00:00", "2026-12-14T00:00")),
        ("Organisers confirmed the gates open on Sunday.", "Sunday", ("2026-12-13", "2026-12-13T00:00", "2026-12-14T00:00")),
    ],
)
def test_state_after_past_object(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression) == expected


# --- a simple past deferring verb after a hindrance ("Strong winds delayed ...") tells a hold-up that happened: its
# "until" time lies behind; a deadline set by someone, or a perfect, still looks ahead


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        ("Strong winds delayed the tugs until Sunday afternoon.", "Sunday afternoon",
         ("2026-12-06TAF", "2026-12-06T12:00", "2026-12-06T18:00")),
        ("Fog delayed flights until Tuesday morning.", "Tuesday morning", ("2026-12-08TMO", "2026-12-08T05:00", "2026-12-08T12:00")),
        ("Heavy seas and fog delayed the ferry until Sunday.", "Sunday", ("2026-12-06", "2026-12-06T00:00", "2026-12-07T00:00")),
        # not changed: a deadline set by the board, and a perfect (a hold-up that still holds)
        ("The board delayed the vote until Tuesday.", "Tuesday", ("2026-12-15", "2026-12-15T00:00", "2026-12-16T00:00")),
        ("Fog has delayed flights until Friday.", "Friday", ("2026-12-11", "2026-12-11T00:00", "2026-12-12T00:00")),
    ],
)
def test_hindrance_delay_lies_behind(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression) == expected


# --- a story day ahead of publication does not anchor a past clause's clock time; a scheduled present form right after a
# preposition ("by 112 votes", the number no word) is a noun, so the past verb governs the clause


STORY = "Lawmakers voted on Tuesday to dissolve parliament and hold a snap election on Jan. 17. "


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # midnight is 24:00 of the day it ends; "shortly after" it reaches half an hour past
        (STORY + "The motion passed by 112 votes to 48 shortly after midnight.", "shortly after midnight",
         ("2026-12-08T24:00", "2026-12-09T00:00", "2026-12-09T00:30")),
        (STORY + "The motion passed shortly after midnight.", "shortly after midnight",
         ("2026-12-08T24:00", "2026-12-09T00:00", "2026-12-09T00:30")),
        # the planned day itself keeps its year ahead
        (STORY + "The motion passed by 112 votes to 48 shortly after midnight.", "Jan. 17",
         ("2027-01-17", "2027-01-17T00:00", "2027-01-18T00:00")),
        ("The bill passed by 60 votes on Tuesday.", "Tuesday", ("2026-12-08", "2026-12-08T00:00", "2026-12-09T00:00")),
        # a count word before the noun: "late on Sunday" is 16:00 to the day's end
        ("The measure failed by two votes late on Sunday.", "late on Sunday", ("2026-12-06", "2026-12-06T16:00", "2026-12-07T00:00")),
        # not changed: a present verb of a fixture
        ("The committee votes on Tuesday.", "Tuesday", ("2026-12-15", "2026-12-15T00:00", "2026-12-16T00:00")),
    ],
)
def test_past_clause_after_planned_day(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression) == expected


# --- the day a past clause's clock time or part of day counts from, when the story's last day is a planned one ahead:
# the last day told not after publication (Monday 7 Dec here), not the publication day


MONDAY = "Lawmakers voted on Monday to dissolve parliament and hold a snap election on Jan. 17. "


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        (MONDAY + "The motion passed at 11:40 p.m.", "11:40 p.m.", ("2026-12-07T23:40", "2026-12-07T23:40", "2026-12-07T23:41")),
        (MONDAY + "The motion passed shortly after midnight.", "shortly after midnight",
         ("2026-12-07T24:00", "2026-12-08T00:00", "2026-12-08T00:30")),
        # "late" in the evening (17-22): its end part, 20:00 to the day's end
        (MONDAY + "The motion passed late in the evening.", "late in the evening",
         ("2026-12-07TEV", "2026-12-07T20:00", "2026-12-08T00:00")),
    ],
)
def test_past_clause_counts_from_last_day_told(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression) == expected
