"""Narrative mode, session 36 (helper narr): focused cases of each kind of error that fresh short histories (written and
valued by hand, as a history (TIMEX2) annotator would, before the tagger was run on them: bench/histories-s36narr)
showed, and the known month-after-month lead."""

from __future__ import annotations

import pytest

from _timelines import story_values  # expression -> narrative value, told on 1 Dec 2026


@pytest.mark.parametrize(
    "text,expected",
    [
        # a bare month after a month moves forward: a step back out of the story's year costs as much as after a day
        # (was 1923-12 and 1849-12)
        ("The dockers stopped work in March 1924. In December they went back on the old terms.", {"December": "1924-12"}),
        ("The bridge was begun in February 1850. The piers stood by April. In December the first trains crossed.",
         {"April": "1850-04", "December": "1850-12"}),
        # (a month the story jumped over, told with its year, is still the one stepped back to: it lies after the time
        # the story was at before the jump)
        ("The talks went on through August 1961 and September. In February 1962 she became premier. She toured the "
         "north in October.", {"October": "1961-10"}),
        # (a year the story was at before is no month jumped over: was 1923-11)
        ("The survey began in 1922. She found a comet in March 1924 and another in November.", {"November": "1924-11"}),
        # (the first end of a range told as one piece may step back further: the range's end decides)
        ("In March 1945 the army crossed the river. In the hills the rebels held out from October to March.",
         {"October": "1944-10", "March": "1945-03"}),
    ],
)
def test_month_after_month_moves_forward(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a flashback's date years back is no time a later step of the main line counts from (was 1901)
        ("The weavers struck in 1911. Their leader was sacked in 1912. He had first worked the looms in 1893, as a boy. "
         "Three years later he stood for the council.", {"Three years later": "1915"}),
        # (nor one in a clause hung on the flashback's main clause: was 1870 and 1872)
        # (nor a step forward inside the flashback: it does not move the story there; was 1866 and 1868)
        ("The bridge at Helm was opened in 1883. Its engineer had come from Glasgow in 1860, and he had built the "
         "harbour wall six years later. That year he was knighted. Two years later he died.",
         {"six years later": "1866", "That year": "1883", "Two years later": "1885"}),
        ("The surgeon landed at Madras in 1876. He had studied at Leiden, where he took his degree in 1870. That year he "
         "opened a hospital. Two years later he fell ill.", {"That year": "1876", "Two years later": "1878"}),
    ],
)
def test_flashback_date_not_counted_from(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a century step right after a decade named, no year told since: the decade a century on (was P1CE)
        ("Salt was boiled on the shore at Wrenmouth by the 1340s. A century later the pans were silted up.",
         {"A century later": "144"}),
        ("The chapel was built in the 1160s. Two centuries earlier a hermit had lived there.",
         {"Two centuries earlier": "096"}),
    ],
)
def test_century_step_after_decade(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a bare day or a holiday after a day told with its year moves forward out of the year as a month does
        # (was 1811-11-20, 1811-12-25)
        ("The embassy reached Tabriz on 3 March 1812. It was back at Constantinople on 20 November.",
         {"20 November": "1812-11-20"}),
        ("The embassy reached Tabriz on 3 March 1812. It was back at Constantinople by Christmas.",
         {"Christmas": "1812-12-25"}),
        # (the day right before a January day is still taken)
        ("The siege was lifted on 4 January 1813. On 29 December the gunners had run out of powder.",
         {"29 December": "1812-12-29"}),
        # (a day after "since" looks back, whatever its clause's verb)
        ("The garrison gave up on 2 May 1710, starving since 11 November.",
         {"11 November": "1709-11-11"}),
        ("The garrison gave up on 2 May 1710; the men had lived on oats since Christmas.", {"Christmas": "1709-12-25"}),
        # a holiday inside a title in quotation marks does not move the story: the next bare day keeps its year
        ('The fleet sailed on 2 April 1942. Its band played "White Christmas" on the deck. On 28 April it reached Ceylon.',
         {"28 April": "1942-04-28"}),
    ],
)
def test_day_after_day_moves_forward(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the second end of a range of years BC does not move the story: a step counts from the range's start, as in the
        # common era (was BC0397)
        ("Queen Arsa ruled Temnos from 421 BC to 398 BC. Her brother had died the year before.",
         {"the year before": "BC0422"}),
    ],
)
def test_bc_range_end_keeps_story(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a step of years from a winter the story turned to from its December's year counts from that year, as "the
        # following year" does (was 1742 and BC0606, "The following year" BC0607)
        ("The rebels took Varne in 1739. That winter the lake froze. Two years later the king pardoned them.",
         {"Two years later": "1741"}),
        ("The Medes took Sarna in 609 BC. That winter the river froze. Two years later they left.",
         {"Two years later": "BC0607"}),
        ("The Medes took Sarna in 609 BC. That winter the river froze. The following year they left.",
         {"The following year": "BC0608"}),
    ],
)
def test_years_from_a_winter(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected
