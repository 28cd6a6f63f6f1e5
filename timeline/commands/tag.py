"""``timeline tag``: time expressions of text or TimeML files as JSON, JSONL or TimeML."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Optional

from ..cli import UsageError
from ..errors import TimelineError
from ._common import TIMEML_SUFFIXES, add_language, no_batch_language, add_batch_options, run_batch, add_max_chars, add_reference_time, limits, iter_inputs, output_path, read_text, write_atomic

__all__ = ["register"]


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    p = sub.add_parser("tag", help="find and resolve time expressions", description="Find every time expression and resolve it against the publication date.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="text or TimeML files, directories, or - for stdin")
    add_reference_time(p)
    p.add_argument("--format", choices=("json", "jsonl", "timeml"), default="jsonl", help="output format (default: jsonl)")
    p.add_argument("--mode", choices=("news", "narrative"), default="news", help="anchor relative expressions on the publication date (news) or the story's time (narrative)")
    p.add_argument("--out", metavar="DIR", help="write one file per input into DIR instead of stdout")
    add_max_chars(p)
    add_language(p)
    add_batch_options(p)
    p.set_defaults(func=run)


def _load(path: Path, reference_time: Optional[str], force: bool = False) -> tuple[str, Any, Optional[str], str]:
    """(text, reference time, doc id, where the date came from) of one input; TimeML brings its
    own DCT, an HTML page its article text and own date (as for build and render)."""
    if path.suffix.lower() in (".html", ".htm"):
        from .render import load_document

        doc = load_document(path, reference_time, force)
        return doc.text, doc.reference_time, path.stem, doc.reference_time_source
    if path.suffix.lower() in TIMEML_SUFFIXES:
        from ..io.timeml import read_timeml

        doc = read_timeml(path)
        ref = reference_time or doc.dct
        if ref is None:
            raise UsageError(f"{path}: the TimeML file has no DCT; pass --reference-time")
        return doc.text, ref, doc.doc_id or path.stem, "the TimeML file's DCT" if not reference_time else "given on the command line"
    if reference_time is None:
        raise UsageError(f"{path}: no reference time; pass --reference-time DATE (the publication date, e.g. 2026-02-02)")
    return read_text(path), reference_time, (path.stem if str(path) != "-" else "stdin"), "given on the command line"


def _render(fmt: str, doc_id: str, doc: Any, how: str = "") -> str:
    from ..serialize import tagged_document_to_dict, timex_to_dict

    if fmt == "jsonl":
        return "".join(json.dumps(timex_to_dict(t, doc_id), ensure_ascii=False) + "\n" for t in doc.timexes)
    if fmt == "json":
        data = tagged_document_to_dict(doc)
        data["doc"] = doc_id
        if how:
            data["reference_time_source"] = how
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    from ..io.timeml import timexes_to_timeml

    return timexes_to_timeml(doc.text, doc.reference_time, doc.timexes, doc_id=doc_id)


def run(args: argparse.Namespace) -> int:
    if args.scheduler is not None:
        from ..batch import TagJob

        no_batch_language(args)
        limit = {"max_chars": args.max_chars} if getattr(args, "max_chars", None) else {}
        return run_batch(args, TagJob(args.format, args.mode, **limit))
    from ..tagger import tag

    failures = 0
    suffix = {"json": ".json", "jsonl": ".jsonl", "timeml": ".tml"}[args.format]
    paths = list(iter_inputs(args.inputs))
    for path in paths:
        try:
            text, ref, doc_id, how = _load(path, args.reference_time, args.force_reference_time)
            doc = tag(text, ref, mode=args.mode, language=args.language, doc_id=doc_id, **limits(args.max_chars))
            out = _render(args.format, doc_id or path.stem, doc, how)
        except UsageError:
            if len(paths) == 1:
                raise
            failures += 1
            print(f"timeline: error: {sys.exc_info()[1]}", file=sys.stderr)
            continue
        except TimelineError as exc:
            if len(paths) == 1:
                raise
            failures += 1
            print(f"timeline: error: {path}: {exc}", file=sys.stderr)
            continue
        target = output_path(args.out, path, suffix)
        if target is None:
            sys.stdout.write(out)
        else:
            write_atomic(target, out)
    if failures:
        print(f"timeline: {failures} of {len(paths)} inputs failed", file=sys.stderr)
        return 2 if failures == len(paths) else 3  # 3: some inputs failed, the others were written
    return 0
