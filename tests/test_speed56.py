"""Session 56, speed: the words before a time read once, and the signal tests of ``picking.direction`` asked only when
their trigger words are in reach (``resolve/tense_gates``).

A gate closed must mean its test says no: these tests read every position of sentences written for them (trigger words
at and around the edges of each window) and compare, and tag whole texts with the gates and with every gate open.
"""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline.lexicon import load_lexicon
from timeline.recognize.meaning import Mention
from timeline.resolve import picking, tense_gates as gate, tense_reports, tense_signals
from timeline.resolve.anchors import Context
from timeline.resolve.tense_cues import _may_hold, _may_hold_phrase
from timeline.text import segment

_TEXT = (
    "Dockers at Velmont have until Friday to vote, and the ferry firm has been told to leave by noon on Thursday. "
    "Prices have risen 12 percent since its low in March, more than in April, and the Toronto board gave them until Monday. "
    "The coach named his side for Saturday's match. The club has sold 40,000 tickets for Saturday, ahead of Sunday's derby, with fans warned of heavy rain on Wednesday. "
    "Organisers cancelled Saturday's parade; the hearing was adjourned until a hearing on Tuesday, on the eve of the vote. "
    "Since the firm bought the unit in February, shares fell to 4.1 percent from 4.5 percent in May, a premium to its price on Friday. "
    "The judge bailed him to appear on Monday, declared a curfew from Sunday and set a start date in November; "
    "Bidders have until 5 p.m. on Monday to bid, and the board delayed the long-awaited vote on the merger until Tuesday; "
    "the match sold out on Tuesday, and tickets for the final on Friday went on sale before Christmas, leading up to the New Year."
)
_LONG = "In a very long sentence that keeps going and going without any stop at all for a good while, " * 3 + "the fund has until Friday."


def _positions(text: str) -> list[int]:
    return list(range(1, len(text) + 1))


def _reference(doc, start: int, g: gate.Gate) -> bool:  # type: ignore[no-untyped-def]
    """A gate's quick test asked directly: its words over its own window of the text."""
    s = doc.sentence_at(start)[0]
    lo = gate._window_start(start, s, g.reach, g.clipped)
    if g.words and _may_hold(doc.text, lo, start, g.words):
        return True
    return bool(g.phrases) and _may_hold_phrase(doc.text, lo, start, g.phrases)


@pytest.mark.parametrize("text", [_TEXT, _LONG, "SINCE MARCH, prices FELL; Until Friday the DOCK IS SHUT for TUESDAY."])
def test_gates_answer_as_the_quick_tests(text: str) -> None:
    """At every position, each gate is open exactly when its words are in its window (a window reaching further back than
    the words read once: open)."""
    doc = segment(text)
    for k in _positions(text):
        mask = gate.open_gates(doc, k)
        lead = max(0, k - gate.LEAD_REACH)
        for g in gate.gates("en"):
            window = gate._window_start(k, doc.sentence_at(k)[0], g.reach, g.clipped)
            if window < lead:
                assert mask & g.bit, (k, g.bit)
            elif _reference(doc, k, g):
                assert mask & g.bit, (k, text[max(0, k - 40) : k], g.bit)
        own = {g.bit: False for g in gate.gates("en")}
        for g in gate.gates("en"):
            window = gate._window_start(k, doc.sentence_at(k)[0], g.reach, g.clipped)
            own[g.bit] |= window < lead or _reference(doc, k, g)
        assert mask == sum(bit for bit, opened in own.items() if opened), (k, text[max(0, k - 40) : k])


def _context(text: str) -> Context:
    return Context(segment(text), dt.datetime(2026, 3, 5), "news", load_lexicon("en"))


_TESTS = {
    gate.PAST_SIGNAL: lambda c, m: tense_signals.after_past_signal(c.text, m.start),
    gate.PAST_PHRASE: lambda c, m: tense_signals.after_past_phrase(c.doc, m.start),
    gate.KNOWN_COMPARISON: lambda c, m: tense_signals.after_known_comparison(c.text, m.start),
    gate.KNOWN_MEASURE: lambda c, m: tense_signals.after_known_measure(c.text, m.start, m.end),
    gate.COMPARED_AMOUNT: lambda c, m: tense_signals.after_compared_amount(c.doc, m.start),
    gate.FUTURE_SIGNAL: lambda c, m: tense_signals.before_future_signal(c.text, m.start),
    gate.PRECEDING: lambda c, m: tense_signals.before_preceding_signal(c.text, m.start),
    gate.PAST_CLAUSE: lambda c, m: tense_reports.opens_past_clause(c.doc, m.start),
    gate.ABSOLUTE: lambda c, m: picking.absolute_phrase(c, m),
    gate.DIRECTIVE: lambda c, m: tense_signals.after_directive(c.doc, m.start),
    gate.APPOINTMENT: lambda c, m: tense_signals.after_appointment(c.text, m.start),
    gate.DECREED: lambda c, m: tense_signals.after_decreed_start(c.doc, m.start),
    gate.FOREWARNING: lambda c, m: tense_signals.after_forewarning(c.doc, m.start),
    gate.FOR_WEEKDAY: lambda c, m: tense_signals.for_weekday(c.doc, m.start, m.end),
    gate.PERFECT: lambda c, m: tense_signals.perfect_in_clause(c.doc, m.start),
    gate.FIXTURE_FOR: lambda c, m: picking.fixture_for(c, m) and not picking._sale_after(c, m),
    gate.HELD_DEADLINE: lambda c, m: picking.held_deadline(c.doc, m.start),
    gate.UNTIL: lambda c, m: tense_reports.until_to_act(c.doc, m.start, m.end),
    gate.SUMMONS: lambda c, m: tense_signals.after_summons(c.doc, m.start),
    gate.DEFERRING: lambda c, m: tense_reports.until_signal(c.doc, m.start),
    gate.UNTIL_FIXTURE: lambda c, m: picking.until_fixture(c, m),
    gate.CALLED_OFF: lambda c, m: picking.fixture_called_off(c, m),
}


def test_every_gate_has_its_test() -> None:
    assert set(_TESTS) == {g.bit for g in gate.gates("en")}
    assert sum(_TESTS) == gate.ALL


@pytest.mark.parametrize("text", [_TEXT, _LONG])
def test_a_closed_gate_is_its_test_saying_no(text: str) -> None:
    """Every position of the text read as a time's start (its end at the word's end): where a gate is closed its own test
    says no; and each test says yes somewhere in the text written for them."""
    ctx = _context(text)
    said = {bit: 0 for bit in _TESTS}
    for k in _positions(text):
        end = k
        while end < len(text) and text[end].isalnum():
            end += 1
        mention = Mention(k, max(end, k + 1), text[k : max(end, k + 1)], None, "test")  # type: ignore[arg-type]
        mask = gate.open_gates(ctx.doc, k)
        for bit, test in _TESTS.items():
            if test(ctx, mention):
                said[bit] += 1
                assert mask & bit, (bit, text[max(0, k - 50) : k])
    if text is _TEXT:
        assert all(said.values()), [bit for bit, n in said.items() if not n]


_STORIES = [
    "The club has sold 40,000 tickets for Saturday. Police have urged drivers to stay at home on Sunday.",
    "Unions have called a strike for Nov. 12. The coach named his side for Saturday's match.",
    "Forecasters warned of heavy snow late on Wednesday. The board declared three days of mourning from Monday.",
    "Congress has until March 27 to act, and the union has until Tuesday to reply. The port extended its offer until Nov. 9.",
    "He was bailed to return to court on Monday. Organisers cancelled Saturday's parade.",
    "Shares have gained since January and will be higher than in March. Shoppers crowded the malls before Christmas.",
    "Since the firm bought the unit in February, sales rose. The price fell to $42 in June from $29.75 in March.",
    "Traders squared positions ahead of the weekend. The vote was on September 23, with the result announced on Friday.",
    "He was granted bail until a hearing on October 2. The team needed until the end of July to study the footage.",
]


@pytest.mark.parametrize("story", _STORIES)
def test_tags_are_the_same_with_every_gate_open(story: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = [(t.start, t.value) for t in timeline.tag(story, reference_time="2026-03-05")]
    monkeypatch.setattr(picking, "lead_gates", lambda ctx, start: gate.ALL)
    assert gated == [(t.start, t.value) for t in timeline.tag(story, reference_time="2026-03-05")]


def test_gated_directions_keep_their_values() -> None:
    """End to end (the values the tagger gave before the gates; said on Thursday 5 March 2026)."""
    def values(text: str) -> list[str]:
        return [t.value for t in timeline.tag(text, reference_time="2026-03-05")]

    assert values("The club has sold 40,000 tickets for Saturday.") == ["2026-03-07"]  # what it was done for, ahead
    assert values("Forecasters warned of heavy snow late on Wednesday.") == ["2026-03-04"]  # the closest Wednesday
    assert values("The port extended its offer until Friday.") == ["2026-03-06"]  # a deadline set, ahead
    assert values("He was bailed to return to court on Monday.") == ["2026-03-09"]  # the appearance set, ahead
    assert values("The union has until Tuesday to reply.") == ["2026-03-10"]  # a deadline held now
    assert values("Shoppers crowded the malls before Christmas.") == ["2025-12-25"]


_SALE_WINDOWS = ["had sold out by noon", "tickets went on sale", "the sale went on", "sold the stand, out of", "Booked Out",
                 "gone on to the sale", "nothing here", "the sellout", "it goes on", "go on, sale", "without a sale"]


def test_shared_groups_answer_as_the_phrases() -> None:
    """Phrases grouped by their most shared word ("out", "sale") give the same answer as asking every phrase, in any window."""
    from timeline.resolve.tense_cues import _may_hold_grouped, shared_groups, tense_words

    phrases = tense_words("en").fixture_sales
    groups = shared_groups(phrases)
    assert {key for key, _ in groups} == {"out", "sale"}  # (eight phrases, two words to look for first)
    assert sorted(sorted((key, *rest)) for key, rests in groups for rest in rests) == sorted(sorted(p) for p in phrases)
    for window in _SALE_WINDOWS:
        for a in range(len(window)):
            assert _may_hold_grouped(window, a, len(window), groups) == _may_hold_phrase(window, a, len(window), phrases), (window, a)
    assert shared_groups([("a", "b"), ()]) == (("a", (("b",),)), ("", ((),)))  # an empty phrase: in every window


def test_english_default_tests_keep_english_gates(monkeypatch: pytest.MonkeyPatch) -> None:
    """direction asks after_past_signal, before_future_signal and before_preceding_signal in English whatever the
    document's language (their default): their gates read English words in a toy German lexicon's text too."""
    from pathlib import Path

    root = Path(__file__).resolve().parent / "data" / "lexicon"
    texts = ["Der Sturm kam ahead of Freitag.", "Es war ruhig since Freitag.", "Es war ruhig before Freitag."]
    gated = [[(t.start, t.value) for t in timeline.tag(x, "2026-05-04", language="de", lexicon_dir=root)] for x in texts]
    monkeypatch.setattr(picking, "lead_gates", lambda ctx, start: gate.ALL)
    assert gated == [[(t.start, t.value) for t in timeline.tag(x, "2026-05-04", language="de", lexicon_dir=root)] for x in texts]
    assert {g.bit: g for g in gate.gates("en")}[gate.PAST_SIGNAL].words == gate.tense_words("en").past_signals
