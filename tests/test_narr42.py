"""Narrative mode, session 42 (helper narr): focused cases of each kind of error that fresh short histories (written and
valued by hand, as a history (TIMEX2) annotator would, before the tagger was run on them: bench/histories-s42narr)
showed. Own sentences."""

from __future__ import annotations

import pytest

from _timelines import story_values  # expression -> value, told on 1 Dec 2026 (narrative mode unless asked)


def test_weekdays_in_a_dated_letter() -> None:
    # a past clause's weekday is the one before the letter's day, a present one's the one after, in a later sentence of
    # the quotation too (were counted ahead along the story: 20 and 23 March)
    values = story_values('Ann Hale reached Scutari in 1854. In a letter dated 14 March 1855 she wrote: "On Monday we buried '
                          'the colonel. We sail for Malta on Friday." The ship left in April.')
    assert (values.get("Monday"), values.get("Friday")) == ("1855-03-12", "1855-03-16")


def test_since_a_weekday_in_a_diary() -> None:
    # "since Saturday" in a diary entry's second sentence: the Saturday before the entry's day (was 12 October)
    values = story_values('The party reached the pass in 1872. His diary for 9 October 1872 reads: "Rain. We have waited '
                          'here since Saturday."')
    assert values.get("Saturday") == "1872-10-05"


def test_letter_leaves_the_story_on_its_day() -> None:
    # the letter's weekdays do not move the story: "The next day" is the day after the letter (was after the Friday)
    values = story_values('In a letter dated 14 March 1855 she wrote: "We sail for Malta on Friday." The next day the '
                          'colonel fell ill.')
    assert values.get("The next day") == "1855-03-15"


def test_weekday_outside_a_quotation_unchanged() -> None:
    values = story_values("The fleet anchored off Malta on 14 March 1855. On Friday it sailed for Scutari.")
    assert values.get("Friday") == "1855-03-16"


@pytest.mark.parametrize(
    "text,expected",
    [
        # a decade written short in a history is the one with those digits nearest the story's year (was 197, 198)
        ("The foundry opened at Hebburn in 1846. By the '70s it cast anchors, and in the '80s it built engines.",
         {"the '70s": "187", "the '80s": "188"}),
        # ... of the next century when that is nearer
        ("The choir school opened in 1897. In the '20s its boys sang on the wireless.", {"the '20s": "192"}),
        # ... after "the 1980s and": that decade's century
        ("The port was founded in 1750. It grew fastest in the 1880s and '90s.", {"'90s": "189"}),
    ],
)
def test_short_decades_of_the_story(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_short_decade_without_a_year_and_in_news() -> None:
    # no year told: as read (the 1930s to the 2020s); news mode is not changed
    assert story_values("In the '70s the band toured Japan.").get("the '70s") == "197"
    assert story_values("The foundry opened in 1846. By the '70s it cast anchors.", mode="news").get("the '70s") == "197"


def test_bare_eve_of_a_planned_day() -> None:
    # "On the eve" with no "of": the day before the day told last (a plan's day, which does not move the story), where the
    # story goes: "the next morning" is the planned day (was missed, and the morning after the plan's day)
    values = story_values("Ross reached the coast in March 1809. The landing was fixed for 6 May. On the eve the wind "
                          "turned, and the boats went in the next morning.")
    assert (values.get("the eve"), values.get("the next morning")) == ("1809-05-05", "1809-05-06TMO")


def test_bare_eve_needs_a_day_near() -> None:
    # no day told in its sentence or the two before it: no eve of it
    values = story_values("The war began on 3 April 1809. The army marched south. It rained for a week. The men were "
                          "tired. On the eve the wind turned.")
    assert not str(values.get("the eve", "")).startswith("1809-04")


def test_the_morrow() -> None:
    # "On the morrow": the day after the story's day (was missed)
    values = story_values("The fort at Kell fell on 12 June 1690. On the morrow the prisoners were sent to Cork.")
    assert values.get("the morrow") == "1690-06-13"


def test_academic_sessions() -> None:
    # "the 1873-74 session": the year it ends in, as a season (was two years, 1873 and 74); "the following session": the
    # year after (was missed)
    values = story_values("Alan Reid entered King's College in the 1873-74 session, and the following session he won the "
                          "Greek prize.")
    assert (values.get("the 1873-74 session"), values.get("the following session")) == ("1874", "1875")


def test_session_of_years_apart_not_joined() -> None:
    values = story_values("The rule held through the 1873-76 session.")
    assert "the 1873-76 session" not in values


def test_same_day_of_the_event_named_again() -> None:
    # "the same day" after two days told: the day of the one whose words name the place its sentence names again (was the
    # day told last, 6 March)
    values = story_values("The council met at Arlon on 2 March 1790, and the estates assembled at Namur on 6 March. The "
                          "bishop left Arlon the same day with his clergy.")
    assert values.get("the same day") == "1790-03-02"


def test_same_day_opening_a_sentence_goes_on() -> None:
    # told first in its sentence, "The same day" goes on from the day told last
    values = story_values("The council met at Arlon on 2 March 1790, and the estates assembled at Namur on 6 March. The "
                          "same day the gates of Arlon were shut.")
    assert values.get("The same day") == "1790-03-06"


def test_weekday_of_reported_speech() -> None:
    # a weekday after a verb of speech and a day told in its sentence ("a letter of 12 May 1759", which does not move the
    # story): counted from that day by its clause's tense (was counted from the story's 2 March)
    values = story_values("The fleet reached Quebec on 2 March 1759. In a letter of 12 May 1759 the admiral said the "
                          "weather had turned and that the siege would begin on Thursday, the mortars having landed on Monday.")
    assert (values.get("Thursday"), values.get("Monday")) == ("1759-05-17", "1759-05-07")


def test_letter_dated_in_the_sentence_before() -> None:
    # the letter's day told in the sentence before, the verb of writing after the quotation, and a quotation going on in
    # the next sentence: both weekdays counted from that day (were counted ahead along the story: 8 and 13 July)
    values = story_values('The colonel\'s last letter from the town is dated Saturday 4 July 1863. "The mules were eaten on '
                          'Wednesday," he wrote. "The last horse was killed on Monday, and we have flour for a week."')
    assert (values.get("Wednesday"), values.get("Monday")) == ("1863-07-01", "1863-06-29")


def test_early_years_of_the_new_century() -> None:
    # "the early years of the new century" told in a story of 1893: the next century with START (was "the early years",
    # PXY, and "the new century" apart)
    values = story_values("The banks failed in 1893, and trade did not recover until the early years of the new century.")
    assert values.get("the early years of the new century") == "19"


def test_birthday_counted_from_the_birth() -> None:
    # "On his thirtieth birthday": the birth day told with "born", thirty years on (was missed, and "the autumn" after it
    # was counted from 1844)
    values = story_values("Otto Lenz was born at Ulm on 4 March 1822. He took a post at Augsburg in 1844. On his thirtieth "
                          "birthday he opened his own laboratory, and in the autumn he patented a dye.")
    assert (values.get("his thirtieth birthday"), values.get("the autumn")) == ("1852-03-04", "1852-FA")


def test_birthday_of_a_birth_year() -> None:
    # a birth told by its year only: the year of the birthday
    assert story_values("Ida Holm was born in 1870. On her 21st birthday she left for Paris.").get("her 21st birthday") == "1891"


def test_centenary_of_a_birth() -> None:
    # "the centenary of his birth": a hundred years after the birth told (was missed); on its day when the birth was told
    # with one, as TIMEX2 annotators date an anniversary (s46; s42 kept the year), "of his birth" in the extent
    values = story_values("Otto Lenz was born at Ulm on 4 March 1822. He died in 1901, and the centenary of his birth was "
                          "marked by a new museum wing.")
    assert values.get("the centenary of his birth") == "1922-03-04"
    values = story_values("Otto Lenz was born at Ulm in 1822. He died in 1901, and the centenary of his birth was "
                          "marked by a new museum wing.")
    assert values.get("the centenary of his birth") == "1922"


@pytest.mark.parametrize(
    "text,expected",
    [
        # a year written with two digits after an apostrophe in a history: the one nearest the year written last before it
        # (was 1998, and "two years later" 2000)
        ("The society was founded at Belfast in 1791. After the rising of '98 it was broken up, and two years later the "
         "Act of Union passed.", {"'98": "1798", "two years later": "1800"}),
        ("The war began in 1939. In June '44 the allies landed.", {"June '44": "1944-06"}),
        # no full year before it: as read
        ("In '05 the mill was sold.", {"'05": "2005"}),
    ],
)
def test_short_years_of_the_story(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_weekday_before_as_an_adverb() -> None:
    # "The Sunday before," (no object after "before"): the Sunday before the story's day, one expression, as "the previous
    # Sunday" (was "Sunday" counted ahead: 27 May)
    values = story_values("The rising broke out on Wednesday 23 May 1798. The Sunday before, the leaders had met at a farm.")
    assert values.get("The Sunday before") == "1798-05-20"


def test_weekday_before_an_event_left_alone() -> None:
    # with an object after "before" it is no adverb: the weekday alone, as before
    values = story_values("The rising broke out on Wednesday 23 May 1798. On the Sunday before the rising the leaders met.")
    assert "The Sunday before" not in values and "the Sunday before" not in values
