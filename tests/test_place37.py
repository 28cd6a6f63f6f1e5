"""Session 37, helper place: a verb told right after a month-dated one, a judge's words at the sitting, a card shown to a
player as an act of the match (sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

from timeline import build

from _timelines import event


def _inside(e, begin: dt.datetime, end: dt.datetime) -> bool:
    return (e.likely_start is not None and e.likely_end is not None
            and begin <= e.likely_start.replace(tzinfo=None) and e.likely_end.replace(tzinfo=None) <= end)


def _before(tl, a, b) -> bool:
    return any((r.source, r.relation, r.target) in ((a.eid, "BEFORE", b.eid), (b.eid, "AFTER", a.eid)) for r in tl.relations)


def test_a_verb_told_right_after_a_month_dated_one_lies_in_that_month() -> None:
    # published Friday 4 Dec 2026: the calling came with the noticing, in July, not after the month was over
    tl = build("The fraud came to light when a bank clerk noticed odd payments in July and called the police.", reference_time="2026-12-04")
    assert _inside(event(tl, "noticed"), dt.datetime(2026, 7, 1), dt.datetime(2026, 8, 1))
    assert _inside(event(tl, "called"), dt.datetime(2026, 7, 1), dt.datetime(2026, 8, 1))


def test_a_judge_speaks_at_the_sitting_the_lead_dates() -> None:
    # published Wednesday 11 Nov 2026: the judge spoke at Tuesday's sentencing, not on the publication day
    tl = build("A bus driver who stole fares was jailed for two years on Tuesday.\n\n"
               "He was arrested in March last year after an audit.\n\n"
               "The judge said he had abused the trust of his employer.", reference_time="2026-11-11")
    assert _inside(event(tl, "said"), dt.datetime(2026, 11, 10), dt.datetime(2026, 11, 11))
    # a named judge too, after a sentence whose last time is a plan ahead: the sitting that sentence dated first
    tl = build("A shop manager admitted theft on Monday and will be sentenced in February. "
               "Judge Mary Holt told her she faced prison.", reference_time="2026-11-11")
    assert _inside(event(tl, "told"), dt.datetime(2026, 11, 9), dt.datetime(2026, 11, 10))


def test_a_card_shown_to_a_player_is_an_act_of_the_match() -> None:
    # published Monday 2 Nov 2026: the sending-off and the goals after it are Sunday's match, not the publication day
    tl = build("United beat Town 3-0 in Sunday's final after a Town defender was sent off early on.\n\n"
               "The defender was shown a red card for a foul in the tenth minute. United scored twice before the break "
               "and added a third late on.", reference_time="2026-11-02")
    for word in ("shown", "scored", "added"):
        assert _inside(event(tl, word), dt.datetime(2026, 11, 1), dt.datetime(2026, 11, 2)), word


def test_a_verb_done_at_an_occasion_a_time_dates_lies_in_that_time() -> None:
    # published Wednesday 11 Nov 2026: the admission was made at the September hearing, its object between
    tl = build("A former nurse admitted stealing more than 3,000 pounds from a patient at a hearing in September.", reference_time="2026-11-11")
    admitted = event(tl, "admitted")
    assert _inside(admitted, dt.datetime(2026, 9, 1), dt.datetime(2026, 10, 1))
    assert admitted.likely_end - admitted.likely_start > dt.timedelta(days=1)  # which day of the month is not told


def test_the_reason_of_a_punishment_after_its_term_came_before_it() -> None:
    # published Thursday 8 Oct 2026: "for a year" is the term; "for speeding" the reason, before Friday's ban, not on it
    tl = build("A van driver was banned from driving for a year on Friday for speeding.", reference_time="2026-10-08")
    speeding, banned = event(tl, "speeding"), event(tl, "banned")
    assert _inside(banned, dt.datetime(2026, 10, 2), dt.datetime(2026, 10, 3))
    assert speeding.likely_end is not None and speeding.likely_end.replace(tzinfo=None) <= dt.datetime(2026, 10, 2)
    assert speeding.likely_start is not None and speeding.likely_start.replace(tzinfo=None) >= dt.datetime(2025, 9, 1)
    assert _before(tl, speeding, banned)


def test_the_reason_a_card_is_shown_for_came_just_before_it() -> None:
    # published Monday 2 Nov 2026: the card is Saturday's match (its reason no later scene); the push came within the day
    # before it, not at publication
    tl = build("Town beat City in Saturday's derby after City's captain was sent off.\n\n"
               "The captain was shown a red card for pushing a striker. Town scored from the free kick.", reference_time="2026-11-02")
    pushing, shown = event(tl, "pushing"), event(tl, "shown")
    assert _inside(shown, dt.datetime(2026, 10, 31), dt.datetime(2026, 11, 1))
    assert _inside(pushing, dt.datetime(2026, 10, 30), dt.datetime(2026, 11, 1))
    assert _before(tl, pushing, shown)


def test_a_headline_word_the_body_retells_as_a_verb_is_an_event() -> None:
    # published Friday 4 Dec 2026: "Admits" (missed in the headline's capitals) is the admission the lead dates to Thursday
    tl = build("Cashier Admits Taking Cash From Till\n\nA supermarket cashier admitted taking 900 pounds from a till at a court "
               "on Thursday.", reference_time="2026-12-04")
    head = tl.text.index("\n")
    admits = next((e for e in tl.events if e.text == "Admits" and e.start < head), None)
    assert admits is not None
    assert _inside(admits, dt.datetime(2026, 12, 3), dt.datetime(2026, 12, 4))
    # a headline word no verb of the body retells is no event ("Cashier", "Till")
    assert not any(e.text in ("Cashier", "Till") for e in tl.events if e.start < head)


def test_an_admitted_act_came_before_the_admission_not_on_the_day_it_is_reported() -> None:
    # published Friday 4 Dec 2026: no time dates the admission; the stealing came before publication, within the year
    tl = build("A warehouse worker admitted stealing power tools from his employer.", reference_time="2026-12-04")
    stealing = event(tl, "stealing")
    assert stealing.likely_end is not None and stealing.likely_end.replace(tzinfo=None) <= dt.datetime(2026, 12, 4)
    assert stealing.likely_start is not None and stealing.likely_start.replace(tzinfo=None) >= dt.datetime(2025, 12, 1)
    assert stealing.likely_end - stealing.likely_start > dt.timedelta(days=30)  # how long before is not told
