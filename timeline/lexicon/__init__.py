"""Language data: lexicon tables and recognition rules, loaded from the TOML files beside it.

The data is read once per language and cached read-only; nothing here is mutable state.
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any

import attrs

__all__ = ["Lexicon", "load_lexicon", "load_text_data", "check_text_data"]


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


_TEXT_KEYS = ("abbreviations", "clause_final", "sentence_openers")


@functools.lru_cache(maxsize=None)
def load_text_data(language: str = "en") -> dict[str, tuple[str, ...]]:
    """Load (once) the segmentation data of ``language`` (``<lang>/text.toml``), checking its shape."""
    base = resources.files(__package__) / language
    if not base.is_dir():
        raise ValueError(f"language={language!r} is not supported; available: 'en'")
    return check_text_data(tomllib.loads((base / "text.toml").read_text(encoding="utf-8")), language)


def check_text_data(data: dict[str, Any], language: str) -> dict[str, tuple[str, ...]]:
    """The segmentation tables of ``data``, or a ValueError naming the key whose shape is wrong."""
    out: dict[str, tuple[str, ...]] = {}
    for key in _TEXT_KEYS:
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise ValueError(f"{language}/text.toml: {key!r} must be a list of non-empty strings")
        out[key] = tuple(value)
    return out
