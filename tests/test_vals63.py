"""Helper vals, sixty-third session: TIMEX3 values and bounds of time expressions in news (issue 12), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand (11 May 2032 is a Tuesday).
"""

from __future__ import annotations

import datetime as dt

import timeline


def _timex(tl: timeline.Timeline, text: str) -> timeline.Timex:
    found = [t for t in tl.timexes if t.text == text]
    assert len(found) == 1, [t.text for t in tl.timexes]
    return found[0]


# "the rest of the decade": what is left of the decade from the time it counts from, not the decade's last third
# (resolve/surroundings.py _rest_from_now); in a news past clause after a time told, the story's decade (resolve/dates.py
# past_rest)

def test_the_rest_of_the_decade_ahead_runs_from_publication() -> None:
    """"Dealers expect car sales to stay flat for the rest of the decade." (11 May 2032): the 2030s (203), from 11 May 2032
    to 1 January 2040 (was 2037-01-01 .. 2040-01-01, the decade's last third)."""
    tl = timeline.build("Dealers expect car sales to stay flat for the rest of the decade.", reference_time="2032-05-11")
    t = _timex(tl, "the rest of the decade")
    assert (t.value, t.earliest, t.latest) == ("203", dt.datetime(2032, 5, 11), dt.datetime(2040, 1, 1))


def test_the_rest_of_the_decade_after_a_past_year_in_a_past_clause_is_that_decade() -> None:
    """"The mill closed in 1962 and the town declined for the rest of the decade." (11 May 2032): the 1960s (196) from 1962
    (1962-01-01 .. 1970-01-01; was 203, the publication's decade)."""
    tl = timeline.build("The mill closed in 1962 and the town declined for the rest of the decade.", reference_time="2032-05-11")
    t = _timex(tl, "the rest of the decade")
    assert (t.value, t.earliest, t.latest) == ("196", dt.datetime(1962, 1, 1), dt.datetime(1970, 1, 1))


def test_the_rest_of_the_decade_ahead_after_a_past_year_stays_the_publications() -> None:
    """"Car sales fell in 2029. Dealers expect them to stay flat for the remainder of the decade." (11 May 2032): a clause
    ahead keeps the publication's decade, 203, from 11 May 2032."""
    tl = timeline.build("Car sales fell in 2029. Dealers expect them to stay flat for the remainder of the decade.", reference_time="2032-05-11")
    t = _timex(tl, "the remainder of the decade")
    assert (t.value, t.earliest, t.latest) == ("203", dt.datetime(2032, 5, 11), dt.datetime(2040, 1, 1))


def test_the_rest_of_the_century_in_a_history_runs_from_the_story_year() -> None:
    """Narrative: "The fort was rebuilt in 1768 and served as a prison for the rest of the century." (18th century, 17):
    1768-01-01 .. 1800-01-01 (was 1767-01-01 .. 1800-01-01, the century's last third)."""
    tl = timeline.build("The fort was rebuilt in 1768 and served as a prison for the rest of the century.", reference_time="2026-01-01", mode="narrative")
    t = _timex(tl, "the rest of the century")
    assert (t.value, t.earliest, t.latest) == ("17", dt.datetime(1768, 1, 1), dt.datetime(1800, 1, 1))
