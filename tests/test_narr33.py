"""Narrative mode, session 33 (helper narr): focused cases of each kind of error that fresh short histories (written and
valued by hand, as a history (TIMEX2) annotator would, before the tagger was run on them) showed: which dates move the
story's current time and which only refer to one."""

from __future__ import annotations

import pytest

from _timelines import story_values  # expression -> narrative value, told on 1 Dec 2026


@pytest.mark.parametrize(
    "text,expected",
    [
        # "had" + an object pronoun is a "have" of having something done, no past perfect: the day moves the story (was a
        # flashback, the story stayed in 1198: "November" 1198-11)
        ("Odo inherited the county of Varn in 1198. On 14 March 1204 his uncle had him seized at a hunting lodge. He was "
         "released in November.", {"November": "1204-11"}),
        ("The weavers rose in 1819. On 2 May 1826 the owners had them watched by soldiers. The trial came in July.",
         {"July": "1826-07"}),
        # (a past perfect still looks back: the story stays in 1830, its July)
        ("Work on the dock began in 1830. On 2 May 1826 the owners had bought the land. The walls went up in July.",
         {"July": "1830-07"}),
    ],
)
def test_causative_had_is_no_flashback(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a reign (a rule) counted from an inheritance or a usurpation (was the length P1Y)
        ("Odo inherited the county of Varn in 1198. In the tenth year of his rule he sailed for the east.",
         {"the tenth year of his rule": "1207"}),
        ("Brand usurped the crown of Lyr in 1301. In the third year of his reign he built a castle at Tolm.",
         {"the third year of his reign": "1303"}),
    ],
)
def test_reign_counted_from_an_inheritance(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a life's date in passing whose clause ", and" closes: the clause joined to it counts from it (was 1852-SP, from the
        # story's 1851)
        ("Margaret sailed for Ceylon in 1851. Her brother died there in 1856, and she came home the next spring.",
         {"the next spring": "1857-SP"}),
        ("Anna Pell entered the school in 1871. Her mother died in 1880, and the next year Anna was sent to London.",
         {"the next year": "1881"}),
        # (one set off in a describing clause still is not: s32's "His predecessor, who had held the see since 1270, had left
        # ..., and that year"; nor one whose clause another comma closed before the ", and")
        ("Anna Pell entered the school in 1871. Her mother, who died in 1880, had left her a house, and the next year Anna "
         "was sent to London.", {"the next year": "1872"}),
    ],
)
def test_life_date_joined_by_and_is_counted_from(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # where a prospect's span ends (reported, "would ... until") is an aside: "That winter" is the story's (was 1929-WI,
        # the winter after the spring of 1928)
        ("The miners came out on 6 October 1926. In December the owners wrote that the pits would stay shut until the "
         "spring of 1928. That winter the chapel fed the children.", {"That winter": "1927-WI"}),
        ("The miners came out on 6 October 1926. The owners said that the pits would stay shut until the spring of 1928. "
         "That winter the chapel fed the children.", {"That winter": "1927-WI"}),
        # (a span that ran, told in the past, still ends where the story goes on: s9's "held the town until October 15")
        ("The miners came out on 6 October 1926. In December the owners kept the pits shut until the spring of 1928. That "
         "summer the men went back.", {"That summer": "1928-SU"}),
    ],
)
def test_prospect_span_end_is_an_aside(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a bare month after a day told with its year, a season after a month: a step back out of that year costs more
        # (was the November, the autumn, of the year before)
        ("The rebels took Count Odo prisoner on 3 February 1204. He was held at Sarre for nine months and set free in "
         "November.", {"November": "1204-11"}),
        ("The sloop Kestrel was launched at Deptford in March 1794. She sailed for the West Indies in the autumn.",
         {"the autumn": "1794-FA"}),
        # (a short step back is still taken: the December just before the day)
        ("The port of Velm fell on 10 January 1652. The enemy had landed on the coast in December.",
         {"December": "1651-12"}),
        ("The port of Velm fell on 10 January 1652. The enemy landed on the coast in December.",
         {"December": "1651-12"}),
    ],
)
def test_step_back_out_of_the_year_of_the_story_day(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a year a promise or a hope looks ahead to is a prospect, no time the story goes to (was 1421-SP, 1821-06)
        ("The count was taken prisoner in 1412. He promised his captors to pay the ransom by 1420. The following spring "
         "his wife sold the family silver.", {"The following spring": "1413-SP"}),
        ("The ship left Cadiz on 4 March 1820. Her captain wrote that he hoped to reach Lima by the end of 1821. In June "
         "she rounded the Horn.", {"June": "1820-06"}),
        # (a hope told beside a date the story goes to leaves it a move: "Hoping for a quick victory, the army attacked")
        ("The war began in 1914. Hoping for a quick victory, the army attacked in March 1915. That summer it was beaten "
         "at Gorlice.", {"That summer": "1915-SU"}),
    ],
)
def test_promised_or_hoped_year_is_a_prospect(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an heir taking the throne told in the sentence right before the reign's year: the reign counts from the ruler's
        # death (was the length P1Y)
        ("The duke of Varne died in 1467. His son Charles, who was then thirty-three, succeeded him. In the fourth year "
         "of his reign Charles married an English princess.", {"the fourth year of his reign": "1470"}),
        ("The old king died in 1199. His brother John was crowned at Westminster. He lost Normandy in the fifth year of "
         "his reign.", {"the fifth year of his reign": "1203"}),
        # (a son told without taking the throne leaves the ruler's own reign: from his accession)
        ("King Olaf came to the throne in 1015. His son Magnus was born in 1021. In the third year of his reign Olaf "
         "built a church at Nidaros.", {"the third year of his reign": "1017"}),
    ],
)
def test_heir_told_in_the_sentence_before(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a speaker looking back in a quotation is no time the story goes to, nor its day (was the 13th of April)
        ("The fleet anchored off Cadiz on 2 May 1587. \"We sailed from Plymouth on 12 April,\" Drake wrote to the queen. "
         "The next day he burned thirty ships in the harbour.", {"The next day": "1587-05-03"}),
        ("The king reached Oxford on 29 October 1642. \"I left Nottingham on 12 October,\" he told the mayor. Two days "
         "later he held a council of war.", {"Two days later": "1642-10-31"}),
        # (a quoted date after the story's time tells the story on)
        ("The expedition left Fort Smith on 2 June 1860. \"On 14 June we reached the lake,\" the leader wrote. Two days "
         "later they turned back.", {"Two days later": "1860-06-16"}),
    ],
)
def test_quoted_look_back_does_not_move_the_story(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a date in a clause reported with "could", "might", "should" is a prospect someone spoke of (was 1441, 1916-WI)
        ("The sea broke through the dike at Oosterland in November 1421. The count sent engineers in the spring, but "
         "they said that the land could not be won back before 1440. Work began the following year.",
         {"the following year": "1423"}),
        ("The war began in 1914. The general said that the army could reach Paris in 1915. That winter it dug in.",
         {"That winter": "1915-WI"}),
        # (told, not reported: the story goes there)
        ("The duke fell ill in 1580. He could no longer ride by the spring of 1581, and that summer he died.",
         {"that summer": "1581-SU"}),
    ],
)
def test_reported_modal_date_is_a_prospect(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "that year", "the same year" in the sentence after a range: its last year, the year named last (was 1402, 1701)
        ("The duke ruled Varne from 1402 to 1419. That year he was murdered on a bridge.", {"That year": "1419"}),
        ("The war lasted from 1701 to 1714. The same year the old queen died.", {"The same year": "1714"}),
        # (a step back still counts from the range's start: the year before the war began)
        ("The war lasted from 1701 to 1714. The previous year the old king had died.", {"The previous year": "1700"}),
    ],
)
def test_that_year_after_a_range_is_its_end(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected
