"""Events placed on the news day (session s27, helper place): a verb dated only by a clause on its occasion, a demand
made on an anaphoric day."""

from __future__ import annotations

import datetime as dt

import timeline
from tests._timelines import event, likely_within_day

# published Tuesday 14 April 2026: Saturday 11, Sunday 12, Monday 13 April
BALLOT = ("Nurses at two hospitals in Carden have accepted a pay offer. "
          "Members of the union approved the offer in a postal ballot that closed at noon on Saturday. "
          "Wards reopened on Monday.")


def test_a_verb_dated_only_by_its_occasion_clause_is_on_that_day() -> None:
    """ "approved the offer in a postal ballot that closed at noon on Saturday": the approving has no time of its own,
    only the ballot's; a reader puts it on Saturday, not on the publication day."""
    tl = timeline.build(BALLOT, "2026-04-14")
    assert likely_within_day(event(tl, "approved"), dt.date(2026, 4, 11))


def test_a_verb_in_a_statement_released_on_a_night_is_before_its_midnight() -> None:
    """ "thanked the volunteers in a message posted on Sunday night": the night runs 19:00 to 06:00, the thanking is
    Sunday's (as an event the text puts in that night is), not Monday's early hours nor the publication day."""
    text = ("Rescuers found the missing climber alive on Sunday afternoon. "
            "Her family thanked the volunteers in a message posted on Sunday night. "
            "She left hospital on Monday.")
    tl = timeline.build(text, "2026-04-14")
    assert likely_within_day(event(tl, "thanked"), dt.date(2026, 4, 12))


def test_a_report_dated_by_its_occasion_lets_the_story_go_on_from_its_day() -> None:
    """ "announced her decision in a statement posted on Saturday night. She thanked the staff": a report its
    occasion dates is a step of the lead's day, not a report at publication that ends the narration."""
    text = ("The head of the Carden orchestra resigned on Saturday night after a row with the board. "
            "She announced her decision in a statement posted on the orchestra's website on Saturday night. "
            "She thanked the players and the staff.")
    tl = timeline.build(text, "2026-04-14")
    assert likely_within_day(event(tl, "announced"), dt.date(2026, 4, 11))
    assert likely_within_day(event(tl, "thanked"), dt.date(2026, 4, 11))


def test_a_person_a_relative_clause_dates_gives_the_verb_no_day() -> None:
    """ "charged a man who was arrested on Saturday": the arrest's day is no occasion of the charge, which may come
    days after; the charging is not put on Saturday."""
    text = ("A fight broke out outside a bar in Carden on Saturday night. "
            "Police charged a man who was arrested on Saturday after the fight.")
    tl = timeline.build(text, "2026-04-14")
    assert not likely_within_day(event(tl, "charged"), dt.date(2026, 4, 11))


def test_a_call_for_a_resignation_on_an_anaphoric_day_is_the_call() -> None:
    """ "called for his resignation the same day": a demand made that day (the day the admission was told), not a
    resignation set for it; the call is placed on Friday 10 April, not on the publication day."""
    text = ("The mayor of Carden admitted on Friday that he had misled the council. "
            "Opposition councillors called for his resignation the same day.")
    tl = timeline.build(text, "2026-04-14")
    assert likely_within_day(event(tl, "called"), dt.date(2026, 4, 10))


def test_a_call_of_an_event_keeps_the_time_for_the_event() -> None:
    """ "called a strike for Monday" (said on Wednesday 15 April) is a plan: the time is the strike's, not the calling's
    (its anchors name no time)."""
    tl = timeline.build("Dock workers in Carden called a strike for Monday.", "2026-04-15")
    monday = next(t.tid for t in tl.timexes if t.text == "Monday")
    assert monday in {a.target for a in event(tl, "strike").anchors}
    assert monday not in {a.target for a in event(tl, "called").anchors}


# published Tuesday 5 May 2026: Sunday 3 May (the blast), Monday 4 May (the inspection)
BLAST = ("A boiler exploded in a school kitchen in Carden on Sunday afternoon. "
         "Firefighters searched the building for an hour. "
         "Inspectors examined the boiler on Monday morning. "
         "Neighbours said they heard a loud bang and saw smoke rising from the roof.")


def test_a_witness_perception_after_the_story_moved_on_is_still_the_lead_day() -> None:
    """ "Neighbours said they heard a loud bang" told after a sentence that moved the story to Monday: what the
    witnesses perceived is the news (Sunday's blast), not the inspection's day nor the publication day."""
    tl = timeline.build(BLAST, "2026-05-05")
    assert likely_within_day(event(tl, "heard"), dt.date(2026, 5, 3))
    assert likely_within_day(event(tl, "saw"), dt.date(2026, 5, 3))


def test_a_perception_far_after_the_lead_is_left_alone() -> None:
    """Past :data:`NEWS_DAY_PERCEIVED_REACH` sentences the story has gone on: a perception told there is not
    pulled back to the lead's day."""
    text = ("A boiler exploded in a school kitchen in Carden on Sunday afternoon. "
            "Firefighters searched the building for an hour. "
            "Inspectors examined the boiler on Monday morning. "
            "Parents were told that classes would resume next week. "
            "The council said the boiler was installed in 2011. "
            "It was serviced in March, the council said. "
            "Teachers said they saw the repairs start.")
    tl = timeline.build(text, "2026-05-05")
    assert not likely_within_day(event(tl, "saw"), dt.date(2026, 5, 3))


def test_a_perceived_happening_within_minutes_is_no_gap_after_the_story_before() -> None:
    """ "The road reopened on Monday afternoon. Shopkeepers said they saw the water rise within minutes": the minutes
    are the rise's, not a gap after the reopening (the seeing is not tied to the reopening)."""
    text = ("Heavy rain flooded the high street in Carden on Sunday night. "
            "The road reopened on Monday afternoon. "
            "Shopkeepers said they saw the water rise within minutes.")
    tl = timeline.build(text, "2026-05-05")
    reopened = event(tl, "reopened").eid
    assert reopened not in {a.target for a in event(tl, "saw").anchors}


# published Wednesday 6 May 2026: Monday 4 May (the crash), Tuesday 5 May
FLOWN = ("A bus overturned on the A40 near Carden on Monday afternoon. "
         "The driver was flown to hospital and remained in a serious condition on Tuesday.")


def test_a_happening_before_a_state_a_later_day_dates_is_on_the_lead_day() -> None:
    """ "was flown to hospital and remained in a serious condition on Tuesday": Tuesday is the state's time (how the
    driver was then), not the flight's; told right after the lead, the flight is Monday's news."""
    tl = timeline.build(FLOWN, "2026-05-06")
    assert likely_within_day(event(tl, "flown"), dt.date(2026, 5, 4))
    assert likely_within_day(event(tl, "remained"), dt.date(2026, 5, 5))


def test_a_happening_before_another_happening_a_later_day_dates_keeps_that_day() -> None:
    """ "Crews cleared the debris, and the police reopened the road on Tuesday": a happening's time (not a state's)
    dates the sentence; the clearing is not pulled back to the lead's Monday."""
    text = ("A bus overturned on the A40 near Carden on Monday afternoon. "
            "Crews cleared the debris, and the police reopened the road on Tuesday.")
    tl = timeline.build(text, "2026-05-06")
    assert not likely_within_day(event(tl, "cleared"), dt.date(2026, 5, 4))


def test_a_state_lends_its_time_to_no_happening_joined_before_it() -> None:
    """Past the lead's reach (a report ends it), "was flown to hospital and remained in a serious condition on
    Tuesday" still does not place the flight by the state's Tuesday as the time of its discourse (other guesses may)."""
    text = ("A bus overturned on the A40 near Carden on Monday afternoon. "
            "Police said the road was wet. "
            "The driver was flown to hospital and remained in a serious condition on Tuesday.")
    tl = timeline.build(text, "2026-05-06")
    assert "Tuesday" not in event(tl, "flown").likely_basis


# published Saturday 26 September 2026: Thursday 24 (the closure), Tuesday 22 (the burst)


def test_a_sentence_taking_up_the_offset_clause_goes_on_with_its_day() -> None:
    """ "closed the pool on Thursday, two days after a pipe burst in a changing room. A plumber sealed the pipe within an
    hour": "the pipe" takes up the earlier event's episode; the sealing is Tuesday's, not the lead's Thursday."""
    text = ("Carden council closed the town's swimming pool on Thursday, two days after a pipe burst in a changing room. "
            "A plumber sealed the pipe and the staff mopped the floor.")
    tl = timeline.build(text, "2026-09-26")
    assert likely_within_day(event(tl, "sealed"), dt.date(2026, 9, 22))
    assert likely_within_day(event(tl, "mopped"), dt.date(2026, 9, 22))


def test_a_sentence_taking_up_the_main_clause_stays_on_the_lead_day() -> None:
    """ "A plumber inspected the pool": the pool is the main clause's (the closure's), not the offset clause's; the
    sentence goes on with the lead's Thursday."""
    text = ("Carden council closed the town's swimming pool on Thursday, two days after a pipe burst in a changing room. "
            "A plumber inspected the pool and the pipe.")
    tl = timeline.build(text, "2026-09-26")
    assert likely_within_day(event(tl, "inspected"), dt.date(2026, 9, 24))


def test_a_sentence_with_a_time_of_its_own_keeps_it() -> None:
    """ "A plumber sealed the pipe on Friday": the sentence names its own day; taking up the offset clause's pipe does
    not put the sealing on the burst's Tuesday."""
    text = ("Carden council closed the town's swimming pool on Thursday, two days after a pipe burst in a changing room. "
            "A plumber sealed the pipe on Friday and the staff mopped the floor.")
    tl = timeline.build(text, "2026-09-26")
    assert not likely_within_day(event(tl, "mopped"), dt.date(2026, 9, 22))


def test_a_lead_report_of_a_plan_measures_its_offset_from_the_report() -> None:
    """ "said on Monday that it would withdraw 40 buses to check their brakes, a week after a collision in Leeds killed
    a cyclist" (published Tuesday 6 Oct 2026): the withdrawal is still to come, so the week counts back from the
    saying; the killing (the verb after a short phrase on its subject noun) is Monday 28 September's."""
    text = ("Halden Buses said on Monday that it would withdraw 40 buses to check their brakes, a week after a collision "
            "in Leeds killed a cyclist.")
    tl = timeline.build(text, "2026-10-06")
    assert likely_within_day(event(tl, "killed"), dt.date(2026, 9, 28))


def test_a_plan_with_a_purpose_in_a_lead_report_leaves_the_offset_to_the_report() -> None:
    """ "said on Monday that it would close its plant to cut costs, a week after a fire at the site destroyed a
    warehouse": the offset's source found through the purpose ("to cut") is still to come; the week counts back from
    the saying, so the fire's destruction is Monday 28 September's."""
    text = ("Halden Foods said on Monday that it would close its Carden plant to cut costs, a week after a fire at the "
            "site destroyed a warehouse.")
    tl = timeline.build(text, "2026-10-06")
    assert likely_within_day(event(tl, "destroyed"), dt.date(2026, 9, 28))
