"""Session 37, tagspeed: steps skipped for the expressions they cannot change give the same answers.

- named._month / named._quarter: the month (quarter) under way is picked whichever way the clause points, so its
  direction is not worked out;
- resolve._resolve_mention: the bounds steps of one kind of period only (a day's signals, a week's rank, a fiscal
  period, a holiday's turn or week, a trailing unit) are asked only for that kind.

Own sentences; each expected value is what the tagger gave before the change (identical on every corpus text too).
"""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline.resolve import named, named_days, named_years


def _one(text: str, reference: str) -> tuple[str, str, str, str, str]:
    timexes = timeline.tag(text, reference_time=reference).timexes
    assert len(timexes) == 1, timexes
    t = timexes[0]
    return t.text, t.value, str(t.mod), str(t.earliest), str(t.latest)


@pytest.mark.parametrize("text", ["The ferry will sail in June.", "The ferry sailed in June.", "The ferry sails in June."])
def test_month_under_way_whatever_the_tense(text: str) -> None:
    assert _one(text, "2026-06-15") == ("June", "2026-06", "None", "2026-06-01 00:00:00", "2026-07-01 00:00:00")


@pytest.mark.parametrize("text", ["Profits will rise in the second quarter.", "Profits rose in the second quarter."])
def test_quarter_under_way_whatever_the_tense(text: str) -> None:
    assert _one(text, "2026-05-10") == ("the second quarter", "2026-Q2", "None", "2026-04-01 00:00:00", "2026-07-01 00:00:00")


def test_period_under_way_asks_no_direction(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = named.direction

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args, **kwargs)

    for module in (named, named_days, named_years):  # (every module that asks it)
        monkeypatch.setattr(module, "direction", counted)
    assert _one("The ferry will sail in June.", "2026-06-15")[1] == "2026-06"
    assert _one("Profits rose in the second quarter.", "2026-05-10")[1] == "2026-Q2"
    assert calls == []
    # another month or quarter still asks its clause which way it lies
    assert _one("The ferry will sail in March.", "2026-06-15")[1] == "2027-03"
    assert _one("Profits rose in the third quarter.", "2026-05-10")[1] == "2025-Q3"
    assert len(calls) == 2


@pytest.mark.parametrize("text, reference, expected", [
    ("The talks will resume around March 3.", "2026-02-20", ("March 3", "2026-03-03", "None", "2026-03-02 00:00:00", "2026-03-05 00:00:00")),
    ("The museum reopened shortly after Easter.", "2026-05-10", ("Easter", "2026-04-05", "None", "2026-04-05 00:00:00", "2026-04-13 00:00:00")),
    ("The treaty was signed late on Friday.", "2026-05-10", ("late on Friday", "2026-05-08", "END", "2026-05-08 16:00:00", "2026-05-09 00:00:00")),
    ("The deal was signed on Friday, late in the day.", "2026-05-10", ("Friday", "2026-05-08", "None", "2026-05-08 16:00:00", "2026-05-09 00:00:00")),
    ("Crowds gathered late on Boxing Day.", "2026-05-10", ("Boxing Day", "2025-12-26", "None", "2025-12-26 16:00:00", "2025-12-27 00:00:00")),
    ("Clinics will close early on Friday.", "2026-05-10", ("early on Friday", "2026-05-15", "START", "2026-05-15 00:00:00", "2026-05-16 00:00:00")),
    ("Rents rose in the first week of April.", "2026-05-10", ("the first week of April", "2026-W14", "None", "2026-04-01 00:00:00", "2026-04-08 00:00:00")),
    ("Prices have risen sharply over the past year.", "2026-05-10", ("the past year", "2025", "None", "2025-05-10 00:00:00", "2026-05-11 00:00:00")),
    ("The company expects a loss in fiscal 2027.", "2026-05-10", ("fiscal 2027", "2027", "None", "2026-02-01 00:00:00", "2028-01-01 00:00:00")),
    ("Sales slowed at the turn of the year.", "2026-05-10", ("the turn of the year", "2026", "None", "2025-12-21 00:00:00", "2026-01-12 00:00:00")),
    ("The bridge closed in the week after Easter.", "2026-05-10", ("the week after Easter", "2026-W15", "None", "2026-04-06 00:00:00", "2026-04-13 00:00:00")),
    ("The festival ran in the first half of October.", "2026-11-10", ("the first half of October", "2026-10", "START", "2026-10-01 00:00:00", "2026-10-16 00:00:00")),
    ("Exports have grown so far this year.", "2026-05-10", ("this year", "2026", "None", "2026-01-01 00:00:00", "2026-05-11 00:00:00")),
    ("The plant will stay shut until at least 2030.", "2026-05-10", ("2030", "2030", "None", "2030-01-01 00:00:00", "None")),
    ("Earlier this month the bank cut rates.", "2026-05-20", ("Earlier this month", "2026-05", "START", "2026-05-01 00:00:00", "2026-05-21 00:00:00")),
])
def test_bounds_steps_still_apply_to_their_periods(text: str, reference: str, expected: tuple[str, ...]) -> None:
    assert _one(text, reference) == expected


def test_day_steps_leave_other_periods_alone() -> None:
    # "around" before a month, "late on" before a week: no day, the calendar bounds
    assert _one("The plant closed in June.", "2026-08-10")[3:] == ("2026-06-01 00:00:00", "2026-07-01 00:00:00")
    assert _one("Output fell around 2019.", "2026-08-10")[1] == "2019"


def test_bounds_for_no_mod_is_the_whole_period() -> None:
    import datetime as dt

    from timeline.model import Grain, Mod
    from timeline.resolve.calendar import Period
    from timeline.resolve.dates import bounds_for_mod

    june = Period(dt.datetime(2026, 6, 1), dt.datetime(2026, 7, 1), Grain.MONTH, "2026-06")
    assert bounds_for_mod(june, None) == (june.start, june.end)
    assert bounds_for_mod(june, Mod.START) == (june.start, dt.datetime(2026, 6, 11))  # (a mod still cuts it)


def test_reordered_first_tests_keep_their_answers() -> None:
    # neighbours.apposed_mod_bounds (a missing mod tested first): the apposed day is bounded as the weekday it names again
    timexes = timeline.tag("The vote was held late on Monday, Nov. 30, officials said.", reference_time="2026-12-02").timexes
    assert [(t.text, t.value, str(t.earliest), str(t.latest)) for t in timexes] == [
        ("late on Monday", "2026-11-30", "2026-11-30 16:00:00", "2026-12-01 00:00:00"),
        ("Nov. 30", "2026-11-30", "2026-11-30 16:00:00", "2026-12-01 00:00:00")]
    # dates.calendar_period (month and day tested before the week grains): "the week of March 6"
    assert _one("Talks are set for the week of March 6.", "2026-02-20") == (
        "the week of March 6", "2026-W10", "None", "2026-03-02 00:00:00", "2026-03-09 00:00:00")


@pytest.mark.parametrize("check, text, said, value", [
    ("quoted_shift", 'The general wrote on 3 March 1915: "Yesterday the guns fell silent."', "Yesterday", None),
    ("quoted_deictic", 'The captain asked: "How many men did you lose today?"', "today", None),
    ("writers_today", "The fort fell in 1754. Today the ruins are a monument.", "Today", None),
    ("first_day_of_event", "The assault began on 13 August 1915. On the first day the allies took the bridge.", "the first day", None),
    ("nth_day_of_event", "The siege began on 3 May 1702. On the seventh day the walls fell.", "the seventh day", "1702-05-09"),
])
def test_history_steps_answer_nothing_in_news(check: str, text: str, said: str, value: object) -> None:
    """resolve._resolve_one returns a news expression as _resolve_mention resolved it, without asking these steps: each
    must answer no in news (and yes in a history, so that this test can fail)."""
    from timeline.lexicon import load_lexicon
    from timeline.recognize import recognize
    from timeline.resolve import story_events, story_periods, story_speech
    from timeline.resolve.anchors import Context
    from timeline.text import segment

    step = next(getattr(m, check) for m in (story_events, story_periods, story_speech) if hasattr(m, check))
    answers = {}
    for mode in ("narrative", "news"):
        ctx = Context(segment(text), dt.datetime(2026, 5, 10), mode, load_lexicon("en"))
        mention = next(m for m in recognize(text, "en", narrative=mode == "narrative") if m.text == said)
        if check in ("first_day_of_event",):
            answers[mode] = step(ctx, mention)
        elif check == "nth_day_of_event":
            answers[mode] = step(ctx, mention, value)
        else:
            answers[mode] = step(ctx, mention.meaning, mention)
    assert answers == {"narrative": True, "news": False}


@pytest.mark.parametrize("text, reference, expected", [
    ("Later this week the council will vote.", "2026-05-13", ("Later this week", "2026-W20", "END", "2026-05-13 00:00:00", "2026-05-18 00:00:00")),
    ("The bank cut rates later this month.", "2026-05-20", ("later this month", "2026-05", "END", "2026-05-20 00:00:00", "2026-06-01 00:00:00")),
    ("Officials will meet later today.", "2026-05-20T09:00", ("today", "2026-05-20", "None", "2026-05-20 09:00:00", "2026-05-21 00:00:00")),
])
def test_comparative_before_or_in_the_expression(text: str, reference: str, expected: tuple[str, ...]) -> None:
    # resolve._before_or_after_now: one quick test of the words before the expression and its own
    assert _one(text, reference) == expected
