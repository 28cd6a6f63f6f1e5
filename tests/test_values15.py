"""Time-expression values (issue: TempEval-3 value F1, fifteenth session): sentences written for these tests."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct).timexes}


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # an event put in a quarter by a future clause lies in a quarter not over yet ...
        ("Orders will pick up in the fourth quarter, the chairman said.", "2027-03-16", "the fourth quarter", "2027-Q4"),
        ("The shipyard is expected to deliver the hull during the third quarter.", "2026-12-01", "the third quarter", "2027-Q3"),
        # ... the one just ended while its figures are still coming out (weeks after its end) ...
        ("The brewer is expected to post a loss in the third quarter.", "2026-10-12", "the third quarter", "2026-Q3"),
        # ... or when its figures are named, however long after
        ("The miner will publish fourth-quarter results next week.", "2027-03-16", "fourth-quarter", "2026-Q4"),
        ("Analysts expect the miner to report a loss for the fourth quarter.", "2027-03-16", "the fourth quarter", "2026-Q4"),
        # a quarter under way is that one
        ("The plant will restart in the first quarter.", "2027-03-16", "the first quarter", "2027-Q1"),
    ],
)
def test_quarter_ahead(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # a clause opening with a participle after a comma has no tense of its own: the verb before the comma gives it,
        # as strongly as in its own clause (a month eight months back is not traded for the one four months ahead)
        ("Rents climbed steeply, hitting a record in February.", "2026-10-20", "February", "2026-02"),
        ("The museum reopened, drawing record crowds in January.", "2026-10-20", "January", "2026-01"),
        ("Prices swung widely, peaking in June and bottoming out in February.", "2026-10-20", "February", "2026-02"),
        # ... and looks ahead after a future verb
        ("The ferry line will expand, adding a route to the islands in March.", "2026-10-20", "March", "2027-03"),
        # a participle clause with a verb of its own keeps that one's tense
        ("Traders sold, fearing the bank would cut rates in March.", "2026-10-20", "March", "2027-03"),
    ],
)
def test_participle_clause_takes_the_tense_before_its_comma(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # a weekday after a week named in its sentence is that week's day ...
        ("Next week, the board will meet on Thursday.", "2027-01-12", "Thursday", "2027-01-21"),
        # ... unless the verb right next to it puts it on the other side of today
        ("Ferries expect their busiest Easter week yet, with 40,000 riders carried on Sunday alone.", "2027-03-23", "Sunday", "2027-03-21"),
        ("This week, the board will meet on Monday.", "2027-01-12", "Monday", "2027-01-18"),
    ],
)
def test_weekday_in_a_named_week_and_its_verb(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # a date set for something ("a start date in November") lies after the setting, either side of now: the closest ...
        ("The defence had asked for a start date in November.", "2026-09-04", "November", "2026-11"),
        ("The studio had announced a release date of Dec. 4.", "2026-10-01", "Dec. 4", "2026-12-04"),
        # ... which may be behind
        ("The builder missed its completion date in March.", "2026-09-04", "March", "2026-03"),
        # without a date noun, a past clause keeps its time behind
        ("The defence had asked for a delay in November.", "2026-09-04", "November", "2025-11"),
    ],
)
def test_date_set_for_something(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # an "-ed" form after a determiner or "and", with no verb's follower, may be an adjective ("a revised plan",
        # "and reduced service"): a sure cue elsewhere in the sentence says which way
        ("The council will vote on the revised budget on Friday.", "2026-11-04", "Friday", "2026-11-06"),
        ("Riders should expect no trains on Monday, and reduced service on Friday morning.", "2026-11-04", "Friday morning", "2026-11-06TMO"),
        # with no other cue it still counts as a (weak) past
        ("The agency's revised figures on Monday surprised no one.", "2026-11-04", "Monday", "2026-11-02"),
        # a past verb elsewhere keeps the day behind
        ("The council adopted a revised budget on Friday.", "2026-11-04", "Friday", "2026-10-30"),
    ],
)
def test_adjective_in_ed_gives_way_to_a_sure_cue(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


def test_four_digits_before_local_time() -> None:
    """ "at 2000 local time" is a clock time (as "at 2000 GMT" is); "in 2000" stays a year."""
    assert _values("Polls closed at 2000 local time on Sunday.", "2026-03-04")["2000 local time"] == "2026-03-01T20:00"
    assert _values("In 2000 local time zones across the region were redrawn.", "2026-03-04")["2000"] == "2000"


@pytest.mark.parametrize(
    "text,dct,start,end",
    [
        # "from Monday to Friday" is a range (its start no point of comparison, as "rose from $3"): the end counts from the start
        ("The fair will run from Monday until Friday.", "2027-04-14", "2027-04-19", "2027-04-23"),
        ("The fair runs from Monday to Friday.", "2027-04-14", "2027-04-12", "2027-04-16"),
        # a past clause's range whose end came out ahead of now is the week before's
        ("The fair ran from Monday to Friday.", "2027-04-14", "2027-04-05", "2027-04-09"),
        ("The walkout lasted Tuesday through Thursday.", "2027-04-14", "2027-04-06", "2027-04-08"),
        # ... and one already over stays
        ("The walkout lasted from Monday to Tuesday.", "2027-04-14", "2027-04-12", "2027-04-13"),
    ],
)
def test_weekday_range(text: str, dct: str, start: str, end: str) -> None:
    values = [t.value for t in tag(text, dct).timexes]
    assert values == [start, end]


def test_weekday_after_a_far_date_in_a_range_counts_from_today() -> None:
    """ "bought from Sept. 14 to Thursday": the weekday is the last one, not the first Thursday after Sept. 14."""
    assert _values("The fund bought shares from Sept. 14 to Thursday.", "2026-10-30")["Thursday"] == "2026-10-29"


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # said in December, the winter under way is the one ending next year: "next winter" is the one after it (this raised
        # ValueError and lost the whole document)
        ("Heating costs will climb next winter.", "2027-12-15", "next winter", "2029-WI"),
        ("The ski lift will reopen this winter.", "2027-12-15", "this winter", "2028-WI"),
        ("Heating costs climbed last winter.", "2027-12-15", "last winter", "2027-WI"),
    ],
)
def test_season_said_in_december(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


def test_and_joins_lengths_only_after_between() -> None:
    """ "between two and three years" tags both lengths ("[two] and [three years]", as "[two] to [three years]"); "terms of
    five and seven years" is no range: "five" alone is no length."""
    assert _values("The works will last between two and three years.", "2026-03-04")["two"] == "P2Y"
    assert "five" not in _values("The judge handed down terms of five and seven years.", "2026-03-04")
