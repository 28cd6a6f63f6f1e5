"""lemminflect, imported without the spaCy hook it adds on import.

Importing ``lemminflect`` imports spaCy when spaCy is installed, to add two token extensions that
timeline never uses: about 0.7 s on the first build of every process in such an environment.  When
spaCy is installed but not yet imported, the import below tells lemminflect (in this thread only,
for the length of the import) that spaCy is not there.  When spaCy is already imported, lemminflect
is imported as usual and adds its extensions.  The one difference it makes: a program that imports
spaCy only after timeline's first build does not get lemminflect's ``token._.lemma()`` and
``token._.inflect()`` (import lemminflect yourself, after spaCy, before building, to have them).
"""

from __future__ import annotations

import importlib.abc
import sys
import threading
from types import ModuleType
from typing import Any, Optional, Sequence

__all__ = ["lemminflect"]


class _WithoutSpacy(importlib.abc.MetaPathFinder):
    """Says spaCy cannot be imported, to the one thread that imports lemminflect."""

    def __init__(self, thread: int) -> None:
        self.thread = thread

    def find_spec(self, name: str, path: Optional[Sequence[str]] = None, target: Any = None) -> None:
        if (name == "spacy" or name.startswith("spacy.")) and threading.get_ident() == self.thread:
            raise ImportError("not imported for lemminflect's spaCy hook (timeline does not use it)")
        return None


def lemminflect() -> ModuleType:
    """The ``lemminflect`` module, imported (once) without importing spaCy for it."""
    if "lemminflect" in sys.modules:  # (with spaCy already imported, the finder is never asked about it)
        import lemminflect as module

        return module
    finder = _WithoutSpacy(threading.get_ident())
    sys.meta_path.insert(0, finder)
    try:
        import lemminflect as module
    finally:
        sys.meta_path.remove(finder)
    return module
