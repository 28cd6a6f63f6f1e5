"""Session 56 (helper vals): news values and bounds of time expressions (own sentences)."""

from __future__ import annotations

import datetime as dt

from _timelines import value_and_instants as _bounds  # (value, earliest, latest) of one expression


def test_a_month_of_a_thing_reported_is_the_one_gone() -> None:
    """A month after "reported" (tense.toml ``thing_reports``) with only the thing reported between, an article and a few
    words with no verb, preposition or modal ("Staff reported a gas leak in May" said in December), is last May, as
    within three words ("reported a fire in May"); it was the closest May (next May) with a longer object."""
    assert _bounds("Staff at the Tarrow depot reported a gas leak in May.", "2026-12-14", "May") == (
        "2026-05", dt.datetime(2026, 5, 1), dt.datetime(2026, 6, 1))
    assert _bounds("Residents of Ollery reported a strong chemical smell in August.", "2027-12-09", "August")[0] == "2027-08"
    assert _bounds("The Brisk Mill chain reported its first quarterly loss in June.", "2027-02-03", "June")[0] == "2026-06"
    # a verb or a modal in the object: what was reported may lie ahead, the closest stays
    assert _bounds("The Tarrow agency reported a shortage could hit in May.", "2026-12-14", "May")[0] == "2027-05"
    assert _bounds("Staff at the Tarrow depot reported a plan to strike in May.", "2026-12-14", "May")[0] == "2027-05"
    assert _bounds("Staff at the Tarrow depot reported a vote for a strike in May.", "2026-12-14", "May")[0] == "2027-05"
    # "said" takes no thing reported: a present after it may be ahead
    assert _bounds("Analysts said a new Brisk Mill store opens in May.", "2026-12-14", "May")[0] == "2027-05"


def test_a_fixture_clashed_with_reaches_a_long_phrase() -> None:
    """The weekday after "a clash with" is the one nearest the day told before it also after a long phrase (up to twelve
    words, s55's reach was six): said on Tuesday 22 Jun 2027, "has been moved to Sunday because of a clash with a boxing
    bill at the arena in the town on Saturday" is the 26th (was the 19th, the perfect's). An auxiliary between (a clause
    of its own, no clause mark) keeps the weekday's own tense: "... a clash with Ashby and supporters were told on
    Saturday" is the 19th (s55's six words took it as the 26th)."""
    text = "The Orvale derby has been moved to Sunday because of a clash with a boxing bill at the arena in the town on Saturday."
    assert _bounds(text, "2027-06-22", "Saturday") == ("2027-06-26", dt.datetime(2027, 6, 26), dt.datetime(2027, 6, 27))
    assert _bounds(text, "2027-06-22", "Sunday")[0] == "2027-06-27"
    text = "The Orvale vote has been moved to Thursday because of a clash with Ashby and supporters were told on Saturday."
    assert _bounds(text, "2027-06-22", "Saturday")[0] == "2027-06-19"


def test_a_change_set_for_a_season_lies_ahead() -> None:
    """A bare season after "in" with a present verb of change a few words before it in its clause (tense.toml
    ``change_verbs``: "moves", "opens") is the coming season or the one under way: said on 13 Jan 2027, "The finance
    director moves to the board in the summer" is 2027-SU (was 2026-SU, the closest), "The Ferrow library reopens in the
    autumn" 2027-FA; said in July, "moves ... in the summer" is the summer under way. A noun "moves" after a past verb
    keeps the closest ("made two moves in the summer": 2026-SU)."""
    assert _bounds("The finance director, Petra Holm, moves to the board in the summer.", "2027-01-13", "the summer") == (
        "2027-SU", dt.datetime(2027, 6, 1), dt.datetime(2027, 9, 1))
    assert _bounds("The Ferrow library reopens in the autumn after repairs.", "2027-01-13", "the autumn") == (
        "2027-FA", dt.datetime(2027, 9, 1), dt.datetime(2027, 12, 1))
    assert _bounds("The Ferrow choir moves to the cathedral in the summer.", "2027-07-13", "the summer")[0] == "2027-SU"
    assert _bounds("The Ferrow club made two moves in the summer.", "2027-01-13", "the summer")[0] == "2026-SU"


def test_a_holiday_of_a_deed_with_its_object_between_is_the_one_gone() -> None:
    """A holiday after a past verb with its object and a place between ("Police made 31 arrests in Carlow on New Year's
    Eve" said on 19 Dec 2027) is the one gone (2026-12-31; was the one 12 days ahead, as for s55 only a verb right before
    "on" counted). A verb that decides or sets a day ("approved a road closure on New Year's Eve"), a perfect, or "for"
    between ("sold tickets for the parade on Christmas Day") keep the day ahead."""
    assert _bounds("Police made 31 arrests in Tarrow on New Year's Eve.", "2027-12-19", "New Year's Eve") == (
        "2026-12-31", dt.datetime(2026, 12, 31), dt.datetime(2027, 1, 1))
    assert _bounds("Officers seized 40 kilos of cocaine at Ollery port on Christmas Eve.", "2027-12-19",
                   "Christmas Eve")[0] == "2026-12-24"
    assert _bounds("The Tarrow council approved a road closure on New Year's Eve.", "2027-12-19", "New Year's Eve")[0] == "2027-12-31"
    assert _bounds("The Tarrow council has closed roads in the centre on New Year's Eve.", "2027-12-19",
                   "New Year's Eve")[0] == "2027-12-31"
    assert _bounds("Organisers sold tickets for the Tarrow parade on Christmas Day.", "2027-12-19", "Christmas Day")[0] == "2027-12-25"
    # a present perfect is about now: the reading stays as before (the closest, the one ahead)
    assert _bounds("Tarrow police have made 31 arrests in the centre on New Year's Eve.", "2027-12-19",
                   "New Year's Eve")[0] == "2027-12-31"


def test_a_report_on_a_holiday_before_what_it_said_is_the_one_gone() -> None:
    """"The mayor said on Christmas Eve that ..." said on 19 Dec 2027 dates the saying, the Christmas Eve gone (was the one
    ahead); without "that" the day may be what is said's ("said on Christmas Eve the bridge would reopen": ahead)."""
    assert _bounds("The mayor of Tarrow said on Christmas Eve that the bridge would reopen.", "2027-12-19", "Christmas Eve") == (
        "2026-12-24", dt.datetime(2026, 12, 24), dt.datetime(2026, 12, 25))
    assert _bounds("The mayor of Tarrow said on Christmas Eve the bridge would reopen.", "2027-12-19", "Christmas Eve")[0] == "2027-12-24"


def test_the_following_winter_said_in_december_with_nothing_told() -> None:
    """"The following winter" in a story that told no time, said in December, is the winter following the story's year,
    the one that began that month (said 19 Dec 2009: 2010-WI, Dec 2009 .. Mar 2010; was 2011-WI, a year on, under a past
    verb); "next winter" said then stays the one after it, and "the following winter" after a year told follows that year."""
    assert _bounds("The old king of Ferrow died the following winter.", "2009-12-19", "the following winter") == (
        "2010-WI", dt.datetime(2009, 12, 1), dt.datetime(2010, 3, 1))
    assert _bounds("The Ferrow ferry will stop running next winter.", "2009-12-19", "next winter")[0] == "2011-WI"
    assert _bounds("The Ferrow museum opened in 1911. Its founder died the following winter.", "2009-12-19",
                   "the following winter")[0] == "1912-WI"


def test_a_clock_time_after_a_clashed_fixture_keeps_the_story_day() -> None:
    """The weekday of a fixture clashed with is beside the story's day, not a day the story moves to: "has been moved to
    Sunday because of a clash with a concert on Saturday. Kick-off will be at 2 p.m." said on Tuesday 22 Jun 2027 puts the
    kick-off on Sunday the 27th (it went to the Saturday, the day told last)."""
    text = ("The Orvale derby has been moved to Sunday because of a clash with a concert in the park on Saturday. "
            "Kick-off will be at 2 p.m.")
    assert _bounds(text, "2027-06-22", "2 p.m.") == ("2027-06-27T14:00", dt.datetime(2027, 6, 27, 14), dt.datetime(2027, 6, 27, 14, 1))
    assert _bounds(text, "2027-06-22", "Saturday")[0] == "2027-06-26"
