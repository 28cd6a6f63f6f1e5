"""Lead, thirty-fourth session: times and likely days a reader of a whole article would not trust.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import only_event as _event  # the one event of a timeline with that word


def _timex(text: str, reference: str, words: str) -> timeline.Timex:
    return next(t for t in timeline.tag(text, reference_time=reference) if t.text == words)


def test_the_next_years_in_a_past_clause_run_from_the_year_the_story_told() -> None:
    """"joined the board in 1961 and spent the next two decades on dams": a past clause cannot tell years after the
    publication date, so the span starts in 1961 (not on the publication day) and ends by the end of 1981."""
    t = _timex("She joined the water board in 1961 and spent the next two decades building dams.", "2026-11-26", "the next two decades")
    assert t.value == "P20Y"
    assert (t.earliest, t.latest) == (dt.datetime(1961, 1, 1), dt.datetime(1982, 1, 1))


def test_the_next_months_after_a_month_told_before_run_from_that_month() -> None:
    t = _timex("The plant closed in March. Over the next three months, 400 workers lost their jobs.", "2026-11-26", "the next three months")
    assert (t.earliest, t.latest) == (dt.datetime(2026, 3, 1), dt.datetime(2026, 7, 1))


def test_the_next_years_ahead_of_a_report_still_run_from_now() -> None:
    """A future clause ("would cut") after a day told keeps counting from the publication day."""
    t = _timex("The firm said on Monday that it would cut 200 jobs over the next two years.", "2026-11-26", "the next two years")
    assert t.earliest == dt.datetime(2026, 11, 26)


def test_the_past_years_in_a_past_perfect_end_at_the_year_it_is_seen_from() -> None:
    """"By 2019 ... had doubled over the past five years": the five years up to 2019; a present perfect keeps now."""
    t = _timex("By 2019 the bakery had doubled its sales over the past five years.", "2026-11-26", "the past five years")
    assert (t.earliest, t.latest) == (dt.datetime(2014, 1, 1), dt.datetime(2020, 1, 1))
    t = _timex("The bakery has doubled its sales over the past five years.", "2026-11-26", "the past five years")
    assert t.latest == dt.datetime(2026, 11, 27)


def test_a_relative_clause_on_a_happening_dates_what_the_happening_did() -> None:
    """"The storm, which hit the coast on Saturday, knocked out power": the clause dates the storm, and what the storm
    did is most likely that day; a clause on a person ("Okafor, who was born in 1935, moved") lends nothing."""
    tl = timeline.build("The storm, which hit the coast on Saturday, knocked out power to 20,000 homes.", reference_time="2026-11-19")
    knocked = _event(tl, "knocked")
    assert knocked.likely_start is not None and knocked.likely_start.date() == dt.date(2026, 11, 14)
    assert knocked.likely_end is not None and knocked.likely_end <= dt.datetime(2026, 11, 15)
    tl = timeline.build("Okafor, who was born in 1935, moved to Leeds.", reference_time="2026-11-19")
    moved = _event(tl, "moved")
    assert moved.likely_start is not None and moved.likely_start.year != 1935


def test_a_length_after_a_report_and_an_auxiliary_is_not_the_reports() -> None:
    """"said the dam would last a century": the century is the lasting's, not the saying's, also when the detector
    finds no event for "last" (as in this sentence)."""
    tl = timeline.build("Okafor, who was born in 1935, said the dam would last a century.", reference_time="2026-11-19")
    said = _event(tl, "said")
    assert not any(a.target == "t2" for a in said.anchors), said.anchors  # t2 is "a century"
    assert said.likely_start is not None and said.likely_start.date() == dt.date(2026, 11, 19)


def test_an_undated_later_event_with_a_length_begins_within_months_and_then_lasts() -> None:
    """"would last a century" with no date: it begins within months of publication and runs its length from there,
    not a century ending within months (which would put its start in 1927)."""
    tl = timeline.build("The engineer said the new dam would last a century.", reference_time="2026-11-19")
    last = _event(tl, "last")
    assert last.likely_start is not None and last.likely_start >= dt.datetime(2026, 11, 19)
    assert last.likely_end is not None and last.likely_end >= dt.datetime(2126, 11, 19)


def test_repairs_that_took_weeks_last_that_long_and_end_by_the_reopening() -> None:
    """"reopened in late May after repairs that took ten weeks": "took" with a length says how long its subject lasted,
    so the repairs end by the end of May and began about ten weeks before (not in late May, nor after it)."""
    tl = timeline.build("The depot reopened in late May after repairs that took ten weeks.", reference_time="2026-11-19")
    repairs = _event(tl, "repairs")
    assert repairs.likely_end is not None and repairs.likely_end <= dt.datetime(2026, 6, 1)
    assert repairs.likely_start is not None and dt.datetime(2026, 2, 15) <= repairs.likely_start <= dt.datetime(2026, 3, 25)


def test_the_next_day_after_a_month_told_since_the_last_day_is_a_day_of_that_month() -> None:
    """A day told first ("jailed on Friday"), then a past month ("came to light in March last year"): "suspended the
    next day" is the day after some day of that March, not the day after Friday (the publication day)."""
    text = ("A former treasurer was jailed on Friday. The thefts came to light in March last year, when an auditor noticed a "
            "missing payment. She was suspended the next day.")
    t = _timex(text, "2026-11-21", "the next day")
    assert t.value == "2025-03-XX"
    assert (t.earliest, t.latest) == (dt.datetime(2025, 3, 2), dt.datetime(2025, 4, 2))


def test_a_participle_aside_on_the_opening_noun_dates_nothing_after_it() -> None:
    """"The plan, first put forward in April, was approved": April is the putting forward's; the approval is not most
    likely in April. A list of verbs after a comma ("arrived on Monday, found the body") is no aside: Monday goes on."""
    text = "Councillors met on Wednesday night. The plan, first put forward in April, was approved by 23 votes to 19."
    tl = timeline.build(text, reference_time="2026-11-19")
    put = _event(tl, "put")
    assert put.earliest_start == dt.datetime(2026, 4, 1)
    approved = _event(tl, "approved")
    assert approved.likely_end is not None and approved.likely_end > dt.datetime(2026, 5, 1)
    tl = timeline.build("Police arrived at the farm on Monday, found the body and arrested a man.", reference_time="2026-11-19")
    found = _event(tl, "found")
    assert found.likely_start is not None and found.likely_start.date() == dt.date(2026, 11, 16)


def test_a_lasting_verb_measures_the_noun_before_an_aside_not_one_inside_it() -> None:
    """"The trial, which opened on Sept. 8, lasted five weeks": the trial lasted them (so it ended by 14 October); "The
    scheme, approved after a bitter public inquiry, took six years": the inquiry did not take six years."""
    tl = timeline.build("The trial, which opened on Sept. 8, lasted five weeks.", reference_time="2026-11-19")
    lasted = _event(tl, "lasted")
    assert lasted.earliest_start == dt.datetime(2026, 9, 8) and lasted.latest_end == dt.datetime(2026, 10, 14)
    tl = timeline.build("The Kestrel scheme, approved in 1978 after a bitter public inquiry, took six years to build.", reference_time="2026-11-19")
    inquiry = _event(tl, "inquiry")
    assert inquiry.likely_start is not None and inquiry.likely_start.year == 1978


def test_a_length_written_as_a_rate_after_an_amount_is_not_how_long_the_verb_took() -> None:
    """"would run about 900 trains a day": how often, not a one-day running; "lasted a day" keeps its length."""
    tl = timeline.build("Brooke said the combined company would run about 900 trains a day.", reference_time="2026-11-24")
    assert not any(a.target == "t1" for a in _event(tl, "run").anchors)
    tl = timeline.build("The strike at the depot lasted a day.", reference_time="2026-11-24")
    assert any(a.target == "t1" and a.relation == "lasts" for a in _event(tl, "lasted").anchors)


def test_going_without_to_is_no_future() -> None:
    """"lost in midweek, going down 2-1 at Harlow on Tuesday night": "going down" is how it lost, not "going to", so
    Tuesday is the one gone; "is going to vote on Tuesday" still looks ahead."""
    t = _timex("Millbrook lost in midweek, going down 2-1 at Harlow on Tuesday night.", "2026-11-19", "Tuesday night")
    assert t.value == "2026-11-17TNI"
    t = _timex("The council is going to vote on Tuesday.", "2026-11-19", "Tuesday")
    assert t.value == "2026-11-24"


def test_an_age_phrase_dates_its_event_that_many_years_after_the_one_birth_told() -> None:
    """"Born in Lagos in 1935, Okafor moved to Britain at the age of 19": the move falls 19 years after the birth (late
    1953 to early 1956), not in 1935 and not on the publication day; a text that tells two births dates nothing by age."""
    text = "Born in Lagos in 1935, Okafor moved to Britain at the age of 19 to study engineering."
    tl = timeline.build(text, reference_time="2026-11-26")
    moved = _event(tl, "moved")
    assert moved.earliest_start is not None and dt.datetime(1953, 12, 1) <= moved.earliest_start <= dt.datetime(1954, 1, 1)
    assert moved.likely_end is not None and moved.likely_end <= dt.datetime(1956, 2, 1)
    two = "Okafor was born in 1935 and her brother was born in 1938. She moved to Britain at the age of 19."
    tl = timeline.build(two, reference_time="2026-11-26")
    moved = _event(tl, "moved")
    assert moved.earliest_start is None or moved.earliest_start.year < 1950


def test_an_age_told_at_a_birth_moves_a_history_on_by_that_many_years() -> None:
    """A history: "was born on 3 March 1841. At the age of twenty he sailed for Canada. Two years later he married": the
    age moves the story to 1861, so "Two years later" is 1863, not 1843; the age keeps its value as a length."""
    text = ("Tomas Brell was born in Galway on 3 March 1841. At the age of twenty he sailed for Canada. "
            "Two years later he married a teacher in Halifax.")
    tl = timeline.tag(text, reference_time="2026-11-26", mode="narrative")
    assert next(t for t in tl if t.text == "twenty").value == "P20Y"
    assert next(t for t in tl if t.text == "Two years later").value == "1863"


def test_a_signal_object_noun_before_a_comma_is_no_subject_of_the_verb_after_it() -> None:
    """"The nightclub, which reopened in June after a two-year closure, has been ordered to shut": the reopening is after
    the closure; it is not after the ordering, which is no verb of the signal's clause (the comma closes the aside)."""
    text = "The nightclub, which reopened in June after a two-year closure, has been ordered to shut while police investigate."
    tl = timeline.build(text, reference_time="2026-11-25")
    reopened, ordered = _event(tl, "reopened"), _event(tl, "ordered")
    assert not any(a.target == ordered.eid for a in reopened.anchors)
    assert ordered.latest_end is None or ordered.latest_end > dt.datetime(2026, 7, 1)


def test_a_leads_undated_perfect_takes_the_time_a_later_sentence_gives_the_same_verb() -> None:
    """"A boy has been charged with murder after a man was stabbed on Saturday ... He was arrested on Sunday morning and
    charged late on Monday": the lead's charging is Monday's, not the publication day's."""
    text = ("A 17-year-old boy has been charged with murder after a man was stabbed outside a bar early on Saturday. "
            "Police were called at about 2am. The boy was arrested on Sunday morning and charged late on Monday.")
    tl = timeline.build(text, reference_time="2026-11-25")
    lead = min((e for e in tl.events if e.text == "charged"), key=lambda e: e.start)
    assert lead.likely_start is not None and lead.likely_start.date() == dt.date(2026, 11, 23)


def test_a_relative_asides_past_is_no_tense_of_the_clause_after_it() -> None:
    """"The sales, which started last week, run until Sunday" (said on Monday 30 November): the aside's past tells nothing of
    the present clause after it, so Sunday is the one ahead (6 December), as without the aside."""
    t = _timex("The winter sales, which started last week, run until Sunday.", "2026-11-30", "Sunday")
    assert t.value == "2026-12-06"
