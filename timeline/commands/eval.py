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
    p.add_argument("--relations", action="store_true", help="score TLINKs (TempEval-3 Task C temporal awareness): of the --system dirs, or timeline's own")
    p.add_argument("--min-confidence", type=float, default=None, metavar="P",
                   help="with --relations and no --system: leave out guessed relations scoring less than P (label probability times the probability that annotators relate the pair; default: per kind of pair)")
    p.add_argument("--task", choices=("C", "ABC"), default="C",
                   help="with --relations: C, the TLINKs use the gold TIMEX3/EVENT ids (default); ABC, end to end: the system brought its own entities, aligned to gold by extent")
    p.add_argument("--mode", choices=("news", "narrative"), default="news", help="resolve relative expressions as in news or in a narrative")
    add_event_model(p)
    p.add_argument("--closure", choices=("reference", "exact"), default="reference",
                   help="with --relations: the TempEval-3 scorer's timegraph (default, reproduces published figures) or an exact point-algebra closure")
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


def run_relations(args: argparse.Namespace) -> int:
    """``eval --relations``: temporal awareness of each --system dir; exit 3 when a file could not be read."""
    import json

    from ..errors import TimeMLError
    from ..evaluate.relations import score_dirs

    setting = "gold-entities" if args.task == "C" else "end-to-end"

    for path in [args.gold, *(args.system or [])]:
        if not Path(path).is_dir():
            raise UsageError(f"{path}: not a directory of TimeML files")
    results = {}
    unreadable = False
    if not args.system:  # timeline's own TLINKs, on the gold entities or end to end
        from ..evaluate.relations import score_relations
        from ..evaluate.tlinks import system_documents

        gold = _read_dir(args.gold)
        tty = sys.stderr.isatty()
        systems = system_documents(gold, mode=setting, event_model=args.event_model, min_confidence=args.min_confidence,
                                   progress=(lambda i: sys.stderr.write(f"\rrelating {i}/{len(gold)}")) if tty else None)
        if tty:
            sys.stderr.write("\n")
        results["timeline"] = score_relations(gold, systems, mode=setting, closure=args.closure)
    for system_dir in args.system or []:
        try:
            scores = score_dirs(args.gold, system_dir, mode=setting, closure=args.closure)
        except TimeMLError as exc:
            raise UsageError(str(exc)) from None
        for problem in scores.problems:
            print(f"timeline: {problem}", file=sys.stderr)
            unreadable = unreadable or "no system file" not in problem
        results[Path(system_dir).name or system_dir] = scores
    if args.format == "json":
        out = {name: {"mode": r.mode, "closure": args.closure, "precision": r.precision, "recall": r.recall, "f1": r.f1, "documents": [
            {"doc": d.doc_id, "system_links": d.system_links, "precision_matched": d.precision_matched,
             "gold_links": d.gold_links, "recall_matched": d.recall_matched} for d in r.documents]} for name, r in results.items()}
        sys.stdout.write(json.dumps(out, indent=2) + "\n")
    else:
        mode = "gold entities given" if setting == "gold-entities" else "end to end (Task ABC)"
        width = max(len("system"), *(len(n) for n in results))
        lines = [f"TempEval-3 Task C, temporal awareness, {mode}" + (", exact closure" if args.closure == "exact" else ""), f"{'system':<{width}}  {'docs':>5}  {'P':>6}  {'R':>6}  {'F1':>6}"]
        for name, r in results.items():
            lines.append(f"{name:<{width}}  {len(r.documents):>5}  {100 * r.precision:6.2f}  {100 * r.recall:6.2f}  {100 * r.f1:6.2f}")
        sys.stdout.write("\n".join(lines) + "\n")
    return 3 if unreadable else 0


def run(args: argparse.Namespace) -> int:
    if args.relations:
        return run_relations(args)
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
