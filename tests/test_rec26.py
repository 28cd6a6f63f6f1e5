"""Helper rec, session 26: what is tagged as a time expression and its extent, on sentences written for the purpose."""

from __future__ import annotations

import timeline


def _tags(text: str, reference: str = "2026-10-27", mode: str = "news") -> list[tuple[str, str]]:
    """(extent, value) of every time expression, in text order."""
    return [(t.text, t.value) for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def test_a_single_unit_keeps_its_article() -> None:
    # "a single day": the article belongs to the length, as in "a day"
    assert _tags("The city had more rain in a single day than in all of July.") == [("a single day", "P1D"), ("July", "2026-07")]
    assert _tags("Not a single year passed without a flood.") == [("a single year", "P1Y")]


def test_later_years_of_a_list_of_early_years() -> None:
    # "in 1066, 1087 and 1100": each year of the list, closed by "and"/"or"
    assert _tags("The king held courts at the abbey in 1066, 1087 and 1100, each time at Easter.")[:3] == [
        ("1066", "1066"), ("1087", "1087"), ("1100", "1100")]
    assert _tags("Parliament met in 1295, 1297 or 1298.") == [("1295", "1295"), ("1297", "1297"), ("1298", "1298")]
    # three-digit ones in a history
    assert _tags("The raiders came back in 866, 870 and 874.", mode="narrative") == [("866", "0866"), ("870", "0870"), ("874", "0874")]


def test_a_list_of_counts_is_no_list_of_years() -> None:
    # the last item before a counted noun: amounts, whatever the first item was read as
    assert _tags("The guild paid its fines in 1320, 1340 and 1360 marks.") == [("1320", "1320")]
    # more than the list's span apart: not a list of years
    assert _tags("The hall was built in 1320, 1580 and 1590.") == [("1320", "1320")]


def test_a_compound_length_without_and() -> None:
    assert _tags("The winner crossed the line in 2 hours 9 minutes.") == [("2 hours 9 minutes", "PT2H9M")]
    assert _tags("The climb took 10 minutes 30 seconds.") == [("10 minutes 30 seconds", "PT10M30S")]
    # a rate is no second part; nor a smaller unit first
    assert _tags("He trained two hours a day.") == [("two hours", "PT2H"), ("a day", "P1D")]


def test_an_ordinal_among_holes_is_no_day() -> None:
    # golf: "on the 18th" in a sentence of holes, putts and pars (or right after one) counts holes
    assert _tags("She holed a 20-foot putt on the 18th and finished at 11 under par.") == []
    assert _tags("He bogeyed the 14th hole. He found water on the 15th and dropped a shot.") == []
    # a day of the story's month otherwise, also with a word that only starts like one ("party")
    assert _tags("The strike began on May 3. The party met the union. Talks collapsed on the 14th and the pickets returned.") == [
        ("May 3", "2026-05-03"), ("the 14th", "2026-05-14")]


def test_the_day_after_a_holiday() -> None:
    # one expression, the holiday's day moved by one
    assert _tags("Shops expect record sales on the day after Thanksgiving.") == [("the day after Thanksgiving", "2026-11-27")]
    assert _tags("The ferry sank the day before Christmas Eve.", reference="2026-12-28") == [("the day before Christmas Eve", "2026-12-23")]
    assert _tags("The shop reopened the day after Easter.") == [("the day after Easter", "2026-04-06")]
    # a holiday named only when capitalised is read where it stands, not where the phrase starts
    assert _tags("Queues formed the day after Black Friday.", reference="2026-12-02") == [("the day after Black Friday", "2026-11-28")]

