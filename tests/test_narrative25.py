"""Narrative mode, session 25: focused cases of each kind of error that new short histories (written, and valued by
hand as a history (TIMEX2) annotator would, before the tagger was run on them) showed."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, mode: str = "narrative") -> dict[str, str]:
    return {t.text: t.value for t in tag(text, "2026-12-01", mode=mode).timexes}


@pytest.mark.parametrize(
    "text,expected",
    [
        # the "next" of a time expression is no future cue: the participle clause's date moves the story
        ("In 1880 he went to Vienna. He spent the next three years at the conservatory, finishing in the spring of 1883. "
         "That summer he toured Italy.", {"That summer": "1883-SU"}),
        ("The mill was sold in 1702. The new owner ran it for the following six years, closing it in the winter of 1709. "
         "That spring the building burned.", {"That spring": "1709-SP"}),
        ("In 1880 he went to Vienna, where he spent the next three years, finishing in the spring of 1883. In May he fell ill.",
         {"May": "1883-05"}),
        # control: a real prospect in the sentence still leaves the story where it was
        ("In 1880 he went to Vienna. He would give a concert there in the spring of 1883, he wrote. In May he fell ill.",
         {"May": "1880-05"}),
    ],
)
def test_next_in_a_time_is_no_prospect(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a winter is of its January's year: "that spring" after it is that year's
        ("The new owner closed the mill in the winter of 1709. That spring the building burned.", {"That spring": "1709-SP"}),
        ("The winter of 1812 was the coldest in memory. That summer the harvest failed.", {"That summer": "1812-SU"}),
        # control: after a year the season is that year's
        ("The mill closed in 1709. That spring the building burned.", {"That spring": "1709-SP"}),
    ],
)
def test_the_season_of_a_winters_year(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # after a day told in the sentence, a bare month later in it follows that day (not the nearer one before it)
        ("In the winter of 1902 the salt was isolated; the result was read on 12 March, and the prize came in December.",
         {"December": "1902-12"}),
        ("The garrison marched out on 4 April 1745, and the town's walls were pulled down in November.", {"November": "1745-11"}),
        # a clause told alongside may step back a few days
        ("The bridge fell on 14 July 1809, and the fort was taken on 12 July.", {"12 July": "1809-07-12"}),
        # a clause that is no next step of the story looks back as usual
        ("On 5 May 1945 the garrison surrendered after a siege that began in January.", {"January": "1945-01"}),
        ("On 5 May 1945 the garrison surrendered, ending a siege begun in January.", {"January": "1945-01"}),
        ("On 12 March 1902 she announced the result, which she had found in December.", {"December": "1901-12"}),
        # a past perfect clause looks back
        ("On 2 March 1867 the fort surrendered; its men had lived on horse meat since Christmas.", {"Christmas": "1866-12-25"}),
        # in the next sentence the nearest month stays the rule
        ("The envoy arrived on 12 March 1902. In December the talks had failed.", {"December": "1901-12"}),
    ],
)
def test_a_sentence_dates_follow_each_other(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "before" ending the clause after a length is an adverb: as "two years earlier", from the story's time
        ("The fleet was lost in 413 BC. Of the men who had sailed two years before, few came home.", {"two years before": "BC0415"}),
        ("The mill burned in 1850. It had been rebuilt ten years before.", {"ten years before": "1840"}),
        ("The mill burned in 1850. Three years after, the railway reached the town.", {"Three years after": "1853"}),
        # controls: a length that a word before it makes one, and a length before what it counts from
        ("The town fell in 1850. The siege had lasted a year before, with no relief.", {"a year before": "P1Y"}),
        ("The mill burned in 1850, two years before the railway came.", {"two years": "1850"}),
    ],
)
def test_before_as_an_adverb_counts_from_the_story(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "that <month>" after a year its sentence named (one that does not move the story) is of that year
        ("The Germans withdrew in March 1917. The ridge was lost in the great offensive of 1918 and retaken that August.",
         {"August": "1918-08"}),
        ("The duke fled in May 1640. The rebels of 1642 were beaten, and he returned that October.", {"October": "1642-10"}),
        # controls: a year years away from the story's, or in a past perfect clause, is a look-back: the story's year
        ("In 1702 he bought the old mill of 1690, and that December he moved in.", {"December": "1702-12"}),
        ("In 1702 he bought the house that his father had built in 1701, and moved in that December.", {"December": "1702-12"}),
        ("In 1702 he founded a company that would trade until 1850, and that December he married.", {"December": "1702-12"}),
        # with no other year in its sentence, the story's year
        ("The duke fled in May 1640. The rebels were beaten, and he returned that October.", {"October": "1640-10"}),
    ],
)
def test_that_month_after_a_year_of_its_sentence(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # exact offsets in days and months from a BC day (month) are BC dates, counted on the Julian calendar
        ("The consul was killed on 15 March 44 BC. Two days later the senate met.", {"Two days later": "BC0044-03-17"}),
        ("The fleet sailed on 27 February 45 BC. Three days later it landed.", {"Three days later": "BC0045-03-01"}),  # 45 BC leap
        ("The fleet sailed on 27 February 46 BC. Three days later it landed.", {"Three days later": "BC0046-03-02"}),
        ("The army reached the river in June 216 BC. Three months later the city defected.", {"Three months later": "BC0216-09"}),
        ("The general crossed on 10 January 49 BC. Ten days earlier the senate had met.", {"Ten days earlier": "BC0050-12-31"}),
        # the story moves to the day pointed to
        ("The consul was killed on 15 March 44 BC. Two days later the senate met. The next day it met again.",
         {"The next day": "BC0044-03-18"}),
        # control: years as before
        ("The city fell in 612 BC. Two years later the king died.", {"Two years later": "BC0610"}),
    ],
)
def test_bc_day_and_month_offsets(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a step forward in the sentence after a range counts from the range's end
        ("From 1901 to 1907 the company doubled its capacity. The following year it merged with a rival.",
         {"The following year": "1908"}),
        ("The war lasted from 1914 to 1918. Two years later the treaty was ratified.", {"Two years later": "1920"}),
        ("The siege lasted from 3 to 9 May 1683. Two days later the relief army arrived.", {"Two days later": "1683-05-11"}),
        # controls: a step back, a date told since, a range's end coarser than the step
        ("The war lasted from 1914 to 1918. Two years earlier the alliance had been signed.", {"Two years earlier": "1912"}),
        ("The war lasted from 1914 to 1918. In 1914 the army was small. The following year it grew.", {"The following year": "1915"}),
    ],
)
def test_a_step_forward_after_a_range_counts_from_its_end(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "that month", "the same month" with no month told since the story moved to a year: some month of it
        ("In 1805 he won at Ulm; in the same month his father died.", {"the same month": "1805-XX"}),
        ("In 1916 the front was quiet. That month the offensive began.", {"That month": "1916-XX"}),
        # controls: after a month told, that month
        ("The fort fell in March 1745. That month the rains came.", {"That month": "1745-03"}),
        ("The fort fell in March 1745. The following month the king died.", {"The following month": "1745-04"}),
    ],
)
def test_that_month_in_a_year_with_no_month_told(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # years counted from a winter put the story in the year pointed to, so a date restating it falls there
        ("The catalogue was finished in the winter of 1659; a fire destroyed the observatory twenty years later, on 26 September.",
         {"twenty years later": "1679", "26 September": "1679-09-26"}),
        ("The canal froze in the winter of 1740. Ten years later, on 2 October, the new lock opened.",
         {"Ten years later": "1750", "2 October": "1750-10-02"}),
        # control: from a month, the month a year on stays the story's time
        ("The canal froze in February 1740. Ten years later, on 2 October, the new lock opened.", {"2 October": "1750-10-02"}),
    ],
)
def test_years_after_a_winter_move_the_story_to_that_year(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a span in parentheses (a life's years) is an aside: what counts on from the story stays on its year
        ("In 1916 the general (1865-1929) took command. The following spring he attacked.", {"The following spring": "1917-SP"}),
        ("In 1702 the bishop (1640-1711) consecrated the church. The next year the tower fell.", {"The next year": "1703"}),
        # control: a range told in the sentence itself
        ("The bishop ruled from 1690 to 1711. The next year the tower fell.", {"The next year": "1712"}),
    ],
)
def test_a_span_in_parentheses_is_an_aside(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a season qualifying a noun with "of <year>" after it is that year's, whatever year the story is in
        ("The Germans withdrew in March 1917. The ridge was lost again in the spring offensive of 1918 and retaken that August.",
         {"the spring": "1918-SP", "August": "1918-08"}),
        ("The fleet wintered at Brest in 1794. The summer cruise of 1795 ended in disaster.", {"The summer": "1795-SU"}),
        # control: a season with no year after its noun stays the story's
        ("The fleet wintered at Brest in 1794. The summer cruise ended in disaster.", {"The summer": "1794-SU"}),
    ],
)
def test_a_season_qualifying_a_noun_of_a_year(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # after a month told in its sentence, a bare date in a clause joined by ", and" follows it too (the month before at most)
        ("In May 1916 the army took the pass, and by the winter it had reached the coast.", {"the winter": "1917-WI"}),
        ("In June 1944 the Allies landed in France, and in February the Soviets reached the Oder.", {"February": "1945-02"}),
        ("In March 1917 the tsar abdicated, and in January the assembly was dissolved.", {"January": "1918-01"}),
        ("In March 1917 the tsar abdicated, and in February the army mutinied.", {"February": "1917-02"}),
        # control: not joined, the nearest as before
        ("In March 1917 the tsar abdicated. In January the assembly had been dissolved.", {"January": "1917-01"}),
    ],
)
def test_a_joined_clause_follows_a_month_of_its_sentence(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected
