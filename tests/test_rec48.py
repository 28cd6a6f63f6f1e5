"""Helper recog, session 48: recognition kinds of wire copy, on sentences written for the purpose (bench/rec-s48 holds the
recognition sets)."""

from __future__ import annotations

import timeline

DCT = "2009-12-19"  # a Saturday


def _tags(text: str, reference: str = DCT, mode: str = "news") -> list[tuple[str, str, str]]:
    """(extent, value, mod) of every time expression, in text order."""
    return [(t.text, t.value, t.mod.value if t.mod else "") for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def test_end_joined_by_a_hyphen_is_the_end_of_the_month_or_year() -> None:
    """ "at end-2008", "by end-March", "by end-June 2011": "end" joined to a year or month by a hyphen only (lexicon
    [hyphened_modifiers]) is one expression with mod END, as "late 2008" is (was untagged, "March" alone, and "end-June" split
    from its year)."""
    assert _tags("Public debt stood at 70 percent of output at end-2008.") == [("end-2008", "2008", "END")]
    assert _tags("The fund's assets had halved by end-March, the trustees said.") == [("end-March", "2009-03", "END")]
    assert _tags("The lender aims to repay the state by end-June 2011.") == [("end-June 2011", "2011-06", "END")]


def test_end_as_a_verb_or_inside_a_word_stays_out() -> None:
    """ "to end 2010 with a profit" (the verb, a space after it), "They hope to end March with a deal", "front-end" (the end
    of a longer word): no END modifier."""
    assert _tags("The chain hopes to end 2010 with a profit.") == [("2010", "2010", "")]
    assert _tags("Both sides hope to end March with a deal.") == []
    assert _tags("The firm's front-end 2010 designs were shown to buyers.") == [("2010", "2010", "")]


def test_the_lunar_new_year_is_its_day_in_the_year() -> None:
    """ "Chinese New Year", "the Lunar New Year": the first day of the Chinese calendar's year (lexicon [holidays] dates, the
    Gregorian day of each year 1960-2050; "the" inside), one expression (was "New Year", 1 January); the Western "New Year"
    and "the new year" are untouched."""
    assert _tags("Millions of workers went home for the Lunar New Year.", "2010-03-01") == [("the Lunar New Year", "2010-02-14", "")]
    assert _tags("Exporters expect orders to pick up after Chinese New Year.", "2009-12-19") == [("Chinese New Year", "2010-02-14", "")]
    assert _tags("Shops were busy before the lunar new year.", "2012-02-01") == [("the lunar new year", "2012-01-23", "")]
    assert _tags("Sales rose in the run-up to Chinese New Year 2008.") == [("Chinese New Year 2008", "2008-02-07", "")]
    assert [t[0] for t in _tags("The bars were full on New Year's Eve and the new year began quietly.")] == ["New Year's Eve", "the new year"]
    assert _tags("Happy New Year, the mayor said.")[0][0] == "New Year"


def test_a_capitals_time_after_a_clock_time_is_inside() -> None:
    """ "7:06 p.m. Rome time", "noon Vienna time": a city's time after a clock time is part of the expression (lexicon
    [time_zones] places), as "Moscow time" was; a capitalised city opening the clause after a clock time is not."""
    assert _tags("The result was read out at 7:06 p.m. Rome time on Wednesday.")[0][:2] == ("7:06 p.m. Rome time", "2009-12-16T19:06")
    assert _tags("The summit resumes at noon Vienna time on Monday.")[0][0] == "noon Vienna time"
    assert _tags("At 5 p.m. Rome was quiet.")[0][0] == "5 p.m."


def test_a_dotted_day_month_year_is_one_date() -> None:
    """ "14.03.2008", "1.7.2010": a day, month and year written with dots, day first, are one date (rule dotted_date; was the
    year alone); a longer run of dotted numbers is none of it."""
    assert _tags("The contract was signed in Vienna on 14.03.2008.") == [("14.03.2008", "2008-03-14", "")]
    assert _tags("Payment falls due on 1.7.2010, the notice said.") == [("1.7.2010", "2010-07-01", "")]
    assert [t[0] for t in _tags("The code 11.14.03.2008 was printed on the box.")] != ["14.03.2008"]
