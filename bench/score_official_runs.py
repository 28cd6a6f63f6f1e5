"""Re-score the official TempEval-3 runs and compare with the published figures.

usage: python bench/score_official_runs.py ../shared/corpora/te3-platinum

Prints strict/relaxed/type/value F1 of each run in CORPUS/runs against CORPUS/gold, next to
the TempEval-3 paper's numbers, and exits non-zero if a published run is off by more than 0.15.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline.evaluate import evaluate  # noqa: E402
from timeline.io.timeml import read_timeml  # noqa: E402

PUBLISHED = {  # strict, relaxed, value, type F1 (UzZaman et al. 2013, Task A)
    "heideltime-english-3": (81.34, 90.30, 77.61, 82.09),
    "sutime": (79.57, 90.32, 67.38, 80.29),
}


def main() -> int:
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/te3-platinum")
    gold = [read_timeml(f) for f in sorted((corpus / "gold").glob("*.tml"))]
    worst = 0.0
    print("| run | strict F1 | relaxed F1 | value F1 | type F1 | published (strict / relaxed / value / type) |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for run in sorted(p for p in (corpus / "runs").iterdir() if p.is_dir()):
        r = evaluate(gold, [read_timeml(f) for f in sorted(run.glob("*.tml"))])
        got = (r.timex.strict_f1 * 100, r.timex.relaxed_f1 * 100, r.timex.attribute_f1["value"] * 100, r.timex.attribute_f1["type"] * 100)
        pub = PUBLISHED.get(run.name)
        if pub:
            worst = max(worst, *(abs(a - b) for a, b in zip(got, pub)))
        shown = " / ".join(f"{x:.2f}" for x in pub) if pub else "not published"
        print(f"| {run.name} | {got[0]:.2f} | {got[1]:.2f} | {got[2]:.2f} | {got[3]:.2f} | {shown} |")
    print(f"\nlargest difference from a published figure: {worst:.2f}")
    return 0 if worst <= 0.15 else 1


if __name__ == "__main__":
    sys.exit(main())
