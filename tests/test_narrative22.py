"""Narrative mode, session 22: five short histories written for these tests (early kings in years BC, a medieval abbey,
a war of the 1860s, an aviator's life, a comet's discovery), each expression's value worked out by hand as a history
(TIMEX2) annotator would write it before the tagger was run; then focused cases of each kind of error they showed."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, mode: str = "narrative") -> dict[str, str]:
    return {t.text: t.value for t in tag(text, "2026-12-01", mode=mode).timexes}


@pytest.mark.parametrize(
    "text,expected",
    [
        # an offset restated by the date after it has the date's value in the offset's unit, not what the count gives
        ("The exiles left the island in the spring of 1814. Ten months later, on 26 February 1815, they landed.",
         {"Ten months later": "1815-02", "26 February 1815": "1815-02-26"}),
        ("Fighting began on the morning of 14 July 1866. Six weeks later, on 27 August, the camp was taken.",
         {"Six weeks later": "1866-W35", "27 August": "1866-08-27"}),
        ("She took her first flying lesson in 1926. Eighteen months later, in June 1927, she bought a biplane.",
         {"Eighteen months later": "1927-06"}),
        ("The sighting of 1823 was forgotten. A century later, on the evening of 4 October 1925, it was seen again.",
         {"A century later": "1925"}),
        ("The town was founded in 760 BC. Twenty years later, in 738 BC, its walls were built.", {"Twenty years later": "BC0738"}),
        # a date coarser than the offset's unit leaves the count ("Ten months later, in 1815" says no month)
        ("The exiles left the island on 4 May 1814. Ten months later, in 1815, they landed.", {"Ten months later": "1815-03"}),
        # no comma and lead word: the date is not set beside the offset
        ("The fort fell on 2 May 1790. Two days later the governor wrote on 9 May about it.", {"Two days later": "1790-05-04"}),
        ("The bank failed on 3 May 1848. A month later, unlike 14 June 1847, the crowds stayed calm.", {"A month later": "1848-06"}),
    ],
)
def test_an_offset_restated_by_the_date_after_it(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a year of a reign counts from the accession told before it
        ("King Osric came to the throne in 1154. In the first year of his reign he freed the towns, and in the tenth year of "
         "his reign he built a bridge.", {"the first year of his reign": "1154", "the tenth year of his reign": "1163"}),
        ("The queen was crowned in 1479 BC. In the fifth year of her reign an army marched south.", {"the fifth year of her reign": "BC1475"}),
        ("The prince was crowned in 4 BC. In the tenth year of his reign the city burned.", {"the tenth year of his reign": "0006"}),
        ("Ramen succeeded his uncle in 1210. Famine came. The nobles quarrelled. In the 3rd year of his reign the river flooded.",
         {"the 3rd year of his reign": "1212"}),
        # ... or is the year of the date it restates
        ("In AD 527, the first year of the emperor Lucian's reign, the walls were rebuilt.",
         {"the first year of the emperor Lucian's reign": "0527"}),
        ("In 1350, the tenth year of her reign, the queen founded a college.", {"the tenth year of her reign": "1350"}),
        # no accession told (or too far back): a length, as "the first year of the war"
        ("King Osric fought the barons in 1215. In the third year of his reign he lost.", {"the third year of his reign": "P1Y"}),
        ("Ramen succeeded his uncle in 1210. Famine came. The nobles quarrelled. Rain fell. In the 3rd year of his reign the river "
         "flooded.", {"the 3rd year of his reign": "P1Y"}),
        ("The war broke out in 1914. During the first year of the war the front barely moved.", {"the first year": "P1Y"}),
    ],
)
def test_a_year_of_a_reign(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_news_leaves_a_year_of_a_reign_alone() -> None:
    values = _values("The king came to the throne in 2015. In the tenth year of his reign he will open a bridge.", mode="news")
    assert "the tenth year of his reign" not in values


@pytest.mark.parametrize(
    "text,expected",
    [
        # a millennium as histories write it: its number less one, BC before the era, the point modifier as mod
        ("Farming villages spread along the river in the 6th millennium BC.", {"the 6th millennium BC": ("BC5", None)}),
        ("By the end of the 4th millennium BC walled towns stood on the plain.", {"the end of the 4th millennium BC": ("BC3", "END")}),
        ("Bronze tools reached the islands in the early second millennium BCE.", {"the early second millennium BCE": ("BC1", "START")}),
        ("The city was a ruin for most of the first millennium AD.", {"the first millennium AD": ("0", None)}),
        ("Its stones were reused throughout the 2nd millennium.", {"the 2nd millennium": ("1", None)}),
        ("The people of the third millennium bc. buried their dead in jars.", {"the third millennium bc": ("BC2", None)}),
        # a length of them in TIMEX2's unit
        ("For a millennium the hill stood empty.", {"a millennium": ("P1ML", None)}),
    ],
)
def test_a_millennium_in_a_history(text: str, expected: dict[str, tuple[str, str | None]]) -> None:
    got = {t.text: (t.value, t.mod) for t in tag(text, "2026-12-01", mode="narrative").timexes}
    assert {k: got.get(k) for k in expected} == expected


def test_the_common_eras_millennium_has_its_thousand_years_as_bounds() -> None:
    (t,) = tag("The walls were rebuilt in the early second millennium.", "2026-12-01", mode="narrative").timexes
    assert (t.value, str(t.earliest), str(t.latest)) == ("1", "1000-01-01 00:00:00", "1333-01-01 00:00:00")


def test_news_leaves_a_millennium_to_its_own_rules() -> None:
    values = _values("Farming villages spread along the river in the 6th millennium BC.", mode="news")
    assert values.get("the 6th millennium BC") != "BC5"


@pytest.mark.parametrize(
    "text,expected",
    [
        # the number after "aged" is an age in years, as after "at age"
        ("She died in her sleep in November 1979, aged seventy-eight.", {"seventy-eight": "P78Y"}),
        ("The old king, aged 63, led the army himself.", {"63": "P63Y"}),
    ],
)
def test_the_number_after_aged_is_an_age(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_a_range_after_aged_stays_untagged() -> None:
    assert _values("In 1850 boys aged 12 to 14 worked in the mill.") == {"1850": "1850"}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a decade of a century or millennium named after "of" is that calendar decade, one expression
        ("The port grew fast in the first decade of the 20th century.", {"the first decade of the 20th century": "190"}),
        ("Three banks failed in the last decade of the 19th century.", {"the last decade of the 19th century": "189"}),
        ("The mill was rebuilt in the third decade of the eighteenth century.", {"the third decade of the eighteenth century": "172"}),
        ("The town boomed in the first decade of the third millennium.", {"the first decade of the third millennium": "200"}),
        # a decade of an event stays a length; a century BC is left as it was
        ("The war began in 1618. The first decade of the war ruined the towns.", {"The first decade": "P1DE"}),
        ("The fort was built in the last decade of the 5th century BC.", {"the last decade": "P1DE", "the 5th century BC": "BC04"}),
        ("Copper came in the first decade of the 2nd millennium BC.", {"the first decade": "P1DE", "the 2nd millennium BC": "BC1"}),
    ],
)
def test_a_decade_of_a_century(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a part of a unit is a length of that part; "later" or an event after it makes it an offset
        ("For a quarter of a century the mine lay idle.", {"a quarter of a century": "P25Y"}),
        ("For a quarter-century nobody lived on the island.", {"a quarter-century": "P25Y"}),
        ("The mill opened in 1850. Three quarters of a century later it burned.", {"Three quarters of a century later": "1925"}),
        ("The mill opened in 1850. A quarter of a century after the opening the owner died.",
         {"A quarter of a century": "1875"}),
        # a length of decades or centuries restating the date before it is that date's year
        ("She became director in 1998, a quarter of a century after the discovery.",
         {"a quarter of a century after the discovery": "1998"}),
        ("The wall was pulled down in 1530, a century after the siege.", {"a century after the siege": "1530"}),
        ("The canal was closed in 1931, two decades after the strike.", {"two decades after the strike": "1931"}),
    ],
)
def test_a_part_of_a_unit_and_a_restated_long_offset(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_a_part_of_a_unit_before_a_hyphen_stays_untagged() -> None:
    assert _values("In 1900 the village still had a half-century-old church.") == {"1900": "1900"}


@pytest.mark.parametrize(
    "text,expected",
    [
        # "had" before an amount owns it: no past perfect, the weekday is the next one after the day told
        ("The dockers walked out on Monday, 3 May 1926. On Thursday evening the city had no newspapers.",
         {"Thursday evening": "1926-05-06TEV"}),
        ("The dockers walked out on Monday, 3 May 1926. On Thursday the mayor had few friends left.", {"Thursday": "1926-05-06"}),
        # a past perfect still looks back from the day told
        ("The dockers walked out on Monday, 3 May 1926. On Thursday the mayor had lost his friends.", {"Thursday": "1926-04-29"}),
    ],
)
def test_had_before_an_amount_is_no_past_perfect(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # after a day told, a bare "the weekend" is that week's, ahead (a history moves forward) ...
        ("The dockers walked out on Monday, 3 May 1926. The government called in troops at the weekend.", {"the weekend": "1926-W18-WE"}),
        ("The fair opened on Saturday, 8 May 1926. It was crowded all through the weekend.", {"the weekend": "1926-W18-WE"}),
        # ... unless a past perfect looks back from it
        ("The dockers walked out on Monday, 3 May 1926. The owners had met at the weekend.", {"the weekend": "1926-W17-WE"}),
    ],
)
def test_the_weekend_in_a_history(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_news_keeps_a_past_weekend_behind_the_day_told() -> None:
    # said on Wednesday 11 March 2026 of the past: the weekend just gone (7-8 March), not the one after Monday's
    got = {t.text: t.value for t in tag("The union met on Monday. Troops were called in at the weekend.", "2026-03-11", mode="news").timexes}
    assert got["the weekend"] == "2026-W10-WE"


@pytest.mark.parametrize(
    "text,expected",
    [
        # a day in a past perfect clause is a look-back: "that night", "the next day" still count from the day told
        ("The emperor entered the capital on 14 September 1812, which its people had abandoned the day before. That night fires "
         "broke out.", {"the day before": "1812-09-13", "That night": "1812-09-14TNI"}),
        ("The army reached the river on 3 June 1790. Its scouts had crossed on 1 June. The next day the bridge was built.",
         {"1 June": "1790-06-01", "The next day": "1790-06-04"}),
        # in the simple past the day told last is the one counted from
        ("The army reached the river on 3 June 1790. Its scouts crossed on 5 June. The next day the bridge was built.",
         {"The next day": "1790-06-06"}),
    ],
)
def test_a_day_in_a_past_perfect_clause_is_a_look_back(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "over the next decade" is a length of one unit, as "for the next decade"
        ("The town burned in 1683. It was rebuilt over the next decade.", {"the next decade": "P1DE"}),
        ("The town burned in 1683. Its trade recovered over the following year.", {"the following year": "P1Y"}),
        # without the lead word it is the calendar unit after the story's
        ("The town burned in 1683. In the following decade it shrank.", {"the following decade": "169"}),
    ],
)
def test_over_the_next_unit_is_a_length(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an offset right after a date (and a comma) as fine as its unit restates that date, even when its event was told
        ("In 431 BC the sea league declared war. In the second year of the war a plague broke out, and it returned in the winter "
         "of 427/426 BC. Peace came in 421 BC, ten years after the war began.", {"421 BC": "BC0421", "ten years": "BC0421"}),
        ("The strike began in March 1926. In the first week of the strike the mills closed, and in 1927 the strike was still "
         "remembered. The union was dissolved in 1936, ten years after the strike.", {"ten years after the strike": "1936"}),
        # a coarser date leaves the offset to count from its event
        ("The vote was held on 1 July 1962. The riots of 1962, four days after the vote, shocked the city.",
         {"four days after the vote": "1962-07-05"}),
    ],
)
def test_an_offset_right_after_a_date_restates_it(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a hedge between the age words and the number is part of the age, with its mod
        ("He was allowed home in 1883 and died the following year, aged about fifty-four.", {"about fifty-four": ("P54Y", "APPROX")}),
        ("She died in 1961 at the age of nearly 90.", {"nearly 90": ("P90Y", "LESS_THAN")}),
        ("He died in 1961 at the age of 90.", {"90": ("P90Y", None)}),
    ],
)
def test_a_hedged_age(text: str, expected: dict[str, tuple[str, str | None]]) -> None:
    got = {t.text: (t.value, t.mod) for t in tag(text, "2026-12-01", mode="narrative").timexes}
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an anniversary told before its day in its sentence is that day
        ("The landings began on 10 July 1943. The fiftieth anniversary of the landings was marked on 10 July 1993.",
         {"The fiftieth anniversary": "1993-07-10"}),
        ("The city fell in 1943. On the 50th anniversary of the city's capture, 14 September 1993, a statue was unveiled.",
         {"the 50th anniversary of the city's capture": "1993-09-14"}),
        # a date without its day after it names no day
        ("The city fell in 1943. The 50th anniversary of the city's capture passed quietly in 1993.", {"1993": "1993"}),
    ],
)
def test_an_anniversary_before_its_day(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_an_anniversary_without_a_day_is_no_expression() -> None:
    assert "The 50th anniversary" not in _values("The city fell in 1943. The 50th anniversary of the city's capture passed quietly in 1993.")


def test_an_anniversary_takes_no_day_of_the_next_sentence() -> None:
    values = _values("The city fell in 1943. The 50th anniversary of the capture passed quietly. On 14 September 1993 a statue was unveiled.")
    assert "The 50th anniversary" not in values


@pytest.mark.parametrize(
    "text,expected",
    [
        # the night word after "at"/"by" or before a noun of a night's deed is a night of no day said ...
        ("The scouts travelled at night so that the sentries would not see them.", {"night": "XXXX-XX-XXTNI"}),
        ("The rebels fled by night across the marsh.", {"night": "XXXX-XX-XXTNI"}),
        ("The partisans relied on night attacks and ambushes.", {"night": "XXXX-XX-XXTNI"}),
        ("The general ordered a night-time retreat to the hills.", {"night-time": "XXXX-XX-XXTNI"}),
        ("The convoys sailed at night-time to avoid the bombers.", {"night-time": "XXXX-XX-XXTNI"}),
        # ... of years BC in a story told in them
        ("In 479 BC the garrison ran out of food, and the besiegers broke in at night.", {"night": "BCXXXX-XX-XXTNI"}),
        # one night in a sentence that told a month or a day is of it
        ("In early May 1920 the police arrested forty men in a night-raid.", {"night": "1920-05-XXTNI"}),
        ("On 3 June 1920 the army made a night march to the river.", {"night": "1920-06-03TNI"}),
        ("On 3 June 1920 the scouts crossed the river at night.", {"night": "1920-06-03TNI"}),
        # nights in a month, or after a sentence that told a day, are of no day said
        ("In May 1920 the rebels relied on night attacks.", {"night": "XXXX-XX-XXTNI"}),
        ("On 3 June 1920 the army reached the river. The scouts travelled at night so they would not be seen.", {"night": "XXXX-XX-XXTNI"}),
    ],
)
def test_a_night_of_no_day_said(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text",
    ["A night watchman saw the smoke in 1920.", "In 1920 she took a night shift at the bakery.", "In 1920 he spent the night in a cell.",
     "In 1920 the night was cold.", "In 1920 the crews met at night-shift change."],
)
def test_other_nights_stay_untagged(text: str) -> None:
    assert set(_values(text)) == {"1920"}


def test_news_leaves_at_night_untagged() -> None:
    assert _values("The scouts travelled at night so that the sentries would not see them.", mode="news") == {}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a part of a day no day told names is some day's of the story's month or year, not the 1st nor the publication day
        ("In June 1920 the army reached the river. In the morning it attacked.", {"the morning": "1920-06-XXTMO"}),
        ("In June 1920 the army reached the river. That evening it attacked.", {"That evening": "1920-06-XXTEV"}),
        ("In 1920 the raiders came at nightfall.", {"nightfall": "1920-XX-XXTEV"}),
        ("In the summer of 1920 the raiders came at noon.", {"noon": "1920-XX-XXT12:00"}),
        # ... and the story stays on its month: what comes after counts from it
        ("In June 1920 the army reached the river. That evening it attacked. On 9 June it crossed.", {"9 June": "1920-06-09"}),
        # a day told: that day's part
        ("On 3 June 1920 the raiders came. In the evening they left.", {"the evening": "1920-06-03TEV"}),
    ],
)
def test_a_part_of_a_day_no_day_told_names(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_a_part_of_a_day_no_day_told_leaves_the_story_on_its_month() -> None:
    timexes = tag("In June 1920 the army reached the river. That evening it attacked. A week later it left.", "2026-12-01", mode="narrative").timexes
    assert timexes[2].anchor.timex_id == "t1"


def test_a_part_of_a_day_no_day_told_spans_the_storys_month() -> None:
    (_, t) = tag("In June 1920 the army reached the river. In the morning it attacked.", "2026-12-01", mode="narrative").timexes
    assert (str(t.earliest), str(t.latest)) == ("1920-06-01 00:00:00", "1920-07-01 00:00:00")


@pytest.mark.parametrize(
    "text,expected",
    [
        # "that day" with no day told since the story moved to a year is some day of that year, not the publication day
        ("In 1651 the fleet sailed. That day the king died.", {"That day": "1651-XX-XX"}),
        ("In the summer of 1651 the fleet sailed. On the same day the king died.", {"the same day": "1651-XX-XX"}),
        # after a month, some day of the month (as before); after a day, that day
        ("In June 1651 the fleet sailed. On the same day the king died.", {"the same day": "1651-06-XX"}),
        ("On 4 June 1651 the fleet sailed. That day the king died.", {"That day": "1651-06-04"}),
        # so is a day counted from no day told ("the next day" after a year or a month), not the day after publication or the 1st
        ("In 1651 the fleet sailed. The next day the king died.", {"The next day": "1651-XX-XX"}),
        ("In June 1651 the fleet sailed. The next day the king died.", {"The next day": "1651-06-XX"}),
        ("On 4 June 1651 the fleet sailed. The next day the king died.", {"The next day": "1651-06-05"}),
        # ... and a week: some week of the story's year
        ("In 1651 the fleet sailed. That week the king died.", {"That week": "1651-WXX"}),
        ("In June 1651 the fleet sailed. The following week the king died.", {"The following week": "1651-WXX"}),
    ],
)
def test_that_day_after_a_year(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_news_leaves_that_day_after_a_year_to_its_own_rules() -> None:
    got = {t.text: t.value for t in tag("The plant opened in 2019. That day the mayor spoke.", "2026-03-09", mode="news").timexes}
    assert got["That day"] != "2019-XX-XX"


@pytest.mark.parametrize(
    "text,expected",
    [
        # a life's date told of the story's own person ("He died ...") moves the story, years away or not
        ("He returned to the laboratory in the spring of 1865. He died in Stockholm on 2 November 1900. Half a century later "
         "his metal was used in engines.", {"Half a century later": "1950"}),
        ("She sailed for the colony in 1820. She died there in 1861. Ten years later her letters were printed.",
         {"Ten years later": "1871"}),
        # another's life date in passing stays an aside
        ("The regiment held the pass in 1815. Its colonel fled west and died in Vienna in 1840. Two years later the pass fell.",
         {"Two years later": "1817"}),
    ],
)
def test_a_life_date_of_the_storys_own_person(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "every day", "each month" recur as the calendar unit, as histories write "daily"
        ("From February the walls were battered every day.", {"every day": "XXXX-XX-XX"}),
        ("Raiders crossed the river every week.", {"every week": "XXXX-WXX"}),
        ("Each month a ship came from the south.", {"Each month": "XXXX-XX"}),
        # more than one unit, and a rate, stay lengths
        ("Boats left the harbour every two days.", {"every two days": "P2D"}),
        ("In 1957 the death rate in the city rose to 33 per day.", {"per day": "P1D"}),
    ],
)
def test_every_unit_in_a_history(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_news_keeps_every_day_a_length() -> None:
    assert _values("The walls were battered every day.", mode="news") == {"every day": "P1D"}
