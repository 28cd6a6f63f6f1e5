"""Negative rules are data: each veto's words sit in the lexicon, and emptying a list changes what is tagged."""

from __future__ import annotations

import re
import shutil
from importlib import resources
from pathlib import Path

import pytest

import timeline
from timeline.lexicon import LexiconError, load_data
from timeline.recognize.productions import PRODUCTIONS, _by_name
from timeline.recognize.productions.dates import year

EN = Path(str(resources.files("timeline.lexicon") / "en"))
DCT = "2026-02-02"


def _tagged(sentence: str, lexicon_dir: "Path | None" = None) -> list[str]:
    """The texts of the time expressions of ``sentence`` (with the shipped English, or a copy in ``lexicon_dir``)."""
    if lexicon_dir is None:
        return [t.text for t in timeline.tag(sentence, DCT).timexes]
    return [t.text for t in timeline.tag(sentence, DCT, language="en", lexicon_dir=lexicon_dir).timexes]


def _english_with(tmp_path: Path, section: str, key: str, value: str) -> Path:
    """A copy of the English lexicon whose ``[section] key`` is set to ``value`` (TOML); returns its parent."""
    target = tmp_path / "en"
    shutil.copytree(EN, target)
    path = target / "lexicon.toml"
    text = path.read_text(encoding="utf-8")
    body = re.search(r"^\[" + re.escape(section) + r"\]\n(.*?)(?=^\[)", text, re.M | re.S)
    assert body is not None, section
    line = re.compile(r"^" + re.escape(key) + r" = \[[^\]]*\]", re.M)
    new_body, n = line.subn(f"{key} = {value}", body.group(1))
    assert n == 1, (section, key)
    path.write_text(text[: body.start(1)] + new_body + text[body.end(1) :], encoding="utf-8")
    return tmp_path


# (section, key, sentence, tagged with the shipped lexicon, tagged with the key's list emptied)
CASES = [
    ("vetoes", "year_after", "The ticket was sold for $1999 at auction.", [], ["1999"]),
    ("vetoes", "year_before", "The share price rose 2000% at auction.", [], ["2000"]),
    ("vetoes", "second_ordinal", "The mayor won a second term.", [], ["a second"]),
    ("vetoes", "fraction_before", "Three quarters of the members voted.", [], ["Three quarters"]),
    ("vetoes", "time_after", "The split stood at 1:12:50 for the leader.", [], ["12:50"]),
    ("rates", "articles", "The train reached 140 kilometres an hour.", [], ["an hour"]),
    ("vetoes", "greeting_before", "Good evening from the main square.", [], ["evening"]),
    ("vetoes", "newspaper_sets", "The party daily Pravda printed the letter.", [], ["daily"]),
    ("vetoes", "counted_sets", "The couple spent three weekdays at the lake.", [], ["weekdays"]),  # "three weekends" is a length (s28)
    ("vetoes", "counted_before", "The couple spent those weekends at the lake.", [], ["weekends"]),
    ("vetoes", "vague_counting", "Shares rose in the past two sessions.", [], ["the past"]),
    ("vetoes", "vague_counting_words", "The team won the past few games.", [], ["the past"]),
    ("vetoes", "discourse_openers", "Now, he says, the plan looks weak.", [], ["Now"]),  # s43 vals
    ("vetoes", "era_days", "Jobs are scarce for today's youth.", [], ["today"]),
    ("vetoes", "era_nouns", "Jobs are scarce for today's youth.", [], ["today"]),
    # s51 recog: the head of a paper's name that opens a name of its own ("Times Square") leaves the weekday a time
    ("vetoes", "head_names", "On Sunday Times Square was closed.", ["Sunday"], []),
    # s46 recog: TBAQ leaves these untagged in both halves, or in the only half that has them
    ("vetoes", "generic_of_days", "She called them the leaders of tomorrow.", [], ["tomorrow"]),
    ("vetoes", "idioms", "It is a matter of days before the deal is signed.", [], ["days"]),
    ("vetoes", "names", "The Day After Tomorrow was shown on the flight.", [], ["The Day After Tomorrow"]),
    ("vetoes", "season_not_before", "The stall sells summer fruits.", [], ["summer"]),
    ("vetoes", "newspaper_noun_before", "He read the story in the daily.", [], ["daily"]),
    ("vetoes", "newspaper_noun_after", "The town has a daily that prints 9,000 copies.", [], ["daily"]),
]

# (section, key, sentence, tagged with the shipped lexicon, tagged with the key's list emptied): words that lift a veto
LIFTS = [
    ("month_words", "date_before", "The firm sued, but in March a judge ruled against it.", ["March"], []),
    ("vetoes", "season_weather", "Yields fell after a wet spring.", ["spring"], []),  # s43 vals
    ("vetoes", "season_weather_determiners", "Yields fell after a wet spring.", ["spring"], []),
    ("vetoes", "generic_of_parts", "The polls stay open until the end of tomorrow.", ["tomorrow"], []),  # s46 recog
]


@pytest.mark.parametrize(("section", "key", "sentence", "shipped", "emptied"), LIFTS, ids=[c[1] for c in LIFTS])
def test_a_word_list_of_the_lexicon_lifts_a_veto(tmp_path, section, key, sentence, shipped, emptied) -> None:
    assert _tagged(sentence) == shipped
    assert _tagged(sentence, _english_with(tmp_path, section, key, "[]")) == emptied


@pytest.mark.parametrize(("section", "key", "sentence", "shipped", "emptied"), CASES, ids=[c[1] for c in CASES])
def test_a_veto_list_of_the_lexicon_decides_what_is_not_tagged(tmp_path, section, key, sentence, shipped, emptied) -> None:
    assert _tagged(sentence) == shipped
    assert _tagged(sentence, _english_with(tmp_path, section, key, "[]")) == emptied


def test_a_second_after_an_article_is_no_offset_but_one_second_is(tmp_path) -> None:
    assert _tagged("The talks resume in a second round.") == []
    assert _tagged("The door closes in one second.") == ["one second"]
    assert _tagged("The talks resume in a second round.", _english_with(tmp_path, "vetoes", "second_ordinal_offset", "[]")) == ["a second"]


def test_a_season_that_is_also_a_verb_counts_alone_only_after_the_listed_words(tmp_path) -> None:
    sentence = "The leaves turn red in the fall."
    assert _tagged(sentence) == ["the fall"]
    assert _tagged("Prices fall when supply rises.") == []
    assert _tagged(sentence, _english_with(tmp_path, "vetoes", "season_noun_after", "[]")) == []


def test_per_makes_a_rate_by_itself_and_the_other_articles_need_an_amount(tmp_path) -> None:
    sentence = "The fee is charged per hour."
    assert _tagged(sentence) == ["per hour"]
    assert _tagged(sentence, _english_with(tmp_path, "rates", "explicit", "[]")) == []


def test_the_veto_table_is_checked_like_every_other(tmp_path) -> None:
    with pytest.raises(LexiconError, match=r"\[vetoes\] 'year_after' must be a list of non-empty strings"):
        load_data(str(_english_with(tmp_path, "vetoes", "year_after", '[""]') / "en"), "lexicon.toml")


def test_every_production_the_shipped_rules_name_is_assembled_and_a_name_given_twice_is_refused() -> None:
    rules = load_data("en", "rules.toml")["rule"]
    assert {r["produce"] for r in rules} <= set(PRODUCTIONS)
    with pytest.raises(ValueError, match="'year' is defined twice"):
        _by_name((year,), (year,))


@pytest.mark.parametrize("sentence, tagged", [
    ("The strike is expected to last three days.", ["three days"]),
    ("The talks will last two weeks.", ["two weeks"]),
    ("The ceasefire did not last two days.", ["two days"]),
    ("Prices rose sharply in the last three days.", ["the last three days"]),
])
def test_last_after_to_or_a_modal_is_the_verb_not_the_span_just_gone(sentence: str, tagged: list[str]) -> None:
    assert _tagged(sentence) == tagged


@pytest.mark.parametrize("sentence, tagged", [
    # s46 recog: "of tomorrow" is the future at large only as a bare word after "of" with no part of a day before it
    ("Critics call them the cars of tomorrow.", []),
    ("The outcome of tomorrow's vote is open.", ["tomorrow"]),
    ("The ferry leaves on the morning of tomorrow.", ["the morning of tomorrow"]),
    ("The board meets tomorrow.", ["tomorrow"]),
    # "high noon" and "a matter of days" are no times; a plain noon and a count of days stay
    ("For the rebels, high noon has come.", []),
    ("The shop shuts at noon.", ["noon"]),
    ("It was a matter of weeks before the plant reopened.", []),
    ("It took days before the deal was signed.", ["days"]),
    ("The stall sells summer fruits in the summer.", ["the summer"]),
])
def test_generic_tomorrow_high_noon_and_a_matter_of_days(sentence: str, tagged: list[str]) -> None:
    assert _tagged(sentence) == tagged


@pytest.mark.parametrize("sentence, tagged", [
    # s46 recog: "daily" as the noun (a paper) after an article or a possessive, before a mark or a verb of a paper
    ("The party's daily, the Lanford Voice, backed the strike.", []),
    ("Figures are updated on a daily, weekly or monthly basis.", ["daily", "weekly", "monthly"]),
    ("Crowds gather outside the court almost daily.", ["daily"]),
    ("It has become a daily ritual.", ["daily"]),
])
def test_a_daily_that_is_a_paper_is_no_set(sentence: str, tagged: list[str]) -> None:
    assert _tagged(sentence) == tagged
