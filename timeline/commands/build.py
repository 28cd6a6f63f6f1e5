"""``timeline build``: events placed on the time axis, as JSON or TimeML."""

from __future__ import annotations

import argparse
import json
import sys

from ._common import add_event_model, add_reference_time, iter_inputs, output_path, write_atomic
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
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..build import build
    from ..serialize import timeline_to_dict, timeline_to_timeml

    for path in iter_inputs(args.inputs):
        doc = load_document(path, args.reference_time)
        tl = build(doc.text, doc.reference_time, mode=args.mode, event_model=args.event_model, source=doc.source, reference_time_source=doc.reference_time_source)
        if args.format == "timeml":
            out = timeline_to_timeml(tl, doc_id=getattr(doc, "doc_id", None))
        else:
            out = json.dumps(timeline_to_dict(tl), ensure_ascii=False, indent=2) + "\n"
        target = output_path(args.out, path, ".tml" if args.format == "timeml" else ".json")
        if target is None:
            sys.stdout.write(out)
        else:
            write_atomic(target, out)
    return 0
