"""Helper rec, session 37: words that look like times and are none, and one length of time that was missed.
Own sentences."""

from __future__ import annotations

import timeline

DCT = "2009-12-19"  # a Saturday


def _tags(text: str, reference: str = DCT, mode: str = "news") -> list[tuple[str, str]]:
    """(extent, value) of every time expression, in text order."""
    return [(t.text, t.value) for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def test_a_vague_count_of_quarters_before_of_is_a_length() -> None:
    """ "after several quarters of losses": a length (PXQ), not a share; a share only before a determiner or pronoun
    (lexicon [vetoes] fraction_heads) or after a number ("three quarters of voters")."""
    assert _tags("The chain returned to profit after several quarters of losses.") == [("several quarters", "PXQ")]
    assert _tags("Output picked up after a few quarters of decline.") == [("a few quarters", "PXQ")]
    assert _tags("A few quarters of the shares were sold abroad.") == []
    assert _tags("Three quarters of voters backed the plan.") == []
    assert _tags("Profits fell for two quarters.") == [("two quarters", "P2Q")]


def test_some_quarters_are_circles_not_time() -> None:
    """ "from some quarters", "in some quarters of the city" (lexicon [vetoes] quarters_places): no time."""
    assert _tags("The new tax drew angry protests from some quarters.") == []
    assert _tags("Power was cut in some quarters of the old town.") == []


def test_a_season_before_house_or_home_is_a_thing() -> None:
    """ "the summer house", "their winter home", "a summer camp" (lexicon [vetoes] season_not_before): no time; the
    season stays a time before other words."""
    assert _tags("The summer house by the lake was sold at auction.") == []
    assert _tags("Their winter home stands above the harbour.") == []
    assert _tags("The children spent the summer at their grandmother's house.") == [("the summer", "2009-SU")]


def test_a_weekday_opening_a_sentence_before_a_capitalised_word_is_a_name() -> None:
    """A sentence's first word counts as after "the" for a weekday that begins a name ("Tuesday Okoro, the club's
    treasurer"); a weekday before a month, a part of day or "Mass", or with a possessive, stays a time."""
    assert _tags("Tuesday Okoro, the club's treasurer, resigned over the accounts.") == []
    assert _tags("The vote was close. Wednesday Achebe won the seat by nine votes.") == []
    assert _tags("Thursday Dec. 17 was the coldest day of the year.")[0][0].startswith("Thursday Dec. 17")
    assert _tags("Sunday Mass was said in the ruined church.") == [("Sunday", "2009-12-13")]
    assert _tags("Monday's meeting was put off.") == [("Monday", "2009-12-14")]
    assert _tags("Police said Thursday that the road was closed.") == [("Thursday", "2009-12-17")]


def test_a_paper_or_list_named_after_a_time_is_a_name() -> None:
    """A capitalised time before a capitalised head of lexicon [vetoes] name_heads ("Star", "Herald", "Post",
    "Honours") or inside a name of [vetoes] names ("the Evening Standard"): no time; in lower case it stays a time."""
    assert _tags("The Morning Star printed the speech in full.") == []
    assert _tags("Her name was on the New Year Honours list.") == []
    assert _tags("He read the Evening Standard on the train.") == []
    assert _tags("The evening post brought no news.")[0][0] == "The evening"


def test_a_capitalised_unit_ending_a_title_is_no_time_in_news() -> None:
    """ "Sportsman of the Year", "Player of the Month": a title, no time in news; "the end of the year" stays a time,
    and histories (narrative mode, TIMEX2) keep the year of "Man of the Year"."""
    assert _tags("He was named Sportsman of the Year in Madrid.") == []
    assert _tags("She was voted Player of the Month by the fans.") == []
    assert _tags("Sales rose at the end of the year.") == [("the end of the year", "2009")]
    assert [t for t, _ in _tags("In 1921 he was named Man of the Year.", mode="narrative")] == ["1921", "the Year"]


def test_a_counted_season_in_the_plural_recurs() -> None:
    """ "for the past three summers", "two winters": a set of that season (XXXX-SU), one expression (was nothing);
    "springs" only after past/last/next ("three springs feed the lake" are wells), a capitalised plural is a family
    name, and "two summers ago", "two winters later" stay the season they point to."""
    assert _tags("Floods have shut the road for the past three summers.") == [("the past three summers", "XXXX-SU")]
    assert _tags("The explorer spent two winters on the ice.") == [("two winters", "XXXX-WI")]
    assert _tags("Three springs feed the lake above the town.") == []
    assert _tags("The two Summers brothers ran the shop.") == []
    assert _tags("The pier was rebuilt two summers ago.") == [("two summers ago", "2008-SU")]
    assert _tags("The fort was built in 1185. Two winters later the earls rebelled.", mode="narrative")[1] == ("Two winters later", "1187-WI")
