"""Session 47 (helper vals): news values of bench/stories-s47vals (own sentences, past, present and future)."""

from __future__ import annotations

import datetime as dt

from _timelines import found_with_mods as _found  # (extent, value, mod) of every expression
from _timelines import value_and_instants as _bounds  # (value, earliest, latest) of one expression


def test_the_unit_before_that_counts_from_the_time_told_last() -> None:
    """ "the day before that", "the day after that", "the year before that" (rule unit_before, "that" closing it): the unit
    before (after) the one told last, as "the day before" is; not "the day before that meeting" (a noun after "that"), nor
    "that" opening a clause with no comma ("said the day before that the pump had failed")."""
    assert _bounds("The pump passed a check on Friday; the day before that, it was cleaned.", "2027-06-09",
                   "the day before that") == ("2027-06-03", dt.datetime(2027, 6, 3), dt.datetime(2027, 6, 4))
    assert _bounds("The line reopens on Monday, and the day after that, the buses return.", "2027-06-09",
                   "the day after that") == ("2027-06-15", dt.datetime(2027, 6, 15), dt.datetime(2027, 6, 16))
    assert _found("Prices rose in 2026. The year before that, they fell.", "2027-06-09")[1] == ("The year before that", "2025", None)
    # (s58 recog: "[the day] before that meeting" is a unit named by a happening, TimeBank's extent: it is still not
    # counted from Friday; s59 vals: apposed to "Friday" it is that Friday itself, resolve/happening_days, as TimeBank
    # values "Oct. 12, [the day] before the stock market plunge")
    assert _found("The check was on Friday, the day before that meeting.", "2027-06-09") == [
        ("Friday", "2027-06-04", None), ("the day", "2027-06-04", None)]
    assert _found("Staff said the day before that the pump had failed.", "2027-06-09") == []


def test_resume_after_a_phrase_of_its_subject_is_a_scheduled_present() -> None:
    """ "Talks with the firm resume on Wednesday" (lexicon scheduled_verbs): the verb of a timetable, ahead (it read as a
    noun after "the firm", as "vote" in "in the European vote", and went back to the Wednesday gone); the past and the
    future keep their own readings."""
    assert _found("Talks with the firm resume on Wednesday.", "2027-07-05") == [("Wednesday", "2027-07-07", None)]
    assert _found("Talks with the firm will resume on Wednesday.", "2027-07-05") == [("Wednesday", "2027-07-07", None)]
    assert _found("Talks with the firm resumed on Wednesday.", "2027-07-05") == [("Wednesday", "2027-06-30", None)]
    assert _found("Drivers walked out from Tuesday to Thursday. Talks with the firm resume on Wednesday.", "2027-07-05")[2] == (
        "Wednesday", "2027-07-07", None)


def test_a_clock_time_a_fixture_was_moved_to_keeps_the_days_ahead() -> None:
    """A clock time after a deferring verb and "to"/"until" (``until_signal``) is the new time set for a fixture on the story's
    day ahead, though the moving is told in a present perfect ("Ashby visit Kelby on Sunday, when the kick-off has been moved
    to 1.30 p.m.": Sunday 13:30, not the publication day's); a past clock time with no such verb still goes back."""
    assert _bounds("Ashby visit Kelby on Sunday, when the kick-off has been moved to 1.30 p.m. for television.", "2027-04-16",
                   "1.30 p.m.") == ("2027-04-18T13:30", dt.datetime(2027, 4, 18, 13, 30), dt.datetime(2027, 4, 18, 13, 31))
    assert _found("City host Rovers on Sunday, and the kick-off has been pushed back to 4 p.m.", "2027-04-16")[1] == (
        "4 p.m.", "2027-04-18T16:00", None)
    # (no deferring verb: the queue was on a day gone, the publication day's)
    assert _found("Rovers play on Sunday. Fans queued until 3 p.m. for tickets.", "2027-04-16")[1] == ("3 p.m.", "2027-04-16T15:00", None)


def test_the_financial_year_is_the_fiscal_year() -> None:
    """ "the financial year" (as British firms and councils write it) is tagged as "the fiscal year" is, with its ends
    ("the end of the financial year": mod END) and owners ("the current financial year"): the calendar year in question;
    "financial" before another noun is no time ("the financial crisis", "the financial markets")."""
    assert _found("The council will sell the depot before the end of the financial year.", "2028-02-16") == [
        ("the end of the financial year", "2028", "END")]
    assert _found("Sales in the current financial year have been flat.", "2028-02-16") == [("the current financial year", "2028", None)]
    assert _found("For the full financial year, the chain made a loss.", "2028-02-16") == [("the full financial year", "2028", None)]
    assert _found("The financial markets fell as the financial crisis deepened.", "2028-02-16") == []


def test_a_month_just_over_after_after_in_a_clause_ahead() -> None:
    """A month, or a holiday named as one ("the Christmas break", "the Christmas holidays"), right after "after" in a clause
    that looks ahead is the one just over when it ended at most SOON (14 days) before now, as a yearly date after "after"
    is ("Schools reopen on Wednesday after the Christmas break" said on 3 January: December gone, not next December); a
    month long over, or with no "after", is the one ahead."""
    assert _found("Schools reopen on Wednesday after the Christmas break.", "2028-01-03") == [
        ("Wednesday", "2028-01-05", None), ("the Christmas break", "2027-12", None)]
    assert _found("Staff return after the Christmas holidays.", "2028-01-03") == [("the Christmas holidays", "2027-12", None)]
    assert _found("The school will close for the Christmas break.", "2028-01-03") == [("the Christmas break", "2028-12", None)]
    assert _found("The shop will reopen after August.", "2027-10-03") == [("August", "2028-08", None)]
