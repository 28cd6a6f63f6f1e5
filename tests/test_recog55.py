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
    """ "Late in the day," opening its sentence is the story's day, its end (was untagged); "Early in the year," the year's
    start; after a day it stays the day's bound, outside the expression."""
    assert _tags("Talks went on all Wednesday. Late in the day, the two sides signed.") == [
        ("Wednesday", "2009-12-16", "DATE"), ("Late in the day", "2009-12-16", "DATE")]
    assert [t.mod for t in timeline.tag("Late in the day, the jury returned its verdict.", reference_time=DCT).timexes] == ["END"]
    assert _tags("\"We won.\" Early in the year, the firm cut 300 jobs.") == [("Early in the year", "2009", "DATE")]
    assert _tags("The deal was signed on Friday, late in the day, by both.") == [("Friday", "2009-12-18", "DATE")]
    assert _tags("It was late in the day, and cold.") == []


def test_the_ides_of_a_month() -> None:
    """ "the Ides of March" is 15 March (was "March" alone), "the Ides of June" the 13th; with its year one expression."""
    assert _tags("Caesar was stabbed on the Ides of March.") == [("the Ides of March", "2009-03-15", "DATE")]
    assert _tags("The fleet sailed on the ides of June.") == [("the ides of June", "2009-06-13", "DATE")]
    assert _tags("The poem is dated the Ides of October 1822.") == [("the Ides of October 1822", "1822-10-15", "DATE")]
