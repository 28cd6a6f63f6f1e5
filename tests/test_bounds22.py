"""Uncertainty bounds for issue 12 (twenty-second session, helper `bounds`): kinds of bound error found on news
sentences written for these tests.

Every expected value and bound below was worked out by hand from docs/conventions.md (dates checked with a calendar:
Thu 15 Oct 2026 is the publication day unless a case says otherwise), not copied from the tagger's output."""

from __future__ import annotations

import pytest

from _timelines import value_and_bounds

DCT = "2026-10-15"


def _got(text: str, expression: str, dct: str = DCT) -> tuple[str, str, str]:
    return value_and_bounds(text, expression, dct)


# --- a length named by the day, month or year it ends with ("the six months to June") is that stretch


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # the first half of 2026: six calendar months ending with June
        ("Exports grew 6 percent in the six months to June.", "the six months", ("P6M", "2026-01-01T00:00", "2026-07-01T00:00")),
        # ends with the day 30 September 2026, nine calendar months back: 1 January
        ("The bank earned less in the nine months ended Sept. 30.", "the nine months", ("P9M", "2026-01-01T00:00", "2026-10-01T00:00")),
        # twelve months ending with August 2026: September 2025 to August 2026
        ("Rents rose 9 percent in the 12 months to August.", "the 12 months", ("P12M", "2025-09-01T00:00", "2026-09-01T00:00")),
        # five calendar years ending with 2025: 2021-2025
        ("Wages rose 20 percent in the five years to 2025.", "the five years", ("P5Y", "2021-01-01T00:00", "2026-01-01T00:00")),
        # "the end of June" ends with June's last day
        ("Imports fell in the three months to the end of June.", "the three months", ("P3M", "2026-04-01T00:00", "2026-07-01T00:00")),
        # up to a clock time: 24 hours back from Wednesday 14 Oct 06:00
        ("Snow fell heavily in the 24 hours to 6 a.m. on Wednesday.", "the 24 hours", ("PT24H", "2026-10-13T06:00", "2026-10-14T06:00")),
        # up to midnight (the one that began the publication day, in a past clause): all of 14 Oct
        ("Ten people were hurt in the 24 hours to midnight.", "the 24 hours", ("PT24H", "2026-10-14T00:00", "2026-10-15T00:00")),
        # controls: no opener (a bare length stays without a position); no sure last day ("mid-June")
        ("He spent six months to June in a clinic.", "six months", ("P6M", "none", "none")),
        ("Imports fell in the three months to mid-June.", "the three months", ("P3M", "none", "none")),
    ],
)
def test_length_named_by_its_end(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression) == expected


# --- "around" a part of day widens it by at most an hour on each side (a part of day is already a wide window)


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # dusk 16-21 on Friday 9 Oct, an hour either side (was the whole five hours: 11:00 to 02:00)
        ("The convoy was ambushed around dusk on Friday.", "around dusk", ("2026-10-09TEV", "2026-10-09T15:00", "2026-10-09T22:00")),
        # dawn 04-08 on Tuesday 13 Oct: 03:00 to 09:00
        ("The rebels attacked at about dawn on Tuesday.", "about dawn", ("2026-10-13TMO", "2026-10-13T03:00", "2026-10-13T09:00")),
        # midday 11-14: 10:00 to 15:00 (value T12:00, as "noon")
        ("The verdict came around midday on Monday.", "around midday", ("2026-10-12T12:00", "2026-10-12T10:00", "2026-10-12T15:00")),  # value T12:00 as TimeBank writes midday
        # controls: midnight (23:30-00:30) still widened by its hour; a year by a whole year
        ("Shots rang out at around midnight on Saturday.", "around midnight", ("2026-10-10T24:00", "2026-10-10T22:30", "2026-10-11T01:30")),
        ("The mill closed around 1990.", "around 1990", ("1990", "1989-01-01T00:00", "1992-01-01T00:00")),
    ],
)
def test_around_a_part_of_day(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression) == expected


# --- an open end written around a date ("until at least 2030", "no later than Friday") opens its far side


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # 2030 or later (the value stays the year)
        ("The border will stay shut until at least 2030.", "2030", ("2030", "2030-01-01T00:00", "none")),
        ("Rationing will last at least until March.", "March", ("2027-03", "2027-03-01T00:00", "none")),
        # Friday 16 Oct or before
        ("The board will name a chief no later than Friday.", "Friday", ("2026-10-16", "none", "2026-10-17T00:00")),
        # after the date, before a comma: next week (W43, 19-25 Oct) or later
        ("A ruling will come next week at the earliest, lawyers said.", "next week", ("2026-W43", "2026-10-19T00:00", "none")),
        ("The fee will be paid by Friday at the latest.", "Friday", ("2026-10-16", "none", "2026-10-17T00:00")),
        # looking back: 1850 or before
        ("The chapel has stood since at least 1850.", "1850", ("1850", "none", "1851-01-01T00:00")),
        # controls: "at least" before a count, not a date; a plain "until"
        ("At least 40 people were hurt in 2025.", "2025", ("2025", "2025-01-01T00:00", "2026-01-01T00:00")),
        ("The border will stay shut until 2030.", "2030", ("2030", "2030-01-01T00:00", "2031-01-01T00:00")),
    ],
)
def test_open_end_around_a_date(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression) == expected


# --- a hedged length after "in" in a future clause points ahead from now, as "in two weeks" does


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # 0.8 to 1.2 x 14 days on from 15 Oct, whole days (s24): 15 Oct 00:00 + 11 d (11.2 down) = 26 Oct; 16 Oct 00:00 +
        # 17 d (16.8 up) = 2 Nov
        ("The ferry will resume in about two weeks.", "two weeks", ("P2W", "2026-10-26T00:00", "2026-11-02T00:00")),
        # 0 to 1 calendar month on: 15 Oct .. 16 Nov
        ("The mall will reopen in less than a month.", "less than a month", ("P1M", "2026-10-15T00:00", "2026-11-16T00:00")),
        # at least a calendar year on, open after
        ("The airport will be finished in more than a year.", "more than a year", ("P1Y", "2027-10-15T00:00", "none")),
        # after a first in its clause: the span just gone (20 calendar years back .. now), as "the first strike in 20 years"
        ("It was the first snow in nearly 20 years.", "nearly 20 years", ("P20Y", "2006-10-15T00:00", "2026-10-16T00:00")),
        # control: a past clause keeps a bare length
        ("The ferry was repaired in about two weeks.", "two weeks", ("P2W", "none", "none")),
    ],
)
def test_hedged_length_after_in(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression) == expected


# --- a range of lengths ("two or three days") is bounded as a whole, both its numbers alike


@pytest.mark.parametrize(
    "text,first,second,bounds",
    [
        # in: from now + 2 days (17 Oct 00:00) to the end of the reference day + 3 days (19 Oct 00:00)
        ("Power will be back in two or three days.", "two", "three days", ("2026-10-17T00:00", "2026-10-19T00:00")),
        # within: from now to the end of the reference day + 48 hours
        ("Crews will reach the village within 24 to 48 hours.", "24", "48 hours", ("2026-10-15T00:00", "2026-10-18T00:00")),
        # present perfect: up to now, from now less the longer (3 weeks before 15 Oct = 24 Sep)
        ("The pass has been closed for two to three weeks.", "two", "three weeks", ("2026-09-24T00:00", "2026-10-16T00:00")),
        # control: a past length stays without a position
        ("The repairs took two to three weeks.", "two", "three weeks", ("none", "none")),
    ],
)
def test_range_of_lengths(text: str, first: str, second: str, bounds: tuple[str, str]) -> None:
    assert _got(text, first)[1:] == bounds
    assert _got(text, second)[1:] == bounds


# --- a clock time ending its sentence ("... at 11 p.m. The next day, ...") takes no day from the next sentence


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # 11 p.m. on 9 Oct, the date told before it (was 10 Oct: "The next day" read as its day)
        ("The ferry sank on Oct. 9 at 11 p.m. The next day, divers found it.", "11 p.m.", ("2026-10-09T23:00", "2026-10-09T23:00", "2026-10-09T23:01")),
        ("The ferry sank on Oct. 9 at about 11 p.m. The following morning, divers found it.", "11 p.m.",
         ("2026-10-09T23:00", "2026-10-09T22:30", "2026-10-09T23:31")),
        # control: a day in the same sentence still dates it
        ("The ferry sank at 11 p.m. on Tuesday, the coast guard said.", "11 p.m.", ("2026-10-13T23:00", "2026-10-13T23:00", "2026-10-13T23:01")),
    ],
)
def test_clock_time_at_sentence_end(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression) == expected


# --- "shortly after midnight" with its day named is the midnight that begins that day


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # Sunday 11 Oct 00:00 .. 00:30 (was Monday 00:00: the midnight ending Sunday)
        ("The dam burst shortly after midnight on Sunday.", "shortly after midnight", ("2026-10-10T24:00", "2026-10-11T00:00", "2026-10-11T00:30")),
        # the day written apart, after it: 11 Oct 00:00 .. 00:15
        ("The dam burst just after midnight on Oct. 11.", "just after midnight", ("2026-10-10T24:00", "2026-10-11T00:00", "2026-10-11T00:15")),
        # controls: "shortly before midnight" ends Sunday; after an evening told, the midnight ending it
        ("The dam burst shortly before midnight on Sunday.", "shortly before midnight", ("2026-10-11T24:00", "2026-10-11T23:30", "2026-10-12T00:00")),
        ("Rain fell on Saturday evening. Shortly after midnight, the dam burst.", "Shortly after midnight", ("2026-10-10T24:00", "2026-10-11T00:00", "2026-10-11T00:30")),
    ],
)
def test_shortly_after_midnight_on_a_day(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression) == expected


# --- a bare morning told after an evening clock time is the next morning, as after an evening part of day


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # after 21:00 on Saturday 10 Oct: Sunday morning (was Saturday's, before the fire started)
        ("The fire started at 9 p.m. on Saturday. By morning, it was out.", "morning", ("2026-10-11TMO", "2026-10-11T05:00", "2026-10-11T12:00")),
        ("The fire started at 10:30 p.m. on Saturday. In the afternoon, crews left.", "the afternoon", ("2026-10-11TAF", "2026-10-11T12:00", "2026-10-11T18:00")),
        # controls: an evening after a morning clock time is the same day; "that morning" stays on it
        ("The fire started at 11 a.m. on Saturday. By evening, it was out.", "evening", ("2026-10-10TEV", "2026-10-10T17:00", "2026-10-10T22:00")),
        ("The fire started at 9 p.m. on Saturday. That morning, a warning had come.", "That morning", ("2026-10-10TMO", "2026-10-10T05:00", "2026-10-10T12:00")),
    ],
)
def test_morning_after_an_evening_clock(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression) == expected


# --- a softener before an open hedge ("a little over a year ago") makes it "just over" (1 to 1.2 x), not open


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # one to 1.2 years back: 15 Oct 2026 00:00 less 1.2 x 366 days (439.2 d, whole days since s24: 440) = 1 Aug 2025;
        # up to a calendar year back from the end of the reference day (was open on the left)
        ("The dam opened a little over a year ago.", "over a year ago", ("2025", "2025-08-01T00:00", "2025-10-16T00:00")),
        ("The dam opened slightly more than a year ago.", "more than a year ago", ("2025", "2025-08-01T00:00", "2025-10-16T00:00")),
        # ahead: a calendar month on (15 Nov) .. 1.2 x 31 days after the end of the reference day (16 Oct + 37.2 d, up: 38
        # d = 23 Nov)
        ("The dam will reopen in a little over a month.", "over a month", ("P1M", "2026-11-15T00:00", "2026-11-23T00:00")),
        # control: without the softener the hedge stays open
        ("The dam opened more than a year ago.", "more than a year ago", ("2025", "none", "2025-10-16T00:00")),
    ],
)
def test_softened_hedge(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression) == expected


# --- "around" written before a day, outside it ("around March 3", "on or about Oct. 3"): a day wider on each side


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # 3 Oct 2026, a day either side: 2 Oct .. 5 Oct (was the day alone)
        ("The tanker ran aground on or about Oct. 3.", "Oct. 3", ("2026-10-03", "2026-10-02T00:00", "2026-10-05T00:00")),
        ("The new ferry will arrive around Christmas.", "Christmas", ("2026-12-25", "2026-12-24T00:00", "2026-12-27T00:00")),
        # controls: "about" as a preposition; "around" before a possessive (a place)
        ("The talks were about Oct. 3 events.", "Oct. 3", ("2026-10-03", "2026-10-03T00:00", "2026-10-04T00:00")),
        ("Crowds gathered around Tuesday's rally.", "Tuesday", ("2026-10-13", "2026-10-13T00:00", "2026-10-14T00:00")),
    ],
)
def test_around_a_day(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression) == expected
