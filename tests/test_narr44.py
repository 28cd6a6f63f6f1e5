"""Session 44 (helper narr): narrative-mode values of the story's current time, on sentences written for these tests."""

from __future__ import annotations

import pytest

import timeline

DCT = "2026-12-05"


def _values(text: str, mode: str = "narrative") -> dict[str, str]:
    return {t.text: t.value for t in timeline.tag(text, reference_time=DCT, mode=mode).timexes}


# "a fortnight before Christmas": one date, the holiday's, counted back (on); past, present and future tense
@pytest.mark.parametrize("text, extent, value", [
    ("The column left the fort on 2 December 1879 and reached the river a fortnight before Christmas.", "a fortnight before Christmas", "1879-12-11"),
    ("The garrison surrendered in 1799. Three days after Easter the troops marched out.", "Three days after Easter", "1799-03-27"),
    ("It is November 1850, and the pass is open; the snow closes it a week before Christmas.", "a week before Christmas", "1850-12-18"),
    ("The new line opens in 2031, and the first train will run two days after Christmas.", "two days after Christmas", "2031-12-27"),
])
def test_a_count_of_days_before_a_holiday_is_one_date(text: str, extent: str, value: str) -> None:
    assert _values(text).get(extent) == value


def test_the_day_after_a_count_before_a_holiday_counts_from_it() -> None:
    got = _values("The column left on 2 December 1879. It reached the river a fortnight before Christmas and crossed it the next day.")
    assert got["the next day"] == "1879-12-12"


@pytest.mark.parametrize("text, length", [
    ("The mission was founded in 1850. The monks stayed for two weeks after Christmas in the hills.", "two weeks"),
    ("In 1850 they spent a week before Christmas in Paris.", "a week"),
])
def test_a_length_before_a_holiday_stays_a_length(text: str, length: str) -> None:
    got = _values(text)
    assert got.get(length, "").startswith("P") and "Christmas" in got


def test_news_keeps_a_count_and_a_holiday_apart() -> None:
    got = _values("The shop reopened a fortnight before Christmas.", mode="news")
    assert "a fortnight before Christmas" not in got and "Christmas" in got


# "for the following decade": a length in a history, as "for the next decade"
@pytest.mark.parametrize("text, extent, value", [
    ("The hall burned down in 1795, and the company met in an inn for the following decade.", "the following decade", "P1DE"),
    ("The abbey was sacked in 1348 and lay empty throughout the following century.", "the following century", "P1CE"),
])
def test_for_the_following_decade_is_a_length(text: str, extent: str, value: str) -> None:
    assert _values(text)[extent] == value


@pytest.mark.parametrize("text, extent, value", [
    ("In 1890 the council drew up plans for the following decade.", "the following decade", "190"),
    ("The war ended in 1710. The king planned a campaign for the following year.", "the following year", "1711"),
    ("In 1893 a flood carried away two spans, and the bridge was not rebuilt until the following decade.", "the following decade", "190"),
])
def test_a_following_unit_as_a_date_stays_a_date(text: str, extent: str, value: str) -> None:
    assert _values(text)[extent] == value


# a bare season in a past-perfect clause after a look-back of its sentence: the look-back's season
@pytest.mark.parametrize("text, extent, value", [
    ("The French crossed the river on 6 September 1795. In June 1794 a crossing had failed, and in the autumn the river had "
     "been too high.", "the autumn", "1794-FA"),
    ("The whaler sailed on 20 February 1852. In 1846 her master had lost a ship in the ice and had spent the winter with "
     "the Inuit, until a ship carried him home the next summer.", "the winter", "1847-WI"),
    ("The whaler sailed on 20 February 1852. In 1846 her master had lost a ship in the ice and had spent the winter with "
     "the Inuit, until a ship carried him home the next summer.", "the next summer", "1847-SU"),
])
def test_a_season_in_a_flashback_is_the_flashbacks(text: str, extent: str, value: str) -> None:
    assert _values(text)[extent] == value


@pytest.mark.parametrize("text, extent, value", [
    # the simple past: the story goes on in its own year
    ("The French crossed the river in September 1795. In June 1794 a crossing had failed. In the autumn the army "
     "crossed again.", "the autumn", "1795-FA"),
    # a past perfect with no look-back told in its sentence: the story's season
    ("The French crossed the river in September 1795. By the autumn the army had taken the town.", "the autumn", "1795-FA"),
])
def test_a_season_outside_a_flashback_is_the_storys(text: str, extent: str, value: str) -> None:
    assert _values(text)[extent] == value


# "the night" after a morning: that day's night; after the small hours, the night they belong to
@pytest.mark.parametrize("text, value", [
    ("The explosion happened on the morning of 3 December 1887. Rescuers worked through the night.", "1887-12-03TNI"),
    ("The river burst its banks at 2 a.m. on 3 December 1887. During the night the water rose.", "1887-12-02TNI"),
    ("The raid began in the early hours of 3 December 1887. During the night the water rose.", "1887-12-02TNI"),
])
def test_the_night_after_a_part_of_the_day(text: str, value: str) -> None:
    assert _values(text)["the night"] == value


def test_the_following_evening_after_the_night_of_a_morning() -> None:
    got = _values("The explosion happened on the morning of 3 December 1887. Rescuers worked through the night, and by the "
                  "following evening thirty-one had been brought out alive.")
    assert got["the following evening"] == "1887-12-04TEV"


# a year of a term of office, as of a reign
@pytest.mark.parametrize("text, extent, value", [
    ("Henry Dale was elected mayor of Wexbury in 1891. In the second year of his term the town bought the gasworks.",
     "the second year of his term", "1892"),
    ("She was elected governor in 1932, and in the third year of her term the dam will be finished, she said.",
     "the third year of her term", "1934"),
])
def test_a_year_of_a_term_counts_from_the_election(text: str, extent: str, value: str) -> None:
    assert _values(text)[extent] == value


def test_a_term_without_a_possessive_is_no_year_of_office() -> None:
    got = _values("The school opened in 1891. In the second year the pupils wrote a play for the end of term.")
    assert "the second year of his term" not in got


# short years: read in resolve (moved from recognition), the same values
@pytest.mark.parametrize("text, extent, value", [
    ("The society was founded in 1791. After the rising of '98 it was broken up.", "'98", "1798"),
    ("The war began in 1939. In June '44 the allies landed.", "June '44", "1944-06"),
])
def test_short_years_near_the_story(text: str, extent: str, value: str) -> None:
    assert _values(text)[extent] == value


def test_short_years_in_news_stay_as_read() -> None:
    assert _values("The society was founded in 1791. After the rising of '98 it was broken up.", mode="news")["'98"] == "1998"
