"""Session 31, helper place: events of news stories placed on their likely day (sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

from timeline import build

from _timelines import event, likely_within_day


def _within(ev, first: dt.datetime, last: dt.datetime) -> bool:  # type: ignore[no-untyped-def]
    """Whether the likely interval of ``ev`` lies inside ``first`` .. ``last``."""
    return ev.likely_start is not None and ev.likely_end is not None and first <= ev.likely_start and ev.likely_end <= last


def test_a_plan_s_time_ahead_does_not_keep_a_past_step_from_the_story_s_day() -> None:
    # published Thursday 5 Nov 2026: the vote was at Wednesday's meeting, the closure is next year's
    tl = build("Parents packed the school hall on Wednesday evening. Governors voted to merge the two primary schools next September.",
               reference_time="2026-11-05")
    assert likely_within_day(event(tl, "voted"), dt.date(2026, 11, 4))
    tl = build("Dozens of drivers blocked the depot gates on Monday. The union agreed to suspend the strike next month.",
               reference_time="2026-11-05")
    assert likely_within_day(event(tl, "agreed"), dt.date(2026, 11, 2))


def test_the_deed_a_punishment_names_takes_the_later_time() -> None:
    # published Friday 18 Sep 2026: the fine came on Thursday, the dumping in May
    tl = build("A builder was fined 4,000 pounds by magistrates on Thursday for dumping rubble in a nature reserve in May.",
               reference_time="2026-09-18")
    assert likely_within_day(event(tl, "fined"), dt.date(2026, 9, 17))
    assert _within(event(tl, "dumping"), dt.datetime(2026, 5, 1), dt.datetime(2026, 6, 1))
    # an object that is no reason is left alone: the condemning keeps Saturday, the attacks are not moved to Friday by this
    tl = build("The government on Saturday condemned two bomb attacks in the capital Friday, calling them cowardly.",
               reference_time="2026-09-19")
    assert likely_within_day(event(tl, "condemned"), dt.date(2026, 9, 19))
    assert not any(a.target != "reference_time" for a in event(tl, "attacks").anchors)


def test_a_time_in_what_was_reported_is_not_the_report_s() -> None:
    # published Wednesday 14 Oct 2026: the saying was on Monday; "until the weekend" ends the disruption, not the saying
    tl = build("The airline said on Monday that disruption was likely until the weekend.", reference_time="2026-10-14")
    assert likely_within_day(event(tl, "said"), dt.date(2026, 10, 12))
    assert not any(a.relation == "until" for a in event(tl, "said").anchors)
    assert any(a.relation == "until" for a in event(tl, "disruption").anchors)


def test_a_superlative_s_since_is_no_start_soon_after() -> None:
    # published Friday 9 Oct 2026: the fall is September's; the recession lies far back, the fall did not begin soon after it
    tl = build("Exports of Arland cheese slid 9 percent in September, their steepest drop since the pandemic, a trade body said on Friday.",
               reference_time="2026-10-09")
    assert "soon after" not in event(tl, "drop").likely_basis


def test_a_superlative_s_starting_point_lends_no_time_to_its_sentence() -> None:
    # published Wednesday 4 Mar 2026: the merger and the deal are not in 1999 or 1986; only the flotation, the privatisation are
    tl = build("The board on Monday approved the purchase of a rival bakery chain. "
               "The merger is the biggest in the industry since the flotation of Mardle Foods in 1999.", reference_time="2026-03-04")
    assert _within(event(tl, "flotation"), dt.datetime(1999, 1, 1), dt.datetime(2000, 1, 1))
    merger = event(tl, "merger")
    assert merger.likely_start is not None and merger.likely_start >= dt.datetime(2026, 1, 1)
    tl = build("Regulators on Monday cleared the sale of two regional airports. "
               "The deal is the largest in the sector since the privatisation of the airports under the 1986 Airports Act.", reference_time="2026-03-04")
    assert _within(event(tl, "privatisation"), dt.datetime(1986, 1, 1), dt.datetime(1987, 1, 1))
    deal = event(tl, "deal")
    assert deal.likely_start is not None and deal.likely_start >= dt.datetime(2026, 1, 1)


def test_after_a_year_s_background_the_narration_is_back_at_the_story_s_day() -> None:
    # published Thursday 10 Dec 2026: the walkout and the chanting were on Tuesday; the factory opening in 1974 is background
    tl = build("Workers walked out of the Brayford textile factory on Tuesday afternoon. The factory opened in 1974. "
               "Several workers chanted slogans at the gates.", reference_time="2026-12-10")
    assert _within(event(tl, "opened"), dt.datetime(1974, 1, 1), dt.datetime(1975, 1, 1))
    assert likely_within_day(event(tl, "chanted"), dt.date(2026, 12, 8))


def test_an_event_told_before_a_clock_time_lies_in_its_day_not_its_minute() -> None:
    # published Saturday 7 Nov 2026: the hearing began at 10 a.m. on Friday and went on after it
    tl = build("The planning hearing began at 10 a.m. on Friday.", reference_time="2026-11-07")
    hearing = event(tl, "hearing")
    assert likely_within_day(hearing, dt.date(2026, 11, 6))
    assert hearing.likely_end is not None and hearing.likely_end - hearing.likely_start > dt.timedelta(hours=1)


def test_a_reported_quarter_is_no_background_to_come_back_from() -> None:
    # published Monday 2 Nov 2026: the charge was booked in the quarter Friday's report covered, not on Friday itself
    tl = build("The announcement by Harwell Foods on Friday of a loss for the third quarter surprised analysts. "
               "Sales slipped 2 percent in the quarter. On top of that, the company took a charge for closing two dairies.",
               reference_time="2026-11-02")
    assert likely_within_day(event(tl, "announcement"), dt.date(2026, 10, 30))
    assert not likely_within_day(event(tl, "took"), dt.date(2026, 10, 30))
    # a year long before the story's day is background: the next step told is back at that day
    tl = build("Workers walked out of the Brayford plant on Tuesday over a pay offer made in 2019. Pickets chanted slogans at the gates.",
               reference_time="2026-12-10")
    assert likely_within_day(event(tl, "chanted"), dt.date(2026, 12, 8))


def test_since_orders_the_clause_verb_past_the_nouns_of_its_object() -> None:
    # published Friday 11 Sep 2026: the shuttling began when the bridge shut on August 3, not in the days before publication
    tl = build("The Kelso bridge reopened on Thursday. Villagers had been driving a long detour through the hills to the market "
               "town and the station since the bridge shut on August 3.", reference_time="2026-09-11")
    driving = event(tl, "driving")
    assert any(a.relation == "after" and a.target == event(tl, "shut").eid for a in driving.anchors)
    assert driving.likely_start is not None and driving.likely_start < dt.datetime(2026, 8, 5)
    # a participle a comma sets off holds its own "since": the main verb is not ordered by it
    tl = build("The merger has brought sweeping changes to the regional dairy market, ending the hold of two family firms on prices "
               "since the war.", reference_time="2026-09-11")
    assert not any(a.relation == "after" for a in event(tl, "brought").anchors)


def test_a_recent_month_in_an_aside_does_not_end_the_lead_day() -> None:
    # published Monday 9 Nov 2026 (test_place26's bus story with a month of this year, no background): the aside tells
    # the driver's past; the injury is Saturday's news (the year of test_place26 is now also a background, which masks it)
    tl = build("A cyclist was struck by a van in Henley on Saturday morning. "
               "The driver, who joined the delivery firm in March, was breathalysed at the scene. "
               "The cyclist broke his wrist.", reference_time="2026-11-09")
    assert likely_within_day(event(tl, "broke"), dt.date(2026, 11, 7))


def test_a_change_noun_set_off_by_a_comma_restates_the_clause_s_change() -> None:
    # published Tuesday 3 Nov 2026: the slide is October's fall in sales, not an event of the publication day
    tl = build("Sales of new homes in Dunmore fell 12 percent in October, their sharpest slide since the recession, estate agents said on Tuesday.",
               reference_time="2026-11-03")
    assert _within(event(tl, "slide"), dt.datetime(2026, 10, 1), dt.datetime(2026, 11, 1))
    # no amount, no restating: "walked out on Monday, the latest rise in tension" is another happening
    tl = build("Workers at the Corby plant walked out on Monday, the latest rise in tension at the site.", reference_time="2026-11-03")
    assert not any(a.relation == "simultaneous" for a in event(tl, "rise").anchors)


def test_a_noun_in_ing_after_before_is_no_gerund_step() -> None:
    # published Wednesday 18 Nov 2026: the gathering was that Tuesday, before 6 p.m., not any time in the week before
    tl = build("The council voted on Tuesday to sell the old baths. "
               "Campaigners had gathered outside the civic centre before the meeting began at 6 p.m.", reference_time="2026-11-18")
    gathered = event(tl, "gathered")
    assert likely_within_day(gathered, dt.date(2026, 11, 17))
    assert gathered.likely_end is not None and gathered.likely_end <= dt.datetime(2026, 11, 17, 18, 0)
