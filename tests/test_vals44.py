"""Session 44 (helper vals): TBAQ conventions by half and news values of bench/stories-s44vals (own sentences)."""

from __future__ import annotations

import timeline


def _tags(sentence: str, dct: str = "2026-03-04") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timeline.tag(sentence, reference_time=dct).timexes]


def test_today_before_a_name_or_a_noun_the_day_owns_is_the_day() -> None:
    """The era nouns are matched in lower case and cut to the age's own words (lexicon [vetoes] era_nouns): "today's
    World Cup final", "today's voters" on polling day, "today's climate talks" are the day; "by today's standards", "in
    today's age" stay the present age."""
    assert _tags("Fans gathered early for today's World Cup final.") == [("today", "2026-03-04")]
    assert _tags("Polls opened at 7 a.m., and today's voters faced long queues.")[-1] == ("today", "2026-03-04")
    assert _tags("Ministers arrived for today's climate talks.") == [("today", "2026-03-04")]
    assert _tags("The car was slow by today's standards.") == []
    assert _tags("In today's age, letters are rare.") == []


def test_items_of_a_list_take_the_tense_of_the_clause_before_the_comma() -> None:
    """ "..., the first on Sunday and the second on Wednesday" (lexicon tense.toml [clause] item_openers, item_prepositions):
    no verb of their own; the clause before the comma says, and the items of a present count lie ahead."""
    text = "Dunmere Rovers have two home games in four days, the first on Sunday and the second on Wednesday."
    assert _tags(text, "2027-11-26")[1:] == [("Sunday", "2027-11-28"), ("Wednesday", "2027-12-01")]
    text = "The council holds two hearings, one on Monday and another on Thursday."
    assert _tags(text, "2027-11-26") == [("Monday", "2027-11-29"), ("Thursday", "2027-12-02")]
    text = "Rovers play three games, the first on Sunday, the second on Tuesday and the third on Saturday."
    assert _tags(text, "2027-11-24") == [("Sunday", "2027-11-28"), ("Tuesday", "2027-11-30"), ("Saturday", "2027-12-04")]


def test_items_after_a_past_or_perfect_clause_stay_past() -> None:
    """The same items after a past or a present perfect are gone; "have" before a number word is the verb of having."""
    assert _tags("Rovers lost two home games, the first on Sunday and the second on Wednesday.", "2027-11-26") == [
        ("Sunday", "2027-11-21"), ("Wednesday", "2027-11-24")]
    assert _tags("Rovers have won two games, the first on Sunday.", "2027-11-26") == [("Sunday", "2027-11-21")]
    assert _tags("He was the first on the scene on Sunday.", "2027-11-26") == [("Sunday", "2027-11-21")]
    assert _tags("Prices have more than doubled since Monday.", "2027-11-26") == [("Monday", "2027-11-22")]


def test_a_list_of_weekdays_after_a_week_told_in_its_sentence_is_of_that_week() -> None:
    """ "plays twice next week, on Tuesday and Saturday": both days of next week (named._week_told in
    _after_joined_day), not the Saturday nearest Tuesday before it; with no week told the list keeps the nearer day."""
    assert _tags("The club plays twice next week, on Tuesday and Saturday.", "2026-03-12")[1:] == [
        ("Tuesday", "2026-03-17"), ("Saturday", "2026-03-21")]
    assert _tags("Next week the club plays on Saturday and Tuesday.", "2026-03-12")[1:] == [
        ("Saturday", "2026-03-21"), ("Tuesday", "2026-03-17")]
    assert _tags("Statements were made on Friday and Thursday.", "2026-03-12") == [("Friday", "2026-03-06"), ("Thursday", "2026-03-05")]


def test_a_season_in_a_phrase_set_off_after_its_year_takes_that_year() -> None:
    """ "in 2020, after a wet spring" (lexicon [story_months] year_phrase_openers): a phrase of the year's clause with no
    verb, so its season is that year's; a clause of its own after the comma keeps its own reading."""
    assert _tags("The town last flooded in 2020, after a wet spring.", "2028-03-16") == [("2020", "2020"), ("spring", "2020-SP")]
    assert _tags("Sales fell in 2019, during a mild winter.", "2028-08-16") == [("2019", "2019"), ("winter", "2019-WI")]
    assert _tags("He joined the club in 2019, after a spell abroad, and left in the spring.", "2028-08-16")[-1] == (
        "the spring", "2028-SP")
