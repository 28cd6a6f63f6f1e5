"""Time-expression values and bounds on news phrasing (twentieth session, values helper): sentences written for these tests.

Every expected value and bound below was worked out by hand from docs/conventions.md (weekdays and ISO weeks checked with a
calendar), not copied from the tagger's output."""

from __future__ import annotations

import pytest

from timeline.tagger import tag
from _timelines import value_and_bounds


def _timexes(text: str, dct: str, mode: str = "news") -> dict[str, object]:
    return {t.text: t for t in tag(text, dct, mode=mode).timexes}


def _got(text: str, expression: str, dct: str) -> tuple[str, str, str]:
    return value_and_bounds(text, expression, dct)


# --- "the 30th" in a clause whose verb points away from the story's month: the publication month's, the next or the last


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # said on Wed 10 June 2026 while the story is in May: a present fixture and a future are ahead of the publication day
        ("In May, the firm said it would shut the plant. The last shift ends on the 30th.", "the 30th", "2026-06-10",
         ("2026-06-30", "2026-06-30T00:00", "2026-07-01T00:00")),
        ("In May, the firm said it would shut the plant. Talks resume on the 2nd.", "the 2nd", "2026-06-10",
         ("2026-07-02", "2026-07-02T00:00", "2026-07-03T00:00")),
        # the story's month is the publication month: the 3rd is gone, so the next month's
        ("Early voting began on the 8th. The result will be certified on the 3rd.", "the 3rd", "2026-06-10",
         ("2026-07-03", "2026-07-03T00:00", "2026-07-04T00:00")),
        # a past clause keeps the story's month
        ("In May, the firm said it would shut the plant. Workers were told on the 14th.", "the 14th", "2026-06-10",
         ("2026-05-14", "2026-05-14T00:00", "2026-05-15T00:00")),
        # a story's month ahead stays for a future clause ("In July ... on the 14th")
        ("The festival moves to July. It will open on the 14th.", "the 14th", "2026-06-10",
         ("2026-07-14", "2026-07-14T00:00", "2026-07-15T00:00")),
    ],
)
def test_day_of_month_follows_its_verb(text: str, expression: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, dct) == expected


def test_day_of_month_in_a_history_keeps_the_story_month() -> None:
    """Narrative mode reads no tense: the day stays in the story's month."""
    t = _timexes("The siege began in May 1656. The last assault comes on the 30th.", "2026-06-10", mode="narrative")["the 30th"]
    assert t.value == "1656-05-30"  # type: ignore[attr-defined]


# --- a week named in an aside between commas does not date a weekday after the aside


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # Mon 7 Dec 2026: "runs from Saturday" is the Saturday ahead, 12 Dec (last week's was 5 Dec)
        ("The curfew, imposed last week, runs from Saturday.", "Saturday", "2026-12-07", ("2026-12-12", "2026-12-12T00:00", "2026-12-13T00:00")),
        # Wed 9 Dec 2026: "takes effect on Monday" is 14 Dec (last week's Monday was 30 Nov)
        ("The law, passed last week, takes effect on Monday.", "Monday", "2026-12-09", ("2026-12-14", "2026-12-14T00:00", "2026-12-15T00:00")),
        # the week opening the clause still dates its weekday: last week's Tuesday, 1 Dec
        ("Last week, the council voted on Tuesday.", "Tuesday", "2026-12-09", ("2026-12-01", "2026-12-01T00:00", "2026-12-02T00:00")),
        ("However, last week, the council voted on Tuesday.", "Tuesday", "2026-12-09", ("2026-12-01", "2026-12-01T00:00", "2026-12-02T00:00")),
    ],
)
def test_week_in_an_aside(text: str, expression: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, dct) == expected


# --- "died" is a past form: a time limit after it counts from the story's time


def test_died_within_weeks_counts_from_the_story() -> None:
    """Story time January 2025; "within weeks" (PXW, at most 9 weeks = 63 days) after its end, 1 Feb 2025 + 63 days = 5 Apr."""
    assert _got("The singer fell ill in January 2025. He died within weeks.", "weeks", "2026-03-09") == ("PXW", "2025-01-01T00:00", "2025-04-05T00:00")


# --- "the middle of the week", "the end of the month": a past clause whose part is still ahead means the last one


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # Mon 9 March 2026 (W11): the middle of this week (Tue-Thu) is ahead, so a past clause means W10's, 3-5 March
        ("Prices fell in the middle of the week.", "the middle of the week", "2026-03-09", ("2026-W10", "2026-03-03T00:00", "2026-03-06T00:00")),
        ("Prices will rise in the middle of the week.", "the middle of the week", "2026-03-09", ("2026-W11", "2026-03-10T00:00", "2026-03-13T00:00")),
        # "Sales slowed at the end of the week" said on the Monday: last Friday to Sunday
        ("Sales slowed at the end of the week.", "the end of the week", "2026-03-09", ("2026-W10", "2026-03-06T00:00", "2026-03-09T00:00")),
        # said on Sunday 15 March, the end of the week (Fri-Sun) is under way: this week
        ("Sales slowed at the end of the week.", "the end of the week", "2026-03-15", ("2026-W11", "2026-03-13T00:00", "2026-03-16T00:00")),
        # 15 March: the start of March (1-10) is over, so "will rise" is April's; the end of March (21-31) is ahead, a
        # past clause means February's (its last third, 19-28 Feb, widened to whole days)
        ("Rents will rise at the start of the month.", "the start of the month", "2026-03-15", ("2026-04", "2026-04-01T00:00", "2026-04-11T00:00")),
        ("Rents rose at the end of the month.", "the end of the month", "2026-03-15", ("2026-02", "2026-02-19T00:00", "2026-03-01T00:00")),
        ("Rents will rise at the end of the month.", "the end of the month", "2026-03-15", ("2026-03", "2026-03-21T00:00", "2026-04-01T00:00")),
    ],
)
def test_part_of_this_period_follows_the_tense(text: str, expression: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, dct) == expected


# --- "the weekend" after a day named earlier in its clause, with a verb between: that day's weekend


@pytest.mark.parametrize(
    "text,dct,expected",
    [
        # Wed 18 Nov 2026; Thanksgiving is Thu 26 Nov, its weekend 28-29 Nov (W48), not the coming one (21-22 Nov)
        ("Shops will open late on Thanksgiving Day and stay open through the weekend.", "2026-11-18", ("2026-W48-WE", "2026-11-28T00:00", "2026-11-30T00:00")),
        # a past clause: Fri 6 Nov's weekend, 7-8 Nov (W45), not the last one (14-15 Nov)
        ("The fair opened on Nov. 6 and ran through the weekend.", "2026-11-18", ("2026-W45-WE", "2026-11-07T00:00", "2026-11-09T00:00")),
        # a list ("on Monday and over the weekend"): the weekend the tense picks, the coming one
        ("Rain is expected on Monday and over the weekend.", "2026-11-18", ("2026-W47-WE", "2026-11-21T00:00", "2026-11-23T00:00")),
        # another clause (", and"): its own weekend, the last one
        ("The talks ended on Nov. 6, and the leaders met over the weekend.", "2026-11-18", ("2026-W46-WE", "2026-11-14T00:00", "2026-11-16T00:00")),
    ],
)
def test_weekend_after_a_named_day(text: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, "the weekend", dct) == expected


# --- a bare half in a sentence about costs


def test_bare_half_about_costs() -> None:
    """Said on 20 Jan 2027, "should ease" looks ahead: the second half of 2027."""
    assert _got("In the second half, costs should ease.", "the second half", "2027-01-20") == ("2027-H2", "2027-07-01T00:00", "2028-01-01T00:00")


# --- plural present forms of programme verbs after a plural subject name a scheduled event: ahead


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # said on Mon 14 Sept 2026: the Sunday ahead is 20 Sept (the last was 13 Sept), Saturday 19, Friday 18
        ("Polls close at 8 p.m. on Sunday.", "Sunday", ("2026-09-20", "2026-09-20T00:00", "2026-09-21T00:00")),
        ("Polls close at 8 p.m. on Sunday.", "8 p.m.", ("2026-09-20T20:00", "2026-09-20T20:00", "2026-09-20T20:01")),
        ("Ticket sales start on Saturday.", "Saturday", ("2026-09-19", "2026-09-19T00:00", "2026-09-20T00:00")),
        ("The talks end on Friday.", "Friday", ("2026-09-18", "2026-09-18T00:00", "2026-09-19T00:00")),
        # a noun ("a strong start", "the start of trading"): the clause's past verb, the days gone
        ("After a strong start on Saturday, the team faded.", "Saturday", ("2026-09-12", "2026-09-12T00:00", "2026-09-13T00:00")),
        ("Shares fell at the start of trading on Friday.", "Friday", ("2026-09-11", "2026-09-11T00:00", "2026-09-12T00:00")),
    ],
)
def test_plural_programme_verbs_look_ahead(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, "2026-09-14") == expected
