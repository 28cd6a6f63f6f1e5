"""Helper recog, session 49: recognition kinds of business wire, sport, weather, courts and health copy, on sentences written
for the purpose (bench/rec-s49 holds the recognition sets)."""

from __future__ import annotations

import timeline

DCT = "2009-12-19"  # a Saturday


def _tags(text: str, reference: str = DCT, mode: str = "news") -> list[tuple[str, str, str]]:
    """(extent, value, mod) of every time expression, in text order."""
    return [(t.text, t.value, t.mod.value if t.mod else "") for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def test_a_brokers_half_written_digit_first() -> None:
    """ "1H10", "2H 2009", "1H": a half of the year written as brokers write it, the H in capitals (rule half_digit_first, as
    "3Q09" is a quarter; was untagged, or the year alone)."""
    assert _tags("The phone maker raised its 1H10 sales forecast.") == [("1H10", "2010-H1", "")]
    assert _tags("Margins narrowed in 2H 2009, the bank said.") == [("2H 2009", "2009-H2", "")]
    assert _tags("Results for 1H10 and 2H10 will be published together.") == [("1H10", "2010-H1", ""), ("2H10", "2010-H2", "")]
    assert _tags("Its 1H profit rose 8 percent, the company said.", "2010-08-04") == [("1H", "2010-H1", "")]


def test_no_brokers_half_in_an_hour_a_virus_or_a_name() -> None:
    """ "1h10" (lower case: an hour), "H1N1" (a virus), "Route 1H" (a name): no half."""
    assert _tags("The drive takes 1h10 from the city.") == []
    assert _tags("Patients with H1N1 were treated at the clinic.") == []
    assert _tags("He lives on Route 1H near the coast.") == []


def test_a_sunday_paper_named_times() -> None:
    """ "the Sunday Times", a headline's "Sunday Times" (lexicon [vetoes] name_heads "times"): a paper, no Sunday; "on Sunday
    times were hard" keeps its day."""
    assert _tags("The Sunday Times printed the letter in full.") == []
    assert _tags("Editor to Leave Sunday Times\n\nThe editor will leave in March.") == [("March", "2010-03", "")]
    assert _tags("The paper said on Sunday times were hard.") == [("Sunday", "2009-12-13", "")]


def test_a_capitalised_unit_or_set_word_in_running_text_is_a_name() -> None:
    """A unit after digits ("the Le Mans 24 Hours", "a 24 Hour Fitness gym") or a set word ("Computer Weekly") written with a
    capital inside a sentence of running text is part of a name (common.named_mid_running_text; were PT24H and P1W); in a
    title-case headline, at a sentence's start, or in lower case it stays a time."""
    assert _tags("Jo Carr, who won the Le Mans 24 Hours in June, will race in Formula 1.") == [("June", "2009-06", "")]
    assert _tags("She ran a 24 Hour Fitness gym in the city.") == []
    assert _tags("The advert ran in Marketing Week and Computer Weekly.") == []
    assert _tags("He wrote for the Weekly Standard for two years.") == [("two years", "P2Y", "")]
    assert [t[0] for t in _tags("Police Hold Man for 24 Hours\n\nThe man was freed on Friday.")] == ["24 Hours", "Friday"]
    assert [t[0] for t in _tags("Ferries to Sail Weekly\n\nThe service starts in May.")] == ["Weekly", "May"]
    assert _tags("Weekly sales rose 3 percent.") == [("Weekly", "P1W", "")]
    assert _tags("The strike lasted 24 hours.") == [("24 hours", "PT24H", "")]


def test_a_span_just_gone_before_on_and_a_weekday() -> None:
    """ "their third match in eight days on Tuesday": after "in" (lexicon [relative] length_on_openers) a length and the day,
    two expressions (was one date eight days after Tuesday, rule days_from_day); the British "a week on Saturday" stays one."""
    assert _tags("Rovers play their third match in eight days on Tuesday.") == [("eight days", "P8D", ""), ("Tuesday", "2009-12-22", "")]
    assert _tags("It was the second quake in a week on Sunday.") == [("a week", "P1W", ""), ("Sunday", "2009-12-13", "")]
    assert _tags("The final is a week on Saturday at Wembley.") == [("a week on Saturday", "2009-12-26", "")]


def test_a_quarter_or_half_of_a_fiscal_year_written_fy() -> None:
    """ "Q1 FY07", "H1 FY07", "the third quarter of FY2007", "the first half of FY2007": one expression, the part of the year
    "FY" names (rules quarter, half_year; was the part of the story's year and "FY07" apart, or the year alone); "Q4 2009"
    and a bare "Q4" are unchanged."""
    assert _tags("Sales rose 4 percent in Q1 FY07, the firm said.", "2010-08-04") == [("Q1 FY07", "2007-Q1", "")]
    assert _tags("Sales in H1 FY07 rose 4 percent.", "2010-08-04") == [("H1 FY07", "2007-H1", "")]
    assert _tags("Profit fell in the third quarter of FY2007.", "2010-12-04") == [("the third quarter of FY2007", "2007-Q3", "")]
    assert _tags("Earnings for the first half of FY2007 rose.", "2010-08-04") == [("the first half of FY2007", "2007-H1", "")]
    assert _tags("Profit rose in Q4 2009.") == [("Q4 2009", "2009-Q4", "")]
    assert _tags("The firm reported Q4 results.") == [("Q4", "2009-Q4", "")]
