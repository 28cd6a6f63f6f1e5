"""Session 41, resspeed: the resolver's quick tests skip only work whose answer they already know.

- resolve._flashback_reads_perfect: the clause's past perfect is read only where Story.leave_for_flashback reads it;
- resolve._last_occurrence: the pattern is searched only when a word of [last_occurrence] lies in its window;
- picking.joined: the connector patterns are built once per document, one for ranges and one for lists;
- resolve._open_signal: the phrases are read only when the last word of one lies in the 30 characters they are read in;
- resolve._half_named: the phrases are read only when the expression opens with a letter one of them opens with;
- resolve._up_to_now: the phrases are read only when the last word of one lies in the 20 characters they are read in or
  in the expression;
- resolve._without_outside_leads: the phrases are joined only after a first word one of them (or a hedge) opens with;
- picking.pick_date / pick_period: the closest candidate is worked out only where it is picked;
- resolve._quick_phrases: the words the signal steps' quick test looks for, a phrase holding another's words left out,
  each phrase's words once.

Own sentences; each expected value is what the tagger gave before the change (identical on every corpus text too).
"""

from __future__ import annotations

import datetime as dt
import itertools

import attrs
import pytest

import timeline
from timeline.lexicon import load_lexicon
from timeline.model import Grain
from timeline.recognize.meaning import CalendarSpec, Mention
from timeline.resolve.surroundings import _quick_phrases
from timeline.resolve.tense_cues import _may_hold_phrase
from timeline.resolve.readings import _LAST_TOLD, _flashback_reads_perfect, _last_occurrence
from timeline.resolve.surroundings import _half_named, _open_signal, _phrases_at, _word_suffixes
from timeline.resolve.anchors import Context
from timeline.resolve.calendar import Period
from timeline.recognize.meaning import Direction
from timeline.resolve.picking import HALF_YEAR, PAST_LEAN, SOON, YEAR_BACK, joined, pick_date, pick_period
from timeline.resolve.story import Story
from timeline.resolve.tense_cues import tense_words
from timeline.resolve.tense_reports import past_form
from timeline.text import segment


def _day(d: int) -> Period:
    start = dt.datetime(2026, 3, d)
    return Period(start, start + dt.timedelta(days=1), Grain.DAY, start.strftime("%Y-%m-%d"))


def _stories() -> list[Story]:
    """Story states a day may meet: no day told, a day told, a flashback open (its main day kept) or not."""
    out = []
    for day, main in itertools.product((None, 10), (None, 12)):
        story = Story()
        if day is not None:
            story.day, story.day_tid = _day(day), "t1"
        if main is not None:
            story.main_day = (_day(main), "t2", None, None, None, None)
        out.append(story)
    return out


def _state(story: Story) -> tuple[object, ...]:
    return story.main_day, story.flash_end


@pytest.mark.parametrize("outright", [True, False])
@pytest.mark.parametrize("day", [2, 9, 10, 11, 20])
def test_flashback_perfect_unread_where_it_cannot_matter(outright: bool, day: int) -> None:
    for k, story in enumerate(_stories()):
        if _flashback_reads_perfect(story, _day(day), outright):
            continue
        a, b = attrs.evolve(story), attrs.evolve(story)
        a.leave_for_flashback(_day(day), 100, True, outright)
        b.leave_for_flashback(_day(day), 100, False, outright)
        assert _state(a) == _state(b), (k, day, outright)


def test_flashback_perfect_read_where_it_matters() -> None:
    # a day before the story's, no flashback open: the past perfect opens one
    story = _stories()[2]  # day 10, no main day
    assert story.day is not None and story.main_day is None
    assert _flashback_reads_perfect(story, _day(9), False) is True
    assert _flashback_reads_perfect(story, _day(11), False) is False  # a day after the story's opens none
    # a flashback open: a day told outright may close it, one counted from the story's day may not
    open_story = _stories()[3]
    assert _flashback_reads_perfect(open_story, _day(20), True) is True
    assert _flashback_reads_perfect(open_story, _day(20), False) is False


@pytest.mark.parametrize("text, reference, values", [
    # sentences written for this test: a flashback in the past perfect and the story coming back from it
    ("The ferry sank on Thursday. Its owners had failed an inspection on Monday, and they repaired the pump the day after."
     "\n\nThe crew were picked up that evening.", "2026-03-14",
     ["2026-03-12", "2026-03-09", "2026-03-10", "2026-03-12TEV"]),
    ("The bridge closed on Tuesday. It had reopened on Friday after a repair.", "2026-03-14", ["2026-03-10", "2026-03-06"]),
])
def test_flashback_stories(text: str, reference: str, values: list[str]) -> None:
    assert [t.value for t in timeline.tag(text, reference_time=reference).timexes] == values


def _ctx(text: str) -> Context:
    return Context(segment(text), dt.datetime(2026, 5, 10), "news", load_lexicon("en"))


def _mention(text: str, words: str) -> Mention:
    start = text.index(words)
    return Mention(start, start + len(words), words, CalendarSpec(Grain.DAY, weekday=2), "weekday")


def _slow_last_occurrence(ctx: Context, mention: Mention) -> bool:
    """_last_occurrence's pattern alone, searched whatever the words before the day."""
    table = ctx.lexicon.tables.get("last_occurrence") or {}
    m = _LAST_TOLD.search(ctx.text, max(0, mention.start - 40), mention.start)
    return m is not None and m.group(1).lower() in table.get("words", ()) and past_form(m.group(2), tense_words("en"))


@pytest.mark.parametrize("text, expected", [
    # sentences written for this test
    ("Its lifts last ran on Tuesday.", True),
    ("The old ferry across the wide estuary last sailed on Tuesday.", True),
    ("The fleet of very large and very old fishing boats LAST sailed on Tuesday.", True),
    ("The market opened on Tuesday.", False),
    ("The lasting truce held on Tuesday.", False),
    ("Last week the talks stalled, and they resumed on Tuesday.", False),
])
def test_last_occurrence_quick_test(text: str, expected: bool) -> None:
    ctx, mention = _ctx(text), _mention(text, "Tuesday")
    period = _day(10)
    assert _last_occurrence(ctx, mention, period) is expected
    assert _slow_last_occurrence(ctx, mention) is expected


def test_last_occurrence_keeps_the_day_told_before() -> None:
    text = "The mine closed on Monday. Its lifts last ran on Friday. The miners left the next day."
    assert [t.value for t in timeline.tag(text, reference_time="2026-03-14").timexes] == ["2026-03-09", "2026-03-13", "2026-03-10"]


@pytest.mark.parametrize("text, words, any_pair, ordered", [
    # sentences written for this test
    ("The fair runs from June 5 to July 9.", "July 9", True, True),
    ("The fair runs on Tuesday and Wednesday.", "Wednesday", True, False),
    ("The fair opens on Wednesday.", "Wednesday", False, False),
])
def test_joined_range_and_list(text: str, words: str, any_pair: bool, ordered: bool) -> None:
    ctx, mention = _ctx(text), _mention(text, words)
    # asked both ways on one document, in either order: each kind of connector keeps its own pattern
    assert (joined(ctx, mention), joined(ctx, mention, ordered=True)) == (any_pair, ordered)
    ctx = _ctx(text)
    assert (joined(ctx, mention, ordered=True), joined(ctx, mention)) == (ordered, any_pair)


_E, _L = dt.datetime(2026, 1, 1), dt.datetime(2027, 1, 1)


def _slow_open_signal(ctx: Context, mention: Mention) -> tuple[object, object]:
    """_open_signal's phrases read whatever the words next to the time."""
    table = ctx.lexicon["open_signals"]
    before = " " + " ".join(ctx.text[max(0, mention.start - 30):mention.start].lower().split())
    after = " ".join(ctx.text[mention.end:mention.end + 30].lower().lstrip(" ,").split())
    if before.endswith(_word_suffixes(tuple(table["later_before"]))) or _phrases_at(tuple(table["later_after"])).match(after):
        return _E, None
    if before.endswith(_word_suffixes(tuple(table["earlier_before"]))) or _phrases_at(tuple(table["earlier_after"])).match(after):
        return None, _L
    return _E, _L


@pytest.mark.parametrize("text, expected", [
    # sentences written for this test: a signal before or after the year, far from it or next to it, or none
    ("The plant will stay shut until at least 2026, its owner said.", (_E, None)),
    ("The plant will stay shut, its owner said on the radio, until at least 2026.", (_E, None)),
    ("Bids for the old harbour site are due no later than 2026.", (None, _L)),
    ("The line reopens in 2026,   at the earliest.", (_E, None)),
    ("The line reopens in 2026 At The Latest.", (None, _L)),
    ("The line reopens in 2026 at noon.", (_E, _L)),
    ("The line reopened later than planned in 2026.", (_E, _L)),
    ("Sales rose more than 5 percent in 2026.", (_E, _L)),
    ("The line reopens in 2026 at the latest station.", (None, _L)),
])
def test_open_signal_quick_test(text: str, expected: tuple[object, object]) -> None:
    ctx = _ctx(text)
    start = text.index("2026")
    mention = Mention(start, start + 4, "2026", CalendarSpec(Grain.YEAR, year=2026), "year")
    assert _open_signal(ctx, mention, _E, _L) == expected
    assert _slow_open_signal(ctx, mention) == expected


@pytest.mark.parametrize("words, expected", [
    # expressions written for this test
    ("the first half of October", 1),
    ("The second half of the month", 2),
    ("  the latter half of May", 2),
    ("March", None),
    ("the first week of June", None),
    ("Tuesday", None),
])
def test_half_named_quick_test(words: str, expected: object) -> None:
    text = f"Sales rose in {words}."
    ctx = _ctx(text)
    start = text.index(words)
    mention = Mention(start, start + len(words), words, CalendarSpec(Grain.MONTH, month=10), "month")
    assert _half_named(ctx, mention, Period(_E, _L, Grain.MONTH, "2026-10")) == expected


def test_half_named_bounds() -> None:
    # sentences written for this test
    (t,) = timeline.tag("Sales rose in The second half of October.", reference_time="2026-12-05").timexes
    assert (t.value, str(t.earliest), str(t.latest)) == ("2026-10", "2026-10-16 00:00:00", "2026-11-01 00:00:00")


@pytest.mark.parametrize("text, expected", [
    # sentences written for this test: "so far" before or after the year, "to date" after it, a comma between, none
    ("Sales have risen 4 percent so far this year.", ("this year", "2026", "2026-01-01 00:00:00", "2026-06-11 00:00:00")),
    ("Sales have risen 4 percent this year so far.", ("this year", "2026", "2026-01-01 00:00:00", "2026-06-11 00:00:00")),
    ("Sales have risen 4 percent this year to date, the firm said.", ("this year", "2026", "2026-01-01 00:00:00", "2026-06-11 00:00:00")),
    ("Sales have risen 4 percent this year, thus far.", ("this year", "2026", "2026-01-01 00:00:00", "2027-01-01 00:00:00")),
    ("Sales will rise 4 percent this year.", ("this year", "2026", "2026-01-01 00:00:00", "2027-01-01 00:00:00")),
])
def test_up_to_now_quick_test(text: str, expected: tuple[str, ...]) -> None:
    (t,) = timeline.tag(text, reference_time="2026-06-10").timexes
    assert (t.text, t.value, str(t.earliest), str(t.latest)) == expected


@pytest.mark.parametrize("text, expected", [
    # sentences written for this test: a lead left outside the expression, or kept in it
    ("The talks lasted just over an hour.", [("over an hour", 22)]),
    ("The talks are under way right now.", [("now", 30)]),
    ("The talks ended at about 10:35 a.m. on Tuesday.", [("10:35 a.m.", 25), ("Tuesday", 39)]),
    ("The talks ran for about five hours.", [("five hours", 24)]),
    ("The talks ended about two weeks ago.", [("about two weeks ago", 16)]),
])
def test_outside_leads_quick_test(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(t.text, t.start) for t in timeline.tag(text, reference_time="2026-06-10").timexes] == expected


def _eager_pick_date(cands, today, way, strong, yearly=False, recent=False):  # type: ignore[no-untyped-def]
    """pick_date as written before session 41: the closest candidate worked out first, for every way."""
    lean = 0 if strong else PAST_LEAN
    closest = min(cands, key=lambda c: (abs((c - today).days) + (lean if c > today else 0), c > today))
    if way is Direction.PAST:
        past = [c for c in cands if c <= today]
        pick = max(past) if past else min(cands)
        soon = [c for c in cands if dt.timedelta(0) < c - today <= SOON] if yearly else []
        if soon and (today - pick).days > YEAR_BACK:
            return soon[0]
    elif way is Direction.FUTURE:
        fut = [c for c in cands if c >= today]
        pick = min(fut) if fut else max(cands)
        just = [c for c in cands if dt.timedelta(0) < today - c <= SOON] if recent else []
        if just and (pick - today).days > YEAR_BACK:
            return max(just)
    else:
        return closest
    return pick if strong or abs((pick - today).days) <= HALF_YEAR else closest


def _eager_pick_period(cands, base, way, strong):  # type: ignore[no-untyped-def]
    """pick_period as written before session 41."""
    def distance(p):  # type: ignore[no-untyped-def]
        if p.start <= base < p.end:
            return dt.timedelta(0)
        return min(abs(p.start - base), abs(base - p.end))

    closest = min(cands, key=lambda p: (distance(p), p.start > base))
    if way is Direction.PAST:
        past = [p for p in cands if p.start <= base]
        pick = max(past, key=lambda p: p.start) if past else cands[0]
    elif way is Direction.FUTURE:
        fut = [p for p in cands if p.end > base]
        pick = min(fut, key=lambda p: p.start) if fut else cands[-1]
    else:
        return closest
    return pick if strong or distance(pick) <= dt.timedelta(days=HALF_YEAR) else closest


_WAYS = (Direction.PAST, Direction.FUTURE, Direction.CLOSEST)


def test_pick_date_as_before() -> None:
    import random

    rng = random.Random(41)
    checked = 0
    for _ in range(3000):
        today = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(365))
        month, day = rng.randrange(1, 13), rng.randrange(1, 29)
        cands = [dt.date(y, month, day) for y in (today.year - 1, today.year, today.year + 1)]
        args = (cands, today, rng.choice(_WAYS), rng.random() < 0.5, rng.random() < 0.5, rng.random() < 0.5)
        assert pick_date(*args) == _eager_pick_date(*args), args
        checked += 1
    assert checked == 3000


def test_pick_period_as_before() -> None:
    import random
    from timeline.resolve import calendar as cal

    rng = random.Random(41)
    for _ in range(2000):
        base = dt.datetime(2026, 1, 1) + dt.timedelta(days=rng.randrange(365), hours=rng.randrange(24))
        month = rng.randrange(1, 13)
        cands = [cal.month(y, month) for y in (base.year - 1, base.year, base.year + 1)]
        args = (cands, base, rng.choice(_WAYS), rng.random() < 0.5)
        assert pick_period(*args) == _eager_pick_period(*args), args


def test_pick_date_weak_cue_takes_the_closest() -> None:
    # a weak past cue over half a year back: the closest, a date ahead counted a month further
    today = dt.date(2026, 3, 1)
    cands = [dt.date(2025, 9, 30), dt.date(2026, 9, 30), dt.date(2027, 9, 30)]
    assert pick_date(cands, today, Direction.PAST, False) == dt.date(2025, 9, 30)
    cands = [dt.date(2025, 8, 20), dt.date(2026, 8, 20), dt.date(2027, 8, 20)]
    assert pick_date(cands, today, Direction.PAST, False) == dt.date(2025, 8, 20)
    assert pick_date(cands, today, Direction.CLOSEST, True) == dt.date(2026, 8, 20)
    assert pick_date(cands, today, Direction.CLOSEST, False) == dt.date(2025, 8, 20)


@pytest.mark.parametrize("table", ["day_signals", "day_part_signals", "approx_signals", "comparative_modifiers", "open_signals"])
def test_quick_phrases_same_answer(table: str) -> None:
    import random

    from collections.abc import Mapping

    entry = load_lexicon("en")[table]
    lists = [entry] if not isinstance(entry, Mapping) or table in ("day_signals", "comparative_modifiers") else [
        v for v in entry.values() if isinstance(v, (list, tuple))]
    phrases = tuple(tuple(p.split()) for ph in lists for p in ph)
    assert len(phrases) >= 2 and all(len(p) < 6 for p in phrases)
    quick = _quick_phrases(phrases)
    words = sorted({w for p in phrases for w in p}) + ["the", "rally", "was", "held", "ore", "lat", "afte"]
    rng = random.Random(41)
    held = 0
    for _ in range(3000):
        window = " ".join(rng.choice(words) for _ in range(rng.randrange(0, 6)))
        fast = _may_hold_phrase(window, 0, len(window), quick)
        assert fast == _may_hold_phrase(window, 0, len(window), phrases), window
        held += fast
    assert 0 < held < 3000


def test_quick_phrases_drops_covered_phrases() -> None:
    assert _quick_phrases((("late", "on"), ("late", "in", "the", "day", "on"), ("early", "on"))) == (("late", "on"), ("early", "on"))
    assert _quick_phrases((("on", "or", "about"), ("around",), ("on", "or", "around"))) == (("on", "or", "about"), ("around",))
    assert _quick_phrases((("a", "b"), ("b", "a"))) == (("a", "b"),)
    assert _quick_phrases((("run", "up", "to", "up"),)) == (("run", "up", "to"),)
