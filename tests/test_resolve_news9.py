"""News values (issue 12, ninth session): sentences written for these tests."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct).timexes}


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # after a part of its own date, "the following <part>" is on the next date
        ("The storm hit on March 1. That afternoon, power failed. The following evening it returned.", "The following evening", "2026-03-02TEV"),
        ("The ferry left on Friday. That morning the sea was calm. The following afternoon it docked.", "The following afternoon", "2026-03-07TAF"),
        # the small hours belong to the night before: the following night is the same date's
        ("The quake struck in the early hours of Tuesday. The following night, the aftershocks began.", "The following night", "2026-03-03TNI"),
        ("Crews arrived at 11 p.m. on Friday. The following morning, the road reopened.", "The following morning", "2026-03-07TMO"),
    ],
)
def test_the_following_part_of_day_after_a_part_of_day(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-03-09")[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # what forecasters or analysts expect lies ahead, even when the day behind is closer
        ("Forecasters expect rain on Saturday.", "Saturday", "2026-12-26"),
        ("Meteorologists predict snow for Sunday.", "Sunday", "2026-12-27"),
        ("Traders anticipate a sell-off on Friday.", "Friday", "2026-12-25"),
        # a past verb of its own clause still looks back
        ("Forecasters expect that rain fell on Saturday.", "Saturday", "2026-12-19"),
    ],
)
def test_an_expectation_looks_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-12-22")[expression] == value


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # a time after a past event ("before", "leading up to") lies on either side of now: the closest
        ("Last-minute shoppers crowded the malls before Christmas.", "2026-12-22", "Christmas", "2026-12-25"),
        ("Sales surged in the days leading up to Christmas.", "2026-12-21", "Christmas", "2026-12-25"),
        ("Fans camped out on the eve of the Fourth of July.", "2026-07-02", "the Fourth of July", "2026-07-04"),
        ("Last-minute shoppers crowded the malls before Christmas.", "2026-03-09", "Christmas", "2025-12-25"),
        ("Crowds gathered before Tuesday's vote.", "2026-12-23", "Tuesday", "2026-12-22"),
        # a weekday after a past event stays behind, even when the one ahead is closer
        ("The talks ended before Thursday.", "2026-02-02", "Thursday", "2026-01-29"),
    ],
)
def test_a_time_after_a_past_event_is_the_closest(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # a month day or holiday a few days ahead, in a past clause, is that day, not the one nearly a year back
        ("Officials braced for heavy traffic on Dec. 24.", "2026-12-22", "Dec. 24", "2026-12-24"),
        ("The mayor announced on Monday that the parade on Christmas Day was canceled.", "2026-12-22", "Christmas Day", "2026-12-25"),
        # a day just behind stays behind
        ("The store was closed on Dec. 24.", "2026-12-30", "Dec. 24", "2026-12-24"),
        # a sentence that looks back a year keeps it
        ("Last year, the store was closed on Christmas Day.", "2026-12-22", "Christmas Day", "2025-12-25"),
    ],
)
def test_a_yearly_date_just_ahead_in_a_past_clause(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # a bare weekday after last, this or next week (or weekend) named in its sentence is that week's
        ("Next week, the council will vote on Tuesday.", "2026-12-22", "Tuesday", "2026-12-29"),
        ("This weekend, rain is likely on Saturday.", "2026-12-22", "Saturday", "2026-12-26"),
        ("Looking ahead to the weekend, forecasters see sun on Sunday.", "2026-12-22", "Sunday", "2026-12-27"),
        # a week further off is no such week
        ("His second letter in two weeks was published on Tuesday.", "2026-12-23", "Tuesday", "2026-12-22"),
    ],
)
def test_a_weekday_in_the_week_its_sentence_names(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # a weekday joined to the day before it: after a range's connector the first one after it,
        # in a list the one nearest it
        ("The Fed meets next Tuesday and Wednesday.", "2026-12-23", "Wednesday", "2026-12-30"),
        ("Statements were made Friday and Thursday by the lawyers.", "2026-12-23", "Thursday", "2026-12-17"),
        ("The office was shut Friday through Tuesday.", "2026-12-23", "Tuesday", "2026-12-22"),
        # "to" before a number ends no span: "rose to 448.80." is not "until" the next sentence's day
        ("The bond index rose to 448.80. Friday's volume is the highest this year.", "2026-12-23", "Friday", "2026-12-18"),
    ],
)
def test_a_weekday_joined_to_a_day(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


def _one(text: str, dct: str, expression: str):  # type: ignore[no-untyped-def]
    return next(t for t in tag(text, dct).timexes if t.text == expression)


def test_that_day_after_a_month_is_some_day_of_it() -> None:
    text = "The shop closed on Tuesday. Last October, a fire gutted its warehouse. Police made an arrest that same day."
    t = _one(text, "2026-03-09", "that same day")
    assert (t.value, t.earliest.isoformat(), t.latest.isoformat()) == ("2025-10-XX", "2025-10-01T00:00:00", "2025-11-01T00:00:00")
    # "later" narrows nothing in a day that could be any of the month's
    text = "The shop closed on Tuesday. In January, a fire gutted its warehouse. Later that day, police made an arrest."
    t = _one(text, "2026-03-09", "Later that day")
    assert (t.value, t.earliest.isoformat(), t.latest.isoformat()) == ("2026-01-XX", "2026-01-01T00:00:00", "2026-02-01T00:00:00")


@pytest.mark.parametrize(
    "text,value",
    [
        # a day named after the month stays the story's day
        ("Sales fell in January. The fire broke out on Feb. 4. That day, police made an arrest.", "2026-02-04"),
        # a month two sentences back is no longer what "that day" looks at
        ("A bomb exploded on Tuesday. Sales had fallen in January. Retail stocks were weak. That day, police made an arrest.", "2026-03-03"),
    ],
)
def test_that_day_keeps_the_story_day(text: str, value: str) -> None:
    assert _values(text, "2026-03-09")["That day"] == value


@pytest.mark.parametrize(
    "text,value",
    [
        # a present form naming a scheduled event looks ahead (a preview)
        ("Apple unveils its new phone on Wednesday.", "2026-12-30"),
        ("The central bank holds a meeting on Tuesday.", "2026-12-29"),
        ("The minister announces the budget on Wednesday.", "2026-12-30"),
        ("The team flies out Wednesday night.", "2026-12-30TNI"),
        ("The president leaves for Asia on Tuesday.", "2026-12-29"),
        # not the nouns: "filed compliance reports by Wednesday" looks back
        ("Members had filed compliance reports by Wednesday.", "2026-12-23"),
    ],
)
def test_a_scheduled_present_looks_ahead(text: str, value: str) -> None:
    (t,) = tag(text, "2026-12-25").timexes
    assert t.value == value


@pytest.mark.parametrize(
    "text,value",
    [
        # "the Fed" is a name, not the past of "feed": the plan to cut lies ahead
        ("Investors expect the Fed to cut rates in March.", "2026-03"),
        ("The Fed is set to cut rates in March.", "2026-03"),
        # a known past form of its own still looks back
        ("The Fed cut rates in March.", "2025-03"),
        # so does an "-ed" form right after its clause's subject (a verb, not an adjective before its noun)
        ("The Fed raised rates in March.", "2025-03"),
        ("The central bank lowered rates in March.", "2025-03"),
        ("Acme posted losses in March.", "2025-03"),
        # not an "-ed" form deep in its clause: "would be paid on a still unspecified date in March" looks ahead
        ("The dividend would be paid on a still unspecified date in March.", "2026-03"),
    ],
)
def test_a_capitalised_past_form_is_a_name(text: str, value: str) -> None:
    (t,) = tag(text, "2026-01-20").timexes
    assert t.value == value


@pytest.mark.parametrize(
    "text,value",
    [
        # "head" names a trip ahead only with a direction after it
        ("Voters head to the polls on Sunday.", "2026-12-27"),
        ("Lawmakers head home for the holidays on Friday.", "2026-12-25"),
    ],
)
def test_head_to_looks_ahead(text: str, value: str) -> None:
    # (the day only: "for the holidays" is a time of its own since s49)
    (t,) = [t for t in tag(text, "2026-12-23").timexes if t.text in ("Sunday", "Friday")]
    assert t.value == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a weekday set for a rally after a day named in its sentence is the first one after it
        ("Union leaders, told of the plan at a meeting on Tuesday evening, called a rally outside the plant for Friday.", "Friday", "2026-10-23"),
        ("Organisers met on Monday and set a vote for Thursday.", "Thursday", "2026-10-22"),
        # no day before it: the clause's tense decides
        ("The union called a strike for Friday.", "Friday", "2026-10-16"),
        ("He was jailed on Monday for Friday's attack.", "Friday", "2026-10-16"),
    ],
)
def test_a_time_set_for_an_appointment_lies_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-10-21")[expression] == value


@pytest.mark.parametrize(
    "text,expression,earliest,latest",
    [
        # an offset in weeks from a day is a day, not the calendar week before or after
        ("Police arrested a suspect on Wednesday. The first man was detained a week earlier.", "a week", "2026-06-03T00:00", "2026-06-04T00:00"),
        ("The plant closed on May 3. Three weeks later, it reopened.", "Three weeks", "2026-05-24T00:00", "2026-05-25T00:00"),
        # from now it is still the calendar week ("a week ago": last week)
        ("Prices rose a week ago.", "a week ago", "2026-06-01T00:00", "2026-06-08T00:00"),
    ],
)
def test_an_offset_in_weeks_from_a_day_is_a_day(text: str, expression: str, earliest: str, latest: str) -> None:
    t = next(t for t in tag(text, "2026-06-11").timexes if t.text == expression)
    assert (t.earliest.isoformat(timespec="minutes"), t.latest.isoformat(timespec="minutes")) == (earliest, latest)


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a reporting verb with only its object between it and the time is the time's own verb: past
        ("Halden first warned of overcapacity in March.", "March", "2026-03"),
        ("The ministry announced new checks in March.", "March", "2026-03"),
        # a verb of its own nearer the time still decides ("would rise in March" lies ahead)
        ("Officials said prices would rise in March.", "March", "2027-03"),
    ],
)
def test_a_reporting_verb_right_before_its_time_dates_it(text: str, expression: str, value: str) -> None:
    assert _values(text, "2026-10-21")[expression] == value
