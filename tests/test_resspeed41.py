"""Session 41, resspeed: the resolver's quick tests skip only work whose answer they already know.

- resolve._flashback_reads_perfect: the clause's past perfect is read only where Story.leave_for_flashback reads it;
- resolve._last_occurrence: the pattern is searched only when a word of [last_occurrence] lies in its window;
- picking.joined: the connector patterns are built once per document, one for ranges and one for lists.

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
from timeline.resolve import _LAST_TOLD, _flashback_reads_perfect, _last_occurrence
from timeline.resolve.anchors import Context
from timeline.resolve.calendar import Period
from timeline.resolve.picking import joined
from timeline.resolve.story import Story
from timeline.resolve.tense import past_form, tense_words
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
