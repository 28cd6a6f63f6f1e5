"""Helper vals, sixty-third session: TIMEX3 values and bounds of time expressions in news (issue 12), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand (11 May 2032 is a Tuesday).
"""

from __future__ import annotations

import datetime as dt

import timeline


def _timex(tl: timeline.Timeline, text: str) -> timeline.Timex:
    found = [t for t in tl.timexes if t.text == text]
    assert len(found) == 1, [t.text for t in tl.timexes]
    return found[0]


# "the rest of the decade": what is left of the decade from the time it counts from, not the decade's last third
# (resolve/surroundings.py _rest_from_now); in a news past clause after a time told, the story's decade (resolve/dates.py
# past_rest)

def test_the_rest_of_the_decade_ahead_runs_from_publication() -> None:
    """"Dealers expect car sales to stay flat for the rest of the decade." (11 May 2032): the 2030s (203), from 11 May 2032
    to 1 January 2040 (was 2037-01-01 .. 2040-01-01, the decade's last third)."""
    tl = timeline.build("Dealers expect car sales to stay flat for the rest of the decade.", reference_time="2032-05-11")
    t = _timex(tl, "the rest of the decade")
    assert (t.value, t.earliest, t.latest) == ("203", dt.datetime(2032, 5, 11), dt.datetime(2040, 1, 1))


def test_the_rest_of_the_decade_after_a_past_year_in_a_past_clause_is_that_decade() -> None:
    """"The mill closed in 1962 and the town declined for the rest of the decade." (11 May 2032): the 1960s (196) from 1962
    (1962-01-01 .. 1970-01-01; was 203, the publication's decade)."""
    tl = timeline.build("The mill closed in 1962 and the town declined for the rest of the decade.", reference_time="2032-05-11")
    t = _timex(tl, "the rest of the decade")
    assert (t.value, t.earliest, t.latest) == ("196", dt.datetime(1962, 1, 1), dt.datetime(1970, 1, 1))


def test_the_rest_of_the_decade_ahead_after_a_past_year_stays_the_publications() -> None:
    """"Car sales fell in 2029. Dealers expect them to stay flat for the remainder of the decade." (11 May 2032): a clause
    ahead keeps the publication's decade, 203, from 11 May 2032."""
    tl = timeline.build("Car sales fell in 2029. Dealers expect them to stay flat for the remainder of the decade.", reference_time="2032-05-11")
    t = _timex(tl, "the remainder of the decade")
    assert (t.value, t.earliest, t.latest) == ("203", dt.datetime(2032, 5, 11), dt.datetime(2040, 1, 1))


def test_the_rest_of_the_century_in_a_history_runs_from_the_story_year() -> None:
    """Narrative: "The fort was rebuilt in 1768 and served as a prison for the rest of the century." (18th century, 17):
    1768-01-01 .. 1800-01-01 (was 1767-01-01 .. 1800-01-01, the century's last third)."""
    tl = timeline.build("The fort was rebuilt in 1768 and served as a prison for the rest of the century.", reference_time="2026-01-01", mode="narrative")
    t = _timex(tl, "the rest of the century")
    assert (t.value, t.earliest, t.latest) == ("17", dt.datetime(1768, 1, 1), dt.datetime(1800, 1, 1))


# A month day or holiday set off by commas right before its subject's simple past verb: the deed was done that day, the
# one gone (resolve/named_days.py _set_off_deed); before an auxiliary it stays as before (27 September 2032 is a Monday)

def test_a_month_day_set_off_before_a_past_verb_is_the_one_gone() -> None:
    """"The crash, on October 2, killed four people." (Monday 27 September 2032): 2 October 2031 (was 2032-10-02, five
    days ahead: a day just ahead wins over the one nearly a year back only when no deed is told on it)."""
    tl = timeline.build("The crash, on October 2, killed four people.", reference_time="2032-09-27")
    assert _timex(tl, "October 2").value == "2031-10-02"


def test_a_holiday_set_off_before_a_past_verb_is_the_one_gone() -> None:
    """"The parade, on St Stephen's Day, drew 10,000 people." (Monday 20 December 2032): 26 December 2031 (was
    2032-12-26)."""
    tl = timeline.build("The parade, on St Stephen's Day, drew 10,000 people.", reference_time="2032-12-20")
    assert _timex(tl, "St Stephen's Day").value == "2031-12-26"


def test_a_month_day_set_off_before_a_passive_stays_ahead() -> None:
    """"The final, on October 3, was postponed." (Monday 27 September 2032): what was postponed may be the final ahead,
    2032-10-03, as "the parade on Christmas Day was canceled" (unchanged)."""
    tl = timeline.build("The final, on October 3, was postponed.", reference_time="2032-09-27")
    assert _timex(tl, "October 3").value == "2032-10-03"


# A holiday or month day with no year whose clause names a year after it takes that year (resolve/named_years.py
# year_told_after, lexicon [years_told_after]); a comparison's year does not (21 December 2032 is a Tuesday)

def test_a_holiday_takes_the_year_named_later_in_its_clause() -> None:
    """"A Christmas Day swim raised 20,000 euro for charity last year." (Tuesday 21 December 2032): 25 December 2031 (was
    2032-12-25, four days ahead)."""
    tl = timeline.build("A Christmas Day swim raised 20,000 euro for charity last year.", reference_time="2032-12-21")
    assert _timex(tl, "Christmas Day").value == "2031-12-25"


def test_a_holiday_takes_a_year_written_out_later_in_its_clause() -> None:
    """"The parade on St Patrick's Day drew 500,000 people in 2030." (Monday 15 March 2032): 17 March 2030 (was
    2032-03-17)."""
    tl = timeline.build("The parade on St Patrick's Day drew 500,000 people in 2030.", reference_time="2032-03-15")
    assert _timex(tl, "St Patrick's Day").value == "2030-03-17"


def test_a_year_in_another_clause_leaves_the_holiday() -> None:
    """"The parade on St Patrick's Day, which drew 500,000 people last year, starts at noon." (Monday 15 March 2032): the
    relative clause's year is not the parade's, 2032-03-17 (unchanged)."""
    tl = timeline.build("The parade on St Patrick's Day, which drew 500,000 people last year, starts at noon.", reference_time="2032-03-15")
    assert _timex(tl, "St Patrick's Day").value == "2032-03-17"


def test_a_compared_year_leaves_the_month_day() -> None:
    """"Fares for the race on March 20 will be 10% higher than last year." (Monday 15 March 2032): a comparison's year,
    2032-03-20 stays."""
    tl = timeline.build("Fares for the race on March 20 will be 10% higher than last year.", reference_time="2032-03-15")
    assert _timex(tl, "March 20").value == "2032-03-20"


# A part of a weekday with its date written day first: that date's part (rules.toml pod_of_day, productions/times.py)

def test_the_early_hours_of_a_weekday_with_a_day_first_date_are_that_dates() -> None:
    """"Storm Bran made landfall in the early hours of Friday 23 January." (Monday 9 February 2032; 23 January 2032 is a
    Friday): one expression, 2032-01-23TMO (was "the early hours of Friday" 2032-02-06TMO and "23 January" apart)."""
    tl = timeline.build("Storm Bran made landfall in the early hours of Friday 23 January.", reference_time="2032-02-09")
    assert _timex(tl, "the early hours of Friday 23 January").value == "2032-01-23TMO"


# Results or an exam a group gets or sits on a day: a preview, the day ahead (tense.toml scheduled_objects "get", "sit")

def test_students_get_their_results_on_the_friday_ahead() -> None:
    """"Students get their Leaving Cert results on Friday." (Monday 16 August 2032): Friday 20 August (was the 13th)."""
    tl = timeline.build("Students get their Leaving Cert results on Friday.", reference_time="2032-08-16")
    assert _timex(tl, "Friday").value == "2032-08-20"


def test_pupils_sit_a_paper_on_the_wednesday_ahead() -> None:
    """"Pupils sit the first paper on Wednesday." (Monday 16 August 2032): Wednesday 18 August (was the 11th)."""
    tl = timeline.build("Pupils sit the first paper on Wednesday.", reference_time="2032-08-16")
    assert _timex(tl, "Wednesday").value == "2032-08-18"
