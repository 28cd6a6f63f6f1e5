"""Throughput of event detection (both event models) and of the whole ``build``.

usage: python bench/bench_events.py [CORPUS_DIR] [--reference MODEL.onnx]

With CORPUS_DIR (e.g. ../shared/corpora/tbaq) the news text is concatenated at run time
from the corpus's TimeML files; without it the bundled example article is repeated.
Reports KB/s on one core, best of three runs.  With ``--reference`` the neural detector is
also timed with that model file in place of the shipped one (e.g. the int8 model as
train_events_nn.py and export_hidden.py write it, before train/lean_events_onnx.py) on
100 KB, alternating with it for five rounds, in CPU time (the encoder runs on one thread;
CPU time is what a shared, loaded machine distorts least), and the speed ratio is printed:
only ratios from one run compare.  Nothing is copied into the project.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import timeline  # noqa: E402
from timeline.events import neural  # noqa: E402
from timeline.events.detect import EVENT_MODELS, detect_events  # noqa: E402

from bench_order import best_of  # noqa: E402
from bench_tagger import news_text  # noqa: E402


def reference_scorer(path: Path) -> neural.NeuralScorer:
    """The shipped scorer's tokenizer and labels around another model file (same session options)."""
    import onnxruntime

    shipped = neural.load_scorer()
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    session = onnxruntime.InferenceSession(path.read_bytes(), options, providers=["CPUExecutionProvider"])
    return neural.NeuralScorer(shipped.labels, session, shipped.tokenizer, shipped.pool)


def cpu_best_of(k: int, fn) -> float:  # type: ignore[no-untyped-def]
    """Least CPU time of ``k`` calls of ``fn``."""
    best = float("inf")
    for _ in range(k):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def compare(text: str, reference: Path, rounds: int = 5) -> None:
    """Neural detection of ``text`` with the shipped and the reference model, alternating."""
    shipped = neural.load_scorer()
    other = reference_scorer(reference)
    kb = len(text.encode("utf-8")) / 1024
    best = {"shipped": float("inf"), "reference": float("inf")}
    found = {}
    for _ in range(rounds):
        for name, scorer in (("shipped", shipped), ("reference", other)):
            neural.load_scorer = lambda scorer=scorer: scorer  # detect.py looks it up per call
            try:
                best[name] = min(best[name], cpu_best_of(1, lambda: detect_events(text)))
                found[name] = detect_events(text)
            finally:
                neural.load_scorer = _load_scorer
    print(f"\n## Neural detection, shipped vs {reference.name} ({kb:,.0f} KB, least CPU time of {rounds} alternating rounds)\n")
    print("| model | CPU seconds | KB/s | events |")
    print("| --- | ---: | ---: | ---: |")
    for name in best:
        print(f"| {name} | {best[name]:.3f} | {kb / best[name]:,.1f} | {len(found[name]):,} |")
    print(f"\nspeed ratio shipped / reference: {best['reference'] / best['shipped']:.2f}; "
          f"same events: {found['shipped'] == found['reference']}; load average {os.getloadavg()[0]:.1f}")


_load_scorer = neural.load_scorer


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path)
    ap.add_argument("--reference", type=Path, help="another events.onnx to time against the shipped one")
    args = ap.parse_args()
    base = news_text(args.corpus)
    print(f"load average {os.getloadavg()[0]:.1f}\n")
    print("## Event detection (one core)\n")
    print("| event model | size (KB) | seconds | KB/s | events |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for model in EVENT_MODELS:
        detect_events(base[:2000], event_model=model)  # load the model once
        for kb in (50, 200):
            text = (base * (kb * 1024 // max(1, len(base)) + 1))[: kb * 1024]
            secs = best_of(3, lambda: detect_events(text, event_model=model))
            n = len(detect_events(text, event_model=model))
            print(f"| {model} | {kb} | {secs:.3f} | {kb / secs:,.0f} | {n:,} |")
    if args.reference:
        compare(base[: 100 * 1024], args.reference)
    print("\n## build (tag + events + anchoring + ordering), one article\n")
    print("| event model | size (KB) | seconds | events |")
    print("| --- | ---: | ---: | ---: |")
    for model in EVENT_MODELS:
        for kb in (5, 10):
            text = (base * (kb * 1024 // max(1, len(base)) + 1))[: kb * 1024]
            secs = best_of(3, lambda: timeline.build(text, "2026-02-02", event_model=model))
            n = len(timeline.build(text, "2026-02-02", event_model=model).events)
            print(f"| {model} | {kb} | {secs:.3f} | {n:,} |")


if __name__ == "__main__":
    main()
