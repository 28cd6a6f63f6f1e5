"""The relations anchoring finds between an event and what constrains it, and their constraints.

One table says what each link relation means on the time axis (``TRANSLATION``); anchoring
only names relations (:class:`LinkRelation`) and how much it believes them
(:class:`Strength`), and the pipeline turns links into facts with :func:`link_facts`.
"""

from __future__ import annotations

import datetime as _dt
import enum
from typing import Callable, Optional

from .constraints import Constraint, Fact, after, before, by, during, end_of, lasting, overlaps, simultaneous, since, start_of, until

__all__ = ["LinkRelation", "Strength", "TRANSLATION", "link_facts"]

_ZERO = _dt.timedelta(0)


class LinkRelation(str, enum.Enum):
    """What a link says of its source event relative to its target (a time, an event, or publication)."""

    DURING = "during"  # inside the target
    STARTS_IN = "starts_in"
    ENDS_IN = "ends_in"
    BY = "by"  # ends no later than the target ends
    BEFORE = "before"  # ends before the target starts (offset_max: at most that long before)
    AFTER = "after"  # starts after the target ends (offset_max: at most that long after)
    NOT_BEFORE = "not_before"  # starts no earlier than the target starts ("between 2019 and ...")
    SINCE = "since"  # starts in the target and lasts to now
    UNTIL = "until"  # ends in the target
    WITHIN = "within"  # starts once the target has begun, ends within offset_max of its start
    LASTS = "lasts"  # its length is in [offset_min, offset_max] (the target is the duration)
    SIMULTANEOUS = "simultaneous"  # the same event
    BEGUN_BY = "begun_by"  # starts when the target (an aspectual verb) happens
    ENDED_BY = "ended_by"
    BEFORE_REF = "before_ref"  # publication time, from tense: ends by it
    AFTER_REF = "after_ref"  # starts no earlier than it
    OVERLAPS_REF = "overlaps_ref"

    __str__ = str.__str__  # (s58) the value, as ``self.value`` gives it, without two Python calls (read tens of thousands of times a build)


class Strength(enum.IntEnum):
    """How much a link is believed, used to pick what to drop when constraints conflict."""

    TENSE = 1  # from tense or aspect only
    DEFAULT = 2  # a time expression in the same clause, relation by default
    SIGNAL = 3  # an explicit signal word ("before", "within", "by")


_Maker = Callable[[str, str, Optional[_dt.timedelta], Optional[_dt.timedelta], str, int], list[Fact]]


def _c(source: object, target: object, lo: Optional[_dt.timedelta], hi: Optional[_dt.timedelta], ev: str, s: int) -> Constraint:
    return Constraint(source, target, lo, hi, ev, s)  # type: ignore[arg-type]


def _before(a: str, b: str, lo: Optional[_dt.timedelta], hi: Optional[_dt.timedelta], ev: str, s: int) -> list[Fact]:
    out = list(before(a, b, evidence=ev, strength=s))
    if hi is not None or (lo is not None and lo > _ZERO):  # a measured gap: "two hours before the vote"
        out.append(_c(end_of(a), start_of(b), max(lo or _ZERO, _ZERO), hi, ev, s))
    return out


def _after(a: str, b: str, lo: Optional[_dt.timedelta], hi: Optional[_dt.timedelta], ev: str, s: int) -> list[Fact]:
    out = list(after(a, b, evidence=ev, strength=s))
    if hi is not None or (lo is not None and lo > _ZERO):  # a measured gap: "eight minutes after the alarm"
        out.append(_c(end_of(b), start_of(a), max(lo or _ZERO, _ZERO), hi, ev, s))
    return out


def _within(a: str, b: str, lo: Optional[_dt.timedelta], hi: Optional[_dt.timedelta], ev: str, s: int) -> list[Fact]:
    # "killed ... within 30 hours of the raid": starts once it has begun, ends by then + 30 h
    out: list[Fact] = [_c(start_of(b), start_of(a), _ZERO, None, ev, s)]
    if hi is not None:
        out.append(_c(start_of(b), end_of(a), None, hi, ev, s))
    return out


def _lasts(a: str, b: str, lo: Optional[_dt.timedelta], hi: Optional[_dt.timedelta], ev: str, s: int) -> list[Fact]:
    return list(lasting(a, lo, hi, evidence=ev, strength=s)) if lo is not None or hi is not None else []


TRANSLATION: dict[LinkRelation, _Maker] = {
    LinkRelation.DURING: lambda a, b, lo, hi, ev, s: list(during(a, b, evidence=ev, strength=s)),
    LinkRelation.STARTS_IN: lambda a, b, lo, hi, ev, s: [_c(start_of(b), start_of(a), _ZERO, None, ev, s), _c(start_of(a), end_of(b), _ZERO, None, ev, s)],
    LinkRelation.ENDS_IN: lambda a, b, lo, hi, ev, s: [_c(start_of(b), end_of(a), _ZERO, None, ev, s), _c(end_of(a), end_of(b), _ZERO, None, ev, s)],
    LinkRelation.BY: lambda a, b, lo, hi, ev, s: list(by(a, b, evidence=ev, strength=s)),
    LinkRelation.BEFORE_REF: lambda a, b, lo, hi, ev, s: list(by(a, b, evidence=ev, strength=s)),
    LinkRelation.BEFORE: _before,
    LinkRelation.AFTER: _after,
    LinkRelation.AFTER_REF: lambda a, b, lo, hi, ev, s: [_c(start_of(b), start_of(a), _ZERO, None, ev, s)],
    LinkRelation.OVERLAPS_REF: lambda a, b, lo, hi, ev, s: list(overlaps(a, b, evidence=ev, strength=s)),
    LinkRelation.NOT_BEFORE: lambda a, b, lo, hi, ev, s: [_c(start_of(b), start_of(a), _ZERO, None, ev, s)],
    LinkRelation.SINCE: lambda a, b, lo, hi, ev, s: list(since(a, b, evidence=ev, strength=s)),
    LinkRelation.UNTIL: lambda a, b, lo, hi, ev, s: list(until(a, b, evidence=ev, strength=s)),
    LinkRelation.WITHIN: _within,
    LinkRelation.LASTS: _lasts,
    LinkRelation.SIMULTANEOUS: lambda a, b, lo, hi, ev, s: list(simultaneous(a, b, evidence=ev, strength=s)),
    LinkRelation.BEGUN_BY: lambda a, b, lo, hi, ev, s: [_c(start_of(b), start_of(a), _ZERO, _ZERO, ev, s)],
    LinkRelation.ENDED_BY: lambda a, b, lo, hi, ev, s: [_c(end_of(b), end_of(a), _ZERO, _ZERO, ev, s)],
}


def link_facts(relation: LinkRelation, source: str, target: str, offset_min: Optional[_dt.timedelta], offset_max: Optional[_dt.timedelta],
               evidence: str, strength: int) -> list[Fact]:
    """The constraints one link stands for (see :data:`TRANSLATION`)."""
    # a member finds its maker directly (LinkRelation() of one is itself, at the cost of a call
    # into enum's Python code); anything else goes through LinkRelation(), which names what is wrong
    maker = TRANSLATION[relation] if relation.__class__ is LinkRelation else TRANSLATION[LinkRelation(relation)]
    return maker(source, target, offset_min, offset_max, evidence, int(strength))
