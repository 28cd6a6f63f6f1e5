"""Session 45 (helper narr): narrative-mode values of the story's current time, on sentences written for these tests."""

from __future__ import annotations

import pytest

import timeline

DCT = "2026-12-05"


def _values(text: str, mode: str = "narrative") -> dict[str, str]:
    return {t.text: t.value for t in timeline.tag(text, reference_time=DCT, mode=mode).timexes}


# an anniversary with no date near it is so many years after what "of" names, told in an earlier sentence; the day when
# that was told with its day; past, present and future tense
@pytest.mark.parametrize("text, extent, value", [
    ("The bridge at Hurn was opened on 3 May 1870. In 1875 it was painted. On the tenth anniversary of its opening a plaque was fixed.",
     "the tenth anniversary of its opening", "1880-05-03"),
    ("The guild was founded in 1602. In 1610 it built a hall. The fiftieth anniversary of its founding passed quietly.",
     "The fiftieth anniversary of its founding", "1652"),
    ("The lifeboat station opens on 21 October 1866 and gets a new boat in 1890. On the fiftieth anniversary of the station, the crew is at war.",
     "the fiftieth anniversary of the station", "1916-10-21"),
    ("The library opened on 9 June 1990. In 2001 it was enlarged. The town will mark the fiftieth anniversary of the opening.",
     "the fiftieth anniversary of the opening", "2040-06-09"),
    # (a centenary falls on the day too, as TIMEX2 annotators date an anniversary: s46, s42 had kept the year)
    ("The hall was founded on 12 March 1821. In 1830 it was enlarged. The centenary of its founding was marked by a window.",
     "The centenary of its founding", "1921-03-12"),
])
def test_an_anniversary_counts_from_the_event_it_names(text: str, extent: str, value: str) -> None:
    assert _values(text).get(extent) == value


# ... told with an owner and no "of": from a marriage, a founding or an opening the text told, else from the date told
# earlier in its sentence, else from the story's first date
@pytest.mark.parametrize("text, extent, value", [
    ("They married in 1838. In 1850 they moved to Leeds. On their twentieth anniversary they sailed to Madeira.", "their twentieth anniversary", "1858"),
    ("The atlas appeared in 1838, and on its twentieth anniversary the author was given a medal.", "its twentieth anniversary", "1858"),
    ("The first race was rowed on 28 June 1851. A second was held in 1852. On its twenty-fifth anniversary a cup was given.",
     "its twenty-fifth anniversary", "1876-06-28"),
    ("The hospital opened on 4 May 1866. In 1900 it was enlarged. Its centenary is marked by a new wing.", "Its centenary", "1966-05-04"),
    ("The museum was founded in 1921. Its fiftieth anniversary will be celebrated with a new wing.", "Its fiftieth anniversary", "1971"),
])
def test_an_owned_anniversary_counts_from_what_the_text_told(text: str, extent: str, value: str) -> None:
    assert _values(text).get(extent) == value


@pytest.mark.parametrize("text", [
    "The tenth anniversary of the revolution was celebrated with a parade.",  # nothing told: nothing to count from
    "The town was founded in 1602. The fiftieth anniversary of the battle passed quietly.",  # the battle was never told
    "In 1927 the tenth anniversary of the revolution was celebrated.",  # a year before it, no event: as s20 keeps it
    "On their twentieth anniversary they sailed to Madeira.",  # no date told before it
])
def test_an_anniversary_of_nothing_told_stays_untagged(text: str) -> None:
    assert not [k for k in _values(text) if "anniversary" in k]


def test_news_leaves_an_anniversary_without_its_day_untagged() -> None:
    got = _values("The museum opened in 1990. The thirtieth anniversary of its opening was marked with a fair.", mode="news")
    assert not [k for k in got if "anniversary" in k]


def test_the_story_goes_on_from_an_anniversary_as_from_a_date() -> None:
    got = _values("The mill opened on 2 May 1850. On the tenth anniversary of its opening a new wheel was fitted. The next year it was sold.")
    assert got["the tenth anniversary of its opening"] == "1860-05-02" and got["The next year"] == "1861"


# a winter the story turned to from its December's year inside a flashback: "the next year" counts from that year, as it
# does outside one; not a winter told after a month of its January's year
@pytest.mark.parametrize("text, value", [
    ("On 3 June 1861 Clara opened her school. In 1852 she had taught in a village, but the following winter the school had "
     "closed, and the next year she had gone to Leeds.", "1853"),
    ("On 3 June 1861 Clara opened her school. In 1852 she had taught in a village, but that winter the school had closed, "
     "and the next year she had gone to Leeds.", "1853"),
    ("In 1852 she teaches in a village; the following winter the school closes, and the next year she goes to Leeds.", "1853"),
    # (negative) the winter of a February told: its January's year, 1853, and the next year after it
    ("On 3 June 1861 Clara opened her school. In February 1853 she had fallen ill; that winter the school had closed, and "
     "the next year she had gone to Leeds.", "1854"),
])
def test_the_next_year_after_a_flashback_winter(text: str, value: str) -> None:
    assert _values(text)["the next year"] == value


@pytest.mark.parametrize("text", [
    "The lift stopped on the 11th floor there.",
    "She made a birdie at the second hole and took the lead on the 15th there.",
])
def test_a_bare_ordinal_before_there_that_counts_no_day(text: str) -> None:
    assert not [k for k in _values(text) if "the 1" in k]
