"""Helper recog, session 60: kinds of time expressions of news cut short or split ("the Christmas holiday", a season or
financial year "2009-10") and traps (a title in quotation marks, a venue named after a weekday), on sentences written for
the purpose (bench/rec-s60 holds the held-out recognition set)."""

from __future__ import annotations

import timeline

DCT = "2009-12-19T17:00"  # a Saturday, 5 p.m.


def _tags(text: str, reference: str = DCT, mode: str = "news") -> list[tuple[str, str, str]]:
    """(extent, value, mod) of every time expression, in text order."""
    return [(t.text, t.value, t.mod.value if t.mod else "")
            for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def test_christmas_holiday_singular() -> None:
    """ "the Christmas holiday": the whole phrase, the December (was "Christmas" alone, the day), as "the Christmas
    holidays"; "the Thanksgiving holiday" keeps the holiday alone (rule holiday's example)."""
    assert _tags("The depot will shut over the Christmas holiday.") == [("the Christmas holiday", "2009-12", "")]
    assert _tags("Schools reopen after the Christmas holidays.") == [("the Christmas holidays", "2009-12", "")]
    assert _tags("Trading was thin ahead of the Thanksgiving holiday.", reference="2009-11-20") == [("Thanksgiving", "2009-11-26", "")]


def test_two_years_in_a_row_as_one_period() -> None:
    """In news, "2009-10", "2010/11" (a season, a financial year) are one period dated by the year it ends in, as "the
    2009-10 season" (were two years, "[2009]-[10]"); two years apart stay two; a history keeps the two years."""
    assert _tags("Ashby hope to do better in 2009-10.") == [("2009-10", "2010", "")]
    assert _tags("Council tax will rise 3 percent in 2010/11.") == [("2010/11", "2011", "")]
    assert _tags("The scheme ran from 2006-07 to 2008-09.") == [("2006-07", "2007", ""), ("2008-09", "2009", "")]
    assert _tags("They were relegated in the 2008-09 season.") == [("the 2008-09 season", "2009", "")]
    assert _tags("He served in the 1914-18 war.") == [("1914", "1914", ""), ("18", "1918", "")]
    assert _tags("The code 2009-10-15 expired.") == [("2009-10-15", "2009-10-15", "")]
    assert _tags("The famine of 1846-47 emptied the valley.", mode="narrative") == [("1846", "1846", ""), ("47", "1847", "")]


def test_title_in_quotation_marks() -> None:
    """A time inside a short quoted span of title-case words with a capitalised word of its own is part of a title (was
    tagged); a quoted sentence, a quoted time alone and a quote in a title-case headline keep their times; news only."""
    assert _tags('The choir closed with "White Christmas" and a carol.') == []
    assert _tags('Critics praised "The 1970s House", a show about a family in Leeds.') == []
    assert _tags('Her first novel, "Ten Days in August", sold well.') == []
    assert _tags('He told reporters: "We will decide on Monday."') == [("Monday", "2009-12-21", "")]
    assert _tags('The "Christmas" lights were switched on.') == [("Christmas", "2009-12-25", "")]
    assert _tags('"Deal Done by Friday," Says Minister') == [("Friday", "2009-12-18", "")]
    # news only: a history's TIMEX2 tags the time inside a quoted name of a happening (WikiWars "Ramadan Offensive")
    assert [t[0] for t in _tags('The rebels began what the papers called the "Easter Offensive" in 1972.', mode="narrative")] == ["Easter", "1972"]


def test_weekday_venue() -> None:
    """ "Friday's, the nightclub": a bare weekday with a possessive, a comma and an article before a venue noun ([vetoes]
    venue_nouns) is a place (was tagged as the day); "Friday's, the day after" stays a day."""
    assert _tags("Police were called to Friday's, the nightclub on Mill Street.") == []
    assert _tags("Staff at Tuesday's, a bar in Hove, were praised for their help.") == []
    assert _tags("The match was moved from Friday's, the original date.") == [("Friday", "2009-12-18", "")]
