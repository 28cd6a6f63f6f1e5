"""Session 58, helper vals: values and bounds of time expressions in news (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.model import Grain
from _timelines import check_value_bounds_grain as _check, instant as _d, timexes_by_text as _tx  # (shared test lookups)


# 1. "on a Saturday morning in May" far from the past verb of a sentence told in the past: some day of last May
@pytest.mark.parametrize("text, day", [
    ("Quinn had sent four text messages in the hours before the crash on a Saturday morning in May.", "Saturday morning"),
    ("The pilot had flown three short hops in the hours before the landing at Shannon on a Sunday in May.", "Sunday"),
])
def test_an_indefinite_weekday_in_a_far_past_clause_is_of_the_month_gone(text: str, day: str) -> None:
    tx = _tx(text, "2026-12-03")
    _check(tx["May"], "2026-05", "2026-05-01", "2026-06-01", Grain.MONTH)
    assert tx[day].value.startswith("2026-05-XX") and (tx[day].earliest, tx[day].latest) == (_d("2026-05-01"), _d("2026-06-01"))


def test_a_day_of_may_far_from_its_past_verb_is_gone() -> None:
    # "May" (the month's name) is no modal: the sentence is still told in the past all through
    tx = _tx("Quinn had sent four text messages in the hours before the long crash on the bridge on May 9.", "2026-12-03")
    _check(tx["May 9"], "2026-05-09", "2026-05-09", "2026-05-10", Grain.DAY)


def test_an_indefinite_weekday_in_may_ahead_stays_ahead() -> None:
    tx = _tx("The minister said the new ferry will reach the island on a Saturday morning in May.", "2026-12-03")
    _check(tx["May"], "2027-05", "2027-05-01", "2027-06-01", Grain.MONTH)
    # a bare month far from its past verb keeps the closest reading (the convention of docs/conventions.md)
    tx = _tx("Quinn had sent four text messages in the hours before the long crash on the bridge in May.", "2026-12-03")
    _check(tx["May"], "2027-05", "2027-05-01", "2027-06-01", Grain.MONTH)


# 2. "within <length> of the <noun>" after a day told with a verb of that deed sharing no stem with the noun (tense.toml
# [signals] deed_noun_verbs)
@pytest.mark.parametrize("text, length, earliest, latest", [
    ("Shareholders backed the takeover on 2 September. The two boards signed the deal within a fortnight of the vote.",
     "a fortnight", "2027-09-02", "2027-09-17"),
    ("The council sold the old market hall on 5 May, and the buyer knocked it down within a month of the sale.",
     "a month", "2027-05-05", "2027-06-06"),
    ("Gardai detained a man in Tralee on 3 June. He was charged within hours of the arrest.",
     "hours", "2027-06-03", "2027-06-04T09:00"),
])
def test_a_limit_of_a_deed_told_with_another_verb_counts_from_its_day(text: str, length: str, earliest: str, latest: str) -> None:
    t = _tx(text, "2027-10-20")[length]
    assert t.type.name == "DURATION"
    assert (t.earliest, t.latest) == (_d(earliest), _d(latest))


def test_a_limit_of_a_deed_told_with_no_verb_of_it_keeps_no_bounds() -> None:
    for text in ("Members met on 2 September. The two boards signed the deal within a fortnight of the vote.",
                 "The council sold the old market hall on 5 May, and the buyer knocked it down within a month of the vote."):
        t = _tx(text, "2027-10-20")["a fortnight" if "fortnight" in text else "a month"]
        assert (t.earliest, t.latest) == (None, None)


# 3. news: a look-back from now ("last month") after an older time the story told is where the story goes on
def test_a_look_back_from_now_after_an_older_month_moves_the_story() -> None:
    tx = _tx("A bronze bell stolen from a church in Ardee in June 1994 has been returned to the parish. A farmer found it "
             "last month in a shed, and he called the police two days later.", "2028-03-17")
    _check(tx["last month"], "2028-02", "2028-02-01", "2028-03-01", Grain.MONTH)
    assert tx["two days"].value == "P2D" and (tx["two days"].earliest, tx["two days"].latest) == (_d("2028-02-03"), _d("2028-03-03"))
    # a look-back in the past perfect is a flashback's: the story stays (two days after the theft's month)
    tx = _tx("A bronze bell stolen from a church in Ardee in June 1994 has been returned to the parish. A farmer had found it "
             "last month in a shed, and he called the police two days later.", "2028-03-17")
    assert (tx["two days"].earliest, tx["two days"].latest) == (_d("1994-06-03"), _d("1994-07-03"))


# 4. news: a step forward in the sentence of a look-back in the past perfect counts from the time before that look-back
@pytest.mark.parametrize("text, earliest, latest", [
    ("A bronze bell stolen from a church in Ardee in June 1994 has been returned to the parish. A farmer found it last month "
     "in a shed he had cleared years earlier, and he called the police two days later.", "2028-02-03", "2028-03-03"),
    ("A farmer found the bell last month in a shed he had cleared years earlier, and he called the police two days later.",
     "2028-02-03", "2028-03-03"),
])
def test_a_step_after_a_past_perfect_look_back_counts_from_the_sentence_before_it(text: str, earliest: str, latest: str) -> None:
    t = _tx(text, "2028-03-17")["two days"]
    assert t.value == "P2D" and (t.earliest, t.latest) == (_d(earliest), _d(latest))


def test_a_step_in_the_next_sentence_or_in_the_past_perfect_counts_from_the_look_back() -> None:
    t = _tx("The ferry sank on Tuesday. Its owners had sold it two years earlier. A month later the new owner renamed it.",
            "2028-03-17")["A month"]
    assert (t.earliest, t.latest) == (_d("2026-02-01"), _d("2027-02-01"))
    t = _tx("The ferry sank on Tuesday. Its owners had bought it two years earlier and had renamed it a month later.",
            "2028-03-17")["a month"]
    assert (t.earliest, t.latest) == (_d("2026-02-01"), _d("2027-02-01"))


# 5. "on a Tuesday that summer": some day of that season, the story's (it moves no story to a weekday near now)
def test_an_indefinite_weekday_that_season_is_some_day_of_it() -> None:
    tx = _tx("The pier reopened in June 2020. Engineers inspected it on a Tuesday that summer.", "2027-10-21")
    _check(tx["that summer"], "2020-SU", "2020-06-01", "2020-09-01", Grain.SEASON)
    _check(tx["Tuesday"], "2020-XX-XX", "2020-06-01", "2020-09-01", Grain.DAY)
    tx = _tx("The mill closed in 1961. Its last bale left the yard on a Friday morning that autumn.", "2027-10-21")
    _check(tx["that autumn"], "1961-FA", "1961-09-01", "1961-12-01", Grain.SEASON)
    assert tx["Friday morning"].value == "1961-XX-XXTMO"
    assert (tx["Friday morning"].earliest, tx["Friday morning"].latest) == (_d("1961-09-01"), _d("1961-12-01"))
    # a definite weekday is still the one near now
    tx = _tx("The mill closed in 1961. Its new owners visited it on Friday.", "2027-10-21")
    _check(tx["Friday"], "2027-10-15", "2027-10-15", "2027-10-16", Grain.DAY)


# 6. news: "the decade that followed" after a told year, as "the following decade" (lexicon [news_followers])
def test_a_unit_that_followed_counts_on_from_the_story_in_news() -> None:
    tx = _tx("The depot closed in 1959, and buses took over its routes in the decade that followed.", "2027-10-21")
    _check(tx["the decade that followed"], "196", "1960-01-01", "1970-01-01", Grain.DECADE)
    tx = _tx("The mill closed in 1961. It was sold in the year that followed.", "2027-10-21")
    _check(tx["the year that followed"], "1962", "1962-01-01", "1963-01-01", Grain.YEAR)
    # a plural stays a vague length
    tx = _tx("The plant shut on 3 March 2019, and in the months that followed the town lost its bank.", "2027-10-21")
    assert tx["months"].value == "PXM"
    # with an object after "followed" it is no step from the story ("the year that followed the merger")
    tx = _tx("The mill closed in 1961. In the year that followed the merger, profits fell.", "2027-10-21")
    assert "the year that followed" not in tx


def test_a_reported_part_of_last_year_moves_no_story() -> None:
    tx = _tx("The bakery chain, founded in 1961 as one shop, reported a fall in sales in the final quarter of last year. Its "
             "chief executive, who took over two years ago, will leave in May.", "2026-02-10")
    _check(tx["two years ago"], "2024", "2024-01-01", "2025-01-01", Grain.YEAR)


# 7. news: a dateline's day with no year ("KILCOOLE, Ireland, Dec. 29 —") is on or before publication, whatever the tense
@pytest.mark.parametrize("text, date, value", [
    ("KILCOOLE, Ireland, Dec. 29 — The ferry company said it would cut fares.", "Dec. 29", "2028-12-29"),
    ("Fares Cut\n\nBELFAST, Jan. 3 (Reuters) - The ferry company will cut fares on Jan. 9.", "Jan. 3", "2029-01-03"),
    ("BELFAST, Jan. 4 - The ferry company said it would cut fares in the spring.", "Jan. 4", "2029-01-04"),
])
def test_a_dateline_day_is_on_or_before_publication(text: str, date: str, value: str) -> None:
    tx = _tx(text, "2029-01-04")
    day = dt.date.fromisoformat(value)
    _check(tx[date], value, value, (day + dt.timedelta(days=1)).isoformat(), Grain.DAY)


def test_a_day_outside_a_dateline_keeps_its_tense() -> None:
    tx = _tx("Fares Cut\n\nBELFAST, Jan. 3 (Reuters) - The ferry company will cut fares on Jan. 9.", "2029-01-04")
    _check(tx["Jan. 9"], "2029-01-09", "2029-01-09", "2029-01-10", Grain.DAY)
    tx = _tx("The ferry company said on Friday that it would cut fares from Jan. 2 - the first cut in years.", "2029-01-04")
    assert tx["Jan. 2"].value == "2030-01-02"


# 8. news: "the new season" after a lead of what is ahead ("for") or in a clause told ahead is the coming one
@pytest.mark.parametrize("text", [
    "Carrick United have signed the midfielder Tom Reilly for the new season, the club said on Tuesday.",
    "Carrick United open the new season at home to Ballymena on August 5.",
    "Carrick United will begin the new season without their captain.",
])
def test_the_new_season_ahead_is_the_coming_one(text: str) -> None:
    t = _tx(text, "2028-06-14")["the new season"]
    assert t.value == "FUTURE_REF" and (t.earliest, t.latest) == (_d("2028-06-14"), _d("2029-06-15"))


def test_the_new_season_under_way_stays_present() -> None:
    for text in ("Carrick United are top of the table after a strong start to the new season.",
                 "Carrick United have made a strong start to the new season."):
        assert _tx(text, "2028-11-14")["the new season"].value == "PRESENT_REF"


def test_the_next_day_after_a_past_perfect_look_back_is_after_the_sentence_before_it() -> None:
    t = _tx("A farmer found the bell last month in a shed he had cleared years earlier, and he called the police the next day.",
            "2028-03-17")["the next day"]
    _check(t, "2028-02-XX", "2028-02-02", "2028-03-02", Grain.DAY)
