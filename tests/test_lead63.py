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


def test_what_someone_told_police_is_told_at_the_time_of_the_story_not_at_publication() -> None:
    # Friday 19 November 2032: "arrested on Tuesday. She told police she had become addicted": the telling continues
    # Tuesday's arrest (16 November), as "told the court" does a hearing's day; it was put on the publication day as
    # reported speech. "told reporters" is still speech the story reports at publication
    tl = timeline.build("The nurse was arrested on Tuesday. She told police she had become addicted after a back injury.",
                        reference_time="2032-11-19")
    assert _day(_event(tl, "told").likely_start) == dt.date(2032, 11, 16), _event(tl, "told")
    tl = timeline.build("The nurse was arrested on Tuesday. She told reporters she had become addicted after a back injury.",
                        reference_time="2032-11-19")
    assert _day(_event(tl, "told").likely_start) == dt.date(2032, 11, 19), _event(tl, "told")


def test_a_clock_time_after_the_paragraph_of_a_compared_day_is_on_the_story_s_day() -> None:
    # Monday 24 May 2032: the story is Sunday's (23 May); "A similar failure on April 30 led to 40 cancellations" compares
    # it with an earlier day; in the next paragraph "he had queued since 4am" is Sunday's 4 a.m., not 30 April's
    text = ("Hundreds of passengers were stranded at the airport on Sunday after the baggage system broke down.\n\n"
            "A similar failure on April 30 led to 40 cancellations.\n\n"
            "One man said he had queued since 4am.")
    clock = next(t for t in timeline.tag(text, reference_time="2032-05-24") if t.text == "4am")
    assert clock.value == "2032-05-23T04:00", clock


def test_the_publication_s_weekday_after_last_week_in_a_past_clause_is_last_week_s() -> None:
    # Tuesday 5 October 2032: "destroyed a factory last week. The blaze broke out shortly after 11pm on Tuesday": last
    # week's Tuesday, 28 September (it was the publication day, its 11 p.m. not yet come); a report on the publication's
    # weekday is still the publication day's ("Its chairman said on Tuesday")
    tags = timeline.tag("The fire destroyed a factory last week. The blaze broke out shortly after 11pm on Tuesday.", reference_time="2032-10-05")
    assert [t.value for t in tags if t.text == "Tuesday"] == ["2032-09-28"], tags
    tags = timeline.tag("The fire destroyed a factory last week, the fire service said on Monday. The blaze broke out shortly after 11pm "
                        "on Tuesday.", reference_time="2032-10-05")
    assert [t.value for t in tags if t.text == "Tuesday"] == ["2032-09-28"], tags
    tags = timeline.tag("The firm cut jobs last week. Its chairman said on Tuesday that more cuts were possible.", reference_time="2032-10-05")
    assert [t.value for t in tags if t.text == "Tuesday"] == ["2032-10-05"], tags
