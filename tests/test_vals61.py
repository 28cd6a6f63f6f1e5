"""Session 61, helper vals: values and bounds of time expressions in news (sentences written for these tests; dates worked
out by hand: 3 May 2027 is a Monday, 2 April 2027 a Friday)."""

from __future__ import annotations

import pytest

from timeline.model import Grain
from _timelines import check_value_bounds_grain as _check, timexes_by_text as _tx  # (shared test lookups)


# 1. an offset on told in a past clause after a day still to come counts from the last day told not after publication
#    (resolve/durations.py _past_offset_from_gone_day)

def test_a_past_offset_after_a_coming_afternoon_counts_from_the_last_day_gone() -> None:
    """"A roof leak closed the pool on 2 April. It will reopen on Thursday afternoon, the manager said. Inspectors found rot
    in the beams two days later." (Monday 3 May 2027): two days after 2 April, 4 April (was 8 May, two days after the
    coming Thursday 6 May, which no past clause can follow)."""
    found = _tx("A roof leak closed the pool on 2 April. It will reopen on Thursday afternoon, the manager said. Inspectors found "
                "rot in the beams two days later.", "2027-05-03")
    _check(found["two days"], "P2D", "2027-04-04", "2027-04-05", Grain.DAY)


def test_a_past_perfect_offset_in_a_relative_story_counts_from_the_dated_deed() -> None:
    """"The pool, closed after a roof leak on 2 April, will reopen on Thursday afternoon, the manager said. The council had
    shut the whole centre two days later." (Monday 3 May 2027): 4 April."""
    found = _tx("The pool, closed after a roof leak on 2 April, will reopen on Thursday afternoon, the manager said. The council "
                "had shut the whole centre two days later.", "2027-05-03")
    _check(found["two days"], "P2D", "2027-04-04", "2027-04-05", Grain.DAY)


def test_a_future_offset_after_a_coming_afternoon_counts_from_it() -> None:
    """"The minister will visit Sligo on Thursday afternoon. She will open a clinic two days later." (Monday 3 May 2027): two
    days after Thursday 6 May, Saturday 8 May (a future clause follows the day to come)."""
    found = _tx("The minister will visit Sligo on Thursday afternoon. She will open a clinic two days later.", "2027-05-03")
    _check(found["two days"], "P2D", "2027-05-08", "2027-05-09", Grain.DAY)


def test_a_past_offset_with_no_day_gone_told_is_left_as_it_was() -> None:
    """"Hauliers will block the port on Wednesday, the group said. Police were told two days later." (Monday 3 May 2027): no
    day told before publication to count from: two days after Wednesday 5 May, as before (Friday 7 May)."""
    found = _tx("Hauliers will block the port on Wednesday, the group said. Police were told two days later.", "2027-05-03")
    _check(found["two days"], "P2D", "2027-05-07", "2027-05-08", Grain.DAY)


# 2. "late on" / "early on" a weekday with its date right after it, no comma between (resolve/neighbours.py _APPOSED_GAP)

@pytest.mark.parametrize("text, ref, date, value, earliest, latest", [
    # Monday 3 May 2027: "late on Friday 30 April", the date bounded as the weekday (was the whole day)
    ("Gardaí said a boat was taken from the marina late on Friday 30 April.", "2027-05-03", "30 April", "2027-04-30",
     "2027-04-30T16:00", "2027-05-01T00:00"),
    ("A boat was taken from the marina early on Thursday 29 April.", "2027-05-03", "29 April", "2027-04-29",
     "2027-04-29T00:00", "2027-04-29T08:00"),
    # ahead: "late on Friday 7 May"
    ("The last ferry of the season will sail late on Friday 7 May.", "2027-05-03", "7 May", "2027-05-07",
     "2027-05-07T16:00", "2027-05-08T00:00"),
])
def test_late_on_a_weekday_bounds_its_date_written_right_after(text: str, ref: str, date: str, value: str, earliest: str,
                                                               latest: str) -> None:
    found = _tx(text, ref)
    _check(found[date], value, earliest, latest, Grain.DAY)


def test_a_date_after_late_on_another_weekday_keeps_the_whole_day() -> None:
    """"A boat was taken late on Monday 29 April." (Wednesday 5 May 2027): 29 April 2027 is a Thursday, so the date names no
    Monday: it keeps the whole day."""
    found = _tx("A boat was taken late on Monday 29 April.", "2027-05-05")
    _check(found["29 April"], "2027-04-29", "2027-04-29", "2027-04-30", Grain.DAY)


# 3. a transport or tourism business's half of the year said bare (lexicon [vetoes.bare_half] reporting)

@pytest.mark.parametrize("text", [
    "Ryanair said fares would rise in the second half.",
    "Shannon Airport expects passenger numbers to recover in the second half, its chief executive said.",
    "Hotels in Killarney expect occupancy to climb in the second half.",
])
def test_a_transport_or_tourism_half_said_bare_is_this_year_s(text: str) -> None:
    """Said on Monday 12 April 2027: the second half of 2027 (was untagged)."""
    found = _tx(text, "2027-04-12")
    _check(found["the second half"], "2027-H2", "2027-07-01", "2028-01-01", Grain.HALF)


def test_a_match_s_second_half_with_its_visitors_stays_untagged() -> None:
    """"The visitors dominated the second half." (Monday 12 April 2027): a match's half, no time."""
    assert "the second half" not in _tx("The visitors dominated the second half.", "2027-04-12")


# 4. St Stephen's Day, Ireland's name of 26 December (lexicon [holidays]); a holiday written with a curly apostrophe
#    (recognize/productions/dates.py holiday: the name is found in the text with its quotes folded; it raised ValueError)

@pytest.mark.parametrize("text, expression", [
    ("Supermarkets in Cork will close early on Christmas Eve and reopen on St Stephen's Day.", "St Stephen's Day"),
    ("The Wren Boys will parade through Dingle on Stephen's Day.", "Stephen's Day"),
    ("Most shops will reopen on St. Stephen’s Day.", "St. Stephen’s Day"),
])
def test_st_stephen_s_day_ahead_is_the_coming_26_december(text: str, expression: str) -> None:
    """Said on Tuesday 21 December 2027, in a future clause: Sunday 26 December 2027 (was untagged)."""
    _check(_tx(text, "2027-12-21")[expression], "2027-12-26", "2027-12-26", "2027-12-27", Grain.DAY)


@pytest.mark.parametrize("text, expression, value", [
    ("Thousands marched in Ennis on St Patrick’s Day.", "St Patrick’s Day", "2027-03-17"),
    ("The pier was closed on New Year’s Day after a storm.", "New Year’s Day", "2027-01-01"),
])
def test_a_holiday_with_a_curly_apostrophe_is_read_as_with_a_straight_one(text: str, expression: str, value: str) -> None:
    """Said on Tuesday 21 December 2027, in a past clause: this year's day (building the text raised ValueError)."""
    day = value
    nxt = {"2027-03-17": "2027-03-18", "2027-01-01": "2027-01-02"}[value]
    _check(_tx(text, "2027-12-21")[expression], value, day, nxt, Grain.DAY)


# 5. the end of a run set for a day, in the present ("finishes", "ends", "concludes" in tense.toml schedule_verbs): the
#    coming weekday, not the one gone

@pytest.mark.parametrize("text, expression, value", [
    # Monday 7 June 2027: the coming Saturday 12 June (was 5 June, the one gone)
    ("The Rás finishes in Skibbereen on Saturday after eight stages.", "Saturday", "2027-06-12"),
    # ... the coming Friday 11 June
    ("The planning hearing in Tralee concludes on Friday, the board said.", "Friday", "2027-06-11"),
])
def test_the_end_of_a_run_told_in_the_present_is_the_coming_weekday(text: str, expression: str, value: str) -> None:
    t = _tx(text, "2027-06-07")[expression]
    assert t.value == value


def test_the_end_of_a_run_told_in_the_past_is_the_weekday_gone() -> None:
    """"The Rás finished in Skibbereen on Saturday." (Monday 7 June 2027): Saturday 5 June."""
    assert _tx("The Rás finished in Skibbereen on Saturday.", "2027-06-07")["Saturday"].value == "2027-06-05"


# 6. what a port, a dairy or a registry counts names a business's half too (lexicon [vetoes.bare_half] reporting)

@pytest.mark.parametrize("text, value, earliest, latest", [
    # Tuesday 14 September 2027: the first half gone, the second under way
    ("Glanbia said milk intake fell in the first half.", "2027-H1", "2027-01-01", "2027-07-01"),
    ("The port of Foynes handled fewer containers in the first half.", "2027-H1", "2027-01-01", "2027-07-01"),
    ("Car registrations rose sharply in the first half.", "2027-H1", "2027-01-01", "2027-07-01"),
])
def test_a_port_s_or_a_registry_s_first_half_said_bare_is_this_year_s(text: str, value: str, earliest: str, latest: str) -> None:
    _check(_tx(text, "2027-09-14")["the first half"], value, earliest, latest, Grain.HALF)
