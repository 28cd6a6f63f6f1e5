"""Time-expression values on news phrasing (sixteenth session, values helper): sentences written for these tests."""

from __future__ import annotations

import pytest

from timeline.tagger import tag

WEDNESDAY = "2026-12-02"  # the publication date of most cases: a Wednesday


def _values(text: str, dct: str = WEDNESDAY, mode: str = "news") -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct, mode=mode).timexes}


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a weekday that opens the sentence as the subject of a present verb of a programme: that day or the one ahead
        ("Friday kicks off the holiday shopping season.", "Friday", "2026-12-04"),
        ("Sunday opens a week of events in the old town.", "Sunday", "2026-12-06"),
        ("Thursday begins a three-day summit of the bloc's leaders.", "Thursday", "2026-12-03"),
        ("Saturday ends the group stage of the cup.", "Saturday", "2026-12-05"),
        ("Monday is a public holiday in the province.", "Monday", "2026-12-07"),
        # the past stays past; a noun after the time is no verb
        ("Monday brought fresh clashes in the capital.", "Monday", "2026-11-30"),
        ("Tuesday was the deadline for bids.", "Tuesday", "2026-12-01"),
        ("Tuesday saw heavy fighting in the north.", "Tuesday", "2026-12-01"),
    ],
)
def test_weekday_subject_of_a_present_verb(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # "plan" right before the time's preposition, after a verb: a noun, the verb before it is the clause's
        ("The council adopted a revised plan on Friday.", "Friday", "2026-11-27"),
        ("The city released its budget plan on Friday.", "Friday", "2026-11-27"),
        ("Ministers discussed the rescue plan on Monday.", "Monday", "2026-11-30"),
        # the verb "plan" still looks ahead
        ("The union plans a strike on Friday.", "Friday", "2026-12-04"),
        ("The firm plans for a launch in June.", "June", "2027-06"),
        ("Protesters plan on Saturday to march to the capital.", "Saturday", "2026-12-05"),
        ("The union unveiled plans for a rally on Saturday.", "Saturday", "2026-12-05"),
    ],
)
def test_the_noun_plan_is_no_future_cue(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    "text,dct,first,second",
    [
        # a past range of weekdays that ends today is this week's (it was moved a week back)
        ("Snow fell Monday through Wednesday.", WEDNESDAY, ("Monday", "2026-11-30"), ("Wednesday", "2026-12-02")),
        ("Snow fell overnight Monday through Wednesday.", WEDNESDAY, ("overnight Monday", "2026-11-30TNI"), ("Wednesday", "2026-12-02")),
        ("The strike lasted from Monday until Wednesday.", WEDNESDAY, ("Monday", "2026-11-30"), ("Wednesday", "2026-12-02")),
        # ... a range whose end is still ahead is last week's
        ("The festival ran from Monday to Friday.", WEDNESDAY, ("Monday", "2026-11-23"), ("Friday", "2026-11-27")),
    ],
)
def test_past_weekday_range_ending_today(text: str, dct: str, first: tuple[str, str], second: tuple[str, str]) -> None:
    values = _values(text, dct)
    assert values[first[0]] == first[1]
    assert values[second[0]] == second[1]


@pytest.mark.parametrize(
    "text,years",
    [
        # a range of early years in news: both ends are years
        ("The guide says the walls were built from 1380 to 1420.", ["1380", "1420"]),
        ("The bridge was built between 1380 and 1420, the guide says.", ["1380", "1420"]),
        ("The tower went up in 1380-1420, records show.", ["1380", "1420"]),
    ],
)
def test_early_year_range_in_news(text: str, years: list[str]) -> None:
    values = _values(text)
    assert [values.get(y) for y in years] == years


@pytest.mark.parametrize(
    "text",
    [
        # amounts: after a word of change and "from", after "between" with no range of years
        "Sales grew from 1380 to 1420.",
        "The price rose from 1200 to 1250, traders said.",
        "Membership is up from 1450.",
        "Estimates of the crowd range between 1200 and 1500 people.",
    ],
)
def test_amount_ranges_are_no_years_in_news(text: str) -> None:
    assert _values(text) == {}


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        ("Fireworks lit up the sky on July Fourth.", "2026-07-06", "July Fourth", "2026-07-04"),
        ("The parade will be held on July Fourth.", "2026-06-20", "July Fourth", "2026-07-04"),
    ],
)
def test_holidays(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a past participle that opens the sentence has its own time, before now, whatever the main verb says
        ("Asked on Tuesday whether he would resign, the minister said no.", "Tuesday", "2026-12-01"),
        ("Arrested on Sunday, the man will appear in court on Thursday.", "Sunday", "2026-11-29"),
        ("Interviewed on Monday, the coach said he would stay.", "Monday", "2026-11-30"),
        # ... not a plan's or an expectation's word, nor a name
        ("Scheduled for Friday, the vote will decide the issue.", "Friday", "2026-12-04"),
        ("Expected on Thursday, the report will show a rise.", "Thursday", "2026-12-03"),
        ("Delayed until Monday, the launch will go ahead.", "Monday", "2026-12-07"),
        ("Intended for Monday, the broadcast will air live.", "Monday", "2026-12-07"),
        ("Mildred will visit on Sunday.", "Sunday", "2026-12-06"),
    ],
)
def test_opening_participle_is_past(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # present verbs of a programme: a scheduled event, ahead of now
        ("The inquiry publishes its findings on Thursday.", "Thursday", "2026-12-03"),
        ("Leaders gather in Brussels on Thursday.", "Thursday", "2026-12-03"),
        ("The anniversary falls on Saturday.", "Saturday", "2026-12-05"),
        ("The jobs report for November comes out on Friday.", "Friday", "2026-12-04"),
        ("The band performs in Berlin on Friday.", "Friday", "2026-12-04"),
        ("Union members decide on the offer on Tuesday.", "Tuesday", "2026-12-08"),
        # what is awaited lies ahead
        ("Investors await the central bank's decision on Thursday.", "Thursday", "2026-12-03"),
        # the past forms stay past
        ("The verdict came on Friday.", "Friday", "2026-11-27"),
        ("Leaders gathered in Brussels on Thursday.", "Thursday", "2026-11-26"),
    ],
)
def test_scheduled_present_verbs(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a bare morning after the story's night is the next morning; after a night, an afternoon too
        ("Snow fell overnight and into the morning.", "the morning", "2026-12-02TMO"),
        ("The protest lasted through Saturday night. In the morning, police cleared the square.", "the morning", "2026-11-29TMO"),
        ("Heavy rain fell overnight. By the afternoon, rivers had burst their banks.", "the afternoon", "2026-12-02TAF"),
        ("The storm will hit tonight and last into the morning.", "the morning", "2026-12-03TMO"),
        # ... not after a morning, not after an evening for an afternoon, not "that morning"
        ("The march began on Saturday morning. By the afternoon, thousands had joined.", "the afternoon", "2026-11-28TAF"),
        ("The talks went on into Tuesday evening. By the afternoon the sides had left.", "the afternoon", "2026-12-01TAF"),
        ("The fire broke out on Monday night. That morning, a warning had been issued.", "That morning", "2026-11-30TMO"),
    ],
)
def test_part_of_day_after_a_night(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    "text,dct,first,second",
    [
        # a range of holidays put in order moves a movable holiday to its day in the other year (Thanksgiving 2025 was
        # Nov. 27, Easter 2027 is March 28), not the same date a year away
        ("Sales rose between Thanksgiving and Christmas.", "2026-12-02", ("Thanksgiving", "2025-11-27"), ("Christmas", "2025-12-25")),
        ("The market will be closed between Christmas and Easter.", "2026-03-20", ("Christmas", "2026-12-25"), ("Easter", "2027-03-28")),
    ],
)
def test_holiday_range_in_order(text: str, dct: str, first: tuple[str, str], second: tuple[str, str]) -> None:
    values = _values(text, dct)
    assert (values[first[0]], values[second[0]]) == (first[1], second[1])


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # spans of an unknown number of units ahead of now, as "the coming weeks"
        ("Prices will rise in the weeks to come.", "the weeks to come", "PXW"),
        ("The effects will be felt for years to come.", "years to come", "PXY"),
        ("More details will emerge in the days to come.", "the days to come", "PXD"),
        ("Forecasters warned of more storms in the days ahead.", "the days ahead", "PXD"),
        ("The storm will strengthen in the coming hours.", "the coming hours", "PTXH"),
        ("Rescuers will keep searching in the hours ahead.", "the hours ahead", "PTXH"),
    ],
)
def test_spans_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_span_ahead_bounds() -> None:
    # "the days to come" said on Dec. 2: from now to two weeks ahead, as "the coming days"
    (t,) = tag("More details will emerge in the days to come.", WEDNESDAY).timexes
    assert t.earliest is not None and t.latest is not None
    assert (t.earliest.isoformat(), t.latest.isoformat()) == ("2026-12-02T00:00:00", "2026-12-17T00:00:00")


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        ("The minister returns to Brussels on Monday.", "2026-09-15", "Monday", "2026-09-21"),
        ("The team returns home on Saturday.", "2026-09-15", "Saturday", "2026-09-19"),
        ("The champion returned home on Saturday.", "2026-09-15", "Saturday", "2026-09-12"),
    ],
)
def test_returns_is_scheduled(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # getting ready for something: it lies ahead
        ("Police are preparing for Sunday's march.", "Sunday", "2026-12-06"),
        ("Residents are bracing for Friday's storm.", "Friday", "2026-12-04"),
        ("The city is gearing up for Saturday's parade.", "Saturday", "2026-12-05"),
        # ... a past form of another verb stays past
        ("Police prepared for Sunday's march by closing roads.", "Sunday", "2026-11-29"),
    ],
)
def test_getting_ready_looks_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a programme verb that is never a noun stays a verb after "in a decade", "in the region"
        ("The band's first album in a decade comes out on Friday.", "Friday", "2026-12-04"),
        ("The first vote in a decade comes on Sunday.", "Sunday", "2026-12-06"),
    ],
)
def test_scheduled_verb_after_a_prepositional_phrase(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value
