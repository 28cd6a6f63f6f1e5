"""``timeline build``: events placed on the time axis, as JSON or TimeML."""

from __future__ import annotations

import argparse
import json
import sys

from ..cli import UsageError
from ..errors import TimelineError
from ._common import add_language, no_batch_language, add_batch_options, run_batch, add_event_model, add_max_chars, add_reference_time, iter_inputs, limits, output_path, write_atomic
from .render import load_document

__all__ = ["register"]


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    p = sub.add_parser("build", help="place events on the time axis (JSON)", description="Find events, anchor them and order them; print the timeline as JSON.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="text, HTML or TimeML files, directories, or - for stdin")
    add_reference_time(p)
    add_event_model(p)
    p.add_argument("--format", choices=("json", "timeml"), default="json", help="JSON (events, bounds, likely intervals, relations) or TimeML with EVENT, MAKEINSTANCE and TLINK")
    p.add_argument("--mode", choices=("news", "narrative"), default="news")
    p.add_argument("--out", metavar="DIR", help="write one .json per input into DIR")
    add_max_chars(p)
    add_language(p)
    add_batch_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.scheduler is not None:
        from ..batch import BuildJob

        no_batch_language(args)
        limit = {"max_chars": args.max_chars} if getattr(args, "max_chars", None) else {}
        return run_batch(args, BuildJob(args.format, args.mode, args.event_model, **limit))
    from ..build import build
    from ..serialize import timeline_to_dict, timeline_to_timeml

    paths = list(iter_inputs(args.inputs))
    failures = 0
    for path in paths:
        try:
            doc = load_document(path, args.reference_time, args.force_reference_time)
            tl = build(doc.text, doc.reference_time, mode=args.mode, event_model=args.event_model, language=args.language, source=doc.source, reference_time_source=doc.reference_time_source, **limits(args.max_chars))
        except (UsageError, TimelineError, ValueError) as exc:
            if len(paths) == 1:
                raise
            failures += 1  # the others go on; exit 3 at the end, as tag and render do
            message = str(exc)
            print(f"timeline: error: {message if message.startswith(str(path)) else f'{path}: {message}'}", file=sys.stderr)
            continue
        if args.format == "timeml":
            out = timeline_to_timeml(tl, doc_id=getattr(doc, "doc_id", None))
        else:
            out = json.dumps(timeline_to_dict(tl), ensure_ascii=False, indent=2) + "\n"
        target = output_path(args.out, path, ".tml" if args.format == "timeml" else ".json")
        if target is None:
            sys.stdout.write(out)
        else:
            write_atomic(target, out)
    if failures:
        print(f"timeline: {failures} of {len(paths)} inputs failed", file=sys.stderr)
        return 2 if failures == len(paths) else 3  # 3: some inputs failed, the others were written
    return 0
