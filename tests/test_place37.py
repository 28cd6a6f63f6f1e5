"""Session 37, helper place: a verb told right after a month-dated one, a judge's words at the sitting, a card shown to a
player as an act of the match (sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

from timeline import build

from _timelines import event


def _inside(e, begin: dt.datetime, end: dt.datetime) -> bool:
    return (e.likely_start is not None and e.likely_end is not None
            and begin <= e.likely_start.replace(tzinfo=None) and e.likely_end.replace(tzinfo=None) <= end)


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
