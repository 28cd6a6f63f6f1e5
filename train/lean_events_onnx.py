"""Rewrite the shipped event model for one-sentence runs: fewer nodes, same weights, same numbers.

usage: python train/lean_events_onnx.py [--model timeline/events/data/events.onnx] [--out FILE] [--unfuse-layer-norm]

The library runs the encoder on one sentence chunk at a time, unpadded (neural.py says why),
so the graph that torch exported for padded batches does work that cannot matter there:

- the attention mask (about 20 nodes, an ``Add`` of zeros to every score and a NaN guard
  after every softmax) goes: without padding it adds exactly 0;
- ``token_type_ids`` (always 0) becomes the constant row it looks up;
- every attention ``Reshape`` gets a constant shape (batch 1, sequence length copied) in
  place of the ``Shape``/``Gather``/``Unsqueeze``/``Concat`` chain that computed it;
- each layer's query, key and value products, which read the same int8 input, become one
  product with the weights side by side (int32 sums are exact; each column keeps its own
  weight scale and bias), then a ``Split``.

No weight or quantisation parameter changes and the outputs stay bit-for-bit the same
(checked here on a few sentences; the script refuses to write otherwise): 450 nodes become
246.  ``--unfuse-layer-norm`` also replaces onnxruntime's ``SkipLayerNormalization`` (about
6 times slower per call on the CPU than ``Add``, ``Add``, ``LayerNormalization``); that one
rounds differently in the last bits, which int8 requantisation can blow up to a few tenths
of a logit on rare sentences, so it is not the default.  The rewritten model takes
``input_ids`` of shape (1, length) only.  Run after train_events_nn.py and export_hidden.py,
then train/static_events_onnx.py (fixed scales, batches, fused kernels: what ships);
running it twice is a no-op.  Needs ``onnx`` (``pip install -e '.[train]'``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

MARK = "lean_single_sentence"
"""metadata_props key set on a rewritten model (so a second run does nothing)."""

UNFUSED_TOLERANCE = 1.0
"""Largest change in a logit or hidden value allowed with ``--unfuse-layer-norm`` (without it: none)."""


def rewrite(model, unfuse_layer_norm: bool = False) -> dict[str, int]:
    """Apply the rewrites in place (the last one only if asked); returns how many of each were made."""
    import numpy as np
    from onnx import helper, numpy_helper

    g = model.graph
    inits = {i.name: i for i in g.initializer}
    producer = {o: n for n in g.node for o in n.output}
    done = {"mask": 0, "token_type": 0, "reshape": 0, "skip_layer_norm": 0}

    def array(name: str):
        return numpy_helper.to_array(inits[name])

    def add_init(name: str, value) -> str:
        g.initializer.append(numpy_helper.from_array(np.asarray(value), name))
        inits[name] = g.initializer[-1]
        return name

    renames: dict[str, str] = {}  # tensor -> tensor that now stands for it
    nodes = _merge_qkv(g, inits, producer, add_init, done)
    keep = []
    for node in nodes:
        if node.op_type == "Add" and node.name.endswith("/attention/self/Add"):
            # scores + mask bias: the bias is Where(mask, 0, -inf), all 0 without padding
            renames[node.output[0]] = node.input[0]
            done["mask"] += 1
            continue
        if node.op_type == "IsNaN":
            continue  # the guard's Where goes below
        if node.op_type == "Where" and node.input[0] in producer and producer[node.input[0]].op_type == "IsNaN":
            renames[node.output[0]] = node.input[2]  # a softmax over real tokens is never NaN
            continue
        if node.op_type == "Gather" and node.input[1] == "token_type_ids":
            q = array(node.input[0])[0].astype(np.float32)
            deq = next(n for n in g.node if node.output[0] in n.input and n.op_type == "DequantizeLinear")
            row = (q - array(deq.input[2]).astype(np.float32)) * array(deq.input[1]).astype(np.float32)
            renames[deq.output[0]] = add_init("lean/token_type_row", row.astype(np.float32))
            done["token_type"] += 1
            continue
        if node.op_type == "DequantizeLinear" and node.input[0] in producer and list(producer[node.input[0]].input[1:]) == ["token_type_ids"]:
            continue
        if node.op_type == "Reshape" and "/attention/self/" in node.name and producer.get(node.input[1]) is not None and producer[node.input[1]].op_type == "Concat":
            dims = []
            for part in producer[node.input[1]].input:
                if part in inits:
                    dims += [int(v) for v in array(part).reshape(-1)]
                    continue
                unsq = producer[part]
                gather = producer[unsq.input[0]]
                if gather.op_type != "Gather" or producer[gather.input[0]].op_type != "Shape":
                    raise SystemExit(f"{node.name}: unexpected shape computation")
                axis = int(array(gather.input[1]))
                dims.append({0: 1, 1: 0}[axis])  # batch 1; sequence copied from the input
            shape = add_init(f"lean/shape/{node.name}", np.array(dims, dtype=np.int64))
            node.input[1] = shape
            done["reshape"] += 1
        if node.op_type == "SkipLayerNormalization" and unfuse_layer_norm:
            x, skip, gamma, beta, bias = node.input
            eps = next(a.f for a in node.attribute if a.name == "epsilon")
            p = node.name + "/"
            keep += [
                helper.make_node("Add", [x, skip], [p + "sum"], name=p + "residual"),
                helper.make_node("Add", [p + "sum", bias], [p + "biased"], name=p + "bias"),
                helper.make_node("LayerNormalization", [p + "biased", gamma, beta], [node.output[0]], axis=-1, epsilon=eps, name=p + "norm"),
            ]
            done["skip_layer_norm"] += 1
            continue
        keep.append(node)

    def resolve(name: str) -> str:
        while name in renames:
            name = renames[name]
        return name

    for node in keep:
        for k, name in enumerate(node.input):
            node.input[k] = resolve(name)
    for out in g.output:
        if out.name in renames:
            raise SystemExit(f"graph output {out.name} would be removed")
    # drop what nothing reads any more
    outputs = {o.name for o in g.output}
    while True:
        used = {i for n in keep for i in n.input} | outputs
        alive = [n for n in keep if any(o in used for o in n.output)]
        if len(alive) == len(keep):
            break
        keep = alive
    del g.node[:]
    g.node.extend(keep)
    used = {i for n in g.node for i in n.input}
    for i in [i for i in g.initializer if i.name not in used]:
        g.initializer.remove(i)
    for i in [i for i in g.input if i.name not in used]:
        g.input.remove(i)
    entry = model.metadata_props.add()
    entry.key, entry.value = MARK, "1"
    return done


def _merge_qkv(g, inits, producer, add_init, done) -> list:
    """The node list with each layer's query, key and value products made one int8 product.

    The three read the same quantised input; their int32 products are exact, so one product
    with the weights side by side, scaled per column by each weight's own scale and split,
    gives the same numbers in one call instead of three."""
    import numpy as np
    from onnx import helper, numpy_helper

    by_name = {n.name: n for n in g.node}
    drop: set[str] = set()
    extra: dict[str, list] = {}  # insert these after the named node
    done["qkv"] = 0
    layer = 0
    while f"/bert/encoder/layer.{layer}/attention/self/query/MatMul_quant" in by_name:
        p = f"/bert/encoder/layer.{layer}/attention/self/"
        parts = ("query", "key", "value")
        mm = [by_name[f"{p}{k}/MatMul_quant"] for k in parts]
        scale_mul = [by_name[f"{p}{k}/MatMul_quant_scales_mul"] for k in parts]
        cast = [by_name[f"{p}{k}/MatMul_output_0_output_quantized_cast"] for k in parts]
        out_mul = [by_name[f"{p}{k}/MatMul_quant_output_scale_mul"] for k in parts]
        add = [by_name[f"{p}{k}/Add"] for k in parts]
        if len({m.input[0] for m in mm}) != 1 or len({m.input[2] for m in mm}) != 1:
            raise SystemExit(f"layer {layer}: query, key and value do not share one quantised input")
        weights = [numpy_helper.to_array(inits[m.input[1]]) for m in mm]
        if any(numpy_helper.to_array(inits[m.input[3]]).any() for m in mm):
            raise SystemExit(f"layer {layer}: weights with a non-zero zero point are not supported")
        w_scales = [numpy_helper.to_array(inits[s.input[1]]).reshape(()) for s in scale_mul]
        biases = [numpy_helper.to_array(inits[next(i for i in a.input if i in inits)]) for a in add]
        q = f"lean/qkv/{layer}/"
        w = add_init(q + "weight", np.concatenate(weights, axis=1))
        ws = add_init(q + "weight_scale", np.concatenate([np.full(x.shape[1], s, dtype=np.float32) for x, s in zip(weights, w_scales)]))
        b = add_init(q + "bias", np.concatenate(biases).astype(np.float32))
        split = add_init(q + "split", np.array([x.shape[1] for x in weights], dtype=np.int64))
        a_scale = scale_mul[0].input[0]
        extra[mm[0].name] = [
            helper.make_node("Mul", [a_scale, ws], [q + "scale"], name=q + "scales_mul"),
            helper.make_node("MatMulInteger", [mm[0].input[0], w, mm[0].input[2], mm[0].input[3]], [q + "int"], name=q + "MatMul_quant"),
            helper.make_node("Cast", [q + "int"], [q + "float"], to=1, name=q + "cast"),
            helper.make_node("Mul", [q + "float", q + "scale"], [q + "scaled"], name=q + "output_scale_mul"),
            helper.make_node("Add", [b, q + "scaled"], [q + "biased"], name=q + "Add"),
            helper.make_node("Split", [q + "biased", split], [a.output[0] for a in add], axis=-1, name=q + "split"),
        ]
        drop |= {n.name for n in (*mm, *scale_mul, *cast, *out_mul, *add)}
        done["qkv"] += 1
        layer += 1
    out = []
    for n in g.node:
        if n.name in extra:
            out += extra[n.name]
        if n.name not in drop:
            out.append(n)
    return out


def _outputs(model_bytes: bytes, sentences: list[list[int]]):
    """Logits and hidden states of a model for each sentence (token ids), run alone."""
    import numpy as np
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    session = onnxruntime.InferenceSession(model_bytes, options, providers=["CPUExecutionProvider"])
    names = {i.name for i in session.get_inputs()}
    out = []
    for ids in sentences:
        x = np.array([ids], dtype=np.int64)
        feeds = {"input_ids": x, "attention_mask": np.ones_like(x), "token_type_ids": np.zeros_like(x)}
        out.append(session.run(["logits", "hidden"], {k: v for k, v in feeds.items() if k in names}))
    return out


def main(argv: "list[str] | None" = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, default=Path(__file__).resolve().parents[1] / "timeline" / "events" / "data" / "events.onnx")
    ap.add_argument("--out", type=Path, help="write here instead of over --model")
    ap.add_argument("--unfuse-layer-norm", action="store_true", help="also replace SkipLayerNormalization (faster, not bit-exact)")
    args = ap.parse_args(argv)
    import numpy as np
    import onnx
    from tokenizers import Tokenizer
    before = args.model.read_bytes()
    model = onnx.load_from_string(before)
    if any(p.key == MARK for p in model.metadata_props):
        print(f"{args.model}: already rewritten")
        return 0
    nodes = len(model.graph.node)
    done = rewrite(model, args.unfuse_layer_norm)
    onnx.checker.check_model(model)
    after = model.SerializeToString()
    tok = Tokenizer.from_str((args.model.parent / "events-tokenizer.json").read_text(encoding="utf-8"))
    probe = [["The", "storm", "hit", "the", "coast", "after", "officials", "had", "warned", "residents", "."],
             ["She", "said", "the", "talks", "would", "resume", "on", "Monday", "."],
             ["Prices", "rose", "."]]
    ids = [e.ids for e in tok.encode_batch(probe, is_pretokenized=True)]
    worst = max(float(np.abs(a - b).max()) for old, new in zip(_outputs(before, ids), _outputs(after, ids)) for a, b in zip(old, new))
    if worst > (UNFUSED_TOLERANCE if args.unfuse_layer_norm else 0.0):
        raise SystemExit(f"outputs changed by up to {worst:.2e}; not writing")
    (args.out or args.model).write_bytes(after)
    print(f"{args.out or args.model}: {nodes} -> {len(model.graph.node)} nodes {done}; largest output change {worst:.2e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
