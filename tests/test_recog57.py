"""Helper recog, session 57: kinds of time expressions of news and histories left untagged or cut short ("a good three
weeks", "the new academic year", "the better part of the afternoon", "a good part of 1990"), on sentences written for the
purpose (bench/rec-s57 holds the held-out recognition set)."""

from __future__ import annotations

import timeline

DCT = "2009-12-19T17:00"  # a Saturday, 5 p.m.


def _tags(text: str, reference: str = DCT, mode: str = "news") -> list[tuple[str, str, str]]:
    """(extent, value, mod) of every time expression, in text order."""
    return [(t.text, t.value, t.mod.value if t.mod else "")
            for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def test_a_good_count() -> None:
    """ "a good three weeks": the whole count at least, "a good" inside the length (was "three weeks" alone); with no count
    ("a good year", "a good day") nothing is tagged."""
    assert _tags("The rowers trained for a good three weeks in Spain.") == [("a good three weeks", "P3W", "EQUAL_OR_MORE")]
    assert _tags("The plant will run for a good five years more.") == [("a good five years", "P5Y", "EQUAL_OR_MORE")]
    assert _tags("It was a good year for the brewery and a good day for its staff.") == []
    assert _tags("It was a good one for the club.") == []


def test_the_new_school_or_fiscal_year() -> None:
    """ "the new academic (school, fiscal, financial) year": the coming one (was untagged); "a new fiscal year" and "the
    new week" name none."""
    assert _tags("The college will open in time for the new academic year.") == [("the new academic year", "2010", "")]
    assert _tags("Council tax rises in the new financial year, the council said.") == [("the new financial year", "2010", "")]
    assert _tags("A new fiscal year began with a new chief executive.") == []
    assert _tags("The new week began badly for the club.") == []


def test_most_of_a_point() -> None:
    """ "the better part of the afternoon", "a good part of 1990": the phrase is inside the point's expression, the point's
    value kept and no mod (TimeBank); "most of 1919" stays outside (TimeBank and WikiWars leave it out); a length keeps its
    hedge's LESS_THAN."""
    assert _tags("Engineers worked through the better part of the afternoon on Friday.") == [
        ("the better part of the afternoon", "2009-12-18TAF", ""), ("Friday", "2009-12-18", "")]
    assert _tags("The firm will not draw on its credit lines for a good part of 2010.") == [("a good part of 2010", "2010", "")]
    assert _tags("He spent most of 1919 in Paris.") == [("1919", "1919", "")]
    assert _tags("They talked for the best part of an hour.") == [("the best part of an hour", "PT1H", "LESS_THAN")]
