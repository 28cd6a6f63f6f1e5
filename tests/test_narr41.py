"""Narrative mode, session 41 (helper narr): focused cases of each kind of error that fresh short histories (written and
valued by hand, as a history (TIMEX2) annotator would, before the tagger was run on them: bench/histories-s41narr)
showed. Own sentences."""

from __future__ import annotations

import pytest

from _timelines import story_values  # expression -> narrative value, told on 1 Dec 2026


@pytest.mark.parametrize(
    "text,expected",
    [
        # a year of an office's term counts as a year of a reign does (was P1Y)
        ("Hugh Garrow became prime minister in 1902. In the third year of his premiership the navy was rebuilt.",
         {"the third year of his premiership": "1904"}),
        ("Ida Senn was elected mayor in November 1921 and took office on 2 January 1922. In the second year of her "
         "mayoralty the town bought its tramways.", {"the second year of her mayoralty": "1923"}),
    ],
)
def test_year_of_an_office(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_age_before_and_a_verb() -> None:
    # "aged 34 and opened": an age (was left out, as the end of a range "aged 12 and 14" is)
    values = story_values("Born in 1801, Karl Ries came back to Bremen aged 34 and opened a bank.")
    assert values.get("34") == "P34Y"


def test_age_range_left_out() -> None:
    values = story_values("In 1850 the school took boys aged 12 and 14 only.")
    assert "12" not in values and "14" not in values


@pytest.mark.parametrize(
    "text,expected",
    [
        # an age told later in a life moves the story on to its year, when that lies ahead (was counted from 1813)
        ("Tom Vail was born at Hull in 1790. At the age of twenty he went to sea, and three years later he was wrecked off "
         "Norway. He came ashore for good aged 41 and bought a farm. The next year he married.", {"The next year": "1832"}),
        # ... not an age whose year lies behind the story's time
        ("Tom Vail was born at Hull in 1790. In 1850 he wrote his memoirs, which told how he first went to sea at the age "
         "of fifteen. The next year he died.", {"The next year": "1851"}),
    ],
)
def test_age_later_in_a_life(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "the rest of the century": the story's century, the whole phrase (was missed)
        ("The mill at Orrin was built in 1742. For the rest of the century it ground corn for the abbey.",
         {"the rest of the century": "17"}),
        ("The canal opened in 1823, and for the remainder of the decade it carried coal.",
         {"the remainder of the decade": "182"}),
    ],
)
def test_rest_of_the_century(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_rest_of_the_century_once() -> None:
    # ... one expression, not also "the century" inside it before a stop
    values = story_values("The mill at Orrin was built in 1742, and it ground corn for the rest of the century.")
    assert values.get("the rest of the century") == "17" and "the century" not in values


@pytest.mark.parametrize(
    "text,expected",
    [
        # the eve of an event whose day is told only after it: the day before that day (was P1D or counted from the
        # story's day), and the story goes on from it
        ("The landing was the admiral's last command. On the eve of the landing he dined with his captains. The landing "
         "began on 6 July 1758.", {"the eve of the landing": "1758-07-05"}),  # (s47: the extent runs to the subject pronoun)
        ("The siege of Orle began on 3 May 1644. On the eve of the assault the besiegers dug a new mine, and the next "
         "morning the gate was blown in. The assault had been fixed for 19 May.",
         {"the eve": "1644-05-18", "the next morning": "1644-05-19TMO"}),
    ],
)
def test_eve_told_before_its_day(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_eve_after_its_day_told() -> None:
    # ... an event told earlier with its day still counts from there
    values = story_values("The battle of Kerne was fought on 9 June 1460. On the eve of the battle the earl changed "
                          "sides. The battle was fought again in song for centuries.")
    assert values.get("the eve") == "1460-06-08"


def test_turn_of_the_century_before_any_year() -> None:
    # before any date, "the turn of the century" is the one nearest the text's first year (was the writer's: 2000)
    values = story_values("Ann Lisle was born in the late 1690s, and by the turn of the century she was singing at court. "
                          "In 1703 she married a printer.")
    assert values.get("the turn of the century") == "1700"


def test_diary_records_a_day() -> None:
    # a diary that "records" what was written on a day told in its sentence: "Tomorrow" is the day after (was XXXX-XX-XX)
    values = story_values('The ship left Hull in June 1831. Her mate\'s diary for 30 September records: "Tomorrow we '
                          'reach the ice."')
    assert values.get("Tomorrow") == "1831-10-01"


@pytest.mark.parametrize(
    "text,expected",
    [
        # "his death", "his marriage" are named by "died", "married" and the date told after the verb (was counted from
        # the story's time, or from the birth)
        ("Abel Marr was born in 1801 and died in 1866. In 1840 he moved to Hull. The year before his death he sold his "
         "ships.", {"The year before his death": "1865"}),  # (s47: the extent runs to the subject pronoun, as histories mark it)
        ("Ruth Vane married in 1822. She began to paint in 1830. Two years after her marriage she had moved to Bath.",
         {"Two years after her marriage": "1824"}),
    ],
)
def test_life_event_named_by_its_verb(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a date at the end of a plan's infinitive in the past perfect is what was meant to be, not put back before the
        # story's time (was the spring of 1708)
        ("The siege of Orsk began in November 1708. By January the men were starving. The general had planned to storm "
         "the walls in the spring.", {"the spring": "1709-SP"}),
        # ... a past perfect with no plan still looks back
        ("The siege of Orsk began in November 1708. By January the men were starving. The general had stormed two towns "
         "in the spring.", {"the spring": "1708-SP"}),
    ],
)
def test_date_a_plan_meant(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected
