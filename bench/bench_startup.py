"""Cold-process start-up times of two source trees, measured alternately in the same run.

usage: python bench/bench_startup.py OLD_TREE NEW_TREE [--runs N] [--no-bytecode] [--corpus DIR]

Each command runs in a fresh interpreter with the tree first on ``PYTHONPATH``; the trees take
turns, so both see the same machine load.  Reports the best and the median wall time of
``--runs`` runs (default 7) and the new/old ratio of the bests.  Bytecode is written to a
temporary ``PYTHONPYCACHEPREFIX`` and warmed by one untimed run, as an installed package
has it; ``--no-bytecode`` compiles the sources in every run instead.  The one-line input is a
sentence written here; the 10 KB input is the first 10 KB of the corpus's text (TimeML tags
stripped, written to a temporary file at run time) with ``--corpus``, else the bundled
example article repeated.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_SENTENCE = "On March 3, 2024 the company said it would close the plant next week, two years after it opened. "
_FIRST_PASS = (
    "import time; t = time.perf_counter(); import timeline; "
    "text = open({path!r}, encoding='utf-8').read(); timeline.tag(text, '2026-02-02'); "
    "print(time.perf_counter() - t)"
)


def _ten_kb(corpus: "Path | None") -> str:
    """10 KB of news text: the corpus's first documents, or the example article repeated."""
    if corpus is None:
        base = (Path(__file__).resolve().parents[1] / "examples" / "storm-weekend.txt").read_text(encoding="utf-8")
    else:
        parts = []
        for f in sorted(corpus.rglob("*.tml"))[:20]:
            s = f.read_text(encoding="utf-8")
            parts.append(html.unescape(re.sub(r"<[^>]+>", "", s[s.find("<TEXT>") + 6 : s.find("</TEXT>")])))
        base = "\n\n".join(parts)
    return (base * (10240 // len(base) + 1))[:10240]


def _commands(tmp: Path, corpus: "Path | None") -> dict[str, list[str]]:
    one = tmp / "one-line.txt"
    one.write_text(_SENTENCE.strip() + "\n", encoding="utf-8")
    ten = tmp / "ten-kb.txt"
    ten.write_text(_ten_kb(corpus), encoding="utf-8")
    py = sys.executable
    return {
        "python -c pass (interpreter alone)": [py, "-c", "pass"],
        "python -c 'import timeline'": [py, "-c", "import timeline"],
        "timeline --help": [py, "-m", "timeline", "--help"],
        "timeline tag FILE (one line)": [py, "-m", "timeline", "tag", "--reference-time", "2026-02-02", str(one)],
        "timeline tag FILE (10 KB)": [py, "-m", "timeline", "tag", "--reference-time", "2026-02-02", str(ten)],
    }


def _run(cmd: list[str], tree: Path, env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, env={**env, "PYTHONPATH": str(tree)}, cwd=tree, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("old", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--no-bytecode", action="store_true")
    ap.add_argument("--corpus", type=Path, help="TimeML corpus to take the 10 KB input from")
    args = ap.parse_args()
    trees = {"old": args.old.resolve(), "new": args.new.resolve()}
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
        if args.no_bytecode:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        cmds = _commands(tmp, args.corpus)
        print(f"load average before: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}; runs: {args.runs}; bytecode: {'no' if args.no_bytecode else 'cached'}\n")
        print("| command | old best (s) | new best (s) | old median | new median | new/old (best) |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        for name, cmd in cmds.items():
            times: dict[str, list[float]] = {"old": [], "new": []}
            per_tree = {}
            for label, tree in trees.items():
                per_tree[label] = {**env, "PYTHONPYCACHEPREFIX": str(tmp / f"pyc-{label}")} if not args.no_bytecode else env
                _run(cmd, tree, per_tree[label])  # warm the bytecode and the file cache
            for _ in range(args.runs):
                for label, tree in trees.items():
                    times[label].append(_run(cmd, tree, per_tree[label]))
            o, n = min(times["old"]), min(times["new"])
            print(f"| {name} | {o:.3f} | {n:.3f} | {statistics.median(times['old']):.3f} | {statistics.median(times['new']):.3f} | {n / o:.2f} |")
        # the first pass over new text, timed inside the process (import + tag of 10 KB)
        ten = tmp / "ten-kb.txt"
        times = {"old": [], "new": []}
        for _ in range(args.runs):
            for label, tree in trees.items():
                out = subprocess.run([sys.executable, "-c", _FIRST_PASS.format(path=str(ten))], env={**per_tree[label], "PYTHONPATH": str(tree)}, cwd=tree, capture_output=True, text=True, check=True)
                times[label].append(float(out.stdout.strip().splitlines()[-1]))
        o, n = min(times["old"]), min(times["new"])
        print(f"| first 10 KB in a fresh process (import + tag, in-process clock) | {o:.3f} | {n:.3f} | {statistics.median(times['old']):.3f} | {statistics.median(times['new']):.3f} | {n / o:.2f} |")
        print(f"\nfirst-pass rate: old {10 / o:.0f} KB/s, new {10 / n:.0f} KB/s (including the import)")
        print(f"load average after: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")


if __name__ == "__main__":
    main()
