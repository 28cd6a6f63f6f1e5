"""Narrative mode, session 35 (helper narr): focused cases of each kind of error that fresh short histories (written and
valued by hand, as a history (TIMEX2) annotator would, before the tagger was run on them: bench/histories-s35narr)
showed."""

from __future__ import annotations

import pytest

from _timelines import story_values  # expression -> narrative value, told on 1 Dec 2026


@pytest.mark.parametrize(
    "text,expected",
    [
        # a quotation's "yesterday" counts from the day its sentence tells outside it, with a verb of speech (was XXXX-XX-XX)
        ('The army reached the river in 1702. The colonel wrote to his sister on 4 June 1702: "Yesterday we lost our guns."',
         {"Yesterday": "1702-06-03"}),
        ('The ship left port on 2 May 1861. The next day its master signalled the shore: "Tomorrow we reach the cape."',
         {"Tomorrow": "1861-05-04"}),
        # a quotation's "last year" counts from the date told after it in its sentence (was the story's year before it)
        ('The mill burned in 1843. "Last year no bank would lend us a shilling," the owner wrote in March 1845.',
         {"Last year": "1844"}),
        # (a quotation whose sentence tells no time of its saying keeps its unknown day)
        ('The siege began on 3 May 1702. "Yesterday was the worst day," a soldier remembered.', {"Yesterday": "XXXX-XX-XX"}),
        # (nor does a date outside the quotation without a verb of speech: the words are a banner's, not said that day)
        ('On 9 May 1702 the regiment carried a banner with the words "Tomorrow we win" on it.', {"Tomorrow": "XXXX-XX-XX"}),
    ],
)
def test_quoted_count_from_speech_time(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the end of the story's year, told after an earlier month of it: "the following spring" counts from that end (was
        # the spring after January, the same year's)
        ("The dockers went back to work in February 1911. By the end of 1911 the company had lost half its trade, and the "
         "following spring it was sold.", {"the following spring": "1912-SP"}),
        ("The mine reopened in March 1870. In late 1870 a fire closed it again. The following April the owners sold it.",
         {"The following April": "1871-04"}),
        # (the story stays on its earlier time: a bare date after such an overview may step back to fill it in)
        ("The rebels took the port on 2 May 1870. By late 1870 they held the whole coast. The first ships came on May 9.",
         {"May 9": "1870-05-09"}),
    ],
)
def test_step_forward_from_the_end_of_the_year_told(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "a week later" after a night (which runs past midnight) counts from the day the night began: one day a week on, so
        # its week (was a length, P1W: the two days it reached fell in two weeks)
        ("The bombardment began on 16 July 1645. The garrison made a sally that night. A week later the wall was mined.",
         {"A week later": "1645-W29"}),
        ("The fleet anchored off the cape on 7 May 1702. That night a storm broke. A week later it sailed on.",
         {"A week later": "1702-W19"}),
    ],
)
def test_week_after_a_night_counts_from_its_day(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a later year naming an event ("the Games of 1924") in the phrase that opens its sentence is where the story goes
        # (was: the story stayed in its earlier year, "the 9th of July" 1921's)
        ("Ada Lane won her first race in 1921. At the Paris Games of 1924 she won the mile. The final was run on the 9th of July.",
         {"the 9th of July": "1924-07-09"}),
        ("The mill was built in 1850. In the great flood of 1887 it was swept away. Its owner died in March.", {"March": "1887-03"}),
        # (elsewhere in its sentence it only refers to the event: the story stays)
        ("The mill opened in 1850. The millers feared the new taxes of 1855. In March the wheel broke.", {"March": "1850-03"}),
    ],
)
def test_later_event_year_opening_its_sentence_moves_the_story(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected
