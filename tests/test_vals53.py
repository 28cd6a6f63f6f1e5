"""Session 53 (helper vals): news values and bounds of time expressions left by s52 (own sentences)."""

from __future__ import annotations

import datetime as dt

from _timelines import found_with_mods as _found  # (extent, value, mod) of every expression
from _timelines import value_and_instants as _bounds  # (value, earliest, latest) of one expression


def test_a_weekday_after_until_in_a_clause_ahead_is_not_gone() -> None:
    """A weekday after a range's connector, joined to a day told before it in its sentence, is the first such day after that
    one, unless that day is gone by publication while its own clause looks ahead: "opened last Monday and runs until
    Saturday" said on Monday 15 Nov 2027 is the 20th (was the 13th, the Saturday after the opening). A past clause keeps the
    range ("ran from last Monday until Saturday": the 13th), and so does a day still ahead."""
    text = "An exhibition of maps opened at the Pellow Library last Monday and runs until Saturday."
    assert _bounds(text, "2027-11-15", "Saturday") == ("2027-11-20", dt.datetime(2027, 11, 20), dt.datetime(2027, 11, 21))
    assert _bounds("Early voting in Marwick began last Monday and will run until Saturday.", "2027-11-15", "Saturday")[0] == "2027-11-20"
    assert _bounds("The fair ran from last Monday until Saturday.", "2027-11-15", "Saturday")[0] == "2027-11-13"
    # said on the Wednesday, the Saturday after the opening is still ahead: the same day either way
    assert _bounds(text, "2027-11-10", "Saturday")[0] == "2027-11-13"


def test_a_quarter_just_ended_ahead_only_in_a_sentence_of_figures() -> None:
    """A quarter told in a clause that looks ahead, while the quarter just ended still has figures coming out (45 days), is
    that quarter only in a sentence of figures ("earn 40 cents a share", "report a loss", "revenue"); else it is the next one:
    "A listing is possible in the third quarter" said on 10 Nov 2027 is 2028-Q3 (was 2027-Q3)."""
    assert _bounds("A listing of Tamsel Foods is possible in the third quarter.", "2027-11-10", "the third quarter") == (
        "2028-Q3", dt.datetime(2028, 7, 1), dt.datetime(2028, 10, 1))
    assert _bounds("The merger with Odell Paper is expected to close in the third quarter.", "2027-11-10", "the third quarter")[0] == "2028-Q3"
    # figures of the quarter just ended: that one
    assert _bounds("Tamsel expects to earn 40 cents a share in the third quarter.", "2027-11-10", "the third quarter")[0] == "2027-Q3"
    assert _bounds("Tamsel will report a loss in the third quarter.", "2027-11-10", "the third quarter")[0] == "2027-Q3"
    assert _bounds("Its revenue will be lower in the third quarter.", "2027-11-10", "the third quarter")[0] == "2027-Q3"


def test_a_month_after_a_since_date_of_a_present_perfect() -> None:
    """A bare month in a past clause right after a month written with an earlier year is that year's (the story's next
    step), but not after "since" in a present perfect: the span is open up to now, so the story is at publication and the
    month is the last one gone ("have been unbeaten since March 2026. They drew 1-1 ... in October" said on 10 Nov 2027:
    2027-10, was 2026-10). A past perfect or a plain past keeps the story in that year."""
    text = "Harlow Athletic have been unbeaten since March 2026. They drew 1-1 with Penfold in October."
    assert _bounds(text, "2027-11-10", "October") == ("2027-10", dt.datetime(2027, 10, 1), dt.datetime(2027, 11, 1))
    assert _bounds("Harlow Athletic have been unbeaten since March 2026, and drew 1-1 with Penfold in October.",
                   "2027-11-10", "October")[0] == "2027-10"
    assert _bounds("Harlow Athletic had been unbeaten since March 2026. They drew 1-1 with Penfold in October.",
                   "2027-11-10", "October")[0] == "2026-10"
    assert _bounds("Harlow Athletic signed Kemp in March 2026. They sold him in October.", "2027-11-10", "October")[0] == "2026-10"


def test_a_part_of_day_in_a_timetable_after_an_afternoon_time() -> None:
    """A morning part or noon told after a clock time or part of the afternoon of the story's day is the next day's in a
    past clause (the story moves on), but not in a present or future clause before the evening: a timetable lists a day's
    times in any order ("Kick-off is on Sunday at 2 p.m. Gates open from noon": Sunday's noon, was Monday's). After an
    evening a clause ahead still looks to the next morning ("Polls close at 10 p.m. ... in the morning")."""
    assert _bounds("Kick-off in Dunmere is on Sunday at 2 p.m. Gates open from noon.", "2027-11-10", "noon") == (
        "2027-11-14T12:00", dt.datetime(2027, 11, 14, 11, 30), dt.datetime(2027, 11, 14, 12, 30))
    assert _bounds("The Tolland concert is on Saturday afternoon. Doors will open at noon.", "2027-11-10", "noon")[0] == "2027-11-13T12:00"
    assert _bounds("The Corrin strike began at 3 p.m. on Monday. By noon, buses had stopped.", "2027-11-10", "noon")[0] == "2027-11-09T12:00"
    assert _bounds("Polls in Ashvale close at 10 p.m. on Thursday. Results are expected in the morning.", "2027-11-10",
                   "the morning")[0] == "2027-11-12TMO"


def test_a_weekday_after_a_start_word_outside_a_past_clause_lies_ahead() -> None:
    """A weekday right after a start word ("from", "starting", "effective"), in a clause that is not past, is when a change
    begins: ahead ("The new timetable applies from Monday" said on Wednesday 9 Jun 2027 is the 14th, was the 7th). Not a
    range's first end ("from Monday to Friday"), nor in a past clause ("Fans queued from Monday"). "apply" is a programme
    verb too ("The new fares apply on Saturday": the 12th, was the 5th)."""
    assert _bounds("The new Brisk Rail timetable applies from Monday.", "2027-06-09", "Monday") == (
        "2027-06-14", dt.datetime(2027, 6, 14), dt.datetime(2027, 6, 15))
    assert _bounds("Starting Monday, Corlan buses run every hour.", "2027-06-09", "Monday")[0] == "2027-06-14"
    assert _bounds("Fares on the Tewin ferry rise from Monday.", "2027-06-09", "Monday")[0] == "2027-06-14"
    assert _bounds("The new Brisk Rail fares apply on Saturday.", "2027-06-09", "Saturday")[0] == "2027-06-12"
    # a range, a past clause: as before
    assert _bounds("Staff at the Tewin depot work from Monday to Friday.", "2027-06-09", "Monday")[0] == "2027-06-07"
    assert _bounds("Fans queued outside the Tewin arena from Monday.", "2027-06-09", "Monday")[0] == "2027-06-07"


def test_a_half_of_this_year_gone_told_ahead_is_next_years() -> None:
    """A bare half of the year ("the first half") is this year's, but one already over told in a clause that looks ahead is
    next year's ("expects to break even in the first half" said on 10 Nov 2027: 2028-H1, was 2027-H1), as a quarter is;
    not the half just ended in a sentence of its figures, nor a half whose figures are named ("will report profits for the
    first half on Thursday"). A past clause keeps this year's."""
    assert _bounds("The Fenley Group expects to break even in the first half.", "2027-11-10", "the first half") == (
        "2028-H1", dt.datetime(2028, 1, 1), dt.datetime(2028, 7, 1))
    assert _bounds("The Fenley Group will report profits for the first half on Thursday.", "2027-11-10", "the first half")[0] == "2027-H1"
    assert _bounds("Profits at the Fenley Group fell in the first half.", "2027-11-10", "the first half")[0] == "2027-H1"
    assert _bounds("The Fenley Group will report a loss in the first half.", "2027-07-20", "the first half")[0] == "2027-H1"


def test_an_expectation_held_then_looks_either_way() -> None:
    """"expected" right after a subject pronoun (or "had") is the verb of an expectation held then (tense.toml
    ``past_expectation``): what it expected lies after it on either side of now, the nearest ("inflation had eased faster
    than it expected in the spring" said on 9 Jun 2027: 2027-SP, was 2028-SP); said in January the coming one. "is expected
    in the spring" still looks ahead."""
    text = "The Veldran central bank said inflation had eased faster than it expected in the spring."
    assert _bounds(text, "2027-06-09", "the spring") == ("2027-SP", dt.datetime(2027, 3, 1), dt.datetime(2027, 6, 1))
    assert _bounds("The Veldran central bank said it expected a cut in the spring.", "2027-01-20", "the spring")[0] == "2027-SP"
    assert _bounds("A ruling in the Pellam case is expected in the spring.", "2027-06-09", "the spring")[0] == "2028-SP"


def test_a_quarter_either_way_is_the_nearest() -> None:
    """A bare quarter whose clause says it lies either way (a prospect reported in the past: "told reporters that a cut was
    possible in the third quarter") is the nearest one (said on 9 Jun 2027: 2027-Q3, was 2026-Q3); a past clause still
    takes the last one."""
    text = "Governor Ilse Brand told reporters that a cut was possible in the third quarter if wages grew more slowly."
    assert _bounds(text, "2027-06-09", "the third quarter") == ("2027-Q3", dt.datetime(2027, 7, 1), dt.datetime(2027, 10, 1))
    assert _bounds("Sales at Pellam Foods rose 3 percent in the third quarter.", "2027-06-09", "the third quarter")[0] == "2026-Q3"


def test_a_time_in_a_scheduled_aside_before_a_past_verb() -> None:
    """A time closing a phrase set off by commas that opens with a scheduling word, when the clause goes on in the past
    ("A second inspection, due in September, was postponed" said on 4 Nov 2027), was set then: either side of now, the
    nearest (2027-09, was 2028-09). Not when the clause goes on ahead, nor with no aside ("The payment is due in
    September")."""
    text = "A second inspection of the Tarn viaduct, due in September, was postponed because of a staff shortage."
    assert _bounds(text, "2027-11-04", "September") == ("2027-09", dt.datetime(2027, 9, 1), dt.datetime(2027, 10, 1))
    assert _bounds("The Tarnside payment, due in September, will be made in full.", "2027-11-04", "September")[0] == "2028-09"
    assert _bounds("The Tarnside payment is due in September.", "2027-11-04", "September")[0] == "2028-09"


def test_tickets_for_a_day_sold_out() -> None:
    """A day after "for" and a ticket noun (tense.toml ``ticket_nouns``), with a sale of ``fixture_sales`` after it, is the
    day of a fixture the tickets were for, after the sale, either side of now: after "Sunday's derby" told ahead, "Tickets
    for Sunday sold out within an hour" said on Friday 18 Feb 2028 is that Sunday, the 20th (was the 13th); with no day told
    before, the nearest ("Tickets for Saturday sold out": the 19th, was the 12th). Not with no sale after ("Tickets for
    Saturday were cheap": the Saturday gone)."""
    text = ("Ostley Town will welcome back their captain for Sunday's derby against Pellam. Tickets for Sunday sold out "
            "within an hour of going on sale last month.")
    found = [t for t in _found(text, "2028-02-18") if t[0] == "Sunday"]
    assert found == [("Sunday", "2028-02-20", None), ("Sunday", "2028-02-20", None)]
    assert _bounds("Tickets for Saturday sold out within an hour at the Pellam ground.", "2028-02-18", "Saturday") == (
        "2028-02-19", dt.datetime(2028, 2, 19), dt.datetime(2028, 2, 20))
    assert _bounds("Seats for Sunday have already sold out.", "2028-02-18", "Sunday")[0] == "2028-02-20"
    assert _bounds("Tickets for Saturday were cheap.", "2028-02-18", "Saturday")[0] == "2028-02-12"


def test_whole_years_later_from_a_dated_time_in_news() -> None:
    """News keeps the TimeML length for an exact offset ("Three days later": P3D), but whole years later counted from a time
    the story told with its year are the year they point to, as in a history ("bought the site in 2025 and first submitted
    plans a year later": 2026, was P1Y; bounds unchanged, the whole year). "later" stays outside the extent but in "a year
    later", one expression (s53 recog). Not hedged
    ("nearly two years later": a length), nor counted from publication ("will be reviewed a year later")."""
    text = "Calder Group bought the Pellam site in 2025 and first submitted plans a year later."
    # (merged with s53 recog: "a year later" is one expression, "later" inside; other counts keep it outside)
    assert _bounds(text, "2028-04-27", "a year later") == ("2026", dt.datetime(2026, 1, 1), dt.datetime(2027, 1, 1))
    assert _bounds("Ravel Tonks was elected mayor of Pellam in 2016 and resigned two years later.", "2027-11-10",
                   "two years")[0] == "2018"
    assert _bounds("The Pellam bridge was closed in June 2024. A year later it reopened.", "2027-11-10", "A year later")[0] == "2025"
    assert _bounds("Pellam Foods was founded in 2019 and listed nearly two years later.", "2027-11-10", "nearly two years")[0] == "P2Y"
    assert _bounds("Tonks joined the Pellam board in March. Three days later he left.", "2027-11-10", "Three days")[0] == "P3D"
    assert _bounds("The Pellam law will be reviewed a year later.", "2027-11-10", "a year later")[0] == "P1Y"
