"""Helper recog, sixty-second session: time expressions recognised with their TimeML extents and values (issue 12), in
sentences written for the purpose (bench/rec-s62 holds the held-out recognition set).

Dates worked out by hand: 7 December 2026 is a Monday, so Sunday 6 December is the night before; Easter Sunday 2026 is
5 April (two weeks either side: 22 March .. 19 April, the bound latest the day after, 20 April), Easter 2027 is 28 March.
The winter of 2023 runs from 1 December 2022 to the end of February 2023.
"""

from __future__ import annotations

import datetime as dt

import timeline

DCT = "2026-12-07"  # a Monday


def _tags(text: str, reference: str = DCT) -> list[tuple[str, str]]:
    """(extent, value) of every time expression, in text order."""
    return [(t.text, t.value) for t in timeline.tag(text, reference_time=reference).timexes]


def _one(text: str, reference: str = DCT) -> timeline.Timex:
    """The only time expression of the text."""
    found = timeline.tag(text, reference_time=reference).timexes
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


# A season named after its year, or the two years it spans (rule year_season), and more kinds of season after a year
# (rule year_named_period)


def test_a_season_after_two_years_is_one_expression() -> None:
    """"The 2022-23 winter": December 2022 to February 2023, the winter of 2023, as "the winter of 2022-23" (was "[2022]",
    "[23]" and a stray "[winter]" of 2023-WI read from now); a slash the same."""
    t = _one("The 2022-23 winter was the mildest on record.")
    assert (t.text, t.value) == ("The 2022-23 winter", "2023-WI")
    assert (t.earliest, t.latest) == (dt.datetime(2022, 12, 1), dt.datetime(2023, 3, 1))
    assert _tags("Demand fell in the 2023/24 winter.") == [("the 2023/24 winter", "2024-WI")]


def test_a_season_after_one_year_is_one_expression() -> None:
    """"the 2027 summer season" said in December 2026 is the summer of 2027 (was "[2027]" and "[summer]" 2026-SU, the
    summer gone); a capitalised season before a capitalised word is a name's: "the 2026 Winter Olympics" keeps the year
    alone."""
    assert _tags("Bookings for the 2027 summer season are up.") == [("the 2027 summer season", "2027-SU")]
    assert _tags("Crops failed in the 1976 summer heatwave.") == [("the 1976 summer", "1976-SU")]
    assert _tags("Tickets for the 2026 Winter Olympics sold out.", "2025-12-07") == [("2026", "2026")]


def test_a_flu_season_of_two_years_is_one_period() -> None:
    """"the 2022-23 flu season", "the 2024/25 ski season": the year it ends in, as "the 2022-23 season" (were two years
    each); "the 2010 holiday season" keeps its December (the year and "holiday season" as before)."""
    assert _tags("Flu cases rose in the 2022-23 flu season.") == [("the 2022-23 flu season", "2023")]
    assert _tags("Resorts had snow all through the 2024/25 ski season.") == [("the 2024/25 ski season", "2025")]
    assert _tags("The 2010 holiday season was busy.") == [("2010", "2010"), ("holiday season", "2010-12")]


# Plural holiday periods: "the Easter holidays", "the summer holidays"


def test_the_easter_holidays_are_one_expression() -> None:
    """"during the Easter holidays" said on 7 December 2026 (past): the Easter of 2026 (5 April), the year it falls in as
    for a festival of several days, bounded by two weeks either side of the Sunday (was "the [Easter] holidays", the
    Sunday alone); "the Easter recess" the same."""
    t = _one("Thousands of families went abroad during the Easter holidays.")
    assert (t.text, t.value) == ("the Easter holidays", "2026")
    assert (t.earliest, t.latest) == (dt.datetime(2026, 3, 22), dt.datetime(2026, 4, 20))
    found = timeline.tag("MPs came back from the Easter recess yesterday.", reference_time="2027-04-14").timexes
    t = found[0]
    assert (t.text, t.value) == ("the Easter recess", "2027")
    assert (t.earliest, t.latest) == (dt.datetime(2027, 3, 14), dt.datetime(2027, 4, 12))
    # the Christmas ones as before: the December
    assert _tags("The resort was busy over the Christmas holidays.") == [("the Christmas holidays", "2026-12")]


def test_the_summer_holidays_are_the_season() -> None:
    """"The summer holidays begin on 20 July" said in December 2026: the summer of 2027, one expression (was "[The
    summer]" alone); "a summer break" stays a trip, untagged ([vetoes] season_not_after "a")."""
    assert _tags("The summer holidays begin on 20 July.") == [("The summer holidays", "2027-SU"), ("20 July", "2027-07-20")]
    assert _tags("MPs left for the summer recess.", "2026-08-07") == [("the summer recess", "2026-SU")]
    assert _tags("We booked a summer break in Spain.") == []


# Runs told by their length (rule duration: "running", "in a row", "on the trot" inside)


def test_a_run_told_by_its_length_is_one_expression() -> None:
    """"has won the title four years running": a length of four years with its "running" (was "[four years]" alone, as
    rec-s61's gold "[four years running]" marked); "six months in a row" the same."""
    assert _tags("The club has won the title four years running.") == [("four years running", "P4Y")]
    assert _tags("Exports grew for six months in a row before the slump.") == [("six months in a row", "P6M")]
    assert _tags("He topped the charts three weeks running, and then fell.") == [("three weeks running", "P3W")]


def test_running_with_an_object_is_a_verb() -> None:
    """"spent three weeks running the shop": "running" is the verb with its object, outside; "in a row of chairs" a
    line of things."""
    assert _tags("He spent three weeks running the shop.") == [("three weeks", "P3W")]
    assert _tags("They sat for two hours in a row of chairs.") == [("two hours", "PT2H")]


# News: "the rest of the decade" ([news_story_units] rests)


def test_the_rest_of_the_decade_in_the_news() -> None:
    """"for the remainder of the decade" said in 2026: the 2020s (202) with END, the whole phrase, as histories read it
    (was untagged: "the decade" alone is no time in the news); "the rest of the century" the 21st (20); "the rest of the
    year" keeps its quantifier outside, as before ("much of [the day]")."""
    t = _one("Rates will stay low for the remainder of the decade.")
    assert (t.text, t.value, t.mod) == ("the remainder of the decade", "202", timeline.Mod.END)
    assert _tags("The rest of the century was quiet.") == [("The rest of the century", "20")]
    assert _tags("Inflation will stay high for the rest of the year.") == [("the year", "2026")]


# "late-night" before a noun of a service, a habit or a trade ([vetoes] late_night_not_before)


def test_late_night_before_a_kind_of_service_is_no_time() -> None:
    """"Late-night shopping returns", "Late-night buses will run": a kind of shopping and of bus, no night (were
    "[Late-night]" 7 December TNI, and "[night]" once that was stopped)."""
    assert _tags("Late-night shopping returns to the city centre.") == []
    assert _tags("Late-night buses will run over the festive period.") == [("the festive period", "2026-12")]


def test_late_night_before_what_happened_stays_a_night() -> None:
    """"The late-night talks ended", "a late-night raid": the night gone (Sunday 6 December), as before."""
    assert _tags("The late-night talks ended without a deal.") == [("late-night", "2026-12-06TNI")]
    assert _tags("Police made a late-night raid on the house.") == [("late-night", "2026-12-06TNI")]


# British bank holidays named by their month, and "the Christmas season" ([holidays]; rule holiday_season)


def test_a_bank_holiday_named_by_its_month_is_its_monday() -> None:
    """"over the May bank holiday" said on 7 December 2026: the first Monday of May 2026, the 4th (1 May 2026 is a
    Friday); "the August bank holiday" ahead: the last Monday of August 2027, the 30th (1 August 2027 is a Sunday); "the
    spring bank holiday": the last Monday of May 2026, the 25th (31 May is a Sunday). Were "[May]", "[August]" (the whole
    month) and "[the spring]"."""
    assert _tags("Traffic was heavy over the May bank holiday.") == [("the May bank holiday", "2026-05-04")]
    assert _tags("Shops will open on the August bank holiday.") == [("the August bank holiday", "2027-08-30")]
    assert _tags("Roads were busy over the spring bank holiday.") == [("the spring bank holiday", "2026-05-25")]


def test_the_christmas_season_is_the_december() -> None:
    """"has sold out for the Christmas season" said on 7 December 2026: December 2026, as "the holiday season" (was
    "[Christmas]", 25 December 2025)."""
    assert _tags("The theatre has sold out for the Christmas season.") == [("the Christmas season", "2026-12")]
