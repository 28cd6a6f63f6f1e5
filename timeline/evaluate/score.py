"""TempEval-3 Task A scoring: one-to-one overlap matching, micro-averaged, DCT excluded.

For time expressions: strict (identical extent) and relaxed (any overlap) precision,
recall and F1; type and value F1 = (share of relaxed matches whose attribute is exactly
right) x relaxed F1.  For events: strict/relaxed P/R/F1 and class accuracy.  Checked
against the published TempEval-3 figures for the official HeidelTime and SUTime runs
(bench/score_official_runs.py).
"""

from __future__ import annotations

from typing import Iterable, Optional, Sequence

import attrs

__all__ = ["Span", "Match", "Counts", "Scores", "match_spans", "prf"]


@attrs.frozen
class Span:
    """An annotated extent with the attributes scoring looks at."""

    start: int
    end: int
    text: str
    attributes: dict[str, Optional[str]] = attrs.field(factory=dict, eq=False)
    rule: str = ""

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def same_extent(self, other: "Span") -> bool:
        return self.start == other.start and self.end == other.end


@attrs.frozen
class Match:
    gold: Span
    system: Span


def match_spans(gold: Sequence[Span], system: Sequence[Span]) -> tuple[list[Match], list[Span], list[Span]]:
    """One-to-one matching by overlap (exact extents first): (matches, missed gold, spurious system)."""
    gold = sorted(gold, key=lambda s: (s.start, s.end))
    system = sorted(system, key=lambda s: (s.start, s.end))
    used: set[int] = set()
    paired: dict[int, int] = {}
    for gi, g in enumerate(gold):  # exact extents first, so a strict match is never lost to a neighbour
        for si, s in enumerate(system):
            if si not in used and g.same_extent(s):
                paired[gi] = si
                used.add(si)
                break
    for gi, g in enumerate(gold):
        if gi in paired:
            continue
        for si, s in enumerate(system):
            if si not in used and g.overlaps(s):
                paired[gi] = si
                used.add(si)
                break
    matches = [Match(gold[gi], system[si]) for gi, si in sorted(paired.items())]
    missed = [g for gi, g in enumerate(gold) if gi not in paired]
    spurious = [s for si, s in enumerate(system) if si not in used]
    return matches, missed, spurious


def prf(correct: int, system_total: int, gold_total: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (0 when undefined)."""
    p = correct / system_total if system_total else 0.0
    r = correct / gold_total if gold_total else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@attrs.frozen
class Counts:
    """Micro-averaging counts for one document or a whole corpus."""

    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    attribute_correct: dict[str, int] = attrs.field(factory=dict, eq=False)

    def __add__(self, other: "Counts") -> "Counts":
        keys = set(self.attribute_correct) | set(other.attribute_correct)
        return Counts(self.gold + other.gold, self.system + other.system, self.relaxed + other.relaxed, self.strict + other.strict,
                      {k: self.attribute_correct.get(k, 0) + other.attribute_correct.get(k, 0) for k in keys})


@attrs.frozen
class Scores:
    """Strict/relaxed P/R/F1 and attribute F1s (attribute accuracy over relaxed matches x relaxed F1)."""

    strict_precision: float
    strict_recall: float
    strict_f1: float
    relaxed_precision: float
    relaxed_recall: float
    relaxed_f1: float
    attribute_f1: dict[str, float]
    attribute_accuracy: dict[str, float]

    @classmethod
    def from_counts(cls, c: Counts) -> "Scores":
        sp, sr, sf = prf(c.strict, c.system, c.gold)
        rp, rr, rf = prf(c.relaxed, c.system, c.gold)
        acc = {k: (v / c.relaxed if c.relaxed else 0.0) for k, v in sorted(c.attribute_correct.items())}
        return cls(sp, sr, sf, rp, rr, rf, {k: a * rf for k, a in acc.items()}, acc)


def count(matches: Iterable[Match], gold_total: int, system_total: int, attributes: Sequence[str]) -> Counts:
    matches = list(matches)
    correct = {a: sum(1 for m in matches if (m.gold.attributes.get(a) or None) == (m.system.attributes.get(a) or None)) for a in attributes}
    return Counts(gold_total, system_total, len(matches), sum(1 for m in matches if m.gold.same_extent(m.system)), correct)
