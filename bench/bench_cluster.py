"""Generated articles through ``render`` on a Dask LocalCluster: throughput, scaling, memory, kill-and-resume.

    python bench/bench_cluster.py [--articles 10000] [--workers 1,2] [--resume-articles 1000]
                                  [--event-model perceptron] [--seed 0]

1. Throughput: ``--articles`` generated articles (bench/generate_corpus.py, JSONL) rendered by
   ``timeline.batch`` on a LocalCluster of 1, then 2 worker processes (one thread each).  For
   each: articles per second (wall), CPU seconds per article summed over the workers, peak RSS
   per worker, and the scaling ratio.  The models are loaded on every worker before the clock
   starts (once per worker).  Outputs of the two runs are compared byte for byte.
2. Kill-and-resume on ``--resume-articles`` articles with the CLI (``timeline render ...
   --scheduler local``): Ctrl-C (SIGINT) at about 30%, ``kill -9`` of the whole process group
   (client, scheduler, workers) at about 60%, then a run to the end.  Checks that every article
   is there exactly once, that no output is partial, and that nothing finished was redone (the
   files of the earlier runs keep their inode and mtime).

On a shared machine compare the ratios and the CPU figures, not the seconds; the load is
printed before and after each phase.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_corpus import main as generate  # noqa: E402

from timeline import batch  # noqa: E402


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f} on {os.cpu_count()} cores"


def _warm() -> int:
    """Load the models and compile the rules in a worker (runs once per worker, off the clock)."""
    from timeline.build import build

    build("The council met on Monday. Two days later, the bridge reopened.", "2026-03-04", event_model=os.environ.get("BENCH_MODEL", "perceptron"))
    return os.getpid()


def _usage() -> dict[str, float]:
    """A worker's CPU seconds and peak resident memory so far."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return {"cpu": r.ru_utime + r.ru_stime, "peak_mb": r.ru_maxrss / 1024}


def _job(name: str, model: str) -> Any:
    return batch.RenderJob(event_model=model) if name == "render" else batch.TagJob()


def throughput(corpus: Path, out: Path, workers: int, model: str, memory: str, job: str = "render") -> dict[str, Any]:
    """Render the corpus on a fresh LocalCluster of ``workers`` processes; figures of the run."""
    from distributed import Client, LocalCluster

    os.environ["BENCH_MODEL"] = model
    import dask

    with dask.config.set({"distributed.scheduler.worker-saturation": 1.0}), \
            LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0", memory_limit=memory) as cluster, Client(cluster) as client:
        client.run(_warm)
        before = client.run(_usage)
        start, start_cpu = time.perf_counter(), time.process_time()
        report = batch.run([str(corpus)], str(out), _job(job, model), scheduler=client, resume=False)
        wall, client_cpu = time.perf_counter() - start, time.process_time() - start_cpu
        after = client.run(_usage)
    restarted = len(set(after) - set(before))  # a worker past its memory cap comes back under a new address
    cpu = sum(after[w]["cpu"] - before[w]["cpu"] for w in after if w in before) + sum(after[w]["cpu"] for w in after if w not in before)
    return {"restarts": restarted, "failed_ids": _failed(out), "workers": workers, "written": report.written, "failed": report.failed, "wall": wall, "rate": report.written / wall,
            "cpu_per_article": cpu / max(report.written, 1), "client_cpu_per_article": client_cpu / max(report.written, 1), "peak_mb": max(a["peak_mb"] for a in after.values())}


def _failed(out: Path) -> list[str]:
    path = out / batch.FAILURES_NAME
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def _digest(out: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in out.iterdir() if p.name != batch.FAILURES_NAME}


def _state(out: Path) -> dict[str, tuple[int, int]]:
    """Each finished output's inode and mtime: a redone document would change them."""
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in out.iterdir() if not p.name.startswith(".") and p.name != batch.FAILURES_NAME}


def _interrupted_run(corpus: Path, out: Path, model: str, stop_at: int, how: signal.Signals, memory: str) -> None:
    """Start the CLI on the corpus and send ``how`` once ``stop_at`` outputs exist."""
    cmd = [sys.executable, "-m", "timeline", "render", str(corpus), "--event-model", model, "--out", str(out), "--scheduler", "local", "--workers", "2", "--worker-memory", memory, "--quiet"]
    # SIG_DFL first: a benchmark started in the background (nohup ... &) ignores SIGINT, and so would its children
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    while proc.poll() is None:
        if out.exists() and sum(1 for p in out.iterdir() if p.suffix == ".md" and not p.name.startswith(".")) >= stop_at:
            if how == signal.SIGKILL:
                os.killpg(proc.pid, signal.SIGKILL)  # client, scheduler and workers at once
            else:
                os.kill(proc.pid, how)  # Ctrl-C reaches the client
            break
        time.sleep(0.05)
    try:
        proc.wait(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # whatever of the cluster outlived its client
    except ProcessLookupError:
        pass
    print(f"  {how.name} at {stop_at} outputs: exit {proc.returncode}", flush=True)


def kill_and_resume(corpus: Path, out: Path, n: int, model: str, memory: str) -> dict[str, Any]:
    """SIGINT at ~30%, kill -9 at ~60%, then a full run: exactly once, nothing partial, nothing redone."""
    expected = {batch.output_name(json.loads(line)["id"], ".md") for line in corpus.read_text(encoding="utf-8").splitlines()}
    failed_ids: set[str] = set()
    _interrupted_run(corpus, out, model, int(n * 0.3), signal.SIGINT, memory)
    after_int = _state(out)
    partial_after_int = [p.name for p in out.iterdir() if p.name.startswith(".")]
    _interrupted_run(corpus, out, model, int(n * 0.6), signal.SIGKILL, memory)
    after_kill = _state(out)
    leftovers_after_kill = [p.name for p in out.iterdir() if p.name.startswith(".")]
    start = time.perf_counter()
    report = batch.run([str(corpus)], str(out), batch.RenderJob(event_model=model), scheduler="local", workers=2, memory_limit=memory)
    wall = time.perf_counter() - start
    final = _state(out)
    names = sorted(p.name for p in out.iterdir() if p.name != batch.FAILURES_NAME)
    if (out / batch.FAILURES_NAME).exists():  # documents the pipeline cannot do: listed, not lost
        failed_ids = {batch.output_name(json.loads(line)["id"], ".md") for line in (out / batch.FAILURES_NAME).read_text(encoding="utf-8").splitlines()}
    return {
        "after_sigint": len(after_int), "partial_after_sigint": partial_after_int,
        "after_kill9": len(after_kill), "temp_files_after_kill9": len(leftovers_after_kill),
        "resume_written": report.written, "resume_skipped": report.skipped, "resume_failed": report.failed, "resume_wall": wall,
        "failed": sorted(failed_ids),
        "every_article_once_or_listed": sorted(set(names) | failed_ids) == sorted(expected) and not set(names) & failed_ids and len(names) + len(failed_ids) == n,
        "nothing_redone": all(final[k] == v for k, v in after_kill.items()) and all(after_kill[k] == v for k, v in after_int.items()),
        "written_plus_skipped_plus_failed": report.written + report.skipped + report.failed == n and report.skipped == len(after_kill),
    }


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--resume-articles", type=int, default=1000)
    parser.add_argument("--event-model", default="perceptron", choices=("perceptron", "neural"))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--job", choices=("render", "tag"), default="render", help="the throughput runs' command (kill-and-resume always renders)")
    parser.add_argument("--allowed-failures", type=int, default=1, help="worker deaths a document may cause before it is listed as failed (default 1)")
    parser.add_argument("--worker-memory", default="1GiB", help="memory cap per worker (default 1GiB: a runaway document restarts its worker, not the machine)")
    args = parser.parse_args(argv)
    # a document that kills its worker twice is listed as failed (Dask's default tries it 4 times)
    os.environ.setdefault("DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES", str(args.allowed_failures))
    print(f"# bench_cluster: {' '.join(sys.argv[1:]) or '(defaults)'}")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        corpus = root / "corpus.jsonl"
        generate([str(args.articles), str(corpus), "--seed", str(args.seed)])
        mb = corpus.stat().st_size / 1e6
        runs = []
        for w in (int(x) for x in args.workers.split(",")):
            print(f"# {w} worker(s), before: {load()}", flush=True)
            r = throughput(corpus, root / f"out-{w}", w, args.event_model, args.worker_memory, args.job)
            runs.append(r)
            print(f"{w} worker(s): {r['written']} articles ({r['failed']} failed) in {r['wall']:.1f} s = {r['rate']:.2f} articles/s, "
                  f"{r['cpu_per_article'] * 1000:.0f} ms worker CPU + {r['client_cpu_per_article'] * 1000:.0f} ms client CPU per article, peak {r['peak_mb']:.0f} MB per worker (of the workers alive at the end); {r['restarts']} workers restarted, failed: {r['failed_ids']}; after: {load()}", flush=True)
            if r["restarts"]:
                print("  (CPU per article counts only the last life of a restarted worker: a lower bound)")
        if len(runs) > 1:
            same = _digest(root / f"out-{runs[0]['workers']}") == _digest(root / f"out-{runs[-1]['workers']}")
            print(f"scaling {runs[-1]['workers']}/{runs[0]['workers']} workers: {runs[-1]['rate'] / runs[0]['rate']:.2f}x (wall); "
                  f"outputs identical: {same}; corpus {mb:.1f} MB; client peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
        if args.resume_articles:
            resume_corpus = root / "resume.jsonl"
            generate([str(args.resume_articles), str(resume_corpus), "--seed", str(args.seed + 1)])
            print(f"# kill-and-resume on {args.resume_articles} articles, before: {load()}", flush=True)
            k = kill_and_resume(resume_corpus, root / "resume-out", args.resume_articles, args.event_model, args.worker_memory)
            print(json.dumps(k, indent=1))
            print(f"# after: {load()}")
            ok = k["every_article_once_or_listed"] and k["nothing_redone"] and k["written_plus_skipped_plus_failed"] and not k["partial_after_sigint"]
            print("kill-and-resume:", "PASS" if ok else "FAIL")
            return 0 if ok else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
