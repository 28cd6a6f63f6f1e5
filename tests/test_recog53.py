"""Helper recog, session 53: time expressions of news that were cut short or dated a year off ("a year later", two
holidays listed), on sentences written for the purpose (bench/rec-s53 holds the held-out recognition set)."""

from __future__ import annotations

import timeline

DCT = "2009-12-19T17:00"  # a Saturday, 5 p.m.


def _tags(text: str, reference: str = DCT, mode: str = "news") -> list[tuple[str, str, str]]:
    """(extent, value, mod) of every time expression, in text order."""
    return [(t.text, t.value, t.mod.value if t.mod else "") for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def _bounds(text: str, extent: str, reference: str = DCT) -> tuple[str, str]:
    """The earliest and latest instant of the expression ``extent`` of ``text``."""
    t = next(t for t in timeline.tag(text, reference_time=reference).timexes if t.text == extent)
    assert t.earliest is not None and t.latest is not None
    return t.earliest.isoformat(), t.latest.isoformat()


def test_a_year_later_in_news_is_a_date() -> None:
    """News: "a year later" is the whole phrase, the year it reaches from the story's time (a DATE, as TimeBank tags "a year
    earlier"; was "a year", P1Y, with the same bounds); other counts stay lengths with "later" outside; a history keeps its
    own reading (the whole phrase, TIMEX2's year)."""
    assert _tags("Calder bought the site in 2023 and first submitted plans a year later.", reference="2026-11-02") == [
        ("2023", "2023", ""), ("a year later", "2024", "")]
    text = "The mill shut on March 3, 2021. It reopened one year later under new owners."
    assert _tags(text, reference="2026-11-02")[-1] == ("one year later", "2022", "")
    assert _bounds(text, "one year later", reference="2026-11-02") == ("2022-01-01T00:00:00", "2023-01-01T00:00:00")
    # (merged with the s53 vals convention: a whole number of years later from a told year is that year in news too; the
    # extent keeps "later" outside for counts other than "a year")
    assert _tags("The shop opened in 2019. Two years later it closed.", reference="2026-11-02")[-1] == ("Two years", "2021", "")
    assert _tags("It was a year later than planned.") == [("a year", "P1Y", "")]
    assert _tags("The regatta was first rowed in 1851; it was held again a year later.", mode="narrative") == [
        ("1851", "1851", ""), ("a year later", "1852", "")]
    # with no time told before it, a length (no year to count from)
    assert _tags("A year later, the war was over.", reference="2026-11-02") == [("A year later", "P1Y", "")]


def test_two_holidays_listed_lie_near_each_other() -> None:
    """Two holidays listed with "and" ("Easter Monday and Shrove Tuesday") are the occurrences nearest each other: the
    second is not put a year on because it falls before the first (was Shrove Tuesday 2011), nor left a year off because the
    tense picked the first in the past ("Closed on Easter Sunday and Easter Monday": was Easter Monday 2010); a range ("from
    ... to ...") keeps its ends in order, and months and days listed keep the calendar's order."""
    assert _tags("The shop is open on Easter Monday and Shrove Tuesday.") == [
        ("Easter Monday", "2010-04-05", ""), ("Shrove Tuesday", "2010-02-16", "")]
    assert _tags("The shop was closed on Easter Sunday and Easter Monday.") == [
        ("Easter Sunday", "2009-04-12", ""), ("Easter Monday", "2009-04-13", "")]
    assert _tags("The office shuts between Christmas and New Year.") == [("Christmas", "2009-12-25", ""), ("New Year", "2010-01-01", "")]
    assert _tags("The shop closes from Easter Monday to Shrove Tuesday.")[-1] == ("Shrove Tuesday", "2011-03-08", "")
    assert _tags("The fair will be held on March 3 and January 5.")[-1] == ("January 5", "2011-01-05", "")
    assert _tags("The fair was held on Dec. 5 and Jan. 9.") == [("Dec. 5", "2008-12-05", ""), ("Jan. 9", "2009-01-09", "")]
