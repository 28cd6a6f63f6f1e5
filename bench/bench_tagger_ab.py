"""Tagging throughput of this tree against other checkouts, measured in the same run.

usage: python bench/bench_tagger_ab.py CORPUS_DIR OTHER_TREE [OTHER_TREE ...] [--rounds 3] [--passes 5] [--interleave N]

Reads the TimeML documents under CORPUS_DIR (text and publication date) once, then, for each
round, tags all of them in a fresh interpreter per tree (this tree and each OTHER_TREE, in
turn): one warm-up pass, then the least CPU time of ``--passes`` passes.  Prints KB/s per
tree and round, each tree's median, and the machine's load, since the machines are shared:
read the ratio, not the absolute figure.
"""

from __future__ import annotations

import argparse
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_SERVER = r"""
import pickle, sys, time
tree, texts = sys.argv[1], sys.argv[2]
sys.path.insert(0, tree)
import timeline
assert timeline.__file__.startswith(tree), timeline.__file__
docs = pickle.load(open(texts, "rb"))
for text, dct in docs:
    timeline.tag(text, reference_time=dct)
print("ready", flush=True)
for line in sys.stdin:
    t0 = time.process_time()
    for text, dct in docs:
        timeline.tag(text, reference_time=dct)
    print(time.process_time() - t0, flush=True)
"""

_CHILD = r"""
import pickle, sys, time
tree, texts, passes = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path.insert(0, tree)
import timeline
assert timeline.__file__.startswith(tree), timeline.__file__
docs = pickle.load(open(texts, "rb"))
for text, dct in docs:
    timeline.tag(text, reference_time=dct)
best = min(
    (lambda t0: ([timeline.tag(text, reference_time=dct) for text, dct in docs], time.process_time() - t0)[1])(time.process_time())
    for _ in range(passes)
)
print(best)
"""


def main(argv: "list[str] | None" = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("others", type=Path, nargs="+")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--interleave", type=int, metavar="N", default=0,
                        help="instead of rounds: one warm process per tree, N passes each, taken in turn (A, B, A, B ...), so a change "
                             "of the machine's load falls on every tree alike; prints the ratio of the least and of the median pass")
    args = parser.parse_args(argv)
    from timeline.io.timeml import read_timeml

    files = sorted(args.corpus.rglob("*.tml"))
    if not files:
        parser.error(f"no .tml files under {args.corpus}")
    docs = []
    for f in files:
        d = read_timeml(f)
        docs.append((d.text, d.dct.date().isoformat() if d.dct else None))
    size_kb = sum(len(t) for t, _ in docs) / 1000
    trees = [ROOT, *(p.resolve() for p in args.others)]
    results: dict[Path, list[float]] = {t: [] for t in trees}
    with tempfile.TemporaryDirectory() as tmp:
        texts = Path(tmp) / "texts.pkl"
        texts.write_bytes(pickle.dumps(docs))
        if args.interleave:
            return _interleaved(trees, texts, tmp, args.interleave, size_kb, len(files))
        for r in range(args.rounds):
            for tree in trees:
                env = {**os.environ, "PYTHONPATH": str(tree)}
                out = subprocess.run([sys.executable, "-c", _CHILD, str(tree), str(texts), str(args.passes)], env=env, cwd=tmp,
                                     capture_output=True, text=True, check=True)
                seconds = float(out.stdout.strip().splitlines()[-1])
                results[tree].append(seconds)
                print(f"round {r + 1}  {tree}: {seconds:.3f} s CPU, {size_kb / seconds:,.0f} KB/s  (load {os.getloadavg()[0]:.2f})")
    base = statistics.median(results[ROOT])
    print(f"{len(files)} documents, {size_kb:,.0f} KB")
    for tree in trees:
        m = statistics.median(results[tree])
        print(f"median {tree}: {m:.3f} s, {size_kb / m:,.0f} KB/s, this tree {m / base:.2f}x its speed" if tree != ROOT
              else f"median {tree} (this tree): {m:.3f} s, {size_kb / m:,.0f} KB/s")
    return 0


def _interleaved(trees: "list[Path]", texts: Path, tmp: str, passes: int, size_kb: float, n_docs: int) -> int:
    """``--interleave``: a warm process per tree, one pass of each in turn."""
    procs = []
    for tree in trees:
        env = {**os.environ, "PYTHONPATH": str(tree)}
        proc = subprocess.Popen([sys.executable, "-c", _SERVER, str(tree), str(texts)], env=env, cwd=tmp,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        procs.append(proc)
    times: list[list[float]] = [[] for _ in trees]  # by position: the same tree may be given twice (a check of the noise)
    loads = [os.getloadavg()[0]]
    try:
        for _ in range(passes):
            for k, proc in enumerate(procs):
                assert proc.stdin is not None and proc.stdout is not None
                proc.stdin.write("pass\n")
                proc.stdin.flush()
                times[k].append(float(proc.stdout.readline()))
            loads.append(os.getloadavg()[0])
    finally:
        for proc in procs:
            if proc.stdin is not None:
                proc.stdin.close()
            proc.wait()
    print(f"{n_docs} documents, {size_kb:,.0f} KB; {passes} passes per tree, taken in turn; load {min(loads):.2f}-{max(loads):.2f}")
    least, middle = min(times[0]), statistics.median(times[0])
    for k, tree in enumerate(trees):
        lo, mid = min(times[k]), statistics.median(times[k])
        line = f"{tree}{' (this tree)' if k == 0 else ''}: least {lo:.3f} s ({size_kb / lo:,.0f} KB/s), median {mid:.3f} s"
        if k:
            line += f"; this tree {lo / least:.2f}x its speed (least), {mid / middle:.2f}x (median)"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
