"""Session 47 (helper narr): narrative-mode values of the story's current time, on sentences written for these tests."""

from __future__ import annotations

import pytest

import timeline

from tests._timelines import story_values


# "his last year in office", "the final year of her reign": an ordinal counted from the end of the rule, the year the rule
# ended when a range or a span told it ("from 1850 to 1858", "served until 1858"; was 1848, two years before the accession);
# past, present and future tense
@pytest.mark.parametrize("text, expected", [
    ("He was elected mayor in 1850 and served until 1858. In his last year in office he opened the railway.",
     {"his last year in office": "1858"}),
    ("She ruled from 1702 to 1714. In the final year of her reign she made peace with the north.",
     {"the final year of her reign": "1714"}),
    ("The abbot is elected in 1480 and holds office until 1496. In his last year in office he builds a mill.",
     {"his last year in office": "1496"}),
    ("She will be crowned in 2031 and will rule until 2040. In the last year of her reign she will open the dam.",
     {"the last year of her reign": "2040"}),
])
def test_the_last_year_of_a_rule_is_the_year_it_ended(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


# negatives: with no end of the rule told, it stays a length; a year counted from the start is counted as before
@pytest.mark.parametrize("text, expected", [
    ("He came to the throne in 1850. In the last year of his reign he opened the railway.",
     {"the last year of his reign": "P1Y"}),
    ("He ruled from 1850 to 1858. In the third year of his reign he married.", {"the third year of his reign": "1852"}),
])
def test_a_year_of_a_rule_without_its_end(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


# a date in a clause that tells what did not happen (a conditional perfect, or the past-perfect condition of a sentence
# that holds one) does not move the story: "that year" after it is the story's year (was 1901, 1648); past and present
# tense (a future-tense history's dates are prospects that do not move the story anyway)
@pytest.mark.parametrize("text, expected", [
    ("The bridge opened in April 1903. If the council had borrowed the money in 1899, it would have been finished by the "
     "summer of 1901. Later that year the ferry was sold.", {"Later that year": "1903"}),
    ("The town fell in March 1650. Without the rains it would have fallen in 1648. The next year the walls were rebuilt.",
     {"The next year": "1651"}),
    ("The treaty is signed on 19 March 1760. Had it been signed in 1758, the fleet would not have sailed. That summer the "
     "fleet comes home.", {"That summer": "1760-SU"}),
    ("The siege ended in June 1644. The town could have held out until 1645. That autumn the walls were rebuilt.",
     {"That autumn": "1644-FA"}),
])
def test_a_date_that_did_not_happen_does_not_move_the_story(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


# negatives: a real past told with "must have" and an indirect question with "if ... had" and no conditional perfect move
# the story as any date does
@pytest.mark.parametrize("text, expected", [
    ("The town fell in March 1650. The governor must have left it in 1648. The next year the walls were rebuilt.",
     {"The next year": "1649"}),
    ("The town fell in March 1650. In 1652 the king asked if the governor had paid. The next year he died.",
     {"The next year": "1653"}),
])
def test_a_real_date_near_a_modal_moves_the_story(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


# an offset counted from an event opening its sentence takes the event's words up to the clause's subject pronoun, as
# histories (TIMEX2) mark it ("[A year before his death] he had been made a freeman": was "A year"); past, present and future
@pytest.mark.parametrize("text, expected", [
    ("He died in 1822. A year before his death he had been made a freeman of Arlen.", {"A year before his death": "1821"}),
    ("The fort falls on 3 May 1702. Two days after the fall of the fort it is burned.",
     {"Two days after the fall of the fort": "1702-05-05"}),
    ("The dam will open in May 2031. A year after its opening they will flood the valley.",
     {"A year after its opening": "2032"}),
])
def test_an_offset_takes_its_event_up_to_the_subject(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


# negatives: a pronoun right after "after" is the event's own clause ("Two days after it fell"), and a noun after the
# event opens another clause without a mark: the offset alone
@pytest.mark.parametrize("text, expected", [
    ("The fort fell on 3 May 1702. Two days after it fell the town was burned.", {"Two days": "1702-05-05"}),
    ("He died in 1822. Two years after his death the barons rebelled.", {"Two years": "1824"}),
])
def test_an_offset_without_an_event_phrase(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


# a bare month or season after a range told in an earlier sentence (nothing dated since) does not step back before the
# range's start ("from June 1620 to March 1621. In April": was 1620's); past and present tense (a future-tense history's
# dates are prospects that do not move the story)
@pytest.mark.parametrize("text, expected", [
    ("The siege of Lenn lasted from June 1620 to March 1621. In April the relief arrived.", {"April": "1621-04"}),
    ("The siege lasts from June 1620 to March 1621. During the siege the garrison eats its horses. In April the relief "
     "arrives.", {"April": "1621-04"}),
    ("The army wintered at Lenz from November 1709 to February 1710. In the summer it marched north.",
     {"the summer": "1710-SU"}),
])
def test_a_month_after_a_range_does_not_step_back_before_it(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


# negatives: a month inside the range is read as before (the range is told from its start), and so is a month after a
# range told in its own sentence
@pytest.mark.parametrize("text, expected", [
    ("The siege lasted from June 1620 to March 1621. In July the garrison ate its last horse.", {"July": "1620-07"}),
    ("The strike lasted from 3 March to 20 June 1926. In July the miners went back.", {"July": "1926-07"}),
    ("The siege lasted from June 1620 to March 1621, and in April the relief arrived.", {"April": "1621-04"}),
])
def test_a_month_inside_a_range(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


# "Early in the year", "late in the month": one expression in a history, the story's period with the mod, as TIMEX2 marks
# it (was "the year" alone, no mod); past, present and future tense
@pytest.mark.parametrize("text, expected, mod", [
    ("The bishops met at Basel in 1430. Early in the year they quarrelled over the seats.", {"Early in the year": "1430"}, "START"),
    ("The envoys arrive in May 1760. Late in the month they sign the treaty.", {"Late in the month": "1760-05"}, "END"),
    ("The council will meet in March 2031. Late in the month it will vote on the dam.", {"Late in the month": "2031-03"}, "END"),
])
def test_a_mod_in_the_story_period(text: str, expected: dict[str, str], mod: str) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected
    (t,) = [t for t in timeline.tag(text, "2026-12-01", mode="narrative").timexes if t.text in expected]
    assert t.mod is not None and t.mod.value == mod


# negatives: news (TimeML) leaves the words out, "later in the year" stays rule in_the_day's, "the year" with no mod before
# it stays as it was
@pytest.mark.parametrize("text, expected, mode", [
    ("Talks broke down late in the week, the union said.", {"the week": "2026-W49"}, "news"),
    ("The bishops met at Basel in 1430. Later in the year they quarrelled.", {"Later in the year": "1430"}, "narrative"),
    ("The bishops met at Basel in 1430. The year was a hard one for the council.", {"The year": "1430"}, "narrative"),
])
def test_no_mod_in_the_story_period(text: str, expected: dict[str, str], mode: str) -> None:
    values = story_values(text, mode)
    assert {k: values.get(k) for k in expected} == expected


# "the year that followed", "the decade which followed": the unit after the story's, one expression (was "the year", the
# story's own year, or untagged); past, present and future tense
@pytest.mark.parametrize("text, expected", [
    ("The war began in 1701. In the year that followed the allies took the Rhine forts.", {"the year that followed": "1702"}),
    ("The duke dies in 1477. In the decade which follows the duchy is divided.", {"the decade which follows": "148"}),
    ("The fort will fall on 3 May 2031. The day that followed will be quiet.", {"The day that followed": "2031-05-04"}),
])
def test_the_unit_that_followed(text: str, expected: dict[str, str]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


# negatives: a plural stays a vague length, and news (no story to follow) is untouched by the pass
@pytest.mark.parametrize("text, expected, mode", [
    ("The war began in 1701. In the years that followed the allies took the forts.", {"the year that followed": None}, "narrative"),
    ("In the year that followed the merger, profits fell.", {"the year that followed": None}, "news"),
])
def test_no_unit_that_followed(text: str, expected: dict[str, object], mode: str) -> None:
    values = story_values(text, mode)
    assert {k: values.get(k) for k in expected} == expected


# an age told by its decade with a point modifier ("in her early twenties", "his late forties", "her mid-thirties"): the
# decades' length with the mod, one expression (was untagged); past, present and future tense
@pytest.mark.parametrize("text, expected, mod", [
    ("She was born in 1820. In her early twenties she moved to London.", {"her early twenties": "P2DE"}, "START"),
    ("He is born in 1745. In his late forties he enters parliament.", {"his late forties": "P4DE"}, "END"),
    ("She will be born in 2030. In her mid-thirties she will sail round the world.", {"her mid-thirties": "P3DE"}, "MID"),
])
def test_an_age_decade_with_a_mod(text: str, expected: dict[str, str], mod: str) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected
    (t,) = [t for t in timeline.tag(text, "2026-12-01", mode="narrative").timexes if t.text in expected]
    assert t.mod is not None and t.mod.value == mod


# negatives: a calendar decade with a modifier stays the calendar's ("in the early twenties" of a century), an age decade
# without one keeps no mod
@pytest.mark.parametrize("text, expected", [
    ("The firm was founded in 1910. In the early twenties it built a plant.", {"her early twenties": None}),
    ("She was born in 1820. In her twenties she moved to London.", {"her twenties": "P2DE"}),
])
def test_no_age_decade_mod(text: str, expected: dict[str, object]) -> None:
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected
    assert all(t.mod is None for t in timeline.tag(text, "2026-12-01", mode="narrative").timexes if t.text == "her twenties")
