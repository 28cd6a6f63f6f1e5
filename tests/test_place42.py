"""Session 42, helper place: a result won back from a deficit is real ("came from two goals down to beat"); the lead's
dated infinitive after a real past act dates the news's day; a signal that takes a bare noun ("appeared before
magistrates last August", "questioned by detectives last week") sets no relation to the time after that noun; a past
participle opening a sentence with a dated phrase ("Born in Hull in 1941, ...") is an event; an event noun that takes up
an earlier one, ordered by a signal in its sentence, takes no time of that sentence (sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

from timeline import build
from timeline.placement.undated import news_day

from _timelines import anchors_of, event, likely_within, likely_within_day, only_event


def test_a_result_won_back_from_a_deficit_is_real_and_dated() -> None:
    # published Monday 12 October 2026: the beating happened on Saturday 10
    tl = build("Carden City came from a goal down to beat Westfield 2-1 on Saturday.", reference_time="2026-10-12")
    beat = only_event(tl, "beat")
    assert beat.real
    assert likely_within_day(beat, dt.date(2026, 10, 10))


def test_an_infinitive_after_down_without_from_stays_an_intention() -> None:
    # control: "sat down to sign" tells no deficit won back; the signing is only intended
    tl = build("The mayor sat down to sign the order on Friday.", reference_time="2026-10-12")
    assert not only_event(tl, "sign").real


def test_the_leads_dated_infinitive_after_a_past_act_dates_the_news_day() -> None:
    # a lead whose dated act ("to beat ... on Saturday", e2) is no past tense of its own, after the lead's real past act
    # (e1, "came"): an undated happening told in the next sentence (e3) is on the lead's Saturday
    events = [("e1", "OCCURRENCE", 0), ("e2", "OCCURRENCE", 0), ("e3", "OCCURRENCE", 1)]
    saturday = dt.datetime(2026, 10, 10)
    placed = news_day(events, {"e2": "t1"}, {"t1": (saturday, saturday + dt.timedelta(days=1))}, frozenset({"t1"}),
                      (dt.datetime(2026, 10, 12), dt.datetime(2026, 10, 13)), {"e1": True, "e2": True, "e3": True},
                      {"e1": True, "e3": True}, frozenset({"e3"}), frozenset({"e2"}), {})
    assert placed == {"e3": ("t1", saturday, saturday + dt.timedelta(days=1))}


def test_without_a_past_act_before_it_the_infinitive_dates_no_news_day() -> None:
    # control: the lead's only act is the undated infinitive's own ("e2" first, nothing past before it)
    events = [("e2", "OCCURRENCE", 0), ("e1", "OCCURRENCE", 0), ("e3", "OCCURRENCE", 1)]
    saturday = dt.datetime(2026, 10, 10)
    placed = news_day(events, {"e2": "t1"}, {"t1": (saturday, saturday + dt.timedelta(days=1))}, frozenset({"t1"}),
                      (dt.datetime(2026, 10, 12), dt.datetime(2026, 10, 13)), {"e1": True, "e2": True, "e3": True},
                      {"e1": True, "e3": True}, frozenset({"e3"}), frozenset({"e2"}), {})
    assert placed == {}


def test_a_signal_taking_a_bare_noun_does_not_order_the_time_after_it() -> None:
    # published Thursday 23 April 2026: "before magistrates" and "by detectives" are a place and an agent, not a time's
    # signal: the appearance was in August 2025 (not before it), the questioning in the week of 13 April (not by its end)
    tl = build("A farmer first appeared before magistrates last August. His brother was questioned by detectives last week.",
               reference_time="2026-04-23")
    appeared, questioned = only_event(tl, "appeared"), only_event(tl, "questioned")
    assert likely_within(appeared, dt.datetime(2025, 8, 1), dt.datetime(2025, 9, 1))
    assert likely_within(questioned, dt.datetime(2026, 4, 13), dt.datetime(2026, 4, 20))
    assert not any(relation in ("before", "by") for relation, _target in anchors_of(appeared) | anchors_of(questioned))


def test_a_signal_before_a_modifier_still_orders_the_time() -> None:
    # control: "before late Monday": "late" is no noun the signal could take; the repair ended before the time
    tl = build("Crews repaired the main before late Monday, the water company said.", reference_time="2026-04-23")
    assert ("by", "t1") in anchors_of(only_event(tl, "repaired"))


def test_a_dated_opening_participle_is_an_event_of_its_year() -> None:
    # published Thursday 14 May 2026: "Born in Hull in 1941," opens the sentence; the birth is 1941's, and what the
    # sentence tells after it does not take the day of the death told before
    tl = build("Eric Ward, a printer, died on Sunday. Born in Hull in 1941, Ward trained as a typesetter.", reference_time="2026-05-14")
    born = only_event(tl, "Born")
    assert born.real
    assert likely_within(born, dt.datetime(1941, 1, 1), dt.datetime(1942, 1, 1))
    assert not likely_within_day(only_event(tl, "trained"), dt.date(2026, 5, 10))


def test_an_undated_opening_participle_is_left_to_the_models() -> None:
    # control: no figure in the opening phrase ("Based in Leeds,"): no event added for "Based"
    tl = build("Based in Leeds, the firm opened a second shop in 2019.", reference_time="2026-05-14")
    assert "Based" not in [e.text for e in tl.events]


def test_a_taken_up_noun_ordered_by_a_signal_keeps_its_happenings_time() -> None:
    # published Thursday 8 October 2026: the crash (November 2025) is taken up in a sentence whose other verb is dated
    # January; "the week after the crash" orders the suspension against it: the crash stays November's
    text = ("A signal fault caused the tram crash in Leeds last November, a report found on Thursday.\n\n"
            "Two trams collided at a junction on the evening of 3 November 2025. Minutes before the crash, a controller had "
            "cleared the second tram.\n\n"
            "A manager who raised the fault in October was told that a fix would come in the new year.\n\n"
            "The operator suspended the contractor the week after the crash and replaced the software in January.")
    tl = build(text, reference_time="2026-10-08")
    crashes = [e for e in tl.events if e.text == "crash"]
    assert len(crashes) == 3
    assert all(likely_within(e, dt.datetime(2025, 11, 1), dt.datetime(2025, 12, 1)) for e in crashes)
    assert likely_within(event(tl, "replaced"), dt.datetime(2026, 1, 1), dt.datetime(2026, 2, 1))


def test_the_occasions_clock_after_a_flashback_is_back_at_the_leads_day() -> None:
    # published Monday 30 November 2026: after two sentences looking back (2019, February, March) in the same paragraph,
    # "in the 12th minute" can only be the match's clock: the goal and the header are Saturday 28's
    text = ("Hallam Town beat Eastfield 3-1 in the cup on Saturday, with Danny Moss scoring twice.\n\n"
            "Moss joined the club from a rival in 2019. He tore a knee ligament in February and had surgery in March. "
            "His first goal came in the 12th minute, when he headed in a corner.")
    tl = build(text, reference_time="2026-11-30")
    assert likely_within_day(only_event(tl, "came"), dt.date(2026, 11, 28))
    assert likely_within_day(only_event(tl, "headed"), dt.date(2026, 11, 28))


def test_without_the_occasions_clock_the_flashback_paragraph_goes_on() -> None:
    # control: the same paragraph with no clock of the match ("He returned to training soon after") is not sent back to
    # the match's Saturday
    text = ("Hallam Town beat Eastfield 3-1 in the cup on Saturday, with Danny Moss scoring twice.\n\n"
            "Moss joined the club from a rival in 2019. He tore a knee ligament in February and had surgery in March. "
            "He returned to training soon after.")
    tl = build(text, reference_time="2026-11-30")
    assert not likely_within_day(only_event(tl, "returned"), dt.date(2026, 11, 28))


def test_a_report_joined_to_an_undated_act_of_the_story_is_said_then() -> None:
    # published Monday 13 April 2026: "thanked the crowd and said" after the race of Sunday 12: the saying is the
    # thanking's moment (Sunday), not speech reported on the publication day
    tl = build("Nia Hart won the Bay 10K on Sunday in a course record. She pulled clear in the last mile and broke the tape in "
               "31 minutes. She thanked the crowd and said she would rest for a week.", reference_time="2026-04-13")
    assert likely_within_day(only_event(tl, "thanked"), dt.date(2026, 4, 12))
    assert likely_within_day(only_event(tl, "said"), dt.date(2026, 4, 12))

