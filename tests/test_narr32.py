"""Narrative mode, session 32 (helper narr): focused cases of each kind of error that fresh short histories (written and
valued by hand, as a history (TIMEX2) annotator would, before the tagger was run on them) showed: which dates move the
story's current time and which only refer to one."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, mode: str = "narrative") -> dict[str, str]:
    return {t.text: t.value for t in tag(text, "2026-12-01", mode=mode).timexes}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a year naming what it dates ("the charter of 1712"), years from the story's time: a step in the next sentence
        # counts from the story's year (was 1714)
        ("In 1850 the port of Marrow was still governed under the charter of 1712. Two years later the merchants asked "
         "parliament for a new one.", {"Two years later": "1852"}),
        ("By 1630 the guild still kept the statutes of 1588. The following year the masters rewrote them.",
         {"The following year": "1631"}),
        # (near the story's year it still says when: "The offensive of 1916 opened on 1 July" told on a day of 1915)
        ("On 20 December 1915 both armies dug in. The offensive of 1916 opened on 1 July.", {"1 July": "1916-07-01"}),
    ],
)
def test_year_naming_an_event_far_from_the_story_is_an_aside(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a day counted back from the story's day, opening a clause in the past perfect after a comma, is a flashback, as
        # it is without the comma: the day after it counts from the story's day (was the 3rd)
        ("On 3 September 1849 Ashby took the handle off the pump. The day before, eleven people had died in the street. "
         "The next day only two died.", {"The day before": "1849-09-02", "The next day": "1849-09-04"}),
        ("The fleet sailed on 12 June 1702. The previous day, the admiral had dined ashore. Two days later it reached Vigo.",
         {"The previous day": "1702-06-11", "Two days later": "1702-06-14"}),
        # (in the simple past the story goes back to that day: "That evening" is its evening)
        ("The battle was fought on 5 May 1809. The day before, the emperor arrived at the camp. That evening he held a "
         "council.", {"That evening": "1809-05-04TEV"}),
        # (a day counted forward moves the story: "the next day ... the next day")
        ("The fleet sailed on 12 June 1702. The next day it met a storm. The next day it reached Vigo.",
         {"The next day": "1702-06-14"}),
    ],
)
def test_day_counted_back_in_a_flashback_does_not_move_the_story(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected



def test_year_naming_a_later_event_moves_the_story() -> None:
    # a year that names what happens next, after the story's time, is where the story goes (only an earlier one is an aside)
    values = _values("The library opened in 1650. In the great fire of 1666 the market burned, but the books were saved. "
                     "The following year the town gave the library a house of its own.")
    assert values.get("The following year") == "1667"


@pytest.mark.parametrize(
    "text,expected",
    [
        # where a span told from a date earlier in its sentence ends lies after that date (was October of the year before)
        ("Kessian troops crossed the border in late February 1701, and by the end of March they had taken every fortress "
         "except Orvel, which held out until October.", {"October": "1701-10"}),
        ("The siege of Arle began on 3 March 1640, and the town held out until September.", {"September": "1640-09"}),
    ],
)
def test_span_end_after_a_date_of_its_sentence(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an aside in a describing clause closed by a comma: what "that year" later in its sentence counts from is the
        # story's time (was 1270)
        ("Anselm was made bishop of Rye in 1292. His predecessor, who had held the see since 1270, had left its finances in "
         "ruin, and that year Anselm sold the manor of Wick.", {"that year": "1292"}),
        ("Lord Harn became governor in 1744. The fort, which had been built in 1701, was falling down, and the following "
         "year he had it rebuilt.", {"the following year": "1745"}),
        # (inside the aside's own clause, before the comma closes it, a step still counts from the aside)
        ("Lord Harn became governor in 1744. The fort, which had been built in 1701 and rebuilt two years later, was "
         "falling down.", {"two years later": "1703"}),
    ],
)
def test_closed_aside_is_not_what_its_sentence_counts_from(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "the century" after a decade named (no year told since): the decade's century, not the publication's (was 20)
        ("The harbour at Kessel was dug in the 1620s. By the middle of the century the town had ten thousand people.",
         {"the middle of the century": "16"}),
        ("The abbey was rebuilt in the 1180s. The following century it lost its lands.", {"The following century": "12"}),
    ],
)
def test_century_after_a_decade(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a step set off by a comma right after a date restates that date (was counted on from it: 1845, 1900)
        ("The bank stopped paying out coin on 26 February 1797. It did not pay in gold again until May 1821, twenty-four "
         "years later.", {"twenty-four years later": "1821"}),
        ("Varga resigned in March 1878. He died in Pressburg in 1889, eleven years later.", {"eleven years later": "1889"}),
        # (not set off by a comma right after the date: a step of its own, "... in 1889. Eleven years later")
        ("Varga resigned in March 1878. He died in Pressburg in 1889. Eleven years later his house burned.",
         {"Eleven years later": "1900"}),
        # (nor after the rest of the date's clause: "In 1850 the line reached Kell, two years later ...")
        ("In 1850 the line reached the town of Kell, two years later the station opened.", {"two years later": "1852"}),
    ],
)
def test_step_restating_the_date_before_it(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a length "into" what the story told is a date counted from it, as "after" is (was the length P2M, P15Y)
        ("The dockers of Hull stopped work on 3 August 1889. Two months into the strike, the employers gave way.",
         {"Two months": "1889-10"}),
        ("Ulric was crowned in 1402. Fifteen years into his reign the northern lords rebelled.", {"Fifteen years": "1417"}),
        ("Ulric was crowned in 1402, and fifteen years into his reign the northern lords rebelled.", {"fifteen years": "1417"}),
        # (not a length that is the object of a verb: "put six years into the work", "turned three weeks into three years")
        ("In 1850 the painter began the altarpiece. He put six years into the work before it was finished.",
         {"six years": "P6Y"}),
        ("In 1850 the painter began the altarpiece. The war turned three weeks into three years.", {"three weeks": "P3W"}),
    ],
)
def test_length_into_an_event(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "the following" season after a range told in the sentence before: after the range's end, as "a year later" is
        # (was the season after its start: 1855-WI, 1915-SP)
        ("The siege lasted from September 1854 to September 1855. The following winter the allies sailed home.",
         {"The following winter": "1856-WI"}),
        ("The war lasted from 1914 to 1918. The following spring the veterans marched through the capital.",
         {"The following spring": "1919-SP"}),
        # (no range: from the story's time)
        ("The siege began in September 1854. The following spring the allies attacked.", {"The following spring": "1855-SP"}),
    ],
)
def test_following_season_after_a_range(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_to_the_day_restating_the_date_before_it() -> None:
    # "N years to the day after" restating the date before it keeps the day (was the year, 1919)
    values = _values("The treaty was signed on 28 June 1919, five years to the day after the murder at Sarajevo.")
    assert values.get("five years to the day after the murder at Sarajevo") == "1919-06-28"


@pytest.mark.parametrize(
    "text,expected",
    [
        # months counted from a week across the turn of a month: from the month holding most of it (was the length P2M)
        ("The dockers of Hull stopped work on 3 August 1889. By the last week of August the strike had closed the port. "
         "Two months later the employers gave way.", {"Two months later": "1889-10"}),
        # (from a week inside one month, as before)
        ("The dockers of Hull stopped work on 3 August 1889. By the second week of August the strike had closed the port. "
         "Two months later the employers gave way.", {"Two months later": "1889-10"}),
    ],
)
def test_months_counted_from_a_week_across_a_month(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a span from the story's day that ends in the small hours ends the next day (was the 18th)
        ("On 18 May 1910 the earth passed through the tail of a comet, and Crane stayed at the telescope until four in the "
         "morning.", {"four in the morning": "1910-05-19T04:00"}),
        # (a small-hours time that ends no span is the day's own)
        ("On 18 May 1910 the ship sailed at four in the morning.", {"four in the morning": "1910-05-18T04:00"}),
    ],
)
def test_span_ending_in_the_small_hours(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a decade (century) step right after a decade (century) named, no year told since: from that span (was 1290,
        # ten years on from the story's last year)
        ("The crown was made in 1280. It was pawned to the bankers of Florence in the 1340s, redeemed a decade later, and "
         "stolen in 1423.", {"a decade later": "135"}),
        ("The abbey was founded in 1132. It was rebuilt in the thirteenth century, and a century later it was rich.",
         {"a century later": "13"}),
        # (after a year, a year as before: "a decade later" after 1929 is 1939)
        ("The crash came in 1929. A decade later the war began.", {"A decade later": "1939"}),
    ],
)
def test_decade_step_after_a_decade_named(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a year naming an event, then "ended in" a later year: the end of the event, which moves the story (was read as
        # the last day of the year 1812, a period's name, and "Two years later" counted from 1812: 1814)
        ("The war of 1812 ended in 1815. Two years later the border was fixed.", {"Two years later": "1817"}),
        # (a range "from 1914 to 1918" is no event's end: a step back counts from the story's 1914)
        ("The war lasted from 1914 to 1918. Two years earlier the alliance had been signed.", {"Two years earlier": "1912"}),
    ],
)
def test_event_of_a_year_ended_later(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected
