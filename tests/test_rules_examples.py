"""Every rule's examples in rules.toml run as tests: the corpus is the test suite.

An example is ``[text, value]``, ``[text, value, mod]`` or an inline table that can also
assert the grain and the bounds, in a past-, present- or future-tense sentence::

    { text = "on [the 14th]", value = "2026-02-14", grain = "DAY", earliest = "2026-02-14",
      latest = "2026-02-15", tense = "future" }

``earliest``/``latest`` are ISO instants or "none" (no bound), ``type`` the TIMEX3 type, ``anchor`` what it was resolved against ("t2", "reference_time"); the reference time is
2026-02-02 (a Monday) unless ``reference`` says otherwise.  ``sentence`` replaces the
templates with a text of its own (the extent in square brackets), for cues the templates
cannot carry: "The highway will stay closed until [Friday].", or an earlier sentence that
an anaphor refers to.  ``mode`` = "narrative" resolves it as a history.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Optional

import pytest

import timeline
from timeline.lexicon import load_lexicon

REFERENCE = "2026-02-02"
TEMPLATES = {
    "past": "Officials said it happened {}.",
    "present": "Officials say it is happening {}.",
    "future": "Officials say it will happen {}.",
}


def _example(example: Any) -> dict[str, Any]:
    if isinstance(example, dict):
        ex = {"tense": "past", "mod": None, **example}
        if "sentence" in ex:
            ex["text"] = ex["sentence"]
        return ex
    text, value, *mod = example
    return {"text": text, "value": value, "mod": mod[0] if mod else None, "tense": "past"}


def _cases():
    for rule in load_lexicon("en").rules:
        for example in rule.get("examples", []):
            ex = _example(example)
            yield pytest.param(rule["name"], ex, id=f"{rule['name']}:{ex['tense']}:{ex.get('sentence') or ex['text']}")


def _extent(marked: str) -> tuple[str, str]:
    """Plain text and expected extent of an example ("in [two weeks]" → "two weeks")."""
    m = re.search(r"\[(.*?)\]", marked)
    plain = marked.replace("[", "").replace("]", "")
    return plain, (m.group(1) if m else plain)


def _instant(text: str) -> Optional[dt.datetime]:
    return None if text == "none" else dt.datetime.fromisoformat(text)


@pytest.mark.parametrize("rule,ex", list(_cases()))
def test_rules_example_resolves(rule: str, ex: dict[str, Any]) -> None:
    plain, extent = _extent(ex["text"])
    text = plain if "sentence" in ex else TEMPLATES[ex["tense"]].format(plain)
    doc = timeline.tag(text, reference_time=ex.get("reference", REFERENCE), mode=ex.get("mode", "news"))
    found = [t for t in doc.timexes if t.text == extent]
    assert found, f"{extent!r} not tagged; got {[(t.text, t.rule) for t in doc.timexes]}"
    t = found[0]
    assert t.rule == rule
    assert t.value == ex["value"]
    assert t.mod == ex["mod"]
    if "grain" in ex:
        assert t.grain.name == ex["grain"]
    if "type" in ex:
        assert t.type.value == ex["type"]
    if "anchor" in ex:
        assert str(t.anchor) == ex["anchor"]
    if "earliest" in ex:
        assert t.earliest == _instant(ex["earliest"])
    if "latest" in ex:
        assert t.latest == _instant(ex["latest"])


def test_rules_every_rule_has_examples() -> None:
    missing = [r["name"] for r in load_lexicon("en").rules if not r.get("examples")]
    assert missing == []


def test_rules_bounded_examples_cover_the_new_rules() -> None:
    """Rules added for narrative resolution assert bounds or grain, not only a value."""
    for rule in load_lexicon("en").rules:
        if rule["name"] in ("month_of_that_year", "day_of_month", "date_bc", "period_bc", "range_start_bc"):
            assert any(isinstance(e, dict) and ("grain" in e or "earliest" in e) for e in rule["examples"]), rule["name"]


def test_rules_every_pattern_compiles_and_matches_its_examples() -> None:
    """A broken pattern in rules.toml is caught here, not at a user's first match: each
    rule's own regex must match the extent of each of its examples."""
    from timeline.recognize.grammar import compile_grammar

    grammar = compile_grammar("en", gated=True)
    rules = {r["name"]: r for r in load_lexicon("en").rules}
    for i, name in enumerate(grammar.rule_names):
        regex = grammar.rule_regex(i)
        for example in rules[name]["examples"]:
            ex = _example(example)
            plain, _ = _extent(ex["text"])
            low = (plain if "sentence" in ex else TEMPLATES[ex["tense"]].format(plain)).lower().replace("\u2019", "'")
            assert any(regex.match(low, s) for s in range(len(low))), (name, plain)
