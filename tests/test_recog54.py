"""Helper recog, session 54: kinds of time expressions of news left untagged or split (a season alone after a preposition,
a day of one year only, so many days in each week, a run of years without "straight"), on sentences written for the
purpose (bench/rec-s54 holds the held-out recognition set)."""

from __future__ import annotations

import timeline

DCT = "2009-12-19T17:00"  # a Saturday, 5 p.m.


def _tags(text: str, reference: str = DCT, mode: str = "news") -> list[tuple[str, str, str]]:
    """(extent, value, type) of every time expression, in text order."""
    return [(t.text, t.value, t.type.value) for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def test_a_season_alone_after_a_preposition() -> None:
    """ "in spring", "by spring" and a headline's "in Spring": the season (was untagged: "spring" is also a verb); not a
    noun's modifier ("in spring water") nor a tumble ("hurt in fall from a roof")."""
    assert _tags("Work on the new pier will resume in spring.") == [("spring", "2010-SP", "DATE")]
    assert _tags("Pier to Reopen in Spring") == [("Spring", "2010-SP", "DATE")]
    assert _tags("The repairs should be finished by spring, the council said.") == [("spring", "2010-SP", "DATE")]
    assert _tags("Ticket sales dropped sharply in fall.") == [("fall", "2009-FA", "DATE")]
    assert _tags("The walkers bathed in spring water from the hills.") == []
    assert _tags("A roofer was hurt in fall from scaffolding.") == []
    assert _tags("Frogs spring out of the pond.") == []


def test_d_day_is_one_day() -> None:
    """ "D-Day" is 6 June 1944 whatever the tense or the year told (was untagged); "VJ Day" is a yearly day as "VE Day";
    "d-day" in lower case is any planned day, no date."""
    assert _tags("Walter Penrith, who landed on D-Day, will return to Normandy in June.") == [
        ("D-Day", "1944-06-06", "DATE"), ("June", "2010-06", "DATE")]
    assert _tags("D-Day Veteran Dies at 91") == [("D-Day", "1944-06-06", "DATE")]
    assert _tags("The bells rang out in 1945 on VJ Day.", mode="narrative") == [("1945", "1945", "DATE"), ("VJ Day", "1945-08-15", "DATE")]
    assert _tags("The d-day for the merger has been set by the board.") == []


def test_days_in_each_week_are_one_set() -> None:
    """ "seven days a week", "24 hours a day", "three months a year": one set of the longer period with the count as its
    frequency (was a length and a set, "[seven days] [a week]"); not before "ago" ("two days a week ago")."""
    doc = timeline.tag("The pharmacy will open seven days a week and 24 hours a day from March.", reference_time=DCT)
    sets = [(t.text, t.value, t.type.value, t.freq) for t in doc.timexes if t.type.value == "SET"]
    assert sets == [("seven days a week", "P1W", "SET", "7D"), ("24 hours a day", "P1D", "SET", "24H")]
    assert _tags("The skipper spends three months a year at sea.") == [("three months a year", "P1Y", "SET")]
    assert _tags("She was hired two days a week ago.") == [("two days", "P2D", "DURATION"), ("a week ago", "2009-W50", "DATE")]


def test_for_a_third_year_is_the_run() -> None:
    """ "for a third year" (no "straight") is the run's year, read as "for a third straight year" (in a past clause the last
    year over: said in December 2009, 2008); not "for a second year of funding", "a third year student"."""
    assert _tags("The club kept its prices down for a third year.") == [("a third year", "2008", "DATE")]
    assert _tags("The club kept its prices down for a third straight year.") == [("a third straight year", "2008", "DATE")]
    assert _tags("The carmaker posted a loss for a second quarter on Tuesday.", reference="2026-11-11") == [
        ("a second quarter", "2026-Q3", "DATE"), ("Tuesday", "2026-11-10", "DATE")]
    assert _tags("The students applied for a second year of funding.") == []
    assert _tags("He applied for a third year student grant.") == []
