"""Rule patterns compiled ahead of time, so the first document is tagged as fast as the hundredth.

Two read-only artifacts ship beside this module (``data/``), written by
``tools/compile_rules.py``:

* ``dispatch.json``: per grammar (keyed by a fingerprint of its patterns and start words),
  the rules that can begin at each start word, and for the words many rules begin with a trie
  of which of them can go on with the characters after it (:mod:`.lookahead`).  Computing it needs partial matching of every
  rule, which is the slowest part of a cold start; it does not depend on the Python version.
* ``<interpreter>.sre`` (e.g. ``cpython-311.sre``): per Python version, the compiled form
  (``re._compiler`` output: flags, code, groups) of every matcher the grammar builds, keyed
  by a hash of the pattern text; the code is in LZMA chunks, decompressed when a pattern in
  them is first needed.  It is loaded with ``_sre.compile``, which is what ``re.compile``
  ends with, so a pattern built from it is the pattern ``re.compile`` would build.

Anything that does not match (another interpreter, an edited rule, a damaged file) falls
back to computing or compiling as before; nothing is ever written at run time.
"""

from __future__ import annotations

import array
import functools
import hashlib
import lzma
import marshal
import re
import sys
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping, Optional

import _sre

__all__ = ["compile_pattern", "dispatch_table", "interpreter_key", "pattern_key", "shipped_entries", "shipped_start_words", "DATA_DIR"]

DATA_DIR = Path(__file__).with_name("data")
DISPATCH_FILE = "dispatch.json"
TRIE_MARK = "\x00"  # a key of the dispatch table holding a start word's lookahead trie (see .lookahead), not its rules
SCAN_KEY = TRIE_MARK * 2 + "scanner"  # the key of the scanner's filters ({start word: pattern}, grammar.Grammar.scanner_filters)


_CHUNKS_KEPT = 8
"""Decompressed code chunks kept at once (each up to 256 KB): a text's patterns mostly come from a
few, and keeping all of them would hold tens of megabytes for the life of the process."""


def interpreter_key() -> str:
    """What the compiled code depends on: the interpreter, its regex engine's version and code size."""
    return f"{sys.implementation.cache_tag}-sre{_sre.MAGIC}-c{_sre.CODESIZE}-u{sys.maxunicode}-r{_sre.MAXREPEAT}"


def sre_file_name(key: Optional[str] = None) -> str:
    """The artifact holding the compiled patterns for interpreter ``key`` (default: this one)."""
    return f"{(key or interpreter_key()).split('-sre', 1)[0]}.sre"


def pattern_key(pattern: str) -> str:
    """The artifact key of a pattern: a hash of its text (so an edited rule misses, never mismatches)."""
    return hashlib.sha256(pattern.encode("utf-8")).hexdigest()[:32]


def shipped_entries(path: Path = DATA_DIR, key: Optional[str] = None) -> tuple[Mapping[str, tuple[Any, ...]], tuple[bytes, ...]]:
    """The (read-only) compiled patterns for interpreter ``key`` (default: this one): {pattern
    key: entry}, and the compressed code chunks the entries point into; empty when there is no
    artifact for it or it is damaged."""
    return _sre_entries(path, key or interpreter_key())


@functools.lru_cache(maxsize=None)
def _sre_entries(path: Path, key: str) -> tuple[Mapping[str, tuple[Any, ...]], tuple[bytes, ...]]:
    """Read (once per directory and interpreter) and check the artifact; see :func:`shipped_entries`."""
    try:
        data = marshal.loads((path / sre_file_name(key)).read_bytes())
        if not isinstance(data, dict) or data.get("interpreter") != key:
            return {}, ()
        entries = marshal.loads(lzma.decompress(data["index"]))
        chunks = tuple(data["chunks"])
    except (OSError, lzma.LZMAError, EOFError, ValueError, TypeError, KeyError):
        return {}, ()
    if not isinstance(entries, dict) or not all(isinstance(c, bytes) for c in chunks):
        return {}, ()
    return MappingProxyType(entries), chunks


@functools.lru_cache(maxsize=_CHUNKS_KEPT)
def _chunk(path: Path, key: str, index: int) -> bytes:
    """Code chunk ``index`` of the artifact, decompressed once (a short text needs only a few)."""
    return lzma.decompress(_sre_entries(path, key)[1][index])


def _code(raw: bytes, offset: int, length: int) -> list[int]:
    """Code words ``offset .. offset+length`` of a chunk (stored little-endian, 4 bytes each)."""
    words = array.array("I")
    if words.itemsize != 4:  # pragma: no cover - no such platform among the supported ones
        words = array.array("L")
        if words.itemsize != 4:
            raise ValueError("no 4-byte array type")
    words.frombytes(raw[offset * 4 : (offset + length) * 4])
    if sys.byteorder != "little":  # pragma: no cover
        words.byteswap()
    return words.tolist()


def compile_pattern(pattern: str, path: Path = DATA_DIR, key: Optional[str] = None) -> "re.Pattern[str]":
    """``re.compile(pattern)``, from the shipped compiled form when there is one for this interpreter."""
    key = key or interpreter_key()
    entries, _ = _sre_entries(path, key)
    entry = entries.get(pattern_key(pattern))
    if entry is not None:
        try:
            flags, chunk, offset, length, groups, groupindex, indexgroup = entry
            code = _code(_chunk(path, key, chunk), offset, length)
            return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)  # type: ignore[no-any-return]
        except (RuntimeError, TypeError, ValueError, OverflowError, IndexError, EOFError, lzma.LZMAError):
            pass  # a damaged entry: the engine's validator (or the decompressor) refused it
    return re.compile(pattern)


@functools.lru_cache(maxsize=None)
def _dispatch_tables(path: Path = DATA_DIR) -> Mapping[str, Mapping[str, Any]]:
    """Read (once) the shipped dispatch tables, read-only; empty when the file is missing or damaged."""
    import json

    try:
        raw = json.loads((path / DISPATCH_FILE).read_text(encoding="utf-8"))
        return MappingProxyType({fp: MappingProxyType({word: ids if word.startswith(TRIE_MARK) else tuple(int(i) for i in ids) for word, ids in table.items()})
                                 for fp, table in raw.items()})
    except (OSError, ValueError, TypeError, AttributeError):
        return MappingProxyType({})


START_WORDS_FILE = "start_words.json"


@functools.lru_cache(maxsize=None)
def shipped_start_words(path: Path = DATA_DIR) -> Mapping[str, frozenset[str]]:
    """{:func:`pattern_key` of a rule's pattern as written: the words its match can begin with}, read once
    (reading them off the parsed patterns is a third of a cold start); empty when missing or damaged."""
    import json

    try:
        raw = json.loads((path / START_WORDS_FILE).read_text(encoding="utf-8"))
        return MappingProxyType({key: frozenset(words) for key, words in raw.items()
                                 if isinstance(words, list) and all(isinstance(w, str) for w in words)})
    except (OSError, ValueError, TypeError, AttributeError):
        return MappingProxyType({})


def dispatch_table(fingerprint: str, path: Path = DATA_DIR) -> Optional[Mapping[str, Any]]:
    """The shipped table {start word: rule indices, TRIE_MARK + start word: its encoded trie} of the grammar with ``fingerprint``, or None."""
    return _dispatch_tables(path).get(fingerprint)
