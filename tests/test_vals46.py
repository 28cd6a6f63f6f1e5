"""Session 46 (helper vals): news values of bench/stories-s46vals (own sentences, past, present and future)."""

from __future__ import annotations

import datetime as dt

from _timelines import found_with_mods as _found  # (extent, value, mod) of every expression
from _timelines import value_and_instants as _bounds  # (value, earliest, latest) of one expression

import timeline


def test_a_part_of_day_in_the_plural_after_weekday_or_weekend_recurs() -> None:
    """ "weekday mornings", "weekend evenings" (rule set_week_part): a set, the lexicon's weekdays (weekend) token with the
    part's code, no bounds, in a present, past or future clause; one such part ("a weekday morning") is no set."""
    assert _found("A reading group meets on weekday mornings.", "2027-08-19") == [("weekday mornings", "XXXX-WXX-WDTMO", None)]
    assert _found("The bridge was closed on weekend nights last summer.", "2027-08-19")[0] == ("weekend nights", "XXXX-WXX-WETNI", None)
    assert _bounds("Clubs will have the pool on weekend evenings.", "2027-08-19", "weekend evenings") == ("XXXX-WXX-WETEV", None, None)
    assert all(v.startswith("2027") for _, v, _ in _found("He was hurt on a weekday morning in May.", "2027-08-19"))


def test_a_softener_before_over_and_a_count_keeps_the_hedge() -> None:
    """ "a little over three months": "over" after a softener ([hedge_softeners]) is "more than", never the span something
    is spread over, so the hedge (mod MORE_THAN) is kept as "lasted over three months" keeps it."""
    assert _found("The strike lasted a little over three months.", "2027-10-28") == [("over three months", "P3M", "MORE_THAN")]
    assert _found("The works will take slightly over two weeks.", "2027-10-28") == [("over two weeks", "P2W", "MORE_THAN")]
    assert _found("It has been shut for a bit over 3 months.", "2027-10-28") == [("over 3 months", "P3M", "MORE_THAN")]
    # with no softener, "over" a count stays the span of a spreading ("repaid over three years": the length alone)
    assert _found("The loan will be repaid over three years.", "2027-10-28") == [("three years", "P3Y", None)]


def test_a_year_earlier_after_a_length_to_a_quarters_last_month() -> None:
    """ "the three months to September" (a quarter's length up to its last month) is the quarter a report is about:
    "a year earlier" after it is that quarter a year back, as after "the three months to Sept. 30"; so is a half's."""
    text = "Harlow Brewery said on Wednesday that it sold 12% less beer in the three months to September than a year earlier."
    assert _bounds(text, "2027-10-28", "a year earlier") == ("2026-Q3", dt.datetime(2026, 7, 1), dt.datetime(2026, 10, 1))
    text = "Profit for the six months to June was 4 million pounds, against 3 million a year earlier."
    assert _found(text, "2027-08-05")[-1] == ("a year earlier", "2026-H1", None)
    text = "The firm expects to sell more in the three months to December than a year earlier."
    assert _found(text, "2027-10-28")[-1] == ("a year earlier", "2026-Q4", None)
    # three months to a month that ends no quarter are no quarter: the year before
    text = "The brewery said on Wednesday that it sold 12% less beer in the three months to August than a year earlier."
    assert _found(text, "2027-10-28")[-1] == ("a year earlier", "2026", None)


def test_the_first_months_of_a_report_are_the_publication_years() -> None:
    """News: "the first nine months" with no period after it, a report's figure in its sentence, is the first nine months
    of the publication year (TimeBank's P9M, bounded 1 Jan .. 1 Oct); told in a past clause before they are over, the year
    before's; ahead as well as gone."""
    text = "Kelby Rail said on Wednesday that passenger numbers rose 4% in the first nine months."
    assert _bounds(text, "2027-11-18", "the first nine months") == ("P9M", dt.datetime(2027, 1, 1), dt.datetime(2027, 10, 1))
    assert _bounds(text, "2028-01-20", "the first nine months") == ("P9M", dt.datetime(2027, 1, 1), dt.datetime(2027, 10, 1))
    text = "Sales will rise by 5% in the first six months, the company said."
    assert _bounds(text, "2027-03-04", "the first six months") == ("P6M", dt.datetime(2027, 1, 1), dt.datetime(2027, 7, 1))


def test_first_months_of_something_else_stay_unbounded() -> None:
    """No figure in the sentence, another year told, an owner ("its first nine months") or "of"/"after" after it: the first
    months of something else (a term, a club's life, the time after a flood), no bounds."""
    for text in ("The first six months were hard, he said.", "In 2019, sales rose 3% in the first nine months.",
                 "In its first nine months the club won 20 games.", "He was paid 9,000 pounds in the first six months in office.",
                 "The first six months after the flood were hard, and 40 homes stayed empty."):
        assert all(t.earliest is None for t in timeline.tag(text, reference_time="2027-11-18").timexes if t.value in ("P6M", "P9M")), text
