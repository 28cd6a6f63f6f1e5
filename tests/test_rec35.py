"""Helper rec, session 35: what is tagged and its extent: a range of early years closed by "until" ("from 1402 until
1511"), "that August" (the demonstrative inside), house numbers that look like years ("1848 Harbour Road"), and names
and titles holding time words, on sentences written for the purpose."""

from __future__ import annotations

import timeline

DCT = "2009-12-19"  # a Saturday


def _tags(text: str, reference: str = DCT, mode: str = "news") -> list[tuple[str, str]]:
    """(extent, value) of every time expression, in text order."""
    return [(t.text, t.value) for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def test_a_range_of_early_years_closed_by_until() -> None:
    """ "from 1402 until 1511", "from 1402 till 1511": both ends are years, as with "to" (the first had been untagged)."""
    assert _tags("The abbey was held by the Varn family from 1402 until 1511.", mode="narrative") == [
        ("1402", "1402"), ("1511", "1511")]
    assert _tags("The ferry ran from 1402 till 1511.") == [("1402", "1402"), ("1511", "1511")]
    assert _tags("Output rose from 1200 until 1400 tons.") == []


def test_that_before_a_month_is_the_storys_month() -> None:
    """ "reopened that August", "that December the armies dug in": the month of the story's year; "said that March was",
    "that August Harlan": the month is a subject or a name. (The extent stays the month alone: with "that" inside, the
    relative-month path lost the narrative "that <month>" reading of a year told in its own sentence, see the lead's
    s35 merge note.)"""
    assert _tags("The old pier was closed in 1998 after a storm, and reopened that August.") == [
        ("1998", "1998"), ("August", "1998-08")]
    assert _tags("The war broke out in 1914, and that December the armies dug in.", mode="narrative") == [
        ("1914", "1914"), ("December", "1914-12")]
    assert _tags("Forecasters said that March was the wettest month on record.") == [("March", "2009-03")]
    assert _tags("Colleagues said that August Harlan had resigned.") == []


def test_a_house_number_is_no_year() -> None:
    """ "at 1848 Harbour Road", "2200 Elm Street": a number before a street's name is its number; "In 1998 Harbour Road
    was widened" keeps its year."""
    assert _tags("The family lived at 1848 Harbour Road for years.") == [("years", "PXY")]
    assert _tags("Police searched a house on 2200 Elm Street.") == []
    assert _tags("In 1998 Harbour Road was widened.") == [("1998", "1998")]


def test_titles_holding_a_day_or_a_year_are_no_time() -> None:
    """A capitalised "Yesterday"/"Tomorrow" right after a lower-case word and before a capitalised one is a title ("the
    album Yesterday's Children"), and so is a capitalised year in words there ("the novel Nineteen Eighty-Four"); one
    opening its sentence, or a year in words after a word asking for a time, stays a time."""
    assert _tags("Her second album, Yesterday's Children, sold well in Europe.") == []
    assert _tags("The cinema is showing the film Tomorrow Never Dies again.") == []
    assert _tags("The novel Nineteen Eighty-Four was reissued with a new cover.") == []
    assert _tags("Yesterday Parliament voted on the bill.") == [("Yesterday", "2009-12-18")]
    assert _tags("He was born in nineteen eighty-four.") == [("nineteen eighty-four", "1984")]


def test_people_named_by_a_weekday() -> None:
    """ "the actress Tuesday Weld": a weekday after a noun naming what a person does and before a capitalised word is a
    name; "Man Friday" is an idiom for a helper ([vetoes] names, as written)."""
    assert _tags("The actress Tuesday Weld was among the guests at the gala.") == []
    assert _tags("He served as the minister's Man Friday for most of his career.") == []
    assert _tags("The actress arrived on Tuesday for the gala.") == [("Tuesday", "2009-12-15")]


def test_a_first_name_before_a_month_opening_the_sentence() -> None:
    """ "Gillian May, the union's leader, said": a capitalised word opening the sentence and a month before a comma is a
    person ([month_words] sentence_start_dates: "In May, ...", "After June, ..." stay months)."""
    assert _tags("Gillian May, the union's leader, said members were angry.") == []
    assert _tags("After June, the plant will close.")[0][0] == "June"
    assert _tags("Last March, the plant closed.")[0][0] == "Last March"
