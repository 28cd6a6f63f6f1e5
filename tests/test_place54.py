"""Helper place, fifty-fourth session: events on the right day and in order (issue 10), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import likely_within, likely_within_day, only_event, timex_value


# "On the fourth day of the trek," counts the days of the event the story told last (resolve/story_periods.py
# news_nth_day, lexicon [ordinal_days] event_of)

def test_a_numbered_day_of_the_trek_counts_from_the_day_the_walk_set_out() -> None:
    """"The walkers set out from Calby on October 5. On the fourth day of the trek, one of them sprained a wrist. The
    next morning, a nurse strapped it." (Friday 4 December 2026): the fourth day is Thursday 8 October (5, 6, 7, 8), the
    next morning the 9th's."""
    tl = timeline.build("The walkers set out from Calby on October 5. On the fourth day of the trek, one of them sprained a wrist. "
                        "The next morning, a nurse strapped it.", reference_time="2026-12-04")
    assert timex_value(tl, "the fourth day") == "2026-10-08"
    assert likely_within_day(only_event(tl, "sprained"), dt.date(2026, 10, 8))
    assert likely_within_day(only_event(tl, "strapped"), dt.date(2026, 10, 9))


def test_a_numbered_day_of_their_voyage_counts_from_the_sailing() -> None:
    """"The yacht left Tarbet on June 10. On the second day of their voyage, the crew rescued a swimmer." (Friday 4 December
    2026): 11 June (the owner's "their" as the article)."""
    tl = timeline.build("The yacht left Tarbet on June 10. On the second day of their voyage, the crew rescued a swimmer.",
                        reference_time="2026-12-04")
    assert likely_within_day(only_event(tl, "rescued"), dt.date(2026, 6, 11))


def test_a_numbered_day_of_an_undetermined_noun_keeps_the_story_s_day() -> None:
    """Negative: "On the third day of talks, the ministers signed a pact" after "The ministers met on May 4": no
    article, so no count (the story's day, 4 May, as before); the counted reading needs "of the/its/their ...,"."""
    tl = timeline.build("The ministers met in Harlow on May 4. On the third day of talks, the ministers signed a pact.",
                        reference_time="2026-12-04")
    assert timex_value(tl, "the third day") == "2026-05-04"


# A hyphened compound is one word between a verb and its object (anchoring/governor.py _spaced_words)

def test_a_long_object_of_won_leaves_its_day_to_the_winning() -> None:
    """"Ida Roe won the cross-country cycling race on Sunday. The race started from Orbury on November 29." (Monday 7
    December 2026): Sunday is the winning's day (6 December), and the race began on 29 November: its start is not
    pulled onto the Sunday."""
    tl = timeline.build("Ida Roe won the cross-country cycling race on Sunday. The race started from Orbury on November 29.",
                        reference_time="2026-12-07")
    assert likely_within_day(only_event(tl, "won"), dt.date(2026, 12, 6))
    assert likely_within_day(only_event(tl, "started"), dt.date(2026, 11, 29))


# "Sunday's district league final": a fixture noun two words after a possessive (resolve/tense_reports.py names_fixture)

def test_tickets_for_a_day_s_final_past_two_modifiers_name_the_day_ahead() -> None:
    """"Tickets for Saturday's regional hockey final sold out in an hour, organisers said on Wednesday." (Thursday 3
    December 2026): the final's Saturday is the 5th ahead, not 28 November."""
    tl = timeline.build("Tickets for Saturday's regional hockey final sold out in an hour, organisers said on Wednesday.",
                        reference_time="2026-12-03")
    assert timex_value(tl, "Saturday") == "2026-12-05"


# "then" closing a clause: the time told before (assembly/steps.py _closing_anaphors, placement/discourse.py
# sequence_facts; lexicon closing_time_anaphors)

def test_bought_then_before_a_dated_sale_lies_in_the_year_told_before() -> None:
    """"The Lunds settled in Brisk in 1981. They bought the old forge then and sold it to a builder in 2010." (Tuesday 8
    December 2026): the buying in 1981, not in the selling's 2010."""
    tl = timeline.build("The Lunds settled in Brisk in 1981. They bought the old forge then and sold it to a builder in 2010.",
                        reference_time="2026-12-08")
    assert likely_within(only_event(tl, "bought"), dt.datetime(1981, 1, 1), dt.datetime(1982, 1, 1))
    assert likely_within(only_event(tl, "sold"), dt.datetime(2010, 1, 1), dt.datetime(2011, 1, 1))


def test_at_the_time_closing_a_clause_before_a_comma_takes_the_year_told_before() -> None:
    """"Ana Quill joined the band in 1994. She played the drums at the time, and switched to bass in 2001." (Tuesday 8
    December 2026): the playing in 1994."""
    tl = timeline.build("Ana Quill joined the band in 1994. She played the drums at the time, and switched to bass in 2001.",
                        reference_time="2026-12-08")
    assert likely_within(only_event(tl, "played"), dt.datetime(1994, 1, 1), dt.datetime(1995, 1, 1))


def test_and_then_between_two_verbs_is_no_anaphoric_time() -> None:
    """Negative: "They bought the forge and then sold it in 2010" (after "settled ... in 1981"): "then" is the next
    step, not the time before; the buying is not put in 1981."""
    tl = timeline.build("The Lunds settled in Brisk in 1981. They bought the old forge and then sold it to a builder in 2010.",
                        reference_time="2026-12-08")
    assert not likely_within(only_event(tl, "bought"), dt.datetime(1981, 1, 1), dt.datetime(1982, 1, 1))


# A trailing attribution's own time does not date the sentence it attributes (placement/discourse.py continued_discourse)

def test_a_pronoun_sentence_attributed_on_a_later_day_goes_on_with_the_day_before() -> None:
    """"The Pell Rangers won the shield on Saturday. They earned a day off, the coach said on Monday." (Friday 4 December
    2026): the earning goes on with Saturday 28 November (was a month-wide guess before Monday); the saying on the 30th."""
    tl = timeline.build("The Pell Rangers won the shield on Saturday. They earned a day off, the coach said on Monday.",
                        reference_time="2026-12-04")
    assert likely_within_day(only_event(tl, "earned"), dt.date(2026, 11, 28))
    assert likely_within_day(only_event(tl, "said"), dt.date(2026, 11, 30))


# "after weeks of wrangling": a gerund after the length's "of" lasts it, before the verb (anchoring/perfect.py _length_of_links)

def test_weeks_of_a_gerund_before_a_dated_deal_lie_before_its_day() -> None:
    """"Porters at Wickham station accepted a new rota on Thursday after weeks of haggling with managers." (Friday 4
    December 2026): the haggling ends by Thursday 3 December and began two weeks or more before it (was put on the
    Thursday only)."""
    tl = timeline.build("Porters at Wickham station accepted a new rota on Thursday after weeks of haggling with managers.",
                        reference_time="2026-12-04")
    haggling = only_event(tl, "haggling")
    assert haggling.likely_start is not None and haggling.likely_start <= dt.datetime(2026, 11, 19)
    assert haggling.likely_end is not None and haggling.likely_end <= dt.datetime(2026, 12, 4)


# A wide "within" gap is not closed at its last day (pipeline.py gap_ends, placement/settling.py close_wide)

def test_within_weeks_of_a_dated_month_is_not_squeezed_onto_the_window_s_last_day() -> None:
    """"Tom Yarrow signed for Kelby Rovers in August. Within weeks he injured his knee." (Friday 4 December 2026): the
    injury lies in the weeks after August; its likely interval starts in August (was one day at the window's end, late
    October)."""
    tl = timeline.build("Tom Yarrow signed for Kelby Rovers in August. Within weeks he injured his knee.", reference_time="2026-12-04")
    injured = only_event(tl, "injured")
    assert injured.likely_start is not None and injured.likely_start < dt.datetime(2026, 9, 1)
    assert injured.likely_end is not None and injured.likely_end <= dt.datetime(2026, 11, 3)


def test_a_report_first_in_its_sentence_still_dates_it() -> None:
    """Negative: "Dan Pell, 58, admitted the fraud in September" has a comma before its report, but nothing of its sentence
    before it to attribute: September dates the sentence as before, and what the court heard after it ("had used the
    money to buy a boat, which he later sold") is not read as going on from September: the selling keeps the place it
    had before this session's change (the publication day's news; a guard test, Thursday 10 December 2026)."""
    tl = timeline.build("A former charity director who stole money from donors was jailed for six years on Wednesday. Dan Pell, 58, admitted "
                        "the fraud in September after auditors found gaps in the accounts. The court heard that he had used the money "
                        "to buy a boat, which he later sold.", reference_time="2026-12-10")
    sold = only_event(tl, "sold")
    assert sold.likely_start is not None and sold.likely_start >= dt.datetime(2026, 12, 1)  # (the guard off: from 1 September)


def test_a_participle_before_a_length_of_a_gerund_keeps_its_clause_s_day() -> None:
    """Negative: "won the Dale Classic on Sunday, beating two rivals ... after more than five hours of racing" (Monday 13
    April 2026): the beating stays on Sunday the 12th (a link to the racing would take it out of the clause's time)."""
    tl = timeline.build("Anna Voss won the Dale Classic on Sunday, beating two rivals in a sprint at the finish after more than five "
                        "hours of racing.", reference_time="2026-04-13")
    assert likely_within_day(only_event(tl, "beating"), dt.date(2026, 4, 12))


# A participle followed by a preposition modifies no noun (anchoring/cues.py _attributive)

def test_a_report_after_a_stranded_preposition_takes_its_own_day() -> None:
    """"Nine cyclists finished a coast ride on Saturday, the hospice they collected money for said on Monday." (Tuesday 8
    December 2026): "said" after "for" is no participle before a noun ("from flooded streets"): Monday is the saying's
    day, the 7th (was given to "collected")."""
    tl = timeline.build("Nine cyclists finished a coast ride on Saturday, the hospice they collected money for said on Monday.",
                        reference_time="2026-12-08")
    said = only_event(tl, "said")
    assert said.earliest_start == dt.datetime(2026, 12, 7) and likely_within_day(said, dt.date(2026, 12, 7))
