"""Rule patterns compiled ahead of time, so the first document is tagged as fast as the hundredth.

Two read-only artifacts ship beside this module (``data/``), written by
``tools/compile_rules.py``:

* ``dispatch.json``: per grammar (keyed by a fingerprint of its patterns and start words),
  the rules that can begin at each start word.  Computing it needs partial matching of every
  rule, which is the slowest part of a cold start; it does not depend on the Python version.
* ``sre-<interpreter>.xz``: per Python version, the compiled form (``re._compiler`` output:
  flags, code, groups) of every matcher the grammar builds, keyed by a hash of the pattern
  text.  It is loaded with ``_sre.compile``, which is what ``re.compile`` ends with, so a
  pattern built from it is the pattern ``re.compile`` would build.

Anything that does not match (another interpreter, an edited rule, a damaged file) falls
back to computing or compiling as before; nothing is ever written at run time.
"""

from __future__ import annotations

import functools
import hashlib
import re
import sys
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping, Optional

import _sre

__all__ = ["compile_pattern", "dispatch_table", "interpreter_key", "pattern_key", "shipped_entries", "DATA_DIR"]

DATA_DIR = Path(__file__).with_name("data")
DISPATCH_FILE = "dispatch.json"


def interpreter_key() -> str:
    """What the compiled code depends on: the interpreter, its regex engine's version and code size."""
    return f"{sys.implementation.cache_tag}-sre{_sre.MAGIC}-c{_sre.CODESIZE}-u{sys.maxunicode}-r{_sre.MAXREPEAT}"


def sre_file_name(key: Optional[str] = None) -> str:
    """The artifact holding the compiled patterns for interpreter ``key`` (default: this one)."""
    return f"sre-{(key or interpreter_key()).split('-sre', 1)[0]}.xz"


def pattern_key(pattern: str) -> str:
    """The artifact key of a pattern: a hash of its text (so an edited rule misses, never mismatches)."""
    return hashlib.sha256(pattern.encode("utf-8")).hexdigest()[:32]


def shipped_entries(path: Path = DATA_DIR, key: Optional[str] = None) -> tuple[Mapping[str, tuple[Any, ...]], bytes]:
    """The (read-only) compiled patterns for interpreter ``key`` (default: this one): {pattern
    key: entry}, and the code buffer the entries point into; empty when there is no artifact."""
    return _sre_entries(path, key or interpreter_key())


@functools.lru_cache(maxsize=None)
def _sre_entries(path: Path, key: str) -> tuple[Mapping[str, tuple[Any, ...]], bytes]:
    """Read (once per directory and interpreter) and check the artifact; see :func:`shipped_entries`."""
    import lzma
    import marshal

    try:
        header, blob = marshal.loads(lzma.decompress((path / sre_file_name(key)).read_bytes()))
    except (OSError, lzma.LZMAError, EOFError, ValueError, TypeError):
        return {}, b""
    if not isinstance(header, dict) or header.get("interpreter") != key:
        return {}, b""
    return MappingProxyType(header["patterns"]), blob


def _code(blob: bytes, offset: int, length: int) -> list[int]:
    """Code words ``offset .. offset+length`` of ``blob`` (stored little-endian, 4 bytes each)."""
    import array

    words = array.array("I")
    if words.itemsize != 4:  # pragma: no cover - no such platform among the supported ones
        words = array.array("L")
        if words.itemsize != 4:
            raise ValueError("no 4-byte array type")
    words.frombytes(blob[offset * 4 : (offset + length) * 4])
    if sys.byteorder != "little":  # pragma: no cover
        words.byteswap()
    return words.tolist()


def compile_pattern(pattern: str, path: Path = DATA_DIR, key: Optional[str] = None) -> "re.Pattern[str]":
    """``re.compile(pattern)``, from the shipped compiled form when there is one for this interpreter."""
    entries, blob = shipped_entries(path, key)
    entry = entries.get(pattern_key(pattern))
    if entry is not None:
        flags, offset, length, groups, groupindex, indexgroup = entry
        try:
            return _sre.compile(pattern, flags, _code(blob, offset, length), groups, groupindex, indexgroup)  # type: ignore[no-any-return]
        except (RuntimeError, TypeError, ValueError, OverflowError):
            pass  # damaged entry: the engine's validator refused it
    return re.compile(pattern)


@functools.lru_cache(maxsize=None)
def _dispatch_tables(path: Path = DATA_DIR) -> Mapping[str, Mapping[str, tuple[int, ...]]]:
    """Read (once) the shipped dispatch tables, read-only; empty when the file is missing or damaged."""
    import json

    try:
        raw = json.loads((path / DISPATCH_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(raw, dict):
        return {}
    return MappingProxyType({fp: MappingProxyType({word: tuple(ids) for word, ids in table.items()}) for fp, table in raw.items() if isinstance(table, dict)})


def dispatch_table(fingerprint: str, path: Path = DATA_DIR) -> Optional[Mapping[str, tuple[int, ...]]]:
    """The shipped table {start word: rule indices} of the grammar with ``fingerprint``, or None."""
    return _dispatch_tables(path).get(fingerprint)
