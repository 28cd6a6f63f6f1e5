"""Narrative mode, session 21: sixteen short histories written for these tests (a naturalist's life, a king's reign in the
15th century BC, a trading company, a crisis told day by day, a frontier city of the 6th century, a newspaper, a polar
voyage, a war of two leagues, an independence, a slump, an offensive, an early kingdom, a peace mission, a peninsula war, an
emperor's return, a civil war BC), each expression's value worked out by hand as a history (TIMEX2) annotator would write
it before the tagger was run; then focused cases of each kind of error the histories and wikiwars-dev showed, fixed in code
and lexicon."""

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
        # ... with "the first" / "the last" before a number of units, the part of the event it is
        ("The war began in 1954. During the first two years of the war, the rebels held the hills.", "the first two years of the war"),
        ("The war began in 1954. In the last three months of the war, prices rose.", "the last three months of the war"),
        # (without the event's words the rules' extent stays: they take "the first" in there)
        ("The war began in 1954. For the first two years the rebels held the hills.", "the first two years"),
        # ... not when the words run into a clause (a determiner after a noun, a verb in the past) or past eight words
        ("The old king died in 1453. Two years after his death the barons rebelled.", "Two years"),
        ("The fleet sailed in 1701. In 1742, two years of drought ended.", "two years"),
        ("In 1843, after eight years of fighting over the hills and the rivers of the whole north, the rebels gave up.", "eight years"),
        # ... nor end on a link word before a quotation (the part's own words stay: "the first")
        ('In 2007 deaths doubled in the first seven weeks of the "surge" in the city.', "the first seven weeks"),
    ],
)
def test_an_event_phrase_is_part_of_a_length_or_offset_in_a_history(text: str, extent: str) -> None:
    assert extent in _texts(text)


def test_news_leaves_the_event_phrase_out() -> None:
    assert "eight years" in _texts("In 2013, after eight years of savage fighting, the rebels gave up.", mode="news")


# The histories, written for these tests; each value worked out by hand (TIMEX2 conventions as wikiwars-dev writes them)
# before the tagger was run on it (first runs: /work/notes/narr21.md). Texts in /work/notes/narr_texts/e*.txt too.
TEXTS = {
    "naturalist": "The Life of Agnes Merrow\n\nAgnes Merrow was born on 14 March 1824 in a village on the Fenn estuary. Her father, a schoolmaster, taught her Latin, and at nine years old she was already drawing the shells she found on the shore. When he died in 1836 the family moved to the county town. Two years later she found work cataloguing the collection of a local doctor.\n\nIn the spring of 1845 the doctor took her on a collecting journey to the northern islands. They spent six weeks on Harra, and that summer she filled four notebooks. Her first paper, on the snails of the islands, appeared in 1847, when she was twenty-three years old. The society that printed it would not admit women, and for ten years she worked without a post.\n\nHer fortunes changed in the late 1850s. In March 1858 a museum in the capital hired her as an assistant keeper; that autumn she was sent to sort its mollusc drawers, a task that took three years. On 2 February 1863 she married the museum's librarian, Thomas Vell. He died of a fever in the same year.\n\nShe never married again. In 1871 she crossed to the southern continent, where she spent eighteen months. Her great book appeared on 5 June 1880, and six days later the society at last voted to admit women. She was elected its first woman fellow the next spring. She died in 1902 at the age of seventy-seven. A century later her notebooks were found in a cellar of the museum.\n",
    "pharaoh": 'The Reign of Hatmose\n\nThe river kingdom of Keb was old even in the 3rd millennium BC, but its greatest king, Hatmose, ruled much later. He came to the throne in about 1480 BC, while still a boy, and his mother governed for him for seven years. In the autumn of 1473 BC he took power himself. That winter he led his first army south against the desert tribes.\n\nThe campaign lasted two years. In April 1471 BC the army reached the fourth cataract, and a stone set up there the following month still records the victory. Hatmose returned to the capital in the autumn. The next year he began the great temple at Ipet; its builders worked on it for more than twenty years.\n\nA revolt in the delta broke out in 1459 BC. The king marched north within ten days of the news and crushed the rebels at Sau. By the end of the decade the delta towns were paying tribute again. In 1450 BC Hatmose celebrated his jubilee, thirty years after his accession.\n\nHe died in 1426 BC, having reigned for 54 years. His son ruled for only three years. A century after his death the kingdom had split in two, and by the 12th century BC the temple at Ipet was half buried in sand. It was first excavated between 1899 and 1904, and again in the 1960s.\n',
    "company": "The Eastern Salt Company\n\nThe Eastern Salt Company was chartered by the city of Harlingen on 1 April 1602 with a capital of two million guilders. Its first fleet of five ships sailed that December and came home nineteen months later with a cargo of pepper. The profit was so large that the directors paid a dividend of forty per cent in 1604 and again the next year.\n\nThe 1610s were harder. Rival merchants from the south undercut its prices, and in 1617 two ships were lost in a single storm. The company's charter ran for twenty-one years; when it was renewed in 1623, the city took a quarter of the shares. For the rest of the decade the company traded mainly in salt and cloth.\n\nIts golden age began around 1640. Between 1641 and 1652 it sent out more than ninety ships, and by the middle of the century it kept agents in eleven ports. The war with the southern league, which broke out in the summer of 1652, cost it a third of its fleet within two years. Peace was signed on 18 August 1654. Three weeks later the directors met for the first time since the war began.\n\nThe company never recovered its trade. In the 1670s its debts grew steadily, and on 30 December 1689 the city council voted to dissolve it. Its last ship was sold early the following year. Its papers lay unread for almost three hundred years and were catalogued in 1961.\n",
    "crisis": "The Harbour Crisis\n\nIn the autumn of 1962 the government of Tarsa began to build a naval base at Port Sel with foreign help. Aerial photographs taken on the morning of Sunday, 14 October showed missile sites near the harbour. The prime minister was told the next day at breakfast. That evening he called his cabinet together, and it sat until two o'clock in the morning.\n\nFor the next five days the cabinet met in secret. On Friday it agreed to a blockade of the island, and the following Monday the prime minister announced it on the radio at 7 p.m. The blockade came into force at ten o'clock on Wednesday morning. Two ships turned back that afternoon; a third was stopped and searched on 25 October.\n\nThe worst day was Saturday, 27 October. A patrol plane was shot down at noon, and that night both sides expected war. Early the next morning a message came through a neutral embassy, and within hours the two governments had agreed to talk. The sites were taken down over the next three weeks, and the blockade was lifted on 20 November.\n\nThe crisis had lasted thirteen days. Both sides later claimed to have won it. The base at Port Sel was closed in 1975, and the harbour was given back to the fishermen a decade later.\n",
    "frontier_city": "The City of Amara\n\nAmara stood on the frontier for most of the 6th century. In AD 527, the first year of the emperor Lucian's reign, its walls were rebuilt in stone. The work took four years. In the 530s the city grew rich on the silk road, and a cathedral was begun in 536.\n\nDisaster came in the spring of 540, when a Persian army crossed the river. The city held out for nine days. Then the gates were opened by traitors, and the army sacked the lower town for a week before it withdrew. The cathedral, half built, was burned.\n\nThe emperor sent money the next year. By 545 the lower town had been rebuilt, and two years later the cathedral was finished. In 542, however, plague had reached the city, and it came back in 558 and again in the 570s. A chronicler wrote that in the summer of 542 half the monks of the cathedral died.\n\nLucian died in November 565 after a reign of thirty-eight years. Under his successors Amara declined. The Persians took it again in 573 and held it for almost two decades. It was returned by treaty in 591, and in the early 7th century it was a quiet market town. The Arabs took it in 639 without a fight.\n",
    "newspaper": 'The Northern Courier\n\nThe Northern Courier was first printed on Saturday, 6 January 1883, as a weekly of four pages. Within five years it was selling ten thousand copies, and in 1889 it became a daily. Its founder, James Aske, edited it until his death in the winter of 1901-02.\n\nIn 1903 the paper moved to a new building on Mill Street. During the Great War half of its staff enlisted; the paper appeared on only two pages from 1916 to the end of 1918. The 1920s brought its best years. On the night of 9 March 1926 a fire destroyed the presses, but the next issue came out two days later, printed by a rival across the river.\n\nThe slump cut its sales by a third between 1929 and 1933. In the autumn of 1940 the building was bombed; the paper was produced from a warehouse for the next eighteen months. After the war it was bought by a national group, and in 1958 it changed to a smaller format.\n\nThe Courier marked its hundredth year in January 1983 with a special issue of a hundred pages. Fourteen years later it went online, and in 2011 it ended its print edition after 128 years. The last printed issue came out on Friday, 30 September 2011.\n',
    "polar": "The Voyage of the Northern Star\n\nThe Northern Star left Hull on Saturday, 14 August 1897, bound for the ice north of Svalbard. She reached the pack early in September and was frozen in on 28 September. The crew spent the long polar night in the ship. On Christmas Day the captain served the last of the fresh meat, and on New Year's Eve the men held a concert on the ice.\n\nThe sun came back on 19 February 1898. By then two men had scurvy. In early April the ice began to move, and on the night of 6 May the ship was nipped and lost her rudder. Repairs took three weeks. The ice let her go in the middle of July, and she drifted south for forty days.\n\nShe reached Tromso on the morning of 2 September, more than a year after she had sailed. The captain wrote his report that winter, and the next spring the society gave him its gold medal. He went north again in 1901 but never returned; his ship was found a decade later, crushed, on the coast of Greenland.\n",
    "leagues_war": "The War of the Two Leagues\n\nThe quarrel between the Catholic and Protestant leagues of the Rhine had simmered since the 1590s. It broke into war in May 1619, when the Protestant towns seized the bishop's castle at Ems. For the first three years the fighting stayed in the valley. In 1622 the emperor sent an army; it took Ems in the autumn after a siege of eleven weeks.\n\nThe next decade was the worst. The armies lived off the land, and in 1626 and again in 1631 plague followed them. A Swedish force landed in June 1630 and won a great battle at Lorch in September of the following year. Its king was killed in the spring of 1632, at the age of thirty-seven. Talks opened at Speyer in 1641 but dragged on for seven years. The peace was signed on 24 October 1648, and by the end of the century the valley's population had barely recovered.\n",
    "independence": 'Independence\n\nDemands for self-rule grew in the colony in the late 1940s. The first party was founded in 1947, and its leader was jailed two years later. After riots in the capital in February 1952 the governor released him. Elections were held in the spring of 1954; the party won 41 of 50 seats.\n\nIndependence came on the night of 31 December 1955. In the early hours of 1 January 1956 the new flag was raised over the fort. Within weeks the army had been put under local officers. The first budget, passed in June, doubled spending on schools.\n\nThe mid-1960s were troubled. A coup on 12 March 1966 brought the army to power, and for the next nine years the country was ruled by generals. Civilian rule returned in 1975. By 1976 the republic had had three constitutions; in the 1980s it kept one.\n',
    "slump": 'The Slump at Carrow Mills\n\nCarrow Mills had its best year in 1928. Orders fell in the last quarter of 1929, and in the first half of 1930 the mills were on short time. By the summer the company had laid off a third of its weavers. Sales in the second quarter of 1931 were half those of a year earlier.\n\nThe banks called in their loans on Monday, 5 October 1931. Four days later the board asked the town for help. The council met that evening and agreed to guarantee the wages until Christmas. Over the winter the manager, John Tate, found a buyer in the south, and on 1 March 1932 the mills were sold.\n\nThe new owners closed the old weaving shed within six months. Output picked up in the second half of 1933, and by mid-1935 most of the weavers were back at work. The mills closed for good in 1968, forty years after their best year.\n',
    "offensive": "The Karsk Offensive\n\nThe Karsk Offensive (July–October 1943) was the largest operation of the war in the north. Planning began in the winter of 1942–43, after the failure of the previous autumn's attacks. On 5 July 1943, at 03:30, the First Army attacked along a 40-kilometre front. By the end of the month it had advanced 60 km, but heavy rain in mid-August halted it for nearly two weeks.\n\nThe second phase opened on the night of 2–3 September. Within 48 hours the bridgeheads over the Vel were secure, and on 14 September the city of Karsk fell. Over the next few weeks the defenders fell back to the hills. The offensive was formally ended on 21 October; the army had lost some 90,000 men in fifteen weeks.\n\nHistorians in the 1960s and 1970s treated the battle as a victory. Since the archives were opened in 1991, most have come to see it as a costly stalemate. A memorial was unveiled on the 50th anniversary of the city's capture, 14 September 1993.\n",
    "aster": 'The Kingdom of Aster\n\nThe kingdom of Aster emerged c. 850 from the union of three river chiefdoms. Its first recorded king, Oswin I (r. 871–899), fought the northern raiders for most of his reign. In 878 he was driven into the marshes, but the following spring he defeated them at Ebb Hill. His grandson Edric (r. 924–939) extended the kingdom to the sea.\n\nThe 10th century ended in civil war. Between 994 and 1002 three kings were killed, and in the winter of 1002–03 the raiders returned. The kingdom survived under Aelfred II, who reigned for 37 years. By the mid-11th century its towns had doubled in size.\n\nAster fell in 1071, five years after the invasion from the south, when its last king surrendered at Wenlock. For the next two centuries it was a province of the southern crown; its name was revived only in 1284.\n',
    "mission": "The Harbour Mission\n\nThe international mission to the port of Dalen was set up in late 2001, after the ceasefire of 28 October. Its first commander arrived on 3 December 2001, and two months later some 2,000 troops were deployed. In 2003 the mission was widened to cover the whole coast.\n\nViolence rose again in 2006. On 17 March 2007 a bomb killed eleven soldiers, the mission's worst loss. The following year the council cut its size by half. Elections in the autumn of 2009 were largely peaceful.\n\nThe mission was wound up in 2014, thirteen years after it began. As of 2019, some 300 advisers remained in the country.\n",
    "peninsula": 'The Peninsula War\n\nThe war began on 25 June 1950, when northern forces crossed the border in a surprise attack. Within three days the capital had fallen. By early August the southern army held only a small perimeter around the port of Masan. In mid-September a landing far behind the front changed the course of the war, and by the end of October allied troops had reached the northern river.\n\nIn late November a counter-offensive drove them back. The capital changed hands for the fourth time in March 1951. In the spring and summer of 1951 the front settled near the old border, and truce talks opened on 10 July. They dragged on for two years. For the rest of the war the armies fought over hills along the line.\n\nThe armistice was signed on 27 July 1953 and came into force twelve hours later. No peace treaty followed. As of 2020, the two states were still technically at war.\n',
    "hundred_days": 'The Return of the Emperor\n\nThe emperor had been exiled to the island in the spring of 1814. Ten months later, on 26 February 1815, he slipped away with a thousand men, and on 1 March he landed on the southern coast. The army sent to stop him went over to his side. On the evening of 20 March he entered the capital, and the king fled north the same night.\n\nThe allies declared him an outlaw and gathered their armies. In early June the emperor marched north to strike before they could join. On 16 June he beat one army at Ligny, but that night it slipped away. Rain fell all through the following night. The decisive battle began late in the morning of 18 June and lasted until nightfall. Four days later the emperor abdicated for the second time.\n\nHe spent his last six years on an island in the South Atlantic and died there on 5 May 1821, at the age of fifty-one.\n',
    "civil_war_bc": "The Civil War of the Republic\n\nIn January 49 BC the general led his legions across the river that marked the border of his province. His rival fled to the east with most of the senate. The following year the two armies met in Thessaly, and on 9 August 48 BC the rival's army was destroyed. He fled to Egypt, where he was murdered at the end of September.\n\nThe winner spent the winter of 48–47 BC in Alexandria. In 46 BC he defeated the last of his enemies in Africa, and a year later in Spain. He was named dictator for ten years, and early in 44 BC dictator for life. On 15 March 44 BC he was stabbed to death in the senate house.\n\nThirteen years of war followed. His heir won the last battle in 31 BC and ruled until his death in AD 14.\n",
}

EXPECTED = [
    ('naturalist', '14 March 1824', 0, '1824-03-14'),
    ('naturalist', 'nine years old', 0, 'P9Y'),
    ('naturalist', '1836', 0, '1836'),
    ('naturalist', 'Two years later', 0, '1838'),
    ('naturalist', 'the spring of 1845', 0, '1845-SP'),
    ('naturalist', 'six weeks', 0, 'P6W'),
    ('naturalist', 'that summer', 0, '1845-SU'),
    ('naturalist', '1847', 0, '1847'),
    ('naturalist', 'twenty-three years old', 0, 'P23Y'),
    ('naturalist', 'ten years', 0, 'P10Y'),
    ('naturalist', 'the late 1850s', 0, '185'),
    ('naturalist', 'March 1858', 0, '1858-03'),
    ('naturalist', 'that autumn', 0, '1858-FA'),
    ('naturalist', 'three years', 1, 'P3Y'),
    ('naturalist', '2 February 1863', 0, '1863-02-02'),
    ('naturalist', 'the same year', 0, '1863'),
    ('naturalist', '1871', 0, '1871'),
    ('naturalist', 'eighteen months', 0, 'P18M'),
    ('naturalist', '5 June 1880', 0, '1880-06-05'),
    ('naturalist', 'six days later', 0, '1880-06-11'),
    ('naturalist', 'the next spring', 0, '1881-SP'),
    ('naturalist', '1902', 0, '1902'),
    ('naturalist', 'seventy-seven', 0, 'P77Y'),
    ('naturalist', 'A century later', 0, '2002'),
    ('pharaoh', '1480 BC', 0, 'BC1480'),
    ('pharaoh', 'seven years', 0, 'P7Y'),
    ('pharaoh', 'the autumn of 1473 BC', 0, 'BC1473-FA'),
    ('pharaoh', 'That winter', 0, 'BC1472-WI'),
    ('pharaoh', 'two years', 0, 'P2Y'),
    ('pharaoh', 'April 1471 BC', 0, 'BC1471-04'),
    ('pharaoh', 'the following month', 0, 'BC1471-05'),
    ('pharaoh', 'the autumn', 1, 'BC1471-FA'),
    ('pharaoh', 'The next year', 0, 'BC1470'),
    ('pharaoh', 'twenty years', 0, 'P20Y'),
    ('pharaoh', '1459 BC', 0, 'BC1459'),
    ('pharaoh', 'ten days', 0, 'P10D'),
    ('pharaoh', 'the end of the decade', 0, 'BC145'),
    ('pharaoh', '1450 BC', 0, 'BC1450'),
    ('pharaoh', 'thirty years after', 0, 'BC1450'),
    ('pharaoh', '1426 BC', 0, 'BC1426'),
    ('pharaoh', '54 years', 0, 'P54Y'),
    ('pharaoh', 'three years', 0, 'P3Y'),
    ('pharaoh', 'A century after', 0, 'BC1326'),
    ('pharaoh', 'the 12th century BC', 0, 'BC11'),
    ('pharaoh', '1899', 0, '1899'),
    ('pharaoh', '1904', 0, '1904'),
    ('pharaoh', 'the 1960s', 0, '196'),
    ('company', '1 April 1602', 0, '1602-04-01'),
    ('company', 'that December', 0, '1602-12'),
    ('company', 'nineteen months later', 0, '1604-07'),
    ('company', '1604', 0, '1604'),
    ('company', 'the next year', 0, '1605'),
    ('company', 'The 1610s', 0, '161'),
    ('company', '1617', 0, '1617'),
    ('company', 'twenty-one years', 0, 'P21Y'),
    ('company', '1623', 0, '1623'),
    ('company', '1640', 0, '1640'),
    ('company', '1641', 0, '1641'),
    ('company', '1652', 0, '1652'),
    ('company', 'the middle of the century', 0, '16'),
    ('company', 'the summer of 1652', 0, '1652-SU'),
    ('company', 'two years', 0, 'P2Y'),
    ('company', '18 August 1654', 0, '1654-08-18'),
    ('company', 'Three weeks later', 0, '1654-W37'),
    ('company', 'the 1670s', 0, '167'),
    ('company', '30 December 1689', 0, '1689-12-30'),
    ('company', 'the following year', 0, '1690'),
    ('company', 'three hundred years', 0, 'P300Y'),
    ('company', '1961', 0, '1961'),
    ('crisis', 'the autumn of 1962', 0, '1962-FA'),
    ('crisis', 'the morning of Sunday, 14 October', 0, '1962-10-14TMO'),
    ('crisis', 'the next day', 0, '1962-10-15'),
    ('crisis', 'That evening', 0, '1962-10-15TEV'),
    ('crisis', "two o'clock", 0, '1962-10-16T02:00'),
    ('crisis', 'the next five days', 0, 'P5D'),
    ('crisis', 'Friday', 0, '1962-10-19'),
    ('crisis', 'the following Monday', 0, '1962-10-22'),
    ('crisis', '7 p.m.', 0, '1962-10-22T19:00'),
    ('crisis', "ten o'clock", 0, '1962-10-24T10:00'),
    ('crisis', 'that afternoon', 0, '1962-10-24TAF'),
    ('crisis', '25 October', 0, '1962-10-25'),
    ('crisis', 'Saturday, 27 October', 0, '1962-10-27'),
    ('crisis', 'noon', 1, '1962-10-27T12:00'),
    ('crisis', 'that night', 0, '1962-10-27TNI'),
    ('crisis', 'the next morning', 0, '1962-10-28TMO'),
    ('crisis', 'hours', 0, 'PTXH'),
    ('crisis', 'the next three weeks', 0, 'P3W'),
    ('crisis', '20 November', 0, '1962-11-20'),
    ('crisis', 'thirteen days', 0, 'P13D'),
    ('crisis', '1975', 0, '1975'),
    ('crisis', 'a decade later', 0, '1985'),
    ('frontier_city', 'the 6th century', 0, '05'),
    ('frontier_city', 'AD 527', 0, '0527'),
    ('frontier_city', 'four years', 0, 'P4Y'),
    ('frontier_city', 'the 530s', 0, '053'),
    ('frontier_city', '536', 0, '0536'),
    ('frontier_city', 'the spring of 540', 0, '0540-SP'),
    ('frontier_city', 'nine days', 0, 'P9D'),
    ('frontier_city', 'a week', 0, 'P1W'),
    ('frontier_city', 'the next year', 0, '0541'),
    ('frontier_city', '545', 0, '0545'),
    ('frontier_city', 'two years later', 0, '0547'),
    ('frontier_city', '542', 0, '0542'),
    ('frontier_city', '558', 0, '0558'),
    ('frontier_city', 'the 570s', 0, '057'),
    ('frontier_city', 'the summer of 542', 0, '0542-SU'),
    ('frontier_city', 'November 565', 0, '0565-11'),
    ('frontier_city', 'thirty-eight years', 0, 'P38Y'),
    ('frontier_city', '573', 0, '0573'),
    ('frontier_city', 'two decades', 0, 'P2DE'),
    ('frontier_city', '591', 0, '0591'),
    ('frontier_city', 'the early 7th century', 0, '06'),
    ('frontier_city', '639', 0, '0639'),
    ('newspaper', 'Saturday, 6 January 1883', 0, '1883-01-06'),
    ('newspaper', 'five years', 0, 'P5Y'),
    ('newspaper', '1889', 0, '1889'),
    ('newspaper', 'the winter of 1901-02', 0, '1902-WI'),
    ('newspaper', '1903', 0, '1903'),
    ('newspaper', '1916', 0, '1916'),
    ('newspaper', 'the end of 1918', 0, '1918'),
    ('newspaper', 'The 1920s', 0, '192'),
    ('newspaper', 'the night of 9 March 1926', 0, '1926-03-09TNI'),
    ('newspaper', 'two days later', 0, '1926-03-11'),
    ('newspaper', '1929', 0, '1929'),
    ('newspaper', '1933', 0, '1933'),
    ('newspaper', 'the autumn of 1940', 0, '1940-FA'),
    ('newspaper', 'the next eighteen months', 0, 'P18M'),
    ('newspaper', '1958', 0, '1958'),
    ('newspaper', 'January 1983', 0, '1983-01'),
    ('newspaper', 'Fourteen years later', 0, '1997'),
    ('newspaper', '2011', 0, '2011'),
    ('newspaper', '128 years', 0, 'P128Y'),
    ('newspaper', 'Friday, 30 September 2011', 0, '2011-09-30'),
    ('polar', 'Saturday, 14 August 1897', 0, '1897-08-14'),
    ('polar', 'September', 0, '1897-09'),
    ('polar', '28 September', 0, '1897-09-28'),
    ('polar', 'Christmas Day', 0, '1897-12-25'),
    ('polar', "New Year's Eve", 0, '1897-12-31'),
    ('polar', '19 February 1898', 0, '1898-02-19'),
    ('polar', 'early April', 0, '1898-04'),
    ('polar', 'the night of 6 May', 0, '1898-05-06TNI'),
    ('polar', 'three weeks', 0, 'P3W'),
    ('polar', 'the middle of July', 0, '1898-07'),
    ('polar', 'forty days', 0, 'P40D'),
    ('polar', 'the morning of 2 September', 0, '1898-09-02TMO'),
    ('polar', 'a year after', 0, '1898'),
    ('polar', 'that winter', 0, '1899-WI'),
    ('polar', 'the next spring', 0, '1899-SP'),
    ('polar', '1901', 0, '1901'),
    ('polar', 'a decade later', 0, '1911'),
    ('leagues_war', 'the 1590s', 0, '159'),
    ('leagues_war', 'May 1619', 0, '1619-05'),
    ('leagues_war', 'the first three years', 0, 'P3Y'),
    ('leagues_war', '1622', 0, '1622'),
    ('leagues_war', 'the autumn', 0, '1622-FA'),
    ('leagues_war', 'eleven weeks', 0, 'P11W'),
    ('leagues_war', 'The next decade', 0, '163'),
    ('leagues_war', '1626', 0, '1626'),
    ('leagues_war', '1631', 0, '1631'),
    ('leagues_war', 'June 1630', 0, '1630-06'),
    ('leagues_war', 'September of the following year', 0, '1631-09'),
    ('leagues_war', 'the spring of 1632', 0, '1632-SP'),
    ('leagues_war', 'thirty-seven', 0, 'P37Y'),
    ('leagues_war', '1641', 0, '1641'),
    ('leagues_war', 'seven years', 0, 'P7Y'),
    ('leagues_war', '24 October 1648', 0, '1648-10-24'),
    ('leagues_war', 'the end of the century', 0, '16'),
    ('independence', 'the late 1940s', 0, '194'),
    ('independence', '1947', 0, '1947'),
    ('independence', 'two years later', 0, '1949'),
    ('independence', 'February 1952', 0, '1952-02'),
    ('independence', 'the spring of 1954', 0, '1954-SP'),
    ('independence', 'the night of 31 December 1955', 0, '1955-12-31TNI'),
    ('independence', 'the early hours of 1 January 1956', 0, '1956-01-01TMO'),
    ('independence', 'weeks', 0, 'PXW'),
    ('independence', 'June', 0, '1956-06'),
    ('independence', 'The mid-1960s', 0, '196'),
    ('independence', '12 March 1966', 0, '1966-03-12'),
    ('independence', 'the next nine years', 0, 'P9Y'),
    ('independence', '1975', 0, '1975'),
    ('independence', '1976', 0, '1976'),
    ('independence', 'the 1980s', 0, '198'),
    ('slump', '1928', 0, '1928'),
    ('slump', 'the last quarter of 1929', 0, '1929-Q4'),
    ('slump', 'the first half of 1930', 0, '1930-H1'),
    ('slump', 'the summer', 0, '1930-SU'),
    ('slump', 'the second quarter of 1931', 0, '1931-Q2'),
    ('slump', 'a year earlier', 0, '1930-Q2'),
    ('slump', 'Monday, 5 October 1931', 0, '1931-10-05'),
    ('slump', 'Four days later', 0, '1931-10-09'),
    ('slump', 'that evening', 0, '1931-10-09TEV'),
    ('slump', 'Christmas', 0, '1931-12-25'),
    ('slump', 'the winter', 0, '1932-WI'),
    ('slump', '1 March 1932', 0, '1932-03-01'),
    ('slump', 'six months', 0, 'P6M'),
    ('slump', 'the second half of 1933', 0, '1933-H2'),
    ('slump', 'mid-1935', 0, '1935'),
    ('slump', '1968', 0, '1968'),
    ('slump', 'forty years after', 0, '1968'),
    ('offensive', 'July', 0, '1943-07'),
    ('offensive', 'October 1943', 0, '1943-10'),
    ('offensive', 'the winter of 1942–43', 0, '1943-WI'),
    ('offensive', 'the previous autumn', 0, '1942-FA'),
    ('offensive', '5 July 1943', 0, '1943-07-05'),
    ('offensive', '03:30', 0, '1943-07-05T03:30'),
    ('offensive', 'the end of the month', 0, '1943-07'),
    ('offensive', 'mid-August', 0, '1943-08'),
    ('offensive', 'two weeks', 0, 'P2W'),
    ('offensive', 'the night of 2–3 September', 0, '1943-09-02TNI'),
    ('offensive', '48 hours', 0, 'PT48H'),
    ('offensive', '14 September', 0, '1943-09-14'),
    ('offensive', 'the next few weeks', 0, 'PXW'),
    ('offensive', '21 October', 0, '1943-10-21'),
    ('offensive', 'fifteen weeks', 0, 'P15W'),
    ('offensive', 'the 1960s', 0, '196'),
    ('offensive', '1970s', 0, '197'),
    ('offensive', '1991', 0, '1991'),
    ('offensive', '14 September 1993', 0, '1993-09-14'),
    ('aster', '850', 0, '0850'),
    ('aster', '871', 0, '0871'),
    ('aster', '899', 0, '0899'),
    ('aster', '878', 0, '0878'),
    ('aster', 'the following spring', 0, '0879-SP'),
    ('aster', '924', 0, '0924'),
    ('aster', '939', 0, '0939'),
    ('aster', 'The 10th century', 0, '09'),
    ('aster', '994', 0, '0994'),
    ('aster', '1002', 0, '1002'),
    ('aster', 'the winter of 1002–03', 0, '1003-WI'),
    ('aster', '37 years', 0, 'P37Y'),
    ('aster', 'the mid-11th century', 0, '10'),
    ('aster', '1071', 0, '1071'),
    ('aster', 'five years after', 0, '1071'),
    ('aster', 'the next two centuries', 0, 'P2CE'),
    ('aster', '1284', 0, '1284'),
    ('mission', 'late 2001', 0, '2001'),
    ('mission', '28 October', 0, '2001-10-28'),
    ('mission', '3 December 2001', 0, '2001-12-03'),
    ('mission', 'two months later', 0, '2002-02'),
    ('mission', '2003', 0, '2003'),
    ('mission', '2006', 0, '2006'),
    ('mission', '17 March 2007', 0, '2007-03-17'),
    ('mission', 'The following year', 0, '2008'),
    ('mission', 'the autumn of 2009', 0, '2009-FA'),
    ('mission', '2014', 0, '2014'),
    ('mission', 'thirteen years after', 0, '2014'),
    ('mission', '2019', 0, '2019'),
    ('peninsula', '25 June 1950', 0, '1950-06-25'),
    ('peninsula', 'three days', 0, 'P3D'),
    ('peninsula', 'early August', 0, '1950-08'),
    ('peninsula', 'mid-September', 0, '1950-09'),
    ('peninsula', 'the end of October', 0, '1950-10'),
    ('peninsula', 'late November', 0, '1950-11'),
    ('peninsula', 'March 1951', 0, '1951-03'),
    ('peninsula', 'summer of 1951', 0, '1951-SU'),
    ('peninsula', '10 July', 0, '1951-07-10'),
    ('peninsula', 'two years', 0, 'P2Y'),
    ('peninsula', '27 July 1953', 0, '1953-07-27'),
    ('peninsula', 'twelve hours later', 0, '1953-07-27'),
    ('peninsula', '2020', 0, '2020'),
    ('hundred_days', 'the spring of 1814', 0, '1814-SP'),
    ('hundred_days', '26 February 1815', 0, '1815-02-26'),
    ('hundred_days', '1 March', 0, '1815-03-01'),
    ('hundred_days', 'the evening of 20 March', 0, '1815-03-20TEV'),
    ('hundred_days', 'the same night', 0, '1815-03-20TNI'),
    ('hundred_days', 'early June', 0, '1815-06'),
    ('hundred_days', '16 June', 0, '1815-06-16'),
    ('hundred_days', 'that night', 0, '1815-06-16TNI'),
    ('hundred_days', 'the following night', 0, '1815-06-17TNI'),
    ('hundred_days', 'the morning of 18 June', 0, '1815-06-18TMO'),
    ('hundred_days', 'Four days later', 0, '1815-06-22'),
    ('hundred_days', 'six years', 0, 'P6Y'),
    ('hundred_days', '5 May 1821', 0, '1821-05-05'),
    ('hundred_days', 'fifty-one', 0, 'P51Y'),
    ('civil_war_bc', 'January 49 BC', 0, 'BC0049-01'),
    ('civil_war_bc', 'The following year', 0, 'BC0048'),
    ('civil_war_bc', '9 August 48 BC', 0, 'BC0048-08-09'),
    ('civil_war_bc', 'the end of September', 0, 'BC0048-09'),
    ('civil_war_bc', 'the winter of 48–47 BC', 0, 'BC0047-WI'),
    ('civil_war_bc', '46 BC', 0, 'BC0046'),
    ('civil_war_bc', 'a year later', 0, 'BC0045'),
    ('civil_war_bc', 'ten years', 0, 'P10Y'),
    ('civil_war_bc', '44 BC', 0, 'BC0044'),
    ('civil_war_bc', '15 March 44 BC', 0, 'BC0044-03-15'),
    ('civil_war_bc', 'Thirteen years', 0, 'P13Y'),
    ('civil_war_bc', '31 BC', 0, 'BC0031'),
    ('civil_war_bc', 'AD 14', 0, '0014'),
]

# worked out by hand but not found yet (left for later sessions; not asserted): a millennium, "the rest of the decade", "the
# first year of <someone>'s reign" (a year, not P1Y), an anniversary told before its date, an offset restated by the date
# after it ("Ten months later, on 26 February 1815": its month), "nightfall" (TEV or TNI: TIMEX2 not checked)
LEFT = [
    ('pharaoh', 'the 3rd millennium BC', 0, 'BC2'),
    ('company', 'the rest of the decade', 0, '162'),
    ('frontier_city', 'the first year', 0, '0527'),
    ('offensive', 'the 50th anniversary', 0, '1993-09-14'),
    ('hundred_days', 'Ten months later', 0, '1815-02'),
    ('hundred_days', 'nightfall', 0, '1815-06-18TNI'),
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
