"""The order and days a timeline gives events (session s35, helper order, bench/stories-s35order): kinds of textual
order that came out reversed or misplaced on our own sentences.  Each kind has a control the fix must keep."""

from __future__ import annotations

import datetime as dt

import timeline
from _timelines import nth_event as _nth


def _day(e: timeline.Event) -> "dt.date | None":
    """The calendar day the likely interval lies in, None when it spans more than one."""
    if e.likely_start is None or e.likely_end is None:
        return None
    start, end = e.likely_start.replace(tzinfo=None), e.likely_end.replace(tzinfo=None)
    last = end - dt.timedelta(minutes=1) if end.time() == dt.time() else end
    return start.date() if start.date() == last.date() else None


# --- a simple past in a "before" clause of a past perfect looks back with it ----------------------------------------

def test_a_simple_past_after_before_in_a_reported_perfect_looks_back_with_it() -> None:
    """ "A van struck a wall in Hull on Saturday night. Police said the driver had been drinking for hours before he lost
    control" (told on Monday): the losing of control is the crash of Saturday night, told from the drinking's time; not
    the publication day's news, as the reports about it are."""
    tl = timeline.build("A van struck a wall in Hull on Saturday night. Police said the driver had been drinking for hours "
                        "before he lost control.", "2026-12-07")
    lost = _nth(tl, "lost")
    assert lost.likely_end is not None and lost.likely_end.replace(tzinfo=None) <= dt.datetime(2026, 12, 6)


def test_a_dated_simple_past_after_before_keeps_its_own_time() -> None:
    """Control: "The ferry had been laid up for weeks before it sailed again on Monday": the sailing keeps its Monday."""
    tl = timeline.build("A ferry returned to service this week. It had been laid up for weeks before it sailed again on "
                        "Monday.", "2026-12-10")
    assert _day(_nth(tl, "sailed")) == dt.date(2026, 12, 7)


# --- the same teller goes on after a dated statement ----------------------------------------------------------------

def test_a_teller_goes_on_with_the_dated_statement() -> None:
    """ "The airline's chief executive said on Tuesday that fares would rise. She denied that the company had misled
    passengers" (told on Thursday): the denial is part of Tuesday's statement, not the publication day's speech."""
    tl = timeline.build("The airline's chief executive said on Tuesday that fares would rise. She denied that the company "
                        "had misled passengers.", "2026-12-10")
    assert _day(_nth(tl, "denied")) == dt.date(2026, 12, 8)
    tl = timeline.build("The airline's chief executive said on Tuesday that fares would rise. Maria Lopez denied that the "
                        "company had misled passengers.", "2026-12-10")
    assert _day(_nth(tl, "denied")) == dt.date(2026, 12, 8)


def test_another_group_of_tellers_is_no_same_teller() -> None:
    """Control: "... said on Tuesday that fares would rise. Regulators denied that ...": a group named by one word is
    another teller; its denial stays reported speech of the publication day."""
    tl = timeline.build("The airline's chief executive said on Tuesday that fares would rise. Regulators denied that the "
                        "company had misled passengers.", "2026-12-10")
    assert _day(_nth(tl, "denied")) != dt.date(2026, 12, 8)


def test_a_teller_after_a_later_dated_report_is_not_carried_back() -> None:
    """Control: "The minister said on Tuesday that exports had grown. She announced on Monday a fund for farmers. She
    told reporters ...": the Monday report is an aside on an earlier day, no lead; the telling is not put on Monday."""
    tl = timeline.build("The minister said on Tuesday that exports had grown. She announced on Monday a fund for farmers. "
                        "She told reporters that prices would fall.", "2026-12-10")
    assert _day(_nth(tl, "told")) != dt.date(2026, 12, 7)


# --- the act an admission or a denial names came before it ----------------------------------------------------------

def _certain(tl: timeline.Timeline, a: timeline.Event, b: timeline.Event) -> "str | None":
    """The certain start relation ``tl.relations`` states of ``a`` to ``b`` (either way round), None when none."""
    inverse = {"BEFORE": "AFTER", "AFTER": "BEFORE"}
    for r in tl.relations:
        if r.certain and (r.source, r.target) == (a.eid, b.eid):
            return r.relation
        if r.certain and (r.source, r.target) == (b.eid, a.eid):
            return inverse.get(r.relation, r.relation)
    return None


def test_an_admitted_act_came_before_the_admission() -> None:
    """ "A bookkeeper admitted stealing from a charity", "denied forging the cheques", "confessed to lighting the fire":
    what the gerund names, if it was done, was done before it was owned up to or denied."""
    tl = timeline.build("A bookkeeper admitted stealing from a charity on Monday. Her husband denied forging the cheques. "
                        "A neighbour confessed to lighting the fire.", "2026-12-10")
    assert _certain(tl, _nth(tl, "stealing"), _nth(tl, "admitted")) == "BEFORE"
    assert _certain(tl, _nth(tl, "forging"), _nth(tl, "denied")) == "BEFORE"


def test_a_gerund_further_on_is_no_admitted_act() -> None:
    """Control: "The firm admitted on Monday that staff were leaving": the leaving is the admission's news, no act owned
    up to; nothing orders it before the admitting."""
    tl = timeline.build("The firm admitted on Monday that staff were leaving.", "2026-12-10")
    assert _certain(tl, _nth(tl, "leaving"), _nth(tl, "admitted")) != "BEFORE"


# --- an aspectual verb ends its subject, not a relative clause's object before it ------------------------------------

def _ends(tl: timeline.Timeline, noun: timeline.Event) -> "list[str]":
    """The events ``noun`` is ended by, as its anchors say."""
    return [a.target for a in noun.anchors if str(a.relation).lower().endswith("ended_by")]


def test_the_object_of_a_relative_clause_is_not_what_ended() -> None:
    """ "By noon the rain that had delayed the race had cleared": what cleared is the rain, not the race (the race's
    delay is the relative clause's, over with the rain)."""
    tl = timeline.build("By noon on Saturday the rain that had delayed the race had cleared.", "2026-12-07")
    cleared = _nth(tl, "cleared")
    assert cleared.eid not in _ends(tl, _nth(tl, "race"))
    assert cleared.eid in _ends(tl, _nth(tl, "rain"))


def test_a_subject_noun_still_ends_with_its_verb() -> None:
    """Control: "The strike at the port had ended by Saturday": the strike is the subject; it ended then."""
    tl = timeline.build("The strike at the port had ended by Saturday.", "2026-12-07")
    assert _nth(tl, "ended").eid in _ends(tl, _nth(tl, "strike"))
