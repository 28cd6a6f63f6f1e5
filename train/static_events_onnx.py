"""Make the shipped event model batchable exactly (fixed int8 scales, a mask) and fuse its kernels.

usage: python train/static_events_onnx.py CORPUS_DIR [--model timeline/events/data/events.onnx] [--out FILE]

Run after train_events_nn.py, export_hidden.py and lean_events_onnx.py, with CORPUS_DIR the
TBAQ training corpus.  Their model quantises every activation on the fly
(``DynamicQuantizeLinear``): one scale per tensor from that tensor's own minimum and maximum,
so on a batch the scale would come from the whole batch and one sentence could change
another's scores; the library ran one sentence per call.

This script gives each of those 25 activations a fixed scale and zero point instead
(``QuantizeLinear`` with constants), calibrated on CORPUS_DIR: every sentence chunk is run
alone through the dynamic model and each activation's range is the widest any of them
reached, 0 included as ``DynamicQuantizeLinear`` has it (percentile ranges that clip the
rare extremes moved more TBAQ decisions away from the dynamic model's).  The int8 weights
and their scales stay as they are.  With fixed scales a token's numbers depend on its own
sentence only, so sentences of one padded length can share a run (neural.py).  The graph
is then made to take such batches and run them in fewer, fused kernels:

- each int8 product with its float scaling and bias becomes one ``MatMulIntegerToFloat``
  (onnxruntime fuses these itself only when the scale is computed at run time);
- ``SkipLayerNormalization`` becomes ``Add`` + ``LayerNormalization`` (its bias goes into
  the product; the fused kernel is several times slower on one thread), ``BiasGelu``
  becomes ``Gelu`` (bias likewise);
- each layer's attention, from the int8 input to the heads' joined context, becomes one
  ``QAttention`` reading a new ``attention_mask`` input (1 for a token, 0 for padding;
  padded keys get -10000 before the softmax, a weight of exactly 0).

Numbers move by the new scales (and float rounding), not by the company a sentence keeps.
Deterministic: the corpus's TimeML files in sorted order, segmented by the library, run one
at a time on one thread; the same inputs give the same file (checked byte for byte).  Needs
``onnx`` (``pip install -e '.[train]'``); run from the repository root with it on PYTHONPATH.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

MARK = "static_activation_scales"
"""metadata_props key set on a rewritten model (so a second run does nothing); neural.py batches on it."""

HEADS = 12
"""Attention heads of MiniLM-L6 (384 wide, 32 per head)."""


def dynamic_points(graph) -> list:
    """The graph's ``DynamicQuantizeLinear`` nodes, in graph order."""
    return [n for n in graph.node if n.op_type == "DynamicQuantizeLinear"]


def calibrate(model_bytes: bytes, sentences: "list[list[int]]") -> "dict[str, tuple[float, float]]":
    """Widest (min, max) each dynamically quantised tensor takes over the sentences, run alone."""
    import numpy as np
    import onnx
    import onnxruntime

    model = onnx.load_from_string(model_bytes)
    names = [n.input[0] for n in dynamic_points(model.graph)]
    for name in names:
        model.graph.output.append(onnx.helper.make_tensor_value_info(name, onnx.TensorProto.FLOAT, None))
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    session = onnxruntime.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])
    inputs = {i.name for i in session.get_inputs()}
    low = dict.fromkeys(names, 0.0)
    high = dict.fromkeys(names, 0.0)
    for ids in sentences:
        x = np.array([ids], dtype=np.int64)
        feeds = {"input_ids": x, "attention_mask": np.ones_like(x), "token_type_ids": np.zeros_like(x)}
        for name, value in zip(names, session.run(names, {k: v for k, v in feeds.items() if k in inputs})):
            low[name] = min(low[name], float(value.min()))
            high[name] = max(high[name], float(value.max()))
    return {n: (low[n], high[n]) for n in names}


def quantisation(low: float, high: float) -> "tuple[float, int]":
    """Scale and uint8 zero point for the range, as ``DynamicQuantizeLinear`` computes them."""
    import numpy as np

    low, high = min(low, 0.0), max(high, 0.0)
    scale = np.float32((high - low) / 255.0)
    zero = int(np.clip(np.round(np.float32(-low) / scale), 0, 255))
    return float(scale), zero


def rewrite(model, ranges: "dict[str, tuple[float, float]]") -> "dict[str, int]":
    """Fixed scales, fused products and attention with a mask input, in place; returns counts."""
    import numpy as np
    from onnx import TensorProto, helper, numpy_helper

    g = model.graph
    done = {"static": 0}
    inits = {i.name: i for i in g.initializer}
    if "attention_mask" in {i.name for i in g.input}:
        raise SystemExit("the model already takes an attention mask: run train/lean_events_onnx.py on it first")
    new_nodes = []
    g.input.append(helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "length"]))
    for node in g.node:
        if node.op_type == "DynamicQuantizeLinear":
            scale, zero = quantisation(*ranges[node.input[0]])
            y, s, z = node.output
            g.initializer.append(numpy_helper.from_array(np.array(scale, dtype=np.float32), s))
            g.initializer.append(numpy_helper.from_array(np.array(zero, dtype=np.uint8), z))
            new_nodes.append(helper.make_node("QuantizeLinear", [node.input[0], s, z], [y], name=node.name + "_static"))
            done["static"] += 1
            continue
        new_nodes.append(node)
    del g.node[:]
    nodes = _fuse_attention(_fuse_products(new_nodes, inits, done), done)
    # drop what nothing reads any more
    outputs = {o.name for o in g.output}
    while True:
        used = {i for n in nodes for i in n.input} | outputs
        alive = [n for n in nodes if any(o in used for o in n.output)]
        if len(alive) == len(nodes):
            break
        nodes = alive
    if any(n.op_type == "Softmax" for n in nodes):
        raise SystemExit("an attention block was not fused: it would ignore the mask")
    g.node.extend(nodes)
    used = {i for n in g.node for i in n.input}
    for init in [i for i in g.initializer if i.name not in used]:
        g.initializer.remove(init)
    if not any(o.domain == "com.microsoft" for o in model.opset_import):
        model.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    entry = model.metadata_props.add()
    entry.key, entry.value = MARK, "1"
    return done


def _fuse_products(nodes: list, inits: dict, done: "dict[str, int]") -> list:
    """Each int8 product, its float scaling and the bias after it as one ``MatMulIntegerToFloat``.

    onnxruntime fuses ``MatMulInteger``/``Cast``/``Mul`` itself only when the scale is computed
    at run time; with fixed scales it is folded first and three passes stay.  The bias that
    ``SkipLayerNormalization`` or ``BiasGelu`` added goes into the product too; what is left of
    them is ``Add`` + ``LayerNormalization`` (onnxruntime's fused kernel is several times slower
    on one thread) and ``Gelu``."""
    from onnx import helper

    readers: dict[str, list] = {}
    for n in nodes:
        for i in n.input:
            readers.setdefault(i, []).append(n)
    producer = {o: n for n in nodes for o in n.output}
    drop: set[int] = set()
    replace: dict[int, list] = {}
    for n in nodes:
        if n.op_type != "MatMulInteger":
            continue
        (cast,) = readers[n.output[0]]
        (mul,) = readers[cast.output[0]]
        scale_mul = producer[next(i for i in mul.input if i != cast.output[0])]
        a_scale, b_scale = scale_mul.input
        (after,) = readers[mul.output[0]]
        a, b, a_zero, b_zero = n.input
        if b_zero in inits and any(inits[b_zero].raw_data) or any(getattr(inits.get(b_zero), "int32_data", [])):
            raise SystemExit(f"{n.name}: weights with a non-zero zero point are not supported")
        if after.op_type == "Add":
            bias = next(i for i in after.input if i != mul.output[0])
            fused = [helper.make_node("MatMulIntegerToFloat", [a, b, a_scale, b_scale, a_zero, "", bias], [after.output[0]], domain="com.microsoft", name=n.name + "_float")]
            drop.add(id(after))
        elif after.op_type == "SkipLayerNormalization":
            x, skip, gamma, beta, bias = after.input
            out = n.name + "_float"
            fused = [helper.make_node("MatMulIntegerToFloat", [a, b, a_scale, b_scale, a_zero, "", bias], [out], domain="com.microsoft", name=out),
                     helper.make_node("Add", [out, skip], [out + "_residual"], name=out + "_residual"),
                     helper.make_node("LayerNormalization", [out + "_residual", gamma, beta], [after.output[0]], axis=-1,
                                      epsilon=next(t.f for t in after.attribute if t.name == "epsilon"), name=after.name + "_norm")]
            drop.add(id(after))
            done["layer_norm"] = done.get("layer_norm", 0) + 1
        elif after.op_type == "BiasGelu":
            x, bias = after.input
            out = n.name + "_float"
            fused = [helper.make_node("MatMulIntegerToFloat", [a, b, a_scale, b_scale, a_zero, "", bias], [out], domain="com.microsoft", name=out),
                     helper.make_node("Gelu", [out], [after.output[0]], domain="com.microsoft", name=after.name + "_gelu")]
            drop.add(id(after))
        else:
            fused = [helper.make_node("MatMulIntegerToFloat", [a, b, a_scale, b_scale, a_zero], [mul.output[0]], domain="com.microsoft", name=n.name + "_float")]
        replace[id(n)] = fused
        drop |= {id(cast), id(mul)}
        if len(readers[scale_mul.output[0]]) == 1:
            drop.add(id(scale_mul))
        done["products"] = done.get("products", 0) + 1
    out = []
    for n in nodes:
        out += replace.get(id(n), [])
        if id(n) not in drop and id(n) not in replace:
            out.append(n)
    return out


def _fuse_attention(nodes: list, done: "dict[str, int]") -> list:
    """Each layer's self-attention, from its int8 input to the heads' joined context, as one
    ``QAttention`` (onnxruntime's kernel: the query/key/value product, the masked softmax
    and the weighted sum in one call, where the exported graph takes about 15 nodes)."""
    from onnx import TensorProto, helper

    by_output = {o: n for n in nodes for o in n.output}
    extra = [helper.make_node("Cast", ["attention_mask"], ["static/mask_int32"], to=TensorProto.INT32, name="static/mask_int32")]
    replace: dict[int, list] = {}
    layer = 0
    while f"lean/qkv/{layer}/biased" in by_output:
        qkv = by_output[f"lean/qkv/{layer}/biased"]
        a, b, a_scale, b_scale, a_zero, _, bias = qkv.input
        context = by_output[f"/bert/encoder/layer.{layer}/attention/self/Reshape_4_output_0"]
        replace[id(qkv)] = [helper.make_node("QAttention", [a, b, bias, a_scale, b_scale, "static/mask_int32", a_zero], [context.output[0]],
                                             num_heads=HEADS, domain="com.microsoft", name=f"static/attention/{layer}")]
        layer += 1
    done["attention"] = layer
    out = list(extra)
    for n in nodes:
        out += replace.get(id(n), [n])
    # the old context reshape now has no reader of its output name: drop it
    produced: set[str] = set()
    final = []
    for n in out:
        if any(o in produced for o in n.output):
            continue  # a second producer of a name QAttention now writes
        produced |= set(n.output)
        final.append(n)
    return final


def corpus_sentences(corpus: Path) -> "list[list[str]]":
    """Every sentence (as words) of the corpus's TimeML files, sorted by file name."""
    from timeline.io.timeml import read_timeml
    from timeline.text import as_doc

    out = []
    for path in sorted(corpus.rglob("*.tml")):
        out += [[t.text for t in s.tokens] for s in as_doc(read_timeml(path).text).sentences]
    return out


def main(argv: "list[str] | None" = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path, help="TimeML corpus to calibrate on (TBAQ)")
    ap.add_argument("--model", type=Path, default=Path(__file__).resolve().parents[1] / "timeline" / "events" / "data" / "events.onnx")
    ap.add_argument("--out", type=Path, help="write here instead of over --model")
    args = ap.parse_args(argv)
    import onnx
    from tokenizers import Tokenizer

    from timeline.events.neural import MAX_WORDS

    before = args.model.read_bytes()
    model = onnx.load_from_string(before)
    if any(p.key == MARK for p in model.metadata_props):
        print(f"{args.model}: already rewritten")
        return 0
    tok = Tokenizer.from_str((args.model.parent / "events-tokenizer.json").read_text(encoding="utf-8"))
    tok.no_padding()
    tok.enable_truncation(256)
    chunks = [words[k : k + MAX_WORDS] for words in corpus_sentences(args.corpus) for k in range(0, len(words), MAX_WORDS)]
    ids = [e.ids for e in tok.encode_batch(chunks, is_pretokenized=True)]
    ranges = calibrate(before, ids)
    done = rewrite(model, ranges)
    onnx.checker.check_model(model)
    (args.out or args.model).write_bytes(model.SerializeToString())
    print(f"{args.out or args.model}: calibrated on {len(ids)} sentence chunks; {done}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
