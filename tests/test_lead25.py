"""Lead, twenty-fifth session: cases found by reading timelines of news texts written for the purpose."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from _timelines import built_event


def _event(text: str, word: str, reference: str = "2026-09-03") -> timeline.Event:
    return built_event(text, word, reference)


@pytest.mark.parametrize("text, word", [
    ("Had the levee been raised a year earlier, the village would have stayed dry.", "raised"),
    ("Had the alarm sounded sooner, the crew might have escaped.", "sounded"),
    ("Should the talks collapse, the union will call a strike on Monday.", "collapse"),
])
def test_a_condition_opened_by_inversion_is_not_placed(text: str, word: str) -> None:
    # an auxiliary before its subject at the head of a sentence opens a condition, as "if" does
    event = _event(text, word)
    assert event.hypothetical_clause
    assert event.likely_start is None


@pytest.mark.parametrize("text, word", [
    ("The levee had been raised a year earlier, and the village stayed dry.", "raised"),
    # no comma ends a condition: a question ("when the river rose on Friday" is still told as fact)
    ("Had the pumps been switched off when the river rose on Friday?", "rose"),
])
def test_the_same_words_without_inversion_stay_real(text: str, word: str) -> None:
    event = _event(text, word)
    assert not event.hypothetical_clause
    assert event.likely_start is not None


@pytest.mark.parametrize("text, word", [
    # the infinitive after these happened: "went on to score" means he scored
    ("The striker went on to score twice in the second half of Saturday's match.", "score"),
    ("Volunteers helped to rebuild the school, which reopened in January.", "rebuild"),
])
def test_an_infinitive_after_an_implicative_verb_or_phrase_is_placed(text: str, word: str) -> None:
    event = _event(text, word)
    assert not event.hypothetical_clause
    assert event.likely_start is not None


@pytest.mark.parametrize("text, word", [
    # the phrase must end right before "to": a bare "on" or a verb that only intends is no such phrase
    ("The firm agreed on Monday to sell its shipping arm to a rival.", "sell"),
    ("The prisoner tried on Sunday to escape from the van.", "escape"),
    ("Union leaders went on Monday to ask the minister for talks.", "ask"),
])
def test_an_infinitive_of_intention_stays_unplaced(text: str, word: str) -> None:
    event = _event(text, word)
    assert event.likely_start is None


_SIEGE = ("In the spring of 1632 an army of 9,000 men crossed the river and laid siege to the town. "
          "The garrison held out for eleven weeks. On 3 July the defenders tried a sortie, which failed with heavy losses.")


def test_a_narrative_places_no_event_on_the_day_it_is_read() -> None:
    # the reference time of a history is the reader's; no news convention or learned relation to it
    tl = timeline.build(_SIEGE, reference_time="2026-12-04", mode="narrative")
    placed = [e for e in tl.events if e.real and e.likely_start is not None]
    assert placed, [e.text for e in tl.events]
    assert all(e.likely_start.year == 1632 for e in placed), [(e.text, e.likely_start) for e in placed]
    held = next(e for e in tl.events if e.text == "held")
    # "for eleven weeks" counted back from the reader's day would be 2026: it continues the story's spring
    assert held.likely_start == dt.datetime(1632, 3, 1)
    siege = next(e for e in tl.events if e.text == "siege")  # an undated noun in the dated sentence: its season
    assert (siege.likely_start, siege.likely_end) == (dt.datetime(1632, 3, 1), dt.datetime(1632, 6, 1))
    failed = next(e for e in tl.events if e.text == "failed")
    assert failed.likely_start is not None and failed.likely_start.month == 7  # the story's time still carries on


def test_news_mode_keeps_its_conventions_on_the_same_text() -> None:
    tl = timeline.build(_SIEGE, reference_time="2026-12-04")
    held = next(e for e in tl.events if e.text == "held")
    assert held.likely_start is not None and held.likely_start.year == 2026


def test_a_narrative_event_beyond_the_story_time_stays_undated() -> None:
    tl = timeline.build("The garrison held out for eleven weeks. In 1635 the town was returned to the empire.", reference_time="2026-12-04",
                        mode="narrative")
    held = next(e for e in tl.events if e.text == "held")
    assert held.likely_start is None  # nothing told before it: no day of the reader's stands in


def test_a_narrative_rendering_lists_real_undated_events_apart_from_supposed_ones() -> None:
    text = "The garrison fought bravely. In 1635 the town was returned to the empire, but it did not surrender."
    md = timeline.to_markdown(timeline.build(text, reference_time="2026-12-04", mode="narrative"))
    undated = md.split("## Undated", 1)[1].split("##", 1)[0]
    assert "fought" in undated
    assert "surrender" not in undated and "surrender" in md.split("## Also mentioned", 1)[1]


@pytest.mark.parametrize("text, value, year", [
    # the words name the year: no reference time is needed for it (was XXXX-SP, XXXX-Q3 with no bounds)
    ("The canal was dug in the spring of 1632.", "1632-SP", 1632),
    ("Profits fell in the third quarter of 2019.", "2019-Q3", 2019),
    ("Sales rose in the first half of 2019.", "2019-H1", 2019),
])
def test_a_named_period_with_its_year_resolves_without_a_reference_time(text: str, value: str, year: int) -> None:
    (t,) = timeline.tag(text, None)
    assert t.value == value
    assert t.earliest is not None and t.earliest.year == year and t.latest is not None


def test_a_narrative_without_a_reference_time_dates_a_day_by_the_story_year() -> None:
    found = timeline.tag("In 1632 the army crossed the river. On 3 July the garrison surrendered.", None, mode="narrative")
    assert [(t.value, t.earliest) for t in found] == [("1632", dt.datetime(1632, 1, 1)), ("1632-07-03", dt.datetime(1632, 7, 3))]
    # news without a reference time has no story year to lend: the day stays open
    assert [t.value for t in timeline.tag("In 1632 the army crossed the river. On 3 July the garrison surrendered.", None)][1] == "XXXX-07-03"


def test_a_narrative_now_before_the_common_era_is_not_the_readers_day() -> None:
    # "now" in a history takes the story's time; when that is a BC year it has no place on the axis, not the reader's day
    found = timeline.tag("In 480 BC the fleet crossed the strait. The Persians had now taken most of the coast.", "2009-12-19", mode="narrative")
    now = next(t for t in found if t.text == "now")
    assert now.value == "PRESENT_REF"
    assert (now.earliest, now.latest) == (None, None)
    later = next(t for t in timeline.tag("In 1480 the fleet crossed the strait. The Turks had now taken most of the coast.", "2009-12-19",
                                         mode="narrative") if t.text == "now")
    assert later.earliest == dt.datetime(1480, 1, 1)


@pytest.mark.parametrize("text, word, latest", [
    # "before the end of" a period is a deadline at the period's end, not before its last part begins
    ("The council said on Friday it would publish the findings before the end of the year.", "publish", dt.datetime(2027, 1, 1)),
    ("The company will close the deal before the end of the month.", "close", dt.datetime(2026, 12, 1)),
])
def test_before_the_end_of_a_period_is_a_deadline_at_its_end(text: str, word: str, latest: dt.datetime) -> None:
    event = _event(text, word, reference="2026-11-14")
    assert event.latest_end == latest
    assert event.likely_end == latest


def test_before_the_start_of_a_period_stays_before_it() -> None:
    # the start of 2026 is its first months: "before the start of the year" is before 1 January
    event = _event("The company closed the deal before the start of the year.", "closed", reference="2026-11-14")
    assert event.latest_end == dt.datetime(2026, 1, 1)


def test_a_signal_orders_the_verb_whose_subject_a_relative_clause_describes() -> None:
    text = "The treasurer was arrested in May 2022 after a clerk who had refused to sign the accounts alerted the auditors."
    tl = timeline.build(text, reference_time="2026-11-14")
    alerted = next(e for e in tl.events if e.text == "alerted")
    arrested = next(e for e in tl.events if e.text == "arrested")
    assert any(a.target == alerted.eid and a.relation == "after" for a in arrested.anchors)
    assert alerted.latest_end == dt.datetime(2022, 6, 1)  # over before the arrest, within May 2022 at the latest
    assert alerted.likely_start is not None and alerted.likely_start.year == 2022


def test_a_relative_clause_with_no_verb_after_it_orders_nothing() -> None:
    # "who had refused ..." describes the clerk, and no verb of the clause follows: no order is invented
    tl = timeline.build("The treasurer was arrested in May 2022 after a clerk who had refused to sign the accounts.",
                        reference_time="2026-11-14")
    arrested = next(e for e in tl.events if e.text == "arrested")
    refused = next(e for e in tl.events if e.text == "refused")
    assert not any(a.target == refused.eid for a in arrested.anchors)


@pytest.mark.parametrize("text, noun, verb", [
    # the time is the scheduled event's: auxiliaries and an adverb between the noun and a passive scheduling verb
    ("A victory parade has been provisionally scheduled for Sunday afternoon.", "parade", "scheduled"),
    ("The final hearing has already been scheduled for Sunday.", "hearing", "scheduled"),
])
def test_a_passive_scheduling_verb_puts_its_subject_noun_at_the_time(text: str, noun: str, verb: str) -> None:
    tl = timeline.build(text, reference_time="2026-05-14")
    scheduled = next(e for e in tl.events if e.text == noun)
    assert scheduled.earliest_start is not None and scheduled.earliest_start.date() == dt.date(2026, 5, 17)
    act = next(e for e in tl.events if e.text == verb)
    assert act.likely_end is not None and act.likely_end <= dt.datetime(2026, 5, 15)  # the scheduling was done by publication
    assert not tl.conflicts


def test_a_passive_subject_with_its_own_words_is_put_at_the_time_but_not_past_a_clause_break() -> None:
    tl = timeline.build("A parade through the old town was scheduled for Sunday.", reference_time="2026-05-14")
    parade = next(e for e in tl.events if e.text == "parade")
    assert parade.earliest_start == dt.datetime(2026, 5, 17)
    tl = timeline.build("Officials debated the parade; it was scheduled for Sunday.", reference_time="2026-05-14")
    parade = next(e for e in tl.events if e.text == "parade")
    assert parade.earliest_start is None or parade.earliest_start.date() != dt.date(2026, 5, 17)


def test_a_verb_after_and_with_a_name_for_its_object_is_a_verb_the_date_can_reach() -> None:
    # "beat" read as an adjective left "in December" to the negated "lost" and a conflict with "since August"
    tl = timeline.build("Hartwell have not lost at home since August and beat Dunmore 3-0 in the reverse fixture in December.",
                        reference_time="2026-05-14")
    beat = next(e for e in tl.events if e.text == "beat")
    assert beat.tense == "PAST"
    assert (beat.earliest_start, beat.latest_end) == (dt.datetime(2025, 12, 1), dt.datetime(2026, 1, 1))
    assert not tl.conflicts



@pytest.mark.parametrize("text, verb, noun, year", [
    # a time right after a noun a signal introduces dates that noun, not the verb before the signal
    ("Lindqvist led it until her death in 1938.", "led", "death", 1938),
    ("The party has governed it since the election in 2019.", "governed", "election", 2019),
])
def test_a_time_after_the_noun_of_an_event_signal_dates_the_noun(text: str, verb: str, noun: str, year: int) -> None:
    tl = timeline.build(text, reference_time="2026-12-04")
    by_text = {e.text: e for e in tl.events}
    assert by_text[noun].earliest_start == dt.datetime(year, 1, 1)
    assert not any(a.target.startswith("t") and str(a.relation) == "during" for a in by_text[verb].anchors)


def test_a_time_after_the_object_of_a_verb_still_dates_the_verb() -> None:
    tl = timeline.build("He accepted the offer on Wednesday.", reference_time="2026-12-04")
    accepted = next(e for e in tl.events if e.text == "accepted")
    assert accepted.earliest_start == dt.datetime(2026, 12, 2)


@pytest.mark.parametrize("text, value", [
    # the present perfect of a scheduling verb with "for" names the appointment made: ahead (said on Thursday 14 May)
    ("A hearing has been set for Monday.", "2026-05-18"),
    ("The vote has been scheduled for Monday.", "2026-05-18"),
    ("Talks have been scheduled for Monday.", "2026-05-18"),
    # a simple or past-perfect scheduling may have been overtaken: the closest Monday, as before
    ("The vote was scheduled for Monday but was postponed.", "2026-05-11"),
    ("The vote, which had been scheduled for Monday, was postponed.", "2026-05-11"),
])
def test_an_appointment_made_in_the_present_perfect_lies_ahead(text: str, value: str) -> None:
    (t,) = timeline.tag(text, "2026-05-14")
    assert t.value == value


def test_a_past_perfect_with_its_own_time_is_not_put_before_the_verb_told_first() -> None:
    # "by dawn ... had spread": the perfect looks back from dawn, not from the putting out
    tl = timeline.build("Firefighters put out the blaze within an hour, but by dawn a slick had spread downstream.", reference_time="2026-06-11")
    put = next(e for e in tl.events if e.text == "put")
    spread = next(e for e in tl.events if e.text == "spread")
    assert not any(a.target == put.eid for a in spread.anchors)
    # with no time of its own the perfect is still over before the verb next to it
    tl = timeline.build("Firefighters put out the blaze, but a slick had spread downstream.", reference_time="2026-06-11")
    put = next(e for e in tl.events if e.text == "put")
    spread = next(e for e in tl.events if e.text == "spread")
    assert any(a.target == put.eid and str(a.relation) == "before" for a in spread.anchors)


def test_a_report_verb_with_a_habit_adverb_right_before_it_is_a_habit() -> None:
    tl = timeline.build("Operators usually announce new fares in the autumn. Floods usually come in spring, officials say.",
                        reference_time="2026-11-18")
    by_text = {e.text: e for e in tl.events}
    assert by_text["announce"].generic and by_text["announce"].likely_start is None
    assert not by_text["say"].generic and by_text["say"].likely_start is not None  # the adverb is another clause's


def test_a_habit_in_two_seasons_binds_nothing_and_conflicts_with_nothing() -> None:
    tl = timeline.build("Most crossings run twice a day in winter and every two hours in summer.", reference_time="2026-11-18")
    run = next(e for e in tl.events if e.text == "run")
    assert run.generic
    assert (run.earliest_start, run.latest_end) == (None, None)
    assert {a.evidence for a in run.anchors} >= {"in winter", "in summer"}  # the times stay with it
    assert not tl.conflicts


@pytest.mark.parametrize("text, word, tense, aspect, polarity, modality", [
    # contracted auxiliaries written as one word in plain text count as they do split ("did n't")
    ("Police didn't arrest anyone on Monday.", "arrest", "PAST", "NONE", "NEG", None),
    ("The bank won't cut rates in March.", "cut", "FUTURE", "NONE", "NEG", None),
    ("The firm hasn't paid its staff since May.", "paid", "PRESENT", "PERFECTIVE", "NEG", None),
    ("Officials couldn’t reach the village on Sunday.", "reach", "NONE", "NONE", "NEG", "could"),
    ("Islanders say they cannot absorb another rise.", "absorb", "NONE", "NONE", "NEG", "can"),
    # an auxiliary written onto its subject
    ("They’ve left the island.", "left", "PRESENT", "PERFECTIVE", "POS", None),
    ("He'd gone by Friday.", "gone", "PAST", "PERFECTIVE", "POS", None),
])
def test_contracted_auxiliaries_set_tense_polarity_and_modality(text: str, word: str, tense: str, aspect: str, polarity: str,
                                                               modality: "str | None") -> None:
    event = _event(text, word, reference="2026-11-18")
    assert (event.tense, event.aspect, event.polarity, event.modality) == (tense, aspect, polarity, modality)
    assert event.real == (polarity == "POS")


def test_a_bare_day_of_the_story_month_follows_its_clause_verb_even_when_not_next_to_it() -> None:
    # said on Monday 10 August: "took ... on the 15th" is past, so not 15 August (still ahead) but 15 July
    found = timeline.tag("Rowan won the open on Sunday. She took the lead for the first time on the 15th.", "2026-08-10")
    assert [t.value for t in found] == ["2026-08-09", "2026-07-15"]
