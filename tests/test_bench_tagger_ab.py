"""The tagger A/B benchmark's interleaved mode runs a warm process per tree and reports each tree and
the ratio (bench/bench_tagger_ab.py ``--interleave``)."""

from __future__ import annotations

from pathlib import Path

from _scripts import load_script

ROOT = Path(__file__).resolve().parents[1]
DOC = """<TimeML><DOCID>ab1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2026-02-02" temporalFunction="false" functionInDocument="CREATION_TIME">2026-02-02</TIMEX3></DCT>
<TEXT>The ferry sank on Saturday; divers searched for two days and the port reopened today.</TEXT>
</TimeML>"""


def _bench():  # type: ignore[no-untyped-def]
    return load_script("bench/bench_tagger_ab.py", "_bench_tagger_ab")


def test_interleaved_passes_report_every_tree_and_the_ratio(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "ab1.tml").write_text(DOC, encoding="utf-8")
    assert _bench().main([str(tmp_path), str(ROOT), "--interleave", "3"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("1 documents") and "3 passes per tree, taken in turn" in out[0]
    assert len(out) == 3 and all("least" in line and "median" in line for line in out[1:])
    assert "its speed (least)" in out[2] and "its speed" not in out[1]
