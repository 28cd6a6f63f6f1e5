"""Helper recog, sixty-third session: time expressions recognised with their TimeML extents and values (issue 12), in
sentences written for the purpose (bench/rec-s63 holds the held-out recognition set).

Dates worked out by hand: 8 December 2026 is a Tuesday; the summer gone is 2026-SU, the winter to come (December 2026 to
February 2027) is 2027-WI, as the project names a winter by the year it ends in.
"""

from __future__ import annotations

import timeline

DCT = "2026-12-08"  # a Tuesday


def _tags(text: str, reference: str = DCT) -> list[tuple[str, str]]:
    """(extent, value) of every time expression, in text order."""
    return [(t.text, t.value) for t in timeline.tag(text, reference_time=reference).timexes]


# Things named by a season or a part of day: kinds, no time ([vetoes] season_not_before, part_of_day_not_before)


def test_work_and_gear_named_by_a_season_are_kinds() -> None:
    """"summer jobs", "the summer school", "winter tyres", "winter fuel payments": kinds of work, schooling, gear and
    payment, no season (were "[summer]" 2027-SU, "[The summer]" 2026-SU, "[winter]" 2027-WI); a season told as one stays
    ("[Summer] rain flooded the valley", "[This summer] jobs are scarce"), and so does a school term's, as
    bench/stories-s49vals values "the spring term" ("[The summer] term ends", the summer to come)."""
    assert _tags("Students struggle to find summer jobs.") == []
    assert _tags("The summer school was cancelled.") == []
    assert _tags("Drivers should fit winter tyres before the snow.") == []
    assert _tags("Winter fuel payments will be cut.") == []
    assert _tags("The summer term ends on 21 July.") == [("The summer", "2027-SU"), ("21 July", "2027-07-21")]
    assert _tags("Summer rain flooded the valley.") == [("Summer", "2026-SU")]
    assert _tags("This summer jobs are scarce, the survey found.") == [("This summer", "2026-SU")]


def test_classes_named_by_a_part_of_day_are_kinds() -> None:
    """"evening classes", "a morning course": teaching held at that time of day, a kind (were "[evening]" 2026-12-08TEV,
    "[The evening]" the evening before); "the" before the part counts as when it is bare. A part of day told as a time
    stays ("in [the evening]")."""
    assert _tags("She takes evening classes in Welsh.") == []
    assert _tags("The evening classes were full.") == []
    assert _tags("Evening classes start in January.") == [("January", "2027-01")]
    assert _tags("A morning course in first aid is free.") == []
    assert _tags("The classes were held in the evening.") == [("the evening", "2026-12-08TEV")]


# A holiday after "every" / "each" (rule set_every)


def test_every_fixed_holiday_is_a_set() -> None:
    """"every Christmas", "Each Christmas Eve", "every New Year's Day": the day each year, a SET as "every 4 June" (were
    "[Christmas]" alone, the coming 2026-12-25, a DATE); "every Easter", a movable feast, is a yearly set P1Y (s64; s63 had
    kept its Easter, 28 March 2027, a DATE)."""
    found = timeline.tag("The family meets every Christmas at the farm.", reference_time=DCT).timexes
    assert [(t.text, t.value, t.type.value) for t in found] == [("every Christmas", "XXXX-12-25", "SET")]
    assert _tags("Each Christmas Eve he calls his mother.") == [("Each Christmas Eve", "XXXX-12-24")]
    assert _tags("The race is run every New Year's Day.") == [("every New Year's Day", "XXXX-01-01")]
    assert _tags("The market is held every Easter.") == [("every Easter", "P1Y")]
    assert _tags("The show runs every May.") == [("every May", "XXXX-05")]


# A bare quarter or half after a quarter or half of a written year, in its sentence (resolve.named_years.year_told_before)


def test_a_quarter_after_a_quarter_of_a_year_is_that_years() -> None:
    """Said on 8 December 2026: "the second quarter" after "the first quarter of 2025" is 2025-Q2 (was 2026-Q2, the last
    second quarter before now); "Q2" after "Q1 2025" the same; a quarter earlier in the year than the one told, told as
    the next step after "and", is of the year after, as a month is ("the fourth quarter of 2024 and ... the first
    quarter": 2025-Q1)."""
    assert _tags("The firm made a loss in the first quarter of 2025 but returned to profit in the second quarter.") == [
        ("the first quarter of 2025", "2025-Q1"), ("the second quarter", "2025-Q2")]
    assert _tags("Profit fell in Q1 2025 but rose in Q2.") == [("Q1 2025", "2025-Q1"), ("Q2", "2025-Q2")]
    assert _tags("The firm made a loss in the fourth quarter of 2024 and returned to profit in the first quarter.") == [
        ("the fourth quarter of 2024", "2024-Q4"), ("the first quarter", "2025-Q1")]


def test_a_half_after_a_half_of_a_year_is_that_years() -> None:
    """"2H" after "1H 2025" is 2025-H2 (was 2026-H2, the half now ending); a half with no year told before it in its
    sentence keeps its reading ("Sales fell in the second half, the firm said": 2026-H2)."""
    assert _tags("Revenue rose in 1H 2025 and fell in 2H.") == [("1H 2025", "2025-H1"), ("2H", "2025-H2")]
    assert _tags("Sales fell in the second half, the firm said.") == [("the second half", "2026-H2")]


# A weekend counted in a month (rules nth_weekday_of_month, nth_weekday_of_relative_month)


def test_a_weekend_counted_in_a_month_is_one_expression() -> None:
    """"the last weekend in July" said on 8 December 2026, of a festival held each year: the last Saturday of July 2027 is
    the 31st, its weekend 31 July .. 1 August, 2027-W30-WE (was "[the last weekend]" 2026-W49-WE, the weekend gone, and
    "[July]" apart); "the first weekend of June 2025": Saturday 7 June 2025, 2025-W23-WE (was "[June 2025]" alone);
    "the first weekend of the month": Saturday 5 December 2026, 2026-W49-WE (was "[the month]" alone)."""
    found = timeline.tag("The festival is held on the last weekend in July.", reference_time=DCT).timexes
    assert [(t.text, t.value, str(t.earliest), str(t.latest)) for t in found] == [
        ("the last weekend in July", "2027-W30-WE", "2027-07-31 00:00:00", "2027-08-02 00:00:00")]
    assert _tags("The fair was held on the first weekend of June 2025.") == [("the first weekend of June 2025", "2025-W23-WE")]
    assert _tags("Police were busy on the first weekend of the month.") == [("the first weekend of the month", "2026-W49-WE")]
