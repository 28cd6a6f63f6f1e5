"""The order and days a timeline gives events (session s37, helper order, bench/stories-s37order): kinds of textual
order that came out unstated or misplaced on our own sentences.  Each kind has a control the fix must keep."""

from __future__ import annotations

import datetime as dt

import timeline


def _nth(tl: timeline.Timeline, word: str, n: int = 0) -> timeline.Event:
    """The ``n``-th mention (in text order) of the event ``word``."""
    return sorted((e for e in tl.events if e.text == word), key=lambda e: e.start)[n]


def _anchors(e: timeline.Event) -> set[tuple[str, str]]:
    """(relation, target eid) of the event's anchors."""
    return {(getattr(a.relation, "value", a.relation), a.target) for a in e.anchors}


def _within(e: timeline.Event, lo: dt.datetime, hi: dt.datetime) -> bool:
    """Whether the likely interval lies inside [lo, hi]."""
    return (e.likely_start is not None and e.likely_end is not None
            and lo <= e.likely_start.replace(tzinfo=None) and e.likely_end.replace(tzinfo=None) <= hi)


def _stated(tl: timeline.Timeline, a: timeline.Event, b: timeline.Event) -> str:
    """The relation ``tl.relations`` states from ``a`` to ``b`` (either way round), or ''."""
    inverse = {"BEFORE": "AFTER", "AFTER": "BEFORE", "INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES"}
    for r in tl.relations:
        if (r.source, r.target) == (a.eid, b.eid):
            return r.relation
        if (r.source, r.target) == (b.eid, a.eid):
            return inverse.get(r.relation, r.relation)
    return ""


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


# --- ", saying ...": a participle report happens with its clause's verb ---------------------------------------------

def test_a_participle_report_happens_with_its_clauses_verb() -> None:
    """ "The candidate disputed the count, saying boxes of ballots had vanished": the saying goes with the disputing, and
    the vanishing (past perfect in what was said) came before the disputing."""
    tl = timeline.build("The candidate disputed the count, saying boxes of ballots had vanished. A court ordered a "
                        "recount on Thursday.", "2026-12-11")
    disputed, saying = _nth(tl, "disputed"), _nth(tl, "saying")
    assert ("simultaneous", disputed.eid) in _anchors(saying)
    assert _stated(tl, _nth(tl, "vanished"), disputed) == "BEFORE"


def test_a_participle_report_after_an_aside_is_not_the_asides() -> None:
    """Control: "Police detained a man who struck a guard, saying he carried a knife": the saying is no act of the
    relative clause's verb."""
    tl = timeline.build("Police detained a man who struck a guard, saying he carried a knife.", "2026-12-11")
    assert ("simultaneous", _nth(tl, "struck").eid) not in _anchors(_nth(tl, "saying"))

