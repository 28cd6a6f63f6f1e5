"""Narrative mode, session 9: the story's time in history-style text (own sentences)."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, mode: str = "narrative", dct: str = "2026-02-02") -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct, mode=mode).timexes}


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # the day the planning was done moves the story: what follows counts from it
        ("The army wintered in the hills in 1805. In a speech on September 10, 1807, the general planned a withdrawal. "
         "On October 1 the army began its retreat.", "October 1", "1807-10-01"),
        ("In the winter of 1803 the admiral drew up his charts. On October 2, 1803, he planned an attack on the harbour "
         "for the following spring.", "the following spring", "1804-SP"),
        ("The war began in 1640. In May 1642, the council intended a truce. In June the fighting resumed.", "June", "1642-06"),
        # ... but the time a plan is for does not
        ("The army took the city on 3 March 1702. In 1705, the king will plan a new campaign, the envoy wrote. In April the envoy left.",
         "April", "1702-04"),
    ],
)
def test_dated_planning_moves_the_story(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


_SECTIONS = (
    "The Border War\n\n"
    "{head}\n\n"
    "The campaign opened in the spring of 1912. By December 1912 the army held every pass in the north.\n\n"
    "{sub}"
    "At the end of March the army laid siege to the town of Ural. In May the town fell.\n\n"
    "1913: Peace\n\n"
    "In June the treaty was signed."
)


@pytest.mark.parametrize(
    "head,sub,expression,value",
    [
        # under a heading that names a year, a bare month is of that year, wherever the overview ended
        ("1912: The first campaign", "The siege of Ural\n\n", "the end of March", "1912-03"),
        ("1912: The first campaign", "", "the end of March", "1912-03"),
        ("1912: The first campaign", "The siege of Ural\n\n", "May", "1912-05"),
        # a line that ends as a sentence is no heading: the story goes on from December
        ("In 1912 the first campaign began.", "", "the end of March", "1913-03"),
        # a heading with its own year is a new section
        ("1912: The first campaign", "The siege of Ural\n\n", "June", "1913-06"),
    ],
)
def test_a_year_heading_holds_its_section_bare_months(head: str, sub: str, expression: str, value: str) -> None:
    assert _values(_SECTIONS.format(head=head, sub=sub))[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a year outside the section's is a comparison or a look-back: the story stays
        ("A history\n\n1820: The rising\n\nIn March 1820 the north rose. The rebels took Vell in April, a loss far worse than the "
         "defeat of 1815. In June the rebels marched south.", "June", "1820-06"),
        ("A history\n\n1820: The rising\n\nIn March 1820 the north rose. Losses reached 300 a week, as opposed to 900 in summer 1818. "
         "In August the garrison left.", "August", "1820-08"),
        # ... but the next year may still be told under it, and bare months follow the story there
        ("A history\n\n1914: Outbreak\n\nThe war began in August 1914. In January 1915 the armies dug in. In February they attacked.",
         "February", "1915-02"),
        # under a later heading without a date, a first year outside the section ends it
        ("A history\n\n1820: The rising\n\nIn March 1820 the north rose.\n\nAftermath\n\nIn 1825 the treaty was revised. "
         "In March the last troops left.", "March", "1825-03"),
        ("A history\n\n1820: The rising\n\nIn March 1820 the north rose.\n\nThe siege\n\nThe town fell on 3 May 1820, the worst "
         "loss since 1811. In June the rebels marched south.", "June", "1820-06"),
        # a range or an open span heads a theme, not a stretch of the story
        ("Reconstruction, 1865-1877\n\nIn 1866 the act was passed. In 1880 the last troops left. In March the "
         "governor resigned.", "March", "1880-03"),
        # a title names the subject, not a stretch of the story
        ("The War of 1812\n\nThe war began in June 1812. In 1814 the capital burned. In August the fleet sailed.",
         "August", "1814-08"),
        ("Relations since 1950\n\nIn 1958 the islands were shelled. In September the shelling stopped.",
         "September", "1958-09"),
    ],
)
def test_a_year_outside_the_section_does_not_move_the_story(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    "text,lines",
    [
        ("1943: The invasion\n\nThe army landed in July.\n\nAftermath\n\n## 1944\n\n== 1945 ==",
         ["1943: The invasion", "Aftermath", "## 1944", "== 1945 =="]),
        # a line that ends as a sentence, one that starts lower case, or a long one is no heading
        ("The army landed in July.\n\nand then it rained\n\n" + " ".join(["Word"] * 13) + "\n\n", []),
        # nor the lines of a hard-wrapped paragraph, which run on
        ("In 1914 the army crossed the river and took\nthe town after a siege of three weeks.\n", []),
    ],
)
def test_heading_lines(text: str, lines: list[str]) -> None:
    from timeline.resolve.story import heading_lines

    assert [text[s:e] for s, e in heading_lines(text)] == lines


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a decade shift counts from the decade named last, not from the story's year
        ("The duke ruled until 1640. During the 1630s his lands declined, and in the next decade they were overrun.",
         "the next decade", "164"),
        ("The town was founded in 720 BC. In 684 BC it was burnt. Throughout the 630s BC it traded with the coast, and in "
         "the early part of the next decade it was overrun.", "the early part of the next decade", "BC062"),
        ("The town was founded in 720 BC. The 7th century BC saw it grow, and the following century it was abandoned.",
         "the following century", "BC05"),
        # ... while a date named after the decade is the story's time again
        ("During the 1750s the marches were restless. In 1761 a revolt broke out. The following decade was quiet.",
         "The following decade", "177"),
        ("The town was founded in the 480s BC. In 470 BC it was sacked. In the following decade it was rebuilt.",
         "the following decade", "BC046"),
    ],
)
def test_a_decade_shift_counts_from_the_decade_named(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # "the next spring" (no shift written) in a story before the common era: a BC season, not one of the publication year
        ("In 455 BC the king was crowned. The next spring he moved his court to the hills.", "The next spring", "BC0454-SP"),
        ("In 455 BC the king was crowned. That spring he moved his court to the hills.", "That spring", "BC0455-SP"),
    ],
)
def test_a_relative_season_in_a_bc_story(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # "that month" after a year named in passing counts from the story's month, not from the year's January
        ("In mid-1703 the fighting moved south. The army won a victory on 14 June, in a field where it had lost in 1689. "
         "Later that month the enemy counterattacked.", "Later that month", "1703-06"),
        ("The army took the town on 3 March 1702, the first town it had held since the war of 1650. The previous month had "
         "been quiet.", "The previous month", "1702-02"),
        # ... but a season of the story's own year is what "the same month" lies in
        ("In January 1614 the siege began. Three months later the garrison surrendered. That autumn, a new commander "
         "came. In the same month the queen died.", "the same month", "1614-09"),
        # a year shift after the story's day, no year in passing: from the story's year
        ("The army took the town on 3 March 1702. The previous year had been quiet.", "The previous year", "1701"),
    ],
)
def test_a_month_shift_after_a_year_in_passing(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a day told before the story moved to another month is not the story's day any more
        ("On 2 January 1645 the king left the city. In June 1651 the last fortress fell. On the same day the parliament "
         "voted new taxes. Earlier that month, riots had broken out.", "Earlier that month", "1651-06"),
        # (session 22: some day of that June, as histories write a day counted from no day told; was 1651-06-02, the day
        # after the month's first; the point, not the day after 2 January 1645, stands)
        ("On 2 January 1645 the king left the city. In June 1651 the last fortress fell. The next day the parliament "
         "voted new taxes.", "The next day", "1651-06-XX"),
        # ... while a day inside the period the story moved to still is
        ("The army reached the river on 2 June 1651. In the summer of 1651 the rains came; the next day the river rose.",
         "the next day", "1651-06-03"),
    ],
)
def test_a_day_of_an_earlier_month_is_not_the_story_day(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # "that winter" after a time of the year past February: the winter that begins in its December
        ("The port surrendered on 19 October 1781. That winter the army went into quarters.", "That winter", "1782-WI"),
        ("The army marched north in June 1612. That winter it rested at the coast.", "That winter", "1613-WI"),
        # ... in January or February, the winter it is in
        ("The port surrendered on 19 January 1781. That winter was the coldest in memory.", "That winter", "1781-WI"),
        # other seasons are of the same calendar year
        ("The port surrendered on 19 October 1781. That summer had been dry.", "That summer", "1781-SU"),
    ],
)
def test_that_winter_after_a_date_of_the_year(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_the_same_month_after_a_look_back_of_its_sentence() -> None:
    text = ("In March 1848 revolution broke out in the capital. The king, who had ruled since 1830, fled in the same month. "
            "Later that year a new constitution was adopted.")
    values = _values(text)
    assert (values["the same month"], values["Later that year"]) == ("1848-03", "1848")


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a date years away from the story, set off by commas inside a sentence, is an aside
        ("On 20 October 1848 the king fled. The old constitution, of 1831, was abolished. In December a president was "
         "elected.", "December", "1848-12"),
        ("The siege began on 2 May 1702. The fortress, built in 1610, fell within a day. In June the army moved on.",
         "June", "1702-06"),
        # ... not a date that opens a clause after "and", nor one that opens the sentence
        ("The siege began on 2 May 1702. The army wintered in the hills, and on 5 March 1705, the troops marched north. "
         "In June the army moved on.", "June", "1705-06"),
        ("The siege began on 2 May 1702. Finally, on 5 March 1705, the troops marched north. In June the army moved on.",
         "June", "1705-06"),
        # the comma of a number is no mark
        ("The siege began on 2 May 1702. The army grew to 2,000 in 1705, and more later. In June the army moved on.",
         "June", "1705-06"),
    ],
)
def test_a_date_set_off_by_commas_is_an_aside(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # with no date of the story yet, a decade or century shift still counts from the one named, not from today
        ("In the mid-1950s the province was the richest of the country. The previous decade had seen famine.",
         "The previous decade", "194"),
        ("The city was founded in the early 12th century. In the following century it became the capital.",
         "the following century", "12"),
    ],
)
def test_a_decade_shift_without_a_story_date(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a BC winter told from June is the one before (nearer, a step back costing 1.5 steps ahead) ...
        ("June 379 BC: The battle\n\nOver the winter the allies had quarrelled. The battle was fought that same day.",
         "the winter", "BC0379-WI"),
        # ... a look back that leaves the story in June
        ("June 379 BC: The battle\n\nOver the winter the allies had quarrelled. The battle was fought that same day.",
         "that same day", "BC0379-06-XX"),
        # told from October, the one that begins that December
        ("October 379 BC: The retreat\n\nOver the winter the allies quarrelled.", "the winter", "BC0378-WI"),
        # told from a year, the winter after its campaigns
        ("In 379 BC the allies won. In the winter they quarrelled.", "the winter", "BC0378-WI"),
    ],
)
def test_a_bare_winter_in_a_bc_story(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # "that winter" in a BC story told from September: the winter that begins that December
        ("In September 379 BC the allies won. That winter they quarrelled.", "That winter", "BC0378-WI"),
        # told from a year, the winter after its campaigns, as a bare "the winter" is (s10: was BC0379-WI)
        ("In 379 BC the allies won. That winter they quarrelled.", "That winter", "BC0378-WI"),
        # "that summer" refers to the story's time and leaves it in its month; "the following summer" moves it
        ("In June 379 BC the allies won. That summer they quarrelled. The next day a storm came.", "The next day",
         "BC0379-06-XX"),
        ("In June 379 BC the allies won. The following summer they quarrelled. The next day a storm came.", "The next day",
         "BC0378-XX-XX"),
    ],
)
def test_a_relative_season_in_a_bc_story_moves_as_in_ad(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a month shift after the year the story's day is in counts from the day's month, not the year's January
        ("The army took the city on 12 October 1805. Earlier that year it had crossed the mountains. Early the next "
         "month the army moved south.", "Early the next month", "1805-11"),
        ("The army took the city on 12 October 1805. Earlier that year it had crossed the mountains. Later in the month "
         "the rains began.", "Later in the month", "1805-10"),
    ],
)
def test_a_month_shift_after_the_year_of_the_story_day(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a prospect or an aside is not what an anaphor counts from
        ("On 4 December 1808 the council approved the pact. The minister said that after 1811 he would expect a small "
         "force to remain. Crowds gathered in the square where five years previously the old statue was torn down.",
         "five years previously", "1803"),
        ("The army took the town on 3 March 1702 (the letters were found in 1790). The previous year had been quiet.",
         "The previous year", "1701"),
        # ... but a first date is what the story is about, whatever its clause
        ("The duke takes the port in May 1702; the town has been free since 1650. In June the duke leaves.", "June",
         "1702-06"),
    ],
)
def test_an_aside_is_no_anchor(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a BC century or decade named before any BC year: the shift counts down from it
        ("In the 5th century BC a new dynasty arose. In the following century it fell.", "the following century", "BC03"),
        ("The city grew in the 480s BC. The previous decade had been quiet.", "The previous decade", "BC049"),
        # ... and past the era into the first century AD
        ("In the 1st century BC the town was founded. The following century it grew.", "The following century", "00"),
    ],
)
def test_a_bc_century_shift_before_any_bc_year(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_dates_past_a_year_section_one_after_the_other_leave_it() -> None:
    text = ("The Ocean War\n\nThe war in the east, 1941\n\nThe fleet was attacked in December 1941. In 1942 the enemy took "
            "the islands. In 1943 the counter-offensive began, and in 1944 the fleet won the great battle in the gulf. "
            "In March the enemy fleet withdrew.")
    assert _values(text)["March"] == "1944-03"


def test_a_weekday_still_counts_from_the_day_told_last() -> None:
    # the story moving to a year does not end its day for a weekday (only "the same day", "that evening" give way)
    # (session 21: narrative mode reads a bare weekday as the next one after that day, a history moving forward; was 1998-02-26)
    text = "The company said on Tuesday, March 3, 1998 that profits had risen. Sales rose in 1997. On Thursday it cut jobs."
    assert _values(text)["Thursday"] == "1998-03-05"


def test_a_day_the_story_cannot_place_does_not_move_it() -> None:
    # after a year alone, "that day" is no day of it that we know (not its 1 January), and the story stays in the year
    values = _values("The crash came in 1987. That day traders fled. On Oct. 12 the market fell.")
    assert values["That day"] != "1987-01-01"
    assert values["Oct. 12"] == "1987-10-12"


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a week belongs to the month of its Thursday: "the first week of June 1651" (29 May to 4 June) is June's
        ("In the first week of June 1651 the army crossed the river. Earlier that month the rains had begun.", "Earlier that month", "1651-06"),
        ("In the first week of June 1651 the army crossed the river. On the same day the king fled.", "the same day", "1651-06-01"),
    ],
)
def test_a_week_belongs_to_the_month_of_its_thursday(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value
