"""Helper rec, session 31: what is tagged as a time expression and its extent ("every second week", "every second
Tuesday of the month", "ten to six", "the summer months", "3\u00bd hours"), and the hour of a colon clock before a night,
on sentences written for the purpose."""

from __future__ import annotations

import timeline

DCT = "2026-12-04"  # a Friday


def _tags(text: str, reference: str = DCT) -> list[tuple[str, str, str]]:
    """(extent, type, value) of every time expression, in text order."""
    return [(t.text, t.type, t.value) for t in timeline.tag(text, reference_time=reference).timexes]


def test_every_ordinal_unit_is_one_recurrence() -> None:
    """ "every second week" recurs every two weeks (was "every second" PT1S and a stray "week")."""
    assert _tags("The inspectors call every second week.") == [("every second week", "SET", "P2W")]
    assert _tags("The newsletter goes out every third month.") == [("every third month", "SET", "P3M")]
    assert _tags("Each fifth year the board is re-elected.") == [("Each fifth year", "SET", "P5Y")]
    assert _tags("She plays golf every second Saturday.") == [("every second Saturday", "SET", "XXXX-WXX-6")]
    assert _tags("They go camping every second weekend.") == [("every second weekend", "SET", "P2W")]


def test_every_second_alone_is_still_the_unit() -> None:
    """With no unit after it, "every second" is a second's recurrence, and "every first" is no count."""
    assert _tags("The gauge logs the pressure every second.") == [("every second", "SET", "PT1S")]
    assert ("every first Friday", "SET", "XXXX-WXX-5") not in _tags("Dues are paid every first Friday.")


def test_a_day_of_the_month_counted_from_every() -> None:
    """ "every second Tuesday of the month" is one monthly recurrence (was "every second" PT1S and "Tuesday")."""
    assert _tags("The parish council meets every second Tuesday of the month.") == [
        ("every second Tuesday of the month", "SET", "P1M")]
    assert _tags("Allowances arrive each last day of the month.") == [("each last day of the month", "SET", "P1M")]
    assert _tags("Both sides meet every first Monday of the month.") == [("every first Monday of the month", "SET", "P1M")]


def test_a_colon_clock_before_a_night_takes_the_night_hour() -> None:
    """ "at around 10:40 on Sunday night" is 22:40 as "10.40" is (a colon said 24-hour to the resolver)."""
    found = _tags("Neighbours heard shouting at around 10:40 on Sunday night.")
    assert found[0] == ("around 10:40", "TIME", "2026-11-29T22:40")
    assert _tags("The alarm went off at 11:05 on Saturday night.")[0] == ("11:05", "TIME", "2026-11-28T23:05")
    # minutes written with a leading zero leave the half of the day open ("9:05" was read as a 24-hour "09:05")
    assert _tags("The alarm went off at 9:05 on Saturday night.")[0] == ("9:05", "TIME", "2026-11-28T21:05")
    # a morning keeps the morning hour, and a 24-hour clock its own
    assert _tags("The alarm went off at 09:05 on Saturday night.")[0] == ("09:05", "TIME", "2026-11-28T09:05")
    assert _tags("The ferry sailed at 11:05 on Saturday morning.")[0] == ("11:05", "TIME", "2026-11-28T11:05")
    assert _tags("The ferry sailed at 21:05 on Saturday night.")[0] == ("21:05", "TIME", "2026-11-28T21:05")


def test_minutes_to_and_past_the_hour_in_words() -> None:
    """ "at ten to six", "at twenty past eight", "until a quarter to midnight": clock times told in minutes (were untagged)."""
    assert _tags("The last ferry sailed at ten to six.", "2026-12-04") == [("ten to six", "TIME", "2026-12-04T05:50")]
    assert _tags("The shots rang out at twenty past eight in the evening.")[0] == (
        "twenty past eight in the evening", "TIME", "2026-12-04T20:20")
    assert _tags("The crowd stayed until a quarter to midnight.")[0] == ("a quarter to midnight", "TIME", "2026-12-04T23:45")
    assert _tags("The lights came back at five past midnight.")[0] == ("five past midnight", "TIME", "2026-12-04T00:05")
    assert _tags("The jury returned at about twenty-five past two.")[0][:2] == ("twenty-five past two", "TIME")


def test_counted_minutes_need_a_word_that_leads_a_time() -> None:
    """A vote, a range of hours or odds is no clock time: "voted ten to two", "open from ten to six", "backed at ten to one"."""
    assert _tags("The board voted ten to two for the merger.") == []
    assert "ten to six" not in [extent for extent, _, _ in _tags("The library is open from ten to six.")]
    assert _tags("The favourite was backed at ten to one.") == []
    assert _tags("Exports grew at five to six percent.") == []
    assert _tags("The crowd swelled to about five to six thousand.") == []


def test_the_months_of_a_season_are_the_season() -> None:
    """ "the summer months" is one expression, the season (was "the summer" and a stray length "months")."""
    assert _tags("Hotels fill up during the summer months.") == [("the summer months", "DATE", "2026-SU")]
    assert _tags("Heating costs rose over the winter months last year.")[0] == ("the winter months", "DATE", "2025-WI")


def test_a_fraction_written_as_one_sign() -> None:
    """ "3\u00bd hours", "2\u00bc years", "a 2\u00bd-year term": one length with its fraction (were untagged)."""
    assert _tags("The hearing lasted 3\u00bd hours.") == [("3\u00bd hours", "DURATION", "PT3H30M")]
    assert _tags("He was jailed for 2\u00bc years.") == [("2\u00bc years", "DURATION", "P2Y3M")]
    assert _tags("She began a 4\u00be-year posting abroad.") == [("4\u00be-year", "DURATION", "P4Y9M")]
    assert _tags("The boy is 3\u00bd years old.") == []


def test_times_in_every_so_many_units_is_one_recurrence() -> None:
    """ "once every four years", "twice-yearly": the count belongs to the recurrence (were "every four years", "yearly")."""
    assert _tags("The festival is held once every four years.") == [("once every four years", "SET", "P4Y")]
    assert _tags("Auditors visit twice every three months.") == [("twice every three months", "SET", "P3M")]
    assert _tags("The bank issues a twice-yearly report.") == [("twice-yearly", "SET", "P1Y")]
    assert _tags("Ferries sail three times a week.") == [("three times a week", "SET", "P1W")]
