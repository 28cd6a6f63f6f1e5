"""Uncertainty bounds for issue 12 (twenty-fourth session, helper `bounds`): kinds of bound error found on news
sentences written for these tests.

Every expected value and bound below was worked out by hand from docs/conventions.md (dates checked with a calendar:
Tue 20 Oct 2026 is the publication day unless a case says otherwise), not copied from the tagger's output."""

from __future__ import annotations

import pytest

from _timelines import value_and_bounds as _got

DCT = "2026-10-20"


# --- a hedged count of days or weeks back from now (or on from it) lies in whole days, as the hedged lengths do


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # nearly = 0.8 to 1.0 x 14 days: 11.2 rounded down to 11 days back from the end of 20 Oct (21 Oct 00:00) = 10 Oct;
        # 14 days back from 20 Oct 00:00 = 6 Oct (was .. 9 Oct 19:12)
        ("The tanker ran aground nearly two weeks ago.", "nearly two weeks ago", ("2026-W41", "2026-10-06T00:00", "2026-10-10T00:00")),
        # about = 0.8 to 1.2 x 3 days: 2.4 down to 2 (21 - 2 = 19 Oct), 3.6 up to 4 (20 - 4 = 16 Oct)
        ("Rioting erupted about three days ago.", "about three days ago", ("2026-10-17", "2026-10-16T00:00", "2026-10-19T00:00")),
        # ahead: 0.8 x 21 = 16.8 down to 16 days from 20 Oct = 5 Nov; 1.2 x 21 = 25.2 up to 26 days from 21 Oct = 16 Nov
        ("The airport will reopen in about three weeks.", "three weeks", ("P3W", "2026-11-05T00:00", "2026-11-16T00:00")),
        # controls: hours stay exact (0.8 x 3 h = 2 h 24 min after 20 Oct 00:00; 1.2 x 3 h = 3 h 36 min after 21 Oct 00:00);
        # a whole number of years on the calendar
        ("The storm will arrive in about three hours.", "three hours", ("PT3H", "2026-10-20T02:24", "2026-10-21T03:36")),
        ("The bank failed nearly a decade ago.", "nearly a decade ago", ("2016", "2016-10-20T00:00", "2018-10-21T00:00")),
    ],
)
def test_hedged_count_in_whole_days(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, DCT) == expected


# --- a fiscal year or quarter keeps its calendar value but is bounded wherever a fiscal period of that name may lie


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # fiscal 2026 ends between 31 Jan 2026 and 31 Dec 2026 (named by the year it ends in), so starts between 1 Feb 2025
        # and 1 Jan 2026: it lies within 1 Feb 2025 .. 1 Jan 2027
        ("The chipmaker's revenue fell in fiscal 2026.", "fiscal 2026", ("2026", "2025-02-01T00:00", "2027-01-01T00:00")),
        # its first quarter starts with it (1 Feb 2026 .. 1 Jan 2027) and lasts three months: 1 Feb 2026 .. 1 Apr 2027
        ("Orders rose in the first quarter of fiscal 2027.", "the first quarter of fiscal 2027",
         ("2027-Q1", "2026-02-01T00:00", "2027-04-01T00:00")),
        # a fourth quarter of a fiscal year named: nine months on from either start, 1 Nov 2025 .. 1 Jan 2027
        ("Profit doubled in the fourth quarter of fiscal 2026.", "the fourth quarter of fiscal 2026", ("2026-Q4", "2025-11-01T00:00", "2027-01-01T00:00")),
        # with no year named, the quarter its value names (s48: "the fiscal fourth quarter" was 1 Nov 2025 .. 1 Jan 2027)
        ("Profit doubled in the fiscal fourth quarter.", "the fiscal fourth quarter", ("2026-Q4", "2026-10-01T00:00", "2027-01-01T00:00")),
        # control: a calendar quarter stays the calendar's (reported, so the last Q1: 2026)
        ("Orders rose in the first quarter.", "the first quarter", ("2026-Q1", "2026-01-01T00:00", "2026-04-01T00:00")),
    ],
)
def test_fiscal_period_bounds(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, DCT) == expected


# --- "the turn of the year" is either side of the New Year, not the whole new year


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # said on 20 Oct 2026, ahead: the New Year of 2027, "late December" (21-31 Dec) to "early January" (1-11 Jan: a
        # third of 31 days widened to whole days), as bounds22's hand-written case reads it
        ("The mayor will step down at the turn of the year.", "the turn of the year", ("2027", "2026-12-21T00:00", "2027-01-12T00:00")),
        # past: the last one, 21 Dec 2025 .. 12 Jan 2026
        ("The mayor stepped down at the turn of the year.", "the turn of the year", ("2026", "2025-12-21T00:00", "2026-01-12T00:00")),
        # control: "the new year" is the year (bounds23 decision, rules.toml example)
        ("The regulator will rule in the new year.", "the new year", ("2027", "2027-01-01T00:00", "2028-01-01T00:00")),
    ],
)
def test_turn_of_the_year(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, DCT) == expected


# --- a part of day whose lexicon hours already carry its mod ("the middle of the night") is not narrowed to a third again


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # said Tue 20 Oct 2026: "on Sunday" = 18 Oct, its night's middle 23:00 .. 04:00 (was 00:00 .. 03:00, the middle
        # third of it)
        ("Looters broke in in the middle of the night on Sunday.", "the middle of the night",
         ("2026-10-18TNI", "2026-10-18T23:00", "2026-10-19T04:00")),
        ("A shot rang out in the dead of night on Saturday.", "the dead of night",
         ("2026-10-17TNI", "2026-10-17T23:00", "2026-10-18T04:00")),
        # controls: a part with a mod of its own word keeps the narrower entry ("late night" 22:00 .. 04:00), a bare part
        # its window
        ("Shots rang out late Sunday night.", "late Sunday night", ("2026-10-18TNI", "2026-10-18T22:00", "2026-10-19T04:00")),
        ("The crowd left on Sunday night.", "Sunday night", ("2026-10-18TNI", "2026-10-18T19:00", "2026-10-19T06:00")),
        # a part with no mod in its hours is narrowed by the mod written with it: "mid-afternoon" the middle third of
        # 12:00-18:00 (14:00-16:00), "early Sunday night" the first of 19:00-06:00 (19:00-22:40, to the hour 23:00)
        ("The fire started mid-afternoon on Sunday.", "mid-afternoon", ("2026-10-18TAF", "2026-10-18T14:00", "2026-10-18T16:00")),
        ("The fire started early Sunday night.", "early Sunday night", ("2026-10-18TNI", "2026-10-18T19:00", "2026-10-18T23:00")),
    ],
)
def test_part_already_narrowed(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, DCT) == expected


# --- a hedge with a direction right before a day, outside it ("shortly after Easter"), bounds the days it points to


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # said Tue 20 Oct 2026: Christmas ahead, 25 Dec 2026; "shortly before" = up to a week before it, the day included
        ("The new line will open shortly before Christmas.", "Christmas", ("2026-12-25", "2026-12-18T00:00", "2026-12-26T00:00")),
        # "soon after Oct. 3" (past): 3 Oct .. a week after its end (11 Oct)
        ("The rebels left the city soon after Oct. 3.", "Oct. 3", ("2026-10-03", "2026-10-03T00:00", "2026-10-11T00:00")),
        # "just after" = up to three days after: 3 Oct .. 7 Oct
        ("The rebels left the city just after Oct. 3.", "Oct. 3", ("2026-10-03", "2026-10-03T00:00", "2026-10-07T00:00")),
        # controls: a possessive names an event on that day (the day itself); a clock hedge stays the clock's own
        ("Talks collapsed shortly after Friday's vote.", "Friday", ("2026-10-16", "2026-10-16T00:00", "2026-10-17T00:00")),
        ("The rebels left the city on Oct. 3.", "Oct. 3", ("2026-10-03", "2026-10-03T00:00", "2026-10-04T00:00")),
    ],
)
def test_hedge_before_a_day(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, DCT) == expected


# --- a range of counts inside one span ("the next five to ten years") reaches its larger count, not open


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # said 20 Oct 2026: now .. ten calendar years after the end of the reference day (21 Oct 2036), was open
        ("Demand will triple over the next five to ten years.", "the next five to ten years", ("PXY", "2026-10-20T00:00", "2036-10-21T00:00")),
        # 18 calendar months after 21 Oct 2026 = 21 Apr 2028
        ("Rates will stay high for the next 12 to 18 months.", "the next 12 to 18 months", ("PXM", "2026-10-20T00:00", "2028-04-21T00:00")),
        # back: three calendar years before 20 Oct 2026 .. the end of the reference day, was open on the left
        ("Rents have soared over the past two or three years.", "the past two or three years", ("PXY", "2023-10-20T00:00", "2026-10-21T00:00")),
        # controls: an unknown count stays 2 to 9 units ("the past few years": 9 years back), a range past year 1 stays open
        ("Rents have soared over the past few years.", "the past few years", ("PXY", "2017-10-20T00:00", "2026-10-21T00:00")),
        ("The valley has changed over the past 2,000 to 3,000 years.", "the past 2,000 to 3,000 years", ("PXY", "none", "2026-10-21T00:00")),
    ],
)
def test_range_inside_a_span(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, DCT) == expected


# --- "mid-morning" is the hours around ten, not the middle third of 05:00-12:00; "the run-up to" a day the month before it


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # Sunday 18 Oct 2026, 09:00 .. 11:00 (was 07:00 .. 10:00)
        ("The council met mid-morning on Sunday.", "mid-morning", ("2026-10-18TMO", "2026-10-18T09:00", "2026-10-18T11:00")),
        # control: mid-afternoon keeps the middle third of 12:00-18:00
        ("The council met mid-afternoon on Sunday.", "mid-afternoon", ("2026-10-18TAF", "2026-10-18T14:00", "2026-10-18T16:00")),
        # 30 days before 3 Oct 2026 (3 Sep) .. the end of the day
        ("Violence flared in the run-up to Oct. 3.", "Oct. 3", ("2026-10-03", "2026-09-03T00:00", "2026-10-04T00:00")),
        ("Violence flared in the lead-up to Oct. 3.", "Oct. 3", ("2026-10-03", "2026-09-03T00:00", "2026-10-04T00:00")),
    ],
)
def test_mid_morning_and_run_up(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, DCT) == expected
