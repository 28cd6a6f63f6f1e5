"""Render every Mermaid block of timeline's Markdown with the real Mermaid renderer (mermaid-cli).

usage: python bench/check_mermaid.py MMDC ARTICLE [--reference-time DATE]

MMDC is the mermaid-cli binary, installed without its own browser download:
    apt-get install chromium
    PUPPETEER_SKIP_DOWNLOAD=1 npm install @mermaid-js/mermaid-cli   # then MMDC=node_modules/.bin/mmdc
A puppeteer config pointing at /usr/bin/chromium is written next to the output.  Exits
non-zero if any block fails to render.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import timeline  # noqa: E402

BROWSER = {"executablePath": "/usr/bin/chromium", "args": ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                                                           "--disable-component-update", "--disable-sync", "--no-first-run"]}


def render_blocks(mmdc: str, markdown: str) -> list[tuple[int, bool, str]]:
    """(index, rendered, message) for each mermaid block."""
    blocks = re.findall(r"```mermaid\n(.*?)```", markdown, re.S)
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "puppeteer.json"
        config.write_text(json.dumps(BROWSER), encoding="utf-8")
        for i, block in enumerate(blocks):
            src, svg = Path(tmp) / f"d{i}.mmd", Path(tmp) / f"d{i}.svg"
            src.write_text(block, encoding="utf-8")
            proc = subprocess.run([mmdc, "-p", str(config), "-i", str(src), "-o", str(svg)], capture_output=True, text=True, timeout=180)
            ok = proc.returncode == 0 and svg.exists() and "<svg" in svg.read_text(encoding="utf-8")
            out.append((i, ok, (proc.stderr or proc.stdout).strip().splitlines()[-1:][0] if (proc.stderr or proc.stdout).strip() else ""))
    return out


def main() -> int:
    mmdc, article = sys.argv[1], Path(sys.argv[2])
    ref = sys.argv[sys.argv.index("--reference-time") + 1] if "--reference-time" in sys.argv else "2026-02-02"
    md = timeline.build(article.read_text(encoding="utf-8"), ref).to_markdown()
    results = render_blocks(mmdc, md)
    for i, ok, msg in results:
        print(f"block {i}: {'rendered' if ok else 'FAILED'} {msg}")
    return 0 if results and all(ok for _, ok, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
