"""Time-expression values and bounds on news phrasing (twenty-second session, values helper): sentences written for these tests.

Every expected value and bound below was worked out by hand from docs/conventions.md (weekdays checked with a calendar),
not copied from the tagger's output."""

from __future__ import annotations

import pytest

from _timelines import value_and_bounds as _got  # (value, earliest, latest) of the expression


# --- a bare past "overnight" after a day told before the publication day: that day's night, when it stands as an adverb


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Wed 13 May 2026: Saturday is 9 May, and the crews worked the night that followed it (9 May 19:00 to
        # 10 May 07:00), not the night before it
        ("A storm brought down power lines on Saturday. Crews worked overnight to restore supplies.", "overnight",
         "2026-05-13", ("2026-05-09TNI", "2026-05-09T19:00", "2026-05-10T07:00")),
        # a mark after it: Sunday 10 May, its night
        ("The main burst on Sunday, and engineers worked overnight.", "overnight", "2026-05-13",
         ("2026-05-10TNI", "2026-05-10T19:00", "2026-05-11T07:00")),
        # before a noun it is the night that led into the day told: Monday 11 May, the night of Sunday 10 May
        ("Shares in Tokyo fell on Monday, hurt by overnight losses on Wall Street.", "overnight", "2026-05-13",
         ("2026-05-10TNI", "2026-05-10T19:00", "2026-05-11T07:00")),
        # no day told: the night that ended on the publication day, as before (12 May)
        ("Prices of copper rose overnight.", "overnight", "2026-05-13",
         ("2026-05-12TNI", "2026-05-12T19:00", "2026-05-13T07:00")),
        # published Thu 14 May: the story's day is Sunday ahead, so a past clause counts from the last day told before
        # publication (Wednesday 13 May) and "overnight" is that Wednesday's night, not Tuesday's
        ("Inspectors found a crack in the dam on Wednesday. The reservoir will be drained by Sunday, officials said. "
         "Engineers began pumping overnight, the council said.", "overnight", "2026-05-14",
         ("2026-05-13TNI", "2026-05-13T19:00", "2026-05-14T07:00")),
    ],
)
def test_overnight_after_a_day_told(text: str, expression: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, dct) == expected


# --- "in N units" in a past clause is how long it took: a length with no place, which no later "of that year" counts from


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published 13 May 2026: the four months lie somewhere in 2021, not four months after publication
        ("Sales peaked in the second half of 2021, when the chain opened 30 stores in four months. "
         "In October of that year it opened nine more.", "four months", "2026-05-13", ("P4M", "none", "none")),
        # so the story stays in 2021: October 2021, not October 2026
        ("Sales peaked in the second half of 2021, when the chain opened 30 stores in four months. "
         "In October of that year it opened nine more.", "October of that year", "2026-05-13",
         ("2021-10", "2021-10-01T00:00", "2021-11-01T00:00")),
        # a future clause still counts from publication: four months on from May 2026 is September 2026
        ("The chain will open 30 stores in four months.", "four months", "2026-05-13",
         ("P4M", "2026-09-01T00:00", "2026-10-01T00:00")),
    ],
)
def test_in_n_units_in_a_past_clause(text: str, expression: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, dct) == expected


# --- a weekday after a clock time in a present notice of a span: the words before the clock time are the day's


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Wed 13 May 2026: a warning still to come, Friday 15 and Saturday 16 May (not the 8th and 9th)
        ("A wind warning runs from 6 p.m. on Friday until 9 a.m. on Saturday.", "Friday", "2026-05-13",
         ("2026-05-15", "2026-05-15T00:00", "2026-05-16T00:00")),
        ("A wind warning runs from 6 p.m. on Friday until 9 a.m. on Saturday.", "6 p.m.", "2026-05-13",
         ("2026-05-15T18:00", "2026-05-15T18:00", "2026-05-15T18:01")),
        ("A wind warning runs from 6 p.m. on Friday until 9 a.m. on Saturday.", "Saturday", "2026-05-13",
         ("2026-05-16", "2026-05-16T00:00", "2026-05-17T00:00")),
        # under way: Monday 11 May to Thursday 14 May holds the 13th, so the Monday is this week's
        ("The flood warning runs from 6 p.m. on Monday until 10 a.m. on Thursday.", "Monday", "2026-05-13",
         ("2026-05-11", "2026-05-11T00:00", "2026-05-12T00:00")),
        # the end of a span in the present lies ahead: Monday 18 May, Sunday 17 May
        ("The motorway is closed until 5 a.m. on Monday.", "Monday", "2026-05-13",
         ("2026-05-18", "2026-05-18T00:00", "2026-05-19T00:00")),
        ("The exhibition runs until 5 p.m. on Sunday.", "Sunday", "2026-05-13",
         ("2026-05-17", "2026-05-17T00:00", "2026-05-18T00:00")),
        # a past clause is not touched: Friday 8 to Monday 11 May
        ("The motorway was closed from 8 p.m. on Friday until 5 a.m. on Monday.", "Monday", "2026-05-13",
         ("2026-05-11", "2026-05-11T00:00", "2026-05-12T00:00")),
    ],
)
def test_weekday_after_a_clock_time_in_a_notice(text: str, expression: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, dct) == expected


# --- "the same period last year" in a half-year report: the half, not the last quarter


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published 30 Jul 2026: the report is about the first half of 2026, so the same period a year before is 2025-H1
        ("Profit in the first half of the year fell 8 per cent from the same period last year.", "the same period last year",
         "2026-07-30", ("2025-H1", "2025-01-01T00:00", "2025-07-01T00:00")),
        # the half named after a quarter is what the report is about
        ("Profit in the second quarter fell. In the first half, sales fell 2 per cent from the same period last year.",
         "the same period last year", "2026-07-30", ("2025-H1", "2025-01-01T00:00", "2025-07-01T00:00")),
        # a quarter named after the half is: the second quarter of 2025
        ("Profit in the first half fell. Second-quarter sales rose 3 per cent from the same period last year.",
         "the same period last year", "2026-07-30", ("2025-Q2", "2025-04-01T00:00", "2025-07-01T00:00")),
        # a half still ahead is no report ("the first half of next year"): the last quarter over, 2026-Q2, a year before
        ("Profit rose in the second quarter, and the firm expects more in the first half of next year; sales were flat from "
         "the same period last year.", "the same period last year", "2026-07-30", ("2025-Q2", "2025-04-01T00:00", "2025-07-01T00:00")),
        # "the six months to June 30" is the first half: 2025-H1
        ("Operating profit for the six months to June 30 rose, up from the same period last year.", "the same period last year",
         "2026-07-30", ("2025-H1", "2025-01-01T00:00", "2025-07-01T00:00")),
        # "the three months to March 31" is the first quarter: 2025-Q1 (not the last quarter over, Q2)
        ("Sales for the three months to March 31 rose, up from the same period a year earlier.", "the same period a year earlier",
         "2026-07-30", ("2025-Q1", "2025-01-01T00:00", "2025-04-01T00:00")),
    ],
)
def test_same_period_in_a_half_year_report(text: str, expression: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, dct) == expected


# --- a bare past "overnight" in a clause reported on a day named at the end of its sentence: the night before that day


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Sun 11 Oct 2026: reported on Sunday, so the night of Saturday 10 Oct (not Wednesday's, the day told)
        ("The ferry sank on Wednesday. The number of missing rose overnight to 40, coastguards said on Sunday.", "overnight",
         "2026-10-11", ("2026-10-10TNI", "2026-10-10T19:00", "2026-10-11T07:00")),
        # reported "yesterday", Saturday 10 Oct: the night of Friday 9 Oct
        ("Flood waters receded overnight, police said yesterday.", "overnight", "2026-10-11",
         ("2026-10-09TNI", "2026-10-09T19:00", "2026-10-10T07:00")),
        # no day of the report: the day told, Wednesday 7 Oct, and its night
        ("The ferry sank on Wednesday. The number of missing rose overnight, coastguards said.", "overnight", "2026-10-11",
         ("2026-10-07TNI", "2026-10-07T19:00", "2026-10-08T07:00")),
    ],
)
def test_overnight_reported_on_a_day(text: str, expression: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, dct) == expected


# --- a weekday after a holiday names the holiday again only through a noun of the holiday itself ("holiday", "break")


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Tue 6 Jan 2026: Christmas 2025 fell on a Thursday, but the report of the trading is the Thursday ahead, 8 Jan
        ("Rival Harland reports its Christmas trading on Thursday.", "Thursday", "2026-01-06",
         ("2026-01-08", "2026-01-08T00:00", "2026-01-09T00:00")),
        # published Mon 21 Dec 2026: the Christmas holiday on Friday is Christmas Day, 25 Dec (not the Friday gone, 18 Dec)
        ("Markets were quiet ahead of the Christmas holiday on Friday.", "Friday", "2026-12-21",
         ("2026-12-25", "2026-12-25T00:00", "2026-12-26T00:00")),
    ],
)
def test_weekday_after_a_holiday_noun(text: str, expression: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, dct) == expected


# --- a weekday after "from"/"starting" with only a decreeing verb's object before it: when the measure begins, the closest


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Sun 11 Oct 2026: the mourning begins on Monday 12 Oct (1 day ahead), not the Monday gone (5 Oct)
        ("The government declared three days of national mourning from Monday.", "Monday", "2026-10-11",
         ("2026-10-12", "2026-10-12T00:00", "2026-10-13T00:00")),
        # published Wed 14 Oct 2026: Saturday 17 Oct lies 3 days ahead, Saturday 10 Oct 4 days back
        ("The council imposed a hosepipe ban starting Saturday.", "Saturday", "2026-10-14",
         ("2026-10-17", "2026-10-17T00:00", "2026-10-18T00:00")),
        # another verb between: the clause's past decides, Monday 5 Oct
        ("The government declared an emergency and schools closed from Monday.", "Monday", "2026-10-11",
         ("2026-10-05", "2026-10-05T00:00", "2026-10-06T00:00")),
        # the decree's own day: Monday 5 Oct
        ("The government declared a state of emergency on Monday.", "Monday", "2026-10-11",
         ("2026-10-05", "2026-10-05T00:00", "2026-10-06T00:00")),
    ],
)
def test_weekday_a_decreed_measure_begins(text: str, expression: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, dct) == expected


# --- a past form written as the present after an article ("the first cut") is a noun, no past cue


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published 19 Mar 2026: "expect" looks ahead, June 2026 (not June 2025, read from "cut" as a past verb)
        ("Analysts expect the first cut in June.", "June", "2026-03-19", ("2026-06", "2026-06-01T00:00", "2026-07-01T00:00")),
        ("Traders now see a cut in May.", "May", "2026-03-19", ("2026-05", "2026-05-01T00:00", "2026-06-01T00:00")),
        # a subject noun between the article and the word: "cut" is its past verb, April 2025
        ("The government cut taxes in April.", "April", "2026-03-19", ("2025-04", "2025-04-01T00:00", "2025-05-01T00:00")),
    ],
)
def test_present_alike_noun_after_an_article(text: str, expression: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, dct) == expected


# --- "pushed ... back to September" defers as "postponed to" does: the time looks ahead


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published 19 Mar 2026: September 2026 (not September 2025)
        ("Others pushed their forecast back to September.", "September", "2026-03-19",
         ("2026-09", "2026-09-01T00:00", "2026-10-01T00:00")),
        # published Wed 13 May 2026: the Friday ahead, 15 May
        ("The club pushed the meeting back to Friday.", "Friday", "2026-05-13", ("2026-05-15", "2026-05-15T00:00", "2026-05-16T00:00")),
    ],
)
def test_pushed_back_to(text: str, expression: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, dct) == expected


# --- "midday" is written as noon is: the clock value T12:00 (TimeBank's), bounded by the wider midday span, 11:00-14:00


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Wed 13 May 2026, no day told: the publication day's midday
        ("Rescuers reached the boat at midday.", "midday", "2026-05-13", ("2026-05-13T12:00", "2026-05-13T11:00", "2026-05-13T14:00")),
        # with its day: Tuesday 12 May
        ("The ferry docked at midday on Tuesday.", "midday", "2026-05-13",
         ("2026-05-12T12:00", "2026-05-12T11:00", "2026-05-12T14:00")),
    ],
)
def test_midday_is_a_clock_value(text: str, expression: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, dct) == expected


# --- a relative year opening the sentence ("Last year ...") holds for a holiday, month or day of its past clause


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published 18 Dec 2026: last year's New Year's Eve, 31 Dec 2025 (not the one 13 days ahead)
        ("Last year the ferry company cancelled sailings on New Year's Eve.", "New Year's Eve", "2026-12-18",
         ("2025-12-31", "2025-12-31T00:00", "2026-01-01T00:00")),
        ("Last year, the shop closed early on Christmas Eve.", "Christmas Eve", "2026-12-18",
         ("2025-12-24", "2025-12-24T00:00", "2025-12-25T00:00")),
        # not opening the sentence, "last year" is another clause's: published 26 Dec 2026, Christmas Eve two days ago
        ("Police said a man jailed last year escaped on Christmas Eve.", "Christmas Eve", "2026-12-26",
         ("2026-12-24", "2026-12-24T00:00", "2026-12-25T00:00")),
    ],
)
def test_relative_year_opening_the_sentence(text: str, expression: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, dct) == expected


# --- fixture verbs of sport previews in the present name a scheduled day: the one ahead


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Wed 13 May 2026: Saturday 16, Sunday 17, Friday 15, Thursday 14 May
        ("Leeds welcome Norwich on Saturday.", "Saturday", "2026-05-13", ("2026-05-16", "2026-05-16T00:00", "2026-05-17T00:00")),
        ("The champions entertain Rovers on Sunday.", "Sunday", "2026-05-13", ("2026-05-17", "2026-05-17T00:00", "2026-05-18T00:00")),
        ("Smith competes in the 200 metres on Friday.", "Friday", "2026-05-13", ("2026-05-15", "2026-05-15T00:00", "2026-05-16T00:00")),
        ("England name their squad on Thursday.", "Thursday", "2026-05-13", ("2026-05-14", "2026-05-14T00:00", "2026-05-15T00:00")),
        # a noun after a determiner, and a past verb: Saturday 9 May
        ("The welcome on Saturday was warm.", "Saturday", "2026-05-13", ("2026-05-09", "2026-05-09T00:00", "2026-05-10T00:00")),
    ],
)
def test_fixture_verbs_of_previews(text: str, expression: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, dct) == expected


# --- "by <time>" right after a directive verb's object is a deadline the order set: after the order, the closest


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Wed 13 May 2026: June 5 2026 (23 days ahead), not June 5 2025
        ("The judge adjourned the case and ordered a report by June 5.", "June 5", "2026-05-13",
         ("2026-06-05", "2026-06-05T00:00", "2026-06-06T00:00")),
        # Friday 15 May (2 days ahead) is closer than Friday 8 May
        ("The regulator asked the bank for its accounts by Friday.", "Friday", "2026-05-13",
         ("2026-05-15", "2026-05-15T00:00", "2026-05-16T00:00")),
        # a plan asked for by Friday: Friday 15 May too ("plan" is no verb here)
        ("The regulator asked the bank for a plan by Friday.", "Friday", "2026-05-13",
         ("2026-05-15", "2026-05-15T00:00", "2026-05-16T00:00")),
    ],
)
def test_deadline_after_a_directive(text: str, expression: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, dct) == expected


# --- the last day of a period whose figures are named: the nearest one, whatever the tense of the figures' release


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published 13 May 2026: the year that ended on 31 March 2026 (not 2027, read from "are due")
        ("Results for the year to March 31 are due on June 2.", "March 31", "2026-05-13",
         ("2026-03-31", "2026-03-31T00:00", "2026-04-01T00:00")),
        # a quarter still running is the nearest too: 30 June 2026
        ("Results for the quarter to June 30 will be published in August.", "June 30", "2026-05-13",
         ("2026-06-30", "2026-06-30T00:00", "2026-07-01T00:00")),
        # no figures named: the clause's future, 31 March 2027
        ("The offer will run to March 31.", "March 31", "2026-05-13", ("2027-03-31", "2027-03-31T00:00", "2027-04-01T00:00")),
    ],
)
def test_last_day_of_a_reported_period(text: str, expression: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, dct) == expected


def test_a_possessive_relative_year_is_no_frame() -> None:
    # published 22 Jun 2026: "Last year's champion" names a person, not the sentence's year: early May 2026, 1-11 May
    text = "Last year's champion, Ana Petrova, has not played since she injured her wrist in early May."
    assert _got(text, "early May", "2026-06-22") == ("2026-05", "2026-05-01T00:00", "2026-05-12T00:00")


# --- figures of a month ("orders for November", "December exports") come out after it: the month begun already


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Thu 15 Jan 2026: November 2025, December 2025 (not the months ahead)
        ("Orders for November will be published on Friday.", "November", "2026-01-15", ("2025-11", "2025-11-01T00:00", "2025-12-01T00:00")),
        ("December exports will be released on Tuesday.", "December", "2026-01-15", ("2025-12", "2025-12-01T00:00", "2026-01-01T00:00")),
        ("Industrial output for December is due next week.", "December", "2026-01-15", ("2025-12", "2025-12-01T00:00", "2026-01-01T00:00")),
    ],
)
def test_figures_of_a_month(text: str, expression: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, dct) == expected
