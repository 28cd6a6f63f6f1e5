"""Lead, thirty-second session: likely times a reader of a whole article would not trust.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import only_event as _event  # the one event of a timeline with that word


def test_talks_that_broke_down_ended_then_and_did_not_begin() -> None:
    """"talks with the landlord broke down late on Sunday": the talks end on Sunday night, so they sit
    on or before that Sunday, not on the publication day."""
    text = "Tenants will stop paying rent on Friday after talks with the landlord broke down late on Sunday night."
    tl = timeline.build(text, reference_time="2026-10-13")  # a Tuesday; Sunday is 11 October
    talks = _event(tl, "talks")
    assert talks.latest_end is not None and talks.latest_end <= dt.datetime(2026, 10, 12, 4)
    assert talks.likely_end is not None and talks.likely_end <= dt.datetime(2026, 10, 12)
    assert any(a.relation == "ended_by" for a in talks.anchors)


def test_a_collapse_ends_its_event_subject_and_an_outbreak_still_starts_one() -> None:
    """"negotiations ... collapsed" ends the negotiations; "a blaze broke out" still begins the blaze."""
    tl = timeline.build("Negotiations over the merger collapsed on Friday.", reference_time="2026-10-13")
    assert [a.relation for a in _event(tl, "Negotiations").anchors if a.target != "reference_time"] == ["ended_by"]
    tl = timeline.build("A blaze broke out in the warehouse on Friday.", reference_time="2026-10-13")
    blaze = _event(tl, "blaze")
    assert [a.relation for a in blaze.anchors] == ["begun_by"]
    assert blaze.earliest_start == dt.datetime(2026, 10, 9)


def test_an_event_noun_after_no_is_denied_and_not_placed() -> None:
    """"no injuries in the blast", "there had been no further arrests": the injuries and the arrests are
    denied (polarity NEG, no likely time); the blast the same sentence dates is still placed."""
    text = ("There were no injuries in the blast at the depot on Monday. "
            "Police said there had been no further arrests.")
    tl = timeline.build(text, reference_time="2026-11-26")  # Monday is 23 November
    for word in ("injuries", "arrests"):
        denied = _event(tl, word)
        assert denied.polarity == "NEG"
        assert denied.likely_start is None and denied.likely_end is None
    blast = _event(tl, "blast")
    assert blast.polarity == "POS"
    assert blast.likely_start == dt.datetime(2026, 11, 23)


def test_the_activity_a_length_is_spent_on_happens_with_the_spending() -> None:
    """"Divers spent three days searching the lake before they found the wreck": the searching is the
    spending (one event lasting three days), not a separate undated event on the publication day."""
    text = "Divers spent three days searching the lake before they found the wreck."
    tl = timeline.build(text, reference_time="2026-11-26")
    spent, searching = _event(tl, "spent"), _event(tl, "searching")
    assert any(a.relation == "simultaneous" and a.target == spent.eid for a in searching.anchors)
    assert searching.likely_start == spent.likely_start and searching.likely_end == spent.likely_end


def test_the_night_after_a_small_hours_time_is_the_night_those_hours_belong_to() -> None:
    """A clock time before dawn, then "during the night": the night that began the evening before (so a
    later "at 4 a.m." is the same morning), while after an evening time it stays that day's night."""
    text = ("The river burst its banks at 2 a.m. on Friday. Crews rescued 40 people during the night, "
            "and a hall opened as a shelter at 4 a.m.")
    found = {t.text: t for t in timeline.tag(text, reference_time="2026-11-28")}  # a Saturday
    night = found["the night"]
    assert night.value == "2026-11-26TNI"
    assert (night.earliest, night.latest) == (dt.datetime(2026, 11, 26, 19), dt.datetime(2026, 11, 27, 6))
    assert found["4 a.m."].value == "2026-11-27T04:00"
    evening = {t.text: t for t in timeline.tag("Police arrived at 11 p.m. on Thursday. During the night, they searched "
                                               "the woods.", reference_time="2026-11-28")}
    assert evening["the night"].value == "2026-11-26TNI"


def test_weather_that_had_cleared_ended_before_the_event_it_preceded() -> None:
    """"burst its banks at 2 a.m. on Friday, hours after the rain had cleared": the rain ended when it
    cleared, hours before Friday's 2 a.m., so it is not put in the hours after the burst."""
    text = "The river burst its banks shortly before 2 a.m. on Friday, hours after the rain had cleared."
    tl = timeline.build(text, reference_time="2026-11-28")
    rain = _event(tl, "rain")
    assert any(a.relation == "ended_by" for a in rain.anchors)
    assert rain.latest_end is not None and rain.latest_end <= dt.datetime(2026, 11, 27, 2)
    assert rain.likely_end is not None and rain.likely_end <= dt.datetime(2026, 11, 27, 2)


def test_what_holds_now_is_not_placed_after_an_event_still_ahead() -> None:
    """"Services are due to start late on Friday morning. Fares are expected to rise." (published on a Tuesday):
    the expecting holds now, so it is placed on the publication day, not after Friday."""
    text = "Services are due to start later than usual on Friday morning. Fares are expected to rise."
    tl = timeline.build(text, reference_time="2026-10-13")
    expected = _event(tl, "expected")
    assert expected.likely_start is not None and expected.likely_end is not None
    assert expected.likely_start < dt.datetime(2026, 10, 16)
    assert expected.likely_end <= dt.datetime(2026, 10, 14)
