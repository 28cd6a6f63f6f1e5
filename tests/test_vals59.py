"""Session 59, helper vals: values and bounds of time expressions in news (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.model import Grain
from _timelines import check_value_bounds_grain as _check, instant as _d, timexes_by_text as _tx  # (shared test lookups)


# 1. a unit a happening names, valued from the happening's day the text gives
@pytest.mark.parametrize("text, unit, value, earliest, latest, grain", [
    # the happening told in an earlier sentence, by its verb ("crashed" for "the crash")
    ("A lorry crashed into the Corrib bridge on 2 June. A driver had reported loose railings the day before the crash.",
     "the day", "2027-06-01", "2027-06-01", "2027-06-02", Grain.DAY),
    # by a verb of deed_noun_verbs ("burned" for "the fire"), a part of the day: the lexicon's night hours
    ("A warehouse burned down in Tuam on Tuesday night. Neighbours saw two men outside on the night of the fire.",
     "the night", "2027-06-08TNI", "2027-06-08T19:00", "2027-06-09T06:00", Grain.PART_OF_DAY),
    # by a past form sharing the noun's first letters ("voted" for "the vote"): the ISO week after the vote's
    ("The council voted on 28 May to shut the library. The week after the vote, readers held a sit-in.",
     "The week", "2027-W22", "2027-05-31", "2027-06-07", Grain.WEEK),
    # "his death" after "was killed on 4 May"
    ("The singer Colm Lally was killed in a car crash on 4 May. Fans gathered at his house the day after his death.",
     "the day", "2027-05-05", "2027-05-05", "2027-05-06", Grain.DAY),
    # the happening earlier in the unit's own sentence
    ("Members backed the plan in a ballot on 3 June, but the day after the ballot the union's leader quit.",
     "the day", "2027-06-04", "2027-06-04", "2027-06-05", Grain.DAY),
    # a date right after the happening's noun
    ("Investigators said a signalman reported cracks the day before the crash on Saturday.",
     "the day", "2027-06-04", "2027-06-04", "2027-06-05", Grain.DAY),
    # an apposed date before the unit is the unit itself
    ("June 1, the day before the derailment, was quiet, the driver said.",
     "the day", "2027-06-01", "2027-06-01", "2027-06-02", Grain.DAY),
    # a year: the year after the happening's
    ("The mill closed in 1992, and the year after the closure the town lost its bank.",
     "the year", "1993", "1993-01-01", "1994-01-01", Grain.YEAR),
])
def test_a_unit_a_happening_names_takes_the_happenings_day(text: str, unit: str, value: str, earliest: str, latest: str, grain: Grain) -> None:
    _check(_tx(text, "2027-06-10")[unit], value, earliest, latest, grain)


@pytest.mark.parametrize("text, unit, value, grain", [
    # no date of the happening anywhere
    ("A signalman reported cracks the day before the crash.", "the day", "XXXX-XX-XX", Grain.DAY),
    # the happening dated only as "years ago": no day
    ("A ferry sank off Achill years ago; its skipper had reported a faulty pump the week before the sinking.",
     "the week", "XXXX-WXX", Grain.WEEK),
    # the happening's date coarser than the unit (a year for a month)
    ("The bakery on Quay Street was gutted by fire in 2019. Its owner reopened the month after the fire on a new site.",
     "the month", "XXXX-XX", Grain.MONTH),
    # a date after the unit in its own sentence is no date of the happening told before it
    ("A blaze broke out in a flat, neighbours saw a van outside the night of the blaze, and the police came on Tuesday.",
     "the night", "XXXX-XX-XXTNI", Grain.PART_OF_DAY),
])
def test_a_unit_of_a_happening_with_no_day_given_stays_unknown(text: str, unit: str, value: str, grain: Grain) -> None:
    _check(_tx(text, "2027-06-10")[unit], value, None, None, grain)


# 2. "the decade that followed" a year that opens a decade is that decade
@pytest.mark.parametrize("text, value, earliest, latest", [
    ("The shipyard in Larne opened in 1980 and built forty trawlers in the decade that followed.", "198", "1980-01-01", "1990-01-01"),
    ("The yard opened in March 1990 and grew in the decade that followed.", "199", "1990-01-01", "2000-01-01"),
    # any other year: the calendar decade after its own (s58)
    ("Its last tram ran in 1959, and buses took over in the decade that followed.", "196", "1960-01-01", "1970-01-01"),
])
def test_the_decade_that_followed_a_decades_first_year_is_that_decade(text: str, value: str, earliest: str, latest: str) -> None:
    _check(_tx(text, "2027-06-10")["the decade that followed"], value, earliest, latest, Grain.DECADE)


# 3. a clock time in words after an afternoon or evening the story is in: that part's hour
@pytest.mark.parametrize("text, clock, value", [
    ("Fog rolled in over Killala Bay on Friday evening, and the trawler hit the rocks at a quarter to six.", "a quarter to six", "2027-06-04T17:45"),
    ("Rain fell on Saturday evening. By half past six the river had burst its banks.", "half past six", "2027-06-05T18:30"),
    ("Crews worked on Friday evening and finished at ten o'clock.", "ten o'clock", "2027-06-04T22:00"),
])
def test_a_clock_in_words_after_an_evening_is_that_evenings(text: str, clock: str, value: str) -> None:
    _check(_tx(text, "2027-06-10")[clock], value, value, value[:-2] + f"{int(value[-2:]) + 1:02d}", Grain.MINUTE)


@pytest.mark.parametrize("text, clock, value", [
    # a day of its own after the clock
    ("The storm hit on Friday evening. The lifeboat reached them at a quarter to six the next morning.", "a quarter to six", "2027-06-05T05:45"),
    # a night runs into the morning: not moved
    ("Fans queued overnight on Friday for tickets, which went on sale at nine o'clock.", "nine o'clock", "2027-06-05T09:00"),
    # its own part of the day
    ("Rain fell on Saturday evening. At six in the morning the river burst its banks.", "six in the morning", "2027-06-06T06:00"),
])
def test_a_clock_with_a_day_or_part_of_its_own_keeps_its_hour(text: str, clock: str, value: str) -> None:
    assert _tx(text, "2027-06-10")[clock].value == value


# 4. news "the Saturday after." (a weekday and a direction with no object): the weekday after the day told last
@pytest.mark.parametrize("text, phrase, value", [
    ("The club held its regatta on Saturday and its dinner the Saturday after.", "the Saturday after", "2027-06-12"),
    ("The club held its regatta on 8 May, and its members met again the Saturday after.", "the Saturday after", "2027-05-15"),
    ("The fair opened on Friday 21 May. The Sunday before, stalls were set up.", "The Sunday before", "2027-05-16"),
])
def test_a_weekday_and_a_direction_with_no_object_counts_from_the_day_told(text: str, phrase: str, value: str) -> None:
    _check(_tx(text, "2027-06-10")[phrase], value, value, (dt.date.fromisoformat(value) + dt.timedelta(days=1)).isoformat(), Grain.DAY)


def test_a_weekday_before_a_happening_stays_the_weekday() -> None:
    # an object after the direction: the weekday alone, as before
    tx = _tx("Volunteers cleaned the hall the Saturday before the regatta.", "2027-06-10")
    assert "Saturday" in tx and "the Saturday before" not in tx
