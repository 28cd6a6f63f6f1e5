"""Train the event mention model on TBAQ: deterministic averaged perceptrons.

usage: python train/train_events.py --corpus ../shared/corpora/tbaq [--out timeline/events/data/events.json.gz] [--epochs 8]

Two models over the token features of timeline/events/features.py:
- ``label``: O (no event) or the event's TimeML class (OCCURRENCE, REPORTING, STATE, ...);
- ``pos``: the event's part of speech from MAKEINSTANCE (VERB, NOUN, ADJECTIVE, OTHER).
Token order is fixed (sorted files, a seeded shuffle per epoch), so the output is the same
bytes on every run.  Weights are averaged, rounded and pruned, and written as gzip'd JSON
that the library loads without any training dependency.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline.events.features import token_features  # noqa: E402
from timeline.events.tokens import sentences, tokenize  # noqa: E402
from timeline.io.timeml import read_timeml  # noqa: E402


def examples(corpus: Path, fold: "tuple[int, int] | None" = None, held_out: bool = False):
    """(features, class label, pos label or None) for every token of every sentence.

    ``fold=(k, n)``: documents whose index is k modulo n are held out (``held_out`` picks them)."""
    for index, f in enumerate(sorted(corpus.rglob("*.tml"))):
        if fold is not None and ((index % fold[1] == fold[0]) != held_out):
            continue
        doc = read_timeml(f)
        spans = []
        for ev in doc.events:
            mi = doc.instance_of(ev.get("eid", ""))
            spans.append((ev.start, ev.end, ev.get("class", "OCCURRENCE"), mi.get("pos", "OTHER")))
        spans.sort()
        for s, e in sentences(doc.text):
            toks = tokenize(doc.text, s, e)
            words = [t.text for t in toks]
            for i, t in enumerate(toks):
                label, pos = "O", None
                for es, ee, cls, p in spans:
                    if es < t.end and t.start < ee:
                        label, pos = cls, p
                        break
                yield token_features(words, i, i == 0), label, pos


class Perceptron:
    """Multiclass averaged perceptron (Collins 2002), plain dicts."""

    def __init__(self, labels: list[str]) -> None:
        self.labels = labels
        self.w: dict[str, dict[str, float]] = defaultdict(dict)
        self.totals: dict[tuple[str, str], float] = defaultdict(float)
        self.stamps: dict[tuple[str, str], int] = defaultdict(int)
        self.i = 0

    def predict(self, feats: list[str]) -> str:
        scores = dict.fromkeys(self.labels, 0.0)
        for f in feats:
            for label, v in self.w.get(f, {}).items():
                scores[label] += v
        return max(self.labels, key=lambda label: (scores[label], label))

    def update(self, truth: str, guess: str, feats: list[str]) -> None:
        self.i += 1
        if truth == guess:
            return
        for f in feats:
            for label, delta in ((truth, 1.0), (guess, -1.0)):
                key = (f, label)
                v = self.w[f].get(label, 0.0)
                self.totals[key] += (self.i - self.stamps[key]) * v
                self.stamps[key] = self.i
                self.w[f][label] = v + delta

    def averaged(self) -> dict[str, dict[str, float]]:
        out: dict[str, dict[str, float]] = {}
        for f, weights in self.w.items():
            for label, v in weights.items():
                key = (f, label)
                total = self.totals[key] + (self.i - self.stamps[key]) * v
                avg = round(total / self.i, 4)
                if abs(avg) >= 0.0005:
                    out.setdefault(f, {})[label] = avg
        return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", required=True, type=Path)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "timeline" / "events" / "data" / "events.json.gz")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--dropout", type=float, default=0.0, help="share of tokens trained without their word-identity features")
    ap.add_argument("--holdout", type=int, default=-1, help="hold out documents k mod 5 and report F1 on them instead of writing a model")
    args = ap.parse_args()
    fold = (args.holdout, 5) if args.holdout >= 0 else None
    data = list(examples(args.corpus, fold))
    labels = sorted({label for _, label, _ in data})
    pos_labels = sorted({p for _, label, p in data if p})
    print(f"{len(data):,} tokens, {sum(1 for _, label, _ in data if label != 'O'):,} event tokens, labels {labels}", file=sys.stderr)
    model, pos_model = Perceptron(labels), Perceptron(pos_labels)
    rng = random.Random(13)
    order = list(range(len(data)))
    for epoch in range(args.epochs):
        rng.shuffle(order)
        errors = 0
        for k in order:
            feats, label, pos = data[k]
            if args.dropout and rng.random() < args.dropout:
                feats = [f for f in feats if not f.startswith(("w=", "pw_w=", "w_nw=", "lem="))]
            guess = model.predict(feats)
            errors += guess != label
            model.update(label, guess, feats)
            if pos:
                pos_model.update(pos, pos_model.predict(feats), feats)
        print(f"epoch {epoch + 1}: {errors:,} label errors", file=sys.stderr)
    if fold is not None:
        weights = model.averaged()
        held = list(examples(args.corpus, fold, held_out=True))
        seen_words = {f for feats, _, _ in data for f in feats if f.startswith("w=")}
        for threshold in (-7.0, -6.0, -5.0, -4.0, -3.0, -2.0):
            tp = fp = fn = 0
            unseen_total = unseen_found = 0
            for feats, label, _ in held:
                scores = dict.fromkeys(labels, 0.0)
                for f in feats:
                    for lab, v in weights.get(f, {}).items():
                        scores[lab] += v
                best = max((lab for lab in labels if lab != "O"), key=lambda lab: (scores[lab], lab))
                predicted = scores[best] - scores["O"] > threshold
                tp += predicted and label != "O"
                fp += predicted and label == "O"
                fn += (not predicted) and label != "O"
                if label != "O" and feats[1] not in seen_words:
                    unseen_total += 1
                    unseen_found += predicted
            p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
            print(f"held-out fold {args.holdout}: threshold {threshold:+.1f}  P={p:.3f} R={r:.3f} F1={2 * p * r / max(1e-9, p + r):.4f}"
                  f"  recall on words unseen in training {unseen_found / max(1, unseen_total):.3f} ({unseen_total})")
        return
    payload = {"labels": labels, "weights": model.averaged(), "pos_labels": pos_labels, "pos_weights": pos_model.averaged(),
               "trained_on": "TBAQ-cleaned (TimeBank 1.2 + AQUAINT), TempEval-3 training data", "epochs": args.epochs}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()
    with gzip.GzipFile(args.out, "wb", mtime=0) as fh:
        fh.write(raw)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB, {len(payload['weights']):,} features)", file=sys.stderr)


if __name__ == "__main__":
    main()
