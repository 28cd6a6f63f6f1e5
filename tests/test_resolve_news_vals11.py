"""News values on unseen text (issue 12, eleventh session): sentences written for these tests."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct).timexes}


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # the end of a yearless range is put in its start's year after the story recorded it: what counts from it follows
        ("A hearing is set for Sept. 17-18. Aides said a deal could come the next day.", "the next day", "2026-09-19"),
        ("Talks are planned for Oct. 5-6 in Geneva, and a vote could follow the next day.", "the next day", "2026-10-07"),
    ],
)
def test_an_anaphor_counts_from_a_range_end_as_finally_read(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-03-03")[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # past a comma, a form read as past only from its "-ed" is a participle phrase, not the clause's verb
        ("The mayor will cut the ribbon on Thursday, followed by a parade through the old town.", "Thursday", "2026-10-22"),
        ("The team will hold a vote on Friday, accompanied by a review of the budget.", "Friday", "2026-10-23"),
        # ... a reporting verb there still is ("Tuesday, police said")
        ("The fire started on Thursday, police said.", "Thursday", "2026-10-15"),
        # "and" before an auxiliary opens a verb with a tense of its own
        ("The bank reported results on Tuesday and will hold a call with investors on Friday.", "Tuesday", "2026-10-20"),
        ("The bank posted results on Tuesday and will hold a call with investors on Friday.", "Friday", "2026-10-23"),
        # a past form written as the present, joined by "and" to a verb ahead, is ahead too
        ("The bank will hold rates on Nov. 6 and cut them in the spring.", "the spring", "2027-SP"),
        ("Traders expect the bank to pause in December and cut in the spring.", "the spring", "2027-SP"),
        ("The bank held rates in March and cut them in the spring.", "the spring", "2026-SP"),
        # "are planned for": a plan that stands now
        ("Talks are planned for Oct. 28 in Geneva.", "Oct. 28", "2026-10-28"),
        ("Talks are planned for Oct. 5 in Geneva.", "Oct. 5", "2027-10-05"),
    ],
)
def test_the_verb_of_its_own_clause_says_which_way(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-10-21")[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a holiday or a day written without its year takes the year of "last year" / "next year" right after it
        ("Gas prices are lower than they were at Thanksgiving last year.", "Thanksgiving", "2025-11-27"),
        # ((s59) the year word is the expression's own now: "the night of March 16 last year", rule pod_of_day)
        ("A quake of that size hit the coast on the night of March 16 last year.", "the night of March 16 last year", "2025-03-16TNI"),
        ("The fair returns at Easter next year.", "Easter", "2027-03-28"),
        # ... not a year further off in the sentence
        ("Prices rose at Thanksgiving, and they fell last year.", "Thanksgiving", "2026-11-26"),
    ],
)
def test_a_relative_year_right_after_gives_the_year(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-11-23")[expression] == value


@pytest.mark.parametrize(
    "text,expression,dct,value",
    [
        # a holiday named as the occasion something was done for is the closest one: in November the coming one
        ("Amtrak added extra trains for Christmas.", "Christmas", "2026-11-23", "2026-12-25"),
        ("Amtrak added extra trains for Christmas.", "Christmas", "2026-03-10", "2025-12-25"),
        # without "for", a past clause's holiday over a month ahead is still the last one
        ("Amtrak added extra trains at Christmas.", "Christmas", "2026-11-23", "2025-12-25"),
    ],
)
def test_a_holiday_as_the_occasion_is_the_closest(text: str, expression: str, dct: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a present form after "in the" (and a modifier) is a noun, not a scheduled event's verb
        ("The party held its seats in April and lost three in the European vote in May.", "May", "2026-05"),
        ("He lost his seat in the local vote in June.", "June", "2026-06"),
        # ... while a subject before it leaves it a verb
        ("The Senate votes on Monday.", "Monday", "2026-11-09"),
    ],
)
def test_a_scheduled_verb_or_a_noun(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-11-06")[expression] == value


@pytest.mark.parametrize(
    "text,expression,dct,value",
    [
        # a clock time that names its own day resolves before the times after it count from it
        ("Authorities imposed a curfew from 10 p.m. Tuesday until 6 a.m. the following morning.", "6 a.m.", "2026-02-11", "2026-02-11T06:00"),
        ("The attack was the worst since Jan. 5. A curfew ran from 10 p.m. Tuesday until 6 a.m. the following morning.",
         "the following morning", "2026-02-11", "2026-02-11TMO"),
        # a weekday right after a day that falls on it names that day again, whatever its clause's tense
        ("Trading was light ahead of the Labor Day holiday on Monday, when markets will be closed.", "Monday", "2026-09-04", "2026-09-07"),
        ("Stores closed early on Christmas Eve, Thursday, and reopened on Saturday.", "Thursday", "2026-12-28", "2026-12-24"),
        # ... not a weekday it does not fall on
        ("Sales rose on Sept. 1 on Friday.", "Friday", "2026-09-04", "2026-09-04"),
    ],
)
def test_the_day_next_to_a_time_first(text: str, expression: str, dct: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a clause of no verb after a comma takes the verb before the comma as its own (strong, not a far verb)
        ("The bank cut rates three times in the first half, in February, May and August.", "February", "2026-02"),
        ("The plant has been closed twice, in January and March.", "January", "2026-01"),
    ],
)
def test_a_verbless_clause_after_a_comma_takes_the_verb_before(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-09-29")[expression] == value


def test_a_phrase_of_its_own_after_a_comma_keeps_a_weak_verb() -> None:
    # "payable Dec. 7" says a date of its own: the verb before the comma is no strong cue (a date ahead within half a year stays)
    assert _values("Directors approved a stock split in May, payable Dec. 7 to holders of record.", "2026-09-29")["Dec. 7"] == "2026-12-07"


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # "followed by" opening a phrase after a comma is no past verb of the time in it: the verb before the comma says
        ("The president will sign the bill at a ceremony on Thursday, followed by a news conference at 2:30 p.m.", "2:30 p.m.", "2026-03-05T14:30"),
        ("The parade will be held on Saturday, followed by fireworks on Sunday night.", "Sunday night", "2026-03-08TNI"),
        ("The president signed the bill on Monday, followed by a news conference at 2:30 p.m.", "2:30 p.m.", "2026-03-02T14:30"),
    ],
)
def test_a_participle_phrase_after_a_comma_has_no_tense_of_its_own(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-03-03")[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # "overnight" after an afternoon or evening of the story's day is the night that follows it
        ("The signal was lowered at 4 p.m. Monday. The storm weakened overnight.", "overnight", "2026-08-10TNI"),
        ("Stocks closed lower on Monday afternoon. Overnight, Asian markets fell.", "Overnight", "2026-08-10TNI"),
        # ... after a morning the night before it, as with no day told
        ("The signal was raised at 9 a.m. Monday. The storm had weakened overnight.", "overnight", "2026-08-09TNI"),
        ("The storm weakened overnight, officials said Wednesday.", "overnight", "2026-08-11TNI"),
    ],
)
def test_overnight_after_the_story_afternoon(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-08-12")[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # "to" before an amount opens no infinitive: the verb before it is the clause's ("eased to 2.1 percent in March")
        ("Inflation eased to 2.1 percent in March from 2.4 percent in February.", "March", "2026-03"),
        ("The jobless rate climbed to 5.2 percent in April.", "April", "2026-04"),
        # a point of comparison of the period its sentence is about does not become what "the previous month" counts from
        ("Exports fell 3 percent in November from October, the data showed. They had risen 2 percent the previous month.",
         "the previous month", "2026-10"),
    ],
)
def test_amounts_and_comparisons_in_economic_reports(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-12-10")[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a reporting word with a bare noun after it is its clause's verb ("added 150,000 jobs"), not a verb further back
        ("Economists expect employers added 150,000 jobs in December after 227,000 in November.", "December", "2026-12"),
        ("Economists expect employers added 150,000 jobs in December after 227,000 in November.", "November", "2026-11"),
        # ... not when what is reported follows ("announced the plant would close")
        ("The company announced the plant would close in March.", "March", "2027-03"),
        # a month named as the period of figures is one begun already, in a clause that looks ahead
        ("Revisions to October and November data will also be closely watched.", "October", "2026-10"),
        ("Retail sales data for December are due on Jan. 15.", "December", "2026-12"),
        ("The November jobs report will be released on Friday.", "November", "2026-11"),
        # ... and a month ahead that names no figures stays ahead
        ("The store will hold a sale in March.", "March", "2027-03"),
    ],
)
def test_figures_of_a_month_in_a_preview(text: str, expression: str, value: str) -> None:
    assert _values(text, "2027-01-06")[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a participle after a verb that holds a state takes that verb's tense
        ("Lufthansa will keep its flights suspended until Oct. 31.", "Oct. 31", "2026-10-31"),
        ("The airline kept its flights suspended until Oct. 5.", "Oct. 5", "2026-10-05"),
        # a day set for a strike or a vote in a past clause lies after the call, either side of now
        ("Unions have called a strike for Nov. 12, the day before a board meeting.", "Nov. 12", "2026-11-12"),
        ("Unions called a strike for Oct. 2, the day before a board meeting.", "Oct. 2", "2026-10-02"),
    ],
)
def test_held_states_and_days_set(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-10-19")[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # the time of what someone was ordered or told to do lies after the order: the closest day
        ("Authorities ordered schools closed on Thursday and opened 300 shelters.", "Thursday", "2026-10-08"),
        ("Tourists were told to leave by noon Thursday.", "noon Thursday", "2026-10-08T12:00"),
        # ... an order's own time is not (no infinitive or participle between)
        ("Police ordered the evacuation on Monday.", "Monday", "2026-10-05"),
        ("Police ordered the evacuation on Friday.", "Friday", "2026-10-02"),
        # "than expected" is no look ahead
        ("German industrial orders fell more than expected in August.", "August", "2026-08"),
    ],
)
def test_orders_and_expectations(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-10-07")[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # past a comma only a reporting verb is the time's: the main verb after a relative clause is not
        ("The envoy, who arrived in Nairobi on Tuesday night, will stay until Monday.", "Tuesday night", "2026-08-25TNI"),
        ("The envoy, who arrived in Nairobi on Tuesday night, will stay until Monday.", "Monday", "2026-08-31"),
        ("The fire started on Thursday, officials said.", "Thursday", "2026-08-27"),
    ],
)
def test_past_a_comma_only_a_reporting_verb(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-08-28")[expression] == value
