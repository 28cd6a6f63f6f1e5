"""Lookups the placement and value tests share: an event by its word, an order stated, a likely day, a time's value and bounds;
and verb mentions built by hand for the tests of single placement rules."""

from __future__ import annotations

import datetime as dt

import timeline


def event(tl: timeline.Timeline, word: str) -> timeline.Event:
    """The first event of ``tl`` whose text is ``word``."""
    return next(e for e in tl.events if e.text == word)


def only_event(tl: timeline.Timeline, word: str) -> timeline.Event:
    """The one event of ``tl`` whose text is ``word`` (a second one would make the test ambiguous)."""
    found = [e for e in tl.events if e.text == word]
    assert len(found) == 1, [e.text for e in tl.events]
    return found[0]


def at(text: str) -> dt.datetime:
    """An ISO date or date-time, as the timeline's naive datetimes."""
    return dt.datetime.fromisoformat(text)


def stated_before(tl: timeline.Timeline, a: str, b: str) -> bool:
    """Whether ``tl.relations`` states the event ``a`` before the event ``b`` (either way round)."""
    ea, eb = event(tl, a).eid, event(tl, b).eid
    return any((r.source, r.relation, r.target) in ((ea, "BEFORE", eb), (eb, "AFTER", ea)) for r in tl.relations)


def likely_within_day(e: timeline.Event, day: dt.date) -> bool:
    """Whether the likely interval of ``e`` lies inside the calendar day ``day``."""
    begin = dt.datetime.combine(day, dt.time())
    return (e.likely_start is not None and e.likely_end is not None
            and begin <= e.likely_start.replace(tzinfo=None) and e.likely_end.replace(tzinfo=None) <= begin + dt.timedelta(days=1))


def likely_within(e: timeline.Event, start: dt.datetime, end: dt.datetime) -> bool:
    """Whether the likely interval of ``e`` lies inside [start, end]."""
    return e.likely_start is not None and e.likely_end is not None and start <= e.likely_start and e.likely_end <= end


def timex_value(tl: timeline.Timeline, text: str) -> str:
    """The value of the first time expression of ``tl`` whose text is ``text``."""
    return next(t.value for t in tl.timexes if t.text == text)


def value_and_bounds(text: str, expression: str, dct: str, mode: str = "news") -> tuple[str, str, str]:
    """(value, earliest, latest) of the time ``expression`` of ``text``, instants to the minute ("none" when unbounded)."""
    from timeline.tagger import tag

    t = {t.text: t for t in tag(text, dct, mode=mode).timexes}[expression]
    return (t.value,
            t.earliest.isoformat(timespec="minutes") if t.earliest else "none",
            t.latest.isoformat(timespec="minutes") if t.latest else "none")


def value(text: str, expression: str, dct: str) -> str:
    """The TIMEX3 value of ``expression`` in ``text`` published on ``dct`` (news mode)."""
    return value_and_bounds(text, expression, dct)[0]


def built_event(text: str, word: str, reference: str) -> timeline.Event:
    """The first event ``word`` of ``text`` built against ``reference``, with a clear failure when it is not detected."""
    tl = timeline.build(text, reference_time=reference)
    found = [e for e in tl.events if e.text == word]
    assert found, f"{word!r} not detected in {text!r}: {[e.text for e in tl.events]}"
    return found[0]


def timex_named(text: str, expression: str, dct: str, nth: int = 0):  # type: ignore[no-untyped-def]
    """The ``nth`` time expression of ``text`` written ``expression`` (news mode), with a clear failure when untagged."""
    from timeline.tagger import tag

    found = [t for t in tag(text, dct, mode="news").timexes if t.text == expression]
    assert len(found) > nth, f"{expression!r} not tagged in {text!r}: {[t.text for t in tag(text, dct).timexes]}"
    return found[nth]


def check_timex(text: str, expression: str, dct: str, value: str, earliest: str, latest: str, grain: object, nth: int = 0) -> None:
    """Assert the value, the bounds (to the minute, "none" when unbounded) and the grain of one time expression."""
    t = timex_named(text, expression, dct, nth)
    got = (t.value, t.earliest.isoformat(timespec="minutes") if t.earliest else "none",
           t.latest.isoformat(timespec="minutes") if t.latest else "none", t.grain)
    assert got == (value, earliest, latest, grain)


def check_day(text: str, expression: str, dct: str, day: str, nth: int = 0) -> None:
    """Assert that one time expression is the whole day ``day``: its value and its midnight-to-midnight bounds."""
    from timeline.model import Grain

    nxt = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
    check_timex(text, expression, dct, day, day + "T00:00", nxt + "T00:00", Grain.DAY, nth)


_INVERSE = {"BEFORE": "AFTER", "AFTER": "BEFORE", "INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES", "SIMULTANEOUS": "SIMULTANEOUS"}


def certain_relation(tl: timeline.Timeline, a: str, b: str) -> "str | None":
    """The certain relation ``tl.relations`` states of the event with text ``a`` to the one with text ``b`` (either way round)."""
    x, y = event(tl, a).eid, event(tl, b).eid
    for r in tl.relations:
        if r.certain and (r.source, r.target) == (x, y):
            return r.relation
        if r.certain and (r.source, r.target) == (y, x):
            return _INVERSE[r.relation]
    return None


def story_values(text: str, mode: str = "narrative") -> dict[str, str]:
    """Expression text -> TIMEX3 value of ``text`` tagged on 1 Dec 2026 (a history: narrative mode by default)."""
    from timeline.tagger import tag

    return {t.text: t.value for t in tag(text, "2026-12-01", mode=mode).timexes}


def check_story_values(text: str, expected: dict[str, str]) -> None:
    """Assert that each expression of ``expected`` has its value in ``text`` (:func:`story_values`, narrative mode)."""
    values = story_values(text)
    assert {k: values.get(k) for k in expected} == expected


def nth_event(tl: timeline.Timeline, word: str, n: int = 0) -> timeline.Event:
    """The ``n``-th mention (in text order) of the event ``word``."""
    return sorted((e for e in tl.events if e.text == word), key=lambda e: e.start)[n]


def anchors_of(e: timeline.Event) -> set[tuple[str, str]]:
    """(relation, target eid) of the event's anchors."""
    return {(getattr(a.relation, "value", a.relation), a.target) for a in e.anchors}


def relation_between(tl: timeline.Timeline, a: timeline.Event, b: timeline.Event) -> str:
    """The relation ``tl.relations`` states from ``a`` to ``b`` (either way round, inverted when stated from ``b``), or ''."""
    for r in tl.relations:
        if (r.source, r.target) == (a.eid, b.eid):
            return r.relation
        if (r.source, r.target) == (b.eid, a.eid):
            return _INVERSE.get(r.relation, r.relation)
    return ""


def recognized(text: str) -> "list[tuple[int, int, str, object]]":
    """The recognizer's mentions of ``text`` as (start, end, rule, meaning)."""
    from timeline.recognize import recognize

    return [(m.start, m.end, m.rule, m.meaning) for m in recognize(text)]


def recognized_without_lookahead(text: str) -> "list[tuple[int, int, str, object]]":
    """:func:`recognized` when every start word is tried against all its rules (the lookahead tries switched off)."""
    from timeline.recognize.grammar import Grammar, compile_grammar

    grammars = [compile_grammar("en", gated) for gated in (False, True)]
    saved = Grammar.lookahead
    try:
        Grammar.lookahead = lambda self, token: None  # type: ignore[method-assign]
        for g in grammars:
            g._memo.pop("word_matchers", None)
        return recognized(text)
    finally:
        Grammar.lookahead = saved  # type: ignore[method-assign]
        for g in grammars:
            g._memo.pop("word_matchers", None)


def verb_mentions(text: str, verbs: "dict[str, tuple[str, ...]]") -> "tuple[list, dict[str, int]]":
    """Verb mentions for the words of ``verbs`` (word -> (class, tense[, aspect[, polarity]]), aspect "NONE" when not
    given) in ``text``, the first of each, and each one's sentence; sentences end at ". " (input built for the tests, no
    tagger)."""
    import re

    from timeline.events.detect import EventMention

    bounds, start = [], 0
    for m in re.finditer(r"\. ", text):
        bounds.append((start, m.start() + 1))
        start = m.end()
    bounds.append((start, len(text)))
    mentions, sentence_of = [], {}
    for k, (word, (cls, tense, *rest)) in enumerate(verbs.items()):
        at = re.search(rf"\b{word}\b", text)
        assert at is not None, word
        n = next(i for i, (a, b) in enumerate(bounds) if a <= at.start() < b)
        eid = f"e{k + 1}"
        aspect, *polarity = rest or ["NONE"]
        mentions.append(EventMention(eid, word, at.start(), at.end(), bounds[n][0], bounds[n][1], cls, "VERB", tense, aspect,
                                     *polarity))
        sentence_of[eid] = n
    mentions.sort(key=lambda m: m.start)
    return mentions, sentence_of


def found_with_mods(text: str, dct: str) -> list[tuple[str, str, "str | None"]]:
    """(extent, value, mod) of every time expression of ``text`` published on ``dct``, in text order."""
    return [(t.text, t.value, t.mod.value if t.mod else None) for t in timeline.tag(text, reference_time=dct).timexes]


def value_and_instants(text: str, dct: str, expression: str) -> tuple[str, "dt.datetime | None", "dt.datetime | None"]:
    """(value, earliest, latest) of the one time ``expression`` of ``text``, bounds as datetimes."""
    found = [t for t in timeline.tag(text, reference_time=dct).timexes if t.text == expression]
    assert len(found) == 1, found
    return found[0].value, found[0].earliest, found[0].latest


def numbered_event(tl: timeline.Timeline, word: str, nth: int = 0) -> timeline.Event:
    """The ``nth`` mention (in text order) of the event ``word``, with the events found when there is none."""
    found = [e for e in sorted(tl.events, key=lambda e: e.start) if e.text == word]
    assert len(found) > nth, f"no event {word!r} (#{nth}) in {[e.text for e in tl.events]}"
    return found[nth]


def day_of(d: "dt.datetime | None") -> "dt.date | None":
    """The calendar day of ``d`` (None for None)."""
    return None if d is None else d.date()


def tagged_values(text: str, dct: str) -> dict[str, str]:
    """Expression -> TIMEX3 value of what ``timeline.tag`` finds in ``text``."""
    return {t.text: t.value for t in timeline.tag(text, reference_time=dct)}


def timexes_by_text(text: str, ref: str, mode: str = "news"):  # type: ignore[no-untyped-def]
    """Expression -> time expression of what ``timeline.build`` finds in ``text``."""
    return {t.text: t for t in timeline.build(text, reference_time=ref, mode=mode).timexes}


def instant(s: str) -> dt.datetime:
    """A datetime from "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"."""
    return dt.datetime.fromisoformat(s if "T" in s else s + "T00:00")


def check_value_bounds_grain(t, value: str, earliest: "str | None", latest: "str | None", grain: object) -> None:  # type: ignore[no-untyped-def]
    """Assert a time expression's value, bounds (None for none) and grain."""
    assert t.value == value
    assert (t.earliest, t.latest) == ((instant(earliest) if earliest else None), (instant(latest) if latest else None))
    assert t.grain is grain
