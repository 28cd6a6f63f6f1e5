"""The Mermaid blocks render in the real Mermaid renderer, when mermaid-cli is installed.

Set MMDC to the mermaid-cli binary (see bench/check_mermaid.py for the install without a
browser download); skipped otherwise, so the suite runs on a machine without Node/Chromium.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

import timeline

ROOT = Path(__file__).resolve().parents[1]
MMDC = os.environ.get("MMDC") or shutil.which("mmdc")


@pytest.mark.skipif(not MMDC or not Path("/usr/bin/chromium").exists(), reason="mermaid-cli and Chromium not installed")
def test_render_mermaid_blocks_render_with_mermaid_cli() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from check_mermaid import render_blocks

    text = (ROOT / "examples" / "storm-weekend.txt").read_text(encoding="utf-8")
    md = timeline.build(text, "2026-02-02").to_markdown()
    results = render_blocks(MMDC, md)
    assert len(results) == 2
    assert all(ok for _, ok, _ in results), results
