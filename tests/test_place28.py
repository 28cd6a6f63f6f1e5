"""Session 28, helper place: events placed on the right day in news (sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

from timeline import build
from timeline.order.links import LinkRelation


def _event(tl, word):  # type: ignore[no-untyped-def]
    return next(e for e in tl.events if e.text == word)


def test_a_state_verb_before_the_word_an_until_time_bounds_ends_then() -> None:
    tl = build("A van hit the footbridge on Saturday afternoon. The footbridge stayed closed until Monday morning.",
               reference_time="2026-05-14")
    stayed = _event(tl, "stayed")
    assert LinkRelation.UNTIL in [a.relation for a in stayed.anchors]
    assert stayed.latest_end is not None and dt.datetime(2026, 5, 11, 5) <= stayed.latest_end <= dt.datetime(2026, 5, 11, 12)


def test_a_state_that_lasted_until_a_time_began_in_the_time_told_before() -> None:
    tl = build("Floodwater covered the valley road on Thursday night. The road remained shut until Sunday afternoon.",
               reference_time="2026-05-19")
    remained = _event(tl, "remained")
    assert remained.likely_start is not None and dt.datetime(2026, 5, 14, 18) <= remained.likely_start <= dt.datetime(2026, 5, 15, 6)
    assert remained.likely_end is not None and remained.likely_end <= dt.datetime(2026, 5, 17, 18)


def test_a_state_verb_with_words_before_the_bounded_word_gets_no_until_link() -> None:
    tl = build("The ferry stayed in port and closed until Monday morning.", reference_time="2026-05-14")
    stayed = _event(tl, "stayed")
    assert LinkRelation.UNTIL not in [a.relation for a in stayed.anchors]


def test_a_passive_report_in_a_when_clause_happened_on_the_story_s_day() -> None:
    tl = build("Voters in Eddington chose a new mayor in a by-election on Saturday.\n\n"
               "Her supporters danced in the street when the result was announced.", reference_time="2026-05-12")
    for word in ("announced", "danced"):
        ev = _event(tl, word)
        assert (ev.likely_start, ev.likely_end) == (dt.datetime(2026, 5, 9), dt.datetime(2026, 5, 10)), word


def test_since_orders_a_verb_across_a_long_object_with_a_figure() -> None:
    tl = build("A fire on Kerris Common has burned 3,500 hectares of gorse and dry grass since it started on Monday morning.",
               reference_time="2026-08-14")
    burned = _event(tl, "burned")
    assert any(a.relation is LinkRelation.AFTER for a in burned.anchors)
    assert burned.likely_start is not None and dt.datetime(2026, 8, 10, 5) <= burned.likely_start <= dt.datetime(2026, 8, 10, 12, 1)


def test_since_with_a_long_object_reaches_the_verb_after_the_subject_noun() -> None:
    tl = build("Commuters have been relying on a small fleet of replacement buses and shared taxis since the strike began on June 2.",
               reference_time="2026-06-12")
    relying = _event(tl, "relying")
    assert relying.likely_start is not None and dt.datetime(2026, 6, 2) <= relying.likely_start < dt.datetime(2026, 6, 3)


def test_a_lead_four_days_before_publication_still_gives_its_day() -> None:
    tl = build("A gas explosion destroyed a bakery in Penmore on Sunday evening.\n\n"
               "No one was inside at the time. Two neighbours were treated for shock.", reference_time="2026-05-14")
    treated = _event(tl, "treated")
    assert treated.likely_start is not None and dt.datetime(2026, 5, 10) <= treated.likely_start
    assert treated.likely_end is not None and treated.likely_end <= dt.datetime(2026, 5, 11)


def test_days_counted_from_an_event_most_likely_on_one_night_give_a_calendar_day() -> None:
    tl = build("A storm hit the harbour on Monday night.\n\nTwo days after the storm, the council opened a shelter in the school.",
               reference_time="2026-07-11")
    opened = _event(tl, "opened")
    assert opened.likely_start is not None and opened.likely_end is not None
    assert dt.datetime(2026, 7, 8) <= opened.likely_start and opened.likely_end <= dt.datetime(2026, 7, 9)


def test_a_happening_at_the_scene_takes_the_lead_s_day_after_the_story_moved_on() -> None:
    tl = build("A bus hit a cyclist in Larkford on Saturday afternoon.\n\nEngineers reopened the road on Sunday morning. "
               "The bus driver was arrested at the scene.", reference_time="2026-05-13")
    arrested = _event(tl, "arrested")
    assert arrested.likely_start is not None and arrested.likely_end is not None
    assert dt.datetime(2026, 5, 9, 12) <= arrested.likely_start and arrested.likely_end <= dt.datetime(2026, 5, 10)


def test_a_happening_away_from_the_scene_after_the_story_moved_on_keeps_no_lead_day() -> None:
    tl = build("A bus hit a cyclist in Larkford on Saturday afternoon.\n\nEngineers reopened the road on Sunday morning. "
               "The bus driver was arrested at his home.", reference_time="2026-05-13")
    arrested = _event(tl, "arrested")
    assert arrested.likely_start is not None and arrested.likely_start >= dt.datetime(2026, 5, 10)


def test_the_time_of_a_report_attributing_its_sentence_does_not_move_the_story() -> None:
    tl = build("Talks between the council and the builder broke down on Friday.\n\nThe two sides met for six hours. "
               "The talks collapsed over the price of steel, a council official said on Sunday.", reference_time="2026-03-16")
    collapsed = _event(tl, "collapsed")
    assert (collapsed.likely_start, collapsed.likely_end) == (dt.datetime(2026, 3, 13), dt.datetime(2026, 3, 14))



def test_a_time_after_the_charge_of_a_conviction_dates_the_conviction() -> None:
    tl = build("A jury convicted a former bank manager of fraud on Monday.", reference_time="2026-03-18")
    convicted = _event(tl, "convicted")
    assert LinkRelation.DURING in [a.relation for a in convicted.anchors if a.target.startswith("t")]
    assert (convicted.earliest_start, convicted.latest_end) == (dt.datetime(2026, 3, 16), dt.datetime(2026, 3, 17))
