"""How ``build`` time grows with the text: generated news of 10 KB, 100 KB and 1 MB, both event models.

    python bench/bench_build.py [--sizes 10000,100000,1000000] [--models perceptron,neural]
                                [--repeat 3] [--reference-tree ../main] [--timeout 900]

Each figure is the best of ``--repeat`` runs (texts of 1 MB or more run ``--repeat-large``
times, default 1) in a fresh interpreter that first builds a short text, so model loading,
rule compilation and the verb-form tables' first load are not counted.  Prints seconds, KB/s, peak memory of that interpreter, and
the ratios 100KB/10KB and 1MB/100KB (linear is 10).  With ``--reference-tree`` the same texts
are timed on another checkout (``PYTHONPATH=TREE``) in the same run, alternating with this
one, and the table adds reference/this ratios.  The machine's load is printed before and
after: on a shared machine, compare ratios, not seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_corpus import news_text  # noqa: E402

HERE = Path(__file__).resolve().parents[1]

_CHILD = r"""
import json, resource, sys, time
cap = int(sys.argv[4]) * 2**20
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))  # a runaway build fails with MemoryError, not the machine
from timeline.build import build
text_path, model, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
text = open(text_path, encoding="utf-8").read()
# warm up: models, rules, and the verb-form tables a present-tense verb ("say") loads on first use
build("The council met on Monday. Two days later, the bridge reopened, officials say.", "2026-03-04", event_model=model)
times, cpu = [], []
events = 0
for _ in range(repeat):
    start, start_cpu = time.perf_counter(), time.process_time()
    tl = build(text, "2026-03-04", event_model=model, max_chars=len(text) + 1)
    times.append(time.perf_counter() - start)
    cpu.append(time.process_time() - start_cpu)
    events = len(tl.events)
import timeline
print(json.dumps({"best": min(times), "cpu": min(cpu), "events": events, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "module": timeline.__file__}))
"""


def load() -> str:
    """The machine's load averages (1, 5, 15 minutes) and core count, for the record."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f} on {os.cpu_count()} cores"


def measure(tree: Path, text_file: Path, model: str, repeat: int, timeout: float, memory_mb: int = 4000) -> Optional[dict[str, float]]:
    """Best-of-``repeat`` build time of ``text_file`` with the checkout at ``tree``, or None on timeout/error."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    try:
        # run in the tree: ``-c`` puts the working directory first on the path, before PYTHONPATH
        done = subprocess.run([sys.executable, "-c", _CHILD, str(text_file), model, str(repeat), str(memory_mb)], env=env, capture_output=True,
                              text=True, timeout=timeout, check=False, cwd=tree)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        print(f"  {tree}: failed: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode}", flush=True)
        return None
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if not Path(result["module"]).resolve().is_relative_to(tree.resolve()):
        raise SystemExit(f"measured {result['module']}, not the tree {tree}")
    return result  # type: ignore[no-any-return]


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="text sizes in characters (default 10 KB, 100 KB, 1 MB)")
    parser.add_argument("--models", default="perceptron,neural")
    parser.add_argument("--repeat", type=int, default=3, help="best of N (default 3)")
    parser.add_argument("--repeat-large", type=int, default=1, help="best of N for texts of 1 MB or more (default 1)")
    parser.add_argument("--reference-tree", type=Path, help="another checkout to time on the same texts in the same run")
    parser.add_argument("--reference-max-size", type=int, default=100_000, help="time the reference tree only on texts up to this size (default 100 KB: a quadratic build of 1 MB takes hours)")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds before one measurement is given up (default 900)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--memory-mb", type=int, default=4000, help="address-space cap of each measuring interpreter (default 4000)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    models = args.models.split(",")
    trees = [("this", HERE)] + ([("reference", args.reference_tree.resolve())] if args.reference_tree else [])
    print(f"# bench_build: {' '.join(sys.argv[1:]) or '(defaults)'}; this tree {HERE}")
    print(f"# before: {load()}")
    results: dict[tuple[str, str, int], Optional[dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        files = {}
        for size in sizes:
            files[size] = Path(tmp) / f"news-{size}.txt"
            files[size].write_text(news_text(size, args.seed), encoding="utf-8")
        for model in models:
            for size in sizes:
                repeat = args.repeat_large if size >= 1_000_000 else args.repeat
                for name, tree in trees:
                    if name == "reference" and size > args.reference_max_size:
                        results[(name, model, size)] = None
                        continue
                    r = measure(tree, files[size], model, repeat, args.timeout, args.memory_mb)
                    results[(name, model, size)] = r
                    shown = f"no result (over {args.timeout:g} s, or an error above)" if r is None else f"{r['best']:.2f} s (CPU {r['cpu']:.2f} s), {size / 1000 / r['best']:.0f} KB/s, {r['events']} events, {r['peak_mb']:.0f} MB"
                    print(f"{name:9} {model:10} {size / 1000:>6.0f} KB  best of {repeat}: {shown}", flush=True)
    print(f"# after: {load()}")
    print()
    print("| tree | model | " + " | ".join(f"{s // 1000} KB" for s in sizes) + " | " + " | ".join(f"{b // 1000}K/{a // 1000}K" for a, b in zip(sizes, sizes[1:])) + " |")
    print("| --- | --- | " + " | ".join("---" for _ in sizes) + " | " + " | ".join("---" for _ in sizes[1:]) + " |")
    for name, _ in trees:
        for model in models:
            cells = []
            for size in sizes:
                r = results[(name, model, size)]
                cells.append((f"> {args.timeout:g} s" if name == "this" or size <= args.reference_max_size else "not run") if r is None else f"{r['best']:.2f} s, CPU {r['cpu']:.2f} s ({size / 1000 / r['best']:.0f} KB/s, {r['peak_mb']:.0f} MB)")
            ratios = []
            for a, b in zip(sizes, sizes[1:]):
                ra, rb = results[(name, model, a)], results[(name, model, b)]
                ratios.append("-" if ra is None or rb is None else f"{rb['best'] / ra['best']:.1f}x (CPU {rb['cpu'] / ra['cpu']:.1f}x)")
            print(f"| {name} | {model} | " + " | ".join(cells) + " | " + " | ".join(ratios) + " |")
    if args.reference_tree:
        print()
        for model in models:
            for size in sizes:
                ref, this = results[("reference", model, size)], results[("this", model, size)]
                if ref is not None and this is not None:
                    print(f"reference/this {model} {size // 1000} KB: {ref['best'] / this['best']:.2f}x (CPU {ref['cpu'] / this['cpu']:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
