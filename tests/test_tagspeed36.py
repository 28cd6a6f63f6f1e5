"""Session 36's speed work on the resolver: each step left out or worked out once gives the answers of the work it saves.

- named._weekday and named._weekday_told_again do not work out the direction of a bare weekday that names the day itself
  (the publication day's weekday, or a day told again that is the publication day): every direction gives that day;
- picking.direction reads after_directive and for_weekday once each (each was asked twice).
"""

from __future__ import annotations

import datetime as dt
import types

import pytest

import timeline
from timeline.lexicon import load_lexicon
from timeline.recognize.meaning import CalendarSpec, Direction
from timeline.model import Grain
from timeline.resolve import named
from timeline.resolve.anchors import Context
from timeline.text import segment

_TUESDAY = "2026-03-10"  # a Tuesday


def _values(text: str, ref: str = _TUESDAY) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timeline.tag(text, reference_time=ref).timexes]


@pytest.mark.parametrize("text, expected", [
    # sentences written for this test: the publication day's weekday, in past, future and present clauses
    ("The council met on Tuesday to vote on the budget.", [("Tuesday", "2026-03-10")]),
    ("The council will meet on Tuesday to vote on the budget.", [("Tuesday", "2026-03-10")]),
    ("The committee votes this Tuesday.", [("this Tuesday", "2026-03-10")]),
    ("The ferry sailed this Tuesday.", [("this Tuesday", "2026-03-10")]),
    # a day told again: the publication day (no direction needed), then the next week's
    ("The museum reopened on Tuesday. Visitors who came after Tuesday's opening praised it.",
     [("Tuesday", "2026-03-10"), ("Tuesday", "2026-03-10")]),
    ("The museum reopened on Tuesday. Its cafe opens on Tuesday as well.", [("Tuesday", "2026-03-10"), ("Tuesday", "2026-03-10")]),
    ("Its new wing opened on Tuesday. Crowds will return on Tuesday next week, organisers said, and the shop opens Tuesday.",
     [("Tuesday", "2026-03-10"), ("Tuesday", "2026-03-17"), ("next week", "2026-W12"), ("Tuesday", "2026-03-10")]),
    # other weekdays still follow their clause: past, closest after a directive, ahead after one in force or "has ... for"
    ("The council met on Thursday.", [("Thursday", "2026-03-05")]),
    ("The mayor ordered the markets shut on Thursday.", [("Thursday", "2026-03-12")]),
    ("Rangers have told fans to arrive early on Saturday.", [("early on Saturday", "2026-03-14")]),
    ("The orchestra has sold every seat for Friday.", [("Friday", "2026-03-13")]),
    ("The coach confirmed that Ellis was fit for Friday.", [("Friday", "2026-03-13")]),
])
def test_weekday_values(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize("relative", [None, "this"])
@pytest.mark.parametrize("way", [Direction.PAST, Direction.FUTURE, Direction.CLOSEST])
@pytest.mark.parametrize("strong", [True, False])
def test_today_weekday_needs_no_direction(monkeypatch: pytest.MonkeyPatch, relative: "str | None", way: Direction, strong: bool) -> None:
    """The shortcut is sound: with the direction forced to each answer, the publication day's weekday is that day."""
    text = "The hall hosts a dance on Tuesday and the band played on Tuesday."
    ctx = Context(segment(text), dt.datetime(2026, 3, 10), "news", load_lexicon("en"))
    mention = types.SimpleNamespace(start=text.index("Tuesday"), end=text.index("Tuesday") + 7, text="Tuesday")
    spec = CalendarSpec(Grain.DAY, weekday=2, relative_word=relative)
    asked: list[int] = []

    def forced(*args: object, **kwargs: object) -> tuple[Direction, bool]:
        asked.append(1)
        return way, strong

    today = dt.date(2026, 3, 10)
    monkeypatch.setattr(named, "direction", forced)
    assert named._weekday(ctx, spec, mention, today) == today  # type: ignore[arg-type]
    assert not asked  # (not worked out)
    for other in range(1, 8):  # every other weekday still asks, and lies within a week either side
        asked.clear()
        day = named._weekday(ctx, CalendarSpec(Grain.DAY, weekday=other, relative_word=relative), mention, today)  # type: ignore[arg-type]
        assert day.isoweekday() == other and abs((day - today).days) < 7
        assert bool(asked) == (other != 2)
