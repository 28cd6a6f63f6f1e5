"""Time-expression values and bounds on news phrasing (thirty-sixth session, values helper): sentences written for these
tests.

Every expected value and bound below was worked out by hand from docs/conventions.md (weekdays checked with a calendar),
not copied from the tagger's output.  Each case asserts the value, the bounds (to the minute) and the grain."""

from __future__ import annotations

import pytest

from timeline.model import Grain

from _timelines import check_day as _day, check_timex as _check, timex_named  # value, bounds and grain of one expression


# --- "between Monday and Friday": "and" after a first end that "between" opens joins a range's ends, so the second
# weekday is the first such day after the first (not the one nearest it, as in a list "Friday and Thursday")


@pytest.mark.parametrize(
    "text,expression,dct,day",
    [
        # Thu 11 Jun 2026: Monday the 15th, then the Friday after it (was Friday the 12th, before the Monday)
        ("Refuse collectors will strike between Monday and Friday.", "Friday", "2026-06-11", "2026-06-19"),
        # Wed 5 Aug 2026: Sunday the 9th, then Thursday the 13th (was the 6th)
        ("The swimming pool will be shut between Sunday and Thursday for cleaning.", "Thursday", "2026-08-05", "2026-08-13"),
        # Tue 6 Oct 2026: Saturday the 10th, then Tuesday the 13th (was the 6th, today)
        ("Trains will not stop at the station between Saturday and Tuesday.", "Tuesday", "2026-10-06", "2026-10-13"),
    ],
)
def test_between_weekdays_is_a_range(text: str, expression: str, dct: str, day: str) -> None:
    _day(text, expression, dct, day)


def test_weekday_list_with_and_keeps_the_nearer_day() -> None:
    # no "between": a list, the Thursday nearest the Friday (Fri 6 Nov 2026 said on Mon 9 Nov)
    _day("The statements were made Friday and Thursday, officials said.", "Thursday", "2026-11-09", "2026-11-05")


# --- a bare day of the month after "to"/"and" that follows a bare day after "from"/"between" is a day too


@pytest.mark.parametrize(
    "text,expression,dct,day",
    [
        ("The museum will be closed for repairs from the 14th to the 18th.", "the 18th", "2026-09-02", "2026-09-18"),
        ("Ballot papers will be sent out between the 3rd and the 9th.", "the 3rd", "2026-11-24", "2026-12-03"),
        ("Ballot papers will be sent out between the 3rd and the 9th.", "the 9th", "2026-11-24", "2026-12-09"),
        ("Applications can be made from the tenth to the twentieth.", "the twentieth", "2026-05-04", "2026-05-20"),
    ],
)
def test_second_bare_day_of_a_range(text: str, expression: str, dct: str, day: str) -> None:
    _day(text, expression, dct, day)


@pytest.mark.parametrize(
    "text,dct",
    [
        ("The lifts between the 2nd and 3rd floors were out of order.", "2026-05-04"),  # floors: no second "the", no day
        ("The climbers moved on to the 5th camp.", "2026-05-04"),  # no first end: no day
    ],
)
def test_no_day_without_a_range_of_days(text: str, dct: str) -> None:
    with pytest.raises(Exception):
        timex_named(text, "the 2nd" if "2nd" in text else "the 5th", dct)


# --- a night told at a small-hours time of the story is the night those hours belong to, begun the date before


def test_same_night_after_small_hours() -> None:
    # Mon 14 Sep 2026: the fire on Saturday 12th at 11 p.m., out at 3 a.m. on the 13th; "the same night" is the 12th's
    text = ("A fire broke out at a bakery at 11 p.m. on Saturday. It was put out at 3 a.m., and the owner was questioned "
            "the same night.")
    _check(text, "the same night", "2026-09-14", "2026-09-12TNI", "2026-09-12T19:00", "2026-09-13T06:00", Grain.PART_OF_DAY)


def test_that_night_after_afternoon_stays_on_its_day() -> None:
    text = "The roof collapsed at 3 p.m. on Saturday. That night, neighbours were moved to a school."
    _check(text, "That night", "2026-09-14", "2026-09-12TNI", "2026-09-12T19:00", "2026-09-13T06:00", Grain.PART_OF_DAY)


# --- "Last year's festival ... in late June": the month of a past clause whose subject is an event a year word owns


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest",
    [
        ("Last year's race was abandoned in August because of high winds.", "August", "2026-09-10", "2025-08",
         "2025-08-01T00:00", "2025-09-01T00:00"),
        ("Last year's parade was called off in early May after a bomb threat.", "early May", "2026-06-01", "2025-05",  # (1 to 11 May: a month's first third widened, as the s35 "early March")
         "2025-05-01T00:00", "2025-05-12T00:00"),
    ],
)
def test_month_of_last_years_event(text: str, expression: str, dct: str, value: str, earliest: str, latest: str) -> None:
    _check(text, expression, dct, value, earliest, latest, Grain.MONTH)


def test_month_after_last_years_person_is_this_years() -> None:
    # a person the year owns may act again this year: the month keeps the tense's pick (June 2026 said in July)
    _check("Last year's winner finished third in June.", "June", "2026-07-03", "2026-06", "2026-06-01T00:00",
           "2026-07-01T00:00", Grain.MONTH)


def test_that_night_after_dawn_stays_on_its_day() -> None:
    # a part of day is no small-hours clock time: "shortly after dawn on Tuesday" (Thu 9 Jul 2026) keeps Tuesday's night
    text = "Divers began searching the lake shortly after dawn on Tuesday and kept going until that night."
    _check(text, "that night", "2026-07-09", "2026-07-07TNI", "2026-07-07T19:00", "2026-07-08T06:00", Grain.PART_OF_DAY)


def test_night_after_clock_time_inside_the_nights_window() -> None:
    # 5:30 a.m. lies in the night's window (19:00-06:00): the night begun the date before (Sat 10 Oct 2026, said Mon 12)
    text = ("A gas leak forced families from their homes at 8 p.m. on Saturday. They were let back in at 5.30 a.m., and "
            "a school hall was opened for them that night.")
    _check(text, "that night", "2026-10-12", "2026-10-10TNI", "2026-10-10T19:00", "2026-10-11T06:00", Grain.PART_OF_DAY)


# --- a week told names no month: a bare day of the month outside it takes the month from now, as the tense says


def test_bare_day_outside_a_told_week() -> None:
    # Mon 27 Apr 2026: the headline's week is 4-10 May; "the 29th" lies outside it: this April's (was 29 May)
    text = "Book Sale Next Week\n\nVolunteers will sort the books on the 29th, and the sale opens on May 5."
    _day(text, "the 29th", "2026-04-27", "2026-04-29")


def test_bare_day_inside_a_told_week_keeps_its_month() -> None:
    # Wed 28 Oct 2026: next week is 2-8 Nov; "the 4th" inside it is 4 November
    _day("The council will debate the plan next week, with the vote on the 4th.", "the 4th", "2026-10-28", "2026-11-04")


# --- "between X and Y" is a range for the week rules too: a present span ("run", "last", plural as singular) not over yet,
# a past one over; the plural forms of the span verbs count as "runs", "lasts" do


@pytest.mark.parametrize(
    "text,expression,dct,day",
    [
        # Wed 23 Sep 2026: Saturday to Tuesday ahead (26th to 29th), not the last ones (19th, 22nd)
        ("Trial screenings run between Saturday and Tuesday at the arts centre.", "Saturday", "2026-09-23", "2026-09-26"),
        ("Trial screenings run between Saturday and Tuesday at the arts centre.", "Tuesday", "2026-09-23", "2026-09-29"),
        # the plural verb with "from ... to" (Mon 12 Oct 2026: not the Friday and Sunday just gone, 9th-11th: 16th-18th)
        ("The county trials last from Friday to Sunday.", "Friday", "2026-10-12", "2026-10-16"),
        ("The county trials last from Friday to Sunday.", "Sunday", "2026-10-12", "2026-10-18"),
        # a past range said on Tuesday 13 Oct 2026 whose end came out ahead (Monday 12th to Friday 16th): last week's
        ("The roadworks ran between Monday and Friday.", "Monday", "2026-10-13", "2026-10-05"),
        ("The roadworks ran between Monday and Friday.", "Friday", "2026-10-13", "2026-10-09"),
    ],
)
def test_weekday_ranges_with_between_and_plural_span_verbs(text: str, expression: str, dct: str, day: str) -> None:
    _day(text, expression, dct, day)


def test_night_after_small_hours_told_with_their_own_day() -> None:
    # the small hours written with their own day: no night before it is told, "that night" is that day's (Sun 4 Oct 2026)
    text = "A gas explosion wrecked a bungalow at 4 a.m. on Saturday. Neighbours were put up in a hotel that night."
    _check(text, "that night", "2026-10-04", "2026-10-03TNI", "2026-10-03T19:00", "2026-10-04T06:00", Grain.PART_OF_DAY)


# --- a past form between a verb "will" governs and its object is a participle of the object, no past of the clause


@pytest.mark.parametrize(
    "text,expression,dct,day",
    [
        # Mon 27 Apr 2026: the 29th ahead (was 29 March: "donated" read as the clause's past)
        ("Volunteers will sort donated clothes on the 29th.", "the 29th", "2026-04-27", "2026-04-29"),
        ("The charity will auction signed shirts on Friday.", "Friday", "2026-04-27", "2026-05-01"),
        # a relative clause's own past keeps its day: the shirts were signed last Friday
        ("The charity will auction shirts that players signed on Friday.", "Friday", "2026-04-27", "2026-04-24"),
    ],
)
def test_participle_before_the_object_of_a_future_verb(text: str, expression: str, dct: str, day: str) -> None:
    _day(text, expression, dct, day)
