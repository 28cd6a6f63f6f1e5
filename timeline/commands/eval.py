"""``timeline eval``: TempEval-3 scores of timeline (or another system's TimeML) on a gold corpus."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

from ..cli import UsageError
from ._common import add_event_model

__all__ = ["register"]


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    p = sub.add_parser("eval", help="score against a TimeML gold corpus (TempEval-3)", description="Score timeline's own tagging, or another system's TimeML output, against gold TimeML.")
    p.add_argument("gold", metavar="GOLD_DIR", help="directory of gold TimeML files")
    p.add_argument("--system", metavar="SYSTEM_DIR", action="append", help="score this system's TimeML output instead of tagging (repeatable)")
    p.add_argument("--errors", action="store_true", help="list misses, spurious tags and wrong values")
    p.add_argument("--by", choices=("kind", "rule"), default="kind", help="group the error listing by kind or by rule")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--report", metavar="FILE.md", help="also write a Markdown report")
    p.add_argument("--no-events", action="store_true", help="do not detect and score events")
    p.add_argument("--mode", choices=("news", "narrative"), default="news", help="resolve relative expressions as in news or in a narrative")
    add_event_model(p)
    p.set_defaults(func=run)


def _read_dir(path: str) -> list:  # type: ignore[type-arg]
    from ..errors import TimeMLError
    from ..io.timeml import read_timeml_dir
    from ..io.timex2 import read_timex2_dir

    if not Path(path).is_dir():
        raise UsageError(f"{path}: not a directory of TimeML files")
    docs = []
    found = list(read_timeml_dir(path))
    for f, doc in found or read_timex2_dir(path):  # TimeML, else TIMEX2 gold (WikiWars)
        if isinstance(doc, TimeMLError):
            print(f"timeline: skipping {doc}", file=sys.stderr)
        else:
            docs.append(doc)
    if not docs:
        raise UsageError(f"{path}: no readable .tml or TIMEX2 files")
    return docs


def run(args: argparse.Namespace) -> int:
    from ..evaluate import evaluate
    from ..evaluate.report import as_json, error_listing, markdown_report, table
    from ..evaluate.score import Span

    gold = _read_dir(args.gold)
    results = {}
    if args.system:
        for system_dir in args.system:
            results[Path(system_dir).name] = evaluate(gold, _read_dir(system_dir))
    else:
        from ..events.detect import detect_events
        from ..tagger import tag

        tagged = []
        events: dict[str, Sequence[Span]] = {}
        tty = sys.stderr.isatty()
        for i, g in enumerate(gold, 1):
            tagged.append(tag(g.text, g.dct, mode=args.mode, doc_id=g.doc_id))
            if not args.no_events:
                events[g.doc_id] = [Span(e.start, e.end, e.text, {"class": e.cls}) for e in detect_events(g.text, event_model=args.event_model)]
            if tty:
                sys.stderr.write(f"\rtagging {i}/{len(gold)}")
        if tty:
            sys.stderr.write("\n")
        results["timeline"] = evaluate(gold, tagged, events=events or None)
    out = as_json(results) if args.format == "json" else table(results)
    sys.stdout.write(out)
    if args.errors and args.format == "table":
        for name, r in results.items():
            sys.stdout.write(f"\nErrors of {name}:\n" + error_listing(r, by=args.by))
    if args.report:
        command = "timeline eval " + " ".join(sys.argv[2:]) if len(sys.argv) > 2 else "timeline eval"
        Path(args.report).write_text(markdown_report(results, corpus=args.gold, command=command), encoding="utf-8")
    return 0
