"""Helper recog, sixty-fourth session: time expressions recognised with their TimeML extents and values (issue 12), in
sentences written for the purpose (bench/rec-s64 holds the held-out recognition set).

Dates worked out by hand: 8 December 2026 is a Tuesday (the Sunday before is 6 December); 15 September 2027 is a
Wednesday. Easter 2027 is 28 March. The tax, financial and school years are named by the calendar year they start in, as
"the new financial year" (s57): said in December 2026, the new one starts in 2027.
"""

from __future__ import annotations

import timeline

DCT = "2026-12-08"  # a Tuesday


def _tags(text: str, reference: str = DCT, mode: str = "news") -> list[tuple[str, str]]:
    """(extent, value) of every time expression, in text order."""
    return [(t.text, t.value) for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def _typed(text: str, reference: str = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.value, t.type.value) for t in timeline.tag(text, reference_time=reference).timexes]


# Rates of things counted (rule set_per, productions/sets._counted_before)


def test_rates_of_things_counted_are_sets() -> None:
    """"40,000 cars a day", "forty boats a week", "thousands of people a day", "400 new homes a year": a rate, a SET of the
    period (TimeML tags "CDs a year" so), as "3 dollars a day" already was (were DURATION, a length of one day). A length
    after a count of people who do a thing stays one ("Three men spent a day in the cells"), and a measure is no time
    ("140 kilometres an hour")."""
    assert _typed("The tunnel carries 40,000 cars a day.") == [("a day", "P1D", "SET")]
    assert _typed("Forty boats a week use the harbour.") == [("a week", "P1W", "SET")]
    assert _typed("Thousands of people a day use the station.") == [("a day", "P1D", "SET")]
    assert _typed("Some 400 new homes a year are needed.") == [("a year", "P1Y", "SET")]
    assert _typed("Three men spent a day in the cells.") == [("a day", "P1D", "DURATION")]
    assert _typed("Gusts of 140 kilometres an hour hit the coast.") == []


# A movable feast after "every" (rule set_every)


def test_every_movable_feast_is_a_yearly_set() -> None:
    """"every Easter", "Each Whitsun", "every Good Friday": the feast each year, one SET with its quantifier, valued as a
    yearly set (P1Y: its day moves, so it has no XXXX-MM-DD form); was "[Easter]" alone, the coming one (28 March 2027),
    a DATE. A feast of a fixed day keeps its day ("every Christmas" XXXX-12-25, s63)."""
    assert _typed("The family goes to the coast every Easter.") == [("every Easter", "P1Y", "SET")]
    assert _tags("Each Whitsun the village holds a fair.") == [("Each Whitsun", "P1Y")]
    assert _tags("The pub has opened every Good Friday since 1990.") == [("every Good Friday", "P1Y"), ("1990", "1990")]
    assert _tags("The market is held every Christmas.") == [("every Christmas", "XXXX-12-25")]


# A half after a half of a year (resolve/named_years.year_told_before, productions/periods._half_told_before)


def test_a_half_after_a_half_of_a_year_holds_across_a_comma_or_a_sentence() -> None:
    """Said on 15 September 2027: "H2" after "H1 2025" across a comma and "and" is 2025-H2 (was 2026-H2, the last second
    half gone); "The second half" in the sentence after "the first half of 2025" is 2025-H2 too (was 2026-H2)."""
    ref = "2027-09-15"
    assert _tags("Ryanair said profit rose in H1 2025, and H2 was better still.", ref) == [("H1 2025", "2025-H1"), ("H2", "2025-H2")]
    assert _tags("Profits fell in the first half of 2025. The second half was better, the firm said.", ref) == [
        ("the first half of 2025", "2025-H1"), ("The second half", "2025-H2")]
    assert _tags("Revenue fell 4% in H1 2025. In H2, the company said, it recovered.", ref) == [("H1 2025", "2025-H1"), ("H2", "2025-H2")]


def test_a_half_after_a_half_still_ahead_is_of_its_year() -> None:
    """Said on 8 December 2026: "a stronger H2" after "H1 2027" is 2027-H2 (was 2026-H2, the half now ending); "the second
    half" after "the first half of 2028" in a future clause is 2028-H2; "H2" opening the sentence after one about "H1
    2027" is a half too (was untagged: that sentence has no word of a business's report of its own)."""
    assert _tags("The firm expects growth in H1 2027, and a stronger H2.") == [("H1 2027", "2027-H1"), ("H2", "2027-H2")]
    assert _tags("The chain expects sales to recover in the first half of 2028 and to grow in the second half.") == [
        ("the first half of 2028", "2028-H1"), ("the second half", "2028-H2")]
    assert _tags("The firm expects growth in H1 2027. H2 should be stronger.") == [("H1 2027", "2027-H1"), ("H2", "2027-H2")]


# The turn of the century after a year told (resolve/dates.turn_ahead)


def test_the_turn_of_the_century_after_a_year_is_the_coming_one() -> None:
    """A history moves on from the year it told: "founded in 1712 ... By the turn of the century it owned half the valley"
    is 1800 (was 1700, the nearest turn, before the founding), in a history or a news story; a year within ten years of
    the last turn keeps it ("In 1805 ... At the turn of the century": 1800); a turn ahead of the story's own time is not
    taken in a past clause ("founded in 2011. By the turn of the century it was gone", said in 2026: 2000); nor in the past
    perfect, a look back ("In 1712 the abbey, which had been founded at the turn of the century, ...": 1700)."""
    text = "The abbey was founded in 1712 by monks. By the turn of the century it owned half the valley."
    assert _tags(text, mode="narrative") == [("1712", "1712"), ("the turn of the century", "1800")]
    assert _tags(text) == [("1712", "1712"), ("the turn of the century", "1800")]
    assert _tags("In 1805 the mill burned down. At the turn of the century it had employed forty men.", mode="narrative") == [
        ("1805", "1805"), ("the turn of the century", "1800")]
    assert _tags("The firm was founded in 2011. By the turn of the century it was gone.") == [("2011", "2011"), ("the turn of the century", "2000")]
    assert _tags("In 1712 the abbey, which had been founded at the turn of the century, bought the farm.", mode="narrative") == [
        ("1712", "1712"), ("the turn of the century", "1700")]


# Holidays and years of a calendar (rules holiday_season, relative_unit)


def test_the_christmas_and_new_year_period_is_one_expression() -> None:
    """"the Christmas and New Year period" ("holidays", "break"): the December, as "the Christmas period" (was "[Christmas]"
    and "[New Year]", two days)."""
    assert _tags("Tips will close over the Christmas and New Year period.") == [("the Christmas and New Year period", "2026-12")]
    assert _tags("Trains will not run during the Christmas and New Year holidays.") == [("the Christmas and New Year holidays", "2026-12")]


def test_the_new_tax_year_is_the_coming_one() -> None:
    """"the start of the new tax year", "next tax year": a tax year named relative to this one, as the financial year (was
    untagged); said in December 2026, 2027."""
    assert _tags("Bills will rise at the start of the new tax year.") == [("the start of the new tax year", "2027")]
    assert _tags("The allowance will be cut next tax year.") == [("next tax year", "2027")]


# A weekday naming a kind of day ([vetoes] weekday_not_before_phrases)


def test_sunday_trading_laws_name_no_day() -> None:
    """"Sunday trading laws", "Sunday opening hours": rules for trading on Sundays, no day (was "[Sunday]" the Sunday gone,
    6 December); "Sunday trading" alone keeps its day, as s62 kept it (a Gulf market trades on Sundays)."""
    assert _tags("MPs voted to relax Sunday trading laws.") == []
    assert _tags("The council wants longer Sunday opening hours.") == []
    assert _tags("Shares in Riyadh rose in Sunday trading.") == [("Sunday", "2026-12-06")]
