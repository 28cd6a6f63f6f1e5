"""Helper rec, session 28: what is tagged as a time expression and its extent, on sentences written for the purpose."""

from __future__ import annotations

import re

import timeline
from timeline.recognize.grammar import compile_grammar

DCT = "2026-12-02"  # a Wednesday


def _tags(text: str, reference: str = DCT) -> list[tuple[str, str]]:
    """(extent, value) of every time expression, in text order."""
    return [(t.text, t.value) for t in timeline.tag(text, reference_time=reference).timexes]


def test_a_part_of_day_before_on_and_a_day_is_two_expressions() -> None:
    # prepositions stay outside an extent, as for a clock time ("[7 p.m.] on [Sunday]"); the part is dated by the day
    assert _tags("Polls close at midnight on Sunday.") == [("midnight", "2026-12-06T24:00"), ("Sunday", "2026-12-06")]
    assert _tags("The deadline is noon on Friday.") == [("noon", "2026-12-04T12:00"), ("Friday", "2026-12-04")]
    assert _tags("Troops moved in at dawn on Tuesday.") == [("dawn", "2026-12-01TMO"), ("Tuesday", "2026-12-01")]
    assert _tags("The strike begins at 6 a.m. on Monday.") == [("6 a.m.", "2026-12-07T06:00"), ("Monday", "2026-12-07")]
    # a hedged part, late at night, overnight: the same
    assert _tags("The dam burst shortly after midnight on Sunday.") == [("shortly after midnight", "2026-11-28T24:00"), ("Sunday", "2026-11-29")]
    assert _tags("Smoke was seen late at night on Thursday.") == [("late at night", "2026-11-26TNI"), ("Thursday", "2026-11-26")]
    assert _tags("Heavy rain fell overnight on Sunday.") == [("overnight", "2026-11-29TNI"), ("Sunday", "2026-11-29")]


def test_a_part_of_day_right_before_its_day_is_one_expression() -> None:
    # no preposition between: one expression, as TimeBank's "9 a.m. Tuesday"
    assert _tags("The vote ends at noon Friday, and the count starts at midnight Saturday.") == [
        ("noon Friday", "2026-12-04T12:00"), ("midnight Saturday", "2026-12-05T24:00")]
    assert _tags("Heavy rain fell overnight Sunday.") == [("overnight Sunday", "2026-11-29TNI")]


def test_last_month_before_a_verbs_of() -> None:
    # "told staff last month of a cutback": the "of" is the verb's (was untagged)
    assert _tags("The firm told staff last month of a cutback in jobs.") == [("last month", "2026-11")]
    assert _tags("The mayor warned residents last week of a rise in fees.") == [("last week", "2026-W48")]
    # after a determiner or a possessive it is the ordinal "last" ("the last month of the war"): untagged
    assert _tags("Troops left in the last month of the war.") == []
    assert _tags("She spent her last week of leave abroad.") == []
    assert _tags("It was the company's last quarter of growth.") == []


def test_a_conditional_on_a_group_compiles_in_the_combined_alternation() -> None:
    # rule groups are renamed per rule in the shared alternation; a conditional "(?(the)...)" must be renamed with them
    grammar = compile_grammar("en")
    index = grammar.rule_names.index("relative_unit")
    assert "(?(" in grammar.patterns[index]
    compiled = re.compile(grammar.combined_pattern(tuple(range(len(grammar.rule_names)))))
    assert compiled.groups > 0
    # and a text whose words try the rule in the combined matcher tags it
    text = ("Bombings this month of two embassies shook the region. Ministers met on Tuesday. "
            "In the last month of the war, troops left. Sales rose last month.")
    assert [t.text for t in timeline.tag(text, reference_time=DCT).timexes] == ["this month", "Tuesday", "last month"]


def test_took_over_before_an_offset_is_a_particle() -> None:
    # "took over three years ago": the verb's particle, not "more than" (was "over three years ago")
    assert _tags("The chief executive, who took over three years ago, said profits would rise.") == [("three years ago", "2023")]
    assert _tags("Control of the airport was handed over six months ago.") == [("six months ago", "2026-06")]
    assert [t for t, _ in _tags("She joined the firm in 2010 and took over three years later.")] == ["2010", "three years"]
    # the hedge where no offset follows, or after a verb that takes no "over"
    assert _tags("The building took over three years to finish.") == [("over three years", "P3Y")]
    assert [t for t, _ in _tags("The plant closed over two years ago.")] == ["over two years ago"]
    assert [t for t, _ in _tags("The deal was signed over a decade ago.")] == ["over a decade ago"]


def test_a_part_of_a_unit_ago() -> None:
    # "a quarter of a century ago": 25 years back (was "a century ago", value 19)
    assert _tags("The bridge opened a quarter of a century ago.") == [("a quarter of a century ago", "2001")]
    assert _tags("The plant was sold a quarter-century ago.") == [("a quarter-century ago", "2001")]
    assert _tags("The levee broke three quarters of a century ago.") == [("three quarters of a century ago", "1951")]
    assert _tags("The alarm went off a quarter of an hour ago.", "2026-12-02T10:00") == [("a quarter of an hour ago", "2026-12-02T09:45")]
    # a part written as a number: in the unit below, as "half a century ago" (were days)
    assert _tags("The dam was built a half-century ago.") == [("a half-century ago", "1976")]
    assert _tags("Prices peaked 1.5 years ago.") == [("1.5 years ago", "2025-06")]
    assert _tags("Its builder retired half a century ago.") == [("half a century ago", "1976")]


def test_a_bare_last_hour_of_a_clock_range() -> None:
    # "from 6pm to 9": the end is the first 9 after the start, 21:00 (was untagged)
    assert _tags("The library will be open from 6pm to 9 on Thursday.") == [
        ("6pm", "2026-12-03T18:00"), ("9", "2026-12-03T21:00"), ("Thursday", "2026-12-03")]
    # after an evening start a small hour is the next day's; "till", a minute, and a sentence's end
    assert _tags("The road will close between 10pm and 5 on Friday.")[1] == ("5", "2026-12-05T05:00")
    assert _tags("The bar is open from 11 a.m. till 2:30 on Sunday.")[1] == ("2:30", "2026-12-06T14:30")
    assert [t for t, _ in _tags("Voting runs from 7 a.m. until 10.")] == ["7 a.m.", "10"]
    # not a count after a clock time, nor a range of two counts
    assert [t for t, _ in _tags("The score went from 3pm to 4 points.")] == ["3pm"]
    assert _tags("They cut the team from 12 to 9 players.") == []


def test_a_range_start_before_a_dotted_end() -> None:
    # "from 9 to 5.30pm": the start hour is the range's (was untagged)
    assert _tags("The shop is open from 9 to 5.30pm on Saturday.") == [
        ("9", "2026-12-05T09:00"), ("5.30pm", "2026-12-05T17:30"), ("Saturday", "2026-12-05")]


def test_counted_weekends_are_a_length() -> None:
    # "three weekends": a length of that many weekends' days, as TimeBank's "the weekend" P2D (was untagged)
    assert _tags("The festival runs over three weekends in June.")[0] == ("three weekends", "P6D")
    assert _tags("Repairs will take two weekends.") == [("two weekends", "P4D")]
    assert [t for t, _ in _tags("Traders lost several weekends of trade to the floods.")] == ["several weekends"]
    # one weekend, or weekends as a habit, as before
    assert _tags("She spent a weekend in Paris.") == []
    assert [(t, v) for t, v in _tags("He works weekends.")] == [("weekends", "XXXX-WXX-WE")]


def test_a_night_or_day_before_a_noun_is_no_length() -> None:
    # "a night boat", "a day nursery": the unit begins a compound noun (lexicon unit_compounds)
    assert _tags("A night boat leaves the harbour for the island.") == []
    assert _tags("Soldiers carried out a night raid near the border.") == []
    # a night or a day that is a length stays one
    assert _tags("The crew stayed a night in the boat.") == [("a night", "P1D")]


def test_weekday_week_after_more_prepositions() -> None:
    # British "Tuesday week" after "for", "by" as after "on": a week after the coming Tuesday (was the coming one)
    assert _tags("The next talks are set for Tuesday week.") == [("Tuesday week", "2026-12-15")]
    assert _tags("Bids must arrive by Friday week, the council said.") == [("Friday week", "2026-12-11")]
    assert _tags("The strike will start on Friday week.") == [("Friday week", "2026-12-11")]
    # not a noun after it
    assert [t for t, _ in _tags("He worked a Monday week shift.")] == ["Monday"]


def test_years_written_with_a_slash_are_a_range() -> None:
    # "2025/26": the two ends, as "2025-26" (was "2025" alone)
    assert _tags("Sales in 2025/26 rose 4 percent.") == [("2025", "2025"), ("26", "2026")]
    assert _tags("Exports grew in 1999/2000, the ministry said.") == [("1999", "1999"), ("2000", "2000")]
    assert _tags("The budget for 2027-28 was approved.") == [("2027", "2027"), ("28", "2028")]
