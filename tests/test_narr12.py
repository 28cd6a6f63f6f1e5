"""Narrative mode, session 12: the story's time in history-style text (own sentences)."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, mode: str = "narrative", dct: str = "2026-01-01") -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct, mode=mode).timexes}


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # "in fifteen days" in a history is a length: the story stays in its year, not the publication date plus 15 days
        ("In 1674 the caravan crossed the salt flats in fifteen days. It reached the coast in the summer.", "the summer", "1674-SU"),
        ("The second march began in 1702. The column covered the road in nine days and took the pass that winter.", "that winter", "1703-WI"),
        ("In 1530 the fleet sailed round the cape in forty days. In the autumn it anchored off the island.", "the autumn", "1530-FA"),
    ],
)
def test_a_length_in_a_history_leaves_the_story_where_it_was(text: str, expression: str, value: str) -> None:
    values = _values(text)
    assert values[expression] == value
    # and the length stays a length
    assert [v for k, v in values.items() if k.endswith("days")][0].startswith("P")


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # "That winter" after a summer month: the story goes on into that winter, so a bare January is of it
        ("The rebels held the town from May 1642 until August. That winter the governor fled to the hills, where he died in January.",
         "January", "1643-01"),
        ("The envoys reached the court on 3 May 1588. That winter they were kept waiting. In February they were sent home.",
         "February", "1589-02"),
    ],
)
def test_that_winter_ahead_of_the_story_moves_it(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # the second end of a range does not move the story: its telling begins at the range's start
        ("The campaign was fought in the hills between August 1916 and March 1917. The first troops crossed on 27 August.",
         "27 August", "1916-08-27"),
        ("The rebellion lasted from 4 June 1721 to 30 September 1723. The first town fell on 19 June.", "19 June", "1721-06-19"),
        ("The duke ruled the valley between 1643 and 1646. In March he raised the tolls. The following spring the merchants left.",
         "The following spring", "1644-SP"),
    ],
)
def test_a_range_leaves_the_story_at_its_start(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_a_date_after_and_without_an_opener_still_moves_the_story() -> None:
    # "and" joins a range only after "between": a list of years ends where the story is
    values = _values("The harvests failed in 1645 and 1646. The following spring the town rose.")
    assert values["The following spring"] == "1647-SP"


@pytest.mark.parametrize(
    "word,narrative,news",
    [("daily", "XXXX-XX-XX", "P1D"), ("weekly", "XXXX-WXX", "P1W"), ("monthly", "XXXX-XX", "P1M"), ("annually", "XXXX", "P1Y")],
)
def test_a_one_word_set_in_a_history_is_the_calendar_unit_that_recurs(word: str, narrative: str, news: str) -> None:
    # TIMEX2 (histories) writes "daily" as XXXX-XX-XX; TIMEX3 (news) as the length P1D
    text = f"In 1711 the garrison was paid {word} from the royal chest."
    assert _values(text)[word] == narrative
    assert _values(text, mode="news")[word] == news


def test_a_rate_keeps_its_length_in_a_history() -> None:
    assert _values("In 1711 the siege cost forty men per day.")["per day"] == "P1D"


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # "had" before a determiner owns something or has something done: no flashback, the season moves the story
        ("The emperor died in 1390. His brother seized the throne in the autumn and had the old chancellor exiled. Over the winter the nobles plotted.",
         "the winter", "1391-WI"),
        ("The duke came to the port in June 1542. In the autumn he had the old harbour dredged. In March the fleet sailed.",
         "March", "1543-03"),
    ],
)
def test_had_with_an_object_is_no_past_perfect(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_had_with_a_participle_is_still_a_flashback() -> None:
    # "had spent the spring" looks back: the story stays where it was
    values = _values("The duke landed at the port in September 1542. He had spent the spring raising an army. In March he sailed home.")
    assert values["the spring"] == "1542-SP"
    assert values["March"] == "1543-03"


def test_an_early_year_after_of_and_its_pair() -> None:
    # "the harvests of 1575 and 1576": both years (the second as a range's or list's end)
    values = _values("The harvests of 1575 and 1576 failed in the north.")
    assert values["1575"] == "1575" and values["1576"] == "1576"


@pytest.mark.parametrize(
    "text,absent",
    [
        ("An army of 1500 men crossed the river.", "1500"),
        ("The harvest of 1200 bushels was stored in the barns.", "1200"),
        ("The king raised a total of 1400 and sent them north.", "1400"),
    ],
)
def test_an_amount_after_of_is_no_early_year(text: str, absent: str) -> None:
    assert absent not in _values(text)


def test_an_early_year_after_of_is_a_year_only_in_a_history() -> None:
    assert "1348" not in _values("The plague of 1348 is the subject of the new exhibition.", mode="news")


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a year after a noun and "of" names an event: it does not move the story
        ("The rising began in 1358. The plague of 1348 had emptied the villages, and the new taxes of 1355 fell on the survivors. "
         "By the spring the villages had no seed corn.", "the spring", "1358-SP"),
        ("The war broke out in 1739. The treaty of 1713 still angered the merchants of the port. In March the first ships sailed.",
         "March", "1739-03"),
        # ... but a year after "as of" still does
        ("The war broke out in 1739. As of 1741 the fleet lay idle in the port. In March the admiral resigned.", "March", "1741-03"),
    ],
)
def test_a_year_naming_an_event_leaves_the_story(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a bare part of day in a story told in years BC: a part of a day of the story's year, its date not known
        ("The armies met in the summer of 371 BC. That evening the king died in his tent.", "That evening", "BC0371-XX-XXTEV"),
        ("The fleet sailed in June 480 BC. In the afternoon the wind turned.", "the afternoon", "BC0480-06-XXTAF"),
    ],
)
def test_a_part_of_day_in_a_bc_story(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_a_time_read_from_the_publication_date_does_not_leave_a_bc_story() -> None:
    # "at midnight" has no BC reading; it must not carry the story to the publication year
    values = _values("The armies met in the summer of 371 BC. At midnight the camp burned. The following year the league broke up.")
    assert values["The following year"] == "BC0370"


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # an offset in days from a part of a day counts from that day
        ("In September 1656 disease broke out. On the night of 2 October the magazine exploded, and two days later the colonel asked for terms.",
         "two days later", "1656-10-04"),
        ("On the night of 14 May 1809 the bridge was finished. Three days later the army crossed it.", "Three days later", "1809-05-17"),
    ],
)
def test_days_after_a_part_of_a_day(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # "Later that year": the story goes on in the rest of the year, so a later month is of it
        ("In March 1963 the southern offensive failed. Later that year the two governments agreed to talks, which opened on November 18.",
         "November 18", "1963-11-18"),
        ("The fleet sailed in April 1588. Later that year it was scattered by storms. In February the survivors reached home.",
         "February", "1589-02"),
    ],
)
def test_later_that_year_moves_the_story_into_the_rest_of_it(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_a_fortnight_later_is_two_weeks_on() -> None:
    # 20 July 1656 is in week 29; a fortnight on is 3 August, week 31
    assert _values("The garrison made a sortie on 20 July 1656. A fortnight later the besiegers opened a battery.")["A fortnight later"] == "1656-W31"
