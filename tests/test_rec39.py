"""Helper rec, session 39: missed kinds ("after dark", "at about teatime", "Michaelmas Day", "the same quarter of 2008",
"profit for the half", "second-half outlook") and words that look like times and are none ("a current" the noun,
titles, things named by a time). Own sentences."""

from __future__ import annotations

import timeline

DCT = "2009-12-19"  # a Saturday


def _tags(text: str, reference: str = DCT, mode: str = "news") -> list[tuple[str, str]]:
    """(extent, value) of every time expression, in text order."""
    return [(t.text, t.value) for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def test_after_dark_is_the_night_in_a_history() -> None:
    """ "after dark", "until dark", "before dark" in a history: the noun "dark" tagged (the preposition outside), a night;
    not "in the dark", nor "dark" before a noun ("after dark clouds"); untagged in the news, as TBAQ's annotators leave it."""
    assert _tags("Stalls will stay open after dark for the first time.") == []
    assert [text for text, _ in _tags("The fire broke out in 1287. It burned until dark.", mode="narrative")] == ["1287", "dark"]
    assert _tags("In 1287 they sat in the dark until help came.", mode="narrative") == [("1287", "1287")]
    assert _tags("In 1287 the children ran home after dark clouds rolled in.", mode="narrative") == [("1287", "1287")]


def test_a_hedge_between_signal_and_part_of_day() -> None:
    """ "at about teatime": a one-word hedge of lexicon [clock_hedges] between the signal and a part of day that needs
    one (part_of_day_signalled) lets it count; the hedge stays outside, as TBAQ's annotators mostly leave "about" out."""
    assert _tags("The shop sold its last loaf at about teatime on Friday.") == [("teatime", "2009-12-18TAF"), ("Friday", "2009-12-18")]
    assert _tags("About teatime she rang.") == []


def test_feast_with_day_is_one_expression() -> None:
    """ "Michaelmas Day", "Martinmas Day": the feast and "Day" one expression (lexicon [holidays])."""
    assert _tags("The appeal opened on Michaelmas Day.") == [("Michaelmas Day", "2009-09-29")]
    assert _tags("Rents fell due on Martinmas Day in 1740.", mode="narrative")[0] == ("Martinmas Day", "1740-11-11")


def test_same_quarter_of_a_year_is_one_expression() -> None:
    """ "the same quarter of 2008": one expression (as TimeML's "the third quarter of 1984"), the story's quarter of that
    year; "the same month in 2019" stays two (session 38's convention)."""
    assert _tags("Jobs fell in the third quarter from the same quarter of 2008.") == [
        ("the third quarter", "2009-Q3"), ("the same quarter of 2008", "2008-Q3")]
    assert ("the same quarter of 2008", "2008-Q3") not in _tags("Jobs fell in the third quarter from the quarter of 2008.")


def test_the_half_and_second_half_before_a_noun() -> None:
    """ "profit for the half": the half the story reports (else the latest ended); "its second-half outlook": the half
    as an adjective in a business sentence, not a match's "second-half goal"."""
    assert _tags("Pretax profit for the half fell 9 percent, Carver said.", reference="2026-08-10") == [("the half", "2026-H1")]
    assert _tags("The company says its second-half outlook is better.", reference="2026-08-10") == [("second-half", "2026-H2")]
    assert _tags("Rovers won with a second-half goal from their captain.") == []
    assert _tags("He lost the half of the money he had saved.") == []


def test_current_as_a_noun_is_no_time() -> None:
    """ "a current", "the current was slow", "by a strong current.": the noun, no PRESENT_REF; the adjective stays
    ("the current government", "current and former members")."""
    assert _tags("He drew a current from a dynamo.") == []
    assert _tags("The swimmers were swept out by a strong current.") == []
    assert _tags("The river, whose current was slow, froze.") == []
    assert _tags("The current government raised taxes.") == [("current", "PRESENT_REF")]
    assert _tags("Current and former members voted.") == [("Current", "PRESENT_REF")]


def test_things_named_by_a_time_are_no_times() -> None:
    """Lexicon [vetoes] additions: "his winter coat", "a Sunday roast", "a morning person", "the 1812
    Overture"; a capitalised part of day with a possessive inside a title ("reading Midnight's
    Children")."""
    assert _tags("He wore his winter coat to the match.") == []
    assert _tags("They cooked a Sunday roast for twelve.") == []
    assert _tags("She has never been a morning person.") == []
    assert _tags("The band played the 1812 Overture.") == []
    assert _tags("She was reading Midnight's Children on the bus.") == []
    assert _tags("The shop stays open till midnight on Friday.")[0][0] == "midnight"


def test_a_capitalised_length_in_running_text_is_a_title() -> None:
    """ "reviewed Ten Days That Shook the World", "watched One Day": a length written with capitals right after a
    lower-case word is a title; a title-case headline ("Strike Ends After Three Days") and a sentence start stay."""
    assert _tags("She reviewed Ten Days That Shook the World for the magazine.") == []
    assert _tags("Strike Ends After Three Days")[0][0] == "Three Days"
    assert _tags("Three days later the talks ended.")[0][0] == "Three days"
