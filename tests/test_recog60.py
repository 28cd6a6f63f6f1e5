"""Helper recog, session 60: traps (a title in quotation marks, a venue named after a weekday), on sentences written for
the purpose (bench/rec-s60 holds the held-out recognition set). (Its "the Christmas holiday" and news "2009-10" fixes
were dropped at the merge: they contradicted the conventions of tests/test_values22.py, test_rec28.py,
test_recognize_ranges.py and test_recognize_tokenised.py.)"""

from __future__ import annotations

import timeline

DCT = "2009-12-19T17:00"  # a Saturday, 5 p.m.


def _tags(text: str, reference: str = DCT, mode: str = "news") -> list[tuple[str, str, str]]:
    """(extent, value, mod) of every time expression, in text order."""
    return [(t.text, t.value, t.mod.value if t.mod else "")
            for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def test_title_in_quotation_marks() -> None:
    """A time inside a short quoted span of title-case words with a capitalised word of its own is part of a title (was
    tagged); a quoted sentence, a quoted time alone and a quote in a title-case headline keep their times; news only."""
    assert _tags('The choir closed with "White Christmas" and a carol.') == []
    assert _tags('Critics praised "The 1970s House", a show about a family in Leeds.') == []
    assert _tags('Her first novel, "Ten Days in August", sold well.') == []
    assert _tags('He told reporters: "We will decide on Monday."') == [("Monday", "2009-12-21", "")]
    assert _tags('The "Christmas" lights were switched on.') == [("Christmas", "2009-12-25", "")]
    assert _tags('"Deal Done by Friday," Says Minister') == [("Friday", "2009-12-18", "")]
    # news only: a history's TIMEX2 tags the time inside a quoted name of a happening (WikiWars "Ramadan Offensive")
    assert [t[0] for t in _tags('The rebels began what the papers called the "Easter Offensive" in 1972.', mode="narrative")] == ["Easter", "1972"]


def test_weekday_venue() -> None:
    """ "Friday's, the nightclub": a bare weekday with a possessive, a comma and an article before a venue noun ([vetoes]
    venue_nouns) is a place (was tagged as the day); "Friday's, the day after" stays a day."""
    assert _tags("Police were called to Friday's, the nightclub on Mill Street.") == []
    assert _tags("Staff at Tuesday's, a bar in Hove, were praised for their help.") == []
    assert _tags("The match was moved from Friday's, the original date.") == [("Friday", "2009-12-18", "")]
