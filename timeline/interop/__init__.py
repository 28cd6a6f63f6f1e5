"""Bridges to other tools: pandas DataFrames (:mod:`.pandas`) and a spaCy component (:mod:`.spacy`).

Each bridge imports its library only when used, so ``import timeline`` never loads them; the
libraries come with the optional extras ``timeline[pandas]`` and ``timeline[spacy]``.
"""

from __future__ import annotations

from typing import Any

__all__ = ["text_of"]


def text_of(obj: Any) -> Any:
    """The text of a spaCy ``Doc`` (timeline segments it itself), anything else unchanged.

    A Doc of another language than English is refused with a clear error, since timeline's
    grammar and lexicon are English."""
    if type(obj).__module__.startswith("spacy.") and type(obj).__name__ == "Doc":
        from ..errors import InputError

        lang = getattr(obj, "lang_", "en") or "en"
        if lang != "en":
            raise InputError(f"the spaCy Doc is in language {lang!r}; timeline reads English text only (a pipeline made with spacy.blank('en') or an English model)")
        return obj.text
    return obj
