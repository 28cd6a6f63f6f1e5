"""Helper rec, session 34: what is tagged and its extent: a day of the month written as an ordinal word alone ("on the
fifteenth"), the British "a week today", a school (academic) year, and names and idioms holding time words ("the Mail on
Sunday", "that day-to-day"), on sentences written for the purpose."""

from __future__ import annotations

import timeline

DCT = "2026-12-05"  # a Saturday


def _tags(text: str, reference: str = DCT, mode: str = "news") -> list[tuple[str, str]]:
    """(extent, value) of every time expression, in text order."""
    return [(t.text, t.value) for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def test_a_spelled_day_alone_is_a_day_of_the_month() -> None:
    """ "on the fifteenth", "until the twenty-second": a day of the story's month, as "the 15th" (were untagged, and
    "twenty-second" a length of twenty seconds)."""
    assert _tags("The museum will reopen on the fifteenth after repairs to the roof.") == [("the fifteenth", "2026-12-15")]
    assert _tags("The hearing was adjourned until the twenty-second.") == [("the twenty-second", "2026-12-22")]
    assert _tags("The town fell in May 1453. On the twenty-ninth the walls were breached.", mode="narrative") == [
        ("May 1453", "1453-05"), ("the twenty-ninth", "1453-05-29")]


def test_a_spelled_day_that_counts_or_tells_since_when_is_no_day() -> None:
    """The ordinal before a noun or "of" counts ("on the second ballot", "the second of the two bombs"); after "from" it is a
    day only before a range's link ("from the eighth to the tenth"; "from the first," tells since when)."""
    assert _tags("He won on the second ballot after two rivals withdrew.") == []
    assert _tags("The second of the two bombs failed to explode.") == []
    assert _tags("She had opposed the merger from the first, her aide said.") == []
    assert _tags("Voting will run from the eighth to the tenth.", reference="2026-12-01")[0] == ("the eighth", "2026-12-08")


def test_a_part_of_a_spelled_day_before_a_new_clause() -> None:
    """ "on the morning of the twelfth the garrison surrendered": a determiner after the day ends its phrase (was untagged)."""
    assert _tags("The siege began in March 1645, and on the morning of the twelfth the garrison surrendered.",
                 mode="narrative")[-1] == ("the morning of the twelfth", "1645-03-12TMO")


def test_a_week_today_is_one_date() -> None:
    """British "a week today", "a fortnight tomorrow": that long after the day, one date (was "a week" P1W and "today")."""
    assert _tags("The jury will return a week today, the judge said.") == [("a week today", "2026-12-12")]
    assert _tags("The new line opens a fortnight tomorrow.") == [("a fortnight tomorrow", "2026-12-20")]


def test_a_school_year_is_tagged_as_a_fiscal_year() -> None:
    """ "the school year", "the start of the next academic year", "the end of the school year": tagged as the fiscal year
    (its calendar year, a known limit; were untagged or "the school year" alone)."""
    assert _tags("Teachers said the school year had been the hardest yet.") == [("the school year", "2026")]
    assert _tags("Ministers want the scheme in place by the start of the next academic year.") == [
        ("the start of the next academic year", "2027")]
    assert _tags("The bridge will open before the end of the school year.") == [("the end of the school year", "2026")]
    assert _tags("The school year-round programme was cut.") == []


def test_names_and_idioms_holding_time_words() -> None:
    """Names of papers and programmes, matched as written ("the Mail on Sunday", "the Today programme", "Saturday Night
    Live") and idioms ("built in a day", "that day-to-day": a match ending inside one) are no time; lower case they are."""
    assert _tags("The claim was first reported by the Mail on Sunday.") == []
    assert _tags("The minister was interviewed on the Today programme.") == []
    assert _tags("The host of Saturday Night Live defended the sketch.") == []
    assert _tags("Rome was not built in a day, the coach told reporters.") == []
    assert _tags("The survey found that day-to-day running costs had doubled.") == []
    assert _tags("She sent the mail on Sunday.") == [("Sunday", "2026-11-29")]


def test_a_month_that_is_a_first_name() -> None:
    """ "April Jones", "June Lee": a bare month that is also a first name, before a capitalised word with no date word before
    it, is a person (was the month); "In April Congress voted", "in August Ostrin resigned" stay months."""
    assert _tags("April Jones, the founder of the charity, spoke at the rally.") == []
    assert _tags("Summer Wells and June Lee were named joint winners.") == []
    assert _tags("In April Congress passed the bill.") == [("April", "2026-04")]
    assert _tags("Sales fell, and in August Ostrin resigned.") == [("August", "2026-08")]


def test_an_elided_ordinal_after_a_weekday_and_comma_is_no_day() -> None:
    """ "arrived on Thursday, the second on Friday": the ordinal counts trains, not a day (was "Thursday, the second", the
    2nd); "on Sunday, the thirteenth, officials said" stays one day."""
    assert _tags("The first of the new trains arrived on Thursday, the second on Friday.") == [
        ("Thursday", "2026-12-03"), ("Friday", "2026-12-04")]
    assert _tags("The vote is on Sunday, the thirteenth, officials said.") == [("Sunday, the thirteenth", "2026-12-13")]


def test_from_a_spelled_day_and_a_conjunction_after_it() -> None:
    """ "from the twelfth," is a day ("from the first," is not: see above); a conjunction after the day ends its phrase
    ("until the sixth because of the storm")."""
    assert _tags("Rail services will be cut by half from the twelfth, the operator said.") == [("the twelfth", "2026-12-12")]
    assert [t for t, _ in _tags("The port was closed from the fourth until the sixth because of the storm.")] == [
        "the fourth", "the sixth"]


def test_an_ordinal_word_after_after_counts_again() -> None:
    """ "struck two hours after the first, but": the first quake counted again, no day (after "after", "before", "since")."""
    assert _tags("A second quake struck two hours after the first, but caused no damage.") == [("two hours", "PT2H")]
    assert _tags("The museum will reopen on the fifteenth.") == [("the fifteenth", "2026-12-15")]
