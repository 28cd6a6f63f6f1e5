"""Helper rec, session 27: what is tagged as a time expression and its extent, on sentences written for the purpose."""

from __future__ import annotations

import timeline


def _tags(text: str, reference: str = "2026-11-18", mode: str = "news") -> list[tuple[str, str]]:
    """(extent, value) of every time expression, in text order."""
    return [(t.text, t.value) for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def _types(text: str, reference: str = "2026-11-18") -> list[tuple[str, str]]:
    """(extent, TIMEX3 type) of every time expression, in text order."""
    return [(t.text, t.type.value) for t in timeline.tag(text, reference_time=reference).timexes]


def test_every_half_hour_is_one_recurrence() -> None:
    # "every half hour": the unit's half recurs (was untagged); hyphenated and with "an" too
    assert _tags("Trams will run every half hour between 6 a.m. and midnight.")[0] == ("every half hour", "PT30M")
    assert _types("Nurses checked on him every half-hour.") == [("every half-hour", "SET")]
    assert _tags("A bell rang every half an hour.") == [("every half an hour", "PT30M")]
    # a half that is no unit of time stays untagged
    assert _tags("He scored in each half of the game.") == []


def test_each_weekday_recurs() -> None:
    assert _tags("Services will stop at 7pm each weekday until the end of the month.")[1] == ("each weekday", "XXXX-WXX-WD")
    assert _types("The clinic opens every weekday.") == [("every weekday", "SET")]


def test_a_hyphenated_length_and_a_half() -> None:
    # "a three-and-a-half-year refurbishment": one length with its half (was untagged)
    assert _tags("The theatre reopened after a three-and-a-half-year refurbishment.") == [("three-and-a-half-year", "P3Y6M")]
    assert _tags("The board sat through a two-and-a-half-hour meeting.") == [("two-and-a-half-hour", "PT2H30M")]
    # written with spaces, as before
    assert _tags("The repairs took two and a half years.") == [("two and a half years", "P2Y6M")]


def test_clock_times_told_by_the_quarter_hour() -> None:
    # before a day's evening, the evening's hour (as "at 7 o'clock on Saturday evening")
    assert _tags("The cars collided at half past eight on Sunday evening.") == [
        ("half past eight", "2026-11-15T20:30"), ("Sunday evening", "2026-11-15TEV")]
    assert _tags("The ferry left at a quarter to nine.") == [("a quarter to nine", "2026-11-18T08:45")]
    assert _tags("The alarm went off at quarter past ten in the evening.") == [("quarter past ten in the evening", "2026-11-18T22:15")]
    assert _tags("Doors open at half past 7 p.m.") == [("half past 7 p.m.", "2026-11-18T19:30")]
    # "a quarter to one" is 12:45
    assert _tags("The ferry left at a quarter to one.")[0][1].endswith("T12:45")
    # a share given to a count is no clock time
    assert _tags("She gave a quarter to nine charities and the rest to her sons.") == []


def test_the_past_units_of_what_they_held() -> None:
    # "the past three decades of traffic growth": the whole span, counted back from now (was "three decades")
    [t] = timeline.tag("The rules have not kept pace with the past three decades of traffic growth.", reference_time="2026-11-18").timexes
    assert (t.text, t.value) == ("the past three decades", "P30Y")
    assert (t.earliest.isoformat()[:10], t.latest.isoformat()[:10]) == ("1996-11-18", "2026-11-19")
    # the last units of what "of" names: the whole phrase, a length anchored to nothing (was "five years")
    [t] = timeline.tag("He spent the last five years of his life in Lisbon.", reference_time="2026-11-18").timexes
    assert (t.text, t.value, t.earliest, t.latest) == ("the last five years", "P5Y", None, None)
    # a period after "of" still splits off ("the first two weeks" + "October")
    assert _tags("The fair fills the first two weeks of October.") == [("the first two weeks", "P2W"), ("October", "2026-10")]
    # a year after "of": the period's part, one expression as before (not "at least the first two quarters" + "1990")
    assert _tags("Losses will last through at least the first two quarters of 1990.", reference="1989-11-02") == [
        ("the first two quarters of 1990", "1990-H1")]
    # "last" as a verb is no span
    assert _tags("The hearing is expected to last three days of evidence.") == [("three days", "P3D")]


def test_a_hedged_early_year_after_a_word_of_time_in_news() -> None:
    # "built around 1300": the year, hedged (news used to refuse every hedge before an early year)
    assert _tags("The chapel, built around 1300, was extended in the 1480s.") == [("around 1300", "1300"), ("the 1480s", "148")]
    assert _tags("The font dates from about 1450 and is made of stone.") == [("about 1450", "1450")]
    # after a word that does not ask for a time, a count
    assert _tags("The crowd at the final numbered about 1300.") == []
    assert _tags("Ticket sales fell to around 1400, the club said.") == []


def test_clock_ranges_written_with_a_hyphen() -> None:
    # "9am-5pm": the clock time after the hyphen is one too (was dropped as inside a model number)
    assert _tags("The clinic runs 9am-5pm.") == [("9am", "2026-11-18T09:00"), ("5pm", "2026-11-18T17:00")]
    assert _tags("The shift runs 10pm-6am.") == [("10pm", "2026-11-18T22:00"), ("6am", "2026-11-19T06:00")]
    # "6-9pm": the bare first hour takes the end's half of the day, both tagged (was neither)
    assert _tags("The bar is open 6-9pm.") == [("6", "2026-11-18T18:00"), ("9pm", "2026-11-18T21:00")]
    assert _tags("The talk ran 10:30-11:45 a.m.") == [("10:30", "2026-11-18T10:30"), ("11:45 a.m.", "2026-11-18T11:45")]
    # a score or a model number next to a clock time stays untagged
    assert _tags("The score was 6-4 at 9pm.") == [("9pm", "2026-11-18T21:00")]
    assert _tags("The model 9am-500 sold well.") == [("9am", "2026-11-18T09:00")]


def test_a_fraction_of_a_unit_in_news() -> None:
    # "a quarter of an hour": the length of that part (was "an hour", PT1H)
    assert _tags("The evacuation took a quarter of an hour.") == [("a quarter of an hour", "PT15M")]
    assert _tags("The speech lasted three quarters of an hour.") == [("three quarters of an hour", "PT45M")]
    assert _tags("He led the party for a quarter of a century.") == [("a quarter of a century", "P25Y")]
    assert _tags("He led the party for a quarter-century.") == [("a quarter-century", "P25Y")]
    # a share of something else stays untagged
    assert _tags("She won a quarter of a million votes.") == []


def test_a_whole_or_entire_unit_is_a_length() -> None:
    # "a whole day", "an entire year", "two whole weeks": the adjective inside, as "a full day" (were untagged)
    assert _tags("Power was off for a whole day.") == [("a whole day", "P1D")]
    assert _tags("He spent an entire year in Paris.") == [("an entire year", "P1Y")]
    assert _tags("The talks lasted two whole weeks.") == [("two whole weeks", "P2W")]
