"""Helper place, forty-sixth session: events on the right day (issue 10), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import anchors_of, likely_within, likely_within_day, nth_event, only_event


# A time after the deed a reason preposition names ("arrested ... over a robbery ... on Saturday"; lexicon
# reason_prepositions, anchoring/times.py _reason_between)

def test_a_time_after_the_deed_an_arrest_is_over_dates_the_deed() -> None:
    """"Police detained three men on Wednesday over a robbery at a farm near Askby on Sunday evening." (Friday 6 March
    2026): the detaining is Wednesday's (4 March), the robbery Sunday evening's (1 March), not dropped as a second day of
    the detaining."""
    tl = timeline.build("Police detained three men on Wednesday over a robbery at a farm near Askby on Sunday evening.",
                        reference_time="2026-03-06")
    assert likely_within_day(only_event(tl, "detained"), dt.date(2026, 3, 4))
    assert likely_within(only_event(tl, "robbery"), dt.datetime(2026, 3, 1, 17), dt.datetime(2026, 3, 1, 22))


def test_a_single_time_after_the_deed_still_dates_the_verb() -> None:
    """Negative: with no time of its own before the deed ("Police detained three men over a robbery on Sunday"), the time
    dates the detaining, as after "for" or "with" (Sunday 1 March)."""
    tl = timeline.build("Police detained three men over a robbery on Sunday.", reference_time="2026-03-06")
    assert likely_within_day(only_event(tl, "detained"), dt.date(2026, 3, 1))


# "arrived within twenty minutes, but the burglars had already escaped" (anchoring/perfect.py _perfect_links)

def test_a_length_before_the_comma_leaves_the_perfect_before_the_verb() -> None:
    """"A shopkeeper raised the alarm at 9 p.m. on Tuesday. Officers arrived within twenty minutes, but the burglars had
    already escaped." (Friday 6 March 2026): the escape was over before the officers arrived, on Tuesday 3 March."""
    text = ("A shopkeeper in Orton raised the alarm at 9 p.m. on Tuesday. Officers arrived within twenty minutes, "
            "but the burglars had already escaped.")
    tl = timeline.build(text, reference_time="2026-03-06")
    assert ("before", only_event(tl, "arrived").eid) in anchors_of(only_event(tl, "escaped"))
    assert likely_within_day(only_event(tl, "escaped"), dt.date(2026, 3, 3))


def test_a_time_after_the_comma_is_still_the_perfect_s_own() -> None:
    """Negative: "Crews contained the spill within an hour on Tuesday, but by noon oil had reached the beach": "by noon"
    is the reaching's own time, so no order back from the containing is read."""
    tl = timeline.build("Crews contained the spill within an hour on Tuesday, but by noon oil had reached the beach.",
                        reference_time="2026-03-06")
    reached, contained = only_event(tl, "reached"), only_event(tl, "contained")
    assert ("before", contained.eid) not in anchors_of(reached)
    assert ("by", "t3") in anchors_of(reached)  # by noon


# "at the end of the year": most likely its last month (placement/days.py year_end_facts, lexicon year_end_words)

def test_the_end_of_the_year_is_most_likely_december() -> None:
    """"The museum will close at the end of the year for repairs, the trust said on Monday." (Tuesday 12 May 2026): the
    expression's bounds are September to December (mod END); the closing most likely lies in December."""
    tl = timeline.build("The museum will close at the end of the year for repairs, the trust said on Monday.", reference_time="2026-05-12")
    e = only_event(tl, "close")
    assert likely_within(e, dt.datetime(2026, 12, 1), dt.datetime(2027, 1, 1))
    assert e.earliest_start == dt.datetime(2026, 9, 1)  # the certain bounds stay the expression's


def test_the_end_of_a_quarter_is_most_likely_its_last_month() -> None:
    """"The lender will repay the bonds at the end of the third quarter, it said on Monday." (12 May 2026): September."""
    tl = timeline.build("The lender will repay the bonds at the end of the third quarter, it said on Monday.", reference_time="2026-05-12")
    assert likely_within(only_event(tl, "repay"), dt.datetime(2026, 9, 1), dt.datetime(2026, 10, 1))


def test_late_in_a_year_and_a_deadline_at_its_end_are_not_narrowed() -> None:
    """Negatives: "late next year" names no end (its last third stays the likely interval), and "by the end of the year"
    is a deadline the selling is done by, not a time it lies in."""
    tl = timeline.build("The museum will close late next year for repairs, the trust said on Monday.", reference_time="2026-05-12")
    assert only_event(tl, "close").likely_start == dt.datetime(2027, 9, 1)
    tl = timeline.build("The council will sell the site by the end of the year, the mayor said on Monday.", reference_time="2026-05-12")
    start = only_event(tl, "sell").likely_start
    assert start is not None and start < dt.datetime(2026, 12, 1)


# A verb told again, undated ("escaped ... as they escaped"; pipeline tied, assembly/steps.py _restated_undated)

def test_a_verb_told_again_is_the_first_telling_s_happening() -> None:
    """"Two men robbed a petrol station at 11 p.m. on Tuesday and escaped in a stolen car. A cyclist who was hurt in a
    collision as they escaped was released from hospital on Thursday." (Friday 6 March 2026): the second "escaped" is
    the first, and the hurt happened during it, on Tuesday night, not on Thursday, the day of the release."""
    text = ("Two men robbed a petrol station in Orton at 11 p.m. on Tuesday and escaped in a stolen car. A cyclist who was "
            "hurt in a collision as they escaped was released from hospital on Thursday.")
    tl = timeline.build(text, reference_time="2026-03-06")
    assert likely_within_day(only_event(tl, "hurt"), dt.date(2026, 3, 3))
    assert likely_within_day(nth_event(tl, "escaped", 1), dt.date(2026, 3, 3))
    assert likely_within_day(only_event(tl, "released"), dt.date(2026, 3, 5))


def test_a_verb_told_again_with_a_time_of_its_own_keeps_it() -> None:
    """Negative: "The river rose on Monday. It rose again on Thursday." (Friday 6 March 2026): the second rising is
    Thursday's (5 March), its own day."""
    tl = timeline.build("The river rose on Monday. It rose again on Thursday.", reference_time="2026-03-06")
    assert likely_within_day(nth_event(tl, "rose", 1), dt.date(2026, 3, 5))


# The time of a clause a signal opens lends nothing to what comes before the signal (placement/facts.py signal_clauses)

def test_a_signal_clause_s_time_is_not_the_sentence_s() -> None:
    """"Dunmore beat Alder 2-0 on Saturday. The Alder coach called the result a disgrace and said his team had squandered a
    lead, after losing 3-0 at Wexley a week earlier." (Monday 9 March 2026): the losing is 28 February's; the calling and
    the squandering, told before "after", do not take that day."""
    text = ("Dunmore beat Alder 2-0 on Saturday. The Alder coach called the result a disgrace and said his team had "
            "squandered a lead, after losing 3-0 at Wexley a week earlier.")
    tl = timeline.build(text, reference_time="2026-03-09")
    assert likely_within_day(only_event(tl, "losing"), dt.date(2026, 2, 28))
    for word in ("called", "squandered"):
        assert not likely_within_day(only_event(tl, word), dt.date(2026, 2, 28)), word


def test_a_time_of_the_main_clause_still_dates_its_sentence() -> None:
    """Negative: a time the main clause tells before the signal still dates the events around it: "The coach praised the
    players on Sunday and thanked the fans, after winning at Wexley a week earlier." (Monday 9 March 2026): the thanking
    is Sunday's (8 March)."""
    text = "The coach praised the players on Sunday and thanked the fans, after winning at Wexley a week earlier."
    tl = timeline.build(text, reference_time="2026-03-09")
    assert likely_within_day(only_event(tl, "thanked"), dt.date(2026, 3, 8))


# The occasion of a flashback is part of it (assembly/steps.py _perfect_occasions)

def test_the_occasion_of_a_past_perfect_is_not_gone_on_with() -> None:
    """"A nurse admitted at Harwell Crown Court on Monday that she stole from patients. She had denied the charges at an
    earlier hearing in January. She was released on bail." (Tuesday 21 April 2026): the hearing is January's, the
    release not (it is no flashback)."""
    text = ("A nurse admitted at Harwell Crown Court on Monday that she stole from patients. She had denied the charges at "
            "an earlier hearing in January. She was released on bail.")
    tl = timeline.build(text, reference_time="2026-04-21")
    assert likely_within(only_event(tl, "hearing"), dt.datetime(2026, 1, 1), dt.datetime(2026, 2, 1))
    start = only_event(tl, "released").likely_start
    assert start is not None and start >= dt.datetime(2026, 4, 20)
