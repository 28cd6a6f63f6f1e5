"""Session 55, speed: the resolver's quick tests skip only work whose answer they already know.

- tense_verbs.clock_lead: no tokenising where no number and no clock name lies in its 30 characters;
- picking.held_deadline: the words before a time with no clock time written before it read once, not twice.

Own sentences; each expected value is what the tagger gave before the change (identical on every corpus text too).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

import timeline
from timeline.resolve import picking, tense_reports, tense_verbs
from timeline.text import segment

_TEXT = ("Harbour workers at Velmont will strike from 6 a.m. on Friday until midnight on Sunday, the Dockers' Guild said. "
         "The ferry to Orsk leaves at 11:45 p.m. GMT on Thursday, and Route 9 on Monday stays shut. "
         "Bidders have until 5 p.m. on Monday to bid, and the union has until Tuesday to reply. "
         "Talks ran through noon on Wednesday; the board had until 3 March to decide, the Toronto office said on Saturday.")


def _starts(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"\S+", text)]


def test_clock_lead_finds_the_clock_time_before_a_day() -> None:
    doc = segment(_TEXT)
    text = _TEXT
    assert tense_verbs.clock_lead(doc, text.index("Friday")) == text.index("6 a.m.")
    assert tense_verbs.clock_lead(doc, text.index("Sunday")) == text.index("midnight")
    assert tense_verbs.clock_lead(doc, text.index("Thursday")) == text.index("11:45")
    assert tense_verbs.clock_lead(doc, text.index("Wednesday")) == text.index("noon")
    monday = text.index("Monday")
    assert tense_verbs.clock_lead(doc, monday) == monday  # "Route 9 on Monday": a bare number, no clock time
    saturday = text.index("Saturday")
    assert tense_verbs.clock_lead(doc, saturday) == saturday  # "said on Saturday"


def test_clock_lead_answers_as_without_its_quick_test(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every word of the text read as a day: the same lead with the quick test and with it always passing."""
    doc = segment(_TEXT)
    fast = [tense_verbs.clock_lead(doc, k) for k in _starts(_TEXT)]
    monkeypatch.setattr(tense_verbs, "_may_hold", lambda text, start, end, words: True)
    monkeypatch.setattr(tense_verbs, "_DIGIT", re.compile(r""))  # (matches everywhere)
    assert fast == [tense_verbs.clock_lead(doc, k) for k in _starts(_TEXT)]
    assert sum(lead != k for lead, k in zip(fast, _starts(_TEXT))) >= 4  # clock times were found


def test_held_deadline_through_a_clock_time() -> None:
    doc = segment(_TEXT)
    text = _TEXT
    assert picking.held_deadline(doc, text.index("Monday to bid"))  # "have until [5 p.m. on] Monday"
    assert picking.held_deadline(doc, text.index("Tuesday"))  # "has until Tuesday"
    assert not picking.held_deadline(doc, text.index("3 March"))  # "had until 3 March": no deadline held now
    assert not picking.held_deadline(doc, text.index("Sunday"))  # "strike ... until midnight on Sunday": no "has"


def test_held_deadline_reads_the_words_before_a_bare_day_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = tense_reports.after_until

    def counted(doc, start, held=False):  # type: ignore[no-untyped-def]
        calls.append(start)
        return real(doc, start, held)

    monkeypatch.setattr(picking, "after_until", counted)
    doc = segment(_TEXT)
    saturday = _TEXT.index("Saturday")
    assert not picking.held_deadline(doc, saturday)
    assert calls == [saturday]  # no clock time before it: its words are read once
    calls.clear()
    monday = _TEXT.index("Monday to bid")
    assert picking.held_deadline(doc, monday)
    assert calls == [monday, _TEXT.index("until 5 p.m.") + 6]  # the day's words, then the clock time's


@pytest.mark.parametrize("sentence, words, value", [
    ("Bidders for the Kessel mill have until 5 p.m. on Monday to bid.", "Monday", "2026-12-07"),
    ("The Velmont ferry union had until Monday to reply, and it did.", "Monday", "2026-11-30"),
    ("Pickets at Orsk stayed out from 6 a.m. on Friday until midnight on Sunday.", "Sunday", "2026-11-29"),
    ("Talks at the Brannock yard will run through noon on Thursday.", "Thursday", "2026-12-03"),
])
def test_days_after_clock_times_keep_their_values(sentence: str, words: str, value: str) -> None:
    doc = timeline.tag(sentence, reference_time=dt.date(2026, 12, 2))
    found = [t for t in doc.timexes if t.text == words]
    assert found and found[0].value == value, [(t.text, t.value) for t in doc.timexes]
