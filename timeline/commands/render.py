"""``timeline render``: Markdown (or JSON, HTML) timelines of one article or many.

Inputs: .txt files, .html pages (publication date from their metadata), TimeML files (their
DCT), directories of those, or a .jsonl file of {"id", "text", "reference_time"} records.
One output per document; with --out, files are written atomically, a progress bar runs on a
terminal, failures are summarised at the end and make the exit code non-zero.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Iterator, Optional

import attrs

from ..cli import UsageError
from ..errors import TimelineError
from ._common import TIMEML_SUFFIXES, add_language, no_batch_language, add_batch_options, run_batch, add_event_model, add_max_chars, add_reference_time, limits, iter_inputs, read_text, write_atomic

__all__ = ["register", "InputDocument", "load_document", "iter_documents"]

_SUFFIX = {"markdown": ".md", "json": ".json", "html": ".html", "timelinejs": ".timelinejs.json", "ics": ".ics"}
PARTIAL_FAILURE = 3
"""Exit status when some documents of a batch failed and the others were written."""


@attrs.frozen
class InputDocument:
    """One document to process, with where its publication date came from."""

    doc_id: str
    text: str
    reference_time: Optional[str]
    source: str
    reference_time_source: str


def load_document(path: Path, reference_time: Optional[str], force_reference_time: bool = False) -> InputDocument:
    """Read a text, HTML or TimeML file.  The command line's date wins over a TimeML DCT; an HTML
    page's own date wins over the command line's (a batch-wide default) unless ``force_reference_time``."""
    name = "stdin" if str(path) == "-" else path.name
    suffix = path.suffix.lower()
    if suffix in TIMEML_SUFFIXES:
        from ..io.timeml import read_timeml

        doc = read_timeml(path)
        ref = reference_time or (doc.dct.isoformat() if doc.dct else None)
        how = "given on the command line" if reference_time else "the TimeML file's DCT"
        if ref is None:
            raise UsageError(f"{path}: the TimeML file has no DCT; pass --reference-time")
        return InputDocument(doc.doc_id, doc.text, ref, str(path), how)
    raw = read_text(path)
    if suffix in (".html", ".htm"):
        from ..io.html import read_html

        try:
            article = read_html(raw)
        except ValueError as exc:  # nothing to extract
            raise UsageError(f"{path}: {exc}") from None
        if reference_time and (force_reference_time or article.published is None):
            how = "given on the command line" + (" (--force-reference-time)" if article.published else "; the page gives no date")
            return InputDocument(path.stem, article.text, reference_time, str(path), how)
        if article.published is None:
            raise UsageError(f"{path}: no reference time; the page gives no publication date in its metadata; pass --reference-time DATE (the publication date, e.g. 2026-02-02)")
        return InputDocument(path.stem, article.text, article.published, str(path), f"from the page's {article.published_from}")
    if reference_time is None:
        raise UsageError(f"{path}: no reference time; pass --reference-time DATE (the publication date, e.g. 2026-02-02)")
    return InputDocument(path.stem if name != "stdin" else "stdin", raw, reference_time, "stdin" if name == "stdin" else str(path), "given on the command line")


def iter_documents(paths: list[str], reference_time: Optional[str], force_reference_time: bool = False) -> Iterator[tuple[str, "InputDocument | Exception"]]:
    """Every document named, or the error reading it gave (so the others go on)."""
    for path in iter_inputs(paths, suffixes=(".txt", ".md", ".html", ".htm", ".tml", ".timeml", ".jsonl")):
        if path.suffix.lower() == ".jsonl":
            yield from _jsonl_documents(path, reference_time)
            continue
        try:
            yield str(path), load_document(path, reference_time, force_reference_time)
        except (UsageError, TimelineError, ValueError) as exc:
            yield str(path), exc


def _jsonl_documents(path: Path, reference_time: Optional[str]) -> Iterator[tuple[str, "InputDocument | Exception"]]:
    for n, line in enumerate(read_text(path).splitlines(), 1):
        if not line.strip():
            continue
        label = f"{path}:{n}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise ValueError('each line must be a JSON object with a "text" string')
            ref = record.get("reference_time") or reference_time
            if ref is None:
                raise ValueError('no "reference_time" in the record and none on the command line')
            doc_id = str(record.get("id", n))
            yield label, InputDocument(doc_id, record["text"], str(ref), label, "from the JSONL record" if record.get("reference_time") else "given on the command line")
        except ValueError as exc:
            yield label, ValueError(str(exc))


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    p = sub.add_parser("render", help="render Markdown (or JSON/HTML) timelines", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="text/HTML/TimeML files, directories, JSONL batches, or - for stdin")
    add_reference_time(p)
    add_event_model(p)
    p.add_argument("--format", choices=tuple(_SUFFIX), default="markdown", help="markdown (default), json, html (an interactive page), timelinejs (TimelineJS 3 JSON) or ics (iCalendar)")
    p.add_argument("--mode", choices=("news", "narrative"), default="news")
    p.add_argument("--out", metavar="DIR", help="write one file per document into DIR (default: stdout)")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="parallel worker processes (with --out)")
    p.add_argument("--include-hypothetical", action="store_true", help="also list negated and hypothetical events")
    p.add_argument("--no-diagram", action="store_true", help="leave out the Mermaid diagrams")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    add_max_chars(p)
    add_language(p)
    add_batch_options(p)
    p.set_defaults(func=run)


def render_document(doc: InputDocument, fmt: str, mode: str, include_hypothetical: bool, diagram: bool, event_model: str = "neural", max_chars: Optional[int] = None,
                    language: str = "en") -> str:
    """The rendered timeline of one document (pure: used by workers too)."""
    from ..build import build
    from ..render import to_html, to_json, to_markdown

    tl = build(doc.text, doc.reference_time, mode=mode, event_model=event_model, language=language, source=doc.source, reference_time_source=doc.reference_time_source, **limits(max_chars))
    if fmt == "json":
        return to_json(tl)
    if fmt == "html":
        return to_html(tl, include_hypothetical=include_hypothetical)
    if fmt == "timelinejs":
        from ..render.timelinejs import to_timelinejs

        return to_timelinejs(tl, include_hypothetical=include_hypothetical)
    if fmt == "ics":
        from ..render.ics import to_ics

        return to_ics(tl, include_hypothetical=include_hypothetical)
    return to_markdown(tl, include_hypothetical=include_hypothetical, diagram=diagram)


def _work(job: tuple[InputDocument, str, str, bool, bool, Optional[str], str, Optional[int], str]) -> tuple[str, Optional[str]]:
    doc, fmt, mode, hyp, diagram, out_dir, event_model, max_chars, language = job
    try:
        content = render_document(doc, fmt, mode, hyp, diagram, event_model, max_chars, language)
        if out_dir is not None:
            write_atomic(Path(out_dir) / (_safe(doc.doc_id) + _SUFFIX[fmt]), content)
            return doc.source, None
        return doc.source, content
    except (TimelineError, ValueError, TypeError) as exc:
        return doc.source, f"ERROR {exc}"


def _named(label: str, problem: object) -> str:
    """``label: problem`` unless the problem already starts with the label (no path said twice)."""
    text = str(problem)
    return text if text.startswith(label) else f"{label}: {text}"


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name) or "document"


def run(args: argparse.Namespace) -> int:
    if args.scheduler is not None:
        from ..batch import RenderJob

        no_batch_language(args)
        limit = {"max_chars": args.max_chars} if getattr(args, "max_chars", None) else {}
        return run_batch(args, RenderJob(args.format, args.mode, args.event_model, args.include_hypothetical, not args.no_diagram, **limit))
    docs = list(iter_documents(args.inputs, args.reference_time, args.force_reference_time))
    if len(docs) == 1 and isinstance(docs[0][1], Exception):
        label, exc = docs[0]
        raise exc if isinstance(exc, (UsageError, TimelineError)) else UsageError(f"{label}: {exc}")
    if args.out is None and len(docs) > 1 and args.format != "json":
        raise UsageError("several documents: pass --out DIR to write one file each")
    failures: list[str] = [_named(label, doc) for label, doc in docs if isinstance(doc, Exception)]
    jobs = [(doc, args.format, args.mode, args.include_hypothetical, not args.no_diagram, args.out, args.event_model, args.max_chars, args.language) for _, doc in docs if isinstance(doc, InputDocument)]
    show_progress = args.out is not None and sys.stderr.isatty() and not args.quiet and len(jobs) > 1
    done = 0

    def progress() -> None:
        if show_progress:
            width = 30
            filled = width * done // max(1, len(jobs))
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{len(jobs)}")
            sys.stderr.flush()

    results = []
    if args.jobs > 1 and len(jobs) > 1:
        from concurrent.futures import ProcessPoolExecutor  # here, not at the top: multiprocessing costs every command ~50 ms to import

        with ProcessPoolExecutor(max_workers=min(args.jobs, os.cpu_count() or 1)) as pool:
            for result in pool.map(_work, jobs):
                results.append(result)
                done += 1
                progress()
    else:
        for job in jobs:
            results.append(_work(job))
            done += 1
            progress()
    if show_progress:
        sys.stderr.write("\n")
    for source, content in results:
        if content is not None and content.startswith("ERROR "):
            failures.append(_named(source, content[6:]))
        elif content is not None:
            sys.stdout.write(content)
    if failures:
        if len(docs) == 1:  # one document: one line, exit 2, as for tag and build
            raise UsageError(failures[0])
        print(f"timeline: {len(failures)} of {len(docs)} documents failed:", file=sys.stderr)
        for f in failures:
            print(f"  {f}", file=sys.stderr)
        return 2 if len(failures) == len(docs) else PARTIAL_FAILURE
    return 0
