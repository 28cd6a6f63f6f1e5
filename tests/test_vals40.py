"""Time-expression values and bounds on news phrasing (fortieth session, values helper): sentences written for these
tests.

Every expected value and bound below was worked out by hand from docs/conventions.md (weekdays checked with a calendar),
not copied from the tagger's output.  Each test states its own assertions: value, bounds to the minute and grain."""

from __future__ import annotations

import pytest

from timeline.model import Grain

from _timelines import timex_named, value_and_bounds


# --- a fixture's present passive ("is held", "is heard", "are staged": tense.toml staged) is a notice of a day ahead, as
# its active present ("hosts", "hears") is; the past passive stays past


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest",
    [
        # Wed 9 Dec 2026: the coming Sunday's evening, 13 Dec (was the last one, 6 Dec: the closest)
        ("A carol service is held on Sunday evening at the cathedral.", "Sunday evening", "2026-12-09",
         "2026-12-13TEV", "2026-12-13T17:00", "2026-12-13T22:00"),
        # Thu 14 Jan 2027: Monday 18 Jan (was 11 Jan)
        ("The inquest is heard on Monday.", "Monday", "2027-01-14", "2027-01-18", "2027-01-18T00:00", "2027-01-19T00:00"),
        # Fri 5 Feb 2027: a plural subject, words between the participle and the time: Tuesday 9 Feb's morning (was 2 Feb's)
        ("Auditions are staged at the theatre on Tuesday morning.", "Tuesday morning", "2027-02-05",
         "2027-02-09TMO", "2027-02-09T05:00", "2027-02-09T12:00"),
    ],
)
def test_fixture_present_passive_is_ahead(text: str, expression: str, dct: str, value: str, earliest: str, latest: str) -> None:
    assert value_and_bounds(text, expression, dct) == (value, earliest, latest)


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest",
    [
        # Wed 10 Mar 2027: "announced" is a reporting word too: the act set for Monday 15 Mar (was Monday gone, 8 Mar)
        ("The winner of the poetry prize is announced on Monday.", "Monday", "2027-03-10", "2027-03-15", "2027-03-15T00:00", "2027-03-16T00:00"),
        # Wed 10 Mar 2027: the draw on Monday 15 Mar's evening (was 8 Mar's)
        ("The raffle draw is made on Monday evening.", "Monday evening", "2027-03-10", "2027-03-15TEV", "2027-03-15T17:00", "2027-03-15T22:00"),
        # Wed 10 Mar 2027: a notice of sailings called off: Monday 15 Mar (was 8 Mar)
        ("Ferries to the islands are cancelled on Monday because of gales.", "Monday", "2027-03-10", "2027-03-15", "2027-03-15T00:00", "2027-03-16T00:00"),
    ],
)
def test_act_set_for_a_day_present_passive_is_ahead(text: str, expression: str, dct: str, value: str, earliest: str, latest: str) -> None:
    assert value_and_bounds(text, expression, dct) == (value, earliest, latest)


def test_participle_with_no_past_cue_present_passive_is_ahead() -> None:
    # Wed 10 Mar 2027: "drawn" is no known past form; a clock between it and the day: Tuesday 16 Mar at 20:00 (was 9 Mar)
    text = "The charity lottery is drawn at 8 p.m. on Tuesday."
    assert value_and_bounds(text, "Tuesday", "2027-03-10") == ("2027-03-16", "2027-03-16T00:00", "2027-03-17T00:00")
    assert value_and_bounds(text, "8 p.m.", "2027-03-10") == ("2027-03-16T20:00", "2027-03-16T20:00", "2027-03-16T20:01")


def test_participle_with_no_past_cue_adjacent_is_ahead() -> None:
    # Wed 10 Mar 2027: right before the day: Tuesday 16 Mar (was the closest, 9 Mar)
    text = "The charity lottery is drawn on Tuesday."
    assert value_and_bounds(text, "Tuesday", "2027-03-10") == ("2027-03-16", "2027-03-16T00:00", "2027-03-17T00:00")


def test_reported_past_passive_stays_past() -> None:
    # Wed 10 Mar 2027: "was announced": Monday gone, 8 Mar
    text = "The winner of the poetry prize was announced on Monday."
    assert value_and_bounds(text, "Monday", "2027-03-10") == ("2027-03-08", "2027-03-08T00:00", "2027-03-09T00:00")


def test_fixture_past_passive_stays_past() -> None:
    # Wed 9 Dec 2026: "was held": the Sunday gone, 6 Dec
    text = "A carol service was held on Sunday evening at the cathedral."
    assert value_and_bounds(text, "Sunday evening", "2026-12-09") == ("2026-12-06TEV", "2026-12-06T17:00", "2026-12-06T22:00")
    assert timex_named(text, "Sunday evening", "2026-12-09").grain is Grain.PART_OF_DAY


# --- a forecast's present verb ("The forecast shows", "The outlook has", "the charts show", "forecasters see":
# tense.toml forecast_subjects, forecast_verbs) gives a time ahead


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest",
    [
        # Thu 10 Jun 2027: Sunday 13 Jun (was 6 Jun: no verb cue, news leans back)
        ("The forecast shows sunshine for Sunday.", "Sunday", "2027-06-10", "2027-06-13", "2027-06-13T00:00", "2027-06-14T00:00"),
        # Fri 20 Nov 2026: "has" before a bare noun is no perfect: Tuesday 24 Nov, late (was 17 Nov)
        ("The forecast has heavy snow across the hills late on Tuesday.", "late on Tuesday", "2026-11-20",
         "2026-11-24", "2026-11-24T16:00", "2026-11-25T00:00"),
        # Thu 10 Jun 2027: a participle between the verb and the time ("reaching") is no verb of the clause: 13 Jun
        ("The charts show a band of rain reaching the coast on Sunday afternoon.", "Sunday afternoon", "2027-06-10",
         "2027-06-13TAF", "2027-06-13T12:00", "2027-06-13T18:00"),
        # Sat 16 Jan 2027: the plural subject: Thursday 21 Jan (was 14 Jan)
        ("Forecasters see a milder spell by Thursday.", "Thursday", "2027-01-16", "2027-01-21", "2027-01-21T00:00", "2027-01-22T00:00"),
    ],
)
def test_forecast_present_is_ahead(text: str, expression: str, dct: str, value: str, earliest: str, latest: str) -> None:
    assert value_and_bounds(text, expression, dct) == (value, earliest, latest)


def test_forecast_past_form_after_a_preposition_is_an_adjective() -> None:
    # Tue 19 Jan 2027: "untreated" after "on" is no verb between: Friday 22 Jan, early (was 15 Jan)
    text = "The charts show ice on untreated roads early on Friday."
    assert value_and_bounds(text, "early on Friday", "2027-01-19") == ("2027-01-22", "2027-01-22T00:00", "2027-01-22T08:00")
    assert timex_named(text, "early on Friday", "2027-01-19").grain is Grain.DAY


def test_forecast_subject_with_a_past_verb_between_stays_past() -> None:
    # Thu 11 Mar 2027: "peaked" is the clause's verb: the Tuesday gone, 9 Mar
    text = "The charts show the shares peaked on Tuesday."
    assert value_and_bounds(text, "Tuesday", "2027-03-11") == ("2027-03-09", "2027-03-09T00:00", "2027-03-10T00:00")


# --- "sold out" right before a fixture's day (tense.toml fixture_sales) is an act for the fixture, as "sold seats for":
# the fixture nearest either side of now; a word between the day and the fixture noun that makes one noun with it
# ("half marathon", "cup final": fixture_modifiers) still names the fixture


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest",
    [
        # Tue 17 Nov 2026: this year's New Year's Eve (was 2025's: "had sold out" is past)
        ("The theatre said it had sold out the New Year's Eve gala.", "New Year's Eve", "2026-11-17",
         "2026-12-31", "2026-12-31T00:00", "2027-01-01T00:00"),
        # Mon 15 Feb 2027: the coming 2 May (was 2026's)
        ("The club had sold out the May 2 cup final.", "May 2", "2027-02-15", "2027-05-02", "2027-05-02T00:00", "2027-05-03T00:00"),
        # Wed 13 Jan 2027: "for the April 11 half marathon": the coming 11 April (was 2026's)
        ("The club sold 3,000 places for the April 11 half marathon.", "April 11", "2027-01-13",
         "2027-04-11", "2027-04-11T00:00", "2027-04-12T00:00"),
    ],
)
def test_fixture_sold_out_is_nearest(text: str, expression: str, dct: str, value: str, earliest: str, latest: str) -> None:
    assert value_and_bounds(text, expression, dct) == (value, earliest, latest)


def test_fixture_sold_out_just_past_stays_past() -> None:
    # Tue 12 Jan 2027: the nearest Christmas Eve is the one just gone, 2026's
    text = "The theatre had sold out the Christmas Eve gala."
    assert value_and_bounds(text, "Christmas Eve", "2027-01-12") == ("2026-12-24", "2026-12-24T00:00", "2026-12-25T00:00")


# --- a bare clock time whose clause opens with a word of a run's first occasion ("The opening debate", "The first
# performance": lexicon [event_recall] range_first) after a run told by its two ends is on the run's first day


def test_clock_of_opening_occasion_on_first_day_of_run() -> None:
    # Mon 3 May 2027: the festival runs from Friday 7 May to 16 May: the opening debate is on 7 May at 18:00 (was 16 May's)
    text = "The book festival opens on Friday and runs until May 16. The opening debate starts at 6 p.m."
    assert value_and_bounds(text, "6 p.m.", "2027-05-03") == ("2027-05-07T18:00", "2027-05-07T18:00", "2027-05-07T18:01")
    assert timex_named(text, "6 p.m.", "2027-05-03").grain is Grain.MINUTE


def test_clock_of_closing_occasion_keeps_last_day_of_run() -> None:
    # Mon 3 May 2027: "The closing debate": the run's last day told, 16 May
    text = "The book festival opens on Friday and runs until May 16. The closing debate starts at 6 p.m."
    assert value_and_bounds(text, "6 p.m.", "2027-05-03") == ("2027-05-16T18:00", "2027-05-16T18:00", "2027-05-16T18:01")


# --- a scheduled present form after a determiner and a modifier that a past verb governs is a noun ("lost a budget vote"):
# the past verb says; an "-ed" form right after a subject pronoun is a sure past ("said it changed suppliers")


def test_fixture_noun_after_past_verb_is_no_scheduled_verb() -> None:
    # Fri 12 Mar 2027: "Having lost a budget vote on Wednesday": Wednesday gone, 10 Mar (was the coming one, 17 Mar)
    text = "Having lost a budget vote on Wednesday, the mayor resigned."
    assert value_and_bounds(text, "Wednesday", "2027-03-12") == ("2027-03-10", "2027-03-10T00:00", "2027-03-11T00:00")


def test_fixture_noun_after_present_verb_stays_ahead() -> None:
    # Fri 12 Mar 2027: "hold a budget vote on Monday": the coming Monday, 15 Mar
    text = "Senators hold a budget vote on Monday."
    assert value_and_bounds(text, "Monday", "2027-03-12") == ("2027-03-15", "2027-03-15T00:00", "2027-03-16T00:00")


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest",
    [
        # Wed 18 Nov 2026: a reported past, pronoun subject: January 2026 (was 2027: a weak "-ed" cue kept the closest)
        ("The firm said it changed suppliers in January.", "January", "2026-11-18", "2026-01", "2026-01-01T00:00", "2026-02-01T00:00"),
        # Tue 19 Oct 2027: "they" before the verb: last December, 2026
        ("The trust said they replaced the boilers in December.", "December", "2027-10-19", "2026-12", "2026-12-01T00:00", "2027-01-01T00:00"),
    ],
)
def test_ed_form_after_subject_pronoun_is_past(text: str, expression: str, dct: str, value: str, earliest: str, latest: str) -> None:
    assert value_and_bounds(text, expression, dct) == (value, earliest, latest)
