"""Choose the neural detector's perceptron weight and threshold on held-out TBAQ folds.

usage:
  python train/train_events_nn.py --corpus ../shared/corpora/tbaq --holdout K --save-checkpoint /tmp/ckK
  python train/train_events_nn.py --export-only /tmp/ckK --out /tmp/onnxK
  python train/holdout_ensemble.py --corpus ../shared/corpora/tbaq --holdout K --model /tmp/onnxK

Trains the perceptron on the same folds (documents k mod 5 != K, as train_events.py
does), scores every word of the held-out documents with both models and prints F1 for a
grid of weights and thresholds, for the margin  neural + weight * perceptron.  The
shipped defaults (detect.PERCEPTRON_WEIGHT, detect.NEURAL_THRESHOLD) came from folds 0 and 1.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_events import Perceptron, examples  # noqa: E402

from timeline.events.features import token_features  # noqa: E402
from timeline.events.neural import NeuralScorer  # noqa: E402
from timeline.events.tokens import sentences, tokenize  # noqa: E402
from timeline.io.timeml import read_timeml  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", required=True, type=Path)
    ap.add_argument("--holdout", required=True, type=int)
    ap.add_argument("--model", required=True, type=Path, help="directory with events.onnx, events-tokenizer.json, events-labels.json of a held-out run")
    ap.add_argument("--epochs", type=int, default=10)
    args = ap.parse_args()

    import numpy as np
    import onnxruntime
    from tokenizers import Tokenizer

    data = list(examples(args.corpus, (args.holdout, 5)))
    labels = sorted({label for _, label, _ in data})
    perceptron = Perceptron(labels)
    rng = random.Random(13)
    order = list(range(len(data)))
    for _ in range(args.epochs):
        rng.shuffle(order)
        for k in order:
            feats, label, _ = data[k]
            perceptron.update(label, perceptron.predict(feats), feats)
    weights = perceptron.averaged()

    meta = json.loads((args.model / "events-labels.json").read_text(encoding="utf-8"))
    session = onnxruntime.InferenceSession(str(args.model / "events.onnx"), providers=["CPUExecutionProvider"])
    tokenizer = Tokenizer.from_file(str(args.model / "events-tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(256)
    scorer = NeuralScorer(tuple(meta["labels"]), session, tokenizer, meta.get("pool", "first"))
    none = scorer.labels.index("O")

    neural, linear, gold = [], [], []
    for index, f in enumerate(sorted(args.corpus.rglob("*.tml"))):
        if index % 5 != args.holdout:
            continue
        doc = read_timeml(f)
        spans = sorted((ev.start, ev.end) for ev in doc.events)
        toks = [tokenize(doc.text, s, e) for s, e in sentences(doc.text)]
        words = [[t.text for t in ts] for ts in toks]
        for ts, ws, rows in zip(toks, words, scorer.score(words)):
            for j, t in enumerate(ts):
                others = rows[j].copy()
                others[none] = -np.inf
                neural.append(float(others.max() - rows[j, none]))
                scores = dict.fromkeys(labels, 0.0)
                for feat in token_features(ws, j, j == 0):
                    for lab, v in weights.get(feat, {}).items():
                        scores[lab] += v
                linear.append(max(v for lab, v in scores.items() if lab != "O") - scores["O"])
                gold.append(any(a < t.end and t.start < b for a, b in spans))
    m1, m2, g = np.array(neural), np.array(linear), np.array(gold)

    def f1(score: "np.ndarray", th: float) -> float:
        p = score > th
        tp, fp, fn = (p & g).sum(), (p & ~g).sum(), (~p & g).sum()
        prec, rec = tp / max(1, tp + fp), tp / max(1, tp + fn)
        return float(2 * prec * rec / max(1e-9, prec + rec))

    thresholds = (-1.5, -1.25, -1.0, -0.75, -0.5, -0.25, 0.0)
    print(f"held-out fold {args.holdout}: F1 by weight (rows) and threshold (columns)")
    print("weight  " + "  ".join(f"{th:+.2f}" for th in thresholds))
    for weight in (0.0, 0.02, 0.05, 0.1, 0.2):
        print(f"{weight:<6.2f}  " + "  ".join(f"{f1(m1 + weight * m2, th):.4f}" for th in thresholds))


if __name__ == "__main__":
    main()
