"""Helper rec, session 40: missed kinds (lengths joined by a comma, race times written as a clock, "the previous half",
"the noughties", Scottish and saints' days, "the back end of", years in brackets after "died") and words that look like
times and are none (things named by a day, songs and figures, "midnight blue", "a night owl", "the One O'Clock Gun").
Own sentences."""

from __future__ import annotations

import timeline

DCT = "2009-12-19"  # a Saturday


def _tags(text: str, reference: str = DCT, mode: str = "news") -> list[tuple[str, str]]:
    """(extent, value) of every time expression, in text order."""
    return [(t.text, t.value) for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def test_two_units_joined_by_a_comma_are_one_length() -> None:
    """ "two hours, 21 minutes": one length (was "two hours" and "21 minutes"); not when the second count makes a whole
    larger unit ("three days, 40 hours" is two lengths)."""
    assert _tags("The climbers reached the top in four hours, 12 minutes.") == [("four hours, 12 minutes", "PT4H12M")]
    assert _tags("The trial ran for two years, seven months.") == [("two years, seven months", "P2Y7M")]
    assert _tags("They talked for three days, 40 hours in all.") == [("three days", "P3D"), ("40 hours", "PT40H")]


def test_race_time_written_as_a_clock() -> None:
    """ "won in 2:09:41": hours, minutes and seconds after "in" are a length; after "at" no time is read from them."""
    assert _tags("The champion finished in 2:11:05 despite the wind.") == [("2:11:05", "PT2H11M5S")]
    assert "PT2H11M5S" not in [value for _, value in _tags("The alarm went off at 2:11:05 on Friday.")]


def test_previous_half_in_a_business_sentence() -> None:
    """ "the previous half": the half before the one the story reports, in a business sentence only."""
    assert _tags("Profit in the second half of 2008 was 3 percent above the previous half.") == [
        ("the second half of 2008", "2008-H2"), ("the previous half", "2008-H1")]
    assert _tags("The visitors were much sharper than in the previous half.") == []


def test_noughties_and_back_end_of() -> None:
    """ "the noughties" is the 2000s; "the back end of next year" one expression, its end (as "the end of")."""
    assert _tags("Car sales fell sharply in the noughties.") == [("the noughties", "200")]
    got = timeline.tag("The plant will close at the back end of next year.", reference_time=DCT).timexes
    assert [(t.text, t.value, t.mod.value if t.mod else None) for t in got] == [("the back end of next year", "2010", "END")]


def test_scottish_and_saints_days() -> None:
    """ "Hogmanay", "Burns Night", "St Andrew's Day", "St George's Day" are days (lexicon [holidays])."""
    assert _tags("The town will hold a party on Hogmanay.") == [("Hogmanay", "2009-12-31")]
    assert _tags("Haggis will be served on Burns Night.") == [("Burns Night", "2010-01-25")]
    assert _tags("The flag will fly over the castle on St George's Day.") == [("St George's Day", "2010-04-23")]


def test_year_in_brackets_after_died() -> None:
    """ "(died 1281)", "(b. 1190)": a year before 1600 after died/born/d./b. in a history."""
    assert _tags("The chapel was built by Abbot Roger (died 1264) of Kirkham.", mode="narrative") == [("1264", "1264")]
    assert _tags("The mason John Hale (b. 1330) carved the font.", mode="narrative") == [("1330", "1330")]


def test_things_named_by_a_day_are_no_time() -> None:
    """ "a Saturday job", "the Monday blues", "the Sunday papers", "midnight blue", "a night owl", "the One O'Clock Gun",
    songs and figures named by a day ("Ruby Tuesday", "Father Christmas")."""
    assert _tags("The bakery gave her a Saturday job when she was fifteen.") == []
    assert _tags("Nothing cures the Monday blues like a walk.") == []
    assert _tags("He reads the Sunday papers in the garden.") == []
    assert _tags("The curtains were a deep midnight blue.") == []
    assert _tags("Her brother has always been a night owl.") == []
    assert _tags("Crowds gathered to hear the One O'Clock Gun.") == []
    assert _tags("The choir sang Ruby Tuesday as an encore.") == []
    assert _tags("Father Christmas arrived on a fire engine.") == []
