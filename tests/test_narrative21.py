"""Narrative mode, session 21: six short histories written for these tests (a naturalist's life, a king's reign in the
15th century BC, a trading company of the 17th century, a crisis told day by day, a frontier city of the 6th century,
a newspaper's history), each expression's value worked out by hand as a history (TIMEX2) annotator would write it before
the tagger was run; then focused cases of each kind of error the histories showed, fixed in code and lexicon."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, mode: str = "narrative") -> dict[str, str]:
    return {t.text: t.value for t in tag(text, "2026-12-01", mode=mode).timexes}


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # "that December" after a day of April: the story's year, not the nearer December of the year before
        ("The guild was chartered on 1 April 1602. Its first caravan left that December.", "December", "1602-12"),
        ("The mill was sold in May 1771; the new owner pulled it down that November.", "November", "1771-11"),
        # ... and what counts from it follows
        ("The guild was chartered on 1 April 1602. Its first caravan left that December and came back five months later.",
         "five months later", "1603-05"),
        # without "that" the month is picked as before: here a past perfect looks back to the December before
        ("The guild was chartered on 1 April 1602. Its rivals had tried to stop it in December.", "December", "1601-12"),
    ],
)
def test_that_month_is_of_the_storys_year(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value



@pytest.mark.parametrize(
    "text,expected",
    [
        # a weekday (with its part of the day) right before the date it names is one expression, the date's
        ("In the autumn of 1962 the island's harbour was fortified. Pictures taken on the morning of Sunday, 14 October showed guns.",
         {"the morning of Sunday, 14 October": "1962-10-14TMO"}),
        ("The council met in the spring of 1848. On the evening of Tuesday 4 April it dissolved itself.",
         {"the evening of Tuesday 4 April": "1848-04-04TEV"}),
        # a bare weekday with no day told yet names some week's day, and the story stays in its year
        ("In the autumn of 1962 the island's harbour was fortified. On Sunday pictures showed guns. On 20 October the navy sailed.",
         {"Sunday": "XXXX-WXX-7", "20 October": "1962-10-20"}),
        # after a day told, a bare weekday is the next one (a history moves forward in the past tense) ...
        ("On 3 March 1958 the museum hired her. On Sunday she started work.", {"Sunday": "1958-03-09"}),
        ("The minister was told on Monday, 15 October 1962. On Friday the cabinet agreed to a blockade.", {"Friday": "1962-10-19"}),
        # ... unless a past perfect looks back from it
        ("On 3 March 1958 the museum hired her. On Sunday she had signed the letter.", {"Sunday": "1958-03-02"}),
    ],
)
def test_a_weekday_in_a_history(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_news_keeps_a_weekday_apart_from_the_date_after_it() -> None:
    texts = [t.text for t in tag("On the morning of Sunday, 14 October pictures showed guns.", "2026-12-01", mode="news").timexes]
    assert texts == ["the morning of Sunday", "14 October"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Her father taught her Latin, and at eleven years old she was copying maps.", {"eleven years old": "P11Y"}),
        ("His first book came out in 1852, when he was thirty-one years old.", {"1852": "1852", "thirty-one years old": "P31Y"}),
        # (not an adjective or the end of a range: the negative corpus keeps those untagged in both modes)
        ("The regiment took a 15-year-old drummer to the front in 1914.", {"15-year-old": None, "1914": "1914"}),
        ("Boys aged 12 to 14 years old were sent home in 1915.", {"14 years old": None, "1915": "1915"}),
        ("The prince was six months old when his father died in 1406.", {"six months old": "P6M"}),
    ],
)
def test_an_age_is_a_length_in_a_history(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_news_leaves_ages_untagged() -> None:
    assert _values("The colt was eleven years old when it won in 2019.", mode="news") == {"2019": "2019"}


@pytest.mark.parametrize(
    "text,expected",
    [
        # decades and centuries in their own units, as histories (TIMEX2) write them
        ("The Persians took the town in 573 and held it for almost two decades.", {"almost two decades": "P2DE"}),
        ("For three centuries the bridge stood unrepaired.", {"three centuries": "P3CE"}),
        # an amount written with a decimal point, as written
        ("The average age of the recruits was 19.5 years old.", {"19.5 years old": "P19.5Y"}),
        ("The siege lasted 1.5 years.", {"1.5 years": "P1.5Y"}),
        # ... an amount in words stays in calendar units, and whole years stay years
        ("The siege lasted a year and a half.", {"a year and a half": "P1Y6M"}),
        ("The siege lasted twenty years.", {"twenty years": "P20Y"}),
        ("The truce held for half a century.", {"half a century": "P50Y"}),
    ],
)
def test_a_length_is_written_in_timex2_units_in_a_history(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_news_writes_decades_in_years() -> None:
    assert _values("The firm was run by the family for almost two decades.", mode="news") == {"almost two decades": "P20Y"}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a life's date in a clause that opens the sentence with a time word is the story's time
        ("The painter was born on 2 May 1790. When his mother died in 1802 the family moved to the port. Three years later he went to sea.",
         {"Three years later": "1805"}),
        ("The painter was born on 2 May 1790. After his mother died in 1802, the family moved to the port. In March he went to school.",
         {"March": "1802-03"}),
        # ... a life's date in passing still leaves the story where it was
        ("The painter was born on 2 May 1790. His uncle, a sailor, later died in 1802 at sea. Three years later he went to school.",
         {"Three years later": "1793"}),
        # ... also when the clause that opened with a time word was closed before it
        ("The painter was born on 2 May 1790. When he was a boy, his uncle died at sea in 1802. Three years later he went to school.",
         {"Three years later": "1793"}),
    ],
)
def test_a_life_date_in_an_opening_time_clause_moves_the_story(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "the following month" in a story told in years BC: the month after the story's, one year fewer past December
        ("In April 1471 BC the army reached the falls, and a stone set up there the following month records it.",
         {"the following month": "BC1471-05"}),
        ("In December 480 BC the fleet sailed. The following month it reached the island.", {"The following month": "BC0479-01"}),
        ("In March 480 BC the fleet sailed. The previous month it had been fitted out.", {"The previous month": "BC0480-02"}),
        # ... with no month told, some month of the story's year
        ("In 480 BC the fleet sailed. The following month it reached the island.", {"The following month": "BC0480-XX"}),
    ],
)
def test_a_month_counted_from_a_story_in_years_bc(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an offset set off by a comma at the end of the clause a date opens restates that date (from a time not told)
        ("In 1450 BC the king held his jubilee, thirty years after his accession.", {"thirty years after his accession": "BC1450"}),
        ("In 1648 the treaty was finally signed, thirty years after the war began.", {"thirty years": "1648"}),
        # ... not when another clause comes between: then it counts from the story's time
        ("In 1648 the treaty was signed, and thirty years after it the war began again.", {"thirty years": "1678"}),
        ("The old fort was taken in 1702. Its walls were rebuilt, two years after the siege.", {"two years after the siege": "1704"}),
        # a decade or a century after an event is an offset too, a year as "a decade earlier"
        ("The king died in 1426 BC. A century after his death the kingdom split in two.", {"A century": "BC1326"}),
        ("The king died in 1426. Two decades after his death the kingdom split in two.", {"Two decades": "1446"}),
        # ... not after a word that makes it a length
        ("The king died in 1426. For a century after his death the kingdom stayed split.", {"a century": "P1CE"}),
    ],
)
def test_offsets_after_an_event_in_a_history(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a three-digit year the rules leave out for the word after it, with a year near it in text and time
        ("Plague reached the town in 542. A monk wrote that in the summer of 543 half the brothers died.", {"the summer of 543": "0543-SU"}),
        ("The walls were rebuilt in 560. The old bishop died in November 565 after a long illness.", {"November 565": "0565-11"}),
        ("The walls were rebuilt in 560. The Arabs took the town in 639 without a fight.", {"639": "0639"}),
        # ... a count stays a count
        ("The walls were rebuilt in 260. In May 200 soldiers deserted.", {"May": "0260-05", "200": None}),
        # ... and with no year of its time near, it is no year
        ("Grain prices rose in 1850. By 300 with the harvest in, they fell.", {"300": None}),
    ],
)
def test_a_three_digit_year_among_years_of_its_time(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected



@pytest.mark.parametrize(
    "text,expected",
    [
        # after "at age" / "the age of" the number alone is the age in years
        ("The old general died in 1871 at age eighty-two.", {"eighty-two": "P82Y"}),
        ("She left the mill in 1890 at the age of 14.", {"14": "P14Y"}),
        # ... not before a unit (the rules read it), a range or a plural noun, nor a decimal cut in two
        ("He walked at the age of 19 months, in 1750.", {"19 months": "P19M"}),
        ("In 1850 boys left school at the age of 12 to 14.", {"12": None}),
        ("In 1850 he was hired at the age of 12 pounds a year.", {"12": None}),
        ("In 1850 he was said to have died at age 22.5 in all.", {"22": None, "22.5": None}),
    ],
)
def test_an_age_after_age_words_is_a_length_in_a_history(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "At the same time," opening a sentence is the story's time, at its grain, and leaves the story there
        ("On 25 April 1861 the fort fell. At the same time, the fleet reached the bay. Two days later it sailed.",
         {"the same time": "1861-04-25", "Two days later": "1861-04-27"}),
        ("In 1956 the army attacked in the hills. At the same time, the governor proposed reforms.", {"the same time": "1956"}),
        ("In March 1956 the army attacked. Its general said: \u201cWe will win.\u201d At the same time, the governor proposed reforms.",
         {"the same time": "1956-03"}),
        # ... with no date told yet, some day
        ("At the same time, the fleet reached the bay.", {"the same time": "XXXX-XX-XX"}),
        # ... elsewhere it says two things coincide: no time
        ("In 1956 the army fought two wars at the same time, and lost both.", {"the same time": None}),
        ("In 1956 the army attacked. At the same time the governor proposed reforms.", {"the same time": None}),
    ],
)
def test_at_the_same_time_opening_a_sentence_is_the_storys_time(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_news_leaves_at_the_same_time_untagged() -> None:
    assert _values("Shares fell on Monday. At the same time, bond yields rose.", mode="news") == {"Monday": "2026-11-30"}


@pytest.mark.parametrize(
    "text,expected",
    [
        # "the day following" with no object after it is the next unit, as "the following day"
        ("On 10 May 1865 the general gave up. His men gave up the next day and the day following saw the last surrender.",
         {"the next day": "1865-05-11", "the day following": "1865-05-12"}),
        ("The fort fell on 12 April 1861. Talks began the week following.", {"the week following": "1861-W16", "the week": None}),
        ("In 1861 the fort fell. The year following, the war spread.", {"The year following": "1862"}),
        # ... with an object it is not (left to the rules), and "the fall" after "following" names the city's fall, no season
        ("The fort fell on 12 April 1861. The day following the fall, crowds cheered.", {"The day following": None, "the fall": None}),
        ("The fort fell on 12 April 1861. The day following Lincoln's call, crowds cheered.", {"The day following": None}),
    ],
)
def test_the_day_following_in_a_history(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a unit after "after" names a time, not an event told before: the offset restates the date before it
        ("The mills had their best year in 1928. Sales in 1931 were half those of a year earlier. The mills closed in 1968, "
         "forty years after their best year.", {"forty years after their best year": "1968"}),
        # ... an event told before is still found ("the strike" of 1931)
        ("The strike began in 1931. Sales in 1935 were half those of a year earlier. Ten years after the strike, the mill closed.",
         {"Ten years after the strike": "1941"}),
    ],
)
def test_a_unit_is_no_event_an_offset_counts_from(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an early year after a hedge, about that year
        ("The town emerged c. 850 from the union of three villages. In 878 it was burned.", {"c. 850": "0850", "878": "0878"}),
        ("The abbey was founded c. 1350 by the river. In 1378 it burned.", {"c. 1350": "1350"}),
        # the two years of a range of early years, whatever follows; a reign in parentheses
        ("The kingdom was founded in 860. Between 994 and 1002 three kings were killed.", {"994": "0994", "1002": "1002"}),
        ("The kingdom was founded in 860. Its first king, Oswin (r. 871\u2013899), fought the raiders.", {"871": "0871", "899": "0899"}),
        # ... not a count: a plural noun after it, "between" with "to", ends far apart or the wrong way, no year of its time near
        ("The walls were rebuilt in 260. Between 300 and 400 boats were lost.", {"300": None, "400": None}),
        ("The walls were rebuilt in 260. Between 300 to 400 died.", {"300": None}),
        ("The walls were rebuilt in 260. From 300 to 990 the town grew.", {"300": None}),
        ("The town grew in 1850. Between 300 and 400 died.", {"300": None}),
        ("The kingdom was founded in 860. Its first king, Oswin (r. 899\u2013871), fought the raiders.", {"899": None}),
    ],
)
def test_early_years_after_a_hedge_and_in_ranges(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def _texts(text: str, mode: str = "narrative") -> list[str]:
    return [t.text for t in tag(text, "2026-12-01", mode=mode).timexes]


@pytest.mark.parametrize(
    "text,extent",
    [
        # a length or an offset takes in the words of the event it names, up to a stop, as histories (TIMEX2) mark it
        ("In 1843, after eight years of savage fighting, the rebels gave up.", "eight years of savage fighting"),
        ("The vote was held on 1 July 1962. Four days after the vote, riots broke out.", "Four days after the vote"),
        ("The war ended in 1918. Losses were worst in the first year of the war.", "the first year of the war"),
        # ... not when the words run into a clause (a determiner after a noun, a verb in the past) or past eight words
        ("The old king died in 1453. Two years after his death the barons rebelled.", "Two years"),
        ("The fleet sailed in 1701. In 1742, two years of drought ended.", "two years"),
        ("In 1843, after eight years of fighting over the hills and the rivers of the whole north, the rebels gave up.", "eight years"),
        # ... nor end on a link word before a quotation
        ('In 2007 deaths doubled in the first seven weeks of the "surge" in the city.', "seven weeks"),
    ],
)
def test_an_event_phrase_is_part_of_a_length_or_offset_in_a_history(text: str, extent: str) -> None:
    assert extent in _texts(text)


def test_news_leaves_the_event_phrase_out() -> None:
    assert "eight years" in _texts("In 2013, after eight years of savage fighting, the rebels gave up.", mode="news")
