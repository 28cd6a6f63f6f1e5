"""Narrative mode, session 17: offsets counted from a named event, and day offsets after the story moved to a month (own sentences)."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _timexes(text: str, mode: str = "narrative", dct: str = "2026-12-01") -> dict[str, tuple[str, str]]:
    return {t.text: (t.type.value, t.value) for t in tag(text, dct, mode=mode).timexes}


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # "N units after <what happened>" in a history is the date it points to, counted from the story's time
        ("The vote was held on 1 July 1962. Four days after the vote, riots broke out in the port.", "Four days after the vote", "1962-07-05"),
        ("The old king died in 1453. Two years after his death the barons rebelled.", "Two years", "1455"),
        ("The fleet was burned in 480 BC. Three years after the battle, the admiral was exiled.", "Three years after the battle", "BC0477"),
        ("The bridge was opened on 9 May 1887. A week before the opening, a crack was found in the pier.", "A week before the opening", "1887-W18"),  # as "a week earlier": the week of 2 May
        # the story moves with it: "the next day" counts from the date pointed to
        ("The vote was held on 1 July 1962. Four days after the vote, riots broke out. The next day the army arrived.", "The next day", "1962-07-06"),
    ],
)
def test_a_length_before_after_or_before_is_a_date_in_a_history(text: str, expression: str, value: str) -> None:
    assert _timexes(text)[expression] == ("DATE", value)


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a word before it makes it a length
        ("The city fell on 2 May 1645. For three days after the fall the soldiers looted it.", "three days", "P3D"),
        ("The siege began on 2 May 1645. It lasted six weeks before the city surrendered.", "six weeks", "P6W"),
        ("The army landed on 2 May 1645. It spent ten days after the landing on the beach.", "ten days", "P10D"),
        # (set off by a comma after a date, it restates that date: a date, see test_narrative18 and test_narrative20)
        # counted from a date written after it: not the story's time
        ("The fleet sailed on 1 June 1702. The town fell two days after 4 June.", "two days", "P2D"),
    ],
)
def test_a_length_made_one_stays_a_length(text: str, expression: str, value: str) -> None:
    assert _timexes(text)[expression] == ("DURATION", value)


def test_news_mode_keeps_the_length() -> None:
    text = "The vote was held on 1 July. Four days after the vote, riots broke out."
    assert _timexes(text, mode="news")["Four days"] == ("DURATION", "P4D")
    # a plain length: not pinned to a place on the time axis counted from the story (TimeBank annotates the length)
    four = [t for t in tag(text, "2026-12-01", mode="news").timexes if t.text == "Four days"][0]
    assert four.earliest is None and four.latest is None


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # "N days later" after the story moved to a month since its last day: somewhere after that month's start, not the old day plus N
        ("On 23 February 1848 troops fired on a crowd. The king abdicated the next day. In March a new government took office. "
         "Three days later the assembly met.", "Three days later", "1848-XX-XX"),
        ("The town was taken on 4 June 1760. In August the governor fell ill. Ten days later he died.", "Ten days later", "1760-XX-XX"),
    ],
)
def test_day_offset_counts_from_the_month_the_story_moved_to(text: str, expression: str, value: str) -> None:
    assert _timexes(text)[expression] == ("DATE", value)


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # said inside a quotation, a word counted from the speaker's now: its day and month are unknown to a history
        ('In March 1951 the general visited the front. "We lost forty men today," a captain told him.', "today", "XXXX-XX-XX"),
        ('On 2 May 1951 the general spoke on the radio. \u201cI am tonight ordering a ceasefire,\u201d he said.', "tonight", "XXXX-XX-XXTNI"),
        ('Early in 1953 the minister sent a letter. "The talks began 15 months ago and have failed," he wrote.', "15 months ago", "XXXX-XX"),
        # (but where the quotation's own sentence tells when it was said, the count starts there: s35, tests/test_narr35.py)
        ('In June 1953 the minister wrote: "The talks began 15 months ago and have failed."', "15 months ago", "1952-03"),
        ('On 4 June 1953 the minister wrote: "The envoys will come for afternoon tea."', "afternoon", "XXXX-XX-XXTAF"),
    ],
)
def test_a_deictic_word_inside_a_quotation_has_unknown_digits(text: str, expression: str, value: str) -> None:
    assert _timexes(text)[expression][1] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # outside the quotation, the story's day
        ('On 2 May 1951 the general spoke. "We will hold," he said. Tonight the guns were silent.', "Tonight", "1951-05-02TNI"),
        # a date written in full inside a quotation keeps its value
        ('In 1951 the general said: "On 2 May 1950 we crossed the river."', "2 May 1950", "1950-05-02"),
        # a year or a season counted from the speaker keeps its value (the speaker's year is the story's)
        ('In March 1951 the general said: "We will win by next summer."', "next summer", "1951-SU"),
        ('In March 1951 the general said: "We will win next year."', "next year", "1952"),
        # a month not counted from the speaker's now: the story's year
        ('In March 1951 the general said: "We crossed the river in January."', "January", "1951-01"),
        # "that afternoon" inside a quotation is the story's
        ('On 4 June 1953 the minister arrived. "We will sign that afternoon," he said.', "that afternoon", "1953-06-04TAF"),
    ],
)
def test_outside_a_quotation_or_coarse_the_value_stays(text: str, expression: str, value: str) -> None:
    assert _timexes(text)[expression][1] == value


def test_news_mode_resolves_a_quoted_today() -> None:
    text = 'The mayor spoke on Monday. "We open the bridge today," she said.'
    assert _timexes(text, mode="news", dct="2026-03-10")["today"][1] == "2026-03-10"


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # dates told before the text writes any year take the first year it writes, not the publication year
        ("On 28 June the duke was shot in the square. Two days later his brother fled. It was the spring of 1652.", "28 June", "1652-06-28"),
        ("In March the river froze again. That year, 1784, was the coldest anyone remembered.", "March", "1784-03"),
        # the story's own years decide once it has one
        ("In 1652 the duke was shot. On 28 June his brother fled. In 1660 the king returned.", "28 June", "1652-06-28"),
    ],
)
def test_dates_before_the_first_year_take_it(text: str, expression: str, value: str) -> None:
    assert _timexes(text)[expression][1] == value


def test_news_mode_dates_before_a_year_count_from_publication() -> None:
    assert _timexes("On 28 June the mayor resigned. The post was created in 1952.", mode="news", dct="2026-12-01")["28 June"][1] == "2026-06-28"


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a year that names an event, then its day in the same sentence: the day is of that year, not of the story's
        ("The siege began on 2 May 1704 and ended on 9 June. The great assault of 1705 opened on 3 April.", "3 April", "1705-04-03"),
        # a year in another sentence does not reach: the story's year stays ("the fire of 1666" names an event)
        ("The siege began on 2 May 1704. Its walls were older than the fire of 1705. On 9 June the town fell.", "9 June", "1704-06-09"),
        # a season spoken of as a prospect in the sentence does not either
        ("On 10 September 1807 the envoy promised peace by next summer, and in October he left the city.", "October", "1807-10"),
    ],
)
def test_a_year_named_in_the_sentence_holds_its_day(text: str, expression: str, value: str) -> None:
    assert _timexes(text)[expression][1] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # "the next spring" with its article counts from the story's time, as "the following spring"
        ("In 1578 the king fell ill; he died the next spring.", "the next spring", "1579-SP"),
        ("The army reached the river in May 1578 and camped there the next winter.", "the next winter", "1579-WI"),
    ],
)
def test_the_next_season_counts_from_the_story(text: str, expression: str, value: str) -> None:
    assert _timexes(text)[expression][1] == value


def test_next_season_without_article_counts_from_the_speaker() -> None:
    assert _timexes("The minister said prices would fall next spring.", mode="news")["next spring"][1] == "2027-SP"


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # in a history, a four-digit early year before a preposition ("at the age of", "with an army") is a year
        ("Hedda became queen in 1453 at the age of nineteen.", "1453", "1453"),
        ("The duke landed in 1415 with an army of nine thousand.", "1415", "1415"),
        # a range of four-digit years up to four centuries long is a dynasty's or an era's
        ("The dynasty ruled the river kingdom from 1502 to 1698.", "1502", "1502"),
    ],
)
def test_early_years_in_a_history(text: str, expression: str, value: str) -> None:
    assert _timexes(text)[expression][1] == value


@pytest.mark.parametrize(
    "text",
    [
        "The population of the town grew from 1200 to 1500.",  # amounts after a word of change
        "The boats were sold in 300 at a time.",  # a three-digit count before a preposition
    ],
)
def test_amounts_stay_amounts_in_a_history(text: str) -> None:
    assert not [t for t in tag(text, "2026-12-01", mode="narrative").timexes if t.type.value == "DATE"]
