"""How well `build` places events: gold days and gold start order, end to end.

usage: python bench/bench_placement.py GOLD_DIR [--matres FILE ...] [--event-model neural|perceptron] [--limit N]
                                       [--fold-models DIR --tbaq TBAQ_ROOT]   (out of fold: see --help)

For every gold TimeML document, `timeline.build` runs on its text and publication date; its
events are matched to gold EVENTs by span.  Two figures:

* day placement: gold events whose gold TLINKs put them inside one calendar day (inside the
  publication time, or inside a day-valued TIMEX3): the share whose likely interval lies in
  that day, beside the baseline "every event on the publication day", and how many come out
  with no certain lower bound;
* start order (with ``--matres``): gold MATRES pairs (start-point order, BEFORE/AFTER/EQUAL/
  VAGUE) whose two events were found: the order `build` states (its relation, else VAGUE),
  scored as MATRES does (precision and recall over non-VAGUE labels), beside the baseline
  "the event mentioned first started first".

Corpus paths are arguments; nothing here is part of the package.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline import build  # noqa: E402
from timeline.io.timeml import read_timeml_dir  # noqa: E402

_INSIDE = {"IS_INCLUDED", "DURING", "SIMULTANEOUS", "BEGINS", "ENDS"}
_INVERSE_INSIDE = {"INCLUDES", "DURING_INV", "SIMULTANEOUS", "BEGUN_BY", "ENDED_BY"}
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_START = {"BEFORE": "BEFORE", "AFTER": "AFTER", "SIMULTANEOUS": "EQUAL", "INCLUDES": "BEFORE", "IS_INCLUDED": "AFTER"}


def gold_days(doc) -> dict[str, dt.date]:  # type: ignore[no-untyped-def]
    """Event id -> the one day gold TLINKs put it in."""
    times = {a.id: a for a in doc.annotations if a.tag == "TIMEX3"}
    dct_ids = {doc.dct_tid or "t0", "t0"}
    out: dict[str, dt.date] = {}
    for s, rel, t in doc.entity_relations():
        if s in times or s in dct_ids:
            s, t, rel = t, s, {"INCLUDES": "IS_INCLUDED", "DURING_INV": "DURING", "BEGUN_BY": "BEGINS", "ENDED_BY": "ENDS"}.get(rel, rel)
        if rel not in _INSIDE:
            continue
        if t in dct_ids and doc.dct is not None:
            out.setdefault(s, doc.dct.date())
        elif t in times:
            m = _DAY.match(times[t].get("value") or "")
            if m:
                try:
                    out[s] = dt.date(int(m[1]), int(m[2]), int(m[3]))
                except ValueError:
                    pass
    return out


def matres_pairs(paths: list[str]) -> dict[str, list[tuple[str, str, str]]]:
    """Doc id -> [(eiid1, eiid2, label)] from MATRES files (ids without the 'ei' prefix)."""
    out: dict[str, list[tuple[str, str, str]]] = collections.defaultdict(list)
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 6:
                out[parts[0]].append((f"ei{parts[3]}", f"ei{parts[4]}", parts[5]))
    return out


def _fold_models(fold_dir: Path, tbaq: "Path | None", folds: int):  # type: ignore[no-untyped-def]
    """Document text -> the relation models of the fold that did not train on it."""
    from timeline.io.timeml import read_timeml
    from timeline.relations.classifier import read_classifiers

    if tbaq is None:
        raise SystemExit("--fold-models needs --tbaq, the root the folds were cut from")
    fold_of = {read_timeml(f).text: i % folds for i, f in enumerate(sorted(tbaq.rglob("*.tml")))}
    models = [read_classifiers((fold_dir / f"fold{k}.npz").read_bytes()) for k in range(folds)]
    return lambda text: models[fold_of[text]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("--matres", nargs="*", default=[])
    parser.add_argument("--event-model", default="neural")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--fold-models", type=Path, default=None, metavar="DIR",
                        help="relate each document with DIR/fold{k}.npz, the relation models trained without its fold "
                             "(train/train_relations.py --fold-models; k = index in sorted order of --tbaq's files mod --folds): out of fold")
    parser.add_argument("--tbaq", type=Path, default=None, help="with --fold-models: the TBAQ root the folds were cut from")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--by-basis", action="store_true",
                        help="also split build's stated MATRES orders by what states them: certain (the text entails it) or the "
                             "confidence band of the guess (issue 10: a certain order that is wrong is a silent wrong answer)")
    parser.add_argument("--dump", type=Path, default=None, metavar="FILE",
                        help="write one line per gold day and per MATRES pair (document, ids, gold, system; with --by-basis the basis "
                             "of a stated order, certain or its band, as a last column) to FILE, to diff two trees")
    args = parser.parse_args(argv)
    models_for = _fold_models(args.fold_models, args.tbaq, args.folds) if args.fold_models else None
    pairs = matres_pairs(args.matres)
    day_total = day_inside = day_baseline = matched = no_lower = found_baseline = 0
    counts = collections.Counter()
    n = 0
    dump: list[str] = []
    for _, doc in read_timeml_dir(args.gold):
        if isinstance(doc, Exception) or doc.dct is None:
            continue
        n += 1
        if args.limit and n > args.limit:
            break
        if models_for is not None:
            import timeline.relations as relations

            relations.load_classifiers = lambda m=models_for(doc.text): m  # type: ignore[assignment]  # this script only
        tl = build(doc.text, doc.dct, event_model=args.event_model, max_chars=10**8)
        by_span = {(e.start, e.end): e for e in tl.events}
        system_of = {a.get("eid"): by_span.get((a.start, a.end)) for a in doc.annotations if a.tag == "EVENT"}
        for eid, day in gold_days(doc).items():
            e = system_of.get(eid)
            day_total += 1
            lo, hi = dt.datetime.combine(day, dt.time()), dt.datetime.combine(day, dt.time()) + dt.timedelta(days=1)
            day_baseline += day == doc.dct.date()
            if e is None:
                continue
            matched += 1
            found_baseline += day == doc.dct.date()
            no_lower += e.earliest_start is None
            inside = e.likely_start is not None and e.likely_end is not None and lo <= e.likely_start and e.likely_end <= hi
            day_inside += inside
            dump.append(f"day\t{doc.doc_id}\t{eid}\t{e.text}\t{day}\t{'in' if inside else 'out'}\t{e.likely_start}\t{e.likely_end}")
        relation = {(r.source, r.target): r.relation for r in tl.relations}
        stated_by = {(r.source, r.target): r for r in tl.relations}
        stem = Path(doc.source).stem if getattr(doc, "source", "") else doc.doc_id
        for ei1, ei2, gold in pairs.get(stem, pairs.get(doc.doc_id, [])):
            e1, e2 = (system_of.get(doc.instances.get(x, {}).get("eventID")) for x in (ei1, ei2))
            if e1 is None or e2 is None:
                counts["unmatched"] += 1
                continue
            r = relation.get((e1.eid, e2.eid))
            if r is None and (e2.eid, e1.eid) in relation:
                r = {"BEFORE": "AFTER", "AFTER": "BEFORE", "INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES"}.get(relation[(e2.eid, e1.eid)], relation[(e2.eid, e1.eid)])
            system = _START.get(r or "", "VAGUE")
            basis = ""
            if args.by_basis and system != "VAGUE":
                said = stated_by.get((e1.eid, e2.eid)) or stated_by[(e2.eid, e1.eid)]
                basis = "certain" if said.certain else _band(said.confidence)
                counts[(basis, "stated")] += 1
                counts[(basis, "right")] += system == gold
                counts[(basis, "reversed")] += {system, gold} == {"BEFORE", "AFTER"}
            text_order = "BEFORE" if e1.start < e2.start else "AFTER"
            dump.append(f"pair\t{doc.doc_id}\t{ei1} {e1.text}\t{ei2} {e2.text}\t{gold}\t{system}" + (f"\t{basis}" if basis else ""))
            for name, label in (("build", system), ("text order", text_order)):
                counts[(name, "gold")] += gold != "VAGUE"
                counts[(name, "system")] += label != "VAGUE"
                counts[(name, "right")] += label == gold and gold != "VAGUE"
                counts[(name, "reversed")] += {label, gold} == {"BEFORE", "AFTER"}
    if args.dump is not None:
        args.dump.write_text("\n".join(dump) + "\n", encoding="utf-8")
    print(f"documents {n - (1 if args.limit and n > args.limit else 0)}, event model {args.event_model}")
    print(f"events with a gold day: {day_total}, found: {matched}, of these without a certain lower bound: {no_lower}")
    print(f"likely interval inside the gold day: {day_inside} ({100 * day_inside / max(1, matched):.1f}% of found); "
          f"baseline 'on the publication day': {day_baseline} ({100 * day_baseline / max(1, day_total):.1f}% of all), "
          f"{found_baseline} ({100 * found_baseline / max(1, matched):.1f}% of found)")
    if pairs:
        print(f"MATRES pairs: {counts[('build', 'gold')]} non-vague with both events found; {counts['unmatched']} with an event not found")
        for name in ("build", "text order"):
            p = counts[(name, "right")] / max(1, counts[(name, "system")])
            r = counts[(name, "right")] / max(1, counts[(name, "gold")])
            f = 2 * p * r / max(1e-9, p + r)
            print(f"  {name:10s}: stated {counts[(name, 'system')]}, right {counts[(name, 'right')]}, reversed {counts[(name, 'reversed')]}, P {p:.3f} R {r:.3f} F1 {f:.3f}")
        if args.by_basis:
            for basis in ("certain", *_BANDS):
                n_basis = counts[(basis, "stated")]
                print(f"  stated as {basis:9s}: {n_basis}, right {counts[(basis, 'right')]}, reversed {counts[(basis, 'reversed')]}, "
                      f"P {counts[(basis, 'right')] / max(1, n_basis):.3f}")
    return 0


_BANDS = ("p>=0.7", "p0.6-0.7", "p0.5-0.6", "p<0.5")


def _band(confidence: float) -> str:
    """The confidence band of a guessed order (see ``--by-basis``)."""
    return _BANDS[0] if confidence >= 0.7 else _BANDS[1] if confidence >= 0.6 else _BANDS[2] if confidence >= 0.5 else _BANDS[3]


if __name__ == "__main__":
    sys.exit(main())
