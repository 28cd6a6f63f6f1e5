"""The documentation site builds with ``mkdocs build --strict``, and the tutorial's claims hold."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import timeline

ROOT = Path(__file__).resolve().parents[1]

LIBRARY_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Town library reopens after roof repairs | Valley Gazette</title>
<meta property="og:site_name" content="Valley Gazette">
<meta property="article:published_time" content="2026-05-08T11:00:00+01:00">
</head><body>
<div class="cookie-notice"><p>This site uses cookies. Your choice is kept for 6 months.</p></div>
<article>
<h1>Town library reopens after roof repairs</h1>
<p>The town library reopened on Wednesday, five weeks after a storm tore part of its roof away.</p>
<p>Volunteers moved the children's books to the school hall in early April. The roofers finished the work last Friday, and the building passed its safety inspection on Monday.</p>
<p>The librarian said the reading room would stay closed until the end of May while the floor dries.</p>
</article>
<div class="related"><h3>Related</h3><ul><li><a href="/x">Library funding cut in 2023</a></li></ul></div>
<footer><p>&copy; 2026 Valley Gazette</p></footer>
</body></html>
"""


def test_docs_site_builds_strict(tmp_path) -> None:
    for module in ("mkdocs", "material", "mkdocstrings", "mkdocstrings_handlers.python"):
        pytest.importorskip(module)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "-d", str(tmp_path / "site")],
        capture_output=True, text=True, env=env, cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    api = (tmp_path / "site" / "api" / "index.html").read_text(encoding="utf-8")
    assert "to_timelinejs" in api and "likely_start" in api  # the reference is generated from the docstrings
    assert (tmp_path / "site" / "tutorial-web" / "index.html").exists()


def test_the_tutorials_claims_hold() -> None:
    pytest.importorskip("trafilatura")
    pytest.importorskip("htmldate")
    from timeline.io.html import read_html

    article = read_html(LIBRARY_PAGE)
    assert article.title == "Town library reopens after roof repairs"
    assert article.published == "2026-05-08T11:00"
    assert article.text.startswith(article.title + "\n\n")
    assert "cookies" not in article.text and "2023" not in article.text and "6 months" not in article.text
    doc = timeline.tag(article.text, article.published)
    by_text = {t.text: t for t in doc.timexes}
    assert by_text["Wednesday"].value == "2026-05-06"
    assert by_text["last Friday"].value == "2026-05-01"
    early = by_text["early April"]
    assert (early.earliest.date().isoformat(), early.latest.date().isoformat()) == ("2026-04-01", "2026-04-11")


def test_every_public_name_is_in_the_api_reference() -> None:
    """Each name ``timeline`` exports has a ``:::`` entry in docs/api.md (the errors through ``timeline.errors``)."""
    import re

    import timeline.errors

    api = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^::: ([\w.]+)$", api, flags=re.MULTILINE))
    missing = []
    for name in timeline.__all__:
        obj = getattr(timeline, name)
        module = getattr(obj, "__module__", None)
        if f"{module}.{name}" in documented or any(entry.endswith(f".{name}") for entry in documented):
            continue  # documented where it is defined, or at the implementation a thin wrapper forwards to
        if module == timeline.errors.__name__ and module in documented:
            continue
        missing.append(f"{name} ({module})")
    assert not missing, f"public names without an entry in docs/api.md: {missing}"
