"""(s60 speed) Quick tests that answer as the slower code they stand in front of (tagger output unchanged)."""

from __future__ import annotations

import timeline
from timeline.recognize.offset_passes import _direction_before_stop, _direction_stop

_DIRECTIONS = ("before", "after")


def _values(text: str, reference_time: str = "2027-06-20") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timeline.tag(text, reference_time=reference_time).timexes]


def test_the_direction_before_a_stop_is_found_as_the_pattern_finds_it() -> None:
    # each text as the pattern answers it: a direction, spaces or tabs, then one of , . ; :
    for low in ("the rowing club dined the saturday after.", "the sunday before , the trustees met", "after\t\t;",
                "met the week after: then", "afterwards, they left", "the saturday after the regatta", "after", "",
                "before the vote. after it", "he was there before. and after", "the day after\n.", "then after  ,",
                "after the race, before"):
        assert _direction_before_stop(low, _DIRECTIONS) == (_direction_stop(_DIRECTIONS).search(low) is not None), low


def test_a_second_occurrence_of_a_direction_is_read_when_the_first_has_no_stop() -> None:
    # the first "after" has a word after it, the second a full stop
    assert _direction_before_stop("after the regatta they dined the saturday after.", _DIRECTIONS)
    assert _direction_before_stop("before the vote the trustees met the sunday before;", ("after", "before"))
    assert not _direction_before_stop("after the regatta, before the vote", ("later",))


def test_the_weekday_after_a_day_is_still_one_expression_in_news() -> None:
    assert _values("Ferncliff Rowing Club won its regatta on 3 June 2027 and held its dinner the Saturday after.") == [
        ("3 June 2027", "2027-06-03"), ("the Saturday after", "2027-06-05")]
    assert _values("The Sunday before, the Marlow trustees had met.") == [("The Sunday before", "2027-06-13")]
    # no stop after the direction: the weekday alone
    assert _values("The Sunday before the vote the trustees met.") == [("Sunday", "2027-06-20")]
