"""Narrative mode, session 43 (helper narr): focused cases of the kinds of error that fresh short histories (written and
valued by hand before the tagger was run on them: bench/histories-s43narr) showed. Own sentences."""

from __future__ import annotations

import timeline
from _timelines import story_values  # expression -> value, told on 1 Dec 2026 (narrative mode unless asked)


def test_deictic_days_in_a_dated_letter() -> None:
    # "Last night", "this morning", "Today" said in a letter written on a day told: counted from that day (were
    # XXXX-XX-XXTNI, XXXX-XX-XXTMO, XXXX-XX-XX), in a later sentence of the quotation too; the story stays on that day
    values = story_values('The mill was besieged on 3 May 1811. On the 7th the overseer wrote to his master: "Last night the '
                          'men broke two frames, and this morning they came back with torches. Today all is quiet." The '
                          'troops arrived the next day.')
    assert (values.get("Last night"), values.get("this morning"), values.get("Today")) == ("1811-05-06TNI", "1811-05-07TMO", "1811-05-07")
    assert values.get("the next day") == "1811-05-08"


def test_deictic_days_in_a_letter_ahead() -> None:
    # present and future tense in the letter: "tonight", "tomorrow morning" from the letter's day
    values = story_values('On 2 June 1850 she wrote from Dover: "We sail tonight, and tomorrow morning we shall be in Calais."')
    assert (values.get("tonight"), values.get("tomorrow morning")) == ("1850-06-02TNI", "1850-06-03TMO")


def test_deictic_day_in_an_undated_quotation_stays_unknown() -> None:
    # negative: a quotation whose saying is not dated to a day keeps its day unknown, as histories (TIMEX2) write it
    values = story_values('The siege began in 1811. The colonel asked, "What did you see last night?"')
    assert values.get("last night") == "XXXX-XX-XXTNI"


def test_deictic_day_in_news_unchanged() -> None:
    # negative: news reads a quoted "this morning" from the publication day
    tagged = timeline.tag('The mayor said: "This morning the water came in."', "2026-03-09")
    assert [t.value for t in tagged.timexes] == ["2026-03-09TMO"]


def test_academic_year_noun_first() -> None:
    # "the academic year 1899-1900": the year it ends in, as "the 1899-1900 academic year" (was 1899 and 1900 apart)
    values = story_values("She went up to Girton in 1897. In the academic year 1899-1900 she was placed among the wranglers, "
                          "and in the following academic year she lectured.")
    assert values.get("the academic year 1899-1900") == "1900"
    assert values.get("1899") is None and values.get("1900") is None


def test_school_year_present_and_future() -> None:
    assert timeline.tag("Enrolment is falling in the school year 2025-26.", "2026-02-10").timexes[0].value == "2026"
    assert timeline.tag("The fees will rise in the academic year 2027-28.", "2026-11-30").timexes[0].value == "2028"


def test_academic_year_negatives() -> None:
    # two years not in a row, or one year, are no such period
    texts = [t.text for t in timeline.tag("The academic year 1901-03 was long.", "2026-02-10").timexes]
    assert "The academic year 1901-03" not in texts and "the academic year 1901-03" not in texts
