"""Time-expression values and bounds on news phrasing (thirty-third session, values helper): sentences written for these
tests.

Every expected value and bound below was worked out by hand from docs/conventions.md (weekdays checked with a calendar),
not copied from the tagger's output.  Each case asserts the value, the bounds (to the minute) and the grain."""

from __future__ import annotations

import pytest

from timeline.model import Grain

from _timelines import check_timex as _check  # value, bounds and grain of one expression


def _day(text: str, expression: str, dct: str, day: str) -> None:
    """A whole day: its value and its midnight-to-midnight bounds."""
    import datetime as dt

    nxt = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
    _check(text, expression, dct, day, day + "T00:00", nxt + "T00:00", Grain.DAY)


# --- a fixture's day after a word the present perfect's act is for, calls it off or leaves someone out of: the present
# perfect puts no past day on its own act, so the fixture is still ahead


@pytest.mark.parametrize(
    "text,expression,dct,day",
    [
        # Wed 14 Oct 2026: the Saturday gone is 10 Oct, the one ahead 17 Oct
        ("Brown has been ruled out of Saturday's derby with a knee injury.", "Saturday", "2026-10-14", "2026-10-17"),
        # Thu 15 Oct: Sunday gone 11 Oct, ahead 18 Oct
        ("Jones has withdrawn from Sunday's race after a fall in training.", "Sunday", "2026-10-15", "2026-10-18"),
        ("The council has postponed Sunday's parade because of high winds.", "Sunday", "2026-10-14", "2026-10-18"),
        # Tue 13 Oct: Sunday gone 11 Oct (two days back), ahead 18 Oct; "for" the final
        ("Green has been named in the squad for Sunday's final.", "Sunday", "2026-10-13", "2026-10-18"),
        # a nominal calling off ("the postponement of"), a fixture noun written capitalised after another ("Grand Prix")
        ("Rain has forced the postponement of Saturday's race.", "Saturday", "2026-10-14", "2026-10-17"),
        ("Hamilton has withdrawn from Sunday's Grand Prix in Texas.", "Sunday", "2026-10-14", "2026-10-18"),
        # a present clause: a trip is a fixture too
        ("The striker is a doubt for Saturday's trip to Leeds.", "Saturday", "2026-10-14", "2026-10-17"),
        # "for" after a verb of praise or punishment names a reason: the fixture played; not after one of missing it
        ("The choir has been praised for Saturday's performance at the cathedral.", "Saturday", "2026-10-14", "2026-10-10"),
        ("Green has been banned for Saturday's derby after his red card.", "Saturday", "2026-10-14", "2026-10-17"),
        # control: "over" names no act for the match; the match played (Wed 14 Oct: 10 Oct)
        ("Police have charged two fans over Saturday's match.", "Saturday", "2026-10-14", "2026-10-10"),
    ],
)
def test_a_fixture_left_in_the_present_perfect_lies_ahead(text: str, expression: str, dct: str, day: str) -> None:
    _day(text, expression, dct, day)


# --- an act done for a fixture (simple past): the fixture either side of now, the one ahead when midweek (3 vs 4 days)


@pytest.mark.parametrize(
    "text,expression,dct,day",
    [
        # Wed 14 Oct: Sunday gone 11 Oct (3 days), ahead 18 Oct (4 days)
        ("Tickets for Sunday's final sold out in two hours.", "Sunday", "2026-10-14", "2026-10-18"),
        # Thu 15 Oct: Monday gone 12 Oct (3 days), ahead 19 Oct (4 days); "for the game on Monday"
        ("Supporters bought every ticket for the game on Monday.", "Monday", "2026-10-15", "2026-10-19"),
        # control: Mon 12 Oct, Saturday gone 10 Oct (2 days), ahead 17 Oct (5 days): the one just played
        ("Supporters bought every ticket for the game on Saturday.", "Saturday", "2026-10-12", "2026-10-10"),
    ],
)
def test_an_act_for_a_fixture_leans_ahead_midweek(text: str, expression: str, dct: str, day: str) -> None:
    _day(text, expression, dct, day)


# --- a bare weekday in a sentence naming a holiday, as the occasion of something, that falls on the weekday or
# the day after it: the holiday or its eve (within two weeks of now, on the side the weekday's clause looks to)


@pytest.mark.parametrize(
    "text,expression,dct,day",
    [
        # Thu 19 Nov 2026: Black Friday is 27 Nov; Thursday alone would be today, Friday alone tomorrow (20 Nov)
        ("Black Friday discounts at the chain begin at midnight on Thursday.", "Thursday", "2026-11-19", "2026-11-26"),
        ("The Black Friday sale will run until 8pm on Friday.", "Friday", "2026-11-19", "2026-11-27"),
        # the occasion named by "For" before it
        ("For Black Friday, the chain's stores will open at 5am on Friday.", "Friday", "2026-11-19", "2026-11-27"),
        # the holiday told after the weekday (dated by its lexicon entry alone)
        ("Doors at the flagship store open at 5am on Friday for Black Friday.", "Friday", "2026-11-19", "2026-11-27"),
        # controls (Mon 16 Nov): no occasion named ("a strong Black Friday,"), a signal setting it apart ("Ahead of")
        ("The chain, which expects a strong Black Friday, will publish results on Thursday.", "Thursday", "2026-11-16", "2026-11-19"),
        ("Ahead of Black Friday sales, the chain will publish results on Thursday.", "Thursday", "2026-11-16", "2026-11-19"),
        # control (Mon 23 Nov): Black Friday (27 Nov) ahead, the weekday's clause looks back
        ("The Black Friday survey showed that spending rose on Friday.", "Friday", "2026-11-23", "2026-11-20"),
        # control (Mon 9 Mar 2026): Christmas 2025 (a Thursday) is months back, no week of the weekday's
        ("Christmas trading was weak, and sales fell again on Thursday.", "Thursday", "2026-03-09", "2026-03-05"),
    ],
)
def test_a_weekday_names_the_holiday_or_eve_told_in_its_sentence(text: str, expression: str, dct: str, day: str) -> None:
    _day(text, expression, dct, day)


# --- "later in the week" read from a story's day in a week already over, in a clause looking ahead: this week


@pytest.mark.parametrize(
    "text,value,earliest,latest",
    [
        # Mon 16 Mar 2026 (ISO week 12); the Friday told is in week 11, over by now
        ("Copper rose on Friday, and dealers expect further gains later in the week.", "2026-W12", "2026-03-16T00:00", "2026-03-23T00:00"),
        # control: a clause looking back keeps the story's week, from its Friday to the end of the week
        ("Copper rose on Friday, and later in the week it fell again.", "2026-W11", "2026-03-13T00:00", "2026-03-16T00:00"),
    ],
)
def test_later_in_the_week_ahead_is_not_a_week_over(text: str, value: str, earliest: str, latest: str) -> None:
    _check(text, "later in the week", "2026-03-16", value, earliest, latest, Grain.WEEK)


def test_that_year_in_a_clause_ahead_stays_the_story_year() -> None:
    # control for the rule above: "that year" names the year told (2019), whatever the clause's tense (said 16 Mar 2026)
    _check("Sales peaked in 2019. The firm will try to match the total of that year.", "that year", "2026-03-16", "2019",
           "2019-01-01T00:00", "2020-01-01T00:00", Grain.YEAR)



# --- an indefinite weekday with a month right after it: some such day of that month, which one unknown


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Wed 10 Jun 2026: the Sunday nearest now (7 Jun) lies outside May
        ("The boat sank on a Sunday afternoon in May, the inquiry heard.", "Sunday afternoon", "2026-06-10",
         "2026-05-XXTAF", "2026-05-01T00:00", "2026-06-01T00:00", Grain.PART_OF_DAY),
        # Tue 10 Mar 2026: November is last year's
        ("The shop was robbed on a Monday in November.", "Monday", "2026-03-10",
         "2025-11-XX", "2025-11-01T00:00", "2025-12-01T00:00", Grain.DAY),
        # controls: no indefinite article; more than a link word between: the Monday just gone
        ("The shop was robbed on Monday, and again in November.", "Monday", "2026-03-10",
         "2026-03-09", "2026-03-09T00:00", "2026-03-10T00:00", Grain.DAY),
        ("The shop was robbed on a Monday, and again in November.", "Monday", "2026-03-10",
         "2026-03-09", "2026-03-09T00:00", "2026-03-10T00:00", Grain.DAY),
    ],
)
def test_an_indefinite_weekday_in_a_month_is_some_day_of_it(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a present "be" and an adjective of a prospect right before a time: a forecast, the time ahead


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Tue 12 May 2026: the Saturday gone is 9 May (3 days), the one ahead 16 May (4 days)
        ("Long delays on the motorway are likely on Saturday.", "Saturday", "2026-05-12",
         "2026-05-16", "2026-05-16T00:00", "2026-05-17T00:00", Grain.DAY),
        # a bare "overnight" in a forecast: the night ahead, not the one that ended this morning
        ("Frost is likely overnight in sheltered valleys.", "overnight", "2026-05-12",
         "2026-05-12TNI", "2026-05-12T19:00", "2026-05-13T07:00", Grain.PART_OF_DAY),
        # control: a past "be" in a report keeps the closest day
        ("Delays were likely on Saturday, the operator said.", "Saturday", "2026-05-12",
         "2026-05-09", "2026-05-09T00:00", "2026-05-10T00:00", Grain.DAY),
    ],
)
def test_a_present_prospect_lies_ahead(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a fixture called off in the simple past: either side of now, the one ahead midweek (as an act done for a fixture)


@pytest.mark.parametrize(
    "dct,day",
    [
        ("2026-10-15", "2026-10-17"),  # Thu: Saturday gone 10 Oct (5 days), ahead 17 Oct (2 days)
        ("2026-10-14", "2026-10-17"),  # Wed: gone 10 Oct (4 days), ahead 17 Oct (3 days)
        ("2026-10-13", "2026-10-17"),  # Tue: gone 10 Oct (3 days), ahead 17 Oct (4 days): midweek, ahead
        ("2026-10-12", "2026-10-10"),  # Mon: gone 10 Oct (2 days), ahead 17 Oct (5 days): the one called off before it
    ],
)
def test_a_fixture_called_off_lies_either_side(dct: str, day: str) -> None:
    _day("The council postponed Saturday's carnival parade because of high winds.", "Saturday", dct, day)
