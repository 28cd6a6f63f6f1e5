"""The order and days a timeline gives events (session s36, helper order, bench/stories-s36order): kinds of textual
order that came out reversed or misplaced on our own sentences.  Each kind has a control the fix must keep."""

from __future__ import annotations

import datetime as dt

import timeline
from _timelines import nth_event as _nth
from _timelines import anchors_of as _anchors


def _within(e: timeline.Event, lo: dt.datetime, hi: dt.datetime) -> bool:
    """Whether the likely interval lies inside [lo, hi]."""
    return (e.likely_start is not None and e.likely_end is not None
            and lo <= e.likely_start.replace(tzinfo=None) and e.likely_end.replace(tzinfo=None) <= hi)


# --- a time after a report's object, before a clause a signal opens, dates the report -------------------------------

def test_a_date_after_a_reports_object_and_before_a_signal_clause_dates_the_report() -> None:
    """ "The driver admitted the offence in March after police showed him the footage" (told in December): the admitting
    was in March, not the publication day's speech; the time is not only the offence noun's."""
    tl = timeline.build("A delivery driver was banned from the roads on Tuesday. He admitted the offence in March after "
                        "police showed him the footage.", "2026-12-10")
    admitted = _nth(tl, "admitted")
    assert _within(admitted, dt.datetime(2026, 3, 1), dt.datetime(2026, 4, 1))
    banned = _nth(tl, "banned")
    assert any(r.source == admitted.eid and r.target == banned.eid and r.relation == "BEFORE"
               or r.source == banned.eid and r.target == admitted.eid and r.relation == "AFTER" for r in tl.relations)


def test_a_report_whose_object_a_time_dates_within_its_clause_keeps_it_to_the_object() -> None:
    """Control: "said the raid on Sunday was planned" — a verb of the report's clause follows the time: the time is the
    raid's, the saying stays the publication day's."""
    tl = timeline.build("Police said the raid on Sunday was planned for months.", "2026-12-10")
    said = _nth(tl, "said")
    assert not _within(said, dt.datetime(2026, 12, 6), dt.datetime(2026, 12, 7))


# --- "within hours" after an aside counts from the story, not from the aside ----------------------------------------

def test_within_hours_after_a_which_aside_does_not_count_from_the_aside() -> None:
    """ "The sea wall, which was rebuilt in 2019, gave way within hours": the hours count from the storm's step of the
    story, not from the rebuilding of 2019 the aside tells."""
    tl = timeline.build("Storm waves flooded the harbour town on Monday. The sea wall, which was rebuilt in 2019, gave way "
                        "within hours.", "2026-12-09")
    gave, rebuilt = _nth(tl, "gave"), _nth(tl, "rebuilt")
    assert not any(a.target == rebuilt.eid for a in gave.anchors)
    assert _within(gave, dt.datetime(2026, 12, 7), dt.datetime(2026, 12, 9))


def test_within_hours_after_a_verb_of_the_same_clause_counts_from_it() -> None:
    """Control: "Firefighters reached the barn and put out the fire within an hour": counted from the reaching."""
    tl = timeline.build("Firefighters reached the barn on Friday and put out the fire within an hour.", "2026-12-09")
    put, reached = _nth(tl, "put"), _nth(tl, "reached")
    assert ("within", reached.eid) in _anchors(put)


# --- a verb held back until an event comes after it ------------------------------------------------------------------

def test_a_refused_infinitive_comes_after_the_until_clause() -> None:
    """ "The landlord refused to return the deposit until the tenant paid the bills": the returning came after the
    paying, not before it (as "waited until" would have it for the waiting)."""
    tl = timeline.build("The landlord refused to return the deposit until the tenant paid the bills.", "2026-12-09")
    ret, paid = _nth(tl, "return"), _nth(tl, "paid")
    assert ("after", paid.eid) in _anchors(ret)
    assert ("before", paid.eid) not in _anchors(ret)


def test_a_negated_verb_comes_after_the_until_clause() -> None:
    """ "The crowd did not leave until the singer returned": the leaving came after the return."""
    tl = timeline.build("The crowd did not leave until the singer returned to the stage.", "2026-12-09")
    leave, returned = _nth(tl, "leave"), _nth(tl, "returned")
    assert ("after", returned.eid) in _anchors(leave)


def test_an_affirmed_verb_lasts_until_the_clause() -> None:
    """Control: "The guards waited until the bus arrived": the waiting began before the arrival."""
    tl = timeline.build("The guards waited at the gate until the bus arrived.", "2026-12-09")
    waited, arrived = _nth(tl, "waited"), _nth(tl, "arrived")
    assert ("before", arrived.eid) in _anchors(waited)


# --- an undated past act in a "which" aside came before its dated main clause ---------------------------------------

def test_an_undated_act_in_a_which_aside_comes_before_the_dated_main_clause() -> None:
    """ "The airline, which leased the jets, returned them on Monday" (told on Thursday): the leasing came before the
    return, not on the publication day after it."""
    tl = timeline.build("The airline, which leased the jets, returned them to their owner on Monday.", "2026-12-10")
    leased, returned = _nth(tl, "leased"), _nth(tl, "returned")
    assert leased.likely_end is not None and returned.likely_start is not None
    assert leased.likely_end.replace(tzinfo=None) <= returned.likely_start.replace(tzinfo=None)


def test_a_which_aside_with_a_date_of_its_own_keeps_it() -> None:
    """Control: "The museum, which opened in 1994, closed on Monday": the opening keeps its year."""
    tl = timeline.build("The museum, which opened in 1994, closed its doors on Monday.", "2026-12-10")
    assert _within(_nth(tl, "opened"), dt.datetime(1994, 1, 1), dt.datetime(1995, 1, 1))


# --- a signal clause with a short noun subject orders a verb whose object and place run long ------------------------

def test_a_signal_clause_with_a_noun_subject_orders_the_verb_past_a_long_object() -> None:
    """ "Coastguards found the kayaker near the old harbour wall after a fisherman raised the alarm": the finding came
    after the alarm, though seven words stand between the verb and the signal's clause."""
    tl = timeline.build("Coastguards found the kayaker near the old harbour wall after a fisherman raised the alarm.", "2026-12-09")
    found, raised = _nth(tl, "found"), _nth(tl, "raised")
    assert ("after", raised.eid) in _anchors(found)


def test_a_signal_clause_too_far_from_the_verb_orders_nothing() -> None:
    """Control: past :data:`FAR_SIGNAL_REACH` words ("found the missing kayaker and his small red boat near the old stone
    harbour wall at the north end of the bay after a fisherman raised the alarm") the clause is too far to tell whose
    step it is: no order."""
    tl = timeline.build("Coastguards found the missing kayaker and his small red boat near the old stone harbour wall at the north "
                        "end of the bay after a fisherman raised the alarm.", "2026-12-09")
    found, raised = _nth(tl, "found"), _nth(tl, "raised")
    assert ("after", raised.eid) not in _anchors(found)
