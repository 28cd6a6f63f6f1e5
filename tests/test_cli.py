"""The command line as users run it: outputs, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "storm-weekend.txt"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_tag_jsonl_records(capsys) -> None:
    code, out, _ = run(capsys, "tag", str(EXAMPLE), "--dct", "2026-02-02")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    by_text = {r["text"]: r for r in records}
    assert by_text["the weekend"]["value"] == "2026-W05-WE"
    assert by_text["40 hours"]["min_length"] == "P1DT16H"
    assert by_text["4 Min Read"]["furniture"] is True
    for r in records:
        assert {"doc", "start", "end", "text", "type", "value", "mod", "earliest", "latest"} <= set(r)


def test_cli_tag_without_reference_time_exits_2(capsys) -> None:
    code, out, err = run(capsys, "tag", str(EXAMPLE))
    assert code == 2 and out == ""
    assert "no reference time" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("args,message", [
    (["tag", "missing.txt", "--dct", "2026-02-02"], "not found"),
    (["tag", str(EXAMPLE), "--dct", "someday"], "cannot be parsed"),
    (["render", str(EXAMPLE), "--format", "pdf"], "invalid choice"),
    (["build", str(EXAMPLE), "--dct", "2026-02-02", "--event-model", "bert"], "invalid choice"),
    (["nonsense"], "invalid choice"),
])
def test_cli_user_errors_exit_2_with_one_line(capsys, args, message) -> None:
    code, _, err = run(capsys, *args)
    assert code == 2
    assert message in err and "Traceback" not in err


def test_cli_tag_timeml_in_and_out(tmp_path, capsys) -> None:
    src = tmp_path / "in.tml"
    src.write_text('<TimeML><DOCID>d1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2026-02-02">x</TIMEX3></DCT><TEXT>Rain fell on Sunday.</TEXT></TimeML>', encoding="utf-8")
    code, _, _ = run(capsys, "tag", str(src), "--format", "timeml", "--out", str(tmp_path / "out"))
    assert code == 0
    written = (tmp_path / "out" / "in.tml").read_text(encoding="utf-8")
    assert 'value="2026-02-01"' in written and "<TIMEX3" in written


def test_cli_render_markdown_and_json(capsys) -> None:
    code, out, _ = run(capsys, "render", str(EXAMPLE), "--reference-time", "2026-02-02")
    assert code == 0 and out.startswith("# Timeline: ") and "```mermaid" in out
    code, out, _ = run(capsys, "render", str(EXAMPLE), "--reference-time", "2026-02-02", "--format", "json")
    data = json.loads(out)
    assert data["reference_time"] == "2026-02-02T00:00" and data["events"]


def test_cli_build_json(capsys) -> None:
    code, out, _ = run(capsys, "build", str(EXAMPLE), "--reference-time", "2026-02-02")
    data = json.loads(out)
    assert code == 0 and all("earliest_start" in e and "anchors" in e for e in data["events"])


@pytest.mark.parametrize("event_model", ["neural", "perceptron"])
def test_cli_build_event_model_choice(tmp_path, capsys, event_model) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Gunmen attacked the depot on Saturday. Police arrested two men on Sunday.", encoding="utf-8")
    code, out, _ = run(capsys, "build", str(src), "--dct", "2026-02-02", "--event-model", event_model)
    assert code == 0
    assert {"attacked", "arrested"} <= {e["text"] for e in json.loads(out)["events"]}


def test_cli_render_batch_goes_on_past_failures(tmp_path, capsys) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("The bridge reopened on Friday.", encoding="utf-8")
    (tmp_path / "in" / "b.html").write_text('<html><head><meta property="article:published_time" content="2026-03-10T08:00:00Z"></head><body><p>Rescuers arrived on Sunday.</p></body></html>', encoding="utf-8")
    (tmp_path / "in" / "c.jsonl").write_text('{"id": "c1", "text": "Talks collapsed yesterday.", "reference_time": "2026-01-05"}\nnot json\n', encoding="utf-8")
    code, _, err = run(capsys, "render", str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert code == 3  # some documents failed, the others were written
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["b.md", "c1.md"]
    assert "a.txt" in err and "no reference time" in err and "c.jsonl:2" in err
    assert "publication date Tue 10 Mar 2026 08:00 (from the page's meta article:published" in (tmp_path / "out" / "b.md").read_text(encoding="utf-8")


def test_cli_eval_on_a_small_corpus(tmp_path, capsys) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "g.tml").write_text('<TimeML><DOCID>g</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2026-02-02">x</TIMEX3></DCT>'
                                '<TEXT>The fire started <TIMEX3 tid="t1" type="DATE" value="2026-02-01">yesterday</TIMEX3>.</TEXT></TimeML>', encoding="utf-8")
    report = tmp_path / "report.md"
    code, out, _ = run(capsys, "eval", str(gold), "--report", str(report), "--errors", "--no-events")
    assert code == 0 and "timeline" in out and "100.00" in out
    assert "| timeline | 100.00 |" in report.read_text(encoding="utf-8")
    code, out, _ = run(capsys, "eval", str(gold), "--format", "json", "--no-events")
    assert json.loads(out)["timeline"]["timex"]["value_f1"] == 1.0


def test_cli_console_script_runs() -> None:
    proc = subprocess.run([sys.executable, "-m", "timeline", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0 and proc.stdout.startswith("timeline ")


def test_cli_stdin_must_be_utf8_and_reads_like_a_file(tmp_path) -> None:
    """Bytes on stdin that are not UTF-8 get the same one-line error a file gets, not tags of a mangled text;
    CRLF line ends on stdin give the offsets a file with them gives."""
    tag = [sys.executable, "-m", "timeline", "tag", "-", "--dct", "2026-03-09"]
    proc = subprocess.run(tag, input=b"The ferry \xff sailed on Saturday.\n", capture_output=True, cwd=ROOT)
    assert proc.returncode == 2 and proc.stdout == b""
    assert proc.stderr.decode().strip().endswith("stdin: not UTF-8 text (invalid start byte at byte 10)")
    text = b"The ferry sailed.\r\nIt docked on Saturday.\r\n"
    piped = subprocess.run(tag, input=text, capture_output=True, cwd=ROOT)
    path = tmp_path / "crlf.txt"
    path.write_bytes(text)
    filed = subprocess.run([*tag[:4], str(path), *tag[5:]], capture_output=True, cwd=ROOT)
    assert piped.returncode == filed.returncode == 0
    first, second = (json.loads(r.stdout.decode().splitlines()[0]) for r in (piped, filed))
    assert (first["start"], first["text"], first["value"]) == (second["start"], "Saturday", "2026-03-07")
