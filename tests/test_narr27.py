"""Narrative mode, session 27 (helper narr): focused cases of each kind of error that fresh short histories (written and
valued by hand, as a history (TIMEX2) annotator would, before the tagger was run on them) showed."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, mode: str = "narrative") -> dict[str, str]:
    return {t.text: t.value for t in tag(text, "2026-12-01", mode=mode).timexes}


@pytest.mark.parametrize(
    "text,expected",
    [
        # the event began on the day before "The next morning": its second day is the morning's day
        ("The miners of Harz rose on 9 May 1849 and occupied the pit heads. The next morning the manager left for the city, "
         "and on the second day the troops refused to fire.", {"the second day": "1849-05-10"}),
        # ... told as a night
        ("The mutiny broke out on the night of 3 June 1797, when the crews seized the officers. The next morning the admiral "
         "sent an envoy. On the third day the ships sailed for the Nore.", {"the third day": "1797-06-05"}),
        # control: the beginning is told on the morning's day: counted from it
        ("The army reached the walls of Grenz on 6 July 1620. The assault began the next morning, and on the third day the "
         "gate fell.", {"the third day": "1620-07-09"}),
        # a title line above, and the date written with a holiday and a comma: the beginning is the date's own clause's
        ("The Easter Revolt at Tarn\nThe revolt at Tarn broke out on Easter Monday, 9 April 1798. On the first day the rebels "
         "took the mill; on the second day they held the ford.", {"the first day": "1798-04-09", "the second day": "1798-04-10"}),
        # control: a beginning told on both days: the later one's event is counted ("the second day" of the attack)
        ("The French crossed the Lobau on 3 May 1809 and began to fortify the bank. The next morning the Austrians attacked, "
         "and on the second day the bridge was lost.", {"the second day": "1809-05-05"}),
        # control: no beginning told on either day: counted from the story's day, as before
        ("The fleet anchored off Vigo on 1 May 1702. The next morning the admiral went ashore. On the second day the town "
         "paid the ransom.", {"the second day": "1702-05-03"}),
    ],
)
def test_a_numbered_day_counts_from_the_day_the_event_began(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the sentence tells the heir taking the throne: "his reign" is the heir's, counted from the ruler's death
        ("Magnus became king of Hald in 1240. Magnus died in 1263. His son Erik reigned for eleven years; in the fourth year "
         "of his reign the barons rose.", {"the fourth year of his reign": "1266"}),
        # the heir's own length is no length of the reign before ("ruled for twenty years" is)
        ("Magnus became king of Hald in 1240 and ruled for twenty years. His son Erik reigned for eleven years; in the fourth "
         "year of his reign the barons rose.", {"the fourth year of his reign": "1263"}),
        # the heir's accession told with its date in that sentence is what the reign counts from
        ("Duke Otto died in 1540. His grandson succeeded in 1571, and in the second year of his reign he summoned the "
         "estates.", {"the second year of his reign": "1572"}),
        # control: the heir is only mentioned, no accession word after him: the reign is the king's own
        ("Magnus became king of Hald in 1240. His son Erik was born in 1249. In the fourth year of his reign the barons rose.",
         {"the fourth year of his reign": "1243"}),
        ("Magnus was crowned in 1240, and his old rival died in 1250. His son Erik was at his side when, in the fourth "
         "year of his reign, the barons rose.", {"the fourth year of his reign": "1243"}),
    ],
)
def test_a_reign_told_of_an_heir_counts_from_the_death(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Odo was elected abbot of Fleury in 1140. In his sixth year as abbot he rebuilt the dormitory, and two years later "
         "he went to Rome.", {"his sixth year as abbot": "1145", "two years later": "1147"}),
        ("Ingrid succeeded her father as queen in 1410. In her third year on the throne she made peace with the Danes.",
         {"her third year on the throne": "1412"}),
    ],
)
def test_a_year_of_an_office_is_the_year_it_is(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_winter_quarters_is_a_place() -> None:
    values = _values("The army marched south in 1759 and went into winter quarters at Dresden.")
    assert values == {"1759": "1759"}
    # control: the season itself stays
    assert _values("The army marched south in 1759 and spent the winter at Dresden.").get("the winter") is not None


@pytest.mark.parametrize(
    "text,expected",
    [
        # a winter reached from a date of its December's year: "that year", "the following year" count from that year
        ("The army left Moscow on 19 October 1812. The winter was the coldest in memory that year, and on 8 November the "
         "first snows fell.", {"that year": "1812", "8 November": "1812-11-08"}),
        ("The line was fixed in October 1914. During the winter both sides dug trenches. The following year gas was used "
         "for the first time.", {"The following year": "1915"}),
        ("The line was fixed in December 1914. That winter both sides dug trenches. The following year gas was used.",
         {"The following year": "1915"}),
        # ... but "the previous year" in it looks back from its January: the year the winter ends in
        ("The line was fixed in October 1914. During the winter both sides dug trenches; the previous year had cost a "
         "million men.", {"the previous year": "1914"}),
        # control: a winter named with its year, or reached from its January, counts from its January's year
        ("The line was fixed in October 1914. In the winter of 1915 both sides dug trenches. The following year gas was "
         "used.", {"The following year": "1916"}),
        ("The line was fixed in January 1915. That winter both sides dug trenches. The following year gas was used.",
         {"The following year": "1916"}),
    ],
)
def test_a_winter_reached_from_its_december_year_keeps_that_year(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The Swedes burned Turku in 1318. Two winters later they came back, and that spring they took Viborg.",
         {"Two winters later": "1320-WI", "that spring": "1320-SP"}),
        ("The abbey was finished in 1204. Three summers earlier a flood had carried off the old bridge.",
         {"Three summers earlier": "1201-SU"}),
    ],
)
def test_seasons_counted_later_or_earlier(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_seasons_counted_later_are_a_history_reading() -> None:
    # control: news mode leaves them to the news reading (nothing tagged, as before)
    assert "Two winters later" not in _values("The shop opened in March. Two winters later it closed.", mode="news")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The assault on Kars began on 29 September 1855. On the morning of the third day the Russians withdrew.",
         {"the morning of the third day": "1855-10-01TMO"}),
        ("The assault on Kars began in September 1855. On the night of the second day the Russians withdrew.",
         {"the night of the second day": "1855-09-XXTNI"}),
        ("The assault on Kars began on 29 September 1855. By the end of the second day the Russians had withdrawn.",
         {"the end of the second day": "1855-09-30"}),
        # control: a numbered day alone
        ("The assault on Kars began on 29 September 1855. On the third day the Russians withdrew.",
         {"the third day": "1855-10-01"}),
    ],
)
def test_a_part_of_a_numbered_day_is_one_expression(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_the_end_of_a_numbered_day_is_its_last_third() -> None:
    t = next(t for t in tag("The assault on Kars began on 29 September 1855. By the end of the second day the Russians had "
                            "withdrawn.", "2026-12-01", mode="narrative").timexes if t.text == "the end of the second day")
    assert (t.mod.value if t.mod else None, str(t.earliest), str(t.latest)) == ("END", "1855-09-30 16:00:00", "1855-10-01 00:00:00")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("In October 1683 the garrison fell sick, and on the last day of the month the town opened its gates.",
         {"the last day of the month": "1683-10-31"}),
        ("He farmed at Ulm through the 1840s and emigrated in the last year of the decade.",
         {"the last year of the decade": "1849"}),
        ("The mill opened in 1911. In the first month of the year it burned.", {"the first month of the year": "1911-01"}),
        ("The old king died in 1699, the last year of the century.", {"the last year of the century": "1699"}),
        # the decade left untagged by the recognizer (a clause goes on after it): the decade of the year told before
        ("The old count died in 1331, and his widow ruled for two years. In the last year of the decade a feud broke out.",
         {"the last year of the decade": "1339"}),
        # control: a length of the period's end stays what it was ("the last months of the year")
        ("The fort fell in 1656. In the last months of the year the garrison left.", {"the last months of the year": "1656"}),
    ],
)
def test_the_first_or_last_day_month_or_year_of_a_period(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_the_length_before_a_period_end_gives_way() -> None:
    texts = [t.text for t in tag("He farmed at Ulm through the 1840s and emigrated in the last year of the decade.", "2026-12-01",
                                 mode="narrative").timexes]
    assert texts == ["the 1840s", "the last year of the decade"]
    # ... and so does the decade tagged after a year written out ("1771 ... the last year of the decade,")
    texts = [t.text for t in tag("The mill was sold in 1771. He wrote his memoirs there and died in the last year of the decade, "
                                 "old and blind.", "2026-12-01", mode="narrative").timexes]
    assert texts == ["1771", "the last year of the decade"]


def test_a_holiday_with_its_date_is_one_expression() -> None:
    values = _values("The rebels rose on Easter Monday, 24 April 1916, and held the post office for six days.")
    assert values.get("Easter Monday, 24 April 1916") == "1916-04-24"
    # control: a holiday and a date in separate phrases stay apart
    apart = _values("The talks broke down at Easter, and on 24 April 1916 the rebels rose.")
    assert apart.get("24 April 1916") == "1916-04-24" and "Easter" in apart


@pytest.mark.parametrize(
    "text,expected",
    [
        ("In October 1757 the duke took command, and he spent the winter at Hanover. The following February the allies "
         "drove him back.", {"The following February": "1758-02"}),
        # control: after a summer, the month comes round the next year
        ("In the summer of 1757 the duke took command. The following August the allies drove him back.",
         {"The following August": "1758-08"}),
    ],
)
def test_the_following_month_in_a_winter_is_that_winters(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected
