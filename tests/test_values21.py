"""Time-expression values and bounds on news phrasing (twenty-first session, values helper): sentences written for these tests.

Every expected value and bound below was worked out by hand from docs/conventions.md (weekdays checked with a calendar),
not copied from the tagger's output."""

from __future__ import annotations

import pytest

from _timelines import value_and_bounds as _got  # (value, earliest, latest) of the expression


# --- a hyphenated adjective in "-ed" ("long-delayed", "much-criticised") is no past verb: the verb of the clause decides


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # said on Mon 16 Feb 2026: "will publish ... on Wednesday" is the Wednesday ahead, 18 Feb (not 11 Feb)
        ("The cabinet will publish its long-delayed budget on Wednesday, aides confirmed.", "Wednesday", "2026-02-16",
         ("2026-02-18", "2026-02-18T00:00", "2026-02-19T00:00")),
        # said on Wed 18 Feb 2026: "will vote on its much-criticised plan on Friday" is 20 Feb (not 13 Feb)
        ("The council will vote on its much-criticised plan on Friday.", "Friday", "2026-02-18",
         ("2026-02-20", "2026-02-20T00:00", "2026-02-21T00:00")),
        # a past verb still looks back: 13 Feb
        ("The council approved its much-criticised plan on Friday.", "Friday", "2026-02-18",
         ("2026-02-13", "2026-02-13T00:00", "2026-02-14T00:00")),
    ],
)
def test_hyphenated_adjective_is_no_verb(text: str, expression: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, dct) == expected


# --- "follows on Saturday": a present that names a scheduled event when only the preposition stands before the time


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # said on Wed 12 Aug 2026: the Saturday and Sunday ahead, 15 and 16 Aug (not 8 and 9 Aug)
        ("The second leg follows on Saturday.", "Saturday", "2026-08-12", ("2026-08-15", "2026-08-15T00:00", "2026-08-16T00:00")),
        ("The rest of the round follows on Saturday and Sunday.", "Sunday", "2026-08-12",
         ("2026-08-16", "2026-08-16T00:00", "2026-08-17T00:00")),
        # with an object between, "follows" tells what came before: last Tuesday, 11 Aug
        ("The move follows talks on Tuesday.", "Tuesday", "2026-08-12", ("2026-08-11", "2026-08-11T00:00", "2026-08-12T00:00")),
        # the time right after it, no preposition between, is its object: "Tuesday's announcement" is last Tuesday's
        ("The move follows Tuesday's announcement by the board.", "Tuesday", "2026-08-12", ("2026-08-11", "2026-08-11T00:00", "2026-08-12T00:00")),
        # the past form looks back: 8 Aug
        ("A debate followed on Saturday.", "Saturday", "2026-08-12", ("2026-08-08", "2026-08-08T00:00", "2026-08-09T00:00")),
    ],
)
def test_follows_on_a_day(text: str, expression: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, dct) == expected


# --- a results story counts "the previous quarter" and "a year earlier" from the quarter it reports, not from the day


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Thu 5 Nov 2026 on third-quarter results: the previous quarter is the second (not Q3, before Q4 of the day)
        ("Acme posted higher third-quarter sales on Thursday. Sales in the previous quarter had slipped.", "the previous quarter",
         "2026-11-05", ("2026-Q2", "2026-04-01T00:00", "2026-07-01T00:00")),
        # a date ahead told since (a dividend day) does not move the report's quarter
        ("Acme posted higher third-quarter sales on Thursday and will pay a dividend on December 1. Sales in the previous quarter"
         " had slipped.", "the previous quarter", "2026-11-05", ("2026-Q2", "2026-04-01T00:00", "2026-07-01T00:00")),
        # the report's day told last: "a year earlier" is the year-ago quarter
        ("Acme reported third-quarter sales on Thursday. Sales rose from a year earlier.", "a year earlier", "2026-11-05",
         ("2025-Q3", "2025-07-01T00:00", "2025-10-01T00:00")),
        # the quarter's last day told last, too
        ("Acme reported third-quarter sales on Thursday. Sales for the three months to September 30 rose from a year earlier.",
         "a year earlier", "2026-11-05", ("2025-Q3", "2025-07-01T00:00", "2025-10-01T00:00")),
        # no quarter reported: the quarter before the publication's (Q4), the third
        ("Sales in the previous quarter had slipped.", "the previous quarter", "2026-11-05", ("2026-Q3", "2026-07-01T00:00", "2026-10-01T00:00")),
    ],
)
def test_results_story_counts_from_its_quarter(text: str, expression: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, dct) == expected


# --- a reporting verb ending the sentence before is no "said on" of the time that opens the next one


def test_time_after_a_sentence_ending_in_said() -> None:
    """Said on Tue 22 Dec 2026: "Last Christmas" (2025-12-25) opens the sentence, so the past "closed ... on December 23" is
    2025-12-23, not the next day, 2026-12-23 (which a bare yearly date in a past clause with no earlier time takes)."""
    text = "Crews worked through the night, the mayor said. Last Christmas, a storm closed the road on December 23."
    assert _got(text, "December 23", "2026-12-22") == ("2025-12-23", "2025-12-23T00:00", "2025-12-24T00:00")


# --- "late on September 13, 2024": the modifier and the year belong to the one date


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # the whole phrase, that day's end (16:00 to midnight), the year written (not 2025-09-13 and a separate "2024")
        ("A clerk flagged the transfer late on September 13, 2024.", "late on September 13, 2024", "2026-03-12",
         ("2024-09-13", "2024-09-13T16:00", "2024-09-14T00:00")),
        ("The vessel left port early on 2 May 2023.", "early on 2 May 2023", "2026-03-12", ("2023-05-02", "2023-05-02T00:00", "2023-05-02T08:00")),
    ],
)
def test_modifier_before_a_full_date(text: str, expression: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, dct) == expected


# --- "warned of heavy snow late on Wednesday": the time of what is warned of, after the warning, the closest


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # said on Tue 22 Dec 2026: the Wednesday ahead, 23 Dec (last Wednesday was 16 Dec)
        ("Forecasters warned of heavy snow late on Wednesday.", "late on Wednesday", "2026-12-22",
         ("2026-12-23", "2026-12-23T16:00", "2026-12-24T00:00")),
        ("Villagers braced for floods on Friday.", "Friday", "2026-12-22", ("2026-12-25", "2026-12-25T00:00", "2026-12-26T00:00")),
        # a verb of its own between: the past clause looks back, 21 Dec
        ("The agency warned of delays and said trains stopped on Monday.", "Monday", "2026-12-22",
         ("2026-12-21", "2026-12-21T00:00", "2026-12-22T00:00")),
        # the closest: said on Mon 28 Dec 2026, "warned of ice on Saturday" is the Saturday just gone, 26 Dec
        ("Drivers were warned of ice on Saturday.", "Saturday", "2026-12-28", ("2026-12-26", "2026-12-26T00:00", "2026-12-27T00:00")),
    ],
)
def test_time_of_what_is_warned_of(text: str, expression: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, dct) == expected


def test_month_after_a_warning_stays_the_warnings() -> None:
    """Said on 21 Oct 2026, a month after "warned of" keeps the past clause's reading: March 2026 (not the closest, 2027)."""
    assert _got("The regulator warned of shortages in March.", "March", "2026-10-21") == ("2026-03", "2026-03-01T00:00", "2026-04-01T00:00")
