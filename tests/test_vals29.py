"""Time-expression values on news phrasing (twenty-ninth session, values helper): sentences written for these tests.

Every expected value and bound below was worked out by hand from docs/conventions.md (weekdays checked with a calendar),
not copied from the tagger's output.  Each case asserts the value, the bounds (to the minute) and the grain."""

from __future__ import annotations

import pytest

from timeline.model import Grain
from timeline.tagger import tag


def _timex(text: str, expression: str, dct: str, nth: int = 0):  # type: ignore[no-untyped-def]
    """The ``nth`` time expression of ``text`` written ``expression`` (news mode)."""
    found = [t for t in tag(text, dct, mode="news").timexes if t.text == expression]
    assert len(found) > nth, f"{expression!r} not tagged in {text!r}: {[t.text for t in tag(text, dct).timexes]}"
    return found[nth]


def _check(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: Grain, nth: int = 0) -> None:
    t = _timex(text, expression, dct, nth)
    got = (t.value, t.earliest.isoformat(timespec="minutes") if t.earliest else "none",
           t.latest.isoformat(timespec="minutes") if t.latest else "none", t.grain)
    assert got == (value, earliest, latest, grain)


# --- a bare "overnight" in a past news sentence that tells a past day after it: the night that led into that day


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Tue 10 Mar 2026: the sale on Monday 9 Mar, the queue the Sunday night before it (not Monday night)
        ("Fans queued outside the arena overnight for tickets, which went on sale at 9 a.m. on Monday.", "overnight",
         "2026-03-10", "2026-03-08TNI", "2026-03-08T19:00", "2026-03-09T07:00", Grain.PART_OF_DAY),
        # Thu 3 Sep 2026: doors opened Wednesday 2 Sep, the queue Tuesday night 1 Sep
        ("Queues began forming overnight, and the doors opened at 8 a.m. on Wednesday.", "overnight",
         "2026-09-03", "2026-09-01TNI", "2026-09-01T19:00", "2026-09-02T07:00", Grain.PART_OF_DAY),
        # a day after "after" lies before the night: the night before publication stays (Mon 9 Mar night)
        ("Stocks rose overnight after the bank cut rates on Friday.", "overnight",
         "2026-03-10", "2026-03-09TNI", "2026-03-09T19:00", "2026-03-10T07:00", Grain.PART_OF_DAY),
        # a day in the next sentence is not this one's: the night before publication
        ("Fans queued overnight for tickets. They went on sale on Saturday.", "overnight",
         "2026-03-10", "2026-03-09TNI", "2026-03-09T19:00", "2026-03-10T07:00", Grain.PART_OF_DAY),
    ],
)
def test_overnight_before_a_day_told_later_in_its_sentence(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


# --- a half of the year named alone in a sentence about a business's figures ("turnover", "bookings")


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Wed 19 Aug 2026: the first half just reported, January to June 2026
        ("Turnover fell 3 percent in the first half.", "the first half", "2026-08-19", "2026-H1",
         "2026-01-01T00:00", "2026-07-01T00:00", Grain.HALF),
        # Thu 23 Jul 2026: the second half under way, July to December 2026
        ("The carrier said bookings for the second half looked strong.", "the second half", "2026-07-23", "2026-H2",
         "2026-07-01T00:00", "2027-01-01T00:00", Grain.HALF),
    ],
)
def test_a_bare_half_in_a_sentence_about_turnover_or_bookings(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)


@pytest.mark.parametrize("text", ["The hosts shot 38 percent from the field in the first half.",
                                  "The visitors enjoyed 60 percent possession in the second half."])
def test_a_match_half_with_a_percentage_is_no_half_of_the_year(text: str) -> None:
    assert not [t for t in tag(text, "2026-08-19", mode="news").timexes if "half" in t.text]


# --- "set" (a past form the present shares) as the verb of a relative clause or after "she": its own past, not the
# future of the main clause; not before "for" (an appointment made)


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest,grain",
    [
        # Mon 5 Oct 2026: April 2026 (six months back), not April 2027 (the main clause's "will")
        ("Last year's winner, who set a course record in April, will not defend her title on Sunday.", "April",
         "2026-10-05", "2026-04", "2026-04-01T00:00", "2026-05-01T00:00", Grain.MONTH),
        ("She set a course record in April and will run again on Sunday.", "April",
         "2026-10-05", "2026-04", "2026-04-01T00:00", "2026-05-01T00:00", Grain.MONTH),
        # "set the trial for April": the appointment, the main clause's future says (April 2027)
        ("The judge, who set the trial for April, will retire on Sunday.", "April",
         "2026-10-05", "2027-04", "2027-04-01T00:00", "2027-05-01T00:00", Grain.MONTH),
    ],
)
def test_set_in_a_relative_clause_is_its_own_past(text, expression, dct, value, earliest, latest, grain) -> None:  # type: ignore[no-untyped-def]
    _check(text, expression, dct, value, earliest, latest, grain)
