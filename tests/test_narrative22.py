"""Narrative mode, session 22: eighteen short histories written for these tests (early kings in years BC, a medieval abbey,
a war of the 1860s, an aviator's life, a comet's discovery; then four, four, three and three more: sieges, a retreat, a
strike, a politician, a landing, wars BC, a rising, a delta war, a chemist, a battle, an invasion), each expression's
value worked out by hand as a history (TIMEX2) annotator would write it before the tagger was run; then focused cases of
each kind of error they showed."""

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
        ("Ramen succeeded his uncle in 1210. " + "Rain fell. " * 20 + "In the 3rd year of his reign the river flooded.",
         {"the 3rd year of his reign": "P1Y"}),  # (s23: more than ACCESSION_SENTENCES back, now 20)
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
         {"The fiftieth anniversary of the landings": "1993-07-10"}),  # (its event in its extent, s46, as the one below)
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


# The session's own histories, written and valued by hand before the tagger was run on them (first batch f*, then
# g*, h*, i*, j* each after the fixes before it); EXPECTED holds the values found, LEFT those still missed (not asserted).
TEXTS = {
    'tarsa': 'The Kings of Tarsa\n\nFarming villages appeared in the Tarsa valley in the 6th millennium BC, and by the end of the 4th millennium BC the first walled towns had been built. The valley was united by King Amurab, who came to the throne in 1792 BC at the age of twenty. In the first year of his reign he dug a canal from the river to the capital, and in the tenth year of his reign he built the great temple of the moon god. For the next two decades he fought his neighbours. In the summer of 1763 BC he took the city of Lars after a siege of six months, and the following spring his army crossed the mountains.\n\nAmurab died in 1750 BC after a reign of forty-two years. His son held the kingdom together for a decade, but in 1739 BC the hill tribes overran the northern towns. Three years later the capital itself was sacked. For the next four centuries the valley was ruled by foreign kings.\n\nThe palace archives were found in the winter of 1933, and the excavation went on for six years. Some of the clay tablets are still being read.\n',
    'abbey': "The Abbey of Saint Ives\n\nThe abbey was founded in 1086 by Count Robert, who gave it the forest and the mill. For most of the 12th century it grew slowly. In the spring of 1147 its abbot joined the crusade; he came home two years later with a relic, and pilgrims began to arrive the next year.\n\nKing Henry came to the throne in 1154. In the first year of his reign he confirmed the abbey's lands, and in 1162 he stayed there for three weeks. The great fire broke out on the night of 2 May 1174. The church burned for two days. Rebuilding began the following spring and took almost thirty years. Ten months after the fire, on 1 March 1175, the monks laid the first stone of the new choir.\n\nThe abbey flourished in the 13th century, but the plague of 1349 killed half the monks. In the late 15th century it had only nine. It was closed in 1538, and within a decade its buildings had been pulled down for stone.\n",
    'lowland_war': "The Lowland War\n\nThe war between Vessia and the Lowland League broke out in July 1866. On the morning of 14 July the Vessian army crossed the frontier, and by the end of the month it had reached the river. The League's commander, General Marr, was sixty-three years old and had not fought a battle for twenty years. He waited. Six weeks later, on 27 August, he attacked the Vessian camp and drove the enemy back across the river by noon.\n\nThat winter was spent in siege lines. The Vessians shelled the town of Orne for three months. On 2 February 1867 the garrison surrendered; the townspeople had been eating horses since Christmas. The League sued for peace in the spring, and the treaty was signed on Tuesday, 9 April.\n\nMarr retired to his estate the following year. He died in 1881, and a statue of him was unveiled in 1906, forty years after the battle.\n",
    'aviator': 'Ada Lind, Aviator\n\nAda Lind was born in a fishing village on 3 June 1901, the youngest of seven children. Her father drowned when she was nine years old. In the early 1920s she worked as a typist in the capital, and in 1926, at the age of twenty-five, she took her first flying lesson. Eighteen months later, in June 1927, she bought an old biplane of her own.\n\nHer long flights made her famous in the 1930s. In May 1932 she flew alone to the Cape in eleven days; the previous winter she had crashed in the desert and walked for two days to find water. The following autumn she married the engineer Paul Brandt, who was twelve years her senior. During the war she ferried bombers across the ocean, more than ninety of them by the summer of 1944.\n\nAfter 1945 she never flew again. She spent the last three decades of her life in the village where she was born, and died there in her sleep on the night of 11 November 1979, aged seventy-eight.\n',
    'comet': 'The Blue Comet\n\nIn the spring of 1823 a clerk in a northern port noted a faint blue smudge near the Pole Star. It was gone within a month, and for most of the 19th century astronomers argued about what he had seen. A century and a half later, on the evening of 4 October 1973, a student at the observatory in Kell found the smudge again while testing a new camera. She was twenty-two years old and had worked there for only three weeks.\n\nHer teacher checked the plates the next morning and wrote to the journal the same day. Within a week two other observatories had confirmed the sighting. The comet came closest to the Sun on 19 January 1974 and could be seen without a telescope for most of February. Its orbit, worked out that spring, takes about 150 years, so the clerk had seen the same comet. It will not return until the 2120s.\n\nThe student became director of the observatory in 1998, a quarter of a century after the discovery, and retired in the first decade of the new millennium.\n',
    'korvan': "The Siege of Korvan\n\nKorvan, a fortress town on the river Dresa, had been held by the Duchy since 1612. In the spring of 1683 the Sultan's army marched north, and on 14 July it reached the town. The garrison of 4,000 men under Count Eszter refused to surrender. For the next eight weeks the besiegers dug trenches towards the walls while their guns fired on the bastions.\n\nBy the middle of August the defenders were short of food. On the night of 2 September the attackers exploded a mine under the eastern bastion, but the breach was closed by morning. A relief army had gathered at Tulln in late August, and it crossed the river on 9 September. Three days later, on the morning of 12 September, it attacked the Sultan's camp. By evening the siege was over.\n\nThe Count died the following winter, aged fifty-eight. The Sultan's commander was executed on 25 December 1683 in Belgrade. Korvan was rebuilt over the next decade, and a church was built on the site of the breach in 1699.\n",
    'retreat': 'The Winter Retreat\n\nThe Grand Army crossed the river Nemra on 24 June 1812 with about 450,000 men. In late June and early July it marched east through the forests in great heat. By mid-July thousands of horses had died. The enemy fell back without giving battle for almost two months.\n\nThe decisive battle was fought at Borovo on 7 September. Seven days later the emperor entered the old capital, which its people had abandoned the day before. That night fires broke out across the city, and they burned for five days. The emperor waited in the citadel for more than a month for an offer of peace that never came. On 19 October he left the city.\n\nThe first snow fell on 4 November. By the end of the month the army had reached the Beresa, and it crossed the river between 26 and 29 November. On 5 December the emperor left the army and hurried home, which he reached on the night of 18 December. Fewer than 40,000 men recrossed the Nemra before the end of the year. His power in the east never recovered; within eighteen months he had abdicated.\n',
    'strike': "The Harbour Strike of 1926\n\nThe dockers of Port Alder walked out on Monday, 3 May 1926, after the owners cut their pay for the second time in a year. By Wednesday the tramway men and the printers had joined them, and on Thursday evening the city had no newspapers. The government called in troops at the weekend.\n\nThe strike lasted nine days. On 12 May the union leaders met the owners at the town hall and agreed to go back the following Monday. Many men found their jobs gone; six months later a third of them were still out of work. The owners' association was dissolved in the spring of 1929.\n\nIn 1976, fifty years after the strike, a memorial was set up at the harbour gate. The last man who had walked out in 1926 died in the early 1990s, at the age of ninety-four.\n",
    'vell': "Marta Vell and the Iron Republic\n\nMarta Vell was born in the mountain town of Keld in 1900. She studied law in the capital in the early 1920s and entered parliament in 1929, when she was twenty-nine years old. The economic crisis of 1930 brought her party to power: from 1931 to 1936 she served as minister of labour, and in March 1936 she became the first woman to lead the government.\n\nThe next six months were spent on the new constitution, which was approved on 1 October 1936. In the winter of 1938 the republic's northern neighbour demanded the mountain provinces. Vell refused. The invasion came on 9 April 1940; earlier that month she had ordered the army to the border. Within three weeks the government had fled abroad. She spent the war in exile and returned in the summer of 1945.\n\nShe led the government again from 1946 until 1951. In the last ten years of her life she wrote her memoirs. She died on 30 January 1962 in Keld, where she had been born sixty-two years earlier.\n",
    'lantern': "Operation Lantern\n\nOperation Lantern, the invasion of the island of Sarn, was planned in the winter of 1942–43 and launched on 10 July 1943. At 2:45 a.m. on 10 July the first landing craft reached the beaches. By evening 80,000 men were ashore. The defenders counter-attacked the next morning but were driven back, and on 22 July the port of Alma fell. A three-week battle followed around the volcano. The last defenders escaped across the strait between 11 and 17 August. The campaign had lasted thirty-eight days.\n\nTwo months later, in September, the allies landed on the mainland. The island's towns were rebuilt in the 1950s, and the fiftieth anniversary of the landings was marked on 10 July 1993.\n",
    'two_leagues': "The War of the Two Leagues\n\nIn 431 BC the league of the sea cities declared war on the league of the plain. Each summer the plain's army invaded the coastal farmland, and each winter it withdrew. In the second year of the war a plague broke out in the port city; it returned in the winter of 427/426 BC and killed many of the people.\n\nIn 425 BC the sea league captured 292 hoplites on an island after a siege of seventy-two days. The following year its general was defeated at the river Delion, and a truce for one year was agreed in the spring of 423 BC. Peace came in 421 BC, ten years after the war began, but the fighting resumed within six years. The war ended in April 404 BC, when the port city surrendered after months of hunger.\n",
    'frontier': "The Cape Frontier War\n\nFighting began in January 1879, when a column of 1,800 men crossed the Tugel river. On 22 January it was overrun at its camp below the hill of Isan; fewer than sixty Europeans survived. That afternoon and night a small garrison at the mission station held off 4,000 warriors. News of the defeat reached the capital on 11 February, and reinforcements sailed within a week.\n\nFrom March to May 1879 the army was rebuilt. The second invasion began on 1 June, and on 4 July the king's capital was burned. The king was captured on 28 August and sent into exile; he was allowed home in 1883 and died the following year, aged about fifty-four. The war had cost the treasury over five million pounds.\n",
    'rising': "The Northern Rising\n\nThe rising broke out in the mining towns in the spring of 1919 and spread to the ports by mid-1919. In 1919–20 the rebels held most of the north. Their leader, a former schoolteacher aged thirty-four, set up a council in the city of Varn on 7 November 1919, the second anniversary of the workers' strike there.\n\nThe government's counter-offensive opened in late February 1920. For three months the front hardly moved; then, in the last days of May, the rebel lines broke. Varn was retaken on 14 June after a siege of nineteen days, and by the end of 1920 the last rebel bands had been hunted down. An amnesty was declared on New Year's Day 1921. Historians still argue about the rising; the first full history of it appeared only in the 1970s.\n",
    'kanto': "The Kanto War\n\nFighting in the Kanto delta began in the late 1950s and grew through the early 1960s. By mid-1964 the government held only the towns. In March 1965 the first foreign combat troops landed at Port Sela, and by the end of the year there were 180,000 of them. For nearly a decade the war went on in the paddies and hills.\n\nThe turning point came on the morning of 31 January 1968, during the new year holiday, when the rebels attacked every city at once. The fighting in the old capital lasted twenty-six days. Four years later the last foreign troops left. The rebels entered Port Sela at 11:30 a.m. on 30 April 1975, and the war was over. In the 1980s the delta's farms recovered, and by the end of the century its rice fed the whole country.\n",
    'ardel': "The Long Siege of Ardel\n\nIn the autumn of 1346 an English army laid siege to the port of Ardel. The townsmen held out through the winter, eating their horses and then their dogs. On Christmas Eve a storm sank the supply ships in the harbour. Early in the new year the king himself arrived with siege engines, and from February onwards the walls were battered every day.\n\nThe town surrendered on 3 August 1347, after eleven months. Its six leading citizens were spared on the queen's plea. Ardel remained English for more than two hundred years, until it was retaken on 7 January 1558. A chronicler writing in the 1360s called the siege the hardest of the age.\n",
    'chemist': "The Chemist of Lund\n\nErik Sand was born in Lund on 12 March 1832, the son of a pharmacist. At fourteen he was apprenticed to his father, and at nineteen he entered the university. In 1859 he isolated a new metal from a mineral found near the coast; he named it after his mother. The discovery made him famous across Europe within months.\n\nIn the winter of 1862–63 he fell ill, and for two years he did no work. He returned to the laboratory in the spring of 1865. Over the next twenty years he published ninety papers. He died in Stockholm on 2 November 1900, eleven days after his wife. The metal's first industrial use came half a century later, in the 1950s.\n",
    'ridge': 'The Battle of Cedar Ridge\n\nThe battle of Cedar Ridge was fought on 1–3 July 1863, at the end of a campaign that had begun in early June. On the morning of 1 July the two armies met by chance north of the town. By the afternoon the defenders had been driven back to the ridge, and that evening both commanders brought up their reserves.\n\nEarly on 3 July the attackers bombarded the centre of the line for two hours. At about 3 p.m. three divisions advanced across open fields; within an hour half of them had fallen. On 4 July the beaten army began its retreat in heavy rain. A month later its commander offered to resign, and the following spring he was replaced.\n',
    'first_war': "The First Sea War\n\nThe First Sea War (264–241 BC) was fought between the city of Marra and the island league for control of the western sea. In 264 BC Marra sent an army across the strait. The league had no fleet worth the name, but in the spring of 260 BC it launched a hundred ships, built in sixty days. Four years later its fleet won the greatest sea battle of the age.\n\nThe war then dragged on for twenty years. In the 240s BC both sides were exhausted. The league raised a last fleet with private money, and in March 241 BC it destroyed Marra's navy off the western islands. Peace was made the same year, twenty-three years after the war began. A second war followed in the 3rd century BC.\n",
    'steppe': "Operation Steppe\n\nThe invasion began on 22 June 1941, at 3:15 a.m., along a front of 2,900 kilometres. Within a week the northern armies had advanced 300 kilometres, and by early July they had reached the old border. The advance slowed in the autumn rains, and by late November the attackers were stopped in front of the capital. On the night of 5–6 December the defenders counter-attacked in deep snow.\n\nIn early 1942 the front was quiet. The summer offensive of 1942 went south, and by mid-August it had reached the great river. The city on the river was encircled on 23 November. The 900-day siege of the northern capital was lifted on 27 January 1944. In the decades that followed, both countries built memorials to the war's dead.\n",
}
EXPECTED = [
    ('tarsa', 'the 6th millennium BC', 0, 'BC5'),
    ('tarsa', 'the end of the 4th millennium BC', 0, 'BC3'),
    ('tarsa', '1792 BC', 0, 'BC1792'),
    ('tarsa', 'twenty', 0, 'P20Y'),
    ('tarsa', 'the first year of his reign', 0, 'BC1792'),
    ('tarsa', 'the tenth year of his reign', 0, 'BC1783'),
    ('tarsa', 'the next two decades', 0, 'P2DE'),
    ('tarsa', 'the summer of 1763 BC', 0, 'BC1763-SU'),
    ('tarsa', 'six months', 0, 'P6M'),
    ('tarsa', 'the following spring', 0, 'BC1762-SP'),
    ('tarsa', '1750 BC', 0, 'BC1750'),
    ('tarsa', 'forty-two years', 0, 'P42Y'),
    ('tarsa', 'a decade', 0, 'P1DE'),
    ('tarsa', '1739 BC', 0, 'BC1739'),
    ('tarsa', 'Three years later', 0, 'BC1736'),
    ('tarsa', 'the next four centuries', 0, 'P4CE'),
    ('tarsa', 'the winter of 1933', 0, '1933-WI'),
    ('tarsa', 'six years', 0, 'P6Y'),
    ('abbey', '1086', 0, '1086'),
    ('abbey', 'the 12th century', 0, '11'),
    ('abbey', 'the spring of 1147', 0, '1147-SP'),
    ('abbey', 'two years later', 0, '1149'),
    ('abbey', 'the next year', 0, '1150'),
    ('abbey', '1154', 0, '1154'),
    ('abbey', 'the first year of his reign', 0, '1154'),
    ('abbey', '1162', 0, '1162'),
    ('abbey', 'three weeks', 0, 'P3W'),
    ('abbey', 'the night of 2 May 1174', 0, '1174-05-02TNI'),
    ('abbey', 'two days', 0, 'P2D'),
    ('abbey', 'the following spring', 0, '1175-SP'),
    ('abbey', 'thirty years', 0, 'P30Y'),
    ('abbey', 'Ten months after the fire', 0, '1175-03'),
    ('abbey', '1 March 1175', 0, '1175-03-01'),
    ('abbey', 'the 13th century', 0, '12'),
    ('abbey', '1349', 0, '1349'),
    ('abbey', 'the late 15th century', 0, '14'),
    ('abbey', '1538', 0, '1538'),
    ('abbey', 'a decade', 0, 'P1DE'),
    ('lowland_war', 'July 1866', 0, '1866-07'),
    ('lowland_war', 'the morning of 14 July', 0, '1866-07-14TMO'),
    ('lowland_war', 'the end of the month', 0, '1866-07'),
    ('lowland_war', 'sixty-three years old', 0, 'P63Y'),
    ('lowland_war', 'twenty years', 0, 'P20Y'),
    ('lowland_war', 'Six weeks later', 0, '1866-W35'),
    ('lowland_war', '27 August', 0, '1866-08-27'),
    ('lowland_war', 'noon', 0, '1866-08-27T12:00'),
    ('lowland_war', 'That winter', 0, '1867-WI'),
    ('lowland_war', 'three months', 0, 'P3M'),
    ('lowland_war', '2 February 1867', 0, '1867-02-02'),
    ('lowland_war', 'Christmas', 0, '1866-12-25'),
    ('lowland_war', 'the spring', 0, '1867-SP'),
    ('lowland_war', 'Tuesday, 9 April', 0, '1867-04-09'),
    ('lowland_war', 'the following year', 0, '1868'),
    ('lowland_war', '1881', 0, '1881'),
    ('lowland_war', '1906', 0, '1906'),
    ('lowland_war', 'forty years after the battle', 0, '1906'),
    ('aviator', '3 June 1901', 0, '1901-06-03'),
    ('aviator', 'nine years old', 0, 'P9Y'),
    ('aviator', 'the early 1920s', 0, '192'),
    ('aviator', '1926', 0, '1926'),
    ('aviator', 'twenty-five', 0, 'P25Y'),
    ('aviator', 'Eighteen months later', 0, '1927-06'),
    ('aviator', 'June 1927', 0, '1927-06'),
    ('aviator', 'the 1930s', 0, '193'),
    ('aviator', 'May 1932', 0, '1932-05'),
    ('aviator', 'eleven days', 0, 'P11D'),
    ('aviator', 'the previous winter', 0, '1932-WI'),
    ('aviator', 'two days', 0, 'P2D'),
    ('aviator', 'The following autumn', 0, '1932-FA'),
    ('aviator', 'twelve years', 0, 'P12Y'),
    ('aviator', 'the summer of 1944', 0, '1944-SU'),
    ('aviator', '1945', 0, '1945'),
    ('aviator', 'the last three decades', 0, 'P3DE'),
    ('aviator', 'the night of 11 November 1979', 0, '1979-11-11TNI'),
    ('aviator', 'seventy-eight', 0, 'P78Y'),
    ('comet', 'the spring of 1823', 0, '1823-SP'),
    ('comet', 'a month', 0, 'P1M'),
    ('comet', 'the 19th century', 0, '18'),
    ('comet', 'A century and a half later', 0, '1973'),
    ('comet', 'the evening of 4 October 1973', 0, '1973-10-04TEV'),
    ('comet', 'twenty-two years old', 0, 'P22Y'),
    ('comet', 'three weeks', 0, 'P3W'),
    ('comet', 'the next morning', 0, '1973-10-05TMO'),
    ('comet', 'the same day', 0, '1973-10-05'),
    ('comet', 'a week', 0, 'P1W'),
    ('comet', '19 January 1974', 0, '1974-01-19'),
    ('comet', 'February', 0, '1974-02'),
    ('comet', 'that spring', 0, '1974-SP'),
    ('comet', '150 years', 0, 'P150Y'),
    ('comet', '1998', 0, '1998'),
    ('comet', 'a quarter of a century after the discovery', 0, '1998'),
    ('comet', 'the first decade of the new millennium', 0, '200'),  # found since s23 (narrative_millennia names)
    ('korvan', '1612', 0, '1612'),
    ('korvan', 'the spring of 1683', 0, '1683-SP'),
    ('korvan', '14 July', 0, '1683-07-14'),
    ('korvan', 'the next eight weeks', 0, 'P8W'),
    ('korvan', 'the middle of August', 0, '1683-08'),
    ('korvan', 'the night of 2 September', 0, '1683-09-02TNI'),
    ('korvan', 'morning', 0, '1683-09-03TMO'),
    ('korvan', 'late August', 0, '1683-08'),
    ('korvan', '9 September', 0, '1683-09-09'),
    ('korvan', 'Three days later', 0, '1683-09-12'),
    ('korvan', 'the morning of 12 September', 0, '1683-09-12TMO'),
    ('korvan', 'evening', 0, '1683-09-12TEV'),
    ('korvan', 'the following winter', 0, '1684-WI'),
    ('korvan', 'fifty-eight', 0, 'P58Y'),
    ('korvan', '25 December 1683', 0, '1683-12-25'),
    ('korvan', 'the next decade', 0, 'P1DE'),
    ('korvan', '1699', 0, '1699'),
    ('retreat', '24 June 1812', 0, '1812-06-24'),
    ('retreat', 'late June', 0, '1812-06'),
    ('retreat', 'early July', 0, '1812-07'),
    ('retreat', 'mid-July', 0, '1812-07'),
    ('retreat', 'two months', 0, 'P2M'),
    ('retreat', '7 September', 0, '1812-09-07'),
    ('retreat', 'Seven days later', 0, '1812-09-14'),
    ('retreat', 'the day before', 0, '1812-09-13'),
    ('retreat', 'That night', 0, '1812-09-14TNI'),
    ('retreat', 'five days', 0, 'P5D'),
    ('retreat', 'a month', 0, 'P1M'),
    ('retreat', '19 October', 0, '1812-10-19'),
    ('retreat', '4 November', 0, '1812-11-04'),
    ('retreat', 'the end of the month', 0, '1812-11'),
    ('retreat', '26', 0, '1812-11-26'),
    ('retreat', '29 November', 0, '1812-11-29'),
    ('retreat', '5 December', 0, '1812-12-05'),
    ('retreat', 'the night of 18 December', 0, '1812-12-18TNI'),
    ('retreat', 'the end of the year', 0, '1812'),
    ('retreat', 'eighteen months', 0, 'P18M'),
    ('strike', 'Monday, 3 May 1926', 0, '1926-05-03'),
    ('strike', 'a year', 0, 'P1Y'),
    ('strike', 'Wednesday', 0, '1926-05-05'),
    ('strike', 'Thursday evening', 0, '1926-05-06TEV'),
    ('strike', 'the weekend', 0, '1926-W18-WE'),
    ('strike', 'nine days', 0, 'P9D'),
    ('strike', '12 May', 0, '1926-05-12'),
    ('strike', 'the following Monday', 0, '1926-05-17'),
    ('strike', 'six months later', 0, '1926-11'),
    ('strike', 'the spring of 1929', 0, '1929-SP'),
    ('strike', '1976', 0, '1976'),
    ('strike', 'fifty years after the strike', 0, '1976'),
    ('strike', '1926', 2, '1926'),
    ('strike', 'the early 1990s', 0, '199'),
    ('strike', 'ninety-four', 0, 'P94Y'),
    ('vell', '1900', 0, '1900'),
    ('vell', 'the early 1920s', 0, '192'),
    ('vell', '1929', 0, '1929'),
    ('vell', 'twenty-nine years old', 0, 'P29Y'),
    ('vell', '1930', 0, '1930'),
    ('vell', '1931', 0, '1931'),
    ('vell', '1936', 0, '1936'),
    ('vell', 'March 1936', 0, '1936-03'),
    ('vell', 'The next six months', 0, 'P6M'),
    ('vell', '1 October 1936', 0, '1936-10-01'),
    ('vell', 'the winter of 1938', 0, '1938-WI'),
    ('vell', '9 April 1940', 0, '1940-04-09'),
    ('vell', 'earlier that month', 0, '1940-04'),
    ('vell', 'three weeks', 0, 'P3W'),
    ('vell', 'the summer of 1945', 0, '1945-SU'),
    ('vell', '1946', 0, '1946'),
    ('vell', '1951', 0, '1951'),
    ('vell', 'the last ten years', 0, 'P10Y'),
    ('vell', '30 January 1962', 0, '1962-01-30'),
    ('vell', 'sixty-two years earlier', 0, '1900'),
    ('lantern', 'the winter of 1942–43', 0, '1943-WI'),
    ('lantern', '10 July 1943', 0, '1943-07-10'),
    ('lantern', '2:45 a.m. on 10 July', 0, '1943-07-10T02:45'),
    ('lantern', 'evening', 0, '1943-07-10TEV'),
    ('lantern', 'the next morning', 0, '1943-07-11TMO'),
    ('lantern', '22 July', 0, '1943-07-22'),
    ('lantern', 'three-week', 0, 'P3W'),
    ('lantern', '11', 0, '1943-08-11'),
    ('lantern', '17 August', 0, '1943-08-17'),
    ('lantern', 'thirty-eight days', 0, 'P38D'),
    ('lantern', 'Two months later', 0, '1943-09'),
    ('lantern', 'September', 0, '1943-09'),
    ('lantern', 'the 1950s', 0, '195'),
    ('lantern', 'the fiftieth anniversary of the landings', 0, '1993-07-10'),
    ('lantern', '10 July 1993', 0, '1993-07-10'),
    ('two_leagues', '431 BC', 0, 'BC0431'),
    ('two_leagues', 'Each summer', 0, 'XXXX-SU'),
    ('two_leagues', 'each winter', 0, 'XXXX-WI'),
    ('two_leagues', 'the second year of the war', 0, 'P1Y'),
    ('two_leagues', 'the winter of 427/426 BC', 0, 'BC0426-WI'),
    ('two_leagues', '425 BC', 0, 'BC0425'),
    ('two_leagues', 'seventy-two days', 0, 'P72D'),
    ('two_leagues', 'The following year', 0, 'BC0424'),
    ('two_leagues', 'one year', 0, 'P1Y'),
    ('two_leagues', 'the spring of 423 BC', 0, 'BC0423-SP'),
    ('two_leagues', '421 BC', 0, 'BC0421'),
    ('two_leagues', 'ten years', 0, 'BC0421'),
    ('two_leagues', 'six years', 0, 'P6Y'),
    ('two_leagues', 'April 404 BC', 0, 'BC0404-04'),
    ('two_leagues', 'months', 0, 'PXM'),
    ('frontier', 'January 1879', 0, '1879-01'),
    ('frontier', '22 January', 0, '1879-01-22'),
    ('frontier', 'That afternoon', 0, '1879-01-22TAF'),
    ('frontier', '11 February', 0, '1879-02-11'),
    ('frontier', 'a week', 0, 'P1W'),
    ('frontier', 'night', 0, '1879-01-22TNI'),
    ('frontier', 'March', 0, '1879-03'),
    ('frontier', 'May 1879', 0, '1879-05'),
    ('frontier', '1 June', 0, '1879-06-01'),
    ('frontier', '4 July', 0, '1879-07-04'),
    ('frontier', '28 August', 0, '1879-08-28'),
    ('frontier', '1883', 0, '1883'),
    ('frontier', 'the following year', 0, '1884'),
    ('frontier', 'fifty-four', 0, 'P54Y'),
    ('rising', 'the spring of 1919', 0, '1919-SP'),
    ('rising', 'mid-1919', 0, '1919'),
    ('rising', '1919', 2, '1919'),
    ('rising', '20', 0, '1920'),
    ('rising', 'thirty-four', 0, 'P34Y'),
    ('rising', '7 November 1919', 0, '1919-11-07'),
    ('rising', "the second anniversary of the workers' strike there", 0, '1919-11-07'),
    ('rising', 'late February 1920', 0, '1920-02'),
    ('rising', 'three months', 0, 'P3M'),
    ('rising', '14 June', 0, '1920-06-14'),
    ('rising', 'nineteen days', 0, 'P19D'),
    ('rising', 'the end of 1920', 0, '1920'),
    ('rising', "New Year's Day 1921", 0, '1921-01-01'),
    ('rising', 'the 1970s', 0, '197'),
    ('rising', 'the last days of May', 0, '1920-05'),  # found since s23 (narrative_calendar_parts)
    ('kanto', 'the late 1950s', 0, '195'),
    ('kanto', 'the early 1960s', 0, '196'),
    ('kanto', 'mid-1964', 0, '1964'),
    ('kanto', 'March 1965', 0, '1965-03'),
    ('kanto', 'the end of the year', 0, '1965'),
    ('kanto', 'a decade', 0, 'P1DE'),
    ('kanto', 'the morning of 31 January 1968', 0, '1968-01-31TMO'),
    ('kanto', 'twenty-six days', 0, 'P26D'),
    ('kanto', 'Four years later', 0, '1972'),
    ('kanto', '11:30 a.m.', 0, '1975-04-30T11:30'),
    ('kanto', '30 April 1975', 0, '1975-04-30'),
    ('kanto', 'the 1980s', 0, '198'),
    ('kanto', 'the end of the century', 0, '19'),
    ('ardel', 'the autumn of 1346', 0, '1346-FA'),
    ('ardel', 'the winter', 0, '1347-WI'),
    ('ardel', 'Christmas Eve', 0, '1346-12-24'),
    ('ardel', 'the new year', 0, '1347'),
    ('ardel', 'February', 0, '1347-02'),
    ('ardel', 'every day', 0, 'XXXX-XX-XX'),
    ('ardel', '3 August 1347', 0, '1347-08-03'),
    ('ardel', 'eleven months', 0, 'P11M'),
    ('ardel', 'two hundred years', 0, 'P200Y'),
    ('ardel', '7 January 1558', 0, '1558-01-07'),
    ('ardel', 'the 1360s', 0, '136'),
    ('chemist', '12 March 1832', 0, '1832-03-12'),
    ('chemist', '1859', 0, '1859'),
    ('chemist', 'months', 0, 'PXM'),
    ('chemist', 'the winter of 1862–63', 0, '1863-WI'),
    ('chemist', 'two years', 0, 'P2Y'),
    ('chemist', 'the spring of 1865', 0, '1865-SP'),
    ('chemist', 'the next twenty years', 0, 'P20Y'),
    ('chemist', '2 November 1900', 0, '1900-11-02'),
    ('chemist', 'eleven days', 0, '1900-11-02'),
    ('chemist', 'half a century later', 0, '1950'),
    ('chemist', 'the 1950s', 0, '195'),
    ('ridge', '1', 0, '1863-07-01'),
    ('ridge', '3 July 1863', 0, '1863-07-03'),
    ('ridge', 'early June', 0, '1863-06'),
    ('ridge', 'the morning of 1 July', 0, '1863-07-01TMO'),
    ('ridge', 'the afternoon', 0, '1863-07-01TAF'),
    ('ridge', 'that evening', 0, '1863-07-01TEV'),
    ('ridge', '3 July', 1, '1863-07-03'),
    ('ridge', 'two hours', 0, 'PT2H'),
    ('ridge', '3 p.m.', 0, '1863-07-03T15:00'),
    ('ridge', 'an hour', 0, 'PT1H'),
    ('ridge', '4 July', 0, '1863-07-04'),
    ('ridge', 'A month later', 0, '1863-08'),
    ('ridge', 'the following spring', 0, '1864-SP'),
    ('first_war', '264', 0, 'BC0264'),
    ('first_war', '241 BC', 0, 'BC0241'),
    ('first_war', '264 BC', 0, 'BC0264'),
    ('first_war', 'the spring of 260 BC', 0, 'BC0260-SP'),
    ('first_war', 'sixty days', 0, 'P60D'),
    ('first_war', 'Four years later', 0, 'BC0256'),
    ('first_war', 'twenty years', 0, 'P20Y'),
    ('first_war', 'the 240s BC', 0, 'BC024'),
    ('first_war', 'March 241 BC', 0, 'BC0241-03'),
    ('first_war', 'the same year', 0, 'BC0241'),
    ('first_war', 'the 3rd century BC', 0, 'BC02'),
    ('steppe', '22 June 1941', 0, '1941-06-22'),
    ('steppe', '3:15 a.m.', 0, '1941-06-22T03:15'),
    ('steppe', 'a week', 0, 'P1W'),
    ('steppe', 'early July', 0, '1941-07'),
    ('steppe', 'the autumn', 0, '1941-FA'),
    ('steppe', 'late November', 0, '1941-11'),
    ('steppe', 'the night of 5–6 December', 0, '1941-12-05TNI'),
    ('steppe', 'early 1942', 0, '1942'),
    ('steppe', '1942', 1, '1942'),
    ('steppe', 'mid-August', 0, '1942-08'),
    ('steppe', '23 November', 0, '1942-11-23'),
    ('steppe', '900-day', 0, 'P900D'),
    ('steppe', '27 January 1944', 0, '1944-01-27'),
]
LEFT = [
    ('comet', 'the 2120s', 0, '212'),
    ('first_war', 'twenty-three years', 0, 'BC0241'),
]

_TAGGED: dict[str, list] = {}


def _value_at(name: str, expression: str, occurrence: int) -> str | None:
    """The value of the time expression found where ``expression`` is written (its ``occurrence``-th time), or None."""
    text, at = TEXTS[name], -1
    for _ in range(occurrence + 1):
        at = text.index(expression, at + 1)
    timexes = _TAGGED.setdefault(name, tag(text, "2026-12-01", mode="narrative").timexes)
    found = [t for t in timexes if t.start < at + len(expression) and at < t.end]
    return found[0].value if found else None


@pytest.mark.parametrize("name,expression,occurrence,value", EXPECTED)
def test_each_expression_of_a_history_has_the_value_worked_out_by_hand(name: str, expression: str, occurrence: int, value: str) -> None:
    assert _value_at(name, expression, occurrence) == value



@pytest.mark.parametrize(
    "text,expected",
    [
        # the part of a day after "and" is of the same day
        ("On 22 January 1879 the camp was overrun. That afternoon and night a small garrison held out.",
         {"That afternoon": "1879-01-22TAF", "night": "1879-01-22TNI"}),
        ("The camp fell on 22 January 1879. On the evening of 23 January and night the men rested.", {"night": "1879-01-23TNI"}),
        # a word that is no part of a day is left
        ("On 22 January 1879 the camp was overrun. That afternoon and evening the wind rose, and night and fog came.",
         {"That afternoon": "1879-01-22TAF", "evening": "1879-01-22TEV"}),
    ],
)
def test_a_part_of_the_day_after_and(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected
