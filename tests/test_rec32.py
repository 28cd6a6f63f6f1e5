"""Helper rec, session 32: the extent of a time expression ("2:13 a.m. Moscow time", "the past half-century", "the last
decade and a half"), on sentences written for the purpose."""

from __future__ import annotations

import timeline

DCT = "2026-03-19"  # a Thursday


def _tags(text: str, reference: str = DCT) -> list[tuple[str, str, str]]:
    """(extent, type, value) of every time expression, in text order."""
    return [(t.text, t.type, t.value) for t in timeline.tag(text, reference_time=reference).timexes]


def test_a_places_time_zone_is_part_of_the_clock_time() -> None:
    """ "Moscow time", "Beijing time", "UK time" after a clock time are its zone, inside the extent as "local time" and "EST"
    are (TimeBank and AQUAINT both keep the zone inside: "5 p.m. EST Nov. 9", "4 a.m. EDT Thursday")."""
    assert _tags("The probe was launched at 2:13 a.m. Moscow time on Monday.") == [
        ("2:13 a.m. Moscow time", "TIME", "2026-03-16T02:13"), ("Monday", "DATE", "2026-03-16")]
    assert _tags("The summit opens at 10am Beijing time.")[0][0] == "10am Beijing time"
    assert _tags("Polls close at 8pm UK time.")[0][0] == "8pm UK time"
    assert _tags("Markets shut at 4.30pm Hong Kong time.")[0][0] == "4.30pm Hong Kong time"
    assert _tags("It landed at 7:40 a.m. New York time Tuesday.") == [("7:40 a.m. New York time Tuesday", "TIME", "2026-03-17T07:40")]
    assert _tags("The deadline is 6 p.m. Greenwich Mean Time.")[0][0] == "6 p.m. Greenwich Mean Time"


def test_the_zones_written_short_stay_inside() -> None:
    """The short zones the patterns held inline before the lexicon list took them over."""
    assert _tags("Trading halts at 4 p.m. ET.")[0][0] == "4 p.m. ET"
    assert _tags("The launch is set for 9:30 a.m. PDT.")[0][0] == "9:30 a.m. PDT"
    assert _tags("Talks resume at 14:00 CET.")[0][0] == "14:00 CET"
    assert _tags("He filed at 5 p.m. EST Friday.") == [("5 p.m. EST Friday", "TIME", "2026-03-13T17:00")]


def test_a_name_after_a_clock_time_is_no_zone() -> None:
    """ "New York Times" is a paper, not New York's time; a word not in the list is left out."""
    assert _tags("At 7 p.m. New York Times reporters left.")[0][0] == "7 p.m."
    assert _tags("He arrived at 3 p.m. Arsenal time was called off.")[0][0] == "3 p.m."


def test_half_a_unit_counted_back_or_ahead() -> None:
    """ "the past half-century" is fifty years up to now (was "the past", a vague past), "the next half hour" thirty minutes."""
    assert _tags("Wages have stagnated over the past half-century.") == [("the past half-century", "DURATION", "P50Y")]
    assert _tags("Two more buses arrived in the last half hour.") == [("the last half hour", "DURATION", "PT30M")]
    assert _tags("We will know more in the next half-hour.") == [("the next half-hour", "DURATION", "PT30M")]
    assert _tags("For the past half-decade, rents rose.") == [("the past half-decade", "DURATION", "P5Y")]


def test_the_last_unit_and_a_half() -> None:
    """ "the last decade and a half" is fifteen years up to now (was "the last decade", the 2010s), as "the past decade
    and a half" is; "the next year and a half" eighteen months ahead."""
    assert _tags("Prices have doubled over the last decade and a half.") == [("the last decade and a half", "DURATION", "P15Y")]
    assert _tags("Rates will stay high for the next year and a half.") == [("the next year and a half", "DURATION", "P1Y6M")]
    assert _tags("Over the previous year and a half, rents rose.") == [("the previous year and a half", "DURATION", "P1Y6M")]
    # without "and a half" the last decade stays the calendar decade
    assert _tags("Prices doubled over the last decade.") == [("the last decade", "DATE", "201")]


def test_a_zone_after_noon_or_midnight_is_part_of_it() -> None:
    """Noon and midnight are clock readings: a zone after them is inside the extent as after "5 p.m." ("midnight GMT" was
    "midnight" and a stray zone), and a day after the zone still joins ("noon local time Friday", as "noon Friday")."""
    assert _tags("The ceasefire began at midnight GMT.") == [("midnight GMT", "TIME", "2026-03-18T24:00")]
    assert _tags("The truce takes effect at noon local time Friday.") == [("noon local time Friday", "TIME", "2026-03-20T12:00")]
    assert _tags("Voting ended at 12 noon EST.")[0][0] == "12 noon EST"
    assert _tags("The truce takes effect at noon local time Saturday, March 21.") == [
        ("noon local time Saturday, March 21", "TIME", "2026-03-21T12:00")]
    assert _tags("By midnight London time the count was done.")[0][0] == "midnight London time"
    # a zone after another part of the day is left out (no clock reading there)
    assert _tags("The raid began at dawn local time.")[0][0] == "dawn"


def test_the_before_a_holidays_weekend_is_inside() -> None:
    """ "the Easter weekend" keeps its article, as "the weekend" does in TimeBank and AQUAINT alike (was "Easter weekend")."""
    assert _tags("Traffic was heavy over the Easter weekend.", "2026-04-22") == [("the Easter weekend", "DATE", "2026-W14-WE")]
    assert _tags("Roads were busy over the Labor Day weekend.", "2026-09-09")[0][0] == "the Labor Day weekend"
    assert _tags("Sales rose in the Christmas week.", "2026-01-10")[0][0] == "the Christmas week"
    # with no week after it, "the" before a holiday stays where the rules put it
    assert _tags("Prices have doubled since last Thanksgiving.")[0][0] == "last Thanksgiving"


def test_a_long_or_holiday_weekend_is_the_weekend() -> None:
    """ "the long weekend", "the holiday weekend", "the bank holiday weekend" are the weekend the story is about (were
    untagged)."""
    assert _tags("Shares slipped ahead of the long weekend.", "2026-04-22") == [("the long weekend", "DATE", "2026-W17-WE")]
    assert _tags("Roads were jammed over the holiday weekend.", "2026-09-08") == [("the holiday weekend", "DATE", "2026-W36-WE")]
    assert _tags("Trains will be packed over the bank holiday weekend.", "2026-05-20")[0][0] == "the bank holiday weekend"


def test_a_month_or_season_joins_an_apostrophe_year() -> None:
    """ "June '98", "the summer of '69": one expression, the month (season) of that year, as with four digits (were the
    month alone, of this year, or the apostrophe year alone, the whole year)."""
    assert _tags("The plant opened in June '98.") == [("June '98", "DATE", "1998-06")]
    assert _tags("The song was a hit in the summer of '69.") == [("the summer of '69", "DATE", "1969-SU")]
    assert _tags("It closed in the fall of '08.") == [("the fall of '08", "DATE", "2008-FA")]
    # the class of a year is no month's or season's
    assert _tags("The class of '92 met again.") == [("'92", "DATE", "1992")]


def test_the_festive_period_is_the_holiday_season() -> None:
    """ "the festive period" is December as "the festive season" and "the Christmas period" are (was untagged)."""
    assert _tags("Rail lines will close over the festive period.", "2026-11-05") == [("the festive period", "DATE", "2026-12")]
