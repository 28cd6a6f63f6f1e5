"""Output-identity check for speed work: build every document of a TimeML folder and hash the output.

    PYTHONPATH=TREE python bench/identity_build.py DIR --write OUT.json [--model perceptron] [--generated 100000]
    PYTHONPATH=TREE python bench/identity_build.py DIR --compare OUT.json [--dump-dir D]

Each ``*.tml`` under DIR is built (``timeline.build`` on its text and DCT, news mode) and the
SHA-256 of its ``to_json(sort_keys=True)`` and of its ``timeline_to_timeml`` output are stored per
document; ``--generated N`` adds the generated news texts of ``bench_build`` (seed 0) of those
sizes, so the texts that are timed are checked too.  ``--compare`` rebuilds and lists every
document whose hashes differ (exit 1 if any); ``--dump-dir`` writes the JSON of those documents
for a diff against a dump of the other tree.  A change meant to be a pure speed-up must leave
every hash as it was.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Iterator, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _documents(folder: Path, generated: list[int]) -> Iterator[tuple[str, str, object]]:
    from timeline.io.timeml import TimeMLError, read_timeml

    for f in sorted(folder.rglob("*.tml")):
        try:
            doc = read_timeml(f)
        except TimeMLError:
            continue
        yield str(f.relative_to(folder)), doc.text, doc.dct
    if generated:
        from generate_corpus import news_text

        for size in generated:
            yield f"generated-{size}", news_text(size, seed=0), "2026-03-04"


def outputs(folder: Path, model: str, generated: list[int], dump_dir: Optional[Path] = None) -> dict[str, dict[str, str]]:
    """Hashes of the JSON and TimeML output of every document, by document name."""
    from timeline.build import build
    from timeline.serialize import timeline_to_timeml

    result: dict[str, dict[str, str]] = {}
    for name, text, dct in _documents(folder, generated):
        try:
            tl = build(text, dct, event_model=model, max_chars=max(len(text) + 1, 2_000_000))  # type: ignore[arg-type]
            as_json = tl.to_json(sort_keys=True)
            as_tml = timeline_to_timeml(tl)
        except Exception as exc:  # noqa: BLE001 - an error is an output too; it must stay the same
            as_json = as_tml = f"error: {type(exc).__name__}: {exc}"
        result[name] = {"json": hashlib.sha256(as_json.encode()).hexdigest(), "timeml": hashlib.sha256(as_tml.encode()).hexdigest()}
        if dump_dir is not None:
            target = dump_dir / (name.replace("/", "__") + ".json")
            target.write_text(as_json, encoding="utf-8")
    return result


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--model", default="perceptron")
    parser.add_argument("--generated", default="", help="comma-separated sizes of generated news texts to add")
    parser.add_argument("--write", type=Path, help="store the hashes here")
    parser.add_argument("--compare", type=Path, help="compare with hashes stored by --write")
    parser.add_argument("--dump-dir", type=Path, help="write each document's JSON output here")
    args = parser.parse_args(argv)
    generated = [int(s) for s in args.generated.split(",") if s.strip()]
    if args.dump_dir:
        args.dump_dir.mkdir(parents=True, exist_ok=True)
    import timeline

    start = time.perf_counter()
    got = outputs(args.folder, args.model, generated, args.dump_dir)
    print(f"{len(got)} documents built with {timeline.__file__} ({args.model}) in {time.perf_counter() - start:.1f} s")
    if args.write:
        args.write.write_text(json.dumps(got, indent=1, sort_keys=True), encoding="utf-8")
    if args.compare:
        base = json.loads(args.compare.read_text(encoding="utf-8"))
        differ = sorted(n for n in set(base) | set(got) if base.get(n) != got.get(n))
        for n in differ:
            print(f"  differs: {n}")
        print(f"identity: {len(got) - len(differ)}/{len(set(base) | set(got))} documents identical")
        return 1 if differ else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
