"""Language knowledge is data: the lexicon loader checks its files, and a new language is a directory of them."""

from __future__ import annotations

import json
import shutil
from importlib import resources
from pathlib import Path

import pytest

import timeline
from timeline.cli import main as cli_main
from timeline.lexicon import LexiconError, available_languages, check_directory, load_data, validate
from timeline.lexicon.__main__ import main as check_main

ROOT = Path(__file__).resolve().parent / "data" / "lexicon"
EN = Path(str(resources.files("timeline.lexicon") / "en"))
SENTENCE = "Gestern, am 3. Mai 2026, kam der Sturm. Vor zwei Tagen war es ruhig, am Freitag auch. Im Juli 2025 nicht."


def test_a_toy_german_lexicon_tags_a_sentence_through_a_lexicon_directory() -> None:
    doc = timeline.tag(SENTENCE, "2026-05-04", language="de", lexicon_dir=ROOT)
    found = {t.text: t.value for t in doc.timexes}
    assert found == {"Gestern": "2026-05-03", "3. Mai 2026": "2026-05-03", "Vor zwei Tagen": "2026-05-02",
                     "Freitag": "2026-05-01", "Juli 2025": "2025-07"}


def test_a_month_name_with_a_letter_outside_ascii_is_one_word() -> None:
    doc = timeline.tag("Im März 2025 war es kalt.", "2026-05-04", language="de", lexicon_dir=ROOT)
    assert [(t.text, t.value) for t in doc.timexes] == [("März 2025", "2025-03")]


def test_the_same_sentence_read_as_english_finds_only_the_bare_years() -> None:
    assert [t.text for t in timeline.tag(SENTENCE, "2026-05-04").timexes] == ["2026", "2025"]


def test_the_cli_reads_a_language_directory(capsys) -> None:
    import io
    import sys

    old = sys.stdin
    sys.stdin = io.StringIO("Gestern regnete es.")
    try:
        code = cli_main(["tag", "-", "--dct", "2026-05-04", "--language", str(ROOT / "de")])
    finally:
        sys.stdin = old
    out, _ = capsys.readouterr()
    assert code == 0
    assert [json.loads(line)["value"] for line in out.splitlines()] == ["2026-05-03"]


def test_an_unknown_language_is_named_with_the_available_ones(capsys) -> None:
    with pytest.raises(LexiconError, match=r"language='xx' is not supported; available: en"):
        timeline.tag("Yesterday.", "2026-05-04", language="xx")
    with pytest.raises(LexiconError, match="available: en"):
        timeline.build("Yesterday it rained.", "2026-05-04", language="xx")
    for command in ("tag", "build", "render"):
        code = cli_main([command, str(Path(__file__)), "--dct", "2026-05-04", "--language", "xx"])
        assert code == 2
        assert "available: en" in capsys.readouterr().err
    assert available_languages() == ("en",)


def test_the_shipped_lexicon_passes_the_check(capsys) -> None:
    assert check_main(["check"]) == 0
    assert capsys.readouterr().out.strip().endswith("en: ok")
    assert check_main(["check", str(ROOT / "de")]) == 0


def _broken_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "en"
    shutil.copytree(EN, copy)
    lex = copy / "lexicon.toml"
    lex.write_text(lex.read_text(encoding="utf-8").replace("january = 1\n", 'january = "one"\n', 1), encoding="utf-8")
    tense = copy / "tense.toml"
    tense.write_text(tense.read_text(encoding="utf-8").replace("[signals]\npast = ", "[signals]\npasts = ", 1), encoding="utf-8")
    return copy


def test_a_broken_copy_fails_the_check_naming_file_section_and_key(tmp_path, capsys) -> None:
    broken = _broken_copy(tmp_path)
    assert check_main(["check", str(broken)]) == 1
    out = capsys.readouterr().out
    assert f"{broken / 'lexicon.toml'}: 'months' must be a table of word = integer" in out
    assert f"{broken / 'tense.toml'}: [signals] unknown key 'pasts'" in out
    assert f"{broken / 'tense.toml'}: [signals] missing key 'past'" in out


def test_loading_a_broken_lexicon_raises_a_clear_error(tmp_path) -> None:
    broken = _broken_copy(tmp_path)
    with pytest.raises(LexiconError, match=r"lexicon\.toml: 'months' must be a table of word = integer"):
        timeline.tag("It rained on May 3.", "2026-05-04", language="en", lexicon_dir=tmp_path)
    with pytest.raises(LexiconError, match=r"tense\.toml: \[signals\]"):
        load_data(str(broken), "tense.toml")


def test_rules_name_known_productions_and_sub_patterns(tmp_path) -> None:
    copy = tmp_path / "de"
    shutil.copytree(ROOT / "de", copy)
    rules = copy / "rules.toml"
    text = rules.read_text(encoding="utf-8").replace('produce = "weekday"', 'produce = "no_such_production"')
    rules.write_text(text.replace("{DEICTIC_DAY}", "{NO_SUCH_TABLE}"), encoding="utf-8")
    problems = check_directory(copy)
    assert any("unknown production 'no_such_production'" in p for p in problems)
    assert any("{NO_SUCH_TABLE}" in p for p in problems)


def test_missing_files_and_sections_are_named(tmp_path) -> None:
    (tmp_path / "lexicon.toml").write_text("[weekdays]\nmonday = 1\n", encoding="utf-8")
    problems = check_directory(tmp_path)
    assert any(p.endswith("rules.toml: missing (a language needs lexicon.toml, rules.toml, text.toml)") for p in problems)
    assert any("lexicon.toml: missing section 'months'" in p for p in problems)
    assert validate("text.toml", {"abbreviations": [], "clause_final": [], "sentence_openers": [], "extra": []}) == [
        "text.toml: unknown section 'extra' (expected: abbreviations, clause_final, sentence_openers, clock_marks, clock_continuers, clock_zone_nouns)"]


def test_start_words_are_read_off_the_rule_patterns() -> None:
    from timeline.recognize.grammar import rule_start_words as _rule_start_words

    assert _rule_start_words("(?:the{_})?(?P<rel>last|next){_}(?P<unit>week|month)") == {"the", "last", "next"}
    # no "midmorning": a word ends at a separator, even an optional one
    assert _rule_start_words("(?:(?P<mod>early|mid)(?:{_}|-)?)?(?P<pod>morning|noon)") == {"early", "mid", "morning", "noon"}
    assert _rule_start_words("(?:(?P<mod>early|mid){_-}?)?(?P<pod>{POD})") == {"early", "mid"}
    assert _rule_start_words("q[1-4]{_}(?P<year>{YEAR})|(?P<month>{MONTH}){_}(?P<day>{DAYNUM})") == {"q"}
    assert _rule_start_words("(?<!\\d)(?P<num>\\d+){_}days") == set()


def test_a_rule_starting_with_a_new_word_needs_no_start_word_list(tmp_path) -> None:
    copy = tmp_path / "de"
    shutil.copytree(ROOT / "de", copy)
    lex = copy / "lexicon.toml"
    lex.write_text(lex.read_text(encoding="utf-8").replace('extra = ["vor"]', "extra = []"), encoding="utf-8")
    rules = copy / "rules.toml"
    rules.write_text(rules.read_text(encoding="utf-8") + '\n[[rule]]\nname = "de_this_week"\npattern = \'(?P<rel>diese){_}(?P<unit>woche)\'\nproduce = "relative_unit"\n', encoding="utf-8")
    lex.write_text(lex.read_text(encoding="utf-8") + '\n[unit_grains]\nwoche = "WEEK"\n\n[relative]\nshift = { diese = 0 }\nanaphoric = []\naliases = {}\nseason_anaphora = {}\nthat_year = {}\npast_spans = []\nnext_spans = []\nyear_ago = []\nwhole = []\n', encoding="utf-8")
    found = {t.text: t.value for t in timeline.tag("Vor zwei Tagen, und diese Woche.", "2026-05-04", language="de", lexicon_dir=tmp_path).timexes}
    assert found == {"Vor zwei Tagen": "2026-05-02", "diese Woche": "2026-W19"}


def test_build_reads_a_language_directory_too() -> None:
    tl = timeline.build("Gestern kam der Sturm. Vor zwei Tagen war es ruhig.", "2026-05-04", language="de", lexicon_dir=ROOT,
                        event_model="perceptron")
    assert [(t.text, t.value) for t in tl.timexes] == [("Gestern", "2026-05-03"), ("Vor zwei Tagen", "2026-05-02")]


def test_loaded_data_is_read_only() -> None:
    months = load_data("en", "lexicon.toml")["months"]
    with pytest.raises(TypeError):
        months["smarch"] = 13  # type: ignore[index]
    with pytest.raises(AttributeError):
        load_data("en", "tense.toml")["cues"]["future"].append("soonish")


def _same(a: object, b: object) -> bool:
    """Equal, and of the same types all the way down (1 is not 1.0, a list not a tuple)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)  # type: ignore[index]
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))  # type: ignore[arg-type]
    return a == b


def test_the_shipped_data_files_parsed_ahead_are_what_toml_reads() -> None:
    import tomllib

    from timeline import lexicon

    stale = "the parsed data files are stale: run `python tools/compile_rules.py` (see its docstring)"
    files = sorted(lexicon.PARSED_FILE.parent.glob("*/*.toml"))
    assert len(files) >= 8
    shipped = lexicon._shipped_parses()
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert lexicon.text_key(text) in shipped, stale + f" ({path.name})"
        assert _same(lexicon.parse_toml(text), tomllib.loads(text)), path.name


def test_a_data_file_changed_since_or_a_damaged_parse_is_read_as_written(monkeypatch) -> None:
    from timeline import lexicon

    text = (lexicon.PARSED_FILE.parent / "en" / "text.toml").read_text(encoding="utf-8")
    edited = text + '\n# an edit\n'
    assert lexicon.text_key(edited) not in lexicon._shipped_parses()
    assert lexicon.parse_toml(edited) == lexicon.parse_toml(text)
    first = lexicon.parse_toml(text)  # from the shipped parse: a new object each time
    first["abbreviations"].append("zz")
    assert "zz" not in lexicon.parse_toml(text)["abbreviations"]
    monkeypatch.setattr(lexicon, "_shipped_parses", lambda: {lexicon.text_key(text): '{"abbreviations": ['})
    assert lexicon.parse_toml(text)["abbreviations"] and "clause_final" in lexicon.parse_toml(text)
