"""Score the values and bounds of the time expressions of a news ``values*.gold`` file (this directory's or a later set's).

usage: python bench/stories-s35vals/score_values.py GOLD_FILE [--texts] [--verbose]   (any set in this format, e.g. bench/stories-s36vals/values_a.gold)

Format: ``### id``, a ``reference_time = YYYY-MM-DD`` line, then the text (title, blank line, body) with each gold time
expression written ``{text|value}`` or ``{text|value|earliest|latest}`` (bounds as ISO dates or minutes, half-open);
``{text|NONE}`` marks words that are no time expression (right when nothing found overlaps them).
Each gold expression is matched to a found expression overlapping it with its value, else the one overlapping it most
(extents differ: "6 p.m. on Thursday" is found as "6 p.m." and "Thursday"); its value is right when the values are
equal (mod not scored), its bounds when both are equal.  ``--texts`` only writes each story's plain text to ``ID.txt``
beside the gold file (the bench_stories text; its ``ID.pairs`` is written by hand).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import timeline  # noqa: E402


def _parse(src: Path) -> list[tuple[str, str, str, list[tuple[int, int, list[str]]]]]:
    out = []
    docs = re.split(r"^### (\S+)\n", src.read_text(encoding="utf-8"), flags=re.M)[1:]
    for k in range(0, len(docs), 2):
        did, body = docs[k], docs[k + 1]
        ref_line, body = body.split("\n", 1)
        ref = ref_line.split("=", 1)[1].strip()
        text, gold, pos = [], [], 0
        for m in re.finditer(r"\{([^{}]+)\}", body):
            text.append(body[pos:m.start()])
            parts = m.group(1).split("|")
            start = sum(len(t) for t in text)
            text.append(parts[0])
            gold.append((start, start + len(parts[0]), parts))
            pos = m.end()
        text.append(body[pos:])
        out.append((did, ref, "".join(text).strip() + "\n", gold))
    return out


def _when(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text if "T" in text else text + "T00:00")


def main() -> int:
    src = Path(sys.argv[1])
    verbose = "--verbose" in sys.argv
    n = right = nb = bright = 0
    for did, ref, text, gold in _parse(src):
        if "--texts" in sys.argv:
            (src.parent / f"{did}.txt").write_text(text, encoding="utf-8")
            continue
        tl = timeline.build(text, reference_time=ref)
        for start, end, parts in gold:
            over = [t for t in tl.timexes if min(end, t.end) - max(start, t.start) > 0]
            same = [t for t in over if t.value == parts[1]]  # "6 p.m. on Thursday" found as "6 p.m." and "Thursday"
            best = (same or sorted(over, key=lambda t: max(start, t.start) - min(end, t.end)) or [None])[0]
            n += 1
            # "NONE" (from session 41): no time expression should be found there ("led for {the first half|NONE}" of a match)
            ok = best is None if parts[1] == "NONE" else best is not None and best.value == parts[1]
            right += ok
            mark = "ok " if ok else "BAD"
            line = f"{mark} {did}: {parts[0]!r} gold {parts[1]}"
            if best is not None:
                line += f" got {best.text!r} {best.value} {best.mod or ''}"
            else:
                line += " got nothing"
            if len(parts) > 3:
                nb += 1
                bok = best is not None and (best.earliest, best.latest) == (_when(parts[2]), _when(parts[3]))
                bright += bok
                if not bok:
                    line += f" | BOUNDS gold {parts[2]}..{parts[3]}"
                    if best is not None:
                        line += f" got {best.earliest}..{best.latest}"
                    mark = "BAD"
            if verbose or mark == "BAD":
                print(line)
    if "--texts" in sys.argv:
        return 0
    print(f"{src.name}: values {right}/{n}, bounds {bright}/{nb}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
