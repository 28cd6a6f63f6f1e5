"""News values and extents (issue 12, fourteenth session): sentences written for these tests."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct).timexes}


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # out of season, a past clause means the season just gone (within a season of its end) ...
        ("Heating bills were the highest in years this winter.", "2027-03-12", "this winter", "2027-WI"),
        ("The lake has frozen twice this winter.", "2027-03-25", "this winter", "2027-WI"),
        ("Crowds at the beaches were thin this summer.", "2026-10-08", "this summer", "2026-SU"),
        # ... a future one the season to come
        ("The club will open a second rink this winter.", "2027-03-12", "this winter", "2028-WI"),
        ("The ministry plans to repave the road this spring.", "2027-01-20", "this spring", "2027-SP"),
        ("The band will tour Europe this summer, its agent said.", "2026-10-08", "this summer", "2027-SU"),
        # ... a past clause long after the season ended does not reach back to it
        ("Rain fell on the fields this winter.", "2026-10-08", "this winter", "2027-WI"),
        # inside the season, that one whatever the tense
        ("Snow fell twice this winter.", "2027-01-20", "this winter", "2027-WI"),
        ("The resort will stay open this winter.", "2027-01-20", "this winter", "2027-WI"),
    ],
)
def test_this_season(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


def test_latest_span_counts_back_as_past() -> None:
    """ "the latest nine months" is one expression and covers what "the past nine months" covers."""
    latest = tag("Margins widened in the latest nine months.", "2026-10-20").timexes
    past = tag("Margins widened in the past nine months.", "2026-10-20").timexes
    assert [(t.text, t.value) for t in latest] == [("the latest nine months", "P9M")]
    assert (latest[0].earliest, latest[0].latest) == (past[0].earliest, past[0].latest)
    assert latest[0].latest is not None and latest[0].latest.date().isoformat() == "2026-10-21"


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a bare infinitive whose form is also a past ("to cut", "to set") is no past: it reads as "to raise" does
        ("Investors want the central bank to cut rates on March 19.", "March 19", "2027-03-19"),
        ("Prices eased in January, giving the bank room to cut rates at its meeting on March 19.", "March 19", "2027-03-19"),
        ("The owners want to shut the plant on March 2, the union said.", "March 2", "2027-03-02"),
        # ... the verb that governs it still says: an obligation in the past is past
        ("The bank had to cut rates on March 19.", "March 19", "2026-03-19"),
        # ... and a past form that is no infinitive stays a past
        ("The bank cut rates on March 19.", "March 19", "2026-03-19"),
    ],
)
def test_infinitive_of_a_past_alike_verb(text: str, expression: str, value: str) -> None:
    assert _values(text, "2027-02-14")[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a point of comparison before the period the story is about, in a later sentence, does not move the story
        ("Factory orders climbed in January. They rose 2 percent from December. Orders were 3 percent lower than a year earlier.",
         "a year earlier", "2026-01"),
        ("Exports grew in the fourth quarter. That was up 4 percent over the third quarter. A year earlier they had shrunk.",
         "A year earlier", "2025-Q4"),
        # ... a period after it is no comparison point of it: the story moves on
        ("Rents were flat in January. From March, landlords raised them sharply. A year earlier, rents had fallen.",
         "A year earlier", "2026-03"),
    ],
)
def test_comparison_point_in_a_later_sentence(text: str, expression: str, value: str) -> None:
    assert _values(text, "2027-03-06")[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # "from a year ago" after a month the story is about: that month a year before, as "a year earlier" is
        ("Car output fell 6 percent in February from a year ago.", "a year ago", "2026-02"),
        ("Rents rose in January. They were up 4 percent compared with a year ago.", "a year ago", "2026-01"),
        # ... not without a comparison word, nor two years back
        ("Rents rose in January. The agency opened its office a year ago.", "a year ago", "2026"),
        ("Car output fell in February. It was down 9 percent from two years ago.", "two years ago", "2025"),
    ],
)
def test_a_year_ago_after_a_month(text: str, expression: str, value: str) -> None:
    assert _values(text, "2027-03-06")[expression] == value


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # a week named by a day of its month, said during that week: the week under way, whatever the tense
        ("The ballot is set for the second week of May.", "2027-05-13", "the second week of May", "2027-W19"),
        ("Hearings are scheduled for the week of May 10.", "2027-05-12", "the week of May 10", "2027-W19"),
        # ... said after it, a clause looking ahead still means next year's
        ("The ballot is set for the second week of May.", "2027-05-20", "the second week of May", "2028-W19"),
    ],
)
def test_week_of_a_month_under_way(text: str, dct: str, expression: str, value: str) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # news: a month, day or holiday with no year of its own takes the year written just before it in its clause ...
        ("In 2019, exports fell in March.", "March", "2019-03"),
        ("Police arrested him in June 2020 and charged him in July.", "July", "2020-07"),
        ("By early 2021, prices had fallen, and in May they rose again.", "May", "2021-05"),
        ("The ferry sank in 2018 on Christmas Eve.", "Christmas Eve", "2018-12-24"),
        # ... not a year of another clause, nor in a clause that looks ahead
        ("Under a rule adopted in 2019 that set no cap, the fund had bought shares through Sept. 29.", "Sept. 29", "2026-09-29"),
        ("The firm, founded in 2001, will open a store in May.", "May", "2027-05"),
        ("The chain opened in 2001 and will add a store in May.", "May", "2027-05"),
    ],
)
def test_year_written_before_in_the_sentence(text: str, expression: str, value: str) -> None:
    assert _values(text, "2027-03-06")[expression] == value


def test_clock_time_before_a_deictic_part_of_day() -> None:
    """ "at 9 last night" is one expression at 21:00 the day before; a count before "last night" is no clock time."""
    assert _values("The blast was heard at 9 last night.", "2027-03-10") == {"9 last night": "2027-03-09T21:00"}
    assert _values("Police detained 9 last night.", "2027-03-10") == {"last night": "2027-03-09TNI"}
    assert _values("The doors close at 12 tonight.", "2027-03-10") == {"12 tonight": "2027-03-11T00:00"}
    assert _values("The raid began at 2 a.m. last night.", "2027-03-10") == {"2 a.m. last night": "2027-03-10T02:00"}
