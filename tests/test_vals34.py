"""Time-expression values and bounds on news phrasing (thirty-fourth session, values helper): sentences written for these
tests.

Every expected value and bound below was worked out by hand from docs/conventions.md (weekdays checked with a calendar),
not copied from the tagger's output.  Each case asserts the value, the bounds (to the minute) and the grain."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.model import Grain

from _timelines import check_day as _day, check_timex as _check  # value, bounds and grain of one expression


# --- a bare weekday in a sentence that names a holiday as an occasion: the holiday, its eve, or one of the two days after
# it (Easter 2026 is Sunday 5 April, Good Friday the 3rd; Thanksgiving 2026 is Thursday 26 November)


@pytest.mark.parametrize(
    "text,expression,dct,day",
    [
        # Wed 25 Mar 2026: the Saturday nearest is the 28th, the Sunday the 29th
        ("Good Friday walks will leave the abbey at noon, and the first Easter Mass begins at 6am on Sunday.", "Sunday",
         "2026-03-25", "2026-04-05"),
        ("Good Friday concerts will be held in the square, and the market reopens on Saturday.", "Saturday", "2026-03-25", "2026-04-04"),
        # Mon 16 Nov 2026: the Friday nearest ahead is the 20th
        ("Thanksgiving parades will fill the streets, and most stores reopen at 6am on Friday.", "Friday", "2026-11-16", "2026-11-27"),
        # three days after the holiday is no day of it: the Sunday ahead, 22 Nov (not the 29th)
        ("Thanksgiving parades will fill the streets, and the market opens on Sunday.", "Sunday", "2026-11-16", "2026-11-22"),
    ],
)
def test_weekday_of_a_holiday_weekend(text: str, expression: str, dct: str, day: str) -> None:
    _day(text, expression, dct, day)


# --- a part of day with its article inside the extent, before its noun ("the dawn service on Sunday"), is dated by the day
# after the noun, as "an evening rally on Wednesday" is


def test_article_part_before_noun_takes_the_day_after_the_noun() -> None:
    # Wed 25 Mar 2026: Sunday 29 March; dawn is 04:00-08:00 (code MO)
    _check("The dawn service on Sunday will be held on the beach.", "The dawn", "2026-03-25", "2026-03-29TMO",
           "2026-03-29T04:00", "2026-03-29T08:00", Grain.PART_OF_DAY)


def test_holiday_after_a_part_before_its_noun_keeps_the_year_told() -> None:
    # "Last year" opens the sentence: Easter 2025 was Sunday 20 April; the sunrise is that morning's
    text = "Last year, hundreds of people attended the sunrise service on Easter Sunday."
    _day(text, "Easter Sunday", "2026-03-25", "2025-04-20")
    _check(text, "the sunrise", "2026-03-25", "2025-04-20TMO", "2025-04-20T04:00", "2025-04-20T08:00", Grain.PART_OF_DAY)


# --- "the following <weekday>" in a future clause does not count from a day gone by publication


@pytest.mark.parametrize(
    "text,dct,day",
    [
        # Thu 12 Nov 2026: last Saturday is the 7th; the Tuesday after it (the 10th) is gone, so the one ahead, the 17th
        ("Rovers lost at home last Saturday. They will travel to Leeds the following Tuesday.", "2026-11-12", "2026-11-17"),
        # a day ahead told since: counted from it (Saturday 14 Nov, then Monday 16 Nov)
        ("Rovers lost at home last Saturday. They host Hull on Saturday and will face Leeds the following Monday.", "2026-11-12", "2026-11-16"),
        # the last day told not gone is the coming Saturday (14 Nov): the Friday after it is the 20th (from today: the 13th)
        ("Rovers host Hull on Saturday. They lost at home last Saturday, and will face Leeds the following Friday.", "2026-11-12",
         "2026-11-20"),
        # a past clause keeps the day after the one told
        ("Rovers lost at home last Saturday. They trained again the following Tuesday.", "2026-11-12", "2026-11-10"),
    ],
)
def test_following_weekday_in_a_future_clause(text: str, dct: str, day: str) -> None:
    _day(text, text[text.index("the following") :].split(".")[0], dct, day)


# --- an evening clock time in a past clause after the early hours of the publication day (a date only) is the evening
# before it: a paper written that day cannot tell that day's evening as past


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # Mon 21 Dec 2026: Sunday 20 Dec 23:20
        ("Roads were closed on Sunday night. A driver was rescued in the early hours of Monday. "
         "The alarm was raised at 11.20pm when his van left the road.", "11.20pm", "2026-12-20T23:20"),
        # the story carried on ("By ..."), or a clause ahead: the publication day's evening
        ("A driver was rescued in the early hours of Monday. By 9pm the road had reopened.", "9pm", "2026-12-21T21:00"),
        ("A driver was rescued in the early hours of Monday. The road will reopen at 9pm.", "9pm", "2026-12-21T21:00"),
    ],
)
def test_evening_clock_before_the_published_morning(text: str, expression: str, value: str) -> None:
    end = (dt.datetime.fromisoformat(value) + dt.timedelta(minutes=1)).isoformat(timespec="minutes")
    _check(text, expression, "2026-12-21", value, value, end, Grain.MINUTE)


# --- a fixture's weekday opening a clause of time whose verb is a simple past ("after Saturday's match was abandoned") is
# the fixture played, whatever the main clause's tense


@pytest.mark.parametrize(
    "text,day",
    [
        # Wed 25 Nov 2026: Saturday gone 21 Nov, ahead 28 Nov
        ("Police are appealing for witnesses after Saturday's derby between the two clubs was halted.", "2026-11-21"),
        ("The league will hold an inquiry after Saturday's game was stopped twice.", "2026-11-21"),
        # a perfect in a clause of time under a future may be ahead; a present is
        ("The league will rule once Saturday's game has been reviewed by the referees.", "2026-11-28"),
        ("Stewards will be on duty before Saturday's derby kicks off.", "2026-11-28"),
    ],
)
def test_fixture_told_done_in_a_clause_of_time(text: str, day: str) -> None:
    _day(text, "Saturday", "2026-11-25", day)


# --- a "with" phrase after a comma whose "-ed" form is a participle ("with the result announced the following morning") has
# no past of its own: a step on from a day still to come counts from that day; after a past clause it is past


@pytest.mark.parametrize(
    "text,expression,value,earliest,latest,grain",
    [
        # Wed 14 Oct 2026
        ("Members will vote on the pay offer by October 20, with the result declared the following day.", "the following day",
         "2026-10-21", "2026-10-21T00:00", "2026-10-22T00:00", Grain.DAY),
        ("The council is expected to decide on November 3, with the decision published the following morning.",
         "the following morning", "2026-11-04TMO", "2026-11-04T05:00", "2026-11-04T12:00", Grain.PART_OF_DAY),
        ("Polls close on Sunday, with the first results declared at 11pm.", "11pm", "2026-10-18T23:00", "2026-10-18T23:00",
         "2026-10-18T23:01", Grain.MINUTE),
        # a participle in an earlier clause of the sentence is no past of the clause before the "with"
        ("After months of talks and a delay caused by a legal challenge, members will vote on November 3, with the result "
         "published the following morning.", "the following morning", "2026-11-04TMO", "2026-11-04T05:00", "2026-11-04T12:00",
         Grain.PART_OF_DAY),
        # the clause before the comma is past: the clock time is Monday's (12 Oct), not the January day's
        ("Councillors voted on Monday to hold the poll on Jan. 17, with the motion carried at 10:40 p.m.", "10:40 p.m.",
         "2026-10-12T22:40", "2026-10-12T22:40", "2026-10-12T22:41", Grain.MINUTE),
    ],
)
def test_with_phrase_participle_is_no_past(text: str, expression: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, "2026-10-14", value, earliest, latest, grain)


# --- a present perfect's act for a weekday ("has issued a warning for Saturday") is no step of a run of past days: the
# publication's weekday told after a night of the day before stays the publication day; and a past evening clock time taken
# back from a day ahead to a publication day whose morning the story told is the evening before


def test_publication_weekday_after_the_night_before() -> None:
    # Thu 15 Jan 2026: Wednesday night 14 Jan, Thursday morning 15 Jan, Saturday 17 Jan
    text = ("Gales hit the coast on Wednesday night, and thousands of homes were still without power on Thursday morning. "
            "Forecasters have issued a snow warning for Saturday.")
    _check(text, "Thursday morning", "2026-01-15", "2026-01-15TMO", "2026-01-15T05:00", "2026-01-15T12:00", Grain.PART_OF_DAY)


def test_past_evening_clock_after_a_day_ahead() -> None:
    # the 10pm: Wednesday 14 Jan 22:00 (not the publication day's evening); the midnight after it begins Thursday
    text = ("Gales hit the coast on Wednesday night, and thousands of homes were still without power on Thursday morning. "
            "Forecasters have issued a snow warning for Saturday. The bridge was closed from 10pm, and a van overturned "
            "shortly after midnight.")
    _check(text, "10pm", "2026-01-15", "2026-01-14T22:00", "2026-01-14T22:00", "2026-01-14T22:01", Grain.MINUTE)
    _check(text, "shortly after midnight", "2026-01-15", "2026-01-14T24:00", "2026-01-15T00:00", "2026-01-15T00:30", Grain.PART_OF_DAY)


# --- a ban served, a fixture missed in the present ("serves", "misses" in scheduled_objects) look ahead


@pytest.mark.parametrize(
    "text,day",
    [
        # Fri 9 Oct 2026: Sunday gone 4 Oct, ahead 11 Oct; Saturday ahead 10 Oct (gone 3 Oct)
        ("The captain serves the last game of his suspension on Sunday.", "2026-10-11"),
        ("Smith, injured in the cup tie, misses the derby on Sunday.", "2026-10-11"),
    ],
)
def test_ban_served_ahead(text: str, day: str) -> None:
    _day(text, "Sunday", "2026-10-09", day)


# --- a quarter with no year in a past clause after a year or month of an earlier year told before it in its sentence takes
# that year, as a month does ("In 2011, sales fell in March")


@pytest.mark.parametrize(
    "text,value,earliest,latest",
    [
        # Wed 11 Feb 2026: the last fourth quarter over is 2025's; the sentence told 2024
        ("Sales fell in March 2024 and recovered in the fourth quarter.", "2024-Q4", "2024-10-01T00:00", "2025-01-01T00:00"),
        # a year told in another sentence leaves it alone
        ("The firm was founded in March 2019. It reported a loss in the fourth quarter.", "2025-Q4", "2025-10-01T00:00", "2026-01-01T00:00"),
    ],
)
def test_quarter_takes_the_year_told_before(text: str, value: str, earliest: str, latest: str) -> None:
    _check(text, "the fourth quarter", "2026-02-11", value, earliest, latest, Grain.QUARTER)


# --- a fixture moved ("moved", "switched" in appointing): a weekday in the subject of its present perfect is the appointment,
# ahead, and the day it is moved to after it


@pytest.mark.parametrize(
    "text,expression,day",
    [
        # Fri 16 Oct 2026: Saturday ahead 17 Oct (gone 10 Oct), Sunday ahead 18 Oct
        ("The derby on Saturday has been moved to Sunday because of a clash with a concert.", "Saturday", "2026-10-17"),
        ("The derby on Saturday has been moved to Sunday because of a clash with a concert.", "Sunday", "2026-10-18"),
        ("Saturday's cup tie has been switched to Sunday for television.", "Saturday", "2026-10-17"),
        # a move in the simple past names no appointment: "Police moved in on Saturday" is the one gone
        ("Police moved in on Saturday after a week of protests.", "Saturday", "2026-10-10"),
    ],
)
def test_fixture_moved_is_ahead(text: str, expression: str, day: str) -> None:
    _day(text, expression, "2026-10-16", day)


# --- a bare half of the year in a sentence about a sum of money ("million", "pounds" in [vetoes.bare_half] reporting) is a
# half of the year


def test_bare_half_with_a_sum_of_money() -> None:
    # Wed 28 Oct 2026: the first half is 2026-H1 (over)
    _check("The shop opened in 2019. In the first half, it took 60 million pounds.", "the first half", "2026-10-28", "2026-H1",
           "2026-01-01T00:00", "2026-07-01T00:00", Grain.HALF)



# --- "until" a fixture's day after a deferring word ("granted bail until a hearing on October 2") is a deadline set, ahead


@pytest.mark.parametrize(
    "text,expression,day",
    [
        # Fri 11 Sep 2026: Monday ahead 14 Sep (gone 7 Sep); October 2 this year ahead, last year's gone
        ("The man was remanded in custody until a hearing on Monday.", "Monday", "2026-09-14"),
        ("She was granted bail until the trial on October 2.", "October 2", "2026-10-02"),
        # no deferring word: a past span up to a fixture gone
        ("The road stayed closed until the match on Saturday.", "Saturday", "2026-09-05"),
    ],
)
def test_until_a_fixture_after_a_deferring_word(text: str, expression: str, day: str) -> None:
    _day(text, expression, "2026-09-11", day)


# --- "the following <weekday>" in a present clause after a day of last year counts from the last day told not gone


def test_following_weekday_in_a_present_clause() -> None:
    # Tue 23 Jun 2026: the coming Saturday is 27 Jun; last year's July 4 is gone; the Saturday after the 27th is 4 Jul
    text = ("Fans are expected in the park on Saturday for the first concert. Last year's opening night, on July 4, was cut "
            "short by rain. The second concert, on the following Saturday, is already sold out.")
    _day(text, "the following Saturday", "2026-06-23", "2026-07-04")


# --- "a year earlier" after a quarter ahead told in an earlier sentence (a forecast) compares with the quarter reported


@pytest.mark.parametrize(
    "text,value,earliest,latest",
    [
        # Thu 23 Apr 2026: first quarter 2026-Q1 reported; the second quarter ahead
        ("The brewer said first-quarter sales fell, and warned that the second quarter would be weaker. It sold 8 million "
         "barrels in the three months to March, against 9 million barrels a year earlier.", "2025-Q1", "2025-01-01T00:00", "2025-04-01T00:00"),
        # the forecast quarter in the comparison's own sentence keeps it
        ("The brewer reported first-quarter results on Monday. It expects sales to rise in the second quarter from a year "
         "earlier.", "2025-Q2", "2025-04-01T00:00", "2025-07-01T00:00"),
    ],
)
def test_year_earlier_after_a_forecast_quarter(text: str, value: str, earliest: str, latest: str) -> None:
    _check(text, "a year earlier", "2026-04-23", value, earliest, latest, Grain.QUARTER)


# --- a weekday after "for" in a "was" clause reported by a reporting verb (a back-shifted present) lies ahead


@pytest.mark.parametrize(
    "text,day",
    [
        # Wed 14 Oct 2026: Saturday gone 10 Oct, ahead 17 Oct
        ("The coach confirmed that Reid was available for Saturday.", "2026-10-17"),
        ("The club said Reid was fit for Saturday after a scan.", "2026-10-17"),
        # not reported: the simple past keeps the one gone
        ("Reid was fit for Saturday after a scan, and scored twice.", "2026-10-10"),
    ],
)
def test_reported_state_for_a_weekday(text: str, day: str) -> None:
    _day(text, "Saturday", "2026-10-14", day)


def test_evening_clock_after_the_published_morning_with_no_evening_told() -> None:
    # Mon 21 Dec 2026: no time of Sunday told, so the story goes on to Monday's evening
    text = "A driver was rescued in the early hours of Monday. He was discharged from hospital at 6pm."
    _check(text, "6pm", "2026-12-21", "2026-12-21T18:00", "2026-12-21T18:00", "2026-12-21T18:01", Grain.MINUTE)


# --- a day set off after a noun that "last year's" possesses ("last year's race, on April 20,") is that year's, whatever the
# clause's tense


@pytest.mark.parametrize(
    "text,expression,value,earliest,latest,grain",
    [
        # Fri 27 Feb 2026: the April 20 ahead is 2026's
        ("Organisers hope the race will raise more; last year's race, on April 20, raised 4 million pounds.", "April 20",
         "2025-04-20", "2025-04-20T00:00", "2025-04-21T00:00", Grain.DAY),
        ("The fair will be bigger, and last year's fair, in May, drew 9,000 visitors.", "May", "2025-05", "2025-05-01T00:00",
         "2025-06-01T00:00", Grain.MONTH),
        # a person possessed names no day: the April 19 ahead
        ("Last year's champion will defend her title on April 19.", "April 19", "2026-04-19", "2026-04-19T00:00",
         "2026-04-20T00:00", Grain.DAY),
    ],
)
def test_day_set_off_after_last_years_noun(text: str, expression: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(text, expression, "2026-02-27", value, earliest, latest, grain)


# --- a weekday in a "with" phrase whose "-ed" form is a participle, after a clause with no past, lies ahead


@pytest.mark.parametrize(
    "text,expression,day",
    [
        # Mon 12 Oct 2026: Wednesday gone 7 Oct, ahead 14 Oct; Friday gone 9 Oct, ahead 16 Oct
        ("The final is on Saturday, with the semi-finals played on Wednesday.", "Wednesday", "2026-10-14"),
        ("The bank will report on Thursday, with the dividend paid on Friday.", "Friday", "2026-10-16"),
        # after a past clause the participle is past
        ("The council voted on Tuesday, with the budget approved on Wednesday.", "Wednesday", "2026-10-07"),
    ],
)
def test_weekday_in_a_with_phrase(text: str, expression: str, day: str) -> None:
    _day(text, expression, "2026-10-12", day)
