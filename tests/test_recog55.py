"""Helper recog, session 55: kinds of time expressions of news and histories left untagged or split (a bare half of the
year outside business talk, "Late in the day," opening a sentence, the Ides of a month, a named day with its year), on
sentences written for the purpose (bench/rec-s55 holds the held-out recognition set)."""

from __future__ import annotations

import timeline

DCT = "2009-12-19T17:00"  # a Saturday, 5 p.m.


def _tags(text: str, reference: str = DCT, mode: str = "news") -> list[tuple[str, str, str]]:
    """(extent, value, type) of every time expression, in text order."""
    return [(t.text, t.value, t.type.value) for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def test_a_bare_half_dates_a_works_opening() -> None:
    """ "will reopen in the second half" with no business word: a half of the year (was untagged), next year's when this
    one has less than a month left; not a match's half nor a film's."""
    assert _tags("The road will reopen in the second half.") == [("the second half", "2010-H2", "DATE")]
    assert _tags("The road will reopen in the second half.", reference="2009-08-19") == [("the second half", "2009-H2", "DATE")]
    assert _tags("The library closed in the first half for repairs.") == [("the first half", "2009-H1", "DATE")]
    assert _tags("Rovers opened the scoring in the second half.") == []
    assert _tags("She fell asleep in the first half of the film.") == []
    assert _tags("The pool will open for the second half of the gala.") == []


def test_late_in_the_day_opening_a_sentence() -> None:
    """ "Late in the day," opening its sentence of a history is the story's day, its end (was untagged); "Early in the
    year," the year's start; after a day it stays the day's bound, outside the expression; news leaves it untagged (as
    TimeBank does)."""
    assert _tags("Talks opened on 4 May 1652. Late in the day, the two sides signed.", mode="narrative") == [
        ("4 May 1652", "1652-05-04", "DATE"), ("Late in the day", "1652-05-04", "DATE")]
    assert [t.mod for t in timeline.tag("The fort fell in 1704. Late in the day, the gate burned.", reference_time=DCT,
                                         mode="narrative").timexes] == [None, "END"]
    assert _tags("The army wintered at Kelby in 1643. \"We march.\" Early in the year, it left.", mode="narrative") == [
        ("1643", "1643", "DATE"), ("Early in the year", "1643", "DATE")]
    assert _tags("The treaty was signed on 4 May 1652, late in the day, by both.", mode="narrative") == [("4 May 1652", "1652-05-04", "DATE")]
    assert _tags("It was late in the day, and cold, in May 1652.", mode="narrative") == [("May 1652", "1652-05", "DATE")]
    assert _tags("Late in the day, the jury returned its verdict.") == []


def test_the_ides_of_a_month() -> None:
    """ "the Ides of March" is 15 March (was "March" alone), "the Ides of June" the 13th; with its year one expression."""
    assert _tags("Caesar was stabbed on the Ides of March.") == [("the Ides of March", "2009-03-15", "DATE")]
    assert _tags("The fleet sailed on the ides of June.") == [("the ides of June", "2009-06-13", "DATE")]
    assert _tags("The poem is dated the Ides of October 1822.") == [("the Ides of October 1822", "1822-10-15", "DATE")]


def test_a_length_in_a_title_case_headline() -> None:
    """A length after a small word a title-case headline keeps in lower case ("for") is a time (was taken for a title, as
    "reread A Year in Provence" in running text, which stays untagged)."""
    assert _tags("Bridge Shut for Two Weeks") == [("Two Weeks", "P2W", "DURATION")]
    assert _tags("Pool to Close for Three Months") == [("Three Months", "P3M", "DURATION")]
    assert _tags("Pupils reread A Year in Provence.") == []
    assert _tags("We watched the film One Day on the plane.") == []
