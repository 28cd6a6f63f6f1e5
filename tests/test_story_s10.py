"""Narrative mode, session 10: the story's time in history-style text (own sentences)."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, mode: str = "narrative", dct: str = "2026-02-02") -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct, mode=mode).timexes}


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # after "late 1916" the story is at the year's end: the winter is the one that begins that December,
        ("By late 1916 the regiments were worn out. That winter the bread ran short in the towns.", "That winter", "1917-WI"),
        # and a bare month before the year's end part is of the next year
        ("By the end of 1452 the new tower on the strait was finished. In March the great guns were hauled to the walls.", "March", "1453-03"),
        ("The garrison was relieved in late 1630. In February the siege was taken up again.", "February", "1631-02"),
        # a month in the end part stays in the year
        ("The garrison was relieved in late 1630. In November the siege was taken up again.", "November", "1630-11"),
        # "that year" is still the whole year
        ("In late 1630 the garrison was relieved. The siege was taken up again in the spring of that year.", "the spring of that year", "1630-SP"),
    ],
)
def test_story_at_the_end_of_its_year(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize("opening", ["Early in 1631", "Around 1631"])
def test_other_modifiers_leave_the_story_all_of_its_year(opening: str) -> None:
    # only the end part narrows the story ("Early in 1631 ... In November" is that November)
    assert _values(f"{opening} the garrison was relieved. In November the siege was taken up again.")["November"] == "1631-11"


_SIEGE = "In the spring of 1812 the army crossed the mountains. {aside} The siege began on 12 June."


@pytest.mark.parametrize(
    "aside",
    [
        # a participle clause after the subject, the date not right before its closing comma
        "The fortress, built in the 1690s and rebuilt after 1760, barred the road.",
        "Its colonel, born in 1771 and trained as an engineer, had held it for years.",
        # a relative clause
        "The fortress, which was rebuilt in 1760, barred the road.",
        "The bridge was guarded by the old fortress, which the duke rebuilt in 1760, and by a redoubt.",
        "The bridge was guarded by the old fortress, which the duke rebuilt in 1760.",
        # a life's date in the main clause
        "Its colonel was born in Lyon in 1771 and trained as an engineer.",
        "Its colonel fled west and died in Vienna in 1840.",
    ],
)
def test_a_describing_clause_does_not_move_the_story(aside: str) -> None:
    assert _values(_SIEGE.format(aside=aside))["12 June"] == "1812-06-12"


@pytest.mark.parametrize(
    "clause",
    [
        # a clause of the story after a sentence adverb or inside the subject's commas
        "Meanwhile, the navy reached the coast in 1815, where it waited.",
        "The navy, however, reached the coast in 1815, where it waited.",
        # a verb series after the subject: the story goes on
        "The navy sailed south, reached the coast in 1815, and waited.",
        # a clause of its own inside a relative clause
        "The fortress, which was quiet when the navy reached the coast in 1815, watched.",
    ],
)
def test_a_clause_of_the_story_still_moves_it(clause: str) -> None:
    assert _values(_SIEGE.format(aside=clause))["12 June"] == "1815-06-12"


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # an offset finer than the story's time names some period of its unit, with what is known of it
        ("In the spring of 1812 the army crossed the mountains. Three weeks later its scouts reached the valley.", "Three weeks later", "1812-WXX"),
        ("In April 1917 the sailors refused orders. A week later the officers were freed.", "A week later", "1917-WXX"),
        ("In March 1913 the rebels took the capital. Less than a week later the president was dead.", "Less than a week later", "1913-WXX"),
        ("In the summer of 1917 the sailors refused orders. Ten days later the officers were freed.", "Ten days later", "1917-XX-XX"),
        # ... a year it may leave is not written
        ("In December 1917 the sailors refused orders. Two weeks later the officers were freed.", "Two weeks later", "XXXX-WXX"),
        # ... counted from a year, when that is all the story told (was the publication date)
        ("In 1917 the sailors refused orders. Ten days later the officers were freed.", "Ten days later", "1917-XX-XX"),
        # "in seven weeks" counts from now: in a history a length
        ("In the spring of 1864 the army marched south. It lost sixty thousand men in seven weeks.", "seven weeks", "P7W"),
        ("The army crossed the river on 30 April 1863 and won five battles in eighteen days.", "eighteen days", "P18D"),
        # an offset as fine as the story's day is that day
        ("On 3 May 1917 the sailors refused orders. Two days later the officers were freed.", "Two days later", "1917-05-05"),
    ],
)
def test_offset_finer_than_the_story(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a bare morning after the story's night or evening is the next morning
        ("On the night of 3 August 1812 a sortie destroyed a battery, and in the early hours the attackers retook it.", "the early hours", "1812-08-04TMO"),
        ("On the evening of 3 August 1812 a sortie destroyed a battery. In the morning the attackers retook it.", "the morning", "1812-08-04TMO"),
        # ... "that morning", "the same morning" are the story's own date
        ("On the evening of 3 August 1812 a sortie destroyed a battery. That morning the attackers had rested.", "That morning", "1812-08-03TMO"),
        ("On the night of 3 August 1812 a sortie destroyed a battery. The same morning a courier had come.", "The same morning", "1812-08-03TMO"),
        # ... a later part after a morning stays on its date
        ("On the morning of 3 August 1812 a sortie destroyed a battery. In the evening the attackers retook it.", "the evening", "1812-08-03TEV"),
        ("On the afternoon of 3 August 1812 the guns opened fire. In the evening the breach was stormed.", "the evening", "1812-08-03TEV"),
        # ... and so does a later morning part after a morning
        ("On the morning of 3 August 1812 the guns opened fire. In the late morning the breach was stormed.", "the late morning", "1812-08-03TMO"),
    ],
)
def test_the_morning_after_the_story_night(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value



@pytest.mark.parametrize(
    "text,expression,value",
    [
        # "that winter" after a year: the one that begins in its December (named by its January's year)
        ("In 1813 the fortress was slighted. That winter the walls were pulled down.", "That winter", "1814-WI"),
        ("In 218 BC he led his army over the mountains. That winter his men rested in the plains.", "That winter", "BC0217-WI"),
        # ... after a spring month, still the one that begins that December; after a February, the one it is in
        ("In April 218 BC he led his army over the mountains. That winter his men rested in the plains.", "That winter", "BC0217-WI"),
        ("In February 1813 the fortress was slighted. That winter the walls were pulled down.", "That winter", "1813-WI"),
    ],
)
def test_that_winter_after_a_year(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a day looked back to does not become the story's day
        ("Fighting began on 7 December 1937. A day earlier the governor had fled. The following day the rebels took the harbour.",
         "The following day", "1937-12-08"),
        ("Fighting began on 7 December 1937. Two days earlier the governor had fled. On the same day the garrison surrendered.",
         "the same day", "1937-12-07"),
    ],
)
def test_a_look_back_leaves_the_story_day(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # "the night of 9-10 November": the first day's night, one expression
        ("On the night of 9–10 November 1862 gunboats ran past the batteries.", "the night of 9", "1862-11-09TNI"),
        ("On the evening of 9/10 November 1862 gunboats ran past the batteries.", "the evening of 9", "1862-11-09TEV"),
        # ... a bare pair stays two days
        ("On 9–10 November 1862 gunboats ran past the batteries.", "9", "1862-11-09"),
    ],
)
def test_part_of_a_paired_day(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a season or month "of that year" / "of the following year" in a story told in years BC
        ("A truce was made in 421 BC, but in the spring of that year the allies were quarrelling.", "the spring of that year", "BC0421-SP"),
        ("A truce was made in 421 BC. In August of that year the allies quarrelled.", "August of that year", "BC0421-08"),
        # ... the following year moves the story
        ("A truce was made in 421 BC. In the spring of the following year the allies quarrelled. The next year a storm came.",
         "The next year", "BC0419"),
    ],
)
def test_of_that_year_in_a_bc_story(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    "aside,value",
    [
        # a year BC written in passing does not move a story told in years BC ...
        ("Its admiral, who had been born around 525 BC, was old.", "BC0478"),
        ("Its admiral was born in 525 BC.", "BC0478"),
        ("The harbour (built in 510 BC) was full.", "BC0478"),
        # ... nor does a flashback, however near
        ("The admiral had lost a ship there in 481 BC.", "BC0478"),
        # ... a year of the story's own does
        ("The admiral sailed home in 470 BC.", "BC0468"),
    ],
)
def test_an_aside_in_a_bc_story(aside: str, value: str) -> None:
    assert _values(f"In 480 BC the fleet sailed north. {aside} Two years later the war ended.")["Two years later"] == value
