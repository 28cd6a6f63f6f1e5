"""Session 48 (helper vals): news values and bounds of bench/stories-s48vals (own sentences, past, present and future)."""

from __future__ import annotations

import datetime as dt

from _timelines import found_with_mods as _found  # (extent, value, mod) of every expression
from _timelines import value_and_instants as _bounds  # (value, earliest, latest) of one expression


def test_a_holiday_after_before_in_a_past_clause_is_the_one_gone_outside_its_run_up() -> None:
    """ "before Christmas" in a past clause (picking.before_gone): a past event before a holiday ahead lies in its run-up
    (``[day_signals]`` "run up to", 30 days), so said in October the Christmas gone is meant (was the coming one); said
    within the run-up, the one ahead; a future clause keeps the one ahead; so for a month day."""
    assert _bounds("Engineers found cracks in the bridge before Christmas.", "2027-10-13", "Christmas") == (
        "2026-12-25", dt.datetime(2026, 12, 25), dt.datetime(2026, 12, 26))
    assert _bounds("The roof was mended before Dec. 25.", "2027-10-13", "Dec. 25")[0] == "2026-12-25"
    assert _bounds("Shoppers crowded the malls before Christmas.", "2027-12-10", "Christmas")[0] == "2027-12-25"
    assert _bounds("The work will be finished before Christmas.", "2027-10-13", "Christmas")[0] == "2027-12-25"
    assert _bounds("The council says the bridge will reopen before Christmas.", "2027-10-13", "Christmas")[0] == "2027-12-25"


def test_a_change_on_the_month_before_after_is_the_month_under_way() -> None:
    """ "Shares fell 3.4 percent on the month after the firm said ...": "on the month" (week, year) is the period under way
    though "after" follows (rule the_period; was untagged, "the month after" being another expression); "the month after
    the election" without "on" is not the month under way (s58: the unit a happening names, XXXX-XX)."""
    assert _bounds("Shares fell 3.4 percent on the month after the firm cut its forecast.", "2027-10-29", "the month") == (
        "2027-10", dt.datetime(2027, 10, 1), dt.datetime(2027, 11, 1))
    assert _bounds("Shares will end higher on the week after the results, traders say.", "2027-11-04", "the week") == (
        "2027-W44", dt.datetime(2027, 11, 1), dt.datetime(2027, 11, 8))
    # (s58 recog) without "on" the unit is named by the happening after it (rule unit_of_happening, TimeBank's extent):
    # tagged with the value all X and no bounds, not the period under way
    assert _found("The vote came the month after the election.", "2027-10-29") == [("the month", "XXXX-XX", None)]
    assert _found("The plant reopened in the week after the flood.", "2027-10-29") == [("the week", "XXXX-WXX", None)]


def test_to_match_is_no_game_for_a_bare_half() -> None:
    """A bare "the first half" in a business sentence with "to match" (``play_not``): "match" is the clause's verb, no game
    (the half was vetoed); "won the match", "hoped to score" keep the veto."""
    assert _found("Sales in the first half had risen 2%, and the firm expects profit to match last year's.", "2027-10-29")[0] == (
        "the first half", "2027-H1", None)
    assert _found("Sales will rise in the second half, and the firm hopes to match last year's profit.", "2027-10-29")[0] == (
        "the second half", "2027-H2", None)
    assert _found("The firm's sales rose 2% in the first half as its team won the match.", "2027-10-29") == []
    assert _found("City hoped to score in the first half, and sales of shirts rose.", "2027-10-29") == []


def test_a_year_earlier_after_months_to_the_end_of_a_month() -> None:
    """ "the three months to the end of September ... from a year earlier": that quarter a year back (reported_length took
    only a bare month, not one with mod END; was the whole year 2026); "the six months to the end of June" a half; "the
    nine months to September" (no quarter or half) the same nine months a year back, valued by their year (was bounded by
    the whole year); "the previous year" after it stays the whole year."""
    assert _bounds("The firm said sales fell 5% in the three months to the end of September from a year earlier.", "2027-10-29",
                   "a year earlier") == ("2026-Q3", dt.datetime(2026, 7, 1), dt.datetime(2026, 10, 1))
    assert _bounds("Sales have fallen 5% in the six months to the end of June from a year earlier.", "2027-07-20",
                   "a year earlier") == ("2026-H1", dt.datetime(2026, 1, 1), dt.datetime(2026, 7, 1))
    assert _bounds("Profit rose 6% in the nine months to September from a year earlier.", "2027-10-28", "a year earlier") == (
        "2026", dt.datetime(2026, 1, 1), dt.datetime(2026, 10, 1))
    assert _bounds("Sales fell in the nine months to September. The previous year, they had risen.", "2027-10-28",
                   "The previous year") == ("2026", dt.datetime(2026, 1, 1), dt.datetime(2027, 1, 1))


def test_a_midnight_opening_a_range_to_the_small_hours_begins_the_day_told() -> None:
    """ "in the small hours of Tuesday, and rain fell hardest between midnight and 3 a.m." (``range_links``,
    ``small_hours_marks`` of ``[first_hours_midnight]``): the midnight that began Tuesday and Tuesday's 3 a.m. (the "and"
    carried the story on to Tuesday's end, and 3 a.m. to Wednesday); a midnight after "and" with no range stays the one
    ending the day."""
    text = "Storms broke in the small hours of Tuesday, and rain fell hardest between midnight and 3 a.m., forecasters said."
    assert _bounds(text, "2027-07-01", "midnight") == ("2027-06-28T24:00", dt.datetime(2027, 6, 28, 23, 30), dt.datetime(2027, 6, 29, 0, 30))
    assert _bounds(text, "2027-07-01", "3 a.m.")[0] == "2027-06-29T03:00"
    assert _bounds("Rain began early on Wednesday, and the river burst its banks shortly before midnight.", "2027-07-01",
                   "shortly before midnight")[0] == "2027-06-30T24:00"
    assert _bounds("Rain began early on Wednesday, and the river rose between midnight and 9 p.m.", "2027-07-01",
                   "midnight")[0] == "2027-06-30T24:00"


def test_a_fiscal_quarter_with_no_year_is_bounded_by_its_quarter() -> None:
    """ "its fiscal second quarter" with no year named: the calendar quarter its value names (was the 14 months any fiscal
    second quarter may lie in); with a fiscal year named, where that fiscal quarter may lie (test_bounds24)."""
    assert _bounds("Profit in its fiscal second quarter rose 9%.", "2027-11-04", "fiscal second quarter") == (
        "2027-Q2", dt.datetime(2027, 4, 1), dt.datetime(2027, 7, 1))
    assert _bounds("The firm expects a loss in the fiscal third quarter.", "2027-05-04", "the fiscal third quarter") == (
        "2027-Q3", dt.datetime(2027, 7, 1), dt.datetime(2027, 10, 1))
    assert _bounds("Orders rose in the first quarter of fiscal 2027.", "2027-05-04", "the first quarter of fiscal 2027") == (
        "2027-Q1", dt.datetime(2026, 2, 1), dt.datetime(2027, 4, 1))


def test_a_week_later_counts_from_the_day_told_not_a_month_after_it() -> None:
    """ "closed on June 2 after an inspection in May, and ... a week later": a week from the story's day (anchors.anchor_window
    took the coarser focus, May, while naming the day as anchor: 8 May .. 8 June); in a later sentence too; a month told
    alone still anchors its offset."""
    assert _bounds("The pub closed on June 2 after an inspection in May, and its owner appealed a week later.", "2027-06-16",
                   "a week") == ("P1W", dt.datetime(2027, 6, 9), dt.datetime(2027, 6, 10))
    assert _bounds("The pub closed on June 2 after an inspection in May. A week later, its owner appealed.", "2027-06-16",
                   "A week") == ("P1W", dt.datetime(2027, 6, 9), dt.datetime(2027, 6, 10))
    assert _bounds("The pub will close on June 20 after an inspection in May. A week later, it will reopen.", "2027-06-16",
                   "A week") == ("P1W", dt.datetime(2027, 6, 27), dt.datetime(2027, 6, 28))
