"""Narrative mode, session 26 (helper narr): focused cases of each kind of error that fresh short histories (written and
valued by hand, as a history (TIMEX2) annotator would, before the tagger was run on them) showed."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, mode: str = "narrative") -> dict[str, str]:
    return {t.text: t.value for t in tag(text, "2026-12-01", mode=mode).timexes}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a numbered day of an event told with its day counts from that day, and the story is on it afterwards
        ("The rebels stormed the customs house on 9 June 1821. On the second day they burned the ledgers, and that night "
         "the governor escaped by boat.", {"the second day": "1821-06-10", "that night": "1821-06-10TNI"}),
        # a run of numbered days counts from the same first day
        ("The siege of Brill began on 21 March 1574. On the third day the walls were breached; on the fourth day the "
         "garrison asked for terms.", {"the third day": "1574-03-23", "the fourth day": "1574-03-24"}),
        # the day told by an offset is a told day too
        ("The envoys met on 2 May 1690. The fighting resumed ten days later, and on the second day the bridge was lost.",
         {"the second day": "1690-05-13"}),
        # control: no day told, only the month: the day stays unknown
        ("The duke attacked in October 1413. On the second day his archers broke the line.", {"the second day": "1413-10-XX"}),
        # control: "for a third straight day" is a run up to the story's day
        ("On 4 May 1911 the strikers marched for a third straight day.", {"a third straight day": "1911-05-04"}),
    ],
)
def test_a_numbered_day_counts_from_the_told_day(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a date that ends its clause (", but ...") after an aside before it ("The east wing, by the river,") is no aside
        ("The architect drew the plans in the spring of 1760. The east wing, by the river, opened in June 1762, but that "
         "winter a gale tore the lead away.", {"that winter": "1763-WI"}),
        ("Drilling started in 1871. The second shaft, at Penrose, opened on 3 April 1874, and that summer the village "
         "doubled in size.", {"that summer": "1874-SU"}),
        # control: a date set off by commas, years away, is still an aside, also before ", and"
        ("The convoy sailed on 6 May 1777. Its captain had seen the strait once before, in 1769, and had spent the previous "
         "spring mapping its shoals.", {"the previous spring": "1776-SP"}),
        ("The assembly met in 1848. The old charter, of 1831, was burned, and that summer a new one was drawn up.",
         {"that summer": "1848-SU"}),
    ],
)
def test_a_date_ending_its_clause_is_no_aside(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "That summer" after a bare year puts the story in that summer: the winter after it is the one ahead
        ("In 1723 she inherited the estate. That summer she drained the lower fields, and during the winter she planted an "
         "orchard.", {"the winter": "1724-WI"}),
        ("In 1880 the mission reached the lake. That autumn the first huts were built; the winter was mild.",
         {"the winter": "1881-WI"}),
        # control: with no season told, a bare winter after a year is that year's (as the dev histories write it)
        ("In 1723 she inherited the estate. During the winter she planted an orchard.", {"the winter": "1723-WI"}),
    ],
)
def test_a_season_of_the_story_year_moves_the_story(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a year of a reign is where the story goes on: an offset after it counts from it (AD and BC)
        ("Duke Berin succeeded his father in 1402. In the fourth year of his reign he took Aldon, and three years later he "
         "lost it again.", {"the fourth year of his reign": "1405", "three years later": "1408"}),
        ("Amenhet came to the throne in 1460 BC. In the sixth year of his reign he fortified the border. The following year "
         "the nomads attacked.", {"the sixth year of his reign": "BC1455", "The following year": "BC1454"}),
        # "became" names an accession
        ("Tokhta became khan in 1291. In the second year of his reign the western clans rebelled.",
         {"the second year of his reign": "1292"}),
        # an heir's reign counts from the death of the ruler before
        ("King Olaf died in the winter of 1115. In the first year of his son's reign the bishops built a new church.",
         {"the first year of his son's reign": "1115"}),
        # control: with no accession or death told, a year of a reign stays a length
        ("The treaty was signed in 1402. In the fourth year of his reign he took Aldon.", {"the fourth year of his reign": "P1Y"}),
    ],
)
def test_a_year_of_a_reign_moves_the_story(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "On the first day" of an event told with its day is that day (the recognizer's length P1D otherwise)
        ("The storm struck the fleet on 4 October 1588. On the first day two galleons sank; on the second day the rest "
         "ran for the coast.", {"the first day": "1588-10-04", "the second day": "1588-10-05"}),
        # control: not after "on", a length
        ("The fair opened on 2 June 1851 and drew a crowd of six thousand for the first day.", {"the first day": "P1D"}),
    ],
)
def test_on_the_first_day_is_a_day(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a ruler's death told with "he died" in a story BC moves the story, as in the common era
        ("Psammetichus came to the throne in 664 BC. Ten years later he drove out the Assyrians. He reigned for fifty-four "
         "years; he died in 610 BC, and the next year his son marched into Syria.", {"the next year": "BC0609"}),
        # an heir's reign counts from the death, not from a later date of the same sentence
        ("Psammetichus came to the throne in 664 BC. He reigned for fifty-four years; he died in 610 BC, and the next year "
         "his son marched into Syria. In the first year of his son's reign the canal was begun.",
         {"the first year of his son's reign": "BC0610"}),
        # control: a birth in a describing clause, years away, is still an aside in a story BC
        ("In 480 BC the fleet sailed north. Its admiral, who was born in 525 BC, feared a storm. The next year the fleet "
         "came home.", {"The next year": "BC0479"}),
    ],
)
def test_a_rulers_death_in_a_story_bc(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the end of a span told in the sentence before, later than the story's time, is what a bare season counts from
        ("The brig reached Madras in April 1790 and lay there until the autumn. During the winter she traded along the "
         "coast.", {"the winter": "1791-WI"}),
        ("The brig reached Madras in April 1790 and lay there until October. In the winter she sailed for Canton.",
         {"the winter": "1791-WI"}),
        # control: a range told as one is told from its start
        ("The blockade lasted from 2 May 1810 to 9 March 1812. In June the first ships were taken.", {"June": "1810-06"}),
    ],
)
def test_a_span_end_is_where_the_next_sentence_goes_on(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a numbered day of an event the story tells in a later year than its last day: in that year, not that day's month
        ("The queen was crowned on 12 May 1402. In 1413 a rebellion broke out, and on the second day the rebels took "
         "Gavle. That summer the queen fled.", {"the second day": "1413-XX-XX", "That summer": "1413-SU"}),
        ("The abbey was founded on 2 March 1120. In August 1136 the Welsh attacked, and on the third day the church burned.",
         {"the third day": "1136-08-XX"}),
    ],
)
def test_a_numbered_day_lies_in_the_story_time(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a range of days is told from its start: its numbered days count from its first day
        ("The crossing of the river took place between 26 and 29 November 1812. On the third day the bridges were burned.",
         {"the third day": "1812-11-28"}),
        ("The synod sat from 3 to 9 June 1415. On the second day the bishops quarrelled, and that night the abbot left.",
         {"the second day": "1415-06-04", "that night": "1415-06-04TNI"}),
    ],
)
def test_a_numbered_day_of_a_range_counts_from_its_start(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a state told to run on far beyond the story's date is a look ahead: the next sentence goes on from the story's time
        ("The fort surrendered on 3 October 1650, and the Swedes held it until 1721. The following spring the Danes "
         "tried to retake it.", {"The following spring": "1651-SP"}),
        ("The castle fell on 9 May 1460, and the family kept it until 1590. Two years later the king pardoned them.",
         {"Two years later": "1462"}),
        # control: a span of the story's own event, however far, is where it goes on ("raged", lexicon [look_ahead_spans])
        ("The revolt broke out on 2 May 1861 and raged until 1880. Two years later a new revolt began.",
         {"Two years later": "1882"}),
        # control: a span of the story itself, a few years ahead, is where it goes on
        ("The siege began in 1702 and lasted until 1709. The following spring the walls were pulled down.",
         {"The following spring": "1710-SP"}),
    ],
)
def test_a_far_span_end_is_a_look_ahead(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an heir's reign begins when the reign told before it ends: its accession plus the years it lasted
        ("Senkare came to the throne in 1290 BC. He built a temple at Akhet in 1281 BC. He reigned for forty-one years and "
         "was buried in the valley. In the first year of his son's reign the tomb was robbed.",
         {"the first year of his son's reign": "BC1249"}),
        ("Queen Maud was crowned in 1520 and ruled for 27 years. She founded a college in 1530. In the first year of her "
         "son's reign the college closed.", {"the first year of her son's reign": "1547"}),
        # control: a death told with its year is where the heir's reign begins, whatever length was told before it
        ("Queen Maud was crowned in 1520. She died in 1547, having ruled for 27 years. In the second year of her son's "
         "reign the college closed.", {"the second year of her son's reign": "1548"}),
    ],
)
def test_an_heirs_reign_begins_where_the_told_reign_ends(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected
