"""The quick tests the resolver runs before reading the words next to a time (session 29, tagger speed).

A signal step ("around March 3", "shortly after Easter", "late on Boxing Day", "earlier this month") first asks whether
every word of one of its phrases occurs near the time (``_signal_words`` + ``tense._may_hold_phrase``) and reads the words
only then; the tense reader tokenises the words after a time only when a headline's marker or a subject's participle was
found before it.  These tests check the values and bounds a reader gives (worked out by hand), and that the answers are
the same with the quick tests switched off.  Sentences written for these tests."""

from __future__ import annotations

import pytest

import timeline
from timeline.resolve import surroundings

# (text, reference time, expression, value, earliest, latest): by hand
CASES = [
    # "around" a day: a day wider on each side (2 to 5 March)
    ("Prices fell around March 3, traders said.", "2026-03-04", "March 3", "2026-03-03", "2026-03-02T00:00:00", "2026-03-05T00:00:00"),
    # "shortly after" Easter (5 April 2026): the day to a week after it
    ("The shop reopened shortly after Easter.", "2026-04-20", "Easter", "2026-04-05", "2026-04-05T00:00:00", "2026-04-13T00:00:00"),
    # "late on" a day: its last third, 16:00 to midnight
    ("The ferry sailed late on Boxing Day.", "2027-01-05", "Boxing Day", "2026-12-26", "2026-12-26T16:00:00", "2026-12-27T00:00:00"),
    # "earlier this month", said on 4 November: the 1st to the end of the 4th
    ("Earlier this month the council met twice.", "2026-11-04", "Earlier this month", "2026-11", "2026-11-01T00:00:00", "2026-11-05T00:00:00"),
    # "later" outside "today", said at 14:30: the rest of the day
    ("The minister will speak later today.", "2026-03-04T14:30", "today", "2026-03-04", "2026-03-04T14:30:00", "2026-03-05T00:00:00"),
    # no signal: the day itself
    ("Shares slipped on March 3 in thin trading.", "2026-03-04", "March 3", "2026-03-03", "2026-03-03T00:00:00", "2026-03-04T00:00:00"),
    # a headline's infinitive (said on Wednesday 4 March): the Friday ahead, not the one gone
    ("Storm Bella to hit coast Friday", "2026-03-04", "Friday", "2026-03-06", "2026-03-06T00:00:00", "2026-03-07T00:00:00"),
    # no headline marker, a past verb: the Friday gone
    ("Storm Bella hit the coast Friday", "2026-03-04", "Friday", "2026-02-27", "2026-02-27T00:00:00", "2026-02-28T00:00:00"),
    # a participle of the subject with a present verb after the time, said on 20 November: the 18 December ahead (not last year's)
    ("Parcels ordered by December 18 are guaranteed to arrive before the holiday.", "2026-11-20", "December 18", "2026-12-18",
     "2026-12-18T00:00:00", "2026-12-19T00:00:00"),
]


def _timex(text: str, reference: str, expression: str) -> timeline.Timex:
    found = [t for t in timeline.tag(text, reference_time=reference).timexes if t.text == expression]
    assert len(found) == 1, [t.text for t in timeline.tag(text, reference_time=reference).timexes]
    return found[0]


@pytest.mark.parametrize("text, reference, expression, value, earliest, latest", CASES)
def test_value_and_bounds(text: str, reference: str, expression: str, value: str, earliest: str, latest: str) -> None:
    t = _timex(text, reference, expression)
    assert (t.value, t.earliest.isoformat() if t.earliest else None, t.latest.isoformat() if t.latest else None) == (value, earliest, latest)


@pytest.mark.parametrize("text, reference, expression, value, earliest, latest", CASES)
def test_same_without_the_quick_test(monkeypatch: pytest.MonkeyPatch, text: str, reference: str, expression: str, value: str,
                                     earliest: str, latest: str) -> None:
    with_test = timeline.tag(text, reference_time=reference).timexes
    monkeypatch.setattr(surroundings, "_may_hold_phrase", lambda *args, **kwargs: True)  # every signal step reads its words
    assert timeline.tag(text, reference_time=reference).timexes == with_test


def test_months_moved_as_pendulum_moved_them() -> None:
    """calendar.add_months once called pendulum's ``add(months=n)``: the arithmetic that replaced it gives the same day
    (month ends clamped, leap days, both ends of the calendar), checked against pendulum on a grid of days."""
    import datetime as dt

    import pendulum

    from timeline.resolve.calendar import BeyondCalendar, add_months

    checked = 0
    for year in (1, 2, 1900, 2000, 2023, 2024, 2100, 9998, 9999):
        for month in range(1, 13):
            for d in (1, 28, 29, 30, 31):
                try:
                    day = dt.date(year, month, d)
                except ValueError:
                    continue
                for n in range(-14, 15):
                    if not 1 <= (year * 12 + month - 1 + n) // 12 <= 9999:
                        with pytest.raises(BeyondCalendar):
                            add_months(day, n)
                        continue
                    moved = pendulum.date(year, month, d).add(months=n)
                    assert add_months(day, n) == dt.date(moved.year, moved.month, moved.day), (day, n)
                    checked += 1
    assert checked > 10000
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)  # by hand: a leap February's last day
    assert add_months(dt.date(2023, 3, 31), -1) == dt.date(2023, 2, 28)
