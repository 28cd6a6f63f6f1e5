"""Compile the time-expression rules and the language data ahead of time (writes ``timeline/recognize/data/``
and ``timeline/lexicon/parsed.json``).

usage: python tools/compile_rules.py [--python INTERPRETER ...] [--check] [--fresh]

Writes ``dispatch.json`` (which rules can start at each start word, per grammar; the same for
every Python version) and, for this interpreter and each ``--python`` given, ``<tag>.sre``:
the compiled form of every pattern the grammars build, as ``re.compile`` produces it in that
interpreter (captured at its final ``_sre.compile`` call); ``start_words.json`` (the words each
rule pattern can begin with); and ``timeline/lexicon/parsed.json`` (every shipped ``.toml`` data
file parsed, keyed by a hash of its text).  The output depends only on the rule and lexicon files
and the interpreter, so running it twice gives the same files.  Run it after editing a rule or any
language data file (``tests/test_precompiled.py`` and ``tests/test_lexicon.py`` fail until you
do); a stale artifact is never wrong, only slow: what it lacks is computed at run time.

``--check`` writes nothing: it reports, for this interpreter and each ``--python``, how many of
the current patterns its artifact holds and whether each builds the same pattern as ``re.compile``.

The ``--worker`` mode (used for other interpreters) needs only the standard library.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import lzma
import marshal
import re
import subprocess
import sys
from typing import Any, Optional
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODULE = ROOT / "timeline" / "recognize" / "precompiled.py"
GRAMMARS = (("en", False), ("en", True))


def _precompiled_module():  # type: ignore[no-untyped-def]
    """``timeline.recognize.precompiled`` loaded by path: it needs only the standard library."""
    spec = importlib.util.spec_from_file_location("_timeline_precompiled", MODULE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def compiled_form(pattern: str) -> tuple:  # type: ignore[type-arg]
    """The arguments ``re.compile(pattern)`` passes to ``_sre.compile`` in this interpreter."""
    import _sre
    from re import _compiler  # type: ignore[attr-defined]

    captured: list[tuple] = []  # type: ignore[type-arg]

    class _Capture:
        def __getattr__(self, name: str) -> object:
            return getattr(_sre, name)

        def compile(self, *args: object) -> object:
            captured.append(args)
            return _sre.compile(*args)

    saved = _compiler._sre
    _compiler._sre = _Capture()
    try:
        _compiler.compile(pattern, 0)
    finally:
        _compiler._sre = saved
    (text, flags, code, groups, groupindex, indexgroup) = captured[-1]
    assert text == pattern
    # group names interned: marshal writes an interned string differently, and whether a name ("x", a
    # one-letter string the interpreter shares) is interned depends on what else the process has run,
    # so without this the artifact's bytes could differ between two builds of the same patterns
    return (int(flags), list(code), int(groups), {sys.intern(k): int(v) for k, v in groupindex.items()},
            tuple(None if g is None else sys.intern(g) for g in indexgroup))


CHUNK_WORDS = 64 * 1024  # code words per separately compressed chunk (a short text reads only a few)


def artifact_bytes(patterns: list[str], chunk_words: int = CHUNK_WORDS) -> bytes:
    """The ``<tag>.sre`` content for ``patterns`` in this interpreter (deterministic): the
    interpreter key, an LZMA-compressed index {pattern key: entry}, and the code in LZMA chunks."""
    import array

    pre = _precompiled_module()
    entries: dict[str, tuple] = {}  # type: ignore[type-arg]
    chunks: list[array.array] = [array.array("I")]  # type: ignore[type-arg]
    assert chunks[0].itemsize == 4
    places: dict[tuple[int, ...], tuple[int, int]] = {}
    for pattern in sorted(set(patterns)):
        flags, code, groups, groupindex, indexgroup = compiled_form(pattern)
        key = tuple(code)
        if key not in places:
            if chunks[-1] and len(chunks[-1]) + len(code) > chunk_words:
                chunks.append(array.array("I"))
            places[key] = (len(chunks) - 1, len(chunks[-1]))
            chunks[-1].extend(code)
        chunk, offset = places[key]
        entries[sys.intern(pre.pattern_key(pattern))] = (flags, chunk, offset, len(code), groups, groupindex, indexgroup)
    if sys.byteorder != "little":  # pragma: no cover
        for c in chunks:
            c.byteswap()
    index = lzma.compress(marshal.dumps(dict(sorted(entries.items()))), preset=9)
    return marshal.dumps({"interpreter": pre.interpreter_key(), "index": index, "chunks": tuple(lzma.compress(c.tobytes(), preset=9) for c in chunks)})


def worker(out_dir: Path) -> None:
    """Read the patterns (JSON list) on stdin, write this interpreter's artifact into ``out_dir``."""
    patterns = json.loads(sys.stdin.read())
    pre = _precompiled_module()
    path = out_dir / pre.sre_file_name()
    path.write_bytes(artifact_bytes(patterns))
    print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {len(set(patterns))} patterns, {path.stat().st_size:,} bytes")


def grammar_data(fresh: bool = False) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """The dispatch tables (per grammar fingerprint) and every pattern the grammars compile.  The lookahead tries of a
    grammar whose fingerprint (every pattern and setting they depend on) the shipped table already has are taken from
    it, not computed again (most of the time a compile takes), unless ``fresh``."""
    sys.path.insert(0, str(ROOT))
    from timeline.recognize.grammar import compile_grammar
    from timeline.recognize.lookahead import decode, encode, pack, unpack
    from timeline.recognize.precompiled import SCAN_KEY, TRIE_MARK, dispatch_table

    tables: dict[str, dict[str, Any]] = {}
    patterns: list[str] = []
    grammars = [compile_grammar(language, gated) for language, gated in GRAMMARS]
    shipped = [None if fresh else dispatch_table(grammar.fingerprint()) for grammar in grammars]
    built = _lookahead_tries([grammar for grammar, old in zip(grammars, shipped) if old is None])
    tries = [built.pop(0) if old is None else {key: encode(unpack(old[TRIE_MARK + key])) if TRIE_MARK + key in old else None for key in grammar.lookahead_keys()}
             for grammar, old in zip(grammars, shipped)]
    for n, grammar in enumerate(grammars):
        # a trie is kept packed in a string, unpacked when its word is first met (decoding them all would cost more than a short text's tagging)
        table = {word: pack(decode(ids)) if word.startswith(TRIE_MARK) else list(ids) for word, ids in grammar.dispatch(tries[n]).items()}
        nodes = {key: decode(data) for key, data in tries[n].items() if data is not None}
        for key in grammar.filter_keys():  # a common word without a trie: one for its filter only
            nodes.setdefault(key, grammar.filter_lookahead(key))
        table[SCAN_KEY] = grammar.scanner_filters({key: node for key, node in nodes.items() if node is not None})
        tables[grammar.fingerprint()] = table
        patterns.extend(grammar_patterns(grammar, table))
    return tables, patterns


_FORKED_GRAMMARS: list[Any] = []  # the grammars a forked trie worker inherits (set just before the pool starts)


def _trie_job(job: tuple[int, str]) -> Optional[str]:
    n, key = job
    return _FORKED_GRAMMARS[n].encoded_lookahead(key)


def _lookahead_tries(grammars: list[Any]) -> list[dict[str, Optional[str]]]:
    """Each grammar's encoded lookahead tries by key, computed over one process per core: building them takes
    millions of partial matches (minutes on one core), and each trie is independent of the others."""
    import multiprocessing
    import os

    jobs = [(n, key) for n, grammar in enumerate(grammars) for key in grammar.lookahead_keys()]
    if not jobs:
        return [{} for _ in grammars]
    for grammar in grammars:
        grammar._loose()  # compiled once here, inherited by the forked workers
    _FORKED_GRAMMARS[:] = grammars
    try:
        with multiprocessing.get_context("fork").Pool(os.cpu_count() or 1) as pool:
            results = pool.map(_trie_job, jobs, chunksize=1)
    finally:
        _FORKED_GRAMMARS.clear()
    tries: list[dict[str, Optional[str]]] = [{} for _ in grammars]
    for (n, key), encoded in zip(jobs, results):
        tries[n][key] = encoded
    return tries


def grammar_patterns(grammar: Any, table: dict[str, Any]) -> list[str]:
    """Every pattern ``grammar`` compiles with the dispatch ``table``: each rule (as compiled), the alternation of each
    start word's rules, that of each lookahead trie node with too many rules to try one by one, and the scanner."""
    from timeline.recognize.lookahead import LIST_MAX, rule_sets, unpack
    from timeline.recognize.precompiled import SCAN_KEY, TRIE_MARK

    sets = {tuple(ids) for word, ids in table.items() if not word.startswith(TRIE_MARK)}
    for word, data in table.items():
        if word.startswith(TRIE_MARK) and word != SCAN_KEY:
            sets.update(ids for ids in rule_sets(unpack(data)) if len(ids) > LIST_MAX)
    filters = table.get(SCAN_KEY) or {}
    return [grammar.combined_pattern(ids) for ids in sorted(sets) if ids] + list(grammar.compiled or grammar.patterns) + [grammar.scanner_pattern(filters=filters), grammar.scanner_pattern(ascii=True, filters=filters)]


def parsed_lexicon_json() -> str:
    """The ``timeline/lexicon/parsed.json`` text: every shipped data file (``timeline/lexicon/*/*.toml``) parsed,
    as JSON, keyed by a hash of its text (a file whose data JSON cannot hold is left out)."""
    import tomllib

    sys.path.insert(0, str(ROOT))
    from timeline.lexicon import PARSED_FILE, text_key

    table = {}
    for path in sorted(PARSED_FILE.parent.glob("*/*.toml")):
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
        try:
            encoded = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=True)
        except TypeError:  # a date or time: parsed at run time
            continue
        if json.loads(encoded) == data:
            table[text_key(text)] = encoded
    return json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def start_words_json() -> str:
    """The ``start_words.json`` text: for each rule pattern of each grammar's language, keyed by its hash,
    the words its match can begin with (sorted, one pattern a line)."""
    sys.path.insert(0, str(ROOT))
    from timeline.lexicon import load_lexicon
    from timeline.recognize.grammar import rule_start_words
    from timeline.recognize.precompiled import pattern_key

    table = {pattern_key(rule["pattern"]): sorted(rule_start_words(rule["pattern"]))
             for language in sorted({language for language, _ in GRAMMARS}) for rule in load_lexicon(language).rules}
    return "{\n" + ",\n".join(f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in sorted(table.items())) + "\n}\n"


def dispatch_json(tables: dict[str, dict[str, Any]]) -> str:
    """The ``dispatch.json`` text (one line per start word, sorted, so diffs stay readable)."""
    lines = []
    for fp in sorted(tables):
        rows = ",\n".join(f"    {json.dumps(word)}: {json.dumps(ids)}" for word, ids in sorted(tables[fp].items()))
        lines.append(f"  {json.dumps(fp)}: {{\n{rows}\n  }}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def check(patterns: list[str]) -> int:
    """Report how much of the current grammar each artifact covers, and verify its entries."""
    pre = _precompiled_module()
    path = pre.DATA_DIR / pre.sre_file_name()
    if not path.exists():
        print(f"{path.name}: missing (run tools/compile_rules.py with this interpreter)")
        return 1
    entries, _ = pre.shipped_entries(pre.DATA_DIR)
    unique = set(patterns)
    held = [p for p in unique if pre.pattern_key(p) in entries]
    same = 0
    for p in held:
        fast, slow = pre.compile_pattern(p), re.compile(p)
        same += fast == slow and fast.groupindex == slow.groupindex and fast.groups == slow.groups
    print(f"{path.name}: holds {len(held)} of {len(unique)} patterns; {same} identical to re.compile")
    bad = len(unique) - same
    return 1 if bad else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--python", action="append", default=[], metavar="INTERPRETER", help="also write the artifact for this interpreter")
    parser.add_argument("--fresh", action="store_true", help="compute every lookahead trie, even those the shipped table holds for an unchanged grammar")
    parser.add_argument("--check", action="store_true", help="verify the artifact of this interpreter against the current rules")
    parser.add_argument("--worker", metavar="DIR", help=argparse.SUPPRESS)
    parser.add_argument("--check-worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(Path(args.worker))
        return 0
    if args.check_worker:
        return check(json.loads(sys.stdin.read()))
    tables, patterns = grammar_data(args.fresh)
    if args.check:
        failed = check(patterns)
        for interpreter in args.python:
            failed |= subprocess.run([interpreter, str(Path(__file__).resolve()), "--check-worker"], input=json.dumps(patterns), text=True).returncode
        return failed
    out = _precompiled_module().DATA_DIR
    out.mkdir(exist_ok=True)
    (out / "dispatch.json").write_text(dispatch_json(tables), encoding="utf-8")
    (out / "start_words.json").write_text(start_words_json(), encoding="utf-8")
    parsed = parsed_lexicon_json()
    from timeline.lexicon import PARSED_FILE

    PARSED_FILE.write_text(parsed, encoding="utf-8")
    print(f"{PARSED_FILE.relative_to(ROOT)}: {len(json.loads(parsed))} data files")
    print(f"{(out / 'dispatch.json').relative_to(ROOT)}: {len(tables)} grammars")
    # one worker per interpreter, run side by side: each compiles every pattern, so run one after another they
    # took minutes each on a loaded machine; each writes only its own artifact
    workers = [subprocess.Popen([interpreter, str(Path(__file__).resolve()), "--worker", str(out)], stdin=subprocess.PIPE, text=True)
               for interpreter in [sys.executable, *args.python]]
    for proc in workers:
        assert proc.stdin is not None
        proc.stdin.write(json.dumps(patterns))
        proc.stdin.close()
    failed = [proc.args[0] for proc in workers if proc.wait() != 0]
    if failed:
        print(f"compile_rules: the worker for {', '.join(map(str, failed))} failed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
