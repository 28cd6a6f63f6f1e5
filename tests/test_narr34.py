"""Narrative mode, session 34 (helper narr): focused cases of each kind of error that fresh short histories (written and
valued by hand, as a history (TIMEX2) annotator would, before the tagger was run on them) showed."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, mode: str = "narrative") -> dict[str, str]:
    return {t.text: t.value for t in tag(text, "2026-12-01", mode=mode).timexes}


def _check(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a named month with "following"/"previous" in a story told in years BC counts from the story's month (was the
        # publication's year: 2027-08), and a later bare month follows it
        ("He crossed to Greece in January 48 BC, and the following August he beat Pompey. In October he sailed for Egypt.",
         {"the following August": "BC0048-08", "October": "BC0048-10"}),
        # (not later in the story's year: the next one, one fewer before the era)
        ("The fleet sailed in September 48 BC. The following August it came home.", {"The following August": "BC0047-08"}),
        ("The fleet sailed in September 48 BC. The previous August it had been refitted.", {"The previous August": "BC0048-08"}),
        # (after a year alone: the year after, as in the common era)
        ("The fleet sailed in 212 BC. The following May it came home.", {"The following May": "BC0211-05"}),
        # a week counted from the story's BC time is a week of its year (was the publication's week)
        ("Caesar crossed the river on 10 January 49 BC. Pompey left Rome that same week.", {"that same week": "BC0049-WXX"}),
    ],
)
def test_bc_story_named_month_and_week(text: str, expected: dict[str, str]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a part of a day in a story told in days BC is of the story's day, or of a day counted from it, when the story told
        # it (was BC0480-08-XXTNI, the day unknown), and "The next morning" moves the story on to its day
        ("The city fell on 3 August 480 BC. That night the Persians burned the temples. The next morning they marched on. "
         "The next day they rested.",
         {"That night": "BC0480-08-03TNI", "The next morning": "BC0480-08-04TMO", "The next day": "BC0480-08-05"}),
        # (across the turn of a year BC: one fewer)
        ("The town fell on 31 December 45 BC. The next morning the legion marched on.", {"The next morning": "BC0044-01-01TMO"}),
        # (with the month told and no day, the day stays unknown)
        ("The city fell in August 480 BC. That night the Persians burned the temples.", {"That night": "BC0480-08-XXTNI"}),
    ],
)
def test_bc_story_part_of_a_told_day(text: str, expected: dict[str, str]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        # "spent the next year" is a length, as "spent the next four years" and "for the next year" are (was the year after
        # the story's, 1874)
        ("Clara qualified in 1873 and spent the next year in Vienna.", {"the next year": "P1Y"}),
        ("Clara qualified in 1873 and spent the following year in Vienna.", {"the following year": "P1Y"}),
        # (the year itself, not after "spent")
        ("Clara qualified in 1873. The next year she opened a clinic in Vienna.", {"The next year": "1874"}),
    ],
)
def test_spent_the_next_unit_is_a_length(text: str, expected: dict[str, str]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a movable feast before the Gregorian reform is reckoned on the Julian calendar the history dates by (Easter 1158:
        # 20 April, was the Gregorian reckoning's 30 March), and a week counted from it is its week
        ("The pope heard the case in the autumn of 1157. The following Easter Hugo's men seized the abbey. Aelric "
         "excommunicated them that same week.", {"The following Easter": "1158-04-20", "that same week": "1158-W16"}),
        ("The rebels rose at Whitsun 1381.", {"Whitsun 1381": "1381-06-02"}),
        # (after the reform, the Gregorian Easter)
        ("The treaty was signed at Easter 1610.", {"Easter 1610": "1610-04-11"}),
    ],
)
def test_julian_easter_before_the_reform(text: str, expected: dict[str, str]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        # "that (same) winter" right after a winter was named (in its sentence or the one before), a look-back too, is that
        # winter (was the winter after the story's summer, 1691-WI)
        ("The duke marched into Savoy in the summer of 1690. The previous winter he had raised six new regiments. That same "
         "winter a fever had killed his son.", {"The previous winter": "1690-WI", "That same winter": "1690-WI"}),
        ("The duke marched into Savoy in the summer of 1690. In the winter of 1690 he had raised six new regiments, and that "
         "winter a fever had killed his son.", {"that winter": "1690-WI"}),
        # (no winter just named: the one after the story's time, as before)
        ("The army wintered at Turin in the winter of 1690. In May it marched north. That winter it rested at Pavia.",
         {"That winter": "1691-WI"}),
        ("The army reached Turin in the autumn of 1690. That winter it rested. The following winter it fought.",
         {"That winter": "1691-WI", "The following winter": "1692-WI"}),
    ],
)
def test_that_season_after_the_same_season_named(text: str, expected: dict[str, str]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        # in a story told in years BC, "that summer" after its spring moves the story into it, as in the common era: "The
        # following summer" is the next year's (was the same summer, BC0431-SU)
        ("The war began in the spring of 431 BC. That summer the Spartans invaded Attica. The following summer a plague "
         "broke out in Athens.", {"That summer": "BC0431-SU", "The following summer": "BC0430-SU"}),
        # ("that winter" after a year: the story goes on into it, its March the next year's)
        ("The war began in 431 BC. That winter the Spartans rested at home. In March they marched north.",
         {"That winter": "BC0430-WI", "March": "BC0430-03"}),
        # (an earlier season looks back and leaves the story where it was)
        ("The war began in the autumn of 431 BC. That spring had been wet. The following summer a plague broke out.",
         {"That spring": "BC0431-SP", "The following summer": "BC0430-SU"}),
    ],
)
def test_bc_that_season_moves_on(text: str, expected: dict[str, str]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a month, day or feast written without its year right before "the following year" ("that year", "the previous
        # year") lies in that year, counted from the story's time before the date (was March of the story's year, 1289-03;
        # "2 February" 1290 but then "the following year" 1291)
        ("He died on 14 July 1289. In March the following year his son was crowned. In June he married.",
         {"March": "1290-03", "the following year": "1290", "June": "1290-06"}),
        ("He died on 14 July 1289. His son was crowned on 2 February the following year. Two days later he married.",
         {"2 February": "1290-02-02", "the following year": "1290", "Two days later": "1290-02-04"}),
        ("He died on 14 July 1289. In March the previous year he had fallen ill.", {"March": "1288-03", "the previous year": "1288"}),
        # (a year between: no more one date)
        ("He died on 14 July 1289. In September he was buried at Lenton, and the following year his son was crowned.",
         {"September": "1289-09", "the following year": "1290"}),
    ],
)
def test_date_right_before_the_following_year(text: str, expected: dict[str, str]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a reign's year that holds the story's day restates it and leaves the story on the day (was the year: 1289-WXX;
        # BC: the day lost, "two days later" unknown)
        ("He died on 14 July 1289, in the twenty-third year of his reign, and was buried a week later.",
         {"a week later": "1289-W29"}),
        ("Ashur became king in 681 BC. He died on 3 May 669 BC, in the thirteenth year of his reign, and was buried two days "
         "later.", {"two days later": "BC0669-05-05"}),
        # (a reign's year after a day of another year moves the story to it, as before)
        ("Oswin succeeded on 3 May 1267. In the fourth year of his reign the Welsh rose. Two years later he died.",
         {"the fourth year of his reign": "1270", "Two years later": "1272"}),
    ],
)
def test_reign_year_restating_the_day(text: str, expected: dict[str, str]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a day counted after the story moved from its day to another year or season (no day told since) is some day of
        # that year, not the day after the old day (was 1842-10-10, as it already was after a month: 1853-03-XX)
        ("She arrived on 9 October 1842. In 1853 her book was published. The next day she fell ill.",
         {"The next day": "1853-XX-XX"}),
        ("She arrived on 9 October 1842. In the autumn of 1853 her book was published. The next day she fell ill.",
         {"The next day": "1853-XX-XX"}),
        # (a year or season that holds the day does not move the story: the day after it)
        ("She arrived on 9 October 1842. In 1842 she was thirty. The next day she fell ill.", {"The next day": "1842-10-10"}),
        ("She arrived on 9 October 1842. That autumn her book was published. The next day she fell ill.",
         {"The next day": "1842-10-10"}),
    ],
)
def test_next_day_after_the_story_left_its_day(text: str, expected: dict[str, str]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        # feasts and quarter days a history dates by (were untagged: "three days later" was 1524-XX-XX)
        ("The lords reached Halder in the last days of September 1524. On Michaelmas the two armies met at Wenning, and Metz "
         "was taken three days later. He was executed on All Saints' Day.",
         {"Michaelmas": "1524-09-29", "three days later": "1524-10-02", "All Saints' Day": "1524-11-01"}),
        ("The lease began on Lady Day 1851. The first rent was paid at Lammas.", {"Lady Day 1851": "1851-03-25", "Lammas": "1851-08-01"}),
        # (not the common words: "an epiphany", "a lady")
        ("She had an epiphany in 1850, and a lady day-trip followed.", {"epiphany": None, "lady day": None}),
    ],
)
def test_feast_days(text: str, expected: dict[str, str]) -> None:
    _check(text, expected)
