"""Helper recog, session 47: "overnight" as an adjective of kind, a car's model year, and "one day" hoped for, on
sentences written for the purpose (bench/rec-s47 holds the recognition sets)."""

from __future__ import annotations

import timeline

DCT = "2009-12-19"  # a Saturday


def _tags(text: str, reference: str = DCT, mode: str = "news") -> list[tuple[str, str]]:
    """(extent, value) of every time expression, in text order."""
    return [(t.text, t.value) for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def test_overnight_as_an_adjective_of_kind_is_no_night() -> None:
    """ "an overnight success", "the overnight sleeper", "the overnight ferry": "overnight" names a kind of thing (lexicon
    [vetoes] overnight_not_before), and "the" is never part of it (was "the overnight", a night); "overnight losses", "an
    overnight gale" and the adverb stay the night before publication."""
    assert _tags("The play was an overnight success in the West End.") == []
    assert _tags("They took the overnight ferry from Hull to Rotterdam.") == []
    assert _tags("The overnight sleeper from Euston arrived two hours late.") == [("two hours", "PT2H")]
    assert _tags("Tokyo shares fell on overnight losses in New York.") == [("overnight", "2009-12-18TNI")]
    assert _tags("An overnight gale brought down power lines.") == [("overnight", "2009-12-18TNI")]
    assert _tags("Prices rose overnight on the news.") == [("overnight", "2009-12-18TNI")]


def test_a_cars_model_year_is_no_year() -> None:
    """ "a 1965 Mustang", "her 1998 Volvo", "the farmer's 1972 Land Rover ... Chevrolet": a year between a determiner or a
    possessive and a make of lexicon [vetoes] year_before_makes is the model's; after "In", "the" or before another name
    it stays a year."""
    assert _tags("He restored a 1965 Mustang in his garage.") == []
    assert _tags("Officers found her 1998 Volvo near the harbour.") == []
    assert _tags("The suspect's 1987 Chevrolet Impala was towed away.") == []
    assert _tags("In 1998 Volvo sold its car arm to an American group.") == [("1998", "1998")]
    assert _tags("The 2010 Toyota recall cost the firm billions.") == [("2010", "2010")]
    assert _tags("The analyst cut his 1990 Harwick earnings forecast.") == [("1990", "1990")]


def test_one_day_after_a_verb_of_hoping_is_some_time_ahead() -> None:
    """ "hopes one day to sail", "the hope that he one day follows": "one day" is some day ahead (FUTURE_REF, lexicon
    [some_day] after), as after a modal; "have one day to decide", "spent one day there" stay a length."""
    assert _tags("She hopes one day to sail round the world.") == [("one day", "FUTURE_REF")]
    assert _tags("Fans voiced the hope that he one day returns to the club.") == [("one day", "FUTURE_REF")]
    assert _tags("They have one day to decide.") == [("one day", "P1D")]
    assert _tags("We spent one day in Oslo.") == [("one day", "P1D")]
