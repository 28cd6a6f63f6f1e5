"""Session 27, lead: trust in where events sit (sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

from timeline import build
from timeline.order.links import LinkRelation


def _event(tl, word):  # type: ignore[no-untyped-def]
    return next(e for e in tl.events if e.text == word)


def test_a_signal_whose_object_is_an_amount_is_no_signal_of_the_time_after_it() -> None:
    tl = build("The grocer cut its prices by 10% last week.", reference_time="2026-03-10")
    cut = _event(tl, "cut")
    assert [a.relation for a in cut.anchors if a.target.startswith("t")] == [LinkRelation.DURING]
    assert (cut.earliest_start, cut.latest_end) == (dt.datetime(2026, 3, 2), dt.datetime(2026, 3, 9))


def test_an_amount_before_a_year_does_not_make_the_year_a_deadline() -> None:
    tl = build("The union said the deal would raise pay by 6 percent this year and another 4 percent in April 2027.",
               reference_time="2026-03-10")
    assert tl.conflicts == ()
    raise_ = _event(tl, "raise")
    assert (raise_.earliest_start, raise_.latest_end) == (dt.datetime(2026, 1, 1), dt.datetime(2027, 5, 1))


def test_a_length_inside_a_year_leaves_the_likely_start_anywhere_in_that_year() -> None:
    tl = build("The last strike on the line, in 2019, lasted three days.", reference_time="2026-03-10")
    lasted = _event(tl, "lasted")
    assert (lasted.likely_start, lasted.likely_end) == (dt.datetime(2019, 1, 1), dt.datetime(2020, 1, 1))


def test_what_a_vague_gap_counts_from_is_not_pinned_to_the_gap_s_edge() -> None:
    tl = build("The clerk admitted the thefts at a hearing in January, two months after auditors found gaps in the ledger.",
               reference_time="2026-05-18")
    hearing, found = _event(tl, "hearing"), _event(tl, "found")
    assert (hearing.likely_start, hearing.likely_end) == (dt.datetime(2026, 1, 1), dt.datetime(2026, 2, 1))
    assert found.likely_start is not None and found.likely_end is not None
    assert found.likely_start <= dt.datetime(2025, 11, 1) and found.likely_end <= dt.datetime(2025, 12, 7)


def test_through_a_period_named_with_an_article_spans_it_and_through_a_day_ends_in_it() -> None:
    tl = build("Crews worked through the weekend to clear the line. The kiosk will stay open through Sunday.",
               reference_time="2026-07-15")
    worked = _event(tl, "worked")
    assert [a.relation for a in worked.anchors if a.target.startswith("t")] == [LinkRelation.DURING]
    assert (worked.earliest_start, worked.latest_end) == (dt.datetime(2026, 7, 11), dt.datetime(2026, 7, 13))
    ends = [a.relation for e in tl.events for a in e.anchors if a.evidence == "through Sunday"]
    assert ends == [LinkRelation.UNTIL]


def test_a_measured_gap_from_a_month_does_not_pin_the_later_event_to_the_gap_s_last_day() -> None:
    tl = build("A rival bank made a better offer in May, but dropped it two weeks later after the first bidder raised its price.",
               reference_time="2026-09-15")
    for word in ("dropped", "raised"):  # (two weeks after some day of May: a month's width, not 14 June)
        event = _event(tl, word)
        assert event.likely_start is not None and event.likely_end is not None
        assert event.likely_start <= dt.datetime(2026, 5, 16) and event.likely_end >= dt.datetime(2026, 6, 14), word


def test_a_past_offer_to_act_at_a_past_time_was_made_then() -> None:
    tl = build("The grocer offered to buy the rival chain in June. The mayor promised to resign in July.", reference_time="2026-09-15")
    offered, promised = _event(tl, "offered"), _event(tl, "promised")
    assert (offered.earliest_start, offered.latest_end) == (dt.datetime(2026, 6, 1), dt.datetime(2026, 7, 1))
    assert not any(a.target.startswith("t") for a in promised.anchors)  # a promise plans its July: not dated by it


def test_a_fronted_gap_in_days_counts_calendar_days() -> None:
    tl = build("The storm hit on Monday. Two days after the storm hit, the river burst its banks.", reference_time="2026-09-17")
    burst = _event(tl, "burst")
    assert burst.likely_start is not None and burst.likely_end is not None
    assert dt.datetime(2026, 9, 16) <= burst.likely_start and burst.likely_end <= dt.datetime(2026, 9, 17)


def test_a_noun_refers_back_to_the_verb_of_its_kind() -> None:
    tl = build("Troops evacuated the village on Tuesday, Sept. 15. Two days after the evacuation, the first families returned.",
               reference_time="2026-09-25")
    evacuation, returned = _event(tl, "evacuation"), _event(tl, "returned")
    assert (evacuation.earliest_start, evacuation.latest_end) == (dt.datetime(2026, 9, 15), dt.datetime(2026, 9, 16))
    assert returned.likely_start is not None and returned.likely_end is not None
    assert dt.datetime(2026, 9, 17) <= returned.likely_start and returned.likely_end <= dt.datetime(2026, 9, 18)


def test_what_a_measured_gap_counts_from_keeps_its_week() -> None:
    tl = build("The storm hit the coast last week. Three days after the storm hit, a ferry sank.", reference_time="2026-09-17")
    for hit in (e for e in tl.events if e.text == "hit"):  # (both mentions: the week, not its last day)
        assert (hit.likely_start, hit.likely_end) == (dt.datetime(2026, 9, 7), dt.datetime(2026, 9, 14))
