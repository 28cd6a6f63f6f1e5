"""Session 54 (helper vals): news values and bounds of time expressions (own sentences)."""

from __future__ import annotations

import datetime as dt

from _timelines import value_and_instants as _bounds  # (value, earliest, latest) of one expression


def test_a_deadline_held_now_lies_ahead_through_a_clock_time() -> None:
    """A present "has"/"have until" holds a deadline now: the day after it lies ahead, also when an infinitive of the act
    follows ("The union has until Monday to reply", said on Wednesday 7 Apr 2027: the 12th, was the 5th) and when a clock
    time stands before the day ("Bidders have until 5 p.m. on Monday to submit", 12 Apr 17:00, was the 5th). "had until"
    keeps the limit set for the act, either side of now (the nearest Friday, the 9th)."""
    assert _bounds("The dockers' union has until Monday to reply to the offer.", "2027-04-07", "Monday") == (
        "2027-04-12", dt.datetime(2027, 4, 12), dt.datetime(2027, 4, 13))
    text = "Bidders for the Penlow ferry contract have until 5 p.m. on Monday to submit their offers."
    assert _bounds(text, "2027-04-07", "5 p.m.") == ("2027-04-12T17:00", dt.datetime(2027, 4, 12, 17), dt.datetime(2027, 4, 12, 17, 1))
    assert _bounds(text, "2027-04-07", "Monday")[0] == "2027-04-12"
    assert _bounds("Residents of Olden Row have until noon on Thursday to object.", "2027-04-07", "Thursday")[0] == "2027-04-08"
    # "had until": the limit set then, the nearest such day
    assert _bounds("The tenants had until 5 p.m. on Monday to leave the block.", "2027-04-07", "Monday")[0] == "2027-04-05"
    assert _bounds("The club had until Friday to respond.", "2027-04-07", "Friday")[0] == "2027-04-09"


def test_a_weekday_decision_answered_ahead_was_made() -> None:
    """A weekday owning a decision ("Wednesday's ruling") right after a verb that answers it ("would appeal against", "to get
    around", "will challenge") is the decision already made, the last such day, though the answer lies ahead: said on Friday
    21 May 2027, "said they would appeal against Wednesday's ruling" is the 19th (was the 26th). A decision that is only
    discussed may lie ahead ("will meet to discuss Wednesday's vote": the 26th)."""
    assert _bounds("The Harwell owners said they would appeal against Wednesday's ruling.", "2027-05-21", "Wednesday") == (
        "2027-05-19", dt.datetime(2027, 5, 19), dt.datetime(2027, 5, 20))
    text = "The owners said they would look for ways to get around Wednesday's ruling by the planning board."
    assert _bounds(text, "2027-05-21", "Wednesday")[0] == "2027-05-19"
    assert _bounds("Lawyers for the estate will challenge Tuesday's decision.", "2027-05-21", "Tuesday")[0] == "2027-05-18"
    assert _bounds("Ministers will meet to discuss Wednesday's vote.", "2027-05-21", "Wednesday")[0] == "2027-05-26"
    assert _bounds("Fans will get Saturday's tickets at the gate.", "2027-05-21", "Saturday")[0] == "2027-05-22"


def test_the_next_morning_after_a_week_or_48_hours_later() -> None:
    """An offset in weeks or hours counted from a day that points to one whole day ("A week later" after 5 September, "48
    hours later" after 2 September) puts the story on that day, as "two days later" does: "the next morning" is the morning
    after it (was the morning after the first day). 36 hours point to no one day and leave the story as it was."""
    text = "Flooding in Tarrow began on September 5. A week later the river peaked, and the next morning the army was called in."
    assert _bounds(text, "2027-09-30", "the next morning") == (
        "2027-09-13TMO", dt.datetime(2027, 9, 13, 5), dt.datetime(2027, 9, 13, 12))
    assert _bounds(text, "2027-09-30", "A week") == ("P1W", dt.datetime(2027, 9, 12), dt.datetime(2027, 9, 13))
    text = "The Corra ran aground on September 2. Salvage crews arrived 48 hours later and began pumping out fuel the next morning."
    assert _bounds(text, "2027-09-30", "the next morning")[0] == "2027-09-05TMO"
    text = "The Corra ran aground on September 2. Two weeks later it was refloated. The next morning it was towed to Penmor."
    assert _bounds(text, "2027-09-30", "The next morning")[0] == "2027-09-17TMO"


def test_a_weekday_a_record_comes_from_is_no_start_ahead() -> None:
    """A weekday after "from" in a present clause is a change that starts then, ahead ("The new timetable applies from
    Monday", said on Wednesday 9 Jun 2027: the 14th), but not after a noun of a record: "Photos from Sunday show the crowd"
    is the Sunday gone (the 6th, was the 13th), "Figures from Friday point to a slowdown" the 4th."""
    assert _bounds("Photos from Sunday show the crowd at the Kelby gates.", "2027-06-09", "Sunday") == (
        "2027-06-06", dt.datetime(2027, 6, 6), dt.datetime(2027, 6, 7))
    assert _bounds("Figures from Friday point to a slowdown in Orvale.", "2027-06-09", "Friday")[0] == "2027-06-04"
    assert _bounds("The new Orvale bus timetable applies from Monday.", "2027-06-09", "Monday")[0] == "2027-06-14"
    assert _bounds("Buses in Orvale run every hour from Monday.", "2027-06-09", "Monday")[0] == "2027-06-14"


def test_a_weekday_in_a_clause_of_its_own_bare_subject_does_not_follow_the_day_ahead() -> None:
    """A weekday ahead after another day ahead in its sentence follows it only in the same clause ("will begin at 6 a.m. on
    Monday and end on Friday": the Friday after); after ", and" and a bare noun with a modal ("fans can", "crews will") it is
    a clause of its own, the day nearest ahead: said on Wednesday 13 Jan 2027, "Kick-off is at 4.30 p.m. on Sunday, and fans
    can collect tickets from Thursday" is the 14th (was the 21st, the Thursday after the Sunday)."""
    text = "Kick-off at Orvale Park is at 4.30 p.m. on Sunday, and fans can collect tickets from the box office from Thursday."
    assert _bounds(text, "2027-01-13", "Thursday") == ("2027-01-14", dt.datetime(2027, 1, 14), dt.datetime(2027, 1, 15))
    text = "The Orvale final is at 3 p.m. on Sunday, and stewards will check bags from Friday."
    assert _bounds(text, "2027-01-13", "Friday")[0] == "2027-01-15"
    assert _bounds("The Orvale strike will begin at 6 a.m. on Monday and end on Friday.", "2027-01-13", "Friday")[0] == "2027-01-22"
    assert _bounds("The Orvale strike will begin at 6 a.m. on Monday, and end on Friday.", "2027-01-13", "Friday")[0] == "2027-01-22"
