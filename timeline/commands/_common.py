"""Helpers shared by the subcommands: input discovery, reference times, atomic writes."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Optional

from ..cli import UsageError
from ..io.atomic import write_atomic

if TYPE_CHECKING:
    from ..batch import Job

__all__ = ["add_reference_time", "add_language", "no_batch_language", "add_event_model", "add_max_chars", "add_batch_options", "run_batch", "iter_inputs", "write_atomic", "read_text", "TIMEML_SUFFIXES"]

TIMEML_SUFFIXES = (".tml", ".timeml")


def add_reference_time(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--reference-time", "--dct", dest="reference_time", metavar="DATE",
        help="publication date (ISO 8601, e.g. 2026-02-02); required for plain text, TimeML brings its own DCT, an HTML page's own date wins",
    )
    parser.add_argument(
        "--force-reference-time", action="store_true",
        help="use --reference-time even for HTML pages that give their own publication date",
    )


def add_language(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language", default="en", metavar="LANG",
        help="the lexicon to read the text with: a shipped language (default: en) or a directory of lexicon files (see docs/lexicon.md)",
    )


def no_batch_language(args: argparse.Namespace) -> None:
    """The batch scheduler's jobs read English only: say so rather than ignore --language."""
    if getattr(args, "language", "en") != "en":
        raise UsageError("--language is not supported with --scheduler yet; run without it")


def add_event_model(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--event-model", choices=("neural", "perceptron"), default="neural",
        help="event detector: neural (default, more accurate) or perceptron (several times faster)",
    )


def add_max_chars(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-chars", type=_positive_int, default=None, metavar="N",
        help="refuse texts longer than N characters (default: 2,000,000 for build/render, 20,000,000 for tag); raise it for long texts",
    )


def _positive_int(value: str) -> int:
    try:
        n = int(value.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {value!r}")
    return n


def limits(max_chars: "int | None") -> dict:
    """The keyword arguments that pass ``--max-chars`` on to the API (nothing when not given)."""
    return {} if max_chars is None else {"max_chars": max_chars}


def iter_inputs(paths: list[str], suffixes: tuple[str, ...] = (".txt", ".tml", ".timeml", ".xml", ".html", ".htm", ".md")) -> Iterator[Path]:
    """The files named, with directories expanded (sorted, so runs are deterministic)."""
    for p in paths:
        path = Path(p)
        if p == "-":
            yield path
        elif path.is_dir():
            found = sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in suffixes)
            if not found:
                raise UsageError(f"directory {p} holds no input files ({', '.join(suffixes)})")
            yield from found
        elif path.exists():
            yield path
        else:
            raise UsageError(f"input file not found: {p}")


def read_text(path: Path) -> str:
    """The text of ``path`` (or stdin for '-'), decoded as UTF-8 with a clear error."""
    if str(path) == "-":
        raw = getattr(sys.stdin, "buffer", None)
        if raw is None:  # a text stream put in place of stdin (tests, embedding programs)
            return sys.stdin.read()
        data = raw.read()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise UsageError(f"stdin: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
        return io.StringIO(text, newline=None).read()  # line ends as a file read gives them
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read ({exc.strerror})") from None


def output_path(out_dir: Optional[str], source: Path, suffix: str) -> Optional[Path]:
    if out_dir is None:
        return None
    return Path(out_dir) / (source.stem + suffix)


def add_batch_options(parser: argparse.ArgumentParser) -> None:
    """--scheduler and its companions: the batch engine of :mod:`timeline.batch` on Dask."""
    parser.add_argument("--scheduler", metavar="ADDRESS", help="run on Dask: tcp://host:8786 (an existing cluster) or local (a LocalCluster here); "
                        "needs --out; resumes (skips documents already written) and lists failures in a JSONL file")
    parser.add_argument("--workers", type=int, default=2, metavar="N", help="worker processes of --scheduler local (default 2)")
    parser.add_argument("--worker-memory", metavar="SIZE", help="memory cap of each --scheduler local worker, e.g. 2GiB (default: the machine's, shared)")
    parser.add_argument("--failures", metavar="FILE", help="the failures file of a --scheduler run (default OUT/failures.jsonl)")
    parser.add_argument("--connect-timeout", type=float, default=10.0, metavar="SECONDS", help="how long to wait for the --scheduler (default 10)")


def run_batch(args: argparse.Namespace, job: "Job") -> int:
    """A --scheduler run of ``job`` over ``args.inputs``: 0 all done, 3 some failed, 2 all failed."""
    from ..batch import run

    if args.out is None:
        raise UsageError("--scheduler writes one file per document: pass --out DIR (a path or an fsspec URL)")
    if args.workers < 1:
        raise UsageError(f"--workers must be at least 1, not {args.workers}")
    bar = _Progress() if sys.stderr.isatty() and not getattr(args, "quiet", False) else None
    try:
        report = run(args.inputs, args.out, job, reference_time=args.reference_time, scheduler=args.scheduler, workers=args.workers,
                     failures=args.failures, connect_timeout=args.connect_timeout, memory_limit=args.worker_memory, progress=bar)
    finally:
        if bar is not None:
            bar.close()
    if report.failed:
        print(f"timeline: {report.failed} documents failed ({report.written} written, {report.skipped} already done); "
              f"reasons in {report.failures_path}", file=sys.stderr)
    return report.exit_code


class _Progress:
    """A one-line counter on the terminal (the total of a streamed corpus is not known ahead)."""

    def __init__(self) -> None:
        import time

        self._clock = time.monotonic
        self._start = self._clock()
        self._shown = 0.0

    def __call__(self, written: int, skipped: int, failed: int) -> None:
        now = self._clock()
        if now - self._shown < 0.2:
            return
        self._shown = now
        rate = written / max(now - self._start, 1e-9)
        sys.stderr.write(f"\r{written} written, {skipped} already done, {failed} failed, {rate:.1f} docs/s ")
        sys.stderr.flush()

    def close(self) -> None:
        if self._shown:
            sys.stderr.write("\n")
