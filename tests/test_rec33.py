"""Helper rec, session 33: what is tagged and its extent: days written as ordinal words ("March eighth", "Sunday the
thirteenth"), a wire clock time with its weekday ("0415 GMT Saturday"), and names that hold time words (a war named by
its length, a finance minister's "spring statement"), on sentences written for the purpose."""

from __future__ import annotations

import timeline

DCT = "2026-12-05"  # a Saturday


def _tags(text: str, reference: str = DCT, mode: str = "news") -> list[tuple[str, str]]:
    """(extent, value) of every time expression, in text order."""
    return [(t.text, t.value) for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def test_a_month_and_an_ordinal_word_are_one_day() -> None:
    """ "March eighth", "November the thirtieth", "January twenty-first": the day, one expression (was the month alone)."""
    assert _tags("The vote was held on March eighth.") == [("March eighth", "2026-03-08")]
    assert _tags("Ballots had to arrive by November the thirtieth, officials said.") == [("November the thirtieth", "2026-11-30")]
    assert _tags("Her trial opens on January twenty-first in Leeds.") == [("January twenty-first", "2027-01-21")]
    assert _tags("Her trial opens on January twenty first in Leeds.") == [("January twenty first", "2027-01-21")]


def test_the_year_after_a_spelled_day_joins_it() -> None:
    """ "June twenty-eighth, 1919", "the twelfth of September, 1998", "July fourth, nineteen sixty": one expression, of that
    year (were the day of the year the tense chose and the year as a second expression)."""
    assert _tags("The treaty was signed on June twenty-eighth, 1919, in the hall.") == [("June twenty-eighth, 1919", "1919-06-28")]
    assert _tags("They married on the twelfth of September, 1998, in a chapel.") == [("the twelfth of September, 1998", "1998-09-12")]
    assert _tags("She was born on July fourth, nineteen sixty, in Ohio.") == [("July fourth, nineteen sixty", "1960-07-04")]


def test_an_ordinal_word_that_counts_a_noun_is_no_day() -> None:
    """After "the", or for "first" (also an adverb), the day must end its phrase: "In March the second wave", "in June first
    reported" keep the month alone; "Sunday the second game" the weekday alone."""
    assert _tags("In March the second wave of the virus hit the city.") == [("March", "2026-03")]
    assert _tags("The bank in June first reported the loss.") == [("June", "2026-06")]
    assert _tags("Prices paid in June first-time buyers rose.") == [("June", "2026-06")]
    assert _tags("On Sunday the second game was called off.") == [("Sunday", "2026-11-29")]
    assert _tags("The deadline is March first, the agency said.") == [("March first", "2027-03-01")]


def test_a_weekday_and_the_day_of_the_month() -> None:
    """ "Sunday the thirteenth", "Friday the 4th": one expression, the day of the month (was the weekday alone)."""
    assert _tags("The referendum takes place on Sunday the thirteenth, officials said.") == [("Sunday the thirteenth", "2026-12-13")]
    assert _tags("The fair opened on Friday the 4th and closed a week later.") == [("Friday the 4th", "2026-12-04"), ("a week", "P1W")]


def test_a_wire_clock_time_takes_its_weekday() -> None:
    """ "0415 GMT Saturday", "0852 local time Thursday": one expression as "9 a.m. Tuesday" (were two); a part of day or a
    range after the weekday keeps it out, as for clock_day."""
    assert _tags("The ferry sank at 0415 GMT Saturday, the coastguard said.") == [("0415 GMT Saturday", "2026-12-05T04:15")]
    assert _tags("The quake struck at 0852 local time Thursday.") == [("0852 local time Thursday", "2026-12-03T08:52")]
    assert _tags("Shelling resumed at 2130 GMT Friday night.") == [("2130 GMT", "2026-12-04T21:30"), ("Friday night", "2026-12-04TNI")]


def test_a_war_named_by_its_length_is_no_time() -> None:
    """ "the Seven Years' War", "the Hundred Years War", "the Six-Day War": names (lexicon [vetoes] name_heads "war");
    the same length in lower case stays a length."""
    assert _tags("Historians of the Seven Years' War and the Hundred Years War met in Paris.") == []
    assert _tags("A Six-Day War veteran laid a wreath.") == []
    assert _tags("After seven years' war the country was ruined.") == [("seven years", "P7Y")]


def test_a_statement_named_by_its_season_is_no_time() -> None:
    """ "the spring statement", "the autumn budget": a finance minister's statement, no season (lexicon [vetoes]
    season_not_before); "in the spring" stays the season."""
    assert _tags("The chancellor will deliver the spring statement on March 24.") == [("March 24", "2027-03-24")]
    assert _tags("MPs debated the autumn budget in the spring.") == [("the spring", "2026-SP")]


def test_an_ordinal_word_before_a_unit_is_no_day() -> None:
    """ "In March third quarter orders were cut": the ordinal counts quarters, the month stands alone."""
    assert _tags("In March third quarter orders were cut.") == [("March", "2026-03"), ("third quarter", "2026-Q3")]


def test_a_clock_time_weekday_and_date_are_one_expression() -> None:
    """ "8 p.m. Sunday, Dec. 13", "9 a.m. Tuesday, March 3": one expression dated by the date (was the clock time on the
    weekday nearest, a week off, and the date apart)."""
    assert _tags("Polls close at 8 p.m. Sunday, Dec. 13, officials said.") == [("8 p.m. Sunday, Dec. 13", "2026-12-13T20:00")]
    assert _tags("The ship sank at 9 a.m. Tuesday, March 3.") == [("9 a.m. Tuesday, March 3", "2026-03-03T09:00")]


def test_a_part_of_a_day_written_as_an_ordinal_word() -> None:
    """ "the night of the twenty-fifth": that day of the story's month, its night (was untagged); "the night of the first
    attack" is no day."""
    assert _tags("The siege began on 3 March 1812. The army crossed on the night of the twenty-fifth and attacked.", mode="narrative") == [
        ("3 March 1812", "1812-03-03"), ("the night of the twenty-fifth", "1812-03-25TNI")]
    assert _tags("The siege began on 3 March 1812. Many died on the night of the first attack.", mode="narrative") == [("3 March 1812", "1812-03-03")]
