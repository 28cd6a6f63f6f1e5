"""Session 48 (lead): behaviour found by reading timelines of stories written for the purpose (sentences are ours)."""

from __future__ import annotations

import datetime as dt

from _timelines import event as _event  # the first event with that word

import timeline


def test_through_two_coordinated_days_spans_both() -> None:
    # "through Friday and Saturday": from Friday to the end of Saturday, not squeezed to Saturday's first minute
    tl = timeline.build("Searchers worked through Friday and Saturday in heavy rain.", reference_time="2027-03-15")
    worked = _event(tl, "worked")
    assert worked.earliest_start == dt.datetime(2027, 3, 12)
    assert worked.latest_end == dt.datetime(2027, 3, 14)
    assert worked.likely_start == dt.datetime(2027, 3, 12) and worked.likely_end == dt.datetime(2027, 3, 14)


def test_through_one_day_still_ends_in_it() -> None:
    # the negative: a single bare day after "through" is where the event ends, its start left open
    tl = timeline.build("Searchers worked through Friday in heavy rain.", reference_time="2027-03-15")
    worked = _event(tl, "worked")
    assert worked.earliest_start is None
    assert worked.latest_end == dt.datetime(2027, 3, 13)


def test_the_length_of_a_term_is_not_the_ending_of_it() -> None:
    # "ending a three-year term": the term lasted three years; the ending is the vote's moment, not three years long
    tl = timeline.build("The mayor was removed in a vote on Tuesday, ending a three-year term.", reference_time="2027-03-15")
    ending = _event(tl, "ending")
    assert ending.likely_start == dt.datetime(2027, 3, 9) and ending.likely_end == dt.datetime(2027, 3, 10)


def test_a_served_term_is_still_the_serving_length() -> None:
    # the negative: serving a five-year term takes the five years
    tl = timeline.build("He served a five-year term as mayor.", reference_time="2027-03-15")
    served = _event(tl, "served")
    assert served.likely_start is not None and served.likely_end is not None
    assert served.likely_end - served.likely_start >= dt.timedelta(days=4 * 365)


def test_a_strike_called_for_a_week_ahead_lies_in_that_week() -> None:
    # the calling is done (before publication); the strike it calls is in the week after Easter
    tl = timeline.build("A second strike has been called for the week after Easter.", reference_time="2027-03-05")
    strike, called = _event(tl, "strike"), _event(tl, "called")
    assert strike.earliest_start == dt.datetime(2027, 3, 29) and strike.latest_end == dt.datetime(2027, 4, 5)
    assert called.latest_end is not None and called.latest_end <= dt.datetime(2027, 3, 6)


def test_calling_for_calm_on_a_day_is_the_calling() -> None:
    # the negative: an active "called for" with "on" before the day dates the calling itself
    tl = timeline.build("The union called for calm on Monday.", reference_time="2027-03-17")
    called = _event(tl, "called")
    assert called.earliest_start == dt.datetime(2027, 3, 15) and called.latest_end == dt.datetime(2027, 3, 16)


def test_a_noun_of_a_future_clause_is_not_guessed_into_the_past() -> None:
    # "will stand in the elections next May": the learned guess that the elections are past gives way to the clause's May
    tl = timeline.build("She will stand in the elections next May.", reference_time="2026-11-25")
    elections = _event(tl, "elections")
    assert elections.likely_start == dt.datetime(2027, 5, 1) and elections.likely_end == dt.datetime(2027, 6, 1)


def test_a_noun_of_a_past_clause_keeps_its_time() -> None:
    # the negative: in a past clause the elections lie in the month told, before publication
    tl = timeline.build("She stood in the elections last May.", reference_time="2026-11-25")
    elections = _event(tl, "elections")
    assert elections.likely_start == dt.datetime(2026, 5, 1) and elections.likely_end == dt.datetime(2026, 6, 1)


def test_the_object_of_a_denied_verb_keeps_the_time_after_it() -> None:
    # "did not attend the meeting on Friday": the meeting was on Friday though the attending did not happen
    tl = timeline.build("He did not attend the meeting on Friday.", reference_time="2026-11-25")
    meeting = _event(tl, "meeting")
    assert meeting.earliest_start == dt.datetime(2026, 11, 20) and meeting.latest_end == dt.datetime(2026, 11, 21)
    assert _event(tl, "attend").likely_start is None


def test_a_noun_a_phrase_separates_from_the_time_is_not_dated_by_it() -> None:
    # the negative: "did not discuss the strike with reporters on Friday": Friday is the (denied) discussing's, not the strike's
    tl = timeline.build("He did not discuss the strike with reporters on Friday.", reference_time="2026-11-25")
    strike = _event(tl, "strike")
    assert strike.earliest_start is None


def test_a_length_after_an_amount_is_how_long_it_takes_not_a_time_ahead() -> None:
    # "up to 50mm of rain in a few hours" on a Thursday told ahead: no window from now for the rain
    from _timelines import value_and_bounds

    text = "Storms will spread east on Thursday, bringing up to 50mm of rain in a few hours."
    assert value_and_bounds(text, "a few hours", "2027-06-22") == ("PTXH", "none", "none")
    assert value_and_bounds("Shares could rise 8 percent in two days.", "two days", "2027-06-22") == ("P2D", "none", "none")


def test_in_a_length_with_no_amount_before_still_points_ahead() -> None:
    # the negative: "will open in ten days" is ten days from the publication day
    from _timelines import value_and_bounds

    assert value_and_bounds("The first ward will open in ten days.", "ten days", "2027-06-22") == ("P10D", "2027-07-02T00:00", "2027-07-03T00:00")


def test_a_bare_past_form_after_an_infinitive_and_and_shares_its_to() -> None:
    # "expected to develop ... and spread east on Thursday": "spread" is the bare verb, not a past tense at odds with Thursday
    tl = timeline.build("Storms are expected to develop on Wednesday night and spread east on Thursday.", reference_time="2027-06-22")
    assert _event(tl, "spread").tense == "INFINITIVE"
    assert not tl.conflicts


def test_a_bare_past_form_in_a_past_clause_keeps_its_past() -> None:
    # the negative: "met to discuss the bid and cut its forecast": the meeting is past, so is the cutting
    tl = timeline.build("The board met to discuss the bid and cut its forecast.", reference_time="2027-06-22")
    assert _event(tl, "cut").tense == "PAST"


def test_an_act_a_measured_length_before_another_is_soon_over() -> None:
    # "called off 40 seconds before lift-off on Thursday evening": the calling off is that evening, not from midnight
    tl = timeline.build("The launch was called off 40 seconds before lift-off on Thursday evening.", reference_time="2027-10-15")
    called = _event(tl, "called")
    assert called.likely_start is not None and called.likely_start >= dt.datetime(2027, 10, 14, 13)
    assert called.likely_end is not None and called.likely_end <= dt.datetime(2027, 10, 14, 22)



def test_a_bare_plural_before_an_auxiliary_is_the_subject_not_a_verb() -> None:
    # "and repairs will begin in January": the repairs begin then (not a verb "repairs" guessed onto publication day)
    tl = timeline.build("Owners will receive letters, and repairs will begin in January.", reference_time="2026-11-18")
    repairs = _event(tl, "repairs")
    assert repairs.likely_start == dt.datetime(2027, 1, 1) and repairs.likely_end == dt.datetime(2027, 2, 1)


def test_what_and_an_s_verb_before_is_stays_a_verb() -> None:
    # the negative: "What matters is ...": "matters" is the verb of the subject clause; no event noun is made of it
    from timeline.events.detect import _subject_head

    assert not _subject_head(["What", "matters", "is", "that"], 1)
    assert _subject_head(["and", "repairs", "will", "begin"], 1)


def test_the_subject_of_a_beginning_past_a_relative_aside_begins_then() -> None:
    # "repairs, which take about an hour, will begin in January": the repairs start in January
    tl = timeline.build("Owners will receive letters from next Monday, and repairs, which take about an hour, will begin in January.",
                        reference_time="2026-11-18")
    repairs = _event(tl, "repairs")
    assert repairs.earliest_start == dt.datetime(2027, 1, 1)



def test_a_past_perfect_a_report_tells_is_before_the_report_not_in_the_main_clause_time() -> None:
    # "resigned on Sunday night, four days after a newspaper reported that he had claimed expenses": claimed before the report
    tl = timeline.build("The minister resigned on Sunday night, four days after a newspaper reported that he had claimed expenses for a second home.",
                        reference_time="2027-05-31")
    claimed, reported = _event(tl, "claimed"), _event(tl, "reported")
    assert claimed.likely_end is not None and reported.likely_start is not None
    assert claimed.likely_end <= reported.likely_start + dt.timedelta(days=1)
    assert claimed.likely_end < dt.datetime(2027, 5, 30)


def test_a_definite_noun_named_again_before_an_aspectual_verb_is_the_event_told_before() -> None:
    # "when the fire started": the second "fire" is no event mention of its own; the starting is the fire's, on April 9
    tl = timeline.build("The fire broke out shortly after 1 a.m. on April 9. During the trial, which began on October 28, the jury heard "
                        "that he was two miles away when the fire started.", reference_time="2027-11-13")
    started = _event(tl, "started")
    assert started.likely_start is not None and started.likely_end is not None
    assert dt.datetime(2027, 4, 9) <= started.likely_start and started.likely_end <= dt.datetime(2027, 4, 10)
    assert started.earliest_start == dt.datetime(2027, 4, 9, 1)  # certain: the fire's start, which broke out after 1 a.m.


def test_an_indefinite_noun_before_an_aspectual_verb_is_another_event() -> None:
    # the negative: "a fire started nearby in May" is another fire, not the one that broke out on April 9
    tl = timeline.build("The fire broke out on April 9. Witnesses said a fire started nearby in May.", reference_time="2027-11-13")
    fire = _event(tl, "fire")
    assert fire.latest_start is not None and fire.latest_start < dt.datetime(2027, 5, 1)
    assert not tl.conflicts  # (taken for the same fire, its start would be told twice, in April and in May)
