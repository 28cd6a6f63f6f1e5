"""Narrative-grade resolution: the story's current time, tense-aware direction, TIMEX2 gold.

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.evaluate import evaluate
from timeline.io.timex2 import read_timex2
from timeline.tagger import tag

TIMEX2_GOLD = """<DOC>
<DOCID>fixture-war</DOCID>
<DATETIME> <TIMEX2 val="2010-01-05T09:00:00">2010-01-05T09:00:00</TIMEX2> </DATETIME>
<TEXT>
The siege began in <TIMEX2 val="1702-05">May 1702</TIMEX2>. <TIMEX2 val="1702-05-30">Two weeks later</TIMEX2> the garrison gave up &amp; marched out.
<TIMEX2 val="FUTURE_REF" anchor_val="1703" anchor_dir="AFTER">Some time after <TIMEX2 val="1703">1703</TIMEX2></TIMEX2> peace came.
</TEXT>
</DOC>"""


def test_timex2_reader_offsets_values_and_nesting() -> None:
    (doc,) = read_timex2(TIMEX2_GOLD)
    assert doc.doc_id == "fixture-war"
    assert doc.dct is not None and doc.dct.year == 2010
    got = [(a.text, a.get("value"), doc.text[a.start : a.end]) for a in doc.timexes]
    assert ("May 1702", "1702-05", "May 1702") in got
    assert ("Two weeks later", "1702-05-30", "Two weeks later") in got
    assert ("1703", "1703", "1703") in got  # the inner tag of a nested pair
    assert ("Some time after 1703", "FUTURE_REF", "Some time after 1703") in got
    assert "&" in doc.text and "<" not in doc.text
    assert all(a.get("type") is None for a in doc.timexes)


def test_timex2_gold_scores_values_only() -> None:
    (gold,) = read_timex2(TIMEX2_GOLD)
    system = tag(gold.text, gold.dct, mode="narrative", doc_id=gold.doc_id)
    r = evaluate([gold], [system])
    assert "type" not in r.timex.attribute_f1
    assert "value" in r.timex.attribute_f1
    assert not any(e.kind == "wrong_type" for e in r.errors)


def _values(text: str, mode: str = "narrative", dct: str = "2026-02-02") -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct, mode=mode).timexes}


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a bare month after a late-year date moves forward into the next year
        ("The siege began on 3 November 1702. In January the garrison surrendered.", "January", "1703-01"),
        # a bare month shortly before the current one stays in its year (a step back is cheap when short)
        ("In June 1702 the fleet sailed from the port. In April the ships had been refitted.", "April", "1702-04"),
        # a year alone keeps its own year for the months that follow
        ("The rebellion spread in 1702. In September the capital fell.", "September", "1702-09"),
        ("The rebellion spread in 1702. The following spring the capital fell.", "The following spring", "1703-SP"),
        # "the previous year" only refers back: the story stays in December
        ("The fort fell on 8 December 1702. The previous year had been quiet. In January the armies went home.", "January", "1703-01"),
        # a year that contains the current day does not pull the story back to its start
        ("The treaty was signed on 8 December 1702, the last act of 1702. In January the armies went home.", "January", "1703-01"),
        # a plan in a future clause does not move the story
        ("The fort fell on 10 March 1702, and the enemy would launch a new campaign in 1704. On 11 March the town surrendered.", "11 March", "1702-03-11"),
        ("The fort fell on 10 March 1702, and the enemy would launch a new campaign in 1704. On 11 March the town surrendered.", "1704", "1704"),
        # a past perfect clause looks back from the story's time and does not move it ...
        ("The general took the city in October 1702; he had spent the spring raising an army.", "the spring", "1702-SP"),
        ("The general took the city in October 1702; in March he had raised an army. In February the city rebelled.", "March", "1702-03"),
        ("The general took the city in October 1702; in March he had raised an army. In February the city rebelled.", "February", "1703-02"),
        # ... but "by" a time it is the story's time
        ("The siege began in February 1702. By March the army had taken the city.", "March", "1702-03"),
        # where a span ends ("until ...") is not where the story has got to
        ("The assault began in October 1702 and lasted until the fall of the capital in February 1704. In December the rains came.", "December", "1702-12"),
        ("The army storms the walls in October 1702 and holds the town until the fall of the capital in February 1704. In December the rains come.", "December", "1702-12"),
        # a sentence's dates follow each other: after "until" dates that leave the story in April, December is the same year's
        ("The army left the coast on April 3, 1702, and held the hills until October 15, the river until November 25, "
         "and the pass until it withdrew on December 10.", "December 10", "1702-12-10"),
        # a prospect counted from the speaker's time ("next summer", "next year") does not move the story ...
        ("On September 10, 1807, the general spoke of a withdrawal of 3,000 troops by next summer. "
         "On September 14, the king backed a limited withdrawal.", "September 14", "1807-09-14"),
        ("The general took the city on 3 March 1702 and promised a new treaty next year. In April the envoy left.", "April", "1702-04"),
        # ... nor, named earlier in the sentence, does it count as the sentence's time
        ("The general spoke on 10 September 1807 of a withdrawal by next summer, and in September 3,000 troops went home.",
         "September", "1807-09"),
        # ... while "the following summer" counts from the story's time and moves it
        ("The army wintered on the coast in 1702. The following summer it marched inland. On 3 June it took the capital.", "3 June", "1703-06-03"),
        # a look-back after "since" does not move the story
        ("The duke took the port in May 1702; the town had been free since 1650. In June the duke left.", "June", "1702-06"),
        ("The duke takes the port in May 1702; the town has been free since 1650. In June the duke leaves.", "June", "1702-06"),
        # a winter is named by the year of its January: "the previous year" counts from that year
        ("The siege began in the winter of 1705, in bitter cold. The previous year had been quiet.", "The previous year", "1704"),
        # an aside years ahead or back, after which the story's own years come back, does not move it
        ("The troops entered the capital on April 9, 1703. In November 1708, crowds burned an effigy in the same square. "
         "On April 15 the war was declared over. A council was set up on April 21, 1703, and met on July 13, 1703.", "April 15", "1703-04-15"),
        ("The army crossed the river on June 24, 1712. Its commander first won fame in 1696 in the south. "
         "On June 28 the army took the city. It reached the capital on September 14, 1712, and left it on October 19, 1712.", "June 28", "1712-06-28"),
        # ... but a move years ahead after which one look-back is written is the story's time
        ("The war began in March 1765. In October 1767 a large crowd marched on the capital. The general had been named "
         "the man of 1765. In November troops arrived. In March 1768 the general left.", "November", "1767-11"),
        # ... and so is one the story does not come back from
        ("The troops entered the capital on April 9, 1703. In November 1708, crowds burned an effigy in the same square. "
         "On April 15 the war was declared over. A council was set up in 1709 and met again in 1710.", "April 15", "1709-04-15"),
    ],
)
def test_narrative_story_time(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize("mode", ["news", "narrative"])
def test_coordinated_month_takes_the_year_written_after_it(mode: str) -> None:
    assert _values("In April and June 1702 the troops mutinied twice.", mode)["April"] == "1702-04"
    assert _values("The talks ran from May 5 to June 2, 1995, without result.", mode)["May 5"] == "1995-05-05"


def _one(text: str, expression: str, dct: str, mode: str = "news"):  # type: ignore[no-untyped-def]
    found = [t for t in tag(text, dct, mode=mode).timexes if t.text == expression]
    assert found, [t.text for t in tag(text, dct, mode=mode).timexes]
    return found[0]


@pytest.mark.parametrize(
    "text,expression,dct,value",
    [
        # the auxiliary decides the verb form next to the expression: "will stay closed" is future
        ("The bridge will stay closed until Friday.", "Friday", "2026-07-22", "2026-07-24"),
        ("The bridge stayed closed until Friday.", "Friday", "2026-07-22", "2026-07-17"),
        # "was scheduled" is past although "scheduled" alone looks ahead
        ("The match was scheduled for 3 p.m. Sunday.", "3 p.m. Sunday", "2026-03-09", "2026-03-08T15:00"),
        ("The match is scheduled for 3 p.m. Sunday.", "3 p.m. Sunday", "2026-03-09", "2026-03-15T15:00"),
        # "since" points back whatever the verb
        ("The index has risen 12 percent since February.", "February", "2025-10-30", "2025-02"),
        ("The index has risen 12 percent in February.", "February", "2025-10-30", "2026-02"),
        # a deictic "ago" counts from the publication date, not from the month just mentioned
        ("Orders slowed in early April. Three years ago, they boomed.", "Three years ago", "2026-07-01", "2023"),
        # ... but a year-ago figure in a quarterly report is the same quarter a year before
        ("Profit rose in the second quarter from a year ago.", "a year ago", "2026-07-20", "2025-Q2"),
        # the year of "that year" is the story's, not the publication's
        ("She was elected in March 2017 and resigned in October of that year.", "October of that year", "2026-01-10", "2017-10"),
        ("The plant opened in May 2012 and closed on June 3 of the following year.", "June 3 of the following year", "2026-01-10", "2013-06-03"),
        # a bare quarter and a day of the story's month
        ("Revenue rose in Q4, after a weak Q3.", "Q4", "2026-02-10", "2025-Q4"),
        ("The firm was listed in June 2018. On the 21st, its shares doubled.", "the 21st", "2026-01-10", "2018-06-21"),
        ("The river froze in 1998. The following winter was milder.", "The following winter", "2026-01-10", "1999-WI"),
        # a winter is named by the year of its January (TIMEX2, TBAQ): December 1997 to February 1998
        ("The river froze in March 1998. The previous winter had been mild.", "The previous winter", "2026-01-10", "1998-WI"),
    ],
)
def test_resolution_direction_and_anaphora(text: str, expression: str, dct: str, value: str) -> None:
    assert _one(text, expression, dct).value == value


def test_shortly_before_a_clock_time_is_the_half_hour_before_it() -> None:
    import datetime as dt

    t = _one("The alarm sounded shortly before 9 p.m. on Tuesday.", "shortly before 9 p.m.", "2026-02-05")
    assert (t.value, t.mod) == ("2026-02-03T21:00", "BEFORE")
    assert (t.earliest, t.latest) == (dt.datetime(2026, 2, 3, 20, 30), dt.datetime(2026, 2, 3, 21, 0))
    t = _one("The doors opened just after 7 a.m. on Tuesday.", "just after 7 a.m.", "2026-02-05")
    assert (t.earliest, t.latest, t.mod) == (dt.datetime(2026, 2, 3, 7, 0), dt.datetime(2026, 2, 3, 7, 15), "AFTER")


@pytest.mark.parametrize(
    "text,expression,value",
    [
        ("The colony was founded in 631 BC. In June the first ships arrived.", "June", "BC0631-06"),
        ("The colony was founded in 631 BC. The following year a temple was built.", "The following year", "BC0630"),
        ("The colony was founded in 631 BC. That summer the harvest failed.", "That summer", "BC0631-SU"),
        # a look-back after "since" does not move the story: the following year counts from 631 BC
        ("The colony was founded in 631 BC, on land held by the king since 680 BC. The following year a temple was built.", "The following year", "BC0630"),
        ("The league lasted from 612 to 539 BC, when it broke up.", "612", "BC0612"),
        ("The league lasted from 612 to 539 BC, when it broke up.", "539 BC", "BC0539"),
        # decades and centuries counted from the story's year, down towards the era
        ("In 490 BC the army landed. In the following decade the city grew.", "the following decade", "BC048"),
        ("In 387 BC a treaty undid the gains of the previous century.", "the previous century", "BC04"),
        # an offset in years from a BC year is a BC year, and moves the story when it looks ahead
        ("The truce was made in 445 BC. Fourteen years later the war broke out.", "Fourteen years later", "BC0431"),
        ("The truce was made in 445 BC. Two years earlier the war had ended.", "Two years earlier", "BC0447"),
        ("The truce is made in 445 BC. Two years later the war breaks out. The following year the city falls.", "The following year", "BC0442"),
        # a day counted from an unknown day of the story's month: that month, day unknown (not a day of the publication year)
        ("In June 480 BC the fleet met the enemy. The next day the fleet sails home.", "The next day", "BC0480-06-XX"),
        ("In 480 BC the fleet met the enemy. That same day the king fled.", "That same day", "BC0480-XX-XX"),
        ("Bronze came to the valley in the 1200s BC.", "the 1200s BC", "BC120"),
        ("Bronze came to the valley in the 5th century BC.", "the 5th century BC", "BC04"),
        # back in the common era, bare months follow the common-era story again
        ("The colony was founded in 631 BC. In June 1850 it was dug up. In July the finds were shipped.", "July", "1850-07"),
    ],
)
def test_dates_before_the_common_era(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_bc_date_has_no_bounds_and_says_so() -> None:
    t = _one("The fort was burnt in 631 BC.", "631 BC", "2026-02-02", mode="narrative")
    assert (t.value, t.earliest, t.latest) == ("BC0631", None, None)


def test_narrative_offset_is_the_date_it_points_to() -> None:
    import datetime as dt

    t = _one("The truce was signed on 4 May 1702. Three days later the fighting resumed.", "Three days later", "2026-02-02", mode="narrative")
    assert (t.type.value, t.value, t.earliest, t.latest) == ("DATE", "1702-05-07", dt.datetime(1702, 5, 7), dt.datetime(1702, 5, 8))
    # news keeps the TimeML duration reading, with the same bounds
    t = _one("The truce was signed on 4 May 1702. Three days later the fighting resumed.", "Three days", "2026-02-02", mode="news")
    assert (t.value, t.earliest) == ("P3D", dt.datetime(1702, 5, 7))
    # from a whole year there is no day to name: some day of that year, as TIMEX2 histories write it (1913-WXX)
    assert _values("The truce was signed in 1702. Three days later the fighting resumed.")["Three days later"] == "1702-XX-XX"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The talks ran on June 8-9 and again from June 20 to 22.", {"June 8": "1702-06-08", "9": "1702-06-09", "June 20": "1702-06-20", "22": "1702-06-22"}),
        ("The envoys met on 3-4 July and left on 6 July.", {"3": "1702-07-03", "4 July": "1702-07-04", "6 July": "1702-07-06"}),
        ("The envoys arrived on July 3 and 4.", {"July 3": "1702-07-03", "4": "1702-07-04"}),
        # a year written after the second day is both days' (one expression with that day)
        ("The envoys met on Jan. 5-7, 1710, in the capital.", {"Jan. 5": "1710-01-05", "7, 1710": "1710-01-07"}),
        ("The envoys met on May 4 and 5 1710.", {"May 4": "1710-05-04", "5 1710": "1710-05-05"}),
    ],
)
def test_paired_days_share_their_month(text: str, expected: dict[str, str]) -> None:
    got = _values("The war broke out in 1702. " + text)
    assert {k: got.get(k) for k in expected} == expected


def test_a_number_after_a_date_is_not_always_a_day() -> None:
    got = _values("The war broke out in 1702. On July 3, 40 ships sailed and 7-9 men died.")
    assert set(got) == {"1702", "July 3"}


def test_season_before_a_word_starting_with_of_is_still_a_season() -> None:
    assert _values("The war resumed in 1702. The shop ran its summer offer.")["summer"] == "1702-SU"
    assert "summer" not in _values("The war resumed in 1702. The army marched in the summer of 1703.")


def test_a_deictic_look_back_does_not_move_the_story() -> None:
    text = "The siege ended on 2 May 1702. \"Two years ago we were starving,\" a soldier wrote. On 9 May the army left."
    got = _values(text)
    assert got["9 May"] == "1702-05-09"


def test_clock_time_takes_the_day_written_after_its_zone() -> None:
    # (the city's time is part of the expression, as "Moscow time" is: lexicon [time_zones] places, s48 recog)
    t = _one("The raid began at 4:10 a.m. Lisbon time on 3 May 1702.", "4:10 a.m. Lisbon time", "2026-02-02", mode="narrative")
    assert t.value == "1702-05-03T04:10"


def test_a_capitalised_name_ending_in_ed_is_not_a_past_verb() -> None:
    s = "The convoy would be ready to cross into the United Kingdom as soon as Tuesday, the minister said."
    assert _one(s, "Tuesday", "2026-02-02").value == "2026-02-03"


def test_a_year_ago_quarter_does_not_become_the_story_quarter() -> None:
    text = ("Acme earned $3 million in the third quarter of 2025, up from $2 million a year ago. "
            "Sales in the quarter rose 4%.")
    got = _values(text, mode="news", dct="2025-10-20")
    assert got["a year ago"] == "2024-Q3"
    assert got["the quarter"] == "2025-Q3"


def test_a_date_in_parentheses_is_an_aside() -> None:
    text = "The fort fell on 3 June 1702 (the records were found in 1790). On 9 June the army left."
    assert _values(text)["9 June"] == "1702-06-09"


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # after a part of a day, "the following <part>" is the first one that begins later
        ("The quake struck in the early hours of Tuesday. The following night, the aftershocks began.", "The following night", "2026-01-27TNI"),
        ("The quake struck on Tuesday night. The following morning, the aftershocks began.", "The following morning", "2026-01-28TMO"),
        ("The quake struck at 10 p.m. on Tuesday. The following morning, the aftershocks began.", "The following morning", "2026-01-28TMO"),
        # after a whole day, it is the next day's
        ("The quake struck on Tuesday. The following evening, the aftershocks began.", "The following evening", "2026-01-28TEV"),
    ],
)
def test_the_following_part_of_day(text: str, expression: str, value: str) -> None:
    assert _values(text, mode="news")[expression] == value


@pytest.mark.parametrize(
    "text,expression,earliest",
    [
        # the story has gone past midnight: a late-evening time, then a small-hours one
        ("A fire broke out shortly before 11 p.m. on Sunday. Crews put out the blaze by 1 a.m.", "1 a.m.", "2026-11-16T01:00"),
        ("Protesters were still in the square at 9 p.m. on Saturday. At 2 a.m., police cleared it.", "2 a.m.", "2026-11-15T02:00"),
        # a later hour of the same day stays on it
        ("The meeting began at 9 a.m. on Sunday and ended at 1 p.m.", "1 p.m.", "2026-11-15T13:00"),
        ("The shop opened at 8 p.m. on Sunday and closed at 11 p.m.", "11 p.m.", "2026-11-15T23:00"),
        # a morning story does not jump: 5 a.m. after 7 a.m. is the same day (a step back)
        ("Trains stopped at 7 a.m. on Sunday. Engineers had found the fault at 5 a.m.", "5 a.m.", "2026-11-15T05:00"),
    ],
)
def test_a_bare_clock_time_after_a_late_evening_one_crosses_midnight(text: str, expression: str, earliest: str) -> None:
    t = _one(text, expression, "2026-11-16")
    assert t.earliest is not None and t.earliest.isoformat(timespec="minutes") == earliest
    assert t.value == earliest and t.latest - t.earliest == dt.timedelta(minutes=1)


@pytest.mark.parametrize("text, expression, value", [
    # a look-back that dates its own sentence is what a later anaphor there counts from
    ("Union leaders will meet the minister on Thursday. Two years ago a fire killed four workers, and the ministry "
     "tightened its rules the following spring.", "the following spring", "2025-SP"),
    ("The board will vote on Thursday. Five years ago the firm lost its licence, and the following year it won it back.", "the following year", "2022"),
    # a point of comparison is no anchor
    ("The report came out on Thursday. Exports were 5% higher than two years ago, and the following year looks better.",
     "the following year", "2027"),
    # in another sentence the story's own time stays the anchor
    ("The board will vote on Thursday. Five years ago the firm lost its licence. The plant will reopen the following spring.",
     "the following spring", "2027-SP"),
])
def test_an_anaphor_counts_from_the_look_back_of_its_own_sentence(text: str, expression: str, value: str) -> None:
    assert _values(text, mode="news", dct="2026-10-14")[expression] == value


@pytest.mark.parametrize("text, expression, value", [
    # a reported hope looks ahead from when it is told ...
    ("Kell said she hoped to complete the purchase by the end of June.", "the end of June", "2027-06"),
    ("The minister said he aimed to open the bridge in May.", "May", "2027-05"),
    # ... a hope in the past perfect was given up, either side of now
    ("He had hoped to finish the bridge by June.", "June", "2026-06"),
])
def test_a_hope_told_in_the_past_looks_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text, mode="news", dct="2026-10-14")[expression] == value


@pytest.mark.parametrize("text, expression, mode, dct, value, earliest", [
    # a winter is named by the year of its January: the winter of 1994 runs from December 1993
    ("It was the coldest day of the winter of 1994.", "the winter of 1994", "news", "2026-10-14", "1994-WI", "1993-12-01"),
    # "this winter" said in October is the one that begins in December
    ("This winter will be cold.", "This winter", "news", "2026-10-14", "2027-WI", "2026-12-01"),
    ("Last winter was mild.", "Last winter", "news", "2026-10-14", "2026-WI", "2025-12-01"),
    # a story in 1905: "the winter" is the one whose January is in 1905 (as WikiWars annotates it)
    ("The war went on into 1905. The winter was harsh.", "The winter", "narrative", "2009-01-01", "1905-WI", "1904-12-01"),
])
def test_a_winter_is_named_by_the_year_of_its_january(text: str, expression: str, mode: str, dct: str, value: str, earliest: str) -> None:
    t = _one(text, expression, dct, mode)
    assert (t.value, t.earliest) == (value, dt.datetime.fromisoformat(earliest))


@pytest.mark.parametrize("text, expression, value", [
    # before the era, the winter after a year's campaigns has its January a year later: one fewer
    ("In 481 BC the king marched west with a great army. The army passed the winter at the coast.", "the winter", "BC0480-WI"),
    # a summer stays in the story's year
    ("In 481 BC the king marched west with a great army. The army rested in the summer.", "the summer", "BC0481-SU"),
])
def test_a_winter_before_the_era_follows_the_years_campaigns(text: str, expression: str, value: str) -> None:
    assert _one(text, expression, "2009-01-01", "narrative").value == value



def test_a_past_clause_hour_does_not_take_a_story_day_still_to_come() -> None:
    # the election date is a plan: "shortly after midnight" in a past clause is the publication day's
    text = "Lawmakers voted on Tuesday to hold an election on Jan. 17. The motion passed shortly after midnight."
    assert _values(text, mode="news", dct="2026-12-09")["shortly after midnight"] == "2026-12-08T24:00"
    # a later day the story has reached stays its anchor
    assert _values("The fire started late on Sunday. Crews put it out shortly after midnight.", mode="news",
                   dct="2026-12-09")["shortly after midnight"] == "2026-12-06T24:00"


def test_the_comma_of_a_number_ends_no_clause() -> None:
    # "rose from 1,200 in March": the past verb is in the time's clause
    assert _values("The index rose from 1,200 in March.", mode="news", dct="2026-10-13")["March"] == "2026-03"


def test_a_few_days_later_is_a_length_in_news_and_a_vague_future_in_a_history() -> None:
    """TimeBank writes "a few days later" as a length of unknown amount (PXD), as news mode
    writes "two days later" (P2D); TIMEX2 histories write FUTURE_REF. Bounds are the same."""
    text = "The army crossed the river on May 3, 1916. A few days later, the town fell."
    news = tag(text, reference_time="2026-03-04").timexes[-1]
    history = tag(text, reference_time="2026-03-04", mode="narrative").timexes[-1]
    assert (news.type.value, news.value) == ("DURATION", "PXD")
    assert (history.type.value, history.value) == ("DATE", "FUTURE_REF")
    assert (news.earliest, news.latest) == (history.earliest, history.latest) == (dt.datetime(1916, 5, 5), dt.datetime(1916, 5, 13))


@pytest.mark.parametrize(
    "text,expression,mode,value",
    [
        # a hedged offset in a history is the period of its unit that the amount written points to ...
        ("The treaty was signed in 1965. Almost two decades earlier, the envoy had met the king.", "Almost two decades earlier", "narrative", "194"),
        ("The fort fell in 1703. Just over a year earlier the walls had been repaired.", "Just over a year earlier", "narrative", "1702"),
        ("The king died on 3 May 1702. About two days later his son was crowned.", "About two days later", "narrative", "1702-05-05"),
        # ... and when the story's time is less precise than its unit, some period of that unit within what is known
        # (TIMEX2 histories: "less than a week later" after a month is 1913-WXX)
        ("The king died in 1702. Almost two months later his son was crowned.", "Almost two months later", "narrative", "1702-XX"),
        # ... and in news it stays a length
        ("The fort fell in 1703. Just over a year earlier the walls had been repaired.", "over a year", "news", "P1Y"),
    ],
)
def test_a_hedged_offset_in_a_history_names_the_period_it_points_to(text: str, expression: str, mode: str, value: str) -> None:
    assert _values(text, mode=mode)[expression] == value


@pytest.mark.parametrize(
    "text,expression,mode,value",
    [
        # "for the next year" after a verb of lasting is a length ...
        ("Fighting in the hills went on for the next year.", "the next year", "narrative", "P1Y"),
        ("The port stayed the capital for the next decade.", "the next decade", "news", "P10Y"),
        # ... a date something is planned for stays the calendar period
        ("The vote is scheduled for the next year.", "the next year", "news", "2027"),
        ("The war began in 1702. The king ordered a new campaign for the following year.", "the following year", "narrative", "1703"),
    ],
)
def test_for_the_next_year_is_a_length(text: str, expression: str, mode: str, value: str) -> None:
    assert _values(text, mode=mode, dct="2026-05-02")[expression] == value
