"""Hypothesis strategies for property-testing code that uses ``timeline``.

Import this only from tests: it needs the ``hypothesis`` package (``pip install timeline[test]``).
The strategies draw reference times across calendar edge cases (month ends, leap days,
ISO week 53, year boundaries) and news-like sentences built from the phrases the tagger
supports, so downstream pipelines can check their own invariants against ours.
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
