"""Session 49 (lead): behaviour found by reading timelines of stories written for the purpose (sentences are ours)."""

from __future__ import annotations

import datetime as dt

from _timelines import event as _event  # the first event with that word

import timeline


def _before_day(e: timeline.Event, day: dt.datetime) -> bool:
    return e.likely_end is not None and e.likely_end <= day


def test_a_thing_made_by_someone_was_made_before_its_clause() -> None:
    # "A footbridge built by volunteers collapsed on Saturday": the building came before the collapse, not on its day
    tl = timeline.build("A footbridge built by volunteers collapsed on Saturday.", reference_time="2027-10-14")
    built, collapsed = _event(tl, "built"), _event(tl, "collapsed")
    assert collapsed.likely_start == dt.datetime(2027, 10, 9)
    assert _before_day(built, dt.datetime(2027, 10, 9))
    assert "aside" in built.likely_basis


def test_a_creation_aside_set_off_by_commas_is_before_too() -> None:
    # "The ship, designed by a Danish firm, sank on Monday": not the publication day the learned guess gave it
    tl = timeline.build("The ship, designed by a Danish firm, sank on Monday.", reference_time="2027-10-14")
    assert _before_day(_event(tl, "designed"), dt.datetime(2027, 10, 11))


def test_a_compared_base_meeting_does_not_date_the_vote() -> None:
    # "voted for a cut, up from one at the previous meeting in September": the vote is not September's, the meeting is
    tl = timeline.build("Two of the nine members of the committee voted for an immediate cut, up from one at the previous meeting in September.",
                        reference_time="2027-12-09")
    voted, meeting = _event(tl, "voted"), _event(tl, "meeting")
    assert voted.earliest_start is None and voted.likely_start is not None and voted.likely_start >= dt.datetime(2027, 10, 1)
    assert meeting.earliest_start == dt.datetime(2027, 9, 1) and meeting.latest_end == dt.datetime(2027, 10, 1)


def test_a_compared_base_with_its_figure_in_words_is_a_base_too() -> None:
    # the same with the verb dated: Thursday's vote keeps Thursday, the meeting keeps September
    tl = timeline.build("Two members voted for a cut on Thursday, up from one at the previous meeting in September.", reference_time="2027-12-09")
    assert _event(tl, "voted").earliest_start == dt.datetime(2027, 12, 9)
    meeting = _event(tl, "meeting")
    assert meeting.earliest_start == dt.datetime(2027, 9, 1) and meeting.latest_end == dt.datetime(2027, 10, 1)


def test_a_month_premodified_occasion_is_not_an_undated_one_told_before() -> None:
    # "a second election ... the March vote": the vote of March is not the election still to come
    tl = timeline.build("Talks broke down on Saturday night, raising the prospect of a second election within a year. "
                        "The Unity party won the most seats in the March vote.", reference_time="2027-05-16")
    election = _event(tl, "election")
    assert not (election.likely_end is not None and election.likely_end <= dt.datetime(2027, 4, 1))


def test_a_contest_verb_with_its_object_lies_in_the_contest_after_it() -> None:
    # "which won the most seats in the March vote": the winning was at the vote, in March, not at publication
    tl = timeline.build("The Unity party, which won the most seats in the March vote, had negotiated with the Greens for seven weeks.",
                        reference_time="2027-05-16")
    won = _event(tl, "won")
    assert won.earliest_start == dt.datetime(2027, 3, 1) and won.latest_end == dt.datetime(2027, 4, 1)


def test_a_signal_between_object_and_contest_keeps_them_apart() -> None:
    # the negative: "won a seat after the vote in March": the winning is ordered after the vote, not within it
    tl = timeline.build("The party won a seat after the vote in March.", reference_time="2027-05-16")
    won = _event(tl, "won")
    assert won.earliest_start is None or won.earliest_start >= dt.datetime(2027, 3, 1)
    assert not (won.latest_end == dt.datetime(2027, 4, 1) and won.earliest_start == dt.datetime(2027, 3, 1))


def test_the_last_minutes_of_a_past_clause_are_not_the_minutes_before_publication() -> None:
    # "scored twice in the last ten minutes": the match's last minutes, not 23:50 on the eve of publication
    from timeline.tagger import tag

    t = next(t for t in tag("Marsh scored twice in the last ten minutes as City beat United on Sunday.", "2027-11-15").timexes
             if t.text == "the last ten minutes")
    assert t.value == "PT10M" and t.earliest is None and t.latest is None


def test_the_last_minutes_of_a_present_perfect_count_up_to_now() -> None:
    # the negative: "have made two arrests in the last ten minutes" counts back from now
    from timeline.tagger import tag

    t = next(t for t in tag("Police have made two arrests in the last ten minutes.", "2027-11-15").timexes if t.text == "the last ten minutes")
    assert t.earliest is not None and t.latest is not None


def test_a_first_since_a_year_after_a_possessive_is_the_span_compared() -> None:
    # "The win was City's first in the derby since 2022": Sunday's win, no conflict with "since 2022"
    tl = timeline.build("City beat United 3-2 on Sunday. The win was City's first in the derby since 2022.", reference_time="2027-11-15")
    assert not tl.conflicts
    win = _event(tl, "win")
    assert win.likely_start == dt.datetime(2027, 11, 14) and win.likely_end == dt.datetime(2027, 11, 15)


def test_hours_spread_over_days_are_no_conflict() -> None:
    # "deliberated for nine hours over two days": nine hours in all within a two-day stretch, not two lengths at odds
    tl = timeline.build("Jurors deliberated for nine hours over two days before returning verdicts on Tuesday.", reference_time="2026-11-18")
    assert not tl.conflicts
    deliberated = _event(tl, "deliberated")
    assert deliberated.likely_end is not None and deliberated.likely_end <= dt.datetime(2026, 11, 18)
    returning = _event(tl, "returning")
    assert returning.likely_start == dt.datetime(2026, 11, 17)


def test_two_lengths_without_a_spread_word_still_conflict() -> None:
    # the negative: "for nine hours for two days" says two things of one extent that cannot both hold
    tl = timeline.build("Jurors deliberated for nine hours, for two days, before returning verdicts on Tuesday.", reference_time="2026-11-18")
    assert tl.conflicts


def test_an_adverb_after_the_relative_pronoun_keeps_the_act_an_aside() -> None:
    # "three patients who later died": the deaths came before the trial's verdict, not on its day
    tl = timeline.build("A nurse accused of falsifying the records of three patients who later died was cleared by a jury on Tuesday.",
                        reference_time="2026-11-18")
    died = _event(tl, "died")
    assert died.likely_end is not None and died.likely_end <= dt.datetime(2026, 11, 17)
    assert "aside" in died.likely_basis


def test_an_irregular_past_verb_tells_the_next_years_of_the_story() -> None:
    # "The war became a guerrilla struggle over the next two years": a past clause, the two years after the story's day
    from _timelines import value_and_bounds

    text = "The town fell on 30 June 1852. The war became a guerrilla struggle over the next two years."
    assert value_and_bounds(text, "the next two years", "2026-12-06", mode="narrative") == ("P2Y", "1852-06-30T00:00", "1854-07-01T00:00")
    assert value_and_bounds(text, "the next two years", "2026-12-06") == ("P2Y", "1852-06-30T00:00", "1854-07-01T00:00")


def test_a_present_clause_keeps_the_next_years_ahead_of_now() -> None:
    # the negative: "The war becomes a struggle over the next two years" (a present-tense preview) counts from now
    from _timelines import value_and_bounds

    text = "The town fell on 30 June 1852. The game becomes a struggle over the next two years."
    assert value_and_bounds(text, "the next two years", "2026-12-06")[1] == "2026-12-06T00:00"


def test_a_contest_with_its_own_time_after_it_keeps_that_time_to_itself() -> None:
    # the negative: "finished fourth in the regatta last year" is last year's regatta; "the regatta" told after it on
    # Saturday is not pulled back into last year through it
    tl = timeline.build("Ina Holm won the Kessel Regatta on Saturday. She had finished fourth in the regatta last year. "
                        "Officials said 200 boats started the regatta, which began at 9 a.m. in a light wind.", reference_time="2026-05-03")
    started = _event(tl, "started")
    assert started.likely_start is not None and started.likely_start >= dt.datetime(2026, 1, 1)
