"""The calendar's edges: huge amounts, reference times at both ends, values beyond year 9999 (issue 14)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from timeline import order as O
from timeline.cli import main as cli_main
from timeline.errors import ReferenceTimeError, TimelineError
from timeline.model import Grain, TimexType
from timeline.resolve import calendar as cal
from timeline.units import duration_value
from timeline.testing import any_reference_times, extreme_phrases, extreme_texts

REF = "2026-02-02"


def _only(text: str, ref: object = REF) -> timeline.Timex:
    doc = timeline.tag(text, ref)
    assert len(doc.timexes) == 1, doc.timexes
    return doc.timexes[0]


# ------------------------------------------------------------------ the accepted range


@pytest.mark.parametrize("bad", ["0001-01-01", "9999-12-31", "9999-12-31T08:00", dt.date(1, 1, 1), dt.datetime(9999, 12, 31, 23, 59), "0000-03-01"])
def test_reference_time_outside_the_range_is_refused_naming_it(bad: object) -> None:
    with pytest.raises(ReferenceTimeError, match="0001-01-02 to 9999-12-30") as info:
        timeline.tag("The vote was on Monday.", bad)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("ok", ["0001-01-02", dt.date(1, 1, 2), "9999-12-30", dt.datetime(9999, 12, 30, 23, 59, 59)])
def test_reference_time_at_either_end_of_the_range_is_accepted(ok: object) -> None:
    doc = timeline.tag("The vote was on Monday.", ok)
    assert doc.reference_time is not None and doc.reference_time.date() in (dt.date(1, 1, 2), dt.date(9999, 12, 30))


def test_aware_reference_time_is_refused_with_the_way_out() -> None:
    aware = dt.datetime(2026, 2, 2, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    with pytest.raises(ReferenceTimeError, match="timezone-aware.*wall-clock.*'2026-02-02T09:30:00'"):
        timeline.build("The vote was on Monday.", aware, event_model="perceptron")


def test_cli_reference_time_outside_the_range_exits_2_naming_it(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "a.txt"
    src.write_text("The vote was on Monday.", encoding="utf-8")
    code = cli_main(["tag", str(src), "--reference-time", "9999-12-31", "--out", str(tmp_path / "out")])
    assert code == 2
    err = capsys.readouterr().err
    assert "0001-01-02 to 9999-12-30" in err and "internal error" not in err


# ------------------------------------------------------------------ values beyond the calendar


def test_in_nine_hundred_million_years_keeps_its_value_and_opens_the_far_side() -> None:
    t = _only("The probe will arrive in 999999999 years.")
    assert (t.type, t.value) == (TimexType.DURATION, "P999999999Y")
    assert t.latest is None
    assert t.earliest == dt.datetime(2026, 2, 3)  # after the whole publication day, nothing invented beyond it


def test_billions_of_years_ago_is_before_the_reference_with_no_earliest() -> None:
    t = _only("The universe formed 13.8 billion years ago.")
    assert (t.text, t.value) == ("13.8 billion years ago", "PAST_REF")
    assert t.earliest is None
    assert t.latest == dt.datetime(2026, 2, 2)


def test_millions_of_years_is_an_unknown_length_of_at_least_two_million_years() -> None:
    t = _only("The canyon took millions of years to form.")
    assert (t.text, t.value) == ("millions of years", "PXY")
    assert t.min_length == dt.timedelta(days=365 * 2_000_000)
    assert t.max_length is None


def test_scaled_numbers_are_read_whole() -> None:
    assert _only("The star will burn out in a billion years.").value == "P1000000000Y"
    assert _only("The ruins were built two hundred years ago.").value == "1826"
    assert _only("The shelter stood for tens of thousands of years.").min_length == dt.timedelta(days=365 * 20_000)


def test_a_number_the_tagger_cannot_read_is_not_taken_for_a_smaller_one() -> None:
    assert timeline.tag("The decay takes 10^30 years.", REF).timexes == ()
    assert timeline.tag("Protons decay 1e30 years ago, the joke goes.", REF).timexes == ()


def test_ten_million_days_ago_is_before_year_one_not_a_crash() -> None:
    tl = timeline.build("It happened 10000000 days ago.", REF, event_model="perceptron")
    (t,) = tl.timexes
    assert (t.value, t.earliest, t.latest) == ("PAST_REF", None, dt.datetime(2026, 2, 2))


def test_duration_values_are_written_in_full_digits() -> None:
    assert duration_value(Grain.YEAR, 1e29) == "P1" + "0" * 29 + "Y"
    assert duration_value(Grain.YEAR, 13.8e9) == "P13800000000Y"
    assert duration_value(Grain.YEAR, float("inf")) == "PXY"


# ------------------------------------------------------------------ reference times at the ends


def test_monday_on_the_calendars_last_accepted_day() -> None:
    tl = timeline.build("The vote was on Monday.", "9999-12-30", event_model="perceptron")
    (t,) = tl.timexes
    assert (t.value, t.earliest, t.latest) == ("9999-12-27", dt.datetime(9999, 12, 27), dt.datetime(9999, 12, 28))


def test_present_tense_monday_at_the_end_of_the_calendar_is_the_last_one_not_the_next() -> None:
    assert _only("The market is quiet on Monday.", "9999-12-30").value == "9999-12-27"  # the next Monday is in 10000


def test_next_year_at_the_end_of_the_calendar_is_future_with_no_latest() -> None:
    doc = timeline.tag("Next year the council will meet. Tomorrow it rests.", "9999-12-30")
    nxt, tomorrow = doc.timexes
    assert (nxt.value, nxt.earliest, nxt.latest) == ("FUTURE_REF", dt.datetime(9999, 12, 30), None)
    assert (tomorrow.value, tomorrow.latest) == ("9999-12-31", dt.datetime.max)


def test_last_year_at_the_start_of_the_calendar_is_past_with_no_earliest() -> None:
    doc = timeline.tag("Last year the council met. Yesterday it rested.", "0001-01-02")
    last, yesterday = doc.timexes
    assert (last.value, last.earliest) == ("PAST_REF", None)
    assert last.latest is not None and last.latest <= dt.datetime(1, 1, 3)
    assert (yesterday.value, yesterday.earliest) == ("0001-01-01", dt.datetime(1, 1, 1))


def test_the_last_year_of_the_calendar_ends_at_datetime_max() -> None:
    assert cal.year(9999).end == dt.datetime.max
    assert cal.month(9999, 12).end == dt.datetime.max
    with pytest.raises(cal.BeyondCalendar):
        cal.year(10000)
    with pytest.raises(cal.BeyondCalendar):
        cal.season(1, "WI")  # the winter of the year 1 begins in December of the year 0
    assert cal.season(9999, "WI").start == dt.datetime(9998, 12, 1)
    with pytest.raises(cal.BeyondCalendar):
        cal.weekend(9999, 52)  # Saturday 10000-01-01


def test_a_later_offset_with_an_open_far_side_builds() -> None:
    tl = timeline.build("Police met on Monday. They left more than two days later.", REF, event_model="perceptron")
    later = next(t for t in tl.timexes if t.text.startswith("more than"))
    assert later.earliest is not None and later.latest is None


def test_within_an_open_ended_length_of_an_event_builds() -> None:
    tl = timeline.build("Police arrived within more than three days of the raid.", REF, event_model="perceptron")
    arrived = next(e for e in tl.events if e.text == "arrived")
    assert ("e2", "within") in [(a.target, a.relation) for a in arrived.anchors]


# ------------------------------------------------------------------ the ordering engine near datetime.min/max


def test_order_bound_beyond_the_calendar_comes_out_open() -> None:
    near_end = dt.datetime(9999, 12, 30, 12)
    result = O.order([*O.bounded("a", near_end, dt.datetime.max), *O.later("b", "a", dt.timedelta(days=10))])
    assert result["b"].earliest_start is None  # half a day before the end plus ten days: past 9999, so no bound
    assert (result["a"].earliest_start, result["a"].latest_end) == (near_end, dt.datetime.max)


def test_order_difference_longer_than_a_timedelta_is_open() -> None:
    big = dt.timedelta.max
    result = O.order([*O.later("b", "a", big), *O.later("c", "b", big)])
    assert result.difference(O.start_of("a"), O.start_of("c")) == (None, None)  # twice timedelta.max: open both ways
    lo, _ = result.difference(O.start_of("a"), O.start_of("b"))
    assert lo == dt.timedelta(days=big.days, seconds=big.seconds)


# ------------------------------------------------------------------ properties


@given(extreme_texts(), any_reference_times())
def test_tag_raises_nothing_but_timeline_errors_at_the_edges(text: str, ref: object) -> None:
    try:
        doc = timeline.tag(text, ref)
    except TimelineError:
        return
    for t in doc.timexes:
        assert text[t.start : t.end] == t.text
        assert t.earliest is None or t.latest is None or t.earliest <= t.latest


@settings(max_examples=25)
@given(st.lists(extreme_phrases(), min_size=1, max_size=3).map(lambda ps: " ".join(f"Officials met {p}." for p in ps)), any_reference_times())
def test_build_raises_nothing_but_timeline_errors_at_the_edges(text: str, ref: object) -> None:
    try:
        tl = timeline.build(text, ref, event_model="perceptron")
    except TimelineError:
        return
    for e in tl.events:
        for lo, hi in ((e.earliest_start, e.latest_start), (e.earliest_end, e.latest_end)):
            assert lo is None or hi is None or lo <= hi
