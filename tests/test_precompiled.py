"""Rules compiled ahead of time: the shipped artifacts are current, used, and safe to miss."""

from __future__ import annotations

import lzma
import marshal
import re
import sys

import pytest

import timeline.recognize as recognize_module
from timeline.recognize import grammar as grammar_module
from timeline.recognize import lookahead, precompiled, recognize
from timeline.recognize.grammar import compile_grammar

from _scripts import load_script

STALE = "the compiled rules are stale: run `python tools/compile_rules.py` (see its docstring) and commit timeline/recognize/data/"

SENTENCES = (
    "The plant closed on March 3, 2024, two years after it opened in the spring of 2022.",
    "Talks resumed last Tuesday and will end within 48 hours, officials said on Friday morning.",
    "Every other week, in the 1990s, she wrote three times a day until the early hours.",
    "Sales rose 12% in the third quarter of fiscal 2025 from a year earlier; 1,200 jobs remain.",
    "It dates from 300 BC, or about twenty-three centuries ago, by most accounts.",
)


def _tool():  # type: ignore[no-untyped-def]
    return load_script("tools/compile_rules.py", "_compile_rules")


def _fresh(gated: bool = False) -> grammar_module.Grammar:
    """A grammar with nothing compiled yet (the cached one may have been used by other tests)."""
    return compile_grammar.__wrapped__("en", gated)


@pytest.fixture(scope="module")
def current() -> list[str]:
    """Every pattern the current grammars compile, with the shipped dispatch tables (checked current below)."""
    tool = _tool()
    patterns: list[str] = []
    for gated in (False, True):
        fresh = _fresh(gated)
        table = precompiled.dispatch_table(fresh.fingerprint())
        assert table is not None, STALE
        patterns.extend(tool.grammar_patterns(fresh, dict(table)))
    return patterns


@pytest.mark.parametrize("gated", [False, True])
def test_shipped_dispatch_table_is_the_computed_one(gated: bool) -> None:
    """The start words' rules all, the lookahead tries of a few words (computing all takes a minute: the
    fingerprint covers every pattern and setting they depend on)."""
    fresh = _fresh(gated)
    shipped = precompiled.dispatch_table(fresh.fingerprint())
    assert shipped is not None, STALE
    keys = sorted(fresh.start_words | {"#"})
    assert {k: v for k, v in shipped.items() if not k.startswith(precompiled.TRIE_MARK)} == {k: fresh.start_rules(k) for k in keys}, STALE
    tries = {k[1:] for k in shipped if k.startswith(precompiled.TRIE_MARK)}
    assert {"the", "a", "early", "#1", "#4"} <= tries
    for key in ("the", "early", "#4", sorted(tries)[len(tries) // 2]):
        computed = fresh.build_lookahead(key)
        assert computed is not None and lookahead.encode(lookahead.unpack(shipped[precompiled.TRIE_MARK + key])) == lookahead.encode(computed), STALE
    few = [k for k in keys if 0 < len(shipped[k]) <= lookahead.SPLIT]
    assert few and all(k not in tries and fresh.build_lookahead(k) is None for k in few[:5])  # few rules begin with them: no trie


def test_shipped_patterns_are_what_re_compile_builds(current) -> None:
    patterns = current
    entries, _ = precompiled.shipped_entries(precompiled.DATA_DIR)
    missing = [p[:60] for p in set(patterns) if precompiled.pattern_key(p) not in entries]
    assert not missing, STALE + f" ({len(missing)} patterns missing for {precompiled.interpreter_key()})"
    for pattern in set(patterns):
        fast, slow = precompiled.compile_pattern(pattern), re.compile(pattern)
        assert fast == slow  # same flags, pattern text and engine code
        assert (fast.groups, fast.groupindex) == (slow.groups, slow.groupindex)


def test_first_match_compiles_nothing_at_run_time(monkeypatch) -> None:
    """With the artifacts, a fresh grammar neither parses a pattern nor loads the partial matcher."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled at run time")

    monkeypatch.setattr(precompiled.re, "compile", refuse)
    monkeypatch.setattr(grammar_module.Grammar, "rules_for", refuse)
    grammar = _fresh()
    for word in ("march", "last", "#", "two", "the"):
        token = "2024" if word == "#" else word
        assert grammar.matcher_for(token) is not None
    assert grammar.rule_regex(0).match is not None


def test_without_artifacts_the_tagger_computes_the_same(monkeypatch, tmp_path) -> None:
    """Another interpreter (no compiled code) or an edited rule (no table): same mentions, computed."""
    with_artifacts = [[(m.start, m.end, m.rule, m.meaning) for m in recognize(s)] for s in SENTENCES]
    compiled: list[str] = []
    real_compile = re.compile

    def counting(pattern: str, flags: int = 0) -> "re.Pattern[str]":
        compiled.append(pattern)
        return real_compile(pattern, flags)

    monkeypatch.setattr(precompiled.re, "compile", counting)
    monkeypatch.setattr(grammar_module, "dispatch_table", lambda fingerprint: None)
    monkeypatch.setattr(grammar_module, "compile_pattern", lambda pattern: precompiled.compile_pattern(pattern, tmp_path))
    fresh = {gated: _fresh(gated) for gated in (False, True)}
    monkeypatch.setattr(recognize_module, "compile_grammar", lambda language, gated=False: fresh[gated])
    without = [[(m.start, m.end, m.rule, m.meaning) for m in recognize(s)] for s in SENTENCES]
    assert compiled, "the fallback did not run"
    assert without == with_artifacts
    assert sum(len(x) for x in without) >= 10


def test_a_pattern_the_artifact_lacks_is_compiled() -> None:
    pattern = r"(?P<w>never shipped)\s+pattern"
    assert precompiled.pattern_key(pattern) not in precompiled.shipped_entries(precompiled.DATA_DIR)[0]
    assert precompiled.compile_pattern(pattern).match("never shipped  pattern").group("w") == "never shipped"


def test_another_interpreters_artifact_is_not_used(tmp_path) -> None:
    """An artifact whose interpreter key differs (e.g. copied under this one's file name) is ignored."""
    tool = _tool()
    pattern = r"(?P<a>ab)c"
    (tmp_path / precompiled.sre_file_name()).write_bytes(tool.artifact_bytes([pattern]))
    assert precompiled.pattern_key(pattern) in precompiled.shipped_entries(tmp_path)[0]
    other = "cpython-311-sre1-c4-u1114111-r4294967295"
    (tmp_path / precompiled.sre_file_name(other)).write_bytes((tmp_path / precompiled.sre_file_name()).read_bytes())
    assert precompiled.shipped_entries(tmp_path, other) == ({}, ())
    assert precompiled.compile_pattern(pattern, tmp_path, other) == re.compile(pattern)


def test_damaged_code_falls_back_to_re_compile(tmp_path) -> None:
    """The engine's validator refuses a damaged entry; the pattern is then compiled."""
    tool = _tool()
    pattern = r"(?P<a>ab)+c"
    data = marshal.loads(tool.artifact_bytes([pattern]))
    raw = lzma.decompress(data["chunks"][0])
    data["chunks"] = (lzma.compress(b"\xff" * len(raw)),)
    (tmp_path / precompiled.sre_file_name()).write_bytes(marshal.dumps(data))
    entries, chunks = precompiled.shipped_entries(tmp_path)
    assert precompiled.pattern_key(pattern) in entries and lzma.decompress(chunks[0]) == b"\xff" * len(raw)
    assert precompiled.compile_pattern(pattern, tmp_path) == re.compile(pattern)
    garbled = tmp_path / "garbled"
    garbled.mkdir()
    (garbled / precompiled.sre_file_name()).write_bytes(b"not an artifact")
    assert precompiled.shipped_entries(garbled) == ({}, ())
    assert precompiled.compile_pattern(pattern, garbled).fullmatch("ababc")


def test_a_pattern_reads_only_its_own_chunk(tmp_path, monkeypatch) -> None:
    """The code is compressed in chunks, so a short text decompresses only what it uses."""
    tool = _tool()
    patterns = [rf"(?P<w{i}>{'x' * (i + 1)})\s+(?P<v{i}>day|week)" for i in range(6)]
    expected = [re.compile(p) for p in patterns]
    (tmp_path / precompiled.sre_file_name()).write_bytes(tool.artifact_bytes(patterns, chunk_words=40))
    assert len(precompiled.shipped_entries(tmp_path)[1]) >= 3
    read: list[int] = []
    real = precompiled.lzma.decompress
    monkeypatch.setattr(precompiled.lzma, "decompress", lambda data: read.append(len(data)) or real(data))
    monkeypatch.setattr(precompiled.re, "compile", None)  # the artifact must serve every pattern
    assert precompiled.compile_pattern(patterns[4], tmp_path).fullmatch("xxxxx  week").group("v4") == "week"
    assert len(read) == 1
    for p, slow in zip(patterns, expected):
        fast = precompiled.compile_pattern(p, tmp_path)
        assert fast == slow and fast.groupindex == slow.groupindex


def test_artifact_bytes_are_deterministic() -> None:
    tool = _tool()
    patterns = [r"(?P<x>\d{1,3})\s+days", r"a|b(?P<y>c)"]
    assert tool.artifact_bytes(patterns) == tool.artifact_bytes(list(reversed(patterns)))


def test_artifact_bytes_do_not_depend_on_what_is_interned() -> None:
    """The same bytes before and after the process interns a group name (marshal writes an interned string
    differently; a one-letter name is a string the interpreter shares, interned by whatever code uses it as a
    name: a suite run once failed the test above so)."""
    tool = _tool()
    patterns = ["(?P<\u00fe>" + r"\d{1,2})/(?P<day>\d{1,2})"]
    before = tool.artifact_bytes(patterns)
    sys.intern("\u00fe")
    assert tool.artifact_bytes(patterns) == before


def test_a_damaged_dispatch_file_is_ignored(tmp_path) -> None:
    fp = _fresh().fingerprint()
    for i, content in enumerate(("{not json", '["a list"]', '{"%s": {"march": ["x"]}}' % fp, '{"%s": {"march": [3, 7]}}' % fp)):
        d = tmp_path / str(i)
        d.mkdir()
        (d / precompiled.DISPATCH_FILE).write_text(content, encoding="utf-8")
        table = precompiled.dispatch_table(fp, d)
        assert (table is None) if i < 3 else (dict(table) == {"march": (3, 7)})


def test_decompressed_code_is_not_kept_for_the_life_of_the_process() -> None:
    """Tagging touches many chunks of the artifact; only the last few stay decompressed in memory."""
    recognize(" ".join(SENTENCES) + " The coming weeks, a year ago, the early 1990s, no later than the end of March.")
    info = precompiled._chunk.cache_info()
    assert info.maxsize is not None and info.currsize <= precompiled._CHUNKS_KEPT


def test_a_damaged_lookahead_trie_is_computed_instead(monkeypatch) -> None:
    """A trie entry that does not unpack (a damaged file) costs time, never a wrong or missing expression."""
    fresh = _fresh()
    table = dict(precompiled.dispatch_table(fresh.fingerprint()) or {})
    assert precompiled.TRIE_MARK + "the" in table
    table[precompiled.TRIE_MARK + "the"] = "bm90IGEgdHJpZQ=="  # base64 of text that is no deflate stream
    monkeypatch.setattr(grammar_module, "dispatch_table", lambda fingerprint: table)
    trie = fresh.lookahead("the")
    assert trie is not None and lookahead.encode(trie) == lookahead.encode(fresh.build_lookahead("the"))
    with pytest.raises(ValueError, match="packed lookahead trie"):
        lookahead.unpack("bm90IGEgdHJpZQ==")
    assert lookahead.encode(lookahead.unpack(lookahead.pack(trie))) == lookahead.encode(trie)


def test_shipped_start_words_are_the_computed_ones() -> None:
    from timeline.lexicon import load_lexicon

    shipped = precompiled.shipped_start_words()
    rules = load_lexicon("en").rules
    assert len(shipped) >= len({r["pattern"] for r in rules}) > 50, STALE
    for rule in rules:
        assert shipped.get(precompiled.pattern_key(rule["pattern"])) == grammar_module.rule_start_words(rule["pattern"]), STALE


def test_without_shipped_start_words_the_grammar_reads_them_off_the_patterns(monkeypatch, tmp_path) -> None:
    (tmp_path / precompiled.START_WORDS_FILE).write_text('{"x": 5', encoding="utf-8")  # damaged
    assert precompiled.shipped_start_words(tmp_path) == {}
    with_shipped = _fresh().start_words
    monkeypatch.setattr(grammar_module, "shipped_start_words", lambda: {})
    grammar_module._rule_start_words.cache_clear()
    try:
        assert _fresh().start_words == with_shipped
    finally:
        grammar_module._rule_start_words.cache_clear()
