"""Narrative mode, session 38 (helper narr): focused cases of each kind of error that fresh short histories (written and
valued by hand, as a history (TIMEX2) annotator would, before the tagger was run on them: bench/histories-s38narr)
showed. Own sentences."""

from __future__ import annotations

import pytest

from _timelines import story_values  # expression -> narrative value, told on 1 Dec 2026


@pytest.mark.parametrize(
    "text,expected",
    [
        # "at" and a bare number after a verb of a life is an age (was missed)
        ("Hugh Carrick married at 27 and took a farm near Perth.", {"27": "P27Y"}),
        ("The old admiral retired in 1802 at sixty-one.", {"sixty-one": "P61Y", "1802": "1802"}),
        ("Her brother went to sea at thirteen, like his father.", {"thirteen": "P13Y"}),
        ("The poet died at thirty-six in 1824.", {"thirty-six": "P36Y"}),
        # ... and opening a clause before "he" or "she", over twelve
        ("She left school early, and at nineteen she opened a shop in Derby.", {"nineteen": "P19Y"}),
        ("At 41, he was given command of the northern fleet.", {"41": "P41Y"}),
    ],
)
def test_bare_age_after_life_verb(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a clock time, a count or a score is no age
        ("On 4 May 1799 the admiral died at nine that evening.", {"nine": None}),
        ("The troops left at ten and marched north.", {"ten": None}),
        ("The shares of the canal company closed at 24.", {"24": None}),
        ("At nine he rode out of the camp with two officers.", {"nine": None}),
        ("At 40 they opened fire on the fort.", {"40": None}),
    ],
)
def test_no_age(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a sentence opened by its subject that names an event by a year later than the story's: the story goes on to it
        # (a bare month after it was the story's earlier year)
        ("The Prussians held the fortress from 1862. The great siege of 1864 breached its walls in April, but it held.",
         {"April": "1864-04"}),
        ("The guild was founded in 1540. The charter of 1543 was sealed in June, and the hall was built that summer.",
         {"June": "1543-06", "that summer": "1543-SU"}),
    ],
)
def test_subject_event_year_moves_story(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # ... one years before the story's time stays an aside
        ("In 1850 the port was busy. The charter of 1712 still governed it. Two years later a new dock opened.",
         {"Two years later": "1852"}),
    ],
)
def test_subject_event_year_earlier_stays_aside(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "At that time" opening a sentence (no comma needed) or a clause after a comma is the story's time (was missed)
        ("The frigate reached Cadiz on 28 June 1797. At that time Spain and Britain were at war.",
         {"that time": "1797-06-28"}),
        ("In 1850 the port was busy. At that time, the town had no bank.", {"that time": "1850"}),
        ("In 479 BC the news reached the fleet, at that time off the coast of Ionia.", {"that time": "BC0479"}),
        # ... and "At the same time," in a story told in years BC is its year (was XXXX-XX-XX)
        ("In 331 BC the king marched east. At the same time, the fleet sailed.", {"the same time": "BC0331"}),
        # not "at that time of year", nor "at that time" inside a clause
        ("In 1850 the roads were closed at that time of year.", {"that time": None}),
        ("In 1850 the mayor, who was ill at that time, stayed home.", {"that time": None}),
    ],
)
def test_that_time_is_story_time(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected



def test_that_time_after_offset() -> None:
    # the day an offset reached has its value (was empty)
    values = story_values("The crew mutinied on 19 June 1797 and reached Cadiz nine days later. At that time Spain was at war.")
    assert values.get("that time") == "1797-06-28"
