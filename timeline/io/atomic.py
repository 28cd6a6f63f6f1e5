"""Writing a file so that an interrupted run never leaves a half-written one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Optional

__all__ = ["write_atomic"]


def write_atomic(path: Path, content: str, *, temp_prefix: Optional[str] = None) -> None:
    """Write ``content`` to a temporary file beside ``path``, then rename it into place.

    ``temp_prefix`` names the temporary file (so a later run can recognise and remove the
    leftovers of a killed one); by default ``.<name>.``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=temp_prefix or f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(content)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
