"""Hypothesis strategies for property-testing code that uses ``timeline``.

Import this only from tests: it needs the ``hypothesis`` package (``pip install timeline[test]``).
The strategies draw reference times across calendar edge cases (month ends, leap days,
ISO week 53, year boundaries) and news-like sentences built from the phrases the tagger
supports, so downstream pipelines can check their own invariants against ours.
``any_reference_times`` and ``extreme_texts`` look at the calendar's edges instead:
reference times from 0001-01-02 to 9999-12-30 and amounts from zero to 10^30 with every
unit and direction word ("13.8 billion years ago", "in 999999999 years").
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from .order.strategies import ORIGIN, bounds, box, boxed_networks, constraints, facts, networks, points  # noqa: F401  (engine strategies)

__all__ = [
    "ORIGIN",
    "points",
    "constraints",
    "bounds",
    "facts",
    "networks",
    "boxed_networks",
    "box",
    "reference_times",
    "deictic_phrases",
    "absolute_phrases",
    "time_phrases",
    "news_sentences",
    "documents",
    "EDGE_DATES",
    "CALENDAR_EDGE_REFERENCES",
    "QUANTITY_WORDS",
    "UNIT_WORDS",
    "DIRECTION_TEMPLATES",
    "any_reference_times",
    "extreme_quantities",
    "extreme_phrases",
    "extreme_texts",
]

EDGE_DATES = (
    dt.date(2024, 2, 29),  # leap day
    dt.date(2026, 12, 31),  # ISO week 53 of 2026
    dt.date(2027, 1, 1),
    dt.date(2026, 1, 31),  # month end
    dt.date(2020, 12, 28),  # ISO week 53 of 2020
    dt.date(2025, 3, 30),
)


def reference_times(min_year: int = 1990, max_year: int = 2040) -> st.SearchStrategy[dt.datetime]:
    """Publication dates (midnight), with calendar edge cases drawn often."""
    plain = st.dates(dt.date(min_year, 1, 1), dt.date(max_year, 12, 31))
    edges = st.sampled_from([d for d in EDGE_DATES if min_year <= d.year <= max_year] or [dt.date(min_year, 1, 1)])
    return st.one_of(edges, plain).map(lambda d: dt.datetime(d.year, d.month, d.day))


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
_NUMBERS = ("two", "three", "four", "five", "six", "ten", "12", "18", "40", "48")
_UNITS = ("days", "weeks", "hours", "months", "years")


def deictic_phrases() -> st.SearchStrategy[str]:
    """Expressions resolved against the publication date at day or week grain."""
    return st.one_of(
        st.sampled_from(["yesterday", "today", "tomorrow", "last week", "this week", "next week", "last weekend", "tonight", "this morning", "last night"]),
        st.sampled_from(_WEEKDAYS),
        st.sampled_from(_WEEKDAYS).map(lambda d: f"{d} afternoon"),
        st.tuples(st.sampled_from(("last", "next")), st.sampled_from(_WEEKDAYS)).map(" ".join),
        st.tuples(st.sampled_from(_NUMBERS[:6]), st.sampled_from(("days", "weeks"))).map(lambda t: f"{t[0]} {t[1]} ago"),
    )


def absolute_phrases() -> st.SearchStrategy[str]:
    """Expressions that need no reference time: full dates, years, decades."""
    return st.one_of(
        st.tuples(st.sampled_from(_MONTHS), st.integers(1, 28), st.integers(1950, 2049)).map(lambda t: f"{t[0]} {t[1]}, {t[2]}"),
        st.integers(1950, 2049).map(str),
        st.tuples(st.sampled_from(_MONTHS), st.integers(1950, 2049)).map(lambda t: f"{t[0]} {t[1]}"),
        st.sampled_from(["the 1990s", "the 1980s", "the 19th century"]),
    )


def time_phrases() -> st.SearchStrategy[str]:
    """Any supported expression: deictic, absolute, durations, sets, vague references."""
    return st.one_of(
        deictic_phrases(),
        absolute_phrases(),
        st.tuples(st.sampled_from(("", "nearly ", "more than ", "about ")), st.sampled_from(_NUMBERS), st.sampled_from(_UNITS)).map(lambda t: f"{t[0]}{t[1]} {t[2]}"),
        st.sampled_from(["every Monday", "twice a year", "weekly", "recently", "now", "the coming months", "in recent years", "the past 48 hours", "the early hours of Saturday morning", "two days later", "the following morning", "by the end of 2027", "over the weekend", "late March", "early February"]),
    )


_SUBJECTS = ("Officials", "The council", "Rescue teams", "The minister", "Residents", "Police")
_PAST = ("met", "said it happened", "announced the plan", "left the city", "returned")
_FUTURE = ("will meet", "will vote", "is due to report", "will return", "plans to travel")


def news_sentences() -> st.SearchStrategy[str]:
    """One sentence in past or future tense carrying one expression."""
    verb = st.one_of(st.sampled_from(_PAST), st.sampled_from(_FUTURE))
    return st.tuples(st.sampled_from(_SUBJECTS), verb, st.sampled_from(("on", "in", "for", "")), time_phrases()).map(
        lambda t: " ".join(w for w in (t[0], t[1], t[2], t[3]) if w) + "."
    )


def documents(max_sentences: int = 6) -> st.SearchStrategy[str]:
    """Short news-like documents of several such sentences."""
    return st.lists(news_sentences(), min_size=1, max_size=max_sentences).map(" ".join)


# --------------------------------------------------------------------------- calendar edges

CALENDAR_EDGE_REFERENCES = (
    dt.datetime(1, 1, 2),
    dt.datetime(1, 1, 2, 23, 59),
    dt.datetime(1, 12, 31),
    dt.datetime(9999, 12, 30),
    dt.datetime(9999, 12, 30, 23, 59, 59),
    dt.datetime(9999, 1, 1),
    dt.datetime(9998, 12, 28),  # a Monday: "next week" is the last full ISO week
)
"""Reference times at the ends of the accepted range (0001-01-02 to 9999-12-30)."""

QUANTITY_WORDS = (
    "0", "1", "2", "12", "999", "1,000", "10,000,000", "999999999", "1000000000000", "13.8", "0.5", "2.5",
    "a", "an", "one", "zero", "a dozen", "a hundred", "a thousand", "a million", "a billion", "a trillion",
    "13.8 billion", "4.5 billion", "65 million", "two million", "ten thousand", "hundreds of", "thousands of",
    "tens of thousands of", "millions of", "hundreds of millions of", "billions of", "several", "a few", "many",
    "-5", "-1", "first", "third", "21st", "100th", "1e30", "10^30",
) + tuple("1" + "0" * k for k in range(2, 31, 3))
"""Numbers of every magnitude as a writer spells them, from zero to 10^30, vague and malformed."""

UNIT_WORDS = (
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "weekend", "weekends",
    "week", "weeks", "fortnight", "fortnights", "month", "months", "quarter", "quarters", "year", "years", "yrs",
    "decade", "decades", "century", "centuries", "millennium", "millennia",
)
"""Every unit the lexicon knows, singular and plural."""

DIRECTION_TEMPLATES = (
    "{q} {u} ago", "{q} {u} later", "{q} {u} earlier", "in {q} {u}", "within {q} {u}", "for {q} {u}",
    "after {q} {u}", "{q} {u} after that", "{q} {u} from now", "the past {q} {u}", "the next {q} {u}",
    "more than {q} {u} later", "nearly {q} {u} ago", "about {q} {u} earlier", "over {q} {u}", "{q}-{u}",
    "every {q} {u}", "{q} {u} before the vote", "within {q} {u} of the raid",
)
"""Direction and span words around an amount and a unit."""

_FRAMES = (
    "It happened {p}.", "It will happen {p}.", "The universe formed {p}.", "Officials met {p}.",
    "Police arrived {p}, and left on Monday.", "{P}, the talks ended.", "The strike lasted {p}.", "{P}",
)


def any_reference_times() -> st.SearchStrategy[object]:
    """Reference times across the whole accepted range, ends drawn often: str, date or naive datetime."""
    lo, hi = dt.datetime(1, 1, 2), dt.datetime(9999, 12, 30, 23, 59, 59)
    instant = st.one_of(st.sampled_from(CALENDAR_EDGE_REFERENCES), st.datetimes(lo, hi))
    return st.one_of(
        instant,
        instant.map(lambda t: t.date()),
        instant.map(lambda t: t.isoformat(timespec="minutes") if t.time() != dt.time(0) else t.date().isoformat()),
    )


def extreme_quantities() -> st.SearchStrategy[str]:
    """Amounts of every magnitude: written forms, and integers and decimals up to 10^30."""
    return st.one_of(
        st.sampled_from(QUANTITY_WORDS),
        st.integers(0, 10**30).map(str),
        st.integers(0, 10**30).map(lambda n: f"{n:,}"),
        st.decimals(0, 10**12, places=2, allow_nan=False, allow_infinity=False).map(str),
    )


def extreme_phrases() -> st.SearchStrategy[str]:
    """An amount and a unit inside a direction or span phrase ("in 10^30 years", "13.8 billion years ago")."""
    return st.tuples(st.sampled_from(DIRECTION_TEMPLATES), extreme_quantities(), st.sampled_from(UNIT_WORDS)).map(
        lambda t: t[0].format(q=t[1], u=t[2])
    )


def extreme_texts() -> st.SearchStrategy[str]:
    """Sentences carrying extreme phrases, mixed with ordinary time phrases and arbitrary text."""
    phrase = st.one_of(extreme_phrases(), extreme_phrases(), time_phrases())
    sentence = st.tuples(st.sampled_from(_FRAMES), phrase).map(lambda t: t[0].format(p=t[1], P=t[1][:1].upper() + t[1][1:]))
    return st.one_of(st.lists(sentence, min_size=1, max_size=4).map(" ".join), st.text(max_size=80), sentence.flatmap(lambda s: st.text(max_size=20).map(lambda x: s + x)))
