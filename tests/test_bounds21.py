"""Uncertainty bounds for issue 12 (twenty-first session, helper `bounds`): spans, limits and offsets counted on the
calendar, hedged "ago", and the other kinds of bound error found on news sentences.  Sentences written for these tests.

Every expected value and bound below was worked out by hand from docs/conventions.md (dates checked with a calendar:
Thu 15 Oct 2026 is the publication day unless a case says otherwise), not copied from the tagger's output."""

from __future__ import annotations

import pytest

from _timelines import value_and_bounds

DCT = "2026-10-15"


def _got(text: str, expression: str, dct: str = DCT) -> tuple[str, str, str]:
    return value_and_bounds(text, expression, dct)


# --- a whole number of months, quarters, years or decades is counted on the calendar, not in its longest days


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # six calendar months back from the publication day (not 6 x 31 = 186 days: 12 April)
        ("Home prices have climbed over the past six months.", "the past six months", ("P6M", "2026-04-15T00:00", "2026-10-16T00:00")),
        # ten calendar years (not 3,660 days: 12 Oct 2016)
        ("The reservoir has shrunk steadily in the past decade.", "the past decade", ("P10Y", "2016-10-15T00:00", "2026-10-16T00:00")),
        # two calendar years on from the end of the publication day (not 732 days: 17 Oct 2028)
        ("Fares will be frozen for the next two years.", "the next two years", ("P2Y", "2026-10-15T00:00", "2028-10-16T00:00")),
        # a time limit: three calendar months on (not 93 days: 17 Jan 2027)
        ("The canal will reopen within three months.", "three months", ("P3M", "2026-10-15T00:00", "2027-01-16T00:00")),
        # a hedged offset across a leap year: at least two calendar years after 2 Oct 2023 (730 days would be 1 Oct 2025)
        ("The plant opened on Oct. 2, 2023. More than two years later, it shut.", "More than two years", ("P2Y", "2025-10-02T00:00", "none")),
        # not changed: hours and days are exact (15 Oct 00:00 less 36 hours)
        ("Heavy rain has fallen over the past 36 hours.", "the past 36 hours", ("PT36H", "2026-10-13T12:00", "2026-10-16T00:00")),
    ],
)
def test_whole_months_on_the_calendar(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression) == expected


# --- a hedged "ago" lies where the hedge's widths ([hedges]) put the length back from now, not in the period of the bare count


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # nearly = 0.8 to 1.0 x ten years back: from 15 Oct 2016 to the end of 15 Oct 2018
        ("The pier collapsed nearly a decade ago.", "nearly a decade ago", ("2016-10-15T00:00", "2018-10-16T00:00")),
        # more than = at least seven days back from the end of the publication day, no earliest
        ("The ferry was last seen more than a week ago.", "more than a week ago", ("none", "2026-10-09T00:00")),
        ("The mine closed at least three years ago.", "at least three years ago", ("none", "2023-10-16T00:00")),
        # less than = 0 to 1 x: between a year ago and now
        ("The shop changed hands less than a year ago.", "less than a year ago", ("2025-10-15T00:00", "2026-10-16T00:00")),
        # just over = 1.0 to 1.2 x a hundred years
        ("The statue went up just over a century ago.", "over a century ago", ("1906-10-15T00:00", "1926-10-16T00:00")),
        # about = 0.8 to 1.2 x a month (not a whole number of months: 1.2 x 31 = 37.2 days, rounded up to 38, back from 15 Oct
        # 00:00; 0.8 x 28 = 22.4 days, rounded down to 22, back from 16 Oct 00:00; s24: whole days, as the hedged lengths)
        ("A fire gutted the hall about a month ago.", "about a month ago", ("2026-09-07T00:00", "2026-09-24T00:00")),
        # a trailing hedge: "or so" = 0.8 to 1.2 x; 2.4 and 1.6 years are no whole number of months: 2.4 x 366 = 878.4 days,
        # rounded up to 879, back from 15 Oct 00:00; 1.6 x 365 = 584 days back from 16 Oct 00:00
        ("The bridge was painted two years or so ago.", "two years or so ago", ("2024-05-19T00:00", "2025-03-11T00:00")),
        # not changed: no hedge, the year as TimeBank writes it; a day named with the count keeps its day
        ("The mine closed three years ago.", "three years ago", ("2023-01-01T00:00", "2024-01-01T00:00")),
        ("The House passed the bill a week ago Tuesday.", "a week ago Tuesday", ("2026-10-06T00:00", "2026-10-07T00:00")),
    ],
)
def test_hedged_ago(text: str, expression: str, expected: tuple[str, str]) -> None:
    assert _got(text, expression)[1:] == expected


# --- a limit ahead reported on a past day told before it in its sentence counts from that day


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # Monday 12 Oct, then one calendar month on from its end
        ("The minister said on Monday that the bridge would reopen within a month.", "a month", ("P1M", "2026-10-12T00:00", "2026-11-13T00:00")),
        # Tuesday 13 Oct, then up to nine days ("days": 2 to 9) from its end
        ("On Tuesday, the union told members that a deal would come within days.", "days", ("PXD", "2026-10-13T00:00", "2026-10-23T00:00")),
        # not changed: no reporting verb ("will reopen" counts from now), no day told (from now)
        ("The shop closed on Monday and will reopen within two weeks.", "two weeks", ("P2W", "2026-10-15T00:00", "2026-10-30T00:00")),
        ("The minister said the bridge would reopen within a month.", "a month", ("P1M", "2026-10-15T00:00", "2026-11-16T00:00")),
    ],
)
def test_limit_reported_on_a_past_day(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression) == expected


# --- "the first week of April": the month's seven days of that rank, not the ISO week its value names


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # value: the ISO week holding 4 Jan 2027 (W01, 4-10 Jan); bounds: 1-7 January
        ("Voters will receive their ballots in the first week of January.", "the first week of January", ("2027-W01", "2027-01-01T00:00", "2027-01-08T00:00")),
        # the last seven days of a month: 25-31 August 2026 (value: the ISO week holding 28 Aug, W35)
        ("Hotel bookings slumped in the last week of August.", "the last week of August", ("2026-W35", "2026-08-25T00:00", "2026-09-01T00:00")),
        # a leap February: 23-29 February 2028
        ("The rail strike is planned for the last week of February 2028.", "the last week of February 2028", ("2028-W09", "2028-02-23T00:00", "2028-03-01T00:00")),
        ("The audit began in the third week of September.", "the third week of September", ("2026-W38", "2026-09-15T00:00", "2026-09-22T00:00")),
        # not changed: a week that is not a month's ("the week of", "last week")
        ("The audit began last week.", "last week", ("2026-W41", "2026-10-05T00:00", "2026-10-12T00:00")),
    ],
)
def test_week_of_month(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression) == expected


# --- "over the past year", "in the last month": one unit up to now, after a word of [trailing_units]


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # 15 Oct 2025 to the end of 15 Oct 2026 (the value stays the year before, as TimeBank writes "the past year")
        ("Rents in the capital have soared over the past year.", "the past year", ("2025-10-15T00:00", "2026-10-16T00:00")),
        # one calendar month back from the publication day
        ("Three ministers have resigned in the last month.", "the last month", ("2026-09-15T00:00", "2026-10-16T00:00")),
        # ten calendar years
        ("The port has doubled in size during the last decade.", "the last decade", ("2016-10-15T00:00", "2026-10-16T00:00")),
        # not changed: no span word before it (the calendar year before), and "last year" without "the"
        ("The past year was the wettest on record.", "The past year", ("2025-01-01T00:00", "2026-01-01T00:00")),
        ("Forecasters said the past year was the wettest on record.", "the past year", ("2025-01-01T00:00", "2026-01-01T00:00")),
        ("Exports rose in last year's final months.", "last year", ("2025-01-01T00:00", "2026-01-01T00:00")),
    ],
)
def test_trailing_unit(text: str, expression: str, expected: tuple[str, str]) -> None:
    assert _got(text, expression)[1:] == expected


# --- an unknown count ("a few", "several": 2 to 9 units) of months or years is counted on the calendar too


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # nine calendar years back (not 9 x 366 days: 8 Oct 2017)
        ("Rents have climbed over the past few years.", "the past few years", ("PXY", "2017-10-15T00:00", "2026-10-16T00:00")),
        # two to nine calendar months from 3 Jan 2025 (not 56 to 279 days: 28 Feb .. 10 Oct 2025); (s23: a story day whose
        # reach stays before publication, since a past clause's offset now ends by the reference day)
        ("The mill closed on Jan. 3, 2025. Several months later, it reopened.", "Several months", ("PXM", "2025-03-03T00:00", "2025-10-04T00:00")),
        # not changed: days are exact (2 to 9 days from 3 March)
        ("The mill closed on March 3. A few days later, it reopened.", "A few days", ("PXD", "2026-03-05T00:00", "2026-03-13T00:00")),
    ],
)
def test_unknown_count_on_the_calendar(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression) == expected


# --- "so far this year", "this month to date" ([up_to_now]): the period under way up to now


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # 1 Jan 2026 to the end of the publication day, 15 Oct
        ("Car sales have risen 4 percent so far this year.", "this year", ("2026-01-01T00:00", "2026-10-16T00:00")),
        ("Rainfall this month to date is half the normal amount.", "this month", ("2026-10-01T00:00", "2026-10-16T00:00")),
        ("Shares this week so far have fallen 3 percent.", "this week", ("2026-10-12T00:00", "2026-10-16T00:00")),
        # not changed: without the phrase, and a period not under way (bookings made so far for next year: all of 2027)
        ("Car sales will rise this year.", "this year", ("2026-01-01T00:00", "2027-01-01T00:00")),
        ("Hotel bookings so far next year look strong.", "next year", ("2027-01-01T00:00", "2028-01-01T00:00")),
    ],
)
def test_up_to_now(text: str, expression: str, expected: tuple[str, str]) -> None:
    assert _got(text, expression)[1:] == expected


# --- "later today", "earlier today": the comparative word before an expression that does not take it in cuts it at now


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # published at 14:30: the rest of the day, the day up to now
        ("The court will rule later today.", "today", ("2026-10-15", "2026-10-15T14:30", "2026-10-16T00:00")),
        ("Earlier today, the finance minister resigned.", "today", ("2026-10-15", "2026-10-15T00:00", "2026-10-15T14:30")),
        # not changed: "later" ends an offset ("an hour later"), and no comparative word
        ("The second train arrived an hour later today.", "today", ("2026-10-15", "2026-10-15T00:00", "2026-10-16T00:00")),
        ("The court will rule today.", "today", ("2026-10-15", "2026-10-15T00:00", "2026-10-16T00:00")),
    ],
)
def test_comparative_word_before(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, "2026-10-15T14:30") == expected


# --- a length after "for" in a present perfect clause runs up to now ([perfect_spans])


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # almost = 0.8 to 1.0 x: it began no earlier than 14 days before 15 Oct 00:00
        ("The tanker has been stuck in the canal for almost two weeks.", "almost two weeks", ("P2W", "2026-10-01T00:00", "2026-10-16T00:00")),
        # more than: no earliest
        ("Two hikers have been missing for more than a week.", "more than a week", ("P1W", "none", "2026-10-16T00:00")),
        # 18 calendar months back
        ("The border crossing has been closed for 18 months.", "18 months", ("P18M", "2025-04-15T00:00", "2026-10-16T00:00")),
        ("It hasn't rained in the valley for three weeks.", "three weeks", ("P3W", "2026-09-24T00:00", "2026-10-16T00:00")),
        # not changed: a past, a past perfect and a future clause (the last auxiliary is not "has"/"have")
        ("The tanker was stuck for two weeks.", "two weeks", ("P2W", "none", "none")),
        ("The miners had been trapped for 40 hours.", "40 hours", ("PT40H", "none", "none")),
        ("The mill, which has run for decades, will shut for two weeks.", "two weeks", ("P2W", "none", "none")),
    ],
)
def test_perfect_span(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression) == expected


# --- "Two days later, the bridge reopened" with no date told before it: a past event, bounded only by now


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # counted from the publication day it would lie after it: open .. the end of 15 Oct
        ("Nearly two weeks later, the bridge reopened.", "Nearly two weeks", ("P2W", "none", "2026-10-16T00:00")),
        ("The envoy toured the camps. Three days later, the talks collapsed.", "Three days", ("P3D", "none", "2026-10-16T00:00")),
        # not changed: a future clause (from the publication day), and a day told before it (from that day: Mon 12 Oct + 2)
        ("Three days later, the talks will resume.", "Three days", ("P3D", "2026-10-18T00:00", "2026-10-19T00:00")),
        ("The bridge closed on Monday. Two days later, it reopened.", "Two days", ("P2D", "2026-10-14T00:00", "2026-10-15T00:00")),
    ],
)
def test_past_offset_from_nothing(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression) == expected


# --- "later this week" in a past clause is this week's rest, not last week's end (the flip is for "the end of the week")


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # said on Thursday 15 Oct (W42): the rest of W42 from now
        ("Officials promised a ruling later this week.", "later this week", ("2026-W42", "2026-10-15T00:00", "2026-10-19T00:00")),
        ("The utility promised repairs later this month.", "later this month", ("2026-10", "2026-10-15T00:00", "2026-11-01T00:00")),
        # not changed: "the end of the week" wholly ahead in a past clause is last week's (Fri 9 .. Sun 11 Oct)
        ("Prices fell at the end of the week.", "the end of the week", ("2026-W41", "2026-10-09T00:00", "2026-10-12T00:00")),
    ],
)
def test_later_this_week_in_a_past_clause(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression) == expected


# --- "earlier this morning", "later this evening": the part of the reference day's period before (after) now


@pytest.mark.parametrize(
    "text,dct,expression,expected",
    [
        # published 14:30: the whole morning (05-12) lies before now; the whole evening (17-22) after it
        ("The minister spoke earlier this morning.", "2026-10-15T14:30", "earlier this morning", ("2026-10-15T05:00", "2026-10-15T12:00")),
        ("The minister will speak later this evening.", "2026-10-15T14:30", "later this evening", ("2026-10-15T17:00", "2026-10-15T22:00")),
        # published 09:00: the morning up to now, the rest of it from now
        ("The minister spoke earlier this morning.", "2026-10-15T09:00", "earlier this morning", ("2026-10-15T05:00", "2026-10-15T09:00")),
        ("The minister will speak later this morning.", "2026-10-15T09:00", "later this morning", ("2026-10-15T09:00", "2026-10-15T12:00")),
        # a date only: the whole part (not "early morning" 00-08, "late evening" 20-24)
        ("The minister spoke earlier this morning.", "2026-10-15", "earlier this morning", ("2026-10-15T05:00", "2026-10-15T12:00")),
        # not changed: a period containing now ("earlier this year": 1 Jan to the end of the reference day)
        ("The minister spoke earlier this year.", "2026-10-15", "earlier this year", ("2026-01-01T00:00", "2026-10-16T00:00")),
    ],
)
def test_comparative_part_of_day(text: str, dct: str, expression: str, expected: tuple[str, str]) -> None:
    assert _got(text, expression, dct)[1:] == expected


# --- open ends ("pre-2000", "2028 or later", "post-1945", "1990 or earlier") leave the far side open


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        ("Most of the flats were built pre-1980.", "pre-1980", ("1980", "none", "1980-01-01T00:00")),
        ("The tunnel will open in 2029 or later.", "2029 or later", ("2029", "2029-01-01T00:00", "none")),
        ("The square was rebuilt post-1945.", "post-1945", ("1945", "1946-01-01T00:00", "none")),
        ("The parish records go back to 1850 or earlier.", "1850 or earlier", ("1850", "none", "1851-01-01T00:00")),
        # not changed: a hedged clock time keeps its minutes (BEFORE: 22:30 .. 23:00 on Sunday 11 Oct)
        ("Neighbours heard a crash shortly before 11 p.m. on Sunday.", "shortly before 11 p.m.", ("2026-10-11T23:00", "2026-10-11T22:30", "2026-10-11T23:00")),
    ],
)
def test_open_ends(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression) == expected


# --- a caller's own time expressions: the given mod bounds them as the tagger's own are bounded


def test_given_timexes_take_their_mod() -> None:
    import datetime as dt

    from timeline.resolve.period import given_timexes

    text = "Sales fell in late 2024 but had been flat pre-2000."
    items = [{"id": "a", "start": text.index("late 2024"), "end": text.index("late 2024") + 9, "type": "DATE", "value": "2024", "mod": "END"},
             {"id": "b", "start": text.index("pre-2000"), "end": text.index("pre-2000") + 8, "type": "DATE", "value": "2000", "mod": "BEFORE"},
             {"id": "c", "start": text.index("2024"), "end": text.index("2024") + 4, "type": "DATE", "value": "2024"}]
    got = {t.tid: (t.earliest, t.latest) for t in given_timexes(text, items, dt.datetime(2026, 3, 9))}
    # END of a year: September to December (as "late 2024" tagged); BEFORE: open up to 2000; no mod: the year
    assert got["a"] == (dt.datetime(2024, 9, 1), dt.datetime(2025, 1, 1))
    assert got["b"] == (None, dt.datetime(2000, 1, 1))
    assert got["c"] == (dt.datetime(2024, 1, 1), dt.datetime(2025, 1, 1))


# --- an unknown count of months as the first or last part of a period is counted on the calendar


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # the last 2 to 9 months of 2025: at most nine calendar months back from 1 Jan 2026 (not 279 days: 28 March)
        ("Growth slowed in the final months of last year.", "the final months", ("PXM", "2025-04-01T00:00", "2026-01-01T00:00")),
        # not changed: weeks are exact (nine weeks back from 1 Jan 2026)
        ("Shares slid in the final weeks of 2025.", "the final weeks", ("PXW", "2025-10-30T00:00", "2026-01-01T00:00")),
    ],
)
def test_unknown_part_of_a_period(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression) == expected
