"""Print the module map of docs/architecture.md: each module of ``timeline`` with the first line of its docstring.

Run ``python tools/module_map.py`` after adding, moving or splitting a module and paste the section of the
stage it belongs to; ``tests/test_architecture_doc.py`` fails while a module is missing from the document.
"""

from __future__ import annotations

import ast
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "timeline"


def modules() -> list[tuple[str, str]]:
    """(dotted module name, first docstring line) for every module of the package, sorted."""
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        name = ".".join(path.relative_to(ROOT.parent).with_suffix("").parts)
        name = name.removesuffix(".__init__")
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
        found.append((name, " ".join(doc.split("\n\n")[0].split())))
    return found


def main() -> int:
    for name, doc in modules():
        print(f"| `{name}` | {doc} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
