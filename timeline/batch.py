"""Batches of documents: ``render``/``build``/``tag`` over a directory or JSONL, on one machine or a Dask cluster.

Why a module of its own: an archive does not fit the one-article API.  Documents stream from
their source (a directory or a JSONL of ``{"id", "text", "reference_time"}`` records, local or
any URL fsspec understands) one at a time; a bounded number of them are in flight at once, so
memory stays flat in the size of the corpus.  Each result is written as soon as it arrives,
atomically (a temporary file renamed into place), by this process, so a document is written
exactly once even when a worker dies and Dask runs its task again elsewhere.  A re-run skips
documents whose output already exists (resume).  Every document that cannot be processed (bad
JSONL line, missing text, over ``max_chars``, an error in the pipeline, a worker that kept
dying) is listed in a JSONL failures file with the reason, and the rest goes on.

Where the work runs: ``scheduler=None`` in this process (``jobs=1``) or in ``jobs`` local
processes; ``scheduler="local"`` on a fresh ``distributed.LocalCluster``; ``"tcp://host:8786"``
on an existing Dask cluster; or an existing ``distributed.Client``.  The pipeline's models are
loaded lazily and cached per process, so each worker loads them once.
"""

from __future__ import annotations

import json
import os
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Optional, Protocol, Sequence, Union

import attrs

from .errors import InputError, TimelineError
from .io.atomic import write_atomic

if TYPE_CHECKING:
    from distributed import Client

__all__ = [
    "Document", "Failure", "RenderJob", "BuildJob", "TagJob", "BatchReport", "SchedulerError",
    "read_documents", "run", "run_documents", "output_name", "FAILURES_NAME",
]

FAILURES_NAME = "failures.jsonl"
"""Default name of the failures file, in the output directory."""

_TEXT_SUFFIXES = (".txt", ".md")
_HTML_SUFFIXES = (".html", ".htm")
_TIMEML_SUFFIXES = (".tml", ".timeml")
_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
INPUT_SUFFIXES = _TEXT_SUFFIXES + _HTML_SUFFIXES + _TIMEML_SUFFIXES + _JSONL_SUFFIXES


class SchedulerError(TimelineError, OSError):
    """The Dask scheduler could not be reached or started; nothing was written."""


@attrs.frozen
class Document:
    """One document to process: its id (names the output file), text and publication date."""

    doc_id: str
    text: str
    reference_time: Optional[str]
    source: str
    reference_time_source: str = "given by the caller"


@attrs.frozen
class Failure:
    """A document that could not be processed, with the reason (one line of the failures file)."""

    doc_id: str
    source: str
    reason: str


Item = Union[Document, Failure]


class Job(Protocol):
    """What to do with one document: a picklable callable returning the output's text."""

    suffix: str
    max_chars: int

    def __call__(self, doc: Document) -> str: ...


def _build_max_chars() -> int:
    from .build import BUILD_MAX_CHARS

    return BUILD_MAX_CHARS


@attrs.frozen
class RenderJob:
    """``timeline render`` of one document: Markdown, JSON or HTML."""

    format: str = attrs.field(default="markdown", validator=attrs.validators.in_(("markdown", "json", "html", "timelinejs", "ics")))
    mode: str = "news"
    event_model: str = "neural"
    include_hypothetical: bool = False
    diagram: bool = True
    max_chars: int = attrs.field(factory=_build_max_chars)

    @property
    def suffix(self) -> str:
        return {"markdown": ".md", "json": ".json", "html": ".html", "timelinejs": ".timelinejs.json", "ics": ".ics"}[self.format]

    def __call__(self, doc: Document) -> str:
        from .build import build
        from .render import to_html, to_json, to_markdown

        tl = build(doc.text, doc.reference_time, mode=self.mode, event_model=self.event_model, source=doc.source,
                   reference_time_source=doc.reference_time_source, max_chars=self.max_chars)
        if self.format == "json":
            return to_json(tl)
        if self.format == "html":
            return to_html(tl, include_hypothetical=self.include_hypothetical)
        if self.format == "timelinejs":
            from .render.timelinejs import to_timelinejs

            return to_timelinejs(tl, include_hypothetical=self.include_hypothetical)
        if self.format == "ics":
            from .render.ics import to_ics

            return to_ics(tl, include_hypothetical=self.include_hypothetical)
        return to_markdown(tl, include_hypothetical=self.include_hypothetical, diagram=self.diagram)


@attrs.frozen
class BuildJob:
    """``timeline build`` of one document: JSON or TimeML."""

    format: str = attrs.field(default="json", validator=attrs.validators.in_(("json", "timeml")))
    mode: str = "news"
    event_model: str = "neural"
    max_chars: int = attrs.field(factory=_build_max_chars)

    @property
    def suffix(self) -> str:
        return ".tml" if self.format == "timeml" else ".json"

    def __call__(self, doc: Document) -> str:
        from .build import build
        from .serialize import timeline_to_dict, timeline_to_timeml

        tl = build(doc.text, doc.reference_time, mode=self.mode, event_model=self.event_model, source=doc.source,
                   reference_time_source=doc.reference_time_source, max_chars=self.max_chars)
        if self.format == "timeml":
            return timeline_to_timeml(tl, doc_id=doc.doc_id)
        return json.dumps(timeline_to_dict(tl), ensure_ascii=False, indent=2) + "\n"


def _tag_max_chars() -> int:
    from .tagger import DEFAULT_MAX_CHARS

    return DEFAULT_MAX_CHARS


@attrs.frozen
class TagJob:
    """``timeline tag`` of one document: JSONL, JSON or TimeML."""

    format: str = attrs.field(default="jsonl", validator=attrs.validators.in_(("json", "jsonl", "timeml")))
    mode: str = "news"
    max_chars: int = attrs.field(factory=_tag_max_chars)

    @property
    def suffix(self) -> str:
        return {"json": ".json", "jsonl": ".jsonl", "timeml": ".tml"}[self.format]

    def __call__(self, doc: Document) -> str:
        from .serialize import tagged_document_to_dict, timex_to_dict
        from .tagger import tag

        tagged = tag(doc.text, doc.reference_time, mode=self.mode, doc_id=doc.doc_id, max_chars=self.max_chars)
        if self.format == "jsonl":
            return "".join(json.dumps(timex_to_dict(t, doc.doc_id), ensure_ascii=False) + "\n" for t in tagged.timexes)
        if self.format == "json":
            data = tagged_document_to_dict(tagged)
            data["doc"] = doc.doc_id
            return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        from .io.timeml import timexes_to_timeml

        return timexes_to_timeml(tagged.text, tagged.reference_time, tagged.timexes, doc_id=doc.doc_id)


@attrs.frozen
class BatchReport:
    """What a run did: documents written, skipped as already done, failed (listed in ``failures_path``)."""

    written: int
    skipped: int
    failed: int
    failures_path: str

    @property
    def exit_code(self) -> int:
        """0 all done; 3 some failed and the rest is there; 2 every document failed."""
        if not self.failed:
            return 0
        return 2 if self.written == 0 and self.skipped == 0 else 3


# ---------------------------------------------------------------------------------------------
# Reading: stream documents from directories, files and JSONL, local or fsspec URLs.


def _suffix(path: str) -> str:
    name = PurePosixPath(path).name.lower()
    return ".jsonl.gz" if name.endswith(".jsonl.gz") else PurePosixPath(name).suffix


def _stem(path: str) -> str:
    name = PurePosixPath(path).name
    return name[: -len(".jsonl.gz")] if name.lower().endswith(".jsonl.gz") else PurePosixPath(name).stem


def _fsspec() -> Any:
    try:
        import fsspec
    except ImportError:
        raise InputError("timeline.batch needs fsspec: pip install 'timeline[cluster]'") from None
    return fsspec


def read_documents(inputs: Sequence[str], reference_time: Optional[str] = None) -> Iterator[Item]:
    """Every document of ``inputs`` (files, directories, JSONL; paths or fsspec URLs), one at a time.

    Unreadable documents come out as :class:`Failure` so the others go on; an input that does
    not exist raises :class:`InputError` (a mistake in the call, not in the corpus).
    ``reference_time`` is the publication date of documents that bring none of their own.
    """
    fsspec = _fsspec()
    for inp in inputs:
        fs, path = fsspec.core.url_to_fs(inp)
        if fs.isdir(path):
            found = sorted(p for p in fs.find(path) if _suffix(p) in INPUT_SUFFIXES)
            if not found:
                raise InputError(f"directory {inp} holds no input files ({', '.join(INPUT_SUFFIXES)})")
            for p in found:
                yield from _file_documents(fs, p, _label(inp, fs, path, p), reference_time)
        elif fs.exists(path):
            yield from _file_documents(fs, path, _label(inp, fs, path, path), reference_time)
        else:
            raise InputError(f"input not found: {inp}")


def _label(given: str, fs: Any, root: str, path: str) -> str:
    """How a file is named in outputs and failures: as the caller wrote it (relative stays relative)."""
    if "://" in given:
        return str(fs.unstrip_protocol(path))
    from pathlib import Path

    return str(Path(given)) if path == root else str(Path(given) / os.path.relpath(path, root))


def _file_documents(fs: Any, path: str, label: str, reference_time: Optional[str]) -> Iterator[Item]:
    suffix = _suffix(path)
    if suffix in _JSONL_SUFFIXES:
        yield from _jsonl_documents(fs, path, label, reference_time)
        return
    stem = _stem(path)
    try:
        with fs.open(path, "rb") as fh:
            raw = fh.read().decode("utf-8")
    except UnicodeDecodeError as exc:
        yield Failure(stem, label, f"not UTF-8 text ({exc.reason} at byte {exc.start})")
        return
    except OSError as exc:
        yield Failure(stem, label, f"cannot read ({exc.strerror or exc})")
        return
    try:
        yield _document(label, stem, suffix, raw, reference_time)
    except (TimelineError, ValueError) as exc:
        yield Failure(stem, label, str(exc))


def _document(path: str, stem: str, suffix: str, raw: str, reference_time: Optional[str]) -> Document:
    if suffix in _TIMEML_SUFFIXES:
        from .io.timeml import read_timeml

        doc = read_timeml(raw, name=path)
        ref = reference_time or (doc.dct.isoformat() if doc.dct else None)
        if ref is None:
            raise InputError("the TimeML file has no DCT; pass a reference time")
        return Document(doc.doc_id or stem, doc.text, ref, path, "given on the command line" if reference_time else "the TimeML file's DCT")
    if suffix in _HTML_SUFFIXES:
        from .io.html import read_html

        article = read_html(raw)
        if reference_time and article.published is None:
            return Document(stem, article.text, reference_time, path, "given on the command line")
        if article.published is None:
            raise InputError("the page gives no publication date in its metadata; pass a reference time")
        return Document(stem, article.text, article.published, path, f"from the page's {article.published_from}")
    if reference_time is None:
        raise InputError("no reference time; pass one (the publication date, e.g. 2026-02-02)")
    return Document(stem, raw, reference_time, path, "given on the command line")


def _jsonl_documents(fs: Any, path: str, name: str, reference_time: Optional[str]) -> Iterator[Item]:
    """One document per line, read line by line (the file is never held whole)."""
    compression = "gzip" if path.lower().endswith(".gz") else None
    with fs.open(path, "rb", compression=compression) as fh:
        for n, raw in enumerate(fh, 1):
            label = f"{name}:{n}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield Failure(str(n), label, f"not UTF-8 ({exc.reason} at byte {exc.start})")
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                yield Failure(str(n), label, f"not JSON ({exc})")
                continue
            if not isinstance(record, dict):
                yield Failure(str(n), label, "not a JSON object")
                continue
            doc_id = str(record.get("id", n))
            if not isinstance(record.get("text"), str):
                yield Failure(doc_id, label, 'no "text" string in the record')
                continue
            ref = record.get("reference_time") or reference_time
            if ref is None:
                yield Failure(doc_id, label, 'no "reference_time" in the record and none given')
                continue
            how = "from the JSONL record" if record.get("reference_time") else "given on the command line"
            yield Document(doc_id, record["text"], str(ref), label, how)


# ---------------------------------------------------------------------------------------------
# Writing: atomic outputs, one failures file.


def output_name(doc_id: str, suffix: str) -> str:
    """The file name of a document's output: its id with unsafe characters replaced."""
    return ("".join(c if c.isalnum() or c in "-_." else "_" for c in doc_id) or "document") + suffix


class _Sink:
    """The output directory (local or fsspec URL): existence checks and atomic writes."""

    def __init__(self, out: str) -> None:
        self.fs, self.root = _fsspec().core.url_to_fs(out)
        self.local = "file" in (self.fs.protocol if isinstance(self.fs.protocol, tuple) else (self.fs.protocol,))

    def path(self, name: str) -> str:
        return f"{self.root.rstrip('/')}/{name}"

    def exists(self, name: str) -> bool:
        return bool(self.fs.exists(self.path(name)))

    def makedirs(self) -> None:
        """Create the directory; remove temporary files a killed run left (never a finished output)."""
        self.fs.makedirs(self.root, exist_ok=True)
        if self.local:
            for entry in os.scandir(self.root):
                if entry.name.startswith(".") and ".part-" in entry.name and entry.name.endswith(".tmp"):
                    os.unlink(entry.path)

    def write(self, name: str, content: str) -> None:
        """Write so that an interruption never leaves a half-written output."""
        target = self.path(name)
        if not self.local:
            self.fs.pipe_file(target, content.encode("utf-8"))  # one PUT: object stores make it atomic
            return
        write_atomic(Path(target), content, temp_prefix=f".{name}.part-")


class _FailureLog:
    """The failures file: one JSON line per failed document, written as each failure is known."""

    def __init__(self, path: str) -> None:
        self.fs, self.path = _fsspec().core.url_to_fs(path)
        self.count = 0
        self._fh: Any = None
        if self.fs.exists(self.path):
            self.fs.rm(self.path)  # a stale list: its documents are tried again in this run

    def add(self, failure: Failure) -> None:
        if self._fh is None:
            local = "file" in (self.fs.protocol if isinstance(self.fs.protocol, tuple) else (self.fs.protocol,))
            self._fh = self.fs.open(self.path, "a" if local else "w", encoding="utf-8")
        line = json.dumps({"id": failure.doc_id, "source": failure.source, "reason": failure.reason}, ensure_ascii=False) + "\n"
        self._fh.write(line)  # one write per line: an interruption leaves whole lines
        self._fh.flush()
        self.count += 1

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()


# ---------------------------------------------------------------------------------------------
# Running: the same loop over three kinds of executor.


def _attempt(job: Job, doc: Document) -> tuple[bool, str]:
    """Run ``job`` on ``doc`` in a worker; an error becomes (False, reason), never a crash."""
    try:
        return True, job(doc)
    except TimelineError as exc:
        return False, str(exc)
    except Exception as exc:  # noqa: BLE001 - a bug on one document must not stop the archive
        return False, f"internal error: {type(exc).__name__}: {exc}"


class _Executor(Protocol):
    limit: int

    def submit(self, job: Job, doc: Document) -> Any: ...

    def wait_any(self, pending: Iterable[Any]) -> set[Any]: ...

    def outcome(self, future: Any) -> tuple[bool, str]: ...

    def cancel(self, pending: Iterable[Any]) -> None: ...

    def close(self) -> None: ...


class _InProcess:
    """jobs=1: each document in this process, one after another."""

    limit = 1

    def submit(self, job: Job, doc: Document) -> Future[tuple[bool, str]]:
        future: Future[tuple[bool, str]] = Future()
        future.set_result(_attempt(job, doc))
        return future

    def wait_any(self, pending: Iterable[Any]) -> set[Any]:
        return set(pending)

    def outcome(self, future: Any) -> tuple[bool, str]:
        return future.result()  # type: ignore[no-any-return]

    def cancel(self, pending: Iterable[Any]) -> None:
        pass

    def close(self) -> None:
        pass


class _Processes:
    """jobs>1 without a scheduler: today's local worker processes."""

    def __init__(self, jobs: int) -> None:
        self.pool = ProcessPoolExecutor(max_workers=jobs)
        self.limit = 2 * jobs

    def submit(self, job: Job, doc: Document) -> Future[tuple[bool, str]]:
        return self.pool.submit(_attempt, job, doc)

    def wait_any(self, pending: Iterable[Any]) -> set[Any]:
        return set(wait(list(pending), return_when=FIRST_COMPLETED).done)

    def outcome(self, future: Any) -> tuple[bool, str]:
        try:
            return future.result()  # type: ignore[no-any-return]
        except Exception as exc:  # noqa: BLE001 - a dead worker process: BrokenProcessPool
            return False, f"worker failed: {type(exc).__name__}: {exc}"

    def cancel(self, pending: Iterable[Any]) -> None:
        for f in pending:
            f.cancel()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class _Dask:
    """A Dask cluster: an existing one by address or Client, or a LocalCluster started here."""

    poll = 10.0  # seconds between checks that the cluster still has workers
    no_worker_timeout = 120.0  # give up after this long without any worker

    def __init__(self, scheduler: "Union[str, Client]", workers: int, connect_timeout: float, memory_limit: Optional[str] = None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise SchedulerError("running on a Dask cluster needs dask[distributed]: pip install 'timeline[cluster]'") from None
        self.cluster: Any = None
        self.repairable: Any = None
        self.workers = workers
        self.own_client = not isinstance(scheduler, Client)
        if isinstance(scheduler, Client):
            self.client = scheduler
            self.repairable = getattr(scheduler, "cluster", None)  # a Client(LocalCluster(...)) of the caller
        elif scheduler == "local":
            import logging

            import dask

            # one task per worker thread at a time: a document that kills its worker then takes no
            # innocent queued neighbour down with it (Dask counts every task held by a dead worker)
            with dask.config.set({"distributed.scheduler.worker-saturation": 1.0}):
                self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                                            silence_logs=logging.ERROR, memory_limit=memory_limit or "auto")
            self.client = Client(self.cluster)
            self.repairable = self.cluster
        else:
            try:
                self.client = Client(scheduler, timeout=connect_timeout)
            except (OSError, TimeoutError, ValueError) as exc:
                reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                raise SchedulerError(f"cannot reach the Dask scheduler at {scheduler} within {connect_timeout:g} s ({reason})") from None
        threads = sum(self.client.nthreads().values()) or workers
        self.limit = 2 * threads + 2  # enough to keep workers busy; bounded so memory stays flat

    def _replace_workers(self) -> None:
        """Start fresh workers in our LocalCluster: a nanny that had to kill a stuck worker may not restart it."""
        try:
            wanted = self.workers if self.repairable is self.cluster else len(getattr(self.repairable, "worker_spec", ()))
            if not wanted:
                return  # the caller's cluster runs without workers on purpose (or adaptively): leave it alone
            self.repairable.scale(0)
            self.repairable.scale(wanted)
        except Exception:  # noqa: BLE001 - the no-worker timeout reports it if this does not help
            pass

    def submit(self, job: Job, doc: Document) -> Any:
        return self.client.submit(_attempt, job, doc, pure=False)

    def wait_any(self, pending: Iterable[Any]) -> set[Any]:
        """The finished futures; raises SchedulerError once the cluster has had no worker for a while
        (a LocalCluster whose nanny gave up): stopping loudly beats waiting for ever, and a re-run resumes."""
        from distributed import wait as dask_wait

        futures = list(pending)
        idle = 0.0
        while True:
            try:
                return set(dask_wait(futures, timeout=self.poll, return_when="FIRST_COMPLETED").done)
            except TimeoutError:
                idle = idle + self.poll if not self.client.scheduler_info(n_workers=-1).get("workers") else 0.0
                if idle and self.repairable is not None:
                    self._replace_workers()
                if idle >= self.no_worker_timeout:
                    raise SchedulerError(f"the Dask cluster has had no worker for {idle:g} s; the finished documents are written, run again to resume") from None

    def outcome(self, future: Any) -> tuple[bool, str]:
        try:
            result: tuple[bool, str] = future.result()
            return result
        except Exception as exc:  # noqa: BLE001 - KilledWorker (the task kept killing workers), lost data
            return False, f"worker failed: {type(exc).__name__}: {exc}"
        finally:
            future.release()

    def cancel(self, pending: Iterable[Any]) -> None:
        try:
            self.client.cancel(list(pending))
        except Exception:  # noqa: BLE001 - best effort while stopping
            pass

    def close(self) -> None:
        if self.own_client:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _executor(scheduler: "Union[str, Client, None]", jobs: int, workers: int, connect_timeout: float, memory_limit: Optional[str]) -> _Executor:
    if scheduler is None:
        return _InProcess() if jobs <= 1 else _Processes(jobs)
    return _Dask(scheduler, workers, connect_timeout, memory_limit)


def run_documents(
    documents: Iterable[Item],
    job: Job,
    out: str,
    *,
    scheduler: "Union[str, Client, None]" = None,
    jobs: int = 1,
    workers: int = 2,
    resume: bool = True,
    failures: Optional[str] = None,
    connect_timeout: float = 10.0,
    memory_limit: Optional[str] = None,
    progress: Optional[Callable[[int, int, int], None]] = None,
) -> BatchReport:
    """Process ``documents`` with ``job``, writing one file per document into ``out``.

    ``scheduler``: None (this process, or ``jobs`` local processes), ``"local"`` (a LocalCluster
    of ``workers`` processes), a scheduler address, or a ``distributed.Client``.  ``resume``
    skips documents whose output exists.  ``failures``: the failures file (default
    ``out/failures.jsonl``).  ``progress(written, skipped, failed)`` is called after each
    document.  ``memory_limit`` (e.g. ``"2GiB"``) caps each worker of a LocalCluster: Dask
    restarts a worker past it and, after a few, lists the document as failed (default: the
    machine's memory shared among the workers).  The scheduler is reached before anything is written, so a bad address leaves
    no trace; Ctrl-C stops the run with every finished document in place.
    """
    executor = _executor(scheduler, jobs, workers, connect_timeout, memory_limit)
    try:
        sink = _Sink(out)
        sink.makedirs()
        log = _FailureLog(failures or sink.path(FAILURES_NAME))
        try:
            written, skipped = _loop(iter(documents), job, sink, log, executor, resume, progress)
        finally:
            log.close()
    finally:
        executor.close()
    return BatchReport(written, skipped, log.count, log.fs.unstrip_protocol(log.path) if not sink.local else log.path)


def _loop(documents: Iterator[Item], job: Job, sink: _Sink, log: _FailureLog, executor: _Executor, resume: bool,
          progress: Optional[Callable[[int, int, int], None]]) -> tuple[int, int]:
    """Keep at most ``executor.limit`` documents in flight; write each result as it comes."""
    pending: dict[Any, tuple[Document, str]] = {}
    seen: set[str] = set()  # output names of this run: the ids only, never the texts
    written = skipped = 0
    exhausted = False
    reserved = PurePosixPath(log.path).name if PurePosixPath(log.path).parent == PurePosixPath(sink.root) else None

    def tick() -> None:
        if progress is not None:
            progress(written, skipped, log.count)

    try:
        while True:
            while not exhausted and len(pending) < executor.limit:
                item = next(documents, None)
                if item is None:
                    exhausted = True
                    break
                if isinstance(item, Failure):
                    log.add(item)
                    tick()
                    continue
                name = output_name(item.doc_id, job.suffix)
                if name in seen or name == reserved:
                    log.add(Failure(item.doc_id, item.source, f"another document of this batch is also written to {name}: ids must be unique"))
                    tick()
                    continue
                seen.add(name)
                if resume and sink.exists(name):
                    skipped += 1
                    tick()
                    continue
                if len(item.text) > job.max_chars:
                    log.add(Failure(item.doc_id, item.source, f"text has {len(item.text):,} characters, more than max_chars={job.max_chars:,}"))
                    tick()
                    continue
                pending[executor.submit(job, item)] = (item, name)
            if not pending:
                return written, skipped
            for future in executor.wait_any(pending):
                doc, name = pending.pop(future)
                ok, content = executor.outcome(future)
                if ok:
                    sink.write(name, content)
                    written += 1
                else:
                    log.add(Failure(doc.doc_id, doc.source, content))
                tick()
    except BaseException:
        executor.cancel(pending)
        raise


def run(
    inputs: Sequence[str],
    out: str,
    job: Optional[Job] = None,
    *,
    reference_time: Optional[str] = None,
    **options: Any,
) -> BatchReport:
    """Process every document of ``inputs`` (directories, files, JSONL; local or fsspec URLs) into ``out``.

    ``job`` is a :class:`RenderJob` (the default), :class:`BuildJob` or :class:`TagJob`;
    ``options`` are those of :func:`run_documents` (``scheduler``, ``jobs``, ``resume``, ...).
    """
    fsspec = _fsspec()
    for inp in inputs:  # a missing input fails here, before any scheduler starts or file is written
        fs, path = fsspec.core.url_to_fs(inp)
        if not fs.exists(path):
            raise InputError(f"input not found: {inp}")
    return run_documents(read_documents(inputs, reference_time), job if job is not None else RenderJob(), out, **options)
