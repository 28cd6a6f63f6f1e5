"""Session 42, resspeed: the resolver calls a step only where the step's own first test can pass.

resolve() and _resolve_mention ask a step's first test (a field of the expression, the mode, the expression before it)
before calling it; where that test fails, the step answers "nothing to change", so skipping it changes no output. Each
test below calls the steps over every expression of own sentences, in both modes, wherever the hoisted test fails, and
asserts the step's answer is that "nothing to change"; the tests of resolve._last_word_before compare the short
window's last word with the whole span's.

Own sentences; the tagger's output on every corpus text was compared before and after (identical).
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

import timeline
from timeline.lexicon import load_lexicon
from timeline.model import Grain
from timeline.recognize import recognize
from timeline.recognize.meaning import CalendarSpec
from timeline.resolve import resolve
from timeline.resolve.day_parts import _open_half_day, _part_with_mod
from timeline.resolve.readings import _RANGE_START_RULE, _in_set_off_relative, _last_occurrence, _last_word_before, _perfect_part_before, _range_start
from timeline.resolve.shorthands import _LETTERS_OR_APOSTROPHE
from timeline.resolve.surroundings import _narrowed_part, _up_to_now
from timeline.resolve.anchors import Context
from timeline.resolve.calendar import Period
from timeline.resolve.durations import hedged_shift
from timeline.resolve.neighbour_periods import quarter_end_year
from timeline.resolve.neighbour_ranges import ordered_range, story_year_after, with_coordinated_month, with_coordinated_year, with_joined_relative_year, with_relative_year
from timeline.resolve.neighbours import apposed_mod_bounds, weekday_in_month, with_apposed_weekday
from timeline.resolve.story import DAY_GRAINS, Story
from timeline.resolve.story_events import month_name, season_dated_after
from timeline.resolve.story_periods import earlier_part, part_without_day, rest_of_period
from timeline.text import segment

_TEXTS = [
    "The ferry ran late on Monday, Nov. 30, and again early on Tuesday, Dec. 1. Crews worked two or three days on it.",
    "Sales rose in the fourth quarter, which ended Sept. 30, and fell in March and May last year.",
    "The fair runs from Monday to Friday. It opened on a Saturday morning in May, at 2:30, and closed at midnight.",
    "In the summer of 1812 the army marched east. In March the following year it turned back, and later that year it rested.",
    "The lifts last ran on April 20. So far this year, nearly a decade ago, the bridge, which closed on Tuesday, reopened.",
    "Earlier this month the council met. The shares, which fell on Tuesday ahead of the results, rose by midday.",
    "Talks ran from June 5 to July 9, between Dec. 5 and Jan. 9, and the first half of October was quiet until about 10 p.m.",
    "Orders rose between January and August last year, in March and May 1911, and from the 4th until the 6th of December 2025.",
]
_REFERENCE = dt.datetime(2026, 12, 4)


def _cases() -> list[tuple[Context, list, list, Story]]:
    """(context, mentions, resolved expressions, a story after them) for each own text in each mode."""
    out = []
    for text in _TEXTS:
        for mode in ("news", "narrative"):
            mentions = recognize(text, "en")
            timexes = list(resolve(mentions, segment(text), _REFERENCE, mode=mode))
            story = Story()
            story.day = Period(_REFERENCE, _REFERENCE + dt.timedelta(days=1), Grain.DAY, "2026-12-04")
            story.day_tid = "t1"
            out.append((Context(segment(text), _REFERENCE, mode, load_lexicon("en")), mentions, timexes, story))
    return out


_CASES = _cases()


def test_the_texts_reach_the_steps() -> None:
    """The texts hold cases each skipped step acts on: a mod before an apposed day, a month after a weekday, a range."""
    timexes = [t for _, _, ts, _ in _CASES for t in ts]
    assert any(t.mod is not None for t in timexes)
    assert any(t.grain is Grain.MONTH for t in timexes)
    assert sum(len(ts) for _, _, ts, _ in _CASES) > 60


def test_loop_steps_skipped_only_where_they_change_nothing() -> None:
    skipped = 0
    for ctx, mentions, out, _ in _CASES:
        for i in range(1, len(mentions)):
            before, t = out[i - 1], out[i]
            if mentions[i - 1].rule != _RANGE_START_RULE:
                assert _range_start(ctx, mentions, i) is None
            if before.mod is None:
                skipped += 1
                assert apposed_mod_bounds(ctx, mentions, i, before, t) is t
            if t.grain is not Grain.MONTH and t.grain is not Grain.YEAR and t.grain is not Grain.SEASON:
                assert weekday_in_month(ctx, mentions, i, before, t) is before
            if not (isinstance(mentions[i].meaning, CalendarSpec) and isinstance(mentions[i - 1].meaning, CalendarSpec)):
                first, second = ordered_range(ctx, mentions, i, before, t)
                assert first is before and second is t
    assert skipped > 20


def test_mention_steps_skipped_only_where_they_change_nothing() -> None:
    checked = 0
    for ctx, mentions, out, story in _CASES:
        for i, (m, t) in enumerate(zip(mentions, out)):
            spec = m.meaning
            if not isinstance(spec, CalendarSpec):
                continue
            checked += 1
            period = Period(t.earliest, t.latest, t.grain, t.value) if t.earliest is not None and t.latest is not None else None
            if ctx.mode != "narrative":
                assert story_year_after(ctx, mentions, i, spec) is False
                assert season_dated_after(ctx, spec, m, mentions[i + 1] if i + 1 < len(mentions) else None) is None
                assert month_name(ctx, spec, m) is None
                if period is not None:
                    assert part_without_day(ctx, spec, period, t.anchor, story) is None
                    assert rest_of_period(ctx, spec, m, period, story) is None
                    assert earlier_part(ctx, spec, m, period, story) is False
            if spec.year is not None or i + 1 == len(mentions):
                chained = with_joined_relative_year(ctx, mentions, i, with_relative_year(ctx, mentions, i, with_coordinated_year(
                    ctx.lexicon, ctx.text, mentions, i, with_coordinated_month(ctx.lexicon, ctx.text, mentions, i, spec))))
                assert chained is spec
            if spec.season is None:
                assert season_dated_after(ctx, spec, m, mentions[i + 1] if i + 1 < len(mentions) else None) is None
            if spec.quarter is None:
                assert quarter_end_year(ctx, mentions, i, lambda j: out[j]) is None
            if spec.day is None:
                assert with_apposed_weekday(ctx, mentions, i, spec) is spec
            if spec.hour is None:
                assert _open_half_day(ctx, spec, m, None, lambda j: out[j]) is False
            if spec.part_of_day is None:
                assert _narrowed_part(ctx, spec.part_of_day) is False
            if period is not None and (t.mod is None or spec.part_of_day is None):
                assert _part_with_mod(ctx, spec.part_of_day, t.mod, period) is None
            if spec.mod is None or spec.shift is None:
                assert hedged_shift(ctx, spec, m.text, story, ctx.text[max(0, m.start - 20):m.start]) is None
            now = ctx.now_span()
            if period is not None and not (now is not None and period.start <= now[0] < period.end):
                assert _up_to_now(ctx, m, period) is None
            if period is not None and not (ctx.mode == "news" and period.grain in DAY_GRAINS):
                assert _in_set_off_relative(ctx, m, period) is False
                assert _perfect_part_before(ctx, m, period, story) is False
                assert _last_occurrence(ctx, m, period) is False
    assert checked > 40


def test_hoisted_steps_still_act_where_their_test_passes() -> None:
    """Controls: the steps behind the hoisted tests still act (outputs of the whole tagger, as before the change)."""
    doc = timeline.tag("The deal was signed late on Monday, Nov. 30, by both sides.", reference_time="2026-12-04")
    assert [(t.text, str(t.earliest)) for t in doc.timexes] == [("late on Monday", "2026-11-30 16:00:00"), ("Nov. 30", "2026-11-30 16:00:00")]
    doc = timeline.tag("Police said the car was stolen on a Saturday morning in May.", reference_time="2026-12-04")
    assert doc.timexes[0].value == "2026-05-XXTMO"  # weekday_in_month: some Saturday of that May
    doc = timeline.tag("Orders rose in March and May 1911.", reference_time="2026-12-04")
    assert [t.value for t in doc.timexes] == ["1911-03", "1911-05"]  # with_coordinated_year: the year of the month after it
    doc = timeline.tag("The works ran from Nov. 20 to Jan. 9.", reference_time="2026-12-28")
    assert [t.value for t in doc.timexes] == ["2025-11-20", "2026-01-09"]  # ordered_range: the start a year back


@pytest.mark.parametrize("seed", range(4))
def test_last_word_before_is_the_spans_last_word(seed: int) -> None:
    rng = random.Random(seed)
    found = 0
    for _ in range(3000):
        # words of 1 to 15 letters (an apostrophe, a capital, an accented letter among them) between gaps of 1 to 50 marks
        pieces = []
        for _ in range(rng.randrange(0, 8)):
            pieces.append("".join(rng.choice("ab'Z\u00e9") for _ in range(rng.randrange(1, 16))))
            pieces.append("".join(rng.choice(" ,.-9") for _ in range(rng.randrange(1, 51))))
        text = "".join(pieces)
        s = rng.randrange(0, len(text) + 1)
        start = rng.randrange(s, len(text) + 1)
        words = [w.lower() for w in _LETTERS_OR_APOSTROPHE.findall(text[s:start])]
        last = _last_word_before(text, s, start)
        if last is not None:
            found += 1
            assert words and last == words[-1], (text, s, start)
    assert found > 1000


def test_last_word_before_cannot_say_when_the_window_cuts_a_word() -> None:
    text = "x" * 60 + " on"
    assert _last_word_before(text, 0, 60) is None  # the window's first character is inside a longer word
    assert _last_word_before(text, 0, len(text)) == "on"
    assert _last_word_before("   ,   ", 0, 7) is None  # no word in the window


def test_lexicon_memo_holds_what_each_document_works_out_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two documents, each resolved with a memo of its own, work out the same entries under the keys kept per lexicon."""
    import timeline.resolve as R

    first_text = "Shortly after Easter, prices rose until at least 2030, earlier this month, around March 3. The works ran from Nov. 20 to Jan. 9."
    other_text = "The first half of October was quiet so far this year, late on Friday, Dec. 4, and just before Christmas, or no later than May 2."
    fresh: list[list] = []

    def unshared(language: str) -> list:
        fresh.append([None, {}])
        return fresh[-1]

    monkeypatch.setattr(R, "_lexicon_memos", unshared)
    R.resolve(recognize(first_text, "en"), segment(first_text), _REFERENCE)
    R.resolve(recognize(other_text, "en"), segment(other_text), _REFERENCE, mode="news")
    first, other = fresh[0][1], fresh[1][1]
    assert set(first) <= set(R._LEXICON_MEMO_KEYS) and set(other) <= set(R._LEXICON_MEMO_KEYS)
    common = set(first) & set(other)
    assert len(common) >= 6
    assert all(first[k] == other[k] for k in common)


def test_lexicon_memo_follows_a_lexicon_loaded_again(monkeypatch: pytest.MonkeyPatch) -> None:
    from types import MappingProxyType

    import attrs

    import timeline.resolve as R

    base = load_lexicon("en")
    text = "The plant will reopen not before 2030."
    mentions = recognize(text, "en")
    assert R.resolve(mentions, segment(text), _REFERENCE)[-1].latest is not None  # (the memo now holds the lexicon's words)
    tables = dict(base.tables)
    signals = dict(tables["open_signals"])
    signals["later_before"] = tuple(signals["later_before"]) + ("not before",)
    tables["open_signals"] = MappingProxyType(signals)
    other = attrs.evolve(base, tables=MappingProxyType(tables))
    monkeypatch.setattr(R, "load_lexicon", lambda language: other)
    assert R.resolve(mentions, segment(text), _REFERENCE)[-1].latest is None  # the new phrase's last word is quick-tested too
