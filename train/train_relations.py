"""Train the temporal relation models on TBAQ TLINKs and MATRES start-point order.

usage:
  pip install -e '.[train]'
  python train/train_relations.py [TBAQ_DIR] [MATRES_DIR] [--cache DIR] [--tasks dct,timex,tlink,start] [--no-write | --update]

Defaults: ../shared/corpora/tbaq and ../shared/corpora/matres-train.  Four tasks, each in two
variants (``neural``: the event detector's hidden states plus hand features; ``perceptron``:
hand features only, for the fast event model):
- ``dct``: event relative to the publication time (TLINKs with t0);
- ``timex``: event relative to a non-SET time expression of its sentence;
- ``tlink``: event-event TLINK label, same or adjacent sentence, earlier mention as source;
- ``start``: MATRES start-point order (BEFORE/AFTER/EQUAL/VAGUE) of the same pairs;
- ``linked_dct``, ``linked_timex``, ``linked_pair`` (features only): does the closure of the
  document's gold TLINKs relate the pair at all (LINKED/NONE), over every candidate of the
  kind; the Task C writer weighs each label by it (timeline/evaluate/tlinks.py).
TimeML labels are mapped onto BEFORE/AFTER/INCLUDES/IS_INCLUDED/SIMULTANEOUS (see
``TLINK_MAP``).  Texts are split and tokenised the way ``detect_events`` does, gold EVENT and
TIMEX3 spans are placed on those words, and the features are the library's own
(timeline/relations/features.py), with event attributes (part of speech, tense, aspect,
polarity, modality) computed the detector's way, so training sees what inference sees.

Documents are split into folds by their index in sorted file order (index mod 5, as in
train/train_events.py; ``--split halves``: TimeBank's documents and AQUAINT's, to see whether
what is learned from one half's annotators carries over to the other's); the script prints the
cross-validated figures, fits a temperature on the out-of-fold predictions, then trains every
model on all documents and writes
timeline/relations/data/relations.npz.  Deterministic: sorted files, fixed seeds.  Never
train on te3-platinum.  Caveat: the encoder was fine-tuned (for event detection only) on
all of TBAQ, so its states on held-out folds are not from unseen text.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import attrs
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.events import detect as _detect  # noqa: E402
from timeline.events.detect import EventMention  # noqa: E402
from timeline.events.features import token_features  # noqa: E402
from timeline.io.timeml import TimeMLDocument, read_timeml  # noqa: E402
from timeline.model import Timex, TimexType  # noqa: E402
from timeline.relations.features import Candidate, Layout, candidates  # noqa: E402

TLINK_MAP = {
    "BEFORE": "BEFORE", "IBEFORE": "BEFORE",
    "AFTER": "AFTER", "IAFTER": "AFTER",
    "INCLUDES": "INCLUDES", "IS_INCLUDED": "IS_INCLUDED",
    # the source is the initial / final part of the target: inside it
    "BEGINS": "IS_INCLUDED", "ENDS": "IS_INCLUDED",
    "BEGUN_BY": "INCLUDES", "ENDED_BY": "INCLUDES",
    # DURING: the event lasts throughout the period ("for three years"); as in TempEval-3's
    # scorer, DURING, DURING_INV and IDENTITY count as SIMULTANEOUS
    "DURING": "SIMULTANEOUS", "DURING_INV": "SIMULTANEOUS", "SIMULTANEOUS": "SIMULTANEOUS", "IDENTITY": "SIMULTANEOUS",
}
INVERSE = {"BEFORE": "AFTER", "AFTER": "BEFORE", "INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES", "SIMULTANEOUS": "SIMULTANEOUS", "EQUAL": "EQUAL", "VAGUE": "VAGUE"}
TASK_KIND = {"dct": "dct", "timex": "timex", "tlink": "pair", "start": "pair", "linked_dct": "dct", "linked_timex": "timex", "linked_pair": "pair"}
LINKED_TASKS = ("linked_dct", "linked_timex", "linked_pair")
"""Is the pair related in the gold graph's closure (LINKED) or not (NONE)?  Temporal awareness
verifies a written link only when the gold closure relates its pair, so Task C weighs each
label by this probability (features only; every candidate of the kind is an example)."""
_CLOSURE_LABELS = ("BEFORE", "AFTER", "INCLUDES", "IS_INCLUDED", "SIMULTANEOUS")
SEED = 13


def gold_events(doc: TimeMLDocument, layout: Layout) -> list[EventMention]:
    """The document's EVENTs as EventMentions, attributes computed as detect_events does."""
    model = _detect.load_model()
    out = []
    for ev in doc.events:
        n, i, _ = layout.locate(ev.start, ev.end)
        toks = layout.tokens[n]
        words = [t.text for t in toks]
        feats = token_features(words, i, i == 0)
        pos = _detect._lexical_pos(words[i].lower(), model.pos(feats))
        if pos != "VERB" and i > 0 and words[i - 1].lower() in _detect._VERB_MARKERS:
            pos = "VERB"
        tense, aspect, polarity, modality = ("NONE", "NONE", "POS", None)
        if pos == "VERB":
            tense, aspect, polarity, modality = _detect._verb_attributes(words, i)
        s, e = layout.spans[n]
        out.append(EventMention(ev.get("eid", ""), ev.text, ev.start, ev.end, s, e, ev.get("class", "OCCURRENCE"), pos, tense, aspect, polarity, modality))
    return out


def gold_timexes(doc: TimeMLDocument) -> list[Timex]:
    """The document's TIMEX3s in TEXT (type and value; the rest is not used by the features)."""
    out = []
    for t in doc.timexes:
        try:
            kind = TimexType(t.get("type", "DATE"))
        except ValueError:
            kind = TimexType.DATE
        out.append(Timex(t.get("tid", ""), t.text, t.start, t.end, kind, t.get("value", "")))
    return out


def hidden_states(doc_id: str, layout: Layout, cache: "Path | None") -> list[np.ndarray]:
    """The encoder's per-word states of every sentence (cached as .npz when ``cache`` is set)."""
    from timeline.events.neural import load_scorer

    path = cache / f"{doc_id}.npz" if cache else None
    if path and path.exists():
        data = np.load(path)
        return [data[f"s{i}"] for i in range(len(data.files))]
    states = load_scorer().score_with_states([[t.text for t in toks] for toks in layout.tokens])[1]
    assert states is not None, "run train/export_hidden.py first"
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(path, **{f"s{i}": s for i, s in enumerate(states)})
    return states


def read_matres(matres: Path) -> dict[str, list[tuple[str, str, str]]]:
    """docid -> [(eiid1, eiid2, relation)] from the MATRES files (sorted)."""
    out: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for f in sorted(matres.glob("*.txt")):
        for line in f.read_text(encoding="utf-8").splitlines():
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 6:
                out[parts[0]].append(("ei" + parts[3], "ei" + parts[4], parts[5]))
    return out


def labelled(doc: TimeMLDocument, cands: list[Candidate], matres: list[tuple[str, str, str]], labels: str = "stated") -> dict[str, list[tuple[Candidate, str]]]:
    """Each task's (candidate, gold label) pairs of one document (``labels``: see :data:`LABEL_SOURCES`)."""
    if labels not in LABEL_SOURCES:
        raise ValueError(f"labels={labels!r}; use one of {', '.join(LABEL_SOURCES)}")
    eid_of = {}
    for mi in doc.makeinstances:
        eid_of.setdefault(mi.get("eiid", ""), mi.get("eventID", ""))
    gold: dict[tuple[str, str], str] = {}
    for link in doc.tlinks:
        rel = TLINK_MAP.get(link.get("relType", ""))
        src = eid_of.get(link.get("eventInstanceID", ""), link.get("timeID"))
        dst = eid_of.get(link.get("relatedToEventInstance", ""), link.get("relatedToTime"))
        if rel is None or not src or not dst or src == dst:
            continue
        src = "reference_time" if src == "t0" else src
        dst = "reference_time" if dst == "t0" else dst
        gold.setdefault((src, dst), rel)
        gold.setdefault((dst, src), INVERSE[rel])
    start: dict[tuple[str, str], str] = {}
    for e1, e2, rel in matres:
        a, b = eid_of.get(e1), eid_of.get(e2)
        if a and b and a != b:
            start.setdefault((a, b), rel)
            start.setdefault((b, a), INVERSE[rel])
    out: dict[str, list[tuple[Candidate, str]]] = defaultdict(list)
    related, closure_label = _closure_related(doc, eid_of, with_label=True)
    if labels == "closure":
        for c in cands:
            if (c.source, c.target) not in gold and c.kind in ("dct", "timex", "pair"):
                implied = closure_label(c.source, c.target)
                if implied is not None:
                    gold[(c.source, c.target)] = implied
    for c in cands:
        related_label = "LINKED" if related(c.source, c.target) else "NONE"
        out[f"linked_{c.kind}"].append((attrs.evolve(c, dense=None), related_label))
        key = (c.source, c.target)
        if c.kind == "dct" and key in gold:
            out["dct"].append((c, gold[key]))
        elif c.kind == "timex" and key in gold:
            out["timex"].append((c, gold[key]))
        elif c.kind == "pair":
            if key in gold:
                out["tlink"].append((c, gold[key]))
            if key in start:
                out["start"].append((c, start[key]))
    return out


def _closure_related(doc: TimeMLDocument, eid_of: dict[str, str], with_label: bool = False):
    """A test: does the closure of ``doc``'s TLINKs (the scorer's reference timegraph) relate two entities (event ids, tids, reference_time)?
    With ``with_label``: also a function giving the first of :data:`_CLOSURE_LABELS` the closure entails (None if none)."""
    from timeline.evaluate.relations import Link, links_of, reduce_links

    graph = reduce_links(links_of(doc))
    eiid = {}
    for ei, eid in eid_of.items():
        eiid.setdefault(eid, ei)

    def node(x: str) -> str:
        return (doc.dct_tid or "t0") if x == "reference_time" else eiid.get(x, x)

    def related(a: str, b: str) -> bool:
        s, t = node(a), node(b)
        return any(Link(s, r, t) in graph.stated or graph.graph.entails(Link(s, r, t)) for r in _CLOSURE_LABELS)

    def label(a: str, b: str) -> "str | None":
        s, t = node(a), node(b)
        return next((r for r in _CLOSURE_LABELS if graph.graph.entails(Link(s, r, t))), None)

    return (related, label) if with_label else related


SPLITS = ("index", "halves")
"""How documents are split into folds: ``index``, by index in sorted file order mod the number
of folds; ``halves``, two folds, TimeBank's documents and the others (AQUAINT's), so that
cross-validation trains on one half and scores the other (do the annotators' habits carry over?)."""


def fold_of(path: Path, index: int, folds: int, split: str = "index") -> int:
    """The fold of the document at ``path``, ``index`` in sorted file order (see :data:`SPLITS`)."""
    if split == "halves":
        return 0 if "timebank" in (part.lower() for part in path.parts) else 1
    if split != "index":
        raise ValueError(f"split={split!r}; use one of {', '.join(SPLITS)}")
    return index % folds


LABEL_SOURCES = ("stated", "closure")
"""Where the dct, timex and tlink tasks take their labels: ``stated``, the TLINKs of the gold file
only; ``closure``, those plus, for every other candidate pair the gold graph's closure relates,
the relation it entails (temporal awareness verifies a written link against that closure)."""


def load(tbaq: Path, matres_dir: Path, cache: "Path | None", folds: int, split: str = "index", labels: str = "stated") -> dict[str, list[tuple[int, Candidate, str]]]:
    """Each task's (fold, candidate, label) over all TBAQ documents, in sorted file order."""
    matres = read_matres(matres_dir)
    data: dict[str, list[tuple[int, Candidate, str]]] = defaultdict(list)
    files = sorted(tbaq.rglob("*.tml"))
    matched = 0
    for index, f in enumerate(files):
        doc = read_timeml(f)
        layout = Layout.of(doc.text)
        events = gold_events(doc, layout)
        hidden = hidden_states(f.stem, layout, cache)
        cands = candidates(doc.text, events, gold_timexes(doc), hidden, layout)
        for task, items in labelled(doc, cands, matres.get(f.stem, []), labels).items():
            data[task].extend((fold_of(f, index, folds, split), c, label) for c, label in items)
        matched += len(matres.get(f.stem, []))
    print(f"{len(files)} documents; MATRES relations of these documents: {matched}; usable start pairs: {len(data['start'])}")
    for task in ("dct", "timex", "tlink", "start", *LINKED_TASKS):
        print(f"  {task}: {len(data[task])} examples {dict(sorted(Counter(lab for _, _, lab in data[task]).items()))}")
    return data


def design(items: list[tuple[int, Candidate, str]], vocab: dict[str, int], dense: bool, mean=None, proj=None, scale=None):
    """The (sparse one-hot | projected, standardised dense) matrix of the items."""
    from scipy import sparse as sp

    rows, cols = [], []
    for r, (_, c, _) in enumerate(items):
        for j in sorted({vocab[f] for f in c.sparse if f in vocab}):
            rows.append(r)
            cols.append(j)
    x = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(items), len(vocab)))
    if not dense:
        return x
    d = ((np.stack([c.dense for _, c, _ in items]).astype(np.float64) - mean) @ proj) / scale
    return sp.hstack([x, sp.csr_matrix(d)]).tocsr()


def fit(items: list[tuple[int, Candidate, str]], dense: bool, arch: str, c_reg: float, dims: int = 64, weight: float = 1.0):
    """Train one model; returns (predict_logits function, exportable parameters).

    The dense part is projected on its first ``dims`` principal components (fitted on the
    training items) and scaled to standard deviation ``weight``: fewer, smaller inputs keep
    the linear model from overfitting the 1,152 raw dimensions on a few thousand pairs."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.neural_network import MLPClassifier

    counts = Counter(f for _, c, _ in items for f in set(c.sparse))
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= 2))}
    mean = proj = scale = None
    if dense:
        d = np.stack([c.dense for _, c, _ in items]).astype(np.float64)
        mean = d.mean(axis=0)
        # principal axes by SVD of the centred data (deterministic; signs fixed by the largest entry)
        _, _, vt = np.linalg.svd(d - mean, full_matrices=False)
        vt = vt[:dims]
        vt *= np.sign(vt[np.arange(len(vt)), np.abs(vt).argmax(axis=1)])[:, None]
        proj = vt.T
        scale = ((d - mean) @ proj).std(axis=0) / weight + 1e-6
    x = design(items, vocab, dense, mean, proj, scale)
    y = [lab for _, _, lab in items]
    if arch == "lr":
        clf = LogisticRegression(C=c_reg, max_iter=1000, random_state=SEED)
        clf.fit(x, y)
        layers = [(clf.coef_.T.copy(), clf.intercept_.copy())]
        if len(clf.classes_) == 2:  # one logit for the second class: as two columns, so softmax gives the sigmoid
            layers = [(np.hstack([np.zeros_like(clf.coef_.T), clf.coef_.T]), np.concatenate([[0.0], clf.intercept_]))]
    else:
        clf = MLPClassifier(hidden_layer_sizes=(64,), alpha=c_reg, max_iter=30, early_stopping=False, random_state=SEED, batch_size=512, learning_rate_init=3e-3)
        clf.fit(x, y)
        layers = [(w.copy(), b.copy()) for w, b in zip(clf.coefs_, clf.intercepts_)]
        if len(clf.classes_) == 2:
            raise SystemExit("binary tasks are not supported")
    labels = [str(c) for c in clf.classes_]

    def logits(test: list[tuple[int, Candidate, str]]) -> np.ndarray:
        z = design(test, vocab, dense, mean, proj, scale)
        for k, (w, b) in enumerate(layers):
            z = (z @ w) + b if k == 0 else np.maximum(z, 0) @ w + b
        return np.asarray(z)

    params = {"vocab": vocab, "mean": mean, "proj": proj, "scale": scale, "layers": layers, "labels": labels}
    return logits, params


def in_columns(z: np.ndarray, labels: "list[str]", columns: "list[str]", missing: float = -30.0) -> np.ndarray:
    """Logits ``z`` over ``labels`` rearranged over ``columns`` (a label a fold never saw gets
    ``missing``: next to no probability), so folds trained on different label sets line up."""
    if labels == columns:
        return z
    return np.stack([z[:, labels.index(c)] if c in labels else np.full(len(z), missing) for c in columns], axis=1)


def softmax(z: np.ndarray, t: float = 1.0) -> np.ndarray:
    z = z / t
    z = z - z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)


def temperature(z: np.ndarray, gold: np.ndarray) -> float:
    """The temperature minimising the out-of-fold negative log-likelihood (grid search)."""
    grid = np.round(np.arange(0.5, 3.01, 0.05), 2)
    nll = [-np.log(softmax(z, t)[np.arange(len(gold)), gold] + 1e-12).mean() for t in grid]
    return float(grid[int(np.argmin(nll))])


def matres_f1(pred: list[str], gold: list[str]) -> tuple[float, float, float]:
    """Precision, recall, F1 over non-VAGUE labels (Ning et al. 2018)."""
    correct = sum(1 for p, g in zip(pred, gold) if p == g and g != "VAGUE")
    n_pred = sum(1 for p in pred if p != "VAGUE")
    n_gold = sum(1 for g in gold if g != "VAGUE")
    p = correct / n_pred if n_pred else 0.0
    r = correct / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def export(key: str, params: dict, dense: bool, vague_bias: float, temp: float) -> dict[str, np.ndarray]:
    """One model's arrays as relations.npz stores them (see timeline/relations/classifier.py)."""
    out: dict[str, np.ndarray] = {f"{key}/vocab": np.array(sorted(params["vocab"], key=params["vocab"].get), dtype=str)}
    if dense:
        out[f"{key}/mean"] = params["mean"].astype(np.float32)
        out[f"{key}/proj"] = params["proj"].astype(np.float32)
        out[f"{key}/scale"] = params["scale"].astype(np.float32)
    layers = [(np.array(w), np.array(b)) for w, b in params["layers"]]
    if vague_bias:
        layers[-1][1][params["labels"].index("VAGUE")] += vague_bias
    for i, (w, b) in enumerate(layers):
        out[f"{key}/W{i}"] = np.asarray(w, dtype=np.float32)
        out[f"{key}/b{i}"] = np.asarray(b, dtype=np.float32)
    out[f"{key}/labels"] = np.array(params["labels"], dtype=str)
    out[f"{key}/temperature"] = np.array(temp, dtype=np.float32)
    return out


def task_c_out_of_fold(tbaq: Path, fold_dir: Path, folds: int, min_confidence: "float | None", split: str = "index") -> None:
    """TempEval-3 Task C on TBAQ with gold entities, each document related by the models of
    ``fold_dir``/fold{k}.npz trained without its fold (k = :func:`fold_of` the document)."""
    import timeline.relations as relations
    from timeline.evaluate.relations import score_relations
    from timeline.evaluate.tlinks import system_document
    from timeline.relations.classifier import read_classifiers

    models = [read_classifiers((fold_dir / f"fold{k}.npz").read_bytes()) for k in range(folds)]
    golds, systems = [], []
    for index, f in enumerate(sorted(tbaq.rglob("*.tml"))):
        relations.load_classifiers = lambda m=models[fold_of(f, index, folds, split)]: m  # type: ignore[assignment]  # this script only
        gold = read_timeml(f)
        golds.append(gold)
        systems.append(system_document(gold, mode="gold-entities", min_confidence=min_confidence))
    for part in ("", "TimeBank", "AQUAINT"):
        keep = [i for i, g in enumerate(golds) if part in str(sorted(tbaq.rglob("*.tml"))[i])] if part else range(len(golds))
        r = score_relations([golds[i] for i in keep], [systems[i] for i in keep])
        print(f"Task C out of fold {part or 'TBAQ'} ({len(keep)} docs, min score {min_confidence or 'default'}): P {100 * r.precision:.2f} R {100 * r.recall:.2f} F1 {100 * r.f1:.2f}")


def setting(table: "dict[str, float]", task: str, variant: str, default: float) -> float:
    """A per-task option (``--reg``) for one variant of a task: ``task/variant`` when given, else ``task``, else ``default``."""
    return table.get(f"{task}/{variant}", table.get(task, default))


def main(argv: "list[str] | None" = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tbaq", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpora" / "tbaq")
    ap.add_argument("matres", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpora" / "matres-train")
    ap.add_argument("--cache", type=Path, default=None, help="directory for the encoder states of the training texts")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--split", choices=SPLITS, default="index", help="folds by index mod --folds, or the two halves of TBAQ (TimeBank / AQUAINT: a transfer check; sets --folds 2)")
    ap.add_argument("--labels", choices=LABEL_SOURCES, default="stated", help="labels of the dct, timex and tlink tasks: the gold TLINKs only, or also the relations their closure entails (see LABEL_SOURCES)")
    ap.add_argument("--tasks", default="dct,timex,tlink,start," + ",".join(LINKED_TASKS))
    ap.add_argument("--variants", default="neural,perceptron")
    ap.add_argument("--arch", default="dct=lr,timex=lr,tlink=lr,start=lr", help="task=lr|mlp for each task")
    ap.add_argument("--reg", default="dct=0.05,timex=0.05,tlink=0.05,start=0.2", help="task=C (lr) or alpha (mlp); task/variant=C for one variant only")
    ap.add_argument("--dims", default="dct=64,timex=64,tlink=64,start=64", help="task=number of principal components of the states")
    ap.add_argument("--weight", default="dct=1,timex=1,tlink=1,start=1", help="task=standard deviation of the projected states")
    ap.add_argument("--neural-tasks", default="tlink,start", help="tasks whose neural variant is written (the others did not gain from the states)")
    ap.add_argument("--no-write", action="store_true", help="cross-validate only")
    ap.add_argument("--update", action="store_true", help="replace only the retrained models in an existing --out file")
    ap.add_argument("--fold-models", type=Path, default=None, help="also write DIR/fold{k}.npz, the models trained without fold k (for out-of-fold Task C)")
    ap.add_argument("--task-c", type=Path, default=None, metavar="DIR", help="then score Task C on TBAQ out of fold with DIR/fold{k}.npz (see --fold-models)")
    ap.add_argument("--min-confidence", type=float, default=None, help="with --task-c: the least score of a learned TLINK, all kinds (default: per kind, timeline.evaluate.tlinks.MIN_LINK_SCORE)")
    ap.add_argument("--out", type=Path, default=ROOT / "timeline" / "relations" / "data" / "relations.npz")
    args = ap.parse_args(argv)
    if args.split == "halves":
        args.folds = 2
    t0 = time.perf_counter()
    data = load(args.tbaq, args.matres, args.cache, args.folds, args.split, args.labels)
    print(f"loaded in {time.perf_counter() - t0:.0f} s")
    archs = dict(kv.split("=") for kv in args.arch.split(","))
    regs = {k: float(v) for k, v in (kv.split("=") for kv in args.reg.split(","))}
    dims = {k: int(v) for k, v in (kv.split("=") for kv in args.dims.split(","))}
    weights = {k: float(v) for k, v in (kv.split("=") for kv in args.weight.split(","))}
    shipped: dict[str, np.ndarray] = {}
    fold_shipped: list[dict[str, np.ndarray]] = [{} for _ in range(args.folds)]
    for task in [t for t in args.tasks.split(",") if t]:
        items = data[task]
        for variant in args.variants.split(","):
            dense = variant == "neural"
            if dense and task in LINKED_TASKS:
                continue  # features only: the candidates of these tasks carry no states
            arch, reg = archs.get(task, "lr"), setting(regs, task, variant, 0.05)
            t1 = time.perf_counter()
            z_all: list[np.ndarray] = []
            gold_all: list[str] = []
            fold_params: list[dict] = []
            labels = sorted({lab for _, _, lab in items})  # as the models order their classes; a fold may lack one
            for k in range(args.folds):
                train = [it for it in items if it[0] != k]
                test = [it for it in items if it[0] == k]
                logits, params = fit(train, dense, arch, reg, dims.get(task, 64), weights.get(task, 1.0))
                fold_params.append(params)
                z_all.append(in_columns(logits(test), params["labels"], labels))
                gold_all += [lab for _, _, lab in test]
            z = np.concatenate(z_all)
            gold = np.array([labels.index(g) for g in gold_all])
            pred = [labels[i] for i in z.argmax(axis=1)]
            acc = float(np.mean([p == g for p, g in zip(pred, gold_all)]))
            line = f"{task:6s} {variant:10s} {arch}/{reg}/{dims.get(task, 64)}/{weights.get(task, 1.0)}: accuracy {acc:.3f} (majority {Counter(gold_all).most_common(1)[0][1] / len(gold_all):.3f}; n={len(gold_all)})"
            vague_bias = 0.0
            if task == "start":
                p, r, f = matres_f1(pred, gold_all)
                bp, br, bf = matres_f1(["BEFORE"] * len(gold_all), gold_all)
                line += f"\n       MATRES P {p:.3f} R {r:.3f} F1 {f:.3f}; text-order baseline (earlier mention starts first) P {bp:.3f} R {br:.3f} F1 {bf:.3f}"
                # MATRES F1 rewards saying VAGUE only when unsure: one offset on the VAGUE
                # score, chosen on the out-of-fold predictions (a single number on 12.7k pairs)
                vi = labels.index("VAGUE")
                best = (f, 0.0)
                for b in np.round(np.arange(-2.0, 2.01, 0.1), 2):
                    zb = z.copy()
                    zb[:, vi] += b
                    fb = matres_f1([labels[i] for i in zb.argmax(axis=1)], gold_all)[2]
                    if fb > best[0] + 1e-9:
                        best = (fb, float(b))
                vague_bias = best[1]
                z[:, vi] += vague_bias
                p, r, f = matres_f1([labels[i] for i in z.argmax(axis=1)], gold_all)
                line += f"\n       with VAGUE offset {vague_bias:+.1f}: MATRES P {p:.3f} R {r:.3f} F1 {f:.3f}"
            temp = temperature(z, gold)
            line += f"  T={temp}"
            print(line + f"  [{time.perf_counter() - t1:.0f} s]", flush=True)
            ships = variant != "neural" or task in args.neural_tasks.split(",")
            if args.fold_models and ships:
                for k, params in enumerate(fold_params):
                    fold_shipped[k].update(export(f"{task}/{variant}", params, dense, vague_bias, temp))
            if not args.no_write and ships:
                _, params = fit(items, dense, arch, reg, dims.get(task, 64), weights.get(task, 1.0))
                shipped.update(export(f"{task}/{variant}", params, dense, vague_bias, temp))
    if args.fold_models:
        args.fold_models.mkdir(parents=True, exist_ok=True)
        for k, models in enumerate(fold_shipped):
            with open(args.fold_models / f"fold{k}.npz", "wb") as fh:
                np.savez_compressed(fh, **{key: models[key] for key in sorted(models)})
        print(f"wrote {args.folds} fold models (each trained without its fold) to {args.fold_models}")
    if args.task_c:
        task_c_out_of_fold(args.tbaq, args.task_c, args.folds, args.min_confidence, args.split)
    if not args.no_write:
        if args.update and args.out.exists():
            # keep the models of the tasks/variants not retrained in this run
            old = np.load(args.out, allow_pickle=False)
            retrained = {k.rsplit("/", 1)[0] for k in shipped}
            keep = set(args.neural_tasks.split(","))
            shipped.update({k: old[k] for k in old.files if k.rsplit("/", 1)[0] not in retrained and (k.split("/")[1] != "neural" or k.split("/")[0] in keep)})
        args.out.parent.mkdir(parents=True, exist_ok=True)
        with open(args.out, "wb") as fh:
            np.savez_compressed(fh, **{k: shipped[k] for k in sorted(shipped)})
        print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
