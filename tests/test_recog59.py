"""Helper recog, session 59: kinds of time expressions of news and histories left untagged, cut short or misread (a part
of a holiday, a short decade after a full one) and traps (a weekday as a person's name, "the
March" as a procession), on sentences written for the purpose (bench/rec-s59 holds the held-out recognition set)."""

from __future__ import annotations

import timeline

DCT = "2009-12-19T17:00"  # a Saturday, 5 p.m.


def _tags(text: str, reference: str = DCT, mode: str = "news") -> list[tuple[str, str, str]]:
    """(extent, value, mod) of every time expression, in text order."""
    return [(t.text, t.value, t.mod.value if t.mod else "")
            for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def test_part_of_a_holiday() -> None:
    """ "the early hours of New Year's Day", "the night of Christmas Eve": one expression, the holiday's part of the day
    (was "the early hours" PTXH, a length, and the holiday)."""
    assert _tags("Police expect trouble in the small hours of Boxing Day.") == [("the small hours of Boxing Day", "2009-12-26TMO", "START")]
    assert _tags("The storm broke on the night of Christmas Eve.", reference="2010-01-05") == [
        ("the night of Christmas Eve", "2009-12-24TNI", "")]
    assert _tags("Crowds will gather on the morning of Easter Sunday.") == [("the morning of Easter Sunday", "2010-04-04TMO", "")]


def test_short_decade_after_a_full_one() -> None:
    """ "the 1860s and 70s": the short decade tagged (was untagged) in the first one's century, as "the 1880s and '90s"
    (was 199); a bare "70s" elsewhere is an age or an amount."""
    assert _tags("The mills were built in the 1860s and 70s.") == [("the 1860s", "186", ""), ("70s", "187", "")]
    assert _tags("The line was laid in the 1880s and '90s.") == [("the 1880s", "188", ""), ("'90s", "189", "")]
    assert _tags("Crime fell in the 1970s and '80s.") == [("the 1970s", "197", ""), ("'80s", "198", "")]
    assert _tags("She is in her 70s and still swims.") == []
    assert _tags("Temperatures were in the 70s all week.") == []


def test_weekday_as_a_name() -> None:
    """A bare weekday after a first name or a title is a person's name (was tagged as a day); after a player's trade, the
    first word of one; a weekday after other capitalised words stays a day (news writes "the Pentagon Friday said")."""
    assert _tags("Goals from Dean Sunday and Ray Monday won the cup tie.") == []
    assert _tags("The service was led by Dr Sunday Adeyemi.") == []
    assert _tags("Agnes Saturday, 81, has kept the post office all her life.") == []
    assert _tags("The boxer Sunday Oliseh spoke to reporters.") == []
    assert _tags("Fulham Friday named a new manager.") == [("Friday", "2009-12-18", "")]
    assert _tags("Dean Sunday scored on Tuesday.") == [("Tuesday", "2009-12-15", "")]
    assert _tags("The Fulham manager said Friday that he would stay.") == [("Friday", "2009-12-18", "")]


def test_march_the_procession() -> None:
    """ "the March" before a punctuation mark or a verb of [month_words.common] march's the_followers is a procession (was
    the month); the month stays before a noun or a day."""
    assert _tags("There were few skirmishes along the March.") == []
    assert _tags("The March was the largest the town had seen.") == []
    assert _tags("The March figures were weak.") == [("March", "2009-03", "")]
    assert _tags("Sales rose in the March quarter.") == [("the March quarter", "2009-Q1", "")]
