"""The order and days a timeline gives events (session s37, helper order, bench/stories-s37order): kinds of textual
order that came out unstated or misplaced on our own sentences.  Each kind has a control the fix must keep."""

from __future__ import annotations

import datetime as dt

import timeline
from _timelines import nth_event as _nth
from _timelines import relation_between as _stated
from _timelines import anchors_of as _anchors


def _within(e: timeline.Event, lo: dt.datetime, hi: dt.datetime) -> bool:
    """Whether the likely interval lies inside [lo, hi]."""
    return (e.likely_start is not None and e.likely_end is not None
            and lo <= e.likely_start.replace(tzinfo=None) and e.likely_end.replace(tzinfo=None) <= hi)


_YEAR_BEFORE = (dt.datetime(2025, 1, 1), dt.datetime(2026, 1, 1))
_RACE = "The cycle race last year ended in chaos. Several riders fainted and the stewards halted the race."


# --- "halted the race": halting an event ends it ------------------------------------------------------------------

def test_halting_an_event_ends_it_so_the_halting_lies_in_its_time() -> None:
    """ "The cycle race last year ended in chaos. ... the stewards halted the race" (told in December 2026): the halting
    ended the race of last year, so it happened last year, not on the publication day."""
    tl = timeline.build(_RACE, "2026-12-10")
    halted, race = _nth(tl, "halted"), _nth(tl, "race", 1)
    assert ("ended_by", halted.eid) in _anchors(race)
    assert _within(halted, *_YEAR_BEFORE)


def test_a_halting_verb_ends_its_object_event_not_its_subject() -> None:
    """Control: "The strike halted production at the plant on Monday": production ends, the strike goes on."""
    tl = timeline.build("The strike halted production at the plant on Monday.", "2026-12-10")
    halted = _nth(tl, "halted")
    assert ("ended_by", halted.eid) in _anchors(_nth(tl, "production"))
    assert ("ended_by", halted.eid) not in _anchors(_nth(tl, "strike"))


# --- a happening that must start in a month or a year most likely ends in it ---------------------------------------

def test_a_happening_that_must_start_in_last_year_most_likely_ends_in_it() -> None:
    """ "Several riders fainted and the stewards halted the race" of last year: the fainting, told right before the
    halting, lies in last year too (not anywhere from then to the publication day)."""
    tl = timeline.build(_RACE, "2026-12-10")
    assert _within(_nth(tl, "fainted"), *_YEAR_BEFORE)


def test_a_happening_with_no_year_to_start_in_keeps_the_publication_day() -> None:
    """Control: "Several riders fainted and the stewards halted the race" with no earlier time: the publication day."""
    tl = timeline.build("Several riders fainted and the stewards halted the race.", "2026-12-10")
    assert _within(_nth(tl, "fainted"), dt.datetime(2026, 12, 10), dt.datetime(2026, 12, 11))


# --- ", saying ...": a participle report happens with its clause's verb ---------------------------------------------

def test_a_participle_report_happens_with_its_clauses_verb() -> None:
    """ "The candidate disputed the count, saying boxes of ballots had vanished": the saying is part of the disputing, and
    the vanishing (past perfect in what was said) came before the disputing."""
    tl = timeline.build("The candidate disputed the count, saying boxes of ballots had vanished. A court ordered a "
                        "recount on Thursday.", "2026-12-11")
    disputed, saying = _nth(tl, "disputed"), _nth(tl, "saying")
    assert ("during", disputed.eid) in _anchors(saying)
    assert _stated(tl, _nth(tl, "vanished"), disputed) == "BEFORE"


def test_a_participle_report_after_an_aside_is_not_the_asides() -> None:
    """Control: "Police detained a man who struck a guard, saying he carried a knife": the saying is no act of the
    relative clause's verb."""
    tl = timeline.build("Police detained a man who struck a guard, saying he carried a knife.", "2026-12-11")
    assert ("during", _nth(tl, "struck").eid) not in _anchors(_nth(tl, "saying"))


# --- a dated occasion named again with a time of its own, or as what is still to come, is another one ---------------

def test_an_occasion_named_again_with_its_own_time_is_another_one() -> None:
    """ "The referendum in March was close. The referendum next spring will decide the question": two referendums; the
    second is not tied to March (its own time, next spring, places it)."""
    tl = timeline.build("The referendum in March was close. The referendum next spring will decide the question.", "2026-12-10")
    first, second = _nth(tl, "referendum"), _nth(tl, "referendum", 1)
    assert ("simultaneous", first.eid) not in _anchors(second)
    assert _within(second, dt.datetime(2027, 3, 1), dt.datetime(2027, 6, 1))


def test_an_occasion_named_again_as_the_subject_of_what_is_to_come_is_the_next_one() -> None:
    """ "The cycle race last year ended in chaos. ... said on Monday that the race will start an hour earlier on Sunday":
    the race to come is this year's, not last year's (no certain bound in last year for its start)."""
    tl = timeline.build("The cycle race last year ended in chaos. Organisers said on Monday that the race will start an "
                        "hour earlier on Sunday.", "2026-12-10")
    start = _nth(tl, "start")
    assert start.earliest_start is not None and start.earliest_start.replace(tzinfo=None) >= dt.datetime(2026, 12, 10)
    assert ("simultaneous", _nth(tl, "race").eid) not in _anchors(_nth(tl, "race", 1))


def test_an_occasion_named_again_with_no_time_of_its_own_is_the_same_one() -> None:
    """Control: "The referendum in March was close. Turnout at the referendum was low": the same referendum."""
    tl = timeline.build("The referendum in March was close. Turnout at the referendum was low.", "2026-12-10")
    assert ("simultaneous", _nth(tl, "referendum").eid) in _anchors(_nth(tl, "referendum", 1))


# --- "the raid, in which a cashier was threatened": the clause happened during the noun's event ----------------------

def test_a_clause_opened_by_in_which_after_an_event_noun_happens_during_it() -> None:
    """ "The hearing, during which the witness collapsed, was adjourned": the collapse happened during the hearing."""
    tl = timeline.build("The hearing, during which the witness collapsed, was adjourned on Friday.", "2026-12-10")
    assert ("during", _nth(tl, "hearing").eid) in _anchors(_nth(tl, "collapsed"))
    tl = timeline.build("Officers described the robbery, in which a cashier was threatened with a knife.", "2026-12-10")
    assert ("during", _nth(tl, "robbery").eid) in _anchors(_nth(tl, "threatened"))


def test_a_plain_relative_clause_after_an_event_noun_is_not_inside_it() -> None:
    """Control: "Officers described the robbery, which had been planned for weeks": the planning came before it."""
    tl = timeline.build("Officers described the robbery, which had been planned for weeks.", "2026-12-10")
    assert ("during", _nth(tl, "robbery").eid) not in _anchors(_nth(tl, "planned"))


def test_an_occasion_still_to_come_named_again_as_what_is_to_come_is_the_same_one() -> None:
    """Control: "The summit next March was announced on Monday. The summit will take place at the old palace": the summit
    to come, named again as what is to come, is the same one."""
    tl = timeline.build("The summit next March was announced on Monday. The summit will take place at the old palace.", "2026-12-10")
    assert ("simultaneous", _nth(tl, "summit").eid) in _anchors(_nth(tl, "summit", 1))
