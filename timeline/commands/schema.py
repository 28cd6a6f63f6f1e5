"""``timeline schema``: print the JSON Schema of timeline's JSON outputs."""

from __future__ import annotations

import argparse
import json
import sys

__all__ = ["register"]


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    from ..schema import KINDS

    p = sub.add_parser(
        "schema", help="print the JSON Schema of the JSON outputs",
        description="Print the JSON Schema (draft 2020-12) that every JSON output of timeline follows: tag json/jsonl, build, render --format json/timelinejs.",
    )
    p.add_argument("--kind", choices=KINDS, help="the schema of one output only (default: the whole document, any output)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..schema import schema

    sys.stdout.write(json.dumps(schema(args.kind), ensure_ascii=False, indent=2) + "\n")
    return 0
