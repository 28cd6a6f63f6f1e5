"""Calibrate the ``confidence`` an event reports with its likely interval, on gold TimeML (TBAQ).

The raw confidence of the soft fact that placed an event orders the soft facts; this script
measures what it is worth.  Every gold TimeML document is built (``timeline.build`` with the
table switched off, so events carry raw confidences); an event whose gold TLINKs put it inside
one calendar day (``bench/bench_placement.gold_days``) and that comes out with a likely interval
placed by a soft fact counts as *held* when that interval meets the gold day.  Per kind of basis
(``Event.likely_kind``), events are cut into raw-confidence bands of at least ``--band`` events,
adjacent bands are pooled until the share held does not fall as the raw confidence rises, and
each band's share is smoothed toward its kind's (``--prior`` pseudo-events), the kind's toward
all kinds'.  Writes ``timeline/data/confidence.json``.  Deterministic: sorted files, no sampling.

    python train/calibrate_confidence.py ../shared/corpora/tbaq/TBAQ-cleaned/AQUAINT ../shared/corpora/tbaq/TBAQ-cleaned/TimeBank
        [--event-model neural] [--fold-models DIR --tbaq TBAQ_ROOT] [--out PATH]
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Callable

_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(_ROOT))
sys.path.insert(0, str(_ROOT / "bench"))

import timeline.pipeline as pipeline  # noqa: E402
from bench_placement import _fold_models, gold_days  # noqa: E402
from timeline import build  # noqa: E402
from timeline.io.timeml import read_timeml_dir  # noqa: E402
from timeline.placement.calibration import TEXT, Calibration  # noqa: E402

Sample = tuple[float, bool]


def samples(dirs: list[str], event_model: str, models_for=None) -> dict[str, list[Sample]]:  # type: ignore[no-untyped-def]
    """Kind -> [(raw confidence, held)] over every gold-dated event placed by a soft fact."""
    pipeline.load_calibration = lambda: Calibration()  # type: ignore[assignment]  # raw confidences (this script only)
    out: dict[str, list[Sample]] = collections.defaultdict(list)
    for d in dirs:
        for _, doc in read_timeml_dir(d):
            if isinstance(doc, Exception) or doc.dct is None:
                continue
            if models_for is not None:
                import timeline.relations as relations

                relations.load_classifiers = lambda m=models_for(doc.text): m  # type: ignore[assignment]
            tl = build(doc.text, doc.dct, event_model=event_model, max_chars=10**8)
            by_span = {(e.start, e.end): e for e in tl.events}
            system_of = {a.get("eid"): by_span.get((a.start, a.end)) for a in doc.annotations if a.tag == "EVENT"}
            for eid, day in sorted(gold_days(doc).items()):
                e = system_of.get(eid)
                if e is None or e.likely_start is None or e.likely_end is None or e.confidence is None or e.likely_kind in ("", TEXT):
                    continue
                lo = dt.datetime.combine(day, dt.time())
                held = e.likely_start < lo + dt.timedelta(days=1) and lo < e.likely_end
                out[e.likely_kind].append((e.confidence, held))
    return out


def _pool(bands: list[list[Sample]], rate: Callable[[list[Sample]], float]) -> list[list[Sample]]:
    """Pool adjacent bands until ``rate`` (the smoothed share held) does not fall from one band to the next."""
    bands = [list(b) for b in bands]
    i = 0
    while i + 1 < len(bands):
        if rate(bands[i]) > rate(bands[i + 1]):
            bands[i : i + 2] = [bands[i] + bands[i + 1]]
            i = max(i - 1, 0)
        else:
            i += 1
    return bands


def calibrate(by_kind: dict[str, list[Sample]], band: int, prior: float, least: int) -> dict:
    """The table: kind -> {"edges", "rates", "counts"} (edges: the highest raw confidence of each band, the last 1.0)."""
    everything = [s for kind in sorted(by_kind) for s in by_kind[kind]]
    overall = sum(h for _, h in everything) / max(len(everything), 1)
    kinds = {}
    for kind in sorted(by_kind):
        rows = sorted(by_kind[kind])
        if len(rows) < least:
            continue
        kind_rate = (sum(h for _, h in rows) + prior * overall) / (len(rows) + prior)
        bands: list[list[Sample]] = []
        for raw, held in rows:
            if bands and (len(bands[-1]) < band or bands[-1][-1][0] == raw):
                bands[-1].append((raw, held))
            else:
                bands.append([(raw, held)])
        if len(bands) > 1 and len(bands[-1]) < band:
            bands[-2:] = [bands[-2] + bands[-1]]
        def smoothed(b: list[Sample], kind_rate: float = kind_rate) -> float:
            return round((sum(h for _, h in b) + prior * kind_rate) / (len(b) + prior), 3)

        bands = _pool(bands, smoothed)
        edges = [b[-1][0] for b in bands[:-1]] + [1.0]
        rates = [smoothed(b) for b in bands]
        kinds[kind] = {"edges": edges, "rates": rates, "counts": [len(b) for b in bands]}
    return {"held": "the likely interval meets the event's gold day", "overall": round(overall, 3), "events": len(everything), "kinds": kinds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", help="gold TimeML directories (TBAQ's AQUAINT and TimeBank)")
    parser.add_argument("--event-model", default="neural")
    parser.add_argument("--band", type=int, default=60, help="least events in a raw-confidence band")
    parser.add_argument("--prior", type=float, default=5.0, help="pseudo-events pulling a band toward its kind's share")
    parser.add_argument("--least", type=int, default=5, help="kinds with fewer events keep their raw confidence")
    parser.add_argument("--fold-models", type=Path, default=None, metavar="DIR", help="relate each document with the models of the fold that did not train on it")
    parser.add_argument("--tbaq", type=Path, default=None, help="with --fold-models: the TBAQ root the folds were cut from")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--out", default=str(_ROOT / "timeline" / "data" / "confidence.json"))
    args = parser.parse_args(argv)
    models_for = _fold_models(args.fold_models, args.tbaq, args.folds) if args.fold_models else None
    table = calibrate(samples(args.gold, args.event_model, models_for), args.band, args.prior, args.least)
    Calibration.from_dict(table)  # the library must read what is written
    text = json.dumps(table, indent=1, sort_keys=True)
    Path(args.out).write_text(text + "\n", encoding="utf-8")
    for kind, entry in table["kinds"].items():
        print(f"{kind:22} " + "  ".join(f"<={e:.3f}: {r:.3f} ({n})" for e, r, n in zip(entry["edges"], entry["rates"], entry["counts"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
