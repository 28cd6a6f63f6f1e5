"""timeline.batch and the --scheduler CLI: a 2-worker LocalCluster on a handful of short articles.

Checks that Dask outputs equal the single-process outputs byte for byte, that a worker killed
mid-run still yields every document exactly once, that a re-run skips finished documents, that
bad lines and oversized documents land in the failures file, and that an unreachable scheduler
exits 2 with nothing written.  The perceptron model keeps it fast.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sys
import time
from pathlib import Path
from typing import Iterator

import pytest

distributed = pytest.importorskip("distributed")
import cloudpickle  # noqa: E402 - comes with distributed

from timeline import batch  # noqa: E402
from timeline.build import BUILD_MAX_CHARS  # noqa: E402
from timeline.cli import main  # noqa: E402

cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers cannot import tests/

ARTICLES = {
    "bridge": "The city council voted on Monday to close the old bridge. Two days later, engineers began repairs that should last until June.",
    "flood": "Heavy rain fell across the valley last week. The river burst its banks on Saturday, and the market square flooded overnight.",
    "election": "The mayor resigned on Friday after a long dispute. A new election will be held in three weeks, officials said on Sunday.",
    "harbour": "Fishing boats stayed in the harbour yesterday as gales hit the coast. The storm is expected to ease by Thursday evening.",
    "school": "The school reopened this morning, a month after the fire. Pupils had studied in the library since early February.",
    "match": "United won the final 2-1 on Saturday. Their captain, injured in March, scored ten minutes before the end.",
    "factory": "The car factory cut 300 jobs in 2025. It announced today that it would hire again next spring.",
    "museum": "The museum closed for renovation last year and will reopen on 1 May, its director said on Tuesday.",
}
DCT = "2026-03-04"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    for name, text in ARTICLES.items():
        (root / f"{name}.txt").write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def baseline(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The single-process outputs of today's CLI (no --scheduler)."""
    out = tmp_path_factory.mktemp("baseline")
    assert main(["render", str(corpus), "--dct", DCT, "--event-model", "perceptron", "--out", str(out), "--quiet"]) == 0
    return {p.name: p.read_bytes() for p in out.iterdir()}


@pytest.fixture(scope="module")
def client() -> Iterator["distributed.Client"]:
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if p.name != batch.FAILURES_NAME}


def test_dask_outputs_equal_single_process_byte_for_byte(corpus: Path, baseline: dict[str, bytes], client: "distributed.Client", tmp_path: Path) -> None:
    assert len(client.nthreads()) == 2
    report = batch.run([str(corpus)], str(tmp_path), batch.RenderJob(event_model="perceptron"), reference_time=DCT, scheduler=client)
    assert (report.written, report.skipped, report.failed) == (len(ARTICLES), 0, 0)
    assert _outputs(tmp_path) == baseline
    assert not (tmp_path / batch.FAILURES_NAME).exists()


@pytest.mark.parametrize("job,command", [
    (batch.BuildJob(event_model="perceptron"), ["build", "--event-model", "perceptron"]),
    (batch.TagJob(), ["tag"]),
])
def test_build_and_tag_jobs_equal_their_commands(corpus: Path, tmp_path: Path, job: batch.Job, command: list[str]) -> None:
    assert main([command[0], str(corpus), "--dct", DCT, *command[1:], "--out", str(tmp_path / "cli")]) == 0
    report = batch.run([str(corpus)], str(tmp_path / "batch"), job, reference_time=DCT, jobs=1)
    assert report.written == len(ARTICLES)
    assert _outputs(tmp_path / "batch") == _outputs(tmp_path / "cli")


class SlowRender:
    """A render that takes a while, so a worker can be killed while it holds documents."""

    suffix = ".md"
    max_chars = 10_000

    def __call__(self, doc: batch.Document) -> str:
        time.sleep(0.4)
        return batch.RenderJob(event_model="perceptron")(doc)


def test_worker_killed_mid_run_yields_every_document_exactly_once(corpus: Path, baseline: dict[str, bytes], client: "distributed.Client", tmp_path: Path) -> None:
    killed: list[int] = []
    writes: list[int] = []
    pids = client.run(os.getpid)

    def kill_one_worker(written: int, skipped: int, failed: int) -> None:
        writes.append(written)
        if written == 1 and not killed:
            victim = pids[sorted(pids)[0]]
            killed.append(victim)
            os.kill(victim, signal.SIGKILL)  # mid-run: the other documents are in flight on both workers

    report = batch.run([str(corpus)], str(tmp_path), SlowRender(), reference_time=DCT, scheduler=client, progress=kill_one_worker)
    assert killed, "no worker was killed: the test did not test anything"
    assert (report.written, report.failed) == (len(ARTICLES), 0)
    assert writes == sorted(writes) and writes[-1] == len(ARTICLES)  # each document counted once
    assert _outputs(tmp_path) == baseline
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    client.wait_for_workers(2, timeout=60)  # the nanny restarts it for the next tests


def test_resume_skips_documents_already_done(corpus: Path, baseline: dict[str, bytes], tmp_path: Path) -> None:
    job = batch.RenderJob(event_model="perceptron")
    first = batch.run([str(corpus)], str(tmp_path), job, reference_time=DCT)
    assert first.written == len(ARTICLES)
    (tmp_path / "flood.md").unlink()
    (tmp_path / "bridge.md").write_text("kept as it was\n", encoding="utf-8")  # a re-run must not redo it
    again = batch.run([str(corpus)], str(tmp_path), job, reference_time=DCT)
    assert (again.written, again.skipped, again.failed) == (1, len(ARTICLES) - 1, 0)
    assert (tmp_path / "flood.md").read_bytes() == baseline["flood.md"]
    assert (tmp_path / "bridge.md").read_text(encoding="utf-8") == "kept as it was\n"


def test_interrupt_keeps_finished_documents_and_no_partial_file(corpus: Path, baseline: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    replaced: list[str] = []
    real_replace = os.replace

    def ctrl_c_on_the_third_write(src: str, dst: str) -> None:
        if len(replaced) == 2:
            raise KeyboardInterrupt  # Ctrl-C while the third output is being written
        replaced.append(dst)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", ctrl_c_on_the_third_write)
    with pytest.raises(KeyboardInterrupt):
        batch.run([str(corpus)], str(tmp_path), batch.RenderJob(event_model="perceptron"), reference_time=DCT)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(Path(r).name for r in replaced)  # the two finished ones, nothing half-written
    assert all(baseline[n] == (tmp_path / n).read_bytes() for n in names)


def test_cli_bad_lines_and_oversized_document_go_to_the_failures_file(client: "distributed.Client", tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "wire.jsonl"
    lines = [
        json.dumps({"id": "ok-1", "text": ARTICLES["bridge"], "reference_time": DCT}),
        "{this is not json",
        json.dumps({"id": "no-text", "reference_time": DCT}),
        json.dumps({"id": "huge", "text": "The fair opened on Monday. " * (BUILD_MAX_CHARS // 27 + 1), "reference_time": DCT}),  # just over the default limit
        json.dumps({"id": "ok-2", "text": ARTICLES["museum"]}),
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    code = main(["render", str(src), "--dct", DCT, "--event-model", "perceptron", "--out", str(out), "--scheduler", client.scheduler.address])
    err = capsys.readouterr().err
    assert code == 3, err
    assert sorted(_outputs(out)) == ["ok-1.md", "ok-2.md"]
    failures = {f["id"]: f for f in map(json.loads, (out / batch.FAILURES_NAME).read_text(encoding="utf-8").splitlines())}
    assert set(failures) == {"2", "no-text", "huge"}
    assert failures["2"]["reason"].startswith("not JSON") and failures["2"]["source"].endswith("wire.jsonl:2")
    assert "text" in failures["no-text"]["reason"]
    assert "more than max_chars" in failures["huge"]["reason"] and not failures["huge"]["reason"].startswith(("internal error", "worker failed"))
    assert "3 documents failed" in err


def test_pipeline_error_on_a_worker_is_a_failure_not_a_crash(client: "distributed.Client", tmp_path: Path) -> None:
    docs = [batch.Document("good", ARTICLES["match"], DCT, "mem"), batch.Document("bad-date", ARTICLES["match"], "someday", "mem")]
    report = batch.run_documents(docs, batch.RenderJob(event_model="perceptron"), str(tmp_path), scheduler=client)
    assert (report.written, report.failed, report.exit_code) == (1, 1, 3)
    (failure,) = map(json.loads, (tmp_path / batch.FAILURES_NAME).read_text(encoding="utf-8").splitlines())
    assert failure["id"] == "bad-date" and "someday" in failure["reason"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_cli_unreachable_scheduler_exits_2_and_writes_nothing(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "never"
    code = main(["render", str(corpus), "--dct", DCT, "--out", str(out), "--scheduler", f"tcp://127.0.0.1:{_free_port()}", "--connect-timeout", "0.5"])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1 and "cannot reach the Dask scheduler" in captured.err
    assert not out.exists()


def test_cli_scheduler_needs_out(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tag", str(corpus), "--dct", DCT, "--scheduler", "local"]) == 2
    assert "--out" in capsys.readouterr().err


def test_cli_build_directory_with_one_bad_file_exits_3(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_text(ARTICLES["harbour"], encoding="utf-8")
    (src / "bad.txt").write_bytes(b"\xff\xfe not text")
    code = main(["build", str(src), "--dct", DCT, "--event-model", "perceptron", "--out", str(tmp_path / "out")])
    assert code == 3
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["good.json"]
    assert "bad.txt" in capsys.readouterr().err


def test_a_cluster_without_workers_stops_loudly_instead_of_hanging(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch._Dask, "poll", 0.2)
    monkeypatch.setattr(batch._Dask, "no_worker_timeout", 0.6)
    with distributed.LocalCluster(n_workers=0, dashboard_address=":0") as empty, distributed.Client(empty.scheduler_address) as c:
        with pytest.raises(batch.SchedulerError, match="no worker"):
            batch.run([str(corpus)], str(tmp_path), batch.RenderJob(event_model="perceptron"), reference_time=DCT, scheduler=c)
