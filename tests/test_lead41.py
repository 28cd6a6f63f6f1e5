"""Lead, session 41: a clock time after "from" starts a span ("a warning for snow from 6 p.m. on Thursday"); it is no
amount a change started from ("rose to $42 in June from $29.75 in March"), so it does not pull its day into the past."""

from _timelines import value


def test_a_warning_from_a_clock_on_a_weekday_looks_ahead():
    # published Tuesday 1 December 2026: the warning is for Thursday 3 December, not the Thursday gone
    text = "Forecasters have issued an amber warning for heavy snow from 6 p.m. on Thursday until noon on Saturday."
    assert value(text, "Thursday", "2026-12-01") == "2026-12-03"
    assert value(text, "6 p.m.", "2026-12-01") == "2026-12-03T18:00"


def test_a_minute_clock_after_from_looks_ahead_too():
    # published Tuesday 1 December 2026: an alert "from 5:30 p.m. on Friday" is for Friday 4 December
    text = "The agency has issued a flood alert for the valley from 5:30 p.m. on Friday."
    assert value(text, "Friday", "2026-12-01") == "2026-12-04"


def test_an_amount_after_from_still_dates_the_past_measure():
    # published Tuesday 10 February 2026: the March the change started from is last March, though it is nearer ahead
    text = "The share price has risen to $42 in January from $29.75 in March."
    assert value(text, "March", "2026-02-10") == "2025-03"
