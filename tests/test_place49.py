"""Helper place, forty-ninth session: events on the right day and in order (issue 10), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import likely_within_day, only_event


# A noun with a phrase before an aspectual verb (lexicon subject_phrase_gap): no relative pronoun inside the phrase

def test_a_relative_clause_verb_does_not_end_the_noun_before_its_phrase() -> None:
    """"Members voted for the strike in a ballot that closed on August 28. The strike began on September 16." (Monday
    21 September 2026): the ballot closed on August 28, not the strike; the strike began on September 16."""
    tl = timeline.build("Members voted for the strike in a ballot that closed on August 28. The strike began on September 16.",
                        reference_time="2026-09-21")
    assert likely_within_day(only_event(tl, "began"), dt.date(2026, 9, 16))
    strike = next(e for e in tl.events if e.text == "strike")
    assert strike.latest_end is None or strike.latest_end > dt.datetime(2026, 9, 16)


def test_a_phrase_before_an_aspectual_verb_still_names_its_subject() -> None:
    """Negative: "Repairs on the old bridge will begin in June." (6 May 2026): the repairs begin in June."""
    tl = timeline.build("Repairs on the old bridge will begin in June.", reference_time="2026-05-06")
    work = only_event(tl, "Repairs")
    assert work.earliest_start is not None and work.earliest_start >= dt.datetime(2026, 6, 1)


# A taking verb's length runs up to its infinitive ("took five hours to reach"; lexicon pattern taking_to,
# anchoring/clause_links.py _taking_links)

def test_the_infinitive_a_taking_verb_measures_ends_it() -> None:
    """"The trial ended on Tuesday. Jurors took three hours to reach a decision." (Thursday 7 May 2026): the reaching is
    at the end of the three hours, on Tuesday, not on the publication day."""
    tl = timeline.build("The trial ended on Tuesday. Jurors took three hours to reach a decision.", reference_time="2026-05-07")
    reach, took = only_event(tl, "reach"), only_event(tl, "took")
    assert likely_within_day(reach, dt.date(2026, 5, 5))
    assert any(a.target == reach.eid and str(a.relation) == "ended_by" for a in took.anchors)


def test_a_taking_verb_without_a_length_measures_nothing() -> None:
    """Negatives: "The crew took two injured climbers to the hospital on Tuesday." (no length: no infinitive) and "It took
    him to the final." keep their verbs unlinked to anything they take."""
    for text in ("The crew took two injured climbers to the hospital on Tuesday.", "The win took him to the final."):
        tl = timeline.build(text, reference_time="2026-05-07")
        took = only_event(tl, "took")
        assert not any(str(a.relation) == "ended_by" for a in took.anchors)


# A verb done in a contest's round or match (lexicon contest_rounds, pattern in_round; anchoring/clause_links.py
# _in_round_links)

def test_a_verb_done_in_a_dated_round_takes_its_day() -> None:
    """"Dunmore beat Ashford in the first round on May 2 and edged past Leigh in the quarter-final on May 9." (Monday 18
    May 2026): the edging was the quarter-final, on May 9, not the first round's day the sentence told before."""
    tl = timeline.build("Dunmore beat Ashford in the first round on May 2 and edged past Leigh in the quarter-final on May 9.",
                        reference_time="2026-05-18")
    assert likely_within_day(only_event(tl, "edged"), dt.date(2026, 5, 9))
    assert likely_within_day(only_event(tl, "beat"), dt.date(2026, 5, 2))


def test_a_participle_done_in_a_dated_round_takes_its_day() -> None:
    """"Rovers reached the final on Sunday by knocking out Leigh in the semi-final on May 9." (Monday 18 May 2026): the
    knocking out was the semi-final, on May 9."""
    tl = timeline.build("Rovers reached the final on Sunday by knocking out Leigh in the semi-final on May 9.", reference_time="2026-05-18")
    assert any(str(a.relation) == "during" and a.target == only_event(tl, "semi-final").eid for a in only_event(tl, "knocking").anchors)


def test_a_verb_outside_the_round_is_not_held_in_it() -> None:
    """Negative: "The players waited in the tunnel before the final on Sunday.": the waiting was before the final, not
    during it (no "in" right before the round)."""
    tl = timeline.build("The players waited in the tunnel before the final on Sunday.", reference_time="2026-05-18")
    waited = only_event(tl, "waited")
    assert not any(str(a.relation) == "during" and a.target == only_event(tl, "final").eid for a in waited.anchors)


# A relative clause whose verb starts a happening, right after an event noun (anchoring/aspectual.py, onset_verbs)

def test_a_relative_clause_that_breaks_out_begins_its_noun() -> None:
    """"Police arrested nine people during the riots, which broke out on Friday." (Tuesday 3 November 2026): the riots
    began on Friday 30 October (certain), so the arrests were not before it."""
    tl = timeline.build("Police arrested nine people during the riots, which broke out on Friday.", reference_time="2026-11-03")
    riots = only_event(tl, "riots")
    assert riots.earliest_start == dt.datetime(2026, 10, 30)
    assert any(str(a.relation) == "begun_by" for a in riots.anchors)


def test_a_relative_clause_that_breaks_down_ends_its_noun() -> None:
    """Negative: "The talks, which broke down on Friday, resumed on Monday.": breaking down ends the talks; it does not
    begin them."""
    tl = timeline.build("The talks, which broke down on Friday, resumed on Monday.", reference_time="2026-11-03")
    talks = only_event(tl, "talks")
    assert not any(str(a.relation) == "begun_by" for a in talks.anchors)


# A noun told after a verb of its kind takes over the chain (anchoring/coreference.py)

def test_a_definite_noun_takes_up_the_noun_named_after_a_verb_of_its_kind() -> None:
    """"Councillors voted on Monday to hold a snap election on December 13. The mayor will stay in office until the
    election." (Tuesday 3 November 2026): "the election" is the snap election of December 13 (the voting was of its kind,
    but the noun named it), not an undated past event."""
    tl = timeline.build("Councillors voted on Monday to hold a snap election on December 13. The mayor will stay in office until the election.",
                        reference_time="2026-11-03")
    later = max((e for e in tl.events if e.text == "election"), key=lambda e: e.start)
    assert likely_within_day(later, dt.date(2026, 12, 13))


def test_two_nouns_of_a_kind_leave_a_definite_one_untaken() -> None:
    """Negative: "A hearing was held in December. A second hearing came in March. The hearing lasted an hour." (June 2026):
    which hearing is unsaid; the last one takes up neither (no verb before them)."""
    tl = timeline.build("A hearing was held in December. A second hearing came in March. The hearing lasted an hour.", reference_time="2026-06-03")
    last = max((e for e in tl.events if e.text == "hearing"), key=lambda e: e.start)
    assert not any(str(a.relation) == "simultaneous" and a.target in {e.eid for e in tl.events if e.text == "hearing"} for a in last.anchors)


# A time a signal of purpose introduces loses to the clause's other time (lexicon purpose_time_signals,
# anchoring/times.py one_time_each)

def test_a_time_of_purpose_gives_way_to_the_clause_s_own_time() -> None:
    """"The charity had stocked the warehouse for the winter last month." (Tuesday 24 February 2026): the stocking was
    last month, January 2026, not in a winter; "The museum closed for the winter in November." (20 December 2026): in
    November."""
    tl = timeline.build("The charity had stocked the warehouse for the winter last month.", reference_time="2026-02-24")
    stocked = only_event(tl, "stocked")
    assert stocked.likely_start is not None and stocked.likely_end is not None
    assert dt.datetime(2026, 1, 1) <= stocked.likely_start and stocked.likely_end <= dt.datetime(2026, 2, 1)
    closed = only_event(timeline.build("The museum closed for the winter in November.", reference_time="2026-12-20"), "closed")
    assert closed.likely_start is not None and closed.likely_end is not None
    assert dt.datetime(2026, 11, 1) <= closed.likely_start and closed.likely_end <= dt.datetime(2026, 12, 1)


def test_a_time_of_purpose_alone_still_ties_its_event() -> None:
    """Negative: "The museum closed for the winter." (20 December 2026): no other time; the winter still holds the closing."""
    closed = only_event(timeline.build("The museum closed for the winter.", reference_time="2026-12-20"), "closed")
    assert any(str(a.relation) == "during" and a.evidence == "for the winter" for a in closed.anchors)


def test_a_dated_verb_does_not_hold_its_round_in_its_time() -> None:
    """Negative: "Mara Lind won the Elvedon Half Marathon on Sunday. She had finished third in the race last year. Organisers
    said 9,000 runners started the race, which began at 9 a.m." (Monday 4 May 2026): the finishing has a time of its own;
    its round is not tied to it, so the race named again after it (this year's) still starts on Sunday 3 May."""
    tl = timeline.build("Mara Lind won the Elvedon Half Marathon on Sunday. She had finished third in the race last year. "
                        "Organisers said 9,000 runners started the race, which began at 9 a.m.", reference_time="2026-05-04")
    assert likely_within_day(only_event(tl, "started"), dt.date(2026, 5, 3))


# A comma that closes a relative aside: the verb after it is the main clause's (anchoring/aspectual.py _closes_aside)

def test_the_verb_after_a_closed_aside_does_not_end_its_last_noun() -> None:
    """"Rovers, who had knocked out the holders in the quarter-final, finished with ten men.": Rovers finished; the
    quarter-final did not end with that finishing."""
    tl = timeline.build("Rovers, who had knocked out the holders in the quarter-final, finished with ten men.", reference_time="2026-11-23")
    assert not any(str(a.relation) == "ended_by" for a in only_event(tl, "quarter-final").anchors)


def test_a_noun_right_before_a_comma_and_its_verb_still_ends_with_it() -> None:
    """Negative: "The final, ended in a draw." (no aside open before the noun) and "The meeting, which began at noon,
    ended at 3 p.m." (the aside is the noun's own) keep their nouns ended by the verb."""
    final = only_event(timeline.build("The final, ended in a draw.", reference_time="2026-11-23"), "final")
    assert any(str(a.relation) == "ended_by" for a in final.anchors)
    meeting = only_event(timeline.build("The meeting, which began at noon, ended at 3 p.m.", reference_time="2026-11-23"), "meeting")
    assert any(str(a.relation) == "ended_by" for a in meeting.anchors)


def test_a_verb_still_ahead_is_not_held_in_its_round() -> None:
    """Negative: "United will play in the semi-final after knocking out Leigh on Tuesday night." (Wednesday 20 May 2026):
    the playing is ahead, not on the publication day an undated round would put it on."""
    tl = timeline.build("United will play in the semi-final after knocking out Leigh on Tuesday night.", reference_time="2026-05-20")
    play = only_event(tl, "play")
    assert play.likely_end is not None and play.likely_end > dt.datetime(2026, 5, 21)
