"""Evaluation results for people: a terminal table, JSON, a Markdown report, an error listing."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any, Optional

import attrs

from . import EvaluationResult

__all__ = ["table", "as_json", "markdown_report", "error_listing"]


def _row(name: str, s: Any) -> dict[str, Any]:
    return {
        "name": name, "strict_p": s.strict_precision, "strict_r": s.strict_recall, "strict_f1": s.strict_f1,
        "relaxed_p": s.relaxed_precision, "relaxed_r": s.relaxed_recall, "relaxed_f1": s.relaxed_f1,
        **{f"{k}_f1": v for k, v in s.attribute_f1.items()}, **{f"{k}_accuracy": v for k, v in s.attribute_accuracy.items()},
    }


def as_json(results: dict[str, EvaluationResult]) -> str:
    out = {}
    for name, r in results.items():
        entry: dict[str, Any] = {"timex": _row(name, r.timex), "timex_counts": attrs.asdict(r.timex_counts), "missing_documents": list(r.missing_documents)}
        if r.event is not None:
            entry["event"] = _row(name, r.event)
        entry["errors"] = [attrs.asdict(e) for e in r.errors]
        out[name] = entry
    return json.dumps(out, indent=2, ensure_ascii=False) + "\n"


def _pct(x: Optional[float], width: int) -> str:
    """A percentage, or '-' for an attribute the gold does not have (TIMEX2 has no type)."""
    return f"{x * 100:{width}.2f}" if x is not None else f"{'-':>{width}}"


def table(results: dict[str, EvaluationResult]) -> str:
    """Fixed-width table: strict/relaxed P/R/F1, type and value F1 (percent)."""
    head = f"{'system':<28} {'strict P':>8} {'R':>6} {'F1':>6} {'relaxed P':>9} {'R':>6} {'F1':>6} {'type F1':>8} {'value F1':>8}"
    lines = ["TIMEX3 (TempEval-3 Task A)", head, "-" * len(head)]
    for name, r in results.items():
        s = r.timex
        lines.append(f"{name:<28} {s.strict_precision*100:8.2f} {s.strict_recall*100:6.2f} {s.strict_f1*100:6.2f} {s.relaxed_precision*100:9.2f} "
                     f"{s.relaxed_recall*100:6.2f} {s.relaxed_f1*100:6.2f} {_pct(s.attribute_f1.get('type'), 8)} {s.attribute_f1.get('value', 0)*100:8.2f}")
    events = {n: r for n, r in results.items() if r.event is not None}
    if events:
        head = f"{'system':<28} {'strict F1':>9} {'relaxed P':>9} {'R':>6} {'F1':>6} {'class acc':>9}"
        lines += ["", "EVENT", head, "-" * len(head)]
        for name, r in events.items():
            e = r.event
            assert e is not None
            lines.append(f"{name:<28} {e.strict_f1*100:9.2f} {e.relaxed_precision*100:9.2f} {e.relaxed_recall*100:6.2f} {e.relaxed_f1*100:6.2f} {e.attribute_accuracy.get('class', 0)*100:9.2f}")
    return "\n".join(lines) + "\n"


def markdown_report(results: dict[str, EvaluationResult], *, corpus: str, command: str) -> str:
    """A report a researcher can paste into an appendix."""
    lines = [f"# TempEval-3 evaluation on `{corpus}`", "", f"Produced by `{command}`. TempEval-3 Task A scoring: one-to-one matching by overlap, "
             "micro-averaged over documents, DCT excluded; type and value F1 = attribute accuracy over relaxed matches x relaxed F1.", "",
             "## Time expressions", "", "| system | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | type F1 | value F1 |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, r in results.items():
        s = r.timex
        lines.append(f"| {name} | {s.strict_precision*100:.2f} | {s.strict_recall*100:.2f} | {s.strict_f1*100:.2f} | {s.relaxed_precision*100:.2f} | "
                     f"{s.relaxed_recall*100:.2f} | {s.relaxed_f1*100:.2f} | {_pct(s.attribute_f1.get('type'), 0)} | {s.attribute_f1.get('value', 0)*100:.2f} |")
    events = {n: r for n, r in results.items() if r.event is not None}
    if events:
        lines += ["", "## Events", "", "| system | strict F1 | relaxed P | relaxed R | relaxed F1 | class accuracy |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
        for name, r in events.items():
            e = r.event
            assert e is not None
            lines.append(f"| {name} | {e.strict_f1*100:.2f} | {e.relaxed_precision*100:.2f} | {e.relaxed_recall*100:.2f} | {e.relaxed_f1*100:.2f} | {e.attribute_accuracy.get('class', 0)*100:.2f} |")
    counts = next(iter(results.values())).timex_counts if results else None
    if counts is not None:
        lines += ["", f"Gold time expressions: {counts.gold}."]
    return "\n".join(lines) + "\n"


def error_listing(result: EvaluationResult, *, by: str = "kind", limit: Optional[int] = None) -> str:
    """Misses, spurious tags and wrong values grouped by kind or by rule, largest group first."""
    groups: dict[str, list[Any]] = defaultdict(list)
    for e in result.errors:
        key = e.kind if by == "kind" else (e.rule or f"(no rule: {e.kind})")
        groups[key].append(e)
    lines = []
    for key, items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        lines.append(f"== {key} ({len(items)})")
        for e in items[: limit or len(items)]:
            gold = f"gold {e.gold_text!r}={e.gold_value}" if e.gold_text is not None else "gold -"
            system = f"system {e.system_text!r}={e.system_value}" if e.system_text is not None else "system -"
            rule = f" [{e.rule}]" if e.rule else ""
            lines.append(f"  {e.kind:<12} {e.doc}: {gold} | {system}{rule}")
            lines.append(f"      {e.sentence[:160]}")
    return "\n".join(lines) + "\n"
