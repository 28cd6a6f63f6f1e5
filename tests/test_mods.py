"""TIMEX3 mods are an enum from recognition to output; names are checked where they enter."""

from __future__ import annotations

import json
import shutil
from importlib import resources
from pathlib import Path

import pytest

import timeline
from timeline import Mod, Timex, TimexType
from timeline.lexicon.__main__ import main as check_main


def test_a_mod_given_by_name_becomes_the_enum() -> None:
    t = Timex("t1", "about noon", 0, 10, TimexType.TIME, "2026-03-02T12:00", mod="approx")
    assert t.mod is Mod.APPROX


def test_an_unknown_mod_is_named() -> None:
    with pytest.raises(ValueError, match="unknown TIMEX3 mod 'SOMETIMES'"):
        Timex("t1", "x", 0, 1, TimexType.DATE, "2026", mod="SOMETIMES")


def test_tagged_mods_are_enums_and_serialise_as_their_names() -> None:
    doc = timeline.tag("Prices rose in early 2025 and fell in late 2025.", "2026-03-02")
    mods = [t.mod for t in doc.timexes]
    assert mods == [Mod.START, Mod.END] and all(type(m) is Mod for m in mods)
    tl = timeline.build("Prices rose in early 2025.", "2026-03-02")
    assert [t["mod"] for t in json.loads(tl.to_json())["timexes"]] == ["START"]


def test_the_lexicon_check_refuses_a_modifier_that_is_no_timex3_mod(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "en"
    shutil.copytree(str(resources.files("timeline.lexicon") / "en"), copy)
    path = copy / "lexicon.toml"
    text = path.read_text(encoding="utf-8")
    assert "[modifiers]" in text
    path.write_text(text.replace("[modifiers]\n", '[modifiers]\nsoonish = "SOON"\n', 1), encoding="utf-8")
    assert check_main(["check", str(copy)]) == 1
    assert "'modifiers' must be a table of word = TIMEX3 mod" in capsys.readouterr().out


def test_relate_names_the_time_with_an_unknown_mod() -> None:
    with pytest.raises(timeline.InputError, match=r"timexes\[0\] \('t1'\): unknown TIMEX3 mod 'SOON'"):
        timeline.relate("The storm hit on Monday.", events=[{"id": "e1", "start": 10, "end": 13}],
                        timexes=[{"id": "t1", "start": 17, "end": 23, "type": "DATE", "value": "2026-03-02", "mod": "SOON"}],
                        reference_time="2026-03-04")
