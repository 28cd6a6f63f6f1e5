"""Language data: lexicon tables and recognition rules, loaded from the TOML files beside it.

The data is read once per language and cached read-only; nothing here is mutable state.
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any

import attrs

__all__ = ["Lexicon", "load_lexicon"]


@attrs.frozen
class Lexicon:
    """The tables of one language (see ``en/lexicon.toml``) and its ordered rules."""

    language: str
    tables: dict[str, Any]
    rules: tuple[dict[str, Any], ...]

    def __getitem__(self, table: str) -> Any:
        return self.tables[table]


@functools.lru_cache(maxsize=None)
def load_lexicon(language: str = "en") -> Lexicon:
    """Load (once) the lexicon and rules of ``language``."""
    base = resources.files(__package__) / language
    if not base.is_dir():
        raise ValueError(f"language={language!r} is not supported; available: 'en'")
    tables = tomllib.loads((base / "lexicon.toml").read_text(encoding="utf-8"))
    rules = tomllib.loads((base / "rules.toml").read_text(encoding="utf-8"))["rule"]
    return Lexicon(language, tables, tuple(rules))
