"""Anaphoric days after a report told in order (twenty-fifth session, anaph helper): sentences written for these tests.

"A laboratory confirmed on Monday that ... Inspectors came the next day": a report whose day is followed by what it
reports is an act of the story, told in its order, and a later "the next day" counts from its day.  A trailing
attribution ("..., officials said Tuesday.") only dates the telling and leaves the story on its day.  Every expected
value was worked out by hand (weekdays checked with a calendar: 2026-06-12 and 2026-09-18 are Fridays)."""

from __future__ import annotations

import pytest

from _timelines import value as _value  # the TIMEX3 value of an expression


@pytest.mark.parametrize("text, expression, dct, expected", [
    # the report on Tuesday 9 June is followed by its content: the next day is Wednesday 10 June, not Friday 13
    ("A bakery chain shut four shops on Thursday. A health officer reported on Tuesday that mice had been seen in "
     "one kitchen. Cleaners moved in the next day.", "the next day", "2026-06-12", "2026-06-10"),
    # a second clause of the sentence after a day told in its first ("found ... on Monday, and ... announced on
    # Wednesday that"): the morning after Wednesday 16 September
    ("A zoo closed its reptile house on Thursday. Keepers found a python missing on Monday, and the zoo announced on "
     "Wednesday that it had escaped through a vent. It was caught the following morning.", "the following morning",
     "2026-09-18", "2026-09-17TMO"),
    # "that evening" after "disclosed on Sunday whether": Sunday 7 June's evening
    ("A club sacked its coach on Tuesday. The owners disclosed on Sunday how much the club had lost, and fans "
     "marched to the ground that evening.", "that evening", "2026-06-12", "2026-06-07TEV"),
])
def test_report_told_in_order(text: str, expression: str, dct: str, expected: str) -> None:
    """A report followed by what it reports moves the story to its day."""
    assert _value(text, expression, dct) == expected


@pytest.mark.parametrize("text, expression, dct, expected", [
    # "flooded on Monday, the council said on Tuesday": the story stays on Monday 14 September; the next day is the 15th
    ("A tunnel flooded on Monday, the council said on Tuesday. Pumps cleared it the next day.", "the next day",
     "2026-09-18", "2026-09-15"),
    # "officials said Wednesday." ends the sentence: the evening is of the fire's Monday 8 June
    ("A fire destroyed a barn on Monday, officials said Wednesday. Its owner was questioned that evening.",
     "that evening", "2026-06-12", "2026-06-08TEV"),
])
def test_trailing_attribution_keeps_story_day(text: str, expression: str, dct: str, expected: str) -> None:
    """An attribution after what it reports dates only the telling."""
    assert _value(text, expression, dct) == expected


# --- a flashback ends with its paragraph: a past perfect day before the story's day ("had been closed on Monday")
# takes the story back; its paragraph's anaphors go on from it, the next paragraph is back on the day told before it
@pytest.mark.parametrize("text, expression, dct, expected", [
    # the lead's Wednesday 20 May, not the flashback's Sunday 17 or its "the next day" (Monday 18)
    ("A library reopened in Alder on Wednesday.\n\nIts roof had leaked on Sunday, and volunteers dried the books the "
     "next day.\n\nThe mayor cut a ribbon that afternoon.", "that afternoon", "2026-05-22", "2026-05-20TAF"),
    # the lead's day is told as a part of day ("Thursday night"), three sentences back: the evening after the
    # flashback is the story's Thursday 21 May again, not a day the story left behind for the lede's first whole day
    ("A cargo plane landed safely in Tresk on Thursday morning after losing an engine.\n\nThe same plane had been "
     "grounded on Monday for repairs. Mechanics signed it off the following day.\n\nThe airline praised its pilots "
     "that evening.", "that evening", "2026-05-22", "2026-05-21TEV"),
])
def test_back_from_flashback_paragraph(text: str, expression: str, dct: str, expected: str) -> None:
    """The paragraph after a flashback counts from the story's day again."""
    assert _value(text, expression, dct) == expected


@pytest.mark.parametrize("text, expression, dct, expected", [
    # inside the flashback's own paragraph "the next day" follows Sunday 17 May
    ("A library reopened in Alder on Wednesday. Its roof had leaked on Sunday, and volunteers dried the books the next "
     "day.", "the next day", "2026-05-22", "2026-05-18"),
    # a day told outright after the flashback moves the story on: the next day is after Tuesday 19 May
    ("A library reopened in Alder on Wednesday.\n\nIts roof had leaked on Sunday, and builders fixed it on Tuesday.\n\n"
     "Volunteers dried the books the next day.", "the next day", "2026-05-22", "2026-05-20"),
])
def test_flashback_anaphors_stay_in_flashback(text: str, expression: str, dct: str, expected: str) -> None:
    """Within a flashback's paragraph, or after a day told outright, the anaphor counts from the days told."""
    assert _value(text, expression, dct) == expected
