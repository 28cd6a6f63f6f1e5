"""Session 41, helper place: planned and scheduled events with a time of their own are placed and marked planned (JSON
"planned", Markdown "(planned)"), while conditional and negated ones stay unplaced; a noun awaited as arranged with its
own day; "overnight" after a day told in a relative clause on the subject; an infinitive a length of time was taken to do
(sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

from timeline import build
from timeline.events.plans import planned
from timeline.schema import validate

from _timelines import likely_within_day, only_event, timex_value


def test_a_noun_scheduled_for_a_day_is_placed_on_it_and_planned() -> None:
    # published Friday 9 October 2026: the concert is arranged for Monday 2 November
    tl = build("A memorial concert is scheduled for Nov. 2, the organisers said.", reference_time="2026-10-09")
    concert = only_event(tl, "concert")
    assert concert.real and planned(concert)
    assert likely_within_day(concert, dt.date(2026, 11, 2))


def test_a_noun_not_expected_stays_supposed() -> None:
    # "is not expected" and "is likely" arrange nothing: the ruling and the vote are not placed
    tl = build("A ruling is not expected before March. A vote is likely on Friday, officials said.", reference_time="2026-10-07")
    ruling, vote = only_event(tl, "ruling"), only_event(tl, "vote")
    assert not ruling.real and ruling.likely_start is None
    assert not vote.real and vote.likely_start is None


def test_a_protest_planned_somewhere_on_a_day_is_that_days() -> None:
    # published Friday 9 October 2026: "on Monday" after "is planned outside the hall" names the protest's day
    tl = build("A protest is planned outside the town hall on Monday, the union said.", reference_time="2026-10-09")
    protest = only_event(tl, "protest")
    assert protest.real and planned(protest)
    assert likely_within_day(protest, dt.date(2026, 10, 12))


def test_planned_marker_in_json_and_markdown() -> None:
    # published Friday 4 December 2026: the strike is told as to come (Tuesday 8), the talks' collapse as done
    tl = build("Dock workers will stage a strike on Tuesday after pay talks collapsed on Thursday.", reference_time="2026-12-04")
    strike, collapsed = only_event(tl, "stage"), only_event(tl, "collapsed")
    assert planned(strike) and not planned(collapsed)
    data = tl.to_dict()
    by_text = {e["text"]: e for e in data["events"]}
    assert by_text["stage"]["planned"] is True and by_text["collapsed"]["planned"] is False
    validate(data, "timeline")
    md = tl.to_markdown(diagram=False)
    line = next(x for x in md.splitlines() if "**stage**" in x)
    assert line.startswith("- **Tue 8 Dec 2026 (planned)**")
    assert "(planned)" not in next(x for x in md.splitlines() if "**collapsed**" in x)


def test_an_event_told_wholly_after_publication_is_planned_in_a_news_timeline() -> None:
    # published Wednesday 7 October 2026: "opens on Monday" is in the present tense, its day after publication
    tl = build("The trial opens on Monday. The court sat on Tuesday.", reference_time="2026-10-07")
    opens, sat = only_event(tl, "opens"), only_event(tl, "sat")
    assert planned(opens, tl.reference_time) and not planned(opens)  # the tense alone does not tell it
    assert not planned(sat, tl.reference_time)
    by_text = {e["text"]: e for e in tl.to_dict()["events"]}
    assert by_text["opens"]["planned"] is True and by_text["sat"]["planned"] is False
    assert "(planned)" in next(x for x in tl.to_markdown(diagram=False).splitlines() if "**opens**" in x)


def test_conditional_and_negated_events_are_not_planned() -> None:
    # "could close ... if" and "will not reopen" are no plan: no likely interval; listed by their words' time with what
    # they are, never "(planned)"
    tl = build("The firm could close the plant next year if sales fall. The mill will not reopen on Monday.",
               reference_time="2026-10-09")
    close, reopen = only_event(tl, "close"), only_event(tl, "reopen")
    assert not planned(close) and not planned(reopen)
    assert close.likely_start is None and reopen.likely_start is None
    lines = tl.to_markdown(diagram=False).splitlines()
    assert "(did not happen)" in next(x for x in lines if "**reopen**" in x)
    assert "(planned or possible)" in next(x for x in lines if "**close**" in x)
    assert not any("(planned)" in x for x in lines)


def test_an_infinitive_after_likely_is_supposed_whatever_its_tense() -> None:
    # "is likely to return" is a probability, not a plan: no likely interval, never planned
    tl = build("The jury is likely to return a verdict on Friday. The cabinet is to meet on Friday.", reference_time="2026-10-07")
    ret, meet = only_event(tl, "return"), only_event(tl, "meet")
    assert not ret.real and ret.likely_start is None and not planned(ret, tl.reference_time)
    assert meet.real and planned(meet, tl.reference_time) and likely_within_day(meet, dt.date(2026, 10, 9))


def test_overnight_after_a_day_in_a_relative_clause_on_the_subject_is_last_night() -> None:
    # published Tuesday 3 November 2026: Sunday only says which storm; it moved inland in the night to Tuesday
    text = "A storm that reached the west coast on Sunday moved inland overnight, cutting power to 60,000 homes."
    tl = build(text, reference_time="2026-11-03")
    assert timex_value(tl, "overnight") == "2026-11-02TNI"
    # a day told in the sentence before still lends its night ("hit on Saturday. Crews worked overnight")
    tl = build("The storm hit the coast on Saturday. Crews worked overnight to restore power.", reference_time="2026-11-03")
    assert timex_value(tl, "overnight") == "2026-10-31TNI"


def test_an_infinitive_a_length_of_time_was_taken_to_do_is_real() -> None:
    # published Tuesday 17 November 2026
    tl = build("The jury took six hours to reach its verdict. Officials took steps to calm the crowd.", reference_time="2026-11-17")
    reached = [e for e in tl.events if e.text == "reach"]
    assert len(reached) == 1 and reached[0].real and reached[0].likely_start is not None
    assert not only_event(tl, "calm").real


def test_a_past_form_between_two_names_is_their_verb() -> None:
    # published Monday 30 November 2026: "Town beat" is no noun phrase; the match is Saturday's, not the publication day's
    tl = build("Westport Rovers beat Alder Town 2-0 on Saturday to reach the final.", reference_time="2026-11-30")
    beat = only_event(tl, "beat")
    assert beat.tense == "PAST" and likely_within_day(beat, dt.date(2026, 11, 28))
    # a noun between a name and a day stays a noun ("the Kent beat Monday")
    tl = build("Officers on the Kent beat Monday were busy.", reference_time="2026-11-30")
    assert only_event(tl, "beat").tense == "NONE"
