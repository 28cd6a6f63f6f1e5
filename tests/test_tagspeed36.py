"""Session 36's speed work on the resolver: each step left out or worked out once gives the answers of the work it saves.

- named_days._weekday and named_days._weekday_told_again do not work out the direction of a bare weekday that names the day itself
  (the publication day's weekday, or a day told again that is the publication day): every direction gives that day;
- picking.direction reads after_directive and for_weekday once each (each was asked twice).
"""

from __future__ import annotations

import datetime as dt
import re
import types

import pytest

import timeline
from timeline.lexicon import load_lexicon
from timeline.recognize.meaning import CalendarSpec, Direction
from timeline.model import Grain
from timeline.resolve import named_days
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
    monkeypatch.setattr(named_days, "direction", forced)
    assert named_days._weekday(ctx, spec, mention, today) == today  # type: ignore[arg-type]
    assert not asked  # (not worked out)
    for other in range(1, 8):  # every other weekday still asks, and lies within a week either side
        asked.clear()
        day = named_days._weekday(ctx, CalendarSpec(Grain.DAY, weekday=other, relative_word=relative), mention, today)  # type: ignore[arg-type]
        assert day.isoweekday() == other and abs((day - today).days) < 7
        assert bool(asked) == (other != 2)


# sentences written for this test: clauses whose tense is read in _tense_evidence's clause loop (a verb further back, a
# relative clause, an infinitive after "to"/"be" in any case)
_LOOP_SENTENCES = [
    ("Shares of the firm, long a favourite of pension funds, slumped in early trading on Tuesday.", "Tuesday", ("past", 1)),
    ("The council expects to Be told of the outcome by June, its clerk wrote.", "June", ("future", 1)),
    ("In May the mayor may visit the market, and in April she visited the harbour.", "April", ("past", 1)),
    ("The ferry, whose engines failed in January, sails again on Saturday.", "Saturday", ("future", 1)),
    ("THE BOARD VOTED TO REVIEW ITS RULES IN JUNE.", "JUNE", (None, 2)),
    ("The board voted To review its rules in June.", "June", ("past", 2)),
    ("The board intends TO REVIEW the rules of the club in June.", "June", ("future", 1)),
    ("The board, after long talks, agreed to Be bound by the ruling in June.", "June", ("present", 1)),
    ("Its plan was to review the rules of the club in June.", "June", ("present", 1)),
    ("Its plan was To review the rules of the club in June.", "June", ("present", 1)),
]


@pytest.mark.parametrize("text, time, expected", _LOOP_SENTENCES)
def test_clause_loop_tense(text: str, time: str, expected: tuple[object, int]) -> None:
    """_tense_evidence's clause loop passes over a word by its memo (tense_cues._quiet) and tests the infinitive marker after it
    in every case without lower-casing: the same evidence as reading each word's cue and lower case."""
    from timeline.resolve import tense

    start = text.index(time)
    assert tense.tense_evidence(segment(text), start, start + len(time)) == expected


def test_quiet_and_infinitive_marks() -> None:
    from timeline.resolve import tense_cues, tense_verbs

    cues = tense_cues.tense_words("en")
    words = ["the", "The", "said", "Said", "will", "May", "may", "planned", "open", "closed", "runs", "who", "set", "ordered",
             "to", "To", "TO", "tO", "be", "Be", "BE", "bE", "toe", "Tob", "b", "t", "-", ",", "Elian 's", "didn't", "visits"]
    for w in words:
        assert tense_cues._quiet(w, cues) == (w.lower() not in cues.loop_words and w not in cues.loop_cased and tense_cues._cue(w, cues) is None)
        assert (w in tense_verbs._INFINITIVE_NEXT_CASED) == (w.lower() in tense_verbs._INFINITIVE_NEXT)


def _walk_by_character(node: object, text: str, pos: int, matcher_of: object) -> object:
    """lookahead.walk as it was, one character sliced at a time (the reference the chunked walk must agree with)."""
    from timeline.recognize import lookahead

    while True:
        c = text[pos : pos + 1]
        child = node.children.get(c, lookahead._STOP)  # type: ignore[attr-defined]
        if child is None:
            return None
        if child is lookahead._STOP:
            if node.other is not None and c and c in lookahead.ALPHABET:  # type: ignore[attr-defined]
                return matcher_of(node, True)  # type: ignore[operator]
            return matcher_of(node, False)  # type: ignore[operator]
        if type(child) is int:
            child = node.children[c] = lookahead._line(node.table, child)  # type: ignore[attr-defined]
        node = child
        pos += 1


@pytest.mark.parametrize("gated", [False, True])
def test_chunked_walk(gated: bool) -> None:
    """lookahead.walk reads the characters after a start word a chunk at a time: at every word of a text (its end too, and
    walks longer than a chunk) it finds the matcher the walk one character at a time finds."""
    from timeline.recognize import lookahead
    from timeline.recognize.grammar import compile_grammar

    g = compile_grammar("en", gated)
    # written for this test: start words before long tails, marks, digits, accents, and at the very end of the text
    text = ("the coming weeks of the twenty-first century; about 9.5 million people in the 1990s (the first half of "
            "fiscal 2027), late on the evening of the day before yesterday, at 3:30 p.m. on the second day, in "
            "the summer offensive of 1942 — the café, the next").lower()
    assert lookahead.STEP < 20  # (walks longer than a piece are among those compared)
    walked = 0
    for m in re.finditer(r"[a-z0-9']+", text):
        trie = g.lookahead(m.group())
        if trie is None:
            continue
        walked += 1
        assert lookahead.walk(trie, text, m.end(), g.node_matcher) == _walk_by_character(trie, text, m.end(), g.node_matcher), m.group()
    assert walked > 20


@pytest.mark.parametrize("text, bounds", [
    # sentences written for this test: an open signal before or after the time (resolve._open_signal, whose quick test
    # now takes the last word before the time from one scan of its letters)
    ("The plant will stay shut until at least 2030, its owner said.", ("2030-01-01 00:00:00", "None")),
    ("Bids are due no later than Friday.", ("None", "2026-03-14 00:00:00")),
    ("The line reopens in 2028 at the earliest.", ("2028-01-01 00:00:00", "None")),
    ("The ban runs till at least March 2027.", ("2027-03-01 00:00:00", "None")),
    ("Prices rose in 2024.", ("2024-01-01 00:00:00", "2025-01-01 00:00:00")),
])
def test_open_signal_bounds(text: str, bounds: tuple[str, str]) -> None:
    (t,) = timeline.tag(text, reference_time=_TUESDAY).timexes
    assert (str(t.earliest), str(t.latest)) == bounds


def test_sentence_at_remembers_last_sentence() -> None:
    """Doc.sentence_at answers again from the sentence it found last, for any offset from its start up to the next one's:
    every offset, asked in any order, gets the sentence a fresh search finds."""
    import bisect
    import random

    text = "The vote was held on Tuesday.  Results came late! Did turnout fall?\n\nA recount starts on Friday"  # written for this test
    doc = segment(text)
    starts = [s.start for s in doc.sentences]

    def fresh(offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(starts, offset) - 1
        s = doc.sentences[max(i, 0)]
        return s.start, s.end

    offsets = list(range(-3, len(text) + 3))
    random.Random(36).shuffle(offsets)
    for offset in list(range(-3, len(text) + 3)) + offsets + sorted(offsets, reverse=True):
        assert doc.sentence_at(offset) == fresh(offset), offset


def test_weekdays_around() -> None:
    """named_days._weekdays_around: the days of one weekday among the days within reach of a day (the calendar's first and last
    days too), in order, without making every day of the reach."""
    from timeline.resolve.named_days import _days_around, _weekdays_around

    days = [dt.date(1, 1, 1), dt.date(1, 1, 5), dt.date(1, 1, 9), dt.date.max, dt.date.max - dt.timedelta(days=3), dt.date(2026, 3, 10)]
    days += [dt.date(2026, 3, 10) + dt.timedelta(days=k) for k in range(1, 15)]
    for day in days:
        for reach in (0, 1, 3, 7, 10):
            for weekday in range(1, 8):
                assert _weekdays_around(day, reach, weekday) == [d for d in _days_around(day, reach) if d.isoweekday() == weekday]


def test_integer_text_fast_path() -> None:
    """units._integer_text writes a whole amount's digits without a Decimal when the float is a whole number below 10**15:
    the digits Decimal writes, for whole and near-whole amounts, signs, the bound and beyond it."""
    import random
    from decimal import Decimal

    from timeline.units import _integer_text, duration_value

    rnd = random.Random(36)
    amounts: list[float] = [0, 0.0, -0.0, 1, 3.0, -3.0, 2.5, 0.5, 1.5, -2.5, 2.9999999999, 13.8e9, 1e29, 10**15, 10**15 - 1,
                            float(10**15 - 1), -(10**15 - 1), 1e16, 1.2345678901234567e20]
    amounts += [float(rnd.randint(-10**16, 10**16)) for _ in range(2000)] + [rnd.uniform(-1e6, 1e6) for _ in range(2000)]
    for a in amounts:
        assert _integer_text(a) == str(int(Decimal(repr(float(a))).to_integral_value())), a
    assert duration_value(Grain.YEAR, 13.8e9) == "P13800000000Y" and duration_value(Grain.DAY, 3.0) == "P3D"


@pytest.mark.parametrize("text, bounds", [
    # sentences written for this test: a day's part said after the day (resolve._day_part_signal, whose words after the day
    # are read only when every word of such a phrase is in reach)
    ("The treaty was signed on Friday, late in the day.", ("2026-03-06 16:00:00", "2026-03-07 00:00:00")),
    ("Crews cleared the road on Monday, early in the day, police said.", ("2026-03-09 00:00:00", "2026-03-09 08:00:00")),
    ("The vote came on Monday late in the day.", ("2026-03-09 16:00:00", "2026-03-10 00:00:00")),
    ("The talks ended on Monday.", ("2026-03-09 00:00:00", "2026-03-10 00:00:00")),
])
def test_day_part_after_bounds(text: str, bounds: tuple[str, str]) -> None:
    (t,) = timeline.tag(text, reference_time=_TUESDAY).timexes
    assert (str(t.earliest), str(t.latest)) == bounds
