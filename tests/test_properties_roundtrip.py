"""Round trips and value/bounds agreement (hypothesis)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from timeline.model import Grain
from timeline.resolve import calendar as cal
from timeline.serialize import timex_from_dict, timex_to_dict
from timeline.testing import documents, reference_times

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


@settings(deadline=None)
@given(documents(), reference_times())
def test_properties_json_out_then_in_is_identity(text: str, ref: dt.datetime) -> None:
    """Every tagged expression survives timex_to_dict -> timex_from_dict unchanged."""
    for t in timeline.tag(text, ref).timexes:
        assert timex_from_dict(timex_to_dict(t)) == t


@settings(deadline=None)
@given(st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)), reference_times())
def test_properties_value_and_bounds_agree_for_dates(day: dt.date, ref: dt.datetime) -> None:
    """A full date's bounds are exactly the day its value names; value -> bounds -> value is the identity."""
    text = f"It happened on {_MONTHS[day.month - 1]} {day.day}, {day.year}."
    (t,) = timeline.tag(text, ref).timexes
    assert t.value == day.isoformat()
    assert (t.earliest, t.latest) == (dt.datetime(day.year, day.month, day.day), dt.datetime(day.year, day.month, day.day) + dt.timedelta(days=1))
    assert cal.containing(t.earliest, Grain.DAY).value == t.value


@settings(deadline=None)
@given(reference_times(), st.sampled_from(["last week", "this week", "next week", "last month", "next month", "last year", "this year", "next year", "last weekend"]))
def test_properties_period_bounds_contain_what_the_value_denotes(ref: dt.datetime, phrase: str) -> None:
    """For week, month, year and weekend values, the bounds are the period the value names."""
    (t,) = timeline.tag(f"Officials said it happened {phrase}.", ref).timexes
    assert t.earliest is not None and t.latest is not None and t.earliest < t.latest
    period = cal.containing(t.earliest, t.grain)
    assert (period.value, period.start, period.end) == (t.value, t.earliest, t.latest)
