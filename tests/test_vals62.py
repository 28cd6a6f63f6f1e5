"""Helper vals, sixty-second session: values and bounds of time expressions in news (issue 12), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand (2030: 7 October is a Monday).
"""

from __future__ import annotations

import datetime as dt

import timeline


def _timex(text: str, reference: str, words: str) -> timeline.Timex:
    found = [t for t in timeline.tag(text, reference_time=reference) if t.text == words]
    assert len(found) == 1, [t.text for t in timeline.tag(text, reference_time=reference)]
    return found[0]


# Two steps of a day to parts of the day told in turn count from the same day (resolve/part_steps.py)

def test_the_following_evening_after_the_following_morning_is_the_same_date() -> None:
    """"Thieves broke into the museum on Friday night. Police found the van the following morning and made two arrests the
    following evening." (Wednesday 9 October 2030): Friday night is the 4th's, the morning the 5th's, and the evening
    the 5th's too (was the 6th's, a day after the morning)."""
    text = ("Thieves broke into the museum on Friday night. Police found the van the following morning and made two arrests "
            "the following evening.")
    t = _timex(text, "2030-10-09", "the following evening")
    assert (t.value, t.earliest, t.latest) == ("2030-10-05TEV", dt.datetime(2030, 10, 5, 17), dt.datetime(2030, 10, 5, 22))


def test_the_following_evening_after_that_afternoon_stays_the_next_date() -> None:
    """"The bank approved the loan on 3 September. That afternoon the board met, and the following evening it voted to
    sell the branch." (9 October 2030): after a part of its own date ("that afternoon", the 3rd) the evening is the next
    date's, the 4th (unchanged)."""
    text = "The bank approved the loan on 3 September. That afternoon the board met, and the following evening it voted to sell the branch."
    assert _timex(text, "2030-10-09", "the following evening").value == "2030-09-04TEV"
