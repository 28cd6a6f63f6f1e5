"""Typed, underspecified meanings: what an expression says before it is anchored in time.

Recognition produces these; :mod:`timeline.resolve` turns them into TIMEX3 values and bounds
given the reference time, the clause's tense and the narrative context.  Nothing here knows
the reference time.
"""

from __future__ import annotations

import enum
from typing import Optional, Union

import attrs

from ..model import Grain, Mod, to_mod

__all__ = [
    "Direction",
    "Anchoring",
    "CalendarSpec",
    "Shift",
    "DurationSpec",
    "SetSpec",
    "VagueSpec",
    "Meaning",
    "Mention",
]


class Direction(str, enum.Enum):
    """How to fill a missing year/week for "Saturday", "March 3", "the weekend"."""

    TENSE = "tense"  # decided by the clause's tense (past → backwards, future → forwards)
    PAST = "past"
    FUTURE = "future"
    CLOSEST = "closest"


class Anchoring(str, enum.Enum):
    """What a relative expression counts from."""

    REFERENCE = "reference"  # deictic: the publication date ("yesterday", "last week")
    NARRATIVE = "narrative"  # anaphoric: the current narrative time ("two days later")


@attrs.frozen
class Shift:
    """A move of ``amount`` units (grain) from an anchor; amount None means unknown ("a few")."""

    grain: Grain
    amount: Optional[float]
    anchoring: Anchoring = Anchoring.REFERENCE


@attrs.frozen
class CalendarSpec:
    """A calendar period, possibly underspecified: any field may be missing.

    ``grain`` is the grain of the period meant ("Saturday" → DAY, "last week" → WEEK).
    Either explicit fields (year, month, ...) or a ``shift`` (or both: "last Friday" is a
    weekday plus a one-week shift backwards) describe it.
    """

    grain: Grain
    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    weekday: Optional[int] = None  # ISO 1..7
    quarter: Optional[int] = None
    half: Optional[int] = None
    season: Optional[str] = None  # SP SU FA WI
    decade: Optional[int] = None  # 199 for the 1990s
    century: Optional[int] = None  # 19 for the 1900s (20th century)
    holiday: Optional[str] = None  # key into the holiday table
    part_of_day: Optional[str] = None  # key into the parts_of_day table
    hour: Optional[int] = None
    minute: Optional[int] = None
    shift: Optional[Shift] = None
    relative_word: Optional[str] = None  # last/this/next for weekday/month/season/weekend
    direction: Direction = Direction.TENSE
    mod: Optional[Mod] = attrs.field(default=None, converter=to_mod)
    partial_year: bool = False  # two-digit year as written ("'98")
    half_day_open: bool = False  # a clock time written without a.m./p.m. ("at 2:30"): the clock time before it may say which half of the day
    nth: Optional[int] = None  # "the first Monday in May": the month's nth day of ``weekday`` (-1: its last)
    named_weekday: Optional[int] = None  # the weekday written with a date without its year ("Tuesday, Nov. 3"): it chooses the year
    same_grain_anchor: bool = False  # "the quarter": anchor on the story's last period of this grain
    inherit_grain: bool = False  # "a year earlier" about a quarter means that quarter a year before
    hedge: Optional[str] = None  # "shortly before", "about" on a clock time: a key into [clock_hedges]
    bc: bool = False  # year, decade or century counted before the common era ("612 BC"); year/decade/century as written
    reported_year: bool = False  # "for the full year": in news, the year of the quarter reported when that is not the current year
    story_period: bool = False  # "by the end of the year": in a past clause after a year the story told, that year (news)
    on_this_day: bool = False  # "on this day in 1996": the reference time's month and day in ``year``
    century_turn: bool = False  # "the turn of the century": the year a century begins with, the one nearest the story's time


@attrs.frozen
class DurationSpec:
    """A length: ``amount`` of ``grain`` units (None = unknown, written X).

    ``span`` says where the duration lies when the words anchor it: "past" ends at the
    anchor ("the past 48 hours"), "next" starts there ("the next two weeks"); "later" and
    "earlier" are offsets ("two days later", "in two weeks") whose bounds are the time they
    point to.
    """

    grain: Grain
    amount: Optional[float]
    mod: Optional[Mod] = attrs.field(default=None, converter=to_mod)
    span: Optional[str] = None  # None | "past" | "next" | "later" | "earlier"
    anchoring: Anchoring = Anchoring.REFERENCE
    hedge: Optional[str] = None  # the word that set ``mod`` ("nearly", "more than"): it fixes the length bounds
    least: Optional[float] = None  # for an unknown amount, the fewest units it can be ("millions of years": 2,000,000)
    on_day: bool = False  # "twenty years to the day after ...": an offset that lands on the very day it counts from (narrative)
    as_date: bool = False  # (s53) "a year later" in news: the year it points to is its value (a DATE), as "a year earlier"'s


@attrs.frozen
class SetSpec:
    """A recurrence: what recurs, with its quant ("every") and freq ("twice").

    Exactly one of: ``weekday`` (1-7, "every Monday"; with ``part_of_day``, "Tuesday nights"), ``month`` (1-12, "each July"), ``season`` or ``part_of_day`` (their
    TIMEX3 codes from the lexicon, "every summer", "every morning"), ``grain`` with ``amount``
    ("every two weeks", "twice a month"), or ``value`` (a whole TIMEX3 value the lexicon gives
    a word, "weekly")."""

    weekday: Optional[int] = None
    season: Optional[str] = None
    part_of_day: Optional[str] = None
    grain: Optional[Grain] = None
    amount: Optional[float] = None
    value: Optional[str] = None
    quant: Optional[str] = None
    month: Optional[int] = None
    freq: Optional[str] = None


@attrs.frozen
class VagueSpec:
    """A vague time around now: PAST_REF / PRESENT_REF / FUTURE_REF, or a length of unknown
    amount next to now ("recent years", PXY).

    The lexicon gives a word its width in days (``days_before``/``days_after``, "recently");
    "several years ago" and "millions of years ago" give a ``grain`` instead, and ``least``
    units for the second: resolution works out the width from the unit's length."""

    value: str
    days_before: Optional[float] = None
    days_after: Optional[float] = None
    grain: Optional[Grain] = None
    least: Optional[float] = None
    unbounded: bool = False  # (s58) "[the day] before the crash": a unit a happening names, no bounds (the value all X)


Meaning = Union[CalendarSpec, DurationSpec, SetSpec, VagueSpec]


@attrs.frozen
class Mention:
    """A recognised span of text with its underspecified meaning and the rule that found it."""

    start: int
    end: int
    text: str
    meaning: Meaning
    rule: str
    latent: bool = False  # furniture or low-confidence: kept, but a timeline may leave it out
