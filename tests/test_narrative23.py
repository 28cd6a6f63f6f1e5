"""Narrative mode, session 23: focused cases of each kind of error that five new short histories (written, and valued by
hand as a history (TIMEX2) annotator would, before the tagger was run on them) showed."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, mode: str = "narrative") -> dict[str, str]:
    return {t.text: t.value for t in tag(text, "2026-12-01", mode=mode).timexes}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a part of a calendar period named after "of" is that period (with a mod), not a length beside a month
        ("The rebels held the town until the last days of May 1920.", {"the last days of May 1920": "1920-05"}),
        ("The duke spent the first weeks of 1643 raising money.", {"the first weeks of 1643": "1643"}),
        ("The strike began in 1911. In the closing months of 1913 the mills reopened.", {"the closing months of 1913": "1913"}),
        ("The old king fell ill in the final years of the 1680s.", {"the final years of the 1680s": "168"}),
        ("The farmers sowed in 1921. In the early weeks of the summer it rained.", {"the early weeks of the summer": "1921-SU"}),
        # seen from the end of the year, a later bare month is of the next year, as after "late 1948"
        ("The war began in 1946. In the last months of 1948 the army was rebuilt, and by early March it was ready.",
         {"the last months of 1948": "1948", "early March": "1949-03"}),
        ("The city was founded in 1400. The plague came in 1410, and in the dying days of July the gates were shut.",
         {"the dying days of July": "1410-07"}),
        # an event after "of" is no calendar period: a length still
        ("The war began in 1939. The last days of the war were quiet.", {"The last days": "PXD"}),
        ("The rains began in 1760. In the first months of the summer the roads flooded.", {"the first months of the summer": "1760-SU"}),
    ],
)
def test_a_part_of_a_calendar_period(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_a_part_of_a_calendar_period_has_its_mod() -> None:
    timexes = {t.text: t for t in tag("The town fell in the first weeks of 1643 and was lost in the last days of May 1650.", "2026-12-01",
                                      mode="narrative").timexes}
    assert (timexes["the first weeks of 1643"].mod, timexes["the last days of May 1650"].mod) == ("START", "END")


def test_a_unit_no_shorter_than_the_period_is_no_part_of_it() -> None:
    values = _values("The siege began in 1760. The last months of March were hungry.")
    assert "The last months of March" not in values and values.get("March") == "1760-03"


def test_a_part_of_a_day_stays_apart() -> None:
    # "the first hours of 5 June": the unit list holds no hours and a day has no part of days
    values = _values("The fleet sailed on 4 June 1944. The first days of 5 June were calm.")
    assert "The first days of 5 June" not in values


@pytest.mark.parametrize(
    "text,expected",
    [
        # an offset with an open hedge is a time the story reaches, dated by the amount written, not a length with no end
        ("The rebels took the fort on 3 August 1881, and the war was declared over a week later.", {"over a week later": "1881-W32"}),
        ("The siege began on 3 May 1790. The town fell more than two months later.", {"more than two months later": "1790-07"}),
        ("The college opened in 1610. More than ten years later its library burned.", {"More than ten years later": "1620"}),
        ("The duke died on 9 June 1402. Over a month earlier his son had fled.", {"Over a month earlier": "1402-05"}),
        # a closed hedge was already so, and a length with an open hedge stays a length
        ("The siege began on 3 May 1790. The town fell less than a week later.", {"less than a week later": "1790-W19"}),
        ("The siege began on 3 May 1790 and lasted more than two months.", {"more than two months": "P2M"}),
    ],
)
def test_an_offset_with_an_open_hedge_is_a_date(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_news_keeps_an_open_hedged_offset_as_it_was() -> None:
    t = {t.text: t for t in tag("The plant closed on 3 March. It reopened more than a week later.", "2026-12-01", mode="news").timexes}
    assert (t["more than a week"].value, t["more than a week"].latest) == ("P1W", None)


def test_a_closed_hedge_keeps_its_own_bounds() -> None:
    # "less than a week later" may be the next day: its earliest is the day told, not most of a week on
    t = {t.text: t for t in tag("The siege began on 3 May 1790. The town fell less than a week later.", "2026-12-01", mode="narrative").timexes}
    assert str(t["less than a week later"].earliest)[:10] == "1790-05-03"


@pytest.mark.parametrize(
    "text,expected",
    [
        # the writer's own "today" in a history is the present (TIMEX2: PRESENT_REF), not the story's day
        ("The castle fell on 5 April 1243 after a siege of nine days. Today its ruins are a national monument.", {"Today": "PRESENT_REF"}),
        ("The fort was built in 1520, and it still stands today.", {"today": "PRESENT_REF"}),
        ("The bishop was buried on 2 March 1187 at Vell, in what is today the province of Arn.", {"today": "PRESENT_REF"}),
        # a part of the day or another day is the story's still, and a quoted "today" keeps its unknown day
        ("The army reached the river on 5 May 1243. Tonight, the scouts reported, the ford was guarded.", {"Tonight": "1243-05-05TNI"}),
        ("The army reached the river on 5 May 1243, and that day it camped.", {"that day": "1243-05-05"}),
        ("The army reached the river on 5 May 1243. \"We cross today,\" the duke told his captains.", {"today": "XXXX-XX-XX"}),
    ],
)
def test_the_writers_today_in_a_history(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_the_writers_today_is_the_reference_day() -> None:
    t = [t for t in tag("The fort was finished on 3 June 1520. Today it is a museum.", "2026-12-01", mode="narrative").timexes if t.text == "Today"][0]
    assert (str(t.earliest)[:10], str(t.latest)[:10]) == ("2026-12-01", "2026-12-02")


def test_news_keeps_today_as_the_publication_day() -> None:
    assert _values("The museum opened today.", mode="news").get("today") == "2026-12-01"


@pytest.mark.parametrize(
    "text,expected",
    [
        # a millennium by its name: the one that began with 2000, and a decade of it
        ("The site was dug in 1962 and again in the new millennium.", {"the new millennium": "2"}),
        ("She joined the board in 1988 and retired in the first decade of the new millennium.",
         {"the first decade of the new millennium": "200"}),
        # a name written with capitals is something else's
        ("The New Millennium Bridge was opened by the mayor in 2001.", {"The New Millennium": None}),
    ],
)
def test_the_new_millennium(text: str, expected: dict[str, str | None]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the century (decade) the story is in, where the unit ends the phrase
        ("The siege was lifted in 1687. It was the turning point of the century.", {"the century": "16"}),
        ("The 1640s were hard for the valley: the harvest of 1644 was the worst of the decade, and prices doubled.", {"the decade": "164"}),
        # "of the century before" is another century: left
        ("The siege was lifted in 1687, a copy of the great siege of the century before.", {"the century": None}),
    ],
)
def test_the_century_of_the_story(text: str, expected: dict[str, str | None]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_news_leaves_the_century_alone() -> None:
    assert "the century" not in _values("It was the storm of the century.", mode="news")


@pytest.mark.parametrize(
    "text,expected",
    [
        # a range of early years after "between" inside a sentence, with a year near it in text and time
        ("The tribes took the coastal provinces between 429 and 439. In 428 their king had reached the strait.",
         {"429": "0429", "439": "0439"}),
        # an early year after a month, before a hedge of a count
        ("In 428 the king reached the coast. In May 429 about 80,000 people crossed the strait.", {"May 429": "0429-05"}),
        ("In 532 the city rose. In June 533 some 15,000 soldiers sailed west.", {"June 533": "0533-06"}),
    ],
)
def test_early_years_inside_a_sentence(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_a_range_after_from_inside_a_sentence_stays_a_count() -> None:
    values = _values("In 428 the king reached the coast, and his army grew from 300 to 400.")
    assert "300" not in values and "400" not in values


def test_a_range_after_between_with_no_year_near_in_time_stays_a_count() -> None:
    values = _values("The war began in 1520. The garrison numbered between 300 and 400.")
    assert "300" not in values and "400" not in values


@pytest.mark.parametrize("mode", ["narrative", "news"])
def test_every_day_of_a_month_keeps_its_day(mode: str) -> None:
    values = _values("The battle is remembered every 4 June, and the fair is held each 14 July. Every June the town fills.", mode=mode)
    assert (values.get("every 4 June"), values.get("each 14 July"), values.get("Every June")) == ("XXXX-06-04", "XXXX-07-14", "XXXX-06")


def test_a_number_word_before_a_month_is_no_day() -> None:
    assert _values("The fair came every two June mornings.").get("every two June") == "XXXX-06"


@pytest.mark.parametrize(
    "text,expected",
    [
        # an anniversary after a year with no day: the day of that year the years count from
        ("The colonel landed on 19 April 1863. He was reburied in 1913, on the fiftieth anniversary of his landing.",
         {"the fiftieth anniversary": "1913-04-19"}),
        ("The bridge opened on 2 May 1910. In 1935, on the 25th anniversary of its opening, it was painted.", {"the 25th anniversary": "1935-05-02"}),
        # no day told that many years before: left untagged (as s20 left an anniversary with no day told)
        ("The town was founded in 1850. In 1900, on the fiftieth anniversary of its founding, a fair was held.",
         {"the fiftieth anniversary": None}),
        ("The colonel landed on 19 April 1863. In 1913 the sixth anniversary of the club was marked.", {"the sixth anniversary": None}),
    ],
)
def test_an_anniversary_in_a_year(text: str, expected: dict[str, str | None]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_an_anniversary_after_a_month_is_no_year_anniversary() -> None:
    values = _values("The colonel landed on 19 April 1863. In May 1913 the fiftieth anniversary of his landing was marked.")
    assert "the fiftieth anniversary" not in values


def test_an_anniversary_of_a_leap_day_in_a_common_year_is_the_year() -> None:
    values = _values("The school opened on 29 February 1896. In 1946, on the fiftieth anniversary of its opening, it closed.")
    assert values.get("the fiftieth anniversary") == "1946"


@pytest.mark.parametrize(
    "text,expected",
    [
        # a date in the offset's own clause wins over an event told earlier that the offset names
        ("The war began in 1946. The offensive began in the spring of 1949. On the morning of 8 April the last defenders "
         "surrendered, twenty-three days after the offensive began. The ceasefire came at noon.",
         {"twenty-three days": "1949-04-08", "noon": "1949-04-08T12:00"}),
        # (consistent with the event's own day, as here, either reading gives the date)
        ("The siege began on 3 June 1702. The town burned on 20 June. On 1 July the garrison marched out, four weeks after "
         "the siege began.", {"four weeks": "1702-W26"}),
    ],
)
def test_a_date_in_the_clause_wins_over_an_event_offset(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a BC date with its month restated by a year offset after it: that year; by a month offset: that month
        ("The last battle was fought in 51 BC. The general was murdered in March 44 BC, seven years after the last battle.",
         {"seven years after the last battle": "BC0044"}),
        ("The vote was held in 44 BC. The general was murdered in March 44 BC, two months after the vote.",
         {"two months after the vote": "BC0044-03"}),
        # an anniversary after a possessive
        ("The war began on 5 June 1967. On its fiftieth anniversary, 5 June 2017, crowds marched.", {"its fiftieth anniversary": "2017-06-05"}),
        # a week offset from a day (or its evening) points to a day, which "the next morning" and "that night" count from
        ("The battle was fought on 2 July 1644 and began in the evening. The town surrendered a fortnight later. The earl fled "
         "the next morning.", {"the next morning": "1644-07-17TMO"}),
        ("The battle was fought on 2 July 1644 and began in the evening. The town surrendered a week later. That night the earl "
         "fled.", {"That night": "1644-07-09TNI"}),
    ],
)
def test_third_batch_kinds(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected



@pytest.mark.parametrize(
    "text,expected",
    [
        # a day counted from a BC day told with its date is that date, on the calendar (Julian leap years: 45 BC one)
        ("The relief army attacked on 30 September 52 BC; on the following day the chief surrendered.", {"the following day": "BC0052-10-01"}),
        ("The fleet sailed on 31 December 49 BC. The next day it landed.", {"The next day": "BC0048-01-01"}),
        ("The fleet sailed on 28 February 45 BC. The next day it landed.", {"The next day": "BC0045-02-29"}),
        ("The fleet sailed on 28 February 46 BC. The next day it landed.", {"The next day": "BC0046-03-01"}),
        ("The fleet sailed on 3 March 45 BC. That same day it landed.", {"That same day": "BC0045-03-03"}),
        # the story moves to that day: a second "the next day" counts from it
        ("The fleet sailed on 30 September 52 BC. The next day it landed, and the next day it marched.", {"the next day": "BC0052-10-02"}),
        # a BC month told without its day leaves the day unknown
        ("The fleet sailed in September 52 BC. The next day it landed.", {"The next day": "BC0052-09-XX"}),
        ("The fleet sailed on 30 September 52 BC. The following month it sailed again. The next day it landed.", {"The next day": "BC0052-10-XX"}),
    ],
)
def test_a_day_counted_from_a_bc_day(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_a_year_of_a_reign_paragraphs_after_the_accession() -> None:
    text = ("King Pherax came to the throne of Oresta in 209 BC. He was young. His uncle ruled for him. The nobles obeyed.\n\n"
            "In the spring of 203 BC he crossed the river. The league withdrew. That winter he rested. The following spring the "
            "league attacked. The battle lasted two days. Two years later the league lost again.\n\nThe king died in the "
            "thirteenth year of his reign.")
    assert _values(text).get("the thirteenth year of his reign") == "BC0197"


@pytest.mark.parametrize(
    "text,expected",
    [
        # a range of early years alone in parentheses, with a year near it in text and time
        ("The War of the Holy League (1570–1573) was fought at sea. In 1571 the fleets met.", {"1570": "1570", "1573": "1573"}),
        ("King Oswin (871–899) ruled the west. In 880 he won a battle.", {"871": "0871", "899": "0899"}),
    ],
)
def test_a_range_of_early_years_in_parentheses(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_a_range_in_parentheses_that_does_not_close_there_stays_a_count() -> None:
    values = _values("The town (1560-1580 people) grew. In 1571 it burned.")
    assert "1560" not in values and "1580" not in values
