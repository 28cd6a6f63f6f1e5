"""Session 57, helper vals: values and bounds of time expressions in news (sentences written for these tests)."""

from __future__ import annotations

import pytest

from timeline.model import Grain
from _timelines import check_value_bounds_grain as _check, instant as _d, timexes_by_text as _tx  # (shared test lookups)


# 1. "within <length> of the <noun>": counted from the day the noun's deed was told on
@pytest.mark.parametrize("text, length, earliest, latest", [
    ("Councillors voted on 3 March to close the library. Readers collected 900 signatures within a fortnight of the vote.",
     "a fortnight", "2027-03-03", "2027-03-18"),
    ("The board decided on 14 July to sell the depot, and builders arrived within a month of the decision.",
     "a month", "2027-07-14", "2027-08-15"),
    ("A gas main exploded in Carrick on 2 June. Engineers sealed the street within hours of the explosion.",
     "hours", "2027-06-02", "2027-06-03T09:00"),
])
def test_a_limit_of_a_told_deed_counts_from_its_day(text: str, length: str, earliest: str, latest: str) -> None:
    t = _tx(text, "2027-10-20")[length]
    assert t.type.name == "DURATION"
    assert (t.earliest, t.latest) == (_d(earliest), _d(latest))


@pytest.mark.parametrize("text, length", [
    ("The council met on 3 March. Readers collected 900 signatures within a fortnight of the vote.", "a fortnight"),
    ("The airline was sold on 3 March, and 200 staff were laid off within a month of the takeover.", "a month"),
    ("Police arrived within minutes of the blast.", "minutes"),
])
def test_a_limit_of_a_deed_not_told_on_a_day_keeps_no_bounds(text: str, length: str) -> None:
    t = _tx(text, "2027-10-20")[length]
    assert (t.earliest, t.latest) == (None, None)


# 2. a headline's infinitive in title case looks ahead
def test_a_capitalised_headline_infinitive_looks_ahead() -> None:
    # said on Wednesday 15 December 2027
    t = _tx("Harbour Talks to Resume Tuesday\n\nDockers and port managers met in Arklow.", "2027-12-15")["Tuesday"]
    _check(t, "2027-12-21", "2027-12-21", "2027-12-22", Grain.DAY)
    t = _tx("Minister to Visit Galway on Friday\n\nThe county council welcomed the news.", "2027-12-15")["Friday"]
    _check(t, "2027-12-17", "2027-12-17", "2027-12-18", Grain.DAY)


# 3. a headline's present verb of change with a weekday or month: the change set ahead
@pytest.mark.parametrize("text, word, value, earliest, latest, grain, ref", [
    ("Harbour Talks Resume Tuesday\n\nDockers and port managers met in Arklow.", "Tuesday", "2027-12-21", "2027-12-21", "2027-12-22", Grain.DAY, "2027-12-15"),
    ("Ferry Service Resumes Monday\n\nThe ferry was damaged in a storm.", "Monday", "2027-12-20", "2027-12-20", "2027-12-21", Grain.DAY, "2027-12-15"),
    ("Pool Reopens on Saturday After Repairs\n\nThe pool was shut in May.", "Saturday", "2027-12-18", "2027-12-18", "2027-12-19", Grain.DAY, "2027-12-15"),
    ("Lido Reopens in May\n\nThe lido was shut for repairs.", "May", "2028-05", "2028-05-01", "2028-06-01", Grain.MONTH, "2027-08-15"),
    # a past form, or no verb of change, keeps the day gone
    ("Talks Resumed Tuesday\n\nDockers met in Arklow.", "Tuesday", "2027-12-14", "2027-12-14", "2027-12-15", Grain.DAY, "2027-12-15"),
    ("Senate Passes Budget Tuesday\n\nThe vote was close.", "Tuesday", "2027-12-14", "2027-12-14", "2027-12-15", Grain.DAY, "2027-12-15"),
    ("Lido Reopened in May\n\nThe lido was shut for repairs.", "May", "2027-05", "2027-05-01", "2027-06-01", Grain.MONTH, "2027-08-15"),
    # in the body the headline rule does not apply
    ("Dockers met in Arklow.\n\nThe talks resume Tuesday after the break, a union leader said yesterday.", "Tuesday", "2027-12-21", "2027-12-21", "2027-12-22", Grain.DAY, "2027-12-15"),
])
def test_a_headline_change_with_a_day_lies_ahead(text: str, word: str, value: str, earliest: str, latest: str, grain: Grain, ref: str) -> None:
    _check(_tx(text, ref)[word], value, earliest, latest, grain)


# 4. an indefinite weekday in a month or year: some day of it, and the story stays where it was
def test_an_indefinite_weekday_in_a_year_is_some_day_of_it() -> None:
    t = _tx("She was born on a Sunday in 1950.", "2027-10-21")["Sunday"]
    _check(t, "1950-XX-XX", "1950-01-01", "1951-01-01", Grain.DAY)
    t = _tx("The ferry sank on a Sunday morning in 1953.", "2027-10-21")["Sunday morning"]
    assert t.value == "1953-XX-XXTMO" and (t.earliest, t.latest) == (_d("1953-01-01"), _d("1954-01-01"))


def test_an_indefinite_weekday_moves_no_story() -> None:
    tx = _tx("The pier reopened in June 2020. Engineers inspected it on a Tuesday in July.", "2027-10-21")
    _check(tx["July"], "2020-07", "2020-07-01", "2020-08-01", Grain.MONTH)
    _check(tx["Tuesday"], "2020-07-XX", "2020-07-01", "2020-08-01", Grain.DAY)
    tx = _tx("The ferry sank on a Sunday morning in March 1953. Divers found it two days later.", "2027-10-21")
    assert (tx["two days"].earliest, tx["two days"].latest) == (_d("1953-03-03"), _d("1953-04-03"))
    # a definite weekday still moves it, also with a month's name after "in"
    tx = _tx("Voters go to the polls on Thursday in May's council elections. Counting starts the next day.", "2027-05-04")
    _check(tx["Thursday"], "2027-05-06", "2027-05-06", "2027-05-07", Grain.DAY)
    _check(tx["the next day"], "2027-05-07", "2027-05-07", "2027-05-08", Grain.DAY)
    tx = _tx("The pier reopened in June 2020. Engineers inspected it on Tuesday.", "2027-10-21")
    _check(tx["Tuesday"], "2027-10-19", "2027-10-19", "2027-10-20", Grain.DAY)


# 5. a season a span runs until has not begun; a present verb of ending sets a season ahead
@pytest.mark.parametrize("text, word, value, earliest, latest", [
    ("Beach Cafe Closed Until Summer\n\nThe cafe was damaged by a storm.", "Summer", "2028-SU", "2028-06-01", "2028-09-01"),
    ("The cafe will stay closed until the summer.", "the summer", "2028-SU", "2028-06-01", "2028-09-01"),
    ("Fares are frozen till the spring.", "the spring", "2028-SP", "2028-03-01", "2028-06-01"),
    ("The cafe is closed until the autumn.", "the autumn", "2027-FA", "2027-09-01", "2027-12-01"),
    # a span that looks back ends in the summer told; a span to the end of the season under way ends in it
    ("Pupils will be taught in the hall until the end of the summer.", "the end of the summer", "2027-SU", "2027-08-01", "2027-09-01"),
    ("The cafe stayed closed until the summer.", "the summer", "2027-SU", "2027-06-01", "2027-09-01"),
    ("Work on the bridge ends in the spring.", "the spring", "2028-SP", "2028-03-01", "2028-06-01"),
    ("The lease expires in the spring.", "the spring", "2028-SP", "2028-03-01", "2028-06-01"),
])
def test_a_season_until_or_of_an_ending_lies_ahead(text: str, word: str, value: str, earliest: str, latest: str) -> None:
    # said on 14 July 2027, in the summer
    _check(_tx(text, "2027-07-14")[word], value, earliest, latest, Grain.SEASON)


# 6. "within <length> of the <noun> on <date>": counted from that date; a past clause's limit ends with the reference day
@pytest.mark.parametrize("text, length, earliest, latest", [
    ("Protests began within two weeks of the vote on 4 May.", "two weeks", "2027-05-04", "2027-05-19"),
    ("The firm collapsed within a year of the merger in May 2025.", "a year", "2025-05-01", "2026-06-01"),
    ("The ferry will sail within two hours of the tide on Friday.", "two hours", "2027-10-22", "2027-10-23T02:00"),
    # said on Wednesday 20 October: a past limit from Tuesday ends with Wednesday, not ten days on
    ("The minister resigned within days of his arrest on Tuesday.", "days", "2027-10-19", "2027-10-21"),
    ("Councillors voted on Monday to close the library. Readers collected 900 signatures within a fortnight of the vote.",
     "a fortnight", "2027-10-18", "2027-10-21"),
    ("Councillors voted on Monday to close the library. Readers will appeal within a fortnight of the vote.",
     "a fortnight", "2027-10-18", "2027-11-02"),
])
def test_a_limit_of_a_dated_deed_counts_from_its_date(text: str, length: str, earliest: str, latest: str) -> None:
    t = _tx(text, "2027-10-20")[length]
    assert t.type.name == "DURATION"
    assert (t.earliest, t.latest) == (_d(earliest), _d(latest))


def test_a_limit_of_a_deed_with_no_date_or_link_stays_unbounded() -> None:
    for text, length in (("Police arrived within minutes of the blast at the depot.", "minutes"),
                         ("Protests began within two weeks of polling day on 4 May.", "two weeks")):
        t = _tx(text, "2027-10-20")[length]
        assert (t.earliest, t.latest) == (None, None)


# 7. an offset from a deed with its date after it: the day it points to
@pytest.mark.parametrize("text, length, earliest, latest", [
    ("Two days after the vote on 4 May, the mayor resigned.", "Two days", "2027-05-06", "2027-05-07"),
    ("The firm cut 40 jobs a week before the launch on 9 June.", "a week", "2027-06-02", "2027-06-03"),
])
def test_an_offset_from_a_told_day_is_bounded_by_the_day_it_points_to(text: str, length: str, earliest: str, latest: str) -> None:
    # said on Wednesday 10 November 2027
    t = _tx(text, "2027-11-10")[length]
    assert t.type.name == "DURATION"
    assert (t.earliest, t.latest) == (_d(earliest), _d(latest))


def test_a_length_set_off_after_a_day_stays_unbounded() -> None:
    # its bounds would be read as the time of "contained" (the events place a clause's verb at a bounded length)
    t = _tx("Firefighters had contained the fire by Wednesday evening, four days after it started on Saturday.", "2027-11-10")["four days"]
    assert (t.earliest, t.latest) == (None, None)
