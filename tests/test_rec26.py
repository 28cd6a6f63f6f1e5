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
    assert _tags("He trained two hours a day.") == [("two hours a day", "P1D")]  # (s54: one set, rule set_units_per)


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


def test_the_turn_of_the_century() -> None:
    # about the first year of the century nearest the story's time; in a future clause the one ahead
    assert _tags("The group was founded at the turn of the century by two engineers.") == [("the turn of the century", "2000")]
    assert _tags("Experts say sea levels will rise sharply by the turn of the century.") == [("the turn of the century", "2100")]
    # a history told from 1850: the turn ahead of it (a tie: the later); a numbered century's is its first year
    assert _tags("The canal opened in 1803. From 1850 the railways took its trade, and by the turn of the century it carried only stone.",
                 mode="narrative")[-1] == ("the turn of the century", "1900")
    assert _tags("The mill was built around the turn of the 20th century.") == [("the turn of the 20th century", "1900")]


def test_a_day_of_every_month_is_one_recurrence() -> None:
    assert _tags("The repair cafe meets on the first Monday of every month.") == [("the first Monday of every month", "P1M")]
    assert _tags("Rent is due on the 15th of each month.") == [("the 15th of each month", "P1M")]
    # a weekday needs its capital, as "every Monday" does
    assert _tags("The board meets on the first monday of every month.") == [("every month", "P1M")]


def test_bare_hours_of_a_range_after_a_time() -> None:
    # after a recurrence or a day: clock times, each its own expression; "from 10 to 4" ends in the afternoon
    # (after a recurrence in a present clause they are its hours on no one day, s45 vals recurring_clock: was 2026-10-27's)
    assert _tags("She writes every morning from 6 to 9, she said.")[1:] == [("6", "XXXX-XX-XXT06:00"), ("9", "XXXX-XX-XXT09:00")]
    assert _tags("The shop opens on Saturday from 10 to 4.") == [("Saturday", "2026-10-31"), ("10", "2026-10-31T10:00"), ("4", "2026-10-31T16:00")]
    assert _tags("Talks ran on Monday from 9.30 to 17.45.")[1:] == [("9.30", "2026-10-26T09:30"), ("17.45", "2026-10-26T17:45")]


def test_bare_hours_of_a_range_that_are_amounts() -> None:
    # before a noun, or after a word of change: amounts
    assert _tags("Prices rose on Monday from 6 to 9 percent.") == [("Monday", "2026-10-26")]
    assert _tags("Shares rose on Friday from 6 to 9.") == [("Friday", "2026-10-23")]
    assert _tags("The class met every week from 6 to 9 pupils.") == [("every week", "P1W")]
    # not after a year (no day or recurrence)
    assert _tags("Membership went in 2020 from 6 to 9.") == [("2020", "2020")]
