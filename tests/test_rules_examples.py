"""Every rule's examples in rules.toml run as tests: the corpus is the test suite."""

from __future__ import annotations

import re

import pytest

import timeline
from timeline.lexicon import load_lexicon

REFERENCE = "2026-02-02"
TEMPLATE = "Officials said it happened {}."


def _cases():
    for rule in load_lexicon("en").rules:
        for example in rule.get("examples", []):
            text, value, *mod = example
            yield pytest.param(rule["name"], text, value, mod[0] if mod else None, id=f"{rule['name']}:{text}")


def _extent(marked: str) -> tuple[str, str]:
    """Plain text and expected extent of an example ("in [two weeks]" → "two weeks")."""
    m = re.search(r"\[(.*?)\]", marked)
    plain = marked.replace("[", "").replace("]", "")
    return plain, (m.group(1) if m else plain)


@pytest.mark.parametrize("rule,text,value,mod", list(_cases()))
def test_rules_example_resolves(rule: str, text: str, value: str, mod: "str | None") -> None:
    plain, extent = _extent(text)
    doc = timeline.tag(TEMPLATE.format(plain), reference_time=REFERENCE)
    found = [t for t in doc.timexes if t.text == extent]
    assert found, f"{extent!r} not tagged; got {[(t.text, t.rule) for t in doc.timexes]}"
    t = found[0]
    assert t.rule == rule
    assert t.value == value
    assert t.mod == mod


def test_rules_every_rule_has_examples() -> None:
    missing = [r["name"] for r in load_lexicon("en").rules if not r.get("examples")]
    assert missing == []


def test_rules_every_pattern_compiles() -> None:
    """A broken pattern in rules.toml is caught here, not at a user's first match."""
    from timeline.recognize.grammar import compile_grammar

    grammar = compile_grammar("en", gated=True)
    for i, name in enumerate(grammar.rule_names):
        assert grammar.rule_regex(i).pattern, name
