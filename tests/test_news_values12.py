"""News values on unseen text (issue 12, twelfth session): sentences written for these tests."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct).timexes}


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a scheduled present that is no noun stays the verb after "in the" and a word
        ("Voters in the county go to the polls on Tuesday.", "Tuesday", "2026-04-21"),
        ("Senators in the chamber reconvene on Monday after the recess.", "Monday", "2026-04-20"),
        # ... a form that may be a noun there still is one ("the European vote")
        ("The party lost seats in the regional vote on Sunday.", "Sunday", "2026-04-12"),
        # "open" names a scheduled event, unless it follows a verb (then an adjective)
        ("The peace talks open on Monday with a dinner.", "Monday", "2026-04-20"),
        ("The library stayed open on Sunday.", "Sunday", "2026-04-12"),
        ("The banks were open on Monday.", "Monday", "2026-04-13"),
        ("The court hears arguments on Thursday.", "Thursday", "2026-04-16"),
    ],
)
def test_scheduled_present(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-04-15")[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # what something is compared with after "than" is known already: behind, whatever the clause's tense
        ("The mood at the summit will be gloomier than at their meeting in October.", "October", "2025-10"),
        ("Rents will be higher than in March, agents said.", "March", "2026-03"),
        ("Traffic will be heavier than on Monday.", "Monday", "2026-04-13"),
        # ... not after "later"/"sooner", nor with a verb between
        ("The report will be out no later than Friday.", "Friday", "2026-04-17"),
        ("The vote will come sooner than in May.", "May", "2026-05"),
        ("Demand will be weaker than expected in September.", "September", "2026-09"),
    ],
)
def test_known_comparison(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-04-15")[expression] == value


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # "payable" looks ahead as "due" does, either side of now after a past "be"
        ("The dividend is payable Dec. 7 to holders of record.", "2026-04-15", "Dec. 7", "2026-12-07"),
        ("The dividend is payable 12/31 to holders of record.", "2026-04-15", "12/31", "2026-12-31"),
        ("The dividend was payable Nov. 1, the company said.", "2027-01-10", "Nov. 1", "2026-11-01"),
        ("A dividend payable Jan. 15 was declared.", "2026-11-20", "Jan. 15", "2027-01-15"),
    ],
)
def test_payable(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(
    "text,dct,value",
    [
        # said on a Sunday, a weekend a clause looks ahead to is the next one ...
        ("Milder air is expected to reach the coast by the weekend.", "2027-02-14", "2027-W07-WE"),
        ("The talks will resume after the weekend.", "2027-02-14", "2027-W07-WE"),
        # ... but not one it runs through, nor one said on a Saturday, nor a past one
        ("Rain will continue through the weekend.", "2027-02-14", "2027-W06-WE"),
        ("Milder air is expected to reach the coast by the weekend.", "2027-02-13", "2027-W06-WE"),
        ("The storm hit over the weekend, officials said.", "2027-02-14", "2027-W06-WE"),
    ],
)
def test_weekend_said_on_its_last_day(text: str, dct: str, value: str) -> None:
    assert _values(text, dct)["the weekend"] == value


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        ("Home prices rose 3.2 percent from this time last year.", "2026-09-08", "this time last year", "2025-09-08"),
        ("Attendance is down from this time a year ago.", "2026-04-15", "this time a year ago", "2025-04-15"),
        ("The fair is planned for the weekend of Oct. 24-25.", "2026-09-08", "the weekend of Oct. 24-25", "2026-W43-WE"),
        ("Hearings are set for the week of March 9-13.", "2026-02-02", "the week of March 9-13", "2026-W11"),
    ],
)
def test_one_expression(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # "should" with a verb looks ahead, as "could" does, unless a perfect or negation follows it
        ("Results should be known by Friday.", "Friday", "2026-04-17"),
        ("Milder air should reach the coast by the weekend.", "the weekend", "2026-W16-WE"),
        ("The work should have been finished on Monday.", "Monday", "2026-04-13"),
    ],
)
def test_should_looks_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-04-15")[expression] == value


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # a capitalised scheduled word is a name, no scheduled event ("the Australian Open")
        ("She has not lost a match since the Australian Open in January.", "2026-11-09", "January", "2026-01"),
        ("He reached the final of the French Open on Sunday.", "2026-11-09", "Sunday", "2026-11-08"),
        # a plan given up ("originally scheduled for") lies either side of now: the closest
        ("The hearing, originally scheduled for June 15, was postponed to next month.", "2026-06-22", "June 15", "2026-06-15"),
        ("The launch, initially planned for March, was delayed by a leak.", "2026-06-22", "March", "2026-03"),
        ("The hearing is scheduled for June 29.", "2026-07-02", "June 29", "2027-06-29"),
        # a present "be" after a subject still ahead ("next", "upcoming") looks ahead
        ("Their next match is against the league leaders on Saturday at 3 p.m.", "2026-11-09", "Saturday", "2026-11-14"),
        ("Their upcoming game is at home on Saturday.", "2026-11-09", "Saturday", "2026-11-14"),
        ("The team is on a losing streak after a defeat on Saturday.", "2026-11-09", "Saturday", "2026-11-07"),
    ],
)
def test_subject_and_plan(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # a time set for industrial action in a past clause is the closest, ahead or behind
        ("Further action has been announced for the last week of June.", "2026-06-04", "the last week of June", "2026-W26"),
        # ... the second of two days set together too
        ("Unions have announced strikes for June 20 and June 27.", "2026-06-04", "June 27", "2026-06-27"),
        ("Unions have announced strikes for June 20 and June 27.", "2026-06-04", "June 20", "2026-06-20"),
        ("Workers walked out in May and June.", "2026-06-04", "June", "2026-06"),
        # Holy Thursday is Maundy Thursday, three days before Easter (April 5 in 2026)
        ("The Pope will lead the Holy Thursday Mass.", "2026-03-30", "Holy Thursday", "2026-04-02"),
    ],
)
def test_action_set_for(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # a quarter named by its number and its last day is labelled with that day's year (a fiscal quarter's label)
        ("Revenue for its fiscal fourth quarter, which ended June 30, rose 11 percent.", "2026-07-24", "fiscal fourth quarter", "2026-Q4"),
        ("Sales in the fiscal fourth quarter ended Jan. 31 rose.", "2026-03-05", "the fiscal fourth quarter", "2026-Q4"),
        ("The chain lost money in the year-ago period, the second quarter ended Oct. 31, 2025.", "2026-11-20", "the second quarter", "2025-Q2"),
        # ... a bare one keeps the last one of its number
        ("Revenue for its fiscal fourth quarter rose 11 percent.", "2026-07-24", "fiscal fourth quarter", "2025-Q4"),
    ],
)
def test_quarter_named_by_its_end(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # results and earnings are figures of a period: in a clause that looks ahead, the month begun already
        ("The company will report December results on Feb. 26.", "2026-02-06", "December", "2025-12"),
        ("The firm will publish results for January next week.", "2026-02-06", "January", "2026-01"),
        ("The bank will release its September earnings on Thursday.", "2026-10-20", "September", "2026-09"),
        ("The firm expects results in March to be strong.", "2026-02-06", "March", "2026-03"),
    ],
)
def test_results_name_their_period(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a fortnight is two weeks as an offset too
        ("The derby will be played in a fortnight.", "a fortnight", "P2W"),
        ("The deal was signed a fortnight later.", "a fortnight", "P2W"),
        # a present "be" before a clock time and a day: the day lies ahead; a clock time's colon ends no clause
        ("Kick-off is at 5:30 p.m. on Sunday.", "Sunday", "2026-05-10"),
        ("The match was at 5:30 p.m. on Sunday.", "Sunday", "2026-05-03"),
        ("The plane will land at 10:45 a.m. on Sunday, officials said.", "Sunday", "2026-05-10"),
    ],
)
def test_fortnight_and_clock(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-05-06")[expression] == value


@pytest.mark.parametrize(
    "text,dct,value",
    [
        # "this weekend" in a past clause said early in the week is the one just gone
        ("Fans gathered this weekend for the festival.", "2026-09-14", "2026-W37-WE"),
        ("Fans gathered this weekend for the festival.", "2026-09-15", "2026-W37-WE"),
        ("Fans will gather this weekend for the festival.", "2026-09-14", "2026-W38-WE"),
        ("Fans gathered this weekend for the festival.", "2026-09-11", "2026-W37-WE"),
    ],
)
def test_this_weekend_just_gone(text: str, dct: str, value: str) -> None:
    assert _values(text, dct)["this weekend"] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a remand or bail "until" a day sets a date mostly still ahead, though the verb is past
        ("He was remanded in custody until Sept. 7.", "Sept. 7", "2026-09-07"),
        ("She was bailed until Oct. 2.", "Oct. 2", "2026-10-02"),
        ("The shop stayed closed until Friday.", "Friday", "2026-08-21"),
    ],
)
def test_remanded_until(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-08-24")[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a form in "-ed" right after "who"/"which" is that clause's verb, a sure past ("who returned to Earth in March")
        ("The astronaut, who returned to Earth in March after six months in orbit, will fly again in 2028.", "March", "2026-03"),
        ("The bridge, which collapsed under a truck in April, will reopen next year.", "April", "2026-04"),
    ],
)
def test_relative_clause_verb(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-11-23")[expression] == value


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # "the past weekend" is a weekend of the calendar, not a length of two days
        ("Flights were cancelled over the past weekend.", "2026-02-09", "the past weekend", "2026-W06-WE"),
        ("The festival drew crowds over the past two weekends.", "2026-02-09", "the past two weekends", "P4D"),
        # "the coming weekend" is the first one ahead, not the one after it
        ("Talks resume the coming weekend.", "2026-02-09", "the coming weekend", "2026-W07-WE"),
        ("Talks resume this coming weekend.", "2026-02-09", "this coming weekend", "2026-W07-WE"),
        ("Talks resume next weekend.", "2026-02-09", "next weekend", "2026-W08-WE"),
    ],
)
def test_past_and_coming_weekend(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # said on a Sunday, the last day of its ISO week, a week the clause looks ahead to is the one that begins
        ("A decision is expected later this week.", "2026-09-13", "later this week", "2026-W38"),
        ("The Senate will vote this week.", "2026-09-13", "this week", "2026-W38"),
        # ... not a past one, nor one said on a Saturday
        ("Officials met earlier this week.", "2026-09-13", "earlier this week", "2026-W37"),
        ("The Senate will vote later this week.", "2026-09-12", "later this week", "2026-W37"),
    ],
)
def test_this_week_said_on_a_sunday(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value
