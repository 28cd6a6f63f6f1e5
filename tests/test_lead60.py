"""Session 60 (lead): behaviour found by reading timelines of stories written for the purpose (sentences are ours)."""

from __future__ import annotations

import datetime as dt

import timeline
from _timelines import day_of as _day, numbered_event as _event, tagged_values as _values  # (shared test lookups)


def test_a_day_in_a_participle_clause_after_the_lead_day_leaves_the_story_on_it() -> None:
    # Saturday 15 Nov 2031: "blocking the line for most of Thursday" hangs a consequence on the Wednesday crash; the clock
    # time told next is the crash's (Wednesday night), and so are "overnight" and the dawn after it
    text = ("A goods train came off the rails late on Wednesday, blocking the line for most of Thursday. Nine wagons "
            "overturned at about 10.40 p.m. Cranes arrived overnight and lifting began at dawn.")
    values = _values(text, "2031-11-15")
    assert values["10.40 p.m."] == "2031-11-12T22:40", values
    assert values["overnight"] == "2031-11-12TNI", values
    assert values["dawn"] == "2031-11-13TMO", values
    # a look back in such a clause does not move the story either: the charge is Sunday's evening
    values = _values("Police arrested a man on Sunday, ending a search that began on Friday. He was charged at 7 p.m.", "2031-11-15")
    assert values["7 p.m."] == "2031-11-09T19:00", values
    # not a clause that opens with a preposition in -ing: "following" leaves the story where the day is
    values = _values("The road was shut on Monday, following a crash on Sunday. Police reopened it at 6 p.m.", "2031-11-15")
    assert values["6 p.m."] == "2031-11-09T18:00", values


def test_the_story_goes_on_past_a_sentence_that_tells_only_what_did_not_happen() -> None:
    # Saturday 15 Nov 2031: "Nobody was hurt." tells no happening; the driver's acts go on with the derailment's night, not
    # the publication day
    for between in ("Nobody was hurt.", "No one was injured, police said."):
        tl = timeline.build("A goods train came off the rails late on Wednesday. Nine wagons overturned at about 10.40 p.m. "
                            f"{between} The driver stopped the engine and alerted the signaller.", reference_time="2031-11-15")
        for word in ("stopped", "alerted"):
            assert _day(_event(tl, word).likely_start) == dt.date(2031, 11, 12), _event(tl, word)
    # so after a clock time, with the sentence that tells nothing opening a new paragraph
    tl = timeline.build("The quake struck at 4:12 a.m. on Wednesday. Aftershocks followed, the largest shortly after 7 a.m.\n\nNo deaths "
                        "were reported. Six people were treated for cuts.", reference_time="2031-09-18")
    assert _day(_event(tl, "treated").likely_start) == dt.date(2031, 9, 17), _event(tl, "treated")


def test_an_infinitive_after_is_expected_to_lies_after_publication() -> None:
    # Wednesday 12 Nov 2031: "is expected to start in the autumn" said in the autumn: the start is still to come, certainly
    # and most likely (it was put on the evening of the approval told before it)
    tl = timeline.build("The scheme was approved on Tuesday evening. Building is expected to start in the autumn.", reference_time="2031-11-12")
    start = _event(tl, "start")
    assert start.earliest_start == dt.datetime(2031, 11, 12), start
    assert start.likely_start is not None and start.likely_start >= dt.datetime(2031, 11, 12), start
    # so with "due to", "set to" and an adverb between; not "was expected to", which says nothing of now
    for sentence in ("The depot is due to reopen in November.", "The depot is now set to reopen in November."):
        reopen = _event(timeline.build(sentence, reference_time="2031-11-12"), "reopen")
        assert reopen.earliest_start == dt.datetime(2031, 11, 12), (sentence, reopen)
    reopen = _event(timeline.build("The depot was expected to reopen in November.", reference_time="2031-11-12"), "reopen")
    assert reopen.earliest_start == dt.datetime(2031, 11, 1), reopen


def test_an_occasion_taken_part_in_or_held_shares_the_time_of_its_verb() -> None:
    # Wednesday 12 Nov 2031: "packed the meeting" lies within the meeting; "the vote was taken" is the vote; both of
    # Tuesday evening's sitting, not the publication day
    tl = timeline.build("The scheme was approved by the board on Tuesday evening. Neighbours packed the meeting, and the vote "
                        "was taken after two hours of argument.", reference_time="2031-11-12")
    vote = _event(tl, "vote")
    assert (vote.likely_start, vote.likely_end) == (dt.datetime(2031, 11, 11, 17), dt.datetime(2031, 11, 11, 22)), vote
    meeting = _event(tl, "meeting")
    assert meeting.likely_start is not None and meeting.likely_start <= dt.datetime(2031, 11, 11, 17), meeting
    packed_in = [r for r in tl.relations if {r.source, r.target} == {_event(tl, "packed").eid, meeting.eid} and r.certain]
    assert packed_in, tl.relations
    # not an occasion put off or called ("postponed the meeting"): no link between the two
    tl = timeline.build("The board postponed the meeting on Tuesday.", reference_time="2031-11-12")
    assert not [r for r in tl.relations if {r.source, r.target} == {_event(tl, "postponed").eid, _event(tl, "meeting").eid}
                and r.certain], tl.relations


def test_a_noun_taking_up_a_verb_of_its_sentence_keeps_that_verb_s_days() -> None:
    # Friday 14 Nov 2031: "the search" a helicopter joined on Tuesday evening is the searching of Monday and Tuesday; it is not
    # squeezed into Tuesday evening, nor is the searching
    tl = timeline.build("Neighbours searched the fields on Monday and Tuesday, and a police helicopter joined the search on "
                        "Tuesday evening.", reference_time="2031-11-14")
    for word in ("searched", "search"):
        e = _event(tl, word)
        assert (e.likely_start, e.likely_end) == (dt.datetime(2031, 11, 10), dt.datetime(2031, 11, 12)), e
    joined = _event(tl, "joined")
    assert (joined.likely_start, joined.likely_end) == (dt.datetime(2031, 11, 11, 17), dt.datetime(2031, 11, 11, 22)), joined


def test_a_fixture_a_report_tells_as_still_to_come_lies_after_the_report() -> None:
    # Wednesday 16 Jul 2031: "Sunday's fair would go ahead" in a report is the coming Sunday (20th), not the one just gone
    assert _values("Organisers said Sunday's fair would go ahead.", "2031-07-16")["Sunday"] == "2031-07-20"
    assert _values("Organisers said Sunday's fair went ahead.", "2031-07-16")["Sunday"] == "2031-07-13"
    assert _values("Organisers said Sunday's car boot sale would go ahead.", "2031-07-16")["Sunday"] == "2031-07-20"
    # a day's programme called off, with "called off" or a plural noun of the programme: the coming Saturday
    assert _values("Organisers called off Saturday's parade.", "2031-07-16")["Saturday"] == "2031-07-19"
    assert _values("Organisers cancelled Saturday's events.", "2031-07-16")["Saturday"] == "2031-07-19"
    # said on the Monday after, the Sunday just gone is the nearer
    assert _values("Organisers said Sunday's fair would go ahead.", "2031-07-14")["Sunday"] == "2031-07-13"


def test_a_when_clause_whose_subject_has_a_phrase_of_place_dates_the_main_verb() -> None:
    # Tuesday 18 Nov 2031: "died when a footbridge over the river collapsed at about 3:40 a.m. on Sunday": the deaths lie in
    # the collapse (certainly on Sunday, most likely from its clock time on), not before it
    tl = timeline.build("Two people died when a footbridge over the Arrow collapsed at about 3:40 a.m. on Sunday, the fire "
                        "service said.", reference_time="2031-11-18")
    died = _event(tl, "died")
    assert died.earliest_start == dt.datetime(2031, 11, 16, 3, 10), died
    assert died.likely_start is not None and died.likely_start >= dt.datetime(2031, 11, 16, 3, 10), died
    tl = timeline.build("Shops shut after a fire in a bakery spread on Sunday.", reference_time="2031-11-18")
    assert _event(tl, "shut").earliest_start == dt.datetime(2031, 11, 16), _event(tl, "shut")
    # a phrase of more than three words after the preposition is no such subject
    tl = timeline.build("Two people died when a bridge at the far end of the old town collapsed on Sunday.", reference_time="2031-11-18")
    assert _event(tl, "died").earliest_start is None, _event(tl, "died")


def test_a_prospect_told_in_a_flashback_paragraph_does_not_keep_the_story_there() -> None:
    # Friday 21 Mar 2031: "had warned on Monday that ... by the end of the week" is a flashback with a prospect in it; the
    # next paragraph is back on Thursday, the story's day
    text = ("Britain recorded its warmest March day on Thursday.\n\nForecasters had warned on Monday that warm air would lift "
            "temperatures by the end of the week.\n\nBeaches were busy by mid-morning.")
    assert _values(text, "2031-03-21")["mid-morning"] == "2031-03-20TMO"


def test_a_time_after_a_topic_phrase_dates_the_noun_the_topic_is_of() -> None:
    # Thursday 18 Sep 2031: "a public meeting on the tax rise next week": the meeting's week; the rise stays in March
    tl = timeline.build("Residents were angry over a rise in council tax in March. The mayor said she would hold a public meeting "
                        "on the tax rise next week.", reference_time="2031-09-18")
    meeting = _event(tl, "meeting")
    assert (meeting.earliest_start, meeting.latest_end) == (dt.datetime(2031, 9, 22), dt.datetime(2031, 9, 29)), meeting
    second_rise = _event(tl, "rise", 1)
    assert second_rise.earliest_start is None or second_rise.earliest_start < dt.datetime(2031, 9, 22), second_rise


def test_a_relative_act_with_a_clause_of_its_own_inside_is_before_the_main_verb() -> None:
    # Saturday 16 Mar 2030: "who took deposits for kitchens he never fitted was jailed on Friday": the taking is an act
    # before the jailing (as with no inner clause), not on its day
    tl = timeline.build("A joiner who took deposits for kitchens he never fitted was jailed on Friday.", reference_time="2030-03-16")
    took = _event(tl, "took")
    assert took.likely_end is not None and took.likely_end <= dt.datetime(2030, 3, 15), took


def test_a_clock_time_of_a_night_the_lead_told_before_the_story_s_morning_is_that_night_s() -> None:
    # Friday 25 Jun 2032: "ran aground on Wednesday night and was refloated on Thursday morning": "10.40 p.m." told next is
    # the grounding's (Wednesday's), not Thursday's evening; the small hours after it are Thursday's
    text = ("A trawler that ran aground off Cray Head on Wednesday night was refloated on Thursday morning. It hit a reef at "
            "about 10.40 p.m., and the last of the crew reached the shore at 2.50 a.m.")
    values = _values(text, "2032-06-25")
    assert values["10.40 p.m."] == "2032-06-23T22:40", values
    assert values["2.50 a.m."] == "2032-06-24T02:50", values
    # a whole day told for the day before holds no such clock: "on Wednesday ... on Thursday morning. ... at 10.40 p.m."
    values = _values("The trawler ran aground on Wednesday and was refloated on Thursday morning. Tugs left at 10.40 p.m.", "2032-06-25")
    assert values["10.40 p.m."] == "2032-06-24T22:40", values


def test_a_relative_act_with_a_while_participle_inside_is_before_the_main_verb() -> None:
    # Thursday 12 Feb 2026: "who hit a cyclist while reading a text was jailed on Wednesday": hitting and reading are acts
    # before the jailing, not on its day
    tl = timeline.build("A lorry driver who hit a cyclist while reading a text was jailed on Wednesday.", reference_time="2026-02-12")
    for word in ("hit", "reading"):
        e = _event(tl, word)
        assert e.likely_end is not None and e.likely_end <= dt.datetime(2026, 2, 11), e


def test_the_fall_after_a_fall_told_is_the_event_in_news_too() -> None:
    # Monday 24 Aug 2026: "shortly before the fall" after "a climber who fell" is that fall, no autumn; with no fall told
    # before it, "before the fall" stays the season
    values = _values("A climber who fell from a ledge on Friday evening was found on Sunday. He had called his sister shortly "
                     "before the fall.", "2026-08-24")
    assert "the fall" not in values, values
    assert _values("The plant will reopen before the fall.", "2026-08-24")["the fall"] == "2026-FA"


def test_a_present_participle_modifying_a_noun_leaves_the_time_to_its_clause_s_verb() -> None:
    # Wednesday 15 Jul 2026: "trapped by rising water in the caves on Saturday": the trapping's Saturday, not the rising's
    tl = timeline.build("Three divers who were trapped by rising water in a flooded mine on Saturday were brought out on Monday.",
                        reference_time="2026-07-15")
    trapped = _event(tl, "trapped")
    assert (trapped.earliest_start, trapped.latest_end) == (dt.datetime(2026, 7, 11), dt.datetime(2026, 7, 12)), trapped
