"""Narrative mode, session 19: offsets' extents as histories mark them, vague amounts counted from an event,
three-digit years told among other years, flashback antecedents, adjectives
that place a noun before or after the story's time, one unit of an event (own sentences)."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _timexes(text: str, mode: str = "narrative", dct: str = "2026-12-01") -> dict[str, tuple[str, str]]:
    return {t.text: (t.type.value, t.value) for t in tag(text, dct, mode=mode).timexes}


@pytest.mark.parametrize(
    "text,expression,value",
    [
        ("The mill opened on 4 March 1851. Six days later the first bolt of cloth was sold.", "Six days later", "1851-03-10"),
        ("The mill opened on 4 March 1851. Its owner had bought the land three years previously.", "three years previously", "1848"),
        ("The mill opened on 4 March 1851. Only a few days earlier a flood had filled the race.", "Only a few days earlier", "PAST_REF"),
        ("The mill opened on 4 March 1851. Weeks before that, the looms had arrived from Leeds.", "Weeks before that", "PXW"),
        ("The mill opened in 1851. It burned down just nine years later.", "just nine years later", "1860"),
        # "before" as an adverb, a verb after it
        ("The strike began in 1902. The mayor, who only a few weeks before had promised calm, sent for troops.", "only a few weeks before", "XXXX-WXX"),
    ],
)
def test_a_history_marks_an_offset_with_its_direction_and_hedge(text: str, expression: str, value: str) -> None:
    assert _timexes(text)[expression][1] == value


@pytest.mark.parametrize(
    "text,expression",
    [
        ("The mill opened on 4 March 1851. Six days later the first bolt of cloth was sold.", "Six days"),
        ("The mill opened on 4 March 1851. Only a few days earlier a flood had filled the race.", "a few days"),
    ],
)
def test_news_leaves_the_direction_out_of_an_offset(text: str, expression: str) -> None:
    assert expression in _timexes(text, mode="news")


def test_a_season_takes_later_in_before_it_in_a_history() -> None:
    text = "The mill opened in 1851. Later in the summer a second wheel was built."
    assert _timexes(text)["Later in the summer"] == ("DATE", "1851-SU")
    assert "the summer" in _timexes(text, mode="news")


@pytest.mark.parametrize("text,expression,value", [
    ("The treaty of 1721 set a sixty-day period for the withdrawal.", "a sixty-day period", "P60D"),
    ("The treaty of 1721 was signed. In the same 28-day period, 450 prisoners died.", "the same 28-day period", "P28D"),
])
def test_a_length_takes_the_noun_it_qualifies_in_a_history(text: str, expression: str, value: str) -> None:
    assert _timexes(text)[expression] == ("DURATION", value)
    assert expression not in _timexes(text, mode="news")


def test_a_length_written_as_a_name_leaves_its_article_out_in_a_history() -> None:
    text = "In 1815 the emperor came back for the Hundred Days. The Hundred Days ended in June. The three days of rain were hard."
    found = _timexes(text)
    assert "Hundred Days" in found and "the Hundred Days" not in found and "The Hundred Days" not in found
    assert "The three days" in found
    assert "the Hundred Days" in _timexes(text, mode="news")


def test_a_comparison_is_no_direction_word() -> None:
    found = _timexes("The mill opened on 4 March 1851. The second mill opened two weeks later than planned.")
    assert "two weeks" in found and "two weeks later" not in found


@pytest.mark.parametrize(
    "text,expression,value",
    [
        ("The founder of the guild died in March 1871. Just months after the founder's death, the guild split in two.", "months after the founder's death", "XXXX-XX"),
        ("The mill burned in 1860. Years after the fire, its owner rebuilt it.", "Years after the fire", "XXXX"),
        ("The treaty was signed on 2 May 1720. A few days before the signing, the envoy fell ill.", "A few days before the signing", "XXXX-XX-XX"),
    ],
)
def test_a_vague_amount_from_an_event_is_some_period_of_its_unit(text: str, expression: str, value: str) -> None:
    assert _timexes(text)[expression] == ("DATE", value)


@pytest.mark.parametrize(
    "text,mode,expression,value",
    [
        # a length: "for" before it
        ("The war ended in 1815. For months after the war the roads stayed empty.", "narrative", "months", ("DURATION", "PXM")),
        # news keeps a length
        ("The mill burned in 1860. Years after the fire, its owner rebuilt it.", "news", "Years", ("DURATION", "PXY")),
    ],
)
def test_a_vague_length_stays_a_length(text: str, mode: str, expression: str, value: tuple[str, str]) -> None:
    assert _timexes(text, mode=mode)[expression] == value


_EMPIRE = ("Around 270 the emperor gave up the far provinces. In 406 bands of raiders crossed the frozen river. The old capital fell in 410. "
           "Between 429 and 439 a northern people took the southern coast. The last western emperor was deposed in 476.")


@pytest.mark.parametrize("expression,value", [("406", "0406"), ("429", "0429"), ("439", "0439")])
def test_a_three_digit_year_among_years_near_it(expression: str, value: str) -> None:
    assert _timexes(_EMPIRE)[expression] == ("DATE", value)


@pytest.mark.parametrize(
    "text,mode,absent",
    [
        # no year near it in time: a count
        ("The fleet left in 1420. In 300 boats they crossed the strait.", "narrative", "300"),
        # a range that does not open its sentence: amounts
        ("The old capital fell in 410. The garrison grew from 300 to 400.", "narrative", "300"),
        # a range opening its sentence with no year near it in time: amounts
        ("The fleet left in 1620. From 300 to 400, the crew grew in a year.", "narrative", "300"),
        # news reads no bare three-digit year
        (_EMPIRE, "news", "406"),
    ],
)
def test_a_three_digit_count_stays_a_count(text: str, mode: str, absent: str) -> None:
    assert absent not in _timexes(text, mode=mode)


_FEUD = "The treaty was signed in June 1905. The two kings had quarrelled since 1898, when a border fort was burned. "


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a clause in the past perfect right after a look-back goes on in its time
        (_FEUD + "That summer both armies had marched to the river.", "That summer", "1898-SU"),
        (_FEUD + "That summer both armies had marched to the river, and the following spring the fort was rebuilt.", "the following spring", "1899-SP"),
        ("The strike ended in May 1926. The miners had been locked out since 1921. That year the owners had cut wages twice.", "That year", "1921"),
        # a month's offset from a year told in the flashback: some month of that year
        ("The strike ended in May 1926. The miners had been locked out since 1921. Three months later the owners had cut wages.",
         "Three months later", "1921-XX"),
        # not in the past perfect: the story's time
        (_FEUD + "That summer the treaty was ratified by both courts.", "That summer", "1905-SU"),
        # the look-back told two sentences before
        (_FEUD + "Their envoys met often. That summer both armies had marched to the river.", "That summer", "1905-SU"),
        # a date after the story's time is no flashback
        ("The army took the town on 3 March 1702. Its walls (which had been rebuilt in 1790) are still standing. "
         "That spring the garrison had eaten its horses.", "That spring", "1702-SP"),
        # nor is a date before it not told in the past perfect
        ("The army took the town on 3 March 1702. Its letters (found in 1650) tell of hunger. That spring the garrison had eaten its horses.",
         "That spring", "1702-SP"),
        # back on the story's line after the flashback
        ("The strike ended in May 1926. The miners had been locked out since 1921. That year the owners had cut wages twice. "
         "The next spring the miners returned.", "The next spring", "1927-SP"),
    ],
)
def test_a_flashback_goes_on_from_its_look_back(text: str, expression: str, value: str) -> None:
    assert _timexes(text)[expression] == ("DATE", value)



_COURT = ("In 1861 the former governor raised a militia. Their recent losses had angered the towns, and any future "
          "campaign needed money. The future of the republic was in doubt.")


@pytest.mark.parametrize("expression,value", [("former", "PAST_REF"), ("recent", "PAST_REF"), ("future", "FUTURE_REF"), ("The future", "FUTURE_REF")])
def test_an_adjective_of_time_is_a_vague_time_in_a_history(expression: str, value: str) -> None:
    assert _timexes(_COURT)[expression] == ("DATE", value)


def test_an_adjective_of_time_is_latent_and_no_expression_in_news() -> None:
    latent = {t.text: t.furniture for t in tag(_COURT, "2026-12-01", mode="narrative").timexes}
    assert latent["former"] and not latent["1861"]
    assert not {"former", "recent", "future"} & set(_timexes(_COURT, mode="news"))


def test_the_former_as_a_pronoun_is_no_time() -> None:
    assert "former" not in _timexes("In 1861 the council weighed two plans and did not consider the former an option.")


def test_an_adjective_inside_another_expression_is_not_tagged_again() -> None:
    found = [t.text for t in tag("The mill closed in 1910. In recent years the town had shrunk.", "2026-12-01", mode="narrative").timexes]
    assert "recent years" in found and "recent" not in found


_SIEGE = ("The siege began in 1648. Losses were light in the first year of the siege. The final week of the siege was the worst. "
          "The first day of the siege went badly.")


@pytest.mark.parametrize("expression,value", [("the first year of the siege", "P1Y"), ("The final week", "P1W")])
def test_one_unit_of_an_event_is_a_length_in_a_history(expression: str, value: str) -> None:
    assert _timexes(_SIEGE)[expression] == ("DURATION", value)


def test_one_unit_of_an_event_days_and_news() -> None:
    assert "The first day" not in _timexes(_SIEGE)  # a day of an event is a date in a history, not this length
    assert not {"the first year", "The final week"} & set(_timexes(_SIEGE, mode="news"))


def test_a_vague_time_in_a_history_is_bounded_around_the_story() -> None:
    import datetime as dt

    text = "In 1927 the party split. There were now three capitals."
    now = {t.text: t for t in tag(text, "2026-03-09", mode="narrative").timexes}["now"]
    assert (now.value, now.earliest, now.latest, str(now.anchor)) == ("PRESENT_REF", dt.datetime(1927, 1, 1), dt.datetime(1928, 1, 1), "t1")
    news = {t.text: t for t in tag(text, "2026-03-09", mode="news").timexes}["now"]
    assert (news.earliest, news.latest) == (dt.datetime(2026, 3, 9), dt.datetime(2026, 3, 10))
