"""Session 63 (lead): behaviour found by reading timelines of stories written for the purpose (sentences are ours)."""

from __future__ import annotations

import datetime as dt

import timeline
from _timelines import day_of as _day, numbered_event as _event  # (shared test lookups)


def test_the_object_noun_of_an_infinitive_ahead_is_not_taken_back_to_the_time_told_before() -> None:
    # Monday 26 April 2032: "is expected to sign a permanent deal in the summer": the deal comes with the signing, summer
    # 2032; it was read as a past event (its learned relation to publication) and carried January's time from the sentence
    # before, as if the deal had been made when the club took him on
    tl = timeline.build("The club signed the striker in January. He is expected to sign a permanent deal in the summer.",
                        reference_time="2032-04-26")
    deal = _event(tl, "deal")
    assert deal.likely_start is not None and deal.likely_start >= dt.datetime(2032, 6, 1), deal


def test_a_month_after_a_year_counted_back_is_not_put_in_that_year() -> None:
    # Thursday 5 August 2032: "a village abandoned more than 1,000 years ago. The dig started in April": April 2032; a year
    # written out a century or more back dates the bare month after it ("The mill was abandoned in 1890. It burned down in
    # April": 1890), but a year counted back from now is a comparison, and April went to the 11th century
    tags = timeline.tag("Archaeologists found a village that was abandoned more than 1,000 years ago. The dig started in April.",
                        reference_time="2032-08-05")
    assert [t.value for t in tags if t.text == "April"] == ["2032-04"]
    tags = timeline.tag("The mill was abandoned 150 years ago. It burned down in April.", reference_time="2032-08-05")
    assert [t.value for t in tags if t.text == "April"] == ["2032-04"]
    tags = timeline.tag("The mill was abandoned in 1890. It burned down in April.", reference_time="2032-08-05")
    assert [t.value for t in tags if t.text == "April"] == ["1890-04"]


def test_a_holiday_foreseen_in_a_report_dated_before_it_is_the_first_after_the_report() -> None:
    # Monday 19 April 2032: "announced last autumn that they would close the shop at Easter": the Easter after that autumn,
    # 28 March 2032 (Easter Sunday 2032), not the one after publication (16 April 2033) as the bare "would" read; "said in
    # November ... at Christmas" is 25 December 2031; with no dated report the "will" still looks ahead from publication
    (_, easter) = timeline.tag("The owners announced last autumn that they would close the shop at Easter.", reference_time="2032-04-19")
    assert easter.value == "2032-03-28", easter
    (_, christmas) = timeline.tag("The owners announced in November that they would close the shop at Christmas.", reference_time="2032-04-19")
    assert christmas.value == "2031-12-25", christmas
    (easter,) = timeline.tag("The owners said they will close the shop at Easter.", reference_time="2032-04-19")
    assert easter.value == "2033-04-17", easter
