"""Helper rec, session 29: what is tagged as a time expression and its extent, on sentences written for the purpose."""

from __future__ import annotations

import timeline

DCT = "2026-12-03"  # a Thursday


def _tags(text: str, reference: str = DCT) -> list[tuple[str, str]]:
    """(extent, value) of every time expression, in text order."""
    return [(t.text, t.value) for t in timeline.tag(text, reference_time=reference).timexes]


def test_idioms_hold_no_time() -> None:
    # a time word inside a phrase of [vetoes] idioms is no time; what lies outside the phrase is still tagged
    assert _tags("Every now and then the river floods the road.") == []
    assert _tags("The river floods now and again, and it flooded on Tuesday.") == [("Tuesday", "2026-12-01")]
    assert _tags("The crews called it a night after ten hours.") == [("ten hours", "PT10H")]
    assert _tags("The firm handles the day-to-day running of the port.") == []
    assert _tags("In this day and age, every shop needs a website.") == []
    # the words alone stay times
    assert _tags("The river is high now, and the crews worked for a night and a day.")[0] == ("now", "PRESENT_REF")
    assert _tags("This day will be remembered, the mayor said.") == [("This day", "2026-12-03")]


def test_a_day_naming_an_event_is_no_time() -> None:
    # [vetoes] name_heads: a holiday written in capitals right before a capitalised head is the first part of a name
    assert _tags("The Good Friday Agreement ended the fighting.") == []
    assert _tags("The Easter Rising was crushed by the army.") == []
    assert _tags("The Christmas Truce of 1914 is still remembered.") == [("1914", "1914")]
    assert _tags("Shops will close on Good Friday, the union agreed.") == [("Good Friday", "2027-03-26")]


def test_late_after_a_copula_is_a_delay() -> None:
    # [vetoes] delay: "was late this morning" is the train's delay; the time is "this morning"
    assert _tags("The train was late this morning because of a signal failure.") == [("this morning", "2026-12-03TMO")]
    assert _tags("The bus was running late this morning.") == [("this morning", "2026-12-03TMO")]
    assert _tags("The rent was late Monday, the landlord said.") == [("Monday", "2026-11-30")]
    # elsewhere "late" is the end of the time, inside the extent
    assert _tags("The minister arrived late this morning.") == [("late this morning", "2026-12-03TMO")]
    assert _tags("Officials said late yesterday that the deal was off.") == [("late yesterday", "2026-12-02")]
    # "early" is left out: after a copula it is said of a time ("The vote is early next year")
    assert _tags("The vote is early next year, he said.") == [("early next year", "2027")]


def test_a_hedge_before_the_is_no_part_of_a_length() -> None:
    # "more than the 18 months planned" compares with a known span; "about the two days" is the preposition
    assert _tags("The trial cost more than the 18 months planned.") == [("the 18 months", "P18M")]
    assert _tags("He spoke about the two days of talks.") == [("the two days", "P2D")]
    assert _tags("The talks lasted about three weeks.") == [("three weeks", "P3W")]


def test_year_to_date() -> None:
    doc = timeline.tag("Shares have fallen 18 percent year to date.", reference_time=DCT)
    (t,) = doc.timexes
    assert (t.text, t.value, str(t.earliest), str(t.latest)) == ("year to date", "2026", "2026-01-01 00:00:00", "2026-12-04 00:00:00")
    assert _tags("Year-to-date sales rose 4 percent.") == [("Year-to-date", "2026")]
    assert _tags("Sales are up 3 percent quarter to date.") == [("quarter to date", "2026-Q4")]
    # after "this" or "the", "to date" stays outside (as "so far"), the period is cut at now all the same
    doc = timeline.tag("Sales this year to date are up.", reference_time=DCT)
    (t,) = doc.timexes
    assert (t.text, str(t.latest)) == ("this year", "2026-12-04 00:00:00")
    assert _tags("Nothing has been decided to date.") == []


def test_things_named_after_a_time_are_no_time() -> None:
    # a holiday before a thing of it, a weekday before "school", a part of day before a paper or a programme
    assert _tags("She sold Christmas trees and Easter eggs at the market.") == []
    assert _tags("She has taught at the Sunday school since she retired.") == []
    assert _tags("The morning newspaper printed the letter, and the evening bulletin led with it.") == []
    # the times themselves stay
    assert _tags("The market opens on Christmas Eve, and the tree is lit at Christmas.") == [("Christmas Eve", "2026-12-24"), ("Christmas", "2026-12-25")]
    assert _tags("The paper went to print in the morning.") == [("the morning", "2026-12-03TMO")]


def test_sunset_and_sunrise_after_a_signal() -> None:
    # as dawn and dusk: a time after "by", "at", "before", ... (lexicon parts_of_day: sunset 16-21, sunrise 04-08)
    assert _tags("The storm hit at daybreak and the sea calmed by sunset.") == [("daybreak", "2026-12-03TMO"), ("sunset", "2026-12-03TEV")]
    assert _tags("They left before sunrise on Monday.") == [("sunrise", "2026-11-30TMO"), ("Monday", "2026-11-30")]
    assert _tags("Sunset Boulevard was closed to traffic.") == []
    # with no such word before it, a bare "sunset" is the sight, not the hour (as "Dawn said")
    assert _tags("Crowds watched as sunset lit the bay.") == []


def test_any_day_now_is_one_expression() -> None:
    assert _tags("A cut could come any day now, traders said.") == [("any day now", "FUTURE_REF")]
    assert _tags("The results are due any minute now.") == [("any minute now", "FUTURE_REF")]


def test_the_before_a_modified_part_of_day_is_inside() -> None:
    # determiners stay inside, as in "[the morning]": "in [the late afternoon]", "[the early evening]"
    assert _tags("Talks ended in the late afternoon.") == [("the late afternoon", "2026-12-03TAF")]
    assert _tags("The crowd left in the early evening.") == [("the early evening", "2026-12-03TEV")]
    assert _tags("Talks resumed in mid-afternoon.") == [("mid-afternoon", "2026-12-03TAF")]
