"""Helper rec, session 38: words that look like times and are none (names' numbers, adjectives, things named by a time),
and two missed kinds ("weeks or months" with no preposition, "ten years on"). Own sentences."""

from __future__ import annotations

import timeline

DCT = "2009-12-19"  # a Saturday


def _tags(text: str, reference: str = DCT, mode: str = "news") -> list[tuple[str, str]]:
    """(extent, value) of every time expression, in text order."""
    return [(t.text, t.value) for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def test_a_year_after_a_capitalised_name_stays_a_year() -> None:
    """A four-digit number after a capitalised word that is no numbered place or thing (lexicon [vetoes]
    year_after_names) stays a year: events and plans are named by their year ("the Paris 2024 Olympics", "Euro 2028")
    as often as products by a number, so the capital alone decides nothing (the lead's choice in session 38)."""
    assert _tags("She won gold at the Paris 2024 Olympics.") == [("2024", "2024")]
    assert _tags("The plan, called Vision 2030, was launched in 2016.") == [("2030", "2030"), ("2016", "2016")]
    assert _tags("Sales Rose In 2009") == [("2009", "2009")]
    assert _tags("Easter 2008 was wet.")[0][1] == "2008-03-23"
    assert _tags("He won the title in 2005 and again in 2007.") == [("2005", "2005"), ("2007", "2007")]


def test_numbered_rooms_and_seats_are_no_years() -> None:
    """A number after a capitalised word of lexicon [vetoes] year_after_names (now also "Rooms", "Seats", "Suite") is a
    name's number, and so is a number joined to it by "and"/"or"/"to" ("Rooms 2015 and 2016")."""
    assert _tags("Rooms 2015 and 2016 were cleared for the inspectors.") == []
    assert _tags("Seats 1998 to 2001 were kept for the press.") == []
    assert _tags("The lawyer moved to Suite 1990 on the top floor.") == []
    assert _tags("Prices rose between 2003 and 2004.") == [("2003", "2003"), ("2004", "2004")]


def test_a_number_hyphened_to_a_noun_is_an_amount() -> None:
    """ "a 1200-page novel", "the 1500-metre final": an amount before a noun; "1990-era" (lexicon [vetoes]
    year_hyphen_words) stays a year."""
    assert _tags("She wrote a 1200-page novel about the war.") == []
    assert _tags("He won the 1500-metre final in Rome.") == []
    assert _tags("They restored a 1960-era fire engine.") == [("1960", "1960")]


def test_the_present_before_a_noun_is_an_adjective() -> None:
    """ "the present owners", "the present-day village": an adjective, no time (lexicon [vetoes] adjective_times); "to
    the present", "the present is", "the present day" stay times."""
    assert _tags("The present owners bought the farm at auction.") == []
    assert _tags("The present-day village grew up around the mill.") == []
    assert _tags("The church has been used from 1850 to the present.") == [("1850", "1850"), ("the present", "PRESENT_REF")]
    assert _tags("The present is hard for the growers.") == [("The present", "PRESENT_REF")]
    assert _tags("The old customs survive to the present day.") == [("the present day", "PRESENT_REF")]


def test_two_plural_units_joined_by_or_are_one_length() -> None:
    """ "could take weeks or months": one vague length, the first unit's (PXW), with no preposition before it too."""
    assert _tags("The inquiry could take weeks or months to report.") == [("weeks or months", "PXW")]
    assert _tags("A cure may be years or decades away.") == [("years or decades", "PXY")]
    assert _tags("The rebuilt days were counted.") == []


def test_things_named_by_a_time() -> None:
    """ "his Sunday best", "Sunday school" (lexicon [vetoes] weekday_not_before), "an evening gown", "morning sickness"
    ([vetoes] part_of_day_not_before), "March with us" (a verb: [month_words.common] march followers += with): no time."""
    assert _tags("He put on his Sunday best for the wedding.") == []
    assert _tags("The girls went to Sunday school in the village.") == []
    assert _tags("She bought a silk evening gown in Paris.") == []
    assert _tags("March with the miners, the leaflet said.") == []
    assert _tags("The miners will march on Sunday.") == [("Sunday", "2009-12-20")]
    assert _tags("The party ended late in the evening.")[0][0].endswith("evening")


def test_a_capitalised_season_after_a_first_name_is_a_surname() -> None:
    """ "Edgar Winter played": a season after a capitalised word opening its sentence that asks for no date is a name;
    "In Summer", "Last Winter" stay seasons."""
    assert _tags("Edgar Winter played two encores.") == []
    assert _tags("Last Winter was the coldest on record.") == [("Last Winter", "2009-WI")]
    assert _tags("In Summer the valley fills with tourists.")[0][1].endswith("-SU")


def test_a_title_of_capitalised_words_in_running_text() -> None:
    """ "watched The Day After Tomorrow": a title of several capitalised words after a lower-case word, no time; in
    lower case it is a day."""
    assert _tags("The children watched The Day After Tomorrow at school.") == []
    assert _tags("Talks resume the day after tomorrow.") == [("the day after tomorrow", "2009-12-21")]


def test_ten_years_on_counts_on_as_later_does() -> None:
    """ "Ten years on, ..." (before a mark or "from") is an offset as "ten years later": a date in a history, whole; in
    news the length, bounded where it lands; "two weeks on the ward", "two weeks on, two weeks off" are lengths."""
    story = "The mill burned down in 1871. Ten years on, it was rebuilt."
    assert _tags(story, mode="narrative")[1] == ("Ten years on", "1881")
    news = timeline.tag("The river flooded the town in 1999. Ten years on, it has no wall.", reference_time=DCT).timexes
    assert news[1].text == "Ten years" and news[1].earliest is not None and news[1].earliest.year == 2009
    assert _tags("She spent two weeks on the ward.") == [("two weeks", "P2W")]
