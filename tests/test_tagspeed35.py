"""Session 35's speed work on the tagger: each quick test or memo gives the answers of the work it stands before.

- perfect_in_clause, scheduled_in_clause, after_prior_gerund (resolve/tense_signals.py) and absolute_phrase (resolve/picking.py)
  first test, without tokenising, whether a word they look for is in reach at all;
- picking._words_before is worked out once per expression (several checks of its direction read it).
"""

from __future__ import annotations

import datetime as dt
import re
import types

import pytest

from timeline.lexicon import load_lexicon
from timeline.resolve import picking, tense_reports, tense_signals
from timeline.resolve.anchors import Context
from timeline.text import segment

# sentences written for this test: perfects, scheduling and intent words, "after" before a gerund, phrases after a comma
# opened by "with", curly and straight apostrophes, words in capitals
_TEXT = (
    "The club has sold 40,000 tickets for Saturday, and the board have planned a rally for Sunday. "
    "They’ve booked a hall for Friday; we've scheduled the vote for Monday after meeting on Thursday. "
    "The final is on Saturday, with the semi-finals played on Wednesday, and the replay was set for Tuesday. "
    "The team will play in the final on Saturday after beating the champions on Sunday. "
    "Voters planned to march on Friday, WITH the police escorting them, after waiting since March. "
    "HAS the council scheduled a hearing for June, with a ruling expected in July? It has not said. "
    "The union intends to strike on Monday, with pickets planned at every depot after talks failed on Friday."
)


def _spans() -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z0-9][\w.]*", _TEXT)]


def _answers(doc: object, ctx: Context) -> list[tuple[bool, ...]]:
    return [(tense_signals.perfect_in_clause(doc, a), tense_signals.scheduled_in_clause(doc, a), tense_signals.after_prior_gerund(doc, a),  # type: ignore[arg-type]
             picking.absolute_phrase(ctx, types.SimpleNamespace(start=a, end=b)))  # type: ignore[arg-type]
            for a, b in _spans()]


def _context() -> Context:
    return Context(segment(_TEXT), dt.datetime(2026, 12, 5), "news", load_lexicon("en"))


def test_quick_tests_answer_as_the_full_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every word of the text read as a time: each helper answers the same with its quick test and with it always passing."""
    ctx = _context()
    fast = _answers(ctx.doc, ctx)
    for module in (tense_reports, tense_signals):  # (where the helpers look it up)
        monkeypatch.setattr(module, "_may_hold", lambda text, start, end, words: True)
    monkeypatch.setattr(picking, "_may_hold", lambda text, start, end, words: True)
    object.__setattr__(ctx, "text", _TextWithCommas(_TEXT))  # absolute_phrase's comma test always passing too (a test's own context)
    assert fast == _answers(ctx.doc, ctx)
    assert all(any(row[k] for row in fast) and not all(row[k] for row in fast) for k in range(4))  # each says yes and no somewhere


class _TextWithCommas(str):
    """The text, its ``find`` of a comma always finding one (so the quick comma test never answers)."""

    def find(self, sub: str, *args: object) -> int:  # type: ignore[override]
        return 0 if sub == "," else str.find(self, sub, *args)  # type: ignore[arg-type]


def test_words_before_read_once_per_expression_are_the_words_worked_out_afresh() -> None:
    ctx = _context()
    spans = _spans()
    first = [picking._words_before(ctx, types.SimpleNamespace(start=a, end=b)) for a, b in spans]  # type: ignore[arg-type]
    again = [picking._words_before(ctx, types.SimpleNamespace(start=a, end=b)) for a, b in reversed(spans)][::-1]  # type: ignore[arg-type]
    fresh = [picking._words_before(_context(), types.SimpleNamespace(start=a, end=b)) for a, b in spans]  # type: ignore[arg-type]
    assert first == again == fresh
    assert ["planned", "a", "rally", "for"] in fresh and ["will", "play", "in"] in fresh  # (a determiner before it left out: "in [the] final")


def _rules_at(text: str, word: str) -> "set[int] | None":
    """The rules a walk of ``word``'s trie leaves to try at the start of ``text`` (None: none)."""
    from timeline.recognize import lookahead
    from timeline.recognize.grammar import compile_grammar

    g = compile_grammar("en", False)
    trie = g.lookahead(word)
    assert trie is not None
    m = lookahead.walk(trie, text, len(word), g.node_matcher)
    return None if m is None else {i for i, _ in m}  # (tried one by one: lookahead.LIST_MAX)


def test_a_digit_or_a_closing_mark_after_a_start_word_narrows_the_rules_tried() -> None:
    """A trie branches on digits and on the marks of quotes, brackets and clauses too: "nov 3" leaves fewer rules than
    "nov " (the walk stopped at the digit and tried them all), and no rule the walk leaves without the digit is lost."""
    spaced = _rules_at("nov ", "nov") or set()
    for text in ("nov 3, 2024", "nov 30 at noon", "nov 2024"):
        narrowed = _rules_at(text, "nov") or set()
        assert narrowed < spaced, text
    assert (_rules_at("nov) said", "nov") or set()) < set(_rules_at("nov", "nov") or ())  # (the end of the text: every rule)
    from timeline.recognize import recognize

    assert [m.text for m in recognize("The vote is on Nov 3, 2024 (Nov 30 at noon); NOV 2024.")] == ["Nov 3, 2024", "Nov 30", "noon", "NOV 2024"]
