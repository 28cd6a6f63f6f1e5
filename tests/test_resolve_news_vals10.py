"""News values on unseen text (issue 12, tenth session): sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag


def _values(text: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct).timexes}


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a coarser period named last (a season, a year) is no anchor for a week or a month: the day named before it is
        ("A judge set a trial date of Sept. 14 for the mayor, who was charged last spring. Jury selection starts the week before.",
         "the week before", "2026-W37"),
        ("The plant shut on Oct. 2 after a fire in 2019 damaged it. It had passed an inspection the month before.",
         "the month before", "2026-09"),
        # ... or the last period of its own grain
        ("Exports fell in November, and sales for the year were flat. They had risen the previous month.",
         "the previous month", "2026-10"),
        # a period of the unit's own grain or finer is still the anchor
        ("The fair ended in August. The month before, crowds were thin.", "The month before", "2026-07"),
    ],
)
def test_a_unit_away_counts_from_a_period_no_coarser(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-12-06")[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # the start of a range of clock times takes the day written after the range's end
        ("Early voting ends Oct. 30, and polls will be open from 7 a.m. to 8 p.m. on Nov. 3.", "7 a.m.", "2026-11-03T07:00"),
        ("Early voting ended Sept. 30. The museum was open between 9 a.m. and 5 p.m. on Oct. 2.", "9 a.m.", "2026-10-02T09:00"),
        # ... or the end's own day, the day before when the range crosses midnight
        ("The fair closed on Friday. The curfew ran from 10 p.m. to 6 a.m. Sunday.", "10 p.m.", "2026-10-03T22:00"),
        # a list of clock times with no range word keeps the story's day
        ("Polls closed on Oct. 1. Results came at 9 p.m., and 10 p.m. on Oct. 2 brought more.", "9 p.m.", "2026-10-01T21:00"),
    ],
)
def test_a_clock_range_start_takes_the_day_after_its_end(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-10-05")[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a weekday with the week named right after it is that week's day (said on Wednesday, June 17)
        ("The vote is set for Friday of next week.", "Friday", "2026-06-26"),
        ("He resigned on Monday last week.", "Monday", "2026-06-08"),
        ("The court will be closed from Monday through Thursday next week.", "Thursday", "2026-06-25"),
        ("The plant was shut from Monday through Wednesday last week.", "Monday", "2026-06-08"),
        ("The storm hit on Tuesday night last week.", "Tuesday night", "2026-06-09TNI"),
        # a week further off in the sentence says nothing of the weekday
        ("He resigned on Monday, and the board met last week.", "Monday", "2026-06-15"),
    ],
)
def test_a_weekday_before_its_week(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-06-17")[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # "could" with a verb looks ahead (said on Tuesday, Sept. 1)
        ("The storm could make landfall by Wednesday night, forecasters said.", "Wednesday night", "2026-09-02TNI"),
        ("The storm could hit the coast on Monday.", "Monday", "2026-09-07"),
        ("The ban could be lifted on Monday.", "Monday", "2026-09-07"),
        # ... not after a negation or before a perfect
        ("The mayor could not be reached for comment on Monday.", "Monday", "2026-08-31"),
        ("The mayor could have signed the bill on Monday.", "Monday", "2026-08-31"),
        ("Neither he nor his aides could be located on Monday.", "Monday", "2026-08-31"),
    ],
)
def test_could_looks_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-09-01")[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a clock time its clause puts ahead is not on a day the story has left behind (said on Wednesday, March 18)
        ("Stocks fell on Monday. The Fed's rate decision is at 2 p.m. ET.", "2 p.m. ET", "2026-03-18T14:00"),
        ("Stocks fell on Monday. The Fed will announce its decision at 2 p.m.", "2 p.m.", "2026-03-18T14:00"),
        # a past clause stays on the story's day; so does a clock time on a day ahead
        ("Stocks fell on Monday. Trading closed at 4 p.m.", "4 p.m.", "2026-03-16T16:00"),
        ("The final is on Sunday. Kickoff is at 4:30 p.m.", "4:30 p.m.", "2026-03-22T16:30"),
    ],
)
def test_a_clock_time_ahead_leaves_a_past_story_day(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-03-18")[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a clock time without a.m./p.m. after an afternoon one is in the afternoon too, when that is not earlier
        ("The Fed will decide at 2 p.m. Monday and hold a news conference at 2:30.", "2:30", "2026-03-23T14:30"),
        ("The blast happened at 9 p.m. on Friday, and police arrived at 9:40.", "9:40", "2026-03-13T21:40"),
        # not after a morning one, nor when the afternoon reading would come before it
        ("The meeting began at 9 a.m. on Friday and ended at 11:30.", "11:30", "2026-03-13T11:30"),
        ("The ceremony started at 3 p.m. on Friday; the fire broke out at 1:15, before it.", "1:15", "2026-03-13T01:15"),
        ("The blast happened at 9 p.m. on Friday, and police arrived at 9:40 a.m.", "9:40 a.m.", "2026-03-13T09:40"),
    ],
)
def test_a_clock_time_without_its_half_of_the_day(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-03-18")[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a past clause's "the day" / "that day" is not a day still ahead: the publication day (Monday, June 15)
        ("A hearing scheduled for Thursday was postponed until next week. Earlier in the day, the judge denied a request.", "Earlier in the day", "2026-06-15"),
        ("The vote is on Thursday. That same day, the mayor resigned.", "That same day", "2026-06-15"),
        # a clause about the future stays on it
        ("A hearing is set for Thursday. That day, lawyers will file motions.", "That day", "2026-06-18"),
        # a past day ahead of nothing stays
        ("The plant closed on Friday. That day, workers protested.", "That day", "2026-06-12"),
    ],
)
def test_a_past_clause_day_is_not_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-06-15")[expression] == value


@pytest.mark.parametrize(
    "text,expression,value,freq",
    [
        # so many times in each period: one SET with its freq
        ("The committee meets twice monthly.", "twice monthly", "P1M", "2X"),
        ("Trains run four times daily.", "four times daily", "P1D", "4X"),
        ("The board meets twice a year.", "twice a year", "P1Y", "2X"),
        ("The paper is published weekly.", "weekly", "P1W", None),
    ],
)
def test_a_frequency_before_a_set_word(text: str, expression: str, value: str, freq: "str | None") -> None:
    found = {t.text: t for t in tag(text, "2026-03-21").timexes}
    assert (found[expression].value, found[expression].freq) == (value, freq)


def test_a_day_named_before_the_story_moved_back_is_no_anchor() -> None:
    # "Monday" is the news; the story then goes back to mid-January, and "the following week" follows that
    text = ("Pupils returned to the school on Monday. The school was flooded in mid-January when a pipe burst. "
            "Lessons moved to a church hall the following week.")
    # (a week after some day of mid-January, 11 to 21 January: 18 to 28 January; its value leaves the week open)
    week = next(t for t in tag(text, "2026-03-03").timexes if t.text == "the following week")
    assert week.value == "2026-WXX"
    assert (week.earliest, week.latest) == (dt.datetime(2026, 1, 18), dt.datetime(2026, 1, 29))
