"""Narrative mode, session 39 (helper narr): focused cases of each kind of error that fresh short histories (written and
valued by hand, as a history (TIMEX2) annotator would, before the tagger was run on them: bench/histories-s39narr)
showed. Own sentences."""

from __future__ import annotations

import pytest

from _timelines import check_story_values as _check  # each expression's narrative value, told on 1 Dec 2026


@pytest.mark.parametrize(
    "text,expected",
    [
        # a year a regent's (or anyone's) rule ran "until" is where it ended, no accession the reign counts from
        ("Osric became king of Lorn in 1540, a boy of six. His mother ruled for him until 1549. In the twelfth year of his "
         "reign he married a Danish princess.", {"the twelfth year of his reign": "1551"}),
        ("Queen Maud came to the throne in 1602. Her aunt governed the north for her, and ruled the islands till 1610. In "
         "the fifth year of her reign a plague struck the capital. The following summer the court fled.",
         {"the fifth year of her reign": "1606", "The following summer": "1607-SU"}),
        # ... but a range's end still counts from its start
        ("Arnulf ruled Brabant from 1210 until 1235. In the third year of his reign he took Leuven.",
         {"the third year of his reign": "1212"}),
    ],
)
def test_reign_not_from_a_rule_ended(text: str, expected: dict[str, str]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a year of an office counts from the sentence that names the office with its date ("was made bishop")
        ("John Tolley was made abbot of Hexley on 3 March 1455. In his fourth year as abbot the cloister was glazed.",
         {"his fourth year as abbot": "1458"}),
        ("In 1871 Ruth Ames was chosen governor of the colony. Two years later she opened the first school. In her sixth "
         "year as governor the railway reached the coast.", {"her sixth year as governor": "1876"}),
    ],
)
def test_office_year_from_the_office_named(text: str, expected: dict[str, str]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a date a little after the story's year in a clause that describes the subject moves the story on when the
        # dates after it do not come back
        ("Ida Lowe began her survey of the fens in 1861. Her first map, printed in June 1864, was full of errors; that "
         "month she hired two assistants. A second map appeared the following year.",
         {"that month": "1864-06", "the following year": "1865"}),
        ("The company was formed in 1830. Its first engine, delivered in the spring of 1833, broke down at once. "
         "That autumn a new boiler was fitted.", {"That autumn": "1833-FA"}),
    ],
)
def test_describing_clause_goes_on(text: str, expected: dict[str, str]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        # ... an aside still, when the next year told is back in the story's time
        ("In 1757 the French besieged the town. The citadel, rebuilt in 1760, was then a ruin. That year the harvest "
         "failed, and in 1758 the siege was lifted.", {"That year": "1757"}),
        # ... and far ahead (more than five years) as before
        ("In 1903 the mine flooded twice. A report, published in 1931, blamed the owners. That year forty men left.",
         {"That year": "1903"}),
    ],
)
def test_describing_clause_aside(text: str, expected: dict[str, str]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a plan in a participle clause set off by commas describes the subject: the year opening the sentence moves
        # the story, and the bare months after it are of that year
        ("The fighting in the hills began in September 1941. The 1942 assault, planned for May, was delayed until "
         "June by snow.", {"May": "1942-05", "June": "1942-06"}),
        ("The duke's war began in August 1688. The 1689 campaign, scheduled to open in April, started only in June, and "
         "a week later the duke fell ill.", {"April": "1689-04", "June": "1689-06"}),
    ],
)
def test_year_of_subject_with_plan_clause(text: str, expected: dict[str, str]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        # the second of two early years joined by "or", the first found for a year of the common era near it
        ("The chapel was begun in 1612. Its founder, a wool merchant, had been born in 1540 or 1541.",
         {"1540": "1540", "1541": "1541"}),
        ("The abbey church was rebuilt in 1521. Its last abbot died in 1538 or 1539.", {"1538": "1538", "1539": "1539"}),
    ],
)
def test_early_year_or_list(text: str, expected: dict[str, str]) -> None:
    _check(text, expected)



@pytest.mark.parametrize(
    "text,expected",
    [
        # a season of a sport (or a stage, a campaign) comes once a year: "the following season" is the next year
        ("The Harlow eleven first played in the county league in 1893. The following season they won it.",
         {"The following season": "1894"}),
        ("Kitty Vane sang at the Lyric in 1902, and the next season she went to New York.", {"the next season": "1903"}),
        ("The company toured the north in 1911. That season it played forty towns.", {"That season": "1911"}),
        # ... not a season of something named after it
        ("The theatre reopened in 1920. The following season of operas was a failure.", {"The following season": None}),
    ],
)
def test_story_season_is_a_year(text: str, expected: dict[str, str]) -> None:
    _check(text, expected)


def _extents(text: str) -> list[str]:
    import timeline

    return [t.text for t in timeline.build(text, reference_time="2026-12-01", mode="narrative").timexes]


@pytest.mark.parametrize(
    "text,expected",
    [
        # an era written after a century of the common era is part of the expression, as in "AD 62"
        ("The villa was abandoned in the fourth century AD and its stones were reused.", "the fourth century AD"),
        ("By the end of the 2nd century A.D. the road was paved.", "the end of the 2nd century A.D."),
        ("The church was rebuilt in the 6th century CE.", "the 6th century CE"),
    ],
)
def test_century_with_era(text: str, expected: str) -> None:
    assert expected in _extents(text)


def test_century_before_a_word_like_an_era() -> None:
    # "ad" must stand alone: not the start of another word
    assert "the 4th century" in _extents("In the 4th century adding a tower was common.")


@pytest.mark.parametrize(
    "text,expected",
    [
        # a flashback told on in the simple past in the sentence after its past perfect stays a flashback: its "that
        # autumn" is its own, and the next paragraph's "That summer" is the story's again
        ("In May 1902 Tom Rudd was made master of the Leeds mill. He had started there as a boy in 1881 and had worked "
         "the looms for six years. He went to the night school in 1887; that winter he learned to draw machines.\n\n"
         "That summer he doubled the mill's output.", {"That summer": "1902-SU"}),
        ("On 2 June 1861 the bridge at Carle was opened. Its engineer had first surveyed the river in 1850. The company "
         "failed in 1853; that autumn the work stopped.\n\nThat summer the first trains crossed.",
         {"that autumn": "1853-FA", "That summer": "1861-SU"}),
    ],
)
def test_flashback_told_on(text: str, expected: dict[str, str]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        # ... not one two sentences after the past perfect
        ("In May 1902 Tom Rudd was made master of the mill. He had started there in 1881. The mill was sold. In 1887 "
         "the new owners built a shed. That summer the river flooded.", {"That summer": "1887-SU"}),
    ],
)
def test_flashback_left(text: str, expected: dict[str, str]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a hedge right before a year written with its era is part of it, as in "about 1250"
        ("The baths were rebuilt in about AD 140 by the town council.", "about AD 140"),
        ("A signal tower stood on the cliff from c. AD 370.", "c. AD 370"),
    ],
)
def test_hedged_era_year(text: str, expected: str) -> None:
    assert expected in _extents(text)
