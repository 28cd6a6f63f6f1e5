"""Session 59, speed: exact shortcuts in recognition (the same output, less work).

- Recognition reads every text with the grammar that has the gated rules (``compile_grammar(language, True)``) and
  refuses a gated rule's match where no gate opens for the text (``recognize._Gate``): the mentions are those of the
  grammar without those rules, and the scan for the gates' strings (``gates_open``) is made only for a text where a
  gated rule matches.

The expected values are those the base tree (618fb1cc, which chose the grammar by ``gates_open`` first) gives.
"""

from __future__ import annotations

import pytest

import timeline
import timeline.recognize as recognize_module
from timeline.lexicon import load_lexicon
from timeline.recognize import _Gate, gated_rules, recognize
from timeline.recognize.grammar import compile_grammar, gates_open

# my own sentences: a gated rule matches in each (ordinal_day, holiday_pod, year_ad), but no gate opens for the text
_SHUT = [
    ("Crews worked through the twenty-first day of the dig at Harrowby.", []),
    ("Fighting near Oskel went on for the twenty-first straight day on Monday.", [("Monday", "2026-03-09")]),
    ("Lanterns were lit across Pellow on Diwali night.", [("Diwali", "2025")]),
    ("The Corrin family ate together on Passover evening.", [("Passover", "2025"), ("evening", "2026-03-09TEV")]),
    ("Revellers filled the square of Tarnby on Hogmanay night.", [("Hogmanay", "2025-12-31")]),
    ("AD 1066 saw the abbey at Wrenfold founded.", []),  # (year_ad at the text's start, no " ad" before it; "ad" has no trie: the alternation's path)
]
# ... and texts a gate opens for: the gated rules apply
_OPEN = [
    ("The shop in Velbrook reopened on the twelfth day of the sale.", [("the twelfth day", "2026-03-09")]),
    ("The Marrow Street fair ran again on Christmas night.", [("Christmas night", "2025-12-25TNI")]),
    ("The harbour wall at Dunsey was raised in 212 BC.", [("212 BC", "BC0212")]),
    ("She joined the Tolby rowing club in '98 and left in '04.", [("'98", "1998"), ("'04", "2004")]),
]


def _tagged(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timeline.tag(text, reference_time="2026-03-09").timexes]


def _refusals(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The rules ``_accept`` refuses as gated (their names), recorded while the test runs."""
    refused: list[str] = []
    accept = recognize_module._accept

    def counting(grammar, text, index, *rest):  # type: ignore[no-untyped-def]
        gate = rest[-1] if rest and isinstance(rest[-1], _Gate) else None
        if gate is not None and index in gate.rules and gate.shut():
            refused.append(grammar.rule_names[index])
        return accept(grammar, text, index, *rest)

    monkeypatch.setattr(recognize_module, "_accept", counting)
    return refused


@pytest.mark.parametrize("text, expected", _SHUT)
def test_a_gated_rule_is_refused_where_no_gate_opens(monkeypatch: pytest.MonkeyPatch, text: str, expected: list[tuple[str, str]]) -> None:
    refused = _refusals(monkeypatch)
    assert not gates_open("en", text.lower())
    assert _tagged(text) == expected
    assert refused and set(refused) <= {"ordinal_day", "holiday_pod", "year_ad"}  # (the path is taken: a gated rule did match)


@pytest.mark.parametrize("text, expected", _OPEN)
def test_gated_rules_apply_where_a_gate_opens(monkeypatch: pytest.MonkeyPatch, text: str, expected: list[tuple[str, str]]) -> None:
    refused = _refusals(monkeypatch)
    assert gates_open("en", text.lower())
    assert _tagged(text) == expected
    assert not refused


def test_the_gates_are_not_read_where_no_gated_rule_matches(monkeypatch: pytest.MonkeyPatch) -> None:
    def unread(language: str, low: str) -> bool:
        raise AssertionError("gates_open asked")

    monkeypatch.setattr(recognize_module, "gates_open", unread)
    text = "The ferry to Carrow Isle sailed on Tuesday morning, three days after the storm of last week."
    assert [m.text for m in recognize(text)] == ["Tuesday morning", "three days", "last week"]
    with pytest.raises(AssertionError, match="gates_open asked"):
        recognize("The harbour wall at Dunsey was raised in 212 BC.")


def test_the_gate_is_worked_out_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(recognize_module, "gates_open", lambda language, low: asked.append(low) or False)
    gate = _Gate(compile_grammar("en", True), "en", "on diwali night and on passover evening")
    assert gate.shut() and gate.shut()
    assert len(asked) == 1


def test_gated_rules_are_the_lexicons_rules_with_a_gate() -> None:
    grammar = compile_grammar("en", True)
    rules = load_lexicon("en").rules
    found = gated_rules(grammar)
    assert found == {i for i, rule in enumerate(rules) if "gate" in rule}
    assert {grammar.rule_names[i] for i in found} >= {"date_bc", "apostrophe_year", "ordinal_day", "holiday_pod"}
    assert "weekday" not in {grammar.rule_names[i] for i in found}
    with pytest.raises(AssertionError):
        gated_rules(compile_grammar("en", False))  # (indices of a grammar without them would be another rule's)


# --- _normalised: the recognizer's lower-cased text, by str.lower in ASCII text

_NORMALISED_TEXTS = [
    "The FERRY to Carrow Isle left at 6 A.M. on Tuesday -- 3-4 May, 1999/2000; ~all {tickets} [sold] @ $5 & 10%!",
    "".join(chr(c) for c in range(128)),  # every ASCII character
    "Tolby\u2019s fair \u2018opened\u2019 on 3\u20134 May\u00a0at\u202f10\u2009a.m.; the M\u00e4rz issue \u0130stanbul \u212a",  # not ASCII: the table
    "",
]


@pytest.mark.parametrize("text", _NORMALISED_TEXTS)
def test_normalised_is_the_normalising_table(text: str) -> None:
    from timeline.recognize import _NORMALISE, _normalised

    assert _normalised(text) == text.translate(_NORMALISE)
    assert len(_normalised(text)) == len(text)


def test_the_normalising_table_changes_only_capitals_in_ascii() -> None:
    from timeline.recognize import _NORMALISE

    ascii_keys = {k for k in _NORMALISE if k < 128}
    assert ascii_keys == set(range(ord("A"), ord("Z") + 1))  # (else str.lower would not stand for it in ASCII text)
    assert all(_NORMALISE[k] in (k + 32, chr(k + 32)) for k in ascii_keys)


# --- Doc: the sentences of a segmented text made from their spans when first read

from timeline.text import Doc, Sentence, segment, tokenize  # noqa: E402

_DOC_TEXTS = [
    "The ferry to Carrow Isle left at 6 a.m. on Tuesday. Mr. Pell said it was late.\n\nA second boat sailed on Friday!",
    "Lanterns were lit in Pellow. \u201cIt was cold,\u201d said Ana. The fair closed at 9 p.m. Sunday, and reopened.",
    "",
    "   ",
    "one line without a stop",
]


@pytest.mark.parametrize("text", _DOC_TEXTS)
def test_a_segmented_doc_reads_as_one_made_from_its_sentences(text: str) -> None:
    doc = segment(text)
    assert doc._sentences is None  # (nothing made yet: tagging reads spans only)
    made = Doc(text, tuple(Sentence(s, e, None) for s, e in doc.spans), "en")  # type: ignore[arg-type]
    assert doc == made and hash(doc) == hash(made) and len(doc) == len(made)
    for offset in range(-1, len(text) + 2):
        assert doc.sentence_at(offset) == made.sentence_at(offset)
        assert doc.sentence_index(offset) == made.sentence_index(offset)
    sentences = doc.sentences
    assert [(s.start, s.end) for s in sentences] == doc.spans == made.spans
    assert doc.sentences is sentences  # (made once, kept)
    for s in sentences:
        assert s.tokens == tuple(t for t in tokenize(text) if s.start <= t.start < s.end)
    assert repr(doc) == repr(made)


def test_the_repr_and_equality_of_a_doc() -> None:
    doc = segment("It rained. It stopped.")
    assert repr(doc) == "Doc(text='It rained. It stopped.', sentences=(Sentence(start=0, end=10), Sentence(start=11, end=22)), language='en')"
    assert doc != Doc(doc.text, (Sentence(0, 22, None),), "en")  # type: ignore[arg-type]  # (other spans: another document)
    assert doc.spans == [(0, 10), (11, 22)] and doc.sentence_at(12) == (11, 22) and doc.sentence_at(10) == (0, 10)
    lead = segment("  It rained. It stopped.")
    assert lead.sentence_at(0) == (2, 12) and lead.sentence_at(14) == (13, 24)  # (before the first sentence: the first)
