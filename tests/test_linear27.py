"""Look-ups that replaced whole-document scans (issue 11: a build linear in the text) answer as the scans did."""
from __future__ import annotations

import datetime as dt

from hypothesis import example, given, strategies as st

from timeline import build
from timeline.anchoring.cues import _words_outside, anchor_words
from timeline.anchoring.perfect import _span_within
from timeline.resolve.named_days import _days_around

_spans = st.lists(st.tuples(st.integers(0, 200), st.integers(0, 30)), max_size=12).map(
    lambda xs: sorted((a, a + n) for a, n in xs))


@given(_spans, st.integers(0, 240), st.integers(0, 240))
def test_a_span_inside_a_gap_is_found_as_by_reading_every_span(spans: list[tuple[int, int]], low: int, high: int) -> None:
    starts = [a for a, _ in spans]
    assert _span_within(spans, starts, low, high) == any(low <= a and b <= high for a, b in spans)


@given(st.dates(), st.integers(0, 10))
@example(dt.date.max, 7)
@example(dt.date.min, 7)
def test_the_days_around_a_day_are_every_day_within_reach_and_no_other(day: dt.date, reach: int) -> None:
    days = _days_around(day, reach)
    assert days == sorted(days)
    assert all(abs((d - day).days) <= reach for d in days)
    inside = [dt.date.fromordinal(day.toordinal() + k) for k in range(-reach, reach + 1)
              if 1 <= day.toordinal() + k <= dt.date.max.toordinal()]
    assert days == inside


def test_words_outside_times_skip_only_the_times_between() -> None:
    text = "He left on Monday and came back after two days, then on Friday again."
    spans = [(text.index("Monday"), text.index("Monday") + 6), (text.index("two days"), text.index("two days") + 8),
             (text.index("Friday"), text.index("Friday") + 6)]
    ends = [b for _, b in spans]
    words = _words_outside(anchor_words(), text, text.index("and"), text.index("then"), spans, ends)
    assert words == ["and", "came", "back"]  # "after" is the time's own signal; "two days" is a time


def test_a_weekday_told_again_names_the_day_told_before() -> None:
    text = ("The final is on Saturday in the city stadium. Fans have bought every ticket. "
            "'After Saturday we can rest,' the coach said.")
    tl = build(text, reference_time="2026-05-13")  # a Wednesday
    values = [t.value for t in tl.timexes if t.text == "Saturday"]
    assert values == ["2026-05-16", "2026-05-16"]
