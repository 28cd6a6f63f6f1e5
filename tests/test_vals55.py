"""Session 55 (helper vals): news values and bounds of time expressions (own sentences)."""

from __future__ import annotations

import datetime as dt

from _timelines import value_and_instants as _bounds  # (value, earliest, latest) of one expression


def test_a_move_set_for_a_weekday_lies_ahead() -> None:
    """A present "moves" (and "relocates", "switches", "transfers") a few words before "on" and a bare weekday tells a move
    set for that day, as "opens" does: said on Tuesday 22 Jun 2027, "Kelby's weekly market moves to the Corn Exchange on
    Saturday" is the 26th (was the Saturday gone, the 19th), and so is a headline "Ashby Moves Training Camp to Spain on
    Friday" (the 25th). The noun in a past clause keeps its past ("The board's moves on Monday angered investors": the
    21st)."""
    assert _bounds("Kelby's weekly market moves to the Corn Exchange on Saturday while the square is repaved.", "2027-06-22",
                   "Saturday") == ("2027-06-26", dt.datetime(2027, 6, 26), dt.datetime(2027, 6, 27))
    assert _bounds("Ashby Moves Training Camp to Spain on Friday", "2027-06-22", "Friday")[0] == "2027-06-25"
    assert _bounds("The Orvale clinic relocates to the old fire station on Monday.", "2027-06-22", "Monday")[0] == "2027-06-28"
    assert _bounds("The board's moves on Monday angered investors.", "2027-06-22", "Monday")[0] == "2027-06-21"


def test_a_fixture_clashed_with_falls_next_to_the_day_told() -> None:
    """A bare weekday a few words after "a clash with" (tense.toml ``clash_links``) is the one nearest the day told before
    it in its sentence: said on Tuesday 22 Jun 2027, "has been moved to Sunday because of a clash with a concert on
    Saturday" is the Saturday before that Sunday (the 26th; the perfect made it the 19th). Without a day told before, or
    with a clause mark between, the usual reading stays."""
    text = "The Carlow derby has been moved to Sunday because of a clash with a concert in the stadium on Saturday."
    assert _bounds(text, "2027-06-22", "Saturday") == ("2027-06-26", dt.datetime(2027, 6, 26), dt.datetime(2027, 6, 27))
    assert _bounds(text, "2027-06-22", "Sunday")[0] == "2027-06-27"
    # past: the fixture was played; the clash lies beside it (the Sunday gone, the 20th: the Saturday before it)
    text = "The Carlow derby was moved to Sunday, June 20, because of a clash with a concert on Saturday."
    assert _bounds(text, "2027-06-29", "Saturday")[0] == "2027-06-19"
    # a clause mark between the clash and the weekday: the weekday's own clause tells it (the Saturday gone)
    text = "The Carlow derby has been moved to Sunday after a clash with Ashby; fans were told on Saturday."
    assert _bounds(text, "2027-06-22", "Saturday")[0] == "2027-06-19"
    # no clash phrase: "on Saturday" after the perfect is the one gone
    assert _bounds("The Carlow derby has been moved to Sunday, and a concert was held on Saturday.", "2027-06-22",
                   "Saturday")[0] == "2027-06-19"


def test_late_in_the_day_after_a_day_is_that_days_bound() -> None:
    """Right after a day ("on Friday, late in the day") the day's own bounds tell it (day_part_signals END_AFTER), no
    expression of its own. (s55 vals' "Late in the day," opening a news sentence was dropped at the merge: TBAQ leaves it
    untagged; histories tag it, rule late_in_the_day, tests/test_recog55.py.)"""
    from timeline import build

    tl = build("The bill passed on Friday, late in the day.", reference_time="2027-03-10")
    assert [t.text for t in tl.timexes] == ["Friday"]
    assert (tl.timexes[0].earliest, tl.timexes[0].latest) == (dt.datetime(2027, 3, 5, 16), dt.datetime(2027, 3, 6))
    tl = build("The ferry firm cancelled all sailings on Monday. Late in the day, it said the strike would go on.", reference_time="2027-03-10")
    assert "Late in the day" not in [t.text for t in tl.timexes]


def test_a_yearly_day_a_past_act_was_done_on_is_gone() -> None:
    """A holiday or month day right after a past verb and "on" (tense.toml ``happened_links``; a particle or adverb between
    at most) is the day the act was done, the one gone, though the same day lies a few days ahead: said on 19 Dec 2027,
    "The old pier burned down on Christmas Day" is 2026-12-25 (the yearly "soon ahead" reading made it 2027-12-25), "The
    ferry sank on Dec. 24" 2026-12-24. A day named through a noun or a readying keeps the day ahead ("Officials braced for
    heavy traffic on Dec. 24", "The parade on Christmas Day was canceled"), and so does a future clause."""
    text = "The old pier burned down on Christmas Day, and it has been closed ever since."
    assert _bounds(text, "2027-12-19", "Christmas Day") == ("2026-12-25", dt.datetime(2026, 12, 25), dt.datetime(2026, 12, 26))
    assert _bounds("The ferry sank on Dec. 24, and it has never been raised.", "2027-12-19", "Dec. 24")[0] == "2026-12-24"
    assert _bounds("Flights were cancelled on Christmas Eve.", "2027-12-19", "Christmas Eve")[0] == "2026-12-24"
    assert _bounds("Officials braced for heavy traffic on Dec. 24.", "2027-12-19", "Dec. 24")[0] == "2027-12-24"
    assert _bounds("The parade on Christmas Day was canceled.", "2027-12-19", "Christmas Day")[0] == "2027-12-25"
    assert _bounds("Organisers said they will hold the parade on Christmas Eve.", "2027-12-19", "Christmas Eve")[0] == "2027-12-24"
