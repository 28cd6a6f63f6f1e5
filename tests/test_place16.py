"""Where ``timeline.build`` places events a reader dates by counting days from another event, by
the sentence they share, or by what a participle says of a noun (session s16: the anchoring of
"N days later", ``placement.facts.offset_day_facts``, ``event_windows``, ``described_facts``,
``placement.settling._same_day``). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import timeline

REF = "2026-09-16"  # a Wednesday
SATURDAY, SUNDAY, MONDAY, TUESDAY = (dt.datetime(2026, 9, d) for d in (12, 13, 14, 15))
DAY = dt.timedelta(days=1)

BURST = ("A water main burst under Calder Street at 4:15 a.m. on Saturday. The mayor toured the street shortly after the "
         "water began to drain and promised new pipes for the whole district. Two days later, on Tuesday, the council "
         "voted to pay for the work.")


def _event(text: str, word: str) -> timeline.Event:
    return next(e for e in timeline.build(text, reference_time=REF).events if e.text == word)


def _likely(text: str, word: str) -> tuple[dt.datetime, dt.datetime]:
    e = _event(text, word)
    assert e.likely_start is not None and e.likely_end is not None
    return e.likely_start.replace(tzinfo=None), e.likely_end.replace(tzinfo=None)


def _on(span: tuple[dt.datetime, dt.datetime], day: dt.datetime) -> bool:
    return day <= span[0] and span[1] <= day + DAY


def test_days_later_counts_from_the_sentence_before_not_an_older_time() -> None:
    # "Two days later" resolved from Saturday's 4:15 a.m. is Monday, which "on Tuesday" contradicts:
    # the vote was squeezed to the instant between the two; it counts from the tour
    start, end = _likely(BURST, "voted")
    assert _on((start, end), TUESDAY) and end - start >= dt.timedelta(hours=12)


def test_days_later_on_a_named_day_dates_the_event_it_counts_from() -> None:
    assert _on(_likely(BURST, "toured"), SUNDAY)


def test_the_same_with_no_time_before() -> None:
    text = "The minister visited the flooded town and promised help. Two days later, on Tuesday, the cabinet approved an aid package."
    assert _on(_likely(text, "visited"), SUNDAY)


def test_a_verb_told_right_after_shares_the_day_once_known() -> None:
    # "promised" is joined by "and" to "toured", past the clause "shortly after the water began to drain"
    assert _on(_likely(BURST, "promised"), SUNDAY)


def test_what_an_aspectual_verb_begins_is_no_later_event() -> None:
    # "began to drain": the draining began on Sunday; not months after publication
    start, end = _likely(BURST, "drain")
    assert start >= SATURDAY and end <= MONDAY + DAY


def test_an_aspectual_verb_with_a_complement_does_not_begin_its_subject() -> None:
    protests = _event("The protests began to fade shortly after the curfew took effect.", "protests")
    assert not any(a.relation == "begun_by" for a in protests.anchors)
    fade = _event("The protests began to fade shortly after the curfew took effect.", "fade")
    assert any(a.relation == "begun_by" for a in fade.anchors)


def test_a_participle_of_a_clause_dated_by_another_event_shares_its_window() -> None:
    text = ("A storm made landfall near Orsby early on Saturday. Officials said crews had evacuated 900 residents within "
            "30 hours of the landfall, many of them lifted from rooftops.")
    start, end = _likely(text, "lifted")
    assert start >= SATURDAY and end <= SUNDAY + dt.timedelta(hours=14)


def test_a_participle_describing_a_noun_takes_no_time_of_its_clause() -> None:
    # the cellars flooded before the clearing on Tuesday, not on Tuesday
    text = "Crews were still clearing mud from flooded cellars on Tuesday after heavy rain fell over the weekend."
    start, _ = _likely(text, "flooded")
    assert start < TUESDAY


def test_an_event_known_to_end_late_still_gets_a_likely_interval() -> None:
    # "a week after the roof collapsed" hangs on the meeting of Oct. 20, so the collapse ends after
    # Oct. 13 while its past tense starts it before publication: the start closed at the end's day
    # was refused and the collapse had no likely interval
    text = ("The council voted on Monday to close the pool and hold a public meeting on Oct. 20, a week after the roof "
            "collapsed during a storm.")
    e = _event(text, "collapsed")
    assert e.likely_start is not None and e.likely_end is not None
    assert e.likely_start.replace(tzinfo=None) <= dt.datetime(2026, 9, 17)


def test_an_aspectual_verb_ends_its_object() -> None:
    # the ferry crews' stoppage ends with the return to work on Tuesday morning and lasted three days
    text = "Ferry crews returned to work on Tuesday morning, ending a three-day stoppage over staffing."
    start, end = _likely(text, "stoppage")
    assert end <= TUESDAY + dt.timedelta(hours=12)
    assert SATURDAY <= start < TUESDAY


def test_a_verb_after_and_is_not_the_verb_of_the_noun_a_signal_introduces() -> None:
    # "shortly after the fire and sealed": the sealing is the clause's next verb, not what the fire did
    text = "Police closed the street shortly after the fire and sealed the building on Tuesday night."
    tl = timeline.build(text, reference_time=REF)
    closed, fire, sealed = (next(e for e in tl.events if e.text == w) for w in ("closed", "fire", "sealed"))
    targets = {a.target for a in closed.anchors if a.relation == "after"}
    assert fire.eid in targets and sealed.eid not in targets
