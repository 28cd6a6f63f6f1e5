"""Session 45 (helper vals): news values of bench/stories-s45vals and bench/stories-s44mix (own sentences)."""

from __future__ import annotations

import datetime as dt

import timeline


def _tags(text: str, dct: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timeline.tag(text, reference_time=dct).timexes]


def _bounds(text: str, dct: str, expression: str) -> tuple[str, dt.datetime | None, dt.datetime | None]:
    found = [t for t in timeline.tag(text, reference_time=dct).timexes if t.text == expression]
    assert len(found) == 1, found
    return found[0].value, found[0].earliest, found[0].latest


_NIGHT = ("Forty climbers were rescued from a mountain hut late on Friday, and the last of them reached the valley shortly "
          "after 3 a.m. on Saturday.\n\n")


def test_a_past_clock_after_a_lede_told_across_midnight_goes_back_to_the_evening() -> None:
    """A lede that told "late on Friday" and the small hours of Saturday tells of one night: an evening clock time of a
    past clause in a later sentence lies inside that late time, Friday's (resolve/clock_nights.py), not Saturday's
    evening after the rescue had ended."""
    text = _NIGHT + "The storm struck an hour after the group set off from the lodge at 7.40 p.m. A guide called for help at 9.20 p.m."
    assert _tags(text, "2027-03-15")[3:] == [("an hour", "PT1H"), ("7.40 p.m.", "2027-03-12T19:40"), ("9.20 p.m.", "2027-03-12T21:20")]
    assert _bounds(text, "2027-03-15", "9.20 p.m.") == ("2027-03-12T21:20", dt.datetime(2027, 3, 12, 21, 20), dt.datetime(2027, 3, 12, 21, 21))
    # the first hours told by "early on Saturday" and a past perfect clause do the same
    text = "A barn burned down late on Friday, and firefighters left the farm early on Saturday. The owner had locked it at 8.30 p.m."
    assert _tags(text, "2027-03-15")[-1] == ("8.30 p.m.", "2027-03-12T20:30")


def test_a_clock_that_carries_the_story_on_or_is_not_past_stays_on_the_story_day() -> None:
    """Not after a story told over several sentences, nor a clock inside the first hours, nor one that carries the story
    on ("By 9 p.m."), nor a clause that is not past (present or future)."""
    text = "The storm hit late on Friday. Power went off at 2 a.m. on Saturday. It was restored at 8.30 p.m."
    assert _tags(text, "2027-03-15")[-1] == ("8.30 p.m.", "2027-03-13T20:30")
    assert _tags(_NIGHT + "The last of the group had left the hut at 1 a.m.", "2027-03-15")[-1] == ("1 a.m.", "2027-03-13T01:00")
    assert _tags(_NIGHT + "By 9 p.m. the valley road had reopened.", "2027-03-15")[-1] == ("9 p.m.", "2027-03-13T21:00")
    assert _tags(_NIGHT + "The hut's warden will give a statement at 7 p.m.", "2027-03-13")[-1] != ("7 p.m.", "2027-03-12T19:00")
    assert _tags(_NIGHT + "The mountain bus leaves the valley at 7.40 p.m.", "2027-03-13")[-1] != ("7.40 p.m.", "2027-03-12T19:40")


def test_a_year_earlier_after_a_quarter_of_last_year_in_its_sentence_is_that_quarter_a_year_before() -> None:
    """ "the final quarter of last year" (a quarter named with "last year", a look-back the story's time does not move to)
    told in the sentence of "a year earlier" is what the comparison counts from (resolve/shifts.py
    _period_told_just_before): said on 6 Jan 2028, 2026-Q4; a half alike."""
    text = "Carrow Rail said on Wednesday that passenger numbers rose 3% in the final quarter of last year compared with a year earlier."
    assert _bounds(text, "2028-01-06", "a year earlier") == ("2026-Q4", dt.datetime(2026, 10, 1), dt.datetime(2027, 1, 1))
    text = "The brewer said on Monday that profit fell in the first half of last year, down 4% from a year earlier."
    assert _tags(text, "2027-03-15")[-1] == ("a year earlier", "2025-H1")


def test_other_steps_back_after_a_quarter_of_last_year_keep_their_reading() -> None:
    """Only the step back in the quarter's own sentence, and only from a quarter over by publication: "two years ago" in a
    later sentence counts from today (a year), and a month told after the quarter is what its sentence compares."""
    text = ("The grocer reported a fall in sales in the final quarter of last year. Its chief executive, who took over two "
            "years ago, will leave.")
    assert _tags(text, "2026-02-10")[-1] == ("two years ago", "2024")
    text = "Profit rose in the third quarter. In October, sales were up 2% from a year earlier."
    assert _tags(text, "2026-11-20")[-1] == ("a year earlier", "2025-10")
    text = "Sales rose in the third quarter. For the nine months, they were up from a year earlier."
    assert _tags(text, "2026-11-02")[-1] == ("a year earlier", "2025")


def test_a_clock_beside_a_recurrence_in_a_clause_not_past_names_no_day() -> None:
    """A clock time with no day of its own in a present or future clause whose sentence holds a recurrence is the hours of
    each time it recurs (resolve/story_clauses.py recurring_clock): XXXX-XX-XXT10:00, no bounds, not the publication day's."""
    text = "The pool will open on Sundays from next month, between 10 a.m. and 4 p.m."
    assert _bounds(text, "2026-10-29", "10 a.m.") == ("XXXX-XX-XXT10:00", None, None)
    assert _tags("The cafe is open every morning from 6 to 9.", "2026-10-29")[1:] == [("6", "XXXX-XX-XXT06:00"), ("9", "XXXX-XX-XXT09:00")]


def test_a_clock_in_a_past_clause_or_another_sentence_or_with_a_day_keeps_its_day() -> None:
    """A past clause ("The crew, who train every morning, found the boat at 6 a.m."), a recurrence told in another sentence,
    and a clock with its own day keep the day they had."""
    assert _tags("The crew, who train every morning, found the boat at 6 a.m.", "2026-10-29")[-1] == ("6 a.m.", "2026-10-29T06:00")
    assert _tags("Trains run every hour. The last one leaves at 11 p.m.", "2026-10-29")[-1] == ("11 p.m.", "2026-10-29T23:00")
    assert _tags("The pool opens on Sundays, and a gala starts at 2 p.m.", "2026-10-29")[-1] == ("2 p.m.", "2026-10-29T14:00")
    assert _tags("The pool is open on Sundays, and it will host a gala at 2 p.m. on Saturday.", "2026-10-29")[-2:] == [
        ("2 p.m.", "2026-10-31T14:00"), ("Saturday", "2026-10-31")]

