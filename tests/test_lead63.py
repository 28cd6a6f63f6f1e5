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



def test_days_later_count_from_the_day_an_undated_step_goes_on_with() -> None:
    # Tuesday 9 November 2032: "brought ashore shortly before 6am on Saturday. Two crew members were treated ... Both were
    # released from hospital two days later": the treating goes on with Saturday (6 November), so the release is most likely
    # Monday 8 November; it was put on the publication day, the day count only bounding it from an undated treating
    tl = timeline.build("The last passengers were brought ashore shortly before 6am on Saturday. Two crew members were treated for "
                        "smoke inhalation. Both were released from hospital two days later.", reference_time="2032-11-09")
    released = _event(tl, "released")
    assert _day(released.likely_start) == dt.date(2032, 11, 8), released
    assert released.likely_end is not None and released.likely_end <= dt.datetime(2032, 11, 9), released


def test_a_step_a_measured_gap_puts_before_another_event_is_not_held_after_the_sentence_s_clock_time() -> None:
    # Tuesday 16 November 2032: "had been due to lift off at 11am on Monday, but the attempt was called off 40 minutes before
    # launch": the calling off was before 11 a.m. on Monday 15 November; the clock time's rest-of-day rule put it after 11
    # a.m. and the launch 40 minutes after that
    tl = timeline.build("The launch of the rocket was postponed for a second time yesterday because of high winds. The rocket had "
                        "been due to lift off at 11am on Monday, but the attempt was called off 40 minutes before launch.",
                        reference_time="2032-11-16")
    called = _event(tl, "called")
    assert _day(called.likely_start) == dt.date(2032, 11, 15), called
    assert called.likely_start < dt.datetime(2032, 11, 15, 11), called


def test_an_age_phrase_dates_its_verb_back_from_the_publication_by_a_told_age_now() -> None:
    # Saturday 12 June 2032: "Karen Doyle, 44, ... She joined the hospice when she was 30": fourteen years back, give or take
    # the year her birthday may fall in, so between about June 2017 and June 2019 (years counted as 365 and 366 days); with no birth told it was left undated (the
    # learned relation put it on the publication day). Two different ages now leave it undated: whose age is a guess
    tl = timeline.build("Karen Doyle, 44, admitted theft. She joined the hospice when she was 30.", reference_time="2032-06-12")
    joined = _event(tl, "joined")
    assert joined.likely_start is not None and joined.likely_end is not None, joined
    assert dt.datetime(2017, 5, 25) <= joined.likely_start and joined.likely_end <= dt.datetime(2019, 6, 20), joined
    tl = timeline.build("Karen Doyle, 44, and Ann Lee, 52, admitted theft. She joined the hospice when she was 30.", reference_time="2032-06-12")
    joined = _event(tl, "joined")
    assert joined.likely_start is None or joined.likely_start >= dt.datetime(2032, 1, 1), joined


def test_a_day_in_a_reduced_relative_aside_moves_no_story_an_offset_counts_from() -> None:
    # Saturday 13 March 2032: "Police were called on Wednesday. The woman, named yesterday as Claire Holt, had been reported
    # missing two days earlier": two days before Wednesday 10 March, Monday 8 March; the day of the naming in the aside
    # (Friday 12) moved the story's current time and the offset counted from it (10 March)
    tags = timeline.tag("Police were called on Wednesday. The woman, named yesterday as Claire Holt, 41, had been reported missing "
                        "by her sister two days earlier.", reference_time="2032-03-13")
    offset = next(t for t in tags if t.text == "two days")
    assert (offset.earliest, offset.latest) == (dt.datetime(2032, 3, 8), dt.datetime(2032, 3, 9)), offset


def test_a_verb_done_at_an_occasion_taken_up_again_is_at_that_occasion_s_time() -> None:
    # Thursday 25 November 2032: "survived a vote ... at a meeting last night ... Reilly apologised at the start of the
    # meeting": the meeting taken up again is last night's (24 November), and so is the apology; it was put on the
    # publication day (the taken-up noun had no time of its own, and "the start of" kept the verb from its occasion)
    tl = timeline.build("The leader survived a vote of no confidence at a meeting last night. The motion was tabled a fortnight ago. "
                        "Reilly apologised at the start of the meeting.", reference_time="2032-11-25")
    apologised = _event(tl, "apologised")
    assert _day(apologised.likely_start) == dt.date(2032, 11, 24), apologised


def test_a_report_whose_aside_dates_its_coming_out_said_it_then() -> None:
    # Friday 19 November 2032: "Its report, published on Tuesday, said managers had ignored warnings": the report and its
    # saying are Tuesday's (16 November), when it came out; both were put on the publication day as reported speech
    tl = timeline.build("The inspectors visited the home in September. Its report, published on Tuesday, said managers had ignored "
                        "warnings from staff.", reference_time="2032-11-19")
    assert _day(_event(tl, "said").likely_start) == dt.date(2032, 11, 16), _event(tl, "said")
    assert _day(_event(tl, "report").likely_start) == dt.date(2032, 11, 16), _event(tl, "report")


def test_shares_moving_in_trading_are_the_news_day_s_not_a_period_figure_told_again() -> None:
    # Friday 5 November 2032: "said Thursday it would cut 1,200 jobs after profit fell by half in the first nine months ...
    # Shares in Harbour Line fell 7 percent in early trading": the shares fell in Thursday's session (4 November); the
    # second "fell" was taken for the first told again (January to September), then for a move at publication
    tl = timeline.build("Harbour Line said Thursday it would cut 1,200 jobs after profit fell by half in the first nine months of the "
                        "year. It warned in July that rates would stay low. Shares in Harbour Line fell 7 percent in early trading "
                        "before recovering.", reference_time="2032-11-05")
    shares = _event(tl, "fell", 1)
    assert _day(shares.likely_start) == dt.date(2032, 11, 4), shares
    assert shares.likely_end is not None and shares.likely_end <= dt.datetime(2032, 11, 5), shares


def test_a_participle_after_a_comma_is_done_with_the_act_before_it() -> None:
    # Monday 13 September 2032: "Cole won it in stoppage time, firing in from the edge of the area": the firing is part of
    # Saturday's winning (11 September); read as a noun with no time it was put on the publication day
    tl = timeline.build("Rovers beat Exeter 3-2 on Saturday. Cole won it in stoppage time, firing in from the edge of the area.",
                        reference_time="2032-09-13")
    assert _day(_event(tl, "firing").likely_start) == dt.date(2032, 9, 11), _event(tl, "firing")
