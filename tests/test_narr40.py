"""Narrative mode, session 40 (helper narr): focused cases of each kind of error that fresh short histories (written and
valued by hand, as a history (TIMEX2) annotator would, before the tagger was run on them: bench/histories-s40narr)
showed. Own sentences."""

from __future__ import annotations

import pytest

from _timelines import story_values  # expression -> narrative value, told on 1 Dec 2026


@pytest.mark.parametrize(
    "text,expected",
    [
        # a step on in the sentence right after a flashback whose date lies in a simple-past clause hung on its past
        # perfect main clause counts from that date (was from the story's time: 1891, 1904)
        ("Ada Rowe joined the Bolton mill in May 1890. She had learned to weave as a child, when her aunt took her to "
         "Preston in 1881. The next year she ran two looms of her own.", {"The next year": "1882"}),
        ("The bridge at Carle opened in June 1903. Its engineer had first seen the river as a boy, when his father farmed "
         "there in 1879. Two years later the family moved to Leeds.", {"Two years later": "1881"}),
        ("In March 1911 Tom Hale became master of the school. He had been a pupil there himself, when it opened in 1872. "
         "The following spring he won a prize for Latin.", {"The following spring": "1873-SP"}),
    ],
)
def test_step_after_flashback_event(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # ... not "That year" (the story's), nor a step after a past perfect date in the main clause
        ("Ada Rowe joined the Bolton mill in May 1890. She had learned to weave as a child, when her aunt took her to "
         "Preston in 1881. That year she ran two looms of her own.", {"That year": "1890"}),
        ("The new school opened in September 1886. The old one had stood since 1611. Two years later a chapel was added.",
         {"Two years later": "1888"}),
        ("Jane Orr was elected in 1884. She had come to the town in 1861 and had married there in 1864. The next year she "
         "opened the new baths.", {"The next year": "1885"}),
    ],
)
def test_step_after_flashback_left(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "the last decade of the century": the story's century's tenth decade, one expression (was P1DE and "the century")
        ("The priory was founded in 1132. Its church was rebuilt in the last decade of the century.",
         {"the last decade of the century": "119"}),
        ("The port grew fast after 1820, and in the first decade of the century it had been a village.",
         {"the first decade of the century": "180"}),
        ("The guild was formed in 1452, and by the final decade of the century it ruled the town.",
         {"the final decade of the century": "149"}),
    ],
)
def test_decade_of_the_story_century(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_decade_of_another_century_left() -> None:
    # a century that another word makes some other one stays as it was read
    values = story_values("The guild was formed in 1452. The last decade of the century that followed was hard.")
    assert "the last decade of the century" not in values
    assert values.get("The last decade") == "P1DE"


@pytest.mark.parametrize(
    "text,expected",
    [
        # "mid-century", "the mid-decade": the story's century (decade) with MID (was missed)
        ("The abbey was founded in 1132, and by mid-century it owned eleven farms.", {"mid-century": "11"}),
        ("The canal opened in 1791; by the mid-decade it carried coal.", {"the mid-decade": "179"}),
    ],
)
def test_mid_century(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_mid_century_mod() -> None:
    from timeline.tagger import tag

    t = next(t for t in tag("The abbey was founded in 1132, and by mid-century it owned eleven farms.", "2026-12-01",
                            mode="narrative").timexes if t.text == "mid-century")
    assert (t.value, str(t.mod)) == ("11", "MID")


@pytest.mark.parametrize(
    "text,expected",
    [
        # "the following Christmas": the first after the story's time, one expression (was "Christmas", the one nearest the
        # story's year: 1644 after March 1645)
        ("The war began in March 1645. The king spent the following Christmas at Raglan.",
         {"the following Christmas": "1645-12-25"}),
        ("On 3 May 1650 the fleet sailed. The following Easter it came home.", {"The following Easter": "1651-04-09"}),
        ("The siege ended in April 1646. The previous Christmas had been hungry.", {"The previous Christmas": "1645-12-25"}),
        # "that Christmas": the words in the extent, the holiday of the story's year as before
        ("The war began in March 1645. That Christmas the king was at Oxford.", {"That Christmas": "1645-12-25"}),
    ],
)
def test_story_holidays(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "the eve of the battle": the day before the day told for the battle (was missed)
        ("The battle of Corran was fought on 14 June 1645. On the eve of the battle the council met.", {"the eve": "1645-06-13"}),
        # (s47: the extent runs to the clause's subject pronoun, as the gold of bench/histories-s40narr marks "the eve of the battle")
        ("The king was crowned on 2 May 1660. On the eve of his coronation he rode through the city.",
         {"the eve of his coronation": "1660-05-01"}),
    ],
)
def test_eve_of_event(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a century or decade told before any date is the one of the text's first year (was the publication's: 20)
        ("Coal was first dug at Harlan in the early part of the century, but the deep pit was sunk only in 1852.",
         {"the early part of the century": "18"}),
        ("The hamlet stood empty for the first half of the century. Its last families had left in 1908.",
         {"the first half of the century": "19"}),
    ],
)
def test_century_before_any_date(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "the closing years of the century": the story's century with END, one expression (was "years", PXY)
        ("She taught at Uppsala from 1891. In the closing years of the century she went twice to Spitsbergen.",
         {"the closing years of the century": "18"}),
        ("The dock opened in 1921. In the first years of the decade it was busy.", {"the first years of the decade": "192"}),
        # "the new century": the century whose first year is nearest the story's time (was missed)
        ("Greaves had his own ship by 1779 and sailed it for twenty years. Early in the new century he bought a farm.",
         {"the new century": "18"}),
        ("The mill was built in 1903, and in the new century the town grew.", {"the new century": "19"}),
        # "the 1780s and 90s": the short decade of the same century (was missed)
        ("In the 1780s and 90s he made eleven voyages to Greenland.", {"90s": "179"}),
        ("The town grew in the 1840s to 60s.", {"60s": "186"}),
    ],
)
def test_story_century_parts(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


def test_century_parts_left() -> None:
    # "the last years of the century that followed", "the last days of the war": as before (lengths)
    values = story_values("The guild was formed in 1452. The last years of the century that followed were quiet. In the "
                          "last days of the war the king died.")
    assert (values.get("The last years"), values.get("the last days")) == ("PXY", "PXD")


@pytest.mark.parametrize(
    "text,expected",
    [
        # "the morning after the battle": that part of the day after the battle's (was the morning of the story's day)
        ("The battle of Corran was fought on 14 June 1645. The morning after the battle the victors buried the dead.",
         {"The morning": "1645-06-15TMO"}),
        ("The treaty was signed on 3 May 1713. The evening after the signing the envoys dined together.",
         {"The evening": "1713-05-04TEV"}),
    ],
)
def test_part_of_day_after_event(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # dual dating of January to March: the later year, the slash in the extent (was the earlier year, "/21" left out)
        ("The yard's books record his arrival on 20 February 1720/21.", {"20 February 1720/21": "1721-02-20"}),
        ("He was born at Hull in March 1688/9.", {"March 1688/9": "1689-03"}),
        ("The old king died on 9 January 1699/00.", {"9 January 1699/00": "1700-01-09"}),
        # ... not a later month, nor digits that are not the next year
        ("On 5 June 1720/21 he wrote to the board.", {"5 June 1720": "1720-06-05"}),
        ("On 20 February 1720/22 he left the yard.", {"20 February 1720": "1720-02-20"}),
    ],
)
def test_dual_dated_years(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected
