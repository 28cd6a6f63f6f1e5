"""Time-expression values on news phrasing (twenty-fifth session, values helper): sentences written for these tests.

Every expected value below was worked out by hand from docs/conventions.md (weekdays checked with a calendar), not
copied from the tagger's output."""

from __future__ import annotations

import pytest

from _timelines import value as _value, value_and_bounds as _got  # the value; (value, earliest, latest) of the expression


# --- a weekday closing the object of "ahead of", "in advance of", "in the run-up to" or of a warning issued "for" lies
# after the clause's own time: the first such day after a day its sentence told, else either side of now, the closest


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Thursday 3 Dec 2026: the meeting's Friday comes after Tuesday 1 Dec, so 4 Dec (not 27 Nov)
        ("Gold edged higher on Tuesday ahead of a central bank meeting on Friday.", "Friday", "2026-12-03", "2026-12-04"),
        # published Monday 7 Dec 2026, no day told: Thursday 10 Dec is three days ahead, 3 Dec four back
        ("Shares slipped in advance of the vote on Thursday.", "Thursday", "2026-12-07", "2026-12-10"),
        # published Friday 11 Dec 2026: Monday 14 Dec is three days ahead, 7 Dec four back
        ("Retail sales jumped in the run-up to a fare rise on Monday.", "Monday", "2026-12-11", "2026-12-14"),
        # published Friday 11 Dec 2026: Sunday 13 Dec two days ahead, 6 Dec five back
        ("The weather service issued a flood warning for coastal towns on Sunday.", "Sunday", "2026-12-11", "2026-12-13"),
        # a verb of its own between: the buying's Thursday, 3 Dec
        ("Traders sold ahead of the meeting and bought on Thursday.", "Thursday", "2026-12-07", "2026-12-03"),
    ],
)
def test_ahead_of_object(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- "a dividend cut", "a spending cut": a noun after an article and the noun of what is cut, no past form


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        ("Investors expect a spending cut in the fourth quarter.", "the fourth quarter", "2026-05-20", "2026-Q4"),
        ("Shareholders expect a dividend cut in the third quarter.", "the third quarter", "2026-02-10", "2026-Q3"),
        # a past verb: the quarter reported, 2025-Q3
        ("The company cut its dividend in the third quarter.", "the third quarter", "2026-02-10", "2025-Q3"),
    ],
)
def test_noun_cut(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- a prospect after a past "be" ("was possible", "was likely") lay after the report: either side of now, the closest


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published 18 Nov 2026: February 2027 is three months ahead, February 2026 nine back
        ("The minister said a deal was possible in February.", "February", "2026-11-18", "2027-02"),
        # published 2 Dec 2026: the end of January 2027, not of January 2026
        ("Officials said a ruling was likely by the end of January.", "the end of January", "2026-12-02", "2027-01"),
        # said in November, the new year is 2027
        ("The bank signalled that another cut was possible in the new year.", "the new year", "2026-11-30", "2027"),
        # a past perfect is a past of its own: February 2026
        ("The minister said a deal had been possible in February.", "February", "2026-11-18", "2026-02"),
    ],
)
def test_reported_prospect(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- "the end of the month", "the middle of the month" after a day of another month told in its sentence or the one
# before: that day's month, in a past clause when the day is past, in a future clause when it is ahead


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        ("The ferry service was suspended on March 4 and resumed at the end of the month.", "the end of the month",
         "2026-07-15", ("2026-03", "2026-03-21T00:00", "2026-04-01T00:00")),
        ("The port closed on March 4. By the middle of the month, ships were queueing offshore.", "the middle of the month",
         "2026-07-15", ("2026-03", "2026-03-11T00:00", "2026-03-22T00:00")),
        ("The port will close on October 2 and the crews will leave by the end of the month.", "the end of the month",
         "2026-08-20", ("2026-10", "2026-10-21T00:00", "2026-11-01T00:00")),
        # a day past, a clause ahead: the publication month
        ("Sales fell on May 3, and will recover by the end of the month.", "the end of the month", "2026-06-20",
         ("2026-06", "2026-06-21T00:00", "2026-07-01T00:00")),
    ],
)
def test_month_of_story(text: str, expression: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, dct) == expected


# --- a look-back in a past clause ("the previous month") does not count from a day still to come that the text told


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Wednesday 2 Dec 2026: the month before Monday 30 Nov, not before Friday 4 Dec
        ("Two judges stepped down on Monday. The court will sit again on Friday. Both had been appointed the previous month.",
         "the previous month", "2026-12-02", "2026-10"),
        # a clause ahead counts from the day ahead: the day before Friday 4 Dec
        ("Two judges stepped down on Monday. The court will sit again on Friday, and new judges will be sworn in the "
         "previous day.", "the previous day", "2026-12-02", "2026-12-03"),
    ],
)
def test_look_back_from_past_day(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- a comma and "when" right after a year written out open a clause about that year: its bare month, day or week of a
# month takes that year


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        ("Flooding was worst in 2014, when the river burst its banks in February.", "February", "2026-06-08", "2014-02"),
        ("The record year was 2019, when the shop sold 900 bikes on May 4.", "May 4", "2026-06-08", "2019-05-04"),
        # a week of a month said in that week still takes the told year (not the week under way)
        ("The last bad season was 2017, when admissions peaked in the second week of January.", "the second week of January",
         "2026-01-08", "2017-W02"),
        # another word after the comma: another clause, the publication's year
        ("Flooding was worst in 2014, but the river burst its banks again in February.", "February", "2026-06-08", "2026-02"),
    ],
)
def test_clause_of_year(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- a day bounded by its late part only ("late on Tuesday", "late on Boxing Day") is the evening of the story: a morning,
# dawn or small-hours clock time told after it is the next day's, as after "on Tuesday evening"


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Thursday 5 Mar 2026: Tuesday 3 March's late part, so dawn on Wednesday 4 March
        ("A warehouse fire broke out late on March 3 and was out by dawn.", "dawn", "2026-03-05",
         ("2026-03-04TMO", "2026-03-04T04:00", "2026-03-04T08:00")),
        ("The ferry lost power late on Tuesday. By morning, tugs had reached it.", "morning", "2026-03-05",
         ("2026-03-04TMO", "2026-03-04T05:00", "2026-03-04T12:00")),
        # "late on" outside the expression ([day_part_signals]): the same
        ("The pipe burst late on Boxing Day and was mended by dawn.", "dawn", "2026-12-29",
         ("2026-12-27TMO", "2026-12-27T04:00", "2026-12-27T08:00")),
        ("The ferry lost power late on Tuesday. By 2 a.m., tugs had reached it.", "2 a.m.", "2026-03-05",
         ("2026-03-04T02:00", "2026-03-04T02:00", "2026-03-04T02:01")),
        # the whole day or its early part: that day's afternoon, that day's small hours in the past perfect
        ("The ferry lost power early on Tuesday. By the afternoon, tugs had reached it.", "the afternoon", "2026-03-05",
         ("2026-03-03TAF", "2026-03-03T12:00", "2026-03-03T18:00")),
        ("The ferry lost power late on Tuesday. Its engine had failed at 2 a.m.", "2 a.m.", "2026-03-05",
         ("2026-03-03T02:00", "2026-03-03T02:00", "2026-03-03T02:01")),
    ],
)
def test_after_late_day(text: str, expression: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, dct) == expected


# --- "stay shut", "remain shut": a state a holding verb keeps, in that verb's tense; a participle of the subject before a
# present or future main verb ("Parcels posted by December 18 are guaranteed to arrive") is either side of now, the closest


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Monday 23 Nov 2026: Boxing Day ahead, 26 Dec 2026
        ("Most pubs will open at noon on Christmas Day and stay shut on Boxing Day.", "Boxing Day", "2026-11-23", "2026-12-26"),
        # published Monday 23 Nov 2026: 18 Dec 2026 is 25 days ahead, 18 Dec 2025 340 days back
        ("Parcels posted by December 18 are guaranteed to arrive before Christmas.", "December 18", "2026-11-23", "2026-12-18"),
        # published Wednesday 2 Dec 2026: Monday 30 Nov two days back, 7 Dec five ahead
        ("Troops deployed on Monday will stay until March.", "Monday", "2026-12-02", "2026-11-30"),
        # a past verb of its own clause, joined to a present one by "and": past, 18 Dec 2025
        ("Parcels arrived by December 18 and are now being sorted.", "December 18", "2026-11-23", "2025-12-18"),
    ],
)
def test_held_state_and_subject_participle(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- "the following week" in a clause about what is ahead does not count on from a time the story told long before now


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Wednesday 18 Mar 2026 (2026-W12): the week after this one, not the week after 3 June 2019
        ("The witness said the pair met in June 2019. The jury will retire after closing speeches the following week.",
         "the following week", "2026-03-18", "2026-W13"),
        # a past clause: the month after June 2019
        ("The plant closed in June 2019. It was sold the following month.", "the following month", "2026-03-18", "2019-07"),
        # a day told this week: the week after Monday 16 March's
        ("The plant closed on Monday. Staff will be moved to other sites the following week.", "the following week",
         "2026-03-18", "2026-W13"),
    ],
)
def test_following_from_now_when_ahead(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- a weekday ahead after "and" and a verb, told after another day ahead in its sentence, follows that day ("will begin on
# Monday and end on Friday"); a day ahead that names a thing ("the Boxing Day derby") is no step


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Wednesday 8 April 2026: Monday 13 April, then the Friday after it, 17 April (not 10 April)
        ("The walkout will begin at 6 a.m. on Monday and end on Friday.", "Friday", "2026-04-08", "2026-04-17"),
        # published Friday 10 July 2026: Thursday 16 July, then Sunday 19 July (not 12 July)
        ("The book fair opens on Thursday and closes on Sunday.", "Sunday", "2026-07-10", "2026-07-19"),
        # a day ahead inside a noun: the Monday ahead, 12 Oct 2026
        ("Tickets for the Boxing Day derby go on sale on Monday.", "Monday", "2026-10-07", "2026-10-12"),
    ],
)
def test_weekday_after_day_ahead(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- a morning clock time in a past clause after a told evening or night is the next morning's


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Wednesday 8 April 2026: the queue ran through the night ending on 8 April
        ("Fans camped overnight outside the stadium, and the box office opened at 9 a.m.", "9 a.m.", "2026-04-08",
         "2026-04-08T09:00"),
        ("Heavy rain fell on Saturday evening. By 10 a.m. the river had burst its banks.", "10 a.m.", "2026-04-08",
         "2026-04-05T10:00"),
        # a notice of what is ahead: the Saturday's own morning
        ("The concert is on Saturday night. Gates open at 10 a.m.", "10 a.m.", "2026-04-08", "2026-04-11T10:00"),
        # the past perfect looks back: Saturday's morning
        ("Heavy rain fell on Saturday night. The river had peaked at 10 a.m.", "10 a.m.", "2026-04-08", "2026-04-04T10:00"),
    ],
)
def test_morning_clock_after_night(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- a day told inside a relative clause set off by commas describes what it is said of: a part of day after it in the main
# clause keeps the story's day told before (or the publication day)


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Wednesday 5 Aug 2026: the results day's midday, not Tuesday's
        ("Harlow Foods reported results on Wednesday. Its shares, which slid 3 percent on Tuesday before the figures, "
         "gained 5 percent by midday.", "midday", "2026-08-05", "2026-08-05T12:00"),
        # no day told before: the publication day
        ("The pound, which dipped on Monday, recovered by the afternoon.", "the afternoon", "2026-08-05", "2026-08-05TAF"),
        # not set off: the day of its own clause, Monday 3 Aug
        ("The pound dipped on Monday and recovered by the afternoon.", "the afternoon", "2026-08-05", "2026-08-03TAF"),
    ],
)
def test_day_in_set_off_relative(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- the period of an outlook, forecast or guidance ("its outlook for the back half of the year") is one not over yet


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # said 3 June 2026: this year's second half, not last year's
        ("The brewer trimmed its outlook for the back half of the year.", "the back half of the year", "2026-06-03", "2026-H2"),
        # said 3 March 2026: the second half ahead (2025-H2 ended two months back, 2026-H2 begins in four)
        ("The chain lowered its forecast for the second half.", "the second half", "2026-03-03", "2026-H2"),
        # no forecast noun: a past clause, the half over (2025-H2)
        ("The chain lowered its prices in the second half.", "the second half", "2026-03-03", "2025-H2"),
    ],
)
def test_forecast_period(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- "the same month" after a month told and a year its own sentence names (a look-back "two years ago", a year "in 2019"):
# that month in that year


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        ("Car sales fell in September. Two years ago, they rose in the same month.", "the same month", "2026-10-28", "2024-09"),
        ("Car sales fell in September. In 2019, they had risen in the same month.", "the same month", "2026-10-28", "2019-09"),
        # no year in its sentence: the month told
        ("Car sales fell in September. Imports rose in the same month.", "the same month", "2026-10-28", "2026-09"),
    ],
)
def test_same_month_in_year_told(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- "the first rate cut": two words of what is cut between the article and the noun; a day inside a set-off relative
# clause is no day a later past clause goes back to


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Thursday 19 Feb 2026: June ahead (not June 2025)
        ("Markets now expect the first rate cut in June.", "June", "2026-02-19", "2026-06"),
        # published Thursday 19 Feb 2026: the data day ahead (Friday) is no past day; the set-off Tuesday is none either,
        # so the afternoon is the publication day's
        ("Shares dipped on Thursday ahead of data due on Friday. The pound, which hit a high on Tuesday, slipped by "
         "late afternoon.", "late afternoon", "2026-02-19", "2026-02-19TAF"),
    ],
)
def test_two_modifiers_and_set_off_day(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- a past clause whose only look ahead is a deferral ("moved to the autumn") keeps the year its sentence wrote; a season
# after a season of that year takes it too


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        ("The fair began in 2011 and moved to the autumn three years later.", "the autumn", "2026-09-09", "2011-FA"),
        # (s53) whole years later from a year the story told: the year pointed to in news too (was P3Y, same bounds)
        ("The fair began in 2011 as a spring event and moved to the autumn three years later.", "three years", "2026-09-09",
         ("2014", "2014-01-01T00:00", "2015-01-01T00:00")),
        ("The fair began in 2011 in the spring and moved to the autumn three years later.", "the autumn", "2026-09-09", "2011-FA"),
        # a clause ahead: the coming autumn
        ("The fair began in 2011 and will move to the autumn.", "the autumn", "2026-07-09", "2026-FA"),
    ],
)
def test_year_kept_through_deferral(text: str, expression: str, dct: str, expected: object) -> None:
    got = _got(text, expression, dct)
    assert (got[0] if isinstance(expected, str) else got) == expected
