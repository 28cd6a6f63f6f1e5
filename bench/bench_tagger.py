"""Throughput of tag + resolve, its linearity in input size, and adversarial inputs.

usage: python bench/bench_tagger.py [--tree CHECKOUT] [CORPUS_DIR] [--no-adversarial]

With CORPUS_DIR (e.g. ../shared/corpora/tbaq), news text is concatenated at run time from
the corpus's TimeML files (tags stripped); without it the bundled example article is
repeated.  Reports the first 10 KB (tagged before anything is loaded) against the same text
tagged again, KB/s on one core (best of three runs) and seconds per MB for adversarial
inputs.  ``--tree`` measures another checkout's ``timeline`` (default: this one).  Nothing is
copied into the project.
"""

from __future__ import annotations

import html
import re
import sys
import time
from pathlib import Path

_TREE = Path(__file__).resolve().parents[1]
if len(sys.argv) > 2 and sys.argv[1] == "--tree":  # measure another checkout (e.g. main) with this script
    _TREE = Path(sys.argv[2]).resolve()
    del sys.argv[1:3]
sys.path.insert(0, str(_TREE))

import timeline  # noqa: E402

_TAG = re.compile(r"<[^>]+>")


def news_text(corpus: "Path | None") -> str:
    if corpus is None:
        return (_TREE / "examples" / "storm-weekend.txt").read_text(encoding="utf-8")
    parts = []
    for f in sorted(corpus.rglob("*.tml")):
        s = f.read_text(encoding="utf-8")
        body = s[s.find("<TEXT>") + 6 : s.find("</TEXT>")]
        parts.append(html.unescape(_TAG.sub("", body)))
    return "\n\n".join(parts)


def best_of(text: str, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        timeline.tag(text, "2026-02-02")
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    skip_adversarial = "--no-adversarial" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--no-adversarial"]
    if len(args) > 1 or (args and (args[0].startswith("-") or not Path(args[0]).is_dir())):
        raise SystemExit(f"usage: python bench/bench_tagger.py [--tree CHECKOUT] [CORPUS_DIR] [--no-adversarial] "
                         f"(--tree first; not understood: {' '.join(args)})")
    corpus = Path(args[0]) if args else None
    base = news_text(corpus)
    first = base[: 10 * 1024]
    t0 = time.perf_counter()
    timeline.tag(first, "2026-02-02")  # the first document: nothing compiled or loaded yet
    cold = time.perf_counter() - t0
    warm = best_of(first)
    print("## First document vs. the hundredth (10 KB, one core)\n")
    print("| pass | seconds | KB/s |")
    print("| --- | ---: | ---: |")
    print(f"| first (loads the tagger's modules and rules) | {cold:.3f} | {10 / cold:,.0f} |")
    print(f"| later (best of three) | {warm:.3f} | {10 / warm:,.0f} |\n")
    print("## Throughput (tag + resolve, one core)\n")
    print("| input | size (KB) | seconds | KB/s | expressions |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for kb in (100, 200, 400, 800):
        text = (base * (kb * 1024 // max(1, len(base)) + 1))[: kb * 1024]
        secs = best_of(text)
        n = len(timeline.tag(text, "2026-02-02").timexes)
        print(f"| news | {kb} | {secs:.3f} | {kb / secs:,.0f} | {n:,} |")
    if skip_adversarial:
        return
    print("\n## Adversarial inputs (1 MB each)\n")
    print("| input | seconds per MB |")
    print("| --- | ---: |")
    mb = 1024 * 1024
    cases = {
        "digits": "1234567890" * (mb // 10),
        "spaces": " " * mb,
        "punctuation": ".,;:!?-/'\"()" * (mb // 12),
        "repeated month names": "March " * (mb // 6),
        "repeated 'the last'": "the last " * (mb // 9),
        "numbers and units": "12 days 3 weeks " * (mb // 16),
        "one line, no newline": (base.replace("\n", " ") * (mb // max(1, len(base)) + 1))[:mb],
        "digit-slash runs": "1/2/" * (mb // 4),
        "one long grouped numeral": "1" + ",000" * (mb // 4),
    }
    for name, text in cases.items():
        print(f"| {name} | {best_of(text, 1):.3f} |")


if __name__ == "__main__":
    main()
