"""Throughput of event detection (both event models) and of the whole ``build``.

usage: python bench/bench_events.py [CORPUS_DIR]

With CORPUS_DIR (e.g. ../shared/corpora/tbaq) the news text is concatenated at run time
from the corpus's TimeML files; without it the bundled example article is repeated.
Reports KB/s on one core, best of three runs.  Nothing is copied into the project.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import timeline  # noqa: E402
from timeline.events.detect import EVENT_MODELS, detect_events  # noqa: E402

from bench_order import best_of  # noqa: E402
from bench_tagger import news_text  # noqa: E402


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    base = news_text(corpus)
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
