"""Add the encoder's last hidden state as a second output of the shipped event model.

usage: python train/export_hidden.py [--model timeline/events/data/events.onnx]

The relation models (timeline/relations/) reuse the event detector's single encoder pass:
they read the 384-d state of every sub-word right where it enters the token-classification
head.  This script only declares that existing tensor a graph output (``hidden``); no node,
weight or quantisation parameter changes, so the event scores stay bit-for-bit the same
(checked here on a few sentences, before and after).  Running it twice is a no-op.
Needs the ``onnx`` package (``pip install -e '.[train]'``); the library never does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HIDDEN = "hidden"
"""Name of the added output."""

_HEAD_INPUT_SUFFIX = "/output/LayerNorm/LayerNormalization_output_0"
"""The last encoder layer's output: what the classifier's (quantised) MatMul reads."""


def _head_input(graph) -> str:
    """The float tensor the classifier head quantises: the final layer norm's output."""
    head_inputs = {i for n in graph.node if n.name.startswith("/classifier/") for i in n.input}
    for node in graph.node:
        if node.op_type == "DynamicQuantizeLinear" and node.output[0] in head_inputs:
            return node.input[0]
    candidates = sorted({o for n in graph.node for o in n.output if o.endswith(_HEAD_INPUT_SUFFIX)})
    if not candidates:
        raise SystemExit("no encoder output found in the graph")
    return candidates[-1]


def _scores(model_bytes: bytes, sentences: list[list[str]]):
    """Logits of the given model for a few sentences (for the before/after check)."""
    import numpy as np
    import onnxruntime
    from tokenizers import Tokenizer

    data = Path(__file__).resolve().parents[1] / "timeline" / "events" / "data"
    tok = Tokenizer.from_str((data / "events-tokenizer.json").read_text(encoding="utf-8"))
    tok.no_padding()
    session = onnxruntime.InferenceSession(model_bytes, providers=["CPUExecutionProvider"])
    out = []
    for e in tok.encode_batch(sentences, is_pretokenized=True):
        ids = np.array([e.ids], dtype=np.int64)
        out.append(session.run(["logits"], {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": np.zeros_like(ids)})[0])
    return out


def main(argv: "list[str] | None" = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, default=Path(__file__).resolve().parents[1] / "timeline" / "events" / "data" / "events.onnx")
    args = ap.parse_args(argv)
    import numpy as np
    import onnx
    before = args.model.read_bytes()
    model = onnx.load_from_string(before)
    graph = model.graph
    if any(o.name == HIDDEN for o in graph.output):
        print(f"{args.model}: already has output {HIDDEN!r}")
        return 0
    name = _head_input(graph)
    # an Identity node gives the existing tensor the public name without touching its producer
    graph.node.append(onnx.helper.make_node("Identity", [name], [HIDDEN], name="hidden_output"))
    graph.output.append(onnx.helper.make_tensor_value_info(HIDDEN, onnx.TensorProto.FLOAT, [None, None, 384]))
    after = model.SerializeToString()
    probe = [["The", "storm", "hit", "the", "coast", "after", "officials", "had", "warned", "residents", "."],
             ["She", "said", "the", "talks", "would", "resume", "on", "Monday", "."]]
    for a, b in zip(_scores(before, probe), _scores(after, probe)):
        if not np.array_equal(a, b):
            raise SystemExit("event scores changed; not writing")
    args.model.write_bytes(after)
    print(f"{args.model}: added output {HIDDEN!r} = {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
