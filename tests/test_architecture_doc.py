"""docs/architecture.md names every module of the package, and only modules that exist."""

from __future__ import annotations

import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _package_modules() -> set[str]:
    found = set()
    for path in (ROOT / "timeline").rglob("*.py"):
        found.add(".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"))
    return found


def _documented() -> set[str]:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\| `(timeline(?:\.\w+)*)` \|", text, flags=re.M))


def test_every_module_is_in_the_architecture_doc() -> None:
    modules = _package_modules()
    assert "timeline.resolve.story" in modules and "timeline.pipeline" in modules  # (the walk found the package)
    assert sorted(modules - _documented()) == []


def test_the_architecture_doc_names_no_module_that_is_gone() -> None:
    assert sorted(_documented() - _package_modules()) == []
