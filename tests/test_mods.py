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


def test_thirds_are_cut_where_a_reader_cuts_them() -> None:
    """A year's thirds end at months, a month's or week's at whole days (widened), a day's at hours."""
    import datetime as dt

    from timeline.model import Grain, Mod
    from timeline.resolve.calendar import Period
    from timeline.resolve.dates import bounds_for_mod

    year = Period(dt.datetime(2024, 1, 1), dt.datetime(2025, 1, 1), Grain.YEAR, "2024")
    assert bounds_for_mod(year, Mod.END) == (dt.datetime(2024, 9, 1), dt.datetime(2025, 1, 1))
    assert bounds_for_mod(year, Mod.START) == (dt.datetime(2024, 1, 1), dt.datetime(2024, 5, 1))
    august = Period(dt.datetime(2026, 8, 1), dt.datetime(2026, 9, 1), Grain.MONTH, "2026-08")
    assert bounds_for_mod(august, Mod.END) == (dt.datetime(2026, 8, 21), dt.datetime(2026, 9, 1))
    assert bounds_for_mod(august, Mod.MID) == (dt.datetime(2026, 8, 11), dt.datetime(2026, 8, 22))
    week = Period(dt.datetime(2026, 10, 5), dt.datetime(2026, 10, 12), Grain.WEEK, "2026-W41")
    assert bounds_for_mod(week, Mod.END) == (dt.datetime(2026, 10, 9), dt.datetime(2026, 10, 12))
    day = Period(dt.datetime(2026, 10, 14), dt.datetime(2026, 10, 15), Grain.DAY, "2026-10-14")
    assert bounds_for_mod(day, Mod.END) == (dt.datetime(2026, 10, 14, 16), dt.datetime(2026, 10, 15))
