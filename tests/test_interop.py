"""Pipeline interop: public to_dict/to_json, the published JSON Schema, pandas, spaCy, the ordering API's names."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

import timeline
from timeline.cli import main

jsonschema = pytest.importorskip("jsonschema")

from timeline.schema import KINDS, schema, validate  # noqa: E402

TEXT = (
    "Heavy rain flooded the market square on Tuesday morning. "
    "Two days later the council closed the riverside road. "
    "The mayor said on Friday that the road would reopen within a week."
)
REF = "2026-03-06"


@pytest.fixture(scope="module")
def tl() -> timeline.Timeline:
    return timeline.build(TEXT, REF, event_model="perceptron")


@pytest.fixture(scope="module")
def doc() -> timeline.TaggedDocument:
    return timeline.tag(TEXT, REF, doc_id="rain")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# -- to_dict / to_json ----------------------------------------------------------------------


def test_to_dict_and_to_json_are_plain_json(tl, doc) -> None:
    t = doc.timexes[0]
    assert json.loads(json.dumps(t.to_dict())) == t.to_dict()
    assert json.loads(t.to_json()) == t.to_dict() and t.to_dict()["text"] == "Tuesday morning"
    assert json.loads(doc.to_json(indent=2))["timexes"][0]["tid"] == t.tid
    data = json.loads(tl.to_json())
    assert [e["eid"] for e in data["events"]] == [e.eid for e in tl.events]
    assert json.loads(tl.events[0].to_json()) == data["events"][0]
    # the existing fields are kept
    assert {"source", "reference_time", "reference_time_source", "events", "timexes", "relations", "unordered_groups", "conflicts"} <= set(data)
    assert data["reference_time"] == "2026-03-06T00:00"


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    full = schema()
    jsonschema.Draft202012Validator.check_schema(full)
    for kind in KINDS:
        jsonschema.Draft202012Validator.check_schema(schema(kind))
    with pytest.raises(ValueError, match="unknown schema kind"):
        schema("nope")


def test_api_outputs_validate(tl, doc) -> None:
    validate(tl.to_dict(), "timeline")
    validate(doc.to_dict(), "document")
    for t in doc.timexes:
        validate(t.to_dict(), "timex")
    for e in tl.events:
        validate(e.to_dict(), "event")
    validate(tl.to_dict())  # the whole document accepts any output


def test_relate_output_with_the_callers_ids_validates() -> None:
    text = "The bakery burned down on Sunday. Firefighters left the scene two hours later."
    i, j, k = text.index("burned"), text.index("left"), text.index("Sunday")
    tl = timeline.relate(
        text, REF, [{"id": "FIRE", "start": i, "end": i + 6}, {"id": "LEAVE", "start": j, "end": j + 4}],
        timexes=[{"id": "SUN", "start": k, "end": k + 6, "type": "DATE", "value": "2026-03-01"}], event_model="perceptron",
    )
    data = json.loads(tl.to_json())
    assert {e["eid"] for e in data["events"]} == {"FIRE", "LEAVE"} and data["timexes"][0]["tid"] == "SUN"
    validate(data, "timeline")


def test_schema_rejects_what_it_should(tl) -> None:
    data = tl.to_dict()
    broken = json.loads(json.dumps(data))
    broken["events"][0]["likely_start"] = "next Tuesday"
    with pytest.raises(jsonschema.ValidationError):
        validate(broken, "timeline")
    broken = json.loads(json.dumps(data))
    del broken["events"][0]["confidence"]
    with pytest.raises(jsonschema.ValidationError):
        validate(broken, "timeline")
    broken = json.loads(json.dumps(data))
    broken["relations"].append({"source": "e1", "target": "e2", "relation": "SOMETIMES", "confidence": 0.5, "certain": False})
    with pytest.raises(jsonschema.ValidationError):
        validate(broken, "timeline")
    with pytest.raises(jsonschema.ValidationError):
        validate({"tid": "t1"}, "timex")
    record = {k: v for k, v in data["timexes"][0].items() if k != "tid"}
    with pytest.raises(jsonschema.ValidationError):
        validate(record, "timex")
    broken = json.loads(json.dumps(data))
    broken["events"][0]["earliest_start"] = "2026-03-03"  # a date without its time is not what timeline writes
    with pytest.raises(jsonschema.ValidationError):
        validate(broken, "timeline")


@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "rain.txt"
    path.write_text(TEXT + "\n", encoding="utf-8")
    return path


def test_every_cli_json_output_validates(capsys, article) -> None:
    code, out, _ = run(capsys, "tag", str(article), "--reference-time", REF)  # jsonl, the default
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert records
    for r in records:
        validate(r, "timex_record")
    code, out, _ = run(capsys, "tag", str(article), "--reference-time", REF, "--format", "json")
    assert code == 0
    validate(json.loads(out), "document")
    code, out, _ = run(capsys, "build", str(article), "--reference-time", REF, "--event-model", "perceptron")
    assert code == 0
    validate(json.loads(out), "timeline")
    code, out, _ = run(capsys, "render", str(article), "--reference-time", REF, "--event-model", "perceptron", "--format", "json")
    assert code == 0
    validate(json.loads(out), "timeline")


def test_cli_schema_prints_the_schema(capsys) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0 and json.loads(out) == schema()
    code, out, _ = run(capsys, "schema", "--kind", "event")
    assert code == 0 and json.loads(out)["$ref"] == "#/$defs/event"


# -- pandas ---------------------------------------------------------------------------------


def test_event_table_has_typed_columns_and_round_trips(tl) -> None:
    pd = pytest.importorskip("pandas")
    from timeline.interop.pandas import EVENT_TIME_COLUMNS, events_from_frame

    frame = tl.to_pandas()
    assert len(frame) == len(tl.events) and list(frame["eid"]) == [e.eid for e in tl.events]
    for name in EVENT_TIME_COLUMNS:
        assert pd.api.types.is_datetime64_any_dtype(frame[name]), name
    first = tl.events[0]
    assert frame.loc[0, "likely_start"] == pd.Timestamp(first.likely_start)
    assert frame["confidence"].dtype == "float64" and frame["real"].dtype == bool
    assert events_from_frame(frame) == tl.events


def test_timex_table_round_trips(doc) -> None:
    pd = pytest.importorskip("pandas")
    from timeline.interop.pandas import timexes_from_frame

    frame = doc.to_pandas()
    assert list(frame["text"]) == [t.text for t in doc.timexes]
    assert pd.api.types.is_datetime64_any_dtype(frame["earliest"]) and pd.api.types.is_timedelta64_dtype(frame["min_length"])
    week = frame[frame["text"].str.contains("week")].iloc[0]
    assert week["max_length"] == pd.Timedelta(days=7)
    assert timexes_from_frame(frame) == doc.timexes


def test_whole_calendar_fits_in_the_table() -> None:
    pytest.importorskip("pandas")
    from timeline.interop.pandas import events_frame, events_from_frame

    e = timeline.Event("e1", "founded", 0, 7, earliest_start=dt.datetime(1, 1, 1), latest_end=dt.datetime(9999, 12, 31, 23, 59))
    assert events_from_frame(events_frame([e])) == (e,)


def test_to_pandas_without_pandas_names_the_extra(tl, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"timeline\[pandas\]"):
        tl.to_pandas()


# -- spaCy ----------------------------------------------------------------------------------


def test_spacy_component_in_a_blank_english_pipeline() -> None:
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import Span

    nlp = spacy.blank("en")
    nlp.add_pipe("timeline", config={"reference_time": REF, "event_model": "perceptron"})
    doc = nlp(TEXT)
    assert doc._.timexes and all(isinstance(s, Span) for s in doc._.timexes)
    assert [s.text for s in doc._.timexes] == [t.text for t in timeline.tag(TEXT, REF).timexes]
    assert doc._.timexes[0]._.timex.value.startswith("2026-03-03")
    events = doc._.timeline
    built = timeline.build(TEXT, REF, event_model="perceptron")
    assert [(s.start_char, s.end_char) for s in events] == [(e.start, e.end) for e in built.events]
    assert all(isinstance(s, Span) for s in events)
    assert [s.text for s in events] == [s._.event.text for s in events]
    assert "flooded" in [s.text for s in events]


def test_spacy_reference_time_per_doc_and_tagging_only() -> None:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    nlp.add_pipe("timeline", config={"build": False})
    doc = nlp.make_doc("The bridge reopened on Monday.")
    doc._.reference_time = "2026-03-06"
    doc = nlp(doc)
    assert [s._.timex.value for s in doc._.timexes] == ["2026-03-02"] and doc._.timeline is None


def test_tag_accepts_a_spacy_doc_without_sentences() -> None:
    spacy = pytest.importorskip("spacy")
    sdoc = spacy.blank("en").make_doc(TEXT)
    assert not sdoc.has_annotation("SENT_START")
    assert timeline.tag(sdoc, REF).timexes == timeline.tag(TEXT, REF).timexes


def test_spacy_doc_in_another_language_is_refused_clearly() -> None:
    spacy = pytest.importorskip("spacy")
    with pytest.raises(timeline.InputError, match="'de'"):
        timeline.tag(spacy.blank("de").make_doc("Am Montag regnete es."), REF)
    with pytest.raises(Exception, match="English"):
        spacy.blank("fr").add_pipe("timeline")


def test_import_and_help_load_no_heavy_library() -> None:
    code = (
        "import sys, timeline, timeline.cli\n"
        "timeline.cli.build_parser()\n"
        "heavy = [m for m in ('pandas', 'spacy', 'jsonschema', 'trafilatura', 'htmldate', 'icalendar') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# -- names across the ordering API ------------------------------------------------------------


def _facts():
    from timeline import order as O

    hour = dt.timedelta(hours=1)
    return [O.lasting("warn", hour, hour), O.Constraint(O.end_of("warn"), O.start_of("hit"), 2 * hour, 3 * hour)]


def test_difference_takes_names_like_before_and_relation() -> None:
    from timeline import order as O

    r = O.order(_facts())
    assert r.difference("warn.end", "hit") == r.difference(O.end_of("warn"), O.start_of("hit")) == (dt.timedelta(hours=2), dt.timedelta(hours=3))
    assert r.difference("warn", "hit.start") == (dt.timedelta(hours=3), dt.timedelta(hours=4))
    assert r.before("warn", "hit") and r.relation("warn", "hit") == "BEFORE"


@pytest.mark.parametrize("call", ["difference", "before", "relation"])
def test_unknown_names_raise_key_error_naming_them(call) -> None:
    from timeline import order as O

    r = O.order(_facts())
    with pytest.raises(KeyError, match="ghost"):
        getattr(r, call)("warn", "ghost")


def test_validate_refuses_claims_on_unknown_names() -> None:
    from timeline import order as O

    with pytest.raises(KeyError, match="ghost"):
        O.validate(_facts(), times={"ghost": dt.datetime(2026, 3, 1)})
    with pytest.raises(KeyError, match="phantom"):
        O.validate(_facts(), relations=[("warn", "BEFORE", "phantom")])
    assert O.validate(_facts(), relations=[("warn", "BEFORE", "hit")]) == ()


# -- the command line: exit codes, --max-chars, Ctrl-C ----------------------------------------


def _batch(tmp_path, bad: int = 1, good: int = 1):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(good):
        (folder / f"good{n}.txt").write_text("The ferry sailed on Monday.\n", encoding="utf-8")
    for n in range(bad):
        (folder / f"bad{n}.txt").write_bytes(b"The ferry \xff sailed.\n")  # not UTF-8
    return folder


@pytest.mark.parametrize("command", ["tag", "build", "render"])
def test_batch_with_a_bad_file_exits_3_and_writes_the_rest(tmp_path, capsys, command) -> None:
    folder = _batch(tmp_path)
    extra = [] if command == "tag" else ["--event-model", "perceptron"]
    code, _, err = run(capsys, command, str(folder), "--reference-time", REF, "--out", str(tmp_path / "out"), *extra)
    assert code == 3
    assert [p.stem.split(".")[0] for p in (tmp_path / "out").iterdir()] == ["good0"]
    assert err.count("bad0.txt") == 1 and "Traceback" not in err  # the path said once


@pytest.mark.parametrize("command", ["tag", "build", "render"])
def test_batch_where_every_file_fails_exits_2(tmp_path, capsys, command) -> None:
    folder = _batch(tmp_path, bad=2, good=0)
    code, _, err = run(capsys, command, str(folder), "--reference-time", REF, "--out", str(tmp_path / "out"))
    assert code == 2 and "bad1.txt" in err


@pytest.mark.parametrize("command", ["tag", "build", "render"])
def test_max_chars_on_the_command_line(tmp_path, capsys, command) -> None:
    src = tmp_path / "long.txt"
    src.write_text("The ferry sailed on Monday. " * 10, encoding="utf-8")
    extra = [] if command == "tag" else ["--event-model", "perceptron"]
    code, out, err = run(capsys, command, str(src), "--reference-time", REF, "--max-chars", "100", *extra)
    assert code == 2 and out == "" and "--max-chars" in err and len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, command, str(src), "--reference-time", REF, "--max-chars", "1,000", *extra)
    assert code == 0 and out
    code, _, err = run(capsys, command, str(src), "--reference-time", REF, "--max-chars", "0")
    assert code == 2 and "positive" in err


def test_too_large_message_names_the_option() -> None:
    with pytest.raises(timeline.InputTooLargeError, match="--max-chars"):
        timeline.build("The ferry sailed on Monday. " * 10, REF, max_chars=100)


def test_ctrl_c_while_the_package_loads_exits_130_with_one_line(monkeypatch, capsys) -> None:
    import builtins

    import _timeline_cli

    real_import = builtins.__import__

    def interrupted(name, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name == "timeline.cli":
            raise KeyboardInterrupt
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", interrupted)
    try:
        code = _timeline_cli.main()
    except KeyboardInterrupt:
        pytest.fail("the KeyboardInterrupt escaped the launcher")
    assert code == 130
    assert capsys.readouterr().err == "timeline: interrupted\n"


def _wait_until_idle(pid: int, limit: float = 60.0) -> None:
    """Wait until process ``pid`` stops using CPU (blocked on stdin); a fixed 2 s where /proc is absent."""
    import time

    stat = Path(f"/proc/{pid}/stat")
    if not stat.exists():
        time.sleep(2.0)
        return

    def cpu() -> int:
        fields = stat.read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime, in clock ticks

    def state() -> str:
        return stat.read_text().rsplit(")", 1)[1].split()[0]

    deadline = time.monotonic() + limit
    cmdline = Path(f"/proc/{pid}/cmdline")
    # first the program itself: between fork and exec the child still has the parent's signal handlers, and a
    # Ctrl-C sent then is lost (the CLI never sees it and ends normally when its input closes)
    while time.monotonic() < deadline and b"_timeline_cli" not in cmdline.read_bytes():
        time.sleep(0.05)
    last = -1
    while time.monotonic() < deadline:
        now = cpu()
        if now == last and now > 0 and state() == "S":  # asleep, blocked on stdin, and no CPU used for half a second
            return
        last = now
        time.sleep(0.5)


def test_ctrl_c_while_running_exits_130_with_one_line(tmp_path) -> None:
    import signal

    def as_from_a_shell() -> None:
        # a Ctrl-C from a terminal reaches a program whose SIGINT is neither ignored nor blocked; a child inherits both
        # from the test runner, which earlier tests (a Dask cluster's threads) may have left blocking it
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        signal.signal(signal.SIGINT, signal.SIG_DFL)

    script = "import sys, _timeline_cli; sys.exit(_timeline_cli.main())"
    proc = subprocess.Popen(
        [sys.executable, "-c", script, "tag", "-", "--reference-time", REF],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=as_from_a_shell,
    )
    _wait_until_idle(proc.pid)  # loaded and waiting for stdin (on a loaded machine that takes a while)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and err == "timeline: interrupted\n" and out == ""


def test_spacy_finds_the_component_by_its_entry_point() -> None:
    pytest.importorskip("spacy")
    code = (
        "import spacy\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('timeline', config={'reference_time': '2026-03-06', 'build': False})\n"
        "print([s.text for s in nlp('The council met on Tuesday.')._.timexes])\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "['Tuesday']"


def test_a_reader_that_goes_away_is_not_an_error(tmp_path) -> None:
    src = tmp_path / "short.txt"
    src.write_text("The market opened on Monday at 09:00.\n", encoding="utf-8")
    script = "import sys, _timeline_cli; sys.exit(_timeline_cli.main())"
    proc = subprocess.Popen([sys.executable, "-c", script, "tag", str(src), "--reference-time", REF], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # like `| head -0`: the reader is gone before timeline has loaded, so its write meets a broken pipe
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0 and err == ""
